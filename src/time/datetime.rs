//! Date-times: a date and a time of day (or a part of the day) written
//! together, as one value: "15 giờ 30 ngày 13-5-2013", "Thứ Tư,
//! 29/10/2025, 14:30 (GMT+7)", "sáng 29/10".

use core::fmt;

use super::error::Reason;
use super::grammar::{DateTimeExpr, DateTimeRangeExpr};
use super::interval::Interval;
use super::reference::Reference;
use super::resolve::{self, DateExpr, DateRangeExpr};
use super::{DateValue, PartialDate, PartialLunarDate, TimeOfDay, time_of};
use crate::lex::Word;

/// A part of the day written beside a date or a time.
///
/// | Variant | Words | Serialized |
/// |---|---|---|
/// | `Morning` | sáng, buổi sáng, rạng sáng (dawn, the small hours) | `"morning"` |
/// | `Noon` | trưa, buổi trưa | `"noon"` |
/// | `Afternoon` | chiều, buổi chiều | `"afternoon"` |
/// | `Evening` | tối, buổi tối | `"evening"` |
/// | `Night` | đêm, khuya | `"night"` |
///
/// "rạng sáng 24/5" (dawn of 24 May) is `Morning`, as its word "sáng"
/// says and as the extraction gold set annotates it; "đêm 24/5" and
/// "khuya" are `Night`.
///
/// ```
/// use vietnorm::time::DayPart;
/// assert_eq!(DayPart::Afternoon.to_string(), "chiều");
/// assert_eq!(DayPart::Night.as_str(), "night");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum DayPart {
    /// Sáng, rạng sáng: morning, from dawn.
    Morning,
    /// Trưa: noon, midday.
    Noon,
    /// Chiều: afternoon.
    Afternoon,
    /// Tối: evening.
    Evening,
    /// Đêm, khuya: night.
    Night,
}

impl DayPart {
    /// The name as serialized: `morning`, `noon`, `afternoon`, `evening`,
    /// `night`.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::DayPart::Morning.as_str(), "morning");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            DayPart::Morning => "morning",
            DayPart::Noon => "noon",
            DayPart::Afternoon => "afternoon",
            DayPart::Evening => "evening",
            DayPart::Night => "night",
        }
    }

    /// The part of the day a vocabulary word names.
    pub(crate) const fn of_word(word: Word) -> Option<DayPart> {
        Some(match word {
            Word::Sang => DayPart::Morning,
            Word::Trua => DayPart::Noon,
            Word::Chieu => DayPart::Afternoon,
            Word::Toi => DayPart::Evening,
            Word::Dem | Word::Khuya => DayPart::Night,
            _ => return None,
        })
    }

    /// The part of the day a date-time's part word names, where "rạng"
    /// stands for "rạng sáng".
    pub(crate) const fn from_word(word: Word) -> Option<DayPart> {
        match word {
            Word::Rang => Some(DayPart::Morning),
            _ => DayPart::of_word(word),
        }
    }

    /// The 24-hour clock hour of `hour` said in this part of the day:
    /// "8 giờ tối" is 20, "1 giờ trưa" is 13, "12 giờ đêm" is 0, and an
    /// hour already on the 24-hour clock ("14 giờ chiều") is kept.
    pub(crate) const fn to_24h(self, hour: u8) -> u8 {
        match (self, hour) {
            (_, 13..) => hour,
            (DayPart::Morning, _) => hour,
            (DayPart::Noon, 1..=4) => hour + 12,
            (DayPart::Noon, _) => hour,
            (DayPart::Afternoon | DayPart::Evening, 1..=11) => hour + 12,
            (DayPart::Afternoon | DayPart::Evening, _) => hour,
            (DayPart::Night, 6..=11) => hour + 12,
            (DayPart::Night, 12) => 0,
            (DayPart::Night, _) => hour,
        }
    }
}

/// Writes the Vietnamese word: `sáng`, `trưa`, `chiều`, `tối`, `đêm`.
impl fmt::Display for DayPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DayPart::Morning => "sáng",
            DayPart::Noon => "trưa",
            DayPart::Afternoon => "chiều",
            DayPart::Evening => "tối",
            DayPart::Night => "đêm",
        })
    }
}

