//! Forms of dates that news writes beyond day, month and year (issue 9):
//! lunar dates and holidays ("Tết Nguyên đán 2026", "mùng 1 Tết", "rằm
//! tháng Giêng", "Giỗ Tổ Hùng Vương", "ngày 10 tháng 3 âm lịch"), Christmas,
//! decades ("thập niên 90", "những năm 1990"), parts of a month ("cuối
//! tháng 10", whole expressions only), weekends ("cuối tuần này"), "cách
//! đây 2 ngày" and "ngày đầu tiên của tháng 3".

use super::date::year_only;
use super::{Grammar, Read, is_dash};
use crate::lex::{Kind, Word};
use crate::time::resolve::{DateExpr, DateRangeExpr, Fields, MonthSpec, SpanUnit, YearSpec};

impl Grammar<'_> {
    /// A year written after a holiday: "2026", "năm 2026", "Bính Ngọ 2026"
    /// is not read (only the digits).
    fn holiday_year(&self, i: usize) -> Read<YearSpec> {
        if self.is(i, Word::Nam) {
            return self.year_after_nam(i + 1);
        }
        let (y, len) = self.num(i)?;
        (len == 4 && (1000..=2999).contains(&y) && !self.glued_after(i + 1))
            .then_some((YearSpec::Abs(y as i32), i + 1))
    }

    /// A lunar date with its optional year after `j` ("mùng 6 tháng Giêng
    /// âm lịch, năm 1936": the year may follow a comma when "năm" leads it).
    pub(crate) fn lunar_at(&self, month: u8, day: u8, j: usize) -> Read<DateExpr> {
        let comma_year = (self.punct(j) == Some(',') && self.is(j + 1, Word::Nam))
            .then(|| self.holiday_year(j + 1))
            .flatten();
        let (year, end) = match comma_year.or_else(|| self.holiday_year(j)) {
            Some((y, e)) => (Some(y), e),
            None => (None, j),
        };
        Some((DateExpr::Lunar { year, month, day }, end))
    }

    /// "âm lịch" after a lunar date, or "ÂL", or either in parentheses
    /// ("15/8 (âm lịch)", "10/1(AL)"): the index after it.
    pub(crate) fn am_lich(&self, i: usize) -> Option<usize> {
        let at = |i: usize| {
            if self.is(i, Word::Am) && self.is(i + 1, Word::Lich) {
                return Some(i + 2);
            }
            let t = self.tok(i)?;
            // "ÂL", "AL" (âm lịch), in capitals only: "Al" is a name.
            matches!(self.text.get(t.start..t.end), Some("ÂL" | "AL")).then_some(i + 1)
        };
        if self.punct(i) == Some('(') {
            let j = at(i + 1)?;
            return (self.punct(j) == Some(')')).then_some(j + 1);
        }
        // A bare "AL" could be anything ("Tổ chức Ân xá Quốc tế (AL)"
        // stands after no date); "ÂL" is the lunar calendar.
        let j = at(i)?;
        let bare_al = !self.is(i, Word::Am)
            && self
                .text
                .get(self.tok(i)?.start..)
                .is_some_and(|t| t.starts_with("AL"));
        (!bare_al).then_some(j)
    }

    /// True when the month before `j` starts a range that ends on a lunar
    /// month: "tháng 3 đến tháng 9 âm lịch", "tháng Giêng đến hết tháng Ba
    /// âm lịch", "tháng 2 - tháng 6 ÂL". Both are lunar months.
    pub(crate) fn lunar_month_range_end(&self, j: usize) -> bool {
        let k = match self.tok(j).map(|t| t.kind) {
            Some(crate::lex::Kind::Punct(c)) if super::is_dash(c) => j + 1,
            Some(crate::lex::Kind::Word {
                word: Word::Den | Word::Toi2,
                ..
            }) => j + 1,
            _ => return false,
        };
        let k = if self.is(k, Word::Het) { k + 1 } else { k };
        if !self.is(k, Word::Thang) {
            return false;
        }
        let Some((_, e)) = self.month_name(k + 1) else {
            return false;
        };
        let e = self.month_year_suffix(e).map_or(e, |(_, e)| e);
        self.am_lich(e).is_some()
    }

    /// After "Tết" at `j - 1`: "Nguyên đán" and "âm lịch" that may follow
    /// ("mùng 4 Tết Nguyên đán", "mùng 1 Tết (âm lịch)"), the index after
    /// them.
    fn after_tet(&self, j: usize) -> usize {
        let j = if self.is(j, Word::Nguyen) && self.is(j + 1, Word::Dan) {
            j + 2
        } else {
            j
        };
        self.am_lich(j).unwrap_or(j)
    }

    /// "6 Tết", "30 Tết", "23 Tết" (without "mùng"), at a number: the days
    /// 1–10 of Tết are of the first lunar month, the days 20–30 before it of
    /// the twelfth ("30 Tết" is the eve of Tết, "23 Tết" the day of the
    /// Kitchen Gods). Days 11–19 are neither.
    pub(crate) fn day_tet(&self, i: usize) -> Read<DateExpr> {
        let (d, j) = self.small(i, 2)?;
        if !self.is(j, Word::Tet) {
            return None;
        }
        let month = match d {
            1..=10 => 1,
            20..=30 => 12,
            _ => return None,
        };
        self.lunar_at(month, d as u8, self.after_tet(j + 1))
    }

    /// "Tết Nguyên đán [năm] 2026", "Tết 2026", "Tết": the first day of
    /// the lunar year, only in a whole expression. In running text "dịp
    /// Tết", "kỳ nghỉ Tết Nguyên đán" and "dịp Tết 2017" name the festival,
    /// days long, no day of the calendar, as the extraction gold sets
    /// annotate it; `extract` reads the year alone there, as a season's
    /// (the opening of the thirtieth blind set).
    pub(crate) fn tet(&self, i: usize) -> Read<DateExpr> {
        if self.strict {
            return None;
        }
        let mut j = i + 1;
        if self.is(j, Word::Nguyen) && self.is(j + 1, Word::Dan) {
            j += 2;
        }
        self.lunar_at(1, 1, j)
    }

    /// After "mùng"/"mồng" and a day: "mùng 1 Tết", "mồng 3 Tết 2025".
    pub(crate) fn mung_tet(&self, day: u32, j: usize) -> Read<DateExpr> {
        if !self.is(j, Word::Tet) || !(1..=10).contains(&day) {
            return None;
        }
        self.lunar_at(1, day as u8, self.after_tet(j + 1))
    }

    /// "rằm tháng Giêng", "rằm tháng 7 [âm lịch] [năm 2025]": the 15th of a
    /// lunar month.
    pub(crate) fn ram(&self, i: usize) -> Read<DateExpr> {
        if !self.is(i + 1, Word::Thang) {
            return None;
        }
        let (m, j) = self.month_name(i + 2)?;
        let j = self.am_lich(j).unwrap_or(j);
        self.lunar_at(m, 15, j)
    }

    /// "Giỗ Tổ [Hùng Vương] [năm 2025]": 10/3 âm lịch.
    pub(crate) fn gio_to(&self, i: usize) -> Read<DateExpr> {
        if !self.is(i + 1, Word::To) {
            return None;
        }
        let mut j = i + 2;
        if self.is(j, Word::Hung) && self.is(j + 1, Word::Vuong) {
            j += 2;
        }
        self.lunar_at(3, 10, j)
    }

    /// "Giáng sinh [năm 2025]": 25 December.
    pub(crate) fn giang_sinh(&self, i: usize) -> Read<DateExpr> {
        if !self.is(i + 1, Word::Sinh) {
            return None;
        }
        let (year, end) = match self.holiday_year(i + 2) {
            Some((y, e)) => (Some(y), e),
            None => (None, i + 2),
        };
        let f = Fields {
            year,
            month: Some(MonthSpec::Abs(12)),
            day: Some(25),
            ..Fields::default()
        };
        Some((DateExpr::Fields(f), end))
    }

    /// A day and month followed by "âm lịch": "ngày 10 tháng 3 âm lịch",
    /// "15/8 âm lịch".
    pub(crate) fn lunar_suffix(&self, e: DateExpr, j: usize) -> Read<DateExpr> {
        let DateExpr::Fields(f) = e else { return None };
        let k = self.am_lich(j)?;
        let (Some(MonthSpec::Abs(month)), Some(day), None) = (f.month, f.day, f.weekday) else {
            return None;
        };
        match f.year {
            Some(y) => Some((
                DateExpr::Lunar {
                    year: Some(y),
                    month,
                    day,
                },
                k,
            )),
            None => self.lunar_at(month, day, k),
        }
    }

    /// "ngày đầu tiên của tháng 3 [năm 2017]": the 1st of that month.
    pub(crate) fn first_day_of(&self, j: usize) -> Read<DateExpr> {
        let (f, end) = self.first_of_month(j)?;
        Some((DateExpr::Fields(Fields { day: Some(1), ..f }), end))
    }

    /// "đầu tiên [của] tháng 3 [năm 2017]" from token `j`: the month (and
    /// year) whose first day or week is meant, with no day written.
    fn first_of_month(&self, j: usize) -> Read<Fields> {
        if !(self.is(j, Word::Dau) && self.is(j + 1, Word::Tien)) {
            return None;
        }
        let k = if self.is(j + 2, Word::Cua) {
            j + 3
        } else {
            j + 2
        };
        if !self.is(k, Word::Thang) {
            return None;
        }
        let (e, end) = self.thang(k + 1)?;
        let DateExpr::Fields(f) = e else { return None };
        (f.month.is_some() && f.day.is_none()).then_some((f, end))
    }

    /// "tuần đầu tiên của tháng 9 năm 2017": Monday to Sunday of the week
    /// that starts on the first Monday of the month.
    pub(crate) fn first_week_of(&self, i: usize) -> Read<DateExpr> {
        let (f, end) = self.first_of_month(i + 1)?;
        let Some(MonthSpec::Abs(month)) = f.month else {
            return None;
        };
        Some((
            DateExpr::FirstWeek {
                month,
                year: f.year,
            },
            end,
        ))
    }

    /// "cách đây 2 ngày", "cách đây 3 năm": that many units ago, in a
    /// whole expression. Running text reads it in the scanner (`ago_at`),
    /// with a reference only: without one the gold sets read the duration.
    pub(crate) fn cach_day(&self, i: usize) -> Read<DateExpr> {
        if self.strict || !self.is(i + 1, Word::Day) {
            return None;
        }
        self.relative_ago(i + 2)
    }

    /// "cuối tuần này", "cuối tuần qua", "cuối tuần trước", "cuối tuần
    /// tới", "cuối tuần vừa rồi": Saturday and Sunday of that week.
    pub(crate) fn weekend(&self, i: usize) -> Read<DateExpr> {
        if !self.is(i + 1, Word::Tuan) {
            return None;
        }
        let (k, j) = match self.word(i + 2)? {
            Word::Qua => (-1, i + 3),
            Word::Vua if matches!(self.word(i + 3), Some(Word::Qua | Word::Roi)) => (-1, i + 4),
            _ => self.relative_word(i + 2, false)?,
        };
        Some((DateExpr::Weekend(k), j))
    }

    /// "đầu năm nay", "cuối năm ngoái", "giữa năm tới", "đầu tháng này",
    /// "cuối tháng trước", "cuối năm vừa qua", "đầu tuần này", "giữa tuần
    /// trước", "cuối thế kỷ này": a part word before a year, a month, a
    /// week or a century named only by a relative word. The span takes the part in, as the gold sets read it
    /// (CONVENTIONS.md, "Settled in the rel3 probe"); the value is the year,
    /// month or week itself, the part being no calendar field. A written
    /// month or year keeps the date alone ("cuối năm 2020", "đầu tháng 6
    /// năm nay": the date is the span); a week's end is `weekend`'s and a
    /// week's start with its written date `week_start`'s.
    pub(crate) fn part_of_relative_unit(&self, i: usize) -> Read<DateExpr> {
        if !matches!(self.word(i)?, Word::Dau | Word::Cuoi | Word::Giua) {
            return None;
        }
        // "4 tháng đầu năm nay", "nửa đầu năm nay", "lần đầu năm ngoái": the
        // part word goes with the word before it (the first months, the
        // first half, the first time), and the year is read alone.
        let before = i
            .checked_sub(1)
            .and_then(|k| self.toks.get(k))
            .and_then(|t| self.folded_text(t));
        if before.is_some_and(|w| {
            matches!(
                w.as_ref(),
                "tháng" | "quý" | "tuần" | "ngày" | "nửa" | "lần" | "thời" | "kỳ" | "phiên"
            )
        }) {
            return None;
        }
        let relative = |k: usize, year: bool| {
            // "từ đầu năm tới nay" ("until now": `relative_word` reads no
            // next year); "cuối năm tiếp tục": a verb, no next year.
            if self.is(k, Word::Tiep) && !self.is(k + 1, Word::Theo) {
                return None;
            }
            self.relative_unit(k, year)
        };
        // "cuối thế kỷ này", "giữa thế kỷ trước" (rel6 probe): the century.
        if self.is(i + 1, Word::The) && self.is(i + 2, Word::Ky) {
            return self.relative_century(i + 3);
        }
        let year = match self.word(i + 1)? {
            Word::Nam => true,
            Word::Thang => false,
            // "đầu tuần này", "giữa tuần trước", "giữa tuần qua" (rel4
            // probe): the week; "cuối tuần …" is the weekend (`weekend`).
            Word::Tuan if !self.is(i, Word::Cuoi) => {
                let (k, j) = relative(i + 2, false)?;
                return Some((DateExpr::Week(k), j));
            }
            _ => return None,
        };
        let (k, j) = relative(i + 2, year)?;
        let f = if year {
            Fields {
                year: Some(YearSpec::Rel(k)),
                ..Fields::default()
            }
        } else {
            Fields {
                month: Some(MonthSpec::Rel(k)),
                ..Fields::default()
            }
        };
        Some((DateExpr::Fields(f), j))
    }

    /// After "từ" at `i - 1`: "từ đầu năm đến nay", "từ đầu tháng tới giờ",
    /// "từ đầu tuần cho đến nay", "từ đầu năm đến bây giờ": from the start
    /// of this year, month or week until the article's day (rel5 probe).
    /// The span runs from "từ" to the word for now, as the gold sets read
    /// it; the value is the year, month or week itself, as for "đầu năm
    /// nay" (`part_of_relative_unit`), the start being no calendar field,
    /// and as "kể từ tháng 7.2012 đến nay" keeps the date alone (twelfth
    /// session). A written year or month keeps the date ("từ đầu năm 2013
    /// đến nay": the date is the span); without the word for now ("từ đầu
    /// năm", "từ đầu năm đến cuối tháng 5") nothing is read here.
    pub(crate) fn since_start_until_now(&self, i: usize) -> Read<DateExpr> {
        if !self.is(i, Word::Dau) {
            return None;
        }
        let unit = self.word(i + 1)?;
        let folded = |k: usize| self.tok(k).and_then(|t| self.folded_text(t));
        let mut k = i + 2;
        if folded(k).is_some_and(|w| w == "cho") {
            k += 1;
        }
        if !matches!(self.word(k)?, Word::Den | Word::Toi2) {
            return None;
        }
        let end = match self.word(k + 1)? {
            Word::Nay | Word::Gio => k + 2,
            Word::Bay2 if self.is(k + 2, Word::Gio) => k + 3,
            Word::Hien if folded(k + 2).is_some_and(|w| matches!(w.as_ref(), "nay" | "tại")) => {
                k + 3
            }
            _ => return None,
        };
        let this = Some(YearSpec::Rel(0));
        let e = match unit {
            Word::Nam => DateExpr::Fields(Fields {
                year: this,
                ..Fields::default()
            }),
            Word::Thang => DateExpr::Fields(Fields {
                month: Some(MonthSpec::Rel(0)),
                ..Fields::default()
            }),
            Word::Tuan => DateExpr::Week(0),
            _ => return None,
        };
        Some((e, end))
    }

    /// "đầu tuần sau (3/6)", "đầu tuần này (28/10)": the start of a week
    /// with the date it is, in parentheses; the written date is the value.
    /// Without the date nothing is read ("đầu tuần sau" is no one day).
    pub(crate) fn week_start(&self, i: usize) -> Read<DateExpr> {
        if !self.is(i + 1, Word::Tuan) {
            return None;
        }
        let (k, j) = self.relative_word(i + 2, false)?;
        self.with_written_date(DateExpr::Week(k), j)
    }

    /// "thập niên 90", "thập kỷ 1990", "những năm 90", "những năm 1990":
    /// the ten years of a decade. Two digits are the 1900s ("thập niên 20"
    /// is the 1920s); four digits must end in 0.
    pub(crate) fn decade(&self, i: usize) -> Read<DateRangeExpr> {
        if self.num(i).is_some() {
            return self.listed_decade(i);
        }
        let j = match self.word(i)? {
            Word::Thap if matches!(self.word(i + 1), Some(Word::Nien | Word::Ky)) => i + 2,
            Word::Nhung if self.is(i + 1, Word::Nam) => i + 2,
            _ => return None,
        };
        let (n, len) = self.num(j)?;
        if n % 10 != 0 {
            return None;
        }
        let start = match len {
            2 => 1900 + n,
            4 if (1000..=2990).contains(&n) => n,
            _ => return None,
        };
        if let Some(r) = self.decade_range_to(j + 1, start, len) {
            return Some(r);
        }
        if self.glued_after(j + 1) {
            return None;
        }
        Some((
            DateRangeExpr {
                from: year_only(start),
                to: Some(year_only(start + 9)),
            },
            j + 1,
        ))
    }

    /// After a decade starting in `start` (written in `len` digits) and
    /// ending before `k`: a dash, "đến" or "tới" and a later decade, the
    /// years from the first decade's to the end of the last: "những năm
    /// 1960 - 70" (1960–1979), "những năm 80-90", "thập niên 60-70",
    /// "những năm 1990 - 2000", "những năm 1930 đến 1970" (tenth date
    /// probe). Two digits after two digits, or after four (the first's
    /// century), or four after four.
    fn decade_range_to(&self, k: usize, start: u32, len: u8) -> Read<DateRangeExpr> {
        let next = match self.tok(k)?.kind {
            crate::lex::Kind::Punct(c) if super::is_dash(c) => k + 1,
            crate::lex::Kind::Word {
                word: Word::Den | Word::Toi2,
                ..
            } => k + 1,
            _ => return None,
        };
        let (m, mlen) = self.num(next)?;
        if m % 10 != 0 || self.glued_after(next + 1) {
            return None;
        }
        let last = match (len, mlen) {
            (2, 2) => 1900 + m,
            (4, 2) => start / 100 * 100 + m,
            (4, 4) => m,
            _ => return None,
        };
        (last > start).then(|| {
            (
                DateRangeExpr {
                    from: year_only(start),
                    to: Some(year_only(last + 9)),
                },
                next + 1,
            )
        })
    }

    /// "thập niên 70, 80", "những năm 80 và 90": two digits after a comma
    /// or "và" that follow a decade in two digits are the next decade
    /// listed (tenth blind set, opened).
    fn listed_decade(&self, i: usize) -> Read<DateRangeExpr> {
        let decade_of = |k: usize| self.num(k).filter(|&(n, len)| len == 2 && n % 10 == 0);
        let (n, _) = decade_of(i)?;
        if self.glued_after(i + 1) {
            return None;
        }
        let link = i.checked_sub(1)?;
        let linked = self.punct(link) == Some(',') || self.word_text(link).as_deref() == Some("và");
        let before = link.checked_sub(1)?;
        let lead = before.checked_sub(2)?;
        let (m, _) = decade_of(before)?;
        let led = self.is(lead, Word::Thap)
            && matches!(self.word(lead + 1), Some(Word::Nien | Word::Ky))
            || self.is(lead, Word::Nhung) && self.is(lead + 1, Word::Nam);
        (linked && led && m < n).then(|| {
            (
                DateRangeExpr {
                    from: year_only(1900 + n),
                    to: Some(year_only(1909 + n)),
                },
                i + 1,
            )
        })
    }

    /// "thế kỷ 20", "thế kỉ XXI": the hundred years of a century, counted
    /// as the calendar does (the 20th century is 1901–2000). Digits or
    /// capital Roman numerals, up to the 30th.
    pub(crate) fn century(&self, i: usize) -> Read<DateRangeExpr> {
        if !(self.is(i, Word::The) && self.is(i + 1, Word::Ky)) {
            return None;
        }
        let j = i + 2;
        let t = self.tok(j)?;
        if t.gap == crate::lex::Gap::Line {
            return None;
        }
        if let Some((from, end)) = self.relative_century(j) {
            // "nhiều thế kỷ trước", "hàng thế kỷ này", "hai thế kỷ trước",
            // "3 thế kỷ trước": many centuries ago, centuries-old, how
            // long; no one century. A decade before it stays ("những năm
            // 90 thế kỷ trước", "thập niên 70, 80 thế kỷ trước").
            let counted = i > 0
                && (self.after_vague_quantity(i)
                    || self.num(i - 1).is_some_and(|(n, _)| n < 10)
                    || self.toks.get(i - 1).is_some_and(|t| {
                        matches!(t.kind, Kind::Word { word, .. } if word.digit_value().is_some())
                    }));
            if counted {
                return None;
            }
            return Some((DateRangeExpr { from, to: None }, end));
        }
        let n = self.century_number(j)?;
        if !(1..=30).contains(&n) {
            return None;
        }
        // "thế kỷ 17 - 18", "thế kỷ IX-XIV": a range of centuries, the
        // second written as the first (digits or Roman) and later by at
        // most five (seventeenth blind set, opened).
        let (last, end) = self.century_range_end(j, n).unwrap_or((n, j + 1));
        if last == n && self.glued_after(j + 1) {
            return None;
        }
        Some((
            DateRangeExpr {
                from: year_only((n - 1) * 100 + 1),
                to: Some(year_only(last * 100)),
            },
            end,
        ))
    }

    /// "thế kỷ trước" (the last century), "thế kỷ này", "thế kỷ tới", the
    /// relative word at token `j` after "thế kỷ" (rel6 probe): the century
    /// before, of or after the reference's. "thế kỷ trước đó" (before
    /// that) counts from another date and "thế kỷ trước Công nguyên" is
    /// an era, not read; "thế kỷ qua" and "thế kỷ sau" are left (mostly
    /// the last hundred years, the century after an event).
    fn relative_century(&self, j: usize) -> Read<DateExpr> {
        let k = match self.word(j)? {
            Word::Truoc => {
                let next = self.tok(j + 1).filter(|t| t.gap != crate::lex::Gap::Line);
                let era = next
                    .and_then(|t| self.folded_text(t))
                    .is_some_and(|w| matches!(w.as_ref(), "công" | "cn" | "tcn"));
                if era || self.is(j + 1, Word::Do) {
                    return None;
                }
                -1
            }
            Word::Nay2 => 0,
            Word::Toi2 => 1,
            _ => return None,
        };
        Some((
            DateExpr::Span {
                unit: SpanUnit::Century,
                from: k,
                to: k,
            },
            j + 1,
        ))
    }

    /// The number of a century at token `j`: one or two digits, or capital
    /// Roman numerals.
    fn century_number(&self, j: usize) -> Option<u32> {
        let t = self.tok(j)?;
        match self.num(j) {
            Some((n, len)) if len <= 2 => Some(n),
            Some(_) => None,
            None => roman(self.text.get(t.start..t.end)?),
        }
    }

    /// The last century of "thế kỷ N - M" whose first, `n`, is at token
    /// `j`, and the token after it: a dash, then M written as N is (digits
    /// or Roman), `n < M <= n + 5`, not glued to what follows.
    fn century_range_end(&self, j: usize, n: u32) -> Option<(u32, usize)> {
        if !matches!(self.tok(j + 1)?.kind, Kind::Punct(c) if is_dash(c)) {
            return None;
        }
        let next = self.tok(j + 2)?;
        if next.gap == crate::lex::Gap::Line || self.num(j).is_some() != self.num(j + 2).is_some() {
            return None;
        }
        let m = self.century_number(j + 2)?;
        ((n + 1..=(n + 5).min(30)).contains(&m) && !self.glued_after(j + 3)).then_some((m, j + 3))
    }

    /// "đầu tháng 10", "giữa tháng 10/2025", "cuối tháng 2 năm 2024": days
    /// 1–10, 11–20 and 21 to the end of the month (whole expressions only:
    /// the gold set leaves "đầu", "giữa", "cuối" out of a date's span in
    /// running text). Without a year, "cuối tháng 2" ends on the 28th.
    pub(crate) fn month_part(&self, i: usize) -> Read<DateRangeExpr> {
        if self.strict {
            return None;
        }
        let part = match self.word(i)? {
            Word::Dau => 0,
            Word::Giua => 1,
            Word::Cuoi => 2,
            _ => return None,
        };
        if !self.is(i + 1, Word::Thang) {
            return None;
        }
        let (e, end) = self.thang(i + 2)?;
        let DateExpr::Fields(f) = e else { return None };
        let (Some(MonthSpec::Abs(m)), None) = (f.month, f.day) else {
            return None;
        };
        let last = match f.year {
            Some(YearSpec::Abs(y)) => crate::time::calendar::days_in_month(y, m),
            _ if m == 2 => 28,
            _ => crate::time::calendar::max_days_in_month(m),
        };
        let (first, last) = match part {
            0 => (1, 10),
            1 => (11, 20),
            _ => (21, last),
        };
        let at = |d: u8| DateExpr::Fields(Fields { day: Some(d), ..f });
        Some((
            DateRangeExpr {
                from: at(first),
                to: Some(at(last)),
            },
            end,
        ))
    }
}

