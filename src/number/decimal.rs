//! An exact decimal number: an integer mantissa and a power-of-ten scale.
//!
//! Why not `f64`: amounts in news are exact ("83,5 triệu" is 83 500 000, not
//! 83 499 999.99…), and a parser that rounds cannot be tested for round
//! trips. Why not `rust_decimal` as the core type: it is an optional
//! dependency here (see the `rust_decimal` feature for conversions), and the
//! parser needs only a handful of checked operations.
//!
//! The value is always kept *normalized*: no trailing zeros after the point
//! (`1.10` is stored as mantissa 11, scale 1). So derived equality is value
//! equality and `Display` is canonical without extra work.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// The largest number of digits after the point a [`Decimal`] keeps.
///
/// ```
/// use vietnorm::number::{Decimal, MAX_SCALE};
///
/// let fine = format!("0.{}1", "0".repeat(MAX_SCALE as usize - 1));
/// assert_eq!(fine.parse::<Decimal>()?.scale(), MAX_SCALE);
/// let too_fine = format!("0.{}1", "0".repeat(MAX_SCALE as usize));
/// assert!(too_fine.parse::<Decimal>().is_err());
/// # Ok::<(), vietnorm::number::ParseDecimalError>(())
/// ```
pub const MAX_SCALE: u32 = 30;

/// An exact decimal number: digits and a scale, never a float.
///
/// `Display` writes the canonical form of the project's contract: no exponent,
/// no thousands separators, `.` as the point, no trailing zeros, no `+`.
/// Arithmetic is checked: overflow is an error ([`DecimalError`]), never a
/// wrap or a panic.
///
/// ```
/// use vietnorm::number::Decimal;
///
/// let d: Decimal = "83.50".parse()?;
/// assert_eq!(d.to_string(), "83.5");
/// assert_eq!(d.mantissa(), 835);
/// assert_eq!(d.scale(), 1);
/// let million = Decimal::from(1_000_000);
/// assert_eq!(d.checked_mul(million)?.to_string(), "83500000");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

/// An arithmetic or construction error of [`Decimal`]: the result does not
/// fit (more than about 38 significant digits, or more than [`MAX_SCALE`]
/// digits after the point).
///
/// ```
/// use vietnorm::number::Decimal;
///
/// let big = Decimal::new(i128::MAX, 0)?;
/// let err = big.checked_add(Decimal::ONE).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "decimal overflow: the result needs more than 128 bits or more than 30 digits after the point"
/// );
/// # Ok::<(), vietnorm::number::DecimalError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecimalError;

impl fmt::Display for DecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "decimal overflow: the result needs more than 128 bits or more than {MAX_SCALE} digits after the point"
        )
    }
}

impl std::error::Error for DecimalError {}

/// `10^exp` as an `i128`, if it fits.
pub(crate) const fn pow10(exp: u32) -> Option<i128> {
    10i128.checked_pow(exp)
}

impl Decimal {
    /// Zero.
    ///
    /// ```
    /// assert_eq!(vietnorm::number::Decimal::ZERO.to_string(), "0");
    /// ```
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    /// One.
    ///
    /// ```
    /// assert_eq!(vietnorm::number::Decimal::ONE.to_string(), "1");
    /// ```
    pub const ONE: Decimal = Decimal {
        mantissa: 1,
        scale: 0,
    };

    /// The decimal `mantissa × 10^-scale`, normalized.
    ///
    /// Fails when `scale` is above [`MAX_SCALE`] even after dropping trailing
    /// zeros.
    ///
    /// ```
    /// use vietnorm::number::Decimal;
    /// assert_eq!(Decimal::new(-325, 2)?.to_string(), "-3.25");
    /// assert_eq!(Decimal::new(1500, 3)?.to_string(), "1.5");
    /// # Ok::<(), vietnorm::number::DecimalError>(())
    /// ```
    pub const fn new(mantissa: i128, scale: u32) -> Result<Decimal, DecimalError> {
        let mut m = mantissa;
        let mut s = scale;
        while s > 0 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        if s > MAX_SCALE {
            return Err(DecimalError);
        }
        Ok(Decimal {
            mantissa: m,
            scale: s,
        })
    }

    /// An integer as a decimal.
    ///
    /// ```
    /// assert_eq!(vietnorm::number::Decimal::from_i64(-7).to_string(), "-7");
    /// ```
    pub const fn from_i64(value: i64) -> Decimal {
        Decimal {
            mantissa: value as i128,
            scale: 0,
        }
    }

