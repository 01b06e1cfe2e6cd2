pub mod description_field;
#[cfg(feature = "ssr")]
pub mod filters;
#[cfg(feature = "ssr")]
pub mod layout;
#[cfg(feature = "ssr")]
pub mod service_card;
