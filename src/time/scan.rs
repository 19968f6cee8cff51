//! Finding dates, times and durations in running text.
//!
//! The scanner tokenizes the text once, then at each token that can start
//! an expression tries the grammar in running-text mode and keeps the
//! longest reading (date-times before dates before times before durations
//! on a tie: "sáng 29/10" is a date-time with its part of the day); after a
//! match it resumes behind it, so matches come in order and never overlap.
//! Every rule looks a bounded number of tokens ahead, so the scan is
//! linear in the length of the text.

use crate::number::Qualifier;

use super::datetime::resolve_datetime;
use super::error::Reason;
use super::grammar::{Grammar, NumberCache, keys_a_cue};
use super::resolve::DateRangeExpr;
use super::{
    Cues, DateField, DateTimeValue, DateValue, Duration, Parser, TimeValue, qualifier, resolve,
    time_range_of,
};
use crate::lex::{self as lexer, Gap, Kind, Token, Word};

/// What a match found.
///
/// Serializes (feature `serde`) as `{"kind": "date", <the value's fields>}`
/// with kind `date`, `time`, `datetime` or `duration`.
///
/// ```
/// use vietnorm::time::{Entity, Parser};
/// let found: Vec<_> = Parser::new().scan("Ngày 29/10, trời mưa; lúc 9h, 15 giờ 30 ngày 13-5-2013").collect();
/// assert!(matches!(found[0].entity, Entity::Date(_)));
/// assert!(matches!(found[1].entity, Entity::Time(_)));
/// assert!(matches!(found[2].entity, Entity::DateTime(_)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(tag = "kind", rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum Entity {
    /// A date or a range of dates.
    Date(DateValue),
    /// A time of day or a range of times.
    Time(TimeValue),
    /// A date with its time or part of the day, or a range of them.
    DateTime(DateTimeValue),
    /// A duration.
    Duration(Duration),
}

impl Entity {
    /// The kind's name as the CLI writes it: `date`, `time`, `datetime` or
    /// `duration`.
    ///
    /// ```
    /// let m = vietnorm::time::Parser::new().scan("lúc 14h30").next().unwrap();
    /// assert_eq!(m.entity.kind(), "time");
    /// ```
    pub const fn kind(&self) -> &'static str {
        match self {
            Entity::Date(_) => "date",
            Entity::Time(_) => "time",
            Entity::DateTime(_) => "datetime",
            Entity::Duration(_) => "duration",
        }
    }
}

/// One expression found in running text, with its byte span `[start,
/// end)` in the original input.
///
/// ```
/// let text = "Từ ngày 1/1 đến 31/3/2025, giá tăng.";
/// let m = vietnorm::time::Parser::new().scan(text).next().unwrap();
/// assert_eq!(&text[m.start..m.end], "Từ ngày 1/1 đến 31/3/2025");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Match {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// What was found.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub entity: Entity,
    /// The qualifier word at the start of the span ("khoảng", "hơn"), if any.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub qualifier: Option<Qualifier>,
}

/// An iterator over the dates, times and durations of a text, in order.
/// Made by [`Parser::scan`].
///
/// ```
/// let n = vietnorm::time::Parser::new().scan("Ngày 29/10 và ngày 30/10").count();
/// assert_eq!(n, 2);
/// ```
#[derive(Clone, Debug)]
pub struct Scan<'a> {
    text: &'a str,
    toks: Vec<Token>,
    next: usize,
    parser: Parser,
    numbers: NumberCache,
    /// The anchored forms and relative dates met so far (anchor2 probe).
    cues: Cues,
}

impl<'a> Scan<'a> {
    pub(crate) fn new(parser: Parser, text: &'a str) -> Scan<'a> {
        Scan {
            text,
            toks: lexer::tokenize(text),
            next: 0,
            parser,
            numbers: NumberCache::default(),
            cues: Cues::default(),
        }
    }
}

impl Scan<'_> {
    /// The grammar over this scan's tokens, started at token `i` of
    /// running text.
    fn grammar_at(&self, i: usize) -> Grammar<'_> {
        Grammar {
            toks: &self.toks,
            text: self.text,
            strict: true,
            start: i,
            depth: 0,
            numbers: &self.numbers,
        }
    }

    /// The tokens of the text, for a caller that reads the same text with
    /// other grammars after the scan (the extractor's context rules), and
    /// the anchored forms and relative dates the scan met, which the
    /// extractor resolves once every entity is known (`extract::anchored`).
    /// The cues are whole once the scan has run to its end.
    pub(crate) fn into_parts(self) -> (Vec<Token>, Cues) {
        (self.toks, self.cues)
    }

    /// Notes the cue at token `i` (`Grammar::cue_at`), a word that keys one:
    /// the scan asks at every token where it tries the grammar and at every
    /// token a match passes over, so each token is asked once, in order.
    fn note_cue(&mut self, i: usize) {
        let g = self.grammar_at(i);
        let cue = g.cue_at(i);
        if let Some(form) = cue.form {
            self.cues.forms.push(form);
        }
        if cue.relative {
            if let Some(t) = self.toks.get(i) {
                self.cues.marks.push(t.start);
            }
        }
    }

    /// Notes the cues of the tokens `from..to`, which a match passed over
    /// without trying the grammar there.
    fn note_cues_within(&mut self, from: usize, to: usize) {
        for k in from..to {
            if self.keys_a_cue(k) {
                self.note_cue(k);
            }
        }
    }

    /// True when token `k` is a word that keys a cue ([`keys_a_cue`]).
    #[inline(always)]
    fn keys_a_cue(&self, k: usize) -> bool {
        matches!(
            self.toks.get(k).map(|t| t.kind),
            Some(Kind::Word { word, .. }) if keys_a_cue(word)
        )
    }
}

