//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, six digits, 30-second steps), as every
//! authenticator app speaks them. A code is accepted one step early or late, and never twice.

use totp_rs::{Algorithm, Secret, TOTP};

const STEP_SECONDS: u64 = 30;
const ISSUER: &str = "London Victims Portal";

/// A new shared secret (160 bits, RFC 4226's recommendation), in base32 as apps expect.
pub fn new_secret() -> String {
    let mut bytes = [0_u8; 20];
    super::secret::fill(&mut bytes);
    Secret::Raw(bytes.to_vec()).to_encoded().to_string()
}

fn totp(secret_base32: &str, account: &str) -> anyhow::Result<TOTP> {
    let bytes = Secret::Encoded(secret_base32.to_owned())
        .to_bytes()
        .map_err(|error| anyhow::anyhow!("unreadable TOTP secret: {error:?}"))?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP_SECONDS,
        bytes,
        Some(ISSUER.to_owned()),
        account.to_owned(),
    )
    .map_err(|error| anyhow::anyhow!("invalid TOTP parameters: {error}"))
}

/// The `otpauth://` address an app reads from a QR code.
pub fn provisioning_uri(secret_base32: &str, account: &str) -> anyhow::Result<String> {
    Ok(totp(secret_base32, account)?.get_url())
}

/// The QR code of `uri` as inline SVG (no image request, nothing third-party).
pub fn qr_svg(uri: &str) -> anyhow::Result<String> {
    let code = qrcode::QrCode::new(uri.as_bytes())?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

/// The time step a correct `code` belongs to, if it is correct now (one step of clock drift
/// either way) and newer than `last_step`, the last one accepted.
pub fn verify(
    secret_base32: &str,
    code: &str,
    last_step: Option<i64>,
    now: jiff::Timestamp,
) -> anyhow::Result<Option<i64>> {
    let totp = totp(secret_base32, "")?;
    let seconds = u64::try_from(now.as_second()).unwrap_or_default();
    let current = seconds / STEP_SECONDS;
    for step in [current.saturating_sub(1), current, current + 1] {
        let step_number = i64::try_from(step)?;
        if last_step.is_some_and(|last| step_number <= last) {
            continue;
        }
        if super::secret::same(&totp.generate(step * STEP_SECONDS), code) {
            return Ok(Some(step_number));
        }
    }
    Ok(None)
}

/// The code an app would show at `at` (for tests and the set-up check).
pub fn code_at(secret_base32: &str, at: jiff::Timestamp) -> anyhow::Result<String> {
    Ok(totp(secret_base32, "")?.generate(u64::try_from(at.as_second()).unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" at 59 s gives 94287082 (eight
    /// digits); its last six are what a six-digit app shows.
    #[test]
    fn matches_the_rfc_test_vector() {
        let secret = Secret::Raw(b"12345678901234567890".to_vec()).to_encoded().to_string();
        let at = jiff::Timestamp::from_second(59).expect("time");
        assert_eq!(code_at(&secret, at).expect("code"), "287082");
        let at = jiff::Timestamp::from_second(1_111_111_109).expect("time");
        assert_eq!(code_at(&secret, at).expect("code"), "081804");
    }

    #[test]
    fn accepts_drift_of_one_step_and_never_the_same_step_twice() {
        let secret = new_secret();
        let now = jiff::Timestamp::from_second(1_800_000_000).expect("time");
        let step = 1_800_000_000 / 30;
        let code = code_at(&secret, now).expect("code");
        assert_eq!(verify(&secret, &code, None, now).expect("checked"), Some(step));
        assert_eq!(verify(&secret, &code, Some(step), now).expect("checked"), None);
        let late = now.checked_add(jiff::SignedDuration::from_secs(30)).expect("time");
        assert_eq!(verify(&secret, &code, None, late).expect("checked"), Some(step));
        let too_late = now.checked_add(jiff::SignedDuration::from_secs(90)).expect("time");
        assert_eq!(verify(&secret, &code, None, too_late).expect("checked"), None);
        assert_eq!(
            verify(&secret, "000000", None, now).expect("checked").is_some(),
            code == "000000"
        );
    }

    #[test]
    fn the_qr_code_is_inline_svg() {
        let uri = provisioning_uri(&new_secret(), "ana@example.org").expect("uri");
        assert!(
            uri.starts_with("otpauth://totp/London%20Victims%20Portal:ana%40example.org?"),
            "{uri}"
        );
        assert!(qr_svg(&uri).expect("svg").contains("<svg"));
    }
}
