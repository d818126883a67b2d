//! Removing files that have outlived their use: old slips, the copies `restore` keeps, the
//! scratch copies an interrupted backup left. One loop, with what to match given by the caller.

use std::path::Path;
use std::time::SystemTime;

/// Removes the regular files in `dir` whose name `matches` and that were last changed before
/// `before`; with `dry_run` it only counts them. A folder that cannot be read counts nothing.
pub fn remove_old(
    dir: &Path,
    before: SystemTime,
    dry_run: bool,
    matches: impl Fn(&str) -> bool,
) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut n = 0;
    for entry in entries.flatten() {
        let named = entry.file_name().to_str().is_some_and(&matches);
        let old = entry
            .metadata()
            .is_ok_and(|m| m.is_file() && m.modified().is_ok_and(|t| t < before));
        if named && old && (dry_run || std::fs::remove_file(entry.path()).is_ok()) {
            n += 1;
        }
    }
    n
}