/// True for the word "nửa" (half), which is no vocabulary word. Its
/// bytes are tested before the token's text is sliced: this runs at every
/// word of the text, and most are no "nửa".
fn is_half(text: &str, t: &Token) -> bool {
    let bytes = text.as_bytes();
    matches!(
        t.kind,
        Kind::Word {
            word: Word::Other,
            ..
        }
    ) && bytes.get(t.start).is_some_and(|c| c | 0x20 == b'n')
        && t.end
            .checked_sub(1)
            .and_then(|k| bytes.get(k))
            .is_some_and(|c| c | 0x20 == b'a')
        && t.end.saturating_sub(t.start) <= 9
        && text
            .get(t.start..t.end)
            .is_some_and(|w| lexer::fold(w) == "nửa")
}

/// True for the token "Q" ("Q4/2016", a quarter), no vocabulary word
/// either: one byte, tested without slicing the text.
fn is_q(text: &str, t: &Token) -> bool {
    t.end == t.start + 1 && text.as_bytes().get(t.start) == Some(&b'Q')
}

/// Could an expression start at this token? Cheap filter before the grammar.
fn may_start(t: &Token) -> bool {
    match t.kind {
        Kind::Num { len, .. } => len <= 4,
        // One load from a table, not a `match` of some fifty words: the
        // scan asks this of every token (speed6).
        Kind::Word { word, .. } => MAY_START.get(word as usize).copied().unwrap_or(false),
        Kind::Punct(_) => false,
    }
}

/// Whether an expression may start at a word (see [`may_start`]).
const fn word_may_start(word: Word) -> bool {
    // "hàng chục năm" (see `Grammar::hang_before_scale`).
    word.may_start()
        || matches!(word, Word::Sn | Word::Hang)
        // "ước chừng 2 năm", "quanh 2 năm", "trạc 50 tuổi", "cỡ tháng
        // này": the qualifier table's first words that the dates grammar
        // reads and no other start word is (the qual1 probe): here, not in
        // `Word::may_start`, which the name rules also read
        // (`extract::context::names`: a start word is no word of a name).
        || matches!(word, Word::Uoc | Word::Quanh | Word::Trac | Word::Co3)
        // "vài chục năm", "cả chục năm" (see
        // `Grammar::vague_word_before_scale`).
        || matches!(
            word,
            Word::Vai | Word::May | Word::Chuc | Word::Tram | Word::Nghin | Word::Van
        )
        // "mươi lăm ngày" (see `Grammar::about_ten`).
        || matches!(word, Word::Muoi2)
}

/// [`word_may_start`] of every word the lexer gives: those of the
/// vocabulary, the four it sets itself and `Other` (built at compile
/// time, where an index out of range would fail the build).
#[allow(clippy::indexing_slicing)]
static MAY_START: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    while k < lexer::VOCAB.len() {
        let word = lexer::VOCAB[k].1;
        table[word as usize] = word_may_start(word);
        k += 1;
    }
    let lexed = [Word::Thu, Word::Tu4, Word::H, Word::Ngay, Word::Other];
    let mut k = 0;
    while k < lexed.len() {
        table[lexed[k] as usize] = word_may_start(lexed[k]);
        k += 1;
    }
    table
};

/// What the scanner found at a token.
enum Found {
    /// An entity, its qualifier and the token after it.
    Match(Entity, Option<Qualifier>, usize),
    /// A relative date that cannot be resolved: skip to the token after it.
    Skip(usize),
    /// A duration or a time of day inside a relative expression that
    /// cannot be resolved: the entity, its qualifier, the token after it,
    /// and the token after the whole relative expression.
    MatchThenSkip(Entity, Option<Qualifier>, usize, usize),
    /// An entity without the qualifier word before it: the token where
    /// it starts and the token after it.
    MatchFrom(Entity, usize, usize),
}

