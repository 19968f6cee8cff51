//! Property tests for date-times: no panics, well-formed spans, valid
//! values, round trips through `Display`, and linear time.

#[path = "support/linear_time.rs"]
mod linear_time;
#[path = "support/time_scan.rs"]
mod time_scan;

use proptest::prelude::*;
use vietnorm::time::{
    DateTime, DateTimeValue, DayPart, Entity, Interval, Parser, PartialDate, Reference, TimeOfDay,
    UtcOffset, Weekday,
};

/// Text made of the pieces date-times are made of.
fn datetimeish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "ngày", "tháng", "năm", "thứ", "Hai", "Tư", "Chủ", "nhật", "hôm", "qua", "nay", "mai",
        "từ", "đến", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng", "buổi", "giờ", "phút",
        "h", "lúc", "vào", "SN", "1984", "30", "29", "10", "2025", "1", "12", "0", "8", "/", "-",
        "–", ".", ":", ",", "(", ")", "GMT", "+7", " ", " ", " ", "\n", "khoảng", "trong", "kéo",
        "dài",
    ]);
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

fn check_datetime(d: &DateTime) {
    let date = d.date();
    assert!(date.day().is_some() || date.weekday().is_some(), "{d:?}");
    assert!(d.time().is_some() || d.part_of_day().is_some(), "{d:?}");
    if let Some(t) = d.time() {
        assert!(t.hour() <= 23 && t.minute().is_none_or(|m| m <= 59));
    }
}

fn check_value(v: &DateTimeValue) {
    match v {
        DateTimeValue::DateTime(d) => check_datetime(d),
        DateTimeValue::Range(r) => {
            check_datetime(&r.from);
            check_datetime(&r.to);
        }
        _ => {}
    }
}

fn check_scan(parser: &Parser, text: &str) {
    time_scan::check_scan(parser, text, |m| {
        if let Entity::DateTime(v) = &m.entity {
            check_value(v);
        }
    });
}

fn reference() -> Parser {
    Parser::new().reference("2025-10-29T08:30".parse::<Reference>().unwrap())
}

const PARTS: [DayPart; 5] = [
    DayPart::Morning,
    DayPart::Noon,
    DayPart::Afternoon,
    DayPart::Evening,
    DayPart::Night,
];

/// True when an hour written with this part of the day reads back as the
/// same hour (DESIGN.md, "Parts of the day"): "21h tối" is 21, but "9h
/// tối" is 21, not 9.
fn hour_agrees(part: DayPart, hour: u8) -> bool {
    match part {
        DayPart::Noon => !(1..=4).contains(&hour),
        DayPart::Afternoon | DayPart::Evening => !(1..=11).contains(&hour),
        DayPart::Night => !(6..=12).contains(&hour),
        _ => true,
    }
}

/// A date-time whose `Display` the parser reads: the date has a day, the
/// hour agrees with the part of the day.
fn datetime() -> impl Strategy<Value = Option<DateTime>> {
    (
        prop::option::of(1000i32..=2999),
        prop::option::of(1u8..=12),
        1u8..=31,
        prop::option::of(1u8..=7),
        prop::option::of((
            0u8..=23,
            prop::option::of(0u8..=59),
            prop::option::of(-56i16..=56),
        )),
        prop::option::of(0usize..5),
    )
        .prop_map(|(year, month, day, weekday, time, part)| {
            let mut date = PartialDate::new(year, month, Some(day)).ok()?;
            if let Some(w) = weekday.and_then(Weekday::from_number) {
                date = date.with_weekday(w).ok()?;
            }
            let part = part.and_then(|p| PARTS.get(p).copied());
            let dt = match (time, part) {
                (None, None) => return None,
                (None, Some(p)) => DateTime::from_part_of_day(date, p),
                (Some((h, m, offset)), part) => {
                    let mut t = TimeOfDay::new(h, m).ok()?;
                    if let Some(o) = offset.and_then(|q| UtcOffset::from_minutes(q * 15)) {
                        t = t.with_utc_offset(o);
                    }
                    let dt = DateTime::new(date, t);
                    match part {
                        Some(p) if hour_agrees(p, h) => dt.with_part_of_day(p),
                        Some(_) => return None,
                        None => dt,
                    }
                }
            };
            Some(dt)
        })
}

proptest! {
    #[test]
    fn no_panic_on_any_text(s in any::<String>()) {
        for p in [Parser::new(), reference()] {
            if let Ok(v) = p.parse_datetime_value(&s) {
                check_value(&v);
            }
            check_scan(&p, &s);
        }
    }

    #[test]
    fn datetimeish_text_gives_valid_values_and_spans(s in datetimeish()) {
        for p in [Parser::new(), reference()] {
            if let Ok(v) = p.parse_datetime_value(&s) {
                check_value(&v);
            }
            check_scan(&p, &s);
        }
    }

    #[test]
    fn datetimes_round_trip_through_display(dt in datetime()) {
        let Some(dt) = dt else { return Ok(()) };
        let text = dt.to_string();
        prop_assert_eq!(vietnorm::time::parse_datetime(&text), Ok(dt), "{}", text);
    }

    #[test]
    fn datetime_ranges_round_trip_through_display(a in datetime(), b in datetime()) {
        let (Some(a), Some(b)) = (a, b) else { return Ok(()) };
        // Each end must be complete enough not to borrow from the other.
        if a.date() != b.date() && !(a.date().is_complete() && b.date().is_complete()) {
            return Ok(());
        }
        // A zone written once after the range is both ends' (CONVENTIONS,
        // opening of the thirty-third blind set), so a start with no zone
        // before an end with one is read with the end's: the parser never
        // gives such a value, and its text says the other.
        let zone = |d: &vietnorm::time::DateTime| d.time().and_then(|t| t.utc_offset());
        if zone(&a).is_none() && a.time().is_some() && zone(&b).is_some() {
            return Ok(());
        }
        let v = DateTimeValue::Range(Interval::new(a, b));
        let text = v.to_string();
        prop_assert_eq!(vietnorm::time::parse_datetime_value(&text), Ok(v), "{}", text);
    }

    #[test]
    fn a_datetime_scans_whole_in_a_sentence(dt in datetime()) {
        // The text `Display` writes is found whole in running text, with
        // the same value, when the date is complete (without a year, "1/4"
        // is a fraction in running text unless a date word cues it).
        let Some(dt) = dt.filter(|d| d.date().is_complete()) else { return Ok(()) };
        let text = format!("Tin: {dt}. Hết.");
        let found: Vec<_> = Parser::new().scan(&text).collect();
        prop_assert_eq!(found.len(), 1, "{}", text);
        prop_assert_eq!(found[0].entity, Entity::DateTime(DateTimeValue::DateTime(dt)), "{}", text);
    }
}

/// Scanning time grows linearly on inputs built to chain date-time rules:
/// four times the input takes about four times as long.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn linear_time_on_adversarial_input() {
    let patterns = [
        "14h ngày ",
        "sáng 29/10 lúc 8h ",
        "từ 8h ngày 1/1 đến ",
        "15 giờ 30 ngày ",
        "thứ Hai (",
        "lúc 9h, ",
    ];
    linear_time::assert_linear(&patterns, (256 * 1024, 1024 * 1024), 12.0, |text| {
        Parser::new().scan(text).count()
    });
}
