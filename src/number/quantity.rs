//! The values the parsers and the scanner return: numbers, money,
//! percentages and ordinals, each exact or an interval, with an optional
//! qualifier ("hơn", "khoảng", …).
//!
//! With the `serde` feature they serialize to exactly the fields of the
//! command-line contract: `value` (or `min` and `max`), `amount` and
//! `currency` for money, `qualifier` when there is one.

use std::fmt;

use super::currency::Currency;
use super::decimal::Decimal;
use super::unit::{Unit, to_si};

/// A word that bounds or approximates a quantity.
///
/// ```
/// use vietnorm::number::{parse_number, Qualifier};
///
/// let n = parse_number("hơn 100")?;
/// assert_eq!(n.qualifier, Some(Qualifier::MoreThan));
/// assert_eq!(Qualifier::AtMost.as_str(), "at_most");
/// # Ok::<(), vietnorm::number::ParseNumberError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Qualifier {
    /// hơn, trên, hơn … nữa, nhiều hơn, cao hơn.
    MoreThan,
    /// dưới, chưa đến, chưa tới, không tới, ít hơn.
    LessThan,
    /// khoảng, gần, chừng, xấp xỉ.
    About,
    /// ít nhất, tối thiểu, không dưới, không ít hơn.
    AtLeast,
    /// tối đa, nhiều nhất, không quá.
    AtMost,
}

impl Qualifier {
    /// The contract's name: `more_than`, `less_than`, `about`, `at_least`,
    /// `at_most`.
    ///
    /// ```
    /// assert_eq!(vietnorm::number::Qualifier::About.as_str(), "about");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::About => "about",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
        }
    }
}

impl Qualifier {
    /// The Vietnamese word that writes the qualifier back: `hơn`,
    /// `dưới`, `khoảng`, `ít nhất`, `tối đa`.
    ///
    /// ```
    /// assert_eq!(vietnorm::number::Qualifier::LessThan.word(), "dưới");
    /// ```
    pub const fn word(&self) -> &'static str {
        match self {
            Qualifier::MoreThan => "hơn",
            Qualifier::LessThan => "dưới",
            Qualifier::About => "khoảng",
            Qualifier::AtLeast => "ít nhất",
            Qualifier::AtMost => "tối đa",
        }
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An exact value or an interval ("5-7", "từ 5 đến 7").
///
/// ```
/// use vietnorm::number::{parse_number, Qualifier, Value};
///
/// let n = parse_number("từ 5 đến 7 triệu")?;
/// assert_eq!(n.value, Value::interval(5_000_000.into(), 7_000_000.into()));
///
/// // A bound may carry its own qualifier: below 50 million.
/// let m = parse_number("từ 2 triệu đến dưới 50 triệu")?;
/// let Value::Interval { max, max_qualifier, .. } = m.value else { unreachable!() };
/// assert_eq!((max, max_qualifier), (50_000_000.into(), Some(Qualifier::LessThan)));
/// # Ok::<(), vietnorm::number::ParseNumberError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Value {
    /// One value.
    Exact(Decimal),
    /// From `min` to `max`, `min <= max`, both included unless a bound
    /// carries its own qualifier.
    Interval {
        /// The lower bound.
        min: Decimal,
        /// The upper bound.
        max: Decimal,
        /// The lower bound's own qualifier, when the text gives it one:
        /// "từ trên 1 tỷ đến 10 tỷ đồng" is from more than a billion. A
        /// qualifier of the whole interval ("khoảng 5-7") is the
        /// quantity's `qualifier`.
        min_qualifier: Option<Qualifier>,
        /// The upper bound's own qualifier: "từ 2 triệu đến dưới 50 triệu
        /// đồng" is up to less than 50 million.
        max_qualifier: Option<Qualifier>,
    },
}

