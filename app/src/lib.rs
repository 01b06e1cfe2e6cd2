//! The London Victims Portal: pages, components and domain, shared by the server (`ssr`) and
//! the browser (`hydrate`). Pages render on the server only; the browser receives just the
//! islands, the few parts that scripts enhance.

pub mod components;
pub mod directory;
pub mod domain;
pub mod error;
pub mod i18n;

#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;
