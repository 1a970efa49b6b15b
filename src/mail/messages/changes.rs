//! The notices of the Chair's changes to a round's schedule: an extension (for everyone or for
//! one delegation), an early close, a reopening and a cancellation, each with the Chair's reason
//! when one was given.

use jiff::Timestamp;

use super::{Notice, RoundFacts};
use crate::i18n::Tr;

impl RoundFacts {
    /// The notice of a change the Chair made: its subject, what it says, and the Chair's reason
    /// when one was given.
    fn change(
        &self,
        tr: &Tr,
        delegation: &str,
        subject: String,
        mut paragraphs: Vec<String>,
        reason: &str,
    ) -> Notice {
        if !reason.trim().is_empty() {
            paragraphs.push(tr.t1("mail-reason", "reason", reason.trim()));
        }
        Notice {
            paragraphs,
            ..self.base(tr, subject, delegation)
        }
    }

    /// A change notice whose subject and only paragraph are the messages `subject_id` and
    /// `intro_id` about the round.
    fn change_about_round(
        &self,
        tr: &Tr,
        delegation: &str,
        (subject_id, intro_id): (&str, &str),
        reason: &str,
    ) -> Notice {
        let subject = self.t_round(tr, subject_id, &[]);
        let intro = self.t_round(tr, intro_id, &[]);
        self.change(tr, delegation, subject, vec![intro], reason)
    }
}

/// The Chair extended the deadline, for everyone (`for_one == false`) or for this delegation.
pub fn extension(
    tr: &Tr,
    round: &RoundFacts,
    delegation: &str,
    for_one: bool,
    old: Timestamp,
    new: Timestamp,
    reason: &str,
) -> Notice {
    let (subject_id, intro_id) = if for_one {
        ("mail-extension-one-subject", "mail-extension-one-intro")
    } else {
        ("mail-extension-subject", "mail-extension-intro")
    };
    let subject = round.t_round(tr, subject_id, &[("delegation", delegation.to_string())]);
    let intro = round.t_round(
        tr,
        intro_id,
        &[
            ("old", tr.deadline(&round.venue, old)),
            ("new", tr.deadline(&round.venue, new)),
        ],
    );
    let mut notice = round.change(tr, delegation, subject, vec![intro], reason);
    notice.deadline = Some(round.deadline(tr, new));
    notice
}

/// The Chair closed the round before its deadline.
pub fn early_close(
    tr: &Tr,
    round: &RoundFacts,
    delegation: &str,
    closed_at: Timestamp,
    ended_extension: Option<Timestamp>,
    reason: &str,
) -> Notice {
    let subject = round.t_round(tr, "mail-early-close-subject", &[]);
    let mut paragraphs = vec![round.t_round(
        tr,
        "mail-early-close-intro",
        &[("closed", tr.deadline(&round.venue, closed_at))],
    )];
    if let Some(extension) = ended_extension {
        paragraphs.push(tr.t1(
            "mail-early-close-extension-ended",
            "deadline",
            &tr.deadline(&round.venue, extension),
        ));
    }
    round.change(tr, delegation, subject, paragraphs, reason)
}

/// The Chair reopened the round until `deadline`.
pub fn reopening(
    tr: &Tr,
    round: &RoundFacts,
    delegation: &str,
    deadline: Timestamp,
    reason: &str,
) -> Notice {
    let ids = ("mail-reopen-subject", "mail-reopen-intro");
    let mut notice = round.change_about_round(tr, delegation, ids, reason);
    notice.deadline = Some(round.deadline(tr, deadline));
    notice
}

/// The Chair cancelled the round.
pub fn cancellation(tr: &Tr, round: &RoundFacts, delegation: &str, reason: &str) -> Notice {
    let ids = ("mail-cancel-subject", "mail-cancel-intro");
    round.change_about_round(tr, delegation, ids, reason)
}
