//! The dateline: the outlet tag (or, rarely, place and date) that opens a
//! Vietnamese news article's lead.
//!
//! In Vietnamese news the "dateline" is almost always an outlet tag, not a
//! place (`DATELINES_REPORT.md` §1–2). Four tag shapes cover the data:
//!
//! | shape | examples |
//! |---|---|
//! | parenthesised + dash | `(VOV) - `, `(PLO)-`, `(VOV) -Một`, `(GD&TĐ) – ` |
//! | parenthesised, no dash | `(ĐTCK) `, `(baodautu.vn) `, `(TNO) ` |
//! | bare + dash | `TTO - `, `KTĐT – `, `NDĐT– `, `SGTT.VN - ` |
//! | parenthesised + full stop + dash | `(SGGP).- `, `(SGGPO). – ` |
//!
//! and four rare forms: a place in capitals (`QUẢNG NAM- `), the agency
//! form `Hà Nội, 29/10 (TTXVN) - ` (also `Hà Nội (TTXVN 10/10/2022)`), a
//! leading ISO date before a tag (`date 2025-10-29 (VTC News) -`), and a
//! place alone on the line after an untagged standfirst (`LEAD.⏎Bắc
//! Giang⏎…`, `place_line`).
//!
//! Precision first: an unknown label is a tag only when it looks like one
//! (an acronym, a domain, or with a dash a short brand name), so that a
//! sentence that merely starts with a parenthesis or an abbreviation is not
//! read as a dateline.

use super::letters::{is_caps_word, is_combining, is_title_word};
use super::outlets::{Outlet, find_outlet};
use super::places::is_place;
use super::scan::{char_at, is_any_space, is_dash, is_inline_space, skip_back_while, skip_while};
use crate::text::floor_boundary;
use crate::time::PartialDate;

/// How far into an article a dateline may start and end, in bytes. Leads
/// start with their tag; the window keeps the cost independent of length.
pub(crate) const HEAD_WINDOW: usize = 320;

/// The dateline that opens an article: the tag as written and what it says.
///
/// Offsets are bytes into the text given to [`parse_dateline`], half-open.
///
/// ```
/// use vietnorm::news::parse_dateline;
/// let d = parse_dateline("TTO - Sáng nay, mưa lớn kéo dài.").unwrap();
/// assert_eq!((d.text, d.start, d.end), ("TTO -", 0, 5));
/// assert_eq!(d.label, Some("TTO"));
/// assert_eq!(d.outlet.map(|o| o.name), Some("Tuổi Trẻ"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Dateline<'a> {
    /// The dateline as written, from its first character to its dash (or
    /// closing parenthesis), without the spaces after it.
    pub text: &'a str,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The tag as written (`TTO`, `SGGPO`, `Dân trí`); `None` for a place
    /// dateline without a tag.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub label: Option<&'a str>,
    /// The publication the tag names, from the outlet registry; `None` when
    /// the label is not in the registry. Serialized as the canonical name.
    #[cfg_attr(
        feature = "serde",
        serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "serialize_outlet"
        )
    )]
    pub outlet: Option<&'static Outlet>,
    /// The place written in the dateline (`Hà Nội`, `QUẢNG NAM`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub place: Option<&'a str>,
    /// The date written in the dateline (`29/10`, `2025-10-29`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub date: Option<PartialDate>,
}

#[cfg(feature = "serde")]
fn serialize_outlet<S: serde::Serializer>(
    outlet: &Option<&'static Outlet>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match outlet {
        Some(o) => serializer.serialize_str(o.name),
        None => serializer.serialize_none(),
    }
}

