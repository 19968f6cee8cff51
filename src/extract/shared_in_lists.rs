//! Lists whose items share what only one of them writes: a unit, a
//! currency or a percent sign written once at the end ("447 và 561 USD",
//! "RAM 2/3/4GB", "tăng từ 24 lên 25%"), a duration's unit ("30 hoặc 40
//! ngày"), a month's lead ("tháng 10 và 11"). Each pass reads the joiner
//! between two items with [`joiner`]: the words or punctuation between
//! them, on one line.

use super::{Entity, Value, bare_exact};
use crate::number::{self, Quantity};
use crate::time;

/// The trimmed text between two items (`end` of the first, `start` of the
/// second) when it holds no line break: "và", ",", "hoặc", "lên", "" …;
/// `None` across lines, when the offsets do not cut the text, or when the
/// trimmed text is longer than any joiner a pass accepts (the longest,
/// "xuống còn", is 12 bytes): a long gap (the months pass measures from
/// the last month, which may stand far back) is not scanned for breaks.
fn joiner(text: &str, end: usize, start: usize) -> Option<&str> {
    const LONGEST: usize = 64;
    let gap = text.get(end..start)?;
    let trimmed = gap.trim();
    (trimmed.len() <= LONGEST && !gap.chars().any(crate::lex::is_line_break)).then_some(trimmed)
}

/// "tháng 10 và 11", "tháng 3, 4 và 5": bare numbers from 1 to 12 listed
/// after a month ("tháng N" with no day) by "và", "hoặc" or a comma, and
/// followed by punctuation, the end, or a word that goes on the list or
/// the time ("và", "năm", "hằng năm", "tới", "này") rather than a counted
/// noun ("tháng 10 và 11 người" keeps the count), are months too.
pub(super) fn months_in_lists(text: &str, times: &[Entity<'_>], quantities: &mut [Entity<'_>]) {
    const MONTH_LIST_FOLLOWERS: &[&str] = &[
        "và", "hoặc", "năm", "hằng", "hàng", "tới", "này", "vừa", "qua", "trước", "sau", "của",
        // "vào tháng 4 và 5 thì chín", "tháng 8 hoặc 9 ở miền Bắc",
        // "tháng 4, 5 được xem là": clause words go on after the list
        // (tenth date probe).
        "thì", "ở", "tại", "được", "đã", "sẽ", "là", "mới", "cũng", "đều",
    ];
    let month_of = |e: &Entity<'_>| match e.value {
        Value::Time {
            entity: time::Entity::Date(time::DateValue::Date(d)),
            ..
        } if d.day().is_none() && d.month().is_some() => Some(d),
        _ => None,
    };
    // The end of the last month in the list being read.
    let mut last_month_end = None;
    let mut t = times.iter().peekable();
    for e in quantities.iter_mut() {
        while let Some(m) = t.next_if(|m| m.end <= e.start) {
            if month_of(m).is_some() {
                last_month_end = Some(m.end);
            }
        }
        let Some(end) = last_month_end else { continue };
        // ",", "và", "hoặc", ", và".
        let joined = joiner(text, end, e.start).is_some_and(|j| {
            !j.is_empty() && matches!(j.trim_start_matches(',').trim(), "" | "và" | "hoặc")
        });
        let after = text
            .get(e.end..)
            .unwrap_or("")
            .trim_start_matches([' ', '\t']);
        let next_word = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let after_ok = after.chars().next().is_none_or(|c| !c.is_alphanumeric())
            || MONTH_LIST_FOLLOWERS.contains(&crate::lex::fold(next_word).as_ref());
        let month = bare_exact(e)
            .and_then(|v| v.to_i128())
            .and_then(|m| u8::try_from(m).ok())
            .filter(|m| (1..=12).contains(m) && e.text.bytes().all(|b| b.is_ascii_digit()));
        let date = month.and_then(|m| time::PartialDate::new(None, Some(m), None).ok());
        match date {
            Some(d) if joined && after_ok => {
                e.value = Value::Time {
                    entity: time::Entity::Date(time::DateValue::Date(d)),
                    qualifier: None,
                    anchor: None,
                };
                last_month_end = Some(e.end);
            }
            _ => last_month_end = None,
        }
    }
}

