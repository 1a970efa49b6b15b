# redraft — English catalogue: the Chair's and Secretariat's pages.

## Navigation
nav-label = Pages of this round
nav-overview = Overview and schedule
nav-responses = Responses
nav-comments = Comments
nav-draft = Draft
nav-delegations = Delegations
nav-settings = Settings
nav-audit = Audit log
new-round-link = Set up a new round
venue-now = Now at the venue: { $time }
yes = Yes
no = No
add = Add
remove = Remove
rename = Rename
filter = Filter

## Categories of delegations
category-party = Party
category-observer_state = Observer State
category-other_observer = Other observer
category-igo = Intergovernmental organization
category-other = Other

## Round settings
new-round-title = Set up a new round
settings-title = Settings of the round
field-body = Body
field-body-hint = For example, Working Group on Trafficking in Persons
field-meeting = Meeting
field-meeting-hint = For example, Tenth meeting
field-round-title = Title of the round
field-round-title-hint = For example, Post-meeting comments on the draft recommendations
field-reference-prefix = Reference prefix of receipts
field-reference-prefix-hint = Receipts are numbered after it, e.g. WG-TIP-2020/C gives WG-TIP-2020/C/0042. Letters, digits and - / . _ only; unique to this round.
field-kind = Kind of round
kind-comment = Comment round
kind-silence = Silence procedure
field-time-zone = Time zone of the venue
field-time-zone-hint = Deadlines are entered and shown in this zone, with their UTC offset.
field-opens = Opens
field-closes = Closes (the deadline)
field-datetime-hint = Date and time on the venue's clocks, for example 2020-10-02 and 18:00.
field-date = Date
field-time = Time
field-confirm-ambiguous = Use the first of the two moments with this time (before the clocks go back)
field-visibility = Who sees the comments of other delegations
visibility-private = Nobody until the outcome is published (each delegation sees only its own)
visibility-after-close = Every delegation, once the round has closed
visibility-live = Every delegation, as the comments come in
field-instructions = Instructions to delegations
field-instructions-hint = Shown on the round page. Up to 20,000 characters.
preview-round = Check the times
preview-again = Check again
preview-heading = Check before saving
save-round = Save the round
error-field-required = Enter a value
error-field-too-long = This must be { $max } characters or fewer
error-title-control-character = This contains a character that cannot be stored (a control character). Remove it and try again
error-title-bidi-control = This contains an invisible character that changes the direction of text. Remove it and try again
error-reference-prefix = Use only letters, digits and - / . _
error-reference-prefix-taken = Another round already uses this reference prefix
error-round-title-taken = The meeting already has a round with this title
error-round-kind = Choose the kind of round
error-visibility = Choose who sees the comments of other delegations
error-local-time-invalid = Enter a date like 2020-10-02 and a time like 18:00
error-instant-invalid = Give the time as an RFC 3339 instant, like 2020-10-02T16:00:00Z
error-closes-before-opens = The round must close after it opens
error-closes-in-past = The deadline must be in the future
conflict-round-already-open = The round has opened: its settings can no longer change. Use the schedule actions instead.

## Draft
draft-title = Draft: { $round }
draft-heading = Draft under comment
draft-format = Format
draft-format-csv = CSV with the columns agenda_item, agenda_title, label, text
draft-format-text = Plain text: one numbered paragraph per line ("1. …", "5 bis. …"); a line "Agenda item 2: Title" starts an agenda item
import-file = Upload a file
import-file-hint = UTF-8 (with or without BOM), up to 5 MB.
draft-paste = Or paste the draft
draft-paste-hint = A file, when given, is used instead of the pasted text.
draft-preview = Check the draft
draft-save = Save this draft
draft-locked = The round has opened: the draft can no longer change.
draft-current = Current draft
draft-empty = No draft has been loaded yet.
draft-text-label = Draft text:
conflict-draft-after-opening = The round has opened: the draft can no longer change.
col-agenda-item = Agenda item
col-label = Paragraph

