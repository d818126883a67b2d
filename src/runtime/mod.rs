//! Runs the state machine: feeds it keys and ticks, runs its effects against the database and
//! the printer, and draws it. Tests drive [`Kiosk`] directly; `run_terminal` adds the terminal.

mod desk;
mod env;
mod terminal;

pub use env::{Env, RandomSource};
pub use terminal::run_terminal;

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use crossterm::event::KeyEvent;

use std::collections::BTreeMap;

use crate::app::{self, Action, Effect, Issued, Lookup, Millis, SaveFailure, Settings, State};
use crate::auth;
use crate::config::Config;
use crate::domain::{Category, SlipCode, encode_base32};
use crate::i18n::I18n;
use crate::print::Printer;
use crate::slip::{Signer, Slip, looks_like_payload};
use crate::speech::{Speaker, Utterance};
use crate::store::{NewEntry, Site, Store, StoreError};
use crate::ui;

/// The kiosk with everything it talks to.
pub struct Kiosk {
    pub state: State,
    pub i18n: Arc<I18n>,
    store: Store,
    printer: Arc<dyn Printer>,
    pepper: Vec<u8>,
    env: Env,
    site: Option<Site>,
    results: (Sender<Action>, Receiver<Action>),
    jobs: usize,
    /// Categories whose offers may meet a need in another (config `[matching]`).
    neighbours: BTreeMap<Category, Vec<Category>>,
    /// The database's `data_version` when the desk last loaded.
    data_version: i64,
    /// When another process's write last recounted the desk's report.
    report_counted: Millis,
    config: Config,
    /// Reads screens aloud, when speech is on and installed.
    speaker: Option<Speaker>,
    /// The view being read aloud.
    speaking: Option<String>,
    /// Where slip files are kept, pruned with the daily lifecycle (none in tests that do not
    /// print to files).
    pub slip_dir: Option<std::path::PathBuf>,
    /// The data dir, where set-up on screen leaves `site.id` (none in tests).
    pub data_dir: Option<std::path::PathBuf>,
    /// When housekeeping next looks whether the daily lifecycle is due.
    next_housekeeping: Millis,
}

