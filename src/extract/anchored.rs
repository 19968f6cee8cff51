//! Dates anchored to another date of the text (anchor1 probe): "Cùng
//! ngày", "sáng hôm sau", "16 giờ cùng ngày", "ngày hôm trước", "năm
//! trước đó", "tháng sau đó" resolve against the anchor, the nearest date
//! before them that the extractor found in the same text
//! (the dates scan reads the forms in its own walk, [`time::Cues`];
//! [`time::shift`] moves the date). The entity keeps the anchor's span
//! ([`Anchor`]).
//!
//! The anchor is the nearest earlier date or date-time, where a day form
//! skips dates that name no day and no weekday (a year, a month, a
//! quarter: "Sáng 12/5, … trong năm 2016 … Cùng ngày" is 12 May). When the
//! nearest one cannot anchor the form (a range, a bare weekday without a
//! reference, a date without the field the unit needs) or a relative date
//! the extractor did not report (no reference) stands between, the form
//! stays unread: reaching past it would take an older date than the
//! reader does. An anchored date found earlier anchors the next ones
//! ("Sáng 14/5 … Sáng hôm sau … Cùng ngày" is 15 May).

use super::{Anchor, Entity, Kind, Value};
use crate::text::ceil_boundary;
use crate::time::{
    self, AnchorUnit, AnchoredForm, Cues, DateField, DateTime, DateTimeValue, DateValue,
    PartialDate, TimeValue,
};

/// The single date of a date or date-time entity, or of a range of
/// date-times within one day.
fn date_of(e: &Entity<'_>) -> Option<PartialDate> {
    match e.value {
        Value::Time {
            entity: time::Entity::Date(DateValue::Date(d)),
            ..
        } => Some(d),
        Value::Time {
            entity: time::Entity::DateTime(DateTimeValue::DateTime(dt)),
            ..
        } => Some(dt.date()),
        // "từ 8g-13g ngày 24-10": hours of one day.
        Value::Time {
            entity: time::Entity::DateTime(DateTimeValue::Range(r)),
            ..
        } if r.from.date() == r.to.date() => Some(r.from.date()),
        _ => None,
    }
}

/// True for a date or date-time, single or a range.
fn is_dated(e: &Entity<'_>) -> bool {
    matches!(e.kind(), Kind::Date | Kind::DateTime)
}

/// True for a date that a day form looks past: one that names no day and
/// no weekday at either end (a year, a month, a quarter, "2017-2018").
fn names_no_day(e: &Entity<'_>) -> bool {
    let no_day = |d: &PartialDate| d.day().is_none() && d.weekday().is_none();
    match e.value {
        Value::Time {
            entity: time::Entity::Date(DateValue::Date(d)),
            ..
        } => no_day(&d),
        Value::Time {
            entity: time::Entity::Date(DateValue::Range(r)),
            ..
        } => no_day(&r.from) && no_day(&r.to),
        _ => false,
    }
}

/// True for a date that a day of the month ("ngày 27 cùng tháng") looks
/// past: one that names no month at either end (a year, "2017-2018").
fn names_no_month(e: &Entity<'_>) -> bool {
    match e.value {
        Value::Time {
            entity: time::Entity::Date(DateValue::Date(d)),
            ..
        } => d.month().is_none(),
        Value::Time {
            entity: time::Entity::Date(DateValue::Range(r)),
            ..
        } => r.from.month().is_none() && r.to.month().is_none(),
        _ => false,
    }
}

/// True for a date anchored a day or more away from its own anchor
/// ("tối hôm trước", "sáng hôm sau"): an aside from the story's day, which
/// a later "cùng ngày" does not mean (it looks past it). `moved` holds the
/// starts of the dates read from forms with an offset, in order.
fn moved(moved: &[usize], e: &Entity<'_>) -> bool {
    moved.binary_search(&e.start).is_ok()
}

