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
use crate::number::{Decimal, Quantity, Value as Amount};
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
    // One reading of each entity; the list is copied only from the first
    // pair on (most texts have none).
    let mut split_list: Option<Vec<Entity<'a>>> = None;
    for (i, e) in found.iter().enumerate() {
        match split(text, e) {
            Some((first, second)) => split_list
                .get_or_insert_with(|| found.get(..i).unwrap_or_default().to_vec())
                .extend([first, second]),
            None => {
                if let Some(list) = split_list.as_mut() {
                    list.push(*e);
                }
            }
        }
    }
    if let Some(list) = split_list {
        *found = list;
    }
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
    let after = text.get(e.end..)?;
    let named = named_after(after)
        || named_before(text.get(..e.start)?)
        || (close_prices(min, max) && sides_named_in_clause(after));
    if !named {
        return None;
    }
    let part = |from: usize, to: usize, value: Decimal| {
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
fn unqualified_bounds(v: Amount) -> Option<(Decimal, Decimal)> {
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

/// The longest stretch of a clause after a pair looked at for the sides
/// it names ("…, giảm 250.000 đồng/lượng cả ở chiều mua vào và chiều bán
/// ra").
const REACH_AFTER: usize = 160;

/// Whether a buy and a sell price could be `min` and `max`: the second at
/// most 5% above the first, as a dealer's spread is ("34,50 – 35,05",
/// "22.850 - 22.900"); a change of price written as a range ("giảm
/// 300.000 – 500.000 đồng/lượng") spans more.
fn close_prices(min: Decimal, max: Decimal) -> bool {
    let (Ok(max_20), Ok(min_21)) = (
        max.checked_mul(Decimal::from(20u8)),
        min.checked_mul(Decimal::from(21u8)),
    ) else {
        return false;
    };
    min <= max && max_20 <= min_21
}

/// Whether the rest of the pair's clause names the buying side with the
/// selling side ("chiều mua vào và chiều bán ra", "cả hai chiều mua -
/// bán", "(chiều mua – bán)", "mua vào, bán ra"), or the buying side by
/// "chiều mua"; a parenthesis right after the pair that names one side
/// alone ("36,4 - 36,5 triệu đồng (mua vào) và 37,2 triệu đồng (bán ra)")
/// says the pair is a range of that side.
fn sides_named_in_clause(after: &str) -> bool {
    let window = &after[..floor_boundary(after, REACH_AFTER)];
    let clause = fold(&window[..clause_end(window)]);
    if let Some(inside) = clause.trim_start().strip_prefix('(') {
        let inside = inside.split(')').next().unwrap_or(inside);
        if !inside.contains("bán") {
            return false;
        }
    }
    clause.contains("chiều mua")
        || clause
            .find("mua")
            .is_some_and(|at| clause[at..].contains("bán"))
}

/// Where the clause that `s` starts ends: at a semicolon, a line break,
/// or a full stop that no digit follows (the dot of "250.000" groups
/// digits).
fn clause_end(s: &str) -> usize {
    let bytes = s.as_bytes();
    bytes
        .iter()
        .enumerate()
        .find(|&(i, &b)| {
            matches!(b, b';' | b'\n')
                || (b == b'.' && !bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        })
        .map_or(s.len(), |(i, _)| i)
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
    fn sides_named_later_in_the_clause() {
        for (text, want) in [
            (
                "Vàng niêm yết ở mức 34,50 – 35,05, giảm 250.000 đồng/lượng cả ở chiều mua vào và chiều bán ra.",
                vec!["34,50", "35,05", "250.000 đồng/lượng"],
            ),
            (
                "Vàng giao dịch quanh mức 36,4 - 37,27 triệu đồng/lượng (chiều mua – bán).",
                vec!["36,4", "37,27 triệu đồng/lượng"],
            ),
            (
                "Tỷ giá về vùng 22.850 - 22.900 VND, giảm 230 đồng ở chiều mua vào và 280 đồng ở chiều bán ra.",
                vec!["22.850", "22.900 VND", "230 đồng", "280 đồng"],
            ),
        ] {
            let found: Vec<&str> = spans(text).into_iter().map(|(t, _)| t).collect();
            assert_eq!(found, want, "{text}");
        }
    }

    #[test]
    fn sides_named_later_keep_ranges() {
        for (text, want) in [
            (
                "Giá vàng giảm 300.000 – 500.000 đồng/lượng tính cho cả chiều mua và bán.",
                "300.000 – 500.000 đồng/lượng",
            ),
            (
                "Giá còn 36,4 - 36,5 triệu đồng (mua vào) và 37,2 triệu đồng (bán ra).",
                "36,4 - 36,5 triệu đồng",
            ),
            (
                "Giá vàng ở mức 36,6 - 37 triệu đồng/lượng. Chiều mua vào tăng nhẹ.",
                "36,6 - 37 triệu đồng/lượng",
            ),
        ] {
            let found: Vec<&str> = spans(text).into_iter().map(|(t, _)| t).collect();
            assert_eq!(found.first(), Some(&want), "{text}");
        }
    }

    #[test]
    fn a_clause_ends_at_a_stop_no_digit_follows() {
        use super::clause_end;
        assert_eq!(
            clause_end(", giảm 250.000 đồng. Sau"),
            ", giảm 250.000 đồng".len()
        );
        assert_eq!(clause_end("a; b"), 1);
        assert_eq!(clause_end("không dấu"), "không dấu".len());
    }

    #[test]
    fn close_prices_are_within_five_percent() {
        use super::close_prices;
        use crate::number::Decimal;
        let d = |v: u32| Decimal::from(v);
        assert!(close_prices(d(3450), d(3505)));
        assert!(close_prices(d(100), d(105)));
        assert!(!close_prices(d(100), d(106)));
        assert!(!close_prices(d(300_000), d(500_000)));
        assert!(!close_prices(d(105), d(100)));
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