/// How often the kiosk looks whether the daily lifecycle (expire, purge) is due, and how long
/// after start it first looks (so a restart is not slowed by it).
pub const HOUSEKEEPING_EVERY_MS: Millis = 10 * 60 * 1000;

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
        let mut kiosk = Kiosk {
            speaker,
            speaking: None,
            slip_dir: None,
            data_dir: None,
            next_housekeeping: now + 60_000,
            neighbours: config.matching.neighbours.clone(),
            data_version: 0,
            report_counted: 0,
            config: config.clone(),
            state: State::new(settings, needs_setup, now),
            i18n,
            store,
            printer,
            pepper,
            env,
            site,
            results: channel(),
            jobs: 0,
        };
        if let Some(name) = staff_console {
            if let app::Screen::Desk(desk) = &mut kiosk.state.screen {
                desk.console = name.to_owned();
            }
            // The console opens on the unlock screen, which lists the staff.
            if let Some(answer) = kiosk.run(Effect::Desk(app::desk::DeskEffect::LoadStaff)) {
                kiosk.dispatch(answer, now);
            }
        }
        Ok(kiosk)
    }

    /// The database, for tests and reports.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The database, to write fixtures (tests, `seed`).
    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// A key from the keyboard or the scanner.
    pub fn key(&mut self, key: KeyEvent, now: Millis) {
        if let Some(action) = app::keymap::action(&self.state, key) {
            self.dispatch(action, now);
        }
    }

    /// Runs `action` through `update`, then every effect it asks for, until all is quiet.
    pub fn dispatch(&mut self, action: Action, now: Millis) {
        let mut queue = vec![action];
        while let Some(action) = queue.pop() {
            if let Action::Printed { code, ok } = &action {
                self.jobs = self.jobs.saturating_sub(1);
                if let Err(e) = self.store.record_print(code, *ok, (self.env.now)()) {
                    tracing::error!(%e, "could not record print");
                }
            }
            if let Action::EventPrinted { .. } = &action {
                self.jobs = self.jobs.saturating_sub(1);
            }
            for effect in app::update(&mut self.state, action, now) {
                if let Some(answer) = self.run(effect) {
                    queue.push(answer);
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

    /// Empties the write-ahead log, and runs the daily lifecycle when it is due: entries still
    /// open or matched after `entry_ttl_days` expire, names, phones and notes of finished
    /// entries older than `retention_days` are purged, and old slip files go. Only on the
    /// visitor kiosk (not a staff console), only while the welcome screen shows (never in a
    /// visitor's way), at most once a day whatever the restarts (the last run is kept in the
    /// database). `aidkiosk purge` does the same.
    pub fn housekeeping(&mut self, now: Millis) {
        if now < self.next_housekeeping
            || self.state.settings.staff_console
            || !matches!(self.state.screen, app::Screen::Welcome)
        {
            return;
        }
        self.next_housekeeping = now + HOUSEKEEPING_EVERY_MS;
        // The write-ahead log keeps old copies of pages until a checkpoint truncates it, and a
        // staff console reading at the moment of the daily purge can hold that back: empty it
        // again every time, which costs nothing when there is nothing in it.
        self.store.checkpoint();
        let wall = (self.env.now)();
        match self.store.lifecycle_last_run() {
            Ok(Some(last)) if wall - last < chrono::Duration::hours(24) => return,
            Ok(_) => {}
            Err(e) => {
                tracing::error!(%e, "cannot read when the lifecycle last ran");
                return;
            }
        }
        let days = |n: u32| chrono::Duration::days(i64::from(n));
        let expire_before = wall - days(self.config.entry_ttl_days);
        let purge_before = wall - days(self.config.retention_days);
        match self
            .store
            .apply_lifecycle(expire_before, purge_before, false, wall)
        {
            Ok(done) => tracing::info!(done.expired, done.purged, "daily lifecycle"),
            Err(e) => tracing::error!(%e, "daily lifecycle failed"),
        }
        if let Some(dir) = &self.slip_dir {
            let removed = crate::print::prune(dir, purge_before, false);
            tracing::info!(removed, "old slip files removed");
        }
    }

    /// `--lang TAG`: skips the welcome and language screens once, straight to Home in `tag`
    /// (not while the site still needs setting up).
    pub fn open_in(&mut self, tag: &str, now: Millis) {
        if matches!(self.state.screen, app::Screen::Welcome) {
            self.state.screen =
                app::Screen::Visit(app::Visit::new(tag, app::Step::Home(app::Menu::default())));
            self.state.last_input = now;
        }
    }

    /// Whether the screen is being read aloud (tests).
    pub fn is_speaking(&self) -> bool {
        self.speaking.is_some()
    }

    /// Feeds finished background work (print jobs) back in, without waiting.
    pub fn drain(&mut self, now: Millis) {
        while let Ok(action) = self.results.1.try_recv() {
            self.dispatch(action, now);
        }
    }

    /// Waits up to `timeout` for background work to finish (tests).
    pub fn settle(&mut self, timeout: Duration, now: Millis) {
        let deadline = Instant::now() + timeout;
        while self.jobs > 0 {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.results.1.recv_timeout(left) {
                Ok(action) => self.dispatch(action, now),
                Err(_) => break,
            }
        }
    }

    fn signer(&self) -> Option<Signer> {
        self.site.as_ref().map(|s| Signer::new(&s.tag, &s.secret))
    }

    fn run(&mut self, effect: Effect) -> Option<Action> {
        match effect {
            Effect::Save { draft, lang } => Some(Action::Saved(self.save(&draft, lang))),
            Effect::Print { code } => {
                self.print(code);
                None
            }
            Effect::Lookup { input } => Some(Action::Looked(self.lookup(&input))),
            Effect::SetUp { site, admin, pin } => Some(Action::SetUp(
                self.set_up(&site, &admin, &pin).map_err(|e| {
                    tracing::error!(%e, "set-up failed");
                    e.to_string()
                }),
            )),
            Effect::Desk(effect) => self.run_desk(effect),
            Effect::Speak => {
                self.speak();
                None
            }
            Effect::LoadBoard => Some(Action::BoardLoaded(
                self.store
                    .board(&self.state.settings.categories)
                    .unwrap_or_else(|e| {
                        tracing::error!(%e, "board counts failed");
                        Vec::new()
                    }),
            )),
            Effect::LoadEvents { lang } => {
                let now = (self.env.now)().with_timezone(&chrono::Local).naive_local();
                let staff = self.state.settings.staff_language.clone();
                Some(Action::EventsLoaded(
                    self.store
                        .upcoming_events(now, &lang, &staff, 40)
                        .unwrap_or_else(|e| {
                            tracing::error!(%e, "gatherings failed to load");
                            Vec::new()
                        }),
                ))
            }
            Effect::PrintEvent { id, lang } => {
                self.print_event(id, &lang);
                None
            }
        }
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

    /// Prints a gathering's slip on the print thread; answers with `EventPrinted`.
    fn print_event(&mut self, id: String, lang: &str) {
        let tx = self.results.0.clone();
        self.jobs += 1;
        let staff = self.state.settings.staff_language.clone();
        let event = match self.store.event(&id, lang, &staff) {
            Ok(Some(e)) => e,
            other => {
                tracing::error!(?other, %id, "cannot print gathering");
                let _ = tx.send(Action::EventPrinted { id, ok: false });
                return;
            }
        };
        let site = self.state.settings.site_name.clone();
        let doc = crate::slip::event::document(&event, &site, &self.i18n, lang, (self.env.now)());
        let printer = Arc::clone(&self.printer);
        let spawned = std::thread::Builder::new()
            .name("print".into())
            .spawn(move || {
                let result = printer.print(&doc);
                if let Err(e) = &result {
                    tracing::error!(%e, "gathering print failed");
                }
                let _ = tx.send(Action::EventPrinted {
                    id,
                    ok: result.is_ok(),
                });
            });
        if let Err(e) = spawned {
            tracing::error!(%e, "cannot start print thread");
        }
    }

    fn save(&mut self, draft: &crate::domain::Draft, lang: String) -> Result<Issued, SaveFailure> {
        let signer = self.signer().ok_or(SaveFailure)?;
        let entry = NewEntry {
            id: self.env.ulid(),
            draft: draft.clone(),
            language: lang,
        };
        let now = (self.env.now)();
        let env = &mut self.env;
        let mut next_code = || SlipCode::from_random(env.bytes::<5>());
        match self.store.save_entry(&entry, &mut next_code, now) {
            Ok(code) => Ok(Issued {
                code,
                payload: signer.payload(&code),
            }),
            Err(e) => {
                tracing::error!(%e, "could not save entry");
                Err(SaveFailure)
            }
        }
    }

    pub(crate) fn print(&mut self, code: SlipCode) {
        let tx = self.results.0.clone();
        let slip = match (self.store.slip(&code), self.signer(), &self.site) {
            (Ok(Some(record)), Some(signer), Some(site)) => {
                Slip::from_record(&record, &site.name, &signer, &self.config)
            }
            (other, _, _) => {
                tracing::error!(?other, %code, "cannot build slip to print");
                let _ = tx.send(Action::Printed { code, ok: false });
                self.jobs += 1;
                return;
            }
        };
        let printer = Arc::clone(&self.printer);
        let i18n = Arc::clone(&self.i18n);
        self.jobs += 1;
        // Printing may block for seconds (a printer that is off); never on the UI thread.
        let spawned = std::thread::Builder::new()
            .name("print".into())
            .spawn(move || {
                let result = printer.print(&slip.document(&i18n));
                if let Err(e) = &result {
                    tracing::error!(%e, code = %slip.code, "print failed");
                }
                let _ = tx.send(Action::Printed {
                    code: slip.code,
                    ok: result.is_ok(),
                });
            });
        if let Err(e) = spawned {
            tracing::error!(%e, "cannot start print thread");
            let _ = self.results.0.send(Action::Printed { code, ok: false });
        }
    }

    fn lookup(&self, input: &str) -> Lookup {
        let code = if looks_like_payload(input) {
            match self.signer().map(|s| s.verify(input)) {
                Some(Ok(code)) => Some(code),
                Some(Err(e)) => {
                    tracing::warn!(%e, "refused a scanned payload");
                    None
                }
                None => None,
            }
        } else {
            SlipCode::parse(input).ok()
        };
        let Some(code) = code else {
            return Lookup::NotFound;
        };
        match self.store.slip(&code) {
            Ok(Some(r)) => Lookup::Found {
                code: r.code,
                kind: r.kind,
                category: r.category,
                status: r.status,
            },
            Ok(None) => Lookup::NotFound,
            Err(e) => {
                tracing::error!(%e, "slip lookup failed");
                Lookup::NotFound
            }
        }
    }

    fn set_up(&mut self, site: &str, admin: &str, pin: &str) -> anyhow::Result<String> {
        let site = initialise(
            &mut self.store,
            &mut self.env,
            &self.pepper,
            site,
            admin,
            pin,
        )?;
        let name = site.name.clone();
        if let Some(dir) = &self.data_dir
            && let Err(e) = crate::datadir::write_marker(dir, &site)
        {
            tracing::error!(%e, "cannot write site.id");
        }
        self.site = Some(site);
        Ok(name)
    }
}

/// Creates the site (name, short tag, signing secret) and its first coordinator.
pub fn initialise(
    store: &mut Store,
    env: &mut Env,
    pepper: &[u8],
    site_name: &str,
    admin: &str,
    pin: &str,
) -> anyhow::Result<Site> {
    let hash = auth::hash_pin(pin, pepper)?;
    let existing = store.site()?;
    let site = match existing {
        Some(mut s) => {
            s.name = site_name.to_owned();
            s
        }
        None => Site {
            id: env.ulid(),
            // 25 bits of tag: unique among a network's sites, short in the QR.
            tag: encode_base32(&env.bytes::<4>())[..5].to_owned(),
            name: site_name.to_owned(),
            secret: env.bytes::<32>().to_vec(),
        },
    };
    let admin_id = env.ulid();
    let now = (env.now)();
    Ok(store.initialise(&site, &admin_id, admin, &hash, now)?)
}
