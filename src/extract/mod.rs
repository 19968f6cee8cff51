//! Every number, amount, percentage, measure, fraction, ordinal, date,
//! time, date-time and duration in running text, with byte spans into the
//! text as given.
//!
//! Two scanners read the text: the quantities scanner
//! ([`number::scan`]) and the dates and times scanner
//! ([`time::Parser::scan`]). Each already gives
//! its matches in order and without overlaps; this module merges the two
//! streams. Where a quantity and a date, time or duration overlap, the
//! longer span wins ("3 ngày" is a duration, not the number 3; "năm 2024"
//! a date, not the number 2024), and on equal length the date, time or
//! duration wins, since the quantities scanner already steps aside for
//! date shapes it recognizes.
//!
//! ```
//! use vietnorm::extract::{extract, Kind};
//!
//! let text = "Sáng 29/10, giá vàng tăng 5,2% lên hơn 83,5 triệu đồng sau 3 ngày.";
//! let found = extract(text);
//! let kinds: Vec<Kind> = found.iter().map(|e| e.kind()).collect();
//! assert_eq!(kinds, [Kind::DateTime, Kind::Percent, Kind::Money, Kind::Duration]);
//! assert_eq!(found[2].text, "hơn 83,5 triệu đồng");
//! ```

use std::fmt;

use context::{Candidate, Context};
use shared_in_lists::{durations_in_lists, is_slash_list_item, months_in_lists, share_units};

mod ages;
mod anchored;
mod around;
mod bare_halves;
mod body_measures;
mod buy_sell;
mod compared;
mod context;
mod counted_years;
mod credit_counts;
mod dash_chains;
mod glued_enumerations;
mod knots;
mod midnight;
mod multipliers;
mod open_bounds;
mod pesos;
mod shared_in_lists;
mod slashed_counts;
mod spelled_pairs;
mod spoons;
mod tallies;
#[cfg(test)]
mod test_spans;
mod token_leads;
mod units_on_end;
mod vulgar_fractions;

use crate::number::{self, Qualifier, Quantity, QuantityMatch};
use crate::time::{self, Parser, Reference};

/// What an [`Entity`] is: the `kind` field of the CLI's `extract` output.
///
/// ```
/// use vietnorm::extract::Kind;
/// assert_eq!(Kind::Money.to_string(), "money");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// A plain number.
    Number,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// An ordinal ("thứ nhất", "hạng 3").
    Ordinal,
    /// A date or a range of dates.
    Date,
    /// A time of day or a range of times.
    Time,
    /// A date with its time or part of the day ("15 giờ 30 ngày
    /// 13-5-2013", "sáng 29/10"), or a range of them.
    DateTime,
    /// A duration.
    Duration,
    /// A quantity with a unit of measure ("3kg", "2,5 ha", "100 km/h").
    Measure,
    /// A common fraction ("một phần tư", "3/4 dân số").
    Fraction,
}

impl Kind {
    /// The kind's name as the CLI writes it.
    ///
    /// ```
    /// assert_eq!(vietnorm::extract::Kind::Duration.as_str(), "duration");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Ordinal => "ordinal",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::DateTime => "datetime",
            Kind::Duration => "duration",
            Kind::Measure => "measure",
            Kind::Fraction => "fraction",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The value of an [`Entity`]: a quantity, or a date, time or duration.
///
/// With `serde` it serializes as the value's own fields and a `kind`.
///
/// ```
/// use vietnorm::extract::{extract, Value};
/// let found = extract("lúc 14h30");
/// assert!(matches!(found[0].value, Value::Time { .. }));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(untagged))]
#[non_exhaustive]
pub enum Value {
    /// A number, amount, percentage or ordinal (its qualifier inside).
    Quantity(Quantity),
    /// A date, time or duration.
    Time {
        /// What was found.
        #[cfg_attr(feature = "serde", serde(flatten))]
        entity: time::Entity,
        /// The qualifier word at the start of the span ("khoảng", "hơn").
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
        qualifier: Option<Qualifier>,
        /// For a date anchored to another date of the text ("Cùng ngày",
        /// "sáng hôm sau", "năm trước đó"), the span of that date, which
        /// the value was resolved from; `None` for every other entity.
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
        anchor: Option<Anchor>,
    },
}

/// The byte span `[start, end)` of the date an anchored date was resolved
/// from: "Sáng 12/5" for the "Cùng ngày" of "Sáng 12/5, … Cùng ngày, …".
/// Serializes (feature `serde`) as `{"start": …, "end": …}`.
///
/// ```
/// use vietnorm::extract::{extract, Value};
/// let text = "Sáng 12/5, mưa lớn. Cùng ngày, đường ngập.";
/// let found = extract(text);
/// let Value::Time { anchor: Some(a), .. } = found[1].value else { panic!() };
/// assert_eq!((found[1].text, &text[a.start..a.end]), ("Cùng ngày", "Sáng 12/5"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Anchor {
    /// Byte offset of the anchor's first byte.
    pub start: usize,
    /// Byte offset after the anchor's last byte.
    pub end: usize,
}

/// One entity found in running text: its byte span `[start, end)` in the
/// text as given, that slice, and its value.
///
/// With `serde` it serializes as the CLI's `extract` line:
/// `{"kind":…,"start":…,"end":…,"text":…, <the value's fields>}`.
///
/// ```
/// let text = "Doanh thu đạt 1 tỷ 200 triệu đồng.";
/// let e = &vietnorm::extract::extract(text)[0];
/// assert_eq!(&text[e.start..e.end], e.text);
/// assert_eq!(e.text, "1 tỷ 200 triệu đồng");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entity<'a> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// The exact slice of the input.
    pub text: &'a str,
    /// What was found.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub value: Value,
}

impl<'a> Entity<'a> {
    /// The quantity `q` read at `start..end` of `text` (the slice empty if
    /// the range is no slice of it): what the rules that add a reading of
    /// their own push.
    pub(crate) fn quantity(text: &'a str, start: usize, end: usize, q: Quantity) -> Self {
        Entity {
            start,
            end,
            text: text.get(start..end).unwrap_or(""),
            value: Value::Quantity(q),
        }
    }
}

impl Entity<'_> {
    /// What the entity is.
    ///
    /// ```
    /// use vietnorm::extract::{extract, Kind};
    /// assert_eq!(extract("tăng 5%")[0].kind(), Kind::Percent);
    /// ```
    pub fn kind(&self) -> Kind {
        match &self.value {
            Value::Quantity(Quantity::Money(_)) => Kind::Money,
            Value::Quantity(Quantity::Percent(_)) => Kind::Percent,
            Value::Quantity(Quantity::Ordinal(_)) => Kind::Ordinal,
            Value::Quantity(Quantity::Measure(_)) => Kind::Measure,
            Value::Quantity(Quantity::Fraction(_)) => Kind::Fraction,
            Value::Quantity(_) => Kind::Number,
            Value::Time {
                entity: time::Entity::Date(_),
                ..
            } => Kind::Date,
            Value::Time {
                entity: time::Entity::Time(_),
                ..
            } => Kind::Time,
            Value::Time {
                entity: time::Entity::DateTime(_),
                ..
            } => Kind::DateTime,
            Value::Time { .. } => Kind::Duration,
        }
    }

    fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    fn is_quantity(&self) -> bool {
        matches!(self.value, Value::Quantity(_))
    }

    /// True for a duration among the quantities: a number that took the
    /// unit of the duration after it (`durations_in_lists`).
    fn is_listed_duration(&self) -> bool {
        matches!(
            self.value,
            Value::Time {
                entity: time::Entity::Duration(_),
                ..
            }
        )
    }

    /// Who wins a tie on length: a fraction (the quantities scanner only
    /// reports "3/4" where its context says fraction, "3/4 dân số"), then a
    /// date, time or duration, then the other quantities.
    fn rank(&self) -> u8 {
        match self.value {
            Value::Quantity(Quantity::Fraction(_)) => 2,
            Value::Quantity(_) => 0,
            Value::Time { .. } => 1,
        }
    }
}

/// Extraction settings: today, the reference moment that relative dates
/// ("hôm qua", "thứ Hai tuần tới") resolve against. Without one they are
/// not reported. Const-constructible, so it can live in a `static`.
///
/// ```
/// use vietnorm::extract::Extractor;
/// use vietnorm::time::Reference;
///
/// let reference = Reference::new(2025, 10, 29).unwrap();
/// let found = Extractor::new().reference(reference).extract("Hôm qua trời mưa.");
/// assert_eq!(found[0].text, "Hôm qua");
/// assert!(Extractor::new().extract("Hôm qua trời mưa.").is_empty());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Extractor {
    time: Parser,
}

impl Extractor {
    /// An extractor without a reference moment.
    ///
    /// ```
    /// static EXTRACTOR: vietnorm::extract::Extractor = vietnorm::extract::Extractor::new();
    /// assert_eq!(EXTRACTOR.extract("5 người").len(), 1);
    /// ```
    pub const fn new() -> Extractor {
        Extractor {
            time: Parser::new(),
        }
    }

    /// The same extractor resolving relative dates against `reference`.
    ///
    /// ```
    /// use vietnorm::{extract::Extractor, time::Reference};
    /// let e = Extractor::new().reference(Reference::new(2025, 1, 1).unwrap());
    /// assert_eq!(e.extract("ngày mai").len(), 1);
    /// ```
    pub const fn reference(self, reference: Reference) -> Extractor {
        Extractor {
            time: self.time.reference(reference),
        }
    }

