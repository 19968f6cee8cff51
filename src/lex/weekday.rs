//! One decision on "thứ N" (N from 2 to 7: "thứ hai" … "thứ bảy", "thứ
//! 2" … "thứ 7"): a day of the week or the Nth of something.
//!
//! Both grammars ask [`read`]: the number scanner (which drops the
//! ordinal where the words may name a weekday) and the dates grammar
//! (which reads no weekday where they rank). Each shows its own tokens
//! through [`Around`]: the scanner its window and the words it looks up
//! before it, the dates grammar the shared lexer's tokens ([`Lexed`]).
//!
//! The answer is one of three. [`Reading::Ordinal`] (the neighbours rank
//! it: "lần thứ hai", "vòng loại thứ ba này", "ngày thứ 4 liên tiếp",
//! "đêm thứ hai vòng Giấu mặt") binds both grammars: no weekday, the
//! ordinal kept (a date or a week the dates grammar reads after it
//! cannot follow a rank but "lần", since the rank needs none after it).
//! [`Reading::Weekday`] (the neighbours name a day: "thứ Hai", "thứ 5
//! (23/10)", "thứ 6 tuần này", "thứ 7 tới") and [`Reading::Open`]
//! (nothing either way) leave the choice to each grammar, and there they
//! differ on purpose. The scanner drops the ordinal on a weekday and,
//! when open, after a word that leads days ([`leads_weekday`]: "sáng
//! thứ ba"). The dates grammar reads the date, the week or the direction
//! itself (it needs their values) and wants its own cue before a
//! lowercase weekday ("vào", "hôm", a part of the day; not "ngày": "ngày
//! thứ 2" is the second day), so that a doubtful "thứ N" ("Giá tăng thứ
//! 5 này", "ngày thứ 2") is reported by neither.

use std::borrow::Cow;

use super::{Gap, Kind, Token};

/// A token after the numeral of "thứ N", as a grammar's tokens show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Near<'a> {
    /// A word, folded (lowercase NFC).
    Word(Cow<'a, str>),
    /// A run of digits.
    Digits,
    /// Any other character.
    Punct(char),
}

impl Near<'_> {
    /// True for the folded word `w`.
    fn is(&self, w: &str) -> bool {
        matches!(self, Near::Word(x) if x == w)
    }
}

/// What a grammar's tokens show around one "thứ N". Nothing is read
/// across a line break.
pub(crate) trait Around {
    /// The folded word `n` tokens before "thứ" (1: the one right before
    /// it, 2: the one before that), when that token is a word.
    fn before(&self, n: usize) -> Option<Cow<'_, str>>;
    /// The token `n` places after the numeral (0: the one right after).
    fn after(&self, n: usize) -> Option<Near<'_>>;
    /// The numeral as a folded word ("hai", "tư"); `None` for digits.
    fn spelled(&self) -> Option<Cow<'_, str>>;
    /// True when the numeral starts with a capital: "thứ Hai", "THỨ BA".
    fn capital(&self) -> bool;
}

/// What "thứ N" is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    /// The Nth of something, whatever a grammar's cue says.
    Ordinal(Rank),
    /// A weekday by what follows it or by its capital.
    Weekday(Cue),
    /// Neither: each grammar decides by its own cue (see the module).
    Open,
}

/// Why "thứ N" ranks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rank {
    /// "lần thứ 2 (17/3)", "lần thứ Hai": after "lần" "thứ" counts the
    /// occasions, and a date after it dates the occasion, even before a
    /// capital (ninth date probe).
    Occasion,
    /// "kỳ họp thứ 5 vừa qua", "vòng loại thứ ba này", "đứng thứ hai sau
    /// Indonesia": after a noun of a counted series or a place in a
    /// ranking ([`ranks_series`]), "này", "tới", "vừa", "trước" and "sau"
    /// say which one, not which week (ord1 probe).
    Series,
    /// "Trong ngày thứ hai của chương trình", "ngày thứ 4 liên tiếp",
    /// "ngày thứ hai kể từ khi …": the Nth day of a stretch (prec21
    /// probe); "ngày thứ 2 của tuần" stays open.
    NthDay,
    /// "đợi đến ngày thứ 7", "sang ngày thứ 2 (38,5 km)": reaching the
    /// Nth day of a stretch (gen35 probe); "đến ngày thứ sáu tuần này" is
    /// a weekday.
    ReachedDay,
    /// "Đêm thứ hai vòng Giấu mặt", "đến đêm thứ hai giao chiến": "hai" in
    /// small letters after "đêm" is the second night (gen42 probe); "vào
    /// đêm thứ hai", "đêm thứ Hai", "đêm thứ 2", "đêm thứ năm" are not.
    SecondNight,
}

