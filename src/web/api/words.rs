//! The API's enumerations: the words it reads and writes for kinds, visibilities, states and
//! decisions, each declared in the OpenAPI document as an `enum`, with the domain value it
//! stands for (the conversions are exhaustive both ways, so a new domain value does not compile
//! until the API has a word for it).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::disposition::Decision;
use crate::domain::intake::IntakeSource;
use crate::domain::silence::SilenceResult;
use crate::domain::{CommentKind, CommentStatus, DelegationCategory, RoundState};

/// Declares an API enumeration (its words are its variants in snake case) and its conversions
/// from and to the domain's.
macro_rules! api_words {
    ($(#[$doc:meta])* $name:ident <=> $domain:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($variant),+
        }

        impl From<$name> for $domain {
            fn from(word: $name) -> $domain {
                match word {
                    $($name::$variant => $domain::$variant),+
                }
            }
        }

        impl From<$domain> for $name {
            fn from(value: $domain) -> $name {
                match value {
                    $($domain::$variant => $name::$variant),+
                }
            }
        }
    };
}

api_words!(
    /// What a comment does: `remark`, `amendment` (needs `proposed_text`), `deletion` or `support`.
    CommentKindWord <=> CommentKind {
        Remark,
        Amendment,
        Deletion,
        Support,
    }
);

api_words!(
    /// How a comment entered on a delegation's behalf reached the Secretariat: `email`,
    /// `note_verbale` or `letter`.
    IntakeSourceWord <=> IntakeSource {
        Email,
        NoteVerbale,
        Letter,
    }
);

api_words!(
    /// Whether a comment counts (`active`) or was withdrawn (kept, marked `withdrawn`).
    CommentStatusWord <=> CommentStatus {
        Active,
        Withdrawn,
    }
);

api_words!(
    /// The Chair's decision on a recommendation.
    DecisionWord <=> Decision {
        Retained,
        Amended,
        Merged,
        Deleted,
        Bracketed,
    }
);

api_words!(
    /// Where a delegation is listed in the compilation of comments.
    CategoryWord <=> DelegationCategory {
        Party,
        ObserverState,
        OtherObserver,
        Igo,
        Other,
    }
);

api_words!(
    /// A round's state now: `scheduled` (not yet open), `open`, `closed` or `cancelled`.
    RoundStateWord <=> RoundState {
        Scheduled,
        Open,
        Closed,
        Cancelled,
    }
);

api_words!(
    /// The result of a silence procedure, decided at its deadline: `adopted` (no valid break
    /// standing) or `broken`.
    SilenceResultWord <=> SilenceResult {
        Adopted,
        Broken,
    }
);

/// Who sees other delegations' comments: `private` (only once the outcome is published),
/// `after_close` (once the round has closed) or `shared` (as soon as they are saved).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum VisibilityWord {
    Private,
    AfterClose,
    Shared,
}

impl From<VisibilityWord> for crate::domain::Visibility {
    fn from(word: VisibilityWord) -> Self {
        match word {
            VisibilityWord::Private => Self::Private,
            VisibilityWord::AfterClose => Self::SharedAfterClose,
            VisibilityWord::Shared => Self::SharedLive,
        }
    }
}

impl From<crate::domain::Visibility> for VisibilityWord {
    fn from(value: crate::domain::Visibility) -> Self {
        use crate::domain::Visibility;
        match value {
            Visibility::Private => Self::Private,
            Visibility::SharedAfterClose => Self::AfterClose,
            Visibility::SharedLive => Self::Shared,
        }
    }
}

/// The kind of round: `comments` (delegations comment on the draft) or `silence` (the text is
/// adopted at the deadline unless silence is broken).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RoundKindWord {
    Comments,
    Silence,
}

impl RoundKindWord {
    /// The kind as the round stores it (see `app::chair::ROUND_KINDS`).
    pub fn stored(self) -> &'static str {
        match self {
            RoundKindWord::Comments => "comment",
            RoundKindWord::Silence => "silence",
        }
    }

    /// The word for a stored kind; a kind this API has no word for reads as `comments`.
    pub fn of_stored(kind: &str) -> RoundKindWord {
        match kind {
            "silence" => RoundKindWord::Silence,
            _ => RoundKindWord::Comments,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_round_kind_has_its_word() {
        for kind in crate::app::chair::ROUND_KINDS {
            assert_eq!(RoundKindWord::of_stored(kind).stored(), kind);
        }
    }

    #[test]
    fn words_are_the_documented_ones() {
        let words = [
            serde_json::to_value(VisibilityWord::AfterClose),
            serde_json::to_value(VisibilityWord::Shared),
            serde_json::to_value(CategoryWord::ObserverState),
            serde_json::to_value(RoundKindWord::Comments),
        ];
        let words: Vec<String> = words
            .into_iter()
            .map(|w| {
                w.expect("serialises")
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            })
            .collect();
        assert_eq!(
            words,
            ["after_close", "shared", "observer_state", "comments"]
        );
    }
}

/// A language of pages and e-mails: `ar`, `zh`, `en`, `fr`, `ru` or `es`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum LanguageWord {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl From<LanguageWord> for crate::domain::Language {
    fn from(word: LanguageWord) -> Self {
        use crate::domain::Language;
        match word {
            LanguageWord::Ar => Language::Ar,
            LanguageWord::Zh => Language::Zh,
            LanguageWord::En => Language::En,
            LanguageWord::Fr => Language::Fr,
            LanguageWord::Ru => Language::Ru,
            LanguageWord::Es => Language::Es,
        }
    }
}

impl From<crate::domain::Language> for LanguageWord {
    fn from(value: crate::domain::Language) -> Self {
        use crate::domain::Language;
        match value {
            Language::Ar => Self::Ar,
            Language::Zh => Self::Zh,
            Language::En => Self::En,
            Language::Fr => Self::Fr,
            Language::Ru => Self::Ru,
            Language::Es => Self::Es,
        }
    }
}
