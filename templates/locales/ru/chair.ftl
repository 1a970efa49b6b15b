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
