//! Snapshot tests of the outcome of a small fixed round (HTML and the DOCX's document.xml), and
//! checks that every format is stable and keeps any text unchanged.

use std::io::Read;

use super::*;
use crate::domain::disposition::Decision;
use crate::i18n::Tr;

fn comment(
    reference: &str,
    delegation: &str,
    category: DelegationCategory,
    kind: CommentKind,
    text: &str,
    proposed: Option<&str>,
) -> CompiledComment {
    CompiledComment {
        reference: reference.into(),
        delegation: delegation.into(),
        category,
        kind,
        text: text.into(),
        proposed_text: proposed.map(str::to_string),
        late: false,
        submitted_at: "2020-09-20T08:00:00Z".into(),
        intake: None,
    }
}

/// A small round: three recommendations and an added one, comments in four scripts.
pub(crate) fn fixture() -> OutcomeDocument {
    use CommentKind::*;
    use DelegationCategory::*;
    OutcomeDocument {
        round_id: 1,
        body: "Working Group on Trafficking in Persons".into(),
        meeting: "Tenth meeting".into(),
        meeting_venue: "Vienna (hybrid)".into(),
        meeting_dates: "10–11 September 2020".into(),
        round_title: "Post-meeting comments on the draft recommendations".into(),
        document_symbol: "CTOC/COP/WG.4/2020/L.1".into(),
        venue_tz: "Europe/Vienna".into(),
        opens_at: "2020-09-14T07:00:00Z".into(),
        closes_at: "2020-10-02T16:00:00Z".into(),
        illustrative: true,
        version: Some(1),
        issued_at: "2020-10-09T10:30:00Z".into(),
        delegations_invited: 110,
        respondents: vec![
            Respondent {
                name: "Austria".into(),
                category: Party,
            },
            Respondent {
                name: "China".into(),
                category: Party,
            },
            Respondent {
                name: "European Union".into(),
                category: Party,
            },
            Respondent {
                name: "Qatar".into(),
                category: ObserverState,
            },
        ],
        sections: vec![OutcomeSection {
            number: "2".into(),
            title: "Non-punishment of victims".into(),
            paragraphs: vec![
                OutcomeParagraph {
                    recommendation_id: 1,
                    label: "1".into(),
                    added: false,
                    draft_text:
                        "States parties should consider ensuring access to legal assistance.".into(),
                    decision: Some(Decision::Amended),
                    text: Some(
                        "States parties shall ensure access to legal assistance & interpretation."
                            .into(),
                    ),
                    merged_into: None,
                    note: "Based on the proposal of Austria.".into(),
                    comments: vec![
                        comment(
                            "WG/C/0001",
                            "Austria",
                            Party,
                            Amendment,
                            "Stronger \"shall\" <wording>.",
                            Some(
                                "States parties shall ensure access to legal assistance & interpretation.",
                            ),
                        ),
                        comment(
                            "WG/C/0004",
                            "China",
                            Party,
                            Support,
                            "我们支持这项建议。",
                            None,
                        ),
                    ],
                },
                OutcomeParagraph {
                    recommendation_id: 2,
                    label: "2".into(),
                    added: false,
                    draft_text: "The Secretariat should collect data.".into(),
                    decision: Some(Decision::Bracketed),
                    text: Some("The Secretariat should collect [disaggregated] data.".into()),
                    merged_into: None,
                    note: String::new(),
                    comments: vec![comment(
                        "WG/C/0002",
                        "European Union",
                        Party,
                        Remark,
                        "Line one.\nLine two.",
                        None,
                    )],
                },
                OutcomeParagraph {
                    recommendation_id: 4,
                    label: "2 bis".into(),
                    added: true,
                    draft_text: String::new(),
                    decision: Some(Decision::Amended),
                    text: Some("States parties should share good practices.".into()),
                    merged_into: None,
                    note: String::new(),
                    comments: vec![],
                },
                OutcomeParagraph {
                    recommendation_id: 3,
                    label: "3".into(),
                    added: false,
                    draft_text: "States parties should consider deleting records.".into(),
                    decision: Some(Decision::Deleted),
                    text: None,
                    merged_into: None,
                    note: String::new(),
                    comments: vec![comment(
                        "WG/C/0003",
                        "Qatar",
                        ObserverState,
                        Deletion,
                        "نقترح حذف هذه التوصية.",
                        None,
                    )],
                },
            ],
        }],
        general_comments: vec![comment(
            "WG/C/0005",
            "European Union",
            Party,
            Remark,
            "Предлагаем общий комментарий.",
            None,
        )],
        silence: None,
    }
}

