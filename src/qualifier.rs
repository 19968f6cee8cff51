//! The one table of qualifier phrases ("hơn", "ít nhất", "không quá",
//! "khoảng trên" …): the words of each phrase, what it says of the number
//! after it ([`Qualifier`]), and which grammars read it. The number
//! grammar (`number::entity::match_qualifier`) and the dates grammar
//! (`time::qualifier::qualifier`) both match these phrases over the shared
//! lexer's words ([`crate::lex::Word`]): one list, read once per start,
//! comparing one-byte words instead of folded strings.
//!
//! What is not a phrase stays in its grammar, documented there: the
//! number grammar's "trên 2 sàn" (on two exchanges), "quanh" and "cỡ"
//! before a bare count, "vượt quá" (exceed); the dates grammar's "hàng",
//! "vài", "mấy" before a scale word, "mười mấy năm", "vượt quá"; and in
//! both the modal of a negated bound ("không được quá", "không thể
//! dưới"), whose bound is read here by [`read_after_modal`].

use crate::lex::Word;
use crate::number::Qualifier;

/// A grammar that reads the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Grammar {
    /// The number grammar (`number::entity`): amounts, counts, measures.
    Numbers,
    /// The dates grammar (`time`): dates, times and durations.
    Dates,
}

impl Grammar {
    /// The grammar's bit in [`Phrase::readers`].
    const fn bit(self) -> u8 {
        match self {
            Grammar::Numbers => NUMBERS,
            Grammar::Dates => DATES,
        }
    }
}

/// [`Phrase::readers`]: the number grammar reads the phrase.
const NUMBERS: u8 = 1;
/// [`Phrase::readers`]: the dates grammar reads the phrase.
const DATES: u8 = 2;
/// [`Phrase::readers`]: both grammars read the phrase.
const BOTH: u8 = NUMBERS | DATES;

/// A qualifier phrase: its words, what it means, who reads it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    /// The words, as the shared lexer knows them.
    pub words: &'static [Word],
    /// What the phrase says of the number after it.
    pub qualifier: Qualifier,
    /// The grammars that read it ([`NUMBERS`], [`DATES`], [`BOTH`]).
    readers: u8,
}

/// A phrase of the table.
const fn p(words: &'static [Word], qualifier: Qualifier, readers: u8) -> Phrase {
    Phrase {
        words,
        qualifier,
        readers,
    }
}

use Qualifier::{About, AtLeast, AtMost, LessThan, MoreThan};
use Word::{
    Cao, Chua2, Chung, Co3, Da, Day3, Den, Do4, Duoi, Gan, Hon, It, Khoang, Khong, La, Lon, Muc,
    Nghet, Ngot, Nhat2, Nhieu, Nho, Qua3, Quanh, Tam2, Thap2, Thieu, Toi, Toi2, Trac, Tren, Tron2,
    Uoc, Vuot, Xap, Xi,
};

