//! Property tests for measures, rates and fractions: parse(display(x)) == x,
//! SI conversions exact, no panic on any input.

use proptest::prelude::*;
use vietnorm::number::{
    Decimal, Dimension, Fraction, Measure, Qualifier, Unit, Value, parse_fraction, parse_measure,
};

/// Units that stand after a number on their own (not only after a slash:
/// times, counted things, and "100km" of "lít/100km").
fn measure_units() -> Vec<Unit> {
    Unit::all()
        .filter(|u| !matches!(u.dimension(), Dimension::Time | Dimension::Count))
        .filter(|u| u.symbol() != "100km")
        .collect()
}

fn unit() -> impl Strategy<Value = Unit> {
    proptest::sample::select(measure_units())
}

/// Units to be per, chosen so that "X/Y" is never itself a unit of the
/// table ("m/s", "km/h").
fn per() -> impl Strategy<Value = Option<Unit>> {
    proptest::option::of(proptest::sample::select(
        ["ha", "m²", "day", "year", "người", "kg", "tháng"]
            .iter()
            .filter_map(|s| Unit::from_symbol(s))
            .collect::<Vec<_>>(),
    ))
}

fn qualifier() -> impl Strategy<Value = Option<Qualifier>> {
    proptest::option::of(prop_oneof![
        Just(Qualifier::MoreThan),
        Just(Qualifier::LessThan),
        Just(Qualifier::About),
        Just(Qualifier::AtLeast),
        Just(Qualifier::AtMost),
    ])
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (-1_000_000_000_000i64..1_000_000_000_000, 0u32..6)
        .prop_map(|(m, s)| Decimal::new(i128::from(m), s).unwrap())
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        decimal().prop_map(Value::Exact),
        (decimal(), decimal()).prop_map(|(a, b)| {
            let (min, max) = if a <= b { (a, b) } else { (b, a) };
            if min == max {
                Value::Exact(min)
            } else {
                Value::interval(min, max)
            }
        }),
    ]
}

/// A measure; an interval with no qualifier of its own may have bounds
/// with theirs ("từ 2 đến dưới 5 kg"), which the grammar reads only then.
fn measure() -> impl Strategy<Value = Measure> {
    (
        value(),
        unit(),
        per(),
        proptest::option::of(2u32..=999),
        qualifier(),
        qualifier(),
        qualifier(),
    )
        .prop_map(|(value, unit, per, count, qualifier, low, high)| {
            let value = match value {
                Value::Interval { min, max, .. } if qualifier.is_none() => Value::Interval {
                    min,
                    max,
                    min_qualifier: low,
                    max_qualifier: high,
                },
                v => v,
            };
            // A measure is per a number of units of time only ("100mm/6
            // giờ"), never per "/100 …" (the unit of fuel use's form).
            let per_count = count
                .filter(|&c| c != 100 && per.is_some_and(|p| p.dimension() == Dimension::Time));
            Measure {
                value,
                unit,
                per,
                per_count,
                qualifier,
            }
        })
}

proptest! {
    #[test]
    fn measures_parse_back(m in measure()) {
        let text = m.to_string();
        let back = parse_measure(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(back, m, "{}", text);
    }

    #[test]
    fn fractions_parse_back(
        numerator in -1_000_000i128..1_000_000,
        denominator in 1i128..1_000_000,
        qualifier in qualifier(),
    ) {
        let f = Fraction { numerator, denominator, qualifier };
        let text = f.to_string();
        let back = parse_fraction(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(back, f, "{}", text);
        // The value, when there is one, times the denominator is the numerator.
        if let Some(v) = f.value() {
            prop_assert_eq!(v.checked_mul(Decimal::from(denominator)).ok(), Some(Decimal::from(numerator)));
        }
    }

    #[test]
    fn si_conversion_is_exact(v in decimal(), u in unit()) {
        let m = Measure { value: Value::Exact(v), unit: u, per: None, per_count: None, qualifier: None };
        match (m.si(), u.si_factor()) {
            (Some((Value::Exact(si), si_unit)), Some(f)) => {
                prop_assert_eq!(Some(si), v.checked_mul(f).ok());
                prop_assert_eq!(Some(si_unit.as_str()), u.si_unit());
            }
            (None, None) => {}
            (None, Some(f)) => prop_assert!(v.checked_mul(f).is_err(), "{} {}", v, u),
            (si, f) => prop_assert!(false, "{:?} with factor {:?}", si, f),
        }
    }

    #[test]
    fn never_panics(s in "\\PC{0,40}") {
        let _ = parse_measure(&s);
        let _ = parse_fraction(&s);
        let _ = vietnorm::extract::extract(&s);
    }
}

#[test]
fn rates_divide_exactly_or_not_at_all() {
    let m = parse_measure("8 tạ/ha").unwrap();
    assert_eq!(m.si().unwrap().0, Value::Exact("0.08".parse().unwrap()));
    // Per hour: 1/3600 is not a finite decimal.
    assert_eq!(parse_measure("5 kg/giờ").unwrap().si(), None);
    // Per second: exact.
    let flow = parse_measure("500 m3/s").unwrap();
    assert_eq!(
        flow.si().unwrap(),
        (Value::Exact(500.into()), "m³/s".to_string())
    );
}
