//! Dates anchored to another date of the text (anchor1 probe): "Cùng
//! ngày" (the same day), "sáng hôm sau" (the next morning), "ngày hôm
//! trước" (the day before), "năm trước đó" (the year before that),
//! "tháng sau đó" (the month after that). A reader resolves them against
//! the date the story last named ("Sáng 12/5, … Cùng ngày, …" is 12 May),
//! not against the article's day; the extractor finds that date
//! (`extract::anchored`), and this module reads the forms and does the
//! calendar arithmetic.
//!
//! The forms, on tokens:
//!
//! - "cùng ngày" (offset 0), not before "sinh" (a shared birthday), "với"
//!   (the same day as an event), "này" ("cùng ngày này năm ngoái": the
//!   same day of another year) or a written date ("cùng ngày 12/5" is the
//!   date, which the grammar reads);
//! - "hôm sau", "ngày hôm sau" (+1), "hôm trước", "ngày hôm trước" (−1),
//!   not after a count ("3 hôm sau": a time later) nor before "khi" ("hôm
//!   trước khi …": before an event, not a date);
//! - "năm trước đó", "tháng trước đó" (−1), "năm sau đó", "tháng sau đó"
//!   (+1), not after a count or a plural word ("một năm sau đó", "những
//!   năm trước đó": how long, or several years);
//! - a part of the day before a day form ("sáng cùng ngày", "rạng sáng
//!   hôm sau", "chiều hôm trước") is in the span.

use std::borrow::Cow;

use super::DayPart;
use super::calendar;
use super::date::{DateField, Inferred, PartialDate};
use crate::lex::{self as lexer, Gap, Kind, Token, Word};

/// The calendar unit an anchored form moves by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AnchorUnit {
    /// "cùng ngày", "hôm sau", "hôm trước".
    Day,
    /// "tháng trước đó", "tháng sau đó".
    Month,
    /// "năm trước đó", "năm sau đó".
    Year,
}

/// One anchored form found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct AnchoredForm {
    /// Byte offset of the span's first byte (the part of the day's, when
    /// one is written).
    pub(crate) start: usize,
    /// Byte offset after the span.
    pub(crate) end: usize,
    /// Byte offset of the form without its part of the day: where a clock
    /// written before it ("16 giờ cùng ngày") must end.
    pub(crate) cue: usize,
    /// The unit it moves by.
    pub(crate) unit: AnchorUnit,
    /// How many units from the anchor: 0, 1 or −1.
    pub(crate) offset: i32,
    /// The part of the day written before it.
    pub(crate) part: Option<DayPart>,
    /// A next or previous day ("hôm sau", "ngày hôm trước"): it points to
    /// the day the story last told, so its anchor must stand in the same
    /// paragraph or the one before.
    pub(crate) near: bool,
    /// "hôm sau", "hôm trước" with neither "ngày" nor a part of the day
    /// before them: mostly "some day later", "the other day" ("chuẩn bị
    /// từ hôm trước"); read only after a clock ("2 giờ hôm sau").
    pub(crate) bare: bool,
}

fn word_of(t: &Token) -> Option<Word> {
    match t.kind {
        Kind::Word { word, .. } => Some(word),
        _ => None,
    }
}

fn folded<'a>(text: &'a str, toks: &[Token], i: usize) -> Option<Cow<'a, str>> {
    toks.get(i).and_then(|t| lexer::word_folded(text, t))
}

/// True when token `i` follows token `i - 1` on the same line.
fn joined(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.gap != Gap::Line)
}

/// True for a count or a plural word before a unit: "3 hôm sau", "một
/// năm sau đó", "những năm trước đó", "vài ngày hôm sau".
fn counted(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    if !joined(toks, i + 1) {
        return false;
    }
    match t.kind {
        Kind::Num { .. } => true,
        Kind::Word { word, .. } => {
            word.digit_value().is_some()
                || matches!(
                    word,
                    Word::Mot
                        | Word::Muoi
                        | Word::Muoi2
                        | Word::Nhung
                        | Word::Cac
                        | Word::Vai
                        | Word::May
                        | Word::Moi
                        | Word::Hang
                        | Word::Chuc
                )
                || folded(text, toks, i).is_some_and(|w| matches!(&*w, "mười" | "bao" | "nhiều"))
        }
        Kind::Punct(_) => false,
    }
}

