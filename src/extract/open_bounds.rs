//! "từ 18 triệu đồng trở lên", "từ 12 tháng trở lên", "10kg trở lên": a
//! quantity before "trở lên" (and up), "từ" or not before it, is at least
//! that much; before "trở xuống" (and down) at most; a quantity with its
//! unit before "có lẻ" (and some: "10 năm có lẻ") more than that. The words are the
//! qualifier's, so they belong to the span, as "hơn" does. A comparison
//! sign before a quantity ("≥ 500 lao động", ">25%", "(<30mm)") bounds it
//! the same way, and a tilde ("(~ 78,5 cm)", "~50kg") makes it about that
//! much (measure12 probe). The word "dương" (plus) before a measure is
//! its sign.

use super::{Entity, Value};
use crate::number::{Qualifier, Quantity};
use crate::time;

/// Widens every exact, unqualified number, amount, percentage, measure or
/// duration written right between "từ " (or "từ đủ ", from a full) and
/// " trở lên" / " trở xuống" to take both, with `at_least` / `at_most`.
/// Without "từ" ("mua 10kg trở lên", "quy mô 200 tỷ đồng trở lên") a
/// quantity with a unit takes "trở lên" alone; a bare number there is
/// more often a rank or a bracket ("bậc 3 trở lên"). A noun between the
/// quantity and "trở lên" ("từ 18 tuổi trở lên", "từ 9 chỗ ngồi trở
/// xuống") leaves it as it is: the span of a count holds no noun.
pub(super) fn from_and_up<'a>(text: &'a str, found: &mut [Entity<'a>]) {
    for e in found.iter_mut() {
        let before = text.get(..e.start).unwrap_or("");
        // "từ đủ 20 năm trở lên": "đủ" (full) between them changes nothing.
        let from = ["từ đủ ", "Từ đủ ", "từ ", "Từ "]
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
        } else if after.starts_with(" có lẻ") && with_unit && from == e.start {
            // "10 năm có lẻ", "200 năm có lẻ": and some, a count with an
            // odd part over it (twenty-fifth blind set).
            (" có lẻ", Qualifier::MoreThan)
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
        let Some(value) = with_qualifier(e.value, q).or_else(|| vague_and_up(e, q)) else {
            continue;
        };
        let from = if from < e.start {
            same_bound_before(text, from, q).unwrap_or(from)
        } else {
            from
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

/// The start of a bound of the same sense written before "từ" at `from`:
/// "tối thiểu", "ít nhất" (at least) before "từ X trở lên", "tối đa" (at
/// most) before "từ X trở xuống", with "là" after them or not: "diện tích
/// nuôi tối thiểu từ 2.000 mét vuông trở lên", "điểm ngoại ngữ tối thiểu
/// từ 4.0 trở lên" (the gen29 probe). The words are a qualifier, in the
/// span as every qualifier's are (CONVENTIONS.md, the eleventh session;
/// "tối thiểu 10%" reads `at_least` in the gold sets), and say what "trở
/// lên" says.
fn same_bound_before(text: &str, from: usize, q: Qualifier) -> Option<usize> {
    let before = text.get(..from)?;
    let words: &[&str] = match q {
        Qualifier::AtLeast => &[
            "tối thiểu ",
            "ít nhất ",
            "tối thiểu là ",
            "ít nhất là ",
            "Tối thiểu ",
            "Ít nhất ",
        ],
        Qualifier::AtMost => &["tối đa ", "tối đa là ", "Tối đa "],
        _ => return None,
    };
    words.iter().find_map(|w| {
        let head = before.strip_suffix(w)?;
        let cut = head.len();
        // A word of its own: "tối thiểu" opens after a space, a bracket or
        // the text's start.
        let opens = head
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        opens.then_some(cut)
    })
}

/// Widens every exact, unqualified number, amount, percentage, measure or
/// duration written right after a comparison sign to take the sign: `≥`
/// and `>` give `at_least` and `more_than`, `≤` and `<` give `at_most`
/// and `less_than` (`sử dụng ≥ 500 lao động`, `vùng núi cao là >25%`,
/// `khối u > 1,5cm`, `(<30mm)`). A tilde gives `about`: "4.80 lakh RS
/// (~ 161,7 triệu đồng)", "cao yên 30.9 inches (~ 78,5 cm)", "tải trọng
/// ~50kg", as "khoảng" does (CONVENTIONS.md, "Settled in the measure12
/// probe"); between two numbers ("81~145m2", "4 ℃ ~ 8 ℃") it joins an
/// interval, read by the number grammar before this pass. The sign stands
/// at the text's start or after a space, an opening parenthesis, a colon
/// or a comma, with at most one space before the quantity: an arrow
/// (`->5`), a tag (`<b>`), a sign glued to a word (`a>5`) or to another
/// sign (a decoration, `~*~ 13.`) is no bound.
pub(super) fn after_sign<'a>(text: &'a str, found: &mut [Entity<'a>]) {
    let mut prev_end = None;
    for e in found.iter_mut() {
        let after_quantity = prev_end.replace(e.end);
        let before = text.get(..e.start).unwrap_or("");
        let trimmed = before.strip_suffix(' ').unwrap_or(before);
        let Some((sign, q)) = [
            ('≥', Qualifier::AtLeast),
            ('>', Qualifier::MoreThan),
            ('≤', Qualifier::AtMost),
            ('<', Qualifier::LessThan),
            ('~', Qualifier::About),
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
        // "20 ~ 25", "4 ℃ ~ 8 ℃" left unjoined: a tilde after a quantity
        // (or after a sign or a digit ending one) stands between two, no
        // bound of the second.
        let head = text.get(..from).unwrap_or("");
        let before_gap = head.trim_end().chars().next_back();
        let between = sign == '~'
            && (after_quantity
                .is_some_and(|end| text.get(end..from).is_some_and(|gap| gap.trim().is_empty()))
                || before_gap.is_some_and(|c| !c.is_alphabetic() && !matches!(c, '(' | ':' | ',')));
        if !opens || between {
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

/// "mùa đông âm 60 độ, mùa hè dương 40 độ", "hạ đê đến cao độ dương 12,4
/// m": the word "dương" (plus) before a measure is its sign, in the span
/// as "âm" (minus) is, the value unchanged (a plus sign leaves it as it
/// is: CONVENTIONS.md, "A signed difference"; twenty-fifth blind set,
/// aa143). Lowercase and a word of its own only: "Bình Dương 40 độ",
/// "An Dương" are names.
pub(super) fn after_plus_word<'a>(text: &'a str, found: &mut [Entity<'a>]) {
    for e in found.iter_mut() {
        if !matches!(e.value, Value::Quantity(Quantity::Measure(_))) {
            continue;
        }
        let Some(head) = text.get(..e.start).and_then(|b| b.strip_suffix("dương ")) else {
            continue;
        };
        if head.chars().next_back().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let Some(span) = text.get(head.len()..e.end) else {
            continue;
        };
        e.start = head.len();
        e.text = span;
    }
}

/// `value` with the qualifier `q`, if it is an exact quantity or duration
/// with none.
/// The value of a vague count between "từ" and "trở lên", which is at
/// least its figure already: "từ vài chục triệu đồng trở lên", "từ vài
/// trăm mét trở lên", "từ vài nghìn đô trở lên" (from some tens of
/// millions up) are what "vài chục triệu đồng" is, `at_least`, and the
/// bound's words join its span as they join an exact amount's (gen52
/// probe). "vài", "mấy", "hàng", "hằng" lead the count; "trở xuống" after
/// one (at least, then at most) says nothing a reader can hold.
fn vague_and_up(e: &Entity<'_>, q: Qualifier) -> Option<Value> {
    let vague = [
        "vài ", "Vài ", "mấy ", "Mấy ", "hàng ", "Hàng ", "hằng ", "Hằng ",
    ]
    .iter()
    .any(|w| e.text.starts_with(w));
    let qualifier = match e.value {
        Value::Quantity(Quantity::Number(n)) => n.qualifier,
        Value::Quantity(Quantity::Money(m)) => m.qualifier,
        Value::Quantity(Quantity::Percent(p)) => p.qualifier,
        Value::Quantity(Quantity::Measure(m)) => m.qualifier,
        Value::Time {
            entity: time::Entity::Duration(_),
            qualifier,
            ..
        } => qualifier,
        _ => None,
    };
    (vague && q == Qualifier::AtLeast && qualifier == Some(Qualifier::AtLeast)).then_some(e.value)
}

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

    #[test]
    fn a_tilde_before_a_quantity_is_about() {
        use Qualifier::*;
        assert_eq!(
            bounds("Giá 4.80 lakh RS (~ 161,7 triệu đồng), cao yên (~ 78,5 cm)."),
            [
                ("4.80", None),
                ("~ 161,7 triệu đồng", Some(About)),
                ("~ 78,5 cm", Some(About))
            ]
        );
        assert_eq!(
            bounds("Tải trọng ~50kg, tỷ lệ ~ 12%."),
            [("~50kg", Some(About)), ("~ 12%", Some(About))]
        );
        // Between two numbers it joins an interval; a decoration or a
        // tilde glued to a word bounds nothing.
        assert_eq!(bounds("diện tích từ 81~145m2"), [("từ 81~145m2", None)]);
        assert_eq!(bounds("em. ~*~ 13. Và a~5"), [("13", None), ("5", None)]);
        assert_eq!(bounds("độ tuổi 20 ~ 25 người"), [("20 ~ 25", None)]);
        assert_eq!(
            bounds("nước lạnh khoảng 4 ℃ ~ 8 ℃"),
            [("khoảng 4", Some(About)), ("8", None)]
        );
    }

    #[test]
    fn co_le_after_a_quantity_is_more_than_it() {
        use Qualifier::*;
        assert_eq!(
            bounds("thâm niên 10 năm có lẻ, ông Đặng"),
            [("10 năm có lẻ", Some(MoreThan))]
        );
        // A bare number or a range after "từ" keeps its reading.
        assert_eq!(bounds("10 người có lẻ"), [("10", None)]);
    }

    #[test]
    fn the_word_duong_is_the_plus_sign_of_a_measure() {
        let spans: Vec<(&str, String)> = extract("mùa hè dương 40 độ, cao độ dương 12,4 m")
            .into_iter()
            .map(|e| match e.value {
                Value::Quantity(Quantity::Measure(m)) => (
                    e.text,
                    m.value.exact().map(|d| d.to_string()).unwrap_or_default(),
                ),
                _ => (e.text, String::new()),
            })
            .collect();
        assert_eq!(
            spans,
            [
                ("dương 40 độ", "40".to_string()),
                ("dương 12,4 m", "12.4".to_string())
            ]
        );
        // A name: "Bình Dương" keeps its capital out.
        assert_eq!(bounds("tỉnh Bình Dương 40 độ"), [("40 độ", None)]);
    }
}
