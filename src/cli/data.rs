//! The data lifecycle from the command line: `purge`, `backup`, `restore`, `seed`.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, bail};
use chrono::{Duration, Utc};

use super::progress::{Counted, Progress, Unit};
use super::{Paths, existing_store, printable};
use crate::backup::{self, KdfParams};
use crate::config::{Config, DB_FILE};
use crate::scratch::{self, Scratch};
use crate::store::{self, Store};
use crate::{auth, datadir};

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
pub fn purge(paths: &Paths, dry_run: bool, progress: Progress) -> anyhow::Result<()> {
    let config = Config::load(&paths.config)?;
    let mut store = existing_store(paths)?;
    let now = Utc::now();
    let expire_before = now - Duration::days(i64::from(config.entry_ttl_days));
    let purge_before = now - Duration::days(i64::from(config.retention_days));
    let task = progress.task("expiring and purging entries", None, Unit::Rows);
    let done = store.apply_lifecycle(
        expire_before,
        purge_before,
        dry_run,
        &config.matching.services,
        now,
    )?;
    let members_before = now - Duration::days(i64::from(config.member_retention_days));
    let members = store.purge_members(members_before, dry_run, now)?;
    let slips = crate::print::prune(
        &crate::print::slip_dir(&config, &paths.data),
        purge_before,
        dry_run,
    );
    task.finish();
    // The copies restore keeps of the database as it was hold personal data too.
    let kept = crate::files::remove_old(
        &paths.data.join("backups"),
        purge_before.into(),
        dry_run,
        |name| name.starts_with("before-restore-") && name.ends_with(".db"),
    );
    // Whole copies of the database a killed backup or restore left: whatever their age.
    let scratch = sweep_scratch(&paths.data, dry_run);
    let (ttl, keep) = (config.entry_ttl_days, config.retention_days);
    if dry_run {
        say!(
            "Would expire {} open or matched entries made more than {ttl} days ago",
            done.expired
        );
        say!(
            "Would remove names, phones and notes from {} finished entries made more than {keep} days ago",
            done.purged
        );
        say!(
            "Would remove {members} members not seen for {} days (their hours stay, anonymous)",
            config.member_retention_days
        );
        say!("Would remove {slips} slip files older than {keep} days");
        say!("Would remove {kept} copies kept by restore older than {keep} days");
        say!("Would remove {scratch} unfinished copies left by interrupted backups or restores");
    } else {
        say!(
            "Expired {} open or matched entries made more than {ttl} days ago",
            done.expired
        );
        say!(
            "Removed names, phones and notes from {} finished entries made more than {keep} days ago",
            done.purged
        );
        say!(
            "Removed {members} members not seen for {} days (their hours stay, anonymous)",
            config.member_retention_days
        );
        say!("Removed {slips} slip files older than {keep} days");
        if kept > 0 {
            say!("Removed {kept} copies kept by restore older than {keep} days");
        }
        if scratch > 0 {
            say!("Removed {scratch} unfinished copies left by interrupted backups or restores");
        }
    }
    Ok(())
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

/// Refuses to write over `path` when it is something other than a regular file: a folder, a
/// device node (a backup run as root once replaced one), a pipe, or a symbolic link (which
/// would be replaced by the file, not followed: the link was there for a reason).
fn refuse_special(path: &Path) -> anyhow::Result<Option<std::fs::Metadata>> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot look at {}", path.display())),
    };
    let kind = meta.file_type();
    if kind.is_symlink() {
        bail!(
            "{} is a symbolic link: give the path of a plain file (the link is left as it is)",
            path.display()
        );
    }
    if kind.is_dir() {
        bail!(
            "{} is a folder: give a file name inside it, such as {}",
            path.display(),
            path.join("aidkiosk-backup.db").display()
        );
    }
    if !kind.is_file() {
        bail!(
            "{} is not a regular file (a device or a pipe?): nothing was written to it",
            path.display()
        );
    }
    Ok(Some(meta))
}

/// Writes `path` whole or not at all: `write` fills a scratch file beside it (unpredictable
/// name, mode 0600, locked while in use), which is synced and renamed over `path`. On any
/// failure the scratch file goes; `path` is never a folder, device, pipe or link.
pub(super) fn write_whole<T>(
    path: &Path,
    write: impl FnOnce(&Path) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    refuse_special(path)?;
    let scratch = Scratch::beside(path)
        .with_context(|| format!("cannot write a file beside {}", path.display()))?;
    let value = write(scratch.path())?;
    scratch
        .persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(value)
}

/// Removes the temporary copies killed backups and restores left in the data dir (and its
/// `backups/`): each is a whole copy of the database, maybe in plain text. Ones a running
/// aidkiosk holds are left. The kiosk, `backup`, `restore` and `purge` call this.
pub(super) fn sweep_scratch(data: &Path, dry_run: bool) -> u64 {
    let mut n = 0;
    for dir in [data.to_owned(), data.join("backups")] {
        n += scratch::sweep(&dir, scratch::is_scratch_name, true, dry_run);
    }
    n
}

