//! Matches across the network (#14): a need here met by another site's open offer. The need's
//! site writes a proposal; the offer's site's desk confirms or declines it, its own record;
//! each site changes only its own entry (the need matched here, the offer matched there).

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::sql::{parse_time, ts};
use super::staff::audit_in;
use super::{Result, Store};
use crate::domain::network::NetOffer;
use crate::domain::{Candidate, Category, EntryView, MatchView, SlipCode};

/// Prefix of a proposal's id at the desk (`net:<site>:<id>`), beside the local matches'.
pub const NET: &str = "net:";

/// Another site's entry as the desk shows it: no contact (its site keeps that).
fn net_entry(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Option<EntryView>> {
    let code: String = r.get(at + 1)?;
    let (Some(code), Some(created), Some(updated)) = (
        SlipCode::parse_canonical(&code),
        parse_time(&r.get::<_, String>(at + 8)?),
        parse_time(&r.get::<_, String>(at + 9)?),
    ) else {
        return Ok(None);
    };
    Ok(Some(EntryView {
        id: r.get(at)?,
        code,
        kind: r.get(at + 2)?,
        category: r.get(at + 3)?,
        quantity: r.get::<_, i64>(at + 4)?.clamp(1, 99) as u8,
        urgency: r.get(at + 5)?,
        mode: r.get(at + 6)?,
        language: r.get(at + 7)?,
        status: r.get(at + 10)?,
        created_at: created,
        detail: String::new(),
        name: String::new(),
        phone: String::new(),
        picked_up: None,
        updated_at: updated,
        closed_reason: None,
        ticket: code,
        partner: None,
    }))
}

const NET_ENTRY: &str = "e.id, e.code, e.kind, e.category, e.quantity, e.urgency, e.mode,
    e.language, e.created_at, e.updated_at, e.status";

/// A proposal its offer's site did not decline (a declined one frees both sides again). Only
/// the offer's site answers: an answer written by any other site is kept, and means nothing.
pub(super) const LIVE: &str = "NOT EXISTS (SELECT 1 FROM net_answer a
    WHERE a.proposal_site = p.site AND a.proposal_id = p.id AND a.site = p.offer_site
      AND a.confirmed = 0)";

impl Store {
    /// Other sites' open offers in `categories`, oldest first, not already proposed.
    pub fn net_candidates(&self, categories: &[Category], limit: i64) -> Result<Vec<Candidate>> {
        let sql = format!(
            "SELECT {NET_ENTRY}, e.site, s.name FROM net_entry e
             JOIN site s ON s.tag = e.site AND s.removed_at IS NULL
             WHERE e.kind = 'offer' AND e.status = 'open' AND e.category = ?1 AND e.taken = 0
               AND NOT EXISTS (SELECT 1 FROM net_proposal p
                               WHERE p.offer_site = e.site AND p.offer_id = e.id AND {LIVE})
             ORDER BY e.created_at LIMIT ?2"
        );
        let mut out = Vec::new();
        for category in categories {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(params![category, limit], |r| {
                Ok(net_entry(r, 0)?.map(|entry| NetOffer {
                    site: r.get(11).unwrap_or_default(),
                    site_name: r.get(12).unwrap_or_default(),
                    entry,
                }))
            })?;
            for row in rows {
                if let Some(offer) = row? {
                    out.push(Candidate::Network(Box::new(offer)));
                }
            }
        }
        Ok(out)
    }

