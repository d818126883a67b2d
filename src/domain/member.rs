//! Members and the time bank: a card that remembers a returning visitor (its language and
//! household size, never a name), and hours given and received, kept as quarter hours in a
//! double-entry ledger (each transfer two legs that sum to zero).

use chrono::{DateTime, Utc};

use super::{Category, SlipCode};

/// Payload marker of a member card: `AK1M.<site>.<card>.<mac>`, signed like a slip's.
pub const CARD_PREFIX: &str = "AK1M";

/// Whether scanned text looks like a member card's payload (`AK1M.…`).
pub fn looks_like_card(text: &str) -> bool {
    text.trim_start()
        .strip_prefix(CARD_PREFIX)
        .is_some_and(|rest| rest.starts_with('.'))
}

/// Most hours one transfer may carry (a day's work is a lot; 100 h is a typing mistake).
pub const MAX_QUARTERS: i64 = 4 * 24;

/// Hours counted in quarter hours, the time bank's unit (TimeOverflow and hOurworld count so).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Quarters(pub i64);

impl Quarters {
    /// Reads hours as a volunteer types them: `2`, `1.5`, `1,75`, `1:30`, `1½`, `¾`. Only
    /// whole quarter hours, more than none and at most [`MAX_QUARTERS`].
    pub fn parse(text: &str) -> Option<Quarters> {
        let text: String = text
            .trim()
            .trim_end_matches(['h', 'H'])
            .trim()
            .chars()
            .map(|c| super::ascii_digit(c).unwrap_or(c))
            .collect();
        // Digits and one separator only: no sign anywhere ("1:-15", "+2").
        if !text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | ',' | '¼' | '½' | '¾'))
        {
            return None;
        }
        let (whole, quarters) = if let Some((h, m)) = text.split_once(':') {
            if m.len() != 2 {
                return None;
            }
            let m: i64 = m.parse().ok().filter(|m| m % 15 == 0 && *m < 60)?;
            (h, m / 15)
        } else if let Some((h, f)) = text.split_once(['.', ',']) {
            let q = match f {
                "0" | "00" => 0,
                "25" => 1,
                "5" | "50" => 2,
                "75" => 3,
                _ => return None,
            };
            (h, q)
        } else if let Some(h) = text.strip_suffix('¼') {
            (h, 1)
        } else if let Some(h) = text.strip_suffix('½') {
            (h, 2)
        } else if let Some(h) = text.strip_suffix('¾') {
            (h, 3)
        } else {
            (text.as_str(), 0)
        };
        let whole: i64 = match whole.trim() {
            "" if quarters > 0 => 0,
            w => w.parse().ok().filter(|w: &i64| (0..=99).contains(w))?,
        };
        let q = whole * 4 + quarters;
        (1..=MAX_QUARTERS).contains(&q).then_some(Quarters(q))
    }

    /// Whole hours, as a config gives them.
    pub fn from_hours(hours: u32) -> Quarters {
        Quarters(i64::from(hours) * 4)
    }

    /// Decimal hours for a spreadsheet: `1.25`.
    pub fn decimal(self) -> String {
        format!("{}", self.0 as f64 / 4.0)
    }

    /// The hours as printed: `2`, `1¾`, `¼`, `−1½`.
    pub fn hours(self) -> String {
        let sign = if self.0 < 0 { "−" } else { "" };
        let n = self.0.unsigned_abs();
        let frac = ["", "¼", "½", "¾"][usize::try_from(n % 4).unwrap_or(0)];
        match (n / 4, frac) {
            (0, "") => "0".into(),
            (0, f) => format!("{sign}{f}"),
            (h, f) => format!("{sign}{h}{f}"),
        }
    }
}

/// Whose hours a ledger leg moves.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Account {
    /// A member, by id.
    Member(String),
    /// The site's own account: hours donated to it, and hours it gives (volunteers without a
    /// card, the network's own time).
    Site,
}

