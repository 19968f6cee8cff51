//! Dates, times of day and durations in Vietnamese text.
//!
//! Vietnamese news writes dates day first ("29/10/2025", "ngày 29 tháng
//! 10"), often without a year ("sáng 29/10"), sometimes as only a weekday
//! ("Chủ nhật") or a month ("tháng Mười"). This module keeps exactly what
//! the text gives: a [`PartialDate`] has a year, a month and a day, each
//! optional, and the weekday only when it was written. A [`TimeOfDay`] has
//! an hour on the 24-hour clock ("8 giờ tối" is 20), a minute when written
//! and a UTC offset when written. Either can form an [`Interval`] ("2024 –
//! 2028", "quý III/2025", "từ 8h đến 10h"). A date written with a time or a
//! part of the day ("15 giờ 30 ngày 13-5-2013", "sáng 29/10") is one
//! [`DateTime`].
//!
//! Relative expressions ("hôm qua", "tuần tới", "3 ngày trước") resolve
//! against a [`Reference`] given to a [`Parser`]; without one they are an
//! error that says a reference is needed. With a reference, a date written
//! without its year ("29/10", "thứ Hai", "mùng 1 Tết") is completed to the
//! nearest such date, and [`PartialDate::inferred`] says which fields were
//! added. Lunar dates convert through [`LunarDate`]; a lunar date written
//! without its year ("mùng 10 tháng Giêng", "rằm tháng Bảy") and read
//! without a reference is a [`PartialLunarDate`] ([`DateValue::Lunar`]),
//! never a solar date with the lunar month and day.
//!
//! ```
//! use vietnorm::time::{self, Parser, Reference};
//!
//! let d = time::parse_date("Thứ Tư, 29/10/2025")?;
//! assert_eq!((d.year(), d.month(), d.day()), (Some(2025), Some(10), Some(29)));
//!
//! let t = time::parse_time("8 giờ tối")?;
//! assert_eq!((t.hour(), t.minute()), (20, None));
//!
//! static P: Parser = Parser::new();
//! assert!(P.parse_date("hôm qua").is_err());
//! let r: Reference = "2025-10-29".parse().unwrap();
//! let yesterday = Parser::new().reference(r).parse_date("hôm qua")?;
//! assert_eq!(yesterday.to_string(), "28/10/2025");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod anchored;
mod calendar;
mod clock;
mod date;
mod datetime;
mod duration;
#[macro_use]
mod error;
mod grammar;
pub(crate) use grammar::{is_dash as is_dash_char, is_weekly_slot};
mod interval;
#[cfg(feature = "jiff")]
mod jiff;

mod lunar;
mod numbers;
mod qualifier;
mod reference;
mod resolve;
mod scan;

use core::fmt;

pub(crate) use anchored::{AnchorUnit, AnchoredForm, Cues, shift};
pub use clock::{InvalidTimeError, TimeOfDay, UtcOffset};
pub use date::{DateField, Inferred, InvalidDateError, PartialDate, Weekday, YEAR_RANGE};
pub use datetime::{DateTime, DateTimeValue, DayPart, LunarDateTime};
pub use duration::{Duration, TimeUnit};
pub(crate) use duration::{is_midnight_count, unit_starts_date};
pub use error::{ParseDateError, ParseDateTimeError, ParseDurationError, ParseTimeError};
pub use interval::Interval;
pub use lunar::{LUNAR_YEAR_RANGE, LunarDate, PartialLunarDate};
pub(crate) use lunar::{is_earthly_branch, is_heavenly_stem};
pub use reference::{ParseReferenceError, Reference};
pub use scan::{Entity, Match, Scan};

use crate::lex::{self as lexer, Token};
use crate::number::Qualifier;
use error::{Failure, Reason};
use grammar::{Grammar, TimeExpr};

