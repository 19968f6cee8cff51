//! What the grammar reads (possibly relative) and how it becomes a
//! [`DateValue`] given an optional reference moment.

use super::DateValue;
use super::calendar;
use super::date::{DateField, Inferred, PartialDate, Weekday};
use super::error::Reason;
use super::interval::Interval;
use super::lunar::{LunarDate, PartialLunarDate};
use super::reference::Reference;

/// A year as written: absolute, or relative to the reference year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearSpec {
    Abs(i32),
    Rel(i32),
}

/// A month as written: absolute, or relative to the reference month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MonthSpec {
    Abs(u8),
    Rel(i32),
}

/// Date fields as read, before resolution and validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) struct Fields {
    pub(crate) year: Option<YearSpec>,
    pub(crate) month: Option<MonthSpec>,
    pub(crate) day: Option<u8>,
    pub(crate) weekday: Option<Weekday>,
    /// "tới", "sắp tới" (the future) or "qua", "vừa qua", "trước" (the
    /// past) written after a date without a year: the direction in which
    /// reference completion looks.
    pub(crate) direction: Option<Direction>,
}

/// Which side of the reference a date without a year lies on, when the
/// text says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    /// "tới", "sau", "sắp tới": on or after the reference day.
    Future,
    /// "qua", "vừa qua", "trước": on or before the reference day.
    Past,
    /// "hôm" before a bare weekday ("hôm thứ Năm"): strictly before the
    /// reference day, since a writer names the article's own day "hôm
    /// nay" (rel6 probe).
    Before,
}

/// The unit of a relative span ("3 ngày tới", "2 năm vừa rồi").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SpanUnit {
    Day,
    Week,
    Month,
    Year,
    /// A century as the calendar counts it ("thế kỷ trước": 1901–2000
    /// read in 2020).
    Century,
}

/// One date expression as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateExpr {
    /// Calendar fields ("29/10/2025", "tháng này", "năm ngoái").
    Fields(Fields),
    /// A day counted from the reference day ("hôm qua" is -1).
    Days {
        offset: i64,
        weekday: Option<Weekday>,
    },
    /// A weekday of the week `week` weeks from the reference week
    /// ("thứ Hai tuần tới").
    WeekdayInWeek { weekday: Weekday, week: i32 },
    /// The first such weekday after the reference day ("thứ Hai tới").
    NextWeekday(Weekday),
    /// The last such weekday before the reference day ("thứ Hai vừa qua").
    PreviousWeekday(Weekday),
    /// Monday to Sunday of the week `n` weeks from the reference week.
    Week(i32),
    /// A quarter, with its year when written.
    Quarter { quarter: u8, year: Option<YearSpec> },
    /// The quarter `n` quarters from the reference quarter.
    QuarterOffset(i32),
    /// Saturday and Sunday of the week `n` weeks from the reference week
    /// ("cuối tuần này").
    Weekend(i32),
    /// The week starting on the first Monday of a month ("tuần đầu tiên
    /// của tháng 9 năm 2017"); without its year, the month is completed
    /// from the reference.
    FirstWeek { month: u8, year: Option<YearSpec> },
    /// A date of the lunar calendar ("mùng 1 Tết", "rằm tháng Giêng"),
    /// with its lunar year when written.
    Lunar {
        year: Option<YearSpec>,
        month: u8,
        day: u8,
    },
    /// The units `from` to `to` (inclusive) counted from the reference
    /// unit: 1..=3 months are the next three months, -2..=-1 years the last
    /// two; weeks run Monday to Sunday.
    Span { unit: SpanUnit, from: i64, to: i64 },
}

/// A date or a range of dates as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateRangeExpr {
    pub(crate) from: DateExpr,
    pub(crate) to: Option<DateExpr>,
}

fn need(reference: Option<&Reference>) -> Result<&Reference, Reason> {
    reference.ok_or(Reason::NeedsReference)
}

fn date_of_day_number(days: i64) -> Result<PartialDate, Reason> {
    let (y, m, d) = calendar::civil_from_days(days);
    let y = i32::try_from(y).map_err(|_| Reason::Overflow)?;
    PartialDate::new(Some(y), Some(m), Some(d)).map_err(Reason::InvalidDate)
}

fn with_weekday(date: PartialDate, weekday: Option<Weekday>) -> Result<PartialDate, Reason> {
    match weekday {
        Some(w) => date.with_weekday(w).map_err(Reason::InvalidDate),
        None => Ok(date),
    }
}