/// Why "thứ N" is a weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// "thứ Hai", "Thứ Sáu": a capital names the day.
    Capital,
    /// "thứ 6 tuần này", "thứ 5 (23/10)", "thứ hai, ngày 5", "thứ 7 hàng
    /// tuần": a week, a date or a day after it.
    DayAfter,
    /// "thứ 7 tới", "thứ 5 này", "thứ Bảy vừa qua", "thứ 2 trước": which
    /// week, when no noun of a series stands before it.
    Direction,
}

/// Reads the "thứ N" that `around` shows (its N from 2 to 7; the caller
/// has checked). A rank ([`Rank`]) outranks every cue of a weekday but
/// the capital, which only "lần" outranks.
pub(crate) fn read(around: &impl Around) -> Reading {
    let before = around.before(1);
    let before = before.as_deref();
    if before == Some("lần") {
        return Reading::Ordinal(Rank::Occasion);
    }
    let capital = around.capital();
    let day_after = day_after(around);
    let direction = !day_after && direction_after(around);
    if !capital && !day_after {
        if let Some(rank) = rank(around, before, direction) {
            return Reading::Ordinal(rank);
        }
    }
    if capital {
        Reading::Weekday(Cue::Capital)
    } else if day_after {
        Reading::Weekday(Cue::DayAfter)
    } else if direction {
        Reading::Weekday(Cue::Direction)
    } else {
        Reading::Open
    }
}

/// The rank of a lowercase "thứ N" with no week, date or day after it
/// (see [`Rank`]), given the word `before` it and whether a word of
/// direction follows it.
fn rank(around: &impl Around, before: Option<&str>, direction: bool) -> Option<Rank> {
    let before2 = || around.before(2);
    let after = |n| around.after(n);
    match before? {
        w if ranks_series(w) => Some(Rank::Series),
        "ngày" => {
            let second = || after(1);
            let nth = after(0).is_some_and(|t| match t {
                Near::Word(w) => match w.as_ref() {
                    "liên" => second().is_some_and(|t| t.is("tiếp")),
                    "kể" => second().is_some_and(|t| t.is("từ")),
                    "của" => !second().is_some_and(|t| t.is("tuần")),
                    _ => false,
                },
                _ => false,
            });
            let reached = || {
                !direction
                    && before2().is_some_and(|w| matches!(w.as_ref(), "đến" | "tới" | "sang"))
            };
            if nth {
                Some(Rank::NthDay)
            } else {
                reached().then_some(Rank::ReachedDay)
            }
        }
        "đêm" => {
            let second_night = !direction
                && around.spelled().is_some_and(|w| w == "hai")
                && before2().is_none_or(|w| w != "vào");
            second_night.then_some(Rank::SecondNight)
        }
        _ => None,
    }
}

/// True when a week, a day or a date follows the numeral: "tuần",
/// "ngày", "hàng" ("thứ 7 hàng tuần") right after it, or a comma, an
/// opening parenthesis or a dash before a date in digits with a slash or
/// before "ngày" ("thứ 5 (23/10)", "thứ hai, ngày 5").
fn day_after(around: &impl Around) -> bool {
    match around.after(0) {
        Some(Near::Word(w)) => matches!(w.as_ref(), "tuần" | "ngày" | "hàng"),
        Some(Near::Punct(',' | '(' | '-' | '–')) => match around.after(1) {
            Some(Near::Digits) => around.after(2) == Some(Near::Punct('/')),
            Some(t) => t.is("ngày"),
            None => false,
        },
        _ => false,
    }
}

/// True when "này", "tới", "vừa" or "trước" follows the numeral: which
/// week ("thứ 7 tới", "thứ 5 này") unless a noun of a series stands
/// before "thứ".
fn direction_after(around: &impl Around) -> bool {
    around
        .after(0)
        .is_some_and(|t| ["này", "tới", "trước", "vừa"].iter().any(|w| t.is(w)))
}

/// True when `folded` (a lowercase word) is a noun of a counted series
/// or a place in a ranking, after which "thứ N này", "thứ N tới", "thứ N
/// vừa qua" and "thứ N trước" name the Nth of the series, not a weekday of
/// a week: "kỳ họp thứ 5 vừa qua", "ca nhiễm thứ 4 này", "vòng loại thứ
/// ba vừa qua", "bàn thua thứ ba này", "thế kỷ thứ 3 trước Công nguyên"
/// (ord1 probe).
fn ranks_series(folded: &str) -> bool {
    matches!(
        folded,
        "lần"
            | "hệ"
            | "trí"
            | "đứng"
            | "xếp"
            | "xuống"
            | "bàn"
            | "họp"
            | "nhiễm"
            | "vụ"
            | "mặt"
            | "mùa"
            | "trận"
            | "đợt"
            | "phiên"
            | "khóa"
            | "kỳ"
            | "loại"
            | "thua"
            | "bản"
            | "giới"
            | "kỷ"
            | "bên"
            | "gặp"
            | "vòng"
            | "lượt"
            | "tập"
    )
}