/// Reads the dateline at the start of `text` (after any leading spaces, or
/// after a headline line), or `None` when the article does not open with
/// one. Only the first few hundred bytes are read, whatever the length of
/// `text`.
///
/// ```
/// use vietnorm::news::parse_dateline;
/// let d = parse_dateline("(SGGPO).- Chiều qua, đoàn công tác đã đến.").unwrap();
/// assert_eq!(d.text, "(SGGPO).-");
/// assert_eq!(d.outlet.map(|o| o.name), Some("Sài Gòn Giải Phóng"));
///
/// let d = parse_dateline("QUẢNG NAM- Một cây cầu mới vừa thông xe.").unwrap();
/// assert_eq!((d.label, d.place), (None, Some("QUẢNG NAM")));
///
/// // After a headline.
/// let d = parse_dateline("Cầu mới thông xe\n\nTTO - Sáng nay, cây cầu mở cửa.").unwrap();
/// assert_eq!(d.label, Some("TTO"));
///
/// // After a lead line, a registered outlet only.
/// let lead = "Sáng nay, cây cầu nối hai bờ sông đã chính thức thông xe sau hai năm xây dựng, người dân rất vui mừng.";
/// let text = format!("{lead}\nCôngThương - Cùng ngày, có họp.");
/// let d = parse_dateline(&text).unwrap();
/// assert_eq!(d.outlet.map(|o| o.name), Some("Công Thương"));
/// assert!(parse_dateline(&format!("{lead}\nXYZO - Cùng ngày, có họp.")).is_none());
///
/// // Not datelines: an ordinary parenthesis, an abbreviation in a sentence.
/// assert!(parse_dateline("(Ảnh minh họa) Người dân xếp hàng.").is_none());
/// assert!(parse_dateline("COVID-19 vẫn diễn biến phức tạp.").is_none());
/// ```
pub fn parse_dateline(text: &str) -> Option<Dateline<'_>> {
    let window = text.get(..floor_boundary(text, HEAD_WINDOW + LEAD_MAX))?;
    let start = skip_while(window, 0, is_any_space);
    let head = window.get(..floor_boundary(window, start + HEAD_WINDOW))?;
    if let Some(d) = parse_at(head, start)
        .or_else(|| tag_remnant(head, start))
        .or_else(|| tag_after_top_caption(window, start))
        .or_else(|| glued_tag_in_lead(window, start))
    {
        return Some(d);
    }
    // A headline may come first (`Mưa lớn ở Hà Nội\n\nTTO - Chiều nay…`):
    // then only a tag of a registered outlet, or a dated form, opens the
    // next line, so that a tag-like line inside the text is not taken.
    // A lead may come first too (Báo Mới 2013: `…của tỉnh.\nCôngThương -
    // Cùng ngày…`): then only a registered outlet of three letters or more.
    let first_end = start + window.get(start..)?.find('\n')?;
    let first = window.get(start..first_end)?.trim_end();
    if first.is_empty() || first.len() > LEAD_MAX {
        return None;
    }
    let headline = first.len() <= TITLE_MAX && !first.ends_with(['.', '!', '?', ':', ';', ',']);
    if !headline && first.len() < LEAD_MIN {
        return None;
    }
    let next = skip_while(window, first_end, is_any_space);
    let head = window.get(..floor_boundary(window, next + HEAD_WINDOW))?;
    parse_at(head, next)
        .filter(|d| {
            if headline {
                d.outlet.is_some() || d.date.is_some()
            } else {
                d.outlet.is_some()
                    && d.label
                        .is_some_and(|l| l.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
            }
        })
        .or_else(|| after_caption(window, next))
        .or_else(|| (!headline).then(|| place_line(window, next)).flatten())
}

/// The longest place line after a standfirst, in bytes (`Thừa Thiên
/// Huế:` is 20, `Bà Rịa - Vũng Tàu:` 23).
const PLACE_LINE_MAX: usize = 40;

/// A place alone on the line after the standfirst, as a dateline with no
/// tag: `LEAD.⏎Bắc Giang⏎Ngày 9-12, …`, `“QUOTE” - NAME kể….⏎Bình
/// Dương⏎Người dân …` (Dân trí texts as the VFND set keeps them: the
/// place that opened the body stands on a line of its own, after the
/// standfirst). The line at `next` holds a registered place and nothing
/// else but an optional colon (`Quảng Bình:`), and a sentence opens the
/// line after it (a capital or a digit). The caller asks this only when
/// the head opens with no tag and the first line is a standfirst (a
/// sentence of [`LEAD_MIN`] bytes or more): a place line under a
/// headline is a caption or a heading (news47 probe; the news gold
/// README, "Settled in the news47 probe").
fn place_line(window: &str, next: usize) -> Option<Dateline<'_>> {
    let rest = window.get(next..)?;
    let line_len = rest.find('\n')?;
    let line = rest.get(..line_len)?.trim_end();
    if line.is_empty() || line.len() > PLACE_LINE_MAX {
        return None;
    }
    let place = line.strip_suffix(':').unwrap_or(line).trim_end();
    if !is_place(place) {
        return None;
    }
    let after = skip_while(window, next + line_len, is_any_space);
    if !char_at(window, after).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    Some(Dateline {
        text: line,
        start: next,
        end: next + line.len(),
        label: None,
        outlet: None,
        place: Some(place),
        date: None,
    })
}

