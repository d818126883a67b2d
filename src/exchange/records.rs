//! The records of format 1: what one site tells the others, each owned by the site that wrote
//! the file. A record is the whole current state of one thing, so a later one replaces an
//! earlier one of the same owner and id, and applying a file twice changes nothing.
//!
//! Nothing personal is here, by construction: these types have no field for a name, a phone
//! number, a note, an address, a PIN or a key. `tests/network.rs` plants those in every site
//! and scans every file's bytes for them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One line of a change file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "lowercase")]
pub enum Record {
    Site(SiteRecord),
    Entry(EntryRecord),
    Handover(HandoverRecord),
    Resolved(ResolvedRecord),
    Proposal(ProposalRecord),
    Answer(AnswerRecord),
    Event(EventRecord),
    Stock(StockRecord),
    Day(DayRecord),
}

impl Record {
    /// A line of a file as a record; `None` for a type this version does not know (a later
    /// addition within format 1 is skipped, not refused).
    pub fn from_value(value: serde_json::Value) -> Option<Record> {
        serde_json::from_value(value).ok()
    }

    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// The key a later record of the same owner replaces this one by.
    pub fn key(&self) -> String {
        match self {
            Record::Site(_) => "site".to_owned(),
            Record::Entry(e) => format!("entry {}", e.id),
            Record::Handover(h) => format!("handover {}", h.id),
            Record::Resolved(r) => format!("resolved {}:{}", r.entry_site, r.entry_id),
            Record::Proposal(p) => format!("proposal {}", p.id),
            Record::Answer(a) => format!("answer {}:{}", a.proposal_site, a.proposal_id),
            Record::Event(e) => format!("event {}", e.id),
            Record::Stock(s) => format!("stock {}|{}", s.category, s.item),
            Record::Day(d) => format!("day {}|{}|{}", d.day, d.category, d.kind),
        }
    }
}

/// The writing site as visitors of other sites are told of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteRecord {
    pub name: String,
    pub place: String,
    pub hours: String,
}

/// A need or an offer, without its contact or note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryRecord {
    pub id: String,
    pub kind: String,
    pub category: String,
    pub quantity: i64,
    pub urgency: String,
    pub mode: String,
    pub status: String,
    pub language: String,
    pub created: String,
    pub updated: String,
    /// Its ticket's code, and the printed code of the ticket when it is a later thing on it.
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<String>,
    /// SHA-256 (hex, first 16 bytes) of the QR text of its printed ticket: another site checks
    /// a scanned QR against it, so a forged QR is refused there too without the slip secret.
    pub qr: String,
    /// When it was handed over at its own site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handed: Option<String>,
}

/// Another site's ticket handed over here: this site's record, never an edit of the owner's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoverRecord {
    pub id: String,
    pub entry_site: String,
    pub entry_id: String,
    pub at: String,
}

/// A conflict (one ticket handed over at two sites) that this site's staff sorted out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResolvedRecord {
    pub entry_site: String,
    pub entry_id: String,
    pub at: String,
}

/// A need of this site proposed to be met by another site's offer: that site's desk confirms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalRecord {
    pub id: String,
    pub need_site: String,
    pub need_id: String,
    pub offer_site: String,
    pub offer_id: String,
    pub quantity: i64,
    pub at: String,
}

/// The offer's site's answer to a proposal: confirmed, or declined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub proposal_site: String,
    pub proposal_id: String,
    pub confirmed: bool,
    pub at: String,
}

/// A gathering, with its titles per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: String,
    pub starts: String,
    pub ends: String,
    pub place: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed: Option<String>,
    pub titles: BTreeMap<String, String>,
}

/// What is on a shelf.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StockRecord {
    pub category: String,
    pub item: String,
    pub quantity: i64,
    pub updated: String,
}

/// One day's counts of one category and kind, as the site's own report counts them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRecord {
    pub day: String,
    pub category: String,
    pub kind: String,
    pub created: i64,
    pub handed: i64,
    pub expired: i64,
}

/// The SHA-256 of a ticket's QR text as `EntryRecord::qr` holds it.
pub fn qr_digest(payload: &str) -> String {
    use sha2::{Digest, Sha256};
    super::hex(&Sha256::digest(payload.as_bytes())[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_of_an_unknown_type_is_skipped_not_refused() {
        let v = serde_json::json!({"t": "ride", "id": "x"});
        assert_eq!(Record::from_value(v), None);
        let day = Record::Day(DayRecord {
            day: "2026-12-03".into(),
            category: "food".into(),
            kind: "need".into(),
            created: 3,
            handed: 1,
            expired: 0,
        });
        assert_eq!(Record::from_value(day.to_value()), Some(day.clone()));
        assert_eq!(day.to_value()["t"], "day");
    }
}
