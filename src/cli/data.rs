//! The data lifecycle from the command line: `purge`, `backup`, `restore`, `seed`.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, bail};
use chrono::{Duration, Utc};

use super::{Paths, existing_store, open_store};
use crate::backup::{self, KdfParams};
use crate::config::{Config, DB_FILE};
use crate::store;

/// Where a passphrase comes from.
#[derive(Debug, Clone, Default)]
pub struct Passphrase {
    pub stdin: bool,
    pub file: Option<PathBuf>,
}

impl Passphrase {
    fn given(&self) -> bool {
        self.stdin || self.file.is_some()
    }

    /// The passphrase: the first line of the file or of standard input.
    fn read(&self) -> anyhow::Result<String> {
        let mut text = String::new();
        match &self.file {
            Some(file) => {
                File::open(file)
                    .and_then(|f| f.take(4096).read_to_string(&mut text))
                    .with_context(|| {
                        format!("cannot read the passphrase from {}", file.display())
                    })?;
            }
            None => {
                std::io::stdin()
                    .take(4096)
                    .read_to_string(&mut text)
                    .context("cannot read the passphrase from standard input")?;
            }
        }
        let line = text.lines().next().unwrap_or_default().to_owned();
        if line.chars().count() < backup::MIN_PASSPHRASE {
            bail!(
                "a passphrase has at least {} characters",
                backup::MIN_PASSPHRASE
            );
        }
        Ok(line)
    }
}

/// `aidkiosk purge [--dry-run]`: expire old open entries, purge personal fields of finished
/// ones, and remove slip files older than the retention period.
pub fn purge(paths: &Paths, dry_run: bool) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    let mut store = existing_store(paths)?;
    let now = Utc::now();
    let expire_before = now - Duration::days(i64::from(config.entry_ttl_days));
    let purge_before = now - Duration::days(i64::from(config.retention_days));
    let done = store.apply_lifecycle(expire_before, purge_before, dry_run, now)?;
    let slips = crate::print::prune(
        &crate::print::slip_dir(&config, &paths.data),
        purge_before,
        dry_run,
    );
    // The copies restore keeps of the database as it was hold personal data too.
    let kept = crate::files::remove_old(
        &paths.data.join("backups"),
        purge_before.into(),
        dry_run,
        |name| name.starts_with("before-restore-") && name.ends_with(".db"),
    );
    let (ttl, keep) = (config.entry_ttl_days, config.retention_days);
    if dry_run {
        println!(
            "Would expire {} open or matched entries made more than {ttl} days ago",
            done.expired
        );
        println!(
            "Would remove names, phones and notes from {} finished entries made more than {keep} days ago",
            done.purged
        );
        println!("Would remove {slips} slip files older than {keep} days");
        println!("Would remove {kept} copies kept by restore older than {keep} days");
    } else {
        println!(
            "Expired {} open or matched entries made more than {ttl} days ago",
            done.expired
        );
        println!(
            "Removed names, phones and notes from {} finished entries made more than {keep} days ago",
            done.purged
        );
        println!("Removed {slips} slip files older than {keep} days");
        if kept > 0 {
            println!("Removed {kept} copies kept by restore older than {keep} days");
        }
    }
    Ok(())
}

/// A file name beside `path` for writing before the rename that makes it real.
fn partial(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "backup".into());
    path.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

