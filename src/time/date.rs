//! Partial calendar dates: what the text wrote, nothing guessed.

use core::fmt;
use core::str::FromStr;

use super::calendar;

/// A day of the week, numbered as in ISO 8601 (1 = Monday … 7 = Sunday).
///
/// Vietnamese names weekdays by their order in the week starting on Sunday:
/// "thứ Hai" (Monday) is the second day, "Chủ nhật" (Sunday) is the Lord's day.
///
/// ```
/// use vietnorm::time::Weekday;
/// assert_eq!(Weekday::Wednesday.number(), 3);
/// assert_eq!(Weekday::from_number(7), Some(Weekday::Sunday));
/// assert_eq!(Weekday::Monday.to_string(), "thứ Hai");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(into = "u8"))]
pub enum Weekday {
    /// Thứ Hai.
    Monday = 1,
    /// Thứ Ba.
    Tuesday = 2,
    /// Thứ Tư.
    Wednesday = 3,
    /// Thứ Năm.
    Thursday = 4,
    /// Thứ Sáu.
    Friday = 5,
    /// Thứ Bảy.
    Saturday = 6,
    /// Chủ nhật.
    Sunday = 7,
}

impl Weekday {
    /// The ISO number, 1 = Monday … 7 = Sunday.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::Weekday::Sunday.number(), 7);
    /// ```
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The weekday with ISO number `n` (1 = Monday … 7 = Sunday).
    ///
    /// ```
    /// use vietnorm::time::Weekday;
    /// assert_eq!(Weekday::from_number(1), Some(Weekday::Monday));
    /// assert_eq!(Weekday::from_number(8), None);
    /// ```
    pub const fn from_number(n: u8) -> Option<Weekday> {
        Some(match n {
            1 => Weekday::Monday,
            2 => Weekday::Tuesday,
            3 => Weekday::Wednesday,
            4 => Weekday::Thursday,
            5 => Weekday::Friday,
            6 => Weekday::Saturday,
            7 => Weekday::Sunday,
            _ => return None,
        })
    }

    /// The weekday called "thứ `n`" (2 = Monday … 7 = Saturday).
    ///
    /// ```
    /// use vietnorm::time::Weekday;
    /// assert_eq!(Weekday::from_thu(4), Some(Weekday::Wednesday));
    /// assert_eq!(Weekday::from_thu(1), None);
    /// ```
    pub const fn from_thu(n: u32) -> Option<Weekday> {
        match n {
            2..=7 => Weekday::from_number((n - 1) as u8),
            _ => None,
        }
    }
}

impl From<Weekday> for u8 {
    fn from(w: Weekday) -> u8 {
        w.number()
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Weekday::Monday => "thứ Hai",
            Weekday::Tuesday => "thứ Ba",
            Weekday::Wednesday => "thứ Tư",
            Weekday::Thursday => "thứ Năm",
            Weekday::Friday => "thứ Sáu",
            Weekday::Saturday => "thứ Bảy",
            Weekday::Sunday => "Chủ nhật",
        })
    }
}

/// The smallest and largest years a [`PartialDate`] holds.
///
/// ```
/// use vietnorm::time::{PartialDate, YEAR_RANGE};
/// assert!(YEAR_RANGE.contains(&2025));
/// assert!(PartialDate::new(Some(10_000), None, None).is_err());
/// ```
pub const YEAR_RANGE: core::ops::RangeInclusive<i32> = 1..=9999;

/// A calendar date as far as the text gives it: "tháng 10/2025" has no day,
/// "29/10" has no year, "Chủ nhật" is only a weekday.
///
/// Every value is valid: the day fits its month (29 February only in leap
/// years, or when the year is unknown), a year is never written without a
/// month between it and a day, a weekday goes with a day (or stands
/// alone), and a weekday written beside a full date is that date's weekday. Fields are private so that no invalid value can
/// be built; construct with [`PartialDate::new`] or parse with
/// [`parse_date`](super::parse_date).
///
/// With feature `serde` it serializes to the fields it has, e.g.
/// `{"year":2025,"month":10,"day":29,"weekday":3}`.
///
/// ```
/// use vietnorm::time::{PartialDate, Weekday};
/// let d = PartialDate::new(Some(2025), Some(10), Some(29))?;
/// assert_eq!(d.to_string(), "29/10/2025");
/// assert_eq!(d.weekday(), None);
/// assert_eq!(d.computed_weekday(), Some(Weekday::Wednesday));
/// assert!(PartialDate::new(Some(2025), Some(2), Some(29)).is_err());
/// # Ok::<(), vietnorm::time::InvalidDateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PartialDate {
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    year: Option<i32>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    month: Option<u8>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    day: Option<u8>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    weekday: Option<Weekday>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Inferred::is_empty"))]
    inferred: Inferred,
}

