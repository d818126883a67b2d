//! What the data dir itself must be: private to the kiosk's user.

/// Makes every file and folder this process creates readable by its owner only (umask 0077):
/// the data dir holds names and phone numbers.
pub fn private_umask() {
    #[cfg(unix)]
    {
        let _ = rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    }
}
