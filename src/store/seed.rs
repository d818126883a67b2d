//! Bulk inserts of made-up history (`aidkiosk seed`): entries with their slips, hand-overs and
//! matches, already at the status they would have reached. The triggers count them like any
//! other entry.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{Result, Store, local_site_id, ts};
use crate::domain::{Category, Kind, Mode, SlipCode, Status, Urgency};

/// An entry as it stands after its history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedEntry {
    pub id: String,
    pub kind: Kind,
    pub category: Category,
    pub quantity: u8,
    pub urgency: Urgency,
    pub mode: Mode,
    pub language: String,
    pub detail: Option<String>,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub status: Status,
    pub created_at: DateTime<Utc>,
    /// When the status last changed.
    pub updated_at: DateTime<Utc>,
    pub printed: bool,
    /// When it was handed over (a need) or brought in (an offer).
    pub picked_up: Option<DateTime<Utc>>,
}

/// A confirmed match between a need and an offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedMatch {
    pub id: String,
    pub need_id: String,
    pub offer_id: String,
    pub quantity: u8,
    pub proposed_at: DateTime<Utc>,
}

impl Store {
    /// For a big load: a page cache of `mib` MiB (SQLite's default is 2 MiB), so index pages
    /// stay in memory instead of being written out again and again; 0 sets the default back.
    pub fn bulk_cache(&self, mib: i64) -> Result<()> {
        let kib = if mib == 0 { 2000 } else { mib * 1024 };
        self.conn.pragma_update(None, "cache_size", -kib)?;
        Ok(())
    }

    /// Inserts every batch `next_batch` gives (entries with their slips, then matches) in one
    /// transaction: all of it or, on any error, none. `staff_id` (if any) is who handed over and
    /// matched; a slip code already taken is drawn again from `next_code`. Returns the number of
    /// entries inserted.
    ///
    /// A load this size is faster done the way a new database is built: the secondary indexes
    /// and the counting triggers are set aside (their own stored SQL is kept), rows are
    /// appended, the indexes are built again by sorting, the counts the triggers would have made
    /// are added in one go, and the triggers come back, all inside the transaction.
    pub fn seed(
        &mut self,
        next_batch: &mut dyn FnMut() -> Option<(Vec<SeedEntry>, Vec<SeedMatch>)>,
        staff_id: Option<&str>,
        next_code: &mut dyn FnMut() -> SlipCode,
    ) -> Result<u64> {
        // Outside WAL, pages that did not exist before (nearly all of a seed) are written once,
        // straight into the database, instead of into the log and then copied. SQLite only
        // switches when no other connection is open; otherwise the load runs in WAL as usual.
        let switched = self
            .conn
            .pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0))
            .is_ok_and(|mode| mode.eq_ignore_ascii_case("delete"));
        // Rebuilding the indexes sorts a million keys: let SQLite's sorter use a second core.
        self.conn.pragma_update(None, "threads", 2)?;
        let result = self.seed_in_transaction(next_batch, staff_id, next_code);
        self.conn.pragma_update(None, "threads", 0)?;
        if switched && let Err(e) = self.conn.pragma_update(None, "journal_mode", "WAL") {
            // The rows are in; the next connection to open the database sets WAL again.
            tracing::warn!(%e, "could not set WAL again after the seed");
        }
        result
    }

    fn seed_in_transaction(
        &mut self,
        next_batch: &mut dyn FnMut() -> Option<(Vec<SeedEntry>, Vec<SeedMatch>)>,
        staff_id: Option<&str>,
        next_code: &mut dyn FnMut() -> SlipCode,
    ) -> Result<u64> {
        let tx = self.write()?;
        let site_id = local_site_id(&tx)?;
        let before: i64 = tx.query_row("SELECT COALESCE(max(rowid), 0) FROM entry", [], |r| {
            r.get(0)
        })?;
        // (type, name, sql) of every index and trigger the load would otherwise update row
        // by row; the primary keys and UNIQUE constraints (no sql) stay and keep checking.
        let set_aside: Vec<(String, String, String)> = {
            let mut stmt = tx.prepare(
                "SELECT type, name, sql FROM sqlite_schema
                 WHERE tbl_name IN ('entry', 'slip', 'stat_wait') AND sql IS NOT NULL
                   AND type IN ('index', 'trigger')
                 ORDER BY type = 'trigger', name",
            )?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        for (kind, name, _) in &set_aside {
            let kind = if kind == "index" { "INDEX" } else { "TRIGGER" };
            // The name comes from sqlite_schema itself, quoted as an identifier.
            tx.execute_batch(&format!("DROP {kind} \"{}\"", name.replace('"', "\"\"")))?;
        }
        let mut counts = Counts::default();
        let mut inserted = 0;
        while let Some((entries, matches)) = next_batch() {
            inserted += load(&tx, &site_id, &entries, &matches, staff_id, next_code)?;
            counts.add(&entries);
            counts.write_waits(&tx)?;
        }
        for (_, _, sql) in set_aside.iter().filter(|(kind, ..)| kind == "index") {
            tx.execute_batch(sql)?;
        }
        counts.write_days(&tx)?;
        for (_, _, sql) in set_aside.iter().filter(|(kind, ..)| kind == "trigger") {
            tx.execute_batch(sql)?;
        }
        // A site in a network tells the others of the seeded entries too (the change log's
        // triggers were set aside with the rest).
        tx.execute(
            "INSERT INTO change_log (t, id) SELECT 'entry', id FROM entry WHERE rowid > ?1
               AND EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL)",
            [before],
        )?;
        tx.execute_batch(
            "DROP TABLE IF EXISTS temp.seed_entry; DROP TABLE IF EXISTS temp.seed_match;
             DROP TABLE IF EXISTS temp.seed_wait;",
        )?;
        tx.commit()?;
        Ok(inserted)
    }
}