/// True for a folded word that leads days, before "thứ N": a day or a
/// part of one ("ngày", "sáng", "tối", "đêm", "hôm" …), "vào", "từ",
/// "đến", and the words of a recurring day ("các", "mỗi", "hằng"):
/// "sáng thứ ba", "vào thứ 7", "các ngày thứ 2, 5". The number scanner
/// takes a "thứ N" the neighbours leave open ([`Reading::Open`]) after
/// one (and after "rạng") for a weekday; the extractor's lists of
/// weekdays ("các tối thứ 3, 6") take these and "những", "hàng", "tới".
pub(crate) fn leads_weekday(folded: &str) -> bool {
    matches!(
        folded,
        "ngày"
            | "sáng"
            | "trưa"
            | "chiều"
            | "tối"
            | "đêm"
            | "khuya"
            | "hôm"
            | "vào"
            | "từ"
            | "đến"
            | "các"
            | "mỗi"
            | "hằng"
    )
}

/// The N of "thứ N" spelled: "hai" 2, "ba" 3, "tư" 4, "năm" 5, "sáu" 6,
/// "bảy" 7 (folded words).
pub(crate) fn spelled_number(folded: &str) -> Option<u8> {
    Some(match folded {
        "hai" => 2,
        "ba" => 3,
        "tư" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        _ => return None,
    })
}

/// The shared lexer's tokens around "thứ" at `at`, its numeral ending
/// before `end` (the dates grammar's view).
pub(crate) struct Lexed<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Token],
    pub(crate) at: usize,
    pub(crate) end: usize,
}

impl Lexed<'_> {
    /// True when no token from `from` to `to` (both included) opens a line.
    fn on_line(&self, from: usize, to: usize) -> bool {
        self.toks
            .get(from..=to)
            .is_some_and(|run| run.iter().all(|t| t.gap != Gap::Line))
    }
}

