//! Dates, times of day and durations in Vietnamese text.
//!
//! Vietnamese news writes dates day first ("29/10/2025", "ngày 29 tháng
//! 10"), often without a year ("sáng 29/10"), sometimes as only a weekday
//! ("Chủ nhật") or a month ("tháng Mười"). This module keeps exactly what
//! the text gives: a [`PartialDate`] has a year, a month and a day, each
//! optional, and the weekday only when it was written. A [`TimeOfDay`] has
//! an hour on the 24-hour clock ("8 giờ tối" is 20), a minute when written
//! and a UTC offset when written. Either can form an [`Interval`] ("2024 –
//! 2028", "quý III/2025", "từ 8h đến 10h").
//!
//! Relative expressions ("hôm qua", "tuần tới", "3 ngày trước") resolve
//! against a [`Reference`] given to a [`Parser`]; without one they are an
//! error that says a reference is needed.
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

mod calendar;
mod clock;
mod date;
#[macro_use]
mod error;
mod grammar;
mod interval;
mod lexer;
mod numbers;
mod reference;
mod resolve;
mod scan;
mod words;

use core::fmt;

pub use clock::{InvalidTimeError, TimeOfDay, UtcOffset};
pub use date::{InvalidDateError, PartialDate, Weekday, YEAR_RANGE};
pub use error::{ParseDateError, ParseTimeError};
pub use interval::Interval;
pub use reference::{ParseReferenceError, Reference};
pub use scan::{Entity, Match, Scan};

use error::{Failure, Reason};
use grammar::{Grammar, TimeExpr};
use lexer::Token;

