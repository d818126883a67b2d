//! Desk keys and results.

use super::*;
use crate::app::{Millis, Settings};

/// Applies one action; returns the effects to run and whether the volunteer left (locked).
pub fn update(
    desk: &mut Desk,
    action: DeskAction,
    settings: &Settings,
    now: Millis,
) -> (Vec<DeskEffect>, bool) {
    match &mut desk.phase {
        Phase::Locked(unlock) => {
            // F10/F2, or Esc before a name is picked, leave the locked desk (the kiosk goes
            // back to visitors; a staff console stays locked).
            let leaving = action == DeskAction::Key(DeskKey::Lock)
                || (action == DeskAction::Key(DeskKey::Back)
                    && unlock.chosen.is_none()
                    && !unlock.checking);
            if leaving {
                return (Vec::new(), true);
            }
            let (mut effects, session) = unlock_key(unlock, action);
            for e in &mut effects {
                if let DeskEffect::Unlock { console, .. } = e {
                    console.clone_from(&desk.console);
                }
            }
            if let Some(session) = session {
                desk.phase = Phase::Open(Box::new(session));
            }
            (effects, false)
        }
        Phase::Open(session) => {
            if action == DeskAction::Key(DeskKey::Lock) {
                let staff_id = session.staff.id.clone();
                desk.phase = Phase::Locked(Unlock::default());
                return (
                    vec![DeskEffect::Lock { staff_id }, DeskEffect::LoadStaff],
                    true,
                );
            }
            (session_key(session, action, settings, now), false)
        }
    }
}

/// Moves a list's selection for a movement key; false if `key` is not one.
pub(super) fn move_in(cursor: &mut usize, len: usize, key: DeskKey) -> bool {
    const PAGE: usize = 10;
    let last = len.saturating_sub(1);
    *cursor = match key {
        DeskKey::Up => cursor.saturating_sub(1),
        DeskKey::Down => (*cursor + 1).min(last),
        DeskKey::PageUp => cursor.saturating_sub(PAGE),
        DeskKey::PageDown => (*cursor + PAGE).min(last),
        DeskKey::First => 0,
        DeskKey::Last => last,
        _ => return false,
    };
    true
}

fn unlock_key(u: &mut Unlock, action: DeskAction) -> (Vec<DeskEffect>, Option<Session>) {
    let none = (Vec::new(), None);
    let key = match action {
        DeskAction::StaffLoaded(staff) => {
            u.staff = staff.into_iter().filter(|s| s.active).collect();
            u.cursor = u.cursor.min(u.staff.len().saturating_sub(1));
            return none;
        }
        DeskAction::Unlocked(Ok(staff)) => {
            return (
                vec![DeskEffect::Refresh {
                    filter: QueueFilter::default(),
                    report: false,
                }],
                Some(Session::new(staff)),
            );
        }
        DeskAction::Unlocked(Err(message)) => {
            u.checking = false;
            u.pin.clear();
            u.message = Some(message);
            return none;
        }
        DeskAction::Key(key) => key,
        _ => return none,
    };
    if u.checking {
        return none;
    }
    match key {
        // A scanner's payload starts with a letter: ignore it up to its Enter, so its digits
        // never pick a name or count as a wrong PIN.
        DeskKey::Char(c) if u.ignoring || (!c.is_ascii_digit() && u.pin.is_empty()) => {
            u.ignoring = true;
            return none;
        }
        DeskKey::Confirm if u.ignoring => {
            u.ignoring = false;
            return none;
        }
        _ => {}
    }
    match u.chosen {
        None => {
            match key {
                DeskKey::Char(c) => {
                    if let Some(i) = c.to_digit(10).and_then(|d| usize::try_from(d).ok())
                        && (1..=u.staff.len().min(9)).contains(&i)
                    {
                        u.chosen = Some(i - 1);
                        u.message = None;
                    }
                }
                DeskKey::Confirm if !u.staff.is_empty() => {
                    u.chosen = Some(u.cursor);
                    u.message = None;
                }
                key => {
                    move_in(&mut u.cursor, u.staff.len(), key);
                }
            }
            none
        }
        Some(i) => match key {
            DeskKey::Char(c) => {
                u.pin.insert(c);
                none
            }
            DeskKey::Edit(e) => {
                u.pin.edit(e);
                none
            }
            DeskKey::Back => {
                u.chosen = None;
                u.pin.clear();
                none
            }
            DeskKey::Confirm if !u.pin.is_empty() => match u.staff.get(i) {
                Some(s) => {
                    u.checking = true;
                    let pin = u.pin.take();
                    (
                        vec![DeskEffect::Unlock {
                            console: String::new(),
                            staff_id: s.id.clone(),
                            pin,
                        }],
                        None,
                    )
                }
                None => none,
            },
            _ => none,
        },
    }
}

