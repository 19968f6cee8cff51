//! Names: words with a capital that make the number after them part of a
//! name ("iPad 4", "Bệnh viện Nhi đồng 1", "Sư đoàn Không quân 372"),
//! places named after a day, a caption's photo.

use super::Context;
use super::labels::*;
use crate::lex::{Gap, Kind};

impl Context<'_> {
    /// True when the candidate `start..end`, "24h" glued, names the news
    /// site 24h (24h.com.vn) as a source, no count of hours: "Theo Thể
    /// thao 24h" (its sports pages as credited), "Nguồn: 24h.", "Công ty
    /// TNHH Media 24h", "www. 24h.com.vn" (gen45 probe). `i` is the
    /// candidate's first token, `j` the token after it. "trong 24h",
    /// "24h qua" keep their hours.
    pub(super) fn is_outlet_24h(&self, start: usize, end: usize, i: usize, j: usize) -> bool {
        if self.text.get(start..end) != Some("24h") {
            return false;
        }
        let raw_at = |k: usize| self.toks.get(k).map(|t| self.raw(t));
        let sports = i >= 2
            && raw_at(i - 2) == Some("Thể")
            && self.word_at(i - 1).is_some_and(|w| w == "thao");
        let source = i >= 2
            && self
                .toks
                .get(i - 1)
                .is_some_and(|t| t.kind == Kind::Punct(':'))
            && self.word_at(i - 2).is_some_and(|w| w == "nguồn");
        let company = i >= 1 && raw_at(i - 1) == Some("Media");
        let domain = self
            .toks
            .get(j)
            .is_some_and(|t| t.gap == Gap::None && t.kind == Kind::Punct('.'))
            && self
                .toks
                .get(j + 1)
                .is_some_and(|t| t.gap == Gap::None && self.raw(t) == "com");
        sports || source || company || domain
    }

    /// True when a street's word stands at token `j`, right after a
    /// number on its line, and the street's name or number after it: "đường
    /// Giải Phóng", "phố Tương Mai", "công trường Lam Sơn", "quốc lộ 13",
    /// "đại lộ Hùng Vương", "ngõ 442".
    pub(super) fn before_street(&self, j: usize) -> bool {
        let on_line = |k: usize| self.toks.get(k).is_some_and(|t| t.gap == Gap::Space);
        let Some(w) = self.word_at(j).filter(|_| on_line(j)) else {
            return false;
        };
        let single = matches!(
            w.as_ref(),
            "đường" | "phố" | "ngõ" | "hẻm" | "kiệt" | "ngách"
        );
        let pair = matches!(
            (w.as_ref(), self.word_at(j + 1).as_deref()),
            ("quốc" | "tỉnh", Some("lộ")) | ("đại", Some("lộ")) | ("công", Some("trường"))
        );
        let name_at = if pair { j + 2 } else { j + 1 };
        if !(single || pair) || !on_line(name_at) {
            return false;
        }
        // The street's word is lowercase ("194 đường Giải Phóng"; "Đường
        // 9" opens a name of its own).
        let lowercase = self
            .toks
            .get(j)
            .is_some_and(|t| self.raw(t).starts_with(char::is_lowercase));
        lowercase
            && self.toks.get(name_at).is_some_and(|t| {
                matches!(t.kind, Kind::Num { .. })
                    || (matches!(t.kind, Kind::Word { .. })
                        && self.raw(t).starts_with(char::is_uppercase))
            })
    }

    /// True when a street's name runs from token `j`, right after a house
    /// number (a comma glued to the number allowed), to a comma, a dash or
    /// a bracket before the ward, the district, the town or the province:
    /// "25 Lê Quý Đôn, phường 7", "481 Bến Ba Đình, quận 8", "201–203
    /// Cách Mạng Tháng Tám, phường 4", "190 Pasteur, phường 6", "(291
    /// CMT8, Q.3, …)", "tại 172, Ngọc Khánh, quận Ba Đình" (the gen29
    /// probe). The name is one to six words with a capital; an initialism
    /// is one only with its digits glued ("CMT8"), since "20 DN, TP Hồ Chí
    /// Minh 37 DN" counts firms, and no name opens with the word of a
    /// body or a unit ("30 Quận, huyện", "5 Sở, ngành").
    pub(super) fn before_street_and_ward(&self, j: usize) -> bool {
        let raw_at = |k: usize| self.toks.get(k).map(|t| self.raw(t));
        let mut k = self.past_glued_comma(j);
        if raw_at(k).is_some_and(is_body_or_unit_word) {
            return false;
        }
        let mut words = 0;
        while let Some(t) = self.toks.get(k) {
            if words > 6 {
                return false;
            }
            if !matches!(t.kind, Kind::Word { .. })
                || t.gap != Gap::Space
                || !self.raw(t).starts_with(char::is_uppercase)
            {
                break;
            }
            let glued_digits = self
                .toks
                .get(k + 1)
                .is_some_and(|d| d.gap == Gap::None && matches!(d.kind, Kind::Num { .. }));
            let initialism = self.raw(t).chars().filter(|c| c.is_uppercase()).count() > 1;
            if initialism && !glued_digits {
                return false;
            }
            words += 1;
            k += if glued_digits { 2 } else { 1 };
        }
        let separated = self
            .toks
            .get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | '(' | '-' | '–')));
        (1..=6).contains(&words) && separated && self.is_ward_or_town_at(k + 1)
    }

    /// True when a ward, a district, a town or a province opens at token
    /// `k`: "phường 7", "quận Ba Đình", "huyện …", "tỉnh …", "thị xã …",
    /// "thành phố …", "TP HCM", "TP.HCM", "Q.3", "P.1", "Q3".
    fn is_ward_or_town_at(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let next = self.toks.get(k + 1);
        let glued_next = next.filter(|n| n.gap == Gap::None);
        match self.raw(t) {
            "phường" | "quận" | "huyện" | "tỉnh" | "Phường" | "Quận" | "Huyện" | "Tỉnh" => {
                true
            }
            "TP" | "Tp" | "TX" => true,
            "thị" | "Thị" => self.word_at(k + 1).is_some_and(|w| w == "xã"),
            "thành" | "Thành" => self.word_at(k + 1).is_some_and(|w| w == "phố"),
            "P" | "Q" => {
                glued_next.is_some_and(|n| matches!(n.kind, Kind::Punct('.') | Kind::Num { .. }))
            }
            _ => false,
        }
    }

    /// A name word: a word with a capital letter that the vocabulary does not
    /// know ("iPad", "Ferrari", "QNg", "Sông"), not at the start of a
    /// sentence ("Giá 5.000 đồng").
    pub(super) fn is_name_word(&self, i: usize) -> bool {
        self.name_word(i, false)
    }

    /// A name word, or the capitalized word glued after a dotted initial
    /// ("League" in "V.League", which reads as a sentence start).
    pub(super) fn is_name_word_or_dotted(&self, i: usize) -> bool {
        let dotted = i >= 2
            && self.toks.get(i).is_some_and(|t| t.gap == Gap::None)
            && self
                .toks
                .get(i - 1)
                .is_some_and(|t| t.kind == Kind::Punct('.') && t.gap == Gap::None)
            && self.toks.get(i - 2).is_some_and(|t| {
                let raw = self.raw(t);
                raw.len() == 1 && raw.starts_with(|c: char| c.is_ascii_uppercase())
            });
        self.name_word(i, dotted)
    }

    /// A name word that opens a line, before a number and a capitalized
    /// word on that line: "⏎Xperia 5 III", "⏎Ferrari 488 GTB", "⏎Windows
    /// 10 Cloud" (a model; an eighth probe). `j` is the token after the
    /// number.
    ///
    /// A name word that is no Vietnamese syllable needs no capitalized
    /// word after the number (gen51 probe): "⏎Mazda 3 sedan 1.5L 685",
    /// "⏎Glock 17 là loại súng lục", "⏎Nokia 6 không có", "⏎OnePlus 2",
    /// "⏎MIUI 7", "⏎CICO 501 đặt quyết tâm" name a model or a body as
    /// they would inside a sentence. A syllable opening a line ("⏎Trong
    /// 3 lớp", "⏎Sau 24 vòng", "⏎Giao 84 đầu việc") is a Vietnamese word
    /// that starts a sentence, and the count stays; so does a count whose
    /// noun follows ("⏎Video 17 điểm": the caller's test).
    pub(super) fn is_model_name_opening(&self, i: usize, j: usize) -> bool {
        let capital_after = || {
            self.toks.get(j).is_some_and(|t| {
                t.gap == Gap::Space && matches!(t.kind, Kind::Word { capital: true, .. })
            })
        };
        let foreign = || {
            self.toks
                .get(i)
                .is_some_and(|t| !crate::text::syllable::is_syllable(self.raw(t)))
        };
        self.toks.get(i).is_some_and(|t| t.gap == Gap::Line)
            && (capital_after() || foreign())
            // A foreign name, in plain ASCII ("⏎Về 5 BQL dự án" is Vietnamese).
            && self.toks.get(i).is_some_and(|t| self.raw(t).is_ascii())
            && self.name_word(i, true)
    }

    fn name_word(&self, i: usize, at_start: bool) -> bool {
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
        if self.capitalized_season(i) || self.glued_sentence_opener(i) {
            return false;
        }
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
        // "⏎iPhone 8 với thiết kế …": a word with a small first letter and
        // a capital after it is a name at the start of a line or a sentence
        // too (an eighth number probe).
        let camel = || raw.starts_with(|c: char| c.is_ascii_lowercase());
        has_capital
            && !word.may_start()
            && (at_start || !self.sentence_start(i) || camel())
            && !raw.eq_ignore_ascii_case("top")
    }

    /// True when the word at `i` ends in a word that opens a sentence,
    /// glued by a crawler that dropped the line break before it (or the
    /// space after a full stop): "iPod NanoTrong 3 kiểu máy", "không
    /// muaTrong 6 môn thi", "noichinh.vnVới 11 chuyên mục", "tốp đầuSau 3
    /// năm" (gen47 probe). The opener is a capitalized syllable after the
    /// last capital of the word, or the whole word glued to a word before
    /// it; it names nothing, so the number after it counts. Qualifiers
    /// ("Khoảng", "Hơn") are left out: their span would hold the glue.
    /// "McLaren 720S", "iPhone 6", "PlayStation 5" keep their names.
    fn glued_sentence_opener(&self, i: usize) -> bool {
        const OPENERS: &[&str] = &[
            "trong", "với", "sau", "theo", "tại", "có", "chỉ", "còn", "ngoài", "gồm", "riêng",
            "mỗi", "cả", "đến", "khi", "hiện",
        ];
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let raw = self.raw(t);
        let inner = raw
            .char_indices()
            .skip(1)
            .filter(|&(_, c)| c.is_uppercase())
            .last()
            .map(|(k, _)| k)
            .filter(|&k| {
                raw.get(..k)
                    .is_some_and(|h| h.chars().last().is_some_and(char::is_lowercase))
            });
        let glued_word = t.gap == Gap::None
            && raw.starts_with(char::is_uppercase)
            && i >= 1
            && self
                .toks
                .get(i - 1)
                .is_some_and(|p| matches!(p.kind, Kind::Word { .. }));
        let tail = match inner {
            Some(k) => raw.get(k..),
            None if glued_word => Some(raw),
            None => None,
        };
        tail.is_some_and(|w| {
            w.chars().nth(1).is_some_and(char::is_lowercase)
                && OPENERS.contains(&crate::lex::fold(w).as_ref())
        })
    }

    /// True when the capitalized word at `i` is a season that leads a
    /// year, no word of a name: "kỳ chuyển nhượng mùa Hè 2013", "mùa Đông
    /// 2011", "mùa Xuân 2017" (after "mùa"), "nhân dịp Hè 2013", "trong Hè
    /// 2017" ("hè" after a lowercase word). The year is a date, its span
    /// the year alone, as the gold sets read "mùa hè 2013" (date11 probe).
    /// "BST Xuân Hè 2017" (after a capitalized word) and "Thế vận hội
    /// mùa Đông 2018" (the games) stay names.
    fn capitalized_season(&self, i: usize) -> bool {
        let Some(w) = self.word_at(i) else {
            return false;
        };
        // A year after it: "Hè 20135 cuốn" (a year glued to a count) is
        // no season's.
        if !self.toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.kind,
                Kind::Num {
                    len: 4,
                    value: 1000..=2999
                }
            )
        }) {
            return false;
        }
        let before = self.word_before_on_line(i);
        // "Thế vận hội mùa Đông 2018", "Olympic mùa Đông": the games' name.
        let games = i >= 2
            && self
                .word_before_on_line(i - 1)
                .is_some_and(|w| matches!(w.as_ref(), "hội" | "olympic" | "games"));
        match w.as_ref() {
            // "sau Tết Nguyên Đán 2025": a festival days long, whose year
            // is the date, as a season's is (the opening of the thirtieth
            // blind set; "Tết" itself is no name word).
            "đán" => {
                before.as_deref() == Some("nguyên")
                    && i >= 2
                    && self.word_before_on_line(i - 1).as_deref() == Some("tết")
            }
            "hè" | "xuân" | "thu" | "đông" if before.as_deref() == Some("mùa") => !games,
            "hè" => {
                i > 0
                    && !self.sentence_start(i)
                    && before.is_some()
                    && self
                        .toks
                        .get(i - 1)
                        .is_some_and(|t| self.raw(t).starts_with(char::is_lowercase))
            }
            _ => false,
        }
    }

    /// True when the closing parenthesis at `close` ends on a name word
    /// and the parenthesis opened after one, on the same line, within
    /// eight tokens: "AFF Cup (nay là ASEAN Cup)".
    pub(super) fn named_parenthesis(&self, close: usize) -> bool {
        if close < 3 || !self.is_name_word(close - 1) {
            return false;
        }
        let mut k = close - 1;
        for _ in 0..8 {
            if self.toks.get(k).is_none_or(|t| t.gap == Gap::Line) || k == 0 {
                return false;
            }
            k -= 1;
            if self.toks.get(k).is_some_and(|t| t.kind == Kind::Punct('(')) {
                return k >= 1 && self.is_name_word(k - 1);
            }
        }
        false
    }

    /// A foreign name starting a sentence: a word with a capital that is no
    /// Vietnamese syllable and cannot lead a date or a number ("Mega 5.8
    /// sẽ được bán", "Windows 11 ra mắt"). Vietnamese words capitalized
    /// because they start the sentence ("Giá 5.000 đồng") are syllables.
    pub(super) fn is_foreign_name_starting(&self, i: usize) -> bool {
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

    /// True when the word at `k` is the lowercase second syllable of a
    /// name whose first syllable alone is capitalized, inside a sentence
    /// ("Nhi đồng", "Trung ương", "Á hậu", "Công ty"): the word before it
    /// has a capital first letter and no other, is no sentence start and
    /// cannot lead a number or a date; the word itself is no word that
    /// leads or joins a count or a year ("Malaysia là 131", "Lào thua
    /// 12").
    pub(super) fn is_compound_name(&self, k: usize) -> bool {
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

    /// True when the number at `i` ends the name of a military unit with
    /// words between the unit and the number: "Sư đoàn Không quân 372",
    /// "Trung đoàn bộ binh 2", "Lữ đoàn Không vận 173". Walking back over
    /// one to four words of a branch (`UNIT_BRANCH_WORDS`) or capitalized
    /// words, on the number's line, reaches a unit's two words
    /// (`UNIT_PAIRS`); right before the number they are `LABEL_PAIRS`.
    pub(super) fn ends_unit_name(&self, i: usize) -> bool {
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

    /// True when the words before the number at `i`, on its line, name
    /// the world war it numbers: "Thế chiến 2", "thời hậu Thế chiến 2",
    /// "Chiến tranh thế giới 2", "đại chiến thế giới 2". The number is the
    /// war's in its name, as "SEA Games 31" is the games', no count; "Thế
    /// chiến thứ 2" keeps its ordinal (the caller reads bare numbers
    /// only), and "thế giới 3 lần" (round the world three times) has no
    /// war before it (gen35 probe).
    pub(super) fn names_world_war(&self, i: usize) -> bool {
        let word = |back: usize| self.word_back_on_line(i, back);
        let is = |back: usize, w: &str| word(back).as_deref() == Some(w);
        let war_before = |back: usize| {
            (is(back + 1, "chiến") && is(back, "tranh"))
                || (is(back + 1, "đại") && is(back, "chiến"))
        };
        (is(2, "thế") && is(1, "chiến")) || (is(2, "thế") && is(1, "giới") && war_before(3))
    }

    /// True when the number at `i..j` names a project or a road body: "dự
    /// án" or "đường bộ" right before it, and after it the clause goes on
    /// (a mark, a capital, the end, "của", "được", "thì" …; see
    /// `Context::clause_goes_on`) or a verb or "và", "với" follows: "trồng
    /// rừng theo dự án 147 của Tỉnh", "thuộc dự án 865 (tên NATO …)",
    /// "Dự án 8 được triển khai", "Dự án 8 thực hiện tại …", "Ban quản lý
    /// dự án 7, Thanh tra đường bộ 4 và …", "Trung tâm Kỹ thuật đường bộ 1
    /// làm bên mời thầu", "Công ty CP QL&XD đường bộ 470, Khu QLĐB IV". A
    /// project's cost or size after it ("dự án 74 tỷ đồng", "dự án 30
    /// héc-ta") is read before this, and "dự án 600 trí thức trẻ" (a
    /// project named by a count of people) keeps its count (gen35 probe).
    pub(super) fn names_numbered_body(&self, i: usize, j: usize) -> bool {
        let word = |back: usize| self.word_back_on_line(i, back);
        let pair = (word(2), word(1));
        let body = matches!(
            (pair.0.as_deref(), pair.1.as_deref()),
            (Some("dự"), Some("án")) | (Some("đường"), Some("bộ"))
        );
        let spaced_next = self.toks.get(j).is_some_and(|t| t.gap == Gap::Space);
        let goes_on = spaced_next
            && self.word_at(j).is_some_and(|w| {
                matches!(
                    w.as_ref(),
                    "và" | "với" | "thực" | "triển" | "khởi" | "làm" | "gồm" | "nhằm"
                )
            });
        body && (self.clause_goes_on(j) || goes_on)
    }

    /// True when the word or words right before token `i` (same line)
    /// are "đường", "công viên" or "quảng trường".
    pub(super) fn place_named_after_day(&self, i: usize) -> bool {
        if i == 0 || self.toks.get(i).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        let w = |k: usize| self.word_before_on_line(k);
        match w(i).as_deref() {
            Some("đường") => true,
            Some("viên") => w(i - 1).is_some_and(|p| p == "công"),
            Some("trường") => w(i - 1).is_some_and(|p| p == "quảng"),
            _ => false,
        }
    }

    /// True when the day/month at token `i` names a school or a company
    /// after the day it honours: "Trường Tiểu học 19/5", "Trường THPT
    /// 19/5", "Trường Mầm non 1/6", "Công ty TNHH 26/3" (dt4 probe). The
    /// word before it is a school's level ("THPT", "THCS", "PTTH",
    /// "tiểu học", "mầm non") or a company's form ("TNHH"), which ends a
    /// name and never leads a date, as "đường" does
    /// ([`Self::place_named_after_day`]).
    pub(super) fn institution_named_after_day(&self, i: usize) -> bool {
        if i == 0 || self.toks.get(i).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        let w = |k: usize| self.word_before_on_line(k);
        match w(i).as_deref() {
            Some("thpt" | "thcs" | "ptth" | "ptcs" | "tnhh") => true,
            Some("học") => w(i - 1).is_some_and(|p| p == "tiểu"),
            Some("non") => w(i - 1).is_some_and(|p| p == "mầm"),
            _ => false,
        }
    }

    /// True when the day/month at token `i` is a house number after a
    /// word of residence: "ngụ 28/10, Ngô Thời Nhiệm", "trú tại 12/3
    /// đường …", "ngụ ở 5/7", "nhà số 4/5", "địa chỉ 9/10" (a street
    /// named after a day is `place_named_after_day`).
    pub(super) fn house_number_after_residence(&self, i: usize) -> bool {
        if i == 0 || self.toks.get(i).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        let w = |k: usize| self.word_before_on_line(k);
        let before = |p: &[&str]| w(i - 1).is_some_and(|b| p.contains(&b.as_ref()));
        match w(i).as_deref() {
            Some("ngụ" | "trú") => true,
            Some("tại" | "ở") => before(&["ngụ", "trú"]),
            Some("số") => before(&["nhà"]),
            Some("chỉ") => before(&["địa"]),
            _ => false,
        }
    }

    /// True when the word "ảnh" at token `k` opens a reference to a photo
    /// of a caption: right after "(" ("(ảnh 3, 4, 5)"), or written "Ảnh"
    /// after a dash or at the start of a line ("- Ảnh 2.").
    pub(super) fn names_a_photo(&self, k: usize) -> bool {
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
    /// True when the spelled number at token `i` is a rank of birth used
    /// as a title after a word of kinship (the prec14 probe): "thưa anh
    /// hai", "lên chức anh hai nên …", "ra dáng anh hai,", "“Anh hai ơi",
    /// "chị hai quan họ", "bà chị hai ấy", "mặc đồ bà ba là …": the
    /// eldest brother or sister, a name, no count. The number is followed
    /// by punctuation, the line's end or a word that goes on with the
    /// sentence ("ơi", "ấy", "nào", "quan", "nên", "và" …); a counted noun
    /// keeps the count ("Anh hai lần đoạt Quả bóng vàng", "Em và anh hai
    /// anh em", "bà ba học kỳ liên tiếp").
    pub(super) fn is_kinship_title(&self, i: usize) -> bool {
        let spelled = self.word_at(i).is_some_and(|w| is_birth_rank(&w));
        let kin = self.word_before(i).is_some_and(|w| is_kin_word(&w));
        if !spelled || !kin || self.toks.get(i).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        self.ends_or_goes_on_with(
            i + 1,
            &[
                "ơi", "ấy", "nào", "quan", "nên", "nhưng", "và", "thì", "là", "của", "với", "đã",
                "cũng", "vẫn", "đang", "sẽ", "bị", "được",
            ],
        )
    }
}

/// The words of a body or an administrative unit, which open no street's
/// name after a number: "30 Quận, huyện", "5 Sở, ngành" count them.
fn is_body_or_unit_word(raw: &str) -> bool {
    matches!(
        raw,
        "Bộ" | "Sở"
            | "Ban"
            | "Cục"
            | "Phòng"
            | "Quận"
            | "Phường"
            | "Huyện"
            | "Tỉnh"
            | "Xã"
            | "Thành"
            | "Thị"
            | "TP"
            | "Tp"
    )
}