/// "sau 30 hoặc 40 ngày", "nhai trong 2 hoặc 3 phút", "khoảng 2 hay 3 năm
/// nữa": a number joined by "hoặc" or "hay" to a duration right after it,
/// and smaller than it, is the other length of the two and takes its unit,
/// as a currency written once belongs to each amount (CONVENTIONS.md); a
/// qualifier before the first stays on it (eighth date probe). After "và"
/// too ("kỳ hạn 2 và 3 năm", dur2 probe), but not after an age: "ở tuổi 35
/// và 125 ngày" is an age in years and days.
pub(super) fn durations_in_lists(text: &str, times: &[Entity<'_>], quantities: &mut [Entity<'_>]) {
    // Read from the last number back, so that "1, 2, 3 hay 30 giây" hands
    // the unit down the list: a number before one that took it, a comma
    // between, takes it too.
    for k in (0..quantities.len()).rev() {
        let Some(e) = quantities.get(k) else { continue };
        let Value::Quantity(Quantity::Number(number::Number {
            value: number::Value::Exact(v),
            qualifier,
        })) = e.value
        else {
            continue;
        };
        let listed = quantities
            .get(k + 1)
            .filter(|n| n.is_listed_duration())
            .map(|n| (n, [","].as_slice()));
        let next = times.partition_point(|t| t.start < e.end);
        // "kỳ hạn 2 và 3 năm", "ít nhất 1 và 2 ngày": "và" joins two
        // lengths too, except after an age ("ở tuổi 35 và 125 ngày": years
        // and days of one age; dur2 probe).
        let joiners: &[&str] = if age_before(text, e.start) {
            &["hoặc", "hay"]
        } else {
            &["hoặc", "hay", "và"]
        };
        let after = times.get(next).map(|d| (d, joiners));
        let Some((d, joiners)) = listed.into_iter().chain(after).min_by_key(|(d, _)| d.start)
        else {
            continue;
        };
        let Value::Time {
            entity: time::Entity::Duration(dur),
            qualifier: None,
            ..
        } = d.value
        else {
            continue;
        };
        let joined = joiner(text, e.end, d.start).is_some_and(|j| joiners.contains(&j));
        let number::Value::Exact(w) = dur.value else {
            continue;
        };
        if !joined || v <= number::Decimal::ZERO || v >= w {
            continue;
        }
        let Some(e) = quantities.get_mut(k) else {
            continue;
        };
        e.value = Value::Time {
            entity: time::Entity::Duration(time::Duration {
                value: number::Value::Exact(v),
                unit: dur.unit,
            }),
            qualifier,
            anchor: None,
        };
    }
}

/// True when the word right before `start` is "tuổi" (age).
fn age_before(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|t| t.split_whitespace().next_back())
        .is_some_and(|w| crate::lex::fold(w) == "tuổi")
}

/// True for an item of a list of sizes written with slashes ("2" and "3"
/// of "RAM 2/3/4GB"): the number scanner reads such an item alone, glued
/// to a slash and digits, only there (`slash_list_with_unit`); it is no
/// label, whatever the word before it ("có RAM 2/3/4GB").
pub(super) fn is_slash_list_item(text: &str, e: &Entity<'_>) -> bool {
    let bytes = text.as_bytes();
    bytes.get(e.end) == Some(&b'/')
        && bytes.get(e.end + 1).is_some_and(u8::is_ascii_digit)
        && e.text.bytes().all(|b| b.is_ascii_digit())
}

