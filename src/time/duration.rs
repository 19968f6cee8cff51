//! Durations: "hai ngày", "10 tháng", "3 tiếng", "1 giờ 20 phút", "2-3 năm".

use core::fmt;
use std::borrow::Cow;

use crate::number::{Decimal, Value};

use super::grammar::{Grammar, Read, is_dash};
use super::numbers::number_at;
use crate::lex::Word;
use crate::lex::{Gap, Kind};

/// The unit of a [`Duration`].
///
/// ```
/// use vietnorm::time::TimeUnit;
/// assert_eq!(TimeUnit::Minute.as_str(), "minute");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum TimeUnit {
    /// năm.
    Year,
    /// tháng.
    Month,
    /// tuần.
    Week,
    /// ngày.
    Day,
    /// giờ, tiếng.
    Hour,
    /// phút.
    Minute,
    /// giây.
    Second,
}

impl TimeUnit {
    /// The contract's name: `year`, `month`, `week`, `day`, `hour`,
    /// `minute`, `second`.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::TimeUnit::Year.as_str(), "year");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            TimeUnit::Year => "year",
            TimeUnit::Month => "month",
            TimeUnit::Week => "week",
            TimeUnit::Day => "day",
            TimeUnit::Hour => "hour",
            TimeUnit::Minute => "minute",
            TimeUnit::Second => "second",
        }
    }

    /// The Vietnamese word for the unit.
    ///
    /// ```
    /// assert_eq!(vietnorm::time::TimeUnit::Hour.word(), "giờ");
    /// ```
    pub const fn word(self) -> &'static str {
        match self {
            TimeUnit::Year => "năm",
            TimeUnit::Month => "tháng",
            TimeUnit::Week => "tuần",
            TimeUnit::Day => "ngày",
            TimeUnit::Hour => "giờ",
            TimeUnit::Minute => "phút",
            TimeUnit::Second => "giây",
        }
    }

    /// The next smaller unit and how many of it make one of this unit,
    /// when that is exact: a month has no fixed number of days.
    const fn smaller(self) -> Option<(TimeUnit, i64)> {
        match self {
            TimeUnit::Year => Some((TimeUnit::Month, 12)),
            TimeUnit::Week => Some((TimeUnit::Day, 7)),
            TimeUnit::Day => Some((TimeUnit::Hour, 24)),
            TimeUnit::Hour => Some((TimeUnit::Minute, 60)),
            TimeUnit::Minute => Some((TimeUnit::Second, 60)),
            TimeUnit::Month | TimeUnit::Second => None,
        }
    }

    fn from_word(w: Word) -> Option<TimeUnit> {
        Some(match w {
            Word::Nam => TimeUnit::Year,
            Word::Thang => TimeUnit::Month,
            Word::Tuan => TimeUnit::Week,
            Word::Ngay => TimeUnit::Day,
            Word::Gio | Word::Tieng => TimeUnit::Hour,
            Word::Phut => TimeUnit::Minute,
            Word::Giay => TimeUnit::Second,
            _ => return None,
        })
    }
}

impl fmt::Display for TimeUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A length of time: an exact value or an interval ("2-3 năm") in one
/// unit. A compound duration is given in its smallest unit: "1 giờ 20
/// phút" is 80 minutes, "2 năm 3 tháng" 27 months.
///
/// Serializes (feature `serde`) as `{"value": "80", "unit": "minute"}`, or
/// with `min` and `max` for an interval.
///
/// ```
/// use vietnorm::time::{parse_duration, TimeUnit};
/// let d = parse_duration("1 giờ 20 phút")?.value;
/// assert_eq!((d.value.exact().map(|v| v.to_string()), d.unit), (Some("80".into()), TimeUnit::Minute));
/// assert_eq!(d.to_string(), "80 phút");
/// # Ok::<(), vietnorm::time::ParseDurationError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Duration {
    /// How many units, exact or an interval.
    pub value: Value,
    /// The unit.
    pub unit: TimeUnit,
}

/// Writes "80 phút", "2-3 năm", with a decimal comma ("1,5 năm"); an
/// interval with a bound's own qualifier as "từ 12 đến dưới 24 tháng",
/// which parses back to itself.
///
/// ```
/// let d = vietnorm::time::parse_duration("từ 12 đến dưới 24 tháng")?.value;
/// assert_eq!(d.to_string(), "từ 12 đến dưới 24 tháng");
/// assert_eq!(vietnorm::time::parse_duration(&d.to_string())?.value, d);
/// # Ok::<(), vietnorm::time::ParseDurationError>(())
/// ```
impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let comma = |d: Decimal| d.to_string().replace('.', ",");
        match self.value {
            Value::Interval {
                min,
                max,
                min_qualifier: None,
                max_qualifier: None,
            } => write!(f, "{}-{} {}", comma(min), comma(max), self.unit.word()),
            // "từ hơn 2 đến 5 năm", "từ 12 đến dưới 24 tháng".
            Value::Interval {
                min,
                max,
                min_qualifier,
                max_qualifier,
            } => {
                let (min, max) = (comma(min), comma(max));
                let bounds = ((min.as_str(), min_qualifier), (max.as_str(), max_qualifier));
                crate::number::quantity::write_from_to(f, bounds)?;
                write!(f, " {}", self.unit.word())
            }
            Value::Exact(v) => write!(f, "{} {}", comma(v), self.unit.word()),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Duration {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::number::quantity::ser::{fields, write_value};
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Duration", fields(&self.value, false, 1))?;
        write_value(&mut st, "value", &self.value)?;
        st.serialize_field("unit", &self.unit)?;
        st.end()
    }
}

/// `value` of unit `from` in the smaller unit `to`, when the conversion is
/// exact (years to months, weeks to days to hours to minutes to seconds;
/// not months to days).
fn convert(value: Decimal, from: TimeUnit, to: TimeUnit) -> Option<Decimal> {
    let mut value = value;
    let mut unit = from;
    while unit != to {
        let (smaller, factor) = unit.smaller()?;
        value = value.checked_mul(Decimal::from(factor)).ok()?;
        unit = smaller;
    }
    Some(value)
}

/// Words that stand between a count and "một" without being what is
/// counted, so "một" with its unit after them is no rate's "per"
/// ([`Grammar::rate_per_one`]).
const RATE_NOT_COUNTED: &[&str] = &[
    "thêm", "hơn", "quá", "có", "sau", "trước", "và", "hoặc", "hay", "nhưng", "mà", "thì", "là",
    "trong", "mất", "được", "với", "của", "cho", "đến", "tới", "từ", "khoảng", "gần", "chỉ", "còn",
    "nữa", "lại", "đã", "sẽ", "đang", "vào", "ra", "lên", "xuống", "tuổi", "rồi", "cả",
];

/// A count before a unit: digits ("10", "1,5") or words ("hai", "mười lăm").
fn count(g: &Grammar<'_>, i: usize) -> Read<Decimal> {
    if g.glued_before(i) {
        return None;
    }
    let t = g.tok(i)?;
    match t.kind {
        Kind::Num { .. } | Kind::Word { .. } => {}
        Kind::Punct(_) => return None,
    }
    if matches!(g.word_at(i), Some(Word::Tu4 | Word::Lam | Word::Mot2)) {
        return None;
    }
    if let Some(vague) = g.vague_scale(i) {
        return Some(vague);
    }
    if let Some(odd) = g.odd_tens(i) {
        return Some(odd);
    }
    if let Some(ten) = g.about_ten(i) {
        return Some(ten);
    }
    // "chục" alone, after no word that makes it vague (read above by
    // `vague_scale`: "hơn chục năm", "cả chục năm", "mấy chục năm"), is
    // no count but before a unit of time (`Grammar::bare_ten`).
    if g.is(i, Word::Chuc) {
        return g.bare_ten(i);
    }
    // "trăm", "nghìn" alone before "năm", where the words around it ask
    // how long or how old (`Grammar::bare_hundreds`).
    if matches!(g.word(i), Some(Word::Tram | Word::Nghin)) {
        if let Some(hundreds) = g.bare_hundreds(i) {
            return Some(hundreds);
        }
    }
    let (v, j) = number_at(g, i)?;
    let (v, j) = with_scale(g, i, v, j)?;
    (!v.is_negative()).then_some((v, j))
}

/// A count of a unit the contract does not give, or its interval, in a
/// smaller one it holds `factor` times: decades in years (10), quarters
/// in months (3). `None` for a falling interval or an overflow.
fn in_smaller_unit(first: Decimal, upper: Option<Decimal>, factor: u32) -> Option<Value> {
    let factor = Decimal::from(factor);
    Some(match upper {
        Some(max) if max > first => Value::interval(
            first.checked_mul(factor).ok()?,
            max.checked_mul(factor).ok()?,
        ),
        Some(_) => return None,
        None => Value::Exact(first.checked_mul(factor).ok()?),
    })
}

/// "41 triệu năm", "4 tỷ năm trước": digits read alone (the number reader
/// stops after plain digits), then "triệu" or "tỷ" after a space, scale
/// them (sixth date probe). Other counts pass as read.
fn with_scale(g: &Grammar<'_>, i: usize, v: Decimal, j: usize) -> Read<Decimal> {
    if !matches!(g.toks.get(i).map(|t| t.kind), Some(Kind::Num { .. })) {
        return Some((v, j));
    }
    match scale_word(g, j) {
        Some(factor) => Some((v.checked_mul(Decimal::from(factor)).ok()?, j + 1)),
        None => Some((v, j)),
    }
}

/// The factor of "triệu" or "tỷ" at `j`, after a space.
fn scale_word(g: &Grammar<'_>, j: usize) -> Option<u64> {
    if g.tok(j)?.gap != Gap::Space {
        return None;
    }
    match g.word_at(j)? {
        Word::Trieu => Some(1_000_000),
        Word::Ty => Some(1_000_000_000),
        _ => None,
    }
}

/// True when the word before the number that ends before `h` (the unit's
/// token) asks or tells how long: "suốt", "trong", "mất", "kéo dài", a
/// qualifier ("hơn", "gần", "khoảng", "chừng"), "sau".
fn length_word_before(g: &Grammar<'_>, h: usize) -> bool {
    h.checked_sub(2)
        .and_then(|k| g.toks.get(k))
        .and_then(|t| g.folded_text(t))
        .is_some_and(|w| {
            matches!(
                w.as_ref(),
                "suốt" | "trong" | "mất" | "dài" | "hơn" | "gần" | "khoảng" | "chừng" | "sau"
            )
        })
}

/// True when the "s" at `i`, glued to a count of one to three digits,
/// is seconds: a word that asks or bounds how long stands before the
/// count, a space between ("thời lượng 3s", "chưa tới 10s", "chưa đầy
/// 40s", "mất 5s"; gen33 probe). "iPhone 5s", "McLaren 570s", "thập niên
/// 30s", "độ tuổi 20s" and "5s" (the method) have no such word.
fn seconds_asked(g: &Grammar<'_>, i: usize) -> bool {
    let short_count = g.num(i - 1).is_some_and(|(_, len)| len <= 3);
    let spaced = g.tok(i - 1).is_some_and(|t| t.gap == Gap::Space);
    short_count
        && spaced
        && g.word_text(i - 2).is_some_and(|w| {
            matches!(
                w.as_ref(),
                "lượng" | "tới" | "đầy" | "trong" | "mất" | "khoảng" | "chừng" | "hơn" | "gần"
            )
        })
}

