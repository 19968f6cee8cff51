//! The quick check: does a word certainly need no change?
//!
//! Why: in clean text almost every word is already right, and the full path
//! (decode into letters, parse the syllable, compare) costs several times
//! more than Unicode's own NFC check. This check reads the word's bytes
//! once, decodes only what a Vietnamese word can hold (ASCII letters and the
//! precomposed vowels and đ), and answers "unchanged" when
//!
//! * no combining mark, look-alike đ, invisible or foreign character is
//!   there (any of those sends the word to the full path), and
//! * no ư/ơ pair that the horn repair might change is there, and
//! * there is no tone, or exactly one tone, sitting on the letter the
//!   placement rule picks for the word's vowel cluster.
//!
//! The placement is computed without validating the syllable: if the tone
//! already sits where the rule puts it, the full path would leave the word
//! as it is whether or not it is a syllable. Anything else ("maybe") goes to
//! the full path, which decides. The scanner's naive twin skips this check,
//! and a property test holds both to the same output.

use super::ToneStyle;
use super::letters::{self, Vowel};

/// Letter codes: vowel rows 0..=11 as in the letter tables, then these.
const Q: u8 = 12;
const G: u8 = 13;
const CONSONANT: u8 = 14;

const MAX: usize = 7;

/// Not a letter, in [`ASCII`].
const NOT_LETTER: u8 = 0xFF;

/// Letter codes of the ASCII bytes. (Built at compile time: indexing here
/// cannot panic at run time.)
#[allow(clippy::indexing_slicing)]
static ASCII: [u8; 128] = {
    let mut t = [NOT_LETTER; 128];
    let mut b = 0;
    while b < 128 {
        let lower = (b as u8) | 0x20;
        if lower.is_ascii_lowercase() {
            t[b] = match lower {
                b'a' => 0,
                b'e' => 3,
                b'i' => 5,
                b'o' => 6,
                b'u' => 9,
                b'y' => 11,
                b'q' => Q,
                b'g' => G,
                _ => CONSONANT,
            };
        }
        b += 1;
    }
    t
};

/// Packed (row + 1, tone, in letters' layout) for the two-byte sequences
/// with lead bytes C3..=C6 (U+00C0..=U+01BF), indexed by
/// `(lead - 0xC3) << 6 | (second & 0x3F)`; and for the three-byte sequences
/// E1 BA xx / E1 BB xx (U+1E80..=U+1EFF), indexed by `(second & 1) << 6 |
/// (third & 0x3F)`. Zero: not a vowel. Built from the letter tables.
static TWO_BYTE: [u8; 256] = letters::packed_table(0xC0);
#[allow(clippy::indexing_slicing)]
static THREE_BYTE: [u8; 128] = {
    let full = letters::packed_table(0x1E80);
    let mut t = [0u8; 128];
    let mut k = 0;
    while k < 128 {
        t[k] = full[k];
        k += 1;
    }
    t
};

/// Decodes the non-ASCII letter at `bytes[i..]` (lead byte `b0`): (code,
/// tone, byte length), or `None` for anything that is not a precomposed
/// Vietnamese vowel or `đ`/`Đ`.
#[inline(always)]
fn non_ascii_letter(bytes: &[u8], i: usize, b0: u8) -> Option<(u8, u8, usize)> {
    let (packed, len) = if (0xC3..=0xC6).contains(&b0) {
        let b1 = *bytes.get(i + 1)?;
        let index = (usize::from(b0 - 0xC3) << 6) | usize::from(b1 & 0x3F);
        if index == 0x50 || index == 0x51 {
            // U+0110 Đ, U+0111 đ.
            return Some((CONSONANT, 0, 2));
        }
        (TWO_BYTE.get(index).copied()?, 2)
    } else if b0 == 0xE1 {
        let b1 = *bytes.get(i + 1)?;
        let b2 = *bytes.get(i + 2)?;
        if b1 != 0xBA && b1 != 0xBB {
            return None;
        }
        let index = (usize::from(b1 & 1) << 6) | usize::from(b2 & 0x3F);
        (THREE_BYTE.get(index).copied()?, 3)
    } else {
        return None;
    };
    if packed == 0 {
        return None;
    }
    Some(((packed & 0x0F) - 1, (packed >> 4) & 0x07, len))
}

#[inline]
fn is_vowel(code: u8) -> bool {
    code < 12
}

