//! The number grammar: spelled-out Vietnamese numbers, digits, and any mix
//! of the two ("3 tỷ rưỡi", "1 tỷ 200 triệu", "hai phẩy 23").
//!
//! Modelled on text2num: each word is an *instruction* run on an
//! interpreter state (the segments already multiplied by a scale word, and
//! the group of up to three digits being built). After every word the
//! interpreter says what the number would be if it ended there, or that it
//! cannot end there (after "linh", "phẩy", "âm"). The parser keeps the last
//! point where the number could end, so a prefix parse of "hai mươi năm"
//! gives 20 and leaves "năm" (a year) to the caller, and a whole-string
//! parse reports the first word that could not be used.
//!
//! The positions a spelling may take (DESIGN.md, "Numbers and money"):
//! - "mốt", "tư", "lăm"/"nhăm" never start a number; they follow a ten
//!   ("hai mươi mốt", "ba mươi tư", "mười lăm"), form a colloquial pair
//!   ("hai mốt" = 21, "ba lăm" = 35) or stand after a scale word
//!   ("tám nghìn mốt" = 8 100).
//! - "năm" after a ten, as the second of a pair, or alone after a scale word
//!   is the word "year", not 5: "hai mươi năm" is twenty years, "bẩy ngàn
//!   năm" seven thousand years.
//! - A lone unit after "trăm" or a scale word is elliptic: "một trăm hai" =
//!   120, "một nghìn chín" = 1 900, "hai triệu ba" = 2 300 000, "1tr2" =
//!   1 200 000.
//! - "rưỡi" adds half of the word before it: "hai trăm rưỡi" = 250, "một
//!   triệu rưỡi" = 1 500 000, "hai rưỡi" = 2.5.
//! - Scale words must decrease ("3 tỷ 200 triệu 500 nghìn"); a scale word
//!   right after another multiplies ("nghìn tỷ" = 10¹², "triệu tỷ" = 10¹⁵,
//!   "tỷ tỷ" = 10¹⁸).
//! - After "phẩy"/"chấm" come the fraction digits, spoken one by one ("không
//!   năm" = .05), as digits ("phẩy 23") or as a number below 100 ("phẩy hai
//!   mươi ba" = .23); a scale word may follow ("không phẩy hai triệu").

use super::decimal::{Decimal, DecimalError};
use super::digits::{Literal, LiteralError, parse_literal};
use super::lex::{Form, Kind, Token, Word};

/// Grammar switches: the whole-string parser accepts more than the scanner,
/// which must not take "hàng trăm" (hundreds of) or "hai ba người" (two or
/// three people) for numbers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Options {
    /// A bare "trăm", "chục" or scale word is one of it ("trăm" = 100).
    pub bare_multipliers: bool,
    /// A pair of consecutive plain units is a number ("sáu bảy" = 67)
    /// rather than an approximate range (6 or 7).
    pub consecutive_pairs: bool,
    /// "trừ" is a minus sign.
    pub spoken_minus: bool,
    /// A dash with a space before the number is a minus sign ("- 1.200.000").
    pub spaced_sign: bool,
    /// A "+" glued before digits is a sign that keeps the value positive
    /// ("hiệu số +5"), where the caller has ruled out a phone number.
    pub plus_sign: bool,
    /// "t" glued after digits is "tỷ" even with no currency after it.
    pub t_billion: bool,
    /// The input is one whole expression: spoken fractions ("hai trên
    /// mười lăm") and mixed numbers ("5 1/2") are read.
    pub whole: bool,
}

impl Options {
    pub const WHOLE: Options = Options {
        bare_multipliers: true,
        consecutive_pairs: true,
        spoken_minus: true,
        spaced_sign: true,
        plus_sign: false,
        t_billion: false,
        whole: true,
    };
    pub const RUNNING: Options = Options {
        bare_multipliers: false,
        consecutive_pairs: false,
        spoken_minus: false,
        spaced_sign: false,
        plus_sign: false,
        t_billion: false,
        whole: false,
    };
}

/// A number read at the start of a token slice.
#[derive(Clone, Debug)]
pub(crate) struct NumParse {
    pub value: Decimal,
    /// Tokens used.
    pub used: usize,
    /// The smallest scale exponent applied, if any scale word was used.
    pub scale_exp: Option<u32>,
    /// That smallest scale word came right after "trăm" ("3 trăm nghìn"):
    /// a bare first bound before it shares the hundreds ("2-3 trăm
    /// nghìn" is 200 000 to 300 000).
    pub hundreds_scale: bool,
    /// The number is one unit word ("một", "năm"), nothing else.
    pub lone_unit: Option<(u8, Form)>,
    /// The number is one digit run, nothing else.
    pub lone_literal: Option<Literal>,
}

