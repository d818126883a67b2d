//! The staff desk's data: entries as staff see them, pickups (once), drop-offs, inventory,
//! matches and the queue.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::sql::{self, ENTRY_COLUMNS, ENTRY_FROM, INVENTORY_COLUMNS};
use super::staff::audit_in;
use super::{Result, Store, StoreError, ts};
use crate::domain::{
    Candidate, Category, EntryView, InventoryItem, Kind, MatchView, Partner, QueueFilter,
    QueueView, SlipCode, Status,
};

/// SQL rank of urgency: today first.
const URGENCY_RANK: &str = "(CASE urgency WHEN 'today' THEN 0 WHEN 'week' THEN 1 ELSE 2 END)";

/// A match with what it joins: id, proposed, need, offer, stock item and category, received.
type MatchDetail = (
    String,
    bool,
    String,
    Option<String>,
    Option<String>,
    Option<Category>,
    Option<(String, i64)>,
);

/// A match row: id, need, offer, stock, quantity.
type MatchRow = (String, String, Option<String>, Option<String>, i64);

impl Store {
    pub(super) fn entries(
        &self,
        where_sql: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<EntryView>> {
        let sql = format!("SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM} {where_sql}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt
            .query_map(params, sql::entry)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// An entry by its slip code, with contact details (staff only).
    pub fn entry_by_code(&self, code: &SlipCode) -> Result<Option<EntryView>> {
        let Some(mut entry) = self
            .entries("WHERE s.code = ?1", &[&code.as_str()])?
            .into_iter()
            .next()
        else {
            return Ok(None);
        };
        entry.partner = self.partner(&entry.id, entry.kind)?;
        Ok(Some(entry))
    }

    /// The code printed on the ticket `code` is on (itself, unless it is a later thing of a
    /// visit); `None` for no such slip.
    pub fn printed_code(&self, code: &SlipCode) -> Result<Option<SlipCode>> {
        Ok(self
            .conn
            .query_row(
                "SELECT COALESCE(visit_code, code) FROM slip WHERE code = ?1",
                [code.as_str()],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Everything on the ticket `code` is on, as staff see it, in the order the visitor asked
    /// (one entry for a one-thing visit).
    pub fn ticket_entries(&self, code: &SlipCode) -> Result<Vec<EntryView>> {
        let mut list = self.entries(sql::ON_TICKET, &[&code.as_str()])?;
        for entry in &mut list {
            entry.partner = self.partner(&entry.id, entry.kind)?;
        }
        Ok(list)
    }

    /// What `entry_id` is matched with: its confirmed match, else its open proposal.
    fn partner(&self, entry_id: &str, kind: Kind) -> Result<Option<Partner>> {
        let row: Option<MatchDetail> = self
            .conn
            .query_row(
                "SELECT m.id, m.status = 'proposed', m.need_id, m.offer_id, i.item, i.category,
                        m.received_item, m.received_quantity
                 FROM match m LEFT JOIN inventory i ON i.id = m.inventory_id
                 WHERE m.status IN ('confirmed', 'proposed')
                   AND (m.need_id = ?1 OR m.offer_id = ?1)
                 ORDER BY m.status = 'proposed', m.proposed_at DESC LIMIT 1",
                params![entry_id],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get::<_, Option<String>>(6)?.zip(r.get(7)?),
                    ))
                },
            )
            .optional()?;
        let Some((match_id, proposed, need, offer, item, stock_category, received)) = row else {
            return Ok(None);
        };
        let other = match kind {
            Kind::Need => offer,
            Kind::Offer => Some(need),
        };
        let other = match other {
            Some(id) => self.entries("WHERE e.id = ?1", &[&id])?.into_iter().next(),
            None => None,
        };
        Ok(Some(Partner {
            match_id,
            proposed,
            code: other.as_ref().map(|o| o.code),
            kind: other.as_ref().map(|o| o.kind),
            category: other
                .as_ref()
                .map(|o| o.category)
                .or(stock_category)
                .unwrap_or(Category::Other),
            status: other.as_ref().map(|o| o.status),
            item,
            received,
        }))
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

    /// Open needs with no match, neither confirmed nor waiting to be, counted by category:
    /// the needs a volunteer can match now, as many as the category's list holds.
    pub fn unmatched_needs(&self) -> Result<Vec<(Category, i64)>> {
        // Open needs from the index, less the few with a proposal waiting (counted from the
        // proposals: a per-need lookup would read every open need).
        let mut stmt = self.conn.prepare_cached(
            "SELECT category, COUNT(*) FROM entry WHERE kind = 'need' AND status = 'open'
             GROUP BY category",
        )?;
        let mut counts: Vec<(Category, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.category, COUNT(*) FROM match m JOIN entry e ON e.id = m.need_id
             WHERE m.status = 'proposed' AND e.status = 'open' GROUP BY e.category",
        )?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, Category>(0)?, r.get::<_, i64>(1)?)))? {
            let (category, proposed) = row?;
            if let Some(c) = counts.iter_mut().find(|(c, _)| *c == category) {
                c.1 -= proposed;
            }
        }
        counts.retain(|(_, n)| *n > 0);
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(counts)
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
               AND NOT EXISTS (SELECT 1 FROM match m WHERE m.status = 'proposed'
                               AND (m.need_id = e.id OR m.offer_id = e.id))
               AND NOT EXISTS (SELECT 1 FROM net_proposal p
                               WHERE p.need_id = e.id
                                 AND p.need_site = (SELECT tag FROM site WHERE is_local = 1)
                                 AND NOT EXISTS (SELECT 1 FROM net_answer a
                                     WHERE a.proposal_site = p.site AND a.proposal_id = p.id
                                       AND a.confirmed = 0))
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
            .map(|e| Candidate::Offer(Box::new(e)))
            .collect();
        for item in self.inventory()? {
            if item.quantity > 0 && categories.contains(&item.category) {
                out.push(Candidate::Stock(item));
            }
        }
        // Then the network's other sites' open offers, marked with their site.
        out.extend(self.net_candidates(&categories, limit)?);
        Ok(out)
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
                site: None,
            });
        }
        // And other sites' proposals for offers here, to confirm or decline.
        out.extend(self.net_proposals()?);
        Ok(out)
    }

    /// The queue as `filter` shows it, at most `limit` rows: what needs doing most urgent and
    /// oldest first; what was finished or closed since `midnight` newest first.
    pub fn queue(
        &self,
        midnight: DateTime<Utc>,
        filter: QueueFilter,
        limit: i64,
    ) -> Result<Vec<EntryView>> {
        let statuses: Vec<&str> = filter.view.statuses().iter().map(|s| s.as_str()).collect();
        let list = format!("'{}'", statuses.join("', '"));
        let category = filter.category;
        if filter.view.today_only() {
            // The partial index entry_finished holds exactly these statuses.
            let finished = "('picked', 'received', 'done', 'closed')";
            return self.entries(
                &format!(
                    "WHERE e.status IN {finished} AND e.status IN ({list})
                       AND e.updated_at >= ?1 AND (?2 IS NULL OR e.category = ?2)
                     ORDER BY e.updated_at DESC LIMIT ?3"
                ),
                &[&ts(midnight), &category, &limit],
            );
        }
        // The partial index entry_todo holds every row to do, in this order.
        self.entries(
            &format!(
                "WHERE e.status IN ('open', 'matched', 'ready', 'connected')
                   AND e.status IN ({list}) AND (?1 IS NULL OR e.category = ?1)
                 ORDER BY {URGENCY_RANK}, e.created_at LIMIT ?2"
            ),
            &[&category, &limit],
        )
    }

    /// How many rows each view of the queue has (in `category`, if any).
    pub fn queue_counts(
        &self,
        midnight: DateTime<Utc>,
        category: Option<Category>,
    ) -> Result<Vec<(QueueView, i64)>> {
        let mut by_status: std::collections::BTreeMap<Status, i64> = Default::default();
        let mut stmt = self.conn.prepare_cached(
            // `kind IN` lets the entry_matching index (kind, status, category, …) answer
            // from the index alone, without a table read per row to do.
            "SELECT status, count(*) FROM entry
             WHERE kind IN ('need', 'offer')
               AND status IN ('open', 'matched', 'ready', 'connected')
               AND (?1 IS NULL OR category = ?1)
             GROUP BY status",
        )?;
        for row in stmt.query_map(params![category], |r| Ok((r.get(0)?, r.get(1)?)))? {
            let (s, n): (Status, i64) = row?;
            by_status.insert(s, n);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT status, count(*) FROM entry
             WHERE status IN ('picked', 'received', 'done', 'closed') AND updated_at >= ?1
               AND (?2 IS NULL OR category = ?2)
             GROUP BY status",
        )?;
        for row in stmt.query_map(params![ts(midnight), category], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })? {
            let (s, n): (Status, i64) = row?;
            by_status.insert(s, n);
        }
        Ok(QueueView::ALL
            .iter()
            .map(|v| {
                let n = v
                    .statuses()
                    .iter()
                    .map(|s| by_status.get(s).copied().unwrap_or(0))
                    .sum();
                (*v, n)
            })
            .collect())
    }

    /// Changes whenever another connection commits: the staff console polls it to refresh.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }
}
