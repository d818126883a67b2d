//! Checking a backup before it may replace the live database. A backup file is not trusted: it
//! may come from a USB stick anyone handled. Only a database whose every table, column, index,
//! trigger and view is exactly what this version's migrations make (at the backup's own
//! version, and again after migrating) is restored, with a sane site row and a clean integrity
//! check. The check migrates the file it is given, which must be a private scratch copy.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::{MIGRATIONS, Result, Site, Store, StoreError};

/// What a backup file holds, checked before anything is restored from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupCheck {
    /// The schema version the backup was at (it is at this version's now).
    pub schema: i64,
    /// Its local site, with the key that signs its slips.
    pub site: Site,
    pub entries: i64,
}

/// Objects SQLite makes itself (ANALYZE's statistics), allowed beside ours.
const SQLITE_OWN: &[&str] = &["sqlite_stat1", "sqlite_stat4"];

/// One schema object as compared: its SQL with runs of white space made one space, and for a
/// table its columns as `PRAGMA table_xinfo` gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Object {
    sql: Option<String>,
    columns: Vec<String>,
}

type Schema = BTreeMap<(String, String), Object>;

fn normalise(sql: &str) -> String {
    sql.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn not_ours(why: String) -> StoreError {
    StoreError::NotABackup(why)
}

/// Every object in `conn`'s main schema, by (type, name).
fn schema_of(conn: &Connection) -> Result<Schema> {
    let mut stmt =
        conn.prepare("SELECT type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY 1, 2")?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Schema::new();
    for (kind, name, _table, sql) in rows {
        let columns = if kind == "table" {
            let mut cols = conn.prepare("SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1)")?;
            cols.query_map(params![name], |r| {
                Ok(format!(
                    "{}|{}|{}|{}|{:?}|{}|{}",
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, i64>(5)?,
                    r.get::<_, i64>(6)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
        } else {
            Vec::new()
        };
        out.insert(
            (kind, name),
            Object {
                sql: sql.as_deref().map(normalise),
                columns,
            },
        );
    }
    Ok(out)
}

/// The schema this version's migrations make, up to `version`, in a fresh in-memory database.
fn expected_schema(version: usize) -> Result<Schema> {
    let mut conn = Connection::open_in_memory()?;
    Store::migrate_to(&mut conn, version)?;
    schema_of(&conn)
}

/// Refuses `conn` unless its schema is exactly `expected` (SQLite's own statistics aside).
fn compare(conn: &Connection, version: usize) -> Result<()> {
    let expected = expected_schema(version)?;
    let found = schema_of(conn)?;
    for ((kind, name), object) in &found {
        if kind == "table" && SQLITE_OWN.contains(&name.as_str()) {
            continue;
        }
        match expected.get(&(kind.clone(), name.clone())) {
            None => {
                return Err(not_ours(format!(
                    "it has a {kind} {name:?} that no aidkiosk database has"
                )));
            }
            Some(want) if want.sql != object.sql => {
                return Err(not_ours(format!(
                    "its {kind} {name:?} is not the one aidkiosk makes"
                )));
            }
            Some(want) if want.columns != object.columns => {
                return Err(not_ours(format!(
                    "the columns of its table {name:?} are not the ones aidkiosk makes"
                )));
            }
            Some(_) => {}
        }
    }
    if let Some((kind, name)) = expected.keys().find(|k| !found.contains_key(*k)) {
        return Err(not_ours(format!("its {kind} {name:?} is missing")));
    }
    Ok(())
}

/// `PRAGMA integrity_check` (or, `quick`, `quick_check`: no index contents, a fraction of the
/// time) finds nothing wrong.
fn integrity(conn: &Connection, quick: bool) -> Result<()> {
    let pragma = if quick {
        "PRAGMA quick_check(5)"
    } else {
        "PRAGMA integrity_check(5)"
    };
    let mut stmt = conn.prepare(pragma).map_err(|e| not_ours(e.to_string()))?;
    let lines = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(|e| not_ours(e.to_string()))?;
    if lines != ["ok"] {
        let first = lines.first().cloned().unwrap_or_default();
        return Err(not_ours(format!("it is damaged ({first})")));
    }
    Ok(())
}

/// Every reference points at a row that is there.
fn references(conn: &Connection) -> Result<()> {
    let dangling: Option<String> = conn
        .query_row(
            "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(table) = dangling {
        return Err(not_ours(format!(
            "rows of its table {table:?} point at rows that are not there"
        )));
    }
    Ok(())
}

/// The local site of a checked database: exactly one, with a real slip key.
fn local_site(conn: &Connection) -> Result<Site> {
    let site = conn
        .query_row(
            "SELECT id, tag, name, secret FROM site WHERE is_local = 1",
            [],
            |r| {
                Ok(Site {
                    id: r.get(0)?,
                    tag: r.get(1)?,
                    name: r.get(2)?,
                    secret: r.get(3)?,
                })
            },
        )
        .optional()
        .map_err(|e| not_ours(format!("its site row cannot be read ({e})")))?
        .ok_or_else(|| not_ours("it has no site (a backup always holds one)".into()))?;
    if site.secret.len() != 32 || site.secret.iter().all(|&b| b == 0) {
        return Err(not_ours(
            "its site's slip key is blank or the wrong length (slips could be forged)".into(),
        ));
    }
    if site.id.is_empty() || site.tag.is_empty() {
        return Err(not_ours("its site has no id or tag".into()));
    }
    Ok(site)
}

/// Checks the database at `path` (a private scratch copy of a backup) and brings it to this
/// version: its schema must be exactly what aidkiosk makes at its own version, with nothing
/// else; then it is migrated here, on the copy, and checked again; its integrity must be
/// clean and its site row sane. Refuses one that is damaged, not an aidkiosk database, from a
/// newer aidkiosk, or carries anything extra (a trigger, a view, a table).
pub fn check_backup(path: &Path) -> Result<BackupCheck> {
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    // Nothing in the file runs before it is checked: no trigger fires during the checks, and
    // a crafted schema cannot call functions that are not there.
    conn.pragma_update(None, "trusted_schema", false)?;
    let schema: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| not_ours(e.to_string()))?;
    let known = i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX);
    if schema > known {
        return Err(StoreError::TooNew {
            found: schema,
            known,
        });
    }
    if schema < 1 {
        return Err(not_ours("it is not an aidkiosk database".into()));
    }
    integrity(&conn, false)?;
    compare(&conn, usize::try_from(schema).unwrap_or(0))?;
    local_site(&conn)?;
    references(&conn)?;
    // Only now, on the copy: an old backup is brought to this version before the live
    // database is touched, so a migration that fails fails here.
    let site = if schema < known {
        Store::migrate_to(&mut conn, MIGRATIONS.len())
            .map_err(|e| not_ours(format!("it cannot be brought to this version: {e}")))?;
        compare(&conn, MIGRATIONS.len())?;
        // What the migrations wrote on a file already checked whole: the quick check is
        // enough (the full one is most of a restore's time on a big site).
        integrity(&conn, true)?;
        let site = local_site(&conn)?;
        references(&conn)?;
        site
    } else {
        local_site(&conn)?
    };
    let entries: i64 = conn.query_row("SELECT count(*) FROM entry", [], |r| r.get(0))?;
    // One self-contained file: what is copied in is the main file, nothing in a log beside it.
    conn.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(BackupCheck {
        schema,
        site,
        entries,
    })
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_does_not_count_but_every_word_does() {
        assert_eq!(
            normalise("CREATE TABLE a (\n    x  TEXT\n)"),
            "CREATE TABLE a ( x TEXT )"
        );
        assert_ne!(
            normalise("CREATE TABLE a (x)"),
            normalise("CREATE TABLE b (x)")
        );
    }

    #[test]
    fn a_database_made_by_the_migrations_matches_at_every_version() {
        for v in 1..=MIGRATIONS.len() {
            let mut conn = Connection::open_in_memory().unwrap();
            Store::migrate_to(&mut conn, v).unwrap();
            compare(&conn, v).unwrap();
            if v < MIGRATIONS.len() {
                assert!(compare(&conn, MIGRATIONS.len()).is_err(), "version {v}");
            }
        }
    }
}
