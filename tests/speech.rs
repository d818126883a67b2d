//! Reading screens aloud: a capture command stands in for espeak-ng to prove what is said, in
//! which voice, and that changing screen cuts it off; then the real espeak-ng writes a WAV.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use aidkiosk::config::{Config, SpeechConfig};
use aidkiosk::print::FilePrinter;
use aidkiosk::runtime::{self, Env};
use aidkiosk::speech::{Speaker, Utterance};
use aidkiosk::store::Store;
use common::Harness;
use crossterm::event::KeyCode;

/// Writes a stand-in synthesiser into `dir`: it records its arguments and the text it was
/// given, writes its pid, then stays "speaking" for as long as `dir/sleep` says.
fn capture_command(dir: &Path) -> PathBuf {
    let script = dir.join("fake-espeak");
    let d = dir.display();
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\n\
             echo $$ > '{d}/pid'\n\
             printf '%s\\n' \"$*\" >> '{d}/args'\n\
             cat >> '{d}/said'\n\
             echo '---' >> '{d}/said'\n\
             exec sleep \"$(cat '{d}/sleep' 2>/dev/null || echo 0)\"\n"
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

fn kiosk(command: &Path, languages: &[&str]) -> Harness {
    let mut store = Store::open_in_memory().unwrap();
    let mut env = Env::fixed(common::now(), 7);
    runtime::initialise(
        &mut store,
        &mut env,
        b"pepper",
        "Eastside Pantry",
        "Maya",
        "2468",
    )
    .unwrap();
    let slips = tempfile::tempdir().unwrap();
    let printer = Arc::new(FilePrinter::new(slips.path().to_owned()));
    let config = Config {
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        speech: SpeechConfig {
            command: command.display().to_string(),
            ..SpeechConfig::default()
        },
        ..Config::default()
    };
    Harness::with_config(store, printer, slips, &config)
}

/// Waits for `path` to hold `needle` (the stand-in runs on another thread).
fn wait_for(path: &Path, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if text.contains(needle) || Instant::now() > deadline {
            return text;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn alive(pid: &str) -> bool {
    Path::new(&format!("/proc/{}", pid.trim())).exists()
}

#[test]
fn the_screen_is_read_in_the_visitors_voice_and_stops_when_the_screen_changes() {
    let dir = tempfile::tempdir().unwrap();
    let command = capture_command(dir.path());
    std::fs::write(dir.path().join("sleep"), "30").unwrap();
    let mut h = kiosk(&command, &["en", "ar", "so"]);
    h.press(KeyCode::Enter).press(KeyCode::Char('1')); // English, Home
    assert!(h.screen().contains("?: read aloud"), "{}", h.screen());

    h.press(KeyCode::Char('?'));
    let said = wait_for(&dir.path().join("said"), "---");
    let args = std::fs::read_to_string(dir.path().join("args")).unwrap();
    assert_eq!(args.trim(), "-v en-us");
    assert_eq!(
        said,
        "What would you like to do?\n1: I need something.\n2: I can offer something.\n\
         3: Check my ticket.\n4: What is needed now.\n5: Community events.---\n"
    );
    let pid = std::fs::read_to_string(dir.path().join("pid")).unwrap();
    assert!(alive(&pid), "still speaking");
    assert!(h.kiosk.is_speaking());

    // Moving the cursor is not a new screen: the speech goes on.
    h.press(KeyCode::Down);
    assert!(alive(&pid));

    // A new screen cuts it off at once.
    h.press(KeyCode::Char('1'));
    assert!(!alive(&pid), "speech stopped when the screen changed");
    assert!(!h.kiosk.is_speaking());
    assert!(h.screen().contains("What do you need?"));
}

#[test]
fn each_language_speaks_in_its_own_voice_and_zero_also_reads() {
    let dir = tempfile::tempdir().unwrap();
    let command = capture_command(dir.path());
    let mut h = kiosk(&command, &["en", "ar", "so"]);
    h.press(KeyCode::Enter);
    // The language menu: each name in its own voice, so a visitor hears their own language.
    h.press(KeyCode::Char('0'));
    let said = wait_for(&dir.path().join("said"), "2: العربية");
    assert!(said.contains("1: English."), "{said}");
    assert!(said.contains("2: العربية."), "{said}");
    let args = std::fs::read_to_string(dir.path().join("args")).unwrap();
    assert!(args.starts_with("-v en-us\n-v ar\n"), "{args}");
    // Somali has no espeak-ng voice: its line is skipped rather than read in another voice.
    assert_eq!(args.lines().count(), 2, "{args}");

    h.press(KeyCode::Char('2')); // Arabic, Home
    std::fs::remove_file(dir.path().join("said")).unwrap();
    h.press(KeyCode::Char('0'));
    let said = wait_for(&dir.path().join("said"), "---");
    assert!(
        said.starts_with("ماذا تريد أن تفعل؟\n1: أحتاج إلى شيء."),
        "{said}"
    );
    let args = std::fs::read_to_string(dir.path().join("args")).unwrap();
    assert_eq!(args.lines().last(), Some("-v ar"));
}

#[test]
fn a_language_without_a_voice_says_so_once_and_only_shows() {
    let dir = tempfile::tempdir().unwrap();
    let command = capture_command(dir.path());
    let mut h = kiosk(&command, &["en", "ar", "so"]);
    h.press(KeyCode::Enter).press(KeyCode::Char('3')); // Somali, Home
    let note = "Akhrinta codka laguma heli karo";
    h.press(KeyCode::Char('?'));
    let i18n = aidkiosk::i18n::I18n::embedded();
    let text = i18n.text("so", "speech-unavailable");
    assert!(
        h.screen().contains(&text) || h.screen().contains(note),
        "{}",
        h.screen()
    );
    // The next key takes it away, and it does not come back this visit.
    h.press(KeyCode::Down);
    assert!(!h.screen().contains(&text));
    h.press(KeyCode::Char('?'));
    assert!(!h.screen().contains(&text));
    std::thread::sleep(Duration::from_millis(100));
    assert!(!dir.path().join("args").exists(), "nothing was spoken");
}

#[test]
fn without_the_synthesiser_the_kiosk_is_as_before() {
    let mut h = kiosk(Path::new("/nonexistent/espeak-ng"), &["en", "ar"]);
    h.press(KeyCode::Enter).press(KeyCode::Char('1'));
    assert!(!h.screen().contains("read aloud"));
    h.press(KeyCode::Char('?')).press(KeyCode::Char('0'));
    assert!(!h.kiosk.is_speaking());
    assert!(h.screen().contains("What would you like to do?"));
    // Speech off in the config is the same.
    let off = SpeechConfig {
        enabled: false,
        ..SpeechConfig::default()
    };
    assert!(Speaker::from_config(&off).is_none());
}

/// The real espeak-ng, as the kiosk runs it, writing a WAV file (`-w`) of the Home screen in
/// three languages.
#[test]
#[ignore = "needs espeak-ng (Debian espeak-ng); .ci/run installs it and runs the ignored tests"]
fn espeak_ng_speaks_three_languages_into_wav_files() {
    let probe = SpeechConfig::default();
    assert!(
        Speaker::from_config(&probe).is_some(),
        "espeak-ng is installed (Debian espeak-ng)"
    );
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "ar", "zh-Hans"] {
        let mut h = Harness::new();
        h.press(KeyCode::Enter);
        let i = common::settings()
            .languages
            .iter()
            .position(|l| l == lang)
            .unwrap();
        h.press(KeyCode::Char(char::from(b'1' + i as u8)));
        let text: Vec<_> = aidkiosk::ui::speech::script(&h.kiosk.state, &h.kiosk.i18n);
        assert_eq!(text.len(), 1);
        let wav = dir.path().join(format!("{lang}.wav"));
        let speaker = Speaker::from_config(&SpeechConfig {
            args: vec!["-w".into(), wav.display().to_string()],
            ..SpeechConfig::default()
        })
        .unwrap();
        let voice = probe.voice(lang).unwrap();
        speaker.say(vec![Utterance {
            voice: voice.clone(),
            text: text[0].1.clone(),
        }]);
        let deadline = Instant::now() + Duration::from_secs(30);
        while speaker.is_busy() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let bytes = std::fs::read(&wav).unwrap_or_default();
        assert_eq!(bytes.get(..4), Some(&b"RIFF"[..]), "{lang}: a WAV file");
        assert_eq!(bytes.get(8..12), Some(&b"WAVE"[..]), "{lang}");
        // espeak-ng writes 22,050 16-bit samples a second: a whole menu is seconds long.
        let seconds = (bytes.len() - 44) as f64 / 44_100.0;
        assert!(
            seconds > 2.0,
            "{lang} ({voice}): only {seconds:.1} s of speech"
        );
        eprintln!(
            "{lang} ({voice}): {seconds:.1} s of speech in {}",
            wav.display()
        );
    }
}
