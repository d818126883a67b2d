//! Standard output for the commands: a reader that goes away (`aidkiosk export csv DIR |
//! head -1`) ends what is printed, never the work. Rust ignores SIGPIPE, so a write to a
//! closed pipe fails with `BrokenPipe`; `println!` would panic on it and stop an export
//! half-written. Here the rest of the output is dropped and the command finishes.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether the reader of standard output has gone.
static GONE: AtomicBool = AtomicBool::new(false);

/// Standard output that drops what it is given once its reader has gone.
pub struct Stdout;

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if GONE.load(Ordering::Relaxed) {
            return Ok(buf.len());
        }
        match io::stdout().lock().write(buf) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                GONE.store(true, Ordering::Relaxed);
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match io::stdout().lock().flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                GONE.store(true, Ordering::Relaxed);
                Ok(())
            }
            other => other,
        }
    }
}

/// One line to standard output (as `println!`, without its panic on a closed pipe).
pub fn line(args: std::fmt::Arguments<'_>) {
    let mut out = Stdout;
    if let Err(e) = out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        tracing::warn!(%e, "could not write to standard output");
    }
}

/// `say!("…", …)`: [`line`] with `format!` arguments.
macro_rules! say {
    () => {
        $crate::cli::out::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::cli::out::line(format_args!($($arg)*))
    };
}