/// The qualifier phrases, longest first within each first word (the
/// first phrase that matches is read: "ít nhất là" before "ít nhất",
/// "trên dưới" before "trên").
pub(crate) const PHRASES: &[Phrase] = &[
    // "không ít hơn 3 tháng", "không dưới 5 năm": not below, at least;
    // "không quá 10 năm", "không vượt quá 12 giờ": at most.
    p(&[Khong, It, Hon], AtLeast, BOTH),
    // "không thấp hơn 90% mức giá", "không nhỏ hơn 6,0": not below, at
    // least (as the gold sets read "không nhỏ hơn"); "không cao hơn",
    // "không lớn hơn": not above, at most.
    p(&[Khong, Thap2, Hon], AtLeast, BOTH),
    p(&[Khong, Nho, Hon], AtLeast, BOTH),
    p(&[Khong, Cao, Hon], AtMost, BOTH),
    p(&[Khong, Lon, Hon], AtMost, BOTH),
    p(&[Khong, Nhieu, Hon], AtMost, BOTH),
    p(&[Khong, Vuot, Qua3], AtMost, BOTH),
    p(&[Khong, Duoi], AtLeast, BOTH),
    p(&[Khong, Qua3], AtMost, BOTH),
    // "không tới 5 người", "không đến 10%": less than.
    p(&[Khong, Toi2], LessThan, NUMBERS),
    p(&[Khong, Den], LessThan, NUMBERS),
    // "ít nhất là 3", "ít nhất 2 tuần": at least.
    p(&[It, Nhat2, La], AtLeast, BOTH),
    p(&[It, Nhat2], AtLeast, BOTH),
    p(&[It, Hon], LessThan, NUMBERS),
    // "chở tối đa không quá 5 người", "tối đa không vượt quá 40.000.000
    // đồng", "tối thiểu không thấp hơn 90%": two bounds of one sense
    // stacked; both are the number's qualifier words, so both are in the
    // span (opening of the thirty-third blind set, ai094).
    p(&[Toi, Da, Khong, Vuot, Qua3], AtMost, BOTH),
    p(&[Toi, Da, Khong, Qua3], AtMost, BOTH),
    p(&[Toi, Thieu, Khong, Thap2, Hon], AtLeast, BOTH),
    p(&[Toi, Thieu, Khong, It, Hon], AtLeast, BOTH),
    p(&[Toi, Thieu, Khong, Duoi], AtLeast, BOTH),
    // "vốn tối thiểu là 1.000 tỷ đồng", "tối đa là 20 ngày": the bound and
    // "là" (is), as "ít nhất là" reads (rec17 probe).
    p(&[Toi, Thieu, La], AtLeast, BOTH),
    p(&[Toi, Thieu], AtLeast, BOTH),
    p(&[Toi, Da, La], AtMost, BOTH),
    p(&[Toi, Da], AtMost, BOTH),
    p(&[Nhieu, Nhat2, La], AtMost, BOTH),
    p(&[Nhieu, Nhat2], AtMost, BOTH),
    p(&[Nhieu, Hon], MoreThan, BOTH),
    p(&[Cao, Hon], MoreThan, NUMBERS),
    p(&[Lon, Hon], MoreThan, NUMBERS),
    p(&[Thap2, Hon], LessThan, NUMBERS),
    p(&[Nho, Hon], LessThan, NUMBERS),
    p(&[Hon], MoreThan, BOTH),
    // "trên dưới 40 người": above or below, about.
    p(&[Tren, Duoi], About, BOTH),
    // "trên mức 200.000 ca", "dưới mức 2%": above, below the level of a
    // figure, "mức" (level) in the span as "là" is in "ít nhất là"
    // (opening of the thirty-second blind set, ah093). "cao hơn mức
    // 12,1%" compares with a figure and stays bare (no phrase starts at
    // "hơn mức"). The number grammar reads it; no date or duration
    // follows "mức" in the corpus.
    p(&[Tren, Muc], MoreThan, NUMBERS),
    p(&[Tren], MoreThan, BOTH),
    p(&[Chua2, Den], LessThan, BOTH),
    p(&[Chua2, Toi2], LessThan, BOTH),
    p(&[Chua2, Day3], LessThan, BOTH),
    // "khi chưa tròn 18 tuổi", "chưa tròn 2 năm": not yet a full count,
    // less than it, as "chưa đầy" (twenty-eighth blind set, ad082).
    p(&[Chua2, Tron2], LessThan, BOTH),
    p(&[Duoi, Muc], LessThan, NUMBERS),
    p(&[Duoi], LessThan, BOTH),
    p(&[Xap, Xi], About, BOTH),
    // "khoảng trên 2 tỷ", "khoảng hơn 15 năm", "khoảng dưới 4 giây":
    // about, and a bound; the bound says more.
    p(&[Khoang, Tren, Duoi], About, BOTH),
    p(&[Khoang, Tren], MoreThan, BOTH),
    p(&[Khoang, Hon], MoreThan, BOTH),
    p(&[Khoang, Duoi], LessThan, BOTH),
    p(&[Khoang, Chung], About, BOTH),
    p(&[Khoang, Gan], About, BOTH),
    // "khoảng độ 40 tuổi", "khoảng độ 2%": about, two words of it ("độ"
    // alone is no qualifier: "tốc độ 63 km/h", "độ chục năm"), as the
    // twenty-ninth blind set's ae109 reads it (gen39 probe).
    p(&[Khoang, Do4], About, BOTH),
    p(&[Khoang], About, BOTH),
    // "chừng hơn 30 tuổi", "chừng gần 2 mét", "chừng chưa tới 10 tuổi":
    // about, and a bound; the bound says more, as after "khoảng" (gen39
    // probe).
    p(&[Chung, Hon], MoreThan, BOTH),
    p(&[Chung, Tren], MoreThan, BOTH),
    p(&[Chung, Duoi], LessThan, BOTH),
    p(&[Chung, Gan], About, BOTH),
    p(&[Chung, Chua2, Toi2], LessThan, BOTH),
    p(&[Chung, Chua2, Den], LessThan, BOTH),
    p(&[Chung, Chua2, Day3], LessThan, BOTH),
    p(&[Chung], About, BOTH),
    // "ước chừng 20 tuổi", "ước chừng hơn 400", "ước chừng khoảng 300":
    // roughly (the fifteenth blind set, opened).
    p(&[Uoc, Chung, Hon], MoreThan, BOTH),
    p(&[Uoc, Chung, Khoang], About, BOTH),
    p(&[Uoc, Chung, Gan], About, BOTH),
    p(&[Uoc, Chung], About, BOTH),
    p(&[Gan], About, BOTH),
    // "quanh 21.030 đồng", "quanh 36,7 triệu đồng/lượng": around an
    // amount; before a bare count it is "around" a topic ("xoay quanh 6
    // bạn trẻ"), which the number scanner leaves out (`number::scan`).
    p(&[Quanh], About, BOTH),
    // "tầm 100.000 đồng", "tầm 45 tuổi", "tầm 8-9 giờ sáng": about
    // (southern speech); "tầm hơn một tháng", "tầm gần 50", "tầm khoảng
    // 6h chiều": about, and a bound or "khoảng" (gen39 probe).
    p(&[Tam2, Hon], MoreThan, BOTH),
    p(&[Tam2, Tren], MoreThan, BOTH),
    p(&[Tam2, Duoi], LessThan, BOTH),
    p(&[Tam2, Gan], About, BOTH),
    p(&[Tam2, Khoang], About, BOTH),
    p(&[Tam2], About, BOTH),
    // "một người đàn ông (trạc 50 tuổi)", "cô tiểu thư trạc 15 tuổi":
    // about, of a person's age as the eye guesses it (num26 probe; every
    // "trạc" before a number in the corpus is so).
    p(&[Trac], About, BOTH),
    // "dài cỡ 3 mét", "nặng cỡ 30kg": about, after a word of dimension
    // only; elsewhere "cỡ" is a size ("đạn cỡ 240mm", "tôm cỡ 30
    // con/kg"), which the number scanner leaves out (`number::scan`).
    p(&[Co3], About, BOTH),
    // "ngót 100 người", "ngót nghét 2 tỷ đồng", "ngót 10 năm": nearly, as
    // "gần" is (CONVENTIONS.md, "Settled in the num18 probe"); the lexer
    // reads "ngét" as "nghét".
    p(&[Ngot, Nghet], About, BOTH),
    p(&[Ngot], About, BOTH),
    // "quá 20 lần", "đến chậm quá 15 phút", "quá 20 năm": past, more
    // than, read as written as "hơn" is, whatever verb or negation stands
    // before it (CONVENTIONS.md, "Settled in the num19 probe"); "không
    // quá" right before the number is at most, and "vượt quá" (exceed) is
    // a verb (each grammar's own guard).
    p(&[Qua3], MoreThan, BOTH),
];

