//! The kiosk's vocabulary and rules, free of I/O: kinds, categories, answers, slip codes.

mod code;
mod entry;
pub mod event;
pub mod lifecycle;
pub mod limits;
pub mod member;
pub mod network;
mod questions;
pub mod report;
mod staff;

pub use code::{CodeError, PREFIX, SlipCode, decode_base32, encode_base32, looks_like_payload};
pub use entry::{
    BoardRow, Candidate, Connection, EntryView, InventoryItem, MatchView, NewEntry, Partner,
    Pickup, QueueFilter, SlipRecord,
};
pub use event::{EventInfo, EventRecord, NewEvent};
pub use questions::{Count, PhoneWanted, phone_digits};
pub use staff::{
    AuditLine, LOCK_MINUTES, LockState, MAX_CONSOLE_FAILED, MAX_FAILED, PepperProblem, Site,
    StaffMember, looks_like_pin,
};

use serde::{Deserialize, Serialize};

macro_rules! id_enum {
    ($(#[$m:meta])* $name:ident ($prefix:literal) {
        $($(#[$vm:meta])* $variant:ident = $id:literal),+ $(,)?
    }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($(#[$vm])* #[serde(rename = $id)] $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Stable id used in config, the database and message ids.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// Parses the stable id.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($id => Some($name::$variant),)+ _ => None }
            }

            /// The catalog message that names this value (`category-food`).
            pub fn msg_id(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, "-", $id)),+ }
            }
        }
    };
}

id_enum! {
    /// Whether an entry asks for something or gives something. Both are treated alike.
    Kind ("kind") {
        Need = "need",
        Offer = "offer",
    }
}

id_enum! {
    /// A staff role: volunteers run the desk, coordinators also manage accounts.
    Role ("role") {
        Volunteer = "volunteer",
        Coordinator = "coordinator",
    }
}

id_enum! {
    /// What an entry is about. The site chooses which ones it shows and in which order.
    Category ("category") {
        Food = "food",
        Hygiene = "hygiene",
        BabyChild = "baby-child",
        Clothing = "clothing",
        Housing = "housing",
        Transport = "transport",
        Childcare = "childcare",
        Medical = "medical",
        Skills = "skills",
        LanguageTech = "language-tech",
        Companionship = "companionship",
        Other = "other",
    }
}

impl Category {
    /// A simple, widely recognised picture of the category: one emoji that every colour emoji
    /// font has (Noto Color Emoji in the kiosk stack), two cells wide in a terminal. Each has
    /// default emoji presentation, so no variation selector is needed and widths agree.
    pub fn symbol(self) -> &'static str {
        match self {
            Category::Food => "\u{1F34E}",          // red apple
            Category::Hygiene => "\u{1F9FC}",       // soap
            Category::BabyChild => "\u{1F37C}",     // baby bottle
            Category::Clothing => "\u{1F455}",      // t-shirt
            Category::Housing => "\u{1F3E0}",       // house
            Category::Transport => "\u{1F68C}",     // bus
            Category::Childcare => "\u{1F9F8}",     // teddy bear
            Category::Medical => "\u{1F48A}",       // pill
            Category::Skills => "\u{1F527}",        // wrench
            Category::LanguageTech => "\u{1F4AC}",  // speech balloon
            Category::Companionship => "\u{1F91D}", // handshake
            Category::Other => "\u{2795}",          // heavy plus sign
        }
    }
}

id_enum! {
    /// How soon the need or offer matters.
    Urgency ("urgency") {
        Today = "today",
        Week = "week",
        Flexible = "flexible",
    }
}

id_enum! {
    /// How the hand-over happens.
    Mode ("mode") {
        Pickup = "pickup",
        Delivery = "delivery",
        Call = "call",
    }
}

id_enum! {
    /// Where an entry stands on its path (see [`lifecycle`]).
    Status ("status") {
        Open = "open",
        /// Matched with an offer (or a need) that has not come in yet.
        Matched = "matched",
        /// A need whose goods are set aside at the desk, waiting to be handed over.
        Ready = "ready",
        /// A need handed over.
        PickedUp = "picked",
        /// An offer of goods brought in.
        Received = "received",
        /// A service: the two people were put in touch.
        Connected = "connected",
        /// Finished: an offer whose need was handed over, a service that happened.
        Done = "done",
        Closed = "closed",
    }
}

