//! The messages redraft sends, rendered from a text and an HTML template under
//! `templates/email/`: the sign-in link (`sign_in.*`) and the notices about rounds
//! (`notice.*`: invitation, receipt, daily digest, reminder, the Chair's extension, early
//! closing, reopening and cancellation, closing confirmation, outcome, test). Every sentence
//! comes from the Fluent catalogue (`templates/locales/<lang>/mail.ftl`); every deadline is
//! shown in the venue's time with its zone and UTC offset, and in UTC.
//!
//! What a delegation wrote (a comment quoted in a closing confirmation) is isolated from the
//! sentence around it, so that directional formatting characters in it cannot reorder that
//! sentence: wrapped in FSI … PDI in the text part, in `<bdi>` in the HTML part.

mod changes;

use std::borrow::Cow;

use askama::Template;
use jiff::Timestamp;

use super::calendar::{self, DeadlineEvent};
use super::{MailError, OutgoingMail};
use crate::domain::VenueZone;
use crate::i18n::{Arg, Tr};
pub use changes::{cancellation, early_close, extension, reopening};

#[derive(Template)]
#[template(path = "email/sign_in.txt")]
struct SignInText<'a> {
    tr: &'a Tr,
    link: &'a str,
    valid_until: &'a str,
}

#[derive(Template)]
#[template(path = "email/sign_in.html")]
struct SignInHtml<'a> {
    tr: &'a Tr,
    link: &'a str,
    valid_until: &'a str,
}

/// The sign-in link for `to`, valid until `valid_until` (already formatted for the reader).
pub fn sign_in(
    tr: &Tr,
    to: &str,
    link: &str,
    valid_until: &str,
) -> Result<OutgoingMail, MailError> {
    Ok(OutgoingMail {
        to: to.to_string(),
        subject: tr.t("email-sign-in-subject"),
        text: SignInText {
            tr,
            link,
            valid_until,
        }
        .render()?,
        html: SignInHtml {
            tr,
            link,
            valid_until,
        }
        .render()?,
        attachment: None,
    })
}

/// A deadline as every notice states it.
#[derive(Debug, Clone)]
pub struct DeadlineText {
    /// "Deadline: 18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)"
    pub venue: String,
    /// "In UTC: Friday 2 October 2020, 16:00 UTC"
    pub utc: String,
}

#[derive(Debug, Clone)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// The content of a notice, already in the reader's language.
#[derive(Debug, Clone)]
pub struct Notice {
    pub subject: String,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    pub deadline: Option<DeadlineText>,
    pub items: Vec<NoticeItem>,
    pub link: Option<Link>,
    pub footer: String,
    /// The deadline as a calendar event, attached as `deadline.ics`.
    pub calendar: Option<DeadlineEvent>,
}

impl Notice {
    /// Attaches the deadline as a calendar event.
    pub fn with_calendar(mut self, event: DeadlineEvent) -> Notice {
        self.calendar = Some(event);
        self
    }

    /// Attaches the deadline as moved by a change of the round's schedule, saying that the
    /// attached file updates (or, for a cancelled round, removes) the event in the calendar.
    pub fn with_calendar_update(mut self, tr: &Tr, event: DeadlineEvent) -> Notice {
        self.paragraphs.push(tr.t(if event.cancelled {
            "mail-calendar-cancelled"
        } else {
            "mail-calendar-updated"
        }));
        self.with_calendar(event)
    }
}

/// Stands in a worded item for the text a user wrote, until [`NoticeItem::quoting`] puts it
/// there (a private-use character: no catalogue message or value of ours contains it).
pub const QUOTE: &str = "\u{E000}";

/// One line of a notice's list, already worded; `quote` is text a user wrote, shown isolated
/// between `before` and `after`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeItem {
    pub before: String,
    pub quote: Option<String>,
    pub after: String,
}

impl NoticeItem {
    /// A line that quotes nobody.
    pub fn plain(text: String) -> NoticeItem {
        NoticeItem {
            before: text,
            quote: None,
            after: String::new(),
        }
    }

    /// A line worded with [`QUOTE`] in place of `quote`.
    pub fn quoting(worded: &str, quote: &str) -> NoticeItem {
        match worded.split_once(QUOTE) {
            Some((before, after)) => NoticeItem {
                before: before.to_string(),
                quote: Some(quote.to_string()),
                after: after.to_string(),
            },
            // A translation that leaves the quote out shows the line without it.
            None => NoticeItem::plain(worded.to_string()),
        }
    }

