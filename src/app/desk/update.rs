//! Desk keys and results.

use super::lists::{changes, closes_panel, refresh, row_key, selected_key};
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
            // F10/F2, or Esc on an empty name, leave the locked desk (the kiosk goes back to
            // visitors; a staff console stays locked).
            let leaving = action == DeskAction::Key(DeskKey::Lock)
                || (action == DeskAction::Key(DeskKey::Back)
                    && unlock.field == UnlockField::Name
                    && unlock.name.is_empty()
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
        DeskAction::StaffLoaded(any) => {
            u.any_staff = Some(any);
            return none;
        }
        DeskAction::Unlocked(Ok(staff)) => {
            return (
                vec![DeskEffect::Refresh {
                    filter: QueueFilter::default(),
                    tab: Tab::Queue,
                    report: false,
                    network: false,
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
    let field = match u.field {
        UnlockField::Name => &mut u.name,
        UnlockField::Pin => &mut u.pin,
    };
    match key {
        DeskKey::Char(c) => {
            field.insert(c);
            u.message = None;
        }
        DeskKey::Edit(e) => {
            field.edit(e);
        }
        DeskKey::NextTab | DeskKey::PrevTab => {
            u.field = match u.field {
                UnlockField::Name => UnlockField::Pin,
                UnlockField::Pin => UnlockField::Name,
            };
        }
        // Esc starts again from the name.
        DeskKey::Back => {
            u.pin.clear();
            u.name.clear();
            u.field = UnlockField::Name;
        }
        // A scanner's payload typed here is not a name: drop it whole, count nothing.
        DeskKey::Confirm if crate::domain::looks_like_payload(&u.name.text()) => {
            u.name.clear();
        }
        DeskKey::Confirm if u.field == UnlockField::Name && !u.name.is_blank() => {
            u.field = UnlockField::Pin;
        }
        DeskKey::Confirm if u.field == UnlockField::Pin && !u.pin.is_empty() => {
            if u.name.is_blank() {
                u.field = UnlockField::Name;
                return none;
            }
            u.checking = true;
            return (
                vec![DeskEffect::Unlock {
                    console: String::new(),
                    name: u.name.trimmed(),
                    pin: u.pin.take(),
                }],
                None,
            );
        }
        _ => {}
    }
    none
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
            // The selection follows its row when the list is reloaded in another order (an
            // account disabled sorts last): the next F-key must not act on a neighbour.
            let selected = selected_key(s);
            let filter = s.data.filter;
            // A refresh that did not count keeps the last report rather than blanking it.
            let report = s.data.report.take();
            let net_days = s.data.net_days.take();
            let counted = data.report.is_some();
            let counting = s.data.counting && !counted;
            s.data = *data;
            s.data.filter = filter;
            s.data.counting = counting;
            if !counted && s.tab == Tab::Report {
                s.data.report = report;
                s.data.net_days = net_days;
            }
            s.cursor = selected
                .and_then(|k| (0..list_len(s)).find(|i| row_key(s, *i).as_ref() == Some(&k)))
                .unwrap_or(s.cursor)
                .min(list_len(s).saturating_sub(1));
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
                tab: s.tab,
                report,
                network: report && s.report_network,
            }];
        }
        DeskAction::Elsewhere(panel) => {
            s.overlay = Some(Overlay::Elsewhere(panel));
            return Vec::new();
        }
        DeskAction::Found { entry, typed } => {
            match entry {
                Ok(entry) => {
                    s.overlay = Some(Overlay::Entry(EntryPanel {
                        entry: *entry,
                        typed,
                        confirming: false,
                    }))
                }
                Err(notice) => s.notice = Some(notice),
            }
            return Vec::new();
        }
        DeskAction::Ticket { code, list, typed } => {
            super::panels::open_ticket(s, code, list, typed, settings);
            return Vec::new();
        }
        DeskAction::Searched(text, list) => {
            match list.len() {
                0 => s.notice = Some(Notice::NothingFound(text)),
                _ => {
                    s.overlay = Some(Overlay::Found {
                        text,
                        list,
                        cursor: 0,
                    })
                }
            }
            return Vec::new();
        }
        DeskAction::Connected(connection) => {
            s.notice = Some(Notice::Connected(connection.need.code));
            s.overlay = Some(Overlay::Connected(connection));
            return vec![refresh(s)];
        }
        DeskAction::Done(notice) => {
            let changed = changes(&notice);
            let mut effects = Vec::new();
            if closes_panel(&notice) {
                // One thing of a ticket done: the ticket again, for the next.
                effects.extend(super::panels::ticket_after(s));
                s.overlay = None;
                s.back.clear();
            }
            // A slip entered at the desk is printed once, when it is saved (not again each
            // time a print's outcome comes back while its notice is still showing).
            if let Notice::Entered(code) = &notice {
                effects.push(DeskEffect::PrintSlip { code: *code });
            }
            // A print's outcome follows "sent to the printer" without hiding other news.
            let printing = matches!(notice, Notice::Printed(_) | Notice::PrintFailed(..));
            if !printing || matches!(s.notice, None | Some(Notice::Reprinted(_))) {
                s.notice = Some(notice);
            }
            if changed {
                effects.push(refresh(s));
            }
            return effects;
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
            if let Some(Overlay::Entry(EntryPanel { entry: need, .. }))
            | Some(Overlay::Candidates { need, .. }) = s.overlay.take()
            {
                s.overlay = Some(Overlay::Candidates {
                    need,
                    list,
                    cursor: 0,
                });
            }
            return Vec::new();
        }
        DeskAction::Member(action) => return super::members::result(s, action),
        DeskAction::Key(key) => key,
        DeskAction::StaffLoaded(_) | DeskAction::Unlocked(_) => return Vec::new(),
    };
    if let Some(effects) = form_key(s, key, settings) {
        return effects;
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
            s.back.clear();
            // A whole code or a scanned payload opens that entry; anything else is a search.
            let whole = crate::domain::looks_like_payload(&input)
                || crate::domain::member::looks_like_card(&input)
                || crate::domain::SlipCode::parse(&input).is_ok();
            if whole {
                vec![DeskEffect::Lookup { input }]
            } else {
                vec![DeskEffect::Search { text: input }]
            }
        }
        DeskKey::Back => {
            if !s.input.is_empty() {
                s.input.clear();
            } else {
                s.overlay = s.back.pop();
            }
            Vec::new()
        }
        // Tab leaves a panel for the next view, as the footer says.
        DeskKey::NextTab | DeskKey::PrevTab if s.overlay.is_some() => {
            s.overlay = None;
            s.back.clear();
            tab_key(s, key, settings)
        }
        DeskKey::MyPin => {
            s.overlay = Some(Overlay::MyPin(MyPinForm::default()));
            Vec::new()
        }
        key => match s.overlay.take() {
            Some(overlay) => super::panels::overlay_key(s, overlay, key, settings),
            None => tab_key(s, key, settings),
        },
    }
}