/// False when the word at the start `i` begins a reading only before
/// certain words and the next token is none of them, so that no
/// sub-grammar need be asked (speed7): "không" starts a reading only as a
/// negated bound ("không quá 2 năm", [`qualifier::negated_bound`]) or as
/// the count zero before a unit ("không giờ",
/// [`super::numbers::may_start_expression`]), "những" only before "năm"
/// ("những năm 1990", a decade), "nhiều" only before "nhất" ("nhiều nhất
/// 24 tháng", a bound). Those three words start 10,600 of the 60,000
/// starts of the bench and a reading at 24.
///
/// speed10 took the same test to the other words that start a reading
/// only with what follows them (21,000 more starts of the bench, none a
/// reading): a number in words only where the grammar's number at a
/// start may make an expression (the same `may_start_expression`: "hai
/// ngày", not "hai người"; "trăm" and "nghìn" also before a scale word,
/// "hàng trăm vạn năm"); the halves of a compound only before their
/// other half ("chủ nhật", "thế kỷ", "thập niên", "cách đây", "ít nhất",
/// "chưa đầy", "xấp xỉ"); and the words that lead an expression starting
/// at the next token (a bound "trên", "hơn", "khoảng", an opener "từ",
/// "đầu", "giữa", "cuối", the vague counts "hàng", "vài", "mấy", and
/// "buổi") only before a token where an expression may start
/// ([`Scan::may_start_at`]), a scale word, a unit of time ("hàng giờ
/// liền", "hơn tiếng đồng hồ") or the second word of a bound ("tối đa",
/// "ngót nghét"). Every other start is left to the grammar. A unit test
/// puts every vocabulary word, the words the grammar reads by their text,
/// numbers and marks after each of these words and checks that the
/// grammar reads nothing where this says no.
fn next_allows(scan: &Scan<'_>, g: &Grammar<'_>, i: usize) -> bool {
    if let Some(Kind::Num { .. }) = scan.toks.get(i).map(|t| t.kind) {
        return digits_may_go_on(g, i);
    }
    let next = g.word(i + 1);
    let leads = || {
        scan.toks.get(i + 1).is_some_and(|t| scan.may_start_at(t))
            || matches!(
                next,
                Some(
                    Word::Trieu
                        | Word::Ty
                        | Word::Gio
                        | Word::Tieng
                        | Word::Phut
                        | Word::Giay
                        | Word::Da
                        | Word::Thieu
                        | Word::Nhat2
                        | Word::Xi
                        | Word::Nghet
                        | Word::Day3
                        | Word::Tron2
                        | Word::Toi2
                        | Word::Den
                        // "khoảng độ 3 năm" (about: gen39 probe).
                        | Word::Do4
                )
            )
    };
    match g.word(i) {
        Some(Word::Khong) => {
            super::numbers::may_start_expression(g, i) || qualifier::negated_bound(g, i).is_some()
        }
        Some(Word::Nhung) => next == Some(Word::Nam),
        Some(Word::It) => next == Some(Word::Nhat2),
        // "nhiều hơn một ngày" (more than a day: the qual1 probe).
        Some(Word::Nhieu) => matches!(next, Some(Word::Nhat2 | Word::Hon)),
        // "ước chừng 2 năm" (roughly: the qual1 probe).
        Some(Word::Uoc) => next == Some(Word::Chung),
        Some(
            Word::Mot
            | Word::Hai
            | Word::Ba
            | Word::Bon
            | Word::Sau6
            | Word::Bay
            | Word::Tam
            | Word::Chin
            | Word::Muoi,
        ) => super::numbers::may_start_expression(g, i),
        // "trăm", "nghìn" also lead a scale ("hàng trăm vạn năm").
        Some(Word::Tram | Word::Nghin) => {
            super::numbers::may_start_expression(g, i)
                || matches!(
                    next,
                    Some(
                        Word::Chuc | Word::Tram | Word::Nghin | Word::Van | Word::Trieu | Word::Ty
                    )
                )
        }
        // "chủ nhật", "chúa nhật" (Sunday).
        Some(Word::Chu | Word::Chua) => next == Some(Word::Nhat),
        Some(Word::The) => next == Some(Word::Ky),
        Some(Word::Thap) => matches!(next, Some(Word::Ky | Word::Nien)),
        Some(Word::Cach) => next == Some(Word::Day),
        Some(Word::Xap) => next == Some(Word::Xi),
        // "sang năm" (next year).
        Some(Word::Sang2) => next == Some(Word::Nam),
        Some(Word::Chua2) => matches!(
            next,
            Some(Word::Day3 | Word::Tron2 | Word::Toi2 | Word::Den)
        ),
        Some(
            Word::Tu
            | Word::Quanh
            | Word::Trac
            | Word::Co3
            | Word::Tren
            | Word::Hon
            | Word::Qua3
            | Word::Gan
            | Word::Khoang
            | Word::Duoi
            | Word::Tam2
            | Word::Chung
            | Word::Ngot
            | Word::Dau
            | Word::Giua
            | Word::Cuoi
            | Word::Hang
            | Word::Vai
            | Word::May
            | Word::Buoi,
        ) => leads(),
        _ => {
            // The class of the words above (its test checks it).
            debug_assert!(!g.word(i).is_some_and(Word::starts_only_before_some));
            true
        }
    }
}

