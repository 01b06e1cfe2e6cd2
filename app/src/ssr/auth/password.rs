//! Passwords hashed with Argon2id (OWASP's parameters: 19 MiB, 2 passes), on the blocking pool so
//! that a sign-in never stalls the threads serving pages.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Params, Version};

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string of a new password.
pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|error| anyhow::anyhow!("cannot hash a password: {error}"))
    })
    .await?
}

/// Whether `password` matches the stored hash. With no stored hash (no such account, or one not
/// yet set up) a dummy hash is checked, so that the answer takes as long either way and timing
/// does not tell which addresses have accounts.
pub async fn verify(stored: Option<String>, password: String) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let real = stored.is_some();
        let stored = stored.unwrap_or_else(dummy_hash);
        let parsed =
            PasswordHash::new(&stored).map_err(|error| anyhow::anyhow!("unreadable password hash: {error}"))?;
        Ok(argon2().verify_password(password.as_bytes(), &parsed).is_ok() && real)
    })
    .await?
}

fn dummy_hash() -> String {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY
        .get_or_init(|| {
            let salt = SaltString::generate(&mut OsRng);
            argon2()
                .hash_password(b"no account has this password", &salt)
                .map(|hash| hash.to_string())
                .unwrap_or_default()
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_only() {
        let stored = hash("correct horse battery".to_owned()).await.expect("hashed");
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
        assert!(
            verify(Some(stored.clone()), "correct horse battery".to_owned())
                .await
                .expect("checked")
        );
        assert!(
            !verify(Some(stored), "correct horse batterY".to_owned())
                .await
                .expect("checked")
        );
        assert!(
            !verify(None, "no account has this password".to_owned())
                .await
                .expect("checked")
        );
    }
}
