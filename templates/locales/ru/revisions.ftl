# redraft — русский каталог: пересмотренные проекты (Rev.1, Rev.2…), история и условные обозначения документов.

## Setting up a revised draft (Chair)
field-document-symbol = Условное обозначение документа
field-document-symbol-hint = Выводится в шапке итогового документа, например CTOC/COP/WG.4/2020/L.1. Только буквы, цифры и / . - _ ( ), не более 100 знаков; можно оставить пустым. Пересмотренный проект с пустым полем получает обозначение процедуры, на которой он основан, с добавлением /Rev.1, /Rev.2 и т. д.
revision-heading = Пересмотренный проект
revision-notice = Проект этой процедуры станет следующим вариантом документа ({ $version }): сведенным текстом опубликованного итогового документа процедуры «{ $round }» (сохраненные, измененные и заключенные в скобки рекомендации, а также добавленные при сведении; исключенные и объединенные не включаются). Делегации той процедуры также приглашаются. До открытия процедуры проект и список делегаций еще можно изменить.
revision-start = Начать процедуру по пересмотренному проекту
revision-start-hint = Итоговый документ опубликован: по его сведенному тексту можно провести новую процедуру в качестве следующего варианта документа.
revision-draft-note = Этот проект — вариант { $version } документа, подготовленный на основе опубликованного итогового документа процедуры «{ $round }». При загрузке нового проекта каждая рекомендация сохраняет связь со своим предыдущим вариантом, если ее номер не меняется.
error-based-on-unknown = Процедуры, на которой можно было бы основать пересмотренный проект, не существует.
error-based-on-not-closed = Пересмотренный проект готовится на основе закрытой процедуры, а эта процедура не закрыта.
error-based-on-unpublished = Пересмотренный проект готовится на основе опубликованного итогового документа: сначала опубликуйте итоговый документ той процедуры.
error-based-on-other-meeting = Пересмотренный проект относится к органу и совещанию процедуры, на которой он основан: { $body }, { $meeting }.
error-document-symbol-too-long = Условное обозначение документа должно содержать не более 100 знаков.
error-document-symbol-invalid = Условное обозначение документа состоит только из букв, цифр и / . - _ ( ) и начинается с буквы или цифры, например CTOC/COP/WG.4/2020/L.1.

## A delegation's view of a revised draft
revision-round-note = Этот проект — вариант { $version } документа, пересмотренный на основе итогового документа процедуры «{ $round }».
revision-history-link = История документа
revision-view-label = Показать текст
revision-view-clean = Окончательный текст
revision-view-changes = Изменения по сравнению с предыдущим вариантом
revision-changed = Изменена по сравнению с предыдущим вариантом.
revision-unchanged = Не изменилась по сравнению с предыдущим вариантом.
revision-new = Новая в этом варианте.
revision-previous-comments-link = Замечания по предыдущему варианту рекомендации { $label }
revision-changes-legend = Вставки подчеркнуты; исключения зачеркнуты.

## Comments on the previous version of a recommendation
previous-title = Рекомендация { $label }: предыдущий вариант и замечания по нему
previous-version-heading = Рекомендация { $label } в процедуре «{ $round }»
previous-own-heading = Замечания вашей делегации
previous-own-none = Ваша делегация не представила по ней замечаний.
previous-others-heading = Замечания других делегаций
previous-others-none = Другие делегации не представили по ней замечаний.
previous-others-not-shared = Замечания других делегаций по предыдущему варианту вам не предоставляются.
previous-back = Назад к процедуре

## The document's history
history-title = История документа
history-intro = Все варианты документа с указанием процедуры, дат, итогового документа и решения по каждой рекомендации.
history-original = Первоначальный проект
history-version-heading = { $version }: { $round }
history-dates = Замечания с { $opens } до { $closes }
history-symbol = Условное обозначение: { $symbol }
history-outcome-none = Итоговый документ еще не опубликован.
history-outcome-line = Вариант { $version } итогового документа, опубликован: { $time }
history-decisions-heading = Решения по каждой рекомендации
history-col-version = { $version }
history-not-in-version = Отсутствует в этом варианте
history-under-comment = Представляются замечания, решение еще не принято
history-dates-silence = Процедура отсутствия возражений: с { $opens } до { $closes }
history-under-silence = Процедура отсутствия возражений продолжается, результата ещё нет
history-silence-adopted = Принято в рамках процедуры отсутствия возражений
history-silence-broken = Не принято: молчание было нарушено
history-label = Рекомендация { $label }
history-added = Добавлена при сведении.

## The outcome document's masthead
outcome-masthead-distribution = Distr.: General
outcome-masthead-original = Original: English
outcome-masthead-date = { $day } { $month } { $year } года
