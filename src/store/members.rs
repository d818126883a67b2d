//! Members and the time bank's ledger: cards issued and revoked, transfers of hours recorded
//! as two legs that sum to zero, corrections as reversing transfers, balances as sums of legs.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::staff::audit_in;
use super::{Result, Store, StoreError, code_taken, local_site_id, parse_ts, ts};
use crate::domain::member::{
    Account, CardCheck, Counterpart, LedgerError, MemberView, NewTransfer, Quarters, StatementLine,
};
use crate::domain::{Category, SlipCode, limits};

/// A member about to be made: nothing personal but an optional nickname.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMember {
    pub id: String,
    pub nickname: String,
    pub language: String,
    pub household: Option<u8>,
}

/// Members, the card that works now, and their hours: given is what their legs as the giver
/// sum to, corrections subtracted (a reversal's legs are the original's negated), received
/// likewise; given minus received is the sum of all their legs.
const MEMBER_SELECT: &str = "
    SELECT m.id, c.code, COALESCE(m.nickname, ''), m.language, m.household,
           COALESCE((SELECT sum(l.quarters) FROM leg l JOIN transfer t ON t.id = l.transfer_id
                     WHERE l.account = m.id AND (l.quarters > 0) = (t.reverses IS NULL)), 0),
           COALESCE((SELECT -sum(l.quarters) FROM leg l JOIN transfer t ON t.id = l.transfer_id
                     WHERE l.account = m.id AND (l.quarters > 0) != (t.reverses IS NULL)), 0),
           m.created_at, m.last_seen_at
    FROM member m LEFT JOIN member_card c ON c.member_id = m.id AND c.revoked_at IS NULL";

fn member_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(MemberView, String, String)> {
    Ok((
        MemberView {
            id: r.get(0)?,
            card: r.get(1)?,
            nickname: r.get(2)?,
            language: r.get(3)?,
            household: r.get(4)?,
            given: Quarters(r.get(5)?),
            received: Quarters(r.get(6)?),
            created_at: DateTime::<Utc>::MIN_UTC,
            last_seen_at: DateTime::<Utc>::MIN_UTC,
        },
        r.get(7)?,
        r.get(8)?,
    ))
}

fn with_times((mut m, created, seen): (MemberView, String, String)) -> Result<MemberView> {
    m.created_at = parse_ts(&created)?;
    m.last_seen_at = parse_ts(&seen)?;
    Ok(m)
}

/// A card code free among slips and cards, from `next_code`.
fn free_code(conn: &Connection, next_code: &mut dyn FnMut() -> SlipCode) -> Result<SlipCode> {
    for _ in 0..16 {
        let code = next_code();
        if !code_taken(conn, &code)? {
            return Ok(code);
        }
    }
    Err(StoreError::CodeSpace)
}

/// A transfer and its two legs: the giver `+quarters`, the receiver `-quarters`.
fn insert_transfer(conn: &Connection, site: &str, t: &NewTransfer) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO transfer (id, site_id, at, category, quarters, need_id, offer_id, staff_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        t.id,
        site,
        ts(t.at),
        t.category,
        t.quarters.0,
        t.need,
        t.offer,
        t.staff_id
    ])?;
    let mut leg = conn
        .prepare_cached("INSERT INTO leg (transfer_id, account, quarters) VALUES (?1, ?2, ?3)")?;
    leg.execute(params![t.id, t.provider.as_stored(), t.quarters.0])?;
    leg.execute(params![t.id, t.receiver.as_stored(), -t.quarters.0])?;
    Ok(())
}

/// Whether member `id` is here (not removed).
pub(super) fn member_exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS(SELECT 1 FROM member WHERE id = ?1)")?
        .query_row(params![id], |r| r.get(0))?)
}