/// Rows in the current tab's list.
pub fn list_len(s: &Session) -> usize {
    match s.tab {
        Tab::Queue => s.data.queue.len(),
        Tab::Needs => s.data.needs.len(),
        Tab::Matches => s.data.matches.len(),
        Tab::Inventory => s.data.inventory.len(),
        Tab::Staff => s.data.staff.len(),
        Tab::Events => s.data.events.len(),
        Tab::Report => s.data.report.as_ref().map_or(0, |r| report_rows(r)),
    }
}

/// Rows of the report's table: a row per category, then the two weekly series.
pub fn report_rows(r: &GapReport) -> usize {
    r.categories.len() + 2
}

/// Reload what the desk shows (the report only while its tab is showing).
pub(super) fn refresh(s: &mut Session) -> DeskEffect {
    let report = s.tab == Tab::Report;
    s.data.counting |= report;
    DeskEffect::Refresh {
        filter: s.data.filter,
        report,
    }
}

fn session_key(
    s: &mut Session,
    action: DeskAction,
    settings: &Settings,
    now: Millis,
) -> Vec<DeskEffect> {
    // Results first: they arrive whatever is on screen.
    let key = match action {
        DeskAction::Refreshed(data) => {
            let filter = s.data.filter;
            // A refresh that did not count keeps the last report rather than blanking it.
            let report = s.data.report.take();
            let counted = data.report.is_some();
            let counting = s.data.counting && !counted;
            s.data = *data;
            s.data.filter = filter;
            s.data.counting = counting;
            if !counted && s.tab == Tab::Report {
                s.data.report = report;
            }
            s.cursor = s.cursor.min(list_len(s).saturating_sub(1));
            return Vec::new();
        }
        DeskAction::Changed => {
            // Another process wrote (a visitor saved at the kiosk): reload. While the report
            // shows, such writes recount it at most every half minute.
            let report = s.tab == Tab::Report && now >= s.report_counted + REPORT_EVERY_MS;
            if report {
                s.report_counted = now;
                s.data.counting = true;
            }
            return vec![DeskEffect::Refresh {
                filter: s.data.filter,
                report,
            }];
        }
        DeskAction::Found(Ok(entry)) => {
            s.overlay = Some(Overlay::Entry(*entry));
            return Vec::new();
        }
        DeskAction::Found(Err(notice)) | DeskAction::Done(notice) => {
            let changed = matches!(
                notice,
                Notice::DroppedOff { .. }
                    | Notice::HandedOut { .. }
                    | Notice::Proposed
                    | Notice::Confirmed
                    | Notice::Cancelled
                    | Notice::ConfirmFailed
                    | Notice::StaffAdded(_)
                    | Notice::StaffDisabled(_)
                    | Notice::EventPosted(_)
                    | Notice::EventRemoved(_)
            );
            if matches!(
                notice,
                Notice::DroppedOff { .. }
                    | Notice::Proposed
                    | Notice::StaffAdded(_)
                    | Notice::PinSet(_)
                    | Notice::EventPosted(_)
            ) {
                s.overlay = None;
            }
            s.notice = Some(notice);
            return if changed {
                vec![refresh(s)]
            } else {
                Vec::new()
            };
        }
        DeskAction::PickedUp(code, outcome) => {
            s.notice = Some(match outcome {
                Pickup::Done => Notice::PickedUp(code),
                Pickup::Already { at, by } => Notice::AlreadyPicked { code, at, by },
                Pickup::NotFound => Notice::NotFound(code.display()),
            });
            s.overlay = None;
            return vec![refresh(s)];
        }
        DeskAction::NeedsLoaded(category, needs) => {
            s.overlay = Some(Overlay::NeedList {
                category,
                needs,
                cursor: 0,
            });
            return Vec::new();
        }
        DeskAction::CandidatesLoaded(list) => {
            if let Some(Overlay::Entry(need)) | Some(Overlay::Candidates { need, .. }) =
                s.overlay.take()
            {
                s.overlay = Some(Overlay::Candidates {
                    need,
                    list,
                    cursor: 0,
                });
            }
            return Vec::new();
        }
        DeskAction::Key(key) => key,
        DeskAction::StaffLoaded(_) | DeskAction::Unlocked(_) => return Vec::new(),
    };
    // The forms take typing for themselves.
    if let Some(Overlay::EventForm(form)) = &mut s.overlay {
        return super::events::form_key(form, key).unwrap_or_else(|| {
            s.overlay = None;
            Vec::new()
        });
    }
    if let Some(Overlay::StaffForm(form)) = &mut s.overlay {
        return super::forms::staff_form_key(form, key).unwrap_or_else(|| {
            s.overlay = None;
            Vec::new()
        });
    }
    if let Some(Overlay::DropOff(form)) = &mut s.overlay {
        // A slip scanned while the form is open is a lookup, not an item name.
        if key == DeskKey::Confirm && crate::domain::looks_like_payload(&form.item.text()) {
            let input = form.item.take();
            s.overlay = None;
            return vec![DeskEffect::Lookup { input }];
        }
        return super::forms::drop_off_key(form, key, &mut s.notice).unwrap_or_else(|| {
            s.overlay = None;
            Vec::new()
        });
    }
    s.notice = match key {
        DeskKey::Char(_) | DeskKey::Edit(_) => s.notice.take(),
        _ => None,
    };
    match key {
        DeskKey::Char(c) => {
            s.input.insert(c);
            Vec::new()
        }
        DeskKey::Edit(e) => {
            s.input.edit(e);
            Vec::new()
        }
        DeskKey::Confirm if !s.input.is_blank() => {
            let input = s.input.take();
            s.overlay = None;
            vec![DeskEffect::Lookup { input }]
        }
        DeskKey::Back => {
            if !s.input.is_empty() {
                s.input.clear();
            } else {
                s.overlay = None;
            }
            Vec::new()
        }
        key => match s.overlay.take() {
            Some(overlay) => overlay_key(s, overlay, key),
            None => tab_key(s, key, settings),
        },
    }
}

