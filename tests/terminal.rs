//! The kiosk on a real terminal (a pty from `script`), fed what froze or killed it before
//! (#18, finding 1): a half escape sequence (`x` then ESC [ in one burst, as Alt+[ sends) and a
//! 1 MB paste. The kiosk must stay alive, and the idle wipe must still come on time.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The kiosk under `script`, its keyboard our pipe, the terminal's output in `log`.
fn kiosk_on_a_pty(data: &Path, log: &Path) -> Child {
    let bin = env!("CARGO_BIN_EXE_aidkiosk");
    // script's pty has no size when its own input is not a terminal: give it 80×24.
    let command = format!(
        "stty cols 80 rows 24; exec '{bin}' --data-dir '{}' run",
        data.display()
    );
    Command::new("script")
        .args(["-q", "-f", "-e", "-c", &command])
        .arg(log)
        .env("TERM", "xterm-256color")
        .env("COLUMNS", "80")
        .env("LINES", "24")
        .env_remove("AIDKIOSK_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("script (util-linux) runs")
}

/// Waits up to `limit` for `text` to be drawn after byte `from` of the log.
fn drawn_after(log: &Path, from: usize, text: &str, limit: Duration) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < limit {
        let bytes = std::fs::read(log).unwrap_or_default();
        if bytes.len() > from && String::from_utf8_lossy(&bytes[from..]).contains(text) {
            return Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    None
}

#[test]
fn a_half_escape_and_a_huge_paste_neither_freeze_nor_kill_the_kiosk() {
    let (dir, data) = common::cli_site();
    // The shortest idle timeout there is: 10 s, then the 15 s countdown.
    std::fs::write(
        data.join("aidkiosk.toml"),
        "idle_timeout_secs = 10\nlanguages = [\"en\"]\n",
    )
    .unwrap();
    let log = dir.path().join("screen.log");
    let mut kiosk = kiosk_on_a_pty(&data, &log);
    assert!(
        drawn_after(&log, 0, "Welcome", Duration::from_secs(20)).is_some(),
        "the kiosk starts: {}",
        String::from_utf8_lossy(&std::fs::read(&log).unwrap_or_default())
    );
    let keyboard = kiosk.stdin.as_mut().unwrap();
    // A visitor starts, then Alt+[ arrives glued to a letter: a half escape sequence.
    keyboard.write_all(b"\r").unwrap();
    std::thread::sleep(Duration::from_millis(500));
    keyboard.write_all(b"x\x1b[").unwrap();
    keyboard.flush().unwrap();
    std::thread::sleep(Duration::from_millis(500));
    // A scanner stuck on, or a paste of a whole file: 1 MB in one go.
    let paste = vec![b'a'; 1 << 20];
    keyboard.write_all(&paste).unwrap();
    keyboard.flush().unwrap();
    let mark = std::fs::read(&log).unwrap().len();
    // Idle from here: the wipe comes at 10 s + 15 s, give or take the paste's own handling.
    let back = drawn_after(&log, mark, "Welcome", Duration::from_secs(60));
    assert!(
        kiosk.try_wait().unwrap().is_none(),
        "the kiosk is still running"
    );
    let back = back.expect("the idle wipe came back to Welcome");
    assert!(
        back >= Duration::from_secs(20) && back <= Duration::from_secs(45),
        "wiped on time: {back:?} after the paste"
    );
    // And it still answers a key.
    let mark = std::fs::read(&log).unwrap().len();
    kiosk.stdin.as_mut().unwrap().write_all(b"\r").unwrap();
    assert!(
        drawn_after(&log, mark, "English", Duration::from_secs(10)).is_some()
            || drawn_after(&log, mark, "Need", Duration::from_secs(5)).is_some(),
        "a key after the wipe is answered"
    );
    let _ = kiosk.kill();
    let _ = kiosk.wait();
}