/// A unit word at `i`: the unit and the index after it ("tiếng đồng hồ").
fn unit(g: &Grammar<'_>, i: usize) -> Read<TimeUnit> {
    // Abbreviations touching their numbers: "24h" (hours, when it is not
    // a time of day), "5p", "12p03s". Capital "P" and "S" are model names
    // ("6S"), and "s" only counts after minutes.
    match g.adj(i).map(|t| t.kind) {
        // "BKS 86H-4479": a licence plate, not 86 hours.
        Some(Kind::Word {
            word: Word::H,
            capital,
            ..
        }) if g.adj_num(i + 1).is_none()
            && !(capital
                && g.adj_punct(i + 1).is_some_and(is_dash)
                && g.adj_num(i + 2).is_some())
            // "BKS 28H- 6268", "chuyên án 513H": a code, unless a word
            // that asks how long stands before the number ("chạy suốt
            // 24H liền"; date17).
            && !(capital && g.capital_code_h(i) && !length_word_before(g, i)) =>
        {
            let end = if g.is(i + 1, Word::Dong) && g.is(i + 2, Word::Ho) {
                i + 3
            } else {
                i + 1
            };
            return Some((TimeUnit::Hour, end));
        }
        Some(Kind::Word {
            word: Word::P,
            capital: false,
            ..
        }) => return Some((TimeUnit::Minute, i + 1)),
        Some(Kind::Word {
            word: Word::S,
            capital: false,
            ..
        }) if i >= 2
            && (matches!(
                g.toks.get(i - 2).map(|t| t.kind),
                Some(Kind::Word { word: Word::P, .. })
            ) || seconds_asked(g, i)) =>
        {
            return Some((TimeUnit::Second, i + 1));
        }
        _ => {}
    }
    let u = TimeUnit::from_word(g.word(i)?)?;
    if u == TimeUnit::Hour && g.is(i + 1, Word::Dong) && g.is(i + 2, Word::Ho) {
        return Some((u, i + 3));
    }
    // "một tuần lễ" (a week) takes "lễ" as "giờ đồng hồ" takes "đồng
    // hồ"; "tuần tra" (to patrol), "tuần dương hạm" (a cruiser) and
    // "tuần lễ thời trang" (a fashion week, an event) are no weeks.
    if u == TimeUnit::Week {
        let text = |k: usize| {
            g.tok(k)
                .filter(|t| t.gap == Gap::Space && t.end - t.start <= 8)
                .and_then(|t| g.text.get(t.start..t.end))
                .map(crate::lex::fold)
        };
        match text(i + 1).as_deref() {
            Some("lễ") if text(i + 2).as_deref() == Some("thời") => return None,
            Some("lễ") => return Some((u, i + 2)),
            Some("tra" | "dương") => return None,
            _ => {}
        }
    }
    Some((u, i + 1))
}

