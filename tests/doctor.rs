//! `aidkiosk doctor` against a healthy data dir, then with each problem planted: what it says,
//! the fix it gives, and its exit status (1 on a failure, 0 on warnings alone).

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use aidkiosk::domain::{Category, Draft, Kind, NewEntry, SlipCode};
use aidkiosk::store::Store;
use common::{aidkiosk, run};

/// Fonts every test machine has (Debian's fonts-dejavu-core): Latin, Cyrillic, Arabic, but no
/// Chinese or Korean.
const DEJAVU: &str = "/usr/share/fonts/truetype/dejavu";

/// A healthy site: set up, some history, a fresh backup, private files, a printer into files.
fn healthy(languages: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    run(aidkiosk(&data)
        .args(["init", "--site", "Eastside Pantry", "--pin-stdin"])
        .write_stdin("2468\n"));
    run(aidkiosk(&data)
        .arg("-q")
        .args(["seed", "--entries", "400", "--days", "30"]));
    std::fs::write(
        data.join("aidkiosk.toml"),
        format!("languages = [{languages}]\n"),
    )
    .unwrap();
    std::fs::create_dir_all(data.join("backups")).unwrap();
    run(aidkiosk(&data)
        .arg("-q")
        .arg("backup")
        .arg(data.join("backups/aidkiosk-2026-11-24.db")));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let private = std::fs::Permissions::from_mode(0o600);
        std::fs::set_permissions(data.join("aidkiosk.db"), private).unwrap();
    }
    (dir, data)
}

/// Runs doctor with the DejaVu fonts; (exit code, standard output).
fn doctor(data: &Path, extra: &[&str]) -> (i32, String) {
    let out = aidkiosk(data)
        .args(["doctor", "--fonts", DEJAVU])
        .args(extra)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    (out.status.code().unwrap_or(-1), stdout)
}

/// The line of check `name` and the fix line under it, if any.
fn line<'a>(out: &'a str, name: &str) -> (&'a str, Option<&'a str>) {
    let mut lines = out.lines();
    while let Some(l) = lines.next() {
        if l.get(5..)
            .is_some_and(|rest| rest.starts_with(&format!("{name}: ")))
        {
            let fix = lines.next().filter(|f| f.starts_with("     fix: "));
            return (l, fix);
        }
    }
    panic!("no {name} line in:\n{out}");
}

#[test]
fn a_healthy_kiosk_is_all_ok() {
    let (_dir, data) = healthy("\"en\", \"es\", \"ar\", \"ru\"");
    let (code, out) = doctor(&data, &[]);
    assert_eq!(code, 0, "{out}");
    for name in [
        "config",
        "fonts en",
        "fonts ar",
        "fonts ru",
        "printer",
        "data dir",
        "database",
        "backup",
        "pepper",
        "clock",
        "time bank",
    ] {
        let (l, fix) = line(&out, name);
        assert!(l.starts_with("ok   "), "{l}\n{out}");
        assert!(fix.is_none(), "{out}");
    }
    assert!(out.ends_with("warnings, nothing failed\n"), "{out}");
}