/// A date or a range of dates, as `parse date` returns it.
///
/// Serializes (feature `serde`) as the date's fields, or as
/// `{"from": {...}, "to": {...}}` for a range.
///
/// ```
/// use vietnorm::time::{parse_date_value, DateValue};
/// assert!(matches!(parse_date_value("29/10/2025")?, DateValue::Date(_)));
/// assert!(matches!(parse_date_value("2024 – 2028")?, DateValue::Range(_)));
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
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Date(d) => d.fmt(f),
            DateValue::Range(r) => r.fmt(f),
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
        let (value, end) = self.parse_date_value_prefix(text)?;
        match text.get(end..).map(|rest| rest.trim_start()) {
            Some("") | None => Ok(value),
            Some(rest) => Err(ParseDateError(Failure::new(
                text.len() - rest.len(),
                Reason::Trailing,
            ))),
        }
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
        let toks = prefix_tokens(text);
        let Some(first) = toks.first() else {
            return Err(ParseDateError(Failure::new(text.len(), Reason::Empty)));
        };
        let g = Grammar {
            toks: &toks,
            text,
            strict: false,
            start: 0,
        };
        let Some((expr, j)) = g.date_value(0) else {
            return Err(ParseDateError(Failure::new(
                first.start,
                Reason::NotRecognized,
            )));
        };
        let value = resolve::resolve_range(&expr, self.reference.as_ref())
            .map_err(|r| ParseDateError(Failure::new(first.start, r)))?;
        Ok((value, end_of(&toks, j, text.len())))
    }

    /// Parses a whole input as one date (not a range).
    ///
    /// ```
    /// use vietnorm::time::{Parser, Reference};
    /// let r = Reference::new(2025, 10, 29).unwrap();
    /// assert_eq!(Parser::new().reference(r).parse_date("3 ngày trước")?.to_string(), "26/10/2025");
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
        match value {
            DateValue::Date(d) => Ok((d, len)),
            DateValue::Range(_) => Err(ParseDateError(Failure::new(
                leading_space(text),
                Reason::NotSingle,
            ))),
        }
    }

    /// Parses a whole input as one time of day or range of times.
    ///
    /// ```
    /// let v = vietnorm::time::Parser::new().parse_time_value("14:30 (GMT+7)")?;
    /// assert_eq!(v.to_string(), "14:30 (GMT+7)");
    /// # Ok::<(), vietnorm::time::ParseTimeError>(())
    /// ```
    pub fn parse_time_value(&self, text: &str) -> Result<TimeValue, ParseTimeError> {
        let toks = prefix_tokens(text);
        let Some(first) = toks.first() else {
            return Err(ParseTimeError(Failure::new(text.len(), Reason::Empty)));
        };
        let g = Grammar {
            toks: &toks,
            text,
            strict: false,
            start: 0,
        };
        let mut at = 0;
        // "lúc", "vào lúc", "vào", "đúng" before a time say nothing more.
        while matches!(
            g.word_at(at),
            Some(words::Word::Luc | words::Word::Vao | words::Word::Dung)
        ) {
            at += 1;
        }
        let g = Grammar { start: at, ..g };
        let Some((expr, j)) = g.time_value(at) else {
            let offset = toks.get(at).map_or(first.start, |t| t.start);
            if self.reference.is_none() && is_now(&g, at) {
                return Err(ParseTimeError(Failure::new(offset, Reason::NeedsReference)));
            }
            return Err(ParseTimeError(Failure::new(offset, Reason::NotRecognized)));
        };
        if let Some(t) = toks.get(j) {
            return Err(ParseTimeError(Failure::new(t.start, Reason::Trailing)));
        }
        let offset = toks.get(at).map_or(0, |t| t.start);
        let build = |t: &TimeExpr| time_of(t).map_err(|r| ParseTimeError(Failure::new(offset, r)));
        Ok(match &expr.to {
            None => TimeValue::Time(build(&expr.from)?),
            Some(to) => TimeValue::Range(Interval::new(build(&expr.from)?, build(to)?)),
        })
    }

    /// Finds the dates, times and durations in running text, in order and
    /// without overlaps. Relative expressions are found only when the parser
    /// has a reference.
    ///
    /// ```
    /// let text = "Hôm qua (28/10), lúc 14h30, mai có mặt.";
    /// let spans: Vec<_> = vietnorm::time::Parser::new()
    ///     .scan(text)
    ///     .map(|m| &text[m.start..m.end])
    ///     .collect();
    /// assert_eq!(spans, ["28/10", "14h30"]);
    /// ```
    pub fn scan<'a>(&self, text: &'a str) -> Scan<'a> {
        Scan::new(*self, text)
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
}

/// "bây giờ", "lúc này": the reference time.
fn is_now(_g: &Grammar<'_>, _at: usize) -> bool {
    false
}

fn leading_space(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

fn single_date(
    value: Result<DateValue, ParseDateError>,
    text: &str,
) -> Result<PartialDate, ParseDateError> {
    match value? {
        DateValue::Date(d) => Ok(d),
        DateValue::Range(_) => Err(ParseDateError(Failure::new(
            leading_space(text),
            Reason::NotSingle,
        ))),
    }
}

/// Tokens of `text`; a prefix parse reads only the first line.
fn prefix_tokens(text: &str) -> Vec<Token> {
    lexer::tokenize(text)
}

/// The byte offset where token `j` starts, or the end of the text.
fn end_of(toks: &[Token], j: usize, len: usize) -> usize {
    match j.checked_sub(1).and_then(|k| toks.get(k)) {
        Some(t) => t.end,
        None => len.min(toks.first().map_or(len, |t| t.start)),
    }
}

/// Validates a time as read.
fn time_of(t: &TimeExpr) -> Result<TimeOfDay, Reason> {
    let small = |v: u32| u8::try_from(v).unwrap_or(u8::MAX);
    let minute = t.minute.map(small);
    let mut time = TimeOfDay::new(small(t.hour), minute).map_err(Reason::InvalidTime)?;
    if let Some(s) = t.second {
        time = time.with_second(small(s)).map_err(Reason::InvalidTime)?;
    }
    if let Some(o) = t.offset {
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
