//! #18 finding 3: restore trusts nothing in the file. One crafted backup per hostile file, each
//! refused with a one-line error naming what is wrong, and the live database exactly as it was
//! (the same bytes, no copy kept, no scratch file left). A backup at an old schema version that
//! migrates cleanly is restored, migrated on the copy first.
//!
//! `AIDKIOSK_TEST_BIN=/path/to/aidkiosk` runs these against another build (an older one, to see
//! them fail).

use std::path::{Path, PathBuf};

use aidkiosk::store::{MIGRATIONS, Store};
use rusqlite::Connection;
use sha2::{Digest, Sha256};

fn aidkiosk(data: &Path) -> assert_cmd::Command {
    let mut cmd = match std::env::var_os("AIDKIOSK_TEST_BIN") {
        Some(bin) => assert_cmd::Command::new(bin),
        None => assert_cmd::Command::cargo_bin("aidkiosk").expect("built binary"),
    };
    cmd.arg("--data-dir")
        .arg(data)
        .env_remove("AIDKIOSK_DATA_DIR");
    cmd
}

fn run(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn fails(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "expected a failure, got {stderr}");
    stderr
}

fn init(data: &Path, site: &str) {
    run(aidkiosk(data)
        .args(["init", "--site", site, "--admin", "Maya", "--pin-stdin"])
        .write_stdin("2468\n"));
}

