//! Keys of the network at the desk (#14): another site's ticket to hand over here, and the
//! Network tab's conflicts to mark sorted out.

use super::update::move_in;
use super::*;
use crate::app::Settings;
use crate::domain::lifecycle::{self, Step};

/// The Network tab: F3 marks the chosen conflict sorted out (after staff called the other
/// site). Other keys are the tab's usual ones.
pub(super) fn tab_key(s: &mut Session, key: DeskKey) -> Option<Vec<DeskEffect>> {
    // The Gaps tab: F6 switches between this site and the whole network.
    if s.tab == Tab::Report {
        if key != DeskKey::NetworkReport {
            return None;
        }
        s.report_network = !s.report_network;
        s.cursor = 0;
        return Some(vec![super::lists::refresh(s)]);
    }
    if key != DeskKey::Resolve {
        return None;
    }
    let conflict = s
        .data
        .network
        .as_ref()
        .and_then(|n| n.conflicts.get(s.cursor))?;
    Some(vec![DeskEffect::ResolveConflict {
        entry_site: conflict.entry_site.clone(),
        entry_id: conflict.entry_id.clone(),
        code: conflict.code.clone(),
    }])
}

/// Another site's ticket: ↑↓ choose a thing, Enter hands it over here (a typed code asks
/// staff to check who it is first, as at home).
pub(super) fn elsewhere_key(
    s: &mut Session,
    mut panel: Box<ElsewherePanel>,
    key: DeskKey,
    settings: &Settings,
) -> Vec<DeskEffect> {
    let mut effects = Vec::new();
    if key == DeskKey::Confirm {
        if let Some(item) = panel.ticket.items.get(panel.cursor) {
            let path = lifecycle::path(item.category, &settings.services);
            let step = lifecycle::main_step(item.kind, path, item.status);
            if !item.handed_at.is_empty() {
                s.notice = Some(Notice::ElsewhereAlready(panel.ticket.code));
            } else if step != Some(Step::HandOver) {
                s.notice = Some(Notice::NotNow(panel.ticket.code, item.status));
            } else if panel.typed && !panel.confirming {
                panel.confirming = true;
            } else {
                effects.push(DeskEffect::HandOverElsewhere {
                    site: panel.ticket.site.clone(),
                    site_name: panel.ticket.site_name.clone(),
                    entry_id: item.entry_id.clone(),
                    code: panel.ticket.code,
                });
            }
        }
    } else if move_in(&mut panel.cursor, panel.ticket.items.len(), key) {
        panel.confirming = false;
    }
    s.overlay = Some(Overlay::Elsewhere(panel));
    effects
}
