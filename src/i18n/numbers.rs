//! Numbers in messages, written the locale's way: "20,000" in English and Chinese, "20 000" in
//! French and Russian (with the no-break spaces CLDR gives), "20.000" in Spanish (but "2000":
//! Spanish groups from five digits). Fluent formats a number argument through the formatter
//! set on its bundle ([`format`]); ICU4X's decimal formatter (`icu_decimal`, compiled CLDR
//! data) does the grouping, one per language, kept by the bundle's memoizer.
//!
//! Arabic is written with Western digits ("ar-u-nu-latn"), as United Nations Arabic documents
//! write numbers and as our dates are.

use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::fluent_bundle::memoizer::MemoizerKind;
use icu_decimal::input::Decimal;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_locale_core::Locale;

/// The number conventions of one language (its formatter is made for each number: the
/// formatter's data is not shareable between threads, and numbers are few on a page).
pub struct Grouping(DecimalFormatterPreferences);

impl intl_memoizer::Memoizable for Grouping {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Grouping, ()> {
        let tag = match lang.language.as_str() {
            "ar" => "ar-u-nu-latn".to_string(),
            _ => lang.to_string(),
        };
        let locale: Locale = tag.parse().map_err(|_| ())?;
        Ok(Grouping(DecimalFormatterPreferences::from(&locale)))
    }
}

/// A whole number of a message, grouped for the bundle's language; `None` (Fluent's own
/// formatting) for anything else.
pub fn format<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value;
    if whole.fract() != 0.0
        || whole.abs() > 1e15
        || number.options.minimum_fraction_digits.is_some()
    {
        return None;
    }
    // Exact: whole and within the range where every integer is a float.
    let whole = whole as i64;
    memoizer
        .with_try_get_threadsafe::<Grouping, _, _>((), |g| {
            DecimalFormatter::try_new(g.0, Default::default())
                .ok()
                .map(|f| f.format(&Decimal::from(whole)).to_string())
        })
        .ok()
        .flatten()
}

#[cfg(test)]
mod tests {
    use crate::domain::Language;
    use crate::i18n::{Arg, Tr};

    fn limit(language: Language, n: i64) -> String {
        Tr::new(language).ta("error-field-too-long", &[("max", Arg::Number(n))])
    }

    #[test]
    fn numbers_in_messages_are_grouped_per_locale() {
        assert!(limit(Language::En, 20_000).contains("20,000"));
        assert!(limit(Language::En, 200).contains(" 200 "));
        assert!(limit(Language::Fr, 20_000).contains("20\u{202f}000"));
        assert!(limit(Language::Es, 20_000).contains("20.000"));
        assert!(limit(Language::Es, 2_000).contains(" 2000 "));
        assert!(limit(Language::Ru, 20_000).contains("20\u{a0}000"));
        assert!(limit(Language::Zh, 20_000).contains("20,000"));
        // Western digits in Arabic, grouped with the Arabic thousands separator.
        let arabic = limit(Language::Ar, 20_000);
        assert!(
            arabic.contains("20٬000") || arabic.contains("20,000"),
            "{arabic}"
        );
    }
}
