//! The outcome as JSON: the whole document (recommendations with their dispositions, every
//! comment), the same structure that is stored when a version is published.

use super::{OutcomeDocument, RenderError};

/// Pretty-printed, with a final newline; serde_json escapes what JSON needs and nothing else.
pub fn render(doc: &OutcomeDocument) -> Result<Vec<u8>, RenderError> {
    let mut out = serde_json::to_vec_pretty(doc)?;
    out.push(b'\n');
    Ok(out)
}

/// Reads a document back (a stored version, or a downloaded file).
pub fn parse(bytes: &[u8]) -> Result<OutcomeDocument, RenderError> {
    Ok(serde_json::from_slice(bytes)?)
}
