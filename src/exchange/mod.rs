//! The network's change files (#14): what one site writes for the others and how a file is
//! read back, whole or not at all. Plain, versioned and documented (`docs/exchange.md`), so
//! another version or another tool can read them; carried by Syncthing or a USB stick, never
//! by a protocol of ours.
//!
//! A file is UTF-8 lines:
//!
//! ```text
//! AKX1 <site-tag> <seq>
//! {"format":1,"site":"K3F9Q","seq":12,"created":"2026-12-03T10:30:00.000Z","records":2}
//! {"t":"entry", …}
//! {"t":"handover", …}
//! end <sha256 of everything above, hex> <ed25519 signature of the same bytes, hex>
//! ```
//!
//! The first line names the format version before anything else is parsed, so a file from a
//! newer aidkiosk is recognised as such (kept, not applied) rather than called corrupt.

pub mod folder;
pub mod invite;
pub mod records;

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// The version this binary writes and the newest it reads.
pub const FORMAT: u32 = 1;
/// Change files end in this.
pub const EXTENSION: &str = "akx";
/// Most records in one file (a day of a busy pantry is a few thousand).
pub const MAX_RECORDS: usize = 100_000;
/// Largest file read (bigger is refused before it is read whole).
pub const MAX_BYTES: u64 = 64 << 20;

/// A change file, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeFile {
    pub site: String,
    pub seq: u64,
    pub created: DateTime<Utc>,
    /// The records, each a JSON object with its type in `"t"`; typed by the importer, which
    /// skips a type it does not know (a newer minor addition) rather than refusing the file.
    pub records: Vec<serde_json::Value>,
}

/// The header line.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Header {
    format: u32,
    site: String,
    seq: u64,
    created: String,
    records: usize,
}

/// Why a file was not read. Each is logged and shown at the desk; none is fatal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Cut short (Syncthing still copying it, a stick pulled out): tried again later.
    #[error("the file is not whole yet")]
    Truncated,
    #[error("the file is damaged: {0}")]
    Corrupt(String),
    #[error("the file's checksum does not match")]
    Checksum,
    #[error("the file is not signed by the site it names")]
    Signature,
    /// Written by a newer aidkiosk: kept, not applied, until this one is updated.
    #[error("written by a newer aidkiosk (format {0}); update aidkiosk here to read it")]
    Newer(u32),
    /// Its name, first line and header disagree on whose or which file it is.
    #[error("the file says it is {said}, its name says {named}")]
    Misnamed { said: String, named: String },
}

/// What a name in a site's outbox folder is: a change file's sequence number, or something to
/// leave alone (Syncthing's temporary files and conflict copies, anything else).
pub fn sequence_of(name: &str) -> Option<u64> {
    let stem = name.strip_suffix(&format!(".{EXTENSION}"))?;
    if stem.len() != 10 || !stem.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    stem.parse().ok()
}

/// The file name of change `seq`: ten digits, so a folder lists them in order.
pub fn file_name(seq: u64) -> String {
    format!("{seq:010}.{EXTENSION}")
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Lower-case hex of any even length.
pub(crate) fn unhex_vec(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2)
        || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    {
        return None;
    }
    (0..text.len() / 2)
        .map(|i| u8::from_str_radix(text.get(i * 2..i * 2 + 2)?, 16).ok())
        .collect()
}

