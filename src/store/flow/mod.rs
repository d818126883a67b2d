//! The steps of an entry's life at the desk, each in one write transaction and each checked
//! against the state machine of `domain::lifecycle`: matching, bringing in, handing over,
//! connecting, cancelling, closing, and undoing a mistake. Every step goes to the audit log.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, params};

use super::sql::{self, INVENTORY_COLUMNS};
use super::staff::audit_in;
use super::{Result, Store, parse_ts, ts};
use crate::domain::lifecycle::{self, Step};
use crate::domain::{Category, CloseReason, InventoryItem, Kind, Pickup, SlipCode, Status};

mod matching;
mod undo;

/// An entry as the steps need it.
struct Entry {
    id: String,
    kind: Kind,
    category: Category,
    status: Status,
}

/// A confirmed match.
struct Live {
    id: String,
    need: String,
    offer: Option<String>,
    stock: Option<String>,
    quantity: i64,
    /// What a goods offer brought in for the need was: (category, item, quantity).
    received: Option<(String, i64)>,
}

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

/// What a drop-off did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    /// Into stock anyone may be given.
    Stock(InventoryItem),
    /// Set aside for the need the offer was matched with (its code): it is ready now.
    SetAside { for_need: SlipCode },
    /// Refused, as a hand-over can be.
    Refused(Pickup),
}

fn entry_by_id(tx: &Transaction<'_>, id: &str) -> Result<Option<Entry>> {
    Ok(tx
        .query_row(
            "SELECT id, kind, category, status FROM entry WHERE id = ?1",
            params![id],
            |r| {
                Ok(Entry {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    category: r.get(2)?,
                    status: r.get(3)?,
                })
            },
        )
        .optional()?)
}

fn entry_by_code(tx: &Transaction<'_>, code: &SlipCode) -> Result<Option<Entry>> {
    let id: Option<String> = tx
        .query_row(
            "SELECT entry_id FROM slip WHERE code = ?1",
            params![code],
            |r| r.get(0),
        )
        .optional()?;
    match id {
        Some(id) => entry_by_id(tx, &id),
        None => Ok(None),
    }
}

fn live_match(tx: &Transaction<'_>, entry_id: &str) -> Result<Option<Live>> {
    live_where(tx, "(need_id = ?1 OR offer_id = ?1)", entry_id)
}

/// The newest confirmed match where `which` (with `?1` bound to `value`).
fn live_where(tx: &Transaction<'_>, which: &str, value: &str) -> Result<Option<Live>> {
    Ok(tx
        .query_row(
            &format!(
                "SELECT id, need_id, offer_id, inventory_id, quantity, received_item,
                        received_quantity
                 FROM match WHERE status = 'confirmed' AND {which}
                 ORDER BY confirmed_at DESC LIMIT 1"
            ),
            params![value],
            |r| {
                let item: Option<String> = r.get(5)?;
                let n: Option<i64> = r.get(6)?;
                Ok(Live {
                    id: r.get(0)?,
                    need: r.get(1)?,
                    offer: r.get(2)?,
                    stock: r.get(3)?,
                    quantity: r.get(4)?,
                    received: item.zip(n),
                })
            },
        )
        .optional()?)
}

fn set_status(
    tx: &Transaction<'_>,
    id: &str,
    status: Status,
    reason: Option<CloseReason>,
    now: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "UPDATE entry SET status = ?2, updated_at = ?3,
                          closed_reason = CASE WHEN ?2 = 'closed' THEN ?4 ELSE NULL END
         WHERE id = ?1",
        params![id, status, ts(now), reason],
    )?;
    Ok(())
}

/// Takes `entry` one `step` on its path, if it can go there.
fn step(
    tx: &Transaction<'_>,
    entry: &Entry,
    services: &[Category],
    step: Step,
    now: DateTime<Utc>,
) -> Result<Option<Status>> {
    let path = lifecycle::path(entry.category, services);
    let Some(next) = lifecycle::next(entry.kind, path, entry.status, step) else {
        return Ok(None);
    };
    if next != entry.status {
        set_status(tx, &entry.id, next, None, now)?;
    }
    Ok(Some(next))
}

