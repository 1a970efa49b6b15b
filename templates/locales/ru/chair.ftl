# redraft — русский каталог: страницы Председателя и Секретариата.

## Navigation
nav-label = Страницы этой процедуры
nav-overview = Обзор и график
nav-responses = Ответы
nav-comments = Замечания
nav-draft = Проект
nav-delegations = Делегации
nav-settings = Параметры
nav-audit = Журнал аудита
new-round-link = Создать новую процедуру
venue-now = Текущее время в месте проведения совещания: { $time }
yes = Да
no = Нет
add = Добавить
remove = Удалить
rename = Переименовать
filter = Отобрать

## Categories of delegations
category-party = Государство-участник
category-observer_state = Государство-наблюдатель
category-other_observer = Другой наблюдатель
category-igo = Межправительственная организация
category-other = Прочие

## Round settings
new-round-title = Создание новой процедуры
settings-title = Параметры процедуры
field-body = Орган
field-body-hint = Например, Рабочая группа по торговле людьми
field-meeting = Совещание
field-meeting-hint = Например, десятое совещание
field-round-title = Название процедуры
field-round-title-hint = Например, Замечания по проекту рекомендаций после совещания
field-reference-prefix = Префикс номеров подтверждений
field-reference-prefix-hint = Подтверждения нумеруются после префикса: например, WG-TIP-2020/C дает WG-TIP-2020/C/0042. Только буквы, цифры и - / . _; уникален для этой процедуры.
field-kind = Вид процедуры
kind-comment = Процедура представления замечаний
kind-silence = Процедура отсутствия возражений
field-time-zone = Часовой пояс места проведения совещания
field-time-zone-hint = Сроки вводятся и отображаются в этом поясе с указанием разницы с UTC.
field-opens = Открытие
field-closes = Закрытие (срок)
field-datetime-hint = Дата и время по часам места проведения совещания, например 2020-10-02 и 18:00.
field-date = Дата
field-time = Время
field-confirm-ambiguous = Использовать первый из двух моментов с этим временем (до перевода часов назад)
field-visibility = Кто видит замечания других делегаций
visibility-private = Никто до публикации итогового документа (каждая делегация видит только свои)
visibility-after-close = Все делегации после закрытия процедуры
visibility-live = Все делегации по мере поступления замечаний
field-instructions = Инструкции для делегаций
field-instructions-hint = Выводятся на странице процедуры. Не более 20 000 знаков.
preview-round = Проверить время
preview-again = Проверить снова
preview-heading = Проверка перед сохранением
save-round = Сохранить процедуру
error-field-required = Введите значение
error-field-too-long = Не более { $max } знаков
error-title-control-character = Текст содержит знак, который невозможно сохранить (управляющий символ). Удалите его и повторите попытку
error-title-bidi-control = Текст содержит невидимый знак, меняющий направление текста. Удалите его и повторите попытку
error-reference-prefix = Используйте только буквы, цифры и - / . _
error-reference-prefix-taken = Этот префикс уже используется в другой процедуре
error-round-title-taken = У совещания уже есть процедура с таким названием
error-round-kind = Выберите вид процедуры
error-visibility = Выберите, кто видит замечания других делегаций
error-local-time-invalid = Введите дату в формате 2020-10-02 и время в формате 18:00
error-instant-invalid = Укажите время в формате RFC 3339, например 2020-10-02T16:00:00Z
error-closes-before-opens = Процедура должна закрываться после открытия
error-closes-in-past = Срок должен быть в будущем
conflict-round-already-open = Процедура открыта: ее параметры больше нельзя изменить. Воспользуйтесь действиями с графиком.

## Draft
draft-title = Проект: { $round }
draft-heading = Проект, по которому представляются замечания
draft-format = Формат
draft-format-csv = CSV со столбцами agenda_item, agenda_title, label, text
draft-format-text = Простой текст: по одному пронумерованному пункту в строке («1. …», «5 bis. …»); строка «Agenda item 2: Название» начинает пункт повестки дня
import-file = Загрузить файл
import-file-hint = UTF-8 (с меткой порядка байтов или без нее), не более 5 МБ.
draft-paste = Или вставьте проект
draft-paste-hint = Если указан файл, он используется вместо вставленного текста.
draft-preview = Проверить проект
draft-save = Сохранить этот проект
draft-locked = Процедура открыта: проект больше нельзя изменить.
draft-current = Текущий проект
draft-empty = Проект еще не загружен.
draft-text-label = Текст проекта:
conflict-draft-after-opening = Процедура открыта: проект больше нельзя изменить.
col-agenda-item = Пункт повестки дня
col-label = Пункт