/// True for the date of a document ("quyết định ngày 31.1.2013", "số 01
/// ngày 11/01/2013", "Công văn số 12/BTC ngày 5/3"): a reference to a
/// paper, not a day of the story.
fn is_document_date(text: &str, start: usize) -> bool {
    let head = text.get(..start).unwrap_or("");
    let from = ceil_boundary(head, head.len().saturating_sub(48));
    let folded = crate::lex::fold(head.get(from..).unwrap_or(""));
    let window = folded.rsplit(['.', '\n', ';']).next().unwrap_or("");
    [
        "quyết định",
        "công văn",
        "nghị định",
        "thông tư",
        "văn bản",
        "tờ trình",
        "số ",
    ]
    .iter()
    .any(|w| window.contains(w))
}

/// True for a date in parentheses right after another date, which it
/// restates: "ngày 25/1 (tức 28 Tết)", "hôm nay (19/9)" read apart. The
/// anchor is the date written first.
fn glosses(text: &str, found: &[Entity<'_>], j: usize) -> bool {
    let Some(prev) = j.checked_sub(1).and_then(|p| found.get(p)) else {
        return false;
    };
    if !is_dated(prev) {
        return false;
    }
    let Some(e) = found.get(j) else {
        return false;
    };
    let between = text.get(prev.end..e.start).unwrap_or("");
    let between = crate::lex::fold(between.trim());
    matches!(between.as_ref(), "(" | "(tức" | "tức" | ", tức")
}

/// How many entities the anchor is looked for back from a form: far
/// more than a story tells between a date and its "cùng ngày", and a
/// bound that keeps the resolver linear on any text.
const LOOK_BACK: usize = 256;

/// The entities as the resolver sees them while it reads the forms in
/// order: the extractor's (`found`, in order of start, without overlaps),
/// those a reading took in (a clock, a month, a "năm này"), and the dates
/// read so far. The dates are merged into the list once, at the end, so
/// that N forms cost no N inserts into a long list.
struct Timeline<'f, 'a> {
    /// The extractor's entities.
    found: &'f [Entity<'a>],
    /// Indices into `found` of the entities a reading replaced, in
    /// increasing order.
    replaced: Vec<usize>,
    /// The dates read, in order: each with the index in `found` it goes
    /// before (a replaced entity's own index).
    added: Vec<(usize, Entity<'a>)>,
}

impl<'a> Timeline<'_, 'a> {
    /// The entities that start before `before`, nearest first, with their
    /// index in `found` (`None` for a date read here), at most
    /// [`LOOK_BACK`] of them.
    fn back_from(&self, before: usize) -> impl Iterator<Item = (Option<usize>, &Entity<'a>)> {
        let mut i = self.found.partition_point(|e| e.start < before);
        let mut a = self.added.partition_point(|(_, e)| e.start < before);
        std::iter::from_fn(move || {
            loop {
                let f = i.checked_sub(1).and_then(|k| self.found.get(k));
                let d = a.checked_sub(1).and_then(|k| self.added.get(k));
                match (f, d) {
                    (Some(fe), Some((_, de))) if de.start > fe.start => {
                        a -= 1;
                        return Some((None, de));
                    }
                    (Some(fe), _) => {
                        i -= 1;
                        if self.replaced.binary_search(&i).is_err() {
                            return Some((Some(i), fe));
                        }
                    }
                    (None, Some((_, de))) => {
                        a -= 1;
                        return Some((None, de));
                    }
                    (None, None) => return None,
                }
            }
        })
        .take(LOOK_BACK)
    }
}

/// The anchor of `form`, which starts at `before`: its span, its date and
/// whether it is itself a date read from a form, or `None` when the form
/// has none (see the module's doc).
fn anchor_of(
    text: &str,
    line: &Timeline<'_, '_>,
    cues: &Seen<'_>,
    form: &AnchoredForm,
    before: usize,
) -> Option<(Anchor, PartialDate, bool)> {
    let looked_past = |j: Option<usize>, e: &Entity<'_>| {
        (form.unit == AnchorUnit::Day && names_no_day(e))
            || (form.unit == AnchorUnit::DayOfMonth && names_no_month(e))
            || (that_year(form) && is_birth_year(text, e))
            || moved(&cues.moved, e)
            || is_document_date(text, e.start)
            || j.is_some_and(|j| glosses(text, line.found, j))
    };
    let (_, e) = line
        .back_from(before)
        .find(|&(j, e)| is_dated(e) && e.end <= before && !looked_past(j, e))?;
    // A relative date no entity covers stands between.
    let marks = &cues.marks;
    let m = marks.partition_point(|&m| m < before);
    if m.checked_sub(1)
        .and_then(|m| marks.get(m))
        .is_some_and(|&m| m >= e.end)
    {
        return None;
    }
    let d = date_of(e)?;
    // The fields the unit needs: a day of the month asks for its own day.
    let probe = if form.unit == AnchorUnit::DayOfMonth {
        form.offset
    } else {
        0
    };
    time::shift(&d, form.unit, probe)?;
    let anchor = Anchor {
        start: e.start,
        end: e.end,
    };
    let anchored = matches!(
        e.value,
        Value::Time {
            anchor: Some(_),
            ..
        }
    );
    Some((anchor, d, anchored))
}

