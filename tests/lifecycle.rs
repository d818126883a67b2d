//! The data lifecycle: the purge leaves no name, phone or note anywhere in the database's
//! files while the counts stay; open entries expire; the kiosk runs it daily by itself; and a
//! backup taken while the kiosk writes restores whole, plain or encrypted.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use aidkiosk::config::Config;
use aidkiosk::domain::NewEntry;
use aidkiosk::domain::{Category, Draft, Kind, Mode, SlipCode, Status};
use aidkiosk::store::Store;
use chrono::{DateTime, Duration, TimeZone, Utc};
use common::{aidkiosk, fails, run};

fn day(d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, d, 12, 0, 0).unwrap()
}

fn set_up(path: &Path) -> Store {
    common::set_up_at(path, day(1))
}

/// An entry with a name, phone and note unique to it (`tag`), made at `at`.
fn personal(store: &mut Store, tag: &str, kind: Kind, at: DateTime<Utc>) -> SlipCode {
    let draft = Draft {
        mode: Mode::Call,
        detail: format!("note-{tag}-secret"),
        name: format!("name-{tag}-secret"),
        phone: format!("+1 555 {tag}"),
        ..Draft::new(kind, Category::Food)
    };
    let code = SlipCode::from_random([tag.len() as u8, tag.as_bytes()[0], tag.as_bytes()[1], 7, 7]);
    let entry = NewEntry {
        id: format!("E-{tag}"),
        draft,
        language: "es".into(),
    };
    store.save_entry(&entry, &mut || code, at).unwrap()
}

/// Every file of the database (main, write-ahead log, shared memory) as bytes.
fn raw_bytes(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        if let Ok(b) = std::fs::read(dir.join(format!("aidkiosk.db{suffix}"))) {
            all.extend(b);
        }
    }
    all
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn the_purge_leaves_no_personal_data_in_the_files_and_keeps_the_counts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("aidkiosk.db");
    let mut store = set_up(&path);
    let staff = store.staff().unwrap()[0].id.clone();
    // Old and handed over; old and never collected (expires, then purged); recent and handed
    // over (kept: inside the retention period).
    let picked = personal(&mut store, "4711", Kind::Need, day(1));
    store
        .pickup(
            &picked,
            &staff,
            aidkiosk::domain::lifecycle::SERVICES,
            day(2),
        )
        .unwrap();
    personal(&mut store, "5822", Kind::Offer, day(1));
    let recent = personal(&mut store, "6933", Kind::Need, day(24));
    store
        .pickup(
            &recent,
            &staff,
            aidkiosk::domain::lifecycle::SERVICES,
            day(24),
        )
        .unwrap();
    let now = day(25);
    let before = store
        .gap_report(
            day(1).date_naive(),
            now.date_naive(),
            &Config::default().categories,
            now,
            7,
        )
        .unwrap()
        .totals();
    store.checkpoint();
    let raw = raw_bytes(dir.path());
    for tag in ["4711", "5822", "6933"] {
        assert!(
            contains(&raw, &format!("name-{tag}-secret")),
            "fixture {tag} is on disk"
        );
    }

    // The staff console has the database open too, as on a real site: the log stays in use.
    let console = Store::open(&path).unwrap();
    assert!(console.entry_count().unwrap() >= 3);
    // retention_days = entry_ttl_days = 14, as of the 25th.
    let cutoff = now - Duration::days(14);
    let dry = store
        .apply_lifecycle(
            cutoff,
            cutoff,
            true,
            aidkiosk::domain::lifecycle::SERVICES,
            now,
        )
        .unwrap();
    assert_eq!((dry.expired, dry.purged), (1, 2));
    assert!(
        contains(&raw_bytes(dir.path()), "name-4711-secret"),
        "a dry run changes nothing"
    );
    let done = store
        .apply_lifecycle(
            cutoff,
            cutoff,
            false,
            aidkiosk::domain::lifecycle::SERVICES,
            now,
        )
        .unwrap();
    assert_eq!((done.expired, done.purged), (1, 2));

    // Scanned while both connections are still open: the write-ahead log file is there.
    assert!(dir.path().join("aidkiosk.db-wal").exists());
    let raw = raw_bytes(dir.path());
    for tag in ["4711", "5822"] {
        for field in [
            format!("name-{tag}-secret"),
            format!("note-{tag}-secret"),
            format!("+1 555 {tag}"),
        ] {
            assert!(
                !contains(&raw, &field),
                "{field} survived the purge in the file bytes"
            );
        }
    }
    assert!(
        contains(&raw, "name-6933-secret"),
        "recent entries keep their contact"
    );

    let store = Store::open(&path).unwrap();
    let after = store
        .gap_report(
            day(1).date_naive(),
            now.date_naive(),
            &Config::default().categories,
            now,
            7,
        )
        .unwrap()
        .totals();
    assert_eq!(after.0, before.0, "needs still counted");
    assert_eq!(after.1, before.1, "offers still counted");
    assert_eq!(after.2, before.2, "hand-overs still counted");
    assert_eq!(
        after.3, before.3,
        "the expired entry is an offer, not an unmet need"
    );
    let expired = store
        .slip(&SlipCode::from_random([4, b'5', b'8', 7, 7]))
        .unwrap()
        .unwrap();
    assert_eq!(expired.status, Status::Closed);
    assert_eq!(expired.name, "");
    // A second run finds nothing more to do.
    let mut store = store;
    let again = store
        .apply_lifecycle(
            cutoff,
            cutoff,
            false,
            aidkiosk::domain::lifecycle::SERVICES,
            now,
        )
        .unwrap();
    assert_eq!((again.expired, again.purged), (0, 0));
}

