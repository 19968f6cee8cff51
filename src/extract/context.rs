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

use std::cell::Cell;

use crate::lex::{self, Gap, Kind, Token};

/// `fn $name(w: &str) -> bool`, true for the words listed: a `match`,
/// which the compiler turns into tests of the length and then of a few
/// bytes, where a slice's `contains` compared the word with every entry
/// (calling `memcmp` for each of the same length).
macro_rules! word_set {
    ($(#[$attr:meta])* fn $name:ident = [$($word:literal),* $(,)?];) => {
        $(#[$attr])*
        fn $name(w: &str) -> bool {
            matches!(w, $($word)|*)
        }
    };
}

/// `fn $name(a: &str, b: &str) -> bool`, true for the pairs of words
/// listed (see `word_set`).
macro_rules! pair_set {
    ($(#[$attr:meta])* fn $name:ident = [$(($a:literal, $b:literal)),* $(,)?];) => {
        $(#[$attr])*
        fn $name(a: &str, b: &str) -> bool {
            matches!((a, b), $(($a, $b))|*)
        }
    };
}

word_set! {
    /// Words that, right before a bare number, make it a label: rounds and
    /// halves of a match, the minute of a match, classes, floors, districts and
    /// other place numbers, articles and clauses of a law, decrees and
    /// decisions, programmes, phases and steps, numbers ("số 11"), issues and
    /// sessions of a lottery.
    fn is_label_word = [
        "vòng",
        "lần",
        "hiệp",
        "phút",
        "lớp",
        "tầng",
        "quận",
        "phường",
        "tổ",
        "xóm",
        "ấp",
        "khu",
        "khóm",
        "thôn",
        "lô",
        "số",
        "điều",
        "khoản",
        "chương",
        "mục",
        "đợt",
        "bước",
        "kỳ",
        "khóa",
        "khoá",
        "bảng",
        "phòng",
        "km",
        "kênh",
        "tập",
        "trang",
        "câu",
        "bài",
        "hẻm",
        "ngõ",
        "ngách",
        "kiệt",
        "block",
        "tòa",
        "toà",
        "căn",
        "cổng",
        "ga",
        "bến",
        "mã",
        "cấp",
        // Road numbers: "QL 1A" (quốc lộ). ("TL", "ĐT" are also "thể lệ",
        // "đào tạo": "GD&ĐT hai bên".)
        "ql",
    ];
}

pair_set! {
    /// Two-word labels, whose second word alone is also a verb or a common
    /// word ("trình" is to submit, "định" to intend).
    fn is_label_pair = [
        ("chương", "trình"),
        ("nghị", "định"),
        ("nghị", "quyết"),
        ("chỉ", "thị"),
        ("quyết", "định"),
        ("thông", "tư"),
        ("sư", "đoàn"),
        ("trung", "đoàn"),
        ("lữ", "đoàn"),
        ("tiểu", "đoàn"),
        ("quốc", "lộ"),
        ("tỉnh", "lộ"),
        ("công", "văn"),
        ("số", "hiệu"),
        ("số", "báo"),
        ("phút", "bù"),
        // "giai đoạn 1" (phase 1), "dự án thành phần 2", "Quy chế 870",
        // "Hải đội 3".
        ("giai", "đoạn"),
        ("thành", "phần"),
        ("quy", "chế"),
        ("hải", "đội"),
        // "khu phố 6" (a neighbourhood), "Quân đoàn 2", "đường tỉnh 445": a
        // third probe.
        ("khu", "phố"),
        ("quân", "đoàn"),
        ("đường", "tỉnh"),
        // A fifth probe: "Tổ dân phố 8" (a neighbourhood), "đơn vị phiên
        // hiệu 291" (a unit's designation), "Binh đoàn 15", "đại đội 3",
        // "trung đội 2" (units).
        ("dân", "phố"),
        ("phiên", "hiệu"),
        ("binh", "đoàn"),
        ("đại", "đội"),
        ("trung", "đội"),
        // "đường vành đai 2" (a ring road).
        ("vành", "đai"),
    ];
}

word_set! {
    /// Labels found by a random probe of the corpus, which a counted noun
    /// after the number overrides: a set or a game of a match, a fleet, a
    /// region ("khu vực 9"), a generation ("tiêm kích thế hệ 5", a fifth
    /// probe).
    fn is_probe_label_word = ["set", "ván"];
}
pair_set! {
    fn is_probe_label_pair = [("hạm", "đội"), ("khu", "vực"), ("thế", "hệ")];
}

pair_set! {
    /// Two-word labels of a count, not a rank: "vòng loại ba" is the third
    /// qualifying round, but "vòng loại thứ 3" keeps its ordinal.
    fn is_count_label_pair = [("vòng", "loại")];
}

word_set! {
    /// Nouns after a bare day-month shape that make it a ratio of two counts:
    /// "7/8 suất", "thắng 4/5 trận". ("đến 30/8 bàn giao" is a date: "bàn" is
    /// also a verb's first syllable.)
    fn is_ratio_noun = [
        "suất",
        "trận",
        "đội",
        "tỉnh",
        "đại",
        "phiếu",
        "xã",
        "huyện",
        "trường",
        "chiếc",
        "lần",
        "vé",
        "vụ",
        "câu",
        "bài",
        "ghế",
        // The date probe: "7/7 mẫu", "5/6 em", "10/10 học sinh", "6/10 môn
        // thi", "8/11 nhóm hàng", "5/8 thẩm phán", "5/11 quốc gia", "2/12
        // mùa bóng".
        "mẫu",
        "em",
        "học",
        "sinh",
        "môn",
        "nhóm",
        "thẩm",
        "quốc",
        "mùa",
        // "chấm 2/10 điểm": a rating.
        "điểm",
    ];
}

word_set! {
    /// Words before a day-month shape that say it is a date ("đến 30/8 …",
    /// "từ 1/7 …"), which no ratio rule overrides.
    fn is_date_cue = [
        "từ", "đến", "tới", "ngày", "vào", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "trước",
        "sau", "hết", "lúc", "nay",
    ];
}

pair_set! {
    /// Word pairs whose second word is a label word but which are not labels:
    /// "con số 5" (the figure 5), "tần số 7903 kHz" (a frequency), "cung cấp
    /// 300 chuyến" (to provide 300 flights).
    fn is_not_label_pair = [
        ("con", "số"),
        // "trong số 352 nhà thầu": among.
        ("trong", "số"),
        ("tần", "số"),
        ("hệ", "số"),
        ("cung", "cấp"),
        ("nâng", "cấp"),
        ("khẩn", "cấp"),
        // "quân số hai buổi tập", "tổng số 5 người", "dân số 90 triệu": a
        // compound noun ending in "số", then its number.
        ("quân", "số"),
        ("tổng", "số"),
        ("dân", "số"),
        ("đa", "số"),
        ("thiểu", "số"),
        ("chỉ", "số"),
        ("điểm", "số"),
        ("tỷ", "số"),
        ("tỉ", "số"),
        // "cùng kỳ 2012": the same period of 2012.
        ("cùng", "kỳ"),
        // "triệu tập 2 người" (to summon), "phòng tập 5 lần" (a gym),
        // "luyện tập", "học tập": "tập" is no episode there.
        ("triệu", "tập"),
        ("phòng", "tập"),
        ("luyện", "tập"),
        ("học", "tập"),
    ];
}

pair_set! {
    /// Word pairs ending in a label word that count when a counted noun
    /// follows the number: "đầu bảng ba điểm" (the leader by three points),
    /// "trong vòng 3 trận" (within three matches), "mỗi lần 20 người" (20
    /// people each time).
    fn is_count_before_noun_pair = [
        ("đầu", "bảng"),
        ("cuối", "bảng"),
        ("trong", "vòng"),
        ("mỗi", "lần"),
    ];
}

word_set! {
    /// Words of a military unit's name between the unit word and its number:
    /// "Sư đoàn Không quân 372", "Trung đoàn bộ binh 2", "Lữ đoàn Không vận
    /// 173" (capitalized words are taken too).
    fn is_unit_branch_word = [
        "không", "quân", "bộ", "binh", "vận", "pháo", "phòng", "tăng", "thiết", "giáp", "đặc", "công",
        "tên", "lửa", "hải", "dù", "lính", "cơ", "giới", "kỹ", "thuật", "thông", "tin", "đổ", "xe",
        "biên", "radar", "ra-đa", "hóa", "học", "thủy", "lục", "chiến", "cảnh", "sát", "động", "tàu",
        "ngầm", "tải", "huấn", "luyện", "cận", "vệ", "đánh", "trực", "thăng",
    ];
}

pair_set! {
    /// The words of a unit before its name's other words: "sư đoàn", "lữ
    /// đoàn", "trung đoàn", "tiểu đoàn", "quân đoàn", "binh đoàn", "hạm đội",
    /// "hải đội", "phi đội", "không đoàn", "hải đoàn".
    fn is_unit_pair = [
        ("sư", "đoàn"),
        ("lữ", "đoàn"),
        ("trung", "đoàn"),
        ("tiểu", "đoàn"),
        ("quân", "đoàn"),
        ("binh", "đoàn"),
        ("không", "đoàn"),
        ("hải", "đoàn"),
        ("hạm", "đội"),
        ("hải", "đội"),
        ("phi", "đội"),
    ];
}

word_set! {
    /// Words after a number that say it counts or measures something, which no
    /// name or address does: "cách Quy Nhơn 100 hải lý", "RAM 1,5GB".
    fn is_counted = [
        "người",
        // "xe Mercedes 16 chỗ": seats.
        "chỗ",
        "chiếc",
        "con",
        "cái",
        "hải",
        "km",
        "m",
        "cm",
        "mm",
        "kg",
        "g",
        "tấn",
        "tạ",
        "lít",
        "ha",
        "hecta",
        "gb",
        "mb",
        "tb",
        "ghz",
        "mhz",
        "cc",
        "mw",
        "kw",
        "kwh",
        "ngôi",
        "căn",
        "hộ",
        "ca",
        "vụ",
        "lần",
        "bàn",
        "điểm",
        "trận",
        "ngày",
        "tháng",
        "năm",
        "tuần",
        "giờ",
        "phút",
        "giây",
        "tuổi",
        "học",
        "em",
        "cháu",
        "xe",
        "tàu",
        "đơn",
        // "7 giải ba và 10 giải khuyến khích": prizes.
        "giải",
        "dự",
        "doanh",
        "suất",
        "đội",
        "tỉnh",
        "đại",
        "phiếu",
        "trường",
        "xã",
        "huyện",
        // "hơn Việt Nam 17 bậc": places in a ranking (a fifth probe).
        "bậc",
    ];
}

word_set! {
    /// Words before a bare four-digit number that make it a year: "trong
    /// 2013", "từ 2010", "tầm nhìn 2050", "mùa giải 2023".
    fn is_year_lead = [
        "trong", "từ", "đến", "tới", "sau", "trước", "vào", "cuối", "đầu", "giữa", "nhìn", "giải",
        "niên", "hồi", "dịp", "khóa", "khoá", "kỳ", "và", "hè", "xuân", "thu", "đông", "mùa",
        // "sinh 1953" (born in), "tuyển sinh 2017" (the intake of).
        "sinh",
    ];
}

word_set! {
    /// Words after a year that end what is said of it ("2050 đã được…").
    fn is_year_follower = [
        "và", "đã", "đến", "tới", "là", "thì", "này", "sẽ", "vừa", "với", "nhưng", "trở", "so", "khi",
        "hay", "hoặc", "rồi", "cũng", "mới",
    ];
}

word_set! {
    /// Words before a number that make it a count or a level, never a year
    /// ("tăng lên 2000.", "đạt 2015").
    fn is_count_lead = [
        "lên", "xuống", "còn", "đạt", "là", "có", "gồm", "được", "tổng", "số", "mất", "thêm",
    ];
}

word_set! {
    /// Words between two numbers of a list: "Điều 18 và 23", "SLNA 2 - 0".
    fn is_list_joiner = ["và", "hoặc", "đến", "tới"];
}

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
        let Kind::Word { folded, .. } = t.kind else {
            return None;
        };
        let raw = self.text.get(t.start..t.end)?;
        // A word the lexer marked as its own fold needs no second look
        // (most words of news text): only capitalized or decomposed ones
        // are folded here.
        Some(if folded {
            std::borrow::Cow::Borrowed(raw)
        } else {
            lex::fold(raw)
        })
    }

    fn raw(&self, t: &Token) -> &'t str {
        self.text.get(t.start..t.end).unwrap_or("")
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
    /// line break, or sentence punctuation or an opening quote before it.
    fn sentence_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if i == 0 || t.gap == Gap::Line {
            return true;
        }
        match self.toks.get(i - 1).map(|p| p.kind) {
            Some(Kind::Punct(
                '.' | '!' | '?' | ':' | ';' | '"' | '“' | '”' | '…' | '\'' | '‘' | '*' | '•',
            )) => true,
            // "TTO - Giá …", but not "V-League".
            Some(Kind::Punct('-' | '–' | '—')) => t.gap != Gap::None,
            _ => false,
        }
    }

    /// A name word: a word with a capital letter that the vocabulary does not
    /// know ("iPad", "Ferrari", "QNg", "Sông"), not at the start of a
    /// sentence ("Giá 5.000 đồng").
    fn is_name_word(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let Kind::Word { word, folded, .. } = t.kind else {
            return false;
        };
        let raw = self.raw(t);
        // "Shangri-la 12": the last word of a hyphenated name.
        let hyphenated = t.gap == Gap::None
            && i >= 2
            && self
                .toks
                .get(i - 1)
                .is_some_and(|h| h.kind == Kind::Punct('-'))
            && self
                .toks
                .get(i - 2)
                .is_some_and(|w| self.raw(w).starts_with(char::is_uppercase));
        // A word that is its own fold has no capital.
        if folded && !hyphenated {
            return false;
        }
        let has_capital = hyphenated || raw.chars().any(char::is_uppercase);
        // "1.2L 4 xy-lanh", "2.3GHz 4 nhân": a unit glued to a number
        // that starts its word is no name ("S500L 2016", "31A 2121" are).
        let unit_of_number = t.gap == Gap::None
            && matches!(
                raw,
                "L" | "GHz" | "MHz" | "GB" | "MB" | "TB" | "W" | "kW" | "V" | "Nm"
            )
            && i >= 1
            && self.toks.get(i - 1).is_some_and(|n| {
                matches!(n.kind, Kind::Num { .. })
                    && (n.gap != Gap::None
                        || i >= 2
                            && self.toks.get(i - 2).is_some_and(|d| {
                                d.kind == Kind::Punct('.') || d.kind == Kind::Punct(',')
                            }))
            });
        if unit_of_number {
            return false;
        }
        // "V-League", "U23-Cup": a hyphenated name ends in a word too.
        // "Tháng", "Hơn", "Hai" lead a date or a number, never a name, and
        // neither does the borrowed "Top" ("lọt vào Top 100").
        has_capital
            && !word.may_start()
            && !self.sentence_start(i)
            && !raw.eq_ignore_ascii_case("top")
    }

    /// A foreign name starting a sentence: a word with a capital that is no
    /// Vietnamese syllable and cannot lead a date or a number ("Mega 5.8
    /// sẽ được bán", "Windows 11 ra mắt"). Vietnamese words capitalized
    /// because they start the sentence ("Giá 5.000 đồng") are syllables.
    fn is_foreign_name_starting(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let Kind::Word { word, folded, .. } = t.kind else {
            return false;
        };
        let raw = self.raw(t);
        // "Top 10 CLB": the borrowed "top" leads a count, not a name. (A
        // word that is its own fold has no capital.)
        !folded
            && raw.chars().any(char::is_uppercase)
            && !raw.eq_ignore_ascii_case("top")
            && raw.chars().count() >= 2
            && !word.may_start()
            && self.sentence_start(i)
            && !crate::text::syllable::is_syllable(raw)
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

    /// The folded word at `i`, if it is a word.
    fn word_at(&self, i: usize) -> Option<std::borrow::Cow<'t, str>> {
        self.toks.get(i).and_then(|t| self.word(t))
    }

    /// True when the word or words right before token `i` (same line)
    /// are "đường", "công viên" or "quảng trường".
    fn place_named_after_day(&self, i: usize) -> bool {
        if i == 0 || self.toks.get(i).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        let w = |k: usize| {
            self.toks
                .get(k + 1)
                .filter(|t| t.gap != Gap::Line)
                .and_then(|_| self.word_at(k))
        };
        match w(i - 1).as_deref() {
            Some("đường") => true,
            Some("viên") => i >= 2 && w(i - 2).is_some_and(|p| p == "công"),
            Some("trường") => i >= 2 && w(i - 2).is_some_and(|p| p == "quảng"),
            _ => false,
        }
    }

    /// True when the bare year at `i` closes a quoted title ("Hội chợ
    /// “Sách hè 2013”", "“Năm Kỷ cương hành chính 2017”"): a closing quote
    /// glued after it (`j`), and an opening one at most twelve tokens
    /// before it on its line, with no full stop between.
    fn ends_title(&self, i: usize, j: usize) -> bool {
        let closes = self
            .toks
            .get(j)
            .is_some_and(|t| t.gap == Gap::None && matches!(t.kind, Kind::Punct('”' | '"' | '»')));
        // "“… làm từ 2013”": a year lead makes it the year in a quotation.
        let lead = i
            .checked_sub(1)
            .and_then(|p| self.word_at(p))
            .is_some_and(|w| is_year_lead(&w));
        if !closes || lead {
            return false;
        }
        let mut k = i;
        for _ in 0..12 {
            let Some(p) = self.before_on_line(k) else {
                return false;
            };
            match self.toks.get(p).map(|t| t.kind) {
                Some(Kind::Punct('“' | '«')) => return true,
                Some(Kind::Punct('"')) => {
                    // A straight quote opens when no letter or digit
                    // touches it before.
                    return self.toks.get(p).is_some_and(|t| t.gap != Gap::None);
                }
                Some(Kind::Punct('.' | '!' | '?' | '”')) => return false,
                _ => {}
            }
            k = p;
        }
        false
    }

    /// True when the word after the candidate (at `j`) says it counts or
    /// measures: a counted noun or a unit, glued or not.
    fn counted_after(&self, j: usize) -> bool {
        // "6 đối tượng" (suspects), "2 đối thủ"; not "đối với" (towards).
        let counterpart = |w: &str| {
            w == "đối"
                && self
                    .word_at(j + 1)
                    .is_some_and(|n| matches!(n.as_ref(), "tượng" | "thủ"))
        };
        self.toks.get(j).is_some_and(|t| t.gap != Gap::Line)
            && self
                .word_at(j)
                .is_some_and(|w| is_counted(&w) || counterpart(&w))
    }

    /// True when the bare four-digit number at `start..end` reads as a
    /// year: after a year lead ("trong 2013"), or ending a clause (before
    /// punctuation or a clause word) when no count word precedes it.
    pub(crate) fn is_year(&self, start: usize, end: usize) -> bool {
        let i = self.index(start);
        let j = self.index(end);
        let first = self.toks.get(i);
        let prev = i
            .checked_sub(1)
            .filter(|_| first.is_some_and(|t| t.gap != Gap::Line))
            .and_then(|k| self.word_at(k));
        if prev.as_ref().is_some_and(|w| is_year_lead(w)) {
            return true;
        }
        if prev.as_ref().is_some_and(|w| is_count_lead(w)) {
            return false;
        }
        match self.toks.get(j) {
            None => true,
            Some(t) if t.gap == Gap::Line => true,
            Some(t) => match t.kind {
                Kind::Punct(c) => matches!(c, '.' | ',' | ';' | ')' | ':' | '!' | '?' | '”' | '"'),
                Kind::Word { .. } => self.word(t).is_some_and(|w| is_year_follower(&w)),
                Kind::Num { .. } => false,
            },
        }
    }

    /// True when the bare number at `start..end` is a rank in a list whose
    /// first items wrote "thứ" or "hạng": "Malaysia (thứ 132), Philippines
    /// (149), Singapore (161)". The number stands alone in parentheses, and
    /// earlier in the same sentence a parenthesis holds "thứ N" or "hạng
    /// N": writers drop the word after the first item, as they write a
    /// unit once.
    pub(crate) fn is_rank_in_list(&self, start: usize, end: usize) -> bool {
        let i = self.index(start);
        let j = self.index(end);
        let digits =
            j == i + 1 && matches!(self.toks.get(i).map(|t| t.kind), Some(Kind::Num { .. }));
        let punct = |k: usize, c: char| self.toks.get(k).is_some_and(|t| t.kind == Kind::Punct(c));
        if !digits || i == 0 || !punct(i - 1, '(') || !punct(j, ')') {
            return false;
        }
        // Walk back through the sentence to a "(thứ N)" or "(hạng N)".
        let mut k = i - 1;
        for _ in 0..80 {
            let Some(t) = self.toks.get(k) else {
                return false;
            };
            if t.gap == Gap::Line || matches!(t.kind, Kind::Punct('.' | '!' | '?' | ';')) {
                return false;
            }
            let rank_word = self
                .word_at(k)
                .is_some_and(|w| matches!(w.as_ref(), "thứ" | "hạng"));
            if rank_word
                && k >= 1
                && punct(k - 1, '(')
                && matches!(self.toks.get(k + 1).map(|t| t.kind), Some(Kind::Num { .. }))
                && punct(k + 2, ')')
            {
                return true;
            }
            let Some(prev) = k.checked_sub(1) else {
                return false;
            };
            k = prev;
        }
        false
    }

    /// True when the number at token `i` (its dot at `j`) continues a
    /// numbered list: the number before it, a glued dot and a capitalized
    /// word, stand within the 60 tokens before it.
    fn follows_item(&self, i: usize, j: usize) -> bool {
        let Some(Kind::Num { value, .. }) = self.toks.get(i).map(|t| t.kind) else {
            return false;
        };
        let dot_glued = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| t.kind == Kind::Punct('.') && t.gap == Gap::None)
        };
        if value < 2 || !dot_glued(j) {
            return false;
        }
        (i.saturating_sub(60)..i).any(|k| {
            matches!(self.toks.get(k).map(|t| t.kind), Some(Kind::Num { value: v, len: 1..=2 }) if v + 1 == value)
                && dot_glued(k + 1)
                && self
                    .toks
                    .get(k + 2)
                    .is_some_and(|t| self.raw(t).starts_with(char::is_uppercase))
                && k.checked_sub(1).and_then(|p| self.toks.get(p)).is_none_or(|p| {
                    !matches!(p.kind, Kind::Punct('.' | ',' | '/')) || p.gap != Gap::None
                })
        })
    }

    /// True when the digits at `i` belong to a hotline number: "1800" or
    /// "1900" followed by a group of two to four digits after a space, or
    /// such a group reached by walking back over spaced groups to it.
    fn is_hotline(&self, i: usize) -> bool {
        let group = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                matches!(t.kind, Kind::Num { len: 2..=4, .. }) && t.gap == Gap::Space
            })
        };
        let prefix = |k: usize| {
            matches!(
                self.toks.get(k).map(|t| t.kind),
                Some(Kind::Num {
                    value: 1800 | 1900,
                    len: 4
                })
            )
        };
        if prefix(i) && group(i + 1) {
            return true;
        }
        let mut k = i;
        for _ in 0..3 {
            if !group(k) {
                return false;
            }
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            if prefix(p) {
                return true;
            }
            k = p;
        }
        false
    }

    /// True when the word at `k` is the lowercase second syllable of a
    /// name whose first syllable alone is capitalized, inside a sentence
    /// ("Nhi đồng", "Trung ương", "Á hậu", "Công ty"): the word before it
    /// has a capital first letter and no other, is no sentence start and
    /// cannot lead a number or a date; the word itself is no word that
    /// leads or joins a count or a year ("Malaysia là 131", "Lào thua
    /// 12").
    fn is_compound_name(&self, k: usize) -> bool {
        const NOT_NAMES: &[&str] = &[
            "thắng", "thua", "hòa", "hoà", "ghi", "giành", "cùng", "tại", "ở", "làm", "bằng",
            "gọi", "hơn", "khoảng", "gần", "trên", "dưới", "nhất", "chỉ", "của", "cho", "theo",
            // "Honda City đời 2013" (the model's year), "ngân sách Nhà
            // nước 2013" (the budget's year), "Sắt phi 14" (a diameter).
            // "tiền vệ người Hà Nội điểm 9": a rating.
            "đời", "nước", "phi", "điểm",
        ];
        let (Some(t), Some(b)) = (self.toks.get(k), k.checked_sub(1)) else {
            return false;
        };
        let Some(w) = self.word(t) else {
            return false;
        };
        let raw = self.raw(t);
        let lower = raw.chars().all(char::is_lowercase);
        let stop = NOT_NAMES.contains(&w.as_ref())
            || is_year_lead(&w)
            || is_count_lead(&w)
            || is_year_follower(&w);
        if !lower || stop || t.gap != Gap::Space {
            return false;
        }
        let Some(head) = self.toks.get(b) else {
            return false;
        };
        let Kind::Word { word, .. } = head.kind else {
            return false;
        };
        let mut chars = self.raw(head).chars();
        let title = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
        title && !word.may_start() && !self.sentence_start(b)
    }

    /// True when the number at token `i` (a dash at `j`) numbers an item
    /// of a list written with dashes: a number of one or two digits, a
    /// dash and a capitalized word, where either the number is 1 and
    /// starts a line or a sentence or follows ":", ";" or ",", or the
    /// number before it was written the same way within the 60 tokens
    /// before ("1- Phiên dịch; 2- Thư ký", "8- H'Mu (13, Gia Lai), 9- Vô").
    fn dash_item(&self, i: usize, j: usize) -> bool {
        let Some(Kind::Num { value, len: 1..=2 }) = self.toks.get(i).map(|t| t.kind) else {
            return false;
        };
        // The dash and the capitalized word, on the number's line.
        let shape = |k: usize| {
            self.toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–')) && t.gap != Gap::Line)
                && self.toks.get(k + 2).is_some_and(|t| {
                    matches!(t.kind, Kind::Word { .. })
                        && t.gap != Gap::Line
                        && self.raw(t).starts_with(char::is_uppercase)
                })
        };
        if j != i + 1 || !shape(i) {
            return false;
        }
        if value == 1 {
            let after_mark = i
                .checked_sub(1)
                .and_then(|k| self.toks.get(k))
                .is_some_and(|p| matches!(p.kind, Kind::Punct(':' | ';' | ',')));
            return self.sentence_start(i) || after_mark;
        }
        (i.saturating_sub(60)..i).any(|k| {
            matches!(self.toks.get(k).map(|t| t.kind),
                Some(Kind::Num { value: v, len: 1..=2 }) if v + 1 == value)
                && shape(k)
        })
    }

    /// True when the token at `j`, right after a number, ends its clause or
    /// goes on with a verb or a clause word, not a noun the number counts:
    /// punctuation, a line break, the end, a capitalized word, or one of a
    /// few clause words ("loại 1 là …", "đô thị loại 2 trở lên").
    fn clause_goes_on(&self, j: usize) -> bool {
        let Some(t) = self.toks.get(j) else {
            return true;
        };
        if t.gap == Gap::Line || matches!(t.kind, Kind::Punct(_)) {
            return true;
        }
        if self.raw(t).starts_with(char::is_uppercase) {
            return true;
        }
        self.word(t).is_some_and(|w| {
            is_year_follower(&w)
                || matches!(
                    w.as_ref(),
                    "còn"
                        | "được"
                        | "có"
                        | "làm"
                        | "của"
                        | "ở"
                        | "tại"
                        | "cho"
                        | "giá"
                        | "bán"
                        | "trong"
                )
        })
    }

    /// True when tokens `i..j` are two years of four digits (1900–2100)
    /// around a dash: "2012 -2013".
    fn years_apart(&self, i: usize, j: usize) -> bool {
        let year = |k: usize| {
            matches!(self.toks.get(k).map(|t| t.kind),
                Some(Kind::Num { value, len: 4 }) if (1900..=2100).contains(&value))
        };
        j == i + 3 && year(i) && year(i + 2)
    }

    /// True when the number at token `i` is a year in the name of a law:
    /// "Hiến pháp 2013", "Luật Đất đai 2013", "Luật Nhà ở 2006", "Bộ luật
    /// Hình sự 2015", "đạo luật 1917", "Pháp lệnh 2001". Four digits
    /// (1900–2100), and walking back over at most eight words on the same
    /// line reaches "luật", "hiến pháp" or "pháp lệnh". A word on the way
    /// that leads a year or a count or ends a clause ("của", "theo",
    /// "năm") means the year is not the name's, unless the name is marked
    /// as one: "Luật" before a capital, "Bộ luật", "đạo luật", or "Hiến
    /// pháp" right before the year. "luật sư" (lawyers) names no law. With
    /// the lead word "năm" ("Hiến pháp năm 1992") the year is a date, and
    /// no bare candidate.
    fn is_law_year(&self, i: usize) -> bool {
        let year = matches!(self.toks.get(i).map(|t| t.kind),
            Some(Kind::Num { value, len: 4 }) if (1900..=2100).contains(&value));
        if !year {
            return false;
        }
        let mut k = i;
        let mut crossed_a_stop = false;
        for n in 0..8 {
            let Some(prev) = self.before_on_line(k) else {
                return false;
            };
            let Some(w) = self.word_at(prev) else {
                return false;
            };
            let before = prev.checked_sub(1).and_then(|b| self.word_at(b));
            let before = before.as_deref();
            if w == "luật" {
                let lawyers = self.word_at(prev + 1).is_some_and(|s| s == "sư");
                let named = prev + 1 < i
                    && self
                        .toks
                        .get(prev + 1)
                        .is_some_and(|t| matches!(t.kind, Kind::Word { capital: true, .. }));
                let code = matches!(before, Some("bộ" | "đạo"));
                return !lawyers && (named || code || !crossed_a_stop);
            }
            if matches!(
                (before, w.as_ref()),
                (Some("hiến"), "pháp") | (Some("pháp"), "lệnh")
            ) {
                return n == 0 || !crossed_a_stop;
            }
            // Seasons lead a year ("mùa thu 2013") but are words of a
            // law's name too ("Luật Thuế thu nhập").
            let season = matches!(w.as_ref(), "hè" | "xuân" | "thu" | "đông");
            crossed_a_stop |= (is_year_lead(&w) && !season)
                || is_count_lead(&w)
                || is_year_follower(&w)
                || matches!(w.as_ref(), "năm" | "của" | "theo" | "cho" | "tại" | "ở");
            k = prev;
        }
        false
    }

    /// True when the word "ảnh" at token `k` opens a reference to a photo
    /// of a caption: right after "(" ("(ảnh 3, 4, 5)"), or written "Ảnh"
    /// after a dash or at the start of a line ("- Ảnh 2.").
    fn names_a_photo(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let capital = matches!(t.kind, Kind::Word { capital: true, .. });
        let opener = k
            .checked_sub(1)
            .and_then(|o| self.toks.get(o))
            .map(|o| o.kind);
        opener == Some(Kind::Punct('('))
            || (capital
                && (t.gap == Gap::Line || k == 0 || matches!(opener, Some(Kind::Punct('-' | '–')))))
    }

    /// True when the token at `i` is an item of a list after a label: walking
    /// back over items (a number, or a code of a number and glued letters)
    /// and their joiners (a comma, "và", "hoặc") reaches a label word
    /// ("QL 1A, 45, 47").
    fn list_after_label(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..8 {
            // The joiner before the item at `k`.
            let Some(s) = k.checked_sub(1) else {
                return false;
            };
            let Some(joiner) = self.toks.get(s) else {
                return false;
            };
            let joins = joiner.kind == Kind::Punct(',')
                || self
                    .word(joiner)
                    .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc"));
            if !joins || self.toks.get(k).is_some_and(|t| t.gap == Gap::Line) {
                return false;
            }
            // The item before the joiner: glued tokens, at least a number.
            let Some(mut e) = s.checked_sub(1) else {
                return false;
            };
            let mut has_num = false;
            loop {
                let Some(t) = self.toks.get(e) else {
                    return false;
                };
                match t.kind {
                    Kind::Num { .. } => has_num = true,
                    Kind::Word { .. } => {}
                    Kind::Punct(_) => return false,
                }
                if t.gap != Gap::None || e == 0 {
                    break;
                }
                e -= 1;
            }
            if !has_num || self.toks.get(e).is_some_and(|t| t.gap == Gap::Line) {
                return false;
            }
            let Some(before) = e.checked_sub(1) else {
                return false;
            };
            if self.word_at(before).is_some_and(|w| is_label_word(&w))
                || self.word_at(before).is_some_and(|w| w == "ảnh") && self.names_a_photo(before)
            {
                return true;
            }
            k = e;
        }
        false
    }

    /// True when the day-month shape at tokens `i..j` (after the token
    /// `prev`) is a ratio or a range of counts: "7/8 suất", "4/5 trận",
    /// "đến 3-4 lần", "từ 6-12 tuổi". With a dash the shape is more often a
    /// range of counts, whatever leads it; with a slash a date cue keeps
    /// the date ("đến 30/8 bàn giao").
    fn is_ratio_of_counts(&self, i: usize, j: usize, prev: usize) -> bool {
        if self.toks.get(j).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        let Some(next) = self.word_at(j) else {
            return false;
        };
        let ratio_noun = is_ratio_noun(&next);
        let slash = self
            .toks
            .get(i..j)
            .unwrap_or(&[])
            .iter()
            .any(|t| t.kind == Kind::Punct('/'));
        if slash {
            ratio_noun && !self.word_at(prev).is_some_and(|w| is_date_cue(&w))
        } else {
            ratio_noun || matches!(next.as_ref(), "người" | "tuổi" | "con" | "cái")
        }
    }

    /// True when the number at tokens `i..j` is a class of stars, not a
    /// count of them: "khách sạn 5 sao", "resort 4 sao", "tiêu chuẩn 5
    /// sao", "khách sạn 4 – 5 sao", "tướng 2 sao" (a general's rank), "đạt
    /// 4 sao", "đánh giá 1 sao" (a rating), "sản phẩm OCOP 4 sao". "sao"
    /// follows the number; a word of the class stands right before it, or
    /// a hotel, a resort or a standard at most ten tokens before it in the
    /// same sentence ("khách sạn 5 sao là 80%, còn 4 sao"). "5 sao trẻ",
    /// "10 sao Hàn", "top 10 sao nữ" (film and sports stars) count.
    fn is_star_class(&self, i: usize, j: usize) -> bool {
        let small = match self.toks.get(i).map(|t| t.kind) {
            Some(Kind::Num { value, len }) => len == 1 && (1..=7).contains(&value),
            Some(Kind::Word { .. }) => self.word_at(i).is_some_and(|w| {
                matches!(
                    w.as_ref(),
                    "một" | "hai" | "ba" | "bốn" | "năm" | "sáu" | "bảy"
                )
            }),
            _ => false,
        };
        let sao = self
            .toks
            .get(j)
            .is_some_and(|t| t.gap == Gap::Space && self.raw(t) == "sao");
        if !small || !sao {
            return false;
        }
        // Stars of the screen or the pitch.
        let celebrity = self.word_at(j + 1).is_some_and(|w| {
            matches!(
                w.as_ref(),
                "trẻ" | "nữ" | "nam" | "hàn" | "việt" | "lớn" | "hollywood" | "bóng" | "hạng"
            )
        }) && self.toks.get(j + 1).is_some_and(|t| t.gap == Gap::Space);
        if celebrity {
            return false;
        }
        let word = |k: usize| self.word_at(k);
        let pair = |k: usize, a: &str, b: &str| {
            k >= 1 && word(k - 1).is_some_and(|x| x == a) && word(k).is_some_and(|x| x == b)
        };
        let Some(prev) = self.before_on_line(i) else {
            return false;
        };
        if word(prev).is_some_and(|w| matches!(w.as_ref(), "đạt" | "tướng" | "phẩm"))
            || pair(prev, "đánh", "giá")
        {
            return true;
        }
        let mut k = i;
        for _ in 0..10 {
            let Some(p) = self.before_on_line(k) else {
                return false;
            };
            if matches!(
                self.toks.get(p).map(|t| t.kind),
                Some(Kind::Punct('.' | '!' | '?' | ';' | ':'))
            ) {
                return false;
            }
            let class = pair(p, "khách", "sạn")
                || pair(p, "nghỉ", "dưỡng")
                || word(p).is_some_and(|w| matches!(w.as_ref(), "resort" | "hotel" | "chuẩn"));
            if class {
                return true;
            }
            k = p;
        }
        false
    }

    /// True when the three-digit number at `i` is an emergency line, not a
    /// count: "Cảnh sát 113", "xe cứu thương 115", "lực lượng 141",
    /// "gọi 115", "tổng đài 114"; or any number after "tổng đài", "đường
    /// dây nóng" or "hotline" ("tổng đài 1088"). A counted noun after it
    /// ("lực lượng 113 người") keeps the count.
    fn is_emergency_line(&self, i: usize, j: usize) -> bool {
        let Some(Kind::Num { value, len }) = self.toks.get(i).map(|t| t.kind) else {
            return false;
        };
        // Both kinds have three digits or more: the words are read only
        // then, each once.
        if len < 3 || j != i + 1 {
            return false;
        }
        let Some(prev) = self.before_on_line(i) else {
            return false;
        };
        let Some(w) = self.word_at(prev) else {
            return false;
        };
        let before = prev.checked_sub(1).and_then(|k| self.word_at(k));
        let pair = |a: &str, b: &str| w == b && before.as_ref().is_some_and(|x| x == a);
        let line = pair("tổng", "đài") || pair("dây", "nóng") || w == "hotline";
        let code = len == 3 && matches!(value, 111..=116 | 141);
        let called = line
            || code
                && (pair("cảnh", "sát")
                    || pair("cấp", "cứu")
                    || pair("cứu", "thương")
                    || pair("lực", "lượng")
                    || w == "gọi");
        called && !self.counted_after(j)
    }

    /// True when the number at `i` ends the name of a military unit with
    /// words between the unit and the number: "Sư đoàn Không quân 372",
    /// "Trung đoàn bộ binh 2", "Lữ đoàn Không vận 173". Walking back over
    /// one to four words of a branch (`UNIT_BRANCH_WORDS`) or capitalized
    /// words, on the number's line, reaches a unit's two words
    /// (`UNIT_PAIRS`); right before the number they are `LABEL_PAIRS`.
    fn ends_unit_name(&self, i: usize) -> bool {
        let mut k = i;
        for n in 0..5 {
            let Some(p) = self.before_on_line(k) else {
                return false;
            };
            let Some(w) = self.word_at(p) else {
                return false;
            };
            let unit = p >= 1 && self.word_at(p - 1).is_some_and(|b| is_unit_pair(&b, &w));
            if unit {
                return n >= 1;
            }
            let capital = self
                .toks
                .get(p)
                .is_some_and(|t| matches!(t.kind, Kind::Word { capital: true, .. }));
            if !capital && !is_unit_branch_word(&w) {
                return false;
            }
            k = p;
        }
        false
    }

    /// True when the number at `i` opens a score written with a spaced or
    /// half-glued dash after a word of a result: "tỷ số 3 - 1", "nâng tỷ
    /// số lên 2 - 0", "thắng 2 – 1 trước Sevilla", "dẫn trước 1- 0". Both
    /// numbers have one or two digits; a counted noun after the second
    /// ("thắng 2 - 3 trận") makes a range of counts.
    fn opens_score(&self, i: usize, j: usize) -> bool {
        let small = |k: usize| {
            matches!(
                self.toks.get(k).map(|t| t.kind),
                Some(Kind::Num { len: 1..=2, .. })
            )
        };
        let dash = self
            .toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–')) && t.gap != Gap::Line);
        let second_on_line = self.toks.get(i + 2).is_some_and(|t| t.gap != Gap::Line);
        if !(j == i + 1 || j == i + 3) || !small(i) || !dash || !small(i + 2) || !second_on_line {
            return false;
        }
        if self.counted_after(i + 3) {
            return false;
        }
        let Some(prev) = self.before_on_line(i) else {
            return false;
        };
        let word = |k: usize| self.word_at(k);
        let tally = |k: usize| {
            k >= 1
                && word(k).is_some_and(|w| w == "số")
                && word(k - 1).is_some_and(|w| matches!(w.as_ref(), "tỷ" | "tỉ"))
        };
        match word(prev).as_deref() {
            Some("thắng" | "thua" | "hòa" | "hoà") => true,
            Some("số") => tally(prev),
            Some("trước") => prev >= 1 && word(prev - 1).is_some_and(|w| w == "dẫn"),
            Some("lên") => prev >= 1 && tally(prev - 1),
            _ => false,
        }
    }

    /// True when the spelled "ba" at `i` is no three: father ("ba tôi", "Ba
    /// nó", "ba ơi", "ba của Đan", "ba chồng", "ba ruột", "ba nuôi"),
    /// a noun ("xe ba gác", "ba lô", "múa ba lê", "ba toong", "thịt ba
    /// rọi", "thịt ba chỉ", "ngã ba"), a word of manner ("tài ba",
    /// "bôn ba") or a treble ("cú ăn ba"). "ba mẹ" and "ba Khánh" are
    /// the scanner's.
    fn ba_is_no_three(&self, i: usize) -> bool {
        let next_on_line = self.toks.get(i + 1).is_some_and(|t| t.gap == Gap::Space);
        let next = self.word_at(i + 1).filter(|_| next_on_line);
        let prev = self.before_on_line(i).and_then(|p| self.word_at(p));
        let before = self
            .before_on_line(i)
            .and_then(|p| self.before_on_line(p))
            .and_then(|b| self.word_at(b));
        // "lên hai lên ba của con" (age three), "bộ ba của Real" (the
        // trio): a count before "của" after these.
        let counted_of = prev
            .as_deref()
            .is_some_and(|p| matches!(p, "lên" | "bộ" | "cả" | "tuổi" | "thứ"));
        let of = next.as_deref() == Some("của") && !counted_of;
        let father_or_noun = of
            || next.as_deref().is_some_and(|n| {
                matches!(
                    n,
                    "tôi"
                        | "nó"
                        | "ơi"
                        | "chồng"
                        | "ruột"
                        | "đẻ"
                        | "nuôi"
                        | "dượng"
                        | "gác"
                        | "lê"
                        | "toong"
                        | "rọi"
                )
            });
        let backpack = next.as_deref() == Some("lô")
            && self
                .word_at(i + 2)
                .is_none_or(|w| !matches!(w.as_ref(), "đất" | "hàng" | "nhà" | "đề"));
        let pork = next.as_deref() == Some("chỉ") && prev.as_deref() == Some("thịt");
        // "tài ba" (talented), but "trọng tài ba lần" (the referee three
        // times), "tranh tài ba set" (to play three sets).
        let talented = prev.as_deref() == Some("tài")
            && !matches!(before.as_deref(), Some("trọng" | "tranh" | "đề" | "tiền"));
        let manner = matches!(prev.as_deref(), Some("ngã" | "bôn")) || talented;
        let treble = prev.as_deref() == Some("ăn") && before.as_deref() == Some("cú");
        father_or_noun || backpack || pork || manner || treble
    }

    /// The byte spans of "một" that count one point of a table, which
    /// the scanner reads as "a": "giành một điểm", "giữ lại một điểm quý
    /// giá", "kém Thanh Hóa một điểm.", "với một điểm, …", "hơn Việt Nam
    /// một điểm nhưng …". "một điểm" follows a word of winning, keeping,
    /// needing or comparing, or a team's name (a capitalized word inside
    /// a sentence), and ends its clause or goes on with a word of the
    /// table ("so", "và", "nhưng", "trong", "sau", "quý", "trên" …);
    /// "qua một điểm.", "lưu ý một điểm:", "một điểm chung", "một điểm
    /// đến" are a point, a remark, a place.
    pub(crate) fn one_points(&self) -> Vec<(usize, usize)> {
        const SPORT_BEFORE: &[&str] = &[
            "giành", "kiếm", "giữ", "lại", "cần", "với", "được", "kém", "hơn", "lấy", "đoạt",
            "nhận", "có", "về", "nhau", "chắc", "mừng", "cùng",
        ];
        const AFTER: &[&str] = &[
            "so", "và", "nhưng", "trong", "sau", "quý", "trên", "ở", "khi", "để", "nữa", "trước",
            "thôi",
        ];
        let mut spans = Vec::new();
        for (k, t) in self.toks.iter().enumerate() {
            if !matches!(
                t.kind,
                Kind::Word {
                    word: lex::Word::Mot,
                    ..
                }
            ) {
                continue;
            }
            let point = self.toks.get(k + 1).is_some_and(|p| p.gap == Gap::Space)
                && self.word_at(k + 1).is_some_and(|w| w == "điểm");
            if !point {
                continue;
            }
            let ends = match self.toks.get(k + 2) {
                None => true,
                Some(n) if n.gap == Gap::Line => true,
                Some(n) => match n.kind {
                    Kind::Punct(c) => matches!(c, '.' | ',' | ';' | '(' | ')' | '!' | '?'),
                    Kind::Word { .. } => self.word(n).is_some_and(|w| AFTER.contains(&w.as_ref())),
                    Kind::Num { .. } => false,
                },
            };
            let Some(prev) = self.before_on_line(k) else {
                continue;
            };
            let Some(p) = self.toks.get(prev) else {
                continue;
            };
            let sport_word = self
                .word(p)
                .is_some_and(|w| SPORT_BEFORE.contains(&w.as_ref()));
            let team =
                matches!(p.kind, Kind::Word { capital: true, .. }) && !self.sentence_start(prev);
            if ends && t.gap == Gap::Space && (sport_word || team) {
                spans.push((t.start, t.end));
            }
        }
        spans
    }

    /// True when the number at `i` ends a licence plate written with a
    /// spaced or half-glued dash after its code: "BKS 38N - 5207", "29P9 -
    /// 5142", "51A – 380.20", "30X9 -1514" (the dash then starts the
    /// candidate). The code is two digits, one or two capital letters and
    /// at most one digit, glued, on the number's line.
    fn follows_plate_code(&self, i: usize) -> bool {
        let dash = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–')) && t.gap != Gap::Line)
        };
        let at = if dash(i) {
            i
        } else if i >= 1 && dash(i - 1) && self.toks.get(i).is_some_and(|t| t.gap != Gap::Line) {
            i - 1
        } else {
            return false;
        };
        let Some(mut k) = at.checked_sub(1) else {
            return false;
        };
        // The code's tokens, last first.
        let mut parts = Vec::new();
        loop {
            let Some(t) = self.toks.get(k) else {
                return false;
            };
            parts.push(t.kind);
            if t.gap != Gap::None || parts.len() > 3 {
                break;
            }
            let Some(p) = k.checked_sub(1) else {
                break;
            };
            k = p;
        }
        parts.reverse();
        let letters = |k: usize| {
            let raw = self.toks.get(k).map(|t| self.raw(t)).unwrap_or("");
            (1..=2).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_uppercase())
        };
        match parts.as_slice() {
            [Kind::Num { len: 2, .. }, Kind::Word { .. }] => letters(k + 1),
            [
                Kind::Num { len: 2, .. },
                Kind::Word { .. },
                Kind::Num { len: 1, .. },
            ] => letters(k + 1),
            _ => false,
        }
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
        if c.bare && c.day_month && slashed && self.place_named_after_day(i) {
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
        }
        // "yếu hơn năm ngoái", "đông hơn năm trước", "hơn năm nay": "năm"
        // is a year there, not five, and "hơn" is "than" or "over".
        let than_last_year = !c.bare
            && !c.ordinal
            && j == i + 2
            && self
                .word(first)
                .is_some_and(|w| matches!(w.as_ref(), "hơn" | "trên" | "gần"))
            && self.word_at(i + 1).is_some_and(|w| w == "năm")
            && self.toks.get(j).is_some_and(|t| t.gap == Gap::Space)
            && self
                .word_at(j)
                .is_some_and(|w| matches!(w.as_ref(), "ngoái" | "trước" | "nay" | "qua"));
        if than_last_year {
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
            // "quận 1, 3 người": a count after the list is no item of it.
            if joined && first.gap != Gap::Line && !counted_after_j() {
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
        let marker = self
            .toks
            .get(j)
            .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | ':')));
        let capital_next = self
            .toks
            .get(j + 1)
            .is_some_and(|t| self.raw(t).starts_with(char::is_uppercase));
        if digits_only && item_start && marker && capital_next {
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
        // "lấy 1 ít tiêu", "đẽo 1 ít lớp vỏ": "a little".
        let little = self.toks.get(j).is_some_and(|t| t.gap == Gap::Space)
            && self.toks.get(j).is_some_and(|t| self.raw(t) == "ít");
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
        // "2.1. Thi thử:", "3.2) Phạm vi": the number of a section of an
        // outline at the start of a line, before "." or ")" and a capital.
        let outline = j == i + 3
            && matches!(first.kind, Kind::Num { len: 1..=2, .. })
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.kind == Kind::Punct('.') && t.gap == Gap::None)
            && matches!(
                self.toks.get(i + 2).map(|t| (t.kind, t.gap)),
                Some((Kind::Num { len: 1..=2, .. }, Gap::None))
            )
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
        if digits_only && !c.interval && year_like && scope_before() {
            return true;
        }
        // "Hiến pháp 2013", "Luật Đất đai 2013": a year that is part of a
        // law's name (CONVENTIONS.md, fourth session).
        if digits_only && !c.interval && self.is_law_year(i) {
            return true;
        }
        // "vòng 13", "phút 72", "Điều 25", "lớp 12", "số 11".
        if let Some(w) = self.word(p) {
            // "vài ba người", "dăm ba chữ" (a few), "chuyện tình tay ba"
            // (a love triangle): idioms, no count.
            let spelled = j == i + 1 && matches!(first.kind, Kind::Word { .. });
            // The spelled number's word is read only for a spelled number.
            let this = if spelled { self.word(first) } else { None };
            let before = prev.checked_sub(1).and_then(|k| self.word_at(k));
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
            let labels = !c.ordinal || w == "phút";
            let years = c.interval && self.years_apart(i, j);
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
            let counts = || {
                (in_name() && tally_after(&["điểm", "bàn", "trận", "bậc"]))
                    || (pair_in(is_count_before_noun_pair)
                        && tally_after(&["điểm", "bàn", "trận", "bậc", "người", "lần"]))
            };
            if labels && is_label_word(&w) && !pair_in(is_not_label_pair) && !years && !counts() {
                return true;
            }
            if (pair_in(is_label_pair) && !years) || (!c.ordinal && pair_in(is_count_label_pair)) {
                return true;
            }
            // "set 1", "ván 3", "Hạm đội 7", "khu vực 9": labels, unless a
            // counted noun follows ("trong khu vực 3 tỉnh").
            // ("thế hệ 1977", a generation named by its year, is left to
            // the year rules.)
            let generation_year =
                pair(&[("thế", "hệ")]) && matches!(first.kind, Kind::Num { len: 3.., .. });
            let probe_label =
                (is_probe_label_word(&w) || pair_in(is_probe_label_pair)) && !generation_year;
            if probe_label && !c.ordinal && !counted_after_j() {
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
            // "(ảnh 1)", "(ảnh 3, 4, 5)", "- Ảnh 2.": a caption's photo
            // number, not a count ("hình ảnh 2 giáo viên" counts).
            if w == "ảnh" && digits_only && !c.interval && clause_ends && self.names_a_photo(prev)
            {
                return true;
            }
            // "loại" is also to eliminate ("loại hai cầu thủ"): a grade
            // only when the clause goes on with no noun after the number.
            let one_digit = digits_only && matches!(first.kind, Kind::Num { len: 1, .. });
            let grade = w == "loại" && self.clause_goes_on(j);
            let prize = w == "giải" && one_digit && !pair(&[("phân", "giải")]);
            // "phương án 2", "cơ sở 1", "Bệnh viện 103", "ở nhóm 2", "tuyến
            // 1 và 6", "vị trí 1347": an option, a branch, a hospital, a
            // group, a line, a place in a ranking, when the clause goes
            // on with no noun after the number ("nhóm 2 người" counts).
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
                    ("vị", "trí"),
                    ("quân", "y"),
                ]);
            // "Với vị trí 3576 trên thế giới": a place in a ranking.
            // ("vị trí 149 trên 189 quốc gia" is a ratio, read elsewhere.)
            let ranked_on = pair(&[("vị", "trí")])
                && self.word_at(j).is_some_and(|n| n == "trên")
                && self
                    .toks
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.kind, Kind::Word { .. }))
                && self.word_at(j + 1).is_some_and(|n| {
                    !matches!(
                        n.as_ref(),
                        "một"
                            | "hai"
                            | "ba"
                            | "bốn"
                            | "năm"
                            | "sáu"
                            | "bảy"
                            | "tám"
                            | "chín"
                            | "mười"
                    )
                });
            let named = named && digits_only && (self.clause_goes_on(j) || ranked_on);
            // "phương án 3 về …", "phương án hai là …", "Phương án 1 nêu
            // rõ …": an option, digits or spelled, whatever follows but a
            // counted noun.
            let option = pair(&[("phương", "án")]) && j == i + 1;
            let named = named || option;
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
            let stage = matches!(w.as_ref(), "lượt" | "giải" | "chặng")
                && spelled_one
                && !solved
                && !pair(&[
                    ("lần", "lượt"),
                    ("phân", "giải"),
                    ("hòa", "giải"),
                    ("hoà", "giải"),
                    ("khuyên", "giải"),
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
            let dotted = j == i + 3
                && matches!(first.kind, Kind::Num { len: 1..=2, .. })
                && self
                    .toks
                    .get(i + 1)
                    .is_some_and(|t| t.kind == Kind::Punct('.') && t.gap == Gap::None)
                && matches!(
                    self.toks.get(i + 2).map(|t| (t.kind, t.gap)),
                    Some((Kind::Num { len: 1..=2, .. }, Gap::None))
                );
            if w == "bản" && dotted && !counted_after_j() {
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
        let counted = counted_after_j() && !dated();
        // "xác định được 7/8 suất": a bare day-month shape before a counted
        // noun is a ratio of two counts (7 of 8 places), not a date.
        let ratio = c.day_month && self.is_ratio_of_counts(i, j, prev);
        if ratio {
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
        let name_before = || self.is_name_word(prev) || self.is_foreign_name_starting(prev);
        // "V-League 2022 ngày 19/8", "Euro 2024 năm nay": after a year,
        // "ngày", "tháng" and "năm" start a date or a time, not a noun the
        // year counts.
        let date_after = || {
            year_like
                && self
                    .word_at(j)
                    .is_some_and(|w| matches!(w.as_ref(), "ngày" | "tháng" | "năm"))
        };
        let counted = counted && !date_after();
        if digits && !c.day_month && p.gap != Gap::Line && !counted && name_before() {
            return true;
        }
        // An address: "74 Phạm Văn Đồng".
        if !c.interval && self.is_name_word(j) && self.is_name_word(j + 1) {
            return true;
        }
        // A score between two names: "Arsenal 1 - 2 Borussia", "0 - 3
        // Chelsea".
        if c.interval && self.is_name_word(j) {
            return true;
        }
        false
    }
}

/// "trên" between two numbers reads the slash of a ratio aloud: "bảy trên
/// chín trận" is seven out of nine, and "trên một trang tin" is on a news
/// site. True for a candidate's text that is "trên" and a lone "một", and
/// for the pair (a bare number, then "trên N" right after it).
pub(crate) fn is_on_a(text: &str) -> bool {
    // Only "t" and "T" fold to a "t" (asked of every quantity: most are
    // digits, and are not split into words and folded).
    if !matches!(text.trim_start().as_bytes().first(), Some(b't' | b'T')) {
        return false;
    }
    let mut words = text.split_whitespace().map(lex::fold);
    matches!(
        (
            words.next().as_deref(),
            words.next().as_deref(),
            words.next()
        ),
        (Some("trên"), Some("một"), None)
    )
}

/// True when `second` ("trên chín") follows `first` ("bảy") with only
/// spaces between: the two halves of a ratio.
pub(crate) fn is_ratio(text: &str, first_end: usize, second_start: usize, second: &str) -> bool {
    let between = text.get(first_end..second_start).unwrap_or("x");
    // Spaces only: no expression, a ratio neither, crosses a line break.
    between
        .chars()
        .all(|c| c.is_whitespace() && !lex::is_line_break(c))
        && !between.is_empty()
        && second
            .split_whitespace()
            .next()
            .is_some_and(|w| lex::fold(w) == "trên")
}
