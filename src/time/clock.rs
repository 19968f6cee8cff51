//! Times of day and UTC offsets.

use core::fmt;
use core::str::FromStr;

/// An offset from UTC, as written after a time ("GMT+7", "UTC").
///
/// Serializes (feature `serde`) as `"+07:00"`.
///
/// ```
/// use vietnorm::time::UtcOffset;
/// let ict = UtcOffset::from_minutes(7 * 60).unwrap();
/// assert_eq!(ict.to_string(), "+07:00");
/// assert_eq!(UtcOffset::from_minutes(-(3 * 60 + 30)).unwrap().to_string(), "-03:30");
/// assert!(UtcOffset::from_minutes(15 * 60).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UtcOffset {
    minutes: i16,
}

impl UtcOffset {
    /// UTC itself ("GMT", "UTC").
    ///
    /// ```
    /// assert_eq!(vietnorm::time::UtcOffset::UTC.to_string(), "+00:00");
    /// ```
    pub const UTC: UtcOffset = UtcOffset { minutes: 0 };

    /// The offset of `minutes` east of UTC, within ±14 hours.
    ///
    /// ```
    /// assert!(vietnorm::time::UtcOffset::from_minutes(420).is_some());
    /// ```
    pub const fn from_minutes(minutes: i16) -> Option<UtcOffset> {
        if minutes >= -14 * 60 && minutes <= 14 * 60 {
            Some(UtcOffset { minutes })
        } else {
            None
        }
    }

    /// Minutes east of UTC.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::UtcOffset::UTC.minutes(), 0);
    /// ```
    pub const fn minutes(self) -> i16 {
        self.minutes
    }
}

impl fmt::Display for UtcOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.minutes < 0 { '-' } else { '+' };
        let m = self.minutes.unsigned_abs();
        write!(f, "{sign}{:02}:{:02}", m / 60, m % 60)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for UtcOffset {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A time of day as far as the text gives it: "14h" has an hour only,
/// "14h30" an hour and a minute, "14:30 (GMT+7)" an offset too.
///
/// The hour is 0–23 (the parser has already turned "8 giờ tối"
/// into 20), minutes and seconds 0–59. Seconds are kept when written
/// ("15:23:24") and serialized only then.
///
/// Hour 24 is the end of the day, as ISO 8601 allows: "đến 24 giờ ngày
/// 13/2", "từ 0h đến 24h ngày 5/6" end at midnight after 13/2 and 5/6. It
/// is 24:00 only, always with its minute 0 (serialized
/// `"hour":24,"minute":0`), without seconds past it.
///
/// ```
/// use vietnorm::time::TimeOfDay;
/// let t = TimeOfDay::new(14, Some(30))?;
/// assert_eq!(t.to_string(), "14:30");
/// assert_eq!(TimeOfDay::new(24, None)?.minute(), Some(0));
/// assert!(TimeOfDay::new(24, Some(30)).is_err());
/// assert!(TimeOfDay::new(25, None).is_err());
/// # Ok::<(), vietnorm::time::InvalidTimeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TimeOfDay {
    hour: u8,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    minute: Option<u8>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    second: Option<u8>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    utc_offset: Option<UtcOffset>,
}

/// Why a [`TimeOfDay`] could not be built.
///
/// ```
/// let err = vietnorm::time::TimeOfDay::new(9, Some(60)).unwrap_err();
/// assert_eq!(err.to_string(), "invalid time: minute 60 is not between 0 and 59");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidTimeError {
    field: &'static str,
    value: u8,
    max: u8,
}

impl fmt::Display for InvalidTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid time: {} {} is not between 0 and {}",
            self.field, self.value, self.max
        )
    }
}

impl std::error::Error for InvalidTimeError {}

impl TimeOfDay {
    /// 0:00, written as "0h".
    ///
    /// ```
    /// assert_eq!(vietnorm::time::TimeOfDay::MIDNIGHT.hour(), 0);
    /// ```
    pub const MIDNIGHT: TimeOfDay = TimeOfDay {
        hour: 0,
        minute: None,
        second: None,
        utc_offset: None,
    };

    /// The end of the day, 24:00 ("24 giờ ngày 13/2"): the midnight after
    /// the day's last minute.
    ///
    /// ```
    /// use vietnorm::time::TimeOfDay;
    /// assert_eq!(TimeOfDay::END_OF_DAY.to_string(), "24:00");
    /// assert!(TimeOfDay::END_OF_DAY.is_end_of_day());
    /// ```
    pub const END_OF_DAY: TimeOfDay = TimeOfDay {
        hour: 24,
        minute: Some(0),
        second: None,
        utc_offset: None,
    };