fn document_xml(docx: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .expect("utf-8");
    xml
}

#[test]
fn html_snapshot() {
    let html = html::render(&fixture(), &Tr::english()).expect("html");
    insta::assert_snapshot!("outcome_html", html);
}

#[test]
fn docx_document_xml_snapshot() {
    let docx = docx::render(&fixture(), &Tr::english()).expect("docx");
    // One paragraph per line, so that a change reads as a change of paragraphs.
    let xml = document_xml(&docx).replace("</w:p>", "</w:p>\n");
    insta::assert_snapshot!("outcome_document_xml", xml);
}

#[test]
fn every_format_is_stable() {
    let tr = Tr::english();
    let doc = fixture();
    for format in OutcomeFormat::all() {
        let first = format.render(&doc, &tr).expect("render");
        let second = format.render(&doc, &tr).expect("render");
        assert!(first == second, "{format:?} differs between two renderings");
    }
}

#[test]
fn text_survives_every_format() {
    let tr = Tr::english();
    let doc = fixture();
    let html = html::render(&doc, &tr).expect("html");
    assert!(
        html.contains("Stronger &quot;shall&quot; &lt;wording&gt;.")
            || html.contains("Stronger &#34;shall&#34; &#60;wording&#62;."),
        "{html}"
    );
    assert!(!html.contains("<wording>"));
    for text in [
        "我们支持这项建议。",
        "نقترح حذف هذه التوصية.",
        "Предлагаем общий комментарий.",
    ] {
        assert!(html.contains(text), "{text} in HTML");
    }
    let xml = document_xml(&docx::render(&doc, &tr).expect("docx"));
    assert!(
        xml.contains("Stronger &quot;shall&quot; &lt;wording&gt;.")
            || xml.contains("Stronger \"shall\" &lt;wording&gt;."),
        "{xml}"
    );
    assert!(xml.contains("legal assistance &amp; interpretation"));
    assert!(xml.contains("<w:ins ") && xml.contains("<w:del "));
    assert!(xml.contains("w:author=\"Chair\""));
    let json = json::parse(&json::render(&doc).expect("json")).expect("parse");
    assert_eq!(json, doc);
    let csv = csv::comments(&doc).expect("csv");
    let mut reader = ::csv::Reader::from_reader(&csv[..]);
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(
        headers.get(0),
        Some("recommendation"),
        "the BOM is not part of the first name"
    );
    let texts: Vec<String> = reader
        .records()
        .map(|r| r.expect("row").get(5).unwrap_or_default().to_string())
        .collect();
    assert_eq!(texts[0], "Предлагаем общий комментарий.");
    assert!(texts.contains(&"Line one.\nLine two.".to_string()));
    assert!(texts.contains(&"Stronger \"shall\" <wording>.".to_string()));
}

/// A part of the DOCX archive, as text.
fn docx_part(docx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut xml = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the DOCX"))
        .read_to_string(&mut xml)
        .expect("utf-8");
    xml
}

/// The fixture as the outcome of a silence round broken by one delegation.
fn silence_fixture() -> OutcomeDocument {
    use crate::domain::silence::SilenceResult;
    OutcomeDocument {
        silence: Some(silence::SilenceOutcome {
            result: SilenceResult::Broken,
            deadline: "2020-10-02T16:00:00Z".into(),
            decided_at: "2020-10-02T16:00:01Z".into(),
            statements: vec![silence::SilenceStatement {
                delegation: "Austria".into(),
                category: DelegationCategory::Party,
                reference: "WG/S/0001".into(),
                breaks_silence: true,
                sent_at: "2020-10-01T08:00:00Z".into(),
                late: false,
                statement: "Austria cannot join consensus.".into(),
                amendments: vec![("1".into(), "States parties shall mark firearms.".into())],
            }],
        }),
        ..fixture()
    }
}