#[test]
fn no_chinese_or_korean_font_fails_and_names_the_package() {
    let (_dir, data) = healthy("\"en\", \"zh-Hans\", \"ko\"");
    let (code, out) = doctor(&data, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(line(&out, "fonts en").0.starts_with("ok   "), "{out}");
    for lang in ["zh-Hans", "ko"] {
        let (l, fix) = line(&out, &format!("fonts {lang}"));
        assert!(l.starts_with("FAIL "), "{l}");
        assert!(l.contains("print empty boxes"), "{l}");
        assert_eq!(
            fix,
            Some(
                "     fix: install the fonts: sudo apt-get install fonts-noto-cjk (kiosk-setup installs them)"
            ),
            "{out}"
        );
    }
    // An empty font folder: nothing can be drawn, Latin included.
    let empty = data.join("no-fonts");
    std::fs::create_dir_all(&empty).unwrap();
    let out = aidkiosk(&data)
        .args(["doctor", "--fonts"])
        .arg(&empty)
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    let (l, fix) = line(&out, "fonts en");
    assert!(l.starts_with("FAIL "), "{out}");
    assert!(fix.unwrap().contains("fonts-dejavu-core"), "{out}");
}

#[test]
fn a_printer_that_refuses_fails_with_what_to_check() {
    let (_dir, data) = healthy("\"en\"");
    // A port with nothing listening: the connection is refused at once.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    std::fs::write(
        data.join("aidkiosk.toml"),
        format!(
            "languages = [\"en\"]\n[printer]\nkind = \"escpos-tcp\"\naddr = \"127.0.0.1:{port}\"\ntimeout_secs = 2\n"
        ),
    )
    .unwrap();
    let (code, out) = doctor(&data, &[]);
    assert_eq!(code, 1, "{out}");
    let (l, fix) = line(&out, "printer");
    assert!(
        l.starts_with(&format!(
            "FAIL printer: the printer at 127.0.0.1:{port} does not answer within 2 s"
        )),
        "{l}"
    );
    assert!(fix.unwrap().contains("switch the printer on"), "{out}");
    // With --print-test the test page fails too, and says so.
    let (code, out) = doctor(&data, &["--print-test"]);
    assert_eq!(code, 1);
    assert!(line(&out, "test page").0.starts_with("FAIL "), "{out}");

    // A printer that answers and says its paper is out.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let printer = std::thread::spawn(move || {
        use std::io::{Read, Write};
        let (mut s, _) = listener.accept().unwrap();
        let mut ask = [0u8; 3];
        s.read_exact(&mut ask).unwrap();
        assert_eq!(ask, [0x10, 0x04, 4], "DLE EOT 4: paper sensor");
        s.write_all(&[0x72]).unwrap();
    });
    std::fs::write(
        data.join("aidkiosk.toml"),
        format!(
            "languages = [\"en\"]\n[printer]\nkind = \"escpos-tcp\"\naddr = \"127.0.0.1:{port}\"\n"
        ),
    )
    .unwrap();
    let (code, out) = doctor(&data, &[]);
    printer.join().unwrap();
    assert_eq!(code, 1, "{out}");
    let (l, fix) = line(&out, "printer");
    assert!(l.contains("out of paper"), "{l}");
    assert!(fix.unwrap().contains("new roll"), "{out}");
}

#[test]
fn a_cups_queue_that_is_disabled_fails() {
    let (dir, data) = healthy("\"en\"");
    // Stand-ins for lp and lpstat: lpstat reports the queue as CUPS does when it stopped it.
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let lpstat = bin.join("lpstat");
    std::fs::write(
        &lpstat,
        "#!/bin/sh\necho \"printer $2 disabled since Tue 01 Dec 2026 10:00:00 -\"\necho '\tPaused'\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&lpstat, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::write(
        data.join("aidkiosk.toml"),
        format!(
            "languages = [\"en\"]\n[printer]\nkind = \"cups\"\nqueue = \"slips\"\ncommand = \"{}\"\n",
            bin.join("lp").display()
        ),
    )
    .unwrap();
    let (code, out) = doctor(&data, &[]);
    assert_eq!(code, 1, "{out}");
    let (l, fix) = line(&out, "printer");
    assert!(l.contains("\"slips\" is disabled"), "{l}");
    assert!(fix.unwrap().contains("sudo cupsenable slips"), "{out}");
}

#[test]
fn a_corrupt_page_in_the_database_fails_and_says_restore() {
    let (_dir, data) = healthy("\"en\"");
    // Garbage over a run of pages in the middle of the file (after the kiosk closed it, so no
    // write-ahead log holds newer copies).
    let db = data.join("aidkiosk.db");
    let mut bytes = std::fs::read(&db).unwrap();
    let pages = bytes.len() / 4096;
    assert!(pages > 20, "{pages} pages");
    for (i, b) in bytes[4096 * (pages / 2)..4096 * (pages / 2 + 4)]
        .iter_mut()
        .enumerate()
    {
        *b = (i * 7 + 13) as u8;
    }
    std::fs::write(&db, bytes).unwrap();
    let (code, out) = doctor(&data, &[]);
    assert_eq!(code, 1, "{out}");
    let (l, fix) = line(&out, "database");
    assert!(
        l.starts_with("FAIL database: ") && l.contains("is damaged"),
        "{l}"
    );
    assert!(fix.unwrap().contains("aidkiosk restore"), "{out}");
}

