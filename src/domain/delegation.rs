//! Owns `DelegationName` and `DelegationCategory`: who takes part in a round, and the order
//! in which their comments are compiled (parties, observer States, other observers, IGOs,
//! others; alphabetical within each).

use crate::domain::{checked_line, group_thousands};

/// A delegation's display name, e.g. "Bolivia (Plurinational State of)". NFC-normalised,
/// trimmed, with runs of whitespace collapsed to one space.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct DelegationName(String);

/// Why a delegation name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DelegationNameError {
    #[error("Enter the delegation's name")]
    Empty,
    #[error(
        "The delegation's name must be {} characters or fewer (it is {})",
        DelegationName::MAX_CHARS,
        group_thousands(*len)
    )]
    TooLong { len: usize },
    #[error("The delegation's name contains a control character; remove it")]
    ControlCharacter,
    /// An override or isolate in a name could make it read as another delegation's.
    #[error(
        "The delegation's name contains an invisible character that changes the direction of \
         text (U+{:04X}); remove it",
        u32::from(*character)
    )]
    BidiControl { character: char },
}

impl DelegationNameError {
    /// The Fluent message id of this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            DelegationNameError::Empty => "error-delegation-name-empty",
            DelegationNameError::TooLong { .. } => "error-delegation-name-too-long",
            DelegationNameError::ControlCharacter => "error-delegation-name-control-character",
            DelegationNameError::BidiControl { .. } => "error-delegation-name-bidi-control",
        }
    }
}

impl DelegationName {
    /// Longest name accepted, in characters (after normalisation).
    pub const MAX_CHARS: usize = 200;

    pub fn parse(input: &str) -> Result<DelegationName, DelegationNameError> {
        Ok(DelegationName(checked_line(input, Self::MAX_CHARS)?))
    }
}

checked_text!(DelegationName);
line_error!(DelegationNameError);

/// Whether a party is a regional economic integration organization (today only the
/// European Union is one among the parties to the Convention). In the compilation of
/// comments such parties come after the States parties. Case-insensitive.
pub fn is_regional_economic_integration_org(name: &DelegationName) -> bool {
    const REIOS: [&str; 1] = ["european union"];
    let lower = name.as_str().to_lowercase();
    REIOS.contains(&lower.as_str())
}

/// The kind of participant a delegation is. Compilation order is [`DelegationCategory::order`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DelegationCategory {
    /// A party to the Convention: a State, or a regional economic integration organization.
    Party,
    /// A signatory or other State attending as an observer.
    ObserverState,
    /// Other observers: the Holy See (a non-member State), entities such as the
    /// Sovereign Military Order of Malta.
    OtherObserver,
    /// Intergovernmental organizations, including United Nations entities.
    Igo,
    /// Anyone else (non-governmental organizations, experts...).
    Other,
}

text_forms!(DelegationCategory {
    Party => "party",
    ObserverState => "observer_state",
    OtherObserver => "other_observer",
    Igo => "igo",
    Other => "other",
});

impl DelegationCategory {
    /// Reads the stored form and the spellings used in imports (case-insensitive; `-` and
    /// spaces count as `_`): `party`, `observer_state`, `other_observer`, `non_member_state`
    /// and `observer_entity` (both other observers), `igo` and
    /// `intergovernmental_organization`, `other`.
    pub fn parse(input: &str) -> Option<Self> {
        let key: String = input
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        match key.as_str() {
            "party" | "parties" | "state_party" => Some(DelegationCategory::Party),
            "observer_state" => Some(DelegationCategory::ObserverState),
            "other_observer" | "non_member_state" | "observer_entity" => {
                Some(DelegationCategory::OtherObserver)
            }
            "igo" | "intergovernmental_organization" => Some(DelegationCategory::Igo),
            "other" => Some(DelegationCategory::Other),
            _ => None,
        }
    }

