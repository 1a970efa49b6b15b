//! Owns `Email`: a focal point's e-mail address, validated and lower-cased.

/// An e-mail address that passed [`Email::parse`]. Stored lower-cased: addresses are
/// compared case-insensitively.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Email(String);

/// Why an e-mail address was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("Enter an e-mail address")]
    Empty,
    #[error("The e-mail address must be {} characters or fewer", Email::MAX_CHARS)]
    TooLong,
    #[error("Enter an e-mail address in the form name@example.org")]
    Malformed,
}

impl EmailError {
    /// The Fluent message id of this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            EmailError::Empty => "error-email-empty",
            EmailError::TooLong => "error-email-too-long",
            EmailError::Malformed => "error-email-malformed",
        }
    }
}

impl Email {
    /// Longest address accepted, in characters.
    pub const MAX_CHARS: usize = 254;
    /// Longest local part (before the `@`) accepted, in characters.
    pub const MAX_LOCAL_CHARS: usize = 64;

    /// Validates an address typed by a person: surrounding whitespace is ignored, the result
    /// is lower-cased. Internationalised (non-ASCII) domains are refused.
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.chars().count() > Self::MAX_CHARS {
            return Err(EmailError::TooLong);
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(EmailError::Malformed);
        }
        let (local, domain) = s.split_once('@').ok_or(EmailError::Malformed)?;
        if domain.contains('@') {
            return Err(EmailError::Malformed);
        }
        if local.is_empty() || local.chars().count() > Self::MAX_LOCAL_CHARS {
            return Err(EmailError::Malformed);
        }
        if !domain_is_valid(domain) {
            return Err(EmailError::Malformed);
        }
        Ok(Email(s.to_lowercase()))
    }
}

fn domain_is_valid(domain: &str) -> bool {
    domain.contains('.')
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

checked_text!(Email);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_addresses_are_accepted_and_lower_cased() {
        let cases = [
            ("focal.point@unodc.org", "focal.point@unodc.org"),
            ("  Focal.Point@UNODC.org \n", "focal.point@unodc.org"),
            ("a@b.co", "a@b.co"),
            (
                "first+tag@mission-austria.gv.at",
                "first+tag@mission-austria.gv.at",
            ),
            ("x_y-z@sub.domain.example", "x_y-z@sub.domain.example"),
            ("O'Brien@example.ie", "o'brien@example.ie"),
        ];
        for (input, expected) in cases {
            let email = Email::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            assert_eq!(email.as_str(), expected);
            assert_eq!(email.to_string(), expected);
            assert_eq!(email.as_ref(), expected);
        }
    }

    #[test]
    fn malformed_addresses_are_refused() {
        let cases = [
            "plainaddress",
            "@example.org",
            "name@",
            "name@localhost",
            "two@@example.org",
            "a@b@example.org",
            "with space@example.org",
            "tab\t@example.org",
            "nul\0@example.org",
            "name@exa mple.org",
            "name@.example.org",
            "name@example..org",
            "name@example.org.",
            "name@-example.org",
            "name@example-.org",
            "name@exa_mple.org",
            "name@bücher.example",
        ];
        for input in cases {
            assert_eq!(Email::parse(input), Err(EmailError::Malformed), "{input:?}");
        }
    }

    #[test]
    fn empty_and_too_long_are_refused() {
        assert_eq!(Email::parse(""), Err(EmailError::Empty));
        assert_eq!(Email::parse("   \t "), Err(EmailError::Empty));
        // Labels longer than 63 characters are refused, so build a long domain from short ones.
        let long_domain = vec!["abcdefghi"; 19].join(".") + ".org"; // 193 chars
        let at_limit = format!("{}@{long_domain}", "l".repeat(254 - 1 - long_domain.len()));
        assert_eq!(at_limit.chars().count(), 254);
        assert!(Email::parse(&at_limit).is_ok());
        let over = format!("l{at_limit}");
        assert_eq!(Email::parse(&over), Err(EmailError::TooLong));
    }

    #[test]
    fn local_part_limit() {
        assert!(Email::parse(&format!("{}@example.org", "a".repeat(64))).is_ok());
        assert_eq!(
            Email::parse(&format!("{}@example.org", "a".repeat(65))),
            Err(EmailError::Malformed)
        );
    }

    #[test]
    fn message_ids_are_distinct() {
        let ids = [
            EmailError::Empty.message_id(),
            EmailError::TooLong.message_id(),
            EmailError::Malformed.message_id(),
        ];
        assert_eq!(
            ids,
            [
                "error-email-empty",
                "error-email-too-long",
                "error-email-malformed"
            ]
        );
    }
}
