//! Owns what may be attached to a comment and how an attached file is named: a delegation
//! attaches its official letter as PDF; the Chair and the Secretariat attach the original of a
//! comment they entered on a delegation's behalf, as PDF or DOCX. Up to
//! [`MAX_ATTACHMENT_BYTES`] each. The type is read from the content, never from the name or the
//! declared type: a PDF starts `%PDF-`, a DOCX is a zip holding `word/document.xml`. The name
//! kept is the file's own last component, without anything that could make it a path, a
//! hidden file or another type.

use std::io::Cursor;

/// The largest file accepted: 20 MB.
pub const MAX_ATTACHMENT_BYTES: usize = 20 * 1024 * 1024;

/// The longest file name kept, in characters (the extension included).
const MAX_NAME_CHARS: usize = 120;

/// The kinds of file accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachmentKind {
    Pdf,
    Docx,
}

impl AttachmentKind {
    pub fn content_type(&self) -> &'static str {
        match self {
            AttachmentKind::Pdf => "application/pdf",
            AttachmentKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

    pub fn extension(&self) -> &'static str {
        match self {
            AttachmentKind::Pdf => "pdf",
            AttachmentKind::Docx => "docx",
        }
    }

    /// The kind whose content type is `text`, as stored.
    pub fn from_content_type(text: &str) -> Option<AttachmentKind> {
        [AttachmentKind::Pdf, AttachmentKind::Docx]
            .into_iter()
            .find(|k| k.content_type() == text)
    }

    /// What `bytes` are, read from their content.
    pub fn of_content(bytes: &[u8]) -> Option<AttachmentKind> {
        if bytes.starts_with(b"%PDF-") {
            return Some(AttachmentKind::Pdf);
        }
        if bytes.starts_with(b"PK\x03\x04") {
            let archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
            if archive.index_for_name("word/document.xml").is_some() {
                return Some(AttachmentKind::Docx);
            }
        }
        None
    }
}

/// Why a file was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AttachmentError {
    #[error("The file is empty")]
    Empty,
    #[error("The file is larger than 20 MB")]
    TooLarge,
    /// Not a PDF (a delegation's letter), or neither a PDF nor a DOCX (the Secretariat's).
    #[error("The file is not of a type accepted here")]
    Unsupported { docx_allowed: bool },
}

impl AttachmentError {
    pub fn message_id(&self) -> &'static str {
        match self {
            AttachmentError::Empty => "error-attachment-empty",
            AttachmentError::TooLarge => "error-attachment-too-large",
            AttachmentError::Unsupported {
                docx_allowed: false,
            } => "error-attachment-pdf-only",
            AttachmentError::Unsupported { docx_allowed: true } => "error-attachment-pdf-or-docx",
        }
    }
}

/// Checks a file for a comment: its size, and its type against what its attacher may attach
/// (`docx_allowed`: the Secretariat's originals may be DOCX).
pub fn check(bytes: &[u8], docx_allowed: bool) -> Result<AttachmentKind, AttachmentError> {
    if bytes.is_empty() {
        return Err(AttachmentError::Empty);
    }
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        return Err(AttachmentError::TooLarge);
    }
    match AttachmentKind::of_content(bytes) {
        Some(AttachmentKind::Pdf) => Ok(AttachmentKind::Pdf),
        Some(AttachmentKind::Docx) if docx_allowed => Ok(AttachmentKind::Docx),
        _ => Err(AttachmentError::Unsupported { docx_allowed }),
    }
}

/// The name a file is kept and served under: the last component of what was sent (`../../x.pdf`
/// is `x.pdf`), without control, directional formatting or path characters, not starting with
/// a dot, at most [`MAX_NAME_CHARS`] characters, and ending with its kind's extension (added
/// when missing: a PDF named `letter.html` is served as `letter.html.pdf`).
pub fn file_name(sent: &str, kind: AttachmentKind) -> String {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| {
            !c.is_control()
                && !super::bidi::is_bidi_control(*c)
                && !matches!(c, '"' | ':' | '*' | '?' | '<' | '>' | '|' | ';')
        })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    let extension = kind.extension();
    let stem = match cleaned.rsplit_once('.') {
        Some((stem, ext)) if ext.eq_ignore_ascii_case(extension) => stem.trim(),
        _ => cleaned,
    };
    let stem: String = stem
        .chars()
        .take(MAX_NAME_CHARS - extension.len() - 1)
        .collect();
    let stem = if stem.trim().is_empty() {
        "attachment"
    } else {
        stem.trim()
    };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(with_document: bool) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("[Content_Types].xml", options).unwrap();
        zip.write_all(b"<Types/>").unwrap();
        if with_document {
            zip.start_file("word/document.xml", options).unwrap();
            zip.write_all(b"<w:document/>").unwrap();
        }
        zip.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn the_type_is_read_from_the_content() {
        assert_eq!(
            AttachmentKind::of_content(b"%PDF-1.7\n..."),
            Some(AttachmentKind::Pdf)
        );
        assert_eq!(
            AttachmentKind::of_content(&docx(true)),
            Some(AttachmentKind::Docx)
        );
        assert_eq!(AttachmentKind::of_content(&docx(false)), None);
        assert_eq!(AttachmentKind::of_content(b"<html><script>"), None);
        assert_eq!(AttachmentKind::of_content(b" %PDF-1.7"), None);
        assert_eq!(AttachmentKind::of_content(b"PK\x03\x04broken"), None);
    }

    #[test]
    fn who_may_attach_what() {
        assert_eq!(check(b"%PDF-1.4", false), Ok(AttachmentKind::Pdf));
        assert_eq!(
            check(&docx(true), false),
            Err(AttachmentError::Unsupported {
                docx_allowed: false
            })
        );
        assert_eq!(check(&docx(true), true), Ok(AttachmentKind::Docx));
        assert_eq!(check(b"", true), Err(AttachmentError::Empty));
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_ATTACHMENT_BYTES, b' ');
        assert_eq!(check(&big, false), Ok(AttachmentKind::Pdf));
        big.push(b' ');
        assert_eq!(check(&big, false), Err(AttachmentError::TooLarge));
    }

    #[test]
    fn names_are_sanitised() {
        let pdf = AttachmentKind::Pdf;
        assert_eq!(file_name("../../x.pdf", pdf), "x.pdf");
        assert_eq!(file_name("C:\\Users\\a\\Letter.PDF", pdf), "Letter.pdf");
        assert_eq!(file_name("letter.html", pdf), "letter.html.pdf");
        assert_eq!(file_name("..", pdf), "attachment.pdf");
        assert_eq!(file_name(".hidden.pdf", pdf), "hidden.pdf");
        assert_eq!(file_name("a\"b\r\n;c.pdf", pdf), "abc.pdf");
        assert_eq!(file_name("evil\u{202e}fdp.exe", pdf), "evilfdp.exe.pdf");
        assert_eq!(
            file_name("Note verbale — Österreich.docx", AttachmentKind::Docx),
            "Note verbale — Österreich.docx"
        );
        let long = file_name(&format!("{}.pdf", "a".repeat(500)), pdf);
        assert_eq!(long.chars().count(), 120);
        assert!(long.ends_with(".pdf"));
    }
}
