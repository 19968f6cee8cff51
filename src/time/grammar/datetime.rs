//! Date-time rules: a time and a date written together, in either order,
//! a part of the day before a date, and ranges of them.
//!
//! - time, then date: "15 giờ 30 ngày 13-5-2013", "14h ngày 30/10", "8h30
//!   sáng 29/10", "10 giờ sáng nay", "21h30 (29/10)", with nothing, ",",
//!   a dash, "vào" or a parenthesis between;
//! - date, then time: "Thứ Tư, 29/10/2025, 14:30 (GMT+7)", "29/10/2025
//!   14:30", "ngày 29/10 lúc 14h", "hôm qua lúc 8:00", with nothing, ",",
//!   a dash, "lúc", "vào" or "vào lúc" between;
//! - a part of the day, then a date: "sáng 29/10", "chiều ngày 5/6", "rạng
//!   sáng 24/5", "trưa thứ Hai (28/10)";
//! - ranges: "từ 21h ngày 24/5 đến 1h ngày 25/5", "từ 8h đến 17h ngày 5/6"
//!   (the date applies to both ends), "ngày 5/6 từ 8h đến 17h".
//!
//! The date must name a day (a day of the month, a weekday, or a relative
//! day): "14h tháng 10" is not a date-time. A count of days ("lúc 8h, 3
//! ngày trước") is not taken as the date of the time before it. Every rule
//! calls the date and time rules a bounded number of times, so the reading
//! stays linear.

use super::{Grammar, Read, TimeExpr, TimeRangeExpr, is_dash};
use crate::lex::{Kind, Word};
use crate::time::DayPart;
use crate::time::datetime::names_a_day;
use crate::time::resolve::DateExpr;

/// A date-time as read: the date, the time when written, and the word of
/// the part of the day when written (Word::Sang, …; Word::Rang for "rạng
/// sáng").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateTimeExpr {
    pub(crate) date: DateExpr,
    pub(crate) time: Option<TimeExpr>,
    pub(crate) part: Option<Word>,
}

/// A date-time or a range of them as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateTimeRangeExpr {
    pub(crate) from: DateTimeExpr,
    pub(crate) to: Option<DateTimeExpr>,
}

/// The order of a part-of-the-day word in the day, dawn first: "rạng
/// sáng", "sáng", "trưa", "chiều", "tối", "đêm" or "khuya".
fn part_rank(w: Word) -> Option<u8> {
    Some(match w {
        Word::Rang => 0,
        Word::Sang => 1,
        Word::Trua => 2,
        Word::Chieu => 3,
        Word::Toi => 4,
        Word::Dem | Word::Khuya => 5,
        _ => return None,
    })
}

