//! Owns the venue time zone (`VenueZone`) and how instants are worded for people: deadlines
//! always as an exact moment with the zone abbreviation and UTC offset computed from the
//! instant itself, never from a stored label (a stored "CET" is an hour off in summer).

use std::fmt::Write as _;

use jiff::Timestamp;
use jiff::civil::{DateTime, Weekday};
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

    /// E.g. "18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)". Where the zone
    /// has no lettered abbreviation at that instant only the offset is given: "(UTC+04:00)".
    pub fn format_deadline(&self, ts: Timestamp) -> String {
        let info = self.tz.to_offset_info(ts);
        let offset = info.offset();
        let local = offset.to_datetime(ts);
        let zone = match lettered_abbreviation(info.abbreviation()) {
            Some(abbr) => format!("{abbr}, {}", format_offset(offset)),
            None => format_offset(offset),
        };
        format!(
            "{} on {}, {} time ({zone})",
            format_time(local),
            format_date(local),
            self.city()
        )
    }

    /// E.g. "Friday 2 October 2020, 18:00 (Vienna, UTC+02:00)". Written into one string: a
    /// page lists hundreds of these.
    pub fn format_datetime(&self, ts: Timestamp) -> String {
        let offset = self.tz.to_offset(ts);
        let local = offset.to_datetime(ts);
        let mut out = String::with_capacity(48);
        write_date(&mut out, local);
        out.push_str(", ");
        write_time(&mut out, local);
        out.push_str(" (");
        out.extend(self.city_chars());
        out.push_str(", ");
        write_offset(&mut out, offset);
        out.push(')');
        out
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

/// E.g. "Friday 2 October 2020, 16:00 UTC".
pub fn format_utc(ts: Timestamp) -> String {
    let utc = Offset::UTC.to_datetime(ts);
    format!("{}, {} UTC", format_date(utc), format_time(utc))
}

/// Time left until `deadline`, in words: "13 days 4 hours", "1 day", "3 hours 12 minutes",
/// "45 minutes", "less than a minute"; "closed" once `now >= deadline`. Rounded down, so it
/// never promises more time than there is.
pub fn format_remaining(now: Timestamp, deadline: Timestamp) -> String {
    if now >= deadline {
        return "closed".to_owned();
    }
    let total_minutes = deadline.duration_since(now).as_secs() / 60;
    if total_minutes == 0 {
        return "less than a minute".to_owned();
    }
    let days = total_minutes / (24 * 60);
    let hours = total_minutes / 60 % 24;
    let minutes = total_minutes % 60;
    let mut out = String::new();
    if days > 0 {
        out.push_str(&plural(days, "day"));
        if hours > 0 {
            let _ = write!(out, " {}", plural(hours, "hour"));
        }
    } else if hours > 0 {
        out.push_str(&plural(hours, "hour"));
        if minutes > 0 {
            let _ = write!(out, " {}", plural(minutes, "minute"));
        }
    } else {
        out.push_str(&plural(minutes, "minute"));
    }
    out
}

fn plural(n: i64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// The abbreviation when it is made of letters ("CEST"); `None` for numeric stand-ins
/// such as "+04" and for "UTC" (the offset already says it).
fn lettered_abbreviation(abbr: &str) -> Option<&str> {
    let lettered = !abbr.is_empty() && abbr.chars().all(|c| c.is_ascii_alphabetic());
    (lettered && abbr != "UTC").then_some(abbr)
}

/// "UTC+02:00", "UTC-03:30", "UTC+00:00" (seconds only when the offset has them).
fn format_offset(offset: Offset) -> String {
    let mut out = String::with_capacity(12);
    write_offset(&mut out, offset);
    out
}

/// Writes [`format_offset`]'s text into `out`.
fn write_offset(out: &mut String, offset: Offset) {
    let total = offset.seconds();
    let sign = if total < 0 { '-' } else { '+' };
    let abs = total.unsigned_abs();
    let (h, m, s) = (abs / 3600, abs / 60 % 60, abs % 60);
    let _ = write!(out, "UTC{sign}{h:02}:{m:02}");
    if s != 0 {
        let _ = write!(out, ":{s:02}");
    }
}

/// "Friday 2 October 2020".
fn format_date(dt: DateTime) -> String {
    let mut out = String::with_capacity(28);
    write_date(&mut out, dt);
    out
}

/// Writes [`format_date`]'s text into `out`.
fn write_date(out: &mut String, dt: DateTime) {
    let _ = write!(
        out,
        "{} {} {} {}",
        weekday_name(dt.weekday()),
        dt.day(),
        month_name(dt.month()),
        dt.year()
    );
}

/// "18:00" (24-hour clock).
fn format_time(dt: DateTime) -> String {
    let mut out = String::with_capacity(5);
    write_time(&mut out, dt);
    out
}

/// Writes [`format_time`]'s text into `out`.
fn write_time(out: &mut String, dt: DateTime) {
    let _ = write!(out, "{:02}:{:02}", dt.hour(), dt.minute());
}

fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

fn month_name(month: i8) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    usize::try_from(month - 1)
        .ok()
        .and_then(|i| MONTHS.get(i).copied())
        .unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use jiff::SignedDuration;
    use jiff::civil::datetime;

    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("valid timestamp literal")
    }

    fn vienna() -> VenueZone {
        VenueZone::parse("Europe/Vienna").expect("Vienna is in the bundled tzdb")
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

    /// `(zone, instant, worded)` rows: each instant worded in its zone by `word`.
    fn assert_worded(word: fn(&VenueZone, Timestamp) -> String, rows: &[(&str, &str, &str)]) {
        for (zone, instant, worded) in rows {
            let zone = VenueZone::parse(zone).expect("a zone of the bundled tzdb");
            assert_eq!(word(&zone, ts(instant)), *worded, "{instant} in {zone:?}");
        }
    }

    #[test]
    fn deadlines_in_summer_and_winter_with_any_abbreviation_and_offset() {
        assert_worded(
            VenueZone::format_deadline,
            &[
                (
                    "Europe/Vienna",
                    "2020-10-02T16:00:00Z",
                    "18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)",
                ),
                (
                    "Europe/Vienna",
                    "2020-12-02T17:00:00Z",
                    "18:00 on Wednesday 2 December 2020, Vienna time (CET, UTC+01:00)",
                ),
                (
                    "Europe/Vienna",
                    "2020-10-02T21:59:00Z",
                    "23:59 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)",
                ),
                // A numeric abbreviation is not repeated; offsets west of UTC are negative.
                (
                    "Asia/Dubai",
                    "2020-10-02T14:00:00Z",
                    "18:00 on Friday 2 October 2020, Dubai time (UTC+04:00)",
                ),
                (
                    "America/New_York",
                    "2020-10-02T22:00:00Z",
                    "18:00 on Friday 2 October 2020, New York time (EDT, UTC-04:00)",
                ),
                (
                    "America/St_Johns",
                    "2020-12-02T21:30:00Z",
                    "18:00 on Wednesday 2 December 2020, St Johns time (NST, UTC-03:30)",
                ),
                (
                    "UTC",
                    "2020-10-02T16:00:00Z",
                    "16:00 on Friday 2 October 2020, UTC time (UTC+00:00)",
                ),
            ],
        );
    }

    #[test]
    fn datetime_and_utc() {
        assert_worded(
            VenueZone::format_datetime,
            &[
                (
                    "Europe/Vienna",
                    "2020-10-02T16:00:00Z",
                    "Friday 2 October 2020, 18:00 (Vienna, UTC+02:00)",
                ),
                (
                    "America/St_Johns",
                    "2020-12-02T21:30:00Z",
                    "Wednesday 2 December 2020, 18:00 (St Johns, UTC-03:30)",
                ),
                // Before standard time zones, offsets had seconds (Vienna's local mean time).
                (
                    "Europe/Vienna",
                    "1890-01-01T12:00:00Z",
                    "Wednesday 1 January 1890, 13:05 (Vienna, UTC+01:05:21)",
                ),
                (
                    "Europe/Vienna",
                    "2020-12-02T17:00:00Z",
                    "Wednesday 2 December 2020, 18:00 (Vienna, UTC+01:00)",
                ),
            ],
        );
        assert_worded(
            |_, t| format_utc(t),
            &[
                (
                    "UTC",
                    "2020-10-02T16:00:00Z",
                    "Friday 2 October 2020, 16:00 UTC",
                ),
                (
                    "UTC",
                    "2021-01-01T00:05:59Z",
                    "Friday 1 January 2021, 00:05 UTC",
                ),
            ],
        );
    }

    #[test]
    fn remaining_time() {
        let deadline = ts("2020-10-02T16:00:00Z");
        let before = |d: SignedDuration| format_remaining(deadline - d, deadline);
        let h = SignedDuration::from_hours;
        let m = SignedDuration::from_mins;
        assert_eq!(before(h(13 * 24 + 4) + m(59)), "13 days 4 hours");
        assert_eq!(before(h(24)), "1 day");
        assert_eq!(before(h(24) + m(59)), "1 day");
        assert_eq!(before(h(25)), "1 day 1 hour");
        assert_eq!(before(h(48)), "2 days");
        assert_eq!(before(h(3) + m(12)), "3 hours 12 minutes");
        assert_eq!(before(h(1) + m(1)), "1 hour 1 minute");
        assert_eq!(before(h(2)), "2 hours");
        assert_eq!(before(m(45)), "45 minutes");
        assert_eq!(before(m(1)), "1 minute");
        assert_eq!(before(SignedDuration::from_secs(59)), "less than a minute");
        assert_eq!(before(SignedDuration::from_nanos(1)), "less than a minute");
        assert_eq!(format_remaining(deadline, deadline), "closed");
        assert_eq!(format_remaining(deadline + h(1), deadline), "closed");
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