/// Why no number could be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumFail {
    /// The first token does not start a number.
    NotANumber,
    /// A digit run with impossible separators, at this token.
    Separators(usize),
    /// The value does not fit, at this token.
    Overflow(usize),
}

impl From<DecimalError> for NumFail {
    fn from(_: DecimalError) -> NumFail {
        NumFail::Overflow(0)
    }
}

/// Where a unit word stands, which decides what it means if the number ends
/// right after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum After {
    Start,
    Hundreds,
    Scale(u32),
}

#[derive(Clone, Copy, Debug)]
enum Group {
    /// Nothing since the start or the last scale word.
    Empty,
    /// A unit word; `base` is what comes before it in the group.
    Unit {
        base: u32,
        u: u8,
        f: Form,
        after: After,
    },
    /// "X trăm".
    Hundreds(u32),
    /// After "linh"/"lẻ": needs a unit.
    Linh(u32),
    /// After "mười": may take a unit.
    Ten(u32),
    /// After "mươi"/"chục": may take a unit.
    Tens(u32),
    /// A complete group that takes no more digits.
    Done(Decimal),
    /// A digit run.
    Literal(Literal),
}

struct Interp {
    /// Segments already multiplied by their scale word, largest first.
    stack: Vec<(Decimal, u32)>,
    group: Group,
    /// The previous token was a scale word (for "nghìn tỷ").
    just_scaled: bool,
    negative: bool,
    fraction: bool,
    /// Nothing may follow ("rưỡi", a scale after the fraction).
    ended: bool,
    min_exp: Option<u32>,
    /// The last scale word applied came right after "trăm".
    hundreds_scale: bool,
}

fn dec(v: u32) -> Decimal {
    Decimal::from(v)
}

fn pow10_dec(exp: u32) -> Result<Decimal, NumFail> {
    Ok(Decimal::ONE.checked_mul_pow10(i32::try_from(exp).map_err(|_| NumFail::Overflow(0))?)?)
}

/// Forms that cannot start a group.
fn follower_only(f: Form) -> bool {
    matches!(f, Form::Mot2 | Form::Tu | Form::Lam)
}

impl Interp {
    fn new() -> Interp {
        Interp {
            stack: Vec::new(),
            group: Group::Empty,
            just_scaled: false,
            negative: false,
            fraction: false,
            ended: false,
            min_exp: None,
            hundreds_scale: false,
        }
    }

    fn top_exp(&self) -> Option<u32> {
        self.stack.last().map(|&(_, e)| e)
    }

    /// The group's value if the number ended here.
    fn group_value(&self) -> Result<Option<Decimal>, NumFail> {
        Ok(match self.group {
            Group::Empty => (!self.stack.is_empty()).then_some(Decimal::ZERO),
            Group::Unit { base, u, f, after } => match after {
                After::Start => (!follower_only(f)).then(|| dec(base + u32::from(u))),
                After::Hundreds => {
                    if matches!(f, Form::Nam | Form::Khong) {
                        None
                    } else {
                        Some(dec(base + u32::from(u) * 10))
                    }
                }
                After::Scale(e) => {
                    if matches!(f, Form::Nam | Form::Khong) {
                        None
                    } else {
                        Some(dec(u32::from(u)).checked_mul(pow10_dec(e.saturating_sub(1))?)?)
                    }
                }
            },
            Group::Hundreds(h) => Some(dec(h)),
            Group::Linh(_) => None,
            Group::Ten(v) | Group::Tens(v) => Some(dec(v)),
            Group::Done(d) => Some(d),
            Group::Literal(l) => {
                // "1tr2", "7 triệu 5": one digit right after a scale word.
                match self.top_exp() {
                    Some(e) if Self::elliptic_literal(&l) && self.group_after_scale() => {
                        Some(l.value.checked_mul(pow10_dec(e.saturating_sub(1))?)?)
                    }
                    _ => Some(l.value),
                }
            }
        })
    }

    fn elliptic_literal(l: &Literal) -> bool {
        l.digits == 1 && !l.separated
    }

    fn group_after_scale(&self) -> bool {
        !self.stack.is_empty()
    }

    /// The sum of the segments pushed so far, from the first one: a
    /// [`Decimal`] is kept normalized, so adding it to zero would give it
    /// back unchanged, at the cost of two 128-bit multiplications and a
    /// division (speed3 probe).
    fn stack_sum(&self) -> Result<Decimal, NumFail> {
        let mut values = self.stack.iter().map(|&(v, _)| v);
        let Some(mut sum) = values.next() else {
            return Ok(Decimal::ZERO);
        };
        for v in values {
            sum = sum.checked_add(v)?;
        }
        Ok(sum)
    }

