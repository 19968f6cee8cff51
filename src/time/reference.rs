//! The moment relative expressions ("hôm qua", "tuần tới") resolve against.

use core::fmt;
use core::str::FromStr;

use super::calendar;
use super::date::{InvalidDateError, PartialDate};

/// A reference moment: a full date and, optionally, a time of day
/// (hour and minute). Written `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, as the
/// CLI's `--reference` takes it.
///
/// ```
/// use vietnorm::time::Reference;
/// let r: Reference = "2025-10-29T08:30".parse()?;
/// assert_eq!(r.to_string(), "2025-10-29T08:30");
/// assert_eq!(r.date().day(), Some(29));
/// assert!("2025-02-29".parse::<Reference>().is_err());
/// # Ok::<(), vietnorm::time::ParseReferenceError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reference {
    year: i32,
    month: u8,
    day: u8,
    time: Option<(u8, u8)>,
}

impl Reference {
    /// The reference day `year-month-day`, validated.
    ///
    /// ```
    /// assert!(vietnorm::time::Reference::new(2025, 10, 29).is_ok());
    /// assert!(vietnorm::time::Reference::new(2025, 10, 32).is_err());
    /// ```
    pub const fn new(year: i32, month: u8, day: u8) -> Result<Reference, InvalidDateError> {
        match PartialDate::new(Some(year), Some(month), Some(day)) {
            Ok(_) => Ok(Reference {
                year,
                month,
                day,
                time: None,
            }),
            Err(e) => Err(e),
        }
    }

    /// The same day at `hour:minute`; `None` when out of range.
    ///
    /// ```
    /// let r = vietnorm::time::Reference::new(2025, 10, 29).unwrap();
    /// assert!(r.at(8, 30).is_some());
    /// assert!(r.at(24, 0).is_none());
    /// ```
    pub const fn at(self, hour: u8, minute: u8) -> Option<Reference> {
        if hour > 23 || minute > 59 {
            return None;
        }
        Some(Reference {
            time: Some((hour, minute)),
            ..self
        })
    }

    /// The reference day as a complete [`PartialDate`].
    ///
    /// ```
    /// let r = vietnorm::time::Reference::new(2025, 10, 29).unwrap();
    /// assert!(r.date().is_complete());
    /// ```
    pub const fn date(&self) -> PartialDate {
        match PartialDate::new(Some(self.year), Some(self.month), Some(self.day)) {
            Ok(d) => d,
            // Unreachable: the fields were validated by `new`.
            Err(_) => PartialDate::from_weekday(super::Weekday::Monday),
        }
    }

    /// The reference time of day (hour, minute), when given.
    ///
    /// ```
    /// let r: vietnorm::time::Reference = "2025-10-29T08:30".parse().unwrap();
    /// assert_eq!(r.time(), Some((8, 30)));
    /// ```
    pub const fn time(&self) -> Option<(u8, u8)> {
        self.time
    }

    /// Days since 1970-01-01.
    pub(crate) const fn day_number(&self) -> i64 {
        calendar::days_from_civil(self.year, self.month, self.day)
    }

    pub(crate) const fn year(&self) -> i32 {
        self.year
    }

    pub(crate) const fn month(&self) -> u8 {
        self.month
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)?;
        if let Some((h, m)) = self.time {
            write!(f, "T{h:02}:{m:02}")?;
        }
        Ok(())
    }
}

/// Why a reference moment could not be read.
///
/// ```
/// let err = "2025/10/29".parse::<vietnorm::time::Reference>().unwrap_err();
/// assert_eq!(err.to_string(), "invalid reference \"2025/10/29\": expected YYYY-MM-DD or YYYY-MM-DDTHH:MM");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseReferenceError {
    input: String,
    detail: Option<InvalidDateError>,
}

impl fmt::Display for ParseReferenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid reference {:?}: ", self.input)?;
        match &self.detail {
            Some(e) => write!(f, "{e}"),
            None => f.write_str("expected YYYY-MM-DD or YYYY-MM-DDTHH:MM"),
        }
    }
}

impl std::error::Error for ParseReferenceError {}

fn digits(s: &str, len: usize) -> Option<u32> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl FromStr for Reference {
    type Err = ParseReferenceError;

    fn from_str(s: &str) -> Result<Reference, ParseReferenceError> {
        let shape = || ParseReferenceError {
            input: s.to_owned(),
            detail: None,
        };
        let (date, time) = match s.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let mut parts = date.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(shape());
        };
        let (Some(y), Some(m), Some(d)) = (digits(y, 4), digits(m, 2), digits(d, 2)) else {
            return Err(shape());
        };
        let (Ok(y), Ok(m), Ok(d)) = (i32::try_from(y), u8::try_from(m), u8::try_from(d)) else {
            return Err(shape());
        };
        let reference = Reference::new(y, m, d).map_err(|e| ParseReferenceError {
            input: s.to_owned(),
            detail: Some(e),
        })?;
        let Some(time) = time else {
            return Ok(reference);
        };
        let Some((h, mi)) = time.split_once(':') else {
            return Err(shape());
        };
        let (Some(h), Some(mi)) = (digits(h, 2), digits(mi, 2)) else {
            return Err(shape());
        };
        let (Ok(h), Ok(mi)) = (u8::try_from(h), u8::try_from(mi)) else {
            return Err(shape());
        };
        reference.at(h, mi).ok_or_else(shape)
    }
}
