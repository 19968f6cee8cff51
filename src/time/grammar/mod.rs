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

mod anchored;
mod clock;
mod date;
mod datetime;
mod news;

pub(crate) use anchored::keys_a_cue;
pub(crate) use clock::AMBIGUOUS_ZONE;
pub(crate) use datetime::{DateTimeExpr, DateTimeRangeExpr};

use crate::lex::Word;
use crate::lex::{Gap, Kind, Token};

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

/// Numbers read at token indexes (see [`Grammar::numbers`]): a few only,
/// since every rule reads within a few tokens of where it started. A
/// number read at a token depends on the tokens alone (see
/// [`super::numbers::number_at`]), so which ones are kept changes no
/// result: each index has one slot (its low bits), and a read evicts
/// whatever held it.
#[derive(Clone, Debug, Default)]
pub(crate) struct NumberCache {
    slots: [NumberSlot; NUMBER_SLOTS],
}

/// One slot of a [`NumberCache`]: a token index and the number read there.
type NumberSlot = core::cell::Cell<Option<(usize, Read<crate::number::Decimal>)>>;

/// How many numbers a [`NumberCache`] keeps.
const NUMBER_SLOTS: usize = 16;

impl NumberCache {
    /// The number read at token `i`, if kept.
    pub(crate) fn get(&self, i: usize) -> Option<Read<crate::number::Decimal>> {
        match self
            .slots
            .get(i % NUMBER_SLOTS)
            .and_then(core::cell::Cell::get)
        {
            Some((k, read)) if k == i => Some(read),
            _ => None,
        }
    }

    /// Keeps `read`, the number read at token `i`.
    pub(crate) fn put(&self, i: usize, read: Read<crate::number::Decimal>) {
        if let Some(slot) = self.slots.get(i % NUMBER_SLOTS) {
            slot.set(Some((i, read)));
        }
    }
}

/// The deepest nesting of date rules: a part of the day, "hôm", a weekday,
/// then the date itself.
const MAX_DEPTH: u8 = 4;

pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‐' | '‑' | '−')
}

pub(crate) fn is_date_sep(c: char) -> bool {
    matches!(c, '/' | '.') || is_dash(c)
}

/// True when the weekday named at token `i` of `toks` is a weekly slot
/// ("thứ 6 hàng tuần", "các ngày thứ Ba và thứ Năm"): no day, so neither a
/// date nor an ordinal (see `Grammar::weekly_slot_at`).
pub(crate) fn is_weekly_slot(toks: &[Token], text: &str, i: usize) -> bool {
    with_grammar_at(toks, text, i, |g| g.weekly_slot_at(i))
}

