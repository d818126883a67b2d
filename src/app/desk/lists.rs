//! The desk's lists as the keys see them: how long each is, what identifies a row, what to
//! load again, and which results change the lists or close the panel they answer.

use super::*;

/// Rows in the current tab's list.
pub fn list_len(s: &Session) -> usize {
    match s.tab {
        Tab::Queue => s.data.queue.len(),
        Tab::Needs => s.data.needs.len(),
        Tab::Matches => s.data.matches.len(),
        Tab::Inventory => s.data.inventory.len(),
        Tab::Calls => s.data.calls.len(),
        Tab::Printing => s.data.unprinted.len(),
        Tab::Staff => s.data.staff.len(),
        Tab::Events => s.data.events.len(),
        Tab::Members => s.data.members.len(),
        Tab::Report => s.data.report.as_ref().map_or(0, |r| report_rows(r)),
        Tab::Network => s.data.network.as_ref().map_or(0, |n| n.conflicts.len()),
    }
}

/// What identifies row `i` of the current tab's list (an id, or a category).
pub(super) fn row_key(s: &Session, i: usize) -> Option<String> {
    let d = &s.data;
    match s.tab {
        Tab::Queue => d.queue.get(i).map(|e| e.id.clone()),
        Tab::Needs => d.needs.get(i).map(|(c, _)| c.as_str().to_owned()),
        Tab::Matches => d.matches.get(i).map(|m| m.id.clone()),
        Tab::Inventory => d.inventory.get(i).map(|x| x.id.clone()),
        Tab::Calls => d.calls.get(i).map(|e| e.id.clone()),
        Tab::Printing => d.unprinted.get(i).map(|e| e.id.clone()),
        Tab::Staff => d.staff.get(i).map(|m| m.id.clone()),
        Tab::Events => d.events.get(i).map(|e| e.id.clone()),
        Tab::Members => d.members.get(i).map(|m| m.id.clone()),
        Tab::Report => None,
        Tab::Network => d
            .network
            .as_ref()
            .and_then(|n| n.conflicts.get(i))
            .map(|c| format!("{}:{}", c.entry_site, c.entry_id)),
    }
}

/// The selected row's key, if the list has one selected.
pub(super) fn selected_key(s: &Session) -> Option<String> {
    row_key(s, s.cursor)
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
        tab: s.tab,
        report,
        network: report && s.report_network,
    }
}

/// Whether a notice follows a change, so the lists must be loaded again.
pub(super) fn changes(notice: &Notice) -> bool {
    matches!(
        notice,
        Notice::PickedUp(_)
            | Notice::DroppedOff { .. }
            | Notice::SetAside { .. }
            | Notice::HandedOut { .. }
            | Notice::Counted { .. }
            | Notice::Proposed
            | Notice::ProposedElsewhere(_)
            | Notice::Confirmed(_)
            | Notice::Cancelled
            | Notice::ConfirmFailed
            | Notice::Undone(_)
            | Notice::Closed(_)
            | Notice::Connected(_)
            | Notice::Finished(_)
            | Notice::Entered(_)
            | Notice::Printed(_)
            | Notice::PrintFailed(..)
            | Notice::StaffAdded(_)
            | Notice::StaffDisabled(_)
            | Notice::StaffEnabled(_)
            | Notice::LockCleared(_)
            | Notice::EventPosted(_)
            | Notice::EventRemoved(_)
            | Notice::CardPrinted(..)
            | Notice::Reversed
            | Notice::HandedElsewhere(..)
            | Notice::ConflictResolved(_)
    )
}

/// Whether a notice closes the panel it answers.
pub(super) fn closes_panel(notice: &Notice) -> bool {
    matches!(
        notice,
        Notice::PickedUp(_)
            | Notice::DroppedOff { .. }
            | Notice::SetAside { .. }
            | Notice::Counted { .. }
            | Notice::Entered(_)
            | Notice::Proposed
            | Notice::ProposedElsewhere(_)
            | Notice::Undone(_)
            | Notice::Closed(_)
            | Notice::Finished(_)
            | Notice::Cancelled
            | Notice::StaffAdded(_)
            | Notice::PinSet(_)
            | Notice::OldPinWrong
            | Notice::EventPosted(_)
            | Notice::HandedElsewhere(..)
            | Notice::ElsewhereAlready(_)
    )
}
