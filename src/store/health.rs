//! What `aidkiosk doctor` asks of the database file, opened read-only so a check never changes
//! (or creates, or migrates) it: is it whole, when was it last written, who can unlock.

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};

use super::parse_ts;

/// What the database says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DbHealth {
    /// What `PRAGMA quick_check` found wrong (empty: nothing), at most ten lines.
    pub problems: Vec<String>,
    /// The newest moment written: an entry changed, a slip issued, an audit line.
    pub last_write: Option<DateTime<Utc>>,
    /// Active staff accounts (their PINs need the pepper).
    pub staff: i64,
    /// The time bank (#15): transfers, what all legs sum to, and transfers whose legs are not
    /// two summing to zero; `None` before the ledger's migration.
    pub ledger: Option<(i64, i64, i64)>,
}

/// Most problems listed.
const MAX_PROBLEMS: usize = 10;

/// Checks the database at `path`. A file SQLite cannot read at all is a problem too, not an
/// error: the doctor reports it like any other damage.
pub fn inspect(path: &Path) -> DbHealth {
    let conn = match Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) {
        Ok(c) => c,
        Err(e) => {
            return DbHealth {
                problems: vec![e.to_string()],
                ..DbHealth::default()
            };
        }
    };
    let _ = conn.busy_timeout(std::time::Duration::from_secs(5));
    let problems = quick_check(&conn);
    if !problems.is_empty() {
        return DbHealth {
            problems,
            ..DbHealth::default()
        };
    }
    // Moments are stored as RFC 3339 in UTC, so the largest string is the latest moment.
    let newest: Option<String> = conn
        .query_row(
            "SELECT max(t) FROM (SELECT max(updated_at) AS t FROM entry
                                 UNION ALL SELECT max(issued_at) FROM slip
                                 UNION ALL SELECT max(at) FROM audit)",
            [],
            |r| r.get(0),
        )
        .unwrap_or(None);
    let staff: i64 = conn
        .query_row("SELECT count(*) FROM staff WHERE active = 1", [], |r| {
            r.get(0)
        })
        .unwrap_or(0);
    let ledger = conn
        .query_row(
            "SELECT (SELECT count(*) FROM transfer),
                    (SELECT COALESCE(sum(quarters), 0) FROM leg),
                    (SELECT count(*) FROM (SELECT transfer_id FROM leg GROUP BY transfer_id
                                           HAVING sum(quarters) != 0 OR count(*) != 2))",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .ok();
    DbHealth {
        problems: Vec::new(),
        last_write: newest.as_deref().and_then(|t| parse_ts(t).ok()),
        staff,
        ledger,
    }
}

fn quick_check(conn: &Connection) -> Vec<String> {
    let rows = conn.prepare("PRAGMA quick_check").and_then(|mut stmt| {
        stmt.query_map([], |r| r.get::<_, String>(0))?
            .take(MAX_PROBLEMS)
            .collect::<rusqlite::Result<Vec<String>>>()
    });
    match rows {
        Ok(rows) if rows.len() == 1 && rows[0] == "ok" => Vec::new(),
        Ok(rows) if rows.is_empty() => vec!["quick_check said nothing".into()],
        Ok(rows) => rows,
        Err(e) => vec![e.to_string()],
    }
}
