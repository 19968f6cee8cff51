//! The article parser: dateline at the head, byline at the tail, and the
//! body between them, all as byte spans of the input.
//!
//! Only a bounded head window ([`HEAD_WINDOW`](super::dateline)) and tail
//! window are read, so the cost of parsing does not grow with the length of
//! the body.

use super::byline::{
    Byline, appended_lead, opening_signature, parse_byline_after, parse_byline_at_head,
    second_line_signature, signs_on_second_line,
};
use super::dateline::{Dateline, parse_dateline, parse_dateline_at};
use super::outlets::find_outlet;
use super::scan::{is_any_space, skip_back_while, skip_while};

/// An article split into its parts.
///
/// With feature `serde` it serializes as the `article` object of the CLI
/// contract: `dateline` and `byline` are `null` when absent.
///
/// ```
/// use vietnorm::news::parse_article;
/// let text = "(VOV) - Sáng nay, cầu mới thông xe.\nNgười dân rất vui./.";
/// let a = parse_article(text);
/// assert_eq!(a.dateline.as_ref().unwrap().text, "(VOV) -");
/// // The end mark alone is no byline, and not part of the body either.
/// assert!(a.byline.is_none());
/// assert_eq!(&text[a.body.start..a.body.end], "Sáng nay, cầu mới thông xe.\nNgười dân rất vui.");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article<'a> {
    /// The dateline that opens the article, if any; when the head has none,
    /// the tag that opens a lead a crawler appended at the end of the text
    /// (then the body and the byline end before that lead).
    pub dateline: Option<Dateline<'a>>,
    /// The byline that ends the article, if any.
    pub byline: Option<Byline<'a>>,
    /// The body: the text between dateline and byline, without the spaces
    /// around it.
    pub body: BodySpan,
}

/// The byte span of an article's body, half-open.
///
/// ```
/// let a = vietnorm::news::parse_article("  Chỉ có thân bài.  ");
/// assert_eq!((a.body.start, a.body.end), (2, 23));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BodySpan {
    /// Byte offset of the body's first character.
    pub start: usize,
    /// Byte offset just past the body's last character.
    pub end: usize,
}

/// Splits `text` into dateline, body and byline. Reads only the head and
/// the tail of the text.
///
/// The byline usually ends the text; a marked byline may open the body
/// instead. A lead that a crawler appended after blank lines (Báo Mới 2017)
/// is in neither the body nor the byline, and its tag is the dateline when
/// the head has none:
///
/// ```
/// use vietnorm::news::parse_article;
/// let text = "Hội vật kéo dài hai ngày.\nMinh Anh\n\n\n\nGD&TĐ - Ngày 6/2, hội vật đã khai mạc.";
/// let a = parse_article(text);
/// assert_eq!(a.dateline.unwrap().label, Some("GD&TĐ"));
/// assert_eq!(a.byline.unwrap().authors, ["Minh Anh"]);
/// assert_eq!(&text[a.body.start..a.body.end], "Hội vật kéo dài hai ngày.");
/// ```
///
/// ```
/// use vietnorm::news::parse_article;
/// let a = parse_article("TTO - Trời mưa cả ngày.Lê Tú");
/// assert_eq!(a.dateline.unwrap().label, Some("TTO"));
/// assert_eq!(a.byline.unwrap().authors, ["Lê Tú"]);
/// assert_eq!((a.body.start, a.body.end), (6, 29));
///
/// let a = parse_article("");
/// assert!(a.dateline.is_none() && a.byline.is_none());
/// ```
pub fn parse_article(text: &str) -> Article<'_> {
    // The article ends at its last visible character: the spaces and line
    // breaks after it (a file's final newline, CRLF) change no part.
    let end = skip_back_while(text, text.len(), is_any_space);
    let mut dateline = parse_dateline(text);
    // No tag at the head: perhaps one opening the lead that a crawler
    // appended at the end; the body and byline then end before that lead.
    let mut end = end;
    if dateline.is_none() {
        if let Some(lead) = appended_lead(text, end) {
            if let Some(d) = parse_dateline_at(text, lead) {
                dateline = Some(d);
                end = skip_back_while(text, lead, is_any_space);
            }
        }
    }
    let head_dateline_end = dateline
        .as_ref()
        .filter(|d| d.end <= end)
        .map_or(0, |d| d.end);
    let body_start =
        skip_while(text, head_dateline_end, is_any_space).min(end.max(head_dateline_end));
    let cut = text.get(..end).unwrap_or(text);
    let byline = parse_byline_after(cut, body_start);
    let byline = byline.and_then(|b| not_in_appended_lead(text, end, body_start, b));
    // No byline at the end: perhaps one on the first line of the body.
    if byline.is_none() {
        // A paper that prints the signature under the lead (TBKTSG): the
        // name opening the line after the lead.
        let second_line = || {
            dateline
                .as_ref()
                .and_then(|d| d.outlet)
                .filter(|o| signs_on_second_line(o.name))
                .and_then(|_| second_line_signature(cut, body_start))
        };
        // A text with no dateline that opens with a pen name before its
        // first sentence (`Tư Hoàng Tại buổi …`).
        let opening = || {
            dateline
                .is_none()
                .then(|| opening_signature(cut, body_start))
                .flatten()
        };
        if let Some(top) = parse_byline_at_head(cut, body_start)
            .or_else(second_line)
            .or_else(opening)
        {
            let body_start = skip_while(text, top.end, is_any_space).min(end.max(top.end));
            let body_end = strip_end_mark(text, end).max(body_start);
            return Article {
                dateline,
                byline: Some(top),
                body: BodySpan {
                    start: body_start,
                    end: body_end,
                },
            };
        }
    }
    let byline = byline.map(|b| own_outlet_signature(dateline.as_ref(), b));
    let body_end = byline.as_ref().map_or(end, |b| b.start);
    let body_end = skip_back_while(text, body_end, is_any_space);
    let body_end = strip_end_mark(text, body_end).max(body_start);
    Article {
        dateline,
        byline,
        body: BodySpan {
            start: body_start,
            end: body_end,
        },
    }
}

