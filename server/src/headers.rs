//! Security and privacy headers, set in one place for every response.

use axum::http::{HeaderName, HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), \
     microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

/// Two years, subdomains included: what browsers' preload lists ask for.
const STRICT_TRANSPORT_SECURITY: &str = "max-age=63072000; includeSubDomains";

/// `served_over_tls`: people reach the portal by https:// (`PORTAL_PUBLIC_URL`), whether the
/// portal or a proxy in front of it ends TLS. Only then do browsers get told to insist on it.
pub fn layers(served_over_tls: bool) -> Vec<SetResponseHeaderLayer<HeaderValue>> {
    let fixed: [(HeaderName, &'static str); 5] = [
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (HeaderName::from_static("permissions-policy"), PERMISSIONS_POLICY),
        (HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
    ];
    let mut layers: Vec<_> = fixed
        .into_iter()
        .map(|(name, value)| SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value)))
        .collect();
    // Pages set their own policy, with the nonce of their inline script; everything else (files,
    // JSON) gets it without one.
    if let Ok(policy) = HeaderValue::from_str(&app::ssr::render::content_security_policy(None)) {
        layers.push(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            policy,
        ));
    }
    if served_over_tls {
        layers.push(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(STRICT_TRANSPORT_SECURITY),
        ));
    }
    layers
}