    /// The quote with its directional formatting isolated (empty without a quote).
    pub fn isolated_quote(&self) -> Cow<'_, str> {
        self.quote
            .as_deref()
            .map(crate::domain::bidi::isolate)
            .unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "email/notice.txt")]
struct NoticeText<'a> {
    notice: &'a Notice,
}

#[derive(Template)]
#[template(path = "email/notice.html")]
struct NoticeHtml<'a> {
    tr: &'a Tr,
    notice: &'a Notice,
}

/// Renders a notice for `to` (with its calendar event as an `.ics` attachment, if it has one).
pub fn render(tr: &Tr, to: &str, notice: &Notice) -> Result<OutgoingMail, MailError> {
    Ok(OutgoingMail {
        to: to.to_string(),
        subject: notice.subject.clone(),
        text: NoticeText { notice }.render()?,
        html: NoticeHtml { tr, notice }.render()?,
        attachment: notice
            .calendar
            .as_ref()
            .map(calendar::deadline_attachment)
            .transpose()?,
    })
}

/// The calendar event of a round's deadline, as every notice of the round that carries it
/// names it: one UID, and a SEQUENCE counting the changes of the round's schedule so far.
#[derive(Debug, Clone)]
pub struct DeadlineCalendar {
    pub uid: String,
    pub sequence: u32,
    /// When the notices are made.
    pub stamp: Timestamp,
}

/// What every notice about a round knows: its body, title, venue zone and links.
#[derive(Debug, Clone)]
pub struct RoundFacts {
    pub body_name: String,
    pub round_title: String,
    pub venue: VenueZone,
    /// The delegate's page of the round.
    pub round_url: String,
    /// The delegation's list of its own comments.
    pub our_comments_url: String,
    /// Replies to the notices reach the Secretariat (its address is their `Reply-To`).
    pub replies_reach_secretariat: bool,
    /// The round puts a text under the silence procedure: its invitation and reminders speak
    /// of breaking silence rather than of commenting.
    pub silence: bool,
}

impl RoundFacts {
    pub fn deadline(&self, tr: &Tr, at: Timestamp) -> DeadlineText {
        DeadlineText {
            venue: tr.t1("mail-deadline", "deadline", &tr.deadline(&self.venue, at)),
            utc: tr.t1("mail-deadline-utc", "utc", &tr.utc(at)),
        }
    }

    fn base(&self, tr: &Tr, subject: String, delegation: &str) -> Notice {
        Notice {
            subject,
            greeting: tr.t1("mail-greeting", "delegation", delegation),
            paragraphs: Vec::new(),
            deadline: None,
            items: Vec::new(),
            link: Some(Link {
                label: tr.t("mail-open-round"),
                url: self.round_url.clone(),
            }),
            footer: tr.t1(
                if self.replies_reach_secretariat {
                    "mail-footer-replies"
                } else {
                    "mail-footer"
                },
                "body",
                &self.body_name,
            ),
            calendar: None,
        }
    }

