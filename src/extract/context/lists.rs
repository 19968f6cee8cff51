//! Lists: a rank in a list whose first item wrote "thứ", the numbers of
//! a list's items ("3. Quản trị", "1- Phiên dịch"), the items of a list
//! after a label ("QL 1A, 45, 47").

use super::Context;
use super::labels::*;
use crate::lex::{Gap, Kind};

/// Whose place a "là N" gives ([`Context::is_rank_without_thu`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    /// "vị trí của X", "thứ hạng của X": a place in a ranking.
    Ranking,
    /// "trong khi của Y", "còn của Y": a second owner, whose "của" stands
    /// at this token.
    Contrast(usize),
}

impl Context<'_> {
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

    /// True when the spelled number at token `i` marks an item of a list
    /// counted in words: "một là nói sự thật, hai là không nói gì", "Một
    /// là Đạo, hai là Thiên, ba là Địa". The word ("hai" to "mười") stands
    /// alone before "là" at a clause's start (a sentence's, or after ",",
    /// ";", "và", "hoặc"), and "một là" opened a clause within the 80
    /// tokens before it on the same line. "cả hai là đồng tác giả" (both)
    /// and "còn ba là nhập tịch" (three others) stay counts: "cả" and
    /// "còn" open no item.
    pub(super) fn is_spelled_item(&self, i: usize) -> bool {
        let is_la = |k: usize| {
            self.toks.get(k).is_some_and(|t| t.gap == Gap::Space)
                && self.word_at(k).is_some_and(|w| w == "là")
        };
        let opens_clause = |k: usize| {
            self.sentence_start(k)
                || k.checked_sub(1).is_some_and(|p| {
                    matches!(
                        self.toks.get(p).map(|t| t.kind),
                        Some(Kind::Punct(',' | ';'))
                    ) || self
                        .word_at(p)
                        .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc"))
                })
        };
        let spelled = self.spelled_value(i).is_some_and(|v| v >= 2);
        if !spelled || !is_la(i + 1) || !opens_clause(i) {
            return false;
        }
        let mut k = i;
        for _ in 0..80 {
            if self.toks.get(k).is_none_or(|t| t.gap == Gap::Line) {
                return false;
            }
            let Some(prev) = k.checked_sub(1) else {
                return false;
            };
            k = prev;
            if self.word_at(k).is_some_and(|w| w == "một") && is_la(k + 1) && opens_clause(k) {
                return true;
            }
        }
        false
    }

    /// True when the spelled unit at token `i` is no count of its own once
    /// "năm" and a plain unit no longer pair (`words.rs`): "sinh viên năm
    /// hai", "lên năm ba", "năm nhất và năm hai" (a year of study, a label);
    /// "năm bảy phòng", "năm bảy lá gan" (five or seven, a vague amount);
    /// the first of a doubled "hai" ("hai hai ngư dân", a typo: one two;
    /// "chín chín" is 99).
    pub(super) fn is_unpaired_unit(&self, i: usize) -> bool {
        let Some(w) = self.word_at(i) else {
            return false;
        };
        let spaced = |k: usize| self.toks.get(k).is_some_and(|t| t.gap == Gap::Space);
        if spaced(i + 1) && w == "hai" && self.word_at(i + 1).is_some_and(|n| n == w) {
            return true;
        }
        let after_nam = i >= 1 && spaced(i) && self.word_at(i - 1).is_some_and(|p| p == "năm");
        if !after_nam {
            return false;
        }
        if w == "bảy" {
            return true;
        }
        // A year of study: "sinh viên năm hai", "lên năm ba", "năm nhất và
        // năm hai".
        matches!(w.as_ref(), "hai" | "ba" | "tư" | "bốn")
            && i >= 2
            && self.word_at(i - 2).is_some_and(|p| match p.as_ref() {
                "viên" | "lên" | "học" => true,
                "và" => self
                    .word_at(i.wrapping_sub(3))
                    .is_some_and(|q| matches!(q.as_ref(), "nhất" | "hai" | "ba")),
                _ => false,
            })
    }

    /// True when the spelled unit at token `i` is the second of a vague
    /// pair (the prec14 probe): "một hai" or "một, hai" (one or two: "chỉ
    /// cần một hai thao tác", "đá một, hai trận") and "dăm bảy" or "dăm,
    /// bảy" (five or seven, a few: "dăm bảy chiếc điếu", "chỉ có dăm, bảy
    /// hành khách") count nothing, as "hai ba người" and "năm bảy phòng"
    /// already count nothing. "một" that ends a label ("hiệp một, hai đội",
    /// "giai đoạn một, tám đội", "set một"), a clause ("gộp lại làm một,
    /// hai hãng …") or follows a qualifier ("tầm một, hai mâm", a list of
    /// counts) opens no pair.
    pub(super) fn is_vague_pair(&self, i: usize) -> bool {
        let Some(w) = self.word_at(i) else {
            return false;
        };
        let first = match w.as_ref() {
            "hai" => "một",
            "bảy" => "dăm",
            _ => return false,
        };
        let spaced = |k: usize| self.toks.get(k).is_some_and(|t| t.gap == Gap::Space);
        if !spaced(i) {
            return false;
        }
        // The first word right before, or before a comma glued to it.
        let comma = i >= 1
            && self
                .toks
                .get(i - 1)
                .is_some_and(|t| t.kind == Kind::Punct(',') && t.gap == Gap::None);
        let k = if comma {
            i.wrapping_sub(2)
        } else {
            i.wrapping_sub(1)
        };
        if self.word_at(k).is_none_or(|f| f != first) {
            return false;
        }
        if first == "dăm" {
            return true;
        }
        // "hiệp một", "giai đoạn một", "set một", "năm một": "một" ends a
        // label and the count after it is a count of its own.
        let label = self.word_before(k).is_some_and(|b| {
            matches!(
                b.as_ref(),
                "hiệp"
                    | "đoạn"
                    | "set"
                    | "vòng"
                    | "lượt"
                    | "đợt"
                    | "kỳ"
                    | "phần"
                    | "chương"
                    | "tập"
                    | "bảng"
                    | "nhóm"
                    | "khóa"
                    | "loại"
                    | "năm"
                    | "lớp"
                    | "số"
                    | "tầng"
                    | "mùa"
                    | "ván"
                    | "hạng"
                    | "cấp"
                    | "bước"
                    | "thứ"
                    | "đội"
                    // "tầm một, hai mâm" (about one, two: a list of counts
                    // the qualifier opens); "gộp hai kỳ thi làm một, hai
                    // hãng …" (into one: a count ending its clause).
                    | "tầm"
                    | "khoảng"
                    | "chừng"
                    | "độ"
                    | "cỡ"
                    | "gần"
                    | "làm"
                    | "thành"
            )
        });
        !label
    }

    /// True when the bare number at `start..end` is an item of a list of
    /// ranks after "thứ" (the prec14 probe): "xếp thứ 4 và 5 ở mỗi bảng",
    /// "lần lượt đứng thứ 4, 5 và 10", "các kỳ họp lần thứ 25, 26, 27",
    /// "xếp thứ năm, ba, tám và sáu ở K1": writers drop "thứ" after the
    /// first item, as they write a unit once. The number stands alone,
    /// after "," or "và", "hoặc", "hay", in a chain of such items back to
    /// "thứ N"; no counted noun follows it (punctuation, the line's end or
    /// a word of a phrase going on: "ở", "trong", "từ", "châu" …), so "đứng
    /// thứ ba và 6 điểm", "ba đội đứng thứ nhất, ba đội" keep their counts.
    /// Weekdays ("các ngày thứ 2, 5 và thứ 7", "tối thứ 3, 6") are left:
    /// "thứ" after a word of days or of a part of the day.
    pub(crate) fn is_rank_after_thu(&self, start: usize, end: usize) -> bool {
        let i = self.index(start);
        let j = self.index_from(i, end);
        if j != i + 1 {
            return false;
        }
        let spelled_rank = |k: usize| {
            self.spelled_value(k).is_some_and(|v| v >= 2)
                || self
                    .word_at(k)
                    .is_some_and(|w| matches!(w.as_ref(), "nhất" | "nhì"))
        };
        let item = |k: usize| {
            matches!(
                self.toks.get(k).map(|t| t.kind),
                Some(Kind::Num { len: 1..=2, .. })
            ) || spelled_rank(k)
        };
        let sep = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                (t.kind == Kind::Punct(',') && t.gap == Gap::None)
                    || (t.gap == Gap::Space
                        && self
                            .word_at(k)
                            .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc" | "hay")))
            })
        };
        if !item(i) || self.toks.get(i).is_none_or(|t| t.gap == Gap::Line) {
            return false;
        }
        // What follows: punctuation, the line's end, or a word that goes
        // on with the phrase, not a counted noun.
        let goes_on = self.ends_or_goes_on_with(
            j,
            &[
                "và", "hoặc", "hay", "ở", "tại", "trong", "từ", "châu", "trên", "của", "với",
                "sau", "thuộc", "là", "cùng", "khi", "nhưng", "còn", "thế",
            ],
        );
        if !goes_on {
            return false;
        }
        let mut k = i;
        for _ in 0..12 {
            if k < 2 || !sep(k - 1) || !item(k - 2) {
                return false;
            }
            let head = k - 2;
            let Some(before) = head.checked_sub(1) else {
                return false;
            };
            if self.toks.get(head).is_some_and(|t| t.gap == Gap::Line) {
                return false;
            }
            if self.word_at(before).is_some_and(|w| w == "thứ")
                && self.toks.get(head).is_some_and(|t| t.gap == Gap::Space)
            {
                // "các ngày thứ 2, 5", "tối thứ 3, 6": weekdays.
                let day = self
                    .word_before(before)
                    .is_some_and(|b| is_weekday_lead(&b));
                return !day;
            }
            k = head;
        }
        false
    }

    /// True when the bare number at `start..end` is a place in a ranking
    /// written without "thứ" (num20 probe): after "đứng" (stands) and
    /// before "thế giới", "châu", "FIFA", "với", "vào" or punctuation
    /// ("vươn lên đứng 114 thế giới", "Việt Nam đang đứng 109 với 1183,83
    /// điểm", "kể từ khi đứng 119 vào tháng 10"), or after "là" in "vị
    /// trí của X là N", "thứ hạng của X là N" ("Vị trí của Việt Nam là
    /// 115"). A counted noun or a unit after the number keeps the count
    /// ("đứng 2 tiếng", "đứng 3 người").
    pub(crate) fn is_rank_without_thu(&self, start: usize, end: usize) -> bool {
        let i = self.index(start);
        let j = self.index_from(i, end);
        let digits = matches!(
            self.toks.get(i).map(|t| t.kind),
            Some(Kind::Num { len: 1..=4, .. })
        );
        if j != i + 1 || !digits || self.toks.get(i).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        let placed_after = self
            .ends_or_goes_on_with(j, &["thế", "châu", "với", "vào", "trên", "trong"])
            || self.ranking_body_at(j);
        let Some(before) = self.word_before(i) else {
            return false;
        };
        if before == "đứng" {
            return placed_after;
        }
        // "xếp 200 thế giới", "rơi xuống 113 thế giới", "tiến tám bậc, lên
        // 134 thế giới": a verb of rank or of moving in one before a
        // place in a world or continental ranking (twenty-eighth blind set,
        // ad096); "lên 5 châu lục" counts continents.
        if matches!(before.as_ref(), "xếp" | "lên" | "xuống" | "tụt") {
            return self.world_or_continent_ranking_at(j);
        }
        if before == "trí" && self.word_before(i - 1).is_some_and(|w| w == "vị") {
            return self.is_place_after_vi_tri(i, j);
        }
        if before != "là" || !self.ends_or_goes_on_with(j, &["trong", "và", "còn", "thì"]) {
            return false;
        }
        match self.owner_before_la(i) {
            Some(Owner::Ranking) => true,
            // "…, trong khi của Thái Lan là 101": the second country's
            // place, after a first read so in the same sentence.
            Some(Owner::Contrast(p)) => (p.saturating_sub(12)..p).any(|m| {
                matches!(self.toks.get(m).map(|t| t.kind), Some(Kind::Num { .. }))
                    && self.word_before(m).is_some_and(|w| w == "là")
                    && self.owner_before_la(m) == Some(Owner::Ranking)
            }),
            None => false,
        }
    }

    /// True when a world or continental ranking is named at token `j`:
    /// "thế giới", "châu Á" (Âu, Phi, Mỹ), "FIFA", "ATP", "WTA".
    fn world_or_continent_ranking_at(&self, j: usize) -> bool {
        let word = |k: usize| self.word_at(k);
        let world = word(j).is_some_and(|w| w == "thế") && word(j + 1).is_some_and(|w| w == "giới");
        let continent = word(j).is_some_and(|w| w == "châu")
            && word(j + 1).is_some_and(|w| matches!(w.as_ref(), "á" | "âu" | "phi" | "mỹ"));
        world || continent || self.ranking_body_at(j)
    }

    /// True when the body that ranks ("FIFA", "ATP", "WTA") stands at
    /// token `j`, a space before it: "đứng 114 FIFA", "xếp 40 WTA".
    fn ranking_body_at(&self, j: usize) -> bool {
        self.toks
            .get(j)
            .is_some_and(|t| t.gap == Gap::Space && matches!(self.raw(t), "FIFA" | "ATP" | "WTA"))
    }

    /// True when the bare number at token `i` (ending before `j`), right
    /// after "vị trí" (a place), is a place in a ranking: "đang ở vị trí
    /// 70", "Việt Nam chỉ đứng vị trí 130", "leo lên vị trí 58 thế giới",
    /// "từ vị trí 47 tụt xuống vị trí 68", "(vị trí 1580 trên thế giới)"
    /// (gen32 probe). The fourth set's x158 and the twenty-fourth's i039
    /// read it an ordinal, and every bare "vị trí N" of the corpus but a
    /// few is one; "vị trí số 1" (with "số") stays a label, as the sets
    /// read it. Not "vị trí 1" (in the corpus a class of land in a price
    /// table, "đất ở vị trí 1"), a ratio or a list ("vị trí 12/14", "vị
    /// trí 4,5,6": a comma or a slash glued after it) or a count of
    /// people ("xác định vị trí 4 nạn nhân": where four victims are).
    fn is_place_after_vi_tri(&self, i: usize, j: usize) -> bool {
        let one = self.toks.get(i).is_some_and(|t| self.raw(t) == "1");
        let glued = self
            .toks
            .get(j)
            .is_some_and(|t| t.gap == Gap::None && matches!(t.kind, Kind::Punct(',' | '/' | '.')));
        let glued = glued
            && self
                .toks
                .get(j + 1)
                .is_some_and(|t| t.gap == Gap::None && matches!(t.kind, Kind::Num { .. }));
        let people = self
            .word_at(j)
            .is_some_and(|w| matches!(w.as_ref(), "nạn" | "người" | "thi"));
        !one && !glued && !people
    }

    /// What "của" names a few words before the "là" right before the
    /// number at token `i`, on its clause: a ranking ("vị trí của", "thứ
    /// hạng của"), or the contrast of a second owner ("trong khi của",
    /// "còn của", with the token where "của" stands).
    fn owner_before_la(&self, i: usize) -> Option<Owner> {
        let mut k = i.checked_sub(1)?;
        for _ in 0..6 {
            let p = k.checked_sub(1)?;
            let t = self.toks.get(p)?;
            if matches!(t.kind, Kind::Punct(_)) {
                return None;
            }
            if self.word_at(p).is_some_and(|w| w == "của") {
                let w1 = p.checked_sub(1).and_then(|q| self.word_at(q));
                let w2 = p.checked_sub(2).and_then(|q| self.word_at(q));
                return match (w2.as_deref(), w1.as_deref()) {
                    (Some("vị"), Some("trí")) | (Some("thứ"), Some("hạng")) => {
                        Some(Owner::Ranking)
                    }
                    (Some("trong"), Some("khi")) | (_, Some("còn")) => Some(Owner::Contrast(p)),
                    _ => None,
                };
            }
            if t.gap == Gap::Line {
                return None;
            }
            k = p;
        }
        None
    }

    /// True when the digits at token `i` are the minutes' or the seconds'
    /// part of a race time or an angle written with primes: "3’53”83" (3
    /// minutes 53.83 seconds), "kinh độ 109027’42” Đông" (a crawler lost
    /// the degree sign). The digits are glued after a prime that is glued
    /// after digits, or after a double prime that closes such a pair.
    pub(super) fn is_prime_part(&self, i: usize) -> bool {
        let glued = |k: usize| self.toks.get(k).is_some_and(|t| t.gap == Gap::None);
        let kind = |k: usize| self.toks.get(k).map(|t| t.kind);
        let digits = |k: usize| matches!(kind(k), Some(Kind::Num { .. }));
        let prime = |k: usize| matches!(kind(k), Some(Kind::Punct('’' | '′')));
        let double = |k: usize| matches!(kind(k), Some(Kind::Punct('”' | '″')));
        if !digits(i) || i < 2 || !glued(i) || !glued(i - 1) || !digits(i - 2) {
            return false;
        }
        let minutes = prime(i - 1) && double(i + 1) && glued(i + 1);
        let hundredths = double(i - 1) && i >= 4 && prime(i - 3) && glued(i - 2) && glued(i - 3);
        minutes || hundredths
    }

    /// True when the digits at token `i` number an item with a closing
    /// parenthesis inside a sentence: "nếu: 1) Đối thủ …, 2) Giữ được …",
    /// "… tư nhân, 3) Kết nối … và 4) Cơ sở hạ tầng". One or two digits
    /// after ":", ",", ";" or "và" (or where a sentence starts), a glued
    /// ")" and a capitalized word; "(điểm 3, 4) được" and "(mạch 3) sau"
    /// close a parenthesis that opened before them, with a lowercase word
    /// after it.
    pub(super) fn is_paren_item(&self, i: usize) -> bool {
        let short = matches!(
            self.toks.get(i).map(|t| t.kind),
            Some(Kind::Num { len: 1..=2, .. })
        );
        let close = self
            .toks
            .get(i + 1)
            .is_some_and(|t| t.gap == Gap::None && t.kind == Kind::Punct(')'));
        let capital = self.toks.get(i + 2).is_some_and(|t| {
            t.gap != Gap::Line
                && matches!(t.kind, Kind::Word { .. })
                && self.raw(t).starts_with(char::is_uppercase)
        });
        if !short || !close || !capital {
            return false;
        }
        let lead = i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.toks.get(p).map(|t| t.kind),
                Some(Kind::Punct(':' | ',' | ';'))
            ) || self
                .word_at(p)
                .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc"))
        });
        lead || self.sentence_start(i)
    }

    /// True when the digits at token `i` number an item of an enumeration
    /// written inside a sentence with both parentheses: "ba ngành: (1)
    /// điện nước …; (2) hàng cá nhân …; và (3) ngành ô tô", "về (1) sự mất
    /// ổn định …, (2) bảo vệ … hay (3) chống hải tặc", "dựa trên hai yếu
    /// tố: (1) Điều kiện …; (2) Nợ xấu …". One or two digits, "(" and ")"
    /// glued to them, a word after; item 1 when item 2 of that shape
    /// follows on the line, item N when item N-1 stands before it on the
    /// line: within 80 tokens, or within 150 when the item opens a clause
    /// (after ":", ";", ",", "và", "hoặc", "hay", "về", or where a
    /// sentence starts). A count or an age in parentheses ("Sharon Stone
    /// (55), Julianne Moore"), a seed ("Tsonga (6) & Jeremy Chardy (25)"),
    /// "Hậu vệ (8):", "6-7 (5)" (a tiebreak), "có 3 con và (84) đồng đội"
    /// and "bảy (7) ngày" stand alone or before punctuation, and keep their
    /// readings. (The prec13 probe's rule and a twelfth number probe's,
    /// one since the eleventh session.)
    pub(super) fn is_enumeration_item(&self, i: usize) -> bool {
        let Some(value) = self.enclosed_number(i) else {
            return false;
        };
        let neighbour = |window: usize| {
            let on_line = |from: usize, to: usize| {
                self.toks
                    .get(from + 1..=to)
                    .is_some_and(|between| between.iter().all(|t| t.gap != Gap::Line))
            };
            match value {
                1 => (i + 1..(i + window).min(self.toks.len()))
                    .find(|&k| self.enclosed_number(k) == Some(2))
                    .is_some_and(|k| on_line(i, k)),
                v => (i.saturating_sub(window)..i)
                    .rev()
                    .find(|&k| self.enclosed_number(k) == Some(v - 1))
                    .is_some_and(|k| on_line(k, i)),
            }
        };
        if neighbour(80) {
            return true;
        }
        let open = i - 1;
        let clause_start = self.sentence_start(open)
            || open.checked_sub(1).is_none_or(|b| {
                matches!(
                    self.toks.get(b).map(|t| t.kind),
                    Some(Kind::Punct(':' | ';' | ','))
                ) || self
                    .word_at(b)
                    .is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc" | "hay" | "về"))
            });
        clause_start && neighbour(150)
    }

    /// True when the number at token `i` numbers a list's item written
    /// "N. Item" whose line break the crawler lost, so that it follows
    /// the last item's words: "nhà có ma khác 1. Cảm xúc thất thường …
    /// 2. …", "V-League 2013 1. Công Vinh (…) 2. …", "(Free) 7. Ứng dụng
    /// …". One or two digits, a full stop glued after them, a capitalized
    /// word after it, and the list's neighbour on the line: item 2 after
    /// item 1, item N-1 before item N or N+1 after it. A count ending
    /// its sentence ("ở tuổi 31. HLV Park …", "chỉ 29. Nếu …") has no
    /// such neighbour; an age, a top list and the last of a list of
    /// numbers keep their readings even with one ("ở tuổi 43. … ở tuổi
    /// 44.", "lọt vào top 3.", "nhận điểm 6, 6 và 5.").
    pub(super) fn is_dotted_item(&self, i: usize) -> bool {
        let Some(value) = self.dotted_number(i) else {
            return false;
        };
        let counted_before = i.checked_sub(1).is_some_and(|b| {
            self.toks.get(b).is_some_and(|t| t.kind == Kind::Punct(','))
                || self
                    .word_at(b)
                    .is_some_and(|w| matches!(w.as_ref(), "tuổi" | "top" | "tốp" | "và"))
        });
        if counted_before {
            return false;
        }
        let on_line = |from: usize, to: usize| {
            self.toks
                .get(from + 1..=to)
                .is_some_and(|between| between.iter().all(|t| t.gap != Gap::Line))
        };
        let window = 150;
        let next = (i + 1..(i + window).min(self.toks.len()))
            .find(|&k| self.dotted_number(k) == Some(value + 1))
            .is_some_and(|k| on_line(i, k));
        let previous = value > 1
            && (i.saturating_sub(window)..i)
                .rev()
                .find(|&k| self.dotted_number(k) == Some(value - 1))
                .is_some_and(|k| on_line(k, i));
        next || previous
    }

    /// The value of one or two digits at token `k` (from 1) with a full
    /// stop glued after them and a capitalized word after it ("2. Toyota
    /// RAV4", "1.Người"), the digits not glued to what is before them.
    fn dotted_number(&self, k: usize) -> Option<u32> {
        let Some(Kind::Num { value, len: 1..=2 }) = self.toks.get(k).map(|t| t.kind) else {
            return None;
        };
        let stop = self
            .toks
            .get(k + 1)
            .is_some_and(|t| t.gap == Gap::None && t.kind == Kind::Punct('.'));
        let capital_after = self.toks.get(k + 2).is_some_and(|t| {
            matches!(t.kind, Kind::Word { capital: true, .. }) && t.gap != Gap::Line
        });
        let free = self.toks.get(k).is_some_and(|t| t.gap != Gap::None);
        (stop && capital_after && free && value >= 1).then_some(value)
    }

    /// The value of one or two digits at token `k` (from 1) between a
    /// "(" glued before and a ")" glued after, a word after a space.
    fn enclosed_number(&self, k: usize) -> Option<u32> {
        let Some(Kind::Num { value, len: 1..=2 }) = self.toks.get(k).map(|t| t.kind) else {
            return None;
        };
        let punct =
            |at: usize, c: char| self.toks.get(at).is_some_and(|t| t.kind == Kind::Punct(c));
        let glued = |at: usize| self.toks.get(at).is_some_and(|t| t.gap == Gap::None);
        let word_after = self
            .toks
            .get(k + 2)
            .is_some_and(|t| t.gap == Gap::Space && matches!(t.kind, Kind::Word { .. }));
        let shaped = k >= 1
            && punct(k - 1, '(')
            && punct(k + 1, ')')
            && glued(k)
            && glued(k + 1)
            && word_after;
        (shaped && value >= 1).then_some(value)
    }

    /// True when the number at token `i` names a heading's part before a
    /// colon: "Đoạn 1: Đi lên …", "Lựa chọn 1: Visa EB-5", "Kịch bản 1:
    /// Tăng trưởng …", "Cách 2: Rán ngập dầu", "Phác đồ 1:", "Ví dụ 2:",
    /// "Bước 5 & 6:". A word before the number, a colon glued after it and
    /// a space or the line's end after the colon. A count keeps its colon
    /// after a word that counts ("gồm 5:", "của 3:", "Top 10:", "Thủ môn
    /// 3:", "Tiền đạo 4:").
    pub(super) fn is_heading_label(&self, i: usize) -> bool {
        let colon = self
            .toks
            .get(i + 1)
            .is_some_and(|t| t.gap == Gap::None && t.kind == Kind::Punct(':'))
            && self.toks.get(i + 2).is_none_or(|t| t.gap != Gap::None);
        let short = matches!(
            self.toks.get(i).map(|t| t.kind),
            Some(Kind::Num { len: 1..=2, .. })
        );
        if !colon || !short || i == 0 {
            return false;
        }
        // "Bước 5 & 6:": the second of two joined by "&".
        let mut k = i - 1;
        if self.toks.get(k).is_some_and(|t| t.kind == Kind::Punct('&'))
            && k >= 2
            && matches!(self.toks.get(k - 1).map(|t| t.kind), Some(Kind::Num { .. }))
        {
            k -= 2;
        }
        let Some(w) = self.word_at(k) else {
            return false;
        };
        self.toks.get(k + 1).is_some_and(|t| t.gap == Gap::Space)
            && !is_counted(&w)
            && !is_count_lead(&w)
            && !matches!(
                w.as_ref(),
                "top"
                    | "tốp"
                    | "gồm"
                    | "của"
                    | "cộng"
                    | "và"
                    | "hoặc"
                    | "môn"
                    | "vệ"
                    | "đạo"
                    | "thủ"
                    | "viên"
                    | "bằng"
            )
    }

    /// True when the number at token `i` is a player's seed in a draw:
    /// "Marion Bartoli (Pháp, 13) - Mariana Duque-Marino (Colombia)",
    /// "Tommy Haas (Đức, 12) - Jack Sock (Mỹ)", "… - John Isner (Mỹ,
    /// 19)". One or two digits after a country written in capitals and a
    /// comma, inside parentheses, the pair of players joined by a dash
    /// before or after the parenthesis: a seed is a rank, a label. (A
    /// seed glued to the next player's name is [`Self::is_paren_item`]'s.)
    pub(super) fn is_draw_seed(&self, i: usize) -> bool {
        let short = matches!(
            self.toks.get(i).map(|t| t.kind),
            Some(Kind::Num { len: 1..=2, .. })
        );
        let punct = |k: usize, c: char| self.toks.get(k).is_some_and(|t| t.kind == Kind::Punct(c));
        let dash = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–')) && t.gap != Gap::Line)
        };
        let capital = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                matches!(t.kind, Kind::Word { .. }) && self.raw(t).starts_with(char::is_uppercase)
            })
        };
        if !short || i < 3 || !punct(i - 1, ',') || !punct(i + 1, ')') {
            return false;
        }
        // The country: one to four capitalized words back to "(".
        let mut open = i - 2;
        let mut words = 0;
        while capital(open) && words < 4 {
            words += 1;
            let Some(k) = open.checked_sub(1) else {
                return false;
            };
            open = k;
        }
        if words == 0 || !punct(open, '(') {
            return false;
        }
        // The first of a pair: a dash and a capitalized name after it.
        if dash(i + 2) && capital(i + 3) && self.toks.get(i + 3).is_some_and(|t| t.gap != Gap::Line)
        {
            return true;
        }
        // The second: a name of capitalized words before "(", a dash
        // before the name, and the first player's ")" before the dash.
        let mut k = open;
        let mut names = 0;
        while names < 5 && k.checked_sub(1).is_some_and(capital) {
            names += 1;
            k -= 1;
            if self.toks.get(k).is_some_and(|t| t.gap == Gap::Line) {
                return false;
            }
        }
        names > 0 && k >= 2 && dash(k - 1) && punct(k - 2, ')')
    }

    /// True when the number at token `i` (its dot at `j`) continues a
    /// numbered list: the number before it, a glued dot and a capitalized
    /// word, stand within the 60 tokens before it.
    pub(super) fn follows_item(&self, i: usize, j: usize) -> bool {
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

    /// True when the number at token `i` (a dash at `j`) numbers an item
    /// of a list written with dashes: a number of one or two digits, a
    /// dash and a capitalized word, where either the number is 1 and
    /// starts a line or a sentence or follows ":", ";" or ",", or the
    /// number before it was written the same way within the 60 tokens
    /// before ("1- Phiên dịch; 2- Thư ký", "8- H'Mu (13, Gia Lai), 9- Vô").
    pub(super) fn dash_item(&self, i: usize, j: usize) -> bool {
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

    /// True when the token at `i` is an item of a list after a label: walking
    /// back over items (a number, or a code of a number and glued letters)
    /// and their joiners (a comma, "và", "hoặc") reaches a label word
    /// ("QL 1A, 45, 47"). "rồi" (then) joins the minutes of a match
    /// only: "ở phút 69 rồi 83", "các phút 78 rồi 81" (blind24 i151).
    pub(super) fn list_after_label(&self, i: usize) -> bool {
        let mut k = i;
        let mut then = false;
        for _ in 0..8 {
            // The joiner before the item at `k`.
            let Some(s) = k.checked_sub(1) else {
                return false;
            };
            let Some(joiner) = self.toks.get(s) else {
                return false;
            };
            let joiner_word = self.word(joiner);
            then |= joiner_word.as_deref() == Some("rồi");
            let joins = joiner.kind == Kind::Punct(',')
                || joiner_word.is_some_and(|w| matches!(w.as_ref(), "và" | "hoặc" | "rồi"));
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
                    // "P.1 và 2", "Q.3, 7": a ward's or a district's
                    // abbreviation glued to the first item.
                    Kind::Punct('.') if has_num && t.gap == Gap::None => {
                        return e.checked_sub(1).is_some_and(|w| {
                            self.toks.get(w).is_some_and(|t| {
                                (t.gap != Gap::None || w == 0)
                                    && matches!(
                                        self.text.get(t.start..t.end),
                                        Some("P" | "Q" | "F")
                                    )
                            })
                        });
                    }
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
            let label = self.word_at(before);
            let label_found = if then {
                label.is_some_and(|w| w == "phút")
            } else {
                label.as_deref().is_some_and(is_label_word)
                    || label.is_some_and(|w| w == "ảnh") && self.names_a_photo(before)
            };
            if label_found {
                return true;
            }
            k = e;
        }
        false
    }
}
