//! The state shared by every handler.

use crate::app::App;

#[derive(Clone)]
pub struct WebState {
    pub app: App,
    /// Whether cookies carry `Secure` (off only for plain-http local use).
    pub secure_cookies: bool,
}
