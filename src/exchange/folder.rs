//! A site's outbox and the other sites' folders on disk: files written whole and never
//! rewritten, folders read in sequence order, with what Syncthing and people leave there told
//! apart and a gap in the sequence waited for.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{file_name, sequence_of};

/// What a name in an exchange folder is, when it is not a change file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Left {
    /// A file still being written: Syncthing's `.syncthing.*.tmp`, or ours.
    Temporary,
    /// A conflict copy Syncthing made (`*.sync-conflict-*`): two devices wrote the same
    /// outbox, which only a misconfigured share does.
    Conflict,
    /// Anything else (a note someone dropped, a folder).
    Other,
}

/// An exchange folder as read: its change files by sequence, and what else is there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    pub files: BTreeMap<u64, PathBuf>,
    pub left: Vec<(String, Left)>,
}

/// Lists `dir` (a missing folder is an empty one).
pub fn scan(dir: &Path) -> std::io::Result<Scan> {
    let mut out = Scan::default();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        match sequence_of(&name) {
            Some(seq) if is_file => {
                out.files.insert(seq, entry.path());
            }
            _ => {
                let why = if name.contains(".sync-conflict-") {
                    Left::Conflict
                } else if name.starts_with(".syncthing.")
                    || name.ends_with(".tmp")
                    || name.contains(".tmp-")
                {
                    Left::Temporary
                } else {
                    Left::Other
                };
                out.left.push((name, why));
            }
        }
    }
    out.left.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// What can be applied after sequence `applied` (0: nothing yet): the next files in order
/// while they follow on, and the first missing number when a later file is already here (a
/// gap: the later ones wait until it fills).
pub fn next(applied: u64, files: &BTreeMap<u64, PathBuf>) -> (Vec<u64>, Option<u64>) {
    let mut ready = Vec::new();
    let mut want = applied + 1;
    while files.contains_key(&want) {
        ready.push(want);
        want += 1;
    }
    let waiting = files.range(want..).next().map(|_| want);
    (ready, waiting)
}

/// Why a change file was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// A change file is never rewritten: the others may have applied it already.
    #[error("{0} already holds other changes")]
    Taken(PathBuf),
}

/// Writes change file `seq` into `dir` whole: under a temporary name, synced, then renamed,
/// so Syncthing and readers only ever see it complete. Writing the same bytes again is a
/// no-op (a retry after a crash); different bytes under a taken number are refused.
pub fn write_whole(dir: &Path, seq: u64, bytes: &[u8]) -> Result<PathBuf, WriteError> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(file_name(seq));
    match std::fs::read(&path) {
        Ok(existing) if existing == bytes => return Ok(path),
        Ok(_) => return Err(WriteError::Taken(path)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e.into()),
    }
    put(dir, seq, &path, bytes)?;
    Ok(path)
}

/// Writes `bytes` to `path` (change file `seq` in `dir`) under a temporary name, synced, then
/// renamed over it, and the folder synced: readers see the old file or the new, never half.
fn put(dir: &Path, seq: u64, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = crate::scratch::Scratch::new_in(dir, &format!(".{}.tmp-", file_name(seq)), "")?;
    std::fs::write(tmp.path(), bytes)?;
    tmp.persist(path)?;
    // The rename itself is durable once the folder is synced.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Puts whole, signed change file `seq` in place of one that is not (refused, or cut short):
/// the one case where a number's bytes change, so a bad copy never blocks the site for good.
pub fn replace_whole(dir: &Path, seq: u64, bytes: &[u8]) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(file_name(seq));
    put(dir, seq, &path, bytes)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_follow_on_and_a_gap_waits() {
        let files: BTreeMap<u64, PathBuf> = [1, 2, 3, 5, 6]
            .into_iter()
            .map(|s| (s, PathBuf::from(file_name(s))))
            .collect();
        assert_eq!(next(0, &files), (vec![1, 2, 3], Some(4)));
        assert_eq!(next(3, &files), (vec![], Some(4)));
        assert_eq!(next(4, &files), (vec![5, 6], None));
        assert_eq!(next(6, &files), (vec![], None));
        assert_eq!(next(0, &BTreeMap::new()), (vec![], None));
    }

    #[test]
    fn a_folder_is_read_with_what_syncthing_leaves_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("K3F9Q");
        assert_eq!(scan(&out).unwrap(), Scan::default(), "not there yet: empty");
        write_whole(&out, 1, b"one").unwrap();
        write_whole(&out, 2, b"two").unwrap();
        for (name, what) in [
            (".syncthing.0000000003.akx.tmp", "partial"),
            (
                "0000000002.sync-conflict-20261203-103000-ABCDEFG.akx",
                "other device",
            ),
            ("README.txt", "a note"),
        ] {
            std::fs::write(out.join(name), what).unwrap();
        }
        std::fs::create_dir(out.join("0000000009.akx")).unwrap();
        let s = scan(&out).unwrap();
        assert_eq!(s.files.keys().copied().collect::<Vec<_>>(), vec![1, 2]);
        let left: Vec<Left> = s.left.iter().map(|(_, w)| *w).collect();
        assert!(left.contains(&Left::Temporary) && left.contains(&Left::Conflict));
        assert_eq!(
            left.iter().filter(|w| **w == Left::Other).count(),
            2,
            "{:?}",
            s.left
        );
    }

    #[test]
    fn a_change_file_is_written_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = write_whole(dir.path(), 7, b"changes").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"changes");
        // The same again (a retry after a crash): fine. Other changes under its number: never.
        write_whole(dir.path(), 7, b"changes").unwrap();
        assert!(matches!(
            write_whole(dir.path(), 7, b"other changes"),
            Err(WriteError::Taken(_))
        ));
        assert_eq!(std::fs::read(&path).unwrap(), b"changes");
        // Nothing else is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