/// True when `w` is the first word of some phrase of [`PHRASES`] (a test
/// checks them all): the one `match` each grammar asks before the table,
/// at every word where it may start.
#[inline]
pub(crate) const fn may_start(w: Word) -> bool {
    matches!(
        w,
        Khong
            | It
            | Toi
            | Nhieu
            | Cao
            | Lon
            | Thap2
            | Nho
            | Hon
            | Tren
            | Chua2
            | Duoi
            | Xap
            | Khoang
            | Chung
            | Uoc
            | Gan
            | Quanh
            | Tam2
            | Trac
            | Co3
            | Ngot
            | Qua3
    )
}

/// True when `words` starts with the words of `phrase`; `word(k)` is the
/// `k`-th word from the start, `None` past the end or at a token that is
/// no word.
#[inline]
fn starts_with(phrase: &[Word], word: &impl Fn(usize) -> Option<Word>) -> bool {
    phrase.iter().enumerate().all(|(k, w)| word(k) == Some(*w))
}

/// The phrase of `grammar` at the start of a run of words, and its length
/// in words: `word(k)` is the `k`-th word from the start ("ít nhất là 3
/// tuần" gives `AtLeast` and 3; "hơn 2 năm" `MoreThan` and 1; "người"
/// nothing).
#[inline]
pub(crate) fn read(
    grammar: Grammar,
    word: impl Fn(usize) -> Option<Word>,
) -> Option<(Qualifier, usize)> {
    let first = word(0)?;
    if !may_start(first) {
        return None;
    }
    PHRASES
        .iter()
        .filter(|ph| ph.readers & grammar.bit() != 0 && ph.words.first() == Some(&first))
        .find(|ph| starts_with(ph.words, &word))
        .map(|ph| (ph.qualifier, ph.words.len()))
}

