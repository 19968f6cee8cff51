//! Letter-level helpers for labels and names: accent folding and a
//! Vietnamese syllable shape test.
//!
//! The byline reader only accepts a bare trailing name (no marker such as
//! `Theo`, `(TTXVN)` or `Ảnh:` beside it) when every word is a possible
//! Vietnamese syllable: this one test keeps English words and list items
//! (`Real Madrid`, `Oseni`, `S4`) from becoming bylines, which matters more
//! than recall (see DESIGN.md, News structure).

use std::borrow::Cow;

/// `c` lowercased with tone and vowel marks removed; `đ` stays `đ`.
///
/// A `match` on the precomposed letters (what NFC text holds): this runs
/// for every character of every label compared, so it avoids tables.
pub(crate) fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ' | 'ấ' | 'ẩ'
        | 'ẫ' | 'ậ' | 'À' | 'Á' | 'Ả' | 'Ã' | 'Ạ' | 'Ă' | 'Ằ' | 'Ắ' | 'Ẳ' | 'Ẵ' | 'Ặ' | 'Â'
        | 'Ầ' | 'Ấ' | 'Ẩ' | 'Ẫ' | 'Ậ' => 'a',
        'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' | 'È' | 'É' | 'Ẻ' | 'Ẽ'
        | 'Ẹ' | 'Ê' | 'Ề' | 'Ế' | 'Ể' | 'Ễ' | 'Ệ' => 'e',
        'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' | 'Ì' | 'Í' | 'Ỉ' | 'Ĩ' | 'Ị' => 'i',
        'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ' | 'ớ' | 'ở'
        | 'ỡ' | 'ợ' | 'Ò' | 'Ó' | 'Ỏ' | 'Õ' | 'Ọ' | 'Ô' | 'Ồ' | 'Ố' | 'Ổ' | 'Ỗ' | 'Ộ' | 'Ơ'
        | 'Ờ' | 'Ớ' | 'Ở' | 'Ỡ' | 'Ợ' => 'o',
        'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' | 'Ù' | 'Ú' | 'Ủ' | 'Ũ'
        | 'Ụ' | 'Ư' | 'Ừ' | 'Ứ' | 'Ử' | 'Ữ' | 'Ự' => 'u',
        'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' | 'Ỳ' | 'Ý' | 'Ỷ' | 'Ỹ' | 'Ỵ' => 'y',
        'đ' | 'Đ' => 'đ',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// True for a combining mark (U+0300–U+036F): decomposed text (NFD, 19
/// articles of the corpus) writes tone and vowel marks this way.
pub(crate) fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// True for a character that belongs to a word: a letter, a digit, or a
/// combining mark of a decomposed letter.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

/// `word` as the crate's normalizer writes it when it holds combining
/// marks, so that the shape tests below see precomposed letters; borrowed
/// (the common case) otherwise.
pub(crate) fn composed(word: &str) -> Cow<'_, str> {
    if word.chars().any(is_combining) {
        crate::text::normalize(word)
    } else {
        Cow::Borrowed(word)
    }
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
///
/// Not [`crate::text::syllable::is_syllable`]: that model checks the marks
/// too, and so rejects names written without diacritics (`Phi Nguyen`,
/// `Tuan Van`), which real bylines have; on the corpus it loses four
/// correct bylines and gains none.
pub(crate) fn is_syllable(word: &str) -> bool {
    let word = composed(word);
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
    INITIALS
        .iter()
        .any(|init| s.strip_prefix(init.as_bytes()).is_some_and(rime_ok))
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
    let word = composed(word);
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// True when `word` is all uppercase letters, at least one (`HÙNG`).
pub(crate) fn is_caps_word(word: &str) -> bool {
    let word = composed(word);
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
        // Every precomposed Vietnamese vowel folds to its base letter.
        for (base, letters) in [
            ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
            ('e', "èéẻẽẹêềếểễệ"),
            ('i', "ìíỉĩị"),
            ('o', "òóỏõọôồốổỗộơờớởỡợ"),
            ('u', "ùúủũụưừứửữự"),
            ('y', "ỳýỷỹỵ"),
        ] {
            for c in letters.chars().chain(letters.to_uppercase().chars()) {
                assert_eq!(fold_char(c), base, "{c}");
            }
        }
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
    fn decomposed_words() {
        assert!(is_title_word("Nguye\u{302}\u{303}n"));
        assert!(is_caps_word("HU\u{31B}\u{300}NG"));
        assert!(is_syllable("Nguye\u{302}\u{303}n"));
        assert!(is_word_char('\u{301}'));
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
