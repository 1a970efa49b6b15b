//! A simulated delegation: its credentials, what it knows of its own comments, and what it asks
//! for next (mostly submissions, some edits and withdrawals of its own acknowledged comments, a
//! few views of the round page).

use std::sync::Mutex;

use super::browser::Session;
use super::record::{Content, Outcome};

/// Shares of the workload, in percent: round page views, edits and withdrawals of the
/// delegation's own acknowledged comments; the rest are submissions. Each write goes half
/// through the JSON API, half through the HTML form.
const PAGE_PERCENT: u32 = 5;
const EDIT_PERCENT: u32 = 20;
const WITHDRAW_PERCENT: u32 = 8;

/// One delegation during the rush: its credentials and what it knows of its own comments.
pub(in crate::bench) struct Delegation {
    pub(super) index: usize,
    pub(super) api_token: String,
    /// Its browser session: `Cookie` header and the CSRF token of its forms.
    pub(super) session: Session,
    own: Mutex<OwnComments>,
}

#[derive(Default)]
struct OwnComments {
    comments: Vec<OwnComment>,
    written: u64,
}

struct OwnComment {
    id: i64,
    version: i64,
    /// A request about it is under way.
    busy: bool,
    /// Withdrawn, or a write about it got no clear answer: not touched again.
    done: bool,
}

/// The next request of a delegation, chosen before it is sent.
pub(super) enum Plan {
    Page,
    Submit {
        form: bool,
        recommendation_id: i64,
        content: Content,
    },
    Edit {
        form: bool,
        slot: usize,
        comment_id: i64,
        version: i64,
        content: Content,
    },
    Withdraw {
        form: bool,
        slot: usize,
        comment_id: i64,
    },
}

impl Delegation {
    pub(super) fn new(index: usize, api_token: String, session: Session) -> Delegation {
        Delegation {
            index,
            api_token,
            session,
            own: Mutex::new(OwnComments::default()),
        }
    }

    /// The version of the own comment in `slot` as last acknowledged.
    pub(super) fn version(&self, slot: usize) -> i64 {
        self.lock().comments[slot].version
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, OwnComments> {
        self.own.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Picks the next request: mostly submissions, some edits and withdrawals of an own
    /// acknowledged comment nobody is changing right now, a few page views.
    pub(super) fn plan(&self, recommendation_ids: &[i64]) -> Plan {
        let mut own = self.lock();
        own.written += 1;
        let n = own.written;
        let form = rand::random_range(0..2u32) == 0;
        let roll = rand::random_range(0..100u32);
        if roll < PAGE_PERCENT {
            return Plan::Page;
        }
        let free = (0..8).find_map(|_| {
            if own.comments.is_empty() {
                return None;
            }
            let slot = rand::random_range(0..own.comments.len());
            let c = &own.comments[slot];
            (!c.busy && !c.done).then_some(slot)
        });
        let d = self.index + 1;
        if let Some(slot) = free {
            let c = &mut own.comments[slot];
            if roll < PAGE_PERCENT + EDIT_PERCENT {
                c.busy = true;
                return Plan::Edit {
                    form,
                    slot,
                    comment_id: c.id,
                    version: c.version,
                    content: content(d, n, true),
                };
            }
            if roll < PAGE_PERCENT + EDIT_PERCENT + WITHDRAW_PERCENT {
                c.busy = true;
                return Plan::Withdraw {
                    form,
                    slot,
                    comment_id: c.id,
                };
            }
        }
        let recommendation_id = recommendation_ids[rand::random_range(0..recommendation_ids.len())];
        Plan::Submit {
            form,
            recommendation_id,
            content: content(d, n, false),
        }
    }

    /// Takes note of an answer.
    pub(super) fn settle(&self, plan: &Plan, outcome: &Outcome) {
        let mut own = self.lock();
        match (plan, outcome) {
            (Plan::Submit { .. }, Outcome::Acked { comment_id, .. }) => {
                own.comments.push(OwnComment {
                    id: *comment_id,
                    version: 1,
                    busy: false,
                    done: false,
                })
            }
            (Plan::Edit { slot, .. } | Plan::Withdraw { slot, .. }, outcome) => {
                let withdraw = matches!(plan, Plan::Withdraw { .. });
                let c = &mut own.comments[*slot];
                c.busy = false;
                match outcome {
                    Outcome::Acked { version, .. } => {
                        c.version = *version;
                        c.done = withdraw;
                    }
                    Outcome::Closed => {}
                    _ => c.done = true,
                }
            }
            _ => {}
        }
    }
}

/// The text of a delegation's `n`th write (unique in the run, already in the form the server
/// stores: trimmed, NFC, `\n` line ends); every third one an amendment.
pub(super) fn content(delegation: usize, n: u64, edit: bool) -> Content {
    let verb = if edit { "revises" } else { "submits" };
    let text = format!(
        "Delegation {delegation:03} {verb} comment {n}: we suggest referring expressly to the protection of victims at every stage of criminal proceedings, in line with article 6 of the Protocol."
    );
    if n.is_multiple_of(3) {
        Content {
            kind: "amendment",
            text,
            proposed_text: Some(format!(
                "States parties should ensure ({delegation:03}/{n}) that victims of trafficking in persons are not punished for unlawful acts they were compelled to commit."
            )),
        }
    } else {
        Content {
            kind: "remark",
            text,
            proposed_text: None,
        }
    }
}
