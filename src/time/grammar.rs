//! The date and time grammar: recursive descent over tokens.
//!
//! Every rule takes a token index and returns what it read and the index
//! after it, or `None`; rules never look further than a fixed number of
//! tokens ahead, so a scan that tries them at every token is linear.
//!
//! The grammar has two modes. Whole-expression parsing (`parse date`)
//! knows the input is meant as a date or a time and accepts every form.
//! Running text (`strict`) only accepts forms that are not more likely
//! something else: "3-1" is a score unless a date word stands before it,
//! "1/2" a fraction, "thứ hai" the ordinal "second" unless it names a day
//! ("thứ Hai", "vào thứ hai", "thứ hai tuần tới"), "mai" a given name and
//! "qua" a verb unless a day word stands before them.

use super::date::Weekday;
use super::lexer::{Gap, Kind, Token};
use super::resolve::{DateExpr, DateRangeExpr, Fields, MonthSpec, SpanUnit, YearSpec};
use super::words::Word;

/// A rule's result: the value and the index of the next token.
pub(crate) type Read<T> = Option<(T, usize)>;

/// A time of day as read (hour on the 24-hour clock when a part of the
/// day was written), before validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TimeExpr {
    pub(crate) hour: u32,
    pub(crate) minute: Option<u32>,
    pub(crate) second: Option<u32>,
    /// UTC offset in minutes, when written.
    pub(crate) offset: Option<i32>,
}

/// A time or a range of times as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TimeRangeExpr {
    pub(crate) from: TimeExpr,
    pub(crate) to: Option<TimeExpr>,
}

/// The grammar over one token slice.
#[derive(Clone, Copy)]
pub(crate) struct Grammar<'a> {
    pub(crate) toks: &'a [Token],
    pub(crate) text: &'a str,
    /// Running text: accept only unambiguous forms.
    pub(crate) strict: bool,
    /// The first token of the expression being read: it may follow a line
    /// break, no later token may.
    pub(crate) start: usize,
    /// How many rules deep a date is nested in another ("sáng thứ Hai,
    /// 29/10"): bounded so that "thứ hai thứ hai thứ hai…" cannot recurse
    /// without end.
    pub(crate) depth: u8,
    /// Numbers already read, by token index: several rules ask for the
    /// number at the same token, and reading words is the costly part.
    pub(crate) numbers: &'a NumberCache,
}

/// Numbers read at token indexes (see [`Grammar::numbers`]): the last few
/// only, since every rule reads within a few tokens of where it started.
pub(crate) type NumberCache =
    core::cell::RefCell<std::collections::VecDeque<(usize, Read<crate::number::Decimal>)>>;

/// The deepest nesting of date rules: a part of the day, "hôm", a weekday,
/// then the date itself.
const MAX_DEPTH: u8 = 4;

pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‐' | '‑' | '−')
}

fn is_date_sep(c: char) -> bool {
    matches!(c, '/' | '.') || is_dash(c)
}