fn year_of(spec: YearSpec, reference: Option<&Reference>) -> Result<i32, Reason> {
    match spec {
        YearSpec::Abs(y) => Ok(y),
        YearSpec::Rel(k) => need(reference)?
            .year()
            .checked_add(k)
            .ok_or(Reason::Overflow),
    }
}

/// Year and month `k` months from the reference month.
fn month_offset(reference: &Reference, k: i32) -> Result<(i32, u8), Reason> {
    let index = i64::from(reference.year()) * 12 + i64::from(reference.month()) - 1 + i64::from(k);
    let year = i32::try_from(index.div_euclid(12)).map_err(|_| Reason::Overflow)?;
    let month = u8::try_from(index.rem_euclid(12) + 1).map_err(|_| Reason::Overflow)?;
    Ok((year, month))
}

fn reference_monday(reference: &Reference) -> i64 {
    let day = reference.day_number();
    day - (day + 3).rem_euclid(7)
}

fn quarter_range(quarter: u8, year: Option<i32>) -> Result<DateValue, Reason> {
    let first = quarter
        .saturating_sub(1)
        .saturating_mul(3)
        .saturating_add(1);
    let from = PartialDate::new(year, Some(first), None).map_err(Reason::InvalidDate)?;
    let to =
        PartialDate::new(year, Some(first.saturating_add(2)), None).map_err(Reason::InvalidDate)?;
    Ok(DateValue::Range(Interval::new(from, to)))
}

