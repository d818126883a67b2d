//! The kiosk's health, checked and explained (`aidkiosk doctor`; the staff desk can show the
//! same list to a coordinator): fonts for every language's script, the printer, read-aloud
//! voices, the data dir, free space, the database, backups, the pepper and the clock. Each
//! check says what it found and, when something is wrong, what to do, in plain words.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Utc};

use crate::config::{Config, DB_FILE};
use crate::i18n::I18n;

mod devices;
mod fonts;

pub use devices::{printer, speech};
pub use fonts::{FontSource, fonts, missing_glyphs, sample_text};

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Ok,
    /// Works, but something will go wrong or is worse than it should be.
    Warn,
    /// Broken now, or data is at risk: `doctor` exits with status 1.
    Fail,
}

impl Level {
    /// As printed at the start of a line.
    pub fn label(self) -> &'static str {
        match self {
            Level::Ok => "ok",
            Level::Warn => "warn",
            Level::Fail => "FAIL",
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// What was checked: "fonts zh-Hans", "printer", "backup".
    pub name: String,
    pub level: Level,
    /// What was found.
    pub detail: String,
    /// What to do about it (empty when all is well).
    pub fix: String,
}

impl Check {
    fn new(name: &str, level: Level, detail: String, fix: &str) -> Check {
        Check {
            name: name.to_owned(),
            level,
            detail,
            fix: fix.to_owned(),
        }
    }

    fn ok(name: &str, detail: String) -> Check {
        Check::new(name, Level::Ok, detail, "")
    }
}

/// What the checks look at.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    pub data_dir: &'a Path,
    pub config_path: &'a Path,
    pub fonts: FontSource,
    /// Where backups are kept (kiosk-setup's daily job: `backups/` in the data dir).
    pub backups: PathBuf,
    pub now: DateTime<Utc>,
}

/// Every check, in the order a coordinator reads them.
pub fn check_all(subject: &Subject<'_>, i18n: &I18n) -> Vec<Check> {
    let (config, mut out) = match Config::load(subject.config_path) {
        Ok(c) => (
            c,
            vec![Check::ok(
                "config",
                format!("{} is valid", subject.config_path.display()),
            )],
        ),
        Err(e) => (
            Config::default(),
            vec![Check::new(
                "config",
                Level::Fail,
                e.to_string(),
                "correct that line of the config; the kiosk does not start until it is valid (the other checks below use the defaults)",
            )],
        ),
    };
    out.extend(fonts(&config, i18n, &subject.fonts));
    out.push(printer(&config, subject.data_dir));
    out.extend(speech(&config));
    out.extend(data_dir(subject.data_dir));
    out.push(free_space(subject.data_dir));
    let db = crate::store::health::inspect(&subject.data_dir.join(DB_FILE));
    out.push(database(subject.data_dir, &db));
    out.push(backups(&subject.backups, subject.now));
    out.push(pepper(subject.data_dir, &db));
    out.push(clock(&db, subject.now));
    if let Some(check) = ledger(&db) {
        out.push(check);
    }
    out
}

/// The time bank's ledger adds up: every transfer two legs summing to zero. Nothing to say
/// before the ledger exists or when the database could not be read.
pub fn ledger(db: &crate::store::health::DbHealth) -> Option<Check> {
    const NAME: &str = "time bank";
    let (transfers, sum, broken) = db.ledger?;
    Some(if sum == 0 && broken == 0 {
        Check::ok(
            NAME,
            format!("{transfers} transfers of hours, every one two legs summing to zero"),
        )
    } else {
        Check::new(
            NAME,
            Level::Fail,
            format!(
                "the ledger does not add up: its legs sum to {sum} quarter hours, {broken} transfers are not two legs summing to zero"
            ),
            "the ledger cannot be changed by aidkiosk, so the file was changed by hand or damaged: stop the kiosk, keep a copy, and restore the newest good backup",
        )
    })
}

/// Whether any check failed.
pub fn failed(checks: &[Check]) -> bool {
    checks.iter().any(|c| c.level == Level::Fail)
}

#[cfg(unix)]
fn mode_of(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o777)
}

#[cfg(not(unix))]
fn mode_of(_path: &Path) -> Option<u32> {
    None
}

