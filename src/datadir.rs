//! What the data dir itself says about the site it holds: a small `site.id` file written beside
//! the database when a site is set up (and whenever the kiosk finds a site without one), so a
//! lost or emptied `aidkiosk.db` on a machine that had a site is an error for staff, never a
//! fresh kiosk that offers Setup to whoever walks up. Also the process's file-creation mask.

use std::io::Write;
use std::path::{Path, PathBuf};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::domain::Site;

/// File name of the marker inside the data dir.
pub const SITE_MARKER: &str = "site.id";

/// What the marker records: enough to recognise the site's own backups (its id and a check of
/// its slip key, never the key itself), and its name for the error message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteMarker {
    pub id: String,
    pub name: String,
    /// HMAC-SHA256 of a constant under the site's slip key, hex: tells the same key from
    /// another without revealing it.
    pub key_check: String,
}

/// Why the data dir and its database disagree.
#[derive(Debug, thiserror::Error)]
pub enum SiteGuardError {
    #[error(
        "{db} is {what}, but this data dir held site {name:?} ({marker} says so): restore a backup with `aidkiosk restore FILE`, or start a new site with `aidkiosk init --site NAME --force-new-site --pin-stdin`"
    )]
    Lost {
        db: String,
        what: &'static str,
        name: String,
        marker: String,
    },
    #[error(
        "{db} holds site {found:?}, but this data dir held site {name:?} ({marker} says so): restore that site's backup, or `aidkiosk restore FILE --new-site` to replace it on purpose"
    )]
    Other {
        db: String,
        found: String,
        name: String,
        marker: String,
    },
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "{path} is damaged (no site id in it): remove it only if this data dir never held a site"
    )]
    Damaged { path: String },
}

/// The check of a slip key kept in the marker (and compared by `restore`).
pub fn key_check(secret: &[u8]) -> String {
    let mut mac = match <Hmac<Sha256> as KeyInit>::new_from_slice(secret) {
        Ok(mac) => mac,
        // HMAC takes a key of any length; an empty key still gives a stable check.
        Err(_) => return String::new(),
    };
    mac.update(b"aidkiosk site key check v1");
    let out = mac.finalize().into_bytes();
    out.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

impl SiteMarker {
    /// The marker of `site`.
    pub fn of(site: &Site) -> SiteMarker {
        SiteMarker {
            id: site.id.clone(),
            name: site.name.clone(),
            key_check: key_check(&site.secret),
        }
    }

    fn to_text(&self) -> String {
        // One line each; a name never carries a line break into the file.
        let name: String = self.name.chars().filter(|c| !c.is_control()).collect();
        format!(
            "# aidkiosk: this data dir holds a site. Keep this file: without it a lost aidkiosk.db\n\
             # would look like a new kiosk waiting to be set up.\n\
             id={}\nname={name}\nkey={}\n",
            self.id, self.key_check
        )
    }

    fn parse(text: &str) -> Option<SiteMarker> {
        let field = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
                .map(|v| v.trim().to_owned())
        };
        let id = field("id").filter(|id| !id.is_empty())?;
        Some(SiteMarker {
            id,
            name: field("name").unwrap_or_default(),
            key_check: field("key").unwrap_or_default(),
        })
    }
}

/// The marker's path in `data_dir`.
pub fn marker_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SITE_MARKER)
}

/// The marker in `data_dir`, if there is one.
pub fn read_marker(data_dir: &Path) -> Result<Option<SiteMarker>, SiteGuardError> {
    let path = marker_path(data_dir);
    let text = match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(SiteGuardError::Read {
                path: path.display().to_string(),
                source,
            });
        }
    };
    SiteMarker::parse(&text)
        .map(Some)
        .ok_or_else(|| SiteGuardError::Damaged {
            path: path.display().to_string(),
        })
}

