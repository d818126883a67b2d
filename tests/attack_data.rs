//! #18 findings 2, 5, 8, 9 and 10, as the attack found them: Setup offered over an existing
//! site, backups that leave copies behind or replace what is not a backup, a bad or missing
//! `pepper.key`, numbers and names that panic or hang the command line, files readable by all.
//!
//! `AIDKIOSK_TEST_BIN=/path/to/aidkiosk` runs the command-line tests against another build (an
//! older one, to see them fail).

mod common;

use std::path::Path;

use aidkiosk::app::Screen;
use aidkiosk::auth::{self, PepperStatus};
use aidkiosk::domain::Role;
use aidkiosk::store::{Store, StoreError};
use chrono::Utc;
use common::Harness;

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
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

fn init(data: &Path) {
    run(aidkiosk(data)
        .args([
            "init",
            "--site",
            "Eastside",
            "--admin",
            "Maya",
            "--pin-stdin",
        ])
        .write_stdin("2468\n"));
}

fn remove_db(data: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(data.join(format!("aidkiosk.db{suffix}")));
    }
}

// ---- 2: Setup is never offered over an existing site ----

#[test]
fn the_last_coordinator_cannot_be_disabled() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    run(aidkiosk(&data)
        .args([
            "staff",
            "add",
            "--name",
            "Lee",
            "--role",
            "volunteer",
            "--pin-stdin",
        ])
        .write_stdin("1357\n"));
    let err = fails(aidkiosk(&data).args(["staff", "disable", "Maya"]));
    assert!(
        err.contains("\"Maya\" is the last active coordinator"),
        "{err}"
    );
    assert!(err.contains("--role coordinator"), "{err}");
    let list = run(aidkiosk(&data).args(["staff", "list"]));
    assert!(!list.contains("(disabled)"), "{list}");
    // With a second coordinator, one of them may go.
    run(aidkiosk(&data)
        .args([
            "staff",
            "add",
            "--name",
            "Sam",
            "--role",
            "coordinator",
            "--pin-stdin",
        ])
        .write_stdin("9753\n"));
    run(aidkiosk(&data).args(["staff", "disable", "Maya"]));
    let err = fails(aidkiosk(&data).args(["staff", "disable", "Sam"]));
    assert!(
        err.contains("\"Sam\" is the last active coordinator"),
        "{err}"
    );
}

#[test]
fn the_store_refuses_the_last_coordinator_with_a_typed_error() {
    let mut h = Harness::new();
    let maya = h.kiosk.store().staff().unwrap()[0].id.clone();
    let now = Utc::now();
    let mut store = h.kiosk.store_mut();
    assert!(matches!(
        store.disable_staff(&maya, None, now),
        Err(StoreError::LastCoordinator(name)) if name == "Maya"
    ));
    assert!(store.has_coordinator().unwrap());
    store
        .add_staff("S2", "Sam", Role::Coordinator, "$argon2id$x", None, now)
        .unwrap();
    assert!(store.disable_staff(&maya, Some("S2"), now).unwrap());
}

#[test]
fn a_site_without_a_coordinator_shows_visitors_not_setup() {
    let mut store = Store::open_in_memory().unwrap();
    let mut env = aidkiosk::runtime::Env::fixed(common::now(), 7);
    aidkiosk::runtime::initialise(&mut store, &mut env, b"pepper", "Eastside", "Maya", "2468")
        .unwrap();
    // As the attack left it: the last coordinator disabled behind the kiosk's back.
    store
        .connection()
        .execute("UPDATE staff SET active = 0", [])
        .unwrap();
    let h = Harness::on(store);
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
    assert!(!h.screen().contains("Set up this kiosk"), "{}", h.screen());
}

#[test]
fn staff_list_says_how_to_get_a_coordinator_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    Store::open(&data.join("aidkiosk.db"))
        .unwrap()
        .connection()
        .execute("UPDATE staff SET active = 0", [])
        .unwrap();
    let list = run(aidkiosk(&data).args(["staff", "list"]));
    assert!(list.contains("no active coordinator"), "{list}");
    assert!(
        list.contains("aidkiosk staff add --name NAME --role coordinator"),
        "{list}"
    );
    // init is not a back door onto the existing site.
    let err = fails(
        aidkiosk(&data)
            .args([
                "init",
                "--site",
                "Mine now",
                "--admin",
                "Eve",
                "--pin-stdin",
            ])
            .write_stdin("1111\n"),
    );
    assert!(err.contains("already set up"), "{err}");
}

