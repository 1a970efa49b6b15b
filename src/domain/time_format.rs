//! Owns the venue time zone (`VenueZone`): its city, the wall time of an instant there, and the
//! zone abbreviation and UTC offset computed from the instant itself, never from a stored label
//! (a stored "CET" is an hour off in summer). The words around them are each language's
//! ([`crate::i18n::dates`]).

use std::fmt::Write as _;

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::{AmbiguousOffset, Offset, TimeZone};

/// The time zone of a round's venue, from its IANA name (e.g. `Europe/Vienna`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VenueZone {
    name: String,
    tz: TimeZone,
}

/// Why a venue time zone or a venue-local time was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VenueZoneError {
    #[error("\u{201c}{name}\u{201d} is not a known time zone; use a name such as Europe/Vienna")]
    Unknown { name: String },
    #[error(
        "That time does not exist at the venue: the clocks skip it when summer time begins. \
         Choose another time."
    )]
    Gap,
    #[error(
        "That time happens twice at the venue, because the clocks go back when summer time \
         ends. Choose another time."
    )]
    Ambiguous,
    #[error("That date is out of the supported range")]
    OutOfRange,
}

impl VenueZoneError {
    /// The Fluent message id of this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            VenueZoneError::Unknown { .. } => "error-venue-zone-unknown",
            VenueZoneError::Gap => "error-venue-zone-gap",
            VenueZoneError::Ambiguous => "error-venue-zone-ambiguous",
            VenueZoneError::OutOfRange => "error-venue-zone-out-of-range",
        }
    }
}

impl VenueZone {
    /// Looks up an IANA time zone name in the bundled time zone database. The stored name is
    /// the database's canonical spelling of it.
    pub fn parse(iana_name: &str) -> Result<VenueZone, VenueZoneError> {
        let trimmed = iana_name.trim();
        let unknown = || VenueZoneError::Unknown {
            name: trimmed.to_owned(),
        };
        if trimmed.is_empty() {
            return Err(unknown());
        }
        let tz = TimeZone::get(trimmed).map_err(|_| unknown())?;
        let name = tz.iana_name().unwrap_or(trimmed).to_owned();
        Ok(VenueZone { name, tz })
    }

    /// The IANA name, e.g. `Europe/Vienna`.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn tz(&self) -> &TimeZone {
        &self.tz
    }

    /// The city part of the name, for wording: `Europe/Vienna` → `Vienna`,
    /// `America/New_York` → `New York`, `UTC` → `UTC`.
    pub fn city(&self) -> String {
        self.city_chars().collect()
    }

    fn city_chars(&self) -> impl Iterator<Item = char> + '_ {
        let last = self.name.rsplit('/').next().unwrap_or(&self.name);
        last.chars().map(|c| if c == '_' { ' ' } else { c })
    }

    /// The venue-local wall time of an instant.
    pub fn to_local(&self, ts: Timestamp) -> DateTime {
        self.tz.to_offset(ts).to_datetime(ts)
    }

    /// The instant at which the venue's clocks show `date`. A wall time skipped by a
    /// daylight-saving change is refused with [`VenueZoneError::Gap`], one that happens
    /// twice with [`VenueZoneError::Ambiguous`]: the Chair must choose.
    pub fn local_to_timestamp(&self, date: DateTime) -> Result<Timestamp, VenueZoneError> {
        let ambiguous = self.tz.to_ambiguous_timestamp(date);
        match ambiguous.offset() {
            AmbiguousOffset::Unambiguous { .. } => ambiguous
                .unambiguous()
                .map_err(|_| VenueZoneError::OutOfRange),
            AmbiguousOffset::Gap { .. } => Err(VenueZoneError::Gap),
            AmbiguousOffset::Fold { .. } => Err(VenueZoneError::Ambiguous),
        }
    }
}

impl VenueZone {
    /// The instant of a date and a time typed on the venue's clocks (`2020-10-02`, `18:00`), or
    /// the message id of what is wrong with them: unreadable, or a wall time the clocks skip or
    /// show twice (see [`VenueZone::local_to_timestamp`]).
    pub fn typed_local(&self, date: &str, time: &str) -> Result<Timestamp, &'static str> {
        let local = format!("{}T{}", date.trim(), time.trim())
            .parse::<DateTime>()
            .map_err(|_| "error-local-time-invalid")?;
        self.local_to_timestamp(local).map_err(|e| e.message_id())
    }

    /// Like [`VenueZone::local_to_timestamp`], but a wall time that happens twice resolves to
    /// its first occurrence (the Chair has confirmed the choice); a skipped one is still refused.
    pub fn local_to_timestamp_first(&self, date: DateTime) -> Result<Timestamp, VenueZoneError> {
        match self.local_to_timestamp(date) {
            Err(VenueZoneError::Ambiguous) => self
                .tz
                .to_ambiguous_timestamp(date)
                .earlier()
                .map_err(|_| VenueZoneError::OutOfRange),
            other => other,
        }
    }

    /// Every IANA zone name the time zone database knows, sorted (for the Chair's choice).
    pub fn all_names() -> Vec<String> {
        let mut names: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
        names.sort();
        names
    }
}