    /// The number if it ended here.
    fn value(&self) -> Result<Option<Decimal>, NumFail> {
        let Some(g) = self.group_value()? else {
            return Ok(None);
        };
        // The group alone when nothing was pushed ("2.500", "ba mươi"),
        // not zero plus the group: the same normalized decimal.
        let total = if self.stack.is_empty() {
            g
        } else {
            self.stack_sum()?.checked_add(g)?
        };
        Ok(Some(if self.negative {
            total.checked_neg()?
        } else {
            total
        }))
    }

    /// Applies scale `10^e` to the current group. `Ok(false)`: not here.
    fn scale(&mut self, e: u32) -> Result<bool, NumFail> {
        let compound = matches!(self.group, Group::Empty);
        let g = match self.group {
            // "nghìn tỷ": the scale multiplies the segment just pushed.
            Group::Empty => {
                if !self.just_scaled || self.fraction {
                    return Ok(false);
                }
                Decimal::ZERO
            }
            // "một trăm hai nghìn": the elliptic reading, 120 000.
            Group::Unit {
                base,
                u,
                f,
                after: After::Hundreds,
            } if !matches!(f, Form::Khong) => dec(base + u32::from(u) * 10),
            Group::Unit { f, .. } if follower_only(f) || f == Form::Khong => return Ok(false),
            Group::Unit { base, u, .. } => dec(base + u32::from(u)),
            Group::Linh(_) => return Ok(false),
            Group::Literal(l) => l.value,
            _ => match self.group_value()? {
                Some(v) => v,
                None => return Ok(false),
            },
        };
        if !compound && g.is_zero() {
            return Ok(false);
        }
        // Which segments the scale word multiplies besides the group: the
        // one just pushed for a compound ("nghìn tỷ", "tỷ tỷ"), and for
        // "tỷ", every smaller one too ("hai trăm ba mươi nghìn năm trăm
        // tỷ"): tỷ is the unit large numbers are counted in.
        let mut keep = self.stack.len();
        if compound {
            // "tỷ" counts billions of anything ("một nghìn tỷ tỷ" = 10²¹);
            // a smaller scale only multiplies a smaller one ("nghìn triệu").
            match self.stack.last() {
                Some(&(_, e0)) if e0 <= e || e == 9 => keep -= 1,
                _ => return Ok(false),
            }
        }
        if e == 9 {
            while keep > 0 && self.stack.get(keep - 1).is_some_and(|&(_, e0)| e0 < e) {
                keep -= 1;
            }
        }
        let popped = self.stack.get(keep..).unwrap_or_default();
        let max_popped = popped.iter().map(|&(_, e0)| e0).max();
        let mut sum = g;
        for &(v, _) in popped {
            sum = sum.checked_add(v)?;
        }
        let exp = e + max_popped.unwrap_or(0);
        let scaled = sum.checked_mul(pow10_dec(e)?)?;
        if let Some(&(_, top)) = keep.checked_sub(1).and_then(|k| self.stack.get(k)) {
            // Scales decrease, and the segment fits below the previous one.
            if top <= exp || scaled >= pow10_dec(top)? {
                return Ok(false);
            }
        }
        self.stack.truncate(keep);
        self.stack.push((scaled, exp));
        self.min_exp = Some(exp);
        self.group = Group::Empty;
        if self.fraction {
            self.ended = true;
        }
        Ok(true)
    }

    /// "rưỡi": half of the word before it.
    fn half(&mut self) -> Result<bool, NumFail> {
        let half = match self.group {
            Group::Empty => match self.stack.last_mut() {
                Some((v, e)) if self.just_scaled => {
                    *v = v.checked_add(Decimal::from(5u32).checked_mul_pow10(*e as i32 - 1)?)?;
                    self.ended = true;
                    return Ok(true);
                }
                _ => return Ok(false),
            },
            Group::Hundreds(h) => dec(h + 50),
            Group::Tens(v) if v % 10 == 0 => dec(v + 5),
            Group::Unit {
                base: 0,
                u,
                f,
                after: After::Start,
            } if !follower_only(f) && f != Form::Khong => {
                dec(u32::from(u)).checked_add(Decimal::new(5, 1)?)?
            }
            Group::Literal(l) if self.stack.is_empty() && !l.separated => {
                l.value.checked_add(Decimal::new(5, 1)?)?
            }
            _ => return Ok(false),
        };
        self.group = Group::Done(half);
        self.ended = true;
        Ok(true)
    }