/// A date or a range of dates, as `parse date` returns it.
///
/// Serializes (feature `serde`) as the date's fields, or as
/// `{"from": {...}, "to": {...}}` for a range. A lunar date without its
/// year, read without a reference moment, is [`DateValue::Lunar`] (or
/// [`DateValue::LunarRange`]): its fields are lunar, and it serializes with
/// `"calendar":"lunar"`.
///
/// ```
/// use vietnorm::time::{parse_date_value, DateValue};
/// assert!(matches!(parse_date_value("29/10/2025")?, DateValue::Date(_)));
/// assert!(matches!(parse_date_value("2024 – 2028")?, DateValue::Range(_)));
/// assert!(matches!(parse_date_value("rằm tháng Bảy")?, DateValue::Lunar(_)));
/// # Ok::<(), vietnorm::time::ParseDateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(untagged))]
#[non_exhaustive]
pub enum DateValue {
    /// One date.
    Date(PartialDate),
    /// A range of dates, both ends inclusive.
    Range(Interval<PartialDate>),
    /// A lunar date whose solar date is not known: written without its
    /// year and read without a reference moment ("mùng 10 tháng Giêng",
    /// "23 tháng Chạp", "15/8 âm lịch").
    ///
    /// ```
    /// use vietnorm::time::{parse_date_value, DateValue};
    /// let DateValue::Lunar(d) = parse_date_value("23 tháng Chạp")? else { panic!() };
    /// assert_eq!((d.month(), d.day()), (12, 23));
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    Lunar(PartialLunarDate),
    /// A range of lunar dates without their years ("từ 29 tháng Chạp đến
    /// mùng 5 Tết"), read without a reference moment; both ends inclusive.
    ///
    /// ```
    /// use vietnorm::time::{parse_date_value, DateValue};
    /// let DateValue::LunarRange(r) = parse_date_value("từ 29 tháng Chạp đến mùng 5 Tết")? else { panic!() };
    /// assert_eq!((r.from.month(), r.from.day(), r.to.month(), r.to.day()), (12, 29, 1, 5));
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    LunarRange(Interval<PartialLunarDate>),
}

impl fmt::Display for DateValue {
    /// Solar dates as [`PartialDate`] writes them; lunar ones as
    /// [`PartialLunarDate`] does (`10/1 âm lịch`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Date(d) => d.fmt(f),
            DateValue::Range(r) => r.fmt(f),
            DateValue::Lunar(d) => d.fmt(f),
            DateValue::LunarRange(r) => r.fmt(f),
        }
    }
}

/// A time of day or a range of times, as `parse time` returns it.
///
/// ```
/// use vietnorm::time::{parse_time_value, TimeValue};
/// let TimeValue::Range(r) = parse_time_value("từ 8h đến 10h30")? else { panic!() };
/// assert_eq!((r.from.hour(), r.to.minute()), (8, Some(30)));
/// # Ok::<(), vietnorm::time::ParseTimeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(untagged))]
#[non_exhaustive]
pub enum TimeValue {
    /// One time of day.
    Time(TimeOfDay),
    /// A range of times, both ends inclusive.
    Range(Interval<TimeOfDay>),
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeValue::Time(t) => t.fmt(f),
            TimeValue::Range(r) => r.fmt(f),
        }
    }
}

/// Parses dates and times, optionally resolving relative expressions
/// against a reference moment. Const-constructible, so it can live in a
/// `static`.
///
/// ```
/// use vietnorm::time::{Parser, Reference};
/// static PARSER: Parser = Parser::new();
/// let d = PARSER.parse_date("ngày 29 tháng 10 năm 2025")?;
/// assert_eq!(d.to_string(), "29/10/2025");
/// # Ok::<(), vietnorm::time::ParseDateError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parser {
    reference: Option<Reference>,
}

impl Parser {
    /// A parser without a reference moment: relative expressions are errors.
    ///
    /// ```
    /// assert!(vietnorm::time::Parser::new().parse_date("hôm nay").is_err());
    /// ```
    pub const fn new() -> Parser {
        Parser { reference: None }
    }

    /// The same parser resolving relative expressions against `reference`.
    ///
    /// ```
    /// use vietnorm::time::{Parser, Reference};
    /// let r = Reference::new(2025, 10, 29).unwrap();
    /// let d = Parser::new().reference(r).parse_date("thứ Hai tuần tới")?;
    /// assert_eq!(d.to_string(), "thứ Hai, 3/11/2025");
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub const fn reference(self, reference: Reference) -> Parser {
        Parser {
            reference: Some(reference),
        }
    }

    /// The reference moment, if any.
    ///
    /// ```
    /// assert!(vietnorm::time::Parser::new().get_reference().is_none());
    /// ```
    pub const fn get_reference(&self) -> Option<&Reference> {
        self.reference.as_ref()
    }

