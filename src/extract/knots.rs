//! "chạy với tốc độ 40 hải lý", "tốc độ tối đa 27 hải lý (50 km/h)",
//! "tốc độ tối đa lên tới 33,6 hải lý tương đương 62 km/h": after "tốc
//! độ" or "vận tốc" in its clause, a bare "hải lý" (no "/giờ") is the
//! knot, a nautical mile per hour, not the nautical mile the unit table
//! reads it as: writers drop the hour as English drops it from "knot"
//! (money27 probe). "cách bờ 100 hải lý", "phạm vi hoạt động 9500 hải lý
//! … với tốc độ" (the speed named after it) keep the distance.

use super::{Entity, Value};
use crate::number::{Quantity, Unit};
use crate::text::floor_boundary;

/// The longest stretch before the measure looked at for the speed word.
const REACH_BEFORE: usize = 48;

/// The words that name a speed before its value.
const SPEED_WORDS: &[&str] = &["tốc độ", "vận tốc"];

/// Reads every bare "N hải lý" measure whose clause names a speed before
/// it as knots.
pub(super) fn after_speed(text: &str, found: &mut [Entity<'_>]) {
    for e in found.iter_mut() {
        let Value::Quantity(Quantity::Measure(m)) = &mut e.value else {
            continue;
        };
        if m.unit.symbol() != "nmi" || m.per.is_some() || !e.text.ends_with("hải lý") {
            continue;
        }
        if names_speed_before(text, e.start) {
            m.unit = Unit::from_symbol("kn").unwrap_or(m.unit);
        }
    }
}

/// True when the clause before byte `at` of `text` (at most
/// `REACH_BEFORE` bytes back, cut at the last sentence or clause mark,
/// a comma too: "với tốc độ 20 hải lý/giờ, hành trình 3.000 hải lý")
/// holds "tốc độ" or "vận tốc" with no digit after it: the speed word
/// names this value, not one written between.
fn names_speed_before(text: &str, at: usize) -> bool {
    let from = floor_boundary(text, at.saturating_sub(REACH_BEFORE));
    let before = text.get(from..at).unwrap_or("");
    let clause = before
        .rfind(['.', ',', ';', '!', '?', '(', ')', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    let clause = crate::lex::fold(clause);
    SPEED_WORDS.iter().any(|w| {
        clause
            .rfind(w)
            .is_some_and(|i| !clause[i..].contains(|c: char| c.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::{Value, extract};
    use crate::number::Quantity;

    /// The unit symbols of the measures `extract` finds in `text`.
    fn units(text: &str) -> Vec<(&str, &'static str)> {
        extract(text)
            .into_iter()
            .filter_map(|e| match e.value {
                Value::Quantity(Quantity::Measure(m)) => Some((e.text, m.unit.symbol())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_speed_in_bare_nautical_miles_is_knots() {
        assert_eq!(
            units("Tàu chạy với tốc độ tối đa 33,6 hải lý, đi được 500 hải lý."),
            [("tối đa 33,6 hải lý", "kn"), ("500 hải lý", "nmi")]
        );
        assert_eq!(
            units("đang chạy với tốc độ 40 hải lý đã va chạm"),
            [("40 hải lý", "kn")]
        );
    }

    #[test]
    fn a_distance_or_a_speed_named_after_it_stays_nautical_miles() {
        assert_eq!(
            units("phạm vi hoạt động 9500 hải lý (17.600km) với tốc độ 33 hải lý"),
            [
                ("9500 hải lý", "nmi"),
                ("17.600km", "km"),
                ("33 hải lý", "kn")
            ]
        );
        assert_eq!(
            units("với tốc độ 20 hải lý/giờ, hành trình 3.000 hải lý; cách bờ 100 hải lý"),
            [
                ("20 hải lý/giờ", "kn"),
                ("3.000 hải lý", "nmi"),
                ("100 hải lý", "nmi")
            ]
        );
    }
}
