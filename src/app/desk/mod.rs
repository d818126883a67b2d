//! The staff desk: unlock with a PIN, scan slips, hand things over once, record drop-offs,
//! match needs with offers. The same state machine runs behind F2 on the kiosk and as
//! `aidkiosk staff` on a second screen.

mod events;
mod forms;
pub mod keymap;
mod update;

pub use keymap::DeskKey;
pub use update::update;

use chrono::{DateTime, Utc};

use super::text::{Accept, FieldCycle, TextField};
use crate::domain::event::EventProblem;
use crate::domain::limits;
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unlock {
    pub staff: Vec<StaffMember>,
    pub cursor: usize,
    pub chosen: Option<usize>,
    pub pin: TextField,
    pub message: Option<UnlockMessage>,
    pub checking: bool,
    /// Swallowing a scanned payload until its Enter.
    pub ignoring: bool,
}

impl Default for Unlock {
    fn default() -> Self {
        Unlock {
            staff: Vec::new(),
            cursor: 0,
            chosen: None,
            pin: pin_field(),
            message: None,
            checking: false,
            ignoring: false,
        }
    }
}

/// A PIN as it is typed: digits, shown as dots.
pub fn pin_field() -> TextField {
    TextField::masked(Accept::Digits, limits::PIN_MAX)
}

/// Why the desk is still locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnlockMessage {
    WrongPin {
        left: i64,
    },
    Locked {
        until: DateTime<Utc>,
    },
    /// The PIN could not be checked (the database could not be written); try again.
    Failed,
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
    /// Its name in the catalogs.
    pub fn msg_id(self) -> &'static str {
        match self {
            Tab::Queue => "tab-queue",
            Tab::Needs => "tab-needs",
            Tab::Matches => "tab-matches",
            Tab::Inventory => "tab-inventory",
            Tab::Events => "tab-events",
            Tab::Report => "tab-report",
            Tab::Staff => "tab-staff",
        }
    }

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
/// "Waiting" on the desk's report: needs older than this many days.
pub const REPORT_WAITING_DAYS: u32 = 7;

/// A signed-in volunteer's desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub staff: StaffMember,
    /// What the scanner or the keyboard has typed on the scan line.
    pub input: TextField,
    pub tab: Tab,
    pub overlay: Option<Overlay>,
    pub notice: Option<Notice>,
    pub data: Data,
    /// Cursor in the current tab's list.
    pub cursor: usize,
    /// When the database was last asked whether another process wrote (runtime clock).
    pub checked_at: crate::app::Millis,
    /// When the report was last counted because another process wrote.
    pub report_counted: crate::app::Millis,
}

/// How often an open desk asks whether another process wrote.
pub const CHANGES_EVERY_MS: crate::app::Millis = 1_000;
/// Least time between two recounts of the report caused by other processes' writes.
pub const REPORT_EVERY_MS: crate::app::Millis = 30_000;

impl Session {
    /// A fresh desk for `staff`, on the queue.
    pub fn new(staff: StaffMember) -> Session {
        Session {
            staff,
            input: TextField::new(Accept::Code, limits::SCAN),
            tab: Tab::Queue,
            overlay: None,
            notice: None,
            data: Data::default(),
            cursor: 0,
            checked_at: 0,
            report_counted: 0,
        }
    }
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
    /// The report is being counted (again): the last one shows meanwhile, marked so.
    pub counting: bool,
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
    pub starts: TextField,
    pub ends: TextField,
    pub place: TextField,
    /// (language tag, title), the staff language first.
    pub titles: Vec<(String, TextField)>,
    /// The field being typed: starts, ends, place, then the titles in order.
    pub field: FieldCycle,
    /// What stopped the last attempt to post, and for a title, in which language.
    pub problem: Option<(EventProblem, Option<String>)>,
}

impl EventForm {
    /// The fixed fields before the titles.
    pub const FIXED: usize = 3;

    /// An empty form with a title field for each of `languages`, `staff` first.
    pub fn new(languages: &[String], staff: &str) -> EventForm {
        let title = || TextField::new(Accept::Text, limits::EVENT_TEXT);
        let mut titles = vec![(staff.to_owned(), title())];
        titles.extend(
            languages
                .iter()
                .filter(|l| *l != staff)
                .map(|l| (l.clone(), title())),
        );
        EventForm {
            starts: TextField::new(Accept::Time, limits::TIME),
            ends: TextField::new(Accept::Time, limits::TIME),
            place: TextField::new(Accept::Text, limits::EVENT_TEXT),
            titles,
            field: FieldCycle::default(),
            problem: None,
        }
    }

    /// How many fields the form has.
    pub fn len(&self) -> usize {
        Self::FIXED + self.titles.len()
    }

    /// Whether the form has no fields (never: it always has its fixed ones).
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The field being typed.
    pub fn current(&mut self) -> Option<&mut TextField> {
        match self.field.at {
            0 => Some(&mut self.starts),
            1 => Some(&mut self.ends),
            2 => Some(&mut self.place),
            i => self.titles.get_mut(i - Self::FIXED).map(|(_, t)| t),
        }
    }
}

/// Add a staff member, or set a PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffForm {
    /// The account whose PIN is changed; none when adding.
    pub id: Option<String>,
    pub name: TextField,
    pub role: Role,
    pub pin: TextField,
    pub field: StaffField,
}

impl StaffForm {
    /// The form that adds an account.
    pub fn adding() -> StaffForm {
        StaffForm {
            id: None,
            name: TextField::new(Accept::Text, limits::NAME),
            role: Role::Volunteer,
            pin: pin_field(),
            field: StaffField::Name,
        }
    }

    /// The form that gives `member` a new PIN.
    pub fn new_pin(member: &StaffMember) -> StaffForm {
        StaffForm {
            id: Some(member.id.clone()),
            name: TextField::new(Accept::Text, limits::NAME).with_text(&member.name),
            role: member.role,
            pin: pin_field(),
            field: StaffField::Pin,
        }
    }
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
    pub item: TextField,
    pub quantity: TextField,
    pub field: DropField,
    /// The offer slip this drop-off fulfils, if any.
    pub offer: Option<SlipCode>,
}

impl DropOffForm {
    /// A drop-off of `quantity` in `category`, for `offer`'s slip if any.
    pub fn new(category: Category, quantity: i64, offer: Option<SlipCode>) -> DropOffForm {
        DropOffForm {
            category,
            item: TextField::new(Accept::Text, limits::ITEM),
            quantity: TextField::new(Accept::Digits, limits::COUNT_DIGITS)
                .with_text(&quantity.to_string()),
            field: DropField::Item,
            offer,
        }
    }
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
    /// Whether another process wrote since the last look; answered with `Changed` if so.
    CheckChanges,
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
    /// A key, by what it does here (see [`keymap`]).
    Key(DeskKey),
    // Results of effects:
    StaffLoaded(Vec<StaffMember>),
    Unlocked(Result<StaffMember, UnlockMessage>),
    Refreshed(Box<Data>),
    /// Another process wrote to the database.
    Changed,
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
