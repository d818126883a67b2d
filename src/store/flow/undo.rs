//! Taking back a mistake, and correcting stock by count.

use chrono::{DateTime, Local, Utc};
use rusqlite::{OptionalExtension, params};

use super::{done_by, entry_by_code, entry_by_id, live_match, set_status};
use crate::domain::{InventoryItem, Kind, Pickup, SlipCode, Status};
use crate::store::sql::{self, INVENTORY_COLUMNS};
use crate::store::staff::audit_in;
use crate::store::{Result, Store, StoreError, ts};

impl Store {
    /// Takes back a hand-over, a drop-off or a putting in touch made by mistake: the same day,
    /// by whoever made it or a coordinator. The entry goes a step back; goods brought in into
    /// stock come out again (if they are still there), a need's offer is no longer done, and
    /// both people put in touch are matched again.
    pub fn undo(
        &mut self,
        code: &SlipCode,
        staff_id: &str,
        coordinator: bool,
        now: DateTime<Utc>,
    ) -> Result<Pickup> {
        let tx = self.write()?;
        let Some(e) = entry_by_code(&tx, code)? else {
            return Ok(Pickup::NotFound);
        };
        let Some((at, by)) = done_by(&tx, code)? else {
            return Ok(Pickup::NotNow(e.status));
        };
        if by != staff_id && !coordinator {
            return Ok(Pickup::NotYours);
        }
        let day = |t: DateTime<Utc>| t.with_timezone(&Local).date_naive();
        if day(at) != day(now) {
            return Ok(Pickup::TooLate);
        }
        let live = live_match(&tx, &e.id)?;
        match (e.kind, e.status) {
            (Kind::Need, Status::PickedUp) => {
                // Back to ready if something is still set aside for it, else open.
                let back = match &live {
                    Some(l) if l.stock.is_some() || l.received.is_some() => Status::Ready,
                    _ => Status::Open,
                };
                set_status(&tx, &e.id, back, None, now)?;
                if let Some(l) = &live
                    && let Some(offer) = &l.offer
                    && let Some(o) = entry_by_id(&tx, offer)?
                    && o.status == Status::Done
                {
                    set_status(&tx, offer, Status::Received, None, now)?;
                }
            }
            (Kind::Offer, Status::Received) => {
                match &live {
                    // Set aside for a need: the need waits for it again.
                    Some(l) if l.received.is_some() => {
                        tx.execute(
                            "UPDATE match SET received_item = NULL, received_quantity = NULL,
                                              received_at = NULL, received_by = NULL
                             WHERE id = ?1",
                            params![l.id],
                        )?;
                        set_status(&tx, &e.id, Status::Matched, None, now)?;
                        if let Some(need) = entry_by_id(&tx, &l.need)?
                            && need.status == Status::Ready
                        {
                            set_status(&tx, &l.need, Status::Matched, None, now)?;
                        }
                    }
                    // Into stock: it comes out again, if it is still on the shelf.
                    _ => {
                        let brought: Option<(String, i64)> = tx
                            .query_row(
                                "SELECT inventory_id, delta FROM inventory_log
                                 WHERE entry_id = ?1 AND reason = 'dropoff'
                                 ORDER BY id DESC LIMIT 1",
                                params![e.id],
                                |r| Ok((r.get(0)?, r.get(1)?)),
                            )
                            .optional()?;
                        if let Some((stock, n)) = brought {
                            let taken = tx.execute(
                                "UPDATE inventory SET quantity = quantity - ?2, updated_at = ?3
                                 WHERE id = ?1 AND quantity >= ?2",
                                params![stock, n, ts(now)],
                            )?;
                            if taken == 0 {
                                return Ok(Pickup::StockGone);
                            }
                            tx.execute(
                                "INSERT INTO inventory_log
                                     (at, staff_id, inventory_id, delta, entry_id, reason)
                                 VALUES (?1, ?2, ?3, ?4, ?5, 'undo')",
                                params![ts(now), staff_id, stock, -n, e.id],
                            )?;
                        }
                        let back = if live.is_some() {
                            Status::Matched
                        } else {
                            Status::Open
                        };
                        set_status(&tx, &e.id, back, None, now)?;
                    }
                }
            }
            (_, Status::Connected) => {
                let Some(l) = &live else {
                    return Ok(Pickup::NotNow(e.status));
                };
                for id in std::iter::once(&l.need).chain(l.offer.iter()) {
                    set_status(&tx, id, Status::Matched, None, now)?;
                    tx.execute(
                        "UPDATE slip SET picked_up_at = NULL, picked_up_by = NULL
                         WHERE entry_id = ?1",
                        params![id],
                    )?;
                }
            }
            (_, status) => return Ok(Pickup::NotNow(status)),
        }
        tx.execute(
            "UPDATE slip SET picked_up_at = NULL, picked_up_by = NULL WHERE code = ?1",
            params![code],
        )?;
        audit_in(&tx, Some(staff_id), "undo", Some(code.as_str()), None, now)?;
        tx.commit()?;
        Ok(Pickup::Done)
    }

    /// Sets a stock count to what a volunteer counted on the shelf (audited, with the change).
    pub fn set_stock(
        &mut self,
        inventory_id: &str,
        quantity: i64,
        staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<InventoryItem>> {
        if quantity < 0 {
            return Err(StoreError::Corrupt(format!("a count of {quantity}")));
        }
        let tx = self.write()?;
        let before: Option<i64> = tx
            .query_row(
                "SELECT quantity FROM inventory WHERE id = ?1",
                params![inventory_id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(before) = before else {
            return Ok(None);
        };
        tx.execute(
            "UPDATE inventory SET quantity = ?2, updated_at = ?3 WHERE id = ?1",
            params![inventory_id, quantity, ts(now)],
        )?;
        tx.execute(
            "INSERT INTO inventory_log (at, staff_id, inventory_id, delta, reason)
             VALUES (?1, ?2, ?3, ?4, 'count')",
            params![ts(now), staff_id, inventory_id, quantity - before],
        )?;
        audit_in(
            &tx,
            Some(staff_id),
            "stock_count",
            Some(inventory_id),
            Some(&format!("{before} -> {quantity}")),
            now,
        )?;
        let item = tx.query_row(
            &format!("SELECT {INVENTORY_COLUMNS} FROM inventory WHERE id = ?1"),
            params![inventory_id],
            sql::inventory,
        )?;
        tx.commit()?;
        Ok(Some(item))
    }
}
