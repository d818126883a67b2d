//! What effects run against: the database, the printer, the clock and randomness, the site's
//! signing key. The worker thread owns it and runs one effect at a time; nothing here draws.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::mpsc::Sender;

use super::Env;
use crate::app::{Action, Effect, FoundItem, Issued, Lookup, SaveFailure};
use crate::auth;
use crate::config::Config;
use crate::domain::{Category, NewEntry, Site, SlipCode, StaffMember, encode_base32};
use crate::i18n::I18n;
use crate::print::Printer;
use crate::slip::{Signer, Slip, looks_like_card, looks_like_payload};
use crate::store::Store;

/// What wakes the loop: a finished job (the action it answers with, if any), or input.
pub(super) enum Reply {
    Done(Option<Action>),
    Key(crate::app::Key),
    Resized,
}

#[allow(non_snake_case)]
pub(super) fn Reply(action: Option<Action>) -> Reply {
    Reply::Done(action)
}

/// Who asked for a desk effect: the volunteer signed in when it was asked for.
pub(super) type By = Option<StaffMember>;

/// Everything effects need.
pub struct Services {
    pub(super) store: Store,
    pub(super) printer: Arc<dyn Printer>,
    pub(super) pepper: Vec<u8>,
    pub(super) env: Env,
    pub(super) site: Option<Site>,
    pub(super) config: Config,
    pub(super) i18n: Arc<I18n>,
    /// Categories whose offers may meet a need in another (config `[matching]`).
    pub(super) neighbours: BTreeMap<Category, Vec<Category>>,
    /// Where slip files are kept, pruned with the daily lifecycle.
    pub(super) slip_dir: Option<std::path::PathBuf>,
    /// The data dir, where set-up on screen leaves `site.id` (none in tests).
    pub(super) data_dir: Option<std::path::PathBuf>,
    /// The database's `data_version` when the desk last loaded.
    pub(super) data_version: i64,
    /// When the last round of the network ran.
    pub(super) last_sync: Option<chrono::DateTime<chrono::Utc>>,
    /// Where replies go (print threads answer by themselves).
    pub(super) replies: Sender<Reply>,
}

impl Services {
    /// The site's name (empty before set-up).
    pub(super) fn site_name(&self) -> String {
        self.site
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_default()
    }

    pub(super) fn signer(&self) -> Option<Signer> {
        self.site.as_ref().map(|s| Signer::new(&s.tag, &s.secret))
    }

    /// Runs one effect. `None` means the reply comes later, from a print thread.
    pub(super) fn run(&mut self, effect: Effect, by: &By) -> Option<Reply> {
        let answer = match effect {
            Effect::Save {
                drafts,
                lang,
                member,
            } => Some(Action::Saved(self.save(&drafts, lang, member.as_deref()))),
            Effect::IssueCard {
                ticket,
                lang,
                household,
            } => {
                self.issue_card(&ticket, &lang, household);
                return None;
            }
            Effect::Print { code } => {
                self.print(code);
                return None;
            }
            Effect::Lookup { input } => {
                let (found, lang) = self.lookup(&input);
                Some(Action::Looked(found, lang))
            }
            Effect::SetUp { site, admin, pin } => Some(Action::SetUp(
                self.set_up(&site, &admin, &pin).map_err(|e| {
                    tracing::error!(%e, "set-up failed");
                    e.to_string()
                }),
            )),
            Effect::Desk(effect) => self.run_desk(effect, by),
            Effect::LoadBoard => {
                let categories = self.config.categories.clone();
                let mut rows = self.store.board(&categories).unwrap_or_else(|e| {
                    tracing::error!(%e, "board counts failed");
                    Vec::new()
                });
                // And the other sites of the network, per category.
                match self.store.net_open_needs() {
                    Ok(net) => {
                        for (category, n) in net {
                            if let Some(r) = rows.iter_mut().find(|r| r.category == category) {
                                r.network = n;
                            }
                        }
                    }
                    Err(e) => tracing::error!(%e, "network board counts failed"),
                }
                Some(Action::BoardLoaded(rows))
            }
            Effect::LoadEvents { lang } => {
                let now = (self.env.now)().with_timezone(&chrono::Local).naive_local();
                let staff = self.config.staff_language.clone();
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
                return None;
            }
            Effect::RecordPrint { code, error } => {
                if let Err(e) = self
                    .store
                    .record_print(&code, error.as_deref(), (self.env.now)())
                {
                    tracing::error!(%e, "could not record print");
                }
                None
            }
            Effect::ForgetCard { card } => {
                if let Err(e) = self.store.forget_card(&card) {
                    tracing::error!(%e, "could not remove the member of a card that did not print");
                }
                None
            }
            Effect::PrintCard { code } => {
                self.print_card(code);
                return None;
            }
            Effect::PrintStatement { member_id } => {
                self.print_statement(&member_id);
                return None;
            }
            Effect::Housekeeping => {
                self.housekeeping();
                None
            }
            Effect::Sync => {
                self.sync_network();
                None
            }
            // Speech runs beside the screen, not here.
            Effect::Speak => None,
        };
        Some(Reply(answer))
    }

