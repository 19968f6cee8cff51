//! Quantities around a number: qualifier words, intervals, currencies,
//! percent signs and ordinals. Shared by the whole-string parsers and the
//! scanner, which differ only in [`Options`].
//!
//! ```text
//! entity   := qualifier? ( ordinal | ("từ" | "giữa")? qualifier? bound (connector qualifier? bound)? "nữa"? )
//! bound    := currency? number ( ("%" | "phần trăm" | currency cents? | unit) per? )?
//! cents    := "và"? number ("xu" | "xen" | "cent")?
//! per      := ("/" | "trên" | "mỗi" | "một") unit
//! fraction := number ("/" | "phần") number          -- "3/4", "một phần tư"
//!           | number ("trên" | "chia") number       -- whole strings only
//!           | integer (fraction | "và" fraction)    -- "5 1/2", whole strings only
//! ```
//!
//! A qualifier after "từ" or after a worded connector ("đến", "tới") is
//! that bound's own ("từ 2 triệu đến dưới 50 triệu đồng"), when the whole
//! interval has none.
//!
//! In an interval the unit written on one bound applies to both ("5-7%",
//! "$10-20"), and so does the scale word of the second bound when the first
//! has none and stays below it ("từ 5 đến 7 triệu đồng" is 5–7 million).

use super::currency::{Currency, CurrencyMatch, match_currency};
use super::decimal::Decimal;
use super::lex::{Kind, Token, Word};
use super::quantity::{
    Fraction, Measure, Money, Number, Ordinal, Percent, Qualifier, Quantity, Value,
};
use super::unit::{self, match_unit};
use super::words::{NumFail, NumParse, Options, parse_prefix};
use crate::lex::Word as Vocab;
use crate::qualifier;