#[test]
fn a_lost_database_is_an_error_for_staff_not_a_new_site() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    assert!(data.join("site.id").exists());
    run(aidkiosk(&data)
        .arg("backup")
        .arg(dir.path().join("kept.db")));
    remove_db(&data);
    for args in [&["run"][..], &["staff"], &["staff", "list"], &["purge"]] {
        let err = fails(aidkiosk(&data).args(args));
        assert!(err.contains("aidkiosk.db is missing"), "{args:?}: {err}");
        assert!(err.contains("aidkiosk restore FILE"), "{err}");
        assert!(err.contains("--force-new-site"), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(
            !data.join("aidkiosk.db").exists(),
            "no fresh database is made"
        );
    }
    // The fix: restore the backup (a lost database is exactly where one goes).
    let backup = dir.path().join("site.db");
    std::fs::copy(dir.path().join("kept.db"), &backup).unwrap();
    let out = run(aidkiosk(&data).arg("restore").arg(&backup));
    assert!(
        out.contains("Restored 0 entries of site \"Eastside\""),
        "{out}"
    );
    let err = fails(aidkiosk(&data).arg("run"));
    assert!(err.contains("needs a terminal"), "past the guard: {err}");
    remove_db(&data);
    // An emptied one (a full disk, a careless copy) is the same.
    std::fs::write(data.join("aidkiosk.db"), b"").unwrap();
    let err = fails(aidkiosk(&data).arg("run"));
    assert!(err.contains("aidkiosk.db is empty"), "{err}");
    // Nor can init quietly start over.
    let err = fails(
        aidkiosk(&data)
            .args(["init", "--site", "New", "--admin", "Eve", "--pin-stdin"])
            .write_stdin("1111\n"),
    );
    assert!(err.contains("--force-new-site"), "{err}");
    let out = run(aidkiosk(&data)
        .args([
            "init",
            "--site",
            "New",
            "--admin",
            "Eve",
            "--pin-stdin",
            "--force-new-site",
        ])
        .write_stdin("1111\n"));
    assert!(out.contains("Set up site \"New\""), "{out}");
    // The kiosk gets past the guard now (and stops only for want of a terminal here).
    let err = fails(aidkiosk(&data).arg("run"));
    assert!(err.contains("needs a terminal"), "{err}");
    // --force-new-site never throws a database with a site away.
    let err = fails(
        aidkiosk(&data)
            .args([
                "init",
                "--site",
                "X",
                "--admin",
                "Eve",
                "--pin-stdin",
                "--force-new-site",
            ])
            .write_stdin("1111\n"),
    );
    assert!(err.contains("holds site \"New\""), "{err}");
}

#[test]
fn a_site_from_before_markers_gets_one_and_a_swapped_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    std::fs::remove_file(data.join("site.id")).unwrap();
    run(aidkiosk(&data).args(["staff", "list"]));
    let marker = std::fs::read_to_string(data.join("site.id")).unwrap();
    assert!(marker.contains("name=Eastside"), "{marker}");
    // Another site's database copied over this one by hand.
    let other = dir.path().join("other");
    init(&other);
    remove_db(&data);
    std::fs::copy(other.join("aidkiosk.db"), data.join("aidkiosk.db")).unwrap();
    let err = fails(aidkiosk(&data).args(["staff", "list"]));
    assert!(err.contains("--new-site"), "{err}");
}

#[test]
fn set_up_on_screen_leaves_the_marker() {
    let mut h = Harness::on(Store::open_in_memory().unwrap());
    let data = tempfile::tempdir().unwrap();
    h.kiosk.set_data_dir(data.path().to_owned());
    h.type_text("Library Hall")
        .press(crossterm::event::KeyCode::Enter);
    h.type_text("Sam").press(crossterm::event::KeyCode::Enter);
    for _ in 0..2 {
        h.type_text("1234").press(crossterm::event::KeyCode::Enter);
    }
    assert_eq!(h.kiosk.state.screen, Screen::Welcome);
    let marker = aidkiosk::datadir::read_marker(data.path())
        .unwrap()
        .unwrap();
    assert_eq!(marker.name, "Library Hall");
}

