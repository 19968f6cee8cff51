//! Whole-string parsers: the input is one expression, and a failure says
//! what is wrong and at which byte.

use std::fmt;

use super::decimal::Decimal;
use super::entity::{Entity, Fail, FailWhat, entity};
use super::lex::{Token, tokens};
use super::quantity::{Fraction, Measure, Money, Number, Ordinal, Percent, Quantity};
use super::words::{NumFail, Options, parse_prefix};

/// What went wrong, shared by the parse errors.
#[derive(Clone, Debug, PartialEq, Eq)]
enum What {
    /// No token at all: empty or blank input.
    Empty,
    /// The input ends where a number must follow ("khoảng", "thứ").
    Missing,
    NotANumber(String),
    Unexpected(String),
    Separators(String),
    Overflow,
    BadInterval,
    BadOrdinal,
    NoCurrency,
    NoPercent,
    NoUnit,
    NoFraction,
    /// A whole input that is a quantity but not an ordinal.
    NoOrdinal(String),
}

/// A failure: what and the byte offset in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Failure {
    offset: usize,
    what: What,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.offset;
        match &self.what {
            What::Empty => write!(f, "no number: the input is empty or blank (byte {at})"),
            What::Missing => write!(f, "input ends at byte {at} where a number must follow"),
            What::NotANumber(t) => write!(f, "`{t}` at byte {at} does not start a number"),
            What::Unexpected(t) => write!(f, "unexpected `{t}` at byte {at}"),
            What::Separators(t) => {
                write!(
                    f,
                    "`{t}` at byte {at} has its separators in impossible places"
                )
            }
            What::Overflow => write!(f, "number too large at byte {at}"),
            What::BadInterval => write!(
                f,
                "interval at byte {at} is incomplete, inverted or mixes units"
            ),
            What::BadOrdinal => write!(f, "no positive whole rank at byte {at}"),
            What::NoCurrency => write!(f, "no currency at byte {at}"),
            What::NoPercent => write!(f, "no `%` or `phần trăm` at byte {at}"),
            What::NoUnit => write!(f, "no unit of measure at byte {at}"),
            What::NoFraction => write!(
                f,
                "no fraction bar (`/`, `phần`, `trên`, `chia`) at byte {at}"
            ),
            What::NoOrdinal(t) => write!(
                f,
                "`{t}` at byte {at} does not start an ordinal (`thứ …`, `hạng …`)"
            ),
        }
    }
}

