//! The database: created from nothing, migrated from every earlier version, with the pragmas
//! that keep it safe, and entries and slips that round-trip.

mod common;

use aidkiosk::domain::{Category, Draft, Kind, Mode, SlipCode, Status, Urgency};
use aidkiosk::domain::{NewEntry, Site};
use aidkiosk::store::{MIGRATIONS, Store, StoreError};
use rusqlite::Connection;

fn site() -> Site {
    Site {
        id: "01JSITE0000000000000000000".into(),
        tag: "K3F9Q".into(),
        name: "Eastside Pantry".into(),
        secret: vec![7; 32],
    }
}

fn entry(id: &str) -> NewEntry {
    NewEntry {
        id: id.into(),
        draft: Draft {
            kind: Kind::Need,
            category: Category::Hygiene,
            quantity: 2,
            urgency: Urgency::Today,
            mode: Mode::Delivery,
            detail: "  ".into(),
            name: "Zainab".into(),
            phone: "".into(),
        },
        language: "ar".into(),
    }
}

fn ready() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .initialise(&site(), "01JSTAFF", "Maya", "$argon2id$fake", common::now())
        .unwrap();
    store
}

#[test]
fn a_new_file_is_created_migrated_and_safe() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("aidkiosk.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
    let c = store.connection();
    let pragma = |name: &str| -> String {
        c.query_row(&format!("PRAGMA {name}"), [], |r| {
            r.get::<_, rusqlite::types::Value>(0)
        })
        .map(|v| format!("{v:?}"))
        .unwrap()
    };
    assert_eq!(pragma("journal_mode"), "Text(\"wal\")");
    assert_eq!(pragma("synchronous"), "Integer(2)", "FULL");
    assert_eq!(pragma("foreign_keys"), "Integer(1)");
    drop(store);
    // Opening again changes nothing.
    let again = Store::open(&path).unwrap();
    assert_eq!(again.schema_version().unwrap(), MIGRATIONS.len() as i64);
    assert_eq!(again.site().unwrap(), None);
}

#[test]
fn every_earlier_version_migrates_to_the_latest() {
    for start in 0..=MIGRATIONS.len() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let mut conn = Connection::open(&path).unwrap();
            Store::migrate_to(&mut conn, start).unwrap();
            let v: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(v, start as i64);
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            MIGRATIONS.len() as i64,
            "from {start}"
        );
    }
}

#[test]
fn a_newer_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::TooNew { found: 999, .. })
    ));
}

#[test]
fn initialise_once_only() {
    let mut store = ready();
    assert!(store.has_coordinator().unwrap());
    assert_eq!(store.site().unwrap(), Some(site()));
    let again = store.initialise(&site(), "01JSTAFF2", "Sam", "$x", common::now());
    assert!(
        matches!(again, Err(StoreError::AlreadyInitialised(name)) if name == "Eastside Pantry")
    );
}

