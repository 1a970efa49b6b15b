//! Owns the comments the Chair or the Secretariat enters on a delegation's behalf (an intake):
//! where each came from (`IntakeSource`: e-mail, note verbale, letter), when it was received and
//! the sender's reference, and the rule that decides, from when it was received, whether it
//! counts.
//!
//! An intake records something that was received, in time or not. It is judged by the one
//! deadline rule of [`RoundSchedule`] applied to the instant it was *received*, not to the
//! instant it is entered: a note verbale received on Friday before the deadline and entered on
//! Monday is on time. One received after its delegation's window had closed is kept and marked
//! late, but left out of the consolidation until the Chair includes it (a decision with a
//! reason). Entering is a staff action: it is possible while the round is open and once it has
//! closed, never before it opens (the draft may still change), never in a cancelled round, and
//! not once the outcome is published (after publication nothing changes except through a
//! reopening).

use jiff::Timestamp;

use crate::domain::{LineProblem, RoundSchedule, RoundState, checked_line};

/// How a comment entered on a delegation's behalf reached the Secretariat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntakeSource {
    Email,
    NoteVerbale,
    Letter,
}

text_forms!(IntakeSource loose {
    Email => "email",
    NoteVerbale => "note_verbale",
    Letter => "letter",
});

/// Where a comment entered on a delegation's behalf came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Intake {
    pub source: IntakeSource,
    pub received_at: Timestamp,
    /// The sender's reference (a note verbale's number), if it had one.
    pub source_reference: Option<String>,
}

/// The sender's reference of a communication: one line, at most
/// [`SourceReference::MAX_CHARS`] characters; an empty one is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceReference(String);

checked_text!(SourceReference);

/// Why a sender's reference was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SourceReferenceError {
    #[error(
        "The reference must be {} characters or fewer",
        SourceReference::MAX_CHARS
    )]
    TooLong,
    #[error("The reference contains an invisible control or formatting character")]
    Invalid,
}

impl SourceReferenceError {
    pub fn message_id(&self) -> &'static str {
        match self {
            SourceReferenceError::TooLong => "error-source-reference-too-long",
            SourceReferenceError::Invalid => "error-source-reference-invalid",
        }
    }
}

impl SourceReference {
    pub const MAX_CHARS: usize = 200;

    /// `None` for an empty reference.
    pub fn parse(input: &str) -> Result<Option<SourceReference>, SourceReferenceError> {
        match checked_line(input, Self::MAX_CHARS) {
            Ok(line) => Ok(Some(SourceReference(line))),
            Err(LineProblem::Empty) => Ok(None),
            Err(LineProblem::TooLong { .. }) => Err(SourceReferenceError::TooLong),
            Err(LineProblem::ControlCharacter | LineProblem::BidiControl { .. }) => {
                Err(SourceReferenceError::Invalid)
            }
        }
    }
}

/// Where a round stands for entering a comment on a delegation's behalf, as read in the
/// write's transaction.
#[derive(Debug, Clone, Copy)]
pub struct IntakeFacts {
    pub schedule: RoundSchedule,
    /// The delegation's individual deadline, if it has one.
    pub individual: Option<Timestamp>,
    pub outcome_published: bool,
    /// A silence procedure takes statements, not comments.
    pub silence: bool,
}

/// How an intake counts, from when it was received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntakeTiming {
    /// Received at or after the round's own deadline (within an individual extension, or
    /// after the window closed): marked late wherever it appears.
    pub late: bool,
    /// Received after the delegation's window had closed: left out of the consolidation until
    /// the Chair includes it.
    pub held_back: bool,
}

/// Why an intake was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IntakeError {
    #[error("The date received cannot be later than now")]
    ReceivedInFuture,
    #[error("The round is not open yet: comments are entered once it opens")]
    NotYetOpen,
    #[error("The round was cancelled")]
    Cancelled,
    #[error("The outcome is published: reopen the round to enter a comment")]
    OutcomePublished,
    #[error("A silence procedure takes statements, not comments")]
    Silence,
}

impl IntakeError {
    pub fn message_id(&self) -> &'static str {
        match self {
            IntakeError::ReceivedInFuture => "error-intake-received-future",
            IntakeError::NotYetOpen => "error-intake-not-open",
            IntakeError::Cancelled => "error-deadline-cancelled",
            IntakeError::OutcomePublished => "error-intake-outcome-published",
            IntakeError::Silence => "error-intake-silence",
        }
    }
}