/// The entity of `found` that ends right before byte `at` with only
/// spaces between, and its index.
fn spaced_before<'f, 'a>(
    text: &str,
    found: &'f [Entity<'a>],
    at: usize,
) -> Option<(usize, &'f Entity<'a>)> {
    let j = found.partition_point(|e| e.start < at).checked_sub(1)?;
    let e = found.get(j)?;
    let between = text.get(e.end..at)?;
    (!between.is_empty() && between.chars().all(|c| c == ' ')).then_some((j, e))
}

/// The time entity that a day form takes as its clock: a time of day
/// ending before the form's cue with only spaces between ("16 giờ cùng
/// ngày", "khoảng 8 giờ sáng hôm sau"), its index in `found`. (The part
/// of the day before the cue may have gone to the clock, "8 giờ sáng hôm
/// sau": the clock then holds it.)
fn clock_before(text: &str, found: &[Entity<'_>], form: &AnchoredForm) -> Option<usize> {
    if form.unit != AnchorUnit::Day {
        return None;
    }
    let (j, e) = spaced_before(text, found, form.cue)?;
    matches!(
        e.value,
        Value::Time {
            entity: time::Entity::Time(TimeValue::Time(_)),
            ..
        }
    )
    .then_some(j)
}

/// The date without a written year that "năm đó" completes: a month or a
/// day and month ending right before the form with only spaces between
/// ("Tháng 11 năm ấy", "ngày 5/3 năm đó"), its index in `found`.
fn month_before(text: &str, found: &[Entity<'_>], form: &AnchoredForm) -> Option<usize> {
    if !that_year(form) {
        return None;
    }
    let (j, e) = spaced_before(text, found, form.start)?;
    let Value::Time {
        entity: time::Entity::Date(DateValue::Date(d)),
        qualifier: None,
        ..
    } = e.value
    else {
        return None;
    };
    let yearless = d.year().is_none() || d.inferred().contains(DateField::Year);
    (yearless && d.month().is_some()).then_some(j)
}

/// The date `form` reads, where it goes (the index in `found` of the
/// first entity after its start) and the index of the entity it takes in
/// (a clock, a month, a "năm này"), if any.
fn read<'a>(
    text: &'a str,
    line: &Timeline<'_, 'a>,
    cues: &Seen<'_>,
    form: &AnchoredForm,
) -> Option<(usize, Option<usize>, Entity<'a>)> {
    let found = line.found;
    let clock = clock_before(text, found, form).or_else(|| month_before(text, found, form));
    let clock_entity = clock.and_then(|j| found.get(j));
    let start = clock_entity.map_or(form.start, |e| e.start);
    // Another reading already holds the words; "năm này", read as this
    // year against a reference (the one reading of those two words), gives
    // way to the year the story named.
    let k = found.partition_point(|e| e.end <= start);
    let next = if clock.is_some() { k + 1 } else { k };
    let this_year = that_year(form)
        && found
            .get(next)
            .is_some_and(|e| e.start == form.start && e.end == form.end && is_dated(e));
    if !this_year && found.get(next).is_some_and(|e| e.start < form.end) {
        return None;
    }
    // A date read from an earlier form holds the words.
    if line.added.last().is_some_and(|(_, e)| e.end > start) {
        return None;
    }
    // "sáng cùng ngày (6/2)": the gloss is the date.
    let after = found.get(next..).unwrap_or(&[]).first();
    let glossed = after.is_some_and(|e| {
        text.get(form.end..e.start)
            .is_some_and(|b| b.trim() == "(" || b.trim() == ",")
            && is_dated(e)
    });
    if glossed || (form.bare && clock.is_none()) {
        return None;
    }
    let (anchor, anchor_date, anchored) = anchor_of(text, line, cues, form, start)?;
    // "năm đó" takes a year the story wrote, not one the reference gave,
    // in the same paragraph, with no year of a name between ("năm 2013. Ở
    // V-League 2014, … Cũng năm đó": the story has moved on to 2014).
    if that_year(form)
        && (!(anchored || writes_its_year(text, &anchor, &anchor_date))
            || text.get(anchor.end..start).is_none()
            || cues
                .landmarks_of(text)
                .breaks_or_year_between(text, anchor.end, start))
    {
        return None;
    }
    if form.near && cues.landmarks_of(text).paragraph_between(anchor.end, start) {
        return None;
    }
    // "ngày mai … sáng hôm sau", "hôm nay … ngày hôm sau": a next or
    // previous day after a relative date is mostly told inside a story or
    // a quotation, whose "ngày mai" is not the article's; a bare weekday
    // the reference completed ("Đêm thứ 2 sau …") is as relative.
    let marks = cues.marks;
    let relative = marks
        .get(marks.partition_point(|&m| m < anchor.start))
        .is_some_and(|&m| m < anchor.end)
        || anchor_date.inferred().contains(DateField::Day);
    if form.near && relative {
        return None;
    }
    let date = time::shift(&anchor_date, form.unit, form.offset)?;
    let (entity, qualifier) = match clock_entity.map(|e| e.value) {
        Some(Value::Time {
            entity: time::Entity::Time(TimeValue::Time(t)),
            qualifier,
            ..
        }) => (
            time::Entity::DateTime(DateTimeValue::DateTime(DateTime::new(date, t))),
            qualifier,
        ),
        // "Tháng 11 năm ấy": the month (and day) written, the year the
        // anchor's.
        Some(Value::Time {
            entity: time::Entity::Date(DateValue::Date(written)),
            ..
        }) => (
            time::Entity::Date(DateValue::Date(
                PartialDate::new(date.year(), written.month(), written.day()).ok()?,
            )),
            None,
        ),
        _ => match form.part {
            Some(part) => (
                time::Entity::DateTime(DateTimeValue::DateTime(DateTime::from_part_of_day(
                    date, part,
                ))),
                None,
            ),
            None => (time::Entity::Date(DateValue::Date(date)), None),
        },
    };
    let e = Entity {
        start,
        end: form.end,
        text: text.get(start..form.end).unwrap_or(""),
        value: Value::Time {
            entity,
            qualifier,
            anchor: Some(anchor),
        },
    };
    Some((k, clock.or(this_year.then_some(next)), e))
}

/// True when the anchor's text writes its year in digits ("năm 2012",
/// "tháng 9/2000", "5.2010"): not a year the reference gave ("Cách đây 15
/// năm" read against it, "tháng 3" completed by it). (A "năm đó" read
/// from such an anchor anchors the next one: "Kế hoạch năm đó … Kết quả
/// là năm đó".)
fn writes_its_year(text: &str, anchor: &Anchor, date: &PartialDate) -> bool {
    let Some(year) = date
        .year()
        .filter(|_| !date.inferred().contains(DateField::Year))
    else {
        return false;
    };
    text.get(anchor.start..anchor.end)
        .is_some_and(|t| t.contains(year.to_string().as_str()))
}

/// True for a year of birth ("sinh năm 1985", "SN 1985"): an aside on a
/// person, which "năm đó" after it does not mean.
fn is_birth_year(text: &str, e: &Entity<'_>) -> bool {
    let before = text.get(..e.start).unwrap_or("").trim_end();
    before.ends_with("sinh") || before.ends_with("Sinh") || e.text.starts_with("SN")
}

/// True when the bytes `lo..hi` of `b` hold, at `i`, a year written as
/// four digits (1900 to 2099) with no digit glued on either side inside
/// `lo..hi`: a name's year ("V-League 2014", "Premier League 2008/09",
/// "Thế vận hội Bắc Kinh 2008") that no date entity read.
fn year_at(b: &[u8], i: usize, lo: usize, hi: usize) -> bool {
    let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    i >= lo
        && i + 4 <= hi
        && b.get(i..i + 4)
            .is_some_and(|w| matches!(w, [b'1', b'9', ..] | [b'2', b'0', ..]))
        && (i..i + 4).all(digit)
        && (i == lo || !digit(i - 1))
        && (i + 4 == hi || !digit(i + 4))
}

/// Where the text's line breaks, paragraphs and written years stand,
/// found once for the whole text: a form asks what stands between its
/// anchor and itself by binary search, not by reading the text between
/// (a wall of "V-League 2014, cũng năm đó. " or of "Sáng hôm sau anh về."
/// lines after one date read the growing stretch back to that date a
/// form, quadratic; walls1 probe).
struct Landmarks {
    /// The byte offsets of the line feeds.
    breaks: Vec<usize>,
    /// The line feeds before and after each line with text between two
    /// line feeds (a paragraph; blank lines not counted).
    paragraphs: Vec<(usize, usize)>,
    /// The starts of the years written as four digits, no digit glued on
    /// either side ([`year_at`] over the whole text).
    years: Vec<usize>,
}

impl Landmarks {
    /// The landmarks of `text`: its line feeds found by `memchr`, and its
    /// years checked only where a "1" or a "2" stands (`memchr2`), so that
    /// the index costs little more than a look at each byte.
    fn of(text: &str) -> Self {
        let b = text.as_bytes();
        let breaks: Vec<usize> = memchr::memchr_iter(b'\n', b).collect();
        let years = memchr::memchr2_iter(b'1', b'2', b)
            .filter(|&i| {
                matches!(b.get(i..i + 2), Some([b'1', b'9'] | [b'2', b'0']))
                    && year_at(b, i, 0, b.len())
            })
            .collect();
        let paragraphs = breaks
            .iter()
            .zip(breaks.iter().skip(1))
            .map(|(&p, &q)| (p, q))
            .filter(|&(p, q)| text.get(p + 1..q).is_some_and(|l| !l.trim().is_empty()))
            .collect();
        Landmarks {
            breaks,
            paragraphs,
            years,
        }
    }

    /// True when a paragraph stands wholly between `from` and `to`: a
    /// line with text after the first line feed and before the last one
    /// ("Sáng 12/5 …⏎Đoạn khác.⏎Sáng hôm sau": one paragraph between).
    fn paragraph_between(&self, from: usize, to: usize) -> bool {
        let i = self.paragraphs.partition_point(|&(p, _)| p < from);
        self.paragraphs.get(i).is_some_and(|&(_, q)| q < to)
    }

    /// True when the bytes `from..to` of `text` hold a line feed or a
    /// year of a name ([`year_at`] with `from..to` as the bounds). A year
    /// inside the stretch, away from its ends, is one of the whole text's
    /// years; one at either end is checked against the stretch's bounds.
    fn breaks_or_year_between(&self, text: &str, from: usize, to: usize) -> bool {
        let i = self.breaks.partition_point(|&p| p < from);
        if self.breaks.get(i).is_some_and(|&p| p < to) {
            return true;
        }
        let b = text.as_bytes();
        let y = self.years.partition_point(|&p| p < from);
        self.years.get(y).is_some_and(|&p| p + 4 <= to)
            || year_at(b, from, from, to)
            || to.checked_sub(4).is_some_and(|i| year_at(b, i, from, to))
    }
}

/// True for "năm đó", "năm ấy", "cùng năm" (that year: the year itself,
/// offset 0), as against "năm trước đó" and the day forms.
fn that_year(form: &AnchoredForm) -> bool {
    form.unit == AnchorUnit::Year && form.offset == 0
}

/// What the resolver reads besides the entities: the starts of the
/// relative dates of the text and of the dates it has read from forms with
/// an offset.
struct Seen<'c> {
    /// The relative dates' starts ([`Cues::marks`]).
    marks: &'c [usize],
    /// The starts of the next or previous days and units read so far.
    moved: Vec<usize>,
    /// The text's line breaks and years, found at the first form that
    /// asks.
    landmarks: std::cell::OnceCell<Landmarks>,
}

