//! Submitting, editing and withdrawing comments, and what each page then shows.

use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, CHAIR, EU, EU_DEPUTY, TestApp, User, saved_comment_id};
use redraft::domain::CommentStatus;
use redraft::store::comment::revisions;

both_backends!(
    submit_edit_and_withdraw_keep_every_revision,
    every_kind_of_comment_and_general_comments,
    our_comments_page_lists_everything_with_last_change,
    chair_sees_every_comment_attributed_in_compilation_order,
    stale_edit_by_a_colleague_is_refused,
    a_comment_withdrawn_by_a_colleague_cannot_be_changed,
    unicode_survives_unchanged,
    a_round_list_reads_each_comment_as_stored,
    reference_numbers_have_at_least_four_digits,
);

async fn submit_edit_and_withdraw_keep_every_revision(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;

    let saved = austria
        .remark_on(
            &t.round_path(),
            "3",
            "Austria suggests adding a reference to child victims.",
        )
        .await;
    let id = saved_comment_id(&saved);
    let page = austria.follow_saved(&saved, "WG-TIP-2020/C/0001").await;
    let on_three = page.recommendation_text("3");
    assert!(on_three.contains("Austria suggests adding a reference to child victims."));
    assert!(on_three.contains("WG-TIP-2020/C/0001"));
    // When it was sent, in the venue's zone with its offset.
    assert!(
        on_three.contains("Submitted ") && on_three.contains("(Vienna, UTC+0"),
        "{on_three}"
    );

    // Edit: the form comes filled with the current text.
    let edit = austria.get(&format!("/comments/{id}/edit")).await;
    assert_eq!(edit.status, StatusCode::OK);
    let form = edit.form("form[action$='/edit']");
    assert_eq!(
        form.get("text"),
        Some("Austria suggests adding a reference to child victims.")
    );
    let form = form
        .set("kind", "amendment")
        .set("text", "Clearer wording.")
        .set("proposed_text", "States parties should ensure that victims compelled to commit offences have access to legal assistance.");
    let edited = austria.submit(&form).await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    let page = austria.follow(&edited).await;
    let on_three = page.recommendation_text("3");
    assert!(on_three.contains("Proposed amendment"));
    assert!(on_three.contains("Clearer wording."));
    assert!(!on_three.contains("child victims"));
    assert!(on_three.contains("Last changed") && !on_three.contains("Submitted "));

    // Withdraw: confirmation page, then the comment stays, marked withdrawn.
    let confirm = austria.withdraw_form(id).await;
    let withdrawn = austria.submit(&confirm).await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    let page = austria.follow(&withdrawn).await;
    assert!(
        page.body
            .contains("Comment WG-TIP-2020/C/0001 was withdrawn")
    );
    assert!(page.recommendation_text("3").contains("Withdrawn"));
    assert!(
        page.texts(&format!("#comment-{id} ~ .actions a"))
            .is_empty(),
        "a withdrawn comment offers no edit or withdraw"
    );

    let record = t.comment(id).await;
    assert_eq!(record.status, CommentStatus::Withdrawn);
    assert_eq!(record.version, 3);
    let mut conn = t.app.store().read().await.expect("conn");
    let history = revisions(&mut conn, id).await.expect("revisions");
    let texts: Vec<(i64, &str, CommentStatus)> = history
        .iter()
        .map(|r| (r.version, r.text.as_str(), r.status))
        .collect();
    assert_eq!(
        texts,
        vec![
            (
                1,
                "Austria suggests adding a reference to child victims.",
                CommentStatus::Active
            ),
            (2, "Clearer wording.", CommentStatus::Active),
            (3, "Clearer wording.", CommentStatus::Withdrawn),
        ]
    );
    let audit = redraft::store::audit::events_for_object(&mut conn, "comment", id)
        .await
        .expect("audit");
    let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(
        actions,
        vec!["comment_submitted", "comment_edited", "comment_withdrawn"]
    );
    assert!(
        audit
            .iter()
            .all(|a| a.actor_user_id.is_some() && a.delegation_id.is_some())
    );
    assert!(
        audit[1]
            .before_json
            .as_deref()
            .unwrap_or_default()
            .contains("child victims")
    );
    assert!(
        audit[1]
            .after_json
            .as_deref()
            .unwrap_or_default()
            .contains("Clearer wording.")
    );

    // Withdrawing twice is refused and changes nothing.
    let again = austria
        .post(&format!("/comments/{id}/withdraw"), &confirm.fields)
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(t.comment(id).await.version, 3);
}

