//! Signed QR payloads: `AK1.<site>.<code>.<mac>`, the mac a truncated HMAC-SHA256 of the
//! rest under the site's secret. No personal data is ever in a payload.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::domain::member::CARD_PREFIX;
use crate::domain::{SlipCode, decode_base32, encode_base32};

pub use crate::domain::member::looks_like_card;
pub use crate::domain::{PREFIX, looks_like_payload};
/// Bytes of the HMAC kept: 80 bits, 16 base32 symbols.
const MAC_BYTES: usize = 10;

/// Why a scanned payload is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayloadError {
    #[error("not an aidkiosk slip")]
    Format,
    #[error("slip from another site ({0})")]
    OtherSite(String),
    #[error("slip signature does not match")]
    Signature,
}

/// Signs and checks the payloads of one site.
#[derive(Clone)]
pub struct Signer {
    tag: String,
    secret: Vec<u8>,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer")
            .field("tag", &self.tag)
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// A signer for the site `tag` with its secret key.
    pub fn new(tag: &str, secret: &[u8]) -> Self {
        Signer {
            tag: tag.to_owned(),
            secret: secret.to_vec(),
        }
    }

    fn mac_of(&self, prefix: &str, code: &SlipCode) -> Hmac<Sha256> {
        // HMAC takes keys of any length; an empty key is refused only by types we do not use.
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.secret)
            .unwrap_or_else(|_| <Hmac<Sha256> as KeyInit>::new(&Default::default()));
        mac.update(prefix.as_bytes());
        mac.update(b".");
        mac.update(self.tag.as_bytes());
        mac.update(b".");
        mac.update(code.as_str().as_bytes());
        mac
    }

    /// The QR payload for `code`.
    pub fn payload(&self, code: &SlipCode) -> String {
        self.payload_of(PREFIX, code)
    }

    /// The QR payload of a member card: `AK1M.<site>.<card>.<mac>`. Its MAC covers the
    /// prefix, so a slip's payload cannot be passed off as a card or a card as a slip.
    pub fn card_payload(&self, card: &SlipCode) -> String {
        self.payload_of(CARD_PREFIX, card)
    }

    fn payload_of(&self, prefix: &str, code: &SlipCode) -> String {
        let tag = self.mac_of(prefix, code).finalize().into_bytes();
        let mac = encode_base32(&tag[..MAC_BYTES]);
        format!("{prefix}.{}.{}.{mac}", self.tag, code.as_str())
    }

    /// Checks a scanned slip payload and returns its code; anything altered is refused.
    pub fn verify(&self, payload: &str) -> Result<SlipCode, PayloadError> {
        self.verify_of(PREFIX, payload)
    }

    /// Checks a scanned member card and returns its card code.
    pub fn verify_card(&self, payload: &str) -> Result<SlipCode, PayloadError> {
        self.verify_of(CARD_PREFIX, payload)
    }

    fn verify_of(&self, expected: &str, payload: &str) -> Result<SlipCode, PayloadError> {
        let mut parts = payload.trim().split('.');
        let (Some(prefix), Some(tag), Some(code), Some(mac), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(PayloadError::Format);
        };
        if prefix != expected {
            return Err(PayloadError::Format);
        }
        let code = SlipCode::parse_canonical(code).ok_or(PayloadError::Format)?;
        let mac = decode_base32(mac)
            .filter(|m| m.len() == MAC_BYTES)
            .ok_or(PayloadError::Format)?;
        if tag != self.tag {
            return Err(PayloadError::OtherSite(tag.chars().take(16).collect()));
        }
        self.mac_of(expected, &code)
            .verify_truncated_left(&mac)
            .map_err(|_| PayloadError::Signature)?;
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer() -> Signer {
        Signer::new("K3F9Q", b"0123456789abcdef0123456789abcdef")
    }

    #[test]
    fn payload_round_trips() {
        let code = SlipCode::parse("7K3M-Q9PX").unwrap();
        let payload = signer().payload(&code);
        assert!(payload.starts_with("AK1.K3F9Q.7K3MQ9PX."), "{payload}");
        assert_eq!(payload.len(), 3 + 1 + 5 + 1 + 8 + 1 + 16);
        assert_eq!(signer().verify(&payload), Ok(code));
    }

    #[test]
    fn altered_payloads_are_refused() {
        let code = SlipCode::parse("7K3M-Q9PX").unwrap();
        let payload = signer().payload(&code);
        let other_code = payload.replace("7K3MQ9PX", "7K3MQ9PY");
        assert_eq!(signer().verify(&other_code), Err(PayloadError::Signature));
        let other_key = Signer::new("K3F9Q", b"another key").payload(&code);
        assert_eq!(signer().verify(&other_key), Err(PayloadError::Signature));
        let other_site = Signer::new("ZZZZZ", b"0123456789abcdef0123456789abcdef").payload(&code);
        assert_eq!(
            signer().verify(&other_site),
            Err(PayloadError::OtherSite("ZZZZZ".into()))
        );
        assert_eq!(
            signer().verify("AK1.K3F9Q.7K3MQ9PX"),
            Err(PayloadError::Format)
        );
        assert_eq!(signer().verify(""), Err(PayloadError::Format));
        // A card is not a slip, nor a slip a card, even with the prefix changed by hand.
        let card = signer().card_payload(&code);
        assert!(card.starts_with("AK1M.K3F9Q.7K3MQ9PX."), "{card}");
        assert!(looks_like_card(&card) && !looks_like_payload(&card));
        assert_eq!(signer().verify_card(&card), Ok(code));
        assert_eq!(signer().verify(&card), Err(PayloadError::Format));
        assert_eq!(signer().verify_card(&payload), Err(PayloadError::Format));
        let relabelled = payload.replacen("AK1.", "AK1M.", 1);
        assert_eq!(
            signer().verify_card(&relabelled),
            Err(PayloadError::Signature)
        );
        assert_eq!(
            signer().verify(&payload.to_lowercase()),
            Err(PayloadError::Format)
        );
    }
}
