//! The compact notation the number table tests write their expected values
//! in: `21`, `5..7`, `5..less_than 7` (a bound's own qualifier), `about 83500000 USD`, `5.2%`, `#3` (an ordinal),
//! `3 kg` and `8 tạ/ha` (measures: value and canonical unit symbols),
//! `500 VND/l` and `7%/year` (rates: `/` and the unit they are per),
//! `810000 VND/3 month` (a rate per a number of units),
//! `3/4` (a fraction, as written).
#![allow(dead_code)]

use vietnorm::number::{Quantity, Value};

/// A value or interval: `21`, `5..7`; a bound's own qualifier before it,
/// `5..less_than 7`.
pub fn value(v: &Value) -> String {
    let bound = |d: &vietnorm::number::Decimal, q: &Option<vietnorm::number::Qualifier>| match q {
        Some(q) => format!("{q} {d}"),
        None => d.to_string(),
    };
    match v {
        Value::Exact(d) => d.to_string(),
        Value::Interval {
            min,
            max,
            min_qualifier,
            max_qualifier,
        } => format!(
            "{}..{}",
            bound(min, min_qualifier),
            bound(max, max_qualifier)
        ),
        _ => "?".to_string(),
    }
}

/// `/UNIT` for a rate, `/N UNIT` for a rate per N units, else nothing.
fn per(p: Option<vietnorm::number::Unit>, count: Option<u32>) -> String {
    match (p, count) {
        (Some(u), Some(c)) => format!("/{c} {u}"),
        (Some(u), None) => format!("/{u}"),
        (None, _) => String::new(),
    }
}

/// A quantity, its qualifier first: `more_than 10000000000 VND`.
pub fn show(q: &Quantity) -> String {
    let with_qualifier = |s: String, q: Option<vietnorm::number::Qualifier>| match q {
        Some(q) => format!("{q} {s}"),
        None => s,
    };
    match q {
        Quantity::Number(n) => with_qualifier(value(&n.value), n.qualifier),
        Quantity::Money(m) => with_qualifier(
            format!(
                "{} {}{}",
                value(&m.amount),
                m.currency,
                per(m.per, m.per_count)
            ),
            m.qualifier,
        ),
        Quantity::Percent(p) => with_qualifier(
            format!("{}%{}", value(&p.value), per(p.per, p.per_count)),
            p.qualifier,
        ),
        Quantity::Measure(m) => with_qualifier(
            format!("{} {}{}", value(&m.value), m.unit, per(m.per, m.per_count)),
            m.qualifier,
        ),
        Quantity::Fraction(f) => {
            with_qualifier(format!("{}/{}", f.numerator, f.denominator), f.qualifier)
        }
        Quantity::Ordinal(o) => format!("#{}", o.value),
        _ => "?".to_string(),
    }
}

/// What the scanner finds in `text`, in the notation the running-text
/// tables write: `SPAN => VALUE`, joined by ` ; `.
pub fn scanned(text: &str) -> String {
    vietnorm::number::scan(text)
        .map(|m| {
            format!(
                "{} => {}",
                text.get(m.start..m.end).unwrap_or("?"),
                show(&m.quantity)
            )
        })
        .collect::<Vec<_>>()
        .join(" ; ")
}
