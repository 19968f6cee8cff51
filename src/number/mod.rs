//! Numbers, money, percentages, units of measure and fractions as Vietnamese
//! news writes them, read into exact values (never floats), and numbers
//! written back as Vietnamese words.
//!
//! - [`Decimal`]: an exact decimal (digits and a scale) with canonical
//!   `Display` ("83500000", "0.5") and Vietnamese formatting
//!   ("83.500.000", "83,5 triệu").
//! - Whole-string parsers that say where and why a string fails:
//!   [`parse_number`], [`parse_money`], [`parse_percent`], [`parse_ordinal`],
//!   [`parse_measure`] (units of measure, [`Unit`]), [`parse_fraction`],
//!   and [`parse_number_prefix`] for other scanners to build on.
//! - [`Measure`], [`Unit`]: a value with a unit of measure and its exact SI
//!   conversion where there is one; money, percentages and measures may be
//!   rates (`per`: "500 đồng/lít", "6,5%/năm", "8 tạ/ha"). [`Fraction`]: a
//!   common fraction kept as written ("một phần tư", "3/4").
//! - [`scan`]: every number, amount, percentage, measure, fraction and
//!   ordinal in running text, with byte spans into the original input.
//! - [`to_words`] and [`Speller`]: numbers and amounts in Vietnamese words,
//!   for speech synthesis, with regional choices (nghìn/ngàn, linh/lẻ, …).
//!
//! Every word is normalized (`text::normalize`) and lower-cased before it is
//! matched, so "Hai mươi", "HAI MƯƠI" and a decomposed "hai mươi" read alike.
//!
//! ```
//! use vietnorm::number::{parse_money, Currency};
//!
//! let m = parse_money("83,5 triệu USD")?;
//! assert_eq!(m.amount.exact().unwrap().to_string(), "83500000");
//! assert_eq!(m.currency, Currency::USD);
//! # Ok::<(), vietnorm::number::ParseMoneyError>(())
//! ```
//!
//! The rules (separators, spelled-out grammar, intervals, what the scanner
//! skips) are in DESIGN.md, "Numbers and money".

mod currency;
mod decimal;
mod digits;
mod entity;
mod forms;
mod lex;
mod parse;
pub(crate) mod quantity;
pub(crate) mod scan;
mod spell;
mod trigger;
mod unit;
mod words;

pub use currency::Currency;
pub use decimal::{Decimal, DecimalError, MAX_SCALE, ParseDecimalError};
pub(crate) use parse::parse_number_prefix_lexed;
pub use parse::{
    ParseFractionError, ParseMeasureError, ParseMoneyError, ParseNumberError, ParsePercentError,
    parse_fraction, parse_measure, parse_money, parse_number, parse_number_prefix, parse_ordinal,
    parse_percent,
};
pub use quantity::{
    Fraction, Measure, Money, Number, Ordinal, Percent, Qualifier, Quantity, QuantityMatch, Value,
};
pub use scan::{Scanner, scan};
pub use spell::{FiveAfterTen, FourAfterTen, Speller, ThousandWord, ZeroTens, to_words};
pub use unit::{Dimension, Unit};