    /// Proposes another site's offer for need `need_id` here: false if the need is no longer
    /// open or the offer was proposed meanwhile.
    pub(super) fn propose_elsewhere(
        &mut self,
        id: &str,
        need_id: &str,
        offer: &NetOffer,
        quantity: i64,
        staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let tx = self.write()?;
        let local: String =
            tx.query_row("SELECT tag FROM site WHERE is_local = 1", [], |r| r.get(0))?;
        let free: bool = tx.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM entry WHERE id = ?1 AND status = 'open')
                    AND NOT EXISTS (SELECT 1 FROM net_proposal p
                                    WHERE p.offer_site = ?2 AND p.offer_id = ?3 AND {LIVE})
                    AND NOT EXISTS (SELECT 1 FROM net_proposal p
                                    WHERE p.need_site = ?4 AND p.need_id = ?1 AND {LIVE})
                    AND NOT EXISTS (SELECT 1 FROM match
                                    WHERE status = 'proposed' AND need_id = ?1)"
            ),
            params![need_id, offer.site, offer.entry.id, local],
            |r| r.get(0),
        )?;
        if !free {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO net_proposal (site, id, need_site, need_id, offer_site, offer_id,
                 quantity, at) VALUES (?1, ?2, ?1, ?3, ?4, ?5, ?6, ?7)",
            params![
                local,
                id,
                need_id,
                offer.site,
                offer.entry.id,
                quantity,
                ts(now)
            ],
        )?;
        audit_in(
            &tx,
            Some(staff_id),
            "network_propose",
            Some(id),
            Some(&offer.site),
            now,
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// Other sites' proposals for this site's offers, not yet answered, as the Matches tab
    /// lists them: the need, its site's name, and the offer here.
    pub fn net_proposals(&self) -> Result<Vec<MatchView>> {
        let sql = format!(
            "SELECT p.site, p.id, p.quantity, s.name, {NET_ENTRY}, p.offer_id
             FROM net_proposal p
             JOIN site s ON s.tag = p.site AND s.removed_at IS NULL
             JOIN net_entry e ON e.site = p.need_site AND e.id = p.need_id
             WHERE p.offer_site = (SELECT tag FROM site WHERE is_local = 1)
               AND NOT EXISTS (SELECT 1 FROM net_answer a
                               WHERE a.proposal_site = p.site AND a.proposal_id = p.id
                                 AND a.site = p.offer_site)
             ORDER BY p.at LIMIT 200"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    format!("{NET}{}:{}", r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                    net_entry(r, 4)?,
                    r.get::<_, String>(15)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::new();
        for (id, quantity, site, need, offer_id) in rows {
            let (Some(need), Some(offer)) = (need, self.entry_by_id(&offer_id)?) else {
                continue;
            };
            out.push(MatchView {
                id,
                need,
                offer: Some(offer),
                stock: None,
                quantity,
                confirmed: false,
                site: Some(site),
            });
        }
        Ok(out)
    }

    /// Answers another site's proposal `net:<site>:<id>` for an offer here: confirmed (the
    /// offer is matched here) or declined (it is free again). False if it was answered, or the
    /// offer is no longer open.
    pub(super) fn answer_proposal(
        &mut self,
        match_id: &str,
        confirmed: bool,
        staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let Some((site, id)) = match_id
            .strip_prefix(NET)
            .and_then(|rest| rest.split_once(':'))
        else {
            return Ok(false);
        };
        let tx = self.write()?;
        let offer: Option<String> = tx
            .query_row(
                "SELECT p.offer_id FROM net_proposal p
                 WHERE p.site = ?1 AND p.id = ?2
                   AND p.offer_site = (SELECT tag FROM site WHERE is_local = 1)
                   AND NOT EXISTS (SELECT 1 FROM net_answer a
                                   WHERE a.proposal_site = p.site AND a.proposal_id = p.id
                                     AND a.site = p.offer_site)",
                params![site, id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(offer) = offer else {
            return Ok(false);
        };
        if confirmed {
            let n = tx.execute(
                "UPDATE entry SET status = 'matched', updated_at = ?2
                 WHERE id = ?1 AND status = 'open'",
                params![offer, ts(now)],
            )?;
            if n == 0 {
                return Ok(false);
            }
        }
        tx.execute(
            "INSERT INTO net_answer (site, proposal_site, proposal_id, confirmed, at)
             SELECT tag, ?1, ?2, ?3, ?4 FROM site WHERE is_local = 1",
            params![site, id, confirmed, ts(now)],
        )?;
        let action = if confirmed {
            "network_confirm"
        } else {
            "network_decline"
        };
        audit_in(&tx, Some(staff_id), action, Some(id), Some(site), now)?;
        tx.commit()?;
        Ok(true)
    }

    /// A local entry by id.
    fn entry_by_id(&self, id: &str) -> Result<Option<EntryView>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {} FROM {} WHERE e.id = ?1",
                super::sql::ENTRY_COLUMNS,
                super::sql::ENTRY_FROM
            ))?
            .query_row(params![id], super::sql::entry)
            .optional()?)
    }
}