/// A currency, a unit or a percent sign written once for two numbers: "lần
/// lượt là 447 và 561 USD", "tăng 5 và 7%", "nặng 5 và 7 kg". A bare number joined to the next
/// quantity by "và", "hoặc", "hay" or a comma alone takes its unit, when
/// both are plain digits. A scale word written on the second only is the
/// first's too after "hoặc", "hay" or "và" ("1 hoặc 2 triệu đồng", "29,3
/// và 30,3 triệu đồng": two amounts read as one pair) when that puts the
/// two within a factor of ten of each other; after a bare comma the
/// first's value stays in doubt ("1, 5 triệu tấn" is more often "1,5"
/// typed apart). A first of a
/// thousand and more written in full stays as written ("400.000, 700.000
/// và 1,5 triệu đồng"); otherwise the first's value is in doubt and it
/// stays a number. Read from the last pair back, so that a list takes the
/// unit written at its end.
pub(super) fn share_units(text: &str, quantities: &mut [Entity<'_>]) {
    let plain = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    };
    for k in (1..quantities.len()).rev() {
        let (Some(a), Some(b)) = (quantities.get(k - 1), quantities.get(k)) else {
            continue;
        };
        let Some(v) = bare_exact(a) else {
            continue;
        };
        let gap = text.get(a.end..b.start).unwrap_or("x");
        let between = gap.trim();
        let change = from_to_change(text, a.start, between);
        // "2/3/4GB": sizes listed with glued slashes (the number scanner
        // reads each item, `slash_list_with_unit`).
        let joined = joiner(text, a.end, b.start)
            .is_some_and(|j| matches!(j, "và" | "hoặc" | "," | "hay") || change)
            || gap == "/";
        // The second's number: its text up to the first space, sign or
        // glued unit ("4GB", "100km/h").
        let b_number = b
            .text
            .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .next()
            .unwrap_or("");
        // "41 triệu, 42,5 triệu và 46,2 triệu đồng": the first written with
        // the same scale word as the second; its value is already scaled.
        let (a_number, a_scale) = a.text.split_once(' ').unwrap_or((a.text, ""));
        let same_scale = !a_scale.is_empty()
            && b.text.get(b_number.len()..).is_some_and(|r| {
                r.strip_prefix(' ')
                    .and_then(|r| r.strip_prefix(a_scale))
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
            });
        if !joined || !plain(a_number) || !(a_scale.is_empty() || same_scale) || !plain(b_number) {
            continue;
        }
        let Value::Quantity(q) = b.value else {
            continue;
        };
        // The second's digits as written, before any scale word (its whole
        // amount when the first carries the same scale).
        let literal = if same_scale {
            match q {
                Quantity::Money(m) => m.amount.exact(),
                Quantity::Measure(m) => m.value.exact(),
                Quantity::Percent(p) => p.value.exact(),
                _ => None,
            }
        } else {
            number::parse_number(b_number)
                .ok()
                .and_then(|n| n.value.exact())
        };
        let scaled_ok = matches!(between, "hoặc" | "hay" | "và") || change;
        let Some(shared) = literal.and_then(|l| with_shared_unit(q, l, v, scaled_ok)) else {
            continue;
        };
        if let Some(a) = quantities.get_mut(k - 1) {
            a.value = Value::Quantity(shared);
        }
    }
}

/// "tăng từ 24 lên 25%", "giảm từ 28 xuống 25%", "tăng tốc từ 0 lên
/// 100 km/h", "từ 150.000 lên 170.000 tỷ đồng": a change from one value
/// to another, the unit written on the second only. True when `between`
/// (the words between the two numbers) says "lên" (up to), "xuống" or
/// "còn" (down to), and "từ" (from) stands right before the first number,
/// which starts at `first_start`.
fn from_to_change(text: &str, first_start: usize, between: &str) -> bool {
    let to = matches!(
        between,
        "lên" | "xuống" | "còn" | "xuống còn" | "lên đến" | "lên tới" | "lên mức" | "xuống mức"
    );
    to && text.get(..first_start).is_some_and(|before| {
        let before = before.trim_end_matches(' ');
        before.len() < first_start
            && before
                .strip_suffix("từ")
                .or_else(|| before.strip_suffix("Từ"))
                .is_some_and(|b| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

/// The money, measure or percent `q` with its amount replaced by the
/// first number `v`, when `q` has no qualifier and one amount, written
/// `literal` before any scale word: `v` as written when the amount is
/// the literal; else (when `scaled_ok`) `v` with the same scale when the two stay within a
/// factor of ten, or `v` as written when it is a thousand and more, below
/// the amount and within a hundredth of it.
fn with_shared_unit(
    q: Quantity,
    literal: number::Decimal,
    v: number::Decimal,
    scaled_ok: bool,
) -> Option<Quantity> {
    let ten = |x: number::Decimal, n: i32| x.checked_mul_pow10(n).ok();
    let first = |amount: number::Decimal| -> Option<number::Decimal> {
        if amount == literal {
            return Some(v);
        }
        // The scale: the power of ten that takes the literal to the amount.
        let scale = (1..=18).find(|&n| ten(literal, n) == Some(amount))?;
        let scaled = ten(v, scale)?;
        if scaled_ok && ten(scaled, 1)? >= amount && scaled <= ten(amount, 1)? {
            Some(scaled)
        } else if v >= number::Decimal::from(1000u32) && v < amount && ten(v, 2)? >= amount {
            Some(v)
        } else {
            None
        }
    };
    macro_rules! shared {
        ($variant:ident, $x:ident . $field:ident) => {{
            let number::Value::Exact(amount) = $x.$field else {
                return None;
            };
            let v = first(amount).filter(|_| $x.qualifier.is_none())?;
            let mut x = $x;
            x.$field = number::Value::Exact(v);
            Some(Quantity::$variant(x))
        }};
    }
    match q {
        Quantity::Money(m) => shared!(Money, m.amount),
        Quantity::Measure(m) => shared!(Measure, m.value),
        Quantity::Percent(p) => shared!(Percent, p.value),
        _ => None,
    }
}
