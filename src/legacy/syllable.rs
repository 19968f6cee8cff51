//! A compact check that a word is a well-formed Vietnamese syllable:
//! onset + rhyme + at most one tone, with the spelling rules that make a
//! wrong decoding stand out (`k` only before e ê i y, `gh`/`ngh` only before
//! e ê i, a rhyme ending in p t c ch only with sắc or nặng).
//!
//! It is the detector's and the repairer's notion of "reads as Vietnamese".
//! It is deliberately strict: a word it rejects is never *made* by repair,
//! so strictness only costs a missed repair, never a false one.

use super::letters::{Tone, lower, split_vowel};

/// Onsets, longest first so that `ngh` is tried before `ng` and `n`.
const ONSETS: [&str; 28] = [
    "ngh", "ng", "nh", "gh", "gi", "kh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Every rhyme (vowel nucleus with its glides and final consonant), without
/// tone, sorted for binary search.
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

/// True when `word` (any case, NFC) is one well-formed Vietnamese syllable.
pub(crate) fn is_syllable(word: &str) -> bool {
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
    if RHYMES.binary_search(&rhyme).is_err() {
        return false;
    }
    // A rhyme closed by a stop takes only sắc or nặng.
    let stop = rhyme.ends_with(['p', 't', 'c']) || rhyme.ends_with("ch");
    !stop || matches!(tone, Tone::Acute | Tone::Dot)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rhymes_are_sorted() {
        assert!(RHYMES.windows(2).all(|w| w[0] < w[1]));
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
