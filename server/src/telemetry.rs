//! Logging. What a person writes never reaches a log: handlers never log request bodies, and
//! the access log records method, route (not the path), status and time only.

use std::io::IsTerminal as _;
use tracing_subscriber::EnvFilter;

pub fn init(default_filter: &str) {
    let filter = EnvFilter::try_from_env("PORTAL_LOG").unwrap_or_else(|_| EnvFilter::new(default_filter));
    // A second initialisation (several test servers in one process) is harmless.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        // Colours only on a terminal: a log file or journal gets plain text.
        .with_ansi(std::io::stdout().is_terminal())
        .try_init();
}