#[test]
fn a_ledger_changed_by_hand_fails_and_says_restore() {
    let (_dir, data) = healthy("\"en\"");
    // Someone with the file drops the ledger's guard and edits a leg.
    let conn = rusqlite::Connection::open(data.join("aidkiosk.db")).unwrap();
    conn.execute_batch(
        "DROP TRIGGER leg_only_anonymised;
         UPDATE leg SET quarters = quarters + 4 WHERE rowid = (SELECT min(rowid) FROM leg);",
    )
    .unwrap();
    drop(conn);
    let (code, out) = doctor(&data, &[]);
    assert_eq!(code, 1, "{out}");
    let (l, fix) = line(&out, "time bank");
    assert!(l.contains("the ledger does not add up"), "{l}");
    assert!(fix.is_some_and(|f| f.contains("restore")), "{out}");
}

fn age_backup(data: &Path, days: u64) {
    let file = std::fs::File::options()
        .write(true)
        .open(data.join("backups/aidkiosk-2026-11-24.db"))
        .unwrap();
    file.set_modified(SystemTime::now() - Duration::from_secs(days * 86_400 + 60))
        .unwrap();
}

#[test]
fn an_old_backup_warns_then_fails() {
    let (_dir, data) = healthy("\"en\"");
    age_backup(&data, 5);
    let (code, out) = doctor(&data, &[]);
    assert_eq!(code, 0, "a warning alone: exit 0\n{out}");
    let (l, fix) = line(&out, "backup");
    assert!(l.starts_with("warn ") && l.contains("(5 days ago)"), "{l}");
    assert!(fix.unwrap().contains("aidkiosk-daily.timer"), "{out}");

    age_backup(&data, 20);
    let (code, out) = doctor(&data, &[]);
    assert_eq!(code, 1, "{out}");
    let (l, fix) = line(&out, "backup");
    assert!(l.starts_with("FAIL ") && l.contains("(20 days ago)"), "{l}");
    assert!(fix.unwrap().contains("aidkiosk backup FILE"), "{out}");

    // Backups kept elsewhere are found with --backups.
    let elsewhere = data.join("usb");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("pantry.db"), b"copy").unwrap();
    let (_, out) = doctor(&data, &["--backups", elsewhere.to_str().unwrap()]);
    assert!(line(&out, "backup").0.starts_with("ok   "), "{out}");
}

#[test]
fn a_clock_that_went_back_a_missing_pepper_and_open_files_fail() {
    let (_dir, data) = healthy("\"en\"");
    // The database was written tomorrow: the clock has gone back since.
    {
        let mut store = Store::open(&data.join("aidkiosk.db")).unwrap();
        let tomorrow = chrono::Utc::now() + chrono::Duration::days(1);
        store
            .save_entry(
                &NewEntry {
                    id: "01FUTURE".into(),
                    draft: Draft::new(Kind::Need, Category::Food),
                    language: "en".into(),
                },
                &mut || SlipCode::from_random([9, 9, 9, 9, 9]),
                tomorrow,
            )
            .unwrap();
    }
    std::fs::remove_file(data.join("pepper.key")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(
            data.join("aidkiosk.db"),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap();
    }
    let (code, out) = doctor(&data, &[]);
    assert_eq!(code, 1, "{out}");
    let (l, fix) = line(&out, "clock");
    assert!(
        l.starts_with("FAIL ") && l.contains("the clock went back"),
        "{l}"
    );
    assert!(fix.unwrap().contains("timedatectl"), "{out}");
    let (l, fix) = line(&out, "pepper");
    assert!(l.starts_with("FAIL ") && l.contains("missing"), "{l}");
    assert!(fix.unwrap().contains("backups/pepper.key"), "{out}");
    #[cfg(unix)]
    {
        let (l, fix) = line(&out, "data dir");
        assert!(
            l.starts_with("FAIL ") && l.contains("anyone on this machine"),
            "{l}"
        );
        assert!(fix.unwrap().contains("chmod 700"), "{out}");
    }
}

#[test]
fn somali_has_no_voice_and_that_is_a_warning_in_words() {
    if std::process::Command::new("espeak-ng")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("espeak-ng is not installed here; CI installs it");
        return;
    }
    let (_dir, data) = healthy("\"en\", \"so\"");
    let (code, out) = doctor(&data, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        line(&out, "voice en")
            .0
            .starts_with("ok   voice en: voice en-us"),
        "{out}"
    );
    let (l, fix) = line(&out, "voice so");
    assert!(
        l.starts_with("warn ") && l.contains("espeak-ng has none for Somali"),
        "{l}"
    );
    assert!(fix.is_some(), "{out}");
}
