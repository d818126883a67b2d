//! What the database remembers about the PIN pepper (which lives in a file beside it, never
//! in it): a fingerprint of the pepper the PINs were set with, and digests of PIN hashes made
//! under a pepper since replaced. Kept in `settings`, so no migration.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::staff::audit_in;
use super::{Result, Store};

/// Settings key of the pepper's fingerprint.
const FINGERPRINT: &str = "pepper_fingerprint";
/// Settings key of the stale PIN digests, space-separated.
const STALE: &str = "pepper_stale_pins";

/// The pepper's fingerprint and the stale PIN digests, as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PepperGuard {
    pub fingerprint: Option<String>,
    pub stale: Vec<String>,
}

impl Store {
    /// What is recorded about the pepper.
    pub fn pepper_guard(&self) -> Result<PepperGuard> {
        let get = |key: &str| -> Result<Option<String>> {
            Ok(self
                .conn
                .query_row(
                    "SELECT value FROM settings WHERE key = ?1",
                    params![key],
                    |r| r.get(0),
                )
                .optional()?)
        };
        Ok(PepperGuard {
            fingerprint: get(FINGERPRINT)?.filter(|f| !f.is_empty()),
            stale: get(STALE)?
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
        })
    }

    /// Records the pepper's fingerprint and the stale PIN digests, in one transaction, with an
    /// audit line `action` when given.
    pub fn set_pepper_guard(
        &mut self,
        fingerprint: &str,
        stale: &[String],
        action: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        for (key, value) in [
            (FINGERPRINT, fingerprint.to_owned()),
            (STALE, stale.join(" ")),
        ] {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
        }
        if let Some(action) = action {
            let detail = format!("{} stale PINs", stale.len());
            audit_in(&tx, None, action, None, Some(&detail), now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Every staff account's (id, name, PIN hash), disabled ones too.
    pub fn pin_hashes(&self) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, pin_hash FROM staff ORDER BY name COLLATE NOCASE")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many staff accounts exist (each holds a PIN hash).
    pub fn staff_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM staff", [], |r| r.get(0))?)
    }
}
