//! Random secrets and the digests they are stored as. A session id, a one-time link or a
//! recovery code is shown once; the database keeps only its SHA-256, so a copy of the database
//! lets nobody in.

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// 256 random bits from the operating system, URL-safe.
pub fn random_token() -> String {
    let mut bytes = [0_u8; 32];
    fill(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A recovery code: ten characters from an alphabet without look-alikes (no 0/o, 1/l/i),
/// about 50 bits.
pub fn recovery_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0_u8; crate::domain::staff::SecondFactor::RECOVERY_CODE_CHARS];
    fill(&mut bytes);
    bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect()
}

/// A reference for a contact request or referral, to quote on the phone: eight characters
/// without look-alikes, in two groups (`K7QF-M2XH`).
pub fn case_reference() -> String {
    let code = recovery_code().to_uppercase();
    format!("{}-{}", &code[..4], &code[4..8])
}

pub fn fill(bytes: &mut [u8]) {
    // Without the operating system's randomness no secret can be made safely: stopping is right.
    getrandom::fill(bytes).expect("the operating system's random number generator is available");
}

/// The SHA-256 of some bytes.
pub fn digest_bytes(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// The stored form of a secret.
pub fn digest(secret: &str) -> String {
    let hash = digest_bytes(secret.as_bytes());
    hash.iter().fold(String::with_capacity(64), |mut hex, b| {
        use std::fmt::Write as _;
        let _ = write!(hex, "{b:02x}");
        hex
    })
}

/// Compares two secrets in time independent of where they differ.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (Sha256::digest(a.as_bytes()), Sha256::digest(b.as_bytes()));
    a.iter().zip(b.iter()).fold(0_u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_url_safe() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert!(a.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    }

    #[test]
    fn recovery_codes_parse_as_recovery_codes() {
        let code = recovery_code();
        assert!(matches!(
            crate::domain::staff::SecondFactor::parse(&code),
            Ok(crate::domain::staff::SecondFactor::Recovery(_))
        ));
    }

    #[test]
    fn digests_are_stable_and_comparison_is_exact() {
        assert_eq!(
            digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(same("token", "token"));
        assert!(!same("token", "tokem"));
        assert!(!same("token", "token2"));
    }
}