/// A field of a date: what [`Inferred`] lists.
///
/// ```
/// assert_eq!(vietnorm::time::DateField::Year.as_str(), "year");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DateField {
    /// The year.
    Year,
    /// The month.
    Month,
    /// The day of the month.
    Day,
}

impl DateField {
    /// The field's name as serialized: `"year"`, `"month"`, `"day"`.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::DateField::Day.as_str(), "day");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            DateField::Year => "year",
            DateField::Month => "month",
            DateField::Day => "day",
        }
    }

    const fn bit(self) -> u8 {
        match self {
            DateField::Year => 1,
            DateField::Month => 2,
            DateField::Day => 4,
        }
    }
}

/// The fields of a date that the text did not write and that were
/// completed from the reference moment by the news rule (DESIGN.md,
/// "Reference completion"): "29/10" read with the reference 2025-11-02 is
/// 29/10/2025 with the year inferred. Empty for everything the text wrote
/// or a relative word determined ("hôm qua").
///
/// Serializes (feature `serde`) as a list of field names in the order
/// year, month, day (`["year"]`), and is omitted when empty.
///
/// ```
/// use vietnorm::time::{DateField, Parser, Reference};
/// let r = Reference::new(2025, 11, 2).unwrap();
/// let d = Parser::new().reference(r).parse_date("29/10")?;
/// assert_eq!(d.to_string(), "29/10/2025");
/// assert!(d.inferred().contains(DateField::Year));
/// assert!(!d.inferred().contains(DateField::Day));
/// assert!(vietnorm::time::parse_date("29/10")?.inferred().is_empty());
/// # Ok::<(), vietnorm::time::ParseDateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Inferred {
    bits: u8,
}

impl Inferred {
    /// No field inferred.
    ///
    /// ```
    /// use vietnorm::time::Inferred;
    /// assert!(Inferred::EMPTY.is_empty());
    /// ```
    pub const EMPTY: Inferred = Inferred { bits: 0 };

    /// True when nothing was inferred.
    ///
    /// ```
    /// assert!(vietnorm::time::Inferred::EMPTY.is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// True when `field` was inferred.
    ///
    /// ```
    /// use vietnorm::time::{DateField, Inferred};
    /// assert!(!Inferred::EMPTY.contains(DateField::Year));
    /// ```
    pub const fn contains(&self, field: DateField) -> bool {
        self.bits & field.bit() != 0
    }

    /// The same set with `field` added.
    pub(crate) const fn with(self, field: DateField) -> Inferred {
        Inferred {
            bits: self.bits | field.bit(),
        }
    }

    /// The inferred fields, in the order year, month, day.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::Inferred::EMPTY.iter().count(), 0);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = DateField> + '_ {
        [DateField::Year, DateField::Month, DateField::Day]
            .into_iter()
            .filter(|f| self.contains(*f))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Inferred {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(DateField::as_str))
    }
}

/// Why a [`PartialDate`] could not be built.
///
/// ```
/// use vietnorm::time::PartialDate;
/// let err = PartialDate::new(None, Some(13), Some(32)).unwrap_err();
/// assert_eq!(err.to_string(), "invalid date: month 13 is not between 1 and 12");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidDateError {
    reason: InvalidDate,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum InvalidDate {
    Empty,
    Year(i32),
    Month(u8),
    Day {
        day: u8,
        month: Option<u8>,
        year: Option<i32>,
    },
    YearAndDayWithoutMonth,
    WeekdayWithoutDay,
    WeekdayMismatch {
        written: Weekday,
        actual: Weekday,
    },
}

impl fmt::Display for InvalidDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid date: ")?;
        match &self.reason {
            InvalidDate::Empty => f.write_str("no year, month, day or weekday"),
            InvalidDate::Year(y) => write!(
                f,
                "year {y} is not between {} and {}",
                YEAR_RANGE.start(),
                YEAR_RANGE.end()
            ),
            InvalidDate::Month(m) => write!(f, "month {m} is not between 1 and 12"),
            InvalidDate::Day {
                day, month: None, ..
            } => {
                write!(f, "day {day} is not between 1 and 31")
            }
            InvalidDate::Day {
                day,
                month: Some(m),
                year: None,
            } => {
                write!(f, "month {m} has no day {day}")
            }
            InvalidDate::Day {
                day,
                month: Some(m),
                year: Some(y),
            } => {
                write!(f, "month {m} of {y} has no day {day}")
            }
            InvalidDate::YearAndDayWithoutMonth => f.write_str("a year and a day but no month"),
            InvalidDate::WeekdayWithoutDay => {
                f.write_str("a weekday with a month or a year but no day")
            }
            InvalidDate::WeekdayMismatch { written, actual } => {
                write!(f, "the date is a {actual}, not a {written}")
            }
        }
    }
}