/// The forms take typing for themselves; `None` when no form is open.
fn form_key(s: &mut Session, key: DeskKey, settings: &Settings) -> Option<Vec<DeskEffect>> {
    // The wall clock as of the last load: the desk's own clock counts only milliseconds.
    let now = s
        .data
        .loaded_at
        .map(|t| t.with_timezone(&chrono::Local).naive_local());
    let result = match s.overlay.as_mut()? {
        Overlay::EventForm(form) => super::events::form_key(form, key, now),
        Overlay::StaffForm(form) => super::forms::staff_form_key(form, key),
        Overlay::Close(form) => super::forms::close_key(form, key),
        Overlay::Count(form) => super::forms::count_key(form, key),
        Overlay::MyPin(form) => super::forms::my_pin_key(form, key),
        Overlay::MemberForm(form) => {
            super::members::member_form_key(form, key, &settings.languages)
        }
        Overlay::Exchange(form) => super::members::exchange_key(form, key, &settings.categories),
        Overlay::Intake(form) => {
            super::intake::intake_key(form, key, &settings.categories, &settings.languages)
        }
        Overlay::DropOff(form) => {
            // A slip scanned while the form is open is a lookup, not an item name.
            if key == DeskKey::Confirm && crate::domain::looks_like_payload(&form.item.text()) {
                let input = form.item.take();
                s.overlay = None;
                return Some(vec![DeskEffect::Lookup { input }]);
            }
            super::forms::drop_off_key(form, key, &mut s.notice)
        }
        _ => return None,
    };
    Some(result.unwrap_or_else(|| {
        s.overlay = None;
        Vec::new()
    }))
}

