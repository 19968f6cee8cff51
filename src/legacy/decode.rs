//! Decoders: legacy bytes → NFC Unicode.
//!
//! Single-byte encodings are one table lookup per byte. VNI-Windows is
//! decoded greedily, longest sequence first: a base letter followed by a
//! mark byte is one letter (`ö` + `ï` is ự, never "ư" + "ï"). VIQR is
//! decoded the same way over its ASCII mnemonics, honouring RFC 1456's
//! backslash escapes. Windows-1258 writes tones as combining bytes, so its
//! output is composed to NFC. Only NFC: a decoder is faithful to what the
//! document says, so tone style, spacing and misplaced marks are left to
//! [`crate::text::normalize`], which callers apply afterwards if they want.

use std::borrow::Cow;

use super::Encoding;
use super::letters::{is_toned_lowercase, upper};
use super::tables;

/// How to treat case in TCVN3 text, which has no capital letters with tone
/// marks (VN3): a capital-only font (.VnTimeH, .VnArialH…) shows the
/// lowercase bytes as capitals, so a plain decode of a headline gives
/// "THủ TƯớNG" for "THỦ TƯỚNG".
///
/// ```
/// use vietnorm::legacy::{Decoder, Encoding, Tcvn3Case};
///
/// static HEADLINES: Decoder = Decoder::new(Encoding::Tcvn3).tcvn3_case(Tcvn3Case::Restore);
/// assert_eq!(HEADLINES.decode(b"TH\xF1 T\xA6\xEDNG"), "THỦ TƯỚNG");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tcvn3Case {
    /// Decode the bytes as they are (the default): toned letters stay
    /// lowercase.
    #[default]
    AsEncoded,
    /// Restore the capitals a capital-only font showed: a toned lowercase
    /// letter becomes a capital inside a word written in capitals
    /// (`THñ` → THỦ), in a one-capital word next to such a word, and at the
    /// start of a sentence or line (`ñy ban` → Ủy ban).
    Restore,
    /// The whole text was typed in a capital-only font: everything is
    /// uppercased.
    Upper,
}

/// A decoder for one encoding, with options; const-constructible so it can
/// live in a `static`.
///
/// ```
/// use vietnorm::legacy::{Decoder, Encoding};
///
/// static VNI: Decoder = Decoder::new(Encoding::Vni);
/// assert_eq!(VNI.decode(b"Vi\x65\xE4t Nam"), "Việt Nam");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decoder {
    encoding: Encoding,
    tcvn3_case: Tcvn3Case,
}

impl Decoder {
    /// A decoder for `encoding` with default options.
    ///
    /// ```
    /// let d = vietnorm::legacy::Decoder::new(vietnorm::legacy::Encoding::Viscii);
    /// assert_eq!(d.decode(b"Ti\xAAng"), "Tiếng");
    /// ```
    pub const fn new(encoding: Encoding) -> Self {
        Decoder {
            encoding,
            tcvn3_case: Tcvn3Case::AsEncoded,
        }
    }

    /// Sets how TCVN3 capitals are treated (ignored by other encodings).
    ///
    /// ```
    /// use vietnorm::legacy::{Decoder, Encoding, Tcvn3Case};
    /// let d = Decoder::new(Encoding::Tcvn3).tcvn3_case(Tcvn3Case::Upper);
    /// assert_eq!(d.decode(b"h\xB5 n\xE9i"), "HÀ NỘI");
    /// ```
    pub const fn tcvn3_case(mut self, case: Tcvn3Case) -> Self {
        self.tcvn3_case = case;
        self
    }

    /// The encoding this decoder reads.
    ///
    /// ```
    /// use vietnorm::legacy::{Decoder, Encoding};
    /// assert_eq!(Decoder::new(Encoding::Vps).encoding(), Encoding::Vps);
    /// ```
    pub const fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Decodes `bytes` to NFC text, borrowing when the bytes are plain text
    /// that decodes to itself.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use vietnorm::legacy::{Decoder, Encoding};
    ///
    /// let d = Decoder::new(Encoding::Tcvn3);
    /// assert!(matches!(d.decode(b"Viet Nam"), Cow::Borrowed("Viet Nam")));
    /// ```
    pub fn decode<'a>(&self, bytes: &'a [u8]) -> Cow<'a, str> {
        let decoded = decode_plain(bytes, self.encoding);
        match (self.encoding, self.tcvn3_case) {
            (Encoding::Tcvn3, Tcvn3Case::Restore) => Cow::Owned(restore_capitals(&decoded, true)),
            (Encoding::Tcvn3, Tcvn3Case::Upper) => Cow::Owned(decoded.chars().map(upper).collect()),
            _ => decoded,
        }
    }
}

