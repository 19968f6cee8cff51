//! Encoders: NFC Unicode → legacy bytes, so that users can export and so that
//! `decode(encode(s)) == s` can be tested.
//!
//! Every encoder writes only what its decoder reads back to the same text:
//! a C0 control that VISCII, VPS or TCVN3 use as a letter, or a lone
//! VNI-Windows mark byte, is an [`EncodeError`] rather than a byte that
//! would come back as something else.

use std::fmt;

use super::Encoding;
use super::decode::{viqr_escapable, viqr_letter};
use super::tables;

/// A character that the target encoding cannot represent.
///
/// ```
/// use vietnorm::legacy::{encode, Encoding};
///
/// let err = encode("Giá 5€", Encoding::Viscii).unwrap_err();
/// assert_eq!(err.char(), '€');
/// assert_eq!(err.offset(), 6);
/// assert_eq!(err.to_string(), "cannot encode '€' (U+20AC) at byte offset 6 in viscii");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodeError {
    ch: char,
    offset: usize,
    encoding: Encoding,
}

impl EncodeError {
    /// The character that has no mapping.
    ///
    /// ```
    /// let err = vietnorm::legacy::encode("ø", vietnorm::legacy::Encoding::Vni).unwrap_err();
    /// assert_eq!(err.char(), 'ø');
    /// ```
    pub fn char(&self) -> char {
        self.ch
    }

    /// Its byte offset in the input text.
    ///
    /// ```
    /// let err = vietnorm::legacy::encode("aø", vietnorm::legacy::Encoding::Vni).unwrap_err();
    /// assert_eq!(err.offset(), 1);
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The encoding that was asked for.
    ///
    /// ```
    /// use vietnorm::legacy::{encode, Encoding};
    /// assert_eq!(encode("ø", Encoding::Vni).unwrap_err().encoding(), Encoding::Vni);
    /// ```
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot encode '{}' (U+{:04X}) at byte offset {} in {}",
            self.ch.escape_debug(),
            u32::from(self.ch),
            self.offset,
            self.encoding
        )
    }
}

impl std::error::Error for EncodeError {}

/// Encodes NFC `text` in `encoding`.
///
/// TCVN3 capitals with tones, which VN3 lacks, take their VN1 byte (which
/// [`decode`](super::decode) reads back). VIQR escapes a mark character that
/// would otherwise join the letter before it (`Huế?` → `Hue^'\?`).
///
/// ```
/// use vietnorm::legacy::{decode, encode, Encoding};
///
/// assert_eq!(encode("Hà Nội", Encoding::Tcvn3).unwrap(), b"H\xB5 N\xE9i");
/// assert_eq!(encode("Huế?", Encoding::Viqr).unwrap(), b"Hue^'\\?");
/// let bytes = encode("Thuở ấy", Encoding::Vni).unwrap();
/// assert_eq!(decode(&bytes, Encoding::Vni), "Thuở ấy");
/// ```
pub fn encode(text: &str, encoding: Encoding) -> Result<Vec<u8>, EncodeError> {
    let mut out = Vec::with_capacity(text.len());
    let fail = |offset: usize, ch: char| EncodeError {
        ch,
        offset,
        encoding,
    };
    match encoding {
        Encoding::Utf8 => out.extend_from_slice(text.as_bytes()),
        Encoding::Viscii => single_byte(text, &tables::VISCII, tables::VISCII_ENCODE, &mut out)
            .map_err(|(i, c)| fail(i, c))?,
        Encoding::Vps => single_byte(text, &tables::VPS, tables::VPS_ENCODE, &mut out)
            .map_err(|(i, c)| fail(i, c))?,
        Encoding::Tcvn3 => single_byte(text, &tables::TCVN3, tables::TCVN3_ENCODE, &mut out)
            .map_err(|(i, c)| fail(i, c))?,
        Encoding::Cp1258 => single_byte(text, &tables::CP1258, tables::CP1258_ENCODE, &mut out)
            .map_err(|(i, c)| fail(i, c))?,
        Encoding::Vni => single_byte(text, &tables::VNI_SINGLE, tables::VNI_ENCODE, &mut out)
            .map_err(|(i, c)| fail(i, c))?,
        Encoding::Viqr => viqr(text, &mut out).map_err(|(i, c)| fail(i, c))?,
    }
    Ok(out)
}

