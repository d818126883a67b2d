//! The staff desk: sign in with a name and a PIN, scan slips, hand things over once, bring
//! offers in, match needs with offers, put people in touch, put mistakes right. The same state
//! machine runs behind F2 on the kiosk and as `aidkiosk staff` on a second screen.

mod events;
mod forms;
mod intake;
pub mod keymap;
mod lists;
mod members;
mod messages;
mod network;
mod panels;
mod update;

pub use forms::{
    CLOSE_REASONS, CloseForm, CountForm, DropField, DropOffForm, MyPinForm, StaffField, StaffForm,
    pin_field,
};
pub use intake::{IntakeField, IntakeForm, IntakeProblem};
pub use keymap::DeskKey;
pub use lists::list_len;
pub use members::{
    EXCHANGE_FIELDS, ExchangeForm, ExchangeProblem, MemberAction, MemberForm, MemberPanel,
};
pub use messages::{DeskAction, DeskEffect, Notice};
pub use update::update;

use chrono::{DateTime, Utc};

use super::text::{Accept, FieldCycle, TextField};
use crate::domain::event::EventProblem;
use crate::domain::limits;
use crate::domain::report::GapReport;
use crate::domain::{
    Candidate, Category, CloseReason, Connection, Draft, EntryView, EventRecord, InventoryItem,
    MatchView, PepperProblem, Pickup, QueueFilter, QueueView, Role, SlipCode, StaffMember, Status,
};

/// A staff console: locked, or open for one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desk {
    /// Which console this is (wrong PINs are counted per name and per console).
    pub console: String,
    pub phase: Phase,
}

/// Locked or open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    Locked(Unlock),
    Open(Box<Session>),
}

/// The sign-in screen: type your name, then your PIN. No list of names is shown: F2 is pressed
/// in a public room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unlock {
    pub name: TextField,
    pub pin: TextField,
    pub field: UnlockField,
    pub message: Option<UnlockMessage>,
    pub checking: bool,
    /// Whether any account exists (`None` until known).
    pub any_staff: Option<bool>,
}

/// The sign-in's two fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnlockField {
    Name,
    Pin,
}

impl Default for Unlock {
    fn default() -> Self {
        Unlock {
            name: TextField::new(Accept::Text, limits::NAME),
            pin: pin_field(),
            field: UnlockField::Name,
            message: None,
            checking: false,
            any_staff: None,
        }
    }
}

/// Why the desk is still locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnlockMessage {
    /// The name and PIN do not match (which one is not said).
    Wrong { left: i64 },
    /// Too many wrong tries for this name or at this console.
    Locked { until: DateTime<Utc> },
    /// The PIN could not be checked (the database could not be written); try again.
    Failed,
    /// PINs cannot be checked with this machine's pepper.
    Pepper(PepperProblem),
}

/// The views a signed-in volunteer moves between with Tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Queue,
    Needs,
    Matches,
    Inventory,
    /// Who asked to be called or to have things brought.
    Calls,
    /// Slips that never printed, and how the printer is.
    Printing,
    /// Gatherings for the visitors' board: post and take down.
    Events,
    /// Member cards and the time bank's hours.
    Members,
    /// The gap report of the last weeks.
    Report,
    /// The network's sites, files not applied, and conflicts to sort out (#14).
    Network,
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
            Tab::Calls => "tab-calls",
            Tab::Printing => "tab-printing",
            Tab::Events => "tab-events",
            Tab::Members => "tab-members",
            Tab::Report => "tab-report",
            Tab::Network => "tab-network",
            Tab::Staff => "tab-staff",
        }
    }

    /// The tabs `role` sees, in order: everyone's, then the staff accounts for coordinators.
    pub fn all(role: Role) -> &'static [Tab] {
        const ALL: [Tab; 11] = [
            Tab::Queue,
            Tab::Needs,
            Tab::Matches,
            Tab::Inventory,
            Tab::Calls,
            Tab::Printing,
            Tab::Events,
            Tab::Members,
            Tab::Report,
            Tab::Network,
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
/// Rows the queue and the other lists load at most (the list says when there are more).
pub const LIST_MAX: i64 = 2000;
/// Most needs of one category listed to match.
pub const NEEDS_MAX: i64 = 500;

/// A signed-in volunteer's desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub staff: StaffMember,
    /// What the scanner or the keyboard has typed on the scan line.
    pub input: TextField,
    pub tab: Tab,
    pub overlay: Option<Overlay>,
    /// The lists an open panel was reached from, the nearest last: Esc goes back to where the
    /// volunteer was in them (a need list, what a search found).
    pub back: Vec<Overlay>,
    pub notice: Option<Notice>,
    pub data: Data,
    /// Cursor in the current tab's list.
    pub cursor: usize,
    /// When the database was last asked whether another process wrote (runtime clock).
    pub checked_at: crate::app::Millis,
    /// When the report was last counted because another process wrote.
    pub report_counted: crate::app::Millis,
    /// The Gaps tab shows every site of the network (F6), not this one's report.
    pub report_network: bool,
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
            back: Vec::new(),
            notice: None,
            data: Data::default(),
            cursor: 0,
            checked_at: 0,
            report_counted: 0,
            report_network: false,
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
    /// How many rows each view of the queue has, in the chosen category.
    pub counts: Vec<(QueueView, i64)>,
    pub needs: Vec<(Category, i64)>,
    pub matches: Vec<MatchView>,
    pub inventory: Vec<InventoryItem>,
    pub calls: Vec<EntryView>,
    pub unprinted: Vec<EntryView>,
    pub staff: Vec<StaffMember>,
    /// Gatherings not yet over.
    pub events: Vec<EventRecord>,
    /// Members, the most recently seen first.
    pub members: Vec<crate::domain::member::MemberView>,
    /// The network, while its tab shows.
    pub network: Option<Box<crate::domain::network::NetworkView>>,
    /// Needs made and met at each site of the network, while the Gaps tab shows the network.
    pub net_days: Option<Vec<crate::domain::network::NetDay>>,
    /// Loaded only while the report tab shows (it reads a year of counts).
    pub report: Option<Box<GapReport>>,
    /// The report is being counted (again): the last one shows meanwhile, marked so.
    pub counting: bool,
}

