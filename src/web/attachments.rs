//! The answer carrying an attached file, for the pages and the API alike: always a download
//! (`Content-Disposition: attachment`, never shown inline), its type as read from its content,
//! its sanitised name (ASCII fallback and the UTF-8 name, RFC 6266), not cached by shared caches;
//! `X-Content-Type-Options: nosniff` is on every answer of the server.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::app::attachments::AttachmentFile;

/// What `filename*` may leave unescaped (RFC 8187's attr-char).
const ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'!')
    .remove(b'#')
    .remove(b'$')
    .remove(b'&')
    .remove(b'+')
    .remove(b'-')
    .remove(b'.')
    .remove(b'^')
    .remove(b'_')
    .remove(b'`')
    .remove(b'|')
    .remove(b'~');

/// `attachment; filename="…"; filename*=UTF-8''…` for a name already sanitised.
pub fn disposition(file_name: &str) -> String {
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        utf8_percent_encode(file_name, ATTR_CHAR)
    )
}

pub fn download(file: AttachmentFile) -> Response {
    let content_type = HeaderValue::from_str(&file.record.content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    let disposition = HeaderValue::from_str(&disposition(&file.record.file_name))
        .unwrap_or(HeaderValue::from_static("attachment"));
    let mut response = file.bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, content_type);
    headers.insert(header::CONTENT_DISPOSITION, disposition);
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::disposition;

    #[test]
    fn names_are_quoted_safely() {
        assert_eq!(
            disposition("x.pdf"),
            "attachment; filename=\"x.pdf\"; filename*=UTF-8''x.pdf"
        );
        assert_eq!(
            disposition("Note verbale Österreich.pdf"),
            "attachment; filename=\"Note verbale _sterreich.pdf\"; \
             filename*=UTF-8''Note%20verbale%20%C3%96sterreich.pdf"
        );
    }
}
