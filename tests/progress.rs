//! Progress of long commands: plain lines on a piped stderr, a bar on a terminal, nothing with
//! `--quiet`, and never a byte of it on standard output.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{aidkiosk, run};

/// A set-up site with some history.
fn site(entries: u32) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    run(aidkiosk(&data)
        .args(["init", "--site", "Eastside Pantry", "--pin-stdin"])
        .write_stdin("2468\n"));
    run(aidkiosk(&data).arg("--quiet").args([
        "seed",
        "--entries",
        &entries.to_string(),
        "--days",
        "60",
    ]));
    (dir, data)
}

fn output(cmd: &mut assert_cmd::Command) -> Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The long commands of one site, each with what its standard output must start with.
fn commands(dir: &Path) -> Vec<(Vec<String>, &'static str)> {
    let backup = dir.join("copy.db").display().to_string();
    vec![
        (vec!["backup".into(), backup.clone()], "Backed up to "),
        (
            vec![
                "export".into(),
                "csv".into(),
                dir.join("csv").display().to_string(),
            ],
            "entries.csv ",
        ),
        (
            vec![
                "export".into(),
                "xlsx".into(),
                dir.join("t.xlsx").display().to_string(),
            ],
            "entries ",
        ),
        (
            vec!["restore".into(), backup],
            "The database as it was is kept in ",
        ),
        (vec!["purge".into()], "Expired "),
        (
            vec![
                "seed".into(),
                "--entries".into(),
                "2000".into(),
                "--force".into(),
            ],
            "Seeded 2000 entries",
        ),
    ]
}

#[test]
fn piped_stderr_gets_plain_lines_and_stdout_only_the_result() {
    let (dir, data) = site(3000);
    for (args, start) in commands(dir.path()) {
        let out = output(aidkiosk(&data).args(&args));
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        assert!(stdout.starts_with(start), "{args:?} stdout: {stdout}");
        for line in stdout.lines() {
            assert!(
                !line.contains('…') && !line.contains(" done"),
                "{args:?}: progress on stdout: {line}"
            );
        }
        // Plain lines, each naming the command, the last saying it is done; no escapes.
        assert!(!stderr.contains('\u{1b}'), "{args:?}: {stderr:?}");
        assert!(!stderr.contains('\r'), "{args:?}: {stderr:?}");
        let command = if args[0] == "export" {
            "export"
        } else {
            args[0].as_str()
        };
        assert!(!stderr.is_empty(), "{args:?}: no progress at all");
        for line in stderr.lines() {
            assert!(
                line.starts_with(&format!("{command}: ")),
                "{args:?}: {line}"
            );
        }
        assert!(
            stderr.lines().last().unwrap().contains(" done"),
            "{args:?}: {stderr}"
        );
    }
    // What a backup says, step by step.
    let out = output(
        aidkiosk(&data)
            .args(["backup"])
            .arg(dir.path().join("b.db")),
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("backup: copying the database…\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("backup: copying the database done: ") && stderr.contains(" pages in "),
        "{stderr}"
    );
}

#[test]
fn quiet_means_nothing_on_stderr() {
    let (dir, data) = site(3000);
    for (args, start) in commands(dir.path()) {
        let out = output(aidkiosk(&data).arg("--quiet").args(&args));
        assert!(text(&out.stdout).starts_with(start), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}: {}", text(&out.stderr));
    }
    // -q after the subcommand works too.
    let out = output(
        aidkiosk(&data)
            .args(["backup"])
            .arg(dir.path().join("q.db"))
            .arg("-q"),
    );
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

/// Runs `args` under `script`, which gives the program a terminal, and returns what the
/// terminal received.
fn on_a_terminal(data: &Path, args: &str) -> String {
    let bin = env!("CARGO_BIN_EXE_aidkiosk");
    let log = data.with_extension("typescript");
    let command = format!("'{}' --data-dir '{}' {args}", bin, data.display());
    let status = common::script(&["-q", "-e"], &command, &log)
        .status()
        .expect("script (util-linux) runs");
    assert!(status.success(), "{command}");
    std::fs::read_to_string(&log).unwrap()
}

#[test]
fn a_terminal_gets_a_bar_with_counts_rate_and_time_left() {
    let (dir, data) = site(500);
    let screen = on_a_terminal(&data, "seed --entries 60000 --days 30 --force");
    // The bar: brackets of = and >, "N/M entries", a rate and the time left.
    assert!(screen.contains("making entries ["), "{screen:?}");
    assert!(screen.contains("/60,000 entries, "), "{screen:?}");
    assert!(screen.contains("/s, "), "{screen:?}");
    // Fits the terminal (80 columns under script): drawn on one line, never wrapped.
    for frame in screen.split(['\r', '\n']) {
        let shown: String = frame.chars().filter(|c| !c.is_control()).collect();
        assert!(
            !frame.contains("making entries") || shown.chars().count() <= 84,
            "{frame:?}"
        );
    }
    assert!(screen.contains(" left"), "{screen:?}");
    // A spinner while the indexes are built, and the result at the end.
    assert!(screen.contains("building indexes and counts"), "{screen:?}");
    assert!(screen.contains("Seeded 60000 entries"), "{screen:?}");
    // No plain progress lines on a terminal.
    assert!(!screen.contains("seed: making entries"), "{screen:?}");
    drop(dir);
}

/// The backup is copied in steps, so a bar can move; a write between two steps must neither
/// land half in the copy nor start the copy over.
#[test]
fn a_stepped_backup_keeps_one_snapshot_while_the_kiosk_writes() {
    use aidkiosk::domain::{Category, Draft, Kind, NewEntry, SlipCode};
    use aidkiosk::store::Store;
    let (dir, data) = site(20_000);
    let db = data.join("aidkiosk.db");
    let reader = Store::open(&db).unwrap();
    let before = reader.entry_count().unwrap();
    let mut kiosk = Store::open(&db).unwrap();
    let copy = dir.path().join("stepped.db");
    let mut seen: Vec<(u64, u64)> = Vec::new();
    let mut written = 0u8;
    reader
        .backup_with_progress(&copy, &mut |done, total| {
            seen.push((done, total));
            // A visitor saves an entry between steps.
            written += 1;
            kiosk
                .save_entry(
                    &NewEntry {
                        id: format!("01BETWEEN{written}"),
                        draft: Draft::new(Kind::Need, Category::Food),
                        language: "en".into(),
                    },
                    &mut || SlipCode::from_random([7, 7, 7, 7, written]),
                    chrono::Utc::now(),
                )
                .unwrap();
        })
        .unwrap();
    assert!(seen.len() >= 3, "several steps: {seen:?}");
    let (_, total) = seen[0];
    assert!(
        seen.windows(2).all(|w| w[0].0 < w[1].0 && w[1].1 == total),
        "pages only go up, the copy never starts over: {seen:?}"
    );
    assert_eq!(seen.last(), Some(&(total, total)));
    let check = aidkiosk::store::check_backup(&copy).unwrap();
    assert_eq!(check.entries, before, "the copy is the moment it started");
    assert_eq!(
        kiosk.entry_count().unwrap(),
        before + i64::from(written),
        "the kiosk's writes all went through"
    );
}
