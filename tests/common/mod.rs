//! Shared test harness: a kiosk on an in-memory database with a fixed clock and seeded
//! randomness, a printer writing into a temporary folder, and a 80×24 test terminal.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use aidkiosk::app::{Millis, Settings, State};
use aidkiosk::config::{BidiMode, Config};
use aidkiosk::i18n::I18n;
use aidkiosk::print::FilePrinter;
use aidkiosk::runtime::{self, Env, Kiosk};
use aidkiosk::store::Store;
use chrono::{DateTime, TimeZone, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The fixed "now" of every test.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, 30, 0)
        .single()
        .expect("valid date")
}

/// Settings as a default config gives them, for a site called "Eastside Pantry".
pub fn settings() -> Settings {
    let mut s = Settings::from_config(&Config::default(), Some("Eastside Pantry"));
    s.languages = vec!["en".into(), "es".into(), "ar".into(), "zh-Hans".into()];
    s.bidi = BidiMode::App;
    s
}

/// A key press.
pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Presses `code` on `kiosk` at `at`, then waits for the work it started.
pub fn press_on(kiosk: &mut Kiosk, code: KeyCode, at: Millis) {
    if let Some(k) = runtime::key_from(key(code)) {
        kiosk.key(k, at);
    }
    kiosk.settle(Duration::from_secs(10), at);
}

/// At `kiosk`'s locked desk: a name and a PIN, each with Enter; the screen after.
pub fn sign_in_on(kiosk: &mut Kiosk, name: &str, pin: &str) -> String {
    for c in name.chars() {
        press_on(kiosk, KeyCode::Char(c), 1);
    }
    press_on(kiosk, KeyCode::Enter, 1);
    for c in pin.chars() {
        press_on(kiosk, KeyCode::Char(c), 1);
    }
    press_on(kiosk, KeyCode::Enter, 1);
    let terminal = draw(&kiosk.state, &kiosk.i18n, 80, 24);
    format!("{}", terminal.backend())
}

/// Draws `state` on a `w`×`h` test terminal.
pub fn draw(state: &State, i18n: &I18n, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|f| aidkiosk::ui::render(state, i18n, f))
        .expect("draw");
    terminal
}

/// A kiosk ready for visitors (site set up), printing into a temporary folder.
pub struct Harness {
    pub kiosk: Kiosk,
    pub clock: Millis,
    pub slips: tempfile::TempDir,
}

impl Harness {
    /// A set-up kiosk with the test languages.
    pub fn new() -> Harness {
        let mut store = Store::open_in_memory().expect("in-memory store");
        let mut env = Env::fixed(now(), 7);
        runtime::initialise(
            &mut store,
            &mut env,
            b"pepper",
            "Eastside Pantry",
            "Maya",
            "2468",
        )
        .expect("set up");
        Harness::on(store)
    }

    /// A kiosk on `store` as it is (set up or not).
    pub fn on(store: Store) -> Harness {
        let slips = tempfile::tempdir().expect("temp dir");
        let printer = Arc::new(FilePrinter::new(slips.path().to_owned()));
        Harness::with_printer(store, printer, slips)
    }

    /// A kiosk on `store` printing with `printer`.
    pub fn with_printer(
        store: Store,
        printer: Arc<dyn aidkiosk::print::Printer>,
        slips: tempfile::TempDir,
    ) -> Harness {
        let mut config = Config {
            languages: settings().languages,
            ..Config::default()
        };
        // Tests that speak say so with their own config (`with_config`).
        config.speech.enabled = false;
        Harness::with_config(store, printer, slips, &config)
    }

    /// A kiosk on `store` with `config`.
    pub fn with_config(
        store: Store,
        printer: Arc<dyn aidkiosk::print::Printer>,
        slips: tempfile::TempDir,
        config: &Config,
    ) -> Harness {
        let kiosk = Kiosk::new(
            config,
            store,
            Arc::new(I18n::embedded()),
            printer,
            b"pepper".to_vec(),
            Env::fixed(now(), 11),
            0,
        )
        .expect("kiosk");
        Harness {
            kiosk,
            clock: 0,
            slips,
        }
    }

    /// Presses one key, a tenth of a second after the last.
    pub fn press(&mut self, code: KeyCode) -> &mut Self {
        self.clock += 100;
        if let Some(k) = runtime::key_from(key(code)) {
            self.kiosk.key(k, self.clock);
        }
        self.kiosk.settle(Duration::from_secs(10), self.clock);
        self
    }