    /// Empties the write-ahead log, and runs the daily lifecycle when it is due: entries still
    /// open or matched after `entry_ttl_days` expire, names, phones and notes of finished
    /// entries older than `retention_days` are purged, and old slip files go. At most once a
    /// day whatever the restarts (the last run is kept in the database). `aidkiosk purge` does
    /// the same.
    pub(super) fn housekeeping(&mut self) {
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
        match self.store.apply_lifecycle(
            expire_before,
            purge_before,
            false,
            &self.config.matching.services,
            wall,
        ) {
            Ok(done) => tracing::info!(done.expired, done.purged, "daily lifecycle"),
            Err(e) => tracing::error!(%e, "daily lifecycle failed"),
        }
        let members_before = wall - days(self.config.member_retention_days);
        match self.store.purge_members(members_before, false, wall) {
            Ok(removed) => tracing::info!(removed, "members not seen for long removed"),
            Err(e) => tracing::error!(%e, "removing old members failed"),
        }
        if let Some(dir) = &self.slip_dir {
            let removed = crate::print::prune(dir, purge_before, false);
            tracing::info!(removed, "old slip files removed");
        }
    }

    /// Prints a gathering's slip on the print thread; answers with `EventPrinted`.
    fn print_event(&mut self, id: String, lang: &str) {
        let tx = self.replies.clone();
        let staff = self.config.staff_language.clone();
        let event = match self.store.event(&id, lang, &staff) {
            Ok(Some(e)) => e,
            other => {
                tracing::error!(?other, %id, "cannot print gathering");
                let _ = tx.send(Reply(Some(Action::EventPrinted { id, ok: false })));
                return;
            }
        };
        let doc = crate::slip::event::document(
            &event,
            &self.site_name(),
            &self.i18n,
            lang,
            (self.env.now)(),
        );
        let printer = Arc::clone(&self.printer);
        let failed = Action::EventPrinted {
            id: id.clone(),
            ok: false,
        };
        spawn_print(tx, failed, move || {
            let result = printer.print(&doc);
            if let Err(e) = &result {
                tracing::error!(%e, "gathering print failed");
            }
            Action::EventPrinted {
                id,
                ok: result.is_ok(),
            }
        });
    }

    /// Saves every thing of a visit on one slip.
    fn save(
        &mut self,
        drafts: &[crate::domain::Draft],
        lang: String,
        member: Option<&str>,
    ) -> Result<Issued, SaveFailure> {
        let signer = self.signer().ok_or(SaveFailure)?;
        let entries: Vec<NewEntry> = drafts
            .iter()
            .map(|draft| NewEntry {
                id: self.env.ulid(),
                draft: draft.clone(),
                language: lang.clone(),
            })
            .collect();
        let now = (self.env.now)();
        let env = &mut self.env;
        let mut next_code = || SlipCode::from_random(env.bytes::<5>());
        match self.store.save_visit(&entries, member, &mut next_code, now) {
            Ok(code) => {
                // The network hears of it at the next welcome screen, not a round later.
                self.last_sync = None;
                Ok(Issued {
                    code,
                    payload: signer.payload(&code),
                })
            }
            Err(e) => {
                tracing::error!(%e, "could not save entry");
                Err(SaveFailure)
            }
        }
    }

    /// Prints a slip on its own thread (a printer that is off may block for seconds);
    /// answers with `Printed`.
    pub(super) fn print(&mut self, code: SlipCode) {
        let tx = self.replies.clone();
        let slip = match (self.store.ticket(&code), self.signer(), &self.site) {
            (Ok(records), Some(signer), Some(site)) => {
                Slip::from_records(&records, &site.name, &signer, &self.config)
                    .ok_or_else(|| "no such slip".to_owned())
            }
            (Err(e), _, _) => Err(e.to_string()),
            _ => Err("the site is not set up".to_owned()),
        };
        let slip = match slip {
            Ok(slip) => slip,
            Err(why) => {
                tracing::error!(%why, %code, "cannot build slip to print");
                let error = Some("the slip could not be made".to_owned());
                let _ = tx.send(Reply(Some(Action::Printed { code, error })));
                return;
            }
        };
        let printer = Arc::clone(&self.printer);
        let i18n = Arc::clone(&self.i18n);
        let failed = Action::Printed {
            code,
            error: Some("no print thread".to_owned()),
        };
        spawn_print(tx, failed, move || {
            let result = printer.print(&slip.document(&i18n));
            if let Err(e) = &result {
                tracing::error!(%e, code = %slip.code, "print failed");
            }
            Action::Printed {
                code: slip.code,
                error: result.err().map(|e| e.to_string()),
            }
        });
    }