/// A date and the time of day or the part of the day written with it:
/// "15 giờ 30 ngày 13-5-2013" (a date and a time), "sáng 29/10" (a date
/// and a part of the day), "9 giờ sáng 29/10" (both).
///
/// The date is a [`PartialDate`] as the text gives it (the parser only
/// builds date-times whose date has a day or a weekday). The time, when
/// written, has its hour on the 24-hour clock: a part of the day written
/// with it has already been applied ("8 giờ tối 5/6" and "tối 5/6 lúc 8
/// giờ" are both 20:00), and the part of the day is kept beside it as
/// written. At least one of the time and the part of the day is present,
/// except at the end of a range that ends on a plain date ("từ 0 giờ ngày
/// 3/6 đến hết ngày 31/7": the end is 31/7 alone, as written).
///
/// With feature `serde` it serializes as the date's fields, the time's
/// fields and `part_of_day`, in one object:
/// `{"year":2013,"month":5,"day":13,"hour":15,"minute":30}`,
/// `{"month":10,"day":29,"part_of_day":"morning"}`.
///
/// ```
/// use vietnorm::time::{DateTime, DayPart, PartialDate, TimeOfDay};
/// let date = PartialDate::new(Some(2013), Some(5), Some(13))?;
/// let dt = DateTime::new(date, TimeOfDay::new(15, Some(30))?);
/// assert_eq!(dt.to_string(), "13/5/2013, 15:30");
/// let morning = DateTime::from_part_of_day(PartialDate::new(None, Some(10), Some(29))?, DayPart::Morning);
/// assert_eq!(morning.to_string(), "sáng 29/10");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DateTime {
    #[cfg_attr(feature = "serde", serde(flatten))]
    date: PartialDate,
    #[cfg_attr(
        feature = "serde",
        serde(flatten, skip_serializing_if = "Option::is_none")
    )]
    time: Option<TimeOfDay>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    part_of_day: Option<DayPart>,
}

impl DateTime {
    /// A date at a time of day.
    ///
    /// ```
    /// use vietnorm::time::{DateTime, PartialDate, TimeOfDay};
    /// let dt = DateTime::new(PartialDate::new(None, Some(10), Some(30))?, TimeOfDay::new(14, None)?);
    /// assert_eq!(dt.time().map(|t| t.hour()), Some(14));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(date: PartialDate, time: TimeOfDay) -> DateTime {
        DateTime {
            date,
            time: Some(time),
            part_of_day: None,
        }
    }

    /// A date in a part of the day, without a time ("sáng 29/10").
    ///
    /// ```
    /// use vietnorm::time::{DateTime, DayPart, PartialDate};
    /// let dt = DateTime::from_part_of_day(PartialDate::new(None, Some(6), Some(5))?, DayPart::Afternoon);
    /// assert_eq!((dt.time(), dt.part_of_day()), (None, Some(DayPart::Afternoon)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_part_of_day(date: PartialDate, part: DayPart) -> DateTime {
        DateTime {
            date,
            time: None,
            part_of_day: Some(part),
        }
    }

    /// The same date-time with the part of the day written beside it. The
    /// time's hour is kept as it is (already on the 24-hour clock).
    ///
    /// ```
    /// use vietnorm::time::{DateTime, DayPart, PartialDate, TimeOfDay};
    /// let dt = DateTime::new(PartialDate::new(None, Some(10), Some(29))?, TimeOfDay::new(9, None)?)
    ///     .with_part_of_day(DayPart::Morning);
    /// assert_eq!(dt.to_string(), "29/10, 9h sáng");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_part_of_day(self, part: DayPart) -> DateTime {
        DateTime {
            part_of_day: Some(part),
            ..self
        }
    }

    /// The date.
    ///
    /// ```
    /// let dt = vietnorm::time::parse_datetime("14h ngày 30/10")?;
    /// assert_eq!(dt.date().day(), Some(30));
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub const fn date(&self) -> PartialDate {
        self.date
    }

    /// The time of day, when written.
    ///
    /// ```
    /// let dt = vietnorm::time::parse_datetime("15 giờ 30 ngày 13-5-2013")?;
    /// assert_eq!(dt.time().map(|t| (t.hour(), t.minute())), Some((15, Some(30))));
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub const fn time(&self) -> Option<TimeOfDay> {
        self.time
    }

    /// The part of the day, when written.
    ///
    /// ```
    /// use vietnorm::time::DayPart;
    /// let dt = vietnorm::time::parse_datetime("chiều ngày 5/6")?;
    /// assert_eq!(dt.part_of_day(), Some(DayPart::Afternoon));
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub const fn part_of_day(&self) -> Option<DayPart> {
        self.part_of_day
    }
}

/// Writes `29/10/2025, 14:30`, `thứ Tư, 29/10/2025, 9h sáng (GMT+7)` or
/// `sáng 29/10`: forms the parser reads back to the same value when the
/// date has a day or a weekday and the hour agrees with the part of the
/// day.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date_time(f, &self.date, self.time, self.part_of_day)
    }
}

