//! Encrypted backup files. A backup is a plain SQLite file, or that file encrypted with a
//! passphrase, so a backup on a USB stick that goes missing gives nothing away.
//!
//! Format (version 1), all integers big-endian:
//!
//! ```text
//! "aidkiosk-backup\n" (16 bytes) | version 1 (1) | Argon2id m_cost KiB, t_cost, p_cost (4 each)
//! | salt (16) | STREAM nonce prefix (19)                         = the 64-byte header
//! then the database in 64 KiB chunks, each XChaCha20-Poly1305 under the STREAM construction
//! (big-endian 32-bit counter, last-chunk flag) with the header as associated data
//! ```
//!
//! The key is Argon2id of the passphrase and salt. STREAM authenticates every chunk and its
//! place, and the last-chunk flag makes a truncated file fail instead of restoring half a
//! database. The crates are RustCrypto's (`chacha20poly1305`, `aead-stream`, `argon2`).

use std::io::{self, BufRead, BufReader, Read, Write};

use aead_stream::{DecryptorBE32, EncryptorBE32};
use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::Payload;

/// The first bytes of an encrypted backup.
pub const MAGIC: &[u8; 16] = crate::scratch::BACKUP_MAGIC;
const VERSION: u8 = 1;
const HEADER: usize = 64;
const CHUNK: usize = 64 * 1024;
const TAG: usize = 16;
/// Shortest passphrase accepted.
pub const MIN_PASSPHRASE: usize = 8;

/// Argon2id cost of turning the passphrase into a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub m_cost_kib: u32,
    pub t_cost: u32,
    pub p_cost: u32,
}

impl Default for KdfParams {
    /// 64 MiB, 3 passes: a fraction of a second on a Raspberry Pi 4, costly to guess at scale.
    fn default() -> Self {
        KdfParams {
            m_cost_kib: 64 * 1024,
            t_cost: 3,
            p_cost: 1,
        }
    }
}

/// Why a backup could not be encrypted or decrypted.
#[derive(Debug, thiserror::Error)]
pub enum CryptError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("a passphrase has at least {MIN_PASSPHRASE} characters")]
    ShortPassphrase,
    #[error("the passphrase is wrong, or the file is not this backup")]
    WrongPassphrase,
    #[error("the backup is damaged or cut short")]
    Damaged,
    #[error("not an encrypted aidkiosk backup")]
    NotEncrypted,
    #[error("unsupported backup format version {0}")]
    Version(u8),
    #[error("key derivation: {0}")]
    Kdf(String),
}

/// Whether `start` (the first bytes of a file) begins an encrypted backup.
pub fn is_encrypted(start: &[u8]) -> bool {
    start.starts_with(MAGIC)
}