    pub(super) fn lookup(&mut self, input: &str) -> (Lookup, Option<String>) {
        if looks_like_card(input) {
            return self.card(input);
        }
        let code = if looks_like_payload(input) {
            match self.signer().map(|s| s.verify(input)) {
                Some(Ok(code)) => Some(code),
                // Another site's ticket: checked against what that site shared.
                Some(Err(crate::slip::PayloadError::OtherSite(_))) => return self.elsewhere(input),
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
            return (Lookup::NotFound, None);
        };
        match self.store.ticket(&code) {
            Ok(records) if !records.is_empty() => (
                Lookup::Found {
                    code: records[0].code,
                    items: records
                        .iter()
                        .map(|r| FoundItem {
                            kind: r.kind,
                            category: r.category,
                            status: r.status,
                            mode: r.mode,
                        })
                        .collect(),
                    site: None,
                },
                Some(records[0].language.clone()),
            ),
            // A card's code typed by hand: the same code space, told apart by the store; and
            // then another site's ticket.
            Ok(_) => match self.card(input) {
                (Lookup::NotFound, _) => self.elsewhere(input),
                found => found,
            },
            Err(e) => {
                tracing::error!(%e, "slip lookup failed");
                (Lookup::NotFound, None)
            }
        }
    }

    /// A member card scanned or its code typed at the kiosk, resolved as the desk does.
    fn card(&mut self, input: &str) -> (Lookup, Option<String>) {
        use super::members::Card;
        match self.resolve_card(input, None, (self.env.now)()) {
            Ok(Card::Member(m)) => {
                let lang = m.language.clone();
                (Lookup::Card(Box::new(m)), Some(lang))
            }
            Ok(Card::Refused) => (Lookup::CardRefused, None),
            Ok(Card::Unknown) => (Lookup::NotFound, None),
            Err(e) => {
                tracing::error!(%e, "card lookup failed");
                (Lookup::NotFound, None)
            }
        }
    }

    /// Makes a member for the visitor of `ticket` and prints their card; answers with
    /// `CardPrinted`.
    fn issue_card(&mut self, ticket: &SlipCode, lang: &str, household: Option<u8>) {
        let tx = self.replies.clone();
        let ticket = *ticket;
        let failed = Action::CardPrinted {
            ticket,
            card: None,
            ok: false,
        };
        let (Some(signer), Some(site)) = (self.signer(), self.site.clone()) else {
            let _ = tx.send(Reply(Some(failed)));
            return;
        };
        let member = crate::store::NewMember {
            id: self.env.ulid(),
            nickname: String::new(),
            language: lang.to_owned(),
            household,
        };
        let now = (self.env.now)();
        let env = &mut self.env;
        let mut next_code = || SlipCode::from_random(env.bytes::<5>());
        let code = match self
            .store
            .new_member(&member, &mut next_code, Some(&ticket), None, now)
        {
            Ok(code) => code,
            Err(e) => {
                tracing::error!(%e, "could not make a member card");
                let _ = tx.send(Reply(Some(failed)));
                return;
            }
        };
        let doc = crate::slip::card::document(
            &site.name,
            &code,
            &signer.card_payload(&code),
            lang,
            &self.config.staff_language,
            &self.i18n,
        );
        let printer = Arc::clone(&self.printer);
        let failed = Action::CardPrinted {
            ticket,
            card: Some(code),
            ok: false,
        };
        spawn_print(tx, failed, move || {
            let result = printer.print(&doc);
            if let Err(e) = &result {
                tracing::error!(%e, "member card print failed");
            }
            Action::CardPrinted {
                ticket,
                card: Some(code),
                ok: result.is_ok(),
            }
        });
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

/// Runs `job` on a print thread, which answers with what it returns; if no thread can be
/// started, `failed` answers at once.
pub(super) fn spawn_print(
    tx: Sender<Reply>,
    failed: Action,
    job: impl FnOnce() -> Action + Send + 'static,
) {
    let answer = tx.clone();
    let spawned = std::thread::Builder::new()
        .name("print".into())
        .spawn(move || {
            let _ = answer.send(Reply(Some(job())));
        });
    if let Err(e) = spawned {
        tracing::error!(%e, "cannot start print thread");
        let _ = tx.send(Reply(Some(failed)));
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
