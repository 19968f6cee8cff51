//! Conversions to and from [`jiff`] civil dates, times and offsets
//! (feature `jiff`).
//!
//! A [`PartialDate`] converts to a [`jiff::civil::Date`] only when it is
//! complete; a [`TimeOfDay`] always converts (a missing minute or second is
//! zero: "14h" is 14:00). The reverse conversions always succeed for the
//! years a `PartialDate` holds. A [`DateTime`] converts to a civil date-time
//! when its date is complete and it has a time, and to an instant when the
//! time also has a UTC offset.
//!
//! 24:00, the end of a day ("24 giờ ngày 13/2", [`TimeOfDay::END_OF_DAY`]),
//! has no civil time of its own: it converts to 00:00, and a date-time at
//! 24:00 to 00:00 of the next day (13/2 at 24:00 is 14/2 at 00:00), the
//! same instant.

use super::{DateTime, PartialDate, Reference, TimeOfDay, UtcOffset};

impl PartialDate {
    /// The civil date, when year, month and day are all known.
    ///
    /// ```
    /// let d = vietnorm::time::parse_date("29/10/2025")?;
    /// assert_eq!(d.to_jiff(), Some(jiff::civil::date(2025, 10, 29)));
    /// assert_eq!(vietnorm::time::parse_date("29/10")?.to_jiff(), None);
    /// # Ok::<(), vietnorm::time::ParseDateError>(())
    /// ```
    pub fn to_jiff(&self) -> Option<jiff::civil::Date> {
        let year = i16::try_from(self.year()?).ok()?;
        let month = i8::try_from(self.month()?).ok()?;
        let day = i8::try_from(self.day()?).ok()?;
        jiff::civil::Date::new(year, month, day).ok()
    }

    /// The complete date of a civil date, without a weekday; `None` for
    /// years outside [`YEAR_RANGE`](super::YEAR_RANGE).
    ///
    /// ```
    /// use vietnorm::time::PartialDate;
    /// let d = PartialDate::from_jiff(jiff::civil::date(2025, 10, 29)).unwrap();
    /// assert_eq!(d.to_string(), "29/10/2025");
    /// ```
    pub fn from_jiff(date: jiff::civil::Date) -> Option<PartialDate> {
        let month = u8::try_from(date.month()).ok()?;
        let day = u8::try_from(date.day()).ok()?;
        PartialDate::new(Some(i32::from(date.year())), Some(month), Some(day)).ok()
    }
}

impl TimeOfDay {
    /// The civil time; a minute or second not written is zero. 24:00, the
    /// end of the day, is 00:00 (of the next day: [`DateTime::to_jiff`]
    /// moves the date).
    ///
    /// ```
    /// let t = vietnorm::time::parse_time("14h")?;
    /// assert_eq!(t.to_jiff(), jiff::civil::time(14, 0, 0, 0));
    /// let end = vietnorm::time::TimeOfDay::END_OF_DAY;
    /// assert_eq!(end.to_jiff(), jiff::civil::time(0, 0, 0, 0));
    /// # Ok::<(), vietnorm::time::ParseTimeError>(())
    /// ```
    pub fn to_jiff(&self) -> jiff::civil::Time {
        let small = |v: u8| i8::try_from(v).unwrap_or(0);
        jiff::civil::Time::new(
            small(self.hour()),
            small(self.minute().unwrap_or(0)),
            small(self.second().unwrap_or(0)),
            0,
        )
        .unwrap_or(jiff::civil::Time::midnight())
    }

    /// The time of day of a civil time, with its minute, and its second
    /// when not zero.
    ///
    /// ```
    /// use vietnorm::time::TimeOfDay;
    /// let t = TimeOfDay::from_jiff(jiff::civil::time(14, 30, 0, 0));
    /// assert_eq!(t.to_string(), "14:30");
    /// ```
    pub fn from_jiff(time: jiff::civil::Time) -> TimeOfDay {
        let small = |v: i8| u8::try_from(v).unwrap_or(0);
        let Ok(t) = TimeOfDay::new(small(time.hour()), Some(small(time.minute()))) else {
            return TimeOfDay::MIDNIGHT;
        };
        match time.second() {
            0 => t,
            s => t.with_second(small(s)).unwrap_or(t),
        }
    }
}