impl Grammar<'_> {
    /// True at the number of "lớp 6 năm học": "lớp" (grade) before it,
    /// "năm học" (school year) after it. Gated on the number's token.
    fn grade_of_school_year(&self, at: usize) -> bool {
        at > 0
            && matches!(self.tok(at).map(|t| t.kind), Some(Kind::Num { .. }))
            && self.word_text(at + 1).as_deref() == Some("năm")
            && self.word_text(at + 2).as_deref() == Some("học")
            && self.word_text(at - 1).as_deref() == Some("lớp")
    }

    /// True at a number right after "thứ": "năm thứ 20 Tháng hành động",
    /// "kỷ niệm lần thứ 110 ngày sinh", "lần thứ 11 ngày Di sản Văn hóa":
    /// the number is the ordinal's, and the unit after it starts a name or
    /// a day ("Ngày Di sản"), no count of time (date12 probe). Gated on
    /// the word before the number.
    fn after_thu(&self, at: usize) -> bool {
        at > 0
            && self.tok(at).is_some_and(|t| t.gap == Gap::Space)
            && self.word_text(at - 1).as_deref() == Some("thứ")
    }

    /// True at the number of "tập 2 tuần này", "tốp 20 năm nay", "vòng 3
    /// ngày mai", "Top 100 tháng 11/2018": a word that makes the number
    /// after it a label (an episode, a ranking, a round, a batch, a leg, a
    /// show; "vòng" not after "trong", "trong vòng" asks how long) before
    /// it, and after the unit at `end` a word that makes the unit a point
    /// in time ("này", "nay", "tới", "mai", "trước", "qua", "sau",
    /// "ngoái") or digits (the date it leads). Gated on the number's token.
    fn label_before_period(&self, at: usize, end: usize) -> bool {
        if at == 0 || !matches!(self.tok(at).map(|t| t.kind), Some(Kind::Num { .. })) {
            return false;
        }
        let point_after = self.num(end).is_some()
            || matches!(
                self.word(end),
                Some(
                    Word::Nay
                        | Word::Nay2
                        | Word::Toi2
                        | Word::Mai
                        | Word::Truoc
                        | Word::Qua
                        | Word::Sau
                        | Word::Ngoai
                )
            );
        if !point_after {
            return false;
        }
        self.label_number(at)
    }

    /// True when the word before the number at `at` makes it a label's
    /// number: an episode, a ranking, a batch, a leg, a show or a round
    /// ("tập 2", "tốp 20", "top 10", "đợt 1", "chặng 2", "liveshow 5",
    /// "vòng 3"; "vòng" not after "trong": "trong vòng 4 năm" asks how
    /// long). Shared by the durations ("tốp 20 năm nay" is no twenty
    /// years) and the relative dates ("năm nay" after it is this year).
    pub(crate) fn label_number(&self, at: usize) -> bool {
        if at == 0 {
            return false;
        }
        match self.word_text(at - 1).as_deref() {
            Some("tập" | "top" | "tốp" | "đợt" | "chặng" | "liveshow") => true,
            // "mạnh mẽtrong vòng 4 năm qua": "trong" glued to the word
            // before it still asks how long.
            Some("vòng") => {
                at < 2 || !self.word_text(at - 2).is_some_and(|w| w.ends_with("trong"))
            }
            _ => false,
        }
    }

    /// A duration: "hai ngày", "3 tiếng", "1 giờ 20 phút", "2-3 năm",
    /// "từ 2 đến 3 năm", "1 tiếng rưỡi".
    pub(crate) fn duration(&self, i: usize) -> Read<Duration> {
        let (has_tu, at) = if self.is(i, Word::Tu) {
            (true, i + 1)
        } else {
            (false, i)
        };
        // "từ hơn 2 năm đến 5 năm": a qualifier after "từ" is the lower
        // bound's own, when a worded "đến" follows (`bound_qualifier`).
        let (min_qualifier, at) = match self.bound_qualifier(at).filter(|_| has_tu) {
            Some((q, next)) => (Some(q), next),
            None => (None, at),
        };
        // One unit with no count, the qualifier read on the word before
        // it (`qualifier`): "hàng tháng trời" (at least; "trời" stays out
        // of the span, as "qua"), and "hơn tiếng đồng hồ", "gần tháng
        // nay", "hơn tuần lễ" after "hơn" or "gần"
        // (`unit_after_bare_qualifier`; num17 probe).
        if !has_tu && at > 0 {
            // "hàng thập kỷ", "hàng thế kỷ" (for decades, for centuries):
            // at least one, given in years as the counted ones are (dur5
            // probe).
            if self.is_hang(at - 1) {
                if let Some((years, end)) = self.decades_or_centuries(at) {
                    return Some((
                        Duration {
                            value: Value::Exact(Decimal::from(years)),
                            unit: TimeUnit::Year,
                        },
                        end,
                    ));
                }
            }
            let one_unit = if self.is_hang(at - 1) {
                self.unit_on_end(at)
            } else if self.is(at - 1, Word::Hon) || self.is(at - 1, Word::Gan) {
                self.unit_after_bare_qualifier(at)
            } else {
                None
            };
            if let Some((unit, end)) = one_unit {
                return Some((
                    Duration {
                        value: Value::Exact(Decimal::from(1u32)),
                        unit,
                    },
                    end,
                ));
            }
        }
        // "nửa năm", "gần nửa tháng": half of one unit.
        if !has_tu && self.is_half(at) {
            // "nửa thế kỷ": half a century, fifty years.
            if self.strict && self.century_unit(at + 1) {
                return Some((
                    Duration {
                        value: Value::Exact(Decimal::from(50u32)),
                        unit: TimeUnit::Year,
                    },
                    at + 3,
                ));
            }
            let (unit_now, end) = unit(self, at + 1)?;
            if unit_now == TimeUnit::Year && self.num(end).is_some_and(|(_, len)| len == 4) {
                return None;
            }
            return Some((
                Duration {
                    value: Value::Exact(Decimal::new(5, 1).ok()?),
                    unit: unit_now,
                },
                end,
            ));
        }
        // "Quốc tế Thiếu nhi 1-6 năm nay": the date of the day, not one to
        // six years.
        if self.strict
            && !has_tu
            && self.num(at).is_some()
            && self
                .adj_punct(at + 1)
                .is_some_and(super::grammar::is_date_sep)
            && (self.after_childrens_day(at) || self.after_holiday(at))
        {
            return None;
        }
        // "vài ba phút", "dăm ba ngày": a few minutes, a few days; "ba"
        // there counts nothing (sixth date probe); nor does "bảy" in "dăm
        // bảy năm" (a few years; dur5 probe).
        if self.strict
            && (self.is(at, Word::Ba) || (self.is(at, Word::Bay) && self.is(at + 1, Word::Nam)))
            && !self.is(at + 1, Word::Chuc)
            && self.few_before(at)
        {
            return None;
        }
        // "lớp 6 năm học 2013-2014": a grade of the school year named
        // after it, not six years (seventh time probe).
        if self.strict && !has_tu && (self.grade_of_school_year(at) || self.after_thu(at)) {
            return None;
        }
        let (first, j) = count(self, at)?;
        // An interval: "2-3 năm", "từ 2 đến 3 năm".
        let mut upper = None;
        let mut max_qualifier = None;
        let mut k = j;
        // "5 đến 6 tiếng", "khoảng 10 đến 15 năm": a range with "đến"
        // and no "từ", checked against dates and times once the unit is
        // known (`bare_range_ok`).
        let mut bare = false;
        // "2 cho đến 4 năm", "3 cho tới 5 tuần": "cho" before "đến" or
        // "tới" joins the bounds as the word alone does (dur3 probe).
        let joint = if self.word_text(j).is_some_and(|w| w == "cho")
            && matches!(self.word(j + 1), Some(Word::Den | Word::Toi2))
        {
            j + 1
        } else {
            j
        };
        match self.tok(joint).map(|t| t.kind) {
            Some(Kind::Punct(c)) if is_dash(c) => {
                if let Some((v, e)) = self.after_dash_count(j + 1) {
                    upper = Some(v);
                    k = e;
                }
            }
            // "3, 4 năm": two consecutive counts around a comma glued to
            // the first are a rough interval ("three or four years"); so
            // are two spelled ones, "hai, ba ngày", "một, hai ngày" (a day
            // or two; tenth date probe), both digits or both words.
            Some(Kind::Punct(',')) if !has_tu && self.adj(j).is_some() => {
                let spelled = matches!(self.tok(at).map(|t| t.kind), Some(Kind::Word { .. }));
                let next = self
                    .tok(j + 1)
                    .filter(|t| {
                        t.gap == Gap::Space
                            && if spelled {
                                matches!(t.kind, Kind::Word { .. })
                            } else {
                                matches!(t.kind, Kind::Num { .. })
                            }
                    })
                    .and_then(|_| count(self, j + 1));
                let one = Decimal::from(1u32);
                if let Some((v, e)) = next
                    .filter(|(v, _)| first.is_integer() && first.checked_add(one).ok() == Some(*v))
                {
                    upper = Some(v);
                    k = e;
                }
            }
            Some(Kind::Word {
                word: Word::Den | Word::Toi2,
                ..
            }) => {
                // "từ 12 đến dưới 24 tháng": the upper bound's own
                // qualifier.
                let (q, after) = match self.bound_qualifier(joint + 1) {
                    Some((q, next)) => (Some(q), next),
                    None => (None, joint + 1),
                };
                if let Some((v, e)) = count(self, after) {
                    upper = Some(v);
                    max_qualifier = q;
                    k = e;
                    bare = !has_tu && self.strict;
                }
            }
            // "hai ba tuần", "sáu bảy tháng": two spelled counts in a row,
            // the second one more, are a rough interval (two or three
            // weeks), as the number module reads "hai ba người" (dur5
            // probe).
            Some(Kind::Word { .. }) if !has_tu && self.strict => {
                if let Some((v, e)) = self.next_spelled_count(at, j, first) {
                    upper = Some(v);
                    k = e;
                }
            }
            _ => {}
        }
        if has_tu && upper.is_none() {
            return self.unit_on_both_bounds(first, j, min_qualifier);
        }
        // "từ khoảng 3-4 năm": before a dashed pair the qualifier is the
        // whole interval's, read by the scanner from "khoảng".
        let worded = self.is(joint, Word::Den) || self.is(joint, Word::Toi2);
        if min_qualifier.is_some() && !worded {
            return None;
        }
        // "từ 5 - 10 triệu năm": the scale written once is both bounds'.
        // A count scaled by "triệu" or "tỷ" counts years or hours only
        // ("5 triệu tháng" is a wage).
        let scaled_first = j > at && scale_word(self, j - 1).is_some();
        let scaled_upper = upper.is_some() && k > at && scale_word(self, k - 1).is_some();
        let mut first = first;
        if scaled_upper && !scaled_first && self.num(at).is_some() && j == at + 1 {
            let factor = scale_word(self, k - 1)?;
            first = first.checked_mul(Decimal::from(factor)).ok()?;
        }
        let scaled = scaled_first || scaled_upper;
        // "hai thập kỷ", "hơn hai thập niên": decades, given in years.
        // Not "năm thập niên 90" (the decade of the nineties).
        if self.is(k, Word::Thap)
            && matches!(self.word(k + 1), Some(Word::Ky | Word::Nien))
            && self.num(k + 2).is_none()
        {
            return Some((
                Duration {
                    value: in_smaller_unit(first, upper, 10)?,
                    unit: TimeUnit::Year,
                },
                k + 2,
            ));
        }
        // "sau ba quý liên tục", "trong 2 quý đầu năm": quarters, given
        // in months as decades are in years (`quarter_unit`).
        if self.strict && self.quarter_unit(at, k) {
            return Some((
                Duration {
                    value: in_smaller_unit(first, upper, 3)?,
                    unit: TimeUnit::Month,
                },
                k + 1,
            ));
        }
        // "hai thế kỷ", "hơn một thế kỷ": centuries, given in years; a
        // count of ten or less ("những năm 70, 80 thế kỷ trước" are
        // decades of the last century), not "giữa hai thế kỷ" (between
        // two centuries).
        if self.strict
            && upper.is_none()
            && self.century_unit(k)
            && first <= Decimal::from(10u32)
            && !self.is(at, Word::Nam)
            && self.prev_word(at) != Some(Word::Giua)
        {
            return Some((
                Duration {
                    value: Value::Exact(first.checked_mul(Decimal::from(100u32)).ok()?),
                    unit: TimeUnit::Year,
                },
                k + 2,
            ));
        }
        let (mut unit_now, mut end) = unit(self, k).or_else(|| self.hom_days(at, k))?;
        if scaled && !matches!(unit_now, TimeUnit::Year | TimeUnit::Hour) {
            return None;
        }
        // "đạt 83 triệu năm nay": a scaled count before "năm nay", "năm
        // ngoái", "năm này", "năm tới" counts something of that year.
        if scaled
            && matches!(
                self.word(end),
                Some(Word::Nay | Word::Nay2 | Word::Ngoai | Word::Toi2)
            )
        {
            return None;
        }
        // "ba, bốn giờ sáng", "1, 2 giờ chiều": hours around a comma
        // before a part of the day are the time of day, three or four in
        // the morning, not a length (tenth date probe).
        if self.strict
            && unit_now == TimeUnit::Hour
            && upper.is_some()
            && self.punct(j) == Some(',')
            && matches!(
                self.word(end),
                Some(Word::Sang | Word::Trua | Word::Chieu | Word::Toi | Word::Dem | Word::Khuya)
            )
        {
            return None;
        }
        // "kỷ niệm 50 Ngày châu Phi", "năm thứ 20 Tháng hành động": a
        // unit word written with a capital inside a sentence opens a name,
        // it is no unit of the number before it (dur1 probe).
        if self.strict && self.capital_unit_in_name(at, k) {
            return None;
        }
        // "kết thúc lúc 24 giờ ngày 13/2", "từ 16 giờ đến 24 giờ các ngày
        // 8, 9 và 10-6", "24 giờ đêm": the midnight that ends a day, a
        // time of day, not twenty-four hours (dur1 probe).
        if self.strict
            && unit_now == TimeUnit::Hour
            && upper.is_none()
            && j == at + 1
            && first == Decimal::from(24u32)
            && self.day_after_midnight(end)
        {
            return None;
        }
        // "4 giờ, đò bắt đầu nổ máy", "Hơn 10 giờ, chợ đã vãn": hours
        // opening a sentence before a comma are its clock (dur3 probe).
        if self.strict
            && unit_now == TimeUnit::Hour
            && upper.is_none()
            && j == at + 1
            && !self.is(k, Word::Tieng)
            && self.hour_opening_sentence(at, end)
        {
            return None;
        }
        // "cách Trái Đất 14 năm ánh sáng": light-years measure a distance.
        if self.strict && unit_now == TimeUnit::Year && self.light_after(end) {
            return None;
        }
        // "một tiếng nổ", "một tiếng “bộp”": a sound, not an hour.
        if self.strict && self.is(k, Word::Tieng) && self.sound_after(end) {
            return None;
        }
        // "một năm mới", "một ngày nào đó", "là một năm thành công": "một"
        // is "a", and the word after says what kind of day or year.
        // Not after a qualifier or a word that asks how long ("hơn một
        // năm mới …", "mất một ngày mới xong": "mới" is "only then").
        let asks_how_long = self.how_long_word_before(at);
        if self.strict
            && upper.is_none()
            && self.is(at, Word::Mot)
            && j == k
            && ((unit_now <= TimeUnit::Day
                && (!asks_how_long || self.new_year_within(at, end))
                && self.kind_of_period(end))
                || self.some_one(end)
                || self.names_a_point(at)
                || (unit_now == TimeUnit::Year && self.year_given_for(at, end))
                || (unit_now == TimeUnit::Day && self.one_day_some_day(at, end))
                || (unit_now == TimeUnit::Day && self.a_day_of(end))
                || (self.is(k, Word::Tieng) && self.sound_made(at))
                || self.rate_per_one(at, unit_now)
                || (unit_now <= TimeUnit::Day
                    && !asks_how_long
                    && (self.per_before_count(at, end) || self.per_before_times(at, end))))
        {
            return None;
        }
        // "bình quân một ngày các xưởng chế biến khoảng 100 đến 150kg",
        // "Trung bình một ngày đàn ông nói …": on average per day, the
        // "per" of what the clause after counts, no length (dur6 probe).
        // Spelled "một" only, as in `rate_per_one`: the digit "1" is a
        // count (num21).
        if self.strict
            && upper.is_none()
            && j == at + 1
            && k == j
            && self.is(at, Word::Mot)
            && self.average_per_one(at, end)
        {
            return None;
        }
        // "6 tiếng Hán", "hai tiếng Việt Nam": words of a language.
        if self.strict && self.is(k, Word::Tieng) && self.language_after(end) {
            return None;
        }
        // "720p", "1080p": the lines of a video, not minutes.
        if self.strict && unit_now == TimeUnit::Minute && self.is(k, Word::P) {
            let lines = [144u32, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320];
            if self.num(at).is_some_and(|(v, _)| lines.contains(&v)) {
                return None;
            }
        }
        if self.strict && upper.is_none() && j == at + 1 && self.year_before_unit(at, end) {
            return None;
        }
        // "518 và 581 ngày hôm qua", "S&P 500 ngày hôm qua": "ngày hôm
        // qua" and "ngày hôm nay" are yesterday and today, not the unit of
        // the digits before them (eighth date probe).
        if self.strict
            && unit_now == TimeUnit::Day
            && upper.is_none()
            && j == at + 1
            && self.num(at).is_some()
            && self.is(k, Word::Ngay)
            && self.is(end, Word::Hom)
            && matches!(self.word(end + 1), Some(Word::Qua | Word::Nay))
        {
            return None;
        }
        // "200 ngày công lao động", "hơn 2.000 ngày công để cải tạo đất":
        // man-days, a count of work, not a length of time (gen50 probe).
        if self.strict && unit_now == TimeUnit::Day && self.is(k, Word::Ngay) && self.man_days(end)
        {
            return None;
        }
        // "tập 2 tuần này", "tốp 20 năm nay": the number of an episode or
        // a ranking, the unit a point in time after it (eighth date probe).
        if self.strict && upper.is_none() && j == at + 1 && self.label_before_period(at, end) {
            return None;
        }
        // "trong tháng 11 và 12 năm nay": the second month of a list of
        // months, "năm nay" the year they are in, not twelve years (ninth
        // date probe).
        if self.strict
            && upper.is_none()
            && j == at + 1
            && unit_now == TimeUnit::Year
            && self.month_listed_before(at)
        {
            return None;
        }
        // "48 năm 1972": "năm 1972" is a year, not the unit of 48.
        if unit_now == TimeUnit::Year && self.num(end).is_some_and(|(_, len)| len == 4) {
            return None;
        }
        // "cấp 3 ngày 7/2", "15 giờ 30 ngày 13-5": "ngày" leads the date
        // after it, it is not the unit of the number before.
        if self.strict && unit_now == TimeUnit::Day && self.dated_ngay(k) {
            return None;
        }
        if self.strict && self.spelled_nam_before_thang(at, j, unit_now) {
            return None;
        }
        let mut value = first;
        if let Some(max) = upper {
            if max <= first {
                return None;
            }
            // "thua Hải Phòng 0-5 tuần trước": nil to five after a name
            // inside a sentence (a word before its capital) is a score,
            // the unit the week it was played in; a span of time from
            // zero is written with "từ" or opens the sentence ("Trẻ 0-6
            // tháng tuổi") (ninth date probe).
            if self.strict
                && !has_tu
                && first.is_zero()
                && self
                    .tok(j)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct(c) if is_dash(c)))
                && at >= 2
                && self.capital(at - 1)
                && self.word(at - 2).is_some()
            {
                return None;
            }
            if bare && !self.bare_range_ok(at, k, end, unit_now, max) {
                return None;
            }
            return Some((
                Duration {
                    value: Value::Interval {
                        min: first,
                        max,
                        min_qualifier,
                        max_qualifier,
                    },
                    unit: unit_now,
                },
                end,
            ));
        }
        // "1 tiếng rưỡi": and a half.
        if self.is(end, Word::Ruoi) {
            let half = Decimal::new(5, 1).ok()?;
            value = value.checked_add(half).ok()?;
            return Some((
                Duration {
                    value: Value::Exact(value),
                    unit: unit_now,
                },
                end + 1,
            ));
        }
        // "3 ngày 2 đêm", "ba ngày hai đêm", "ba ngày ba đêm": a stay or a
        // tour counted in days and the nights inside them; a reader gives
        // its length in days, the nights in the span (ninth date probe;
        // CONVENTIONS.md). The nights are one fewer or as many as the days.
        if unit_now == TimeUnit::Day && value.is_integer() {
            // "sau 1 ngày đêm mất tích", "81 ngày đêm": days counted with
            // their nights, whole days and nights; the span takes "đêm".
            if self.is(end, Word::Dem) && self.tok(end).is_some_and(|t| t.gap == Gap::Space) {
                return Some((
                    Duration {
                        value: Value::Exact(value),
                        unit: unit_now,
                    },
                    end + 1,
                ));
            }
            if let Some((n, e)) = count(self, end) {
                let one = Decimal::from(1u32);
                let close = n == value || n.checked_add(one).ok() == Some(value);
                if close
                    && self.is(e, Word::Dem)
                    && self.tok(e).is_some_and(|t| t.gap == Gap::Space)
                {
                    return Some((
                        Duration {
                            value: Value::Exact(value),
                            unit: unit_now,
                        },
                        e + 1,
                    ));
                }
            }
        }
        // Compound: "1 giờ 20 phút", "2 năm 3 tháng", "5 phút 30 giây",
        // "1 giờ 30 giây": each part in a smaller unit than the last.
        while value.is_integer() {
            let Some((n, e)) = count(self, end).or_else(|| self.after_unit_count(end)) else {
                break;
            };
            let Some((u, e2)) = unit(self, e) else { break };
            if !n.is_integer() || u <= unit_now {
                break;
            }
            let Some(scaled) = convert(value, unit_now, u) else {
                break;
            };
            value = scaled.checked_add(n).ok()?;
            unit_now = u;
            end = e2;
        }
        Some((
            Duration {
                value: Value::Exact(value),
                unit: unit_now,
            },
            end,
        ))
    }

    /// True when the number at `at` (1 to 12) follows "tháng N" (an
    /// earlier month) and "và", "hoặc" or a comma: "tháng 11 và [12]",
    /// "tháng 5, [6]" name a second month ("tháng 3 và 2 năm qua" may
    /// still count years).
    fn month_listed_before(&self, at: usize) -> bool {
        let is_month = |k: usize| {
            self.num(k)
                .is_some_and(|(m, len)| len <= 2 && (1..=12).contains(&m))
        };
        // The tokens "tháng", the first month and the joiner before `at`.
        let Some(thang) = at.checked_sub(3) else {
            return false;
        };
        let (first, joiner) = (thang + 1, thang + 2);
        let joined = self.punct(joiner) == Some(',')
            || self
                .word_text(joiner)
                .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc"));
        let later = match (self.num(at), self.num(first)) {
            (Some((b, _)), Some((a, _))) => b > a,
            _ => false,
        };
        joined && is_month(at) && is_month(first) && later && self.is(thang, Word::Thang)
    }

    /// "từ hai năm đến bảy năm", "từ 6 tháng đến 3 năm", "từ 30 phút đến
    /// 1 tiếng": after "từ", a unit on both bounds; one interval in the
    /// smaller unit (6 to 36 months). `first` is the count at `at`, `j`
    /// the token after it. Not with "giờ", which makes a range of times
    /// of day ("từ 6 giờ đến 21 giờ").
    fn unit_on_both_bounds(
        &self,
        first: Decimal,
        j: usize,
        min_qualifier: Option<crate::number::Qualifier>,
    ) -> Read<Duration> {
        let (u1, e1) = unit(self, j)?;
        // "từ một tiếng rưỡi đến hai tiếng": and a half on either bound
        // (dur5 probe).
        let half = Decimal::new(5, 1).ok()?;
        let (first, e1) = if self.is(e1, Word::Ruoi) {
            (first.checked_add(half).ok()?, e1 + 1)
        } else {
            (first, e1)
        };
        if !self.is(e1, Word::Den) || self.is(j, Word::Gio) || self.adj(j).is_some() {
            return None;
        }
        // "từ 1 tháng đến dưới 12 tháng": the upper bound's own qualifier.
        let (max_qualifier, e1) = match self.bound_qualifier(e1 + 1) {
            Some((q, next)) => (Some(q), next - 1),
            None => (None, e1),
        };
        let (second, e2) = count(self, e1 + 1)?;
        if self.adj(e2).is_some() || self.is(e2, Word::Gio) {
            return None;
        }
        let (u2, end) = unit(self, e2)?;
        let (second, end) = if self.is(end, Word::Ruoi) {
            (second.checked_add(half).ok()?, end + 1)
        } else {
            (second, end)
        };
        if u1 == TimeUnit::Year && self.num(e1 + 1).is_some_and(|(_, len)| len == 4) {
            return None;
        }
        if u2 == TimeUnit::Year && self.num(end).is_some_and(|(_, len)| len == 4) {
            return None;
        }
        if self.strict && u2 == TimeUnit::Day && self.dated_ngay(e2) {
            return None;
        }
        let small = u1.max(u2);
        let min = convert(first, u1, small)?;
        let max = convert(second, u2, small)?;
        (max > min).then_some((
            Duration {
                value: Value::Interval {
                    min,
                    max,
                    min_qualifier,
                    max_qualifier,
                },
                unit: small,
            },
            end,
        ))
    }

    /// A bound's own qualifier at `i` ("hơn", "trên", "dưới", "gần",
    /// "khoảng", …, from the table of `qualifier`) before a count, and
    /// the token after it: "từ 12 đến dưới 24 tháng", "từ hơn 2 năm đến 5
    /// năm".
    fn bound_qualifier(&self, i: usize) -> Read<crate::number::Qualifier> {
        self.word(i)?;
        let (q, next) = super::qualifier::qualifier(self, i)?;
        count(self, next).map(|_| (q, next))
    }

    /// True when "N đến M" and the unit at `k` (ending before `end`),
    /// with no "từ" before, are a range of durations in running text:
    /// "ngủ 5 đến 6 tiếng", "trong vòng 10 đến 15 phút", "khoảng 10 đến 15
    /// năm". Not days after "ngày" or "mùng" ("ngày 11 đến 16 tháng
    /// Giêng"), not a year ("2010 đến 2015 năm"), not "tháng" before the
    /// month of a date ("28 đến 30 tháng 5"), and "giờ" or "h" only past
    /// 24 or after a word that asks how long ("trong 48 đến 72 giờ tới",
    /// "trong vòng 2 đến 3 giờ"): "khoảng 21 đến 22 giờ" is a time.
    fn bare_range_ok(&self, at: usize, k: usize, end: usize, unit: TimeUnit, max: Decimal) -> bool {
        if matches!(self.prev_word(at), Some(Word::Ngay | Word::Mung))
            || self.num(at).is_some_and(|(_, len)| len == 4)
        {
            return false;
        }
        match unit {
            TimeUnit::Month => {
                self.num(end).is_none()
                    && !matches!(self.word(end), Some(Word::Gieng | Word::Chap))
                    && !self.capital(end)
            }
            TimeUnit::Hour if !self.is(k, Word::Tieng) => {
                max > Decimal::from(24u32)
                    || matches!(
                        self.prev_word(at),
                        Some(Word::Trong | Word::Mat | Word::Suot | Word::Dai)
                    )
                    || at
                        .checked_sub(1)
                        .and_then(|p| self.word_text(p))
                        .is_some_and(|w| w == "vòng")
            }
            _ => true,
        }
    }

    /// True when the count at `at`, four digits from 1900 to 2100, is the
    /// year of a name or a date rather than a count of the unit before
    /// `end`: after a capitalized word inside a sentence ("Roland Garros
    /// 2013 ngày 30/05", "V-League 2020 tuần này", "Hoa hậu Việt Nam 2006
    /// ngày càng …"), or before a word that makes the unit a relative day
    /// or period ("quốc gia 2017 năm nay", "Shangri-la 2013 ngày mai").
    /// "Với 1980 phút" (a sentence's first word) stays a duration.
    fn year_before_unit(&self, at: usize, end: usize) -> bool {
        if !self
            .num(at)
            .is_some_and(|(v, len)| len == 4 && (1900..=2100).contains(&v))
        {
            return false;
        }
        let name_before = at >= 2
            && self.capital(at - 1)
            && self.toks.get(at).is_some_and(|t| t.gap == Gap::Space)
            && self.toks.get(at - 1).is_some_and(|t| t.gap != Gap::Line)
            && !matches!(
                self.toks.get(at - 2).map(|t| t.kind),
                Some(Kind::Punct(
                    '.' | '!' | '?' | ':' | '"' | '“' | '(' | '-' | '–'
                ))
            );
        name_before || self.unit_starts_date(end - 1)
    }

    /// True when the unit word at `i` starts a date or a relative day
    /// rather than ending a count: "ngày 30/05", "năm nay", "tuần này",
    /// "ngày mai", "ngày hôm qua", "ngày càng".
    pub(crate) fn unit_starts_date(&self, i: usize) -> bool {
        if !matches!(
            self.word(i),
            Some(Word::Nam | Word::Thang | Word::Tuan | Word::Ngay)
        ) {
            return false;
        }
        let k = i + 1;
        matches!(
            self.word(k),
            Some(Word::Nay | Word::Nay2 | Word::Mai | Word::Hom)
        ) || self.spaced_word_text(k).is_some_and(|w| w == "càng")
            || (self.is(i, Word::Ngay)
                && self.num(k).is_some_and(|(_, len)| len <= 2)
                && self
                    .adj_punct(k + 1)
                    .is_some_and(super::grammar::is_date_sep)
                && self.adj_num(k + 2).is_some_and(|(_, len)| len <= 2))
    }
}