/// False when the digits at the start `i` are followed by what no reading
/// takes after a number (speed10): a percent sign ("5%"); a word the
/// vocabulary does not know, apart from a space ("12 tuổi", "5 người",
/// "100 km"), but the few joiners the grammar reads by their text ("và",
/// "hoặc", "hay", "cho"); a comma or a full stop that no number follows
/// ("5, người", "năm 2019."). Glued letters ("5h", "5g") and every word of
/// the vocabulary (units, parts of the day, "đến") are left to the
/// grammar, and so is a number after a comma, an opening parenthesis,
/// "và", "hoặc" or "hay": there the grammar reads items of a list back
/// from the number ("các tháng 4, 5 TNGT", "những năm 80, 90, bản", "(2,
/// 3 người"). After any other mark the filter holds (speed11: "1.000
/// người", "5-6 người", "12/5 người" no longer try the groups after the
/// first). Checked by the same unit test as [`next_allows`], with lists,
/// lead words and marks before the number.
fn digits_may_go_on(g: &Grammar<'_>, i: usize) -> bool {
    if let Some(prev) = i.checked_sub(1).and_then(|p| g.toks.get(p)) {
        match prev.kind {
            Kind::Word {
                word: Word::Other, ..
            } if g
                .folded_text(prev)
                .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc" | "hay")) =>
            {
                return true;
            }
            Kind::Word { .. } | Kind::Num { .. } => {}
            Kind::Punct(',' | '(') => return true,
            Kind::Punct(_) => {}
        }
    }
    let Some(next) = g.toks.get(i + 1) else {
        return true;
    };
    match next.kind {
        Kind::Punct('%') => false,
        Kind::Punct(',' | '.') => match g.toks.get(i + 2).map(|t| t.kind) {
            Some(Kind::Num { .. }) => true,
            Some(Kind::Word { word, .. }) => word.digit_value().is_some() || word == Word::Muoi,
            _ => false,
        },
        Kind::Word {
            word: Word::Other, ..
        } if next.gap != Gap::None => g
            .folded_text(next)
            .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc" | "hay" | "cho")),
        _ => true,
    }
}