/// What was set aside for someone who never came goes back: a matched need expires like an
/// open one, its stock returns to the shelf, and the offer matched with it is open again.
#[test]
fn matched_entries_expire_too_and_give_back_what_was_set_aside() {
    use aidkiosk::domain::Candidate;
    use aidkiosk::store::DropOff;
    let dir = tempfile::tempdir().unwrap();
    let mut store = set_up(&dir.path().join("aidkiosk.db"));
    let staff = store.staff().unwrap()[0].id.clone();
    let stocked = store
        .drop_off(
            &DropOff {
                id: "INV1",
                category: Category::Food,
                item: "Rice 1 kg",
                quantity: 5,
                offer: None,
            },
            &staff,
            aidkiosk::domain::lifecycle::SERVICES,
            day(1),
        )
        .unwrap();
    let aidkiosk::store::Received::Stock(stocked) = stocked else {
        panic!("{stocked:?}")
    };
    // Proposed and confirmed at the desk, as a volunteer would.
    let matched = |store: &mut Store, id: &str, need: &str, with: Candidate, n: i64, at| {
        store.propose_match(id, need, &with, n, &staff, at).unwrap();
        assert!(
            store
                .confirm_match(id, &staff, aidkiosk::domain::lifecycle::SERVICES, at)
                .unwrap()
        );
    };
    let old_need = personal(&mut store, "8155", Kind::Need, day(1));
    let old_need = store.entry_by_code(&old_need).unwrap().unwrap();
    matched(
        &mut store,
        "M1",
        &old_need.id,
        Candidate::Stock(stocked.clone()),
        2,
        day(2),
    );
    assert_eq!(store.inventory().unwrap()[0].quantity, 3, "set aside");
    // A second old need matched with a recent offer.
    let other_need = personal(&mut store, "8266", Kind::Need, day(1));
    let other_need = store.entry_by_code(&other_need).unwrap().unwrap();
    let offer = personal(&mut store, "8377", Kind::Offer, day(20));
    let offer = store.entry_by_code(&offer).unwrap().unwrap();
    matched(
        &mut store,
        "M2",
        &other_need.id,
        Candidate::Offer(Box::new(offer.clone())),
        1,
        day(21),
    );
    let status = |s: &Store, code: &SlipCode| s.entry_by_code(code).unwrap().unwrap().status;
    assert_eq!(status(&store, &offer.code), Status::Matched);

    let now = day(25);
    let cutoff = now - Duration::days(14);
    let done = store
        .apply_lifecycle(
            cutoff,
            cutoff,
            false,
            aidkiosk::domain::lifecycle::SERVICES,
            now,
        )
        .unwrap();
    assert_eq!(done.expired, 2, "both old needs, matched or not");
    assert_eq!(done.purged, 2, "and their names and phones go");
    assert_eq!(status(&store, &old_need.code), Status::Closed);
    assert_eq!(status(&store, &other_need.code), Status::Closed);
    assert_eq!(
        status(&store, &offer.code),
        Status::Open,
        "free for someone else"
    );
    assert_eq!(
        store.inventory().unwrap()[0].quantity,
        5,
        "back on the shelf"
    );
    assert!(store.proposed_matches().unwrap().is_empty());
    let cancelled: i64 = store
        .connection()
        .query_row(
            "SELECT count(*) FROM match WHERE status = 'cancelled'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(cancelled, 2);
    assert_eq!(
        store.entry_by_code(&old_need.code).unwrap().unwrap().name,
        ""
    );
    assert_eq!(
        store.entry_by_code(&offer.code).unwrap().unwrap().name,
        "name-8377-secret"
    );
}

#[test]
fn the_kiosk_runs_the_lifecycle_once_a_day_on_its_own_between_visitors() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = set_up(&dir.path().join("aidkiosk.db"));
    let staff = store.staff().unwrap()[0].id.clone();
    let old = personal(
        &mut store,
        "7044",
        Kind::Need,
        common::now() - Duration::days(40),
    );
    store
        .pickup(
            &old,
            &staff,
            aidkiosk::domain::lifecycle::SERVICES,
            common::now() - Duration::days(39),
        )
        .unwrap();
    let slips = tempfile::tempdir().unwrap();
    let stale = slips.path().join("7K3MQ9PX.png");
    let theirs = slips.path().join("notes.txt");
    let month_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(60 * 86_400);
    for file in [&stale, &theirs] {
        std::fs::write(file, b"old").unwrap();
        std::fs::File::options()
            .write(true)
            .open(file)
            .unwrap()
            .set_modified(month_ago)
            .unwrap();
    }
    let mut h = common::Harness::on(store);
    h.kiosk.set_slip_dir(slips.path().to_owned());

    // Not in the first minute, and never while a visitor is on screen.
    housekeeping_at(&mut h, 30_000);
    assert_eq!(
        h.kiosk.store().slip(&old).unwrap().unwrap().name,
        "name-7044-secret"
    );
    h.clock = 119_000;
    h.press(crossterm::event::KeyCode::Enter);
    housekeeping_at(&mut h, 120_000);
    assert_eq!(
        h.kiosk.store().slip(&old).unwrap().unwrap().name,
        "name-7044-secret"
    );
    h.press(crossterm::event::KeyCode::Esc);
    assert!(matches!(
        h.kiosk.state.screen,
        aidkiosk::app::Screen::Welcome
    ));
    housekeeping_at(&mut h, 180_000);
    assert_eq!(
        h.kiosk.store().slip(&old).unwrap().unwrap().name,
        "",
        "purged"
    );
    assert!(!stale.exists(), "old slip files go too");
    assert!(
        theirs.exists(),
        "a file that is not a slip stays, however old"
    );
    assert_eq!(
        h.kiosk.store().lifecycle_last_run().unwrap(),
        Some(common::now())
    );
    // Within the day it does not run again (the last run is in the database, so a restart
    // reads the same answer).
    let runs = |h: &common::Harness| {
        h.kiosk
            .store()
            .audit_tail(100)
            .unwrap()
            .iter()
            .filter(|a| a.action == "lifecycle")
            .count()
    };
    housekeeping_at(&mut h, 180_000 + aidkiosk::app::HOUSEKEEPING_EVERY_MS);
    assert_eq!(runs(&h), 1);
}