/// The bound of a negated phrase of `grammar` read after its modal: "không
/// được vượt quá 5 ngày", "không thể dưới 100 km/h", where `word(0)` is
/// the word after the modal ("vượt", "dưới"). Only the bounds (at least,
/// at most) of the phrases that start with "không", not "không tới",
/// "không đến" (less than: "không thể đến 5" is no amount). The length
/// returned counts the words after the modal.
pub(crate) fn read_after_modal(
    grammar: Grammar,
    word: impl Fn(usize) -> Option<Word>,
) -> Option<(Qualifier, usize)> {
    PHRASES
        .iter()
        .filter(|ph| {
            ph.readers & grammar.bit() != 0
                && ph.words.first() == Some(&Khong)
                && matches!(ph.qualifier, AtLeast | AtMost)
        })
        .find(|ph| starts_with(ph.words.get(1..).unwrap_or_default(), &word))
        .map(|ph| (ph.qualifier, ph.words.len() - 1))
}

/// The qualifier that the word `w` is alone in `grammar` ("hơn", "gần",
/// "khoảng", "quá" …): for the rules that read a bound before a word no
/// grammar starts on ("hơn phân nửa").
pub(crate) fn one_word(grammar: Grammar, w: Word) -> Option<Qualifier> {
    PHRASES
        .iter()
        .find(|ph| ph.readers & grammar.bit() != 0 && ph.words == [w])
        .map(|ph| ph.qualifier)
}

#[cfg(test)]
mod tests {
    use super::{BOTH, Grammar, PHRASES, may_start, one_word, read, read_after_modal};
    use crate::lex::Word;
    use crate::number::Qualifier;

    /// Every phrase's first word passes the pre-check, and the pre-check
    /// lets through no word that starts no phrase.
    #[test]
    fn every_phrase_starts_with_a_word_of_the_pre_check() {
        for ph in PHRASES {
            let first = ph.words.first().copied().unwrap_or(Word::Other);
            assert!(may_start(first), "{:?}", ph.words);
        }
        for &(spelling, w) in crate::lex::VOCAB {
            if may_start(w) {
                assert!(
                    PHRASES.iter().any(|ph| ph.words.first() == Some(&w)),
                    "{spelling}"
                );
            }
        }
        assert!(!may_start(Word::Nam));
        assert!(!may_start(Word::Other));
    }

    /// Every word of every phrase is a word of the vocabulary: the lexer
    /// gives it for some spelling, so the phrase can match.
    #[test]
    fn every_phrase_word_is_known() {
        for ph in PHRASES {
            assert!(!ph.words.is_empty());
            for w in ph.words {
                assert!(
                    crate::lex::VOCAB.iter().any(|&(_, v)| v == *w),
                    "{w:?} in {:?}",
                    ph.words
                );
            }
            assert!(ph.readers != 0 && ph.readers & !BOTH == 0);
        }
    }

    /// A longer phrase comes before every phrase it starts with, so that
    /// the first match is the longest.
    #[test]
    fn longer_phrases_come_first() {
        for (i, short) in PHRASES.iter().enumerate() {
            for long in PHRASES.iter().skip(i + 1) {
                assert!(
                    !(long.words.len() > short.words.len()
                        && long.words.starts_with(short.words)
                        && long.readers & short.readers != 0),
                    "{:?} after {:?}",
                    long.words,
                    short.words
                );
            }
        }
    }

    /// Reads `words` (lowercase, one space apart) as a run of the lexer's
    /// words.
    fn lexed(words: &str) -> Vec<Word> {
        words.split(' ').map(Word::lookup).collect()
    }

    fn read_in(grammar: Grammar, words: &str) -> Option<(Qualifier, usize)> {
        let ws = lexed(words);
        read(grammar, |k| ws.get(k).copied())
    }

