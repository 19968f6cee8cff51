//! "từ 18 triệu đồng trở lên", "từ 12 tháng trở lên", "10kg trở lên": a
//! quantity before "trở lên" (and up), "từ" or not before it, is at least
//! that much; before "trở xuống" (and down) at most. The words are the
//! qualifier's, so they belong to the span, as "hơn" does. A comparison
//! sign before a quantity ("≥ 500 lao động", ">25%", "(<30mm)") bounds it
//! the same way.

use super::{Entity, Value};
use crate::number::{Qualifier, Quantity};
use crate::time;

/// Widens every exact, unqualified number, amount, percentage, measure or
/// duration written right between "từ " and " trở lên" / " trở xuống" to
/// take both, with `at_least` / `at_most`. Without "từ" ("mua 10kg trở
/// lên", "quy mô 200 tỷ đồng trở lên") a quantity with a unit takes "trở
/// lên" alone; a bare number there is more often a rank or a bracket
/// ("bậc 3 trở lên"). A noun between the quantity and "trở lên" ("từ 18
/// tuổi trở lên", "từ 9 chỗ ngồi trở xuống") leaves it as it is: the span
/// of a count holds no noun.
pub(super) fn from_and_up<'a>(text: &'a str, found: &mut [Entity<'a>]) {
    for e in found.iter_mut() {
        let before = text.get(..e.start).unwrap_or("");
        let from = ["từ ", "Từ "]
            .iter()
            .find_map(|w| before.strip_suffix(w).map(|head| head.len()))
            // "từ" is a word of its own, not the end of a longer one.
            .filter(|&head| {
                !before
                    .get(..head)
                    .and_then(|h| h.chars().next_back())
                    .is_some_and(char::is_alphanumeric)
            });
        let with_unit = !matches!(e.value, Value::Quantity(Quantity::Number(_)));
        let Some(from) = from.or(with_unit.then_some(e.start)) else {
            continue;
        };
        let after = text.get(e.end..).unwrap_or("");
        let (tail, q) = if after.starts_with(" trở lên") {
            (" trở lên", Qualifier::AtLeast)
        } else if after.starts_with(" trở xuống") {
            (" trở xuống", Qualifier::AtMost)
        } else {
            continue;
        };
        // "trở lên" is a word of its own ("trở lênh" is none).
        if after
            .get(tail.len()..)
            .and_then(|a| a.chars().next())
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let Some(value) = with_qualifier(e.value, q) else {
            continue;
        };
        let end = e.end + tail.len();
        let Some(span) = text.get(from..end) else {
            continue;
        };
        e.start = from;
        e.end = end;
        e.text = span;
        e.value = value;
    }
}

/// Widens every exact, unqualified number, amount, percentage, measure or
/// duration written right after a comparison sign to take the sign: `≥`
/// and `>` give `at_least` and `more_than`, `≤` and `<` give `at_most`
/// and `less_than` (`sử dụng ≥ 500 lao động`, `vùng núi cao là >25%`,
/// `khối u > 1,5cm`, `(<30mm)`). The sign stands at the text's start or
/// after a space, an opening parenthesis, a colon or a comma, with at
/// most one space before the quantity: an arrow (`->5`), a tag (`<b>`)
/// or a sign glued to a word (`a>5`) is no bound.
pub(super) fn after_sign<'a>(text: &'a str, found: &mut [Entity<'a>]) {
    for e in found.iter_mut() {
        let before = text.get(..e.start).unwrap_or("");
        let trimmed = before.strip_suffix(' ').unwrap_or(before);
        let Some((sign, q)) = [
            ('≥', Qualifier::AtLeast),
            ('>', Qualifier::MoreThan),
            ('≤', Qualifier::AtMost),
            ('<', Qualifier::LessThan),
        ]
        .into_iter()
        .find(|(c, _)| trimmed.ends_with(*c)) else {
            continue;
        };
        let from = trimmed.len() - sign.len_utf8();
        let opens = text
            .get(..from)
            .and_then(|h| h.chars().next_back())
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | ':' | ','));
        if !opens {
            continue;
        }
        let Some(value) = with_qualifier(e.value, q) else {
            continue;
        };
        let Some(span) = text.get(from..e.end) else {
            continue;
        };
        e.start = from;
        e.text = span;
        e.value = value;
    }
}

/// `value` with the qualifier `q`, if it is an exact quantity or duration
/// with none.
fn with_qualifier(value: Value, q: Qualifier) -> Option<Value> {
    macro_rules! qualified {
        ($variant:ident, $x:ident, $field:ident) => {
            ($x.qualifier.is_none() && $x.$field.exact().is_some()).then(|| {
                let mut x = $x;
                x.qualifier = Some(q);
                Value::Quantity(Quantity::$variant(x))
            })
        };
    }
    match value {
        Value::Quantity(Quantity::Number(n)) => qualified!(Number, n, value),
        Value::Quantity(Quantity::Money(m)) => qualified!(Money, m, amount),
        Value::Quantity(Quantity::Percent(p)) => qualified!(Percent, p, value),
        Value::Quantity(Quantity::Measure(m)) => qualified!(Measure, m, value),
        Value::Time {
            entity: time::Entity::Duration(d),
            qualifier: None,
            anchor,
        } if d.value.exact().is_some() => Some(Value::Time {
            entity: time::Entity::Duration(d),
            qualifier: Some(q),
            anchor,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Value, extract};
    use crate::number::{Qualifier, Quantity};

    /// The span and qualifier of each quantity found in `text`.
    fn bounds(text: &str) -> Vec<(&str, Option<Qualifier>)> {
        extract(text)
            .into_iter()
            .map(|e| {
                let q = match e.value {
                    Value::Quantity(Quantity::Number(n)) => n.qualifier,
                    Value::Quantity(Quantity::Percent(p)) => p.qualifier,
                    Value::Quantity(Quantity::Money(m)) => m.qualifier,
                    Value::Quantity(Quantity::Measure(m)) => m.qualifier,
                    Value::Time { qualifier, .. } => qualifier,
                    _ => None,
                };
                (e.text, q)
            })
            .collect()
    }

    #[test]
    fn a_comparison_sign_bounds_the_quantity_after_it() {
        use Qualifier::*;
        assert_eq!(
            bounds("Dự án sử dụng ≥ 500 lao động, vốn ≥ 6.000 tỷ đồng."),
            [("≥ 500", Some(AtLeast)), ("≥ 6.000 tỷ đồng", Some(AtLeast))]
        );
        assert_eq!(
            bounds("Tỷ lệ ở vùng núi là >25%, đồng bằng là > 35%."),
            [(">25%", Some(MoreThan)), ("> 35%", Some(MoreThan))]
        );
        assert_eq!(
            bounds("Khối u nhỏ (<30mm), chỉ số ≤ 5,1."),
            [("<30mm", Some(LessThan)), ("≤ 5,1", Some(AtMost))]
        );
        // A sign glued to a word, an arrow, a tag: no bound.
        assert_eq!(
            bounds("Giá trị a>5, mũi tên ->7 và thẻ <b>9"),
            [("5", None), ("7", None), ("9", None)]
        );
        // A quantity already qualified keeps its own word.
        assert_eq!(
            bounds("Nhiệt độ > khoảng 30 độ C."),
            [("khoảng 30 độ C", Some(About))]
        );
    }
}