impl UtcOffset {
    /// The jiff offset.
    ///
    /// ```
    /// let o = vietnorm::time::UtcOffset::from_minutes(420).unwrap();
    /// assert_eq!(o.to_jiff(), jiff::tz::offset(7));
    /// ```
    pub fn to_jiff(self) -> jiff::tz::Offset {
        jiff::tz::Offset::from_seconds(i32::from(self.minutes()) * 60)
            .unwrap_or(jiff::tz::Offset::UTC)
    }

    /// The offset of a jiff offset in whole minutes, within ±14 hours.
    ///
    /// ```
    /// use vietnorm::time::UtcOffset;
    /// assert_eq!(UtcOffset::from_jiff(jiff::tz::offset(7)).map(|o| o.minutes()), Some(420));
    /// ```
    pub fn from_jiff(offset: jiff::tz::Offset) -> Option<UtcOffset> {
        let minutes = i16::try_from(offset.seconds() / 60).ok()?;
        UtcOffset::from_minutes(minutes)
    }
}

impl Reference {
    /// The reference moment of a civil date and time (to the minute).
    ///
    /// ```
    /// use vietnorm::time::Reference;
    /// let r = Reference::from_jiff(jiff::civil::date(2025, 10, 29).at(8, 30, 0, 0)).unwrap();
    /// assert_eq!(r.to_string(), "2025-10-29T08:30");
    /// ```
    pub fn from_jiff(moment: jiff::civil::DateTime) -> Option<Reference> {
        let d = moment.date();
        let r = Reference::new(
            i32::from(d.year()),
            u8::try_from(d.month()).ok()?,
            u8::try_from(d.day()).ok()?,
        )
        .ok()?;
        r.at(
            u8::try_from(moment.hour()).ok()?,
            u8::try_from(moment.minute()).ok()?,
        )
    }
}

impl DateTime {
    /// The civil date-time, when the date is complete and a time is
    /// written (a part of the day alone is not a time); a minute or second
    /// not written is zero. 24:00, the end of the day, is 00:00 of the
    /// next day: "24 giờ ngày 13/2/2026" is 14/2/2026 at 00:00.
    ///
    /// ```
    /// let dt = vietnorm::time::parse_datetime("15 giờ 30 ngày 13-5-2013")?;
    /// assert_eq!(dt.to_jiff(), Some(jiff::civil::date(2013, 5, 13).at(15, 30, 0, 0)));
    /// assert_eq!(vietnorm::time::parse_datetime("sáng 29/10/2025")?.to_jiff(), None);
    /// let end = vietnorm::time::parse_datetime("24 giờ ngày 31/12/2025")?;
    /// assert_eq!(end.to_jiff(), Some(jiff::civil::date(2026, 1, 1).at(0, 0, 0, 0)));
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub fn to_jiff(&self) -> Option<jiff::civil::DateTime> {
        let date = self.date().to_jiff()?;
        let time = self.time()?;
        if time.is_end_of_day() {
            return Some(date.tomorrow().ok()?.to_datetime(time.to_jiff()));
        }
        Some(date.to_datetime(time.to_jiff()))
    }

    /// The instant, when the date is complete and the time has a UTC
    /// offset ("Thứ Tư, 29/10/2025, 14:30 (GMT+7)").
    ///
    /// ```
    /// let dt = vietnorm::time::parse_datetime("Thứ Tư, 29/10/2025, 14:30 (GMT+7)")?;
    /// assert_eq!(dt.to_jiff_timestamp().map(|t| t.to_string()), Some("2025-10-29T07:30:00Z".into()));
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub fn to_jiff_timestamp(&self) -> Option<jiff::Timestamp> {
        let offset = self.time()?.utc_offset()?.to_jiff();
        offset.to_timestamp(self.to_jiff()?).ok()
    }

    /// The date-time of a civil date-time, with its minute (and its second
    /// when not zero); `None` for years outside
    /// [`YEAR_RANGE`](super::YEAR_RANGE).
    ///
    /// ```
    /// use vietnorm::time::DateTime;
    /// let dt = DateTime::from_jiff(jiff::civil::date(2025, 10, 29).at(14, 30, 0, 0)).unwrap();
    /// assert_eq!(dt.to_string(), "29/10/2025, 14:30");
    /// ```
    pub fn from_jiff(moment: jiff::civil::DateTime) -> Option<DateTime> {
        let date = PartialDate::from_jiff(moment.date())?;
        Some(DateTime::new(date, TimeOfDay::from_jiff(moment.time())))
    }
}
