//! Property tests: round trips through words and Vietnamese formatting, and
//! the scanner's invariants on arbitrary input.

use proptest::prelude::*;
use vietnorm::number::{
    Decimal, FiveAfterTen, FourAfterTen, Speller, ThousandWord, Value, ZeroTens, parse_money,
    parse_number, parse_percent, scan,
};

fn speller() -> impl Strategy<Value = Speller> {
    (
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(ngan, le, bon, nham, zero_hundreds)| {
            Speller::new()
                .thousand(if ngan {
                    ThousandWord::Ngan
                } else {
                    ThousandWord::Nghin
                })
                .zero_tens(if le { ZeroTens::Le } else { ZeroTens::Linh })
                .four(if bon {
                    FourAfterTen::Bon
                } else {
                    FourAfterTen::Tu
                })
                .five(if nham {
                    FiveAfterTen::Nham
                } else {
                    FiveAfterTen::Lam
                })
                .zero_hundreds(zero_hundreds)
        })
}

/// Integers up to 10^18, weighted towards the shapes that break readers:
/// small numbers, round numbers, zeros inside.
fn integer() -> impl Strategy<Value = u64> {
    prop_oneof![
        0u64..=1_000,
        0u64..=1_000_000_000_000_000_000,
        (0u32..=18, 0u64..=999).prop_map(|(e, k)| k
            .saturating_mul(10u64.pow(e))
            .min(1_000_000_000_000_000_000)),
        (0u32..=18, 0u32..=18, 1u64..=9, 1u64..=9).prop_map(|(e1, e2, a, b)| {
            (a * 10u64.pow(e1))
                .saturating_add(b * 10u64.pow(e2))
                .min(1_000_000_000_000_000_000)
        }),
    ]
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..=8)
        .prop_map(|(m, s)| Decimal::new(i128::from(m), s).unwrap_or(Decimal::ZERO))
}

fn exact(text: &str) -> Option<Decimal> {
    match parse_number(text) {
        Ok(n) => match n.value {
            Value::Exact(d) if n.qualifier.is_none() => Some(d),
            _ => None,
        },
        Err(_) => None,
    }
}

proptest! {
    #[test]
    fn words_parse_back(n in integer(), s in speller()) {
        let words = s.number(&n.into());
        prop_assert_eq!(exact(&words), Some(Decimal::from(n)), "{}", words);
    }

    #[test]
    fn decimal_words_parse_back(d in decimal(), s in speller()) {
        let words = s.number(&d);
        prop_assert_eq!(exact(&words), Some(d), "{}", words);
    }

    #[test]
    fn money_words_parse_back(
        n in 0u64..=1_000_000_000_000,
        s in speller(),
        i in 0usize..vietnorm::number::Currency::ALL.len(),
    ) {
        let currency = vietnorm::number::Currency::ALL[i];
        let words = s.money(&n.into(), currency);
        let m = parse_money(&words).map_err(|e| TestCaseError::fail(format!("{words}: {e}")))?;
        prop_assert_eq!(m.amount, Value::Exact(n.into()), "{}", words);
        prop_assert_eq!(m.currency, currency, "{}", words);
    }

    #[test]
    fn vietnamese_formatting_parses_back(d in decimal()) {
        let grouped = d.to_vietnamese();
        prop_assert_eq!(exact(&grouped), Some(d), "{}", grouped);
        let scaled = d.to_vietnamese_scaled();
        prop_assert_eq!(exact(&scaled), Some(d), "{}", scaled);
    }

    #[test]
    fn canonical_display_parses_back(d in decimal()) {
        prop_assert_eq!(d.to_string().parse::<Decimal>().ok(), Some(d));
    }

    #[test]
    fn parsers_never_panic(s in any::<String>()) {
        let _ = parse_number(&s);
        let _ = parse_money(&s);
        let _ = parse_percent(&s);
        let _ = vietnorm::number::parse_number_prefix(&s);
        let _ = vietnorm::number::parse_measure(&s);
        let _ = vietnorm::number::parse_fraction(&s);
    }

    #[test]
    fn scanner_spans_are_ordered_and_on_boundaries(s in any::<String>()) {
        check_spans(&s)?;
    }

    #[test]
    fn scanner_spans_on_number_soup(parts in proptest::collection::vec(prop_oneof![
        Just("một"), Just("hai"), Just("mươi"), Just("mốt"), Just("trăm"), Just("nghìn"),
        Just("triệu"), Just("tỷ"), Just("rưỡi"), Just("phẩy"), Just("linh"), Just("năm"),
        Just("hơn"), Just("khoảng"), Just("từ"), Just("đến"), Just("đồng"), Just("USD"),
        Just("$"), Just("%"), Just("-"), Just("/"), Just(","), Just("."), Just("thứ"),
        Just("1"), Just("23"), Just("1.000"), Just("0,5"), Just("09"), Just("k"), Just("tr"),
        Just(" "), Just("  "), Just("Ngày"), Just("L"), Just("\u{301}"),
        Just("kg"), Just("mét"), Just("ha"), Just("tấn"), Just("độ"), Just("C"), Just("°"),
        Just("phần"), Just("tư"), Just("hàng"), Just("x"), Just("GB"), Just("m"), Just("t"),
        Just("\""), Just("mỗi"), Just("dân"), Just("chiếm"), Just("là"),
    ], 0..40)) {
        let text: String = parts.concat();
        check_spans(&text)?;
        let spaced = parts.join(" ");
        check_spans(&spaced)?;
    }
}

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for m in scan(text) {
        prop_assert!(m.start < m.end, "empty span {:?} in {:?}", m, text);
        prop_assert!(m.start >= last_end, "overlap {:?} in {:?}", m, text);
        prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        prop_assert!(m.end <= text.len());
        last_end = m.end;
    }
    Ok(())
}

#[test]
fn adversarial_inputs_finish() {
    for unit in ["1.1.", "một ", "9", "hai mươi ", "1,", "- ", "thứ ", "hơn "] {
        let text = unit.repeat(40_000 / unit.len());
        let n = scan(&text).count();
        assert!(n <= text.len());
    }
}
