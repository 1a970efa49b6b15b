//! Owns the reminder rule: at which offsets before a deadline delegations that have not responded
//! are reminded (`ReminderOffsets`, stored as ISO 8601 durations such as `P7D,PT48H,PT24H`), and
//! which one is due at a given instant (`ReminderOffsets::due_at`): a reminder whose time passed
//! while the server was down is sent once if the deadline is still ahead, never after it.

use std::fmt;

use jiff::{SignedDuration, Span, SpanRelativeTo, Timestamp};

/// One offset before the deadline, e.g. 48 hours, with its ISO 8601 spelling (`PT48H`), which
/// also serves as its stable name in dedupe keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderOffset {
    iso: String,
    before: SignedDuration,
}

impl ReminderOffset {
    pub fn before(&self) -> SignedDuration {
        self.before
    }

    /// The ISO 8601 spelling, upper case (`P7D`, `PT48H`).
    pub fn as_str(&self) -> &str {
        &self.iso
    }
}

/// The offsets of a round, largest first, without duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderOffsets(Vec<ReminderOffset>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReminderOffsetsError {
    #[error("\u{201c}{0}\u{201d} is not a duration such as P7D or PT48H")]
    Malformed(String),
    #[error("a reminder must come before the deadline: \u{201c}{0}\u{201d} is not positive")]
    NotPositive(String),
    #[error("at most {max} reminders per round", max = ReminderOffsets::MAX)]
    TooMany,
}

impl ReminderOffsetsError {
    /// The Fluent message id of this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            ReminderOffsetsError::Malformed(_) => "error-reminders-malformed",
            ReminderOffsetsError::NotPositive(_) => "error-reminders-not-positive",
            ReminderOffsetsError::TooMany => "error-reminders-too-many",
        }
    }
}

impl ReminderOffsets {
    pub const MAX: usize = 10;
    pub const DEFAULT: &'static str = "P7D,PT48H,PT24H";

    /// Parses a comma-separated list of ISO 8601 durations; days count as 24 hours. An empty
    /// list means no reminders.
    pub fn parse(input: &str) -> Result<ReminderOffsets, ReminderOffsetsError> {
        let mut offsets: Vec<ReminderOffset> = Vec::new();
        for part in input.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let iso = part.to_ascii_uppercase();
            let span: Span = iso
                .parse()
                .map_err(|_| ReminderOffsetsError::Malformed(part.to_string()))?;
            let before = span
                .to_duration(SpanRelativeTo::days_are_24_hours())
                .map_err(|_| ReminderOffsetsError::Malformed(part.to_string()))?;
            if before <= SignedDuration::ZERO {
                return Err(ReminderOffsetsError::NotPositive(part.to_string()));
            }
            if !offsets.iter().any(|o| o.before == before) {
                offsets.push(ReminderOffset { iso, before });
            }
        }
        if offsets.len() > Self::MAX {
            return Err(ReminderOffsetsError::TooMany);
        }
        offsets.sort_by_key(|o| std::cmp::Reverse(o.before));
        Ok(ReminderOffsets(offsets))
    }

    pub fn offsets(&self) -> &[ReminderOffset] {
        &self.0
    }

    /// The reminder to send at `now` for a deadline of `deadline` in a round open since
    /// `opens_at`: the latest offset whose time has come, if the deadline is still ahead.
    /// Offsets whose time fell before the round opened are never due (the invitation says it
    /// all), and earlier offsets missed while the server was down are not sent late.
    pub fn due_at(
        &self,
        now: Timestamp,
        opens_at: Timestamp,
        deadline: Timestamp,
    ) -> Option<&ReminderOffset> {
        if now >= deadline {
            return None;
        }
        self.0
            .iter()
            .filter(|o| {
                let at = deadline - o.before;
                at <= now && at > opens_at
            })
            .min_by_key(|o| o.before)
    }

    /// When the next reminder falls due after `now` (for the scheduler's sleep).
    pub fn next_after(
        &self,
        now: Timestamp,
        opens_at: Timestamp,
        deadline: Timestamp,
    ) -> Option<Timestamp> {
        self.0
            .iter()
            .map(|o| deadline - o.before)
            .filter(|at| *at > now && *at > opens_at && *at < deadline)
            .min()
    }
}

impl fmt::Display for ReminderOffsets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.0.iter().map(|o| o.as_str()).collect();
        f.write_str(&names.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("valid timestamp literal")
    }

    fn h(n: i64) -> SignedDuration {
        SignedDuration::from_hours(n)
    }

    #[test]
    fn default_parses_largest_first() {
        let offsets = ReminderOffsets::parse(ReminderOffsets::DEFAULT).unwrap();
        let hours: Vec<i64> = offsets
            .offsets()
            .iter()
            .map(|o| o.before().as_hours())
            .collect();
        assert_eq!(hours, vec![168, 48, 24]);
        assert_eq!(offsets.to_string(), "P7D,PT48H,PT24H");
        let shuffled = ReminderOffsets::parse(" pt24h, P7D ,PT48H,PT24H").unwrap();
        assert_eq!(shuffled.to_string(), "P7D,PT48H,PT24H");
        assert!(ReminderOffsets::parse("").unwrap().offsets().is_empty());
    }

    #[test]
    fn bad_offsets_are_refused() {
        assert_eq!(
            ReminderOffsets::parse("P7D,two days"),
            Err(ReminderOffsetsError::Malformed("two days".into()))
        );
        assert!(matches!(
            ReminderOffsets::parse("PT0H"),
            Err(ReminderOffsetsError::NotPositive(_))
        ));
        assert!(matches!(
            ReminderOffsets::parse("-PT1H"),
            Err(ReminderOffsetsError::NotPositive(_))
        ));
        let many: Vec<String> = (1..=11).map(|n| format!("PT{n}H")).collect();
        assert_eq!(
            ReminderOffsets::parse(&many.join(",")),
            Err(ReminderOffsetsError::TooMany)
        );
    }

    #[test]
    fn the_latest_due_offset_is_chosen_and_none_after_the_deadline() {
        let offsets = ReminderOffsets::parse(ReminderOffsets::DEFAULT).unwrap();
        let deadline = ts("2020-10-02T16:00:00Z");
        let opens = deadline - h(14 * 24);
        let at = |before: SignedDuration| offsets.due_at(deadline - before, opens, deadline);
        assert_eq!(at(h(8 * 24)), None);
        assert_eq!(at(h(7 * 24)).map(|o| o.as_str()), Some("P7D"));
        assert_eq!(at(h(72)).map(|o| o.as_str()), Some("P7D"));
        // Down from 8 days to 30 hours before: only the 48-hour reminder, once.
        assert_eq!(at(h(30)).map(|o| o.as_str()), Some("PT48H"));
        assert_eq!(at(h(1)).map(|o| o.as_str()), Some("PT24H"));
        assert_eq!(at(SignedDuration::ZERO), None);
        assert_eq!(at(-h(1)), None);
    }

    #[test]
    fn offsets_before_the_opening_are_never_due() {
        let offsets = ReminderOffsets::parse(ReminderOffsets::DEFAULT).unwrap();
        let deadline = ts("2020-10-02T16:00:00Z");
        let opens = deadline - h(72);
        assert_eq!(offsets.due_at(opens, opens, deadline), None);
        assert_eq!(
            offsets.next_after(opens, opens, deadline),
            Some(deadline - h(48))
        );
        assert_eq!(
            offsets
                .due_at(deadline - h(47), opens, deadline)
                .map(|o| o.as_str()),
            Some("PT48H")
        );
        assert_eq!(offsets.next_after(deadline - h(1), opens, deadline), None);
    }
}