/// Tags that a crawler glued after a photo caption on the line after the
/// lead (Báo Mới 2013: `…lead.\nẢnh minh họa.CôngThương - …`,
/// `…\nCAPTION CôngThương   - …`): written as one word, they are
/// never prose, so the caption before them may be skipped.
const GLUED_TAGS: &[&str] = &["CôngThương"];

/// The longest caption before a glued tag, in bytes.
const CAPTION_MAX: usize = 320;

/// The caption a crawler may have kept before the lead: the text from
/// `start` to the end of its line, at most [`CAPTION_MAX`] bytes.
fn caption_at(window: &str, start: usize) -> Option<&str> {
    let line_end = window
        .get(start..)?
        .find('\n')
        .map_or(window.len(), |i| start + i);
    window.get(start..floor_boundary(window, (start + CAPTION_MAX).min(line_end)))
}

/// A tag of [`GLUED_TAGS`] after a caption on the line at `next`: preceded
/// by a space or a full stop, followed by a dash, as the tag shapes read it.
fn after_caption(window: &str, next: usize) -> Option<Dateline<'_>> {
    let caption = caption_at(window, next)?;
    // Composed or decomposed (NFD) as written.
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
    let off = GLUED_TAGS
        .iter()
        .filter_map(|t| {
            caption
                .find(t)
                .or_else(|| caption.find(nfd.normalize(t).as_ref()))
        })
        .min()?;
    let at = next + off;
    let before = window.get(..at)?;
    // After a space or a full stop, or glued to the caption's last word
    // (`…thơ mộngCôngThương - …`: Báo Mới 2013 joined them with nothing).
    if off == 0 || !(before.ends_with([' ', '.', '…', '\u{a0}']) || ends_lowercase(before)) {
        return None;
    }
    let head = window.get(..floor_boundary(window, at + HEAD_WINDOW))?;
    parse_at(head, at).filter(|d| d.outlet.is_some())
}

/// A tag of [`GLUED_TAGS`] after the lead's last sentence on the text's
/// first line, where a flattened text (Vietnam Mới: `…in Vietnam”.
/// CôngThương - Triển lãm …`, the whole article on one line) has what
/// Báo Mới 2013 prints on the line after the lead (`…lead.⏎CôngThương -
/// …`, read by [`after_caption`]). The tag stands at least [`LEAD_MIN`]
/// bytes in, within [`LEAD_MAX`], after a sentence's end (a full stop,
/// `!`, `?`, an ellipsis or a closing quote) and a space, and is read as
/// at the head with its dash, a registered outlet only (news44 probe).
fn glued_tag_in_lead(window: &str, start: usize) -> Option<Dateline<'_>> {
    let line_end = window
        .get(start..)?
        .find('\n')
        .map_or(window.len(), |i| start + i);
    let lead = window.get(start..floor_boundary(window, line_end.min(start + LEAD_MAX)))?;
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
    let off = GLUED_TAGS
        .iter()
        .filter_map(|t| {
            lead.find(t)
                .or_else(|| lead.find(nfd.normalize(t).as_ref()))
        })
        .min()?;
    if off < LEAD_MIN {
        return None;
    }
    let before = lead.get(..off)?.strip_suffix(' ')?.trim_end();
    if !before.ends_with(['.', '!', '?', '…', '”', '"']) {
        return None;
    }
    let at = start + off;
    let head = window.get(..floor_boundary(window, at + HEAD_WINDOW))?;
    parse_at(head, at).filter(|d| d.outlet.is_some() && d.text.contains(is_dash))
}

/// True when `s` ends with a lowercase letter, composed or decomposed
/// (a combining mark after its base letter).
fn ends_lowercase(s: &str) -> bool {
    s.chars()
        .rev()
        .find(|&c| !is_combining(c))
        .is_some_and(char::is_lowercase)
}