/// Judges an intake received at `received_at` and entered at `now`: whether it may be entered,
/// and how it counts. The window is the delegation's as it stands now (an extension granted
/// since counts; so does a close early), by the one deadline rule.
pub fn judge_intake(
    facts: &IntakeFacts,
    received_at: Timestamp,
    now: Timestamp,
) -> Result<IntakeTiming, IntakeError> {
    if facts.silence {
        return Err(IntakeError::Silence);
    }
    match facts.schedule.state_at(now) {
        RoundState::Cancelled => return Err(IntakeError::Cancelled),
        RoundState::Scheduled => return Err(IntakeError::NotYetOpen),
        RoundState::Closed if facts.outcome_published => {
            return Err(IntakeError::OutcomePublished);
        }
        RoundState::Open | RoundState::Closed => {}
    }
    if received_at > now {
        return Err(IntakeError::ReceivedInFuture);
    }
    let held_back = received_at >= facts.schedule.window_closes_at(facts.individual);
    Ok(IntakeTiming {
        late: facts.schedule.is_late(received_at),
        held_back,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::SignedDuration;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn facts() -> IntakeFacts {
        IntakeFacts {
            schedule: RoundSchedule::new(
                at("2020-09-14T08:00:00Z"),
                at("2020-10-02T16:00:00Z"),
                None,
            ),
            individual: None,
            outcome_published: false,
            silence: false,
        }
    }

    const ON_TIME: IntakeTiming = IntakeTiming {
        late: false,
        held_back: false,
    };

    #[test]
    fn sources_round_trip() {
        for source in IntakeSource::all() {
            assert_eq!(IntakeSource::parse(source.as_str()), Some(source));
        }
        assert_eq!(
            IntakeSource::parse(" Note-Verbale "),
            Some(IntakeSource::NoteVerbale)
        );
        assert_eq!(IntakeSource::parse("fax"), None);
    }

    #[test]
    fn received_before_the_deadline_counts_even_if_entered_after() {
        let f = facts();
        let received = at("2020-10-02T15:59:59Z");
        assert_eq!(judge_intake(&f, received, received), Ok(ON_TIME));
        let monday = at("2020-10-05T09:00:00Z");
        assert_eq!(judge_intake(&f, received, monday), Ok(ON_TIME));
        // Received before the round opened (sent early): on time.
        let early = at("2020-09-10T09:00:00Z");
        assert_eq!(judge_intake(&f, early, monday), Ok(ON_TIME));
    }

    #[test]
    fn received_at_or_after_the_window_is_late_and_held_back() {
        let f = facts();
        let monday = at("2020-10-05T09:00:00Z");
        let held = IntakeTiming {
            late: true,
            held_back: true,
        };
        assert_eq!(judge_intake(&f, f.schedule.closes_at, monday), Ok(held));
        assert_eq!(
            judge_intake(&f, at("2020-10-03T10:00:00Z"), monday),
            Ok(held)
        );
    }

    #[test]
    fn an_individual_extension_counts_as_for_a_delegation_s_own_write() {
        let f = IntakeFacts {
            individual: Some(at("2020-10-04T16:00:00Z")),
            ..facts()
        };
        let monday = at("2020-10-05T09:00:00Z");
        assert_eq!(
            judge_intake(&f, at("2020-10-03T10:00:00Z"), monday),
            Ok(IntakeTiming {
                late: true,
                held_back: false,
            })
        );
        assert_eq!(
            judge_intake(&f, at("2020-10-04T16:00:00Z"), monday),
            Ok(IntakeTiming {
                late: true,
                held_back: true,
            })
        );
    }

    #[test]
    fn refusals() {
        let f = facts();
        let open = at("2020-10-01T09:00:00Z");
        assert_eq!(
            judge_intake(&f, open + SignedDuration::from_secs(1), open),
            Err(IntakeError::ReceivedInFuture)
        );
        let before = at("2020-09-13T09:00:00Z");
        assert_eq!(
            judge_intake(&f, before, before),
            Err(IntakeError::NotYetOpen)
        );
        let cancelled = IntakeFacts {
            schedule: RoundSchedule::new(f.schedule.opens_at, f.schedule.closes_at, Some(open)),
            ..f
        };
        assert_eq!(
            judge_intake(&cancelled, open, open),
            Err(IntakeError::Cancelled)
        );
        let published = IntakeFacts {
            outcome_published: true,
            ..f
        };
        let monday = at("2020-10-05T09:00:00Z");
        assert_eq!(
            judge_intake(&published, open, monday),
            Err(IntakeError::OutcomePublished)
        );
        // Reopened after publication: open again, so entries are possible.
        assert_eq!(judge_intake(&published, open, open), Ok(ON_TIME));
        let silence = IntakeFacts { silence: true, ..f };
        assert_eq!(
            judge_intake(&silence, open, open),
            Err(IntakeError::Silence)
        );
    }

    #[test]
    fn references() {
        assert_eq!(SourceReference::parse("  ").unwrap(), None);
        assert_eq!(
            SourceReference::parse(" NV/2020/123 \n")
                .unwrap()
                .unwrap()
                .as_str(),
            "NV/2020/123"
        );
        assert_eq!(
            SourceReference::parse(&"x".repeat(201)),
            Err(SourceReferenceError::TooLong)
        );
        assert_eq!(
            SourceReference::parse("NV\u{202e}321"),
            Err(SourceReferenceError::Invalid)
        );
    }
}