/// `TPO - …⏎…TP`: two capitals alone that the byline reader took for a
/// writer's initials are the paper signing its own piece when the
/// article's dateline names the outlet they spell (`TP` Tiền Phong under a
/// Tiền Phong tag): the agency, as an outlet's short name after names is.
/// Elsewhere they stay the initials (byline30; see the news gold README,
/// "Settled in the byline30 probe").
fn own_outlet_signature<'a>(dateline: Option<&Dateline<'a>>, mut b: Byline<'a>) -> Byline<'a> {
    let own = dateline.and_then(|d| d.outlet).map(|o| o.name);
    let [name] = b.authors.as_slice() else {
        return b;
    };
    let name = *name;
    let alone = b.text == name
        && name.chars().count() == 2
        && b.agency.is_none()
        && b.source.is_none()
        && b.credits.is_empty();
    if alone && own.is_some() && find_outlet(name).map(|o| o.name) == own {
        b.authors.clear();
        b.agency = Some(name);
    }
    b
}

/// `end` moved before a final end mark `./.` (keeping the sentence's full
/// stop): the mark closes the text but is not part of the body.
fn strip_end_mark(text: &str, end: usize) -> usize {
    match text.get(..end) {
        Some(head) if head.ends_with("./.") => end - 2,
        _ => end,
    }
}

/// A byline read inside the one-paragraph lead that the Báo Mới 2017
/// crawl appended after blank lines, glued to its prose (`…⏎Lưu
/// Hiệp⏎⏎⏎⏎Ngày 6-2, … Ban Chỉ đạo Tây Nguyên`, the lead's last words
/// read as a name): no byline; the signature is read before that lead
/// instead (4 Báo Mới 2017 articles; eighteenth byline pass). A byline
/// that opens the last paragraph itself is kept.
fn not_in_appended_lead<'a>(
    text: &'a str,
    end: usize,
    body_start: usize,
    b: Byline<'a>,
) -> Option<Byline<'a>> {
    let Some(lead) = appended_lead(text, end) else {
        return Some(b);
    };
    if b.start <= lead || lead <= body_start {
        return Some(b);
    }
    let before = skip_back_while(text, lead, is_any_space);
    parse_byline_after(text.get(..before)?, body_start)
}
