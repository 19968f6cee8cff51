//! A compact check that a word is a well-formed Vietnamese syllable:
//! onset + rhyme + at most one tone, with the spelling rules that make a
//! wrong decoding stand out (`k` only before e ê i y, `gh`/`ngh` only before
//! e ê i, a rhyme ending in p t c ch only with sắc or nặng).
//!
//! It is the detector's and the repairer's notion of "reads as Vietnamese".
//! It is deliberately strict: a word it rejects is never *made* by repair,
//! so strictness only costs a missed repair, never a false one.

use super::letters::{Tone, toned_vowels, upper};

/// Onsets, longest first so that `ngh` is tried before `ng` and `n`.
const ONSETS: [&str; 28] = [
    "ngh", "ng", "nh", "gh", "gi", "kh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Every rhyme (vowel nucleus with its glides and final consonant), without
/// tone.
const RHYMES: [&str; 161] = [
    "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay", "e", "ec",
    "em", "en", "eng", "eo", "ep", "et", "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
    "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu", "o", "oa", "oac", "oach", "oai", "oam",
    "oan", "oang", "oanh", "oao", "oap", "oat", "oay", "oc", "oe", "oen", "oeo", "oet", "oi", "om",
    "on", "ong", "ooc", "oong", "op", "ot", "oăc", "oăm", "oăn", "oăng", "oăt", "u", "ua", "uc",
    "ui", "um", "un", "ung", "up", "ut", "uy", "uya", "uych", "uyn", "uynh", "uyp", "uyt", "uyu",
    "uyêch", "uyên", "uyêt", "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uôc", "uôi",
    "uôm", "uôn", "uông", "uôt", "uơ", "y", "yêm", "yên", "yêng", "yêt", "yêu", "âc", "âm", "ân",
    "âng", "âp", "ât", "âu", "ây", "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu", "ô", "ôc",
    "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ăc", "ăm", "ăn", "ăng", "ăp", "ăt", "ơ", "ơi", "ơm",
    "ơn", "ơp", "ơt", "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm",
    "ươn", "ương", "ươp", "ươt", "ươu",
];

/// The longest syllable is seven letters (`nghiêng`, `khuyếch`).
const MAX_LEN: usize = 7;

/// The letters of Vietnamese syllables, each coded by its position
/// (from 1). Words are turned into codes once, so that onsets and rhymes
/// are compared as small integers rather than strings: the detector calls
/// this for every word of every candidate reading.
const ALPHABET: [char; 29] = [
    'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ',
    'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'x', 'y',
];

const fn code(c: char) -> u8 {
    let mut rest: &[char] = &ALPHABET;
    let mut n = 1;
    while let [first, tail @ ..] = rest {
        if *first as u32 == c as u32 {
            return n;
        }
        rest = tail;
        n += 1;
    }
    0
}

const LATIN: std::ops::RangeInclusive<u32> = 0xC0..=0x1BF;
const EXTENDED: std::ops::RangeInclusive<u32> = 0x1EA0..=0x1EFF;

/// Codes of a string of base letters, packed five bits each.
fn pack(codes: &[u8]) -> u32 {
    codes.iter().fold(0u32, |key, &c| (key << 5) | u32::from(c))
}

/// What a word is made of, precomputed.
struct Tables {
    /// Non-ASCII letters (both cases, every tone) by code point, in two
    /// dense blocks (U+00C0–U+01BF and U+1EA0–U+1EFF, where all of them
    /// live): code and tone, code 0 for "not a letter".
    latin: Vec<(u8, Tone)>,
    extended: Vec<(u8, Tone)>,
    /// Packed rhymes, sorted.
    rhymes: Vec<u32>,
    /// Onsets as codes (padded with 0) and their length, longest first.
    onsets: Vec<(Onset, [u8; 3], usize)>,
}

/// The onsets that carry a spelling rule; the rest are `Plain`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Onset {
    C,
    K,
    GhNgh,
    GNg,
    Gi,
    Qu,
    Plain,
}