    /// A time from an hour (0–23) and an optional minute (0–59); or hour 24
    /// with minute 0 or none, the end of the day ([`Self::END_OF_DAY`],
    /// whose minute is then 0).
    ///
    /// ```
    /// assert!(vietnorm::time::TimeOfDay::new(0, Some(0)).is_ok());
    /// assert!(vietnorm::time::TimeOfDay::new(24, Some(0)).is_ok());
    /// ```
    pub const fn new(hour: u8, minute: Option<u8>) -> Result<TimeOfDay, InvalidTimeError> {
        if hour == 24 {
            return match minute {
                None | Some(0) => Ok(TimeOfDay::END_OF_DAY),
                Some(m) => Err(InvalidTimeError {
                    field: "minute",
                    value: m,
                    max: 0,
                }),
            };
        }
        if hour > 24 {
            return Err(InvalidTimeError {
                field: "hour",
                value: hour,
                max: 24,
            });
        }
        if let Some(m) = minute {
            if m > 59 {
                return Err(InvalidTimeError {
                    field: "minute",
                    value: m,
                    max: 59,
                });
            }
        }
        Ok(TimeOfDay {
            hour,
            minute,
            second: None,
            utc_offset: None,
        })
    }

    /// The same time with seconds (needs a minute).
    ///
    /// ```
    /// use vietnorm::time::TimeOfDay;
    /// let t = TimeOfDay::new(15, Some(23))?.with_second(24)?;
    /// assert_eq!(t.to_string(), "15:23:24");
    /// # Ok::<(), vietnorm::time::InvalidTimeError>(())
    /// ```
    pub const fn with_second(self, second: u8) -> Result<TimeOfDay, InvalidTimeError> {
        let max = if self.hour == 24 { 0 } else { 59 };
        if second > max {
            return Err(InvalidTimeError {
                field: "second",
                value: second,
                max,
            });
        }
        let minute = match self.minute {
            Some(m) => m,
            None => 0,
        };
        Ok(TimeOfDay {
            minute: Some(minute),
            second: Some(second),
            ..self
        })
    }

    /// The same time with the UTC offset written beside it.
    ///
    /// ```
    /// use vietnorm::time::{TimeOfDay, UtcOffset};
    /// let t = TimeOfDay::new(14, Some(30))?.with_utc_offset(UtcOffset::from_minutes(420).unwrap());
    /// assert_eq!(t.to_string(), "14:30 (GMT+7)");
    /// # Ok::<(), vietnorm::time::InvalidTimeError>(())
    /// ```
    pub const fn with_utc_offset(self, offset: UtcOffset) -> TimeOfDay {
        TimeOfDay {
            utc_offset: Some(offset),
            ..self
        }
    }

    /// The hour, 0–23, or 24 at the end of the day.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::parse_time("8 giờ tối")?.hour(), 20);
    /// # Ok::<(), vietnorm::time::ParseTimeError>(())
    /// ```
    pub const fn hour(&self) -> u8 {
        self.hour
    }

    /// True for 24:00, the end of the day ("24 giờ ngày 13/2").
    ///
    /// ```
    /// assert!(vietnorm::time::parse_time("24h")?.is_end_of_day());
    /// assert!(!vietnorm::time::parse_time("0h")?.is_end_of_day());
    /// # Ok::<(), vietnorm::time::ParseTimeError>(())
    /// ```
    pub const fn is_end_of_day(&self) -> bool {
        self.hour == 24
    }

    /// The minute, when written.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::parse_time("11 giờ kém 15")?.minute(), Some(45));
    /// # Ok::<(), vietnorm::time::ParseTimeError>(())
    /// ```
    pub const fn minute(&self) -> Option<u8> {
        self.minute
    }

    /// The second, when written.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::parse_time("15:23:24")?.second(), Some(24));
    /// # Ok::<(), vietnorm::time::ParseTimeError>(())
    /// ```
    pub const fn second(&self) -> Option<u8> {
        self.second
    }

    /// The UTC offset, when written.
    ///
    /// ```
    /// let t = vietnorm::time::parse_time("14:30 (GMT+7)")?;
    /// assert_eq!(t.utc_offset().map(|o| o.minutes()), Some(420));
    /// # Ok::<(), vietnorm::time::ParseTimeError>(())
    /// ```
    pub const fn utc_offset(&self) -> Option<UtcOffset> {
        self.utc_offset
    }
}

/// Writes `14h`, `14:30`, `15:23:24`, with ` (GMT+7)` when an offset is
/// known: forms the parser reads back to the same value.
impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.minute, self.second) {
            (None, _) => write!(f, "{}h", self.hour)?,
            (Some(m), None) => write!(f, "{}:{m:02}", self.hour)?,
            (Some(m), Some(s)) => write!(f, "{}:{m:02}:{s:02}", self.hour)?,
        }
        if let Some(o) = self.utc_offset {
            let minutes = o.minutes();
            let sign = if minutes < 0 { '-' } else { '+' };
            let abs = minutes.unsigned_abs();
            if abs == 0 {
                f.write_str(" (GMT)")?;
            } else if abs % 60 == 0 {
                write!(f, " (GMT{sign}{})", abs / 60)?;
            } else {
                write!(f, " (GMT{sign}{}:{:02})", abs / 60, abs % 60)?;
            }
        }
        Ok(())
    }
}

impl FromStr for TimeOfDay {
    type Err = super::ParseTimeError;

    /// Same as [`parse_time`](super::parse_time).
    fn from_str(s: &str) -> Result<TimeOfDay, Self::Err> {
        super::parse_time(s)
    }
}
