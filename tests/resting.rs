//! The resting screen (#16), on a real terminal (`script`): a kiosk whose `pepper.key` is
//! damaged asks visitors, in every language of the site, to find a volunteer, and starts by
//! itself once staff put the file back.

mod common;

use std::time::Duration;

#[test]
fn a_damaged_pepper_rests_in_every_language_then_starts_by_itself() {
    let (dir, data) = common::cli_site();
    let pepper = data.join("pepper.key");
    let good = std::fs::read(&pepper).unwrap();
    std::fs::write(&pepper, b"short pepper").unwrap();

    let log = dir.path().join("typescript");
    let command = format!(
        "stty cols 80 rows 24; timeout -s TERM 20 '{}' --data-dir '{}' run",
        env!("CARGO_BIN_EXE_aidkiosk"),
        data.display()
    );
    let mut child = std::process::Command::new("script")
        .args(["-q", "-f", "-c", &command])
        .arg(&log)
        .env("TERM", "xterm")
        .env_remove("AIDKIOSK_DATA_DIR")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("script (util-linux) runs");
    std::thread::sleep(Duration::from_secs(2));
    let resting = std::fs::read_to_string(&log).unwrap_or_default();
    // Staff put the right file back; the next try (every 10 s) opens the kiosk.
    std::fs::write(&pepper, &good).unwrap();
    child.wait().unwrap();
    let all = std::fs::read_to_string(&log).unwrap();

    for words in [
        "Please ask a volunteer",
        "pide ayuda a un voluntario",
        "pepper.key",
        "aidkiosk doctor",
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
    assert!(
        all[resting.len()..].contains("Welcome"),
        "Welcome came by itself once the file was back:\n{all:?}"
    );
    assert_eq!(std::fs::read(&pepper).unwrap(), good, "never replaced");
}
