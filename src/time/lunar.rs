//! The Vietnamese lunisolar calendar (âm lịch): conversion between lunar
//! and solar (Gregorian) dates.
//!
//! Why an astronomical computation and not a table: Vietnamese holidays
//! ("Tết Nguyên đán", "rằm tháng Giêng", "Giỗ Tổ Hùng Vương" on 10/3 âm
//! lịch) are written as lunar dates, and news names them for any year. The
//! rules are astronomical: a month starts on the day of a new moon; the
//! month holding the winter solstice is the eleventh; a year with thirteen
//! months between two eleventh months has a leap month, the first one that
//! holds no major solar term (trung khí). Days are counted in UTC+7 (the
//! time of Hà Nội) from lunar year 1968 and in UTC+8 before, when the
//! calendar used in Vietnam was the Chinese one. That is why Tết fell on
//! 21 January 1985 in Vietnam and on 20 February in China, and on 17
//! February 2007 in Vietnam and 18 February in China.
//!
//! Source: Hồ Ngọc Đức, "Thuật toán tính âm lịch" (Computing the
//! Vietnamese lunar calendar), <https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html>,
//! which takes the new moon from Jean Meeus, "Astronomical Algorithms"
//! (1998), chapter 49, and the sun's longitude from its chapter 25. The
//! functions below are that algorithm, in the same order and with the same
//! constants. `tests/data/lunar_tet.tsv` checks it against the published
//! dates of Tết from 1900 to 2100 and known leap months.
//!
//! Floating point is used for the astronomy only; every result is an
//! integer day number, and every integer the crate returns is exact.

use core::f64::consts::PI;

use super::calendar;
use super::date::PartialDate;

/// The time zone, in hours east of UTC, in which lunar days are counted:
/// UTC+7 (Hà Nội) from lunar year 1968, when the North adopted a calendar
/// computed for its own meridian (Tết Mậu Thân fell on 29 January 1968 in
/// the North, on the 30th in the South and in China); before it, the
/// calendar used in Vietnam was the Chinese one, computed for UTC+8.
fn time_zone_of_year(lunar_year: i32) -> f64 {
    if lunar_year >= 1968 { 7.0 } else { 8.0 }
}

/// The first day (Julian day number) counted in UTC+7: Tết 1968 in the North.
const JD_TET_1968: i64 = 2_439_885;

/// The Julian day number of 1970-01-01.
const JD_UNIX_EPOCH: i64 = 2_440_588;

/// The years the conversion is offered for: Meeus' series are accurate
/// well beyond them, but the test tables cover 1900–2100 and the day
/// numbers below are checked for those years.
///
/// ```
/// use vietnorm::time::LUNAR_YEAR_RANGE;
/// assert!(LUNAR_YEAR_RANGE.contains(&2026));
/// assert!(!LUNAR_YEAR_RANGE.contains(&1700));
/// ```
pub const LUNAR_YEAR_RANGE: core::ops::RangeInclusive<i32> = 1800..=2199;

/// A date of the Vietnamese lunar calendar: a lunar year (the solar year
/// in which it mostly lies: Tết 2026 starts lunar year 2026), a month 1–12,
/// whether that month is the leap (nhuận) repetition of the month before
/// it, and a day 1–30.
///
/// ```
/// use vietnorm::time::{LunarDate, PartialDate};
/// // Tết Nguyên đán 2026 (mùng 1 tháng Giêng) is 17 February 2026.
/// let tet = LunarDate::new(2026, 1, 1, false).unwrap();
/// assert_eq!(tet.to_solar().unwrap().to_string(), "17/2/2026");
/// let day = PartialDate::new(Some(2023), Some(4), Some(5)).unwrap();
/// let lunar = LunarDate::from_solar(day).unwrap();
/// assert_eq!((lunar.month(), lunar.day(), lunar.is_leap()), (2, 15, true));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LunarDate {
    year: i32,
    month: u8,
    day: u8,
    leap: bool,
}