    /// Every entity in `text`, in order of `start`, without overlaps.
    ///
    /// ```
    /// let text = "Từ 5 đến 7 triệu đồng, trong 1 giờ 20 phút.";
    /// let found = vietnorm::extract::Extractor::new().extract(text);
    /// let spans: Vec<&str> = found.iter().map(|e| e.text).collect();
    /// assert_eq!(spans, ["Từ 5 đến 7 triệu đồng", "1 giờ 20 phút"]);
    /// ```
    pub fn extract<'a>(&self, text: &'a str) -> Vec<Entity<'a>> {
        // The dates grammar tokenizes the whole text once; the context
        // rules read the same tokens.
        let mut scan = self.time.scan(text);
        let times: Vec<Entity<'a>> = scan.by_ref().filter_map(|m| time_entity(text, m)).collect();
        let (toks, cues) = scan.into_parts();
        let mut quantity_context = Context::new(text, &toks);
        let mut scanner = number::scan::scan_lexed(text, &toks);
        let mut quantities: Vec<Entity<'a>> = scanner
            .by_ref()
            .filter_map(|m| quantity_entity(text, m))
            .filter_map(|e| {
                if closes_quotation(text, &e) {
                    count_closing_quotation(text, e)
                } else {
                    Some(e)
                }
            })
            .filter(|e| !context::is_on_a(e.text))
            .filter(|e| !is_page_number(text, e))
            .filter(|e| {
                is_slash_list_item(text, e) || !quantity_context.is_label(&candidate(&toks, e))
            })
            .collect();
        let lone_ones = scanner.lone_one_starts();
        add_one_points(text, &quantity_context, lone_ones, &mut quantities);
        add_listed_ones(text, &quantity_context, lone_ones, &mut quantities);
        token_leads::add(text, &toks, &mut quantities);
        drop_ratios(text, &mut quantities);
        tallies::drop_tallies(text, &toks, &mut quantities);
        on_after_amount(text, &mut quantities);
        samples_not_land(text, &mut quantities);
        gold_metal_out(text, &mut quantities);
        knots::after_speed(text, &mut quantities);
        over_an_age(text, &mut quantities);
        multipliers::qualify(text, &mut quantities);
        on_after_position(text, &mut quantities);
        compared::after_opening(text, &mut quantities);
        compared::before_glossed_compared(text, &mut quantities);
        drop_products(text, &mut quantities);
        buy_sell::split_pairs(text, &mut quantities);
        dash_chains::split_chains(text, &mut quantities);
        share_units(text, &mut quantities);
        pesos::of_country(text, &mut quantities);
        body_measures::add(text, &mut quantities);
        for e in &mut quantities {
            if let Some(year) = as_year(e).filter(|_| quantity_context.is_year(e.start, e.end)) {
                e.value = year;
            } else if let Some(rank) =
                as_rank(text, e).filter(|_| quantity_context.is_rank_in_list(e.start, e.end))
            {
                e.value = rank;
            } else if let Some(rank) = bare_rank(e).filter(|_| {
                quantity_context.is_rank_after_thu(e.start, e.end)
                    || quantity_context.is_rank_without_thu(e.start, e.end)
            }) {
                e.value = rank;
            }
        }
        months_in_lists(text, &times, &mut quantities);
        durations_in_lists(text, &times, &mut quantities);
        let per_units: Vec<bool> = quantities
            .iter()
            .map(|e| is_rate_period(&quantities, e))
            .collect();
        let mut per_units = per_units.into_iter();
        quantities.retain(|e| {
            !per_units.next().unwrap_or(false)
                && !is_title_year(text, e)
                && !is_edition_year(text, e)
                && !is_weekly_slot(text, &toks, e)
                && !is_listed_weekday(text, e)
                && !is_midnight_number(&toks, text, e)
                && !is_a_moment(text, e)
                && !is_lottery_game(text, e)
                && !is_quoted_other_half(text, e)
        });
        let mut times = times;
        times.retain(|e| {
            !is_rate_period(&quantities, e)
                && !is_title_year(text, e)
                && !is_edition_year(text, e)
                && !is_a_day_of(text, e)
                && !is_a_moment(text, e)
                && !is_news_programme(text, e)
        });
        let mut time_context = Context::new(text, &toks);
        let times = times.into_iter().flat_map(|e| {
            let c = candidate(&toks, &e);
            if !time_context.is_label(&c) {
                return vec![e];
            }
            // A count read as a date only because the reference dates it
            // ("chuyến thăm 4 ngày tới Nhật Bản": a four-day visit): the
            // label drops the date, not the count the text holds, which is
            // reported as it is without a reference (rel8 probe).
            if c.counted_units && self.time.get_reference().is_some() {
                return uncounted(text, &e);
            }
            Vec::new()
        });
        let mut found = merge(quantities.into_iter(), times);
        counted_years::split_counts(text, &mut found);
        midnight::take_half(text, &mut found);
        open_bounds::from_and_up(text, &mut found);
        open_bounds::after_sign(text, &mut found);
        open_bounds::after_plus_word(text, &mut found);
        anchored::resolve(text, &cues, &mut found);
        found
    }
}

/// Every entity in `text`, with no reference moment; see [`Extractor`].
///
/// ```
/// let found = vietnorm::extract::extract("Giá xăng giảm 500 đồng/lít từ 15h ngày 30/10.");
/// let spans: Vec<&str> = found.iter().map(|e| e.text).collect();
/// assert_eq!(spans, ["500 đồng/lít", "15h ngày 30/10"]);
/// ```
pub fn extract(text: &str) -> Vec<Entity<'_>> {
    Extractor::new().extract(text)
}

/// "thứ 4" in "các ngày thứ 2, thứ 4, thứ 6 hàng tuần", "thứ hai" in
/// "21h00 thứ hai đến thứ sáu hàng tuần": a weekday that comes back every
/// week, which the dates grammar leaves unread (no day), is no ordinal
/// either (`time::is_weekly_slot`; date11 probe).
fn is_weekly_slot(text: &str, toks: &[crate::lex::Token], e: &Entity<'_>) -> bool {
    e.kind() == Kind::Ordinal
        && time::is_weekly_slot(toks, text, toks.partition_point(|t| t.start < e.start))
}

/// "vào các ngày thứ 6, 7", "các tối thứ 3, 6", "các ngày thứ 2, 5 và thứ
/// 7": a digit from 2 to 7 listed after a weekday "thứ N" (a word of days
/// before it, `context::is_weekday_lead`) names another weekday, "thứ"
/// written once, no count (num25 probe). "xếp thứ 4 và 5" lists ranks and
/// stays an ordinal.
fn is_listed_weekday(text: &str, e: &Entity<'_>) -> bool {
    let weekday_digit = |w: &str| matches!(w, "2" | "3" | "4" | "5" | "6" | "7");
    if e.kind() != Kind::Number || !weekday_digit(e.text) {
        return false;
    }
    let from = crate::text::ceil_boundary(text, e.start.saturating_sub(60));
    let Some(window) = text.get(from..e.start) else {
        return false;
    };
    // The list stays on its line.
    let before = window
        .rsplit(crate::lex::is_line_break)
        .next()
        .unwrap_or(window);
    // Back over the list: separators and weekday digits, up to "thứ D".
    let mut words = before
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .rev()
        .peekable();
    while let Some(w) = words.next_if(|w| weekday_digit(w) || matches!(*w, "và" | "hoặc")) {
        if weekday_digit(w) && words.next_if(|w| *w == "thứ").is_some() {
            let lead = words.next().map(crate::lex::fold);
            return lead.is_some_and(|l| context::is_weekday_lead(&l));
        }
    }
    false
}

/// "24" in "kết thúc lúc 24 giờ ngày 13/2", "khoảng 24 giờ cùng ngày": the
/// midnight that ends a day, which the dates grammar leaves unread (a
/// time of day holds 0 to 23), is no count either (dur1 probe).
fn is_midnight_number(toks: &[crate::lex::Token], text: &str, e: &Entity<'_>) -> bool {
    e.kind() == Kind::Number
        && toks
            .partition_point(|t| t.start < e.end)
            .checked_sub(1)
            .is_some_and(|i| time::is_midnight_count(toks, text, i))
}