    /// A notice about the round to `delegation`, its subject the message `subject_id` with the
    /// round's title and `args`; what it says is set by the caller.
    fn notice(
        &self,
        tr: &Tr,
        delegation: &str,
        subject_id: &str,
        args: &[(&'static str, String)],
    ) -> Notice {
        self.base(tr, self.t_round(tr, subject_id, args), delegation)
    }

    /// A reminder before the deadline: the subject states the deadline, the message `intro_id`
    /// the time remaining.
    fn reminder(
        &self,
        tr: &Tr,
        delegation: &str,
        (subject_id, intro_id): (&str, &str),
        now: Timestamp,
        deadline: Timestamp,
    ) -> Notice {
        let remaining = [("remaining", tr.remaining(now, deadline))];
        Notice {
            paragraphs: vec![self.t_round(tr, intro_id, &remaining)],
            deadline: Some(self.deadline(tr, deadline)),
            ..self.notice(
                tr,
                delegation,
                subject_id,
                &[("deadline", tr.deadline(&self.venue, deadline))],
            )
        }
    }

    /// The deadline `deadline` as the calendar event `calendar` (cancelled or not).
    pub fn deadline_event(
        &self,
        tr: &Tr,
        calendar: &DeadlineCalendar,
        deadline: Timestamp,
        cancelled: bool,
    ) -> DeadlineEvent {
        DeadlineEvent {
            uid: calendar.uid.clone(),
            sequence: calendar.sequence,
            summary: tr.t1(
                "mail-invitation-calendar-summary",
                "round",
                &self.round_title,
            ),
            description: tr.deadline(&self.venue, deadline),
            url: self.round_url.clone(),
            deadline,
            stamp: calendar.stamp,
            cancelled,
        }
    }

    /// `notice` with the deadline, pointing to the delegation's own comments (what a receipt or
    /// a digest asks the delegation to look at).
    fn to_our_comments(&self, tr: &Tr, mut notice: Notice, deadline: Timestamp) -> Notice {
        notice.deadline = Some(self.deadline(tr, deadline));
        notice.link = Some(self.our_comments_link(tr));
        notice
    }

    /// The link to the delegation's list of its own comments.
    fn our_comments_link(&self, tr: &Tr) -> Link {
        Link {
            label: tr.t("mail-open-our-comments"),
            url: self.our_comments_url.clone(),
        }
    }

    fn round_arg(&self) -> (&'static str, Arg) {
        ("round", Arg::Text(self.round_title.clone()))
    }

    fn t_round(&self, tr: &Tr, id: &str, more: &[(&'static str, String)]) -> String {
        let mut args = vec![self.round_arg()];
        args.extend(more.iter().map(|(k, v)| (*k, Arg::Text(v.clone()))));
        tr.ta(id, &args)
    }
}

/// The invitation sent to every focal point when a round opens (for a silence procedure: the
/// text is adopted at the deadline unless silence is broken).
pub fn invitation(tr: &Tr, round: &RoundFacts, delegation: &str, deadline: Timestamp) -> Notice {
    let deadline_text = tr.deadline(&round.venue, deadline);
    let (subject, intro, how) = if round.silence {
        (
            "mail-silence-invitation-subject",
            "mail-silence-invitation-intro",
            "mail-silence-invitation-how",
        )
    } else {
        (
            "mail-invitation-subject",
            "mail-invitation-intro",
            "mail-invitation-open",
        )
    };
    Notice {
        paragraphs: vec![
            round.t_round(
                tr,
                intro,
                &[
                    ("body", round.body_name.clone()),
                    ("deadline", deadline_text.clone()),
                ],
            ),
            tr.t(how),
            tr.t("mail-invitation-calendar"),
        ],
        deadline: Some(round.deadline(tr, deadline)),
        ..round.notice(tr, delegation, subject, &[("deadline", deadline_text)])
    }
}

/// A receipt: its subject and first paragraph (message ids) name the comment's reference; the
/// paragraphs of `more` follow.
fn receipt_notice(
    tr: &Tr,
    round: &RoundFacts,
    (delegation, reference): (&str, &str),
    (subject, intro): (&str, &str),
    more: Vec<String>,
    deadline: Timestamp,
) -> Notice {
    let reference = [("reference", reference.to_string())];
    let mut paragraphs = vec![round.t_round(tr, intro, &reference)];
    paragraphs.extend(more);
    let notice = Notice {
        paragraphs,
        ..round.notice(tr, delegation, subject, &reference)
    };
    round.to_our_comments(tr, notice, deadline)
}

/// The receipt of a delegation's first submission in a round.
pub fn receipt(
    tr: &Tr,
    round: &RoundFacts,
    delegation: &str,
    reference: &str,
    deadline: Timestamp,
) -> Notice {
    receipt_notice(
        tr,
        round,
        (delegation, reference),
        ("mail-receipt-subject", "mail-receipt-intro"),
        vec![tr.t("mail-receipt-more")],
        deadline,
    )
}

/// The receipt of a comment the Secretariat entered on a delegation's behalf (`provenance`
/// already worded); `held_back` when it was received after the delegation's deadline.
pub fn intake_receipt(
    tr: &Tr,
    round: &RoundFacts,
    (delegation, reference): (&str, &str),
    (provenance, held_back): (&str, bool),
    deadline: Timestamp,
) -> Notice {
    let mut more = vec![provenance.to_string()];
    if held_back {
        more.push(tr.t("mail-intake-held-back"));
    }
    more.push(tr.t("mail-intake-more"));
    receipt_notice(
        tr,
        round,
        (delegation, reference),
        ("mail-intake-subject", "mail-intake-intro"),
        more,
        deadline,
    )
}

/// The daily summary of a delegation's changes (`changes` already worded).
pub fn digest(
    tr: &Tr,
    round: &RoundFacts,
    delegation: &str,
    date: &str,
    changes: Vec<String>,
    deadline: Timestamp,
) -> Notice {
    let date = ("date", date.to_string());
    let subject = [date.clone(), ("delegation", delegation.to_string())];
    let notice = Notice {
        paragraphs: vec![round.t_round(tr, "mail-digest-intro", &[date])],
        items: changes.into_iter().map(NoticeItem::plain).collect(),
        ..round.notice(tr, delegation, "mail-digest-subject", &subject)
    };
    round.to_our_comments(tr, notice, deadline)
}

/// A reminder to a delegation that has not responded (for a silence procedure: that the text
/// is adopted at the deadline unless silence is broken; its wording says one may ignore it).
pub fn reminder(
    tr: &Tr,
    round: &RoundFacts,
    delegation: &str,
    now: Timestamp,
    deadline: Timestamp,
) -> Notice {
    let messages = if round.silence {
        (
            "mail-silence-reminder-subject",
            "mail-silence-reminder-intro",
        )
    } else {
        ("mail-reminder-subject", "mail-reminder-intro")
    };
    let mut notice = round.reminder(tr, delegation, messages, now, deadline);
    if !round.silence {
        notice.paragraphs.push(tr.t("mail-reminder-ignore"));
    }
    notice
}

/// The closing confirmation: what the delegation submitted, as recorded at the deadline
/// (`items` already worded, empty when nothing was received).
pub fn closing(
    tr: &Tr,
    round: &RoundFacts,
    delegation: &str,
    deadline: Timestamp,
    items: Vec<NoticeItem>,
) -> Notice {
    let mut paragraphs = vec![round.t_round(
        tr,
        "mail-closing-intro",
        &[("deadline", tr.deadline(&round.venue, deadline))],
    )];
    if items.is_empty() {
        paragraphs.push(tr.t("mail-closing-none"));
    }
    Notice {
        paragraphs,
        items,
        link: Some(round.our_comments_link(tr)),
        ..round.notice(
            tr,
            delegation,
            "mail-closing-subject",
            &[("delegation", delegation.to_string())],
        )
    }
}

/// The outcome of the round is published at `outcome_url`.
pub fn outcome(tr: &Tr, round: &RoundFacts, delegation: &str, outcome_url: &str) -> Notice {
    Notice {
        paragraphs: vec![round.t_round(tr, "mail-outcome-intro", &[])],
        link: Some(Link {
            label: tr.t("mail-open-outcome"),
            url: outcome_url.to_string(),
        }),
        ..round.notice(tr, delegation, "mail-outcome-subject", &[])
    }
}

/// The receipt of a delegation's statement in a silence procedure (`withdrawn`: of its
/// withdrawal), with its reference number.
pub fn silence_receipt(
    tr: &Tr,
    round: &RoundFacts,
    delegation: &str,
    reference: &str,
    breaks_silence: bool,
    withdrawn: bool,
    deadline: Timestamp,
) -> Notice {
    let reference = [("reference", reference.to_string())];
    let (subject, intro) = match (withdrawn, breaks_silence) {
        (true, _) => (
            "mail-silence-withdrawn-subject",
            "mail-silence-withdrawn-intro",
        ),
        (false, true) => ("mail-silence-break-subject", "mail-silence-break-intro"),
        (false, false) => (
            "mail-silence-statement-subject",
            "mail-silence-statement-intro",
        ),
    };
    Notice {
        paragraphs: vec![round.t_round(tr, intro, &reference)],
        deadline: Some(round.deadline(tr, deadline)),
        ..round.notice(tr, delegation, subject, &reference)
    }
}

/// The result of a silence procedure, decided at its deadline: to every focal point and to
/// the Chair (`greeting_to` names the reader: a delegation, or the Chair).
pub fn silence_result(
    tr: &Tr,
    round: &RoundFacts,
    greeting_to: Option<&str>,
    adopted: bool,
    broken_by: &[String],
    deadline: Timestamp,
) -> Notice {
    let (subject, intro) = if adopted {
        ("mail-silence-adopted-subject", "mail-silence-adopted-intro")
    } else {
        ("mail-silence-broken-subject", "mail-silence-broken-intro")
    };
    let mut notice = round.notice(tr, greeting_to.unwrap_or_default(), subject, &[]);
    if greeting_to.is_none() {
        notice.greeting = tr.t("mail-greeting-chair");
    }
    let deadline_text = tr.deadline(&round.venue, deadline);
    notice.paragraphs = vec![round.t_round(tr, intro, &[("deadline", deadline_text)])];
    notice.items = broken_by
        .iter()
        .map(|name| NoticeItem::quoting(QUOTE, name))
        .collect();
    notice
}

/// The Chair's test message from the mail log.
pub fn test_message(tr: &Tr, round: &RoundFacts, to: &str, now: Timestamp) -> Notice {
    let mut notice = round.base(tr, tr.t("mail-test-subject"), to);
    notice.greeting = String::new();
    notice.paragraphs = vec![round.t_round(
        tr,
        "mail-test-body",
        &[("time", tr.datetime(&round.venue, now))],
    )];
    notice
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> RoundFacts {
        RoundFacts {
            body_name: "Working Group on Trafficking in Persons".into(),
            round_title: "Post-meeting comments".into(),
            venue: VenueZone::parse("Europe/Vienna").unwrap(),
            round_url: "https://c.example.org/rounds/1".into(),
            our_comments_url: "https://c.example.org/rounds/1/our-comments".into(),
            replies_reach_secretariat: true,
            silence: false,
        }
    }

    #[test]
    fn a_reminder_states_the_deadline_in_venue_time_and_utc() {
        let tr = Tr::english();
        let deadline: Timestamp = "2020-10-02T16:00:00Z".parse().unwrap();
        let now = deadline - jiff::SignedDuration::from_hours(48);
        let notice = reminder(&tr, &facts(), "Austria", now, deadline);
        let mail = render(&tr, "fp@austria.example.org", &notice).unwrap();
        assert_eq!(
            mail.subject,
            "Reminder: comments on Post-meeting comments are due by 18:00 on Friday 2 October \
             2020, Vienna time (CEST, UTC+02:00)"
        );
        for part in [&mail.text, &mail.html] {
            assert!(part.contains("Dear focal point of Austria,"), "{part}");
            assert!(part.contains("Time remaining: 2 days."), "{part}");
            assert!(
                part.contains("In UTC: Friday 2 October 2020, 16:00 UTC"),
                "{part}"
            );
            assert!(part.contains("https://c.example.org/rounds/1"), "{part}");
        }
        assert!(
            mail.text.contains(
                "Deadline: 18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)"
            )
        );
    }

    #[test]
    fn html_parts_escape_what_people_typed() {
        let tr = Tr::english();
        let notice = closing(
            &tr,
            &facts(),
            "Austria",
            "2020-10-02T16:00:00Z".parse().unwrap(),
            vec![NoticeItem::quoting(
                &format!("C/1 — Remark: {QUOTE}"),
                "<script>alert(1)</script>",
            )],
        );
        let mail = render(&tr, "fp@austria.example.org", &notice).unwrap();
        assert!(!mail.html.contains("<script>"));
        assert!(
            mail.html
                .contains("C/1 — Remark: <bdi>&#60;script&#62;alert(1)&#60;/script&#62;</bdi>")
                || mail
                    .html
                    .contains("C/1 — Remark: <bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>"),
            "{}",
            mail.html
        );
        assert!(
            mail.text
                .contains("- C/1 — Remark: <script>alert(1)</script>")
        );
    }

    #[test]
    fn a_quote_with_an_override_cannot_reorder_its_line() {
        let tr = Tr::english();
        let quote = "Fine\u{202E} reversed";
        let notice = closing(
            &tr,
            &facts(),
            "Austria",
            "2020-10-02T16:00:00Z".parse().unwrap(),
            vec![NoticeItem::quoting(
                &format!("C/1 — {QUOTE} (remark)"),
                quote,
            )],
        );
        let mail = render(&tr, "fp@austria.example.org", &notice).unwrap();
        assert!(
            mail.text
                .contains("- C/1 — \u{2068}Fine\u{202E} reversed\u{2069} (remark)"),
            "{}",
            mail.text
        );
        assert!(
            mail.html
                .contains("<bdi>\u{2068}Fine\u{202E} reversed\u{2069}</bdi> (remark)"),
            "{}",
            mail.html
        );
        // Text without directional formatting is quoted as it is.
        let plain = NoticeItem::quoting(&format!("C/2 — {QUOTE}"), "Plain.");
        assert_eq!(plain.isolated_quote(), "Plain.");
        assert_eq!(
            NoticeItem::quoting("no quote here", "x"),
            NoticeItem::plain("no quote here".into())
        );
    }
}
