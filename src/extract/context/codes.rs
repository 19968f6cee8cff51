//! Codes: telephone lines (hotlines in spaced groups, emergency
//! numbers), licence plates and scores written with a dash.

use super::Context;
use crate::lex::{Gap, Kind, Token};

impl Context<'_> {
    /// True when the digits at `i` belong to a hotline number: "1800" or
    /// "1900" followed by a group of two to four digits after a space, or
    /// such a group reached by walking back over spaced groups to it.
    pub(super) fn is_hotline(&self, i: usize) -> bool {
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

    /// True when the number at `i` is a group of a telephone number
    /// written after its country code: "+84 8 7307 7979", "(+84-8)
    /// 39.974.622", "(84-8) 3823 4999", "(844) 3974.8899". The walk back
    /// stops at the first token that is no digit group, ")" or "-" (a word,
    /// for almost every number), and at a line break.
    pub(super) fn follows_country_code(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..6 {
            if self.toks.get(k).is_none_or(|t| t.gap == Gap::Line) {
                return false;
            }
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            match self.toks.get(p).map(|t| t.kind) {
                Some(Kind::Num {
                    value: 84 | 844,
                    len: 2..=3,
                }) => {
                    return p
                        .checked_sub(1)
                        .and_then(|b| self.toks.get(b))
                        .is_some_and(|b| {
                            matches!(b.kind, Kind::Punct('+' | '('))
                                && self.toks.get(p).is_some_and(|t| t.gap == Gap::None)
                        });
                }
                Some(Kind::Num { len: 1..=4, .. } | Kind::Punct(')' | '-')) => k = p,
                _ => return false,
            }
        }
        false
    }

    /// True when the three-digit number at `i` is an emergency line, not a
    /// count: "Cảnh sát 113", "xe cứu thương 115", "lực lượng 141",
    /// "chốt 141", "gọi 115", "tổng đài 114", "Đồng hành cùng 141", "các
    /// anh 141"; or any number after "tổng đài", "đường dây nóng" or
    /// "hotline" ("tổng đài 1088"). A counted noun after it
    /// ("lực lượng 113 người") keeps the count.
    pub(super) fn is_emergency_line(&self, i: usize, j: usize) -> bool {
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
        let before = self.word_before(prev);
        let pair = |a: &str, b: &str| w == b && before.as_ref().is_some_and(|x| x == a);
        // "soạn tin DK gửi 1553", "TH_SốTB EZCOM gửi 900": an SMS code
        // ending in capitals, then the short number it is sent to.
        let sms = w == "gửi"
            && prev
                .checked_sub(1)
                .and_then(|k| self.toks.get(k))
                .is_some_and(|t| {
                    let b = self.raw(t).as_bytes();
                    b.len() >= 2
                        && b.get(b.len() - 2..)
                            .is_some_and(|e| e.iter().all(u8::is_ascii_uppercase))
                });
        let line = pair("tổng", "đài") || pair("dây", "nóng") || w == "hotline" || sms;
        let code = len == 3 && matches!(value, 111..=116 | 141);
        let called = line
            || code
                && (pair("cảnh", "sát")
                    || pair("cấp", "cứu")
                    || pair("cứu", "thương")
                    || pair("lực", "lượng")
                    // "chốt 141" (its checkpoint), "liên ngành 141", "tổ
                    // công tác đặc biệt 141", "gặp 141", "Tin 141:";
                    // "Đồng hành cùng 141" (with the task force: a
                    // page's name), "các anh 141" (its men).
                    || pair("liên", "ngành")
                    || pair("đặc", "biệt")
                    || matches!(w.as_ref(), "gọi" | "chốt" | "gặp" | "cùng" | "anh")
                    || (w == "tin" && !pair("thông", "tin")));
        called && !self.counted_after(j)
    }

    /// True when the number at `i` ends a licence plate written with a
    /// spaced or half-glued dash after its code: "BKS 38N - 5207", "29P9 -
    /// 5142", "51A – 380.20", "30X9 -1514" (the dash then starts the
    /// candidate), or with a space before a number written with a dot
    /// ("37K1 648.69"). The code is two digits, one or two capital letters
    /// and at most one digit, glued, on the number's line.
    pub(super) fn follows_plate_code(&self, i: usize) -> bool {
        let dash = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–')) && t.gap != Gap::Line)
        };
        // "37K1 648.69": a plate's number with its dot, after a space and
        // no dash (three digits, a dot, two digits: no amount is written
        // so).
        let spaced_serial = self.toks.get(i).is_some_and(|t| t.gap == Gap::Space)
            && matches!(
                (self.toks.get(i), self.toks.get(i + 1), self.toks.get(i + 2)),
                (
                    Some(Token {
                        kind: Kind::Num { len: 3, .. },
                        ..
                    }),
                    Some(Token {
                        kind: Kind::Punct('.'),
                        gap: Gap::None,
                        ..
                    }),
                    Some(Token {
                        kind: Kind::Num { len: 2, .. },
                        gap: Gap::None,
                        ..
                    }),
                )
            );
        let at = if dash(i) {
            i
        } else if i >= 1 && dash(i - 1) && self.toks.get(i).is_some_and(|t| t.gap != Gap::Line) {
            i - 1
        } else if spaced_serial {
            i
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

    /// True when the number at `i` lies in a licence plate written after
    /// the word of a plate ("BKS", "BSK", "biển kiểm soát", a colon
    /// allowed): "biển kiểm soát 98 (Bắc Giang)" (the province's code
    /// alone), "BKS: 67 K1 - 14961", "BKS 57L – 9435" (no litres),
    /// "biển kiểm soát 29R8 9331", "29V3-033.51" (the gen29 probe). The
    /// plate opens with two digits right after the word and runs on in
    /// digits, one- or two-letter series, dashes and dots, at most eight
    /// tokens on one line; a word or a comma ends it ("BKS 29A-123.45
    /// chạy 3 km": the 3 is no part of it).
    pub(super) fn in_plate_after_word(&self, i: usize) -> bool {
        let plate_part = |t: &Token| match t.kind {
            Kind::Num { .. } | Kind::Punct('-' | '–' | '.') => true,
            Kind::Word { .. } => {
                let raw = self.raw(t);
                (1..=2).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_uppercase())
            }
            _ => false,
        };
        let mut k = i;
        for _ in 0..8 {
            let Some(t) = self.toks.get(k) else {
                return false;
            };
            if t.gap == Gap::Line || !plate_part(t) {
                return false;
            }
            let opens = matches!(t.kind, Kind::Num { len: 2, .. })
                && t.gap == Gap::Space
                && k >= 1
                && self.plate_word_before(k - 1);
            if opens {
                return true;
            }
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            k = p;
        }
        false
    }

    /// True when the word of a plate ends at token `k` ("BKS", "BSK",
    /// "biển kiểm soát"), or a colon glued to it.
    fn plate_word_before(&self, k: usize) -> bool {
        let k = match self.toks.get(k) {
            Some(t) if t.kind == Kind::Punct(':') && t.gap == Gap::None => match k.checked_sub(1) {
                Some(p) => p,
                None => return false,
            },
            _ => k,
        };
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        match self.raw(t) {
            "BKS" | "BSK" => true,
            _ => {
                k >= 2
                    && self.word_at(k).is_some_and(|w| w == "soát")
                    && self.word_at(k - 1).is_some_and(|w| w == "kiểm")
                    && self.word_at(k - 2).is_some_and(|w| w == "biển")
            }
        }
    }

    /// True when the number at `i` opens a score written with a spaced or
    /// half-glued dash after a word of a result: "tỷ số 3 - 1", "nâng tỷ
    /// số lên 2 - 0", "thắng 2 – 1 trước Sevilla", "dẫn trước 1- 0". Both
    /// numbers have one or two digits; a counted noun after the second
    /// ("thắng 2 - 3 trận") makes a range of counts. After a colon the
    /// sides of a match or a forecast make it a score too
    /// ([`Context::after_match_colon`]).
    pub(super) fn opens_score(&self, i: usize, j: usize) -> bool {
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
        if self
            .toks
            .get(prev)
            .is_some_and(|t| t.kind == Kind::Punct(':'))
        {
            return self.after_match_colon(prev);
        }
        match word(prev).as_deref() {
            Some("thắng" | "thua" | "hòa" | "hoà") => true,
            Some("số") => tally(prev),
            Some("trước") => prev >= 1 && word(prev - 1).is_some_and(|w| w == "dẫn"),
            Some("lên") => prev >= 1 && tally(prev - 1),
            _ => false,
        }
    }

    /// True when the colon at `colon` closes the name of a match or a
    /// forecast of one, so that the "a - b" after it is a score (the gen25
    /// probe): two sides joined by a dash, "Việt Nam - Myanmar: 2-1",
    /// "TP.HCM - Hà Nội : 13 - 4", "Porto – Zenit: 0-1", "Schalke 04 –
    /// Chelsea: 0-3"; or "Dự đoán: 2 - 0". The sides are looked for in the
    /// eight tokens before the colon, back to a spaced full stop, a
    /// semicolon, a comma, a bracket or a line break; the side after the
    /// dash starts with a capital. "Nhiệt
    /// độ thấp nhất từ: 24 – 27 độ C" and "Số đo: 86 - 60 - 90" have no
    /// sides.
    fn after_match_colon(&self, colon: usize) -> bool {
        let Some(p) = self.before_on_line(colon) else {
            return false;
        };
        if self.word_at(p).is_some_and(|w| w == "đoán") {
            return self.word_before(p).is_some_and(|w| w == "dự");
        }
        let mut k = colon;
        for _ in 0..8 {
            let Some(b) = self.before_on_line(k) else {
                return false;
            };
            let Some(t) = self.toks.get(b) else {
                return false;
            };
            match t.kind {
                Kind::Punct(';' | ':' | ',' | '(' | ')') => return false,
                Kind::Punct('.') if t.gap != Gap::None => return false,
                Kind::Punct('-' | '–') => {
                    let side_before =
                        b.checked_sub(1)
                            .and_then(|a| self.toks.get(a))
                            .is_some_and(|a| {
                                matches!(a.kind, Kind::Word { .. } | Kind::Num { .. })
                                    && t.gap == Gap::Space
                            });
                    let side_after = self.toks.get(b + 1).is_some_and(|a| {
                        matches!(a.kind, Kind::Word { .. })
                            && a.gap == Gap::Space
                            && self.raw(a).starts_with(char::is_uppercase)
                    });
                    return side_before && side_after && b + 1 < colon;
                }
                _ => {}
            }
            k = b;
        }
        false
    }

    /// True when the token at `prev` (right before a number) ends a
    /// telephone extension's cue: "Ext", "ext", "Ext:", "ext.", "máy lẻ";
    /// or a bank account's: "tài khoản:".
    pub(super) fn after_extension(&self, prev: usize) -> bool {
        let Some(p) = self.toks.get(prev) else {
            return false;
        };
        let colon = p.kind == Kind::Punct(':');
        let w = if matches!(p.kind, Kind::Punct(':' | '.')) {
            let Some(k) = prev.checked_sub(1) else {
                return false;
            };
            if self.toks.get(k).is_none_or(|t| t.gap == Gap::Line) || p.gap != Gap::None {
                return false;
            }
            k
        } else {
            prev
        };
        match self.word_at(w).as_deref() {
            Some("ext") => true,
            Some("lẻ") => self.word_before(w).is_some_and(|m| m == "máy"),
            // "Số tài khoản: 1231 0000 062175": a bank account's number
            // (prec18 probe); "vào tài khoản 10 tỷ đồng" is money paid in.
            Some("khoản") => colon && self.word_before(w).is_some_and(|m| m == "tài"),
            _ => false,
        }
    }
}
