//! Finding entries at the desk: by a fragment of the code, a name or a phone number; the people
//! to call or deliver to; the slips that never printed.

use chrono::{DateTime, Utc};

use super::staff::audit_in;
use super::{Result, Store, ts};
use crate::domain::{EntryView, SlipCode};

/// Most rows a search or a list returns.
pub const FOUND_MAX: i64 = 200;

/// `%` and `_` typed by someone are letters, not patterns.
fn like(text: &str) -> String {
    let mut out = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

impl Store {
    /// Entries whose code holds `text` (as typed: case, dashes and O/I/L forgiven), or whose
    /// name or phone number (while they are kept) does; newest first. Searching contacts is
    /// audited, with who searched and for what.
    pub fn search(
        &mut self,
        text: &str,
        staff_id: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<EntryView>> {
        let text = text.trim();
        // A code fragment in canonical form: what `SlipCode::parse` forgives.
        let code: String = text
            .chars()
            .filter(|c| !matches!(c, '-' | ' '))
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
        let phone = if digits.len() >= 3 {
            like(&digits)
        } else {
            String::from("\u{0}")
        };
        let found = self.entries(
            "WHERE s.code LIKE ?1 ESCAPE '\\'
                OR e.contact_name LIKE ?2 ESCAPE '\\'
                OR replace(replace(replace(replace(e.contact_phone, ' ', ''), '-', ''), '(', ''), ')', '')
                   LIKE ?3 ESCAPE '\\'
             ORDER BY e.created_at DESC LIMIT ?4",
            &[&like(&code), &like(text), &phone, &FOUND_MAX],
        )?;
        audit_in(
            &self.conn,
            Some(staff_id),
            "search",
            None,
            Some(&format!("{} found", found.len())),
            now,
        )?;
        Ok(found)
    }

    /// What still needs doing for people who asked to be called or to have things brought:
    /// most urgent and oldest first.
    pub fn to_call(&self, limit: i64) -> Result<Vec<EntryView>> {
        self.entries(
            "WHERE e.status IN ('open', 'matched', 'ready', 'connected')
               AND e.mode IN ('call', 'delivery')
             ORDER BY (CASE e.urgency WHEN 'today' THEN 0 WHEN 'week' THEN 1 ELSE 2 END),
                      e.created_at
             LIMIT ?1",
            &[&limit],
        )
    }

    /// How many there are to call or deliver to (the paper lists only the first).
    pub fn to_call_count(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM entry
             WHERE status IN ('open', 'matched', 'ready', 'connected')
               AND mode IN ('call', 'delivery')",
            [],
            |r| r.get(0),
        )?)
    }

    /// Slips issued since `since` that never came out of the printer, newest first: nobody may
    /// have their code (a printer that was off, a kiosk that stopped before printing).
    pub fn unprinted(&self, since: DateTime<Utc>, limit: i64) -> Result<Vec<EntryView>> {
        self.entries(
            "WHERE s.printed_at IS NULL AND s.issued_at >= ?1
               AND e.status NOT IN ('closed', 'done')
             ORDER BY s.issued_at DESC LIMIT ?2",
            &[&ts(since), &limit],
        )
    }

    /// Why the last print of `code` failed (none if it printed or was never tried).
    pub fn print_error(&self, code: &SlipCode) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                "SELECT print_error FROM slip WHERE code = ?1 AND printed_at IS NULL",
                rusqlite::params![code],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }
}