id_enum! {
    /// What the desk's queue shows: what needs doing by default, the rest behind F5.
    QueueView ("queue") {
        /// Open, matched, ready or connected: what a volunteer can act on.
        ToDo = "todo",
        Open = "open",
        Matched = "matched",
        Ready = "ready",
        Connected = "connected",
        /// Handed over, brought in or done today.
        Fulfilled = "fulfilled",
        /// Closed today.
        Closed = "closed",
    }
}

impl QueueView {
    /// The statuses it shows.
    pub fn statuses(self) -> &'static [Status] {
        match self {
            QueueView::ToDo => &[
                Status::Open,
                Status::Matched,
                Status::Ready,
                Status::Connected,
            ],
            QueueView::Open => &[Status::Open],
            QueueView::Matched => &[Status::Matched],
            QueueView::Ready => &[Status::Ready],
            QueueView::Connected => &[Status::Connected],
            QueueView::Fulfilled => &[Status::PickedUp, Status::Received, Status::Done],
            QueueView::Closed => &[Status::Closed],
        }
    }

    /// Whether it shows only what changed today (what is finished piles up).
    pub fn today_only(self) -> bool {
        matches!(self, QueueView::Fulfilled | QueueView::Closed)
    }
}

id_enum! {
    /// Why an entry was closed before its end.
    CloseReason ("close-reason") {
        /// Nobody came for it within `entry_ttl_days`.
        Expired = "expired",
        /// The visitor no longer needs it (or can no longer give it).
        NotNeeded = "not-needed",
        /// Staff could not reach them.
        Unreachable = "unreachable",
        /// Entered twice.
        Duplicate = "duplicate",
        Other = "other",
    }
}

/// A question of the details form, in its order on screen (its digit is index + 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Quantity,
    Urgency,
    Mode,
    Detail,
    Name,
    Phone,
}

impl Field {
    /// Every field, in screen order.
    pub const ALL: [Field; 6] = [
        Field::Quantity,
        Field::Urgency,
        Field::Mode,
        Field::Detail,
        Field::Name,
        Field::Phone,
    ];
}

/// What a visitor is filling in; every answer has a default so Enter always moves on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub kind: Kind,
    pub category: Category,
    pub quantity: u8,
    pub urgency: Urgency,
    pub mode: Mode,
    pub detail: String,
    pub name: String,
    pub phone: String,
}

impl Draft {
    /// A draft with the defaults a visitor sees first.
    pub fn new(kind: Kind, category: Category) -> Self {
        Draft {
            kind,
            category,
            quantity: 1,
            urgency: Urgency::Week,
            mode: Mode::Pickup,
            detail: String::new(),
            name: String::new(),
            phone: String::new(),
        }
    }

    /// The typed answer of a text question (empty for the others).
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::Detail => &self.detail,
            Field::Name => &self.name,
            Field::Phone => &self.phone,
            Field::Quantity | Field::Urgency | Field::Mode => "",
        }
    }
}

/// The ASCII digit a decimal digit of any script stands for (Arabic-Indic ٣, Persian ۳,
/// full-width ３, Devanagari ३ …), so a visitor's own keyboard layout types numbers too.
pub fn ascii_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    // Each script's digits are ten consecutive code points starting at zero.
    const ZEROS: [u32; 21] = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0x1946, 0xFF10,
    ];
    let n = u32::from(c);
    ZEROS
        .iter()
        .find(|z| (**z..**z + 10).contains(&n))
        .and_then(|z| char::from_digit(n - z, 10))
}

/// Whether `c` may be typed into a phone number.
pub fn is_phone_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')')
}

/// Whether `c` may be typed into free text (no control characters, no bidi overrides that
/// could make a note display as something else).
pub fn is_text_char(c: char) -> bool {
    !c.is_control() && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