## Delegations
delegations-title = Delegations: { $round }
delegations-heading = Delegations
delegations-count = { $count } delegations take part
delegations-import = Import delegations from CSV
delegations-file-hint = CSV with the columns name, category, focal_point_emails (addresses separated by ;). Categories: party, observer_state, other_observer, igo, other. UTF-8, up to 5 MB. Delegations already listed get the new focal points.
delegations-paste = Or paste the CSV
delegations-import-button = Import
import-done = Imported { $rows ->
        [one] one row
       *[other] { $rows } rows
    }: { $created ->
        [one] one new delegation
       *[other] { $created } new delegations
    }, { $focal ->
        [one] one new focal point
       *[other] { $focal } new focal points
    }.
delegations-add = Add a delegation
delegations-add-button = Add the delegation
field-delegation-name = Name of the delegation
field-category = Category
field-focal-points = Focal points
field-focal-points-hint = E-mail addresses, separated by ;
field-add-focal-point = Add a focal point (e-mail address)
field-new-name = New name
delegation-edit = Change
delegation-remove = Remove from this round
delegation-added = The delegation was added.
delegation-renamed = The delegation was renamed.
delegation-removed = The delegation was removed from this round. Its comments stay recorded.
focal-point-added = The focal point was added.
focal-point-removed = The focal point was removed. They can no longer sign in.
no-focal-point = No focal point: this delegation cannot sign in.
error-category = Choose a category
error-email-taken = This address belongs to another delegation or to staff
error-delegation-name-taken = Another delegation already has this name

## Imports (each names the row and column)
import-where-file = The file
import-where-row = Row { $row }
import-where-cell = Row { $row }, column { $column }
import-too-large = { $where } is too large ({ $bytes } bytes): files may be up to 5 MB. Nothing was imported.
import-too-many-delegations = { $where } lists { $rows } delegations: at most { $limit } can be imported at once. Split the file. Nothing was imported.
import-too-many-recommendations = { $where } has { $rows } recommendations: a draft may have at most { $limit }. Nothing was imported.
import-not-utf8 = { $where } is not UTF-8 text. Save it as "CSV UTF-8" and try again. Nothing was imported.
import-empty = { $where } has no rows to import.
import-missing-columns = { $where }: the header must name the columns { $expected }.
import-malformed = { $where }: the CSV cannot be read ({ $detail }).
import-missing-value = { $where }: this value is missing.
import-unknown-category = { $where }: unknown category "{ $value }" (use one of { $expected }).
import-malformed-email = { $where }: "{ $value }" is not an e-mail address.
import-invalid-label = { $where }: this paragraph label is not valid (letters, digits, spaces and ( ) . - / only; up to 20 characters).
import-invalid-name = { $where }: this name is not valid (up to 200 characters, no control characters and no invisible characters that change the direction of text).
import-invalid-text = { $where }: this text is not valid (up to 20,000 characters, no control characters).
import-invalid-title = { $where }: this title is not valid (up to 300 characters, no control characters and no invisible characters that change the direction of text).
import-duplicate-label = { $where }: the label "{ $label }" is already used on row { $first_row }.
import-duplicate-delegation = { $where }: "{ $name }" is already listed on row { $first_row }.
import-duplicate-email = { $where }: { $email } is already a focal point on row { $first_row }.
import-email-taken = { $where }: { $email } already belongs to another delegation or to staff.
import-agenda-title-mismatch = { $where }: agenda item { $agenda_item } is titled "{ $title }" on row { $first_row }; give all its rows the same title.
import-unnumbered-line = { $where }: this line does not start with a paragraph number ("1.", "5 bis.") or "Agenda item".
error-too-large-title = The file is too large
error-too-large-body = Files may be up to 5 MB. Nothing was stored.