/// "cuộc thi “Bước nhảy hoàn vũ” 2013", ""Góc phố danh vọng" 2012": a
/// bare year right after a quoted title, one space between, is the
/// edition of the named event, part of its name as "V-League 2013" is
/// (CONVENTIONS.md), no date and no number (sixth date probe). Not after
/// "năm" before the quotation ("năm "thừa điện" 2012" is the year).
fn is_title_year(text: &str, e: &Entity<'_>) -> bool {
    let year = e.text.len() == 4
        && e.text.bytes().all(|b| b.is_ascii_digit())
        && matches!(e.text.as_bytes().first(), Some(b'1' | b'2'));
    let kind = matches!(e.kind(), Kind::Date | Kind::Number);
    if !year || !kind {
        return false;
    }
    let Some(before) = text.get(..e.start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let (open, body) = if let Some(b) = before.strip_suffix('”') {
        ('“', b)
    } else if let Some(b) = before.strip_suffix('"') {
        ('"', b)
    } else {
        return false;
    };
    // A closing quote: glued after the title's last character.
    if body.chars().next_back().is_none_or(char::is_whitespace) {
        return false;
    }
    // The opening quote on the same line, within a title's length: the
    // last 160 bytes are cut first, then the line, so that a wall of
    // quoted years on one line stays linear (walls1 probe).
    let from = crate::text::ceil_boundary(body, body.len().saturating_sub(160));
    let tail = body.get(from..).unwrap_or("");
    let window = tail.rsplit(crate::lex::is_line_break).next().unwrap_or("");
    let Some(k) = window.rfind(open) else {
        return false;
    };
    let lead = window
        .get(..k)
        .unwrap_or("")
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    crate::lex::fold(lead) != "năm"
}

/// "Cúp X lần thứ 14 - 2013", "Giải Báo chí Quốc gia lần thứ VII- 2012",
/// "Hoa hậu … lần thứ 3 - 2013": a bare year after an edition's number
/// and a dash is part of the event's name, as "V-League 2013" is (the
/// tenth set's n144 and y034 leave it out), no date and no number. With
/// "năm" before it ("lần thứ 6 - năm 2017") it stays a date, as q010 reads
/// it (date20 probe).
fn is_edition_year(text: &str, e: &Entity<'_>) -> bool {
    let year = e.text.len() == 4
        && e.text.bytes().all(|b| b.is_ascii_digit())
        && matches!(e.text.as_bytes().first(), Some(b'1' | b'2'));
    if !year || !matches!(e.kind(), Kind::Date | Kind::Number) {
        return false;
    }
    let before = text.get(..e.start).unwrap_or("");
    let before = before.strip_suffix(' ').unwrap_or(before);
    let Some(before) = before
        .strip_suffix('-')
        .or_else(|| before.strip_suffix('–'))
    else {
        return false;
    };
    let before = before.strip_suffix(' ').unwrap_or(before);
    // The edition's number: Arabic digits or a Roman numeral.
    let number = before.trim_end_matches(|c: char| c.is_ascii_digit() || "IVXLC".contains(c));
    let len = before.len() - number.len();
    if len == 0 || len > 6 {
        return false;
    }
    let Some(lead) = number.strip_suffix(' ') else {
        return false;
    };
    ["lần thứ", "Lần thứ", "lần", "Lần"].iter().any(|w| {
        lead.strip_suffix(w)
            .is_some_and(|b| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

/// "giải "Sách hè 2013"", "quốc gia khủng bố số một"": a straight quote
/// after a number is the inch sign only when it closes no quotation. A
/// measure in inches written with `"` or `''` is dropped, number and all,
/// when the number is spelled ("một"", "năm"": nobody writes spelled
/// inches) or when the last quote mark before it on the same line opens a
/// quotation (a `“`, or a straight quote with no letter or digit before
/// it and no space after it): a number that ends a quotation is a title's
/// year, a name or a label ("Giọng hát Việt 2012"", "số 10""), not a
/// count. A mark glued before the number opens it too: "con số "88"",
/// "yêu cầu "5K"" are quoted, not 88 or 5,000 inches (gen40 probe).
/// "màn hình 4,5"", "trên 5" và dưới 6"" keep their inches.
fn closes_quotation(text: &str, e: &Entity<'_>) -> bool {
    let Value::Quantity(Quantity::Measure(m)) = e.value else {
        return false;
    };
    let Some(sign) = ["''", "\""].into_iter().find(|q| e.text.ends_with(q)) else {
        return false;
    };
    if m.per.is_some() || m.unit.symbol() != "inch" {
        return false;
    }
    let body = e.text.get(..e.text.len() - sign.len()).unwrap_or("");
    let spelled = !body.bytes().any(|b| b.is_ascii_digit());
    spelled || opens_quotation_before(text, e.start)
}

/// "lọt vào top 3"", "Hiện đã có "7 hoặc 8" nhà máy": a number in digits
/// that closes a quotation (`closes_quotation`) is a count, not a title's
/// year or a label, when the word before it asks for one: "top" or "tốp"
/// (the size of a list, a `number` since the fifth session), or "hoặc",
/// "hay" after another number in digits (one of two counts, as "7 hoặc 8"
/// is read outside quotes). It is the number alone, the mark left out;
/// any other number closing a quotation is dropped (`None`). On the
/// corpus the four places are counts (time57 probe).
fn count_closing_quotation<'a>(text: &'a str, e: Entity<'a>) -> Option<Entity<'a>> {
    let Value::Quantity(Quantity::Measure(m)) = e.value else {
        return None;
    };
    let digits = e.text.trim_end_matches(['"', '\'']);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // A few words back suffice, and bound the look (linear time).
    let from = crate::text::ceil_boundary(text, e.start.saturating_sub(32));
    if !asks_for_count(text.get(from..e.start)?) {
        return None;
    }
    Some(Entity {
        end: e.start + digits.len(),
        text: digits,
        value: Value::Quantity(Quantity::Number(number::Number {
            value: m.value,
            qualifier: m.qualifier,
        })),
        ..e
    })
}

/// True when `head` (the text before a number) ends in a word that makes
/// the number a count: "top", "tốp" (any case), or "hoặc", "hay" after a
/// number in digits ("7 hoặc ").
fn asks_for_count(head: &str) -> bool {
    let mut words = head.split(' ').rev();
    if words.next() != Some("") {
        return false;
    }
    let Some(word) = words.next() else {
        return false;
    };
    // The quotation may open on the word: "top 15"", "7 hoặc 8"".
    match unquoted(word).as_ref() {
        "top" | "tốp" => true,
        "hoặc" | "hay" => words
            .next()
            .map(unquoted)
            .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())),
        _ => false,
    }
}

/// `word` without the quote or bracket that may open on it, folded as
/// the lexer folds (borrowed when already in lower case).
fn unquoted(word: &str) -> std::borrow::Cow<'_, str> {
    crate::lex::fold(word.trim_start_matches(['"', '“', '(']))
}

/// True when the last quote mark before `at` on its line opens a
/// quotation.
///
/// The walk goes back from `at` and stops at the first quote mark or line
/// break: it never reads back to the line's start when a quote is near
/// (a wall of `trên 7" và dưới 10" …` on one line was quadratic; walls1
/// probe). A line break or nothing before the mark is no letter, as the
/// line's start was.
fn opens_quotation_before(text: &str, at: usize) -> bool {
    let Some(head) = text.get(..at) else {
        return false;
    };
    let Some((k, q)) = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| !crate::lex::is_line_break(c))
        .find(|&(_, c)| matches!(c, '"' | '“' | '”' | '\''))
    else {
        return false;
    };
    match q {
        '“' => true,
        '”' => false,
        _ => {
            let before = head.get(..k).unwrap_or("");
            // "''" opens with its first mark.
            let before = if q == '\'' {
                match before.strip_suffix('\'') {
                    Some(b) => b,
                    None => return false,
                }
            } else {
                before
            };
            // What follows the mark is read in the whole text: a mark
            // glued to the number ("con số "88"") is followed by it.
            let after = text.get(k + 1..).unwrap_or("");
            let glued_before = before
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let spaced_after = after.chars().next().is_none_or(char::is_whitespace);
            !glued_before && !spaced_after
        }
    }
}

/// "giành một điểm", "kém Thanh Hóa một điểm.": one point of a table
/// (`Context::one_points`), and "chỉ có một cách": only one
/// (`Context::only_ones`), and "thêm một thẻ vàng", "khiến một người tử
/// vong": one more, one goal, one casualty (`Context::counted_ones`),
/// which the scanner left as "a", are the number one, where no quantity
/// covers it already.
/// `lone` are the starts of every lone "một" the scanner met.
fn add_one_points<'a>(
    text: &'a str,
    context: &Context<'_>,
    lone: &[usize],
    quantities: &mut Vec<Entity<'a>>,
) {
    let mut spans = context.one_points(lone);
    spans.extend(context.only_ones(lone));
    spans.extend(context.counted_ones(lone));
    if spans.is_empty() {
        return;
    }
    spans.sort_unstable();
    spans.dedup();
    insert_ones(text, &spans, quantities);
}

/// "hai bàn và một kiến tạo", "17 thẻ vàng, một thẻ đỏ", "một hòa và ba
/// thất bại": one in a list of counts (`Context::listed_ones`,
/// `Context::leading_ones`), which the scanner left as "a", is the
/// number one, where no quantity covers it already.
fn add_listed_ones<'a>(
    text: &'a str,
    context: &Context<'_>,
    lone: &[usize],
    quantities: &mut Vec<Entity<'a>>,
) {
    if lone.is_empty() {
        return;
    }
    let numbers = || {
        quantities
            .iter()
            .filter(|e| matches!(e.value, Value::Quantity(Quantity::Number(_))))
    };
    let number_ends: Vec<usize> = numbers().map(|e| e.end).collect();
    let number_starts: Vec<usize> = numbers().map(|e| e.start).collect();
    let mut spans = context.listed_ones(lone, &number_ends);
    spans.extend(context.leading_ones(lone, &number_starts));
    spans.extend(context.repeated_noun_ones(lone, &number_starts));
    spans.sort_unstable();
    spans.dedup();
    insert_ones(text, &spans, quantities);
}

/// Inserts the number one at each of `spans` (in order) that no quantity
/// covers, keeping `quantities` in order: both are in order, so one merge,
/// linear in the two.
fn insert_ones<'a>(text: &'a str, spans: &[(usize, usize)], quantities: &mut Vec<Entity<'a>>) {
    if spans.is_empty() {
        return;
    }
    let old = std::mem::take(quantities);
    let mut old = old.into_iter().peekable();
    for &(start, end) in spans {
        while let Some(e) = old.next_if(|e| e.start < end) {
            quantities.push(e);
        }
        let covered = quantities.last().is_some_and(|e| e.end > start)
            || old.peek().is_some_and(|e| e.start < end);
        let Some(slice) = text.get(start..end).filter(|_| !covered) else {
            continue;
        };
        quantities.push(Entity {
            start,
            end,
            text: slice,
            value: Value::Quantity(Quantity::Number(number::Number {
                value: number::Value::Exact(1.into()),
                qualifier: None,
            })),
        });
    }
    quantities.extend(old);
}

