# redraft — English catalogue of consolidation and the outcome document.

## Outcome document
outcome-heading = Outcome of the post-meeting comment process on the draft recommendations
outcome-issued = Version { $version }, issued { $time }
outcome-preview = Preview, not published (made { $time })
outcome-illustrative = Illustrative: the draft recommendations in this document were written for a demonstration. The real draft of the meeting was not published.
outcome-view-changes = Show changes against the draft
outcome-view-clean = Show the clean text
outcome-introduction = I. Introduction
outcome-intro-mandate = At its { $meeting }, held in { $venue } on { $dates }, the { $body } agreed that delegations could submit comments on its draft recommendations in a time-bound, post-meeting process. The present document contains the recommendations as consolidated by the Chair, with the assistance of the Secretariat, on the basis of the comments received, for the consideration of the Conference of the Parties.
outcome-intro-dates = Comments could be submitted from { $opens } until { $closes }.
outcome-intro-participation = { $invited ->
    [one] One delegation was invited to comment
   *[other] { $invited } delegations were invited to comment
    }; { $responded ->
    [0] none submitted comments
    [one] one submitted comments
   *[other] { $responded } submitted comments
    } ({ $comments ->
    [one] one comment in all
   *[other] { $comments } comments in all
    }). The comments are compiled in annex I and the delegations that submitted them are listed in annex II.
outcome-intro-consolidation = { $decided } of the { $total } recommendations have been decided. Changes against the draft are shown as insertions (underlined) and deletions (struck through); text on which there was no agreement remains in square brackets.
outcome-recommendations = II. Consolidated recommendations
outcome-note = Note:
outcome-status-added = New recommendation proposed by delegations.
outcome-status-undecided = Not yet decided.
outcome-status-amended = Amended.
outcome-status-bracketed = No agreement: the text in square brackets remains under discussion.
outcome-status-deleted = Deleted.
outcome-status-merged = Merged into recommendation { $label }.
outcome-annex-1 = Annex I
outcome-compilation-title = Compilation of comments received from delegations — Note by the Secretariat
outcome-compilation-note = The comments are reproduced as received, without formal editing, and are attributed to the delegations that submitted them. Under each recommendation they follow the order of the list of participants: States parties (States, then regional economic integration organizations), observer States, other observers, intergovernmental organizations and others, in alphabetical order within each group. The compilation is issued without prejudice to the positions of delegations.
outcome-no-comments = No comments were received.
outcome-annex-2 = Annex II — Delegations that submitted comments
outcome-no-respondents = No delegation submitted comments.
outcome-group-party = States parties
outcome-group-observer-state = Observer States
outcome-group-other-observer = Other observers
outcome-group-igo = Intergovernmental organizations
outcome-group-other = Others
outcome-change-author = Chair
outcome-page-title = Outcome: { $round }
outcome-page-intro = Each version stays available. The latest version is the first one listed.
outcome-versions-heading = Published versions
outcome-none-published = No outcome has been published yet.
outcome-version-line = Version { $version }, published { $time } by { $name }
outcome-format-html = Document (HTML, print-ready)
outcome-format-docx = Document (Word, with tracked changes)
outcome-format-csv = Recommendations and decisions (CSV)
outcome-format-comments-csv = All comments (CSV)
outcome-format-json = Everything (JSON)
outcome-refused-undecided = The outcome was not published: { $count ->
    [one] one recommendation is
   *[other] { $count } recommendations are
    } not yet decided.

## Consolidation (Chair and Secretariat)
consolidation-title = Consolidation: { $round }
consolidation-progress = { $decided } of { $total } recommendations decided
consolidation-col-decision = Decision
consolidation-col-comments = Comments
consolidation-added-tag = Added
consolidation-undecided = Not decided
consolidation-general-link = Comments on the draft as a whole ({ $count })
consolidation-general-title = Comments on the draft as a whole
consolidation-add-heading = Add a recommendation proposed by delegations
consolidation-add-intro = A new recommendation is placed after the one you choose and labelled bis, ter, quater… after it. Decide on it like any other.
consolidation-add-after = Place it after recommendation
consolidation-add-label = Label
consolidation-add-label-hint = Leave empty for the next free label (for example 5 bis). Up to 20 characters: letters, digits, spaces and ( ) . - /
consolidation-add-text = Proposed text
consolidation-add-button = Add the recommendation
consolidation-text-hint = Up to 20,000 characters.
consolidation-outcome-heading = Outcome document
consolidation-preview-intro = Preview the outcome as it stands (undecided recommendations are shown as drafted and marked):
consolidation-publish-hint = Publishing gives the outcome a version number, records it in the audit trail and makes it available to the delegations. A corrected outcome can be published again as a new version; earlier versions stay available.
consolidation-publish-button = Publish the outcome as version { $version }
consolidation-publish-undecided = { $count ->
    [one] One recommendation is
   *[other] { $count } recommendations are
    } not yet decided: the outcome can be published once every recommendation is decided.