impl Seen<'_> {
    /// The landmarks of `text` (the text being resolved), found once.
    fn landmarks_of(&self, text: &str) -> &Landmarks {
        self.landmarks.get_or_init(|| Landmarks::of(text))
    }
}

/// Resolves every anchored form the dates scan noted in `text` (`cues`)
/// against its anchor in `found` (in order of `start`, without overlaps),
/// adding the dates read (merged in one pass at the end).
pub(super) fn resolve<'a>(text: &'a str, cues: &Cues, found: &mut Vec<Entity<'a>>) {
    let mut seen = Seen {
        marks: &cues.marks,
        moved: Vec::new(),
        landmarks: std::cell::OnceCell::new(),
    };
    let mut line = Timeline {
        found,
        replaced: Vec::new(),
        added: Vec::new(),
    };
    for form in &cues.forms {
        let Some((k, taken, e)) = read(text, &line, &seen, form) else {
            continue;
        };
        if form.offset != 0 {
            seen.moved.push(e.start);
        }
        match taken {
            Some(j) => {
                line.replaced.push(j);
                line.added.push((j, e));
            }
            None => line.added.push((k, e)),
        }
    }
    let Timeline {
        replaced, added, ..
    } = line;
    if added.is_empty() {
        return;
    }
    let old = std::mem::take(found);
    found.reserve(old.len() + added.len() - replaced.len());
    let mut added = added.into_iter().peekable();
    for (i, e) in old.into_iter().enumerate() {
        while let Some((_, d)) = added.next_if(|(k, _)| *k <= i) {
            found.push(d);
        }
        if replaced.binary_search(&i).is_err() {
            found.push(e);
        }
    }
    found.extend(added.map(|(_, d)| d));
}

