//! Numbers written in words inside dates, times and durations, read by the
//! number module's prefix parser ([`crate::number::parse_number_prefix`])
//! and mapped back onto the date grammar's tokens.

use crate::number::Decimal;
use crate::number::parse_number_prefix_lexed;

use super::grammar::{Grammar, Read};
use crate::lex::Word;
use crate::lex::{Gap, Kind};

/// How many tokens a number may span ("một trăm hai mươi ba nghìn bốn
/// trăm năm mươi sáu" is 11); the number parser sees no further, which
/// keeps each call short however long the text.
const NUMBER_WINDOW: usize = 16;

/// True for words that can start a number.
fn starts_number(w: Word) -> bool {
    w.digit_value().is_some() || matches!(w, Word::Muoi | Word::Tram | Word::Nghin)
}

/// The number (digits or words) starting at token `i`, and the index of
/// the token after it. `None` when no number starts there or when it ends
/// inside a token.
///
/// In running text, a number in words at the token where the expression
/// starts must be followed by what makes it an expression
/// ([`may_start_expression`]); otherwise the answer depends on the tokens
/// alone, and is kept in the grammar's cache (`g.numbers`).
pub(crate) fn number_at(g: &Grammar<'_>, i: usize) -> Read<Decimal> {
    if let Some(Kind::Num { value, len }) = g.toks.get(i).map(|t| t.kind) {
        if len <= 9
            && !(matches!(g.adj_punct(i + 1), Some(',' | '.')) && g.adj_num(i + 2).is_some())
        {
            return Some((Decimal::from(value), i + 1));
        }
    }
    let is_word = matches!(g.toks.get(i).map(|t| t.kind), Some(Kind::Word { .. }));
    if is_word && g.strict && i == g.start && !may_start_expression(g, i) {
        return None;
    }
    if let Some(found) = g.numbers.get(i) {
        return found;
    }
    let found = read_number(g, i);
    g.numbers.put(i, found);
    found
}

/// Words that continue a number in words.
fn in_number(w: Word) -> bool {
    starts_number(w)
        || matches!(
            w,
            Word::Muoi2
                | Word::Linh
                | Word::Lam
                | Word::Tu4
                | Word::Mot2
                | Word::Chuc
                | Word::Trieu
                | Word::Ty
        )
}

/// In running text, a number in words that starts an expression must be
/// followed by what makes it one: a unit ("hai ngày", "ba quý"), "tháng"
/// ("mười lăm tháng 3"), "giờ", or a range ("hai - ba ngày"). Checking the word
/// after the run of number words first spares the number parser the
/// thousands of "năm", "một", "hai" of ordinary prose.
pub(super) fn may_start_expression(g: &Grammar<'_>, i: usize) -> bool {
    // "hai thế kỷ" (two centuries), not "một thế hệ".
    let unit_at = |k: usize| match g.toks.get(k).map(|t| t.kind) {
        Some(Kind::Word { word, .. }) => {
            matches!(
                word,
                Word::Nam
                    | Word::Thang
                    | Word::Tuan
                    | Word::Ngay
                    | Word::Hom
                    | Word::Gio
                    | Word::Tieng
                    | Word::Phut
                    | Word::Giay
                    | Word::Den
                    | Word::Toi2
                    | Word::Thap
                    | Word::Quy
            ) || (word == Word::The && g.word_at(k + 1) == Some(Word::Ky))
        }
        _ => false,
    };
    let follows = |k: usize| match g.toks.get(k).map(|t| t.kind) {
        // "mười mấy năm", "hai mươi mấy ngày" (`Grammar::odd_tens`).
        Some(Kind::Word {
            word: Word::May, ..
        }) => unit_at(k + 1),
        Some(Kind::Word { .. }) => unit_at(k),
        Some(Kind::Punct(c)) if super::grammar::is_dash(c) => true,
        // "hai, ba ngày", "một, hai ngày" (a day or two): a comma glued
        // to the first count, then another spelled count and its unit
        // (tenth date probe).
        Some(Kind::Punct(',')) => {
            g.adj(k).is_some() && g.word_at(k + 1).is_some_and(starts_number) && unit_at(k + 2)
        }
        _ => false,
    };
    // Any word of the run may be the last one of the number ("bốn năm":
    // four, then the unit "năm").
    let mut k = i;
    while k < i + NUMBER_WINDOW && g.word_at(k).is_some_and(in_number) {
        if follows(k + 1) {
            return true;
        }
        k += 1;
    }
    false
}