impl Value {
    /// The interval from `min` to `max`, both included, no bound
    /// qualified.
    ///
    /// ```
    /// use vietnorm::number::Value;
    /// let v = Value::interval(5.into(), 7.into());
    /// assert_eq!(v.bounds(), (5.into(), 7.into()));
    /// ```
    pub const fn interval(min: Decimal, max: Decimal) -> Value {
        Value::Interval {
            min,
            max,
            min_qualifier: None,
            max_qualifier: None,
        }
    }

    /// The exact value, if it is not an interval.
    ///
    /// ```
    /// use vietnorm::number::{Decimal, Value};
    /// assert_eq!(Value::Exact(Decimal::ONE).exact(), Some(Decimal::ONE));
    /// ```
    pub const fn exact(&self) -> Option<Decimal> {
        match self {
            Value::Exact(d) => Some(*d),
            Value::Interval { .. } => None,
        }
    }

    /// The value with `f` applied to it, or to both bounds (their
    /// qualifiers kept); `None` when `f` gives none for one of them.
    ///
    /// ```
    /// use vietnorm::number::{Decimal, Value};
    /// let v = Value::interval(5.into(), 7.into());
    /// let doubled = v.try_map(|d| d.checked_mul(Decimal::from(2u32)).ok());
    /// assert_eq!(doubled, Some(Value::interval(10.into(), 14.into())));
    /// ```
    pub fn try_map(self, f: impl Fn(Decimal) -> Option<Decimal>) -> Option<Value> {
        Some(match self {
            Value::Exact(d) => Value::Exact(f(d)?),
            Value::Interval {
                min,
                max,
                min_qualifier,
                max_qualifier,
            } => Value::Interval {
                min: f(min)?,
                max: f(max)?,
                min_qualifier,
                max_qualifier,
            },
        })
    }

    /// The bounds: `(v, v)` for an exact value.
    ///
    /// ```
    /// use vietnorm::number::{Decimal, Value};
    /// assert_eq!(Value::Exact(Decimal::ONE).bounds(), (Decimal::ONE, Decimal::ONE));
    /// ```
    pub const fn bounds(&self) -> (Decimal, Decimal) {
        match self {
            Value::Exact(d) => (*d, *d),
            Value::Interval { min, max, .. } => (*min, *max),
        }
    }
}

/// A number: `hai mươi mốt`, `1.234.567,89`, `khoảng 5-7 triệu`.
///
/// ```
/// let n = vietnorm::number::parse_number("hai mươi mốt")?;
/// assert_eq!(n.value.exact(), Some(21.into()));
/// # Ok::<(), vietnorm::number::ParseNumberError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Number {
    /// The value or interval.
    pub value: Value,
    /// A bound or approximation word, if any.
    pub qualifier: Option<Qualifier>,
}

/// An amount of money: `83,5 triệu USD`, `$10`, `từ 5 đến 7 triệu đồng`.
///
/// ```
/// use vietnorm::number::{parse_money, Currency};
/// let m = parse_money("83,5 triệu USD")?;
/// assert_eq!(m.amount.exact(), Some(83_500_000.into()));
/// assert_eq!(m.currency, Currency::USD);
/// # Ok::<(), vietnorm::number::ParseMoneyError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Money {
    /// The amount or interval of amounts.
    pub amount: Value,
    /// The ISO 4217 currency.
    pub currency: Currency,
    /// For a rate, the unit the amount is per: "500 đồng/lít" is 500 VND
    /// per `l`, "3 USD/người" per `người`.
    pub per: Option<Unit>,
    /// For a rate per a number of units, that number: "810.000đ/3 tháng"
    /// is 810000 VND per 3 `month`. `None` for a rate per one unit.
    ///
    /// ```
    /// let m = vietnorm::number::parse_money("810.000đ/3 tháng")?;
    /// assert_eq!(m.per.map(|p| p.symbol()), Some("month"));
    /// assert_eq!(m.per_count, Some(3));
    /// # Ok::<(), vietnorm::number::ParseMoneyError>(())
    /// ```
    pub per_count: Option<u32>,
    /// For a rate per two things, the second, as written after the first:
    /// "200.000 đồng/hộ/tháng" is 200000 VND per `hộ` and per `month`,
    /// "1 triệu đồng/phòng/đêm" per `phòng` and per `đêm`. `None` when
    /// the rate has one per or none.
    ///
    /// ```
    /// let m = vietnorm::number::parse_money("200.000 đồng/hộ/tháng")?;
    /// assert_eq!(m.per.map(|p| p.symbol()), Some("hộ"));
    /// assert_eq!(m.and_per.map(|p| p.symbol()), Some("month"));
    /// # Ok::<(), vietnorm::number::ParseMoneyError>(())
    /// ```
    pub and_per: Option<Unit>,
    /// A bound or approximation word, if any.
    pub qualifier: Option<Qualifier>,
}

