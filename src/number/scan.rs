//! The scanner: every number, amount, percentage and ordinal in running
//! text, with its byte span in the original input.
//!
//! It walks the text token by token (lazily: a bounded look-ahead buffer,
//! no allocation per word unless a word needs normalizing), runs the entity
//! grammar where a token may start a quantity, then filters out what is not
//! a quantity of interest (DESIGN.md, "What the scanner skips"):
//!
//! - codes: digits glued to letters or to another number by `-`, `+`, `/`,
//!   `:` ("75L-014.51", "Km6+599", "U23", "COVID-19", "A320"), unless the
//!   letters are a unit of measure ("3kg", "100km");
//! - dates and times: "29/10", "10:30", "14h30", and a bare number after
//!   "ngày", "tháng", "năm", "lúc" ("ngày 23.5", "năm 2024") — the dates
//!   scanner reports them;
//! - phone numbers and identifiers: a digit run that starts with `0`
//!   ("0912 345 678") or `+`, with the digit groups that follow it;
//! - scores and year spans: a bare "3-1", "2024-2028";
//! - "một" used as "a", and "năm" (year), "không" (no) standing alone; two
//!   consecutive units ("hai ba người": two or three people);
//! - weekdays: "thứ Hai", "thứ 5 (23/10)", "ngày thứ ba".
//!
//! Work per token is bounded (a number takes at most 64 tokens), so the
//! scanner is linear in the input.

use std::collections::VecDeque;

use super::entity::{Entity, entity, may_start};
use super::lex::{Kind, Token, Word, next_token};
use super::quantity::{Quantity, QuantityMatch};
use super::words::Options;

/// Tokens kept ahead of the current one: more than any entity takes.
const LOOKAHEAD: usize = 80;

/// Letters that may be glued to a number as a unit of measure ("3kg");
/// any other glued letters make the whole chunk a code ("75L", "14h30").
const GLUED_UNITS: &[&str] = &[
    "kg", "g", "mg", "t", "km", "m", "cm", "mm", "ha", "l", "ml", "lít", "tấn", "gam", "mét", "W",
    "kW", "MW", "GW", "kWh", "V", "kV", "GB", "MB", "TB", "KB", "Gb", "Mb", "Hz", "MHz", "GHz",
    "ft", "x", "gb", "mb", "tb", "kw", "mw", "kwh", "hz", "ghz", "mhz", "km²", "m²",
];

/// Words before a bare number that make it part of a date or time.
const DATE_WORDS: &[&str] = &["ngày", "mùng", "mồng", "tháng", "năm", "lúc", "hôm", "quý"];

/// Words after "một" that make it "a", not one: "một nửa" (a half), "một
/// số" (some), "một cách" (in a manner).
const MOT_NOT_ONE: &[&str] = &[
    "nửa", "số", "chút", "phần", "cách", "ít", "vài", "khi", "lúc", "mình", "thời", "loạt",
    "trong", "mặt", "khác", "hồi",
];

/// True when `prev` ends a sentence (or there is nothing before).
fn sentence_start(prev: Option<&Token<'_>>) -> bool {
    match prev {
        None => true,
        Some(p) => matches!(
            p.kind,
            Kind::Sym(
                '.' | '!'
                    | '?'
                    | ':'
                    | ';'
                    | '"'
                    | '“'
                    | '”'
                    | '('
                    | '-'
                    | '–'
                    | '—'
                    | '…'
                    | '\''
                    | '‘'
                    | '*'
                    | '•'
            )
        ),
    }
}

/// Iterator over the quantities of a text; see [`scan`].
///
/// ```
/// let text = "Xe 75L-014.51 chở hơn 2 tấn hàng trị giá 1,2 tỷ đồng.";
/// let found: Vec<_> = vietnorm::number::scan(text)
///     .map(|m| &text[m.start..m.end])
///     .collect();
/// assert_eq!(found, ["hơn 2", "1,2 tỷ đồng"]);
/// ```
#[derive(Debug)]
pub struct Scanner<'a> {
    text: &'a str,
    /// Where lexing resumes.
    pos: usize,
    buf: VecDeque<Token<'a>>,
    /// The token before `buf[0]`.
    prev: Option<Token<'a>>,
    /// `prev` itself was glued to a letter or digit before it.
    prev_in_code: bool,
}