/// The offset "sau" (after: +1) or "trước" (before: −1) at token `i`
/// gives a form.
fn after_or_before(toks: &[Token], i: usize) -> Option<i32> {
    match word_of(toks.get(i)?)? {
        Word::Sau => Some(1),
        Word::Truoc => Some(-1),
        _ => None,
    }
}

/// The part of the day written right before token `i` and the index of its
/// first token ("sáng", "rạng sáng", "buổi chiều").
fn part_before(toks: &[Token], i: usize) -> Option<(DayPart, usize)> {
    let p = i.checked_sub(1)?;
    if !joined(toks, i) {
        return None;
    }
    let part = DayPart::of_word(word_of(toks.get(p)?)?)?;
    let first = match p.checked_sub(1).and_then(|q| toks.get(q).map(|t| (q, t))) {
        Some((q, t)) if joined(toks, p) && matches!(word_of(t), Some(Word::Rang | Word::Buoi)) => q,
        _ => p,
    };
    Some((part, first))
}

/// Every anchored form of `text` (tokens `toks`), in order.
pub(crate) fn anchored_forms(text: &str, toks: &[Token]) -> Vec<AnchoredForm> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found = match toks.get(i).and_then(word_of) {
            Some(Word::Ngay) => same_day(text, toks, i),
            Some(Word::Hom) => day_after_or_before(text, toks, i),
            Some(unit @ (Word::Nam | Word::Thang)) => unit_before_or_after(text, toks, i, unit),
            _ => None,
        };
        match found {
            Some((form, next)) => {
                out.push(form);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// The form's start and part of the day, from its first token `first`.
fn with_part(toks: &[Token], first: usize) -> Option<(usize, Option<DayPart>)> {
    Some(match part_before(toks, first) {
        Some((part, p)) => (toks.get(p)?.start, Some(part)),
        None => (toks.get(first)?.start, None),
    })
}

/// Byte offsets of token `i`: its start and its end.
fn span(toks: &[Token], i: usize) -> Option<(usize, usize)> {
    toks.get(i).map(|t| (t.start, t.end))
}

/// "cùng ngày" at "ngày" (token `i`).
fn same_day(text: &str, toks: &[Token], i: usize) -> Option<(AnchoredForm, usize)> {
    let c = i.checked_sub(1)?;
    if !joined(toks, i) || folded(text, toks, c)? != "cùng" {
        return None;
    }
    if joined(toks, i + 1) {
        let next = toks.get(i + 1)?;
        if matches!(next.kind, Kind::Num { .. })
            || folded(text, toks, i + 1).is_some_and(|w| matches!(&*w, "sinh" | "với" | "này"))
        {
            return None;
        }
    }
    let (start, part) = with_part(toks, c)?;
    let form = AnchoredForm {
        start,
        end: span(toks, i)?.1,
        cue: span(toks, c)?.0,
        unit: AnchorUnit::Day,
        offset: 0,
        part,
        near: false,
        bare: false,
    };
    Some((form, i + 1))
}

/// "hôm sau", "hôm trước", with "ngày" before them or not, at "hôm"
/// (token `i`).
fn day_after_or_before(text: &str, toks: &[Token], i: usize) -> Option<(AnchoredForm, usize)> {
    if !joined(toks, i + 1) {
        return None;
    }
    let offset = after_or_before(toks, i + 1)?;
    // "bữa sau" (southern "day"): mostly "next time".
    if folded(text, toks, i)? != "hôm" {
        return None;
    }
    // "hôm trước khi …", "hôm sau khi …": before or after an event.
    if joined(toks, i + 2)
        && matches!(word_of(toks.get(i + 2)?), Some(Word::Do))
        && folded(text, toks, i + 2).is_some_and(|w| w == "khi")
    {
        return None;
    }
    let first = match i.checked_sub(1) {
        Some(n) if joined(toks, i) && toks.get(n).and_then(word_of) == Some(Word::Ngay) => n,
        _ => i,
    };
    if first
        .checked_sub(1)
        .is_some_and(|p| joined(toks, first) && counted(text, toks, p))
    {
        return None;
    }
    let (start, part) = with_part(toks, first)?;
    let form = AnchoredForm {
        start,
        end: span(toks, i + 1)?.1,
        cue: span(toks, first)?.0,
        unit: AnchorUnit::Day,
        offset,
        part,
        near: true,
        bare: first == i && part.is_none(),
    };
    Some((form, i + 2))
}

/// "năm trước đó", "tháng sau đó" at the unit (token `i`).
fn unit_before_or_after(
    text: &str,
    toks: &[Token],
    i: usize,
    unit: Word,
) -> Option<(AnchoredForm, usize)> {
    if !joined(toks, i + 1) || !joined(toks, i + 2) {
        return None;
    }
    let offset = after_or_before(toks, i + 1)?;
    if folded(text, toks, i + 2)? != "đó" {
        return None;
    }
    if i.checked_sub(1)
        .is_some_and(|p| joined(toks, i) && counted(text, toks, p))
    {
        return None;
    }
    let form = AnchoredForm {
        start: span(toks, i)?.0,
        end: span(toks, i + 2)?.1,
        cue: span(toks, i)?.0,
        unit: if unit == Word::Nam {
            AnchorUnit::Year
        } else {
            AnchorUnit::Month
        },
        offset,
        part: None,
        near: false,
        bare: false,
    };
    Some((form, i + 3))
}

/// The starts of the relative dates a reader meets in `toks` ("hôm nay",
/// "sáng qua", "ngày mai", "năm nay", "tháng trước", "tuần tới"): without
/// a reference the extractor does not report them, and an anchored form
/// after one must not reach past it to an older date.
pub(crate) fn relative_marks(toks: &[Token]) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, pair) in toks.windows(2).enumerate() {
        let [first, second] = pair else {
            continue;
        };
        let (Some(a), Some(b)) = (word_of(first), word_of(second)) else {
            continue;
        };
        if !joined(toks, i + 1) {
            continue;
        }
        let day = matches!(
            a,
            Word::Hom | Word::Ngay | Word::Sang | Word::Trua | Word::Chieu | Word::Toi | Word::Dem
        ) && matches!(b, Word::Nay | Word::Qua | Word::Mai | Word::Kia);
        let after = toks.get(i + 2).and_then(word_of);
        let unit = matches!(a, Word::Nam | Word::Thang | Word::Tuan)
            && (matches!(
                b,
                Word::Nay | Word::Nay2 | Word::Ngoai | Word::Qua | Word::Toi2
            ) || (matches!(b, Word::Truoc | Word::Sau) && after != Some(Word::Do)));
        if day || unit {
            out.push(first.start);
        }
    }
    out
}