    /// Parses a whole input as one date or range of dates.
    ///
    /// ```
    /// use vietnorm::time::Parser;
    /// let v = Parser::new().parse_date_value("từ ngày 1/1 đến 31/3/2025")?;
    /// assert_eq!(v.to_string(), "1/1/2025 – 31/3/2025");
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub fn parse_date_value(&self, text: &str) -> Result<DateValue, ParseDateError> {
        let (q, end) = self
            .read(text, false, Self::read_date)
            .map_err(ParseDateError)?;
        whole(text, end).map_err(ParseDateError)?;
        Ok(q.value)
    }

    /// Parses a whole input as a date or a range, with an optional
    /// qualifier word before it ("khoảng năm 2020").
    ///
    /// ```
    /// use vietnorm::number::Qualifier;
    /// let q = vietnorm::time::Parser::new().parse_date_qualified("khoảng năm 2020")?;
    /// assert_eq!((q.qualifier, q.value.to_string()), (Some(Qualifier::About), "năm 2020".into()));
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub fn parse_date_qualified(&self, text: &str) -> Result<Qualified<DateValue>, ParseDateError> {
        let (q, end) = self
            .read(text, true, Self::read_date)
            .map_err(ParseDateError)?;
        whole(text, end).map_err(ParseDateError)?;
        Ok(q)
    }

    /// Parses one date or range at the start of `text` and returns it with
    /// the number of bytes it took (the rest of the input is
    /// `&text[len..]`). Leading spaces are skipped and counted.
    ///
    /// ```
    /// use vietnorm::time::Parser;
    /// let text = "29/10 (TTXVN) - Sáng nay...";
    /// let (date, len) = Parser::new().parse_date_value_prefix(text)?;
    /// assert_eq!((date.to_string().as_str(), &text[len..]), ("29/10", " (TTXVN) - Sáng nay..."));
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub fn parse_date_value_prefix(
        &self,
        text: &str,
    ) -> Result<(DateValue, usize), ParseDateError> {
        let (q, end) = self
            .read(text, false, Self::read_date)
            .map_err(ParseDateError)?;
        Ok((q.value, end))
    }

    /// Parses a whole input as one date (not a range). A [`PartialDate`]
    /// is solar: a lunar date without its year needs the reference
    /// ([`Self::parse_date_value`] gives it as a lunar date without one).
    ///
    /// ```
    /// use vietnorm::time::{Parser, Reference};
    /// let r = Reference::new(2025, 10, 29).unwrap();
    /// assert_eq!(Parser::new().reference(r).parse_date("3 ngày trước")?.to_string(), "26/10/2025");
    /// assert_eq!(Parser::new().reference(r).parse_date("mùng 10 tháng Giêng")?.to_string(), "26/2/2026");
    /// assert!(Parser::new().parse_date("mùng 10 tháng Giêng").unwrap_err().needs_reference());
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub fn parse_date(&self, text: &str) -> Result<PartialDate, ParseDateError> {
        single_date(self.parse_date_value(text), text)
    }

    /// Parses one date at the start of `text`: the date and the bytes it took.
    ///
    /// ```
    /// let (d, len) = vietnorm::time::Parser::new().parse_date_prefix("2025-10-29 (VTC News) -")?;
    /// assert_eq!((d.day(), len), (Some(29), 10));
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub fn parse_date_prefix(&self, text: &str) -> Result<(PartialDate, usize), ParseDateError> {
        let (value, len) = self.parse_date_value_prefix(text)?;
        single_date(Ok(value), text).map(|d| (d, len))
    }

    /// Parses a whole input as one time of day or range of times. A
    /// leading "lúc", "vào" or "đúng" is allowed.
    ///
    /// ```
    /// let v = vietnorm::time::Parser::new().parse_time_value("14:30 (GMT+7)")?;
    /// assert_eq!(v.to_string(), "14:30 (GMT+7)");
    /// # Ok::<(), vietnorm::time::ParseTimeError>(())
    /// ```
    pub fn parse_time_value(&self, text: &str) -> Result<TimeValue, ParseTimeError> {
        let (q, end) = self
            .read(text, false, Self::read_time)
            .map_err(ParseTimeError)?;
        whole(text, end).map_err(ParseTimeError)?;
        Ok(q.value)
    }