/// A registered tag with its dash right after the top photo's caption,
/// which the crawler joined to the lead on the text's first line (`Ông
/// NAME. TP - “…`, `…tại nhà thi đấu (Đà Nẵng). ICTnews - …`, `…(Ảnh:
/// NAME) NDĐT- …`): the tag stands after the caption's first end, a full
/// stop or a closing parenthesis and a space, within [`CAPTION_MAX`]
/// bytes. Only a registered outlet written with its dash: a sentence may
/// open with an acronym, and a tag without a dash is too like one.
fn tag_after_top_caption(window: &str, start: usize) -> Option<Dateline<'_>> {
    let caption = caption_at(window, start)?;
    let off = caption
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | ')') && caption.get(i + 1..).is_some_and(|r| r.starts_with(' '))
        })
        .map(|(i, _)| i + 1)?;
    let at = skip_while(window, start + off, is_inline_space);
    let head = window.get(..floor_boundary(window, at + HEAD_WINDOW))?;
    parse_at(head, at).filter(|d| d.outlet.is_some() && d.text.contains(is_dash))
}

/// Outlets whose tag some crawls kept without its dash, at the very start
/// of the text (`Dân trí Nam thanh niên 17 tuổi…`: 9 unc articles). Only
/// these: other registered names are everyday words at a sentence's start
/// (`Thanh tra Bộ GTVT…`, `Chính phủ Ấn Độ…`, 11 articles).
const TAG_REMNANTS: &[&str] = &["Dân trí"];

/// A tag remnant of [`TAG_REMNANTS`] at `start`, as written (composed),
/// followed by one space and a capital that opens the lead.
fn tag_remnant(s: &str, start: usize) -> Option<Dateline<'_>> {
    let rest = s.get(start..)?;
    // Composed or decomposed (NFD) as written.
    let len = TAG_REMNANTS.iter().find_map(|l| {
        if rest.starts_with(l) {
            return Some(l.len());
        }
        let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(l);
        rest.starts_with(nfd.as_ref()).then_some(nfd.len())
    })?;
    let after = rest.get(len..)?.strip_prefix(' ')?;
    if !after.starts_with(char::is_uppercase) {
        return None;
    }
    let text = rest.get(..len)?;
    Some(Dateline {
        text,
        start,
        end: start + len,
        label: Some(text),
        outlet: find_outlet(text),
        place: None,
        date: None,
    })
}

/// The longest headline line before a dateline, in bytes.
const TITLE_MAX: usize = 240;

/// The longest lead line before a dateline that opens the second line, in
/// bytes (Báo Mới 2013 leads run to about 600).
const LEAD_MAX: usize = 640;

/// The shortest lead line, in bytes: a lead is a paragraph, so that a short
/// sentence followed by a tag-like line (`…an toàn.\nTTO - Một tin khác`)
/// is text, not a lead and a dateline.
const LEAD_MIN: usize = 100;

/// The dateline that opens the lead a crawler appended at the end of the
/// text (Báo Mới 2017: `…\n\n\n\nGD&TĐ - Ngày 6/2, …`), at `start`: the
/// same shapes as at the head, but only a registered outlet, a domain or a
/// place (an unknown acronym is not enough there).
pub(crate) fn parse_dateline_at(text: &str, start: usize) -> Option<Dateline<'_>> {
    let head = text.get(..floor_boundary(text, start + HEAD_WINDOW))?;
    parse_at(head, start)
        .filter(|d| d.outlet.is_some() || d.place.is_some() || d.label.is_some_and(is_domain))
}

/// The parts of a dateline found at one position.
struct Found<'a> {
    end: usize,
    label: Option<&'a str>,
    place: Option<&'a str>,
    date: Option<PartialDate>,
}

fn parse_at(s: &str, start: usize) -> Option<Dateline<'_>> {
    let found = leading_date(s, start)
        .or_else(|| agency_form(s, start))
        .or_else(|| tag(s, start))?;
    let text = s.get(start..found.end)?;
    Some(Dateline {
        text,
        start,
        end: found.end,
        label: found.label,
        outlet: found.label.and_then(find_outlet),
        place: found.place,
        date: found.date,
    })
}

