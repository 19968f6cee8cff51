//! News structure: the outlet registry, datelines (lead tags), bylines and
//! the article parser that splits an article into dateline, body and byline.
//!
//! ```
//! let a = vietnorm::news::parse_article("TTO - Sáng nay trời mưa.\nMinh Anh (TTXVN)");
//! assert_eq!(a.dateline.unwrap().outlet.unwrap().name, "Tuổi Trẻ");
//! assert_eq!(a.byline.unwrap().authors, ["Minh Anh"]);
//! ```

mod article;
mod byline;
mod dateline;
mod letters;
mod markers;
mod outlets;
mod places;
mod scan;

pub use article::{Article, BodySpan, parse_article};
pub use byline::{Byline, Credit, CreditRole, parse_byline};
pub use dateline::{Dateline, parse_dateline};
pub use outlets::{OUTLETS, Outlet, find_outlet};
