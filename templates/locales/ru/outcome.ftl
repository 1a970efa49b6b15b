# redraft — русский каталог: сведение замечаний и итоговый документ.

## Outcome document
outcome-heading = Итоги процедуры представления замечаний по проекту рекомендаций после совещания
outcome-issued = Вариант { $version }, опубликован: { $time }
outcome-preview = Предварительный просмотр, не опубликовано (подготовлено: { $time })
outcome-illustrative = Иллюстративный документ: содержащийся в нем проект рекомендаций подготовлен для демонстрации. Реальный проект совещания не публиковался.
outcome-view-changes = Показать изменения по сравнению с проектом
outcome-view-clean = Показать окончательный текст
outcome-introduction = I. Введение
outcome-intro-mandate = На своем совещании ({ $meeting }), состоявшемся в { $venue } { $dates }, орган «{ $body }» постановил, что делегации могут представить замечания по его проекту рекомендаций в рамках ограниченной по срокам процедуры после совещания. В настоящем документе содержатся рекомендации, сведенные Председателем при содействии Секретариата на основе полученных замечаний, для рассмотрения Конференцией Участников.
outcome-intro-dates = Замечания можно было представить с { $opens } до { $closes }.
outcome-intro-participation = { $invited ->
    [one] Представить замечания была приглашена { $invited } делегация
    [few] Представить замечания были приглашены { $invited } делегации
    [many] Представить замечания были приглашены { $invited } делегаций
   *[other] Представить замечания были приглашены { $invited } делегации
    }; { $responded ->
    [0] ни одна из них замечаний не представила
    [one] замечания представила { $responded } делегация
    [few] замечания представили { $responded } делегации
    [many] замечания представили { $responded } делегаций
   *[other] замечания представили { $responded } делегации
    } ({ $comments ->
    [one] всего { $comments } замечание
    [few] всего { $comments } замечания
    [many] всего { $comments } замечаний
   *[other] всего { $comments } замечания
    }). Замечания сведены в приложении I, а представившие их делегации перечислены в приложении II.
outcome-intro-consolidation = Решения приняты по { $decided } из { $total } рекомендаций. Изменения по сравнению с проектом показаны как вставки (подчеркнуто) и исключения (зачеркнуто); текст, по которому не было достигнуто согласия, остается в квадратных скобках.
outcome-recommendations = II. Сведенные рекомендации
outcome-note = Примечание:
outcome-status-added = Новая рекомендация, предложенная делегациями.
outcome-status-undecided = Решение еще не принято.
outcome-status-amended = С поправками.
outcome-status-bracketed = Согласие не достигнуто: текст в квадратных скобках остается предметом обсуждения.
outcome-status-deleted = Исключена.
outcome-status-merged = Объединена с рекомендацией { $label }.
outcome-annex-1 = Приложение I
outcome-compilation-title = Подборка замечаний, полученных от делегаций — Записка Секретариата
outcome-compilation-note = Замечания воспроизводятся в том виде, в каком они были получены, без официального редактирования, с указанием представивших их делегаций. По каждой рекомендации они приводятся в порядке списка участников: государства-участники (государства, затем региональные организации экономической интеграции), государства-наблюдатели, другие наблюдатели, межправительственные организации и прочие, в алфавитном порядке в пределах каждой группы. Подборка издается без ущерба для позиций делегаций.
outcome-no-comments = Замечаний не поступало.
outcome-annex-2 = Приложение II — Делегации, представившие замечания
outcome-no-respondents = Ни одна делегация не представила замечаний.
outcome-group-party = Государства-участники
outcome-group-observer-state = Государства-наблюдатели
outcome-group-other-observer = Другие наблюдатели
outcome-group-igo = Межправительственные организации
outcome-group-other = Прочие
outcome-change-author = Председатель
outcome-page-title = Итоговый документ: { $round }
outcome-page-intro = Все варианты остаются доступными. Последний вариант указан первым.
outcome-versions-heading = Опубликованные варианты
outcome-none-published = Итоговый документ еще не опубликован.
outcome-version-line = Вариант { $version }, опубликован: { $time }, кем: { $name }
outcome-format-html = Документ (HTML, готов к печати)
outcome-format-docx = Документ (Word, с отслеживанием изменений)
outcome-format-csv = Рекомендации и решения (CSV)
outcome-format-comments-csv = Все замечания (CSV)
outcome-format-json = Все данные (JSON)
outcome-refused-undecided = Итоговый документ не опубликован: не принято решение по { $count ->
    [one] { $count } рекомендации
    [few] { $count } рекомендациям
    [many] { $count } рекомендациям
   *[other] { $count } рекомендации
    }.

