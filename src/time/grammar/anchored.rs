//! Anchored dates in the dates grammar's walk (anchor2 probe): the forms
//! of `time::anchored` ("cùng ngày", "sáng hôm sau", "năm trước đó") and
//! the relative dates an anchored form must not reach past ("hôm nay",
//! "năm nay"), read at the words where the scan already stops: "ngày",
//! "hôm", "năm", "tháng", "tuần" and the parts of the day all start a
//! date (`Word::may_start`), so the scan needs no second walk over the
//! text to find them.
//!
//! A form reads back from its word ("cùng" before "ngày", a part of the
//! day or a count before "hôm") with [`Grammar::prev_word`], which asks
//! only that the word it stands after is on the same line, and forward
//! with [`Grammar::word`], the grammar started at the word.

use super::Grammar;
use crate::lex::{Gap, Kind, Word};
use crate::time::DayPart;
use crate::time::anchored::{AnchorUnit, AnchoredForm};

/// What the scan notes at a word: an anchored form that the word keys, and
/// whether a relative date starts there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cue {
    /// The anchored form read at the word.
    pub(crate) form: Option<AnchoredForm>,
    /// A relative date ("hôm nay", "năm trước") starts at the word.
    pub(crate) relative: bool,
}

/// True for the words that key a cue: the day, unit and part-of-day words
/// [`Grammar::cue_at`] reads. The scan asks this of every token it passes
/// without trying the grammar (the tokens inside a match); every one of
/// them may start a date, so the scan's own walk stops at the others.
pub(crate) const fn keys_a_cue(word: Word) -> bool {
    matches!(
        word,
        Word::Ngay
            | Word::Hom
            | Word::Nam
            | Word::Thang
            | Word::Tuan
            | Word::Sang
            | Word::Trua
            | Word::Chieu
            | Word::Toi
            | Word::Dem
    )
}

// The scan finds the cues at the words where it tries the grammar: each
// must be one of them.
const _: () = {
    assert!(Word::Ngay.may_start() && Word::Hom.may_start() && Word::Nam.may_start());
    assert!(Word::Thang.may_start() && Word::Tuan.may_start() && Word::Sang.may_start());
    assert!(Word::Trua.may_start() && Word::Chieu.may_start() && Word::Toi.may_start());
    assert!(Word::Dem.may_start());
};

/// True for a word that names a day before "nay", "qua", "mai", "kia":
/// "hôm", "ngày" or a part of the day ("sáng mai", "tối qua"); the dates
/// grammar reads the same words before the date that says which day
/// tomorrow is ("ngày mai 2-6").
pub(crate) const fn names_a_day(word: Word) -> bool {
    matches!(
        word,
        Word::Ngay | Word::Hom | Word::Sang | Word::Trua | Word::Chieu | Word::Toi | Word::Dem
    )
}

