//! A count of years before the years it spans: "Trong 2 năm 2016 và
//! 2017", "3 năm 2014-2016", "hai năm 2011 và 2012" (date19 probe).
//!
//! The dates grammar reads "năm 2016" as a year with its lead word, and
//! the count before it is left a number ("2") with nothing counted; a
//! reader reads how long ("2 năm", a duration) and then which years (the
//! range "2014-2016", or each year of the list, as the third set's w106
//! reads "các năm 2014 và 2015"). This pass moves "năm" from the date to
//! the count: the number becomes a duration in years, the date starts at
//! its first year.
//!
//! Only a count of two or more, written one space before "năm", and only
//! when the date is a range of bare years or a bare year that a list
//! continues (", 2017", " và 2017"): the count then cannot be a label's
//! number ("tháng 6, 7 năm 2013", "Nghị định 56 năm 2009", "quý 3 năm
//! 2012", "Ligue 1 năm 2012" stand before one year). A range's count may
//! not exceed the years it spans by more than one ("3 năm 2013 - 2014 -
//! 2015" still reads), so "12 năm 2004-2005" (a grade?) is left alone.

use super::{Entity, Kind, Value};
use crate::number::{self, Quantity};
use crate::time::{self, DateValue, PartialDate};

/// The year of a date that is a year alone ("năm 2016", "2017").
fn bare_year(d: &PartialDate) -> Option<i32> {
    d.year()
        .filter(|_| d.month().is_none() && d.day().is_none())
}

/// What the date entity `e` is, when it can follow a count of years: the
/// number of years a range spans, or `None` for a bare year (a list must
/// follow it).
fn years_of(e: &Entity<'_>) -> Option<Option<i64>> {
    let Value::Time {
        entity: time::Entity::Date(date),
        qualifier: None,
        anchor: None,
    } = e.value
    else {
        return None;
    };
    match date {
        DateValue::Date(d) => bare_year(&d).map(|_| None),
        DateValue::Range(r) => {
            let (from, to) = (bare_year(&r.from)?, bare_year(&r.to)?);
            (to > from).then(|| Some(i64::from(to - from) + 1))
        }
        _ => None,
    }
}

/// The count of the number entity `e`: an exact whole number, with its
/// qualifier.
fn count_of(e: &Entity<'_>) -> Option<(i128, Option<number::Qualifier>)> {
    let Value::Quantity(Quantity::Number(number::Number {
        value: number::Value::Exact(v),
        qualifier,
    })) = e.value
    else {
        return None;
    };
    v.is_integer()
        .then(|| v.to_i128())
        .flatten()
        .map(|n| (n, qualifier))
}

/// True when a bare year `next` continues the list that the year ending at
/// `end` opens: ", " or " và " between them.
fn continues_list(text: &str, end: usize, next: Option<&Entity<'_>>) -> bool {
    let Some(next) = next else { return false };
    let joined = text
        .get(end..next.start)
        .is_some_and(|gap| matches!(gap, ", " | " và " | "," | " , "));
    joined && matches!(years_of(next), Some(None))
}

/// Splits "N năm <years>" into the duration "N năm" and the years (see the
/// module's docs). `found` is the merged, ordered list of entities.
pub(super) fn split_counts<'a>(text: &'a str, found: &mut [Entity<'a>]) {
    for i in 1..found.len() {
        let (Some(count), Some(date)) = (found.get(i - 1), found.get(i)) else {
            continue;
        };
        if count.kind() != Kind::Number || date.kind() != Kind::Date {
            continue;
        }
        let Some((n, qualifier)) = count_of(count) else {
            continue;
        };
        let Some(span) = years_of(date) else { continue };
        let fits = match span {
            Some(years) => n >= 2 && n <= i128::from(years) + 1,
            None => (2..=10).contains(&n) && continues_list(text, date.end, found.get(i + 1)),
        };
        let lead = text.get(date.start..).and_then(|t| {
            ["năm ", "Năm "]
                .iter()
                .find(|w| t.starts_with(**w))
                .map(|w| w.len())
        });
        let spaced = text.get(count.end..date.start) == Some(" ");
        let (Some(lead), true, true) = (lead, fits, spaced) else {
            continue;
        };
        // "năm" closes the duration; the date starts at its first year.
        let (count_end, year_start) = (date.start + lead - 1, date.start + lead);
        let (Some(count_text), Some(date_text)) = (
            text.get(count.start..count_end),
            text.get(year_start..date.end),
        ) else {
            continue;
        };
        if !date_text.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let Some(c) = found.get_mut(i - 1) else {
            continue;
        };
        c.end = count_end;
        c.text = count_text;
        c.value = Value::Time {
            entity: time::Entity::Duration(time::Duration {
                value: number::Value::Exact(number::Decimal::from_i64(
                    i64::try_from(n).unwrap_or(0),
                )),
                unit: time::TimeUnit::Year,
            }),
            qualifier,
            anchor: None,
        };
        if let Some(d) = found.get_mut(i) {
            d.start = year_start;
            d.text = date_text;
        }
    }
}
