//! Matching at the desk: proposing, confirming, cancelling, and putting people in touch.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::{entry_by_code, entry_by_id, live_match, step, unmatch};
use crate::domain::lifecycle::{self, Path, Step};
use crate::domain::{Candidate, Category, Connection, Pickup, SlipCode, Status};
use crate::store::sql;
use crate::store::staff::audit_in;
use crate::store::{Result, Store, ts};

impl Store {
    /// Proposes a match of a need with an offer or with stock: one open proposal per need and
    /// per offer, both sides still open. False (and nothing written) otherwise.
    pub fn propose_match(
        &mut self,
        id: &str,
        need_id: &str,
        with: &Candidate,
        quantity: i64,
        staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let (offer, stock) = match with {
            Candidate::Offer(e) => (Some(e.id.as_str()), None),
            Candidate::Stock(i) => (None, Some(i.id.as_str())),
            Candidate::Network(o) => {
                return self.propose_elsewhere(id, need_id, o, quantity, staff_id, now);
            }
        };
        let tx = self.write()?;
        let mut sides = vec![need_id];
        sides.extend(offer);
        for side in &sides {
            let open = entry_by_id(&tx, side)?.is_some_and(|e| e.status == Status::Open);
            // Proposed here, or to another site of the network and not declined there.
            let proposed: bool = tx.query_row(
                &format!(
                    "SELECT EXISTS(SELECT 1 FROM match WHERE status = 'proposed'
                                   AND (need_id = ?1 OR offer_id = ?1))
                     OR EXISTS(SELECT 1 FROM net_proposal p
                               WHERE p.need_id = ?1
                                 AND p.need_site = (SELECT tag FROM site WHERE is_local = 1)
                                 AND {})",
                    crate::store::network_match::LIVE
                ),
                params![side],
                |r| r.get(0),
            )?;
            if !open || proposed {
                return Ok(false);
            }
        }
        tx.execute(
            "INSERT INTO match (id, need_id, offer_id, inventory_id, quantity, status,
                                proposed_by, proposed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'proposed', ?6, ?7)",
            params![
                id,
                need_id,
                offer,
                stock,
                quantity.max(1),
                staff_id,
                ts(now)
            ],
        )?;
        audit_in(&tx, Some(staff_id), "match_propose", Some(id), None, now)?;
        tx.commit()?;
        Ok(true)
    }

    /// Confirms a proposed match: a goods need and offer become "matched" (the offer is asked
    /// to bring it in), a need matched with stock is "ready" (the stock is set aside), two
    /// sides of a service are "matched" (staff then put them in touch). False if the match is
    /// gone or either side is no longer open.
    pub fn confirm_match(
        &mut self,
        id: &str,
        staff_id: &str,
        services: &[Category],
        now: DateTime<Utc>,
    ) -> Result<bool> {
        if id.starts_with(super::super::network_match::NET) {
            return self.answer_proposal(id, true, staff_id, now);
        }
        let tx = self.write()?;
        let row: Option<(String, Option<String>, Option<String>, i64)> = tx
            .query_row(
                "SELECT need_id, offer_id, inventory_id, quantity FROM match
                 WHERE id = ?1 AND status = 'proposed'",
                params![id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((need, offer, stock, quantity)) = row else {
            return Ok(false);
        };
        let how = if stock.is_some() {
            Step::MatchStock
        } else {
            Step::Match
        };
        for (entry, how) in
            std::iter::once((&need, how)).chain(offer.iter().map(|o| (o, Step::Match)))
        {
            let Some(e) = entry_by_id(&tx, entry)? else {
                return Ok(false);
            };
            if e.status != Status::Open || step(&tx, &e, services, how, now)?.is_none() {
                return Ok(false);
            }
        }
        if let Some(stock) = stock {
            let n = tx.execute(
                "UPDATE inventory SET quantity = quantity - ?2, updated_at = ?3
                 WHERE id = ?1 AND quantity >= ?2",
                params![stock, quantity, ts(now)],
            )?;
            if n == 0 {
                return Ok(false);
            }
            tx.execute(
                "INSERT INTO inventory_log (at, staff_id, inventory_id, delta, entry_id, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'match')",
                params![ts(now), staff_id, stock, -quantity, need],
            )?;
        }
        tx.execute(
            "UPDATE match SET status = 'confirmed', confirmed_by = ?2, confirmed_at = ?3
             WHERE id = ?1",
            params![id, staff_id, ts(now)],
        )?;
        audit_in(&tx, Some(staff_id), "match_confirm", Some(id), None, now)?;
        tx.commit()?;
        Ok(true)
    }

    /// Cancels a match, proposed or confirmed (both sides back where they were before it).
    /// Not once its need was handed over or its two people put in touch: that is undone
    /// first, or the goods would be both handed over and back on the shelf.
    pub fn cancel_match(
        &mut self,
        id: &str,
        staff_id: &str,
        services: &[Category],
        now: DateTime<Utc>,
    ) -> Result<bool> {
        if id.starts_with(super::super::network_match::NET) {
            return self.answer_proposal(id, false, staff_id, now);
        }
        let tx = self.write()?;
        let proposed = tx.execute(
            "UPDATE match SET status = 'cancelled' WHERE id = ?1 AND status = 'proposed'",
            params![id],
        )?;
        let mut done = proposed == 1;
        if !done {
            let need: Option<String> = tx
                .query_row(
                    "SELECT need_id FROM match WHERE id = ?1 AND status = 'confirmed'",
                    params![id],
                    |r| r.get(0),
                )
                .optional()?;
            let waiting = match &need {
                Some(n) => entry_by_id(&tx, n)?
                    .is_some_and(|e| matches!(e.status, Status::Matched | Status::Ready)),
                None => false,
            };
            if let Some(need) = need.filter(|_| waiting)
                && let Some(live) = live_match(&tx, &need)?.filter(|l| l.id == id)
            {
                unmatch(&tx, &live, services, Some(staff_id), now)?;
                done = true;
            }
        }
        if done {
            audit_in(&tx, Some(staff_id), "match_cancel", Some(id), None, now)?;
            tx.commit()?;
        }
        Ok(done)
    }

    /// Puts the two people of a matched service in touch: both entries are "connected", and
    /// staff are given both contacts (audited, as showing a contact is).
    pub fn connect(
        &mut self,
        code: &SlipCode,
        staff_id: &str,
        services: &[Category],
        now: DateTime<Utc>,
    ) -> Result<std::result::Result<Connection, Pickup>> {
        let tx = self.write()?;
        let Some(e) = entry_by_code(&tx, code)? else {
            return Ok(Err(Pickup::NotFound));
        };
        let path = lifecycle::path(e.category, services);
        let live = live_match(&tx, &e.id)?;
        let Some(live) = live.filter(|l| l.offer.is_some()) else {
            return Ok(Err(Pickup::NotNow(e.status)));
        };
        if path != Path::Service || lifecycle::next(e.kind, path, e.status, Step::Connect).is_none()
        {
            return Ok(Err(Pickup::NotNow(e.status)));
        }
        for id in std::iter::once(&live.need).chain(live.offer.iter()) {
            if let Some(side) = entry_by_id(&tx, id)? {
                step(&tx, &side, services, Step::Connect, now)?;
            }
            // When and by whom, as for a hand-over: a second try says so, undo checks it.
            tx.execute(
                "UPDATE slip SET picked_up_at = ?2, picked_up_by = ?3 WHERE entry_id = ?1",
                params![id, ts(now), staff_id],
            )?;
        }
        let need = tx.query_row(
            &format!(
                "SELECT {} FROM {} WHERE e.id = ?1",
                sql::ENTRY_COLUMNS,
                sql::ENTRY_FROM
            ),
            params![live.need],
            sql::entry,
        )?;
        let offer = tx.query_row(
            &format!(
                "SELECT {} FROM {} WHERE e.id = ?1",
                sql::ENTRY_COLUMNS,
                sql::ENTRY_FROM
            ),
            params![live.offer],
            sql::entry,
        )?;
        let detail = format!("{} {}", need.code, offer.code);
        audit_in(
            &tx,
            Some(staff_id),
            "connect",
            Some(code.as_str()),
            Some(&detail),
            now,
        )?;
        tx.commit()?;
        Ok(Ok(Connection { need, offer }))
    }
}
