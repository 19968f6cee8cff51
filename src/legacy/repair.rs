//! Repair of UTF-8 text that contains legacy bytes read as Windows-1252 or
//! Latin-1: "Hµ Néi" (TCVN3), "Coäng hoøa" (VNI), and the stray damaged
//! words found in real archives ("l\u{AD}ưîng", "kỳø", "nghiệåp").
//!
//! The rule that keeps good text safe: a word is only changed when it is
//! *not* a Vietnamese syllable as written and *becomes* one when its
//! characters are read back as the bytes they stood for. A word is only
//! looked at when it contains a character Vietnamese does not use (a symbol
//! such as `µ ¸ ©`, a foreign letter such as `ß Ö ñ`, a control) — a *seed* —
//! or sits next to a repaired word. The encoding is chosen by a vote of all
//! seeds in the text, so that one text is repaired one consistent way.
//!
//! When the whole text is a misreading (every character maps back to a
//! byte) and a legacy decoding of all of it reads better than the text as
//! it is, the whole text is decoded: that also mends words that happen to
//! be valid both ways ("bé" for TCVN3 "bộ").

use std::borrow::Cow;

use super::Encoding;
use super::decode::{decode_plain, restore_capitals, vni_pair};
use super::detect::{
    LEGACY, SAMPLE, is_edge_punctuation, misread_byte, misread_bytes, plausible_case, score,
};
use super::syllable::is_syllable;
use super::tables;

/// Gives back the intended text of `text` when it contains legacy bytes that
/// were read as Windows-1252 or Latin-1, whole or in stray words; borrows
/// when nothing changes. Text that was already right is never changed.
///
/// ```
/// use std::borrow::Cow;
/// use vietnorm::legacy::repair;
///
/// assert_eq!(repair("Céng hßa x· héi chñ nghÜa ViÖt Nam"), "Cộng hòa xã hội chủ nghĩa Việt Nam");
/// assert_eq!(repair("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"), "Cộng hòa xã hội chủ nghĩa Việt Nam");
/// assert_eq!(repair("so với cùng kỳø năm trước"), "so với cùng kỳ năm trước");
/// assert!(matches!(repair("Nhiệt độ 30°C, Zürich"), Cow::Borrowed(_)));
/// ```
pub fn repair(text: &str) -> Cow<'_, str> {
    if text
        .bytes()
        .all(|b| matches!(b, 0x20..=0x7E | b'\t' | b'\n' | b'\r'))
    {
        return Cow::Borrowed(text);
    }
    // Cheap: stops at the first character no misreading produces (ư, ệ…),
    // which good Vietnamese text has within a few words.
    if let Some(whole) = repair_whole(text) {
        return Cow::Owned(whole);
    }
    if !looks_damaged(text) {
        return Cow::Borrowed(text);
    }
    repair_words(text)
}

