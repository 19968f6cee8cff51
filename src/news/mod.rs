//! News structure: the outlet registry, datelines (lead tags), bylines and
//! the article parser that splits an article into dateline, body and byline.
//!
//! ```
//! use vietnorm::news::{parse_article, CreditRole};
//!
//! let text = "TTO - Sáng nay, cây cầu mới chính thức thông xe.\n\
//!             Người dân rất vui mừng./.Vũ Anh Minh (TTXVN)\nẢnh: Ngọc Thắng";
//! let a = parse_article(text);
//!
//! let d = a.dateline.unwrap();
//! assert_eq!((d.label, d.outlet.map(|o| o.name)), (Some("TTO"), Some("Tuổi Trẻ")));
//!
//! let b = a.byline.unwrap();
//! assert_eq!(b.authors, ["Vũ Anh Minh"]);
//! assert_eq!(b.agency, Some("TTXVN"));
//! assert_eq!(b.credits[0].role, CreditRole::Photo);
//!
//! assert!(text[a.body.start..a.body.end].ends_with("rất vui mừng"));
//! ```
//!
//! What is read (the rules and why are in DESIGN.md, *News structure*):
//!
//! | part | forms |
//! |---|---|
//! | dateline | `(VOV) - `, `(ĐTCK) `, `TTO - `, `(SGGPO).- `, any dash and spacing; `QUẢNG NAM- `; `Hà Nội, 29/10 (TTXVN) - `; `date 2025-10-29 (VTC News) -`; after one headline line |
//! | dateline, after a lead | a registered tag opening the second line (`CôngThương - `) |
//! | outlet | [`OUTLETS`], from `outlets.tsv`: more than 400 outlets and sub-brands with canonical name, parent, [`OutletKind`], domains, every alias seen (`TTO`, `TT` → Tuổi Trẻ; `NLĐO` → Người Lao Động; `VTV1` → VTV), matched without case, accents or punctuation |
//! | byline | names in Title Case, ALL CAPS or initials (`T.L.`), joined by ` - `; `PV`, `CTV`, `Nhóm PV`; `Name (TTXVN)`, `Name/City (Vietnam+)`, `TTXVN/Tin tức`; the end mark `./.`; glued to the last sentence (`…năm trước./.Vũ Anh Minh (TTXVN)`, `…Lê TúTheo Infonet`) |
//! | source | `Theo VnExpress`, `(Theo Reuters)`, `Nguồn: X`, `(Tổng hợp)`, `T/h` |
//! | credits | `Ảnh: X`, `Tin, ảnh: X` (X is an author too), `Bài và ảnh: X`, `Video: X`, `Đồ họa: X`, `(Tổng hợp)` |
//! | byline layouts | before what crawlers appended (a repeated lead, `TIN BÀI LIÊN QUAN`, `>> …`, `Bài 2: …`, `\| 29/09/2017 08:20`); glued to a caption (`…tai nạnSơn Hải`); on the first line of the body when marked (`Bài và ảnh: X`) |
//!
//! Precision comes first: a sentence that merely ends the text is not a
//! byline, and a parenthesis or abbreviation that opens it is not a tag.
//! Only a bounded head and tail are read, so the cost does not grow with
//! the length of the body.

mod article;
mod byline;
mod dateline;
mod letters;
mod markers;
mod outlets;
mod places;
pub(crate) mod scan;

pub use article::{Article, BodySpan, parse_article};
pub use byline::{Byline, Credit, CreditRole, parse_byline};
pub use dateline::{Dateline, parse_dateline};
pub use outlets::{OUTLETS, Outlet, OutletKind, find_brand, find_outlet};