consolidation-notice-added = Recommendation { $label } was added.
consolidation-notice-published = Version { $version } of the outcome was published.
consolidation-notice-saved = The decision was saved (version { $version }).
consolidation-saved = Saved
consolidation-saved-by = by { $name }, { $time } (version { $version })
consolidation-draft-text = Draft text
consolidation-proposed-text = Text as proposed
consolidation-current = Current decision
consolidation-amendments = Proposed amendments ({ $count })
consolidation-deletions = Proposals to delete ({ $count })
consolidation-remarks = General remarks ({ $count })
consolidation-support = Support ({ $count })
consolidation-changes-against-draft = Proposed text, with its changes against the draft:
consolidation-start-from = Start the consolidated text from the proposal of { $delegation }
consolidation-decide = Decision
consolidation-decision-legend = What becomes of this recommendation?
disposition-decision-retained = Retained as drafted
disposition-decision-amended = Amended
disposition-decision-merged = Merged into another recommendation
disposition-decision-deleted = Deleted
disposition-decision-bracketed = Bracketed (no agreement)
consolidation-text-label = Consolidated text (for amended or bracketed)
consolidation-merged-label = Merged into (for merged)
consolidation-merged-none = Choose a recommendation
consolidation-note-label = Note (optional)
consolidation-note-hint = Shown under the recommendation in the outcome. Up to 20,000 characters.
consolidation-save = Save the decision
consolidation-frozen-form = Decisions can be recorded only while the round is closed.
consolidation-pager = Recommendations
consolidation-previous = Previous recommendation
consolidation-next = Next recommendation
consolidation-overview-link = All recommendations
consolidation-conflict-title = Someone else saved this recommendation meanwhile
consolidation-conflict-body = Your decision was not saved, so that theirs is not silently overwritten. Compare both versions.
consolidation-conflict-theirs = Their version (saved)
consolidation-conflict-yours = Your version (not saved)
consolidation-conflict-yours-hint = What you typed is kept in the form below. Saving it now replaces their version; to keep theirs, open the recommendation again.
consolidation-frozen-open = Consolidation is frozen: the round is open for comments until { $deadline }. Decisions can be recorded and the outcome published once it has closed.
consolidation-frozen-open-extended = Consolidation is frozen: the round is open for comments until { $deadline }, and under individual extensions { $windows }. Decisions can be recorded and the outcome published once the last window has closed.
consolidation-frozen-extensions = Consolidation is frozen: { $count ->
    [one] one delegation can still comment under an individual extension
   *[other] { $count } delegations can still comment under individual extensions
  }: { $windows }. Decisions can be recorded and the outcome published once the last window has closed.
consolidation-window-until = { $delegation } until { $deadline }
consolidation-not-closed = Consolidation starts once the round has closed.
consolidation-cancelled = This round was cancelled: there is nothing to consolidate.
error-disposition-decision = Select what becomes of the recommendation
error-disposition-text-missing = Enter the consolidated text
error-disposition-brackets = Put the text on which there is no agreement in [square brackets], closing each bracket
error-disposition-merge-target = Select the recommendation this one is merged into
error-disposition-merge-itself = A recommendation cannot be merged into itself
error-disposition-version = The form could not be read. Reload the page and try again.
error-added-after = Select the recommendation the new one follows
error-added-text = Enter the text of the new recommendation
error-added-label-taken = There is already a recommendation { $label }
consolidation-link = Consolidate the comments (decisions per recommendation)
outcome-link = Outcome document

## Outcome of a silence procedure
outcome-silence-heading = Outcome of the silence procedure
outcome-silence-procedure = The { $body } put the text below under the silence procedure from { $opens } until { $deadline }: it was to be adopted at the deadline unless a delegation broke silence with a written statement.
outcome-silence-adopted = Silence was not broken by the deadline, { $deadline }: the text is adopted.
outcome-silence-broken = Silence was broken before the deadline, { $deadline }, by: { $delegations }. The text is not adopted under this procedure; the statements are reproduced in the annex.
outcome-silence-text = Text under silence
outcome-silence-annex = Annex: Statements received under the silence procedure
outcome-silence-annex-breaking = Statements breaking silence
outcome-silence-annex-recorded = Statements recorded that do not break silence
outcome-silence-no-statements = None.
outcome-silence-sent = Received { $time }
outcome-silence-amendment = Proposed text for recommendation { $label }:
outcome-refused-silence-undecided = The result of the silence procedure is not decided yet: the outcome can be published once the deadline has passed and the server has recorded the result.
publish-confirm-title = Publish version { $version } of the outcome?
publish-confirm-available = Publishing makes this version of the outcome available to the delegations at once and records it in the audit trail.
publish-confirm-mailed = It also e-mails the announcement to every focal point of the round, each in their own language: { $people ->
        [one] one person
       *[other] { $people } people
    } for { $delegations ->
        [one] one delegation
       *[other] { $delegations } delegations
    }.
publish-confirm-unreachable-heading = Delegations with no focal point who can sign in (nobody of theirs is e-mailed)
publish-confirm-final = A published version cannot be withdrawn: a correction is published as a new version, and the focal points are e-mailed again.
publish-confirm-button = Publish version { $version } and e-mail the focal points
publish-confirm-back = Go back without publishing