/// "bản tin Thời sự 19h", "Chương trình Thời sự 23h00 hôm nay": the
/// clock names the news programme that airs then, no time the text sets
/// (CONVENTIONS, rel4 probe: q045's "Thời sự 23h00" is a programme's
/// name). A clock alone right after "Thời sự" with a capital, or after
/// "bản tin thời sự", "chương trình thời sự" (the gen48 probe).
fn is_news_programme(text: &str, e: &Entity<'_>) -> bool {
    if e.kind() != Kind::Time {
        return false;
    }
    let mut back = around::words_back(text, e.start);
    if back.next().is_none_or(|(_, w)| w != "sự") {
        return false;
    }
    let Some((thoi, _)) = back.next().filter(|(_, w)| w == "thời") else {
        return false;
    };
    if text.get(thoi..).is_some_and(|t| t.starts_with("Thời sự")) {
        return true;
    }
    let second = back.next().map(|(_, w)| w);
    let first = back.next().map(|(_, w)| w);
    matches!(
        (first.as_deref(), second.as_deref()),
        (Some("bản"), Some("tin")) | (Some("chương"), Some("trình"))
    )
}

/// "xổ số điện toán 123", "xổ số Thần tài 4": the number names a
/// lottery game (pick three digits, four digits), as "Mega 6/45" does,
/// no count (gen52 probe). A number right after "xổ số điện toán" or
/// "xổ số thần tài", in any case; "vàng thần tài 1 chỉ" (a gold bar's
/// weight) and "ngày Thần Tài 2017" have no "xổ số" before them.
fn is_lottery_game(text: &str, e: &Entity<'_>) -> bool {
    if e.kind() != Kind::Number {
        return false;
    }
    let mut back = around::words_back(text, e.start).map(|(_, w)| w);
    // The game's last word first: most numbers stop here, one word read.
    let Some(name) = back.next().filter(|w| matches!(w.as_ref(), "toán" | "tài")) else {
        return false;
    };
    let lead = back.next();
    matches!(
        (lead.as_deref(), name.as_ref()),
        (Some("điện"), "toán") | (Some("thần"), "tài")
    ) && back.next().is_some_and(|w| w == "số")
        && back.next().is_some_and(|w| w == "xổ")
}

/// "trong một giây phút nóng giận", "chỉ thua vì một giây phút không
/// tập trung", "trong 1 giây phút": "giây phút" is one word, "a moment",
/// and "một" or "1" before it is "a": neither a duration of one second
/// nor a count (the gen48 probe). A minute of a match after the seconds
/// ("giây 30 phút 90") has its number and stays.
fn is_a_moment(text: &str, e: &Entity<'_>) -> bool {
    let tail = text.get(e.end..).unwrap_or("");
    let rest = if e.text.ends_with("giây") {
        tail.strip_prefix(" phút")
    } else if matches!(e.text, "1" | "một" | "Một") {
        tail.strip_prefix(" giây phút")
    } else {
        None
    };
    rest.is_some_and(|r| {
        !r.trim_start().starts_with(|c: char| c.is_ascii_digit())
            && !r.starts_with(char::is_alphanumeric)
    })
}

/// "tìm được \"một nửa\" còn lại", "Khi tìm “ một nửa” của mình", "lựa
/// chọn \"một nửa\" là giáo viên": "một nửa" set in quotes is one's other
/// half, a partner, no fraction (the blind34 opening, aj026; every one of
/// the corpus's three such places). Unquoted, "một nửa còn lại" (the
/// remaining half) stays a fraction, and "một nửa của mình" is read by
/// `context::idioms`.
fn is_quoted_other_half(text: &str, e: &Entity<'_>) -> bool {
    const QUOTES: &[char] = &['"', '“', '”', '\'', '‘', '’'];
    if !matches!(e.text, "một nửa" | "Một nửa") {
        return false;
    }
    let before = text.get(..e.start).unwrap_or("").trim_end_matches(' ');
    let after = text.get(e.end..).unwrap_or("").trim_start_matches(' ');
    before.ends_with(QUOTES) && after.starts_with(QUOTES)
}

/// "có một ngày Valentine", "Giá như có một ngày mình …", "trong một
/// ngày nắng", "một ngày thi đấu xuất sắc": "một ngày" is "a day" (a day
/// of something), not a duration of one day. Dropped after "có" (not
/// "chỉ có", only one) unless the word after reads as a duration's ("để",
/// "đêm", "nghỉ", "thôi", "hôm", "rưỡi"), and before a word of weather, an
/// occasion or "thi đấu" (a tenth probe). Gated on the span's text.
fn is_a_day_of(text: &str, e: &Entity<'_>) -> bool {
    if !matches!(e.text, "một ngày" | "Một ngày") {
        return false;
    }
    let head = text.get(..e.start).unwrap_or("");
    let tail = text.get(e.end..).unwrap_or("");
    let Some(rest) = tail.strip_prefix(' ') else {
        return false;
    };
    let mut after = rest.split(|c: char| !c.is_alphanumeric());
    let next = after.next().unwrap_or("");
    let next2 = after.next().unwrap_or("");
    if next.is_empty() {
        return false;
    }
    let mut before = head.trim_end().rsplit(|c: char| !c.is_alphanumeric());
    let prev = before.next().unwrap_or("");
    let prev2 = before.next().unwrap_or("");
    let head_ok = head.ends_with(' ');
    if head_ok
        && prev == "có"
        && prev2 != "chỉ"
        && !matches!(next, "để" | "đêm" | "nghỉ" | "thôi" | "hôm" | "rưỡi")
    {
        return true;
    }
    matches!(
        next,
        "nắng" | "nóng" | "mưa" | "lạnh" | "khói" | "Valentine" | "lễ" | "tết" | "mừng"
    ) || (next == "thi" && next2 == "đấu")
}

/// Adds each of `found` that overlaps no entity of `quantities`, keeping
/// them in order of start (the added readings of `spoons`).
fn add_where_free<'a>(quantities: &mut Vec<Entity<'a>>, found: Vec<Entity<'a>>) {
    add_where_free_in_turn(quantities, [found]);
}

/// Adds the batches of `batches` in turn (the readings of the token
/// walk's rules, `token_leads`), as one call of [`add_where_free`] a
/// batch would: an entity is added where it overlaps no entity of
/// `quantities` and none added from an earlier batch (two of one batch
/// are not checked against each other), all kept in order of start.
/// `quantities`, once in order of start, is searched through the furthest
/// end among the entities that start before a candidate ends: a binary
/// search a look-up (a wall of bare halves stays linear; gen32 probe).
/// It is sorted and its ends are gathered once for all the batches, not
/// once a batch (speed2 probe).
fn add_where_free_in_turn<'a, const N: usize>(
    quantities: &mut Vec<Entity<'a>>,
    batches: [Vec<Entity<'a>>; N],
) {
    if batches.iter().all(Vec::is_empty) {
        return;
    }
    quantities.sort_by_key(|e| e.start);
    let furthest = furthest_ends(quantities);
    let mut added: Vec<Entity<'a>> = Vec::new();
    for mut found in batches {
        if found.is_empty() {
            continue;
        }
        let added_furthest = furthest_ends(&added);
        found.retain(|f| is_free(quantities, &furthest, f) && is_free(&added, &added_furthest, f));
        added.extend(found);
        added.sort_by_key(|e| e.start);
    }
    quantities.extend(added);
    quantities.sort_by_key(|e| e.start);
}