impl<'a> Grammar<'a> {
    /// The grammar for a date nested in the one being read, if the nesting
    /// is not too deep.
    fn nested(&self) -> Option<Grammar<'a>> {
        (self.depth < MAX_DEPTH).then_some(Grammar {
            depth: self.depth + 1,
            ..*self
        })
    }

    /// Token `i` when the expression may continue there.
    pub(crate) fn tok(&self, i: usize) -> Option<&'a Token> {
        let t = self.toks.get(i)?;
        if i != self.start && t.gap == Gap::Line {
            return None;
        }
        Some(t)
    }

    /// Token `i` when it touches the token before it.
    pub(crate) fn adj(&self, i: usize) -> Option<&'a Token> {
        self.tok(i).filter(|t| t.gap == Gap::None)
    }

    pub(crate) fn word(&self, i: usize) -> Option<Word> {
        match self.tok(i)?.kind {
            Kind::Word { word, .. } => Some(word),
            _ => None,
        }
    }

    pub(crate) fn is(&self, i: usize, w: Word) -> bool {
        self.word(i) == Some(w)
    }

    pub(crate) fn capital(&self, i: usize) -> bool {
        matches!(
            self.tok(i).map(|t| t.kind),
            Some(Kind::Word { capital: true, .. })
        )
    }

    /// True when the word at `i` has two or more letters, all capitals.
    fn all_caps(&self, i: usize) -> bool {
        let Some(word) = self.toks.get(i).and_then(|t| self.text.get(t.start..t.end)) else {
            return false;
        };
        word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word.chars().any(char::is_lowercase)
    }

    pub(crate) fn punct(&self, i: usize) -> Option<char> {
        match self.tok(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    pub(crate) fn adj_punct(&self, i: usize) -> Option<char> {
        self.adj(i).and_then(|_| self.punct(i))
    }

    /// A digit run: value and length.
    pub(crate) fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.tok(i)?.kind {
            Kind::Num { value, len } => Some((value, len)),
            _ => None,
        }
    }

    pub(crate) fn adj_num(&self, i: usize) -> Option<(u32, u8)> {
        self.adj(i).and_then(|_| self.num(i))
    }

    /// The word before the expression (same line), used as context.
    pub(crate) fn prev_word(&self, i: usize) -> Option<Word> {
        let t = self.toks.get(i)?;
        if t.gap == Gap::Line || i == 0 {
            return None;
        }
        match self.toks.get(i - 1)?.kind {
            Kind::Word { word, .. } => Some(word),
            _ => None,
        }
    }

    /// True when token `i` is glued to a digit, a letter or a date
    /// separator before it: "1.29/10", "QĐ29/10", "1/1/1" do not start a
    /// date at the inner digits.
    pub(crate) fn glued_before(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.gap != Gap::None || i == 0 {
            return false;
        }
        match self.toks.get(i - 1).map(|p| p.kind) {
            Some(Kind::Num { .. } | Kind::Word { .. }) => true,
            Some(Kind::Punct(c)) => is_date_sep(c) || matches!(c, ',' | ':'),
            None => false,
        }
    }

    /// True when the expression ending before token `i` would be cut out
    /// of a longer token run: "29/10/25", "15/2020/NĐ", "14:30:1", "3/4%".
    pub(crate) fn glued_after(&self, i: usize) -> bool {
        let Some(t) = self.adj(i) else { return false };
        match t.kind {
            Kind::Num { .. } | Kind::Word { .. } => true,
            Kind::Punct(c) if is_date_sep(c) || matches!(c, ',' | ':') => {
                // A sentence end or a comma is fine when no digit follows.
                self.adj_num(i + 1).is_some()
                    || self
                        .adj(i + 1)
                        .is_some_and(|n| matches!(n.kind, Kind::Word { .. }))
            }
            Kind::Punct(c) => matches!(c, '%' | '\''),
        }
    }

    /// Context words that make a bare "29-10" or "thứ hai" a date.
    fn cued(&self, i: usize) -> bool {
        matches!(
            self.prev_word(i),
            Some(
                Word::Vao
                    | Word::Tu
                    | Word::Den
                    | Word::Toi2
                    | Word::Het
                    | Word::Nay
                    | Word::Hom
                    | Word::Ngay
                    | Word::Sang
                    | Word::Trua
                    | Word::Chieu
                    | Word::Toi
                    | Word::Dem
                    | Word::Khuya
                    | Word::Luc
            )
        )
    }

    // ---------------------------------------------------------------
    // Numbers inside dates.

    /// A small number written in words (0–99): "mười lăm", "hai mươi tư",
    /// "hai tư", "ba mốt".
    pub(crate) fn spelled(&self, i: usize) -> Read<u32> {
        super::numbers::spelled_small(self, i)
    }

    /// A number in digits (at most `max_len` of them) or in words.
    pub(crate) fn small(&self, i: usize, max_len: u8) -> Read<u32> {
        if let Some((v, len)) = self.num(i) {
            return (len <= max_len).then_some((v, i + 1));
        }
        self.spelled(i)
    }

    pub(crate) fn word_at(&self, i: usize) -> Option<Word> {
        self.word(i)
    }

    // ---------------------------------------------------------------
    // Dates.

    /// A date or a date range.
    pub(crate) fn date_value(&self, i: usize) -> Read<DateRangeExpr> {
        let mut best = self.date_range(i);
        if let Some((single, j)) = self.date_single(i, false) {
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
    fn date_range(&self, i: usize) -> Read<DateRangeExpr> {
        let (from_at, has_tu) = if self.is(i, Word::Tu) {
            (i + 1, true)
        } else {
            (i, false)
        };
        let range = |from, to, j| Some((DateRangeExpr { from, to: Some(to) }, j));
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
        if let Some(r) = self.day_range(day_at, has_tu || day_at != from_at || !self.strict) {
            return Some(r);
        }
        if self.is(from_at, Word::Thang) {
            if let Some(r) = self.month_range(from_at + 1) {
                return Some(r);
            }
        }
        if let Some(r) = self.year_range(from_at, has_tu) {
            return Some(r);
        }
        let (from, j) = self.date_single(from_at, has_tu)?;
        let k = self.range_link(j, has_tu)?;
        // "29/10-2/11": the end touches the dash.
        let (to, end) = self
            .date_single(k, true)
            .or_else(|| self.numeric_date_after(k, true))?;
        range(from, to, end)
    }

    /// The word or dash between the ends of a range; returns the index of
    /// the second end.
    fn range_link(&self, j: usize, has_tu: bool) -> Option<usize> {
        match self.tok(j)?.kind {
            Kind::Punct(c) if is_dash(c) && !has_tu => Some(j + 1),
            Kind::Word {
                word: Word::Den | Word::Toi2,
                ..
            } => {
                if !has_tu && self.strict {
                    return None;
                }
                Some(if self.is(j + 1, Word::Het) {
                    j + 2
                } else {
                    j + 1
                })
            }
            _ => None,
        }
    }

    /// "1-5/10", "29 - 30/10/2025": a day, a dash, then a day with its month.
    fn day_range(&self, i: usize, cued: bool) -> Read<DateRangeExpr> {
        if self.glued_before(i) {
            return None;
        }
        let (d1, j) = self.small(i, 2)?;
        let c = self.punct(j)?;
        let k = if is_dash(c) {
            j + 1
        } else {
            return None;
        };
        let (to, end) = self.numeric_date_after(k, true)?;
        let DateExpr::Fields(f) = to else { return None };
        let d2 = f.day?;
        let d1 = u8::try_from(d1).ok()?;
        if d1 == 0 || d1 >= d2 || (!cued && self.strict && f.year.is_none()) {
            return None;
        }
        let from = DateExpr::Fields(Fields {
            day: Some(d1),
            ..Fields::default()
        });
        Some((DateRangeExpr { from, to: Some(to) }, end))
    }

    /// After "tháng": "1-3/2025", "7 - 9".
    fn month_range(&self, i: usize) -> Read<DateRangeExpr> {
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

    /// "2024 – 2028", "2013-2014", "từ 2020 đến 2025", "từ năm 2020 đến năm 2025".
    fn year_range(&self, i: usize, has_tu: bool) -> Read<DateRangeExpr> {
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
        let k = match self.tok(j)?.kind {
            Kind::Punct(c) if is_dash(c) => j + 1,
            Kind::Word {
                word: Word::Den | Word::Toi2,
                ..
            } if has_tu || w1 => j + 1,
            _ => return None,
        };
        let ((y2, w2), end) = year_at(k)?;
        if self.glued_after(end) {
            return None;
        }
        if self.strict && !(has_tu || w1 || w2) {
            // Bare "1500-2000" is more likely a range of numbers.
            if !(1800..=2100).contains(&y1) || y2 <= y1 || y2 - y1 > 120 {
                return None;
            }
        }
        let year = |y: u32| {
            DateExpr::Fields(Fields {
                year: Some(YearSpec::Abs(y as i32)),
                ..Fields::default()
            })
        };
        Some((
            DateRangeExpr {
                from: year(y1),
                to: Some(year(y2)),
            },
            end,
        ))
    }

    /// One date (possibly relative). `cued`: context already says a date
    /// follows ("từ", "đến").
    pub(crate) fn date_single(&self, i: usize, cued: bool) -> Read<DateExpr> {
        // "ngày thứ 2" is "the second day": "ngày" cues a day number, not a
        // weekday.
        let weekday_cued =
            cued || !self.strict || (self.cued(i) && self.prev_word(i) != Some(Word::Ngay));
        let cued = cued || self.cued(i) || !self.strict;
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num { .. } => {
                let mut best = self.numeric_date(i, cued);
                for (e, j) in [self.day_month_words(i, cued), self.relative_count(i)]
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
                best
            }
            Kind::Word { word, .. } => match word {
                Word::Sang | Word::Trua | Word::Chieu | Word::Toi | Word::Dem | Word::Khuya => {
                    self.day_part_date(i + 1)
                }
                Word::Buoi if self.word(i + 1).and_then(Word::day_part).is_some() => {
                    self.day_part_date(i + 2)
                }
                Word::Rang if self.is(i + 1, Word::Sang) => self.day_part_date(i + 2),
                Word::Thu | Word::Chu | Word::Chua | Word::Cn => self.weekday_date(i, weekday_cued),
                Word::Hom => self.hom(i),
                Word::Ngay => self.ngay(i),
                Word::Mung => self.mung(i + 1),
                Word::Thang => self.thang(i + 1),
                Word::Nam => self.nam(i + 1),
                Word::Quy => self.quarter(i + 1),
                Word::Tuan => self.week(i + 1),
                Word::Mai if !self.strict => Some((
                    DateExpr::Days {
                        offset: 1,
                        weekday: None,
                    },
                    i + 1,
                )),
                _ => {
                    let mut best = self.relative_count(i);
                    if let Some((e, j)) = self.day_month_words(i, cued) {
                        if best.is_none_or(|(_, k)| j > k) {
                            best = Some((e, j));
                        }
                    }
                    best
                }
            },
            Kind::Punct(_) => None,
        }
    }

    /// After a part of the day: "sáng 29/10", "tối qua", "chiều nay",
    /// "trưa mai", "sáng thứ Hai", "sáng hôm qua".
    fn day_part_date(&self, i: usize) -> Read<DateExpr> {
        let day = |offset| DateExpr::Days {
            offset,
            weekday: None,
        };
        match self.word(i) {
            Some(Word::Nay) => Some((day(0), i + 1)),
            Some(Word::Qua) => Some((day(-1), i + 1)),
            Some(Word::Mai) => Some((day(1), i + 1)),
            _ => {
                let (e, j) = self.nested()?.date_single(i, true)?;
                Some((e, j))
            }
        }
    }

    /// The weekday named at `i`: "thứ Hai", "thứ 2", "Chủ nhật", "CN".
    fn weekday(&self, i: usize) -> Read<(Weekday, bool)> {
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
    fn weekday_date(&self, i: usize, cued: bool) -> Read<DateExpr> {
        let ((weekday, named), j) = self.weekday(i)?;
        // With a date.
        let k = if self.punct(j) == Some(',') { j + 1 } else { j };
        if let Some((DateExpr::Fields(f), end)) = self.nested().and_then(|g| g.date_single(k, true))
        {
            if f.weekday.is_none() && f.day.is_some() {
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
            if let Some((DateExpr::Week(week), end)) = self.week(k + 1) {
                return Some((DateExpr::WeekdayInWeek { weekday, week }, end));
            }
        }
        match self.word(j) {
            Some(Word::Toi2) => return Some((DateExpr::NextWeekday(weekday), j + 1)),
            Some(Word::Nay2) => return Some((DateExpr::WeekdayInWeek { weekday, week: 0 }, j + 1)),
            Some(Word::Vua) if self.is(j + 1, Word::Qua) => {
                return Some((DateExpr::PreviousWeekday(weekday), j + 2));
            }
            _ => {}
        }
        // Alone: in running text only when it cannot be the ordinal.
        if self.strict && !(cued || named) {
            return None;
        }
        let f = Fields {
            weekday: Some(weekday),
            ..Fields::default()
        };
        Some((DateExpr::Fields(f), j))
    }

    /// After "hôm": "hôm nay", "hôm qua", "hôm kia", "hôm 29/10", "hôm thứ Hai".
    fn hom(&self, i: usize) -> Read<DateExpr> {
        let day = |offset| DateExpr::Days {
            offset,
            weekday: None,
        };
        match self.word(i + 1) {
            Some(Word::Nay) => Some((day(0), i + 2)),
            Some(Word::Qua) => Some((day(-1), i + 2)),
            Some(Word::Kia) => Some((day(-2), i + 2)),
            _ => {
                let (e, j) = self.nested()?.date_single(i + 1, true)?;
                matches!(e, DateExpr::Fields(f) if f.day.is_some() || f.weekday.is_some())
                    .then_some((e, j))
            }
        }
    }

    /// After "ngày": relative days, "ngày 29/10", "ngày 29 tháng 10 năm 2025",
    /// "ngày mồng 7 tháng 3", "ngày 29".
    fn ngay(&self, i: usize) -> Read<DateExpr> {
        let day = |offset| DateExpr::Days {
            offset,
            weekday: None,
        };
        let j = i + 1;
        match self.word(j) {
            Some(Word::Mai) => return Some((day(1), j + 1)),
            Some(Word::Kia | Word::Mot2) => return Some((day(2), j + 1)),
            Some(Word::Hom) => {
                return match self.word(j + 1) {
                    Some(Word::Nay) => Some((day(0), j + 2)),
                    Some(Word::Qua) => Some((day(-1), j + 2)),
                    Some(Word::Kia) => Some((day(-2), j + 2)),
                    _ => None,
                };
            }
            Some(Word::Mung) => return self.mung(j + 1),
            _ => {}
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
        if self.strict {
            let ends = match self.tok(k).map(|t| t.kind) {
                None => true,
                Some(Kind::Punct(c)) => {
                    matches!(c, ',' | '.' | ';' | ')' | ':') && !self.glued_after(k)
                }
                Some(Kind::Word { word, .. }) => {
                    matches!(word, Word::Vua | Word::Toi2 | Word::Nay2)
                }
                Some(Kind::Num { .. }) => false,
            };
            // (`tok` is `None` at the end of the text and after a line break.)
            if !ends {
                return None;
            }
        }
        Some((
            DateExpr::Fields(Fields {
                day: Some(d),
                ..Fields::default()
            }),
            k,
        ))
    }

    /// After "mùng"/"mồng": "mùng 2/9", "mồng 2 tháng 3", "mùng một".
    fn mung(&self, i: usize) -> Read<DateExpr> {
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
        let d = u8::try_from(d).ok().filter(|d| (1..=31).contains(d))?;
        Some((
            DateExpr::Fields(Fields {
                day: Some(d),
                ..Fields::default()
            }),
            k,
        ))
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
    fn numeric_date_after(&self, i: usize, cued: bool) -> Read<DateExpr> {
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
            if clen == 4 && !self.glued_after(i + 5) {
                return Some((DateExpr::Fields(full(c, b, a)?), i + 5));
            }
            return None;
        }
        if self.glued_after(i + 3) && !self.date_after_dash(i + 3) {
            return None;
        }
        let d = day(a)?;
        let m = month(b)?;
        if self.strict && !cued {
            let fraction_like = alen == 1 && blen == 1 && a < b && b <= 4;
            if sep != '/' || fraction_like {
                return None;
            }
        }
        let f = Fields {
            day: Some(d),
            month: Some(MonthSpec::Abs(m)),
            ..Fields::default()
        };
        Some((DateExpr::Fields(f), i + 3))
    }

    /// True when token `k` is a dash followed by a day and a month
    /// ("29/10-2/11"): the date before the dash starts a range. Looks at
    /// token shapes only, so chains of dashes cost no recursion.
    fn date_after_dash(&self, k: usize) -> bool {
        self.adj_punct(k).is_some_and(is_dash)
            && self.adj_num(k + 1).is_some_and(|(_, len)| len <= 2)
            && self.adj_punct(k + 2) == Some('/')
            && self.adj_num(k + 3).is_some_and(|(_, len)| len <= 2)
    }

    /// "29 tháng 10 [năm 2025]", "mười lăm tháng một", "7 tháng ba".
    fn day_month_words(&self, i: usize, cued: bool) -> Read<DateExpr> {
        self.day_month(i, cued, false)
    }

    /// [`Self::day_month_words`]; `after_ngay`: "ngày" or "mùng" came
    /// before, so "4 tháng này" is the 4th of this month (without it, "3
    /// tháng tới" is the next three months).
    fn day_month(&self, i: usize, cued: bool, after_ngay: bool) -> Read<DateExpr> {
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
        let (m, k) = self.month_name(j + 1)?;
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
    fn month_name(&self, i: usize) -> Read<u8> {
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
    fn month_number(&self, i: usize) -> Read<u8> {
        self.month_name(i)
    }

    /// What may follow a month: "/2025", "-2025", ".2025", " năm 2025",
    /// " 2024", " năm nay".
    fn month_year_suffix(&self, i: usize) -> Read<YearSpec> {
        if let Some(c) = self.adj_punct(i) {
            if is_date_sep(c) {
                let (y, len) = self.adj_num(i + 1)?;
                return (len == 4 && !self.glued_after(i + 2))
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
    fn year_after_nam(&self, i: usize) -> Read<YearSpec> {
        if let Some((y, len)) = self.num(i) {
            let ok = if self.strict {
                len == 4 && (1000..=2999).contains(&y)
            } else {
                len <= 4 && y >= 1
            };
            return (ok && !self.glued_after(i + 1)).then_some((YearSpec::Abs(y as i32), i + 1));
        }
        if let Some((k, j)) = self.relative_word(i, true) {
            return Some((YearSpec::Rel(k), j));
        }
        if !self.strict {
            if let Some((y, j)) = super::numbers::spelled_year(self, i) {
                return Some((YearSpec::Abs(y as i32), j));
            }
        }
        None
    }

    /// "này"/"nay" 0, "trước"/"ngoái"/"qua" -1, "sau"/"tới"/"tiếp theo" +1.
    fn relative_word(&self, i: usize, year: bool) -> Read<i32> {
        match self.word(i)? {
            Word::Nay if year => Some((0, i + 1)),
            Word::Nay2 => Some((0, i + 1)),
            Word::Hien if self.is(i + 1, Word::Tai) => Some((0, i + 2)),
            Word::Ngoai if year => Some((-1, i + 1)),
            Word::Truoc => Some((-1, i + 1)),
            Word::Sau | Word::Toi2 => Some((1, i + 1)),
            Word::Tiep => Some((
                1,
                if self.is(i + 1, Word::Theo) {
                    i + 2
                } else {
                    i + 1
                },
            )),
            _ => None,
        }
    }

    /// A quantity word before "năm trước": "nhiều năm trước" is "many years
    /// ago", not "last year".
    fn after_quantity(&self, i: usize) -> bool {
        matches!(
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
        ) || (i > 0
            && self.toks.get(i).is_some_and(|t| t.gap != Gap::Line)
            && matches!(self.toks.get(i - 1).map(|t| t.kind), Some(Kind::Num { .. })))
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

    /// After "tháng": "tháng 10", "tháng Mười", "tháng 10/2025",
    /// "tháng 10 năm 2025", "tháng này", "tháng trước".
    fn thang(&self, i: usize) -> Read<DateExpr> {
        if let Some((k, j)) = self.relative_word(i, false) {
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
        let mut f = Fields {
            month: Some(MonthSpec::Abs(m)),
            ..Fields::default()
        };
        if let Some((y, e)) = self.month_year_suffix(j) {
            f.year = Some(y);
            return Some((DateExpr::Fields(f), e));
        }
        if self.strict {
            // "tháng năm" (months and years) and "tháng ba" after a number
            // ("hai tháng ba ngày") are not months in running text.
            if self.num(i).is_none() && (self.is(i, Word::Nam) || self.after_quantity(i - 1)) {
                return None;
            }
            if self.num(i).is_some() && self.after_quantity(i - 1) {
                return None;
            }
        }
        Some((DateExpr::Fields(f), j))
    }

    /// After "năm": "năm 2024", "năm nay", "năm ngoái", "năm sau".
    fn nam(&self, i: usize) -> Read<DateExpr> {
        // "nhiều năm trước" is "many years ago", not "last year"; a year in
        // digits after "năm" is a year whatever comes before.
        if self.strict && self.num(i).is_none() && self.after_quantity(i - 1) {
            return None;
        }
        let (y, j) = self.year_after_nam(i)?;
        Some((
            DateExpr::Fields(Fields {
                year: Some(y),
                ..Fields::default()
            }),
            j,
        ))
    }

    /// After "quý": "III/2025", "3", "ba", "4 của năm 2018", "I-2013",
    /// "này", "tới", "hiện tại".
    fn quarter(&self, i: usize) -> Read<DateExpr> {
        if let Some((k, j)) = self.relative_word(i, false) {
            return Some((DateExpr::QuarterOffset(k), j));
        }
        let (q, j) = if let Some((q, len)) = self.num(i) {
            (q, if len == 1 { i + 1 } else { return None })
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
                year: None,
            },
            j,
        ))
    }

    /// After "tuần": "này", "trước", "sau", "tới", "tiếp theo".
    fn week(&self, i: usize) -> Read<DateExpr> {
        let (k, j) = self.relative_word(i, false)?;
        Some((DateExpr::Week(k), j))
    }

    /// "3 ngày trước" (three days ago), "2 tuần nữa" (in two weeks), and
    /// spans: "3 ngày tới" (the next three days), "2 năm vừa rồi" (the last
    /// two years), "ba tháng tiếp theo".
    fn relative_count(&self, i: usize) -> Read<DateExpr> {
        let (n, j) = self.small(i, 3)?;
        let unit = match self.word(j)? {
            Word::Ngay => SpanUnit::Day,
            Word::Tuan => SpanUnit::Week,
            Word::Thang => SpanUnit::Month,
            Word::Nam => SpanUnit::Year,
            _ => return None,
        };
        let n = i64::from(n);
        if n == 0 {
            return None;
        }
        let after = j + 1;
        let span = |from, to, end| Some((DateExpr::Span { unit, from, to }, end));
        let point = |k: i64, end| {
            let e = match unit {
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
            };
            Some((e, end))
        };
        match self.word(after)? {
            // "3 ngày trước đó" (three days before that) counts from another
            // event, not from the reference.
            Word::Truoc if !self.is(after + 1, Word::Do) => point(-n, after + 1),
            Word::Nua => point(n, after + 1),
            Word::Toi2 => span(1, n, after + 1),
            Word::Tiep => span(
                1,
                n,
                if self.is(after + 1, Word::Theo) {
                    after + 2
                } else {
                    after + 1
                },
            ),
            Word::Vua if matches!(self.word(after + 1), Some(Word::Qua | Word::Roi)) => {
                span(-n, -1, after + 2)
            }
            Word::Qua => span(-n, -1, after + 1),
            _ => None,
        }
    }

    /// A year alone, when the whole input is a date: "2024".
    fn bare_year(&self, i: usize) -> Read<DateExpr> {
        let (y, len) = self.num(i)?;
        (len == 4 && y >= 1).then_some((
            DateExpr::Fields(Fields {
                year: Some(YearSpec::Abs(y as i32)),
                ..Fields::default()
            }),
            i + 1,
        ))
    }

    // ---------------------------------------------------------------
    // Times of day.

    /// A time or a time range: "14h30", "từ 8h đến 10h", "8-10h".
    pub(crate) fn time_value(&self, i: usize) -> Read<TimeRangeExpr> {
        let (from_at, has_tu) = if self.is(i, Word::Tu) {
            (i + 1, true)
        } else {
            (i, false)
        };
        let single = self
            .time_single(i, false)
            .map(|(t, j)| (TimeRangeExpr { from: t, to: None }, j));
        let ranged = (|| {
            // "8-10h": hours sharing one unit.
            if let Some((h1, j)) = self.small(from_at, 2) {
                if self.punct(j).is_some_and(is_dash) {
                    // In running text "2-3 giờ" is a duration; "8-10h" and
                    // "8-10 giờ sáng" are times.
                    if let Some((to, end)) = self.time_single_after(j + 1, !self.strict) {
                        // The part of the day applies to both: "4-6 giờ
                        // chiều" is 16:00 to 18:00.
                        let written = self
                            .clock_digits(j + 1)
                            .or_else(|| self.clock_words(j + 1))
                            .map_or(to.hour, |(t, _, _)| t.hour);
                        let h1 = if to.hour == written + 12 && h1 <= 11 {
                            h1 + 12
                        } else {
                            h1
                        };
                        if !self.glued_before(from_at) && to.minute.is_none() && h1 < to.hour {
                            let from = TimeExpr {
                                hour: h1,
                                minute: None,
                                second: None,
                                offset: to.offset,
                            };
                            return Some((TimeRangeExpr { from, to: Some(to) }, end));
                        }
                    }
                }
            }
            let (from, j) = self.time_single(from_at, has_tu)?;
            let k = match self.tok(j)?.kind {
                Kind::Punct(c) if is_dash(c) => j + 1,
                Kind::Word {
                    word: Word::Den | Word::Toi2,
                    ..
                } if has_tu || !self.strict => j + 1,
                _ => return None,
            };
            let (to, end) = self.time_single_after(k, true)?;
            Some((TimeRangeExpr { from, to: Some(to) }, end))
        })();
        match (single, ranged) {
            (Some(a), Some(b)) => Some(if b.1 > a.1 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// One time of day.
    pub(crate) fn time_single(&self, i: usize, cued: bool) -> Read<TimeExpr> {
        if self.glued_before(i) {
            return None;
        }
        self.time_single_after(i, cued)
    }

    /// [`Self::time_single`] without looking at what precedes it.
    fn time_single_after(&self, i: usize, cued: bool) -> Read<TimeExpr> {
        let cued = cued
            || !self.strict
            || matches!(
                self.prev_word(i),
                Some(Word::Luc | Word::Vao | Word::Tu | Word::Den | Word::Toi2 | Word::Dung)
            );
        let (mut t, mut j, strong) = self.clock_digits(i).or_else(|| self.clock_words(i))?;
        // A part of the day after the time: "9 giờ sáng", "3:30 chiều".
        let mut has_part = false;
        if let Some(part) = self.word(j).and_then(Word::day_part) {
            t.hour = u32::from(part.to_24h(u8::try_from(t.hour).ok()?));
            has_part = true;
            // "3 giờ chiều qua": "chiều qua" (yesterday afternoon) is one
            // date expression; the time ends before it but takes its part
            // of the day.
            if !(self.strict && self.day_part_date(j + 1).is_some()) {
                j += 1;
            }
        }
        if let Some((offset, e)) = self.utc_offset(j) {
            t.offset = Some(offset);
            j = e;
        }
        if self.strict && !(strong || cued || has_part || self.date_follows(j)) {
            return None;
        }
        // In running text "24h" is not a time; a whole expression gets the
        // validation error that says why.
        if self.strict && t.hour > 23 {
            return None;
        }
        Some((t, j))
    }

    /// True when a date follows a time: "9 giờ ngày 27/5", "3 giờ chiều mai".
    fn date_follows(&self, i: usize) -> bool {
        matches!(self.word(i), Some(Word::Ngay | Word::Hom | Word::Mung))
            || self.numeric_date(i, true).is_some()
    }

    /// "14h30", "14h", "14g30", "11h15p", "14:30", "15:23:24". The flag says
    /// the form is a time of day even in running text.
    fn clock_digits(&self, i: usize) -> Option<(TimeExpr, usize, bool)> {
        let (h, hlen) = self.num(i)?;
        if hlen > 2 {
            return None;
        }
        let mut t = TimeExpr {
            hour: h,
            minute: None,
            second: None,
            offset: None,
        };
        match self.adj(i + 1)?.kind {
            Kind::Word {
                word: word @ (Word::H | Word::G),
                ..
            } => {
                let mut j = i + 2;
                // "14g30" needs its minutes: "3G", "4G" are networks.
                if word == Word::G && self.adj_num(j).is_none() {
                    return None;
                }
                if let Some((m, mlen)) = self.adj_num(j) {
                    if mlen != 2 || m > 59 {
                        return None;
                    }
                    t.minute = Some(m);
                    j += 1;
                    // "11h15p", "14h30'", "12h58 phút".
                    if matches!(
                        self.adj(j).map(|t| t.kind),
                        Some(Kind::Word { word: Word::P, .. } | Kind::Punct('\''))
                    ) || self.is(j, Word::Phut)
                    {
                        j += 1;
                    }
                }
                if self
                    .adj(j)
                    .is_some_and(|t| matches!(t.kind, Kind::Word { .. } | Kind::Num { .. }))
                {
                    return None;
                }
                Some((t, j, true))
            }
            Kind::Punct(':') => {
                let (m, mlen) = self.adj_num(i + 2)?;
                if mlen != 2 || m > 59 {
                    return None;
                }
                t.minute = Some(m);
                let mut j = i + 3;
                if self.adj_punct(j) == Some(':') {
                    let (s, slen) = self.adj_num(j + 1)?;
                    if slen != 2 || s > 59 {
                        return None;
                    }
                    t.second = Some(s);
                    j += 2;
                }
                if self.glued_after(j) {
                    return None;
                }
                Some((t, j, true))
            }
            _ => None,
        }
    }

    /// "14 giờ 30 phút", "9 giờ", "hai giờ rưỡi", "11 giờ kém 15",
    /// "5 giờ 20 phút 35 giây", "10 giờ 45".
    fn clock_words(&self, i: usize) -> Option<(TimeExpr, usize, bool)> {
        let (h, j) = self.small(i, 2)?;
        if !self.is(j, Word::Gio) {
            return None;
        }
        let mut t = TimeExpr {
            hour: h,
            minute: None,
            second: None,
            offset: None,
        };
        let mut k = j + 1;
        let mut strong = false;
        match self.word(k) {
            Some(Word::Ruoi) => {
                t.minute = Some(30);
                k += 1;
            }
            Some(Word::Kem) => {
                let (m, e) = self.small(k + 1, 2)?;
                if m == 0 || m > 59 || h == 0 {
                    return None;
                }
                t.hour = h - 1;
                t.minute = Some(60 - m);
                k = if self.is(e, Word::Phut) { e + 1 } else { e };
                strong = true;
            }
            Some(Word::Dung) => {
                k += 1;
                strong = true;
            }
            _ => {
                let minutes = super::numbers::zero_padded(self, k).or_else(|| self.small(k, 2));
                if let Some((m, e)) = minutes {
                    if self.is(e, Word::Phut) {
                        t.minute = Some(m);
                        k = e + 1;
                    } else if self.is(e, Word::Giay) {
                        t.minute = Some(0);
                        t.second = Some(m);
                        k = e + 1;
                    } else if !matches!(
                        self.word(e),
                        Some(
                            Word::Ngay
                                | Word::Tuan
                                | Word::Thang
                                | Word::Nam
                                | Word::Gio
                                | Word::Tieng
                        )
                    ) && self.num(k).is_some_and(|(_, len)| len == 2)
                    {
                        // "14 giờ 30": two-digit minutes without "phút".
                        t.minute = Some(m);
                        k = e;
                    }
                    if t.minute.is_some_and(|m| m > 59) {
                        return None;
                    }
                    if t.second.is_none() {
                        if let Some((s, e2)) = self.small(k, 2) {
                            if self.is(e2, Word::Giay) && t.minute.is_some() {
                                t.second = Some(s);
                                k = e2 + 1;
                            }
                        }
                    }
                    if t.second.is_some_and(|s| s > 59) {
                        return None;
                    }
                }
            }
        }
        Some((t, k, strong))
    }

    /// "(GMT+7)", "GMT+7", "GMT+07:00", "UTC", "(GMT)", "giờ GMT".
    fn utc_offset(&self, i: usize) -> Read<i32> {
        let (open, j) = if self.punct(i) == Some('(') {
            (true, i + 1)
        } else {
            (false, i)
        };
        let j = if self.is(j, Word::Gio) && matches!(self.word(j + 1), Some(Word::Gmt | Word::Utc))
        {
            j + 1
        } else {
            j
        };
        if !matches!(self.word(j)?, Word::Gmt | Word::Utc) {
            return None;
        }
        let mut k = j + 1;
        let mut minutes = 0i32;
        if let Some(sign) = self.adj_punct(k).filter(|&c| c == '+' || is_dash(c)) {
            let (h, hlen) = self.adj_num(k + 1)?;
            if hlen > 2 || h > 14 {
                return None;
            }
            let mut m = 0;
            k += 2;
            if self.adj_punct(k) == Some(':') {
                let (mm, mlen) = self.adj_num(k + 1)?;
                if mlen != 2 || mm > 59 {
                    return None;
                }
                m = mm;
                k += 2;
            }
            minutes = (h * 60 + m) as i32;
            if sign != '+' {
                minutes = -minutes;
            }
        }
        if open {
            if self.punct(k) != Some(')') {
                return None;
            }
            k += 1;
        }
        Some((minutes, k))
    }
}

fn day(v: u32) -> Option<u8> {
    u8::try_from(v).ok().filter(|d| (1..=31).contains(d))
}

fn month(v: u32) -> Option<u8> {
    u8::try_from(v).ok().filter(|m| (1..=12).contains(m))
}

fn full(y: u32, m: u32, d: u32) -> Option<Fields> {
    Some(Fields {
        year: Some(YearSpec::Abs(i32::try_from(y).ok()?)),
        month: Some(MonthSpec::Abs(month(m)?)),
        day: Some(day(d)?),
        weekday: None,
    })
}
