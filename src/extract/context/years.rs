//! Years: a bare four-digit number read as a year (`is_year`), a year
//! closing a quoted title or ending the name of a law, two years around a
//! dash.

use super::Context;
use super::labels::*;
use crate::lex::{Gap, Kind};

impl Context<'_> {
    /// True when the bare year at `i` closes a quoted title ("Hội chợ
    /// “Sách hè 2013”", "“Năm Kỷ cương hành chính 2017”"): a closing quote
    /// glued after it (`j`), and an opening one at most twelve tokens
    /// before it on its line, with no full stop between.
    pub(super) fn ends_title(&self, i: usize, j: usize) -> bool {
        // "“… làm từ 2013”": a year lead makes it the year in a quotation,
        // but for a season named in the title ("“Sách hè 2013”").
        let lead = self.word_before(i).is_some_and(|w| is_year_lead(&w));
        if lead && !self.season_in_title(i) {
            return false;
        }
        self.closes_quotation(i, j)
    }

    /// True when the season word before the bare year at `i` follows a
    /// lowercase word of a title that is no lead of its own: "Hội chợ
    /// “Sách hè 2013”" names a fair (gen55 probe). "“… từ hè 2013”",
    /// "“mùa hè 2013”" (after a year lead or "mùa") keep the year.
    pub(super) fn season_in_title(&self, i: usize) -> bool {
        let season = self.word_before(i).is_some_and(|w| is_title_season(&w));
        season
            && i.checked_sub(2)
                .and_then(|k| self.word_at(k))
                .is_some_and(|w| !is_year_lead(&w) && !is_count_lead(&w) && w != "mùa")
    }

    /// True when the bare year at `i` is glued to a closing quote (`j`)
    /// and an opening one stands at most twelve tokens before it on its
    /// line, with no full stop between.
    fn closes_quotation(&self, i: usize, j: usize) -> bool {
        let closes = self
            .toks
            .get(j)
            .is_some_and(|t| t.gap == Gap::None && matches!(t.kind, Kind::Punct('”' | '"' | '»')));
        if !closes {
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
        // "Hội chợ “Sách hè 2013”": the year of a fair's quoted name.
        if self.season_in_title(i) && self.closes_quotation(i, j) {
            return false;
        }
        if prev.as_ref().is_some_and(|w| is_year_lead(w))
            || self.after_phase(i)
            || self.after_lunar_year_name(i)
            || self.after_crop_season(i)
            || self.after_new_year(i)
            || self.after_feast(i)
        {
            return true;
        }
        if prev.as_ref().is_some_and(|w| is_count_lead(w)) {
            return false;
        }
        if self.pageant_edition(i) {
            return false;
        }
        if self.before_yearly_change(i, j) {
            return true;
        }
        // "Năm 2011, 2012 anh đạt …", "các năm 2014, 2015 do giá lợn
        // cao", "năm 2002, 2007 (lượt đi, lượt về)": a year after a year
        // and a comma, "và" or "hoặc" on the same line, a list of years
        // (the prec13 probe).
        let year_at = |k: usize| {
            matches!(self.toks.get(k).map(|t| t.kind),
                Some(Kind::Num { value, len: 4 }) if (1900..=2100).contains(&value))
        };
        let joined = i >= 2
            && first.is_some_and(|t| t.gap == Gap::Space)
            && self.toks.get(i - 1).is_some_and(|t| {
                t.gap != Gap::Line
                    && (t.kind == Kind::Punct(',')
                        || self
                            .word(t)
                            .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc")))
            })
            && year_at(i - 2)
            && self.toks.get(i - 2).is_some_and(|t| t.gap != Gap::Line);
        if year_at(i) && joined {
            return true;
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

    /// True when the token at `i` (alone in its candidate, ending at `j`)
    /// is four digits from 1900 to 2100 written with no thousands dot, on
    /// the line of the word before it, and that word is no count lead
    /// ("đạt 2015", "có 2000 phiếu", "cùng 1953 thí sinh"), nor does it
    /// open a clause before a lowercase word ("; 2000 luật sư"): the shape of a year that a count
    /// rarely takes (counts of thousands are written "2.000"), so that the
    /// caller may leave it out when no year reading took it and no counted
    /// noun follows (num21 probe).
    pub(super) fn is_year_shaped_count(&self, i: usize, j: usize) -> bool {
        let shaped = self.toks.get(i).is_some_and(|t| {
            matches!(
                t.kind,
                Kind::Num {
                    value: 1900..=2100,
                    len: 4
                }
            ) && self.raw(t).bytes().all(|b| b.is_ascii_digit())
        });
        let glued_after = self
            .toks
            .get(j)
            .is_some_and(|t| t.gap == Gap::None && !matches!(t.kind, Kind::Punct(_)));
        let on_line = self.toks.get(i).is_some_and(|t| t.gap != Gap::Line);
        let prev = i.checked_sub(1).filter(|_| on_line);
        // "cùng 1953 thí sinh" (with 1953 candidates), "với 2000 người":
        // a count after a word of company, as after a count word.
        let lead = prev
            .and_then(|k| self.word_at(k))
            .is_some_and(|w| is_count_lead(&w) || matches!(w.as_ref(), "cùng" | "với"));
        // "; 2000 luật sư đã ký": a number opening a clause before a
        // lowercase word may count what follows; only a name's year is
        // left out, after a word ("mẫu 2012 hút mắt").
        let opens_clause = prev.is_none_or(|k| {
            matches!(
                self.toks.get(k).map(|t| t.kind),
                Some(Kind::Punct(
                    '.' | ';' | ':' | ',' | '(' | '-' | '–' | '—' | '!' | '?' | '“' | '"'
                ))
            )
        });
        let lowercase_after = self.toks.get(j).is_some_and(|t| {
            t.gap == Gap::Space && matches!(t.kind, Kind::Word { capital: false, .. })
        });
        let may_count = opens_clause && lowercase_after;
        shaped && !glued_after && !lead && !may_count
    }

    /// True when the token at `i` follows "giai đoạn" (a phase) on the
    /// same line: "như giai đoạn 2002", "Giai đoạn 2008 (tức là sau khi
    /// gia nhập WTO)": a phase named by its year (date12 probe). Not
    /// before a dash: "giai đoạn 2011- đầu 2013", "giai đoạn 2016 – nửa
    /// đầu 2020" are ranges whose end the grammar does not read, and
    /// their first year alone would be half the span.
    pub(super) fn after_phase(&self, i: usize) -> bool {
        let dash_after = self.dash_after(i);
        let word = |k: usize| {
            self.toks
                .get(k + 1)
                .filter(|t| t.gap == Gap::Space)
                .and_then(|_| self.word_at(k))
        };
        i >= 2
            && !dash_after
            && word(i - 1).as_deref() == Some("đoạn")
            && word(i - 2).as_deref() == Some("giai")
    }

    /// True when the token at `i` is a year that follows "kỳ" (or "kì")
    /// on the same line: "Tại kỳ 2019", "vòng bảng kỳ 2022", "sau các kỳ
    /// 2008 và 2018": the edition of a tournament or an event named by its
    /// year, as "cùng kỳ 2012" names a period by it (opened twenty-second
    /// blind set). "kỳ 3" (an instalment) stays a label: the caller asks
    /// only for a number of four digits from 1900 to 2100. Not before a
    /// dash, as for a phase.
    pub(super) fn after_edition(&self, i: usize) -> bool {
        !self.dash_after(i)
            && i >= 1
            && self.toks.get(i).is_some_and(|t| t.gap == Gap::Space)
            && self
                .word_at(i - 1)
                .is_some_and(|w| matches!(w.as_ref(), "kỳ" | "kì"))
    }

    /// True when the token at `i` follows "năm mới" (the new year) on the
    /// same line, spaced: "trong năm mới 2017 trước khi", "ngày đầu năm
    /// mới 2017 tại một hộp đêm", "dịp năm mới 2017 ở chợ cá": the year
    /// the new year is, as "năm ngoái 2012" names last year by its number
    /// (gen27 probe). "mới" alone leads no year ("mẫu xe mới 2013" may be
    /// a model's name), so the two words are asked together. Not before a
    /// dash, as for a phase.
    pub(super) fn after_new_year(&self, i: usize) -> bool {
        let spaced = |k: usize| self.toks.get(k).is_some_and(|t| t.gap == Gap::Space);
        i >= 2
            && !self.dash_after(i)
            && spaced(i)
            && spaced(i - 1)
            && self.word_at(i - 1).is_some_and(|w| w == "mới")
            && self.word_at(i - 2).is_some_and(|w| w == "năm")
    }

    /// True when the number at `i` is four digits from 1900 to 2100 and
    /// the token at `j` after it is "tăng" or "giảm" (rose, fell), spaced,
    /// then a percentage: "(2010 tăng 4,08%; 2011 tăng 3,35%; 2012 tăng
    /// 2,81%)", "năm 2013 sẽ tăng 3,25%; 2014 tăng 4%": a year's change,
    /// the year listed without "năm" (gen28 probe). A count so written
    /// ("2000 tăng 5%") is not met in the corpus; a count lead before it
    /// is asked first.
    pub(super) fn before_yearly_change(&self, i: usize, j: usize) -> bool {
        let year = matches!(
            self.toks.get(i).map(|t| t.kind),
            Some(Kind::Num {
                value: 1900..=2100,
                len: 4
            })
        );
        let Some(t) = self.toks.get(j).filter(|t| t.gap == Gap::Space) else {
            return false;
        };
        let change = self
            .word(t)
            .is_some_and(|w| matches!(w.as_ref(), "tăng" | "giảm"));
        year && change && percent_ahead(self.text.get(t.end..).unwrap_or(""))
    }

    /// True when a dash follows the token at `i` (glued or spaced): the
    /// year there opens a range, not a year alone.
    fn dash_after(&self, i: usize) -> bool {
        self.toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–' | '—')))
    }

    /// True when the token at `i` follows the name of a lunar year, a
    /// heavenly stem and an earthly branch on the same line: "Tết Đinh Dậu
    /// 2017", "Nguyên đán Quý Tỵ 2013", "năm Giáp Ngọ 2014" (where the
    /// dates grammar takes "năm" and the name into the year's span:
    /// `Grammar::year_after_cyclic_name`, gen43 probe).
    pub(super) fn after_lunar_year_name(&self, i: usize) -> bool {
        let (Some(branch), Some(stem)) = (i.checked_sub(1), i.checked_sub(2)) else {
            return false;
        };
        let spaced = |k: usize| self.toks.get(k).is_some_and(|t| t.gap == Gap::Space);
        spaced(i)
            && spaced(branch)
            && self
                .word_at(branch)
                .is_some_and(|w| crate::time::is_earthly_branch(&w))
            && self
                .word_at(stem)
                .is_some_and(|w| crate::time::is_heavenly_stem(&w))
    }

    /// True when the token at `i` follows the name of a feast of one day
    /// a year whose year it is: "mùa Valentine 2017", "vào Noel 2012",
    /// "ngày lễ Noel 2016", "Halloween 2016", and the God of Wealth's day
    /// ([`Self::after_wealth_god_day`]). The year is the date, as a
    /// festival's is ("dịp Tết 2017", the opening of the thirtieth blind
    /// set), though the feast's name is capitalized as a name's (gen45
    /// probe).
    pub(super) fn after_feast(&self, i: usize) -> bool {
        let western = i >= 1
            && self.toks.get(i).is_some_and(|t| t.gap == Gap::Space)
            && self
                .word_at(i - 1)
                .is_some_and(|w| matches!(w.as_ref(), "valentine" | "noel" | "halloween"));
        western || self.after_wealth_god_day(i)
    }

    /// True when the token at `i` closes a beauty contest's name: "Hoa
    /// khôi Sinh viên thanh lịch 2024", "Nữ hoàng doanh nhân 2015", "Hoa
    /// khôi người đẹp xứ dừa 2012". The title that opens the name ("hoa
    /// hậu", "hoa khôi", "á hậu", "á khôi", "người đẹp", "nữ hoàng") stands
    /// at most seven words back, with nothing but words between, spaced,
    /// on the line. The year is the edition's, part of the name as "Hoa
    /// hậu Việt Nam 2024" is ("hoa hậu khuyết tật 2013": CONVENTIONS.md,
    /// num21), though lowercase words before it and a stop after it would
    /// make it a date (the blind34 opening, aj051). "Á hậu sinh năm
    /// 1993" keeps its year ("năm" leads it).
    pub(super) fn pageant_edition(&self, i: usize) -> bool {
        let spaced = |k: usize| self.toks.get(k).is_some_and(|t| t.gap == Gap::Space);
        if !spaced(i) {
            return false;
        }
        for (k, _) in self.back_on_line(i).take(8) {
            let Some(w) = self.word_at(k) else {
                return false;
            };
            if w == "năm" {
                return false;
            }
            if self
                .word_before_on_line(k)
                .is_some_and(|first| is_pageant_title(&first, &w))
            {
                return k + 1 < i;
            }
            if !spaced(k) {
                return false;
            }
        }
        false
    }

    /// True when the token at `i` follows "Thần Tài" (the God of Wealth)
    /// after "ngày" or "vía", on the same line: "ngày Thần Tài 2016",
    /// "ngày vía Thần Tài 2017", "dịp Ngày Thần tài 2017". The feast (the
    /// tenth day of the lunar year) is no name's part: the year is its
    /// date, as a festival's is ("dịp Tết 2017"; the dev set's p095 reads
    /// it so; gen45 probe). "sản phẩm mỹ nghệ Thần tài 2017" (a line of
    /// goods named for the god) has neither word and keeps its year out.
    pub(super) fn after_wealth_god_day(&self, i: usize) -> bool {
        i >= 3
            && self.toks.get(i).is_some_and(|t| t.gap == Gap::Space)
            && self.spaced_word_at(i - 1).is_some_and(|w| w == "tài")
            && self.spaced_word_at(i - 2).is_some_and(|w| w == "thần")
            && self
                .word_at(i - 3)
                .is_some_and(|w| matches!(w.as_ref(), "ngày" | "vía"))
    }

    /// True when the token at `i` follows the name of a rice crop's season
    /// after "vụ" (crop) or "lúa" (rice), on the same line: "vụ Hè Thu
    /// 2013", "lúa Đông Xuân 2016 - 2017", "vụ lúa ĐX 2012 - 2013", "vụ
    /// HT 2012" (ĐX, HT, TĐ: the initials of Đông Xuân, Hè Thu, Thu
    /// Đông), and one season alone, "vụ Xuân 2017", "vụ Mùa 2012". The
    /// year is the season's, no part of a name; the capitals are the
    /// season's (tenth date probe; the single season, twenty-fifth blind
    /// set).
    pub(super) fn after_crop_season(&self, i: usize) -> bool {
        let word = |k: usize| self.spaced_word_at(k);
        let Some(last) = i.checked_sub(1).and_then(word) else {
            return false;
        };
        let head = match last.as_ref() {
            "đx" | "ht" | "tđ" => i.checked_sub(2),
            "xuân" | "thu" | "đông" | "hè" | "mùa" | "chiêm" => {
                let first = i.checked_sub(2).and_then(word);
                let pair = matches!(
                    (first.as_deref(), last.as_ref()),
                    (Some("đông"), "xuân")
                        | (Some("hè"), "thu")
                        | (Some("thu"), "đông")
                        | (Some("xuân"), "hè")
                );
                // One season alone: "vụ Xuân 2017", "vụ Mùa 2012"
                // (twenty-fifth blind set).
                if pair {
                    i.checked_sub(3)
                } else {
                    i.checked_sub(2)
                }
            }
            _ => return false,
        };
        head.and_then(|k| self.word_at(k))
            .is_some_and(|w| matches!(w.as_ref(), "vụ" | "lúa"))
    }

    /// True when tokens `i..j` are two years of four digits (1900–2100)
    /// around a dash: "2012 -2013".
    pub(super) fn years_apart(&self, i: usize, j: usize) -> bool {
        let year = |k: usize| {
            matches!(self.toks.get(k).map(|t| t.kind),
                Some(Kind::Num { value, len: 4 }) if (1900..=2100).contains(&value))
        };
        j == i + 3 && year(i) && year(i + 2)
    }

    /// True when the two words of scope before the year at token `i`
    /// ("Quốc gia", "Thế giới") open with a capital, so that they end the
    /// name of a competition: "Cup Quốc gia 2023-2024", "bán kết Siêu cup
    /// Quốc gia 2024-2025", "giải hạng Nhất Quốc gia 2024/25". A season
    /// there is part of the name, as a single year is ("Cup Quốc gia
    /// 2024") and as "V-League 2023-2024" is (CONVENTIONS.md, "What is not
    /// an entity"). A lowercase scope may close a period of a plan or an
    /// exam's school year ("chương trình mục tiêu quốc gia 2016-2020", "kỳ
    /// thi học sinh giỏi quốc gia 2016-2017"), which stays a date (gen31
    /// probe). A capital that only opens a sentence names nothing.
    pub(super) fn capitalized_scope(&self, i: usize) -> bool {
        i >= 2
            && self
                .toks
                .get(i - 2)
                .is_some_and(|t| self.raw(t).starts_with(char::is_uppercase))
            && !self.sentence_start(i - 2)
    }

    /// True when the number at token `i` is a year in the name of a law:
    /// "Hiến pháp 2013", "Luật Đất đai 2013", "Luật Nhà ở 2006", "Bộ luật
    /// Hình sự 2015", "đạo luật 1917", "Pháp lệnh 2001"; a report's too
    /// ("Báo cáo tài chính 2012"). Four digits
    /// (1900–2100), and walking back over at most eight words on the same
    /// line reaches "luật", "hiến pháp" or "pháp lệnh". A word on the way
    /// that leads a year or a count or ends a clause ("của", "theo",
    /// "năm") means the year is not the name's, unless the name is marked
    /// as one: "Luật" before a capital, "Bộ luật", "đạo luật", or "Hiến
    /// pháp" right before the year. "luật sư" (lawyers) names no law. With
    /// the lead word "năm" ("Hiến pháp năm 1992") the year is a date, and
    /// no bare candidate.
    pub(super) fn is_law_year(&self, i: usize) -> bool {
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
            let before = self.word_before(prev);
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
            // "Báo cáo tài chính 2012", "Báo cáo thẻ điểm quản trị công ty
            // 2012": the year that ends a report's name ("báo cáo năm 2012"
            // is a date).
            if before == Some("báo") && w == "cáo" {
                return !crossed_a_stop;
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
}

/// True when `word` is a season that may name a title's edition:
/// "hè", "xuân", "thu", "đông".
fn is_title_season(word: &str) -> bool {
    matches!(word, "hè" | "xuân" | "thu" | "đông")
}

/// True when `rest` opens with a space, a number of at most twelve
/// digits, dots and commas, and "%" glued or after one space: " 4,08%",
/// " 4 %". Looks at a bounded prefix only.
fn percent_ahead(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let n = r
        .bytes()
        .take(13)
        .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
        .count();
    let after = r.get(n..).unwrap_or("");
    (1..=12).contains(&n)
        && r.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && (after.starts_with('%') || after.starts_with(" %"))
}

/// True when the words `first` and `second` (folded) name a beauty
/// contest's title: "hoa hậu", "hoa khôi", "á hậu", "á khôi", "người
/// đẹp", "nữ hoàng" ([`Context::pageant_edition`]).
fn is_pageant_title(first: &str, second: &str) -> bool {
    matches!(
        (first, second),
        ("hoa" | "á", "hậu" | "khôi") | ("người", "đẹp") | ("nữ", "hoàng")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::context::ask_at_first;
    use crate::lex::Token;

    /// Whether the first four-digit number of `text` is a season's year
    /// inside a title (`Context::season_in_title`).
    fn season_in_title(text: &str) -> bool {
        ask_at_first(text, is_year_token, |c, k| c.season_in_title(k))
    }

    fn is_year_token(t: &Token) -> bool {
        matches!(t.kind, Kind::Num { len: 4, .. })
    }

    #[test]
    fn a_year_closing_a_beauty_contests_name_is_its_edition() {
        let edition = |text: &str| ask_at_first(text, is_year_token, |c, k| c.pageant_edition(k));
        assert!(edition("Hoa khôi Sinh viên thanh lịch 2024, cô"));
        assert!(edition("đoạt Nữ hoàng doanh nhân 2015."));
        assert!(edition("Á hậu Việt Nam 2012"));
        // "năm" leads the year, the title stands alone, or too far back.
        assert!(!edition("Á hậu sinh năm 1993"));
        assert!(!edition("Người đẹp 2013"));
        assert!(!edition("Hoa hậu, người mẫu và ca sĩ 2013"));
        assert!(!edition("Hoa hậu một hai ba bốn năm sáu bảy tám 2013"));
        assert!(!edition("Hoa hậu\nViệt Nam 2012"));
    }

    #[test]
    fn a_season_after_a_titles_word_names_an_edition() {
        assert!(is_title_season("hè"));
        assert!(!is_title_season("mùa"));
        assert!(season_in_title("Hội chợ “Sách hè 2013”"));
        assert!(!season_in_title("“Tôi làm từ hè 2013”"));
        assert!(!season_in_title("“Mùa hè 2013”"));
        assert!(!season_in_title("Hội chợ 2013"));
    }
}