/// Finds every number, amount of money, percentage and ordinal in `text`,
/// in order, as [`QuantityMatch`]es whose `start..end` index `text`.
/// Spans never overlap; qualifier words ("hơn", "khoảng") belong to the span
/// of the quantity they qualify.
///
/// ```
/// use vietnorm::number::{scan, Quantity};
///
/// let text = "Lãi khoảng 83,5 triệu USD, tăng 5,2% so với năm 2023; tỷ số 3-1.";
/// let found: Vec<_> = scan(text).collect();
/// assert_eq!(found.len(), 2);
/// assert_eq!(&text[found[0].start..found[0].end], "khoảng 83,5 triệu USD");
/// assert!(matches!(found[1].quantity, Quantity::Percent(_)));
/// ```
pub fn scan(text: &str) -> Scanner<'_> {
    Scanner {
        text,
        pos: 0,
        buf: VecDeque::with_capacity(LOOKAHEAD),
        prev: None,
        prev_in_code: false,
    }
}

fn is_alnum(t: &Token<'_>) -> bool {
    matches!(t.kind, Kind::Word | Kind::Digits)
}

/// Symbols that join the parts of a code ("75L-014.51", "Km6+599").
fn is_code_sym(t: &Token<'_>) -> bool {
    matches!(
        t.kind,
        Kind::Sym('-' | '+' | '/' | '.' | ':' | '_' | '#' | '@' | ',')
    )
}

/// What to do with the tokens at the front after a try.
enum Verdict {
    Emit(QuantityMatch, usize),
    /// Drop this many tokens.
    Skip(usize),
    /// Drop the whole glued chunk (a code).
    SkipChunk,
    /// Drop a phone number: the chunk and the short digit groups after it.
    SkipPhone,
}

impl<'a> Scanner<'a> {
    fn fill(&mut self) {
        while self.buf.len() < LOOKAHEAD {
            let Some(t) = next_token(self.text, self.pos) else {
                break;
            };
            self.pos = t.end;
            self.buf.push_back(t);
        }
    }

    fn advance(&mut self, n: usize) {
        for _ in 0..n {
            let Some(t) = self.buf.pop_front() else {
                break;
            };
            let in_code = !t.space_before
                && self
                    .prev
                    .as_ref()
                    .is_some_and(|p| is_alnum(p) || (is_code_sym(p) && self.prev_in_code));
            self.prev_in_code = in_code;
            self.prev = Some(t);
            if self.buf.is_empty() {
                self.fill();
            }
        }
    }

    /// Drops tokens up to the next white space.
    fn skip_chunk(&mut self) {
        self.advance(1);
        loop {
            if self.buf.is_empty() {
                self.fill();
            }
            match self.buf.front() {
                Some(t) if !t.space_before => self.advance(1),
                _ => break,
            }
        }
    }

    /// The front token is glued to a code before it ("U23", "COVID-19").
    fn front_in_code(&self) -> bool {
        let Some(t) = self.buf.front() else {
            return false;
        };
        // Only digits make codes; a word glued to a full stop is a
        // sentence whose space the crawler lost ("hiệu.Thứ sáu").
        if t.space_before || t.kind != Kind::Digits {
            return false;
        }
        match &self.prev {
            Some(p) if is_alnum(p) => true,
            Some(p) => is_code_sym(p) && self.prev_in_code,
            None => false,
        }
    }

    fn judge(&mut self) -> Verdict {
        let prev = self.prev.clone();
        let slice = self.buf.make_contiguous();
        let Some(first) = slice.first() else {
            return Verdict::Skip(1);
        };
        // "a,77": a comma glued to what comes before is punctuation.
        if first.is_sym(',') && !first.space_before {
            return Verdict::Skip(1);
        }
        // A sign must stand apart from what precedes it ("3-1" is a score).
        if matches!(first.kind, Kind::Sym('-' | '−')) && !first.space_before {
            return Verdict::Skip(1);
        }
        if first.kind == Kind::Sym('+') {
            return Verdict::SkipPhone;
        }
        let e = match entity(slice, Options::RUNNING) {
            Ok(e) => e,
            Err(_) => {
                return if first.kind == Kind::Digits {
                    Verdict::SkipChunk
                } else {
                    Verdict::Skip(1)
                };
            }
        };
        filter(slice, &e, prev.as_ref())
    }
}

