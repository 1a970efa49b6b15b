# redraft — русский каталог. Идентификаторы сообщений в kebab-case; переменные $именованные.

## Layout
skip-to-content = Перейти к основному содержанию
signed-in-as = Вход выполнен: { $email }
session-idle-note = При отсутствии активности сеанс завершится: { $time }.
session-idle-note-venue = При отсутствии активности сеанс завершится: { $time } ({ $utc }).
session-warning-soon = При отсутствии активности сеанс завершится менее чем через пять минут. Продлите сеанс, чтобы продолжить работу на этой странице: введенный текст сохранится.
session-warning-ended = Сеанс завершен. Форма, отправленная сейчас, не будет сохранена: ее текст будет показан вам для копирования, после чего необходимо войти снова.
session-extend = Продлить сеанс
sign-out = Выйти
footer-note = redraft — процедуры представления замечаний после совещаний. Время указывается по часовому поясу места проведения совещания с разницей относительно всемирного координированного времени (UTC).
back-home = К вашим процедурам
go-back = Назад
cancel = Отмена
back-to-round = Назад к процедуре
error-page-title = Ошибка: { $title }
error-summary-title = Возникла проблема
error-summary-item = { $field }: { $message }

## Errors
error-not-found-title = Страница не найдена
error-not-found-body = Такой страницы нет, или у вас нет к ней доступа. Проверьте адрес или вернитесь к своим процедурам.
error-csrf-title = Срок действия формы истек
error-csrf-body = Эта форма была отправлена не из redraft, или срок ее действия истек. Вернитесь назад, обновите страницу и повторите попытку. Ничего не сохранено.
error-bad-form-title = Не удалось прочитать форму
error-bad-form-body = Не удалось прочитать форму. Вернитесь назад, обновите страницу и повторите попытку. Ничего не сохранено.
error-not-utf8-title = Форма содержала нечитаемый текст
error-not-utf8-body = Часть отправленных данных не является допустимым текстом (не в кодировке UTF-8, используемой на этом сайте), поэтому ничего не сохранено. Вернитесь назад, введите или вставьте текст еще раз и снова отправьте форму.
error-internal-title = К сожалению, в работе службы возникла проблема
error-internal-body = На нашей стороне произошла ошибка, и ничего не сохранено. Повторите попытку через несколько минут.
error-conflict-title = Ваше изменение не сохранено
conflict-comment-withdrawn = Это замечание отозвано и больше не может быть изменено. Ничего не сохранено.
conflict-comment-changed = Другой член вашей делегации изменил это замечание после того, как вы его открыли. Ничего не сохранено: откройте замечание снова, чтобы увидеть текущий текст.
error-demo-data = Не удалось загрузить демонстрационные данные.

## Validation (ids from the domain)
error-email-empty = Введите адрес электронной почты
error-email-too-long = Адрес электронной почты должен содержать не более 254 знаков
error-email-malformed = Введите адрес электронной почты в правильном формате, например name@example.org
error-comment-empty = Введите замечание
error-comment-too-long = Замечание должно содержать не более { $max } знаков (в нем { $len })
error-comment-control-character = Замечание содержит знак, который невозможно сохранить (управляющий символ). Удалите его и повторите попытку
error-comment-kind = Выберите вид замечания
error-comment-version = Не удалось прочитать форму, поэтому ничего не сохранено. Откройте замечание снова и внесите изменение там
error-proposed-text-empty = Введите текст, который вы предлагаете для этой рекомендации
error-proposed-text-unchanged = Предлагаемый текст совпадает с текстом проекта: измените его в соответствии с вашим предложением или выберите другой вид замечания
error-recommendation-unknown = Эта рекомендация не входит в проект, по которому представляются замечания
error-delegation-name-empty = Введите название делегации
error-delegation-name-too-long = Название делегации должно содержать не более 200 знаков
error-delegation-name-control-character = Название делегации содержит знак, который невозможно сохранить
error-delegation-name-bidi-control = Название делегации содержит невидимый знак, меняющий направление текста. Удалите его и повторите попытку
error-recommendation-label-empty = Введите номер рекомендации
error-recommendation-label-too-long = Номер должен содержать не более 20 знаков
error-recommendation-label-invalid-character = Номер может содержать только буквы, цифры, пробелы и ( ) . - /