    /// The integer digits of the value, sign included (`-3.25` → `-325`).
    ///
    /// ```
    /// assert_eq!("-3.25".parse::<vietnorm::number::Decimal>()?.mantissa(), -325);
    /// # Ok::<(), vietnorm::number::ParseDecimalError>(())
    /// ```
    pub const fn mantissa(&self) -> i128 {
        self.mantissa
    }

    /// How many digits are after the point (`-3.25` → `2`).
    ///
    /// ```
    /// assert_eq!("-3.25".parse::<vietnorm::number::Decimal>()?.scale(), 2);
    /// # Ok::<(), vietnorm::number::ParseDecimalError>(())
    /// ```
    pub const fn scale(&self) -> u32 {
        self.scale
    }

    /// True for values below zero.
    ///
    /// ```
    /// assert!(vietnorm::number::Decimal::from_i64(-1).is_negative());
    /// ```
    pub const fn is_negative(&self) -> bool {
        self.mantissa < 0
    }

    /// True for zero.
    ///
    /// ```
    /// assert!(vietnorm::number::Decimal::ZERO.is_zero());
    /// ```
    pub const fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    /// True when there are no digits after the point.
    ///
    /// ```
    /// assert!(vietnorm::number::Decimal::from_i64(5).is_integer());
    /// ```
    pub const fn is_integer(&self) -> bool {
        self.scale == 0
    }

    /// The value as an `i128` when it is an integer.
    ///
    /// ```
    /// use vietnorm::number::Decimal;
    /// assert_eq!(Decimal::from_i64(21).to_i128(), Some(21));
    /// assert_eq!(Decimal::new(5, 1)?.to_i128(), None);
    /// # Ok::<(), vietnorm::number::DecimalError>(())
    /// ```
    pub const fn to_i128(&self) -> Option<i128> {
        if self.scale == 0 {
            Some(self.mantissa)
        } else {
            None
        }
    }

    /// The absolute value; fails only for the most negative mantissa.
    ///
    /// ```
    /// assert_eq!(vietnorm::number::Decimal::from_i64(-2).checked_abs()?.to_string(), "2");
    /// # Ok::<(), vietnorm::number::DecimalError>(())
    /// ```
    pub const fn checked_abs(self) -> Result<Decimal, DecimalError> {
        match self.mantissa.checked_abs() {
            Some(m) => Ok(Decimal {
                mantissa: m,
                scale: self.scale,
            }),
            None => Err(DecimalError),
        }
    }

    /// The negated value.
    ///
    /// ```
    /// assert_eq!(vietnorm::number::Decimal::ONE.checked_neg()?.to_string(), "-1");
    /// # Ok::<(), vietnorm::number::DecimalError>(())
    /// ```
    pub const fn checked_neg(self) -> Result<Decimal, DecimalError> {
        match self.mantissa.checked_neg() {
            Some(m) => Ok(Decimal {
                mantissa: m,
                scale: self.scale,
            }),
            None => Err(DecimalError),
        }
    }

    /// Both mantissas brought to the larger scale.
    fn aligned(self, other: Decimal) -> Result<(i128, i128, u32), DecimalError> {
        // Two integers, or two decimals of one scale, the common case of
        // the scanners' comparisons ("2.500 người" against a bound): no
        // power of ten to raise nor 128-bit product to check (speed3
        // probe).
        if self.scale == other.scale {
            return Ok((self.mantissa, other.mantissa, self.scale));
        }
        let scale = self.scale.max(other.scale);
        let a = pow10(scale - self.scale)
            .and_then(|p| self.mantissa.checked_mul(p))
            .ok_or(DecimalError)?;
        let b = pow10(scale - other.scale)
            .and_then(|p| other.mantissa.checked_mul(p))
            .ok_or(DecimalError)?;
        Ok((a, b, scale))
    }

    /// `self + other`.
    ///
    /// ```
    /// use vietnorm::number::Decimal;
    /// let sum = Decimal::new(15, 1)?.checked_add(Decimal::new(25, 2)?)?;
    /// assert_eq!(sum.to_string(), "1.75");
    /// # Ok::<(), vietnorm::number::DecimalError>(())
    /// ```
    pub fn checked_add(self, other: Decimal) -> Result<Decimal, DecimalError> {
        let (a, b, scale) = self.aligned(other)?;
        Decimal::new(a.checked_add(b).ok_or(DecimalError)?, scale)
    }