/// Who may read the data dir and the files with personal data and secrets in it.
pub fn data_dir(dir: &Path) -> Vec<Check> {
    const NAME: &str = "data dir";
    if !dir.is_dir() {
        return vec![Check::new(
            NAME,
            Level::Fail,
            format!("{} does not exist", dir.display()),
            "set the kiosk up (`aidkiosk init`, or start it once), or point --data-dir at the right folder",
        )];
    }
    let dir_mode = mode_of(dir).unwrap_or(0o700);
    let mut wrong = Vec::new();
    if dir_mode & 0o077 != 0 {
        wrong.push(format!("{} is {dir_mode:03o}, not 700", dir.display()));
    }
    // Readable by others, as far as the folder lets them in.
    let mut exposed = 0;
    for name in [
        DB_FILE.to_owned(),
        format!("{DB_FILE}-wal"),
        format!("{DB_FILE}-shm"),
        crate::auth::PEPPER_FILE.to_owned(),
    ] {
        let path = dir.join(name);
        let Some(mode) = mode_of(&path) else { continue };
        if mode & 0o077 != 0 {
            wrong.push(format!("{} is {mode:03o}, not 600", path.display()));
            exposed |= mode & dir_mode & 0o077;
        }
    }
    if wrong.is_empty() {
        return vec![Check::ok(
            NAME,
            format!(
                "{} and its database and pepper are readable by their owner only",
                dir.display()
            ),
        )];
    }
    let fix = format!(
        "chmod 700 {dir}; chmod 600 {dir}/{DB_FILE}* {dir}/{}",
        crate::auth::PEPPER_FILE,
        dir = dir.display()
    );
    let (level, who) = if exposed & 0o004 != 0 {
        (Level::Fail, "anyone on this machine can read")
    } else if exposed & 0o040 != 0 {
        (Level::Fail, "other members of its group can read")
    } else {
        (
            Level::Warn,
            "only the folder's mode keeps others from reading",
        )
    };
    vec![Check {
        name: NAME.into(),
        level,
        detail: format!(
            "{}: {who} names, phone numbers and the PIN pepper",
            wrong.join("; ")
        ),
        fix,
    }]
}

/// Free space below this warns …
pub const SPACE_WARN: u64 = 500 * 1000 * 1000;
/// … and below this fails.
pub const SPACE_FAIL: u64 = 50 * 1000 * 1000;

/// How `free` bytes left on the data dir's disk rate.
pub fn space_level(free: u64) -> Level {
    if free < SPACE_FAIL {
        Level::Fail
    } else if free < SPACE_WARN {
        Level::Warn
    } else {
        Level::Ok
    }
}

/// Bytes an unprivileged user may still write on the disk holding `at`.
#[cfg(unix)]
fn free_bytes(at: &Path) -> std::io::Result<u64> {
    let st = rustix::fs::statvfs(at)?;
    Ok(st.f_bavail.saturating_mul(st.f_frsize))
}

#[cfg(not(unix))]
fn free_bytes(_at: &Path) -> std::io::Result<u64> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Room left for the database, slips and backups.
pub fn free_space(dir: &Path) -> Check {
    const NAME: &str = "free space";
    let at = if dir.exists() {
        dir
    } else {
        dir.parent().unwrap_or(Path::new("/"))
    };
    match free_bytes(at) {
        Ok(free) => {
            let level = space_level(free);
            let detail = format!("{} MB free on the data dir's disk", free / 1_000_000);
            match level {
                Level::Ok => Check::ok(NAME, detail),
                Level::Warn => Check::new(
                    NAME,
                    level,
                    detail + " (under 500 MB: backups and slips will soon fill it)",
                    "move old backups to a USB stick, remove files you do not need, or use a bigger card or disk",
                ),
                Level::Fail => Check::new(
                    NAME,
                    level,
                    detail + " (under 50 MB: saving entries may fail)",
                    "make room now: move old backups (backups/) to a USB stick and remove them here",
                ),
            }
        }
        Err(e) => Check::new(
            NAME,
            Level::Warn,
            format!("cannot tell the free space of {}: {e}", at.display()),
            "check with `df -h`",
        ),
    }
}

/// Whether the database is whole.
pub fn database(dir: &Path, db: &crate::store::health::DbHealth) -> Check {
    const NAME: &str = "database";
    let path = dir.join(DB_FILE);
    if !path.exists() {
        return Check::new(
            NAME,
            Level::Fail,
            format!("no database at {}", path.display()),
            "set the kiosk up (`aidkiosk init`, or start it once), or restore a backup (`aidkiosk restore FILE`)",
        );
    }
    if db.problems.is_empty() {
        return Check::ok(
            NAME,
            format!("{} passes SQLite's quick check", path.display()),
        );
    }
    Check::new(
        NAME,
        Level::Fail,
        format!("{} is damaged: {}", path.display(), db.problems.join("; ")),
        "stop the kiosk, keep a copy of the damaged file, and restore the newest good backup: aidkiosk restore backups/aidkiosk-DATE.db",
    )
}

/// Backups older than this warn …
pub const BACKUP_WARN_DAYS: i64 = 2;
/// … and older than this fail.
pub const BACKUP_FAIL_DAYS: i64 = 14;

/// Whether `name` is a backup rather than something kept beside them.
fn is_backup(name: &str) -> bool {
    !name.starts_with('.')
        && name != crate::auth::PEPPER_FILE
        && !name.starts_with("before-restore-")
}

