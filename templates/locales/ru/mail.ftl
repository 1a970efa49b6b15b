# redraft — русский каталог сообщений электронной почты (уведомления о процедурах) и журнала почты.

## Common parts
mail-deadline = Срок: { $deadline }
mail-deadline-utc = По UTC: { $utc }
mail-open-round = Открыть процедуру
mail-open-our-comments = Посмотреть замечания вашей делегации
mail-footer = Это сообщение отправлено системой redraft от имени органа: { $body }.
mail-footer-replies = Это сообщение отправлено системой redraft от имени органа: { $body }. Ответы поступают в Секретариат.
mail-greeting = Уважаемый координатор делегации: { $delegation }!

## Invitation (when a round opens)
mail-invitation-subject = Приглашение представить замечания: { $round } (срок: { $deadline })
mail-invitation-intro = Орган «{ $body }» предлагает вашей делегации представить замечания по проекту в рамках процедуры «{ $round }».
mail-invitation-open = Процедура открыта. Замечания можно направлять, изменять или отзывать до указанного ниже срока; все, что поступит позже, сервер отклоняет.
mail-invitation-calendar = Срок содержится в прилагаемом файле календаря (deadline.ics).
mail-invitation-calendar-summary = Срок: { $round }

## Receipt (a delegation's first submission) and daily digest
mail-receipt-subject = Получено: замечание { $reference } по процедуре «{ $round }»
mail-receipt-intro = Ваша делегация направила первое замечание в рамках процедуры «{ $round }». Его номер — { $reference }: просьба указывать его в любой переписке по этому замечанию.
mail-receipt-more = До истечения срока вы можете добавлять, изменять или отзывать замечания. За каждый день, когда были изменения, вы получите одну сводку, а не сообщение о каждом изменении.
mail-digest-subject = Изменения за { $date }: { $delegation }, { $round }
mail-digest-intro = Замечания вашей делегации в рамках процедуры «{ $round }» изменились { $date } (по местному времени места проведения совещания):
mail-digest-submitted = { $reference } — представлено ({ $on })
mail-digest-edited = { $reference } — изменено ({ $on })
mail-digest-withdrawn = { $reference } — отозвано ({ $on })

## Reminder
mail-reminder-subject = Напоминание: срок представления замечаний по процедуре «{ $round }» — { $deadline }
mail-reminder-intro = Ваша делегация еще не направила замечаний в рамках процедуры «{ $round }». Осталось времени: { $remaining }.
mail-reminder-ignore = Если вашей делегации нечего добавить, не обращайте внимания на это сообщение.

## Chair's actions
mail-extension-subject = Срок продлен: { $round }
mail-extension-intro = Председатель продлил(а) срок процедуры «{ $round }»: прежний срок — { $old }, новый срок — { $new }.
mail-extension-one-subject = Срок продлен для делегации: { $delegation } — { $round }
mail-extension-one-intro = Председатель продлил(а) срок процедуры «{ $round }» только для вашей делегации: прежний срок — { $old }, новый срок — { $new }. Замечания, направленные после общего срока, помечаются как представленные с опозданием.
mail-early-close-subject = Процедура закрыта досрочно: { $round }
mail-early-close-intro = Председатель досрочно закрыл(а) процедуру «{ $round }»: { $closed }. Замечания больше не принимаются.
mail-early-close-extension-ended = Тем самым прекращается и продление, предоставленное вашей делегации до: { $deadline }. Ваша делегация также больше не может добавлять или изменять замечания.
mail-reopen-subject = Процедура возобновлена: { $round }
mail-reopen-intro = Председатель возобновил(а) процедуру «{ $round }». Замечания вновь можно направлять до нового срока, указанного ниже.
mail-cancel-subject = Процедура отменена: { $round }
mail-cancel-intro = Председатель отменил(а) процедуру «{ $round }». Замечания больше не принимаются.
mail-reason = Причина, указанная Председателем: { $reason }
mail-calendar-updated = Прилагаемый файл календаря (deadline.ics) обновляет срок в вашем календаре.
mail-calendar-cancelled = Прилагаемый файл календаря (deadline.ics) удаляет срок из вашего календаря.

