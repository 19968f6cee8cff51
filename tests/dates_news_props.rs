//! Property tests for the forms of issue 9 (dates and times as news writes
//! them): no panic on text built from the new words, the lunar calendar
//! round trip over 1900–2100, reference completion that never changes what
//! was written, ordered and disjoint spans, and linear time on walls of the
//! new forms.

#[path = "support/linear_time.rs"]
mod linear_time;
#[path = "support/time_scan.rs"]
mod time_scan;

use proptest::prelude::*;
use vietnorm::time::{
    DateField, DateValue, Entity, LunarDate, Parser, PartialDate, PartialLunarDate, Reference,
};

/// Text made of the words and shapes of the new forms.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Tết", "Nguyên", "đán", "mùng", "mồng", "rằm", "tháng", "Giêng", "âm", "lịch", "Giỗ", "Tổ",
        "Hùng", "Vương", "Giáng", "sinh", "thập", "niên", "kỷ", "những", "năm", "đầu", "giữa",
        "cuối", "tuần", "này", "qua", "tới", "sắp", "vừa", "cách", "đây", "ngày", "thứ", "Hai",
        "sáng", "sớm", "tối", "muộn", "đêm", "khuya", "chiều", "nay", "tiên", "của", "giờ", "Hà",
        "Nội", "CET", "CST", "EST", "GMT", "lúc", "vào", "21g", "g", "1", "3", "15", "28", "90",
        "1990", "2026", "17", "/", "-", " -", "(", ")", ",", " ", " ", " ", "\n", "Chạp", "chạp",
        "giêng", "ÂL", "AL", "30", "23", "27", "10", "hết", "hôm", "tức",
    ]);
    prop::collection::vec(piece, 0..24).prop_map(|v| v.join(""))
}

fn reference() -> Reference {
    "2025-10-29T08:30".parse().unwrap()
}

/// A lunar value is one `PartialLunarDate::new` accepts.
fn check_lunar(l: &PartialLunarDate) {
    assert_eq!(
        PartialLunarDate::new(l.year(), l.month(), l.day(), l.is_leap()),
        Some(*l)
    );
}

fn check_scan(parser: &Parser, text: &str) {
    time_scan::check_scan(parser, text, |m| match m.entity {
        Entity::Date(DateValue::Date(d)) => {
            assert!(d.inferred().is_empty() || d.year().is_some());
        }
        Entity::Date(DateValue::Lunar(l)) => {
            // Only without a reference.
            assert!(parser.get_reference().is_none(), "{text:?}");
            check_lunar(&l);
        }
        Entity::Date(DateValue::LunarRange(r)) => {
            assert!(parser.get_reference().is_none(), "{text:?}");
            check_lunar(&r.from);
            check_lunar(&r.to);
        }
        _ => {}
    });
}

proptest! {
    #[test]
    fn no_panic_and_ordered_spans(s in newsish()) {
        let with = Parser::new().reference(reference());
        for p in [Parser::new(), with] {
            let _ = p.parse_date_value(&s);
            let _ = p.parse_time_value(&s);
            let _ = p.parse_datetime_value(&s);
            let _ = p.parse_duration(&s);
            check_scan(&p, &s);
        }
        let _ = vietnorm::extract::Extractor::new().reference(reference()).extract(&s);
    }

    #[test]
    fn no_panic_on_any_text(s in any::<String>()) {
        let p = Parser::new().reference(reference());
        let _ = p.parse_date_value(&s);
        let _ = p.parse_datetime_value(&s);
        check_scan(&p, &s);
    }

    /// lunar → solar → lunar is the identity, for every lunar date the
    /// calendar has from 1900 to 2100.
    #[test]
    fn lunar_solar_lunar_round_trip(
        year in 1900i32..=2100, month in 1u8..=12, day in 1u8..=30, leap in any::<bool>()
    ) {
        if let Some(lunar) = LunarDate::new(year, month, day, leap) {
            let solar = lunar.to_solar().expect("a valid lunar date has a solar date");
            prop_assert_eq!(LunarDate::from_solar(solar), Some(lunar));
        } else {
            // Only day 30 of a short month or a leap month the year lacks.
            prop_assert!(day == 30 || leap);
        }
    }

    /// solar → lunar → solar is the identity, on every valid day from Tết
    /// 1900 (1900-01-31) to 2100.
    #[test]
    fn solar_lunar_solar_round_trip(y in 1900i32..=2100, m in 1u8..=12, d in 1u8..=31) {
        let Ok(solar) = PartialDate::new(Some(y), Some(m), Some(d)) else {
            return Ok(()); // not a day of that month
        };
        prop_assume!((y, m, d) >= (1900, 1, 31));
        let lunar = LunarDate::from_solar(solar).expect("in range");
        prop_assert_eq!(lunar.to_solar(), Some(solar));
    }

    /// Reference completion keeps the written day and month, adds only the
    /// year, and says so; without a reference nothing is added.
    #[test]
    fn completion_never_changes_written_fields(
        day in 1u8..=31, month in 1u8..=12,
        ry in 1950i32..=2090, rm in 1u8..=12, rd in 1u8..=28,
        direction in prop::sample::select(vec!["", " tới", " vừa qua"]),
    ) {
        prop_assume!(PartialDate::new(None, Some(month), Some(day)).is_ok());
        let text = format!("ngày {day}/{month}{direction}");
        let plain = Parser::new().parse_date(&text).unwrap();
        prop_assert_eq!((plain.year(), plain.month(), plain.day()), (None, Some(month), Some(day)));
        prop_assert!(plain.inferred().is_empty());
        let r = Reference::new(ry, rm, rd).unwrap();
        let done = Parser::new().reference(r).parse_date(&text).unwrap();
        prop_assert_eq!((done.month(), done.day()), (Some(month), Some(day)));
        prop_assert!(done.inferred().contains(DateField::Year));
        prop_assert!(!done.inferred().contains(DateField::Month));
        let y = done.year().unwrap();
        // The nearest: within a year of the reference, except 29 February.
        if !(month == 2 && day == 29) {
            prop_assert!((y - ry).abs() <= 1, "{} -> {}", text, y);
        }
        let after = (y, month, day) >= (ry, rm, rd);
        let before = (y, month, day) <= (ry, rm, rd);
        match direction {
            " tới" => prop_assert!(after, "{} -> {}", text, y),
            " vừa qua" => prop_assert!(before, "{} -> {}", text, y),
            _ => {}
        }
    }
}

