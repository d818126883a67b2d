//! How each record of format 1 maps to rows: this site's own rows as records (for its change
//! files and the digest), and another site's records kept under its tag.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::Result;
use crate::domain::{Category, Kind, Mode, SlipCode, Status, Urgency};
use crate::exchange::records::{
    AnswerRecord, DayRecord, EntryRecord, EventRecord, HandoverRecord, ProposalRecord, Record,
    ResolvedRecord, SiteRecord, StockRecord,
};

/// The local site's record.
pub(super) fn site_record(conn: &Connection) -> Result<Record> {
    Ok(conn.query_row(
        "SELECT name, place, hours FROM site WHERE is_local = 1",
        [],
        |r| {
            Ok(Record::Site(SiteRecord {
                name: r.get(0)?,
                place: r.get(1)?,
                hours: r.get(2)?,
            }))
        },
    )?)
}

/// The current state of local thing `id` of type `t`, as a record (gone: `None`).
pub(super) fn local_record(
    conn: &Connection,
    tag: &str,
    t: &str,
    id: &str,
    qr: &dyn Fn(&str) -> String,
) -> Result<Option<Record>> {
    let record = match t {
        "entry" => conn
            .prepare_cached(
                "SELECT e.id, e.kind, e.category, e.quantity, e.urgency, e.mode, e.status,
                        e.language, e.created_at, e.updated_at, s.code, s.visit_code,
                        CASE WHEN s.handed_elsewhere IS NULL THEN s.picked_up_at END
                 FROM entry e JOIN slip s ON s.entry_id = e.id WHERE e.id = ?1",
            )?
            .query_row(params![id], |r| {
                let code: String = r.get(10)?;
                let visit: Option<String> = r.get(11)?;
                Ok(Record::Entry(EntryRecord {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    category: r.get(2)?,
                    quantity: r.get(3)?,
                    urgency: r.get(4)?,
                    mode: r.get(5)?,
                    status: r.get(6)?,
                    language: r.get(7)?,
                    created: r.get(8)?,
                    updated: r.get(9)?,
                    qr: qr(visit.as_deref().unwrap_or(&code)),
                    code,
                    visit,
                    handed: r.get(12)?,
                }))
            })
            .optional()?,
        "handover" | "proposal" => net_rows(conn, t, "site = ?1 AND id = ?2", params![tag, id])?
            .pop()
            .map(|(_, r)| r),
        "answer" | "resolved" => {
            let Some((site, key)) = id.split_once(':') else {
                return Ok(None);
            };
            let filter = if t == "answer" {
                "site = ?1 AND proposal_site = ?2 AND proposal_id = ?3"
            } else {
                "site = ?1 AND entry_site = ?2 AND entry_id = ?3"
            };
            net_rows(conn, t, filter, params![tag, site, key])?
                .pop()
                .map(|(_, r)| r)
        }
        "event" => {
            let titles = conn
                .prepare_cached("SELECT language, title FROM event_title WHERE event_id = ?1")?
                .query_map(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            conn.prepare_cached(
                "SELECT id, starts_at, ends_at, place, removed_at FROM event WHERE id = ?1",
            )?
            .query_row(params![id], |r| {
                Ok(Record::Event(EventRecord {
                    id: r.get(0)?,
                    starts: r.get(1)?,
                    ends: r.get(2)?,
                    place: r.get(3)?,
                    removed: r.get(4)?,
                    titles,
                }))
            })
            .optional()?
        }
        "stock" => conn
            .prepare_cached(
                "SELECT category, item, quantity, updated_at FROM inventory WHERE id = ?1",
            )?
            .query_row(params![id], |r| {
                Ok(Record::Stock(StockRecord {
                    category: r.get(0)?,
                    item: r.get(1)?,
                    quantity: r.get(2)?,
                    updated: r.get(3)?,
                }))
            })
            .optional()?,
        "day" => {
            let mut parts = id.splitn(3, '|');
            let (Some(day), Some(category), Some(kind)) =
                (parts.next(), parts.next(), parts.next())
            else {
                return Ok(None);
            };
            conn.prepare_cached(
                "SELECT created, handed, expired FROM stat_day
                 WHERE day = ?1 AND category = ?2 AND kind = ?3",
            )?
            .query_row(params![day, category, kind], |r| {
                Ok(Record::Day(DayRecord {
                    day: day.to_owned(),
                    category: category.to_owned(),
                    kind: kind.to_owned(),
                    created: r.get(0)?,
                    handed: r.get(1)?,
                    expired: r.get(2)?,
                }))
            })
            .optional()?
        }
        _ => None,
    };
    Ok(record)
}

/// The kinds of record kept in `net_*` tables for every site, this one too: what a site did
/// to another's records (or, for a proposal, asks of them).
pub(super) const NET_KINDS: [&str; 4] = ["handover", "resolved", "proposal", "answer"];

/// Records of kind `t` (one of [`NET_KINDS`]) from its `net_*` table, with their owner, for the
/// rows `filter` selects: one reading for this site's own files and for the digest of others'.
pub(super) fn net_rows(
    conn: &Connection,
    t: &str,
    filter: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<Vec<(String, Record)>> {
    type Map = fn(&rusqlite::Row<'_>) -> rusqlite::Result<Record>;
    let (select, map): (&str, Map) = match t {
        "handover" => (
            "SELECT site, id, entry_site, entry_id, at FROM net_handover",
            |r| {
                Ok(Record::Handover(HandoverRecord {
                    id: r.get(1)?,
                    entry_site: r.get(2)?,
                    entry_id: r.get(3)?,
                    at: r.get(4)?,
                }))
            },
        ),
        "resolved" => (
            "SELECT site, entry_site, entry_id, at FROM net_resolved",
            |r| {
                Ok(Record::Resolved(ResolvedRecord {
                    entry_site: r.get(1)?,
                    entry_id: r.get(2)?,
                    at: r.get(3)?,
                }))
            },
        ),
        "proposal" => (
            "SELECT site, id, need_site, need_id, offer_site, offer_id, quantity, at
             FROM net_proposal",
            |r| {
                Ok(Record::Proposal(ProposalRecord {
                    id: r.get(1)?,
                    need_site: r.get(2)?,
                    need_id: r.get(3)?,
                    offer_site: r.get(4)?,
                    offer_id: r.get(5)?,
                    quantity: r.get(6)?,
                    at: r.get(7)?,
                }))
            },
        ),
        "answer" => (
            "SELECT site, proposal_site, proposal_id, confirmed, at FROM net_answer",
            |r| {
                Ok(Record::Answer(AnswerRecord {
                    proposal_site: r.get(1)?,
                    proposal_id: r.get(2)?,
                    confirmed: r.get(3)?,
                    at: r.get(4)?,
                }))
            },
        ),
        _ => return Ok(Vec::new()),
    };
    let mut stmt = conn.prepare_cached(&format!("{select} WHERE {filter}"))?;
    let rows = stmt.query_map(args, |r| Ok((r.get::<_, String>(0)?, map(r)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Applies one record of `owner` (another site): kept under its tag, replacing that owner's
/// earlier state of the same thing and nothing else. A hand-over of one of this site's own
/// tickets also closes it here, so it is not handed over twice.
pub(super) fn apply_record(
    tx: &Transaction<'_>,
    owner: &str,
    local: &str,
    record: &Record,
) -> Result<()> {
    match record {
        Record::Site(s) => {
            tx.prepare_cached(
                "UPDATE site SET name = ?2, place = ?3, hours = ?4 WHERE tag = ?1 AND is_local = 0",
            )?
            .execute(params![owner, s.name, s.place, s.hours])?;
        }
        Record::Entry(e) => {
            // A kind, category or status this version does not know: skipped, not stored.
            if Kind::parse(&e.kind).is_none()
                || Category::parse(&e.category).is_none()
                || Status::parse(&e.status).is_none()
                || Mode::parse(&e.mode).is_none()
                || Urgency::parse(&e.urgency).is_none()
                || SlipCode::parse_canonical(&e.code).is_none()
            {
                return Ok(());
            }
            tx.prepare_cached(
                "INSERT INTO net_entry (site, id, kind, category, quantity, urgency, mode,
                     status, language, created_at, updated_at, code, visit_code, qr, handed_at,
                     taken)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                     EXISTS (SELECT 1 FROM net_handover WHERE entry_site = ?1 AND entry_id = ?2))
                 ON CONFLICT (site, id) DO UPDATE SET kind = excluded.kind,
                     category = excluded.category, quantity = excluded.quantity,
                     urgency = excluded.urgency, mode = excluded.mode, status = excluded.status,
                     language = excluded.language, created_at = excluded.created_at,
                     updated_at = excluded.updated_at, code = excluded.code,
                     visit_code = excluded.visit_code, qr = excluded.qr,
                     handed_at = excluded.handed_at",
            )?
            .execute(params![
                owner, e.id, e.kind, e.category, e.quantity, e.urgency, e.mode, e.status,
                e.language, e.created, e.updated, e.code, e.visit, e.qr, e.handed
            ])?;
        }
        Record::Handover(h) => {
            tx.prepare_cached(
                "INSERT OR REPLACE INTO net_handover (site, id, entry_site, entry_id, at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![owner, h.id, h.entry_site, h.entry_id, h.at])?;
            // One of our needs, still to be handed over here: closed, so it is not handed over
            // twice (one closed or handed over here meanwhile is left as it is).
            if h.entry_site == local {
                let closed = tx
                    .prepare_cached(
                        "UPDATE entry SET status = 'picked', updated_at = ?2
                         WHERE id = ?1 AND kind = 'need' AND status IN ('open', 'matched', 'ready')",
                    )?
                    .execute(params![h.entry_id, h.at])?;
                if closed > 0 {
                    tx.prepare_cached(
                        "UPDATE slip SET picked_up_at = ?2, handed_elsewhere = ?3
                         WHERE entry_id = ?1 AND picked_up_at IS NULL",
                    )?
                    .execute(params![h.entry_id, h.at, owner])?;
                }
            }
        }
        Record::Resolved(r) => {
            tx.prepare_cached(
                "INSERT OR REPLACE INTO net_resolved (site, entry_site, entry_id, at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![owner, r.entry_site, r.entry_id, r.at])?;
        }
        Record::Proposal(p) => {
            tx.prepare_cached(
                "INSERT OR REPLACE INTO net_proposal (site, id, need_site, need_id, offer_site,
                     offer_id, quantity, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                owner,
                p.id,
                p.need_site,
                p.need_id,
                p.offer_site,
                p.offer_id,
                p.quantity,
                p.at
            ])?;
        }
        Record::Answer(a) => {
            tx.prepare_cached(
                "INSERT OR REPLACE INTO net_answer (site, proposal_site, proposal_id, confirmed,
                     at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                owner,
                a.proposal_site,
                a.proposal_id,
                a.confirmed,
                a.at
            ])?;
            // Our need, confirmed by the offer's own site (no other site answers for it):
            // matched here too.
            if a.confirmed && a.proposal_site == local {
                tx.prepare_cached(
                    "UPDATE entry SET status = 'matched', updated_at = ?2
                     WHERE status = 'open' AND kind = 'need' AND id = (
                         SELECT need_id FROM net_proposal
                         WHERE site = ?3 AND id = ?1 AND offer_site = ?4)",
                )?
                .execute(params![a.proposal_id, a.at, local, owner])?;
            }
        }
        Record::Event(e) => {
            // Site-local "YYYY-MM-DDTHH:MM", as gatherings are kept: another shape is skipped.
            let time = |t: &str| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").is_ok();
            if !time(&e.starts) || !time(&e.ends) {
                return Ok(());
            }
            tx.prepare_cached(
                "INSERT OR REPLACE INTO net_event (site, id, starts_at, ends_at, place, removed_at,
                     titles) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                owner,
                e.id,
                e.starts,
                e.ends,
                e.place,
                e.removed,
                serde_json::to_string(&e.titles).unwrap_or_default()
            ])?;
        }
        Record::Stock(s) => {
            tx.prepare_cached(
                "INSERT OR REPLACE INTO net_stock (site, category, item, quantity, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![owner, s.category, s.item, s.quantity, s.updated])?;
        }
        Record::Day(d) => {
            tx.prepare_cached(
                "INSERT OR REPLACE INTO net_day (site, day, category, kind, created, handed,
                     expired) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                owner, d.day, d.category, d.kind, d.created, d.handed, d.expired
            ])?;
        }
    }
    Ok(())
}

/// The other sites' own things (site, entries, gatherings, stock, day counts), with their
/// owner, as applied here (for the digest; the [`NET_KINDS`] are read by [`net_rows`]).
pub(super) fn remote_records(conn: &Connection) -> Result<Vec<(String, Record)>> {
    let mut out = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT tag, name, place, hours FROM site WHERE is_local = 0 AND verify_key IS NOT NULL",
    )?;
    for row in stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            Record::Site(SiteRecord {
                name: r.get(1)?,
                place: r.get(2)?,
                hours: r.get(3)?,
            }),
        ))
    })? {
        out.push(row?);
    }
    let mut stmt = conn.prepare(
        "SELECT site, id, kind, category, quantity, urgency, mode, status, language, created_at,
                updated_at, code, visit_code, qr, handed_at FROM net_entry",
    )?;
    for row in stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            Record::Entry(EntryRecord {
                id: r.get(1)?,
                kind: r.get(2)?,
                category: r.get(3)?,
                quantity: r.get(4)?,
                urgency: r.get(5)?,
                mode: r.get(6)?,
                status: r.get(7)?,
                language: r.get(8)?,
                created: r.get(9)?,
                updated: r.get(10)?,
                code: r.get(11)?,
                visit: r.get(12)?,
                qr: r.get(13)?,
                handed: r.get(14)?,
            }),
        ))
    })? {
        out.push(row?);
    }
    let mut stmt = conn
        .prepare("SELECT site, id, starts_at, ends_at, place, removed_at, titles FROM net_event")?;
    for row in stmt.query_map([], |r| {
        let titles: String = r.get(6)?;
        Ok((
            r.get::<_, String>(0)?,
            Record::Event(EventRecord {
                id: r.get(1)?,
                starts: r.get(2)?,
                ends: r.get(3)?,
                place: r.get(4)?,
                removed: r.get(5)?,
                titles: serde_json::from_str(&titles).unwrap_or_default(),
            }),
        ))
    })? {
        out.push(row?);
    }
    let mut stmt =
        conn.prepare("SELECT site, category, item, quantity, updated_at FROM net_stock")?;
    for row in stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            Record::Stock(StockRecord {
                category: r.get(1)?,
                item: r.get(2)?,
                quantity: r.get(3)?,
                updated: r.get(4)?,
            }),
        ))
    })? {
        out.push(row?);
    }
    let mut stmt =
        conn.prepare("SELECT site, day, category, kind, created, handed, expired FROM net_day")?;
    for row in stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            Record::Day(DayRecord {
                day: r.get(1)?,
                category: r.get(2)?,
                kind: r.get(3)?,
                created: r.get(4)?,
                handed: r.get(5)?,
                expired: r.get(6)?,
            }),
        ))
    })? {
        out.push(row?);
    }
    Ok(out)
}