## Closing confirmation
mail-closing-subject = Процедура закрыта: материалы делегации { $delegation } по процедуре «{ $round }»
mail-closing-intro = Процедура «{ $round }» закрыта: { $deadline }. Ниже приводятся материалы, представленные вашей делегацией, в том виде, в каком они были записаны на момент истечения срока:
mail-closing-none = От вашей делегации замечаний не поступало.
mail-closing-item = { $reference } — { $on } — { $kind }: { $text }
mail-closing-whole-draft = проект в целом
mail-closing-recommendation = рекомендация { $label }

## Outcome
mail-outcome-subject = Опубликован итоговый документ: { $round }
mail-outcome-intro = Председатель опубликовал(а) итоговый документ процедуры «{ $round }» вместе с подборкой полученных замечаний.
mail-open-outcome = Прочитать итоговый документ

## Test message
mail-test-subject = Пробное сообщение от redraft
mail-test-body = Это пробное сообщение, отправленное из журнала почты процедуры «{ $round }»: { $time }. Если вы его читаете, почта от redraft до вас доходит.

## The Chair's mail log
mail-log-title = Электронная почта: { $round }
mail-log-link = Журнал электронной почты этой процедуры
mail-log-intro = Все сообщения этой процедуры, начиная с самых ранних. Сообщения отправляются фоновым процессом; неудачные попытки повторяются с увеличивающимися интервалами.
mail-log-empty = По этой процедуре сообщения еще не отправлялись.
mail-log-col-kind = Вид
mail-log-col-recipient = Получатель
mail-log-col-subject = Тема
mail-log-col-status = Состояние
mail-log-col-attempts = Попытки
mail-log-col-error = Последняя ошибка
mail-log-col-sent = Отправлено
mail-log-resent = отправлено повторно после сбоя, с тем же Message-ID
mail-log-test-heading = Отправить пробное сообщение
mail-log-test-hint = Пробное сообщение отправляется на ваш собственный адрес ({ $email }) через ту же очередь и тот же транспорт, что и все остальные сообщения.
mail-log-test-button = Отправить пробное сообщение
mail-log-test-queued = Пробное сообщение для { $email } находится в очереди; оно появится ниже.
mail-status-pending = ожидает
mail-status-sending = отправляется
mail-status-sent = отправлено
mail-status-failed = ошибка
mail-status-dropped = не отправлено
mail-kind-invitation = приглашение
mail-kind-receipt = подтверждение получения
mail-kind-digest = ежедневная сводка
mail-kind-reminder = напоминание
mail-kind-extension = продление
mail-kind-early_close = досрочное закрытие
mail-kind-reopen = возобновление
mail-kind-cancel = отмена
mail-kind-closing = подтверждение закрытия
mail-kind-outcome = итоговый документ
mail-kind-test = проба
mail-kind-sign_in = ссылка для входа

## Reminder offsets (ids from the domain)
error-reminders-malformed = Укажите каждое напоминание как период до истечения срока, например P7D или PT48H, через запятую
error-reminders-not-positive = Напоминание должно приходить до истечения срока
error-reminders-too-many = Не более 10 напоминаний на процедуру

mail-intake-subject = Внесено за вашу делегацию: замечание { $reference } по процедуре «{ $round }»
mail-intake-intro = Секретариат внес замечание от имени вашей делегации в рамках процедуры «{ $round }» на основании полученного им сообщения. Его номер — { $reference }: просьба указывать его в любой переписке по этому замечанию.
mail-intake-held-back = Оно получено после истечения срока для вашей делегации: оно сохранено и будет учтено при сведении, только если Председатель примет такое решение.
mail-intake-more = Оно приводится среди замечаний вашей делегации. Поскольку его внес Секретариат, его нельзя изменить через формы; до истечения срока ваша делегация может добавлять новые замечания.
