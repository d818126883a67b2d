//! The staff desk's data: entries as staff see them, pickups (once), drop-offs, inventory,
//! matches and the queue.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::sql::{self, ENTRY_COLUMNS, ENTRY_FROM, INVENTORY_COLUMNS};
use super::staff::audit_in;
use super::{Result, Store, StoreError, parse_ts, ts};
use crate::domain::{
    Candidate, Category, EntryView, InventoryItem, Kind, MatchView, Pickup, QueueFilter, SlipCode,
};

/// SQL rank of urgency: today first.
const URGENCY_RANK: &str = "(CASE urgency WHEN 'today' THEN 0 WHEN 'week' THEN 1 ELSE 2 END)";

/// Items brought in.
#[derive(Debug, Clone, Copy)]
pub struct DropOff<'a> {
    /// Id for a new inventory row (unused when the item is already stocked).
    pub id: &'a str,
    pub category: Category,
    pub item: &'a str,
    pub quantity: i64,
    /// The offer slip this fulfils.
    pub offer: Option<&'a SlipCode>,
}

/// A match row: id, need, offer, stock, quantity.
type MatchRow = (String, String, Option<String>, Option<String>, i64);

impl Store {
    fn entries(&self, where_sql: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<EntryView>> {
        let sql = format!("SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM} {where_sql}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt
            .query_map(params, sql::entry)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// An entry by its slip code, with contact details (staff only).
    pub fn entry_by_code(&self, code: &SlipCode) -> Result<Option<EntryView>> {
        Ok(self
            .entries("WHERE s.code = ?1", &[&code.as_str()])?
            .into_iter()
            .next())
    }

    /// Marks a slip handed over, once: of two consoles racing, exactly one wins.
    pub fn pickup(
        &mut self,
        code: &SlipCode,
        staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<Pickup> {
        let tx = self.write()?;
        let changed = tx.execute(
            "UPDATE slip SET picked_up_at = ?2, picked_up_by = ?3
             WHERE code = ?1 AND picked_up_at IS NULL",
            params![code.as_str(), ts(now), staff_id],
        )?;
        if changed == 0 {
            let row: Option<(Option<String>, String)> = tx
                .query_row(
                    "SELECT s.picked_up_at, COALESCE(p.name, '') FROM slip s
                     LEFT JOIN staff p ON p.id = s.picked_up_by WHERE s.code = ?1",
                    params![code.as_str()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            audit_in(
                &tx,
                Some(staff_id),
                "pickup_refused",
                Some(code.as_str()),
                None,
                now,
            )?;
            tx.commit()?;
            return match row {
                Some((Some(at), by)) => Ok(Pickup::Already {
                    at: parse_ts(&at)?,
                    by,
                }),
                _ => Ok(Pickup::NotFound),
            };
        }
        tx.execute(
            "UPDATE entry SET status = 'picked', updated_at = ?2
             WHERE id = (SELECT entry_id FROM slip WHERE code = ?1)",
            params![code.as_str(), ts(now)],
        )?;
        audit_in(
            &tx,
            Some(staff_id),
            "pickup",
            Some(code.as_str()),
            None,
            now,
        )?;
        tx.commit()?;
        Ok(Pickup::Done)
    }

    /// Records items brought in; with an offer's slip, that offer is handed over too.
    pub fn drop_off(
        &mut self,
        d: &DropOff<'_>,
        staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<InventoryItem> {
        let DropOff {
            id: new_id,
            category,
            item,
            quantity,
            offer: entry,
        } = *d;
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO inventory (id, category, item, quantity, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(category, item) DO UPDATE SET quantity = quantity + ?4, updated_at = ?5",
            params![new_id, category.as_str(), item, quantity, ts(now)],
        )?;
        let stored = tx.query_row(
            &format!("SELECT {INVENTORY_COLUMNS} FROM inventory WHERE category = ?1 AND item = ?2"),
            params![category, item],
            sql::inventory,
        )?;
        let entry_id: Option<String> = match entry {
            Some(code) => tx
                .query_row(
                    "SELECT entry_id FROM slip WHERE code = ?1",
                    params![code.as_str()],
                    |r| r.get(0),
                )
                .optional()?,
            None => None,
        };
        tx.execute(
            "INSERT INTO inventory_log (at, staff_id, inventory_id, delta, entry_id, reason)
             VALUES (?1, ?2, ?3, ?4, ?5, 'dropoff')",
            params![ts(now), staff_id, stored.id, quantity, entry_id],
        )?;
        if let Some(code) = entry {
            // An offer is brought in once: a second drop-off of the same slip changes nothing.
            let first = tx.execute(
                "UPDATE slip SET picked_up_at = ?2, picked_up_by = ?3 WHERE code = ?1 AND picked_up_at IS NULL",
                params![code.as_str(), ts(now), staff_id],
            )?;
            if first == 0 {
                return Err(StoreError::AlreadyHandedOver(code.display()));
            }

            tx.execute(
                "UPDATE entry SET status = 'picked', updated_at = ?2 WHERE id = ?1",
                params![entry_id, ts(now)],
            )?;
        }
        audit_in(
            &tx,
            Some(staff_id),
            "dropoff",
            entry.map(|c| c.as_str()),
            Some(&format!("{} {item} x{quantity}", category.as_str())),
            now,
        )?;
        tx.commit()?;
        Ok(stored)
    }

    /// Takes items out of stock; refuses to go below zero.
    pub fn hand_out(
        &mut self,
        inventory_id: &str,
        quantity: i64,
        staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<InventoryItem>> {
        let tx = self.write()?;
        let n = tx.execute(
            "UPDATE inventory SET quantity = quantity - ?2, updated_at = ?3 WHERE id = ?1 AND quantity >= ?2",
            params![inventory_id, quantity, ts(now)],
        )?;
        if n == 0 {
            return Ok(None);
        }
        tx.execute(
            "INSERT INTO inventory_log (at, staff_id, inventory_id, delta, reason) VALUES (?1, ?2, ?3, ?4, 'handout')",
            params![ts(now), staff_id, inventory_id, -quantity],
        )?;
        let item = tx.query_row(
            &format!("SELECT {INVENTORY_COLUMNS} FROM inventory WHERE id = ?1"),
            params![inventory_id],
            sql::inventory,
        )?;
        audit_in(
            &tx,
            Some(staff_id),
            "handout",
            Some(inventory_id),
            Some(&quantity.to_string()),
            now,
        )?;
        tx.commit()?;
        Ok(Some(item))
    }

    /// The inventory, by category then item.
    pub fn inventory(&self) -> Result<Vec<InventoryItem>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {INVENTORY_COLUMNS} FROM inventory ORDER BY category, item COLLATE NOCASE"
        ))?;
        Ok(stmt
            .query_map([], sql::inventory)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Needs waiting to be picked up here, ready ones (matched) first, each group by code so a
    /// volunteer finds a slip's line at a glance: the paper roster. At most `limit`, and how
    /// many there are in all.
    pub fn pending_pickups(&self, limit: i64) -> Result<(Vec<EntryView>, i64)> {
        const WHERE: &str =
            "e.kind = 'need' AND e.mode = 'pickup' AND e.status IN ('matched', 'open')";
        let total = self.conn.query_row(
            &format!("SELECT count(*) FROM entry e WHERE {WHERE}"),
            [],
            |r| r.get(0),
        )?;
        let list = self.entries(
            &format!("WHERE {WHERE} ORDER BY e.status = 'open', s.code LIMIT ?1"),
            &[&limit],
        )?;
        Ok((list, total))
    }

    /// Open needs with no confirmed match, counted by category.
    pub fn unmatched_needs(&self) -> Result<Vec<(Category, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT category, COUNT(*) FROM entry WHERE kind = 'need' AND status = 'open'
             GROUP BY category ORDER BY COUNT(*) DESC, category",
        )?;
        Ok(stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Open entries of `kind` in `categories`, most urgent and oldest first. One indexed query
    /// per category, merged here: an `IN (…)` list would make SQLite sort every open row.
    pub fn open_entries(
        &self,
        kind: Kind,
        categories: &[Category],
        limit: i64,
    ) -> Result<Vec<EntryView>> {
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM}
             WHERE e.kind = ?1 AND e.status = 'open' AND e.category = ?2
             ORDER BY {URGENCY_RANK}, e.created_at LIMIT ?3"
        );
        let mut out = Vec::new();
        for category in categories {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            for row in stmt.query_map(params![kind, category, limit], sql::entry)? {
                out.push(row?);
            }
        }
        out.sort_by_key(|e| (e.urgency, e.created_at));
        out.truncate(usize::try_from(limit).unwrap_or(0));
        Ok(out)
    }

    /// What could meet `need`: open offers in its category and the `neighbours`, then stock.
    pub fn candidates(
        &self,
        need: &EntryView,
        neighbours: &[Category],
        limit: i64,
    ) -> Result<Vec<Candidate>> {
        let mut categories = vec![need.category];
        categories.extend(neighbours.iter().filter(|c| **c != need.category));
        let mut out: Vec<Candidate> = self
            .open_entries(Kind::Offer, &categories, limit)?
            .into_iter()
            .map(Candidate::Offer)
            .collect();
        for item in self.inventory()? {
            if item.quantity > 0 && categories.contains(&item.category) {
                out.push(Candidate::Stock(item));
            }
        }
        Ok(out)
    }

    /// Proposes a match of a need with an offer or with stock.
    pub fn propose_match(
        &mut self,
        id: &str,
        need_id: &str,
        with: &Candidate,
        quantity: i64,
        staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (offer, stock) = match with {
            Candidate::Offer(e) => (Some(e.id.as_str()), None),
            Candidate::Stock(i) => (None, Some(i.id.as_str())),
        };
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO match (id, need_id, offer_id, inventory_id, quantity, status, proposed_by, proposed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'proposed', ?6, ?7)",
            params![id, need_id, offer, stock, quantity.max(1), staff_id, ts(now)],
        )?;
        audit_in(&tx, Some(staff_id), "match_propose", Some(id), None, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Confirms a proposed match: both entries become "matched" (ready for pickup), stock is
    /// set aside. False if the match is gone or either side is no longer open.
    pub fn confirm_match(&mut self, id: &str, staff_id: &str, now: DateTime<Utc>) -> Result<bool> {
        let tx = self.write()?;
        let row: Option<(String, Option<String>, Option<String>, i64)> = tx
            .query_row(
                "SELECT need_id, offer_id, inventory_id, quantity FROM match WHERE id = ?1 AND status = 'proposed'",
                params![id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((need, offer, stock, quantity)) = row else {
            return Ok(false);
        };
        let mut ids = vec![need];
        ids.extend(offer);
        for entry in &ids {
            let n = tx.execute(
                "UPDATE entry SET status = 'matched', updated_at = ?2 WHERE id = ?1 AND status = 'open'",
                params![entry, ts(now)],
            )?;
            if n == 0 {
                return Ok(false);
            }
        }
        if let Some(stock) = stock {
            let n = tx.execute(
                "UPDATE inventory SET quantity = quantity - ?2, updated_at = ?3 WHERE id = ?1 AND quantity >= ?2",
                params![stock, quantity, ts(now)],
            )?;
            if n == 0 {
                return Ok(false);
            }
            tx.execute(
                "INSERT INTO inventory_log (at, staff_id, inventory_id, delta, entry_id, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'match')",
                params![ts(now), staff_id, stock, -quantity, ids[0]],
            )?;
        }
        tx.execute(
            "UPDATE match SET status = 'confirmed', confirmed_by = ?2, confirmed_at = ?3 WHERE id = ?1",
            params![id, staff_id, ts(now)],
        )?;
        audit_in(&tx, Some(staff_id), "match_confirm", Some(id), None, now)?;
        tx.commit()?;
        Ok(true)
    }

    /// Cancels a proposed match.
    pub fn cancel_match(&mut self, id: &str, staff_id: &str, now: DateTime<Utc>) -> Result<bool> {
        let n = self.conn.execute(
            "UPDATE match SET status = 'cancelled' WHERE id = ?1 AND status = 'proposed'",
            params![id],
        )?;
        self.audit(Some(staff_id), "match_cancel", Some(id), None, now)?;
        Ok(n == 1)
    }

    /// Proposed matches, oldest first.
    pub fn proposed_matches(&self) -> Result<Vec<MatchView>> {
        let ids: Vec<MatchRow> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id, need_id, offer_id, inventory_id, quantity FROM match
                 WHERE status = 'proposed' ORDER BY proposed_at LIMIT 200",
            )?;
            stmt.query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?
        };
        let mut out = Vec::new();
        for (id, need, offer, stock, quantity) in ids {
            let by_id = |eid: &str| -> Result<EntryView> {
                self.entries("WHERE e.id = ?1", &[&eid])?
                    .into_iter()
                    .next()
                    .ok_or_else(|| StoreError::Corrupt(eid.to_owned()))
            };
            let stock = match stock {
                Some(sid) => Some(self.conn.query_row(
                    &format!("SELECT {INVENTORY_COLUMNS} FROM inventory WHERE id = ?1"),
                    params![sid],
                    sql::inventory,
                )?),
                None => None,
            };
            out.push(MatchView {
                id,
                need: by_id(&need)?,
                offer: offer.as_deref().map(by_id).transpose()?,
                stock,
                quantity,
                confirmed: false,
            });
        }
        Ok(out)
    }

    /// Entries made since `since` that are not closed, newest first, filtered.
    pub fn queue(
        &self,
        since: DateTime<Utc>,
        filter: QueueFilter,
        limit: i64,
    ) -> Result<Vec<EntryView>> {
        let (category, status) = (filter.category, filter.status);
        self.entries(
            "WHERE e.created_at >= ?1 AND e.status != 'closed'
               AND (?2 IS NULL OR e.category = ?2) AND (?3 IS NULL OR e.status = ?3)
             ORDER BY e.created_at DESC LIMIT ?4",
            &[&ts(since), &category, &status, &limit],
        )
    }

    /// Changes whenever another connection commits: the staff console polls it to refresh.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }
}
