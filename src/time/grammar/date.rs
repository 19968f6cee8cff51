//! Date rules: numeric dates, day and month words, weekdays, relative
//! days, weeks, months, years and quarters, and ranges of them.

use super::{Grammar, Read, is_dash, is_date_sep};
use crate::lex::Word;
use crate::lex::weekday::{Rank, Reading, Thu};
use crate::lex::{Gap, Kind};
use crate::time::DayPart;
use crate::time::date::Weekday;
use crate::time::resolve::{
    DateExpr, DateRangeExpr, Direction, Fields, MonthSpec, SpanUnit, YearSpec,
};

impl Grammar<'_> {
    /// A date or a date range.
    pub(crate) fn date_value(&self, i: usize) -> Read<DateRangeExpr> {
        self.date_value_with(i, self.date_single(i, false))
    }

    /// [`Self::date_value`] given the single date read at `i`
    /// (`date_single(i, false)`), which the scanner shares with the
    /// date-time rules.
    pub(crate) fn date_value_with(&self, i: usize, single: Read<DateExpr>) -> Read<DateRangeExpr> {
        let mut best = self.date_range(i, single);
        if let Some((single, j)) = single {
            if best.is_none_or(|(_, k)| j > k) {
                best = Some((
                    DateRangeExpr {
                        from: single,
                        to: None,
                    },
                    j,
                ));
            }
        }
        best
    }

    /// "từ X đến Y", "X – Y", "1-5/10", "2024 – 2028", "tháng 1-3/2025".
    /// `single` is `date_single(i, false)`, the start of a range without
    /// "từ", read once by the caller (reading it again here cost the dates
    /// grammar a second single-date read at most starts).
    fn date_range(&self, i: usize, single: Read<DateExpr>) -> Read<DateRangeExpr> {
        let (from_at, has_tu) = if self.is(i, Word::Tu) {
            (i + 1, true)
        } else {
            (i, false)
        };
        let range = |from, to, j| Some((DateRangeExpr { from, to: Some(to) }, j));
        // "từ đầu năm đến nay": this year until now, one relative date.
        if has_tu {
            if let Some((from, j)) = self.since_start_until_now(from_at) {
                return Some((DateRangeExpr { from, to: None }, j));
            }
        }
        if !has_tu {
            if let Some(r) = self
                .decade(i)
                .or_else(|| self.century(i))
                .or_else(|| self.month_part(i))
            {
                return Some(r);
            }
        }
        // Shorthands sharing the month and year: "1-5/10", "ngày 29 - 30/10".
        let day_at = if matches!(
            self.word(from_at),
            Some(Word::Ngay | Word::Mung | Word::Hom)
        ) {
            let k = from_at + 1;
            if self.is(from_at, Word::Ngay) && self.is(k, Word::Mung) {
                k + 1
            } else {
                k
            }
        } else {
            from_at
        };
        if let Some(r) = self.day_range(day_at, has_tu || day_at != from_at || !self.strict, has_tu)
        {
            return Some(r);
        }
        // "ngày 7 và 8/6", "ngày 22 và 24/10": days listed before their
        // month, each a date of its own (CONVENTIONS.md, tenth session).
        if !has_tu {
            if let Some(r) = self.listed_day(from_at) {
                return Some(r);
            }
        }
        if self.is(from_at, Word::Thang) {
            if let Some(r) = self.month_range(from_at + 1) {
                return Some(r);
            }
        }
        if let Some(r) = self.year_range(from_at, has_tu) {
            return Some(r);
        }
        let (from, j) = if has_tu {
            let (from, j) = self.date_single(from_at, true)?;
            (from, self.after_aside(j).unwrap_or(j))
        } else {
            single?
        };
        let k = match self.range_link(j, has_tu) {
            Some(k) => k,
            None => return self.day_month_until(i, from, j),
        };
        // "tối 6/10 - một ngày trước trận đấu": after a dash, a count of
        // days before or after is an aside about the date (a day before
        // the match), not the end of a range from it (dt2 probe).
        if !has_tu && self.punct(j).is_some_and(is_dash) && self.count_of_units(k).is_some() {
            return None;
        }
        // "29/10-2/11": the end touches the dash.
        let (to, end) = self
            .date_single(k, true)
            .or_else(|| self.numeric_date_after(k, true))
            .or_else(|| {
                // "tháng 10/2011 - 9/2012": a month of a year ends a range
                // that a month of a year starts.
                let DateExpr::Fields(f) = from else {
                    return None;
                };
                (f.day.is_none() && f.month.is_some() && f.year.is_some())
                    .then(|| self.month_year_bare(k))
                    .flatten()
            })?;
        range(from, to, end)
    }

    /// "Ngày 24-5 đến 26-5, thị trường ngừng giao dịch", "gồm từ ngày 2/9
    /// đến 10/9, ngày 7/10 đến 15/10, …": without "từ", a day and its month
    /// led by "ngày" or "hôm" at the start of a clause or of a list's item
    /// (`from`, read from `i`, ending before `j`), then "đến" or
    /// "tới" ("hết", "ngày" may follow) and a later day with its month,
    /// are one range, as "ngày 11 đến 13-2" is (a list of ranges shares
    /// one "từ"; the two dates stood apart before, date17). Both ends
    /// write a day and a month; "ngày 5/6 đến Hà Nội" is no range.
    fn day_month_until(&self, i: usize, from: DateExpr, j: usize) -> Read<DateRangeExpr> {
        let DateExpr::Fields(f) = from else {
            return None;
        };
        // "ngày" opens the clause or an item of a list: after a word, the
        // date may close a clause of its own ("từ khi bị khởi tố ngày
        // 21/3/2001 đến ngày 26/12/2014 khi …": two events, two dates, as
        // the eleventh blind set's reader wrote it).
        let opens = i == 0
            || self.toks.get(i).is_some_and(|t| t.gap == Gap::Line)
            || matches!(
                self.toks.get(i - 1).map(|t| t.kind),
                Some(Kind::Punct(',' | '.' | ';' | ':' | '('))
            )
            || self.list_word_back(i - 1);
        let bare = self.bare_day_month_opens(i);
        if !self.strict
            || !(bare || (opens && matches!(self.word(i), Some(Word::Ngay | Word::Hom))))
            || f.day.is_none()
            || f.month.is_none()
            || f.weekday.is_some()
            || !matches!(self.word(j), Some(Word::Den | Word::Toi2))
        {
            return None;
        }
        let mut k = j + 1;
        if self.is(k, Word::Het) {
            k += 1;
        }
        // A bare start takes a bare end: "30/4, 1/5 đến ngày 23/5" lists
        // a holiday's days before an end of its own.
        if bare
            && !self
                .tok(k)
                .is_some_and(|t| matches!(t.kind, Kind::Num { .. }))
        {
            return None;
        }
        let (to, end) = self.date_single(k, true)?;
        let DateExpr::Fields(g) = to else {
            return None;
        };
        if g.weekday.is_some() || g.direction.is_some() {
            return None;
        }
        // The end is later: "ngày 28/12 đến 5/1" crosses a year's end.
        let (Some(MonthSpec::Abs(m1)), Some(d1), Some(MonthSpec::Abs(m2)), Some(d2)) =
            (f.month, f.day, g.month, g.day)
        else {
            return None;
        };
        let later = match (f.year, g.year) {
            (Some(YearSpec::Abs(y1)), Some(YearSpec::Abs(y2))) => (y1, m1, d1) < (y2, m2, d2),
            _ => (m1, d1) < (m2, d2) || (m1 == 12 && m2 == 1),
        };
        // Both days exist ("đến 31-11" does not): a range that fails to
        // resolve would take the start date with it.
        let fits = |y: Option<YearSpec>, m: u8, d: u8| {
            let y = match y {
                Some(YearSpec::Abs(y)) => y,
                _ => 2000,
            };
            d <= crate::time::calendar::days_in_month(y, m)
        };
        (later && fits(f.year, m1, d1) && fits(g.year, m2, d2))
            .then_some((DateRangeExpr { from, to: Some(to) }, end))
    }

    /// A day and month written in digits alone at `i` ("31/5", no "ngày")
    /// where a range of [`Self::day_month_until`] may start without "từ":
    /// after an opening bracket, a comma, a colon or a semicolon ("(31/5
    /// đến 2/6/2013)", "gồm 1/9 đến 9/9, 6/10 đến 14/10"), after "là" or
    /// "gồm" ("thời gian bay … là 9/10 đến 30/11/2013"), at a line's start
    /// (gen57 probe).
    pub(crate) fn bare_day_month_opens(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if !matches!(t.kind, Kind::Num { .. }) {
            return false;
        }
        if i == 0 || t.gap == Gap::Line {
            return true;
        }
        match self.toks.get(i - 1).map(|t| t.kind) {
            Some(Kind::Punct(',' | ';' | ':' | '(')) => true,
            _ => self
                .toks
                .get(i - 1)
                .and_then(|t| self.folded_text(t))
                .is_some_and(|w| matches!(w.as_ref(), "là" | "gồm")),
        }
    }

    /// "từ ngày 3/3 (Quốc khánh Bulgaria) tới hết ngày 8/3/2017": an aside
    /// in parentheses at token `j`, between the first date after "từ" and
    /// "đến" or "tới", on one line, at most 15 tokens long and with no
    /// number (a gloss with a date of its own, "(tức ngày 26 tháng chạp
    /// âm lịch)", is a date). Returns the index of "đến"/"tới"
    /// (seventeenth blind set, opened).
    fn after_aside(&self, j: usize) -> Option<usize> {
        if self.punct(j) != Some('(') {
            return None;
        }
        for k in j + 1..j + 17 {
            let t = self.tok(k)?;
            if t.gap == crate::lex::Gap::Line {
                return None;
            }
            match t.kind {
                Kind::Punct('(') | Kind::Num { .. } => return None,
                Kind::Punct(')') => {
                    return matches!(self.word(k + 1), Some(Word::Den | Word::Toi2))
                        .then_some(k + 1);
                }
                _ => {}
            }
        }
        None
    }

    /// "từ năm 1969 cho đến năm 2007", "từ 18h cho tới 18h30": after
    /// "từ" (`has_tu`), "cho" before "đến" or "tới" at `j` links the ends
    /// of a range as the word alone does; returns the index of "đến" or
    /// "tới" then, `j` otherwise (datetime4 probe for times, the
    /// twenty-fifth blind set for dates).
    pub(crate) fn skip_cho(&self, j: usize, has_tu: bool) -> usize {
        if has_tu
            && self.word_text(j).is_some_and(|w| w == "cho")
            && matches!(self.word(j + 1), Some(Word::Den | Word::Toi2))
        {
            j + 1
        } else {
            j
        }
    }

    /// The word or dash between the ends of a range; returns the index of
    /// the second end.
    pub(crate) fn range_link(&self, j: usize, has_tu: bool) -> Option<usize> {
        let j = self.skip_cho(j, has_tu);
        match self.tok(j)?.kind {
            Kind::Punct(c) if is_dash(c) => Some(j + 1),
            Kind::Word {
                word: Word::Den | Word::Toi2,
                ..
            } => {
                if !has_tu && self.strict {
                    return None;
                }
                let k = if self.is(j + 1, Word::Het) {
                    j + 2
                } else {
                    j + 1
                };
                Some(k + usize::from(has_tu && self.part_word(k)))
            }
            _ => None,
        }
    }

    /// "đầu", "giữa" or "cuối" at `k`: a part of the period after it. After
    /// "từ … đến" it opens the end of a range ("từ tháng 10/2019 đến cuối
    /// năm 2020", "từ năm 2000 đến giữa 2007"), which is then the period as
    /// written, the part word in the span and out of the value, as a part
    /// word before a lone date is out of both (measure58 probe).
    fn part_word(&self, k: usize) -> bool {
        matches!(self.word(k), Some(Word::Dau | Word::Giua | Word::Cuoi))
    }

    /// "1-5/10", "29 - 30/10/2025": a day, a dash, then a day with its
    /// month; after "từ" (`has_tu`) also "từ 24 đến 26-5", "từ ngày 24 đến
    /// ngày 26/5". The month and year of the end apply to the start.
    pub(crate) fn day_range(&self, i: usize, cued: bool, has_tu: bool) -> Read<DateRangeExpr> {
        if self.glued_before(i) {
            return None;
        }
        let (d1, j) = self.small(i, 2)?;
        let j = self.skip_cho(j, has_tu);
        // "từ ngày 27 đến hết mùng 5 Tết"; after "ngày" without "từ" too:
        // "(… nhằm ngày 29 đến Mùng 5 tết)" (date17).
        if has_tu || self.prev_word(i) == Some(Word::Ngay) {
            if let Some(r) = self.tet_eve_range(d1, j) {
                return Some(r);
            }
        }
        let k = match self.tok(j)?.kind {
            Kind::Punct(c) if is_dash(c) => j + 1,
            // "ngày 11 đến 13-2", "các ngày 2 đến 4/6/2013": after the
            // lead word "ngày", a day and "đến" are a range without "từ"
            // when the end writes its month in digits (checked below).
            Kind::Word {
                word: Word::Den | Word::Toi2,
                ..
            } if has_tu || self.prev_word(i) == Some(Word::Ngay) => {
                if self.is(j + 1, Word::Ngay) {
                    j + 2
                } else {
                    j + 1
                }
            }
            _ => return None,
        };
        // The end may be lunar: "19-21/4 âm lịch", "11 - 16 tháng Giêng";
        // the start is then a lunar day of the same month.
        let lunar_end = self.mung_range_end(i, k);
        let (to, end) = match lunar_end.or_else(|| self.numeric_date_after(k, true)) {
            Some((to, end)) if lunar_end.is_some() => (to, end),
            Some((to, end)) => self.lunar_suffix(to, end).unwrap_or((to, end)),
            // "từ ngày 28 đến 30 tháng 5": after "từ ngày", the end in words.
            // "các ngày 7-8 tháng Sáu", "hai ngày 23-24 tháng 1": right
            // after "ngày", a dash links days to an end in words too (the
            // first day was read as 7 August, the rest as 23 to 24 months).
            None => match self.day_month(k, true, false).filter(|(e, _)| {
                (self.prev_word(i) == Some(Word::Ngay)
                    && (has_tu || self.punct(j).is_some_and(is_dash)))
                    || matches!(e, DateExpr::Lunar { .. })
            }) {
                Some(r) => r,
                None if has_tu => self.bare_day_end(i, k)?,
                None => return None,
            },
        };
        if !has_tu && !matches!(self.tok(j).map(|t| t.kind), Some(Kind::Punct(_))) {
            // Without "từ", "đến" links only to a date in digits with its
            // month ("ngày 5 đến 6 tháng 5" and lunar ends stay out).
            if !matches!(to, DateExpr::Fields(f) if f.month.is_some()) || self.num(k).is_none() {
                return None;
            }
        }
        let (d2, year_written) = match to {
            DateExpr::Fields(f) => (f.day?, f.year.is_some()),
            DateExpr::Lunar { year, day, .. } => (day, year.is_some()),
            _ => return None,
        };
        let d1 = u8::try_from(d1).ok()?;
        // "Cần Thơ (25-26/5)", "trong hai ngày 10-11/02": uncued, a range
        // of days with its month is a date in parentheses of its own or
        // right after "ngày" (a count of days took the word).
        let before = i.checked_sub(1).and_then(|p| self.toks.get(p));
        let same_line = self.toks.get(i).is_some_and(|t| t.gap != Gap::Line);
        let framed = before.is_some_and(|t| t.kind == Kind::Punct('('))
            && self
                .toks
                .get(end)
                .is_some_and(|t| t.kind == Kind::Punct(')'));
        let after_days = before.is_some_and(|t| {
            matches!(
                t.kind,
                Kind::Word {
                    word: Word::Ngay,
                    ..
                }
            )
        });
        let framed = same_line && (framed || after_days);
        if d1 == 0 || d1 >= d2 || (!cued && self.strict && !year_written && !framed) {
            return None;
        }
        let from = match to {
            DateExpr::Lunar { year, month, .. } => DateExpr::Lunar {
                year,
                month,
                day: d1,
            },
            _ => DateExpr::Fields(Fields {
                day: Some(d1),
                ..Fields::default()
            }),
        };
        Some((DateRangeExpr { from, to: Some(to) }, end))
    }

    /// "từ mùng 2 đến hết mùng 5 Tết", "Từ ngày mùng 2 - 10 Tết": the end
    /// (from `k`, after the link) of a range of days of Tết whose start
    /// (the day at `i`) "mùng" leads or whose end "mùng" leads: "hết" and
    /// "ngày" may stand before the end, "mùng N" is read as "mùng" reads it
    /// and "N Tết" after a start led by "mùng" as a day of Tết. Only a
    /// lunar end: the start then takes its month (date17; before, the
    /// range gave nothing, not even its end).
    fn mung_range_end(&self, i: usize, k: usize) -> Read<DateExpr> {
        let mut k = k;
        if self.is(k, Word::Het) {
            k += 1;
        }
        if self.is(k, Word::Ngay) {
            k += 1;
        }
        let (e, end) = if self.is(k, Word::Mung) {
            self.nested()?.mung(k + 1)?
        } else if self.prev_word(i) == Some(Word::Mung) {
            self.day_tet(k)?
        } else {
            return None;
        };
        matches!(e, DateExpr::Lunar { .. }).then_some((e, end))
    }

    /// "từ ngày 27 đến hết mùng 5 Tết", "từ 30 tới mùng 3 Tết": after
    /// "từ", a day from 20 to 30 (`d1`, the link at `j`) and a lunar day
    /// of tháng Giêng after "đến"/"tới" (and "hết", "ngày") start the
    /// range on that day of tháng Chạp, the month before, as "từ 29 tháng
    /// Chạp đến mùng 5 Tết" does in words. Only without a written year.
    fn tet_eve_range(&self, d1: u32, j: usize) -> Read<DateRangeExpr> {
        if !(20..=30).contains(&d1) || !matches!(self.word(j), Some(Word::Den | Word::Toi2)) {
            return None;
        }
        let mut m = j + 1;
        if self.is(m, Word::Het) {
            m += 1;
        }
        if self.is(m, Word::Ngay) {
            m += 1;
        }
        if !self.is(m, Word::Mung) {
            return None;
        }
        let (to, end) = self.nested()?.mung(m + 1)?;
        let DateExpr::Lunar {
            year: None,
            month: 1,
            ..
        } = to
        else {
            return None;
        };
        let from = DateExpr::Lunar {
            year: None,
            month: 12,
            day: u8::try_from(d1).ok()?,
        };
        Some((DateRangeExpr { from, to: Some(to) }, end))
    }

    /// "từ ngày 23 đến ngày 27": after "từ ngày" and a day, "đến ngày"
    /// and a day alone (`k` at it) end a range of days of one month the
    /// text does not write, as "ngày 29" alone is a day; not when a
    /// number, a unit of time or "lần" follows ("đến ngày 3 lần").
    fn bare_day_end(&self, i: usize, k: usize) -> Read<DateExpr> {
        if self.prev_word(i) != Some(Word::Ngay) || !self.is(k.checked_sub(1)?, Word::Ngay) {
            return None;
        }
        let (d, len) = self.num(k)?;
        if len > 2 || !(1..=31).contains(&d) || self.glued_after(k + 1) {
            return None;
        }
        let unit_after = match self.tok(k + 1).map(|t| t.kind) {
            Some(Kind::Num { .. }) => true,
            Some(Kind::Word { word, .. }) => {
                matches!(
                    word,
                    Word::Thang | Word::Nam | Word::Tuan | Word::Gio | Word::Tieng | Word::Phut
                ) || self
                    .tok(k + 1)
                    .and_then(|t| self.text.get(t.start..t.end))
                    .is_some_and(|w| crate::lex::fold(w) == "lần")
            }
            _ => false,
        };
        if unit_after {
            return None;
        }
        let f = Fields {
            day: Some(day(d)?),
            ..Fields::default()
        };
        Some((DateExpr::Fields(f), k + 1))
    }

    /// "ngày 22 và 24/10", "ngày 7 và 8/6", "các ngày 3, 5 và 7/11",
    /// "ngày 17 hoặc 18.12", "ngày 4 và 5 tháng 6": days listed before the
    /// month they share, each later than the one before, the last with its
    /// month (and year), in digits or in words. Each day before the last
    /// is a date of that month in its own span ("ngày 22", "5"): the month
    /// and year are carried back; days in a row are no interval (a list
    /// names each day, as the gold sets' readers wrote it, CONVENTIONS.md).
    /// The list starts with "ngày" or "mùng" (or "ngày" that a count of
    /// days took: "Hai ngày 22 và 24/10"); a day inside it (`i` at a bare
    /// number) needs the list before it.
    fn listed_day(&self, i: usize) -> Read<DateRangeExpr> {
        // A list in parentheses must close right after its last date.
        let mut in_parens = false;
        let d_at = match self.word(i) {
            Some(Word::Ngay) if self.is(i + 1, Word::Mung) => i + 2,
            Some(Word::Ngay | Word::Mung | Word::Hom) => i + 1,
            _ if self.listed_before(i, ListHead::DayWord) => i,
            // "Hai ngày 22 và 24/10": a count of days took "ngày".
            _ if self.prev_word(i) == Some(Word::Ngay) => i,
            // "Hà Nội (21 và 22-6)", "trong 2 ngày (20 và 21/5)", "(2, 3
            // và 4/6)": the parentheses name the days (rec16 probe).
            _ if self.opens_paren_before(i) || self.listed_before(i, ListHead::Paren) => {
                in_parens = true;
                i
            }
            _ => return None,
        };
        // The last day, with its month: "18.12" after "ngày 17 hoặc" is
        // cued by the list as "ngày" would cue it.
        let closed = |end: usize| !in_parens || self.punct(end) == Some(')');
        if d_at == i
            && (self.listed_before(i, ListHead::DayWord)
                || (in_parens && self.listed_before(i, ListHead::Paren)))
        {
            if let Some((to @ DateExpr::Fields(f), end)) = self.numeric_date_after(i, true) {
                if f.month.is_some() && f.day.is_some() && closed(end) {
                    return Some((DateRangeExpr { from: to, to: None }, end));
                }
            }
        }
        let day = self.list_day(d_at)?;
        let (mut j, mut last) = (d_at + 1, day);
        for _ in 0..8 {
            if self.punct(j) != Some(',') && !self.list_word(j) {
                return None;
            }
            let mut k = if self.is(j + 1, Word::Ngay) {
                j + 2
            } else {
                j + 1
            };
            // "mùng 6 và mùng 7 Tết", "ngày mồng 1, mồng 2 Tết": each day
            // of a list may repeat "mùng"; the last, read as "mùng" reads
            // it, gives the lunar month to the days before it (date17).
            let mung = self.is(k, Word::Mung);
            if mung {
                k += 1;
            }
            // "mồng 7 và mồng 8/1 âm lịch": the last day's "âm lịch" makes
            // the list lunar.
            let last_date = self
                .numeric_date_after(k, true)
                .map(|(e, end)| self.lunar_suffix(e, end).unwrap_or((e, end)))
                .or_else(|| self.day_month(k, true, false))
                .or_else(|| {
                    let (e, end) = self.nested()?.mung(k)?;
                    let dated = match e {
                        DateExpr::Fields(f) => f.month.is_some(),
                        DateExpr::Lunar { .. } => true,
                        _ => false,
                    };
                    (mung && dated).then_some((e, end))
                });
            if let Some((to, end)) = last_date {
                if !closed(end) {
                    return None;
                }
                let first = u8::try_from(day).ok()?;
                let from = match to {
                    DateExpr::Fields(f)
                        if f.month.is_some() && f.day.is_some_and(|d| u32::from(d) > last) =>
                    {
                        DateExpr::Fields(Fields {
                            day: Some(first),
                            month: f.month,
                            year: f.year,
                            ..Fields::default()
                        })
                    }
                    // "mùng 12 và 13 tháng Giêng": the lunar month too.
                    DateExpr::Lunar { year, month, day } if u32::from(day) > last => {
                        DateExpr::Lunar {
                            year,
                            month,
                            day: first,
                        }
                    }
                    _ => return None,
                };
                return Some((DateRangeExpr { from, to: None }, d_at + 1));
            }
            let next = self.list_day(k)?;
            if next <= last {
                return None;
            }
            (j, last) = (k + 1, next);
        }
        None
    }

    /// A day in a list of days: one or two digits, 1 to 31, not glued to
    /// what stands before it ("3,5" is a decimal).
    fn list_day(&self, i: usize) -> Option<u32> {
        let (d, len) = self.num(i)?;
        (len <= 2 && (1..=31).contains(&d) && !self.glued_before(i)).then_some(d)
    }

    /// "và" or "hoặc" at `i`, joining the items of a list.
    /// "vào thứ 4 và thứ 6", "vào thứ 2, thứ 6": a weekday in digits
    /// after "và", "hoặc" or a comma that follows a cued weekday in digits
    /// ("thứ 6" would otherwise be the ordinal). Looks two tokens back,
    /// and only when "thứ" stands at `i`.
    ///
    /// The first weekday may also follow "các ngày" or "những ngày" (see
    /// [`Self::after_cac_ngay`]), and the list may run on: "các ngày thứ
    /// 4, thứ 6 và thứ 7" (at most six weekdays back).
    fn listed_weekday(&self, i: usize) -> bool {
        if !self.is(i, Word::Thu) {
            return false;
        }
        let mut i = i;
        for _ in 0..6 {
            if i < 3 {
                return false;
            }
            let joined = self.list_word_back(i - 1)
                || self.toks.get(i - 1).map(|t| t.kind) == Some(Kind::Punct(','));
            let first = i - 3;
            if !(joined
                && self.toks.get(first).is_some_and(|t| {
                    matches!(
                        t.kind,
                        Kind::Word {
                            word: Word::Thu,
                            ..
                        }
                    )
                })
                && self.toks.get(i - 2).is_some_and(|t| {
                    matches!(
                        t.kind,
                        Kind::Num {
                            value: 2..=7,
                            len: 1
                        }
                    )
                })
                && self
                    .toks
                    .get(first + 1..=i)
                    .is_some_and(|run| run.iter().all(|t| t.gap != Gap::Line)))
            {
                return false;
            }
            if (self.cued(first) && self.prev_word(first) != Some(Word::Ngay))
                || self.after_cac_ngay(first)
            {
                return true;
            }
            i = first;
        }
        false
    }

    /// True when "thứ" at `i` follows "các ngày" or "những ngày" (the
    /// days): "các ngày thứ 4", "những ngày thứ bảy" are weekdays, as
    /// "vào thứ 4" is; "ngày thứ 2 của giải" stays the ordinal.
    fn after_cac_ngay(&self, i: usize) -> bool {
        i >= 2
            && self.prev_word(i) == Some(Word::Ngay)
            && matches!(self.prev_word(i - 1), Some(Word::Cac | Word::Nhung))
    }

    fn list_word(&self, i: usize) -> bool {
        self.tok(i)
            .and_then(|t| self.folded_text(t))
            .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc"))
    }

    /// True when the day at `i` continues a list of days that `head`
    /// starts, each earlier than the next: "ngày 3, [5] và 7/11" after
    /// "ngày", "mùng" or "hôm"; "(2, [3] và 4/6)" after an opening
    /// parenthesis.
    fn listed_before(&self, i: usize, head: ListHead) -> bool {
        let Some(next) = self.list_day(i) else {
            return false;
        };
        self.ascending_list_back(
            i,
            next,
            8,
            |p| self.list_day_back(p),
            |p| match head {
                ListHead::DayWord => {
                    p > 0
                        && self.toks.get(p).is_some_and(|t| t.gap != Gap::Line)
                        && matches!(
                            self.toks.get(p - 1).map(|t| t.kind),
                            Some(Kind::Word {
                                word: Word::Ngay | Word::Mung | Word::Hom,
                                ..
                            })
                        )
                }
                ListHead::Paren => self.opens_paren_before(p),
            },
        )
    }

    /// True when token `i` follows an opening parenthesis on its line.
    fn opens_paren_before(&self, i: usize) -> bool {
        i > 0
            && self.toks.get(i).is_some_and(|t| t.gap != Gap::Line)
            && self.toks.get(i - 1).map(|t| t.kind) == Some(Kind::Punct('('))
    }

    /// Walks back from the item at `i` (worth `next`) through a list
    /// joined by commas, "và" or "hoặc", at most `steps` items, each read
    /// by `item_back` and smaller than the one after it, until `head`
    /// holds at an item (the list's lead stands before it): true then.
    fn ascending_list_back(
        &self,
        i: usize,
        mut next: u32,
        steps: usize,
        item_back: impl Fn(usize) -> Option<u32>,
        head: impl Fn(usize) -> bool,
    ) -> bool {
        let mut at = i;
        for _ in 0..steps {
            let Some(j) = at.checked_sub(1) else {
                return false;
            };
            if self.toks.get(at).is_none_or(|t| t.gap == Gap::Line)
                || (self.toks.get(j).map(|t| t.kind) != Some(Kind::Punct(','))
                    && !self.list_word_back(j))
            {
                return false;
            }
            let Some(p) = j.checked_sub(1) else {
                return false;
            };
            let Some(d) = item_back(p) else {
                return false;
            };
            if d >= next {
                return false;
            }
            if head(p) {
                return true;
            }
            (at, next) = (p, d);
        }
        false
    }

    /// A month in a list of months: one or two digits, 1 to 12, not glued
    /// to what stands before it ("2,3" is a decimal).
    fn list_month_back(&self, i: usize) -> Option<u32> {
        self.list_day_back(i).filter(|m| *m <= 12)
    }

    /// True when the month at `i` is followed by a later month after a
    /// comma, "và" or "hoặc": "các tháng [2], 3 và 4".
    fn month_list_next(&self, i: usize) -> bool {
        let Some(m) = self.num(i).filter(|(_, len)| *len <= 2).map(|(m, _)| m) else {
            return false;
        };
        (self.punct(i + 1) == Some(',') || self.list_word(i + 1))
            && self
                .list_day(i + 2)
                .is_some_and(|next| next > m && next <= 12)
    }

    /// True when the token at `p` (at least 1) follows "tháng" on the same
    /// line: the head of a list of months (`listed_month_after_cac`,
    /// `listed_month_after_thang`).
    fn after_thang_on_its_line(&self, p: usize) -> bool {
        self.toks.get(p).is_some_and(|t| t.gap != Gap::Line)
            && p.checked_sub(1)
                .and_then(|q| self.toks.get(q))
                .is_some_and(|t| {
                    t.gap != Gap::Line
                        && matches!(
                            t.kind,
                            Kind::Word {
                                word: Word::Thang,
                                ..
                            }
                        )
                })
    }

    /// True when the month at `i` continues a list of months that "các
    /// tháng" starts, each earlier than the next: "các tháng 2, [3] và
    /// [4]", "vào các tháng 8 và [9]". Only "các": "mỗi tháng 4 triệu" is
    /// a rate, "hai tháng 3 ngày" a count.
    fn listed_month_after_cac(&self, i: usize) -> bool {
        let Some(next) = self.list_day(i).filter(|m| *m <= 12) else {
            return false;
        };
        self.ascending_list_back(
            i,
            next,
            6,
            |p| self.list_month_back(p),
            |p| {
                p >= 2
                    && self.after_thang_on_its_line(p)
                    && matches!(
                        self.toks.get(p - 2).map(|t| t.kind),
                        Some(Kind::Word {
                            word: Word::Cac,
                            ..
                        })
                    )
            },
        )
    }

    /// True when the month at `i` continues a list of months that "tháng"
    /// starts, joined by commas (and "và", "hoặc"), each earlier than the
    /// next, the list going on after it or ending before punctuation or a
    /// word of the clause: "tháng 3, [4] của một số DN", "Tháng 4, [5]
    /// được xem là", "tháng 9, [10] hàng năm". The number scanner skips a
    /// bare number after "tháng" with whatever it joins ("3, 4"), so the
    /// later months were lost (date17). Not after a count of months ("hai
    /// tháng 3, 4 ngày"), nor before a noun ("tháng 3, 4 người": a count).
    fn listed_month_after_thang(&self, i: usize) -> bool {
        const FOLLOWERS: &[&str] = &[
            "và", "hoặc", "năm", "hằng", "hàng", "tới", "này", "vừa", "qua", "trước", "sau", "của",
            "thì", "ở", "tại", "được", "đã", "sẽ", "là", "mới", "cũng", "đều",
        ];
        let Some(next) = self.list_day(i).filter(|m| *m <= 12) else {
            return false;
        };
        let goes_on = match self.tok(i + 1).map(|t| t.kind) {
            None => true,
            Some(Kind::Punct(',')) => self.list_day(i + 2).is_some_and(|m| m > next && m <= 12),
            Some(Kind::Punct(c)) => !is_date_sep(c) && c != '%',
            Some(Kind::Word { .. }) => self
                .tok(i + 1)
                .and_then(|t| self.folded_text(t))
                .is_some_and(|w| FOLLOWERS.contains(&w.as_ref())),
            Some(Kind::Num { .. }) => false,
        };
        goes_on
            && self.ascending_list_back(
                i,
                next,
                6,
                |p| self.list_month_back(p),
                |p| p >= 1 && self.after_thang_on_its_line(p) && !self.after_quantity(p - 1),
            )
    }

    /// [`Self::list_word`] looking back, before the expression's start.
    fn list_word_back(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .filter(|t| t.gap != Gap::Line)
            .and_then(|t| self.folded_text(t))
            .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc"))
    }

    /// [`Self::list_day`] looking back, before the expression's start.
    fn list_day_back(&self, i: usize) -> Option<u32> {
        match self.toks.get(i)?.kind {
            Kind::Num { value, len } if len <= 2 && (1..=31).contains(&value) => {
                (!self.glued_before(i)).then_some(value)
            }
            _ => None,
        }
    }

    /// After "tháng": "1-3/2025", "7 - 9".
    pub(crate) fn month_range(&self, i: usize) -> Read<DateRangeExpr> {
        let (m1, j) = self.month_number(i)?;
        if !self.punct(j).is_some_and(is_dash) {
            return None;
        }
        let k = if self.is(j + 1, Word::Thang) {
            j + 2
        } else {
            j + 1
        };
        let (m2, mut end) = self.month_number(k)?;
        if m1 >= m2 {
            return None;
        }
        let mut year = None;
        if let Some((y, e)) = self.month_year_suffix(end) {
            year = Some(y);
            end = e;
        }
        let from = DateExpr::Fields(Fields {
            month: Some(MonthSpec::Abs(m1)),
            year,
            ..Fields::default()
        });
        let to = DateExpr::Fields(Fields {
            month: Some(MonthSpec::Abs(m2)),
            year,
            ..Fields::default()
        });
        Some((DateRangeExpr { from, to: Some(to) }, end))
    }

    /// "2024 – 2028", "2013-2014", "từ 2020 đến 2025", "từ năm 2020 đến năm 2025";
    /// a season of two years in a row: "2013/2014", "2013/14", "2013-14".
    pub(crate) fn year_range(&self, i: usize, has_tu: bool) -> Read<DateRangeExpr> {
        let plausible = |y: u32| (1000..=2999).contains(&y);
        let year_at = |k: usize| -> Read<(u32, bool)> {
            if self.is(k, Word::Nam) {
                let (y, len) = self.num(k + 1)?;
                return (len == 4 && plausible(y)).then_some(((y, true), k + 2));
            }
            if k == i && self.glued_before(k) {
                return None;
            }
            let (y, len) = self.num(k)?;
            (len == 4 && plausible(y)).then_some(((y, false), k + 1))
        };
        let ((y1, w1), j) = year_at(i)?;
        let j = self.skip_cho(j, has_tu);
        let (k, slash) = match self.tok(j)?.kind {
            Kind::Punct(c) if is_dash(c) => (j + 1, false),
            // "2013/2014", "2013/14": a season or a school or fiscal year.
            Kind::Punct('/') => (j + 1, true),
            Kind::Word {
                word: Word::Den | Word::Toi2,
                ..
            } if has_tu || w1 || self.period_before(i) => {
                (j + 1 + usize::from(has_tu && self.part_word(j + 1)), false)
            }
            _ => return None,
        };
        // "mùa 2013/14", "2013-14": the second year's last two digits, when
        // it is the next year (a season).
        let next_short = || -> Read<(u32, bool)> {
            let (y, len) = self.num(k)?;
            (len == 2 && y == (y1 + 1) % 100 && !w1).then_some(((y1 + 1, false), k + 1))
        };
        let ((y2, w2), end) = year_at(k).or_else(next_short)?;
        if slash && (y2 != y1 + 1 || w1 || w2) {
            return None;
        }
        if self.glued_after(end) {
            return None;
        }
        if self.strict && !(has_tu || w1 || w2) {
            // Bare "1500-2000" is more likely a range of numbers. Alone in
            // parentheses after a name it is a life or a reign ("Nguyễn Du
            // (1765 - 1820)", "nhà Thanh (1644-1912)", "(1873 - 2013)" on
            // an anniversary): any years from 1000, up to three centuries.
            let framed = i > 0
                && self.toks.get(i - 1).map(|t| t.kind) == Some(Kind::Punct('('))
                && self.tok(end).map(|t| t.kind) == Some(Kind::Punct(')'));
            let (earliest, longest) = if framed { (1000, 300) } else { (1800, 120) };
            if !(earliest..=2100).contains(&y1) || y2 <= y1 || y2 - y1 > longest {
                return None;
            }
        }
        Some((
            DateRangeExpr {
                from: year_only(y1),
                to: Some(year_only(y2)),
            },
            end,
        ))
    }

    /// One date (possibly relative). `cued`: context already says a date
    /// follows ("từ", "đến").
    pub(crate) fn date_single(&self, i: usize, cued: bool) -> Read<DateExpr> {
        let (e, j) = self.date_single_as_written(i, cued)?;
        let (e, j) = self.lunar_suffix(e, j).unwrap_or((e, j));
        let (e, j) = self.with_cyclic_year(e, j).unwrap_or((e, j));
        let (e, j) = self.with_written_date(e, j).unwrap_or((e, j));
        let (e, j) = self.with_written_weekday(e, j).unwrap_or((e, j));
        Some(self.with_direction(e, j).unwrap_or((e, j)))
    }

    /// A day and month followed by its weekday in parentheses, "tức"
    /// (that is) allowed before it: "ngày 30/5 (thứ Năm)", "ngày 3/2
    /// (tức thứ 6)". The weekday joins the date and its span, as it does
    /// written before it ("thứ Hai (28/10)"; date12 probe). With a year
    /// the weekday must be that date's: "ngày 15/3/2017 (thứ 5)" (a
    /// Wednesday) keeps the date alone rather than lose it to an error.
    /// "(tức Chủ nhật tuần này)" names a week too, and stays apart.
    fn with_written_weekday(&self, e: DateExpr, j: usize) -> Read<DateExpr> {
        let DateExpr::Fields(f) = e else { return None };
        let (Some(MonthSpec::Abs(month)), Some(day), None) = (f.month, f.day, f.weekday) else {
            return None;
        };
        if self.punct(j) != Some('(') {
            return None;
        }
        let tuc = self
            .tok(j + 1)
            .and_then(|t| self.folded_text(t))
            .is_some_and(|w| w == "tức");
        let k = if tuc { j + 2 } else { j + 1 };
        let ((weekday, _), end) = self.weekday(k)?;
        if self.punct(end) != Some(')') {
            return None;
        }
        if let Some(YearSpec::Abs(year)) = f.year {
            let valid = (1..=12).contains(&month)
                && day <= crate::time::calendar::days_in_month(year, month);
            if !valid || crate::time::calendar::iso_weekday(year, month, day) != weekday.number() {
                return None;
            }
        }
        Some((
            DateExpr::Fields(Fields {
                weekday: Some(weekday),
                ..f
            }),
            end + 1,
        ))
    }

    /// A day and month with no year followed by the name of its lunar
    /// year, "năm", a heavenly stem and an earthly branch: "ngày 10 tháng
    /// Giêng năm Đinh Dậu", "ngày 22/5 năm Đinh Sửu". A year so named is a
    /// lunar year, so the date is lunar; the name is in the span, and it
    /// gives the year only within a sixty-year cycle, so no year is set
    /// unless four digits follow the name ("năm Đinh Dậu 2017").
    fn with_cyclic_year(&self, e: DateExpr, j: usize) -> Read<DateExpr> {
        if !(self.is(j, Word::Nam)
            && self
                .spaced_word_text(j + 1)
                .is_some_and(|w| crate::time::is_heavenly_stem(&w))
            && self
                .spaced_word_text(j + 2)
                .is_some_and(|w| crate::time::is_earthly_branch(&w)))
        {
            return None;
        }
        let (year, end) = match self.num(j + 3) {
            Some((y, 4))
                if self.tok(j + 3).is_some_and(|t| t.gap == Gap::Space)
                    && (1000..=2999).contains(&y)
                    && !self.glued_after(j + 4) =>
            {
                (Some(YearSpec::Abs(y as i32)), j + 4)
            }
            _ => (None, j + 3),
        };
        let (month, day) = match e {
            DateExpr::Lunar {
                year: None,
                month,
                day,
            } => (month, day),
            DateExpr::Fields(Fields {
                year: None,
                month: Some(MonthSpec::Abs(month)),
                day: Some(day),
                weekday: None,
                direction: None,
                ..
            }) => (month, day),
            _ => return None,
        };
        Some((DateExpr::Lunar { year, month, day }, end))
    }

    /// A date without a year followed by the side of the reference it is
    /// on: "tháng 3 tới", "29/10 sắp tới", "ngày 5/6 vừa qua". In running
    /// text only "tới", "sắp tới" and "vừa qua" (a bare "qua", "sau" or
    /// "trước" there is a verb or a preposition: "29/10 qua đời", "tháng 3
    /// trước khi").
    fn with_direction(&self, e: DateExpr, j: usize) -> Read<DateExpr> {
        let DateExpr::Fields(f) = e else { return None };
        if f.year.is_some() || f.direction.is_some() || (f.month.is_none() && f.day.is_none()) {
            return None;
        }
        // Not the end of a range or "until now": "29/10 tới nay", "tháng 3
        // tới tháng 5", "tới ngày 5".
        let ends = |k: usize| {
            self.num(k).is_none()
                && !matches!(
                    self.word(k),
                    Some(
                        Word::Nay
                            | Word::Nay2
                            | Word::Ngay
                            | Word::Thang
                            | Word::Nam
                            | Word::Hom
                            | Word::Mung
                            | Word::Thu
                            | Word::Tuan
                            | Word::Giua
                            | Word::Dau
                            | Word::Cuoi
                    )
                )
        };
        let (direction, end) = match (self.word(j)?, self.word(j + 1)) {
            (Word::Sap, Some(Word::Toi2)) => (Direction::Future, j + 2),
            (Word::Toi2, _) => (Direction::Future, j + 1),
            (Word::Vua, Some(Word::Qua)) => (Direction::Past, j + 2),
            (Word::Sau, _) if !self.strict => (Direction::Future, j + 1),
            (Word::Qua | Word::Truoc, _) if !self.strict => (Direction::Past, j + 1),
            _ => return None,
        };
        if !ends(end) {
            return None;
        }
        // In running text the word stays out of the span, as the extraction
        // gold set annotates it ("tháng 6 tới": "tới" left out like "qua"),
        // but the direction still guides completion.
        let end = if self.strict { j } else { end };
        Some((
            DateExpr::Fields(Fields {
                direction: Some(direction),
                ..f
            }),
            end,
        ))
    }

    /// "hôm nay (mùng 10 tháng Giêng)", "Hôm nay (mùng 10 Tết)": a
    /// relative day (`e`) after "hôm" or "ngày", the token after it (a
    /// parenthesis, a comma or the gloss's first word) at `j`,
    /// glossed by the lunar date it is, from `at` inside them; the lunar
    /// date is the value and the span takes the parentheses, as for a date
    /// in digits (eighth date probe). Not after a part of the day ("Sáng
    /// nay (mùng 10 Tết)"): a date-time holds no lunar date, and the
    /// morning would be lost.
    ///
    /// `closed`: the gloss is in parentheses, and the span takes the
    /// closing one; otherwise it follows the relative day after a space or
    /// a comma ("Ngày hôm qua mùng 10 tháng Giêng", "hôm nay, mùng 10
    /// tháng giêng,"; date13 probe) and ends with the lunar date.
    fn written_lunar_date(&self, e: DateExpr, j: usize, at: usize, closed: bool) -> Read<DateExpr> {
        if !matches!(e, DateExpr::Days { weekday: None, .. })
            || !matches!(
                j.checked_sub(2).and_then(|k| self.word(k)),
                Some(Word::Hom | Word::Ngay)
            )
        {
            return None;
        }
        let g = self.nested()?;
        let (lunar, end) = if self.is(at, Word::Mung) {
            g.mung(at + 1)?
        } else {
            g.day_month(at, true, false)?
        };
        if !matches!(lunar, DateExpr::Lunar { .. }) {
            return None;
        }
        if !closed {
            // "hôm qua, mùng 10 tháng Giêng năm Đinh Dậu": its year's name.
            return Some(self.with_cyclic_year(lunar, end).unwrap_or((lunar, end)));
        }
        (self.punct(end) == Some(')')).then_some((lunar, end + 1))
    }

    /// A relative day followed by the date it is, in parentheses: "ngày mai
    /// (2/6)", "sáng nay (1/6)", "thứ Hai tới (3/6)". The written date is
    /// the value (no reference is needed, and none is used: the text says
    /// which day), and the span takes the parentheses.
    pub(crate) fn with_written_date(&self, e: DateExpr, j: usize) -> Read<DateExpr> {
        let weekday = match e {
            DateExpr::Days { weekday, .. } => weekday,
            DateExpr::WeekdayInWeek { weekday, .. }
            | DateExpr::NextWeekday(weekday)
            | DateExpr::PreviousWeekday(weekday) => Some(weekday),
            DateExpr::Lunar { .. } | DateExpr::Week(_) | DateExpr::Weekend(_) => None,
            _ => return None,
        };
        match self.punct(j) {
            Some('(') => {
                // "hôm nay (ngày 27/5)", "Sáng nay (ngày 6.2)": "ngày"
                // may lead the date inside the parentheses; after a lunar
                // date ("mùng 10 Tết (ngày 6/2)") the two stay apart.
                let at = if !self.is(j + 1, Word::Ngay) {
                    j + 1
                } else if matches!(e, DateExpr::Lunar { .. }) {
                    return None;
                } else {
                    j + 2
                };
                let Some((written, end)) = self.numeric_date_after(at, true) else {
                    return self.written_lunar_date(e, j, at, true);
                };
                let DateExpr::Fields(f) = written else {
                    return None;
                };
                if f.day.is_none() || self.punct(end) != Some(')') {
                    return None;
                }
                Some((DateExpr::Fields(Fields { weekday, ..f }), end + 1))
            }
            // "Sáng nay, ngày 5/9": a relative day, a comma, then "ngày"
            // and the date it is, with a day and a month.
            Some(',') if matches!(e, DateExpr::Days { .. }) && self.is(j + 1, Word::Ngay) => {
                let (DateExpr::Fields(f), end) = self.numeric_date_after(j + 2, true)? else {
                    return None;
                };
                if f.day.is_none() || f.month.is_none() {
                    return None;
                }
                Some((DateExpr::Fields(Fields { weekday, ..f }), end))
            }
            // "hôm nay – 7/2, rạng sáng 8/2", "Sáng nay – ngày 6.2.2017,
            // tức mồng 10 Tết", "9h sáng nay – 6.2, một du khách": a
            // relative day, a dash with a space either side, then the date
            // it is, with a day and a month and set off by punctuation
            // after it, glosses the day as a comma does; read as a range
            // from today to that date, it gave a wrong interval with a
            // reference and nothing without one (date17).
            Some(c)
                if is_dash(c)
                    && matches!(e, DateExpr::Days { .. })
                    && self.tok(j).is_some_and(|t| t.gap == Gap::Space)
                    && self.tok(j + 1).is_some_and(|t| t.gap == Gap::Space) =>
            {
                let at = if self.is(j + 1, Word::Ngay) {
                    j + 2
                } else {
                    j + 1
                };
                let (DateExpr::Fields(f), end) = self.numeric_date_after(at, true)? else {
                    return None;
                };
                let set_off = match self.tok(end).map(|t| t.kind) {
                    None => true,
                    Some(Kind::Punct(c)) => matches!(c, ',' | '.' | ';' | '(' | ')' | ':'),
                    _ => false,
                };
                if f.day.is_none() || f.month.is_none() || !set_off {
                    return None;
                }
                Some((DateExpr::Fields(Fields { weekday, ..f }), end))
            }
            // "hôm nay, mùng 10 tháng giêng, lễ hội …": a relative day, a
            // comma, then the lunar date it is (date13 probe).
            Some(',') if self.is(j + 1, Word::Mung) => self.written_lunar_date(e, j, j + 1, false),
            // "Hôm nay, 31-5, kỷ niệm …", "sáng nay, 28.5, về …": a
            // relative day, a comma, then its date with a day and a month,
            // set off by punctuation after it as well.
            Some(',')
                if matches!(e, DateExpr::Days { .. })
                    && self.tok(j + 1).is_some_and(|t| {
                        t.gap == crate::lex::Gap::Space && matches!(t.kind, Kind::Num { .. })
                    }) =>
            {
                let (DateExpr::Fields(f), end) = self.numeric_date_after(j + 1, true)? else {
                    return None;
                };
                // Or a word after a space: "từ hôm qua, 30/5 và còn kéo
                // dài", "giá ngày hôm nay, 27-5 phải đến 19 giờ" (the
                // comma before the date already set it apart; date16).
                // A share or a score reads so too ("Hôm qua, 2/3 số học
                // sinh", "hôm qua, 3-1 là"): before a word, the date has a
                // year, or a day of two digits, or a day past its month
                // with a slash or a dot.
                let dated = f.year.is_some()
                    || self.num(j + 1).is_some_and(|(d, len)| {
                        len == 2
                            || (self
                                .adj_punct(j + 2)
                                .is_some_and(|c| matches!(c, '/' | '.'))
                                && f.month.is_some_and(
                                    |m| matches!(m, MonthSpec::Abs(m) if d > u32::from(m)),
                                ))
                    });
                let set_off = match self.tok(end).map(|t| (t.kind, t.gap)) {
                    None => true,
                    Some((Kind::Punct(c), _)) => matches!(c, ',' | '.' | ';' | '(' | ')' | ':'),
                    Some((Kind::Word { .. }, Gap::Space)) => dated,
                    _ => false,
                };
                if f.day.is_none() || f.month.is_none() || !set_off {
                    return None;
                }
                Some((DateExpr::Fields(Fields { weekday, ..f }), end))
            }
            // "hôm qua 13/6", "Sáng nay 6/2": a relative day, then the date
            // it is, with a day and a month, after a space.
            None if matches!(e, DateExpr::Days { .. })
                && self.tok(j).is_some_and(|t| {
                    t.gap == crate::lex::Gap::Space && matches!(t.kind, Kind::Num { .. })
                }) =>
            {
                let (DateExpr::Fields(f), end) = self.numeric_date_after(j, true)? else {
                    return None;
                };
                if f.day.is_none() || f.month.is_none() {
                    return None;
                }
                Some((DateExpr::Fields(Fields { weekday, ..f }), end))
            }
            // "Hôm qua ngày 27/5", "hôm nay ngày 6/2/2017": the same with
            // "ngày" leading the date; "Ngày hôm qua mùng 10 tháng
            // Giêng", "Hôm nay ngày 10 tháng Giêng": with the lunar date
            // it is, after "hôm" or "ngày" (date13 probe).
            None if matches!(e, DateExpr::Days { .. })
                && self.tok(j).is_some_and(|t| t.gap == crate::lex::Gap::Space)
                && matches!(self.word(j), Some(Word::Ngay | Word::Mung)) =>
            {
                if self.is(j, Word::Ngay) {
                    if let Some((written, end)) = self.numeric_date_after(j + 1, true) {
                        let DateExpr::Fields(f) = written else {
                            return None;
                        };
                        if f.day.is_none() || f.month.is_none() {
                            return None;
                        }
                        return Some((DateExpr::Fields(Fields { weekday, ..f }), end));
                    }
                    return self.written_lunar_date(e, j, j + 1, false);
                }
                self.written_lunar_date(e, j, j, false)
            }
            _ => None,
        }
    }

    /// A date at `i` restated in parentheses: right after "(" ("(30
    /// Tết)") or after "(tức" ("ngày 25/1 (tức 28 Tết)": "that is, the
    /// 28th of Tết"; prec16 probe).
    fn opens_restatement(&self, i: usize) -> bool {
        match i {
            0 => false,
            _ if self.punct(i - 1) == Some('(') => true,
            1 => false,
            _ => {
                self.punct(i - 2) == Some('(')
                    && self
                        .tok(i - 1)
                        .and_then(|t| self.folded_text(t))
                        .is_some_and(|w| w == "tức")
            }
        }
    }

    /// [`Self::date_single`] before a parenthesized date is looked for.
    fn date_single_as_written(&self, i: usize, cued: bool) -> Read<DateExpr> {
        // The context test runs once, and only when the caller's cue or a
        // loose reading has not settled both answers already.
        let cued_here = !cued && self.strict && self.cued(i);
        // "ngày thứ 2" is "the second day": "ngày" cues a day number, not a
        // weekday.
        let weekday_cued = cued
            || !self.strict
            || (cued_here && self.prev_word(i) != Some(Word::Ngay))
            || self.after_cac_ngay(i)
            || self.listed_weekday(i);
        let cued = cued || cued_here || !self.strict;
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num { .. } => {
                let mut best = self.numeric_date(i, cued);
                // "chiều 27 Tết", "(30 Tết)", "ngày 25/1 (tức 28 Tết)"; a
                // bare "30 Tết" may count Tết holidays ("đã 30 Tết xa nhà").
                let tet = (cued || self.opens_restatement(i))
                    .then(|| self.day_tet(i))
                    .flatten();
                for (e, j) in [self.day_month_words(i, cued), self.relative_count(i), tet]
                    .into_iter()
                    .flatten()
                {
                    if best.is_none_or(|(_, k)| j > k) {
                        best = Some((e, j));
                    }
                }
                if best.is_none() && !self.strict {
                    best = self.bare_year(i);
                }
                if best.is_none() && self.month_year_cued(i) {
                    best = self.month_year_bare(i);
                }
                // "hai tháng 3 và 4-2013": a count of months took "tháng".
                if best.is_none() && self.prev_word(i) == Some(Word::Thang) {
                    best = self.listed_month(i);
                }
                // "các tháng 2, [3] và [4]": a later month of the list.
                if best.is_none()
                    && self.strict
                    && (self.listed_month_after_cac(i) || self.listed_month_after_thang(i))
                {
                    let (m, _) = self.num(i)?;
                    let f = Fields {
                        month: Some(MonthSpec::Abs(month(m)?)),
                        ..Fields::default()
                    };
                    best = Some((DateExpr::Fields(f), i + 1));
                }
                best
            }
            Kind::Word { word, .. } => match word {
                Word::Sang if self.light_through(i) => None,
                Word::Sang | Word::Trua | Word::Chieu | Word::Toi | Word::Dem | Word::Khuya => {
                    self.day_part_date(part_modifier(self, i).unwrap_or(i + 1))
                }
                Word::Buoi if self.word(i + 1).and_then(DayPart::of_word).is_some() => {
                    self.day_part_date(i + 2)
                }
                Word::Rang if self.is(i + 1, Word::Sang) => self.day_part_date(i + 2),
                Word::Tet => self.tet(i),
                Word::Ram => self.ram(i),
                Word::Gio2 => self.gio_to(i),
                Word::Giang => self.giang_sinh(i),
                Word::Cach => self.cach_day(i),
                Word::Cuoi => self.weekend(i).or_else(|| self.part_of_relative_unit(i)),
                Word::Dau => self.week_start(i).or_else(|| self.part_of_relative_unit(i)),
                Word::Giua => self.part_of_relative_unit(i),
                Word::Thu | Word::Chu | Word::Chua | Word::Cn => self.weekday_date(i, weekday_cued),
                // "mấy hôm nay", "mấy hôm qua": these (past) few days, no
                // one day (rel5 probe).
                Word::Hom
                    if self.strict
                        && matches!(
                            self.prev_word(i),
                            Some(Word::Vai | Word::May | Word::Nhung | Word::Nhieu)
                        ) =>
                {
                    None
                }
                Word::Hom => self.hom(i),
                // "một ngày mai tươi sáng", "vào một ngày mai": a tomorrow
                // to come, no date (the opening of the twenty-sixth blind
                // set; the duration grammar counts no day there either).
                Word::Ngay if self.prev_word(i) == Some(Word::Mot) && self.is(i + 1, Word::Mai) => {
                    None
                }
                Word::Ngay => self.ngay(i),
                Word::Mung => self.mung(i + 1),
                Word::Thang => self.thang(i + 1),
                Word::Nam => self.nam(i + 1),
                Word::Quy => self.quarter(i + 1),
                Word::Sn => self.birth_year(i + 1),
                // "vài tuần tới", "mấy tuần trước", "những tuần sau": a
                // vague count of weeks, no one week, as "vài tháng tới" and
                // "nhiều năm trước" are no one month or year (rel5 probe).
                Word::Tuan if self.strict && self.after_vague_quantity(i) => None,
                Word::Tuan => self.week(i + 1).or_else(|| self.first_week_of(i)),
                Word::Mai if !self.strict => Some((
                    DateExpr::Days {
                        offset: 1,
                        weekday: None,
                    },
                    i + 1,
                )),
                // "sang năm vẫn tổ chức", "Từ sang năm": next year.
                Word::Sang2 if self.is(i + 1, Word::Nam) => self.sang_nam(i),
                // "khoảng 21 giờ cùng ngày (5.2)", "sáng cùng ngày (6/2)":
                // the same day as the story's, glossed by its date.
                _ if self.is(i + 1, Word::Ngay)
                    && self.punct(i + 2) == Some('(')
                    && self.word_text(i).as_deref() == Some("cùng") =>
                {
                    self.same_day_glossed(i + 3)
                }
                // "Q4/2016", "Q2.2013": a quarter and its year; "Q1"
                // alone is a district (Quận 1).
                _ if self.text.get(t.start..t.end) == Some("Q") => {
                    let (q, len) = self.adj_num(i + 1)?;
                    let (year, j) = self.month_year_suffix(i + 2)?;
                    let ok = len == 1 && (1..=4).contains(&q) && self.adj_punct(i + 2).is_some();
                    ok.then_some((
                        DateExpr::Quarter {
                            quarter: q as u8,
                            year: Some(year),
                        },
                        j,
                    ))
                }
                _ => {
                    let mut best = self.relative_count(i);
                    if let Some((e, j)) = self.day_month_words(i, cued) {
                        if best.is_none_or(|(_, k)| j > k) {
                            best = Some((e, j));
                        }
                    }
                    // A year in words alone, in a whole expression: "hai
                    // nghìn không trăm hai mươi lăm".
                    if best.is_none() && !self.strict {
                        best = crate::time::numbers::spelled_year(self, i)
                            .filter(|&(y, _)| (1000..=2999).contains(&y))
                            .map(|(y, j)| (year_only(y), j));
                    }
                    best
                }
            },
            Kind::Punct(_) => None,
        }
    }

    /// After a part of the day: "sáng 29/10", "tối qua", "chiều nay",
    /// "trưa mai", "sáng thứ Hai", "sáng hôm qua".
    pub(crate) fn day_part_date(&self, i: usize) -> Read<DateExpr> {
        let day = |offset| DateExpr::Days {
            offset,
            weekday: None,
        };
        match self.word(i) {
            Some(Word::Nay) => Some((day(0), i + 1)),
            Some(Word::Qua) => Some((day(-1), i + 1)),
            Some(Word::Mai) => Some((day(1), i + 1)),
            // "vào tối (4.2)", "chiều tối và đêm (8/2)": the date of the
            // part of the day in parentheses, a day and a month, as after
            // "trưa thứ Hai (28/10)" (date12 probe).
            Some(_) | None if self.punct(i) == Some('(') => {
                let at = if self.is(i + 1, Word::Ngay) {
                    i + 2
                } else {
                    i + 1
                };
                let (written, end) = self.numeric_date_after(at, true)?;
                let DateExpr::Fields(f) = written else {
                    return None;
                };
                (f.day.is_some() && self.punct(end) == Some(')'))
                    .then_some((DateExpr::Fields(f), end + 1))
            }
            _ => {
                if let Some((e, j)) = self.nested().and_then(|g| g.date_single(i, true)) {
                    // "thương mại hai chiều năm 2012" (two-way trade in
                    // 2012), "81 ngày đêm năm 1972": a part of the day
                    // names a part of some day, so a year or a month
                    // alone after it is no date of that part; "chiều"
                    // there is a direction, "đêm" ends "ngày đêm" (tenth
                    // date probe).
                    if crate::time::datetime::names_a_day(&e) || !matches!(e, DateExpr::Fields(_)) {
                        return Some((e, j));
                    }
                    return None;
                }
                // "chiều 1- 6", "sáng 31- 5": the day and a month around a
                // separator spaced on one side.
                let (d, _) = self.num(i).filter(|&(_, len)| len <= 2)?;
                let d = u8::try_from(d).ok().filter(|d| (1..=31).contains(d))?;
                let lead = i.checked_sub(1)?;
                self.half_spaced_day_month(lead, d, i + 1)
                    .or_else(|| self.day_part_spaced_dash(lead, d, i + 1))
            }
        }
    }

    /// After a part of the day at `lead` and the day `d` (ending before
    /// `k`): a month after a dash spaced on both sides, "sáng 30 – 5,",
    /// "Chiều 16 - 4, thông tin …", "Chiều 30 – 5 người thân …" (gen47
    /// probe), as "Ngày 28 - 5," reads after "ngày". The day and the month
    /// stand alone in their clause (a comma, a stop or the end of the line
    /// after the month), or the part of the day starts its sentence with a
    /// capital and a word follows the month. The month is smaller than the
    /// day, as after "ngày" (a larger second number ends a range: "tối 2 -
    /// 3 lần"), and no count per time follows ("Sáng 10 - 5 lần").
    fn day_part_spaced_dash(&self, lead: usize, d: u8, k: usize) -> Read<DateExpr> {
        let spaced = |i: usize| self.tok(i).is_some_and(|t| t.gap == Gap::Space);
        if !self.punct(k).is_some_and(is_dash) || !spaced(k) || !spaced(k + 1) {
            return None;
        }
        let (m, mlen) = self.num(k + 1)?;
        let m = u8::try_from(m)
            .ok()
            .filter(|&m| (1..=12).contains(&m) && mlen <= 2 && m < d)?;
        if self.glued_after(k + 2) {
            return None;
        }
        if self.clause_ends(k + 2) {
            return Some((day_of_month(d, m), k + 2));
        }
        const COUNTED: &[&str] = &[
            "lần", "bữa", "buổi", "giờ", "tiếng", "phút", "ngày", "ca", "chuyến",
        ];
        let next = self
            .tok(k + 2)
            .filter(|t| t.gap == Gap::Space && matches!(t.kind, Kind::Word { .. }))
            .and_then(|t| self.text.get(t.start..t.end))
            .map(crate::lex::fold)?;
        let opens_line = self.toks.get(lead).is_some_and(|t| t.gap == Gap::Line);
        let opens = self.capital(lead)
            && (opens_line
                || lead
                    .checked_sub(1)
                    .is_none_or(|p| matches!(self.punct(p), Some('.' | '!' | '?'))));
        (opens && !COUNTED.contains(&next.as_ref())).then(|| (day_of_month(d, m), k + 2))
    }

    /// True when "sáng" at `i` is light, not the morning, and the "qua"
    /// after it is "through": "tỏa sáng qua ba phần thi" (shone through
    /// three rounds), "được thắp sáng qua từng hành động" (lit through
    /// each deed), "tình yêu trong sáng qua những cánh thư" (a pure love
    /// through letters). After a word that makes "sáng" bright ("tỏa",
    /// "thắp", "chiếu", "soi", "rực", "bừng", "lóe") or pure ("trong"),
    /// "sáng qua" is no yesterday morning (gen34 probe); "trong sáng 7/4"
    /// (in the morning of 7/4) and "trong sáng nay" keep their date.
    fn light_through(&self, i: usize) -> bool {
        const LIGHT: &[&str] = &[
            "tỏa", "toả", "thắp", "chiếu", "soi", "rực", "bừng", "lóe", "loé",
        ];
        self.is(i + 1, Word::Qua)
            && self.prev_word(i).is_some()
            && self
                .word_text(i - 1)
                .is_some_and(|w| w == "trong" || LIGHT.contains(&w.as_ref()))
    }

    /// The weekday named at `i`: "thứ Hai", "thứ 2", "Chủ nhật", "CN".
    pub(crate) fn weekday(&self, i: usize) -> Read<(Weekday, bool)> {
        match self.word(i)? {
            Word::Thu => {
                let j = i + 1;
                if let Some((n, len)) = self.num(j) {
                    return (len == 1)
                        .then(|| Weekday::from_thu(n))
                        .flatten()
                        .map(|w| ((w, false), j + 1));
                }
                let n = match self.word(j)? {
                    Word::Hai => 2,
                    Word::Ba => 3,
                    Word::Tu4 => 4,
                    Word::Nam => 5,
                    Word::Sau6 => 6,
                    Word::Bay => 7,
                    _ => return None,
                };
                // "thứ Hai" names a day; "THỨ BA" in a shouted headline
                // ("NGƯỜI THỨ BA", the third person) does not.
                let named = self.capital(j) && !self.all_caps(j);
                Weekday::from_thu(n).map(|w| ((w, named), j + 1))
            }
            Word::Chu | Word::Chua if self.is(i + 1, Word::Nhat) => {
                Some(((Weekday::Sunday, true), i + 2))
            }
            // "CN" is also "công nghệ" (KH-CN): it needs a date or a cue.
            Word::Cn => Some(((Weekday::Sunday, false), i + 1)),
            _ => None,
        }
    }

    /// A weekday, alone or with a date or a week: "Thứ Tư, 29/10/2025",
    /// "thứ hai ngày mồng 6 tháng 2", "thứ Hai tuần tới", "thứ 2 tới".
    pub(crate) fn weekday_date(&self, i: usize, cued: bool) -> Read<DateExpr> {
        let ((weekday, named), j) = self.weekday(i)?;
        // The one decision on "thứ N" (`crate::lex::weekday`), which the
        // number scanner asks too. "lần thứ 2 (17/3)": after "lần" no date
        // makes a weekday; any other rank ("kỳ họp thứ 5 vừa qua", "đêm
        // thứ hai vòng Giấu mặt") yields to a date or a week read after
        // it, as below.
        let rank = self
            .is(i, Word::Thu)
            .then(|| Thu::lexed(self.text, self.toks, i, j).read());
        if rank == Some(Reading::Ordinal(Rank::Occasion)) {
            return None;
        }
        // With a date: "thứ Tư, 29/10", "thứ Tư 29/10", "thứ Hai (28/10)".
        let paren = self.punct(j) == Some('(');
        let k = if self.punct(j) == Some(',') || paren {
            j + 1
        } else {
            j
        };
        if let Some((DateExpr::Fields(f), end)) = self.nested().and_then(|g| g.date_single(k, true))
        {
            let end = match (paren, self.punct(end)) {
                (false, _) => Some(end),
                (true, Some(')')) => Some(end + 1),
                (true, _) => None,
            };
            if let Some(end) = end.filter(|_| f.weekday.is_none() && f.day.is_some()) {
                return Some((
                    DateExpr::Fields(Fields {
                        weekday: Some(weekday),
                        ..f
                    }),
                    end,
                ));
            }
        }
        // With a week.
        let k = if self.is(j, Word::Cua) { j + 1 } else { j };
        if self.is(k, Word::Tuan) {
            let week = self.week(k + 1).or_else(|| {
                // "thứ 6 tuần qua": the weekday before "tuần" counts nothing.
                let (w, end) = self.past_unit(k + 1)?;
                Some((DateExpr::Week(w), end))
            });
            if let Some((DateExpr::Week(week), end)) = week {
                return Some((DateExpr::WeekdayInWeek { weekday, week }, end));
            }
        }
        // "kỳ họp thứ 5 này", "ca nhiễm thứ 4 này": a rank names no day
        // (the shared decision above). Otherwise, in running text a
        // weekday in digits with no cue before it (no "hôm", "vào", part
        // of the day …) counts the noun before it, and "này", "vừa qua",
        // "tới" go with that noun (rel5 probe); "hôm thứ 4 vừa qua", "vào
        // thứ 7 tới" keep the weekday. This cue is the dates grammar's own
        // on purpose: the number scanner drops the ordinal after more
        // words ("ngày thứ 2", "thứ 5 này" without a cue), so that a
        // doubtful "thứ N" is neither a date nor a rank.
        if matches!(rank, Some(Reading::Ordinal(_))) || (self.strict && !(cued || named)) {
            return None;
        }
        match self.word(j) {
            Some(Word::Toi2) => return Some((DateExpr::NextWeekday(weekday), j + 1)),
            Some(Word::Nay2) => return Some((DateExpr::WeekdayInWeek { weekday, week: 0 }, j + 1)),
            // "thứ Bảy vừa qua", "Chủ nhật vừa rồi" (as "năm vừa rồi", rel4
            // and rel5 probes): the last such day.
            Some(Word::Vua) if matches!(self.word(j + 1), Some(Word::Qua | Word::Roi)) => {
                return Some((DateExpr::PreviousWeekday(weekday), j + 2));
            }
            _ => {}
        }
        // Alone: in running text only when it cannot be the ordinal (tested
        // above).
        // "vào thứ 6 hàng tuần", "các ngày thứ 4, thứ 7, chủ nhật", "mỗi
        // tối thứ 7": a weekday that comes back every week names no day.
        if self.strict && (self.recurring_weekday(i, j) || self.ranked_weekday(j)) {
            return None;
        }
        let f = Fields {
            weekday: Some(weekday),
            ..Fields::default()
        };
        Some((DateExpr::Fields(f), j))
    }

    /// True when the weekday named at token `i` ("thứ 6", "thứ hai",
    /// "Chủ nhật") is a weekly slot (see [`Self::recurring_weekday`]): the
    /// extractor drops the ordinal the number scanner reads there ("thứ 4"
    /// in "các ngày thứ 2, thứ 4 hàng tuần"), as it drops the date.
    pub(crate) fn weekly_slot_at(&self, i: usize) -> bool {
        self.weekday(i)
            .is_some_and(|(_, j)| self.recurring_weekday(i, j))
    }

    /// True when the lone weekday at `i` (ending at `j`) is a weekly slot,
    /// not a day: the list of weekdays it stands in ("thứ 2, thứ 4, thứ 6",
    /// "thứ hai đến thứ sáu", "thứ Bảy và Chủ nhật", "thứ 6, 7") ends with
    /// "hàng tuần", "hằng tuần" or "mỗi tuần" ("trong tuần", in the week,
    /// also follows a rank: "phiên tăng thứ 2 trong tuần"), or opens
    /// after "mỗi", "các" or "những" (with "ngày", "buổi", a part of the
    /// day or "từ" between): "phát sóng lúc 21h00 thứ hai đến thứ sáu
    /// hàng tuần", "vào các ngày thứ Ba và thứ Năm", "mỗi tối thứ 7". A
    /// clock before such a weekday stays a time of its own (the
    /// thirteenth blind set's "21h00 thứ hai đến thứ sáu"). At most
    /// sixteen tokens each way, so the test is bounded.
    fn recurring_weekday(&self, i: usize, j: usize) -> bool {
        let folded = |k: usize| self.tok(k).and_then(|t| self.folded_text(t));
        let day_word = |k: usize| {
            matches!(
                self.word(k),
                Some(
                    Word::Thu
                        | Word::Chu
                        | Word::Chua
                        | Word::Nhat
                        | Word::Cn
                        | Word::Hai
                        | Word::Ba
                        | Word::Tu4
                        | Word::Nam
                        | Word::Sau6
                        | Word::Bay
                        | Word::Ngay
                        | Word::Den
                        | Word::Toi2
                )
            ) || self
                .num(k)
                .is_some_and(|(n, len)| len == 1 && (2..=7).contains(&n))
                || matches!(self.punct(k), Some(',' | '-' | '–'))
                // "các ngày từ thứ 2 đến thứ 6 và cả ngày thứ 7, Chủ Nhật":
                // "cả" (and also) goes on the list (prec18 probe).
                || folded(k).is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc" | "hay" | "cả"))
        };
        // Forward over the rest of the list, then the week.
        let mut k = j;
        while k < j + 16 && day_word(k) {
            k += 1;
        }
        // "thứ bảy, chủ nhật nào" is no slot; "hàng tuần" is.
        if matches!(self.word(k), Some(Word::Hang | Word::Moi)) && self.is(k + 1, Word::Tuan) {
            return true;
        }
        // Back over the list, its day words and a part of the day.
        let mut k = i;
        while k > 0 && k + 16 > i {
            let p = k - 1;
            let part = self.word(p).is_some_and(|w| {
                crate::time::datetime::DayPart::of_word(w).is_some()
                    || matches!(w, Word::Buoi | Word::Tu)
            });
            if !(day_word(p) || part) || self.toks.get(k).is_none_or(|t| t.gap == Gap::Line) {
                break;
            }
            k = p;
        }
        matches!(self.prev_word(k), Some(Word::Moi | Word::Cac | Word::Nhung))
    }

    /// True when the lone weekday ending at token `j` is ranked in a
    /// period by "đầu tiên" (first) or "cuối cùng" (last) after it: "vào
    /// Chủ nhật đầu tiên của tháng 2", "sinh hoạt vào chủ nhật đầu tiên
    /// mỗi tháng", "trong sáng thứ 2 đầu tiên sau kỳ nghỉ Tết", "thứ Năm
    /// cuối cùng của tháng 11". The period the text names places the day
    /// (or brings it back every month), not the article's date: no date,
    /// as a weekly slot names none (dt4 probe). "thứ Hai đầu tuần" (this
    /// week's Monday) is no rank and keeps its weekday.
    fn ranked_weekday(&self, j: usize) -> bool {
        let folded = |k: usize| self.tok(k).and_then(|t| self.folded_text(t));
        match self.word(j) {
            Some(Word::Dau) => self.is(j + 1, Word::Tien),
            Some(Word::Cuoi) => folded(j + 1).is_some_and(|w| w == "cùng"),
            _ => false,
        }
    }

    /// After "hôm": "hôm nay", "hôm qua", "hôm kia", "hôm 29/10", "hôm thứ Hai".
    pub(crate) fn hom(&self, i: usize) -> Read<DateExpr> {
        let day = |offset| DateExpr::Days {
            offset,
            weekday: None,
        };
        match self.word(i + 1) {
            Some(Word::Nay) => Some((day(0), i + 2)),
            Some(Word::Qua) => Some((day(-1), i + 2)),
            Some(Word::Kia) => Some((day(-2), i + 2)),
            Some(Word::Sau | Word::Truoc) => self.day_after_glossed(i + 2),
            _ => {
                let (e, j) = self.nested()?.date_single(i + 1, true)?;
                // "hôm thứ Hai vừa qua", "hôm thứ 7 tới", "hôm thứ Bảy tuần
                // trước": a weekday with its week or direction names a day,
                // "hôm" in its span as before a bare weekday (rel5 probe).
                let names_day = match e {
                    DateExpr::Fields(f) => f.day.is_some() || f.weekday.is_some(),
                    DateExpr::Lunar { .. }
                    | DateExpr::NextWeekday(_)
                    | DateExpr::PreviousWeekday(_)
                    | DateExpr::WeekdayInWeek { .. } => true,
                    _ => false,
                };
                names_day.then_some((hom_weekday_is_past(e), j))
            }
        }
    }

    /// "hôm sau (26.5)", "ngày hôm sau 06.02.2017", "hôm trước, ngày
    /// 12/5,": the day after (or before) a day the text has named, glossed
    /// by the date it is, `j` the token after "sau" / "trước". The
    /// written date is the value and the span runs from "hôm" (or
    /// "ngày"), as for a relative day glossed by its date; without a
    /// written date the words are no entity, since they name no day
    /// counted from the article's (date13 probe).
    fn day_after_glossed(&self, j: usize) -> Read<DateExpr> {
        let stand_in = DateExpr::Days {
            offset: 0,
            weekday: None,
        };
        match self.with_written_date(stand_in, j)? {
            (DateExpr::Fields(f), end) => Some((DateExpr::Fields(f), end)),
            (lunar @ DateExpr::Lunar { .. }, end) => Some((lunar, end)),
            _ => None,
        }
    }

    /// "sang năm" at `i` (into the year: "sang năm vẫn tổ chức học thêm",
    /// "Từ sang năm, Pep …", "đợi V-League sang năm."): next year, a
    /// relative year as "năm sau" is (gen33 probe), the span from "sang".
    /// "sang" is "into" there, and the year is the coming one only when
    /// "năm" stands alone: a year after it is that year ("sang năm 2021",
    /// read from "năm"), and so is a lunar year's name or any capital
    /// ("Sang năm Đinh Dậu"); "sang năm mới" (the new year), "sang năm
    /// thứ 6" (the sixth year), "sang năm học tới", "sang năm sau", "sang
    /// năm tới", "sang năm nay", "từ năm nọ sang năm kia" (year after
    /// year) and "sang năm con rắn" name another year, read by their own
    /// words or none. After a count ("từ bốn sang năm", four to five)
    /// "năm" is five, no year.
    fn sang_nam(&self, i: usize) -> Read<DateExpr> {
        const NOT_NEXT: &[&str] = &[
            "mới", "thứ", "học", "sau", "tới", "nay", "này", "kia", "nữa", "con", "tài", "ngoái",
            "trước", "qua", "đó", "ấy",
        ];
        let j = i + 2;
        let year_after = match self.tok(j) {
            None => false,
            Some(t) if t.gap == Gap::Line => false,
            Some(t) => match t.kind {
                Kind::Num { .. } => true,
                Kind::Word { capital, .. } => {
                    capital
                        || self
                            .word_text(j)
                            .is_some_and(|w| NOT_NEXT.contains(&w.as_ref()))
                        || crate::time::numbers::spelled_year(self, j).is_some()
                }
                Kind::Punct(c) => matches!(c, '/' | '-' | '–'),
            },
        };
        let after_count = i > 0
            && (self.num(i - 1).is_some()
                || self
                    .word(i - 1)
                    .is_some_and(|w| w.digit_value().is_some() && w != Word::Nam));
        if year_after || after_count {
            return None;
        }
        Some((
            DateExpr::Fields(Fields {
                year: Some(YearSpec::Rel(1)),
                ..Fields::default()
            }),
            j,
        ))
    }

    /// "cùng ngày (5.2)" (the same day, and the date it is), `j` the
    /// token after the parenthesis: the written date, a day and a month,
    /// closing the parentheses, is the value, and the span runs from
    /// "cùng", as "ngày hôm sau (26.5)" runs from "ngày" (date13 probe;
    /// the anchor1 probe's conventions read the gloss so, and the
    /// twenty-first blind set's n045 reads "khoảng 12 giờ 30 cùng ngày
    /// (7.2)" one date-time). Without a date written the words are read
    /// by `extract`'s anchored dates. Bare, with no part of the day or
    /// clock before it, "Cùng ngày (31.10)" keeps its date apart (rec16
    /// probe): only a time or a part of the day reads it (date21 probe).
    fn same_day_glossed(&self, j: usize) -> Read<DateExpr> {
        let (DateExpr::Fields(f), end) = self.numeric_date_after(j, true)? else {
            return None;
        };
        (f.day.is_some() && f.month.is_some() && self.punct(end) == Some(')'))
            .then_some((DateExpr::Fields(f), end + 1))
    }

    /// After "ngày": relative days, "ngày 29/10", "ngày 29 tháng 10 năm 2025",
    /// "ngày mồng 7 tháng 3", "ngày 29".
    pub(crate) fn ngay(&self, i: usize) -> Read<DateExpr> {
        let day = |offset| DateExpr::Days {
            offset,
            weekday: None,
        };
        let j = i + 1;
        // "ngày một ngày hai" (overnight, an idiom): no second day.
        if i >= 2
            && self.is(i - 1, Word::Mot)
            && self.is(i - 2, Word::Ngay)
            && self.is(j, Word::Hai)
        {
            return None;
        }
        match self.word(j) {
            Some(Word::Mai) => return Some((day(1), j + 1)),
            Some(Word::Kia | Word::Mot2) => return Some((day(2), j + 1)),
            Some(Word::Hom) => {
                return match self.word(j + 1) {
                    Some(Word::Nay) => Some((day(0), j + 2)),
                    Some(Word::Qua) => Some((day(-1), j + 2)),
                    Some(Word::Kia) => Some((day(-2), j + 2)),
                    Some(Word::Sau | Word::Truoc) => self.day_after_glossed(j + 2),
                    _ => None,
                };
            }
            Some(Word::Mung) => return self.mung(j + 1),
            // "ngày rằm tháng Giêng": "ngày" joins the lunar date's span as
            // it joins "ngày mồng 7 tháng 3" (twenty-eighth blind set,
            // ad043); a bare "ngày rằm" (any full-moon day) stays no date.
            Some(Word::Ram) => return self.ram(j),
            Some(Word::Dau) => return self.first_day_of(j),
            // "ngày thứ Hai 3/6/2013": the weekday with its date ("ngày
            // thứ 2 của giải" stays the ordinal: a date must follow).
            Some(Word::Thu | Word::Chu | Word::Chua) => {
                if let Some((DateExpr::Fields(f), k)) =
                    self.nested().and_then(|g| g.weekday_date(j, false))
                {
                    if f.day.is_some() && f.weekday.is_some() {
                        return Some((DateExpr::Fields(f), k));
                    }
                    // "vào ngày Chủ nhật", "ngày thứ Bảy": a weekday by its
                    // name takes "ngày" into its span as it takes "hôm"
                    // (twenty-fifth blind set, aa082); "ngày thứ 2", "ngày
                    // thứ năm" (lowercase) may count the days of an event,
                    // and stay out.
                    let named = self.weekday(j).is_some_and(|((_, named), _)| named);
                    if named
                        && f.weekday.is_some()
                        && f.month.is_none()
                        && f.year.is_none()
                        && !self.ranked_weekday(k)
                    {
                        return Some((DateExpr::Fields(f), k));
                    }
                }
                return None;
            }
            _ => {}
        }
        // "ngày (27-5)", "báo chí ngày (30-5)": "ngày" leads the date in
        // the parentheses that close right after it, and the span takes
        // both; "cùng ngày (6/2)" (the same day) keeps its date apart
        // (rec16 probe).
        if self.punct(j) == Some('(')
            && (i == 0 || self.word_text(i - 1).as_deref() != Some("cùng"))
        {
            if let Some((e @ DateExpr::Fields(f), k)) = self.numeric_date_after(j + 1, true) {
                if f.day.is_some() && f.month.is_some() && self.punct(k) == Some(')') {
                    return Some((e, k + 1));
                }
            }
        }
        if let Some(r) = self.day_tet(j) {
            return Some(r);
        }
        let mut best = self.numeric_date(j, true);
        if let Some((e, k)) = self.day_month(j, true, true) {
            if best.is_none_or(|(_, b)| k > b) {
                best = Some((e, k));
            }
        }
        if best.is_some() {
            return best;
        }
        // "ngày 29" alone: a day of an implied month, when nothing else follows.
        let (d, k) = self.small(j, 2)?;
        let d = u8::try_from(d).ok().filter(|d| (1..=31).contains(d))?;
        if let Some(r) = self.spaced_full_date(d, k) {
            return Some(r);
        }
        if let Some(r) = self.half_spaced_day_month(i, d, k) {
            return Some(r);
        }
        // "Ngày 28 - 5,": a day and a smaller month around a spaced dash,
        // when the sentence goes on with a comma or stops (a larger second
        // number could be the end of a range of days).
        if self.punct(k).is_some_and(is_dash) {
            if let Some((m, mlen)) = self.num(k + 1) {
                let m = u8::try_from(m).ok().filter(|m| (1..=12).contains(m));
                if let Some(m) = m.filter(|&m| mlen <= 2 && m < d && self.clause_ends(k + 2)) {
                    return Some((day_of_month(d, m), k + 2));
                }
            }
        }
        if self.strict && !self.clause_ends(k) && !self.day_goes_on(k) {
            return None;
        }
        Some((
            DateExpr::Fields(Fields {
                day: Some(d),
                ..Fields::default()
            }),
            k,
        ))
    }

    /// True when what follows "ngày N" at `k` says N is a day of the month:
    /// another day ("ngày 5 và ngày 10", "ngày 5 hoặc ngày 6"), the lunar
    /// calendar ("ngày 10 âm lịch"), or a clause word that starts what is
    /// said of the day ("ngày 11 đã …", "ngày 20 sẽ …", "ngày 3 thì …").
    /// "ngày 2 lần" (twice a day), "ngày 8 tiếng" stay counts.
    fn day_goes_on(&self, k: usize) -> bool {
        let folded = |i: usize| {
            self.tok(i)
                .filter(|t| matches!(t.kind, Kind::Word { .. }))
                .and_then(|t| self.text.get(t.start..t.end))
                .map(crate::lex::fold)
        };
        if self.is(k, Word::Am) && self.is(k + 1, Word::Lich) {
            return true;
        }
        let Some(w) = folded(k) else { return false };
        match w.as_ref() {
            "và" | "hoặc" | "hay" => self.is(k + 1, Word::Ngay),
            "đã" | "sẽ" | "thì" | "mới" | "vẫn" | "cũng" | "lại" | "là" => true,
            _ => false,
        }
    }

    /// True when nothing more of the expression can follow at `k` in
    /// running text: the end of the text or the line, a comma, a full stop,
    /// a semicolon, a closing parenthesis, a colon, or "vừa", "tới", "này".
    fn clause_ends(&self, k: usize) -> bool {
        // (`tok` is `None` at the end of the text and after a line break.)
        match self.tok(k).map(|t| t.kind) {
            None => true,
            Some(Kind::Punct(c)) => {
                matches!(c, ',' | '.' | ';' | ')' | ':') && !self.glued_after(k)
            }
            Some(Kind::Word { word, .. }) => matches!(word, Word::Vua | Word::Toi2 | Word::Nay2),
            Some(Kind::Num { .. }) => false,
        }
    }

    /// After a lead word at `lead` ("ngày", or a part of the day) and the
    /// day `d` (ending before `k`): a month after a dash or a slash spaced
    /// on one side only, a typo of the written date: "ngày 23/ 5,", "ngày
    /// 14- 5 các đối tượng", "vào ngày 4 -6 tại", "ngày 15 /7 sau khi",
    /// "chiều 1- 6", "ngày 14 /1/2013" (fifth date and measure probe). Not a
    /// count per day ("mỗi ngày 2- 3 lần", "ngày 2 -3 bữa").
    fn half_spaced_day_month(&self, lead: usize, d: u8, k: usize) -> Read<DateExpr> {
        let c = self.punct(k).filter(|&c| is_dash(c) || c == '/')?;
        let spaced = |i: usize| self.tok(i).is_some_and(|t| t.gap == Gap::Space);
        if spaced(k) == spaced(k + 1) {
            return None;
        }
        let (m, mlen) = self.num(k + 1)?;
        let m = u8::try_from(m)
            .ok()
            .filter(|m| (1..=12).contains(m) && mlen <= 2)?;
        let per_day = lead.checked_sub(1).is_some_and(|p| {
            matches!(self.word(p), Some(Word::Mot | Word::Hang))
                || self
                    .tok(p)
                    .filter(|t| matches!(t.kind, Kind::Word { .. }))
                    .and_then(|t| self.text.get(t.start..t.end))
                    .is_some_and(|w| crate::lex::fold(w) == "mỗi")
        });
        if per_day {
            return None;
        }
        // "ngày 14 /1/2013": the year after the same separator, glued.
        let year = self
            .adj_punct(k + 2)
            .filter(|&c2| c2 == c || (is_dash(c) && is_dash(c2)))
            .and_then(|_| self.adj_num(k + 3))
            .filter(|&(y, len)| len == 4 && (1900..=2100).contains(&y));
        if let Some((y, _)) = year {
            if self.glued_after(k + 4) {
                return None;
            }
            return Some((DateExpr::Fields(full(y, m.into(), d.into())?), k + 4));
        }
        if self.glued_after(k + 2) {
            return None;
        }
        const COUNTED: &[&str] = &[
            "lần", "bữa", "buổi", "viên", "thang", "gói", "chuyến", "ca", "giờ", "tiếng", "cữ",
            "liều", "ly", "cốc", "chén", "thìa", "muỗng", "suất", "g", "ml", "người",
        ];
        let counted = self
            .tok(k + 2)
            .filter(|t| matches!(t.kind, Kind::Word { .. }))
            .and_then(|t| self.text.get(t.start..t.end))
            .is_some_and(|w| COUNTED.contains(&crate::lex::fold(w).as_ref()));
        if counted {
            return None;
        }
        Some((day_of_month(d, m), k + 2))
    }

    /// After "ngày" or "mùng" and the day `d` (ending before `k`): a
    /// month and a year with spaces around their separators, the same
    /// separator twice, and a year of four digits from 1900 to 2100:
    /// "ngày 29 - 8 - 2005", "ngày 14- 5 -2013", "ngày 25 / 12 / 2006",
    /// "mùng 1- 7-2013". Glued on both sides, `numeric_date` read it.
    fn spaced_full_date(&self, d: u8, k: usize) -> Read<DateExpr> {
        let c = self.punct(k).filter(|&c| is_dash(c) || c == '/')?;
        let same = self
            .punct(k + 2)
            .is_some_and(|c2| c2 == c || (is_dash(c) && is_dash(c2)));
        let (m, mlen) = self.num(k + 1)?;
        let (y, ylen) = self.num(k + 3)?;
        if !same || mlen > 2 || ylen != 4 || !(1900..=2100).contains(&y) || self.glued_after(k + 4)
        {
            return None;
        }
        Some((DateExpr::Fields(full(y, m, d.into())?), k + 4))
    }

    /// After "mùng"/"mồng": "mùng 2/9", "mồng 2 tháng 3", "mùng một".
    pub(crate) fn mung(&self, i: usize) -> Read<DateExpr> {
        let mut best = self.numeric_date(i, true);
        if let Some((e, k)) = self.day_month(i, true, true) {
            if best.is_none_or(|(_, b)| k > b) {
                best = Some((e, k));
            }
        }
        if best.is_some() {
            return best;
        }
        let (d, k) = self.small(i, 2)?;
        if let Some(r) = self.mung_tet(d, k) {
            return Some(r);
        }
        let d = u8::try_from(d).ok().filter(|d| (1..=31).contains(d))?;
        if let Some(r) = self.spaced_full_date(d, k) {
            return Some(r);
        }
        Some((
            DateExpr::Fields(Fields {
                day: Some(d),
                ..Fields::default()
            }),
            k,
        ))
    }

    /// "5/2013", "2-2004", "11.2016": a month and a year of four digits
    /// (1900–2100) without "tháng", read only where the caller knows a
    /// month is meant ([`Self::month_year_cued`], the end of a range of
    /// months).
    fn month_year_bare(&self, i: usize) -> Read<DateExpr> {
        if self.glued_before(i) {
            return None;
        }
        let (m, mlen) = self.num(i)?;
        let sep = self.adj_punct(i + 1).filter(|&c| is_date_sep(c))?;
        let (y, ylen) = self.adj_num(i + 2)?;
        if mlen > 2 || ylen != 4 || !(1900..=2100).contains(&y) || self.glued_after(i + 3) {
            return None;
        }
        // "từ 1-2000 người" is a range of counts: with a dash, only
        // punctuation, the end, a capital, "đến" or a clause word may
        // follow.
        let counted = match self.tok(i + 3).map(|t| t.kind) {
            Some(Kind::Word { word, capital, .. }) => {
                !capital
                    && !matches!(word, Word::Den | Word::Toi2)
                    && !self
                        .tok(i + 3)
                        .and_then(|t| self.text.get(t.start..t.end))
                        .is_some_and(|w| {
                            matches!(
                                crate::lex::fold(w).as_ref(),
                                "đã" | "sẽ" | "thì" | "mới" | "vẫn" | "cũng" | "lại" | "là" | "và"
                                    // "tháng 10 và 11-2016 tại Anh": where
                                    // (tenth date probe).
                                    | "tại" | "ở"
                            )
                        })
            }
            Some(Kind::Num { .. }) => true,
            _ => false,
        };
        if is_dash(sep) && counted {
            return None;
        }
        let f = Fields {
            month: Some(MonthSpec::Abs(month(m)?)),
            year: Some(YearSpec::Abs(y as i32)),
            ..Fields::default()
        };
        Some((DateExpr::Fields(f), i + 3))
    }

    /// "tháng [3] và 4-2013": a month in digits listed before another
    /// month that has its year takes that year; the span is the month.
    fn listed_month(&self, i: usize) -> Read<DateExpr> {
        let (m, len) = self.num(i)?;
        if len > 2 || !(1..=12).contains(&m) {
            return None;
        }
        let j = i + 1;
        if self.punct(j) != Some(',') && !self.list_word(j) {
            return None;
        }
        // "tháng 11 và tháng 12/2012", "tháng 6 hoặc tháng 7/2013": the
        // second month written with "tháng" and its year, later in that
        // year than the first (tenth date probe).
        let (at, later) = if self.is(j + 1, Word::Thang) {
            (j + 2, true)
        } else {
            (j + 1, false)
        };
        let (DateExpr::Fields(g), _) = self.month_year_bare(at)? else {
            return None;
        };
        if later && !matches!(g.month, Some(MonthSpec::Abs(n)) if u32::from(n) > m) {
            return None;
        }
        let f = Fields {
            month: Some(MonthSpec::Abs(month(m)?)),
            year: g.year,
            ..Fields::default()
        };
        Some((DateExpr::Fields(f), j))
    }

    /// The year of the month `m` at `i` (ending at `j`) written late in
    /// that month and before the early days of the next, whose year is
    /// written: "Cuối tháng 6 đầu tháng 7-2012", "cuối tháng 4 đầu tháng
    /// 5/2013", "Cuối tháng 10, đầu tháng 11 năm 2012" (late June, early
    /// July 2012). The year written once belongs to both, as a month and a
    /// year are carried back to the days listed before the last (dt3
    /// probe); late December takes the year before the January's ("cuối
    /// tháng 12 đầu tháng 1/2013" is December 2012). Only "cuối" before the
    /// first month and "đầu" before the second, the second the next month.
    fn late_early_year(&self, i: usize, m: u8, j: usize) -> Option<YearSpec> {
        if i < 2 || self.prev_word(i - 1) != Some(Word::Cuoi) {
            return None;
        }
        let k = if self.punct(j) == Some(',') { j + 1 } else { j };
        if !self.is(k, Word::Dau) || !self.is(k + 1, Word::Thang) {
            return None;
        }
        let (next, e) = self.month_name(k + 2)?;
        let (y, _) = self.month_year_suffix(e)?;
        match (m, next) {
            (12, 1) => Some(match y {
                YearSpec::Abs(y) => YearSpec::Abs(y - 1),
                YearSpec::Rel(r) => YearSpec::Rel(r - 1),
            }),
            _ if next == m + 1 => Some(y),
            _ => None,
        }
    }

    /// After the quarter `q` written without a year (ending before `j`):
    /// a comma, "và" or "hoặc", "quý" again or not, and a later quarter
    /// with its year, whose year the first takes: "quý 3 và quý
    /// 4-2013", "quý I và quý II/2013", "quý III, IV/2012" (tenth date
    /// probe).
    fn listed_quarter_year(&self, q: u32, j: usize) -> Option<YearSpec> {
        if self.punct(j) != Some(',') && !self.list_word(j) {
            return None;
        }
        let k = if self.is(j + 1, Word::Quy) {
            j + 2
        } else {
            j + 1
        };
        let next = match self.num(k) {
            Some((n, 1)) => n,
            Some(_) => return None,
            None => self.word(k)?.roman_value()?,
        };
        if !(q < next && next <= 4) {
            return None;
        }
        self.month_year_suffix(k + 1).map(|(y, _)| y)
    }

    /// True when the word before `i` leads a month of a year written
    /// without "tháng": "Đầu 5/2013", "cuối 3/2020", "giữa 6/2019", "từ
    /// 2-2004 đến 12-2005", "hết 4/2012", "vào 7/2012", or when it ends a
    /// list of months: "tháng 3 và 4-2013".
    fn month_year_cued(&self, i: usize) -> bool {
        // "tháng 3 và [4-2013]": the last of a list of months.
        let listed = i >= 3
            && (self.toks.get(i - 1).map(|t| t.kind) == Some(Kind::Punct(','))
                || self.list_word_back(i - 1))
            && matches!(
                self.toks.get(i - 2).map(|t| t.kind),
                Some(Kind::Num {
                    value: 1..=12,
                    len: 1..=2
                })
            )
            && matches!(
                self.toks.get(i - 3).map(|t| t.kind),
                Some(Kind::Word {
                    word: Word::Thang,
                    ..
                })
            )
            && self.toks.get(i - 1).is_some_and(|t| t.gap != Gap::Line)
            && self.toks.get(i - 2).is_some_and(|t| t.gap != Gap::Line);
        listed
            || self.source_dated(i)
            || self.framed_month_year(i)
            || matches!(
                self.prev_word(i),
                Some(
                    Word::Dau
                        | Word::Cuoi
                        | Word::Giua
                        | Word::Tu
                        | Word::Den
                        | Word::Toi2
                        | Word::Het
                        | Word::Vao
                )
            )
    }

    /// True when tokens `i..i + 3` are a month and a year of four digits
    /// (1900–2100) joined by a date separator with nothing between them
    /// ("8/2013"), the month of one or two digits, 1 to 12.
    fn month_year_at(&self, i: usize) -> bool {
        self.num(i)
            .is_some_and(|(m, len)| len <= 2 && (1..=12).contains(&m))
            && self.adj_punct(i + 1).is_some_and(is_date_sep)
            && self
                .adj_num(i + 2)
                .is_some_and(|(y, len)| len == 4 && (1900..=2100).contains(&y))
    }

    /// True when the month at `i` and its year stand alone in parentheses,
    /// or start a range of months of years that does: "Chủ tịch nước tới
    /// Singapore (9/2011)", "Quốc hội khóa II (4/1962)", "đội tuyển Hàn
    /// Quốc (1/2016 - 6/2016)", "1 năm qua (4/2012 - 4/2013)". The
    /// parentheses date what stands before them, as "(Theo FDA, 5/2013)"
    /// dates a source; a code or a ratio in parentheses has words around
    /// it (date17).
    fn framed_month_year(&self, i: usize) -> bool {
        let line = |k: usize| self.toks.get(k).is_some_and(|t| t.gap != Gap::Line);
        if i == 0
            || self.toks.get(i - 1).map(|t| t.kind) != Some(Kind::Punct('('))
            || !line(i)
            || !self.month_year_at(i)
        {
            return false;
        }
        let close =
            |k: usize| line(k) && self.toks.get(k).map(|t| t.kind) == Some(Kind::Punct(')'));
        if close(i + 3) {
            return true;
        }
        line(i + 3)
            && self
                .toks
                .get(i + 3)
                .is_some_and(|t| matches!(t.kind, Kind::Punct(c) if is_dash(c)))
            && line(i + 4)
            && self.month_year_at(i + 4)
            && close(i + 7)
    }

    /// True when the month at `i` dates a source in parentheses: "(Theo
    /// FDA, 5/2013)", "(theo BBC News, 2/2017)": a comma before it, ")"
    /// right after its year, and "(" and "theo" at most eight tokens back
    /// on the same line.
    fn source_dated(&self, i: usize) -> bool {
        if i < 4 || self.toks.get(i - 1).map(|t| t.kind) != Some(Kind::Punct(',')) {
            return false;
        }
        if self.toks.get(i + 3).map(|t| t.kind) != Some(Kind::Punct(')')) {
            return false;
        }
        let lo = i.saturating_sub(10);
        for k in (lo..i - 1).rev() {
            let Some(t) = self.toks.get(k + 1) else {
                return false;
            };
            if t.gap == Gap::Line {
                return false;
            }
            if self.toks.get(k).map(|t| t.kind) == Some(Kind::Punct('(')) {
                return self
                    .toks
                    .get(k + 1)
                    .filter(|t| matches!(t.kind, Kind::Word { .. }))
                    .and_then(|t| self.text.get(t.start..t.end))
                    .is_some_and(|w| crate::lex::fold(w) == "theo");
            }
        }
        false
    }

    /// True when "trở lên" (and up) or "trở xuống" (and down) opens at
    /// token `k`: the bound of an amount, never of a day.
    fn bound_up_or_down(&self, k: usize) -> bool {
        self.word_text(k).is_some_and(|w| w == "trở")
            && self
                .word_text(k + 1)
                .is_some_and(|w| matches!(w.as_ref(), "lên" | "xuống"))
    }

    /// Digit dates: "29/10/2025", "29-10-2025", "29.10.2025", "2025-10-29",
    /// "29/10", and with `cued`, "30-4" and "23.5".
    pub(crate) fn numeric_date(&self, i: usize, cued: bool) -> Read<DateExpr> {
        if self.glued_before(i) {
            return None;
        }
        self.numeric_date_after(i, cued)
    }

    /// [`Self::numeric_date`] without looking at what precedes it: the end
    /// of a range ("1-5/10") follows a dash.
    pub(crate) fn numeric_date_after(&self, i: usize, cued: bool) -> Read<DateExpr> {
        let (a, alen) = self.num(i)?;
        let sep = self.adj_punct(i + 1).filter(|&c| is_date_sep(c))?;
        let (b, blen) = self.adj_num(i + 2)?;
        let second_sep = self
            .adj_punct(i + 3)
            .filter(|&c| c == sep || (is_dash(c) && is_dash(sep)));
        let third = second_sep.and_then(|_| self.adj_num(i + 4));
        // ISO 8601: 2025-10-29.
        if alen == 4 && is_dash(sep) && blen == 2 {
            let (c, clen) = third?;
            if clen != 2 || self.glued_after(i + 5) {
                return None;
            }
            let f = full(a, b, c)?;
            return Some((DateExpr::Fields(f), i + 5));
        }
        if alen > 2 || blen > 2 {
            // "10/2025" as month and year only when the text is a date.
            if !self.strict && alen <= 2 && blen == 4 && sep == '/' && !self.glued_after(i + 3) {
                let f = Fields {
                    month: Some(MonthSpec::Abs(month(a)?)),
                    year: Some(YearSpec::Abs(b as i32)),
                    ..Fields::default()
                };
                return Some((DateExpr::Fields(f), i + 3));
            }
            return None;
        }
        if let Some((c, clen)) = third {
            // "(27/7/1947-27/7/2013)": a dash glued between two full
            // dates links a range (sixth date probe).
            // "ngày 1-7-2013.2. Nội dung …": a list's next item glued on
            // after the year (date16 probe).
            if clen == 4
                && (!self.glued_after(i + 5)
                    || self.full_date_after_dash(i + 5)
                    || self.list_item_after(i + 5))
            {
                return Some((DateExpr::Fields(full(c, b, a)?), i + 5));
            }
            // Two-digit years ("3/3/17", "3/9/91"), with the POSIX pivot:
            // 00–68 are 2000–2068, 69–99 are 1969–1999. In running text
            // only with a slash and after a date word ("ngày 3/3/17"):
            // "1/2/3" and "12-10-15" are often codes or scores.
            let slashed = sep == '/';
            if clen == 2 && (!self.strict || (cued && slashed)) && !self.glued_after(i + 5) {
                let year = if c <= 68 { 2000 + c } else { 1900 + c };
                return Some((DateExpr::Fields(full(year, b, a)?), i + 5));
            }
            return None;
        }
        // "ngày 1/1/ 2002": a space slipped in after the second slash,
        // before a year of four digits, after a date word (date16 probe).
        if cued && sep == '/' && second_sep.is_some() && self.adj(i + 4).is_none() {
            if let (Some(t), Some((y, 4))) = (self.tok(i + 4), self.num(i + 4)) {
                if t.gap == Gap::Space && (1900..=2100).contains(&y) && !self.glued_after(i + 5) {
                    return Some((DateExpr::Fields(full(y, b, a)?), i + 5));
                }
            }
        }
        if self.glued_after(i + 3) && !self.date_after_dash(i + 3) {
            return None;
        }
        let d = day(a)?;
        let m = month(b)?;
        // "IELTS từ 5.5 trở lên", "điểm trung bình từ 8.5 trở lên": "trở
        // lên" (and up) or "trở xuống" (and down) bounds an amount, a score
        // or a size; a day onward is "trở đi" (twenty-ninth session).
        if self.strict && self.bound_up_or_down(i + 3) {
            return None;
        }
        if self.strict && !cued {
            let fraction_like = alen == 1 && blen == 1 && a < b && b <= 4;
            // "hoạt động 24/7": around the clock, uncued.
            let round_the_clock = a == 24 && b == 7;
            // "ngày hôm sau (26.5)", "cùng ngày (5.2)", "Siêu Cúp Đức
            // (27.7)": a day and a month with a dot, alone between
            // parentheses, date what is before them (a decimal or a
            // score is not so written; tenth date probe).
            let alone_in_parentheses = i > 0
                && self.punct(i - 1) == Some('(')
                && self.tok(i).is_some_and(|t| t.gap == Gap::None)
                && self.adj_punct(i + 3) == Some(')');
            let dotted_in_parentheses = sep == '.' && alone_in_parentheses;
            // "TPHCM (24-5), Nha Trang (26-5)", "Cần Thơ (13-6)": a dash
            // date alone between parentheses when its day has two digits
            // from 11 (a score so written has a side of 11 goals and
            // more, which football does not see; "(1-0)", "(3-2)" stay
            // scores; rec16 probe).
            let dashed_in_parentheses =
                is_dash(sep) && alen == 2 && a >= 11 && alone_in_parentheses;
            // "27-12 âm lịch": "âm lịch" after it says it is a (lunar) date.
            if (sep != '/' || fraction_like || round_the_clock || self.after_ratio_word(i))
                && self.am_lich(i + 3).is_none()
                && !dotted_in_parentheses
                && !dashed_in_parentheses
            {
                return None;
            }
        }
        // "Theo 8/10 người dân", "(4/11 người)", "có đến 2/3 phụ nữ":
        // a share of people counted, no day and month (date13 probe).
        if self.strict && a <= b && self.share_of_people(i, cued) {
            return None;
        }
        // "1/5 năm 2025", "ngày 28/3 năm 2017": the year after "năm". An
        // uncued "1/8", "1/4" or "1/2" may be a knockout round ("vòng 1/8
        // năm 2019", which context drops): its year stays apart.
        let round = !cued && a == 1 && matches!(b, 2 | 4 | 8);
        if !round
            && self.is(i + 3, Word::Nam)
            && self.tok(i + 3).is_some_and(|t| t.gap == Gap::Space)
        {
            if let Some((y, 4)) = self.num(i + 4) {
                if (1000..=2999).contains(&y) && !self.glued_after(i + 5) {
                    return Some((DateExpr::Fields(full(y, b, a)?), i + 5));
                }
            }
            // "ngày 3/6 năm nay", "1-6 năm ngoái": one date, its year the
            // reference's (or the one before), as "ngày 3 tháng 6 năm nay"
            // is read (CONVENTIONS.md, "Settled in the rel3 probe").
            if let Some((k, j)) = self.relative_unit(i + 4, true) {
                let f = Fields {
                    year: Some(YearSpec::Rel(k)),
                    month: Some(MonthSpec::Abs(m)),
                    day: Some(d),
                    ..Fields::default()
                };
                return Some((DateExpr::Fields(f), j));
            }
        }
        Some((day_of_month(d, m), i + 3))
    }

    /// True when the day and month at `i` (a day no larger than the
    /// month, as in a share) count people: a noun of people follows after
    /// a space ("8/10 người", "6/8 hộ dân", "2/3 phụ nữ", "9/10 học
    /// sinh"), and no date word leads it, "đến" after "có" or "lên"
    /// (as many as) being none ("có đến 2/3 phụ nữ"; "đến 2/3 người"
    /// stays a date: "đến" then says until).
    fn share_of_people(&self, i: usize, cued: bool) -> bool {
        let as_many_as = || {
            i >= 2
                && self.is(i - 1, Word::Den)
                && matches!(self.word_text(i - 2).as_deref(), Some("có" | "lên"))
        };
        if cued && !as_many_as() {
            return false;
        }
        let Some(w) = self.spaced_word_text(i + 3) else {
            return false;
        };
        let next = self.spaced_word_text(i + 4);
        let second = next.as_deref();
        match w.as_ref() {
            "người" | "hộ" | "trẻ" => true,
            "phụ" => second == Some("nữ"),
            "học" => second == Some("sinh"),
            "sinh" | "thành" => second == Some("viên"),
            "doanh" => second == Some("nghiệp"),
            "bệnh" => second == Some("nhân") || counted_share(&w, second),
            "cử" => second == Some("tri"),
            "đại" => second == Some("biểu"),
            _ => counted_share(&w, second),
        }
    }

    /// True after "tỷ lệ" / "tỉ lệ" (a ratio, a proportion): "chia theo
    /// tỷ lệ 7/3" is seven to three, no 7 March (seventh time probe).
    /// Looks at the two tokens before `i` only.
    fn after_ratio_word(&self, i: usize) -> bool {
        i >= 2
            && self.word_text(i - 1).as_deref() == Some("lệ")
            && matches!(self.word_text(i - 2).as_deref(), Some("tỷ" | "tỉ"))
    }

    /// True when token `k` is a dash followed by a day and a month
    /// ("29/10-2/11"): the date before the dash starts a range. Looks at
    /// token shapes only, so chains of dashes cost no recursion.
    pub(crate) fn date_after_dash(&self, k: usize) -> bool {
        self.adj_punct(k).is_some_and(is_dash)
            && self.adj_num(k + 1).is_some_and(|(_, len)| len <= 2)
            && self.adj_punct(k + 2) == Some('/')
            && self.adj_num(k + 3).is_some_and(|(_, len)| len <= 2)
    }

    /// True when the word at `k`, after a space, is "lần" (times).
    fn lan_at(&self, k: usize) -> bool {
        self.tok(k)
            .filter(|t| t.gap == Gap::Space && matches!(t.kind, Kind::Word { .. }))
            .and_then(|t| self.text.get(t.start..t.end))
            .is_some_and(|w| crate::lex::fold(w) == "lần")
    }

    /// True when a word naming a span of years stands before the year at
    /// `i`, or an opening parenthesis: "giai đoạn 2016 đến 2020", "thời
    /// kỳ 1992 đến 1997", "(2004 đến 2008)", "mùa 2005 đến 2010": the
    /// years joined by "đến" or "tới" without "từ" are a range (sixth
    /// date probe). Without such a word, "1900 đến 2000 người" counts.
    fn period_before(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if self.toks.get(i).is_none_or(|t| t.gap == Gap::Line) {
            return false;
        }
        match self.toks.get(p).map(|t| t.kind) {
            Some(Kind::Punct('(')) => true,
            Some(Kind::Word { .. }) => self
                .toks
                .get(p)
                .and_then(|t| self.text.get(t.start..t.end))
                .is_some_and(|w| {
                    let w = crate::lex::fold(w);
                    matches!(w.as_ref(), "đoạn" | "kỳ" | "kì" | "mùa" | "khóa" | "khoá")
                }),
            _ => false,
        }
    }

    /// True when token `k` is a dash glued between a full date before it
    /// and a full date after it, "27/7/1947-27/7/2013": the day, the
    /// month and the four-digit year after the dash share one separator.
    /// Token shapes only, like [`Self::date_after_dash`].
    fn full_date_after_dash(&self, k: usize) -> bool {
        let day_month = self.adj_punct(k).is_some_and(is_dash)
            && self.adj_num(k + 1).is_some_and(|(_, len)| len <= 2)
            && self.adj_num(k + 3).is_some_and(|(_, len)| len <= 2);
        let (Some(sep), Some(sep2)) = (self.adj_punct(k + 2), self.adj_punct(k + 4)) else {
            return false;
        };
        day_month
            && matches!(sep, '/' | '.')
            && sep2 == sep
            && self.adj_num(k + 5).is_some_and(|(_, len)| len == 4)
            && !self.glued_after(k + 6)
    }

    /// "29 tháng 10 [năm 2025]", "mười lăm tháng một", "7 tháng ba".
    pub(crate) fn day_month_words(&self, i: usize, cued: bool) -> Read<DateExpr> {
        self.day_month(i, cued, false)
    }

    /// [`Self::day_month_words`]; `after_ngay`: "ngày" or "mùng" came
    /// before, so "4 tháng này" is the 4th of this month (without it, "3
    /// tháng tới" is the next three months).
    pub(crate) fn day_month(&self, i: usize, cued: bool, after_ngay: bool) -> Read<DateExpr> {
        let (d, j) = self.small(i, 2)?;
        if !self.is(j, Word::Thang) {
            return None;
        }
        let d = day(d)?;
        if let Some((k, end)) = self.relative_word(j + 1, false).filter(|_| after_ngay) {
            let f = Fields {
                day: Some(d),
                month: Some(MonthSpec::Rel(k)),
                ..Fields::default()
            };
            return Some((DateExpr::Fields(f), end));
        }
        // "trong 5 tháng năm 2013": the first five months of 2013, not 5
        // May; without "ngày", a lowercase "năm" before a year is the year.
        if self.strict
            && !after_ngay
            && self.is(j + 1, Word::Nam)
            && !self.capital(j + 1)
            && self.num(j + 2).is_some_and(|(_, len)| len == 4)
        {
            return None;
        }
        let (m, k) = self.month_name(j + 1)?;
        // "3 tháng 1 lần", "6 tháng một lần": once every three months, a
        // duration and a count, no 3 January (sixth date probe).
        if self.strict && !after_ngay && self.lan_at(k) {
            return None;
        }
        // "tháng Giêng" and "tháng Chạp" after a day are the first and the
        // twelfth lunar months: "mùng 10 tháng Giêng", "23 tháng Chạp".
        if matches!(self.word(j + 1), Some(Word::Gieng | Word::Chap)) {
            if d > 30 {
                return None;
            }
            return self.lunar_at(m, d, self.am_lich(k).unwrap_or(k));
        }
        let mut f = Fields {
            day: Some(d),
            month: Some(MonthSpec::Abs(m)),
            ..Fields::default()
        };
        let mut end = k;
        if let Some((y, e)) = self.month_year_suffix(k) {
            f.year = Some(y);
            end = e;
        } else if self.strict && !cued {
            // "3 tháng 10 ngày" is a duration; require a clean end.
            if matches!(
                self.word(k),
                Some(Word::Ngay | Word::Tuan | Word::Gio | Word::Tieng | Word::Phut | Word::Nam)
            ) {
                return None;
            }
            self.num(i)?;
        }
        Some((DateExpr::Fields(f), end))
    }

    /// The month after "tháng": digits 1–12 or a month name.
    pub(crate) fn month_name(&self, i: usize) -> Read<u8> {
        if let Some((m, len)) = self.num(i) {
            return (len <= 2).then(|| month(m)).flatten().map(|m| (m, i + 1));
        }
        let (m, j) = match self.word(i)? {
            Word::Gieng => (1, i + 1),
            Word::Chap => (12, i + 1),
            Word::Muoi => match self.word(i + 1) {
                Some(Word::Mot) => (11, i + 2),
                Some(Word::Hai) => (12, i + 2),
                _ => (10, i + 1),
            },
            w => (w.digit_value().filter(|&v| v >= 1)?, i + 1),
        };
        Some((m as u8, j))
    }

    /// A month number in a month range (digits or name).
    pub(crate) fn month_number(&self, i: usize) -> Read<u8> {
        self.month_name(i)
    }

    /// What may follow a month: "/2025", "-2025", ".2025", " năm 2025",
    /// " 2024", " năm nay".
    pub(crate) fn month_year_suffix(&self, i: usize) -> Read<YearSpec> {
        if let Some(c) = self.punct(i) {
            if is_date_sep(c) && self.adj(i).is_some() {
                if let Some((y, len)) = self.adj_num(i + 1) {
                    // "tháng 4/2002.6. Đồng hồ …": the next item of a list
                    // glued on after the year ends its sentence (date16).
                    let free = !self.glued_after(i + 2) || self.list_item_after(i + 2);
                    return (len == 4 && free).then_some((YearSpec::Abs(y as i32), i + 2));
                }
            }
            // "tháng 5 – 2013", "tháng 3 -2013": a dash with a space on
            // one side or both, then a year from 1900 to 2100 on the same
            // line; glued on both sides it was read above.
            if is_dash(c) && self.toks.get(i).is_some_and(|t| t.gap != Gap::Line) {
                let t = self.tok(i + 1)?;
                let (y, len) = self.num(i + 1)?;
                return (len == 4
                    && t.gap != Gap::Line
                    && (1900..=2100).contains(&y)
                    && (!self.glued_after(i + 2) || self.list_item_after(i + 2)))
                .then_some((YearSpec::Abs(y as i32), i + 2));
            }
            return None;
        }
        if self.is(i, Word::Cua) && self.is(i + 1, Word::Nam) {
            return self.year_after_nam(i + 2);
        }
        if self.is(i, Word::Nam) {
            return self.year_after_nam(i + 1);
        }
        let (y, len) = self.num(i)?;
        (len == 4 && (1000..=2999).contains(&y) && !self.glued_after(i + 1))
            .then_some((YearSpec::Abs(y as i32), i + 1))
    }

    /// The year after "năm": "2025", "nay", "ngoái", "sau", "tới",
    /// "trước", "tiếp theo", "hiện tại", or a year in words.
    pub(crate) fn year_after_nam(&self, i: usize) -> Read<YearSpec> {
        if let Some((y, len)) = self.num(i) {
            let ok = if self.strict {
                (len == 4 && (1000..=2999).contains(&y))
                    || (len == 3 && y >= 100 && self.early_year_ends(i + 1))
            } else {
                len <= 4 && y >= 1
            };
            let free = !self.glued_after(i + 1) || self.list_item_after(i + 1);
            return (ok && free).then_some((YearSpec::Abs(y as i32), i + 1));
        }
        if let Some((k, j)) = self.relative_unit(i, true) {
            return Some((YearSpec::Rel(k), j));
        }
        if !self.strict {
            if let Some((y, j)) = crate::time::numbers::spelled_year(self, i) {
                return Some((YearSpec::Abs(y as i32), j));
            }
        }
        None
    }

    /// True when a year of three digits after "năm", ending before `k`,
    /// is a year of the first millennium (gen41 probe): "chiến thắng Bạch
    /// Đằng năm 938,", "được nâng cấp vào năm 751,", "ông bị bắt vào năm
    /// 268.", "ngày 14 tháng 2 năm 270 trên đường", "Năm 125 sau công
    /// nguyên". Only where the year ends its clause (a comma, a full stop,
    /// a semicolon, a colon or a closing bracket with no digit glued after
    /// it, or the end of the line), "và" before a word that is no number
    /// ("năm 754 và sáng lập") or "sau Công nguyên" follows: after
    /// "năm" (a year, each year) three digits are as often a count ("mỗi
    /// năm 500 người", "năm 100 triệu đồng"), which a word after them
    /// shows. A year before Christ ("năm 280 TCN", "năm 350 trước Thiên
    /// Chúa") has no value in the contract and stays unread: neither
    /// form ends its clause after the digits.
    fn early_year_ends(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else {
            return true;
        };
        if let Some(c) = self.punct(k) {
            return matches!(c, ',' | '.' | ';' | ':' | ')') && self.adj_num(k + 1).is_none();
        }
        if t.gap == Gap::Line {
            return true;
        }
        // "năm 754 và sáng lập", "khoảng năm 269 và được chôn cất": "và"
        // before a verb ends the clause of the year; before a number it
        // may join counts ("năm 300 và 400 người").
        if self.word_text(k).as_deref() == Some("và") {
            return self.word(k + 1).is_some_and(|w| w.digit_value().is_none())
                && self.toks.get(k + 1).is_some_and(|n| n.gap != Gap::Line);
        }
        self.word_text(k).as_deref() == Some("sau")
            && self.word_text(k + 1).as_deref() == Some("công")
            && self.word_text(k + 2).as_deref() == Some("nguyên")
    }

    /// True when a list's next item is glued on at `k` by a crawler: a
    /// full stop, one or two digits and a full stop, then a space or the
    /// end ("bán năm 2004.3. Đồng hồ vàng", "năm 2008.21. Đồng hồ"): the
    /// year before ends its sentence (fifth date and measure probe).
    fn list_item_after(&self, k: usize) -> bool {
        self.adj_punct(k) == Some('.')
            && self.adj_num(k + 1).is_some_and(|(_, len)| len <= 2)
            && self.adj_punct(k + 2) == Some('.')
            && self.toks.get(k + 3).is_none_or(|t| t.gap != Gap::None)
    }

    /// The relative word after "năm" (`year`) or "tháng" at `i`: a word
    /// of [`Self::relative_word`] or "qua" / "vừa qua" ([`Self::past_unit`]);
    /// its offset from the reference's year or month.
    pub(crate) fn relative_unit(&self, i: usize, year: bool) -> Read<i32> {
        self.relative_word(i, year).or_else(|| self.past_unit(i))
    }

    /// "này"/"nay" 0, "trước"/"ngoái"/"qua" -1, "sau"/"tới"/"tiếp theo" +1.
    pub(crate) fn relative_word(&self, i: usize, year: bool) -> Read<i32> {
        match self.word(i)? {
            // "năm này qua năm khác", "tháng này sang tháng khác": year
            // after year, no one year (rel7 probe).
            Word::Nay | Word::Nay2 if self.one_after_another(i) => None,
            Word::Nay if year => Some((0, i + 1)),
            Word::Nay2 => Some((0, i + 1)),
            Word::Hien if self.is(i + 1, Word::Tai) => Some((0, i + 2)),
            Word::Ngoai if year => Some((-1, i + 1)),
            // "năm trước đó", "tháng trước ấy": the unit before another
            // time of the text, not before the article's day ("năm trước
            // khi …" is mostly "last year, when …" and stays).
            Word::Truoc if self.that_after(i + 1) => None,
            Word::Truoc => Some((-1, i + 1)),
            // "từ đầu năm tới nay", "năm tới giờ": until now, no next year.
            Word::Toi2 if self.until_now(i) => None,
            Word::Sau | Word::Toi2 => Some((1, i + 1)),
            // "năm tiếp tục khó khăn", "cuối năm tiếp tục xử lý": "tiếp
            // tục" (to go on) is a verb, no next year (rel7 probe); so are
            // "tiếp nhận", "tiếp sữa" (`next_by_tiep`).
            Word::Tiep => self.next_by_tiep(i).map(|end| (1, end)),
            _ => None,
        }
    }

    /// "tiếp" at `i`, after a unit or a count of units, read as "next":
    /// the index after it, past its "theo" ("3 tháng tiếp theo", "năm
    /// tiếp theo"), or when punctuation or the line's end follows it.
    /// Before another word or a number it is a verb or "after that", no
    /// unit from the reference: "sau 2 tháng tiếp nhận" (receiving),
    /// "cho một ngày tiếp sữa" (feeding), "năm tiếp tục khó khăn",
    /// "ba tháng tiếp đó" (the three months after that), "1 THÁNG TIẾP 17
    /// ĐOÀN" (a month receives 17 teams); all eight such places of the
    /// corpus read with a reference were none of the next units (gen36
    /// probe).
    fn next_by_tiep(&self, i: usize) -> Option<usize> {
        if self.is(i + 1, Word::Theo) {
            return Some(i + 2);
        }
        match self.tok(i + 1).map(|t| t.kind) {
            None | Some(Kind::Punct(_)) => Some(i + 1),
            Some(_) => None,
        }
    }

    /// True when the token at `k` is a word whose folded text is one of
    /// `words`.
    pub(crate) fn word_at_is(&self, k: usize, words: &[&str]) -> bool {
        self.tok(k)
            .and_then(|t| self.folded_text(t))
            .is_some_and(|w| words.contains(&w.as_ref()))
    }

    /// True when "này" or "nay" at `i`, after a unit word at `i - 1`, opens
    /// "… qua/sang <the same unit> khác/nọ": "năm này qua năm khác",
    /// "tháng này sang tháng khác", "tuần này qua tuần khác" (one unit after
    /// another, no date).
    pub(crate) fn one_after_another(&self, i: usize) -> bool {
        i > 0
            && self.word_at_is(i + 1, &["qua", "sang"])
            && matches!(
                self.word(i - 1),
                Some(Word::Nam | Word::Thang | Word::Tuan | Word::Ngay | Word::Quy)
            )
            && self.word(i + 2) == self.word(i - 1)
            && self.word_at_is(i + 3, &["khác", "nọ"])
    }

    /// True when "tới" at `k` is followed by "nay" or "giờ": "until now"
    /// ("từ đầu năm tới nay", "năm tới giờ"), no next year.
    pub(crate) fn until_now(&self, k: usize) -> bool {
        self.is(k, Word::Toi2)
            && self
                .tok(k + 1)
                .and_then(|t| self.folded_text(t))
                .is_some_and(|w| matches!(w.as_ref(), "nay" | "giờ"))
    }

    /// True when "đó" or "ấy" (that) is at `k`.
    fn that_after(&self, k: usize) -> bool {
        self.is(k, Word::Do)
            && self
                .tok(k)
                .and_then(|t| self.folded_text(t))
                .is_some_and(|w| matches!(w.as_ref(), "đó" | "ấy"))
    }

    /// True when the word before `i` counts or gathers what `i` names
    /// without a number: "nhiều", "vài", "mấy", "các", "những", "bao",
    /// "mọi", "hàng" ("vài tuần tới", "những quý tới", "hàng tuần"), and
    /// "bao nhiêu", "bấy nhiêu" (so many: "Bao nhiêu năm nay chúng ta đã
    /// nói", for so many years now, a vague count and no "this year";
    /// gen36 probe).
    pub(crate) fn after_vague_quantity(&self, i: usize) -> bool {
        // "so với một số năm trước" (some years before, rel7 probe).
        let mot_so = i > 1 && self.is(i - 1, Word::So) && self.word_at_is(i - 2, &["một"]);
        let so_many = i > 0 && self.word_at_is(i - 1, &["nhiêu"]);
        mot_so
            || so_many
            || matches!(
                self.prev_word(i),
                Some(
                    Word::Nhieu
                        | Word::Vai
                        | Word::May
                        | Word::Cac
                        | Word::Nhung
                        | Word::Bao
                        | Word::Moi
                        | Word::Hang
                )
            )
    }

    /// A quantity word before "năm trước": "nhiều năm trước" is "many years
    /// ago", not "last year". A label's number is no quantity: "tốp 20 năm
    /// nay" (this year's top twenty), "Đợt 1 năm nay", "top 10 Năm nay"
    /// keep their "năm nay" (gen42 probe; [`Self::label_number`]).
    pub(crate) fn after_quantity(&self, i: usize) -> bool {
        self.after_vague_quantity(i)
            || (i > 0
                && self.toks.get(i).is_some_and(|t| t.gap != Gap::Line)
                && matches!(self.toks.get(i - 1).map(|t| t.kind), Some(Kind::Num { .. }))
                && !self.code_digits(i - 1)
                && !self.label_number(i - 1))
            || (i > 0
                && self
                    .toks
                    .get(i - 1)
                    .and_then(|t| match t.kind {
                        Kind::Word { word, .. } => word.digit_value(),
                        _ => None,
                    })
                    .is_some())
    }

    /// True when the number at `k` ends a code glued to capital letters
    /// ("cúp C1 năm nay", "đội hình U19 năm nay", "bảng V1000 năm trước";
    /// rel7 probe): a name, no count of the unit after it.
    fn code_digits(&self, k: usize) -> bool {
        k > 0
            && self.toks.get(k).is_some_and(|t| t.gap == Gap::None)
            && self.toks.get(k - 1).is_some_and(|t| {
                matches!(t.kind, Kind::Word { capital: true, .. })
                    && self.text[t.start..t.end].len() <= 3
                    && self.text[t.start..t.end]
                        .chars()
                        .all(|c| c.is_ascii_uppercase())
            })
    }

    /// After "tháng": "tháng 10", "tháng Mười", "tháng 10/2025",
    /// "tháng 10 năm 2025", "tháng này", "tháng trước".
    pub(crate) fn thang(&self, i: usize) -> Read<DateExpr> {
        if let Some((k, j)) = self
            .relative_word(i, false)
            .or_else(|| self.uncounted_past_unit(i))
        {
            if self.strict && self.after_quantity(i - 1) {
                return None;
            }
            let f = Fields {
                month: Some(MonthSpec::Rel(k)),
                ..Fields::default()
            };
            return Some((DateExpr::Fields(f), j));
        }
        let (m, j) = self.month_name(i)?;
        // "tháng Chạp" and "tháng 3 âm lịch" are lunar months, not December
        // and March; a lunar month without its day is not read.
        if self.is(i, Word::Chap) || self.am_lich(j).is_some() || self.lunar_month_range_end(j) {
            return None;
        }
        if self.strict && self.revolution_month(i, m, j) {
            return None;
        }
        let mut f = Fields {
            month: Some(MonthSpec::Abs(m)),
            ..Fields::default()
        };
        if let Some((y, e)) = self.month_year_suffix(j) {
            if self.am_lich(e).is_some() {
                return None;
            }
            f.year = Some(y);
            return Some((DateExpr::Fields(f), e));
        }
        if let Some(y) = self.late_early_year(i, m, j) {
            f.year = Some(y);
            return Some((DateExpr::Fields(f), j));
        }
        if self.num(i).is_some() {
            if let Some(r) = self.listed_month(i) {
                return Some(r);
            }
        }
        // "các tháng 2, 3 và 4": the first of months listed after "các".
        if self.strict && self.prev_word(i - 1) == Some(Word::Cac) && self.month_list_next(i) {
            return Some((DateExpr::Fields(f), j));
        }
        if self.strict {
            // "tháng năm" (months and years) and "tháng ba" after a number
            // ("hai tháng ba ngày") are not months in running text; "tháng
            // Năm", capitalized as a name, is May.
            let lower_nam = self.is(i, Word::Nam) && !self.capital(i);
            if self.num(i).is_none() && (lower_nam || self.after_quantity(i - 1)) {
                return None;
            }
            if self.num(i).is_some() && self.after_quantity(i - 1) {
                return None;
            }
        }
        Some((DateExpr::Fields(f), j))
    }

    /// True when the month `m` read at `i` (ending at `j`) names a
    /// revolution after "cách mạng" or "khởi nghĩa" before "tháng":
    /// "Cách mạng tháng Tám", "cách mạng tháng 8", "Tổng khởi nghĩa tháng
    /// Tám", "Cách mạng tháng Mười Nga". The event's name, not a month of
    /// the text (CONVENTIONS.md: event names; the nineteenth blind set's
    /// b114 left "cách mạng tháng 8" out). Only August and October, the
    /// revolutions so named, and only without a day or a year glued to
    /// the month ("cách mạng tháng 1/1945" stays a date); a year after
    /// "năm" ("Cách mạng tháng Tám năm 1945") is read on its own, as the
    /// year of a law is, and a bare year right after the month ("Cách
    /// mạng tháng Tám 1945", three in the corpus, which no gold set has
    /// read) keeps the month and year read as before (date16 probe).
    fn revolution_month(&self, i: usize, m: u8, j: usize) -> bool {
        let year_glued = matches!(self.punct(j), Some(c) if is_date_sep(c));
        let bare_year = self.num(j).is_some_and(|(_, len)| len == 4);
        if !matches!(m, 8 | 10) || i < 3 || year_glued || bare_year {
            return false;
        }
        // The name's first word may open a line.
        let first = self.toks.get(i - 3).and_then(|t| self.folded_text(t));
        matches!(
            (first.as_deref(), self.word_text(i - 2).as_deref()),
            (Some("cách"), Some("mạng")) | (Some("khởi"), Some("nghĩa"))
        )
    }

    /// After "năm": "năm 2024", "năm nay", "năm ngoái", "năm sau".
    pub(crate) fn nam(&self, i: usize) -> Read<DateExpr> {
        // "nhiều năm trước" is "many years ago", not "last year"; a year in
        // digits after "năm" is a year whatever comes before.
        if self.strict && self.num(i).is_none() && self.after_quantity(i - 1) {
            return None;
        }
        if self.past_unit(i).is_some() && self.counted_unit(i - 1) {
            return None;
        }
        let (y, j) = self
            .year_after_nam(i)
            .or_else(|| self.year_after_cyclic_name(i))?;
        Some((
            DateExpr::Fields(Fields {
                year: Some(y),
                ..Fields::default()
            }),
            j,
        ))
    }

    /// The year in digits after the name of a lunar year that follows
    /// "năm", a heavenly stem and an earthly branch at `i` and `i + 1`:
    /// "năm Đinh Dậu 2017", "đầu năm Giáp Ngọ 2014", "năm Mậu Thân 1968".
    /// The name restates the year in the sixty-year cycle; "năm" leads
    /// the whole, as it leads "năm 2017", and is in the span (gen43
    /// probe; the sixth blind set's z109 reads "năm Đinh Dậu 2017" so).
    /// A year after a name with no "năm" ("Tết Đinh Dậu 2017") stays the
    /// year alone (`Context::after_lunar_year_name`), as does one in
    /// parentheses ("năm Mậu Tý (2008)").
    fn year_after_cyclic_name(&self, i: usize) -> Read<YearSpec> {
        let named = self
            .spaced_word_text(i)
            .is_some_and(|w| crate::time::is_heavenly_stem(&w))
            && self
                .spaced_word_text(i + 1)
                .is_some_and(|w| crate::time::is_earthly_branch(&w));
        let spaced_year = self.tok(i + 2).is_some_and(|t| t.gap == Gap::Space);
        if !named || !spaced_year {
            return None;
        }
        let (y, len) = self.num(i + 2)?;
        (len == 4 && (1000..=2999).contains(&y) && !self.glued_after(i + 3))
            .then_some((YearSpec::Abs(y as i32), i + 3))
    }

    /// After "quý": "III/2025", "3", "ba", "4 của năm 2018", "I-2013",
    /// "này", "tới", "hiện tại".
    pub(crate) fn quarter(&self, i: usize) -> Read<DateExpr> {
        if let Some((k, j)) = self.relative_word(i, false) {
            // "những quý tới", "vài quý tới": the quarters to come, no one
            // quarter, as "những tháng tới" (rel5 probe).
            if self.strict && self.after_vague_quantity(i - 1) {
                return None;
            }
            // "loại đá quý này", "danh hiệu cao quý này": precious, noble.
            if self.precious_quy(i - 1) {
                return None;
            }
            return Some((DateExpr::QuarterOffset(k), j));
        }
        let (q, j) = if let Some((q, len)) = self.num(i) {
            // "quý 01/2021": a zero before the quarter, with its year.
            let zeroed = len == 2 && self.month_year_suffix(i + 1).is_some();
            (
                q,
                if len == 1 || zeroed {
                    i + 1
                } else {
                    return None;
                },
            )
        } else {
            let w = self.word(i)?;
            let q = w.roman_value().or_else(|| {
                if w == Word::Nam {
                    None
                } else {
                    w.digit_value()
                }
            })?;
            (q, i + 1)
        };
        if !(1..=4).contains(&q) {
            return None;
        }
        let quarter = q as u8;
        if let Some((y, e)) = self.month_year_suffix(j) {
            return Some((
                DateExpr::Quarter {
                    quarter,
                    year: Some(y),
                },
                e,
            ));
        }
        Some((
            DateExpr::Quarter {
                quarter,
                year: self.listed_quarter_year(q, j),
            },
            j,
        ))
    }

    /// "quý" at `q` as an adjective after the noun it qualifies (precious,
    /// noble), no quarter: "loại đá quý này", "kim loại quý này", "thảo
    /// dược quý này", "vị khách quý này", "danh hiệu cao quý này", and
    /// after a classifier two words back, "loài cá quý này", "cây ổi quý
    /// này" (gen57 probe). "trong quý này", "kinh doanh quý này", "so với
    /// quý trước" stay quarters.
    pub(crate) fn precious_quy(&self, q: usize) -> bool {
        /// Nouns and "cao" that "quý" qualifies right after them.
        const QUALIFIED: &[&str] = &["cao", "đá", "gỗ", "khách", "dược", "loại"];
        /// Classifiers that open a noun "quý" may qualify.
        const CLASSIFIERS: &[&str] = &["loài", "loại", "cây"];
        let back = |n: usize| {
            let k = q.checked_sub(n)?;
            (k + 1..=q)
                .all(|m| self.toks.get(m).is_some_and(|t| t.gap != Gap::Line))
                .then(|| self.toks.get(k).and_then(|t| self.folded_text(t)))
                .flatten()
        };
        back(1).is_some_and(|w| QUALIFIED.contains(&w.as_ref()))
            || back(2).is_some_and(|w| CLASSIFIERS.contains(&w.as_ref()))
    }

    /// After "tuần": "này", "trước", "sau", "tới", "tiếp theo".
    pub(crate) fn week(&self, i: usize) -> Read<DateExpr> {
        let (k, j) = self
            .relative_word(i, false)
            .or_else(|| self.uncounted_past_unit(i))?;
        Some((DateExpr::Week(k), j))
    }

    /// "qua", "vừa qua" or "vừa rồi" after "năm", "tháng" or "tuần": the
    /// last such unit ("năm qua", "tuần vừa qua", "trong tháng qua", "năm
    /// vừa rồi"). After a date a
    /// bare "qua" is a verb ("29/10 qua đời"), after a unit word it is
    /// "past"; a count before the unit ("30 năm qua", "những tuần qua") is
    /// how long, left to the duration scanner. "qua"
    /// before "đời", "đi" or "lại" is a verb ("năm qua đi").
    fn past_unit(&self, i: usize) -> Read<i32> {
        let j = match self.word(i)? {
            Word::Qua => i + 1,
            // "năm vừa rồi", "tuần vừa rồi" (rel4 probe): as "vừa qua".
            Word::Vua if matches!(self.word(i + 1), Some(Word::Qua | Word::Roi)) => i + 2,
            // "Năm rồi, mía rớt giá", "hồi tháng rồi", "tuần rồi giới săn
            // tin" (rel7 probe): a bare "rồi" after the unit is "vừa rồi",
            // the southern "last year"; after a count it is "already"
            // ("4 năm rồi", "bao năm rồi"), which `counted_unit` leaves.
            Word::Roi if self.bare_unit_before(i) => i + 1,
            _ => return None,
        };
        let verb = self
            .toks
            .get(j)
            .and_then(|t| self.folded_text(t))
            .is_some_and(|w| matches!(w.as_ref(), "đời" | "đi" | "lại"));
        (!verb).then_some((-1, j))
    }

    /// True when the unit word before "rồi" at `i` stands bare: after a
    /// word that is no count, no quantity ("cả năm rồi": the whole year
    /// already, "muôn năm rồi", "gần tuần rồi") and no rate's slash
    /// ("11%/năm rồi đến 10%/năm": then), so that "rồi" can be "last".
    fn bare_unit_before(&self, i: usize) -> bool {
        if i < 2 {
            return i == 1;
        }
        match self.toks.get(i - 2).map(|t| t.kind) {
            Some(Kind::Num { .. } | Kind::Punct('/')) => false,
            _ => !self.word_at_is(i - 2, &["cả", "muôn", "gần", "hơn", "trọn", "suốt"]),
        }
    }

    /// True when the unit word at `k` is counted or ordered, so that a
    /// "qua" after it is no last unit: "30 năm qua", "hàng chục năm qua",
    /// "vài tuần qua", "bao nhiêu năm qua", "từng tháng qua" (month by
    /// month), "bàn thứ năm qua 11 trận" (the
    /// fifth); or when a part word comes first ("cuối năm vừa qua", "đầu
    /// tháng qua", "giữa tuần qua"): the gold reads the part with the unit
    /// and gives no single value, so nothing is read.
    fn counted_unit(&self, k: usize) -> bool {
        let nhieu = k > 0
            && self
                .toks
                .get(k - 1)
                .and_then(|t| self.folded_text(t))
                .is_some_and(|w| matches!(w.as_ref(), "nhiêu" | "từng"));
        nhieu
            || self.after_quantity(k)
            || matches!(
                self.prev_word(k),
                Some(
                    Word::Chuc
                        | Word::Tram
                        | Word::Nghin
                        | Word::Thu
                        | Word::Dau
                        | Word::Cuoi
                        | Word::Giua
                )
            )
    }

    /// `past_unit` after a unit word at `i - 1` that nothing counts.
    fn uncounted_past_unit(&self, i: usize) -> Read<i32> {
        self.past_unit(i).filter(|_| !self.counted_unit(i - 1))
    }

    /// "3 ngày trước" (three days ago), "2 tuần nữa" (in two weeks), and
    /// spans: "3 ngày tới" (the next three days), "2 năm vừa rồi" (the last
    /// two years), "ba tháng tiếp theo".
    pub(crate) fn relative_count(&self, i: usize) -> Read<DateExpr> {
        // "sau vài ba năm nữa", "mấy hai tuần tới": a count after "vài" or
        // "mấy" is vague (a few), no one day or span (rel7 probe).
        if matches!(self.prev_word(i), Some(Word::Vai | Word::May)) {
            return None;
        }
        // "2-3 năm trước", "4 - 5 tháng nữa", "trong 2-3 ngày tới": a
        // range of counts reads as its two ends, "n" the low and "m" the
        // high (rel8 probe); a single count is both.
        let ((n, m, unit), after) = self.count_range_of_units(i).or_else(|| {
            self.count_of_units(i)
                .map(|((n, unit), after)| ((n, n, unit), after))
        })?;
        let span = |from, to, end| Some((DateExpr::Span { unit, from, to }, end));
        // The days, months or years `a` to `b` units from the reference: one
        // point when the count is one ("3 ngày trước"), else the range of
        // the points ("2-3 năm trước": `year-3..year-2`).
        let points = |a: i64, b: i64, end| {
            if a == b {
                return Some((relative_point(unit, a)?, end));
            }
            let (unit, a, b) = match unit {
                SpanUnit::Week => (SpanUnit::Day, a.checked_mul(7)?, b.checked_mul(7)?),
                _ => (unit, a, b),
            };
            Some((
                DateExpr::Span {
                    unit,
                    from: a,
                    to: b,
                },
                end,
            ))
        };
        match self.word(after)? {
            // "3 ngày trước đó" (three days before that) counts from another
            // event, not from the reference.
            Word::Truoc if !self.is(after + 1, Word::Do) && !self.event_after(after + 1) => {
                points(-m, -n, after + 1)
            }
            // "chỉ còn 2 ngày nữa", "thêm 3 tháng nữa": how long is left
            // or added, a duration, not the day it ends.
            Word::Nua if self.strict && self.left_or_added_before(i) => None,
            // "sống 7-8 năm nữa", "cần 4-5 tháng nữa": a range of counts
            // before "nữa" is mostly how much longer; in running text it is
            // read as a date only after "sau" or "trong" ("sau 1 - 2 tháng
            // nữa", "trong vòng 2-3 năm nữa"), which say when.
            Word::Nua if self.strict && n != m && !self.when_before(i) => None,
            Word::Nua => points(n, m, after + 1),
            // "2 tuần sau" (in two weeks), in a whole expression: in running
            // text "3 ngày sau" mostly counts from another event.
            Word::Sau if !self.strict => points(n, m, after + 1),
            // The next units up to the high count: "trong 2-3 năm tới" ends
            // two or three years on, so the years up to the third.
            Word::Toi2 => span(1, m, after + 1),
            Word::Tiep => span(1, m, self.next_by_tiep(after)?),
            Word::Vua if matches!(self.word(after + 1), Some(Word::Qua | Word::Roi)) => {
                span(-m, -1, after + 2)
            }
            // In running text "30 năm qua" is how long something has
            // lasted: the scanner reads the duration "30 năm".
            Word::Qua if !self.strict => span(-m, -1, after + 1),
            _ => None,
        }
    }

    /// True when, in running text, the word at `k` after a count and
    /// "trước" names an event the count comes before, not the reference:
    /// "một ngày trước trận đấu", "3 tuần trước giai đoạn 2", "hai tuần
    /// trước Tết", "Hơn một tháng trước kỳ tuyển sinh", "2 ngày trước bầu
    /// cử". The count is how long before it, a duration, as every gold row
    /// of the form reads it (CONVENTIONS.md, "Settled in the rel5 probe";
    /// rel8 probe). A word the event nouns share with a date ("ngày 5/6",
    /// "Tết") is an event too: the count still runs to it.
    fn event_after(&self, k: usize) -> bool {
        self.strict
            && self
                .tok(k)
                .filter(|t| t.gap == Gap::Space)
                .and_then(|t| self.folded_text(t))
                .is_some_and(|w| {
                    matches!(
                        w.as_ref(),
                        "trận"
                            | "vòng"
                            | "lượt"
                            | "giai"
                            | "buổi"
                            | "tết"
                            | "bầu"
                            | "đại"
                            | "kỳ"
                            | "kì"
                            | "ngày"
                            | "giờ"
                            | "lễ"
                            | "phiên"
                            | "cuộc"
                            | "chuyến"
                            | "hạn"
                            | "thềm"
                            | "sinh"
                            | "khai"
                            | "hội"
                            | "mùa"
                    )
                })
    }

    /// True when "sau" (after), "trong" or "trong vòng" (within) comes
    /// right before the count at `i`, past a qualifier ("sau khoảng",
    /// "trong vòng gần").
    fn when_before(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..3 {
            if k == 0 || self.toks.get(k).is_some_and(|t| t.gap == Gap::Line) {
                return false;
            }
            k -= 1;
            let Some(w) = self.toks.get(k).and_then(|t| self.folded_text(t)) else {
                return false;
            };
            match w.as_ref() {
                "sau" | "trong" | "vòng" => return true,
                "khoảng" | "hơn" | "gần" | "chừng" => {}
                _ => return false,
            }
        }
        false
    }

    /// True when "còn" (left) or "thêm" (more) comes before the count at
    /// `i`, past qualifiers ("còn khoảng", "còn chưa đầy", "thêm hơn").
    fn left_or_added_before(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..4 {
            if k == 0 {
                return false;
            }
            k -= 1;
            let Some(t) = self.toks.get(k) else {
                return false;
            };
            if self.toks.get(k + 1).is_some_and(|n| n.gap == Gap::Line) {
                return false;
            }
            let Some(w) = self.folded_text(t) else {
                return false;
            };
            match w.as_ref() {
                "còn" | "thêm" => return true,
                "khoảng" | "hơn" | "gần" | "chưa" | "đầy" | "chừng" | "đúng" => {}
                _ => return false,
            }
        }
        false
    }

    /// Two counts joined by a dash and a calendar unit, the first the
    /// smaller: "2-3 năm", "4 - 5 tháng", "1–2 tuần" (rel8 probe). A score
    /// ("thắng 2-1") runs down and is no range.
    fn count_range_of_units(&self, i: usize) -> Read<(i64, i64, SpanUnit)> {
        let (n, j) = self.small(i, 3)?;
        if !self.punct(j).is_some_and(is_dash) {
            return None;
        }
        let ((m, unit), after) = self.count_of_units(j + 1)?;
        let n = i64::from(n);
        (0 < n && n < m).then_some(((n, m, unit), after))
    }

    /// A count and a calendar unit: "3 ngày", "hai tuần".
    fn count_of_units(&self, i: usize) -> Read<(i64, SpanUnit)> {
        let (n, j) = self.small(i, 3)?;
        let unit = match self.word(j)? {
            Word::Ngay => SpanUnit::Day,
            Word::Tuan => SpanUnit::Week,
            Word::Thang => SpanUnit::Month,
            Word::Nam => SpanUnit::Year,
            _ => return None,
        };
        let n = i64::from(n);
        (n != 0).then_some(((n, unit), j + 1))
    }

    /// "2 ngày" after "cách đây": two days ago.
    pub(crate) fn relative_ago(&self, i: usize) -> Read<DateExpr> {
        let ((n, unit), end) = self.count_of_units(i)?;
        Some((relative_point(unit, -n)?, end))
    }
}

