# redraft — English catalogue. Message ids are kebab-case; variables are $named.

## Layout
skip-to-content = Skip to main content
signed-in-as = Signed in as { $email }
session-idle-note = Without activity, your session ends at { $time }.
session-idle-note-venue = Without activity, your session ends at { $time } ({ $utc }).
session-warning-soon = Without activity, your session ends in less than five minutes. Stay signed in to keep working on this page: what you have typed stays where it is.
session-warning-ended = Your session has ended. A form sent now is not saved: its text is shown back to you to copy, and you sign in again.
session-extend = Stay signed in
sign-out = Sign out
footer-note = redraft — post-meeting comment rounds. Times are shown in the venue's time zone, with the UTC offset.
back-home = Go to your rounds
go-back = Go back
cancel = Cancel
back-to-round = Back to the round
# The <title> of a page that shows errors (GOV.UK pattern: "Error: " before the page's own title).
error-page-title = Error: { $title }
error-summary-title = There is a problem
error-summary-item = { $field }: { $message }

## Errors
error-not-found-title = Page not found
error-not-found-body = There is no such page, or you do not have access to it. Check the address, or go back to your rounds.
error-csrf-title = The form has expired
error-csrf-body = This form was not sent from redraft, or it has expired. Go back, reload the page and try again. Nothing was saved.
error-bad-form-title = The form could not be read
error-bad-form-body = The form could not be read. Go back, reload the page and try again. Nothing was saved.
error-not-utf8-title = The form contained text that could not be read
error-not-utf8-body = Some of what was sent is not valid text (it is not UTF-8, the encoding of this site), so nothing was saved. Go back, type or paste the text again, and send the form once more.
error-internal-title = Sorry, there is a problem with the service
error-internal-body = Something went wrong on our side and nothing was saved. Try again in a few minutes.
error-conflict-title = Your change was not saved
conflict-comment-withdrawn = This comment has been withdrawn and can no longer be changed. Nothing was saved.
conflict-comment-changed = Someone else from your delegation changed this comment after you opened it. Nothing was saved: open the comment again to see the current text.
error-demo-data = The demo data could not be loaded.

## Validation (ids from the domain)
error-email-empty = Enter your e-mail address
error-email-too-long = The e-mail address must be 254 characters or fewer
error-email-malformed = Enter an e-mail address in the correct format, like name@example.org
error-comment-empty = Enter your comment
error-comment-too-long = The comment must be { $max } characters or fewer (it is { $len })
error-comment-control-character = The comment contains a character that cannot be stored (a control character). Remove it and try again
error-comment-kind = Select the kind of comment
error-comment-version = The form could not be read, so nothing was saved. Open the comment again and make your change there
error-proposed-text-empty = Enter the text you propose for this recommendation
error-proposed-text-unchanged = The proposed text is the same as the draft: change it to read as you propose, or choose another kind of comment
error-recommendation-unknown = This recommendation is not part of the draft under comment
error-delegation-name-empty = Enter the name of the delegation
error-delegation-name-too-long = The name of the delegation must be 200 characters or fewer
error-delegation-name-control-character = The name of the delegation contains a character that cannot be stored
error-delegation-name-bidi-control = The name of the delegation contains an invisible character that changes the direction of text. Remove it and try again
error-recommendation-label-empty = Enter the label of the recommendation
error-recommendation-label-too-long = The label must be 20 characters or fewer
error-recommendation-label-invalid-character = The label may contain only letters, digits, spaces and ( ) . - /

## Deadline refusals
refusal-title = The round is closed
refusal-round-closed = This round closed at { $deadline }. Your comment was not saved.
refusal-round-not-open = This round opens at { $opens }. Your comment was not saved.
refusal-round-cancelled = This round has been cancelled. Your comment was not saved.
kept-text-heading = What you wrote
kept-text-hint = Copy your text if you want to keep it; it has not been stored.
session-ended-title = You have been signed out
session-ended-body = Your session ended before your comment was sent, so it was not saved. Copy your text below, sign in again and paste it into the form.
sign-in-again = Sign in again

## Sign-in
sign-in-title = Sign in
sign-in-intro = Enter the e-mail address your delegation or the Secretariat registered. We will send you a link to sign in.
sign-in-email-label = E-mail address
sign-in-email-hint = For example, name@mfa.example.org
sign-in-send-link = Send me a sign-in link
signed-out-notice = You have signed out.
check-email-title = Check your e-mail
check-email-body = If this address is registered for a delegation or the Secretariat, we have sent it a sign-in link. The link works once and for 30 minutes.
check-email-again = Ask for a new sign-in link
sign-in-link-title = Sign in to redraft
sign-in-link-body = Press the button to sign in. The link works once.
sign-in-button = Sign in
sign-in-link-invalid-title = This sign-in link no longer works
sign-in-link-invalid-body = Sign-in links work once and for 30 minutes. Ask for a new one.

