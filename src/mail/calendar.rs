//! The iCalendar (`.ics`) attachment of the invitation: one event at the round's deadline, so
//! that it lands in the focal point's calendar at the right instant whatever their time zone.

use icalendar::{Calendar, Component, EventLike};
use jiff::Timestamp;

use super::{Attachment, MailError};

/// What the calendar event says.
pub struct DeadlineEvent<'a> {
    /// Stable across re-sends and updates, e.g. `round-7-deadline@comments.example.org`.
    pub uid: &'a str,
    pub summary: &'a str,
    pub description: &'a str,
    pub url: &'a str,
    pub deadline: Timestamp,
    pub created: Timestamp,
}

fn utc(ts: Timestamp) -> Result<chrono::DateTime<chrono::Utc>, MailError> {
    chrono::DateTime::from_timestamp_millis(ts.as_millisecond())
        .ok_or_else(|| MailError::Calendar(format!("instant out of range: {ts}")))
}

/// The `.ics` attachment holding the deadline.
pub fn deadline_attachment(event: &DeadlineEvent<'_>) -> Result<Attachment, MailError> {
    let deadline = utc(event.deadline)?;
    let calendar = Calendar::new()
        .push(
            icalendar::Event::new()
                .uid(event.uid)
                .timestamp(utc(event.created)?)
                .summary(event.summary)
                .description(event.description)
                .url(event.url)
                .starts(deadline)
                .ends(deadline)
                .done(),
        )
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
        let attachment = deadline_attachment(&DeadlineEvent {
            uid: "round-1-deadline@example.org",
            summary: "Deadline: comments, Working Group; on the draft",
            description: "18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)",
            url: "https://comments.example.org/rounds/1",
            deadline: "2020-10-02T16:00:00Z".parse().unwrap(),
            created: "2020-09-18T08:00:00Z".parse().unwrap(),
        })
        .unwrap();
        let ics = attachment.body;
        assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
        assert!(ics.contains("DTSTART:20201002T160000Z"), "{ics}");
        assert!(ics.contains("UID:round-1-deadline@example.org"), "{ics}");
        // Commas and semicolons are escaped as RFC 5545 wants.
        assert!(ics.contains("Working Group\\; on the draft"), "{ics}");
    }
}
