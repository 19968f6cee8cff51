//! "So với giá thế giới, giá vàng trong nước cao hơn 5,7 triệu
//! đồng/lượng": a sentence that opens with what it compares with ("so
//! với …,") says by how much with its comparative, as "cao hơn 10% so
//! với …" does (`number::scan`, which reads "so với" after the amount).
//! The adjective and "hơn" leave the span and the quantity has no
//! qualifier (DESIGN.md, the comparative settled by the gold sets; prec17
//! probe).

use super::around::opens;
use super::{Entity, Value, without};
use crate::number::scan::COMPARED_ADJECTIVES;
use crate::number::{Qualifier, Quantity};
use crate::text::ceil_boundary;

/// The longest stretch of text looked back at for the opening "so với".
const REACH: usize = 240;

/// Takes the comparative out of every qualified quantity that starts with
/// an adjective and "hơn" ("cao hơn", "ít hơn"), or with "hơn" after such
/// an adjective ("dài hơn 6 mm"), when its sentence opens with "so với"
/// (at its start, after a comma or after "nhưng") and a comma closes that
/// opening before the quantity. "tăng 5% so với năm trước, và … nhỏ hơn 8
/// inch" (a clause that ends with "so với") keeps its bound.
pub(super) fn after_opening<'a>(text: &'a str, found: &mut [Entity<'a>]) {
    for e in found.iter_mut() {
        let Value::Quantity(q) = e.value else {
            continue;
        };
        let Some(rest) = comparative_rest(text, e) else {
            continue;
        };
        if !opens_with_compared(text.get(..e.start).unwrap_or("")) {
            continue;
        }
        if let Some(unqualified) = unbounded(q) {
            narrow(e, rest, unqualified);
        }
    }
}

/// The longest gloss in brackets read through to a "so với" after it.
const GLOSS_REACH: usize = 80;

/// Takes the comparative out of every qualified quantity that starts with
/// one ("cao hơn 3.000 bảng") when "so với" (compared with) follows a gloss
/// in brackets after it, with at most three lowercase words before the
/// gloss: "cao hơn 3.000 bảng (4.500 USD) so với phiên bản cũ", "cao hơn
/// 6,8% (+78 USD/ounce) so với cuối năm". The gloss restates the margin in
/// another unit, so the comparison says by how much, as `number::scan`
/// reads "so với" right after the amount or after its counted noun (gen54
/// probe). "tăng hơn 1.000 hành khách (…) so với" (rose by more than) has
/// no adjective and keeps its bound.
pub(super) fn before_glossed_compared<'a>(text: &'a str, found: &mut [Entity<'a>]) {
    for e in found.iter_mut() {
        // The bound first: most quantities have none, and it is the
        // cheapest test.
        let Value::Quantity(q) = e.value else {
            continue;
        };
        let Some(unqualified) = unbounded(q) else {
            continue;
        };
        let Some(rest) = comparative_rest(text, e) else {
            continue;
        };
        if glossed_then_compared(text.get(e.end..).unwrap_or("")) {
            narrow(e, rest, unqualified);
        }
    }
}

/// The quantity without the bound "hơn" gives it (more than, less than),
/// or `None` when it has no such bound.
fn unbounded(q: Quantity) -> Option<Quantity> {
    without(q, Qualifier::MoreThan).or_else(|| without(q, Qualifier::LessThan))
}

/// Narrows `e` to `rest`, its span after the comparative, valued `q`.
fn narrow<'a>(e: &mut Entity<'a>, rest: &'a str, q: Quantity) {
    e.start = e.end - rest.len();
    e.text = rest;
    e.value = Value::Quantity(q);
}

/// True when `after` (the text after a quantity) holds, on one line, up to
/// three lowercase words, then a gloss in brackets (no bracket or line
/// break inside, at most [`GLOSS_REACH`] bytes), then "so với":
/// " (4.500 USD) so với", " điểm (tức 5%) so với".
fn glossed_then_compared(after: &str) -> bool {
    // Three words and the gloss fit well within this; the bound keeps the
    // search linear on text with no spaces.
    let mut rest = after
        .get(..ceil_boundary(after, 2 * REACH))
        .unwrap_or(after);
    for _ in 0..=3 {
        let Some(next) = rest.strip_prefix(' ') else {
            return false;
        };
        if next.starts_with('(') {
            rest = next;
            break;
        }
        let word_len = next.find([' ', '(']).unwrap_or(next.len());
        let word = next.get(..word_len).unwrap_or("");
        let lowercase_word =
            word.starts_with(char::is_lowercase) && word.chars().all(char::is_alphabetic);
        if !lowercase_word {
            return false;
        }
        rest = next.get(word_len..).unwrap_or("");
    }
    let Some(inside) = rest.strip_prefix('(') else {
        return false;
    };
    let window = inside
        .get(..ceil_boundary(inside, GLOSS_REACH))
        .unwrap_or(inside);
    let Some(close) = window.find(')') else {
        return false;
    };
    let gloss = inside.get(..close).unwrap_or("");
    if gloss.is_empty() || gloss.contains(['(', '\n']) {
        return false;
    }
    let tail = inside
        .get(close + 1..)
        .unwrap_or("")
        .trim_start_matches(' ');
    opens(tail, "so với") || opens(tail, "So với")
}

