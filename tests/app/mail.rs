//! E-mail end to end, over SMTP to a real server on a loopback port: invitation with its
//! calendar file, receipt, reminders (once, never after the deadline, none for delegations that
//! responded), closing confirmation, the Chair's mail log and test message, and the notices the
//! Chair's actions and the outcome send.

use jiff::{SignedDuration, Timestamp};
use redraft::app::notify::{self, Announcement};
use redraft::domain::{Clock, DelegationCategory, Role};
use redraft::store::delegation as people;
use redraft::store::outbox::{self, OutboxEntry, OutboxStatus};
use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, BRAZIL, Backend, CHAIR, EU, EU_DEPUTY, TestApp, User};
use redraft::bench::smtp_sink::{ParsedMail, SmtpServer};

both_backends!(
    invitation_receipt_reminder_and_closing_confirmation_arrive_by_smtp,
    missed_reminders_are_sent_once_and_never_after_the_deadline,
    chair_mail_log_and_test_message,
    notices_of_the_chairs_actions_and_the_outcome,
    a_days_changes_come_in_one_digest_the_next_morning,
);

pub const JAPAN: &str = "focal.point@japan.example.org";
pub const NIGERIA: &str = "focal.point@nigeria.example.org";

/// The demo's focal points: Austria, Brazil, the EU (two), Japan, Nigeria.
pub const DEMO_FOCAL_POINTS: [&str; 6] = [AUSTRIA, BRAZIL, EU, EU_DEPUTY, JAPAN, NIGERIA];

fn with_subject(mails: Vec<ParsedMail>, start: &str) -> Vec<ParsedMail> {
    mails
        .into_iter()
        .filter(|m| m.subject.starts_with(start))
        .collect()
}

