//! Two spelled counts in a row before what they count (num27 probe): "một
//! hai lần" (once or twice), "hai ba đứa con", "ba bốn đối tượng", "sáu
//! bảy người": a rough range, one `number` interval (`1..2`, `3..4`), as
//! CONVENTIONS.md settled in the dur5 probe ("hai ba tuần" is `2..3
//! week`, "hai ba người" a rough range of people) and as the twenty-third
//! blind set's l078 ("một hai biển số", `1..2`) reads it. The dates
//! grammar reads the pairs before a unit of time ("hai ba tuần"); this
//! reads the rest.
//!
//! The second count is the first's next (one, two; two, three …). "đôi
//! ba" (a few) stays the num10 probe's idiom, no count. Not read: a scale or a tens word after the pair
//! ("năm sáu trăm ngàn", "hai ba mươi", "một hai chục km": the pair
//! multiplies, left to the scanner); a third count after it or a count
//! before it (counting aloud, "một hai ba"); "là" on either side ("một là
//! một, hai là hai"); "không" after it (digits read aloud, "một hai không
//! bốn"); "bốn năm" (four years); "hai ba con", "hai ba mẹ"
//! (two people, a father and his child); "dăm bảy", "vài ba" (vague, no
//! entity).

use super::{Entity, Value, add_where_free};
use crate::number::{self, Decimal, Quantity};

/// The spelled counts a pair is made of, with their values.
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

/// Words after a pair that make it part of a larger number or of a
/// counting phrase: scales, tens and units' words, "là", and "không"
/// (zero: digits read aloud, "1204 (một hai không bốn)").
const NOT_AFTER: &[&str] = &[
    "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ", "chục", "mươi", "mốt", "lăm", "tư", "là",
    "mười", "không",
];

/// One word of the text: its byte span, its folded form and whether only
/// a space stands between it and the word before.
struct Word {
    start: usize,
    end: usize,
    folded: String,
    spaced: bool,
}

/// Adds every pair of spelled counts of `text` (see the module) that
/// overlaps no entity of `quantities`.
pub(super) fn add<'a>(text: &'a str, quantities: &mut Vec<Entity<'a>>) {
    let words = words(text);
    let found: Vec<Entity<'a>> = (0..words.len())
        .filter_map(|i| pair_at(text, &words, i))
        .collect();
    add_where_free(quantities, found);
}

/// The pair whose first count is `words[i]`, if the words around it
/// make it one (see the module).
fn pair_at<'a>(text: &'a str, words: &[Word], i: usize) -> Option<Entity<'a>> {
    let first = words.get(i)?;
    let second = words.get(i + 1).filter(|w| w.spaced)?;
    let next = words.get(i + 2).filter(|w| w.spaced)?;
    let min = value(&first.folded)?;
    if value(&second.folded) != Some(min + 1) || (min == 4 && second.folded == "năm") {
        return None;
    }
    let lowercase = |w: &Word| text.get(w.start..w.end).is_some_and(|t| t == w.folded);
    if !lowercase(second) || !lowercase(next) {
        return None;
    }
    if value(&next.folded).is_some() || NOT_AFTER.contains(&next.folded.as_str()) {
        return None;
    }
    if min == 2 && matches!(next.folded.as_str(), "con" | "mẹ" | "bố") {
        return None;
    }
    let before = i
        .checked_sub(1)
        .and_then(|p| words.get(p))
        .filter(|_| first.spaced);
    if before.is_some_and(|b| value(&b.folded).is_some() || b.folded == "là") {
        return None;
    }
    Some(Entity {
        start: first.start,
        end: second.end,
        text: text.get(first.start..second.end)?,
        value: Value::Quantity(Quantity::Number(number::Number {
            value: number::Value::interval(Decimal::from(min), Decimal::from(min + 1)),
            qualifier: None,
        })),
    })
}

/// The value of a spelled count from one to nine (`COUNTS`).
fn value(folded: &str) -> Option<u32> {
    COUNTS.iter().find(|(w, _)| *w == folded).map(|&(_, v)| v)
}

/// The words of `text` (runs of letters), in order, one pass.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    let mut gap_start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_alphabetic()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let gap = text.get(gap_start..s).unwrap_or("");
                out.push(Word {
                    start: s,
                    end: i,
                    folded: crate::lex::fold(text.get(s..i).unwrap_or("")).into_owned(),
                    spaced: gap == " ",
                });
                start = None;
                gap_start = i;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    /// The spans `extract` finds in `text`.
    fn spans(text: &str) -> Vec<&str> {
        extract(text).into_iter().map(|e| e.text).collect()
    }

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