/// A quick scan for any sign of damage: a suspect character, or a capital
/// right after a lowercase letter with one of them outside ASCII ("ViÖt",
/// "thaÌnh": Windows-1258 and VNI bytes misread put capitals inside words).
fn looks_damaged(text: &str) -> bool {
    let mut prev_lower = false;
    for c in text.chars() {
        if is_suspect(c) || (prev_lower && !c.is_ascii() && c.is_uppercase()) {
            return true;
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// Characters that legacy bytes show as and that Vietnamese text does not
/// use inside words: foreign letters and signs (see [`is_foreign_letter`]
/// and [`is_sign`]).
fn is_suspect(c: char) -> bool {
    is_foreign_letter(c) || is_sign(c)
}

/// Letters (and controls) that no Vietnamese word contains but misread
/// legacy bytes do: Latin-1 and Windows-1252 letters outside Vietnamese,
/// and the C0/C1 controls that VISCII and VPS use as letters. One of them
/// anywhere in a word is enough to look at it.
fn is_foreign_letter(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        '\u{0}'..='\u{1F}' | '\u{80}'..='\u{9F}' => true,
        'Ä' | 'Å' | 'Æ' | 'Ç' | 'Ë' | 'Î' | 'Ï' | 'Ð' | 'Ñ' | 'Ö' | 'Ø' | 'Û' | 'Ü' | 'Þ' | 'ß'
        | 'ä' | 'å' | 'æ' | 'ç' | 'ë' | 'î' | 'ï' | 'ð' | 'ñ' | 'ö' | 'ø' | 'û' | 'ü' | 'þ'
        | 'ÿ' | 'Œ' | 'œ' | 'Š' | 'š' | 'Ÿ' | 'Ž' | 'ž' | 'ƒ' => true,
        _ => false,
    }
}

/// Signs that misread legacy bytes show as but that good text also uses
/// on their own or after a word (`m²`, `•`, `±`, `«`): only a sign *inside*
/// a word, with letters on both sides (`nh©n`, `B¾c`), or two of them,
/// make a word worth looking at.
fn is_sign(c: char) -> bool {
    matches!(
        c,
        '\u{A1}'
            ..='\u{BF}'
                | '×'
                | '÷'
                | 'ˆ'
                | '˜'
                | '†'
                | '‡'
                | '‰'
                | '‹'
                | '›'
                | '•'
                | '™'
                | '€'
                | '‚'
                | '„'
    ) && c != '\u{A0}'
}

/// True when `core` (a word that is not a syllable as written) shows enough
/// damage to be repaired on its own; see the rules on [`is_foreign_letter`],
/// [`is_sign`] and [`odd_capital`].
fn is_seed(core: &str) -> bool {
    let chars: Vec<char> = core.chars().collect();
    let signs = chars.iter().filter(|&&c| is_sign(c)).count();
    // A word of signs only is a seed when there are two or more (`®·` is
    // TCVN3 "đã"); one sign alone (`•`, `½`) never is.
    if !core.chars().any(|c| c.is_alphabetic() && !is_sign(c)) {
        return signs >= 2;
    }
    if core.chars().any(is_foreign_letter) {
        return true;
    }
    let inner_sign = chars.windows(3).any(|w| match w {
        [a, s, b] => is_sign(*s) && a.is_alphabetic() && (b.is_alphabetic() || is_sign(*b)),
        _ => false,
    });
    // A sign closing a word ("Hµ", "x·") also counts, unless good text
    // puts it there too: units, marks and quotes (`m²`, `25°`, `Word®`).
    let final_sign = match chars.as_slice() {
        [.., a, s] => {
            is_sign(*s)
                && a.is_alphabetic()
                && !is_sign(*a)
                && !matches!(
                    s,
                    '²' | '³'
                        | '¹'
                        | '°'
                        | 'º'
                        | 'ª'
                        | '®'
                        | '©'
                        | '™'
                        | '‰'
                        | '«'
                        | '»'
                        | '¿'
                        | '¡'
                        | '€'
                        | '£'
                        | '¥'
                        | '¢'
                        | '§'
                        | '´'
                        | '¨'
                )
        }
        _ => false,
    };
    // A sign opening a word before a letter (`®i`, `¶nh`): good text puts
    // signs there too (`«Tôi`, `°C`, `©AP`), but those never read back as
    // a syllable, which every repair must.
    let initial_sign = match chars.as_slice() {
        [s, b, ..] => is_sign(*s) && b.is_alphabetic() && !is_sign(*b),
        _ => false,
    };
    signs >= 2 || inner_sign || final_sign || initial_sign || odd_capital(core)
}

/// A capital after a lowercase letter that is not just two words glued
/// together by a lost line break ("cuốiÔng" is "cuối" + "Ông"; "thaÌnh" is a
/// Windows-1258 tone byte misread).
fn odd_capital(core: &str) -> bool {
    let mut prev_lower = false;
    for (i, c) in core.char_indices() {
        if prev_lower && c.is_uppercase() && !c.is_ascii() {
            let (head, tail) = core.split_at(i);
            return !(is_syllable(head) && is_syllable(tail));
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// The whole text decoded, when it is a misreading that decodes better.
///
/// The encoding is chosen on the first [`SAMPLE`] bytes, as [`detect`]
/// does, then the whole text is decoded with it.
///
/// [`detect`]: super::detect
fn repair_whole(text: &str) -> Option<String> {
    let raw = misread_bytes(text)?;
    let cut = crate::text::floor_boundary(text, SAMPLE);
    let head = text.get(..cut)?;
    let head_raw = misread_bytes(head)?;
    let as_is = score(head);
    // Whole-text damage leaves many words broken (not all: VISCII and
    // Windows-1258 keep à á â… where Latin-1 has them); a text with one
    // broken word, or a few among many good ones, is mended word by word.
    if as_is.bad < 2 || as_is.bad * 5 < as_is.good + as_is.bad {
        return None;
    }
    let mut best: Option<(f64, Encoding)> = None;
    for e in LEGACY {
        let s = score(&whole_decode(&head_raw, e));
        let mostly_vietnamese = s.good >= 2 && s.bad * 4 <= s.good;
        if mostly_vietnamese
            && s.value() > as_is.value() + 1.0 + 0.05 * as_is.value().abs()
            && best.is_none_or(|(v, _)| s.value() > v)
        {
            best = Some((s.value(), e));
        }
    }
    best.map(|(_, e)| whole_decode(&raw, e).into_owned())
}

/// A whole misread text decoded; TCVN3 gets its capitals back.
fn whole_decode(raw: &[u8], encoding: Encoding) -> Cow<'_, str> {
    match decode_plain(raw, encoding) {
        d if encoding == Encoding::Tcvn3 => Cow::Owned(restore_capitals(&d, true)),
        d => d,
    }
}

/// One word of the text: its core (the word without edge punctuation) as a
/// byte range.
struct Word {
    start: usize,
    end: usize,
    seed: bool,
    fixed: Option<(Encoding, String)>,
}

/// Worth trying: not plain ASCII, no digits, a letter or two signs, and not
/// a syllable as written. (Computed only where needed: it is the costly
/// part, and good text needs it for no word at all.)
fn is_candidate(core: &str) -> bool {
    !core.is_ascii_plain()
        && (core.chars().any(|c| c.is_alphabetic() && !is_sign(c))
            || core.chars().filter(|&c| is_sign(c)).count() >= 2)
        && !core.bytes().any(|b| b.is_ascii_digit())
        && !(is_syllable(core) && plausible_case(core))
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut pos = 0;
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end_matches(char::is_whitespace);
        let lead = word.len() - word.trim_start_matches(is_edge_punctuation).len();
        let core = word.trim_matches(is_edge_punctuation);
        let start = pos + lead;
        pos += piece.len();
        if core.is_empty() {
            continue;
        }
        out.push(Word {
            start,
            end: start + core.len(),
            seed: !core.is_ascii_plain()
                && looks_damaged(core)
                && is_candidate(core)
                && is_seed(core),
            fixed: None,
        });
    }
    out
}

trait AsciiPlain {
    fn is_ascii_plain(&self) -> bool;
}

impl AsciiPlain for str {
    /// ASCII without the controls VISCII and VPS use as letters.
    fn is_ascii_plain(&self) -> bool {
        self.bytes().all(|b| matches!(b, 0x20..=0x7E))
    }
}

fn repair_words(text: &str) -> Cow<'_, str> {
    let mut words = words(text);
    // Seeds vote for the encodings that make them syllables.
    let mut votes = [0u32; LEGACY.len()];
    let mut options: Vec<Vec<(usize, String)>> = Vec::with_capacity(words.len());
    for w in &words {
        let mut found = Vec::new();
        if w.seed {
            if let Some(core) = text.get(w.start..w.end) {
                for (k, e) in LEGACY.iter().enumerate() {
                    if let Some(fixed) = repair_word(core, *e) {
                        found.push((k, fixed));
                    }
                }
            }
        }
        for (k, _) in &found {
            if let Some(v) = votes.get_mut(*k) {
                *v += 1;
            }
        }
        options.push(found);
    }
    if options.iter().all(Vec::is_empty) {
        return Cow::Borrowed(text);
    }
    for (w, found) in words.iter_mut().zip(options) {
        let best = found
            .into_iter()
            .max_by_key(|(k, _)| (votes.get(*k).copied().unwrap_or(0), usize::MAX - k));
        if let Some((k, fixed)) = best {
            if let Some(&e) = LEGACY.get(k) {
                w.fixed = Some((e, fixed));
            }
        }
    }
    // With strong evidence for one encoding (three seeds or more, two
    // thirds of them for it), every word that is not a syllable as written
    // but is one read back that way is repaired too, seed or not
    // (`víi` → với, `tiÕng` → tiếng, which looks like two glued words).
    let seeds = words.iter().filter(|w| w.fixed.is_some()).count() as u32;
    let leader = votes
        .iter()
        .enumerate()
        .max_by_key(|&(k, v)| (*v, usize::MAX - k))
        .filter(|&(_, v)| seeds >= 3 && v * 3 >= seeds * 2)
        .and_then(|(k, _)| LEGACY.get(k).copied());
    if let Some(e) = leader {
        for w in words.iter_mut().filter(|w| w.fixed.is_none()) {
            if let Some(fixed) = text
                .get(w.start..w.end)
                .filter(|core| is_candidate(core))
                .and_then(|core| repair_word(core, e))
            {
                w.fixed = Some((e, fixed));
            }
        }
    }
    // A damaged word often has undamaged-looking neighbours ("Néi" after
    // "Hµ"): repair those that are not syllables as written, with the
    // neighbour's encoding, spreading both ways.
    for _ in 0..2 {
        spread(text, &mut words, false);
        spread(text, &mut words, true);
    }

    if words.iter().all(|w| w.fixed.is_none()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for w in &words {
        if let Some((_, fixed)) = &w.fixed {
            out.push_str(text.get(copied..w.start).unwrap_or_default());
            out.push_str(fixed);
            copied = w.end;
        }
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    Cow::Owned(out)
}

fn spread(text: &str, words: &mut [Word], backwards: bool) {
    let n = words.len();
    for step in 0..n {
        let i = if backwards { n - 1 - step } else { step };
        let neighbour = if backwards { i + 1 } else { i.wrapping_sub(1) };
        let Some(e) = words
            .get(neighbour)
            .and_then(|w| w.fixed.as_ref().map(|(e, _)| *e))
        else {
            continue;
        };
        let Some(w) = words.get_mut(i) else {
            continue;
        };
        if w.fixed.is_some() {
            continue;
        }
        if let Some(fixed) = text
            .get(w.start..w.end)
            .filter(|core| is_candidate(core))
            .and_then(|core| repair_word(core, e))
        {
            w.fixed = Some((e, fixed));
        }
    }
}

/// A character of a damaged word: the byte it stood for, or a character
/// that no misreading produces (kept as it is).
#[derive(Clone, Copy)]
enum Piece {
    Byte(u8),
    Kept(char),
}

/// `core` read back through `encoding`, if that makes it a syllable.
fn repair_word(core: &str, encoding: Encoding) -> Option<String> {
    let pieces: Vec<Piece> = core
        .chars()
        .map(|c| match misread_byte(c) {
            Some(b) => Piece::Byte(b),
            None => Piece::Kept(c),
        })
        .collect();
    if !pieces
        .iter()
        .any(|p| matches!(p, Piece::Byte(b) if *b >= 0x80 || *b < 0x20))
    {
        return None;
    }
    for tidy in [false, true] {
        let mut fixed = decode_pieces(&pieces, encoding, tidy);
        if encoding == Encoding::Tcvn3 {
            fixed = restore_capitals(&fixed, false);
        }
        if fixed != core && is_syllable(&fixed) && plausible_case(&fixed) {
            return Some(fixed);
        }
    }
    None
}

/// Decodes the pieces. With `tidy`, also drops what half-converted text
/// leaves behind: a VNI mark byte with no letter to join (`kỳø`) and a kept
/// letter that repeats the decoded letter before it (`l\u{AD}ưîng`).
fn decode_pieces(pieces: &[Piece], encoding: Encoding, tidy: bool) -> String {
    let mut out = String::with_capacity(pieces.len() * 2);
    let mut last_decoded: Option<char> = None;
    let mut i = 0;
    while let Some(piece) = pieces.get(i) {
        i += 1;
        match *piece {
            Piece::Kept(c) => {
                if !(tidy && last_decoded == Some(c)) {
                    out.push(c);
                }
                last_decoded = None;
            }
            Piece::Byte(b) if encoding == Encoding::Vni => {
                if let Some(Piece::Byte(m)) = pieces.get(i) {
                    if let Some(c) = vni_pair(b, *m) {
                        out.push(c);
                        last_decoded = Some(c);
                        i += 1;
                        continue;
                    }
                }
                let lone_mark = b >= 0xC0 && tables::VNI_PAIRS.iter().any(|&(_, m, _)| m == b);
                if tidy && lone_mark {
                    continue;
                }
                let c = single(&tables::VNI_SINGLE, b);
                out.push(c);
                last_decoded = Some(c);
            }
            Piece::Byte(b) => {
                let c = single(table(encoding), b);
                out.push(c);
                last_decoded = Some(c);
            }
        }
    }
    match encoding {
        Encoding::Tcvn3 | Encoding::Cp1258 => super::decode::nfc(&out).into_owned(),
        _ => out,
    }
}

fn single(table: &[char; 256], b: u8) -> char {
    table.get(usize::from(b)).copied().unwrap_or('\u{FFFD}')
}

fn table(encoding: Encoding) -> &'static [char; 256] {
    match encoding {
        Encoding::Tcvn3 => &tables::TCVN3,
        Encoding::Viscii => &tables::VISCII,
        Encoding::Vps => &tables::VPS,
        Encoding::Cp1258 => &tables::CP1258,
        Encoding::Vni => &tables::VNI_SINGLE,
        Encoding::Utf8 | Encoding::Viqr => &tables::CP1252,
    }
}
