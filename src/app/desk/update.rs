//! Desk keys and results.

use super::*;
use crate::app::Settings;

/// Applies one action; returns the effects to run and whether the volunteer left (locked).
pub fn update(desk: &mut Desk, action: DeskAction, settings: &Settings) -> (Vec<DeskEffect>, bool) {
    match &mut desk.phase {
        Phase::Locked(unlock) => {
            // F10/F2, or Esc before a name is picked, leave the locked desk (the kiosk goes
            // back to visitors; a staff console stays locked).
            let leaving = action == DeskAction::Lock
                || (action == DeskAction::Back && unlock.chosen.is_none() && !unlock.checking);
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
            if action == DeskAction::Lock {
                let staff_id = session.staff.id.clone();
                desk.phase = Phase::Locked(Unlock::default());
                return (
                    vec![DeskEffect::Lock { staff_id }, DeskEffect::LoadStaff],
                    true,
                );
            }
            (session_key(session, action, settings), false)
        }
    }
}

fn unlock_key(u: &mut Unlock, action: DeskAction) -> (Vec<DeskEffect>, Option<Session>) {
    let none = (Vec::new(), None);
    match action {
        DeskAction::StaffLoaded(staff) => {
            u.staff = staff.into_iter().filter(|s| s.active).collect();
            u.cursor = u.cursor.min(u.staff.len().saturating_sub(1));
            none
        }
        DeskAction::Unlocked(Ok(staff)) => {
            let session = Session {
                staff,
                input: String::new(),
                tab: Tab::Queue,
                overlay: None,
                notice: None,
                data: Data::default(),
                cursor: 0,
            };
            (
                vec![DeskEffect::Refresh {
                    filter: QueueFilter::default(),
                    report: false,
                }],
                Some(session),
            )
        }
        DeskAction::Unlocked(Err(message)) => {
            u.checking = false;
            u.pin.clear();
            u.message = Some(message);
            none
        }
        _ if u.checking => none,
        // A scanner's payload starts with a letter: ignore it up to its Enter, so its digits
        // never pick a name or count as a wrong PIN.
        DeskAction::Char(c) if u.ignoring || (!c.is_ascii_digit() && u.pin.is_empty()) => {
            u.ignoring = true;
            none
        }
        DeskAction::Confirm if u.ignoring => {
            u.ignoring = false;
            none
        }
        action => match u.chosen {
            None => {
                match action {
                    DeskAction::Char(c) => {
                        if let Some(i) = c.to_digit(10).and_then(|d| usize::try_from(d).ok())
                            && (1..=u.staff.len().min(9)).contains(&i)
                        {
                            u.chosen = Some(i - 1);
                        }
                    }
                    DeskAction::Up => u.cursor = u.cursor.saturating_sub(1),
                    DeskAction::Down => {
                        u.cursor = (u.cursor + 1).min(u.staff.len().saturating_sub(1))
                    }
                    DeskAction::Confirm if !u.staff.is_empty() => u.chosen = Some(u.cursor),
                    _ => {}
                }
                none
            }
            Some(i) => match action {
                DeskAction::Char(c) if c.is_ascii_digit() && u.pin.len() < 8 => {
                    u.pin.push(c);
                    none
                }
                DeskAction::Erase => {
                    u.pin.pop();
                    none
                }
                DeskAction::Back => {
                    u.chosen = None;
                    u.pin.clear();
                    none
                }
                DeskAction::Confirm if !u.pin.is_empty() => match u.staff.get(i) {
                    Some(s) => {
                        u.checking = true;
                        let pin = std::mem::take(&mut u.pin);
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
        },
    }
}

fn list_len(s: &Session) -> usize {
    match s.tab {
        Tab::Queue => s.data.queue.len(),
        Tab::Needs => s.data.needs.len(),
        Tab::Matches => s.data.matches.len(),
        Tab::Inventory => s.data.inventory.len(),
        Tab::Staff => s.data.staff.len(),
        Tab::Events => s.data.events.len(),
        // The report scrolls by line; the view stops at its last one.
        Tab::Report => REPORT_LINES,
    }
}

/// Reload what the desk shows (the report only while its tab is showing).
pub(super) fn refresh(s: &Session) -> DeskEffect {
    DeskEffect::Refresh {
        filter: s.data.filter,
        report: s.tab == Tab::Report,
    }
}

fn session_key(s: &mut Session, action: DeskAction, settings: &Settings) -> Vec<DeskEffect> {
    // Results first: they arrive whatever is on screen.
    match action {
        DeskAction::Refreshed(data) => {
            let filter = s.data.filter;
            // A refresh that did not count keeps the last report rather than blanking it.
            let report = s.data.report.take();
            s.data = *data;
            s.data.filter = filter;
            if s.data.report.is_none() && s.tab == Tab::Report {
                s.data.report = report;
            }
            s.cursor = s.cursor.min(list_len(s).saturating_sub(1));
            return Vec::new();
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
        _ => {}
    }
    // The forms take typing for themselves.
    if let Some(Overlay::EventForm(form)) = &mut s.overlay {
        return super::events::form_key(form, action).unwrap_or_else(|| {
            s.overlay = None;
            Vec::new()
        });
    }
    if let Some(Overlay::StaffForm(form)) = &mut s.overlay {
        return super::forms::staff_form_key(form, action).unwrap_or_else(|| {
            s.overlay = None;
            Vec::new()
        });
    }
    if let Some(Overlay::DropOff(form)) = &mut s.overlay {
        // A slip scanned while the form is open is a lookup, not an item name.
        if action == DeskAction::Confirm && crate::slip::looks_like_payload(&form.item) {
            let input = std::mem::take(&mut form.item);
            s.overlay = None;
            return vec![DeskEffect::Lookup { input }];
        }
        return super::forms::drop_off_key(form, action, &mut s.notice).unwrap_or_else(|| {
            s.overlay = None;
            Vec::new()
        });
    }
    s.notice = match action {
        DeskAction::Char(_) | DeskAction::Erase => s.notice.take(),
        _ => None,
    };
    match action {
        DeskAction::Char(c) => {
            if !c.is_control() && s.input.chars().count() < 64 {
                s.input.push(c);
            }
            Vec::new()
        }
        DeskAction::Erase => {
            s.input.pop();
            Vec::new()
        }
        DeskAction::Confirm if !s.input.trim().is_empty() => {
            let input = std::mem::take(&mut s.input);
            s.overlay = None;
            vec![DeskEffect::Lookup { input }]
        }
        DeskAction::Back => {
            if !s.input.is_empty() {
                s.input.clear();
            } else {
                s.overlay = None;
            }
            Vec::new()
        }
        action => match s.overlay.take() {
            Some(overlay) => overlay_key(s, overlay, action),
            None => tab_key(s, action, settings),
        },
    }
}

fn overlay_key(s: &mut Session, overlay: Overlay, action: DeskAction) -> Vec<DeskEffect> {
    match overlay {
        Overlay::Entry(entry) => {
            let effects = match action {
                DeskAction::Confirm => match entry.kind {
                    crate::domain::Kind::Need => vec![DeskEffect::Pickup { code: entry.code }],
                    crate::domain::Kind::Offer if entry.picked_up.is_some() => Vec::new(),
                    crate::domain::Kind::Offer => {
                        s.overlay = Some(Overlay::DropOff(DropOffForm {
                            category: entry.category,
                            item: String::new(),
                            quantity: entry.quantity.to_string(),
                            field: DropField::Item,
                            offer: Some(entry.code),
                        }));
                        return Vec::new();
                    }
                },
                DeskAction::Reprint => vec![DeskEffect::Reprint { code: entry.code }],
                DeskAction::FindMatch if entry.kind == crate::domain::Kind::Need => {
                    vec![DeskEffect::LoadCandidates {
                        need: Box::new(entry.clone()),
                    }]
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
            match action {
                DeskAction::Up => cursor = cursor.saturating_sub(1),
                DeskAction::Down => cursor = (cursor + 1).min(needs.len().saturating_sub(1)),
                DeskAction::Confirm => {
                    if let Some(need) = needs.get(cursor) {
                        s.overlay = Some(Overlay::Entry(need.clone()));
                        return vec![DeskEffect::LoadCandidates {
                            need: Box::new(need.clone()),
                        }];
                    }
                }
                _ => {}
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
            match action {
                DeskAction::Up => cursor = cursor.saturating_sub(1),
                DeskAction::Down => cursor = (cursor + 1).min(list.len().saturating_sub(1)),
                DeskAction::Confirm => {
                    if let Some(with) = list.get(cursor) {
                        effects.push(DeskEffect::Propose {
                            need_id: need.id.clone(),
                            with: Box::new(with.clone()),
                            quantity: i64::from(need.quantity),
                        });
                    }
                }
                _ => {}
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

fn tab_key(s: &mut Session, action: DeskAction, settings: &Settings) -> Vec<DeskEffect> {
    let len = list_len(s);
    match action {
        DeskAction::NextTab | DeskAction::PrevTab => {
            let tabs = Tab::all(s.staff.role);
            let i = tabs.iter().position(|t| *t == s.tab).unwrap_or(0);
            let n = tabs.len();
            let next = if action == DeskAction::NextTab {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            };
            s.tab = tabs[next];
            s.cursor = 0;
            vec![refresh(s)]
        }
        DeskAction::Up => {
            s.cursor = s.cursor.saturating_sub(1);
            Vec::new()
        }
        DeskAction::Down => {
            s.cursor = (s.cursor + 1).min(len.saturating_sub(1));
            Vec::new()
        }
        DeskAction::Left | DeskAction::Right if s.tab == Tab::Queue => {
            let all = crate::domain::Category::ALL;
            let i = s
                .data
                .filter
                .category
                .and_then(|c| all.iter().position(|x| *x == c));
            // None, then each category, round and round.
            let n = all.len() + 1;
            let at = i.map_or(0, |i| i + 1);
            let next = if action == DeskAction::Right {
                (at + 1) % n
            } else {
                (at + n - 1) % n
            };
            s.data.filter.category = next.checked_sub(1).map(|i| all[i]);
            s.cursor = 0;
            vec![refresh(s)]
        }
        DeskAction::StatusFilter if s.tab == Tab::Queue => {
            let i = STATUS_FILTERS
                .iter()
                .position(|f| *f == s.data.filter.status)
                .unwrap_or(0);
            s.data.filter.status = STATUS_FILTERS[(i + 1) % STATUS_FILTERS.len()];
            s.cursor = 0;
            vec![refresh(s)]
        }
        DeskAction::Confirm => match s.tab {
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
        // Gatherings: F6 posts one, F7 takes the selected one down.
        DeskAction::DropOff if s.tab == Tab::Events => {
            s.overlay = Some(Overlay::EventForm(EventForm::new(
                &settings.languages,
                &settings.staff_language,
            )));
            Vec::new()
        }
        DeskAction::HandOut if s.tab == Tab::Events => match s.data.events.get(s.cursor) {
            Some(e) => vec![DeskEffect::RemoveEvent {
                id: e.id.clone(),
                title: e
                    .title(&settings.staff_language, &settings.staff_language)
                    .to_owned(),
            }],
            None => Vec::new(),
        },
        // F5 on the report counts again.
        DeskAction::StatusFilter if s.tab == Tab::Report => vec![refresh(s)],
        // Coordinators: F6 adds an account, F7 disables the selected one, F4 gives it a new PIN.
        DeskAction::DropOff if s.tab == Tab::Staff => {
            s.overlay = Some(Overlay::StaffForm(StaffForm {
                id: None,
                name: String::new(),
                role: Role::Volunteer,
                pin: String::new(),
                field: StaffField::Name,
            }));
            Vec::new()
        }
        DeskAction::HandOut if s.tab == Tab::Staff => match s.data.staff.get(s.cursor) {
            Some(m) if m.id == s.staff.id => {
                s.notice = Some(Notice::NotAllowed);
                Vec::new()
            }
            Some(m) => vec![DeskEffect::DisableStaff {
                staff_id: m.id.clone(),
            }],
            None => Vec::new(),
        },
        DeskAction::Reprint if s.tab == Tab::Staff => {
            if let Some(m) = s.data.staff.get(s.cursor) {
                s.overlay = Some(Overlay::StaffForm(StaffForm {
                    id: Some(m.id.clone()),
                    name: m.name.clone(),
                    role: m.role,
                    pin: String::new(),
                    field: StaffField::Pin,
                }));
            }
            Vec::new()
        }
        DeskAction::CancelMatch if s.tab == Tab::Matches => match s.data.matches.get(s.cursor) {
            Some(m) => vec![DeskEffect::Cancel {
                match_id: m.id.clone(),
            }],
            None => Vec::new(),
        },
        DeskAction::HandOut if s.tab == Tab::Inventory => match s.data.inventory.get(s.cursor) {
            Some(item) => vec![DeskEffect::HandOut {
                inventory_id: item.id.clone(),
            }],
            None => Vec::new(),
        },
        DeskAction::DropOff => {
            let category = match s.tab {
                Tab::Inventory => s.data.inventory.get(s.cursor).map(|i| i.category),
                _ => None,
            };
            s.overlay = Some(Overlay::DropOff(DropOffForm {
                category: category.unwrap_or(crate::domain::Category::Food),
                item: String::new(),
                quantity: "1".into(),
                field: DropField::Item,
                offer: None,
            }));
            Vec::new()
        }
        _ => Vec::new(),
    }
}
