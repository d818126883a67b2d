//! Runs the state machine: feeds it keys and ticks, hands its effects to a worker thread that
//! owns the database and the printer, feeds the answers back as actions, and draws. The loop
//! never waits for the store: a PIN being checked or a report being counted shows as such
//! while keys and the idle clock go on. Tests drive [`Kiosk`] directly; `run_terminal` adds
//! the terminal.

mod desk;
pub use desk::desk_data;
mod env;
mod members;
pub mod network;
mod resting;
mod services;
mod terminal;

pub use env::{Env, RandomSource};
pub use resting::until_open;
pub use services::{Services, initialise};
pub use terminal::{key_from, run_terminal};

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::app::{self, Action, Effect, Key, Millis, Settings, State};
use crate::config::Config;
use crate::i18n::I18n;
use crate::print::Printer;
use crate::speech::{Speaker, Utterance};
use crate::store::{Store, StoreError};
use crate::ui;
use services::{By, Reply};

/// One effect for the worker, with who asked (the volunteer signed in at the desk).
struct Job {
    effect: Effect,
    by: By,
}

/// The kiosk with everything it talks to.
pub struct Kiosk {
    pub state: State,
    pub i18n: Arc<I18n>,
    services: Arc<Mutex<Services>>,
    jobs: Sender<Job>,
    replies: Receiver<Reply>,
    /// Jobs sent whose reply has not come back yet (the store's, and print jobs apart: a
    /// printer may take seconds).
    pending: usize,
    printing: usize,
    config: Config,
    /// Reads screens aloud, when speech is on and installed.
    speaker: Option<Speaker>,
    /// The view being read aloud.
    speaking: Option<String>,
    /// Keys the terminal's input thread has queued and the loop not yet handled.
    pending_keys: Option<Arc<std::sync::atomic::AtomicUsize>>,
}

/// The database, borrowed from the worker between two jobs (tests, `seed`).
pub struct StoreGuard<'a>(MutexGuard<'a, Services>);

impl std::ops::Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.0.store
    }
}

impl std::ops::DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        &mut self.0.store
    }
}

impl Kiosk {
    /// A kiosk on `store`; it opens on set-up when no site exists yet.
    pub fn new(
        config: &Config,
        store: Store,
        i18n: Arc<I18n>,
        printer: Arc<dyn Printer>,
        pepper: Vec<u8>,
        env: Env,
        now: Millis,
    ) -> Result<Kiosk, StoreError> {
        Kiosk::new_with(None, config, store, i18n, printer, pepper, env, now)
    }

    /// A kiosk, or with `staff_console` the `aidkiosk staff` console of that name (the desk
    /// only; wrong PINs are counted per console name).
    #[allow(clippy::too_many_arguments)]
    pub fn new_with(
        staff_console: Option<&str>,
        config: &Config,
        store: Store,
        i18n: Arc<I18n>,
        printer: Arc<dyn Printer>,
        pepper: Vec<u8>,
        env: Env,
        now: Millis,
    ) -> Result<Kiosk, StoreError> {
        let site = store.site()?;
        // Set-up only where there is no site at all: a site without an active coordinator
        // still serves visitors (`aidkiosk staff add --role coordinator` is the fix), and
        // the command line refuses to start on a lost database (`site.id`).
        let needs_setup = site.is_none();
        let mut settings = Settings::from_config(config, site.as_ref().map(|s| s.name.as_str()));
        settings.staff_console = staff_console.is_some();
        let speaker = Speaker::from_config(&config.speech);
        settings.speech = speaker.is_some();
        if settings.speech {
            settings.spoken = crate::i18n::SHIPPED_ORDER
                .iter()
                .filter(|l| config.speech.voice(l).is_some())
                .map(|l| (*l).to_owned())
                .collect();
        }
        let (reply_tx, replies) = channel();
        let services = Arc::new(Mutex::new(Services {
            store,
            printer,
            pepper,
            env,
            site,
            config: config.clone(),
            i18n: Arc::clone(&i18n),
            neighbours: config.matching.neighbours.clone(),
            slip_dir: None,
            data_dir: None,
            data_version: 0,
            last_sync: None,
            replies: reply_tx.clone(),
        }));
        let jobs = spawn_worker(Arc::clone(&services), reply_tx)?;
        let mut kiosk = Kiosk {
            state: State::new(settings, needs_setup, now),
            i18n,
            services,
            jobs,
            replies,
            pending: 0,
            printing: 0,
            config: config.clone(),
            speaker,
            speaking: None,
            pending_keys: None,
        };
        if let Some(name) = staff_console {
            if let app::Screen::Desk(desk) = &mut kiosk.state.screen {
                desk.console = name.to_owned();
            }
            // The console opens on the unlock screen, which lists the staff.
            kiosk.send(Effect::Desk(app::desk::DeskEffect::LoadStaff));
            kiosk.settle(Duration::from_secs(10), now);
        }
        Ok(kiosk)
    }

