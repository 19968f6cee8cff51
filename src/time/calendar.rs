//! Proleptic Gregorian arithmetic: leap years, month lengths, weekdays and
//! day offsets.
//!
//! Why not `jiff`: it is an optional dependency, and the only arithmetic the
//! parser needs (validate a day, move a date by days or months, find a
//! weekday) fits in the two classic conversions between a civil date and a
//! day count (Howard Hinnant, "chrono-Compatible Low-Level Date
//! Algorithms"), which are exact for every year the types allow.

/// True for Gregorian leap years.
pub(crate) const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1–12) of `year`; 0 for a month out of range.
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The most days `month` can have in any year (29 for February).
pub(crate) const fn max_days_in_month(month: u8) -> u8 {
    days_in_month(2000, month)
}

/// Days since 1970-01-01 of a valid civil date.
pub(crate) const fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = if month <= 2 {
        year as i64 - 1
    } else {
        year as i64
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub(crate) const fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    (year, month, day)
}

/// ISO weekday number (1 = Monday … 7 = Sunday) of a valid civil date.
pub(crate) const fn iso_weekday(year: i32, month: u8, day: u8) -> u8 {
    // 1970-01-01 was a Thursday (4).
    ((days_from_civil(year, month, day) + 3).rem_euclid(7) + 1) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_known_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(iso_weekday(2025, 10, 29), 3);
        assert_eq!(iso_weekday(2017, 2, 2), 4);
        for d in -800_000..800_000i64 {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y as i32, m, dd), d);
        }
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
    }
}
