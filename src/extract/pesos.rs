//! "trị giá 18,9 tỷ peso nhằm nâng cấp … Lực lượng không quân
//! Philippines", "bị phạt 300 peso (khoảng 500.000 đồng) … thành phố
//! Guadalupe, Mexico": a bare "peso" after an amount is the peso of the
//! country its paragraph names (gen53 probe). The currency table reads
//! "peso" only with its country ("peso Philippines", "peso Mexico"),
//! since the word names several currencies; news often writes the
//! country once, before or after the amount, and the amount was left a
//! bare number. Read only when the paragraph names the countries of one
//! peso alone, near the amount: "đồng peso Cuba" (a country the table has
//! no peso for) and a paragraph naming Mexico and Chile stay as they are.

use super::{Entity, Value};
use crate::number::{Currency, Money, Quantity};
use crate::text::{ceil_boundary, floor_boundary};

/// How far before and after the amount, within its paragraph, the
/// country is looked for: a paragraph of news runs a few hundred bytes,
/// and a bound keeps a wall of amounts linear.
const REACH: usize = 1500;

/// The countries whose currency the news calls "peso", as written, and
/// their currency (the table's "peso X" forms).
const COUNTRIES: &[(&str, Currency)] = &[
    ("Philippines", Currency::PHP),
    ("Philippine", Currency::PHP),
    ("Mexico", Currency::MXN),
    ("Mexicô", Currency::MXN),
    ("Argentina", Currency::ARS),
    ("Chile", Currency::CLP),
];

/// Reads every bare number followed by " peso" (a word of its own, not
/// a country's capital or "chuyển đổi", the convertible peso, after it)
/// as money in the peso of the one country its paragraph names.
pub(super) fn of_country<'a>(text: &'a str, found: &mut [Entity<'a>]) {
    for e in found.iter_mut() {
        let Value::Quantity(Quantity::Number(n)) = e.value else {
            continue;
        };
        let Some(end) = bare_peso_after(text, e.end) else {
            continue;
        };
        let Some(currency) = paragraph_country(text, e.start, end) else {
            continue;
        };
        let Some(span) = text.get(e.start..end) else {
            continue;
        };
        e.value = Value::Quantity(Quantity::Money(Money {
            amount: n.value,
            currency,
            per: None,
            per_count: None,
            and_per: None,
            qualifier: n.qualifier,
        }));
        e.end = end;
        e.text = span;
    }
}

/// The end of " peso" written right after byte `at`, when no letter or
/// digit is glued after it and the next word is neither capitalized (a
/// country the table does not know: "peso Cuba") nor "chuyển" ("peso
/// chuyển đổi", the convertible peso).
fn bare_peso_after(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?.strip_prefix(" peso")?;
    if rest.starts_with(char::is_alphanumeric) {
        return None;
    }
    let next = rest.strip_prefix(' ').unwrap_or("");
    if next.starts_with(char::is_uppercase) || next.starts_with("chuyển") {
        return None;
    }
    Some(at + " peso".len())
}

/// The currency of the countries named in the paragraph around
/// `start..end` (at most [`REACH`] bytes on either side), when they are
/// one peso's; `None` when none is named or two pesos are.
fn paragraph_country(text: &str, start: usize, end: usize) -> Option<Currency> {
    let from = floor_boundary(text, start.saturating_sub(REACH));
    let to = ceil_boundary(text, end.saturating_add(REACH).min(text.len()));
    let before = text.get(from..start)?;
    let before = before.rsplit_once('\n').map_or(before, |(_, b)| b);
    let after = text.get(end..to)?;
    let after = after.split_once('\n').map_or(after, |(a, _)| a);
    let mut found = None;
    for &(name, currency) in COUNTRIES {
        if names(before, name) || names(after, name) {
            if found.is_some_and(|c| c != currency) {
                return None;
            }
            found = Some(currency);
        }
    }
    found
}

/// True when `text` holds `name` as a word of its own (no letter glued
/// before it, and [`super::around::opens`] after it).
fn names(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(k, _)| {
        let glued_before = text
            .get(..k)
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_alphanumeric);
        !glued_before
            && text
                .get(k..)
                .is_some_and(|rest| super::around::opens(rest, name))
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::{Kind, extract};

    /// The spans and kinds `extract` finds in `text`.
    fn kinds(text: &str) -> Vec<(&str, Kind)> {
        extract(text).iter().map(|e| (e.text, e.kind())).collect()
    }

    #[test]
    fn a_bare_peso_takes_the_paragraph_country() {
        let found = kinds("Philippines chi 28 tỉ peso để hiện đại hóa quân đội.");
        assert_eq!(found, [("28 tỉ peso", Kind::Money)]);
        let found = kinds("Anh bị phạt 300 peso (khoảng 500.000 đồng) tại Mexico.");
        assert_eq!(found[0], ("300 peso", Kind::Money));
    }

    /// Each country of [`super::COUNTRIES`] names the peso the currency
    /// table reads after "peso" (`number::currency`): the two lists agree.
    #[test]
    fn every_country_is_a_peso_of_the_currency_table() {
        for &(name, currency) in super::COUNTRIES {
            let text = format!("Giá 300 peso {name}.");
            let found = extract(&text);
            let money = found.iter().find_map(|e| match e.value {
                crate::extract::Value::Quantity(crate::number::Quantity::Money(m)) => Some(m),
                _ => None,
            });
            assert_eq!(money.map(|m| m.currency), Some(currency), "{text}");
        }
    }

    #[test]
    fn no_country_or_two_pesos_stay_bare() {
        assert_eq!(kinds("Giá vé là 24 peso."), [("24", Kind::Number)]);
        let found = kinds("Mexico và Chile: 300 peso.");
        assert_eq!(found, [("300", Kind::Number)]);
        let found = kinds("Tại Philippines,\n300 peso.");
        assert_eq!(found, [("300", Kind::Number)]);
    }
}
