//! The staff desk: unlock with a PIN, scan slips, hand things over once, record drop-offs,
//! match needs with offers. The same state machine runs behind F2 on the kiosk and as
//! `aidkiosk staff` on a second screen.

mod events;
mod forms;
mod update;

pub use update::update;

use chrono::{DateTime, Utc};

use crate::domain::event::EventProblem;
use crate::domain::report::GapReport;
use crate::domain::{
    Candidate, EntryView, EventRecord, InventoryItem, LockState, MatchView, Pickup, QueueFilter,
    Role, StaffMember,
};
use crate::domain::{Category, SlipCode, Status};

/// A staff console: locked, or open for one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desk {
    /// Which console this is (lockouts are per console).
    pub console: String,
    pub phase: Phase,
}

/// Locked or open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    Locked(Unlock),
    Open(Box<Session>),
}

/// The unlock screen: pick your name, type your PIN.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Unlock {
    pub staff: Vec<StaffMember>,
    pub cursor: usize,
    pub chosen: Option<usize>,
    pub pin: String,
    pub message: Option<UnlockMessage>,
    pub checking: bool,
    /// Swallowing a scanned payload until its Enter.
    pub ignoring: bool,
}

/// Why the desk is still locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnlockMessage {
    WrongPin { left: i64 },
    Locked { until: DateTime<Utc> },
}

impl UnlockMessage {
    /// The message for a console's lock state after a wrong PIN.
    pub fn after_failure(state: LockState) -> Self {
        match state {
            LockState::Locked { until } => UnlockMessage::Locked { until },
            LockState::Open { failed } => UnlockMessage::WrongPin {
                left: crate::domain::MAX_FAILED - failed,
            },
        }
    }
}

/// The views a signed-in volunteer moves between with Tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Queue,
    Needs,
    Matches,
    Inventory,
    /// Gatherings for the visitors' board: post and take down.
    Events,
    /// The gap report of the last weeks.
    Report,
    /// Coordinators only: staff accounts.
    Staff,
}

impl Tab {
    /// The tabs `role` sees, in order: everyone's, then the staff accounts for coordinators.
    pub fn all(role: Role) -> &'static [Tab] {
        const ALL: [Tab; 7] = [
            Tab::Queue,
            Tab::Needs,
            Tab::Matches,
            Tab::Inventory,
            Tab::Events,
            Tab::Report,
            Tab::Staff,
        ];
        match role {
            Role::Coordinator => &ALL,
            Role::Volunteer => &ALL[..ALL.len() - 1],
        }
    }
}

/// Weeks the desk's gap report covers.
pub const REPORT_WEEKS: i64 = 12;
/// How far ↑↓ scroll the report (its lines: a dozen categories and a few summaries, more
/// where long words wrap).
pub const REPORT_LINES: usize = 32;
/// "Waiting" on the desk's report: needs older than this many days.
pub const REPORT_WAITING_DAYS: u32 = 7;

/// A signed-in volunteer's desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub staff: StaffMember,
    /// What the scanner or the keyboard has typed on the scan line.
    pub input: String,
    pub tab: Tab,
    pub overlay: Option<Overlay>,
    pub notice: Option<Notice>,
    pub data: Data,
    /// Cursor in the current tab's list.
    pub cursor: usize,
}

/// What the desk shows, as last loaded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Data {
    /// Wall-clock time of the load, for "3 minutes ago".
    pub loaded_at: Option<DateTime<Utc>>,
    pub filter: QueueFilter,
    pub queue: Vec<EntryView>,
    pub needs: Vec<(Category, i64)>,
    pub matches: Vec<MatchView>,
    pub inventory: Vec<InventoryItem>,
    pub staff: Vec<StaffMember>,
    /// Gatherings not yet over.
    pub events: Vec<EventRecord>,
    /// Loaded only while the report tab shows (it reads a year of counts).
    pub report: Option<Box<GapReport>>,
}

/// A panel over the tabs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// A scanned or chosen entry.
    Entry(EntryView),
    /// Open needs of one category, to pick one to match.
    NeedList {
        category: Category,
        needs: Vec<EntryView>,
        cursor: usize,
    },
    /// What could meet a need.
    Candidates {
        need: EntryView,
        list: Vec<Candidate>,
        cursor: usize,
    },
    DropOff(DropOffForm),
    /// A coordinator adding an account (`id` none) or giving one a new PIN.
    StaffForm(StaffForm),
    /// Posting a gathering.
    EventForm(EventForm),
}

/// Post a gathering: times typed as site-local "YYYY-MM-DD HH:MM", a place, and a title in each
/// of the site's languages (the staff language's is required, the others fall back to it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventForm {
    pub starts: String,
    pub ends: String,
    pub place: String,
    /// (language tag, title), the staff language first.
    pub titles: Vec<(String, String)>,
    /// The field being typed: 0 starts, 1 ends, 2 place, 3… the titles in order.
    pub field: usize,
    /// What stopped the last attempt to post, and for a title, in which language.
    pub problem: Option<(EventProblem, Option<String>)>,
}