#[inline]
fn has_modifier(code: u8) -> bool {
    matches!(code, 1 | 2 | 4 | 7 | 8 | 10)
}

/// If the word starting at `start` certainly needs no change in `style`,
/// returns where it ends.
#[inline(always)]
pub(crate) fn unchanged_word(bytes: &[u8], start: usize, style: ToneStyle) -> Option<usize> {
    // Most words are plain ASCII up to their end: nothing to check.
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii_alphabetic() {
            break;
        }
        i += 1;
    }
    match bytes.get(i) {
        Some(&b) if b >= 0x80 => {}
        _ => return Some(i),
    }

    let mut codes = [0u8; MAX];
    let mut n = 0usize;
    let mut tone_at = usize::MAX;
    let mut tones = 0u32;
    let mut horned = false;
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        let (code, tone, len) = if b < 0x80 {
            let code = ASCII.get(usize::from(b)).copied().unwrap_or(NOT_LETTER);
            if code == NOT_LETTER {
                // An ASCII non-letter ends the word.
                break;
            }
            (code, 0, 1)
        } else {
            // Anything that is not a Vietnamese letter (a mark, a foreign
            // letter, a closing quote): let the full path judge.
            non_ascii_letter(bytes, i, b)?
        };
        *codes.get_mut(n)? = code;
        if tone != 0 {
            tones += 1;
            tone_at = n;
        }
        horned |= code == Vowel::O_HORN.row() || code == Vowel::U_HORN.row();
        n += 1;
        i += len;
    }
    let end = i;
    let codes = codes.get(..n)?;

    // Pairs the horn repair may change: u+ơ, ư+o, and ư+ơ at the end.
    if horned {
        for (k, pair) in codes.windows(2).enumerate() {
            let (Some(&a), Some(&b)) = (pair.first(), pair.get(1)) else {
                continue;
            };
            match (Vowel::from_row(a), Vowel::from_row(b)) {
                (Some(Vowel::U), Some(Vowel::O_HORN)) | (Some(Vowel::U_HORN), Some(Vowel::O)) => {
                    return None;
                }
                (Some(Vowel::U_HORN), Some(Vowel::O_HORN)) if k + 2 == n => return None,
                _ => {}
            }
        }
    }
    match tones {
        0 => return Some(end),
        1 => {}
        _ => return None,
    }

    // The vowel cluster: after `qu`/`gi` when a vowel follows, else from
    // the first vowel.
    let first_vowel = codes.iter().position(|&c| is_vowel(c))?;
    let cs = match codes {
        [Q, 9, third, ..] | [G, 5, third, ..] if is_vowel(*third) => 2,
        _ => first_vowel,
    };
    let rest = codes.get(cs..)?;
    let len = rest.iter().take_while(|&&c| is_vowel(c)).count();
    let cluster = rest.get(..len)?;
    let has_coda = cs + len < n;
    let target = if len == 1 {
        cs
    } else if let Some(h) = cluster.iter().rposition(|&c| has_modifier(c)) {
        cs + h
    } else if has_coda {
        cs + len - 1
    } else if len == 3 {
        cs + 1
    } else if matches!(cluster, [6, 0] | [6, 3] | [9, 11]) {
        // Open oa/oe/uy: the style decides (the full path also knows the
        // onsets after which either place is kept).
        match style {
            ToneStyle::New => cs + 1,
            ToneStyle::Keep if tone_at == cs + 1 => cs + 1,
            _ => cs,
        }
    } else {
        cs
    };
    (target == tone_at).then_some(end)
}

/// A neighbour of the letter under the local check.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Near {
    /// Start or end of the text, or an ASCII non-letter.
    Edge,
    /// An ASCII letter (its code).
    Ascii(u8),
    /// A precomposed Vietnamese letter: code and tone.
    Viet(u8, u8),
    /// Anything else (a mark, a foreign letter, a symbol).
    Other,
}

impl Near {
    fn is_vowel(self) -> bool {
        match self {
            Near::Ascii(c) | Near::Viet(c, _) => is_vowel(c),
            _ => false,
        }
    }

    fn is_letter(self) -> bool {
        matches!(self, Near::Ascii(_) | Near::Viet(..))
    }
}