impl LunarDate {
    /// The lunar date `day`/`month` (`leap` for the leap month) of lunar
    /// `year`; `None` when the fields are out of range, the year has no
    /// such leap month, or the month has no such day (a lunar month has 29
    /// or 30 days).
    ///
    /// ```
    /// use vietnorm::time::LunarDate;
    /// assert!(LunarDate::new(2023, 2, 1, true).is_some()); // tháng 2 nhuận
    /// assert!(LunarDate::new(2024, 2, 1, true).is_none());
    /// assert!(LunarDate::new(2025, 1, 31, false).is_none());
    /// ```
    pub fn new(year: i32, month: u8, day: u8, leap: bool) -> Option<LunarDate> {
        if !LUNAR_YEAR_RANGE.contains(&year)
            || !(1..=12).contains(&month)
            || !(1..=30).contains(&day)
        {
            return None;
        }
        let date = LunarDate {
            year,
            month,
            day,
            leap,
        };
        // Valid when converting there and back gives the same date.
        let jd = lunar_to_jd(date)?;
        (jd_to_lunar(jd) == Some(date)).then_some(date)
    }

    /// The lunar year.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::LunarDate::new(2025, 3, 10, false).unwrap().year(), 2025);
    /// ```
    pub const fn year(&self) -> i32 {
        self.year
    }

    /// The lunar month, 1 (tháng Giêng) to 12 (tháng Chạp).
    ///
    /// ```
    /// assert_eq!(vietnorm::time::LunarDate::new(2025, 3, 10, false).unwrap().month(), 3);
    /// ```
    pub const fn month(&self) -> u8 {
        self.month
    }

    /// The day of the lunar month, 1 (mùng 1) to 30.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::LunarDate::new(2025, 1, 15, false).unwrap().day(), 15);
    /// ```
    pub const fn day(&self) -> u8 {
        self.day
    }

    /// True for a day of a leap (nhuận) month.
    ///
    /// ```
    /// assert!(!vietnorm::time::LunarDate::new(2025, 1, 15, false).unwrap().is_leap());
    /// ```
    pub const fn is_leap(&self) -> bool {
        self.leap
    }

    /// The lunar date of a complete solar date; `None` when the date lacks
    /// a field or lies outside [`LUNAR_YEAR_RANGE`].
    ///
    /// ```
    /// use vietnorm::time::{LunarDate, PartialDate};
    /// let d = PartialDate::new(Some(2025), Some(1), Some(29)).unwrap();
    /// assert_eq!(LunarDate::from_solar(d), LunarDate::new(2025, 1, 1, false));
    /// ```
    pub fn from_solar(date: PartialDate) -> Option<LunarDate> {
        let (y, m, d) = (date.year()?, date.month()?, date.day()?);
        if !LUNAR_YEAR_RANGE.contains(&y) {
            return None;
        }
        jd_to_lunar(calendar::days_from_civil(y, m, d) + JD_UNIX_EPOCH)
    }

    /// The solar date of this lunar date.
    ///
    /// ```
    /// use vietnorm::time::LunarDate;
    /// // Giỗ Tổ Hùng Vương, 10/3 âm lịch 2025.
    /// let d = LunarDate::new(2025, 3, 10, false).unwrap().to_solar().unwrap();
    /// assert_eq!(d.to_string(), "7/4/2025");
    /// ```
    pub fn to_solar(&self) -> Option<PartialDate> {
        let jd = lunar_to_jd(*self)?;
        let (y, m, d) = calendar::civil_from_days(jd - JD_UNIX_EPOCH);
        PartialDate::new(Some(i32::try_from(y).ok()?), Some(m), Some(d)).ok()
    }
}

impl core::fmt::Display for LunarDate {
    /// `10/3/2025 âm lịch`, `1/2 nhuận/2023 âm lịch`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let leap = if self.leap { " nhuận" } else { "" };
        write!(f, "{}/{}{leap}/{} âm lịch", self.day, self.month, self.year)
    }
}

/// A date of the lunar calendar as far as the text gives it: a lunar month
/// and day, whether the month is the leap (nhuận) one, and the lunar year
/// when written. "mùng 10 tháng Giêng", "23 tháng Chạp", "rằm tháng Bảy",
/// "15/8 âm lịch" and "mùng 1 Tết" are lunar dates without a year: their
/// solar date depends on the year, so without a reference moment the
/// parser gives this value (in [`DateValue::Lunar`](super::DateValue::Lunar)),
/// not a solar date. With a reference they are completed to the nearest
/// solar date, as every date without its year is.
///
/// It is a type of its own, not a [`PartialDate`] with a calendar marker,
/// so that no code reading `month()` of a `PartialDate` can take the
/// first lunar month for January.
///
/// Every value is valid: the month is 1–12, the day 1–30, and with a year
/// the date exists in that year ([`LunarDate::new`]). Serializes (feature
/// `serde`) as `{"calendar":"lunar","month":1,"day":10}`, with `year` when
/// known and `"leap":true` for a leap month.
///
/// ```
/// use vietnorm::time::{parse_date_value, DateValue, PartialLunarDate};
/// let DateValue::Lunar(d) = parse_date_value("mùng 10 tháng Giêng")? else { panic!() };
/// assert_eq!(d, PartialLunarDate::new(None, 1, 10, false).unwrap());
/// assert_eq!(d.to_string(), "10/1 âm lịch");
/// // In a given lunar year it is a full lunar date, and a solar one.
/// let solar = d.in_year(2025).unwrap().to_solar().unwrap();
/// assert_eq!(solar.to_string(), "7/2/2025");
/// # Ok::<(), vietnorm::time::ParseDateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialLunarDate {
    year: Option<i32>,
    month: u8,
    day: u8,
    leap: bool,
}