/// A percentage; the value is the number before `%` (`5,2%` → 5.2).
///
/// ```
/// let p = vietnorm::number::parse_percent("5,2%")?;
/// assert_eq!(p.value.exact(), Some("5.2".parse()?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Percent {
    /// The value or interval, in percent.
    pub value: Value,
    /// For a rate, the unit of time (or thing) it is per: "7%/năm" is 7
    /// percent per `year`.
    pub per: Option<Unit>,
    /// For a rate per a number of units, that number: "15%/3 năm" is 15
    /// percent per 3 `year`. `None` for a rate per one unit.
    ///
    /// ```
    /// let p = vietnorm::number::parse_percent("15%/3 năm")?;
    /// assert_eq!((p.per.map(|u| u.symbol()), p.per_count), (Some("year"), Some(3)));
    /// # Ok::<(), vietnorm::number::ParsePercentError>(())
    /// ```
    pub per_count: Option<u32>,
    /// A bound or approximation word, if any.
    pub qualifier: Option<Qualifier>,
}

/// A quantity with a unit of measure: `3kg`, `2,5 ha`, `35 độ C`,
/// `100 km/h`, `8 tạ/ha` (a unit per another).
///
/// ```
/// use vietnorm::number::parse_measure;
///
/// let m = parse_measure("1,5 tấn")?;
/// assert_eq!(m.unit.symbol(), "t");
/// assert_eq!(m.value.exact().unwrap().to_string(), "1.5");
/// let (si, unit) = m.si().unwrap();
/// assert_eq!((si.exact().unwrap().to_string(), unit.as_str()), ("1500".into(), "kg"));
/// assert_eq!(m.to_string(), "1,5t");
/// # Ok::<(), vietnorm::number::ParseMeasureError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Measure {
    /// The value or interval, in `unit` (per `per`).
    pub value: Value,
    /// The unit.
    pub unit: Unit,
    /// For a rate, the unit it is per ("8 tạ/ha": `tạ` per `ha`).
    pub per: Option<Unit>,
    /// For a rate per a number of units, that number: "100mm/6 giờ" is
    /// 100 `mm` per 6 `h`. `None` for a rate per one unit.
    ///
    /// ```
    /// let m = vietnorm::number::parse_measure("100mm/6 giờ")?;
    /// assert_eq!((m.per.map(|u| u.symbol()), m.per_count), (Some("h"), Some(6)));
    /// assert!(m.si().is_none());
    /// # Ok::<(), vietnorm::number::ParseMeasureError>(())
    /// ```
    pub per_count: Option<u32>,
    /// A bound or approximation word, if any.
    pub qualifier: Option<Qualifier>,
}

impl Measure {
    /// The value in the SI unit, and that unit (`m`, `m²`, `kg/m²`), when
    /// the conversion is exact: `None` for `°C`, `sào`, `km/h`, for a
    /// rate whose divisor does not divide exactly, and for a rate per a
    /// number of units ([`Measure::per_count`]).
    ///
    /// ```
    /// let m = vietnorm::number::parse_measure("8 tạ/ha")?;
    /// let (si, unit) = m.si().unwrap();
    /// assert_eq!(si.exact().unwrap().to_string(), "0.08");
    /// assert_eq!(unit, "kg/m²");
    /// # Ok::<(), vietnorm::number::ParseMeasureError>(())
    /// ```
    pub fn si(&self) -> Option<(Value, String)> {
        if self.per_count.is_some() {
            return None;
        }
        let (_, unit) = to_si(self.value.bounds().0, self.unit, self.per)?;
        let value = self
            .value
            .try_map(|v| to_si(v, self.unit, self.per).map(|(v, _)| v))?;
        Some((value, unit))
    }
}