fn overlay_key(s: &mut Session, overlay: Overlay, key: DeskKey) -> Vec<DeskEffect> {
    match overlay {
        Overlay::Entry(entry) => {
            let effects = match key {
                DeskKey::Confirm => match entry.kind {
                    crate::domain::Kind::Need => vec![DeskEffect::Pickup { code: entry.code }],
                    crate::domain::Kind::Offer if entry.picked_up.is_some() => Vec::new(),
                    crate::domain::Kind::Offer => {
                        s.overlay = Some(Overlay::DropOff(DropOffForm::new(
                            entry.category,
                            i64::from(entry.quantity),
                            Some(entry.code),
                        )));
                        return Vec::new();
                    }
                },
                DeskKey::Reprint => vec![DeskEffect::Reprint { code: entry.code }],
                DeskKey::FindMatch if entry.kind == crate::domain::Kind::Need => {
                    vec![DeskEffect::LoadCandidates {
                        need: Box::new(entry.clone()),
                    }]
                }
                DeskKey::RecordDropOff => {
                    s.overlay = Some(Overlay::DropOff(DropOffForm::new(entry.category, 1, None)));
                    return Vec::new();
                }
                _ => Vec::new(),
            };
            s.overlay = Some(Overlay::Entry(entry));
            effects
        }
        Overlay::NeedList {
            category,
            needs,
            mut cursor,
        } => {
            if key == DeskKey::Confirm {
                if let Some(need) = needs.get(cursor) {
                    s.overlay = Some(Overlay::Entry(need.clone()));
                    return vec![DeskEffect::LoadCandidates {
                        need: Box::new(need.clone()),
                    }];
                }
            } else {
                move_in(&mut cursor, needs.len(), key);
            }
            s.overlay = Some(Overlay::NeedList {
                category,
                needs,
                cursor,
            });
            Vec::new()
        }
        Overlay::Candidates {
            need,
            list,
            mut cursor,
        } => {
            let mut effects = Vec::new();
            if key == DeskKey::Confirm {
                if let Some(with) = list.get(cursor) {
                    effects.push(DeskEffect::Propose {
                        need_id: need.id.clone(),
                        with: Box::new(with.clone()),
                        quantity: i64::from(need.quantity),
                    });
                }
            } else {
                move_in(&mut cursor, list.len(), key);
            }
            s.overlay = Some(Overlay::Candidates { need, list, cursor });
            effects
        }
        overlay @ (Overlay::DropOff(_) | Overlay::StaffForm(_) | Overlay::EventForm(_)) => {
            s.overlay = Some(overlay);
            Vec::new()
        }
    }
}

