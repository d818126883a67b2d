//! Runs the staff desk's effects against the database.

use chrono::{DateTime, Local, TimeZone, Utc};

use super::services::{By, Services};
use crate::app::Action;
use crate::app::desk::ElsewherePanel;
use crate::app::desk::{
    Data, DeskAction, DeskEffect, LIST_MAX, NEEDS_MAX, Notice, Tab, UnlockMessage,
};
use crate::auth::{self, PepperStatus, SignIn};
use crate::domain::{Kind, NewEntry, PepperProblem, Pickup, Role, SlipCode};
use crate::slip::{PayloadError, looks_like_payload};
use crate::store::{Received, StoreError};

/// What the desk says when PINs cannot be checked with this pepper.
fn pepper_problem(status: &PepperStatus) -> Option<PepperProblem> {
    match status {
        PepperStatus::Ready => None,
        PepperStatus::Missing => Some(PepperProblem::Missing),
        PepperStatus::Mismatch => Some(PepperProblem::Mismatch),
        PepperStatus::StalePin => Some(PepperProblem::StalePin),
    }
}

/// The site's local midnight before `now`, as UTC.
fn midnight(now: DateTime<Utc>) -> DateTime<Utc> {
    now.with_timezone(&Local)
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .and_then(|t| Local.from_local_datetime(&t).earliest())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(now)
        .min(now)
}

/// What the open desk shows on `tab` but the report, as loaded when the tab opens or the
/// data changed: the queue's counts as `filter` shows it and the needs to match by category
/// always, and the list of that tab (the queue, proposals, stock, people to call, slips not
/// printed, staff or gatherings) only. (benches/desk.rs times it.)
pub fn desk_data(
    store: &crate::store::Store,
    filter: crate::domain::QueueFilter,
    tab: Tab,
    now: DateTime<Utc>,
) -> Result<Data, StoreError> {
    let since = midnight(now);
    let mut data = Data {
        loaded_at: Some(now),
        filter,
        counts: store.queue_counts(since, filter.category)?,
        needs: store.unmatched_needs()?,
        ..Data::default()
    };
    match tab {
        Tab::Queue => data.queue = store.queue(since, filter, LIST_MAX)?,
        Tab::Needs | Tab::Report => {}
        Tab::Matches => data.matches = store.proposed_matches()?,
        Tab::Inventory => data.inventory = store.inventory()?,
        Tab::Calls => data.calls = store.to_call(LIST_MAX)?,
        Tab::Printing => {
            data.unprinted = store.unprinted(now - chrono::Duration::days(7), LIST_MAX)?
        }
        Tab::Staff => data.staff = store.staff()?,
        Tab::Members => data.members = store.members(LIST_MAX)?,
        Tab::Network => data.network = Some(Box::new(store.network_view()?)),
        Tab::Events => data.events = store.events_after(now.with_timezone(&Local).naive_local())?,
    }
    Ok(data)
}

impl Services {
    /// Runs one desk effect for `by`; the answer goes back through `update`.
    pub(super) fn run_desk(&mut self, effect: DeskEffect, by: &By) -> Option<Action> {
        let unlocking = matches!(effect, DeskEffect::Unlock { .. });
        let answer = match self.desk_effect(effect, by) {
            Ok(answer) => answer,
            // A PIN that cannot be checked (the database refuses the write) must not leave
            // the unlock screen waiting: say so, and let the volunteer try again.
            Err(e) if unlocking => {
                tracing::error!(%e, "could not check a PIN");
                Some(DeskAction::Unlocked(Err(UnlockMessage::Failed)))
            }
            Err(StoreError::NameTaken(name)) => Some(DeskAction::Done(Notice::NameTaken(name))),
            Err(StoreError::LastCoordinator(name)) => {
                Some(DeskAction::Done(Notice::LastCoordinator(name)))
            }
            Err(e) => {
                tracing::error!(%e, "desk effect failed");
                Some(DeskAction::Done(Notice::Error))
            }
        };
        answer.map(Action::Desk)
    }

    /// Whether `by` is an active coordinator, checked in the database (not only on screen).
    fn is_coordinator(&self, by: &By) -> Result<bool, StoreError> {
        let Some(by) = by else {
            return Ok(false);
        };
        Ok(self
            .store
            .staff()?
            .iter()
            .any(|s| s.id == by.id && s.active && s.role == Role::Coordinator))
    }