/// `date 2025-10-29 (VTC News) -`: an ISO date (optionally after the word
/// `date` or `ngày`) right before a tag.
fn leading_date(s: &str, start: usize) -> Option<Found<'_>> {
    let mut p = start;
    for word in ["date:", "date", "Date:", "Date", "DATE", "Ngày", "ngày"] {
        if s.get(p..)?.starts_with(word) {
            let after = p + word.len();
            if char_at(s, after).is_some_and(is_inline_space) {
                p = skip_while(s, after, is_inline_space);
                break;
            }
        }
    }
    // Only a digit can start the date: no need to run the date parser on
    // every lead.
    if !char_at(s, p).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let (date, used) = date_prefix(s.get(p..)?)?;
    let p = skip_while(s, p + used, is_inline_space);
    let t = tag(s, p)?;
    Some(Found {
        date: Some(date),
        ..t
    })
}

/// A date at the start of `s` and the bytes it took, read by the dates
/// module's prefix parser (`29/10`, `2025-10-29`, `ngày 29/10/2025`).
fn date_prefix(s: &str) -> Option<(PartialDate, usize)> {
    // A dateline's date is short (`ngày 29 tháng 10 năm 2025` is 30 bytes):
    // give the parser no more than that, so it does not read the lead.
    let s = s.get(..floor_boundary(s, 40))?;
    crate::time::parse_date_prefix(s)
        .ok()
        .filter(|&(_, used)| used > 0)
}

/// `Hà Nội, 29/10 (TTXVN) - `, `Hà Nội (TTXVN) - ` and
/// `Hà Nội (TTXVN 10/10/2022) `: a place, an optional date, an agency.
fn agency_form(s: &str, start: usize) -> Option<Found<'_>> {
    // The place: one to four Title Case words.
    let mut p = start;
    let mut words = 0;
    loop {
        let w_end = skip_while(s, p, super::letters::is_word_char);
        let word = s.get(p..w_end)?;
        if !(is_title_word(word) || is_caps_word(word) && word.chars().count() > 1) {
            return None;
        }
        words += 1;
        let next = skip_while(s, w_end, is_inline_space);
        if words < 4 && next > w_end && char_at(s, next).is_some_and(char::is_uppercase) {
            p = next;
            continue;
        }
        p = w_end;
        break;
    }
    let place = s.get(start..p)?;
    let mut date = None;
    if char_at(s, p) == Some(',') {
        let q = skip_while(s, p + 1, is_inline_space);
        let r = s.get(q..)?;
        if !(r.starts_with(|c: char| c.is_ascii_digit()) || r.starts_with("ngày")) {
            return None;
        }
        let (d, used) = date_prefix(r)?;
        date = Some(d);
        p = q + used;
    }
    let p = skip_while(s, p, is_inline_space);
    if char_at(s, p) != Some('(') {
        return None;
    }
    let close = p + s.get(p..floor_boundary(s, p + 48))?.find(')')?;
    let inner = s.get(p + 1..close)?.trim();
    // The agency, then perhaps a date inside the parenthesis.
    let agency_end = inner
        .find(|c: char| is_inline_space(c))
        .unwrap_or(inner.len());
    let agency = inner.get(..agency_end)?;
    // Only a registered agency or outlet: `Lê Ngọc Tuấn (SN 1985)` is a
    // name and a birth year, not a place, an agency and a date.
    find_outlet(agency)?;
    let rest = inner.get(agency_end..)?.trim_start();
    if !rest.is_empty() {
        if date.is_some() {
            return None;
        }
        let (d, used) = date_prefix(rest)?;
        if used != rest.len() {
            return None;
        }
        date = Some(d);
    }
    let label_start = p + 1 + s.get(p + 1..close)?.find(agency)?;
    let label = s.get(label_start..label_start + agency.len())?;
    let (end, dash) = after_close(s, close + 1);
    if !dash && date.is_none() {
        return None;
    }
    let sentence_follows = char_at(s, end).is_some_and(is_inline_space)
        && starts_capital_sentence(s, skip_while(s, end, is_inline_space));
    if !(dash || sentence_follows) {
        return None;
    }
    Some(Found {
        end,
        label: Some(label),
        place: Some(place),
        date,
    })
}

