//! Counts: the word after a number that says it counts, a clause going on
//! after it, ratios of counts, classes of stars, "ba" that is no three,
//! one point of a table, and "trên" read as a ratio's slash.

use super::Context;
use super::labels::*;
use super::ones::A_NOT_ONE;
use crate::lex::{self, Gap, Kind, Token};

/// Units of time: after a number they end no count of a list ("15 phút,
/// một bức vẽ" is "a"), after "một" they make a period ("5 lần một tuần
/// và 4 giờ mỗi ngày": a week).
const LIST_TIME: &[&str] = &[
    "phút", "giờ", "giây", "ngày", "tháng", "năm", "tuần", "tiếng", "đêm", "buổi", "quý", "thế",
    "kỷ", "tuổi",
];

/// Words after "một" that make it "a" in a list of counts, beside
/// `A_NOT_ONE`: "một cách", "một bộ", "một nhóm", "một là", "một khi",
/// "một lúc", "một lần", "một chàng", "một gã", "một mặt", "một mai",
/// "một bên", "một lát" (a way, a set, "one is", once, at once, a guy, on
/// one side, a moment). "một lần" counts in a list of times counted
/// ("6 lần vô địch, một lần giành Siêu Cup"; `listed_ones`).
const NOT_LISTED: &[&str] = &[
    "cách", "bộ", "nhóm", "là", "khi", "lúc", "lần", "chàng", "nàng", "gã", "kẻ", "mặt", "mai",
    "đằng", "bên", "lát",
];

/// Initialisms of counted nouns, in capitals: firms ("DN", "DNNN",
/// "DNTN"), clubs, coaches, workers ("LĐ", "NLĐ"), pupils, students,
/// teachers, fans, athletes, investors, cooperatives, banks ("NHTM",
/// "TCTD"), securities firms, traffic police, delegates.
const COUNTED_INITIALISMS: &[&str] = &[
    "DN", "DNNN", "DNTN", "CLB", "HLV", "LĐ", "NLĐ", "HS", "SV", "GV", "CĐV", "VĐV", "NĐT", "HTX",
    "NHTM", "TCTD", "CTCK", "CSGT", "ĐBQH",
];