    /// `self - other`.
    ///
    /// ```
    /// use vietnorm::number::Decimal;
    /// let d = Decimal::from_i64(2).checked_sub(Decimal::new(5, 1)?)?;
    /// assert_eq!(d.to_string(), "1.5");
    /// # Ok::<(), vietnorm::number::DecimalError>(())
    /// ```
    pub fn checked_sub(self, other: Decimal) -> Result<Decimal, DecimalError> {
        self.checked_add(other.checked_neg()?)
    }

    /// `self × other`.
    ///
    /// ```
    /// use vietnorm::number::Decimal;
    /// let d = Decimal::new(835, 1)?.checked_mul(Decimal::from_i64(1_000_000))?;
    /// assert_eq!(d.to_string(), "83500000");
    /// # Ok::<(), vietnorm::number::DecimalError>(())
    /// ```
    pub fn checked_mul(self, other: Decimal) -> Result<Decimal, DecimalError> {
        let m = self
            .mantissa
            .checked_mul(other.mantissa)
            .ok_or(DecimalError)?;
        Decimal::new(m, self.scale + other.scale)
    }

    /// `self × 10^exp` (a negative `exp` divides, exactly).
    ///
    /// ```
    /// use vietnorm::number::Decimal;
    /// assert_eq!(Decimal::new(25, 1)?.checked_mul_pow10(6)?.to_string(), "2500000");
    /// assert_eq!(Decimal::from_i64(5).checked_mul_pow10(-1)?.to_string(), "0.5");
    /// # Ok::<(), vietnorm::number::DecimalError>(())
    /// ```
    pub fn checked_mul_pow10(self, exp: i32) -> Result<Decimal, DecimalError> {
        if exp >= 0 {
            let up = exp.unsigned_abs();
            if up <= self.scale {
                return Decimal::new(self.mantissa, self.scale - up);
            }
            let p = pow10(up - self.scale).ok_or(DecimalError)?;
            Decimal::new(self.mantissa.checked_mul(p).ok_or(DecimalError)?, 0)
        } else {
            Decimal::new(self.mantissa, self.scale + exp.unsigned_abs())
        }
    }

    /// The integer part (towards zero) and the fraction digits as a string
    /// of exactly `scale` digits, both without sign.
    pub(crate) fn split_abs(&self) -> (u128, String) {
        let abs = self.mantissa.unsigned_abs();
        if self.scale == 0 {
            return (abs, String::new());
        }
        match 10u128.checked_pow(self.scale) {
            Some(p) => {
                let frac = abs % p;
                let mut digits = frac.to_string();
                while (digits.len() as u32) < self.scale {
                    digits.insert(0, '0');
                }
                (abs / p, digits)
            }
            // Unreachable with MAX_SCALE = 30; a scale this large means a
            // value below one.
            None => {
                let mut digits = abs.to_string();
                while (digits.len() as u32) < self.scale {
                    digits.insert(0, '0');
                }
                (0, digits)
            }
        }
    }

    /// Vietnamese grouping: `.` between thousands, `,` before the fraction
    /// (`83.500.000`, `1.234.567,89`, `-0,5`).
    ///
    /// ```
    /// use vietnorm::number::Decimal;
    /// assert_eq!(Decimal::from_i64(83_500_000).to_vietnamese(), "83.500.000");
    /// assert_eq!("1234567.89".parse::<Decimal>()?.to_vietnamese(), "1.234.567,89");
    /// # Ok::<(), vietnorm::number::ParseDecimalError>(())
    /// ```
    pub fn to_vietnamese(&self) -> String {
        let (int, frac) = self.split_abs();
        let mut out = String::new();
        if self.is_negative() {
            out.push('-');
        }
        let digits = int.to_string();
        let len = digits.len();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (len - i) % 3 == 0 {
                out.push('.');
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(',');
            out.push_str(&frac);
        }
        out
    }

