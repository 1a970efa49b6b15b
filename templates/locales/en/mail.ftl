# redraft — English catalogue of the e-mails (notices of rounds) and the Chair's mail log.

## Common parts
mail-deadline = Deadline: { $deadline }
mail-deadline-utc = In UTC: { $utc }
mail-open-round = Open the round
mail-open-our-comments = See your delegation's comments
mail-footer = This message was sent by redraft for { $body }.
mail-footer-replies = This message was sent by redraft for { $body }. Replies reach the Secretariat.
mail-greeting = Dear focal point of { $delegation },

## Invitation (when a round opens)
mail-invitation-subject = Invitation to comment: { $round } (deadline { $deadline })
mail-invitation-intro = The { $body } invites your delegation to comment on the draft in the round “{ $round }”.
mail-invitation-open = The round is open now. Comments can be sent, changed or withdrawn until the deadline below; the server refuses anything sent after it.
mail-invitation-calendar = The attached calendar file (deadline.ics) holds the deadline.
mail-invitation-calendar-summary = Deadline: { $round }

## Receipt (a delegation's first submission) and daily digest
mail-receipt-subject = Received: comment { $reference } on { $round }
mail-receipt-intro = Your delegation has sent its first comment in the round “{ $round }”. Its reference is { $reference }: quote it in any correspondence about it.
mail-receipt-more = You can add, change or withdraw comments until the deadline. On each day with changes you will receive one summary, not one message per change.
mail-digest-subject = Changes of { $date }: { $delegation } in { $round }
mail-digest-intro = Your delegation's comments in the round “{ $round }” changed on { $date } (venue time):
mail-digest-submitted = { $reference } submitted ({ $on })
mail-digest-edited = { $reference } changed ({ $on })
mail-digest-withdrawn = { $reference } withdrawn ({ $on })

## Reminder
mail-reminder-subject = Reminder: comments on { $round } are due by { $deadline }
mail-reminder-intro = Your delegation has not yet sent comments in the round “{ $round }”. Time remaining: { $remaining }.
mail-reminder-ignore = If your delegation has nothing to add, you can ignore this message.

## Chair's actions
mail-extension-subject = Deadline extended: { $round }
mail-extension-intro = The Chair has extended the deadline of the round “{ $round }” from { $old } to { $new }.
mail-extension-one-subject = Deadline extended for { $delegation }: { $round }
mail-extension-one-intro = The Chair has extended the deadline of the round “{ $round }” for your delegation only, from { $old } to { $new }. Comments sent after the general deadline are marked as late.
mail-early-close-subject = Round closed early: { $round }
mail-early-close-intro = The Chair has closed the round “{ $round }” early, at { $closed }. Comments are no longer accepted.
mail-early-close-extension-ended = This also ends the extension your delegation had been granted until { $deadline }: your delegation can no longer add or change comments either.
mail-reopen-subject = Round reopened: { $round }
mail-reopen-intro = The Chair has reopened the round “{ $round }”. Comments can be sent again until the new deadline below.
mail-cancel-subject = Round cancelled: { $round }
mail-cancel-intro = The Chair has cancelled the round “{ $round }”. Comments are no longer accepted.
mail-reason = Reason given by the Chair: { $reason }
mail-calendar-updated = The attached calendar file (deadline.ics) updates the deadline in your calendar.
mail-calendar-cancelled = The attached calendar file (deadline.ics) cancels the deadline in your calendar.

## Closing confirmation
mail-closing-subject = Round closed: what { $delegation } submitted on { $round }
mail-closing-intro = The round “{ $round }” closed at { $deadline }. This is what your delegation submitted, as recorded at the deadline:
mail-closing-none = No comments were received from your delegation.
mail-closing-item = { $reference } — { $on } — { $kind }: { $text }
mail-closing-whole-draft = whole draft
mail-closing-recommendation = recommendation { $label }

## Outcome
mail-outcome-subject = Outcome published: { $round }
mail-outcome-intro = The Chair has published the outcome of the round “{ $round }”, with the compilation of the comments received.
mail-open-outcome = Read the outcome

## Test message
mail-test-subject = Test e-mail from redraft
mail-test-body = This is a test message sent from the mail log of the round “{ $round }” at { $time }. If you can read it, e-mail from redraft reaches you.