/// Moves one batch in. Rows are staged in in-memory tables (no constraints, nothing to undo)
/// and copied with one `INSERT … SELECT` per table: a row-by-row insert into a table with a
/// unique key keeps a statement journal per row, which costs more than the insert itself.
fn load(
    tx: &rusqlite::Transaction<'_>,
    site_id: &str,
    entries: &[SeedEntry],
    matches: &[SeedMatch],
    staff_id: Option<&str>,
    next_code: &mut dyn FnMut() -> SlipCode,
) -> Result<u64> {
    // One staged row per entry, with its slip's code and times beside it.
    tx.execute_batch(
        "PRAGMA temp.secure_delete = OFF;
         CREATE TEMP TABLE IF NOT EXISTS seed_entry AS
             SELECT *, '' AS code, 0 AS printed, '' AS picked_up_at FROM main.entry WHERE 0;
         CREATE TEMP TABLE IF NOT EXISTS seed_match AS SELECT * FROM main.match WHERE 0;
         DELETE FROM temp.seed_entry; DELETE FROM temp.seed_match;",
    )?;
    {
        let mut entry = tx.prepare_cached(
            "INSERT INTO temp.seed_entry (id, site_id, kind, category, quantity, urgency, mode,
                                detail, contact_name, contact_phone, language, status,
                                created_at, updated_at, code, printed, picked_up_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )?;
        // The batch's codes, sorted and handed out in entry order: then both of the slip
        // table's unique indexes (code, entry) fill in order instead of at random. Codes are
        // still random across batches; only within one do they rise with time.
        let mut codes: Vec<SlipCode> = entries.iter().map(|_| next_code()).collect();
        codes.sort_unstable();
        for (e, code) in entries.iter().zip(codes) {
            entry.execute(params![
                e.id,
                site_id,
                e.kind.as_str(),
                e.category.as_str(),
                e.quantity,
                e.urgency.as_str(),
                e.mode.as_str(),
                e.detail,
                e.name,
                e.phone,
                e.language,
                e.status.as_str(),
                ts(e.created_at),
                ts(e.updated_at),
                code.as_str(),
                e.printed,
                e.picked_up.map(ts),
            ])?;
        }
        let mut m = tx.prepare_cached(
            "INSERT INTO temp.seed_match (id, need_id, offer_id, quantity, status, proposed_by,
                                proposed_at, confirmed_by, confirmed_at)
             VALUES (?1, ?2, ?3, ?4, 'confirmed', ?5, ?6, ?5, ?6)",
        )?;
        for x in matches {
            m.execute(params![
                x.id,
                x.need_id,
                x.offer_id,
                x.quantity,
                staff_id,
                ts(x.proposed_at)
            ])?;
        }
    }
    let inserted = tx.execute(
        "INSERT INTO main.entry (id, site_id, kind, category, quantity, urgency, mode, detail,
                                contact_name, contact_phone, language, status, created_at,
                                updated_at, closed_reason)
         SELECT id, site_id, kind, category, quantity, urgency, mode, detail, contact_name,
                contact_phone, language, status, created_at, updated_at,
                CASE WHEN status = 'closed' THEN 'expired' END
         FROM temp.seed_entry ORDER BY rowid",
        [],
    )?;
    const SLIP_COLUMNS: &str = "(code, entry_id, issued_at, printed_at, print_attempts,
                                 picked_up_at, picked_up_by)";
    const SLIP: &str = "SELECT ?2, id, created_at, CASE WHEN printed THEN created_at END, printed,
                               picked_up_at, CASE WHEN picked_up_at IS NOT NULL THEN ?1 END
                        FROM temp.seed_entry";
    let slipped = tx.execute(
        &format!(
            "INSERT INTO main.slip {SLIP_COLUMNS} {} WHERE true ORDER BY rowid
             ON CONFLICT(code) DO NOTHING",
            SLIP.replace("?2", "code")
        ),
        params![staff_id],
    )?;
    // 40-bit codes: among a million, a repeat or two is expected. Those entries get another.
    let unslipped: Vec<String> = if slipped == entries.len() {
        Vec::new()
    } else {
        let mut stmt = tx.prepare(
            "SELECT s.id FROM temp.seed_entry s
             WHERE NOT EXISTS (SELECT 1 FROM main.slip m WHERE m.entry_id = s.id)",
        )?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    for id in unslipped {
        for _ in 0..16 {
            let n = tx.execute(
                &format!(
                    "INSERT INTO main.slip {SLIP_COLUMNS} {SLIP} WHERE id = ?3
                     ON CONFLICT(code) DO NOTHING"
                ),
                params![staff_id, next_code().as_str(), id],
            )?;
            if n == 1 {
                break;
            }
        }
    }
    tx.execute(
        "INSERT INTO main.match SELECT * FROM temp.seed_match ORDER BY rowid",
        [],
    )?;
    Ok(inserted as u64)
}

