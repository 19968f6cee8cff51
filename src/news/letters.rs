//! Letter-level helpers for labels and names: accent folding and a
//! Vietnamese syllable shape test.
//!
//! The byline reader only accepts a bare trailing name (no marker such as
//! `Theo`, `(TTXVN)` or `Ảnh:` beside it) when every word is a possible
//! Vietnamese syllable: this one test keeps English words and list items
//! (`Real Madrid`, `Oseni`, `S4`) from becoming bylines, which matters more
//! than recall (see DESIGN.md, News structure).

/// Vowel letters by base: each group's letters fold to its first letter.
/// Lowercase only; callers lowercase first.
const VOWEL_GROUPS: &[(char, &str)] = &[
    ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
    ('e', "èéẻẽẹêềếểễệ"),
    ('i', "ìíỉĩị"),
    ('o', "òóỏõọôồốổỗộơờớởỡợ"),
    ('u', "ùúủũụưừứửữự"),
    ('y', "ỳýỷỹỵ"),
];

/// `c` lowercased with tone and vowel marks removed; `đ` stays `đ`.
pub(crate) fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    if lower == 'đ' {
        return 'đ';
    }
    VOWEL_GROUPS
        .iter()
        .find(|(_, letters)| letters.contains(lower))
        .map_or(lower, |&(base, _)| base)
}

/// Initial consonants of Vietnamese syllables, longest first.
const INITIALS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Final consonants of Vietnamese syllables.
const FINALS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// True when `word` has the shape of one Vietnamese syllable: an initial
/// consonant, one to three vowels, a final consonant (`Nguyễn`, `Thoả`,
/// `Đông`). Marks are ignored; `đ` counts as `d`.
pub(crate) fn is_syllable(word: &str) -> bool {
    let mut buf = [0u8; 16];
    let mut len = 0;
    for c in word.chars() {
        let f = match fold_char(c) {
            'đ' => 'd',
            f => f,
        };
        if !f.is_ascii_lowercase() {
            return false;
        }
        let Some(slot) = buf.get_mut(len) else {
            return false;
        };
        *slot = f as u8;
        len += 1;
    }
    let Some(s) = buf.get(..len) else {
        return false;
    };
    INITIALS.iter().any(|init| {
        s.strip_prefix(init.as_bytes())
            .is_some_and(|rest| rime_ok(rest))
    })
}

fn rime_ok(rest: &[u8]) -> bool {
    let vowels = rest
        .iter()
        .take_while(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
        .count();
    if !(1..=3).contains(&vowels) {
        return false;
    }
    let final_part = rest.get(vowels..).unwrap_or_default();
    FINALS.iter().any(|f| f.as_bytes() == final_part)
}

/// True when `word` is written in Title Case: an uppercase letter, then
/// lowercase letters only (`Hùng`, `Đông`).
pub(crate) fn is_title_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// True when `word` is all uppercase letters, at least one (`HÙNG`).
pub(crate) fn is_caps_word(word: &str) -> bool {
    !word.is_empty() && word.chars().all(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_marks_but_keeps_d_bar() {
        assert_eq!(fold_char('Ễ'), 'e');
        assert_eq!(fold_char('ự'), 'u');
        assert_eq!(fold_char('Đ'), 'đ');
        assert_eq!(fold_char('Q'), 'q');
    }

    #[test]
    fn syllables() {
        for w in [
            "Nguyễn", "Thoả", "Đông", "Tuyết", "Khanh", "Vy", "Ngọc", "gìn", "Quang", "Hưởng",
            "Xuân", "Y", "Anh", "Oanh", "Nghiêm", "Giang",
        ] {
            assert!(is_syllable(w), "{w}");
        }
        for w in [
            "Real", "Madrid", "Oseni", "S4", "Ank", "", "Tuấnn", "Strike",
        ] {
            assert!(!is_syllable(w), "{w}");
        }
    }

    #[test]
    fn cases() {
        assert!(is_title_word("Hùng"));
        assert!(!is_title_word("HÙNG"));
        assert!(is_caps_word("HÙNG"));
        assert!(!is_caps_word("Hùng"));
        assert!(!is_title_word("VnExpress"));
    }
}