## The Chair's mail log
mail-log-title = E-mail: { $round }
mail-log-link = E-mail log of this round
mail-log-intro = Every message of this round, oldest first. Messages are sent by a background worker; failed attempts are retried with growing pauses.
mail-log-empty = No e-mail has been sent for this round yet.
mail-log-col-kind = Kind
mail-log-col-recipient = Recipient
mail-log-col-subject = Subject
mail-log-col-status = Status
mail-log-col-attempts = Attempts
mail-log-col-error = Last error
mail-log-col-sent = Sent at
mail-log-resent = re-sent after a crash, with the same Message-ID
mail-log-test-heading = Send a test e-mail
mail-log-test-hint = A test message goes to your own address ({ $email }) through the same outbox and transport as every other message.
mail-log-test-button = Send test e-mail
mail-log-test-queued = A test e-mail to { $email } is in the outbox; it appears below.
mail-status-pending = waiting
mail-status-sending = being sent
mail-status-sent = sent
mail-status-failed = failed
mail-status-dropped = not sent
mail-kind-invitation = invitation
mail-kind-receipt = receipt
mail-kind-digest = daily summary
mail-kind-reminder = reminder
mail-kind-extension = extension
mail-kind-early_close = early closing
mail-kind-reopen = reopening
mail-kind-cancel = cancellation
mail-kind-silence_result = result of the silence procedure
mail-kind-closing = closing confirmation
mail-kind-outcome = outcome
mail-kind-test = test
mail-kind-sign_in = sign-in link

## Reminder offsets (ids from the domain)
error-reminders-malformed = Enter each reminder as a duration before the deadline, such as P7D or PT48H, separated by commas
error-reminders-not-positive = A reminder must come before the deadline
error-reminders-too-many = At most 10 reminders per round

## Silence procedure
mail-greeting-chair = Dear Chair,
mail-silence-invitation-subject = Under silence procedure: { $round } (until { $deadline })
mail-silence-invitation-intro = The { $body } has put the text of “{ $round }” under the silence procedure. The text will be adopted at { $deadline } unless silence is broken before then.
mail-silence-invitation-how = If your Government objects, break silence by sending a written statement on the round's page before the deadline. If it does not object, nothing needs to be done.
mail-silence-reminder-subject = Reminder: the silence procedure on { $round } ends at { $deadline }
mail-silence-reminder-intro = The text of “{ $round }” will be adopted at the deadline unless silence is broken. Time remaining: { $remaining }. If your Government does not object, you can ignore this message.
mail-silence-break-subject = Received: silence broken, { $reference } on { $round }
mail-silence-break-intro = Your delegation's statement breaking silence on “{ $round }” was received. Its reference is { $reference }: quote it in any correspondence about it. It can be withdrawn until the deadline.
mail-silence-statement-subject = Received: statement { $reference } on { $round }
mail-silence-statement-intro = Your delegation's statement on “{ $round }” was received and recorded; it does not break silence, because delegations of your category cannot break silence in this procedure. Its reference is { $reference }.
mail-silence-withdrawn-subject = Withdrawn: statement { $reference } on { $round }
mail-silence-withdrawn-intro = Your delegation's statement { $reference } on “{ $round }” has been withdrawn. It stays on record as withdrawn.
mail-silence-adopted-subject = Adopted under the silence procedure: { $round }
mail-silence-adopted-intro = The silence procedure on “{ $round }” ended at { $deadline }. Silence was not broken: the text is adopted.
mail-silence-broken-subject = Silence broken: { $round }
mail-silence-broken-intro = The silence procedure on “{ $round }” ended at { $deadline }. Silence was broken by the following delegations; the text is not adopted:

mail-intake-subject = Entered for your delegation: comment { $reference } on { $round }
mail-intake-intro = The Secretariat has entered a comment on behalf of your delegation in the round “{ $round }”, from a communication it received. Its reference is { $reference }: quote it in any correspondence about it.
mail-intake-held-back = It was received after your delegation’s deadline: it is kept on record, and is taken into the consolidation only if the Chair so decides.
mail-intake-more = It is listed among your delegation’s comments. As the Secretariat entered it, it cannot be changed from the forms; your delegation may add further comments while its deadline has not passed.