/// Writes the marker of `site` into `data_dir` (whole or not at all, mode 0600).
pub fn write_marker(data_dir: &Path, site: &Site) -> std::io::Result<()> {
    let marker = SiteMarker::of(site);
    if read_marker(data_dir).ok().flatten().as_ref() == Some(&marker) {
        return Ok(());
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".site.id.partial-")
        .tempfile_in(data_dir)?;
    tmp.write_all(marker.to_text().as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(marker_path(data_dir)).map_err(|e| e.error)?;
    Ok(())
}

/// Removes the marker (`init --force-new-site` starting over).
pub fn remove_marker(data_dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(marker_path(data_dir)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Before the database is opened: a marker with no database file, or an empty one, means the
/// database was lost.
pub fn check_before_open(data_dir: &Path, db: &Path) -> Result<(), SiteGuardError> {
    let Some(marker) = read_marker(data_dir)? else {
        return Ok(());
    };
    let what = match std::fs::metadata(db) {
        Err(_) => "missing",
        Ok(m) if m.len() == 0 => "empty",
        Ok(_) => return Ok(()),
    };
    Err(lost(data_dir, db, what, marker))
}

fn lost(data_dir: &Path, db: &Path, what: &'static str, marker: SiteMarker) -> SiteGuardError {
    SiteGuardError::Lost {
        db: db.display().to_string(),
        what,
        name: marker.name,
        marker: marker_path(data_dir).display().to_string(),
    }
}

/// After the database is opened: a marker and no site in the database is a lost database; a
/// site and no marker (a site set up before markers, or on screen) gets its marker now.
pub fn check_site(data_dir: &Path, db: &Path, site: Option<&Site>) -> Result<(), SiteGuardError> {
    let marker = read_marker(data_dir)?;
    match (marker, site) {
        (Some(marker), None) => Err(lost(data_dir, db, "empty (it holds no site)", marker)),
        (Some(marker), Some(site)) if marker.id != site.id => Err(SiteGuardError::Other {
            db: db.display().to_string(),
            found: site.name.clone(),
            name: marker.name,
            marker: marker_path(data_dir).display().to_string(),
        }),
        (Some(_), Some(site)) | (None, Some(site)) => {
            // The name may have changed; a marker that cannot be written is logged, not fatal
            // (a read-only data dir still serves visitors).
            if let Err(e) = write_marker(data_dir, site) {
                tracing::warn!(%e, "cannot write {SITE_MARKER}");
            }
            Ok(())
        }
        (None, None) => Ok(()),
    }
}

/// Makes every file and folder this process creates readable by its owner only (umask 0077):
/// the data dir holds names and phone numbers.
pub fn private_umask() {
    #[cfg(unix)]
    {
        let _ = rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        Site {
            id: "01JSITE".into(),
            tag: "ABCDE".into(),
            name: "East\nside".into(),
            secret: vec![9; 32],
        }
    }

    #[test]
    fn the_marker_round_trips_and_keeps_the_key_secret() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_marker(dir.path()).unwrap(), None);
        write_marker(dir.path(), &site()).unwrap();
        let back = read_marker(dir.path()).unwrap().unwrap();
        assert_eq!(back.id, "01JSITE");
        assert_eq!(back.name, "Eastside");
        assert_eq!(back.key_check, key_check(&[9; 32]));
        assert_ne!(key_check(&[9; 32]), key_check(&[0; 32]));
        let text = std::fs::read_to_string(marker_path(dir.path())).unwrap();
        assert!(!text.contains("0909"), "{text}");
    }

    #[test]
    fn a_marker_without_a_database_is_a_lost_site() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("aidkiosk.db");
        check_before_open(dir.path(), &db).unwrap();
        check_site(dir.path(), &db, None).unwrap();
        write_marker(dir.path(), &site()).unwrap();
        let e = check_before_open(dir.path(), &db).unwrap_err().to_string();
        assert!(
            e.contains("is missing") && e.contains("--force-new-site"),
            "{e}"
        );
        std::fs::write(&db, b"").unwrap();
        let e = check_before_open(dir.path(), &db).unwrap_err().to_string();
        assert!(e.contains("is empty"), "{e}");
        let e = check_site(dir.path(), &db, None).unwrap_err().to_string();
        assert!(e.contains("holds no site"), "{e}");
        let other = Site {
            id: "01JOTHER".into(),
            ..site()
        };
        let e = check_site(dir.path(), &db, Some(&other))
            .unwrap_err()
            .to_string();
        assert!(e.contains("--new-site"), "{e}");
    }
}