    /// Parses a whole input as a time or a range of times, with an
    /// optional qualifier word before it ("khoảng 3 giờ chiều").
    ///
    /// ```
    /// use vietnorm::number::Qualifier;
    /// let q = vietnorm::time::Parser::new().parse_time_qualified("vào khoảng 3 giờ chiều")?;
    /// assert_eq!((q.qualifier, q.value.to_string()), (Some(Qualifier::About), "15h".into()));
    /// # Ok::<(), vietnorm::time::ParseTimeError>(())
    /// ```
    pub fn parse_time_qualified(&self, text: &str) -> Result<Qualified<TimeValue>, ParseTimeError> {
        let (q, end) = self
            .read(text, true, Self::read_time)
            .map_err(ParseTimeError)?;
        whole(text, end).map_err(ParseTimeError)?;
        Ok(q)
    }

    /// Parses a whole input as one time of day.
    ///
    /// ```
    /// let t = vietnorm::time::Parser::new().parse_time("14 giờ 30 phút")?;
    /// assert_eq!(t.to_string(), "14:30");
    /// # Ok::<(), vietnorm::time::ParseTimeError>(())
    /// ```
    pub fn parse_time(&self, text: &str) -> Result<TimeOfDay, ParseTimeError> {
        match self.parse_time_value(text)? {
            TimeValue::Time(t) => Ok(t),
            TimeValue::Range(_) => Err(ParseTimeError(Failure::new(
                leading_space(text),
                Reason::NotSingle,
            ))),
        }
    }

    /// Parses a whole input as one date-time or range of date-times: a date
    /// with the time or the part of the day written with it. A leading
    /// "lúc", "vào" or "đúng" is allowed.
    ///
    /// ```
    /// use vietnorm::time::{Parser, Reference};
    /// let v = Parser::new().parse_datetime_value("Thứ Tư, 29/10/2025, 14:30 (GMT+7)")?;
    /// assert_eq!(v.to_string(), "thứ Tư, 29/10/2025, 14:30 (GMT+7)");
    /// assert!(Parser::new().parse_datetime_value("10 giờ sáng nay").is_err());
    /// let r = Reference::new(2025, 10, 29).unwrap();
    /// let v = Parser::new().reference(r).parse_datetime_value("10 giờ sáng nay")?;
    /// assert_eq!(v.to_string(), "29/10/2025, 10h sáng");
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub fn parse_datetime_value(&self, text: &str) -> Result<DateTimeValue, ParseDateTimeError> {
        self.parse_datetime_qualified(text).map(|q| q.value)
    }

    /// Parses a whole input as a date-time or a range, with an optional
    /// qualifier word before it ("khoảng 9 giờ sáng 29/10").
    ///
    /// ```
    /// use vietnorm::number::Qualifier;
    /// let q = vietnorm::time::Parser::new().parse_datetime_qualified("khoảng 9 giờ sáng 29/10")?;
    /// assert_eq!((q.qualifier, q.value.to_string()), (Some(Qualifier::About), "29/10, 9h sáng".into()));
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub fn parse_datetime_qualified(
        &self,
        text: &str,
    ) -> Result<Qualified<DateTimeValue>, ParseDateTimeError> {
        let (q, end) = self
            .read(text, true, Self::read_datetime)
            .map_err(ParseDateTimeError)?;
        whole(text, end).map_err(ParseDateTimeError)?;
        Ok(q)
    }

    /// Parses a whole input as one date-time (not a range).
    ///
    /// ```
    /// let dt = vietnorm::time::Parser::new().parse_datetime("ngày 29/10 lúc 14h")?;
    /// assert_eq!(dt.to_string(), "29/10, 14h");
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub fn parse_datetime(&self, text: &str) -> Result<DateTime, ParseDateTimeError> {
        match self.parse_datetime_value(text)? {
            DateTimeValue::DateTime(d) => Ok(d),
            DateTimeValue::Range(_) | DateTimeValue::LunarRange(_) => Err(ParseDateTimeError(
                Failure::new(leading_space(text), Reason::NotSingle),
            )),
            // A lunar date without its year needs the reference that
            // gives its solar date.
            DateTimeValue::Lunar(_) => Err(ParseDateTimeError(Failure::new(
                leading_space(text),
                Reason::NeedsReference,
            ))),
        }
    }