/// Lower-case hex only, as written: a file is either exactly what was signed or refused.
fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != N * 2 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    let mut out = [0u8; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(text.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

/// The bytes of change file `seq` of site `site`, signed with `key`.
pub fn write(
    site: &str,
    seq: u64,
    created: DateTime<Utc>,
    records: &[serde_json::Value],
    key: &SigningKey,
) -> Vec<u8> {
    let header = Header {
        format: FORMAT,
        site: site.to_owned(),
        seq,
        created: created.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        records: records.len(),
    };
    let mut body = format!("AKX{FORMAT} {site} {seq}\n");
    body.push_str(&serde_json::to_string(&header).unwrap_or_default());
    body.push('\n');
    for r in records {
        // A JSON value written compact never holds a raw newline: one record, one line.
        body.push_str(&serde_json::to_string(r).unwrap_or_default());
        body.push('\n');
    }
    let sum = Sha256::digest(body.as_bytes());
    let signature = key.sign(body.as_bytes());
    body.push_str(&format!(
        "end {} {}\n",
        hex(&sum),
        hex(&signature.to_bytes())
    ));
    body.into_bytes()
}

/// Reads change file `named_seq` of site `site`, checked against that site's `key`: whole,
/// unaltered, signed by it, named as it says; or why not.
pub fn read(
    bytes: &[u8],
    site: &str,
    named_seq: u64,
    key: &VerifyingKey,
) -> Result<ChangeFile, ReadError> {
    let corrupt = |why: &str| ReadError::Corrupt(why.to_owned());
    // The first line, before anything else: is it ours, and which version?
    let Some(first_end) = bytes.iter().position(|b| *b == b'\n') else {
        return Err(
            if bytes.len() < 64 && b"AKX".starts_with(&bytes[..bytes.len().min(3)]) {
                ReadError::Truncated
            } else {
                corrupt("no first line")
            },
        );
    };
    let first = std::str::from_utf8(&bytes[..first_end]).map_err(|_| corrupt("not UTF-8"))?;
    let mut words = first.split(' ');
    let version = words
        .next()
        .and_then(|w| w.strip_prefix("AKX"))
        .and_then(|v| v.parse::<u32>().ok())
        .ok_or_else(|| corrupt("not an aidkiosk change file"))?;
    if version > FORMAT {
        return Err(ReadError::Newer(version));
    }
    if version == 0 {
        return Err(corrupt("format 0"));
    }
    let (said_site, said_seq) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    if said_site != site || said_seq != named_seq.to_string() || words.next().is_some() {
        return Err(ReadError::Misnamed {
            said: format!("{said_site} {said_seq}"),
            named: format!("{site} {named_seq}"),
        });
    }
    // The last line: whole files end with "end <sum> <signature>\n".
    if bytes.last() != Some(&b'\n') {
        return Err(ReadError::Truncated);
    }
    let without_newline = &bytes[..bytes.len() - 1];
    let last_start = without_newline
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let last =
        std::str::from_utf8(&without_newline[last_start..]).map_err(|_| corrupt("not UTF-8"))?;
    let Some(rest) = last.strip_prefix("end ") else {
        return Err(ReadError::Truncated);
    };
    let (sum, sig) = rest.split_once(' ').ok_or_else(|| corrupt("end line"))?;
    let (Some(sum), Some(sig)) = (unhex::<32>(sum), unhex::<64>(sig)) else {
        return Err(corrupt("end line"));
    };
    let body = &bytes[..last_start];
    if Sha256::digest(body).as_slice() != sum {
        return Err(ReadError::Checksum);
    }
    // Strict: no second, malleated form of the same signature is taken either.
    key.verify_strict(body, &Signature::from_bytes(&sig))
        .map_err(|_| ReadError::Signature)?;
    // Signed and whole: now the header and the records.
    let text = std::str::from_utf8(body).map_err(|_| corrupt("not UTF-8"))?;
    let mut lines = text.lines().skip(1);
    let header: Header = lines
        .next()
        .and_then(|l| serde_json::from_str(l).ok())
        .ok_or_else(|| corrupt("header"))?;
    if header.format != version || header.site != site || header.seq != named_seq {
        return Err(corrupt("the header disagrees with the first line"));
    }
    let created = DateTime::parse_from_rfc3339(&header.created)
        .map_err(|_| corrupt("header time"))?
        .with_timezone(&Utc);
    if header.records > MAX_RECORDS {
        return Err(corrupt("too many records"));
    }
    let mut records = Vec::with_capacity(header.records);
    for line in lines {
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|_| corrupt("a record is not JSON"))?;
        if !value.get("t").is_some_and(serde_json::Value::is_string) {
            return Err(corrupt("a record has no type"));
        }
        records.push(value);
    }
    if records.len() != header.records {
        return Err(corrupt("the header counts another number of records"));
    }
    Ok(ChangeFile {
        site: header.site,
        seq: header.seq,
        created,
        records,
    })
}

/// A short fingerprint of a site's verifying key, for two people to compare when they join
/// sites: the first 8 bytes of its SHA-256, in four groups (`3f2a-91c0-7d4e-b815`).
pub fn fingerprint(key: &VerifyingKey) -> String {
    let h = hex(&Sha256::digest(key.as_bytes())[..8]);
    format!("{}-{}-{}-{}", &h[..4], &h[4..8], &h[8..12], &h[12..16])
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn file() -> Vec<u8> {
        let at = Utc.with_ymd_and_hms(2026, 12, 3, 10, 30, 0).unwrap();
        let records = vec![
            serde_json::json!({"t": "entry", "code": "7K3MQ9PX", "category": "food"}),
            serde_json::json!({"t": "handover", "code": "7K3MQ9PX", "note": "line\nbreak"}),
        ];
        write("K3F9Q", 12, at, &records, &key(1))
    }

    #[test]
    fn a_file_reads_back_whole() {
        let f = read(&file(), "K3F9Q", 12, &key(1).verifying_key()).unwrap();
        assert_eq!((f.site.as_str(), f.seq, f.records.len()), ("K3F9Q", 12, 2));
        assert_eq!(f.records[1]["note"], "line\nbreak");
        assert_eq!(fingerprint(&key(1).verifying_key()).len(), 19);
    }

    #[test]
    fn names_of_change_files_and_of_what_syncthing_leaves() {
        assert_eq!(file_name(12), "0000000012.akx");
        assert_eq!(sequence_of("0000000012.akx"), Some(12));
        for other in [
            ".syncthing.0000000012.akx.tmp",
            "0000000012.sync-conflict-20261203-103000-ABCDEFG.akx",
            "0000000012.akx.part",
            "12.akx",
            "000000001a.akx",
            "notes.txt",
        ] {
            assert_eq!(sequence_of(other), None, "{other}");
        }
    }

    #[test]
    fn a_file_cut_anywhere_is_never_read_as_whole() {
        let whole = file();
        let vk = key(1).verifying_key();
        for cut in 0..whole.len() {
            let r = read(&whole[..cut], "K3F9Q", 12, &vk);
            assert!(r.is_err(), "cut at {cut} read as whole");
        }
        // Cut at the end line: not whole yet, tried again later.
        let end = whole.len() - 40;
        assert_eq!(
            read(&whole[..end], "K3F9Q", 12, &vk),
            Err(ReadError::Truncated)
        );
    }

    #[test]
    fn another_key_another_name_or_a_newer_format_is_refused_for_what_it_is() {
        let whole = file();
        assert_eq!(
            read(&whole, "K3F9Q", 12, &key(2).verifying_key()),
            Err(ReadError::Signature)
        );
        assert!(matches!(
            read(&whole, "K3F9Q", 13, &key(1).verifying_key()),
            Err(ReadError::Misnamed { .. })
        ));
        assert!(matches!(
            read(&whole, "ZZZZZ", 12, &key(1).verifying_key()),
            Err(ReadError::Misnamed { .. })
        ));
        let newer = b"AKX2 K3F9Q 12\nwhatever comes next\n";
        assert_eq!(
            read(newer, "K3F9Q", 12, &key(1).verifying_key()),
            Err(ReadError::Newer(2))
        );
        // One byte changed anywhere: refused.
        let vk = key(1).verifying_key();
        for i in 0..whole.len() {
            let mut bad = whole.clone();
            bad[i] ^= 0x01;
            assert!(read(&bad, "K3F9Q", 12, &vk).is_err(), "byte {i}");
        }
    }
}