## Deadline refusals
refusal-title = Процедура закрыта
refusal-round-closed = Срок этой процедуры истек: { $deadline }. Ваше замечание не сохранено.
refusal-round-not-open = Эта процедура открывается: { $opens }. Ваше замечание не сохранено.
refusal-round-cancelled = Эта процедура отменена. Ваше замечание не сохранено.
kept-text-heading = Ваш текст
kept-text-hint = Скопируйте текст, если хотите его сохранить: он не записан в системе.
session-ended-title = Сеанс завершен
session-ended-body = Ваш сеанс завершился до отправки замечания, поэтому оно не сохранено. Скопируйте приведенный ниже текст, войдите снова и вставьте его в форму.
sign-in-again = Войти снова

## Sign-in
sign-in-title = Вход
sign-in-intro = Введите адрес электронной почты, зарегистрированный вашей делегацией или Секретариатом. Мы отправим вам ссылку для входа.
sign-in-email-label = Адрес электронной почты
sign-in-email-hint = Например, name@mfa.example.org
sign-in-send-link = Отправить мне ссылку для входа
signed-out-notice = Вы вышли из системы.
check-email-title = Проверьте электронную почту
check-email-body = Если этот адрес зарегистрирован для делегации или Секретариата, на него отправлена ссылка для входа. Ссылка действует один раз в течение 30 минут.
check-email-again = Запросить новую ссылку для входа
sign-in-link-title = Вход в redraft
sign-in-link-body = Нажмите кнопку, чтобы войти. Ссылка действует один раз.
sign-in-button = Войти
sign-in-link-invalid-title = Эта ссылка для входа больше не действует
sign-in-link-invalid-body = Ссылки для входа действуют один раз в течение 30 минут. Запросите новую ссылку.

## E-mail
email-sign-in-subject = Ваша ссылка для входа в redraft
email-sign-in-intro = Воспользуйтесь этой ссылкой для входа в redraft:
email-sign-in-button = Войти в redraft
email-sign-in-validity = Ссылка действует один раз, до: { $until }.
email-sign-in-ignore = Если вы не запрашивали вход, не обращайте внимания на это сообщение.

## Rounds
home-title = Ваши процедуры
home-no-rounds = Для вас пока нет процедур.
round-state = Статус
round-state-scheduled = Еще не открыта
round-state-open = Открыта для замечаний
round-state-closed = Закрыта
round-state-open-delegation = Открыта для вашей делегации до: { $deadline }
round-state-open-extensions = Открыта только в рамках индивидуальных продлений, до: { $deadline }
round-last-window = Последний срок истекает
round-state-cancelled = Отменена
round-deadline = Срок
round-deadline-inline = Срок: { $deadline }
round-remaining = Осталось времени
round-remaining-inline = Осталось времени: { $remaining }
round-opens = Открытие
round-delegation = Вы представляете замечания от имени делегации: { $delegation }
round-not-writable = Замечания можно добавлять или изменять, только пока процедура открыта.
window-closed-no-changes = Срок для вашей делегации истек ({ $deadline }): это замечание больше нельзя изменить или отозвать.
individual-extension = Председатель продлил(а) срок для вашей делегации до: { $deadline }.
illustrative-banner = Иллюстративный проект: эти рекомендации подготовлены для данной демонстрации. Реальный проект совещания не публиковался.
instructions-heading = Инструкции
agenda-item = Пункт { $number } повестки дня
recommendation = Рекомендация
general-heading = Замечания по проекту в целом
general-short = Проект в целом
our-comments-link = Все замечания нашей делегации (версия для печати)
notice-saved = Ваше замечание сохранено. Номер: { $reference }
notice-withdrawn = Замечание { $reference } отозвано. Оно остается в записях с пометкой «отозвано».

