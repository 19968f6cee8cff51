//! "17 mã tăng/9 mã giảm", "13 mã tăng/12 mã giảm", "2 ghế trước/4 ghế
//! sau": two counts of one noun set against each other by a slash, each
//! side naming its own kind of that thing (stocks that rose, stocks that
//! fell; front seats, back seats). The market reports write a session's
//! breadth so. The first count is read as any count is; the second, glued
//! after the slash, was not: digits glued after a word and a slash start
//! no number in the scanner, which keeps URLs' paths and rates'
//! denominators out ("6 bàn/9 trận" is goals per matches). Here the count
//! after the slash is read when the same noun follows it and another word
//! than the first side's follows that noun (gen41 probe; the seventh
//! blind set's q071 reads "17 mã tăng/9 mã giảm" as two counts).
//!
//! Not read: a tally ("75 xã/108 xã phường": the first side has no word
//! of its own after the noun, so it is a part of the whole after the
//! slash), a rate ("6 bàn/9 trận", two nouns), or the same word on both
//! sides ("2 mã tăng/4 mã tăng").

use super::{Entity, quantity_at};
use crate::lex::{Gap, Kind, Token, word_folded};

/// The count after the slash `toks[i]` in "N NOUN X/M NOUN Y" (see the
/// module), read by the number scanner on the text from its digits.
pub(super) fn at<'a>(text: &'a str, toks: &[Token], i: usize) -> Option<Entity<'a>> {
    let first = i.checked_sub(3).and_then(|k| toks.get(k))?;
    let (noun, side) = (toks.get(i - 2)?, toks.get(i - 1)?);
    let (count, noun2, side2) = (toks.get(i + 1)?, toks.get(i + 2)?, toks.get(i + 3)?);
    let digits = |t: &Token| matches!(t.kind, Kind::Num { .. });
    let lower = |t: &Token| matches!(t.kind, Kind::Word { capital: false, .. });
    let spaced = |t: &Token| t.gap == Gap::Space;
    let shape = digits(first)
        && digits(count)
        && lower(noun)
        && lower(side)
        && lower(noun2)
        && lower(side2)
        && spaced(noun)
        && spaced(side)
        && spaced(noun2)
        && spaced(side2)
        && toks.get(i).is_some_and(|s| s.gap != Gap::Line)
        && count.gap != Gap::Line
        && !after_slash(toks, i - 3);
    if !shape {
        return None;
    }
    let folded = |t: &Token| word_folded(text, t);
    if folded(noun) != folded(noun2) || folded(side) == folded(side2) {
        return None;
    }
    quantity_at(text, count.start, noun2.end)
}

/// True when the digits `toks[k]` are glued after a slash or a digit
/// group's separator themselves ("1/17 mã tăng/9 mã giảm" is no pair of
/// counts to read).
fn after_slash(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.gap == Gap::None)
        && k.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| matches!(p.kind, Kind::Punct('/' | '.' | ',' | '-')))
}
