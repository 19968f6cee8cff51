//! One decision on "thứ N" (N from 2 to 7: "thứ hai" … "thứ bảy", "thứ
//! 2" … "thứ 7"): a day of the week or the Nth of something.
//!
//! Both grammars ask [`Thu::read`]: the number scanner (which drops the
//! ordinal where the words may name a weekday) and the dates grammar
//! (which reads no weekday where they rank). Each fills [`Thu`] from its
//! own tokens: the scanner from its window and the words it looks up
//! before it (it may run without the shared lexer's tokens), the dates
//! grammar from the shared lexer's tokens ([`Thu::lexed`]).
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

/// One "thứ N" (N from 2 to 7; the caller has checked) as a grammar's
/// tokens show it, nothing read across a line break.
#[derive(Debug)]
pub(crate) struct Thu<'a> {
    /// The folded words right before "thứ" and before that, when words.
    pub(crate) before: [Option<Cow<'a, str>>; 2],
    /// The numeral as a folded word ("hai", "tư"); `None` for digits.
    pub(crate) spelled: Option<Cow<'a, str>>,
    /// True when the numeral starts with a capital: "thứ Hai", "THỨ BA".
    pub(crate) capital: bool,
    /// The three tokens after the numeral: a word folded, digits and
    /// any other character as written.
    pub(crate) after: [Option<Cow<'a, str>>; 3],
}

/// What "thứ N" is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    /// The Nth of something, whatever a grammar's cue says.
    Ordinal(Rank),
    /// A weekday by its capital ("thứ Hai"), a week, a day or a date
    /// after it ("thứ 6 tuần này", "thứ 7 hàng tuần", "thứ 5 (23/10)",
    /// "thứ hai, ngày 5") or, when no noun of a series stands before it,
    /// a word of direction ("thứ 7 tới", "thứ 5 này", "thứ Bảy vừa qua",
    /// "thứ 2 trước").
    Weekday,
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
    /// ranking ([`SERIES`]), "này", "tới", "vừa", "trước" and "sau" say
    /// which one, not which week (ord1 probe).
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

/// Nouns of a counted series or places in a ranking (see
/// [`Rank::Series`]): "kỳ họp thứ 5 vừa qua", "ca nhiễm thứ 4 này", "bàn
/// thua thứ ba này", "thế kỷ thứ 3 trước Công nguyên".
const SERIES: &[&str] = &[
    "lần", "hệ", "trí", "đứng", "xếp", "xuống", "bàn", "họp", "nhiễm", "vụ", "mặt", "mùa", "trận",
    "đợt", "phiên", "khóa", "kỳ", "loại", "thua", "bản", "giới", "kỷ", "bên", "gặp", "vòng",
    "lượt", "tập",
];

/// Words that lead days (see [`leads_weekday`]).
const LEADS: &[&str] = &[
    "ngày", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "hôm", "vào", "từ", "đến", "các",
    "mỗi", "hằng",
];

/// The N of "thứ N" spelled, from 2: "hai", "ba", "tư", "năm", "sáu", "bảy".
const SPELLED: &[&str] = &["hai", "ba", "tư", "năm", "sáu", "bảy"];

impl<'a> Thu<'a> {
    /// The shared lexer's "thứ" at token `at`, its numeral ending before
    /// token `end` (the dates grammar's view).
    pub(crate) fn lexed(text: &'a str, toks: &'a [Token], at: usize, end: usize) -> Thu<'a> {
        let on_line = |from: usize, to: usize| {
            toks.get(from..=to)
                .is_some_and(|run| run.iter().all(|t| t.gap != Gap::Line))
        };
        let word = |k: usize| super::word_folded(text, toks.get(k)?);
        let before = |n: usize| {
            let k = at.checked_sub(n)?;
            on_line(k + 1, at).then(|| word(k)).flatten()
        };
        let after = |n: usize| {
            let t = toks.get(end + n).filter(|_| on_line(end, end + n))?;
            super::word_folded(text, t).or_else(|| text.get(t.start..t.end).map(Cow::Borrowed))
        };
        Thu {
            before: [before(1), before(2)],
            spelled: word(at + 1),
            capital: toks
                .get(at + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Word { capital: true, .. })),
            after: [after(0), after(1), after(2)],
        }
    }

    /// The one decision (see [`Reading`] and [`Rank`]): "lần" before it
    /// ranks it; else a capital or a day after it makes a weekday; else
    /// a rank; else a word of direction makes a weekday.
    pub(crate) fn read(&self) -> Reading {
        let after = |n: usize, w: &str| self.after.get(n).and_then(Option::as_deref) == Some(w);
        let before = self.before[0].as_deref();
        let before2 = self.before[1].as_deref();
        if before == Some("lần") {
            return Reading::Ordinal(Rank::Occasion);
        }
        let digits = self.after[1]
            .as_ref()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        let dated = (digits && after(2, "/")) || after(1, "ngày");
        let day_after = ["tuần", "ngày", "hàng"].iter().any(|w| after(0, w))
            || ([",", "(", "-", "–"].iter().any(|w| after(0, w)) && dated);
        if self.capital || day_after {
            return Reading::Weekday;
        }
        let direction = ["này", "tới", "trước", "vừa"].iter().any(|w| after(0, w));
        let nth = (after(0, "liên") && after(1, "tiếp"))
            || (after(0, "kể") && after(1, "từ"))
            || (after(0, "của") && !after(1, "tuần"));
        let night = self.spelled.as_deref() == Some("hai") && before2 != Some("vào");
        Reading::Ordinal(match before {
            Some(w) if SERIES.contains(&w) => Rank::Series,
            Some("ngày") if nth => Rank::NthDay,
            Some("ngày") if !direction && matches!(before2, Some("đến" | "tới" | "sang")) => {
                Rank::ReachedDay
            }
            Some("đêm") if !direction && night => Rank::SecondNight,
            _ if direction => return Reading::Weekday,
            _ => return Reading::Open,
        })
    }
}

