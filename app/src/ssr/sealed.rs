//! Personal details at rest. What a person asks a service in a contact request is sealed with
//! XChaCha20-Poly1305 before it reaches the database, bound to its row (the row id is the
//! associated data, so a sealed value moved to another row does not open), and opened only for
//! the people allowed to read it. Keys come from configuration; older keys stay readable until
//! `portal rotate-key` has sealed everything again with the current one.

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

const KEY_ID_BYTES: usize = 8;
const NONCE_BYTES: usize = 24;

/// A 256-bit key and the short id sealed values carry to name it.
#[derive(Clone)]
struct Key {
    id: [u8; KEY_ID_BYTES],
    cipher: XChaCha20Poly1305,
}

impl Key {
    fn new(bytes: &[u8; 32]) -> Self {
        let digest = super::auth::secret::digest_bytes(bytes);
        let mut id = [0_u8; KEY_ID_BYTES];
        id.copy_from_slice(&digest[..KEY_ID_BYTES]);
        Key {
            id,
            cipher: XChaCha20Poly1305::new(bytes.into()),
        }
    }
}

/// The current key, which seals, and earlier ones, which still open.
#[derive(Clone)]
pub struct KeyRing {
    current: Key,
    previous: Vec<Key>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("a data key must be 32 random bytes written in base64 (make one with: head -c 32 /dev/urandom | base64)")]
    Malformed,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    #[error("sealed with a key this portal does not have (add it to PORTAL_PREVIOUS_DATA_KEYS)")]
    UnknownKey,
    #[error("the sealed value is damaged or belongs to another record")]
    Damaged,
}

/// Reads a key written in base64.
pub fn parse_key(text: &str) -> Result<[u8; 32], KeyError> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|_| KeyError::Malformed)?;
    bytes.try_into().map_err(|_| KeyError::Malformed)
}

/// A new random key, in base64.
pub fn new_key() -> String {
    let mut bytes = [0_u8; 32];
    super::auth::secret::fill(&mut bytes);
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

impl KeyRing {
    pub fn new(current: &[u8; 32], previous: &[[u8; 32]]) -> Self {
        KeyRing {
            current: Key::new(current),
            previous: previous.iter().map(Key::new).collect(),
        }
    }

    /// Seals `plaintext` for the record `record_id`: key id, nonce, then ciphertext.
    pub fn seal(&self, record_id: &str, plaintext: &[u8]) -> Vec<u8> {
        let mut nonce = [0_u8; NONCE_BYTES];
        super::auth::secret::fill(&mut nonce);
        let ciphertext = self
            .current
            .cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad: record_id.as_bytes(),
                },
            )
            .expect("XChaCha20-Poly1305 encrypts any message shorter than 256 GiB");
        let mut sealed = Vec::with_capacity(KEY_ID_BYTES + NONCE_BYTES + ciphertext.len());
        sealed.extend_from_slice(&self.current.id);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&ciphertext);
        sealed
    }

    /// Opens a value sealed for `record_id` with any key of the ring.
    pub fn open(&self, record_id: &str, sealed: &[u8]) -> Result<Vec<u8>, SealError> {
        if sealed.len() < KEY_ID_BYTES + NONCE_BYTES {
            return Err(SealError::Damaged);
        }
        let (id, rest) = sealed.split_at(KEY_ID_BYTES);
        let (nonce, ciphertext) = rest.split_at(NONCE_BYTES);
        let key = std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|key| key.id == id)
            .ok_or(SealError::UnknownKey)?;
        key.cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: record_id.as_bytes(),
                },
            )
            .map_err(|_| SealError::Damaged)
    }

    /// Whether a value was sealed with an older key (so `portal rotate-key` should reseal it).
    pub fn is_current(&self, sealed: &[u8]) -> bool {
        sealed.get(..KEY_ID_BYTES) == Some(&self.current.id[..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn key(byte: u8) -> [u8; 32] {
        [byte; 32]
    }

    #[test]
    fn a_sealed_value_opens_only_for_its_record_and_hides_its_text() {
        let ring = KeyRing::new(&key(1), &[]);
        let sealed = ring.seal("record-1", b"call me on 07700 900123");
        assert!(!sealed.windows(5).any(|w| w == b"07700"));
        assert_eq!(
            ring.open("record-1", &sealed).expect("opens"),
            b"call me on 07700 900123"
        );
        assert_eq!(ring.open("record-2", &sealed), Err(SealError::Damaged));
        let mut tampered = sealed.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert_eq!(ring.open("record-1", &tampered), Err(SealError::Damaged));
        assert_ne!(
            ring.seal("record-1", b"same"),
            ring.seal("record-1", b"same"),
            "fresh nonces"
        );
    }

    #[test]
    fn old_keys_open_and_unknown_keys_are_named() {
        let old = KeyRing::new(&key(1), &[]);
        let sealed = old.seal("r", b"text");
        let rotated = KeyRing::new(&key(2), &[key(1)]);
        assert_eq!(rotated.open("r", &sealed).expect("opens"), b"text");
        assert!(!rotated.is_current(&sealed));
        assert!(rotated.is_current(&rotated.seal("r", b"text")));
        assert_eq!(
            KeyRing::new(&key(3), &[]).open("r", &sealed),
            Err(SealError::UnknownKey)
        );
    }

    #[test]
    fn keys_are_read_from_base64() {
        let text = new_key();
        assert!(parse_key(&text).is_ok());
        assert_eq!(parse_key("c2hvcnQ="), Err(KeyError::Malformed));
        assert_eq!(parse_key("not base64!"), Err(KeyError::Malformed));
    }

    proptest! {
        #[test]
        fn sealing_round_trips(text in proptest::collection::vec(any::<u8>(), 0..300), id in "[a-z0-9-]{1,36}") {
            let ring = KeyRing::new(&key(7), &[]);
            prop_assert_eq!(ring.open(&id, &ring.seal(&id, &text)).expect("opens"), text);
        }
    }
}