/// Marks a member as seen (a visit, a scan, an exchange): retention counts from here.
pub(super) fn touch(conn: &Connection, member_id: &str, now: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached("UPDATE member SET last_seen_at = ?2 WHERE id = ?1")?
        .execute(params![member_id, ts(now)])?;
    Ok(())
}

impl Store {
    /// Makes a member with a first card and returns the card's code. `ticket`, when given, is
    /// the visit just saved: its entries are counted as this member's.
    pub fn new_member(
        &mut self,
        member: &NewMember,
        next_code: &mut dyn FnMut() -> SlipCode,
        ticket: Option<&SlipCode>,
        staff_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<SlipCode> {
        let tx = self.write()?;
        let site = local_site_id(&tx)?;
        let code = free_code(&tx, next_code)?;
        let nickname: String = member
            .nickname
            .trim()
            .chars()
            .filter(|c| crate::domain::is_text_char(*c))
            .take(limits::NAME)
            .collect();
        tx.execute(
            "INSERT INTO member (id, site_id, nickname, language, household, created_at,
                                 last_seen_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![
                member.id,
                site,
                (!nickname.is_empty()).then_some(nickname),
                member.language,
                member
                    .household
                    .filter(|h| (1..=limits::QUANTITY).contains(h)),
                ts(now)
            ],
        )?;
        tx.execute(
            "INSERT INTO member_card (code, member_id, issued_at) VALUES (?1, ?2, ?3)",
            params![code.as_str(), member.id, ts(now)],
        )?;
        if let Some(ticket) = ticket {
            tx.execute(
                &format!(
                    "UPDATE entry SET member_id = ?2 WHERE member_id IS NULL AND id IN (
                         SELECT entry_id FROM slip s {})",
                    super::sql::ON_TICKET
                ),
                params![ticket.as_str(), member.id],
            )?;
        }
        audit_in(&tx, staff_id, "member_card", Some(&member.id), None, now)?;
        tx.commit()?;
        Ok(code)
    }

    /// A card made at the kiosk that never printed: its member goes again (their visit is no
    /// longer theirs), unless hours were recorded for them meanwhile.
    pub fn forget_card(&mut self, code: &SlipCode) -> Result<bool> {
        let tx = self.write()?;
        let member: Option<String> = tx
            .query_row(
                "SELECT c.member_id FROM member_card c
                 WHERE c.code = ?1 AND NOT EXISTS (SELECT 1 FROM leg WHERE account = c.member_id)
                   AND (SELECT count(*) FROM member_card d WHERE d.member_id = c.member_id) = 1",
                params![code.as_str()],
                |r| r.get(0),
            )
            .optional()?;
        let Some(member) = member else {
            return Ok(false);
        };
        tx.execute(
            "UPDATE entry SET member_id = NULL WHERE member_id = ?1",
            params![member],
        )?;
        tx.execute(
            "DELETE FROM member_card WHERE member_id = ?1",
            params![member],
        )?;
        tx.execute("DELETE FROM member WHERE id = ?1", params![member])?;
        tx.commit()?;
        Ok(true)
    }

