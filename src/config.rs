//! `aidkiosk.toml`: every key optional, unknown keys refused with a one-line error that names
//! the key and the file.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::Category;
use crate::i18n;
pub use crate::i18n::BidiMode;

/// File name of the config inside the data dir.
pub const CONFIG_FILE: &str = "aidkiosk.toml";
/// File name of the database inside the data dir.
pub const DB_FILE: &str = "aidkiosk.db";

/// Colours of the screens. Every theme also marks meaning with symbols and bold, never by
/// colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// Bright white on black, selection black on yellow: readable in a bright hall and for
    /// low vision.
    #[default]
    HighContrast,
    /// Black on white, selection white on blue.
    Light,
    /// The terminal's own colours, with reverse video for the selection.
    Terminal,
}

/// Reading each screen aloud through a speech synthesiser (espeak-ng).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SpeechConfig {
    /// `?` or `0` reads the screen aloud. When the command is not installed, the kiosk behaves
    /// as if this were off.
    pub enabled: bool,
    /// The synthesiser; it is run as `command [args…] -v VOICE` with the text on stdin.
    pub command: String,
    /// Extra arguments, e.g. `["-s", "150"]` to speak slower.
    pub args: Vec<String>,
    /// Voice per language tag, added to (or replacing) the built-in list; `""` means this
    /// language is not spoken.
    pub voices: std::collections::BTreeMap<String, String>,
}

impl Default for SpeechConfig {
    fn default() -> Self {
        SpeechConfig {
            enabled: true,
            command: "espeak-ng".into(),
            args: Vec::new(),
            voices: Default::default(),
        }
    }
}

/// espeak-ng voices for the shipped languages; a language missing here (Somali) is not spoken.
pub const DEFAULT_VOICES: &[(&str, &str)] = &[
    ("en", "en-us"),
    ("ar", "ar"),
    ("es", "es-419"),
    ("fa", "fa"),
    ("fr", "fr-fr"),
    ("ht", "ht"),
    ("ko", "ko"),
    ("pt", "pt-br"),
    ("ru", "ru"),
    ("uk", "uk"),
    ("vi", "vi"),
    ("zh-Hans", "cmn"),
];

impl SpeechConfig {
    /// The voice for `lang`, if it can be spoken.
    pub fn voice(&self, lang: &str) -> Option<String> {
        match self.voices.get(lang) {
            Some(v) if v.trim().is_empty() => None,
            Some(v) => Some(v.clone()),
            None => DEFAULT_VOICES
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, v)| (*v).to_owned()),
        }
    }
}

/// Where slips go.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum PrinterConfig {
    /// Writes `slips/<code>.png` and `slips/<code>.txt` into the data dir (or `dir`).
    File {
        #[serde(default)]
        dir: Option<PathBuf>,
    },
    /// An ESC/POS printer on USB, e.g. `/dev/usb/lp0`.
    EscposDevice {
        path: PathBuf,
        /// The printer has the `GS ( k` QR command (most made since 2015 do).
        #[serde(default)]
        native_qr: bool,
    },
    /// An ESC/POS printer on the network, raw TCP (port 9100).
    EscposTcp {
        addr: String,
        #[serde(default = "default_timeout")]
        timeout_secs: u64,
        #[serde(default)]
        native_qr: bool,
    },
    /// A CUPS queue; the slip goes through `lp` as a PDF.
    Cups {
        queue: String,
        #[serde(default = "default_lp")]
        command: String,
    },
}

fn default_timeout() -> u64 {
    5
}

fn default_lp() -> String {
    "lp".into()
}

impl Default for PrinterConfig {
    fn default() -> Self {
        PrinterConfig::File { dir: None }
    }
}

/// What goes on a slip besides the entry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SlipConfig {
    /// 58 or 80.
    pub paper_width_mm: u32,
    /// Where to pick up, e.g. "Side door, 12 Elm Street".
    pub place: String,
    /// When, e.g. "Tue and Thu 16:00–19:00".
    pub hours: String,
}

impl Default for SlipConfig {
    fn default() -> Self {
        SlipConfig {
            paper_width_mm: 58,
            place: String::new(),
            hours: String::new(),
        }
    }
}

