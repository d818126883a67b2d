//! The command line, as a coordinator or a service would call it.

mod common;

use std::path::Path;

use aidkiosk::domain::NewEntry;
use aidkiosk::domain::{Category, Draft, Kind, SlipCode, Urgency};
use aidkiosk::slip::Signer;
use aidkiosk::store::Store;
use assert_cmd::Command;
use common::aidkiosk;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn init(data: &Path) {
    aidkiosk(data)
        .args([
            "init",
            "--site",
            "Library Hall",
            "--admin",
            "Sam",
            "--pin-stdin",
        ])
        .write_stdin("4321\n")
        .assert()
        .success();
}

#[test]
fn init_sets_up_once_with_a_pin_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    init(&data);
    let store = Store::open(&data.join("aidkiosk.db")).unwrap();
    assert_eq!(store.site().unwrap().unwrap().name, "Library Hall");
    assert!(store.has_coordinator().unwrap());
    assert!(data.join("pepper.key").exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&data).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700, "data dir is private");
    }
    let out = aidkiosk(&data)
        .args(["init", "--site", "Other", "--pin-stdin"])
        .write_stdin("1111")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("already set up"), "{}", stderr(&out));
}

#[test]
fn init_refuses_bad_pins_and_missing_stdin() {
    let dir = tempfile::tempdir().unwrap();
    for (args, stdin, message) in [
        (vec!["init", "--site", "Hall"], "", "--pin-stdin"),
        (
            vec!["init", "--site", "Hall", "--pin-stdin"],
            "12",
            "4 to 8 digits",
        ),
        (
            vec!["init", "--site", "Hall", "--pin-stdin"],
            "12ab",
            "4 to 8 digits",
        ),
        (vec!["init", "--site", " ", "--pin-stdin"], "1234", "--site"),
    ] {
        let out = aidkiosk(dir.path())
            .args(&args)
            .write_stdin(stdin)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(message), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    }
}

#[test]
fn slip_render_writes_a_scannable_png_and_text() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path());
    let code = SlipCode::parse("7K3M-Q9PX").unwrap();
    let (tag, secret) = {
        let mut store = Store::open(&dir.path().join("aidkiosk.db")).unwrap();
        let entry = NewEntry {
            id: "01JENTRY".into(),
            draft: Draft {
                quantity: 3,
                urgency: Urgency::Flexible,
                phone: "555 0100".into(),
                ..Draft::new(Kind::Offer, Category::Clothing)
            },
            language: "zh-Hans".into(),
        };
        store
            .save_entry(&entry, &mut || code, common::now())
            .unwrap();
        let site = store.site().unwrap().unwrap();
        (site.tag, site.secret)
    };
    let png = dir.path().join("slip.png");
    aidkiosk(dir.path())
        .args(["slip", "render", "7k3m-q9px", "--format", "png", "--out"])
        .arg(&png)
        .assert()
        .success();
    let img = image::open(&png).unwrap().to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    let (_, payload) = grids[0].decode().unwrap();
    assert_eq!(Signer::new(&tag, &secret).verify(&payload), Ok(code));

    let txt = dir.path().join("slip.txt");
    aidkiosk(dir.path())
        .args(["slip", "render", "7K3M-Q9PX", "--format", "txt", "--out"])
        .arg(&txt)
        .assert()
        .success();
    let text = std::fs::read_to_string(&txt).unwrap();
    assert!(text.contains("Library Hall"), "{text}");
    assert!(text.contains("7K3M-Q9PX"), "{text}");
    assert!(text.contains("衣物"), "visitor's language first: {text}");
    assert!(
        text.contains("Offer: Clothing"),
        "staff language second: {text}"
    );
    assert!(!text.contains("555"), "no phone on a slip: {text}");
}

#[test]
fn slip_render_of_an_unknown_code_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path());
    let out = dir.path().join("x.png");
    for (code, message) in [
        ("ZZZZ-ZZZZ", "no slip with code ZZZZ-ZZZZ"),
        ("HELLO", "is not a slip code"),
    ] {
        let result = aidkiosk(dir.path())
            .args(["slip", "render", code, "--format", "png", "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert!(!result.status.success());
        assert!(stderr(&result).contains(message), "{}", stderr(&result));
        assert!(!out.exists());
    }
}

#[test]
fn a_bad_config_stops_the_kiosk_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("aidkiosk.toml"),
        "idle_timeout_secs = 90\nlanguage = [\"en\"]\n",
    )
    .unwrap();
    let out = aidkiosk(dir.path()).arg("run").output().unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("aidkiosk.toml:2: unknown field `language`"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn the_kiosk_without_a_terminal_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = aidkiosk(dir.path()).output().unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("needs a terminal"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn locales_check_passes_and_lists_every_language() {
    let out = Command::cargo_bin("aidkiosk")
        .unwrap()
        .args(["locales", "check"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for lang in ["en", "es", "ar", "zh-Hans"] {
        assert!(
            text.lines()
                .any(|l| l.starts_with("ok") && l.contains(lang)),
            "{text}"
        );
    }
}

#[test]
fn a_reader_that_goes_away_ends_the_output_not_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    init(&data);
    common::run(common::aidkiosk(&data).args(["-q", "seed", "--entries", "50"]));
    let out = dir.path().join("out");
    // As `aidkiosk export csv DIR | head -0`: standard output closed before the first line.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("aidkiosk"))
        .arg("--data-dir")
        .arg(&data)
        .args(["-q", "export", "csv"])
        .arg(&out)
        .env_remove("AIDKIOSK_DATA_DIR")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let done = child.wait_with_output().unwrap();
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(!stderr(&done).contains("panicked"), "{}", stderr(&done));
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert!(files.contains(&"events.ics".to_owned()), "{files:?}");
    assert!(files.len() >= 6, "every table written: {files:?}");
}