/// The qualifier phrase of the number grammar at the start of `toks`
/// (the one table, [`crate::qualifier`]): the qualifier and its token
/// count. Besides the table, the number grammar's own guards: "trên 2
/// sàn" is no bound, and a modal may stand after "không"
/// ([`negated_bound_with_modal`]); "quanh" and "cỡ" before a bare count
/// and "vượt quá" are the scanner's (`number::scan`).
pub(crate) fn match_qualifier(toks: &[Token<'_>]) -> Option<(Qualifier, usize)> {
    // Most calls start at a word no qualifier starts with: one `match` on
    // the first word (`qualifier::may_start`, inside `qualifier::read`).
    let first = toks.first()?.vocab;
    if !qualifier::may_start(first) {
        return None;
    }
    // "trên 2 sàn", "trên hai sàn": on two exchanges, a place, not "more
    // than two".
    if first == Vocab::Tren
        && toks
            .get(1)
            .is_some_and(|t| t.kind == Kind::Digits || t.word != Word::Other)
        && toks.get(2).is_some_and(|t| t.is("sàn"))
    {
        return None;
    }
    qualifier::read(qualifier::Grammar::Numbers, |k| {
        toks.get(k).map(|t| t.vocab)
    })
    .or_else(|| negated_bound_with_modal(toks))
}

/// "không được vượt quá 5 ngày", "không được thấp hơn 30m2", "không thể
/// dưới 100 km/h", "không được phép quá 30g": a modal ("được", "được
/// phép", "thể") between "không" and the bound leaves the bound as it is
/// without one (at most, at least), all of it in the span (CONVENTIONS.md,
/// "Settled in the money17 probe"). Only the bounds, not "không tới",
/// "không đến" (less than: "không thể đến 5" is no amount;
/// `qualifier::read_after_modal`).
fn negated_bound_with_modal(toks: &[Token<'_>]) -> Option<(Qualifier, usize)> {
    if toks.first()?.vocab != Vocab::Khong {
        return None;
    }
    let modal = match toks.get(1).map(|t| t.vocab) {
        Some(Vocab::Duoc) if toks.get(2).is_some_and(|t| t.vocab == Vocab::Phep) => 2,
        Some(Vocab::Duoc | Vocab::The2) => 1,
        _ => return None,
    };
    let rest = toks.get(1 + modal..)?;
    qualifier::read_after_modal(qualifier::Grammar::Numbers, |k| {
        rest.get(k).map(|t| t.vocab)
    })
    .map(|(q, n)| (q, 1 + modal + n))
}

/// True when `toks` starts with the folded words `words`.
fn starts_with_words(toks: &[Token<'_>], words: &[&str]) -> bool {
    toks.len() >= words.len() && toks.iter().zip(words).all(|(t, w)| t.is(w))
}

/// What a bound carries besides its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    None,
    Percent,
    Money(Currency),
    Measure(unit::Unit),
}

/// One number with its unit.
#[derive(Clone, Debug)]
pub(crate) struct Bound {
    pub value: Decimal,
    pub unit: Unit,
    pub num: NumParse,
    /// Tokens used, from the bound's start.
    pub used: usize,
    /// Token index (from the bound's start) where the number itself starts.
    pub num_start: usize,
    /// Token index (from the bound's start) of the unit, if any.
    pub unit_at: Option<usize>,
    /// For a rate, the unit it is per ("đồng/lít").
    pub per: Option<unit::Unit>,
    /// For a rate per a number of units ("đồng/3 tháng"), that number.
    pub per_count: Option<u32>,
    /// For a rate per two things ("đồng/hộ/tháng"), the second (`month`).
    pub and_per: Option<unit::Unit>,
    /// The digits' one comma was read as an English thousands separator
    /// ("688,000 VNĐ", "4,753 người", "63,000 lái xe").
    pub thousands_comma: bool,
}

/// Why no entity could be read, and at which token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Fail {
    pub at: usize,
    pub what: FailWhat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FailWhat {
    NotANumber,
    Separators,
    Overflow,
    /// "từ" without its "đến", an interval with bounds out of order, or
    /// bounds in different units.
    BadInterval,
    /// An ordinal that is not a positive integer.
    BadOrdinal,
}

fn fail(at: usize, e: NumFail) -> Fail {
    match e {
        NumFail::NotANumber => Fail {
            at,
            what: FailWhat::NotANumber,
        },
        NumFail::Separators(i) => Fail {
            at: at + i,
            what: FailWhat::Separators,
        },
        NumFail::Overflow(i) => Fail {
            at: at + i,
            what: FailWhat::Overflow,
        },
    }
}

fn is_percent(toks: &[Token<'_>]) -> Option<usize> {
    let first = toks.first()?;
    if first.is_sym('%') {
        return Some(1);
    }
    if starts_with_words(toks, &["phần", "trăm"]) {
        return Some(2);
    }
    None
}

/// Hundredths after a currency: "23 xu", "và 23 xen", "và bốn mươi hai xu",
/// or a bare "23" in "hai đô 23".
fn cents(toks: &[Token<'_>]) -> Option<(Decimal, usize)> {
    let mut i = usize::from(toks.first().is_some_and(|t| t.is("và")));
    let num = parse_prefix(toks.get(i..)?, Options::RUNNING).ok()?;
    let v = num.value.to_i128()?;
    if !(1..=99).contains(&v) || num.lone_literal.is_some_and(|l| l.separated) {
        return None;
    }
    i += num.used;
    let named = toks
        .get(i)
        .is_some_and(|t| matches!(t.folded.as_ref(), "xu" | "xen" | "cent" | "cents"));
    if named {
        i += 1;
    } else {
        // A bare "23" only ends an amount: "hai đô 23", not "2 đô 23 người".
        let next_is_text = toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Digits));
        if next_is_text {
            return None;
        }
    }
    Some((Decimal::new(v, 2).ok()?, i))
}

/// "/lít", "trên giờ", "mỗi năm", "một kg": the unit a rate is per.
fn per_unit(toks: &[Token<'_>]) -> Option<(unit::Unit, usize)> {
    let first = toks.first()?;
    let n =
        usize::from(first.is_sym('/') || first.is("trên") || first.is("mỗi") || first.is("một"));
    // "nặng tới 63 kg Một người đàn ông …", "chạy được 20 m Một ngày
    // sau": a capital starts the next sentence (a caption or a headline
    // glued without its stop), not a per (measure11 probe).
    if n == 0 || (!first.is_sym('/') && first.text.starts_with(char::is_uppercase)) {
        return None;
    }
    // "lít/100km", "lít/100 km": fuel use per a hundred kilometres.
    let hundred = toks
        .get(n)
        .is_some_and(|t| t.kind == Kind::Digits && t.text == "100");
    if first.is_sym('/') && hundred {
        let km = toks.get(n + 1..).and_then(|r| match_unit(r, true));
        if km.is_some_and(|m| m.unit.symbol() == "km" && m.len == 1) {
            return Some((unit::Unit::from_symbol("100km")?, n + 2));
        }
    }
    // "3.000 đồng/1kg", "10.000 đồng/1 kg": per one unit is per the unit.
    let one = first.is_sym('/')
        && toks
            .get(n)
            .is_some_and(|t| t.kind == Kind::Digits && t.text == "1" && !t.space_before);
    let n = n + usize::from(one);
    let rest = toks.get(n..)?;
    let m = if first.is_sym('/') {
        unit::match_unit_after_slash(rest)?
    } else if first.is("mỗi") {
        unit::match_unit_after_each(rest)?
    } else {
        match_unit(rest, false)?
    };
    // "tăng 5% trên năm 2020": a time unit before digits names a date.
    if names_a_date(m.unit, toks.get(n + m.len..)) {
        return None;
    }
    Some((m.unit, n + m.len))
}

/// True when a unit of time is followed by digits: "trên năm 2020",
/// "/3 năm 2020" name a date, not a per.
fn names_a_date(u: unit::Unit, after: Option<&[Token<'_>]>) -> bool {
    u.dimension() == unit::Dimension::Time
        && after
            .and_then(<[_]>::first)
            .is_some_and(|t| t.kind == Kind::Digits)
}

/// "810.000đ/3 tháng", "15%/3 năm", "5 triệu đồng/5 người", "100mm/6
/// giờ": a rate per a number (2 to 999, in digits) of a unit of time, or,
/// for money, of a counted thing ("đồng/2 buổi"): the number, the unit and
/// the tokens used. "/1 kg" is per the unit and "/100km" the unit of fuel
/// use ([`per_unit`]); a unit of time before digits names a date ("/3
/// năm 2020"). Two measures or two prices joined by a slash are two specs,
/// not a rate ("6V/ 10Ah", "4GB/6GB", "563 mã lực/750 Nm", "1.000USD/ 600
/// EUR"), and so is a length per a count ("0,721 km/87 hộ", a share).
fn counted_per(toks: &[Token<'_>], money: bool) -> Option<(u32, unit::Unit, usize)> {
    let [slash, count, ..] = toks else {
        return None;
    };
    if !slash.is_sym('/') || slash.space_before || count.kind != Kind::Digits || count.line_before {
        return None;
    }
    let n: u32 = count
        .text
        .parse()
        .ok()
        .filter(|n| (2..=999).contains(n) && *n != 100)?;
    let rest = toks.get(2..)?;
    let m = unit::match_unit_after_slash(rest)?;
    let time = m.unit.dimension() == unit::Dimension::Time;
    let counted = money && m.unit.dimension() == unit::Dimension::Count;
    let currency = match_currency(rest, false).is_some();
    if !(time || counted) || currency || names_a_date(m.unit, rest.get(m.len..)) {
        return None;
    }
    Some((n, m.unit, 2 + m.len))
}

/// "5 triệu tấn thép/năm", "300-400 tấn cá/ha", "20.000m3 nước/ngày
/// đêm", "1,85 lít xăng/100 km": the noun measured (one to three lowercase
/// words) between a measure and its per, a time, an area or a hundred
/// kilometres, leaves one rate, as a reader reads it;
/// "3,5mm vào/ra" is no rate.
fn per_after_noun(toks: &[Token<'_>]) -> Option<(unit::Unit, usize)> {
    let noun = |t: &Token<'_>| {
        t.kind == Kind::Word
            && t.space_before
            && !t.line_before
            && t.word == Word::Other
            && t.text.starts_with(char::is_lowercase)
    };
    // "16 triệu tấn hàng hóa mỗi năm": "mỗi" (each) says the per as a
    // glued slash does.
    let slash = |t: &Token<'_>| {
        (t.is_sym('/') && !t.space_before) || (t.is("mỗi") && t.space_before && !t.line_before)
    };
    let k = match toks {
        [a, s, ..] if noun(a) && slash(s) => 1,
        [a, b, s, ..] if noun(a) && noun(b) && slash(s) => 2,
        [a, b, c, s, ..] if noun(a) && noun(b) && noun(c) && slash(s) => 3,
        _ => return None,
    };
    let (p, n) = per_unit(toks.get(k..)?)?;
    // "1,85 lít xăng/100 km": fuel per a hundred kilometres (measure13).
    let per_hundred_km = p.symbol() == "100km";
    (matches!(p.dimension(), unit::Dimension::Time | unit::Dimension::Area) || per_hundred_km)
        .then_some((p, k + n))
}

/// The tokens with every "t" glued after digits read as "tỷ" (10⁹):
/// "100t đồng", "2t3" (2,3 tỷ).
fn t_as_billion<'a>(toks: &[Token<'a>]) -> Vec<Token<'a>> {
    let mut out: Vec<Token<'a>> = toks
        .iter()
        .take(super::words::MAX_TOKENS + 2)
        .cloned()
        .collect();
    let mut prev_digits = false;
    for t in &mut out {
        if prev_digits && !t.space_before && t.kind == Kind::Word && t.text == "t" {
            t.word = Word::Abbrev(9);
        }
        prev_digits = t.kind == Kind::Digits;
    }
    out
}

/// "500 triệu đồng bằng 7 lần giao dịch", "55 triệu đồng tiền mặt", "100
/// tỷ đồng vốn": after a scale word written as a word ("triệu", "tỷ", not
/// the "G" of "4G"), "đồng" is the currency before the words that would
/// otherwise make it another word ("đồng bằng", a delta; "đồng tiền", a
/// currency; "đồng vốn", "đồng chủ trì", "đồng thời", "đồng phục"), except
/// before the nouns of people ("3 triệu đồng bào", compatriots, stays a
/// count; so do "đồng hương", "đồng chí", …). "4G đồng loạt" is no money.
fn dong_after_scale(
    num: &NumParse,
    last: Option<&Token<'_>>,
    rest: &[Token<'_>],
) -> Option<CurrencyMatch> {
    let [dong, next, ..] = rest else { return None };
    let scale_word = last.is_some_and(|t| t.kind == Kind::Word && t.space_before);
    let ok = num.scale_exp.is_some()
        && scale_word
        && dong.is("đồng")
        && next.kind == Kind::Word
        && !DONG_PEOPLE.contains(&next.folded.as_ref());
    ok.then_some(CurrencyMatch {
        currency: Currency::VND,
        len: 1,
        minor: false,
    })
}

/// "50.000 đồng tiền phòng", "12.000 đồng tiền cấp bằng", "290.000 đồng
/// tiền điện": a thousand "đồng" and more before "tiền" and what the money
/// pays for are dong (the prec13 probe), as after a scale word
/// ([`dong_after_scale`]); "6 đồng tiền cổ", "100 đồng tiền vàng" (coins)
/// and "24.900 đồng tiền Ấn" (rupees, a capital after "tiền") are not.
fn dong_tien_by_the_thousand(value: Decimal, rest: &[Token<'_>]) -> Option<CurrencyMatch> {
    const COINS: &[&str] = &["xu", "vàng", "bạc", "cổ", "kim", "xưa", "đồng", "lẻ"];
    let [dong, tien, what, ..] = rest else {
        return None;
    };
    let ok = value >= Decimal::from(1000u32)
        && dong.is("đồng")
        && tien.is("tiền")
        && tien.space_before
        && !tien.line_before
        && what.kind == Kind::Word
        && what.space_before
        && !what.line_before
        && what.text.starts_with(char::is_lowercase)
        && !COINS.contains(&what.folded.as_ref());
    ok.then_some(CurrencyMatch {
        currency: Currency::VND,
        len: 1,
        minor: false,
    })
}

/// "170.000 bảng/tuần", "13.249 Bảng, tương đương …": a thousand "bảng"
/// and more are pounds when punctuation, the end or a clause word follows
/// ("1.000 bảng quảng cáo" are billboards).
fn pounds_by_the_thousand(value: Decimal, next: Option<&Token<'_>>) -> bool {
    const CLAUSE: &[&str] = &[
        "so", "và", "nếu", "tương", "để", "cho", "từ", "trong", "mỗi", "một", "khi", "thì", "là",
        "hoặc", "với", "nhưng", "vào",
    ];
    let clause_next = next.is_none_or(|t| {
        t.line_before || t.kind != Kind::Word || CLAUSE.contains(&t.folded.as_ref())
    });
    value >= Decimal::from(1000u32) && clause_next
}

/// Words after "đồng" that make it people ("đồng bào", compatriots;
/// "đồng nghiệp", colleagues), or a thing that is counted ("đồng hồ", a
/// clock), even after a scale word.
const DONG_PEOPLE: &[&str] = &[
    "bào", "chí", "hương", "nghiệp", "đội", "minh", "phạm", "môn", "hồ", "loạt", "ý", "tình",
    "cảm", "lòng", "tâm", "hành", "thuận", "ca", "dao", "bọn", "ruộng", "cỏ", "lúa", "nai", "tháp",
    "văn", "xoài", "tiến", "quê", "đẳng", "tác", "sở", "hới", "áng", "nghĩa", "hạng", "dạng",
    "đều", "nhất", "bộ", "xu",
];

/// Nouns counted whole: "4,753 người" is 4753 people.
const WHOLE_COUNTS: &[&str] = &[
    "người", "chiếc", "con", "ca", "vụ", "hộ", "căn", "ngôi", "lượt", "em", "cháu", "xe",
];

/// Words after a lone "2" or "3" that make it a count, not a lost
/// superscript: "cách 500 m 2 lần", "100 m 2 bên đường". Not "nhà":
/// "30 m 2 nhà ở xã hội", "40,3m 2 nhà", "1000 m 2 nhà kho" are the area
/// of a building, as all five such places of the corpus are
/// (twenty-eighth blind set, ad041).
const COUNT_AFTER: &[&str] = &[
    "người", "lần", "chiếc", "con", "cái", "căn", "ngôi", "bên", "phía", "tầng", "làn", "hộ",
    "cây", "tuyến", "đoạn", "cột", "chỗ", "phòng", "xe", "tàu",
];

/// "25 m 2", "2.566m 2", "g/m 3": a square or a cube whose superscript a
/// crawler turned into a spaced digit. After "m" or "cm" (and "km" for a
/// square), a lone spaced "2" or "3" that nothing is glued to and that no
/// counted noun follows. The unit and the token it takes.
fn lost_superscript(u: unit::Unit, rest: &[Token<'_>]) -> Option<(unit::Unit, usize)> {
    let digit = rest.first()?;
    if digit.kind != Kind::Digits || !digit.space_before || digit.line_before {
        return None;
    }
    let power = match digit.text {
        "2" => 2,
        "3" => 3,
        _ => return None,
    };
    if let Some(next) = rest.get(1) {
        let glued = !next.space_before
            && matches!(
                next.kind,
                Kind::Word | Kind::Digits | Kind::Sym('/' | '.' | ',' | '-')
            );
        let count = next.kind == Kind::Word && COUNT_AFTER.contains(&next.folded.as_ref());
        if next.kind == Kind::Digits || glued || count {
            return None;
        }
    }
    let symbol = match (u.symbol(), power) {
        ("m", 2) => "m²",
        ("m", 3) => "m³",
        ("km", 2) => "km²",
        ("cm", 2) => "cm²",
        ("cm", 3) => "cm³",
        _ => return None,
    };
    Some((unit::Unit::from_symbol(symbol)?, 1))
}

/// "m75" after "1", "m50" after "16": a length in metres and centimetres
/// written as heights and jumps are ("cao 1m75", "vạch 16m50"): a whole
/// number of at most two digits, "m" glued to it, then exactly two glued
/// digits that nothing else is glued to. The centimetres and the tokens.
fn metres_and_centimetres(
    num: &NumParse,
    rest: &[Token<'_>],
) -> Option<(Decimal, unit::Unit, usize)> {
    let whole = num
        .lone_literal
        .is_some_and(|l| !l.separated && l.digits <= 2);
    let [m, cm, ..] = rest else { return None };
    let glued = |t: &Token<'_>| !t.space_before;
    let ends = rest
        .get(2)
        .is_none_or(|t| t.space_before || !matches!(t.kind, Kind::Word | Kind::Digits));
    let ok = whole
        && num.scale_exp.is_none()
        && m.kind == Kind::Word
        && m.text == "m"
        && glued(m)
        && cm.kind == Kind::Digits
        && glued(cm)
        && cm.text.len() == 2
        && ends;
    if !ok {
        return None;
    }
    let v: i128 = cm.text.parse().ok()?;
    Some((Decimal::new(v, 2).ok()?, unit::Unit::from_symbol("m")?, 2))
}

/// A number with its unit at the start of `toks`.
/// "-inch" or "-bit" glued after digits ("6,5-inch", "64-bit"): the unit
/// written the English way, two tokens.
fn dashed_unit(rest: &[Token<'_>]) -> Option<unit::Unit> {
    let (dash, word) = (rest.first()?, rest.get(1)?);
    let glued = dash.is_sym('-') && !dash.space_before && !word.space_before;
    let symbol = match word.folded.as_ref() {
        "inch" => "inch",
        "bit" => "bit",
        _ => return None,
    };
    (glued && word.kind == Kind::Word)
        .then(|| unit::Unit::from_symbol(symbol))
        .flatten()
}

pub(crate) fn bound(toks: &[Token<'_>], opts: Options) -> Result<Bound, Fail> {
    let mut i = 0;
    let mut unit = Unit::None;
    let mut unit_at = None;
    let mut thousands_comma = false;
    if let Some(m) = unit::match_unit_before(toks) {
        // "Mach 2,05": the unit before its number.
        unit = Unit::Measure(m.unit);
        unit_at = Some(0);
        i = m.len;
    } else if let Some(m) = match_currency(toks, true) {
        // "$10", "USD 5", "US$ 2": the number follows.
        if !m.minor
            && toks
                .get(m.len)
                .is_some_and(|t| t.kind == Kind::Digits || t.word != Word::Other)
        {
            unit = Unit::Money(m.currency);
            unit_at = Some(0);
            i = m.len;
        }
    }
    let num_start = i;
    let rest = toks.get(i..).unwrap_or_default();
    let mut num = parse_prefix(rest, opts).map_err(|e| fail(i, e))?;
    // "100t đồng", "2t3": "t" glued after digits is "tỷ" in money context
    // (a currency follows, or digits follow the "t"), and wherever the
    // caller asks for it (a whole string parsed as a number); alone it is
    // a tonne ("100t" is a measure).
    let t_glued = rest
        .get(num.used)
        .is_some_and(|t| !t.space_before && t.kind == Kind::Word && t.text == "t");
    if t_glued {
        let after_t = rest.get(num.used + 1);
        let digits_after = after_t.is_some_and(|t| !t.space_before && t.kind == Kind::Digits);
        let currency_after = rest
            .get(num.used + 1..)
            .and_then(|r| match_currency(r, false))
            .is_some_and(|m| !m.minor);
        if opts.t_billion || digits_after || currency_after {
            let retoked = t_as_billion(rest);
            if let Ok(n2) = parse_prefix(&retoked, opts) {
                if n2.used > num.used {
                    num = n2;
                }
            }
        }
    }
    i += num.used;
    let mut value = num.value;
    let rest = toks.get(i..).unwrap_or_default();
    let overflow = |at: usize| Fail {
        at,
        what: FailWhat::Overflow,
    };
    if unit == Unit::None {
        if let Some(n) = is_percent(rest) {
            unit = Unit::Percent;
            unit_at = Some(i);
            i += n;
        } else if let Some(m) = match_currency(rest, false)
            .or_else(|| dong_after_scale(&num, toks.get(i.wrapping_sub(1)), rest))
            .or_else(|| dong_tien_by_the_thousand(value, rest))
        {
            let c = m.currency;
            unit = Unit::Money(c);
            unit_at = Some(i);
            i += m.len;
            if m.minor {
                // "50 cent": hundredths of the currency.
                value = value.checked_mul_pow10(-2).map_err(|_| overflow(i))?;
            }
            // "688,000 VNĐ": a currency without hundredths cannot have
            // three decimals, so the English thousands comma is meant.
            if let Some(l) = num.lone_literal {
                // At most six digits: one separator, "1.234,500" is not this.
                if !m.minor && !c.has_cents() && l.fractional && l.frac_digits == 3 && l.digits <= 6
                {
                    value = value.checked_mul_pow10(3).map_err(|_| overflow(i))?;
                    thousands_comma = true;
                }
            }
            // "2 đô 23", "năm đô la chín mươi chín xu": hundredths, after a
            // spoken currency word and a small whole amount only.
            let spoken = rest.first().is_some_and(|t| {
                t.kind == Kind::Word && !t.text.bytes().all(|b| b.is_ascii_uppercase())
            });
            let small = value.is_integer() && !value.is_negative() && num.scale_exp.is_none();
            if c.has_cents() && small && spoken && !m.minor {
                if let Some((c, n)) = toks.get(i..).and_then(cents) {
                    value = value.checked_add(c).map_err(|_| overflow(i))?;
                    i += n;
                }
            }
        } else if rest.first().is_some_and(|t| t.is("bảng"))
            && (num.scale_exp.is_some() || pounds_by_the_thousand(value, rest.get(1)))
        {
            // "60 triệu bảng": pounds. A bare "bảng" is also a table or a
            // group ("3 bảng"), so only after a scale word, or after a
            // thousand and more when no noun follows ("170.000 bảng/tuần").
            unit = Unit::Money(Currency::GBP);
            unit_at = Some(i);
            i += 1;
        } else if let Some((cm, metre, n)) = metres_and_centimetres(&num, rest) {
            // "1m75", "16m50": metres and centimetres, one length.
            value = value.checked_add(cm).map_err(|_| overflow(i))?;
            unit = Unit::Measure(metre);
            unit_at = Some(i);
            i += n;
        } else if let Some(dashed) = dashed_unit(rest) {
            // "6,5-inch", "55-inch": a screen's size, the English way;
            // "64-bit": a word's.
            unit = Unit::Measure(dashed);
            unit_at = Some(i);
            i += 2;
        } else if let Some(bbl) = oil_barrels(&num, rest) {
            // "930.000 thùng/ngày", "77,5 tỷ thùng dầu": barrels of oil.
            unit = Unit::Measure(bbl);
            unit_at = Some(i);
            i += 1;
        } else if let Some(m) =
            match_unit(rest, true).filter(|m| !an_amount_of(m, toks.get(i.wrapping_sub(1)), rest))
        {
            unit = Unit::Measure(m.unit);
            unit_at = Some(i);
            i += m.len;
            if let Some((u, n)) = toks.get(i..).and_then(|r| lost_superscript(m.unit, r)) {
                unit = Unit::Measure(u);
                i += n;
            }
        }
    }
    // "4,753 người": people and things counted whole cannot come in
    // thousandths, so the English thousands comma is meant (as for a
    // currency without hundredths).
    if unit == Unit::None {
        let counted = toks.get(i).is_some_and(|t| {
            t.kind == Kind::Word && t.space_before && WHOLE_COUNTS.contains(&t.folded.as_ref())
        });
        if let Some(l) = num.lone_literal.filter(|_| counted) {
            if l.fractional && l.frac_digits == 3 && l.digits <= 6 && value >= Decimal::from(1u32) {
                value = value.checked_mul_pow10(3).map_err(|_| overflow(i))?;
                thousands_comma = true;
            }
        }
    }
    // "hơn 63,000 lái xe", "100,000 đô la Mỹ", "lên 100,000.": a lone comma
    // before exactly "000", with no scale word, is the English thousands
    // separator wherever no unit of measure follows: news never writes a
    // decimal with three trailing zeros ("35,000-36,000 triệu đồng/lượng",
    // with a scale word, stays 35 million).
    // A first bound waits for the second ("35,000 - 36,000 triệu": the
    // interval decides).
    let bound_follows = unit == Unit::None
        && toks
            .get(i..)
            .is_some_and(|r| connector(r, false).is_some() || connector(r, true).is_some());
    if !thousands_comma
        && !bound_follows
        && num.scale_exp.is_none()
        && matches!(unit, Unit::None | Unit::Money(_))
    {
        if let Some(l) = num.lone_literal {
            let zeros = l.fractional && l.frac_digits == 3 && l.digits <= 6 && value.is_integer();
            if zeros && value >= Decimal::from(1u32) {
                value = value.checked_mul_pow10(3).map_err(|_| overflow(i))?;
                thousands_comma = true;
            }
        }
    }
    // "500 đồng/lít", "7%/năm", "8 tạ/ha", "$10/giờ": a rate.
    let mut per = None;
    let mut per_count = None;
    let mut and_per = None;
    if unit != Unit::None {
        let money = matches!(unit, Unit::Money(_));
        let counted = toks.get(i..).and_then(|r| counted_per(r, money));
        let first = counted.map(|(c, p, n)| (Some(c), p, n)).or_else(|| {
            let (p, n) = toks.get(i..).and_then(per_unit)?;
            Some((None, p, n))
        });
        if let Some((c, p, n)) = first {
            per = Some(p);
            per_count = c;
            // "93,65 USD/thùng": dollars per barrel of oil (every such
            // price in the corpus is oil's, MEASURES.md).
            if p.symbol() == "thùng" && unit == Unit::Money(Currency::USD) && c.is_none() {
                per = unit::Unit::from_symbol("bbl").or(per);
            }
            i += n;
            if let Some((u, n)) = toks.get(i..).and_then(|r| lost_superscript(p, r)) {
                per = Some(u);
                i += n;
            }
            // "200.000 đồng/hộ/tháng", "1 USD/người/ngày", "80 triệu
            // đồng/3 kỳ/năm": a rate per two things is one span, as a
            // reader reads it; the first is its per, the second its
            // `and_per` (money16 probe; a measure and a percent keep one
            // per and drop the second).
            let second = toks
                .get(i..)
                .filter(|r| r.first().is_some_and(|t| t.is_sym('/') && !t.space_before))
                .and_then(per_unit);
            if let Some((p, n)) = second {
                and_per = Some(p);
                i += n;
            }
        } else if matches!(unit, Unit::Measure(_)) {
            if let Some((p, n)) = toks.get(i..).and_then(per_after_noun) {
                per = Some(p);
                i += n;
            }
        }
    }
    Ok(Bound {
        value,
        unit,
        num,
        used: i,
        num_start,
        unit_at,
        per,
        per_count,
        and_per,
        thousands_comma,
    })
}

/// The box, and the barrel of oil: a word that stands after a number only
/// as a per in the unit table, which [`oil_barrels`] reads after one.
pub(crate) const BARREL: &str = "thùng";

/// "thùng" is a box ("300 thùng mì tôm", "4 thùng hàng") and, for oil,
/// the barrel: before "dầu" ("660.000 thùng dầu thô/ngày", not "dầu ăn"),
/// as output per day, month or year ("930.000 thùng/ngày"), or after a
/// scale word at the end of the phrase ("trữ lượng 300 tỷ thùng.").
fn oil_barrels(num: &NumParse, rest: &[Token<'_>]) -> Option<unit::Unit> {
    if !rest.first()?.is(BARREL) {
        return None;
    }
    let next = rest.get(1);
    let oil = next.is_some_and(|t| t.is("dầu")) && !rest.get(2).is_some_and(|t| t.is("ăn"));
    let per_time = next.is_some_and(|t| t.is_sym('/') && !t.space_before)
        && rest
            .get(2)
            .is_some_and(|t| matches!(t.folded.as_ref(), "ngày" | "tháng" | "năm"));
    let scaled_end = num.scale_exp.is_some()
        && !next.is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Digits));
    (oil || per_time || scaled_end).then(|| unit::Unit::from_symbol("bbl"))?
}

/// Words of gold after "lượng" (the tael): "một lượng vàng", "hai lượng SJC".
const GOLD: &[&str] = &["vàng", "sjc", "pnj", "doji", "bạc"];

/// "một lượng tiền", "một lượng khán giả lớn": after a spelled number,
/// "lượng" is "an amount of", not the tael, unless a word of gold follows
/// or the phrase ends ("vàng miếng SJC một lượng,"). After digits it stays
/// the tael ("25.800 lượng trên tổng số…" in a gold auction).
fn an_amount_of(m: &unit::UnitMatch, number_end: Option<&Token<'_>>, rest: &[Token<'_>]) -> bool {
    m.unit.symbol() == "lượng"
        && number_end.is_some_and(|t| t.kind == Kind::Word)
        && rest
            .get(m.len)
            .is_some_and(|t| t.kind == Kind::Word && !GOLD.contains(&t.folded.as_ref()))
}

/// "RAM 4 GB – 64 GB dung lượng bộ nhớ trong", "2 GB - 16 GB bộ nhớ":
/// two sizes of data, each with its unit written, the second followed by
/// the storage it sizes, are two specifications (the memory, then the
/// storage), not a range (measure12 probe). "từ 4 GB - 8 GB" and "4 GB -
/// 8 GB RAM" stay ranges.
fn two_specs(b1: &Bound, b2: &Bound, after: &[Token<'_>]) -> bool {
    let data = |b: &Bound| {
        b.unit_at.is_some()
            && matches!(b.unit, Unit::Measure(u) if u.dimension() == unit::Dimension::Data)
    };
    data(b1)
        && data(b2)
        && (starts_with_words(after, &["dung", "lượng"])
            || starts_with_words(after, &["bộ", "nhớ"])
            || starts_with_words(after, &["lưu", "trữ"])
            || after.first().is_some_and(|t| t.text == "ROM"))
}

/// The connector between two bounds: its token count.
fn connector(toks: &[Token<'_>], between: bool) -> Option<usize> {
    let first = toks.first()?;
    match first.kind {
        Kind::Sym('-' | '–' | '—' | '~') => {
            // "5-7", "5 - 7" or "85- 98%" (a crawler or a hurried
            // writer), not "5 -7" (a negative number).
            let next = toks.get(1)?;
            (!first.space_before || next.space_before).then_some(1)
        }
        Kind::Word => {
            if between {
                first.is("và").then_some(1)
            } else if first.is("đến") || first.is("tới") {
                Some(1)
            } else if starts_with_words(toks, &["cho", "đến"]) {
                Some(2)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// "tăng 10 -15%", "từ 50 -70% số nợ": a dash spaced before and glued
/// to a percentage after a bare number is an interval, not a sign (the
/// interval itself needs the first below the second). Not after a number
/// with an English decimal point, the shape of financial tables ("6.39
/// -28%": a value, then its change).
///
/// The same holds before a scale word, a currency or a unit of measure
/// ("6 -7 triệu đồng", "13 -16 độ C", "25 -130m", "1,5 -7,5 triệu
/// đồng"): the second number carries what both count.
fn spaced_dash_percent(
    rest: &[Token<'_>],
    b1: &Bound,
    b1_toks: &[Token<'_>],
    opts: Options,
) -> Option<usize> {
    let dash = rest.first()?;
    let glued_digits = matches!(dash.kind, Kind::Sym('-' | '–'))
        && dash.space_before
        && rest
            .get(1)
            .is_some_and(|t| !t.space_before && t.kind == Kind::Digits);
    if !glued_digits {
        return None;
    }
    let bare = b1.unit == Unit::None && b1.num.scale_exp.is_none();
    // A dot before three digits groups thousands ("4.000 -10.000
    // đồng/m2"); before any other count of digits it is a point.
    let english = b1_toks
        .iter()
        .any(|t| t.text.contains('.') && !t.text.split('.').skip(1).all(|g| g.len() == 3));
    if !bare || english {
        return None;
    }
    if rest.get(2).is_some_and(|t| t.is_sym('%')) {
        return Some(1);
    }
    let b2 = bound(rest.get(1..).unwrap_or_default(), opts).ok()?;
    if b2.unit != Unit::None || b2.num.scale_exp.is_some() {
        return Some(1);
    }
    // "từ 9 -18 tầng", "5 -7 cháu", "20 -30 trẻ": two bare whole counts
    // in order, the second before a word, count one thing. A score or a
    // list of marks ends on punctuation ("Myanmar: 1 -2;"), a period of
    // years reads as dates before this.
    let whole = |b: &Bound| b.value.is_integer() && b.value < Decimal::from(1000);
    let word_after = rest
        .get(1 + b2.used)
        .is_some_and(|t| t.space_before && t.kind == Kind::Word);
    (whole(b1) && whole(&b2) && b1.value < b2.value && word_after).then_some(1)
}

/// An entity read at the start of `toks`.
#[derive(Clone, Debug)]
pub(crate) struct Entity {
    pub quantity: Quantity,
    pub used: usize,
    /// The first bound, for the scanner's filters (lone "một", codes…).
    pub first: Option<Bound>,
    /// Token index where the first bound starts.
    pub first_at: usize,
    /// An interval was read.
    pub interval: bool,
    /// A qualifier was read.
    pub qualified: bool,
    /// Token index of the first unit (currency, percent sign), if any.
    pub unit_at: Option<usize>,
    /// A fraction written with a slash ("3/4"), which in running text is
    /// more often a date.
    pub slash_fraction: bool,
}

/// What a rate is per: its first unit, how many of it ("đồng/3 tháng"),
/// and, for a rate per two things ("đồng/hộ/tháng"), its second.
type Pers = (Option<unit::Unit>, Option<u32>, Option<unit::Unit>);

/// Combines two bounds into an interval, if they agree.
fn interval(b1: &Bound, b2: &Bound, vague_min: bool) -> Option<(Decimal, Decimal, Unit, Pers)> {
    let unit = match (b1.unit, b2.unit) {
        (Unit::None, u) | (u, Unit::None) => u,
        (a, b) if a == b => a,
        _ => return None,
    };
    let per = match (b1.per, b2.per) {
        (None, p) | (p, None) => p,
        (Some(a), Some(b)) if a == b => Some(a),
        _ => return None,
    };
    let per_count = match (b1.per_count, b2.per_count) {
        (None, c) | (c, None) => c,
        (Some(a), Some(b)) if a == b => Some(a),
        _ => return None,
    };
    // "từ 3 đến 5 triệu đồng/phòng/tháng": the second per, as the first.
    let and_per = match (b1.and_per, b2.and_per) {
        (None, p) | (p, None) => p,
        (Some(a), Some(b)) if a == b => Some(a),
        _ => return None,
    };
    // "5 kg/ngày - 7": a rate's per belongs to its own bound's unit.
    if b1.per.is_some() && b2.unit == Unit::None {
        return None;
    }
    let mut min = b1.value;
    let max = b2.value;
    // "22,540-22,610 đồng", "23,000-30,000 USD": the second bound's
    // thousands comma is the first's too, when it is written the same way.
    if b2.thousands_comma && !b1.thousands_comma && b1.num.scale_exp.is_none() {
        let same = b1
            .num
            .lone_literal
            .is_some_and(|l| l.fractional && l.frac_digits == 3 && l.digits <= 6);
        if same {
            min = min.checked_mul_pow10(3).ok()?;
        }
    }
    // "từ 60 - 80.000 đồng", "khoảng 300- 350.000 đồng", "40-70.000 tỷ
    // đồng": a first bound of up to three digits before a second written
    // in thousands is written with its thousands left out, as the speech
    // "sáu mươi - tám mươi nghìn" says them once (money15 probe).
    if elided_thousands(b1, b2) {
        min = min.checked_mul_pow10(3).ok()?;
    }
    // "từ 5 đến 7 triệu": the scale word of the second bound. When the
    // first bound, scaled, would pass the second ("giảm 350 - 150 nghìn"),
    // the two are not an interval. A vague first bound is its own bare
    // scale word ("từ vài trăm đến vài triệu": a few hundred), shares none.
    if let (None, Some(e), false) = (b1.num.scale_exp, b2.num.scale_exp, vague_min) {
        if b1.unit == Unit::None {
            // "2-3 trăm nghìn", "5 - 7 trăm triệu": a bare digit before
            // "D trăm SCALE" shares the hundreds too.
            let hundreds = b2.num.hundreds_scale
                && b1
                    .num
                    .lone_literal
                    .is_some_and(|l| l.digits == 1 && !l.fractional);
            let e = if hundreds { e + 2 } else { e };
            let scaled = min.checked_mul_pow10(e as i32).ok()?;
            if scaled <= max {
                min = scaled;
            } else if !written_in_full(min, max) {
                return None;
            }
        }
    }
    // "âm 7 - âm 10 độ C", "từ -3 đến -5 độ C": two bounds below zero,
    // the colder written last, are the interval between them, written
    // low to high (`-10..-7 °C`, MEASURES.md).
    let (min, max) = if min > max && min.is_negative() && max.is_negative() {
        (max, min)
    } else {
        (min, max)
    };
    (min <= max).then_some((min, max, unit, (per, per_count, and_per)))
}

/// "âm 15-16 độ C", "-15-16°C": the sign before the first of two dashed
/// bounds is both's (fifteen to sixteen below zero, as "âm mười lăm mười
/// sáu độ" is said), when the first has no unit of its own and the second,
/// unsigned, is the larger. "từ -40 độ C đến 60 độ C" and "từ -2 đến 5 độ"
/// (a unit on the first, or "đến") keep their signs.
fn carry_sign(b1: &Bound, mut b2: Bound, dashed: bool) -> Bound {
    let positive = !b2.value.is_negative() && !b2.value.is_zero();
    if dashed && positive && b1.value.is_negative() && b1.unit_at.is_none() {
        let smaller = b1.value.checked_abs().is_ok_and(|a| a < b2.value);
        if let Some(neg) = b2.value.checked_neg().ok().filter(|_| smaller) {
            b2.value = neg;
        }
    }
    b2
}

/// True when an interval of money's first bound is a plain number of up
/// to three digits (no scale word, no currency, no separator) and its
/// second is a whole number of thousands, both as written, the first a
/// thousand times over within a factor of ten of the second and not past
/// it: "60 - 80.000 đồng" is 60 000 – 80 000 đồng, "7- 8.000 đồng" 7 000 –
/// 8 000, "20-30000 đồng" 20 000 – 30 000. "10 - 1.000 USD" and "5 -
/// 100.000 đồng" stay as written (the thousand times first would pass the
/// second, or fall short of it tenfold).
fn elided_thousands(b1: &Bound, b2: &Bound) -> bool {
    let (Some(l1), Some(l2)) = (b1.num.lone_literal, b2.num.lone_literal) else {
        return false;
    };
    let thousand = Decimal::from(1000u32);
    let plain_first = b1.unit == Unit::None
        && b1.num.scale_exp.is_none()
        && !l1.separated
        && !l1.leading_zero
        && l1.digits <= 3
        && l1.value.is_integer();
    let thousands_second = matches!(b2.unit, Unit::Money(_))
        && !l2.fractional
        && !l2.leading_zero
        && l2.value.is_integer()
        && l2.value >= thousand
        && l2.value.to_string().ends_with("000");
    if !plain_first || !thousands_second {
        return false;
    }
    let Ok(scaled) = l1.value.checked_mul_pow10(3) else {
        return false;
    };
    scaled <= l2.value && scaled.checked_mul_pow10(1).is_ok_and(|s| s > l2.value)
}

/// "từ 500.000 đến 1 triệu đồng", "800.000 tới 1 triệu USD": a first
/// bound of a thousand and more that the second's scale word would carry
/// past the second is written in full, when it is below the second and
/// within a hundredth of it ("giảm 350 - 150 nghìn đồng" stays two).
fn written_in_full(min: Decimal, max: Decimal) -> bool {
    min >= Decimal::from(1000u32) && min < max && min.checked_mul_pow10(2).is_ok_and(|m| m >= max)
}

fn ordinal_word(tok: &Token<'_>) -> Option<i64> {
    match tok.folded.as_ref() {
        "nhất" => Some(1),
        "nhì" => Some(2),
        "tư" => Some(4),
        _ => None,
    }
}

/// "nhất bảng B", "nhì bảng D", "đội nhất bảng": first or second of a
/// group (a table of a tournament), the rank without "thứ"; "bảng" must
/// follow, with or without the group's letter. The scanner keeps it only
/// after a word that places a team ("đội", "vị trí", "đứng" …: `scan.rs`),
/// so "mạnh nhất bảng" (the strongest of the group) is no rank.
///
/// "nhì" alone is also read here ("đứng nhì", "về nhì": placed second); the
/// scanner keeps it only after a word that places (`scan.rs`). So is
/// "nhất" alone, which the scanner keeps only as a team's place ("hai đội
/// nhất và hai đội nhì": `scan.rs`, `team_place`).
fn group_rank(toks: &[Token<'_>]) -> Option<Entity> {
    let rank = toks.first()?;
    let value = match rank.folded.as_ref() {
        "nhất" => 1,
        "nhì" => 2,
        _ => return None,
    };
    Some(Entity {
        quantity: Quantity::Ordinal(Ordinal {
            value: Decimal::from(value as u32),
        }),
        used: 1,
        first: None,
        first_at: 0,
        interval: false,
        qualified: false,
        unit_at: None,
        slash_fraction: false,
    })
}

/// Reads "thứ N" / "hạng N" at the start of `toks`.
fn ordinal(toks: &[Token<'_>]) -> Result<Entity, Fail> {
    let rest = toks.get(1..).unwrap_or_default();
    let Some(next) = rest.first() else {
        return Err(Fail {
            at: 1,
            what: FailWhat::NotANumber,
        });
    };
    let followed = rest.get(1).is_some_and(|t| t.word == Word::Muoi);
    let (value, used) = match ordinal_word(next) {
        Some(v) if !followed => (Decimal::from(v), 1),
        _ => {
            let num = parse_prefix(rest, Options::RUNNING).map_err(|e| fail(1, e))?;
            (num.value, num.used)
        }
    };
    if !value.is_integer() || value <= Decimal::ZERO {
        return Err(Fail {
            at: 1,
            what: FailWhat::BadOrdinal,
        });
    }
    // "hoa hồng, trầm hương mỗi thứ 30g", "rượu cồn mỗi thứ 1.250ml": a
    // number that a unit of measure follows is a quantity, and "thứ"
    // before it the noun "kind" (of each kind), not a rank; "hạng 60 kg"
    // is a weight class, not the sixtieth place.
    // (A quote after the number closes a title: "người thứ ba\"" is no
    // inch.)
    // "mỗi thứ 30 - 50g": the unit after the second bound.
    let ranged = rest
        .get(used)
        .is_some_and(|t| matches!(t.kind, Kind::Sym('-' | '–')))
        && rest.get(used + 1).is_some_and(|t| t.kind == Kind::Digits);
    let unit_at = if ranged { used + 2 } else { used };
    let measured = rest
        .get(unit_at..)
        .filter(|after| after.first().is_some_and(|t| t.kind == Kind::Word))
        .and_then(|after| unit::match_unit(after, true))
        .is_some_and(|m| {
            !matches!(
                m.unit.dimension(),
                unit::Dimension::Time | unit::Dimension::Count
            )
        });
    if measured {
        return Err(Fail {
            at: 1,
            what: FailWhat::BadOrdinal,
        });
    }
    Ok(Entity {
        quantity: Quantity::Ordinal(Ordinal { value }),
        used: 1 + used,
        first: None,
        first_at: 1,
        interval: false,
        qualified: false,
        unit_at: None,
        slash_fraction: false,
    })
}

/// A positive whole number at the start of `toks`, as the denominator of a
/// fraction ("tư" is 4 after "phần": "một phần tư").
fn denominator(toks: &[Token<'_>], opts: Options) -> Option<(i128, usize)> {
    if toks.first()?.is("tư") {
        return Some((4, 1));
    }
    let p = parse_prefix(toks, opts).ok()?;
    let d = p.value.to_i128().filter(|d| *d > 0)?;
    Some((d, p.used))
}

/// The denominator of a sensor's optical format written with one decimal
/// ("1/2.3", "1/2,3", "1/1,2": a camera sensor of 1/2.3 inch; the final
/// set's t159), in tenths, the numerator then being 10: "2.3" gives 23, so
/// "1/2.3" is the fraction 10/23, the same number in whole terms. One or
/// two digits, a dot or a comma, one digit: "8/8.1" (two versions) has a
/// numerator of 8 and is never asked; "1/2.2013" is no format. Above
/// one, so that the fraction is proper: "1/1.0", "1/0.5" are none.
fn optical_format(d: &Token<'_>) -> Option<i128> {
    let (whole, tenth) = d.text.split_once(['.', ','])?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if d.kind != Kind::Digits
        || !(1..=2).contains(&whole.len())
        || tenth.len() != 1
        || !digits(whole)
        || !digits(tenth)
    {
        return None;
    }
    let den = whole.parse::<i128>().ok()? * 10 + tenth.parse::<i128>().ok()?;
    (den > 10).then_some(den)
}

/// True when `rest` opens with a dash glued to the word "inch" glued after
/// it: "3/4-inch" (three quarters of an inch, the eighteenth set's c145),
/// a fraction whose glued dash is no code's.
pub(crate) fn dash_inch(rest: &[Token<'_>]) -> bool {
    matches!(rest, [dash, inch, ..]
        if dash.is_sym('-') && !dash.space_before && !inch.space_before && inch.is("inch"))
}

/// A fraction whose numerator `b1` was just read; `toks` starts after it.
/// Returns the numerator, the denominator, the tokens used and whether a
/// slash was the bar.
fn fraction_after(
    b1: &Bound,
    toks: &[Token<'_>],
    opts: Options,
) -> Option<(i128, i128, usize, bool)> {
    if b1.unit != Unit::None || b1.num.scale_exp.is_some() {
        return None;
    }
    let n = b1.value.to_i128()?;
    let first = toks.first()?;
    if first.is_sym('/') {
        // "3/4": digits, a glued slash, digits; not "1/5/2024" nor "3/4m".
        let plain = b1.num.lone_literal.is_some_and(|l| !l.separated);
        let d = toks.get(1)?;
        let d_plain = d.kind == Kind::Digits && d.text.bytes().all(|b| b.is_ascii_digit());
        let optical = (n == 1).then(|| optical_format(d)).flatten();
        if !plain || first.space_before || d.space_before || !(d_plain || optical.is_some()) {
            return None;
        }
        if toks.get(2).is_some_and(|t| {
            !t.space_before
                && !matches!(t.kind, Kind::Sym(' ' | ',' | '.' | ';' | ')' | '"' | '”'))
                && !dash_inch(toks.get(2..).unwrap_or_default())
        }) {
            return None;
        }
        if let Some(den) = optical {
            return Some((10, den, 2, true));
        }
        let den: i128 = d.text.parse().ok().filter(|v| *v > 0)?;
        return Some((n, den, 2, true));
    }
    // "một nửa": one half; "1 nửa" too, the digit written for the word
    // ("chiếm hơn 1 nửa diện tích", "VFF chịu 1 nửa", "nước cốt của 1 nửa
    // quả chanh": the gen22 probe, 16 places in the corpus, all halves).
    // Not a digit run glued to the word or written with separators.
    let digit_one = b1
        .num
        .lone_literal
        .is_some_and(|l| !l.separated && first.space_before);
    if n == 1 && first.is("nửa") && (b1.num.lone_literal.is_none() || digit_one) {
        return Some((1, 2, 1, false));
    }
    let spoken_bar = first.is("phần") || (opts.whole && (first.is("trên") || first.is("chia")));
    if !spoken_bar || toks.get(1).is_some_and(|t| t.is("trăm")) {
        return None;
    }
    let (den, used) = denominator(toks.get(1..)?, opts)?;
    // In running text a spelled fraction is a proper one: "hai phần ba".
    if !(opts.whole || (0 < n && n < den)) {
        return None;
    }
    Some((n, den, 1 + used, false))
}

/// "5 1/2", "năm và một phần hai": a whole number and a proper fraction,
/// in whole strings only. Returns the improper fraction and tokens used.
fn mixed_after(b1: &Bound, toks: &[Token<'_>], opts: Options) -> Option<(i128, i128, usize)> {
    if !opts.whole || b1.unit != Unit::None || !b1.value.is_integer() {
        return None;
    }
    let whole = b1.value.to_i128()?;
    let skip = usize::from(toks.first().is_some_and(|t| t.is("và")));
    let rest = toks.get(skip..)?;
    let b = bound(
        rest,
        Options {
            whole: false,
            ..opts
        },
    )
    .ok()?;
    if b.value.is_negative() {
        return None;
    }
    let (n, d, used, _) = fraction_after(
        &b,
        rest.get(b.used..)?,
        Options {
            whole: false,
            ..opts
        },
    )?;
    if !(0 < n && n < d) {
        return None;
    }
    let abs = whole.checked_abs()?.checked_mul(d)?.checked_add(n)?;
    let num = if whole < 0 || b1.num.value.is_negative() {
        -abs
    } else {
        abs
    };
    Some((num, d, skip + b.used + used))
}

/// "14, 15 tuổi" after the first bound `b1`: a comma glued to it, a space,
/// the next whole number (plain digits, no unit on the first), then a word
/// that does not go on with a list ("và", "hoặc", "hay"). The interval, its
/// unit and per, and the tokens used.
#[allow(clippy::type_complexity)]
fn consecutive_pair(
    b1: &Bound,
    rest: &[Token<'_>],
    opts: Options,
) -> Option<(Decimal, Decimal, Unit, Pers, usize)> {
    let [comma, second, ..] = rest else {
        return None;
    };
    let plain = |b: &Bound| {
        b.num
            .lone_literal
            .is_some_and(|l| !l.separated && !l.leading_zero && l.digits <= 3)
    };
    if !comma.is_sym(',')
        || comma.space_before
        || !second.space_before
        || second.kind != Kind::Digits
    {
        return None;
    }
    if b1.unit != Unit::None || !plain(b1) {
        return None;
    }
    let b2 = bound(rest.get(1..)?, opts).ok()?;
    let next = b2.value.checked_sub(b1.value).ok()?;
    if !plain(&b2) || next != Decimal::from(1u32) {
        return None;
    }
    let after = rest.get(1 + b2.used)?;
    let goes_on = after.is("và") || after.is("hoặc") || after.is("hay");
    if after.kind != Kind::Word || after.line_before || goes_on {
        return None;
    }
    let (min, max, u, p) = interval(b1, &b2, false)?;
    Some((min, max, u, p, 1 + b2.used))
}

/// True when a bare "chục", "trăm" or scale word at `at` ("hàng trăm
/// người", "cả chục xe") reads as a number with bare multipliers allowed.
/// True when token `at` is "vài" or "mấy" (a few, some) before a bare
/// lowercase "chục", "trăm" or scale word that reads as a bound, not of a
/// unit of time: a vague count as a bound of an interval, "từ vài chục
/// nghìn đến vài triệu đồng" (twenty-eighth blind set, ad091; seven such
/// intervals on the corpus).
fn vague_bound(toks: &[Token<'_>], at: usize, opts: Options) -> bool {
    let vague = toks.get(at).is_some_and(|t| {
        t.kind == Kind::Word && super::scan::VAGUE_LEADS.contains(&t.folded.as_ref())
    });
    let scale = toks.get(at + 1).is_some_and(|t| {
        t.space_before
            && !t.line_before
            && matches!(t.word, Word::Tram | Word::Chuc | Word::Scale(_))
            && t.text.starts_with(char::is_lowercase)
    });
    let time_after = time_word_at(toks, at + 2);
    vague && scale && !time_after && reads_bare_multiplier(toks, at + 1, opts)
}

fn reads_bare_multiplier(toks: &[Token<'_>], at: usize, opts: Options) -> bool {
    bound(
        toks.get(at..).unwrap_or_default(),
        Options {
            bare_multipliers: true,
            ..opts
        },
    )
    .is_ok()
}

/// "hơn nửa thành phố", "gần nửa dân số": a bare "nửa" after a qualifier,
/// before a lowercase noun, is half of a whole with that bound ("một nửa"
/// is read with the numbers). Not before a unit of time or of measure
/// ("hơn nửa tháng", "gần nửa thế kỷ" are durations; "nửa lít" a measure).
fn qualified_half(toks: &[Token<'_>], i: usize, qualifier: Option<Qualifier>) -> Option<Entity> {
    const NOT_A_WHOLE: &[&str] = &[
        "giờ",
        "tiếng",
        "ngày",
        "tuần",
        "tháng",
        "năm",
        "thế",
        "thập",
        "phút",
        "giây",
        "đêm",
        "buổi",
        "mùa",
        "quý",
        "đời",
        "kỷ",
        "mét",
        "cây",
        "km",
        "lít",
        "kg",
        "ký",
        "tấn",
        "cân",
        "vòng",
        "chặng",
        "hiệp",
        "trận",
        "đầu",
        "cuối",
        "sau",
        "trước",
        "đường",
        "thước",
        // Half of a scale is an amount ("hơn nửa tỷ đồng"), not a part.
        "chục",
        "trăm",
        "nghìn",
        "ngàn",
        "vạn",
        "triệu",
        "tỷ",
        "tỉ",
    ];
    let qualifier = qualifier?;
    // "trên nửa sân": on half the pitch; "cao hơn nửa đội": a comparison.
    // No bound either way.
    if toks.first().is_some_and(|t| {
        ["trên", "cao", "thấp", "lớn", "nhỏ"]
            .iter()
            .any(|w| t.is(w))
    }) {
        return None;
    }
    let half = toks.get(i).filter(|t| t.is("nửa"))?;
    let noun = toks.get(i + 1).filter(|t| {
        t.kind == Kind::Word
            && t.space_before
            && !t.line_before
            && t.text.starts_with(char::is_lowercase)
            && !NOT_A_WHOLE.contains(&t.folded.as_ref())
    });
    (half.space_before && noun.is_some()).then(|| Entity {
        quantity: Quantity::Fraction(Fraction {
            numerator: 1,
            denominator: 2,
            qualifier: Some(qualifier),
        }),
        used: i + 1,
        unit_at: None,
        first: None,
        first_at: i,
        interval: false,
        qualified: true,
        slash_fraction: false,
    })
}

/// "hơn nửa tỷ đồng", "xấp xỉ nửa tỉ USD", "gần nửa triệu đô": "nửa" (half)
/// after a qualifier and before a lowercase bare scale word and a currency
/// is half that amount of money, with the qualifier. (Without a qualifier,
/// "giá nửa triệu đồng", the scanner reads it from the scale word: see
/// `bare_scale_money` in `scan.rs`.)
fn half_of_scale(
    toks: &[Token<'_>],
    i: usize,
    qualifier: Qualifier,
    opts: Options,
) -> Option<Entity> {
    toks.get(i).filter(|t| t.is("nửa") && t.space_before)?;
    toks.get(i + 1).filter(|t| {
        matches!(t.word, Word::Scale(_))
            && t.space_before
            && !t.line_before
            && t.text.starts_with(char::is_lowercase)
    })?;
    let opts = Options {
        bare_multipliers: true,
        ..opts
    };
    let e = entity(toks.get(i + 1..)?, opts).ok()?;
    let quantity = match e.quantity {
        Quantity::Money(mut money) => {
            money.amount = half_of(money.amount)?;
            money.qualifier = Some(qualifier);
            Quantity::Money(money)
        }
        // "hơn nửa triệu lượt xem", "gần nửa triệu lao động", "khoảng nửa
        // tỷ dân": half of a scale before a thing counted is a number
        // (gen22 probe). Not before a unit of time ("cách đây nửa tỷ
        // năm" is a length of time the duration grammar does not read).
        Quantity::Number(mut number) if !time_word_at(toks, i + 1 + e.used) => {
            number.value = half_of(number.value)?;
            number.qualifier = Some(qualifier);
            Quantity::Number(number)
        }
        _ => return None,
    };
    Some(Entity {
        quantity,
        used: i + 1 + e.used,
        first: None,
        first_at: i,
        interval: false,
        qualified: true,
        unit_at: e.unit_at.map(|u| u + i + 1),
        slash_fraction: false,
    })
}

/// "sâu đến khoảng nửa mét", "gần nửa tấn bột chè", "hơn nửa lít": "nửa"
/// (half) right before a unit of measure is half of one unit, with the
/// qualifier before it (measure11 probe). Not a unit of time ("hơn nửa
/// tháng" is a duration, the time grammar's), nor after "dưới", which
/// before a half is as often a place ("nhà chìm dưới nửa mét nước", under
/// half a metre of water) as a bound. The scanner starts no window at
/// "nửa" itself, so in running text a half is read after a qualifier, and
/// "đun với nửa lít nước" or the saying "kẻ tám lạng người nửa cân" stay
/// unread.
fn half_of_unit(toks: &[Token<'_>], i: usize, qualifier: Option<Qualifier>) -> Option<Entity> {
    toks.get(i).filter(|t| t.is("nửa"))?;
    if qualifier == Some(Qualifier::LessThan) {
        return None;
    }
    let rest = toks.get(i + 1..)?;
    rest.first()
        .filter(|t| t.kind == Kind::Word && t.space_before && !t.line_before)?;
    let m = match_unit(rest, true)?;
    if m.unit.dimension() == unit::Dimension::Time {
        return None;
    }
    Some(Entity {
        quantity: Quantity::Measure(Measure {
            value: Value::Exact(Decimal::new(5, 1).ok()?),
            unit: m.unit,
            per: None,
            per_count: None,
            qualifier,
        }),
        used: i + 1 + m.len,
        first: None,
        first_at: i,
        interval: false,
        qualified: qualifier.is_some(),
        unit_at: Some(i + 1),
        slash_fraction: false,
    })
}

/// True when the word at `i` is a unit of time ("nửa tỷ năm", "vài chục
/// năm"): what a count of a scale before it counts is a length of time.
pub(crate) fn time_word_at(toks: &[Token<'_>], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        matches!(
            t.folded.as_ref(),
            "năm" | "tháng" | "ngày" | "tuần" | "giờ" | "tiếng" | "phút" | "giây" | "thế"
        )
    })
}

/// Half of an exact amount ("nửa tỷ đồng"); `None` for a bound or an
/// interval, or on overflow.
pub(crate) fn half_of(amount: Value) -> Option<Value> {
    let Value::Exact(whole) = amount else {
        return None;
    };
    Some(Value::Exact(
        whole.checked_mul(Decimal::new(5, 1).ok()?).ok()?,
    ))
}

/// Reads the longest entity at the start of `toks`.
pub(crate) fn entity(toks: &[Token<'_>], opts: Options) -> Result<Entity, Fail> {
    // A quantity never spans a line break ("14,6 triệu USD\n2. …").
    let line_end = toks
        .iter()
        .skip(1)
        .position(|t| t.line_before)
        .map_or(toks.len(), |p| p + 1);
    let toks = toks.get(..line_end).unwrap_or(toks);
    if toks.first().is_some_and(|t| t.is("thứ") || t.is("hạng")) {
        return ordinal(toks);
    }
    if let Some(rank) = group_rank(toks) {
        return Ok(rank);
    }
    let mut i = 0;
    let qualifier = match_qualifier(toks).map(|(q, n)| {
        i = n;
        q
    });
    // "giảm quá nửa", "quá nửa số quan chức": more than half ("quá"
    // bounds nothing else here: "không quá" is read above, "quá 15 phút"
    // is left to its context).
    let past_half = (qualifier.is_none()
        && toks.first().is_some_and(|t| t.is("quá"))
        && toks.get(1).is_some_and(|t| t.is("nửa")))
    .then_some((Qualifier::MoreThan, 1));
    if let Some(half) = past_half
        .and_then(|(q, at)| qualified_half(toks, at, Some(q)))
        .or_else(|| qualified_half(toks, i, qualifier))
    {
        return Ok(half);
    }
    if let Some(half) = qualifier.and_then(|q| half_of_scale(toks, i, q, opts)) {
        return Ok(half);
    }
    if let Some(half) = half_of_unit(toks, i, qualifier) {
        return Ok(half);
    }
    let opener = toks.get(i).and_then(|t| {
        if t.is("từ") {
            Some(false)
        } else if t.is("giữa") {
            Some(true)
        } else {
            None
        }
    });
    let open_at = i;
    if opener.is_some() {
        i += 1;
    }
    // "từ trên 1 tỷ đồng đến 10 tỷ đồng", "từ gần 1,2 triệu đến 1,6
    // triệu": a qualifier after "từ" is the lower bound's own.
    let mut min_qualifier = opener
        .filter(|_| qualifier.is_none())
        .and_then(|_| match_qualifier(toks.get(i..).unwrap_or_default()))
        .map(|(q, n)| {
            i += n;
            q
        });
    // "từ vài trăm đến vài triệu đồng": a vague count after "từ" is the
    // lower bound, at least that much.
    let mut opts = opts;
    let vague_min = opener.is_some()
        && qualifier.is_none()
        && min_qualifier.is_none()
        && vague_bound(toks, i, opts);
    if vague_min {
        i += 1;
        min_qualifier = Some(Qualifier::AtLeast);
        opts = Options {
            bare_multipliers: true,
            ..opts
        };
    }
    // "hàng triệu tấn", "hàng nghìn USD", "hàng trăm người": millions of
    // tonnes, thousands of dollars, hundreds of people, at least.
    let mut qualifier = qualifier;
    let hang = qualifier.is_none()
        && opener.is_none()
        // "hằng trăm ha", "Hằng trăm cặp mắt": a spelling of "hàng" (a
        // twelfth number probe).
        && toks.get(i).is_some_and(|t| t.is("hàng") || t.is("hằng"))
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.word, Word::Tram | Word::Chuc | Word::Scale(_)))
        && reads_bare_multiplier(toks, i + 1, opts);
    if hang {
        i += 1;
        qualifier = Some(Qualifier::AtLeast);
        opts = Options {
            bare_multipliers: true,
            ..opts
        };
    }
    // "cả chục người", "cả trăm triệu đồng", "cả nghìn cây số": as many as
    // ten, a hundred, a thousand, `about`; "cả" stays out of the span (the scanner
    // starts it after the word), as in "cả hai". Not before a unit of
    // time ("cả chục năm" is the duration grammar's). A qualifier
    // before it keeps both words: "gần cả trăm triệu đồng".
    let all = !hang
        && opener.is_none()
        && toks.get(i).is_some_and(|t| t.is("cả"))
        && toks.get(i + 1).is_some_and(|t| {
            matches!(t.word, Word::Tram | Word::Chuc | Word::Scale(_))
                && t.text.starts_with(char::is_lowercase)
        })
        && !time_word_at(toks, i + 2)
        && reads_bare_multiplier(toks, i + 1, opts);
    if all {
        i += 1;
        // A vague round figure: about that much (p091, the twenty-fifth
        // blind set's aa025).
        qualifier = qualifier.or(Some(Qualifier::About));
        opts = Options {
            bare_multipliers: true,
            ..opts
        };
    }
    // "hơn trăm người", "gần chục xe", "hơn nghìn tỷ đồng": "hơn" (more
    // than) or "gần" (nearly) before a bare "trăm", "chục" or scale word
    // is "more than a hundred", "nearly ten". Not before a unit of time
    // ("hơn chục năm" is a duration the duration grammar does not read),
    // nor a capitalized word ("hơn Triệu": than Triệu, a name).
    let time_after = time_word_at(toks, i + 1);
    let bare_after_bound = !hang
        && opener.is_none()
        && i > 0
        && !time_after
        && toks.first().is_some_and(bare_bound_word)
        && toks.get(i).is_some_and(|t| {
            matches!(t.word, Word::Tram | Word::Chuc | Word::Scale(_))
                && t.text.starts_with(char::is_lowercase)
        })
        && bound(
            toks.get(i..).unwrap_or_default(),
            Options {
                bare_multipliers: true,
                ..opts
            },
        )
        .is_ok();
    if bare_after_bound {
        opts = Options {
            bare_multipliers: true,
            ..opts
        };
    }
    let first_at = i;
    let b1 = bound(toks.get(i..).unwrap_or_default(), opts).map_err(|f| Fail {
        at: f.at + i,
        what: f.what,
    })?;
    i += b1.used;
    let rest = toks.get(i..).unwrap_or_default();
    let fraction = fraction_after(&b1, rest, opts)
        .or_else(|| mixed_after(&b1, rest, opts).map(|(n, d, u)| (n, d, u, false)));
    if let (Some((numerator, denominator, used, slash)), None) = (fraction, opener) {
        return Ok(Entity {
            quantity: Quantity::Fraction(Fraction {
                numerator,
                denominator,
                qualifier,
            }),
            used: i + used,
            unit_at: None,
            first: Some(b1),
            first_at,
            interval: false,
            qualified: qualifier.is_some(),
            slash_fraction: slash,
        });
    }
    let mut value = Value::Exact(b1.value);
    let mut unit = b1.unit;
    let mut per = b1.per;
    let mut per_count = b1.per_count;
    let mut and_per = b1.and_per;
    let mut is_interval = false;
    let mut unit_at = b1.unit_at.map(|u| u + first_at);
    let between = opener == Some(true);
    let connected = connector(toks.get(i..).unwrap_or_default(), between)
        .or_else(|| {
            let b1_toks = toks.get(first_at..i).unwrap_or_default();
            spaced_dash_percent(toks.get(i..).unwrap_or_default(), &b1, b1_toks, opts)
        })
        .filter(|_| !hang);
    if let Some(n) = connected {
        // "từ 2 triệu đến dưới 50 triệu đồng", "từ 200.000 đến hơn 800.000
        // đồng": a qualifier after the word "đến" (or "tới") is the upper
        // bound's own, when the whole interval has none.
        // Not after a spelled first bound with no "từ": "lớn năm đến hơn
        // 68%" is "nắm" (holds) mistyped, not five.
        let worded = toks.get(i).is_some_and(|t| t.kind == Kind::Word);
        let spelled_first = opener.is_none()
            && toks
                .get(first_at + b1.num_start)
                .is_none_or(|t| t.kind != Kind::Digits);
        let mut max_qualifier = match_qualifier(toks.get(i + n..).unwrap_or_default())
            .filter(|_| worded && qualifier.is_none() && !spelled_first);
        // "từ 500 nghìn đến vài triệu đồng": a vague count after "đến" is
        // the upper bound, at least that much.
        let mut b2_opts = opts;
        if max_qualifier.is_none()
            && worded
            && qualifier.is_none()
            && !spelled_first
            && vague_bound(toks, i + n, opts)
        {
            max_qualifier = Some((Qualifier::AtLeast, 1));
            b2_opts = Options {
                bare_multipliers: true,
                ..opts
            };
        }
        let n = n + max_qualifier.map_or(0, |(_, k)| k);
        let b2 = bound(toks.get(i + n..).unwrap_or_default(), b2_opts);
        // "sau 5 năm đến năm 2007": "năm" before a year is the word year.
        let year_word = |b2: &Bound| {
            matches!(b2.num.lone_unit, Some((5, super::lex::Form::Nam)))
                && toks
                    .get(i + n + b2.used)
                    .is_some_and(|t| t.kind == Kind::Digits)
        };
        let two_specs =
            |b2: &Bound| two_specs(&b1, b2, toks.get(i + n + b2.used..).unwrap_or_default());
        if let Some(b2) = b2.ok().filter(|b2| !year_word(b2) && !two_specs(b2)) {
            let dashed = toks
                .get(i)
                .is_some_and(|t| matches!(t.kind, Kind::Sym('-' | '–' | '—')));
            let b2 = carry_sign(&b1, b2, dashed);
            if let Some((min, max, u, p)) = interval(&b1, &b2, vague_min) {
                // "từ khoảng 3 - 4 hộ": before a dashed pair "khoảng" is
                // the whole interval's (about 3 to 4); "từ trên 10 - 18
                // triệu" stays the lower bound's (over 10, up to 18).
                let (min_qualifier, whole) = if worded || min_qualifier != Some(Qualifier::About) {
                    (min_qualifier, qualifier)
                } else {
                    (None, qualifier.or(min_qualifier))
                };
                qualifier = whole;
                value = Value::Interval {
                    min,
                    max,
                    min_qualifier,
                    max_qualifier: max_qualifier.map(|(q, _)| q),
                };
                unit = u;
                (per, per_count, and_per) = p;
                unit_at = unit_at.or(b2.unit_at.map(|u| u + i + n));
                i += n + b2.used;
                is_interval = true;
            }
        }
    }
    // "chừng 14, 15 tuổi", "3, 4 người": two consecutive whole numbers
    // around a comma, then a word, are a rough count (14 or 15), not a
    // list ("lớp 10, 11 và 12" goes on with "và"; "1, 2, 3" with a comma).
    if !is_interval && opener.is_none() && !hang {
        if let Some((min, max, u, p, n)) =
            consecutive_pair(&b1, toks.get(i..).unwrap_or_default(), opts)
        {
            value = Value::interval(min, max);
            unit = u;
            (per, per_count, and_per) = p;
            i += n;
            is_interval = true;
        }
    }
    if opener.is_some() && !is_interval {
        return Err(Fail {
            at: open_at,
            what: FailWhat::BadInterval,
        });
    }
    // "hơn 3 tháng nữa" is the duration scanner's; "hơn 100 nữa" is ours.
    if qualifier == Some(Qualifier::MoreThan) && toks.get(i).is_some_and(|t| t.is("nữa")) {
        i += 1;
    }
    let quantity = match unit {
        Unit::None => Quantity::Number(Number { value, qualifier }),
        Unit::Percent => Quantity::Percent(Percent {
            value,
            per,
            per_count,
            qualifier,
        }),
        Unit::Money(currency) => Quantity::Money(Money {
            amount: value,
            currency,
            per,
            per_count,
            and_per,
            qualifier,
        }),
        Unit::Measure(unit) => Quantity::Measure(Measure {
            value,
            unit,
            per,
            per_count,
            qualifier,
        }),
    };
    Ok(Entity {
        quantity,
        used: i,
        first: Some(b1),
        first_at,
        interval: is_interval,
        qualified: qualifier.is_some(),
        unit_at,
        slash_fraction: false,
    })
}

/// The qualifier words before which a bare "trăm", "chục" or scale word
/// is read ("hơn trăm người", "gần chục xe"; "khoảng chục mét", "chừng
/// chục người", "tầm trăm nghìn đồng": numrecall; "ngót trăm tuổi":
/// num18 probe).
fn bare_bound_word(t: &Token<'_>) -> bool {
    t.is("hơn") || t.is("gần") || t.is("khoảng") || t.is("chừng") || t.is("tầm") || t.is("ngót")
}
