//! Temporary files that may hold a whole copy of the database (a backup being written, the
//! plaintext before encryption, a backup being checked before restore): created under an
//! unpredictable name, mode 0600, and locked (`flock`) for as long as they are in use. Dropped,
//! they go, with whatever SQLite left beside them; a run killed before that leaves them behind,
//! and [`sweep`] removes them at the next start: a file nobody holds the lock of is stale.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// What SQLite may leave beside a database file.
const SIDECARS: [&str; 3] = ["-journal", "-wal", "-shm"];

/// The first bytes of an SQLite database.
pub const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// The first bytes of an encrypted aidkiosk backup.
pub const BACKUP_MAGIC: &[u8; 16] = b"aidkiosk-backup\n";

/// A locked temporary file; removed when dropped unless [`Scratch::persist`]ed.
#[derive(Debug)]
pub struct Scratch {
    file: Option<NamedTempFile>,
    path: PathBuf,
}

impl Scratch {
    /// A new empty file in `dir` named `<prefix><random><suffix>`.
    pub fn new_in(dir: &Path, prefix: &str, suffix: &str) -> std::io::Result<Scratch> {
        let file = tempfile::Builder::new()
            .prefix(prefix)
            .suffix(suffix)
            .rand_bytes(10)
            .tempfile_in(dir)?;
        // Held until the file is dropped or persisted: a sweep by another process leaves it.
        file.as_file().try_lock().map_err(std::io::Error::other)?;
        let path = file.path().to_owned();
        Ok(Scratch {
            file: Some(file),
            path,
        })
    }

    /// A scratch file beside `target`, named `.<target's name>.partial-<random>`.
    pub fn beside(target: &Path) -> std::io::Result<Scratch> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "backup".into());
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        Scratch::new_in(dir, &format!(".{name}.partial-"), "")
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Syncs the file and renames it to `to`; what SQLite left beside it goes.
    pub fn persist(mut self, to: &Path) -> std::io::Result<()> {
        let Some(file) = self.file.take() else {
            return Err(std::io::Error::other("scratch file already gone"));
        };
        remove_sidecars(&self.path);
        File::open(&self.path)?.sync_all()?;
        match file.persist(to) {
            Ok(_) => Ok(()),
            Err(e) => {
                // Dropping the temporary file in the error removes it.
                drop(e.file);
                Err(e.error)
            }
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if self.file.is_some() {
            remove_sidecars(&self.path);
        }
        // The NamedTempFile, dropped after this, removes the file itself.
    }
}

fn remove_sidecars(path: &Path) {
    for suffix in SIDECARS {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// Whether `name` is one of our temporary files in a data dir or beside a backup: the current
/// `.<name>.partial-<random>`, `.backup-…`, `.restore-…` and the per-process names older
/// versions used (`.<name>.partial-<pid>`, `.backup-<pid>.db`, `.restore-<pid>.db`), each
/// maybe with an SQLite sidecar.
pub fn is_scratch_name(name: &str) -> bool {
    let base = SIDECARS
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .unwrap_or(name);
    base.starts_with('.')
        && (base.contains(".partial-")
            || base.starts_with(".backup-")
            || base.starts_with(".restore-"))
}

/// Whether the file's first bytes are ones we write into a scratch file (empty, an SQLite
/// database or journal, an encrypted backup, a site marker), so a sweep never removes a file
/// of someone else's that happens to look like ours by name.
fn looks_ours(path: &Path) -> bool {
    let mut start = [0u8; 16];
    let Ok(n) = File::open(path).and_then(|f| f.take(16).read(&mut start)) else {
        return false;
    };
    let start = &start[..n];
    const JOURNAL: &[u8] = &[0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7];
    n == 0
        || start.starts_with(SQLITE_MAGIC)
        || start.starts_with(BACKUP_MAGIC)
        || start.starts_with(JOURNAL)
        || start.starts_with(&[0x37, 0x7f, 0x06, 0x82])
        || start.starts_with(&[0x37, 0x7f, 0x06, 0x83])
        || start.starts_with(b"# aidkiosk")
}

/// Removes the stale temporary files in `dir` whose name `matches` (and, with `check_content`,
/// whose first bytes are ones we write): those no running aidkiosk holds locked. With
/// `dry_run` it only counts them. Returns how many.
pub fn sweep(
    dir: &Path,
    matches: impl Fn(&str) -> bool,
    check_content: bool,
    dry_run: bool,
) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        if !matches(&name) {
            continue;
        }
        let path = entry.path();
        // Never follow a link or touch a folder or device that happens to match.
        if !std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file()) {
            continue;
        }
        let sidecar = SIDECARS.iter().find_map(|s| name.strip_suffix(s));
        let lock_of = match sidecar {
            // A sidecar is stale when its database is gone or is itself stale.
            Some(base) => dir.join(base),
            None => path.clone(),
        };
        if sidecar.is_none() && check_content && !looks_ours(&path) {
            continue;
        }
        let stale = match File::open(&lock_of) {
            Ok(f) => f.try_lock().is_ok(),
            Err(e) => e.kind() == std::io::ErrorKind::NotFound,
        };
        if stale && (dry_run || std::fs::remove_file(&path).is_ok()) {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scratch_file_is_private_locked_and_gone_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let scratch = Scratch::new_in(dir.path(), ".backup-", ".db").unwrap();
        let path = scratch.path().to_owned();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        assert!(is_scratch_name(&name), "{name}");
        std::fs::write(format!("{}-journal", path.display()), b"x").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        // In use: a sweep leaves it and its journal.
        assert_eq!(sweep(dir.path(), is_scratch_name, true, false), 0);
        assert!(path.exists());
        drop(scratch);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_sweep_removes_what_a_killed_run_left_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for name in [
            ".backup-4242.db",
            ".backup-4242.db-journal",
            ".restore-17.db",
            ".daily.db.partial-Xy3kQ",
        ] {
            std::fs::write(d.join(name), SQLITE_MAGIC).unwrap();
        }
        std::fs::write(d.join(".notes.partial-1"), b"my own notes").unwrap();
        std::fs::write(d.join("aidkiosk.db"), SQLITE_MAGIC).unwrap();
        assert_eq!(sweep(d, is_scratch_name, true, true), 4);
        assert_eq!(sweep(d, is_scratch_name, true, false), 4);
        let mut left: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(left, [".notes.partial-1", "aidkiosk.db"]);
    }
}
