//! "trộn đều 4M giấm gạo, 4M đường, 1/2M muối", "1.5M đường", "1M nước
//! mắm": in a recipe, "M" glued after a count is the spoon ("muỗng"), a
//! kitchen measure, not a unit of the table (gen32 probe). A reader takes
//! the count as a number and a share as a fraction, the "M" out of the
//! span, as the seventeenth set's d056 reads "4M giấm gạo" (`4`) and
//! "1/2M muối" (`1/2`), and as "1/2 chén mật ong" is a fraction
//! (CONVENTIONS.md, gen22). Left alone, the glued "M" is no unit the
//! scanner knows: "4M" stays unread and "1.5M" reads as a million.
//!
//! "M" is also a model's letter ("GTX 780M", "Tu-22M", "T-62M") and a
//! company ("3M"), so the word after it must be a seasoning or a liquid a
//! recipe spoons out (`SEASONINGS`), and the count small: one to twenty,
//! a decimal under twenty ("1.5M") or a share ("1/2M").

use super::around::opens;
use super::{Entity, Value};
use crate::number::{self, Fraction, Quantity};

/// The words a recipe writes after a glued "M" (a spoon of it), each a
/// whole word: salt, sugar, vinegar, fish sauce, soy sauce, oil, stock
/// powder, seasoning, garlic, chilli, sesame, pepper, water.
const SEASONINGS: &[&str] = &[
    "muối",
    "đường",
    "giấm",
    "dấm",
    "nước",
    "dầu",
    "hạt",
    "bột",
    "tỏi",
    "ớt",
    "tương",
    "mè",
    "vừng",
    "tiêu",
    "sa",
    "mật",
    "rượu",
    "bơ",
    "sữa",
];

/// The count or share glued to the spoon "M" at byte `at` (the word
/// walk's lead, `token_leads`), one space after it, before a seasoning: a
/// number or a fraction, its span without the "M".
pub(super) fn at(text: &str, at: usize) -> Option<Entity<'_>> {
    if text.as_bytes().get(at..at + 2) != Some(b"M ") {
        return None;
    }
    let after = text.get(at + 2..).unwrap_or("");
    if !SEASONINGS.iter().any(|w| opens(after, w)) {
        return None;
    }
    let before = text.get(..at).unwrap_or("");
    let count_len = before
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b','))
        .count();
    let start = at - count_len;
    let lead = before.get(..start).unwrap_or("");
    if count_len == 0 || lead.chars().next_back().is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    let value = text.get(start..at).and_then(spoon_count)?;
    Some(Entity {
        start,
        end: at,
        text: text.get(start..at).unwrap_or(""),
        value,
    })
}

/// Adds the spoons' counts `found` (in the order of the text): a
/// reading the scanner gave the same characters ("1.5M" as 1500000)
/// gives way.
pub(super) fn add<'a>(quantities: &mut Vec<Entity<'a>>, found: Vec<Entity<'a>>) {
    if found.is_empty() {
        return;
    }
    // "1.5M đường": the million the scanner read on the same characters
    // (a set of spans, a look-up an entity).
    let glued: std::collections::HashSet<(usize, usize)> =
        found.iter().map(|f| (f.start, f.end + 1)).collect();
    quantities.retain(|e| !glued.contains(&(e.start, e.end)));
    super::add_where_free(quantities, found);
}

/// The value of a spoon's count: a share "a/b" (a fraction), or a number
/// from one to twenty, a decimal with a dot or a comma ("1.5", "1,5").
fn spoon_count(count: &str) -> Option<Value> {
    if let Some((a, b)) = count.split_once('/') {
        let numerator: i128 = a.parse().ok()?;
        let denominator: i128 = b.parse().ok()?;
        return (numerator > 0 && numerator < denominator && denominator <= 8).then_some(
            Value::Quantity(Quantity::Fraction(Fraction {
                numerator,
                denominator,
                qualifier: None,
            })),
        );
    }
    let decimal = count.replace(',', ".");
    let whole: f64 = decimal.parse().ok()?;
    if !(whole > 0.0 && whole <= 20.0) || decimal.ends_with('.') {
        return None;
    }
    let number = number::parse_number(&count.replace('.', ",")).ok()?;
    Some(Value::Quantity(Quantity::Number(number)))
}

#[cfg(test)]
mod tests {

    use crate::extract::test_spans::texts_and_kinds as spans;

    #[test]
    fn a_spoon_count_is_a_number_or_a_fraction() {
        assert_eq!(
            spans("Trộn đều 4M giấm gạo, 1.5M đường, 1/2M muối."),
            [
                ("4", "Number".to_string()),
                ("1.5", "Number".to_string()),
                ("1/2", "Fraction".to_string())
            ]
        );
    }

    #[test]
    fn a_model_letter_is_no_spoon() {
        for text in [
            "Mẫu GTX 780M được hãng gọi là GPU mạnh.",
            "Chiếc T-62M không bốc cháy.",
            "Sản phẩm do hãng 3M sản xuất.",
        ] {
            assert!(
                spans(text).iter().all(|(_, k)| k != "Fraction"),
                "{text}: {:?}",
                spans(text)
            );
        }
    }
}