    /// Position of the group in the compilation of comments: parties 0, observer States 1,
    /// other observers 2, intergovernmental organizations 3, others 4.
    pub fn order(&self) -> u8 {
        match self {
            DelegationCategory::Party => 0,
            DelegationCategory::ObserverState => 1,
            DelegationCategory::OtherObserver => 2,
            DelegationCategory::Igo => 3,
            DelegationCategory::Other => 4,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_normalised() {
        let name = DelegationName::parse("  Bolivia \t (Plurinational\n State of) ").unwrap();
        assert_eq!(name.as_str(), "Bolivia (Plurinational State of)");
        let nfc = DelegationName::parse("Co\u{302}te d\u{2019}Ivoire").unwrap();
        assert_eq!(nfc.as_str(), "Côte d\u{2019}Ivoire");
        assert_eq!(nfc.to_string(), "Côte d\u{2019}Ivoire");
        assert!(DelegationName::parse("الجمهورية العربية السورية").is_ok());
    }

    #[test]
    fn bad_names_are_refused() {
        assert_eq!(DelegationName::parse(""), Err(DelegationNameError::Empty));
        assert_eq!(
            DelegationName::parse(" \n\t "),
            Err(DelegationNameError::Empty)
        );
        assert_eq!(
            DelegationName::parse("Bad\0Name"),
            Err(DelegationNameError::ControlCharacter)
        );
        assert_eq!(
            DelegationName::parse("Bad\u{7}Name"),
            Err(DelegationNameError::ControlCharacter)
        );
        assert!(DelegationName::parse(&"x".repeat(200)).is_ok());
        let err = DelegationName::parse(&"x".repeat(213)).unwrap_err();
        assert_eq!(err, DelegationNameError::TooLong { len: 213 });
        assert_eq!(
            err.to_string(),
            "The delegation's name must be 200 characters or fewer (it is 213)"
        );
        assert_eq!(err.message_id(), "error-delegation-name-too-long");
    }

    #[test]
    fn directional_formatting_characters_are_refused() {
        // "Austria" with an override that would show "airtsuA" after it, and every other
        // embedding, override and isolate.
        for c in ('\u{202A}'..='\u{202E}').chain('\u{2066}'..='\u{2069}') {
            let err = DelegationName::parse(&format!("Austria {c}ecnarF")).unwrap_err();
            assert_eq!(err, DelegationNameError::BidiControl { character: c });
            assert_eq!(err.message_id(), "error-delegation-name-bidi-control");
            assert!(!err.to_string().contains(c));
        }
        // Marks that only hint a direction are names' ordinary content.
        assert!(DelegationName::parse("\u{200F}إسرائيل").is_ok());
    }

    #[test]
    fn categories_round_trip() {
        for cat in DelegationCategory::all() {
            assert_eq!(DelegationCategory::parse(cat.as_str()), Some(cat));
        }
        let orders: Vec<u8> = DelegationCategory::all()
            .iter()
            .map(|c| c.order())
            .collect();
        assert_eq!(orders, [0, 1, 2, 3, 4]);
    }

    #[test]
    fn demo_csv_categories_parse() {
        // The values found in data/wg-tip-2020-delegations.csv.
        let cases = [
            ("party", DelegationCategory::Party),
            ("observer_state", DelegationCategory::ObserverState),
            ("non_member_state", DelegationCategory::OtherObserver),
            ("observer_entity", DelegationCategory::OtherObserver),
            ("intergovernmental_organization", DelegationCategory::Igo),
        ];
        for (input, expected) in cases {
            assert_eq!(DelegationCategory::parse(input), Some(expected), "{input}");
        }
    }

    #[test]
    fn category_spellings() {
        assert_eq!(
            DelegationCategory::parse(" Observer-State "),
            Some(DelegationCategory::ObserverState)
        );
        assert_eq!(
            DelegationCategory::parse("IGO"),
            Some(DelegationCategory::Igo)
        );
        assert_eq!(
            DelegationCategory::parse("PARTY"),
            Some(DelegationCategory::Party)
        );
        assert_eq!(DelegationCategory::parse("ngo"), None);
        assert_eq!(DelegationCategory::parse(""), None);
    }

    #[test]
    fn european_union_is_a_reio() {
        let eu = DelegationName::parse("European  Union").unwrap();
        assert!(is_regional_economic_integration_org(&eu));
        let austria = DelegationName::parse("Austria").unwrap();
        assert!(!is_regional_economic_integration_org(&austria));
        let agency = DelegationName::parse("European Union Agency for Asylum").unwrap();
        assert!(!is_regional_economic_integration_org(&agency));
    }
}