    /// Vietnamese short form with a scale word, as headlines write amounts:
    /// `83,5 triệu`, `9,098 tỷ`, `1.200 tỷ`. Values below one thousand are
    /// written as [`to_vietnamese`](Self::to_vietnamese) does.
    ///
    /// ```
    /// use vietnorm::number::Decimal;
    /// assert_eq!(Decimal::from_i64(83_500_000).to_vietnamese_scaled(), "83,5 triệu");
    /// assert_eq!(Decimal::from_i64(9_098_000_000).to_vietnamese_scaled(), "9,098 tỷ");
    /// assert_eq!(Decimal::from_i64(750).to_vietnamese_scaled(), "750");
    /// ```
    pub fn to_vietnamese_scaled(&self) -> String {
        let abs = self.mantissa.unsigned_abs();
        let int = match 10u128.checked_pow(self.scale) {
            Some(p) => abs / p,
            None => 0,
        };
        let (exp, word) = if int >= 1_000_000_000 {
            (9, "tỷ")
        } else if int >= 1_000_000 {
            (6, "triệu")
        } else if int >= 1_000 {
            (3, "nghìn")
        } else {
            return self.to_vietnamese();
        };
        match self.checked_mul_pow10(-exp) {
            Ok(scaled) => format!("{} {word}", scaled.to_vietnamese()),
            Err(_) => self.to_vietnamese(),
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (int, frac) = self.split_abs();
        if self.is_negative() {
            f.write_str("-")?;
        }
        write!(f, "{int}")?;
        if !frac.is_empty() {
            write!(f, ".{frac}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({self})")
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        match self.aligned(*other) {
            Ok((a, b, _)) => a.cmp(&b),
            // Alignment overflowed: compare sign, then integer part, then
            // the fraction digits as strings of equal length.
            Err(_) => {
                let sign = |d: &Decimal| d.mantissa.signum();
                match sign(self).cmp(&sign(other)) {
                    Ordering::Equal => {}
                    unequal => return unequal,
                }
                let (ia, mut fa) = self.split_abs();
                let (ib, mut fb) = other.split_abs();
                let width = fa.len().max(fb.len());
                while fa.len() < width {
                    fa.push('0');
                }
                while fb.len() < width {
                    fb.push('0');
                }
                let abs = ia.cmp(&ib).then_with(|| fa.cmp(&fb));
                if self.is_negative() {
                    abs.reverse()
                } else {
                    abs
                }
            }
        }
    }
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Decimal {
            fn from(value: $t) -> Decimal {
                Decimal { mantissa: i128::from(value), scale: 0 }
            }
        }
    )*};
}
from_int!(i8, i16, i32, i64, u8, u16, u32, u64);

impl TryFrom<u128> for Decimal {
    type Error = DecimalError;
    fn try_from(value: u128) -> Result<Decimal, DecimalError> {
        Ok(Decimal {
            mantissa: i128::try_from(value).map_err(|_| DecimalError)?,
            scale: 0,
        })
    }
}

impl From<i128> for Decimal {
    fn from(value: i128) -> Decimal {
        Decimal {
            mantissa: value,
            scale: 0,
        }
    }
}

/// Why a string is not a canonical decimal: what and at which byte.
///
/// ```
/// let err = "12a".parse::<vietnorm::number::Decimal>().unwrap_err();
/// assert_eq!(err.offset(), 2);
/// assert_eq!(err.to_string(), "invalid character `a` at byte 2");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseDecimalError {
    offset: usize,
    what: ParseDecimalWhat,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ParseDecimalWhat {
    Empty,
    Invalid(char),
    Overflow,
}

impl ParseDecimalError {
    /// The byte offset of the failure in the input.
    ///
    /// ```
    /// assert_eq!("".parse::<vietnorm::number::Decimal>().unwrap_err().offset(), 0);
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }
}

impl fmt::Display for ParseDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.what {
            ParseDecimalWhat::Empty => write!(f, "no digits at byte {}", self.offset),
            ParseDecimalWhat::Invalid(c) => {
                write!(f, "invalid character `{c}` at byte {}", self.offset)
            }
            ParseDecimalWhat::Overflow => {
                write!(f, "number too large at byte {}", self.offset)
            }
        }
    }
}

impl std::error::Error for ParseDecimalError {}

/// Parses the canonical machine form: optional sign, digits, optional `.`
/// and digits (`-3.25`, `+7`, `.5`, `10.`). No separators, no exponent: for
/// numbers as Vietnamese text writes them use
/// [`parse_number`](crate::number::parse_number).
impl FromStr for Decimal {
    type Err = ParseDecimalError;

