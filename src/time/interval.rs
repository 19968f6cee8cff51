//! Intervals of dates or times.

use core::fmt;

/// An inclusive interval between two values as written: "2024 – 2028",
/// "từ ngày 1/1 đến 31/3", "quý III/2025" (July to September), "8h-10h".
///
/// Both ends are inclusive at the precision the text gives: "2024 – 2028"
/// includes the year 2028. Serializes (feature `serde`) as
/// `{"from": {...}, "to": {...}}`.
///
/// ```
/// use vietnorm::time::{DateValue, Interval, PartialDate};
/// let DateValue::Range(q3) = vietnorm::time::parse_date_value("quý III/2025")? else { panic!() };
/// assert_eq!(q3.from, PartialDate::new(Some(2025), Some(7), None).unwrap());
/// assert_eq!(q3.to, PartialDate::new(Some(2025), Some(9), None).unwrap());
/// assert_eq!(q3.to_string(), "tháng 7/2025 – tháng 9/2025");
/// # Ok::<(), vietnorm::time::ParseDateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Interval<T> {
    /// The first value (inclusive).
    pub from: T,
    /// The last value (inclusive).
    pub to: T,
}

impl<T> Interval<T> {
    /// The interval from `from` to `to`, both inclusive.
    ///
    /// ```
    /// let i = vietnorm::time::Interval::new(1, 3);
    /// assert_eq!((i.from, i.to), (1, 3));
    /// ```
    pub const fn new(from: T, to: T) -> Interval<T> {
        Interval { from, to }
    }
}

/// Writes `from – to` with an en dash, which the parser reads back.
impl<T: fmt::Display> fmt::Display for Interval<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} – {}", self.from, self.to)
    }
}
