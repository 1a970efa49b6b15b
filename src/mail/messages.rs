//! The messages redraft sends, each rendered from a text and an HTML template under
//! `templates/email/`.

use askama::Template;

use super::{MailError, OutgoingMail};
use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "email/sign_in.txt")]
struct SignInText<'a> {
    tr: &'a Tr,
    link: &'a str,
    valid_until: &'a str,
}

#[derive(Template)]
#[template(path = "email/sign_in.html")]
struct SignInHtml<'a> {
    tr: &'a Tr,
    link: &'a str,
    valid_until: &'a str,
}

/// The sign-in link for `to`, valid until `valid_until` (already formatted for the reader).
pub fn sign_in(
    tr: &Tr,
    to: &str,
    link: &str,
    valid_until: &str,
) -> Result<OutgoingMail, MailError> {
    Ok(OutgoingMail {
        to: to.to_string(),
        subject: tr.t("email-sign-in-subject"),
        text: SignInText {
            tr,
            link,
            valid_until,
        }
        .render()?,
        html: SignInHtml {
            tr,
            link,
            valid_until,
        }
        .render()?,
    })
}