fn tab_key(s: &mut Session, key: DeskKey, settings: &Settings) -> Vec<DeskEffect> {
    let len = list_len(s);
    if move_in(&mut s.cursor, len, key) {
        return Vec::new();
    }
    if s.tab == Tab::Members
        && let Some(effects) = super::members::tab_key(s, key, settings)
    {
        return effects;
    }
    if matches!(s.tab, Tab::Network | Tab::Report)
        && let Some(effects) = super::network::tab_key(s, key)
    {
        return effects;
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
            let all = &settings.categories;
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
            s.data.filter.category = next.checked_sub(1).and_then(|i| all.get(i).copied());
            s.cursor = 0;
            vec![refresh(s)]
        }
        DeskKey::CycleStatus => {
            s.data.filter.view = super::forms::cycle(QUEUE_VIEWS, s.data.filter.view, true);
            s.cursor = 0;
            vec![refresh(s)]
        }
        DeskKey::Recount => vec![refresh(s)],
        DeskKey::Confirm => match s.tab {
            Tab::Queue | Tab::Calls => {
                let list = if s.tab == Tab::Queue {
                    &s.data.queue
                } else {
                    &s.data.calls
                };
                match list.get(s.cursor) {
                    Some(e) => vec![DeskEffect::Open { code: e.code }],
                    None => Vec::new(),
                }
            }
            Tab::Needs => match s.data.needs.get(s.cursor) {
                Some((category, _)) => vec![DeskEffect::LoadNeeds {
                    category: *category,
                }],
                None => Vec::new(),
            },
            Tab::Matches => match s.data.matches.get(s.cursor) {
                Some(m) => match &m.stock {
                    // The shelf ran short since it was proposed: say so rather than fail.
                    Some(i) if i.quantity < m.quantity => {
                        s.notice = Some(Notice::ShortOfStock {
                            item: i.item.clone(),
                            have: i.quantity,
                            want: m.quantity,
                        });
                        Vec::new()
                    }
                    stock => {
                        let kind = match (stock, &m.offer) {
                            (Some(_), _) => Confirmation::Stock,
                            (None, Some(o)) if settings.services.contains(&o.category) => {
                                Confirmation::Service
                            }
                            _ => Confirmation::Offer,
                        };
                        vec![DeskEffect::Confirm {
                            match_id: m.id.clone(),
                            kind,
                        }]
                    }
                },
                None => Vec::new(),
            },
            Tab::Inventory => {
                if let Some(item) = s.data.inventory.get(s.cursor) {
                    s.overlay = Some(Overlay::Count(CountForm::new(item)));
                }
                Vec::new()
            }
            Tab::Printing
            | Tab::Staff
            | Tab::Events
            | Tab::Report
            | Tab::Members
            | Tab::Network => Vec::new(),
        },
        DeskKey::Reprint if s.tab == Tab::Printing => match s.data.unprinted.get(s.cursor) {
            Some(e) => vec![DeskEffect::Reprint { code: e.code }],
            None => Vec::new(),
        },
        DeskKey::NewEntry => {
            s.overlay = Some(Overlay::Intake(Box::new(IntakeForm::new(
                &settings.categories,
                settings
                    .languages
                    .first()
                    .map_or(settings.staff_language.as_str(), String::as_str),
            ))));
            Vec::new()
        }
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
        DeskKey::ToggleAccount => match s.data.staff.get(s.cursor) {
            Some(m) if m.id == s.staff.id => {
                s.notice = Some(Notice::NotAllowed);
                Vec::new()
            }
            Some(m) if m.active => vec![DeskEffect::DisableStaff {
                staff_id: m.id.clone(),
            }],
            Some(m) => vec![DeskEffect::EnableStaff {
                staff_id: m.id.clone(),
            }],
            None => Vec::new(),
        },
        DeskKey::ClearLock => match s.data.staff.get(s.cursor) {
            Some(m) => vec![DeskEffect::ClearLock {
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
                category.unwrap_or(Category::Food),
                1,
                None,
            )));
            Vec::new()
        }
        _ => Vec::new(),
    }
}