/// For each entity of `sorted` (in order of start), the furthest end of
/// it and the ones before it.
fn furthest_ends(sorted: &[Entity<'_>]) -> Vec<usize> {
    sorted
        .iter()
        .scan(0, |end, e| {
            *end = e.end.max(*end);
            Some(*end)
        })
        .collect()
}

/// True when `f` overlaps no entity of `sorted` (in order of start, with
/// its `furthest` ends): none of those that start before `f` ends
/// reaches past its start.
fn is_free(sorted: &[Entity<'_>], furthest: &[usize], f: &Entity<'_>) -> bool {
    let before = sorted.partition_point(|e| e.start < f.end);
    before == 0 || furthest.get(before - 1).is_none_or(|&end| end <= f.start)
}

/// Drops both halves of a ratio read aloud: "bảy trên chín" (a bare number,
/// then "trên" and a number right after it).
fn drop_ratios(text: &str, quantities: &mut Vec<Entity<'_>>) {
    let mut drop = vec![false; quantities.len()];
    for (k, pair) in quantities.windows(2).enumerate() {
        let [a, b] = pair else { continue };
        let a_bare = matches!(
            a.value,
            Value::Quantity(Quantity::Number(number::Number {
                qualifier: None,
                ..
            }))
        );
        if a_bare && context::is_ratio(text, a.end, b.start, b.text) {
            for flag in drop.iter_mut().skip(k).take(2) {
                *flag = true;
            }
        }
    }
    let mut flags = drop.into_iter();
    quantities.retain(|_| !flags.next().unwrap_or(false));
}

/// "khoảng 10 ngàn một ngày", "lương 2 triệu một tháng": "một" and a unit
/// of time right after an amount that ends in a scale word say what the
/// amount is per (the number scanner leaves "một" out of the amount), no
/// duration; "35.000 đồng một bát" is a rate of its own. So does "một"
/// and a unit of measure (num25 probe): "giá 1,2 triệu một kg", "2 tỷ một
/// m2 đất", "vài nghìn một kg" are prices per kilogram, per square metre,
/// with no currency written, no measure of one kilogram.
fn is_rate_period(quantities: &[Entity<'_>], e: &Entity<'_>) -> bool {
    if !matches!(e.kind(), Kind::Duration | Kind::Measure) || !e.text.starts_with("một ") {
        return false;
    }
    let k = quantities.partition_point(|q| q.start < e.start);
    let Some(q) = k.checked_sub(1).and_then(|k| quantities.get(k)) else {
        return false;
    };
    let scale_end = q
        .text
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "nghìn" | "ngàn" | "vạn" | "triệu" | "tỷ" | "tỉ"));
    q.kind() == Kind::Number && q.end + 1 == e.start && scale_end
}

/// A page's number, no count (prec15 probe): the page links of a web
/// page's pager left in the text of scraped articles ("Trang 1 2 Trang
/// kế tiếp": a bare number whose line runs back to "Trang" through bare
/// numbers alone; "Trang 1" is already a label), and the page (or pages)
/// of a citation after the abbreviation "tr.", with its volume after "t."
/// ("Tuyển tập, t. 3, tr. 1.207", "tr. 1.403-1.404").
fn is_page_number(text: &str, e: &Entity<'_>) -> bool {
    if !e
        .text
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
    {
        return false;
    }
    let mut before = text.get(..e.start).unwrap_or("");
    let abbreviation = |word: &str| {
        before
            .strip_suffix(" ")
            .unwrap_or(before)
            .strip_suffix(word)
            .is_some_and(|head| !head.ends_with(char::is_alphanumeric))
    };
    let volume = abbreviation("t.")
        && text
            .get(e.end..)
            .is_some_and(|after| after.starts_with(", tr."));
    if abbreviation("tr.") || volume {
        return true;
    }
    if !e.text.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut pages = 0;
    loop {
        let Some(head) = before.strip_suffix(' ') else {
            return false;
        };
        if head.ends_with("Trang") {
            let lead = head.strip_suffix("Trang").unwrap_or("");
            return pages > 0 && !lead.ends_with(char::is_alphanumeric);
        }
        let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || pages > 8 {
            return false;
        }
        before = head.get(..head.len() - digits).unwrap_or("");
        pages += 1;
    }
}

/// "đã ngoài 80 tuổi", "tuổi đã ngoài 60", "lứa tuổi ngoài 30": "ngoài"
/// (beyond) before an age is "more than", in the span, as "hơn" is; only
/// with "tuổi" after the number or before "ngoài" ("ngoài 3 người",
/// besides three people, stays apart). Thirteenth blind set, opened.
fn over_an_age<'a>(text: &'a str, quantities: &mut [Entity<'a>]) {
    for e in quantities.iter_mut() {
        let Some(v) = bare_exact(e) else {
            continue;
        };
        let before = text.get(..e.start).unwrap_or("");
        let Some(head) = before
            .strip_suffix("ngoài ")
            .or_else(|| before.strip_suffix("Ngoài "))
        else {
            continue;
        };
        let age_after = text.get(e.end..).is_some_and(|a| a.starts_with(" tuổi"));
        let head = head.trim_end_matches(' ');
        let head = head
            .strip_suffix("đã")
            .map_or(head, |h| h.trim_end_matches(' '));
        let age_before = head.ends_with("tuổi") || head.ends_with("Tuổi");
        let bare = bare_age_over(before.strip_suffix("ngoài ").unwrap_or(""), e, text);
        let start = vague_word_before(text, e.start - "ngoài ".len());
        let Some(span) = text
            .get(start..e.end)
            .filter(|_| age_after || age_before || bare)
        else {
            continue;
        };
        e.start = start;
        e.text = span;
        e.value = Value::Quantity(Quantity::Number(number::Number {
            value: number::Value::Exact(v),
            qualifier: Some(Qualifier::MoreThan),
        }));
    }
}

/// An age past a round count with no "tuổi" written, for `over_an_age`:
/// "trẻ nhất cũng đã ngoài 40, còn già cũng đã ngoài 60." and "Họ chỉ
/// mới ngoài 30." ("đã" or "mới", already or only just, before "ngoài",
/// the number ending its clause), or "một ông già ngoài 60", "bà cụ
/// ngoài 80", "phụ nữ ngoài 40" (an old man, an old woman, women, past
/// forty). Only a two-digit number from 10 up: "ngoài 2 lần" (besides
/// twice) and "đã ngoài 3 người" (a count, a noun after it) stay apart.
/// The gen49 probe.
fn bare_age_over(head: &str, e: &Entity<'_>, text: &str) -> bool {
    let b = e.text.as_bytes();
    if b.len() != 2 || !b.iter().all(u8::is_ascii_digit) || b.first() == Some(&b'0') {
        return false;
    }
    let head = head.trim_end_matches(' ');
    let word_end = |w: &str| {
        head.strip_suffix(w)
            .is_some_and(|h| !h.ends_with(char::is_alphanumeric))
    };
    if ["già", "cụ", "phụ nữ"].iter().any(|w| word_end(w)) {
        return true;
    }
    let clause_end = text.get(e.end..).is_none_or(|a| {
        a.is_empty() || a.starts_with(['.', ',', ';', ':', '!', '?', ')', '"', '”'])
    });
    clause_end && (word_end("đã") || word_end("mới"))
}

/// The start of a word of about standing right before `at`, else `at`:
/// "khoảng ngoài 40 tuổi" (about, and beyond forty, the bound saying
/// more, as "khoảng hơn 15 năm" reads; gen39 probe). The word is one the
/// qualifier table reads alone as `About` in the number grammar
/// ("khoảng", "chừng", "tầm", "trạc" …, either case; the gen40 probe
/// moved the list here onto `qualifier::PHRASES`), a whole word after a
/// space.
fn vague_word_before(text: &str, at: usize) -> usize {
    let Some(head) = text.get(..at).and_then(|b| b.strip_suffix(' ')) else {
        return at;
    };
    // Back over the word's letters, no further than a word of the table
    // is long: a longer run is no such word.
    let mut start = head.len();
    for (n, (k, c)) in head.char_indices().rev().enumerate() {
        if !c.is_alphanumeric() {
            break;
        }
        if n >= crate::lex::MAX_KEY_BYTES {
            return at;
        }
        start = k;
    }
    if start == head.len() {
        return at;
    }
    let word = crate::lex::Word::lookup(&crate::lex::fold(head.get(start..).unwrap_or("")));
    let about = crate::qualifier::one_word(crate::qualifier::Grammar::Numbers, word);
    if about == Some(Qualifier::About) {
        start
    } else {
        at
    }
}

/// "lấy đi 5,1 cây vàng", "trao giải trị giá 2 cây vàng", "trả 400 cây
/// vàng": "cây vàng" is the tael of gold, the unit `lượng` (the unit table
/// reads the two words, "cây" alone being a tree), but the span ends at
/// "cây", the metal out of it, as the sets' readers write "5 lượng" and
/// "10 lượng" in "5 lượng vàng", "10 lượng vàng SJC" (z040, d080, t023,
/// f077, i025) and "5 chỉ" in "5 chỉ vàng" (g113), and as the sixth set's
/// z095 reads "2 cây" (gen32 probe). A rate per "cây vàng" keeps its
/// words.
fn gold_metal_out<'a>(text: &'a str, quantities: &mut [Entity<'a>]) {
    for e in quantities.iter_mut() {
        let Value::Quantity(Quantity::Measure(m)) = &e.value else {
            continue;
        };
        if m.per.is_some() || !e.text.ends_with(" cây vàng") {
            continue;
        }
        let end = e.end - " vàng".len();
        if let Some(t) = text.get(e.start..end) {
            e.end = end;
            e.text = t;
        }
    }
}

/// "giám sát 7 mẫu, kết quả…", "đã lấy 991 mẫu, trong đó…", "có tất cả
/// 31 mẫu,": "mẫu" ending a clause is a sample or a model, not the unit
/// of land, unless the clause says land: a word of size before the
/// quantity ("rộng gần 2 mẫu,", "diện tích là 5 mẫu,") or "sào" later in
/// the sentence ("5 mẫu, 4 sào", "một mẫu, còn lại chỉ dăm ba sào"). The
/// number stays, a count (measure12 probe). Before a word `number::unit`
/// already asks for land ("3 mẫu ruộng"); a capital inside a sentence is
/// a name ("Mẫu 2 Mẫu 3"), as a unit of time is (dur1 probe).
fn samples_not_land<'a>(text: &'a str, quantities: &mut [Entity<'a>]) {
    for e in quantities.iter_mut() {
        let Value::Quantity(Quantity::Measure(m)) = e.value else {
            continue;
        };
        if m.unit.symbol() != "mẫu" || m.per.is_some() {
            continue;
        }
        let Some((number, unit)) = e.text.rsplit_once(' ') else {
            continue;
        };
        let after = text.get(e.end..).unwrap_or("");
        let word_after = after
            .strip_prefix(' ')
            .and_then(|a| a.chars().next())
            .is_some_and(char::is_alphabetic);
        let capital = unit.starts_with(char::is_uppercase);
        if word_after && !capital {
            continue;
        }
        if !capital && mau_is_land(text, e.start, after) {
            continue;
        }
        e.end = e.start + number.len();
        e.text = number;
        e.value = Value::Quantity(Quantity::Number(number::Number {
            value: m.value,
            qualifier: m.qualifier,
        }));
    }
}

/// True when the clause around a "mẫu" ending it (the quantity starts at
/// byte `start` of `text`, `after` follows it) says land: "rộng" or "diện
/// tích (là)" right before the quantity, or "sào" before the end of the
/// sentence after it. Both looks are bounded (`LAND_LOOK` bytes), so a
/// wall of "1 mẫu," reads in linear time.
fn mau_is_land(text: &str, start: usize, after: &str) -> bool {
    const LAND_LOOK: usize = 400;
    let from = crate::text::ceil_boundary(text, start.saturating_sub(32));
    let before = text
        .get(from..start)
        .unwrap_or("")
        .trim_end()
        .to_lowercase();
    let before = before.strip_suffix(" là").unwrap_or(&before);
    // The quantity's own qualifier ("rộng gần 2 mẫu") is in its span.
    let sized = before.ends_with("rộng") || before.ends_with("diện tích");
    let near = after
        .get(..crate::text::floor_boundary(after, LAND_LOOK))
        .unwrap_or("");
    let sentence = near.split(['.', '!', '?', '\n']).next().unwrap_or("");
    sized
        || sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "sào")
}

