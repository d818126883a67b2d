//! Staff accounts, console lockouts and the audit log.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, params};

use super::sql::{self, STAFF_COLUMNS};
use super::{Result, Store, StoreError, parse_ts, ts};
use crate::domain::{AuditLine, LOCK_MINUTES, LockState, MAX_FAILED, Role, StaffMember};

impl Store {
    /// Every staff account, active first, by name.
    pub fn staff(&self) -> Result<Vec<StaffMember>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {STAFF_COLUMNS} FROM staff ORDER BY active DESC, name COLLATE NOCASE"
        ))?;
        Ok(stmt
            .query_map([], sql::staff)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The PIN hash of an active staff member.
    pub fn pin_hash(&self, staff_id: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT pin_hash FROM staff WHERE id = ?1 AND active = 1",
                params![staff_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Adds a staff account.
    pub fn add_staff(
        &mut self,
        id: &str,
        name: &str,
        role: Role,
        pin_hash: &str,
        by: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO staff (id, name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, name, role, pin_hash, ts(now)],
        )?;
        audit_in(
            &tx,
            by,
            "staff_add",
            Some(id),
            Some(&format!("{name} ({})", role.as_str())),
            now,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces a staff member's PIN hash; false if there is no such account.
    pub fn set_pin(
        &mut self,
        id: &str,
        pin_hash: &str,
        by: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let tx = self.write()?;
        let n = tx.execute(
            "UPDATE staff SET pin_hash = ?2 WHERE id = ?1",
            params![id, pin_hash],
        )?;
        audit_in(&tx, by, "staff_set_pin", Some(id), None, now)?;
        tx.commit()?;
        Ok(n == 1)
    }

    /// Disables a staff account (kept for the audit log); false if there is none. The last
    /// active coordinator is refused ([`StoreError::LastCoordinator`]): without one nobody
    /// can add staff or set PINs at the desk.
    pub fn disable_staff(
        &mut self,
        id: &str,
        by: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let tx = self.write()?;
        // In the write transaction: two coordinators disabling each other at once cannot both
        // succeed.
        let last: Option<String> = tx
            .query_row(
                "SELECT name FROM staff s WHERE id = ?1 AND active = 1 AND role = 'coordinator'
                 AND NOT EXISTS (SELECT 1 FROM staff o WHERE o.id != s.id AND o.active = 1
                                 AND o.role = 'coordinator')",
                params![id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(name) = last {
            return Err(StoreError::LastCoordinator(name));
        }
        let n = tx.execute("UPDATE staff SET active = 0 WHERE id = ?1", params![id])?;
        audit_in(&tx, by, "staff_disable", Some(id), None, now)?;
        tx.commit()?;
        Ok(n == 1)
    }

    /// Whether `console` takes a PIN now.
    pub fn lock_state(&self, console: &str, now: DateTime<Utc>) -> Result<LockState> {
        let row = lock_row(&self.conn, console)?;
        let Some((failed, until)) = row else {
            return Ok(LockState::Open { failed: 0 });
        };
        match until.as_deref().map(parse_ts).transpose()? {
            Some(until) if until > now => Ok(LockState::Locked { until }),
            _ => Ok(LockState::Open { failed }),
        }
    }

    /// Counts a wrong PIN; the fifth in a row locks the console for five minutes.
    pub fn record_failed_unlock(
        &mut self,
        console: &str,
        staff_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<LockState> {
        let tx = self.write()?;
        let (failed, until) = lock_row(&tx, console)?.unwrap_or((0, None));
        // A lock that has run out starts a fresh count.
        let expired = until
            .as_deref()
            .map(parse_ts)
            .transpose()?
            .is_some_and(|u| u <= now);
        let failed = if expired { 1 } else { failed + 1 };
        let state = if failed >= MAX_FAILED {
            LockState::Locked {
                until: now + Duration::minutes(LOCK_MINUTES),
            }
        } else {
            LockState::Open { failed }
        };
        let until = match state {
            LockState::Locked { until } => Some(ts(until)),
            LockState::Open { .. } => None,
        };
        tx.execute(
            "INSERT INTO console_lock (console, failed, locked_until) VALUES (?1, ?2, ?3)
             ON CONFLICT(console) DO UPDATE SET failed = ?2, locked_until = ?3",
            params![
                console,
                if until.is_some() { MAX_FAILED } else { failed },
                until
            ],
        )?;
        audit_in(&tx, None, "unlock_failed", staff_id, Some(console), now)?;
        if until.is_some() {
            audit_in(&tx, None, "console_locked", None, Some(console), now)?;
        }
        tx.commit()?;
        Ok(state)
    }

    /// A right PIN: clears the count and logs who unlocked where.
    pub fn record_unlock(
        &mut self,
        console: &str,
        staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        tx.execute(
            "DELETE FROM console_lock WHERE console = ?1",
            params![console],
        )?;
        audit_in(&tx, Some(staff_id), "unlock", None, Some(console), now)?;
        tx.commit()?;
        Ok(())
    }

    /// Adds a line to the audit log.
    pub fn audit(
        &self,
        staff_id: Option<&str>,
        action: &str,
        subject: Option<&str>,
        detail: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        audit_in(&self.conn, staff_id, action, subject, detail, now)
    }

    /// The newest audit lines, newest first.
    pub fn audit_tail(&self, limit: i64) -> Result<Vec<AuditLine>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.at, COALESCE(s.name, ''), a.action, COALESCE(a.subject, ''), COALESCE(a.detail, '')
             FROM audit a LEFT JOIN staff s ON s.id = a.staff_id ORDER BY a.id DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map(params![limit], |r| {
            Ok(AuditLine {
                at: r.get(0)?,
                staff: r.get(1)?,
                action: r.get(2)?,
                subject: r.get(3)?,
                detail: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// (wrong PINs so far, locked until) of a console, if it has a row.
fn lock_row(conn: &rusqlite::Connection, console: &str) -> Result<Option<(i64, Option<String>)>> {
    Ok(conn
        .query_row(
            "SELECT failed, locked_until FROM console_lock WHERE console = ?1",
            params![console],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

pub(super) fn audit_in(
    conn: &rusqlite::Connection,
    staff_id: Option<&str>,
    action: &str,
    subject: Option<&str>,
    detail: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO audit (at, staff_id, action, subject, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![ts(now), staff_id, action, subject, detail],
    )?;
    Ok(())
}