/// Writes a date and the time or the part of the day written with it, as
/// [`DateTime`] and [`LunarDateTime`] both write themselves: the part of
/// the day before a date with no time (`sáng 29/10`), else the date, the
/// clock, the part of the day and the UTC offset (`29/10, 9h sáng (GMT+7)`).
fn write_date_time(
    f: &mut fmt::Formatter<'_>,
    date: &dyn fmt::Display,
    time: Option<TimeOfDay>,
    part_of_day: Option<DayPart>,
) -> fmt::Result {
    let Some(t) = time else {
        if let Some(p) = part_of_day {
            write!(f, "{p} ")?;
        }
        return date.fmt(f);
    };
    write!(f, "{date}, ")?;
    match (t.minute(), t.second()) {
        (None, _) => write!(f, "{}h", t.hour())?,
        (Some(m), None) => write!(f, "{}:{m:02}", t.hour())?,
        (Some(m), Some(s)) => write!(f, "{}:{m:02}:{s:02}", t.hour())?,
    }
    if let Some(p) = part_of_day {
        write!(f, " {p}")?;
    }
    if let Some(o) = t.utc_offset() {
        // The offset as `TimeOfDay` writes it: " (GMT+7)".
        let offset_only = TimeOfDay::MIDNIGHT.with_utc_offset(o).to_string();
        f.write_str(offset_only.trim_start_matches("0h"))?;
    }
    Ok(())
}

/// A lunar date without its year and the time of day or the part of the
/// day written with it: "đêm 30 Tết" (the night of New Year's Eve), "sáng
/// mùng 1 Tết", "9 giờ sáng ngày 10 tháng Giêng", "tối rằm tháng Giêng".
///
/// It is what [`DateTime`] is for a solar date, for a lunar date read
/// without a reference moment (the date alone is then a
/// [`DateValue::Lunar`]); with a reference the lunar date is completed to
/// its solar date and the date-time is a [`DateTime`]. A type of its own,
/// as [`PartialLunarDate`] is, so that no code reading the month of a
/// [`DateTime`] takes the first lunar month for January.
///
/// With feature `serde` it serializes as the lunar date's fields (with
/// `"calendar":"lunar"`), the time's fields and `part_of_day`, in one
/// object: `{"calendar":"lunar","month":12,"day":30,"part_of_day":"night"}`.
///
/// ```
/// use vietnorm::time::{parse_datetime_value, DateTimeValue, DayPart};
/// let DateTimeValue::Lunar(dt) = parse_datetime_value("đêm 30 Tết")? else { panic!() };
/// assert_eq!((dt.date().month(), dt.date().day()), (12, 30));
/// assert_eq!(dt.part_of_day(), Some(DayPart::Night));
/// assert_eq!(dt.to_string(), "đêm 30/12 âm lịch");
/// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LunarDateTime {
    #[cfg_attr(feature = "serde", serde(flatten))]
    date: PartialLunarDate,
    #[cfg_attr(
        feature = "serde",
        serde(flatten, skip_serializing_if = "Option::is_none")
    )]
    time: Option<TimeOfDay>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    part_of_day: Option<DayPart>,
}