macro_rules! parse_error {
    ($(#[$doc:meta])* $name:ident, offset of $call:literal is $at:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name(Failure);

        impl $name {
            /// The byte offset in the input where the problem is.
            ///
            /// ```
            #[doc = concat!("let err = vietnorm::number::", $call, ".unwrap_err();")]
            #[doc = concat!("assert_eq!(err.offset(), ", $at, ");")]
            /// ```
            pub fn offset(&self) -> usize {
                self.0.offset
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::error::Error for $name {}
    };
}

parse_error! {
    /// Why a string is not a number (or an ordinal), and where.
    ///
    /// ```
    /// let err = vietnorm::number::parse_number("hai mươi năm").unwrap_err();
    /// assert_eq!(err.offset(), 11);
    /// assert_eq!(err.to_string(), "unexpected `năm` at byte 11");
    /// ```
    ParseNumberError, offset of "parse_number(\"hai mươi năm\")" is 11
}

parse_error! {
    /// Why a string is not an amount of money, and where.
    ///
    /// ```
    /// let err = vietnorm::number::parse_money("83,5 triệu").unwrap_err();
    /// assert_eq!(err.to_string(), "no currency at byte 12");
    /// ```
    ParseMoneyError, offset of "parse_money(\"83,5 triệu\")" is 12
}

parse_error! {
    /// Why a string is not a percentage, and where.
    ///
    /// ```
    /// let err = vietnorm::number::parse_percent("5,2").unwrap_err();
    /// assert_eq!(err.offset(), 3);
    /// ```
    ParsePercentError, offset of "parse_percent(\"5,2\")" is 3
}

parse_error! {
    /// Why a string is not a measure (a number with a unit), and where.
    ///
    /// ```
    /// let err = vietnorm::number::parse_measure("3").unwrap_err();
    /// assert_eq!(err.to_string(), "no unit of measure at byte 1");
    /// ```
    ParseMeasureError, offset of "parse_measure(\"3\")" is 1
}

parse_error! {
    /// Why a string is not a common fraction, and where.
    ///
    /// ```
    /// let err = vietnorm::number::parse_fraction("3").unwrap_err();
    /// assert_eq!(err.offset(), 1);
    /// ```
    ParseFractionError, offset of "parse_fraction(\"3\")" is 1
}

fn token_text(toks: &[Token<'_>], at: usize) -> String {
    toks.get(at)
        .map_or_else(String::new, |t| t.text.to_string())
}

fn offset_of(toks: &[Token<'_>], at: usize, text: &str) -> usize {
    toks.get(at).map_or(text.len(), |t| t.start)
}

fn from_fail(text: &str, toks: &[Token<'_>], f: Fail) -> Failure {
    let offset = offset_of(toks, f.at, text);
    let what = match f.what {
        FailWhat::NotANumber => What::NotANumber(token_text(toks, f.at)),
        FailWhat::Separators => What::Separators(token_text(toks, f.at)),
        FailWhat::Overflow => What::Overflow,
        FailWhat::BadInterval => What::BadInterval,
        FailWhat::BadOrdinal => What::BadOrdinal,
    };
    if f.what == FailWhat::NotANumber && f.at >= toks.len() {
        return Failure {
            offset,
            what: What::Missing,
        };
    }
    Failure { offset, what }
}

/// Runs the entity grammar on the whole of `text`.
fn whole(text: &str) -> Result<(Entity, Vec<Token<'_>>), Failure> {
    whole_with(text, Options::WHOLE)
}

/// Runs the entity grammar with `opts` on the whole of `text`.
fn whole_with(text: &str, opts: Options) -> Result<(Entity, Vec<Token<'_>>), Failure> {
    let toks = tokens(text);
    if toks.is_empty() {
        return Err(Failure {
            offset: 0,
            what: What::Empty,
        });
    }
    let e = entity(&toks, opts).map_err(|f| from_fail(text, &toks, f))?;
    if let Some(extra) = toks.get(e.used) {
        return Err(Failure {
            offset: extra.start,
            what: What::Unexpected(extra.text.to_string()),
        });
    }
    Ok((e, toks))
}

/// A whole string read as one kind of quantity (`kind` picks it out); any
/// other reading fails with `missing` at the end of its first number.
fn whole_of_kind<T>(
    text: &str,
    missing: What,
    kind: impl Fn(Quantity) -> Option<T>,
) -> Result<T, Failure> {
    let (e, toks) = whole(text)?;
    kind(e.quantity).ok_or_else(|| Failure {
        offset: after_first_number(text, &toks, &e),
        what: missing,
    })
}

/// Where the unit is, or would have been: right after the first number.
fn after_first_number(text: &str, toks: &[Token<'_>], e: &Entity) -> usize {
    let at = e.unit_at.unwrap_or_else(|| {
        e.first
            .as_ref()
            .map_or(e.used, |b| e.first_at + b.num_start + b.num.used)
    });
    toks.get(at).map_or(text.len(), |t| t.start)
}

/// Parses a whole string as a number: digits in Vietnamese or English
/// notation, spelled-out words or a mix, with an optional qualifier, or an
/// interval.
///
/// The text is normalized word by word first, so any Unicode form and any
/// letter case parse alike.
///
/// ```
/// use vietnorm::number::{parse_number, Qualifier, Value};
///
/// assert_eq!(parse_number("hai mươi mốt")?.value, Value::Exact(21.into()));
/// assert_eq!(parse_number("1.234.567,89")?.value.exact().unwrap().to_string(), "1234567.89");
/// assert_eq!(parse_number("một triệu rưỡi")?.value, Value::Exact(1_500_000.into()));
/// assert_eq!(parse_number("3 tỷ rưỡi")?.value, Value::Exact(3_500_000_000i64.into()));
/// let n = parse_number("khoảng 5-7 triệu")?;
/// assert_eq!(n.qualifier, Some(Qualifier::About));
/// assert_eq!(n.value, Value::interval(5_000_000.into(), 7_000_000.into()));
/// assert!(parse_number("1.1.1").is_err());
/// # Ok::<(), vietnorm::number::ParseNumberError>(())
/// ```
pub fn parse_number(text: &str) -> Result<Number, ParseNumberError> {
    let (mut e, mut toks) = whole(text).map_err(ParseNumberError)?;
    // "1t", "1t-2t": asked for a number, a "t" glued after digits can only
    // be "tỷ" (as a measure it is a tonne).
    if matches!(e.quantity, Quantity::Measure(m) if m.unit.symbol() == "t") {
        let opts = Options {
            t_billion: true,
            ..Options::WHOLE
        };
        if let Ok(again) = whole_with(text, opts) {
            (e, toks) = again;
        }
    }
    match e.quantity {
        Quantity::Number(n) => Ok(n),
        _ => {
            let offset = after_first_number(text, &toks, &e);
            let t = toks
                .iter()
                .find(|t| t.start == offset)
                .map_or_else(String::new, |t| t.text.to_string());
            Err(ParseNumberError(Failure {
                offset,
                what: What::Unexpected(t),
            }))
        }
    }
}

/// Parses a whole string as an amount of money: a number and a currency
/// before or after it (`$10`, `USD 5`, `10 USD`, `83,5 triệu USD`, `hai đô
/// 23`), with an optional qualifier, or an interval.
///
/// ```
/// use vietnorm::number::{parse_money, Currency, Value};
///
/// let m = parse_money("từ 5 đến 7 triệu đồng")?;
/// assert_eq!(m.currency, Currency::VND);
/// assert_eq!(m.amount, Value::interval(5_000_000.into(), 7_000_000.into()));
/// assert_eq!(parse_money("hai đô 23")?.amount.exact().unwrap().to_string(), "2.23");
/// # Ok::<(), vietnorm::number::ParseMoneyError>(())
/// ```
pub fn parse_money(text: &str) -> Result<Money, ParseMoneyError> {
    whole_of_kind(text, What::NoCurrency, |q| match q {
        Quantity::Money(m) => Some(m),
        _ => None,
    })
    .map_err(ParseMoneyError)
}

/// Parses a whole string as a percentage (`5,2%`, `5,2 phần trăm`, `5-7%`,
/// `từ 3 đến 5%`); the value is the number of percent.
///
/// ```
/// use vietnorm::number::{parse_percent, Value};
///
/// assert_eq!(parse_percent("5,2%")?.value.exact().unwrap().to_string(), "5.2");
/// assert_eq!(parse_percent("5-7%")?.value, Value::interval(5.into(), 7.into()));
/// # Ok::<(), vietnorm::number::ParsePercentError>(())
/// ```
pub fn parse_percent(text: &str) -> Result<Percent, ParsePercentError> {
    whole_of_kind(text, What::NoPercent, |q| match q {
        Quantity::Percent(p) => Some(p),
        _ => None,
    })
    .map_err(ParsePercentError)
}

/// Parses a whole string as a measure: a number and a unit of measure
/// (`3kg`, `2,5 ha`, `35 độ C`, `100 km/h`, `hai trăm mét`), optionally
/// per another unit (`8 tạ/ha`, `500 m3/s`), with an optional qualifier, or
/// an interval (`3-5 tấn`, `từ 20 đến 25 độ C`). The units are in
/// [`Unit::all`](super::Unit::all).
///
/// ```
/// use vietnorm::number::{parse_measure, Value};
///
/// let m = parse_measure("175cm")?;
/// assert_eq!((m.value, m.unit.symbol()), (Value::Exact(175.into()), "cm"));
/// assert_eq!(m.si().unwrap().0.exact().unwrap().to_string(), "1.75");
/// let r = parse_measure("từ 3 đến 5 tấn")?;
/// assert_eq!(r.value, Value::interval(3.into(), 5.into()));
/// assert!(parse_measure("5 người").is_err());
/// assert!(parse_measure("5").is_err());
/// # Ok::<(), vietnorm::number::ParseMeasureError>(())
/// ```
pub fn parse_measure(text: &str) -> Result<Measure, ParseMeasureError> {
    whole_of_kind(text, What::NoUnit, |q| match q {
        Quantity::Measure(m) => Some(m),
        _ => None,
    })
    .map_err(ParseMeasureError)
}

/// Parses a whole string as a common fraction: `3/4`, `một phần tư`, `2
/// phần 3`, `hai trên mười lăm`, `hai ba chia mười hai`, `âm ba trên bốn`,
/// and mixed numbers `5 1/2`, `năm và một phần hai` (as 11/2). The
/// fraction is kept as written (`30/100`, not 3/10).
///
/// ```
/// use vietnorm::number::parse_fraction;
///
/// let f = parse_fraction("hai trên mười lăm")?;
/// assert_eq!((f.numerator, f.denominator), (2, 15));
/// let f = parse_fraction("-5 2/3")?;
/// assert_eq!((f.numerator, f.denominator), (-17, 3));
/// assert!(parse_fraction("3,5").is_err());
/// # Ok::<(), vietnorm::number::ParseFractionError>(())
/// ```
pub fn parse_fraction(text: &str) -> Result<Fraction, ParseFractionError> {
    whole_of_kind(text, What::NoFraction, |q| match q {
        Quantity::Fraction(f) => Some(f),
        _ => None,
    })
    .map_err(ParseFractionError)
}

/// Parses a whole string as an ordinal: `thứ nhất`, `thứ 3`, `thứ hai mươi
/// mốt`, `hạng nhì`.
///
/// ```
/// use vietnorm::number::parse_ordinal;
///
/// assert_eq!(parse_ordinal("thứ nhất")?.value, 1.into());
/// assert_eq!(parse_ordinal("thứ tư")?.value, 4.into());
/// assert_eq!(parse_ordinal("thứ 21")?.value, 21.into());
/// # Ok::<(), vietnorm::number::ParseNumberError>(())
/// ```
pub fn parse_ordinal(text: &str) -> Result<Ordinal, ParseNumberError> {
    let (e, toks) = whole(text).map_err(ParseNumberError)?;
    match e.quantity {
        Quantity::Ordinal(o) => Ok(o),
        _ => Err(ParseNumberError(Failure {
            offset: toks.first().map_or(0, |t| t.start),
            what: What::NoOrdinal(token_text(&toks, 0)),
        })),
    }
}

/// The byte offset where the `used` tokens of a parse end (0 when none).
fn used_end(used: usize, toks: &[Token<'_>]) -> usize {
    used.checked_sub(1)
        .and_then(|i| toks.get(i))
        .map_or(0, |t| t.end)
}

/// [`parse_number_prefix`] of `window`, the text of the shared lexer's
/// tokens `toks` whose first starts at byte `base` of the text they were
/// lexed from: the same reading, from tokens built off the shared ones
/// ([`super::lex::window_tokens`]) instead of lexing the window again.
/// For the dates grammar's numbers in words.
pub(crate) fn parse_number_prefix_lexed(
    window: &str,
    base: usize,
    toks: &[crate::lex::Token],
) -> Option<(Decimal, usize)> {
    let toks = super::lex::window_tokens(window, base, toks);
    let p = parse_prefix(&toks, Options::RUNNING).ok()?;
    Some((p.value, used_end(p.used, &toks)))
}

/// Reads a plain number (no qualifier, no interval, no unit) at the start of
/// `text` and returns it with the number of bytes it took: `text[len..]` is
/// the rest. Leading white space is skipped and counted. The number is the
/// longest that makes sense, so "hai mươi năm" gives 20 and leaves " năm"
/// (a year), and "mười lăm tháng 3" gives 15.
///
/// This is the building block for other scanners (dates, durations); it is
/// as strict as the running-text scanner: no bare "trăm", no "sáu bảy" as 67.
///
/// ```
/// use vietnorm::number::{parse_number_prefix, Decimal};
///
/// let text = "mười lăm tháng 3";
/// let (value, len) = parse_number_prefix(text)?;
/// assert_eq!(value, Decimal::from(15));
/// assert_eq!(&text[len..], " tháng 3");
/// assert_eq!(parse_number_prefix("2,5 triệu đồng")?, (2_500_000.into(), 11));
/// assert!(parse_number_prefix("tháng 3").is_err());
/// # Ok::<(), vietnorm::number::ParseNumberError>(())
/// ```
pub fn parse_number_prefix(text: &str) -> Result<(Decimal, usize), ParseNumberError> {
    // Lex only as far as a number can reach.
    let mut toks = Vec::new();
    let mut pos = 0;
    while toks.len() < 72 {
        let Some(t) = super::lex::next_token(text, pos) else {
            break;
        };
        pos = t.end;
        toks.push(t);
    }
    if toks.is_empty() {
        return Err(ParseNumberError(Failure {
            offset: 0,
            what: What::Empty,
        }));
    }
    match parse_prefix(&toks, Options::RUNNING) {
        Ok(p) => Ok((p.value, used_end(p.used, &toks))),
        Err(e) => {
            let f = match e {
                NumFail::NotANumber => Fail {
                    at: 0,
                    what: FailWhat::NotANumber,
                },
                NumFail::Separators(i) => Fail {
                    at: i,
                    what: FailWhat::Separators,
                },
                NumFail::Overflow(i) => Fail {
                    at: i,
                    what: FailWhat::Overflow,
                },
            };
            Err(ParseNumberError(from_fail(text, &toks, f)))
        }
    }
}