/// Goods of one kind: what a shelf row holds.
struct Goods<'a> {
    category: Category,
    item: &'a str,
    quantity: i64,
}

/// Puts goods back into stock (a cancelled stock match, a received offer whose need went).
fn restock(
    tx: &Transaction<'_>,
    id_if_new: &str,
    goods: &Goods<'_>,
    entry: &str,
    staff: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    let Goods {
        category,
        item,
        quantity,
    } = *goods;
    tx.execute(
        "INSERT INTO inventory (id, category, item, quantity, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(category, item) DO UPDATE SET quantity = quantity + ?4, updated_at = ?5",
        params![id_if_new, category, item, quantity, ts(now)],
    )?;
    tx.execute(
        "INSERT INTO inventory_log (at, staff_id, inventory_id, delta, entry_id, reason)
         SELECT ?1, ?2, id, ?3, ?4, 'release' FROM inventory WHERE category = ?5 AND item = ?6",
        params![ts(now), staff, quantity, entry, category, item],
    )?;
    Ok(())
}

/// Cancels a confirmed match: both sides go back a step, stock set aside goes back on the
/// shelf, and goods brought in for the need become free stock.
fn unmatch(
    tx: &Transaction<'_>,
    live: &Live,
    services: &[Category],
    staff: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "UPDATE match SET status = 'cancelled' WHERE id = ?1",
        params![live.id],
    )?;
    for id in std::iter::once(&live.need).chain(live.offer.iter()) {
        if let Some(e) = entry_by_id(tx, id)? {
            step(tx, &e, services, Step::Unmatch, now)?;
        }
    }
    if let Some(stock) = &live.stock {
        tx.execute(
            "UPDATE inventory SET quantity = quantity + ?2, updated_at = ?3 WHERE id = ?1",
            params![stock, live.quantity, ts(now)],
        )?;
        tx.execute(
            "INSERT INTO inventory_log (at, staff_id, inventory_id, delta, entry_id, reason)
             VALUES (?1, ?2, ?3, ?4, ?5, 'release')",
            params![ts(now), staff, stock, live.quantity, live.need],
        )?;
    }
    if let (Some((item, n)), Some(offer)) = (&live.received, &live.offer)
        && let Some(o) = entry_by_id(tx, offer)?
    {
        let goods = Goods {
            category: o.category,
            item,
            quantity: *n,
        };
        restock(tx, &live.id, &goods, offer, staff, now)?;
    }
    Ok(())
}

/// Cancels the matches of the entries in `temp.expiring` as the desk would cancel them one by
/// one: stock set aside goes back, goods brought in become free stock, and the other side is
/// open again (the lifecycle then closes the expiring ones).
pub(in crate::store) fn release_expiring(
    tx: &Transaction<'_>,
    services: &[Category],
    now: DateTime<Utc>,
) -> Result<()> {
    const TOUCHED: &str = "(need_id IN (SELECT id FROM temp.expiring)
                            OR offer_id IN (SELECT id FROM temp.expiring))";
    let ids: Vec<String> = {
        let mut stmt = tx.prepare(&format!(
            "SELECT id FROM match WHERE status = 'confirmed' AND {TOUCHED}"
        ))?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    for id in ids {
        if let Some(live) = live_where(tx, "id = ?1", &id)? {
            unmatch(tx, &live, services, None, now)?;
        }
    }
    tx.execute(
        &format!("UPDATE match SET status = 'cancelled' WHERE status = 'proposed' AND {TOUCHED}"),
        [],
    )?;
    Ok(())
}

