//! A buy and a sell price joined by a dash: "36,65 – 36,95 triệu
//! đồng/lượng (mua vào – bán ra)", "giá mua vào - bán ra lần lượt là
//! 36,70-37,30 triệu đồng/lượng", "20.960 – 21.020 (mua vào – bán ra)".
//! The dash pairs two prices, the buying one and the selling one, not the
//! ends of a range that a price lies in: each is an amount of its own,
//! the first with the currency and per written once after the second (the
//! conventions' "unit written once"), the span of each what is written of
//! it. A spread written so ("giá mua – bán thu hẹp trong khoảng 50.000 –
//! 60.000 đồng/lượng") is a range and stays one (opened twenty-first
//! blind set; DESIGN.md, "Rules of the twenty-first blind set").

use super::{Entity, Value};
use crate::lex::fold;
use crate::number::{Quantity, Value as Amount};
use crate::text::{ceil_boundary, floor_boundary};

/// The longest stretch before a pair looked at for "mua vào – bán ra".
const REACH_BEFORE: usize = 120;

/// Words that may stand between "mua vào – bán ra" and the pair it names
/// ("lần lượt là", "ở mức", "với giá", "niêm yết ở").
const LINKS: &[&str] = &[
    "lần", "lượt", "là", "ở", "mức", "với", "giá", "được", "niêm", "yết", "tương", "ứng", "đạt",
];

/// Splits every dashed pair of prices that "mua vào – bán ra" names,
/// after it in parentheses or before it in its clause, into its two
/// prices.
pub(super) fn split_pairs<'a>(text: &'a str, found: &mut Vec<Entity<'a>>) {
    if !found.iter().any(|e| split(text, e).is_some()) {
        return;
    }
    *found = found
        .iter()
        .flat_map(|e| match split(text, e) {
            Some((first, second)) => vec![first, second],
            None => vec![*e],
        })
        .collect();
}

/// The two prices of `e`, when it is a dashed pair that the text around
/// names as buy and sell.
fn split<'a>(text: &'a str, e: &Entity<'a>) -> Option<(Entity<'a>, Entity<'a>)> {
    let Value::Quantity(q) = e.value else {
        return None;
    };
    let (min, max) = match q {
        Quantity::Money(m) => unqualified_bounds(m.amount)?,
        Quantity::Number(n) => unqualified_bounds(n.value)?,
        _ => return None,
    };
    let (first_end, second_start) = dash_split(e.text)?;
    if !named_after(text.get(e.end..)?) && !named_before(text.get(..e.start)?) {
        return None;
    }
    let part = |from: usize, to: usize, value: crate::number::Decimal| {
        let value = match q {
            Quantity::Money(mut m) => {
                m.amount = Amount::Exact(value);
                Quantity::Money(m)
            }
            Quantity::Number(mut n) => {
                n.value = Amount::Exact(value);
                Quantity::Number(n)
            }
            other => other,
        };
        Entity {
            start: e.start + from,
            end: e.start + to,
            text: &e.text[from..to],
            value: Value::Quantity(value),
        }
    };
    Some((
        part(0, first_end, min),
        part(second_start, e.text.len(), max),
    ))
}

/// The bounds of an interval whose bounds carry no qualifier of their own.
fn unqualified_bounds(v: Amount) -> Option<(crate::number::Decimal, crate::number::Decimal)> {
    match v {
        Amount::Interval {
            min,
            max,
            min_qualifier: None,
            max_qualifier: None,
        } => Some((min, max)),
        _ => None,
    }
}

/// Where the first price of a span that opens with a digit ends and where
/// the second starts: around the first dash with a digit or a word before
/// it and a digit after it ("36,6 - 37", "36,65 triệu đồng/lượng-36,95").
fn dash_split(span: &str) -> Option<(usize, usize)> {
    if !span.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (at, dash) = span
        .char_indices()
        .find(|&(_, c)| matches!(c, '-' | '–' | '—'))?;
    let first_end = span[..at].trim_end().len();
    let after = &span[at + dash.len_utf8()..];
    let rest = after.trim_start();
    if first_end == 0 || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((first_end, span.len() - rest.len()))
}

/// The words "mua vào – bán ra" at the start of `s` (folded): "mua" with
/// or without "vào", a dash or a slash, "bán" with or without "ra". Gives
/// the bytes they take.
fn buy_sell_at(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("mua")?;
    let rest = rest.strip_prefix(" vào").unwrap_or(rest);
    let trimmed = rest.trim_start_matches([' ', '-', '–', '—', '/']);
    if trimmed.len() == rest.len() {
        return None;
    }
    let rest = trimmed.strip_prefix("bán")?;
    let rest = rest.strip_prefix(" ra").unwrap_or(rest);
    if rest.starts_with(char::is_alphanumeric) {
        return None;
    }
    Some(s.len() - rest.len())
}

/// The abbreviation "MV – BR" (mua vào – bán ra) at the start of `s`
/// (folded): "mv", a dash or a slash with or without spaces, "br". Gives
/// the bytes it takes.
fn abbreviated_at(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("mv")?;
    let trimmed = rest.trim_start_matches([' ', '-', '–', '—', '/']);
    if trimmed.len() == rest.len() {
        return None;
    }
    let rest = trimmed.strip_prefix("br")?;
    if rest.starts_with(char::is_alphanumeric) {
        return None;
    }
    Some(s.len() - rest.len())
}

