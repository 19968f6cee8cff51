//! Ages written as words of decades (num27 probe): "tuổi đôi mươi" (about
//! twenty), "gái đôi mươi", "mới ngoài đôi mươi"; and the Sino-Vietnamese
//! decades "tam tuần" (thirty), "tứ tuần" (forty), "ngũ tuần", "lục
//! tuần", "thất tuần", "bát tuần", "cửu tuần" after a word of age or of a
//! bound: "tuổi tứ tuần", "chạm ngưỡng tam tuần", "người phụ nữ ngoại tứ
//! tuần", "ngoài bát tuần", "gần tứ tuần". A reader takes each for a
//! number of years, as the first blind set's u087 ("đôi mươi", `20
//! about`) and the twenty-fifth's aa085 ("ngoại tứ tuần", `40
//! more_than`) read them: the decade alone names a span of ages, so it is
//! `about`; "ngoài" or "ngoại" (past) before it is `more_than` and "gần"
//! (nearly) `about`, in the span as every qualifier is. "mười tám đôi
//! mươi", "mười chín đôi mươi" (one's youth) stay no count, as the num20
//! probe settled. Without a word of
//! age before it "tuần" is the week or a rite ("cúng thất tuần", the
//! forty-ninth day's offering): no entity.

use super::Entity;
use super::around::{glued_after, glued_before, word_before};
use crate::number::{self, Decimal, Qualifier, Quantity};

/// The Sino-Vietnamese numbers before "tuần" that name a decade of age.
const DECADES: &[(&str, u32)] = &[
    ("tam", 30),
    ("tứ", 40),
    ("ngũ", 50),
    ("lục", 60),
    ("thất", 70),
    ("bát", 80),
    ("cửu", 90),
];

/// Words of age right before a decade in "tuần": "tuổi tứ tuần", "ngưỡng
/// tam tuần", "ngấp nghé tứ tuần", "độ tuổi ngũ tuần", "trạc tứ tuần".
const AGE_LEADS: &[&str] = &["tuổi", "ngưỡng", "nghé", "trạc", "độ"];

/// Qualifiers that may stand right before either form, with their bound:
/// "ngoài đôi mươi", "ngoại tứ tuần" (past), "gần tứ tuần" (nearly).
const BOUNDS: &[(&str, Qualifier)] = &[
    ("ngoài", Qualifier::MoreThan),
    ("ngoại", Qualifier::MoreThan),
    ("gần", Qualifier::About),
];

/// The age "đôi mươi" whose "đôi" is the token at byte `at` (the word
/// walk's lead, `token_leads`), if the words around make it one.
pub(super) fn twenty_at(text: &str, at: usize) -> Option<Entity<'_>> {
    if !text.get(at..)?.starts_with("đôi mươi") {
        return None;
    }
    twenty(text, at)
}

/// The decade "tứ tuần" whose "tuần" is the token at byte `at` (the word
/// walk's lead, `token_leads`), lowercase and one space after the decade
/// word, if a word of age or a bound stands before it.
pub(super) fn decade_at(text: &str, at: usize) -> Option<Entity<'_>> {
    let space = at.checked_sub(1)?;
    if text.as_bytes().get(space) != Some(&b' ') || !text.get(at..)?.starts_with("tuần") {
        return None;
    }
    decade(text, space)
}

/// "đôi mươi" at byte `at`, a whole phrase: about twenty, or bounded by
/// the qualifier before it ("ngoài đôi mươi").
fn twenty<'a>(text: &'a str, at: usize) -> Option<Entity<'a>> {
    let end = at + "đôi mươi".len();
    if glued_before(text, at) || glued_after(text, end) || late_teens_before(text, at) {
        return None;
    }
    Some(age(text, at, end, 20))
}

/// True when "mười tám" or "mười chín" stands right before byte `at`:
/// "thời mười tám đôi mươi", "tuổi mười chín đôi mươi" are one's youth,
/// an idiom that counts nothing (num20 probe, `context::idioms`).
fn late_teens_before(text: &str, at: usize) -> bool {
    word_before(text, at).is_some_and(|(p, w)| {
        matches!(w.as_ref(), "tám" | "chín")
            && word_before(text, p).is_some_and(|(_, m)| m == "mười")
    })
}

/// The decade "tứ tuần" whose " tuần" starts at byte `at`, after a word
/// of age or a bound (`AGE_LEADS`, `BOUNDS`).
fn decade<'a>(text: &'a str, at: usize) -> Option<Entity<'a>> {
    let end = at + " tuần".len();
    if glued_after(text, end) {
        return None;
    }
    let head = text.get(..at)?;
    // The decade word is lowercase: a word of age or a bound stands
    // before it.
    let (start, value) = DECADES.iter().find_map(|&(w, v)| {
        let start = head.len().checked_sub(w.len())?;
        (head.ends_with(w) && !glued_before(text, start)).then_some((start, v))
    })?;
    let (_, lead) = word_before(text, start)?;
    let bounded = BOUNDS.iter().any(|(w, _)| lead == *w);
    if !bounded && !AGE_LEADS.contains(&lead.as_ref()) {
        return None;
    }
    Some(age(text, start, end, value))
}

/// The number `value` spelled from `start` to `end`, its span taking a
/// bound written right before it (`BOUNDS`); `about` when there is none
/// (a decade names a span of ages).
fn age<'a>(text: &'a str, start: usize, end: usize, value: u32) -> Entity<'a> {
    let bound = word_before(text, start)
        .and_then(|(at, w)| BOUNDS.iter().find(|(b, _)| w == *b).map(|&(_, q)| (at, q)));
    let (start, qualifier) = match bound {
        Some((at, q)) => (at, Some(q)),
        None => (start, Some(Qualifier::About)),
    };
    let number = number::Number {
        value: number::Value::Exact(Decimal::from(value)),
        qualifier,
    };
    Entity::quantity(text, start, end, Quantity::Number(number))
}

#[cfg(test)]
mod tests {

    /// The spans `extract` finds in `text`.
    use crate::extract::test_spans::texts as spans;

    #[test]
    fn ages_in_decades_are_numbers() {
        assert_eq!(spans("Cô ấy vẫn đẹp như thời đôi mươi."), ["đôi mươi"]);
        assert_eq!(spans("Anh mới ngoài đôi mươi."), ["ngoài đôi mươi"]);
        assert_eq!(
            spans("Chị là người phụ nữ ngoại tứ tuần."),
            ["ngoại tứ tuần"]
        );
        assert_eq!(spans("Ông đã chạm ngưỡng tam tuần."), ["tam tuần"]);
        assert_eq!(spans("Bà ở tuổi ngũ tuần."), ["ngũ tuần"]);
    }

    #[test]
    fn a_rite_or_a_week_is_no_age() {
        assert!(spans("Cúng thất tuần cho mẹ xong.").is_empty());
        assert!(spans("Họ gặp nhau tuần trước.").is_empty());
    }
}