/// The span after its comparative ("5,7 triệu đồng/lượng" of "cao hơn
/// 5,7 triệu đồng/lượng"), or `None` when the span does not start with
/// one.
fn comparative_rest<'a>(text: &str, e: &Entity<'a>) -> Option<&'a str> {
    let span = e.text;
    if let Some(rest) = span.strip_prefix("hơn ") {
        let before = text.get(..e.start)?.trim_end_matches(' ');
        let word = before.rsplit(' ').next()?;
        return COMPARED_ADJECTIVES
            .contains(&crate::lex::fold(word).as_ref())
            .then_some(rest);
    }
    let (adjective, rest) = span.split_once(' ')?;
    let rest = rest.strip_prefix("hơn ")?;
    COMPARED_ADJECTIVES
        .contains(&crate::lex::fold(adjective).as_ref())
        .then_some(rest)
}

/// True when the sentence that `before` ends in opens with "so với" (at
/// its start, after a comma or after "nhưng") and a comma closes the
/// opening before the end of `before`.
fn opens_with_compared(before: &str) -> bool {
    let from = ceil_boundary(before, before.len().saturating_sub(REACH));
    let window = before.get(from..).unwrap_or("");
    // The sentence: after the last full stop followed by a space or a
    // capital, "!", "?", ";" or a line break.
    let bytes = window.as_bytes();
    let mut start = 0;
    for (k, &b) in bytes.iter().enumerate() {
        let stop = match b {
            b'!' | b'?' | b';' | b'\n' => true,
            b'.' => bytes
                .get(k + 1)
                .is_none_or(|&n| n == b' ' || n.is_ascii_uppercase() || n >= 0xC0),
            _ => false,
        };
        if stop {
            start = k + 1;
        }
    }
    let sentence = window.get(start..).unwrap_or("");
    let lower = sentence.to_lowercase();
    let Some(at) = lower.find("so với ") else {
        return false;
    };
    let lead = lower.get(..at).unwrap_or("").trim_end();
    let opens = lead.is_empty()
        || lead.ends_with(',')
        || lead.ends_with("nhưng")
        || lead.ends_with(['“', '"', '(']);
    opens && lower.get(at..).is_some_and(|after| after.contains(','))
}

#[cfg(test)]
mod tests {
    use super::glossed_then_compared;

    #[test]
    fn a_gloss_in_brackets_then_so_voi() {
        assert!(glossed_then_compared(" (4.500 USD) so với bản cũ"));
        assert!(glossed_then_compared(" điểm (tức 5%) so với năm trước"));
        assert!(glossed_then_compared(" (+78 USD/ounce) So với"));
        assert!(glossed_then_compared(" (4.500 USD) so với"));
    }

    #[test]
    fn no_gloss_or_no_so_voi() {
        assert!(!glossed_then_compared(" so với bản cũ"));
        assert!(!glossed_then_compared(" (chưa thuế), nhưng vẫn rẻ"));
        assert!(!glossed_then_compared(" (4.500 USD) sovới"));
        assert!(!glossed_then_compared(" (4.500 USD) so vớii"));
        assert!(!glossed_then_compared("(4.500 USD) so với"));
        assert!(!glossed_then_compared(" Khách (4.500 USD) so với"));
        assert!(!glossed_then_compared(" a b c d (4.500 USD) so với"));
        assert!(!glossed_then_compared(" (a (b) c) so với"));
        assert!(!glossed_then_compared(" (dòng\nmới) so với"));
        assert!(!glossed_then_compared(" () so với"));
        assert!(!glossed_then_compared(""));
        let long = format!(" ({}) so với", "x".repeat(100));
        assert!(!glossed_then_compared(&long));
        assert!(!glossed_then_compared(" (ồ"));
    }
}