    fn from_str(s: &str) -> Result<Decimal, ParseDecimalError> {
        let bytes = s.as_bytes();
        let mut i = 0;
        let negative = match bytes.first() {
            Some(b'-') => {
                i = 1;
                true
            }
            Some(b'+') => {
                i = 1;
                false
            }
            _ => false,
        };
        let mut mantissa: i128 = 0;
        let mut scale: u32 = 0;
        let mut digits = 0usize;
        let mut seen_point = false;
        for (offset, c) in s.char_indices().skip(i) {
            match c {
                '0'..='9' => {
                    let d = i128::from(c as u8 - b'0');
                    let next = mantissa.checked_mul(10).and_then(|m| m.checked_add(d));
                    let Some(next) = next else {
                        return Err(ParseDecimalError {
                            offset,
                            what: ParseDecimalWhat::Overflow,
                        });
                    };
                    mantissa = next;
                    digits += 1;
                    if seen_point {
                        scale += 1;
                    }
                }
                '.' if !seen_point => seen_point = true,
                other => {
                    return Err(ParseDecimalError {
                        offset,
                        what: ParseDecimalWhat::Invalid(other),
                    });
                }
            }
        }
        if digits == 0 {
            return Err(ParseDecimalError {
                offset: s.len(),
                what: ParseDecimalWhat::Empty,
            });
        }
        if negative {
            mantissa = -mantissa;
        }
        Decimal::new(mantissa, scale).map_err(|_| ParseDecimalError {
            offset: 0,
            what: ParseDecimalWhat::Overflow,
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "rust_decimal")]
impl TryFrom<Decimal> for rust_decimal::Decimal {
    type Error = DecimalError;
    /// Fails when the value needs more than 96 bits or 28 decimal places.
    fn try_from(value: Decimal) -> Result<rust_decimal::Decimal, DecimalError> {
        rust_decimal::Decimal::try_from_i128_with_scale(value.mantissa, value.scale)
            .map_err(|_| DecimalError)
    }
}

#[cfg(feature = "rust_decimal")]
impl From<rust_decimal::Decimal> for Decimal {
    fn from(value: rust_decimal::Decimal) -> Decimal {
        // A rust_decimal mantissa has 96 bits and a scale of at most 28, so
        // it always fits; normalization cannot fail below MAX_SCALE.
        Decimal::new(value.mantissa(), value.scale()).unwrap_or(Decimal::ZERO)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_display() {
        for (s, want) in [
            ("0", "0"),
            ("-0", "0"),
            ("1.10", "1.1"),
            ("0.5", "0.5"),
            ("-3.25", "-3.25"),
            ("100.000", "100"),
            (".5", "0.5"),
            ("0.0001", "0.0001"),
        ] {
            assert_eq!(s.parse::<Decimal>().unwrap().to_string(), want, "{s}");
        }
    }

    #[test]
    fn ordering_and_overflow() {
        let a: Decimal = "1.5".parse().unwrap();
        let b: Decimal = "1.25".parse().unwrap();
        assert!(a > b);
        assert!(Decimal::new(i128::MAX, 0).unwrap().checked_mul(a).is_err());
        assert!(
            "999999999999999999999999999999999999999999"
                .parse::<Decimal>()
                .is_err()
        );
        let tiny = Decimal::new(1, 30).unwrap();
        let huge = Decimal::new(i128::MAX, 0).unwrap();
        assert!(tiny < huge);
        assert!(huge.checked_neg().unwrap() < tiny);
    }

    #[cfg(feature = "rust_decimal")]
    #[test]
    fn rust_decimal_conversions() {
        let d: Decimal = "-83.5".parse().unwrap();
        let r = rust_decimal::Decimal::try_from(d).unwrap();
        assert_eq!(r.to_string(), "-83.5");
        assert_eq!(Decimal::from(r), d);
        let too_big = Decimal::new(i128::MAX, 0).unwrap();
        assert!(rust_decimal::Decimal::try_from(too_big).is_err());
    }

    #[test]
    fn vietnamese_forms() {
        let d: Decimal = "-1234567.89".parse().unwrap();
        assert_eq!(d.to_vietnamese(), "-1.234.567,89");
        assert_eq!(Decimal::from(1_000u32).to_vietnamese_scaled(), "1 nghìn");
        assert_eq!(
            Decimal::from(1_200_000_000_000u64).to_vietnamese_scaled(),
            "1.200 tỷ"
        );
    }
}
