//! Where time and randomness come from: the system's, or fixed ones for tests.

use chrono::{DateTime, Utc};

/// Fills a buffer with random bytes.
pub type RandomSource = Box<dyn FnMut(&mut [u8]) + Send>;

/// Where time and randomness come from; tests inject fixed ones.
pub struct Env {
    pub now: Box<dyn Fn() -> DateTime<Utc> + Send>,
    pub random: RandomSource,
}

impl Env {
    /// The system clock and the operating system's random numbers.
    pub fn system() -> Env {
        Env {
            now: Box::new(Utc::now),
            random: Box::new(|buf| {
                if let Err(e) = getrandom::fill(buf) {
                    // No entropy source at all: nothing on a kiosk works; say so loudly.
                    tracing::error!(%e, "no random numbers from the operating system");
                }
            }),
        }
    }

    /// A fixed clock and a seeded generator, so tests and snapshots are repeatable.
    pub fn fixed(now: DateTime<Utc>, seed: u64) -> Env {
        let mut x = seed.max(1);
        Env {
            now: Box::new(move || now),
            random: Box::new(move |buf| {
                for b in buf.iter_mut() {
                    // xorshift64: deterministic, good enough for test ids.
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    *b = (x >> 24) as u8;
                }
            }),
        }
    }

    pub(super) fn bytes<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        (self.random)(&mut out);
        out
    }

    /// A new ULID from this clock and randomness.
    pub fn ulid(&mut self) -> String {
        let ms = u64::try_from((self.now)().timestamp_millis()).unwrap_or(0);
        let random = u128::from_be_bytes({
            let mut b = [0u8; 16];
            b[6..].copy_from_slice(&self.bytes::<10>());
            b
        });
        ulid::Ulid::from_parts(ms, random).to_string()
    }
}
