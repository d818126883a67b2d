//! The data lifecycle: open entries expire, the names, phones and notes of finished entries are
//! purged (anonymous counts stay in `stat_day`), and the database is copied out and back in
//! while the kiosk keeps running.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::staff::audit_in;
use super::{MIGRATIONS, Result, Store, StoreError, parse_ts, ts};
use crate::domain::Category;

/// What one lifecycle run did (or, dry, would do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Lifecycle {
    /// Open entries closed because nobody came for them in `entry_ttl_days`.
    pub expired: u64,
    /// Finished entries whose name, phone and note were removed.
    pub purged: u64,
}

/// Settings key of the last lifecycle run (RFC 3339), so a restart does not run it again.
const LAST_RUN: &str = "lifecycle_last_run";

/// Personal fields still present: the partial index `entry_personal` has exactly these rows.
const PERSONAL: &str =
    "(contact_name IS NOT NULL OR contact_phone IS NOT NULL OR detail IS NOT NULL)";

/// Statuses after which nothing more happens to an entry: its personal fields may go.
/// (`connected` is met but may still be marked done, so its contacts stay until it is purged
/// by age like the rest.)
const FINISHED: &str = "('picked', 'received', 'connected', 'done', 'closed')";

/// How often a backup or restore step that finds the database busy is tried again.
const BUSY_TRIES: u32 = 50;

