//! The portal's server: configuration, start-up, headers and the routes that are not pages.
//! A library so that integration tests can start the real application.

pub mod cli;
pub mod config;
pub mod headers;
pub mod limits;
pub mod routes;
pub mod startup;
pub mod telemetry;
