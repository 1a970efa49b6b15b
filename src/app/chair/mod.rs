//! The Chair's and Secretariat's use cases: setting up a round, loading its draft and its
//! delegations, changing its schedule, and watching the responses. Only staff may call them;
//! for anyone else the round does not exist.

mod imports;
mod people;
mod schedule;
mod setup;
mod views;

pub use imports::{DraftFormat, ImportSummary, parse_delegations, parse_draft};
pub use setup::{ROUND_KINDS, RoundInput, SILENCE_TOO_SHORT, ValidRound, When, validate_round};
pub use views::{DelegationResponse, Responses, RoundDelegation, Window};