/// What the report triggers would have counted for the loaded entries, counted here instead:
/// per site-local day (chrono's `Local`, the same zone SQLite's 'localtime' reads) of making,
/// handing over and expiring, and each need's wait. tests/seed.rs checks both ways agree.
#[derive(Debug, Default)]
struct Counts {
    days: std::collections::HashMap<(chrono::NaiveDate, Category, Kind), [i64; 3]>,
    languages: std::collections::HashMap<(chrono::NaiveDate, String), i64>,
    waits: Vec<(String, chrono::NaiveDate, Category, i64)>,
}

impl Counts {
    fn add(&mut self, entries: &[SeedEntry]) {
        let local = |t: DateTime<Utc>| t.with_timezone(&chrono::Local).date_naive();
        for e in entries {
            *self
                .languages
                .entry((local(e.created_at), e.language.clone()))
                .or_default() += 1;
            let mut bump = |day, slot: usize| {
                self.days.entry((day, e.category, e.kind)).or_default()[slot] += 1;
            };
            bump(local(e.created_at), 0);
            match e.status {
                // As the triggers count: a need handed over, an offer brought in, a service
                // connected or done is fulfilled.
                Status::PickedUp | Status::Received | Status::Connected | Status::Done => {
                    bump(local(e.updated_at), 1);
                    if e.kind == Kind::Need {
                        // As SQLite's round() of the julianday difference: nearest second.
                        let ms = (e.updated_at - e.created_at).num_milliseconds();
                        self.waits.push((
                            e.id.clone(),
                            local(e.updated_at),
                            e.category,
                            (ms + 500).div_euclid(1000),
                        ));
                    }
                }
                Status::Closed => bump(local(e.updated_at), 2),
                Status::Open | Status::Matched | Status::Ready => {}
            }
        }
    }

    fn write_waits(&mut self, tx: &rusqlite::Transaction<'_>) -> Result<()> {
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS seed_wait AS SELECT * FROM main.stat_wait WHERE 0;
             DELETE FROM temp.seed_wait;",
        )?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO temp.seed_wait (day, entry_id, category, seconds)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (id, day, category, seconds) in self.waits.drain(..) {
                stmt.execute(params![day.to_string(), id, category.as_str(), seconds])?;
            }
        }
        tx.execute(
            "INSERT OR IGNORE INTO main.stat_wait SELECT * FROM temp.seed_wait ORDER BY day, entry_id",
            [],
        )?;
        Ok(())
    }

    fn write_days(&self, tx: &rusqlite::Transaction<'_>) -> Result<()> {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO stat_day (day, category, kind, created, handed, expired)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT DO UPDATE SET created = created + excluded.created,
                                       handed = handed + excluded.handed,
                                       expired = expired + excluded.expired",
        )?;
        for ((day, category, kind), [c, h, x]) in &self.days {
            stmt.execute(params![
                day.to_string(),
                category.as_str(),
                kind.as_str(),
                c,
                h,
                x
            ])?;
        }
        let mut stmt = tx.prepare_cached(
            "INSERT INTO stat_language (day, language, created) VALUES (?1, ?2, ?3)
             ON CONFLICT DO UPDATE SET created = created + excluded.created",
        )?;
        for ((day, language), n) in &self.languages {
            stmt.execute(params![day.to_string(), language, n])?;
        }
        Ok(())
    }
}
