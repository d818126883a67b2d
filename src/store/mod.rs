//! The one place that speaks SQL: a single SQLite file in the data dir, always with bound
//! parameters.

mod desk;
mod find;
mod flow;
mod migrations;
mod sql;
mod staff;

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use crate::domain::{NewEntry, Role, Site, SlipCode, SlipRecord};
use sql::ts;
use sql::{parse_time, time, time_opt};

mod events;
mod export;
pub mod health;
mod lifecycle;
mod members;
mod network;
mod network_match;
mod network_records;
mod network_view;
mod pepper;
mod report;
mod restore;
mod seed;
pub use crate::domain::network::{Conflict, NetItem, NetSite, NetTicket, Problem};
pub use export::{Cell as ExportCell, ExportError, ExportTable};
pub use find::FOUND_MAX;
pub use flow::{DropOff, Received};
pub use lifecycle::Lifecycle;
pub use members::{NewMember, SeedMember};
pub use migrations::MIGRATIONS;
pub use network::Outgoing;
pub use pepper::PepperGuard;
pub use restore::{BackupCheck, check_backup, is_aidkiosk_db};
pub use seed::{SeedEntry, SeedMatch};
pub use staff::Attempt;

/// What went wrong in the database; shown to staff, logged, never shown raw to visitors.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database is from a newer aidkiosk (schema {found}, this one knows {known})")]
    TooNew { found: i64, known: i64 },
    #[error("this kiosk is not set up yet: run `aidkiosk init` or start the kiosk once")]
    NotInitialised,
    #[error("this kiosk is already set up for site {0:?}")]
    AlreadyInitialised(String),
    #[error("{0}")]
    Ledger(#[from] crate::domain::member::LedgerError),
    #[error("{0}")]
    Network(String),
    #[error("slip {0} was already handed over")]
    AlreadyHandedOver(String),
    #[error("could not find a free slip code")]
    CodeSpace,
    #[error("stored value {0:?} is not one this version knows")]
    Corrupt(String),
    #[error("{0} cannot be written (a read-only disk, or owned by another user)")]
    ReadOnly(String),
    #[error("the database stayed busy; try again in a moment")]
    Busy,
    #[error("not a backup aidkiosk can restore: {0}")]
    NotABackup(String),
    #[error("cannot start the database worker: {0}")]
    Worker(String),
    #[error("there is already an account called {0:?} (names are told apart whatever their case)")]
    NameTaken(String),
    #[error(
        "{0:?} is the last active coordinator: add another first (`aidkiosk staff add --name NAME --role coordinator --pin-stdin`, or F6 under Staff)"
    )]
    LastCoordinator(String),
}

pub(crate) type Result<T> = std::result::Result<T, StoreError>;

/// The database of one site.
pub struct Store {
    conn: Connection,
}

/// The columns [`slip_record`] reads, from [`SLIP_FROM`].
const SLIP_COLUMNS: &str = "s.code, e.id, e.kind, e.category, e.quantity, e.urgency, e.mode,
    COALESCE(e.contact_name, ''), e.language, e.status, s.issued_at, s.printed_at";

/// A slip with its entry.
const SLIP_FROM: &str = "slip s JOIN entry e ON e.id = s.entry_id";

/// A row of [`SLIP_COLUMNS`].
fn slip_record(r: &rusqlite::Row<'_>) -> rusqlite::Result<SlipRecord> {
    Ok(SlipRecord {
        code: r.get(0)?,
        entry_id: r.get(1)?,
        kind: r.get(2)?,
        category: r.get(3)?,
        quantity: r.get(4)?,
        urgency: r.get(5)?,
        mode: r.get(6)?,
        name: r.get(7)?,
        language: r.get(8)?,
        status: r.get(9)?,
        issued_at: time(r, 10)?,
        printed_at: time_opt(r, 11)?,
    })
}

/// Parses a stored time; one that does not parse is a corrupt database.
fn parse_ts(s: &str) -> Result<DateTime<Utc>> {
    parse_time(s).ok_or_else(|| StoreError::Corrupt(s.to_owned()))
}

/// The id of this site, which every new entry belongs to.
fn local_site_id(conn: &Connection) -> Result<String> {
    conn.query_row("SELECT id FROM site WHERE is_local = 1", [], |r| r.get(0))
        .optional()?
        .ok_or(StoreError::NotInitialised)
}

/// Inserts one entry (blank free text stored as nothing) and its slip; false, with nothing
/// inserted, if the code is taken. `visit` is the printed code of the ticket it is on, when
/// it is a later thing of a visit. The code is looked up first: an entry inserted and removed
/// again would still have been counted by the report triggers.
/// Whether `code` is a slip's or a member card's already: both live in one code space, so a
/// typed code names one thing only.
fn code_taken(conn: &Connection, code: &SlipCode) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS(SELECT 1 FROM slip WHERE code = ?1)
                 OR EXISTS(SELECT 1 FROM member_card WHERE code = ?1)",
        )?
        .query_row(params![code.as_str()], |r| r.get(0))?)
}