/// A lead tag at `start`: parenthesised or bare, or a place in capitals.
fn tag(s: &str, start: usize) -> Option<Found<'_>> {
    if char_at(s, start) == Some('(') {
        paren_tag(s, start)
    } else {
        bare_tag(s, start)
    }
}

/// `(LABEL) - `, `(LABEL) `, `(LABEL).- `, `(LABEL)-`.
fn paren_tag(s: &str, start: usize) -> Option<Found<'_>> {
    let limit = floor_boundary(s, start + 64);
    let close = start + 1 + s.get(start + 1..limit)?.find([')', '\n', '('].as_slice())?;
    if char_at(s, close) != Some(')') {
        return None;
    }
    let inner_start = skip_while(s, start + 1, is_inline_space);
    let inner_end = skip_back_while(s, close, is_inline_space);
    let label = s.get(inner_start..inner_end)?;
    let (end, dash) = after_close(s, close + 1);
    let ok = if find_outlet(label).is_some() || is_domain(label) {
        true
    } else if is_acronym(label) {
        !is_common_acronym(label)
    } else {
        let spaced = inner_start > start + 1 && inner_end < close;
        dash && (is_brand(label) || spaced && is_section_label(label))
    };
    if !ok {
        return None;
    }
    if !dash {
        // Without a dash the tag must be followed by a space and the start
        // of a sentence: `(ĐTCK) Với…`, not `(ĐTCK)-ish` text. A registered
        // outlet may be glued to the sentence (`(PetroTimes)Nhiều…`, Báo
        // Mới 2013 joined the lines).
        let glued = find_outlet(label).is_some() && char_at(s, end).is_some_and(char::is_uppercase);
        if !glued && !char_at(s, end).is_some_and(is_inline_space) {
            return None;
        }
        if !starts_capital_sentence(s, skip_while(s, end, is_inline_space)) {
            return None;
        }
    }
    Some(Found {
        end,
        label: Some(label),
        place: None,
        date: None,
    })
}

/// After a closing parenthesis: an optional full stop, then spaces and a
/// dash. Returns the end of the tag and whether a dash was there.
fn after_close(s: &str, p: usize) -> (usize, bool) {
    let q = if char_at(s, p) == Some('.') { p + 1 } else { p };
    let r = skip_while(s, q, is_inline_space);
    match char_at(s, r) {
        Some(c) if is_dash(c) => (r + c.len_utf8(), true),
        _ => (p, false),
    }
}

/// `LABEL - `, `LABEL– `, `LABEL- `; or a place in capitals, `QUẢNG NAM- `.
fn bare_tag(s: &str, start: usize) -> Option<Found<'_>> {
    let limit = floor_boundary(s, start + 48);
    let head = s.get(start..limit)?;
    let (dash_off, dash) = head
        .char_indices()
        .take_while(|&(_, c)| c != '\n' && c != '(' && c != ',' && c != ':')
        .find(|&(_, c)| is_dash(c))?;
    let dash_at = start + dash_off;
    let label_end = skip_back_while(s, dash_at, is_inline_space);
    let label = s.get(start..label_end)?;
    // `Chinhphu.vn) - `: the crawler lost the opening parenthesis; the
    // label is what stood inside, the span keeps the `)`.
    let label = match label.strip_suffix(')') {
        Some(inner) if !inner.contains('(') => inner.trim_end(),
        _ => label,
    };
    if label.is_empty() || label.split_whitespace().count() > 4 {
        return None;
    }
    let end = dash_at + dash.len_utf8();
    let spaced_before = label_end < dash_at;
    let spaced_after = char_at(s, end).is_some_and(is_inline_space);
    // `COVID-19`, `Hà Nội-Hải Phòng`: a dash inside words is not a tag's;
    // but a registered tag in capitals glued by a dash to the lead's first
    // word (`TPO-Tuyển U23…`, `NDĐT-Sáng 28-5…`) is one.
    if !(spaced_after
        || spaced_before && char_at(s, end).is_some_and(char::is_uppercase)
        || glued_registered_tag(s, label, end))
    {
        return None;
    }
    if !starts_sentence(s, skip_while(s, end, is_inline_space)) {
        return None;
    }
    if label.chars().any(char::is_lowercase) {
        // Mixed case: only a registered label (`Dân Việt`, `GiadinhNet`) or
        // a domain (`VTV.vn`) is a tag; and every word capitalised, since
        // bare `Giao thông - …` or `Tin tức - …` open ordinary sentences.
        let capitalised = label.split_whitespace().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        });
        if !(is_domain(label) || capitalised && find_outlet(label).is_some()) {
            return None;
        }
        return Some(Found {
            end,
            label: Some(label),
            place: None,
            date: None,
        });
    }
    if is_place(label) {
        return Some(Found {
            end,
            label: None,
            place: Some(label),
            date: None,
        });
    }
    let ok = find_outlet(label).is_some()
        || is_domain(label)
        || (is_acronym(label) && !is_common_acronym(label) && spaced_before && spaced_after);
    ok.then_some(Found {
        end,
        label: Some(label),
        place: None,
        date: None,
    })
}

