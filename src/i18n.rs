//! Translation: every user-visible string of pages and e-mails is looked up here, by Fluent
//! message id, in the catalogues under `templates/locales/<lang>/`, one folder per
//! [`Language`]. Plural forms follow CLDR through Fluent's selectors (Arabic has six, Russian
//! four); numbers in messages are grouped the locale's way (see [`numbers`]), and dates and
//! times are worded by [`dates`].

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

use crate::domain::Language;
pub use dates::Moment;

#[cfg(test)]
mod catalogue_tests;
pub mod dates;
pub mod intake;
pub mod numbers;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./templates/locales",
        fallback_language: "en",
        // Pages isolate user text with <bdi> and dir="auto" themselves; Fluent's own isolation
        // marks would end up inside e-mail subjects and attribute values.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(numbers::format));
        },
    };
}

/// Resolved messages without arguments, per language and message id, kept for the life of the
/// process (leaked: at most [`MAX_PLAIN_MESSAGES`] per language, for at most [`MAX_LANGUAGES`]) so
/// that a lookup hands out a `&'static str` and a page's ~1,800 labels cost no allocation. Ids
/// come from the program's own templates and code (some built from stored values such as a
/// comment's kind); the cap keeps memory bounded whatever happens.
const MAX_PLAIN_MESSAGES: usize = 4_096;
const MAX_LANGUAGES: usize = 16;
type PlainMessages = Vec<(LanguageIdentifier, HashMap<String, &'static str>)>;
static PLAIN_MESSAGES: LazyLock<RwLock<PlainMessages>> = LazyLock::new(Default::default);

/// The translator of one request or one e-mail: a language and lookups in it.
#[derive(Clone, Debug)]
pub struct Tr {
    language: Language,
    lang: LanguageIdentifier,
}

impl Default for Tr {
    fn default() -> Self {
        Tr::english()
    }
}

impl Tr {
    pub fn english() -> Tr {
        Tr::new(Language::En)
    }

    pub fn new(language: Language) -> Tr {
        let lang = language
            .as_str()
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default());
        Tr { language, lang }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The value of `lang` on `<html>`.
    pub fn lang(&self) -> &'static str {
        self.language.as_str()
    }

    /// The value of `dir` on `<html>`.
    pub fn dir(&self) -> &'static str {
        if self.language.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The message `id`, as an owned string (see [`Tr::text`]).
    pub fn t(&self, id: &str) -> String {
        self.text(id).into_owned()
    }

    /// The message `id`. Messages without arguments are resolved once per language and then
    /// served from memory: the catalogues are compiled in, and a round page asks for the same
    /// form labels once per recommendation (about 1,800 lookups for 150 of them). Borrowed
    /// unless the message could not be kept (the cap reached).
    pub fn text(&self, id: &str) -> Cow<'static, str> {
        let find = |cache: &PlainMessages| {
            cache
                .iter()
                .find(|(lang, _)| *lang == self.lang)
                .and_then(|(_, messages)| messages.get(id).copied())
        };
        if let Some(text) = PLAIN_MESSAGES.read().ok().and_then(|cache| find(&cache)) {
            return Cow::Borrowed(text);
        }
        let text = LOCALES.lookup(&self.lang, id);
        let Ok(mut cache) = PLAIN_MESSAGES.write() else {
            return Cow::Owned(text);
        };
        if let Some(kept) = find(&cache) {
            return Cow::Borrowed(kept);
        }
        let at = match cache.iter().position(|(lang, _)| *lang == self.lang) {
            Some(at) => at,
            None if cache.len() >= MAX_LANGUAGES => return Cow::Owned(text),
            None => {
                cache.push((self.lang.clone(), HashMap::new()));
                cache.len() - 1
            }
        };
        let messages = &mut cache[at].1;
        if messages.len() >= MAX_PLAIN_MESSAGES {
            return Cow::Owned(text);
        }
        let kept: &'static str = Box::leak(text.into_boxed_str());
        messages.insert(id.to_string(), kept);
        Cow::Borrowed(kept)
    }

    /// The message `id` with named arguments (text or numbers).
    pub fn ta(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(s) => FluentValue::from(s.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Moment(m) => FluentValue::from(self.moment(m)),
                    Arg::List(items) => FluentValue::from(
                        items
                            .iter()
                            .map(|m| m.render(self))
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.lang, id, &args)
    }

    /// The message `id` with one text argument; the common case in templates.
    pub fn t1(&self, id: &str, name: &'static str, value: &str) -> String {
        self.ta(id, &[(name, Arg::Text(value.to_string()))])
    }
}

/// An argument of a translated message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// A time, worded in the message's language when it is rendered.
    Moment(Moment),
    /// Messages rendered in the message's language, one after the other, separated by "; ".
    List(Vec<Message>),
}

impl From<Moment> for Arg {
    fn from(m: Moment) -> Self {
        Arg::Moment(m)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

/// A message to show the user, not yet translated: an id and its arguments. Errors of the
/// `app` layer carry these so that the page in the user's language can say what went wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    pub fn render(&self, tr: &Tr) -> String {
        tr.ta(self.id, &self.args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_without_arguments_is_resolved_once_and_lent() {
        let tr = Tr::english();
        let first = tr.text("save-comment");
        let second = tr.text("save-comment");
        assert_eq!(first, "Save comment");
        match (first, second) {
            (Cow::Borrowed(a), Cow::Borrowed(b)) => assert!(std::ptr::eq(a, b)),
            other => panic!("expected the kept text twice, got {other:?}"),
        }
        assert_eq!(tr.t("save-comment"), "Save comment");
    }

    #[test]
    fn messages_with_arguments_are_formatted_each_time() {
        let tr = Tr::english();
        assert_eq!(
            tr.t1("comment-submitted", "time", "Friday 2 October 2020, 18:00"),
            "Submitted Friday 2 October 2020, 18:00"
        );
    }
}