#[test]
fn an_entry_and_its_slip_round_trip() {
    let mut store = ready();
    let code = SlipCode::parse("7K3M-Q9PX").unwrap();
    let saved = store
        .save_entry(&entry("01JENTRY1"), &mut || code, common::now())
        .unwrap();
    assert_eq!(saved, code);
    let r = store.slip(&code).unwrap().unwrap();
    assert_eq!(r.kind, Kind::Need);
    assert_eq!(r.category, Category::Hygiene);
    assert_eq!(r.quantity, 2);
    assert_eq!(r.urgency, Urgency::Today);
    assert_eq!(r.mode, Mode::Delivery);
    assert_eq!(r.name, "Zainab");
    assert_eq!(r.language, "ar");
    assert_eq!(r.status, Status::Open);
    assert_eq!(r.issued_at, common::now());
    assert_eq!(r.printed_at, None);
    // Blank free text is stored as nothing, not as spaces.
    let detail: Option<String> = store
        .connection()
        .query_row("SELECT detail FROM entry WHERE id = '01JENTRY1'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(detail, None);
    store
        .record_print(&code, Some("out of paper"), common::now())
        .unwrap();
    assert_eq!(store.slip(&code).unwrap().unwrap().printed_at, None);
    store.record_print(&code, None, common::now()).unwrap();
    assert_eq!(
        store.slip(&code).unwrap().unwrap().printed_at,
        Some(common::now())
    );
}

#[test]
fn a_taken_code_is_replaced_not_reused() {
    let mut store = ready();
    let first = SlipCode::parse("AAAA-AAAA").unwrap();
    let second = SlipCode::parse("BBBB-BBBB").unwrap();
    store
        .save_entry(&entry("01JE1"), &mut || first, common::now())
        .unwrap();
    let mut codes = vec![second, first];
    let got = store
        .save_entry(&entry("01JE2"), &mut || codes.pop().unwrap(), common::now())
        .unwrap();
    assert_eq!(got, second);
    // If every code is taken, saving fails and leaves nothing half-written.
    let err = store.save_entry(&entry("01JE3"), &mut || first, common::now());
    assert!(matches!(err, Err(StoreError::CodeSpace)));
    assert_eq!(store.entry_count().unwrap(), 2);
}

#[test]
fn saving_needs_a_site() {
    let mut store = Store::open_in_memory().unwrap();
    let code = SlipCode::parse("7K3M-Q9PX").unwrap();
    let err = store.save_entry(&entry("01JE1"), &mut || code, common::now());
    assert!(matches!(err, Err(StoreError::NotInitialised)));
}

#[test]
fn insert_many_skips_taken_codes_and_leaves_no_orphans() {
    let mut store = ready();
    let a = SlipCode::parse("AAAA-AAAA").unwrap();
    let b = SlipCode::parse("BBBB-BBBB").unwrap();
    let mut rows = vec![
        (entry("01JE1"), a, common::now()),
        (entry("01JE2"), a, common::now()),
        (entry("01JE3"), b, common::now()),
    ]
    .into_iter();
    assert_eq!(store.insert_many(&mut rows).unwrap(), 2);
    assert_eq!(
        store.entry_count().unwrap(),
        2,
        "the entry whose code was taken is not kept"
    );
    assert_eq!(store.slip(&b).unwrap().unwrap().entry_id, "01JE3");
}

/// A site that ran an earlier version has entries already: migration 4 counts them into the
/// report tables exactly as the triggers would have.
#[test]
fn migration_4_counts_what_was_there_before() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        Store::migrate_to(&mut conn, 3).unwrap();
        conn.execute_batch(
            "INSERT INTO site (id, tag, name, secret, is_local, created_at)
             VALUES ('S', 'K3F9Q', 'Eastside', x'07', 1, '2026-10-01T12:00:00.000Z');
             INSERT INTO entry (id, site_id, kind, category, quantity, urgency, mode, language,
                                status, created_at, updated_at) VALUES
               ('E1', 'S', 'need', 'food', 1, 'today', 'pickup', 'es', 'picked',
                '2026-11-02T12:00:00.000Z', '2026-11-04T12:00:00.000Z'),
               ('E2', 'S', 'need', 'food', 1, 'today', 'pickup', 'ar', 'open',
                '2026-11-02T12:00:00.000Z', '2026-11-02T12:00:00.000Z'),
               ('E3', 'S', 'offer', 'clothing', 2, 'week', 'pickup', 'es', 'picked',
                '2026-11-03T12:00:00.000Z', '2026-11-03T12:00:00.000Z'),
               ('E4', 'S', 'need', 'housing', 1, 'week', 'call', 'en', 'closed',
                '2026-10-01T12:00:00.000Z', '2026-11-05T12:00:00.000Z');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let c = store.connection();
    let rows = |sql: &str| -> Vec<(String, String, String, i64, i64, i64)> {
        let mut stmt = c.prepare(sql).unwrap();
        stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    };
    // Days are the machine's local dates; noon UTC is the same date within ±11 hours.
    assert_eq!(
        rows("SELECT day, category, kind, created, handed, expired FROM stat_day ORDER BY 1, 2, 3"),
        [
            (
                "2026-10-01".into(),
                "housing".into(),
                "need".into(),
                1,
                0,
                0
            ),
            ("2026-11-02".into(), "food".into(), "need".into(), 2, 0, 0),
            (
                "2026-11-03".into(),
                "clothing".into(),
                "offer".into(),
                1,
                1,
                0
            ),
            ("2026-11-04".into(), "food".into(), "need".into(), 0, 1, 0),
            (
                "2026-11-05".into(),
                "housing".into(),
                "need".into(),
                0,
                0,
                1
            ),
        ]
    );
    let waits: Vec<(String, String, i64)> = c
        .prepare("SELECT entry_id, day, seconds FROM stat_wait")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(waits, [("E1".into(), "2026-11-04".into(), 2 * 86_400)]);
    let languages: i64 = c
        .query_row(
            "SELECT sum(created) FROM stat_language WHERE language = 'es'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(languages, 2);
}