/// True for a folded word that leads days, before "thứ N": a day or a
/// part of one ("ngày", "sáng", "tối", "đêm", "hôm" …), "vào", "từ",
/// "đến", and the words of a recurring day ("các", "mỗi", "hằng"):
/// "sáng thứ ba", "vào thứ 7", "các ngày thứ 2, 5". The number scanner
/// takes a "thứ N" left open ([`Reading::Open`]) after one (and after
/// "rạng") for a weekday; the extractor's lists of weekdays ("các tối
/// thứ 3, 6") take these and "những", "hàng", "tới".
pub(crate) fn leads_weekday(folded: &str) -> bool {
    LEADS.contains(&folded)
}

/// The N of "thứ N" spelled (a folded word): "hai" 2 … "bảy" 7.
pub(crate) fn spelled_number(folded: &str) -> Option<u8> {
    let i = SPELLED.iter().position(|w| *w == folded)?;
    u8::try_from(i + 2).ok()
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
        Thu::lexed(s, &toks, at, at + 2).read()
    }

    /// The number scanner's ordinals of `s`.
    fn ordinals(s: &str) -> Vec<&str> {
        crate::number::scan(s)
            .filter(|m| matches!(m.quantity, crate::number::Quantity::Ordinal(_)))
            .map(|m| &s[m.start..m.end])
            .collect()
    }

    const WEEKDAYS: &[&str] = &[
        "Cuộc họp diễn ra thứ Hai.",
        "Họ gặp nhau hôm Thứ Sáu.",
        "Kỳ họp thứ Ba tuần trước.",
        "Đội bóng tập vào thứ 5 (23/10) ở sân nhà.",
        "Anh đến thứ hai, ngày 5 tháng 6.",
        "Mọi người nghỉ thứ 6 tuần này.",
        "Chợ họp thứ 7 hàng tuần.",
        "Đêm thứ hai tuần trước trời mưa.",
        "Đến ngày thứ sáu tuần này sẽ có kết quả.",
        "Giá sẽ tăng thứ 7 tới.",
        "Cửa hàng mở lại thứ 5 này.",
        "Trận đấu diễn ra thứ bảy vừa qua.",
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
        for &s in WEEKDAYS {
            assert_eq!(reading(s), Reading::Weekday, "{s}");
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

    /// Neither grammar reads the word before "thứ" across a line break:
    /// "vào" ending a line leads no weekday, so "thứ 3" opening the next
    /// line is the ordinal it is when it opens a text (review29).
    #[test]
    fn no_word_is_read_across_a_line_break() {
        for s in ["thứ 3 anh đi làm.", "Anh về quê vào\nthứ 3 anh đi làm."] {
            assert_eq!(ordinals(s), vec!["thứ 3"], "{s}");
            assert_eq!(reading(s), Reading::Open, "{s}");
        }
        assert_eq!(ordinals("Anh về quê vào thứ 3 tới."), Vec::<&str>::new());
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
        assert!(SERIES.contains(&"vòng") && !SERIES.contains(&"sáng"));
        assert_eq!(spelled_number("tư"), Some(4));
        assert_eq!(spelled_number("bốn"), None);
    }
}
