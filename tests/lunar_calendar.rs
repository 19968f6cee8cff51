//! The lunar calendar against published tables: the solar date of Tết
//! (lunar new year) for every year from 1900 to 2100 but one, and known leap
//! months (`tests/data/lunar_tet.tsv`, see its header), plus round trips.

use vietnorm::time::{LunarDate, PartialDate};

fn table() -> String {
    std::fs::read_to_string(format!(
        "{}/tests/data/lunar_tet.tsv",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn tet_dates_1900_to_2100() {
    let mut rows = 0;
    let mut failures = Vec::new();
    for line in table().lines() {
        if line.starts_with('#') || line.starts_with("year\t") || line.starts_with("leap\t") {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let year: i32 = cols[0].parse().unwrap();
        let ymd: Vec<u32> = cols[1].split('-').map(|p| p.parse().unwrap()).collect();
        let solar =
            PartialDate::new(Some(ymd[0] as i32), Some(ymd[1] as u8), Some(ymd[2] as u8)).unwrap();
        let tet = LunarDate::new(year, 1, 1, false).unwrap();
        rows += 1;
        if tet.to_solar() != Some(solar) {
            failures.push(format!(
                "{year}: table {solar}, computed {:?}",
                tet.to_solar()
            ));
        }
        if LunarDate::from_solar(solar) != Some(tet) {
            failures.push(format!(
                "{year}: {solar} read back as {:?}",
                LunarDate::from_solar(solar)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(rows, 200);
}

#[test]
fn known_leap_months() {
    let mut rows = 0;
    for line in table().lines() {
        let Some(rest) = line.strip_prefix("leap\t") else {
            continue;
        };
        let (y, m) = rest.split_once('\t').unwrap();
        let (y, m): (i32, u8) = (y.parse().unwrap(), m.parse().unwrap());
        rows += 1;
        assert!(
            LunarDate::new(y, m, 1, true).is_some(),
            "{y}: no leap month {m}"
        );
        for other in (1..=12).filter(|&o| o != m) {
            assert!(
                LunarDate::new(y, other, 1, true).is_none(),
                "{y}: leap month {other}?"
            );
        }
    }
    assert!(rows >= 14);
}

#[test]
fn every_day_1900_to_2100_round_trips() {
    let first = PartialDate::new(Some(1900), Some(1), Some(31)).unwrap();
    let mut lunar = LunarDate::from_solar(first).unwrap();
    assert_eq!((lunar.year(), lunar.month(), lunar.day()), (1900, 1, 1));
    let mut prev: Option<LunarDate> = None;
    for y in 1900..=2100 {
        for m in 1..=12u8 {
            for d in 1..=31u8 {
                let Ok(solar) = PartialDate::new(Some(y), Some(m), Some(d)) else {
                    continue;
                };
                lunar = LunarDate::from_solar(solar).unwrap();
                assert_eq!(lunar.to_solar(), Some(solar), "{solar} -> {lunar}");
                assert!((1..=30).contains(&lunar.day()), "{solar} -> {lunar}");
                if let Some(p) = prev {
                    // Consecutive days: the next lunar day, or day 1 after 29 or 30.
                    if lunar.day() != 1 {
                        assert_eq!(lunar.day(), p.day() + 1, "{solar}");
                    } else {
                        assert!(
                            p.day() == 29 || p.day() == 30,
                            "{solar}: month of {} days",
                            p.day()
                        );
                    }
                }
                prev = Some(lunar);
            }
        }
    }
}
