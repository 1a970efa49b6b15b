//! Owns the languages redraft speaks (`Language`: the six official languages of the United
//! Nations) and how the language of a page is chosen: the person's own choice, else the first
//! of ours in the browser's `Accept-Language` by q-value, else the round's default language.

use std::cmp::Ordering;

/// A language of the interface. Its code is the BCP 47 primary language subtag, which is also
/// the name of its catalogue folder (`templates/locales/<code>/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    Ar,
    Zh,
    #[default]
    En,
    Fr,
    Ru,
    Es,
}

crate::domain::text_forms!(Language {
    Ar => "ar",
    Zh => "zh",
    En => "en",
    Fr => "fr",
    Ru => "ru",
    Es => "es",
});

impl Language {
    /// The language of a language tag (`fr`, `fr-CH`, `zh-Hans-CN`, `ES`), by its primary
    /// subtag; `None` for a language we do not speak.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Language::from_stored(&primary.to_ascii_lowercase())
    }

    /// The first of our languages in an `Accept-Language` header, highest q-value first (equal
    /// q-values in the order given); `q=0` means "not this one".
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut ranked: Vec<(u16, usize, Language)> = header
            .split(',')
            .enumerate()
            .filter_map(|(at, item)| {
                let mut parts = item.split(';');
                let language = Language::from_tag(parts.next()?)?;
                let q = parts
                    .filter_map(|p| p.trim().strip_prefix("q=").or(p.trim().strip_prefix("Q=")))
                    .map(quality)
                    .next()
                    .unwrap_or(Some(1000))?;
                (q > 0).then_some((q, at, language))
            })
            .collect();
        ranked.sort_by(|a, b| match b.0.cmp(&a.0) {
            Ordering::Equal => a.1.cmp(&b.1),
            other => other,
        });
        ranked.first().map(|r| r.2)
    }

    /// Whether the language is written right to left.
    pub fn is_right_to_left(self) -> bool {
        self == Language::Ar
    }
}

/// A q-value (`0`, `0.5`, `1.000`) in thousandths; `None` when malformed.
fn quality(text: &str) -> Option<u16> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The language of a page: the person's `chosen` one, else the browser's `accepted` one, else
/// the round's default.
pub fn negotiate(
    chosen: Option<Language>,
    accepted: Option<Language>,
    round_default: Language,
) -> Language {
    chosen.or(accepted).unwrap_or(round_default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_primary_subtag() {
        assert_eq!(Language::from_tag("fr"), Some(Language::Fr));
        assert_eq!(Language::from_tag("fr-CH"), Some(Language::Fr));
        assert_eq!(Language::from_tag("zh-Hans-CN"), Some(Language::Zh));
        assert_eq!(Language::from_tag(" ES "), Some(Language::Es));
        assert_eq!(Language::from_tag("ar_EG"), Some(Language::Ar));
        assert_eq!(Language::from_tag("de"), None);
        assert_eq!(Language::from_tag("*"), None);
        assert_eq!(Language::from_tag(""), None);
    }

    #[test]
    fn accept_language_is_ranked_by_q_value() {
        let best = Language::from_accept_language;
        assert_eq!(best("fr-CH, fr;q=0.9, en;q=0.8"), Some(Language::Fr));
        assert_eq!(best("en;q=0.5, ru;q=0.9"), Some(Language::Ru));
        // Languages we do not speak are passed over, whatever their weight.
        assert_eq!(best("de-AT, de;q=0.9, es;q=0.3"), Some(Language::Es));
        // Equal weights keep the browser's order.
        assert_eq!(best("zh;q=0.7, ar;q=0.7"), Some(Language::Zh));
        // q=0 refuses a language.
        assert_eq!(best("ar;q=0, en;q=0.1"), Some(Language::En));
        assert_eq!(best("ar;q=0"), None);
        // A malformed weight drops that entry only.
        assert_eq!(best("fr;q=2, es"), Some(Language::Es));
        assert_eq!(best("fr;q=0.12345, ru;q=0.001"), Some(Language::Ru));
        assert_eq!(best("*"), None);
        assert_eq!(best(""), None);
    }

    #[test]
    fn the_choice_comes_before_the_browser_and_the_browser_before_the_round() {
        use Language::*;
        assert_eq!(negotiate(Some(Ar), Some(Fr), Es), Ar);
        assert_eq!(negotiate(None, Some(Fr), Es), Fr);
        assert_eq!(negotiate(None, None, Es), Es);
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for language in Language::all() {
            assert_eq!(language.is_right_to_left(), language == Language::Ar);
        }
    }
}