impl Context<'_> {
    /// True when the word after the candidate (at `j`) says it counts or
    /// measures: a counted noun or a unit, glued or not.
    pub(super) fn counted_after(&self, j: usize) -> bool {
        // "6 đối tượng" (suspects), "2 đối thủ"; not "đối với" (towards).
        let counterpart = |w: &str| {
            w == "đối"
                && self
                    .word_at(j + 1)
                    .is_some_and(|n| matches!(n.as_ref(), "tượng" | "thủ"))
        };
        // "5 dự án" (projects) counts; "Expo 2017 dự kiến thu hút …"
        // (is expected to) is a verb after the number (the prec13 probe).
        let expected = |w: &str| {
            w == "dự"
                && self
                    .word_at(j + 1)
                    .is_some_and(|n| matches!(n.as_ref(), "kiến" | "định" | "tính" | "báo"))
        };
        // "100 hải lý" (nautical miles) counts; "Vùng 3 Hải quân", "Vùng 2
        // hải quân" (a naval region) is a unit's name, and the navy no
        // noun a number counts (num20 probe).
        let navy = |w: &str| w == "hải" && self.word_at(j + 1).is_some_and(|n| n == "quân");
        // "mang sang Việt Nam 18 cầu thủ" (players), "trao Hà Nội 6 bộ
        // thiết bị" (sets): counted after a name as before any word (gen27
        // probe); "bộ" only in lowercase and not before "luật": "Điều 5 Bộ
        // luật", "điều 202 bộ luật hình sự" name a code.
        let player = |w: &str| w == "cầu" && self.word_at(j + 1).is_some_and(|n| n == "thủ");
        let set = |w: &str| {
            w == "bộ"
                && self
                    .toks
                    .get(j)
                    .is_some_and(|t| self.raw(t).starts_with(char::is_lowercase))
                && self.word_at(j + 1).is_none_or(|n| n != "luật")
        };
        self.toks.get(j).is_some_and(|t| t.gap != Gap::Line)
            && self.word_at(j).is_some_and(|w| {
                (is_counted(&w) && !expected(&w) && !navy(&w))
                    || counterpart(&w)
                    || player(&w)
                    || set(&w)
                    || self.cylinders_at(j, &w)
            })
    }

    /// True when the word `w` at `j` opens "xi-lanh" (a cylinder, also
    /// written "xy-lanh", "xi lanh"): the number before it counts an
    /// engine's cylinders, even after the engine's name, which would
    /// otherwise take it as a model number: "động cơ xăng DOHC 4 xi-lanh",
    /// "Ecotec 3 xy-lanh", "Kappa 4 xi-lanh, dung tích 1.2L", "CRDi 3 xi
    /// lanh" (gen30 probe). "xi" alone ("xi măng") counts nothing.
    fn cylinders_at(&self, j: usize, w: &str) -> bool {
        let lanh = |k: usize| self.word_at(k).is_some_and(|n| n == "lanh");
        let dash_then_lanh = self
            .toks
            .get(j + 1)
            .is_some_and(|t| t.gap == Gap::None && self.raw(t) == "-")
            && lanh(j + 2);
        matches!(w, "xi" | "xy") && (lanh(j + 1) || dash_then_lanh)
    }

    /// True when the token at `j` is the initialism of a counted noun,
    /// written in capitals as the press writes it: "37 DN" (firms), "14
    /// CLB" (clubs), "2 HLV" (coaches), "39.938 LĐ" (workers), "28 HS"
    /// (pupils), "5 NHTM" (commercial banks). A number before one counts
    /// it when a name follows ("14 CLB V-League", "2 HLV Hữu Thắng"),
    /// which would make it an address, and after a name when the clause
    /// goes on ("Nhật Bản 39.938 LĐ và …", "TP Hồ Chí Minh 37 DN,"):
    /// see `counted_initialism_after_name`.
    pub(super) fn is_counted_initialism(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| {
            t.gap == Gap::Space
                && matches!(t.kind, Kind::Word { .. })
                && COUNTED_INITIALISMS.contains(&self.raw(t))
        })
    }

    /// True when the initialism at `j` counts the number before it although
    /// a name stands before the number: no name follows the initialism
    /// ("Đà Nẵng 593 DN…", "Hàn Quốc 8.482 LĐ."), and the name before is
    /// no code in capitals ("PC 67 CSGT tỉnh": a police unit). "Malen 13
    /// HLV Edin Terzic" (a goal's minute, then a coach) and "SEA Games
    /// 2015 HLV Frank" keep their names.
    pub(super) fn counted_initialism_after_name(&self, prev: usize, j: usize) -> bool {
        let code_before = self.toks.get(prev).is_some_and(|t| {
            let raw = self.raw(t);
            raw.chars().count() <= 3 && raw.chars().all(|c| c.is_uppercase())
        });
        let name_after = self
            .toks
            .get(j + 1)
            .is_some_and(|t| t.gap == Gap::Space && self.raw(t).starts_with(char::is_uppercase));
        self.is_counted_initialism(j) && !code_before && !name_after
    }

    /// True when the token at `j`, right after a number, ends its clause or
    /// goes on with a verb or a clause word, not a noun the number counts:
    /// punctuation, a line break, the end, a capitalized word, or one of a
    /// few clause words ("loại 1 là …", "đô thị loại 2 trở lên"), or an
    /// adverb or a conjunction no number counts ("Bệnh viện 115 nên ông
    /// …", "phần 5 tốt hơn phần 4 bởi …", "phần 1 thì …", "mùa 2 sẽ …":
    /// the prec20 probe).
    pub(super) fn clause_goes_on(&self, j: usize) -> bool {
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
                        | "nên"
                        | "thì"
                        | "bởi"
                        | "sẽ"
                        | "đã"
                        | "đang"
                        | "vẫn"
                        | "cũng"
                        | "vừa"
                )
        })
    }

    /// True when the word at token `j`, right after the number of a
    /// grade ("loại 3"), opens a time, a source or a contrast rather than
    /// a noun the number counts: "đô thị loại 3 vào năm 2015", "nhóm loại
    /// ba từ ngày 25/3/2009", "chia hàng thành loại 1, loại 2 chứ bây
    /// giờ" (gen55 probe). The grade is then a label, as before a comma.
    pub(super) fn grade_closes_at(&self, j: usize) -> bool {
        self.word_at(j).is_some_and(|w| closes_a_grade(&w))
    }

    /// True when the day-month shape at tokens `i..j` (after the token
    /// `prev`) is a ratio or a range of counts: "7/8 suất", "4/5 trận",
    /// "đến 3-4 lần", "từ 6-12 tuổi". With a dash the shape is more often a
    /// range of counts, whatever leads it; with a slash a date cue keeps
    /// the date ("đến 30/8 bàn giao").
    pub(super) fn is_ratio_of_counts(&self, i: usize, j: usize, prev: usize) -> bool {
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
            // "lên đến 2-3 bậc", "có đến 6-7 đứa con", "vắt 7-10 giọt",
            // "3-4 ca học": a range of counts before what it counts, when
            // the shape opens the candidate (no "ngày" before it; tenth
            // date probe).
            let digits_first = matches!(self.toks.get(i).map(|t| t.kind), Some(Kind::Num { .. }));
            ratio_noun
                || matches!(next.as_ref(), "người" | "tuổi" | "con" | "cái")
                || (digits_first && is_range_noun(&next))
        }
    }

    /// True when the day-month shape at `i` (a slash between) follows a
    /// word of a score: "điểm số", "tỷ số", "tỉ số" ("với điểm số 7/5",
    /// "tỷ số 21/19"), or a lowercase "thắng lợi", "chiến thắng" before a
    /// set's score, the winner's games first and at most seven ("thắng
    /// lợi 6/3", "chiến thắng 6/1"); "Chiến thắng 30/4" is the holiday,
    /// "chiến thắng 2/6 lần" two wins of six.
    pub(super) fn score_before(&self, i: usize, prev: usize) -> bool {
        if self.toks.get(i + 1).map(|t| t.kind) != Some(Kind::Punct('/')) {
            return false;
        }
        let Some(last) = self.word_at(prev) else {
            return false;
        };
        if !matches!(last.as_ref(), "số" | "lợi" | "thắng") {
            return false;
        }
        let Some(first) = self.word_before(prev) else {
            return false;
        };
        match (first.as_ref(), last.as_ref()) {
            ("điểm" | "tỷ" | "tỉ", "số") => true,
            ("thắng", "lợi") | ("chiến", "thắng") => {
                let lower = self
                    .toks
                    .get(prev - 1)
                    .is_some_and(|t| !self.raw(t).starts_with(char::is_uppercase));
                let games = |k: usize| match self.toks.get(k).map(|t| t.kind) {
                    Some(Kind::Num { value, len: 1 }) => Some(value),
                    _ => None,
                };
                lower && matches!((games(i), games(i + 2)), (Some(a), Some(b)) if a <= 7 && b < a)
            }
            _ => false,
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
    pub(super) fn is_star_class(&self, i: usize, j: usize) -> bool {
        let small = match self.toks.get(i).map(|t| t.kind) {
            Some(Kind::Num { value, len }) => len == 1 && (1..=7).contains(&value),
            Some(Kind::Word { .. }) => self.spelled_value(i).is_some_and(|v| v <= 7),
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
        if self.ends_clause(j + 1) {
            return true;
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

    /// True when the qualified number at tokens `i..j` ("tối đa 5", "hơn
    /// 5") ends in digits that [`Self::is_star_class`] reads as a class of
    /// stars: "(mức tối đa 5 sao),".
    pub(super) fn qualified_star_class(&self, i: usize, j: usize) -> bool {
        j >= i + 2
            && matches!(self.toks.get(j - 1).map(|t| t.kind), Some(Kind::Num { .. }))
            && self.is_star_class(j - 1, j)
    }

    /// True when token `k` ends the clause of the word before it: a line's
    /// end, or a comma, a full stop, a semicolon, a colon, a closing
    /// bracket or quote, "!" or "?". The gen48 probe reads "N sao" so
    /// placed as a class of stars, a rating with nothing it could name
    /// after it: "(mức tối đa 5 sao),", "học viện bóng đá 3 sao.", "vote
    /// cho TV mới 5 sao,". Stars of the screen name who they are ("5 sao
    /// trẻ", "10 sao Hàn"), so a count of them goes on.
    fn ends_clause(&self, k: usize) -> bool {
        match self.toks.get(k) {
            None => true,
            Some(t) if t.gap == Gap::Line => true,
            Some(t) => matches!(
                t.kind,
                Kind::Punct(',' | '.' | ';' | ':' | ')' | '!' | '?' | '”' | '"' | '…')
            ),
        }
    }

    /// True when the number at token `i` is one side of an exchange
    /// ratio, "1 đổi 1" (one for one), "1 đổi 1,5": a number, "đổi" and
    /// a number, spaced, on one line.
    pub(super) fn is_exchange_ratio(&self, i: usize) -> bool {
        let num = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| matches!(t.kind, Kind::Num { .. }) && t.gap == Gap::Space)
        };
        let swap = |k: usize| {
            self.toks.get(k).is_some_and(|t| t.gap == Gap::Space)
                && self.word_at(k).is_some_and(|w| w == "đổi")
        };
        (swap(i + 1) && num(i + 2))
            || (i >= 2
                && swap(i - 1)
                && matches!(self.toks.get(i - 2).map(|t| t.kind), Some(Kind::Num { .. }))
                && num(i))
    }

    /// True, besides [`Self::chin_is_ripe`], when the spelled "chín" at
    /// token `i` is "ripe" or "cooked",
    /// not nine: after a fruit, a dish or a way of cooking ("mít chín",
    /// "quả chín", "cháo chín", "rán chín", "rấm chín", "ngượng chín
    /// mặt"), before a word of how ripe or how done ("chín vàng", "chín
    /// đều", "chín tới", "chín muộn", "chín tự nhiên"), or after "làm",
    /// "đến", "cho", "khi", "đã", "vừa", "chưa" when nothing it could
    /// count follows ("xào đến chín,", "làm chín trái cây" counts no
    /// fruit). "ghi chín bàn", "thắng chín, hòa ba", "voi chín ngà" count.
    pub(super) fn chin_ripe_more(&self, i: usize) -> bool {
        let before = self.word_before_on_line(i);
        let ripe_before = before.as_ref().is_some_and(|w| {
            matches!(
                w.as_ref(),
                "trái"
                    | "quả"
                    | "mít"
                    | "vải"
                    | "hồng"
                    | "xoài"
                    | "chuối"
                    | "ổi"
                    | "chua"
                    | "cóc"
                    | "sung"
                    | "mận"
                    | "cam"
                    | "bưởi"
                    | "na"
                    | "lúa"
                    | "xôi"
                    | "cơm"
                    | "cháo"
                    | "bánh"
                    | "trứng"
                    | "thịt"
                    | "xưởng"
                    | "nem"
                    | "hạt"
                    | "phẩm"
                    | "rấm"
                    | "ủ"
                    | "gây"
                    | "rang"
                    | "rán"
                    | "xào"
                    | "luộc"
                    | "nấu"
                    | "hấp"
                    | "nướng"
                    | "chiên"
                    | "đun"
                    | "nhanh"
                    | "ngượng"
            )
        });
        // "đồ chín" (steamed), but "bản đồ chín đoạn" (the nine-dash line).
        let steamed = before.as_ref().is_some_and(|w| w == "đồ")
            && i.checked_sub(2)
                .and_then(|k| self.word_at(k))
                .is_none_or(|w| w != "bản");
        let ripe_before = ripe_before || steamed;
        let next = self.toks.get(i + 1).filter(|t| t.gap != Gap::Line);
        let next_word = next.and_then(|t| self.word(t));
        // "giành chín vàng" (nine gold medals) counts: "vàng" is done only
        // after no word of winning.
        let won = before.as_ref().is_some_and(|w| {
            matches!(
                w.as_ref(),
                "giành" | "đoạt" | "nhận" | "được" | "có" | "với" | "thêm"
            )
        });
        let done_after = next_word.as_ref().is_some_and(|w| {
            (w == "vàng" && !won)
                || matches!(
                    w.as_ref(),
                    "đỏ" | "mọng"
                        | "rục"
                        | "nhũn"
                        | "muộn"
                        | "sớm"
                        | "đều"
                        | "tới"
                        | "kỹ"
                        | "mềm"
                        | "tự"
                        | "thơm"
                        | "căng"
                        | "quá"
                        | "hơn"
                )
        });
        let weak_lead = before.as_ref().is_some_and(|w| {
            matches!(
                w.as_ref(),
                "làm" | "đến" | "cho" | "khi" | "đã" | "vừa" | "chưa"
            )
        });
        // Nothing counted after it: the end, punctuation, or a word that
        // goes on with the clause or names what was ripened.
        let nothing_counted = next.is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
            || next_word.as_ref().is_some_and(|w| {
                matches!(
                    w.as_ref(),
                    "rồi"
                        | "thì"
                        | "và"
                        | "được"
                        | "có"
                        | "là"
                        | "cũng"
                        | "vẫn"
                        | "từ"
                        | "ăn"
                        | "trái"
                        | "xoài"
                        | "chuối"
                        | "thức"
                        | "sơ"
                        | "khoảng"
                        | "nhân"
                )
            });
        ripe_before || done_after || (weak_lead && nothing_counted)
    }

    /// True when the spelled "ba" at `i` is no three: father ("ba tôi", "Ba
    /// nó", "ba ơi", "ba của Đan", "ba chồng", "ba ruột", "ba nuôi"),
    /// a noun ("xe ba gác", "ba lô", "múa ba lê", "ba toong", "thịt ba
    /// rọi", "thịt ba chỉ", "ngã ba"), a word of manner ("tài ba",
    /// "bôn ba") or a treble ("cú ăn ba", "“ăn ba”"). "ba mẹ" and "ba Khánh" are
    /// the scanner's.
    pub(super) fn ba_is_no_three(&self, i: usize) -> bool {
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
        // "cú ăn ba", "cột mốc ăn ba", and the treble in quotes ("giành
        // được cú “ăn ba” kỳ tích", "thành tích “ăn ba”": prec21 probe);
        // "ăn ba bữa" (three meals) counts.
        let quoted = || {
            i.checked_sub(2)
                .and_then(|k| self.toks.get(k))
                .is_some_and(|t| matches!(t.kind, Kind::Punct('“' | '"')))
                && self
                    .toks
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('”' | '"')))
        };
        let treble = prev.as_deref() == Some("ăn")
            && (matches!(before.as_deref(), Some("cú" | "mốc")) || quoted());
        father_or_noun || backpack || pork || manner || treble || self.ba_is_father(i, prev, next)
    }

    /// True when the spelled "chín" at `i` is ripe or cooked, no nine (the
    /// prec13 probe): after a fruit, a dish or a word of cooking or
    /// ripening ("trái chín", "quả vải chín", "khi tôm chín hồng", "cháo
    /// chín cho hành", "rấm chín xoài", "ủ chín trái cây", "rán chín",
    /// "thực phẩm chín", "ngượng chín mặt"), or before a word only
    /// ripeness takes ("chín đỏ", "chín mọng", "chín muồi", "chín rộ",
    /// "chín kỹ", "chín tới", "chín tự nhiên", "chín vàng"). A count keeps
    /// its word before it and its noun after it: "ghi chín bàn", "với
    /// chín ngư dân", "chín vàng, năm bạc" (medals after "giành").
    pub(super) fn chin_is_ripe(&self, i: usize) -> bool {
        let next_on_line = self.toks.get(i + 1).is_some_and(|t| t.gap == Gap::Space);
        let next = self.word_at(i + 1).filter(|_| next_on_line);
        let after_next = self
            .word_at(i + 2)
            .filter(|_| next_on_line && self.toks.get(i + 2).is_some_and(|t| t.gap == Gap::Space));
        let prev_at = self
            .before_on_line(i)
            .filter(|_| self.toks.get(i).is_some_and(|t| t.gap == Gap::Space));
        let prev = prev_at.and_then(|p| self.word_at(p));
        let before = prev_at
            .and_then(|p| self.before_on_line(p))
            .and_then(|b| self.word_at(b));
        let food_or_cooking = prev.as_deref().is_some_and(|p| {
            matches!(
                p,
                "trái"
                    | "quả"
                    | "vải"
                    | "mít"
                    | "chuối"
                    | "xoài"
                    | "mận"
                    | "ổi"
                    | "dứa"
                    | "sung"
                    | "cóc"
                    | "lúa"
                    | "cơm"
                    | "cháo"
                    | "xôi"
                    | "bánh"
                    | "trứng"
                    | "tôm"
                    | "nem"
                    | "thịt"
                    | "rấm"
                    | "ủ"
                    | "rán"
                    | "xào"
                    | "chiên"
                    | "nấu"
                    | "luộc"
                    | "hấp"
                    | "đun"
                    | "rang"
                    | "nướng"
                    | "hầm"
                    | "ngượng"
            )
        }) || matches!(
            (before.as_deref(), prev.as_deref()),
            (Some("thực"), Some("phẩm")) | (Some("thức"), Some("ăn")) | (Some("cà"), Some("chua"))
        );
        // "làm chín thức ăn", "trái hồng chín", "giận chín mặt": words that
        // also stand before a count ("làm chín bàn", "Hồng chín tuổi")
        // read ripeness when no counted noun follows.
        let ripening_verb = prev
            .as_deref()
            .is_some_and(|p| matches!(p, "làm" | "hồng" | "giận"))
            && !self.counted_after(i + 1);
        let ripeness_next = next.as_deref().is_some_and(|n| {
            matches!(
                n,
                "đỏ" | "mọng"
                    | "muồi"
                    | "rộ"
                    | "kỹ"
                    | "kĩ"
                    | "hẳn"
                    | "nhũn"
                    | "nẫu"
                    | "rục"
                    | "ửng"
                    | "nhừ"
                    | "tới"
                    | "ép"
            )
        }) || (next.as_deref() == Some("tự")
            && after_next.as_deref() == Some("nhiên"))
            || next.as_deref() == Some("vàng")
                && !prev
                    .as_deref()
                    .is_some_and(|p| matches!(p, "giành" | "đoạt" | "được" | "có" | "với"));
        food_or_cooking || ripening_verb || ripeness_next
    }

    /// True when the spelled "ba" at `i` is the father by what stands
    /// around it (a num10 probe): before a word that only a person takes
    /// ("ba không đủ dũng khí", "Ba luôn cầu chúc", "ba bế em", "lại rớt
    /// rồi ba ạ"), before "mẹ" or "má" joined by "và", "với" or a comma
    /// ("cả ba và mẹ", "ba, mẹ ông bà"), or at the end of a clause after a
    /// word that takes a person ("ở nhà với ba.", "dòng máu của ba.",
    /// "kể cho ba, mẹ nghe", "nối nghiệp ba,"). "“ba không”" (the three
    /// no's, a policy) stays a count. A count keeps its word
    /// before it: "cả ba đều", "bộ ba sẽ", "hàng ba vẫn", "gấp ba thì",
    /// "thua ba,", "phần ba kể".
    fn ba_is_father(
        &self,
        i: usize,
        prev: Option<std::borrow::Cow<'_, str>>,
        next: Option<std::borrow::Cow<'_, str>>,
    ) -> bool {
        let counted = prev.as_deref().is_some_and(|p| {
            matches!(
                p,
                "cả" | "bộ"
                    | "hàng"
                    | "phần"
                    | "gấp"
                    | "nhân"
                    | "lên"
                    | "thua"
                    | "thắng"
                    | "hòa"
                    | "hoà"
                    | "ghi"
                    | "top"
                    | "tốp"
                    | "thứ"
                    | "số"
                    | "về"
                    | "chia"
            )
        });
        let person_next = next.as_deref().is_some_and(|n| {
            matches!(
                n,
                "không"
                    | "chẳng"
                    | "cũng"
                    | "đã"
                    | "sẽ"
                    | "vẫn"
                    | "luôn"
                    | "ạ"
                    | "nhé"
                    | "bế"
                    | "nói"
                    | "bảo"
                    | "dặn"
                    | "mắng"
                    | "nắm"
                    | "dành"
                    | "hối"
                    | "tin"
                    | "nhớ"
                    | "bớt"
            )
        });
        // "chính sách “ba không”" (the three no's): a name in quotes.
        let quoted_name = next.as_deref() == Some("không")
            && i.checked_sub(1)
                .and_then(|k| self.toks.get(k))
                .is_some_and(|t| matches!(t.kind, Kind::Punct('“' | '"')));
        if person_next && !counted && !quoted_name {
            return true;
        }
        let mother = |k: usize| {
            self.word_at(k)
                .is_some_and(|w| matches!(w.as_ref(), "mẹ" | "má"))
        };
        let joined = self.toks.get(i + 1).is_some_and(|t| t.gap != Gap::Line)
            && (next.as_deref().is_some_and(|n| matches!(n, "và" | "với"))
                || self.toks.get(i + 1).map(|t| t.kind) == Some(Kind::Punct(',')));
        if joined && mother(i + 2) {
            return true;
        }
        let clause_end = self.toks.get(i + 1).is_none_or(|t| {
            t.gap == Gap::Line
                || matches!(
                    t.kind,
                    Kind::Punct('.' | ',' | '!' | '?' | ';' | ')' | '”' | '"')
                )
        });
        let takes_person = prev.as_deref().is_some_and(|p| {
            matches!(
                p,
                "của" | "với" | "cho" | "giúp" | "theo" | "nghiệp" | "gặp" | "ơn"
            )
        });
        clause_end && takes_person
    }

    /// The token "một" that starts at byte `start` (a candidate the number
    /// scanner met), with its index.
    pub(super) fn mot_at(&self, start: usize) -> Option<(usize, &Token)> {
        let k = self.index(start);
        let t = self.toks.get(k).filter(|t| t.start == start)?;
        is_mot(t).then_some((k, t))
    }

    /// True when a lowercase word follows token `k` after a space, none of
    /// [`A_NOT_ONE`](super::ones::A_NOT_ONE) (what makes "một" "a" in every
    /// rule) nor of `not` (what makes it "a" in the caller's): the noun
    /// "một" counts.
    pub(super) fn lowercase_noun_after(&self, k: usize, not: &[&str]) -> bool {
        self.toks.get(k + 1).is_some_and(|n| {
            n.gap == Gap::Space && matches!(n.kind, Kind::Word { capital: false, .. })
        }) && self
            .word_at(k + 1)
            .is_some_and(|w| !A_NOT_ONE.contains(&w.as_ref()) && !not.contains(&w.as_ref()))
    }

    /// True when the "một" at byte `start` is lowercase and stands after
    /// ", " or " và ": a candidate for one in a list of counts, read off the
    /// bytes (`listed_ones` decides on the tokens).
    pub(crate) fn may_be_listed_one(&self, start: usize) -> bool {
        self.text.get(start..).is_some_and(|w| w.starts_with('m'))
            && self
                .text
                .get(..start)
                .is_some_and(|b| b.ends_with(", ") || b.ends_with(" và "))
    }

    /// The byte spans of "một" that count "only one", which the scanner
    /// reads as "a": "chỉ có một cách", "Chỉ có một người" (`candidates`
    /// are the starts of every lone "một" the number scanner met,
    /// `Scanner::lone_one_starts`; those right after "chỉ có" or "chỉ"
    /// are read, `only_before`). Not before "số", "vài",
    /// "chút", "mình" and the like (some, a few, a bit, alone), nor before
    /// a capitalized word.
    pub(crate) fn only_ones(&self, candidates: &[usize]) -> Vec<(usize, usize)> {
        // Beside `A_NOT_ONE` ("chỉ có một số", "một mình", …): "một
        // chiều" (one-way), "một mực" (insistently).
        const NOT_ONE: &[&str] = &[
            "chiều", "mực",
            // "chỉ một thoáng", "chỉ một tích tắc", "chỉ một cơn gió", "chỉ
            // một sơ sẩy", "chỉ một ánh mắt", "chỉ một cử động", "chỉ một
            // hành động", "chỉ một bộ phận nhỏ", "chỉ một nơi để nói",
            // "chỉ một việc nhỏ": a moment, a slip, a gesture, a part, a
            // place, a thing (a ninth number and measure probe).
            "thoáng", "tích", "cơn", "sơ", "ánh", "cử", "hành", "bộ", "nơi", "việc",
        ];
        self.mot_spans(candidates, |k, t| {
            self.text.get(..t.start).is_some_and(only_before)
                && self.lowercase_noun_after(k, NOT_ONE)
        })
    }

    /// The byte spans of "một" that count one in a list of counts: "hai
    /// bàn và một kiến tạo", "bốn trận thắng, một hòa", "17 thẻ vàng, một
    /// thẻ đỏ", "hai căn hộ, 4 chiếc xe hơi và một miếng đất"
    /// (`candidates`: the starts of every lone "một", of which those after
    /// ", " or " và " are read, `may_be_listed_one`; `number_ends`: the ends of the plain
    /// numbers found, in order). The item before the joiner is a number
    /// that was found, then at most three lowercase words, none a unit of
    /// time ("15 phút, một bức vẽ" is "a"); a lowercase noun follows
    /// "một", none of "số", "phần", "là", "trong" … (some, a part, "one
    /// is", one of) nor "con số" (a figure).
    pub(crate) fn listed_ones(
        &self,
        candidates: &[usize],
        number_ends: &[usize],
    ) -> Vec<(usize, usize)> {
        const NOT_ONE: &[&str] = NOT_LISTED;
        let mut spans = Vec::new();
        for &start in candidates.iter().filter(|&&s| self.may_be_listed_one(s)) {
            let Some((k, t)) = self.mot_at(start) else {
                continue;
            };
            let one = matches!(t.kind, Kind::Word { capital: false, .. });
            // A "một" with its noun left out before a word of origin or
            // place: "hai người từ Brazil và một từ Colombia" counts one
            // (`elided_one`); "2 khách du lịch, một từ Philippines và một
            // từ …", "2 vị trí, một ở phía trước và một ở trên" open a
            // total's breakdown, one of them each, and join no list.
            if let Some(prep) = self
                .word_at(k + 1)
                .filter(|w| matches!(w.as_ref(), "từ" | "ở" | "tại"))
            {
                if one && k >= 2 && self.elided_one(k, &prep, number_ends) {
                    spans.push((t.start, t.end));
                }
                continue;
            }
            // "một lần" (once) joins a list only of times counted (below).
            let times = self.word_at(k + 1).is_some_and(|w| w == "lần");
            let not: &[&str] = if times { &[] } else { NOT_ONE };
            let noun = self.lowercase_noun_after(k, not)
                && !(self.word_at(k + 1).is_some_and(|w| w == "con")
                    && self.word_at(k + 2).is_some_and(|w| w == "số"));
            if !one || !noun || k < 2 || t.gap == Gap::Line {
                continue;
            }
            // The joiner: ", " or "và".
            let mut i = k - 1;
            let joiner = self.toks.get(i).is_some_and(|j| {
                j.gap != Gap::Line
                    && (j.kind == Kind::Punct(',') || self.word_at(i).is_some_and(|w| w == "và"))
            });
            if !joiner {
                continue;
            }
            // Back over the counted words to the number.
            let mut words = 0;
            let found = loop {
                let Some(p) = i.checked_sub(1) else {
                    break false;
                };
                i = p;
                let Some(tok) = self.toks.get(i) else {
                    break false;
                };
                if self.toks.get(i + 1).is_some_and(|n| n.gap == Gap::Line) {
                    break false;
                }
                if number_ends.binary_search(&tok.end).is_ok() {
                    break words >= 1;
                }
                // "bốn lần trước Thái Lan và một lần trước Malaysia": times
                // counted against a name, the name's words inside the item
                // (num19 probe; the sentence's first word is no name).
                let named_time = times
                    && matches!(tok.kind, Kind::Word { capital: true, .. })
                    && !self.sentence_start(i);
                match tok.kind {
                    Kind::Word { .. } if named_time && words < 6 => words += 1,
                    Kind::Word { capital: false, .. } if words < 6 => {
                        if self
                            .word_at(i)
                            .is_some_and(|w| LIST_TIME.contains(&w.as_ref()))
                        {
                            break false;
                        }
                        words += 1;
                    }
                    _ => break false,
                }
            };
            // "1 hồ nuôi cá Koi, cá tra và một hồ nuôi cá trê": "và một"
            // names again the noun a number counted earlier in the sentence.
            let repeats = !found
                && self.word_at(k - 1).is_some_and(|w| w == "và")
                && self.repeats_counted_noun(k, number_ends);
            if !found && !repeats {
                continue;
            }
            // "6 lần vô địch quốc gia, một lần giành Siêu Cup", "ba lần
            // đến chung kết và một lần vô địch", "ghi ba bàn và một lần
            // kiến tạo": once, in a list of times counted (or an assist
            // after goals), item by item; not "một lần nữa" (again) nor
            // one of a total broken down ("2 lần phẫu thuật, một lần để
            // nẹp …, một lần tái mổ").
            if times {
                let word = |n: usize| self.word_at(n);
                let counted_times = found && word(i + 1).is_some_and(|w| w == "lần");
                let assist = found && word(k + 2).is_some_and(|w| w == "kiến");
                let again = word(k + 2).is_some_and(|w| w == "nữa");
                if again || !(counted_times || assist) || self.one_of_breakdown(k) {
                    continue;
                }
            }
            // An item longer than three words ("hai vết đâm vào bụng, một
            // vết đâm vào ngực") is one only when "một" names again the
            // noun the number counted, and no other "một" before that noun
            // follows in the sentence: "2 trận đấu giao hữu, một trận gặp
            // Kashima và một trận gặp Myanmar" breaks a total down item by
            // item, one of them each (rec17 probe).
            if found
                && words > 3
                && (self.word_at(i + 1) != self.word_at(k + 1) || self.one_of_breakdown(k))
            {
                continue;
            }
            // After a comma "một" may start an apposition ("200.000 người,
            // một tỷ lệ nhỏ", "ba bàn thắng, một hiệu suất đáng nể"): a
            // comma's item names the noun before it again ("2 ca ghép
            // thận, một ca ghép gan"), a result ("bốn thắng, một hòa"), or
            // the list goes on within four words ("7 chiếc, một vòng đeo
            // tay, hai chiếc nhẫn", "(20 chính thức, một dự phòng)").
            let comma = self
                .toks
                .get(k - 1)
                .is_some_and(|j| j.kind == Kind::Punct(','));
            if comma {
                let after = self.word_at(k + 1);
                let same_noun = after.is_some() && self.word_at(i + 1) == after;
                let result = after.is_some_and(|w| {
                    matches!(w.as_ref(), "hòa" | "hoà" | "thua" | "thắng" | "kiến")
                });
                let goes_on = (k + 2..k + 6)
                    .map_while(|n| self.toks.get(n).filter(|t| t.gap != Gap::Line))
                    .take_while(|t| !matches!(t.kind, Kind::Punct('.' | ';' | '!' | '?')))
                    .enumerate()
                    .any(|(d, t)| {
                        matches!(t.kind, Kind::Punct(',' | ')'))
                            || self.word_at(k + 2 + d).is_some_and(|w| w == "và")
                    });
                if !(same_noun || result || goes_on) {
                    continue;
                }
            }
            spans.push((t.start, t.end));
        }
        spans
    }

    /// True when the "một" at `k` stands for the noun a number counted
    /// earlier in its sentence, left out before a word of origin or place
    /// (num17 probe): "hai người chuyển quốc tịch từ Brazil và một từ
    /// Colombia", "ghi hai điểm từ chắn bóng và một từ phát bóng", "năm
    /// người chơi bóng ở Tây Ban Nha và một ở Bỉ". "và một" is followed by
    /// `prep` ("từ", "ở" or "tại", as the caller found); walking back on its line within the sentence (40
    /// tokens) the same word stands after a number found (`number_ends`)
    /// and at most five words. A total broken down one by one ("2 khách,
    /// một từ Philippines và một từ Trung Quốc", "2 vị trí, một ở phía
    /// trước và một ở trên": one of them each) meets the first "một"
    /// before its word, and is left as "a".
    fn elided_one(&self, k: usize, prep: &str, number_ends: &[usize]) -> bool {
        if self.word_at(k - 1).is_none_or(|w| w != "và")
            || self.toks.get(k + 1).is_none_or(|t| t.gap != Gap::Space)
        {
            return false;
        }
        for (i, tok) in self.back_on_line(k - 1).take(40) {
            if matches!(tok.kind, Kind::Punct('.' | ';' | '!' | '?' | ':')) {
                return false;
            }
            if self.word_at(i).as_deref() != Some(prep) {
                continue;
            }
            // The same word: a number within six tokens before it, with
            // words alone between ("hai người chuyển quốc tịch từ").
            for (_, tok) in self.back_on_line(i).take(6) {
                if is_mot(tok) {
                    return false;
                }
                if number_ends.binary_search(&tok.end).is_ok() {
                    return true;
                }
                if !matches!(tok.kind, Kind::Word { .. }) {
                    return false;
                }
            }
            return false;
        }
        false
    }

    /// True when another "một" before the noun after the "một" at `k`
    /// follows in its sentence (within 40 tokens on its line): "một trận
    /// gặp Kashima và một trận gặp Myanmar", "một hệ thống …, còn một hệ
    /// thống khác" name the items of a total one by one.
    fn one_of_breakdown(&self, k: usize) -> bool {
        let Some(noun) = self.word_at(k + 1) else {
            return false;
        };
        (k + 2..k + 42)
            .map_while(|n| {
                self.toks
                    .get(n)
                    .filter(|t| t.gap != Gap::Line)
                    .map(|t| (n, t))
            })
            .take_while(|(_, t)| !matches!(t.kind, Kind::Punct('.' | ';' | '!' | '?')))
            .any(|(n, t)| is_mot(t) && self.word_at(n + 1).as_deref() == Some(noun.as_ref()))
    }

    /// True when the noun after the "một" at `k` (after "và") is the word
    /// right after a number found earlier in its sentence (`number_ends`),
    /// within 40 tokens on its line, and no "một" before the same noun
    /// stands between: "1 hồ nuôi cá Koi, cá tra và một hồ nuôi cá trê",
    /// "ba cầu thủ nước ngoài và một cầu thủ nhập tịch", "21 cuộc chạy bán
    /// marathon và một cuộc marathon" count one more of what was counted.
    /// A total broken down item by item ("2 trận, một trận gặp Kashima và
    /// một trận gặp U23 Myanmar": one of them) is left as it was.
    fn repeats_counted_noun(&self, k: usize, number_ends: &[usize]) -> bool {
        let Some(noun) = self.word_at(k + 1) else {
            return false;
        };
        for (i, tok) in self.back_on_line(k).take(40) {
            // A sentence's end, a parenthesis closed ("(SN 1967, …) và một
            // người thanh niên") or a named example ("bao gồm hãng Coca
            // Cola và một công ty") ends the walk.
            if matches!(tok.kind, Kind::Punct('.' | ';' | '!' | '?' | ')'))
                || self.word_at(i).is_some_and(|w| w == "gồm" || w == "như")
            {
                return false;
            }
            if self.word_at(i + 1).as_deref() != Some(noun.as_ref()) {
                continue;
            }
            if number_ends.binary_search(&tok.end).is_ok() {
                return true;
            }
            if is_mot(tok) {
                return false;
            }
        }
        false
    }

    /// The byte spans of "một" that count one where a list of counts
    /// begins with it: "một hòa và ba thất bại", "với một bàn thắng và hai
    /// kiến tạo", "một tàu hỗ trợ và hai máy bay trực thăng", "một trận
    /// hoà và hai chiến thắng" (`candidates`: the starts of every lone
    /// "một"; `number_starts`: the starts of the plain numbers found, in
    /// order). A lowercase "một", one to three lowercase words (a noun,
    /// none of what makes "một" "a", no unit of time), "và", then a number
    /// that was found (not "vài", "hàng": a few, hundreds of) and a
    /// lowercase word. A comma
    /// instead of "và" often opens the next clause ("của một siêu mẫu,
    /// hai thí sinh này …"): left out. Not after a word of place or
    /// direction ("chỉ đường tới một cửa hàng kem và hai đứa mình …": to a
    /// shop).
    pub(crate) fn leading_ones(
        &self,
        candidates: &[usize],
        number_starts: &[usize],
    ) -> Vec<(usize, usize)> {
        const PLACE_BEFORE: &[&str] = &["tới", "đến", "vào", "ở", "tại", "từ", "qua", "sang"];
        self.mot_spans(candidates, |k, t| {
            if !matches!(t.kind, Kind::Word { capital: false, .. })
                || !self.lowercase_noun_after(k, NOT_LISTED)
                || self
                    .word_at(k + 1)
                    .is_some_and(|w| LIST_TIME.contains(&w.as_ref()))
                || self
                    .word_before_on_line(k)
                    .is_some_and(|p| PLACE_BEFORE.contains(&p.as_ref()))
            {
                return false;
            }
            for i in k + 2..k + 5 {
                let Some(tok) = self.toks.get(i).filter(|t| t.gap != Gap::Line) else {
                    return false;
                };
                if self.word_at(i).is_some_and(|w| w == "và") {
                    return self.toks.get(i + 1).is_some_and(|n| {
                        n.gap != Gap::Line && number_starts.binary_search(&n.start).is_ok()
                    }) && self
                        .word_at(i + 1)
                        .is_none_or(|w| !matches!(w.as_ref(), "vài" | "mấy" | "dăm" | "hàng"))
                        && self.toks.get(i + 2).is_some_and(|w| {
                            w.gap == Gap::Space
                                && matches!(w.kind, Kind::Word { capital: false, .. })
                        });
                }
                if !matches!(tok.kind, Kind::Word { capital: false, .. }) || tok.gap != Gap::Space {
                    return false;
                }
            }
            false
        })
    }

    /// The byte spans of "một" that count one where a later count of the
    /// same noun follows in its clause: "một cột đèn, 2 cột điện", "có một
    /// dao chọc tiết lợn và 2 dao lam", "bị một vết thương ở tay và ba vết
    /// thương ở chân" (`candidates`: the starts of every lone "một";
    /// `number_starts`: the starts of the plain numbers found, in order).
    /// A lowercase "một" and its noun (none of what makes "một" "a", no
    /// unit of time), at most ten lowercase words or numbers on its line,
    /// then ", " or "và", a number that was found, and the same noun
    /// again: the list counts one of a thing, then N of it.
    pub(crate) fn repeated_noun_ones(
        &self,
        candidates: &[usize],
        number_starts: &[usize],
    ) -> Vec<(usize, usize)> {
        self.mot_spans(candidates, |k, t| {
            if !matches!(t.kind, Kind::Word { capital: false, .. })
                || !self.lowercase_noun_after(k, NOT_LISTED)
            {
                return false;
            }
            let Some(noun) = self.word_at(k + 1) else {
                return false;
            };
            if LIST_TIME.contains(&noun.as_ref()) {
                return false;
            }
            for i in k + 2..k + 13 {
                let Some(tok) = self.toks.get(i).filter(|t| t.gap != Gap::Line) else {
                    return false;
                };
                let joiner =
                    tok.kind == Kind::Punct(',') || self.word_at(i).is_some_and(|w| w == "và");
                let counted_again = joiner
                    && self.toks.get(i + 1).is_some_and(|n| {
                        n.gap != Gap::Line && number_starts.binary_search(&n.start).is_ok()
                    })
                    && self.toks.get(i + 2).is_some_and(|w| w.gap == Gap::Space)
                    && self.word_at(i + 2).is_some_and(|w| w == noun);
                if counted_again {
                    return true;
                }
                let between = tok.kind == Kind::Punct(',')
                    || matches!(
                        tok.kind,
                        Kind::Word { capital: false, .. } | Kind::Num { .. }
                    );
                if !between {
                    return false;
                }
            }
            false
        })
    }

    /// The byte spans of "một" that count one point of a table, which
    /// the scanner reads as "a": "giành một điểm", "giữ lại một điểm quý
    /// giá", "kém Thanh Hóa một điểm.", "với một điểm, …", "hơn Việt Nam
    /// một điểm nhưng …". "một điểm" follows a word of winning, keeping,
    /// needing or comparing, or a team's name (a capitalized word inside
    /// a sentence), and ends its clause or goes on with a word of the
    /// table ("so", "và", "nhưng", "trong", "sau", "quý", "trên" …);
    /// "qua một điểm.", "lưu ý một điểm:", "một điểm chung", "một điểm
    /// đến" are a point, a remark, a place. After a word of winning,
    /// keeping or needing (not "có", not a team: "Có một điểm mà …", "có
    /// một điểm là …" make a remark) it also goes on with what the point
    /// was won by, when, or what it is worth (gen33 probe): "giành một
    /// điểm phút cuối", "giành một điểm theo cách này", "thu lại được một
    /// điểm nhờ quả phạt đền", "chỉ cần một điểm là trụ hạng", "Giành một
    /// điểm là thành công", "mang về một điểm với trận hòa", "cùng một
    /// điểm từ trận giao hữu". After any word, or opening a sentence, it
    /// counts when a match is told near it ([`Self::table_point`], mot4
    /// probe). `candidates` are the starts of every lone
    /// "một" the number scanner met, in order (`Scanner::lone_one_starts`):
    /// no second walk over the tokens.
    pub(crate) fn one_points(&self, candidates: &[usize]) -> Vec<(usize, usize)> {
        const SPORT_BEFORE: &[&str] = &[
            "giành", "kiếm", "giữ", "lại", "cần", "với", "được", "kém", "hơn", "lấy", "đoạt",
            "nhận", "có", "về", "nhau", "chắc", "mừng", "cùng",
        ];
        const AFTER: &[&str] = &[
            "so", "và", "nhưng", "trong", "sau", "quý", "trên", "ở", "khi", "để", "nữa", "trước",
            "thôi",
        ];
        // What a point won goes on with (gen33 probe): the minute, the
        // manner, the means, its worth.
        const WON_AFTER: &[&str] = &["phút", "theo", "nhờ", "là", "với", "từ"];
        let mut spans = Vec::new();
        for &start in candidates {
            let Some((k, t)) = self.mot_at(start) else {
                continue;
            };
            let point = self.toks.get(k + 1).is_some_and(|p| p.gap == Gap::Space)
                && self.word_at(k + 1).is_some_and(|w| w == "điểm");
            if !point {
                continue;
            }
            let Some(prev) = self.before_on_line(k) else {
                continue;
            };
            let Some(p) = self.toks.get(prev) else {
                continue;
            };
            let before = self.word(p);
            let before = before.as_deref();
            let sport_word = before.is_some_and(|w| SPORT_BEFORE.contains(&w));
            let won = sport_word && before != Some("có");
            let ends = match self.toks.get(k + 2) {
                None => true,
                Some(n) if n.gap == Gap::Line => true,
                Some(n) => match n.kind {
                    Kind::Punct(c) => matches!(c, '.' | ',' | ';' | '(' | ')' | '!' | '?'),
                    Kind::Word { .. } => self.word(n).is_some_and(|w| {
                        AFTER.contains(&w.as_ref()) || (won && WON_AFTER.contains(&w.as_ref()))
                    }),
                    Kind::Num { .. } => false,
                },
            };
            let team =
                matches!(p.kind, Kind::Word { capital: true, .. }) && !self.sentence_start(prev);
            if (ends && t.gap == Gap::Space && (sport_word || team)) || self.table_point(k) {
                spans.push((t.start, t.end));
            }
        }
        spans
    }

    /// True when the "một điểm" at `k` is one point of a sport's table
    /// told by what it goes on with and what stands around it, whatever
    /// the word before it (mot4 probe): "hài lòng với một điểm chia đều",
    /// "như thể một điểm cũng làm họ hài lòng", "còn Myanmar là một
    /// điểm,", "kém Công an Hà Nội (CAHN) một điểm.", "Một điểm quý giá
    /// giúp Việt Nam …", "giữ lại một điểm cho Bình Dương". The point
    /// ends its clause or goes on with a word of a point held, won or
    /// compared (`POINT_GOES_ON`), no word of place stands before it
    /// ("tại một điểm", "qua một điểm."), "Một điểm nữa" opening a
    /// sentence and "có một điểm là" are remarks, and a sentence near it
    /// tells of a match ([`Self::match_told_near`]). Every sport "một
    /// điểm" of the opened sets counts (v097, ai091 among them); the gold
    /// reads "a" only a point of space or a remark ("một điểm bị phình
    /// ra", "một điểm chung"), which these guards keep out.
    fn table_point(&self, k: usize) -> bool {
        /// Words a point of a table goes on with: its worth, its share,
        /// a margin, when and where it was won, what it did.
        const POINT_GOES_ON: &[&str] = &[
            "là", "có", "cho", "chia", "nhiều", "kém", "ít", "quý", "qua", "đó", "ngay", "cũng",
            "giúp", "từ", "với", "theo", "nhờ", "phút", "ở", "trên", "trong", "sau", "so", "và",
            "nhưng", "khi", "để", "nữa", "trước", "thôi",
        ];
        /// Words of place or of a remark before "một điểm": "tại một
        /// điểm", "đến một điểm", "qua một điểm", "lưu ý một điểm".
        const PLACE_BEFORE: &[&str] = &["tại", "ở", "đến", "tới", "qua", "vào", "ý"];
        let point = self.toks.get(k + 1).is_some_and(|p| p.gap == Gap::Space)
            && self.word_at(k + 1).is_some_and(|w| w == "điểm");
        let before = self.word_before_on_line(k);
        if !point
            || before
                .as_ref()
                .is_some_and(|w| PLACE_BEFORE.contains(&w.as_ref()))
        {
            return false;
        }
        // "có một điểm là ai cũng biết": a remark (gen33 probe).
        let remark = |w: &str| w == "là" && before.as_deref() == Some("có");
        let goes_on = match self.toks.get(k + 2) {
            None => true,
            Some(n) if n.gap == Gap::Line => true,
            Some(n) => match n.kind {
                Kind::Punct(c) => matches!(c, '.' | ',' | ';' | ')' | '!' | '?'),
                Kind::Word { .. } => {
                    n.gap == Gap::Space
                        && self.word(n).is_some_and(|w| {
                            POINT_GOES_ON.contains(&w.as_ref())
                                && (w != "nữa" || !self.sentence_start(k))
                                && !remark(&w)
                        })
                }
                Kind::Num { .. } => false,
            },
        };
        goes_on && self.match_told_near(k)
    }

    /// True when the sentence of token `k`, the three before it or the
    /// one after it tell of a match (mot4 probe): a count of points other
    /// than `k`'s ("41 điểm", "ba điểm"), "trận" (a match), "hiệp" (a
    /// half), "HLV" (a coach), "League", "bảng xếp hạng", "cuối bảng",
    /// "đầu bảng", "bét bảng", "chót bảng", "trụ hạng", "xuống hạng",
    /// "bàn thắng", "ghi bàn", "phạt đền", "thủ môn", "pha bóng", "sân
    /// nhà", "sân khách", "đội khách", "đội chủ nhà", "vòng đấu". The
    /// walk stops at the sentences' ends and after `NEAR` tokens each
    /// way.
    fn match_told_near(&self, k: usize) -> bool {
        const NEAR: usize = 200;
        let ends_sentence = |i: usize| {
            self.toks.get(i).is_none_or(|t| {
                t.gap == Gap::Line || matches!(t.kind, Kind::Punct('.' | '!' | '?'))
            })
        };
        // Back over the sentence of `k` and three more; on to the end of
        // the sentence after it.
        let mut from = k;
        let mut ends = 0;
        while from > 0 && k - from < NEAR {
            if self.toks.get(from).is_some_and(|t| t.gap == Gap::Line)
                || matches!(
                    self.toks.get(from - 1).map(|t| t.kind),
                    Some(Kind::Punct('.' | '!' | '?'))
                )
            {
                ends += 1;
                if ends == 4 {
                    break;
                }
            }
            from -= 1;
        }
        let mut to = k + 2;
        let mut ends = 0;
        while to < self.toks.len() && to - k < NEAR {
            if ends_sentence(to) {
                ends += 1;
                if ends == 2 {
                    break;
                }
            }
            to += 1;
        }
        (from..to).any(|i| i != k && self.tells_of_a_match(i))
    }

    /// True when the words at token `i` tell of a match (see
    /// [`Self::match_told_near`]).
    fn tells_of_a_match(&self, i: usize) -> bool {
        let next = || self.spaced_word_at(i + 1);
        let next_is = |w: &str| next().is_some_and(|n| n == w);
        if self.is_count(i) && self.spelled_value(i) != Some(1) && next_is("điểm") {
            return true;
        }
        let Some(w) = self.word_at(i) else {
            return false;
        };
        match w.as_ref() {
            "trận" | "hiệp" | "hlv" | "league" => true,
            "bảng" => next_is("xếp"),
            "cuối" | "đầu" | "bét" | "chót" => next_is("bảng"),
            "trụ" | "xuống" => next_is("hạng"),
            "bàn" => next_is("thắng"),
            "ghi" => next_is("bàn"),
            "phạt" => next_is("đền"),
            "thủ" => next_is("môn"),
            "pha" => next_is("bóng"),
            "sân" => next().is_some_and(|n| matches!(n.as_ref(), "nhà" | "khách")),
            "đội" => next().is_some_and(|n| matches!(n.as_ref(), "khách" | "chủ")),
            "vòng" => next_is("đấu"),
            _ => false,
        }
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

/// True when the text before a "một" ends in "chỉ có" or "chỉ" (only):
/// "chỉ có một cách", "chỉ một lần", "dù chỉ một cành cây". Not the
/// "chỉ" of a word ("địa chỉ", an address; "cử chỉ", a gesture) or the
/// verb (to point, to mean: "ám chỉ một người", "dùng để chỉ một tình
/// trạng").
pub(super) fn only_before(b: &str) -> bool {
    if b.ends_with("chỉ có ") || b.ends_with("Chỉ có ") {
        return true;
    }
    let Some(head) = b.strip_suffix("chỉ ").or_else(|| b.strip_suffix("Chỉ ")) else {
        return false;
    };
    let Some(last) = head.chars().next_back() else {
        return true;
    };
    if last.is_alphabetic() {
        return false;
    }
    let prev = head
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    !matches!(
        prev,
        "địa" | "ám" | "để" | "cử" | "nhằm" | "dùng" | "chỉ" | "ngón" | "tay" | "Địa"
    )
}

/// True when `word` after a grade's number ends the grade's phrase:
/// "vào" (at a time), "từ" (since), "chứ" (rather than). A noun after it
/// ("loại 4 chỗ", "loại hai cầu thủ") is what the number counts.
fn closes_a_grade(word: &str) -> bool {
    matches!(word, "vào" | "từ" | "chứ")
}

/// True when `tok` is the word "một" (the lexer's vocabulary marks it).
fn is_mot(tok: &Token) -> bool {
    matches!(
        tok.kind,
        Kind::Word {
            word: lex::Word::Mot,
            ..
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::context::ask_at_first;

    /// Whether the first "một" of `text` is a point of a table told by
    /// its surroundings (`Context::table_point`).
    fn table_point(text: &str) -> bool {
        ask_at_first(text, is_mot, |c, k| c.table_point(k))
    }

    #[test]
    fn a_time_a_source_or_a_contrast_closes_a_grade() {
        assert!(closes_a_grade("vào"));
        assert!(closes_a_grade("từ"));
        assert!(closes_a_grade("chứ"));
        assert!(!closes_a_grade("chỗ"));
        assert!(!closes_a_grade("cầu"));
        let closes = |text: &str| {
            ask_at_first(
                text,
                |t| matches!(t.kind, Kind::Num { .. }),
                |c, k| c.grade_closes_at(k + 1),
            )
        };
        assert!(closes("đô thị loại 3 vào năm 2015"));
        assert!(!closes("xe loại 4 chỗ"));
        assert!(!closes("loại 3"));
    }

    #[test]
    fn a_point_near_a_match_counts_wherever_it_stands() {
        assert!(table_point(
            "Hai đội hòa 1-1 sau trận đấu. Họ hài lòng với một điểm chia đều."
        ));
        assert!(table_point(
            "Đội có ba điểm. Một điểm quý giá giúp họ đứng nhì."
        ));
        assert!(table_point("Đội có 41 điểm, kém Hà Nội (HN) một điểm."));
        assert!(table_point(
            "Thủ môn cản phá hai quả phạt đền. Như thể một điểm cũng làm họ hài lòng."
        ));
    }

    #[test]
    fn a_point_of_space_or_a_remark_is_no_count() {
        // No match told near it.
        assert!(!table_point("Đường thẳng đi qua một điểm cho trước."));
        assert!(!table_point("Như thể một điểm cũng làm họ hài lòng."));
        // A match told, but a place, a remark or a noun after "điểm".
        assert!(!table_point("Sau trận đấu, cả đội tập trung tại một điểm."));
        assert!(!table_point("Sau trận đấu. Một điểm nữa, đội cần sân mới."));
        assert!(!table_point("Sau trận đấu, đó là một điểm sáng của đội."));
        assert!(!table_point("Trận đấu không có nổi một điểm nào."));
    }

    #[test]
    fn a_match_told_three_sentences_back_or_one_on() {
        let near = |text: &str| ask_at_first(text, is_mot, |c, k| c.match_told_near(k));
        assert!(near("HLV nói. A. B. Họ có một điểm."));
        assert!(!near("HLV nói. A. B. C. Họ có một điểm."));
        assert!(near("Họ có một điểm. Trận sau khó hơn."));
        assert!(!near("Họ có một điểm. A. Trận sau khó hơn."));
        // The point's own "một" is no count of points.
        assert!(!near("Họ có một điểm."));
    }
}
