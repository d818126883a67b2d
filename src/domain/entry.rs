//! Entries as the store keeps them and staff see them: slips, pickups, stock and matches.

use chrono::{DateTime, Utc};

use super::{Category, Draft, Kind, Mode, SlipCode, Status, Urgency};

/// An entry about to be saved: the visitor's answers, in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    pub id: String,
    pub draft: Draft,
    pub language: String,
}

/// A slip with the entry it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlipRecord {
    pub code: SlipCode,
    pub entry_id: String,
    pub kind: Kind,
    pub category: Category,
    pub quantity: u8,
    pub urgency: Urgency,
    pub mode: Mode,
    pub name: String,
    pub language: String,
    pub status: Status,
    pub issued_at: DateTime<Utc>,
    pub printed_at: Option<DateTime<Utc>>,
}

/// An entry with everything staff may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryView {
    pub id: String,
    pub code: SlipCode,
    pub kind: Kind,
    pub category: Category,
    pub quantity: u8,
    pub urgency: Urgency,
    pub mode: Mode,
    pub language: String,
    pub status: Status,
    pub created_at: DateTime<Utc>,
    pub detail: String,
    pub name: String,
    pub phone: String,
    /// When and by whom it was handed over (a need) or brought in (an offer).
    pub picked_up: Option<(DateTime<Utc>, String)>,
    /// When its status last changed.
    pub updated_at: DateTime<Utc>,
    /// Why it was closed, if it was.
    pub closed_reason: Option<super::CloseReason>,
    /// The code printed on the visitor's ticket: `code` itself, unless it is one of several
    /// things on a ticket and not the first.
    pub ticket: SlipCode,
    /// What it is matched with (only where one entry is shown: its panel at the desk).
    pub partner: Option<Partner>,
}

/// What a step at the desk did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pickup {
    /// Done now.
    Done,
    /// Refused: already handed over (or brought in), then, by that person.
    Already {
        at: DateTime<Utc>,
        by: String,
    },
    NotFound,
    /// Refused: not a step this entry can take now (an offer cannot be handed over, a ride is
    /// not brought in, a closed entry stays closed).
    NotNow(Status),
    /// Refused: undoing someone else's hand-over needs a coordinator.
    NotYours,
    /// Refused: a mistake can be undone the same day only.
    TooLate,
    /// Refused: what was brought in has been handed out since.
    StockGone,
}

/// What an entry is matched with, as its panel at the desk shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    pub match_id: String,
    /// Proposed only, not yet confirmed.
    pub proposed: bool,
    /// The other entry, or none for a match with stock.
    pub code: Option<SlipCode>,
    pub kind: Option<Kind>,
    pub category: Category,
    pub status: Option<Status>,
    /// A match with stock: the item set aside.
    pub item: Option<String>,
    /// A goods offer brought in for the need: what came.
    pub received: Option<(String, i64)>,
}

/// Two people a volunteer puts in touch (a service): each side's contact, for staff only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    pub need: EntryView,
    pub offer: EntryView,
}

/// A row of the inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InventoryItem {
    pub id: String,
    pub category: Category,
    pub item: String,
    pub quantity: i64,
}

/// Something that could meet a need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidate {
    Offer(Box<EntryView>),
    Stock(InventoryItem),
    /// An open offer of another site of the network: a proposal its desk confirms.
    Network(Box<super::network::NetOffer>),
}

/// A proposed or confirmed match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchView {
    pub id: String,
    pub need: EntryView,
    pub offer: Option<EntryView>,
    pub stock: Option<InventoryItem>,
    pub quantity: i64,
    pub confirmed: bool,
    /// Proposed by another site of the network for an offer here: that site's name.
    pub site: Option<String>,
}

/// Filters for the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueFilter {
    pub category: Option<Category>,
    pub view: super::QueueView,
}

impl Default for QueueFilter {
    fn default() -> Self {
        QueueFilter {
            category: None,
            view: super::QueueView::ToDo,
        }
    }
}

/// One category's open counts on the visitors' board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoardRow {
    pub category: Category,
    pub needs: u32,
    pub offers: u32,
    /// Open needs of the network's other sites (0 for a site on its own).
    pub network: u32,
}