## Delegations
delegations-title = Делегации: { $round }
delegations-heading = Делегации
delegations-count = { $count ->
    [one] Участвует { $count } делегация
    [few] Участвуют { $count } делегации
    [many] Участвуют { $count } делегаций
   *[other] Участвуют { $count } делегации
}
delegations-import = Импорт делегаций из файла CSV
delegations-file-hint = CSV со столбцами name, category, focal_point_emails (адреса через ;). Категории: party, observer_state, other_observer, igo, other. UTF-8, не более 5 МБ. Уже внесенные в список делегации получают новых координаторов.
delegations-paste = Или вставьте CSV
delegations-import-button = Импортировать
import-done = Импортировано строк: { $rows }; новых делегаций: { $created }; новых координаторов: { $focal }.
delegations-add = Добавить делегацию
delegations-add-button = Добавить делегацию
field-delegation-name = Название делегации
field-category = Категория
field-focal-points = Координаторы
field-focal-points-hint = Адреса электронной почты через ;
field-add-focal-point = Добавить координатора (адрес электронной почты)
field-new-name = Новое название
delegation-edit = Изменить
delegation-remove = Исключить из этой процедуры
delegation-added = Делегация добавлена.
delegation-renamed = Делегация переименована.
delegation-removed = Делегация исключена из этой процедуры. Ее замечания сохраняются в записях.
focal-point-added = Координатор добавлен.
focal-point-removed = Координатор удален и больше не может войти в систему.
no-focal-point = Нет координатора: эта делегация не может войти в систему.
error-category = Выберите категорию
error-email-taken = Этот адрес принадлежит другой делегации или сотруднику
error-delegation-name-taken = Делегация с таким названием уже есть

## Imports (each names the row and column)
import-where-file = Файл
import-where-row = Строка { $row }
import-where-cell = Строка { $row }, столбец { $column }
import-too-large = { $where }: слишком большой размер ({ $bytes } байт); файлы не должны превышать 5 МБ. Ничего не импортировано.
import-too-many-delegations = { $where }: делегаций в списке — { $rows }, за один раз можно импортировать не более { $limit }. Разделите файл. Ничего не импортировано.
import-too-many-recommendations = { $where }: рекомендаций — { $rows }, а в проекте их может быть не более { $limit }. Ничего не импортировано.
import-not-utf8 = { $where }: текст не в кодировке UTF-8. Сохраните файл в формате «CSV UTF-8» и повторите попытку. Ничего не импортировано.
import-empty = { $where }: нет строк для импорта.
import-missing-columns = { $where }: в заголовке должны быть названы столбцы { $expected }.
import-malformed = { $where }: не удается прочитать CSV ({ $detail }).
import-missing-value = { $where }: значение отсутствует.
import-unknown-category = { $where }: неизвестная категория «{ $value }» (используйте одну из следующих: { $expected }).
import-malformed-email = { $where }: «{ $value }» не является адресом электронной почты.
import-invalid-label = { $where }: недопустимый номер пункта (только буквы, цифры, пробелы и ( ) . - /; не более 20 знаков).
import-invalid-name = { $where }: недопустимое название (не более 200 знаков, без управляющих символов и невидимых знаков, меняющих направление текста).
import-invalid-text = { $where }: недопустимый текст (не более 20 000 знаков, без управляющих символов).
import-invalid-title = { $where }: недопустимое название (не более 300 знаков, без управляющих символов и невидимых знаков, меняющих направление текста).
import-duplicate-label = { $where }: номер «{ $label }» уже использован в строке { $first_row }.
import-duplicate-delegation = { $where }: «{ $name }» уже указана в строке { $first_row }.
import-duplicate-email = { $where }: { $email } уже указан как координатор в строке { $first_row }.
import-email-taken = { $where }: { $email } уже принадлежит другой делегации или сотруднику.
import-agenda-title-mismatch = { $where }: пункт { $agenda_item } повестки дня назван «{ $title }» в строке { $first_row }; дайте всем его строкам одинаковое название.
import-unnumbered-line = { $where }: строка не начинается с номера пункта («1.», «5 bis.») или со слов «Agenda item».
error-too-large-title = Файл слишком велик
error-too-large-body = Файлы не должны превышать 5 МБ. Ничего не сохранено.