/// Decodes `bytes` in `encoding` to NFC text.
///
/// Bytes that the encoding leaves undefined decode as Windows-1252 (or as
/// the C1 control of the same number for Windows-1258, as WHATWG does), and
/// invalid UTF-8 becomes U+FFFD: decoding never fails.
///
/// ```
/// use vietnorm::legacy::{decode, Encoding};
///
/// assert_eq!(decode(b"Vi\xD6t Nam", Encoding::Tcvn3), "Việt Nam");
/// assert_eq!(decode(b"ng\xF6\xF4\xF8i", Encoding::Vni), "người");
/// assert_eq!(decode(b"Vi\xAEt", Encoding::Viscii), "Vi\u{1EC7}t");
/// assert_eq!(decode(b"Vie^.t Nam", Encoding::Viqr), "Việt Nam");
/// assert_eq!(decode(b"Vi\xEA\xF2t", Encoding::Cp1258), "Việt");
/// ```
pub fn decode(bytes: &[u8], encoding: Encoding) -> Cow<'_, str> {
    Decoder::new(encoding).decode(bytes)
}

/// The decoding without case options.
pub(crate) fn decode_plain(bytes: &[u8], encoding: Encoding) -> Cow<'_, str> {
    match encoding {
        Encoding::Utf8 => match String::from_utf8_lossy(bytes) {
            Cow::Borrowed(s) => nfc(s),
            Cow::Owned(s) => Cow::Owned(nfc(&s).into_owned()),
        },
        Encoding::Viscii => single_byte(bytes, &tables::VISCII, false),
        Encoding::Vps => single_byte(bytes, &tables::VPS, false),
        // Only VN1's combining tones (B0–B4) need composing.
        Encoding::Tcvn3 => single_byte(
            bytes,
            &tables::TCVN3,
            bytes.iter().any(|b| (0xB0..=0xB4).contains(b)),
        ),
        Encoding::Cp1258 => single_byte(bytes, &tables::CP1258, true),
        Encoding::Vni => vni(bytes),
        Encoding::Viqr => viqr(bytes),
    }
}

/// NFC, borrowed when the text already is.
pub(crate) fn nfc(text: &str) -> Cow<'_, str> {
    icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(text)
}

/// Bytes that every encoding reads as themselves: printable ASCII, tab,
/// newline and carriage return. (VISCII, VPS and TCVN3 use other C0 bytes as
/// letters; VIQR uses some printable ASCII as marks and is handled apart.)
fn is_plain(b: u8) -> bool {
    matches!(b, 0x20..=0x7E | b'\t' | b'\n' | b'\r')
}

/// The longest prefix of `bytes` that is plain ASCII, as a `str`.
fn plain_prefix(bytes: &[u8]) -> &str {
    let n = bytes
        .iter()
        .position(|&b| !is_plain(b))
        .unwrap_or(bytes.len());
    match bytes.get(..n).map(std::str::from_utf8) {
        Some(Ok(s)) => s,
        _ => "",
    }
}

/// One table lookup per byte. `compose` composes the result to NFC:
/// Windows-1258 and TCVN3's VN1 extras have combining tones.
fn single_byte<'a>(bytes: &'a [u8], table: &[char; 256], compose: bool) -> Cow<'a, str> {
    let head = plain_prefix(bytes);
    if head.len() == bytes.len() {
        return Cow::Borrowed(head);
    }
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    out.push_str(head);
    let rest = bytes.get(head.len()..).unwrap_or_default();
    out.extend(
        rest.iter()
            .map(|&b| table.get(usize::from(b)).copied().unwrap_or('\u{FFFD}')),
    );
    if compose {
        match nfc(&out) {
            Cow::Borrowed(_) => Cow::Owned(out),
            Cow::Owned(s) => Cow::Owned(s),
        }
    } else {
        Cow::Owned(out)
    }
}

