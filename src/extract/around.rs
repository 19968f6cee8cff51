//! The words around a lead of running text, for the rules whose lead the
//! token walk finds (`token_leads`) and which read the raw text around it:
//! "hàng tấn", "cả cây số" (`units_on_end`), a bare "nửa"
//! (`bare_halves`), "tuổi đôi mươi" (`ages`), "một hai lần"
//! (`spelled_pairs`), a spoon's "M" (`spoons`). A word here is a run of
//! letters and digits (the lexer parts "2a" in two tokens, these rules
//! read it as one word); what is glued to a lead decides whether it is a
//! word of its own. Each helper reads a few characters or one word from
//! its byte: no search.

use std::borrow::Cow;

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

/// The words before byte `at`, nearest first, each with its start:
/// [`word_before`] read again from each word's start, so a rule reads a
/// phrase back word by word and stops at the first that does not fit
/// ("xổ số điện toán 123" gives "toán", "điện", "số", "xổ").
pub(super) fn words_back(text: &str, at: usize) -> impl Iterator<Item = (usize, Cow<'_, str>)> {
    let mut at = Some(at);
    std::iter::from_fn(move || {
        let found = word_before(text, at?);
        at = found.as_ref().map(|(start, _)| *start);
        found
    })
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
    fn words_back_read_a_phrase_nearest_first() {
        let text = "xổ số Điện toán 123";
        let words: Vec<_> = words_back(text, text.find("123").unwrap_or(0)).collect();
        let starts: Vec<usize> = words.iter().map(|(s, _)| *s).collect();
        let folded: Vec<&str> = words.iter().map(|(_, w)| w.as_ref()).collect();
        assert_eq!(folded, ["toán", "điện", "số", "xổ"]);
        assert_eq!(starts[1], text.find("Điện").unwrap_or(0));
        assert_eq!(words_back("a,b", 2).count(), 0);
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