impl Onset {
    fn of(onset: &str) -> Onset {
        match onset {
            "c" => Onset::C,
            "k" => Onset::K,
            "gh" | "ngh" => Onset::GhNgh,
            "g" | "ng" => Onset::GNg,
            "gi" => Onset::Gi,
            "qu" => Onset::Qu,
            _ => Onset::Plain,
        }
    }
}

fn codes_of(s: &str) -> Vec<u8> {
    s.chars().map(code).collect()
}

fn tables() -> &'static Tables {
    static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut letters = Vec::new();
        for &base in &ALPHABET {
            letters.push((base, code(base), Tone::Level));
            letters.push((upper(base), code(base), Tone::Level));
        }
        for (form, base, tone) in toned_vowels() {
            letters.push((form, code(base), tone));
            letters.push((upper(form), code(base), tone));
        }
        let mut latin = vec![(0, Tone::Level); (LATIN.end() - LATIN.start() + 1) as usize];
        let mut extended = vec![(0, Tone::Level); (EXTENDED.end() - EXTENDED.start() + 1) as usize];
        for (c, code, tone) in letters {
            let cp = u32::from(c);
            let slot = if LATIN.contains(&cp) {
                latin.get_mut((cp - LATIN.start()) as usize)
            } else if EXTENDED.contains(&cp) {
                extended.get_mut((cp - EXTENDED.start()) as usize)
            } else {
                None
            };
            if let Some(slot) = slot {
                *slot = (code, tone);
            }
        }
        let mut rhymes: Vec<u32> = RHYMES.iter().map(|r| pack(&codes_of(r))).collect();
        rhymes.sort_unstable();
        let onsets = ONSETS
            .iter()
            .map(|o| {
                let mut padded = [0u8; 3];
                for (slot, c) in padded.iter_mut().zip(codes_of(o)) {
                    *slot = c;
                }
                (Onset::of(o), padded, o.chars().count())
            })
            .collect();
        Tables {
            latin,
            extended,
            rhymes,
            onsets,
        }
    })
}

/// True when `word` (any case, NFC) is one well-formed Vietnamese syllable.
pub(crate) fn is_syllable(word: &str) -> bool {
    let t = tables();
    let mut codes = [0u8; MAX_LEN];
    let mut n = 0;
    let mut tone = Tone::Level;
    for c in word.chars() {
        let (code, t_c) = if c.is_ascii_alphabetic() {
            (code(c.to_ascii_lowercase()), Tone::Level)
        } else {
            let cp = u32::from(c);
            let found = if LATIN.contains(&cp) {
                t.latin.get((cp - LATIN.start()) as usize)
            } else if EXTENDED.contains(&cp) {
                t.extended.get((cp - EXTENDED.start()) as usize)
            } else {
                None
            };
            match found {
                Some(&found) => found,
                None => return false,
            }
        };
        if code == 0 {
            return false;
        }
        if t_c != Tone::Level {
            if tone != Tone::Level {
                return false;
            }
            tone = t_c;
        }
        let Some(slot) = codes.get_mut(n) else {
            return false;
        };
        *slot = code;
        n += 1;
    }
    let Some(word) = codes.get(..n) else {
        return false;
    };
    t.onsets.iter().any(|&(onset, oc, len)| {
        let matches = len <= n && oc.iter().zip(word).take(len).all(|(a, b)| a == b);
        matches
            && word
                .get(len..)
                .is_some_and(|rest| onset_fits(onset, rest, tone, &t.rhymes))
    })
}

