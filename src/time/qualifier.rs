//! Qualifier words before a date, a time or a duration ("khoảng 3 giờ
//! chiều", "hơn 2 năm"), using the number module's [`Qualifier`].

use crate::number::Qualifier;

use super::grammar::{Grammar, Read};
use crate::lex::Word;

/// The qualifier words, in one table: the words and what they mean.
/// Longer phrases first so that "ít nhất" is not read as a lone "ít".
const QUALIFIERS: &[(&[Word], Qualifier)] = &[
    (&[Word::Xap, Word::Xi], Qualifier::About),
    (&[Word::It, Word::Nhat2], Qualifier::AtLeast),
    (&[Word::Toi, Word::Thieu], Qualifier::AtLeast),
    (&[Word::Toi, Word::Da], Qualifier::AtMost),
    (&[Word::Nhieu, Word::Nhat2], Qualifier::AtMost),
    (&[Word::Chua2, Word::Den], Qualifier::LessThan),
    (&[Word::Chua2, Word::Toi2], Qualifier::LessThan),
    (&[Word::Chua2, Word::Day3], Qualifier::LessThan),
    (&[Word::Tren, Word::Duoi], Qualifier::About),
    (&[Word::Hon], Qualifier::MoreThan),
    (&[Word::Tren], Qualifier::MoreThan),
    (&[Word::Duoi], Qualifier::LessThan),
    (&[Word::Khoang], Qualifier::About),
    (&[Word::Gan], Qualifier::About),
    (&[Word::Chung], Qualifier::About),
];

/// The qualifier at token `i`, and the index after it.
pub(crate) fn qualifier(g: &Grammar<'_>, i: usize) -> Read<Qualifier> {
    // "hàng chục năm": at least tens of years, as the number module reads
    // "hàng nghìn USD".
    if g.hang_before_scale(i) {
        return Some((Qualifier::AtLeast, i + 1));
    }
    QUALIFIERS.iter().find_map(|(words, q)| {
        let matched = words
            .iter()
            .enumerate()
            .all(|(k, w)| g.word_at(i + k) == Some(*w));
        matched.then_some((*q, i + words.len()))
    })
}

/// The end of a qualified expression: "hơn 2 năm nữa" takes the "nữa" of
/// "hơn … nữa" into its span.
pub(crate) fn tail(g: &Grammar<'_>, qualifier: Option<Qualifier>, j: usize) -> usize {
    if qualifier == Some(Qualifier::MoreThan) && g.word_at(j) == Some(Word::Nua) {
        j + 1
    } else {
        j
    }
}
