//! "cao khoảng gấp 3 lần", "to gần gấp 9 lần Trái đất", "gần gấp ba lần
//! đội bóng": a qualifier written before "gấp" (times, a multiplier)
//! bounds the multiplier after it, so it joins its span and its value:
//! `3 about`, as a qualifier right before the number does (twenty-fifth
//! blind set, aa075; u130 reads "gần gấp đôi" so). "hơn" stays out: "cao
//! hơn gấp 2-3 lần" is a comparison ("higher by two or three times"), no
//! bound. The multiplier alone ("tăng gấp 6 lần") keeps "gấp" out of its
//! span, as the readers write it.

use super::{Entity, Value, bare_exact};
use crate::number::{self, Qualifier, Quantity};

/// The qualifiers read before "gấp", each with its bound.
const LEADS: &[(&str, Qualifier)] = &[
    ("khoảng", Qualifier::About),
    ("gần", Qualifier::About),
    ("chừng", Qualifier::About),
    ("xấp xỉ", Qualifier::About),
];

/// Joins a qualifier written before "gấp" to the bare multiplier after it.
pub(super) fn qualify<'a>(text: &'a str, quantities: &mut [Entity<'a>]) {
    for e in quantities.iter_mut() {
        let Some(v) = bare_exact(e) else {
            continue;
        };
        let Some(head) = text.get(..e.start).and_then(|b| b.strip_suffix(" gấp ")) else {
            continue;
        };
        let Some((lead, qualifier)) = LEADS.iter().find_map(|&(w, q)| {
            let cut = head.len().checked_sub(w.len())?;
            let word = head.get(cut..)?;
            let whole = head
                .get(..cut)?
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            (whole && crate::lex::fold(word) == w).then_some((cut, q))
        }) else {
            continue;
        };
        let Some(span) = text.get(lead..e.end) else {
            continue;
        };
        e.start = lead;
        e.text = span;
        e.value = Value::Quantity(Quantity::Number(number::Number {
            value: number::Value::Exact(v),
            qualifier: Some(qualifier),
        }));
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Value, extract};
    use crate::number::{Qualifier, Quantity};

    /// The spans `extract` finds in `text`.
    use crate::extract::test_spans::texts as spans;

    #[test]
    fn the_bound_is_in_the_value() {
        let found = extract("cao khoảng gấp 3 lần");
        let qualifier = match found.first().map(|e| &e.value) {
            Some(Value::Quantity(Quantity::Number(n))) => n.qualifier,
            _ => None,
        };
        assert_eq!(qualifier, Some(Qualifier::About));
    }

    #[test]
    fn a_qualifier_before_gap_bounds_the_multiplier() {
        assert_eq!(
            spans("Chi phí ở đó cao khoảng gấp 3 lần ở đây."),
            ["khoảng gấp 3"]
        );
        assert_eq!(spans("Nó to gần gấp 9 lần Trái đất."), ["gần gấp 9"]);
        assert_eq!(spans("Gần gấp ba lần đội bạn."), ["Gần gấp ba"]);
    }

    #[test]
    fn a_comparison_or_a_bare_multiplier_keeps_gap_out() {
        assert_eq!(spans("cao hơn gấp 3 lần so với trước"), ["3"]);
        assert_eq!(spans("tăng gấp 6 lần"), ["6"]);
        assert_eq!(spans("Nguyễn gấp 3 lần"), ["3"]);
    }
}