    fn staff_name(&self, id: &str) -> Result<String, StoreError> {
        Ok(self
            .store
            .staff()?
            .into_iter()
            .find(|s| s.id == id)
            .map(|s| s.name)
            .unwrap_or_default())
    }

    /// A new PIN hash, or what the desk says when PINs cannot be set here.
    fn new_hash(&self, pin: &str) -> Result<String, Notice> {
        if let Ok(status) = auth::pepper_status(&self.store, &self.pepper, None)
            && let Some(p) = pepper_problem(&status)
        {
            return Err(Notice::Pepper(p));
        }
        auth::hash_pin(pin, &self.pepper).map_err(|e| {
            tracing::error!(%e, "cannot hash PIN");
            Notice::Error
        })
    }

    fn desk_effect(
        &mut self,
        effect: DeskEffect,
        by: &By,
    ) -> Result<Option<DeskAction>, StoreError> {
        let now = (self.env.now)();
        let staff = by.as_ref().map(|s| s.id.clone()).unwrap_or_default();
        let services = self.config.matching.services.clone();
        let done = |code: SlipCode, outcome: Pickup, notice: Notice| {
            DeskAction::Done(Notice::of(code, outcome, notice))
        };
        Ok(Some(match effect {
            DeskEffect::LoadStaff => {
                DeskAction::StaffLoaded(self.store.staff()?.iter().any(|s| s.active))
            }
            DeskEffect::Unlock { console, name, pin } => {
                let answer =
                    match auth::sign_in(&mut self.store, &console, &name, &pin, &self.pepper, now)?
                    {
                        SignIn::Welcome(m) => Ok(m),
                        SignIn::Wrong { left } => Err(UnlockMessage::Wrong { left }),
                        SignIn::Locked { until } => Err(UnlockMessage::Locked { until }),
                        SignIn::Pepper(status) => Err(pepper_problem(&status)
                            .map_or(UnlockMessage::Failed, UnlockMessage::Pepper)),
                    };
                DeskAction::Unlocked(answer)
            }
            DeskEffect::Refresh {
                filter,
                tab,
                report,
                network,
            } => {
                self.data_version = self.store.data_version()?;
                let mut data = desk_data(&self.store, filter, tab, now)?;
                if report {
                    data.report = Some(Box::new(self.desk_report(now)?));
                }
                if network && let Some(r) = &data.report {
                    data.net_days = Some(self.store.net_days(r.from, r.to)?);
                }
                DeskAction::Refreshed(Box::new(data))
            }
            DeskEffect::CheckChanges => {
                let v = self.store.data_version()?;
                if v == self.data_version {
                    return Ok(None);
                }
                self.data_version = v;
                DeskAction::Changed
            }
            DeskEffect::Lookup { input } if self.is_card(&input)? => {
                self.open_card(&input, &staff, now)?
            }
            DeskEffect::Lookup { input } => {
                let typed = !looks_like_payload(&input);
                let found = match self.desk_lookup(&input, &staff, now)? {
                    Ok(code) => self.ticket_or_entry(&code, typed)?,
                    Err(notice) => DeskAction::Found {
                        entry: Err(notice),
                        typed,
                    },
                };
                // Not this site's: maybe another site's of the network, with its QR checked.
                match found {
                    DeskAction::Found {
                        entry: Err(Notice::NotFound(_) | Notice::RefusedSite(_)),
                        ..
                    } => match super::network::ticket_elsewhere(&self.store, &input)? {
                        Some(ticket) => DeskAction::Elsewhere(Box::new(ElsewherePanel {
                            ticket,
                            cursor: 0,
                            typed,
                            confirming: false,
                        })),
                        None => found,
                    },
                    found => found,
                }
            }
            DeskEffect::HandOverElsewhere {
                site,
                site_name,
                entry_id,
                code,
            } => {
                let id = self.env.ulid();
                match self
                    .store
                    .hand_over_elsewhere(&site, &entry_id, &id, Some(&staff), now)
                {
                    Ok(()) => DeskAction::Done(Notice::HandedElsewhere(code, site_name)),
                    Err(StoreError::AlreadyHandedOver(_)) => {
                        DeskAction::Done(Notice::ElsewhereAlready(code))
                    }
                    Err(e) => return Err(e),
                }
            }
            DeskEffect::ResolveConflict {
                entry_site,
                entry_id,
                code,
            } => {
                self.store
                    .resolve_conflict(&entry_site, &entry_id, Some(&staff), now)?;
                DeskAction::Done(Notice::ConflictResolved(code))
            }
            DeskEffect::OpenTicket { code, typed } => self.ticket_or_entry(&code, typed)?,
            DeskEffect::Open { code } => DeskAction::Found {
                entry: match self.store.entry_by_code(&code)? {
                    Some(e) => Ok(Box::new(e)),
                    None => Err(Notice::NotFound(code.display())),
                },
                typed: false,
            },
            DeskEffect::Search { text } => {
                let found = self.store.search(&text, &staff, now)?;
                DeskAction::Searched(text, found)
            }
            DeskEffect::Pickup { code } => {
                let outcome = self.store.pickup(&code, &staff, &services, now)?;
                done(code, outcome, Notice::PickedUp(self.printed(code)?))
            }
            DeskEffect::Connect { code } => {
                match self.store.connect(&code, &staff, &services, now)? {
                    Ok(connection) => DeskAction::Connected(Box::new(connection)),
                    Err(outcome) => done(code, outcome, Notice::Connected(self.printed(code)?)),
                }
            }
            DeskEffect::Finish { code } => {
                let outcome = self.store.finish(&code, &staff, &services, now)?;
                done(code, outcome, Notice::Finished(self.printed(code)?))
            }
            DeskEffect::Undo { code } => {
                let coordinator = self.is_coordinator(by)?;
                let outcome = self.store.undo(&code, &staff, coordinator, now)?;
                done(code, outcome, Notice::Undone(self.printed(code)?))
            }
            DeskEffect::Close { code, reason } => {
                let outcome = self.store.close(&code, reason, &staff, &services, now)?;
                done(code, outcome, Notice::Closed(self.printed(code)?))
            }
            DeskEffect::LoadNeeds { category } => DeskAction::NeedsLoaded(
                category,
                self.store
                    .open_entries(Kind::Need, &[category], NEEDS_MAX)?,
            ),
            DeskEffect::LoadCandidates { need } => {
                let neighbours = self
                    .neighbours
                    .get(&need.category)
                    .cloned()
                    .unwrap_or_default();
                DeskAction::CandidatesLoaded(self.store.candidates(&need, &neighbours, 200)?)
            }
            DeskEffect::Propose {
                need_id,
                with,
                quantity,
            } => {
                let id = self.env.ulid();
                let ok = self
                    .store
                    .propose_match(&id, &need_id, &with, quantity, &staff, now)?;
                DeskAction::Done(match (ok, *with) {
                    (false, _) => Notice::ProposeFailed,
                    (true, crate::domain::Candidate::Network(o)) => {
                        Notice::ProposedElsewhere(o.site_name)
                    }
                    (true, _) => Notice::Proposed,
                })
            }
            DeskEffect::Confirm { match_id, kind } => {
                let ok = self
                    .store
                    .confirm_match(&match_id, &staff, &services, now)?;
                DeskAction::Done(if ok {
                    Notice::Confirmed(kind)
                } else {
                    Notice::ConfirmFailed
                })
            }
            DeskEffect::Cancel { match_id } => {
                let ok = self.store.cancel_match(&match_id, &staff, &services, now)?;
                DeskAction::Done(if ok {
                    Notice::Cancelled
                } else {
                    Notice::CancelFailed
                })
            }
            DeskEffect::DropOff {
                category,
                item,
                quantity,
                offer,
            } => {
                let id = self.env.ulid();
                let drop = crate::store::DropOff {
                    id: &id,
                    category,
                    item: &item,
                    quantity,
                    offer: offer.as_ref(),
                };
                match self.store.drop_off(&drop, &staff, &services, now)? {
                    Received::Stock(stored) => DeskAction::Done(Notice::DroppedOff {
                        item: stored.item,
                        quantity,
                    }),
                    Received::SetAside { for_need } => DeskAction::Done(Notice::SetAside {
                        item,
                        quantity,
                        for_need,
                    }),
                    Received::Refused(outcome) => {
                        let code = offer.unwrap_or(SlipCode::from_random([0; 5]));
                        done(code, outcome, Notice::Error)
                    }
                }
            }
            DeskEffect::HandOut { inventory_id } => {
                let name = self
                    .store
                    .inventory()?
                    .into_iter()
                    .find(|i| i.id == inventory_id)
                    .map(|i| i.item)
                    .unwrap_or_default();
                match self.store.hand_out(&inventory_id, 1, &staff, now)? {
                    Some(item) => DeskAction::Done(Notice::HandedOut {
                        item: item.item,
                        left: item.quantity,
                    }),
                    None => DeskAction::Done(Notice::NoneLeft(name)),
                }
            }
            DeskEffect::Count {
                inventory_id,
                quantity,
            } => match self.store.set_stock(&inventory_id, quantity, &staff, now)? {
                Some(item) => DeskAction::Done(Notice::Counted {
                    item: item.item,
                    quantity,
                }),
                None => DeskAction::Done(Notice::Error),
            },
            DeskEffect::Reprint { code } => {
                self.store
                    .audit(Some(&staff), "reprint", Some(code.as_str()), None, now)?;
                DeskAction::Done(Notice::Reprinted(code))
            }
            DeskEffect::Enter { draft, lang } => {
                let entry = NewEntry {
                    id: self.env.ulid(),
                    draft,
                    language: lang,
                };
                let env = &mut self.env;
                let mut next_code = || SlipCode::from_random(env.bytes::<5>());
                let code = self.store.save_entry(&entry, &mut next_code, now)?;
                self.store
                    .audit(Some(&staff), "intake", Some(code.as_str()), None, now)?;
                DeskAction::Done(Notice::Entered(code))
            }
            DeskEffect::AddStaff { name, role, pin } => {
                if !self.is_coordinator(by)? {
                    return Ok(Some(DeskAction::Done(Notice::NotAllowed)));
                }
                let hash = match self.new_hash(&pin) {
                    Ok(h) => h,
                    Err(n) => return Ok(Some(DeskAction::Done(n))),
                };
                let id = self.env.ulid();
                self.store
                    .add_staff(&id, &name, role, &hash, Some(&staff), now)?;
                DeskAction::Done(Notice::StaffAdded(name))
            }
            DeskEffect::SetPin { staff_id, pin } => {
                if !self.is_coordinator(by)? {
                    return Ok(Some(DeskAction::Done(Notice::NotAllowed)));
                }
                let hash = match self.new_hash(&pin) {
                    Ok(h) => h,
                    Err(n) => return Ok(Some(DeskAction::Done(n))),
                };
                self.store.set_pin(&staff_id, &hash, Some(&staff), now)?;
                DeskAction::Done(Notice::PinSet(self.staff_name(&staff_id)?))
            }
            DeskEffect::ChangeOwnPin { old, new } => {
                let Some(me) = by else {
                    return Ok(Some(DeskAction::Done(Notice::NotAllowed)));
                };
                let hash = self.store.pin_hash(&me.id)?.unwrap_or_default();
                if !auth::verify_pin(&old, &hash, &self.pepper) {
                    self.store
                        .audit(Some(&me.id), "own_pin_refused", None, None, now)?;
                    return Ok(Some(DeskAction::Done(Notice::OldPinWrong)));
                }
                let hash = match self.new_hash(&new) {
                    Ok(h) => h,
                    Err(n) => return Ok(Some(DeskAction::Done(n))),
                };
                self.store.set_pin(&me.id, &hash, Some(&me.id), now)?;
                DeskAction::Done(Notice::PinSet(me.name.clone()))
            }
            DeskEffect::DisableStaff { staff_id } => {
                if !self.is_coordinator(by)? || staff_id == staff {
                    return Ok(Some(DeskAction::Done(Notice::NotAllowed)));
                }
                self.store.disable_staff(&staff_id, Some(&staff), now)?;
                DeskAction::Done(Notice::StaffDisabled(self.staff_name(&staff_id)?))
            }
            DeskEffect::EnableStaff { staff_id } => {
                if !self.is_coordinator(by)? {
                    return Ok(Some(DeskAction::Done(Notice::NotAllowed)));
                }
                self.store.enable_staff(&staff_id, Some(&staff), now)?;
                DeskAction::Done(Notice::StaffEnabled(self.staff_name(&staff_id)?))
            }
            DeskEffect::ClearLock { staff_id } => {
                if !self.is_coordinator(by)? {
                    return Ok(Some(DeskAction::Done(Notice::NotAllowed)));
                }
                self.store.clear_lock(&staff_id, Some(&staff), now)?;
                DeskAction::Done(Notice::LockCleared(self.staff_name(&staff_id)?))
            }
            DeskEffect::PostEvent {
                starts,
                ends,
                place,
                titles,
            } => {
                let title = titles.first().map(|(_, t)| t.clone()).unwrap_or_default();
                let event = crate::domain::NewEvent {
                    id: self.env.ulid(),
                    starts,
                    ends,
                    place,
                    titles,
                };
                self.store.add_event(&event, Some(&staff), now)?;
                DeskAction::Done(Notice::EventPosted(title))
            }
            DeskEffect::RemoveEvent { id, title } => {
                self.store.remove_event(&id, Some(&staff), now)?;
                DeskAction::Done(Notice::EventRemoved(title))
            }
            // Printing is the kiosk's: `update` turns this into `Effect::Print`.
            DeskEffect::PrintSlip { .. }
            | DeskEffect::PrintCard { .. }
            | DeskEffect::PrintStatement { .. } => return Ok(None),
            e @ (DeskEffect::OpenMember { .. }
            | DeskEffect::OpenCard { .. }
            | DeskEffect::NewMember { .. }
            | DeskEffect::ReplaceCard { .. }
            | DeskEffect::RecordExchange { .. }
            | DeskEffect::ReverseTransfer { .. }) => match self.member_effect(e, by, now)? {
                Some(answer) => answer,
                None => return Ok(None),
            },
            DeskEffect::Lock { staff_id } => {
                self.store.audit(Some(&staff_id), "lock", None, None, now)?;
                return Ok(None);
            }
        }))
    }