## E-mail
email-sign-in-subject = Your sign-in link for redraft
email-sign-in-intro = Use this link to sign in to redraft:
email-sign-in-button = Sign in to redraft
email-sign-in-validity = The link works once, until { $until }.
email-sign-in-ignore = If you did not ask to sign in, you can ignore this message.

## Rounds
home-title = Your rounds
home-no-rounds = There are no rounds for you yet.
round-state = Status
round-state-scheduled = Not yet open
round-state-open = Open for comments
round-state-closed = Closed
round-state-open-delegation = Open for your delegation until { $deadline }
round-state-open-extensions = Open only for individual extensions, until { $deadline }
round-last-window = Last window closes
round-state-cancelled = Cancelled
round-deadline = Deadline
round-deadline-inline = Deadline: { $deadline }
round-remaining = Time remaining
round-remaining-inline = Time remaining: { $remaining }
round-opens = Opens
round-delegation = You comment for { $delegation }
round-not-writable = Comments can be added or changed only while the round is open.
window-closed-no-changes = Your delegation's window closed at { $deadline }: this comment can no longer be changed or withdrawn.
individual-extension = The Chair has extended the deadline for your delegation to { $deadline }.
illustrative-banner = Illustrative draft: these recommendations were written for this demonstration. The real draft of the meeting was not published.
instructions-heading = Instructions
agenda-item = Agenda item { $number }
recommendation = Recommendation
general-heading = Comments on the draft as a whole
general-short = Whole draft
our-comments-link = All comments of our delegation (printable)
notice-saved = Your comment was saved. Reference: { $reference }
notice-withdrawn = Comment { $reference } was withdrawn. It stays recorded as withdrawn.

## Comments
own-comments-heading = Your delegation's comments
others-comments-heading = Comments of other delegations
comment-on = Comment on recommendation
comment-on-draft = Comment on the draft as a whole
comment-kind-legend = Kind of comment
comment-kind-remark = General remark
comment-kind-amendment = Proposed amendment
comment-kind-deletion = Proposal to delete
comment-kind-support = Support
comment-text-label = Comment
comment-text-hint = Up to 20,000 characters. Required for a general remark; optional for the other kinds.
comment-proposed-label = Proposed text (for an amendment)
comment-proposed-hint = Required for a proposed amendment: the whole paragraph as you propose it should read. It starts as drafted: change what you propose to change. Up to 20,000 characters.
comment-proposed-shown = Proposed text:
comment-withdrawn = Withdrawn
comment-late = Late (individual extension)
comment-submitted = Submitted { $time }
comment-last-changed = Last changed { $time }
save-comment = Save comment
save-changes = Save changes
edit-link = Edit
withdraw-link = Withdraw
edit-title = Edit comment { $reference }
withdraw-title = Withdraw comment { $reference }
withdraw-explanation = A withdrawn comment is no longer part of your delegation's submission. It stays recorded, marked as withdrawn.
withdraw-confirm = Withdraw this comment
our-comments-title = Comments of { $delegation }
our-comments-none = Your delegation has not submitted any comments in this round.
printed-at = As of { $time }
col-reference = Reference
col-on = On
col-kind = Kind
col-text = Text
col-last-change = Last change

## Chair
chair-round-title = All comments: { $round }
chair-counts-invited = Delegations invited: { $count }
chair-counts-responded = Responded: { $count }
chair-counts-comments = Comments: { $count }
chair-no-comments = No comments.

## Other domain ids
error-deadline-cancelled = This round has been cancelled.
error-deadline-closed = This round is closed.
error-deadline-not-yet-open = This round is not yet open.
error-venue-zone-ambiguous = This time occurs twice in the venue's time zone (the clocks go back). Choose another time.
error-venue-zone-gap = This time does not exist in the venue's time zone (the clocks go forward). Choose another time.
error-venue-zone-out-of-range = This date is out of range.
error-venue-zone-unknown = Choose a time zone from the list

