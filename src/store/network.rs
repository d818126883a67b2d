//! The network of sites (#14) in the database: this site's key and the sites it joined, the
//! records it writes for them (from `change_log`), and the records of theirs it applies, each
//! kept under its owner's tag and replaced only by that owner's later files.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::network_records::{apply_record, local_record, site_record};
use super::sql::ts;
use super::staff::audit_in;
use super::{Result, Store, StoreError};
use crate::domain::network::{NetSite, Problem};
use crate::exchange::records::{Record, SiteRecord};

/// What went into a change file of this site.
#[derive(Debug, Clone, PartialEq)]
pub struct Outgoing {
    pub seq: u64,
    pub records: Vec<Record>,
    /// The change_log rows it covers, removed once the file is written.
    through: i64,
}

/// Most rows of the change log one change file covers (a busy day is about 7,000).
pub const CHANGES_PER_FILE: i64 = 20_000;

/// The local site's tag, if it is in a network.
fn network_tag(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT tag FROM site WHERE is_local = 1 AND signing_key IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

impl Store {
    /// This site's signing key, once `network create` made one.
    pub fn network_key(&self) -> Result<Option<[u8; 32]>> {
        let key: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT signing_key FROM site WHERE is_local = 1", [], |r| {
                r.get(0)
            })
            .optional()?
            .flatten();
        Ok(key.and_then(|k| k.try_into().ok()))
    }

    /// Makes this site a network of one with `key` (its Ed25519 signing key) and `verify`, and
    /// queues everything it has for the first change file.
    pub fn create_network(
        &mut self,
        key: &[u8; 32],
        verify: &[u8; 32],
        staff: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        tx.execute(
            "UPDATE site SET signing_key = ?1, verify_key = ?2, joined_at = ?3 WHERE is_local = 1",
            params![&key[..], &verify[..], ts(now)],
        )?;
        tx.execute_batch(
            "INSERT INTO change_log (t, id) VALUES ('site', '');
             INSERT INTO change_log (t, id) SELECT 'entry', id FROM entry;
             INSERT INTO change_log (t, id) SELECT 'event', id FROM event;
             INSERT INTO change_log (t, id) SELECT 'stock', id FROM inventory;
             INSERT INTO change_log (t, id)
             SELECT 'day', day || '|' || category || '|' || kind FROM stat_day;",
        )?;
        audit_in(&tx, Some(staff), "network_create", None, None, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Adds (or adds again, after a removal) another site of the network, by its verifying
    /// key. A tag already known under another key is refused: sites are told apart by tag.
    pub fn join_site(
        &mut self,
        site: &SiteRecord,
        tag: &str,
        verify: &[u8; 32],
        staff: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        let known: Option<(Option<Vec<u8>>, bool)> = tx
            .query_row(
                "SELECT verify_key, is_local FROM site WHERE tag = ?1",
                params![tag],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match known {
            Some((_, true)) => return Err(StoreError::Network("that is this site".into())),
            Some((Some(k), false)) if k != verify[..] => {
                return Err(StoreError::Network(format!(
                    "a site tagged {tag} is already in the network with another key"
                )));
            }
            Some(_) => {
                tx.execute(
                    "UPDATE site SET name = ?2, place = ?3, hours = ?4, verify_key = ?5,
                                     joined_at = ?6, removed_at = NULL
                     WHERE tag = ?1",
                    params![tag, site.name, site.place, site.hours, &verify[..], ts(now)],
                )?;
            }
            None => {
                tx.execute(
                    "INSERT INTO site (id, tag, name, secret, is_local, created_at, verify_key,
                                       place, hours, joined_at)
                     VALUES (?1, ?1, ?2, x'', 0, ?3, ?4, ?5, ?6, ?3)",
                    params![tag, site.name, ts(now), &verify[..], site.place, site.hours],
                )?;
            }
        }
        tx.execute(
            "INSERT OR IGNORE INTO exchange_in (site) VALUES (?1)",
            params![tag],
        )?;
        audit_in(
            &tx,
            Some(staff),
            "network_join",
            Some(tag),
            Some(&site.name),
            now,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Stops applying `tag`'s files; what was applied stays, marked with its site.
    pub fn remove_site(&mut self, tag: &str, staff: &str, now: DateTime<Utc>) -> Result<bool> {
        let tx = self.write()?;
        let n = tx.execute(
            "UPDATE site SET removed_at = ?2 WHERE tag = ?1 AND is_local = 0 AND removed_at IS NULL",
            params![tag, ts(now)],
        )?;
        if n > 0 {
            audit_in(&tx, Some(staff), "network_remove", Some(tag), None, now)?;
        }
        tx.commit()?;
        Ok(n > 0)
    }

    /// Every site of the network, this one first, then by name.
    pub fn network_sites(&self) -> Result<Vec<NetSite>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.tag, s.name, s.place, s.hours, COALESCE(s.verify_key, x''), s.is_local,
                    s.joined_at, s.removed_at,
                    CASE WHEN s.is_local = 1 THEN (SELECT COALESCE(max(seq), 0) FROM exchange_out)
                         ELSE COALESCE(i.applied, 0) END,
                    CASE WHEN s.is_local = 1 THEN (SELECT max(written_at) FROM exchange_out)
                         ELSE i.file_at END,
                    COALESCE(i.waiting, 0)
             FROM site s LEFT JOIN exchange_in i ON i.site = s.tag
             WHERE s.is_local = 1 OR s.verify_key IS NOT NULL
             ORDER BY s.is_local DESC, s.name",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(NetSite {
                tag: r.get(0)?,
                name: r.get(1)?,
                place: r.get(2)?,
                hours: r.get(3)?,
                verify_key: r.get(4)?,
                is_local: r.get(5)?,
                joined_at: r.get(6)?,
                removed_at: r.get(7)?,
                applied: r.get::<_, i64>(8)?.max(0).unsigned_abs(),
                file_at: r.get(9)?,
                waiting: r.get::<_, i64>(10)?.max(0).unsigned_abs(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The desk's Network tab.
    pub fn network_view(&self) -> Result<crate::domain::network::NetworkView> {
        Ok(crate::domain::network::NetworkView {
            in_network: self.network_key()?.is_some(),
            sites: self.network_sites()?,
            problems: self.problems()?,
            conflicts: self.conflicts()?,
        })
    }

    /// Keeps this site's place and hours (from its config) for the records it writes.
    pub fn set_site_place(&self, place: &str, hours: &str) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE site SET place = ?1, hours = ?2 WHERE is_local = 1
               AND (place != ?1 OR hours != ?2)",
            params![place, hours],
        )?;
        if changed > 0 && network_tag(&self.conn)?.is_some() {
            self.conn
                .execute("INSERT INTO change_log (t, id) VALUES ('site', '')", [])?;
        }
        Ok(())
    }

    /// The next change file of this site: what changed since the last one (nothing: `None`).
    /// `qr` gives a ticket code's QR digest. The file is written by the caller, then
    /// [`Store::exported`] records it.
    pub fn outgoing(&self, qr: &dyn Fn(&str) -> String) -> Result<Option<Outgoing>> {
        let Some(tag) = network_tag(&self.conn)? else {
            return Ok(None);
        };
        // At most CHANGES_PER_FILE rows of the log a file: a site joining with years of
        // history writes many files, each read well inside the reader's limit and written in
        // a fraction of a second (the kiosk writes one a round).
        let through: i64 = self.conn.query_row(
            "SELECT COALESCE(
                 (SELECT n FROM change_log ORDER BY n LIMIT 1 OFFSET ?1),
                 (SELECT max(n) FROM change_log), 0)",
            params![CHANGES_PER_FILE - 1],
            |r| r.get(0),
        )?;
        if through == 0 {
            return Ok(None);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT t, id FROM change_log WHERE n <= ?1 ORDER BY t, id")?;
        let changed = stmt
            .query_map(params![through], |r| {
                Ok((r.get::<_, String>(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
        let mut records = vec![site_record(&self.conn)?];
        for (t, id) in &changed {
            if let Some(r) = local_record(&self.conn, &tag, t, id, qr)? {
                records.push(r);
            }
        }
        let seq = self.conn.query_row(
            "SELECT COALESCE(max(seq), 0) + 1 FROM exchange_out",
            [],
            |r| r.get::<_, i64>(0),
        )?;
        Ok(Some(Outgoing {
            seq: seq.unsigned_abs(),
            records,
            through,
        }))
    }

    /// Change file `out` was written whole (`bytes` long): the changes it covers are done.
    pub fn exported(&mut self, out: &Outgoing, bytes: u64, now: DateTime<Utc>) -> Result<()> {
        let tx = self.write()?;
        tx.execute(
            "INSERT OR IGNORE INTO exchange_out (seq, written_at, records, bytes)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                i64::try_from(out.seq).unwrap_or(i64::MAX),
                ts(now),
                i64::try_from(out.records.len()).unwrap_or(i64::MAX),
                i64::try_from(bytes).unwrap_or(i64::MAX)
            ],
        )?;
        tx.execute("DELETE FROM change_log WHERE n <= ?1", params![out.through])?;
        tx.commit()?;
        Ok(())
    }

    /// Change file `seq` was found written but not recorded (a crash between the two): it is
    /// kept as it is, and what it may not hold goes into the next one.
    pub fn adopt_outgoing(&mut self, seq: u64, now: DateTime<Utc>) -> Result<()> {
        // Numbers below it are taken too (a database restored from an older backup).
        self.conn.execute(
            "INSERT OR IGNORE INTO exchange_out (seq, written_at, records, bytes)
             VALUES (?1, ?2, 0, 0)",
            params![i64::try_from(seq).unwrap_or(i64::MAX), ts(now)],
        )?;
        Ok(())
    }

    /// Whether changes wait for a change file.
    pub fn has_changes(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM change_log)", [], |r| r.get(0))?)
    }

    /// The last file of `site` applied here, in order.
    pub fn applied(&self, site: &str) -> Result<u64> {
        let n: Option<i64> = self
            .conn
            .query_row(
                "SELECT applied FROM exchange_in WHERE site = ?1",
                params![site],
                |r| r.get(0),
            )
            .optional()?;
        Ok(n.unwrap_or(0).max(0).unsigned_abs())
    }

    /// Applies file `seq` of `site` (the next in its order), all of it or nothing; records of
    /// a type this version does not know are skipped. Answers how many records it applied.
    pub fn apply(
        &mut self,
        site: &str,
        seq: u64,
        written: DateTime<Utc>,
        records: Vec<serde_json::Value>,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        let tx = self.write()?;
        let local = network_tag(&tx)?.unwrap_or_default();
        let mut applied = 0;
        for value in records {
            if let Some(record) = Record::from_value(value) {
                apply_record(&tx, site, &local, &record)?;
                applied += 1;
            }
        }
        tx.execute(
            "INSERT INTO exchange_in (site, applied, file_at, applied_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (site) DO UPDATE SET applied = max(applied, excluded.applied),
                 file_at = excluded.file_at, applied_at = excluded.applied_at",
            params![
                site,
                i64::try_from(seq).unwrap_or(i64::MAX),
                ts(written),
                ts(now)
            ],
        )?;
        tx.execute(
            "DELETE FROM exchange_problem WHERE site = ?1 AND file = ?2",
            params![site, crate::exchange::file_name(seq)],
        )?;
        tx.commit()?;
        Ok(applied)
    }

    /// How many of `site`'s files wait behind a gap.
    pub fn note_waiting(&self, site: &str, waiting: u64) -> Result<()> {
        self.conn.execute(
            "UPDATE exchange_in SET waiting = ?2 WHERE site = ?1",
            params![site, i64::try_from(waiting).unwrap_or(i64::MAX)],
        )?;
        Ok(())
    }

    /// A file that was not applied, and why (kept until it is applied or gone).
    pub fn note_problem(
        &self,
        site: &str,
        file: &str,
        kind: &str,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let new = self.conn.execute(
            "INSERT INTO exchange_problem (site, file, kind, reason, at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (site, file) DO UPDATE SET kind = excluded.kind, reason = excluded.reason
             WHERE kind != excluded.kind OR reason != excluded.reason",
            params![site, file, kind, reason, ts(now)],
        )?;
        Ok(new > 0)
    }

    /// Problems that are no longer there (the file went, or was applied after all).
    pub fn forget_problems(&self, site: &str, keep: &[String]) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT file FROM exchange_problem WHERE site = ?1")?;
        let files = stmt
            .query_map(params![site], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for f in files.iter().filter(|f| !keep.contains(f)) {
            self.conn.execute(
                "DELETE FROM exchange_problem WHERE site = ?1 AND file = ?2",
                params![site, f],
            )?;
        }
        Ok(())
    }

    /// Every file not applied, newest first.
    pub fn problems(&self) -> Result<Vec<Problem>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT site, file, kind, reason, at FROM exchange_problem ORDER BY at DESC, site, file",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Problem {
                site: r.get(0)?,
                file: r.get(1)?,
                kind: r.get(2)?,
                reason: r.get(3)?,
                at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every record of every site as this site holds them, one canonical line each, sorted:
    /// two sites that applied the same files hold the same lines. `qr` as for [`Store::outgoing`].
    pub fn shared_state(&self, qr: &dyn Fn(&str) -> String) -> Result<Vec<String>> {
        let Some(tag) = network_tag(&self.conn)? else {
            return Ok(Vec::new());
        };
        let mut lines = Vec::new();
        let mut push = |owner: &str, r: &Record| {
            lines.push(format!("{owner} {}", r.to_value()));
        };
        push(&tag, &site_record(&self.conn)?);
        for (t, sql) in [
            ("entry", "SELECT id FROM entry"),
            ("event", "SELECT id FROM event"),
            ("stock", "SELECT id FROM inventory"),
            (
                "day",
                "SELECT day || '|' || category || '|' || kind FROM stat_day",
            ),
        ] {
            let mut stmt = self.conn.prepare(sql)?;
            let ids = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for id in ids {
                if let Some(r) = local_record(&self.conn, &tag, t, &id, qr)? {
                    push(&tag, &r);
                }
            }
        }
        // Hand-overs, sorted-out conflicts, proposals and answers: one table each for every
        // site's, this one's too.
        for t in super::network_records::NET_KINDS {
            for (owner, r) in super::network_records::net_rows(&self.conn, t, "true", &[])? {
                push(&owner, &r);
            }
        }
        for (owner, r) in super::network_records::remote_records(&self.conn)? {
            push(&owner, &r);
        }
        lines.sort();
        Ok(lines)
    }
}