/// Decides whether entity `e` read at the front of `toks` is a quantity.
fn filter(toks: &[Token<'_>], e: &Entity, prev: Option<&Token<'_>>) -> Verdict {
    let prev_word = prev
        .filter(|p| p.kind == Kind::Word)
        .map(|p| p.folded.as_ref());
    let used = e.used.max(1);
    let (Some(first), Some(last)) = (toks.first(), toks.get(used - 1)) else {
        return Verdict::Skip(1);
    };
    let after = toks.get(used);
    let after2 = toks.get(used + 1);
    let glued_after = after.filter(|t| !t.space_before);
    // Letters or digits glued after the quantity.
    if let Some(g) = glued_after {
        match g.kind {
            // Units are matched as written: "75L" is a plate, "5l" litres.
            Kind::Word if !GLUED_UNITS.contains(&g.text) => return Verdict::SkipChunk,
            Kind::Digits => return Verdict::SkipChunk,
            Kind::Sym('/' | ':' | '-' | '+' | '.' | ',' | '_') => {
                let next_glued = after2.is_some_and(|t| !t.space_before && is_alnum(t));
                let next_digits = after2.is_some_and(|t| t.kind == Kind::Digits);
                if next_glued && (next_digits || !matches!(g.kind, Kind::Sym('/'))) {
                    return Verdict::SkipChunk;
                }
            }
            _ => {}
        }
    }
    let quantity = e.quantity;
    if let Quantity::Ordinal(o) = quantity {
        if is_weekday(toks, o.value.to_i128(), used, prev_word) {
            return Verdict::Skip(used);
        }
    } else if let Some(b) = &e.first {
        let bare = matches!(quantity, Quantity::Number(_)) && !e.qualified;
        let lone_literal = b.num.lone_literal;
        if let Some(l) = lone_literal {
            // Phone numbers and identifiers: "0912 345 678", "007".
            if l.leading_zero {
                return Verdict::SkipPhone;
            }
            if bare && !l.separated && l.digits >= 10 {
                return Verdict::SkipChunk;
            }
        }
        if bare && !e.interval {
            // "ngày 23.5", "năm 2024", "tháng 3": the dates scanner's.
            if lone_literal.is_some() && prev_word.is_some_and(|w| DATE_WORDS.contains(&w)) {
                return Verdict::Skip(used);
            }
        }
        if let Some((u, f)) = b.num.lone_unit.filter(|_| !e.interval) {
            use super::lex::Form;
            let number_tok = toks.get(e.first_at + b.num_start);
            let next_word = after.filter(|t| t.kind == Kind::Word);
            // "(hơn) năm 2012": a year. "(gần) một nửa": not one.
            if f == Form::Nam && after.is_some_and(|t| t.kind == Kind::Digits) {
                return Verdict::Skip(used);
            }
            // "không" alone is "no": "không yên", "không Đồng Hới".
            if f == Form::Khong {
                return Verdict::Skip(used);
            }
            if f == Form::Mot && next_word.is_some_and(|t| MOT_NOT_ONE.contains(&t.folded.as_ref()))
            {
                return Verdict::Skip(used);
            }
            if bare {
                if matches!(f, Form::Mot | Form::Nam | Form::Khong) {
                    return Verdict::Skip(used);
                }
                // "hai ba người": two or three, not a number.
                if let Some(Word::Unit(u2, _)) = after.map(|t| t.word) {
                    if u2 == u + 1 {
                        return Verdict::Skip(used + 1);
                    }
                }
                // "Hai là, …": an enumeration ("second, …").
                if next_word.is_some_and(|t| t.is("là")) && sentence_start(prev) {
                    return Verdict::Skip(used);
                }
                // Capitalized inside a sentence: a name or a title
                // ("quận Hai Bà Trưng", "anh Sáu Phong", "giải Ba").
                let capital = number_tok
                    .and_then(|t| t.text.chars().next())
                    .is_some_and(char::is_uppercase);
                if capital && !sentence_start(prev) {
                    return Verdict::Skip(used);
                }
                // "ba mẹ", "ba Khánh": father; "áo bà ba": a garment.
                let next_capital = next_word
                    .and_then(|t| t.text.chars().next())
                    .is_some_and(char::is_uppercase);
                if u == 3 && next_word.is_some_and(|t| t.is("mẹ") || t.is("má") || next_capital)
                {
                    return Verdict::Skip(used);
                }
            }
        }
        if bare && e.interval {
            // "3-1" (a score), "2024-2028" (years): not quantities.
            let two_literals = b.num.lone_literal.is_some()
                && toks
                    .get(used - 1)
                    .is_some_and(|t| t.kind == Kind::Digits && b.num.scale_exp.is_none());
            let dash_glued = toks
                .get(e.first_at + b.used)
                .is_some_and(|t| !t.space_before && matches!(t.kind, Kind::Sym(_)));
            let small = b.num.lone_literal.is_some_and(|l| l.digits <= 2);
            let year = b
                .num
                .lone_literal
                .is_some_and(|l| l.digits == 4 && !l.separated);
            if two_literals && ((dash_glued && small) || year) {
                return Verdict::SkipChunk;
            }
        }
    }
    Verdict::Emit(
        QuantityMatch {
            start: first.start,
            end: last.end,
            quantity,
        },
        used,
    )
}

/// "thứ Hai", "thứ 5 (23/10)", "sáng thứ ba tuần này": a weekday, which
/// the dates scanner reports, not an ordinal.
fn is_weekday(toks: &[Token<'_>], value: Option<i128>, used: usize, prev: Option<&str>) -> bool {
    if !value.is_some_and(|v| (2..=7).contains(&v)) {
        return false;
    }
    let capitalized = toks
        .get(1)
        .and_then(|t| t.text.chars().next())
        .is_some_and(char::is_uppercase);
    let prev_says_day = prev.is_some_and(|w| {
        matches!(
            w,
            "ngày"
                | "sáng"
                | "trưa"
                | "chiều"
                | "tối"
                | "đêm"
                | "hôm"
                | "vào"
                | "các"
                | "mỗi"
                | "từ"
                | "đến"
                | "hằng"
                | "hàng"
                | "rạng"
                | "khuya"
        )
    });
    let after = toks.get(used);
    let slash_after = toks.get(used + 2).is_some_and(|t| t.is_sym('/'));
    let date_follows = toks
        .get(used + 1)
        .is_some_and(|t| (t.kind == Kind::Digits && slash_after) || t.is("ngày"));
    let next_says_day = after.is_some_and(|t| {
        (matches!(t.kind, Kind::Sym(',' | '(' | '-' | '–')) && date_follows)
            || matches!(
                t.folded.as_ref(),
                "tuần" | "này" | "tới" | "trước" | "vừa" | "sau" | "ngày" | "hàng"
            )
    });
    capitalized || prev_says_day || next_says_day
}

impl Iterator for Scanner<'_> {
    type Item = QuantityMatch;

    fn next(&mut self) -> Option<QuantityMatch> {
        self.fill();
        loop {
            let front = self.buf.front()?;
            if !may_start(front) {
                self.advance(1);
                continue;
            }
            if self.front_in_code() {
                self.skip_chunk();
                continue;
            }
            match self.judge() {
                Verdict::Emit(m, n) => {
                    self.advance(n);
                    return Some(m);
                }
                Verdict::Skip(n) => self.advance(n.max(1)),
                Verdict::SkipChunk => self.skip_chunk(),
                Verdict::SkipPhone => {
                    self.skip_chunk();
                    // "0912 345 678": the groups that follow.
                    while self.buf.front().is_some_and(|t| {
                        t.kind == Kind::Digits
                            && (2..=4).contains(&t.text.len())
                            && t.text.bytes().all(|b| b.is_ascii_digit())
                    }) {
                        self.skip_chunk();
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        scan(text)
            .map(|m| text.get(m.start..m.end).unwrap_or("?"))
            .collect()
    }

    #[test]
    fn distractors() {
        assert_eq!(spans("Biển số 75L-014.51 và Km6+599."), Vec::<&str>::new());
        assert_eq!(
            spans("Gọi 0912 345 678 hoặc +84 912 345 678."),
            Vec::<&str>::new()
        );
        assert_eq!(
            spans("Tỷ số 3-1, ngày 29/10 lúc 10:30."),
            Vec::<&str>::new()
        );
        assert_eq!(spans("Có một người và một số xe."), Vec::<&str>::new());
        assert_eq!(spans("Sáng thứ Hai, hai ba người đến."), Vec::<&str>::new());
    }

    #[test]
    fn quantities() {
        assert_eq!(
            spans("Giá từ 5 đến 7 triệu đồng, tăng 5-7%, hơn 100 người."),
            ["từ 5 đến 7 triệu đồng", "5-7%", "hơn 100"]
        );
        assert_eq!(spans("đứng thứ hai, 3kg gạo"), ["thứ hai", "3"]);
    }
}