/// "hôm thứ Năm", "Hôm Chủ nhật": a weekday after "hôm" with nothing to
/// say which week is the last such day before the reference ("hôm" names
/// a day that has come, and the article's own day is "hôm nay": of 29
/// such weekdays in dated articles of the corpus none fell on the
/// article's weekday, rel6 probe; "hôm thứ Năm tới" says its week and
/// keeps it). A bare weekday elsewhere stays the nearest such day.
fn hom_weekday_is_past(e: DateExpr) -> DateExpr {
    match e {
        DateExpr::Fields(f)
            if f.weekday.is_some()
                && f.day.is_none()
                && f.month.is_none()
                && f.year.is_none()
                && f.direction.is_none() =>
        {
            DateExpr::Fields(Fields {
                direction: Some(Direction::Before),
                ..f
            })
        }
        e => e,
    }
}

/// After a part of the day at `i`, the word that makes it compound ("sáng
/// sớm", "tối muộn", "đêm khuya", "chiều tối"): the index after it.
pub(crate) fn part_modifier(g: &Grammar<'_>, i: usize) -> Option<usize> {
    let ok = matches!(
        (g.word(i)?, g.word(i + 1)?),
        (Word::Sang, Word::Som)
            | (Word::Toi | Word::Dem, Word::Muon)
            | (Word::Dem, Word::Khuya)
            | (Word::Chieu, Word::Toi)
    );
    ok.then_some(i + 2)
}