/// The whole configuration, with defaults filled in.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Site name shown on screens and slips; the database's name wins once set up.
    pub site: Option<String>,
    /// Languages offered to visitors, in menu order.
    pub languages: Vec<String>,
    /// Language of set-up and staff screens and of the second half of each slip.
    pub staff_language: String,
    /// Seconds without a key before the "are you still there?" countdown.
    pub idle_timeout_secs: u64,
    /// Seconds without a key before an open staff desk locks itself (60 to 3600): its own,
    /// so a short visitor timeout does not make volunteers retype PINs all day.
    pub desk_idle_lock_secs: u64,
    /// Days after which names, phones and notes of closed entries are purged.
    pub retention_days: u32,
    /// Categories offered, in menu order.
    pub categories: Vec<Category>,
    pub printer: PrinterConfig,
    pub slip: SlipConfig,
    pub bidi: BidiMode,
    pub matching: MatchingConfig,
    pub theme: ThemeName,
    /// Show a small picture beside each category (needs a colour emoji font, as in the kiosk
    /// stack; turn off on the Linux console).
    pub symbols: bool,
    pub speech: SpeechConfig,
    /// Days an open entry stays open before it expires.
    pub entry_ttl_days: u32,
    /// Days after a member was last seen (a visit, a scan, an exchange) before they are
    /// removed with their card and nickname; their ledger hours stay, anonymous.
    pub member_retention_days: u32,
    /// The time bank's soft limit: a member who received this many hours more than they gave
    /// is flagged at the desk, never refused.
    pub debt_limit_hours: u32,
    /// The network's exchange folders (#14): this site's outbox and the others', one folder
    /// per site tag, carried by Syncthing. Default: `exchange/` in the data dir.
    pub exchange_dir: Option<std::path::PathBuf>,
    /// Seconds between the kiosk's rounds of the network (write its changes, read the
    /// others'), on the welcome screen only (10 to 3600).
    pub sync_every_secs: u64,
}

/// How the staff desk looks for matches.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MatchingConfig {
    /// Offers in these categories may also meet a need in the key's category,
    /// e.g. `baby-child = ["childcare", "clothing"]`.
    pub neighbours: std::collections::BTreeMap<Category, Vec<Category>>,
    /// Categories of time and skills: their needs and offers are connected (two people put
    /// in touch), never brought in or handed over. Default: transport, childcare, skills,
    /// language-tech, companionship.
    pub services: Vec<Category>,
}