/// The newest backup in `dir` and how old it is.
pub fn backups(dir: &Path, now: DateTime<Utc>) -> Check {
    const NAME: &str = "backup";
    let newest = std::fs::read_dir(dir).ok().and_then(|entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| is_backup(&e.file_name().to_string_lossy()))
            .filter_map(|e| {
                let meta = e.metadata().ok()?;
                meta.is_file().then_some((meta.modified().ok()?, e.path()))
            })
            .max_by_key(|(modified, _)| *modified)
    });
    let Some((modified, path)) = newest else {
        return Check::new(
            NAME,
            Level::Fail,
            format!("no backup in {}", dir.display()),
            "make one now (aidkiosk backup FILE) and let kiosk-setup's daily job make one every day; with backups elsewhere, name that folder with --backups DIR",
        );
    };
    let modified: DateTime<Utc> = modified.into();
    let age = now.signed_duration_since(modified);
    let days = age.num_days();
    let detail = format!(
        "the newest, {}, is from {} ({})",
        path.display(),
        modified.format("%Y-%m-%d %H:%M UTC"),
        if age.num_hours() < 48 {
            format!("{} hours ago", age.num_hours().max(0))
        } else {
            format!("{days} days ago")
        }
    );
    if days > BACKUP_FAIL_DAYS {
        Check::new(
            NAME,
            Level::Fail,
            detail,
            "make one now (aidkiosk backup FILE) and find out why the daily one stopped: systemctl status aidkiosk-daily.timer",
        )
    } else if days >= BACKUP_WARN_DAYS {
        Check::new(
            NAME,
            Level::Warn,
            detail,
            "backups should be daily: systemctl status aidkiosk-daily.timer says why not",
        )
    } else {
        Check::ok(NAME, detail)
    }
}

/// Bytes in the pepper `auth` makes.
pub const PEPPER_LEN: u64 = 32;

/// The pepper staff PINs are checked with.
pub fn pepper(dir: &Path, db: &crate::store::health::DbHealth) -> Check {
    const NAME: &str = "pepper";
    let path = dir.join(crate::auth::PEPPER_FILE);
    let fix = "copy pepper.key back from beside the backups (backups/pepper.key), or, if it is lost, give every account a new PIN: aidkiosk staff set-pin NAME --pin-stdin";
    match std::fs::metadata(&path) {
        Ok(m) if m.len() == PEPPER_LEN => Check::ok(NAME, format!("{} is there", path.display())),
        Ok(m) => Check::new(
            NAME,
            Level::Fail,
            format!(
                "{} has {} bytes, not {PEPPER_LEN}: staff PINs will not be accepted",
                path.display(),
                m.len()
            ),
            fix,
        ),
        Err(_) if db.staff == 0 => Check::new(
            NAME,
            Level::Warn,
            format!(
                "no {} yet; it is made when the first staff account is",
                path.display()
            ),
            "nothing to do before set-up",
        ),
        Err(_) => Check::new(
            NAME,
            Level::Fail,
            format!(
                "{} is missing: none of the {} staff PINs will be accepted",
                path.display(),
                db.staff
            ),
            fix,
        ),
    }
}

/// How far the database's last write may be ahead of the clock.
pub const CLOCK_SLACK_MINUTES: i64 = 5;

/// The system clock against the database's newest write: a clock that went back (a Raspberry
/// Pi without a battery, a dead CMOS cell) dates slips wrongly and upsets expiry.
pub fn clock(db: &crate::store::health::DbHealth, now: DateTime<Utc>) -> Check {
    const NAME: &str = "clock";
    let fix = "set the clock: sudo timedatectl set-ntp true when the machine can reach a time server now and then, else sudo date -s 'YYYY-MM-DD HH:MM' (and add a real-time clock to a Raspberry Pi)";
    // No kiosk ran before this program existed: a date before it is a clock that reset.
    if now.year() < 2025 {
        return Check::new(
            NAME,
            Level::Fail,
            format!("the clock says {}", now.format("%Y-%m-%d %H:%M UTC")),
            fix,
        );
    }
    match db.last_write {
        Some(last) if last > now + chrono::Duration::minutes(CLOCK_SLACK_MINUTES) => Check::new(
            NAME,
            Level::Fail,
            format!(
                "the clock says {}, but the database was last written at {}: the clock went back",
                now.format("%Y-%m-%d %H:%M UTC"),
                last.format("%Y-%m-%d %H:%M UTC")
            ),
            fix,
        ),
        Some(last) => Check::ok(
            NAME,
            format!(
                "{}, after the database's last write ({})",
                now.format("%Y-%m-%d %H:%M UTC"),
                last.format("%Y-%m-%d %H:%M UTC")
            ),
        ),
        None => Check::ok(NAME, format!("{}", now.format("%Y-%m-%d %H:%M UTC"))),
    }
}

/// Where kiosk-setup's daily job puts backups.
pub fn default_backups(data_dir: &Path) -> PathBuf {
    data_dir.join("backups")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_levels() {
        assert_eq!(space_level(10_000_000_000), Level::Ok);
        assert_eq!(space_level(400_000_000), Level::Warn);
        assert_eq!(space_level(40_000_000), Level::Fail);
    }
}