async fn every_kind_of_comment_and_general_comments(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let eu = t.sign_in(EU).await;
    for (label, kind, text, proposed) in [
        ("1", "support", "", ""),
        ("2", "deletion", "Covered by recommendation 1.", ""),
        (
            "4",
            "amendment",
            "",
            "States parties should consider providing for the review of criminal records.",
        ),
        ("5", "remark", "A remark.", ""),
    ] {
        let answer = eu
            .comment_on(&t.round_path(), label, kind, text, proposed)
            .await;
        assert_eq!(
            answer.status,
            StatusCode::SEE_OTHER,
            "{kind}: {}",
            answer.body
        );
    }
    let page = eu.get(&t.round_path()).await;
    let general = page_general_form(&page).set("kind", "remark").set(
        "text",
        "The European Union and its member States welcome the draft.",
    );
    let saved = eu.submit(&general).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = eu.follow(&saved).await;
    assert!(page.recommendation_text("1").contains("Support"));
    assert!(page.recommendation_text("2").contains("Proposal to delete"));
    assert!(
        page.recommendation_text("4")
            .contains("States parties should consider providing for the review")
    );
    let general_text = page.texts("#general").join(" ");
    assert!(general_text.contains("welcome the draft"), "{general_text}");
    assert_eq!(t.comment_count().await, 5);

    // A colleague of the same delegation sees and can change the delegation's comments.
    let deputy = t.sign_in(EU_DEPUTY).await;
    let page = deputy.get(&t.round_path()).await;
    assert!(
        page.texts("#general")
            .join(" ")
            .contains("welcome the draft")
    );
}

fn page_general_form(page: &crate::helpers::Answer) -> crate::helpers::Form {
    page.form("#general form")
}

async fn our_comments_page_lists_everything_with_last_change(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let a = austria
        .remark_on(&t.round_path(), "1", "First remark.")
        .await;
    let b = austria
        .remark_on(&t.round_path(), "7", "Second remark.")
        .await;
    let b_id = saved_comment_id(&b);
    austria.submit(&austria.withdraw_form(b_id).await).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER);

    let page = austria
        .get(&format!("{}/our-comments", t.round_path()))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), vec!["Comments of Austria"]);
    let rows = page.texts("tbody tr");
    assert_eq!(rows.len(), 2, "withdrawn comments stay listed");
    assert!(rows[0].contains("First remark."));
    assert!(rows[1].contains("Second remark.") && rows[1].contains("Withdrawn"));
    assert!(
        rows[0].contains("(Vienna, UTC+0"),
        "times carry the venue and offset: {}",
        rows[0]
    );
}

