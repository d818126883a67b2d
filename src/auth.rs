//! Staff PINs: Argon2id hashes with a random salt each, peppered with a key kept in a file
//! beside (not inside) the database, so a copied database alone cannot be brute-forced.

use std::path::Path;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

use chrono::{DateTime, Utc};

use crate::store::{Store, StoreError};

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
    #[error(
        "{path} is {why}: it must hold the 32-byte PIN pepper. Copy pepper.key from the backup set (kiosk-setup keeps it beside the backups) into the data dir; if it is lost, remove {path} and give each staff member a new PIN with `aidkiosk staff set-pin NAME --pin-stdin`"
    )]
    BadPepper { path: String, why: String },
    #[error(
        "{path} is missing, and the staff PINs were set with it: copy pepper.key from the backup set (kiosk-setup keeps it beside the backups) into the data dir, or give each staff member a new PIN with `aidkiosk staff set-pin NAME --pin-stdin`"
    )]
    PepperMissing { path: String },
    #[error("no PIN pepper: a PIN cannot be hashed or checked without pepper.key")]
    NoPepper,
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
    // An empty pepper is one that was lost or never read: a PIN hashed under it would be
    // guessable from a copied database alone.
    if pepper.is_empty() {
        return Err(AuthError::NoPepper);
    }
    argon(pepper)?
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| AuthError::Hash(e.to_string()))
}

/// Whether `pin` matches `hash`. A malformed hash never matches.
pub fn verify_pin(pin: &str, hash: &str, pepper: &[u8]) -> bool {
    if pepper.is_empty() {
        return false;
    }
    let (Ok(parsed), Ok(argon)) = (PasswordHash::new(hash), argon(pepper)) else {
        return false;
    };
    argon.verify_password(pin.as_bytes(), &parsed).is_ok()
}

/// Length of a pepper this kiosk makes; a shorter one is refused.
pub const PEPPER_LEN: usize = 32;
/// Longest pepper file read (a pepper is 32 bytes; a huge file is not one).
const PEPPER_MAX: usize = 4096;

/// Reads the pepper in `data_dir`: `None` if there is no file. An empty, short, oversized or
/// unreadable file is an error, never replaced or used: PINs hashed under it would not check.
pub fn read_pepper(data_dir: &Path) -> Result<Option<Vec<u8>>, AuthError> {
    let path = data_dir.join(PEPPER_FILE);
    let bad = |why: String| AuthError::BadPepper {
        path: path.display().to_string(),
        why,
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(bad(format!("unreadable ({e})"))),
    };
    let mut bytes = Vec::new();
    use std::io::Read;
    file.take(PEPPER_MAX as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| bad(format!("unreadable ({e})")))?;
    match bytes.len() {
        0 => Err(bad("empty".into())),
        n if n < PEPPER_LEN => Err(bad(format!("{n} bytes, shorter than {PEPPER_LEN}"))),
        n if n > PEPPER_MAX => Err(bad(format!("larger than {PEPPER_MAX} bytes"))),
        _ => Ok(Some(bytes)),
    }
}

/// Makes a new pepper (32 random bytes, mode 0600) in `data_dir`. Of two processes starting
/// together, one writes and both use its pepper.
pub fn create_pepper(data_dir: &Path) -> Result<Vec<u8>, AuthError> {
    let path = data_dir.join(PEPPER_FILE);
    let err = |source| AuthError::Pepper {
        path: path.display().to_string(),
        source,
    };
    let mut pepper = vec![0u8; PEPPER_LEN];
    getrandom::fill(&mut pepper).map_err(|e| err(std::io::Error::other(e.to_string())))?;
    match write_new_private(&path, &pepper) {
        Ok(()) => Ok(pepper),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read_pepper(data_dir)?
            .ok_or_else(|| err(std::io::Error::from(std::io::ErrorKind::NotFound))),
        Err(e) => {
            // Never leave an empty or half-written pepper behind to be used later.
            let _ = std::fs::remove_file(&path);
            Err(err(e))
        }
    }
}

/// Reads the pepper in `data_dir`, creating it on first use: only in a data dir that never held
/// a site (no `site.id`). Where a site was, the PINs were hashed with the pepper that is gone,
/// and a new one would make every right PIN read "wrong".
pub fn load_or_create_pepper(data_dir: &Path) -> Result<Vec<u8>, AuthError> {
    if let Some(pepper) = read_pepper(data_dir)? {
        return Ok(pepper);
    }
    if crate::datadir::marker_path(data_dir).exists() {
        return Err(AuthError::PepperMissing {
            path: data_dir.join(PEPPER_FILE).display().to_string(),
        });
    }
    create_pepper(data_dir)
}