/// Resolves one expression.
pub(crate) fn resolve(expr: &DateExpr, reference: Option<&Reference>) -> Result<DateValue, Reason> {
    let single = |d: Result<PartialDate, Reason>| d.map(DateValue::Date);
    match *expr {
        DateExpr::Fields(f) => single(resolve_fields(&f, reference)),
        DateExpr::Days { offset, weekday } => {
            let r = need(reference)?;
            let date = date_of_day_number(r.day_number().saturating_add(offset))?;
            single(with_weekday(date, weekday))
        }
        DateExpr::WeekdayInWeek { weekday, week } => {
            let r = need(reference)?;
            let day = reference_monday(r) + 7 * i64::from(week) + i64::from(weekday.number()) - 1;
            single(with_weekday(date_of_day_number(day)?, Some(weekday)))
        }
        DateExpr::NextWeekday(weekday) => {
            let r = need(reference)?;
            let today = i64::from(calendar_weekday(r));
            let ahead = (i64::from(weekday.number()) - today - 1).rem_euclid(7) + 1;
            single(with_weekday(
                date_of_day_number(r.day_number() + ahead)?,
                Some(weekday),
            ))
        }
        DateExpr::PreviousWeekday(weekday) => {
            let r = need(reference)?;
            let today = i64::from(calendar_weekday(r));
            let back = (today - i64::from(weekday.number()) - 1).rem_euclid(7) + 1;
            single(with_weekday(
                date_of_day_number(r.day_number() - back)?,
                Some(weekday),
            ))
        }
        DateExpr::Week(k) => {
            let r = need(reference)?;
            let monday = reference_monday(r) + 7 * i64::from(k);
            Ok(DateValue::Range(Interval::new(
                date_of_day_number(monday)?,
                date_of_day_number(monday + 6)?,
            )))
        }
        DateExpr::Weekend(k) => {
            let r = need(reference)?;
            let saturday = reference_monday(r) + 7 * i64::from(k) + 5;
            Ok(DateValue::Range(Interval::new(
                date_of_day_number(saturday)?,
                date_of_day_number(saturday + 1)?,
            )))
        }
        DateExpr::Lunar {
            year: None,
            month,
            day,
        } if reference.is_none() => PartialLunarDate::new(None, month, day, false)
            .map(DateValue::Lunar)
            .ok_or(Reason::InvalidLunarDate),
        DateExpr::Lunar { year, month, day } => single(lunar(year, month, day, reference)),
        DateExpr::FirstWeek { month, year } => {
            let (year, inferred) = match year {
                Some(y) => (year_of(y, reference)?, Inferred::EMPTY),
                None => {
                    let r = need(reference)?;
                    let m =
                        PartialDate::new(None, Some(month), None).map_err(Reason::InvalidDate)?;
                    let y = complete(m, r.day_number(), None)
                        .year()
                        .ok_or(Reason::NeedsReference)?;
                    (y, Inferred::EMPTY.with(DateField::Year))
                }
            };
            PartialDate::new(Some(year), Some(month), Some(1)).map_err(Reason::InvalidDate)?;
            let first = calendar::days_from_civil(year, month, 1);
            let monday = first + (7 - (first + 3).rem_euclid(7)) % 7;
            Ok(DateValue::Range(Interval::new(
                date_of_day_number(monday)?.with_inferred(inferred),
                date_of_day_number(monday + 6)?.with_inferred(inferred),
            )))
        }
        DateExpr::Quarter { quarter, year } => {
            let year = match year {
                Some(y) => Some(year_of(y, reference)?),
                None => None,
            };
            quarter_range(quarter, year)
        }
        DateExpr::Span { unit, from, to } => {
            let r = need(reference)?;
            let one = |k: i64| -> Result<(PartialDate, PartialDate), Reason> {
                match unit {
                    SpanUnit::Day => {
                        let d = date_of_day_number(r.day_number().saturating_add(k))?;
                        Ok((d, d))
                    }
                    SpanUnit::Week => {
                        let monday = reference_monday(r).saturating_add(k.saturating_mul(7));
                        Ok((
                            date_of_day_number(monday)?,
                            date_of_day_number(monday.saturating_add(6))?,
                        ))
                    }
                    SpanUnit::Month => {
                        let k = i32::try_from(k).map_err(|_| Reason::Overflow)?;
                        let (y, m) = month_offset(r, k)?;
                        let d = PartialDate::new(Some(y), Some(m), None)
                            .map_err(Reason::InvalidDate)?;
                        Ok((d, d))
                    }
                    SpanUnit::Year => {
                        let k = i32::try_from(k).map_err(|_| Reason::Overflow)?;
                        let y = r.year().checked_add(k).ok_or(Reason::Overflow)?;
                        let d =
                            PartialDate::new(Some(y), None, None).map_err(Reason::InvalidDate)?;
                        Ok((d, d))
                    }
                    SpanUnit::Century => {
                        // The 21st century is 2001–2100: the reference's
                        // century starts at the year after a multiple of 100.
                        let here = (i64::from(r.year()) - 1).div_euclid(100);
                        let start = here
                            .checked_add(k)
                            .and_then(|c| c.checked_mul(100))
                            .and_then(|y| i32::try_from(y + 1).ok())
                            .ok_or(Reason::Overflow)?;
                        let year = |y: i32| {
                            PartialDate::new(Some(y), None, None).map_err(Reason::InvalidDate)
                        };
                        let end = start.checked_add(99).ok_or(Reason::Overflow)?;
                        Ok((year(start)?, year(end)?))
                    }
                }
            };
            let (first, _) = one(from)?;
            let (_, last) = one(to)?;
            if first == last {
                Ok(DateValue::Date(first))
            } else {
                Ok(DateValue::Range(Interval::new(first, last)))
            }
        }
        DateExpr::QuarterOffset(k) => {
            let r = need(reference)?;
            let index = i64::from(r.year()) * 4 + (i64::from(r.month()) - 1) / 3 + i64::from(k);
            let year = i32::try_from(index.div_euclid(4)).map_err(|_| Reason::Overflow)?;
            let quarter = u8::try_from(index.rem_euclid(4) + 1).map_err(|_| Reason::Overflow)?;
            quarter_range(quarter, Some(year))
        }
    }
}

/// The solar date of a lunar date; without its year, the nearest one to
/// the reference (the news rule of reference completion), with the year
/// marked inferred.
fn lunar(
    year: Option<YearSpec>,
    month: u8,
    day: u8,
    reference: Option<&Reference>,
) -> Result<PartialDate, Reason> {
    // "30 Tết", "30 tháng Chạp" is the last day of the lunar year (the
    // eve of Tết), the 29th when tháng Chạp has 29 days.
    let solar = |y: i32| {
        LunarDate::new(y, month, day, false)
            .or_else(|| {
                ((month, day) == (12, 30))
                    .then(|| LunarDate::new(y, 12, 29, false))
                    .flatten()
            })
            .and_then(|l| l.to_solar())
            .ok_or(Reason::InvalidLunarDate)
    };
    if let Some(y) = year {
        return solar(year_of(y, reference)?);
    }
    let r = need(reference)?;
    let mut best: Option<(i64, PartialDate)> = None;
    for y in r.year().saturating_sub(1)..=r.year().saturating_add(1) {
        let Ok(d) = solar(y) else { continue };
        let Some(n) = day_number_of(&d) else { continue };
        let delta = n - r.day_number();
        // On a tie, the past (a negative delta sorts first).
        let key = delta.abs() * 2 + i64::from(delta > 0);
        if best.is_none_or(|(k, _)| key < k) {
            best = Some((key, d));
        }
    }
    best.map(|(_, d)| d.with_inferred(Inferred::EMPTY.with(DateField::Year)))
        .ok_or(Reason::InvalidLunarDate)
}

