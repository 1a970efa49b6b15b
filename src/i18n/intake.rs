//! The provenance of a comment the Secretariat entered on a delegation's behalf, worded the same
//! on every page, e-mail and document that shows it: "Entered by the Secretariat on behalf of
//! Austria, received by note verbale of 2 October 2020 (ref. NV/2020/123)." The date is the day
//! received on the venue's calendar, as the communication is dated.

use super::Tr;
use crate::domain::VenueZone;
use crate::domain::intake::Intake;

impl Tr {
    /// The provenance of an intake of `delegation`, in this language.
    pub fn intake(&self, venue: &VenueZone, delegation: &str, intake: &Intake) -> String {
        let mut args = vec![
            ("delegation", delegation.into()),
            ("source", intake.source.as_str().into()),
            ("date", self.day(venue, intake.received_at).into()),
        ];
        let id = match &intake.source_reference {
            Some(reference) => {
                args.push(("reference", reference.as_str().into()));
                "comment-intake-reference"
            }
            None => "comment-intake",
        };
        self.ta(id, &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::domain::intake::IntakeSource;

    #[test]
    fn provenance_is_worded_with_the_day_received_at_the_venue() {
        let venue = VenueZone::parse("Europe/Vienna").unwrap();
        let tr = Tr::new(Language::En);
        let intake = Intake {
            source: IntakeSource::NoteVerbale,
            // 23:30 UTC on 1 October is 2 October in Vienna.
            received_at: "2020-10-01T23:30:00Z".parse().unwrap(),
            source_reference: Some("NV/2020/123".into()),
        };
        assert_eq!(
            tr.intake(&venue, "Austria", &intake),
            "Entered by the Secretariat on behalf of Austria, received by note verbale of \
             2 October 2020 (ref. NV/2020/123)."
        );
        let email = Intake {
            source: IntakeSource::Email,
            source_reference: None,
            ..intake
        };
        assert_eq!(
            tr.intake(&venue, "Austria", &email),
            "Entered by the Secretariat on behalf of Austria, received by e-mail of \
             2 October 2020."
        );
    }
}