## Consolidation (Chair and Secretariat)
consolidation-title = Сведение: { $round }
consolidation-progress = Решения приняты по { $decided } из { $total } рекомендаций
consolidation-col-decision = Решение
consolidation-col-comments = Замечания
consolidation-added-tag = Добавлена
consolidation-undecided = Решение не принято
consolidation-general-link = Замечания по проекту в целом ({ $count })
consolidation-general-title = Замечания по проекту в целом
consolidation-add-heading = Добавить рекомендацию, предложенную делегациями
consolidation-add-intro = Новая рекомендация помещается после выбранной вами и получает номер с пометкой bis, ter, quater… Решение по ней принимается так же, как по любой другой.
consolidation-add-after = Поместить после рекомендации
consolidation-add-label = Номер
consolidation-add-label-hint = Оставьте пустым, чтобы присвоить следующий свободный номер (например, 5 bis). Не более 20 знаков: буквы, цифры, пробелы и ( ) . - /
consolidation-add-text = Предлагаемый текст
consolidation-add-button = Добавить рекомендацию
consolidation-text-hint = Не более 20 000 знаков.
consolidation-outcome-heading = Итоговый документ
consolidation-preview-intro = Предварительный просмотр итогового документа в его нынешнем виде (рекомендации без решения показаны в редакции проекта и помечены):
consolidation-publish-hint = При публикации итоговому документу присваивается номер варианта, он записывается в журнал аудита и становится доступен делегациям. Исправленный итоговый документ можно опубликовать снова в качестве нового варианта; прежние варианты остаются доступными.
consolidation-publish-button = Опубликовать итоговый документ как вариант { $version }
consolidation-publish-undecided = Решение не принято по { $count ->
    [one] { $count } рекомендации
    [few] { $count } рекомендациям
    [many] { $count } рекомендациям
   *[other] { $count } рекомендации
    }: итоговый документ можно будет опубликовать после принятия решений по всем рекомендациям.
consolidation-notice-added = Рекомендация { $label } добавлена.
consolidation-notice-published = Опубликован вариант { $version } итогового документа.
consolidation-notice-saved = Решение сохранено (вариант { $version }).
consolidation-saved = Сохранено
consolidation-saved-by = кем: { $name }, когда: { $time } (вариант { $version })
consolidation-draft-text = Текст проекта
consolidation-proposed-text = Предложенный текст
consolidation-current = Текущее решение
consolidation-amendments = Предлагаемые поправки ({ $count })
consolidation-deletions = Предложения об исключении ({ $count })
consolidation-remarks = Общие замечания ({ $count })
consolidation-support = Поддержка ({ $count })
consolidation-changes-against-draft = Предлагаемый текст с изменениями по сравнению с проектом:
consolidation-start-from = Взять за основу сведенного текста предложение делегации: { $delegation }
consolidation-decide = Решение
consolidation-decision-legend = Какое решение принимается по этой рекомендации?
disposition-decision-retained = Сохранить в редакции проекта
disposition-decision-amended = С поправками
disposition-decision-merged = Объединить с другой рекомендацией
disposition-decision-deleted = Исключить
disposition-decision-bracketed = В квадратных скобках (согласие не достигнуто)
consolidation-text-label = Сведенный текст (для поправок или квадратных скобок)
consolidation-merged-label = Объединить с (при объединении)
consolidation-merged-none = Выберите рекомендацию
consolidation-note-label = Примечание (необязательно)
consolidation-note-hint = Выводится под рекомендацией в итоговом документе. Не более 20 000 знаков.
consolidation-save = Сохранить решение
consolidation-frozen-form = Решения можно записывать, только пока процедура закрыта.
consolidation-pager = Рекомендации
consolidation-previous = Предыдущая рекомендация
consolidation-next = Следующая рекомендация
consolidation-overview-link = Все рекомендации
consolidation-conflict-title = Тем временем эту рекомендацию сохранил другой пользователь
consolidation-conflict-body = Ваше решение не сохранено, чтобы не заменить незаметно решение другого пользователя. Сравните оба варианта.
consolidation-conflict-theirs = Его вариант (сохранен)
consolidation-conflict-yours = Ваш вариант (не сохранен)
consolidation-conflict-yours-hint = Введенный вами текст сохранен в форме ниже. Если сохранить его сейчас, он заменит другой вариант; чтобы оставить другой вариант, откройте рекомендацию снова.
consolidation-frozen-open = Сведение приостановлено: процедура открыта для замечаний до: { $deadline }. Решения можно будет записывать, а итоговый документ публиковать после ее закрытия.
consolidation-frozen-open-extended = Сведение приостановлено: процедура открыта для замечаний до: { $deadline }, а по индивидуальным продлениям: { $windows }. Решения можно будет записывать, а итоговый документ публиковать после закрытия последнего срока.
consolidation-frozen-extensions = Сведение приостановлено: { $count ->
    [one] { $count } делегация еще может представлять замечания по индивидуальному продлению
    [few] { $count } делегации еще могут представлять замечания по индивидуальным продлениям
    [many] { $count } делегаций еще могут представлять замечания по индивидуальным продлениям
   *[other] { $count } делегации еще могут представлять замечания по индивидуальным продлениям
  }: { $windows }. Решения можно будет записывать, а итоговый документ публиковать после закрытия последнего срока.