    /// A unit word.
    fn unit(&mut self, u: u8, f: Form, opts: Options) -> bool {
        let next = match self.group {
            Group::Empty => {
                if self.stack.is_empty() {
                    if follower_only(f) {
                        return false;
                    }
                    Group::Unit {
                        base: 0,
                        u,
                        f,
                        after: After::Start,
                    }
                } else {
                    match self.top_exp() {
                        Some(e) if self.just_scaled => Group::Unit {
                            base: 0,
                            u,
                            f,
                            after: After::Scale(e),
                        },
                        _ => return false,
                    }
                }
            }
            Group::Unit {
                base,
                u: u1,
                f: f1,
                after,
            } => {
                // A colloquial pair: "hai mốt" = 21, "năm lăm" = 55.
                let first_ok = u1 >= 2 && matches!(f1, Form::Plain | Form::Bon | Form::Nam);
                let second_ok = u >= 1
                    && matches!(
                        f,
                        Form::Plain | Form::Bon | Form::Tu | Form::Lam | Form::Mot2
                    );
                let consecutive = matches!(f, Form::Plain | Form::Bon) && u == u1 + 1;
                // "năm" then a plain unit is no pair: "40 năm hai nước",
                // "mỗi năm hai khu", "sinh viên năm ba", "năm bảy phòng"
                // (five or seven) are a year, a class year or a vague
                // amount, never 52, 53, 57; only the marked forms pair
                // with it ("năm lăm", "năm tư", "năm mốt"). A doubled "hai"
                // ("hai hai ngư dân") is a typo, not 22 (an eleventh number
                // probe); "chín chín" (99) still pairs. After "trăm" the pair
                // is the tens and units ("hai trăm năm chín" = 259, as NeMo's
                // Vietnamese grammar reads it).
                let plain_second = matches!(f, Form::Plain | Form::Bon);
                let year_like = f1 == Form::Nam && after != After::Hundreds;
                let no_pair = plain_second && (year_like || (u == 2 && u1 == 2));
                if !first_ok || !second_ok || no_pair || (consecutive && !opts.consecutive_pairs) {
                    return false;
                }
                Group::Done(dec(base + u32::from(u1) * 10 + u32::from(u)))
            }
            Group::Hundreds(h) => {
                if f == Form::Khong {
                    return false;
                }
                Group::Unit {
                    base: h,
                    u,
                    f,
                    after: After::Hundreds,
                }
            }
            Group::Linh(base) => {
                if u == 0 || f == Form::Mot2 {
                    return false;
                }
                Group::Done(dec(base + u32::from(u)))
            }
            Group::Ten(v) => {
                if u == 0 || matches!(f, Form::Nam | Form::Mot2) {
                    return false;
                }
                Group::Done(dec(v + u32::from(u)))
            }
            Group::Tens(v) => {
                if u == 0 || f == Form::Nam {
                    return false;
                }
                Group::Done(dec(v + u32::from(u)))
            }
            Group::Done(_) | Group::Literal(_) => return false,
        };
        self.group = next;
        true
    }

    /// "trăm".
    fn hundred(&mut self, opts: Options) -> bool {
        let next = match self.group {
            Group::Unit {
                base: 0,
                u,
                f,
                after: After::Start | After::Scale(_),
            } if !follower_only(f) => Group::Hundreds(u32::from(u) * 100),
            Group::Literal(l) if !l.separated && l.digits == 1 && !self.fraction => {
                match l.value.to_i128() {
                    Some(d) if (1..=9).contains(&d) => Group::Hundreds(d as u32 * 100),
                    _ => return false,
                }
            }
            Group::Empty if self.stack.is_empty() && opts.bare_multipliers => Group::Hundreds(100),
            _ => return false,
        };
        self.group = next;
        true
    }

    /// "mươi" (`chuc` false) or "chục" (`chuc` true).
    fn tens(&mut self, chuc: bool, opts: Options) -> bool {
        let next = match self.group {
            Group::Unit { base, u, f, .. } => {
                let ok = if chuc {
                    u >= 1 && !follower_only(f) && f != Form::Khong
                } else {
                    u >= 2 && matches!(f, Form::Plain | Form::Bon | Form::Nam)
                };
                if !ok {
                    return false;
                }
                Group::Tens(base + u32::from(u) * 10)
            }
            Group::Empty if chuc && self.stack.is_empty() && opts.bare_multipliers => {
                Group::Tens(10)
            }
            _ => return false,
        };
        self.group = next;
        true
    }

    /// "mười".
    fn ten(&mut self) -> bool {
        let next = match self.group {
            Group::Empty if self.stack.is_empty() || self.just_scaled => Group::Ten(10),
            Group::Hundreds(h) => Group::Ten(h + 10),
            _ => return false,
        };
        self.group = next;
        true
    }

