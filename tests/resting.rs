//! The resting screen (#16), on a real terminal (`script`): a kiosk whose `pepper.key` is
//! damaged asks visitors, in every language of the site, to find a volunteer, and starts by
//! itself once staff put the file back.
//!
//! The kiosk is the pty's own foreground process (`exec`, no `timeout` wrapper putting it in a
//! background process group), and every wait here has a deadline: a kiosk that never gets
//! there fails this test with what was on its screen, it never hangs the run.

mod common;

use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

/// Reads the typescript until `words` appear after byte `from`, or `within` runs out.
fn wait_for(log: &Path, from: usize, words: &str, within: Duration) -> Result<String, String> {
    let start = Instant::now();
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if text.get(from..).is_some_and(|t| t.contains(words)) {
            return Ok(text);
        }
        if start.elapsed() > within {
            return Err(text);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Ends the kiosk (SIGTERM, then SIGKILL if it is still there after 5 s) and `script` with it.
fn end(kiosk: Option<u32>, script: &mut Child) {
    if let Some(pid) = kiosk {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status();
    }
    let start = Instant::now();
    while script.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(5) {
            if let Some(pid) = kiosk {
                let _ = std::process::Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status();
            }
            let _ = script.kill();
            let _ = script.wait();
            panic!("the kiosk did not end on SIGTERM within 5 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_damaged_pepper_rests_in_every_language_then_starts_by_itself() {
    let (dir, data) = common::cli_site();
    let pepper = data.join("pepper.key");
    let good = std::fs::read(&pepper).unwrap();
    std::fs::write(&pepper, b"short pepper").unwrap();

    let log = dir.path().join("typescript");
    let pidfile = dir.path().join("kiosk.pid");
    let command = format!(
        "stty cols 80 rows 24; echo $$ > '{}'; exec '{}' --data-dir '{}' run",
        pidfile.display(),
        env!("CARGO_BIN_EXE_aidkiosk"),
        data.display()
    );
    let mut script = common::script(&["-q", "-f"], &command, &log)
        .spawn()
        .expect("script (util-linux) runs");
    let kiosk = wait_for(&pidfile, 0, "\n", Duration::from_secs(10))
        .ok()
        .and_then(|p| p.trim().parse::<u32>().ok());

    let resting = wait_for(&log, 0, "aidkiosk doctor", Duration::from_secs(30));
    // Staff put the right file back; the next try (every 10 s) opens the kiosk.
    std::fs::write(&pepper, &good).unwrap();
    let seen = resting.as_ref().map_or(0, String::len);
    let welcome = wait_for(&log, seen, "Welcome", Duration::from_secs(30));
    end(kiosk, &mut script);

    let resting = resting.unwrap_or_else(|screen| {
        panic!("no resting screen within 30 s:\n{screen:?}");
    });
    for words in [
        "Please ask a volunteer",
        "pide ayuda a un voluntario",
        "pepper.key",
    ] {
        assert!(
            resting.contains(words),
            "{words:?} not on the screen:\n{resting:?}"
        );
    }
    assert!(
        !resting.contains("Press any key"),
        "no Welcome while resting"
    );
    if let Err(all) = welcome {
        panic!("Welcome did not come by itself once the file was back:\n{all:?}");
    }
    assert_eq!(std::fs::read(&pepper).unwrap(), good, "never replaced");
}