/// The abbreviation when it is made of letters ("CEST"); `None` for numeric stand-ins
/// such as "+04" and for "UTC" (the offset already says it).
pub fn lettered_abbreviation(abbr: &str) -> Option<&str> {
    let lettered = !abbr.is_empty() && abbr.chars().all(|c| c.is_ascii_alphabetic());
    (lettered && abbr != "UTC").then_some(abbr)
}

/// Writes "UTC+02:00", "UTC-03:30", "UTC+00:00" into `out` (seconds only when the offset has
/// them).
pub fn write_offset(out: &mut String, offset: Offset) {
    let total = offset.seconds();
    let sign = if total < 0 { '-' } else { '+' };
    let abs = total.unsigned_abs();
    let (h, m, s) = (abs / 3600, abs / 60 % 60, abs % 60);
    let _ = write!(out, "UTC{sign}{h:02}:{m:02}");
    if s != 0 {
        let _ = write!(out, ":{s:02}");
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::datetime;

    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("valid timestamp literal")
    }

    fn vienna() -> VenueZone {
        VenueZone::parse("Europe/Vienna").expect("Vienna is in the bundled tzdb")
    }

    #[test]
    fn a_typed_date_and_time_is_read_on_the_venues_clocks() {
        let venue = vienna();
        assert_eq!(
            venue.typed_local(" 2020-10-02 ", "18:00"),
            Ok("2020-10-02T16:00:00Z".parse().unwrap()),
            "CEST, UTC+02:00"
        );
        assert_eq!(
            venue.typed_local("2 October 2020", "18:00"),
            Err("error-local-time-invalid")
        );
        assert_eq!(
            venue.typed_local("2020-03-29", "02:30"),
            Err("error-venue-zone-gap")
        );
        assert_eq!(
            venue.typed_local("2020-10-25", "02:30"),
            Err("error-venue-zone-ambiguous")
        );
    }

    #[test]
    fn parse_and_city() {
        let v = vienna();
        assert_eq!(v.name(), "Europe/Vienna");
        assert_eq!(v.city(), "Vienna");
        assert_eq!(
            VenueZone::parse("America/New_York").unwrap().city(),
            "New York"
        );
        assert_eq!(VenueZone::parse("UTC").unwrap().city(), "UTC");
        assert_eq!(
            VenueZone::parse(" America/Argentina/Buenos_Aires ")
                .unwrap()
                .city(),
            "Buenos Aires"
        );
        let err = VenueZone::parse("Europe/Atlantis").unwrap_err();
        assert_eq!(
            err,
            VenueZoneError::Unknown {
                name: "Europe/Atlantis".into()
            }
        );
        assert_eq!(err.message_id(), "error-venue-zone-unknown");
        assert!(VenueZone::parse("").is_err());
        assert!(VenueZone::parse("Vienna Time (CET)").is_err());
    }

    /// The local time `local` in Vienna is the instant `utc`.
    fn assert_in_vienna(local: jiff::civil::DateTime, utc: &str) {
        assert_eq!(vienna().local_to_timestamp(local), Ok(ts(utc)));
    }

    #[test]
    fn local_times_resolve() {
        let v = vienna();
        assert_in_vienna(datetime(2020, 10, 2, 18, 0, 0, 0), "2020-10-02T16:00:00Z");
        assert_in_vienna(datetime(2020, 12, 2, 18, 0, 0, 0), "2020-12-02T17:00:00Z");
        assert_eq!(
            v.to_local(ts("2020-10-02T16:00:00Z")),
            datetime(2020, 10, 2, 18, 0, 0, 0)
        );
    }

    #[test]
    fn gap_and_overlap_are_refused() {
        let v = vienna();
        let gap = v.local_to_timestamp(datetime(2021, 3, 28, 2, 30, 0, 0));
        assert_eq!(gap, Err(VenueZoneError::Gap));
        assert_eq!(VenueZoneError::Gap.message_id(), "error-venue-zone-gap");
        let fold = v.local_to_timestamp(datetime(2021, 10, 31, 2, 30, 0, 0));
        assert_eq!(fold, Err(VenueZoneError::Ambiguous));
        assert_eq!(
            VenueZoneError::Ambiguous.message_id(),
            "error-venue-zone-ambiguous"
        );
        // Just outside the transitions all is well.
        assert_in_vienna(datetime(2021, 3, 28, 3, 0, 0, 0), "2021-03-28T01:00:00Z");
        assert_in_vienna(datetime(2021, 10, 31, 3, 0, 0, 0), "2021-10-31T02:00:00Z");
    }
}