impl std::error::Error for InvalidDateError {}

const fn invalid(reason: InvalidDate) -> InvalidDateError {
    InvalidDateError { reason }
}

impl PartialDate {
    /// A date from the fields the text gives, validated.
    ///
    /// ```
    /// use vietnorm::time::PartialDate;
    /// assert!(PartialDate::new(None, Some(2), Some(29)).is_ok()); // some years have it
    /// assert!(PartialDate::new(Some(2024), Some(2), Some(29)).is_ok());
    /// assert!(PartialDate::new(Some(2023), Some(2), Some(29)).is_err());
    /// assert!(PartialDate::new(Some(2025), None, Some(3)).is_err());
    /// ```
    pub const fn new(
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
    ) -> Result<PartialDate, InvalidDateError> {
        PartialDate {
            year,
            month,
            day,
            weekday: None,
            inferred: Inferred::EMPTY,
        }
        .validated()
    }

    /// All fields at once, validated.
    pub(crate) const fn from_parts(
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
        weekday: Option<Weekday>,
    ) -> Result<PartialDate, InvalidDateError> {
        PartialDate {
            year,
            month,
            day,
            weekday,
            inferred: Inferred::EMPTY,
        }
        .validated()
    }

    /// Only a weekday, as in "Chủ nhật".
    ///
    /// ```
    /// use vietnorm::time::{PartialDate, Weekday};
    /// let d = PartialDate::from_weekday(Weekday::Sunday);
    /// assert_eq!((d.day(), d.weekday()), (None, Some(Weekday::Sunday)));
    /// ```
    pub const fn from_weekday(weekday: Weekday) -> PartialDate {
        PartialDate {
            year: None,
            month: None,
            day: None,
            weekday: Some(weekday),
            inferred: Inferred::EMPTY,
        }
    }

    /// The same date with the weekday the text wrote beside it; an error
    /// when the full date falls on another day.
    ///
    /// ```
    /// use vietnorm::time::{PartialDate, Weekday};
    /// let d = PartialDate::new(Some(2025), Some(10), Some(29))?;
    /// assert!(d.with_weekday(Weekday::Wednesday).is_ok());
    /// assert!(d.with_weekday(Weekday::Monday).is_err());
    /// # Ok::<(), vietnorm::time::InvalidDateError>(())
    /// ```
    pub const fn with_weekday(self, weekday: Weekday) -> Result<PartialDate, InvalidDateError> {
        PartialDate {
            weekday: Some(weekday),
            ..self
        }
        .validated()
    }

    const fn validated(self) -> Result<PartialDate, InvalidDateError> {
        if self.year.is_none()
            && self.month.is_none()
            && self.day.is_none()
            && self.weekday.is_none()
        {
            return Err(invalid(InvalidDate::Empty));
        }
        if let Some(y) = self.year {
            if y < *YEAR_RANGE.start() || y > *YEAR_RANGE.end() {
                return Err(invalid(InvalidDate::Year(y)));
            }
        }
        if let Some(m) = self.month {
            if m < 1 || m > 12 {
                return Err(invalid(InvalidDate::Month(m)));
            }
        }
        if let Some(d) = self.day {
            let max = match (self.year, self.month) {
                (Some(y), Some(m)) => calendar::days_in_month(y, m),
                (None, Some(m)) => calendar::max_days_in_month(m),
                (Some(_), None) => return Err(invalid(InvalidDate::YearAndDayWithoutMonth)),
                (None, None) => 31,
            };
            if d < 1 || d > max {
                return Err(invalid(InvalidDate::Day {
                    day: d,
                    month: self.month,
                    year: self.year,
                }));
            }
        }
        if self.weekday.is_some()
            && self.day.is_none()
            && (self.year.is_some() || self.month.is_some())
        {
            return Err(invalid(InvalidDate::WeekdayWithoutDay));
        }
        if let (Some(written), Some(actual)) = (self.weekday, self.computed_weekday()) {
            if written as u8 != actual as u8 {
                return Err(invalid(InvalidDate::WeekdayMismatch { written, actual }));
            }
        }
        Ok(self)
    }

