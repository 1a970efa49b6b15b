//! Owns the versions of a document: a round's draft is the original (version 0) or a revision
//! made from the published outcome of the round it is based on (`Rev.1`, `Rev.2`…); the
//! document symbol of each version (`CTOC/COP/WG.4/2020/L.1`, then `…/L.1/Rev.1`); and what a
//! delegation is shown of a recommendation's change since the previous version.
//!
//! A recommendation keeps one identity (`stable_id`) in every version, whatever its label
//! becomes: the id of the recommendation it first was, carried into each revised draft.

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
}