#[test]
fn a_backup_taken_while_the_kiosk_writes_restores_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("aidkiosk.db");
    drop(set_up(&path));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = Arc::clone(&stop);
        let path = path.clone();
        std::thread::spawn(move || {
            // The kiosk: one entry per transaction, as visitors save them.
            let mut store = Store::open(&path).unwrap();
            let mut i: u32 = 0;
            while !stop.load(Ordering::Relaxed) || i < 200 {
                let b = i.to_be_bytes();
                let entry = NewEntry {
                    id: format!("W{i:08}"),
                    draft: Draft::new(Kind::Need, Category::Food),
                    language: "en".into(),
                };
                store
                    .save_entry(
                        &entry,
                        &mut || SlipCode::from_random([b[0], b[1], b[2], b[3], 1]),
                        Utc::now(),
                    )
                    .unwrap();
                i += 1;
            }
            i
        })
    };
    let reader = Store::open(&path).unwrap();
    while reader.entry_count().unwrap() < 100 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let copy = dir.path().join("copy.db");
    reader.backup_to(&copy).unwrap();
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap();

    let check = aidkiosk::store::check_backup(&copy).unwrap();
    assert!(
        check.entries >= 100 && check.entries <= i64::from(written),
        "{check:?} of {written}"
    );
    assert_eq!(check.site.name, "Eastside");
    // Every entry in the copy has its slip: the copy is one moment, not half a transaction.
    let c = rusqlite::Connection::open(&copy).unwrap();
    let orphans: i64 = c
        .query_row(
            "SELECT count(*) FROM entry e WHERE NOT EXISTS (SELECT 1 FROM slip s WHERE s.entry_id = e.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete", "a backup is one self-contained file");
    drop(c);

    // Restored over the live database (a day later, say), it is exactly the copy again.
    let mut live = Store::open(&path).unwrap();
    live.restore_from(&copy).unwrap();
    assert_eq!(live.entry_count().unwrap(), check.entries);
    let ok: String = live
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn backup_and_restore_from_the_command_line_plain_and_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    run(aidkiosk(&data)
        .args([
            "init",
            "--site",
            "Eastside",
            "--admin",
            "Maya",
            "--pin-stdin",
        ])
        .write_stdin("2468\n"));
    run(aidkiosk(&data).args(["seed", "--entries", "300", "--days", "20"]));
    let plain = dir.path().join("plain.db");
    let sealed = dir.path().join("sealed.bak");
    let pass = dir.path().join("pass.txt");
    std::fs::write(&pass, "correct horse battery\n").unwrap();
    run(aidkiosk(&data).arg("backup").arg(&plain));
    run(aidkiosk(&data)
        .arg("backup")
        .arg(&sealed)
        .args(["--encrypt", "--passphrase-file"])
        .arg(&pass));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&sealed).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "backups hold personal data");
    }
    let sealed_bytes = std::fs::read(&sealed).unwrap();
    assert!(sealed_bytes.starts_with(b"aidkiosk-backup\n"));
    assert!(
        !contains(&sealed_bytes, "SQLite format 3"),
        "nothing readable inside"
    );
    assert!(
        fails(aidkiosk(&data).arg("backup").arg(&sealed).arg("--encrypt"))
            .contains("--encrypt needs the passphrase")
    );

    // Into a new machine's empty data dir.
    let fresh = dir.path().join("fresh");
    assert!(
        fails(aidkiosk(&fresh).arg("restore").arg(&sealed))
            .contains("is encrypted: give its passphrase")
    );
    assert!(
        fails(
            aidkiosk(&fresh)
                .arg("restore")
                .arg(&sealed)
                .arg("--passphrase-stdin")
                .write_stdin("wrong horse battery\n")
        )
        .contains("the passphrase is wrong")
    );
    let out = run(aidkiosk(&fresh)
        .arg("restore")
        .arg(&sealed)
        .arg("--passphrase-stdin")
        .write_stdin("correct horse battery\n"));
    assert!(
        out.contains("Restored 300 entries of site \"Eastside\""),
        "{out}"
    );
    assert!(out.contains("pepper.key"), "{out}");
    let report = run(aidkiosk(&fresh).args(["report", "gaps", "--format", "json"]));
    let json: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert!(json["categories"].as_array().unwrap().len() == 12);

    // Over the same site: the database as it was is kept first.
    let out = run(aidkiosk(&data).arg("restore").arg(&plain));
    assert!(out.contains("kept in"), "{out}");
    assert_eq!(std::fs::read_dir(data.join("backups")).unwrap().count(), 1);
    // Another site's backup, or something that is not one, is refused and changes nothing.
    let other = dir.path().join("other");
    run(aidkiosk(&other)
        .args([
            "init",
            "--site",
            "Westside",
            "--admin",
            "Lee",
            "--pin-stdin",
        ])
        .write_stdin("1357\n"));
    assert!(
        fails(aidkiosk(&other).arg("restore").arg(&plain))
            .contains("a backup of site \"Eastside\"")
    );
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, vec![7u8; 4096]).unwrap();
    assert!(fails(aidkiosk(&other).arg("restore").arg(&junk)).contains("cannot be restored"));
    assert!(
        fails(aidkiosk(&data).arg("backup").arg(data.join("aidkiosk.db")))
            .contains("is the live database")
    );
}

