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
    /// When and by whom it was handed over.
    pub picked_up: Option<(DateTime<Utc>, String)>,
}

/// What a pickup did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pickup {
    /// Marked now.
    Done,
    /// Refused: already handed over, then, by that person.
    Already {
        at: DateTime<Utc>,
        by: String,
    },
    NotFound,
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
    Offer(EntryView),
    Stock(InventoryItem),
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
}

/// Filters for the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueFilter {
    pub category: Option<Category>,
    pub status: Option<Status>,
}

/// One category's open counts on the visitors' board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoardRow {
    pub category: Category,
    pub needs: u32,
    pub offers: u32,
}