/// "trị giá 600 triệu đồng trên hai chiếc xe": "trên" right after an amount,
/// a measure or a percentage (spaces only between) is "on", not "more
/// than": the quantity after it loses "trên" and its qualifier. So too
/// after a rank ("xếp thứ 4 trên 21 quốc gia", "xếp hạng 138 trên 183
/// quốc gia"): "out of", the size of the group a count of its own, as in
/// "một trong hai ứng viên" (CONVENTIONS.md; the prec20 probe).
fn on_after_amount<'a>(text: &'a str, quantities: &mut [Entity<'a>]) {
    for k in 1..quantities.len() {
        let (Some(a), Some(b)) = (quantities.get(k - 1), quantities.get(k)) else {
            continue;
        };
        let amount = matches!(
            a.value,
            Value::Quantity(
                Quantity::Money(_)
                    | Quantity::Measure(_)
                    | Quantity::Percent(_)
                    | Quantity::Ordinal(_)
            )
        );
        let gap = text.get(a.end..b.start).unwrap_or("x");
        let spaced = !gap.is_empty()
            && gap
                .chars()
                .all(|c| c.is_whitespace() && !crate::lex::is_line_break(c));
        let Some(rest) = b
            .text
            .strip_prefix("trên")
            .or_else(|| b.text.strip_prefix("Trên"))
        else {
            continue;
        };
        let trimmed = rest.trim_start();
        let Value::Quantity(q) = b.value else {
            continue;
        };
        let Some(unqualified) = without(q, Qualifier::MoreThan) else {
            continue;
        };
        if !amount || !spaced || trimmed.len() == rest.len() || trimmed.is_empty() {
            continue;
        }
        let start = b.end - trimmed.len();
        if let Some(b) = quantities.get_mut(k) {
            b.start = start;
            b.text = trimmed;
            b.value = Value::Quantity(unqualified);
        }
    }
}

/// "đi trên 3-4 chiếc xe", "nằm dưới một mái núi", "dựa trên hai yếu tố":
/// after a verb of position or support, "trên" and "dưới" are "on" and
/// "under", not "more than" and "less than": a count after them loses the
/// word and its qualifier, and a lone "một" is "a" and goes. So too
/// "trên" between people or a thing fitted and the vehicles they are on:
/// "4 người trên 3 xe máy", "hành khách trên 2 xe", "số người này trên 6
/// chiếc thuyền", "hộp đen lắp trên 40 xe" ("có trên 20 tàu cá", "khai
/// thác trên 30 tàu bay" stay more than), and "trên" in the clause of a
/// test or a survey: "thử nghiệm trên 10.000 trẻ em" (see
/// `after_test_or_survey`). Whatever stands before them, a
/// lone one after "dưới" or "trên" is "under a", "on a" or "per": "sống
/// chung dưới một mái nhà", "Dưới một góc nhìn khác", "xuất hiện trên 1
/// trang mạng", "hai cô giáo trên 1 lớp" count nothing; it bounds a count
/// only before an age, a mark or times ("trẻ dưới 1 tuổi", "đạt trên 1
/// điểm"; a prec15 probe).
fn on_after_position(text: &str, quantities: &mut Vec<Entity<'_>>) {
    // "phía trên bốn tiền vệ" (in front of four midfielders): a place.
    const POSITION: &[&str] = &[
        "nằm", "đi", "ngồi", "đứng", "chạy", "đặt", "treo", "dựa", "phía",
    ];
    // Who or what is on the vehicles: people, a crew, "này" ending the
    // noun phrase, a thing fitted.
    const ABOARD: &[&str] = &[
        "người", "khách", "nhân", "dân", "đoàn", "này", "đó", "lắp", "gắn",
    ];
    const VEHICLES: &[&str] = &["xe", "tàu", "thuyền", "ghe", "ca", "máy", "phương"];
    let vehicle_after = |end: usize| {
        let after = text.get(end..).unwrap_or("").trim_start_matches(' ');
        let after = after.strip_prefix("chiếc ").unwrap_or(after);
        let word = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        VEHICLES.contains(&word)
            && match word {
                "ca" => after.starts_with("ca nô"),
                "máy" => after.starts_with("máy bay"),
                "phương" => after.starts_with("phương tiện"),
                _ => true,
            }
    };
    quantities.retain_mut(|e| {
        let Value::Quantity(q @ Quantity::Number(_)) = e.value else {
            return true;
        };
        let (rest, qualifier) = if let Some(r) = e.text.strip_prefix("trên") {
            (r, Qualifier::MoreThan)
        } else if let Some(r) = e.text.strip_prefix("dưới") {
            (r, Qualifier::LessThan)
        } else if let Some(r) = e.text.strip_prefix("Dưới") {
            // A capital starts the sentence: only a lone one goes (below).
            (r, Qualifier::LessThan)
        } else {
            return true;
        };
        let trimmed = rest.trim_start();
        if is_lone_one(trimmed) && !bounds_an_age_or_score(text, e.end) {
            return false;
        }
        if e.text.starts_with('D') {
            return true;
        }
        let before = text.get(..e.start).unwrap_or("");
        let verb = before.trim_end_matches(' ');
        let word_before = (verb.len() < before.len())
            .then(|| verb.rsplit(|c: char| !c.is_alphabetic()).next())
            .flatten()
            .map(crate::lex::fold);
        let aboard = qualifier == Qualifier::MoreThan
            && word_before.as_deref().is_some_and(|w| ABOARD.contains(&w))
            && vehicle_after(e.end);
        let after_verb = word_before
            .as_deref()
            .is_some_and(|w| POSITION.contains(&w))
            || aboard
            || (qualifier == Qualifier::MoreThan && on_routes(text, e.end, word_before.as_deref()))
            || (qualifier == Qualifier::MoreThan && after_test_or_survey(before));
        let Some(unqualified) = without(q, qualifier) else {
            return true;
        };
        if !after_verb || trimmed.len() == rest.len() || trimmed.is_empty() {
            return true;
        }
        if crate::lex::fold(trimmed) == "một" {
            return false;
        }
        e.start = e.end - trimmed.len();
        e.text = trimmed;
        e.value = Value::Quantity(unqualified);
        true
    });
}

/// "hơn 700.000 ghế trên 12 đường bay nội địa", "tăng tải trên bốn
/// đường bay quốc tế", "số ghế trên tám đường bay": "trên" before a count
/// of air routes ("đường bay", "tuyến bay", "chặng bay") is "on", the
/// routes the seats or the flights are on, not "more than" (the gen46
/// probe). A word that bounds a count right before "trên" keeps it "more
/// than": "khai thác trên 50 đường bay", "mở trên 20 tuyến bay", "có
/// trên 30 đường bay". `end` is the end of the count, `word_before` the
/// folded word right before "trên".
fn on_routes(text: &str, end: usize, word_before: Option<&str>) -> bool {
    const BOUNDS: &[&str] = &[
        "có", "là", "đạt", "với", "được", "lên", "tới", "đến", "gồm", "hết", "thác", "mở", "khai",
        "bay", "tổng", "cộng",
    ];
    if word_before.is_none_or(|w| BOUNDS.contains(&w)) {
        return false;
    }
    let after = text.get(end..).unwrap_or("");
    let Some(after) = after.strip_prefix(' ') else {
        return false;
    };
    let mut words = after.split(' ').map(crate::lex::fold);
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    matches!(first.as_ref(), "đường" | "tuyến" | "chặng")
        && second.trim_end_matches(|c: char| !c.is_alphabetic()) == "bay"
}