## Schedule
history-heading = Изменения графика
history-none = С момента создания процедуры график не менялся.
history-from = С { $old }
history-to = на { $new }.
actions-heading = Изменение графика
actions-none-cancelled = Процедура отменена.
actions-none-silence-ended = Процедура отсутствия возражений завершена: её результат определён по истечении срока и является окончательным. Чтобы продолжить работу, начните на её основе новую процедуру.
action-extend = Продлить срок для всех делегаций
action-extend-delegation = Продлить срок для одной делегации
action-close = Закрыть процедуру сейчас
action-reopen = Возобновить процедуру
action-cancel = Отменить процедуру
field-delegation = Делегация
field-new-deadline = Новый срок
field-new-deadline-hint = По часам места проведения совещания. Он должен быть позже текущего срока и в будущем.
field-reason = Причина
field-reason-hint = Сообщается делегациям и сохраняется в журнале аудита. Не более 2000 знаков.
event-extended = Срок продлен
event-extended_for_delegation = Срок продлен для одной делегации
event-closed_early = Процедура закрыта досрочно
event-reopened = Процедура возобновлена
event-cancelled = Процедура отменена
error-schedule-reason-required = Укажите причину изменения
error-schedule-reason-too-long = Причина должна содержать не более 2000 знаков
error-schedule-in-the-past = Новый срок должен быть в будущем
error-schedule-not-later = Новый срок должен быть позже текущего
error-schedule-already-closed = Срок процедуры истек: вместо этого возобновите ее
error-schedule-not-closed = Возобновить можно только процедуру, срок которой истек
error-schedule-not-open = Досрочно закрыть можно только процедуру, в которой еще действует хотя бы один срок
error-schedule-cancelled = Процедура отменена; ее график больше нельзя изменить
error-schedule-outcome-published = Итоговый документ этой процедуры опубликован, поэтому индивидуальное продление не может вновь открыть срок для делегации. Чтобы делегации снова могли представлять замечания, возобновите процедуру (сведение тогда будет ждать нового срока).
error-schedule-silence-ended = Процедура отсутствия возражений завершена: её результат определён по истечении срока и является окончательным, поэтому её график больше не может быть изменён. Чтобы продолжить работу, начните на её основе новую процедуру (процедуру представления замечаний или новую процедуру отсутствия возражений по пересмотренному тексту).
error-schedule-silence-runs-its-period = Процедура отсутствия возражений действует до истечения установленного срока: до этого момента любая делегация может нарушить молчание, поэтому досрочно завершить процедуру нельзя. Вы можете продлить её для всех делегаций или отменить.
error-delegation-required = Выберите делегацию
close-confirm-title = Закрыть процедуру сейчас?
close-confirm-heading = Закрыть процедуру сейчас?
close-confirm-every-window = Закрытие сейчас в один и тот же момент ({ $time }) завершает срок каждой делегации: после этого замечания нельзя будет добавить, изменить или отозвать.
close-confirm-no-extensions = Индивидуальных продлений сейчас нет.
close-confirm-extensions-heading = Индивидуальные продления, которые будут прекращены
close-confirm-extension-until = могла писать до: { $deadline }
close-confirm-extensions-told = Каждая из этих делегаций получит сообщение о прекращении ее продления. Чтобы одна из них могла продолжить, продлите ее срок снова после закрытия.
close-confirm-button = Закрыть процедуру сейчас
close-confirm-back = Вернуться, не закрывая
individual-deadline-open = Может писать до: { $deadline } (индивидуальное продление)
individual-deadline-closed = Индивидуальное продление завершилось: { $deadline }

## Responses
responses-title = Ответы: { $round }
responses-heading = Ответы
responses-not-yet = Еще не ответили: { $count }
responses-show-all = Показать все делегации
responses-show-not-responded = Показать только не ответившие делегации
col-delegation = Делегация
col-category = Категория
col-comments = Замечания
col-last-activity = Последняя активность
col-responded = Ответила

## Comments and audit
comments-csv = Скачать все замечания (CSV)
comments-view = Вид:
comments-by-recommendation = по рекомендациям
comments-by-delegation = по делегациям
audit-title = Журнал аудита: { $round }
audit-heading = Журнал аудита
audit-filter-action = Действие
audit-all-actions = Все действия
audit-csv = Скачать этот журнал (CSV)
col-time = Время (UTC)
col-actor = Кем
col-action = Действие
col-object = Объект
col-change = Изменение
history-new-deadline = Новый срок: { $deadline }
error-role-staff = Роль должна быть chair или secretariat
audit-all-delegations = Все делегации и Председатель
nav-consolidation = Сведение и итоговый документ
nav-mail = Журнал электронной почты