/// An entry opened at the desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryPanel {
    pub entry: EntryView,
    /// Its code was typed, not scanned (no signature was checked): a hand-over asks staff to
    /// check who it is first.
    pub typed: bool,
    /// Enter was pressed once on a typed code: the next Enter hands it over.
    pub confirming: bool,
}

/// Another site's ticket opened at the desk: what is on it, to hand over here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElsewherePanel {
    pub ticket: crate::domain::network::NetTicket,
    pub cursor: usize,
    /// Its code was typed (or its QR could not be checked): a hand-over asks staff first.
    pub typed: bool,
    pub confirming: bool,
}

/// What a confirmed match leads to, for the volunteer's next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmation {
    /// Set aside from stock: the need is ready to hand over.
    Stock,
    /// An offer of goods: its person is to bring it in.
    Offer,
    /// A service: the two people are to be put in touch.
    Service,
}

/// A panel over the tabs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// A scanned or chosen entry.
    Entry(EntryPanel),
    /// Two people just put in touch: both contacts, for staff.
    Connected(Box<Connection>),
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
    /// Every thing on a ticket of several, scanned or typed: each is handed over on its
    /// own, and the list comes back after each while any is still to do.
    Ticket {
        code: SlipCode,
        list: Vec<EntryView>,
        cursor: usize,
        /// Typed, not scanned: each hand-over asks for a check.
        typed: bool,
    },
    /// What a search found.
    Found {
        text: String,
        list: Vec<EntryView>,
        cursor: usize,
    },
    DropOff(DropOffForm),
    /// A coordinator adding an account (`id` none) or giving one a new PIN.
    StaffForm(StaffForm),
    /// Posting a gathering.
    EventForm(EventForm),
    /// Closing an entry with a reason.
    Close(CloseForm),
    /// Typing what the shelf holds.
    Count(CountForm),
    /// A need or an offer entered for someone on the phone or on a paper form.
    Intake(Box<IntakeForm>),
    /// Changing one's own PIN.
    MyPin(MyPinForm),
    /// A member: their hours and transfers.
    Member(Box<MemberPanel>),
    /// Recording an exchange of hours.
    Exchange(Box<ExchangeForm>),
    /// Making a member card at the desk.
    MemberForm(MemberForm),
    /// A ticket of another site of the network.
    Elsewhere(Box<ElsewherePanel>),
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

/// The views the queue cycles through with F5, what needs doing first.
pub const QUEUE_VIEWS: &[QueueView] = QueueView::ALL;

impl Desk {
    /// A locked desk on `console`; ask whether anyone can sign in with
    /// [`DeskEffect::LoadStaff`].
    pub fn locked(console: &str) -> Desk {
        Desk {
            console: console.to_owned(),
            phase: Phase::Locked(Unlock::default()),
        }
    }
}