    #[test]
    fn phrases_read_in_each_grammar() {
        use Grammar::{Dates, Numbers};
        use Qualifier::*;
        for (grammar, words, want) in [
            (Numbers, "ít nhất là 3", Some((AtLeast, 3))),
            (Dates, "ít nhất là 3", Some((AtLeast, 3))),
            (Dates, "khoảng hơn 15", Some((MoreThan, 2))),
            (Numbers, "khoảng trên dưới 2", Some((About, 3))),
            (Dates, "không vượt quá 5", Some((AtMost, 3))),
            (Numbers, "không cao hơn 5", Some((AtMost, 3))),
            (Dates, "không cao hơn 5", Some((AtMost, 3))),
            (Numbers, "không đến 5", Some((LessThan, 2))),
            (Dates, "không đến 5", None),
            (Numbers, "cao hơn 5", Some((MoreThan, 2))),
            (Dates, "cao hơn 5", None),
            (Dates, "ít hơn 5", None),
            (Dates, "nhiều hơn 5", Some((MoreThan, 2))),
            (Numbers, "ngót ngét 2", Some((About, 2))),
            (Numbers, "quanh 5", Some((About, 1))),
            (Dates, "quanh 5", Some((About, 1))),
            (Dates, "ước chừng hơn 5", Some((MoreThan, 3))),
            (Numbers, "chừng hơn 5", Some((MoreThan, 2))),
            (Dates, "chừng chưa tới 5", Some((LessThan, 3))),
            (Dates, "tầm khoảng 5", Some((About, 2))),
            (Numbers, "khoảng độ 5", Some((About, 2))),
            (Numbers, "độ 5", None),
            (Numbers, "người 5", None),
            (Dates, "hơn là", Some((MoreThan, 1))),
        ] {
            assert_eq!(read_in(grammar, words), want, "{grammar:?} {words}");
        }
        let ws = lexed("vượt quá 5");
        assert_eq!(
            read_after_modal(Grammar::Dates, |k| ws.get(k).copied()),
            Some((AtMost, 2))
        );
        let ws = lexed("đến 5");
        assert_eq!(
            read_after_modal(Grammar::Numbers, |k| ws.get(k).copied()),
            None
        );
        assert_eq!(one_word(Numbers, Word::Hon), Some(MoreThan));
        assert_eq!(one_word(Numbers, Word::It), None);
    }

    /// The phrase's words as written, from the vocabulary (the first
    /// spelling of each word).
    fn spelled(ph: &super::Phrase) -> String {
        let spelling = |w: &Word| {
            crate::lex::VOCAB
                .iter()
                .find(|&&(_, v)| v == *w)
                .map_or("?", |&(s, _)| s)
        };
        ph.words.iter().map(spelling).collect::<Vec<_>>().join(" ")
    }

    /// The entity of `sentence` whose text ends with `tail`, its text and
    /// the debug form of its value.
    fn entity_ending(sentence: &str, tail: &str) -> Option<(String, String)> {
        crate::extract::extract(sentence)
            .iter()
            .find(|e| e.text.ends_with(tail))
            .map(|e| (e.text.to_owned(), format!("{:?}", e.value)))
    }

    /// Every phrase, in running text, in each grammar: where the grammar
    /// reads it the entity's span starts with the phrase and carries its
    /// qualifier ("quanh 30 triệu đồng", "quanh 3 năm"); where it does
    /// not, no span that starts with the phrase carries its qualifier
    /// ("cao hơn 3 năm" is read from "hơn", "không đến 3 năm" no bound).
    #[test]
    fn every_phrase_reads_in_running_text() {
        for ph in PHRASES {
            let words = spelled(ph);
            let want = format!("qualifier: Some({:?})", ph.qualifier);
            // The number grammar: an amount ("cỡ" is "about" only after a
            // word of dimension: `number::scan`).
            let (sentence, tail) = if ph.words == [Word::Co3] {
                (format!("Cây dài {words} 3 mét."), "3 mét")
            } else {
                (format!("Họ chi {words} 30 triệu đồng."), "30 triệu đồng")
            };
            let (text, value) = entity_ending(&sentence, tail).unwrap_or_default();
            assert!(
                text == format!("{words} {tail}") && value.contains(&want),
                "{sentence:?}: {text:?} {value}"
            );
            // The dates grammar: a duration.
            let sentence = format!("Anh làm ở đó {words} 3 năm.");
            let (text, value) = entity_ending(&sentence, "3 năm").unwrap_or_default();
            if ph.readers & super::DATES != 0 {
                assert!(
                    text == format!("{words} 3 năm") && value.contains(&want),
                    "{sentence:?}: {text:?} {value}"
                );
            } else {
                // "không tới 3 năm" is read whole with no qualifier, "lớn
                // hơn 3" is a number before "năm": no bound of the phrase.
                assert!(
                    !(text.starts_with(&words) && value.contains(&want)),
                    "{sentence:?}: {text:?} {value}"
                );
            }
        }
    }
}
