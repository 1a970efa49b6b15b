//! Owns the versions of a document: a round's draft is the original (version 0) or a revision
//! made from the published outcome of the round it is based on (`Rev.1`, `Rev.2`…); the
//! document symbol of each version (`CTOC/COP/WG.4/2020/L.1`, then `…/L.1/Rev.1`); and what a
//! delegation is shown of a recommendation's change since the previous version.
//!
//! A recommendation keeps one identity (`stable_id`) in every version, whatever its label
//! becomes: the id of the recommendation it first was, carried into each revised draft.

use std::collections::HashMap;

/// The name of a draft version: `None` for the original, `Rev.n` for the n-th revision.
pub fn version_name(draft_version: i64) -> Option<String> {
    (draft_version > 0).then(|| format!("Rev.{draft_version}"))
}

/// The symbol of the revision `draft_version` of the document whose symbol (of any version) is
/// `symbol`: its `/Rev.n` replaced. Empty when the document has no symbol.
pub fn revised_symbol(symbol: &str, draft_version: i64) -> String {
    let base = base_symbol(symbol);
    if base.is_empty() {
        return String::new();
    }
    match version_name(draft_version) {
        Some(rev) => format!("{base}/{rev}"),
        None => base.to_string(),
    }
}

/// The title of the revision `draft_version` of a round titled `title`: its ` (Rev.n)`
/// replaced, e.g. "Comments on the draft (Rev.2)".
pub fn revised_title(title: &str, draft_version: i64) -> String {
    let title = title.trim();
    let base = match title
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" (Rev."))
    {
        Some((base, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => base,
        _ => title,
    };
    match version_name(draft_version) {
        Some(rev) => format!("{base} ({rev})"),
        None => base.to_string(),
    }
}

/// The symbol without its `/Rev.n`, if it has one.
fn base_symbol(symbol: &str) -> &str {
    let symbol = symbol.trim();
    match symbol.rsplit_once("/Rev.") {
        Some((base, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => base,
        _ => symbol,
    }
}

/// A document symbol as the UN writes them: 1 to [`DocumentSymbol::MAX_CHARS`] characters of
/// letters, digits and `/ . - _ ( )`, starting with a letter or digit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSymbol(String);

checked_text!(DocumentSymbol);

/// Why a document symbol was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentSymbolError {
    #[error("The document symbol must be 100 characters or fewer")]
    TooLong,
    #[error(
        "A document symbol has letters, digits and / . - _ ( ) only, like CTOC/COP/WG.4/2020/L.1"
    )]
    Invalid,
}

impl DocumentSymbolError {
    /// The Fluent message id of this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            DocumentSymbolError::TooLong => "error-document-symbol-too-long",
            DocumentSymbolError::Invalid => "error-document-symbol-invalid",
        }
    }
}

impl DocumentSymbol {
    pub const MAX_CHARS: usize = 100;

    /// A symbol, or `None` when the field was left empty.
    pub fn parse(input: &str) -> Result<Option<DocumentSymbol>, DocumentSymbolError> {
        let symbol = input.trim();
        if symbol.is_empty() {
            return Ok(None);
        }
        if symbol.chars().count() > Self::MAX_CHARS {
            return Err(DocumentSymbolError::TooLong);
        }
        let starts_well = symbol
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
        let allowed = |c: char| c.is_ascii_alphanumeric() || "/.-_()".contains(c);
        if !starts_well || !symbol.chars().all(allowed) {
            return Err(DocumentSymbolError::Invalid);
        }
        Ok(Some(DocumentSymbol(symbol.to_string())))
    }
}

/// The text of a recommendation in the previous version when it differs from `text`: `None`
/// when the recommendation is new in this version or unchanged.
pub fn previous_if_changed(previous: Option<String>, text: &str) -> Option<String> {
    previous.filter(|p| p != text)
}

/// One order of every identity in `versions` (each the identities of one version, in its
/// document order): each version's order is kept, and an identity that first appears in a later
/// version comes right after the one it follows there (a `5 bis` after `5`).
pub fn merge_order(versions: &[Vec<i64>]) -> Vec<i64> {
    let mut merged: Vec<i64> = Vec::new();
    for version in versions {
        let mut at = 0;
        for id in version {
            match merged.iter().position(|m| m == id) {
                Some(found) => at = found + 1,
                None => {
                    merged.insert(at, *id);
                    at += 1;
                }
            }
        }
    }
    merged
}

/// A recommendation whose identity a replaced draft may carry on: its label, text and identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownParagraph<'a> {
    pub label: &'a str,
    pub text: &'a str,
    pub stable_id: i64,
}

