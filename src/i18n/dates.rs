//! Times worded for people, in each language: deadlines as an exact moment with the venue's
//! zone abbreviation and UTC offset computed from the instant itself
//! ("18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)"), other times with the
//! venue's city and offset, and the time left before a deadline.
//!
//! The arithmetic is jiff's (the bundled time zone database, offsets and abbreviations at each
//! instant); the words and their order are the catalogues' (`weekday-*`, `month-*`,
//! `moment-*`, `remaining-*` in `dates.ftl`). The `icu` crate's date formatter was weighed
//! and not taken: it would add its calendar, time zone and date-time data crates to a build
//! that already has jiff for the arithmetic, for six languages whose long date patterns fit in
//! one message each — and the United Nations' own wording is not always CLDR's (Arabic UN
//! documents write both month names, "تشرين الأول/أكتوبر"), which a catalogue can say.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::Offset;

use super::{Arg, Tr};
use crate::domain::VenueZone;
use crate::domain::time_format::{lettered_abbreviation, write_offset};

/// A time to be worded in the language of the page or e-mail that shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Moment {
    /// A deadline (or opening): time, date, the venue's city, zone abbreviation and offset.
    Deadline(VenueZone, Timestamp),
    /// Any other time at the venue: date, time, city and offset.
    DateTime(VenueZone, Timestamp),
    /// The same instant in UTC.
    Utc(Timestamp),
    /// The time left from `now` until `until`, rounded down ("closed" once past).
    Remaining { now: Timestamp, until: Timestamp },
}

impl Moment {
    pub fn deadline(venue: &VenueZone, at: Timestamp) -> Moment {
        Moment::Deadline(venue.clone(), at)
    }

    pub fn datetime(venue: &VenueZone, at: Timestamp) -> Moment {
        Moment::DateTime(venue.clone(), at)
    }
}

impl Tr {
    /// The moment in this language.
    pub fn moment(&self, moment: &Moment) -> String {
        match moment {
            Moment::Deadline(venue, at) => self.deadline(venue, *at),
            Moment::DateTime(venue, at) => self.datetime(venue, *at),
            Moment::Utc(at) => self.utc(*at),
            Moment::Remaining { now, until } => self.remaining(*now, *until),
        }
    }

    /// E.g. "18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)"; where the zone has
    /// no lettered abbreviation at that instant only the offset is given: "(UTC+04:00)".
    pub fn deadline(&self, venue: &VenueZone, at: Timestamp) -> String {
        let info = venue.tz().to_offset_info(at);
        let offset = info.offset();
        let local = offset.to_datetime(at);
        let zone = match lettered_abbreviation(info.abbreviation()) {
            Some(abbreviation) => self.ta(
                "moment-zone-abbreviated",
                &[
                    ("abbreviation", abbreviation.into()),
                    ("offset", offset_text(offset).into()),
                ],
            ),
            None => offset_text(offset),
        };
        self.ta(
            "moment-deadline",
            &[
                ("time", time_text(local).into()),
                ("date", self.date(local.date()).into()),
                ("city", venue.city().into()),
                ("zone", zone.into()),
            ],
        )
    }

    /// E.g. "Friday 2 October 2020, 18:00 (Vienna, UTC+02:00)".
    pub fn datetime(&self, venue: &VenueZone, at: Timestamp) -> String {
        let offset = venue.tz().to_offset(at);
        let local = offset.to_datetime(at);
        self.ta(
            "moment-datetime",
            &[
                ("date", self.date(local.date()).into()),
                ("time", time_text(local).into()),
                ("city", venue.city().into()),
                ("offset", offset_text(offset).into()),
            ],
        )
    }

    /// E.g. "Friday 2 October 2020, 16:00 UTC".
    pub fn utc(&self, at: Timestamp) -> String {
        let utc = Offset::UTC.to_datetime(at);
        self.ta(
            "moment-utc",
            &[
                ("date", self.date(utc.date()).into()),
                ("time", time_text(utc).into()),
            ],
        )
    }

    /// E.g. "Friday 2 October 2020": the weekday, day, month and year in the language's order.
    pub fn date(&self, local: Date) -> String {
        let weekday = local.weekday().to_monday_one_offset();
        self.ta(
            "moment-date",
            &[
                ("weekday", self.t(&format!("weekday-{weekday}")).into()),
                ("day", Arg::Text(local.day().to_string())),
                ("month", self.t(&format!("month-{}", local.month())).into()),
                ("year", Arg::Text(local.year().to_string())),
            ],
        )
    }

    /// The day of an instant on the venue's calendar, as a document dates its issue:
    /// "9 October 2020".
    pub fn day(&self, venue: &VenueZone, at: Timestamp) -> String {
        let local = venue.to_local(at);
        self.ta(
            "outcome-masthead-date",
            &[
                ("day", Arg::Text(local.day().to_string())),
                ("month", self.t(&format!("month-{}", local.month())).into()),
                ("year", Arg::Text(local.year().to_string())),
            ],
        )
    }

