//! What people see of the network: another site's ticket, the needs of every site, the
//! hand-over of another site's ticket here, and the conflicts that offline work made.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::sql::ts;
use super::staff::audit_in;
use super::{Result, Store, StoreError};
use crate::domain::network::{Conflict, NetItem, NetTicket};
use crate::domain::{Category, SlipCode};

/// The statuses a ticket is still to be handed over in.
const TO_HAND: &str = "('open', 'matched', 'ready')";

impl Store {
    /// Another site's ticket with printed code (or a thing's code) `code`, if one of the
    /// network's sites (not removed) issued it.
    pub fn net_ticket(&self, code: &SlipCode) -> Result<Option<NetTicket>> {
        self.net_ticket_of(None, code)
    }

    /// The same, of site `site` only (a scanned QR names its site: two sites' codes may meet).
    pub fn net_ticket_of(&self, site: Option<&str>, code: &SlipCode) -> Result<Option<NetTicket>> {
        let head: Option<(String, String)> = self
            .conn
            .prepare_cached(
                "SELECT e.site, COALESCE(e.visit_code, e.code) FROM net_entry e
                 JOIN site s ON s.tag = e.site AND s.removed_at IS NULL
                 WHERE e.code = ?1 AND (?2 IS NULL OR e.site = ?2) LIMIT 1",
            )?
            .query_row(params![code.as_str(), site], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((site, printed)) = head else {
            return Ok(None);
        };
        let printed = SlipCode::parse_canonical(&printed).ok_or(StoreError::Corrupt(printed))?;
        let (site_name, place, hours) = self.conn.query_row(
            "SELECT name, place, hours FROM site WHERE tag = ?1",
            params![site],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.kind, e.category, e.status, e.mode, e.quantity, e.language, e.qr,
                    e.handed_at IS NOT NULL
             FROM net_entry e WHERE e.code = ?2 AND e.site = ?1
             UNION ALL
             SELECT e.id, e.kind, e.category, e.status, e.mode, e.quantity, e.language, e.qr,
                    e.handed_at IS NOT NULL
             FROM net_entry e WHERE e.visit_code = ?2 AND e.site = ?1 AND e.code != ?2",
        )?;
        let mut qr = String::new();
        let mut items = Vec::new();
        let rows = stmt.query_map(params![site, printed.as_str()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, bool>(8)?,
            ))
        })?;
        for row in rows {
            let (id, kind, category, status, mode, quantity, language, q, handed_home) = row?;
            if qr.is_empty() {
                qr = q;
            }
            let mut handed_at = if handed_home {
                vec![site_name_of(&self.conn, &site)?]
            } else {
                Vec::new()
            };
            handed_at.extend(
                handovers_of(&self.conn, &site, &id)?
                    .into_iter()
                    .map(|h| h.0),
            );
            items.push(NetItem {
                entry_id: id,
                kind,
                category,
                status,
                mode,
                quantity,
                language,
                handed_at,
            });
        }
        Ok(Some(NetTicket {
            site,
            site_name,
            place,
            hours,
            code: printed,
            qr,
            items,
        }))
    }

    /// Hands over thing `entry_id` of another site's ticket here: this site's record, which
    /// that site applies to its own ticket when the file reaches it. A thing already handed
    /// over anywhere this site knows of is refused; one handed over at two sites while they
    /// were apart is kept twice and shown as a conflict.
    pub fn hand_over_elsewhere(
        &mut self,
        entry_site: &str,
        entry_id: &str,
        id: &str,
        staff: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        let local: String =
            tx.query_row("SELECT tag FROM site WHERE is_local = 1", [], |r| r.get(0))?;
        let (code, open): (String, bool) = tx
            .query_row(
                &format!(
                    "SELECT code, status IN {TO_HAND} AND handed_at IS NULL FROM net_entry
                     WHERE site = ?1 AND id = ?2 AND kind = 'need'"
                ),
                params![entry_site, entry_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| StoreError::Corrupt(entry_id.to_owned()))?;
        let before: bool = tx.query_row(
            "SELECT EXISTS(SELECT 1 FROM net_handover WHERE entry_site = ?1 AND entry_id = ?2)",
            params![entry_site, entry_id],
            |r| r.get(0),
        )?;
        if !open || before {
            return Err(StoreError::AlreadyHandedOver(code));
        }
        tx.execute(
            "INSERT INTO net_handover (site, id, entry_site, entry_id, at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![local, id, entry_site, entry_id, ts(now)],
        )?;
        audit_in(
            &tx,
            staff,
            "network_handover",
            Some(&code),
            Some(entry_site),
            now,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Tickets handed over at more than one site, not yet sorted out by any site's staff.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let local: String =
            self.conn
                .query_row("SELECT tag FROM site WHERE is_local = 1", [], |r| r.get(0))?;
        // Every hand-over of every ticket: the owner's own, and other sites' records.
        let mut stmt = self.conn.prepare(
            "SELECT h.entry_site, h.entry_id, COALESCE(ne.code, sl.code, ''),
                    COALESCE(ne.category, le.category, ''),
                    ne.handed_at, CASE WHEN sl.handed_elsewhere IS NULL THEN sl.picked_up_at END
             FROM (SELECT DISTINCT entry_site, entry_id FROM net_handover) h
             LEFT JOIN net_entry ne ON ne.site = h.entry_site AND ne.id = h.entry_id
             LEFT JOIN entry le ON h.entry_site = ?1 AND le.id = h.entry_id
             LEFT JOIN slip sl ON sl.entry_id = le.id
             WHERE NOT EXISTS (SELECT 1 FROM net_resolved r
                               WHERE r.entry_site = h.entry_site AND r.entry_id = h.entry_id)",
        )?;
        let rows = stmt
            .query_map(params![local], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::new();
        for (entry_site, entry_id, code, category, remote_home, local_home) in rows {
            let mut handovers = handovers_of(&self.conn, &entry_site, &entry_id)?;
            if let Some(at) = remote_home.or(local_home) {
                handovers.push((site_name_of(&self.conn, &entry_site)?, at));
            }
            if handovers.len() > 1 {
                handovers.sort_by(|a, b| a.1.cmp(&b.1));
                out.push(Conflict {
                    entry_site,
                    entry_id,
                    code,
                    category,
                    handovers,
                });
            }
        }
        out.sort_by(|a, b| a.handovers[0].1.cmp(&b.handovers[0].1));
        Ok(out)
    }

    /// Staff sorted conflict (`entry_site`, `entry_id`) out: every site stops showing it.
    pub fn resolve_conflict(
        &mut self,
        entry_site: &str,
        entry_id: &str,
        staff: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        tx.execute(
            "INSERT OR IGNORE INTO net_resolved (site, entry_site, entry_id, at)
             SELECT tag, ?1, ?2, ?3 FROM site WHERE is_local = 1",
            params![entry_site, entry_id, ts(now)],
        )?;
        audit_in(
            &tx,
            staff,
            "network_resolved",
            Some(entry_id),
            Some(entry_site),
            now,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Open needs per category at the other sites together (removed sites left out), for
    /// the board's network counts.
    pub fn net_open_needs(&self) -> Result<Vec<(Category, u32)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.category, sum(o.needs) FROM net_open o
             JOIN site s ON s.tag = o.site AND s.removed_at IS NULL
             WHERE o.needs > 0 GROUP BY o.category",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (c, n) = row?;
            if let Some(c) = Category::parse(&c) {
                out.push((c, n));
            }
        }
        Ok(out)
    }

    /// Entries made and needs met per site and category over `from..=to` (site-local days),
    /// for `report gaps --network`.
    pub fn net_days(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<crate::domain::network::NetDay>> {
        let (from, to) = (from.to_string(), to.to_string());
        let mut stmt = self.conn.prepare(
            "SELECT s.name, d.category, sum(d.created), sum(d.handed), sum(d.expired)
             FROM (SELECT (SELECT tag FROM site WHERE is_local = 1) AS site, day, category, kind,
                          created, handed, expired FROM stat_day
                   UNION ALL SELECT site, day, category, kind, created, handed, expired
                   FROM net_day) d
             JOIN site s ON s.tag = d.site AND (s.is_local = 1 OR s.removed_at IS NULL)
             WHERE d.kind = 'need' AND d.day BETWEEN ?1 AND ?2
             GROUP BY s.tag, d.category ORDER BY s.is_local DESC, s.name, d.category",
        )?;
        let rows = stmt.query_map(params![from, to], |r| {
            Ok(crate::domain::network::NetDay {
                site: r.get(0)?,
                category: r.get(1)?,
                made: r.get(2)?,
                met: r.get(3)?,
                expired: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A site's name by tag.
fn site_name_of(conn: &Connection, tag: &str) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT name FROM site WHERE tag = ?1")?
        .query_row(params![tag], |r| r.get(0))
        .optional()?
        .unwrap_or_else(|| tag.to_owned()))
}

/// Other sites' (and this site's) hand-overs of one ticket's thing: (site name, when).
fn handovers_of(
    conn: &Connection,
    entry_site: &str,
    entry_id: &str,
) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.name, h.at FROM net_handover h
         JOIN site s ON s.tag = h.site AND s.removed_at IS NULL
         WHERE h.entry_site = ?1 AND h.entry_id = ?2 ORDER BY h.at, h.site",
    )?;
    let rows = stmt.query_map(params![entry_site, entry_id], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