impl PartialLunarDate {
    /// The lunar date `day`/`month` (`leap` for the leap month), of lunar
    /// `year` when given; `None` when the month is not 1–12, the day not
    /// 1–30, or, with a year, the date does not exist in it.
    ///
    /// ```
    /// use vietnorm::time::PartialLunarDate;
    /// assert!(PartialLunarDate::new(None, 12, 30, false).is_some());
    /// assert!(PartialLunarDate::new(None, 13, 1, false).is_none());
    /// assert!(PartialLunarDate::new(Some(2024), 2, 1, true).is_none()); // no leap month 2 in 2024
    /// ```
    pub fn new(year: Option<i32>, month: u8, day: u8, leap: bool) -> Option<PartialLunarDate> {
        if !(1..=12).contains(&month) || !(1..=30).contains(&day) {
            return None;
        }
        if let Some(y) = year {
            LunarDate::new(y, month, day, leap)?;
        }
        Some(PartialLunarDate {
            year,
            month,
            day,
            leap,
        })
    }

    /// The lunar year, when written.
    ///
    /// ```
    /// use vietnorm::time::PartialLunarDate;
    /// assert_eq!(PartialLunarDate::new(None, 1, 10, false).unwrap().year(), None);
    /// ```
    pub const fn year(&self) -> Option<i32> {
        self.year
    }

    /// The lunar month, 1 (tháng Giêng) to 12 (tháng Chạp).
    ///
    /// ```
    /// let d = vietnorm::time::PartialLunarDate::new(None, 12, 23, false).unwrap();
    /// assert_eq!(d.month(), 12);
    /// ```
    pub const fn month(&self) -> u8 {
        self.month
    }

    /// The day of the lunar month, 1 (mùng 1) to 30.
    ///
    /// ```
    /// let d = vietnorm::time::PartialLunarDate::new(None, 7, 15, false).unwrap();
    /// assert_eq!(d.day(), 15);
    /// ```
    pub const fn day(&self) -> u8 {
        self.day
    }

    /// True for a day of a leap (nhuận) month.
    ///
    /// ```
    /// assert!(vietnorm::time::PartialLunarDate::new(None, 2, 1, true).unwrap().is_leap());
    /// ```
    pub const fn is_leap(&self) -> bool {
        self.leap
    }

    /// The full lunar date when the year is known.
    ///
    /// ```
    /// use vietnorm::time::{LunarDate, PartialLunarDate};
    /// let d = PartialLunarDate::new(Some(2025), 3, 10, false).unwrap();
    /// assert_eq!(d.to_lunar_date(), LunarDate::new(2025, 3, 10, false));
    /// assert_eq!(PartialLunarDate::new(None, 3, 10, false).unwrap().to_lunar_date(), None);
    /// ```
    pub fn to_lunar_date(&self) -> Option<LunarDate> {
        LunarDate::new(self.year?, self.month, self.day, self.leap)
    }

    /// This date in lunar year `year` (a written year is replaced); `None`
    /// when that year has no such date (a leap month it lacks, a 30th in
    /// a month of 29 days) or lies outside [`LUNAR_YEAR_RANGE`].
    ///
    /// ```
    /// use vietnorm::time::PartialLunarDate;
    /// let giao_thua = PartialLunarDate::new(None, 12, 30, false).unwrap();
    /// assert!(giao_thua.in_year(2016).is_some()); // tháng Chạp Bính Thân had 30 days
    /// assert!(giao_thua.in_year(2024).is_none()); // and that of Giáp Thìn 29
    /// ```
    pub fn in_year(&self, year: i32) -> Option<LunarDate> {
        LunarDate::new(year, self.month, self.day, self.leap)
    }
}