/// "(mua vào – bán ra)", or its abbreviation "(MV – BR)", "(MV-BR)",
/// right after the pair.
fn named_after(after: &str) -> bool {
    let window = &after[..floor_boundary(after, 40)];
    let folded = fold(window);
    let Some(inside) = folded.trim_start_matches(' ').strip_prefix('(') else {
        return false;
    };
    let inside = inside.trim_start();
    buy_sell_at(inside)
        .or_else(|| abbreviated_at(inside))
        .is_some_and(|n| inside[n..].trim_start().starts_with(')'))
}

/// "mua vào – bán ra" earlier in the clause, with only linking words
/// ("lần lượt là", "ở mức") between it and the pair.
fn named_before(before: &str) -> bool {
    let from = before.len().saturating_sub(REACH_BEFORE);
    let window = &before[ceil_boundary(before, from)..];
    let folded = fold(window);
    let Some(at) = folded.rfind("mua") else {
        return false;
    };
    let Some(n) = buy_sell_at(&folded[at..]) else {
        return false;
    };
    folded[at + n..]
        .split([' ', ':'])
        .filter(|w| !w.is_empty())
        .all(|w| LINKS.contains(&w))
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    use crate::extract::test_spans::texts_and_kinds as spans;

    #[test]
    fn a_named_pair_is_two_prices() {
        let found =
            extract("Vàng được niêm yết ở 36,65 – 36,95 triệu đồng/lượng (mua vào – bán ra).");
        let texts: Vec<&str> = found.iter().map(|e| e.text).collect();
        assert_eq!(texts, ["36,65", "36,95 triệu đồng/lượng"]);
        let json: Vec<String> = found
            .iter()
            .map(|e| match e.value {
                crate::extract::Value::Quantity(crate::number::Quantity::Money(m)) => {
                    format!("{:?} {}", m.amount.exact(), m.currency.code())
                }
                _ => String::new(),
            })
            .collect();
        assert_eq!(
            json,
            [
                format!(
                    "{:?} VND",
                    Some(crate::number::Decimal::from(36_650_000u32))
                ),
                format!(
                    "{:?} VND",
                    Some(crate::number::Decimal::from(36_950_000u32))
                ),
            ]
        );
    }

    #[test]
    fn written_forms() {
        for (text, want) in [
            (
                "Giá mua vào - bán ra lần lượt là 36,70-37,30 triệu đồng/lượng.",
                vec!["36,70", "37,30 triệu đồng/lượng"],
            ),
            (
                "SJC niêm yết 36,6 triệu đồng/lượng-37,1 triệu đồng/lượng (mua-bán).",
                vec!["36,6 triệu đồng/lượng", "37,1 triệu đồng/lượng"],
            ),
            (
                "Tỷ giá ở mức 20.960 – 21.020 (mua vào – bán ra).",
                vec!["20.960", "21.020"],
            ),
            (
                "Giá mua – bán ở mức 36,8-37,1 triệu đồng/lượng.",
                vec!["36,8", "37,1 triệu đồng/lượng"],
            ),
            (
                "Vàng miếng giao dịch ở mức 35,4- 35,9 triệu đồng/lượng (MV-BR), giảm nhẹ.",
                vec!["35,4", "35,9 triệu đồng/lượng"],
            ),
            (
                "Giá niêm yết tại 36,1 -36,4 triệu đồng/lượng (MV – BR).",
                vec!["36,1", "36,4 triệu đồng/lượng"],
            ),
            (
                "Nhẫn tròn ở mức 34,2– 34,7 triệu đồng/lượng (mv/br).",
                vec!["34,2", "34,7 triệu đồng/lượng"],
            ),
        ] {
            let found: Vec<&str> = spans(text).into_iter().map(|(t, _)| t).collect();
            assert_eq!(found, want, "{text}");
        }
    }

    #[test]
    fn ranges_stay_ranges() {
        for (text, want) in [
            (
                "Chênh lệch giá mua – bán thu hẹp trong khoảng 50.000 – 60.000 đồng/lượng.",
                "khoảng 50.000 – 60.000 đồng/lượng",
            ),
            (
                "Giá dao động 36,6 - 37 triệu đồng/lượng.",
                "36,6 - 37 triệu đồng/lượng",
            ),
            (
                "Người mua vào hôm qua trả 36,6 - 37 triệu đồng/lượng.",
                "36,6 - 37 triệu đồng/lượng",
            ),
            (
                "Giá 36,6 - 37 triệu đồng/lượng (mua vào tăng mạnh).",
                "36,6 - 37 triệu đồng/lượng",
            ),
            (
                "Giá 36,6 - 37 triệu đồng/lượng (MV tăng mạnh).",
                "36,6 - 37 triệu đồng/lượng",
            ),
            ("Tuyến dài 36 - 37 km (MVB).", "36 - 37 km"),
        ] {
            let found: Vec<&str> = spans(text).into_iter().map(|(t, _)| t).collect();
            assert_eq!(found, [want], "{text}");
        }
    }
}