/// "thử nghiệm trên 10.000 trẻ em", "khảo sát trên 215 sinh viên", "xét
/// nghiệm máu trên 52 sản phụ", "thí nghiệm đã được tiến hành trên 600
/// người", "thử nghiệm liều tối thiểu trên 100 con chuột", "thí điểm trên
/// 14 trường": in the clause of a test, a trial or a survey, "trên" names
/// what it was run on, not "more than" (the gen31 probe). The word of the
/// test stands at most six words before "trên", with no punctuation
/// between; a verb that bounds a count right before "trên" keeps it "more
/// than" ("theo các khảo sát thì có trên 50% số người", "khảo sát được
/// trên 500 người").
fn after_test_or_survey(before: &str) -> bool {
    const TESTS: &[(&str, &str)] = &[
        ("thử", "nghiệm"),
        ("thí", "nghiệm"),
        ("xét", "nghiệm"),
        ("khảo", "sát"),
        ("thí", "điểm"),
    ];
    const BOUNDS: &[&str] = &[
        "có", "là", "đạt", "với", "được", "lên", "tới", "đến", "gồm", "hết", "mất",
    ];
    // Seven words of a clause fit in 160 bytes: look no further back, so
    // that a long run of words costs no more than a short one.
    let from = crate::text::floor_boundary(before, before.len().saturating_sub(160));
    let near = before.get(from..).unwrap_or("");
    let clause = near
        .rsplit(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '.'))
        .next()
        .unwrap_or("");
    // A full stop ends the clause too, but not one between digits.
    let clause = clause.rsplit(". ").next().unwrap_or(clause);
    let words: Vec<_> = clause
        .split_whitespace()
        .rev()
        .take(7)
        .map(crate::lex::fold)
        .collect();
    if words.first().is_none_or(|w| BOUNDS.contains(&w.as_ref())) {
        return false;
    }
    words
        .iter()
        .zip(words.iter().skip(1))
        .any(|(second, first)| TESTS.contains(&(first.as_ref(), second.as_ref())))
}

/// True for the text of a lone one: "một" (any case) or the digit "1".
fn is_lone_one(text: &str) -> bool {
    text == "1" || crate::lex::fold(text) == "một"
}

/// "dưới 1 tuổi", "trên 1 tuổi", "đạt trên 1 điểm", "hơn một lần": the
/// words after a lone one that make "trên" and "dưới" before it bounds of
/// a count (an age, a mark, a number of times). Anything glued to the one
/// ("trên 1m8") is left to the rules that read it.
fn bounds_an_age_or_score(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    // "trên 1m8": a measure glued to the one (a height), not a noun.
    if !rest.starts_with(' ') {
        return true;
    }
    let after = rest.trim_start_matches(' ');
    let word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(crate::lex::fold(word).as_ref(), "tuổi" | "điểm" | "lần")
}

/// "3840x1644", "1.080 x 2.400 pixel", "khoảng 20x20 cm", "6x6": a number
/// joined to another by "x" or "×" is a factor of a product of
/// dimensions (a resolution, a size, a drive), not a count: dropped.
fn drop_products(text: &str, quantities: &mut Vec<Entity<'_>>) {
    let times = |c: char| matches!(c, 'x' | '×' | 'X');
    let digit_after_times = |rest: &str| {
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        let Some(rest) = rest.strip_prefix(times) else {
            return false;
        };
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        rest.starts_with(|c: char| c.is_ascii_digit())
    };
    let digit_before_times = |before: &str| {
        let before = before.strip_suffix(' ').unwrap_or(before);
        let Some(before) = before.strip_suffix(times) else {
            return false;
        };
        let before = before.strip_suffix(' ').unwrap_or(before);
        before.ends_with(|c: char| c.is_ascii_digit())
    };
    quantities.retain(|e| {
        if !matches!(e.value, Value::Quantity(Quantity::Number(_))) {
            return true;
        }
        let after = text.get(e.end..).unwrap_or("");
        let before = text.get(..e.start).unwrap_or("");
        !(digit_after_times(after) || digit_before_times(before))
    });
}

/// `q` without its qualifier `which`, if it has that one ("trên 30ha" read
/// as "on 30 ha").
fn without(q: Quantity, which: Qualifier) -> Option<Quantity> {
    macro_rules! unqualified {
        ($variant:ident, $x:ident) => {
            ($x.qualifier == Some(which)).then(|| {
                let mut x = $x;
                x.qualifier = None;
                Quantity::$variant(x)
            })
        };
    }
    match q {
        Quantity::Number(n) => unqualified!(Number, n),
        Quantity::Money(m) => unqualified!(Money, m),
        Quantity::Measure(m) => unqualified!(Measure, m),
        Quantity::Percent(p) => unqualified!(Percent, p),
        _ => None,
    }
}

/// A bare number written as four digits from 1900 to 2100 ("2050"), as
/// the date it is when its context says so (`Context::is_year`).
fn as_year(e: &Entity<'_>) -> Option<Value> {
    let v = bare_exact(e)?;
    let four_digits = e.text.len() == 4 && e.text.bytes().all(|b| b.is_ascii_digit());
    let year = i32::try_from(v.to_i128()?)
        .ok()
        .filter(|y| (1900..=2100).contains(y))?;
    let date = time::PartialDate::new(Some(year), None, None).ok()?;
    four_digits.then_some(Value::Time {
        entity: time::Entity::Date(time::DateValue::Date(date)),
        qualifier: None,
        anchor: None,
    })
}

/// A bare whole number alone in parentheses as the rank it is in a list of
/// ranks (`Context::is_rank_in_list`).
fn as_rank(text: &str, e: &Entity<'_>) -> Option<Value> {
    let parenthesized = text.get(..e.start).is_some_and(|b| b.ends_with('('))
        && text.get(e.end..).is_some_and(|a| a.starts_with(')'));
    if !parenthesized {
        return None;
    }
    bare_rank(e)
}

/// The rank a bare whole number stands for, once its context says it is
/// one (an item of a list of ranks: `Context::is_rank_after_thu`).
fn bare_rank(e: &Entity<'_>) -> Option<Value> {
    let v = bare_exact(e)?;
    (v.is_integer() && v > number::Decimal::ZERO).then_some(Value::Quantity(Quantity::Ordinal(
        number::Ordinal { value: v },
    )))
}

/// The value of a bare number (no qualifier, one exact value), the shape
/// the context rules turn into a year, a rank, a month or a shared unit.
fn bare_exact(e: &Entity<'_>) -> Option<number::Decimal> {
    match e.value {
        Value::Quantity(Quantity::Number(number::Number {
            value: number::Value::Exact(v),
            qualifier: None,
        })) => Some(v),
        _ => None,
    }
}

/// The tokens of `toks` that entity `e` spans.
fn tokens_of<'t>(toks: &'t [crate::lex::Token], e: &Entity<'_>) -> &'t [crate::lex::Token] {
    let from = toks.partition_point(|t| t.start < e.start);
    let to = toks.partition_point(|t| t.start < e.end);
    toks.get(from..to).unwrap_or_default()
}

/// What the context rules need to know of an entity (`toks`: the text's
/// tokens).
fn candidate(toks: &[crate::lex::Token], e: &Entity<'_>) -> Candidate {
    let digits_first = e.text.starts_with(|c: char| c.is_ascii_digit());
    let (bare, ordinal, interval) = match &e.value {
        Value::Quantity(Quantity::Number(n)) => (
            n.qualifier.is_none(),
            false,
            matches!(n.value, number::Value::Interval { .. }),
        ),
        Value::Quantity(Quantity::Ordinal(_)) => (true, true, false),
        Value::Time {
            entity: time::Entity::Date(d),
            qualifier: None,
            ..
        } => (digits_first, false, matches!(d, time::DateValue::Range(_))),
        _ => (false, false, false),
    };
    // A date written as a day and a month ("3/3", "29-10", "10 tháng
    // Giêng"), not a year.
    let day_month = match e.value {
        Value::Time {
            entity: time::Entity::Date(time::DateValue::Date(d)),
            ..
        } => d.day().is_some() && d.month().is_some(),
        Value::Time {
            entity: time::Entity::Date(time::DateValue::Lunar(_)),
            ..
        } => true,
        _ => false,
    };
    let counted = matches!(
        e.value,
        Value::Time {
            entity: time::Entity::Date(_),
            ..
        }
    ) && digits_first
        && counted_units(tokens_of(toks, e));
    Candidate {
        start: e.start,
        end: e.end,
        bare,
        ordinal,
        interval,
        day_month,
        counted_units: counted,
    }
}

/// True when the entity spanning tokens `toks` is a count of days, weeks,
/// months or years with its direction word ("2 năm tới", "15 năm tới", "3
/// ngày trước"): a date read with a reference that counts units ("trong
/// vòng 15 năm tới", within the next fifteen years, is no round 15; rel4
/// probe). Read on the tokens: its second word (a run of touching tokens)
/// is the unit word alone, and no later word is led by digits (a day and
/// month in words, "12 tháng 10", holds a second number and is no such
/// count). A range of counts written with a spaced dash ("trong vòng 3 -
/// 4 năm tới", "1 – 2 năm nữa") counts units as "3-4 năm tới" does: the
/// dash and the second count are passed over (gen36 probe).
fn counted_units(toks: &[crate::lex::Token]) -> bool {
    use crate::lex::{Gap, Kind as Tok, Word};
    // The first token of each word after the first.
    let mut words = toks
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, t)| t.gap != Gap::None)
        .peekable();
    if let Some((d, dash)) = words.peek().copied() {
        let spaced_dash = matches!(dash.kind, Tok::Punct(c) if crate::news::scan::is_dash(c))
            && toks
                .get(d + 1)
                .is_some_and(|t| t.gap == Gap::Space && matches!(t.kind, Tok::Num { .. }));
        if spaced_dash {
            words.next();
            words.next();
        }
    }
    let Some((k, unit)) = words.next() else {
        return false;
    };
    let alone = toks.get(k + 1).is_none_or(|t| t.gap != Gap::None);
    let unit = matches!(
        unit.kind,
        Tok::Word {
            word: Word::Nam | Word::Thang | Word::Tuan | Word::Ngay,
            ..
        }
    );
    unit && alone && !words.any(|(_, t)| matches!(t.kind, Tok::Num { .. }))
}