// ---- 5: backups leave nothing behind and replace only backups ----

fn hidden(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with('.'))
        .collect();
    names.sort();
    names
}

#[test]
fn what_killed_backups_left_is_removed_on_start_and_by_purge() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    let out_dir = dir.path().join("usb");
    std::fs::create_dir(&out_dir).unwrap();
    let plant = |dir: &Path| {
        for name in [
            ".backup-4242.db",
            ".backup-4242.db-journal",
            ".restore-77.db",
            ".aidkiosk.db.partial-9191",
        ] {
            std::fs::write(dir.join(name), b"SQLite format 3\0 a whole copy").unwrap();
        }
    };
    plant(&data);
    plant(&out_dir);
    std::fs::write(out_dir.join(".mine.partial-1"), b"not ours").unwrap();
    run(aidkiosk(&data)
        .arg("backup")
        .arg(out_dir.join("aidkiosk.db")));
    assert_eq!(hidden(&data), Vec::<String>::new());
    assert_eq!(hidden(&out_dir), [".mine.partial-1"], "only ours go");
    // purge sweeps them too, and says so.
    plant(&data);
    let dry = run(aidkiosk(&data).args(["purge", "--dry-run"]));
    assert!(dry.contains("Would remove 4 unfinished copies"), "{dry}");
    let done = run(aidkiosk(&data).arg("purge"));
    assert!(done.contains("Removed 4 unfinished copies"), "{done}");
    assert_eq!(hidden(&data), Vec::<String>::new());
    // And the kiosk, when it starts.
    plant(&data);
    let slips = data.join("slips");
    std::fs::create_dir_all(&slips).unwrap();
    std::fs::write(slips.join(".7K3MQ9PX.png.tmp"), b"half a slip").unwrap();
    std::fs::write(slips.join(".7K3MQ9PX.png.tmp-Ab12Cd"), b"half a slip").unwrap();
    let _ = aidkiosk(&data).arg("run").output().unwrap();
    assert_eq!(hidden(&data), Vec::<String>::new());
    assert_eq!(hidden(&slips), Vec::<String>::new());
}

#[test]
fn a_killed_encrypted_backup_leaves_no_plaintext_after_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    run(aidkiosk(&data).args(["seed", "--entries", "3000", "--days", "30"]));
    let pass = dir.path().join("pass");
    std::fs::write(&pass, "correct horse battery\n").unwrap();
    let out = dir.path().join("sealed.bak");
    for delay in [20, 80, 200] {
        let bin = match std::env::var_os("AIDKIOSK_TEST_BIN") {
            Some(bin) => std::path::PathBuf::from(bin),
            None => assert_cmd::cargo::cargo_bin("aidkiosk"),
        };
        let mut child = std::process::Command::new(bin)
            .arg("--data-dir")
            .arg(&data)
            .arg("backup")
            .arg(&out)
            .args(["--encrypt", "--passphrase-file"])
            .arg(&pass)
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
    }
    run(aidkiosk(&data)
        .arg("backup")
        .arg(&out)
        .args(["--encrypt", "--passphrase-file"])
        .arg(&pass));
    assert_eq!(hidden(&data), Vec::<String>::new());
    assert_eq!(hidden(dir.path()), Vec::<String>::new());
    assert!(
        std::fs::read(&out)
            .unwrap()
            .starts_with(b"aidkiosk-backup\n")
    );
}

