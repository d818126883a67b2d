//! 200 mutations of a valid `aidkiosk.toml` (#16): each loads or fails with one line naming the
//! file, never a panic, a hang or a control character on the terminal; the same through the
//! binary for a sample of them.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use aidkiosk::config::Config;
use common::Rng;

/// A number below `n`, as an index.
fn below(rng: &mut Rng, n: usize) -> usize {
    rng.below(n as u64) as usize
}

fn base() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/valid_configs");
    let mut text = std::fs::read_to_string(dir.join("full.toml")).unwrap();
    text.push_str(
        "\n[slip]\nplace = \"Side door\"\nhours = \"Tue 16:00\"\n[speech]\nenabled = true\n",
    );
    text
}

/// Mutation `i` of `text`: each kind a person, an editor or a broken disk does to a file.
fn mutate(text: &str, i: usize, rng: &mut Rng) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let at = below(rng, lines.len());
    let pick = |v: &[&str], rng: &mut Rng| v[below(rng, v.len())].to_owned();
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    match i % 20 {
        0 => {
            // A byte changed to any other ASCII byte.
            let mut bytes = text.as_bytes().to_vec();
            let p = below(rng, bytes.len());
            bytes[p] = (below(rng, 95) + 32) as u8;
            return String::from_utf8_lossy(&bytes).into_owned();
        }
        1 => return text[..text.floor_char_boundary(below(rng, text.len()))].to_owned(),
        2 => {
            out.remove(at);
        }
        3 => out.insert(at, lines[at].to_owned()),
        4 => out.push(pick(
            &[
                "idle_timeout_secs = 99999999999999999999999",
                "retention_days = -1",
                "idle_timeout_secs = 1e400",
                "retention_days = 0",
                "entry_ttl_days = 4000",
            ],
            rng,
        )),
        5 => out.push(pick(
            &[
                "languages = \"en\"",
                "languages = []",
                "languages = [1, 2]",
                "categories = [\"food\", \"food\"]",
                "categories = [\"weapons\"]",
                "staff_language = \"xx\"",
            ],
            rng,
        )),
        6 => out.push(format!("x = {}1{}", "[".repeat(5000), "]".repeat(5000))),
        7 => set(&mut out, format!("site = \"{}\"", "A".repeat(100_000))),
        8 => set(
            &mut out,
            pick(
                &[
                    "site = \"Hall\\u001b[2J\\u001b]0;owned\\u0007\"",
                    "place = \"\\u001b[31mred\"",
                    "hours = \"a\\u0000b\"",
                    "site = \"\u{1b}[2Jraw\"",
                    "site = \"Hall\u{202e}llah\"",
                    "place = \"tab\\there\"",
                    "hours = \"line\\nbreak\"",
                ],
                rng,
            ),
        ),
        9 => out.push(pick(
            &[
                "[printer]\nkind = \"escpos-tcp\"\naddr = \"\"\n",
                "[printer]\nkind = \"escpos-tcp\"\naddr = \"host:99999\"\ntimeout_secs = 0",
                "[printer]\nkind = \"laser\"",
                "[printer]\nkind = \"cups\"\nqueue = \"-d; rm -rf /\"",
                "[printer]\nkind = \"escpos-device\"\npath = \"\"",
            ],
            rng,
        )),
        10 => out.push(pick(
            &[
                "[speech]\ncommand = \"\"",
                "[speech]\nvoices = { xx = \"en\" }",
                "[speech]\ncommand = \"/bin/sh -c reboot\"",
            ],
            rng,
        )),
        11 => out.insert(at, "\u{feff}".to_owned()),
        12 => out.insert(at, "[[slip]]".to_owned()),
        13 => out.insert(at, "= = =".to_owned()),
        14 => out.push("unknown_key = true".to_owned()),
        15 => out.push(pick(
            &[
                "[matching]\nneighbours = { food = [\"food\"] }",
                "[matching]\nneighbours = 3",
            ],
            rng,
        )),
        16 => {
            let l = &mut out[at];
            l.insert(l.floor_char_boundary(below(rng, l.len() + 1)), '"');
        }
        17 => out.push("bidi = \"sideways\"".to_owned()),
        18 => out = out.into_iter().map(|l| l.replace('=', ":")).collect(),
        _ => set(
            &mut out,
            format!("site = \"{}\"", "ﷺ".repeat(below(rng, 80) + 1)),
        ),
    }
    out.join("\n")
}