impl Around for Lexed<'_> {
    fn before(&self, n: usize) -> Option<Cow<'_, str>> {
        let k = self.at.checked_sub(n)?;
        if !self.on_line(k + 1, self.at) {
            return None;
        }
        super::word_folded(self.text, self.toks.get(k)?)
    }

    fn after(&self, n: usize) -> Option<Near<'_>> {
        let k = self.end + n;
        if !self.on_line(self.end, k) {
            return None;
        }
        let t = self.toks.get(k)?;
        Some(match t.kind {
            Kind::Num { .. } => Near::Digits,
            Kind::Punct(c) => Near::Punct(c),
            Kind::Word { .. } => Near::Word(super::word_folded(self.text, t)?),
        })
    }

    fn spelled(&self) -> Option<Cow<'_, str>> {
        super::word_folded(self.text, self.toks.get(self.at + 1)?)
    }

    fn capital(&self) -> bool {
        matches!(
            self.toks.get(self.at + 1).map(|t| t.kind),
            Some(Kind::Word { capital: true, .. })
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reading of the first "thứ N" of `s`, through the shared
    /// lexer's tokens.
    fn reading(s: &str) -> Reading {
        let toks = super::super::tokenize(s);
        let at = toks
            .iter()
            .position(|t| super::super::word_folded(s, t).is_some_and(|w| w == "thứ"))
            .expect("a thứ");
        let lexed = Lexed {
            text: s,
            toks: &toks,
            at,
            end: at + 2,
        };
        read(&lexed)
    }

    /// The number scanner's ordinals of `s`.
    fn ordinals(s: &str) -> Vec<&str> {
        crate::number::scan(s)
            .filter(|m| matches!(m.quantity, crate::number::Quantity::Ordinal(_)))
            .map(|m| &s[m.start..m.end])
            .collect()
    }

    const WEEKDAYS: &[(&str, Cue)] = &[
        ("Cuộc họp diễn ra thứ Hai.", Cue::Capital),
        ("Họ gặp nhau hôm Thứ Sáu.", Cue::Capital),
        ("Kỳ họp thứ Ba tuần trước.", Cue::Capital),
        ("Đội bóng tập vào thứ 5 (23/10) ở sân nhà.", Cue::DayAfter),
        ("Anh đến thứ hai, ngày 5 tháng 6.", Cue::DayAfter),
        ("Mọi người nghỉ thứ 6 tuần này.", Cue::DayAfter),
        ("Chợ họp thứ 7 hàng tuần.", Cue::DayAfter),
        ("Đêm thứ hai tuần trước trời mưa.", Cue::DayAfter),
        ("Đến ngày thứ sáu tuần này sẽ có kết quả.", Cue::DayAfter),
        ("Giá sẽ tăng thứ 7 tới.", Cue::Direction),
        ("Cửa hàng mở lại thứ 5 này.", Cue::Direction),
        ("Trận đấu diễn ra thứ bảy vừa qua.", Cue::Direction),
    ];

    const ORDINALS: &[(&str, Rank)] = &[
        ("Đây là lần thứ 2 (17/3) anh đến.", Rank::Occasion),
        ("Anh thi lần thứ Hai.", Rank::Occasion),
        ("Kỳ họp thứ 5 vừa qua thông qua luật.", Rank::Series),
        ("Đó là bàn thua thứ ba này của đội.", Rank::Series),
        ("Đội đứng thứ hai sau Indonesia.", Rank::Series),
        ("Ca nhiễm thứ 4 này được cách ly.", Rank::Series),
        (
            "Trong ngày thứ hai của chương trình, khách đông.",
            Rank::NthDay,
        ),
        ("Giá giảm ngày thứ 4 liên tiếp.", Rank::NthDay),
        ("Sang ngày thứ hai kể từ khi mưa, nước rút.", Rank::NthDay),
        ("Anh phải đợi đến ngày thứ 7 mới có tin.", Rank::ReachedDay),
        (
            "Đoàn đi sang ngày thứ 2 (38,5 km) thì nghỉ.",
            Rank::ReachedDay,
        ),
        ("Đêm thứ hai vòng Giấu mặt rất sôi động.", Rank::SecondNight),
        ("Rồi đến đêm thứ hai giao chiến.", Rank::SecondNight),
    ];

    const OPEN: &[&str] = &[
        "Sáng thứ ba anh đi làm.",
        "Ngày thứ 2 của tuần đầu tiên.",
        "Vào đêm thứ hai anh về nhà.",
        "Đêm thứ năm trời mưa.",
        "Anh là người thứ ba ở đây.",
    ];

    #[test]
    fn weekdays_read_as_weekdays_and_the_scanner_keeps_no_ordinal() {
        for &(s, cue) in WEEKDAYS {
            assert_eq!(reading(s), Reading::Weekday(cue), "{s}");
            assert_eq!(ordinals(s), Vec::<&str>::new(), "{s}");
        }
    }

    /// With a cue of its own (or a capital, a date, a week) the dates
    /// grammar reads these weekdays; "Giá sẽ tăng thứ 7 tới" (no cue)
    /// is read by neither grammar.
    #[test]
    fn the_dates_grammar_reads_the_cued_weekdays() {
        let cued = [
            "Họ gặp nhau hôm Thứ Sáu.",
            "Kỳ họp thứ Ba tuần trước.",
            "Đội bóng tập vào thứ 5 (23/10) ở sân nhà.",
            "Anh đến thứ hai, ngày 5 tháng 6.",
            "Mọi người nghỉ thứ 6 tuần này.",
            "Anh về vào thứ 7 tới.",
            "Vào đêm thứ hai anh về nhà.",
        ];
        for s in cued {
            assert_eq!(weekday_dates(s).len(), 1, "{s}");
        }
        assert_eq!(weekday_dates("Giá sẽ tăng thứ 7 tới."), Vec::<&str>::new());
        assert_eq!(ordinals("Giá sẽ tăng thứ 7 tới."), Vec::<&str>::new());
    }

    /// The dates of `s` (dates and date-times) that hold its "thứ".
    fn weekday_dates(s: &str) -> Vec<&str> {
        use crate::extract::{Extractor, Kind};
        let Ok(day) = crate::time::Reference::new(2020, 6, 17) else {
            return Vec::new();
        };
        Extractor::new()
            .reference(day)
            .extract(s)
            .into_iter()
            .filter(|e| matches!(e.kind(), Kind::Date | Kind::DateTime))
            .map(|e| e.text)
            .filter(|t| crate::lex::fold(t).contains("thứ"))
            .collect()
    }

    #[test]
    fn ranks_read_as_ordinals_and_no_grammar_reads_a_weekday() {
        for &(s, rank) in ORDINALS {
            assert_eq!(reading(s), Reading::Ordinal(rank), "{s}");
            assert_eq!(weekday_dates(s), Vec::<&str>::new(), "{s}");
            let thu = ordinals(s);
            assert!(
                thu.iter()
                    .any(|o| o.to_lowercase().starts_with("thứ") && !o.contains("nhất")),
                "{s}: {thu:?}"
            );
        }
    }

    #[test]
    fn the_rest_stays_open() {
        for &s in OPEN {
            assert_eq!(reading(s), Reading::Open, "{s}");
        }
    }

    #[test]
    fn the_word_lists() {
        assert!(leads_weekday("sáng") && !leads_weekday("rạng"));
        assert!(ranks_series("vòng") && !ranks_series("sáng"));
        assert_eq!(spelled_number("tư"), Some(4));
        assert_eq!(spelled_number("bốn"), None);
    }
}