proptest! {
    /// A lunar date without its year prints as what the parser reads back.
    #[test]
    fn lunar_dates_round_trip_through_display(month in 1u8..=12, day in 1u8..=30, to_day in 1u8..=30) {
        let d = PartialLunarDate::new(None, month, day, false).unwrap();
        let text = d.to_string();
        prop_assert_eq!(vietnorm::time::parse_date_value(&text), Ok(DateValue::Lunar(d)), "{}", text);
        let to = PartialLunarDate::new(None, month % 12 + 1, to_day, false).unwrap();
        let range = DateValue::LunarRange(vietnorm::time::Interval::new(d, to));
        let text = range.to_string();
        prop_assert_eq!(vietnorm::time::parse_date_value(&text), Ok(range), "{}", text);
    }

    /// The lunar forms give the written lunar month and day: as they are
    /// without a reference, and as the solar date of that lunar day with
    /// one (its year inferred); "30 Tết" in a year whose tháng Chạp has 29
    /// days is its last day.
    #[test]
    fn lunar_forms_keep_their_lunar_fields(
        form in 0usize..6, day in 1u8..=30, month in 1u8..=12,
        ry in 1950i32..=2090, rm in 1u8..=12, rd in 1u8..=28,
    ) {
        let (text, month, day) = match form {
            0 => (format!("mùng {day} tháng Giêng"), 1, day),
            1 => (format!("ngày {day} tháng Chạp"), 12, day),
            2 => (format!("rằm tháng {month}"), month, 15),
            3 => (format!("ngày {day}/{month} âm lịch"), month, day),
            4 => (format!("{day}/{month} (ÂL)"), month, day),
            _ => {
                let d = if day <= 10 { day } else { 20 + day % 11 };
                (format!("ngày {d} Tết"), if d <= 10 { 1 } else { 12 }, d)
            }
        };
        if form >= 3 {
            // A solar day-month first: the day must fit the month somewhere.
            prop_assume!(PartialDate::new(None, Some(month), Some(day)).is_ok());
        }
        let plain = Parser::new().parse_date_value(&text).unwrap();
        let DateValue::Lunar(l) = plain else {
            return Err(TestCaseError::fail(format!("{text}: {plain:?}")));
        };
        prop_assert_eq!((l.year(), l.month(), l.day(), l.is_leap()), (None, month, day, false));
        let r = Reference::new(ry, rm, rd).unwrap();
        let Ok(done) = Parser::new().reference(r).parse_date(&text) else {
            // Only a 30th no lunar month near the reference has.
            prop_assert_eq!(day, 30, "{}", text);
            return Ok(());
        };
        prop_assert!(done.inferred().contains(DateField::Year));
        let back = LunarDate::from_solar(done).unwrap();
        prop_assert_eq!(back.month(), month, "{} -> {}", text, done);
        prop_assert!(
            back.day() == day || (month, day, back.day()) == (12, 30, 29),
            "{} -> {} ({})", text, done, back
        );
    }
}

/// Scanning time grows linearly on walls of the new forms.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn linear_time_on_walls_of_new_forms() {
    let patterns = [
        "Tết Nguyên đán ",
        "mùng 1 Tết (",
        "thập niên ",
        "những năm ",
        "cuối tuần ",
        "ngày thứ Hai ",
        "Sáng nay, ngày ",
        "sáng sớm ",
        "rằm tháng ",
        "2013 -",
        "mùng 10 tháng Giêng ",
        "chiều 30 Tết ",
        "từ 29 tháng Chạp đến ",
        "15/8 (âm lịch) ",
    ];
    let parser = Parser::new().reference(reference());
    linear_time::assert_linear(&patterns, (20_000, 200_000), 40.0, |text| {
        parser.scan(text).count()
    });
}

/// The serialized shape of lunar values (CONTRACT.md): `calendar` first,
/// `year` when known, `leap` only when true.
#[test]
fn lunar_values_serialize_with_their_calendar() {
    let leap = PartialLunarDate::new(Some(2023), 2, 1, true).unwrap();
    assert_eq!(
        serde_json::to_string(&leap).unwrap(),
        r#"{"calendar":"lunar","year":2023,"month":2,"day":1,"leap":true}"#
    );
    let plain = DateValue::Lunar(PartialLunarDate::new(None, 12, 23, false).unwrap());
    assert_eq!(
        serde_json::to_string(&plain).unwrap(),
        r#"{"calendar":"lunar","month":12,"day":23}"#
    );
    assert_eq!(plain.to_string(), "23/12 âm lịch");
    assert_eq!(leap.to_string(), "1/2 nhuận/2023 âm lịch");
    let full = LunarDate::new(2023, 2, 1, true).unwrap();
    assert_eq!(PartialLunarDate::from(full), leap);
    assert_eq!(leap.to_lunar_date(), Some(full));
}