    fn lock(&self) -> MutexGuard<'_, Services> {
        self.services.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The database, for tests and reports (waits for the job in hand, if any).
    pub fn store(&self) -> StoreGuard<'_> {
        StoreGuard(self.lock())
    }

    /// The database, to write fixtures (tests, `seed`).
    pub fn store_mut(&mut self) -> StoreGuard<'_> {
        StoreGuard(self.lock())
    }

    /// Where slip files are kept, pruned with the daily lifecycle.
    pub fn set_slip_dir(&mut self, dir: std::path::PathBuf) {
        self.lock().slip_dir = Some(dir);
    }

    /// The data dir, where set-up on screen leaves `site.id`.
    pub fn set_data_dir(&mut self, dir: std::path::PathBuf) {
        self.lock().data_dir = Some(dir);
    }

    /// A key from the keyboard or the scanner.
    pub fn key(&mut self, key: Key, now: Millis) {
        if let Some(action) = app::keymap::action(&self.state, key) {
            self.dispatch(action, now);
        }
    }

    /// Runs `action` through `update`, then every action that follows from it without waiting
    /// (first in, first out); effects go to the worker, whose answers come back later.
    pub fn dispatch(&mut self, action: Action, now: Millis) {
        let mut queue = VecDeque::from([action]);
        while let Some(action) = queue.pop_front() {
            for effect in app::update(&mut self.state, action, now) {
                match effect {
                    Effect::Speak => self.speak(),
                    effect => self.send(effect),
                }
            }
        }
        // Speech stops the moment the screen it was reading goes away.
        if let (Some(view), Some(speaker)) = (&self.speaking, &self.speaker)
            && *view != self.state.view_id()
        {
            speaker.stop();
            self.speaking = None;
        }
    }

    /// Hands an effect to the worker, with the volunteer signed in now.
    fn send(&mut self, effect: Effect) {
        let by = match &self.state.screen {
            app::Screen::Desk(app::desk::Desk {
                phase: app::desk::Phase::Open(s),
                ..
            }) => Some(s.staff.clone()),
            _ => None,
        };
        // Prints are answered by their print thread, later.
        let print = matches!(
            effect,
            Effect::Print { .. }
                | Effect::PrintEvent { .. }
                | Effect::IssueCard { .. }
                | Effect::PrintCard { .. }
                | Effect::PrintStatement { .. }
        );
        if self.jobs.send(Job { effect, by }).is_ok() {
            if print {
                self.printing += 1;
            } else {
                self.pending += 1;
            }
        } else {
            tracing::error!("the worker has stopped; an effect was dropped");
        }
    }

    /// Whether work is still out (tests; the loop never waits for it).
    pub fn busy(&self) -> bool {
        self.pending + self.printing > 0
    }

    /// Whether the screen is being read aloud (tests).
    pub fn is_speaking(&self) -> bool {
        self.speaking.is_some()
    }

    /// Feeds finished work back in, without waiting.
    pub fn drain(&mut self, now: Millis) {
        while let Ok(reply) = self.replies.try_recv() {
            self.answer(reply, now);
        }
    }

    /// Handles what woke the loop; true if the terminal was resized.
    fn answer(&mut self, reply: Reply, now: Millis) -> bool {
        match reply {
            Reply::Done(action) => {
                let printed = matches!(
                    action,
                    Some(
                        Action::Printed { .. }
                            | Action::EventPrinted { .. }
                            | Action::CardPrinted { .. }
                            | Action::Desk(app::desk::DeskAction::Done(
                                app::desk::Notice::CardPrinted(..)
                                    | app::desk::Notice::StatementPrinted(_)
                            ))
                    )
                );
                if printed {
                    self.printing = self.printing.saturating_sub(1);
                } else {
                    self.pending = self.pending.saturating_sub(1);
                }
                if let Some(action) = action {
                    self.dispatch(action, now);
                }
            }
            Reply::Key(key) => {
                if let Some(p) = &self.pending_keys {
                    p.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
                }
                self.key(key, now);
            }
            Reply::Resized => return true,
        }
        false
    }

    /// Where the terminal's input thread sends keys: the same queue as the worker's answers,
    /// so the loop wakes for either at once.
    fn input(&self) -> Sender<Reply> {
        self.lock().replies.clone()
    }

    /// Waits up to `timeout` for all work out to come back, print jobs too (tests, start-up).
    pub fn settle(&mut self, timeout: Duration, now: Millis) {
        self.settle_until(timeout, now, true);
    }

    /// Waits up to `timeout` for the store's work, not for printers (tests).
    pub fn settle_store(&mut self, timeout: Duration, now: Millis) {
        self.settle_until(timeout, now, false);
    }

    fn settle_until(&mut self, timeout: Duration, now: Millis, prints: bool) {
        let deadline = Instant::now() + timeout;
        while self.pending > 0 || (prints && self.printing > 0) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.replies.recv_timeout(left) {
                Ok(reply) => {
                    self.answer(reply, now);
                }
                Err(_) => break,
            }
        }
    }

    /// Waits up to `timeout` for a key or an answer, then handles what else is already there
    /// for at most `budget`; true if the terminal was resized.
    fn pump(&mut self, timeout: Duration, budget: Duration, clock: &dyn Fn() -> Millis) -> bool {
        let began = Instant::now();
        let mut resized = false;
        let mut wait = timeout;
        while let Ok(reply) = self.replies.recv_timeout(wait) {
            resized |= self.answer(reply, clock());
            if began.elapsed() >= budget {
                break;
            }
            wait = Duration::ZERO;
        }
        resized
    }

    /// Reads the screen aloud in the visitor's voice (each language's own on the language
    /// menu), cutting off whatever was being read.
    fn speak(&mut self) {
        let Some(speaker) = &self.speaker else {
            return;
        };
        let utterances: Vec<Utterance> = ui::speech::script(&self.state, &self.i18n)
            .into_iter()
            .filter_map(|(lang, text)| {
                Some(Utterance {
                    voice: self.config.speech.voice(&lang)?,
                    text,
                })
            })
            .collect();
        if !utterances.is_empty() {
            speaker.say(utterances);
            self.speaking = Some(self.state.view_id());
        }
    }
}

/// Starts the thread that runs effects one at a time against `services`.
fn spawn_worker(
    services: Arc<Mutex<Services>>,
    replies: Sender<Reply>,
) -> Result<Sender<Job>, StoreError> {
    let (tx, rx): (Sender<Job>, Receiver<Job>) = channel();
    std::thread::Builder::new()
        .name("store".into())
        .spawn(move || {
            // Ends when the kiosk (the only sender) is dropped.
            while let Ok(Job { effect, by }) = rx.recv() {
                let reply = {
                    let mut s = services.lock().unwrap_or_else(PoisonError::into_inner);
                    s.run(effect, &by)
                };
                if let Some(reply) = reply
                    && replies.send(reply).is_err()
                {
                    return;
                }
            }
        })
        .map_err(|e| StoreError::Worker(e.to_string()))?;
    Ok(tx)
}