/// What a pepper is known by in the database: HMAC-SHA256 of a constant under it, hex. It tells
/// the pepper the PINs were set with from another without revealing either.
pub fn pepper_fingerprint(pepper: &[u8]) -> String {
    use hmac::{Hmac, KeyInit, Mac};
    let Ok(mut mac) = <Hmac<sha2::Sha256> as KeyInit>::new_from_slice(pepper) else {
        return String::new();
    };
    mac.update(b"aidkiosk pepper fingerprint v1");
    mac.finalize()
        .into_bytes()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A short digest of a PIN hash, to remember which hashes were made under a pepper that is gone
/// without keeping a second copy of them.
fn hash_digest(pin_hash: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(pin_hash.as_bytes())
        .iter()
        .take(12)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether the PINs in the database can be checked with the pepper this process has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PepperStatus {
    /// PINs can be checked (or, with no fingerprint stored yet, nothing says they cannot).
    Ready,
    /// There is no pepper (`pepper.key` missing after a restore) and the database holds PINs.
    Missing,
    /// The pepper is not the one the PINs were set with (another machine's `pepper.key`).
    Mismatch,
    /// This staff member's PIN was set under a pepper that has since been replaced.
    StalePin,
}

impl PepperStatus {
    /// What staff are told, in one line, with what to do (English: the command line and the
    /// log; the desk shows its own translated words for each case).
    pub fn message(&self) -> &'static str {
        match self {
            PepperStatus::Ready => "PINs can be checked",
            PepperStatus::Missing => {
                "pepper.key is missing from the data dir, and the staff PINs were set with it: copy pepper.key from the backup set (kiosk-setup keeps it beside the backups) into the data dir, or give each staff member a new PIN with `aidkiosk staff set-pin NAME --pin-stdin`"
            }
            PepperStatus::Mismatch => {
                "pepper.key in the data dir is not the one the staff PINs were set with (restored from another machine?): copy the right pepper.key from the backup set into the data dir, or give each staff member a new PIN with `aidkiosk staff set-pin NAME --pin-stdin`"
            }
            PepperStatus::StalePin => {
                "this PIN was set with a pepper.key that has since been replaced, so it cannot be checked: a coordinator gives it a new one (`aidkiosk staff set-pin NAME --pin-stdin`, or F4 under Staff)"
            }
        }
    }
}

/// Whether `pepper` can check the PINs in `store` (and, given `staff_id`, that person's PIN).
/// The desk asks this before checking a PIN: anything but `Ready` is shown instead of "Wrong
/// PIN", and is not counted as a wrong PIN.
pub fn pepper_status(
    store: &Store,
    pepper: &[u8],
    staff_id: Option<&str>,
) -> Result<PepperStatus, StoreError> {
    if pepper.is_empty() {
        return Ok(PepperStatus::Missing);
    }
    let guard = store.pepper_guard()?;
    if guard
        .fingerprint
        .as_deref()
        .is_some_and(|f| f != pepper_fingerprint(pepper))
    {
        return Ok(PepperStatus::Mismatch);
    }
    if let Some(id) = staff_id
        && let Some(hash) = store.pin_hash(id)?
        && guard.stale.contains(&hash_digest(&hash))
    {
        return Ok(PepperStatus::StalePin);
    }
    Ok(PepperStatus::Ready)
}

/// Records `pepper` as the one the PINs are set with, when nothing is recorded yet and either
/// no PIN exists (a new site) or `proven` (a PIN just checked with it). The kiosk calls this at
/// start; the desk after a right PIN, so sites from before fingerprints get one.
pub fn note_pepper(
    store: &mut Store,
    pepper: &[u8],
    proven: bool,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    if pepper.is_empty() {
        return Ok(());
    }
    let guard = store.pepper_guard()?;
    if guard.fingerprint.is_none() && (proven || store.staff_count()? == 0) {
        store.set_pepper_guard(
            &pepper_fingerprint(pepper),
            &guard.stale,
            Some("pepper_noted"),
            now,
        )?;
    }
    Ok(())
}

/// Takes `pepper` as the one PINs are set with from now on (a coordinator setting a new PIN
/// after the old pepper was lost): every PIN set before, except `keeping`'s, is remembered as
/// stale, so those people are told to get a new PIN instead of "Wrong PIN". Returns the names
/// of the staff whose PIN is now stale.
pub fn adopt_pepper(
    store: &mut Store,
    pepper: &[u8],
    keeping: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Vec<String>, StoreError> {
    let guard = store.pepper_guard()?;
    let mut stale = guard.stale;
    let mut names = Vec::new();
    for (id, name, hash) in store.pin_hashes()? {
        if Some(id.as_str()) != keeping {
            let digest = hash_digest(&hash);
            if !stale.contains(&digest) {
                stale.push(digest);
            }
            names.push(name);
        }
    }
    store.set_pepper_guard(
        &pepper_fingerprint(pepper),
        &stale,
        Some("pepper_adopted"),
        now,
    )?;
    Ok(names)
}

/// Forgets stale digests of PINs that have since been set again (keeps the list short).
pub fn prune_stale(store: &mut Store, now: DateTime<Utc>) -> Result<(), StoreError> {
    let guard = store.pepper_guard()?;
    let Some(fingerprint) = guard.fingerprint else {
        return Ok(());
    };
    let current: Vec<String> = store
        .pin_hashes()?
        .iter()
        .map(|(_, _, h)| hash_digest(h))
        .collect();
    let kept: Vec<String> = guard
        .stale
        .iter()
        .filter(|d| current.contains(d))
        .cloned()
        .collect();
    if kept.len() != guard.stale.len() {
        store.set_pepper_guard(&fingerprint, &kept, None, now)?;
    }
    Ok(())
}

/// How a sign-in went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    /// The right PIN of this active account.
    Welcome(crate::domain::StaffMember),
    /// A name and PIN that do not match (which of the two is not said); this many tries are
    /// left before a lock.
    Wrong { left: i64 },
    /// The name or the console is locked until then.
    Locked { until: DateTime<Utc> },
    /// The PIN cannot be checked with this pepper: say so, count nothing.
    Pepper(PepperStatus),
}

/// A hash that matches no PIN, checked for a name nobody has, so a wrong name takes as long as
/// a wrong PIN (the time does not tell which names exist).
fn decoy_hash(pepper: &[u8]) -> String {
    use std::sync::OnceLock;
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY
        .get_or_init(|| {
            hash_pin(
                "00000000",
                if pepper.is_empty() { b"decoy" } else { pepper },
            )
            .unwrap_or_default()
        })
        .clone()
}

/// Signs `name` in at `console` with `pin`: the attempt is counted before the PIN is checked
/// (locks per name, and per console across names), a name nobody has costs the same Argon2id
/// check as one that exists, and every attempt is audited. `coordinator_only` refuses
/// volunteers (the command line's contact export).
pub fn sign_in(
    store: &mut Store,
    console: &str,
    name: &str,
    pin: &str,
    pepper: &[u8],
    now: DateTime<Utc>,
) -> Result<SignIn, StoreError> {
    let member = store.staff_named(name)?;
    let id = member.as_ref().map(|m| m.id.clone());
    let status = pepper_status(store, pepper, id.as_deref())?;
    if status != PepperStatus::Ready {
        return Ok(SignIn::Pepper(status));
    }
    let left = match store.begin_attempt(console, id.as_deref(), now)? {
        crate::store::Attempt::Locked { until } => return Ok(SignIn::Locked { until }),
        crate::store::Attempt::Go { left } => left,
    };
    let hash = match &id {
        Some(id) => store.pin_hash(id)?.unwrap_or_default(),
        None => String::new(),
    };
    let right = if hash.is_empty() {
        let _ = verify_pin(pin, &decoy_hash(pepper), pepper);
        false
    } else {
        verify_pin(pin, &hash, pepper)
    };
    store.end_attempt(console, id.as_deref(), right, now)?;
    match (right, member) {
        (true, Some(m)) => {
            note_pepper(store, pepper, true, now)?;
            Ok(SignIn::Welcome(m))
        }
        _ if left <= 0 => Ok(SignIn::Locked {
            until: now + chrono::Duration::minutes(crate::domain::LOCK_MINUTES),
        }),
        _ => Ok(SignIn::Wrong { left }),
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