    /// The year, when written.
    ///
    /// ```
    /// let d = vietnorm::time::parse_date("tháng 10/2025")?;
    /// assert_eq!(d.year(), Some(2025));
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub const fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month (1–12), when written.
    ///
    /// ```
    /// let d = vietnorm::time::parse_date("tháng 10/2025")?;
    /// assert_eq!(d.month(), Some(10));
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub const fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when written.
    ///
    /// ```
    /// let d = vietnorm::time::parse_date("29/10")?;
    /// assert_eq!(d.day(), Some(29));
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub const fn day(&self) -> Option<u8> {
        self.day
    }

    /// The weekday, only when the text wrote one.
    ///
    /// ```
    /// use vietnorm::time::Weekday;
    /// let d = vietnorm::time::parse_date("Thứ Tư, 29/10/2025")?;
    /// assert_eq!(d.weekday(), Some(Weekday::Wednesday));
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub const fn weekday(&self) -> Option<Weekday> {
        self.weekday
    }

    /// The weekday computed from a full date (written or not); `None`
    /// unless year, month and day are all known.
    ///
    /// ```
    /// use vietnorm::time::{PartialDate, Weekday};
    /// let d = PartialDate::new(Some(1975), Some(4), Some(30))?;
    /// assert_eq!(d.computed_weekday(), Some(Weekday::Wednesday));
    /// # Ok::<(), vietnorm::time::InvalidDateError>(())
    /// ```
    pub const fn computed_weekday(&self) -> Option<Weekday> {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => Weekday::from_number(calendar::iso_weekday(y, m, d)),
            _ => None,
        }
    }

    /// The fields completed from the reference moment, not written (see
    /// [`Inferred`]).
    ///
    /// ```
    /// assert!(vietnorm::time::parse_date("29/10/2025")?.inferred().is_empty());
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub const fn inferred(&self) -> Inferred {
        self.inferred
    }

    /// The same date marked as having `inferred` completed from the
    /// reference moment.
    pub(crate) const fn with_inferred(self, inferred: Inferred) -> PartialDate {
        PartialDate { inferred, ..self }
    }

    /// True when year, month and day are all known.
    ///
    /// ```
    /// assert!(vietnorm::time::parse_date("29/10/2025")?.is_complete());
    /// assert!(!vietnorm::time::parse_date("29/10")?.is_complete());
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub const fn is_complete(&self) -> bool {
        self.year.is_some() && self.month.is_some() && self.day.is_some()
    }
}

/// Writes the date the way Vietnamese news does, so that parsing the output
/// gives the same value: `thứ Tư, 29/10/2025`, `29/10`, `tháng 10/2025`,
/// `tháng 10`, `năm 2025`, `ngày 29`, `Chủ nhật`; years before 1000 in
/// words (`tháng 4 năm 308`).
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let has_date = self.year.is_some() || self.month.is_some() || self.day.is_some();
        if let Some(w) = self.weekday {
            write!(f, "{w}")?;
            if has_date {
                f.write_str(", ")?;
            }
        }
        match (self.year, self.month, self.day) {
            // Years before 1000 in words: "1/1/938" would read as digits
            // of something else.
            (Some(y @ ..1000), Some(m), Some(d)) => write!(f, "ngày {d} tháng {m} năm {y}"),
            (Some(y @ ..1000), Some(m), None) => write!(f, "tháng {m} năm {y}"),
            (Some(y), Some(m), Some(d)) => write!(f, "{d}/{m}/{y}"),
            (None, Some(m), Some(d)) => write!(f, "{d}/{m}"),
            (Some(y), Some(m), None) => write!(f, "tháng {m}/{y}"),
            (None, Some(m), None) => write!(f, "tháng {m}"),
            (Some(y), None, None) => write!(f, "năm {y}"),
            (None, None, Some(d)) => write!(f, "ngày {d}"),
            // Not constructible (a year and a day need a month); write what there is.
            (Some(y), None, Some(d)) => write!(f, "ngày {d} năm {y}"),
            (None, None, None) => Ok(()),
        }
    }
}

impl FromStr for PartialDate {
    type Err = super::ParseDateError;

    /// Same as [`parse_date`](super::parse_date).
    fn from_str(s: &str) -> Result<PartialDate, Self::Err> {
        super::parse_date(s)
    }
}