    /// A lost card: the member's card in use is revoked (refused from now on) and a new one
    /// issued, with the same hours.
    pub fn replace_card(
        &mut self,
        member_id: &str,
        next_code: &mut dyn FnMut() -> SlipCode,
        staff_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<SlipCode> {
        let tx = self.write()?;
        if !member_exists(&tx, member_id)? {
            return Err(LedgerError::NoMember.into());
        }
        tx.execute(
            "UPDATE member_card SET revoked_at = ?2 WHERE member_id = ?1 AND revoked_at IS NULL",
            params![member_id, ts(now)],
        )?;
        let code = free_code(&tx, next_code)?;
        tx.execute(
            "INSERT INTO member_card (code, member_id, issued_at) VALUES (?1, ?2, ?3)",
            params![code.as_str(), member_id, ts(now)],
        )?;
        touch(&tx, member_id, now)?;
        audit_in(
            &tx,
            staff_id,
            "member_card_replaced",
            Some(member_id),
            None,
            now,
        )?;
        tx.commit()?;
        Ok(code)
    }

    /// What a card code is: a member's card in use, a revoked one, or nothing.
    pub fn check_card(&self, code: &SlipCode) -> Result<CardCheck> {
        let row: Option<(String, Option<String>)> = self
            .conn
            .prepare_cached("SELECT member_id, revoked_at FROM member_card WHERE code = ?1")?
            .query_row(params![code.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(match row {
            None => CardCheck::NotFound,
            Some((_, Some(_))) => CardCheck::Revoked,
            Some((id, None)) => match self.member(&id)? {
                Some(m) => CardCheck::Valid(m),
                None => CardCheck::NotFound,
            },
        })
    }

    /// One member, with their hours.
    pub fn member(&self, id: &str) -> Result<Option<MemberView>> {
        self.conn
            .prepare_cached(&format!("{MEMBER_SELECT} WHERE m.id = ?1"))?
            .query_row(params![id], member_row)
            .optional()?
            .map(with_times)
            .transpose()
    }

    /// Members, the most recently seen first, at most `limit`.
    pub fn members(&self, limit: i64) -> Result<Vec<MemberView>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{MEMBER_SELECT} ORDER BY m.last_seen_at DESC, m.id LIMIT ?1"
        ))?;
        let rows = stmt.query_map(params![limit], member_row)?;
        rows.map(|r| with_times(r?)).collect()
    }

    /// Notes that a member was here (their card was scanned).
    pub fn member_seen(&mut self, id: &str, now: DateTime<Utc>) -> Result<()> {
        touch(&self.conn, id, now)
    }

    /// Records a transfer of hours: the provider's leg `+quarters`, the receiver's
    /// `-quarters`, in one transaction.
    pub fn record_transfer(&mut self, t: &NewTransfer) -> Result<()> {
        if !(1..=crate::domain::member::MAX_QUARTERS).contains(&t.quarters.0) {
            return Err(LedgerError::Hours.into());
        }
        if t.provider == t.receiver {
            return Err(LedgerError::SameAccount.into());
        }
        let tx = self.write()?;
        for account in [&t.provider, &t.receiver] {
            if let Account::Member(id) = account {
                if !member_exists(&tx, id)? {
                    return Err(LedgerError::NoMember.into());
                }
                touch(&tx, id, t.at)?;
            }
        }
        let site = local_site_id(&tx)?;
        insert_transfer(&tx, &site, t)?;
        let detail = format!("{} quarter hours", t.quarters.0);
        audit_in(
            &tx,
            t.staff_id.as_deref(),
            "transfer",
            Some(&t.id),
            Some(&detail),
            t.at,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Reverses transfer `id` with a new transfer `new_id` whose legs are its legs negated.
    /// A reversal cannot itself be reversed, and nothing is reversed twice.
    pub fn reverse_transfer(
        &mut self,
        id: &str,
        new_id: &str,
        staff_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        let row: Option<(Option<String>, String, i64, bool)> = tx
            .query_row(
                "SELECT reverses, category, quarters,
                        EXISTS(SELECT 1 FROM transfer r WHERE r.reverses = t.id)
                 FROM transfer t WHERE id = ?1",
                params![id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((reverses, category, quarters, reversed)) = row else {
            return Err(LedgerError::NoTransfer.into());
        };
        if reverses.is_some() {
            return Err(LedgerError::ReversalOfReversal.into());
        }
        if reversed {
            return Err(LedgerError::AlreadyReversed.into());
        }
        let site = local_site_id(&tx)?;
        tx.execute(
            "INSERT INTO transfer (id, site_id, at, category, quarters, staff_id, reverses)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![new_id, site, ts(now), category, quarters, staff_id, id],
        )?;
        tx.execute(
            "INSERT INTO leg (transfer_id, account, quarters)
             SELECT ?1, account, -quarters FROM leg WHERE transfer_id = ?2",
            params![new_id, id],
        )?;
        let members: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT account FROM leg WHERE transfer_id = ?1 AND account IS NOT NULL
                 AND account != 'site'",
            )?;
            stmt.query_map(params![id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        for m in members {
            touch(&tx, &m, now)?;
        }
        audit_in(&tx, staff_id, "transfer_reversed", Some(id), None, now)?;
        tx.commit()?;
        Ok(())
    }

    /// A member's transfers, newest first, at most `limit`.
    pub fn statement(&self, member_id: &str, limit: i64) -> Result<Vec<StatementLine>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.id, t.at, t.category, l.quarters, t.reverses IS NOT NULL,
                    EXISTS(SELECT 1 FROM transfer r WHERE r.reverses = t.id),
                    o.account,
                    (SELECT c.code FROM member_card c
                     WHERE c.member_id = o.account AND c.revoked_at IS NULL)
             FROM leg l JOIN transfer t ON t.id = l.transfer_id
             JOIN leg o ON o.transfer_id = l.transfer_id AND o.rowid != l.rowid
             WHERE l.account = ?1 ORDER BY t.at DESC, t.rowid DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![member_id, limit], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Category>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, bool>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, Option<SlipCode>>(7)?,
            ))
        })?;
        rows.map(|r| {
            let (transfer_id, at, category, q, reversal, reversed, other, card) = r?;
            let other = match other.as_deref() {
                Some("site") => Counterpart::Site,
                Some(_) => Counterpart::Member(card),
                None => Counterpart::Removed,
            };
            Ok(StatementLine {
                transfer_id,
                at: parse_ts(&at)?,
                category,
                quarters: Quarters(q),
                reversal,
                reversed,
                other,
            })
        })
        .collect()
    }