/// Who did a step, and when: the slip's `picked_up_*`.
fn done_by(tx: &Transaction<'_>, code: &SlipCode) -> Result<Option<(DateTime<Utc>, String)>> {
    let row: Option<(Option<String>, Option<String>)> = tx
        .query_row(
            "SELECT picked_up_at, picked_up_by FROM slip WHERE code = ?1",
            params![code],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match row {
        Some((Some(at), by)) => Ok(Some((parse_ts(&at)?, by.unwrap_or_default()))),
        _ => Ok(None),
    }
}

fn already(tx: &Transaction<'_>, code: &SlipCode) -> Result<Pickup> {
    Ok(match done_by(tx, code)? {
        Some((at, by_id)) => {
            let by: String = tx
                .query_row(
                    "SELECT name FROM staff WHERE id = ?1",
                    params![by_id],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or_default();
            Pickup::Already { at, by }
        }
        None => Pickup::NotFound,
    })
}

impl Store {
    /// Hands a need over to the person holding its slip, once: of two consoles racing,
    /// exactly one wins. An offer brought in for it is done; one still coming is let go.
    pub fn pickup(
        &mut self,
        code: &SlipCode,
        staff_id: &str,
        services: &[Category],
        now: DateTime<Utc>,
    ) -> Result<Pickup> {
        let tx = self.write()?;
        let Some(need) = entry_by_code(&tx, code)? else {
            return Ok(Pickup::NotFound);
        };
        if need.status == Status::PickedUp {
            let answer = already(&tx, code)?;
            audit_in(
                &tx,
                Some(staff_id),
                "pickup_refused",
                Some(code.as_str()),
                None,
                now,
            )?;
            tx.commit()?;
            return Ok(answer);
        }
        let path = lifecycle::path(need.category, services);
        if need.kind != Kind::Need
            || lifecycle::next(need.kind, path, need.status, Step::HandOver).is_none()
        {
            return Ok(Pickup::NotNow(need.status));
        }
        let marked = tx.execute(
            "UPDATE slip SET picked_up_at = ?2, picked_up_by = ?3
             WHERE code = ?1 AND picked_up_at IS NULL",
            params![code, ts(now), staff_id],
        )?;
        if marked == 0 {
            return already(&tx, code);
        }
        if let Some(live) = live_match(&tx, &need.id)? {
            match (&live.offer, &live.received) {
                // Brought in for this need: that offer is done now.
                (Some(offer), Some(_)) => {
                    if let Some(o) = entry_by_id(&tx, offer)? {
                        step(&tx, &o, services, Step::NeedHandedOver, now)?;
                    }
                }
                // Handed over before the offer came: that offer is free for someone else.
                (Some(_), None) => unmatch(&tx, &live, services, Some(staff_id), now)?,
                // Stock was set aside at the match: it goes with the need.
                (None, _) => {}
            }
        }
        // Re-read: letting the offer go may have moved the need back to open.
        if let Some(need) = entry_by_id(&tx, &need.id)? {
            step(&tx, &need, services, Step::HandOver, now)?;
        }
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

    /// Records items brought in. With an offer's slip, the offer is received: set aside for
    /// the need it is matched with (never free stock), or into stock when it is matched with
    /// nobody. A service offer is never brought in.
    pub fn drop_off(
        &mut self,
        d: &DropOff<'_>,
        staff_id: &str,
        services: &[Category],
        now: DateTime<Utc>,
    ) -> Result<Received> {
        let tx = self.write()?;
        let offer = match d.offer {
            Some(code) => match entry_by_code(&tx, code)? {
                Some(e) => Some((code, e)),
                None => return Ok(Received::Refused(Pickup::NotFound)),
            },
            None => None,
        };
        let mut for_need = None;
        if let Some((code, e)) = &offer {
            let path = lifecycle::path(e.category, services);
            if e.status == Status::Received || e.status == Status::Done {
                return Ok(Received::Refused(already(&tx, code)?));
            }
            if e.kind != Kind::Offer
                || lifecycle::next(e.kind, path, e.status, Step::Receive).is_none()
            {
                return Ok(Received::Refused(Pickup::NotNow(e.status)));
            }
            let marked = tx.execute(
                "UPDATE slip SET picked_up_at = ?2, picked_up_by = ?3
                 WHERE code = ?1 AND picked_up_at IS NULL",
                params![code, ts(now), staff_id],
            )?;
            if marked == 0 {
                return Ok(Received::Refused(already(&tx, code)?));
            }
            step(&tx, e, services, Step::Receive, now)?;
            if let Some(live) = live_match(&tx, &e.id)? {
                tx.execute(
                    "UPDATE match SET received_item = ?2, received_quantity = ?3,
                                      received_at = ?4, received_by = ?5 WHERE id = ?1",
                    params![live.id, d.item, d.quantity, ts(now), staff_id],
                )?;
                if let Some(need) = entry_by_id(&tx, &live.need)? {
                    step(&tx, &need, services, Step::Receive, now)?;
                }
                for_need = tx
                    .query_row(
                        "SELECT code FROM slip WHERE entry_id = ?1",
                        params![live.need],
                        |r| r.get::<_, SlipCode>(0),
                    )
                    .optional()?;
            }
        }
        let answer = match for_need {
            Some(code) => Received::SetAside { for_need: code },
            None => {
                tx.execute(
                    "INSERT INTO inventory (id, category, item, quantity, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT(category, item) DO UPDATE
                     SET quantity = quantity + ?4, updated_at = ?5",
                    params![d.id, d.category, d.item, d.quantity, ts(now)],
                )?;
                let stored = tx.query_row(
                    &format!(
                        "SELECT {INVENTORY_COLUMNS} FROM inventory WHERE category = ?1 AND item = ?2"
                    ),
                    params![d.category, d.item],
                    sql::inventory,
                )?;
                tx.execute(
                    "INSERT INTO inventory_log (at, staff_id, inventory_id, delta, entry_id, reason)
                     VALUES (?1, ?2, ?3, ?4, ?5, 'dropoff')",
                    params![
                        ts(now),
                        staff_id,
                        stored.id,
                        d.quantity,
                        offer.as_ref().map(|(_, e)| e.id.clone())
                    ],
                )?;
                Received::Stock(stored)
            }
        };
        audit_in(
            &tx,
            Some(staff_id),
            "dropoff",
            d.offer.map(|c| c.as_str()),
            Some(&format!(
                "{} {} x{}",
                d.category.as_str(),
                d.item,
                d.quantity
            )),
            now,
        )?;
        tx.commit()?;
        Ok(answer)
    }

    /// A service that happened: both sides of its match are done.
    pub fn finish(
        &mut self,
        code: &SlipCode,
        staff_id: &str,
        services: &[Category],
        now: DateTime<Utc>,
    ) -> Result<Pickup> {
        let tx = self.write()?;
        let Some(e) = entry_by_code(&tx, code)? else {
            return Ok(Pickup::NotFound);
        };
        let ids: Vec<String> = match live_match(&tx, &e.id)? {
            Some(live) => std::iter::once(live.need).chain(live.offer).collect(),
            None => vec![e.id.clone()],
        };
        if step(&tx, &e, services, Step::Finish, now)?.is_none() {
            return Ok(Pickup::NotNow(e.status));
        }
        for id in ids.iter().filter(|id| **id != e.id) {
            if let Some(side) = entry_by_id(&tx, id)? {
                step(&tx, &side, services, Step::Finish, now)?;
            }
        }
        audit_in(
            &tx,
            Some(staff_id),
            "finish",
            Some(code.as_str()),
            None,
            now,
        )?;
        tx.commit()?;
        Ok(Pickup::Done)
    }

    /// Closes an entry before its end, with a reason: its match goes (the other side back to
    /// open, stock set aside back on the shelf).
    pub fn close(
        &mut self,
        code: &SlipCode,
        reason: CloseReason,
        staff_id: &str,
        services: &[Category],
        now: DateTime<Utc>,
    ) -> Result<Pickup> {
        let tx = self.write()?;
        let Some(e) = entry_by_code(&tx, code)? else {
            return Ok(Pickup::NotFound);
        };
        let path = lifecycle::path(e.category, services);
        if lifecycle::next(e.kind, path, e.status, Step::Close).is_none() {
            return Ok(Pickup::NotNow(e.status));
        }
        if let Some(live) = live_match(&tx, &e.id)? {
            unmatch(&tx, &live, services, Some(staff_id), now)?;
        }
        tx.execute(
            "UPDATE match SET status = 'cancelled'
             WHERE status = 'proposed' AND (need_id = ?1 OR offer_id = ?1)",
            params![e.id],
        )?;
        set_status(&tx, &e.id, Status::Closed, Some(reason), now)?;
        audit_in(
            &tx,
            Some(staff_id),
            "close",
            Some(code.as_str()),
            Some(reason.as_str()),
            now,
        )?;
        tx.commit()?;
        Ok(Pickup::Done)
    }
}