impl Grammar<'_> {
    /// The cue at token `i`, the grammar started there (see [`Cue`]).
    pub(crate) fn cue_at(&self, i: usize) -> Cue {
        let Some(word) = self.word(i) else {
            return Cue::default();
        };
        let form = match word {
            Word::Ngay => self.same_day(i).or_else(|| self.day_of_same_month(i)),
            Word::Hom => self.day_after_or_before(i),
            Word::Nam => self
                .unit_before_or_after(i, word)
                .or_else(|| self.that_year(i)),
            Word::Thang => self.unit_before_or_after(i, word),
            _ => None,
        };
        Cue {
            form,
            relative: self.relative_after(i, word),
        }
    }

    /// The folded text of the word before token `i` on the same line (see
    /// [`Grammar::prev_word`]).
    fn prev_text(&self, i: usize) -> Option<std::borrow::Cow<'_, str>> {
        self.prev_word(i)?;
        self.folded_text(self.toks.get(i - 1)?)
    }

    /// True for token `i` on the line of the token before it.
    fn on_line(&self, i: usize) -> bool {
        i > 0 && self.toks.get(i).is_some_and(|t| t.gap != Gap::Line)
    }

    /// True for a count or a plural word right before token `i`: "3 hôm
    /// sau", "một năm sau đó", "những năm trước đó", "vài ngày hôm sau" —
    /// the grammar's quantity words ([`Grammar::after_quantity`]) and the
    /// tens ("mười", "mươi", "chục").
    fn counted_before(&self, i: usize) -> bool {
        self.on_line(i)
            && (self.after_quantity(i)
                || matches!(
                    self.prev_word(i),
                    Some(Word::Muoi | Word::Muoi2 | Word::Chuc)
                ))
    }

    /// The offset "sau" (after: +1) or "trước" (before: −1) at token `i`
    /// gives a form.
    fn after_or_before(&self, i: usize) -> Option<i32> {
        match self.word(i)? {
            Word::Sau => Some(1),
            Word::Truoc => Some(-1),
            _ => None,
        }
    }

    /// The form's start and part of the day ("sáng", "rạng sáng", "buổi
    /// chiều" before it), from its first token `first`.
    fn with_part(&self, first: usize) -> Option<(usize, Option<DayPart>)> {
        let Some(part) = self.prev_word(first).and_then(DayPart::of_word) else {
            return Some((self.toks.get(first)?.start, None));
        };
        let p = first - 1;
        let lead = matches!(self.prev_word(p), Some(Word::Rang | Word::Buoi));
        let from = if lead { p - 1 } else { p };
        Some((self.toks.get(from)?.start, Some(part)))
    }

    /// Byte offsets of token `i`: its start and its end.
    fn span_of(&self, i: usize) -> Option<(usize, usize)> {
        self.toks.get(i).map(|t| (t.start, t.end))
    }

    /// "cùng ngày" at "ngày" (token `i`): not before "sinh", "với", "này"
    /// or a written date.
    fn same_day(&self, i: usize) -> Option<AnchoredForm> {
        if self.prev_word(i)? != Word::Other || self.prev_text(i)? != "cùng" {
            return None;
        }
        let c = i - 1;
        let next = self.tok(i + 1).map(|t| t.kind);
        let taken = match next {
            Some(Kind::Num { .. }) => true,
            Some(Kind::Word {
                word: Word::Sinh | Word::Nay2,
                ..
            }) => true,
            Some(Kind::Word {
                word: Word::Other, ..
            }) => self.word_text(i + 1).is_some_and(|w| w == "với"),
            _ => false,
        };
        if taken {
            return None;
        }
        let (start, part) = self.with_part(c)?;
        Some(AnchoredForm {
            start,
            end: self.span_of(i)?.1,
            cue: self.span_of(c)?.0,
            unit: AnchorUnit::Day,
            offset: 0,
            part,
            near: false,
            bare: false,
        })
    }

    /// "ngày 27 cùng tháng" at "ngày" (token `i`): a written day of the
    /// month the story last named ("14/6 là hạn đăng ký và ngày 27 cùng
    /// tháng, …" is 27 June; gen43 probe), its day in the form's offset.
    /// One or two digits, 1 to 31, then "cùng tháng", spaced on one line;
    /// not before a number ("cùng tháng 6" writes its month) nor "này",
    /// "năm" or "với" ("cùng tháng năm ngoái", "cùng tháng với"). Its
    /// anchor stands in the same paragraph or the one before.
    fn day_of_same_month(&self, i: usize) -> Option<AnchoredForm> {
        let spaced = |k: usize| self.tok(k).is_some_and(|t| t.gap == Gap::Space);
        let (day, len) = self.num(i + 1)?;
        if len > 2 || !(1..=31).contains(&day) || !spaced(i + 1) {
            return None;
        }
        let same = spaced(i + 2) && self.word_text(i + 2).is_some_and(|w| w == "cùng");
        if !same || !spaced(i + 3) || !self.is(i + 3, Word::Thang) {
            return None;
        }
        let taken = match self.tok(i + 4).map(|t| t.kind) {
            Some(Kind::Num { .. }) => true,
            Some(Kind::Word { word, .. }) => {
                matches!(word, Word::Nay2 | Word::Nam)
                    || self.word_text(i + 4).is_some_and(|w| w == "với")
            }
            _ => false,
        };
        if taken {
            return None;
        }
        let (start, part) = self.with_part(i)?;
        Some(AnchoredForm {
            start,
            end: self.span_of(i + 3)?.1,
            cue: self.span_of(i)?.0,
            unit: AnchorUnit::DayOfMonth,
            offset: i32::try_from(day).ok()?,
            part,
            near: true,
            bare: false,
        })
    }

    /// "hôm sau", "hôm trước", with "ngày" before them or not, at "hôm"
    /// (token `i`): not "bữa sau", not after a count, not before "khi".
    fn day_after_or_before(&self, i: usize) -> Option<AnchoredForm> {
        let offset = self.after_or_before(i + 1)?;
        // "bữa sau" (southern "day"): mostly "next time".
        if self.word_text(i)? != "hôm" {
            return None;
        }
        // "hôm trước khi …", "hôm sau khi …": before or after an event.
        if self.is(i + 2, Word::Do) && self.word_text(i + 2).is_some_and(|w| w == "khi") {
            return None;
        }
        let first = if self.prev_word(i) == Some(Word::Ngay) {
            i - 1
        } else {
            i
        };
        if self.counted_before(first) {
            return None;
        }
        let (start, part) = self.with_part(first)?;
        Some(AnchoredForm {
            start,
            end: self.span_of(i + 1)?.1,
            cue: self.span_of(first)?.0,
            unit: AnchorUnit::Day,
            offset,
            part,
            near: true,
            bare: first == i && part.is_none(),
        })
    }

    /// "năm trước đó", "tháng sau đó" at the unit (token `i`, word
    /// `unit`): not after a count or a plural word.
    fn unit_before_or_after(&self, i: usize, unit: Word) -> Option<AnchoredForm> {
        let offset = self.after_or_before(i + 1)?;
        if !self.is(i + 2, Word::Do) || self.word_text(i + 2)? != "đó" {
            return None;
        }
        if self.counted_before(i) {
            return None;
        }
        Some(AnchoredForm {
            start: self.span_of(i)?.0,
            end: self.span_of(i + 2)?.1,
            cue: self.span_of(i)?.0,
            unit: if unit == Word::Nam {
                AnchorUnit::Year
            } else {
                AnchorUnit::Month
            },
            offset,
            part: None,
            near: false,
            bare: false,
        })
    }

    /// "năm đó", "năm ấy", "năm này", "cùng năm", "cùng năm đó" at "năm"
    /// (token `i`): that year, the year the story last named ("Năm 2012,
    /// … Cũng trong năm đó, …" is 2012; offset 0). Not after a count or a
    /// plural word ("10 năm đó", "những năm ấy": how long, several years),
    /// not "năm này qua năm khác" (year after year); "cùng năm" alone not
    /// before a number ("cùng năm 2012" is the date), "tháng" ("cùng năm
    /// tháng": through the years) or a unit's direction ("cùng năm trước",
    /// "cùng năm ngoái": the same period of another year). Its anchor must
    /// stand in the same paragraph and write its year, and no year of a
    /// name may stand between them (`extract::anchored`).
    fn that_year(&self, i: usize) -> Option<AnchoredForm> {
        // Not "cuối cùng năm ấy" (the last … that year: "cùng" is the
        // adverb's).
        let same = self.prev_word(i) == Some(Word::Other)
            && self.prev_text(i).is_some_and(|w| w == "cùng")
            && !(i > 1 && self.word_at_is(i - 2, &["cuối"]));
        let that = self.on_line(i + 1)
            && (self.is(i + 1, Word::Nay2)
                || self.is(i + 1, Word::Do)
                    && self
                        .word_text(i + 1)
                        .is_some_and(|w| w == "đó" || w == "ấy"));
        if that && self.one_after_another(i + 1) {
            return None;
        }
        // "Tháng 3 năm đó", "ngày 5/3 năm ấy": the digits before are the
        // date's, which the year completes (`extract::anchored`), no count.
        let date_before = i > 1
            && matches!(self.toks.get(i - 1).map(|t| t.kind), Some(Kind::Num { .. }))
            && (matches!(self.word(i - 2), Some(Word::Thang | Word::Ngay))
                || matches!(self.punct(i - 2), Some('/' | '-' | '.')));
        if !same && (!that || (self.counted_before(i) && !date_before)) {
            return None;
        }
        if same && !that {
            // "trong cùng năm" (within one year) and "cùng năm với X" (the
            // same year as X) name no year of the story.
            if i > 1 && self.word_at_is(i - 2, &["trong"]) || self.word_at_is(i + 1, &["với"]) {
                return None;
            }
            let taken = match self.tok(i + 1).map(|t| t.kind) {
                Some(Kind::Num { .. }) => true,
                Some(Kind::Word { word, .. }) => matches!(
                    word,
                    Word::Thang
                        | Word::Truoc
                        | Word::Sau
                        | Word::Ngoai
                        | Word::Nay
                        | Word::Qua
                        | Word::Toi2
                ),
                _ => false,
            };
            if taken {
                return None;
            }
        }
        let first = if same { i - 1 } else { i };
        let last = if that { i + 1 } else { i };
        Some(AnchoredForm {
            start: self.span_of(first)?.0,
            end: self.span_of(last)?.1,
            cue: self.span_of(first)?.0,
            unit: AnchorUnit::Year,
            offset: 0,
            part: None,
            near: true,
            bare: false,
        })
    }

    /// True when a relative date starts at token `i` (word `word`): a day
    /// ("hôm nay", "sáng qua", "ngày mai", "tối kia") or a unit ("năm nay",
    /// "tháng trước", "tuần tới", "năm ngoái"; not "năm trước đó", an
    /// anchored form). Without a reference the extractor does not report
    /// them, and an anchored form after one must not reach past it to an
    /// older date.
    fn relative_after(&self, i: usize, word: Word) -> bool {
        let Some(next) = self.word(i + 1) else {
            return false;
        };
        let day =
            names_a_day(word) && matches!(next, Word::Nay | Word::Qua | Word::Mai | Word::Kia);
        // The word after the unit's direction, on any line.
        let that = || {
            matches!(
                self.toks.get(i + 2).map(|t| t.kind),
                Some(Kind::Word { word: Word::Do, .. })
            )
        };
        let unit = matches!(word, Word::Nam | Word::Thang | Word::Tuan)
            && (matches!(
                next,
                Word::Nay | Word::Nay2 | Word::Ngoai | Word::Qua | Word::Toi2
            ) || (matches!(next, Word::Truoc | Word::Sau) && !that()));
        day || unit
    }
}
