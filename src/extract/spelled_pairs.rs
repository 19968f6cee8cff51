//! Two spelled counts in a row before what they count (num27 probe): "một
//! hai lần" (once or twice), "hai ba đứa con", "ba bốn đối tượng": a
//! rough range, one `number` interval (`1..2`, `3..4`), as
//! CONVENTIONS.md settled in the dur5 probe ("hai ba tuần" is `2..3
//! week`, "hai ba người" a rough range of people) and as the twenty-third
//! blind set's l078 ("một hai biển số", `1..2`) reads it. The dates
//! grammar reads the pairs before a unit of time ("hai ba tuần"); this
//! reads the rest.
//!
//! The second count is the first's next: "một hai", "hai ba", "ba bốn"
//! (the larger pairs stand nowhere in the corpus outside a unit of time:
//! `second`). "đôi ba" (a few) stays
//! the num10 probe's idiom, no count. Not read: a scale or a tens word after the pair
//! ("hai ba trăm", "hai ba mươi", "một hai chục km": the pair
//! multiplies, left to the scanner); a third count after it or a count
//! before it (counting aloud, "một hai ba"); "là" on either side ("một là
//! một, hai là hai"); "không" after it (digits read aloud, "một hai không
//! bốn"); "bốn năm" (four years); "hai ba con", "hai ba mẹ"
//! (two people, a father and his child); "dăm bảy", "vài ba" (vague, no
//! entity).

use super::Entity;
use super::around::{word_before, word_end, word_start};
use crate::lex::{Token, Word};
use crate::number::{self, Decimal, Quantity};

/// The spelled counts from one to nine, with their values: the words
/// of a pair and those that, around it, make it counting aloud.
const COUNTS: &[(&str, u32)] = &[
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("bẩy", 7),
    ("tám", 8),
    ("chín", 9),
];

/// The second counts read, by their vocabulary word, with their
/// spelling (lowercase, as the text must write it) and value: "một hai",
/// "hai ba", "ba bốn". The larger pairs ("sáu bảy người", "bảy tám
/// người") stand nowhere in the corpus outside a unit of time (which the
/// dates grammar reads), and "bốn năm" is four years.
fn second(word: Word) -> Option<(&'static str, u32)> {
    match word {
        Word::Hai => Some(("hai", 2)),
        Word::Ba => Some(("ba", 3)),
        Word::Bon => Some(("bốn", 4)),
        _ => None,
    }
}

/// Words after a pair that make it part of a larger number or of a
/// counting phrase: scales, tens and units' words, "là", and "không"
/// (zero: digits read aloud, "1204 (một hai không bốn)").
const NOT_AFTER: &[&str] = &[
    "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ", "chục", "mươi", "mốt", "lăm", "tư", "là",
    "mười", "không",
];

/// The pair whose second count is the word token `t` of vocabulary word
/// `word` (the token walk's lead, `token_leads`), written lowercase
/// between two spaces (`second`), if the words around make it one.
pub(super) fn pair_at<'a>(text: &'a str, t: &Token, word: Word) -> Option<Entity<'a>> {
    let (spelled, value) = second(word)?;
    let bytes = text.as_bytes();
    let spaced =
        bytes.get(t.start.checked_sub(1)?) == Some(&b' ') && bytes.get(t.end) == Some(&b' ');
    if !spaced || text.get(t.start..t.end) != Some(spelled) {
        return None;
    }
    pair_before(text, t.start, value)
}

/// The pair whose second count (worth `value`, lowercase) starts at byte
/// `second`, a space before it and after it, if the words around make it
/// one (see the module).
fn pair_before(text: &str, second: usize, value: u32) -> Option<Entity<'_>> {
    let second_end = word_end(text, second);
    let first = word_start(text, second - 1)?;
    let min = value - 1;
    if !is_count(text.get(first..second - 1)?, min) {
        return None;
    }
    // The word after the pair, lowercase, after one space.
    let next_start = second_end + 1;
    let next_word = text.get(next_start..word_end(text, next_start))?;
    if next_word.is_empty() || crate::lex::fold(next_word) != next_word {
        return None;
    }
    if count_value(next_word).is_some() || NOT_AFTER.contains(&next_word) {
        return None;
    }
    if min == 2 && matches!(next_word, "con" | "mẹ" | "bố") {
        return None;
    }
    // The word before the pair, after one space: no count, no "là".
    if word_before(text, first).is_some_and(|(_, b)| count_value(&b).is_some() || b == "là") {
        return None;
    }
    let range = number::Number {
        value: number::Value::interval(Decimal::from(min), Decimal::from(value)),
        qualifier: None,
    };
    Some(Entity::quantity(
        text,
        first,
        second_end,
        Quantity::Number(range),
    ))
}

/// True when `word` is a spelled count worth `value`, as written or with
/// its first letter (ASCII in every count) capitalized: "một", "Một".
fn is_count(word: &str, value: u32) -> bool {
    COUNTS.iter().any(|&(w, v)| {
        v == value
            && word.len() == w.len()
            && word.get(1..) == w.get(1..)
            && word
                .get(..1)
                .zip(w.get(..1))
                .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
    })
}

/// The value of a spelled count from one to nine (`COUNTS`).
fn count_value(folded: &str) -> Option<u32> {
    COUNTS.iter().find(|(w, _)| *w == folded).map(|&(_, v)| v)
}

#[cfg(test)]
mod tests {

    /// The spans `extract` finds in `text`.
    use crate::extract::test_spans::texts as spans;

    #[test]
    fn two_counts_in_a_row_are_a_range() {
        assert_eq!(spans("Mỗi năm chỉ về một hai lần."), ["một hai"]);
        assert_eq!(spans("Hàng ngày, ba bốn đối tượng chốt ở đây."), ["ba bốn"]);
        assert!(spans("Giá tăng đôi ba lần.").is_empty());
    }

    #[test]
    fn larger_numbers_and_counting_are_no_pair() {
        assert!(!spans("chỉ được năm sáu trăm ngàn").contains(&"năm sáu"));
        assert!(!spans("1122 (một là một hai là hai)").contains(&"một hai"));
        assert!(!spans("đếm một hai ba bốn").contains(&"hai ba"));
        assert!(!spans("chỉ có hai ba con ở nhà").contains(&"hai ba"));
    }
}