impl Default for MatchingConfig {
    fn default() -> Self {
        MatchingConfig {
            neighbours: Default::default(),
            services: crate::domain::lifecycle::SERVICES.to_vec(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            site: None,
            languages: i18n::SHIPPED_ORDER
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            staff_language: "en".into(),
            idle_timeout_secs: 90,
            desk_idle_lock_secs: 300,
            retention_days: 30,
            categories: Category::ALL.to_vec(),
            printer: PrinterConfig::default(),
            slip: SlipConfig::default(),
            bidi: BidiMode::default(),
            matching: MatchingConfig::default(),
            theme: ThemeName::default(),
            symbols: true,
            speech: SpeechConfig::default(),
            entry_ttl_days: 30,
            member_retention_days: 365,
            debt_limit_hours: 10,
            exchange_dir: None,
            sync_every_secs: 60,
        }
    }
}

impl Config {
    /// The network's exchange folders for data dir `data`.
    pub fn exchange_root(&self, data: &std::path::Path) -> std::path::PathBuf {
        match &self.exchange_dir {
            Some(d) if d.is_absolute() => d.clone(),
            Some(d) => data.join(d),
            None => data.join("exchange"),
        }
    }
}

/// A config that cannot be used; the message is one line naming the file and the key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file}: cannot read: {source}")]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}:{line}: {message}")]
    Syntax {
        file: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{file}: {key}: {message}")]
    Invalid {
        file: PathBuf,
        key: &'static str,
        message: String,
    },
}

impl Config {
    /// Loads `path`; a missing file means all defaults.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(source) => Err(ConfigError::Read {
                file: path.to_owned(),
                source,
            }),
        }
    }

    /// Parses and validates config text; `file` is only used in messages.
    pub fn parse(text: &str, file: &Path) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text.get(..s.start).unwrap_or(text).matches('\n').count() + 1)
                .unwrap_or(1);
            ConfigError::Syntax {
                file: file.to_owned(),
                line,
                message: e.message().replace('\n', " ").trim().to_owned(),
            }
        })?;
        config.validate(file)?;
        Ok(config)
    }

    fn validate(&self, file: &Path) -> Result<(), ConfigError> {
        let invalid = |key, message: String| ConfigError::Invalid {
            file: file.to_owned(),
            key,
            message,
        };
        if self.languages.is_empty() {
            return Err(invalid("languages", "list at least one language".into()));
        }
        for (i, tag) in self.languages.iter().enumerate() {
            if !i18n::is_shipped(tag) {
                return Err(invalid(
                    "languages",
                    format!(
                        "no catalog for {tag:?} (shipped: {})",
                        i18n::SHIPPED_ORDER.join(", ")
                    ),
                ));
            }
            if self.languages[..i].contains(tag) {
                return Err(invalid("languages", format!("{tag:?} is listed twice")));
            }
        }
        if !i18n::is_shipped(&self.staff_language) {
            return Err(invalid(
                "staff_language",
                format!(
                    "no catalog for {:?} (shipped: {})",
                    self.staff_language,
                    i18n::SHIPPED_ORDER.join(", ")
                ),
            ));
        }
        if !(10..=3600).contains(&self.idle_timeout_secs) {
            return Err(invalid(
                "idle_timeout_secs",
                format!("{} is out of range 10..=3600", self.idle_timeout_secs),
            ));
        }
        if !(60..=3600).contains(&self.desk_idle_lock_secs) {
            return Err(invalid(
                "desk_idle_lock_secs",
                format!("{} is out of range 60..=3600", self.desk_idle_lock_secs),
            ));
        }
        if !(1..=3650).contains(&self.retention_days) {
            return Err(invalid(
                "retention_days",
                format!("{} is out of range 1..=3650", self.retention_days),
            ));
        }
        if !(1..=3650).contains(&self.member_retention_days) {
            return Err(invalid(
                "member_retention_days",
                format!("{} is out of range 1..=3650", self.member_retention_days),
            ));
        }
        if !(1..=1000).contains(&self.debt_limit_hours) {
            return Err(invalid(
                "debt_limit_hours",
                format!("{} is out of range 1..=1000", self.debt_limit_hours),
            ));
        }
        if !(10..=3600).contains(&self.sync_every_secs) {
            return Err(invalid(
                "sync_every_secs",
                format!("{} is out of range 10..=3600", self.sync_every_secs),
            ));
        }
        if !(1..=3650).contains(&self.entry_ttl_days) {
            return Err(invalid(
                "entry_ttl_days",
                format!("{} is out of range 1..=3650", self.entry_ttl_days),
            ));
        }
        if self.speech.enabled && self.speech.command.trim().is_empty() {
            return Err(invalid("speech.command", "must name a program".into()));
        }
        for tag in self.speech.voices.keys() {
            if !i18n::is_shipped(tag) {
                return Err(invalid("speech.voices", format!("no catalog for {tag:?}")));
            }
        }
        if self.categories.is_empty() {
            return Err(invalid("categories", "list at least one category".into()));
        }
        for (i, c) in self.categories.iter().enumerate() {
            if self.categories[..i].contains(c) {
                return Err(invalid(
                    "categories",
                    format!("{:?} is listed twice", c.as_str()),
                ));
            }
        }
        if ![58, 80].contains(&self.slip.paper_width_mm) {
            return Err(invalid(
                "slip.paper_width_mm",
                format!("{} is not 58 or 80", self.slip.paper_width_mm),
            ));
        }
        if let PrinterConfig::EscposTcp { timeout_secs, .. } = &self.printer
            && !(1..=120).contains(timeout_secs)
        {
            return Err(invalid(
                "printer.timeout_secs",
                format!("{timeout_secs} is out of range 1..=120"),
            ));
        }
        if let Some(site) = &self.site
            && (site.trim().is_empty() || site.chars().count() > 60)
        {
            return Err(invalid("site", "must be 1 to 60 characters".into()));
        }
        // What is drawn on every screen and printed on every slip may not move the terminal's
        // cursor, change its title or reverse the text around it.
        for (key, text) in [
            ("site", self.site.as_deref().unwrap_or_default()),
            ("slip.place", self.slip.place.as_str()),
            ("slip.hours", self.slip.hours.as_str()),
        ] {
            if let Some(c) = text.chars().find(|&c| is_unprintable(c)) {
                return Err(invalid(
                    key,
                    format!(
                        "has the control character U+{:04X}: write plain text",
                        c as u32
                    ),
                ));
            }
            if text.chars().count() > 200 {
                return Err(invalid(key, "must be at most 200 characters".into()));
            }
        }
        Ok(())
    }
}

/// A character that drives a terminal or reorders text (controls, bidi embeddings, overrides
/// and isolates), never wanted in a name printed on screen and paper.
fn is_unprintable(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Picks the data dir: `--data-dir`, else `$AIDKIOSK_DATA_DIR`, else the platform data dir.
pub fn data_dir(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = flag {
        return Some(dir.to_owned());
    }
    if let Some(dir) = std::env::var_os("AIDKIOSK_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "aidkiosk", "aidkiosk").map(|p| p.data_dir().to_owned())
}
