//! Staff PINs: Argon2id hashes with a random salt each, peppered with a key kept in a file
//! beside (not inside) the database, so a copied database alone cannot be brute-forced.

use std::path::Path;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

/// File name of the pepper inside the data dir.
pub const PEPPER_FILE: &str = "pepper.key";

/// Why a PIN could not be hashed or the pepper read.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("a PIN has 4 to 8 digits")]
    BadPin,
    #[error("cannot hash PIN: {0}")]
    Hash(String),
    #[error("cannot read or create {path}: {source}")]
    Pepper {
        path: String,
        source: std::io::Error,
    },
}

pub use crate::domain::limits::valid_pin;

fn argon(pepper: &[u8]) -> Result<Argon2<'_>, AuthError> {
    Argon2::new_with_secret(
        pepper,
        Algorithm::Argon2id,
        Version::V0x13,
        Params::default(),
    )
    .map_err(|e| AuthError::Hash(e.to_string()))
}

/// Hashes a PIN to a PHC string (`$argon2id$…`).
pub fn hash_pin(pin: &str, pepper: &[u8]) -> Result<String, AuthError> {
    if !valid_pin(pin) {
        return Err(AuthError::BadPin);
    }
    argon(pepper)?
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| AuthError::Hash(e.to_string()))
}

/// Whether `pin` matches `hash`. A malformed hash never matches.
pub fn verify_pin(pin: &str, hash: &str, pepper: &[u8]) -> bool {
    let (Ok(parsed), Ok(argon)) = (PasswordHash::new(hash), argon(pepper)) else {
        return false;
    };
    argon.verify_password(pin.as_bytes(), &parsed).is_ok()
}

/// Reads the pepper in `data_dir`, creating it (32 random bytes, mode 0600) on first use.
pub fn load_or_create_pepper(data_dir: &Path) -> Result<Vec<u8>, AuthError> {
    let path = data_dir.join(PEPPER_FILE);
    let err = |source| AuthError::Pepper {
        path: path.display().to_string(),
        source,
    };
    match std::fs::read(&path) {
        Ok(bytes) if !bytes.is_empty() => return Ok(bytes),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(err(e)),
    }
    let mut pepper = vec![0u8; 32];
    getrandom::fill(&mut pepper).map_err(|e| err(std::io::Error::other(e.to_string())))?;
    // create_new: of two processes starting together, one writes and both read its pepper.
    match write_new_private(&path, &pepper) {
        Ok(()) => Ok(pepper),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::read(&path).map_err(err)
        }
        Err(e) => Err(err(e)),
    }
}

fn write_new_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Writes a file readable only by its owner.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_hash_and_verify_with_the_same_pepper_only() {
        let hash = hash_pin("2468", b"pepper-one").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_pin("2468", &hash, b"pepper-one"));
        assert!(!verify_pin("2469", &hash, b"pepper-one"));
        assert!(!verify_pin("2468", &hash, b"pepper-two"));
        assert!(!verify_pin("2468", "not a hash", b"pepper-one"));
    }

    #[test]
    fn only_four_to_eight_digits_are_pins() {
        for ok in ["1234", "12345678"] {
            assert!(valid_pin(ok));
        }
        for bad in ["123", "123456789", "12a4", "", "１２３４"] {
            assert!(!valid_pin(bad), "{bad}");
            assert!(hash_pin(bad, b"p").is_err());
        }
    }
}
