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

/// Letter codes of the ASCII bytes.
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