/// The day, month or year `k` units from the reference.
fn relative_point(unit: SpanUnit, k: i64) -> Option<DateExpr> {
    Some(match unit {
        SpanUnit::Day => DateExpr::Days {
            offset: k,
            weekday: None,
        },
        SpanUnit::Week => DateExpr::Days {
            offset: k.checked_mul(7)?,
            weekday: None,
        },
        SpanUnit::Month => DateExpr::Fields(Fields {
            month: Some(MonthSpec::Rel(i32::try_from(k).ok()?)),
            ..Fields::default()
        }),
        SpanUnit::Year => DateExpr::Fields(Fields {
            year: Some(YearSpec::Rel(i32::try_from(k).ok()?)),
            ..Fields::default()
        }),
        SpanUnit::Century => DateExpr::Span {
            unit,
            from: k,
            to: k,
        },
    })
}

impl Grammar<'_> {
    /// The year after "SN" (sinh năm, born in): "SN 1984". Four digits
    /// from 1900 to 2100, or nothing: "SN" is also a plain abbreviation
    /// ("SN 12" is not a birth year). The bound is fixed, not today's
    /// year, so that the same text always reads the same.
    pub(crate) fn birth_year(&self, i: usize) -> Read<DateExpr> {
        // "SN: 1964": a colon after "SN" belongs to the span.
        let i = if self.punct(i) == Some(':') { i + 1 } else { i };
        // "SN 29/12/1985": a full date of birth, "SN" in its span as in
        // "SN 1984".
        if let Some((DateExpr::Fields(f), j)) = self.numeric_date(i, true) {
            if f.year.is_some() && f.day.is_some() {
                return Some((DateExpr::Fields(f), j));
            }
        }
        let (y, len) = self.num(i)?;
        if len != 4 || !(1900..=2100).contains(&y) || self.glued_after(i + 1) {
            return None;
        }
        Some((year_only(y), i + 1))
    }

    /// A year alone, when the whole input is a date: "2024".
    pub(crate) fn bare_year(&self, i: usize) -> Read<DateExpr> {
        let (y, len) = self.num(i)?;
        (len == 4 && y >= 1).then_some((year_only(y), i + 1))
    }
}

