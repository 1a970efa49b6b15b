//! What every notice carries, over SMTP to a real server: `Reply-To` and the footer's word on
//! replies only when the Secretariat's address is configured; the deadline's calendar event
//! (`METHOD:PUBLISH`), sent again with the same UID and a higher SEQUENCE by each change of the
//! round's schedule.

use jiff::{SignedDuration, Timestamp};
use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, CHAIR, TestApp, User, sel};
use crate::mail::sign_in_by_smtp;
use redraft::bench::smtp_sink::{ParsedMail, SmtpServer};
use redraft::config::ServerArgs;

both_backends!(
    replies_reach_the_secretariat_only_when_its_address_is_configured,
    each_schedule_change_sends_the_calendar_event_updated,
);

const SECRETARIAT: &str = "secretariat@unodc.example.org";
const FOOTER: &str =
    "This message was sent by redraft for Working Group on Trafficking in Persons.";

/// The one e-mail to `to` whose subject starts with `subject` (waiting a little for it).
async fn the_mail(smtp: &SmtpServer, to: &str, subject: &str) -> ParsedMail {
    for _ in 0..200 {
        let mails: Vec<ParsedMail> = smtp
            .mails_to(to)
            .into_iter()
            .filter(|m| m.subject.starts_with(subject))
            .collect();
        if let [mail] = mails.as_slice() {
            return mail.clone();
        }
        assert!(
            mails.len() < 2,
            "{} e-mails {subject:?} to {to}",
            mails.len()
        );
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("no e-mail {subject:?} to {to}");
}

async fn replies_reach_the_secretariat_only_when_its_address_is_configured(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let t = TestApp::spawn_configured(
        backend,
        ServerArgs {
            smtp_url: Some(smtp.url()),
            mail_reply_to: Some(SECRETARIAT.into()),
            ..ServerArgs::default()
        },
    )
    .await;
    let invitation = the_mail(&smtp, AUSTRIA, "Invitation to comment").await;
    assert_eq!(invitation.reply_to.as_deref(), Some(SECRETARIAT));
    for part in [&invitation.text, &invitation.html] {
        assert!(
            part.contains(&format!("{FOOTER} Replies reach the Secretariat.")),
            "{part}"
        );
    }
    drop(t);

    let smtp = SmtpServer::start().await;
    let _t = TestApp::spawn_smtp(backend, &smtp.url()).await;
    let invitation = the_mail(&smtp, AUSTRIA, "Invitation to comment").await;
    assert_eq!(invitation.reply_to, None);
    for part in [&invitation.text, &invitation.html] {
        assert!(part.contains(FOOTER), "{part}");
        assert!(!part.contains("Replies reach"), "{part}");
    }
}

/// A property of the calendar file's event, its folded lines unfolded (RFC 5545, 3.1).
fn ics_property(ics: &str, name: &str) -> Option<String> {
    let unfolded = ics.replace("\r\n ", "");
    unfolded
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{name}:")))
        .map(str::to_string)
}

/// The calendar file of a notice: its UID, SEQUENCE, deadline and status.
#[derive(Debug, PartialEq)]
struct CalendarEvent {
    uid: String,
    sequence: u32,
    deadline: String,
    status: Option<String>,
}

/// The calendar event attached to `mail`, whose text says the file `updates` or `cancels` the
/// deadline in the reader's calendar.
fn calendar_event_that(mail: &ParsedMail, verb: &str) -> CalendarEvent {
    let says =
        format!("The attached calendar file (deadline.ics) {verb} the deadline in your calendar.");
    assert!(mail.text.contains(&says), "{}", mail.text);
    calendar_event(mail)
}

fn calendar_event(mail: &ParsedMail) -> CalendarEvent {
    let [(name, ics)] = mail.attachments.as_slice() else {
        panic!("one attachment expected: {:?}", mail.attachments);
    };
    assert_eq!(name, "deadline.ics");
    assert_eq!(
        ics_property(ics, "METHOD").as_deref(),
        Some("PUBLISH"),
        "{ics}"
    );
    CalendarEvent {
        uid: ics_property(ics, "UID").expect("UID"),
        sequence: ics_property(ics, "SEQUENCE")
            .expect("SEQUENCE")
            .parse()
            .expect("a number"),
        deadline: ics_property(ics, "DTSTART").expect("DTSTART"),
        status: ics_property(ics, "STATUS"),
    }
}

fn ics_instant(at: Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Submits one of the overview's schedule forms (`action`), setting `fields`.
async fn change_schedule(t: &TestApp, chair: &User, action: &str, fields: &[(&str, &str)]) {
    let overview = chair.get(&format!("/chair/rounds/{}", t.round_id)).await;
    let mut form = overview.form(&format!("form:has(input[name='action'][value='{action}'])"));
    for (name, value) in fields {
        form = form.set(name, value);
    }
    let answer = chair.submit(&form).await;
    assert_eq!(
        answer.status,
        StatusCode::SEE_OTHER,
        "{action}: {}",
        answer.body
    );
    t.settle_mail().await;
}

/// 18:00 in Vienna, `days` after `at`: the date field's value and the instant.
fn vienna_evening(at: Timestamp, days: i64) -> (String, Timestamp) {
    let day = (at + SignedDuration::from_hours(24 * days))
        .in_tz("Europe/Vienna")
        .expect("zone")
        .date();
    let evening = day
        .at(18, 0, 0, 0)
        .in_tz("Europe/Vienna")
        .expect("a time in Vienna");
    (day.to_string(), evening.timestamp())
}

async fn each_schedule_change_sends_the_calendar_event_updated(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let t = TestApp::spawn_smtp(backend, &smtp.url()).await;
    let closes_at = t.closes_at().await;
    let invitation = calendar_event(&the_mail(&smtp, AUSTRIA, "Invitation to comment").await);
    assert_eq!(invitation.sequence, 0);
    assert_eq!(invitation.deadline, ics_instant(closes_at));
    assert_eq!(invitation.status, None);

    let chair = sign_in_by_smtp(&t, &smtp, CHAIR).await;
    let (date, extended) = vienna_evening(closes_at, 3);
    let reason = ("reason", "Agreed by the Bureau.");
    change_schedule(
        &t,
        &chair,
        "extend",
        &[("closes_date", &date), ("closes_time", "18:00"), reason],
    )
    .await;
    let mail = the_mail(&smtp, AUSTRIA, "Deadline extended: ").await;
    let extension = calendar_event_that(&mail, "updates");
    assert_eq!(extension.uid, invitation.uid, "the same event, updated");
    assert_eq!(extension.sequence, 1);
    assert_eq!(extension.deadline, ics_instant(extended));

    // Austria alone gets another day: its event moves again.
    let austria_id = chair
        .get(&format!("/chair/rounds/{}", t.round_id))
        .await
        .html()
        .select(&sel("#delegation-id-extend-delegation option"))
        .find(|o| o.text().collect::<String>() == "Austria")
        .and_then(|o| o.value().attr("value").map(str::to_string))
        .expect("Austria in the list");
    let (date, austria_deadline) = vienna_evening(closes_at, 4);
    change_schedule(
        &t,
        &chair,
        "extend-delegation",
        &[
            ("delegation_id", &austria_id),
            ("closes_date", &date),
            ("closes_time", "18:00"),
            reason,
        ],
    )
    .await;
    let for_austria =
        calendar_event(&the_mail(&smtp, AUSTRIA, "Deadline extended for Austria").await);
    assert_eq!(for_austria.uid, invitation.uid);
    assert_eq!(for_austria.sequence, 2);
    assert_eq!(for_austria.deadline, ics_instant(austria_deadline));

    change_schedule(
        &t,
        &chair,
        "cancel",
        &[("reason", "The draft was withdrawn.")],
    )
    .await;
    let mail = the_mail(&smtp, AUSTRIA, "Round cancelled").await;
    let cancelled = calendar_event_that(&mail, "cancels");
    assert_eq!(cancelled.uid, invitation.uid);
    assert_eq!(cancelled.sequence, 3);
    assert_eq!(cancelled.status.as_deref(), Some("CANCELLED"));
}