/// The VNI letter a base byte and a mark byte make together, if any.
pub(crate) fn vni_pair(base: u8, mark: u8) -> Option<char> {
    if mark < 0xC0 {
        return None;
    }
    tables::VNI_PAIRS
        .binary_search_by(|&(b, m, _)| (b, m).cmp(&(base, mark)))
        .ok()
        .and_then(|i| tables::VNI_PAIRS.get(i))
        .map(|&(_, _, c)| c)
}

fn vni(bytes: &[u8]) -> Cow<'_, str> {
    let head = plain_prefix(bytes);
    if head.len() == bytes.len() {
        return Cow::Borrowed(head);
    }
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    // The byte before the first non-plain one may be the base of a pair:
    // let the loop see it.
    let start = head.len().saturating_sub(1);
    out.push_str(head.get(..start).unwrap_or_default());
    let mut rest = bytes.get(start..).unwrap_or_default();
    while let Some((&b, tail)) = rest.split_first() {
        if let Some(&m) = tail.first() {
            if let Some(c) = vni_pair(b, m) {
                out.push(c);
                rest = tail.get(1..).unwrap_or_default();
                continue;
            }
        }
        out.push(
            tables::VNI_SINGLE
                .get(usize::from(b))
                .copied()
                .unwrap_or('\u{FFFD}'),
        );
        rest = tail;
    }
    Cow::Owned(out)
}

/// Characters a backslash escapes in VIQR: the mark characters, `d`/`D`
/// (so that a literal "dd" can be written `d\d`) and the backslash itself.
pub(crate) fn viqr_escapable(c: char) -> bool {
    matches!(
        c,
        '\'' | '`' | '?' | '~' | '.' | '(' | '^' | '+' | 'd' | 'D' | '\\'
    )
}

/// The VIQR letter a whole mnemonic spells, if any.
pub(crate) fn viqr_letter(seq: &str) -> Option<char> {
    let key = viqr_key(seq.as_bytes())?;
    let keys = viqr_keys();
    keys.binary_search_by_key(&key, |&(k, _)| k)
        .ok()
        .and_then(|i| keys.get(i))
        .map(|&(_, c)| c)
}

/// A mnemonic of two or three ASCII bytes packed into an integer, so that
/// the decoder's lookups compare integers, not strings.
fn viqr_key(seq: &[u8]) -> Option<u32> {
    match *seq {
        [a, b] => Some(u32::from(a) << 16 | u32::from(b) << 8),
        [a, b, c] => Some(u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c)),
        _ => None,
    }
}

/// [`tables::VIQR`] keyed by [`viqr_key`], sorted.
fn viqr_keys() -> &'static [(u32, char)] {
    static KEYS: std::sync::OnceLock<Vec<(u32, char)>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<(u32, char)> = tables::VIQR
            .iter()
            .filter_map(|&(seq, c)| viqr_key(seq.as_bytes()).map(|k| (k, c)))
            .collect();
        keys.sort_unstable();
        keys
    })
}

/// The longest VIQR mnemonic at the start of `text`: (letter, its length).
pub(crate) fn viqr_longest(text: &str) -> Option<(char, usize)> {
    // Mnemonics are ASCII and at most three characters (`a^'`).
    let b = text.as_bytes();
    (2..=3).rev().find_map(|n| {
        b.get(..n).and_then(|seq| {
            let key = viqr_key(seq)?;
            let keys = viqr_keys();
            keys.binary_search_by_key(&key, |&(k, _)| k)
                .ok()
                .and_then(|i| keys.get(i))
                .map(|&(_, c)| (c, n))
        })
    })
}