/// [`Grammar::unit_starts_date`] over a token stream, for the extractor's
/// context rules: "Roland Garros 2013 ngày 30/05" counts no days.
pub(crate) fn unit_starts_date(toks: &[crate::lex::Token], text: &str, i: usize) -> bool {
    super::grammar::with_grammar_at(toks, text, i, |g| g.unit_starts_date(i))
}

/// True when the count ending at token `i` of `toks` is the "24" of "24
/// giờ" at the end of a day ("lúc 24 giờ ngày 13/2", "khoảng 24 giờ cùng
/// ngày"), which the duration grammar leaves unread: a time of day, so no
/// number either (dur1 probe; CONVENTIONS.md).
pub(crate) fn is_midnight_count(toks: &[crate::lex::Token], text: &str, i: usize) -> bool {
    super::grammar::with_grammar_at(toks, text, i, |g| {
        g.num(i).is_some_and(|(v, len)| v == 24 && len == 2)
            && unit(g, i + 1)
                .is_some_and(|(u, end)| u == TimeUnit::Hour && g.day_after_midnight(end))
    })
}

impl Grammar<'_> {
    /// True when the word at `i` is "hàng" (not "hằng", which shares its
    /// vocabulary entry) and a scale word follows: "hàng chục năm",
    /// "hàng trăm năm", tens, hundreds of years, at least.
    pub(crate) fn hang_before_scale(&self, i: usize) -> bool {
        self.scale(i + 1).is_some() && self.is_hang(i)
    }

    /// True when the word at `i` is "hàng", not "hằng" (which shares its
    /// vocabulary entry).
    pub(crate) fn is_hang(&self, i: usize) -> bool {
        self.is(i, Word::Hang) && self.word_text(i).as_deref() == Some("hàng")
    }

    /// The unit at `i` when "trời" or "liền" follows it: "[hàng] tháng
    /// trời", "[hàng] năm trời" (months, years on end; days to years),
    /// "[hàng] tuần liền", "[hàng] giờ liền" (for weeks, for hours on end;
    /// hours to years, dur5 probe). Alone "hàng tuần", "hàng giờ" are
    /// also "every week", "every hour", and stay unread.
    pub(crate) fn unit_on_end(&self, i: usize) -> Read<TimeUnit> {
        let (u, end) = unit(self, i)?;
        let ok = match self.spaced_word_text(end).as_deref() {
            Some("trời") => u <= TimeUnit::Day,
            Some("liền") => u <= TimeUnit::Hour,
            _ => false,
        };
        ok.then_some((u, end))
    }

    /// The spelled count at `j`, one more than the spelled `first` at `at`
    /// (one word each, one to nine), when a unit of time follows it: "hai
    /// [ba] tuần", "sáu [bảy] tháng", "một [hai] ngày". Not "năm" second
    /// ("bốn năm ngày" may be four years), nor a count going on ("hai ba
    /// mươi năm" reads "ba mươi").
    fn next_spelled_count(&self, at: usize, j: usize, first: Decimal) -> Read<Decimal> {
        let spelled = |i: usize| {
            self.tok(i)
                .is_some_and(|t| matches!(t.kind, Kind::Word { .. }))
        };
        if j != at + 1
            || !spelled(at)
            || !spelled(j)
            || self.is(j, Word::Nam)
            || self.tok(j).is_none_or(|t| t.gap != Gap::Space)
            || !first.is_integer()
            || first < Decimal::from(1u32)
            || first > Decimal::from(8u32)
        {
            return None;
        }
        let (v, e) = count(self, j)?;
        let next = first.checked_add(Decimal::from(1u32)).ok()?;
        (e == j + 1 && v == next && unit(self, e).is_some()).then_some((v, e))
    }

    /// Decades or centuries at `i` with no count ("[hàng] thập kỷ",
    /// "[hàng] thập niên", "[hàng] thế kỷ"): ten or a hundred years, and
    /// the index after the unit. Not "thập niên 90", "thế kỷ 20" (a
    /// decade or a century of the calendar).
    pub(crate) fn decades_or_centuries(&self, i: usize) -> Option<(u32, usize)> {
        if self.is(i, Word::Thap)
            && matches!(self.word(i + 1), Some(Word::Ky | Word::Nien))
            && self.num(i + 2).is_none()
            && !self.capital(i + 2)
        {
            return Some((10, i + 2));
        }
        self.century_unit(i).then_some((100, i + 2))
    }

    /// The unit at `i` when it stands for one unit with no count after
    /// "hơn" or "gần" (more than, nearly): the hour written whole
    /// ("hơn tiếng đồng hồ", "gần giờ đồng hồ"), the week with "lễ" ("hơn
    /// tuần lễ"), or a week or a month that runs up to now or on end
    /// ("gần tháng nay", "hơn tuần nay", "gần tuần trời", "hơn tháng
    /// rồi"). "tốt hơn tháng trước", "cao hơn tuần trước" compare with a
    /// period and take no duration; "hơn tiếng", "hơn năm" alone are no
    /// unit ("hơn tiếng ồn", "hơn năm người").
    fn unit_after_bare_qualifier(&self, i: usize) -> Read<TimeUnit> {
        let (u, end) = unit(self, i)?;
        let up_to_now = || {
            matches!(
                self.spaced_word_text(end).as_deref(),
                Some("nay" | "trời" | "rồi")
            )
        };
        let ok = match u {
            // "tiếng đồng hồ", "giờ đồng hồ" (`unit` took both words).
            TimeUnit::Hour => end == i + 3,
            // "tuần lễ" (`unit` took "lễ").
            TimeUnit::Week => end == i + 2 || up_to_now(),
            TimeUnit::Month => up_to_now(),
            _ => false,
        };
        ok.then_some((u, end))
    }

    /// True when the word at `i` makes a bare scale word after it a vague
    /// count of a duration, as "hàng" does: "vài" (a few) and "mấy" (some),
    /// in the span with `at_least`; the qualifiers "hơn", "gần", "khoảng"
    /// "chừng", "trên" and "dưới" ("hơn chục năm", "gần chục năm qua");
    /// "cả" (as many as: "cả chục năm", out of the span, as "cả hai").
    pub(crate) fn vague_word_before_scale(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            Some(
                Word::Vai
                    | Word::May
                    | Word::Hon
                    | Word::Gan
                    | Word::Khoang
                    | Word::Chung
                    | Word::Tren
                    | Word::Duoi
                    | Word::Ca
            )
        ) && self.scale(i + 1).is_some()
    }

    /// The round tens at `i` and the token after their "mấy" when a unit
    /// of time follows it: "mười mấy năm", "hai mươi mấy ngày" (ten-odd,
    /// twenty-odd), read as more than the tens (`qualifier`; dur2 probe).
    pub(crate) fn odd_tens(&self, i: usize) -> Read<Decimal> {
        if !matches!(self.word(i), Some(Word::Muoi)) && !self.is(i + 1, Word::Muoi2) {
            return None;
        }
        let (v, k) = number_at(self, i)?;
        let tens = matches!(self.word(k - 1), Some(Word::Muoi | Word::Muoi2));
        (tens && self.is(k, Word::May) && unit(self, k + 1).is_some()).then_some((v, k + 1))
    }

    /// "mươi" at `i` with no count before it, and a unit of time after
    /// it or after its "lăm" or "mốt": about ten, fifteen, eleven ("không
    /// đủ sống mươi lăm ngày", "cách đây mươi năm"), read as `about` the
    /// count (`qualifier`; dur5 probe). Not "hai mươi", "mấy mươi năm"
    /// (how many tens of years).
    pub(crate) fn about_ten(&self, i: usize) -> Read<Decimal> {
        if !self.is(i, Word::Muoi2) || self.word_text(i).as_deref() != Some("mươi") {
            return None;
        }
        let counted_before = i
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| {
                w.digit_value().is_some()
                    || matches!(
                        w,
                        Word::Muoi | Word::Muoi2 | Word::May | Word::Vai | Word::Tu4 | Word::Bao
                    )
            });
        if counted_before || self.tok(i + 1).is_none_or(|t| t.gap != Gap::Space) {
            return None;
        }
        let (v, e) = match self.word(i + 1) {
            Some(Word::Lam) => (15u32, i + 2),
            Some(Word::Mot2) => (11, i + 2),
            _ => (10, i + 1),
        };
        unit(self, e).map(|_| (Decimal::from(v), e))
    }

    /// "chục" (ten) at `i` with no count before it and a unit of time
    /// after it, a space between: ten of that unit ("Chỉ trong vòng chục
    /// ngày", "bỏ dở mất chục năm", "chưa đầy chục phút", "ngót chục
    /// năm", "bị lẫn chục năm nay"), as the seventh set's q042 reads
    /// "chục ngày" (`10 day`) and as "cả chục năm" is read (gen33 probe).
    /// Not after a word that makes it vague or a count ("nhiều chục năm",
    /// "dăm chục", "hai chục": read from there or not at all), nor after a
    /// word glued to a capital ("biểnHàng chục năm", where "hàng" leads),
    /// nor at the start of a line after another ("hơn\nchục năm nay").
    pub(crate) fn bare_ten(&self, i: usize) -> Read<Decimal> {
        const VAGUE: &[&str] = &[
            "nhiều", "dăm", "mươi", "bao", "hàng", "hằng", "vài", "mấy", "cả",
        ];
        let spaced = |k: usize| self.tok(k).is_some_and(|t| t.gap == Gap::Space);
        if !spaced(i + 1) || unit(self, i + 1).is_none() {
            return None;
        }
        let before_ok = match i.checked_sub(1).and_then(|p| self.tok(p)) {
            None => true,
            // "hơn\nchục năm": a word that may make it vague ends the line
            // before; a line's first "chục" is left unread.
            Some(_) if self.tok(i).is_some_and(|t| t.gap == Gap::Line) => false,
            Some(p) => match p.kind {
                Kind::Word { word, .. } => {
                    spaced(i)
                        && word.digit_value().is_none()
                        && !matches!(word, Word::Muoi | Word::Muoi2 | Word::Tram | Word::Nghin)
                        && self
                            .text
                            .get(p.start..p.end)
                            .is_some_and(|w| !w.chars().skip(1).any(char::is_uppercase))
                        && self
                            .word_text(i - 1)
                            .is_some_and(|w| !VAGUE.contains(&w.as_ref()))
                }
                Kind::Num { .. } => false,
                Kind::Punct(_) => true,
            },
        };
        before_ok.then(|| (Decimal::from(10u32), i + 1))
    }

    /// "trăm" or "nghìn" ("ngàn") at `i` with no count before it and
    /// "năm" after it, a space between, where the words around say how
    /// long ago or how old: after "từ" ("có từ ngàn năm nay", "Nghi thức
    /// tang lễ có từ nghìn năm trước") or "cách đây" ("Hoàng thành Thăng
    /// Long cách đây nghìn năm"), or before "tuổi" ("Thị trấn ngàn năm
    /// tuổi"): a hundred, a thousand years (`1000 year`), as the sixteenth
    /// set's reader reads "từ nghìn năm trước" and as "cả nghìn năm tuổi"
    /// is read (gen36 probe). Elsewhere the bare words are mostly a figure
    /// of speech, no count: "Thăng Long ngàn năm văn hiến", "cơ hội ngàn
    /// năm có một", "Người tình trăm năm", "nghĩa trăm năm".
    pub(crate) fn bare_hundreds(&self, i: usize) -> Read<Decimal> {
        let spaced = |k: usize| self.tok(k).is_some_and(|t| t.gap == Gap::Space);
        if !spaced(i) || !spaced(i + 1) || !self.is(i + 1, Word::Nam) {
            return None;
        }
        let before = |k: usize, w: &str| {
            i.checked_sub(k)
                .and_then(|p| self.word_text(p))
                .is_some_and(|t| t == w)
        };
        let asked = before(1, "từ")
            || (before(1, "đây") && before(2, "cách"))
            || (spaced(i + 2) && self.word_text(i + 2).is_some_and(|w| w == "tuổi"));
        let value = match self.word(i)? {
            Word::Tram => 100u32,
            Word::Nghin => 1_000,
            _ => return None,
        };
        asked.then(|| (Decimal::from(value), i + 1))
    }

    /// True when "vài" or "mấy" at `i` leads a bare scale word: a vague
    /// count, at least the scale word ("vài chục năm").
    pub(crate) fn few_before_scale(&self, i: usize) -> bool {
        matches!(self.word(i), Some(Word::Vai | Word::May)) && self.scale(i + 1).is_some()
    }

    fn scale(&self, i: usize) -> Option<u64> {
        Some(match self.word(i)? {
            Word::Chuc => 10,
            Word::Tram => 100,
            Word::Nghin => 1_000,
            Word::Van => 10_000,
            Word::Trieu => 1_000_000,
            Word::Ty => 1_000_000_000,
            _ => return None,
        })
    }

    /// True when the scale word at `i` ("chục", "trăm" …) follows "cả"
    /// and starts a vague round figure ("cả chục", "cả trăm nghìn"), as
    /// `Grammar::vague_scale` reads one after a vague word: "cả chục năm",
    /// "cả trăm năm". The unit of time after it is the duration
    /// grammar's to read; this says nothing of it.
    pub(crate) fn round_figure_after_ca(&self, i: usize) -> bool {
        i > 0 && self.is(i - 1, Word::Ca) && self.vague_scale(i).is_some()
    }

    /// The scale words after "hàng" at `i`, multiplied: "chục nghìn" is
    /// 10 000 ("hàng chục nghìn năm").
    fn vague_scale(&self, i: usize) -> Read<Decimal> {
        // The lead word may open its line ("Hơn chục năm qua, …", "Hàng
        // chục năm nay" starting a paragraph): it is read from a grammar
        // started there, so that the line break before it does not hide
        // it; the scale word must still be on its line (dur2 probe).
        let lead_at = i.checked_sub(1)?;
        let lead = Grammar {
            start: lead_at,
            ..*self
        };
        if !(lead.hang_before_scale(lead_at) || lead.vague_word_before_scale(lead_at)) {
            return None;
        }
        let (mut value, mut j) = (1u64, i);
        while let Some(s) = self.scale(j) {
            value = value.checked_mul(s)?;
            j += 1;
        }
        Some((Decimal::from(value), j))
    }

    /// "quý" (a quarter) at `k`, as the unit of the count at `at`: not
    /// "quý 3" (a quarter of the calendar, read as a date), not "Quý Tỵ"
    /// (a year's name), not "quý bà",
    /// and "một quý" only after a word that asks how long ("trong một
    /// quý"; "một quý kinh doanh bết bát" is "a quarter").
    fn quarter_unit(&self, at: usize, k: usize) -> bool {
        /// Words after "quý" that make it "noble" or "precious": "hai quý
        /// bà", "một quý tộc", "thế kỷ 15 quý giá"; and "4 quý tiền điện"
        /// (four quarters' bills, a count of bills).
        const NOT_QUARTER: &[&str] = &[
            "bà", "ông", "cô", "cậu", "tử", "tộc", "giá", "báu", "hiếm", "vị", "khách", "phái",
            "trọng", "hóa", "hoá", "nhân", "tiền", "phi",
        ];
        // "năm Quý Tỵ": a year of the sixty-year cycle (Quý is a heavenly
        // stem), no five quarters; the unit is written in lower case.
        self.is(k, Word::Quy)
            && !self.capital(k)
            && self.num(k + 1).is_none()
            && self
                .word_text(k + 1)
                .is_none_or(|w| !NOT_QUARTER.contains(&w.as_ref()))
            && (!self.is(at, Word::Mot) || self.how_long_word_before(at))
    }

    /// "thế kỷ" (a century) at `k`, as a unit of a count: not "thế kỷ 20",
    /// "thế kỷ XXI" (a century of the calendar, read as a date).
    fn century_unit(&self, k: usize) -> bool {
        self.is(k, Word::The)
            && self.is(k + 1, Word::Ky)
            && self.num(k + 2).is_none()
            && !self.capital(k + 2)
    }

    /// True when the word at `i` is "nửa" (half).
    pub(crate) fn is_half(&self, i: usize) -> bool {
        self.tok(i)
            .filter(|t| {
                matches!(
                    t.kind,
                    Kind::Word {
                        word: Word::Other,
                        ..
                    }
                )
            })
            .and_then(|t| self.text.get(t.start..t.end))
            .is_some_and(|w| {
                let b = w.as_bytes();
                b.first().is_some_and(|c| c | 0x20 == b'n')
                    && b.last().is_some_and(|c| c | 0x20 == b'a')
                    && b.len() <= 9
                    && crate::lex::fold(w) == "nửa"
            })
    }

    /// True when what follows "tiếng" at `i` makes it a sound (a word, a
    /// voice) rather than an hour: an opening quote ("tiếng “bộp”") or a
    /// word of noise or voice ("nổ", "súng", "kêu", "hét", "còi" …).
    fn sound_after(&self, i: usize) -> bool {
        const SOUNDS: &[&str] = &[
            "nổ", "động", "súng", "kêu", "la", "hét", "thét", "còi", "chuông", "gọi", "khóc",
            "cười", "rầm", "ầm", "hô", "vang", "ồn", "hát", "nói", "đàn", "trống", "sấm", "nấc",
            "rên", "chó", "gà", "mìn", "pháo", "đập", "gõ", "rít", "thở",
        ];
        if matches!(self.punct(i), Some('“' | '"' | '‘' | '\'' | '«')) {
            return true;
        }
        self.tok(i)
            .filter(|t| matches!(t.kind, Kind::Word { .. }))
            .and_then(|t| self.text.get(t.start..t.end))
            .is_some_and(|w| SOUNDS.contains(&crate::lex::fold(w).as_ref()))
    }

    /// True when lower-case "công" at `end`, right after "ngày", makes
    /// the unit a man-day ("ngày công", a day of one worker's labour)
    /// rather than start a compound ("5 ngày công chiếu", five days of
    /// screening; "4 ngày công tác", a four-day trip): "công" ends the
    /// clause ("200 ngày công."), or "lao động" follows ("6.233 ngày công
    /// lao động"), or a word that starts what the labour is for or does
    /// ("2.000 ngày công để cải tạo đất", "5211 ngày công đào đắp").
    fn man_days(&self, end: usize) -> bool {
        const AFTER: &[&str] = &[
            "để", "và", "cho", "của", "với", "nhằm", "giúp", "đào", "đắp", "làm", "xây", "trồng",
        ];
        if self.capital(end) || self.spaced_word_text(end).as_deref() != Some("công") {
            return false;
        }
        match self.spaced_word_text(end + 1) {
            None => self.word(end + 1).is_none(),
            Some(w) if w == "lao" => self.spaced_word_text(end + 2).as_deref() == Some("động"),
            Some(w) => AFTER.contains(&w.as_ref()),
        }
    }

    /// True when the words at `end`, after "một ngày", place a day in a
    /// month or a season rather than count one: "một ngày tháng 6" (a day
    /// in June), "một ngày cuối tháng 3-2013", "một ngày đầu tháng 5", "một
    /// ngày giữa tuần", "một ngày mùa đông" (fifth date and measure probe).
    fn a_day_of(&self, end: usize) -> bool {
        let Some(w) = self.spaced_word_text(end) else {
            return false;
        };
        match w.as_ref() {
            "tháng" => self.num(end + 1).is_some() || self.capital(end + 1),
            "cuối" | "đầu" | "giữa" => self.spaced_word_text(end + 1).is_some_and(|v| {
                matches!(
                    v.as_ref(),
                    "tháng" | "tuần" | "năm" | "mùa" | "xuân" | "hè" | "thu" | "đông"
                )
            }),
            "mùa" => self
                .spaced_word_text(end + 1)
                .is_some_and(|v| matches!(v.as_ref(), "xuân" | "hè" | "thu" | "đông" | "mưa")),
            _ => false,
        }
    }

    /// True when "một tiếng" at `at` is a sound or a word said: after
    /// "lên" ("kêu lên một tiếng", "“à” lên một tiếng"), "không" ("không
    /// một tiếng trách móc", not a word), "dạ", "ới", "kêu" (fifth date and
    /// measure probe).
    fn sound_made(&self, at: usize) -> bool {
        let Some(p) = at.checked_sub(1) else {
            return false;
        };
        self.spaced_word_text(at).is_some()
            && self
                .word_text(p)
                .is_some_and(|w| matches!(w.as_ref(), "lên" | "không" | "dạ" | "ới" | "kêu"))
    }

    /// True when a language's name, capitalized, follows "tiếng" at `end`:
    /// "6 tiếng Hán", "hai tiếng Việt Nam" (words, not hours).
    fn language_after(&self, end: usize) -> bool {
        self.capital(end)
            && self.spaced_word_text(end).is_some_and(|w| {
                matches!(
                    w.as_ref(),
                    "việt"
                        | "hán"
                        | "anh"
                        | "pháp"
                        | "nga"
                        | "nhật"
                        | "hàn"
                        | "đức"
                        | "lào"
                        | "thái"
                )
            })
    }

    /// True when the words at `i` say what kind of day, week, month or
    /// year it was rather than how long ("một năm mới", a new year; "một
    /// năm đầy biến động", "một ngày đáng
    /// nhớ", "một năm thành công"): "new", "some", and adjectives of how
    /// it went.
    fn kind_of_period(&self, i: usize) -> bool {
        const ONE: &[&str] = &[
            "mới", "đầy", "đáng", "vui", "buồn", "tốt", "tồi", "khó", "đẹp", "rất", "mưa", "bận",
            "tuyệt", "rực", "ảm", "bình", "hạnh", "may", "ý", "thảm", "bão", "tỏa", "tươi",
            // A year of fortune wished or foreseen: "một năm bội thu", "một
            // năm phát tài", "một năm thịnh vượng", "một ngày tràn ngập
            // niềm vui" (dur5 probe).
            "bội", "phát", "thịnh", "tràn", "khấm",
            // "một ngày mai tươi sáng" (a bright tomorrow), "vào một ngày
            // mai": a tomorrow to come, no day counted (the opening of the
            // twenty-sixth blind set).
            "mai",
        ];
        const TWO: &[(&str, &str)] = &[
            ("thành", "công"),
            ("đặc", "biệt"),
            ("lịch", "sử"),
            ("ấn", "tượng"),
            ("sóng", "gió"),
            // "một ngày thời tiết đẹp": a day of fine weather (dur5 probe).
            ("thời", "tiết"),
        ];
        let word = |i: usize| self.spaced_word_text(i);
        let Some(first) = word(i) else { return false };
        ONE.contains(&first.as_ref())
            || word(i + 1).is_some_and(|second| {
                TWO.iter()
                    .any(|&(a, b)| a == first.as_ref() && b == second.as_ref())
            })
    }

    /// True when "một" at `at` with its unit `per` is the "per" of a rate
    /// after a count: "150 lần một ngày" (a day), "uống 2 viên một ngày",
    /// "12 tiếng một ngày" (hours in each day). A count of a larger unit
    /// before it is a compound duration instead ("2 năm một tháng";
    /// `TimeUnit` orders the larger unit first).
    fn rate_per_one(&self, at: usize, per: TimeUnit) -> bool {
        let Some(p) = at.checked_sub(1) else {
            return false;
        };
        if self.spaced_word_text(at).is_none() {
            return false;
        }
        // The word between the count and "một" must be what is counted:
        // not a word that joins or qualifies ("Thông tư 02 thêm một năm",
        // "thứ ba sau một ngày", "2018 và một năm sau"), nor an age ("17
        // tuổi một ngày").
        let Some(noun) = self.word_text(p) else {
            return false;
        };
        if RATE_NOT_COUNTED.contains(&noun.as_ref()) {
            return false;
        }
        // "không" before is "not" ("không quá một năm"), no count.
        let counted = |i: usize| {
            i.checked_sub(1)
                .and_then(|n| count(self, n))
                .is_some_and(|(v, end)| end == i && !v.is_zero())
        };
        match unit(self, p) {
            Some((before, end)) if end == at => before > per && counted(p),
            Some(_) => false,
            None => counted(p) || self.counted_before_noun(p),
        }
    }

    /// True when "một" and its unit, which end before `end`, are the
    /// "per" of a rate written first, a count and what it counts after
    /// them: "Một ngày 2 buổi cắp sách" (twice a day), "một tuần 3 bữa
    /// cơm", "một năm 2 vụ", "một năm vài lần" (dur3 probe). The count is
    /// spaced, no year ("một năm 2013"), with no unit of time after it
    /// ("một năm 3 tháng" is a compound duration); the word after it is
    /// plain, spaced and lower-case ("một ngày 30 Tết" is a date). After a
    /// qualifier the period stays a duration ("tối thiểu một tuần một
    /// lần"). "có", "chỉ có" or "trung bình" may stand between the unit
    /// and the count ("Một năm chỉ có 2 lần người dân …", "Một ngày có
    /// 15.000 người dân", "thua lỗ một năm trung bình 200 triệu đồng":
    /// dur4 probe).
    fn per_before_count(&self, at: usize, end: usize) -> bool {
        if self.tok(end).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        if crate::time::qualifier::qualifier_before(self, at).is_some() {
            return false;
        }
        let spaced = |i: usize, w: &str| self.spaced_word_text(i).is_some_and(|x| x == w);
        let between = if spaced(end, "có") {
            1
        } else if (spaced(end, "chỉ") && spaced(end + 1, "có"))
            || (spaced(end, "trung") && spaced(end + 1, "bình"))
        {
            2
        } else {
            0
        };
        let end = end + between;
        if self.tok(end).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        let after = if self.is(end, Word::Vai) {
            end + 1
        } else {
            let Some((v, e)) = count(self, end) else {
                return false;
            };
            let year = self
                .num(end)
                .is_some_and(|(n, len)| len == 4 && (1900..=2100).contains(&n));
            if v.is_zero() || year {
                return false;
            }
            e
        };
        self.tok(after).is_some_and(|t| t.gap == Gap::Space)
            && !self.capital(after)
            && unit(self, after).is_none()
            && self
                .word_text(after)
                .is_some_and(|w| !RATE_NOT_COUNTED.contains(&w.as_ref()))
    }

    /// True when the noun whose last word is at `p` has two or three
    /// words and a count in digits before them: "6.600 trường hợp một
    /// năm", "bán 50.000 chiếc SH mode một năm", "20 vệt sao băng một giờ"
    /// (dur1 probe). Each word is plain and spaced, no unit of time, none
    /// of `RATE_NOT_COUNTED` nor "chưa" (not yet: "1 chiếc chưa một ngày
    /// hoạt động"); the count is no year ("Năm 2009 đánh dấu một năm").
    /// Spelled counts are left: "năm" is also a year, "hai đội cũng dành
    /// một phút" gives its minute.
    fn counted_before_noun(&self, p: usize) -> bool {
        let plain = |i: usize| {
            self.tok(i + 1).is_some_and(|t| t.gap == Gap::Space)
                && self.word(i).is_some()
                && unit(self, i).is_none()
                && self
                    .word_text(i)
                    .is_some_and(|w| w != "chưa" && !RATE_NOT_COUNTED.contains(&w.as_ref()))
        };
        // The count ending before `i`: digits, with the separators glued
        // inside them ("6.600", "1,5").
        let count_before = |i: usize| {
            let mut n = i.checked_sub(1)?;
            while n > 0
                && self.tok(n).is_some_and(|t| t.gap == Gap::None)
                && matches!(
                    self.tok(n - 1).map(|t| t.kind),
                    Some(Kind::Num { .. } | Kind::Punct('.' | ','))
                )
            {
                n -= 1;
            }
            let (year, _) = self.num(n)?;
            let (v, end) = count(self, n)?;
            let is_year = (1900..=2100).contains(&year) && end == n + 1;
            (end == i && !v.is_zero() && !is_year).then_some(())
        };
        let mut i = p;
        for _ in 0..2 {
            if !plain(i) {
                return false;
            }
            let Some(q) = i.checked_sub(1) else {
                return false;
            };
            if plain(q) && count_before(q).is_some() {
                return true;
            }
            i = q;
        }
        false
    }

    /// True when "một" and its unit, which end before `end`, are the
    /// "per" of how often something happens, the clause after them ending
    /// in a count of times: "Một tháng rau muống cho thu hoạch 2 lần"
    /// (twice a month), "mỗi cô gái một ngày bán dâm khoảng hai lượt",
    /// "một năm mới về quê một lần". As many as five plain words stand
    /// between (spaced, lower-case, no unit of time, not "gấp", which makes
    /// the count a multiplier: "một năm tăng gấp 2 lần"); the first count
    /// after them decides, and it must be followed by "lần" or "lượt"
    /// (times). "không" (not) counts zero and so stops the reading: "một
    /// năm không gặp nhau nổi một lần" (a year without meeting once) is a
    /// length, as the fifth blind set's y049 reads it. After a qualifier
    /// the period stays a duration, as in `per_before_count` (dur6
    /// probe).
    fn per_before_times(&self, at: usize, end: usize) -> bool {
        if crate::time::qualifier::qualifier_before(self, at).is_some() {
            return false;
        }
        for i in end..=end + 5 {
            if self.tok(i).is_none_or(|t| t.gap != Gap::Space) {
                return false;
            }
            if let Some((v, e)) = count(self, i) {
                return !v.is_zero()
                    && self
                        .spaced_word_text(e)
                        .is_some_and(|w| matches!(w.as_ref(), "lần" | "lượt"));
            }
            if self.word(i).is_none()
                || self.capital(i)
                || unit(self, i).is_some()
                || self.word_text(i).is_some_and(|w| w == "gấp")
            {
                return false;
            }
        }
        false
    }

    /// True when the count "một" at `at` follows "bình quân" or
    /// "trung bình" (on average), "mỗi" (each) may stand between, and a
    /// clause goes on after its unit, which ends before `end`: "bình quân
    /// một ngày các xưởng chế biến khoảng 100 đến 150kg", "Trung bình một
    /// ngày đàn ông nói …", "bình quân một tháng chỉ đạt hơn 52.000 tỉ
    /// đồng", "trung bình mỗi một ngày qua đi có chừng 10 …". The period is the
    /// "per" of a rate the clause states, as "một" is in "một năm 2 vụ"
    /// (`per_before_count`), however many words come before the count.
    /// The word after the unit is spaced, plain and lower-case: at the end
    /// of a clause ("thời gian điều trị trung bình một tháng.") the period
    /// is how long, a duration.
    fn average_per_one(&self, at: usize, end: usize) -> bool {
        if self.tok(at).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        let mut p = at;
        if p > 0 && self.spaced_word_text(p - 1).is_some_and(|w| w == "mỗi") {
            p -= 1;
        }
        let Some(q) = p.checked_sub(2) else {
            return false;
        };
        let (a, b) = (self.word_text(q), self.spaced_word_text(q + 1));
        let average = matches!(
            (a.as_deref(), b.as_deref()),
            (Some("bình"), Some("quân")) | (Some("trung"), Some("bình"))
        );
        average
            && self.tok(end).is_some_and(|t| t.gap == Gap::Space)
            && self.word(end).is_some()
            && !self.capital(end)
    }

    /// True when "nào" or "nọ" follows the unit at `i`: "một ngày nào đó"
    /// (some day), "Một ngày nọ" (one day), "chưa một phút nào" (not a
    /// single minute), "sủa một tiếng nào" (a bark): "một" is "a", for
    /// every unit.
    fn some_one(&self, i: usize) -> bool {
        self.spaced_word_text(i)
            .is_some_and(|w| matches!(w.as_ref(), "nào" | "nọ"))
    }

    /// True when the word before "một" at `at`, on the same line, makes
    /// the period a point in time or the thing named, so "một" is "a":
    /// "vào một ngày cuối năm", "2012 là một năm buồn", "cầu mong một năm
    /// an lành".
    ///
    /// Also a year or a day wished for or begun: "cầu cho một năm buôn
    /// may bán đắt", "mở đầu cho một năm làm việc", "khởi đầu một ngày
    /// làm việc" (third date probe), "bắt đầu một ngày đi săn"; a year
    /// wished for or talked of: "mong muốn một năm làm ăn thuận lợi",
    /// "cái nhìn về một năm kinh tế buồn" (dur1 probe).
    fn names_a_point(&self, at: usize) -> bool {
        if self.spaced_word_text(at).is_none() {
            return false;
        }
        let Some(p) = at.checked_sub(1) else {
            return false;
        };
        let Some(w) = self.word_text(p) else {
            return false;
        };
        let before = || p.checked_sub(1).and_then(|q| self.word_text(q));
        match w.as_ref() {
            "vào" | "là" | "mong" | "cầu" => true,
            "cho" => before().is_some_and(|b| matches!(b.as_ref(), "cầu" | "đầu")),
            "đầu" => before().is_some_and(|b| matches!(b.as_ref(), "mở" | "khởi" | "bắt")),
            // "với mong muốn một năm làm ăn thuận lợi": a year wished for.
            "muốn" => before().is_some_and(|b| b == "mong"),
            // "mong muốn về một năm tài lộc", "cái nhìn về một năm kinh
            // tế buồn": "về" is "about", and the year is the thing talked
            // of; not after a verb of going ("trở về một tiếng sau đấy":
            // came back an hour later).
            "về" => !before().is_some_and(|b| {
                matches!(
                    b.as_ref(),
                    "trở" | "quay" | "đi" | "chạy" | "bay" | "lùi" | "dời" | "kéo" | "chở" | "đưa"
                )
            }),
            _ => false,
        }
    }

    /// True when "trong" stands before "một" at `at` and "mới" after the
    /// unit at `end`: "trong một năm mới thịnh vượng" (in a new year, dur4
    /// probe). After "trong" "mới" is "new": "only then" follows a word
    /// that asks what it took ("mất một ngày mới xong", "sau một năm mới
    /// về"), which stay durations.
    fn new_year_within(&self, at: usize, end: usize) -> bool {
        self.prev_word(at) == Some(Word::Trong)
            && self.spaced_word_text(end).is_some_and(|w| w == "mới")
    }

    /// True when "cho" stands before a spelled "một" at `at` whose unit is
    /// a year: "cầu xin cho một năm nhiều may mắn", "hy vọng cho một năm
    /// tiền tài đổ vào nhà", "điềm lành cho một năm khởi sắc", "lấy may
    /// cho một năm có nhiều nhiệm vụ": the year wished for, prepared for
    /// or begun, "một" is "a" (dur4 probe). A year in digits stays a count
    /// ("chỉ cho 1 năm"), and so does a day ("lấy sức cho một ngày thi
    /// dài"); so does a year with no word after it, or one placed after
    /// or before ("gia hạn cho một năm.", "cho một năm sau", "cho một năm
    /// nữa").
    fn year_given_for(&self, at: usize, end: usize) -> bool {
        self.spaced_word_text(end).is_some_and(|w| {
            !matches!(
                w.as_ref(),
                "sau" | "trước" | "nữa" | "rồi" | "qua" | "tới" | "nay" | "rưỡi"
            )
        }) && self.spaced_word_text(at).is_some_and(|w| w == "một")
            && at
                .checked_sub(1)
                .and_then(|p| self.word_text(p))
                .is_some_and(|w| w == "cho")
    }

    /// True when "một ngày" at `at` is "one day", some day in a story,
    /// rather than how long: after "rồi" ("Nhưng rồi một ngày, …") or
    /// "nếu" ("nếu một ngày rơi vào"), opening a sentence with a comma
    /// after it ("Một ngày, anh tớ gọi về"), or after "đến" or "tới" that
    /// start the clause or follow "cho", "sẽ", "nhiên", "định" or a verb
    /// of waiting or imagining ("Cho đến một
    /// ngày, …", "mong ngóng tới một ngày được mua xe"). "kéo dài đến một
    /// ngày", "chưa tới một ngày" stay durations.
    ///
    /// "ngày một ngày hai" (overnight, an idiom) is no day either.
    fn one_day_some_day(&self, at: usize, end: usize) -> bool {
        // "Một ngày, anh tớ gọi về" (One day, …): a capital "Một" opening a
        // sentence or a line, a comma glued after "ngày" (dur4 probe).
        if self.capital(at)
            && self.punct(end) == Some(',')
            && self.tok(end).is_some_and(|t| t.gap == Gap::None)
            && (at == 0
                || self.tok(at).is_some_and(|t| t.gap == Gap::Line)
                || matches!(self.punct(at - 1), Some('.' | '!' | '?' | '…' | ':')))
        {
            return true;
        }
        let Some(p) = at.checked_sub(1) else {
            return false;
        };
        if self.is(p, Word::Ngay) && self.is(end, Word::Hai) {
            return true;
        }
        // "một ngày không xa" (some day soon, an idiom).
        if self.spaced_word_text(end).is_some_and(|w| w == "không")
            && self.spaced_word_text(end + 1).is_some_and(|w| w == "xa")
        {
            return true;
        }
        let Some(w) = self.spaced_word_text(at).and(self.word_text(p)) else {
            return false;
        };
        match w.as_ref() {
            // "nếu một ngày rơi vào hoàn cảnh như vậy", "nếu như một ngày
            // …" (if some day, dur4 probe).
            "rồi" | "nếu" => true,
            "như" => p
                .checked_sub(1)
                .and_then(|q| self.word_text(q))
                .is_some_and(|v| v == "nếu"),
            "đến" | "tới" => match p.checked_sub(1) {
                None => true,
                Some(q) => match self.tok(p).filter(|t| t.gap == Gap::Space) {
                    None => false,
                    Some(_) => match self.word_text(q) {
                        None => true,
                        Some(v) => matches!(
                            v.as_ref(),
                            "cho"
                                | "rồi"
                                | "sẽ"
                                | "nhiên"
                                | "định"
                                | "ngóng"
                                | "tượng"
                                | "mong"
                                | "chờ"
                                | "đợi"
                                | "nghĩ"
                        ),
                    },
                },
            },
            _ => false,
        }
    }

    /// The word at `i`, folded to lower case, when a space (not a line
    /// break) stands before it.
    pub(crate) fn spaced_word_text(&self, i: usize) -> Option<Cow<'_, str>> {
        self.tok(i)
            .filter(|t| t.gap == Gap::Space)
            .and_then(|_| self.word_text(i))
    }

    /// The word at `i`, folded to lower case.
    pub(crate) fn word_text(&self, i: usize) -> Option<Cow<'_, str>> {
        self.tok(i).and_then(|t| self.folded_text(t))
    }

    /// The second bound after a dash ("2-3 năm"): may touch the dash.
    fn after_dash_count(&self, i: usize) -> Read<Decimal> {
        let t = self.tok(i)?;
        if !matches!(t.kind, Kind::Num { .. } | Kind::Word { .. }) {
            return None;
        }
        let (v, j) = number_at(self, i)?;
        with_scale(self, i, v, j)
    }

    /// "3 hôm trước", "ba hôm sau", "cách đây hai hôm", "chờ 2 - 3 hôm
    /// mới mua được": "hôm" at `k` counts days after a count at `at`
    /// (sixth date probe), when "trước", "sau", "nữa", "rồi" or "liền"
    /// follows it, or "đây" (cách đây), "sau", "mất", "trong", "suốt",
    /// "chờ" or "khoảng" stands before the count. Not "Một hôm" (one
    /// day, of a story), nor before "nay", "qua", "kia" or a number ("1-1
    /// hôm qua", "vòng 10 hôm nay", "3-0 hôm 30.1": a date).
    fn hom_days(&self, at: usize, k: usize) -> Read<TimeUnit> {
        // "bữa" shares the word of "hôm" ("bữa nay"), but "hai bữa" are
        // two meals.
        if !self.strict
            || !self.is(k, Word::Hom)
            || self.is(at, Word::Mot)
            || self.word_text(k).as_deref() != Some("hôm")
        {
            return None;
        }
        let end = k + 1;
        if matches!(self.word(end), Some(Word::Nay | Word::Qua | Word::Kia))
            || self.num(end).is_some()
        {
            return None;
        }
        let after = matches!(
            self.word(end),
            Some(Word::Truoc | Word::Sau | Word::Nua | Word::Roi)
        ) || self.word_text(end).as_deref() == Some("liền");
        let before = matches!(
            self.prev_word(at),
            Some(Word::Day | Word::Sau | Word::Mat | Word::Trong | Word::Suot | Word::Khoang)
        ) || self.word_text(at.checked_sub(1)?).as_deref() == Some("chờ");
        (after || before).then_some((TimeUnit::Day, end))
    }

    /// True when "vài" or "dăm" (a few) stands right before `at`.
    fn few_before(&self, at: usize) -> bool {
        self.prev_word(at) == Some(Word::Vai)
            || at.checked_sub(1).and_then(|p| self.word_text(p)).as_deref() == Some("dăm")
    }

    /// True when the unit word at `k` is written with a capital (not in a
    /// word of capitals, a headline's) inside a sentence: the count at
    /// `at` follows a word, a number or a comma on the same line, not a
    /// full stop, a colon, a dash or an opening quotation mark. "kỷ niệm
    /// 50 Ngày châu Phi", "đường Ba Tháng Hai"; not "“10 Năm trước".
    fn capital_unit_in_name(&self, at: usize, k: usize) -> bool {
        if !self.capital(k) || self.all_caps(k) {
            return false;
        }
        let unit_word = matches!(
            self.word_text(k).as_deref(),
            Some("năm" | "tháng" | "tuần" | "ngày" | "giờ" | "tiếng" | "phút" | "giây")
        );
        let Some(p) = at.checked_sub(1) else {
            return false;
        };
        let same_line = self.tok(at).is_some_and(|t| t.gap != Gap::Line);
        // The shared list (`lex::opens_sentence`) and an opening bracket
        // ("[10 Năm …"). Not the number scanner's three more: after a
        // closing quotation mark a capitalized unit goes on a quoted
        // title ("“Ký ức” 10 Năm đi qua" stays a number), and after a
        // bullet (`*`, `•`) the count and its capitalized unit stay a
        // number too ("• 10 Năm qua"), as the rule was written; adding
        // them would make both durations.
        let opener = matches!(
            self.tok(p).map(|t| t.kind),
            Some(Kind::Punct(c)) if crate::lex::opens_sentence(c) || c == '['
        );
        unit_word && same_line && !opener
    }

    /// True when what follows the hour at `end` makes "24 giờ" the end of
    /// a day: a date led by "ngày" ("24 giờ ngày 13/2"), "các ngày" or
    /// "cùng ngày", or "đêm" ("24 giờ đêm").
    pub(crate) fn day_after_midnight(&self, end: usize) -> bool {
        self.dated_ngay(end)
            || (matches!(self.spaced_word_text(end).as_deref(), Some("các" | "cùng"))
                && self.is(end + 1, Word::Ngay))
            || self.spaced_word_text(end).as_deref() == Some("đêm")
    }

    /// True when "ánh sáng" (light) follows at `i`: "năm ánh sáng" is a
    /// light-year.
    fn light_after(&self, i: usize) -> bool {
        let word = |k: usize| {
            self.tok(k)
                .filter(|t| t.gap == Gap::Space && t.end - t.start <= 6)
                .and_then(|t| self.text.get(t.start..t.end))
                .map(crate::lex::fold)
        };
        word(i).as_deref() == Some("ánh") && word(i + 1).as_deref() == Some("sáng")
    }

    /// "03" in "12p03s": a count touching the abbreviated unit before it.
    fn after_unit_count(&self, i: usize) -> Read<Decimal> {
        let prev = self.toks.get(i.checked_sub(1)?)?;
        if !matches!(prev.kind, Kind::Word { word: Word::P, .. }) {
            return None;
        }
        let (v, len) = self.adj_num(i)?;
        (len <= 2).then(|| (Decimal::from(v), i + 1))
    }

    /// "năm tháng" (years and months, the passing of time) is not five
    /// months in running text.
    /// "năm tháng đầu năm" (the first five months of the year) and "năm
    /// tháng cuối năm" are five months, unless "những", "bao", "các" or
    /// "mấy" before them make them the years and months of a life ("những
    /// năm tháng đầu đời").
    fn spelled_nam_before_thang(&self, at: usize, j: usize, unit: TimeUnit) -> bool {
        if unit != TimeUnit::Month || j != at + 1 || !self.is(at, Word::Nam) {
            return false;
        }
        let of_the_year = matches!(self.word(j + 1), Some(Word::Dau | Word::Cuoi))
            && self.is(j + 2, Word::Nam)
            && !at
                .checked_sub(1)
                .and_then(|p| self.word_text(p))
                .is_some_and(|w| matches!(w.as_ref(), "những" | "bao" | "các" | "mấy"));
        !of_the_year && !self.asks_how_long_before(at)
    }

    /// True when the word before `at` asks how long: a qualifier ("hơn",
    /// "gần", "khoảng", "chừng", "trên", "dưới", "ít nhất", "chưa đến",
    /// "tối đa") or "sau", "trong", "mất", "suốt": "Sau năm tháng làm
    /// việc", "chưa đến năm tháng" are five months (sixth date probe).
    fn asks_how_long_before(&self, at: usize) -> bool {
        let Some(p) = at.checked_sub(1) else {
            return false;
        };
        let pair = |a: &str, b: &str| {
            self.word_text(p).as_deref() == Some(b)
                && p.checked_sub(1).and_then(|q| self.word_text(q)).as_deref() == Some(a)
        };
        self.how_long_word_before(at)
            || pair("ít", "nhất")
            || pair("chưa", "đến")
            || pair("tối", "đa")
    }

    /// True when the one word before `at` is a qualifier or a word that
    /// asks how long: "hơn", "gần", "khoảng", "chừng", "tầm", "trên",
    /// "dưới", "sau", "trong", "mất", "suốt".
    fn how_long_word_before(&self, at: usize) -> bool {
        matches!(
            self.prev_word(at),
            Some(
                Word::Hon
                    | Word::Gan
                    | Word::Khoang
                    | Word::Chung
                    | Word::Tam2
                    | Word::Ngot
                    | Word::Tren
                    | Word::Duoi
                    | Word::Sau
                    | Word::Trong
                    | Word::Mat
                    | Word::Suot
            )
        )
    }
}