/// The date `offset` units of `unit` from `anchor`, with the fields the
/// unit keeps: a day needs the anchor's month and day (and keeps its year,
/// when known), a month its month, a year its year. Fields the anchor had
/// inferred from the reference stay inferred. `None` when the anchor lacks
/// a field the unit needs.
pub(crate) fn shift(anchor: &PartialDate, unit: AnchorUnit, offset: i32) -> Option<PartialDate> {
    let year = anchor.year();
    let was = anchor.inferred();
    let keep = |fields: &[DateField]| {
        fields
            .iter()
            .filter(|f| was.contains(**f))
            .fold(Inferred::EMPTY, |acc, f| acc.with(*f))
    };
    let date = match unit {
        AnchorUnit::Day => {
            let (month, day) = (anchor.month()?, anchor.day()?);
            // Without a year, count in a common year (a leap one for 29
            // February): only 28 February moves differently.
            let in_year = year.unwrap_or(if (month, day) == (2, 29) { 2000 } else { 2001 });
            let n = calendar::days_from_civil(in_year, month, day) + i64::from(offset);
            let (y, m, d) = calendar::civil_from_days(n);
            let y = match year {
                Some(_) => Some(i32::try_from(y).ok()?),
                None => None,
            };
            PartialDate::new(y, Some(m), Some(d))
                .ok()?
                .with_inferred(keep(&[DateField::Year, DateField::Month, DateField::Day]))
        }
        AnchorUnit::Month => {
            let month = i32::from(anchor.month()?) - 1 + offset;
            let (carry, m) = (month.div_euclid(12), month.rem_euclid(12) + 1);
            let y = year.map(|y| y + carry);
            PartialDate::new(y, Some(u8::try_from(m).ok()?), None)
                .ok()?
                .with_inferred(keep(&[DateField::Year, DateField::Month]))
        }
        AnchorUnit::Year => PartialDate::new(Some(year? + offset), None, None)
            .ok()?
            .with_inferred(keep(&[DateField::Year])),
    };
    Some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A form as the tests read it: its text, unit, offset and part.
    type Read<'a> = (&'a str, AnchorUnit, i32, Option<DayPart>);

    fn forms(text: &str) -> Vec<Read<'_>> {
        let toks = lexer::tokenize(text);
        anchored_forms(text, &toks)
            .into_iter()
            .map(|f| (&text[f.start..f.end], f.unit, f.offset, f.part))
            .collect()
    }

    #[test]
    fn forms_and_their_offsets() {
        use AnchorUnit::*;
        let table: &[(&str, &[Read<'_>])] = &[
            (
                "Cùng ngày, công an cho biết",
                &[("Cùng ngày", Day, 0, None)],
            ),
            (
                "vào sáng cùng ngày",
                &[("sáng cùng ngày", Day, 0, Some(DayPart::Morning))],
            ),
            (
                "Rạng sáng hôm sau, họ",
                &[("Rạng sáng hôm sau", Day, 1, Some(DayPart::Morning))],
            ),
            ("đến ngày hôm sau thì", &[("ngày hôm sau", Day, 1, None)]),
            (
                "chiều hôm trước đó",
                &[("chiều hôm trước", Day, -1, Some(DayPart::Afternoon))],
            ),
            ("so với năm trước đó", &[("năm trước đó", Year, -1, None)]),
            ("tháng sau đó, giá", &[("tháng sau đó", Month, 1, None)]),
            // A count, a plural word: how long, or several.
            ("3 hôm sau thì", &[]),
            ("một năm sau đó", &[]),
            ("những năm trước đó", &[]),
            ("hai ngày hôm sau", &[]),
            // Before an event, a birthday, a written date.
            ("hôm trước khi đi", &[]),
            ("sinh cùng ngày sinh nhật", &[]),
            ("cùng ngày 12/5", &[]),
            ("cùng ngày với lễ khai mạc", &[]),
            ("so với cùng ngày này năm ngoái", &[]),
            ("năm sau, giá", &[]),
            ("bữa sau tôi tới", &[]),
        ];
        for (text, want) in table {
            assert_eq!(forms(text), *want, "{text}");
        }
    }

    #[test]
    fn shifts() {
        let d = |y, m, d| PartialDate::new(y, m, d).unwrap();
        let cases = [
            (
                d(None, Some(5), Some(12)),
                AnchorUnit::Day,
                0,
                Some(d(None, Some(5), Some(12))),
            ),
            (
                d(None, Some(5), Some(31)),
                AnchorUnit::Day,
                1,
                Some(d(None, Some(6), Some(1))),
            ),
            (
                d(Some(2016), Some(12), Some(31)),
                AnchorUnit::Day,
                1,
                Some(d(Some(2017), Some(1), Some(1))),
            ),
            (
                d(Some(2016), Some(3), Some(1)),
                AnchorUnit::Day,
                -1,
                Some(d(Some(2016), Some(2), Some(29))),
            ),
            (
                d(Some(2013), Some(1), None),
                AnchorUnit::Month,
                -1,
                Some(d(Some(2012), Some(12), None)),
            ),
            (
                d(None, Some(4), None),
                AnchorUnit::Month,
                -1,
                Some(d(None, Some(3), None)),
            ),
            (
                d(Some(2016), None, None),
                AnchorUnit::Year,
                -1,
                Some(d(Some(2015), None, None)),
            ),
            (d(Some(2016), None, None), AnchorUnit::Day, 0, None),
            (d(None, Some(5), Some(12)), AnchorUnit::Year, 1, None),
        ];
        for (anchor, unit, offset, want) in cases {
            assert_eq!(
                shift(&anchor, unit, offset),
                want,
                "{anchor:?} {unit:?} {offset}"
            );
        }
    }
}