#[test]
fn backup_replaces_only_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    let refused = |target: &Path, why: &str| {
        let err = fails(aidkiosk(&data).arg("backup").arg(target));
        assert!(err.contains(why), "{}: {err}", target.display());
        assert_eq!(hidden(dir.path()), Vec::<String>::new());
    };
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    refused(&folder, "is a folder");
    assert!(folder.is_dir());
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "shopping list").unwrap();
    refused(&notes, "is not an aidkiosk backup");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "shopping list");
    #[cfg(unix)]
    {
        let link = dir.path().join("link.db");
        std::os::unix::fs::symlink(&notes, &link).unwrap();
        refused(&link, "is a symbolic link");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        // A named pipe stands in for a device node (a backup run as root replaced one).
        let fifo = dir.path().join("fifo");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        refused(&fifo, "is not a regular file");
        use std::os::unix::fs::FileTypeExt;
        assert!(
            std::fs::symlink_metadata(&fifo)
                .unwrap()
                .file_type()
                .is_fifo()
        );
    }
    // Yesterday's backup, plain or encrypted, and an empty file are replaced.
    let plain = dir.path().join("daily.db");
    run(aidkiosk(&data).arg("backup").arg(&plain));
    run(aidkiosk(&data).arg("backup").arg(&plain));
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    run(aidkiosk(&data).arg("backup").arg(&empty));
    let pass = dir.path().join("pass");
    std::fs::write(&pass, "correct horse battery\n").unwrap();
    let sealed = dir.path().join("sealed.bak");
    for _ in 0..2 {
        run(aidkiosk(&data)
            .arg("backup")
            .arg(&sealed)
            .args(["--encrypt", "--passphrase-file"])
            .arg(&pass));
    }
    assert_eq!(hidden(dir.path()), Vec::<String>::new());
}

// ---- 8: a bad or missing pepper.key ----

#[test]
fn a_bad_pepper_key_refuses_to_start_and_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    let pepper = data.join("pepper.key");
    for (bytes, why) in [
        (&b""[..], "is empty"),
        (&b"short pepper"[..], "shorter than 32"),
    ] {
        std::fs::write(&pepper, bytes).unwrap();
        for args in [&["run"][..], &["staff"]] {
            let err = fails(aidkiosk(&data).args(args));
            assert!(err.contains("pepper.key"), "{err}");
            assert!(err.contains(why), "{err}");
            assert!(err.contains("backup set"), "{err}");
        }
        let err = fails(
            aidkiosk(&data)
                .args(["staff", "set-pin", "Maya", "--pin-stdin"])
                .write_stdin("1111\n"),
        );
        assert!(err.contains(why), "{err}");
        assert_eq!(
            std::fs::read(&pepper).unwrap(),
            bytes,
            "kept as it was, never used"
        );
    }
    // Unreadable (a folder where the file should be; root reads any file).
    std::fs::remove_file(&pepper).unwrap();
    std::fs::create_dir(&pepper).unwrap();
    let err = fails(aidkiosk(&data).arg("run"));
    assert!(err.contains("unreadable"), "{err}");
}

#[test]
fn a_restore_without_pepper_key_refuses_to_unlock_and_says_how_to_fix_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    run(aidkiosk(&data)
        .args([
            "staff",
            "add",
            "--name",
            "Lee",
            "--role",
            "volunteer",
            "--pin-stdin",
        ])
        .write_stdin("1357\n"));
    let backup = dir.path().join("site.db");
    run(aidkiosk(&data).arg("backup").arg(&backup));

    // A new machine: the backup, but not its pepper.key.
    let fresh = dir.path().join("fresh");
    let out = run(aidkiosk(&fresh).arg("restore").arg(&backup));
    assert!(out.contains("Staff cannot unlock yet"), "{out}");
    assert!(out.contains("aidkiosk staff set-pin NAME"), "{out}");
    // The staff console, which is nothing but the desk, refuses to start and says why; the
    // exports that need a PIN say the same; no pepper is made behind anyone's back.
    let err = fails(aidkiosk(&fresh).arg("staff"));
    assert!(err.contains("pepper.key is missing"), "{err}");
    assert!(err.contains("staff set-pin NAME"), "{err}");
    let err = fails(
        aidkiosk(&fresh)
            .args(["export", "csv"])
            .arg(dir.path().join("out"))
            .args(["--with-contact", "--staff", "Maya", "--pin-stdin"])
            .write_stdin("2468\n"),
    );
    assert!(err.contains("pepper.key is missing"), "{err}");
    assert!(!fresh.join("pepper.key").exists());
    // What the desk asks before checking a PIN.
    let store = Store::open(&fresh.join("aidkiosk.db")).unwrap();
    assert_eq!(
        auth::pepper_status(&store, &[], None).unwrap(),
        PepperStatus::Missing
    );
    drop(store);

    // The fix: a coordinator sets new PINs; whoever still has an old one is told so.
    let out = run(aidkiosk(&fresh)
        .args(["staff", "set-pin", "Maya", "--pin-stdin"])
        .write_stdin("8642\n"));
    assert!(
        out.contains("pepper.key was missing: a new one was made"),
        "{out}"
    );
    assert!(
        out.contains("need a new PIN too") && out.contains("Lee"),
        "{out}"
    );
    let pepper = std::fs::read(fresh.join("pepper.key")).unwrap();
    let store = Store::open(&fresh.join("aidkiosk.db")).unwrap();
    let ids: Vec<(String, String)> = store
        .staff()
        .unwrap()
        .into_iter()
        .map(|s| (s.name, s.id))
        .collect();
    let id = |name: &str| ids.iter().find(|(n, _)| n == name).unwrap().1.clone();
    assert_eq!(
        auth::pepper_status(&store, &pepper, Some(&id("Maya"))).unwrap(),
        PepperStatus::Ready
    );
    assert_eq!(
        auth::pepper_status(&store, &pepper, Some(&id("Lee"))).unwrap(),
        PepperStatus::StalePin
    );
    let maya = store.pin_hash(&id("Maya")).unwrap().unwrap();
    assert!(auth::verify_pin("8642", &maya, &pepper));
    drop(store);
    run(aidkiosk(&fresh)
        .args(["staff", "set-pin", "Lee", "--pin-stdin"])
        .write_stdin("7531\n"));
    let store = Store::open(&fresh.join("aidkiosk.db")).unwrap();
    assert_eq!(
        auth::pepper_status(&store, &pepper, Some(&id("Lee"))).unwrap(),
        PepperStatus::Ready
    );
    assert!(store.pepper_guard().unwrap().stale.is_empty());
}

