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
use vietnorm::time::{DateField, DateValue, Entity, LunarDate, Parser, PartialDate, Reference};

/// Text made of the words and shapes of the new forms.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Tết", "Nguyên", "đán", "mùng", "mồng", "rằm", "tháng", "Giêng", "âm", "lịch", "Giỗ", "Tổ",
        "Hùng", "Vương", "Giáng", "sinh", "thập", "niên", "kỷ", "những", "năm", "đầu", "giữa",
        "cuối", "tuần", "này", "qua", "tới", "sắp", "vừa", "cách", "đây", "ngày", "thứ", "Hai",
        "sáng", "sớm", "tối", "muộn", "đêm", "khuya", "chiều", "nay", "tiên", "của", "giờ", "Hà",
        "Nội", "CET", "CST", "EST", "GMT", "lúc", "vào", "21g", "g", "1", "3", "15", "28", "90",
        "1990", "2026", "17", "/", "-", " -", "(", ")", ",", " ", " ", " ", "\n",
    ]);
    prop::collection::vec(piece, 0..24).prop_map(|v| v.join(""))
}

fn reference() -> Reference {
    "2025-10-29T08:30".parse().unwrap()
}

fn check_scan(parser: &Parser, text: &str) {
    time_scan::check_scan(parser, text, |m| {
        if let Entity::Date(DateValue::Date(d)) = m.entity {
            assert!(d.inferred().is_empty() || d.year().is_some());
        }
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

/// Scanning time grows linearly on walls of the new forms.
#[test]
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
    ];
    let parser = Parser::new().reference(reference());
    linear_time::assert_linear(&patterns, (20_000, 200_000), 40.0, |text| {
        parser.scan(text).count()
    });
}