fn lookup<T: Copy>(table: &[(char, T)], c: char) -> Option<T> {
    table
        .binary_search_by(|&(k, _)| k.cmp(&c))
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, v)| v)
}

/// ASCII that the decode table reads as itself, else the encode table.
fn single_byte(
    text: &str,
    decode: &[char; 256],
    encode: &[(char, &[u8])],
    out: &mut Vec<u8>,
) -> Result<(), (usize, char)> {
    for (i, c) in text.char_indices() {
        if c.is_ascii() && decode.get(c as usize) == Some(&c) {
            out.push(c as u8);
        } else if let Some(bytes) = lookup(encode, c) {
            out.extend_from_slice(bytes);
        } else {
            return Err((i, c));
        }
    }
    Ok(())
}

/// What one character becomes in VIQR.
#[derive(Clone, Copy)]
enum Unit {
    /// A mnemonic from the table (`a^'`, `dd`).
    Mnemonic(&'static str),
    /// An ASCII character written as itself, or escaped.
    Literal(char),
}

impl Unit {
    fn of(c: char) -> Option<Unit> {
        lookup(tables::VIQR_ENCODE, c)
            .map(Unit::Mnemonic)
            .or_else(|| c.is_ascii().then_some(Unit::Literal(c)))
    }
}

/// True when `a` followed by the first char of `b` spells a mnemonic, i.e.
/// the decoder would join them.
fn joins(a: &str, b: char) -> bool {
    let mut buf = [0u8; 8];
    let Some(head) = buf.get_mut(..a.len()) else {
        return false;
    };
    head.copy_from_slice(a.as_bytes());
    let n = a.len() + b.len_utf8();
    if let Some(tail) = buf.get_mut(a.len()..n) {
        b.encode_utf8(tail);
    }
    match buf.get(..n).map(std::str::from_utf8) {
        Some(Ok(seq)) => viqr_letter(seq).is_some(),
        _ => false,
    }
}

/// VIQR with RFC 1456 escapes: a literal character that the decoder would
/// join to the mnemonic before it is written after a backslash, and so is
/// a literal `d`/`D` that would join the `dd` of a following đ, and a
/// literal backslash before an escapable character.
fn viqr(text: &str, out: &mut Vec<u8>) -> Result<(), (usize, char)> {
    let mut units = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        units.push(Unit::of(c).ok_or((i, c))?);
    }
    // The text the decoder would start its current mnemonic at ("" when the
    // previous unit was escaped or cannot start one).
    let mut prev: &str = "";
    let mut buf = [0u8; 4];
    for (k, unit) in units.iter().enumerate() {
        match *unit {
            Unit::Mnemonic(seq) => {
                out.extend_from_slice(seq.as_bytes());
                prev = seq;
            }
            Unit::Literal(c) => {
                let next_first = units.get(k + 1).map(|u| match *u {
                    Unit::Mnemonic(seq) => (true, seq.chars().next().unwrap_or(' ')),
                    Unit::Literal(n) => (false, n),
                });
                // RFC 1456 escapes a mark character after any vowel, even
                // one that already has its tone (`Hue^'\?`), so that a reader
                // never has to know which combinations exist.
                let after_vowel = prev.starts_with(|p: char| "AEIOUYaeiouy".contains(p));
                let escape = viqr_escapable(c)
                    && ((after_vowel && is_mark(c))
                        || joins(prev, c)
                        || (c == '\\' && next_first.is_some_and(|(_, n)| viqr_escapable(n)))
                        || next_first.is_some_and(|(mnemonic, n)| {
                            mnemonic && joins(c.encode_utf8(&mut buf), n)
                        }));
                if escape {
                    out.push(b'\\');
                    prev = "";
                } else {
                    prev = literal_str(c);
                }
                out.push(c as u8);
            }
        }
    }
    Ok(())
}

/// The VIQR modifier and tone characters.
fn is_mark(c: char) -> bool {
    matches!(c, '\'' | '`' | '?' | '~' | '.' | '(' | '^' | '+')
}

/// A one-character ASCII string for `c`, for the join check; only letters
/// can start a mnemonic, so other characters give "".
fn literal_str(c: char) -> &'static str {
    const LETTERS: &str = "ADEIOUYadeiouy";
    match LETTERS.find(c) {
        Some(i) => LETTERS.get(i..i + 1).unwrap_or_default(),
        None => "",
    }
}
