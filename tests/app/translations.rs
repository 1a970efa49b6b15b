//! Every page in every language: with the interface set to Arabic, Chinese, French, Russian or
//! Spanish, no text of the English catalogue is left on any page — in its text or in the labels
//! read aloud (`aria-label`, `title`). What people wrote (comments, names, titles: shown with
//! `dir="auto"` or inside `<bdi>`), the names of the other languages on the switcher and the
//! venue's time zone names are not the interface's and are left aside. A message missing from
//! a catalogue shows in English (Fluent's fallback), so this also finds those.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_syntax::ast::{Entry, PatternElement};
use reqwest::StatusCode;
use scraper::{ElementRef, Html, Node};

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, CHAIR, TestApp, User, saved_comment_id};

/// Text worth looking for in a page: each message's literal parts (between its variables) of
/// at least two words and ten characters, by message id.
fn catalogue_texts(code: &str) -> BTreeMap<String, Vec<String>> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("templates/locales")
        .join(code);
    let mut texts = BTreeMap::new();
    for entry in std::fs::read_dir(&folder).expect("catalogue folder") {
        let path = entry.expect("file").path();
        let source = std::fs::read_to_string(&path).expect("catalogue");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("catalogue parses");
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let Some(value) = message.value else { continue };
            let mut parts = Vec::new();
            let mut current = String::new();
            for element in &value.elements {
                match element {
                    PatternElement::TextElement { value } => current.push_str(value),
                    PatternElement::Placeable { .. } => parts.push(std::mem::take(&mut current)),
                }
            }
            parts.push(current);
            let parts: Vec<String> = parts
                .into_iter()
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|p| p.chars().count() >= 10 && p.contains(' '))
                .collect();
            texts.insert(message.id.name.to_string(), parts);
        }
    }
    texts
}

/// The interface's text of a page: text nodes and spoken labels, leaving aside what users wrote
/// (`dir="auto"`, `<bdi>`, form fields' contents) and what is marked as another language.
fn interface_text(body: &str, code: &str) -> String {
    let html = Html::parse_document(body);
    let mut out = String::new();
    let left_aside = |element: ElementRef<'_>| {
        let e = element.value();
        matches!(e.name(), "script" | "style" | "textarea" | "bdi" | "option")
            || e.attr("dir") == Some("auto")
            || (e.name() != "html" && e.attr("lang").is_some_and(|l| l != code))
    };
    for node in html.tree.nodes() {
        let shown = node
            .ancestors()
            .chain(std::iter::once(node))
            .filter_map(ElementRef::wrap)
            .all(|e| !left_aside(e));
        if !shown {
            continue;
        }
        match node.value() {
            Node::Text(text) => {
                out.push_str(text);
                out.push(' ');
            }
            Node::Element(element) => {
                for name in ["aria-label", "title", "alt", "placeholder"] {
                    if let Some(value) = element.attr(name) {
                        out.push_str(value);
                        out.push(' ');
                    }
                }
            }
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn choose(user: &User, code: &str) {
    let page = user.get("/sign-in").await;
    let page = if page.status == StatusCode::SEE_OTHER {
        user.get("/").await
    } else {
        page
    };
    let form = page.form("form[action='/language']").set("lang", code);
    let answer = user.submit(&form).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
}

async fn no_english_is_left_on_any_page(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let english = catalogue_texts("en");
    let visitor = t.browser();
    let austria = t.sign_in(AUSTRIA).await;
    let chair = t.sign_in(CHAIR).await;
    let round = t.round_path();
    let chair_round = format!("/chair/rounds/{}", t.round_id);
    let saved = austria
        .comment_on(
            &round,
            "1",
            "amendment",
            "Une remarque.",
            "Un texte proposé.",
        )
        .await;
    let comment = saved_comment_id(&saved);
    let mut problems = Vec::new();
    for code in ["ar", "zh", "fr", "ru", "es"] {
        let theirs = catalogue_texts(code);
        let leftovers = |page: &str, body: &str| -> Vec<String> {
            let text = interface_text(body, code);
            english
                .iter()
                .filter(|(id, _)| id.as_str() != "language-own-name")
                .flat_map(|(id, parts)| parts.iter().map(move |p| (id, p)))
                .filter(|(id, part)| {
                    // Text the language writes the same way (a brand, a code) is not left over.
                    let same = theirs.get(*id).is_some_and(|t| t.contains(part));
                    !same && text.contains(part.as_str())
                })
                .map(|(id, part)| format!("{code} {page}: {id} \"{part}\""))
                .collect()
        };
        for user in [&visitor, &austria, &chair] {
            choose(user, code).await;
        }
        let mut pages: Vec<(&User, String)> = vec![
            (&visitor, "/sign-in".into()),
            (&visitor, "/sign-in/not-a-token".into()),
            (&visitor, "/no-such-page".into()),
            (&austria, "/".into()),
            (&austria, round.clone()),
            (&austria, format!("{round}?saved={comment}")),
            (&austria, format!("{round}/our-comments")),
            (&austria, format!("/comments/{comment}/edit")),
            (&austria, format!("/comments/{comment}/withdraw")),
            (&chair, "/".into()),
            (&chair, "/chair/rounds/new".into()),
        ];
        for tail in [
            "",
            "/responses",
            "/settings",
            "/draft",
            "/delegations",
            "/comments",
            "/audit",
            "/mail",
            "/intake",
        ] {
            pages.push((&chair, format!("{chair_round}{tail}")));
        }
        pages.push((&chair, format!("{chair_round}/comments/{comment}/include")));
        for (user, path) in pages {
            let answer = user.get(&path).await;
            assert!(
                answer.location.is_none(),
                "{code} {path} redirects: {:?}",
                answer.location
            );
            assert_eq!(answer.lang_dir().0, code, "{path}");
            problems.extend(leftovers(&path, &answer.body));
        }
        // Pages that answer a form: the link asked for, and a comment refused for its errors.
        let form = visitor
            .get("/sign-in")
            .await
            .form("form[action='/sign-in']");
        let asked = visitor
            .submit(&form.set("email", "nobody@example.org"))
            .await;
        problems.extend(leftovers("/sign-in (sent)", &asked.body));
        let refused = austria
            .submit(&austria.comment_form(&round, "1", "remark", "").await)
            .await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            refused.body
        );
        problems.extend(leftovers("round (refused comment)", &refused.body));
        let new_round = chair
            .get("/chair/rounds/new")
            .await
            .form("form[action='/chair/rounds/new']")
            .set("title", "")
            .set("action", "preview");
        let refused = chair.submit(&new_round).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            refused.body
        );
        problems.extend(leftovers("new round (refused)", &refused.body));
    }
    assert!(
        problems.is_empty(),
        "{} texts left in English:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

both_backends!(no_english_is_left_on_any_page);
