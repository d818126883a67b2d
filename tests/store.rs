//! The database: created from nothing, migrated from every earlier version, with the pragmas
//! that keep it safe, and entries and slips that round-trip.

mod common;

use aidkiosk::domain::{Category, Draft, Kind, Mode, SlipCode, Status, Urgency};
use aidkiosk::store::{MIGRATIONS, NewEntry, Site, Store, StoreError};
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
    store.record_print(&code, false, common::now()).unwrap();
    assert_eq!(store.slip(&code).unwrap().unwrap().printed_at, None);
    store.record_print(&code, true, common::now()).unwrap();
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