/// Signs `email` in through the sign-in link that arrives at the SMTP server.
pub async fn sign_in_by_smtp(t: &TestApp, smtp: &SmtpServer, email: &str) -> User {
    let mut user = t.browser();
    user.email = email.to_string();
    let before = with_subject(smtp.mails_to(email), "Your sign-in link").len();
    let page = user.get("/sign-in").await;
    let form = page.form("form[action='/sign-in']").set("email", email);
    let answer = user.submit(&form).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let mut mail = None;
    for _ in 0..200 {
        if let Some(m) = with_subject(smtp.mails_to(email), "Your sign-in link").get(before) {
            mail = Some(m.clone());
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    let mail = mail.unwrap_or_else(|| panic!("no sign-in e-mail for {email}"));
    let link = crate::helpers::sign_in_link(&mail, &t.base);
    let page = user.get(&link).await;
    let answer = user.submit(&page.form("form[action^='/sign-in/']")).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    user
}

/// The deadline as the venue's clock shows it, e.g. "18:00 on Friday 2 October 2020, Vienna
/// time (CEST, UTC+02:00)", and in UTC.
pub fn deadline_words(at: Timestamp) -> (String, String) {
    let venue = redraft::domain::VenueZone::parse("Europe/Vienna").expect("zone");
    let english = redraft::i18n::Tr::english();
    (english.deadline(&venue, at), english.utc(at))
}

pub async fn outbox_entries(t: &TestApp) -> Vec<OutboxEntry> {
    let mut conn = t.app.store().read().await.expect("conn");
    outbox::all(&mut conn).await.expect("outbox")
}

/// The outbox's reminders of the day before the deadline.
async fn day_before_reminders(t: &TestApp) -> Vec<OutboxEntry> {
    let mut entries = outbox_entries(t).await;
    entries.retain(|e| e.dedupe_key.contains(":PT24H:"));
    entries
}

/// Gives every delegation of the round a focal point (`fp{n}@delegation{n}.example.org`), and
/// adds delegations until the round has `total`. Returns the new addresses.
pub async fn add_focal_points(t: &TestApp, total: usize) -> Vec<String> {
    let mut tx = t.app.store().begin_write().await.expect("tx");
    let now = t.clock.now();
    let round = redraft::store::round::get_round(&mut tx, t.round_id)
        .await
        .expect("round")
        .expect("exists");
    let mut ids: Vec<i64> = redraft::store::schedule::participants(&mut tx, t.round_id, None)
        .await
        .expect("participants")
        .iter()
        .map(|p| p.delegation_id)
        .collect();
    let mut n = 0;
    while ids.len() < total {
        n += 1;
        let id = people::insert_delegation(
            &mut tx,
            round.meeting_id,
            &format!("Test delegation {n:03}"),
            DelegationCategory::parse("observer_state")
                .or_else(|| DelegationCategory::parse("other"))
                .expect("a category"),
            now,
        )
        .await
        .expect("delegation");
        people::add_to_round(&mut tx, t.round_id, id, now)
            .await
            .expect("add");
        ids.push(id);
    }
    let with_focal_point: Vec<i64> =
        redraft::store::schedule::focal_points(&mut tx, t.round_id, None)
            .await
            .expect("focal points")
            .iter()
            .map(|f| f.delegation_id)
            .collect();
    let mut added = Vec::new();
    for id in ids {
        if with_focal_point.contains(&id) {
            continue;
        }
        let email = format!("fp{id}@delegation{id}.example.org");
        people::insert_user(&mut tx, &email, "", Role::Delegate, Some(id), now)
            .await
            .expect("user");
        added.push(email);
    }
    tx.commit().await.expect("commit");
    added
}

async fn invitation_receipt_reminder_and_closing_confirmation_arrive_by_smtp(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let t = TestApp::spawn_smtp(backend, &smtp.url()).await;
    let closes_at = t.closes_at().await;
    let (venue_deadline, utc_deadline) = deadline_words(closes_at);
    let round_link = format!("{}/rounds/{}", t.base, t.round_id);

    // The round opened when the server started: one invitation per focal point.
    for fp in DEMO_FOCAL_POINTS {
        assert_eq!(
            with_subject(smtp.mails_to(fp), "Invitation to comment").len(),
            1,
            "{fp}"
        );
    }
    let invitation = &with_subject(smtp.mails_to(AUSTRIA), "Invitation to comment")[0];
    assert_eq!(invitation.to, vec![AUSTRIA.to_string()]);
    assert_eq!(
        invitation.subject,
        format!(
            "Invitation to comment: Post-meeting comments on the draft recommendations (deadline {venue_deadline})"
        )
    );
    assert!(venue_deadline.starts_with("18:00 on "), "{venue_deadline}");
    assert!(venue_deadline.contains("Vienna time ("), "{venue_deadline}");
    for part in [&invitation.text, &invitation.html] {
        assert!(
            part.contains(&format!("Deadline: {venue_deadline}")),
            "{part}"
        );
        assert!(part.contains(&format!("In UTC: {utc_deadline}")), "{part}");
        assert!(part.contains(&round_link), "{part}");
        assert!(part.contains("Dear focal point of Austria,"), "{part}");
    }
    let (name, ics) = &invitation.attachments[0];
    assert_eq!(name, "deadline.ics");
    assert!(
        ics.contains(&format!("DTSTART:{}", closes_at.strftime("%Y%m%dT%H%M%SZ"))),
        "{ics}"
    );

    // The first submission gets a receipt with its reference; the second does not.
    let austria = sign_in_by_smtp(&t, &smtp, AUSTRIA).await;
    let saved = austria
        .remark_on(&t.round_path(), "3", "Our first remark.")
        .await;
    let first = t.comment(crate::helpers::saved_comment_id(&saved)).await;
    austria
        .comment_on(&t.round_path(), "4", "support", "", "")
        .await;
    t.settle_mail().await;
    let receipts = with_subject(smtp.mails_to(AUSTRIA), "Received: comment");
    assert_eq!(receipts.len(), 1);
    assert!(receipts[0].subject.contains(&first.reference));
    assert!(
        receipts[0]
            .text
            .contains(&format!("Its reference is {}: quote it", first.reference))
    );
    assert!(
        receipts[0]
            .text
            .contains(&format!("{round_link}/our-comments"))
    );

    // 47 hours before the deadline: the 48-hour reminder, to those who have not responded.
    t.clock.set(closes_at - SignedDuration::from_hours(47));
    t.settle_mail().await;
    t.settle_mail().await;
    for fp in [BRAZIL, EU, EU_DEPUTY, JAPAN, NIGERIA] {
        let reminders = with_subject(smtp.mails_to(fp), "Reminder:");
        assert_eq!(reminders.len(), 1, "{fp}");
        let r = &reminders[0];
        assert_eq!(r.to, vec![fp.to_string()]);
        assert!(r.subject.ends_with(&format!("are due by {venue_deadline}")));
        assert!(
            r.text.contains("Time remaining: 1 day 23 hours."),
            "{}",
            r.text
        );
        assert!(r.text.contains(&format!("In UTC: {utc_deadline}")));
        assert!(r.html.contains(&round_link));
    }
    assert!(with_subject(smtp.mails_to(AUSTRIA), "Reminder:").is_empty());

    // After the deadline: a closing confirmation to each delegation, listing what it sent.
    t.clock.set(closes_at + SignedDuration::from_secs(1));
    t.settle_mail().await;
    let confirmation = &with_subject(smtp.mails_to(AUSTRIA), "Round closed:")[0];
    assert!(
        confirmation.text.contains(&first.reference),
        "{}",
        confirmation.text
    );
    assert!(
        confirmation
            .text
            .contains("recommendation 3 — General remark: Our first remark.")
    );
    assert!(confirmation.text.contains(&venue_deadline));
    let brazil = &with_subject(smtp.mails_to(BRAZIL), "Round closed:")[0];
    assert!(
        brazil
            .text
            .contains("No comments were received from your delegation.")
    );
    assert_eq!(
        with_subject(smtp.mails_to(BRAZIL), "Round closed:").len(),
        1
    );

    // Everything was sent once, each message with its own Message-ID.
    let entries = outbox_entries(&t).await;
    assert!(entries.iter().all(|e| e.status == OutboxStatus::Sent));
    let received = smtp.received();
    let mut ids: Vec<String> = received.iter().map(|r| r.parsed().message_id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), received.len());
}

async fn missed_reminders_are_sent_once_and_never_after_the_deadline(backend: Backend) {
    let mut smtp = SmtpServer::start().await;
    let t = TestApp::spawn_smtp(backend, &smtp.url()).await;
    let closes_at = t.closes_at().await;

    // The server was down from the start until 30 hours before the deadline: the 7-day
    // reminder is not sent late; the 48-hour one is sent once.
    t.clock.set(closes_at - SignedDuration::from_hours(30));
    t.settle_mail().await;
    t.settle_mail().await;
    let reminders = with_subject(smtp.mails_to(BRAZIL), "Reminder:");
    assert_eq!(reminders.len(), 1);
    let keys: Vec<String> = outbox_entries(&t)
        .await
        .into_iter()
        .filter(|e| e.kind == "reminder")
        .map(|e| e.dedupe_key)
        .collect();
    assert!(keys.iter().all(|k| k.contains(":PT48H:")), "{keys:?}");

    // The 24-hour reminders are enqueued while the SMTP server is down, and the deadline
    // passes before it is back: they are never sent.
    smtp.stop().await;
    t.clock.set(closes_at - SignedDuration::from_hours(23));
    t.settle_mail().await;
    let waiting = day_before_reminders(&t).await;
    assert_eq!(waiting.len(), 6, "no focal point has responded");
    assert!(
        waiting.iter().all(|e| e.status == OutboxStatus::Pending
            && e.attempts >= 1
            && e.last_error.is_some()),
        "{waiting:?}"
    );
    t.clock.set(closes_at + SignedDuration::from_mins(1));
    smtp.restart().await;
    t.settle_mail().await;
    let after = day_before_reminders(&t).await;
    assert!(
        after.iter().all(|e| e.status == OutboxStatus::Dropped),
        "{after:?}"
    );
    assert_eq!(with_subject(smtp.mails_to(BRAZIL), "Reminder:").len(), 1);
    assert_eq!(
        with_subject(smtp.mails_to(BRAZIL), "Round closed:").len(),
        1
    );
}

async fn chair_mail_log_and_test_message(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let t = TestApp::spawn_smtp(backend, &smtp.url()).await;
    let chair = sign_in_by_smtp(&t, &smtp, CHAIR).await;
    let path = format!("/chair/rounds/{}/mail", t.round_id);
    let page = chair.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let rows = page.texts("table.mail-log tbody tr");
    assert_eq!(rows.len(), 6, "one invitation per focal point: {rows:?}");
    assert!(
        rows.iter().any(|r| r.contains("invitation")
            && r.contains(BRAZIL)
            && r.contains("sent")
            && r.contains("(Vienna, UTC+0")),
        "{rows:#?}"
    );

    let form = page.form("form[action$='/mail/test']");
    let answer = chair.submit(&form).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let after = chair.follow(&answer).await;
    assert!(
        after
            .body
            .contains("A test e-mail to chair@wg-tip.example.org is in the outbox")
    );
    t.settle_mail().await;
    let test = with_subject(smtp.mails_to(CHAIR), "Test e-mail from redraft");
    assert_eq!(test.len(), 1);
    assert!(
        test[0]
            .text
            .contains("If you can read it, e-mail from redraft reaches you.")
    );
    let page = chair.get(&path).await;
    assert!(
        page.texts("table.mail-log tbody tr")
            .iter()
            .any(|r| r.contains("test"))
    );

    // Delegations do not see the log.
    let austria = sign_in_by_smtp(&t, &smtp, AUSTRIA).await;
    assert_eq!(austria.get(&path).await.status, StatusCode::NOT_FOUND);
    let form_post = austria
        .post(
            &format!("{path}/test"),
            &[(
                "csrf_token".into(),
                form.get("csrf_token").unwrap_or_default().into(),
            )],
        )
        .await;
    assert_ne!(form_post.status, StatusCode::SEE_OTHER);
}

async fn notices_of_the_chairs_actions_and_the_outcome(backend: Backend) {
    let mut smtp = SmtpServer::start().await;
    let t = TestApp::spawn_smtp(backend, &smtp.url()).await;
    let closes_at = t.closes_at().await;
    let later = closes_at + SignedDuration::from_hours(72);
    let austria_id = delegation_of(&t, AUSTRIA).await;

    // Each notice is enqueued in the caller's transaction; calling twice changes nothing.
    for _ in 0..2 {
        let mut tx = t.app.store().begin_write().await.expect("tx");
        let now = t.clock.now();
        let everyone = Announcement::Extension {
            delegation_id: None,
            old: closes_at,
            new: later,
            reason: "Agreed at the closing plenary",
        };
        notify::announce(&mut tx, &t.app, now, t.round_id, everyone)
            .await
            .expect("extension");
        let austria = Announcement::Extension {
            delegation_id: Some(austria_id),
            old: later,
            new: later + SignedDuration::from_hours(24),
            reason: "",
        };
        notify::announce(&mut tx, &t.app, now, t.round_id, austria)
            .await
            .expect("individual extension");
        let outcome_url = format!("{}/rounds/{}/outcome", t.base, t.round_id);
        let published = Announcement::OutcomePublished {
            publication: 1,
            outcome_url: &outcome_url,
        };
        notify::announce(&mut tx, &t.app, now, t.round_id, published)
            .await
            .expect("outcome");
        tx.commit().await.expect("commit");
    }
    t.settle_mail().await;
    let (old_words, _) = deadline_words(closes_at);
    let (new_words, new_utc) = deadline_words(later);
    for fp in DEMO_FOCAL_POINTS {
        let ext = with_subject(smtp.mails_to(fp), "Deadline extended: ");
        assert_eq!(ext.len(), 1, "{fp}");
        assert!(
            ext[0]
                .text
                .contains(&format!("from {old_words} to {new_words}"))
        );
        assert!(
            ext[0]
                .text
                .contains("Reason given by the Chair: Agreed at the closing plenary")
        );
        assert!(ext[0].text.contains(&format!("In UTC: {new_utc}")));
        let outcome = with_subject(smtp.mails_to(fp), "Outcome published:");
        assert_eq!(outcome.len(), 1, "{fp}");
        assert!(
            outcome[0]
                .text
                .contains(&format!("/rounds/{}/outcome", t.round_id))
        );
    }
    assert_eq!(
        with_subject(smtp.mails_to(AUSTRIA), "Deadline extended for Austria").len(),
        1
    );
    assert!(with_subject(smtp.mails_to(BRAZIL), "Deadline extended for").is_empty());

    // Reminders waiting through an outage are dropped by a cancellation, which is announced.
    smtp.stop().await;
    t.clock.set(closes_at - SignedDuration::from_hours(47));
    t.settle_mail().await;
    let mut tx = t.app.store().begin_write().await.expect("tx");
    let now = t.clock.now();
    let early_close = Announcement::EarlyClose {
        closed_at: now,
        everyone: true,
        ended: &[],
        reason: "",
    };
    notify::announce(&mut tx, &t.app, now, t.round_id, early_close)
        .await
        .expect("early close");
    let reopening = Announcement::Reopening {
        new_deadline: later,
        reason: "",
    };
    notify::announce(&mut tx, &t.app, now, t.round_id, reopening)
        .await
        .expect("reopen");
    let cancellation = Announcement::Cancellation {
        reason: "The draft was withdrawn",
    };
    notify::announce(&mut tx, &t.app, now, t.round_id, cancellation)
        .await
        .expect("cancel");
    tx.commit().await.expect("commit");
    smtp.restart().await;
    t.clock.advance(SignedDuration::from_hours(2));
    t.settle_mail().await;
    let entries = outbox_entries(&t).await;
    assert!(
        entries
            .iter()
            .filter(|e| e.kind == "reminder")
            .all(|e| e.status == OutboxStatus::Dropped)
    );
    for fp in DEMO_FOCAL_POINTS {
        assert!(
            with_subject(smtp.mails_to(fp), "Reminder:").is_empty(),
            "{fp}"
        );
        assert_eq!(
            with_subject(smtp.mails_to(fp), "Round closed early:").len(),
            1
        );
        assert_eq!(with_subject(smtp.mails_to(fp), "Round reopened:").len(), 1);
        let cancel = with_subject(smtp.mails_to(fp), "Round cancelled:");
        assert_eq!(cancel.len(), 1);
        assert!(
            cancel[0]
                .text
                .contains("Reason given by the Chair: The draft was withdrawn")
        );
    }
}

pub async fn delegation_of(t: &TestApp, email: &str) -> i64 {
    let mut conn = t.app.store().read().await.expect("conn");
    people::find_user_by_email(&mut conn, email)
        .await
        .expect("query")
        .and_then(|u| u.delegation_id)
        .expect("a focal point")
}

async fn a_days_changes_come_in_one_digest_the_next_morning(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let t = TestApp::spawn_smtp(backend, &smtp.url()).await;
    let venue = redraft::domain::VenueZone::parse("Europe/Vienna").expect("zone");
    // Noon at the venue tomorrow (the round is open and far from its deadline).
    let today = venue
        .to_local(t.clock.now())
        .date()
        .tomorrow()
        .expect("a next day");
    let noon = venue
        .local_to_timestamp(today.at(12, 0, 0, 0))
        .expect("noon exists");
    t.clock.set(noon);
    let austria = sign_in_by_smtp(&t, &smtp, AUSTRIA).await;
    let first =
        crate::helpers::saved_comment_id(&austria.remark_on(&t.round_path(), "1", "First.").await);
    let second = crate::helpers::saved_comment_id(
        &austria
            .comment_on(&t.round_path(), "2", "support", "", "")
            .await,
    );
    let edit = austria
        .edit_form(first)
        .await
        .set("text", "First, revised.");
    assert_eq!(austria.submit(&edit).await.status, StatusCode::SEE_OTHER);
    t.settle_mail().await;
    assert_eq!(with_subject(smtp.mails_to(AUSTRIA), "Received:").len(), 1);
    assert!(with_subject(smtp.mails_to(AUSTRIA), "Changes of").is_empty());

    // Just after midnight at the venue: one digest, with the day's changes after the receipt.
    let tomorrow = today.tomorrow().expect("a next day");
    t.clock.set(
        venue
            .local_to_timestamp(tomorrow.at(0, 30, 0, 0))
            .expect("00:30 exists"),
    );
    t.settle_mail().await;
    t.settle_mail().await;
    let digests = with_subject(smtp.mails_to(AUSTRIA), "Changes of");
    assert_eq!(digests.len(), 1);
    let first_ref = t.comment(first).await.reference;
    let second_ref = t.comment(second).await.reference;
    let text = &digests[0].text;
    assert!(
        text.contains(&format!("- {first_ref} changed (recommendation 1)")),
        "{text}"
    );
    assert!(
        text.contains(&format!("- {second_ref} submitted (recommendation 2)")),
        "{text}"
    );
    assert!(
        !text.contains(&format!("- {first_ref} submitted")),
        "{text}"
    );
    assert!(with_subject(smtp.mails_to(BRAZIL), "Changes of").is_empty());
}
