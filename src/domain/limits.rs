//! How much may be typed where: one place for every limit, so a form, its check and its
//! screen agree.

/// Longest free-text note a visitor can type.
pub const DETAIL: usize = 200;
/// Longest first name (visitor or staff).
pub const NAME: usize = 40;
/// Longest phone number, counting spaces and punctuation.
pub const PHONE: usize = 20;
/// Largest quantity or household size.
pub const QUANTITY: u8 = 99;
/// Digits of a quantity.
pub const QUANTITY_DIGITS: usize = 2;
/// Shortest and longest staff PIN.
pub const PIN_MIN: usize = 4;
/// See [`PIN_MIN`].
pub const PIN_MAX: usize = 8;
/// Longest text on a scan line or the check screen (a payload is 35 characters).
pub const SCAN: usize = 64;
/// Longest site name.
pub const SITE_NAME: usize = 60;
/// Longest stock item name.
pub const ITEM: usize = 60;
/// Digits of a stock count.
pub const COUNT_DIGITS: usize = 4;
/// Longest typed time ("2026-12-05 10:00").
pub const TIME: usize = 16;
/// Longest gathering title or place.
pub const EVENT_TEXT: usize = 80;

/// Whether `pin` is 4 to 8 ASCII digits.
pub fn valid_pin(pin: &str) -> bool {
    (PIN_MIN..=PIN_MAX).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Digits a phone number has at least (a short local number has five).
pub const PHONE_MIN_DIGITS: usize = 5;

/// Most things one visit puts on one ticket (what a slip lists and a desk hands over in a
/// row; a household with more comes back to the kiosk, or the desk enters them).
pub const TICKET_ITEMS: usize = 6;