/// How alike two texts must be ([`likeness`], 0 to 1) for an edited paragraph to be the same
/// recommendation relabelled.
const SAME_RECOMMENDATION_RATIO: f64 = 0.6;

/// The most pairs of texts compared in one replacement, which runs in the write's turn (it holds
/// every delegation's writes): 10,000 pairs of 60-word paragraphs took 84 ms in a debug build,
/// so 2,500 stay well under the turn's budget. Beyond it (most of a long draft rewritten at
/// once) only identical texts and labels carry identities.
const MAX_COMPARED_PAIRS: usize = 2_500;

/// The words of a text, sorted (a multiset), for [`likeness`].
fn words(text: &str) -> Vec<&str> {
    let mut words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.sort_unstable();
    words
}

/// How alike two texts are by the words they share (Dice's coefficient over their sorted word
/// multisets, 0 to 1): cheap enough to compare every edited paragraph with every candidate.
fn likeness(a: &[&str], b: &[&str]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (2 * shared) as f64 / (a.len() + b.len()) as f64
}

/// The identity each paragraph of a draft that replaces another takes (`None`: a new
/// recommendation, its own identity): the Chair who edits a revised draft before it opens may
/// relabel (`5 bis` becomes `6`, `6` becomes `7`), reorder and edit paragraphs, and each keeps
/// its link to the previous version. `known` are the paragraphs whose identities may be carried
/// on; `paragraphs` the new draft's (label, text), in order. Each identity goes to one paragraph
/// at most, matched first by identical text (the same label preferred), then by a text edited
/// but mostly the same (the most alike first), then by the same label (a paragraph rewritten in
/// place).
pub fn carry_identities(
    known: &[KnownParagraph<'_>],
    paragraphs: &[(&str, &str)],
) -> Vec<Option<i64>> {
    let mut carried: Vec<Option<i64>> = vec![None; paragraphs.len()];
    let mut claimed = vec![false; known.len()];
    // Identical texts.
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, k) in known.iter().enumerate() {
        by_text.entry(k.text.trim()).or_default().push(i);
    }
    for (new, (label, text)) in paragraphs.iter().enumerate() {
        let Some(candidates) = by_text.get_mut(text.trim()) else {
            continue;
        };
        let pick = candidates
            .iter()
            .position(|&i| known[i].label == *label)
            .or((!candidates.is_empty()).then_some(0));
        if let Some(at) = pick {
            let old = candidates.remove(at);
            {
                carried[new] = Some(known[old].stable_id);
                claimed[old] = true;
            }
        }
    }
    // Edited texts, the most alike pairs first.
    let open_new: Vec<usize> = (0..paragraphs.len())
        .filter(|&i| carried[i].is_none())
        .collect();
    let open_old: Vec<usize> = (0..known.len()).filter(|&i| !claimed[i]).collect();
    if open_new.len() * open_old.len() <= MAX_COMPARED_PAIRS {
        let old_words: Vec<Vec<&str>> = open_old.iter().map(|&i| words(known[i].text)).collect();
        let mut pairs: Vec<(f64, bool, usize, usize)> = Vec::new();
        for &new in &open_new {
            let new_words = words(paragraphs[new].1);
            for (&old, old_words) in open_old.iter().zip(&old_words) {
                let ratio = likeness(old_words, &new_words);
                if ratio >= SAME_RECOMMENDATION_RATIO {
                    pairs.push((ratio, known[old].label == paragraphs[new].0, new, old));
                }
            }
        }
        pairs.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(b.1.cmp(&a.1))
                .then((a.2, a.3).cmp(&(b.2, b.3)))
        });
        for (_, _, new, old) in pairs {
            if carried[new].is_none() && !claimed[old] {
                {
                    carried[new] = Some(known[old].stable_id);
                    claimed[old] = true;
                }
            }
        }
    }
    // Paragraphs rewritten under the same label.
    for (new, (label, _)) in paragraphs.iter().enumerate() {
        if carried[new].is_some() {
            continue;
        }
        if let Some(old) = (0..known.len()).find(|&i| !claimed[i] && known[i].label == *label) {
            {
                carried[new] = Some(known[old].stable_id);
                claimed[old] = true;
            }
        }
    }
    carried
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_named_rev_n_after_the_original() {
        assert_eq!(version_name(0), None);
        assert_eq!(version_name(1).as_deref(), Some("Rev.1"));
        assert_eq!(version_name(12).as_deref(), Some("Rev.12"));
    }

    #[test]
    fn a_revision_takes_the_symbol_with_its_rev_replaced() {
        let l1 = "CTOC/COP/WG.4/2020/L.1";
        assert_eq!(revised_symbol(l1, 1), "CTOC/COP/WG.4/2020/L.1/Rev.1");
        assert_eq!(
            revised_symbol("CTOC/COP/WG.4/2020/L.1/Rev.1", 2),
            "CTOC/COP/WG.4/2020/L.1/Rev.2"
        );
        assert_eq!(revised_symbol("CTOC/COP/WG.4/2020/L.1/Rev.1", 0), l1);
        // Not a revision suffix: kept.
        assert_eq!(revised_symbol("A/Rev.x", 1), "A/Rev.x/Rev.1");
        assert_eq!(revised_symbol("", 3), "");
    }

    #[test]
    fn a_revision_takes_the_title_with_its_rev_replaced() {
        assert_eq!(revised_title("Comments", 1), "Comments (Rev.1)");
        assert_eq!(revised_title("Comments (Rev.1)", 2), "Comments (Rev.2)");
        assert_eq!(
            revised_title("Comments (Rev.x)", 2),
            "Comments (Rev.x) (Rev.2)"
        );
    }

    #[test]
    fn symbols_are_checked() {
        assert_eq!(DocumentSymbol::parse("  "), Ok(None));
        assert_eq!(
            DocumentSymbol::parse(" E/CN.15/2020/L.3(Add.1) ")
                .unwrap()
                .map(DocumentSymbol::into_inner),
            Some("E/CN.15/2020/L.3(Add.1)".to_string())
        );
        assert_eq!(
            DocumentSymbol::parse("/A/1"),
            Err(DocumentSymbolError::Invalid)
        );
        assert_eq!(
            DocumentSymbol::parse("A 1"),
            Err(DocumentSymbolError::Invalid)
        );
        assert_eq!(
            DocumentSymbol::parse(&"A".repeat(101)),
            Err(DocumentSymbolError::TooLong)
        );
    }

    #[test]
    fn identities_keep_their_place_across_versions() {
        // 1 2 3 5; then 5 bis (9) added after 5 and 2 deleted; then 10 added first.
        let versions = vec![vec![1, 2, 3, 5], vec![1, 3, 5, 9], vec![10, 1, 3, 5, 9]];
        assert_eq!(merge_order(&versions), vec![10, 1, 2, 3, 5, 9]);
        assert_eq!(merge_order(&[]), Vec::<i64>::new());
    }

    #[test]
    fn previous_text_is_given_only_when_it_differs() {
        assert_eq!(previous_if_changed(None, "a"), None);
        assert_eq!(previous_if_changed(Some("a".into()), "a"), None);
        assert_eq!(
            previous_if_changed(Some("a".into()), "b").as_deref(),
            Some("a")
        );
    }

    #[test]
    fn identities_survive_relabelling_reordering_and_edits() {
        let known = [
            KnownParagraph {
                label: "5",
                text: "States parties should train judges.",
                stable_id: 5,
            },
            KnownParagraph {
                label: "5 bis",
                text: "States parties should consider specialized prosecutors for trafficking cases.",
                stable_id: 50,
            },
            KnownParagraph {
                label: "6",
                text: "The Secretariat should collect data.",
                stable_id: 6,
            },
            KnownParagraph {
                label: "7",
                text: "States parties should cooperate.",
                stable_id: 7,
            },
        ];
        let carried = carry_identities(
            &known,
            &[
                ("5", "States parties should train judges."),
                // `5 bis` relabelled `6` and edited a little; the old `6` is now `7`.
                (
                    "6",
                    "States parties should consider specialized prosecutors for all trafficking cases.",
                ),
                ("7", "The Secretariat should collect data."),
                // The old `7` rewritten in place under its new label `8`: a new recommendation.
                ("8", "Member States are invited to report on progress."),
                ("9", "A paragraph nobody wrote before."),
            ],
        );
        assert_eq!(carried, vec![Some(5), Some(50), Some(6), None, None]);
        assert_eq!(likeness(&words("a b c"), &words("c, b; a")), 1.0);
        assert_eq!(likeness(&words("a b"), &words("c d")), 0.0);
        assert_eq!(likeness(&words("a b c d"), &words("a b c e")), 0.75);
        // Rewritten under the same label: the label carries it.
        let carried = carry_identities(&known, &[("7", "Entirely different words here.")]);
        assert_eq!(carried, vec![Some(7)]);
        // Two identical texts take one identity each, the same label first.
        let twins = [
            KnownParagraph {
                label: "1",
                text: "Same.",
                stable_id: 1,
            },
            KnownParagraph {
                label: "2",
                text: "Same.",
                stable_id: 2,
            },
        ];
        assert_eq!(
            carry_identities(&twins, &[("2", "Same."), ("3", "Same."), ("4", "Same.")]),
            vec![Some(2), Some(1), None]
        );
    }
}