fn day(v: u32) -> Option<u8> {
    u8::try_from(v).ok().filter(|d| (1..=31).contains(d))
}

fn month(v: u32) -> Option<u8> {
    u8::try_from(v).ok().filter(|m| (1..=12).contains(m))
}

/// A date that is a year and nothing more ("năm 2024", "SN 1984").
pub(crate) fn year_only(y: u32) -> DateExpr {
    DateExpr::Fields(Fields {
        year: Some(YearSpec::Abs(i32::try_from(y).unwrap_or(i32::MAX))),
        ..Fields::default()
    })
}

/// A day of a month, no year: "ngày 11", "23/5".
fn day_of_month(d: u8, m: u8) -> DateExpr {
    DateExpr::Fields(Fields {
        day: Some(d),
        month: Some(MonthSpec::Abs(m)),
        ..Fields::default()
    })
}

fn full(y: u32, m: u32, d: u32) -> Option<Fields> {
    Some(Fields {
        year: Some(YearSpec::Abs(i32::try_from(y).ok()?)),
        month: Some(MonthSpec::Abs(month(m)?)),
        day: Some(day(d)?),
        weekday: None,
        direction: None,
    })
}

/// What opens a list of days that share their month ("ngày 3, 5 và
/// 7/11", "(2, 3 và 4/6)"), as `listed_before` reads it.
#[derive(Clone, Copy)]
enum ListHead {
    /// "ngày", "mùng" or "hôm" before the first day.
    DayWord,
    /// An opening parenthesis before the first day, on its line.
    Paren,
}

/// True when the word `w` (and the word after it, `second`) after a day
/// and a month no larger than it names things counted, as a noun of
/// people does in `share_of_people`: "AVS rút 3/5 nghiệp vụ" (three of
/// five services), "6/7 công trình đã hoàn thành", "xây dựng 3/5 bệnh
/// viện", "4/11 tấm hình", "8/12 đội bóng đã rút lui", "Năm 2005 là 4/7
/// đơn vị", "2/2 tiêu chí", "5/6 chuyến hành quân" (gen28 probe): a
/// tally or a share, no day and month. Only nouns the corpus writes so;
/// a date with its lead word ("ngày 8/12 đội tuyển") is never asked.
fn counted_share(w: &str, second: Option<&str>) -> bool {
    match w {
        "phường" | "làng" | "tấm" | "chuyến" | "đội" | "vùng" | "gói" => true,
        "nghiệp" => second == Some("vụ"),
        "đơn" => second == Some("vị"),
        "công" => second == Some("trình"),
        "bệnh" => second == Some("viện"),
        "tiêu" => second == Some("chí"),
        "yếu" => second == Some("tố"),
        "tai" => second == Some("biến"),
        _ => false,
    }
}
