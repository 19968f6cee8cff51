//! The Vietnamese vowels × tones, as data: which precomposed letter is which
//! base vowel with which tone. The syllable scorer and the TCVN3 capital
//! restoration both need it, and neither needs a full Unicode decomposition.

/// Each row: a base vowel (with its breve, circumflex or horn) followed by
/// its five toned forms in the order grave, hook above, tilde, acute, dot
/// below. Lowercase only: callers lowercase first.
const VOWELS: [&str; 12] = [
    "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị", "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ",
    "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
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

const TONES: [Tone; 6] = [
    Tone::Level,
    Tone::Grave,
    Tone::Hook,
    Tone::Tilde,
    Tone::Acute,
    Tone::Dot,
];

/// Splits a lowercase vowel into its base vowel and tone, or `None` when
/// `c` is not a Vietnamese vowel.
pub(crate) fn split_vowel(c: char) -> Option<(char, Tone)> {
    if c.is_ascii() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
        return None;
    }
    for row in VOWELS {
        for (form, tone) in row.chars().zip(TONES) {
            if form == c {
                return row.chars().next().map(|base| (base, tone));
            }
        }
    }
    None
}

/// The lowercase of a single char (Vietnamese letters lowercase to one char).
pub(crate) fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
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
    fn splits_vowels() {
        assert_eq!(split_vowel('ự'), Some(('ư', Tone::Dot)));
        assert_eq!(split_vowel('a'), Some(('a', Tone::Level)));
        assert_eq!(split_vowel('b'), None);
        assert!(is_toned_lowercase('ề'));
        assert!(!is_toned_lowercase('ê'));
        assert_eq!(upper('ử'), 'Ử');
    }
}