/// `line` in place of the line setting the same key.
fn set(out: &mut [String], line: String) {
    let key = line.split('=').next().unwrap_or_default().trim().to_owned();
    if let Some(l) = out
        .iter_mut()
        .find(|l| l.split('=').next().unwrap_or("").trim() == key)
    {
        *l = line;
    }
}

/// A parse that answers within a second on its own thread, without a panic.
fn parse_in_time(text: String, i: usize) -> Result<Config, String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .stack_size(2 << 20) // the kiosk's own main thread may have no more than this
        .spawn(move || {
            let r = std::panic::catch_unwind(|| {
                Config::parse(&text, Path::new("aidkiosk.toml")).map_err(|e| e.to_string())
            });
            let _ = tx.send(r);
        })
        .unwrap();
    match rx.recv_timeout(Duration::from_secs(1)) {
        Ok(Ok(r)) => r,
        Ok(Err(_)) => panic!("mutation {i}: parsing panicked"),
        Err(_) => panic!("mutation {i}: parsing did not answer in a second"),
    }
}

fn mutations() -> Vec<String> {
    let text = base();
    let mut rng = Rng(0x5eed_cafe);
    (0..200).map(|i| mutate(&text, i, &mut rng)).collect()
}

#[test]
fn two_hundred_mutations_load_or_fail_in_one_calm_line() {
    assert!(
        Config::parse(&base(), Path::new("x")).is_ok(),
        "the base is valid"
    );
    let mut refused = 0;
    let start = Instant::now();
    for (i, text) in mutations().into_iter().enumerate() {
        match parse_in_time(text.clone(), i) {
            Err(line) => {
                refused += 1;
                assert!(
                    !line.contains('\n'),
                    "mutation {i}: more than one line: {line}"
                );
                assert!(
                    line.starts_with("aidkiosk.toml"),
                    "mutation {i}: names the file: {line}"
                );
                assert!(
                    !line.chars().any(|c| c.is_control()),
                    "mutation {i}: a control character in the message: {line:?}"
                );
                assert!(
                    line.chars().count() < 400,
                    "mutation {i}: {} chars",
                    line.len()
                );
            }
            Ok(c) => {
                // What loads is shown and printed: nothing in it may drive the terminal.
                for s in [
                    c.site.clone().unwrap_or_default(),
                    c.slip.place.clone(),
                    c.slip.hours.clone(),
                ] {
                    assert!(
                        !s.chars().any(|ch| ch.is_control()
                            || ('\u{202a}'..='\u{202e}').contains(&ch)
                            || ('\u{2066}'..='\u{2069}').contains(&ch)),
                        "mutation {i}: loaded with a control character: {s:?}\n{text}"
                    );
                }
            }
        }
    }
    assert!(refused >= 100, "most mutations are refused: {refused}");
    eprintln!(
        "200 mutations: {refused} refused in one line, {} loaded, {:?}",
        200 - refused,
        start.elapsed()
    );
}

#[test]
fn the_binary_says_one_line_for_a_broken_config() {
    for (i, text) in mutations().into_iter().enumerate().step_by(10) {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("aidkiosk.toml");
        std::fs::write(&config, &text).unwrap();
        let out = common::aidkiosk(dir.path())
            .arg("--config")
            .arg(&config)
            .args(["staff", "list"])
            .timeout(Duration::from_secs(10))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "mutation {i}: {stderr}");
        if Config::parse(&text, &config).is_err() {
            assert!(!out.status.success(), "mutation {i}");
            let said: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
            assert_eq!(said.len(), 1, "mutation {i}: one line, got:\n{stderr}");
        }
    }
}