fn near_at(bytes: &[u8], i: usize) -> Near {
    let Some(&b) = bytes.get(i) else {
        return Near::Edge;
    };
    if b < 0x80 {
        let code = ASCII.get(usize::from(b)).copied().unwrap_or(NOT_LETTER);
        return if code == NOT_LETTER {
            Near::Edge
        } else {
            Near::Ascii(code)
        };
    }
    match non_ascii_letter(bytes, i, b) {
        Some((code, tone, _)) => Near::Viet(code, tone),
        None => Near::Other,
    }
}

/// The character ending just before `i`, if it is ASCII or a two- or
/// three-byte Vietnamese letter.
fn near_before(bytes: &[u8], i: usize) -> Near {
    let Some(j) = i.checked_sub(1) else {
        return Near::Edge;
    };
    let Some(&b) = bytes.get(j) else {
        return Near::Edge;
    };
    if b < 0x80 {
        return near_at(bytes, j);
    }
    if let Some(k) = i.checked_sub(2) {
        if bytes.get(k).is_some_and(|l| (0xC3..=0xC6).contains(l)) {
            return near_at(bytes, k);
        }
    }
    if let Some(k) = i.checked_sub(3) {
        if bytes.get(k) == Some(&0xE1) {
            return near_at(bytes, k);
        }
    }
    Near::Other
}

/// The local check (the scan reads it from a table where it can, see
/// [`letter_ok_fast`]): `Some(end of the character)` when the non-ASCII character at `i` is a Vietnamese letter that certainly
/// causes no change, judged from at most two neighbours on each side. Every
/// character of a word passing this check means the word needs no change;
/// the scan falls back to [`unchanged_word`] and the full path otherwise.
///
/// Accepted: a toneless letter other than a repairable ư/ơ; a toned vowel
/// alone between non-vowels; a toned hat letter followed by a non-vowel or
/// by a plain vowel that ends the cluster; a toned plain vowel starting an
/// open pair whose tone belongs on its first letter (`của`, `cái`, and in
/// the old style `hòa`).
#[inline(always)]
pub(crate) fn letter_ok(bytes: &[u8], i: usize, b0: u8, style: ToneStyle) -> Option<usize> {
    let (code, tone, len) = non_ascii_letter(bytes, i, b0)?;
    let end = i + len;
    let next = near_at(bytes, end);
    let o_horn = Vowel::O_HORN.row();
    let u_horn = Vowel::U_HORN.row();
    // Horn repairs: ư before o, u before ơ, and ươ at the end of a word.
    if code == u_horn {
        match next {
            Near::Ascii(c) if c == Vowel::O.row() => return None,
            Near::Viet(c, _) if c == o_horn && !near_at(bytes, end + 3).is_letter() => {
                return None;
            }
            Near::Other => return None,
            _ => {}
        }
    }
    if code == o_horn {
        match near_before(bytes, i) {
            Near::Ascii(c) if c == Vowel::U.row() => return None,
            Near::Viet(c, _) if c == u_horn && !next.is_letter() => return None,
            Near::Other => return None,
            _ => {}
        }
    }
    if tone == 0 {
        return Some(end);
    }
    let prev = near_before(bytes, i);
    // A toned neighbour means two tone marks; a mark or foreign letter
    // nearby needs the full path.
    if matches!(prev, Near::Other | Near::Viet(_, 1..)) {
        return None;
    }
    if has_modifier(code) {
        return match next {
            Near::Edge | Near::Ascii(CONSONANT | Q | G) => Some(end),
            Near::Ascii(_) => match near_at(bytes, end + 1) {
                Near::Edge | Near::Ascii(_) => Some(end),
                _ => None,
            },
            _ => None,
        };
    }
    if prev.is_vowel() {
        return None;
    }
    match next {
        Near::Edge | Near::Ascii(CONSONANT | Q | G) => Some(end),
        Near::Ascii(second) => {
            // The i of `gi` and the u of `qu` before a vowel are part of the
            // onset: the tone belongs to the vowel after them.
            let onset_letter = matches!((prev, code), (Near::Ascii(G), 5) | (Near::Ascii(Q), 9));
            if onset_letter || near_at(bytes, end + 1) != Near::Edge {
                return None;
            }
            let style_pair = matches!((code, second), (6, 0) | (6, 3) | (9, 11));
            (!style_pair || style != ToneStyle::New).then_some(end)
        }
        _ => None,
    }
}