/// Writes an interval's bounds as "từ MIN đến MAX", each after its own
/// qualifier's word when it has one ("từ 2 đến dưới 5"): the form the
/// grammar reads back. Shared by measures and durations.
pub(crate) fn write_from_to(
    f: &mut fmt::Formatter<'_>,
    ((min, min_qualifier), (max, max_qualifier)): BoundsText<'_>,
) -> fmt::Result {
    f.write_str("từ ")?;
    for (i, (bound, qualifier)) in [(min, min_qualifier), (max, max_qualifier)]
        .into_iter()
        .enumerate()
    {
        if i == 1 {
            f.write_str(" đến ")?;
        }
        if let Some(q) = qualifier {
            write!(f, "{} ", q.word())?;
        }
        f.write_str(bound)?;
    }
    Ok(())
}

/// Two bounds as written, each with its own qualifier.
pub(crate) type BoundsText<'a> = ((&'a str, Option<Qualifier>), (&'a str, Option<Qualifier>));

/// Writes a measure back in Vietnamese notation, so that it parses to
/// itself: `3 kg`, `1,5t`, `từ 5 đến 7 km`, `hơn 8 tạ/ha`.
impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(q) = self.qualifier {
            write!(f, "{} ", q.word())?;
        }
        match self.value {
            Value::Exact(v) => write!(f, "{}", v.to_vietnamese())?,
            Value::Interval {
                min,
                max,
                min_qualifier,
                max_qualifier,
            } => {
                let (min, max) = (min.to_vietnamese(), max.to_vietnamese());
                write_from_to(f, ((&min, min_qualifier), (&max, max_qualifier)))?
            }
        }
        // A one-character symbol is glued ("5l", "30°"), as it must be to
        // read back; the rest take a space ("3 kg", "25 °C").
        let unit = super::unit::written(self.unit);
        let sep = if unit.chars().count() == 1 && !matches!(unit, "m" | "g") {
            ""
        } else {
            " "
        };
        write!(f, "{sep}{unit}")?;
        if let Some(p) = self.per {
            match self.per_count {
                Some(c) => write!(f, "/{c} {}", super::unit::written(p))?,
                None => write!(f, "/{}", super::unit::written(p))?,
            }
        }
        Ok(())
    }
}

/// A common fraction, kept as written (not reduced): `3/4`, `một phần
/// tư` (1/4), `2 phần 3`, `ba mươi phần một trăm` (30/100). A mixed number
/// ("5 1/2", "năm và một phần hai") is written as an improper fraction
/// (11/2).
///
/// ```
/// use vietnorm::number::parse_fraction;
///
/// let f = parse_fraction("ba phần tư")?;
/// assert_eq!((f.numerator, f.denominator), (3, 4));
/// assert_eq!(f.value().unwrap().to_string(), "0.75");
/// assert_eq!(f.to_string(), "3/4");
/// assert_eq!(parse_fraction("2 phần 3")?.value(), None);
/// # Ok::<(), vietnorm::number::ParseFractionError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fraction {
    /// The numerator, with the sign.
    pub numerator: i128,
    /// The denominator, positive.
    pub denominator: i128,
    /// A bound or approximation word, if any.
    pub qualifier: Option<Qualifier>,
}

impl Fraction {
    /// The value as an exact decimal, when it is one (the denominator's
    /// only prime factors are 2 and 5): 3/4 is 0.75, 2/3 is `None`.
    ///
    /// ```
    /// let f = vietnorm::number::parse_fraction("1/5")?;
    /// assert_eq!(f.value().unwrap().to_string(), "0.2");
    /// # Ok::<(), vietnorm::number::ParseFractionError>(())
    /// ```
    pub fn value(&self) -> Option<Decimal> {
        super::unit::exact_div(
            Decimal::from(self.numerator),
            Decimal::from(self.denominator),
        )
    }