    /// Parses a whole input as a duration, with an optional qualifier
    /// ("hơn 2 năm", "khoảng 3 tiếng").
    ///
    /// ```
    /// use vietnorm::number::Qualifier;
    /// let q = vietnorm::time::Parser::new().parse_duration("hơn 2 năm")?;
    /// assert_eq!((q.qualifier, q.value.to_string()), (Some(Qualifier::MoreThan), "2 năm".into()));
    /// # Ok::<(), vietnorm::time::ParseDurationError>(())
    /// ```
    pub fn parse_duration(&self, text: &str) -> Result<Qualified<Duration>, ParseDurationError> {
        let read = |_: &Parser, g: &Grammar<'_>, at: usize| Ok(g.duration(at));
        let (q, end) = self.read(text, true, read).map_err(ParseDurationError)?;
        whole(text, end).map_err(ParseDurationError)?;
        Ok(q)
    }

    /// A date, possibly after the time of day it goes with ("7:30 chiều
    /// ngày 20/4/2017" is the date 20/4/2017).
    fn read_date(&self, g: &Grammar<'_>, at: usize) -> Result<Option<(DateValue, usize)>, Reason> {
        let at = match g.time_value(at) {
            Some((_, j)) if g.date_value(j).is_some() => j,
            _ => at,
        };
        let Some((expr, j)) = g.date_value(at) else {
            return Ok(None);
        };
        Ok(Some((
            resolve::resolve_range(&expr, self.reference.as_ref())?,
            j,
        )))
    }

    /// A date-time or a range of them.
    fn read_datetime(
        &self,
        g: &Grammar<'_>,
        at: usize,
    ) -> Result<Option<(DateTimeValue, usize)>, Reason> {
        let Some((expr, j)) = g.datetime_value(at) else {
            return Ok(None);
        };
        Ok(Some((
            datetime::resolve_datetime(&expr, self.reference.as_ref())?,
            j,
        )))
    }

    /// A time of day, possibly followed by the date it is on ("3 giờ chiều
    /// ngày mai" is 15:00; the date is read but not returned).
    fn read_time(&self, g: &Grammar<'_>, at: usize) -> Result<Option<(TimeValue, usize)>, Reason> {
        if let Some(j) = now(g, at) {
            let Some((h, m)) = self.reference.and_then(|r| r.time()) else {
                return Err(Reason::NeedsReference);
            };
            let t = TimeOfDay::new(h, Some(m)).map_err(Reason::InvalidTime)?;
            return Ok(Some((TimeValue::Time(t), j)));
        }
        let Some((expr, j)) = g.time_value(at) else {
            return Ok(None);
        };
        let end = g.date_value(j).map_or(j, |(_, k)| k);
        Ok(Some((time_range_of(&expr)?, end)))
    }

    /// Reads one expression at the start of `text` (after spaces, lead-in
    /// words and, when `qualified`, a qualifier) with `read`; returns it and
    /// the byte offset after it.
    fn read<T>(
        &self,
        text: &str,
        qualified: bool,
        read: impl Fn(&Parser, &Grammar<'_>, usize) -> Result<Option<(T, usize)>, Reason>,
    ) -> Result<(Qualified<T>, usize), Failure> {
        let toks = lexer::tokenize(text);
        let Some(first) = toks.first() else {
            return Err(Failure::new(text.len(), Reason::Empty));
        };
        let numbers = grammar::NumberCache::default();
        let g = Grammar {
            toks: &toks,
            text,
            strict: false,
            start: 0,
            depth: 0,
            numbers: &numbers,
        };
        let mut at = 0;
        // "lúc", "vào", "đúng" before a time or a date say nothing more.
        while matches!(
            g.word_at(at),
            Some(crate::lex::Word::Luc | crate::lex::Word::Vao | crate::lex::Word::Dung)
        ) {
            at += 1;
        }
        let mut qualifier = None;
        if qualified {
            if let Some((q, j)) = qualifier::qualifier(&g, at) {
                qualifier = Some(q);
                at = j;
            }
        }
        let offset = toks.get(at).map_or(first.start, |t| t.start);
        let g = Grammar { start: at, ..g };
        match read(self, &g, at) {
            Ok(Some((value, j))) => {
                let j = qualifier::tail(&g, qualifier, j);
                Ok((Qualified { value, qualifier }, end_of(&toks, j, text.len())))
            }
            Ok(None) => Err(Failure::new(offset, Reason::NotRecognized)),
            Err(reason) => Err(Failure::new(offset, reason)),
        }
    }

    /// Finds the dates, times, date-times and durations in running text, in
    /// order and without overlaps. Relative expressions are found only when
    /// the parser has a reference (or their date is written beside them).
    ///
    /// ```
    /// let text = "Hôm qua trời mưa; sáng 28/10 có nắng, lúc 14h30 mưa tiếp.";
    /// let spans: Vec<_> = vietnorm::time::Parser::new()
    ///     .scan(text)
    ///     .map(|m| &text[m.start..m.end])
    ///     .collect();
    /// assert_eq!(spans, ["sáng 28/10", "14h30"]);
    /// let text = "Hôm qua (28/10), lúc 14h30, mai có mặt.";
    /// let spans: Vec<_> = vietnorm::time::Parser::new()
    ///     .scan(text)
    ///     .map(|m| &text[m.start..m.end])
    ///     .collect();
    /// assert_eq!(spans, ["Hôm qua (28/10), lúc 14h30"]);
    /// ```
    pub fn scan<'a>(&self, text: &'a str) -> Scan<'a> {
        Scan::new(*self, text)
    }
}