// ----- the local check as a table ------------------------------------------
//
// Why: [`letter_ok`] is a chain of data-dependent branches (two or three
// neighbour decodes, horn, tone, modifier and style tests), and on clean
// text those branches, not the instruction count, set the speed. When both
// neighbours of the letter are ASCII (most letters of clean text), its
// answer depends only on small classes: the letter's row, whether it has a
// tone, the class of the byte before and after, and whether the byte after
// that is an edge, an ASCII letter or non-ASCII. So the answers are
// precomputed here, one bit each, and [`letter_ok_fast`] reads one bit.
// A test holds the table to [`letter_ok`] on every combination.

/// Class of an ASCII byte around a letter: its letter code (vowel rows,
/// `Q`, `G`, `CONSONANT`) or [`EDGE`]; [`NON_ASCII`] for bytes ≥ 0x80.
const EDGE: u8 = 15;
const NON_ASCII: u8 = 16;
/// A toneless `ư` before the letter (its row: no ASCII byte has it).
const U_HORN_BEFORE: u8 = Vowel::U_HORN.row();

#[allow(clippy::indexing_slicing)]
static NEAR_CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if ASCII[b] == NOT_LETTER {
            EDGE
        } else {
            ASCII[b]
        };
        b += 1;
    }
    t
};

/// [`NEAR_CLASS`] for the byte before the letter, where the last bytes of
/// `ư` (B0) and `Đ đ` (90, 91) stand for those letters, if [`PREV_LEAD`]
/// confirms it.
#[allow(clippy::indexing_slicing)]
static PREV_CLASS: [u8; 256] = {
    let mut t = NEAR_CLASS;
    t[0xB0] = U_HORN_BEFORE;
    t[0x90] = CONSONANT;
    t[0x91] = CONSONANT;
    t
};

/// The byte that must come before a [`PREV_CLASS`] byte standing for a
/// letter (`ư` is C6 B0, `Đ đ` are C4 90 and C4 91); zero for the others.
#[allow(clippy::indexing_slicing)]
static PREV_LEAD: [u8; 256] = {
    let mut t = [0u8; 256];
    t[0xB0] = 0xC6;
    t[0x90] = 0xC4;
    t[0x91] = 0xC4;
    t
};

/// The class of any non-ASCII character after the letter (a row no ASCII
/// byte has).
const NEXT_OTHER: u8 = Vowel::A_BREVE.row();

/// [`NEAR_CLASS`] for the byte after the letter: non-ASCII is [`NEXT_OTHER`].
#[allow(clippy::indexing_slicing)]
static NEXT_CLASS: [u8; 256] = {
    let mut t = [NEXT_OTHER; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = NEAR_CLASS[b];
        b += 1;
    }
    t
};

/// The byte after the neighbour: 0 an edge, 1 an ASCII letter, 2 non-ASCII.
#[allow(clippy::indexing_slicing)]
static AFTER_CLASS: [u8; 256] = {
    let mut t = [2u8; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if ASCII[b] == NOT_LETTER { 0 } else { 1 };
        b += 1;
    }
    t
};

/// [`TWO_BYTE`] (with `Đ đ` as consonants, packed row 15) followed by
/// [`THREE_BYTE`]: one table for every precomposed letter.
#[allow(clippy::indexing_slicing)]
static LETTER: [u8; 384] = {
    let mut t = [0u8; 384];
    let mut k = 0;
    while k < 256 {
        t[k] = TWO_BYTE[k];
        k += 1;
    }
    t[0x50] = CONSONANT + 1;
    t[0x51] = CONSONANT + 1;
    while k < 384 {
        t[k] = THREE_BYTE[k - 256];
        k += 1;
    }
    t
};

/// [`LETTER`] as `(row << 1 | toned) + 1` ([`local_index`]'s first
/// part), zero for what is not a letter, indexed by `(x0 - 0xBA) << 6 |
/// (x1 & 0x3F)` where `x0 x1` are the last two bytes of the letter: rows
/// BA and BB hold E1 BA xx and E1 BB xx, rows C3..=C6 the two-byte
/// letters, the rows between are empty. One index for both lengths lets
/// the scan decode without branching on the length.
#[allow(clippy::indexing_slicing)]
static LETTER_KEY: [u8; 13 * 64] = {
    let mut t = [0u8; 13 * 64];
    let mut k = 0;
    while k < 13 * 64 {
        let packed = if k < 128 {
            LETTER[256 + k]
        } else if k >= 9 * 64 {
            LETTER[k - 9 * 64]
        } else {
            0
        };
        if packed != 0 {
            t[k] = (((packed & 0x0F) - 1) << 1 | ((packed & 0x70 != 0) as u8)) + 1;
        }
        k += 1;
    }
    t
};