fn onset_fits(onset: Onset, rest: &[u8], tone: Tone, rhymes: &[u32]) -> bool {
    const E: u8 = code('e');
    const EE: u8 = code('ê');
    const I: u8 = code('i');
    const Y: u8 = code('y');
    const U: u8 = code('u');
    let first = rest.first().copied();
    let front = matches!(first, Some(E | EE | I | Y));
    let spelled_right = match onset {
        Onset::C => !front,
        Onset::K => front,
        Onset::GhNgh => matches!(first, Some(E | EE | I)),
        Onset::GNg => !matches!(first, Some(E | EE | I)),
        _ => true,
    };
    if !spelled_right {
        return false;
    }
    let fits = |glide: Option<u8>| {
        // The longest rhyme has five letters (`uyêch`); longer never fits
        // (and would not pack into 25 bits).
        if rest.len() + usize::from(glide.is_some()) > 5 {
            return false;
        }
        let key = match glide {
            Some(g) => pack(rest) | (u32::from(g) << (5 * rest.len())),
            None => pack(rest),
        };
        rhyme_fits(key, rest, tone, rhymes)
    };
    match onset {
        // `gi` swallows the `i` of the rhyme: gì = gi + (i)ì, giêng = gi + (i)êng.
        Onset::Gi => fits(None) || fits(Some(I)),
        // `qu` is q + the rhyme's u-glide: quỳnh = q + uynh, quốc = qu + ôc.
        Onset::Qu => first != Some(U) && (fits(None) || fits(Some(U))),
        _ => fits(None),
    }
}

fn rhyme_fits(key: u32, rest: &[u8], tone: Tone, rhymes: &[u32]) -> bool {
    const P: u8 = code('p');
    const T: u8 = code('t');
    const C: u8 = code('c');
    const H: u8 = code('h');
    if rest.is_empty() && key == 0 || rhymes.binary_search(&key).is_err() {
        return false;
    }
    // A rhyme closed by a stop takes only sắc or nặng.
    let stop = matches!(rest, [.., C, H] | [.., P] | [.., T] | [.., C]);
    !stop || matches!(tone, Tone::Acute | Tone::Dot)
}

/// The first, string-based version of the checker: the oracle that the
/// packed-code version above must agree with.
#[cfg(test)]
mod naive {
    use super::super::letters::{Tone, split_vowel};
    use super::{MAX_LEN, ONSETS, RHYMES};

    fn lower(c: char) -> char {
        let mut it = c.to_lowercase();
        match (it.next(), it.next()) {
            (Some(l), None) => l,
            _ => c,
        }
    }

    /// True when `word` (any case, NFC) is one well-formed Vietnamese syllable.
    pub(super) fn is_syllable(word: &str) -> bool {
        let mut base = [0u8; 4 * MAX_LEN];
        let mut len = 0;
        let mut count = 0;
        let mut tone = Tone::Level;
        for c in word.chars() {
            count += 1;
            if count > MAX_LEN {
                return false;
            }
            let c = lower(c);
            let plain = match split_vowel(c) {
                Some((b, t)) => {
                    if t != Tone::Level {
                        if tone != Tone::Level {
                            return false;
                        }
                        tone = t;
                    }
                    b
                }
                None if c.is_ascii_lowercase() && !matches!(c, 'f' | 'j' | 'w' | 'z') => c,
                None if c == 'đ' => c,
                None => return false,
            };
            let Some(slot) = base.get_mut(len..) else {
                return false;
            };
            len += plain.encode_utf8(slot).len();
        }
        let Some(Ok(base)) = base.get(..len).map(std::str::from_utf8) else {
            return false;
        };
        ONSETS.iter().any(|onset| {
            base.strip_prefix(onset)
                .is_some_and(|rest| onset_fits(onset, rest, tone))
        })
    }

    fn onset_fits(onset: &str, rest: &str, tone: Tone) -> bool {
        let first = rest.chars().next();
        let front = matches!(first, Some('e' | 'ê' | 'i' | 'y'));
        let spelled_right = match onset {
            "c" => !front,
            "k" => front,
            "gh" | "ngh" => matches!(first, Some('e' | 'ê' | 'i')),
            "g" | "ng" => !matches!(first, Some('e' | 'ê' | 'i')),
            _ => true,
        };
        if !spelled_right {
            return false;
        }
        match onset {
            // `gi` swallows the `i` of the rhyme: gì = gi + (i)ì, giêng = gi + (i)êng.
            "gi" => rhyme_fits(rest, tone) || prefixed_rhyme_fits('i', rest, tone),
            // `qu` is q + the rhyme's u-glide: quỳnh = q + uynh, quốc = qu + ôc.
            "qu" => {
                !rest.starts_with('u')
                    && (rhyme_fits(rest, tone) || prefixed_rhyme_fits('u', rest, tone))
            }
            _ => rhyme_fits(rest, tone),
        }
    }

