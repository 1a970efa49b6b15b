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