fn viqr(bytes: &[u8]) -> Cow<'_, str> {
    let text = String::from_utf8_lossy(bytes);
    let s: &str = &text;
    let b = s.as_bytes();
    // Only two things change the text: a backslash escape, and a letter
    // followed by a mark character or d/D. Both are ASCII, and ASCII bytes
    // never occur inside a multi-byte character, so every cut below is on a
    // character boundary; runs in between are copied whole.
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let next = b.get(i + 1).copied().unwrap_or(0);
        if c == b'\\' && viqr_escapable(char::from(next)) {
            out.push_str(s.get(copied..i).unwrap_or_default());
            out.push(char::from(next));
            i += 2;
            copied = i;
            continue;
        }
        if matches!(
            c,
            b'A' | b'E'
                | b'I'
                | b'O'
                | b'U'
                | b'Y'
                | b'D'
                | b'a'
                | b'e'
                | b'i'
                | b'o'
                | b'u'
                | b'y'
                | b'd'
        ) && matches!(
            next,
            b'\'' | b'`' | b'?' | b'~' | b'.' | b'(' | b'^' | b'+' | b'd' | b'D'
        ) {
            if let Some((letter, n)) = s.get(i..).and_then(viqr_longest) {
                out.push_str(s.get(copied..i).unwrap_or_default());
                out.push(letter);
                i += n;
                copied = i;
                continue;
            }
        }
        i += 1;
    }
    if copied == 0 {
        return match text {
            Cow::Borrowed(s) => nfc(s),
            Cow::Owned(s) => Cow::Owned(nfc(&s).into_owned()),
        };
    }
    out.push_str(s.get(copied..).unwrap_or_default());
    // Precomposed letters among ASCII are NFC already; only other input
    // characters (VIQR is 7-bit, but text is text) may need composing.
    if bytes.is_ascii() {
        return Cow::Owned(out);
    }
    match nfc(&out) {
        Cow::Borrowed(_) => Cow::Owned(out),
        Cow::Owned(n) => Cow::Owned(n),
    }
}

/// One word of decoded TCVN3 text, for capital restoration.
struct Word {
    start: usize,
    end: usize,
    upper: usize,
    /// Lowercase letters that TCVN3 could have written as capitals: none.
    lower: usize,
    /// Toned lowercase letters: TCVN3 has no capital form for them.
    toned: usize,
    sentence_start: bool,
}

impl Word {
    fn all_caps(&self) -> bool {
        self.upper >= 2 && self.lower == 0
    }
}

/// See [`Tcvn3Case::Restore`]; `sentences` enables the sentence-start rule
/// (off when `text` is one word cut from running text).
pub(crate) fn restore_capitals(text: &str, sentences: bool) -> String {
    let mut words = Vec::new();
    let mut sentence_start = true;
    let mut current: Option<Word> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() {
            let w = current.get_or_insert(Word {
                start: i,
                end: i,
                upper: 0,
                lower: 0,
                toned: 0,
                sentence_start,
            });
            w.end = i + c.len_utf8();
            if c.is_uppercase() {
                w.upper += 1;
            } else if is_toned_lowercase(c) {
                w.toned += 1;
            } else {
                w.lower += 1;
            }
            sentence_start = false;
        } else {
            if let Some(w) = current.take() {
                words.push(w);
            }
            if matches!(c, '.' | '!' | '?' | '\n' | '\r') {
                sentence_start = true;
            } else if !c.is_whitespace()
                && !matches!(c, '"' | '\'' | '(' | '“' | '‘' | '-' | '–' | '—')
            {
                sentence_start = false;
            }
        }
    }
    words.extend(current);

    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (k, w) in words.iter().enumerate() {
        if w.toned == 0 {
            continue;
        }
        let neighbour_caps = k
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .is_some_and(Word::all_caps)
            || words.get(k + 1).is_some_and(Word::all_caps);
        let whole = w.lower == 0 && (w.upper >= 2 || neighbour_caps);
        let Some(word) = text.get(w.start..w.end) else {
            continue;
        };
        let first_only = !whole
            && sentences
            && w.sentence_start
            && word.chars().next().is_some_and(is_toned_lowercase);
        if !whole && !first_only {
            continue;
        }
        out.push_str(text.get(copied..w.start).unwrap_or_default());
        for (j, c) in word.chars().enumerate() {
            if whole || j == 0 {
                out.push(upper(c));
            } else {
                out.push(c);
            }
        }
        copied = w.end;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    out
}
