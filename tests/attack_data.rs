//! #18 findings 2, 5, 8, 9 and 10, as the attack found them: Setup offered over an existing
//! site, backups that leave copies behind or replace what is not a backup, a bad or missing
//! `pepper.key`, numbers and names that panic or hang the command line, files readable by all.
//!
//! `AIDKIOSK_TEST_BIN=/path/to/aidkiosk` runs the command-line tests against another build (an
//! older one, to see them fail).

use std::path::Path;

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
