//! The state shared by every handler.

use crate::app::App;

#[derive(Clone)]
pub struct WebState {
    pub app: App,
    /// Whether the public URL is https: cookies are then `Secure` with the `__Host-` prefix,
    /// and every answer tells browsers to come back over https only (off for plain-http local
    /// use).
    pub https: bool,
}
