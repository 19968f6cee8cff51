//! The words around a byte offset of running text, for the rules that
//! find their lead with a whole-text search (`memchr::memmem`) rather than
//! in the token stream: "hàng tấn", "cả cây số" (`units_on_end`), a bare
//! "nửa" (`bare_halves`), "tuổi đôi mươi" (`ages`), "một hai lần"
//! (`spelled_pairs`), a spoon's "M" (`spoons`). A word is a run of letters
//! and digits; what is glued to a lead decides whether it is a word of its
//! own.

use std::borrow::Cow;

/// Every lead of `text` spelled with the ASCII letter `head`, in either
/// case, then `tail` ("h" and "àng " for "hàng " and "Hàng "): the byte
/// where its head stands and whether that is a capital. The tail is found
/// by a whole-text search with `memchr::memmem` (vector loads;
/// `str::match_indices`, a byte at a time, cost `extract` 47M
/// instructions on the 4 MB bench for two such walks: speed1 probe),
/// then the one byte before it is checked.
pub(super) fn leads<'t>(
    text: &'t str,
    head: u8,
    tail: &'t str,
) -> impl Iterator<Item = (usize, bool)> + 't {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, tail.as_bytes()).filter_map(move |at| {
        let start = at.checked_sub(1)?;
        let byte = *bytes.get(start)?;
        if byte == head {
            Some((start, false))
        } else if byte == head.to_ascii_uppercase() {
            Some((start, true))
        } else {
            None
        }
    })
}

/// True when a letter or a digit is glued right before byte `at` ("…nửa"
/// inside "Thanửa" is no word of its own).
///
/// ```text
/// glued_before("cả tấn", 0) == false; glued_before("tất cả", 4) == true
/// ```
pub(super) fn glued_before(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|head| head.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

/// True when a letter or a digit is glued right after byte `at`.
pub(super) fn glued_after(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|tail| tail.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// The start of the word that ends at byte `end`, if a word ends there.
pub(super) fn word_start(text: &str, end: usize) -> Option<usize> {
    text.get(..end)?
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, _)| i)
}

/// The end of the word that starts at byte `start` (`start` itself when
/// none does).
pub(super) fn word_end(text: &str, start: usize) -> usize {
    text.get(start..).map_or(start, |tail| {
        start
            + tail
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(tail.len(), |(i, _)| i)
    })
}

/// The word one space before byte `at`, folded (lowercase, NFC; borrowed
/// when it is so already), with its start: "hai nửa" gives "hai" before
/// "nửa"; `None` when no space or no word stands there ("(nửa").
pub(super) fn word_before(text: &str, at: usize) -> Option<(usize, Cow<'_, str>)> {
    let space = at
        .checked_sub(1)
        .filter(|&s| text.as_bytes().get(s) == Some(&b' '))?;
    let start = word_start(text, space)?;
    Some((start, crate::lex::fold(text.get(start..space)?)))
}

/// The first entry of `table` whose word opens `rest` as a whole word
/// ("tấn rác" opens with "tấn"; "tấnx" with none).
pub(super) fn entry_opening<'t, T>(rest: &str, table: &'t [(&str, T)]) -> Option<&'t (&'t str, T)> {
    table.iter().find(|(word, _)| opens(rest, word))
}

/// True when `rest` opens with `word` as a whole word.
pub(super) fn opens(rest: &str, word: &str) -> bool {
    rest.strip_prefix(word)
        .is_some_and(|after| !after.chars().next().is_some_and(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let text = "Mua về nửa thúng, tất cả";
        let half = text.find("nửa").unwrap();
        assert!(!glued_before(text, half));
        assert!(glued_before(text, text.find("cả").unwrap() - 1));
        assert!(glued_after(text, half));
        assert_eq!(word_end(text, half), half + "nửa".len());
        assert_eq!(word_start(text, half + "nửa".len()), Some(half));
        assert_eq!(word_start(text, half - 1), Some(text.find("về").unwrap()));
        assert_eq!(word_before(text, half).map(|(_, w)| w), Some("về".into()));
        assert_eq!(word_before(text, 0), None);
        assert_eq!(word_before("(nửa", 1), None);
    }

    #[test]
    fn leads_take_their_head_in_either_case() {
        let text = "hàng tấn, Hàng tạ, chàng trai";
        let found: Vec<(usize, bool)> = leads(text, b'h', "àng ").collect();
        // "chàng" holds one too: whether a lead is glued is its caller's
        // test (`glued_before`).
        let glued = text.find("chàng").unwrap() + 1;
        assert_eq!(
            found,
            [
                (0, false),
                (text.find("Hàng").unwrap(), true),
                (glued, false)
            ]
        );
        assert!(glued_before(text, glued));
    }

    #[test]
    fn a_table_entry_opens_only_a_whole_word() {
        let table = [("tấn", 1), ("tạ", 2)];
        assert_eq!(entry_opening("tấn rác", &table), Some(&("tấn", 1)));
        assert_eq!(entry_opening("tấnx", &table), None);
        assert!(opens("tạ.", "tạ"));
        assert!(!opens("tại", "tạ"));
    }
}