## Schedule
history-heading = Changes to the schedule
history-none = The schedule has not changed since the round was set up.
history-from = From { $old }
history-to = to { $new }.
actions-heading = Change the schedule
actions-none-cancelled = The round has been cancelled.
actions-none-silence-ended = The silence procedure has ended: its result was decided at the deadline and is final. To continue, start a new round from this one.
action-extend = Extend the deadline for everyone
action-extend-delegation = Extend the deadline for one delegation
action-close = Close the round now
action-reopen = Reopen the round
action-cancel = Cancel the round
field-delegation = Delegation
field-new-deadline = New deadline
field-new-deadline-hint = On the venue's clocks. It must be later than the current deadline and in the future.
field-reason = Reason
field-reason-hint = Shown to delegations and kept in the audit log. Up to 2,000 characters.
event-extended = Deadline extended
event-extended_for_delegation = Deadline extended for one delegation
event-closed_early = Round closed early
event-reopened = Round reopened
event-cancelled = Round cancelled
error-schedule-reason-required = Give a reason for this change
error-schedule-reason-too-long = The reason must be 2,000 characters or fewer
error-schedule-in-the-past = The new deadline must be in the future
error-schedule-not-later = The new deadline must be later than the current one
error-schedule-already-closed = The round's deadline has passed: reopen it instead
error-schedule-not-closed = Only a round whose deadline has passed can be reopened
error-schedule-not-open = Only a round with a window still open can be closed early
error-schedule-cancelled = The round has been cancelled; its schedule can no longer change
error-schedule-outcome-published = The outcome of this round is published, so no delegation's window opens again by an individual extension. To let delegations write again, reopen the round (consolidation then waits for its new deadline).
error-schedule-silence-ended = The silence procedure has ended: its result was decided at the deadline and is final, so its schedule can no longer change. To continue, start a new round from this one (a comment round, or a new silence procedure on a revised text).
error-schedule-silence-runs-its-period = A silence procedure runs until its deadline: every delegation has until then to break silence, so it cannot be closed early. You can extend it for everyone, or cancel it.
error-delegation-required = Choose a delegation
close-confirm-title = Close the round now?
close-confirm-heading = Close the round now?
close-confirm-every-window = Closing now ends every delegation's window at the same instant ({ $time }): no comment can be added, changed or withdrawn after it.
close-confirm-no-extensions = No individual extension is running.
close-confirm-extensions-heading = Individual extensions this ends
close-confirm-extension-until = could write until { $deadline }
close-confirm-extensions-told = Each of these delegations is told by e-mail that its extension has ended. To let one of them go on writing, extend its deadline again after closing.
close-confirm-button = Close the round now
close-confirm-back = Go back without closing
individual-deadline-open = Can still write until { $deadline } (individual extension)
individual-deadline-closed = Individual extension ended { $deadline }

## Responses
responses-title = Responses: { $round }
responses-heading = Responses
responses-not-yet = Not yet responded: { $count }
responses-show-all = Show all delegations
responses-show-not-responded = Show only delegations that have not responded
col-delegation = Delegation
col-category = Category
col-comments = Comments
col-last-activity = Last activity
col-responded = Responded

## Comments and audit
comments-csv = Download all comments (CSV)
comments-view = View:
comments-by-recommendation = by recommendation
comments-by-delegation = by delegation
audit-title = Audit log: { $round }
audit-heading = Audit log
audit-filter-action = Action
audit-all-actions = All actions
audit-csv = Download this log (CSV)
col-time = Time (UTC)
col-actor = By
col-action = Action
col-object = Object
col-change = Change
history-new-deadline = New deadline: { $deadline }
error-role-staff = The role must be chair or secretariat
audit-all-delegations = All delegations and the Chair
nav-consolidation = Consolidation and outcome
nav-mail = E-mail log

## Silence procedure (settings)
field-silence-breakers = Who can break silence (silence procedure only)
field-silence-breakers-hint = A statement from a delegation of a ticked category breaks silence; the others' statements are recorded but do not break it.
error-silence-breakers = Tick at least one category of delegations that can break silence
error-silence-too-short = A silence procedure must last at least { $unit ->
    [hours] { $count } hours
   *[minutes] { $count } minutes
  } from its opening to its deadline