    /// "linh"/"lẻ".
    fn linh(&mut self) -> bool {
        let next = match self.group {
            Group::Hundreds(h) => Group::Linh(h),
            Group::Empty if self.just_scaled => Group::Linh(0),
            _ => return false,
        };
        self.group = next;
        true
    }

    /// A digit run in word context.
    fn literal(&mut self, tok: &Token<'_>) -> Result<bool, NumFail> {
        let lit = match parse_literal(tok.text) {
            Ok(l) => l,
            Err(LiteralError::Overflow) => return Err(NumFail::Overflow(0)),
            Err(LiteralError::Separators) => return Err(NumFail::Separators(0)),
        };
        match self.group {
            Group::Empty if self.stack.is_empty() => {}
            Group::Empty if self.just_scaled && !self.fraction => {
                // "1 tỷ 200 triệu": the group must fit below the scale.
                let Some(top) = self.top_exp() else {
                    return Ok(false);
                };
                if lit.leading_zero || lit.value >= pow10_dec(top)? || lit.value.is_negative() {
                    return Ok(false);
                }
                // "1tr2" is glued; "1 tỷ200" is not a thing.
            }
            _ => return Ok(false),
        }
        self.group = Group::Literal(lit);
        Ok(true)
    }
}

/// Reads fraction digits after "phẩy"/"chấm", starting at `toks[0]`.
/// Returns the fraction (below one) and the tokens used.
fn fraction_digits(toks: &[Token<'_>]) -> Option<(Decimal, usize)> {
    let first = toks.first()?;
    if first.kind == Kind::Digits {
        // "1 phẩy 1", "hai phẩy 23": plain digits only.
        let text = first.text;
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let digits: String = text.to_string();
        return digits_to_fraction(&digits).map(|d| (d, 1));
    }
    // "phẩy hai mươi ba": a number below one hundred, read as its digits.
    let tens = match (first.word, toks.get(1).map(|t| t.word)) {
        (Word::Muoi10, next) => {
            let unit = match next {
                Some(Word::Unit(u, f)) if u >= 1 && !matches!(f, Form::Nam | Form::Mot2) => Some(u),
                _ => None,
            };
            Some((
                10 + u32::from(unit.unwrap_or(0)),
                1 + usize::from(unit.is_some()),
            ))
        }
        (Word::Unit(u, f), Some(Word::Muoi)) if u >= 2 && !follower_only(f) => {
            let unit = match toks.get(2).map(|t| t.word) {
                Some(Word::Unit(u2, f2)) if u2 >= 1 && f2 != Form::Nam => Some(u2),
                _ => None,
            };
            Some((
                u32::from(u) * 10 + u32::from(unit.unwrap_or(0)),
                2 + usize::from(unit.is_some()),
            ))
        }
        _ => None,
    };
    if let Some((value, used)) = tens {
        return digits_to_fraction(&value.to_string()).map(|d| (d, used));
    }
    // "không năm": one digit per word.
    let mut digits = String::new();
    for tok in toks {
        match tok.word {
            Word::Unit(u, _) => digits.push(char::from(b'0' + u)),
            _ => break,
        }
    }
    let used = digits.len();
    digits_to_fraction(&digits).map(|d| (d, used))
}

fn digits_to_fraction(digits: &str) -> Option<Decimal> {
    if digits.is_empty() {
        return None;
    }
    let mut m: i128 = 0;
    for b in digits.bytes() {
        m = m.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
    }
    Decimal::new(m, u32::try_from(digits.len()).ok()?).ok()
}

/// Most tokens one number may take: far more than any real number needs,
/// and a bound on the work per position for the scanner.
pub(crate) const MAX_TOKENS: usize = 64;

/// Reads the longest number at the start of `toks`.
pub(crate) fn parse_prefix(toks: &[Token<'_>], opts: Options) -> Result<NumParse, NumFail> {
    let mut it = Interp::new();
    let mut i = 0;
    // A sign: "âm", "trừ", or "-" glued to the number (or spaced, where
    // the caller knows a sign stands there: "- 1.200.000" alone).
    if let Some(first) = toks.first() {
        let glued_next = toks.get(1).is_some_and(|t| !t.space_before);
        let digits_next = toks.get(1).is_some_and(|t| t.kind == Kind::Digits);
        let sign = match first.word {
            Word::Am => true,
            Word::Tru => opts.spoken_minus,
            _ => {
                matches!(first.kind, Kind::Sym('-' | '−'))
                    && (glued_next || (opts.spaced_sign && digits_next))
            }
        };
        if sign {
            it.negative = true;
            i = 1;
        } else if opts.plus_sign && first.is_sym('+') && glued_next && digits_next {
            i = 1;
        }
    }
    let start = i;
    // ",77": a fraction with no integer part.
    if let (Some(comma), Some(digits)) = (toks.get(i), toks.get(i + 1)) {
        let plain = digits.text.bytes().all(|b| b.is_ascii_digit());
        if comma.is_sym(',') && digits.kind == Kind::Digits && !digits.space_before && plain {
            if let Some(frac) = digits_to_fraction(digits.text) {
                it.group = Group::Done(frac);
                it.fraction = true;
                i += 2;
            }
        }
    }
    let mut best: Option<(usize, Decimal)> = None;
    if it.fraction {
        if let Some(v) = it.value().map_err(|e| at(e, i))? {
            best = Some((i, v));
        }
    }
    // The first token's digit run as `step` read it, so that a number of
    // that one run need not be read twice (`first_literal`).
    let mut first_lit = None;
    while i < toks.len() && i < MAX_TOKENS && !it.ended {
        let Some(tok) = toks.get(i) else { break };
        let was_scale = matches!(tok.word, Word::Scale(_) | Word::Abbrev(_));
        let first_step = i == start;
        let used = match step(&mut it, toks, i, opts) {
            Ok(n) => n,
            Err(e) => {
                // A failure after a complete number ends the number there;
                // a failure on the first token is the caller's error.
                if best.is_some() {
                    break;
                }
                return Err(at(e, i));
            }
        };
        if used == 0 {
            break;
        }
        if first_step {
            first_lit = first_literal(&it);
        }
        it.just_scaled = was_scale;
        i += used;
        if let Some(v) = it.value().map_err(|e| at(e, i - 1))? {
            best = Some((i, v));
        }
    }
    let Some((used, value)) = best else {
        return Err(NumFail::NotANumber);
    };
    let body = toks.get(start..used).unwrap_or_default();
    let lone_unit = match body {
        [t] => match t.word {
            Word::Unit(u, f) => Some((u, f)),
            _ => None,
        },
        _ => None,
    };
    let lone_literal = match body {
        [t] if t.kind == Kind::Digits => first_lit.or_else(|| parse_literal(t.text).ok()),
        _ => None,
    };
    Ok(NumParse {
        value,
        used,
        scale_exp: it.min_exp,
        hundreds_scale: it.hundreds_scale,
        lone_unit,
        lone_literal,
    })
}

/// The digit run the interpreter holds right after reading the first
/// token of a number ("2.500" in "2.500 người"), which is what
/// [`parse_literal`] gives for that token: [`parse_prefix`] keeps it for a
/// number of that one run (`NumParse::lone_literal`) instead of reading
/// the run a second time (about 19,000 of the 4 MB bench's 41,000 reads,
/// 6M instructions; speed3 probe).
fn first_literal(it: &Interp) -> Option<Literal> {
    match it.group {
        Group::Literal(lit) => Some(lit),
        _ => None,
    }
}

fn at(e: NumFail, i: usize) -> NumFail {
    match e {
        NumFail::Overflow(_) => NumFail::Overflow(i),
        NumFail::Separators(_) => NumFail::Separators(i),
        other => other,
    }
}

/// "1,2 triệu một kg", "2 tỷ một m2 đất", "2,2 triệu một tháng", "trăm
/// nghìn một kg": "một" right after a scale word ("nghìn", "ngàn", "vạn",
/// "triệu", "tỷ") and before a word on its line that is no number word
/// (a unit, a unit of time, a noun) is "per one", the price's per, not the
/// elliptic digit ("hai triệu một" = 2 100 000): the number ends at the
/// scale word. "năm" after it is the year ("2 triệu một năm") unless a
/// number word follows. "hai triệu một", "hai triệu một trăm nghìn",
/// "tám nghìn mốt" are read as before.
fn per_one_before_noun(toks: &[Token<'_>], i: usize) -> bool {
    let (Some(one), Some(scale)) = (toks.get(i), i.checked_sub(1).and_then(|p| toks.get(p))) else {
        return false;
    };
    if !matches!(one.word, Word::Unit(1, Form::Mot))
        || !matches!(scale.word, Word::Scale(3 | 4 | 6 | 9))
    {
        return false;
    }
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    if next.kind != Kind::Word || !next.space_before || next.line_before {
        return false;
    }
    match next.word {
        Word::Other => true,
        Word::Unit(5, Form::Nam) => !toks
            .get(i + 2)
            .is_some_and(|t| t.kind == Kind::Word && t.space_before && t.word != Word::Other),
        _ => false,
    }
}

/// "tại 48 Vạn Phúc" (a street), "bộ ba Triệu Vy - Lâm Tâm Như" (the trio
/// of Triệu Vy …): a scale word written with a capital after a space,
/// right after digits or a lowercase word and before a capitalized word,
/// starts a name ("Vạn Phúc", "Triệu Vy"), as a unit word with a capital
/// inside a sentence does ("50 Ngày châu Phi", the dur1 probe): the number
/// ends before it and keeps its own reading ("ba" → 3). A headline in
/// title case ("Hai Triệu Người"), where the word before is capitalized
/// too, a line in capitals ("HAI TRIỆU"), a code after it ("5 Triệu USD")
/// and a lowercase word after it ("5 Triệu đồng") are read as before.
fn scale_starts_name(toks: &[Token<'_>], i: usize) -> bool {
    let (Some(scale), Some(prev), Some(next)) = (
        toks.get(i),
        i.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(i + 1),
    ) else {
        return false;
    };
    let capitalized = |t: &Token<'_>| {
        t.kind == Kind::Word
            && t.text.starts_with(char::is_uppercase)
            && t.text.chars().any(char::is_lowercase)
    };
    let prev_lower = prev.kind == Kind::Digits
        || (prev.kind == Kind::Word && prev.text.starts_with(char::is_lowercase));
    scale.space_before
        && next.space_before
        && !next.line_before
        && prev_lower
        && capitalized(scale)
        && capitalized(next)
}

/// Runs one instruction; returns the number of tokens used (0: stop).
fn step(it: &mut Interp, toks: &[Token<'_>], i: usize, opts: Options) -> Result<usize, NumFail> {
    let Some(tok) = toks.get(i) else {
        return Ok(0);
    };
    if it.fraction && !matches!(tok.word, Word::Scale(_) | Word::Abbrev(_)) {
        return Ok(0);
    }
    let ok = match (tok.kind, tok.word) {
        (Kind::Digits, _) => {
            // A digit run glued to what precedes it is part of something
            // else ("tỷ200", "A320"), except "1tr2" and a glued sign.
            let after_abbrev = i
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| matches!(p.word, Word::Abbrev(_)));
            let at_start = matches!(it.group, Group::Empty) && it.stack.is_empty();
            if i > 0 && !tok.space_before && !after_abbrev && !at_start {
                return Ok(0);
            }
            it.literal(tok)?
        }
        (Kind::Word, Word::Unit(u, f)) => {
            // "năm ba mươi tuổi": "ba" starts "ba mươi", it does not pair
            // with "năm" into 53.
            let next = toks.get(i + 1).map(|t| t.word);
            let starts_tens = matches!(next, Some(Word::Muoi | Word::Chuc | Word::Tram));
            if matches!(it.group, Group::Literal(_))
                || (matches!(it.group, Group::Unit { .. }) && starts_tens)
                || per_one_before_noun(toks, i)
            {
                false
            } else {
                it.unit(u, f, opts)
            }
        }
        (Kind::Word, Word::Muoi10) => it.ten(),
        (Kind::Word, Word::Muoi) => it.tens(false, opts),
        (Kind::Word, Word::Chuc) => it.tens(true, opts),
        (Kind::Word, Word::Tram) => it.hundred(opts),
        (Kind::Word, Word::Linh) => it.linh(),
        (Kind::Word, Word::Ruoi) => it.half()?,
        (Kind::Word, Word::Scale(_)) if scale_starts_name(toks, i) => false,
        (Kind::Word, Word::Scale(e)) => {
            if matches!(it.group, Group::Empty) && it.stack.is_empty() {
                // A bare "nghìn" (whole-string mode only) is one thousand.
                if !opts.bare_multipliers || it.negative {
                    return Ok(0);
                }
                it.group = Group::Unit {
                    base: 0,
                    u: 1,
                    f: Form::Mot,
                    after: After::Start,
                };
            }
            let after_tram = i
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| p.word == Word::Tram);
            let ok = it.scale(e)?;
            if ok {
                it.hundreds_scale = after_tram;
            }
            ok
        }
        (Kind::Word, Word::Abbrev(e)) => {
            // "100k", "5tr", "3M": right after digits ("5 tr" too, but not
            // "k" or "M" after a space: those are letters of other words).
            let glued = !tok.space_before;
            let literal = matches!(it.group, Group::Literal(_)) || it.fraction;
            let spaced_ok = e == 6 && tok.folded == "tr";
            if !literal || !(glued || spaced_ok) {
                return Ok(0);
            }
            it.scale(e)?
        }
        (Kind::Word, Word::Point) => {
            if it.fraction {
                return Ok(0);
            }
            let int_ok = match it.group {
                Group::Literal(l) => !l.separated,
                _ => true,
            };
            let Some(int) = it.value_unsigned()? else {
                return Ok(0);
            };
            if !int_ok {
                return Ok(0);
            }
            let Some((frac, used)) = toks.get(i + 1..).and_then(fraction_digits) else {
                return Ok(0);
            };
            // Fold the integer part of the group into a `Done` group.
            let group_int = int.checked_sub(it.stack_sum()?)?;
            it.group = Group::Done(group_int.checked_add(frac)?);
            it.fraction = true;
            return Ok(1 + used);
        }
        _ => false,
    };
    Ok(usize::from(ok))
}

impl Interp {
    /// The value ignoring the sign, if the number could end here.
    fn value_unsigned(&self) -> Result<Option<Decimal>, NumFail> {
        let Some(g) = self.group_value()? else {
            return Ok(None);
        };
        Ok(Some(self.stack_sum()?.checked_add(g)?))
    }
}

#[cfg(test)]
mod tests {
    use super::super::lex::tokens;
    use super::*;

    fn read(s: &str) -> Option<(String, usize)> {
        let toks = tokens(s);
        parse_prefix(&toks, Options::WHOLE)
            .ok()
            .map(|p| (p.value.to_string(), p.used))
    }

    fn whole(s: &str) -> Option<String> {
        let toks = tokens(s);
        match parse_prefix(&toks, Options::WHOLE) {
            Ok(p) if p.used == toks.len() => Some(p.value.to_string()),
            _ => None,
        }
    }

    #[test]
    fn spelled_grammar() {
        for (input, want) in [
            ("hai mươi mốt", "21"),
            ("một trăm lẻ tư", "104"),
            ("một trăm mốt", "110"),
            ("tám trăm rưỡi", "850"),
            ("một ngàn chín lăm", "1095"),
            ("một trăm bốn bảy nghìn bốn trăm năm mốt", "147451"),
            ("hai trăm năm chín", "259"),
            ("bốn mươi hai nghìn hai trăm năm chín", "42259"),
            (
                "một triệu không trăm năm mươi sáu ngàn một trăm bảy mươi ba",
                "1056173",
            ),
            (
                "một trăm tỉ năm trăm chín ba triệu không trăm bảy mươi hai nghìn chín trăm sáu mốt",
                "100593072961",
            ),
            ("âm một ngàn chín", "-1900"),
            ("bốn tỷ lẻ năm chấm hai ba bốn", "4000000005.234"),
            ("một triệu phẩy không không không một", "1000000.0001"),
            ("âm chín chín chấm chín lăm tỷ", "-99950000000"),
            ("một tỷ tỷ", "1000000000000000000"),
            ("một nghìn tỷ", "1000000000000"),
            ("3 tỷ rưỡi", "3500000000"),
            ("một triệu rưỡi", "1500000"),
            ("hai trăm rưỡi", "250"),
            ("1tr2", "1200000"),
            ("1.000tr", "1000000000"),
            ("100k", "100000"),
            ("3 triệu 500 nghìn", "3500000"),
            ("1 tỷ 200 triệu", "1200000000"),
            ("2,5 triệu", "2500000"),
            ("hai phẩy 23", "2.23"),
            ("sáu mươi phẩy hai bốn không", "60.24"),
            ("không phẩy hai triệu", "200000"),
            ("mười tám vạn", "180000"),
            ("trăm", "100"),
            ("-1,2M", "-1200000"),
            (",0012G", "1200000"),
            ("-,0012G", "-1200000"),
            ("hai chục", "20"),
            ("hai mươi mốt nghìn không trăm mười một", "21011"),
            ("một tỉ một triệu một trăm", "1001000100"),
            ("hai trăm ba mươi nghìn năm trăm tỷ", "230500000000000"),
            ("hai triệu ba trăm nghìn tỷ", "2300000000000000"),
            ("một nghìn tỷ hai trăm tỷ", "1200000000000"),
            ("hai nghìn tỷ tỷ", "2000000000000000000000"),
            ("chín tỷ tỷ không trăm linh một tỷ", "9000000001000000000"),
        ] {
            assert_eq!(whole(input).as_deref(), Some(want), "{input}");
        }
    }

    #[test]
    fn prefixes_stop_before_years() {
        assert_eq!(read("hai mươi năm"), Some(("20".into(), 2)));
        assert_eq!(read("bẩy ngàn năm"), Some(("7000".into(), 2)));
        assert_eq!(read("ba năm"), Some(("3".into(), 1)));
        assert_eq!(read("mười lăm năm"), Some(("15".into(), 2)));
        assert_eq!(read("hai nghìn ba nghìn"), Some(("2300".into(), 3)));
        assert_eq!(read("mốt"), None);
        assert_eq!(read("năm ba mươi tuổi"), Some(("5".into(), 1)));
        assert_eq!(read("linh"), None);
    }
}