fn tab_key(s: &mut Session, key: DeskKey, settings: &Settings) -> Vec<DeskEffect> {
    let len = list_len(s);
    if move_in(&mut s.cursor, len, key) {
        return Vec::new();
    }
    match key {
        DeskKey::NextTab | DeskKey::PrevTab => {
            let tabs = Tab::all(s.staff.role);
            let i = tabs.iter().position(|t| *t == s.tab).unwrap_or(0);
            let n = tabs.len();
            let next = if key == DeskKey::NextTab {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            };
            s.tab = tabs[next];
            s.cursor = 0;
            vec![refresh(s)]
        }
        DeskKey::PrevCategory | DeskKey::NextCategory => {
            let all = crate::domain::Category::ALL;
            let i = s
                .data
                .filter
                .category
                .and_then(|c| all.iter().position(|x| *x == c));
            // None, then each category, round and round.
            let n = all.len() + 1;
            let at = i.map_or(0, |i| i + 1);
            let next = if key == DeskKey::NextCategory {
                (at + 1) % n
            } else {
                (at + n - 1) % n
            };
            s.data.filter.category = next.checked_sub(1).map(|i| all[i]);
            s.cursor = 0;
            vec![refresh(s)]
        }
        DeskKey::CycleStatus => {
            let i = STATUS_FILTERS
                .iter()
                .position(|f| *f == s.data.filter.status)
                .unwrap_or(0);
            s.data.filter.status = STATUS_FILTERS[(i + 1) % STATUS_FILTERS.len()];
            s.cursor = 0;
            vec![refresh(s)]
        }
        DeskKey::Recount => vec![refresh(s)],
        DeskKey::Confirm => match s.tab {
            Tab::Queue => {
                if let Some(e) = s.data.queue.get(s.cursor) {
                    s.overlay = Some(Overlay::Entry(e.clone()));
                }
                Vec::new()
            }
            Tab::Needs => match s.data.needs.get(s.cursor) {
                Some((category, _)) => vec![DeskEffect::LoadNeeds {
                    category: *category,
                }],
                None => Vec::new(),
            },
            Tab::Matches => match s.data.matches.get(s.cursor) {
                Some(m) => vec![DeskEffect::Confirm {
                    match_id: m.id.clone(),
                }],
                None => Vec::new(),
            },
            Tab::Inventory | Tab::Staff | Tab::Events | Tab::Report => Vec::new(),
        },
        DeskKey::PostGathering => {
            s.overlay = Some(Overlay::EventForm(EventForm::new(
                &settings.languages,
                &settings.staff_language,
            )));
            Vec::new()
        }
        DeskKey::RemoveGathering => match s.data.events.get(s.cursor) {
            Some(e) => vec![DeskEffect::RemoveEvent {
                id: e.id.clone(),
                title: e
                    .title(&settings.staff_language, &settings.staff_language)
                    .to_owned(),
            }],
            None => Vec::new(),
        },
        DeskKey::AddAccount => {
            s.overlay = Some(Overlay::StaffForm(StaffForm::adding()));
            Vec::new()
        }
        DeskKey::DisableAccount => match s.data.staff.get(s.cursor) {
            Some(m) if m.id == s.staff.id => {
                s.notice = Some(Notice::NotAllowed);
                Vec::new()
            }
            Some(m) => vec![DeskEffect::DisableStaff {
                staff_id: m.id.clone(),
            }],
            None => Vec::new(),
        },
        DeskKey::SetAccountPin => {
            if let Some(m) = s.data.staff.get(s.cursor) {
                s.overlay = Some(Overlay::StaffForm(StaffForm::new_pin(m)));
            }
            Vec::new()
        }
        DeskKey::CancelMatch => match s.data.matches.get(s.cursor) {
            Some(m) => vec![DeskEffect::Cancel {
                match_id: m.id.clone(),
            }],
            None => Vec::new(),
        },
        DeskKey::HandOutOne => match s.data.inventory.get(s.cursor) {
            Some(item) => vec![DeskEffect::HandOut {
                inventory_id: item.id.clone(),
            }],
            None => Vec::new(),
        },
        DeskKey::RecordDropOff => {
            let category = match s.tab {
                Tab::Inventory => s.data.inventory.get(s.cursor).map(|i| i.category),
                _ => None,
            };
            s.overlay = Some(Overlay::DropOff(DropOffForm::new(
                category.unwrap_or(crate::domain::Category::Food),
                1,
                None,
            )));
            Vec::new()
        }
        _ => Vec::new(),
    }
}