    /// Time left until `deadline`, in words: "13 days 4 hours", "1 day", "3 hours 12 minutes",
    /// "45 minutes", "less than a minute"; "closed" once `now >= deadline`. Rounded down, so
    /// it never promises more time than there is.
    pub fn remaining(&self, now: Timestamp, deadline: Timestamp) -> String {
        if now >= deadline {
            return self.t("remaining-closed");
        }
        let total_minutes = deadline.duration_since(now).as_secs() / 60;
        if total_minutes == 0 {
            return self.t("remaining-under-a-minute");
        }
        let days = total_minutes / (24 * 60);
        let hours = total_minutes / 60 % 24;
        let minutes = total_minutes % 60;
        let unit = |id: &str, n: i64| self.ta(id, &[("count", Arg::Number(n))]);
        let (first, second) = if days > 0 {
            (
                unit("remaining-days", days),
                (hours > 0).then(|| unit("remaining-hours", hours)),
            )
        } else if hours > 0 {
            (
                unit("remaining-hours", hours),
                (minutes > 0).then(|| unit("remaining-minutes", minutes)),
            )
        } else {
            (unit("remaining-minutes", minutes), None)
        };
        match second {
            Some(second) => self.ta(
                "remaining-two-units",
                &[("first", first.into()), ("second", second.into())],
            ),
            None => first,
        }
    }
}

/// "18:00": the 24-hour clock, as the United Nations writes times in all six languages.
fn time_text(local: DateTime) -> String {
    format!("{:02}:{:02}", local.hour(), local.minute())
}

fn offset_text(offset: Offset) -> String {
    let mut out = String::with_capacity(12);
    write_offset(&mut out, offset);
    out
}

#[cfg(test)]
mod tests {
    use jiff::SignedDuration;

    use super::*;
    use crate::domain::Language;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("valid timestamp literal")
    }

    fn zone(name: &str) -> VenueZone {
        VenueZone::parse(name).expect("zone in the bundled tzdb")
    }

    #[test]
    fn the_day_of_issue_is_the_venue_s() {
        let tr = Tr::english();
        // 23:30 UTC on 8 October is already 9 October in Vienna.
        let day = tr.day(&zone("Europe/Vienna"), ts("2020-10-08T23:30:00Z"));
        assert_eq!(day, "9 October 2020");
    }

    /// `(zone, instant, worded)` rows: each deadline worded in English in its zone.
    fn assert_deadlines(rows: &[(&str, &str, &str)]) {
        let tr = Tr::english();
        for (name, instant, worded) in rows {
            assert_eq!(
                tr.deadline(&zone(name), ts(instant)),
                *worded,
                "{instant} in {name}"
            );
        }
    }

    #[test]
    fn deadlines_in_summer_and_winter_with_any_abbreviation_and_offset() {
        assert_deadlines(&[
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
        ]);
    }

    #[test]
    fn datetime_and_utc() {
        let tr = Tr::english();
        let v = zone("Europe/Vienna");
        assert_eq!(
            tr.datetime(&v, ts("2020-10-02T16:00:00Z")),
            "Friday 2 October 2020, 18:00 (Vienna, UTC+02:00)"
        );
        assert_eq!(
            tr.datetime(&zone("America/St_Johns"), ts("2020-12-02T21:30:00Z")),
            "Wednesday 2 December 2020, 18:00 (St Johns, UTC-03:30)"
        );
        // Before standard time zones, offsets had seconds (Vienna's local mean time).
        assert_eq!(
            tr.datetime(&v, ts("1890-01-01T12:00:00Z")),
            "Wednesday 1 January 1890, 13:05 (Vienna, UTC+01:05:21)"
        );
        assert_eq!(
            tr.utc(ts("2020-10-02T16:00:00Z")),
            "Friday 2 October 2020, 16:00 UTC"
        );
        assert_eq!(
            tr.utc(ts("2021-01-01T00:05:59Z")),
            "Friday 1 January 2021, 00:05 UTC"
        );
    }

    #[test]
    fn remaining_time() {
        let tr = Tr::english();
        let deadline = ts("2020-10-02T16:00:00Z");
        let before = |d: SignedDuration| tr.remaining(deadline - d, deadline);
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
        assert_eq!(tr.remaining(deadline, deadline), "closed");
        assert_eq!(tr.remaining(deadline + h(1), deadline), "closed");
    }

    #[test]
    fn each_language_words_the_same_deadline_with_the_same_offset() {
        let v = zone("Europe/Vienna");
        let at = ts("2020-10-02T16:00:00Z");
        for language in Language::all() {
            let text = Tr::new(language).deadline(&v, at);
            assert!(text.contains("UTC+02:00"), "{language}: {text}");
            assert!(text.contains("18:00"), "{language}: {text}");
            assert!(text.contains("2020"), "{language}: {text}");
        }
    }
}