#[test]
fn purge_from_the_command_line_says_what_it_does() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    run(aidkiosk(&data)
        .args(["init", "--site", "Eastside", "--pin-stdin"])
        .write_stdin("2468\n"));
    // A year of history: the seed purges as the daily run would, so nothing is left to do
    // except what became due since.
    run(aidkiosk(&data).args(["seed", "--entries", "2000", "--days", "365"]));
    let dry = run(aidkiosk(&data).args(["purge", "--dry-run"]));
    assert!(dry.starts_with("Would expire "), "{dry}");
    assert!(
        dry.contains("Would remove names, phones and notes from "),
        "{dry}"
    );
    let done = run(aidkiosk(&data).arg("purge"));
    assert!(done.starts_with("Expired "), "{done}");
    let again = run(aidkiosk(&data).args(["purge", "--dry-run"]));

    assert!(
        again.contains("Would expire 0 open or matched entries"),
        "{again}"
    );
    assert!(again.contains("from 0 finished entries"), "{again}");
    assert!(fails(aidkiosk(&dir.path().join("none")).arg("purge")).contains("no database at"));
}

#[test]
fn members_not_seen_for_a_year_go_and_their_hours_stay_anonymous() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    run(aidkiosk(&data)
        .args(["init", "--site", "Eastside", "--pin-stdin"])
        .write_stdin("2468\n"));
    // Two years of history: the first year's members were not seen since.
    run(aidkiosk(&data).args(["seed", "--entries", "3000", "--days", "730"]));
    let db = data.join("aidkiosk.db");
    let ledger = |sql: &str| -> i64 {
        rusqlite::Connection::open(&db)
            .unwrap()
            .query_row(sql, [], |r| r.get(0))
            .unwrap()
    };
    let (members, legs) = (
        ledger("SELECT count(*) FROM member"),
        ledger("SELECT count(*) FROM leg"),
    );
    let dry = run(aidkiosk(&data).args(["purge", "--dry-run"]));
    let leaving = dry
        .lines()
        .find(|l| l.contains(" members not seen for 365 days"))
        .and_then(|l| l.split(' ').nth(2)?.parse::<i64>().ok())
        .unwrap_or_else(|| panic!("{dry}"));
    assert!(leaving > 0 && leaving < members, "{leaving} of {members}");
    let done = run(aidkiosk(&data).arg("purge"));
    assert!(
        done.contains(&format!("Removed {leaving} members not seen for 365 days")),
        "{done}"
    );
    assert_eq!(ledger("SELECT count(*) FROM member"), members - leaving);
    assert_eq!(
        ledger(
            "SELECT count(*) FROM member_card c WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.id = c.member_id)"
        ),
        0
    );
    assert_eq!(ledger("SELECT count(*) FROM leg"), legs, "every leg stays");
    assert_eq!(ledger("SELECT COALESCE(sum(quarters), 0) FROM leg"), 0);
    assert_eq!(
        ledger(
            "SELECT count(*) FROM entry WHERE member_id IS NOT NULL AND member_id NOT IN (SELECT id FROM member)"
        ),
        0,
        "no entry points to a removed member"
    );
    let again = run(aidkiosk(&data).args(["purge", "--dry-run"]));
    assert!(again.contains("Would remove 0 members"), "{again}");
}

/// Time passes on the kiosk until `at`: housekeeping runs if it is due.
fn housekeeping_at(h: &mut common::Harness, at: aidkiosk::app::Millis) {
    h.kiosk.dispatch(aidkiosk::app::Action::Tick, at);
    h.kiosk.settle(std::time::Duration::from_secs(10), at);
}
