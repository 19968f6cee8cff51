//! Time-of-day rules: "14h30", "14:30", "14 giờ 30 phút", parts of the
//! day, UTC offsets, and ranges of times.

use super::{Grammar, Read, TimeExpr, TimeRangeExpr, is_dash};
use crate::lex::Word;
use crate::lex::{Gap, Kind};
use crate::time::DayPart;

impl Grammar<'_> {
    /// True when token `j`, after a space, starts a date or names a part
    /// of the day: "ngày", "hôm", "sáng" … ([`DayPart::of_word`]), or
    /// "cùng ngày" (the same day). An "18g" before one is o'clock.
    fn date_or_day_part_at(&self, j: usize) -> bool {
        if self.tok(j).is_none_or(|t| t.gap != Gap::Space) {
            return false;
        }
        match self.word(j) {
            Some(Word::Ngay | Word::Hom) => true,
            Some(w) if DayPart::of_word(w).is_some() => true,
            _ => {
                self.tok(j)
                    .and_then(|t| self.text.get(t.start..t.end))
                    .is_some_and(|w| crate::lex::fold(w) == "cùng")
                    && self.is(j + 1, Word::Ngay)
            }
        }
    }

    /// A time or a time range: "14h30", "từ 8h đến 10h", "8-10h".
    pub(crate) fn time_value(&self, i: usize) -> Read<TimeRangeExpr> {
        let (from_at, has_tu) = if self.is(i, Word::Tu) {
            (i + 1, true)
        } else {
            (i, false)
        };
        let alone = self.time_single(i, false);
        let single = alone.map(|(t, j)| (TimeRangeExpr { from: t, to: None }, j));
        let ranged = (|| {
            // "8-10h": hours sharing one unit.
            if let Some((h1, j)) = self.small(from_at, 2) {
                if self.punct(j).is_some_and(is_dash) {
                    // In running text "2-3 giờ" is a duration; "8-10h" and
                    // "8-10 giờ sáng" are times.
                    if let Some((to, end)) = self.time_single_after(j + 1, !self.strict) {
                        // The part of the day applies to both: "4-6 giờ
                        // chiều" is 16:00 to 18:00.
                        let written = self
                            .clock_digits(j + 1)
                            .or_else(|| self.clock_words(j + 1))
                            .map_or(to.hour, |(t, _, _)| t.hour);
                        let h1 = if to.hour == written + 12 && h1 <= 11 {
                            h1 + 12
                        } else {
                            h1
                        };
                        if !self.glued_before(from_at) && to.minute.is_none() && h1 < to.hour {
                            let from = TimeExpr {
                                hour: h1,
                                minute: None,
                                second: None,
                                offset: to.offset,
                            };
                            return Some((TimeRangeExpr { from, to: Some(to) }, end));
                        }
                    }
                }
            }
            // Without "từ" the range's first time is the one read alone
            // (the grammar reads the tokens only: the same answer).
            let (from, j) = if has_tu {
                self.time_single(from_at, has_tu)?
            } else {
                alone?
            };
            // "19h30 đến 21h", "(9h đến 10h30 ngày 1-6)": without "từ",
            // "đến" or "tới" between two clocks written in digits with
            // "h", "g" or ":" links a range too (fourth date probe); not
            // after a bound ("từ hơn 10h trưa đến 15h chiều": the bound
            // is the start's, and "từ" stands before it).
            let bound = matches!(
                self.prev_word(from_at),
                Some(Word::Hon | Word::Tren | Word::Duoi)
            );
            let strong = |k: usize| !bound && self.clock_digits(k).is_some_and(|(_, _, s)| s);
            // "từ 7h sáng cho đến 9h", "từ 18h cho tới 18h30": after
            // "từ", "cho" before "đến" or "tới" joins the bounds as the
            // word alone does, as it does for durations (datetime4 probe).
            let j = self.skip_cho(j, has_tu);
            let k = match self.tok(j)?.kind {
                Kind::Punct(c) if is_dash(c) => j + 1,
                Kind::Word {
                    word: Word::Den | Word::Toi2,
                    ..
                } if has_tu || !self.strict || (strong(from_at) && strong(j + 1)) => j + 1,
                _ => return None,
            };
            let (to, end) = self.time_single_after(k, true)?;
            // "từ 7h sáng cho đến 9h - 10h đêm": the upper bound is a
            // range itself; the range ends there, not at "9h" (datetime4
            // probe).
            if self.punct(end).is_some_and(is_dash) && self.clock_digits(end + 1).is_some() {
                return None;
            }
            Some((TimeRangeExpr { from, to: Some(to) }, end))
        })();
        match (single, ranged) {
            (Some(a), Some(b)) => Some(if b.1 > a.1 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// One time of day.
    pub(crate) fn time_single(&self, i: usize, cued: bool) -> Read<TimeExpr> {
        if self.glued_before(i) {
            return None;
        }
        self.time_single_after(i, cued)
    }

    /// [`Self::time_single`] without looking at what precedes it.
    pub(crate) fn time_single_after(&self, i: usize, cued: bool) -> Read<TimeExpr> {
        let cued = cued
            || !self.strict
            || matches!(
                self.prev_word(i),
                Some(Word::Luc | Word::Vao | Word::Tu | Word::Dung)
            )
            || (matches!(self.prev_word(i), Some(Word::Den | Word::Toi2)) && !self.up_to(i - 1));
        let (mut t, mut j, strong) = self
            .clock_digits(i)
            .or_else(|| self.clock_words(i))
            .or_else(|| self.half_past(i))?;
        // A part of the day after the time: "9 giờ sáng", "3:30 chiều".
        let mut has_part = false;
        if let Some(part) = self.word(j).and_then(DayPart::of_word) {
            t.hour = u32::from(part.to_24h(u8::try_from(t.hour).ok()?));
            has_part = true;
            // "3 giờ chiều qua": "chiều qua" (yesterday afternoon) is one
            // date expression; the time ends before it but takes its part
            // of the day.
            if !(self.strict && self.day_part_date(j + 1).is_some()) {
                j += 1;
            }
        }
        if let Some((offset, e)) = self
            .utc_offset(j)
            .or_else(|| self.restated_in_vietnam(i, j))
        {
            t.offset = Some(offset);
            j = e;
        }
        // "Gần 15 giờ cùng ngày", "Khoảng 9 giờ 30 phút cùng ngày": "cùng
        // ngày" (the same day) after the hours makes them o'clock, as a
        // date after them does.
        if self.strict
            && !(strong
                || cued
                || has_part
                || t.offset.is_some()
                || self.zone_at(j)
                || self.date_follows(j)
                || self.date_or_day_part_at(j)
                || self.dated_after_comma(i, j)
                || self.about_o_clock(i, &t, j)
                || self.hour_opening_sentence(i, j))
        {
            return None;
        }
        // In running text "24h" is a time only at the end of a day
        // ([`Self::end_of_day`]); a whole expression gets the validation
        // error that says why an hour is out of range.
        if self.strict && t.hour > 23 && !(t.hour == 24 && self.end_of_day(i, &t, j, has_part)) {
            return None;
        }
        // "lúc 23h45, theo giờ Việt Nam": a zone after a comma joins a
        // time read as one already; it makes no count of hours a time
        // ("mất 12 giờ, theo giờ Việt Nam là muộn").
        if t.offset.is_none() {
            if let Some((offset, e)) = self.zone_after_comma(j) {
                t.offset = Some(offset);
                j = e;
            }
        }
        Some((t, j))
    }

    /// True when "24 giờ" or "24h" read at `i` (ending at `j`) is the end
    /// of a day, 24:00, not twenty-four hours (dt2 probe): no minute past
    /// it, nothing before it that counts hours ("trong", "mất", "suốt",
    /// "kéo dài", "sau", "hơn"; "lên", "tăng", "cần", "chờ", "đợi" before a
    /// lead), and either the day after it ("24 giờ ngày 13/2", "24h
    /// 31/5", "24 giờ cùng ngày", "24 giờ các ngày 8, 9 và 10-6", "24 giờ
    /// đêm", "24 giờ, ngày 5/6"), or a lead before it that sets a time of
    /// day: "lúc", "vào", "từ", "đúng", or "đến"/"tới" after a time ("từ
    /// 18h tối đến 24h", not "từ 6 đến 24 giờ"), with "khoảng", "gần" or
    /// "chừng" allowed between; or the end of "lúc 23-24h".
    fn end_of_day(&self, i: usize, t: &TimeExpr, j: usize, has_part: bool) -> bool {
        if t.minute.is_some_and(|m| m != 0) || t.second.is_some_and(|s| s != 0) {
            return false;
        }
        if self.counted_hours(i) {
            return false;
        }
        let day_after = self.day_after_midnight(j)
            || (has_part
                && j.checked_sub(1)
                    .and_then(|k| self.word(k))
                    .is_some_and(|w| matches!(w, Word::Dem | Word::Khuya)))
            || matches!(
                self.numeric_date(j, true),
                Some((crate::time::resolve::DateExpr::Fields(f), _)) if f.day.is_some()
            )
            || self.dated_after_comma(i, j);
        if day_after {
            return true;
        }
        let q = if matches!(
            self.prev_word(i),
            Some(Word::Khoang | Word::Gan | Word::Chung)
        ) {
            i - 1
        } else {
            i
        };
        let amount = |l: usize| {
            self.duration_cued(l)
                || l.checked_sub(1)
                    .and_then(|b| self.word_text(b))
                    .is_some_and(|w| matches!(w.as_ref(), "lên" | "cần" | "tăng" | "chờ" | "đợi"))
        };
        match self.prev_word(q) {
            Some(Word::Luc | Word::Vao | Word::Tu | Word::Dung) => true,
            Some(Word::Den | Word::Toi2) => {
                // After a time: "từ 18h tối đến 24h", "từ 23 giờ đến 24
                // giờ"; a bare count before "đến" makes hours ("từ 6 đến
                // 24 giờ").
                q >= 2 && !amount(q - 1) && self.num(q - 2).is_none()
            }
            _ => {
                // "lúc 23-24h": the end of a range of hours after a lead.
                q == i
                    && i >= 2
                    && self.punct(i - 1).is_some_and(is_dash)
                    && self.num(i - 2).is_some()
                    && matches!(
                        self.prev_word(i - 2),
                        Some(Word::Luc | Word::Vao | Word::Tu)
                    )
            }
        }
    }

    /// "khoảng 22 giờ", "vào khoảng 9 giờ": an hour read at `i` after
    /// "khoảng" or "chừng" (about) is a time of day, not a count of hours,
    /// when nothing after it announces a duration ("đồng hồ", "liền",
    /// "nữa", "qua", "sau", "trước", "rồi", "mỗi", "một", "/") and either
    /// "lúc", "vào", "từ", "đến" or "đúng" stands before the qualifier, or
    /// the hour is one of the afternoon or the evening (13 to 23: few
    /// things last that long and are said "about") and nothing before the
    /// qualifier announces a duration ("trong", "mất", "suốt", "kéo dài",
    /// "sau", "hơn").
    fn about_o_clock(&self, i: usize, t: &TimeExpr, j: usize) -> bool {
        if matches!(self.prev_word(i), Some(Word::Hon | Word::Gan)) {
            return self.clock_led_bound(i - 1);
        }
        if !matches!(self.prev_word(i), Some(Word::Khoang | Word::Chung)) {
            return false;
        }
        let after_duration = matches!(
            self.word(j),
            Some(
                Word::Dong
                    | Word::Nua
                    | Word::Qua
                    | Word::Sau
                    | Word::Truoc
                    | Word::Moi
                    | Word::Mot
                    | Word::Roi
            )
        ) || self.punct(j) == Some('/')
            || self
                .tok(j)
                .and_then(|t| self.text.get(t.start..t.end))
                .is_some_and(|w| crate::lex::fold(w) == "liền");
        if after_duration {
            return false;
        }
        let q = i - 1;
        if matches!(
            self.prev_word(q),
            Some(Word::Luc | Word::Vao | Word::Tu | Word::Den | Word::Toi2 | Word::Dung)
        ) {
            return true;
        }
        let before_duration = self.duration_cued(q)
            || matches!(self.prev_word(q), Some(Word::Sau | Word::Hon | Word::Keo));
        (13..=23).contains(&t.hour) && !before_duration
    }

    /// True when the bound "hơn" or "gần" at `q` follows "lúc", "vào",
    /// "đến" or "tới", which lead a time of day: "Tới hơn 17 giờ, các
    /// phương tiện được di dời", "Đến gần 9 giờ khi công an …", "lúc hơn
    /// 10h" (past, nearly o'clock). A word before the lead that measures an
    /// amount makes hours of them: "lên đến hơn 10 giờ", "mất đến hơn 20
    /// giờ", "kéo dài tới hơn 6 giờ" (a num10 probe).
    pub(crate) fn clock_led_bound(&self, q: usize) -> bool {
        if !matches!(self.word(q), Some(Word::Hon | Word::Gan)) {
            return false;
        }
        let lead = matches!(
            self.prev_word(q),
            Some(Word::Luc | Word::Vao | Word::Den | Word::Toi2)
        );
        let amount = q.checked_sub(1).is_some_and(|l| {
            self.duration_cued(l)
                || l.checked_sub(1)
                    .and_then(|b| self.word_text(b))
                    .is_some_and(|w| matches!(w.as_ref(), "lên" | "cần" | "tăng" | "chờ" | "đợi"))
        });
        lead && !amount
    }

    /// True when "đến" or "tới" at `k` follows "lên" (up to): "thời lượng
    /// pin lên đến 23 giờ", "thời gian xem video lên tới 20 giờ 08 phút".
    /// What follows is an amount reached, a count of hours, not the time
    /// of day that "đến" alone leads ("làm việc đến 23 giờ"); a part of
    /// the day after the hours still makes them o'clock (prec21 probe).
    fn up_to(&self, k: usize) -> bool {
        k.checked_sub(1)
            .and_then(|b| self.word_text(b))
            .is_some_and(|w| w.as_ref() == "lên")
    }

    /// True when a comma at `i` is followed by a date that names its day
    /// and month: "20 giờ 30 phút, ngày 25-2-2013", "17 giờ 15, ngày
    /// 31/5", "9 giờ, 22/5". The hours at `i` before it are o'clock, as
    /// they are before "ngày 27/5" without the comma, unless "trong",
    /// "mất", "suốt" or "kéo dài" before them makes them a duration ("kéo
    /// dài 9 giờ, ngày 22/5 …").
    fn dated_after_comma(&self, i: usize, j: usize) -> bool {
        self.punct(j) == Some(',')
            && !self.duration_cued(i)
            && (self.dated_ngay(j + 1)
                || matches!(
                    self.numeric_date(j + 1, true),
                    Some((crate::time::resolve::DateExpr::Fields(f), _))
                        if f.day.is_some() && f.month.is_some()
                ))
    }

    /// True when the hours at `i`, ending before `j`, open a sentence or
    /// a line, a qualifier before them or not, and a comma follows right
    /// after them (or after "rưỡi"): "4 giờ, đò bắt đầu nổ máy", "Khoảng
    /// 10 giờ, một xe tải …", "Hơn 15h, hiện trường mới được giải quyết",
    /// "8 giờ rưỡi, nắng đã phủ" (dur3 probe). The clock of a scene, not
    /// how long: a length opening a sentence goes on to what it measures
    /// ("Hơn 2 giờ sau, …").
    pub(crate) fn hour_opening_sentence(&self, i: usize, j: usize) -> bool {
        let j = if self.word_text(j).as_deref() == Some("rưỡi") {
            j + 1
        } else {
            j
        };
        if self.punct(j) != Some(',') || self.tok(j).is_none_or(|t| t.gap != Gap::None) {
            return false;
        }
        // The qualifier before the hours, if any ("Hơn", "Khoảng", "Chưa
        // tới"), read by a grammar started at it, which sees it after a
        // line break: the sentence opens before it.
        let first = crate::time::qualifier::qualifier_before(self, i).unwrap_or(i);
        first == 0
            || self.toks.get(first).is_some_and(|t| t.gap == Gap::Line)
            || matches!(
                self.toks.get(first - 1).map(|t| t.kind),
                Some(Kind::Punct('.' | '!' | '?' | '…' | ':'))
            )
    }

    /// True when a date follows a time: "9 giờ ngày 27/5", "3 giờ chiều mai".
    pub(crate) fn date_follows(&self, i: usize) -> bool {
        matches!(self.word(i), Some(Word::Ngay | Word::Hom | Word::Mung))
            || self.numeric_date(i, true).is_some()
    }

    /// "14h30", "14h", "14g30", "11h15p", "14:30", "15:23:24". The flag says
    /// the form is a time of day even in running text.
    pub(crate) fn clock_digits(&self, i: usize) -> Option<(TimeExpr, usize, bool)> {
        let (h, hlen) = self.num(i)?;
        if hlen > 2 {
            return None;
        }
        let mut t = TimeExpr {
            hour: h,
            minute: None,
            second: None,
            offset: None,
        };
        match self.adj(i + 1)?.kind {
            Kind::Word {
                word: word @ (Word::H | Word::G),
                ..
            } => {
                let mut j = i + 2;
                // "chế độ 4H", "BKS 28H- 6268": a code (date17).
                if word == Word::H && self.adj_num(j).is_none() && self.capital_code_h(i + 1) {
                    return None;
                }
                // "14g30" needs its minutes: "3G", "4G" are networks; a
                // lowercase "21g" after "vào", "lúc", "từ", "đến" (or in a
                // whole expression) is 21:00 ("vào 21g trên kênh VTV3").
                if word == Word::G && self.adj_num(j).is_none() {
                    let lower = self
                        .tok(i + 1)
                        .is_some_and(|t| matches!(t.kind, Kind::Word { capital: false, .. }));
                    // Also before a date or a part of the day: "khoảng
                    // 18g ngày 28-5", "9g sáng", "5g cùng ngày".
                    let cued = !self.strict
                        || matches!(
                            self.prev_word(i),
                            Some(Word::Vao | Word::Luc | Word::Tu | Word::Den)
                        )
                        || self.date_or_day_part_at(j);
                    if !(lower && cued && h <= 23) {
                        return None;
                    }
                }
                if let Some((m, mlen)) = self.adj_num(j) {
                    // "6h6", "20h8", "từ 7h0-15h0": one digit of minutes
                    // after a lowercase "h" (a crawler or a schedule
                    // dropped the zero); "14g5" stays out.
                    let lower_h = word == Word::H
                        && self
                            .tok(i + 1)
                            .is_some_and(|t| matches!(t.kind, Kind::Word { capital: false, .. }));
                    if !(mlen == 2 || (mlen == 1 && lower_h)) || m > 59 {
                        return None;
                    }
                    t.minute = Some(m);
                    j += 1;
                    // "11h15p", "14h30'", "12h58 phút".
                    if matches!(
                        self.adj(j).map(|t| t.kind),
                        Some(Kind::Word { word: Word::P, .. } | Kind::Punct('\'' | '’'))
                    ) || self.is(j, Word::Phut)
                    {
                        j += 1;
                    }
                } else if word == Word::H {
                    if let Some((m, k)) = self.spaced_minutes(i, j) {
                        t.minute = Some(m);
                        j = k;
                    } else if let Some((m, k)) = self.minutes_to(h, j) {
                        // "17h kém 5 phút": five to five, as "17 giờ kém
                        // 5 phút" is read (date16 probe).
                        t.hour = h - 1;
                        t.minute = Some(60 - m);
                        j = k;
                    }
                }
                if self
                    .adj(j)
                    .is_some_and(|t| matches!(t.kind, Kind::Word { .. } | Kind::Num { .. }))
                {
                    return None;
                }
                // "làm 12h/ngày", "ngủ 7-9h/đêm": hours per day or night,
                // a duration.
                if t.minute.is_none()
                    && self.adj_punct(j) == Some('/')
                    && self.adj(j + 1).is_some()
                    && matches!(
                        self.word(j + 1),
                        Some(Word::Ngay | Word::Dem | Word::Tuan | Word::Thang | Word::Nam)
                    )
                {
                    return None;
                }
                Some((t, j, true))
            }
            Kind::Punct(':') => {
                let (m, mlen) = self.adj_num(i + 2)?;
                if mlen != 2 || m > 59 {
                    return None;
                }
                t.minute = Some(m);
                let mut j = i + 3;
                if self.adj_punct(j) == Some(':') {
                    let (s, slen) = self.adj_num(j + 1)?;
                    if slen != 2 || s > 59 {
                        return None;
                    }
                    t.second = Some(s);
                    j += 2;
                }
                // "17:25MegaStar": the last showtime of a run glued to the
                // next cinema's name (`clock_before_clock`).
                if self.glued_after(j) && !(t.second.is_none() && self.clock_before_clock(i)) {
                    return None;
                }
                Some((t, j, true))
            }
            _ => None,
        }
    }

    /// "kém 5 phút", "kém 15" at `j`, after the hour `h` of "17h": the
    /// minutes short of the hour (1 to 59) and the token after them.
    fn minutes_to(&self, h: u32, j: usize) -> Option<(u32, usize)> {
        if !self.is(j, Word::Kem) || h == 0 || h > 24 {
            return None;
        }
        let (m, e) = self.small(j + 1, 2)?;
        if m == 0 || m > 59 {
            return None;
        }
        Some((m, if self.is(e, Word::Phut) { e + 1 } else { e }))
    }

    /// The minutes of "13h 20 ngày 30/5", "19h 30 cùng ngày", "9h 30 sáng
    /// 1/12", "lúc 8h 30 phút", written after a space: two digits (at most
    /// 59) at `j`, after the "h" of the hour at `i`, with "phút" or not.
    /// Only when a date or a part of the day follows, or "lúc", "vào" or
    /// "đúng" stands before the hour: "8h 30 người" counts people, and "8h
    /// 30 phút" alone may be a duration.
    fn spaced_minutes(&self, i: usize, j: usize) -> Option<(u32, usize)> {
        let t = self.tok(j)?;
        if t.gap != Gap::Space {
            return None;
        }
        let (m, mlen) = self.num(j)?;
        if mlen != 2 || m > 59 {
            return None;
        }
        let k = if self.is(j + 1, Word::Phut) {
            j + 2
        } else {
            j + 1
        };
        if self.glued_after(k - 1) {
            return None;
        }
        let cued = matches!(self.prev_word(i), Some(Word::Luc | Word::Vao | Word::Dung))
            && self.is(j + 1, Word::Phut);
        (cued || self.date_follows(k) || self.date_or_day_part_at(k)).then_some((m, k))
    }

    /// "14 giờ 30 phút", "9 giờ", "hai giờ rưỡi", "11 giờ kém 15",
    /// "5 giờ 20 phút 35 giây", "10 giờ 45".
    pub(crate) fn clock_words(&self, i: usize) -> Option<(TimeExpr, usize, bool)> {
        let (h, j) = self.small(i, 2)?;
        if !self.is(j, Word::Gio) {
            return None;
        }
        let mut t = TimeExpr {
            hour: h,
            minute: None,
            second: None,
            offset: None,
        };
        let mut k = j + 1;
        let mut strong = false;
        match self.word(k) {
            Some(Word::Ruoi) => {
                t.minute = Some(30);
                k += 1;
            }
            Some(Word::Kem) => {
                let (m, e) = self.small(k + 1, 2)?;
                if m == 0 || m > 59 || h == 0 {
                    return None;
                }
                t.hour = h - 1;
                t.minute = Some(60 - m);
                k = if self.is(e, Word::Phut) { e + 1 } else { e };
                strong = true;
            }
            Some(Word::Dung) => {
                k += 1;
                strong = true;
            }
            _ => {
                let minutes =
                    crate::time::numbers::zero_padded(self, k).or_else(|| self.small(k, 2));
                if let Some((m, e)) = minutes {
                    if self.is(e, Word::Phut) {
                        t.minute = Some(m);
                        k = e + 1;
                    } else if self.is(e, Word::Giay) {
                        t.minute = Some(0);
                        t.second = Some(m);
                        k = e + 1;
                    } else if (!matches!(
                        self.word(e),
                        Some(
                            Word::Ngay
                                | Word::Tuan
                                | Word::Thang
                                | Word::Nam
                                | Word::Gio
                                | Word::Tieng
                        )
                    ) || (self.dated_ngay(e) && !self.duration_cued(i))
                        || (self.is(e, Word::Gio) && self.zone_at(e)))
                        && self.num(k).is_some_and(|(_, len)| len == 2)
                    {
                        // "14 giờ 30": two-digit minutes without "phút".
                        t.minute = Some(m);
                        k = e;
                        // A duration writes its minutes' unit ("2 giờ 30
                        // phút"): without it the minutes make a clock
                        // ("Khoảng 10 giờ 30, xe lao tới"), unless
                        // "trong", "mất", "suốt", "kéo dài", "sau" or
                        // "hơn" before the hours (or before "khoảng"
                        // there) counts them (sixth date probe).
                        strong = h <= 23 && !self.counted_hours(i);
                    }
                    if t.minute.is_some_and(|m| m > 59) {
                        return None;
                    }
                    if t.second.is_none() {
                        if let Some((s, e2)) = self.small(k, 2) {
                            if self.is(e2, Word::Giay) && t.minute.is_some() {
                                t.second = Some(s);
                                k = e2 + 1;
                            }
                        }
                    }
                    if t.second.is_some_and(|s| s > 59) {
                        return None;
                    }
                }
            }
        }
        Some((t, k, strong))
    }

    /// "4 rưỡi sáng", "lúc 7 rưỡi", "từ khoảng 4 rưỡi": an hour in digits
    /// (1 to 12) and "rưỡi" (and a half) with no "giờ" between, half past
    /// the hour (time9 probe). Alone "4 rưỡi" is four and a half ("cấp 4
    /// rưỡi"), so in running text it is a clock only before a part of the
    /// day or after a word that sets a time of day ("lúc", "vào", "từ",
    /// "đúng", with "khoảng", "gần" or "chừng" allowed between).
    fn half_past(&self, i: usize) -> Option<(TimeExpr, usize, bool)> {
        let (h, hlen) = self.num(i)?;
        if hlen > 2 || !(1..=12).contains(&h) || !self.is(i + 1, Word::Ruoi) {
            return None;
        }
        if self.tok(i + 1).is_none_or(|t| t.gap != Gap::Space) {
            return None;
        }
        let sets_time = |k: usize| {
            matches!(
                self.prev_word(k),
                Some(Word::Luc | Word::Vao | Word::Tu | Word::Dung)
            )
        };
        let cued = !self.strict
            || self.word(i + 2).and_then(DayPart::of_word).is_some()
            || sets_time(i)
            || (matches!(
                self.prev_word(i),
                Some(Word::Khoang | Word::Gan | Word::Chung)
            ) && sets_time(i - 1));
        let t = TimeExpr {
            hour: h,
            minute: Some(30),
            second: None,
            offset: None,
        };
        cued.then_some((t, i + 2, true))
    }

    /// True when a word before the hours at `i` counts them: "trong",
    /// "mất", "suốt", "kéo dài", "sau", "hơn", right before them or
    /// before a "khoảng", "gần" or "chừng" right before them.
    fn counted_hours(&self, i: usize) -> bool {
        let counting = |k: usize| {
            self.duration_cued(k) || matches!(self.prev_word(k), Some(Word::Sau | Word::Hon))
        };
        counting(i)
            || (matches!(
                self.prev_word(i),
                Some(Word::Khoang | Word::Gan | Word::Chung)
            ) && counting(i - 1))
    }

    /// True when "ngày" at `i` starts a date with a day and a month ("15
    /// giờ 30 ngày 13-5-2013"): the number before it is the minute, not a
    /// count of days.
    pub(crate) fn dated_ngay(&self, i: usize) -> bool {
        use crate::time::resolve::DateExpr;
        self.is(i, Word::Ngay)
            && matches!(
                self.ngay(i),
                Some((DateExpr::Fields(f), _)) if f.day.is_some() && f.month.is_some()
            )
    }

    /// "tức 18h Hà Nội", "tức là 23h Việt Nam": a time restated in Việt
    /// Nam's after "tức" (that is) names the country or the capital with
    /// no "giờ" (opening of the thirty-third blind set, ai131); elsewhere
    /// "18h Hà Nội" is a time and a place. The offset (UTC+7) and the end
    /// of the name, for the time read at `i..j`.
    fn restated_in_vietnam(&self, i: usize, j: usize) -> Option<(i32, usize)> {
        let tuc = |k: usize| self.word_text(k).is_some_and(|w| w == "tức");
        let after_tuc =
            tuc(i.checked_sub(1)?) || (self.is(i - 1, Word::La) && tuc(i.checked_sub(2)?));
        if !after_tuc || self.prev_word(i).is_none() {
            return None;
        }
        self.place_zone(j)
            .filter(|&(name, _, _)| matches!(name, "hà nội" | "việt nam"))
            .map(|(_, minutes, k)| (minutes, k))
    }

    /// The zone written after a comma at `j`, "giờ" first or "theo giờ":
    /// "lúc 23h45, theo giờ Việt Nam", "từ 16g, giờ Việt Nam", "20h ngày
    /// 10/6, giờ Hà Nội" (its offset and the token after it). The comma
    /// sets the zone apart as parentheses do, and the zone belongs to the
    /// time before it (twenty-fifth session; time57 probe).
    pub(crate) fn zone_after_comma(&self, j: usize) -> Read<i32> {
        if self.punct(j) != Some(',') {
            return None;
        }
        let k = if self.is(j + 1, Word::Theo) {
            j + 2
        } else {
            j + 1
        };
        if !self.is(k, Word::Gio) {
            return None;
        }
        self.utc_offset(j + 1)
    }

    /// The offset and end of "giờ Hà Nội", "giờ Việt Nam", "giờ Kuala
    /// Lumpur", "giờ Tokyo" at `j`: the time of a place whose offset is
    /// fixed all year ([`FIXED_ZONES`]). A place with summer time or
    /// several zones ("giờ Mỹ", "giờ Anh", "giờ Úc") names no one offset
    /// and is left.
    fn named_zone(&self, j: usize) -> Option<(i32, usize)> {
        if !self.is(j, Word::Gio) {
            return None;
        }
        self.place_zone(j + 1).map(|(_, minutes, k)| (minutes, k))
    }

    /// The place of [`FIXED_ZONES`] whose words start at token `j`: its
    /// name, its offset in minutes and the token after it.
    fn place_zone(&self, j: usize) -> Option<(&'static str, i32, usize)> {
        let first = self.word_text(j)?;
        FIXED_ZONES.iter().find_map(|&(name, minutes)| {
            let mut words = name.split(' ');
            if words.next() != Some(first.as_ref()) {
                return None;
            }
            let mut k = j + 1;
            for w in words {
                if self.word_text(k).as_deref() != Some(w) {
                    return None;
                }
                k += 1;
            }
            Some((name, minutes, k))
        })
    }

    /// True when a local time is named at `j`: "giờ địa phương",
    /// "(giờ địa phương)", "theo giờ địa phương" (the place's own time,
    /// with no offset to give), or a zone [`Self::utc_offset`] reads. The
    /// hours before it are o'clock: "22 giờ (giờ Việt Nam)", "19 giờ
    /// theo giờ Việt Nam", "10 giờ 51 giờ Việt Nam" (date14 probe).
    pub(crate) fn zone_at(&self, j: usize) -> bool {
        if self.utc_offset(j).is_some() {
            return true;
        }
        let j = if self.punct(j) == Some('(') { j + 1 } else { j };
        let j = if self.is(j, Word::Theo) { j + 1 } else { j };
        self.is(j, Word::Gio)
            && self.word_text(j + 1).is_some_and(|w| w == "địa")
            && self.word_text(j + 2).is_some_and(|w| w == "phương")
    }

    /// "(GMT+7)", "GMT+7", "GMT+07:00", "UTC", "(GMT)", "giờ GMT", "ICT", "JST".
    pub(crate) fn utc_offset(&self, i: usize) -> Read<i32> {
        let (open, j) = if self.punct(i) == Some('(') {
            (true, i + 1)
        } else {
            (false, i)
        };
        // "(theo giờ Việt Nam)", "theo giờ Hà Nội" (by Việt Nam time):
        // "theo" before a zone's "giờ" belongs to it (date14 probe).
        let j = if self.is(j, Word::Theo) && self.is(j + 1, Word::Gio) {
            j + 1
        } else {
            j
        };
        // "giờ Hà Nội" (Hà Nội time), "giờ Việt Nam" (UTC+7), "giờ Kuala
        // Lumpur", "(giờ Tokyo)": a place's fixed offset.
        if let Some((minutes, k)) = self.named_zone(j) {
            if open {
                return (self.punct(k) == Some(')')).then_some((minutes, k + 1));
            }
            return Some((minutes, k));
        }
        let j = if self.is(j, Word::Gio)
            && self
                .word(j + 1)
                .is_some_and(|w| w.zone_offset().is_some() || w.is_ambiguous_zone())
        {
            j + 1
        } else {
            j
        };
        let word = self.word(j)?;
        // "CST", "IST", "BST" name several zones: a whole expression says
        // so (an error); in running text the time is read without them.
        let base = match word.zone_offset() {
            Some(base) => base,
            None if word.is_ambiguous_zone() && !self.strict => AMBIGUOUS_ZONE,
            None => return None,
        };
        let mut k = j + 1;
        let mut minutes = 0i32;
        // "GMT+7", "UTC-03:30"; a named zone ("JST") takes no sign.
        let signed = matches!(word, Word::Gmt | Word::Utc);
        if let Some(sign) = self
            .adj_punct(k)
            .filter(|&c| signed && (c == '+' || is_dash(c)))
        {
            let (h, hlen) = self.adj_num(k + 1)?;
            if hlen > 2 || h > 14 {
                return None;
            }
            let mut m = 0;
            k += 2;
            if self.adj_punct(k) == Some(':') {
                let (mm, mlen) = self.adj_num(k + 1)?;
                if mlen != 2 || mm > 59 {
                    return None;
                }
                m = mm;
                k += 2;
            }
            minutes = (h * 60 + m) as i32;
            if sign != '+' {
                minutes = -minutes;
            }
        }
        if open {
            if self.punct(k) != Some(')') {
                return None;
            }
            k += 1;
        }
        if base == AMBIGUOUS_ZONE {
            return Some((AMBIGUOUS_ZONE, k));
        }
        Some((base + minutes, k))
    }
}

/// The offset the grammar gives an ambiguous zone name ("CST"), which
/// validation turns into an error that says so.
pub(crate) const AMBIGUOUS_ZONE: i32 = i32::MIN;

/// Places named after "giờ" (the time of) whose offset from UTC, in
/// minutes, is the same all year and was the same over the corpus's years
/// (2013–2025): their lowercase words, as the lexer folds them. Moscow is
/// not here (UTC+4 until October 2014, UTC+3 since), nor a place with
/// summer time or several zones (the United States, Europe, Australia,
/// Indonesia, Brazil).
const FIXED_ZONES: &[(&str, i32)] = &[
    ("hà nội", 7 * 60),
    ("việt nam", 7 * 60),
    ("vn", 7 * 60),
    ("kuala lumpur", 8 * 60),
    ("malaysia", 8 * 60),
    ("singapore", 8 * 60),
    ("manila", 8 * 60),
    ("philippines", 8 * 60),
    ("bắc kinh", 8 * 60),
    ("trung quốc", 8 * 60),
    ("thượng hải", 8 * 60),
    ("hồng kông", 8 * 60),
    ("hong kong", 8 * 60),
    ("đài loan", 8 * 60),
    ("đài bắc", 8 * 60),
    ("tokyo", 9 * 60),
    ("nhật bản", 9 * 60),
    ("seoul", 9 * 60),
    ("hàn quốc", 9 * 60),
    ("jakarta", 7 * 60),
    ("bangkok", 7 * 60),
    ("thái lan", 7 * 60),
    ("lào", 7 * 60),
    ("viêng chăn", 7 * 60),
    ("campuchia", 7 * 60),
    ("phnom penh", 7 * 60),
    ("myanmar", 6 * 60 + 30),
    ("yangon", 6 * 60 + 30),
    ("ấn độ", 5 * 60 + 30),
    ("new delhi", 5 * 60 + 30),
    ("uae", 4 * 60),
    ("dubai", 4 * 60),
    ("abu dhabi", 4 * 60),
    ("qatar", 3 * 60),
    ("doha", 3 * 60),
    ("riyadh", 3 * 60),
];

#[cfg(test)]
mod tests {
    use super::super::with_grammar_at;

    /// The offset [`super::Grammar::zone_after_comma`] reads at the first
    /// comma of `text`, if any.
    fn comma_zone(text: &str) -> Option<i32> {
        let toks = crate::lex::tokenize(text);
        let comma = toks
            .iter()
            .position(|t| text.get(t.start..t.end) == Some(","))?;
        with_grammar_at(&toks, text, 0, |g| {
            g.zone_after_comma(comma).map(|(minutes, _)| minutes)
        })
    }

    #[test]
    fn a_place_after_a_comma_names_its_zone() {
        assert_eq!(comma_zone("lúc 16g, giờ Việt Nam"), Some(7 * 60));
        assert_eq!(comma_zone("lúc 23h45, theo giờ Việt Nam."), Some(7 * 60));
        assert_eq!(comma_zone("lúc 21h, theo giờ Kuala Lumpur"), Some(8 * 60));
        // No place with one offset, or no "giờ" after the comma.
        assert_eq!(comma_zone("lúc 9h, giờ địa phương"), None);
        assert_eq!(comma_zone("lúc 20h, giờ Mỹ"), None);
        assert_eq!(comma_zone("lúc 8h, giờ mà cả xóm còn ngủ"), None);
        assert_eq!(comma_zone("lúc 8h, Việt Nam"), None);
        assert_eq!(comma_zone("lúc 8h, ngày 5/6"), None);
    }
}