## Процедура молчаливого согласия (для Председателя)
chair-silence-heading = Процедура молчаливого согласия
chair-silence-breakers = Заявления делегаций этих категорий нарушают молчание: { $categories }.
chair-silence-undecided = Сервер определит результат после истечения срока.
chair-silence-no-statements = Заявлений не поступало.
chair-silence-breaks = нарушает молчание (получено { $sent })
chair-silence-recorded = зарегистрировано, не нарушает молчание (получено { $sent })
chair-silence-withdrawn = отозвано { $withdrawn } (получено { $sent })
responses-individual-heading = Индивидуальные сроки
responses-unreachable-count = Нет координатора, который может войти в систему: { $count }
responses-chart-heading = Динамика ответов
responses-chart-title = Делегации, представившие ответ, по категориям
responses-chart-description = Нарастающее число делегаций, представивших ответ, на конец каждого дня (по времени места проведения), с { $first } по { $last }. Всего: { $total } из { $delegations }.
responses-chart-legend = { $category }: { $count } из { $delegations }
responses-chart-total = Все делегации
responses-chart-table = Данные в виде таблицы
responses-chart-col-day = День (по времени места проведения)
responses-delegations-heading = Делегации, которые могут ответить
responses-unreachable-heading = Делегации без координатора, который может войти в систему
responses-unreachable-hint = Они не могут ни ответить, ни получать сообщения процедуры, пока им не будет добавлен координатор:
col-event = Событие
audit-record = Запись в сохраненном виде
audit-who-server = Сервер
audit-event-comment_submitted = { $who }: представлено замечание { $reference } по { $on ->
        [draft] проекту в целом
       *[recommendation] рекомендации { $label }
    }{ $late ->
        [yes] , с опозданием (в рамках индивидуального продления)
       *[no] {""}
    }.
audit-event-comment_edited = { $who }: изменено замечание { $reference } по { $on ->
        [draft] проекту в целом
       *[recommendation] рекомендации { $label }
    } (вариант { $version }){ $late ->
        [yes] , с опозданием (в рамках индивидуального продления)
       *[no] {""}
    }.
audit-event-comment_withdrawn = { $who }: отозвано замечание { $reference } по { $on ->
        [draft] проекту в целом
       *[recommendation] рекомендации { $label }
    }{ $late ->
        [yes] , с опозданием (в рамках индивидуального продления)
       *[no] {""}
    }.
audit-event-round_created = { $who }: процедура создана.
audit-event-round_updated = { $who }: изменены параметры процедуры.
audit-event-draft_loaded = { $who }: загружен проект (число рекомендаций: { $count }).
audit-event-delegations_imported = { $who }: импортирован список делегаций (число строк: { $count }).
audit-event-delegation_renamed = { $who }: делегация { $old } переименована в { $new }.
audit-event-delegation_removed = { $who }: делегация { $delegation } исключена из процедуры.
audit-event-focal_point_added = { $who }: { $email } добавлен(а) в качестве координатора делегации { $delegation }.
audit-event-focal_point_removed = { $who }: { $email } исключен(а) из числа координаторов делегации { $delegation }.
audit-event-extended = { $who }: срок продлен до { $deadline }. Причина: { $reason }
audit-event-extended_for_delegation = { $who }: срок для делегации { $delegation } продлен до { $deadline }. Причина: { $reason }
audit-event-reopened = { $who }: процедура возобновлена до { $deadline }. Причина: { $reason }
audit-event-closed_early = { $who }: процедура закрыта досрочно. Причина: { $reason }
audit-event-cancelled = { $who }: процедура отменена. Причина: { $reason }
audit-event-round_opened = Процедура открыта (разослано приглашений: { $count }).
audit-event-reminders_enqueued = Запланированы напоминания (число сообщений: { $count }).
audit-event-disposition_saved = { $who }: принято решение по рекомендации { $label }: { $decision ->
        [retained] сохранить в редакции проекта
        [amended] с поправками
        [merged] объединить с другой рекомендацией
        [deleted] исключить
       *[bracketed] в квадратных скобках (согласие не достигнуто)
    } (вариант { $version }).
audit-event-recommendation_added = { $who }: добавлена рекомендация { $label }.
audit-event-outcome_published = { $who }: опубликован вариант { $version } итогового документа.
audit-event-silence_break = { $who }: { $breaks ->
        [yes] нарушено молчание
       *[no] направлено заявление, не нарушающее молчания
    } (заявление { $reference }).
