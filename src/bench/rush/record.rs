//! What the rush records: each request (its kind, what it sent, when) and the answer it got.

/// What a comment says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub kind: &'static str,
    pub text: String,
    pub proposed_text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Op {
    SubmitApi,
    SubmitForm,
    EditApi,
    EditForm,
    WithdrawApi,
    WithdrawForm,
    Page,
}

impl Op {
    pub const ALL: [Op; 7] = [
        Op::SubmitApi,
        Op::SubmitForm,
        Op::EditApi,
        Op::EditForm,
        Op::WithdrawApi,
        Op::WithdrawForm,
        Op::Page,
    ];

    pub fn name(&self) -> &'static str {
        match self {
            Op::SubmitApi => "submit (API)",
            Op::SubmitForm => "submit (form)",
            Op::EditApi => "edit (API)",
            Op::EditForm => "edit (form)",
            Op::WithdrawApi => "withdraw (API)",
            Op::WithdrawForm => "withdraw (form)",
            Op::Page => "round page",
        }
    }

    pub fn is_write(&self) -> bool {
        *self != Op::Page
    }
}

/// The answer to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The write was acknowledged; the comment now has this version.
    Acked { comment_id: i64, version: i64 },
    /// The round page was shown.
    Page,
    /// The documented refusal of a write after the deadline: 409 with API code `round_closed`,
    /// or the 409 page "The round is closed".
    Closed,
    /// Any other answer of the server.
    Refused { status: u16, kind: String },
    /// No answer (connection refused or lost, time-out, not sent): the write may or may not
    /// have been stored.
    NoAnswer { kind: String },
}

/// One request of the rush and its answer.
#[derive(Debug, Clone)]
pub struct Record {
    pub op: Op,
    pub delegation: usize,
    /// The comment an edit or withdrawal is about.
    pub target: Option<i64>,
    /// What a submission or edit sent.
    pub content: Option<Content>,
    /// Wall-clock milliseconds when the request was sent and when its answer was complete.
    pub sent_ms: i64,
    pub done_ms: i64,
    /// From the moment the request was due (open loop: its scheduled moment).
    pub latency_ms: f64,
    /// The server's own time for the answer (its `Server-Timing` header).
    pub server_ms: Option<f64>,
    /// Of that, the time queued for the group-commit writer and in its group.
    pub writer_ms: Option<f64>,
    pub outcome: Outcome,
}

/// Records for the tests of the checks and the statistics.
#[cfg(test)]
pub(super) mod fixtures {
    use super::{Content, Op, Outcome, Record};

    /// A request sent at `at` and answered 5 ms later.
    pub fn record(
        op: Op,
        target: Option<i64>,
        c: Option<Content>,
        at: i64,
        outcome: Outcome,
    ) -> Record {
        Record {
            op,
            delegation: 0,
            target,
            content: c,
            sent_ms: at,
            done_ms: at + 5,
            latency_ms: 5.0,
            server_ms: None,
            writer_ms: None,
            outcome,
        }
    }

    pub fn acked(comment_id: i64, version: i64) -> Outcome {
        Outcome::Acked {
            comment_id,
            version,
        }
    }
}
