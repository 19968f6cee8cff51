//! The resolver's context rules: what the words around a candidate say it
//! is not.
//!
//! The grammars read a number, a date or an ordinal where the digits or
//! words allow one; whether the writer meant a quantity is often said by
//! the word before it. "vòng 13" is a round, "Điều 18" an article of a law,
//! "iPad 4" and "V-League 2024-2025" names, "SLNA 2 - 0" a score. The rules
//! below run on every candidate that both grammars produced, over the one
//! token stream of the text, and drop the ones whose context makes them
//! labels. Each rule is in DESIGN.md ("Context rules of the extractor"),
//! with the gold passages that motivated it.
//!
//! Only *bare* candidates are judged: a plain number, an ordinal, or a date
//! written as digits alone. A qualifier ("hơn 13"), a currency, a percent
//! sign, a lead word ("ngày", "năm") or a unit make the quantity explicit,
//! and no context rule overrides that.
//!
//! `Context::judge` (here) runs the rules in order; the tests they ask
//! are in the module of their concern: `labels` (the word lists), `years`
//! (a year, a law's year, a title's year), `names` (a name's number, a
//! unit's, a place named after a day), `lists` (list items, ranks in a
//! list), `counts` (a counted noun after the number, ratios, stars, "ba",
//! one point of a table) and `codes` (telephone lines, plates, scores).

use std::cell::Cell;

use crate::lex::{self, Gap, Kind, Token};