/// The value of a Roman numeral of capitals I, V and X ("XXI" is 21), in
/// its usual subtractive form only; `None` for anything else.
fn roman(s: &str) -> Option<u32> {
    let digit = |c: u8| match c {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        _ => None,
    };
    let values: Vec<u32> = s.bytes().map(digit).collect::<Option<_>>()?;
    let mut total = 0;
    for (k, &v) in values.iter().enumerate() {
        if values.get(k + 1).is_some_and(|&next| next > v) {
            total -= v as i64;
        } else {
            total += v as i64;
        }
    }
    let n = u32::try_from(total).ok().filter(|&n| n > 0)?;
    // Only the canonical spelling: "IIII", "VX", "IXI" are not numerals.
    (to_roman(n) == s).then_some(n)
}

/// The canonical Roman spelling of 1..=39.
fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (v, s) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::roman;

    #[test]
    fn roman_numerals_in_their_usual_spelling_only() {
        for (s, n) in [
            ("I", 1),
            ("IV", 4),
            ("IX", 9),
            ("XIV", 14),
            ("XIX", 19),
            ("XX", 20),
            ("XXI", 21),
            ("XXX", 30),
        ] {
            assert_eq!(roman(s), Some(n), "{s}");
        }
        for s in ["", "IIII", "VX", "IXI", "xx", "XXL", "VV"] {
            assert_eq!(roman(s), None, "{s}");
        }
    }
}