    /// The same fraction in lowest terms: 30/100 is 3/10.
    ///
    /// ```
    /// let f = vietnorm::number::parse_fraction("30/100")?.reduced();
    /// assert_eq!((f.numerator, f.denominator), (3, 10));
    /// # Ok::<(), vietnorm::number::ParseFractionError>(())
    /// ```
    pub fn reduced(&self) -> Fraction {
        let (mut a, mut b) = (
            self.numerator.unsigned_abs(),
            self.denominator.unsigned_abs(),
        );
        while b != 0 {
            (a, b) = (b, a % b);
        }
        let g = i128::try_from(a).unwrap_or(1).max(1);
        Fraction {
            numerator: self.numerator / g,
            denominator: self.denominator / g,
            qualifier: self.qualifier,
        }
    }
}

/// `3/4`, `-3/4`; with a qualifier word first (`khoảng 1/5`).
impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(q) = self.qualifier {
            write!(f, "{} ", q.word())?;
        }
        write!(f, "{}/{}", self.numerator, self.denominator)
    }
}

/// An ordinal: `thứ nhất` (1), `thứ 3`, `hạng nhì` (2).
///
/// ```
/// let o = vietnorm::number::parse_ordinal("hạng nhì")?;
/// assert_eq!(o.value, 2.into());
/// # Ok::<(), vietnorm::number::ParseNumberError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Ordinal {
    /// The rank, a positive integer.
    pub value: Decimal,
}

/// Any quantity the scanner finds.
///
/// With `serde`, serializes with a `kind` field (`number`, `money`,
/// `percent`, `ordinal`) beside the fields of the value.
///
/// ```
/// use vietnorm::number::{scan, Quantity};
/// let found: Vec<_> = scan("Giá 5,2% năm").collect();
/// assert!(matches!(found[0].quantity, Quantity::Percent(_)));
/// assert_eq!(found[0].quantity.kind(), "percent");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Quantity {
    /// A plain number.
    Number(Number),
    /// An amount of money.
    Money(Money),
    /// A percentage.
    Percent(Percent),
    /// An ordinal.
    Ordinal(Ordinal),
    /// A quantity with a unit of measure.
    Measure(Measure),
    /// A common fraction.
    Fraction(Fraction),
}

impl Quantity {
    /// The contract's kind name: `number`, `money`, `percent`, `ordinal`,
    /// `measure` or `fraction`.
    ///
    /// ```
    /// use vietnorm::number::{Ordinal, Quantity};
    /// assert_eq!(Quantity::Ordinal(Ordinal { value: 1.into() }).kind(), "ordinal");
    /// ```
    pub const fn kind(&self) -> &'static str {
        match self {
            Quantity::Number(_) => "number",
            Quantity::Money(_) => "money",
            Quantity::Percent(_) => "percent",
            Quantity::Ordinal(_) => "ordinal",
            Quantity::Measure(_) => "measure",
            Quantity::Fraction(_) => "fraction",
        }
    }
}

/// One quantity found in running text: its byte span in the original input
/// and its value.
///
/// With `serde` it serializes as `{"start":…,"end":…,"kind":…, <fields>}`.
///
/// ```
/// let text = "Lãi khoảng 83,5 triệu USD.";
/// let m = vietnorm::number::scan(text).next().unwrap();
/// assert_eq!(&text[m.start..m.end], "khoảng 83,5 triệu USD");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct QuantityMatch {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// What was found.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub quantity: Quantity,
}

#[cfg(feature = "serde")]
pub(crate) mod ser {
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    use super::{Fraction, Measure, Money, Number, Percent, Value};

    /// The count of fields `value` and a qualifier take, plus `extra`.
    pub(crate) fn fields(value: &Value, qualifier: bool, extra: usize) -> usize {
        let n = match value {
            Value::Exact(_) => 1,
            Value::Interval {
                min_qualifier,
                max_qualifier,
                ..
            } => 2 + usize::from(min_qualifier.is_some()) + usize::from(max_qualifier.is_some()),
        };
        n + usize::from(qualifier) + extra
    }