    /// The site's own account: what its legs sum to.
    pub fn site_hours(&self) -> Result<Quarters> {
        Ok(Quarters(self.conn.query_row(
            "SELECT COALESCE(sum(quarters), 0) FROM leg WHERE account = 'site'",
            [],
            |r| r.get(0),
        )?))
    }

    /// The ledger's own check: the sum of every leg, and the transfers whose legs do not sum
    /// to zero or are not two. A whole ledger gives `(0, 0)`.
    pub fn ledger_check(&self) -> Result<(i64, i64)> {
        let sum: i64 =
            self.conn
                .query_row("SELECT COALESCE(sum(quarters), 0) FROM leg", [], |r| {
                    r.get(0)
                })?;
        let broken: i64 = self.conn.query_row(
            "SELECT count(*) FROM (SELECT transfer_id FROM leg GROUP BY transfer_id
                                   HAVING sum(quarters) != 0 OR count(*) != 2)",
            [],
            |r| r.get(0),
        )?;
        Ok((sum, broken))
    }
}

/// A need the seed may give a member: its id, language, quantity and when it was made.
pub type SeedNeed = (String, String, u8, DateTime<Utc>);

/// A made-up member for `seed`: who, when their card was made and when last seen, and the
/// entries (needs and offers already saved) that were theirs.
#[derive(Debug, Clone)]
pub struct SeedMember {
    pub member: NewMember,
    pub card: SlipCode,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub entries: Vec<String>,
}

