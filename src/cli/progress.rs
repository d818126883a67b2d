//! Progress of long commands, always on standard error (standard output carries the result a
//! script reads): an indicatif bar with counts, rate and time left when stderr is a terminal,
//! a plain line now and then when it is not (a log, the journal), nothing with `--quiet`.
//!
//! `store/` knows nothing of this: it reports `(done, total)` to a closure, which a [`Task`]
//! turns into a bar or a line.

use std::cell::Cell;
use std::io::{IsTerminal, Read, Write};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How progress is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Bars redrawn in place (stderr is a terminal).
    Bar,
    /// A line at the start, one every few seconds, and one at the end.
    Lines,
    /// Nothing.
    Quiet,
}

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Rows,
    Entries,
    Pages,
    Bytes,
}

impl Unit {
    fn name(self) -> &'static str {
        match self {
            Unit::Rows => "rows",
            Unit::Entries => "entries",
            Unit::Pages => "pages",
            Unit::Bytes => "bytes",
        }
    }
}

/// Makes tasks for one command.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    mode: Mode,
    /// The command's name, at the start of each plain line (`backup: …`).
    command: &'static str,
}

/// Plain lines come no more often than this.
const LINE_EVERY: Duration = Duration::from_secs(5);

impl Progress {
    /// Bars if stderr is a terminal, else lines; nothing when `quiet`.
    pub fn new(command: &'static str, quiet: bool) -> Progress {
        let mode = if quiet {
            Mode::Quiet
        } else if std::io::stderr().is_terminal() {
            Mode::Bar
        } else {
            Mode::Lines
        };
        Progress { mode, command }
    }

    /// A task of `total` units (`None`: unknown, a spinner).
    pub fn task(&self, what: &str, total: Option<u64>, unit: Unit) -> Task {
        let bar = (self.mode == Mode::Bar).then(|| bar(what, total, unit));
        let task = Task {
            mode: self.mode,
            command: self.command,
            what: what.to_owned(),
            unit,
            total: Cell::new(total),
            done: Cell::new(0),
            started: Instant::now(),
            last_line: Cell::new(Instant::now()),
            bar,
        };
        task.line(&format!("{what}…"));
        task
    }
}

fn style(total: Option<u64>, unit: Unit) -> ProgressStyle {
    // The bar takes what the terminal has left, so a line never wraps.
    let template = match (total, unit) {
        (None, _) => "{spinner} {msg} ({elapsed})".to_owned(),
        (Some(_), Unit::Bytes) => {
            "{msg} [{wide_bar}] {bytes}/{total_bytes}, {bytes_per_sec}, {eta} left".to_owned()
        }
        (Some(_), unit) => format!(
            "{{msg}} [{{wide_bar}}] {{human_pos}}/{{human_len}} {}, {{rate}}, {{eta}} left",
            unit.name()
        ),
    };
    ProgressStyle::with_template(&template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}/s", state.per_sec());
            },
        )
        .progress_chars("=> ")
}

fn bar(what: &str, total: Option<u64>, unit: Unit) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr())
        .with_style(style(total, unit))
        .with_message(what.to_owned());
    if total.is_none() {
        bar.enable_steady_tick(Duration::from_millis(120));
    }
    bar
}

/// One step of a command: copying pages, writing rows.
#[derive(Debug)]
pub struct Task {
    mode: Mode,
    command: &'static str,
    what: String,
    unit: Unit,
    total: Cell<Option<u64>>,
    done: Cell<u64>,
    started: Instant,
    last_line: Cell<Instant>,
    bar: Option<ProgressBar>,
}

impl Task {
    fn line(&self, text: &str) {
        if self.mode == Mode::Lines {
            // A closed or full stderr must not stop the work.
            let _ = writeln!(std::io::stderr().lock(), "{}: {text}", self.command);
        }
    }

    /// `done` of `total` so far (the total may change: a backup learns the page count from
    /// its first step).
    pub fn set(&self, done: u64, total: u64) {
        if self.total.get() != Some(total) {
            if let Some(bar) = &self.bar {
                if self.total.get().is_none() {
                    bar.disable_steady_tick();
                    bar.set_style(style(Some(total), self.unit));
                }
                bar.set_length(total);
            }
            self.total.set(Some(total));
        }
        self.done.set(done);
        if let Some(bar) = &self.bar {
            bar.set_position(done);
        }
        if self.mode == Mode::Lines && self.last_line.get().elapsed() >= LINE_EVERY {
            self.last_line.set(Instant::now());
            self.line(&self.status());
        }
    }

    /// `n` more done.
    pub fn add(&self, n: u64) {
        let done = self.done.get() + n;
        match self.total.get() {
            Some(total) => self.set(done, total),
            None => {
                self.done.set(done);
                if let Some(bar) = &self.bar {
                    bar.set_position(done);
                }
            }
        }
    }

    /// "12,000 of 48,000 pages (25%), 4,100 pages/s, about 9 s left".
    fn status(&self) -> String {
        let done = self.done.get();
        let secs = self.started.elapsed().as_secs_f64();
        let rate = if secs > 0.0 { done as f64 / secs } else { 0.0 };
        let per_sec = match self.unit {
            Unit::Bytes => format!("{:.1} MB/s", rate / 1e6),
            unit => format!("{rate:.0} {}/s", unit.name()),
        };
        match self.total.get() {
            Some(total) if total > 0 => {
                let left = if rate > 0.0 {
                    format!(
                        ", about {:.0} s left",
                        total.saturating_sub(done) as f64 / rate
                    )
                } else {
                    String::new()
                };
                let amount = match self.unit {
                    Unit::Bytes => {
                        format!("{:.1} of {:.1} MB", done as f64 / 1e6, total as f64 / 1e6)
                    }
                    unit => format!("{done} of {total} {}", unit.name()),
                };
                format!(
                    "{} {amount} ({}%), {per_sec}{left}",
                    self.what,
                    done * 100 / total
                )
            }
            _ => format!("{} ({secs:.0} s so far)", self.what),
        }
    }

    /// The task is over: the bar is cleared, a line says how long it took.
    pub fn finish(self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        let secs = self.started.elapsed().as_secs_f64();
        let done = self.done.get();
        let text = if done > 0 {
            let amount = match self.unit {
                Unit::Bytes => format!("{:.1} MB", done as f64 / 1e6),
                unit => format!("{done} {}", unit.name()),
            };
            format!("{} done: {amount} in {secs:.1} s", self.what)
        } else {
            format!("{} done in {secs:.1} s", self.what)
        };
        self.line(&text);
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        // A task left by an error must not leave its bar drawn over the error message.
        if let Some(bar) = &self.bar
            && !bar.is_finished()
        {
            bar.finish_and_clear();
        }
    }
}

/// Counts the bytes read through it into a task.
pub struct Counted<'a, R> {
    pub inner: R,
    pub task: &'a Task,
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.task.add(n as u64);
        Ok(n)
    }
}