## Comments
own-comments-heading = Замечания вашей делегации
others-comments-heading = Замечания других делегаций
comment-on = Замечание по рекомендации
comment-on-draft = Замечание по проекту в целом
comment-kind-legend = Вид замечания
comment-kind-remark = Общее замечание
comment-kind-amendment = Предлагаемая поправка
comment-kind-deletion = Предложение об исключении
comment-kind-support = Поддержка
comment-text-label = Замечание
comment-text-hint = Не более 20 000 знаков. Обязательно для общего замечания; для других видов — по желанию.
comment-proposed-label = Предлагаемый текст (для поправки)
comment-proposed-hint = Обязательно для предлагаемой поправки: весь пункт в предлагаемой вами редакции. Изначально здесь приведен текст проекта: измените то, что предлагаете изменить. Не более 20 000 знаков.
comment-proposed-shown = Предлагаемый текст:
comment-withdrawn = Отозвано
comment-late = Представлено с опозданием (индивидуальное продление)
comment-submitted = Представлено: { $time }
comment-last-changed = Последнее изменение: { $time }
save-comment = Сохранить замечание
save-changes = Сохранить изменения
edit-link = Изменить
withdraw-link = Отозвать
edit-title = Изменение замечания { $reference }
withdraw-title = Отзыв замечания { $reference }
withdraw-explanation = Отозванное замечание больше не входит в материалы вашей делегации. Оно остается в записях с пометкой «отозвано».
withdraw-confirm = Отозвать это замечание
our-comments-title = Замечания делегации: { $delegation }
our-comments-none = Ваша делегация не представила замечаний в рамках этой процедуры.
printed-at = По состоянию на { $time }
col-reference = Номер
col-on = Предмет
col-kind = Вид
col-text = Текст
col-last-change = Последнее изменение

## Chair
chair-round-title = Все замечания: { $round }
chair-counts-invited = Приглашено делегаций: { $count }
chair-counts-responded = Ответили: { $count }
chair-counts-comments = Замечаний: { $count }
chair-no-comments = Замечаний нет.

## Other domain ids
error-deadline-cancelled = Эта процедура отменена.
error-deadline-closed = Эта процедура закрыта.
error-deadline-not-yet-open = Эта процедура еще не открыта.
error-venue-zone-ambiguous = В часовом поясе места проведения совещания это время наступает дважды (часы переводятся назад). Выберите другое время.
error-venue-zone-gap = В часовом поясе места проведения совещания этого времени нет (часы переводятся вперед). Выберите другое время.
error-venue-zone-out-of-range = Эта дата выходит за пределы допустимого диапазона.
error-venue-zone-unknown = Выберите часовой пояс из списка
paragraph-as-drafted = Пункт в редакции проекта, который заменяется поправкой:

# Замечания, внесенные Секретариатом от имени делегации
comment-intake = Внесено Секретариатом от имени делегации «{ $delegation }», получено { $source ->
        [email] по электронной почте
        [note_verbale] вербальной нотой
       *[letter] письмом
    } от { $date }.
comment-intake-reference = Внесено Секретариатом от имени делегации «{ $delegation }», получено { $source ->
        [email] по электронной почте
        [note_verbale] вербальной нотой
       *[letter] письмом
    } от { $date } (исх. { $reference }).
comment-received-late = Получено после истечения срока
comment-held-back = Получено после истечения срока: не учитывается при сведении, если Председатель не примет решение о его включении
comment-included = Получено после истечения срока: включено в сведение по решению Председателя
conflict-comment-entered-by-secretariat = Это замечание внесено Секретариатом от имени вашей делегации: его нельзя изменить или отозвать здесь. Вы можете добавить новое замечание. Ничего не сохранено.
conflict-comment-not-held-back = Это замечание уже учтено при сведении. Ничего не сохранено.
error-intake-delegation = Выберите делегацию, участвующую в процедуре
error-intake-source = Укажите, каким образом было получено замечание
error-intake-received-invalid = Укажите время получения как момент в формате RFC 3339, например 2020-10-02T14:30:00Z
error-intake-received-future = Дата и время получения не могут быть позже текущего момента
error-intake-not-open = Процедура еще не открыта: замечания можно будет вносить после ее открытия. Ничего не сохранено.
error-intake-outcome-published = Итоговый документ опубликован: сначала возобновите процедуру. Ничего не сохранено.
error-intake-silence = В рамках процедуры молчания принимаются заявления о нарушении молчания, а не замечания. Ничего не сохранено.
error-source-reference-too-long = Номер должен содержать не более { $max } знаков
error-source-reference-invalid = Номер содержит невидимый управляющий символ или символ форматирования; удалите его и повторите попытку

# Вложения
error-attachment-empty = Файл пуст
error-attachment-too-large = Размер файла превышает 20 МБ. Ничего не сохранено.
error-attachment-pdf-only = Приложите письмо делегации в виде файла PDF. Ничего не сохранено.
error-attachment-pdf-or-docx = Приложите оригинал в виде файла PDF или Word (DOCX). Ничего не сохранено.
conflict-attachment-delegation-comment = Секретариат прилагает файлы только к замечаниям, внесенным им от имени делегации; делегация прилагает файлы к своим замечаниям сама. Ничего не сохранено.