/// "bây giờ", "ngay bây giờ", "lúc này", "ngay lúc này": the reference time.
fn now(g: &Grammar<'_>, at: usize) -> Option<usize> {
    use crate::lex::Word;
    let at = if g.word_at(at) == Some(Word::Ngay2) {
        at + 1
    } else {
        at
    };
    match (g.word_at(at)?, g.word_at(at + 1)?) {
        (Word::Bay2, Word::Gio) => Some(at + 2),
        (Word::Luc, Word::Nay2) => Some(at + 2),
        _ => None,
    }
}

/// Fails when anything but spaces follows `end`.
fn whole(text: &str, end: usize) -> Result<(), Failure> {
    match text.get(end..).map(str::trim_start) {
        Some("") | None => Ok(()),
        Some(rest) => Err(Failure::new(text.len() - rest.len(), Reason::Trailing)),
    }
}

/// A value with the qualifier word written before it ("khoảng", "hơn").
///
/// Serializes (feature `serde`) as the value's fields plus `qualifier`
/// (`"about"`, `"more_than"`, …) when there is one.
///
/// ```
/// let q = vietnorm::time::parse_duration("khoảng 3 tiếng")?;
/// assert_eq!(q.qualifier.map(|q| q.as_str()), Some("about"));
/// # Ok::<(), vietnorm::time::ParseDurationError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Qualified<T> {
    /// The value.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub value: T,
    /// The qualifier, if one was written.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub qualifier: Option<Qualifier>,
}

