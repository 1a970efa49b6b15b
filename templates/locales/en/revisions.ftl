# redraft — English catalogue of revised drafts (Rev.1, Rev.2…), the document's history and
# document symbols.

## Setting up a revised draft (Chair)
field-document-symbol = Document symbol
field-document-symbol-hint = Shown in the masthead of the outcome, for example CTOC/COP/WG.4/2020/L.1. Letters, digits and / . - _ ( ) only, up to 100 characters; may be left empty. A revised draft left empty takes the symbol of the round it is based on, with /Rev.1, /Rev.2 and so on.
revision-heading = A revised draft
revision-notice = The draft of this round will be { $version } of the document: the consolidated text of the published outcome of “{ $round }” (retained, amended and bracketed recommendations, and those added during consolidation; deleted and merged ones left out). The delegations of that round are invited too. You can still change the draft and the delegations before the round opens.
revision-start = Start a revised draft round
revision-start-hint = The outcome is published: a further round can run on its consolidated text as the next version of the document.
revision-draft-note = This draft is { $version } of the document, made from the published outcome of “{ $round }”. Each recommendation keeps its link to its previous version when you load a new draft, as long as its label stays the same.
error-based-on-unknown = There is no such round to base a revised draft on.
error-based-on-not-closed = A revised draft is made from a closed round, and that round is not closed.
error-based-on-unpublished = A revised draft is made from a published outcome: publish the outcome of that round first.
error-based-on-other-meeting = A revised draft belongs to the body and meeting of the round it is based on: { $body }, { $meeting }.
error-document-symbol-too-long = The document symbol must be 100 characters or fewer.
error-document-symbol-invalid = A document symbol has letters, digits and / . - _ ( ) only, and starts with a letter or digit, like CTOC/COP/WG.4/2020/L.1.

## A delegation's view of a revised draft
revision-round-note = This draft is { $version } of the document, revised from the outcome of “{ $round }”.
revision-history-link = History of the document
revision-view-label = Show the text
revision-view-clean = Clean text
revision-view-changes = Changes since the previous version
revision-changed = Changed since the previous version.
revision-unchanged = Unchanged since the previous version.
revision-new = New in this version.
revision-previous-comments-link = Comments on the previous version of recommendation { $label }
revision-changes-legend = Insertions are underlined; deletions are struck through.

## Comments on the previous version of a recommendation
previous-title = Recommendation { $label }: the previous version and its comments
previous-version-heading = Recommendation { $label } in “{ $round }”
previous-own-heading = Your delegation's comments
previous-own-none = Your delegation made no comment on it.
previous-others-heading = Other delegations' comments
previous-others-none = No other delegation's comments on it.
previous-others-not-shared = Other delegations' comments on the previous version are not shared with you.
previous-back = Back to the round

## The document's history
history-title = History of the document
history-intro = Every version of the document, with its round, its dates, its outcome and what was decided on each recommendation.
history-original = Original draft
history-version-heading = { $version }: { $round }
history-dates = Comments from { $opens } until { $closes }
history-symbol = Symbol: { $symbol }
history-outcome-none = No outcome published yet.
history-outcome-line = Outcome version { $version }, published { $time }
history-decisions-heading = Decisions on each recommendation
history-col-version = { $version }
history-not-in-version = Not in this version
history-under-comment = Under comment, no decision yet
history-dates-silence = Under silence from { $opens } until { $closes }
history-under-silence = Under the silence procedure, no result yet
history-silence-adopted = Adopted under the silence procedure
history-silence-broken = Not adopted: silence was broken
history-label = Recommendation { $label }
history-added = Added during consolidation.

## The masthead of the outcome document
outcome-masthead-distribution = Distr.: General
outcome-masthead-original = Original: English
outcome-masthead-date = { $day } { $month } { $year }