    fn prefixed_rhyme_fits(glide: char, rest: &str, tone: Tone) -> bool {
        let mut buf = [0u8; 4 * MAX_LEN + 4];
        let head = glide.encode_utf8(&mut buf).len();
        let Some(tail) = buf.get_mut(head..head + rest.len()) else {
            return false;
        };
        tail.copy_from_slice(rest.as_bytes());
        match buf.get(..head + rest.len()).map(std::str::from_utf8) {
            Some(Ok(rhyme)) => rhyme_fits(rhyme, tone),
            _ => false,
        }
    }

    fn rhyme_fits(rhyme: &str, tone: Tone) -> bool {
        if !RHYMES.contains(&rhyme) {
            return false;
        }
        // A rhyme closed by a stop takes only sắc or nặng.
        let stop = rhyme.ends_with(['p', 't', 'c']) || rhyme.ends_with("ch");
        !stop || matches!(tone, Tone::Acute | Tone::Dot)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rhymes_are_distinct() {
        let mut r = RHYMES.to_vec();
        r.sort_unstable();
        r.dedup();
        assert_eq!(r.len(), RHYMES.len());
    }

    /// Every onset × rhyme × tone (tone on the rhyme's first vowel): the
    /// two checkers agree, and most of these are syllables.
    #[test]
    fn agrees_with_naive_on_every_onset_and_rhyme() {
        let toned: Vec<(char, char, Tone)> = crate::legacy::letters::toned_vowels().collect();
        let mut valid = 0;
        for onset in ONSETS {
            for rhyme in RHYMES {
                for tone in [None, Some(Tone::Grave), Some(Tone::Acute), Some(Tone::Dot)] {
                    let mut word = String::from(onset);
                    let mut done = tone.is_none();
                    for c in rhyme.chars() {
                        let form = toned
                            .iter()
                            .find(|&&(_, b, t)| !done && b == c && Some(t) == tone)
                            .map(|&(f, _, _)| f);
                        done |= form.is_some();
                        word.push(form.unwrap_or(c));
                    }
                    assert_eq!(is_syllable(&word), naive::is_syllable(&word), "{word}");
                    valid += usize::from(is_syllable(&word));
                }
            }
        }
        assert!(valid > 5000, "{valid}");
    }

    proptest::proptest! {
        /// The packed-code checker agrees with the string-based oracle on
        /// short strings of Vietnamese letters (both cases, every tone).
        #[test]
        fn agrees_with_naive(word in "[aàảãáạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfzAĂÂĐÊÔƠƯÁẾỘỮ]{1,8}") {
            proptest::prop_assert_eq!(is_syllable(&word), naive::is_syllable(&word), "{}", word);
        }
    }

    #[test]
    fn accepts_syllables() {
        for w in [
            "Hà",
            "Nội",
            "nghiêng",
            "khuyếch",
            "gì",
            "giêng",
            "giữa",
            "quỳnh",
            "quốc",
            "Quý",
            "người",
            "thuở",
            "ấy",
            "uống",
            "xoong",
            "kế",
            "ghi",
            "Việt",
            "Nam",
            "TƯỚNG",
            "đ\u{1ED3}ng",
            "hoà",
            "hòa",
            "thủy",
            "thuỷ",
            "oanh",
            "khỏe",
            "gìn",
        ] {
            assert!(is_syllable(w), "{w}");
        }
    }

    #[test]
    fn rejects_mojibake_and_misspellings() {
        for w in [
            "Néi",
            "hßa",
            "nh©n",
            "ci",
            "ghu",
            "ngi",
            "cáć",
            "ViÖt",
            "bát̀",
            "tap",
            "hát\u{300}",
            "ngh",
            "",
            "lưượng",
            "Müller",
            "Josộ",
            "and",
            "the1",
        ] {
            assert!(!is_syllable(w), "{w}");
        }
    }
}