/// Every byte of the live database's files.
fn digest(data: &Path) -> String {
    let mut h = Sha256::new();
    for suffix in ["", "-wal"] {
        if let Ok(b) = std::fs::read(data.join(format!("aidkiosk.db{suffix}"))) {
            h.update(&b);
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Names in the data dir other than the database, its logs and its own files.
fn leftovers(data: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(data)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| {
            ![
                "aidkiosk.db",
                "aidkiosk.db-wal",
                "aidkiosk.db-shm",
                "pepper.key",
                "site.id",
                "logs",
            ]
            .contains(&n.as_str())
        })
        .collect();
    names.sort();
    names
}

struct Site {
    _dir: tempfile::TempDir,
    root: PathBuf,
    data: PathBuf,
    /// A plain backup of the site, good as it is.
    good: PathBuf,
}

fn site() -> Site {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_owned();
    let data = root.join("site");
    init(&data, "Eastside");
    run(aidkiosk(&data).args(["seed", "--entries", "40", "--days", "10"]));
    let good = root.join("good.db");
    run(aidkiosk(&data).arg("backup").arg(&good));
    Site {
        _dir: dir,
        root,
        data,
        good,
    }
}

impl Site {
    /// A copy of the good backup changed by `sql` (run with foreign keys off, as a forger
    /// would), at `name`.
    fn crafted(&self, name: &str, sql: &str) -> PathBuf {
        let path = self.root.join(name);
        std::fs::copy(&self.good, &path).unwrap();
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = OFF;").unwrap();
        conn.execute_batch(sql).unwrap();
        drop(conn);
        path
    }

    /// Restoring `file` is refused with an error containing `why`, in one line, and changes
    /// nothing.
    fn refused(&self, file: &Path, why: &str) {
        let before = digest(&self.data);
        // --quiet: standard error then holds the error alone (progress lines come first
        // otherwise).
        let err = fails(aidkiosk(&self.data).args(["--quiet", "restore"]).arg(file));
        assert!(err.contains(why), "expected {why:?} in: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(
            digest(&self.data),
            before,
            "the live database changed: {err}"
        );
        assert_eq!(leftovers(&self.data), Vec::<String>::new(), "{err}");
        let store = Store::open(&self.data.join("aidkiosk.db")).unwrap();
        assert_eq!(store.entry_count().unwrap(), 40);
    }
}

#[test]
fn a_trigger_that_copies_contacts_into_a_shadow_table_is_refused() {
    let s = site();
    let file = s.crafted(
        "shadow.db",
        "CREATE TABLE shadow (name TEXT, phone TEXT);
         CREATE TRIGGER keep_contacts BEFORE UPDATE OF contact_name ON entry BEGIN
             INSERT INTO shadow VALUES (OLD.contact_name, OLD.contact_phone);
         END;",
    );
    s.refused(&file, "that no aidkiosk database has");
    // The trigger alone (no new table: it writes into audit) is refused too.
    let file = s.crafted(
        "trigger.db",
        "CREATE TRIGGER keep_contacts BEFORE UPDATE OF contact_name ON entry BEGIN
             INSERT INTO audit (at, action, detail) VALUES ('x', 'x', OLD.contact_phone);
         END;",
    );
    s.refused(&file, "trigger \"keep_contacts\"");
}

#[test]
fn a_view_an_extra_table_or_index_or_a_changed_column_is_refused() {
    let s = site();
    let view = s.crafted(
        "view.db",
        "CREATE VIEW contacts AS SELECT contact_name, contact_phone FROM entry;",
    );
    s.refused(&view, "view \"contacts\"");
    let table = s.crafted("table.db", "CREATE TABLE notes (x);");
    s.refused(&table, "table \"notes\"");
    let index = s.crafted("index.db", "CREATE INDEX by_phone ON entry(contact_phone);");
    s.refused(&index, "index \"by_phone\"");
    let column = s.crafted("column.db", "ALTER TABLE entry ADD COLUMN copy TEXT;");
    s.refused(&column, "table \"entry\" is not the one aidkiosk makes");
    let dropped = s.crafted("dropped.db", "DROP INDEX entry_personal;");
    s.refused(&dropped, "index \"entry_personal\" is missing");
}

#[test]
fn a_zeroed_slip_key_a_missing_site_row_or_another_site_is_refused() {
    let s = site();
    let zero = s.crafted("zero.db", "UPDATE site SET secret = zeroblob(32);");
    s.refused(&zero, "slip key is blank");
    // Not even on purpose: a blank key lets anyone forge slips.
    let before = digest(&s.data);
    let err = fails(
        aidkiosk(&s.data)
            .arg("restore")
            .arg(&zero)
            .arg("--new-site"),
    );
    assert!(err.contains("slip key is blank"), "{err}");
    assert_eq!(digest(&s.data), before);
    let other_key = s.crafted("rekeyed.db", "UPDATE site SET secret = randomblob(32);");
    s.refused(&other_key, "another slip key");
    let no_site = s.crafted("nosite.db", "DELETE FROM site;");
    s.refused(&no_site, "no site");

    let other = s.root.join("other");
    init(&other, "Westside");
    let theirs = s.root.join("westside.db");
    run(aidkiosk(&other).arg("backup").arg(&theirs));
    s.refused(&theirs, "is a backup of site \"Westside\"");
    // On purpose, another site replaces this one; the database as it was is kept.
    let out = run(aidkiosk(&s.data)
        .arg("restore")
        .arg(&theirs)
        .arg("--new-site"));
    assert!(
        out.contains("Restored 0 entries of site \"Westside\""),
        "{out}"
    );
    assert!(out.contains("kept in"), "{out}");
    let marker = std::fs::read_to_string(s.data.join("site.id")).unwrap();
    assert!(marker.contains("Westside"), "{marker}");
}

#[test]
fn a_junk_schema_a_newer_version_or_a_damaged_file_is_refused() {
    let s = site();
    // Two tables by the right names, holding this very site: nothing else is right.
    let here = Store::open(&s.data.join("aidkiosk.db"))
        .unwrap()
        .site()
        .unwrap()
        .unwrap();
    let junk = s.root.join("junk.db");
    let conn = Connection::open(&junk).unwrap();
    conn.execute_batch(
        "CREATE TABLE site (id, tag, name, secret, is_local);
         CREATE TABLE entry (id);
         PRAGMA user_version = 4;",
    )
    .unwrap();
    conn.execute(
        "INSERT INTO site VALUES (?1, ?2, ?3, ?4, 1)",
        rusqlite::params![here.id, here.tag, here.name, here.secret],
    )
    .unwrap();
    drop(conn);
    s.refused(&junk, "not the one aidkiosk makes");
    let newer = s.crafted("newer.db", "PRAGMA user_version = 99;");
    s.refused(&newer, "newer aidkiosk");
    let zero = s.crafted("zero-version.db", "PRAGMA user_version = 0;");
    s.refused(&zero, "not an aidkiosk database");
    let mut bytes = std::fs::read(&s.good).unwrap();
    let page = 4096;
    for b in &mut bytes[3 * page..3 * page + 200] {
        *b = 0x5a;
    }
    let damaged = s.root.join("damaged.db");
    std::fs::write(&damaged, &bytes).unwrap();
    s.refused(&damaged, "cannot be restored");
}

#[test]
fn a_garbage_or_oversized_header_is_refused_quickly() {
    let s = site();
    // Random bytes: not a database.
    let garbage = s.root.join("garbage.db");
    let noise: Vec<u8> = (0..1_048_576u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&garbage, &noise).unwrap();
    s.refused(&garbage, "cannot be restored");
    // An encrypted header asking for 4 GiB of memory and 4 billion passes.
    let mut header = b"aidkiosk-backup\n".to_vec();
    header.push(1);
    header.extend_from_slice(&u32::MAX.to_be_bytes());
    header.extend_from_slice(&u32::MAX.to_be_bytes());
    header.extend_from_slice(&u32::MAX.to_be_bytes());
    header.extend_from_slice(&[7u8; 35]);
    header.extend_from_slice(&noise[..100_000]);
    let greedy = s.root.join("greedy.bak");
    std::fs::write(&greedy, &header).unwrap();
    let before = digest(&s.data);
    let started = std::time::Instant::now();
    let err = fails(
        aidkiosk(&s.data)
            .arg("restore")
            .arg(&greedy)
            .arg("--passphrase-stdin")
            .write_stdin("correct horse battery\n"),
    );
    assert!(err.contains("damaged"), "{err}");
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    assert_eq!(digest(&s.data), before);
    assert_eq!(leftovers(&s.data), Vec::<String>::new());
    // Only the magic, cut short.
    let short = s.root.join("short.bak");
    std::fs::write(&short, b"aidkiosk-backup\n\x01").unwrap();
    let err = fails(
        aidkiosk(&s.data)
            .arg("restore")
            .arg(&short)
            .arg("--passphrase-stdin")
            .write_stdin("correct horse battery\n"),
    );
    assert!(err.contains("cannot decrypt"), "{err}");
}

#[test]
fn an_old_schema_version_is_migrated_on_the_copy_before_anything_is_touched() {
    let s = site();
    let live = Store::open(&s.data.join("aidkiosk.db")).unwrap();
    let here = live.site().unwrap().unwrap();
    drop(live);
    // This site as an aidkiosk of two migrations ago saved it.
    let old = s.root.join("old.db");
    let mut conn = Connection::open(&old).unwrap();
    Store::migrate_to(&mut conn, 2).unwrap();
    conn.execute(
        "INSERT INTO site (id, tag, name, secret, is_local, created_at)
         VALUES (?1, ?2, ?3, ?4, 1, '2026-11-01T12:00:00.000Z')",
        rusqlite::params![here.id, here.tag, here.name, here.secret],
    )
    .unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO entry (id, site_id, kind, category, quantity, urgency, mode, language,
                            created_at, updated_at)
         VALUES ('E1', '{id}', 'need', 'food', 1, 'week', 'pickup', 'es',
                 '2026-11-01T12:00:00.000Z', '2026-11-01T12:00:00.000Z');",
        id = here.id
    ))
    .unwrap();
    drop(conn);
    // The same file with one thing a later migration trips over: refused before any change
    // (an older aidkiosk overwrote the live database and then failed to migrate it).
    let tripping = s.crafted_from(&old, "tripping.db", "CREATE TABLE event (x);");
    s.refused(&tripping, "table \"event\"");

    let out = run(aidkiosk(&s.data).arg("restore").arg(&old));
    assert!(
        out.contains("Restored 1 entries of site \"Eastside\""),
        "{out}"
    );
    let store = Store::open(&s.data.join("aidkiosk.db")).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        i64::try_from(MIGRATIONS.len()).unwrap()
    );
    // Migration 4 counted the old entry for the reports.
    let counted: i64 = store
        .connection()
        .query_row("SELECT sum(created) FROM stat_day", [], |r| r.get(0))
        .unwrap();
    assert_eq!(counted, 1);
}

impl Site {
    fn crafted_from(&self, from: &Path, name: &str, sql: &str) -> PathBuf {
        let path = self.root.join(name);
        std::fs::copy(from, &path).unwrap();
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = OFF;").unwrap();
        conn.execute_batch(sql).unwrap();
        drop(conn);
        path
    }
}

#[test]
fn a_good_backup_still_restores_and_is_checked_exactly() {
    let s = site();
    let out = run(aidkiosk(&s.data).arg("restore").arg(&s.good));
    assert!(out.contains("Restored 40 entries"), "{out}");
    assert!(!out.contains("cannot unlock"), "{out}");
    // The check itself, on a copy.
    let copy = s.root.join("copy.db");
    std::fs::copy(&s.good, &copy).unwrap();
    let check = aidkiosk::store::check_backup(&copy).unwrap();
    assert_eq!(check.site.name, "Eastside");
    assert_eq!(check.entries, 40);
}