fn derive(passphrase: &str, salt: &[u8], p: KdfParams) -> Result<[u8; 32], CryptError> {
    let params = argon2::Params::new(p.m_cost_kib, p.t_cost, p.p_cost, Some(32))
        .map_err(|e| CryptError::Kdf(e.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = [0u8; 32];
    argon
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .map_err(|e| CryptError::Kdf(e.to_string()))?;
    Ok(key)
}

/// Reads until `buf` is full or the input ends; returns how much was read.
fn read_full(input: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Encrypts everything from `input` into `output` under `passphrase`; `random` fills the salt
/// and nonce, and its failure stops the encryption (a zero salt and nonce would repeat).
pub fn encrypt(
    input: &mut impl Read,
    output: &mut impl Write,
    passphrase: &str,
    params: KdfParams,
    random: &mut dyn FnMut(&mut [u8]) -> io::Result<()>,
) -> Result<(), CryptError> {
    if passphrase.chars().count() < MIN_PASSPHRASE {
        return Err(CryptError::ShortPassphrase);
    }
    let mut header = [0u8; HEADER];
    header[..16].copy_from_slice(MAGIC);
    header[16] = VERSION;
    header[17..21].copy_from_slice(&params.m_cost_kib.to_be_bytes());
    header[21..25].copy_from_slice(&params.t_cost.to_be_bytes());
    header[25..29].copy_from_slice(&params.p_cost.to_be_bytes());
    random(&mut header[29..64])?;
    let key = derive(passphrase, &header[29..45], params)?;
    let nonce: [u8; 19] = header[45..64].try_into().map_err(|_| CryptError::Damaged)?;
    let mut stream = EncryptorBE32::<XChaCha20Poly1305>::new(&key.into(), &nonce.into());
    output.write_all(&header)?;
    let mut input = BufReader::with_capacity(CHUNK, input);
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = read_full(&mut input, &mut buf)?;
        // The last chunk is the one after which nothing is left (possibly empty).
        let last = n < CHUNK || input.fill_buf()?.is_empty();
        let payload = Payload {
            msg: &buf[..n],
            aad: &header,
        };
        if last {
            let sealed = stream
                .encrypt_last(payload)
                .map_err(|_| CryptError::Damaged)?;
            output.write_all(&sealed)?;
            break;
        }
        let sealed = stream
            .encrypt_next(payload)
            .map_err(|_| CryptError::Damaged)?;
        output.write_all(&sealed)?;
    }
    output.flush()?;
    Ok(())
}

/// Decrypts an encrypted backup from `input` into `output`. Nothing written to `output` may be
/// used unless this returns `Ok`.
pub fn decrypt(
    input: &mut impl Read,
    output: &mut impl Write,
    passphrase: &str,
) -> Result<(), CryptError> {
    let mut header = [0u8; HEADER];
    if read_full(input, &mut header)? < HEADER || !is_encrypted(&header) {
        return Err(CryptError::NotEncrypted);
    }
    if header[16] != VERSION {
        return Err(CryptError::Version(header[16]));
    }
    let word =
        |i: usize| u32::from_be_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
    let params = KdfParams {
        m_cost_kib: word(17),
        t_cost: word(21),
        p_cost: word(25),
    };
    // A forged header must not make a Raspberry Pi allocate more than it has, or grind for
    // minutes: four times the default is the most accepted.
    if params.m_cost_kib > 256 * 1024 || params.t_cost > 12 || params.p_cost > 4 {
        return Err(CryptError::Damaged);
    }
    let key = derive(passphrase, &header[29..45], params)?;
    let nonce: [u8; 19] = header[45..64].try_into().map_err(|_| CryptError::Damaged)?;
    let mut stream = DecryptorBE32::<XChaCha20Poly1305>::new(&key.into(), &nonce.into());
    let mut input = BufReader::with_capacity(CHUNK + TAG, input);
    let mut buf = vec![0u8; CHUNK + TAG];
    let mut first = true;
    loop {
        let n = read_full(&mut input, &mut buf)?;
        let last = n < CHUNK + TAG || input.fill_buf()?.is_empty();
        let payload = Payload {
            msg: &buf[..n],
            aad: &header,
        };
        // The first chunk failing means the key is wrong; a later one, the file is damaged.
        let fail = if first {
            CryptError::WrongPassphrase
        } else {
            CryptError::Damaged
        };
        first = false;
        if last {
            let plain = stream.decrypt_last(payload).map_err(|_| fail)?;
            output.write_all(&plain)?;
            break;
        }
        let plain = stream.decrypt_next(payload).map_err(|_| fail)?;
        output.write_all(&plain)?;
    }
    output.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap() -> KdfParams {
        KdfParams {
            m_cost_kib: 1024,
            t_cost: 1,
            p_cost: 1,
        }
    }

    fn seal(plain: &[u8], pass: &str) -> Vec<u8> {
        let mut out = Vec::new();
        let mut n = 0u8;
        encrypt(&mut &plain[..], &mut out, pass, cheap(), &mut |b| {
            for x in b {
                n = n.wrapping_add(37);
                *x = n;
            }
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn round_trips_every_size_around_a_chunk() {
        for len in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK] {
            let plain: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let sealed = seal(&plain, "correct horse");
            assert!(is_encrypted(&sealed));
            let mut back = Vec::new();
            decrypt(&mut &sealed[..], &mut back, "correct horse").unwrap();
            assert_eq!(back, plain, "length {len}");
        }
    }

    #[test]
    fn wrong_passphrase_truncation_and_tampering_are_refused() {
        let plain = vec![7u8; 2 * CHUNK + 10];
        let sealed = seal(&plain, "correct horse");
        let mut sink = Vec::new();
        assert!(matches!(
            decrypt(&mut &sealed[..], &mut sink, "wrong horse"),
            Err(CryptError::WrongPassphrase)
        ));
        // Cut after whole chunks: without the last-chunk flag this would look complete.
        let cut = &sealed[..HEADER + 2 * (CHUNK + TAG)];
        assert!(decrypt(&mut &cut[..], &mut Vec::new(), "correct horse").is_err());
        let mut flipped = sealed.clone();
        flipped[HEADER + CHUNK + TAG + 5] ^= 1;
        assert!(matches!(
            decrypt(&mut &flipped[..], &mut Vec::new(), "correct horse"),
            Err(CryptError::Damaged)
        ));
        // The header is bound in: a changed cost is noticed.
        let mut header = sealed.clone();
        header[24] ^= 1;
        assert!(decrypt(&mut &header[..], &mut Vec::new(), "correct horse").is_err());
        assert!(matches!(
            encrypt(
                &mut &b""[..],
                &mut Vec::new(),
                "short",
                cheap(),
                &mut |_| Ok(())
            ),
            Err(CryptError::ShortPassphrase)
        ));
        // No randomness, no backup: a zero salt and nonce would repeat.
        let broken = encrypt(
            &mut &b"x"[..],
            &mut Vec::new(),
            "correct horse",
            cheap(),
            &mut |_| Err(io::Error::other("no entropy")),
        );
        assert!(matches!(broken, Err(CryptError::Io(_))));
        // A forged header asking for gigabytes of memory is refused before any is taken.
        let mut greedy = sealed.clone();
        greedy[17..21].copy_from_slice(&(1024u32 * 1024).to_be_bytes());
        assert!(matches!(
            decrypt(&mut &greedy[..], &mut Vec::new(), "correct horse"),
            Err(CryptError::Damaged)
        ));
    }
}