/// `TPO-Tuyển`, `NDĐT-Sáng`: a registered tag of three capitals or more
/// (not `RT-Mart`, `VN-Index`) glued by a dash to a word that opens a
/// sentence, a capital then a lowercase letter (Báo Mới 2013 lost the
/// spaces around the dash).
fn glued_registered_tag(s: &str, label: &str, end: usize) -> bool {
    let mut next = s.get(end..).unwrap_or_default().chars();
    is_acronym(label)
        && !label.contains(' ')
        && label.chars().count() >= 3
        && find_outlet(label).is_some()
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
}

/// True when a sentence can start at `p`: a letter, digit or opening quote.
fn starts_sentence(s: &str, p: usize) -> bool {
    char_at(s, p).is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, '"' | '“' | '‘' | '\'' | '«' | '[' | '(')
    })
}

/// Stricter, for tags without a dash: a capital, digit or opening quote
/// must follow (`(ĐTCK) Với…`), since `Báo X (TTXVN) lược đăng…` is prose.
fn starts_capital_sentence(s: &str, p: usize) -> bool {
    char_at(s, p).is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '«')
    })
}

/// `TTO`, `GD&TĐ`, `HQ Online`, `QK7 Online`, `VTC-News`: an acronym of two
/// or more capitals (digits, `&`, `.`, `+`, `-` allowed inside), optionally
/// followed by `Online`.
fn is_acronym(label: &str) -> bool {
    let mut words = label.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    let suffix_ok = match rest.as_slice() {
        [] => true,
        [w] => w.eq_ignore_ascii_case("online") || w.eq_ignore_ascii_case("news"),
        _ => false,
    };
    let capitals = first.chars().filter(|c| c.is_uppercase()).count();
    suffix_ok
        && capitals >= 2
        && first.chars().count() <= 12
        && first.chars().next().is_some_and(char::is_uppercase)
        && first
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '.' | '+' | '-'))
}

/// `Chinhphu.vn`, `SGTT.VN`, `baodautu.vn`: one token ending in a web
/// top-level domain.
pub(crate) fn is_domain(label: &str) -> bool {
    const TLDS: &[&str] = &[
        ".vn", ".com", ".net", ".org", ".info", ".biz", ".today", ".news", ".de", ".tv",
    ];
    !label.contains(char::is_whitespace)
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
        && label.chars().next().is_some_and(char::is_alphanumeric)
        && TLDS.iter().any(|t| {
            label.len() > t.len()
                && label
                    .get(label.len() - t.len()..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(t))
        })
}

/// A short brand name before a dash: one to three words, the first
/// capitalised (`Blogtamsu`, `Phù Ninh`), none of them a word that opens
/// ordinary parentheses (`Ảnh`, `Video`, `Theo`), composed or decomposed
/// as written.
fn is_brand(label: &str) -> bool {
    const NOT_BRANDS: &[&str] = &[
        "Ảnh",
        "Video",
        "Clip",
        "Theo",
        "Nguồn",
        "Tin",
        "Xem",
        "Infographic",
        "Tổng",
        "Trích",
        "Còn",
        "Kỳ",
        "Phần",
        "Bài",
        "Đồ",
        "Nhóm",
        "Thực",
    ];
    let words: Vec<&str> = label.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    words.len() <= 3
        && first
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && words.iter().all(|w| {
            w.chars()
                .all(|c| super::letters::is_word_char(c) || matches!(c, '.' | '&' | '+'))
        })
        && label.chars().any(char::is_alphabetic)
        && !NOT_BRANDS.contains(&super::letters::composed(first).as_ref())
}