impl Scan<'_> {
    /// The longest reading at token `i` (after a qualifier, if any).
    fn longest_at(&self, i: usize) -> Option<Found> {
        let base = self.grammar_at(i);
        if !next_allows(self, &base, i) {
            return None;
        }
        self.longest_at_unfiltered(i)
    }

    /// [`Scan::longest_at`] at a start [`next_allows`].
    fn longest_at_unfiltered(&self, i: usize) -> Option<Found> {
        let reference = self.parser.get_reference();
        let base = self.grammar_at(i);
        if let Some(found) = self.ago_at(&base, i) {
            return Some(found);
        }
        // A qualifier qualifies what follows on its line: "trên" ending a
        // line is not the qualifier of a date starting the next one.
        let (qualifier, at) = match qualifier::qualifier(&base, i) {
            // (A qualifier read from the count itself, "Mười mấy năm"
            // opening a line, takes no word: `j == i`.)
            Some((q, j)) if j == i || self.toks.get(j).is_some_and(|t| t.gap != Gap::Line) => {
                (Some(q), j)
            }
            _ => (None, i),
        };
        let g = Grammar { start: at, ..base };
        let mut best: Option<(Entity, usize)> = None;
        let mut consider = |e: Entity, j: usize| {
            if best.is_none_or(|(_, k)| j > k) {
                best = Some((e, j));
            }
        };
        // The duration at this token, read once: for the order below and
        // as a candidate.
        let duration = g.duration(at);
        let duration_end = duration.as_ref().map(|&(_, j)| j);
        let consider_duration = |consider: &mut dyn FnMut(Entity, usize)| {
            if let Some((d, j)) = duration {
                consider(Entity::Duration(d), qualifier::tail(&g, qualifier, j));
            }
        };
        // After a bound ("hơn", "dưới", "tối đa"), a duration is the
        // likelier reading ("hơn 2 năm nữa" is more than two years, "hơn 4h"
        // more than four hours): it is tried first and so wins ties. After
        // "khoảng" (about) a time is as likely ("khoảng 21h").
        // After "lúc", "vào", "đến" or "tới" the bound leads a time as
        // "khoảng" does ("Tới hơn 17 giờ, …": past five p.m.).
        // So is a bare count after a word that asks how long ("trong 6h
        // tới", "mất 3h", "kéo dài 8h", "suốt 5h liền"), unless a part of
        // the day follows it ("trong 6h sáng nay", "trong 6h sáng 5/6"):
        // there it is o'clock.
        let asked_how_long = || {
            g.duration_cued(at)
                && duration_end.is_some_and(|j| {
                    g.word(j)
                        .is_none_or(|w| crate::time::datetime::DayPart::of_word(w).is_none())
                })
        };
        let duration_first = (qualifier.is_some_and(|q| q != Qualifier::About)
            && !g.clock_led_bound(i))
            || (qualifier.is_none() && asked_how_long());
        if duration_first {
            consider_duration(&mut consider);
        }
        // A relative date or date-time without a reference is not
        // reported, and nothing inside it is either: "thứ Sáu tuần này"
        // holds no "Sáu tuần" (six weeks), "10 giờ sáng nay" no "10 giờ".
        let mut skip_to: Option<usize> = None;
        // A date-time first, so that it wins a tie with the date it holds:
        // "sáng 29/10" is the date 29/10 and the morning.
        // The time and the single date at this token are read once, for
        // the date-time rules and for the time and date candidates.
        let time = g.time_value(at);
        let date = g.date_single(at, false);
        if let Some((expr, j)) = g.datetime_value_with(at, time, date) {
            match resolve_datetime(&expr, reference) {
                Ok(v) => consider(Entity::DateTime(v), j),
                Err(Reason::NeedsReference) => skip_to = Some(j),
                Err(_) => {}
            }
        }
        if let Some((expr, j)) = g.date_value_with(at, date) {
            match resolve::resolve_range(&expr, reference) {
                Ok(v) => consider(Entity::Date(v), j),
                Err(Reason::NeedsReference) => skip_to = skip_to.max(Some(j)),
                Err(_) => {}
            }
        }
        if let Some((expr, j)) = time {
            if let Ok(v) = time_range_of(&expr) {
                consider(Entity::Time(v), j);
            }
        }
        if !duration_first {
            consider_duration(&mut consider);
        }
        // "cao hơn năm 2012", "sắc lệnh trên hôm 5/1", "nhiều nhất năm
        // 2016": a bound before a date is a comparison or another word
        // ("trên", above-mentioned), not a qualifier of the date; the date
        // stands alone. A time keeps it ("hơn 22h đêm 26/5", past 10 p.m.).
        let bound = matches!(
            qualifier,
            Some(Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::AtMost)
        );
        if bound && at > i {
            let dated = match best {
                Some((Entity::Date(_), _)) => true,
                Some((Entity::DateTime(DateTimeValue::DateTime(d)), _)) => d.time().is_none(),
                _ => false,
            };
            if dated {
                if let Some((e, j)) = best {
                    // "hơn 40 năm trước", "ít nhất 3 năm tiếp theo", "không
                    // quá 4 năm tiếp theo": a count of units from the
                    // reference keeps the bound of its count, as "khoảng 2
                    // tháng trước" keeps "khoảng" and the duration "hơn 40
                    // năm" read without a reference does (rel8 probe).
                    let counted = g.relative_count(at).is_some_and(|(_, k)| k == j);
                    if counted && !qualifier::comparative_hon(&g, i) {
                        return Some(Found::Match(e, qualifier, j));
                    }
                    // "hơn 1/10 khẩu phần", "ít nhất 2/6 nhu cầu": a bare
                    // day and month after a bound is a fraction, no date;
                    // with a reference too, which completes its year
                    // (gen36 probe: three "ít nhất 2/6 nhu cầu" of the
                    // corpus were dates with a reference only).
                    let bare = matches!(self.toks.get(at).map(|t| t.kind), Some(Kind::Num { .. }))
                        && matches!(e, Entity::Date(DateValue::Date(d))
                            if d.year().is_none() || d.inferred().contains(DateField::Year));
                    if bare {
                        return Some(Found::Skip(j));
                    }
                    return Some(Found::MatchFrom(e, at, j));
                }
            }
        }
        // "sớm hơn 30 phút": a comparison, the duration alone.
        if qualifier == Some(Qualifier::MoreThan) && at == i + 1 {
            if let Some((e @ Entity::Duration(_), j)) = best {
                if qualifier::comparative_hon(&g, i) {
                    return Some(Found::MatchFrom(e, at, j));
                }
            }
        }
        match (best, skip_to) {
            // Without a reference, what stands on its own inside a
            // relative expression is still a fact: "17 năm trước" lasted
            // seventeen years, "9h30 hôm nay" is half past nine. It is
            // reported, and the rest of the expression skipped.
            (Some((e @ (Entity::Duration(_) | Entity::Time(_)), j)), Some(k)) if k >= j => {
                Some(Found::MatchThenSkip(e, qualifier, j, k))
            }
            (Some((_, j)), Some(k)) if k >= j => Some(Found::Skip(k)),
            (None, Some(k)) => Some(Found::Skip(k)),
            (Some((e, j)), _) => Some(Found::Match(e, qualifier, j)),
            (None, None) => None,
        }
    }
}

impl Scan<'_> {
    /// "cách đây 2 năm", "cách đây khoảng 3 tháng", "Cách đây hơn 1 tuần"
    /// with a reference: the day, month or year that many units before it,
    /// as "2 năm trước" is, the span from "cách đây" to the unit and a
    /// qualifier after "đây" the date's (rel4 probe). Without a reference
    /// nothing is read here and the scan goes on to the duration ("2 năm":
    /// how long ago, as the gold sets read it without the article's date).
    fn ago_at(&self, base: &Grammar<'_>, i: usize) -> Option<Found> {
        let reference = self.parser.get_reference()?;
        if !(base.is(i, Word::Cach) && base.is(i + 1, Word::Day)) {
            return None;
        }
        let (qualifier, at) = match qualifier::qualifier(base, i + 2) {
            Some((q, j)) if j > i + 2 => (Some(q), j),
            _ => (None, i + 2),
        };
        let (from, j) = base.relative_ago(at)?;
        let expr = DateRangeExpr { from, to: None };
        let value = resolve::resolve_range(&expr, Some(reference)).ok()?;
        Some(Found::Match(Entity::Date(value), qualifier, j))
    }
}