fn calendar_weekday(r: &Reference) -> u8 {
    ((r.day_number() + 3).rem_euclid(7) + 1) as u8
}

fn resolve_fields(f: &Fields, reference: Option<&Reference>) -> Result<PartialDate, Reason> {
    let mut year = match f.year {
        Some(y) => Some(year_of(y, reference)?),
        None => None,
    };
    let month = match f.month {
        Some(MonthSpec::Abs(m)) => Some(m),
        Some(MonthSpec::Rel(k)) => {
            let (y, m) = month_offset(need(reference)?, k)?;
            year.get_or_insert(y);
            Some(m)
        }
        None => None,
    };
    PartialDate::from_parts(year, month, f.day, f.weekday).map_err(Reason::InvalidDate)
}

/// Resolves a date or a range, filling what one end of a range leaves
/// out from the other ("từ 1/1 đến 31/3/2025": the year of the end
/// applies to the start).
pub(crate) fn resolve_range(
    expr: &DateRangeExpr,
    reference: Option<&Reference>,
) -> Result<DateValue, Reason> {
    let value = resolve_range_as_written(expr, reference)?;
    let Some(r) = reference else {
        return Ok(value);
    };
    let direction = |e: &DateExpr| match e {
        DateExpr::Fields(f) => f.direction,
        _ => None,
    };
    Ok(match value {
        DateValue::Date(d) => DateValue::Date(complete(d, r.day_number(), direction(&expr.from))),
        DateValue::Range(range) => {
            let from = complete(range.from, r.day_number(), direction(&expr.from));
            // The end comes on or after the start.
            let anchor = day_number_of(&from).unwrap_or(r.day_number());
            let to = if range.to.year().is_none() && from.year().is_some() {
                complete(range.to, anchor, Some(Direction::Future))
            } else {
                complete(range.to, r.day_number(), direction(&expr.from))
            };
            DateValue::Range(Interval::new(from, to))
        }
        // Only without a reference.
        v @ (DateValue::Lunar(_) | DateValue::LunarRange(_)) => v,
    })
}

/// The day number of the first day a date names (1 January for a year,
/// the 1st for a month); `None` without a year.
fn day_number_of(d: &PartialDate) -> Option<i64> {
    let y = d.year()?;
    Some(calendar::days_from_civil(
        y,
        d.month().unwrap_or(1),
        d.day().unwrap_or(1),
    ))
}

/// The news rule of reference completion (DESIGN.md, "Reference
/// completion"): a date without a year becomes the date nearest to the
/// anchor day that agrees with every written field (its day, month and
/// weekday), on or after it for [`Direction::Future`], on or before it for
/// [`Direction::Past`], before it for [`Direction::Before`]; on a tie, the
/// past. A bare weekday becomes the
/// nearest such day, a day alone ("ngày 29") the nearest such day of a
/// month. What the text wrote is never changed; the fields added are
/// listed in [`Inferred`]. A date that already has its year, or that
/// names no day, month or weekday, is returned as it is.
pub(crate) fn complete(d: PartialDate, anchor: i64, direction: Option<Direction>) -> PartialDate {
    if d.year().is_some() {
        return d;
    }
    let allowed = |delta: i64| match direction {
        Some(Direction::Future) => delta >= 0,
        Some(Direction::Past) => delta <= 0,
        Some(Direction::Before) => delta < 0,
        None => true,
    };
    // (distance, is_future, date): smaller is better; on equal distance the
    // past wins.
    let mut best: Option<(i64, bool, PartialDate)> = None;
    let mut consider = |delta: i64, date: PartialDate| {
        if !allowed(delta) {
            return;
        }
        let key = (delta.abs(), delta > 0);
        if best.is_none_or(|(dist, fut, _)| key < (dist, fut)) {
            best = Some((key.0, key.1, date));
        }
    };
    let (ay, am, _) = calendar::civil_from_days(anchor);
    let Ok(ay) = i32::try_from(ay) else { return d };
    let mut inferred = Inferred::EMPTY.with(DateField::Year);
    match (d.month(), d.day(), d.weekday()) {
        (None, None, Some(w)) => {
            inferred = inferred.with(DateField::Month).with(DateField::Day);
            // A week either way: "hôm thứ Tư" read on a Wednesday is the
            // one seven days before ([`Direction::Before`]).
            for delta in -7..=7 {
                let day = anchor + delta;
                if (day + 3).rem_euclid(7) + 1 == i64::from(w.number()) {
                    if let Ok(date) = date_of_day_number(day).and_then(|d| with_weekday(d, Some(w)))
                    {
                        consider(delta, date);
                    }
                }
            }
        }
        (None, Some(day), weekday) => {
            inferred = inferred.with(DateField::Month);
            let month_index = i64::from(ay) * 12 + i64::from(am) - 1;
            for k in -14..=14 {
                let index = month_index + k;
                let Ok(y) = i32::try_from(index.div_euclid(12)) else {
                    continue;
                };
                let m = (index.rem_euclid(12) + 1) as u8;
                if let Ok(date) = PartialDate::from_parts(Some(y), Some(m), Some(day), weekday) {
                    consider(calendar::days_from_civil(y, m, day) - anchor, date);
                }
            }
        }
        (Some(m), day, weekday) => {
            // 29 February and a weekday with its date can be years away
            // (28 years: the weekday cycle of the calendar).
            for k in -30..=30 {
                let y = ay.saturating_add(k);
                let Ok(date) = PartialDate::from_parts(Some(y), Some(m), day, weekday) else {
                    continue;
                };
                let delta = match day {
                    Some(dd) => calendar::days_from_civil(y, m, dd) - anchor,
                    // A month is as far as months are: "tháng 6" is this
                    // June or last June, whichever month is nearer.
                    None => {
                        (i64::from(y) * 12 + i64::from(m)) - (i64::from(ay) * 12 + i64::from(am))
                    }
                };
                consider(delta, date);
            }
        }
        (None, None, None) => return d,
    }
    match best {
        Some((_, _, date)) => date.with_inferred(inferred),
        None => d,
    }
}