#[test]
fn another_machines_pepper_key_is_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    let backup = dir.path().join("site.db");
    run(aidkiosk(&data).arg("backup").arg(&backup));
    let fresh = dir.path().join("fresh");
    std::fs::create_dir(&fresh).unwrap();
    std::fs::write(fresh.join("pepper.key"), [42u8; 32]).unwrap();
    let out = run(aidkiosk(&fresh).arg("restore").arg(&backup));
    assert!(
        out.contains("is not the one the staff PINs were set with"),
        "{out}"
    );
    let err = fails(aidkiosk(&fresh).arg("staff"));
    assert!(
        err.contains("is not the one the staff PINs were set with"),
        "{err}"
    );
    // With the right pepper.key copied in, all is well.
    std::fs::copy(data.join("pepper.key"), fresh.join("pepper.key")).unwrap();
    let store = Store::open(&fresh.join("aidkiosk.db")).unwrap();
    let pepper = std::fs::read(fresh.join("pepper.key")).unwrap();
    assert_eq!(
        auth::pepper_status(&store, &pepper, None).unwrap(),
        PepperStatus::Ready
    );
}

#[test]
fn no_pin_is_ever_hashed_or_checked_without_a_pepper() {
    assert!(matches!(
        auth::hash_pin("2468", b""),
        Err(auth::AuthError::NoPepper)
    ));
    let hash = auth::hash_pin("2468", &[1; 32]).unwrap();
    assert!(!auth::verify_pin("2468", &hash, b""));
}

// ---- 9: numbers and names ----