chair-silence-heading = Silence procedure
chair-silence-breakers = Statements from these categories break silence: { $categories }.
chair-silence-undecided = The server decides the result once the deadline has passed.
chair-silence-no-statements = No statement has been received.
chair-silence-breaks = breaks silence (received { $sent })
chair-silence-recorded = recorded, does not break silence (received { $sent })
chair-silence-withdrawn = withdrawn { $withdrawn } (received { $sent })
responses-individual-heading = Individual deadlines
responses-unreachable-count = No focal point who can sign in: { $count }
responses-chart-heading = Responses over time
responses-chart-title = Delegations that have responded, by category
responses-chart-description = Delegations that had responded by the end of each day (venue time), cumulative, from { $first } to { $last }: { $total } of { $delegations } in all.
responses-chart-legend = { $category }: { $count } of { $delegations }
responses-chart-total = All delegations
responses-chart-table = The figures as a table
responses-chart-col-day = Day (venue time)
responses-delegations-heading = Delegations that can respond
responses-unreachable-heading = Delegations with no focal point who can sign in
responses-unreachable-hint = They can neither respond nor receive the round's e-mails until a focal point is added to them:
col-event = What happened
audit-record = The record as stored
audit-who-server = The server
audit-event-comment_submitted = { $who } submitted comment { $reference } on { $on ->
        [draft] the draft as a whole
       *[recommendation] recommendation { $label }
    }{ $late ->
        [yes] , late (under an individual extension)
       *[no] {""}
    }.
audit-event-comment_edited = { $who } edited comment { $reference } on { $on ->
        [draft] the draft as a whole
       *[recommendation] recommendation { $label }
    } (version { $version }){ $late ->
        [yes] , late (under an individual extension)
       *[no] {""}
    }.
audit-event-comment_withdrawn = { $who } withdrew comment { $reference } on { $on ->
        [draft] the draft as a whole
       *[recommendation] recommendation { $label }
    }{ $late ->
        [yes] , late (under an individual extension)
       *[no] {""}
    }.
audit-event-round_created = { $who } created the round.
audit-event-round_updated = { $who } changed the round's settings.
audit-event-draft_loaded = { $who } loaded the draft (recommendations: { $count }).
audit-event-delegations_imported = { $who } imported the list of delegations (rows: { $count }).
audit-event-delegation_renamed = { $who } renamed the delegation { $old } to { $new }.
audit-event-delegation_removed = { $who } removed { $delegation } from the round.
audit-event-focal_point_added = { $who } added { $email } as a focal point of { $delegation }.
audit-event-focal_point_removed = { $who } removed { $email } as a focal point of { $delegation }.
audit-event-extended = { $who } extended the deadline to { $deadline }. Reason: { $reason }
audit-event-extended_for_delegation = { $who } extended the deadline of { $delegation } to { $deadline }. Reason: { $reason }
audit-event-reopened = { $who } reopened the round until { $deadline }. Reason: { $reason }
audit-event-closed_early = { $who } closed the round early. Reason: { $reason }
audit-event-cancelled = { $who } cancelled the round. Reason: { $reason }
audit-event-round_opened = The round opened (invitations sent: { $count }).
audit-event-reminders_enqueued = Reminders were queued (e-mails: { $count }).
audit-event-disposition_saved = { $who } decided on recommendation { $label }: { $decision ->
        [retained] retained as drafted
        [amended] amended
        [merged] merged into another recommendation
        [deleted] deleted
       *[bracketed] bracketed (no agreement)
    } (version { $version }).
audit-event-recommendation_added = { $who } added recommendation { $label }.
audit-event-outcome_published = { $who } published version { $version } of the outcome.
audit-event-silence_break = { $who } { $breaks ->
        [yes] broke silence
       *[no] sent a statement that does not break silence
    } (statement { $reference }).
