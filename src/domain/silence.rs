//! Owns the silence procedure's rules: a text put under silence is adopted at the deadline
//! unless a delegation of a category allowed to break silence has a statement standing
//! ([`decide`]); which categories may break it is a round setting ([`SilenceBreakers`], parties
//! by default); a silence round lasts at least the installation's minimum
//! ([`check_duration`], 72 hours by default, after General Assembly practice).
//!
//! Statements are written through the same deadline rule as comments
//! ([`RoundSchedule::check_write`](crate::domain::RoundSchedule::check_write)); the result is
//! decided once the round's last window has closed, when no statement can change any more.

use jiff::{SignedDuration, Span, SpanRelativeTo, Timestamp};

use crate::domain::DelegationCategory;

/// The kind of a round under the silence procedure, as stored in `round.kind`.
pub const SILENCE_KIND: &str = "silence";

/// What the server decided at the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SilenceResult {
    /// No valid break stood at the deadline: the text is adopted.
    Adopted,
    /// At least one delegation allowed to break silence had a statement standing.
    Broken,
}

text_forms!(SilenceResult {
    Adopted => "adopted",
    Broken => "broken",
});

impl SilenceResult {
    /// The Fluent message id of the result in words.
    pub fn message_id(&self) -> &'static str {
        match self {
            SilenceResult::Adopted => "silence-result-adopted",
            SilenceResult::Broken => "silence-result-broken",
        }
    }
}

/// The result, given whether each statement standing at the deadline breaks silence.
pub fn decide(standing_breaks_silence: impl IntoIterator<Item = bool>) -> SilenceResult {
    if standing_breaks_silence.into_iter().any(|breaks| breaks) {
        SilenceResult::Broken
    } else {
        SilenceResult::Adopted
    }
}

/// The delegation categories whose statement breaks silence in a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SilenceBreakers(Vec<DelegationCategory>);

impl Default for SilenceBreakers {
    /// States parties (the parties to the Convention).
    fn default() -> Self {
        SilenceBreakers(vec![DelegationCategory::Party])
    }
}

impl SilenceBreakers {
    /// The categories given, in compilation order, without repeats; `None` when none is given
    /// (a silence nobody may break is not a silence procedure).
    pub fn of(categories: impl IntoIterator<Item = DelegationCategory>) -> Option<Self> {
        let mut list: Vec<DelegationCategory> = categories.into_iter().collect();
        list.sort_by_key(DelegationCategory::order);
        list.dedup();
        (!list.is_empty()).then_some(SilenceBreakers(list))
    }

    /// Reads the stored form (`party,observer_state`).
    pub fn from_stored(text: &str) -> Option<Self> {
        let categories: Option<Vec<_>> = text
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(DelegationCategory::from_stored)
            .collect();
        Self::of(categories?)
    }

    /// The stored form: the categories' stored names, comma-separated.
    pub fn to_stored(&self) -> String {
        let names: Vec<&str> = self.0.iter().map(DelegationCategory::as_str).collect();
        names.join(",")
    }

    pub fn may_break(&self, category: DelegationCategory) -> bool {
        self.0.contains(&category)
    }

    pub fn categories(&self) -> &[DelegationCategory] {
        &self.0
    }
}

/// A silence round shorter than the installation's minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a silence procedure lasts at least {} hours", minimum.as_hours())]
pub struct SilenceTooShort {
    pub minimum: SignedDuration,
}

/// A silence round must run at least `minimum` from its opening to its deadline.
pub fn check_duration(
    opens_at: Timestamp,
    closes_at: Timestamp,
    minimum: SignedDuration,
) -> Result<(), SilenceTooShort> {
    if closes_at.duration_since(opens_at) < minimum {
        Err(SilenceTooShort { minimum })
    } else {
        Ok(())
    }
}

/// The installation's default minimum duration of a silence round.
pub const DEFAULT_MINIMUM: SignedDuration = SignedDuration::from_hours(72);

/// Reads a positive ISO 8601 duration (`PT72H`, `P3D`; days count as 24 hours).
pub fn parse_duration(text: &str) -> Option<SignedDuration> {
    let span: Span = text.trim().to_ascii_uppercase().parse().ok()?;
    let duration = span.to_duration(SpanRelativeTo::days_are_24_hours()).ok()?;
    (duration > SignedDuration::ZERO).then_some(duration)
}

/// A duration in words for the Chair ("72 hours", "90 minutes").
pub fn worded_duration(duration: SignedDuration) -> (i64, &'static str) {
    if duration.as_secs() % 3600 == 0 {
        (duration.as_hours(), "hours")
    } else {
        (duration.as_mins().max(1), "minutes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn adopted_unless_a_standing_statement_breaks_silence() {
        assert_eq!(decide([]), SilenceResult::Adopted);
        assert_eq!(decide([false, false]), SilenceResult::Adopted);
        assert_eq!(decide([false, true]), SilenceResult::Broken);
        assert_eq!(
            SilenceResult::from_stored("broken"),
            Some(SilenceResult::Broken)
        );
        assert_eq!(SilenceResult::Adopted.as_str(), "adopted");
    }

    #[test]
    fn parties_break_silence_by_default() {
        let default = SilenceBreakers::default();
        assert!(default.may_break(DelegationCategory::Party));
        assert!(!default.may_break(DelegationCategory::ObserverState));
        assert!(!default.may_break(DelegationCategory::Igo));
        assert_eq!(default.to_stored(), "party");
        let both = SilenceBreakers::from_stored("observer_state, party,party").expect("valid");
        assert_eq!(both.to_stored(), "party,observer_state");
        assert!(both.may_break(DelegationCategory::ObserverState));
        assert_eq!(SilenceBreakers::from_stored(""), None);
        assert_eq!(SilenceBreakers::from_stored("party,nobody"), None);
        assert_eq!(SilenceBreakers::of([]), None);
    }

    #[test]
    fn the_minimum_duration_is_inclusive() {
        let opens = ts("2020-10-01T07:00:00Z");
        let minimum = DEFAULT_MINIMUM;
        assert_eq!(check_duration(opens, opens + minimum, minimum), Ok(()));
        assert_eq!(
            check_duration(
                opens,
                opens + minimum - SignedDuration::from_secs(1),
                minimum
            ),
            Err(SilenceTooShort { minimum })
        );
    }

    #[test]
    fn durations_are_read_in_iso_8601() {
        assert_eq!(parse_duration("PT72H"), Some(DEFAULT_MINIMUM));
        assert_eq!(parse_duration("p3d"), Some(DEFAULT_MINIMUM));
        assert_eq!(parse_duration("PT90M"), Some(SignedDuration::from_mins(90)));
        assert_eq!(parse_duration("PT0S"), None);
        assert_eq!(parse_duration("72 hours"), None);
        assert_eq!(worded_duration(DEFAULT_MINIMUM), (72, "hours"));
        assert_eq!(
            worded_duration(SignedDuration::from_mins(90)),
            (90, "minutes")
        );
    }
}
