//! redraft: time-bound post-meeting comment rounds on draft recommendations.
//!
//! Data flows one way: `web` → `app` → (`domain`, `store`, `mail`). `domain` depends on nothing
//! of ours; `store` is the only place with SQL; handlers in `web` parse, call one use case and
//! render.

pub mod app;
pub mod bench;
pub mod config;
pub mod domain;
pub mod files;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod outcome;
pub mod startup;
pub mod store;
pub mod web;