/// Removes a scratch database and whatever SQLite left beside it.
fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// A new file only its owner may read (it will hold personal data), replacing any there.
pub(super) fn private_file(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Writes `path` whole or not at all: `write` fills a scratch file beside it (created empty,
/// mode 0600, before anything is in it), which is synced and renamed over `path`.
pub(super) fn write_whole<T>(
    path: &Path,
    write: impl FnOnce(&Path) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let tmp = partial(path);
    let result = private_file(&tmp)
        .with_context(|| format!("cannot write {}", tmp.display()))
        .and_then(|_| write(&tmp))
        .and_then(|value| {
            File::open(&tmp)
                .and_then(|f| f.sync_all())
                .with_context(|| format!("cannot sync {}", tmp.display()))?;
            std::fs::rename(&tmp, path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            Ok(value)
        });
    if result.is_err() {
        remove_db(&tmp);
    }
    result
}

/// Scratch files older than a day that an interrupted backup or restore left in `dir`: they
/// are full copies of the database, so they go.
fn sweep_scratch(dir: &Path) {
    let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(86_400);
    crate::files::remove_old(dir, day_ago, false, |name| {
        name.starts_with(".backup-") || name.starts_with(".restore-") || name.contains(".partial-")
    });
}

/// `aidkiosk backup FILE [--encrypt]`: an online, consistent copy of the database.
pub fn backup(paths: &Paths, out: &Path, encrypt: bool, pass: &Passphrase) -> anyhow::Result<()> {
    let db = paths.data.join(DB_FILE);
    if same_file(out, &db) {
        bail!(
            "{} is the live database; back up to another file",
            out.display()
        );
    }
    if encrypt && !pass.given() {
        bail!("--encrypt needs the passphrase: --passphrase-stdin or --passphrase-file FILE");
    }
    if !encrypt && pass.given() {
        bail!("a passphrase is only used with --encrypt");
    }
    let passphrase = if encrypt { Some(pass.read()?) } else { None };
    let store = existing_store(paths)?;
    sweep_scratch(&paths.data);
    let started = Instant::now();
    match passphrase {
        None => write_whole(out, |tmp| Ok(store.backup_to(tmp)?))?,
        Some(passphrase) => {
            // The plain copy is made in the data dir, which already holds the plain database.
            let plain = paths
                .data
                .join(format!(".backup-{}.db", std::process::id()));
            remove_db(&plain);
            let result = private_file(&plain)
                .map_err(anyhow::Error::from)
                .and_then(|_| Ok(store.backup_to(&plain)?))
                .and_then(|()| {
                    write_whole(out, |tmp| {
                        let mut input = File::open(&plain)?;
                        let mut output = BufWriter::new(private_file(tmp)?);
                        backup::encrypt(
                            &mut input,
                            &mut output,
                            &passphrase,
                            KdfParams::default(),
                            &mut |buf| {
                                getrandom::fill(buf)
                                    .map_err(|e| std::io::Error::other(e.to_string()))
                            },
                        )?;
                        output.flush()?;
                        Ok(())
                    })
                });
            remove_db(&plain);
            result?;
        }
    }
    let size = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    println!(
        "Backed up to {} ({} KiB{}) in {:.1} s",
        out.display(),
        size / 1024,
        if encrypt { ", encrypted" } else { "" },
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `aidkiosk restore FILE`: checks the backup, keeps a copy of the database as it is, then
/// replaces it with the backup (online: a running kiosk sees the restored data).
pub fn restore(paths: &Paths, file: &Path, pass: &Passphrase) -> anyhow::Result<()> {
    let mut start = [0u8; 16];
    let n = File::open(file)
        .and_then(|mut f| f.read(&mut start))
        .with_context(|| format!("cannot read {}", file.display()))?;
    let encrypted = backup::is_encrypted(&start[..n]);
    if !encrypted && pass.given() {
        bail!(
            "{} is not encrypted; leave out the passphrase",
            file.display()
        );
    }
    super::ensure_dir(&paths.data)?;
    // Work on a copy in the data dir: opening the backup itself could change it.
    sweep_scratch(&paths.data);
    let scratch = paths
        .data
        .join(format!(".restore-{}.db", std::process::id()));
    remove_db(&scratch);
    let result = (|| -> anyhow::Result<()> {
        if encrypted {
            if !pass.given() {
                bail!(
                    "{} is encrypted: give its passphrase with --passphrase-stdin or --passphrase-file FILE",
                    file.display()
                );
            }
            let passphrase = pass.read()?;
            let mut input = File::open(file)?;
            let mut output = BufWriter::new(private_file(&scratch)?);
            backup::decrypt(&mut input, &mut output, &passphrase)
                .with_context(|| format!("cannot decrypt {}", file.display()))?;
            output.flush()?;
        } else {
            let mut output = private_file(&scratch)?;
            std::io::copy(&mut File::open(file)?, &mut output)
                .with_context(|| format!("cannot copy {}", file.display()))?;
        }
        let check = store::check_backup(&scratch)
            .with_context(|| format!("{} cannot be restored", file.display()))?;
        let mut live = open_store(paths)?;
        let here = live.site()?;
        if let (Some(here), Some(theirs)) = (&here, &check.site_id)
            && here.id != *theirs
        {
            bail!(
                "{} is a backup of site {:?}, and this data dir holds site {:?}; restore into an empty data dir (--data-dir NEW)",
                file.display(),
                check.site_name.clone().unwrap_or_default(),
                here.name
            );
        }
        if here.is_some() || live.entry_count()? > 0 {
            let keep = paths.data.join("backups").join(format!(
                "before-restore-{}.db",
                Utc::now().format("%Y%m%d-%H%M%S")
            ));
            super::private_dir(&paths.data.join("backups"))?;
            write_whole(&keep, |tmp| Ok(live.backup_to(tmp)?))?;
            println!("The database as it was is kept in {}", keep.display());
        }
        live.restore_from(&scratch)?;
        println!(
            "Restored {} entries of site {:?} from {}",
            check.entries,
            check.site_name.unwrap_or_default(),
            file.display()
        );
        let pepper = crate::auth::read_pepper(&paths.data)
            .ok()
            .flatten()
            .unwrap_or_default();
        match crate::auth::pepper_status(&live, &pepper, None)? {
            crate::auth::PepperStatus::Ready => {}
            status => println!(
                "Staff cannot unlock yet. {} (data dir: {})",
                status.message(),
                paths.data.display()
            ),
        }
        Ok(())
    })();
    remove_db(&scratch);
    result
}

/// `aidkiosk seed --entries N --days D`: made-up history for demos and benchmarks.
pub fn seed(paths: &Paths, entries: u64, days: u32, seed: u64, force: bool) -> anyhow::Result<()> {
    if days == 0 {
        bail!("--days must be at least 1");
    }
    let config = Config::load(&paths.config)?;
    let mut store = existing_store(paths)?;
    let existing = store.entry_count()?;
    if existing > 0 && !force {
        bail!(
            "this site already has {existing} entries: made-up people would sit in its real queue, board and reports, with no undo. Seed an empty demo site, or add --force"
        );
    }
    let started = Instant::now();
    // A second seed into the same site must not make the same ids again.
    let seed = seed
        ^ u64::try_from(existing)
            .unwrap_or(0)
            .wrapping_mul(0x9E37_79B9);
    let n = crate::seed::fill(&mut store, &config, entries, days, seed, Utc::now())?;
    println!(
        "Seeded {n} entries over {days} days in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
