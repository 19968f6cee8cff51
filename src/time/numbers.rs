//! Numbers written in words inside dates and times.
//!
//! Days, months, hours and minutes are at most 99, and their word forms
//! are few ("mười lăm", "hai mươi tư", "hai tư", "ba mốt"), so they are
//! read here from the already classified tokens. Years and durations can
//! be any number and are read by the number module's parser.

use super::grammar::{Grammar, Read};
use super::words::Word;

/// A unit word after a ten ("mười lăm", "hai mươi mốt"); "năm" is not one
/// here, since "mười năm" and "hai mươi năm" are ten and twenty years.
fn unit_after_ten(w: Word) -> Option<u32> {
    match w {
        Word::Nam => None,
        Word::Mot2 => Some(1),
        w => w.digit_value().filter(|&v| v >= 1),
    }
}

/// 0–99 in words at token `i`.
pub(crate) fn spelled_small(g: &Grammar<'_>, i: usize) -> Read<u32> {
    let w = g.word_at(i)?;
    if w == Word::Muoi {
        if let Some(u) = g.word_at(i + 1).and_then(unit_after_ten) {
            // "mười một" … "mười chín"; "mười mốt" is not a number.
            if g.word_at(i + 1) != Some(Word::Mot2) {
                return Some((10 + u, i + 2));
            }
        }
        return Some((10, i + 1));
    }
    // "tư", "lăm", "mốt" alone are not numbers ("tư" is read in month and
    // weekday names by their own rules).
    if matches!(w, Word::Tu4 | Word::Lam | Word::Mot2) {
        return None;
    }
    let d = w.digit_value()?;
    if d >= 2 {
        if g.word_at(i + 1) == Some(Word::Muoi2) {
            if let Some(u) = g.word_at(i + 2).and_then(unit_after_ten) {
                return Some((d * 10 + u, i + 3));
            }
            return Some((d * 10, i + 2));
        }
        // Spoken shorthand: "hai tư" (24), "ba mốt" (31), "bốn lăm" (45).
        if let Some(u) = g.word_at(i + 1).and_then(|w| match w {
            Word::Tu4 => Some(4),
            Word::Mot2 => Some(1),
            Word::Lam => Some(5),
            _ => None,
        }) {
            return Some((d * 10 + u, i + 2));
        }
    }
    Some((d, i + 1))
}

/// A year in words at token `i`: digit by digit ("hai không hai ba",
/// "một chín tám tư") or as a number ("hai nghìn không trăm hai mươi bốn").
pub(crate) fn spelled_year(g: &Grammar<'_>, i: usize) -> Read<u32> {
    // Digit by digit: exactly four digit words.
    let mut value = 0;
    let mut j = i;
    while j < i + 4 {
        let d = match g.word_at(j)? {
            Word::Tu4 => 4,
            Word::Lam => return None,
            w => w.digit_value()?,
        };
        value = value * 10 + d;
        j += 1;
    }
    (value >= 1000).then_some((value, j))
}