/// One bit per letter row (16) × tone flag (2) × class before (16) ×
/// class after (16) × class of the byte after that (4).
const LOCAL_BITS: usize = 16 * 2 * 16 * 16 * 4;

/// The local check's answers for ASCII neighbours, one bit set per
/// combination that [`letter_ok`] accepts.
pub(crate) type LocalTable = [u64; LOCAL_BITS / 64];

#[inline(always)]
const fn local_index(code: u8, toned: bool, prev: u8, next: u8, after: u8) -> usize {
    ((((code as usize) << 1 | toned as usize) << 4 | prev as usize) << 4 | next as usize) << 2
        | after as usize
}

/// [`letter_ok`] restricted to ASCII (or edge) neighbours, on classes.
const fn local_ok(code: u8, toned: bool, prev: u8, next: u8, after: u8, new: bool) -> bool {
    if next == NEXT_OTHER {
        // A toned letter before another non-ASCII character: two tones, a
        // mark or a foreign letter, the word decides. A toneless one is
        // fine (ư and ơ never come here).
        return !toned && code != Vowel::U_HORN.row() && code != Vowel::O_HORN.row();
    }
    if code == Vowel::U_HORN.row() && next == Vowel::O.row() {
        return false;
    }
    if code == Vowel::O_HORN.row() && prev == Vowel::U.row() {
        return false;
    }
    // `ươ` ending a word: the horn repair's case.
    if code == Vowel::O_HORN.row() && prev == U_HORN_BEFORE && next == EDGE {
        return false;
    }
    if !toned {
        return true;
    }
    if has_modifier_const(code) {
        return next >= 12 || after != 2;
    }
    if prev < 12 {
        return false;
    }
    if next >= 12 {
        return true;
    }
    let onset_letter = (prev == G && code == 5) || (prev == Q && code == 9);
    if onset_letter || after != 0 {
        return false;
    }
    let style_pair = (code == 6 && (next == 0 || next == 3)) || (code == 9 && next == 11);
    !(style_pair && new)
}

const fn has_modifier_const(code: u8) -> bool {
    matches!(code, 1 | 2 | 4 | 7 | 8 | 10)
}

#[allow(clippy::indexing_slicing)]
const fn local_table(new: bool) -> LocalTable {
    let mut t = [0u64; LOCAL_BITS / 64];
    let mut code = 0u8;
    while code < 16 {
        let mut toned = 0;
        while toned < 2 {
            let mut prev = 0u8;
            while prev < 16 {
                let mut next = 0u8;
                while next < 16 {
                    let mut after = 0u8;
                    while after < 3 {
                        if local_ok(code, toned == 1, prev, next, after, new) {
                            let k = local_index(code, toned == 1, prev, next, after);
                            t[k / 64] |= 1 << (k % 64);
                        }
                        after += 1;
                    }
                    next += 1;
                }
                prev += 1;
            }
            toned += 1;
        }
        code += 1;
    }
    t
}

/// The local tables: [`letter_ok`] treats the keep style as the old one
/// (it vouches only for what both leave alone); the new style moves the
/// tone of open oa/oe/uy.
static LOCAL_OLD: LocalTable = local_table(false);
static LOCAL_NEW: LocalTable = local_table(true);

/// The local table for `style`.
pub(crate) fn local_table_for(style: ToneStyle) -> &'static LocalTable {
    match style {
        ToneStyle::New => &LOCAL_NEW,
        _ => &LOCAL_OLD,
    }
}