async fn chair_sees_every_comment_attributed_in_compilation_order(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    for email in [EU, AUSTRIA, crate::helpers::BRAZIL] {
        let user = t.sign_in(email).await;
        let answer = user
            .remark_on(&t.round_path(), "6", &format!("Comment from {email}"))
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER);
    }
    let chair = t.sign_in(CHAIR).await;
    // The Chair's home links to the Chair's page of the round.
    let home = chair.get("/").await;
    assert!(home.body.contains(&format!("/chair/rounds/{}", t.round_id)));
    let page = chair
        .get(&format!("/chair/rounds/{}/comments", t.round_id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let section = page.recommendation_text("6");
    let order: Vec<usize> = ["Austria", "Brazil", "European Union"]
        .iter()
        .map(|name| {
            section
                .find(name)
                .unwrap_or_else(|| panic!("{name} missing"))
        })
        .collect();
    assert!(
        order[0] < order[1] && order[1] < order[2],
        "States alphabetically, then the EU: {section}"
    );
    assert!(page.body.contains("Responded: 3"));
}

/// The EU's focal point and its deputy signed in, and a comment of the EU's ("Original.").
async fn eu_comment_and_deputy(t: &TestApp) -> (User, User, i64) {
    let eu = t.sign_in(EU).await;
    let deputy = t.sign_in(EU_DEPUTY).await;
    let saved = eu.remark_on(&t.round_path(), "8", "Original.").await;
    let id = saved_comment_id(&saved);
    (eu, deputy, id)
}

async fn stale_edit_by_a_colleague_is_refused(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (eu, deputy, id) = eu_comment_and_deputy(&t).await;
    let eu_form = eu.edit_form(id).await;
    let deputy_form = deputy.edit_form(id).await;
    assert_eq!(
        eu.submit(&eu_form.set("text", "First change."))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let late = deputy
        .submit(&deputy_form.set("text", "Second change."))
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(
        late.body
            .contains("changed this comment after you opened it")
    );
    assert!(
        late.body.contains("Second change."),
        "the refused text is given back"
    );
    assert_eq!(t.comment(id).await.text, "First change.");
}

async fn unicode_survives_unchanged(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let text = "توصية — 建议 — рекомендация — «Vienne» & <b>\"quotes\"</b>\n\tsecond line";
    let saved = austria.remark_on(&t.round_path(), "9", text).await;
    let id = saved_comment_id(&saved);
    assert_eq!(t.comment(id).await.text, text);
    let page = austria.follow(&saved).await;
    assert!(
        page.recommendation_text("9")
            .contains("توصية — 建议 — рекомендация — «Vienne» & <b>\"quotes\"</b>")
    );
    assert_eq!(austria.edit_form(id).await.get("text"), Some(text));
}

/// The lists of a round's comments (the round page, the compilation, the outcome) read every
/// comment as its own read does, field for field, oldest first. On SQLite the list comes as one
/// JSON array, so this covers what JSON could change: escapes, line breaks, non-Latin text,
/// missing values (a general comment, no proposed text) and a withdrawn comment's status.
async fn a_round_list_reads_each_comment_as_stored(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let eu = t.sign_in(EU).await;
    let tricky =
        "«Vienne» \\ \"quoted\" \u{1F1EA}\u{1F1FA} توصية 建议\n\tsecond line\n</script> end";
    let amendment = eu
        .comment_on(&t.round_path(), "4", "amendment", tricky, tricky)
        .await;
    let remark = eu.remark_on(&t.round_path(), "5", "To be withdrawn.").await;
    let page = eu.get(&t.round_path()).await;
    let general = eu
        .submit(
            &page_general_form(&page)
                .set("kind", "remark")
                .set("text", tricky),
        )
        .await;
    let remark_id = saved_comment_id(&remark);
    let withdrawn = eu.submit(&eu.withdraw_form(remark_id).await).await;
    assert_eq!(
        withdrawn.status,
        StatusCode::SEE_OTHER,
        "{}",
        withdrawn.body
    );
    let austria = t.sign_in(AUSTRIA).await;
    let other = austria
        .comment_on(&t.round_path(), "1", "support", "", "")
        .await;
    let ours: Vec<i64> = [&amendment, &remark, &general]
        .into_iter()
        .map(saved_comment_id)
        .collect();
    let all = [ours.clone(), vec![saved_comment_id(&other)]].concat();

    let eu_delegation = t.comment(ours[0]).await.delegation_id;
    assert!(t.comment(ours[2]).await.recommendation_id.is_none());
    assert_eq!(t.comment(remark_id).await.status, CommentStatus::Withdrawn);
    let mut conn = t.app.store().read().await.expect("conn");
    let of_delegation =
        redraft::store::comment::comments_of_delegation(&mut conn, t.round_id, eu_delegation)
            .await
            .expect("delegation's comments");
    let of_round = redraft::store::comment::comments_of_round(&mut conn, t.round_id)
        .await
        .expect("round's comments");
    drop(conn);
    for (list, ids) in [(&of_delegation, &ours), (&of_round, &all)] {
        let listed: Vec<i64> = list.iter().map(|c| c.comment_id).collect();
        assert_eq!(&listed, ids, "oldest first");
        for listed in list {
            let alone = t.comment(listed.comment_id).await;
            assert_eq!(format!("{listed:?}"), format!("{alone:?}"));
        }
    }
    assert_eq!(of_delegation[0].text, tricky);
    assert_eq!(of_delegation[0].proposed_text.as_deref(), Some(tricky));
    assert_eq!(of_delegation[2].text, tricky);
    let page = eu.get(&t.round_path()).await;
    assert!(
        page.texts("#general")
            .join(" ")
            .contains("«Vienne» \\ \"quoted\""),
        "{}",
        page.body
    );
}

/// The reference is the round's prefix and counter, zero-padded to four digits by the statement
/// that stores the comment; past 9,999 it simply grows.
async fn reference_numbers_have_at_least_four_digits(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    for (counter, expected) in [
        (9, "WG-TIP-2020/C/0009"),
        (10, "WG-TIP-2020/C/0010"),
        (99, "WG-TIP-2020/C/0099"),
        (100, "WG-TIP-2020/C/0100"),
        (999, "WG-TIP-2020/C/0999"),
        (1000, "WG-TIP-2020/C/1000"),
        (9999, "WG-TIP-2020/C/9999"),
        (10000, "WG-TIP-2020/C/10000"),
        (123456, "WG-TIP-2020/C/123456"),
    ] {
        {
            use sqlx::Executor;
            let mut tx = t.app.store().begin_write().await.expect("tx");
            tx.execute(sqlx::AssertSqlSafe(format!(
                "INSERT INTO round_counter (round_id, next_reference) VALUES ({0}, {counter}) \
                 ON CONFLICT (round_id) DO UPDATE SET next_reference = {counter}",
                t.round_id
            )))
            .await
            .expect("set the counter");
            tx.commit().await.expect("commit");
        }
        let saved = austria.remark_on(&t.round_path(), "3", "Numbered.").await;
        austria.follow_saved(&saved, expected).await;
    }
}

/// A form opened before a colleague withdrew the comment: the edit and a second withdrawal are
/// refused with the reason, the typed text is given back, and nothing changes (the write's own
/// statement matched nothing; the comment is read to say why).
async fn a_comment_withdrawn_by_a_colleague_cannot_be_changed(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (eu, deputy, id) = eu_comment_and_deputy(&t).await;
    let deputy_edit = deputy.edit_form(id).await;
    let deputy_withdraw = deputy.withdraw_form(id).await;
    assert_eq!(
        eu.submit(&eu.withdraw_form(id).await).await.status,
        StatusCode::SEE_OTHER
    );

    let edited = deputy
        .submit(&deputy_edit.set("text", "A change too late."))
        .await;
    assert_eq!(edited.status, StatusCode::CONFLICT);
    assert!(
        edited
            .body
            .contains("This comment has been withdrawn and can no longer be changed"),
        "{}",
        edited.body
    );
    assert!(
        edited.body.contains("A change too late."),
        "the refused text is given back"
    );
    let withdrawn_again = deputy.submit(&deputy_withdraw).await;
    assert_eq!(withdrawn_again.status, StatusCode::CONFLICT);
    assert!(
        withdrawn_again
            .body
            .contains("This comment has been withdrawn")
    );

    let record = t.comment(id).await;
    assert_eq!(
        (record.text.as_str(), record.status, record.version),
        ("Original.", CommentStatus::Withdrawn, 2)
    );
    let mut conn = t.app.store().read().await.expect("conn");
    assert_eq!(revisions(&mut conn, id).await.expect("revisions").len(), 2);
}