/// Both kinds of outcome: of a comment round, and of a silence round.
fn both_outcomes() -> [OutcomeDocument; 2] {
    [fixture(), silence_fixture()]
}

#[test]
fn the_html_carries_the_masthead_and_the_symbol_on_every_page() {
    for doc in both_outcomes() {
        let html = html::render(&doc, &Tr::english()).expect("html");
        let page = scraper::Html::parse_document(&html);
        let select = |s: &str| {
            page.select(&scraper::Selector::parse(s).expect("selector"))
                .map(|e| e.text().collect::<String>())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            select("header.document .masthead .symbol bdi"),
            vec!["CTOC/COP/WG.4/2020/L.1"]
        );
        let masthead = select("header.document .masthead").join(" ");
        for line in ["Distr.: General", "9 October 2020", "Original: English"] {
            assert!(masthead.contains(line), "{line} in {masthead}");
        }
        let header = select("header.document").join(" ");
        for line in [
            "Working Group on Trafficking in Persons",
            "Tenth meeting",
            "Version 1",
        ] {
            assert!(header.contains(line), "{line} in {header}");
        }
        // The symbol in the top margin of every printed page (the outer edge), and the page
        // number at the foot, from the one inline stylesheet the policy allows.
        let style = select("style").concat();
        assert!(style.contains("@bottom-center { content: counter(page)"));
        let symbol = r#""CTOC\2f COP\2f WG\2e 4\2f 2020\2f L\2e 1""#;
        assert!(
            style.contains(&format!("@page :right {{ @top-right {{ content: {symbol}"))
                && style.contains(&format!("@page :left {{ @top-left {{ content: {symbol}")),
            "{style}"
        );
        assert_eq!(style, html::stylesheet(&doc));
        use base64::Engine;
        use sha2::Digest;
        let hash = base64::engine::general_purpose::STANDARD
            .encode(sha2::Sha256::digest(style.as_bytes()));
        assert!(html::content_security_policy(&style).contains(&format!("'sha256-{hash}'")));
    }
    // A symbol cannot break out of its string, its rule or the style element.
    let hostile = OutcomeDocument {
        document_symbol: "A\"; } </style><script>x</script>".into(),
        ..fixture()
    };
    let style = html::stylesheet(&hostile);
    assert!(
        !style.contains("</style") && !style.contains("\"; }"),
        "{style}"
    );
    let none = OutcomeDocument {
        document_symbol: String::new(),
        ..fixture()
    };
    assert_eq!(html::stylesheet(&none), html::STYLE);
}

#[test]
fn the_docx_is_laid_out_as_a_un_document() {
    for doc in both_outcomes() {
        un_docx_layout(&docx::render(&doc, &Tr::english()).expect("docx"));
    }
}

fn un_docx_layout(docx: &[u8]) {
    let docx = docx.to_vec();
    // The symbol and the page number in the header of every page.
    let header = docx_part(&docx, "word/header1.xml");
    assert!(header.contains("CTOC/COP/WG.4/2020/L.1"), "{header}");
    assert!(header.contains("PAGE"), "a page number field: {header}");
    let document = document_xml(&docx);
    assert!(document.contains("<w:headerReference w:type=\"default\""));
    // The masthead.
    for line in ["Distr.: General", "9 October 2020", "Original: English"] {
        assert!(document.contains(line), "{line}");
    }
    // Paragraphs spaced, headings kept with what follows.
    let styles = docx_part(&docx, "word/styles.xml");
    assert!(styles.contains("w:after=\"120\""), "{styles}");
    let headings = document.matches("<w:pStyle w:val=\"Heading").count();
    assert!(headings > 5);
    assert_eq!(
        document
            .split("</w:p>")
            .filter(|p| p.contains("<w:pStyle w:val=\"Heading"))
            .filter(|p| p.contains("<w:keepNext />"))
            .count(),
        headings,
        "every heading is kept with the next paragraph"
    );
}
