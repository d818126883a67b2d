//! Staff accounts, console lockouts and the audit log.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, params};

use super::sql::{self, STAFF_COLUMNS};
use super::{Result, Store, StoreError, parse_ts, ts};
use crate::domain::{
    AuditLine, LOCK_MINUTES, LockState, MAX_CONSOLE_FAILED, MAX_FAILED, Role, StaffMember,
};

/// Whether a PIN attempt may go ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// Go ahead; this many wrong tries are left before a lock (after this one's).
    Go { left: i64 },
    /// The name or the console is locked until then.
    Locked { until: DateTime<Utc> },
}

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
        // One name, whatever its case ("Lee" and "lee"), or `staff disable lee` could not say
        // whom it means.
        let key = name.trim().to_lowercase();
        let taken = {
            let mut stmt = tx.prepare("SELECT name FROM staff")?;
            let names = stmt.query_map([], |r| r.get::<_, String>(0))?;
            let mut taken = false;
            for n in names {
                taken |= n?.to_lowercase() == key;
            }
            taken
        };
        if taken {
            return Err(StoreError::NameTaken(name.to_owned()));
        }
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

    /// Starts a PIN attempt for `staff_id` (none: a name nobody has) at `console`, in one
    /// write transaction: refused while that name or the console is locked (and audited);
    /// otherwise the attempt is counted *before* the PIN is checked, so attempts made at once
    /// cannot check more PINs than the limit allows. The count that reaches the limit locks
    /// the name (or the console, counting every name) from then on.
    pub fn begin_attempt(
        &mut self,
        console: &str,
        staff_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Attempt> {
        let tx = self.write()?;
        let until = |s: &Option<String>| -> Result<Option<DateTime<Utc>>> {
            s.as_deref().map(parse_ts).transpose()
        };
        let (console_failed, console_until) = lock_row(&tx, console)?.unwrap_or((0, None));
        let console_until = until(&console_until)?;
        let name_row: Option<(i64, Option<String>)> = match staff_id {
            Some(id) => tx
                .query_row(
                    "SELECT failed_attempts, locked_until FROM staff WHERE id = ?1",
                    params![id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?,
            None => None,
        };
        let (name_failed, name_until) = match &name_row {
            Some((n, u)) => (*n, until(u)?),
            None => (0, None),
        };
        for locked in [console_until, name_until].into_iter().flatten() {
            if locked > now {
                audit_in(
                    &tx,
                    None,
                    "unlock_while_locked",
                    staff_id,
                    Some(console),
                    now,
                )?;
                tx.commit()?;
                return Ok(Attempt::Locked { until: locked });
            }
        }
        // A lock that has run out starts a fresh count.
        let fresh = |n: i64, u: Option<DateTime<Utc>>| if u.is_some() { 1 } else { n + 1 };
        let name_failed = fresh(name_failed, name_until);
        let console_failed = fresh(console_failed, console_until);
        let lock_until = ts(now + Duration::minutes(LOCK_MINUTES));
        let name_lock = (name_failed >= MAX_FAILED).then_some(lock_until.clone());
        let console_lock = (console_failed >= MAX_CONSOLE_FAILED).then_some(lock_until);
        if let Some(id) = staff_id {
            tx.execute(
                "UPDATE staff SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1",
                params![id, name_failed, name_lock],
            )?;
        }
        tx.execute(
            "INSERT INTO console_lock (console, failed, locked_until) VALUES (?1, ?2, ?3)
             ON CONFLICT(console) DO UPDATE SET failed = ?2, locked_until = ?3",
            params![console, console_failed, console_lock],
        )?;
        tx.commit()?;
        Ok(Attempt::Go {
            left: (MAX_FAILED - name_failed).min(MAX_CONSOLE_FAILED - console_failed),
        })
    }

    /// Ends a PIN attempt begun with [`Store::begin_attempt`]: a right PIN clears the counts of
    /// that name and console; a wrong one stays counted. Both are audited.
    pub fn end_attempt(
        &mut self,
        console: &str,
        staff_id: Option<&str>,
        right: bool,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        if right {
            if let Some(id) = staff_id {
                tx.execute(
                    "UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?1",
                    params![id],
                )?;
            }
            tx.execute(
                "DELETE FROM console_lock WHERE console = ?1",
                params![console],
            )?;
            audit_in(&tx, staff_id, "unlock", None, Some(console), now)?;
        } else {
            audit_in(&tx, None, "unlock_failed", staff_id, Some(console), now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A coordinator clears a name's lock (and its count), audited.
    pub fn clear_lock(&mut self, id: &str, by: Option<&str>, now: DateTime<Utc>) -> Result<bool> {
        let tx = self.write()?;
        let n = tx.execute(
            "UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?1",
            params![id],
        )?;
        audit_in(&tx, by, "staff_unlock", Some(id), None, now)?;
        tx.commit()?;
        Ok(n == 1)
    }

    /// When `id`'s name is locked until, if it is now.
    pub fn name_locked_until(&self, id: &str, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
        let until: Option<Option<String>> = self
            .conn
            .query_row(
                "SELECT locked_until FROM staff WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(until
            .flatten()
            .as_deref()
            .map(parse_ts)
            .transpose()?
            .filter(|u| *u > now))
    }

    /// The active account called `name`, whatever its case.
    pub fn staff_named(&self, name: &str) -> Result<Option<StaffMember>> {
        let key = name.trim().to_lowercase();
        Ok(self
            .staff()?
            .into_iter()
            .find(|s| s.active && (s.name.to_lowercase() == key || s.id == name)))
    }

    /// Enables a disabled account again (audited); false if there is none.
    pub fn enable_staff(&mut self, id: &str, by: Option<&str>, now: DateTime<Utc>) -> Result<bool> {
        let tx = self.write()?;
        let n = tx.execute("UPDATE staff SET active = 1 WHERE id = ?1", params![id])?;
        audit_in(&tx, by, "staff_enable", Some(id), None, now)?;
        tx.commit()?;
        Ok(n == 1)
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
