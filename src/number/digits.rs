//! Digit runs as news writes them: which `.` and `,` are thousands
//! separators and which is the decimal point.
//!
//! Vietnamese writes `.` between thousands and `,` before the fraction
//! ("1.234.567,89"); English-style text that occurs in the same papers writes
//! the opposite. The rules, in order (DESIGN.md, "Numbers and money"):
//!
//! 1. Only digits: an integer.
//! 2. One kind of separator, used once:
//!    - `,` is always the decimal point ("83,5", "9,098 tỷ" = 9.098 billion):
//!      Vietnamese never writes a thousands comma alone.
//!    - `.` followed by exactly three digits is a thousands separator
//!      ("55.000"); followed by one, two or more than three digits it can
//!      only be an English decimal point ("5.5 tỷ", "0.77").
//! 3. One kind of separator, used several times: thousands separators, and
//!    every group after the first must have exactly three digits
//!    ("3.000.000", "1,234,567"); otherwise it is not a number ("1.1.1").
//! 4. Both kinds: the last separator is the decimal point and must be the only
//!    one of its kind, all the others are thousands separators in groups of
//!    three ("1.234.567,89", "1,234,567.89").
//!
//! A first group never has more than three digits when there are thousands
//! separators ("1234.567" is not a number).

use super::decimal::Decimal;

/// Why a digit run is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LiteralError {
    /// Separators in an impossible arrangement ("1.1.1", "12.34,5.6").
    Separators,
    /// Too many digits.
    Overflow,
}

/// A digit run read as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Literal {
    pub value: Decimal,
    /// The run had a `.` or `,`.
    pub separated: bool,
    /// The run had a decimal point.
    pub fractional: bool,
    /// The run starts with `0` and has more digits before any point
    /// ("007", "0912"): codes and phone numbers, not quantities.
    pub leading_zero: bool,
    /// Number of digits in the run.
    pub digits: usize,
    /// Number of digits after the decimal point, as written.
    pub frac_digits: usize,
}

/// Reads a run of ASCII digits, `.` and `,` (as the lexer cuts it: it starts
/// and ends with a digit).
pub(crate) fn parse_literal(run: &str) -> Result<Literal, LiteralError> {
    let bytes = run.as_bytes();
    match plain_literal(bytes) {
        Some(lit) => Ok(lit),
        None => general_literal(bytes),
    }
}

/// [`parse_literal`] of any run: separators counted, the decimal point
/// found, the groups checked, the digits summed with overflow checks.
fn general_literal(bytes: &[u8]) -> Result<Literal, LiteralError> {
    let dots = bytes.iter().filter(|&&b| b == b'.').count();
    let commas = bytes.iter().filter(|&&b| b == b',').count();
    // The decimal point's byte index, if any; every other separator is a
    // thousands separator.
    let point = match (dots, commas) {
        (0, 0) => None,
        (0, 1) => bytes.iter().position(|&b| b == b','),
        (1, 0) => {
            let at = bytes.iter().position(|&b| b == b'.');
            let after = at.map_or(0, |i| bytes.len() - i - 1);
            if after == 3 { None } else { at }
        }
        (_, 0) | (0, _) => None,
        _ => {
            // Both kinds: the last separator is the point, and it must be
            // the only one of its kind.
            let last = bytes.iter().rposition(|&b| b == b'.' || b == b',');
            let point_count = if last.and_then(|i| bytes.get(i)) == Some(&b',') {
                commas
            } else {
                dots
            };
            if point_count != 1 {
                return Err(LiteralError::Separators);
            }
            last
        }
    };
    let (int_part, frac_part) = match point {
        Some(i) => (
            bytes.get(..i).unwrap_or_default(),
            bytes.get(i + 1..).unwrap_or_default(),
        ),
        None => (bytes, &[][..]),
    };
    // Thousands groups: first 1–3 digits, then exactly 3 each.
    let mut groups = int_part.split(|&b| b == b'.' || b == b',');
    let grouped = int_part.iter().any(|&b| b == b'.' || b == b',');
    if grouped {
        let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
        if !first_ok || !groups.all(|g| g.len() == 3) {
            return Err(LiteralError::Separators);
        }
    }
    let mut mantissa: i128 = 0;
    let mut digits = 0usize;
    for &b in int_part.iter().chain(frac_part) {
        if b.is_ascii_digit() {
            mantissa = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(b - b'0')))
                .ok_or(LiteralError::Overflow)?;
            digits += 1;
        }
    }
    let scale = u32::try_from(frac_part.len()).map_err(|_| LiteralError::Overflow)?;
    let value = Decimal::new(mantissa, scale).map_err(|_| LiteralError::Overflow)?;
    let leading_zero =
        int_part.first() == Some(&b'0') && int_part.get(1).is_some_and(u8::is_ascii_digit);
    Ok(Literal {
        value,
        separated: dots + commas > 0,
        fractional: point.is_some(),
        leading_zero,
        digits,
        frac_digits: frac_part.len(),
    })
}

/// [`parse_literal`] of a run of 1 to 18 ASCII digits and nothing else
/// ("5", "2020", "0912"), most of the runs the scanners read: its value
/// summed in a `u64`, which 18 digits cannot overflow, instead of counting
/// separators and checking a 128-bit product at each digit (speed3
/// probe). `None` for any other run, which the general reading takes.
fn plain_literal(bytes: &[u8]) -> Option<Literal> {
    if bytes.is_empty() || bytes.len() > 18 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mantissa = bytes
        .iter()
        .fold(0u64, |m, &b| m * 10 + u64::from(b - b'0'));
    Some(Literal {
        value: Decimal::new(i128::from(mantissa), 0).ok()?,
        separated: false,
        fractional: false,
        leading_zero: bytes.len() > 1 && bytes.first() == Some(&b'0'),
        digits: bytes.len(),
        frac_digits: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_runs_read_as_the_general_reading_does() {
        let mut runs: Vec<String> = (0..=2100).map(|n| n.to_string()).collect();
        runs.extend(["0", "00", "007", "0912345678", "999999999999999999"].map(String::from));
        runs.extend(["1000000000000000000", "12345678901234567890123"].map(String::from));
        for run in runs {
            let plain = plain_literal(run.as_bytes());
            let general = general_literal(run.as_bytes()).ok();
            if run.len() <= 18 {
                assert_eq!(plain, general, "{run}");
            } else {
                assert_eq!(plain, None, "{run}");
            }
        }
    }

    fn value(s: &str) -> Option<String> {
        parse_literal(s).ok().map(|l| l.value.to_string())
    }

    #[test]
    fn separator_rules() {
        for (input, want) in [
            ("55.000", Some("55000")),
            ("1.234.567,89", Some("1234567.89")),
            ("83,5", Some("83.5")),
            ("0,77", Some("0.77")),
            ("9,098", Some("9.098")),
            ("1,234,567", Some("1234567")),
            ("1,234,567.89", Some("1234567.89")),
            ("5.5", Some("5.5")),
            ("1.10", Some("1.1")),
            ("3.000.000", Some("3000000")),
            ("1.1.1", None),
            ("1234.567", None),
            ("12.34,5.6", None),
            ("1.234,56,7", None),
            ("1,234.5", Some("1234.5")),
            ("1.234,5", Some("1234.5")),
            ("1,2.345", None),
        ] {
            assert_eq!(value(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn overflow_is_an_error() {
        let long = "9".repeat(60);
        assert_eq!(parse_literal(&long), Err(LiteralError::Overflow));
    }
}
