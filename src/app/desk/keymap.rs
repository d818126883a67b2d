//! The desk's key tables, one per context (the unlock screen, each tab, each panel, the
//! forms), on top of the keys every open desk shares. F-keys are named for what they do where
//! they are bound.

use super::{Desk, Overlay, Phase, Tab};
use crate::app::input::Key;
use crate::app::keymap::{Binding, Hint, KeyName, Pat, Shown, find};
use crate::app::text::Edit;

/// What a key does at the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeskKey {
    /// A character for the scan line, a PIN or a form.
    Char(char),
    /// An edit of the text being typed (Backspace, Delete, ←→ in a form's text).
    Edit(Edit),
    Confirm,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    NextTab,
    PrevTab,
    /// The previous or next value of a form's choice (a category, a role).
    PrevChoice,
    NextChoice,
    /// The queue: previous or next category filter.
    PrevCategory,
    NextCategory,
    /// The queue: the next status filter.
    CycleStatus,
    /// The report: count again.
    Recount,
    /// Record items brought in.
    RecordDropOff,
    /// Hand out one of the selected stock.
    HandOutOne,
    /// Cancel the selected proposed match.
    CancelMatch,
    /// Find matches for the entry shown.
    FindMatch,
    /// Print the shown entry's slip again.
    Reprint,
    /// Gatherings: post one, take the selected one down.
    PostGathering,
    RemoveGathering,
    /// Staff: add an account, give the selected one a new PIN, disable or enable it, clear
    /// its lock.
    AddAccount,
    SetAccountPin,
    ToggleAccount,
    ClearLock,
    /// An entry: undo its hand-over or drop-off.
    Undo,
    /// An entry: close it, with a reason.
    CloseEntry,
    /// The queue: a need or an offer for someone not at the kiosk.
    NewEntry,
    /// Members: a new card, a card replacing a lost one, an exchange of hours, reversing
    /// a transfer (a correction).
    NewCard,
    ReplaceCard,
    Exchange,
    Reverse,
    /// The network: mark the chosen conflict sorted out.
    Resolve,
    /// The Gaps tab: this site's report, or every site of the network.
    NetworkReport,
    /// Change one's own PIN.
    MyPin,
    /// Lock the desk (on the kiosk: back to visitors).
    Lock,
}

/// Where the desk's keys are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Unlock,
    Tab(Tab),
    Entry,
    Connected,
    /// A list that leads to an entry (needs, candidates, what a search found).
    Pick,
    DropOffForm,
    StaffForm,
    EventForm,
    /// A form whose ←→ choose (a caller's entry).
    ChoiceForm,
    /// Closing an entry: one list of reasons, ↑↓ (or ←→) to choose.
    CloseForm,
    /// A form of typed fields only (a count, one's own PIN).
    TextForm,
    /// A member opened.
    Member,
}

const fn fixed(key: &'static str, action: &'static str) -> Option<Hint> {
    Some(Hint {
        key: KeyName::Fixed(key),
        action,
        shown: Shown::Always,
    })
}

const fn bind(keys: &'static [Pat], action: DeskKey, hint: Option<Hint>) -> Binding<DeskKey> {
    Binding { keys, action, hint }
}

use DeskKey as D;
use Pat::Key as K;

/// Moving in a list.
const MOVE: &[Binding<DeskKey>] = &[
    bind(&[K(Key::Up)], D::Up, fixed("↑↓", "key-move")),
    bind(&[K(Key::Down)], D::Down, None),
    bind(&[K(Key::PageUp)], D::PageUp, None),
    bind(&[K(Key::PageDown)], D::PageDown, None),
    bind(&[K(Key::Home)], D::First, None),
    bind(&[K(Key::End)], D::Last, None),
];