    /// Types text, one key per character (as a keyboard or a scanner does).
    pub fn type_text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.press(KeyCode::Char(c));
        }
        self
    }

    /// Lets `ms` pass without a key, ticking as the runtime does.
    pub fn wait(&mut self, ms: Millis) -> &mut Self {
        let end = self.clock + ms;
        while self.clock < end {
            self.clock = (self.clock + 250).min(end);
            self.kiosk.dispatch(aidkiosk::app::Action::Tick, self.clock);
        }
        self
    }

    /// The screen as text, 80×24.
    pub fn screen(&self) -> String {
        let terminal = draw(&self.kiosk.state, &self.kiosk.i18n, 80, 24);
        let buffer = terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                out.push_str(buffer[(x, y)].symbol());
            }
            out.push('\n');
        }
        out
    }
}

impl Harness {
    /// The code of the slip on screen.
    pub fn slip_code(&self) -> aidkiosk::domain::SlipCode {
        match &self.kiosk.state.screen {
            aidkiosk::app::Screen::Visit(v) => match &v.step {
                aidkiosk::app::Step::Slip(view) => view.code,
                other => panic!("not the slip: {other:?}"),
            },
            other => panic!("not a visit: {other:?}"),
        }
    }

    /// Walks a visit with these keys after Welcome and language (English): the slip's code.
    pub fn visitor_entry(&mut self, keys: &[KeyCode]) -> aidkiosk::domain::SlipCode {
        self.press(KeyCode::Enter).press(KeyCode::Enter);
        for k in keys {
            self.press(*k);
        }
        let code = self.slip_code();
        self.press(KeyCode::Enter);
        code
    }

    /// At the locked desk: types a name, Enter, the PIN, Enter.
    pub fn sign_in(&mut self, name: &str, pin: &str) -> &mut Self {
        self.type_text(name)
            .press(KeyCode::Enter)
            .type_text(pin)
            .press(KeyCode::Enter)
    }

    /// The actions in the newest 50 audit lines.
    pub fn audit_actions(&self) -> Vec<String> {
        self.kiosk
            .store()
            .audit_tail(50)
            .expect("audit")
            .into_iter()
            .map(|a| a.action)
            .collect()
    }
}

/// A database file at `path`, set up as "Eastside" with coordinator Maya (PIN 2468, pepper
/// `pepper`), the site created at `at`.
pub fn set_up_at(path: &std::path::Path, at: DateTime<Utc>) -> Store {
    let mut store = Store::open(path).expect("open");
    let mut env = Env::fixed(at, 9);
    runtime::initialise(&mut store, &mut env, b"pepper", "Eastside", "Maya", "2468")
        .expect("set up");
    store
}

/// The site's slip signer.
pub fn signer(store: &Store) -> aidkiosk::slip::Signer {
    let site = store.site().expect("site").expect("set up");
    aidkiosk::slip::Signer::new(&site.tag, &site.secret)
}

/// `aidkiosk --data-dir DATA …`, never reading the caller's AIDKIOSK_DATA_DIR.
pub fn aidkiosk(data: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("aidkiosk").expect("built binary");
    cmd.arg("--data-dir")
        .arg(data)
        .env_remove("AIDKIOSK_DATA_DIR");
    cmd
}

/// Runs a command that must succeed; its standard output.
pub fn run(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Runs a command that must fail; its standard error.
pub fn fails(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(!out.status.success(), "expected a failure");
    String::from_utf8(out.stderr).expect("UTF-8")
}

/// Each row adds up to the screen width, no wide character is cut, no bidi mark is left.
pub fn assert_well_formed(terminal: &Terminal<TestBackend>, name: &str) {
    let buffer = terminal.backend().buffer();
    let width = buffer.area.width;
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < width {
            let symbol = buffer[(x, y)].symbol();
            assert!(
                !symbol
                    .chars()
                    .any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')),
                "{name}: bidi mark left at ({x},{y})"
            );
            let w = unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
            assert!(
                x + w <= width,
                "{name}: wide character cut at ({x},{y}): {symbol:?}"
            );
            x += w;
        }
    }
}

/// Decodes the one QR in a PNG file with rqrr.
pub fn decode_png(path: &std::path::Path) -> String {
    let img = image::open(path).expect("open png").to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR in {}", path.display());
    grids[0].decode().expect("QR decodes").1
}

/// A small deterministic generator (xorshift): a failing case is told by its seed and number.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (0 for `n` = 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A data dir `site` in a new temporary folder, set up by the command line as "Hall" with
/// coordinator Maya (PIN 2468), with its own `pepper.key`.
pub fn cli_site() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site");
    run(aidkiosk(&data)
        .args(["init", "--site", "Hall", "--admin", "Maya", "--pin-stdin"])
        .write_stdin("2468\n"));
    (dir, data)
}

/// `script(1)` running `command` on a terminal of its own, recording it to `log`: what the
/// program sends to a real terminal (no caller's data dir, no input).
pub fn script(flags: &[&str], command: &str, log: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new("script");
    cmd.args(flags)
        .arg("-c")
        .arg(command)
        .arg(log)
        .env("TERM", "xterm")
        .env_remove("AIDKIOSK_DATA_DIR")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null());
    cmd
}