audit-event-silence_break_withdrawn = { $who }: отозвано заявление { $reference }.
audit-event-silence_decided = Процедура отсутствия возражений завершена: { $result ->
        [adopted] текст принят
       *[broken] молчание нарушено
    }.
audit-event-test_mail_requested = { $who }: направлено тестовое сообщение на адрес { $email }.
audit-event-demo_loaded = Загружена демонстрационная процедура.
audit-event-other = { $who }: { $action }
audit-action-comment_submitted = Замечание представлено
audit-action-comment_edited = Замечание изменено
audit-action-comment_withdrawn = Замечание отозвано
audit-action-round_created = Процедура создана
audit-action-round_updated = Параметры изменены
audit-action-draft_loaded = Проект загружен
audit-action-delegations_imported = Делегации импортированы
audit-action-delegation_renamed = Делегация переименована
audit-action-delegation_removed = Делегация исключена
audit-action-focal_point_added = Координатор добавлен
audit-action-focal_point_removed = Координатор исключен
audit-action-extended = Срок продлен
audit-action-extended_for_delegation = Срок продлен для одной делегации
audit-action-reopened = Процедура возобновлена
audit-action-closed_early = Процедура закрыта досрочно
audit-action-cancelled = Процедура отменена
audit-action-round_opened = Процедура открыта
audit-action-reminders_enqueued = Напоминания запланированы
audit-action-disposition_saved = Решение записано
audit-action-recommendation_added = Рекомендация добавлена
audit-action-outcome_published = Итоговый документ опубликован
audit-action-silence_break = Заявление направлено (процедура отсутствия возражений)
audit-action-silence_break_withdrawn = Заявление отозвано (процедура отсутствия возражений)
audit-action-silence_decided = Итог процедуры отсутствия возражений
audit-action-test_mail_requested = Тестовое сообщение отправлено
audit-action-demo_loaded = Демонстрационные данные загружены

# Замечания, полученные не через формы
intake-link = Внести замечание, полученное от делегации
intake-title = Внести замечание, полученное от делегации
intake-lead = Для замечания, поступившего в Секретариат не через формы, а по электронной почте, вербальной нотой или письмом. Оно помечается как внесенное Секретариатом от имени делегации, получает номер, а подтверждение о получении направляется контактным лицам делегации. Замечание, полученное после истечения срока для делегации, регистрируется и помечается как поданное с опозданием и не учитывается при сведении, пока Председатель не примет решение о его включении.
intake-delegation = Делегация
intake-delegation-choose = Выберите делегацию
intake-recommendation = Замечание по
intake-general = Проект в целом
intake-source = Способ получения
intake-source-email = Электронная почта
intake-source-note_verbale = Вербальная нота
intake-source-letter = Письмо
intake-received = Дата и время получения
intake-received-hint = По времени места проведения совещания ({ $city }). От них зависит, получено ли замечание в срок.
intake-reference = Исходящий номер отправителя (необязательно)
intake-reference-hint = Например, номер вербальной ноты. Не более 200 знаков.
intake-submit = Внести замечание
intake-saved = Замечание { $reference } внесено от имени делегации «{ $delegation }»; подтверждение о получении направляется контактным лицам делегации.
intake-saved-held-back = Замечание { $reference } внесено от имени делегации «{ $delegation }». Оно получено после истечения срока для делегации и не учитывается при сведении, пока Председатель не примет решение о его включении.
include-link = Включить в сведение
include-title = Включить замечание, полученное после истечения срока
include-lead = Это замечание получено после истечения срока для делегации и не учитывается при сведении. Решение о его включении принимает Председатель: укажите причину, она будет сохранена в журнале аудита.
include-reason-hint = Сохраняется в журнале аудита. Не более 2000 знаков.
include-submit = Включить в сведение
include-not-held-back = Это замечание учтено при сведении.
include-back = Вернуться к замечаниям
audit-event-comment_entered_on_behalf = { $who }: от имени делегации { $delegation } внесено замечание { $reference } по { $on ->
        [draft] проекту в целом
       *[recommendation] рекомендации { $label }
    }{ $late ->
        [yes] , полученное после истечения срока (не учитывается до его включения)
       *[no] {""}
    }.
audit-event-late_comment_included = { $who }: замечание { $reference } делегации { $delegation }, полученное после истечения срока, включено в сводный текст. Причина: { $reason }
audit-event-attachment_added = { $who }: к замечанию делегации { $delegation } приложен файл { $file }.
audit-action-comment_entered_on_behalf = Замечание внесено от имени делегации
audit-action-late_comment_included = Включено замечание, полученное с опозданием
audit-action-attachment_added = Приложен файл