/// Every open desk without a form: views, the scan line, locking.
const OPEN: &[Binding<DeskKey>] = &[
    bind(&[K(Key::Tab)], D::NextTab, fixed("Tab", "key-next-view")),
    bind(&[K(Key::BackTab)], D::PrevTab, None),
    bind(&[K(Key::Esc)], D::Back, fixed("Esc", "key-close")),
    bind(
        &[K(Key::F(10)), K(Key::F(2))],
        D::Lock,
        fixed("F10", "key-lock"),
    ),
    bind(&[K(Key::F(12))], D::MyPin, fixed("F12", "key-my-pin")),
    bind(&[K(Key::Backspace)], D::Edit(Edit::Erase), None),
    bind(&[Pat::Digit, Pat::Char], D::Char('\0'), None),
];

/// A form: fields, choices, text.
const FORM: &[Binding<DeskKey>] = &[
    bind(
        &[K(Key::Tab), K(Key::Down)],
        D::NextTab,
        fixed("Tab", "key-next-field"),
    ),
    bind(&[K(Key::BackTab), K(Key::Up)], D::PrevTab, None),
    bind(&[K(Key::Enter)], D::Confirm, fixed("Enter", "key-save")),
    bind(&[K(Key::Esc)], D::Back, fixed("Esc", "key-cancel")),
    bind(&[K(Key::Backspace)], D::Edit(Edit::Erase), None),
    bind(&[K(Key::Delete)], D::Edit(Edit::Delete), None),
    bind(&[K(Key::Home)], D::Edit(Edit::Home), None),
    bind(&[K(Key::End)], D::Edit(Edit::End), None),
    bind(&[K(Key::F(10)), K(Key::F(2))], D::Lock, None),
    bind(&[Pat::Digit, Pat::Char], D::Char('\0'), None),
];

