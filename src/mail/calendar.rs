//! The iCalendar (`.ics`) attachment of the notices that set or move the deadline (the
//! invitation, extensions, early closing, reopening, cancellation): one event at the delegation's
//! deadline, so that it lands in the focal point's calendar at the right instant whatever their
//! time zone. Every notice of a round carries the same UID and a SEQUENCE that grows with each
//! change of the round's schedule, published with `METHOD:PUBLISH` (RFC 5546): a calendar that
//! holds the event replaces it with the newer one instead of adding a second.

use icalendar::{Calendar, Component, EventLike, EventStatus, Property};
use jiff::Timestamp;

use super::{Attachment, MailError};

/// What the calendar event says.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineEvent {
    /// The same for every notice of a round, e.g. `round-7-deadline-…@comments.example.org`.
    pub uid: String,
    /// How many times the round's schedule has changed (0 for the invitation of a round never
    /// changed): each update has a higher one.
    pub sequence: u32,
    pub summary: String,
    pub description: String,
    pub url: String,
    pub deadline: Timestamp,
    /// When this version of the event was made.
    pub stamp: Timestamp,
    /// The round was cancelled: the event is too.
    pub cancelled: bool,
}

fn utc(ts: Timestamp) -> Result<chrono::DateTime<chrono::Utc>, MailError> {
    chrono::DateTime::from_timestamp_millis(ts.as_millisecond())
        .ok_or_else(|| MailError::Calendar(format!("instant out of range: {ts}")))
}

/// The `.ics` attachment holding the deadline.
pub fn deadline_attachment(event: &DeadlineEvent) -> Result<Attachment, MailError> {
    let deadline = utc(event.deadline)?;
    let mut ics_event = icalendar::Event::new();
    ics_event
        .uid(&event.uid)
        .sequence(event.sequence)
        .timestamp(utc(event.stamp)?)
        .summary(&event.summary)
        .description(&event.description)
        .url(&event.url)
        .starts(deadline)
        .ends(deadline);
    if event.cancelled {
        ics_event.status(EventStatus::Cancelled);
    }
    let calendar = Calendar::new()
        .append_property(Property::new("METHOD", "PUBLISH"))
        .push(ics_event.done())
        .done();
    Ok(Attachment {
        filename: "deadline.ics".to_string(),
        content_type: "text/calendar; charset=utf-8; method=PUBLISH".to_string(),
        body: calendar.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_event_is_at_the_deadline_in_utc() {
        let attachment = deadline_attachment(&event()).unwrap();
        let ics = attachment.body;
        assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
        assert!(ics.contains("\r\nMETHOD:PUBLISH\r\n"), "{ics}");
        assert!(ics.contains("DTSTART:20201002T160000Z"), "{ics}");
        assert!(ics.contains("UID:round-1-deadline@example.org"), "{ics}");
        assert!(ics.contains("\r\nSEQUENCE:0\r\n"), "{ics}");
        assert!(!ics.contains("STATUS:"), "{ics}");
        // Commas and semicolons are escaped as RFC 5545 wants.
        assert!(ics.contains("Working Group\\; on the draft"), "{ics}");
    }

    #[test]
    fn an_update_carries_its_sequence_and_a_cancellation_its_status() {
        let moved = DeadlineEvent {
            sequence: 3,
            cancelled: true,
            ..event()
        };
        let ics = deadline_attachment(&moved).unwrap().body;
        assert!(ics.contains("\r\nSEQUENCE:3\r\n"), "{ics}");
        assert!(ics.contains("\r\nSTATUS:CANCELLED\r\n"), "{ics}");
    }

    fn event() -> DeadlineEvent {
        DeadlineEvent {
            uid: "round-1-deadline@example.org".into(),
            sequence: 0,
            summary: "Deadline: comments, Working Group; on the draft".into(),
            description: "18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)".into(),
            url: "https://comments.example.org/rounds/1".into(),
            deadline: "2020-10-02T16:00:00Z".parse().unwrap(),
            stamp: "2020-09-18T08:00:00Z".parse().unwrap(),
            cancelled: false,
        }
    }
}