/// [`letter_ok`], reading the answer from `table` (that of `style`) when
/// both neighbours are ASCII or edges.
#[inline(always)]
pub(crate) fn letter_ok_fast(
    bytes: &[u8],
    i: usize,
    b0: u8,
    style: ToneStyle,
    table: &LocalTable,
) -> Option<usize> {
    // The two bytes before the letter, the letter and the two bytes after
    // it, from one bounds check (at the text's edges, the plain check).
    let Some(&[p2, p1, _, b1, b2, b3, b4]) = i
        .checked_sub(2)
        .and_then(|j| bytes.get(j..))
        .and_then(|r| r.first_chunk::<7>())
    else {
        return letter_ok(bytes, i, b0, style);
    };
    // Both decodings are computed and one is selected without a branch:
    // two- and three-byte letters alternate unpredictably in Vietnamese.
    let three = b0 == 0xE1;
    let (x0, x1) = if three { (b1, b2) } else { (b0, b1) };
    let row = x0.wrapping_sub(0xBA);
    let index = (usize::from(row) << 6) | usize::from(x1 & 0x3F);
    let key = LETTER_KEY.get(index).copied().unwrap_or(0);
    // Rows BA and BB are the three-byte letters' second bytes, and only
    // those (C3..=C6 are the two-byte letters' first).
    if (key == 0) | ((row < 2) != three) {
        return None;
    }
    let (next, after) = if three { (b3, b4) } else { (b2, b3) };
    // The letter before: ASCII, or the two non-ASCII letters that often
    // precede another (`đ` in `được`, `ư` in `người`), or the slow path.
    let want = PREV_LEAD.get(usize::from(p1)).copied().unwrap_or(0);
    let wrong_lead = u8::from((want != 0) & (p2 != want)).wrapping_neg();
    let prev = PREV_CLASS
        .get(usize::from(p1))
        .copied()
        .unwrap_or(NON_ASCII)
        | (NON_ASCII & wrong_lead);
    // A non-ASCII letter after is a class of its own (its answer does not
    // depend on which letter it is), except after ư and ơ, whose horn
    // repair looks further: those take the plain check.
    let horn = (((key - 1) >> 1) | 2) == Vowel::U_HORN.row();
    if (prev & NON_ASCII != 0) | (horn & (next >= 0x80)) {
        return letter_ok(bytes, i, b0, style);
    }
    let next = NEXT_CLASS
        .get(usize::from(next))
        .copied()
        .unwrap_or(NEXT_OTHER);
    let after = AFTER_CLASS.get(usize::from(after)).copied().unwrap_or(2);
    let k = (((usize::from((key - 1) & 31) << 4 | usize::from(prev)) << 4) | usize::from(next))
        << 2
        | usize::from(after);
    let word = table.get(k / 64).copied().unwrap_or(0);
    (word >> (k % 64) & 1 == 1).then_some(i + 2 + usize::from(three))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table holds exactly [`letter_ok`]'s answers: every precomposed
    /// letter, between every class of neighbour (each ASCII letter, a
    /// space, a digit, punctuation, the text's edges, Vietnamese letters),
    /// in every style.
    #[test]
    fn local_table_matches_letter_ok() {
        let letters: Vec<char> = (0xC0..=0x1BF)
            .chain(0x1E80..=0x1EFF)
            .filter_map(char::from_u32)
            .filter(|c| {
                let s = c.to_string();
                let b = s.as_bytes();
                b.first()
                    .is_some_and(|&b0| non_ascii_letter(b, 0, b0).is_some())
            })
            .collect();
        assert!(letters.len() > 130, "{}", letters.len());
        let mut near: Vec<Option<char>> = ('a'..='z').map(Some).collect();
        // Also characters ending in the bytes of ư (B0) and đ (91) that are not
        // ư or đ: ð, Ự, Ằ, ố.
        near.extend("QGOUYĐđ .1-êờưƯơừðỰẰố\u{300}“".chars().map(Some));
        near.push(None);
        let after: Vec<Option<char>> = [None, Some(' '), Some('b'), Some('a'), Some('ê')].into();
        let styles = [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep];
        let mut checked = 0;
        for &letter in &letters {
            for &prev in &near {
                for &next in &near {
                    for &then in &after {
                        if next.is_none() && then.is_some() {
                            continue;
                        }
                        let mut s = String::new();
                        s.extend(prev);
                        let i = s.len();
                        s.push(letter);
                        s.extend(next);
                        s.extend(then);
                        let b = s.as_bytes();
                        let Some(&b0) = b.get(i) else { continue };
                        for style in styles {
                            assert_eq!(
                                letter_ok_fast(b, i, b0, style, local_table_for(style)),
                                letter_ok(b, i, b0, style),
                                "{s:?} {style:?}"
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 1_000_000, "{checked}");
    }
}