/// The keys bound in `context`, most specific first.
pub fn tables(context: Context) -> Vec<&'static [Binding<DeskKey>]> {
    const UNLOCK: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Enter)], D::Confirm, fixed("Enter", "key-ok")),
        bind(
            &[K(Key::Tab), K(Key::Down), K(Key::Up)],
            D::NextTab,
            fixed("Tab", "key-next-field"),
        ),
        bind(&[K(Key::Esc)], D::Back, fixed("Esc", "key-back")),
        bind(&[K(Key::Backspace)], D::Edit(Edit::Erase), None),
        bind(&[K(Key::F(10)), K(Key::F(2))], D::Lock, None),
        bind(&[Pat::Digit, Pat::Char], D::Char('\0'), None),
    ];
    const QUEUE: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Enter)], D::Confirm, fixed("Enter", "key-open")),
        bind(
            &[K(Key::Left)],
            D::PrevCategory,
            fixed("←→", "key-category"),
        ),
        bind(&[K(Key::Right)], D::NextCategory, None),
        bind(&[K(Key::F(5))], D::CycleStatus, fixed("F5", "key-status")),
        bind(
            &[K(Key::F(6))],
            D::RecordDropOff,
            fixed("F6", "key-drop-off"),
        ),
        bind(&[K(Key::F(7))], D::NewEntry, fixed("F7", "key-new-entry")),
    ];
    const OPEN_ROW: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Enter)], D::Confirm, fixed("Enter", "key-open")),
        bind(
            &[K(Key::F(6))],
            D::RecordDropOff,
            fixed("F6", "key-drop-off"),
        ),
    ];
    const MATCHES: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Enter)], D::Confirm, fixed("Enter", "key-confirm")),
        bind(&[K(Key::F(8))], D::CancelMatch, fixed("F8", "key-cancel")),
        bind(&[K(Key::F(6))], D::RecordDropOff, None),
    ];
    const INVENTORY: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Enter)], D::Confirm, fixed("Enter", "key-count")),
        bind(
            &[K(Key::F(6))],
            D::RecordDropOff,
            fixed("F6", "key-drop-off"),
        ),
        bind(&[K(Key::F(7))], D::HandOutOne, fixed("F7", "key-hand-out")),
    ];
    const PRINTING: &[Binding<DeskKey>] = &[bind(
        &[K(Key::Enter), K(Key::F(4))],
        D::Reprint,
        fixed("Enter", "key-reprint"),
    )];
    const EVENTS: &[Binding<DeskKey>] = &[
        bind(&[K(Key::F(6))], D::PostGathering, fixed("F6", "key-post")),
        bind(
            &[K(Key::F(7))],
            D::RemoveGathering,
            fixed("F7", "key-take-down"),
        ),
    ];
    const REPORT: &[Binding<DeskKey>] = &[
        bind(&[K(Key::F(5))], D::Recount, fixed("F5", "key-count-again")),
        bind(
            &[K(Key::F(6))],
            D::NetworkReport,
            fixed("F6", "key-network-report"),
        ),
    ];
    const MEMBERS: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Enter)], D::Confirm, fixed("Enter", "key-open")),
        bind(&[K(Key::F(6))], D::NewCard, fixed("F6", "key-new-card")),
        bind(&[K(Key::F(7))], D::Exchange, fixed("F7", "key-exchange")),
    ];
    const MEMBER: &[Binding<DeskKey>] = &[
        bind(&[K(Key::F(7))], D::Exchange, fixed("F7", "key-exchange")),
        bind(&[K(Key::F(4))], D::Reprint, fixed("F4", "key-statement")),
        bind(
            &[K(Key::F(8))],
            D::ReplaceCard,
            fixed("F8", "key-replace-card"),
        ),
        bind(&[K(Key::F(3))], D::Reverse, fixed("F3", "key-reverse")),
    ];
    const STAFF: &[Binding<DeskKey>] = &[
        bind(&[K(Key::F(6))], D::AddAccount, fixed("F6", "key-add")),
        bind(
            &[K(Key::F(4))],
            D::SetAccountPin,
            fixed("F4", "key-new-pin"),
        ),
        bind(
            &[K(Key::F(7))],
            D::ToggleAccount,
            fixed("F7", "key-disable"),
        ),
        bind(&[K(Key::F(8))], D::ClearLock, fixed("F8", "key-clear-lock")),
    ];
    // Enter, F3, F8, F9 and F6 depend on where the entry is: its panel lists those that apply.
    const ENTRY: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Enter)], D::Confirm, None),
        bind(&[K(Key::F(3))], D::Undo, None),
        bind(&[K(Key::F(4))], D::Reprint, fixed("F4", "key-reprint")),
        bind(
            &[K(Key::F(7))],
            D::CloseEntry,
            fixed("F7", "key-close-entry"),
        ),
        bind(&[K(Key::F(8))], D::CancelMatch, None),
        bind(&[K(Key::F(9))], D::FindMatch, None),
        bind(&[K(Key::F(6))], D::RecordDropOff, None),
    ];
    const NETWORK: &[Binding<DeskKey>] = &[bind(
        &[K(Key::F(3))],
        D::Resolve,
        fixed("F3", "key-resolve"),
    )];
    const PICK: &[Binding<DeskKey>] = &[bind(
        &[K(Key::Enter)],
        D::Confirm,
        fixed("Enter", "key-choose"),
    )];
    const DROP_OFF_FORM: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Left)], D::PrevChoice, fixed("←→", "key-category")),
        bind(&[K(Key::Right)], D::NextChoice, None),
    ];
    const STAFF_FORM: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Left)], D::PrevChoice, fixed("←→", "key-role")),
        bind(&[K(Key::Right)], D::NextChoice, None),
    ];
    const CHOICE_FORM: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Left)], D::PrevChoice, fixed("←→", "key-choose")),
        bind(&[K(Key::Right)], D::NextChoice, None),
    ];
    const CLOSE_FORM: &[Binding<DeskKey>] = &[
        bind(
            &[K(Key::Up), K(Key::Left)],
            D::PrevChoice,
            fixed("↑↓", "key-choose"),
        ),
        bind(&[K(Key::Down), K(Key::Right)], D::NextChoice, None),
        bind(&[K(Key::Enter)], D::Confirm, fixed("Enter", "key-save")),
        bind(&[K(Key::Esc)], D::Back, fixed("Esc", "key-cancel")),
        bind(&[K(Key::F(10)), K(Key::F(2))], D::Lock, None),
    ];
    const TEXT_FORM: &[Binding<DeskKey>] = &[
        bind(&[K(Key::Left)], D::Edit(Edit::Left), None),
        bind(&[K(Key::Right)], D::Edit(Edit::Right), None),
    ];
    match context {
        Context::Unlock => vec![UNLOCK],
        Context::Tab(tab) => vec![
            match tab {
                Tab::Queue => QUEUE,
                Tab::Needs | Tab::Calls => OPEN_ROW,
                Tab::Matches => MATCHES,
                Tab::Inventory => INVENTORY,
                Tab::Printing => PRINTING,
                Tab::Events => EVENTS,
                Tab::Members => MEMBERS,
                Tab::Network => NETWORK,
                Tab::Report => REPORT,
                Tab::Staff => STAFF,
            },
            MOVE,
            OPEN,
        ],
        Context::Entry => vec![ENTRY, OPEN],
        Context::Connected => vec![OPEN],
        Context::Pick => vec![PICK, MOVE, OPEN],
        Context::DropOffForm => vec![DROP_OFF_FORM, FORM],
        Context::StaffForm => vec![STAFF_FORM, FORM],
        Context::EventForm => vec![TEXT_FORM, FORM],
        Context::ChoiceForm => vec![CHOICE_FORM, FORM],
        Context::CloseForm => vec![CLOSE_FORM],
        Context::TextForm => vec![TEXT_FORM, FORM],
        Context::Member => vec![MEMBER, MOVE, OPEN],
    }
}

