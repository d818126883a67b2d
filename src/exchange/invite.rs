//! An invitation to join a site's network: its tag, its name and place, and its verifying key,
//! signed by that key (so whoever made it holds the key). One line of text, the same in the
//! file, in the printed QR and typed: `AKN1.<tag>.<key hex>.<details hex>.<signature hex>`.
//!
//! It carries no secret: reading it lets nobody write in the site's name. What makes a site
//! part of another's network is a coordinator there joining it with their PIN, after
//! comparing the fingerprint with the one the inviting site reads out.

use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use super::{hex, records::SiteRecord, unhex_vec};

const PREFIX: &str = "AKN1";

/// An invitation, read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub tag: String,
    pub key: VerifyingKey,
    pub site: SiteRecord,
}

#[derive(Serialize, Deserialize)]
struct Details {
    name: String,
    place: String,
    hours: String,
}

/// Why an invitation was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InviteError {
    #[error("this is not an aidkiosk invitation (it starts AKN1.)")]
    NotAnInvitation,
    #[error("the invitation is damaged or was changed: ask for a new one")]
    Damaged,
}

/// The invitation of site `tag`, signed with its key.
pub fn write(tag: &str, site: &SiteRecord, key: &SigningKey) -> String {
    let details = serde_json::to_vec(&Details {
        name: site.name.clone(),
        place: site.place.clone(),
        hours: site.hours.clone(),
    })
    .unwrap_or_default();
    let body = format!(
        "{PREFIX}.{tag}.{}.{}",
        hex(key.verifying_key().as_bytes()),
        hex(&details)
    );
    let sig = key.sign(body.as_bytes());
    format!("{body}.{}", hex(&sig.to_bytes()))
}

/// Reads an invitation (surrounding blanks and a trailing newline allowed).
pub fn read(text: &str) -> Result<Invitation, InviteError> {
    let text = text.trim();
    if !text.starts_with("AKN1.") {
        return Err(InviteError::NotAnInvitation);
    }
    let (body, sig) = text.rsplit_once('.').ok_or(InviteError::Damaged)?;
    let mut parts = body.split('.');
    let (Some(_), Some(tag), Some(key), Some(details), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Err(InviteError::Damaged);
    };
    if tag.is_empty() || tag.len() > 16 || !tag.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(InviteError::Damaged);
    }
    let key: [u8; 32] = unhex_vec(key)
        .and_then(|k| k.try_into().ok())
        .ok_or(InviteError::Damaged)?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| InviteError::Damaged)?;
    let sig: [u8; 64] = unhex_vec(sig)
        .and_then(|s| s.try_into().ok())
        .ok_or(InviteError::Damaged)?;
    key.verify_strict(body.as_bytes(), &Signature::from_bytes(&sig))
        .map_err(|_| InviteError::Damaged)?;
    let details: Details = unhex_vec(details)
        .and_then(|d| serde_json::from_slice(&d).ok())
        .ok_or(InviteError::Damaged)?;
    Ok(Invitation {
        tag: tag.to_owned(),
        key,
        site: SiteRecord {
            name: details.name,
            place: details.place,
            hours: details.hours,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_reads_back_and_a_changed_one_is_refused() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let site = SiteRecord {
            name: "Elm Street Pantry".into(),
            place: "Side door".into(),
            hours: "Tue 16–19".into(),
        };
        let text = write("K3F9Q", &site, &key);
        let inv = read(&format!("{text}\n")).unwrap();
        assert_eq!((inv.tag.as_str(), &inv.site), ("K3F9Q", &site));
        assert_eq!(inv.key, key.verifying_key());
        for i in 5..text.len() {
            let mut bad = text.clone().into_bytes();
            bad[i] = if bad[i] == b'0' { b'1' } else { b'0' };
            if let Ok(bad) = String::from_utf8(bad) {
                assert!(read(&bad).is_err(), "byte {i}");
            }
        }
        assert_eq!(read("AK1.K3F9Q.x.y"), Err(InviteError::NotAnInvitation));
    }
}
