//! Telling an aidkiosk database from any other file, for `backup`, which replaces only one.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

/// Whether the file at `path` is an aidkiosk database (opened read-only, nothing changed): it
/// has the site and entry tables. For `backup`, which replaces only a file that is one.
pub fn is_aidkiosk_db(path: &Path) -> bool {
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return false;
    };
    conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('site', 'entry')",
        [],
        |r| r.get::<_, i64>(0),
    )
    .is_ok_and(|n| n == 2)
}