#[test]
fn numbers_out_of_range_are_refused_calmly() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    for (args, flag) in [
        (
            &["report", "gaps", "--older-than", "4294967295"][..],
            "--older-than",
        ),
        (&["report", "gaps", "--older-than=-1"], "--older-than"),
        (&["report", "gaps", "--from", "+262143-01-01"], "--from"),
        (&["report", "gaps", "--to", "1066-10-14"], "--to"),
        (
            &["seed", "--entries", "10", "--days", "4294967295"],
            "--days",
        ),
        (&["seed", "--entries", "18446744073709551615"], "--entries"),
        (&["seed", "--entries", "0"], "--entries"),
        (
            &[
                "event",
                "add",
                "--starts",
                "9999-12-31 10:00",
                "--ends",
                "12:00",
                "--place",
                "Hall",
                "--title",
                "en=Food",
            ],
            "--starts",
        ),
    ] {
        let started = std::time::Instant::now();
        let err = fails(aidkiosk(&data).args(args));
        assert!(err.contains(flag), "{args:?}: {err}");
        assert!(
            started.elapsed().as_secs() < 5,
            "{args:?} took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn names_are_bounded_and_free_of_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    let long = "x".repeat(100_000);
    for admin in [long.as_str(), "Ma\x1b[2Jya", "Ma\u{202E}ya", "Ma\nya"] {
        let err = fails(
            aidkiosk(&data)
                .args([
                    "init",
                    "--site",
                    "Eastside",
                    "--admin",
                    admin,
                    "--pin-stdin",
                ])
                .write_stdin("2468\n"),
        );
        assert!(err.contains("--admin"), "{err}");
        assert!(
            err.len() < 400,
            "the error does not echo 100,000 characters back"
        );
        assert!(!err.contains('\x1b'), "{err:?}");
    }
    let err = fails(
        aidkiosk(&data)
            .args(["init", "--site", "East\x07side", "--pin-stdin"])
            .write_stdin("2468\n"),
    );
    assert!(err.contains("--site"), "{err}");
    init(&data);
    let err = fails(
        aidkiosk(&data)
            .args([
                "staff",
                "add",
                "--name",
                "Lee\x1b]0;owned\x07",
                "--pin-stdin",
            ])
            .write_stdin("1357\n"),
    );
    assert!(err.contains("control characters"), "{err}");
    let forty = "y".repeat(40);
    run(aidkiosk(&data)
        .args(["staff", "add", "--name", &forty, "--pin-stdin"])
        .write_stdin("1357\n"));
}

#[test]
fn staff_list_never_prints_escape_sequences_from_stored_names() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    init(&data);
    // Old data, or a restored one: a name written before names were checked.
    Store::open(&data.join("aidkiosk.db"))
        .unwrap()
        .connection()
        .execute(
            "UPDATE staff SET name = ?1",
            ["Maya\x1b[2J\x1b]0;owned\x07\u{202E}"],
        )
        .unwrap();
    let list = run(aidkiosk(&data).args(["staff", "list"]));
    assert!(!list.contains('\x1b') && !list.contains('\x07') && !list.contains('\u{202E}'));
    assert!(list.contains("Maya\\x1b[2J"), "{list}");
}

// ---- 10: files are their owner's only ----

#[cfg(unix)]
fn modes(dir: &Path, out: &mut Vec<(String, u32)>) {
    use std::os::unix::fs::PermissionsExt;
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let meta = std::fs::symlink_metadata(e.path()).unwrap();
        out.push((
            e.path().display().to_string(),
            meta.permissions().mode() & 0o777,
        ));
        if meta.is_dir() {
            modes(&e.path(), out);
        }
    }
}

#[cfg(unix)]
#[test]
fn files_in_a_fresh_data_dir_are_the_owners_only() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    // Whatever umask the caller has (a login shell's 022, here).
    let with_umask = |cmd: &mut assert_cmd::Command| {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg("umask 022; exec \"$@\"")
            .arg("sh")
            .arg(cmd.get_program())
            .args(cmd.get_args())
            .stdin(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().unwrap().write_all(b"2468\n")?;
                child.wait_with_output()
            })
            .unwrap();
        out.status.success()
    };
    assert!(with_umask(aidkiosk(&data).args([
        "init",
        "--site",
        "Eastside",
        "--admin",
        "Maya",
        "--pin-stdin"
    ])));
    assert!(with_umask(aidkiosk(&data).args([
        "seed",
        "--entries",
        "50"
    ])));
    // The kiosk start (logs), a slip and a backup into a new folder of the data dir.
    let _ = with_umask(aidkiosk(&data).arg("run"));
    assert!(with_umask(aidkiosk(&data).args(["print-test"])));
    assert!(with_umask(
        aidkiosk(&data).arg("backup").arg(data.join("first.db"))
    ));
    let mut all = Vec::new();
    modes(&data, &mut all);
    assert!(all.len() >= 5, "{all:?}");
    let open: Vec<_> = all.iter().filter(|(_, m)| m & 0o077 != 0).collect();
    assert!(open.is_empty(), "readable by others: {open:?}");
}

#[test]
fn every_kiosk_unit_sets_a_private_umask() {
    let units = Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk-setup/units");
    let mut checked = 0;
    for e in std::fs::read_dir(&units).unwrap() {
        let path = e.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        if text.contains("/usr/local/bin/aidkiosk") || text.contains("aidkiosk-daily\n") {
            assert!(text.contains("\nUMask=0077\n"), "{}", path.display());
            checked += 1;
        }
    }
    assert!(checked >= 4, "{checked}");
}