impl Scan<'_> {
    /// True when an expression may start at `t` (see [`may_start`]), or
    /// `t` is "nửa" ("nửa năm", half a year: no vocabulary word) or "Q".
    #[inline(always)]
    fn may_start_at(&self, t: &Token) -> bool {
        match t.kind {
            Kind::Word { word, .. } => {
                MAY_START.get(word as usize).copied().unwrap_or(false)
                    || (word == Word::Other && is_half(self.text, t))
                    || is_q(self.text, t)
            }
            _ => may_start(t) || is_half(self.text, t) || is_q(self.text, t),
        }
    }
}

impl Iterator for Scan<'_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        loop {
            // The next token where an expression may start, found with no
            // bound check per token (speed6).
            let rest = self.toks.get(self.next..).unwrap_or_default();
            let Some(k) = rest.iter().position(|t| self.may_start_at(t)) else {
                self.next = self.toks.len();
                return None;
            };
            let i = self.next + k;
            // Every word that keys a cue may start a date: the cues of the
            // text are read here, in the scan's own walk.
            if self.keys_a_cue(i) {
                self.note_cue(i);
            }
            let t = self.toks.get(i)?;
            self.next = i + 1;
            // What was found, where it ends, and where the scan resumes.
            let mut first = t;
            let (entity, qualifier, j, resume) = match self.longest_at(i) {
                None => continue,
                Some(Found::Skip(j)) => {
                    self.next = j.max(i + 1);
                    self.note_cues_within(i + 1, self.next);
                    continue;
                }
                Some(Found::Match(e, q, j)) => (e, q, j, j),
                Some(Found::MatchThenSkip(e, q, j, k)) => (e, q, j, k),
                Some(Found::MatchFrom(e, at, j)) => {
                    first = self.toks.get(at).unwrap_or(t);
                    (e, None, j, j)
                }
            };
            let Some(last) = j.checked_sub(1).and_then(|k| self.toks.get(k)) else {
                continue;
            };
            let (start, end) = (first.start, last.end);
            self.next = resume.max(i + 1);
            self.note_cues_within(i + 1, self.next);
            return Some(Match {
                start,
                end,
                entity,
                qualifier,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Scan, next_allows};
    use crate::lex::VOCAB;
    use crate::time::{Parser, Reference};

    /// The grammar's sources, whose string literals are the words it reads
    /// by their text ("vượt", "trời", "là").
    const SOURCES: &[&str] = &[
        include_str!("clock.rs"),
        include_str!("date.rs"),
        include_str!("datetime.rs"),
        include_str!("duration.rs"),
        include_str!("lunar.rs"),
        include_str!("numbers.rs"),
        include_str!("qualifier.rs"),
        include_str!("scan.rs"),
        include_str!("grammar/clock.rs"),
        include_str!("grammar/date.rs"),
        include_str!("grammar/datetime.rs"),
        include_str!("grammar/mod.rs"),
        include_str!("grammar/news.rs"),
    ];

    /// What may stand after a start word: every vocabulary spelling, every
    /// word written as a literal in the grammar, numbers and marks.
    fn next_tokens() -> Vec<String> {
        let mut out: Vec<String> = VOCAB.iter().map(|(w, _)| (*w).to_owned()).collect();
        for src in SOURCES {
            for (k, lit) in src.split('"').enumerate() {
                let word = k % 2 == 1 && !lit.is_empty() && lit.chars().count() <= 12;
                if word && lit.chars().all(char::is_alphabetic) {
                    out.push(lit.to_owned());
                }
            }
        }
        for s in [
            "0", "5", "05", "12", "30", "100", "1990", "2020", "1.000", "/", "-", "–", "—", ":",
            ".", ",", "(", ")", "%", "+", "'", "\"", ";", "?",
        ] {
            out.push(s.to_owned());
        }
        out.sort();
        out.dedup();
        out
    }

    /// What follows the next token in the filters' tests: nothing, a
    /// count and its unit, a year, a time, a date, a bound's second word,
    /// a second date, words of the relative dates. The first three also
    /// across a line break; the speed7 test takes the first
    /// [`SPEED7_TAILS`], the speed10 test all (the last twelve: relative
    /// words, a Roman numeral, "rưỡi", "liền", glued digits and a
    /// parenthesis).
    const TAILS: &[&str] = &[
        "",
        " 5 ngày",
        " 2 năm",
        " 1990",
        " 10 giờ",
        " 5/6",
        " 5",
        " quá 5 ngày",
        " nhất 3 tháng",
        " năm 1990",
        " tháng 5",
        " ngày 5",
        " mấy năm",
        " chục năm",
        " đến 5 giờ",
        " - 5 ngày",
        "/2020",
        " hơn 3 năm",
        " 2020 - 2021",
        " trời",
        " nay",
        " qua",
        " trước",
        " II",
        " rưỡi",
        " liền",
        " đồng hồ mới",
        "5",
        "5/6",
        "30/4/2020",
        "h30",
        " (5-6)",
    ];

    /// The tails of the speed7 test (see [`TAILS`]).
    const SPEED7_TAILS: usize = 20;

    /// Where the grammar would read something at token `i` of `text` (the
    /// scan's work at a start, with the filter out of the way).
    fn reads_at(parser: Parser, text: &str, at: usize) -> bool {
        let scan = Scan::new(parser, text);
        let Some(i) = scan.toks.iter().position(|t| t.start == at) else {
            return false;
        };
        let g = scan.grammar_at(i);
        if next_allows(&scan, &g, i) {
            return false;
        }
        scan.longest_at_unfiltered(i).is_some()
    }

    /// The grammar at the first token of `text` whose text is `word`,
    /// with that token's index.
    fn at_word<'a>(scan: &'a Scan<'a>, text: &str, word: &str) -> usize {
        scan.toks
            .iter()
            .position(|t| text.get(t.start..t.end) == Some(word))
            .expect("the word is in the text")
    }

    #[test]
    fn quy_after_the_noun_it_qualifies_is_precious() {
        for (text, precious) in [
            ("loại đá quý này", true),
            ("giá kim loại quý này", true),
            ("danh hiệu cao quý này", true),
            ("thảo dược quý này", true),
            ("vị khách quý này", true),
            ("loài cá quý này", true),
            ("cây ổi quý này", true),
            ("trong quý này", false),
            ("chỉ số kinh doanh quý này", false),
            ("so với quý trước", false),
            ("quý này", false),
            ("loại đá\nquý này", false),
        ] {
            let scan = Scan::new(Parser::new(), text);
            let q = at_word(&scan, text, "quý");
            assert_eq!(scan.grammar_at(q).precious_quy(q), precious, "{text:?}");
        }
    }

    #[test]
    fn a_part_word_after_den_opens_the_end_of_a_range_after_tu() {
        for (text, has_tu, skipped) in [
            ("từ năm 2000 đến giữa 2007", true, 1),
            ("từ tháng 10/2019 đến cuối năm 2020", true, 1),
            ("từ tháng 2 đến đầu tháng 5/2013", true, 1),
            ("từ ngày 2 đến hết ngày 8", true, 1),
            ("từ năm 2000 đến năm 2007", true, 0),
            ("từ tháng 6 đến Hà Nội", true, 0),
        ] {
            let scan = Scan::new(Parser::new(), text);
            let den = at_word(&scan, text, "đến");
            let end = scan.grammar_at(den).range_link(den, has_tu);
            assert_eq!(end, Some(den + 1 + skipped), "{text:?}");
        }
    }

    #[test]
    fn a_bare_day_and_month_opens_a_range_after_a_bracket_a_comma_or_a_list_word() {
        for (text, opens) in [
            ("(31/5 đến 2/6/2013)", true),
            ("gồm 1/9 đến 9/9", true),
            ("là 9/10 đến 30/11/2013", true),
            ("dịp 30/4, 1/5 đến 9/5", true),
            ("bắt 21/3/2001 đến 26/12/2014", false),
            ("ngày 21/3 đến 26/3", false),
        ] {
            let scan = Scan::new(Parser::new(), text);
            let at = scan
                .toks
                .iter()
                .rposition(|t| text.get(t.end..).is_some_and(|r| r.starts_with(" đến")))
                .expect("a date before đến");
            let start = (0..=at)
                .rev()
                .find(|&k| {
                    k == 0
                        || !matches!(
                            scan.toks.get(k - 1).map(|t| t.kind),
                            Some(crate::lex::Kind::Num { .. } | crate::lex::Kind::Punct('/'))
                        )
                })
                .unwrap_or(0);
            assert_eq!(
                scan.grammar_at(start).bare_day_month_opens(start),
                opens,
                "{text:?}"
            );
        }
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore = "exhaustive: runs in release, see .ci/run")]
    fn the_next_word_filter_rejects_no_start_the_grammar_reads() {
        let parsers = [
            Parser::new(),
            Parser::new().reference(Reference::new(2020, 6, 17).unwrap()),
        ];
        let nexts = next_tokens();
        let mut checked = 0;
        for start in ["không", "Không", "những", "Những", "nhiều", "Nhiều"] {
            for prefix in ["", "hàng ", "5 ", "các "] {
                for next in &nexts {
                    for join in [" ", "", "\n"] {
                        for tail in &TAILS[..SPEED7_TAILS] {
                            let text = format!("{prefix}{start}{join}{next}{tail}");
                            for p in parsers {
                                assert!(!reads_at(p, &text, prefix.len()), "{text:?}");
                                checked += 1;
                            }
                        }
                        // A second word after the next one.
                        for second in VOCAB {
                            let text = format!("{prefix}{start}{join}{next} {} 5", second.0);
                            assert!(!reads_at(parsers[1], &text, prefix.len()), "{text:?}");
                        }
                    }
                }
            }
        }
        assert!(checked > 100_000);
    }

    /// The filter asks the next token after the words of
    /// [`Word::starts_only_before_some`](crate::lex::Word::starts_only_before_some)
    /// and after no other word of the vocabulary: a word no grammar knows
    /// after each of them is refused, after every other word let through.
    #[test]
    fn the_next_token_filter_holds_back_the_class_of_words_only() {
        for (spelling, _) in VOCAB {
            let text = format!("{spelling} xyz");
            let scan = Scan::new(Parser::new(), &text);
            let g = scan.grammar_at(0);
            let Some(word) = g.word(0) else { continue };
            if scan.toks.len() != 2 {
                continue;
            }
            assert_eq!(
                next_allows(&scan, &g, 0),
                !word.starts_only_before_some(),
                "{text:?} {word:?}"
            );
        }
    }

    /// The filter's words of speed10 (numbers in words, halves of
    /// compounds, lead words) and nine numbers in digits (speed11, also
    /// after lists and words that lead them): after every spelling of each (small and
    /// capitalized), after five words before it, glued, spaced or across a
    /// line break, every token [`next_tokens`] gives (and its capitalized
    /// form for the vocabulary, and two words no grammar knows) that the
    /// filter rejects, then thirty-two continuations ([`TAILS`]: glued digits, the units
    /// written in two words, a second date; three across a line break)
    /// and, spaced after the word alone, every vocabulary word; with and
    /// without a reference, the unfiltered grammar reads nothing. In debug
    /// builds one text in 61 is checked.
    #[test]
    fn the_next_token_filter_of_speed10_rejects_no_reading() {
        use crate::lex::Word;
        let parsers = [
            Parser::new(),
            Parser::new().reference(Reference::new(2020, 6, 17).unwrap()),
        ];
        let capital = |w: &str| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        let mut starts: Vec<String> = ["5", "12", "05", "24", "30", "100", "2020", "1990", "0"]
            .map(String::from)
            .to_vec();
        for (spelling, word) in VOCAB {
            // The words of speed10: those of speed7 have their own test.
            if word.starts_only_before_some()
                && !matches!(word, Word::Khong | Word::Nhung | Word::Nhieu)
            {
                starts.push((*spelling).to_owned());
                starts.push(capital(spelling));
            }
        }
        let mut nexts = next_tokens();
        nexts.extend(VOCAB.iter().map(|(w, _)| capital(w)));
        nexts.extend(["xyz", "Xyz"].map(String::from));
        nexts.sort();
        nexts.dedup();
        let stride = if cfg!(debug_assertions) { 61 } else { 1 };
        let mut texts = 0usize;
        let mut checked = 0usize;
        let mut check = |text: &str, at: usize, parsers: &[Parser]| {
            texts += 1;
            if texts % stride != 0 {
                return;
            }
            for &p in parsers {
                assert!(!reads_at(p, text, at), "{text:?}");
                checked += 1;
            }
        };
        // A number may be read as the item of a list before it (the
        // filter lets those through, and must), or after a word that
        // leads it.
        let lists = [
            "tháng 4 đến ",
            "từ 3 tới ",
            "thứ ",
            "ngày ",
            "năm ",
            "1.",
            "1.000.",
            "5,",
            "12/",
            "ngày 5/",
            "5-",
            "lúc 23-",
            "lúc 10:",
            "ta.",
            "năm 2019. ",
            "(5) ",
            "các tháng 4, ",
            "các tháng 4 và ",
            "những năm 80, ",
            "thập niên 70 và ",
            "ngày 3, ",
            "ngày 3 hoặc ",
            "(2, ",
            "(",
            "thứ 4, ",
        ];
        for start in &starts {
            let digits = start.bytes().all(|b| b.is_ascii_digit());
            let prefixes = ["", "hàng ", "5 ", "vào "]
                .into_iter()
                .chain(lists.into_iter().filter(|_| digits));
            for prefix in prefixes {
                for next in &nexts {
                    for join in [" ", "", "\n"] {
                        // Only the next tokens the filter rejects.
                        let probe = format!("{prefix}{start}{join}{next}");
                        let scan = Scan::new(parsers[0], &probe);
                        let Some(i) = scan.toks.iter().position(|t| t.start == prefix.len()) else {
                            continue;
                        };
                        if next_allows(&scan, &scan.grammar_at(i), i) {
                            continue;
                        }
                        // Across a line break the grammar reads less.
                        let tails = if join == "\n" { &TAILS[..3] } else { TAILS };
                        for tail in tails {
                            check(&format!("{probe}{tail}"), prefix.len(), &parsers);
                        }
                        if prefix.is_empty() && join == " " {
                            for second in VOCAB {
                                for after in ["", " 5"] {
                                    let text = format!("{probe} {}{after}", second.0);
                                    check(&text, 0, &parsers[1..]);
                                }
                            }
                        }
                    }
                }
            }
        }
        eprintln!("{texts} texts, {checked} readings checked");
        assert!(checked > 10_000, "{checked}");
    }
}