    /// The desk's gap report: the last weeks up to today (site-local), waiting needs as of now.
    fn desk_report(
        &self,
        now: chrono::DateTime<Utc>,
    ) -> Result<crate::domain::report::GapReport, StoreError> {
        use crate::app::desk::{REPORT_WAITING_DAYS, REPORT_WEEKS};
        let today = now.with_timezone(&Local).date_naive();
        self.store.gap_report(
            crate::domain::report::weeks_back(today, REPORT_WEEKS),
            today,
            &self.config.categories,
            now - chrono::Duration::days(i64::from(REPORT_WAITING_DAYS)),
            REPORT_WAITING_DAYS,
        )
    }

    /// A scanned payload or a typed code, as staff see it: the code it holds. Anything forged
    /// is refused and logged; nothing is marked by a lookup.
    fn desk_lookup(
        &mut self,
        input: &str,
        staff: &str,
        now: chrono::DateTime<Utc>,
    ) -> Result<Result<SlipCode, Notice>, StoreError> {
        if !looks_like_payload(input) {
            return Ok(SlipCode::parse(input).map_err(|_| Notice::RefusedFormat));
        }
        let Some(signer) = self.signer() else {
            return Ok(Err(Notice::Error));
        };
        match signer.verify(input) {
            Ok(code) => Ok(Ok(code)),
            Err(e) => {
                let shown: String = input.chars().take(64).collect();
                self.store.audit(
                    Some(staff),
                    "scan_refused",
                    Some(&shown),
                    Some(&e.to_string()),
                    now,
                )?;
                Ok(Err(match e {
                    PayloadError::Signature => Notice::RefusedSignature,
                    PayloadError::OtherSite(site) => Notice::RefusedSite(site),
                    PayloadError::Format => Notice::RefusedFormat,
                }))
            }
        }
    }

    /// The code a notice names for `code`: the one on the visitor's ticket, which may hold
    /// other things (a later thing's own code was never printed).
    fn printed(&self, code: SlipCode) -> Result<SlipCode, StoreError> {
        Ok(self.store.printed_code(&code)?.unwrap_or(code))
    }

    /// What a code found opens: its entry, or the list of a ticket of several things.
    fn ticket_or_entry(&self, code: &SlipCode, typed: bool) -> Result<DeskAction, StoreError> {
        let mut list = self.store.ticket_entries(code)?;
        Ok(match list.len() {
            0 => DeskAction::Found {
                entry: Err(Notice::NotFound(code.display())),
                typed,
            },
            1 => DeskAction::Found {
                entry: Ok(Box::new(list.remove(0))),
                typed,
            },
            _ => DeskAction::Ticket {
                code: list[0].ticket,
                list,
                typed,
            },
        })
    }
}