#[cfg(test)]
mod tests {
    use super::Landmarks;

    /// The paragraphs between, as the resolver counted them before the
    /// walls1 probe: by reading the stretch.
    fn paragraphs_read(text: &str, from: usize, to: usize) -> bool {
        let between = text.get(from..to).unwrap_or("");
        match (between.find('\n'), between.rfind('\n')) {
            (Some(first), Some(last)) if first < last => between
                .get(first + 1..last)
                .unwrap_or("")
                .split('\n')
                .any(|p| !p.trim().is_empty()),
            _ => false,
        }
    }

    /// A line feed or a name's year in the stretch, as read before.
    fn breaks_or_year_read(text: &str, from: usize, to: usize) -> bool {
        let between = text.get(from..to).unwrap_or("");
        let b = between.as_bytes();
        between.contains('\n')
            || b.windows(4).enumerate().any(|(i, w)| {
                w.iter().all(u8::is_ascii_digit)
                    && matches!(w, [b'1', b'9', ..] | [b'2', b'0', ..])
                    && (i == 0 || b.get(i - 1).is_some_and(|c| !c.is_ascii_digit()))
                    && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
            })
    }

    /// The index answers as reading the stretch did, for every stretch of
    /// texts made of line feeds, blank lines, spaces, digits and years
    /// glued to digits or to the stretch's ends.
    #[test]
    fn landmarks_answer_as_the_stretch_read() {
        let texts = [
            "Năm 2010 anh đi.\nV-League 2014, cũng năm đó.\n  \n\nSáng hôm sau.\n",
            "12019 20191 2019x19\n\n \n1999\n2000 20 19 2099/2100",
            "\n\n2014\n",
            "x",
            "",
            "20192019\nab\ncd 1900",
        ];
        for text in texts {
            let marks = Landmarks::of(text);
            for from in 0..=text.len() {
                for to in from..=text.len() {
                    if !text.is_char_boundary(from) || !text.is_char_boundary(to) {
                        continue;
                    }
                    assert_eq!(
                        marks.paragraph_between(from, to),
                        paragraphs_read(text, from, to),
                        "{text:?} {from}..{to}"
                    );
                    assert_eq!(
                        marks.breaks_or_year_between(text, from, to),
                        breaks_or_year_read(text, from, to),
                        "{text:?} {from}..{to}"
                    );
                }
            }
        }
    }
}
