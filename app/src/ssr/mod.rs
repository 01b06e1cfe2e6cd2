//! Server-only code: state, database, content, rendering. None of it reaches the browser build.

pub mod auth;
pub mod changes;
pub mod content;
pub mod db;
pub mod directory;
pub mod import;
pub mod notify;
pub mod openreferral;
pub mod render;
pub mod sealed;
pub mod state;
pub mod synth;
pub mod triage;