audit-event-silence_break_withdrawn = { $who } withdrew statement { $reference }.
audit-event-silence_decided = The silence procedure ended: { $result ->
        [adopted] the text was adopted
       *[broken] silence was broken
    }.
audit-event-test_mail_requested = { $who } sent a test e-mail to { $email }.
audit-event-demo_loaded = The demonstration round was loaded.
audit-event-other = { $who }: { $action }
audit-action-comment_submitted = Comment submitted
audit-action-comment_edited = Comment edited
audit-action-comment_withdrawn = Comment withdrawn
audit-action-round_created = Round created
audit-action-round_updated = Settings changed
audit-action-draft_loaded = Draft loaded
audit-action-delegations_imported = Delegations imported
audit-action-delegation_renamed = Delegation renamed
audit-action-delegation_removed = Delegation removed
audit-action-focal_point_added = Focal point added
audit-action-focal_point_removed = Focal point removed
audit-action-extended = Deadline extended
audit-action-extended_for_delegation = Deadline extended for one delegation
audit-action-reopened = Round reopened
audit-action-closed_early = Round closed early
audit-action-cancelled = Round cancelled
audit-action-round_opened = Round opened
audit-action-reminders_enqueued = Reminders queued
audit-action-disposition_saved = Decision recorded
audit-action-recommendation_added = Recommendation added
audit-action-outcome_published = Outcome published
audit-action-silence_break = Silence procedure statement sent
audit-action-silence_break_withdrawn = Silence procedure statement withdrawn
audit-action-silence_decided = Silence procedure decided
audit-action-test_mail_requested = Test e-mail sent
audit-action-demo_loaded = Demonstration loaded

# Comments received outside the forms
intake-link = Enter a comment received from a delegation
intake-title = Enter a comment received from a delegation
intake-lead = For a comment that reached the Secretariat outside the forms, by e-mail, note verbale or letter. It is marked as entered by the Secretariat on the delegation’s behalf, receives a reference number, and its receipt is sent to the delegation’s focal points. A comment received after the delegation’s deadline is recorded and marked late, and is left out of the consolidation until the Chair includes it.
intake-delegation = Delegation
intake-delegation-choose = Select a delegation
intake-recommendation = Commenting on
intake-general = The draft as a whole
intake-source = Received by
intake-source-email = E-mail
intake-source-note_verbale = Note verbale
intake-source-letter = Letter
intake-received = Date and time received
intake-received-hint = On the venue’s clocks ({ $city }). It decides whether the comment was received in time.
intake-reference = Sender’s reference (optional)
intake-reference-hint = For example the number of the note verbale. Up to 200 characters.
intake-submit = Enter the comment
intake-saved = Comment { $reference } was entered on behalf of { $delegation }; its receipt is being sent to the delegation’s focal points.
intake-saved-held-back = Comment { $reference } was entered on behalf of { $delegation }. It was received after the delegation’s deadline: it is left out of the consolidation until the Chair includes it.
include-link = Include in the consolidation
include-title = Include a comment received after the deadline
include-lead = This comment was received after the delegation’s deadline and is left out of the consolidation. Including it is the Chair’s decision: give the reason, which is kept in the audit log.
include-reason-hint = Kept in the audit log. Up to 2,000 characters.
include-submit = Include in the consolidation
include-not-held-back = This comment is part of the consolidation.
include-back = Back to the comments
audit-event-comment_entered_on_behalf = { $who } entered comment { $reference } on behalf of { $delegation } on { $on ->
        [draft] the draft as a whole
       *[recommendation] recommendation { $label }
    }{ $late ->
        [yes] , received after the deadline (held back until included)
       *[no] {""}
    }.
audit-event-late_comment_included = { $who } included comment { $reference } of { $delegation }, received after the deadline, in the consolidation. Reason: { $reason }
audit-event-attachment_added = { $who } attached the file { $file } to a comment of { $delegation }.
audit-action-comment_entered_on_behalf = Comment entered on a delegation's behalf
audit-action-late_comment_included = Late comment included
audit-action-attachment_added = File attached
