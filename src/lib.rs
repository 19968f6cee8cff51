//! # vietnorm
//!
//! Raw Vietnamese news text in; clean, consistent text and exact facts out.
//!
//! ```
//! use vietnorm::{extract::{extract, Kind}, news::parse_article, normalize};
//!
//! // Orthography: NFC, one tone style, repairs, confusables, invisible characters.
//! assert_eq!(normalize("Ðà Nẵng , thuỷ đìên"), "Đà Nẵng, thủy điền");
//!
//! // Facts with byte spans into the text as given.
//! let text = "TTO - Sáng 29/10, giá vàng tăng 5,2% lên hơn 83,5 triệu đồng.";
//! let found = extract(text);
//! assert_eq!(found[0].kind(), Kind::DateTime); // the morning of 29/10
//! assert_eq!(found[2].text, "hơn 83,5 triệu đồng");
//!
//! // News structure: the dateline, byline and body of an article.
//! let article = parse_article(text);
//! assert_eq!(article.dateline.and_then(|d| d.label), Some("TTO"));
//! ```
//!
//! ## What it does
//!
//! | module | what it is for |
//! |---|---|
//! | [`text`] | NFC that borrows when nothing changes; tone marks in one style ([`ToneStyle::Old`] "hòa, thủy" by default, or [`ToneStyle::New`] "hoà, thuỷ"); misplaced or doubled marks and missing horns repaired; `Ð`→`Đ`; invisible characters, spacing and punctuation tidied; a Vietnamese [`text::syllable`] model; [`fold_ascii`] and [`slug`]. |
//! | [`legacy`] | TCVN3 (ABC), VNI-Windows, VISCII, VPS, VIQR and Windows-1258 to Unicode and back; detection with a confidence; repair of text damaged by a wrong decoding ("Hµ Néi" → "Hà Nội"). |
//! | [`number`] | An exact [`number::Decimal`]; numbers as news writes them ("55.000", "83,5 triệu", "1 tỷ 200 triệu", "một trăm linh năm"), money with ISO 4217 currencies, percentages, ordinals, units of measure ("2,5 ha", "35 độ C") with exact SI conversion, rates ("500 đồng/lít"), fractions ("một phần tư"), qualifiers ("hơn", "khoảng") and intervals ("5-7%"); numbers to Vietnamese words. |
//! | [`time`] | Partial dates, times of day, intervals and durations ("29/10/2025", "ngày 29 tháng 10 năm 2025", "quý III/2025", "14h30", "11 giờ kém 15"); date-times ("15 giờ 30 ngày 13-5-2013", "sáng 29/10"); relative dates against a [`time::Reference`], and dates without a year completed from it (marked [`time::Inferred`]); lunar dates and holidays ("Tết Nguyên đán 2026", "rằm tháng Giêng") through [`time::LunarDate`], and without a year or a reference as [`time::PartialLunarDate`]. |
//! | [`news`] | Datelines ("TTO - ", "(VOV) -", "Hà Nội, 29/10 (TTXVN) - "), bylines, credits and source attributions, with an outlet registry ([`news::OUTLETS`]). |
//! | [`extract`] | Every number, amount, percentage, measure, fraction, ordinal, date, time, date-time and duration in running text, with byte spans. |
//!
//! Every function takes any `&str` (or `&[u8]` for legacy bytes), however
//! large or malformed, and gives a result or an error that says what and
//! where: no panics, and time linear in the input.
//!
//! ## What it does not do
//!
//! - Word segmentation, part-of-speech tagging or named-entity recognition
//!   beyond the quantities, dates and news structure above.
//! - Spelling correction beyond tone placement, horns and confusable letters:
//!   `qui`/`quy` and other i/y variants are left as written.
//! - Time zones: a written offset ("GMT+7") is reported, never applied.
//!
//! ## Crate features
//!
//! - `serde`: `Serialize` for the value types, in the JSON shape of the
//!   `vietnorm` command line (`CONTRACT.md`).
//! - `jiff`: conversions between [`time`] values and `jiff` civil dates and times.
//! - `rust_decimal`: conversions between [`number::Decimal`] and `rust_decimal::Decimal`.
//!
//! ## The command line
//!
//! `examples/vietnorm.rs` puts every capability behind one program:
//!
//! ```text
//! cargo run --release --example vietnorm -- normalize < samples/news.txt
//! echo "83,5 triệu USD" | cargo run --release --example vietnorm -- parse money
//! ```
//!
//! The rules the library follows (tone placement, separator ambiguity,
//! dateline grammar, …) are in [`_documentation::design`].
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic
    )
)]
#![warn(missing_docs)]

pub mod extract;
pub mod legacy;
mod lex;
pub mod news;
pub mod number;
mod qualifier;
pub mod text;
pub mod time;

// text: orthographic normalization (the functions most callers need).
pub use text::{Normalizer, ToneStyle, fold_ascii, normalize, slug};

/// Documentation beyond the API: the design and its rules.
pub mod _documentation {
    #[doc = include_str!("../DESIGN.md")]
    pub mod design {}
}

// news: article structure (dateline, byline, outlet registry).
pub use news::{Article, parse_article};

// Module `number`: exact decimals, numbers, money and percentages.
pub use number::{Decimal, parse_money, parse_number, parse_percent};