impl LunarDateTime {
    /// A lunar date at a time of day.
    ///
    /// ```
    /// use vietnorm::time::{LunarDateTime, PartialLunarDate, TimeOfDay};
    /// let date = PartialLunarDate::new(None, 1, 10, false).unwrap();
    /// let dt = LunarDateTime::new(date, TimeOfDay::new(9, None)?);
    /// assert_eq!(dt.to_string(), "10/1 âm lịch, 9h");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(date: PartialLunarDate, time: TimeOfDay) -> LunarDateTime {
        LunarDateTime {
            date,
            time: Some(time),
            part_of_day: None,
        }
    }

    /// A lunar date in a part of the day, without a time ("đêm 30 Tết").
    ///
    /// ```
    /// use vietnorm::time::{DayPart, LunarDateTime, PartialLunarDate};
    /// let date = PartialLunarDate::new(None, 1, 1, false).unwrap();
    /// let dt = LunarDateTime::from_part_of_day(date, DayPart::Morning);
    /// assert_eq!(dt.to_string(), "sáng 1/1 âm lịch");
    /// ```
    pub const fn from_part_of_day(date: PartialLunarDate, part: DayPart) -> LunarDateTime {
        LunarDateTime {
            date,
            time: None,
            part_of_day: Some(part),
        }
    }

    /// The same date-time with the part of the day written beside it. The
    /// time's hour is kept as it is (already on the 24-hour clock).
    ///
    /// ```
    /// use vietnorm::time::{DayPart, LunarDateTime, PartialLunarDate, TimeOfDay};
    /// let date = PartialLunarDate::new(None, 1, 15, false).unwrap();
    /// let dt = LunarDateTime::new(date, TimeOfDay::new(20, None)?).with_part_of_day(DayPart::Evening);
    /// assert_eq!(dt.to_string(), "15/1 âm lịch, 20h tối");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_part_of_day(self, part: DayPart) -> LunarDateTime {
        LunarDateTime {
            part_of_day: Some(part),
            ..self
        }
    }

    /// The lunar date.
    ///
    /// ```
    /// use vietnorm::time::{parse_datetime_value, DateTimeValue};
    /// let DateTimeValue::Lunar(dt) = parse_datetime_value("sáng mùng 1 Tết")? else { panic!() };
    /// assert_eq!((dt.date().month(), dt.date().day(), dt.date().year()), (1, 1, None));
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub const fn date(&self) -> PartialLunarDate {
        self.date
    }

    /// The time of day, when written.
    ///
    /// ```
    /// use vietnorm::time::{parse_datetime_value, DateTimeValue};
    /// let DateTimeValue::Lunar(dt) = parse_datetime_value("9 giờ sáng ngày 10 tháng Giêng")? else { panic!() };
    /// assert_eq!(dt.time().map(|t| t.hour()), Some(9));
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub const fn time(&self) -> Option<TimeOfDay> {
        self.time
    }

    /// The part of the day, when written.
    ///
    /// ```
    /// use vietnorm::time::{parse_datetime_value, DateTimeValue, DayPart};
    /// let DateTimeValue::Lunar(dt) = parse_datetime_value("tối mùng 3 Tết")? else { panic!() };
    /// assert_eq!(dt.part_of_day(), Some(DayPart::Evening));
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    pub const fn part_of_day(&self) -> Option<DayPart> {
        self.part_of_day
    }
}

/// Writes `đêm 30/12 âm lịch` or `10/1 âm lịch, 9h sáng`, as [`DateTime`]
/// writes a solar date-time, the date as [`PartialLunarDate`] writes it.
impl fmt::Display for LunarDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date_time(f, &self.date, self.time, self.part_of_day)
    }
}

/// A date-time or a range of them, as `parse datetime` returns it.
///
/// Serializes (feature `serde`) as the date-time's fields, or as
/// `{"from": {...}, "to": {...}}` for a range. A date-time on a lunar date
/// without its year, read without a reference moment, is
/// [`DateTimeValue::Lunar`] (or [`DateTimeValue::LunarRange`]): its date
/// fields are lunar, and it serializes with `"calendar":"lunar"`, as
/// [`DateValue::Lunar`] does.
///
/// ```
/// use vietnorm::time::{parse_datetime_value, DateTimeValue};
/// assert!(matches!(parse_datetime_value("14h ngày 30/10")?, DateTimeValue::DateTime(_)));
/// let DateTimeValue::Range(r) = parse_datetime_value("từ 8h đến 17h ngày 5/6")? else { panic!() };
/// assert_eq!((r.from.date(), r.to.time().map(|t| t.hour())), (r.to.date(), Some(17)));
/// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(untagged))]
#[non_exhaustive]
pub enum DateTimeValue {
    /// One date-time.
    DateTime(DateTime),
    /// A range of date-times, both ends inclusive.
    Range(Interval<DateTime>),
    /// A date-time on a lunar date without its year, read without a
    /// reference moment ("đêm 30 Tết", "sáng mùng 1 Tết").
    ///
    /// ```
    /// use vietnorm::time::{parse_datetime_value, DateTimeValue};
    /// let DateTimeValue::Lunar(dt) = parse_datetime_value("đêm 30 Tết")? else { panic!() };
    /// assert_eq!(dt.date().day(), 30);
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    Lunar(LunarDateTime),
    /// A range of date-times on lunar dates without their years, read
    /// without a reference moment ("từ 20h ngày 30 Tết đến 2h sáng mùng 1
    /// Tết"); both ends inclusive.
    ///
    /// ```
    /// use vietnorm::time::{parse_datetime_value, DateTimeValue};
    /// let DateTimeValue::LunarRange(r) = parse_datetime_value("từ 20h ngày 30 Tết đến 2h sáng mùng 1 Tết")? else { panic!() };
    /// assert_eq!((r.from.date().month(), r.from.date().day()), (12, 30));
    /// assert_eq!((r.to.date().month(), r.to.date().day()), (1, 1));
    /// # Ok::<(), vietnorm::time::ParseDateTimeError>(())
    /// ```
    LunarRange(Interval<LunarDateTime>),
}

