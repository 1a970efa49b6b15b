//! Owns the rule on explicit directional formatting characters (the embeddings and overrides
//! U+202A–U+202E, the isolates U+2066–U+2069). They are refused in names, labels and titles: an
//! override there makes one delegation's name or one paragraph's label read as another's. In
//! comment text they are kept (a delegation writing Arabic or Hebrew may need them), and the
//! text is shown isolated so that they cannot reorder what surrounds it: in pages by an element
//! of its own, in plain text (e-mails, CSV) by [`isolate`].
//!
//! The Unicode Bidirectional Algorithm (UAX #9) matches a pop-directional-isolate with the
//! nearest isolate opened before it in the same paragraph, and a line break ends every
//! embedding. So a text is isolated line by line, and within a line its own unmatched controls
//! are balanced first: a PDI it closes without opening would otherwise close the isolate
//! around it, and an isolate it leaves open would take the closing PDI.

use std::borrow::Cow;

/// FIRST STRONG ISOLATE: starts an isolate whose direction is that of its first strong letter.
pub const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE: ends the isolate opened last.
pub const PDI: char = '\u{2069}';

/// Whether `c` is an explicit directional embedding, override or isolate (or their end).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The first directional formatting character of `text`, if any.
pub fn first_bidi_control(text: &str) -> Option<char> {
    text.chars().find(|&c| is_bidi_control(c))
}

/// Characters that end a paragraph for the bidirectional algorithm (class B).
fn is_paragraph_separator(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{1C}' | '\u{1D}' | '\u{1E}' | '\u{85}' | '\u{2029}'
    )
}

/// The unmatched isolates of one line (no paragraph separator inside): how many PDIs close
/// nothing the line opened, and how many isolates it leaves open. Balancing these is enough:
/// the PDI that ends an isolate also ends every embedding and override opened inside it, and a
/// PDF cannot end an isolate.
fn unmatched_isolates(line: &str) -> (usize, usize) {
    let (mut open, mut stray) = (0usize, 0usize);
    for c in line.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => open += 1,
            PDI if open > 0 => open -= 1,
            PDI => stray += 1,
            _ => {}
        }
    }
    (stray, open)
}

/// `text` safe to place inside other text: every line holding a directional formatting
/// character is wrapped in FSI … PDI, with its own unmatched isolates balanced inside the wrap.
/// Text without such characters is returned as it is.
pub fn isolate(text: &str) -> Cow<'_, str> {
    if first_bidi_control(text).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    loop {
        let end = rest.find(is_paragraph_separator).unwrap_or(rest.len());
        let line = &rest[..end];
        if first_bidi_control(line).is_some() {
            let (stray, open) = unmatched_isolates(line);
            out.push(FSI);
            out.extend(std::iter::repeat_n(FSI, stray));
            out.push_str(line);
            out.extend(std::iter::repeat_n(PDI, open));
            out.push(PDI);
        } else {
            out.push_str(line);
        }
        let Some(separator) = rest[end..].chars().next() else {
            break;
        };
        out.push(separator);
        rest = &rest[end + separator.len_utf8()..];
    }
    Cow::Owned(out)
}

/// Whether `text` keeps its directional formatting to itself: on each line every isolate is
/// closed, and no PDI closes an isolate the line did not open. [`isolate`] makes any text so.
pub fn isolates_balanced(text: &str) -> bool {
    text.split(is_paragraph_separator)
        .all(|line| unmatched_isolates(line) == (0, 0))
}

/// How a character is named in a message that refuses it: as itself when it is visible, else by
/// its code point (`U+202E`), so that an override cannot reorder the message that names it.
pub fn shown_char(c: char) -> String {
    if is_bidi_control(c) || c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        c.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RLO: char = '\u{202E}';
    const LRE: char = '\u{202A}';
    const PDF: char = '\u{202C}';
    const RLI: char = '\u{2067}';

    #[test]
    fn the_controls_are_exactly_the_embeddings_overrides_and_isolates() {
        let controls: Vec<char> = ('\u{2000}'..='\u{2100}')
            .filter(|&c| is_bidi_control(c))
            .collect();
        assert_eq!(
            controls,
            [
                '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
                '\u{2068}', '\u{2069}'
            ]
        );
        // Marks that only hint a direction stay allowed (they cannot reorder other text).
        assert!(!is_bidi_control('\u{200E}'));
        assert!(!is_bidi_control('\u{200F}'));
        assert!(!is_bidi_control('\u{061C}'));
        assert_eq!(first_bidi_control("abc"), None);
        assert_eq!(first_bidi_control(&format!("a{RLO}b{PDF}")), Some(RLO));
    }

    #[test]
    fn text_without_controls_is_left_as_it_is() {
        let text = "توصية — «Vienne» & <b>\n\tsecond line";
        assert!(matches!(isolate(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn an_override_is_wrapped_on_its_line_only() {
        let text = format!("first{RLO}evil\nsecond line");
        assert_eq!(
            isolate(&text),
            format!("{FSI}first{RLO}evil{PDI}\nsecond line")
        );
        let crlf = format!("plain\r\n{LRE}x");
        assert_eq!(isolate(&crlf), format!("plain\r\n{FSI}{LRE}x{PDI}"));
    }

    #[test]
    fn a_pdi_of_the_text_cannot_close_the_wrap() {
        // The text closes an isolate it never opened, then overrides what follows.
        let text = format!("a{PDI}{RLO}b");
        let isolated = isolate(&text);
        assert_eq!(isolated, format!("{FSI}{FSI}a{PDI}{RLO}b{PDI}"));
        assert!(isolates_balanced(&isolated), "{isolated:?}");
    }

    #[test]
    fn an_isolate_left_open_by_the_text_is_closed_inside_the_wrap() {
        let text = format!("{RLI}{RLI}a{PDI}b");
        let isolated = isolate(&text);
        assert_eq!(isolated, format!("{FSI}{RLI}{RLI}a{PDI}b{PDI}{PDI}"));
        assert!(isolates_balanced(&isolated), "{isolated:?}");
    }

    #[test]
    fn refused_characters_are_named_by_code_point() {
        assert_eq!(shown_char(RLO), "U+202E");
        assert_eq!(shown_char('\u{7}'), "U+0007");
        assert_eq!(shown_char('é'), "é");
    }
}
