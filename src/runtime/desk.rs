//! Runs the staff desk's effects against the database.

use chrono::{Local, TimeZone, Utc};

use super::services::{By, Services};
use crate::app::Action;
use crate::app::desk::{Data, DeskAction, DeskEffect, Notice, UnlockMessage};
use crate::auth;
use crate::domain::{Kind, LockState, Role, SlipCode};
use crate::slip::{PayloadError, looks_like_payload};
use crate::store::StoreError;

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

    fn desk_effect(
        &mut self,
        effect: DeskEffect,
        by: &By,
    ) -> Result<Option<DeskAction>, StoreError> {
        let now = (self.env.now)();
        let staff = by.as_ref().map(|s| s.id.clone()).unwrap_or_default();
        Ok(Some(match effect {
            DeskEffect::LoadStaff => DeskAction::StaffLoaded(self.store.staff()?),
            DeskEffect::Unlock {
                console,
                staff_id,
                pin,
            } => {
                if let LockState::Locked { until } = self.store.lock_state(&console, now)? {
                    return Ok(Some(DeskAction::Unlocked(Err(UnlockMessage::Locked {
                        until,
                    }))));
                }
                let hash = self.store.pin_hash(&staff_id)?;
                let ok = hash.is_some_and(|h| auth::verify_pin(&pin, &h, &self.pepper));
                if ok {
                    self.store.record_unlock(&console, &staff_id, now)?;
                    let member = self.store.staff()?.into_iter().find(|s| s.id == staff_id);
                    match member {
                        Some(m) => DeskAction::Unlocked(Ok(m)),
                        None => DeskAction::Unlocked(Err(UnlockMessage::WrongPin { left: 0 })),
                    }
                } else {
                    let state = self
                        .store
                        .record_failed_unlock(&console, Some(&staff_id), now)?;
                    DeskAction::Unlocked(Err(UnlockMessage::after_failure(state)))
                }
            }
            DeskEffect::Refresh { filter, report } => {
                // "Today" is the site's local day.
                let midnight = now
                    .with_timezone(&Local)
                    .date_naive()
                    .and_hms_opt(0, 0, 0)
                    .and_then(|t| Local.from_local_datetime(&t).earliest())
                    .map(|t| t.with_timezone(&Utc))
                    .unwrap_or(now);
                let since = midnight.min(now);
                self.data_version = self.store.data_version()?;
                DeskAction::Refreshed(Box::new(Data {
                    loaded_at: Some(now),
                    filter,
                    queue: self.store.queue(since, filter, 200)?,
                    needs: self.store.unmatched_needs()?,
                    matches: self.store.proposed_matches()?,
                    inventory: self.store.inventory()?,
                    staff: self.store.staff()?,
                    events: self
                        .store
                        .events_after(now.with_timezone(&Local).naive_local())?,
                    report: if report {
                        Some(Box::new(self.desk_report(now)?))
                    } else {
                        None
                    },
                    counting: false,
                }))
            }
            DeskEffect::Lookup { input } => {
                DeskAction::Found(self.desk_lookup(&input, &staff, now)?)
            }
            DeskEffect::CheckChanges => {
                let v = self.store.data_version()?;
                if v == self.data_version {
                    return Ok(None);
                }
                self.data_version = v;
                DeskAction::Changed
            }
            DeskEffect::Pickup { code } => {
                let outcome = self.store.pickup(&code, &staff, now)?;
                DeskAction::PickedUp(code, outcome)
            }
            DeskEffect::LoadNeeds { category } => DeskAction::NeedsLoaded(
                category,
                self.store.open_entries(Kind::Need, &[category], 100)?,
            ),
            DeskEffect::LoadCandidates { need } => {
                let neighbours = self
                    .neighbours
                    .get(&need.category)
                    .cloned()
                    .unwrap_or_default();
                DeskAction::CandidatesLoaded(self.store.candidates(&need, &neighbours, 30)?)
            }
            DeskEffect::Propose {
                need_id,
                with,
                quantity,
            } => {
                let id = self.env.ulid();
                self.store
                    .propose_match(&id, &need_id, &with, quantity, &staff, now)?;
                DeskAction::Done(Notice::Proposed)
            }
            DeskEffect::Confirm { match_id } => {
                let ok = self.store.confirm_match(&match_id, &staff, now)?;
                DeskAction::Done(if ok {
                    Notice::Confirmed
                } else {
                    Notice::ConfirmFailed
                })
            }
            DeskEffect::Cancel { match_id } => {
                self.store.cancel_match(&match_id, &staff, now)?;
                DeskAction::Done(Notice::Cancelled)
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
                let stored = match self.store.drop_off(&drop, &staff, now) {
                    Err(StoreError::AlreadyHandedOver(_)) => {
                        let code = offer.unwrap_or(SlipCode::from_random([0; 5]));
                        let picked = self.store.entry_by_code(&code)?.and_then(|e| e.picked_up);
                        let (at, by) = picked.unwrap_or((now, String::new()));
                        return Ok(Some(DeskAction::Done(Notice::AlreadyPicked {
                            code,
                            at,
                            by,
                        })));
                    }
                    other => other?,
                };
                DeskAction::Done(Notice::DroppedOff {
                    item: stored.item,
                    quantity,
                })
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
            DeskEffect::Reprint { code } => {
                self.store
                    .audit(Some(&staff), "reprint", Some(code.as_str()), None, now)?;
                DeskAction::Done(Notice::Reprinted(code))
            }
            DeskEffect::AddStaff { name, role, pin } => {
                if !self.is_coordinator(by)? {
                    return Ok(Some(DeskAction::Done(Notice::NotAllowed)));
                }
                let hash = match auth::hash_pin(&pin, &self.pepper) {
                    Ok(h) => h,
                    Err(e) => {
                        tracing::error!(%e, "cannot hash PIN");
                        return Ok(Some(DeskAction::Done(Notice::Error)));
                    }
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
                let Ok(hash) = auth::hash_pin(&pin, &self.pepper) else {
                    return Ok(Some(DeskAction::Done(Notice::Error)));
                };
                self.store.set_pin(&staff_id, &hash, Some(&staff), now)?;
                DeskAction::Done(Notice::PinSet(self.staff_name(&staff_id)?))
            }
            DeskEffect::DisableStaff { staff_id } => {
                if !self.is_coordinator(by)? || staff_id == staff {
                    return Ok(Some(DeskAction::Done(Notice::NotAllowed)));
                }
                self.store.disable_staff(&staff_id, Some(&staff), now)?;
                DeskAction::Done(Notice::StaffDisabled(self.staff_name(&staff_id)?))
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

    /// A scanned payload or a typed code, as staff see it. Anything forged is refused and
    /// logged; nothing is marked by a lookup.
    fn desk_lookup(
        &mut self,
        input: &str,
        staff: &str,
        now: chrono::DateTime<Utc>,
    ) -> Result<Result<Box<crate::domain::EntryView>, Notice>, StoreError> {
        let code = if looks_like_payload(input) {
            let Some(signer) = self.signer() else {
                return Ok(Err(Notice::Error));
            };
            match signer.verify(input) {
                Ok(code) => code,
                Err(e) => {
                    let shown: String = input.chars().take(64).collect();
                    self.store.audit(
                        Some(staff),
                        "scan_refused",
                        Some(&shown),
                        Some(&e.to_string()),
                        now,
                    )?;
                    return Ok(Err(match e {
                        PayloadError::Signature => Notice::RefusedSignature,
                        PayloadError::OtherSite(site) => Notice::RefusedSite(site),
                        PayloadError::Format => Notice::RefusedFormat,
                    }));
                }
            }
        } else {
            match SlipCode::parse(input) {
                Ok(code) => code,
                Err(_) => return Ok(Err(Notice::RefusedFormat)),
            }
        };
        Ok(match self.store.entry_by_code(&code)? {
            Some(entry) => Ok(Box::new(entry)),
            None => Err(Notice::NotFound(code.display())),
        })
    }
}
