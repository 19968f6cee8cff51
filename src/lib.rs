//! # vietnorm
//!
//! Turns raw Vietnamese news text into clean, consistent text and exact facts.
//!
//! The crate guide is filled in as capabilities land; see `README.md` and
//! `DESIGN.md` for the rules the library follows.
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
pub mod news;
pub mod number;
pub mod text;
pub mod time;

// Module `number`: exact decimals, numbers, money and percentages.
pub use number::{Decimal, parse_money, parse_number, parse_percent};
