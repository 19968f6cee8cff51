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

/// The anchor of `form`, which starts at `before`: its span and its date,
/// or `None` when the form has none (see the module's doc).
fn anchor_of(
    text: &str,
    found: &[Entity<'_>],
    cues: &Seen<'_>,
    form: &AnchoredForm,
    before: usize,
) -> Option<(Anchor, PartialDate)> {
    let k = found.partition_point(|e| e.start < before);
    let looked_past = |j: usize, e: &Entity<'_>| {
        (form.unit == AnchorUnit::Day && names_no_day(e))
            || moved(&cues.moved, e)
            || is_document_date(text, e.start)
            || glosses(text, found, j)
    };
    let (_, e) = found
        .get(..k)?
        .iter()
        .enumerate()
        .rev()
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
    time::shift(&d, form.unit, 0)?;
    let anchor = Anchor {
        start: e.start,
        end: e.end,
    };
    Some((anchor, d))
}

/// The time entity that a day form takes as its clock: a time of day
/// ending before the form's cue with only spaces between ("16 giờ cùng
/// ngày", "khoảng 8 giờ sáng hôm sau"), its index in `found`.
fn clock_before(text: &str, found: &[Entity<'_>], form: &AnchoredForm) -> Option<usize> {
    if form.unit != AnchorUnit::Day {
        return None;
    }
    let k = found.partition_point(|e| e.start < form.cue);
    let j = k.checked_sub(1)?;
    let e = found.get(j)?;
    let single = matches!(
        e.value,
        Value::Time {
            entity: time::Entity::Time(TimeValue::Time(_)),
            ..
        }
    );
    let between = text.get(e.end..form.cue)?;
    let spaced = !between.is_empty() && between.chars().all(|c| c == ' ');
    // The part of the day before the cue may have gone to the clock ("8
    // giờ sáng hôm sau"): the clock then holds it.
    (single && spaced).then_some(j)
}

/// The paragraphs that stand wholly between `from` and `to`: lines with
/// text, blank lines not counted.
fn paragraphs_between(text: &str, from: usize, to: usize) -> usize {
    let between = text.get(from..to).unwrap_or("");
    // The lines after the first line break and before the last.
    match (between.find('\n'), between.rfind('\n')) {
        (Some(first), Some(last)) if first < last => between
            .get(first + 1..last)
            .unwrap_or("")
            .split('\n')
            .filter(|p| !p.trim().is_empty())
            .count(),
        _ => 0,
    }
}

/// The date `form` reads in `found`, where it goes (the index of the first
/// entity after its start) and the index of the clock it takes in, if any.
fn read<'a>(
    text: &'a str,
    found: &[Entity<'a>],
    cues: &Seen<'_>,
    form: &AnchoredForm,
) -> Option<(usize, Option<usize>, Entity<'a>)> {
    let clock = clock_before(text, found, form);
    let clock_entity = clock.and_then(|j| found.get(j));
    let start = clock_entity.map_or(form.start, |e| e.start);
    // Another reading already holds the words.
    let k = found.partition_point(|e| e.end <= start);
    let next = if clock.is_some() { k + 1 } else { k };
    if found.get(next).is_some_and(|e| e.start < form.end) {
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
    let (anchor, anchor_date) = anchor_of(text, found, cues, form, start)?;
    if form.near && paragraphs_between(text, anchor.end, start) > 0 {
        return None;
    }
    // "ngày mai … sáng hôm sau", "hôm nay … ngày hôm sau": a next or
    // previous day after a relative date is mostly told inside a story or
    // a quotation, whose "ngày mai" is not the article's; a bare weekday
    // the reference completed ("Đêm thứ 2 sau …") is as relative.
    let relative = cues
        .marks
        .iter()
        .any(|&m| anchor.start <= m && m < anchor.end)
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
    Some((k, clock, e))
}

/// What the resolver reads besides the entities: the starts of the
/// relative dates of the text and of the dates it has read from forms with
/// an offset.
struct Seen<'c> {
    /// The relative dates' starts ([`Cues::marks`]).
    marks: &'c [usize],
    /// The starts of the next or previous days and units read so far.
    moved: Vec<usize>,
}

/// Resolves every anchored form the dates scan noted in `text` (`cues`)
/// against its anchor in `found` (in order of `start`, without overlaps),
/// inserting the dates read.
pub(super) fn resolve<'a>(text: &'a str, cues: &Cues, found: &mut Vec<Entity<'a>>) {
    let mut seen = Seen {
        marks: &cues.marks,
        moved: Vec::new(),
    };
    for form in &cues.forms {
        let Some((k, clock, e)) = read(text, found, &seen, form) else {
            continue;
        };
        if form.offset != 0 {
            seen.moved.push(e.start);
        }
        match clock.and_then(|j| found.get_mut(j)) {
            Some(slot) => *slot = e,
            None => found.insert(k, e),
        }
    }
}