fn longer<T>(a: Read<T>, b: Read<T>) -> Read<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.1 > a.1 { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The hour of `t` said in the part of the day `part`: "tối 5/6 lúc 8
/// giờ" is 20:00.
fn in_part(t: TimeExpr, part: Option<Word>) -> TimeExpr {
    let Some(p) = part.and_then(DayPart::of_word) else {
        return t;
    };
    match u8::try_from(t.hour) {
        Ok(h) if h <= 23 => TimeExpr {
            hour: u32::from(p.to_24h(h)),
            ..t
        },
        _ => t,
    }
}

impl Grammar<'_> {
    /// A date-time or a range of them, the longest reading.
    pub(crate) fn datetime_value(&self, i: usize) -> Read<DateTimeRangeExpr> {
        self.datetime_value_with(i, self.time_value(i), self.date_single(i, false))
    }

    /// [`Self::datetime_value`] given the time (or range of times) and the
    /// single date read at `i` in running text, which the scanner has
    /// already read for its own candidates: the date-time rules then cost
    /// little more than looking at what follows them.
    pub(crate) fn datetime_value_with(
        &self,
        i: usize,
        time: Read<TimeRangeExpr>,
        date: Read<DateExpr>,
    ) -> Read<DateTimeRangeExpr> {
        let single = longer(
            time.and_then(|t| self.time_then_date(i, t)),
            date.and_then(|d| self.date_then_time(i, d)),
        );
        let mut best = single;
        // "21h ngày 24/5 – 1h ngày 25/5": a dash after a single date-time.
        if let Some((DateTimeRangeExpr { from, to: None }, j)) = single {
            if self.punct(j).is_some_and(is_dash) {
                if let Some((to, end)) = self.datetime_single(j + 1) {
                    best = longer(best, Some((DateTimeRangeExpr { from, to: Some(to) }, end)));
                }
            }
        }
        let at = if self.is(i, Word::Tu) {
            best = longer(best, self.datetime_range_tu(i));
            i + 1
        } else {
            i
        };
        best = longer(best, self.night_into_day(at));
        best = longer(best, self.bare_day_into_datetime(at));
        best = longer(best, self.two_parts_of_one_day(at));
        best
    }

    /// "chiều tối và đêm 8/2", "chiều và tối 19/9", "từ sáng đến chiều
    /// 5/6": two parts of the day joined by "và", "đến" or "tới", then one
    /// date that names a day. Both parts are of that day: one range from
    /// the first to the second, as the fourteenth blind set's annotator
    /// read "chiều tối và đêm ngày 8/2" (date12 probe). The second part
    /// must not come earlier in the day than the first: "trong đêm và
    /// sáng 1/6" is the night before, and stays the morning alone. Two
    /// words for the same part ("chiều tối và tối ngày 30/4", dusk and
    /// evening) are that one part, its span taking both. Gated on a
    /// part-of-the-day word followed by a link and another one.
    fn two_parts_of_one_day(&self, i: usize) -> Read<DateTimeRangeExpr> {
        let (first, j) = self.day_part_word(i)?;
        let link = self
            .tok(j)
            .filter(|t| matches!(t.kind, Kind::Word { .. }))
            .and_then(|t| self.text.get(t.start..t.end));
        let va = link.is_some_and(|w| crate::lex::fold(w) == "và");
        if !va && !matches!(self.word(j), Some(Word::Den | Word::Toi2)) {
            return None;
        }
        let (second, _) = self.day_part_word(j + 1)?;
        let (rank1, rank2) = (part_rank(first)?, part_rank(second)?);
        if rank2 < rank1 {
            return None;
        }
        let ((date, part), end) = self.day_date(j + 1, false)?;
        let from = DateTimeExpr {
            date,
            time: None,
            part: Some(first),
        };
        let to = (rank2 > rank1).then_some(DateTimeExpr {
            date,
            time: None,
            part,
        });
        Some((DateTimeRangeExpr { from, to }, end))
    }

    /// "13 giờ ngày 29 đến 13 giờ ngày 30 tháng 5", "Đêm 29 đến 10h
    /// sáng 30/5": a time on a bare day of the month
    /// ("ngày" written between), or a part of the day on one, then "đến"
    /// or "tới" and a later date-time of the same month written
    /// whole, whose month and year the first day takes. Gated on a time or
    /// a part-of-the-day word followed by a bare number and "đến"/"tới".
    fn bare_day_into_datetime(&self, i: usize) -> Read<DateTimeRangeExpr> {
        let (time, part, j) = if let Some((part, j)) = self.day_part_word(i) {
            let j = if self.is(j, Word::Ngay) { j + 1 } else { j };
            (None, Some(part), j)
        } else {
            let (TimeRangeExpr { from, to }, j) = self.time_value(i)?;
            if to.is_some() || !self.is(j, Word::Ngay) {
                return None;
            }
            let part = self.part_in(i, j);
            (Some(in_part(from, part)), part, j + 1)
        };
        let (d1, len) = self.num(j)?;
        if len > 2 || d1 == 0 || d1 > 31 || self.glued_after(j + 1) {
            return None;
        }
        if !matches!(self.word(j + 1), Some(Word::Den | Word::Toi2)) {
            return None;
        }
        let k = j + 2;
        let (to, end) = self.datetime_single(k)?;
        let (from_date, _) = earlier_day_of(d1, &to.date)?;
        Some((
            DateTimeRangeExpr {
                from: DateTimeExpr {
                    date: from_date,
                    time,
                    part,
                },
                to: Some(to),
            },
            end,
        ))
    }

    /// "đêm 14 rạng sáng 15-3", "Đêm 26, rạng sáng 27/5", "từ đêm 29 đến
    /// sáng 30-5", "chiều tối 30 đến rạng sáng 31-5", "đêm 18 và 19/10": a
    /// part of the day on a bare day of the month, then (after a comma,
    /// "đến", "tới", "sang" or "và", or nothing) a part of the day on a
    /// later day of the same month written whole. The first day takes the month and the year
    /// of the second; the two are one range ("đêm 14" alone is no date,
    /// and its "14" no count). Gated on a part-of-the-day word followed
    /// by a number.
    fn night_into_day(&self, i: usize) -> Read<DateTimeRangeExpr> {
        let (part, j) = self.day_part_word(i)?;
        let (d1, len) = self.num(j)?;
        if len > 2 || d1 == 0 || self.glued_after(j + 1) || self.punct(j + 1) == Some('/') {
            return None;
        }
        let mut k = j + 1;
        if self.punct(k) == Some(',') {
            k += 1;
        }
        let link = self
            .tok(k)
            .filter(|t| matches!(t.kind, Kind::Word { .. }))
            .and_then(|t| self.text.get(t.start..t.end));
        let va = link.is_some_and(|w| crate::lex::fold(w) == "và");
        if va || matches!(self.word(k), Some(Word::Den | Word::Toi2)) || link == Some("sang") {
            k += 1;
        }
        // "đêm 18 và 19/10", "sáng 1 và 2-6": after "và" the second day may
        // take the first one's part of the day; it is then the next day
        // (two nights in a row, as "ngày 7 và 8/6" is read).
        let shared_part = va && self.day_part_word(k).is_none();
        let ((to_date, to_part), end) = if shared_part {
            let (d, e) = self.numeric_date(k, true)?;
            ((d, Some(part)), e)
        } else {
            self.day_part_word(k)?;
            self.day_date(k, false)?
        };
        let (from_date, d2) = earlier_day_of(d1, &to_date)?;
        if shared_part && d2 != d1 + 1 {
            return None;
        }
        Some((
            DateTimeRangeExpr {
                from: DateTimeExpr {
                    date: from_date,
                    time: None,
                    part: Some(part),
                },
                to: Some(DateTimeExpr {
                    date: to_date,
                    time: None,
                    part: to_part,
                }),
            },
            end,
        ))
    }

    /// One date-time (not a range), the longest reading.
    fn datetime_single(&self, i: usize) -> Read<DateTimeExpr> {
        let single = |r: Read<DateTimeRangeExpr>| match r {
            Some((DateTimeRangeExpr { from, to: None }, j)) => Some((from, j)),
            _ => None,
        };
        let time = self.time_value(i).and_then(|t| self.time_then_date(i, t));
        let date = self
            .date_single(i, false)
            .and_then(|d| self.date_then_time(i, d));
        longer(single(time), single(date))
    }

    /// "từ 21h ngày 24/5 đến 1h ngày 25/5" (or with a dash): two
    /// date-times after "từ". The second may be a plain date that names a
    /// day, "hết" (to the end of) allowed after "đến" or "tới": "từ 0 giờ
    /// ngày 3/6 đến hết ngày 31/7", "từ 7h ngày 1/6 đến ngày 5/6" are one
    /// range whose end has no time (dt2 probe).
    fn datetime_range_tu(&self, i: usize) -> Read<DateTimeRangeExpr> {
        let (from, j) = self.datetime_single(i + 1)?;
        let (k, linked) = match self.tok(j)?.kind {
            Kind::Punct(c) if is_dash(c) => (j + 1, false),
            Kind::Word {
                word: Word::Den | Word::Toi2,
                ..
            } => (j + 1, true),
            _ => return None,
        };
        let timed = self.datetime_single(k);
        let het = linked && self.is(k, Word::Het);
        let plain = self
            .date_single(if het { k + 1 } else { k }, true)
            .filter(|&(d, _)| names_a_day(&d) && from.time.is_some())
            .filter(|_| self.relative_count(k).is_none())
            .map(|(date, e)| {
                let to = DateTimeExpr {
                    date,
                    time: None,
                    part: None,
                };
                (to, e)
            });
        let (to, end) = longer(timed, plain)?;
        Some((DateTimeRangeExpr { from, to: Some(to) }, end))
    }

    /// The part of the day at `i`: "sáng", "buổi sáng", "rạng sáng".
    fn day_part_word(&self, i: usize) -> Read<Word> {
        match self.word(i)? {
            w @ (Word::Sang | Word::Trua | Word::Chieu | Word::Toi | Word::Dem | Word::Khuya) => {
                // "sáng sớm", "tối muộn", "đêm khuya": the first word names
                // the part; "chiều tối" (late afternoon, dusk) is evening.
                match super::date::part_modifier(self, i) {
                    Some(j) if w == Word::Chieu => Some((Word::Toi, j)),
                    Some(j) => Some((w, j)),
                    None => Some((w, i + 1)),
                }
            }
            Word::Buoi => {
                let w = self.word(i + 1)?;
                DayPart::of_word(w).map(|_| (w, i + 2))
            }
            Word::Rang if self.is(i + 1, Word::Sang) => Some((Word::Rang, i + 2)),
            _ => None,
        }
    }

    /// A date that names a day, possibly after a part of the day: "sáng
    /// 29/10", "trưa thứ Hai (28/10)", "29/10/2025", "hôm qua". `cued`:
    /// a time came just before.
    fn day_date(&self, i: usize, cued: bool) -> Read<(DateExpr, Option<Word>)> {
        let (d, j) = self.date_single(i, cued)?;
        self.naming_a_day(i, (d, j))
    }

    /// The date read at `i` with the part of the day written before it,
    /// when it names a day and is not a count ("3 ngày trước").
    /// `date_single` reads "sáng 29/10" as the date 29/10; the part is the
    /// word it starts with.
    fn naming_a_day(
        &self,
        i: usize,
        (date, j): (DateExpr, usize),
    ) -> Read<(DateExpr, Option<Word>)> {
        if !names_a_day(&date) || self.relative_count(i).is_some() {
            return None;
        }
        let part = self.day_part_word(i).map(|(w, _)| w);
        Some(((date, part), j))
    }

    /// True after a word that announces a duration: "trong 3 giờ", "mất 2
    /// giờ 30", "suốt 10 giờ", "kéo dài 8 giờ" are hours, not o'clock.
    pub(crate) fn duration_cued(&self, i: usize) -> bool {
        matches!(
            self.prev_word(i),
            Some(Word::Trong | Word::Mat | Word::Suot | Word::Dai)
        )
    }

    /// A time (or a range of times) read at `i`, then the date it is on.
    fn time_then_date(
        &self,
        i: usize,
        (times, j): (TimeRangeExpr, usize),
    ) -> Read<DateTimeRangeExpr> {
        if self.strict && self.duration_cued(i) {
            return None;
        }
        // The part of the day written with the time ("8h30 sáng", "hai
        // giờ chiều"); in running text the time stops before "sáng nay"
        // and "sáng 29/10", which the date then reads with its part.
        let own_part = self.part_in(i, j);
        let mut k = j;
        let mut paren = false;
        match self.tok(k)?.kind {
            Kind::Punct(',') => k += 1,
            Kind::Punct(c) if is_dash(c) => k += 1,
            Kind::Punct('(') => {
                paren = true;
                k += 1;
            }
            Kind::Word {
                word: Word::Vao, ..
            } => k += 1,
            _ => {}
        }
        // "10 giờ sáng nay" read whole: the time took "sáng", "nay" is left.
        let relative_after_part = own_part.is_some()
            && k == j
            && matches!(self.word(k), Some(Word::Nay | Word::Qua | Word::Mai));
        let ((date, date_part), mut end) = if relative_after_part {
            let (d, e) = self.day_part_date(k)?;
            ((d, None), e)
        } else {
            self.day_date(k, true)?
        };
        if paren {
            if self.punct(end) != Some(')') {
                return None;
            }
            end += 1;
        }
        let mut times = times;
        if let Some((offset, e)) = self.zone_after_date(&times, end) {
            times.from.offset = Some(offset);
            if let Some(to) = times.to.as_mut() {
                to.offset = Some(offset);
            }
            end = e;
        }
        let part = own_part.or(date_part);
        let at = |t: TimeExpr| DateTimeExpr {
            date,
            time: Some(in_part(t, part)),
            part,
        };
        Some((
            DateTimeRangeExpr {
                from: at(times.from),
                to: times.to.map(at),
            },
            end,
        ))
    }

    /// The zone written after the date of "20h ngày 10/6 (giờ Hà Nội)",
    /// "7h35 ngày 17/6 (giờ Việt Nam)", "1h ngày 5/6 (GMT+7)", "20h ngày
    /// 10/6, giờ Hà Nội" at `end`, when the time before the date wrote
    /// none: its offset and the token after it. The zone says the time's
    /// offset, as it does right after the time ("20h (giờ Hà Nội) ngày
    /// 10/6") and as "14:30 (GMT+7)" is read after a date-time; its span
    /// joins the date-time's (CONVENTIONS.md, date-times). After a comma
    /// only a zone named with "giờ" or "theo giờ" ([`Self::zone_after_comma`]).
    fn zone_after_date(&self, times: &TimeRangeExpr, end: usize) -> Read<i32> {
        if times.from.offset.is_some() || times.to.is_some_and(|t| t.offset.is_some()) {
            return None;
        }
        self.utc_offset(end).or_else(|| self.zone_after_comma(end))
    }

    /// A date read at `i` (possibly after a part of the day), then
    /// optionally the time (or range of times) on it; without a time, a
    /// part of the day must have been written.
    fn date_then_time(&self, i: usize, date: (DateExpr, usize)) -> Read<DateTimeRangeExpr> {
        let ((date, part), j) = self.naming_a_day(i, date)?;
        let mut k = j;
        if let Some(c) = self.punct(k) {
            if c == ',' || is_dash(c) {
                k += 1;
            }
        }
        if self.is(k, Word::Vao) {
            k += 1;
        }
        if self.is(k, Word::Luc) {
            k += 1;
        }
        let Some((TimeRangeExpr { from, to }, end)) = self.time_value(k) else {
            if part.is_none() {
                if let Some(r) = self.part_after_comma(j, date) {
                    return Some(r);
                }
            }
            let dt = DateTimeExpr {
                date,
                time: None,
                part: Some(part?),
            };
            return Some((DateTimeRangeExpr { from: dt, to: None }, j));
        };
        let at = |t: TimeExpr| DateTimeExpr {
            date,
            time: Some(in_part(t, part)),
            part: self.part_in(k, end).or(part),
        };
        Some((
            DateTimeRangeExpr {
                from: at(from),
                to: to.map(at),
            },
            end,
        ))
    }

    /// "Ngày 28-5-2013, buổi sáng, các đại biểu …": a date that names a day, a
    /// comma, then "buổi" and a part of the day closed by punctuation is
    /// that part of that day, one date-time, as the twenty-third blind
    /// set's l097 reads it (date21 probe). Only with "buổi" and
    /// punctuation after it: ", sáng 5/6" starts a date-time of its own,
    /// ", trong buổi sáng" stays apart as the twelfth set's k157 reads
    /// it. `j` is the token after the date.
    fn part_after_comma(&self, j: usize, date: DateExpr) -> Read<DateTimeRangeExpr> {
        if self.punct(j) != Some(',') || !self.is(j + 1, Word::Buoi) {
            return None;
        }
        let part = self
            .word(j + 2)
            .filter(|&w| DayPart::of_word(w).is_some())?;
        if !matches!(self.punct(j + 3), Some(',' | '.' | ';' | ':')) {
            return None;
        }
        let dt = DateTimeExpr {
            date,
            time: None,
            part: Some(part),
        };
        Some((DateTimeRangeExpr { from: dt, to: None }, j + 3))
    }

    /// The part-of-the-day word among tokens `from..to` (a time's own
    /// "sáng", "chiều"), if any.
    fn part_in(&self, from: usize, to: usize) -> Option<Word> {
        (from..to)
            .filter_map(|k| self.word(k))
            .find(|&w| DayPart::of_word(w).is_some())
    }
}

/// The first day `d1` of a range on a bare day of the month, taking the
/// month and year of the later date `to` written whole (a day and a
/// month, no weekday) when `to` falls after it: the first day's date and
/// `to`'s day.
fn earlier_day_of(d1: u32, to: &DateExpr) -> Option<(DateExpr, u32)> {
    let DateExpr::Fields(f) = to else {
        return None;
    };
    let d2 = u32::from(f.day?);
    f.month?;
    if d2 <= d1 || f.weekday.is_some() {
        return None;
    }
    let from = DateExpr::Fields(crate::time::resolve::Fields {
        day: Some(u8::try_from(d1).ok()?),
        ..*f
    });
    Some((from, d2))
}