/// Runs `ask` on a strict grammar over `toks` started at token `i`: how
/// the extractor asks the dates grammar one question about the shared
/// token stream.
pub(crate) fn with_grammar_at<R>(
    toks: &[Token],
    text: &str,
    i: usize,
    ask: impl FnOnce(&Grammar<'_>) -> R,
) -> R {
    let numbers = NumberCache::default();
    ask(&Grammar {
        toks,
        text,
        strict: true,
        start: i,
        depth: 0,
        numbers: &numbers,
    })
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

    /// True when token `h`, glued after a number, is a capital "H" in a
    /// line of mixed case: a code, not an hour ("chế độ 4H", "4WD
    /// (2H/4H/4L)": a drive mode; "BKS 28H- 6268", "“mác” 93H…": a plate's
    /// series; "chuyên án 513H", "VP: 204H - Đội Cấn", "240H": a case, a
    /// house, a refresh rate). The corpus writes no clock and no count of
    /// hours with a capital "H" outside a line of capitals ("LÚC 4H
    /// SÁNG"), where words of capitals stand on both sides of it, or one
    /// with a Vietnamese letter ("BKS", "UBND" before it are
    /// abbreviations) (date17).
    pub(crate) fn capital_code_h(&self, h: usize) -> bool {
        let capital_h = self.toks.get(h).and_then(|t| self.text.get(t.start..t.end)) == Some("H");
        // 0: no word of capitals; 1: one of ASCII letters; 2: one with a
        // Vietnamese letter.
        let shouted = |k: Option<usize>| {
            k.and_then(|k| self.toks.get(k))
                .filter(|t| matches!(t.kind, Kind::Word { .. }))
                .and_then(|t| self.text.get(t.start..t.end))
                .filter(|w| {
                    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && !w.chars().any(char::is_lowercase)
                })
                .map_or(0, |w| if w.is_ascii() { 1 } else { 2 })
        };
        let (before, after) = (shouted(h.checked_sub(2)), shouted(Some(h + 1)));
        capital_h && before.max(after) < 2 && before.min(after) == 0
    }

    /// Token `i` when the expression may continue there: not past a line
    /// break after the start, and before the start not a token that opens
    /// an earlier line (a line's first token before the start is seen).
    pub(crate) fn tok(&self, i: usize) -> Option<&'a Token> {
        let t = self.toks.get(i)?;
        if i != self.start && t.gap == Gap::Line && !self.opens_line_of_start(i) {
            return None;
        }
        Some(t)
    }

    /// True when token `i`, before the start, opens the line the start is
    /// on: the first word of a paragraph is read by the rules that look
    /// back from a form on its line, as a word after a space is
    /// ("Trong vòng 20 năm qua, …" opening a paragraph asks how long, as
    /// "… nổi tiếng. Trong vòng 20 năm qua" does; it is no round 20).
    /// Only a short look back is taken (eight tokens), so that the test
    /// stays constant-time.
    fn opens_line_of_start(&self, i: usize) -> bool {
        i < self.start
            && self.start - i <= 8
            && self
                .toks
                .get(i + 1..=self.start)
                .is_some_and(|ts| ts.iter().all(|t| t.gap != Gap::Line))
    }

    /// The text of the word token `t`, folded to lower case ([`crate::lex::fold`]):
    /// borrowed without a second look when the lexer marked the word as
    /// its own fold (most words of news text), `None` for other tokens.
    pub(crate) fn folded_text(&self, t: &Token) -> Option<std::borrow::Cow<'a, str>> {
        crate::lex::word_folded(self.text, t)
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
    pub(in crate::time) fn all_caps(&self, i: usize) -> bool {
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
            // "suốt13 năm", "Vật lí60 phút": a word of running text glued
            // to the count after it, as the number scanner reads it
            // (`lex::glued_after_prose`).
            Some(Kind::Word { .. })
                if matches!(t.kind, Kind::Num { .. })
                    && crate::lex::glued_after_prose(self.text, t.start) =>
            {
                false
            }
            // "Trung tâm chiếu phim quốc gia09:00 10:45 11:45": a clock
            // glued after a word opens a timetable that a crawler flattened
            // (the cinema's name lost its line break); another clock
            // follows after a space.
            Some(Kind::Word { .. }) if self.clock_then_clock(i) => false,
            // "Kỳ AnHai tháng, bán …", "cửa biểnHàng chục năm qua": a
            // count a crawler glued to a caption or a heading opens the
            // next sentence (`lex::glued_count_start`, gen52 probe).
            Some(Kind::Word { .. }) if crate::lex::glued_count_start(self.text, t.start) => false,
            Some(Kind::Num { .. } | Kind::Word { .. }) => true,
            // "biến mất.4 ngày sau": a full stop glued after a word of the
            // sentence ends it; the next sentence starts at the digits, as
            // the number scanner reads it (`number::scan::sentence_word`).
            Some(Kind::Punct('.')) if self.sentence_end_before(i - 1) => false,
            // "vợ anh ta.18h30, sau khi", "Sóc Sơn.19 giờ 30", "nội y.23h
            // đêm": a full stop glued after a word of letters, then an
            // hour, starts the next sentence at the clock.
            Some(Kind::Punct('.')) if self.clock_after_stop(i) => false,
            Some(Kind::Punct(c)) => is_date_sep(c) || matches!(c, ',' | ':'),
            None => false,
        }
    }

    /// True when tokens from `i` are a clock "HH:MM" (hour at most 23,
    /// two digits of minutes at most 59) with another such clock after one
    /// space: a run of showtimes or departures, "09:00 10:45".
    pub(crate) fn clock_then_clock(&self, i: usize) -> bool {
        self.hh_mm(i)
            && self.toks.get(i + 3).is_some_and(|t| t.gap == Gap::Space)
            && self.hh_mm(i + 3)
    }

    /// True when a clock "HH:MM" (as [`Self::clock_then_clock`] reads it)
    /// ends one space before token `i`: "10:45 21:30MegaStar", the last
    /// showtime of a run glued to the next cinema's name.
    pub(crate) fn clock_before_clock(&self, i: usize) -> bool {
        i >= 3 && self.toks.get(i).is_some_and(|t| t.gap == Gap::Space) && self.hh_mm(i - 3)
    }

    /// True when tokens `i..i + 3` are "HH:MM" glued: an hour of one or
    /// two digits up to 23, a colon, two digits of minutes up to 59.
    fn hh_mm(&self, i: usize) -> bool {
        let hour = matches!(self.toks.get(i).map(|t| t.kind), Some(Kind::Num { value, len }) if len <= 2 && value <= 23);
        let minutes = matches!(self.adj(i + 2).map(|t| t.kind), Some(Kind::Num { value, len: 2 }) if value <= 59);
        hour && self.adj_punct(i + 1) == Some(':') && minutes
    }

    /// True when token `i`, glued after a full stop that is glued after a
    /// word of letters, is an hour (up to 24) with "h" glued or "giờ"
    /// after a space: "ta.18h30", "Sơn.19 giờ 30" (fifth date and measure
    /// probe).
    fn clock_after_stop(&self, i: usize) -> bool {
        let hour = matches!(self.toks.get(i).map(|t| t.kind), Some(Kind::Num { value, len }) if len <= 2 && value <= 24);
        if !hour {
            return false;
        }
        let unit = match self.toks.get(i + 1) {
            Some(t) if t.gap == Gap::None => self.is(i + 1, Word::H),
            Some(t) if t.gap == Gap::Space => self.is(i + 1, Word::Gio),
            _ => false,
        };
        let word_before = i.checked_sub(2).and_then(|k| self.toks.get(k));
        unit && self.toks.get(i - 1).is_some_and(|d| d.gap == Gap::None)
            && word_before.is_some_and(|w| {
                matches!(w.kind, Kind::Word { .. })
                    && self
                        .text
                        .get(w.start..w.end)
                        .is_some_and(|x| x.chars().all(char::is_alphabetic))
            })
    }

    /// True when the full stop at `i` is glued after a word that may end
    /// a sentence (see `number::scan::sentence_word`).
    fn sentence_end_before(&self, i: usize) -> bool {
        let (Some(dot), Some(w)) = (
            self.toks.get(i),
            i.checked_sub(1).and_then(|k| self.toks.get(k)),
        ) else {
            return false;
        };
        dot.gap == Gap::None
            && matches!(w.kind, Kind::Word { .. })
            && self
                .text
                .get(w.start..w.end)
                .is_some_and(crate::number::scan::sentence_word)
    }

    /// True when the expression ending before token `i` would be cut out
    /// of a longer token run: "29/10/25", "15/2020/NĐ", "14:30:1", "3/4%".
    pub(crate) fn glued_after(&self, i: usize) -> bool {
        let Some(t) = self.adj(i) else { return false };
        match t.kind {
            // "ngày 26/7Hình ảnh", "hôm 15-5Mặt khác": a capitalized
            // Vietnamese syllable glued after the date starts the next
            // paragraph, which a crawler glued on (it dropped the line
            // break), as does one Vietnamese letter ("27/5Ở góc độ"); a
            // lowercase Vietnamese word glued on lost its space ("21/3đến",
            // "10/4/2021và"); "24/10B", "2.5GT", "1.5L" stay codes.
            Kind::Word { capital: true, .. } => {
                !(self.crawler_glued_word(t) || self.one_letter_word(t))
            }
            Kind::Word { .. } => !self.lost_space_word(t),
            Kind::Num { .. } => true,
            Kind::Punct(c) if is_date_sep(c) || matches!(c, ',' | ':') => {
                // A sentence end or a comma is fine when no digit follows;
                // a full stop or a colon glued to a capitalized word ends a
                // sentence or a heading ("tử vong trưa 18/5.Ngay sau đó",
                // "Lịch thi đấu ngày 28/05:Theo …"), other glued words make
                // a code ("15/2020/NĐ"); a comma glued to the next word lost
                // its space ("sáng 29-5,QH đã", "ngày 4-5,lập tức").
                self.adj_num(i + 1).is_some()
                    || self.adj(i + 1).is_some_and(|n| match n.kind {
                        Kind::Word { capital, .. } => {
                            c != ',' && !(matches!(c, '.' | ':') && capital)
                        }
                        _ => false,
                    })
            }
            Kind::Punct(c) => matches!(c, '%' | '\''),
        }
    }

    /// True when the capitalized word `t`, glued after an expression, is
    /// one Vietnamese letter with its diacritic, a word of its own ("phát
    /// biểu ý kiến chiều 27/5Ở góc độ khác": "Ở" opens the next
    /// paragraph; dt4 probe). A code's letter is plain ASCII ("24/10B",
    /// "1.5L").
    fn one_letter_word(&self, t: &Token) -> bool {
        self.text.get(t.start..t.end).is_some_and(|w| {
            let mut c = w.chars();
            c.next().is_some_and(|c| c.is_uppercase() && !c.is_ascii()) && c.next().is_none()
        })
    }

    /// True when the lowercase word `t`, glued after an expression, is a
    /// Vietnamese syllable of two letters or more with a letter outside
    /// ASCII (a diacritic or "đ"): the writer lost the space before the
    /// next word ("từ ngày 21/3đến 22/4/2013", "ngày 10/4/2021và được",
    /// "ngày 27-5ảnh: …"; dt4 probe). A unit or a code glued on is ASCII
    /// ("5ml", "3x").
    fn lost_space_word(&self, t: &Token) -> bool {
        self.text.get(t.start..t.end).is_some_and(|w| {
            w.chars().nth(1).is_some()
                && w.chars().all(char::is_lowercase)
                && !w.is_ascii()
                && crate::text::syllable::is_syllable(w)
        })
    }

    /// True when the capitalized word `t`, glued after an expression, is
    /// a title-case word of two letters or more: a Vietnamese syllable
    /// ("Hình", "Mặt", "Các") or a foreign name ("phát sóng tối
    /// 26.5Maya thực hiện", a cinema's showtimes "19:40Mipec Tower",
    /// "21:15Fast & Furious 6"; dt4 probe): the start of a paragraph or
    /// a caption glued on by a crawler. A code is written in capitals or
    /// with one letter ("2.5GT", "1.5L", "24/10B") and stays glued.
    fn crawler_glued_word(&self, t: &Token) -> bool {
        self.text.get(t.start..t.end).is_some_and(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(char::is_lowercase)
                && chars.all(char::is_lowercase)
        })
    }

    /// Context words that make a bare "29-10" or "thứ hai" a date.
    fn cued(&self, i: usize) -> bool {
        self.cue_word(i)
            || self.after_relative_day(i)
            || self.after_day_name(i)
            || self.after_childrens_day(i)
            || self.after_holiday(i)
            || self.after_holiday_word(i)
            || self.after_session(i)
    }

    /// "dịp lễ 1-6", "tiền thưởng lễ 2-9", "dịp 30-4 và 2-9", "đón Tết
    /// 1-6", "mỗi dịp 1.6 và trung thu": the day and month at `i`, right
    /// after "lễ" (a holiday), "dịp" (the occasion) or "Tết" (a feast),
    /// are a holiday's date when they are one of the days the country
    /// keeps (Reunification Day 30-4, Labour Day 1-5, National Day 2-9,
    /// Children's Day 1-6, the Party's day 3-2, Uncle Hồ's birthday
    /// 19-5, the army's 22-12, Martyrs' Day 27-7, Teachers' Day 20-11,
    /// Women's Days 8-3 and 20-10, Valentine's 14-2, the Youth Union's
    /// 26-3; gen45 probe). Only those days are taken, so a dashed pair
    /// after the words that is no such day ("dịp 1-2 lần") stays what it
    /// was. A second such day joined by "và" to the first is taken too.
    fn after_holiday_word(&self, i: usize) -> bool {
        const HOLIDAYS: &[(u32, u32)] = &[
            (30, 4),
            (1, 5),
            (2, 9),
            (1, 6),
            (3, 2),
            (19, 5),
            (22, 12),
            (27, 7),
            (20, 11),
            (8, 3),
            (20, 10),
            (14, 2),
            (26, 3),
        ];
        if i == 0
            || !self
                .spaced_day_month(i)
                .is_some_and(|dm| HOLIDAYS.contains(&dm))
        {
            return false;
        }
        let word = |j: usize| self.word_off_line_start(j);
        let holiday_word =
            |j: usize| word(j).is_some_and(|w| matches!(w.as_ref(), "lễ" | "dịp" | "tết"));
        // "dịp 30-4 và 2-9": a second holiday joined by "và" to a first
        // one right after the word (one step back, no chain).
        let second = i >= 5
            && word(i - 1).is_some_and(|w| w == "và")
            && self.num(i - 4).is_some()
            && self.adj_punct(i - 3).is_some_and(is_date_sep)
            && self.adj_num(i - 2).is_some()
            && holiday_word(i - 5);
        holiday_word(i - 1) || second
    }

    /// The day and month of the pair at token `i`, after a space, one or
    /// two digits each with a date separator between them: "30-4",
    /// "2.9", "1/6" (the holiday rules' pair: [`Self::after_holiday`],
    /// [`Self::after_holiday_word`]); `None` for "2025-10", "30 - 4".
    fn spaced_day_month(&self, i: usize) -> Option<(u32, u32)> {
        let (d, dlen) = self.num(i)?;
        let (m, mlen) = self.adj_num(i + 2)?;
        let pair = dlen <= 2 && mlen <= 2 && self.adj_punct(i + 1).is_some_and(is_date_sep);
        let spaced = self.toks.get(i).is_some_and(|t| t.gap == Gap::Space);
        (pair && spaced).then_some((d, m))
    }

    /// The folded word at token `j` unless it opens a line, read from the
    /// tokens themselves (not bounded by the grammar's start, as
    /// [`Self::word_text`] is): "dịp" in "dịp 30-4", "khánh" in "Quốc
    /// khánh 2-9"; `None` for a number or punctuation.
    fn word_off_line_start(&self, j: usize) -> Option<std::borrow::Cow<'a, str>> {
        self.toks
            .get(j)
            .filter(|t| t.gap != Gap::Line)
            .and_then(|t| self.folded_text(t))
    }

    /// "phiên 31-5", "trong phiên 28.5", "Kết thúc phiên 6.2": a trading
    /// session is named by its day, so the day and month after "phiên"
    /// are a date, not a decimal or a range (date14 probe). A session's
    /// number is no such pair, and "phiên bản 2.5" (a version) has
    /// "bản" between. Only digits: "phiên thứ 4 liên tiếp" (the fourth
    /// session running) is no weekday.
    fn after_session(&self, i: usize) -> bool {
        self.num(i).is_some()
            && self.adj_punct(i + 1).is_some_and(is_date_sep)
            && self.prev_word(i).is_some()
            && self.word_text(i - 1).is_some_and(|w| w == "phiên")
    }

    /// "ngày Quốc tế Lao động 1-5", "Quốc khánh 2-9", "Ngày Môi trường
    /// thế giới 5-6", "Ngày Nhà giáo Việt Nam 20-11": the day and month at
    /// `i`, after the last two words of a holiday's name, are that
    /// holiday's own date (sixth date probe). Only the holiday's date is
    /// taken, so a score after such words stays a score.
    pub(crate) fn after_holiday(&self, i: usize) -> bool {
        let Some((d, m)) = self.spaced_day_month(i).filter(|_| i >= 2) else {
            return false;
        };
        let word = |j: usize| self.word_off_line_start(j);
        let (Some(b), Some(a)) = (word(i - 1), word(i - 2)) else {
            return false;
        };
        let dates: &[(u32, u32)] = match (a.as_ref(), b.as_ref()) {
            ("lao", "động") => &[(1, 5)],
            ("quốc", "khánh") => &[(2, 9)],
            ("thế", "giới") => &[(5, 6)],
            ("liệt", "sĩ" | "sỹ") => &[(27, 7)],
            ("phụ", "nữ") => &[(8, 3), (20, 10)],
            ("nhà", "giáo") => &[(20, 11)],
            ("thầy", "thuốc") => &[(27, 2)],
            ("doanh", "nhân") => &[(13, 10)],
            ("gia", "đình") => &[(28, 6)],
            ("tình", "nhân") => &[(14, 2)],
            ("miền", "nam") | ("đất", "nước") => &[(30, 4)],
            // "Phụ nữ Việt Nam 20-10", "Báo chí Cách mạng Việt Nam
            // 21-6": the name's word before "Việt Nam" too ("Việt Nam
            // 20-11" alone may be a set's score).
            ("việt", "nam")
                if i >= 3
                    && word(i - 3).is_some_and(|w| {
                        matches!(
                            w.as_ref(),
                            "nữ" | "giáo" | "thuốc" | "nhân" | "đình" | "mạng" | "dân"
                        )
                    }) =>
            {
                &[
                    (20, 10),
                    (20, 11),
                    (27, 2),
                    (13, 10),
                    (28, 6),
                    (21, 6),
                    (22, 12),
                ]
            }
            _ => return false,
        };
        dates.contains(&(d, m))
    }

    /// "Tết Thiếu nhi 1-6", "Quốc tế thiếu nhi (1.6)": the date of
    /// Children's Day after its name, in parentheses or not (the name
    /// leaves no room for a score).
    pub(crate) fn after_childrens_day(&self, i: usize) -> bool {
        let Some(mut k) = i.checked_sub(1) else {
            return false;
        };
        if self.toks.get(i).is_none_or(|t| t.gap == Gap::Line) {
            return false;
        }
        if self.toks.get(k).map(|t| t.kind) == Some(Kind::Punct('(')) {
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            k = p;
        }
        let word = |j: usize| {
            self.toks
                .get(j)
                .filter(|t| matches!(t.kind, Kind::Word { .. }) && t.gap != Gap::Line)
                .and_then(|t| self.text.get(t.start..t.end))
        };
        // "nhi" is ASCII: compared without folding, since this runs at
        // every number the dates grammar reads.
        k > 0
            && word(k).is_some_and(|w| w.eq_ignore_ascii_case("nhi"))
            && word(k - 1).is_some_and(|w| crate::lex::fold(w) == "thiếu")
    }

    /// "ngày mai 2-6", "sáng mai 2-6": the date that says which day
    /// tomorrow is (a given name "Mai" is not after "ngày" or a part of
    /// the day).
    fn after_relative_day(&self, i: usize) -> bool {
        self.prev_word(i) == Some(Word::Mai)
            && self.prev_word(i - 1).is_some_and(anchored::names_a_day)
    }

    /// "Ngày Môi trường thế giới (5-6)", "ngày Quốc tế Thiếu nhi (1-6)":
    /// the date of a named day, in parentheses after its name (a
    /// capitalized word after "ngày", then at most six words). Without the
    /// parentheses the words could go on to a score ("Ngày Độc lập họ
    /// thắng 3-1").
    fn after_day_name(&self, i: usize) -> bool {
        if i < 2 || self.toks.get(i).is_none_or(|t| t.gap == Gap::Line) {
            return false;
        }
        let open = self.toks.get(i - 1);
        if open.map(|t| t.kind) != Some(Kind::Punct('('))
            || open.is_some_and(|t| t.gap == Gap::Line)
        {
            return false;
        }
        let mut k = i - 2;
        for _ in 0..7 {
            let Some(t) = self.toks.get(k) else {
                return false;
            };
            let Kind::Word { capital, .. } = t.kind else {
                return false;
            };
            if k == 0 || t.gap == Gap::Line {
                return false;
            }
            let before = self.toks.get(k - 1).map(|b| b.kind);
            if capital
                && matches!(
                    before,
                    Some(Kind::Word {
                        word: Word::Ngay,
                        ..
                    })
                )
            {
                return true;
            }
            k -= 1;
        }
        false
    }

    /// A word right before `i` that makes a bare "29-10" or "thứ hai" a date.
    fn cue_word(&self, i: usize) -> bool {
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
}