/// `fn $name(w: &str) -> bool`, true for the words listed: a `match`,
/// which the compiler turns into tests of the length and then of a few
/// bytes, where a slice's `contains` compared the word with every entry
/// (calling `memcmp` for each of the same length).
macro_rules! word_set {
    ($(#[$attr:meta])* $vis:vis fn $name:ident = [$($word:literal),* $(,)?];) => {
        $(#[$attr])*
        $vis fn $name(w: &str) -> bool {
            matches!(w, $($word)|*)
        }
    };
}

/// `fn $name(a: &str, b: &str) -> bool`, true for the pairs of words
/// listed (see `word_set`).
macro_rules! pair_set {
    ($(#[$attr:meta])* $vis:vis fn $name:ident = [$(($a:literal, $b:literal)),* $(,)?];) => {
        $(#[$attr])*
        $vis fn $name(a: &str, b: &str) -> bool {
            matches!((a, b), $(($a, $b))|*)
        }
    };
}

mod codes;
mod counts;
mod idioms;
mod labels;
pub(super) use labels::is_weekday_lead;
mod lists;
mod names;
mod ones;
mod years;

pub(crate) use counts::{is_on_a, is_ratio};
use labels::*;

/// What the resolver knows of one candidate.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    /// Its byte span.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Bare: a plain number, an ordinal, or a date of digits alone.
    pub(crate) bare: bool,
    /// An ordinal ("thứ tám", "hạng Nhất").
    pub(crate) ordinal: bool,
    /// An interval ("2 - 0", "2024-2025").
    pub(crate) interval: bool,
    /// A date written with a day and a month ("3/3", "5-6"), not a year.
    pub(crate) day_month: bool,
    /// A date that counts units from the reference ("15 năm tới", "3 ngày
    /// trước"; rel4 probe).
    pub(crate) counted_units: bool,
}

/// For the context modules' unit tests: asks `ask` of the first token of
/// `text` that `pick` chooses (`false` when none does), the text
/// tokenized as `extract` tokenizes it.
#[cfg(test)]
fn ask_at_first(
    text: &str,
    pick: impl Fn(&Token) -> bool,
    ask: impl Fn(&Context<'_>, usize) -> bool,
) -> bool {
    let toks = lex::tokenize(text);
    let context = Context::new(text, &toks);
    toks.iter().position(pick).is_some_and(|k| ask(&context, k))
}

/// The token stream of a text and the text, for the rules to look around.
pub(crate) struct Context<'t> {
    text: &'t str,
    toks: &'t [Token],
    /// End of the last candidate dropped as a label, for lists.
    dropped_end: Option<usize>,
    /// The token index found last: candidates come in order.
    hint: Cell<usize>,
}

/// True when `w`, a folded word right before a bare digit number that
/// ends its clause, names a police or field unit by that number: "Đội 8,
/// An Chiểu 1", "Đội trưởng đội 4, Phòng CSMT", "công an đồn 19.", "Trạm
/// 2," (the num28 probe). A number after "đội" that runs on counts ("đội
/// 32 tàu", "quân đội 2 nước"), as does one after "mỗi đội" ("mỗi đội
/// 3."); `before` is the folded word before `w`.
fn unit_named(w: &str, before: Option<&str>) -> bool {
    matches!(w, "đội" | "đồn" | "trạm") && before != Some("mỗi")
}

impl<'t> Context<'t> {
    pub(crate) fn new(text: &'t str, toks: &'t [Token]) -> Context<'t> {
        Context {
            text,
            toks,
            dropped_end: None,
            hint: Cell::new(0),
        }
    }

    fn word(&self, t: &Token) -> Option<std::borrow::Cow<'t, str>> {
        // A word the lexer marked as its own fold needs no second look
        // (most words of news text): only capitalized or decomposed ones
        // are folded here.
        lex::word_folded(self.text, t)
    }

    fn raw(&self, t: &Token) -> &'t str {
        self.text.get(t.start..t.end).unwrap_or("")
    }

    /// True when the candidate is digits grouped by thousands with dots
    /// ("41.773", "1.234.567"): a count or an amount, no label.
    fn thousands_grouped(&self, c: &Candidate) -> bool {
        let text = self.text.get(c.start..c.end).unwrap_or("");
        let mut groups = text.split('.');
        let head = groups.next().unwrap_or("");
        let mut rest = groups.peekable();
        (1..=3).contains(&head.len())
            && head.bytes().all(|b| b.is_ascii_digit())
            && rest.peek().is_some()
            && rest.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
    }

    /// The index of the first token at or after byte `at`.
    fn index(&self, at: usize) -> usize {
        let i = lex::first_at_or_after(self.toks, at, self.hint.get());
        self.hint.set(i);
        i
    }

    /// The index of the first token at or after byte `at`, from the index
    /// `i` of a token at or before it (a candidate's end from its start,
    /// a few tokens on: a step at a time, no search).
    fn index_from(&self, i: usize, at: usize) -> usize {
        let mut j = i;
        while self.toks.get(j).is_some_and(|t| t.start < at) {
            j += 1;
        }
        self.hint.set(j);
        j
    }

    /// True when the token at `i` starts a sentence: nothing before it, a
    /// line break, or sentence punctuation or an opening quote before it
    /// (`lex::opens_sentence_or_item`), but not an opening parenthesis,
    /// and a dash only with a space after it. A count a crawler glued to
    /// the word before it ("ReutersHai luật sư", `lex::glued_count_start`)
    /// opens the sentence the crawler ran on.
    fn sentence_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if i == 0 || t.gap == Gap::Line {
            return true;
        }
        match self.toks.get(i - 1).map(|p| p.kind) {
            Some(Kind::Word { .. }) if t.gap == Gap::None => {
                crate::lex::glued_count_start(self.text, t.start)
            }
            // "TTO - Giá …", but not "V-League".
            Some(Kind::Punct('-' | '–' | '—')) => t.gap != Gap::None,
            // Unlike the scanners, an opening parenthesis opens no
            // sentence for these rules (as they were written).
            Some(Kind::Punct('(')) => false,
            Some(Kind::Punct(c)) => crate::lex::opens_sentence_or_item(c),
            _ => false,
        }
    }

    /// The lengths of two digit runs glued by `mark` at token `i` ("2.1"
    /// with '.' gives (1, 1), "34,35" with ',' gives (2, 2)).
    fn glued_pair(&self, i: usize, mark: char) -> Option<(u8, u8)> {
        let Kind::Num { len: first, .. } = self.toks.get(i)?.kind else {
            return None;
        };
        let between = self.toks.get(i + 1)?;
        if between.kind != Kind::Punct(mark) || between.gap != Gap::None {
            return None;
        }
        match self.toks.get(i + 2).map(|t| (t.kind, t.gap)) {
            Some((Kind::Num { len, .. }, Gap::None)) => Some((first, len)),
            _ => None,
        }
    }

    /// True when the candidate `i..j` is three glued tokens: one or two
    /// digits, a dot and one or two digits ("2.1", "4.3"): an outline's
    /// section or a version, never a decimal count read alone.
    fn is_short_dotted_pair(&self, i: usize, j: usize) -> bool {
        let short = 1..=2;
        j == i + 3
            && self
                .glued_pair(i, '.')
                .is_some_and(|(a, b)| short.contains(&a) && short.contains(&b))
    }

    /// True when the digits at `i` have a decimal part after a glued comma
    /// ("34,35", "2,5"): a figure, as a label's number never is.
    fn has_decimal_comma(&self, i: usize) -> bool {
        self.glued_pair(i, ',').is_some()
    }

    /// The token before token `k` when both are on one line: `None` at
    /// the start of the text or of a line (the walks back over a name's
    /// words stop there).
    fn before_on_line(&self, k: usize) -> Option<usize> {
        if self.toks.get(k).is_none_or(|t| t.gap == Gap::Line) {
            return None;
        }
        k.checked_sub(1)
    }

    /// The tokens before token `k` on its line, nearest first, with their
    /// indices (see [`Context::before_on_line`]).
    fn back_on_line(&self, k: usize) -> impl Iterator<Item = (usize, &'t Token)> + '_ {
        std::iter::successors(self.before_on_line(k), move |&i| self.before_on_line(i))
            .map_while(move |i| self.toks.get(i).map(|t| (i, t)))
    }

    /// The folded word right before token `k` when both are on one line
    /// (see [`Context::before_on_line`]).
    fn word_before_on_line(&self, k: usize) -> Option<std::borrow::Cow<'t, str>> {
        self.before_on_line(k).and_then(|p| self.word_at(p))
    }

    /// The folded word `back` tokens before token `k`, every step on its
    /// line (`back` 1 is [`Context::word_before_on_line`]).
    fn word_back_on_line(&self, k: usize, back: usize) -> Option<std::borrow::Cow<'t, str>> {
        (0..back)
            .try_fold(k, |t, _| self.before_on_line(t))
            .and_then(|t| self.word_at(t))
    }

    /// True when the token at `j`, after a space or a glued comma, is a
    /// part of a law's text that a cited point stands in: "mục", "khoản",
    /// "điều" ("điểm 2 mục II", "điểm 7, Điều 6").
    fn legal_part_at(&self, j: usize) -> bool {
        let k = match self.toks.get(j) {
            Some(t) if t.gap == Gap::None && t.kind == Kind::Punct(',') => j + 1,
            _ => j,
        };
        self.toks.get(k).is_some_and(|t| t.gap == Gap::Space)
            && self
                .word_at(k)
                .is_some_and(|w| matches!(w.as_ref(), "mục" | "khoản" | "điều"))
    }

    /// The folded word at `i`, if it is a word.
    fn word_at(&self, i: usize) -> Option<std::borrow::Cow<'t, str>> {
        self.toks.get(i).and_then(|t| self.word(t))
    }

    /// The word at token `i` when a space stands before it (no glued
    /// word, no line break): the words after a lone "một" that its rules
    /// read ("một chân", "một bàn thắng", "một lần"), the words of a name
    /// before a year ("vụ Hè Thu 2013", "ngày Thần Tài 2016").
    fn spaced_word_at(&self, i: usize) -> Option<std::borrow::Cow<'t, str>> {
        self.toks
            .get(i)
            .filter(|t| t.gap == Gap::Space)
            .and_then(|_| self.word_at(i))
    }

    /// The value of the spelled number at token `i`, one to ten ("một",
    /// "mốt" 1, "tư" 4, "lăm" 5, "bẩy" 7, "mười" 10), read off the shared
    /// vocabulary rather than a list of strings; `None` for any other
    /// token.
    fn spelled_value(&self, i: usize) -> Option<u32> {
        match self.toks.get(i)?.kind {
            Kind::Word {
                word: lex::Word::Muoi,
                ..
            } => Some(10),
            Kind::Word { word, .. } => word.digit_value().filter(|&v| v > 0),
            _ => None,
        }
    }

    /// True when the phrase ends at token `j` (the text's or the line's
    /// end, punctuation) or goes on after a space with one of `words`
    /// ("và", "ơi", "ở" …) rather than a noun that the word before counts.
    fn ends_or_goes_on_with(&self, j: usize, words: &[&str]) -> bool {
        match self.toks.get(j) {
            None => true,
            Some(t) if t.gap == Gap::Line => true,
            Some(t) => match t.kind {
                Kind::Punct(_) => true,
                Kind::Word { .. } => {
                    t.gap == Gap::Space
                        && self.word_at(j).is_some_and(|w| words.contains(&w.as_ref()))
                }
                _ => false,
            },
        }
    }

    /// True when the ordinal after token `p` (whose word is `w`) counts
    /// the minutes of added time: `w` is "bù", or "giờ" after "bù", and
    /// "phút" stands at most eight tokens before on the line ("phút bù
    /// giờ thứ hai", "phút 12, 71 và bù thứ hai").
    fn added_time_minute(&self, p: usize, w: &str) -> bool {
        let bu = match w {
            "bù" => p,
            "giờ" if self.word_before_on_line(p).as_deref() == Some("bù") => p - 1,
            _ => return false,
        };
        self.back_on_line(bu)
            .take(8)
            .any(|(k, _)| self.word_at(k).as_deref() == Some("phút"))
    }

    /// The folded word right before token `k`, if it is a word (on any
    /// line; see [`Context::word_before_on_line`]).
    fn word_before(&self, k: usize) -> Option<std::borrow::Cow<'t, str>> {
        k.checked_sub(1).and_then(|p| self.word_at(p))
    }

    /// True when the spelled "thứ X" at `i` is one of two days running
    /// that open a sentence: "Thứ ba và thứ tư", the first capitalized
    /// ("thứ hai và thứ ba là Quảng Ninh", ranks after a comma, stay).
    fn is_weekday_pair(&self, i: usize) -> bool {
        let number = |k: usize| {
            self.word_at(k)
                .and_then(|w| crate::lex::weekday::spelled_number(&w))
        };
        let raw_is = |k: usize, s: &str| self.toks.get(k).is_some_and(|t| self.raw(t) == s);
        let word_is = |k: usize, s: &str| self.word_at(k).is_some_and(|w| w == s);
        // The pair from its capitalized "Thứ" at `k`.
        let pair_at = |k: usize| {
            raw_is(k, "Thứ")
                && self.sentence_start(k)
                && word_is(k + 2, "và")
                && word_is(k + 3, "thứ")
                && number(k + 1).is_some_and(|n| number(k + 4) == Some(n + 1))
        };
        if raw_is(i, "Thứ") {
            return pair_at(i);
        }
        raw_is(i, "thứ") && i >= 3 && word_is(i - 1, "và") && pair_at(i - 3)
    }

    /// Whether the candidate is a label by its context; remembers drops so
    /// that the numbers of a list follow the first ("Điều 18 và 23").
    pub(crate) fn is_label(&mut self, c: &Candidate) -> bool {
        let label = self.judge(c);
        if label {
            self.dropped_end = Some(c.end);
        }
        label
    }

    /// `k`, or the token after it when `k` is a comma glued to the number
    /// before it ("nhà 12, ngõ 38", "172, Ngọc Khánh").
    fn past_glued_comma(&self, k: usize) -> usize {
        let comma = self
            .toks
            .get(k)
            .is_some_and(|t| t.gap == Gap::None && t.kind == Kind::Punct(','));
        k + usize::from(comma)
    }

    /// True when the tokens before `i` are a comma, a capital "P" and a
    /// full stop ("…, P. 14"): the ward of an address.
    fn after_ward_initial(&self, i: usize) -> bool {
        let Some(k) = i.checked_sub(3) else {
            return false;
        };
        let is = |at: usize, kind: Kind| self.toks.get(at).is_some_and(|t| t.kind == kind);
        is(k, Kind::Punct(','))
            && self.toks.get(k + 1).is_some_and(|t| self.raw(t) == "P")
            && is(k + 2, Kind::Punct('.'))
            && self.toks.get(i).is_some_and(|t| t.gap == Gap::Space)
    }

    /// True when the number at token `i` follows the name of a language
    /// test ("IELTS", "TOEFL", "TOEIC"), with "Academic" or "iBT" after
    /// the name or "từ" (from) before the number allowed: "IELTS 6.5",
    /// "TOEIC 450", "IELTS Academic từ 5.0 trở lên". What follows is the
    /// score the test gives.
    fn after_language_test(&self, i: usize) -> bool {
        let mut k = i;
        for skip in ["từ", "academic", "ibt"] {
            if k > 0 && self.word_at(k - 1).is_some_and(|w| w == skip) {
                k -= 1;
            }
        }
        k > 0
            && self
                .word_at(k - 1)
                .is_some_and(|w| matches!(w.as_ref(), "ielts" | "toefl" | "toeic"))
    }

    fn judge(&self, c: &Candidate) -> bool {
        let i = self.index(c.start);
        let j = self.index_from(i, c.end);
        let Some(first) = self.toks.get(i) else {
            return false;
        };
        // "đường 3/2", "Công viên 23/9", "quảng trường 19/8": a street, a
        // park or a square named after a day (CONVENTIONS.md: "đường 3/2"
        // is an address).
        let slashed = matches!(
            self.toks.get(i + 1).map(|t| t.kind),
            Some(Kind::Punct('/' | '-' | '.'))
        );
        // "Theo Thể thao 24h", "Nguồn: 24h.": the news site, no hours.
        if self.is_outlet_24h(c.start, c.end, i, j) {
            return true;
        }
        // "đạt IELTS 6.5", "IELTS 5.5·", "mục tiêu là TOEIC 450": the score
        // of a language test is a number, never a model's name or a label.
        if c.bare && !c.ordinal && self.after_language_test(i) {
            return false;
        }
        // "ngụ 28/10, Ngô Thời Nhiệm", "trú tại 12/3 đường …": a house number.
        if c.bare
            && c.day_month
            && slashed
            && (self.place_named_after_day(i)
                || self.institution_named_after_day(i)
                || self.house_number_after_residence(i))
        {
            return true;
        }
        // "biển kiểm soát 98 (Bắc Giang)", "BKS: 67 K1 - 14961", "BKS 57L
        // – 9435": a licence plate after the word of one, of any kind.
        if matches!(first.kind, Kind::Num { .. }) && self.in_plate_after_word(i) {
            return true;
        }
        // "25 Lê Quý Đôn, phường 7", "201–203 Cách Mạng Tháng Tám, phường
        // 4": a house number before a street's name and its ward or town.
        if c.bare
            && !c.ordinal
            && !c.day_month
            && matches!(first.kind, Kind::Num { len: 1..=4, .. })
            && self.before_street_and_ward(j)
        {
            return true;
        }
        // "vàng 9999", "vàng nhẫn trơn 99,99", "vàng 24K (999.9)": the
        // fineness of gold, a label (a tenth probe). Gated on the text.
        if c.bare
            && !c.ordinal
            && matches!(
                self.text.get(c.start..c.end),
                Some("9999" | "999.9" | "999,9" | "99,99" | "99.99")
            )
            && (i.saturating_sub(6)..i).rev().any(|k| {
                self.word_at(k).is_some_and(|w| w == "vàng")
                    && self
                        .toks
                        .get(k + 1..=i)
                        .is_some_and(|between| between.iter().all(|t| t.gap != Gap::Line))
            })
        {
            return true;
        }
        // "“Năm Kỷ cương hành chính 2017”": a bare year closing a quoted
        // title is part of the name (a law's year is `is_law_year`).
        if c.bare
            && j == i + 1
            && matches!(first.kind, Kind::Num { len: 4, .. })
            && self.ends_title(i, j)
        {
            return true;
        }
        // "Mã SP: #265847", "18 #1 trên bảng xếp hạng": digits glued after
        // a number sign are a code or a rank's label, like "số 1" (the
        // prec14 probe).
        if c.bare
            && !c.ordinal
            && matches!(first.kind, Kind::Num { .. })
            && first.gap == Gap::None
            && i >= 1
            && self
                .toks
                .get(i - 1)
                .is_some_and(|t| t.kind == Kind::Punct('#'))
        {
            return true;
        }
        // "539 Huỳnh Văn Bánh, P. 14, Q. Phú Nhuận", "ngụ đường Ngô Quyền,
        // P. 6, TP.Đà Lạt": after a comma, "P." (phường, a ward) spaced
        // from its number is the ward's label, as "P.14" glued is a code
        // (twenty-fifth blind set, aa104).
        if c.bare && !c.ordinal && self.after_ward_initial(i) {
            return true;
        }
        // "9x", "8X": born in the nineties, the eighties ("Hoa hậu 9x"):
        // one or two digits, an x glued, and no letter or digit glued
        // after it.
        if c.bare && !c.ordinal && j == i + 1 && matches!(first.kind, Kind::Num { len: 1..=2, .. })
        {
            let x = self.toks.get(j);
            let after = self.toks.get(j + 1);
            if x.is_some_and(|t| t.gap == Gap::None && matches!(self.raw(t), "x" | "X"))
                && after.is_none_or(|t| t.gap != Gap::None || matches!(t.kind, Kind::Punct(_)))
            {
                return true;
            }
        }
        // "3G", "4G": a generation of mobile networks, not three billion;
        // "2K", "4K", "8K" (a capital K after one digit): a display
        // resolution, not four thousand.
        if c.bare && !c.ordinal && j == i + 2 {
            let unit = self.toks.get(i + 1).map(|t| self.raw(t));
            if first.kind != (Kind::Punct('-')) && matches!(unit, Some("G" | "M")) {
                return true;
            }
            // "24K", "18K" (gold's karats), "5K" (a health campaign's five
            // rules): one or two digits and a capital K with no rate after
            // it ("400K/xe" is a price) are no thousands either.
            let small = matches!(first.kind, Kind::Num { len: 1..=2, .. });
            let rate_after = self
                .toks
                .get(j)
                .is_some_and(|t| t.gap == Gap::None && t.kind == Kind::Punct('/'));
            if small && unit == Some("K") && !rate_after {
                return true;
            }
            // "vàng 24k", "vàng trắng 18k", "nhẫn vàng Phú Quý 24k": a
            // lowercase "k" is thousands of dong ("giá 18k"), except a
            // karat count (10, 14, 18, 22, 24) after gold and words only.
            let karat = matches!(
                first.kind,
                Kind::Num {
                    value: 10 | 14 | 18 | 22 | 24,
                    len: 2
                }
            );
            let gold_before = (i.saturating_sub(6)..i).rev().any(|k| {
                self.word_at(k).is_some_and(|w| w == "vàng")
                    && self.toks.get(k + 1..i).is_some_and(|between| {
                        between
                            .iter()
                            .all(|t| matches!(t.kind, Kind::Word { .. }) && t.gap != Gap::Line)
                    })
                    && first.gap != Gap::Line
            });
            if karat && unit == Some("k") && !rate_after && gold_before {
                return true;
            }
            // "vàng Rồng Thăng Long 999,9 (24k)": a karat count in
            // parentheses, gold named earlier on the line with the purity
            // between (a tenth probe).
            let in_parens = i >= 1
                && first.gap == Gap::None
                && self
                    .toks
                    .get(i - 1)
                    .is_some_and(|t| t.kind == Kind::Punct('('))
                && self
                    .toks
                    .get(j)
                    .is_some_and(|t| t.gap == Gap::None && t.kind == Kind::Punct(')'));
            if karat && unit == Some("k") && in_parens {
                let gold_on_line = (i.saturating_sub(10)..i - 1).rev().any(|k| {
                    self.word_at(k).is_some_and(|w| w == "vàng")
                        && self
                            .toks
                            .get(k + 1..i)
                            .is_some_and(|between| between.iter().all(|t| t.gap != Gap::Line))
                });
                if gold_on_line {
                    return true;
                }
            }
        }
        // "yếu hơn năm ngoái", "đông hơn năm trước", "hơn năm nay": "năm"
        // is a year there, not five, and "hơn" is "than" or "over"; so
        // after a comparative the number module read as a qualifier ("cao
        // hơn năm trước", "ít hơn năm ngoái": an eleventh number probe).
        let than_last_year = !c.bare
            && !c.ordinal
            && j >= i + 2
            && self
                .word_at(j - 2)
                .is_some_and(|w| matches!(w.as_ref(), "hơn" | "trên" | "gần"))
            && self.word_at(j - 1).is_some_and(|w| w == "năm")
            && self.toks.get(j).is_some_and(|t| t.gap == Gap::Space)
            && self
                .word_at(j)
                .is_some_and(|w| matches!(w.as_ref(), "ngoái" | "trước" | "nay" | "qua"));
        if than_last_year {
            return true;
        }
        // "tụm năm tụm ba", "ba cọc ba đồng", "đôi ba lần": a number word
        // in a saying, a name or a vague amount counts nothing, whatever
        // its kind (a num10 probe); "2 chiều" (two-way) as "hai chiều".
        if matches!(first.kind, Kind::Word { .. } | Kind::Num { .. }) && self.in_idiom(i) {
            return true;
        }
        // "tăng trưởng trên hai con số": a qualifier, then the idiom's
        // number word, the span's only other token (gen42 probe).
        if j == i + 2 && !c.bare && self.in_idiom(i + 1) {
            return true;
        }
        // "5 không 3 sạch", "phương châm 4 tại chỗ", "“3 không”", "3 giảm
        // (giảm …)": the number of a slogan counts rules, no thing (num20
        // probe).
        if j == i + 1 && !c.ordinal && self.is_slogan(i) {
            return true;
        }
        // "một là nói sự thật, hai là không nói gì": the spelled numbers
        // of a list's items (an eleventh number probe).
        if j == i + 1 && self.is_spelled_item(i) {
            return true;
        }
        // "sinh viên năm hai", "năm bảy phòng", "hai hai ngư dân": a unit
        // after "năm" or doubled, no count (an eleventh number probe).
        if j == i + 1 && self.is_unpaired_unit(i) {
            return true;
        }
        // "thưa anh hai", "chị hai quan họ": a rank of birth as a title
        // (the prec14 probe).
        if j == i + 1 && self.is_kinship_title(i) {
            return true;
        }
        // "chỉ cần một hai thao tác", "dăm, bảy hành khách": the second
        // word of a vague pair (the prec14 probe).
        if j == i + 1 && self.is_vague_pair(i) {
            return true;
        }
        // "3’53”83", "109027’42” Đông": the parts of a time or an angle
        // written with primes (an eleventh number probe).
        if c.bare && j == i + 1 && self.is_prime_part(i) {
            return true;
        }
        // "nếu: 1) Đối thủ …, 2) Giữ được …": the numbers of a list's
        // items inside a sentence (an eleventh number probe).
        if c.bare && j == i + 1 && self.is_paren_item(i) {
            return true;
        }
        // "ba ngành: (1) điện nước …; (2) hàng …; và (3) ngành ô tô", "hai
        // yếu tố: (1) Điều kiện …; (2) Nợ xấu …": the numbers of an
        // enumeration in parentheses (the prec13 and a twelfth number
        // probe).
        if c.bare && j == i + 1 && self.is_enumeration_item(i) {
            return true;
        }
        // "Đoạn 1: Đi lên …", "Kịch bản 1: Tăng trưởng …": a heading's
        // part before a colon (a twelfth number probe).
        if c.bare && j == i + 1 && !c.ordinal && self.is_heading_label(i) {
            return true;
        }
        // "… nhà có ma khác 1. Cảm xúc thất thường … 2. Đồ đạc …": the
        // number of a list's item, its line break lost (num14 probe).
        if c.bare && j == i + 1 && !c.ordinal && self.is_dotted_item(i) {
            return true;
        }
        // "tỷ lệ đền bù 1 đổi 1": an exchange ratio of two counts, no count
        // (a twelfth number probe; ratios like "468/479" are no entities).
        if c.bare && j == i + 1 && self.is_exchange_ratio(i) {
            return true;
        }
        // "Tommy Haas (Đức, 12) - Jack Sock (Mỹ)": a seed in a draw (a
        // twelfth number probe).
        if c.bare && j == i + 1 && self.is_draw_seed(i) {
            return true;
        }
        // "(mức tối đa 5 sao),": a class of stars after a qualifier, the
        // number last in the span (the gen48 probe; see
        // [`Context::is_star_class`]).
        if !c.bare && !c.ordinal && !c.interval && self.qualified_star_class(i, j) {
            return true;
        }
        if !c.bare {
            return false;
        }
        // Whether the word after the candidate is counted, asked by several
        // rules: read once.
        let counted_cache = Cell::new(None);
        let counted_after_j = || {
            counted_cache.get().unwrap_or_else(|| {
                let counted = self.counted_after(j);
                counted_cache.set(Some(counted));
                counted
            })
        };
        // "đã là 1 thử nghiệm thành công", "như 1 giấc mơ": the digit one
        // written for "a" after a copula (num21 probe).
        if j == i + 1 && !c.ordinal && self.is_digit_one_as_a(i, j) {
            return true;
        }
        // "hoa hậu khuyết tật 2013 chia sẻ", "giải Bạc Siêu mẫu 2012 hút
        // mắt", "Mazda CX-9 2017 được bổ sung", "kế hoạch kinh doanh 2017
        // vẫn dựa trên": a four-digit number between 1900 and 2100 with no
        // thousands dot that no year reading took (`is_year`), no count
        // word leads ("đạt 2015") and no counted noun follows ("2000
        // tuổi"), is the year of a name, no count (num21 probe).
        // "Hoa hậu Việt Nam 2024 lần đầu nêu ra", "Diễn đàn … 2025 lần đầu
        // tiên được tổ chức": "lần đầu" (for the first time) counts no
        // "lần" (the opening of the twenty-sixth blind set).
        let first_time = || {
            self.word_at(j).is_some_and(|w| w == "lần")
                && self.word_at(j + 1).is_some_and(|w| w == "đầu")
        };
        if j == i + 1
            && !c.ordinal
            && !c.interval
            && self.is_year_shaped_count(i, j)
            && !self.is_year(c.start, c.end)
            && (!counted_after_j() || first_time())
        {
            return true;
        }
        // A list after a label: "Điều 18 và 23", "SLNA 2 - 0".
        // (Only a drop that ends within the two tokens before the candidate
        // can be joined to it: the token search is skipped otherwise, and
        // it leaves the search hint where the candidates are.)
        let near = |end: usize| {
            i.checked_sub(3)
                .and_then(|k| self.toks.get(k))
                .is_none_or(|t| t.start < end)
        };
        if let Some(end) = self.dropped_end.filter(|&end| near(end)) {
            let at = lex::first_at_or_after(self.toks, end, i);
            let between = self.toks.get(at..i).unwrap_or(&[]);
            let joined = !between.is_empty()
                && between.len() <= 2
                && between.iter().all(|t| {
                    matches!(t.kind, Kind::Punct(',' | '-' | '–'))
                        || self.word(t).is_some_and(|w| is_list_joiner(&w))
                });
            // "Phút 89, hai cầu thủ SLNA …", "set 3, hai tay vợt": a
            // spelled number after a label written in digits starts the
            // next clause; a list goes on in the digits it began with
            // ("tầng 2, 3", "phút 59, 67 và 88").
            let spelled_after_digits = matches!(
                first.kind,
                Kind::Word { word, .. } if is_count_word(word)
            ) && at
                .checked_sub(1)
                .and_then(|k| self.toks.get(k))
                .is_some_and(|t| matches!(t.kind, Kind::Num { .. }));
            // "thang điểm 30 và 34,35 – 36,15": a decimal written with a
            // comma is a figure, never the number of a label's list (the
            // opening of the twenty-sixth blind set).
            let decimal = self.has_decimal_comma(i);
            // "quận 1, 3 người": a count after the list is no item of it.
            if joined
                && first.gap != Gap::Line
                && !spelled_after_digits
                && !decimal
                && !counted_after_j()
            {
                return true;
            }
        }
        // A list whose head is a label and a code, which is no candidate:
        // "QL 1A, 45, 47 và 217" (roads), "tổ 3B, 4 và 5".
        let digits_first = matches!(first.kind, Kind::Num { .. });
        if digits_first && !c.interval && self.list_after_label(i) && !counted_after_j() {
            return true;
        }
        // The number of a list item: "1. Gửi trực tiếp…" at the start of a
        // line or sentence, "(Sevilla)2 : Alexandre…" glued after a closing
        // parenthesis, before "." or ":" and a capitalized word.
        let digits_only = matches!(first.kind, Kind::Num { .. }) && j == i + 1;
        let item_start = self.sentence_start(i)
            || (first.gap == Gap::None
                && i.checked_sub(1)
                    .and_then(|k| self.toks.get(k))
                    .map(|p| p.kind)
                    == Some(Kind::Punct(')')));
        // The marker stands on the number's line: a "." that opens the
        // next line is no item's ("15⏎⏎. Hà Nội …").
        let marker = self
            .toks
            .get(j)
            .is_some_and(|t| t.gap != Gap::Line && matches!(t.kind, Kind::Punct('.' | ':')));
        let capital_next = self
            .toks
            .get(j + 1)
            .is_some_and(|t| self.raw(t).starts_with(char::is_uppercase));
        // A number and its marker alone on their line ("1.⏎Tiêu đề …",
        // "15 ." at the end) are an item's number whatever the next line
        // holds: what follows a line break cannot change what is found
        // before it.
        let line_starts = i == 0 || first.gap == Gap::Line;
        let line_ends = line_starts && self.toks.get(j + 1).is_none_or(|t| t.gap == Gap::Line);
        if digits_only && item_start && marker && (capital_next || line_ends) {
            return true;
        }
        // "… doanh nghiệp 3. Quản trị … 4. Phương pháp …": a list whose
        // items run on in one line. N, a glued dot and a capitalized word
        // is an item when N-1, a glued dot and a capitalized word came
        // shortly before.
        if digits_only && marker && capital_next && self.follows_item(i, j) {
            return true;
        }
        // "1800 1542", "gọi 1900 5588 92": a toll-free or a paid hotline,
        // a phone number written in spaced groups.
        if digits_only && self.is_hotline(i) {
            return true;
        }
        // "+84 8 7307 7979", "(+84-8) 39.974.622": a telephone number
        // after its country code (an eighth number probe).
        if matches!(first.kind, Kind::Num { .. }) && self.follows_country_code(i) {
            return true;
        }
        // "2K12 Kub", "9K111", "9M133 Kornet": a designation of digits, one
        // capital and digits, no thousands.
        let designation = j == i + 3
            && matches!(first.kind, Kind::Num { len: 1..=2, .. })
            && self.toks.get(i + 1).is_some_and(|t| {
                t.gap == Gap::None
                    && matches!(t.kind, Kind::Word { .. })
                    && self.raw(t).len() == 1
                    && self.raw(t).bytes().all(|b| b.is_ascii_uppercase())
            })
            && matches!(
                self.toks.get(i + 2).map(|t| (t.kind, t.gap)),
                Some((Kind::Num { len: 1..=3, .. }, Gap::None))
            );
        if !c.ordinal && designation {
            return true;
        }
        // "nợ nhóm 5 tăng dần" (a bank's class of debt), "Nhóm hai có
        // Malaysia", "nhóm 3 châu Á" (a pot of a draw): the label of a
        // group, no count, where no counted noun follows (the prec13
        // probe); "nhóm 8 thị trường", "nhóm 5 chuyên gia" count.
        let group_label = i >= 1
            && first.gap == Gap::Space
            && self.word_at(i - 1).is_some_and(|w| w == "nhóm")
            && (i >= 2 && self.word_at(i - 2).is_some_and(|w| w == "nợ")
                || self
                    .toks
                    .get(j)
                    .is_none_or(|t| t.gap == Gap::Line || matches!(t.kind, Kind::Punct(_)))
                || self.word_at(j).is_some_and(|w| {
                    matches!(w.as_ref(), "châu" | "gồm" | "nên" | "là" | "có" | "được")
                }));
        let one_word = j == i + 1 && matches!(first.kind, Kind::Word { .. });
        if (digits_only || one_word) && !c.ordinal && group_label && !counted_after_j() {
            return true;
        }
        // "bà Thúy sống 1 mình", "nuôi con 1 mình": alone, as "một mình"
        // is (the scanner's `MOT_NOT_ONE`), in digits (the prec13 probe).
        let alone = digits_only
            && matches!(first.kind, Kind::Num { value: 1, len: 1 })
            && self.toks.get(j).is_some_and(|t| t.gap == Gap::Space)
            && self.word_at(j).is_some_and(|w| w == "mình");
        if alone {
            return true;
        }
        // "bệnh nhân 2910": a patient's number (three digits or more)
        // when no counted noun follows ("bệnh nhân 59 tuổi" counts).
        let patient = i >= 2
            && self.word_at(i - 2).is_some_and(|w| w == "bệnh")
            && self.word_at(i - 1).is_some_and(|w| w == "nhân")
            && first.gap == Gap::Space
            && matches!(first.kind, Kind::Num { len: 3.., .. });
        if digits_only && patient && !counted_after_j() {
            return true;
        }
        // "BKS 38N - 5207", "biển số 29P9 - 5142": a licence plate.
        if !c.ordinal && !c.interval && self.follows_plate_code(i) {
            return true;
        }
        // "Km 307 + 500", "km 31+900": the metres after a road's kilometre
        // post, part of the label.
        let chainage = i >= 3
            && self
                .toks
                .get(i - 1)
                .is_some_and(|t| t.kind == Kind::Punct('+'))
            && matches!(self.toks.get(i - 2).map(|t| t.kind), Some(Kind::Num { .. }))
            && self.word_at(i - 3).is_some_and(|w| w == "km");
        if !c.ordinal && chainage {
            return true;
        }
        // "… tự vẫn 0 0 Nhìn những …": a page's counters of shares and
        // comments (two lone zeros) between a headline and its first
        // sentence, no count.
        let zero = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                t.gap == Gap::Space && matches!(t.kind, Kind::Num { value: 0, len: 1 })
            })
        };
        // The first sentence may open on a quote: "… Trấn Thành’ 0 0 “Họ
        // nói …" (the opening of the thirtieth blind set).
        let capital_at = |k: usize| {
            let capital = |t: &Token| self.raw(t).starts_with(char::is_uppercase);
            self.toks.get(k).is_some_and(|t| {
                t.gap == Gap::Space
                    && (capital(t)
                        || (matches!(t.kind, Kind::Punct('"' | '“'))
                            && self
                                .toks
                                .get(k + 1)
                                .is_some_and(|u| u.gap == Gap::None && capital(u))))
            })
        };
        if digits_only
            && zero(i)
            && ((zero(j) && capital_at(j + 1)) || (i >= 1 && zero(i - 1) && capital_at(j)))
        {
            return true;
        }
        // "lấy 1 ít tiêu", "đẽo 1 ít lớp vỏ": "a little"; "1 vài người",
        // "1 vài lần": "a few", as "một vài" is; "nêm 1 chút muối", "trò
        // chuyện 1 chút": "a bit" (an eighth number probe).
        let little = self.toks.get(j).is_some_and(|t| t.gap == Gap::Space)
            && self
                .toks
                .get(j)
                .is_some_and(|t| matches!(self.raw(t), "ít" | "vài" | "chút"));
        if digits_only && matches!(first.kind, Kind::Num { value: 1, len: 1 }) && little {
            return true;
        }
        // "1 số người", "bàn 1 số điều khoản": "some", as "một số" is,
        // unless a number of a kind follows ("1 số điện thoại", "1 số
        // tài khoản", "1 số nhà").
        let one = matches!(first.kind, Kind::Num { value: 1, len: 1 });
        let so_next = self.toks.get(j).is_some_and(|t| t.gap == Gap::Space)
            && self.toks.get(j).is_some_and(|t| self.raw(t) == "số");
        let kind_of_number = || {
            self.word_at(j + 1).is_none_or(|w| {
                matches!(
                    w.as_ref(),
                    "điện"
                        | "tài"
                        | "nhà"
                        | "hiệu"
                        | "báo"
                        | "máy"
                        | "xe"
                        | "phòng"
                        | "ghế"
                        | "thẻ"
                        | "lô"
                )
            })
        };
        if digits_only && one && so_next && !kind_of_number() {
            return true;
        }
        // "sau 1 thời gian dài", "công nhận 1 cách chính thức", "đem tới 1
        // sự bất ngờ", "nói chuyện 1 hồi", "là 1 trong những …", "1 trong
        // số đó": "a while", "in a manner", "a … ness", "one of them", as
        // "một thời gian", "một cách", "một sự", "một trong" are (the
        // scanner's `MOT_NOT_ONE`), in digits (the prec20 probe).
        let a_word_next = self.toks.get(j).is_some_and(|t| t.gap == Gap::Space)
            && self
                .word_at(j)
                .is_some_and(|w| matches!(w.as_ref(), "thời" | "cách" | "sự" | "hồi" | "trong"));
        if digits_only && one && !c.ordinal && a_word_next {
            return true;
        }
        // "gồm: 1- Phiên dịch; 2- Thư ký; …", "Sơ đồ: 1 - Nơi xảy ra …":
        // items numbered with a dash.
        if digits_only && self.dash_item(i, j) {
            return true;
        }
        // A fifth probe of plain numbers. "khách sạn 5 sao", "tiêu chuẩn
        // 4 – 5 sao": a class of stars, no count.
        let spelled_word = j == i + 1 && matches!(first.kind, Kind::Word { .. });
        if !c.ordinal && (digits_first || spelled_word) && self.is_star_class(i, j) {
            return true;
        }
        // "Cảnh sát 113", "gọi 115", "tổng đài 1088": a telephone line.
        if digits_only && self.is_emergency_line(i, j) {
            return true;
        }
        // "Thế chiến 2", "Chiến tranh thế giới 2": the war's name.
        if digits_only && !c.ordinal && !c.interval && self.names_world_war(i) {
            return true;
        }
        // "dự án 147 của Tỉnh", "Thanh tra đường bộ 4": a numbered body.
        if digits_only && !c.ordinal && !c.interval && self.names_numbered_body(i, j) {
            return true;
        }
        // "Sư đoàn Không quân 372", "Trung đoàn bộ binh 2": a unit's name
        // with words between the unit and its number.
        if digits_only && self.ends_unit_name(i) && self.clause_goes_on(j) && !counted_after_j() {
            return true;
        }
        // "tỷ số 3 - 1", "thắng 2 – 1 trước …": a score; the second
        // number follows as an item of a list.
        if !c.ordinal && self.opens_score(i, j) {
            return true;
        }
        // "Ba tôi", "ba của Đan", "xe ba gác", "ngã ba", "tài ba": no three.
        if spelled_word
            && !c.ordinal
            && self.word(first).is_some_and(|w| w == "ba")
            && self.ba_is_no_three(i)
        {
            return true;
        }
        // "trái chín", "khi tôm chín hồng", "chín đỏ": ripe or cooked, no
        // nine (the prec13 probe); "cháo chín", "rấm chín", "xào chín
        // thơm", "ngượng chín mặt" too (a twelfth number probe).
        if spelled_word
            && !c.ordinal
            && self.word(first).is_some_and(|w| w == "chín")
            && (self.chin_is_ripe(i) || self.chin_ripe_more(i))
        {
            return true;
        }
        // "không phải ngày một ngày hai" (not overnight): an idiom, no two
        // (an eighth number probe).
        if spelled_word
            && !c.ordinal
            && i >= 3
            && self.word(first).is_some_and(|w| w == "hai")
            && self.word_at(i - 1).is_some_and(|w| w == "ngày")
            && self.word_at(i - 2).is_some_and(|w| w == "một")
            && self.word_at(i - 3).is_some_and(|w| w == "ngày")
        {
            return true;
        }
        // "2.1. Thi thử:", "3.2) Phạm vi": the number of a section of an
        // outline at the start of a line, before "." or ")" and a capital.
        let outline = self.is_short_dotted_pair(i, j)
            && self
                .toks
                .get(j)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | ')')) && t.gap == Gap::None)
            && self
                .toks
                .get(j + 1)
                .is_some_and(|t| self.raw(t).starts_with(char::is_uppercase));
        if outline && (first.gap == Gap::Line || i == 0) {
            return true;
        }
        // "Thứ ba và thứ tư, bạn dành thời gian …", "Thứ năm và thứ sáu
        // mang đến …": two days running that open a sentence (a horoscope's
        // week), no ranks (an eighth number probe).
        if c.ordinal && j == i + 2 && self.is_weekday_pair(i) {
            return true;
        }
        if first.gap == Gap::Line || i == 0 {
            return false;
        }
        let prev = i - 1;
        let Some(p) = self.toks.get(prev) else {
            return false;
        };
        // A capitalized ordinal inside a sentence is a name: "giải hạng
        // Nhất", "Hạng nhất Quốc gia".
        if c.ordinal {
            let any_capital = self
                .toks
                .get(i..j)
                .unwrap_or(&[])
                .iter()
                .any(|t| self.raw(t).starts_with(char::is_uppercase));
            if any_capital && !self.sentence_start(i) {
                return true;
            }
        }
        // The minute of a match written with a prime: "Silva 89'".
        let prime = self
            .toks
            .get(j)
            .is_some_and(|t| t.gap == Gap::None && matches!(t.kind, Kind::Punct('\'' | '’' | '′')));
        if digits_only && prime {
            return true;
        }
        // "[2]": a note's reference, a digit run alone in square brackets.
        let glued = |k: usize, ch: char, gap_of: usize| {
            self.toks.get(k).is_some_and(|t| t.kind == Kind::Punct(ch))
                && self.toks.get(gap_of).is_some_and(|t| t.gap == Gap::None)
        };
        if digits_only && glued(prev, '[', i) && glued(j, ']', j) {
            return true;
        }
        // "“Đêm hội chân dài 7”", "“Tuổi 16”": the number of a quoted
        // title (a show's edition, a sequel), no count.
        let short = matches!(first.kind, Kind::Num { len: ..=3, .. });
        if digits_only && short && !c.interval && ends_quoted_title(self.text, c.start, c.end) {
            return true;
        }
        // "giải vô địch thế giới 2025", "kỳ thi THPT quốc gia 2017", "U11
        // toàn quốc 2024": a year after a word of scope ends the name of
        // an event, as in "V-League 2013".
        let scope = |a: &str, b: &str| {
            matches!(
                (a, b),
                ("quốc", "gia")
                    | ("thế", "giới")
                    | ("quốc", "tế")
                    | ("toàn", "quốc")
                    | ("toàn", "cầu")
                    | ("châu", "á")
                    | ("nam", "á")
            )
        };
        let year_like = matches!(
            first.kind,
            Kind::Num {
                value: 1950..=2035,
                len: 4
            }
        );
        let scope_before = || {
            i >= 2
                && self.toks.get(i).is_some_and(|t| t.gap == Gap::Space)
                && matches!((self.word_at(i - 2), self.word_at(i - 1)), (Some(a), Some(b)) if scope(&a, &b))
        };
        // "Mazda6 2017", "GSX-R1000 2017", "Galaxy A5 2017", "World Cup
        // U20 2017": a year after a model code (letters and digits glued)
        // is the model's or the event's year, part of its name.
        let code_before = p.gap == Gap::None
            && matches!(p.kind, Kind::Num { .. })
            && first.gap == Gap::Space
            && prev >= 1
            && self
                .toks
                .get(prev - 1)
                .is_some_and(|w| matches!(w.kind, Kind::Word { .. }));
        if c.bare && year_like && code_before {
            return true;
        }
        // "Mazda 3 2014", "K-League 1 2021", "Lao League 1 2024-2025": a
        // year after a name and its number, a space between each, is the
        // model's year or the season, part of the name (fourth date probe).
        let numbered_name_before = first.gap == Gap::Space
            && p.gap == Gap::Space
            && matches!(p.kind, Kind::Num { len, .. } if len <= 2)
            && prev >= 1
            && self.is_name_word(prev - 1);
        if (c.bare || c.interval) && year_like && numbered_name_before {
            return true;
        }
        // "V.League 1 - 2023/24", "Lao League 1 - 2024": the same with a
        // spaced dash between the name's number and the season (the
        // thirteenth blind set; date11 probe).
        let dashed_numbered_name_before = first.gap == Gap::Space
            && matches!(p.kind, Kind::Punct(c) if crate::time::is_dash_char(c))
            && p.gap == Gap::Space
            && prev >= 2
            && self.toks.get(prev - 1).is_some_and(|n| {
                n.gap == Gap::Space && matches!(n.kind, Kind::Num { len, .. } if len <= 2)
            })
            && self.is_name_word_or_dotted(prev - 2);
        if (c.bare || c.interval) && year_like && dashed_numbered_name_before {
            return true;
        }
        // "mẫu CTS đời 2014", "Toyota Innova đời 2009": a year after "đời"
        // is a model's year, part of its name.
        if c.bare
            && year_like
            && first.gap == Gap::Space
            && self.word(p).is_some_and(|w| w == "đời")
        {
            return true;
        }
        // "AFF Cup (nay là ASEAN Cup) 2018": a year after a parenthesis
        // that closes on a name and follows one is the name's year.
        if c.bare && year_like && p.kind == Kind::Punct(')') && self.named_parenthesis(prev) {
            return true;
        }
        if digits_only && !c.interval && year_like && scope_before() {
            return true;
        }
        if c.interval && year_like && scope_before() && self.capitalized_scope(i) {
            return true;
        }
        // "Hiến pháp 2013", "Luật Đất đai 2013": a year that is part of a
        // law's name (CONVENTIONS.md, fourth session).
        if digits_only && !c.interval && self.is_law_year(i) {
            return true;
        }
        // "Ext: 153, 154", "ext 3739", "máy lẻ 24": a telephone
        // extension, no count (the list follows the first).
        if digits_only && !c.interval && self.after_extension(prev) {
            return true;
        }
        // "vòng 13", "phút 72", "Điều 25", "lớp 12", "số 11".
        if let Some(w) = self.word(p) {
            // "vài ba người", "dăm ba chữ" (a few), "chuyện tình tay ba"
            // (a love triangle): idioms, no count.
            let spelled = j == i + 1 && matches!(first.kind, Kind::Word { .. });
            // The spelled number's word is read only for a spelled number.
            let this = if spelled { self.word(first) } else { None };
            let before = self.word_before(prev);
            let few = matches!(w.as_ref(), "vài" | "dăm");
            let triangle = w == "tay"
                && before
                    .as_ref()
                    .is_some_and(|b| matches!(b.as_ref(), "tình" | "vẻ"));
            if spelled && this.as_deref() == Some("ba") && (few || triangle) && !c.ordinal {
                return true;
            }
            // "đòn bẩy" (a lever), "bóng bẩy" (glossy), "run lẩy bẩy"
            // (trembling), "xúi bẩy" (to incite), "ba chìm bẩy nổi":
            // "bẩy", a spelling of seven, is no count after these.
            let lever = matches!(w.as_ref(), "đòn" | "bóng" | "lẩy" | "xúi" | "chìm" | "đầu");
            if spelled && this.as_deref() == Some("bẩy") && lever && !c.ordinal {
                return true;
            }
            // "đạt độ chín" (maturity): no nine.
            if spelled && this.as_deref() == Some("chín") && w == "độ" && !c.ordinal {
                return true;
            }
            let pair_in = |set: fn(&str, &str) -> bool| before.as_ref().is_some_and(|b| set(b, &w));
            let pair = |list: &[(&str, &str)]| {
                before
                    .as_ref()
                    .is_some_and(|b| list.contains(&(b.as_ref(), w.as_ref())))
            };
            // An ordinal says its rank ("lần thứ 17", "vòng thứ ba"); only
            // the minute of a match stays a label ("phút thứ tám").
            // "nhiệm kỳ 2012 -2013" is a term of office, its years;
            // "nhiệm kỳ 7" is still a label.
            // "giai đoạn 2012-2015" likewise: a phase, its years.
            // "hiệu số -1", "cùng hiệu số +5": a goal difference, then its
            // signed value ("hiệu số 15/1" stays unread; num18 probe).
            let signed = self
                .text
                .get(c.start..)
                .is_some_and(|t| t.starts_with(['-', '−', '+']));
            let labels = (!c.ordinal || w == "phút") && !(signed && pair(&[("hiệu", "số")]));
            // "ngay giây thứ 41", "Giây thứ 14 của đoạn phim": the second
            // of a match or a clip is a moment, as its minute is (prec15
            // probe); "giây" is no label of a bare number ("mỗi giây 5
            // tấn").
            if c.ordinal && w == "giây" {
                return true;
            }
            // "như giai đoạn 2002,", "Giai đoạn 2008 (tức là …)": a phase
            // named by one year is that year, as one named by two is
            // (date12 probe, from the fourteenth blind set).
            let phase_year = j == i + 1
                && matches!(first.kind, Kind::Num { value, len: 4 } if (1900..=2100).contains(&value))
                && (self.after_phase(i) || self.after_edition(i));
            let years = (c.interval && self.years_apart(i, j)) || phase_year;
            // "kém Hải Phòng 5 điểm" (a label word capitalized in a name),
            // "đầu bảng ba điểm", "trong vòng 3 trận": a count when a
            // counted noun follows.
            let in_name = || {
                self.raw(p).starts_with(char::is_uppercase)
                    && prev >= 1
                    && self.toks.get(prev - 1).is_some_and(|b| {
                        matches!(b.kind, Kind::Word { capital: true, .. })
                            && p.gap == Gap::Space
                            && !self.sentence_start(prev - 1)
                    })
            };
            let tally_after = |nouns: &[&str]| {
                self.toks.get(j).is_some_and(|t| t.gap == Gap::Space)
                    && self.word_at(j).is_some_and(|n| nouns.contains(&n.as_ref()))
            };
            // The count before the label word: "mỗi", digits set apart
            // by spaces, or a spelled number from two to ten. Not "một"
            // (a: "một số 9", "một lô 504 con"), "tư" ("Thông tư số
            // 12"), "năm" (a year: "năm lớp 8"), a rank ("thứ bảy hiệp
            // hai"), a year's or a label's number ("năm 2013 lần 2",
            // "Quận 1 phường 5"); "số" is left out ("4 số 9", the digit
            // nine four times).
            let counted_label_word = || {
                let Some(k) = prev.checked_sub(1) else {
                    return false;
                };
                let count_before = self
                    .toks
                    .get(k)
                    .is_some_and(|b| matches!(b.kind, Kind::Num { .. }) && b.gap == Gap::Space)
                    || (self.spelled_value(k).is_some()
                        && !self.word_at(k).is_some_and(|n| {
                            matches!(n.as_ref(), "một" | "mốt" | "tư" | "năm" | "lăm")
                        }));
                let count_is_label = || {
                    self.word_before(k).is_some_and(|b| {
                        is_label_word(&b) || matches!(b.as_ref(), "thứ" | "năm" | "tháng" | "ngày")
                    })
                };
                p.gap == Gap::Space
                    && first.gap == Gap::Space
                    && w != "số"
                    && (before.as_deref() == Some("mỗi") || (count_before && !count_is_label()))
            };
            // The noun the number after a counted label word counts: a
            // lowercase word that does not join, place or date the clause
            // ("mỗi căn 3 phòng ngủ", "2 tầng 4 lớp học"; not "đợt 2 năm
            // 2013", "lần 2 tại …").
            let noun_after_j = || {
                self.toks.get(j).is_some_and(|t| {
                    t.gap == Gap::Space && self.raw(t).starts_with(char::is_lowercase)
                }) && self.word_at(j).is_some_and(|n| {
                    !matches!(
                        n.as_ref(),
                        "và" | "hoặc"
                            | "hay"
                            | "năm"
                            | "của"
                            | "là"
                            | "tại"
                            | "ở"
                            | "trong"
                            | "này"
                            | "đó"
                            | "với"
                            | "đến"
                            | "tới"
                            | "từ"
                            | "thì"
                            | "đã"
                            | "sẽ"
                            | "được"
                            | "bị"
                            | "cho"
                    )
                })
            };
            // "tập hai buổi mỗi ngày", "đấu tập hai trận" (training sessions,
            // no episode), "mỗi bảng bốn đội" (a group's teams, no group
            // four): counts.
            let counts = || {
                (in_name() && tally_after(&["điểm", "bàn", "trận", "bậc"]))
                    || (pair_in(is_count_before_noun_pair)
                        && tally_after(&["điểm", "bàn", "trận", "bậc", "người", "lần"]))
                    || (w == "tập" && tally_after(&["buổi", "trận"]))
                    || (pair(&[("mỗi", "bảng")]) && tally_after(&["đội"]))
                    // "hai bảng năm đội", "mỗi căn 3 phòng ngủ", "2 tầng 4
                    // lớp học", "mỗi tầng 1 màu": the label word is itself
                    // counted (a number or "mỗi" before it names how many
                    // of it or each of it), so it names no thing and the
                    // number after it counts a noun of its own (num22
                    // probe).
                    || (counted_label_word() && (counted_after_j() || noun_after_j()))
                // "Hải quân điều 4 tàu chiến" (dispatches): a count before a
                // counted noun (an eighth number probe); "Điều 5", "điều 5
                // Luật" stay labels.
                || (self.raw(p) == "điều" && counted_after_j())
                // "đã cấp 32.827 chứng chỉ", "cấp 41.773 giấy chứng nhận":
                // issued, then a count; a level ("cấp 3", "bão cấp 12")
                // is never in the hundreds.
                || (w == "cấp" && c.bare && matches!(first.kind, Kind::Num { len: 3.., .. }))
                || (w == "cấp" && c.bare && self.thousands_grouped(c))
                // "hộp số 6 cấp", "hộp số 7 tốc độ": a gearbox, then how
                // many gears ("cấp", "tốc độ" right after one number), as
                // "hộp số sàn 6 cấp" reads (c090; gen33 probe).
                || (pair(&[("hộp", "số")]) && c.bare && !c.interval && tally_after(&["cấp", "tốc"]))
                // "trong vòng 15 năm tới" (within the next fifteen years,
                // read with a reference): no round 15 (rel4 probe).
                || (c.counted_units && pair(&[("trong", "vòng")]))
            };
            if labels && is_label_word(&w) && !pair_in(is_not_label_pair) && !years && !counts() {
                return true;
            }
            // "tại điểm 2 mục II Thông tư …", "Khoản c điểm 7 Điều 6": a
            // point of a law, cited before its section, clause or article,
            // is a label as "khoản 2" is (gen27 probe); "24 điểm", "điểm
            // 10 của chị" (a mark) stay counts.
            if w == "điểm" && c.bare && !c.ordinal && self.legal_part_at(j) {
                return true;
            }
            // "tại nhà 12, ngõ 38", "căn nhà 28 đường số 3": a house's number
            // when a lane or a street follows (a tenth probe; "số nhà 12" is
            // a label pair).
            if w == "nhà" && !c.ordinal && c.bare {
                let k = self.past_glued_comma(j);
                let street = self.toks.get(k).is_some_and(|t| {
                    t.gap == Gap::Space && self.raw(t).starts_with(char::is_lowercase)
                }) && self.word_at(k).is_some_and(|n| {
                    matches!(
                        n.as_ref(),
                        "ngõ" | "ngách" | "hẻm" | "kiệt" | "đường" | "phố"
                    )
                });
                if street {
                    return true;
                }
            }
            // "giai đoạn thứ hai", "sư đoàn thứ 3": a rank of the label's
            // things; only the minute of a match stays one ("phút bù thứ
            // nhất").
            let label_pair = pair_in(is_label_pair) && (!c.ordinal || pair(&[("phút", "bù")]));
            // "phút bù giờ thứ hai", "ở phút 12, 71 và bù thứ hai hiệp
            // hai": the minute of added time, however it is spelled, is a
            // moment of the match, as "phút bù thứ nhất" is (opened
            // twenty-second blind set).
            if c.ordinal && self.added_time_minute(prev, &w) {
                return true;
            }
            if (label_pair && !years) || (!c.ordinal && pair_in(is_count_label_pair)) {
                return true;
            }
            // "set 1", "ván 3", "Hạm đội 7", "khu vực 9": labels, unless a
            // counted noun follows ("trong khu vực 3 tỉnh").
            // ("thế hệ 1977", a generation named by its year, is left to
            // the year rules.)
            let generation_year =
                pair(&[("thế", "hệ")]) && matches!(first.kind, Kind::Num { len: 3.., .. });
            // "phiên bản 2 SIM" counts the SIMs; "phiên bản 13 và 15 inch"
            // lists sizes.
            let version_counts = pair(&[("phiên", "bản")])
                && self
                    .word_at(j)
                    .is_some_and(|n| matches!(n.as_ref(), "sim" | "và" | "hoặc"));
            // A power line's circuit is written in digits ("mạch 3"); a
            // spelled number after "mạch" counts a run ("đứt mạch hai
            // chiến thắng").
            let spelled_run = w == "mạch" && !digits_only;
            let probe_label = (is_probe_label_word(&w) || pair_in(is_probe_label_pair))
                && !spelled_run
                && !generation_year
                && !version_counts;
            if probe_label && !c.ordinal && !counted_after_j() {
                return true;
            }
            if c.bare && !c.ordinal && follows_plenum_abbreviation(self.text, c.start) {
                return true;
            }
            // "Bảng xếp hạng tuần 42,", "thai tuần 12.": the number of a
            // week when the clause ends after it ("mỗi tuần 5 buổi",
            // "tuần 2 lần" count).
            let clause_ends = self.toks.get(j).is_none_or(|t| {
                t.gap == Gap::Line || matches!(t.kind, Kind::Punct('.' | ',' | ';' | ')' | ':'))
            });
            if w == "tuần" && digits_only && !c.interval && clause_ends {
                return true;
            }
            // "ngụ tại đội 9, xã Đông Khê", "(đội 12, thôn Cẩm Đới)": a
            // production team of a rural address, when a commune, a village
            // or a hamlet follows ("mỗi đội 3 người" counts).
            let rural_unit_after = || {
                self.toks
                    .get(j)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct(',')))
                    && self
                        .word_at(j + 1)
                        .is_some_and(|n| matches!(n.as_ref(), "xã" | "thôn" | "ấp" | "thị" | "tổ"))
            };
            // "ngụ tại cụm 6, tổ 10", "cụm 9, xã Phụng Thượng": a cluster of
            // the same addresses ("cụm 4 camera" counts).
            let rural_unit = matches!(w.as_ref(), "đội" | "cụm");
            if rural_unit && digits_only && !c.interval && rural_unit_after() {
                return true;
            }
            if digits_only && !c.interval && clause_ends && unit_named(&w, before.as_deref()) {
                return true;
            }
            // "đường 5 kéo dài", "đường 6 cũ", "đường 13 về phía Hạ Lào",
            // "đường 769 (đoạn …)": a road's number, no count ("quãng đường
            // 30km" is a measure; "đường 1 chiều", "đường 9 đoạn" count).
            let road_goes_on = || {
                self.clause_goes_on(j)
                    || self.word_at(j).is_some_and(|n| {
                        matches!(
                            n.as_ref(),
                            "kéo" | "cũ" | "mở" | "về" | "đi" | "nối" | "qua"
                        )
                    })
            };
            let stretch = before
                .as_ref()
                .is_some_and(|b| matches!(b.as_ref(), "quãng" | "chặng" | "đoạn" | "con"));
            if w == "đường" && digits_only && !c.interval && !stretch && road_goes_on() {
                return true;
            }
            // "(ảnh 1)", "(ảnh 3, 4, 5)", "- Ảnh 2.": a caption's photo
            // number, not a count ("hình ảnh 2 giáo viên" counts).
            if w == "ảnh" && digits_only && !c.interval && clause_ends && self.names_a_photo(prev)
            {
                return true;
            }
            // "loại" is also to eliminate ("loại hai cầu thủ"): a grade
            // only when the clause goes on with no noun after the number,
            // or a time, a source or a contrast follows it ("đô thị loại 3
            // vào năm 2015", "nhóm loại ba từ ngày …"; gen55 probe).
            let one_digit = digits_only && matches!(first.kind, Kind::Num { len: 1, .. });
            let grade = w == "loại" && (self.clause_goes_on(j) || self.grade_closes_at(j));
            let prize = w == "giải" && one_digit && !pair(&[("phân", "giải")]);
            // "phương án 2", "cơ sở 1", "Bệnh viện 103", "ở nhóm 2", "tuyến
            // 1 và 6": an option, a branch, a hospital, a group, a line,
            // when the clause goes on with no noun after the number
            // ("nhóm 2 người" counts).
            // A third probe: "phần 2" of a film, "khối 12" (a school
            // year, a block of a ward), when the clause goes on.
            // "mùa 2" of a show (one or two digits: "mùa 2020" is a
            // year) and "Hải quân vùng 1" likewise.
            let two_digits = matches!(first.kind, Kind::Num { len: 1..=2, .. });
            let season = matches!(w.as_ref(), "mùa" | "vùng") && two_digits;
            let named = season
                || matches!(w.as_ref(), "nhóm" | "tuyến" | "phần" | "khối")
                || pair(&[
                    ("phương", "án"),
                    ("cơ", "sở"),
                    ("bệnh", "viện"),
                    ("quân", "y"),
                ]);
            // "vị trí 1", a class of land in a price table ("đất ở vị trí
            // 1"), stays a label; any other "vị trí N" is a place in a
            // ranking, an ordinal (`is_place_after_vi_tri`; gen32 probe).
            let land_class = pair(&[("vị", "trí")]) && digits_only && self.raw(first) == "1";
            // "phần hai của Avatar", "Phần hai sẽ …", "phần sáu của bộ
            // phim", "Nếu phần hai (câu1) …": a part of a film or a test
            // spelled out is a label as "phần 2" is, when the clause goes
            // on likewise ("phần hai hình nón" counts cones; gen39 probe).
            let spelled_part = w == "phần" && j == i + 1 && matches!(first.kind, Kind::Word { .. });
            // "sang phần 2 chuyển thành vai phụ", "phần 3 loạt phim kinh
            // dị", "Phần 1 yêu cầu tóm tắt", "hợp phần 1 dài 36 km",
            // "Tây Du Ký phần 2 ra mắt": a part of a film, a test or a
            // project in digits is a label whatever word follows, unless
            // it is a noun the number counts ("Về phần 3 xe sắt"; gen51
            // probe). Spelled, the clause must go on as above: "phần hai
            // hình nón" (two cones), "phần ba số đó" (a third of them).
            // "thị phần 2 sàn" (market share) and "cổ phần" (shares) are
            // other words.
            let part = w == "phần"
                && digits_only
                && !pair(&[("thị", "phần"), ("cổ", "phần")])
                && !counted_after_j();
            let named = named && (digits_only || spelled_part) && (self.clause_goes_on(j) || part);
            // "phương án 3 về …", "phương án hai là …", "Phương án 1 nêu
            // rõ …": an option, digits or spelled, whatever follows but a
            // counted noun.
            let option = pair(&[("phương", "án")]) && j == i + 1;
            let named = named || option || land_class;
            // "lượt bốn bảng F" (match day four), "giải ba" (third prize),
            // "chặng hai" (the second leg): a spelled number after these
            // is a label ("lần lượt 1 và 3" is "respectively").
            let spelled_one = j == i + 1 && matches!(first.kind, Kind::Word { .. });
            // "giải ba bài toán" (to solve), "vô địch giải hai kỳ" count.
            let solved = w == "giải"
                && self.word_at(j).is_some_and(|n| {
                    matches!(
                        n.as_ref(),
                        "bài" | "kỳ" | "câu" | "mã" | "đề" | "vấn" | "lần"
                    )
                });
            // "băng lên từ tuyến hai", "chuyền ra tuyến hai": the second
            // line of a team (its midfield), a label (prec17 probe);
            // "trực tuyến", "chuyển tuyến", "trái tuyến" are other words.
            let stage = matches!(w.as_ref(), "lượt" | "giải" | "chặng" | "tuyến")
                && spelled_one
                && !solved
                && !pair(&[
                    ("lần", "lượt"),
                    ("phân", "giải"),
                    ("hòa", "giải"),
                    ("hoà", "giải"),
                    ("khuyên", "giải"),
                    ("trực", "tuyến"),
                    ("chuyển", "tuyến"),
                    ("trái", "tuyến"),
                ]);
            let probe2 =
                w == "séc" || grade || prize || named || stage || pair(&[("thang", "điểm")]);
            if probe2 && !c.ordinal && !c.interval && !counted_after_j() {
                return true;
            }
            // "công nghiệp 4.0", "chuẩn 3.0", "Android 5.0": a version, a
            // digit, a dot and a zero, after a word that names a standard,
            // an era or a product ("IELTS từ 6.0", "dung tích 3.0" are a
            // score and a size).
            let raw_text = self.text.get(c.start..c.end).unwrap_or("");
            let version = raw_text.len() == 3
                && raw_text.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && raw_text.ends_with(".0");
            let era = matches!(
                w.as_ref(),
                "chuẩn" | "nghiệp" | "nghệ" | "đại" | "nguyên" | "thời" | "bản" | "thông"
            );
            if version && (era || self.is_name_word(prev)) {
                return true;
            }
            // "phiên bản 4.3", "bản 10.3", "bản 2.5 Turbo": a version or a
            // variant after "bản", one or two digits, a dot and one or
            // two digits ("phiên bản 12.2012" is no version).
            let dotted = self.is_short_dotted_pair(i, j);
            if w == "bản" && dotted && !counted_after_j() {
                return true;
            }
            // "tàu 788 bắn pháo hiệu", "phía tàu 788 dùng súng", "tàu ngư
            // chính 311 (có trọng tải …)", "tàu 143 anh hùng", "chuyến bay
            // 1549 cất cánh": a ship's or a flight's number, three digits
            // or more in one run, no count (gen26 probe). A counted noun
            // after it counts ("trên tàu 104 khẩu súng", "tàu 300
            // thuyền viên": what a ship carries, which the list of counted
            // nouns may lack); a grouped number ("tàu 20.000 DWT") or a
            // short one ("đội tàu 4 chiếc") is left as it was.
            let ship_type = pair(&[
                ("ngư", "chính"),
                ("hải", "giám"),
                ("hải", "cảnh"),
                ("khu", "trục"),
                ("hộ", "vệ"),
            ]) && prev
                .checked_sub(2)
                .and_then(|k| self.word_at(k))
                .is_some_and(|t| t == "tàu");
            let vessel = w == "tàu" || ship_type || pair(&[("chuyến", "bay")]);
            let numbered = j == i + 1
                && digits_only
                && matches!(first.kind, Kind::Num { len: 3.., .. })
                && first.gap == Gap::Space;
            let carried = self.word_at(j).is_some_and(|n| {
                matches!(
                    n.as_ref(),
                    "khẩu" | "thuyền" | "ngư" | "thủy" | "thuỷ" | "hành" | "binh" | "lính"
                )
            });
            if vessel && numbered && !c.ordinal && !c.interval && !carried && !counted_after_j() {
                return true;
            }
        }
        // "Roland Garros 2013 ngày 30/05", "V-League 2020 tuần này": a unit
        // of time that starts a date counts nothing, and a year before it
        // names an event.
        let dated = || crate::time::unit_starts_date(self.toks, self.text, j);
        if j == i + 1
            && matches!(
                first.kind,
                Kind::Num {
                    value: 1900..=2100,
                    len: 4
                }
            )
            && dated()
            && !self.is_year(c.start, c.end)
        {
            return true;
        }
        // A date that counts units from the reference ("3 năm trước", "10
        // ngày tới") holds its counted noun, the unit: "Bắc Kinh 3 năm
        // trước", "HAGL 20 năm trước" name no third Beijing, as "Hải
        // Phòng 5 điểm" names no fifth (rel8 probe).
        let counted = (counted_after_j() && !dated()) || c.counted_units;
        // "xác định được 7/8 suất": a bare day-month shape before a counted
        // noun is a ratio of two counts (7 of 8 places), not a date.
        let ratio = c.day_month && self.is_ratio_of_counts(i, j, prev);
        if ratio {
            return true;
        }
        // "với điểm số 7/5", "tỷ số 21/19", "kết thúc set bằng thắng lợi
        // 6/3": a score written with a slash, not a day and a month.
        if c.day_month && self.score_before(i, prev) {
            return true;
        }
        // "iPad 4", "Ferrari 458", "V-League 2023", "Sông Tang 1"; names
        // take digits, not spelled numbers ("HAGL hai mùa" is two seasons).
        // A day and a month after a name are its date ("Quốc khánh
        // Bulgaria 3/3"): names take numbers, not dates.
        let digits = matches!(first.kind, Kind::Num { .. });
        // "Bệnh viện Nhi đồng 1", "Nghị quyết Trung ương 4", "Á hậu 1",
        // "Công ty 79", "Thế chiến 2": a name written with a capital on
        // its first syllable only, when the clause goes on after the
        // number with no noun it counts.
        if digits_only
            && !c.interval
            && !counted
            && self.clause_goes_on(j)
            && self.is_compound_name(prev)
        {
            return true;
        }
        // "vé vào VCK ASIAN cup 2014,", "kỳ AFF cup 2020 đã …", "Asian Cup
        // 2014 lần này", "AFF Cup 2024 đội hình", "live concert 2011": a
        // year after "cup" or "concert" names the event, whatever case
        // the word is written in and whatever noun follows, as "Euro
        // 2024" does (gen26 probe).
        let event_year = year_like
            && digits_only
            && !c.interval
            && !c.ordinal
            && first.gap == Gap::Space
            && self
                .word(p)
                .is_some_and(|w| matches!(w.as_ref(), "cup" | "concert"));
        if event_year {
            return true;
        }
        let name_before = || self.is_name_word(prev) || self.is_foreign_name_starting(prev);
        // "V-League 2022 ngày 19/8", "Euro 2024 năm nay": after a year,
        // "ngày", "tháng" and "năm" start a date or a time, not a noun the
        // year counts.
        // "vô địch K-League 1 năm 2001", "Ligue 1 năm 2012": "năm" and a
        // year after any name's number start a date, not a count of years
        // (num20 probe).
        let year_next = || {
            self.word_at(j).is_some_and(|w| w == "năm")
                && self.toks.get(j + 1).is_some_and(|t| {
                    t.gap == Gap::Space && matches!(t.kind, Kind::Num { len: 4, .. })
                })
        };
        let date_after = || {
            year_like
                && self
                    .word_at(j)
                    .is_some_and(|w| matches!(w.as_ref(), "ngày" | "tháng" | "năm"))
                || year_next()
        };
        let counted = counted && !date_after();
        // "Tết Đinh Dậu 2017", "Nguyên đán Quý Tỵ 2013": a year after the
        // lunar year's name (a stem and a branch) is that year, no name's.
        // "ngày vía Thần Tài 2017", "mùa Valentine 2017": a feast's year
        // (gen45 probe).
        let lunar_year_name = || {
            year_like
                && (self.after_lunar_year_name(i)
                    || self.after_crop_season(i)
                    || self.after_feast(i))
        };
        // "trả cho Huy Hoàng 1,8 tỷ lót tay", "giúp Duy 100 triệu": a
        // scale word after the digits makes them an amount given to the
        // name before, no number of its (num18 probe).
        let scaled = j > i + 1
            && self
                .word_at(j - 1)
                .is_some_and(|w| matches!(w.as_ref(), "triệu" | "tỷ" | "tỉ" | "nghìn" | "ngàn"));
        if digits
            && !c.day_month
            && !counted
            && !scaled
            && !self.counted_initialism_after_name(prev, j)
            && ((p.gap != Gap::Line || self.raw(p).starts_with(|c: char| c.is_ascii_lowercase()))
                && name_before()
                || self.is_model_name_opening(prev, j))
            && !lunar_year_name()
        {
            return true;
        }
        // An address: "74 Phạm Văn Đồng". A spelled number before an
        // initialism counts it: "hai CLB Premier League", "hai HLV Julian
        // Nagelsmann", "hai BV Nhi đồng".
        let spelled_before_initialism = matches!(first.kind, Kind::Word { .. })
            && self.toks.get(j).is_some_and(|t| {
                let raw = self.raw(t);
                raw.chars().nth(1).is_some() && raw.chars().all(char::is_uppercase)
            });
        // "lọt vào top 4 Premier League", "Top 3 Vietnam Idol": the size of
        // a top list, before the name of what it ranks (CONVENTIONS.md).
        let after_top = i >= 1
            && self
                .word_at(i - 1)
                .is_some_and(|w| matches!(w.as_ref(), "top" | "tốp"));
        // An ordinal with "thứ" is no house number: "lần thứ hai Việt Nam
        // vô địch", "đội đứng thứ ba Bình Định" (a rank, then who holds
        // it). "đội hạng hai Tây Ban Nha" (a league's tier) stays a name,
        // and so does a title ("Bí thư thứ nhất Đảng Lao động", "Thứ
        // trưởng thứ nhất Bộ …").
        let title = i >= 1
            && self
                .word_at(i - 1)
                .is_some_and(|w| matches!(w.as_ref(), "thư" | "trưởng" | "tịch" | "tướng"));
        // So is a team's bare place: "hơn đội nhì Hà Nội FC hai điểm".
        let rank = c.ordinal
            && !title
            && self
                .word_at(i)
                .is_some_and(|w| matches!(w.as_ref(), "thứ" | "nhì" | "nhất"));
        // "giữa hai Bộ Ngoại giao", "hai Đảng Cộng sản", "giành hai Cup
        // Quốc gia và ba Siêu Cup": a spelled count before the name of a
        // ministry, a party, a department or a trophy counts them (an
        // address is written in digits).
        let spelled_before_institution = !c.ordinal
            && matches!(
                first.kind,
                Kind::Word {
                    word,
                    capital: false,
                    ..
                } if is_count_word(word)
            )
            && self.toks.get(j).is_some_and(|t| {
                matches!(
                    self.raw(t),
                    "Bộ" | "Đảng" | "Sở" | "Ban" | "Cup" | "Cúp" | "Siêu" | "Champions" | "Cục"
                )
            });
        // (A date that counts units is no house number either: "1 năm
        // trước Phòng Cảnh sát …", a year ago; rel8 probe.)
        if !c.interval
            && !rank
            && !c.counted_units
            && !spelled_before_initialism
            && !self.is_counted_initialism(j)
            && !spelled_before_institution
            && !after_top
            && self.is_name_word(j)
            && self.is_name_word(j + 1)
            // The street's name is on the number's line: what opens the
            // next line ("giờ 15⏎iPad Pro …") is another paragraph.
            && self.toks.get(j).is_some_and(|t| t.gap != Gap::Line)
            && self.toks.get(j + 1).is_some_and(|t| t.gap != Gap::Line)
        {
            return true;
        }
        // "tại 45 đường Giải Phóng", "địa điểm 34 phố Tương Mai", "Đức
        // Hạnh (447 đường Hùng Vương, …)": a house number before the word
        // of a street and its name (the prec13 probe). "3 đường điện", "2
        // đường đi" (lowercase after) count.
        let street_name = self.toks.get(j).is_some_and(|t| t.gap == Gap::Space)
            && self
                .word_at(j)
                .is_some_and(|w| matches!(w.as_ref(), "đường" | "phố"))
            && self
                .toks
                .get(j)
                .is_some_and(|t| self.raw(t).starts_with(char::is_lowercase))
            && self.toks.get(j + 1).is_some_and(|t| t.gap == Gap::Space)
            && self.is_name_word(j + 1);
        if digits && !c.interval && !c.ordinal && j == i + 1 && street_name {
            return true;
        }
        // "tại 194 đường Giải Phóng", "(7 công trường Lam Sơn, quận 1)",
        // "387 quốc lộ 13", "2493 đại lộ Hùng Vương": a house number before
        // a street's word and the street's name or number (a twelfth
        // number probe; "7 đường bay" counts).
        if digits_only && !c.interval && !c.ordinal && self.before_street(j) {
            return true;
        }
        // A score between two names: "Arsenal 1 - 2 Borussia", "0 - 3
        // Chelsea". Two years are no score: "năm học 2012 - 2013 Lai
        // Châu …" (a headline glued to the next sentence; tenth date
        // probe).
        if c.interval
            && !self.years_apart(i, j)
            && !self.is_counted_initialism(j)
            && self.is_name_word(j)
            && self.toks.get(j).is_some_and(|t| t.gap != Gap::Line)
        {
            return true;
        }
        false
    }
}

/// The spelled numbers from two to ten that the list and institution
/// rules read as counts: not "một" (also "a"), "năm" (also "year") or
/// "tư"; "sáu" is `Sau6`, not "sau" (after).
fn is_count_word(word: lex::Word) -> bool {
    matches!(
        word,
        lex::Word::Hai
            | lex::Word::Ba
            | lex::Word::Bon
            | lex::Word::Sau6
            | lex::Word::Bay
            | lex::Word::Tam
            | lex::Word::Chin
            | lex::Word::Muoi
    )
}