    /// Writes `value` as `exact_name` or as `min` and `max` with their
    /// bounds' own qualifiers; shared with the duration of the time module.
    pub(crate) fn write_value<S: SerializeStruct>(
        s: &mut S,
        exact_name: &'static str,
        value: &Value,
    ) -> Result<(), S::Error> {
        match value {
            Value::Exact(d) => s.serialize_field(exact_name, d),
            Value::Interval {
                min,
                max,
                min_qualifier,
                max_qualifier,
            } => {
                s.serialize_field("min", min)?;
                s.serialize_field("max", max)?;
                if let Some(q) = min_qualifier {
                    s.serialize_field("min_qualifier", q)?;
                }
                if let Some(q) = max_qualifier {
                    s.serialize_field("max_qualifier", q)?;
                }
                Ok(())
            }
        }
    }

    impl Serialize for Number {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let n = fields(&self.value, self.qualifier.is_some(), 0);
            let mut s = serializer.serialize_struct("Number", n)?;
            write_value(&mut s, "value", &self.value)?;
            if let Some(q) = &self.qualifier {
                s.serialize_field("qualifier", q)?;
            }
            s.end()
        }
    }

    impl Serialize for Percent {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let n = fields(&self.value, self.qualifier.is_some(), 0);
            let mut s = serializer.serialize_struct("Percent", n)?;
            write_value(&mut s, "value", &self.value)?;
            if let Some(p) = &self.per {
                s.serialize_field("per", p)?;
            }
            if let Some(c) = &self.per_count {
                s.serialize_field("per_count", c)?;
            }
            if let Some(q) = &self.qualifier {
                s.serialize_field("qualifier", q)?;
            }
            s.end()
        }
    }

    impl Serialize for Money {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let n = fields(&self.amount, self.qualifier.is_some(), 1);
            let mut s = serializer.serialize_struct("Money", n)?;
            write_value(&mut s, "amount", &self.amount)?;
            s.serialize_field("currency", &self.currency)?;
            if let Some(p) = &self.per {
                s.serialize_field("per", p)?;
            }
            if let Some(c) = &self.per_count {
                s.serialize_field("per_count", c)?;
            }
            if let Some(p) = &self.and_per {
                s.serialize_field("and_per", p)?;
            }
            if let Some(q) = &self.qualifier {
                s.serialize_field("qualifier", q)?;
            }
            s.end()
        }
    }

    impl Serialize for Measure {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let si = self.si();
            let n = fields(&self.value, self.qualifier.is_some(), 4);
            let mut s = serializer.serialize_struct("Measure", n)?;
            write_value(&mut s, "value", &self.value)?;
            s.serialize_field("unit", &self.unit)?;
            if let Some(p) = &self.per {
                s.serialize_field("per", p)?;
            }
            if let Some(c) = &self.per_count {
                s.serialize_field("per_count", c)?;
            }
            if let Some((v, unit)) = &si {
                match v {
                    Value::Exact(d) => s.serialize_field("si_value", d)?,
                    Value::Interval { min, max, .. } => {
                        s.serialize_field("si_min", min)?;
                        s.serialize_field("si_max", max)?;
                    }
                }
                s.serialize_field("si_unit", unit)?;
            }
            if let Some(q) = &self.qualifier {
                s.serialize_field("qualifier", q)?;
            }
            s.end()
        }
    }

    impl Serialize for Fraction {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let value = self.value();
            let mut s = serializer.serialize_struct("Fraction", 4)?;
            s.serialize_field("numerator", &self.numerator.to_string())?;
            s.serialize_field("denominator", &self.denominator.to_string())?;
            if let Some(v) = &value {
                s.serialize_field("value", v)?;
            }
            if let Some(q) = &self.qualifier {
                s.serialize_field("qualifier", q)?;
            }
            s.end()
        }
    }
}
