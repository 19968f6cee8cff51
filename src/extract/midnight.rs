//! "nửa đêm" (midnight) before a date: "vào nửa đêm ngày 14/2", "từ nửa
//! đêm 29 đến sáng 30-5" (date19 probe).
//!
//! The dates grammar reads "đêm ngày 14/2" as a date with its part of the
//! day; "nửa" (half) is no word of its vocabulary, so the span started at
//! "đêm". A reader takes "nửa đêm" whole, as the tenth set's t129 reads
//! "từ nửa đêm 29 đến sáng 30-5" (its value the night of the 29th): the
//! span takes "nửa" back, and "từ" before it when the date-time is a
//! range. "nửa đêm" alone (no date after it) is left as it was: midnight
//! or late at night, unsettled (time9 probe).

use super::{Entity, Kind};
use crate::time::{self, DateTimeValue};

/// Moves the start of a date-time that begins at "đêm" back over "nửa "
/// (and "từ " before it, for a range).
pub(super) fn take_half<'a>(text: &'a str, found: &mut [Entity<'a>]) {
    let mut floor = 0;
    for e in found.iter_mut() {
        let kept_floor = floor;
        floor = e.end;
        if e.kind() != Kind::DateTime {
            continue;
        }
        let night = text
            .get(e.start..)
            .is_some_and(|t| t.starts_with("đêm ") || t.starts_with("Đêm "));
        let before = text.get(kept_floor..e.start).unwrap_or("");
        let half = ["nửa ", "Nửa "].iter().find(|h| before.ends_with(**h));
        let (true, Some(half)) = (night, half) else {
            continue;
        };
        let mut start = e.start - half.len();
        // "từ nửa đêm 29 đến sáng 30-5": a range opened by "từ" takes it.
        let range = matches!(
            e.value,
            super::Value::Time {
                entity: time::Entity::DateTime(DateTimeValue::Range(_)),
                ..
            }
        );
        let before_half = text.get(kept_floor..start).unwrap_or("");
        if range {
            if let Some(tu) = ["từ ", "Từ "].iter().find(|t| before_half.ends_with(**t)) {
                start -= tu.len();
            }
        }
        // The word before "nửa" must end there ("vào nửa", not "…nửa").
        let word_start = text
            .get(kept_floor..start)
            .is_none_or(|b| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric()));
        if let (true, Some(t)) = (word_start, text.get(start..e.end)) {
            e.start = start;
            e.text = t;
        }
    }
}
