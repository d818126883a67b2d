//! Reading a screen aloud through a speech synthesiser (espeak-ng by default). Speaking runs on
//! its own thread, one synthesiser process per utterance, so a key is never kept waiting; a
//! new request or [`Speaker::stop`] kills whatever is still speaking.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use crate::config::SpeechConfig;

/// One piece of speech in one voice (a language menu speaks each name in its own voice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub voice: String,
    pub text: String,
}

/// Runs the synthesiser.
pub struct Speaker {
    program: PathBuf,
    args: Vec<String>,
    /// The process speaking now, if any.
    current: Arc<Mutex<Option<Child>>>,
    /// Bumped by every request and every stop; a worker whose number is stale gives up.
    generation: Arc<AtomicU64>,
    /// Workers still running.
    workers: Arc<AtomicU64>,
}

/// Counts a worker down when it ends, however it ends.
struct Running(Arc<AtomicU64>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Speaker {
    /// The speaker the config asks for, or `None` when speech is off or the program is not
    /// installed (the kiosk then works exactly as without speech).
    pub fn from_config(config: &SpeechConfig) -> Option<Speaker> {
        if !config.enabled {
            return None;
        }
        let Some(program) = find_program(&config.command) else {
            tracing::info!(command = %config.command, "speech is off: the program is not installed");
            return None;
        };
        Some(Speaker {
            program,
            args: config.args.clone(),
            current: Arc::new(Mutex::new(None)),
            generation: Arc::new(AtomicU64::new(0)),
            workers: Arc::new(AtomicU64::new(0)),
        })
    }

    /// Speaks `utterances` one after another, cutting off anything still speaking.
    pub fn say(&self, utterances: Vec<Utterance>) {
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        kill(&self.current);
        let program = self.program.clone();
        let args = self.args.clone();
        let current = Arc::clone(&self.current);
        let latest = Arc::clone(&self.generation);
        self.workers.fetch_add(1, Ordering::SeqCst);
        let running = Running(Arc::clone(&self.workers));
        let spawned = std::thread::Builder::new()
            .name("speech".into())
            .spawn(move || {
                let _running = running;
                for u in utterances {
                    {
                        let mut slot = current.lock().unwrap_or_else(PoisonError::into_inner);
                        // Checked under the lock, so a stop between two utterances is seen.
                        if latest.load(Ordering::SeqCst) != generation {
                            return;
                        }
                        match start(&program, &args, &u) {
                            Ok(child) => {
                                *slot = Some(child);
                            }
                            Err(e) => {
                                tracing::warn!(%e, program = %program.display(), "cannot speak");
                                return;
                            }
                        }
                    }
                    // Wait for this one to finish (or be killed) before the next.
                    loop {
                        let done = {
                            let mut slot = current.lock().unwrap_or_else(PoisonError::into_inner);
                            match slot.as_mut() {
                                None => true,
                                Some(c) => match c.try_wait() {
                                    Ok(Some(_)) | Err(_) => {
                                        *slot = None;
                                        true
                                    }
                                    Ok(None) => false,
                                },
                            }
                        };
                        if done {
                            break;
                        }
                        std::thread::sleep(std::time::Duration::from_millis(20));
                    }
                }
            });
        if let Err(e) = spawned {
            tracing::warn!(%e, "cannot start the speech thread");
        }
    }

    /// Whether anything is still being spoken.
    pub fn is_busy(&self) -> bool {
        self.workers.load(Ordering::SeqCst) > 0
    }

    /// Stops speaking now.
    pub fn stop(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        kill(&self.current);
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.stop();
    }
}

fn kill(current: &Mutex<Option<Child>>) {
    let mut slot = current.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(mut child) = slot.take() {
        let _ = child.kill();
        let _ = child.wait();
    }
}

fn start(program: &Path, args: &[String], u: &Utterance) -> std::io::Result<Child> {
    let mut child = Command::new(program)
        .args(args)
        .arg("-v")
        .arg(&u.voice)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        // A screen's text is far below a pipe's buffer, so this never blocks; closing stdin
        // tells the synthesiser the text is complete.
        if let Err(e) = stdin.write_all(u.text.as_bytes()) {
            tracing::warn!(%e, "speech text not written");
        }
    }
    Ok(child)
}

/// `command` as a path, or found on `PATH`.
fn find_program(command: &str) -> Option<PathBuf> {
    let command = command.trim();
    if command.contains('/') {
        let path = PathBuf::from(command);
        return is_executable(&path).then_some(path);
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(command))
            .find(|p| is_executable(p))
    })
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}
