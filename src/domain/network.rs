//! The network of sites (#14) as people see it: the sites, what was not applied, another
//! site's ticket, and the conflicts that offline work made. Nothing personal: a site's name,
//! place and hours; a ticket's code and what is on it.

use crate::domain::{Category, Kind, Mode, SlipCode, Status};

/// A site of the network as this one knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetSite {
    pub tag: String,
    pub name: String,
    pub place: String,
    pub hours: String,
    pub verify_key: Vec<u8>,
    pub is_local: bool,
    pub joined_at: Option<String>,
    pub removed_at: Option<String>,
    /// Its last file applied here (this site: the last one written).
    pub applied: u64,
    /// When that file was written there.
    pub file_at: Option<String>,
    /// Files there after a gap, waiting for it to fill.
    pub waiting: u64,
}

/// A file that was not applied, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub site: String,
    pub file: String,
    pub kind: String,
    pub reason: String,
    pub at: String,
}

/// One thing on another site's ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetItem {
    pub entry_id: String,
    pub kind: Kind,
    pub category: Category,
    pub status: Status,
    pub mode: Mode,
    pub quantity: i64,
    pub language: String,
    /// Handed over: where (a site's name; this site's too).
    pub handed_at: Vec<String>,
}

/// Another site's ticket, with where that site is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetTicket {
    pub site: String,
    pub site_name: String,
    pub place: String,
    pub hours: String,
    /// Its printed code.
    pub code: SlipCode,
    /// The SHA-256 its QR must have (see `exchange::records::qr_digest`).
    pub qr: String,
    pub items: Vec<NetItem>,
}

/// One ticket handed over at more than one site while they were apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub entry_site: String,
    pub entry_id: String,
    pub code: String,
    pub category: String,
    /// Each hand-over: (the site's name, when).
    pub handovers: Vec<(String, String)>,
}

/// The desk's Network tab: each site, the files not applied, the conflicts to sort out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NetworkView {
    /// This site has a network key (`aidkiosk network create`).
    pub in_network: bool,
    pub sites: Vec<NetSite>,
    pub problems: Vec<Problem>,
    pub conflicts: Vec<Conflict>,
}

/// Needs of one category at one site over a report's days (`report gaps --network`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetDay {
    pub site: String,
    pub category: String,
    pub made: i64,
    pub met: i64,
    pub expired: i64,
}

/// Another site's open offer, as a candidate to meet a need here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetOffer {
    pub site: String,
    pub site_name: String,
    /// The offer as an entry, without contact (its site keeps that).
    pub entry: crate::domain::EntryView,
}
