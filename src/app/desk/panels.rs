//! Keys on the desk's panels: an entry, two people put in touch, and the lists that lead to an
//! entry (needs to match, candidates, what a search found).

use super::update::move_in;
use super::*;
use crate::app::Settings;
use crate::domain::lifecycle::{self, Step};
use crate::domain::{CloseReason, Kind};

/// Keys on an open panel; the panel stays unless a key closes or replaces it.
pub(super) fn overlay_key(
    s: &mut Session,
    overlay: Overlay,
    key: DeskKey,
    settings: &Settings,
) -> Vec<DeskEffect> {
    match overlay {
        Overlay::Entry(panel) => entry_key(s, panel, key, settings),
        Overlay::Member(panel) => super::members::panel_key(s, panel, key, settings),
        Overlay::Elsewhere(panel) => super::network::elsewhere_key(s, panel, key, settings),
        Overlay::NeedList {
            category,
            needs,
            mut cursor,
        } => {
            if key == DeskKey::Confirm {
                if let Some(need) = needs.get(cursor) {
                    let need = need.clone();
                    s.back.push(Overlay::NeedList {
                        category,
                        needs,
                        cursor,
                    });
                    s.overlay = Some(Overlay::Entry(EntryPanel {
                        entry: need.clone(),
                        typed: false,
                        confirming: false,
                    }));
                    return vec![DeskEffect::LoadCandidates {
                        need: Box::new(need),
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
        Overlay::Ticket {
            code,
            list,
            mut cursor,
            typed,
        } => {
            if key == DeskKey::Confirm
                && let Some(e) = list.get(cursor)
            {
                let entry = e.clone();
                s.back.push(Overlay::Ticket {
                    code,
                    list,
                    cursor,
                    typed,
                });
                s.overlay = Some(Overlay::Entry(EntryPanel {
                    entry,
                    typed,
                    confirming: false,
                }));
                return Vec::new();
            }
            move_in(&mut cursor, list.len(), key);
            s.overlay = Some(Overlay::Ticket {
                code,
                list,
                cursor,
                typed,
            });
            Vec::new()
        }
        Overlay::Found {
            text,
            list,
            mut cursor,
        } => {
            if key == DeskKey::Confirm
                && let Some(e) = list.get(cursor)
            {
                // Opened from a list, not scanned: its hand-over asks for a check.
                let entry = e.clone();
                s.back.push(Overlay::Found { text, list, cursor });
                s.overlay = Some(Overlay::Entry(EntryPanel {
                    entry,
                    typed: true,
                    confirming: false,
                }));
                return Vec::new();
            }
            move_in(&mut cursor, list.len(), key);
            s.overlay = Some(Overlay::Found { text, list, cursor });
            Vec::new()
        }
        overlay => {
            s.overlay = Some(overlay);
            Vec::new()
        }
    }
}

/// Keys on an entry's panel: Enter takes its next step (hand over, bring in, put in touch,
/// mark done), F3 undoes a mistake, F4 prints again, F7 closes it, F8 cancels its match, F9
/// looks for a match.
fn entry_key(
    s: &mut Session,
    mut panel: EntryPanel,
    key: DeskKey,
    settings: &Settings,
) -> Vec<DeskEffect> {
    let e = &panel.entry;
    let code = e.code;
    let path = lifecycle::path(e.category, &settings.services);
    let mut effects = Vec::new();
    match key {
        DeskKey::Confirm => match lifecycle::main_step(e.kind, path, e.status) {
            Some(Step::HandOver) if panel.typed && !panel.confirming => {
                // A typed code was not signed: staff check who it is before it goes.
                panel.confirming = true;
            }
            Some(Step::HandOver) => effects.push(DeskEffect::Pickup { code }),
            Some(Step::Receive) => {
                let offer = Some(code);
                s.overlay = Some(Overlay::DropOff(DropOffForm::new(
                    e.category,
                    i64::from(e.quantity),
                    offer,
                )));
                return Vec::new();
            }
            Some(Step::Connect) => effects.push(DeskEffect::Connect { code }),
            Some(Step::Finish) => effects.push(DeskEffect::Finish { code }),
            // The panel already says when and by whom it was done.
            _ if e.picked_up.is_some() => {}
            _ => s.notice = Some(Notice::NotNow(code, e.status)),
        },
        DeskKey::Undo => effects.push(DeskEffect::Undo { code }),
        DeskKey::Reprint => effects.push(DeskEffect::Reprint { code }),
        DeskKey::CloseEntry if lifecycle::is_active(e.status) => {
            s.overlay = Some(Overlay::Close(CloseForm {
                entry: e.clone(),
                reason: CloseReason::NotNeeded,
            }));
            return Vec::new();
        }
        DeskKey::CancelMatch => match &e.partner {
            Some(p) if matches!(e.status, Status::Matched | Status::Ready) => {
                effects.push(DeskEffect::Cancel {
                    match_id: p.match_id.clone(),
                })
            }
            _ => s.notice = Some(Notice::NotNow(code, e.status)),
        },
        DeskKey::FindMatch if e.kind == Kind::Need && e.status == Status::Open => {
            effects.push(DeskEffect::LoadCandidates {
                need: Box::new(e.clone()),
            });
        }
        DeskKey::RecordDropOff => {
            s.overlay = Some(Overlay::DropOff(DropOffForm::new(e.category, 1, None)));
            return Vec::new();
        }
        _ => {}
    }
    s.overlay = Some(Overlay::Entry(panel));
    effects
}

/// Shows a ticket of several things, the cursor on the first with a step to take now.
pub(super) fn open_ticket(
    s: &mut Session,
    code: SlipCode,
    list: Vec<EntryView>,
    typed: bool,
    settings: &Settings,
) {
    let cursor = list.iter().position(|e| to_do(e, settings)).unwrap_or(0);
    s.overlay = Some(Overlay::Ticket {
        code,
        list,
        cursor,
        typed,
    });
}

/// After a step on an entry opened from a ticket: the ticket again when another of its
/// things is still active (loaded afresh, so the list shows what was just done).
pub(super) fn ticket_after(s: &Session) -> Option<DeskEffect> {
    let Some(Overlay::Ticket {
        code, list, typed, ..
    }) = s
        .back
        .iter()
        .rev()
        .find(|o| matches!(o, Overlay::Ticket { .. }))
    else {
        return None;
    };
    // The thing just acted on, when its panel is what answered.
    let done = match &s.overlay {
        Some(Overlay::Entry(panel)) => Some(panel.entry.id.as_str()),
        _ => None,
    };
    list.iter()
        .any(|e| Some(e.id.as_str()) != done && lifecycle::is_active(e.status))
        .then_some(DeskEffect::OpenTicket {
            code: *code,
            typed: *typed,
        })
}

/// Whether an entry has a step for the desk to take now (hand over, bring in …).
fn to_do(e: &EntryView, settings: &Settings) -> bool {
    let path = lifecycle::path(e.category, &settings.services);
    lifecycle::main_step(e.kind, path, e.status).is_some()
}