/// Where `desk` reads its keys now.
pub fn context(desk: &Desk) -> Context {
    match &desk.phase {
        Phase::Locked(_) => Context::Unlock,
        Phase::Open(s) => match &s.overlay {
            None => Context::Tab(s.tab),
            Some(Overlay::Entry(_)) => Context::Entry,
            Some(Overlay::Connected(_)) => Context::Connected,
            Some(
                Overlay::NeedList { .. }
                | Overlay::Candidates { .. }
                | Overlay::Found { .. }
                | Overlay::Ticket { .. }
                | Overlay::Elsewhere(_),
            ) => Context::Pick,
            Some(Overlay::DropOff(_)) => Context::DropOffForm,
            Some(Overlay::StaffForm(_)) => Context::StaffForm,
            Some(Overlay::EventForm(_)) => Context::EventForm,
            Some(Overlay::Close(_)) => Context::CloseForm,
            Some(Overlay::Intake(_) | Overlay::Exchange(_) | Overlay::MemberForm(_)) => {
                Context::ChoiceForm
            }
            Some(Overlay::Member(_)) => Context::Member,
            Some(Overlay::Count(_) | Overlay::MyPin(_)) => Context::TextForm,
        },
    }
}

/// The desk action for `key`, or `None` when nothing here answers it.
pub fn action(desk: &Desk, key: Key) -> Option<DeskKey> {
    let binding = tables(context(desk))
        .into_iter()
        .find_map(|t| find(t, key))?;
    Some(match (binding.action, key) {
        (D::Char(_), Key::Char(c)) => D::Char(c),
        (D::Char(_), _) => return None,
        (action, _) => action,
    })
}

/// The hints the desk's footer shows in `context`, without repeats.
pub fn hints(context: Context) -> Vec<Hint> {
    let mut out: Vec<Hint> = Vec::new();
    for table in tables(context) {
        for hint in table.iter().filter_map(|b| b.hint) {
            if !out.iter().any(|h| h.key == hint.key) {
                out.push(hint);
            }
        }
    }
    out
}