## Silence procedure (a delegation's pages)
silence-explanation = The text below is under the silence procedure. It will be adopted at { $deadline } unless a delegation breaks silence with a written statement before then. If your Government does not object, nothing needs to be done.
silence-cannot-break = In this procedure, delegations of your category cannot break silence: a statement you send is recorded and shown to the Chair, but it does not break silence.
silence-own-statements = Your delegation's statements
silence-sent-at = Sent { $time }
silence-withdrawn-at = Withdrawn { $time }
silence-statement-breaks = Breaks silence
silence-statement-recorded = Recorded; does not break silence
silence-amendment-to = Proposed text for recommendation
silence-withdraw-link = Withdraw this statement
silence-form-heading = Break silence
silence-form-heading-statement = Send a statement
silence-statement-label = Statement of your Government
silence-statement-hint = Required. Up to 20,000 characters. State the objection and its reasons.
silence-amendments-legend = Proposed amendments (optional)
silence-amendments-hint = If your Government proposes other wording, enter the whole paragraph as proposed under the recommendation concerned. Leave the others empty.
silence-amendment-label = Proposed text for recommendation
silence-continue = Continue
silence-not-writable = Statements can be sent or withdrawn only while the procedure is open.
silence-confirm-title = Confirm your Government's statement
silence-official-act = Sending this statement is an official act of the Government of { $delegation }: it is recorded with its time and reference number, and attributed to your delegation.
silence-confirm-breaks = It breaks silence: unless it is withdrawn before { $deadline }, the text will not be adopted under this procedure.
silence-confirm-button = Break silence
silence-confirm-statement-button = Send the statement
silence-change-button = Go back and change it
silence-notice-broken = Your delegation has broken silence. Reference: { $reference }
silence-notice-recorded = Your delegation's statement was recorded; it does not break silence. Reference: { $reference }
silence-notice-withdrawn = Your delegation's statement { $reference } was withdrawn. It stays on record as withdrawn.
silence-withdraw-title = Withdraw your delegation's statement
silence-withdraw-explanation = Withdrawing the statement means your delegation no longer breaks silence. The statement stays on record, marked withdrawn. You can send a new one until the deadline.
silence-withdraw-confirm = Withdraw the statement
silence-nothing-to-withdraw = Your delegation has no statement standing in this procedure.
silence-result-heading = Result of the silence procedure
silence-result-adopted = Silence was not broken: the text is adopted.
silence-result-broken = Silence was broken by the following delegations; the text is not adopted:
error-statement-empty = Enter your Government's statement
error-amendment-repeated = Propose one text per recommendation
conflict-not-silence = This round is not under the silence procedure. Nothing was saved.
conflict-silence-standing = Your delegation already has a statement standing in this procedure; withdraw it first to send another. Nothing was saved.
refusal-silence-closed = This silence procedure ended at { $deadline }. Your statement was not saved.
refusal-silence-not-open = This silence procedure begins at { $opens }. Your statement was not saved.
refusal-silence-cancelled = This silence procedure has been cancelled. Your statement was not saved.
paragraph-as-drafted = The paragraph as drafted, which an amendment replaces:

# Comments entered by the Secretariat on a delegation's behalf
comment-intake = Entered by the Secretariat on behalf of { $delegation }, received by { $source ->
        [email] e-mail
        [note_verbale] note verbale
       *[letter] letter
    } of { $date }.
comment-intake-reference = Entered by the Secretariat on behalf of { $delegation }, received by { $source ->
        [email] e-mail
        [note_verbale] note verbale
       *[letter] letter
    } of { $date } (ref. { $reference }).
comment-received-late = Received after the deadline
comment-held-back = Received after the deadline: not in the consolidation unless the Chair includes it
comment-included = Received after the deadline: included in the consolidation by the Chair
conflict-comment-entered-by-secretariat = The Secretariat entered this comment on behalf of your delegation: it cannot be changed or withdrawn here. You can add a further comment. Nothing was saved.
conflict-comment-not-held-back = This comment is already part of the consolidation. Nothing was saved.
error-intake-delegation = Select a delegation taking part in the round
error-intake-source = Select how the comment was received
error-intake-received-invalid = Give the time received as an RFC 3339 instant, like 2020-10-02T14:30:00Z
error-intake-received-future = The date and time received cannot be later than now
error-intake-not-open = The round is not open yet: comments can be entered once it opens. Nothing was saved.
error-intake-outcome-published = The outcome is published: reopen the round first. Nothing was saved.
error-intake-silence = A silence procedure takes statements breaking silence, not comments. Nothing was saved.
error-source-reference-too-long = The reference must be { $max } characters or fewer
error-source-reference-invalid = The reference contains an invisible control or formatting character; remove it and try again

# Attachments
error-attachment-empty = The file is empty
error-attachment-too-large = The file is larger than 20 MB. Nothing was stored.
error-attachment-pdf-only = Attach the delegation’s letter as a PDF file. Nothing was stored.
error-attachment-pdf-or-docx = Attach the original as a PDF or Word (DOCX) file. Nothing was stored.
conflict-attachment-delegation-comment = The Secretariat attaches files only to comments it entered on a delegation’s behalf; a delegation attaches its own. Nothing was stored.
