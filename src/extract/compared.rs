//! "So với giá thế giới, giá vàng trong nước cao hơn 5,7 triệu
//! đồng/lượng": a sentence that opens with what it compares with ("so
//! với …,") says by how much with its comparative, as "cao hơn 10% so
//! với …" does (`number::scan`, which reads "so với" after the amount).
//! The adjective and "hơn" leave the span and the quantity has no
//! qualifier (DESIGN.md, the comparative settled by the gold sets; prec17
//! probe).

use super::{Entity, Value, without};
use crate::number::Qualifier;
use crate::number::scan::COMPARED_ADJECTIVES;
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
        let Some(unqualified) =
            without(q, Qualifier::MoreThan).or_else(|| without(q, Qualifier::LessThan))
        else {
            continue;
        };
        e.start = e.end - rest.len();
        e.text = rest;
        e.value = Value::Quantity(unqualified);
    }
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