impl fmt::Display for DateTimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateTimeValue::DateTime(d) => d.fmt(f),
            DateTimeValue::Range(r) => r.fmt(f),
            DateTimeValue::Lunar(d) => d.fmt(f),
            DateTimeValue::LunarRange(r) => r.fmt(f),
        }
    }
}

/// True for the date expressions a date-time can stand on: a day or a
/// weekday, written or relative ("29/10", "thứ Hai", "hôm qua"), not a
/// month, a year, a week or a span.
pub(crate) fn names_a_day(e: &DateExpr) -> bool {
    match e {
        DateExpr::Fields(f) => f.day.is_some() || f.weekday.is_some(),
        DateExpr::Days { .. }
        | DateExpr::WeekdayInWeek { .. }
        | DateExpr::NextWeekday(_)
        | DateExpr::PreviousWeekday(_)
        | DateExpr::Lunar { .. } => true,
        _ => false,
    }
}

/// Resolves and validates a date-time or a range as read. Both ends of a
/// range share what one leaves out ("từ 21h ngày 24/5/2025 đến 1h ngày
/// 25/5": the year of the start applies to the end), as date ranges do.
pub(crate) fn resolve_datetime(
    expr: &DateTimeRangeExpr,
    reference: Option<&Reference>,
) -> Result<DateTimeValue, Reason> {
    // A zone written once after the range is both ends' (`zoned_start`).
    let mut start = expr.from;
    if let (Some(from), Some(to)) = (start.time, expr.to.and_then(|t| t.time)) {
        start.time = Some(super::zoned_start(from, Some(&to)));
    }
    let expr = &DateTimeRangeExpr {
        from: start,
        to: expr.to,
    };
    let to_date = expr.to.map(|t| t.date).filter(|&d| d != expr.from.date);
    let dates = DateRangeExpr {
        from: expr.from.date,
        to: to_date,
    };
    let ranged = to_date.is_some();
    // A lunar date without its year, read without a reference, stays
    // lunar ("đêm 30 Tết"), as the date alone does.
    let (first, last) = match resolve::resolve_range(&dates, reference)? {
        DateValue::Date(d) => (d, d),
        DateValue::Range(r) if ranged => (r.from, r.to),
        DateValue::Lunar(d) => {
            let (time, part_of_day) = one(&expr.from, false)?;
            let from = LunarDateTime {
                date: d,
                time,
                part_of_day,
            };
            return Ok(match &expr.to {
                None => DateTimeValue::Lunar(from),
                Some(to) => {
                    let (time, part_of_day) = one(to, true)?;
                    let to = LunarDateTime {
                        date: d,
                        time,
                        part_of_day,
                    };
                    DateTimeValue::LunarRange(Interval::new(from, to))
                }
            });
        }
        DateValue::LunarRange(r) if ranged => {
            let ends = expr.to.as_ref().map(|to| one(to, true));
            let (Some(to_end), (time, part_of_day)) = (ends, one(&expr.from, false)?) else {
                return Err(Reason::NotSingle);
            };
            let (to_time, to_part) = to_end?;
            let from = LunarDateTime {
                date: r.from,
                time,
                part_of_day,
            };
            let to = LunarDateTime {
                date: r.to,
                time: to_time,
                part_of_day: to_part,
            };
            return Ok(DateTimeValue::LunarRange(Interval::new(from, to)));
        }
        DateValue::Range(_) | DateValue::LunarRange(_) => return Err(Reason::NotSingle),
    };
    let at = |e: &DateTimeExpr, date: PartialDate, bare: bool| {
        one(e, bare).map(|(time, part_of_day)| DateTime {
            date,
            time,
            part_of_day,
        })
    };
    let from = at(&expr.from, first, false)?;
    Ok(match &expr.to {
        None => DateTimeValue::DateTime(from),
        Some(to) => DateTimeValue::Range(Interval::new(from, at(to, last, true)?)),
    })
}

/// The time and the part of the day of one end of a date-time or a range;
/// `bare`: the end of a range, which may be a plain date ("từ 7h ngày 1/6
/// đến hết ngày 5/6").
fn one(expr: &DateTimeExpr, bare: bool) -> Result<(Option<TimeOfDay>, Option<DayPart>), Reason> {
    let time = match &expr.time {
        Some(t) => Some(time_of(t)?),
        None => None,
    };
    let part_of_day = expr.part.and_then(DayPart::from_word);
    if time.is_none() && part_of_day.is_none() && !bare {
        return Err(Reason::NotRecognized);
    }
    Ok((time, part_of_day))
}
