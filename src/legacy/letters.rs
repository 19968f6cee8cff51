//! The Vietnamese vowels × tones, as data: which precomposed letter is which
//! base vowel with which tone. The syllable scorer and the TCVN3 capital
//! restoration both need it, and neither needs a full Unicode decomposition.

/// Each row: a base vowel (with its breve, circumflex or horn) followed by
/// its five toned forms in the order grave, hook above, tilde, acute, dot
/// below. Lowercase only: callers lowercase first.
#[cfg(test)]
const VOWELS: [&str; 12] = [
    "aàảãáạ",
    "ăằẳẵắặ",
    "âầẩẫấậ",
    "eèẻẽéẹ",
    "êềểễếệ",
    "iìỉĩíị",
    "oòỏõóọ",
    "ôồổỗốộ",
    "ơờởỡớợ",
    "uùủũúụ",
    "ưừửữứự",
    "yỳỷỹýỵ",
];

/// A tone of a Vietnamese syllable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tone {
    /// Ngang: no mark.
    Level,
    /// Huyền.
    Grave,
    /// Hỏi.
    Hook,
    /// Ngã.
    Tilde,
    /// Sắc.
    Acute,
    /// Nặng.
    Dot,
}

#[cfg(test)]
const TONES: [Tone; 6] = [
    Tone::Level,
    Tone::Grave,
    Tone::Hook,
    Tone::Tilde,
    Tone::Acute,
    Tone::Dot,
];

/// Every lowercase vowel as (letter, base vowel, tone), sorted by letter
/// for binary search: [`VOWELS`] turned around (a unit test checks they
/// agree).
const SPLIT: [(char, char, Tone); 72] = [
    ('a', 'a', Tone::Level),
    ('e', 'e', Tone::Level),
    ('i', 'i', Tone::Level),
    ('o', 'o', Tone::Level),
    ('u', 'u', Tone::Level),
    ('y', 'y', Tone::Level),
    ('à', 'a', Tone::Grave),
    ('á', 'a', Tone::Acute),
    ('â', 'â', Tone::Level),
    ('ã', 'a', Tone::Tilde),
    ('è', 'e', Tone::Grave),
    ('é', 'e', Tone::Acute),
    ('ê', 'ê', Tone::Level),
    ('ì', 'i', Tone::Grave),
    ('í', 'i', Tone::Acute),
    ('ò', 'o', Tone::Grave),
    ('ó', 'o', Tone::Acute),
    ('ô', 'ô', Tone::Level),
    ('õ', 'o', Tone::Tilde),
    ('ù', 'u', Tone::Grave),
    ('ú', 'u', Tone::Acute),
    ('ý', 'y', Tone::Acute),
    ('ă', 'ă', Tone::Level),
    ('ĩ', 'i', Tone::Tilde),
    ('ũ', 'u', Tone::Tilde),
    ('ơ', 'ơ', Tone::Level),
    ('ư', 'ư', Tone::Level),
    ('ạ', 'a', Tone::Dot),
    ('ả', 'a', Tone::Hook),
    ('ấ', 'â', Tone::Acute),
    ('ầ', 'â', Tone::Grave),
    ('ẩ', 'â', Tone::Hook),
    ('ẫ', 'â', Tone::Tilde),
    ('ậ', 'â', Tone::Dot),
    ('ắ', 'ă', Tone::Acute),
    ('ằ', 'ă', Tone::Grave),
    ('ẳ', 'ă', Tone::Hook),
    ('ẵ', 'ă', Tone::Tilde),
    ('ặ', 'ă', Tone::Dot),
    ('ẹ', 'e', Tone::Dot),
    ('ẻ', 'e', Tone::Hook),
    ('ẽ', 'e', Tone::Tilde),
    ('ế', 'ê', Tone::Acute),
    ('ề', 'ê', Tone::Grave),
    ('ể', 'ê', Tone::Hook),
    ('ễ', 'ê', Tone::Tilde),
    ('ệ', 'ê', Tone::Dot),
    ('ỉ', 'i', Tone::Hook),
    ('ị', 'i', Tone::Dot),
    ('ọ', 'o', Tone::Dot),
    ('ỏ', 'o', Tone::Hook),
    ('ố', 'ô', Tone::Acute),
    ('ồ', 'ô', Tone::Grave),
    ('ổ', 'ô', Tone::Hook),
    ('ỗ', 'ô', Tone::Tilde),
    ('ộ', 'ô', Tone::Dot),
    ('ớ', 'ơ', Tone::Acute),
    ('ờ', 'ơ', Tone::Grave),
    ('ở', 'ơ', Tone::Hook),
    ('ỡ', 'ơ', Tone::Tilde),
    ('ợ', 'ơ', Tone::Dot),
    ('ụ', 'u', Tone::Dot),
    ('ủ', 'u', Tone::Hook),
    ('ứ', 'ư', Tone::Acute),
    ('ừ', 'ư', Tone::Grave),
    ('ử', 'ư', Tone::Hook),
    ('ữ', 'ư', Tone::Tilde),
    ('ự', 'ư', Tone::Dot),
    ('ỳ', 'y', Tone::Grave),
    ('ỵ', 'y', Tone::Dot),
    ('ỷ', 'y', Tone::Hook),
    ('ỹ', 'y', Tone::Tilde),
];

/// Splits a lowercase vowel into its base vowel and tone, or `None` when
/// `c` is not a Vietnamese vowel.
pub(crate) fn split_vowel(c: char) -> Option<(char, Tone)> {
    if c.is_ascii() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
        return None;
    }
    SPLIT
        .binary_search_by(|&(k, _, _)| k.cmp(&c))
        .ok()
        .and_then(|i| SPLIT.get(i))
        .map(|&(_, base, tone)| (base, tone))
}

/// Every lowercase toned vowel as (letter, base vowel, tone).
pub(crate) fn toned_vowels() -> impl Iterator<Item = (char, char, Tone)> {
    SPLIT.iter().copied().filter(|&(_, _, t)| t != Tone::Level)
}

/// The uppercase of a single char (Vietnamese letters uppercase to one char).
pub(crate) fn upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// True for a lowercase vowel that carries a tone mark.
pub(crate) fn is_toned_lowercase(c: char) -> bool {
    c.is_lowercase() && split_vowel(c).is_some_and(|(_, t)| t != Tone::Level)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_table_agrees_with_vowel_rows() {
        let mut n = 0;
        for row in VOWELS {
            let base = row.chars().next().unwrap();
            for (form, tone) in row.chars().zip(TONES) {
                assert_eq!(split_vowel(form), Some((base, tone)), "{form}");
                n += 1;
            }
        }
        assert_eq!(n, SPLIT.len());
        assert!(SPLIT.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn splits_vowels() {
        assert_eq!(split_vowel('ự'), Some(('ư', Tone::Dot)));
        assert_eq!(split_vowel('a'), Some(('a', Tone::Level)));
        assert_eq!(split_vowel('b'), None);
        assert!(is_toned_lowercase('ề'));
        assert!(!is_toned_lowercase('ê'));
        assert_eq!(upper('ử'), 'Ử');
    }
}