/// [`resolve_range`] without reference completion.
fn resolve_range_as_written(
    expr: &DateRangeExpr,
    reference: Option<&Reference>,
) -> Result<DateValue, Reason> {
    let from = resolve(&expr.from, reference)?;
    let Some(to) = &expr.to else {
        return Ok(from);
    };
    let to = resolve(&lunar_end(&expr.from, to), reference)?;
    let first = match from {
        DateValue::Date(d) => d,
        DateValue::Range(r) => r.from,
        DateValue::Lunar(a) => match to {
            // Two lunar dates without their years: a lunar range.
            DateValue::Lunar(b) => return Ok(DateValue::LunarRange(Interval::new(a, b))),
            _ => return Err(Reason::NeedsReference),
        },
        DateValue::LunarRange(_) => return Err(Reason::NeedsReference),
    };
    let last = match to {
        DateValue::Date(d) => d,
        DateValue::Range(r) => r.to,
        DateValue::Lunar(_) | DateValue::LunarRange(_) => return Err(Reason::NeedsReference),
    };
    let (first, last) = fill_range(first, last)?;
    Ok(DateValue::Range(Interval::new(first, last)))
}

/// The end of a range that starts on a lunar date, when the end is a day
/// alone: a lunar day of the start's month, or of the next month when it
/// comes before the start ("từ 29 tháng Chạp đến mùng 5": the 5th of
/// tháng Giêng).
fn lunar_end(from: &DateExpr, to: &DateExpr) -> DateExpr {
    match (*from, *to) {
        (
            DateExpr::Lunar { year, month, day },
            DateExpr::Fields(Fields {
                year: None,
                month: None,
                day: Some(end),
                weekday: None,
                ..
            }),
        ) if year.is_none() && end <= 30 => DateExpr::Lunar {
            year: None,
            month: if end > day { month } else { month % 12 + 1 },
            day: end,
        },
        _ => *to,
    }
}

/// Copies the larger fields one end of a range omits from the other end.
fn fill_range(from: PartialDate, to: PartialDate) -> Result<(PartialDate, PartialDate), Reason> {
    let fill = |short: PartialDate, long: PartialDate| -> Result<PartialDate, Reason> {
        let mut month = short.month();
        let mut year = short.year();
        if short.day().is_some() && month.is_none() {
            month = long.month();
        }
        if month.is_some() && year.is_none() && long.month().is_some() {
            year = long.year();
        }
        // A lunar end completed from the reference keeps its mark.
        PartialDate::from_parts(year, month, short.day(), short.weekday())
            .map(|d| d.with_inferred(short.inferred()))
            .map_err(Reason::InvalidDate)
    };
    Ok((fill(from, to)?, fill(to, from)?))
}