impl Account {
    /// As stored in `leg.account`.
    pub fn as_stored(&self) -> &str {
        match self {
            Account::Member(id) => id,
            Account::Site => "site",
        }
    }
}

/// A member as staff see them: the card, never a name (a nickname only if they gave one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberView {
    pub id: String,
    /// The card that works now (none once it was reported lost and not yet replaced).
    pub card: Option<SlipCode>,
    pub nickname: String,
    pub language: String,
    pub household: Option<u8>,
    /// Hours given and received, each net of corrections (a reversed transfer counts for
    /// neither side).
    pub given: Quarters,
    pub received: Quarters,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

impl MemberView {
    /// Given minus received: what the ledger's legs of this member sum to.
    pub fn balance(&self) -> Quarters {
        Quarters(self.given.0 - self.received.0)
    }

    /// Far in debt: received more than `limit` hours beyond what they gave. Shown, never
    /// enforced (a time bank's soft limit).
    pub fn far_in_debt(&self, limit: Quarters) -> bool {
        self.balance().0 < -limit.0
    }
}

/// What a scanned or typed card is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardCheck {
    Valid(MemberView),
    /// A card replaced by a newer one (reported lost): refused from then on.
    Revoked,
    NotFound,
}

/// A transfer about to be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTransfer {
    pub id: String,
    pub provider: Account,
    pub receiver: Account,
    pub quarters: Quarters,
    pub category: Category,
    /// The need and the offer it fulfilled, when it did (entry ids).
    pub need: Option<String>,
    pub offer: Option<String>,
    pub staff_id: Option<String>,
    pub at: DateTime<Utc>,
}

/// One line of a member's statement: a transfer as seen from their side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementLine {
    pub transfer_id: String,
    pub at: DateTime<Utc>,
    pub category: Category,
    /// Positive: hours they gave; negative: hours they received.
    pub quarters: Quarters,
    /// This line reverses an earlier one (a correction).
    pub reversal: bool,
    /// This line was reversed later.
    pub reversed: bool,
    /// The other side of the transfer.
    pub other: Counterpart,
}

/// Who was on the other side of a transfer, as staff see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counterpart {
    /// The site's own account.
    Site,
    /// A member, by the card they use now (none if they have none).
    Member(Option<SlipCode>),
    /// A member since removed (their legs stay, anonymous).
    Removed,
}

/// Why the ledger refused a transfer or a reversal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    #[error("hours must be whole quarter hours, more than none and at most 24")]
    Hours,
    #[error("the giver and the receiver are the same")]
    SameAccount,
    #[error("no member with that card")]
    NoMember,
    #[error("no such transfer")]
    NoTransfer,
    #[error("a correction cannot itself be reversed: record the transfer again")]
    ReversalOfReversal,
    #[error("this transfer was already reversed")]
    AlreadyReversed,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_typed_in_quarters_in_every_usual_way() {
        for (typed, q) in [
            ("2", 8),
            ("1.5", 6),
            ("1,75", 7),
            ("1:30", 6),
            ("0:15", 1),
            ("1½", 6),
            ("¾", 3),
            (".25", 1),
            ("3 h", 12),
            ("٢", 8),
            ("24", 96),
        ] {
            assert_eq!(Quarters::parse(typed), Some(Quarters(q)), "{typed}");
        }
        for bad in [
            "", "0", "1.3", "1:20", "25", "-1", "abc", "1.5.5", "0:00", "1:-15", "+2", "1:+15",
            "1:5",
        ] {
            assert_eq!(Quarters::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn hours_print_with_their_quarter() {
        assert_eq!(Quarters(0).hours(), "0");
        assert_eq!(Quarters(1).hours(), "¼");
        assert_eq!(Quarters(7).hours(), "1¾");
        assert_eq!(Quarters(8).hours(), "2");
        assert_eq!(Quarters(-6).hours(), "−1½");
    }
}