impl EventForm {
    /// The fixed fields before the titles.
    pub const FIXED: usize = 3;

    /// An empty form with a title field for each of `languages`, `staff` first.
    pub fn new(languages: &[String], staff: &str) -> EventForm {
        let mut titles = vec![(staff.to_owned(), String::new())];
        titles.extend(
            languages
                .iter()
                .filter(|l| *l != staff)
                .map(|l| (l.clone(), String::new())),
        );
        EventForm {
            starts: String::new(),
            ends: String::new(),
            place: String::new(),
            titles,
            field: 0,
            problem: None,
        }
    }
}

/// Add a staff member, or set a PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffForm {
    /// The account whose PIN is changed; none when adding.
    pub id: Option<String>,
    pub name: String,
    pub role: Role,
    pub pin: String,
    pub field: StaffField,
}

/// Fields of the staff form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffField {
    Name,
    Pin,
}

/// The drop-off form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DropOffForm {
    pub category: Category,
    pub item: String,
    pub quantity: String,
    pub field: DropField,
    /// The offer slip this drop-off fulfils, if any.
    pub offer: Option<SlipCode>,
}

/// Fields of the drop-off form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropField {
    Item,
    Quantity,
}

/// The result of the last action, shown on the desk until the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    PickedUp(SlipCode),
    AlreadyPicked {
        code: SlipCode,
        at: DateTime<Utc>,
        by: String,
    },
    RefusedSignature,
    RefusedSite(String),
    RefusedFormat,
    NotFound(String),
    DroppedOff {
        item: String,
        quantity: i64,
    },
    HandedOut {
        item: String,
        left: i64,
    },
    NoneLeft(String),
    Proposed,
    Confirmed,
    ConfirmFailed,
    Cancelled,
    Reprinted(SlipCode),
    StaffAdded(String),
    StaffDisabled(String),
    PinSet(String),
    /// A gathering was posted (its title in the staff language).
    EventPosted(String),
    EventRemoved(String),
    /// Not for this role, or not for yourself.
    NotAllowed,
    Error,
}

/// What the desk asks the runtime to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskEffect {
    LoadStaff,
    Unlock {
        console: String,
        staff_id: String,
        pin: String,
    },
    Refresh {
        filter: QueueFilter,
        /// Count the gap report too (the report tab is showing).
        report: bool,
    },
    Lookup {
        input: String,
    },
    Pickup {
        code: SlipCode,
    },
    LoadNeeds {
        category: Category,
    },
    LoadCandidates {
        need: Box<EntryView>,
    },
    Propose {
        need_id: String,
        with: Box<Candidate>,
        quantity: i64,
    },
    Confirm {
        match_id: String,
    },
    Cancel {
        match_id: String,
    },
    DropOff {
        category: Category,
        item: String,
        quantity: i64,
        offer: Option<SlipCode>,
    },
    HandOut {
        inventory_id: String,
    },
    Reprint {
        code: SlipCode,
    },
    AddStaff {
        name: String,
        role: Role,
        pin: String,
    },
    SetPin {
        staff_id: String,
        pin: String,
    },
    DisableStaff {
        staff_id: String,
    },
    PostEvent {
        starts: chrono::NaiveDateTime,
        ends: chrono::NaiveDateTime,
        place: String,
        titles: Vec<(String, String)>,
    },
    RemoveEvent {
        id: String,
        title: String,
    },
    Lock {
        staff_id: String,
    },
}

/// What a key or a finished effect means at the desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskAction {
    Char(char),
    Erase,
    Confirm,
    Back,
    Up,
    Down,
    Left,
    Right,
    NextTab,
    PrevTab,
    /// F5: cycle the queue's status filter.
    StatusFilter,
    /// F6: record a drop-off.
    DropOff,
    /// F7: hand out one of the selected stock.
    HandOut,
    /// F8: cancel the selected proposed match.
    CancelMatch,
    /// F9: find matches for the entry shown.
    FindMatch,
    /// F4: print the shown entry's slip again.
    Reprint,
    /// F10 or F2: lock the desk (on the kiosk: back to visitors).
    Lock,
    // Results of effects:
    StaffLoaded(Vec<StaffMember>),
    Unlocked(Result<StaffMember, UnlockMessage>),
    Refreshed(Box<Data>),
    Found(Result<Box<EntryView>, Notice>),
    PickedUp(SlipCode, Pickup),
    NeedsLoaded(Category, Vec<EntryView>),
    CandidatesLoaded(Vec<Candidate>),
    Done(Notice),
}

/// Status filters the queue cycles through with F5.
pub const STATUS_FILTERS: [Option<Status>; 4] = [
    None,
    Some(Status::Open),
    Some(Status::Matched),
    Some(Status::PickedUp),
];

impl Desk {
    /// A locked desk on `console`; ask for the staff list with [`DeskEffect::LoadStaff`].
    pub fn locked(console: &str) -> Desk {
        Desk {
            console: console.to_owned(),
            phase: Phase::Locked(Unlock::default()),
        }
    }
}
