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
//! - "ngày 27 cùng tháng" (a written day of the anchor's month, gen43
//!   probe), not before a number, "này", "năm" or "với";
//! - a part of the day before a day form ("sáng cùng ngày", "rạng sáng
//!   hôm sau", "chiều hôm trước") is in the span.
//!
//! The dates grammar reads the forms in the scan's own walk
//! (`grammar/anchored.rs`, anchor2 probe); this module holds what it
//! reads and moves the dates.

use super::DayPart;
use super::calendar;
use super::date::{DateField, Inferred, PartialDate};

/// The calendar unit an anchored form moves by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AnchorUnit {
    /// "cùng ngày", "hôm sau", "hôm trước".
    Day,
    /// "tháng trước đó", "tháng sau đó".
    Month,
    /// "năm trước đó", "năm sau đó".
    Year,
    /// "ngày 27 cùng tháng": a written day of the anchor's month (gen43
    /// probe); the form's `offset` holds the day, 1 to 31.
    DayOfMonth,
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

/// The anchored forms and the relative dates of a text, noted by the
/// dates scan as it walks the tokens ([`super::Scan`], anchor2 probe): the
/// grammar reads them at the words where the scan stops
/// (`Grammar::cue_at`), so no second walk over the text is needed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cues {
    /// Every anchored form, in order.
    pub(crate) forms: Vec<AnchoredForm>,
    /// The starts of the relative dates a reader meets ("hôm nay", "sáng
    /// qua", "ngày mai", "năm nay", "tháng trước", "tuần tới"), in order:
    /// without a reference the extractor does not report them, and an
    /// anchored form after one must not reach past it to an older date.
    pub(crate) marks: Vec<usize>,
}

/// The date `offset` units of `unit` from `anchor`, with the fields the
/// unit keeps: a day needs the anchor's month and day (and keeps its year,
/// when known), a month its month, a year its year; a day of the month is
/// day `offset` of the anchor's month (and year). Fields the anchor had
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
        AnchorUnit::DayOfMonth => {
            let day = u8::try_from(offset).ok().filter(|d| (1..=31).contains(d))?;
            PartialDate::new(year, Some(anchor.month()?), Some(day))
                .ok()?
                .with_inferred(keep(&[DateField::Year, DateField::Month]))
        }
    };
    Some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A form as the tests read it: its text, unit, offset and part.
    type Read<'a> = (&'a str, AnchorUnit, i32, Option<DayPart>);

    fn forms(text: &str) -> Vec<Read<'_>> {
        let mut scan = super::super::Parser::new().scan(text);
        scan.by_ref().for_each(drop);
        let (_, cues) = scan.into_parts();
        cues.forms
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
            // Inside a date the scan read, which it passes over without
            // trying the grammar (anchor2): still noted, in order.
            (
                "ngày hôm sau 06.02.2017, rồi tháng sau đó",
                &[
                    ("ngày hôm sau", Day, 1, None),
                    ("tháng sau đó", Month, 1, None),
                ],
            ),
            // That year (offset 0): "năm đó", "năm ấy", "năm này", "cùng
            // năm", "cùng năm đó"; the digits of a date before it are no
            // count.
            ("Cũng trong năm đó, cô", &[("năm đó", Year, 0, None)]),
            ("Hè năm ấy, Mourinho", &[("năm ấy", Year, 0, None)]),
            ("và trong năm này đã", &[("năm này", Year, 0, None)]),
            ("cùng năm con gái ra đi", &[("cùng năm", Year, 0, None)]),
            ("Cùng năm đó, ông", &[("Cùng năm đó", Year, 0, None)]),
            ("Tháng 3 năm đó, anh", &[("năm đó", Year, 0, None)]),
            ("ngày 5/3 năm ấy", &[("năm ấy", Year, 0, None)]),
            ("chặng đua cuối cùng năm ấy", &[("năm ấy", Year, 0, None)]),
            // How long, several years, year after year, within one year,
            // the same year as another's, through the years, a written year.
            ("trong 10 năm đó", &[]),
            ("những năm ấy", &[]),
            ("từ năm này qua năm khác", &[]),
            ("hai danh hiệu trong cùng năm", &[]),
            ("diễn ra cùng năm với họ", &[]),
            ("đi cùng năm tháng", &[]),
            ("so với cùng năm trước", &[]),
            ("cùng năm 2012", &[]),
            // Across a line break: no form.
            ("cùng\nngày", &[]),
            ("hôm\nsau", &[]),
            ("3\nhôm sau", &[("hôm sau", Day, 1, None)]),
        ];
        for (text, want) in table {
            assert_eq!(forms(text), *want, "{text}");
        }
    }

    /// The relative dates the scan notes: their words, in order.
    fn marks(text: &str) -> Vec<&str> {
        let mut scan = super::super::Parser::new().scan(text);
        scan.by_ref().for_each(drop);
        let (_, cues) = scan.into_parts();
        cues.marks
            .into_iter()
            .map(|m| {
                text.get(m..)
                    .and_then(|t| t.split(' ').next())
                    .unwrap_or("")
            })
            .collect()
    }

    #[test]
    fn relative_dates_noted_in_the_walk() {
        let table: &[(&str, &[&str])] = &[
            ("Hôm nay, sáng qua, ngày mai", &["Hôm", "sáng", "ngày"]),
            ("năm nay, tháng trước, tuần tới", &["năm", "tháng", "tuần"]),
            // Inside a relative date the scan skipped without a reference
            // ("thứ Sáu tuần này", "10 giờ sáng nay"): still noted.
            ("thứ Sáu tuần này và 10 giờ sáng nay", &["tuần", "sáng"]),
            // "năm trước đó" is an anchored form, no relative date.
            ("năm trước đó, năm sau đó", &[]),
            ("hôm\nnay", &[]),
        ];
        for (text, want) in table {
            assert_eq!(marks(text), *want, "{text}");
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
            // "14/6 … ngày 27 cùng tháng"; no 31 June; no month, no day.
            (
                d(None, Some(6), Some(14)),
                AnchorUnit::DayOfMonth,
                27,
                Some(d(None, Some(6), Some(27))),
            ),
            (
                d(Some(2013), Some(6), None),
                AnchorUnit::DayOfMonth,
                31,
                None,
            ),
            (d(Some(2013), None, None), AnchorUnit::DayOfMonth, 5, None),
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