impl From<LunarDate> for PartialLunarDate {
    /// The same date, with its year.
    fn from(d: LunarDate) -> PartialLunarDate {
        PartialLunarDate {
            year: Some(d.year),
            month: d.month,
            day: d.day,
            leap: d.leap,
        }
    }
}

impl core::fmt::Display for PartialLunarDate {
    /// `10/1 âm lịch`, `1/2 nhuận âm lịch`, `10/3/2025 âm lịch`: what the
    /// parser reads back (except the leap month, which it does not read).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let leap = if self.leap { " nhuận" } else { "" };
        match self.year {
            Some(y) => write!(f, "{}/{}{leap}/{y} âm lịch", self.day, self.month),
            None => write!(f, "{}/{}{leap} âm lịch", self.day, self.month),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for PartialLunarDate {
    /// `{"calendar":"lunar","year":2025,"month":1,"day":10,"leap":true}`,
    /// `year` only when known and `leap` only when true.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("calendar", "lunar")?;
        if let Some(y) = self.year {
            map.serialize_entry("year", &y)?;
        }
        map.serialize_entry("month", &self.month)?;
        map.serialize_entry("day", &self.day)?;
        if self.leap {
            map.serialize_entry("leap", &true)?;
        }
        map.end()
    }
}

/// `INT` of the source: the floor, as an integer.
fn int(x: f64) -> i64 {
    // The values here are day numbers and month counts, far inside i64.
    x.floor() as i64
}

/// The Julian day number of a Gregorian date (the source's jdFromDate).
fn jd_from_date(day: u8, month: u8, year: i32) -> i64 {
    calendar::days_from_civil(year, month, day) + JD_UNIX_EPOCH
}

/// The moment (Julian day, UT) of the `k`-th new moon after the one of
/// 1 January 1900 (Meeus, chapter 49, as in the source's NewMoon).
fn new_moon(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let dr = PI / 180.0;
    let mut jd1 = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd1 += 0.000_33 * ((166.56 + 132.87 * t - 0.009_173 * t2) * dr).sin();
    let m = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let mpr = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let f = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let mut c1 = (0.1734 - 0.000_393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 = c1 - 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 = c1 + 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 = c1 - 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 = c1 - 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 = c1 + 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    let deltat = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd1 + c1 - deltat
}

/// The day (Julian day number, UTC+7) of the `k`-th new moon.
fn new_moon_day(k: i64, tz: f64) -> i64 {
    int(new_moon(k) + 0.5 + tz / 24.0)
}

/// The sun's apparent longitude, in radians in [0, 2π), at Julian day
/// `jdn` (Meeus, chapter 25, as in the source's SunLongitude).
fn sun_longitude(jdn: f64) -> f64 {
    let t = (jdn - 2_451_545.0) / 36525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let mut dl = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * (dr * m).sin();
    dl = dl + (0.019_993 - 0.000_101 * t) * (dr * 2.0 * m).sin() + 0.000_290 * (dr * 3.0 * m).sin();
    let l = (l0 + dl) * dr;
    l - PI * 2.0 * (l / (PI * 2.0)).floor()
}

/// Which of the twelve 30° arcs the sun is in at the start of day `day`
/// (UTC+7): 0 from the spring equinox; the major term of month 11 is the
/// winter solstice, arc 9.
fn sun_arc(day: i64, tz: f64) -> i64 {
    int(sun_longitude(day as f64 - 0.5 - tz / 24.0) / PI * 6.0)
}

/// The first day of the eleventh lunar month of the lunar year ending
/// around the end of Gregorian `year` (the month holding the solstice).
fn month_11(year: i32, tz: f64) -> i64 {
    let off = jd_from_date(31, 12, year) - 2_415_021;
    let k = int(off as f64 / 29.530_588_853);
    let nm = new_moon_day(k, tz);
    if sun_arc(nm, tz) >= 9 {
        new_moon_day(k - 1, tz)
    } else {
        nm
    }
}

/// In a thirteen-month year starting at month 11 on day `a11`, the index
/// (counted from that month) of the first month without a major term: the
/// leap month.
fn leap_month_offset(a11: i64, tz: f64) -> i64 {
    let k = int((a11 as f64 - 2_415_021.076_998_695) / 29.530_588_853 + 0.5);
    let mut i = 1;
    let mut arc = sun_arc(new_moon_day(k + i, tz), tz);
    loop {
        let last = arc;
        i += 1;
        arc = sun_arc(new_moon_day(k + i, tz), tz);
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The lunar date of Julian day number `jd` (the source's convertSolar2Lunar).
fn jd_to_lunar(jd: i64) -> Option<LunarDate> {
    let (y, _, _) = calendar::civil_from_days(jd - JD_UNIX_EPOCH);
    let year = i32::try_from(y).ok()?;
    let tz = if jd >= JD_TET_1968 { 7.0 } else { 8.0 };
    let k = int((jd as f64 - 2_415_021.076_998_695) / 29.530_588_853);
    let mut month_start = new_moon_day(k + 1, tz);
    if month_start > jd {
        month_start = new_moon_day(k, tz);
    }
    // The source's estimate of `k` can be one lunation late (19 April
    // 1939 in UTC+8): step back once more so that the day is in the month.
    if month_start > jd {
        month_start = new_moon_day(k - 1, tz);
    }
    let mut a11 = month_11(year, tz);
    let mut b11 = a11;
    let mut lunar_year;
    if a11 >= month_start {
        lunar_year = year;
        a11 = month_11(year - 1, tz);
    } else {
        lunar_year = year + 1;
        b11 = month_11(year + 1, tz);
    }
    let day = jd - month_start + 1;
    let diff = (month_start - a11).div_euclid(29);
    let mut leap = false;
    let mut month = diff + 11;
    if b11 - a11 > 365 {
        let leap_diff = leap_month_offset(a11, tz);
        if diff >= leap_diff {
            month = diff + 10;
            leap = diff == leap_diff;
        }
    }
    if month > 12 {
        month -= 12;
    }
    if month >= 11 && diff < 4 {
        lunar_year -= 1;
    }
    Some(LunarDate {
        year: lunar_year,
        month: u8::try_from(month).ok()?,
        day: u8::try_from(day).ok()?,
        leap,
    })
}

/// The Julian day number of a lunar date (the source's
/// convertLunar2Solar); `None` for a leap month the year does not have.
fn lunar_to_jd(date: LunarDate) -> Option<i64> {
    let tz = time_zone_of_year(date.year);
    let (a11, b11) = if date.month < 11 {
        (month_11(date.year - 1, tz), month_11(date.year, tz))
    } else {
        (month_11(date.year, tz), month_11(date.year + 1, tz))
    };
    let k = int(0.5 + (a11 as f64 - 2_415_021.076_998_695) / 29.530_588_853);
    let mut off = i64::from(date.month) - 11;
    if off < 0 {
        off += 12;
    }
    if b11 - a11 > 365 {
        let leap_off = leap_month_offset(a11, tz);
        let mut leap_month = leap_off - 2;
        if leap_month < 0 {
            leap_month += 12;
        }
        if date.leap && i64::from(date.month) != leap_month {
            return None;
        }
        if date.leap || off >= leap_off {
            off += 1;
        }
    } else if date.leap {
        return None;
    }
    Some(new_moon_day(k + off, tz) + i64::from(date.day) - 1)
}

/// True when `word` (folded to lower case) is one of the ten heavenly
/// stems that open the name of a year of the sixty-year cycle ("Đinh" of
/// "Đinh Dậu").
pub(crate) fn is_heavenly_stem(word: &str) -> bool {
    matches!(
        word,
        "giáp" | "ất" | "bính" | "đinh" | "mậu" | "kỷ" | "canh" | "tân" | "nhâm" | "quý"
    )
}

/// True when `word` (folded to lower case) is one of the twelve earthly
/// branches that close the name of a year of the sixty-year cycle ("Dậu"
/// of "Đinh Dậu"), with the spellings "mẹo" and "tị".
pub(crate) fn is_earthly_branch(word: &str) -> bool {
    matches!(
        word,
        "tý" | "sửu"
            | "dần"
            | "mão"
            | "mẹo"
            | "thìn"
            | "tỵ"
            | "tị"
            | "ngọ"
            | "mùi"
            | "thân"
            | "dậu"
            | "tuất"
            | "hợi"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        let tet = LunarDate::new(2025, 1, 1, false).unwrap();
        assert_eq!(tet.to_solar().unwrap().to_string(), "29/1/2025");
        let d = PartialDate::new(Some(2023), Some(3), Some(22)).unwrap();
        assert_eq!(LunarDate::from_solar(d), LunarDate::new(2023, 2, 1, true));
    }
}