/// The number at token `i`, read from the tokens alone (see
/// [`number_at`]).
fn read_number(g: &Grammar<'_>, i: usize) -> Read<Decimal> {
    let t = g.toks.get(i)?;
    match t.kind {
        Kind::Num { value, len } => {
            // Plain digits (the common case) need no parser: only a decimal
            // comma or a thousands dot touching more digits does.
            let joined =
                matches!(g.adj_punct(i + 1), Some(',' | '.')) && g.adj_num(i + 2).is_some();
            if !joined && len <= 9 {
                return Some((Decimal::from(value), i + 1));
            }
        }
        Kind::Word { word, .. } if starts_number(word) => {}
        _ => return None,
    }
    // The window ends before a line break: no number crosses one.
    let mut end_tok = i;
    while end_tok + 1 < (i + NUMBER_WINDOW).min(g.toks.len())
        && g.toks.get(end_tok + 1).is_some_and(|x| x.gap != Gap::Line)
    {
        end_tok += 1;
    }
    let last = g.toks.get(end_tok)?;
    let window = g.text.get(t.start..last.end)?;
    // The number parser reads tokens built off the shared ones, not the
    // window lexed again (speed6).
    let (value, len) = parse_number_prefix_lexed(window, t.start, g.toks.get(i..=end_tok)?)?;
    let end = t.start.checked_add(len)?;
    // The token after the number: the first one starting at or after `end`.
    let k = crate::lex::first_at_or_after(g.toks, end, i);
    let last = g.toks.get(k.checked_sub(1)?)?;
    (k > i && last.end == end).then_some((value, k))
}

/// A small whole number in words (0–99) at token `i`: "mười lăm",
/// "hai mươi tư", "hai tư", "ba mốt". In a whole-expression parse the
/// spoken pair "hai ba" before a unit ("hai ba phút") is 23.
pub(crate) fn spelled_small(g: &Grammar<'_>, i: usize) -> Read<u32> {
    // Only a word that starts a number may be one ([`number_at`] would say
    // so after its cache): the dates grammar asks this of many words.
    if !matches!(g.toks.get(i)?.kind, Kind::Word { word, .. } if starts_number(word)) {
        return None;
    }
    // "tư", "lăm", "mốt" alone are not numbers here ("tư" is read in month
    // and weekday names by their own rules).
    if matches!(g.word_at(i)?, Word::Tu4 | Word::Lam | Word::Mot2) {
        return None;
    }
    let (value, j) = number_at(g, i)?;
    let v = u32::try_from(value.to_i128().filter(|_| value.is_integer())?).ok()?;
    if v > 99 {
        return None;
    }
    if !g.strict && (2..=9).contains(&v) && j == i + 1 {
        let unit = g.word_at(i + 1).and_then(Word::digit_value);
        let after = g.word_at(i + 2);
        if let (Some(u), Some(Word::Phut | Word::Giay | Word::Gio | Word::Thang)) = (unit, after) {
            return Some((v * 10 + u, i + 2));
        }
    }
    Some((v, j))
}

/// A year in words at token `i`: digit by digit ("hai không hai ba",
/// "một chín tám tư") or as a number ("hai nghìn không trăm hai mươi bốn").
pub(crate) fn spelled_year(g: &Grammar<'_>, i: usize) -> Read<u32> {
    if let Some(r) = digit_by_digit(g, i) {
        return Some(r);
    }
    if let Some(r) = century_and_rest(g, i) {
        return Some(r);
    }
    let (value, j) = number_at(g, i)?;
    let v = u32::try_from(value.to_i128().filter(|_| value.is_integer())?).ok()?;
    (1..=9999).contains(&v).then_some((v, j))
}

/// Four digit words read as the digits of a year.
fn digit_by_digit(g: &Grammar<'_>, i: usize) -> Read<u32> {
    let mut value = 0;
    for j in i..i + 4 {
        let d = match g.word_at(j)? {
            Word::Tu4 => 4,
            // "hai không linh chín" (2009): "linh" is the zero of the tens.
            Word::Linh if j == i + 2 => 0,
            Word::Lam | Word::Mot2 => return None,
            w => w.digit_value()?,
        };
        value = value * 10 + d;
    }
    // "hai nghìn …" is not digit by digit; "một chín chín chín" is.
    (value >= 1000 && g.word_at(i + 4).and_then(Word::digit_value).is_none())
        .then_some((value, i + 4))
}

/// Two digit words for the century, then the rest as a number: "hai không
/// mười tám" (20|18), "hai không hai mốt" (20|21), "một chín tám tư".
fn century_and_rest(g: &Grammar<'_>, i: usize) -> Read<u32> {
    let hi = g.word_at(i)?.digit_value().filter(|&d| d >= 1)?;
    let lo = match g.word_at(i + 1)? {
        Word::Lam | Word::Mot2 | Word::Tu4 => return None,
        w => w.digit_value()?,
    };
    let (rest, j) = spelled_small(g, i + 2)?;
    Some(((hi * 10 + lo) * 100 + rest, j))
}

/// Minutes as two digit words: "không tám" (08).
pub(crate) fn zero_padded(g: &Grammar<'_>, i: usize) -> Read<u32> {
    if g.word_at(i)? != Word::Khong {
        return None;
    }
    let d = g.word_at(i + 1)?.digit_value()?;
    Some((d, i + 2))
}