consolidation-window-until = { $delegation } — до: { $deadline }
consolidation-not-closed = Сведение начинается после закрытия процедуры.
consolidation-cancelled = Эта процедура отменена: сводить нечего.
error-disposition-decision = Выберите решение по рекомендации
error-disposition-text-missing = Введите сведенный текст
error-disposition-brackets = Заключите текст, по которому нет согласия, в [квадратные скобки], закрывая каждую скобку
error-disposition-merge-target = Выберите рекомендацию, с которой объединяется данная
error-disposition-merge-itself = Рекомендацию нельзя объединить с ней самой
error-disposition-version = Не удалось прочитать форму. Обновите страницу и повторите попытку.
error-added-after = Выберите рекомендацию, за которой следует новая
error-added-text = Введите текст новой рекомендации
error-added-label-taken = Рекомендация { $label } уже существует
consolidation-link = Свести замечания (решения по каждой рекомендации)
outcome-link = Итоговый документ

## Итоги процедуры молчаливого согласия
outcome-silence-heading = Итоги процедуры молчаливого согласия
outcome-silence-procedure = { $body } представила приведенный ниже текст для принятия в порядке процедуры молчаливого согласия с { $opens } до { $deadline }: текст считался принятым по истечении срока, если ни одна делегация не нарушит молчание письменным заявлением.
outcome-silence-adopted = Молчание не было нарушено до истечения срока ({ $deadline }): текст принят.
outcome-silence-broken = Молчание было нарушено до истечения срока ({ $deadline }) следующими делегациями: { $delegations }. Текст не принят в порядке этой процедуры; заявления воспроизводятся в приложении.
outcome-silence-text = Текст, представленный в порядке процедуры
outcome-silence-annex = Приложение: Заявления, полученные в рамках процедуры молчаливого согласия
outcome-silence-annex-breaking = Заявления, нарушающие молчание
outcome-silence-annex-recorded = Зарегистрированные заявления, не нарушающие молчание
outcome-silence-no-statements = Нет.
outcome-silence-sent = Получено { $time }
outcome-silence-amendment = Предлагаемый текст рекомендации { $label }:
outcome-refused-silence-undecided = Результат процедуры молчаливого согласия еще не определен: итоговый документ можно будет опубликовать после истечения срока и регистрации результата сервером.
publish-confirm-title = Опубликовать вариант { $version } итогового документа?
publish-confirm-available = При публикации этот вариант итогового документа сразу становится доступен делегациям и записывается в журнал аудита.
publish-confirm-mailed = Кроме того, объявление направляется по электронной почте каждому координатору процедуры на его языке. Число получателей: { $people }; число делегаций: { $delegations }.
publish-confirm-unreachable-heading = Делегации без координатора, который может войти в систему (их представителям сообщение не направляется)
publish-confirm-final = Опубликованный вариант нельзя отозвать: исправление публикуется как новый вариант, и координаторы снова получают сообщение.
publish-confirm-button = Опубликовать вариант { $version } и уведомить координаторов
publish-confirm-back = Вернуться, не публикуя