impl Store {
    /// Need entries (id, language, quantity, created) in the order they were made, for the
    /// seed to hand out to members.
    pub fn seed_needs(&self) -> Result<Vec<SeedNeed>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, language, quantity, created_at FROM entry
             WHERE kind = 'need' AND member_id IS NULL ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?))
        })?;
        rows.map(|r| {
            let (id, lang, q, at) = r?;
            Ok((id, lang, q, parse_ts(&at)?))
        })
        .collect()
    }

    /// Saves made-up members with their cards and links their entries, then records
    /// `transfers` through the ledger's own checks, all in one transaction per call.
    pub fn seed_members(
        &mut self,
        members: &[SeedMember],
        transfers: &[NewTransfer],
    ) -> Result<(u64, u64)> {
        let tx = self.write()?;
        let site = local_site_id(&tx)?;
        let mut made = 0;
        for m in members {
            if code_taken(&tx, &m.card)? {
                continue;
            }
            tx.execute(
                "INSERT INTO member (id, site_id, language, household, created_at, last_seen_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    m.member.id,
                    site,
                    m.member.language,
                    m.member.household,
                    ts(m.created_at),
                    ts(m.last_seen_at)
                ],
            )?;
            tx.execute(
                "INSERT INTO member_card (code, member_id, issued_at) VALUES (?1, ?2, ?3)",
                params![m.card.as_str(), m.member.id, ts(m.created_at)],
            )?;
            let mut link = tx.prepare_cached("UPDATE entry SET member_id = ?2 WHERE id = ?1")?;
            for e in &m.entries {
                link.execute(params![e, m.member.id])?;
            }
            made += 1;
        }
        let mut recorded = 0;
        for t in transfers {
            let known: bool = tx.query_row(
                "SELECT (?1 = 'site' OR EXISTS(SELECT 1 FROM member WHERE id = ?1))
                    AND (?2 = 'site' OR EXISTS(SELECT 1 FROM member WHERE id = ?2))",
                params![t.provider.as_stored(), t.receiver.as_stored()],
                |r| r.get(0),
            )?;
            if !known || t.provider == t.receiver {
                continue;
            }
            insert_transfer(&tx, &site, t)?;
            // An exchange is a sign of life, as at the desk.
            for account in [&t.provider, &t.receiver] {
                tx.prepare_cached(
                    "UPDATE member SET last_seen_at = max(last_seen_at, ?2) WHERE id = ?1",
                )?
                .execute(params![account.as_stored(), ts(t.at)])?;
            }
            recorded += 1;
        }
        tx.commit()?;
        Ok((made, recorded))
    }

    /// Removes members not seen since `before` (see [`purge_members`]); with `dry_run`, only
    /// counts them.
    pub fn purge_members(
        &mut self,
        before: DateTime<Utc>,
        dry_run: bool,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        if dry_run {
            let n: i64 = self.conn.query_row(
                "SELECT count(*) FROM member WHERE last_seen_at < ?1",
                params![ts(before)],
                |r| r.get(0),
            )?;
            return Ok(u64::try_from(n).unwrap_or(0));
        }
        let tx = self.write()?;
        let n = purge_members(&tx, before)?;
        if n > 0 {
            audit_in(
                &tx,
                None,
                "members_removed",
                None,
                Some(&n.to_string()),
                now,
            )?;
        }
        tx.commit()?;
        Ok(n)
    }
}

/// Removes members not seen since `before` with their cards and nickname; their ledger legs
/// stay, without an account, so every total still adds up; their entries are no longer
/// linked to anyone. Returns how many were removed.
fn purge_members(conn: &Connection, before: DateTime<Utc>) -> Result<u64> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS leaving (id TEXT PRIMARY KEY);
         DELETE FROM temp.leaving;",
    )?;
    let n = conn.execute(
        "INSERT INTO temp.leaving SELECT id FROM member WHERE last_seen_at < ?1",
        params![ts(before)],
    )?;
    // The members go first: the ledger lets only a removed member's legs lose their account.
    conn.execute_batch(
        "UPDATE entry SET member_id = NULL WHERE member_id IN (SELECT id FROM temp.leaving);
         DELETE FROM member_card WHERE member_id IN (SELECT id FROM temp.leaving);
         DELETE FROM member WHERE id IN (SELECT id FROM temp.leaving);
         UPDATE leg SET account = NULL WHERE account IN (SELECT id FROM temp.leaving);
         DELETE FROM temp.leaving;",
    )?;
    Ok(n as u64)
}