/// Refuses to replace `out` unless it is absent, empty, or an aidkiosk backup (plain or
/// encrypted): `backup FILE` with a wrong FILE must not destroy what is there.
fn may_replace_with_backup(out: &Path) -> anyhow::Result<()> {
    let Some(meta) = refuse_special(out)? else {
        return Ok(());
    };
    if meta.len() == 0 {
        return Ok(());
    }
    let mut start = [0u8; 16];
    let n = File::open(out)
        .and_then(|f| f.take(16).read(&mut start))
        .with_context(|| format!("cannot read {}", out.display()))?;
    let ours = backup::is_encrypted(&start[..n])
        || (start[..n].starts_with(scratch::SQLITE_MAGIC) && store::is_aidkiosk_db(out));
    if !ours {
        bail!(
            "{} exists and is not an aidkiosk backup: it was left as it is; give another file name, or remove it first",
            out.display()
        );
    }
    Ok(())
}

/// `aidkiosk backup FILE [--encrypt]`: an online, consistent copy of the database.
pub fn backup(
    paths: &Paths,
    out: &Path,
    encrypt: bool,
    pass: &Passphrase,
    progress: Progress,
) -> anyhow::Result<()> {
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
    may_replace_with_backup(out)?;
    let passphrase = if encrypt { Some(pass.read()?) } else { None };
    let store = existing_store(paths)?;
    sweep_scratch(&paths.data, false);
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        scratch::sweep(dir, scratch::is_scratch_name, true, false);
    }
    let started = Instant::now();
    match passphrase {
        None => write_whole(out, |tmp| copy_pages(&store, tmp, progress))?,
        Some(passphrase) => {
            // The plain copy is made in the data dir, which already holds the plain database,
            // in a private scratch file that goes whatever happens (a killed run's is swept).
            let plain = Scratch::new_in(&paths.data, ".backup-", ".db")
                .context("cannot make a scratch copy in the data dir")?;
            copy_pages(&store, plain.path(), progress)?;
            write_whole(out, |tmp| {
                let size = std::fs::metadata(plain.path())?.len();
                let task = progress.task("encrypting", Some(size), Unit::Bytes);
                let mut input = Counted {
                    inner: File::open(plain.path())?,
                    task: &task,
                };
                let mut output = BufWriter::new(private_file(tmp)?);
                backup::encrypt(
                    &mut input,
                    &mut output,
                    &passphrase,
                    KdfParams::default(),
                    &mut |buf| {
                        getrandom::fill(buf).map_err(|e| std::io::Error::other(e.to_string()))
                    },
                )?;
                output.flush()?;
                task.finish();
                Ok(())
            })?;
            drop(plain);
        }
    }
    let size = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    say!(
        "Backed up to {} ({} KiB{}) in {:.1} s",
        out.display(),
        size / 1024,
        if encrypt { ", encrypted" } else { "" },
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// A file's size, for a progress bar.
fn file_size(path: &Path) -> Option<u64> {
    std::fs::metadata(path).ok().map(|m| m.len())
}

/// Copies the database into `path`, page by page, with a bar.
fn copy_pages(store: &store::Store, path: &Path, progress: Progress) -> anyhow::Result<()> {
    let task = progress.task("copying the database", None, Unit::Pages);
    store.backup_with_progress(path, &mut |done, total| task.set(done, total))?;
    task.finish();
    Ok(())
}

/// The site a backup must belong to: the live database's, else the one `site.id` remembers.
struct Expected {
    id: String,
    name: String,
    key_check: Option<String>,
}

/// `aidkiosk restore FILE [--new-site]`: checks the backup on a private copy (its schema
/// exactly aidkiosk's, migrated on the copy, the same site and slip key as this data dir's
/// unless `--new-site`), keeps a copy of the database as it is, then replaces it with the
/// backup (online: a running kiosk sees the restored data). Nothing is touched until every
/// check has passed.
pub fn restore(
    paths: &Paths,
    file: &Path,
    pass: &Passphrase,
    new_site: bool,
    progress: Progress,
) -> anyhow::Result<()> {
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
    if encrypted && !pass.given() {
        bail!(
            "{} is encrypted: give its passphrase with --passphrase-stdin or --passphrase-file FILE",
            file.display()
        );
    }
    super::ensure_dir(&paths.data)?;
    sweep_scratch(&paths.data, false);
    // Work on a private copy in the data dir: checking and migrating change the file.
    let copy = Scratch::new_in(&paths.data, ".restore-", ".db")
        .context("cannot make a scratch copy in the data dir")?;
    if encrypted {
        let passphrase = pass.read()?;
        let task = progress.task("decrypting the backup", file_size(file), Unit::Bytes);
        let mut input = Counted {
            inner: File::open(file)?,
            task: &task,
        };
        let mut output = BufWriter::new(private_file(copy.path())?);
        backup::decrypt(&mut input, &mut output, &passphrase)
            .with_context(|| format!("cannot decrypt {}", file.display()))?;
        output.flush()?;
        task.finish();
    } else {
        let task = progress.task("reading the backup", file_size(file), Unit::Bytes);
        let mut input = Counted {
            inner: File::open(file)?,
            task: &task,
        };
        let mut output = private_file(copy.path())?;
        std::io::copy(&mut input, &mut output)
            .with_context(|| format!("cannot copy {}", file.display()))?;
        task.finish();
    }
    let task = progress.task("checking the backup", None, Unit::Pages);
    let check = store::check_backup(copy.path())
        .with_context(|| format!("{} cannot be restored", file.display()))?;
    task.finish();
    let theirs = &check.site;
    let db = paths.data.join(DB_FILE);
    let has_db = std::fs::metadata(&db).is_ok_and(|m| m.len() > 0);
    let mut live = if has_db {
        Some(Store::open(&db).with_context(|| format!("cannot open {}", db.display()))?)
    } else {
        None
    };
    let here = match live.as_ref().map(Store::site).transpose()?.flatten() {
        Some(site) => Some(Expected {
            key_check: Some(datadir::key_check(&site.secret)),
            id: site.id,
            name: site.name,
        }),
        None => datadir::read_marker(&paths.data)?.map(|m| Expected {
            id: m.id,
            name: m.name,
            key_check: Some(m.key_check).filter(|k| !k.is_empty()),
        }),
    };
    if let Some(here) = &here
        && !new_site
    {
        if here.id != theirs.id {
            bail!(
                "{} is a backup of site {:?}, and this data dir holds site {:?}: restore into an empty data dir (--data-dir NEW), or replace this site on purpose with --new-site",
                file.display(),
                printable(&theirs.name),
                printable(&here.name)
            );
        }
        if here
            .key_check
            .as_ref()
            .is_some_and(|k| *k != datadir::key_check(&theirs.secret))
        {
            bail!(
                "{} has site {:?}'s id but another slip key: slips printed here would not scan. Refused; --new-site restores it anyway",
                file.display(),
                printable(&here.name)
            );
        }
    }
    if let Some(live) = &live
        && (live.site()?.is_some() || live.entry_count()? > 0)
    {
        let keep = paths.data.join("backups").join(format!(
            "before-restore-{}.db",
            Utc::now().format("%Y%m%d-%H%M%S")
        ));
        super::private_dir(&paths.data.join("backups"))?;
        write_whole(&keep, |tmp| copy_pages(live, tmp, progress))?;
        say!("The database as it was is kept in {}", keep.display());
    }
    // Not `open_store`: a data dir whose database was lost is exactly where a restore goes.
    let mut live = match live.take() {
        Some(live) => live,
        None => Store::open(&db).with_context(|| format!("cannot open {}", db.display()))?,
    };
    let task = progress.task("restoring", None, Unit::Pages);
    live.restore_with_progress(copy.path(), &mut |done, total| task.set(done, total))?;
    task.finish();
    drop(copy);
    datadir::write_marker(&paths.data, theirs).with_context(|| {
        format!(
            "cannot write {}",
            datadir::marker_path(&paths.data).display()
        )
    })?;
    say!(
        "Restored {} entries of site {:?} from {}",
        check.entries,
        printable(&theirs.name),
        file.display()
    );
    let pepper = auth::read_pepper(&paths.data)
        .ok()
        .flatten()
        .unwrap_or_default();
    match auth::pepper_status(&live, &pepper, None)? {
        auth::PepperStatus::Ready => {}
        status => say!(
            "Staff cannot unlock yet. {} (data dir: {})",
            status.message(),
            paths.data.display()
        ),
    }
    Ok(())
}

/// `aidkiosk seed --entries N --days D`: made-up history for demos and benchmarks.
pub fn seed(
    paths: &Paths,
    entries: u64,
    days: u32,
    seed: u64,
    force: bool,
    progress: Progress,
) -> anyhow::Result<()> {
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
    let mut making = Some(progress.task("making entries", Some(entries), Unit::Entries));
    let mut indexing = None;
    let n = crate::seed::fill_with_progress(
        &mut store,
        &config,
        entries,
        days,
        seed,
        Utc::now(),
        &mut |done, total| {
            if let Some(task) = &making {
                task.set(done, total);
            }
            if done == total
                && let Some(task) = making.take()
            {
                task.finish();
                indexing = Some(progress.task("building indexes and counts", None, Unit::Rows));
            }
        },
    )?;
    if let Some(task) = indexing {
        task.finish();
    }
    say!(
        "Seeded {n} entries over {days} days in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
