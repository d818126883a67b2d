//! Slip codes: 8 Crockford base32 characters (40 random bits), shown as `XXXX-XXXX`.

use std::fmt;

/// Crockford's alphabet: no I, L, O or U, so a code reads aloud without doubt.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Payload format marker and version: `AK1.<site>.<code>.<mac>`.
pub const PREFIX: &str = "AK1";

/// Whether typed text looks like a scanned payload rather than a hand-typed code.
pub fn looks_like_payload(text: &str) -> bool {
    text.trim_start()
        .strip_prefix(PREFIX)
        .is_some_and(|rest| rest.starts_with('.'))
}

/// A slip code, always 8 valid characters in canonical (upper-case) form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SlipCode([u8; 8]);

/// Why typed text is not a slip code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("a slip code has 8 characters, this has {0}")]
    Length(usize),
    #[error("{0:?} cannot be in a slip code")]
    Character(char),
}

/// Maps one typed character to its canonical symbol, forgiving the usual confusions.
fn canonical(c: char) -> Option<u8> {
    let c = c.to_ascii_uppercase();
    let c = match c {
        'O' => '0',
        'I' | 'L' => '1',
        _ => c,
    };
    u8::try_from(c).ok().filter(|b| ALPHABET.contains(b))
}

/// Encodes bytes as Crockford base32 (big-endian bit order, no padding).
pub fn encode_base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// Decodes strict, canonical Crockford base32 (as [`encode_base32`] writes it).
pub fn decode_base32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for b in text.bytes() {
        let v = ALPHABET.iter().position(|&a| a == b)?;
        buffer = (buffer << 5) | u32::try_from(v).ok()?;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((buffer >> bits) & 0xff).ok()?);
        }
    }
    // Leftover bits must be less than a symbol and zero, or two texts would decode alike.
    (bits < 5 && buffer & ((1 << bits) - 1) == 0).then_some(out)
}

impl SlipCode {
    /// Makes a code from 5 random bytes (40 bits, exactly 8 symbols).
    pub fn from_random(bytes: [u8; 5]) -> Self {
        let mut out = [b'0'; 8];
        for (slot, c) in out.iter_mut().zip(encode_base32(&bytes).bytes()) {
            *slot = c;
        }
        SlipCode(out)
    }

    /// Parses what a person typed: case, `-`, spaces and O/I/L confusions are forgiven.
    pub fn parse(text: &str) -> Result<Self, CodeError> {
        let mut out = [0u8; 8];
        let mut n = 0;
        for c in text.chars().filter(|c| !matches!(c, '-' | ' ')) {
            let b = canonical(c).ok_or(CodeError::Character(c))?;
            if n < 8 {
                out[n] = b;
            }
            n += 1;
        }
        if n != 8 {
            return Err(CodeError::Length(n));
        }
        Ok(SlipCode(out))
    }

    /// Parses the exact canonical form only (8 symbols, upper case), as machines write it.
    pub fn parse_canonical(text: &str) -> Option<Self> {
        let bytes: [u8; 8] = text.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(|b| ALPHABET.contains(b))
            .then_some(SlipCode(bytes))
    }

    /// The 8 symbols without the hyphen, as stored and signed.
    pub fn as_str(&self) -> &str {
        // Every byte is from ALPHABET, so this is ASCII.
        std::str::from_utf8(&self.0).unwrap_or("")
    }

    /// The code as people read it: `XXXX-XXXX`.
    pub fn display(&self) -> String {
        let s = self.as_str();
        format!("{}-{}", &s[..4], &s[4..])
    }
}

impl fmt::Display for SlipCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_bytes_make_eight_symbols() {
        let code = SlipCode::from_random([0xff, 0, 0x55, 0xaa, 1]);
        assert_eq!(code.as_str().len(), 8);
        assert_eq!(code.as_str(), "ZW05BAG1");
        assert_eq!(code.display(), "ZW05-BAG1");
    }

    #[test]
    fn typing_is_forgiven() {
        let code = SlipCode::parse("zwo5-bag1").unwrap();
        assert_eq!(code.as_str(), "ZW05BAG1");
        assert_eq!(SlipCode::parse(" ZW05 BAGl ").unwrap(), code);
    }

    #[test]
    fn base32_round_trips_and_is_strict() {
        for bytes in [&b""[..], b"\x00", b"\xff\x10", b"0123456789"] {
            assert_eq!(decode_base32(&encode_base32(bytes)).unwrap(), bytes);
        }
        assert_eq!(decode_base32("zz"), None);
        // "ZZ" has non-zero padding bits, so it is not what the encoder writes.
        assert_eq!(decode_base32("ZZ"), None);
        // Nor does it ever add a whole symbol of padding.
        let mac = encode_base32(&[7; 10]);
        assert_eq!(decode_base32(&format!("{mac}0")), None);
    }

    #[test]
    fn bad_codes_are_refused() {
        assert_eq!(SlipCode::parse("ZW05"), Err(CodeError::Length(4)));
        assert_eq!(SlipCode::parse("ZW05BAG1X"), Err(CodeError::Length(9)));
        assert_eq!(SlipCode::parse("ZW05BAGU"), Err(CodeError::Character('U')));
        assert_eq!(SlipCode::parse("ZW05BAG!"), Err(CodeError::Character('!')));
    }
}