/// A section's name that a site printed in the tag's place, spaced inside
/// its parentheses (Đất Việt as Vietnam Mới kept it:
/// `( Tin tức thời sự ) - `, `( Tệ nạn xã hội ) - `,
/// `( Doanh nghiệp ) - `): two to four syllables, the first capitalised and the others lowercase, as a phrase
/// is written, not a name. `Tin` (news) may open it here, as it does not
/// in [`is_brand`], where `(Tin, ảnh: …)` is the concern: a credit has a
/// colon or a comma, and the spaced form has neither (news44 probe).
fn is_section_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let [first, rest @ ..] = words.as_slice() else {
        return false;
    };
    let rest_lower = rest
        .iter()
        .all(|w| super::letters::is_syllable(w) && !w.chars().any(char::is_uppercase));
    (2..=4).contains(&words.len())
        && is_title_word(first)
        && super::letters::is_syllable(first)
        && rest_lower
        && {
            // Composed first: decomposed text reads the same.
            let first = super::letters::composed(first);
            first == "Tin" || is_brand(&first)
        }
}

/// Administrative and common acronyms that open ordinary sentences
/// (`UBND - cơ quan…`) and are never outlet tags.
pub(crate) fn is_common_acronym(label: &str) -> bool {
    const COMMON: &[&str] = &[
        "UBND", "HĐND", "MTTQ", "CSGT", "THPT", "THCS", "ĐH", "BHXH", "BHYT", "GDP", "CPI",
        "ASEAN", "WHO", "USD", "VND", "VNĐ", "NATO", "EU", "UAE", "CLB", "HLV", "ĐT", "BTC", "TP",
        "PV", "CTV", "BTV", "COVID", "SARS", "CEO", "FDI", "ODA", "BOT", "BQL", "KCN",
    ]; // TP is Tiền Phong's print tag: found in the registry before this list is read.
    let first = label.split_whitespace().next().unwrap_or(label);
    COMMON.contains(&first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label_of(s: &str) -> Option<&str> {
        parse_dateline(s).and_then(|d| d.label)
    }

    #[test]
    fn four_shapes() {
        assert_eq!(label_of("(VOV) - Hôm nay trời mưa."), Some("VOV"));
        assert_eq!(label_of("(ĐTCK) Với bối cảnh mới."), Some("ĐTCK"));
        assert_eq!(label_of("TTO - Sáng nay trời nắng."), Some("TTO"));
        assert_eq!(label_of("(SGGPO).- Chiều nay có họp."), Some("SGGPO"));
        assert_eq!(label_of("(SGGPO). – Chiều nay có họp."), Some("SGGPO"));
        assert_eq!(label_of("(PLO)-Ngày mai có họp."), Some("PLO"));
        assert_eq!(label_of("(VOV) -Một vụ cháy nhỏ."), Some("VOV"));
        assert_eq!(label_of("NDĐT– Sáng nay có họp."), Some("NDĐT"));
        assert_eq!(
            label_of("Kinhtedothi- Sáng nay có họp."),
            Some("Kinhtedothi")
        );
    }

    #[test]
    fn unknown_labels_need_a_tag_shape() {
        assert_eq!(label_of("(XYZO) - Một tin mới."), Some("XYZO"));
        assert_eq!(
            label_of("(Blogtamsu)  - Ai cũng bất ngờ."),
            Some("Blogtamsu")
        );
        assert_eq!(label_of("(Em) Tôi đi học."), None);
        assert_eq!(label_of("(Tệ nạn xã hội) - Bài viết."), None);
        assert_eq!(label_of("UBND - cơ quan hành chính."), None);
        assert_eq!(label_of("Hôm qua - một ngày buồn."), None);
        assert_eq!(label_of("(1) Nội dung thứ nhất."), None);
    }

    #[test]
    fn spans_are_exact() {
        let s = "  \u{feff}(HNMO) – Sáng 23-10, có họp.";
        let d = parse_dateline(s).unwrap();
        assert_eq!(&s[d.start..d.end], d.text);
        assert_eq!(d.text, "(HNMO) –");
    }
}