fn insert_entry(
    conn: &Connection,
    site_id: &str,
    entry: &NewEntry,
    code: &SlipCode,
    visit: Option<&SlipCode>,
    now: DateTime<Utc>,
) -> Result<bool> {
    if code_taken(conn, code)? {
        return Ok(false);
    }
    let d = &entry.draft;
    let blank = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    let when = ts(now);
    conn.prepare_cached(
        "INSERT INTO entry (id, site_id, kind, category, quantity, urgency, mode, detail,
                            contact_name, contact_phone, language, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
    )?
    .execute(params![
        entry.id,
        site_id,
        d.kind,
        d.category,
        d.quantity,
        d.urgency,
        d.mode,
        blank(&d.detail),
        blank(&d.name),
        blank(&d.phone),
        entry.language,
        when,
    ])?;
    // In the same write transaction as the lookup: nobody can take the code in between.
    conn.prepare_cached(
        "INSERT INTO slip (code, entry_id, issued_at, visit_code) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        code.as_str(),
        entry.id,
        when,
        visit.map(SlipCode::as_str)
    ])?;
    Ok(true)
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        // SQLite opens a file it cannot write read-only without a word; the kiosk would then
        // take every visitor's answers and fail to save each. Say so at once instead.
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(StoreError::ReadOnly(path.display().to_string()));
        }
        Store::setup(conn)
    }

    /// A private in-memory database, for tests and dry runs.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(conn: Connection) -> Result<Store> {
        conn.busy_timeout(Duration::from_secs(5))?;
        // WAL lets the staff console read while the kiosk writes; FULL survives power cuts.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // Purged names, phones and notes are overwritten with zeros, not left in free space.
        conn.pragma_update(None, "secure_delete", true)?;
        // Statement journals (an insert that fires the report triggers keeps one) stay in
        // memory instead of a temporary file written page by page.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    /// A write transaction that takes the lock at once (IMMEDIATE), so two processes writing
    /// wait for each other at the start instead of failing half-way.
    fn write(&mut self) -> Result<rusqlite::Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// The schema version this database is at.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Applies every migration this database has not seen, each in its own transaction.
    pub fn migrate(&mut self) -> Result<()> {
        Store::migrate_to(&mut self.conn, MIGRATIONS.len())
    }

    /// Applies migrations up to `target` (for tests of upgrades from old versions).
    pub fn migrate_to(conn: &mut Connection, target: usize) -> Result<()> {
        let known = i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX);
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found > known {
            return Err(StoreError::TooNew { found, known });
        }
        let start = usize::try_from(found).unwrap_or(0);
        for (i, sql) in MIGRATIONS.iter().enumerate().take(target).skip(start) {
            // A migration that rebuilds a table runs with foreign keys off (they cannot be
            // switched inside a transaction), and checks them itself before it commits.
            let rebuild = migrations::REBUILDS.contains(&(i + 1));
            let fk_on: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
            if rebuild {
                conn.pragma_update(None, "foreign_keys", false)?;
            }
            let result = Store::apply_migration(conn, i, sql, rebuild);
            if rebuild && fk_on {
                conn.pragma_update(None, "foreign_keys", true)?;
            }
            result?;
        }
        Ok(())
    }

    fn apply_migration(conn: &mut Connection, i: usize, sql: &str, rebuild: bool) -> Result<()> {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while this one waited for the lock.
        let now_at: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if usize::try_from(now_at).unwrap_or(0) > i {
            return Ok(());
        }
        tx.execute_batch(sql)?;
        if rebuild {
            let broken: i64 =
                tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                    r.get(0)
                })?;
            if broken > 0 {
                return Err(StoreError::Corrupt(format!(
                    "migration {} would leave {broken} rows pointing at nothing",
                    i + 1
                )));
            }
        }
        tx.pragma_update(
            None,
            "user_version",
            i64::try_from(i + 1).unwrap_or(i64::MAX),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The local site, if set up.
    pub fn site(&self) -> Result<Option<Site>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, tag, name, secret FROM site WHERE is_local = 1",
                [],
                |r| {
                    Ok(Site {
                        id: r.get(0)?,
                        tag: r.get(1)?,
                        name: r.get(2)?,
                        secret: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// Whether an active coordinator exists (if not, the kiosk opens on set-up).
    pub fn has_coordinator(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM staff WHERE role = 'coordinator' AND active = 1)",
            [],
            |r| r.get(0),
        )?)
    }

    /// Creates the local site (if missing) and its first coordinator, in one transaction.
    pub fn initialise(
        &mut self,
        site: &Site,
        admin_id: &str,
        admin_name: &str,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Site> {
        let tx = self.write()?;
        let has_coordinator: bool = tx.query_row(
            "SELECT EXISTS(SELECT 1 FROM staff WHERE role = 'coordinator' AND active = 1)",
            [],
            |r| r.get(0),
        )?;
        let existing: Option<String> = tx
            .query_row("SELECT name FROM site WHERE is_local = 1", [], |r| r.get(0))
            .optional()?;
        if has_coordinator {
            return Err(StoreError::AlreadyInitialised(existing.unwrap_or_default()));
        }
        if existing.is_none() {
            tx.execute(
                "INSERT INTO site (id, tag, name, secret, is_local, created_at)
                 VALUES (?1, ?2, ?3, ?4, 1, ?5)",
                params![site.id, site.tag, site.name, site.secret, ts(now)],
            )?;
        } else {
            tx.execute(
                "UPDATE site SET name = ?1 WHERE is_local = 1",
                params![site.name],
            )?;
        }
        tx.execute(
            "INSERT INTO staff (id, name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![admin_id, admin_name, Role::Coordinator, pin_hash, ts(now)],
        )?;
        tx.execute(
            "INSERT INTO audit (at, staff_id, action, subject) VALUES (?1, ?2, 'init', ?3)",
            params![ts(now), admin_id, site.name],
        )?;
        tx.commit()?;
        self.site()?.ok_or(StoreError::NotInitialised)
    }

    /// Saves an entry and issues its slip in one transaction. `next_code` is asked again if a
    /// code is already taken.
    pub fn save_entry(
        &mut self,
        entry: &NewEntry,
        next_code: &mut dyn FnMut() -> SlipCode,
        now: DateTime<Utc>,
    ) -> Result<SlipCode> {
        self.save_visit(std::slice::from_ref(entry), None, next_code, now)
    }

    /// Saves every thing of one visit, each its own entry, on one ticket: all or none, in one
    /// transaction. Answers the printed code (the first thing's); the others get codes of
    /// their own that point to it.
    pub fn save_visit(
        &mut self,
        entries: &[NewEntry],
        member: Option<&str>,
        next_code: &mut dyn FnMut() -> SlipCode,
        now: DateTime<Utc>,
    ) -> Result<SlipCode> {
        let tx = self.write()?;
        let site_id = local_site_id(&tx)?;
        let mut printed: Option<SlipCode> = None;
        for entry in entries {
            // 40-bit codes rarely collide; a few tries make it certain without a loop forever.
            let mut saved = None;
            for _ in 0..16 {
                let code = next_code();
                if insert_entry(&tx, &site_id, entry, &code, printed.as_ref(), now)? {
                    saved = Some(code);
                    break;
                }
            }
            let code = saved.ok_or(StoreError::CodeSpace)?;
            printed.get_or_insert(code);
        }
        let code = printed.ok_or(StoreError::CodeSpace)?;
        // A member's visit (their card was scanned): counted as theirs, and they were seen.
        // A card removed meanwhile simply makes an anonymous visit.
        if let Some(member) = member
            && members::member_exists(&tx, member)?
        {
            let mut link = tx.prepare_cached("UPDATE entry SET member_id = ?2 WHERE id = ?1")?;
            for entry in entries {
                link.execute(params![entry.id, member])?;
            }
            drop(link);
            members::touch(&tx, member, now)?;
        }
        tx.commit()?;
        Ok(code)
    }

    /// Inserts many entries with their slips in one transaction: for `seed` and benchmarks,
    /// where a commit per entry would take an fsync each. A taken code skips that entry.
    pub fn insert_many(
        &mut self,
        entries: &mut dyn Iterator<Item = (NewEntry, SlipCode, DateTime<Utc>)>,
    ) -> Result<u64> {
        let tx = self.write()?;
        let site_id = local_site_id(&tx)?;
        let mut inserted = 0;
        for (entry, code, at) in entries {
            if insert_entry(&tx, &site_id, &entry, &code, None, at)? {
                inserted += 1;
            }
        }
        tx.commit()?;
        Ok(inserted)
    }

    /// A slip and its entry, by code.
    pub fn slip(&self, code: &SlipCode) -> Result<Option<SlipRecord>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {SLIP_COLUMNS} FROM {SLIP_FROM} WHERE s.code = ?1"),
                params![code],
                slip_record,
            )
            .optional()?)
    }

    /// Everything on the ticket that `code` is on (the printed code, or any of its things'),
    /// in the order the visitor asked: one record for a one-thing visit, none for no ticket.
    pub fn ticket(&self, code: &SlipCode) -> Result<Vec<SlipRecord>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SLIP_COLUMNS} FROM {SLIP_FROM} {}",
            sql::ON_TICKET
        ))?;
        Ok(stmt
            .query_map(params![code], slip_record)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Records a print attempt: its time when the slip came out, else why it did not.
    pub fn record_print(
        &self,
        code: &SlipCode,
        error: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE slip SET print_attempts = print_attempts + 1,
                             printed_at = CASE WHEN ?2 IS NULL THEN ?3 ELSE printed_at END,
                             print_error = ?2
             WHERE code = ?1 OR visit_code = ?1",
            params![code.as_str(), error, ts(now)],
        )?;
        Ok(())
    }

    /// Number of entries, for tests and reports.
    pub fn entry_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM entry", [], |r| r.get(0))?)
    }

    /// The raw connection, for migration tests only.
    #[doc(hidden)]
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}