/// What the dates scanner reads without a reference in the span of `e`,
/// a date that counts units from the reference ("4 ngày tới", "3 năm
/// trước"): the count with its unit, a duration ("4 ngày"), as the
/// extractor reports it when no reference is given. The span alone is
/// read, so the work is bounded by its length.
fn uncounted<'a>(text: &'a str, e: &Entity<'a>) -> Vec<Entity<'a>> {
    Parser::new()
        .scan(e.text)
        .filter(|m| matches!(m.entity, time::Entity::Duration(_)))
        .filter_map(|m| {
            let (start, end) = (e.start + m.start, e.start + m.end);
            Some(Entity {
                start,
                end,
                text: text.get(start..end)?,
                value: Value::Time {
                    entity: m.entity,
                    qualifier: m.qualifier,
                    anchor: None,
                },
            })
        })
        .collect()
}

/// The quantity the number scanner reads right at `start` in
/// `text[start..end]` (the window a token-led rule gives it), as an
/// entity of `text`; `None` when the scanner's first match there starts
/// later or there is none.
fn quantity_at(text: &str, start: usize, end: usize) -> Option<Entity<'_>> {
    let m = crate::number::scan(text.get(start..end)?)
        .next()
        .filter(|m| m.start == 0)?;
    quantity_entity(
        text,
        QuantityMatch {
            start,
            end: start + m.end,
            quantity: m.quantity,
        },
    )
}

fn quantity_entity(text: &str, m: QuantityMatch) -> Option<Entity<'_>> {
    Some(Entity {
        start: m.start,
        end: m.end,
        text: text.get(m.start..m.end)?,
        value: Value::Quantity(m.quantity),
    })
}

fn time_entity(text: &str, m: time::Match) -> Option<Entity<'_>> {
    Some(Entity {
        start: m.start,
        end: m.end,
        text: text.get(m.start..m.end)?,
        value: Value::Time {
            entity: m.entity,
            qualifier: m.qualifier,
            anchor: None,
        },
    })
}

/// Merges two in-order, non-overlapping streams into one. A candidate that
/// overlaps the last kept entity replaces it when it is longer, or as long
/// and not a quantity; the replaced entity's predecessor never overlaps the
/// newcomer because both streams are ordered and each is overlap-free.
fn merge<'a>(
    a: impl Iterator<Item = Entity<'a>>,
    b: impl Iterator<Item = Entity<'a>>,
) -> Vec<Entity<'a>> {
    let mut a = a.peekable();
    let mut b = b.peekable();
    let mut out: Vec<Entity<'a>> = Vec::new();
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if (y.start, y.is_quantity()) < (x.start, x.is_quantity()) => {
                b.next()
            }
            (Some(_), _) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => break,
        };
        let Some(candidate) = next else { break };
        // Pop every kept entity the candidate overlaps and beats; if it
        // loses to any of them, it is dropped.
        // "rớt hạng năm 2019": a date that starts at the last word of an
        // ordinal ("hạng năm", fifth) and reads past it takes that word
        // back: relegated in 2019 (fifth date and measure probe).
        let date_after_rank = |kept: &Entity<'_>| {
            kept.kind() == Kind::Ordinal
                && candidate.kind() == Kind::Date
                && kept.start < candidate.start
                && candidate.end > kept.end
        };
        let beats = |kept: &Entity<'_>| {
            candidate.len() > kept.len()
                || (candidate.len() == kept.len() && candidate.rank() > kept.rank())
                || date_after_rank(kept)
        };
        let overlapping = out
            .iter()
            .rev()
            .take_while(|kept| kept.end > candidate.start)
            .count();
        let start_of_overlap = out.len() - overlapping;
        if out
            .get(start_of_overlap..)
            .is_some_and(|o| o.iter().all(beats))
        {
            out.truncate(start_of_overlap);
            out.push(candidate);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(&str, Kind)> {
        extract(text).iter().map(|e| (e.text, e.kind())).collect()
    }

    #[test]
    fn longer_date_beats_number_and_order_is_kept() {
        assert_eq!(
            spans("Năm 2024 có 366 ngày; ngày 29/10/2025 lúc 14h30."),
            [
                ("Năm 2024", Kind::Date),
                ("366 ngày", Kind::Duration),
                ("ngày 29/10/2025 lúc 14h30", Kind::DateTime),
            ]
        );
    }

    #[test]
    fn a_tomorrow_to_come_is_no_date_nor_day() {
        // "một ngày mai" (a tomorrow): no duration, and no date even with
        // a reference; "ngày mai" alone is the next day.
        let e = Extractor::new().reference(crate::time::Reference::new(2020, 6, 17).unwrap());
        let found = e.extract("Hãy tin vào một ngày mai tươi sáng; ngày mai trời mưa.");
        let spans: Vec<(&str, Kind)> = found.iter().map(|e| (e.text, e.kind())).collect();
        assert_eq!(spans, [("ngày mai", Kind::Date)]);
        assert_eq!(found[0].start, "Hãy tin vào một ngày mai tươi sáng; ".len());
    }

    #[test]
    fn names_opening_the_next_line_change_nothing_before_it() {
        // Found by the property tests: a house number's street and the
        // second team of a score are on the number's line, so a name
        // opening the next line ("⏎iPad …") leaves the number alone.
        assert_eq!(spans("giờ 15\niPad Pro"), [("15", Kind::Number)]);
        assert_eq!(spans("lúc 2024-2025\niPad"), [("2024-2025", Kind::Date)]);
        assert!(spans("Nhà ở 74 Phạm Văn Đồng.").is_empty());
        assert!(spans("Kết quả: Arsenal 1 - 2 Borussia.").is_empty());
    }

    #[test]
    fn product_name_at_the_start_of_a_line_is_no_count() {
        // An eighth number probe: "⏎iPhone 8 với …" names the phone; a
        // capitalized word that opens a line does not name the number
        // after it ("⏎Hai chiếc", "⏎Giá 5 triệu").
        assert_eq!(
            spans("Tin công nghệ.\niPhone 8 với thiết kế mới.\nHai chiếc iPad được bán."),
            [("Hai", Kind::Number)]
        );
        assert_eq!(
            spans("Tin vắn\nKhoảng 5 người đến."),
            [("Khoảng 5", Kind::Number)]
        );
        // A foreign name opening a line, a number and a capitalized word:
        // a model ("⏎Xperia 5 III"); a Vietnamese word there keeps its
        // count ("⏎Về 2 Công ty …").
        assert_eq!(
            spans("Tin vắn\nXperia 5 III có 2 camera.\nVề 2 Công ty cổ phần, xong."),
            [("2", Kind::Number), ("2", Kind::Number)]
        );
    }

    #[test]
    fn a_number_before_or_takes_the_duration_unit() {
        // Eighth date probe: "2 hay 3 phút" are two lengths in minutes;
        // the qualifier of the first stays on it.
        let found = extract("nhai khoảng 2 hay 3 phút");
        let values: Vec<String> = found
            .iter()
            .map(|e| match e.value {
                Value::Time {
                    entity: time::Entity::Duration(d),
                    qualifier,
                    ..
                } => format!("{} {:?}", d, qualifier),
                _ => String::new(),
            })
            .collect();
        assert_eq!(values, ["2 phút Some(About)", "3 phút None"]);
    }

    #[test]
    fn merge_prefers_longer_then_non_quantity() {
        let text = "0123456789";
        let q = |s: usize, e: usize| Entity {
            start: s,
            end: e,
            text: &text[s..e],
            value: Value::Quantity(Quantity::Number(number::Number {
                value: number::Value::Exact(1.into()),
                qualifier: None,
            })),
        };
        let t = |s: usize, e: usize| Entity {
            start: s,
            end: e,
            text: &text[s..e],
            value: Value::Time {
                entity: time::Entity::Duration(
                    time::parse_duration("3 ngày").map(|q| q.value).unwrap(),
                ),
                qualifier: None,
                anchor: None,
            },
        };
        // Equal spans: the time side wins.
        let out = merge([q(0, 2)].into_iter(), [t(0, 2)].into_iter());
        assert_eq!(out, [t(0, 2)]);
        // A longer quantity covering two short times wins over both.
        let out = merge([q(0, 9)].into_iter(), [t(1, 3), t(4, 6)].into_iter());
        assert_eq!(out, [q(0, 9)]);
        // Two short quantities lose to one longer time covering both.
        let out = merge([q(0, 2), q(3, 5)].into_iter(), [t(0, 5)].into_iter());
        assert_eq!(out, [t(0, 5)]);
        // Disjoint spans are all kept, in order.
        let out = merge([q(0, 2), q(6, 8)].into_iter(), [t(3, 5)].into_iter());
        assert_eq!(out, [q(0, 2), t(3, 5), q(6, 8)]);
    }

    #[test]
    fn a_count_asked_for_before_a_closing_quote() {
        // "top" and "tốp" in any case, the quotation opening on them or not.
        assert!(asks_for_count("lọt vào top "));
        assert!(asks_for_count("trong \"Top "));
        assert!(asks_for_count("nhóm “tốp "));
        // "hoặc", "hay" after a number in digits, quoted or not.
        assert!(asks_for_count("đã có \"7 hoặc "));
        assert!(asks_for_count("có 12 hay "));
        // A spelled number, a word, or no space before the number.
        assert!(!asks_for_count("có \"năm hoặc "));
        assert!(!asks_for_count("tiền đạo \"số "));
        assert!(!asks_for_count("lọt vào top"));
        assert!(!asks_for_count("hoặc "));
        assert!(!asks_for_count(""));
    }
}