impl Store {
    /// Expires entries still open, matched or ready that were made before `expire_before`, and
    /// purges the personal fields of finished entries (handed over, brought in, put in touch,
    /// done, closed) made before
    /// `purge_before`, in one transaction; then the write-ahead log is emptied so no old copy
    /// of a purged page stays in it. With `dry_run` nothing changes and the counts say what
    /// would.
    ///
    /// A matched entry expires too (nobody came for what was set aside for them): its matches
    /// are cancelled, stock set aside for it goes back on the shelf, and the other side of a
    /// match, if itself not expiring, is open again for someone else.
    pub fn apply_lifecycle(
        &mut self,
        expire_before: DateTime<Utc>,
        purge_before: DateTime<Utc>,
        dry_run: bool,
        services: &[Category],
        now: DateTime<Utc>,
    ) -> Result<Lifecycle> {
        // `kind IN` lets entry_matching's (kind, status) prefix find them.
        let expire_where = "kind IN ('need', 'offer') AND status IN ('open', 'matched', 'ready') AND created_at < ?1";
        if dry_run {
            let expired: i64 = self.conn.query_row(
                &format!("SELECT count(*) FROM entry WHERE {expire_where}"),
                params![ts(expire_before)],
                |r| r.get(0),
            )?;
            // Entries this run would expire are purged in the same run.
            let purged: i64 = self.conn.query_row(
                &format!(
                    "SELECT count(*) FROM entry WHERE {PERSONAL} AND created_at < ?1
                     AND (status IN {FINISHED}
                          OR (status IN ('open', 'matched', 'ready') AND created_at < ?2))"
                ),
                params![ts(purge_before), ts(expire_before)],
                |r| r.get(0),
            )?;
            return Ok(Lifecycle {
                expired: u64::try_from(expired).unwrap_or(0),
                purged: u64::try_from(purged).unwrap_or(0),
            });
        }
        let tx = self.write()?;
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS expiring (id TEXT PRIMARY KEY);
             DELETE FROM temp.expiring;",
        )?;
        let expired = tx.execute(
            &format!("INSERT INTO temp.expiring SELECT id FROM entry WHERE {expire_where}"),
            params![ts(expire_before)],
        )? as u64;
        super::flow::release_expiring(&tx, services, now)?;
        tx.execute(
            "UPDATE entry SET status = 'closed', closed_reason = 'expired', updated_at = ?1
             WHERE id IN (SELECT id FROM temp.expiring)",
            params![ts(now)],
        )?;
        tx.execute("DELETE FROM temp.expiring", [])?;
        let purged = tx.execute(
            &format!(
                "UPDATE entry SET contact_name = NULL, contact_phone = NULL, detail = NULL
                 WHERE {PERSONAL} AND created_at < ?1 AND status IN {FINISHED}"
            ),
            params![ts(purge_before)],
        )? as u64;
        let detail = format!("expired {expired}, purged {purged}");
        audit_in(&tx, None, "lifecycle", None, Some(&detail), now)?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![LAST_RUN, ts(now)],
        )?;
        tx.commit()?;
        self.checkpoint();
        Ok(Lifecycle { expired, purged })
    }

    /// When the lifecycle last ran, if ever.
    pub fn lifecycle_last_run(&self) -> Result<Option<DateTime<Utc>>> {
        let value: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                params![LAST_RUN],
                |r| r.get(0),
            )
            .optional()?;
        value.as_deref().map(parse_ts).transpose()
    }

    /// Moves the write-ahead log into the database and truncates it. A reader elsewhere (the
    /// staff console) can hold part of it back; the next checkpoint finishes the job.
    pub fn checkpoint(&self) {
        let result = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            });
        match result {
            Ok(0) => {}
            Ok(_) => tracing::info!("checkpoint incomplete: another connection is reading"),
            Err(e) => tracing::warn!(%e, "checkpoint failed"),
        }
    }

    /// Copies the whole database into a new file at `path`, consistent as of one moment, while
    /// other connections go on writing (in WAL mode writers are not held up).
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        self.backup_with_progress(path, &mut |_, _| {})
    }

    /// [`Store::backup_to`], telling `progress` (pages copied, pages in all) as it goes. The
    /// copy is made in steps under one read transaction held for the whole backup: every step
    /// reads the same snapshot, so a write by the kiosk in between neither shows up half in
    /// the copy nor starts it over.
    pub fn backup_with_progress(
        &self,
        path: &Path,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<()> {
        let mut dst = Connection::open(path)?;
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let copied = (|| {
            // The snapshot starts with the first read.
            self.conn
                .query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
                    r.get::<_, i64>(0)
                })?;
            let backup = Backup::new(&self.conn, &mut dst)?;
            run_backup(&backup, progress)
        })();
        let ended = self.conn.execute_batch("COMMIT");
        copied?;
        ended?;
        // One self-contained file, fit to copy to a USB stick: no write-ahead log beside it.
        dst.pragma_update(None, "journal_mode", "DELETE")?;
        let ok: String = dst.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if ok != "ok" {
            return Err(StoreError::Corrupt(format!("backup check: {ok}")));
        }
        Ok(())
    }

    /// Replaces this database's contents with the database at `path`, which
    /// [`check_backup`](super::check_backup) has checked and brought to this version (one at
    /// another version is refused before anything is copied). Other connections see the
    /// restored data at their next read.
    pub fn restore_from(&mut self, path: &Path) -> Result<()> {
        self.restore_with_progress(path, &mut |_, _| {})
    }

    /// [`Store::restore_from`], telling `progress` (pages copied, pages in all). The
    /// destination stays locked from the first step to the last, so other connections see the
    /// old data or the restored data, never a mix.
    pub fn restore_with_progress(
        &mut self,
        path: &Path,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<()> {
        {
            let src = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            let found: i64 = src.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            let known = i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX);
            if found != known {
                return Err(StoreError::NotABackup(format!(
                    "it is at schema {found}, not {known}: check it first"
                )));
            }
            let backup = Backup::new(&src, &mut self.conn)?;
            run_backup(&backup, progress)?;
        }
        self.checkpoint();
        Ok(())
    }
}

/// Pages copied per backup step (4 MiB of 4 KiB pages): a step is quick, so progress moves.
const PAGES_PER_STEP: i32 = 1024;

fn run_backup(backup: &Backup<'_, '_>, progress: &mut dyn FnMut(u64, u64)) -> Result<()> {
    let mut busy = 0;
    loop {
        let step = backup.step(PAGES_PER_STEP)?;
        let p = backup.progress();
        let total = u64::try_from(p.pagecount).unwrap_or(0);
        let left = u64::try_from(p.remaining).unwrap_or(0);
        progress(total.saturating_sub(left), total);
        match step {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _ => {
                busy += 1;
                if busy >= BUSY_TRIES {
                    return Err(StoreError::Busy);
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }
}