fn leading_space(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

fn single_date(
    value: Result<DateValue, ParseDateError>,
    text: &str,
) -> Result<PartialDate, ParseDateError> {
    let reason = match value? {
        DateValue::Date(d) => return Ok(d),
        DateValue::Range(_) => Reason::NotSingle,
        // A solar date needs the year a reference gives.
        DateValue::Lunar(_) => Reason::NeedsReference,
        DateValue::LunarRange(_) => Reason::NotSingle,
    };
    Err(ParseDateError(Failure::new(leading_space(text), reason)))
}

/// The byte offset after token `j - 1`.
fn end_of(toks: &[Token], j: usize, len: usize) -> usize {
    j.checked_sub(1)
        .and_then(|k| toks.get(k))
        .map_or(len, |t| t.end)
}

/// The start of a range with the zone written once after the range's end
/// ("từ 10h tới 11h (giờ Hà Nội)", "từ 21h ngày 24/5 đến 1h ngày 25/5
/// (GMT+7)"): the zone is the whole range's, so a start that names none
/// takes the end's offset. A start with a zone of its own keeps it.
pub(crate) fn zoned_start(from: TimeExpr, to: Option<&TimeExpr>) -> TimeExpr {
    match to.and_then(|t| t.offset) {
        Some(offset) if from.offset.is_none() => TimeExpr {
            offset: Some(offset),
            ..from
        },
        _ => from,
    }
}

/// Validates a time range as read.
pub(crate) fn time_range_of(expr: &grammar::TimeRangeExpr) -> Result<TimeValue, Reason> {
    let from = time_of(&zoned_start(expr.from, expr.to.as_ref()))?;
    Ok(match &expr.to {
        None => TimeValue::Time(from),
        Some(to) => TimeValue::Range(Interval::new(from, time_of(to)?)),
    })
}

/// Validates a time as read.
pub(crate) fn time_of(t: &TimeExpr) -> Result<TimeOfDay, Reason> {
    let small = |v: u32| u8::try_from(v).unwrap_or(u8::MAX);
    let minute = t.minute.map(small);
    let mut time = TimeOfDay::new(small(t.hour), minute).map_err(Reason::InvalidTime)?;
    if let Some(s) = t.second {
        time = time.with_second(small(s)).map_err(Reason::InvalidTime)?;
    }
    if let Some(o) = t.offset {
        if o == grammar::AMBIGUOUS_ZONE {
            return Err(Reason::AmbiguousZone);
        }
        let o = i16::try_from(o)
            .ok()
            .and_then(UtcOffset::from_minutes)
            .ok_or(Reason::Overflow)?;
        time = time.with_utc_offset(o);
    }
    Ok(time)
}

/// Parses a whole input as one date, without a reference moment.
///
/// ```
/// let d = vietnorm::time::parse_date("ngày 29 tháng 10 năm 2025")?;
/// assert_eq!(d.to_string(), "29/10/2025");
/// assert!(vietnorm::time::parse_date("32/13").is_err());
/// # Ok::<(), vietnorm::time::ParseDateError>(())
/// ```
pub fn parse_date(text: &str) -> Result<PartialDate, ParseDateError> {
    Parser::new().parse_date(text)
}

/// Parses one date at the start of `text`, without a reference moment, and
/// returns it with the number of bytes it took: how a dateline parser reads
/// "29/10 (TTXVN) - ".
///
/// ```
/// let (d, len) = vietnorm::time::parse_date_prefix("29/10 (TTXVN) - ")?;
/// assert_eq!((d.month(), len), (Some(10), 5));
/// # Ok::<(), vietnorm::time::ParseDateError>(())
/// ```
pub fn parse_date_prefix(text: &str) -> Result<(PartialDate, usize), ParseDateError> {
    Parser::new().parse_date_prefix(text)
}

/// Parses a whole input as a date or a range of dates, without a
/// reference moment.
///
/// ```
/// let v = vietnorm::time::parse_date_value("2024 – 2028")?;
/// assert_eq!(v.to_string(), "năm 2024 – năm 2028");
/// # Ok::<(), vietnorm::time::ParseDateError>(())
/// ```
pub fn parse_date_value(text: &str) -> Result<DateValue, ParseDateError> {
    Parser::new().parse_date_value(text)
}

/// Parses a whole input as one time of day.
///
/// ```
/// let t = vietnorm::time::parse_time("11 giờ kém 15")?;
/// assert_eq!((t.hour(), t.minute()), (10, Some(45)));
/// # Ok::<(), vietnorm::time::ParseTimeError>(())
/// ```
pub fn parse_time(text: &str) -> Result<TimeOfDay, ParseTimeError> {
    Parser::new().parse_time(text)
}

/// Parses a whole input as a duration, with an optional qualifier.
///
/// ```
/// let q = vietnorm::time::parse_duration("2-3 ngày")?;
/// assert_eq!(q.value.to_string(), "2-3 ngày");
/// # Ok::<(), vietnorm::time::ParseDurationError>(())
/// ```
pub fn parse_duration(text: &str) -> Result<Qualified<Duration>, ParseDurationError> {
    Parser::new().parse_duration(text)
}

/// Parses a whole input as a time of day or a range of times.
///
/// ```
/// let v = vietnorm::time::parse_time_value("8h-10h")?;
/// assert_eq!(v.to_string(), "8h – 10h");
/// # Ok::<(), vietnorm::time::ParseTimeError>(())
/// ```
pub fn parse_time_value(text: &str) -> Result<TimeValue, ParseTimeError> {
    Parser::new().parse_time_value(text)
}

/// Parses a whole input as one date-time, without a reference moment.
///
/// ```
/// let dt = vietnorm::time::parse_datetime("15 giờ 30 ngày 13-5-2013")?;
/// assert_eq!(dt.to_string(), "13/5/2013, 15:30");
/// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
/// ```
pub fn parse_datetime(text: &str) -> Result<DateTime, ParseDateTimeError> {
    Parser::new().parse_datetime(text)
}

/// Parses a whole input as a date-time or a range of date-times, without
/// a reference moment.
///
/// ```
/// let v = vietnorm::time::parse_datetime_value("từ 21h ngày 24/5 đến 1h ngày 25/5")?;
/// assert_eq!(v.to_string(), "24/5, 21h – 25/5, 1h");
/// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
/// ```
pub fn parse_datetime_value(text: &str) -> Result<DateTimeValue, ParseDateTimeError> {
    Parser::new().parse_datetime_value(text)
}
