//! Staff accounts, the site, console locks and the audit log, as values.

use chrono::{DateTime, Utc};

use super::Role;

/// Wrong PINs in a row before a name locks.
pub const MAX_FAILED: i64 = 5;
/// Wrong PINs in a row at one console, whatever the names, before it locks (guessing across
/// names does not pay).
pub const MAX_CONSOLE_FAILED: i64 = 10;
/// How long a name or a console stays locked.
pub const LOCK_MINUTES: i64 = 5;

/// A staff account, without its PIN hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub id: String,
    pub name: String,
    pub role: Role,
    pub active: bool,
    /// When too many wrong PINs locked the name, until when (it may have run out).
    pub locked_until: Option<DateTime<Utc>>,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditLine {
    pub at: String,
    pub staff: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// What a console may do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockState {
    /// Open for a PIN; this many wrong ones so far.
    Open { failed: i64 },
    /// Locked until then.
    Locked { until: DateTime<Utc> },
}

/// The local site: its name and the key that signs its slips.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub id: String,
    pub tag: String,
    pub name: String,
    pub secret: Vec<u8>,
}

/// Why PINs cannot be checked on this machine now (see `auth::pepper_status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PepperProblem {
    /// `pepper.key` is missing and the database holds PINs.
    Missing,
    /// `pepper.key` is not the one the PINs were set with.
    Mismatch,
    /// This person's PIN was set with a pepper since replaced.
    StalePin,
}

/// Whether a staff name holds four digits in a row: a PIN typed into the name field, which
/// would then show on every screen that lists staff.
pub fn looks_like_pin(name: &str) -> bool {
    let mut run = 0;
    for c in name.chars() {
        run = if super::ascii_digit(c).is_some() {
            run + 1
        } else {
            0
        };
        if run >= 4 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::looks_like_pin;

    #[test]
    fn four_digits_in_a_row_look_like_a_pin() {
        for pin_in_name in ["LEE4444", "Lee 1357", "٢٤٦٨ Maya", "Sam12345"] {
            assert!(looks_like_pin(pin_in_name), "{pin_in_name}");
        }
        for name in ["Lee", "Volunteer 02", "Desk 1 2 3 4", "Anne-Marie", "李明"] {
            assert!(!looks_like_pin(name), "{name}");
        }
    }
}
