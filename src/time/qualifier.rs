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
    // "chưa tròn 2 năm": not yet a full count (twenty-eighth blind set).
    (&[Word::Chua2, Word::Tron2], Qualifier::LessThan),
    (&[Word::Tren, Word::Duoi], Qualifier::About),
    (&[Word::Hon], Qualifier::MoreThan),
    (&[Word::Tren], Qualifier::MoreThan),
    (&[Word::Duoi], Qualifier::LessThan),
    (&[Word::Khoang], Qualifier::About),
    (&[Word::Gan], Qualifier::About),
    (&[Word::Chung], Qualifier::About),
    // "tầm 2 phút", "tầm 8-9 giờ sáng": about (southern speech), as the
    // number module reads "tầm 100.000 đồng".
    (&[Word::Tam2], Qualifier::About),
    // "ngót 10 năm", "ngót nghét 30 năm": nearly, as "gần" (num18 probe).
    (&[Word::Ngot, Word::Nghet], Qualifier::About),
    (&[Word::Ngot], Qualifier::About),
    // "quá 15 phút", "quá 20 năm": past, more than, as the number
    // module reads "quá 20 lần" (num19 probe); "không quá" is at most
    // (`negated_bound`).
    (&[Word::Qua3], Qualifier::MoreThan),
];

/// The first token of a qualifier that ends right before token `i`
/// ("Hơn 10 giờ", "Chưa tới 6h", "tối thiểu một tuần"), the nearest
/// first, read by a grammar started there so that a qualifier opening a
/// line is seen.
pub(crate) fn qualifier_before(g: &Grammar<'_>, i: usize) -> Option<usize> {
    // Up to five words back: "không được phép vượt quá 5 ngày".
    (1..=5).filter_map(|n| i.checked_sub(n)).find(|&q| {
        let at_q = Grammar { start: q, ..*g };
        qualifier(&at_q, q).is_some_and(|(_, e)| e == i)
    })
}

/// The qualifier at token `i`, and the index after it.
pub(crate) fn qualifier(g: &Grammar<'_>, i: usize) -> Read<Qualifier> {
    // Asked at every start the dates grammar tries: a word that starts no
    // qualifier (the first words of the table, "hàng", "vài", "mấy",
    // "không") answers with one `match`.
    if !starts_a_qualifier(g.word_at(i)) {
        // "mười mấy năm", "hai mươi mấy năm" (ten-odd, twenty-odd years):
        // more than the round tens, the count itself; the qualifier takes
        // no word of its own ("mấy" is read with the count,
        // `Grammar::odd_tens`, which first asks for "mười" or "mươi").
        if g.odd_tens(i).is_some() {
            return Some((Qualifier::MoreThan, i));
        }
        // "mươi lăm ngày", "mươi năm" (some fifteen days, ten years):
        // about the count, read with it (`Grammar::about_ten`; dur5).
        if g.about_ten(i).is_some() {
            return Some((Qualifier::About, i));
        }
        return None;
    }
    // "hàng chục năm": at least tens of years, as the number module reads
    // "hàng nghìn USD".
    if g.hang_before_scale(i) || g.few_before_scale(i) {
        return Some((Qualifier::AtLeast, i + 1));
    }
    // "hàng mấy chục năm", "hàng vài trăm năm": "hàng" and a vague count;
    // "hàng tháng trời", "hàng tuần liền": months, weeks on end
    // (`Grammar::unit_on_end`); "hàng thập kỷ", "hàng thế kỷ": decades,
    // centuries (`Grammar::decades_or_centuries`; dur5 probe).
    if g.is_hang(i) {
        if g.few_before_scale(i + 1) {
            return Some((Qualifier::AtLeast, i + 2));
        }
        if g.unit_on_end(i + 1).is_some() || g.decades_or_centuries(i + 1).is_some() {
            return Some((Qualifier::AtLeast, i + 1));
        }
    }
    if let Some(r) = negated_bound(g, i) {
        return Some(r);
    }
    // "vượt quá 5 ngày": after "vượt", "quá" ends the verb "vượt quá"
    // (exceed), no bound, as the number module reads it ("không vượt
    // quá", "không được vượt quá" are at most: `negated_bound`).
    if g.word_at(i) == Some(Word::Qua3) && after_vuot(g, i) {
        return None;
    }
    let (q, j) = QUALIFIERS.iter().find_map(|(words, q)| {
        let matched = words
            .iter()
            .enumerate()
            .all(|(k, w)| g.word_at(i + k) == Some(*w));
        matched.then_some((*q, i + words.len()))
    })?;
    // "khoảng hơn 15 năm", "khoảng dưới 4 giây": about, and a bound; the
    // bound says more, as the number module reads "khoảng trên 2 tỷ".
    // (Asked after the table, of "khoảng" only: the table is read at
    // every word the grammar tries.)
    let (q, j) = if j == i + 1 && g.word_at(i) == Some(Word::Khoang) {
        match g.word_at(j) {
            Some(Word::Tren) if g.word_at(j + 1) == Some(Word::Duoi) => (Qualifier::About, j + 2),
            Some(Word::Tren | Word::Hon) => (Qualifier::MoreThan, j + 1),
            Some(Word::Duoi) => (Qualifier::LessThan, j + 1),
            Some(Word::Chung | Word::Gan) => (Qualifier::About, j + 1),
            _ => (q, j),
        }
    } else {
        (q, j)
    };
    // "ít nhất là 3 tuần", "tối đa là 20 ngày": a bound and "là" (is),
    // as the number module reads "ít nhất là 3"; not "hơn là" (rather
    // than).
    if matches!(q, Qualifier::AtLeast | Qualifier::AtMost) && is_la(g, j) {
        return Some((q, j + 1));
    }
    Some((q, j))
}

/// True when `w` may start a qualifier: the first word of a phrase of
/// [`QUALIFIERS`] (a test checks them all), "hàng", "vài", "mấy" (before a
/// scale word) or "không" ([`negated_bound`]).
fn starts_a_qualifier(w: Option<Word>) -> bool {
    matches!(
        w,
        Some(
            Word::Xap
                | Word::It
                | Word::Toi
                | Word::Nhieu
                | Word::Chua2
                | Word::Tren
                | Word::Hon
                | Word::Duoi
                | Word::Khoang
                | Word::Gan
                | Word::Chung
                | Word::Tam2
                | Word::Ngot
                | Word::Qua3
                | Word::Hang
                | Word::Vai
                | Word::May
                | Word::Khong
        )
    )
}

/// "không quá 10 năm", "không vượt quá 12 giờ" (at most), "không dưới 5
/// năm", "không ít hơn 3 tháng" (at least), as the number module reads
/// them: "không" and the bound after it.
pub(super) fn negated_bound(g: &Grammar<'_>, i: usize) -> Read<Qualifier> {
    if g.word_at(i) != Some(Word::Khong) {
        return None;
    }
    let text = |k: usize| {
        g.tok(k)
            .filter(|t| t.gap == crate::lex::Gap::Space && t.end - t.start <= 8)
            .and_then(|t| g.text.get(t.start..t.end))
            .map(crate::lex::fold)
    };
    // "không được vượt quá 5 ngày", "không được phép quá 3 tháng", "không
    // thể dưới 2 năm": a modal between "không" and the bound leaves the
    // bound as it is without one (money17 probe, as the number module's
    // `negated_bound_with_modal`).
    let i = match text(i + 1).as_deref() {
        Some("được") if text(i + 2).is_some_and(|w| w == "phép") => i + 2,
        Some("được" | "thể") => i + 1,
        _ => i,
    };
    let first = text(i + 1)?;
    match first.as_ref() {
        "quá" => Some((Qualifier::AtMost, i + 2)),
        "dưới" => Some((Qualifier::AtLeast, i + 2)),
        "vượt" if text(i + 2).is_some_and(|w| w == "quá") => Some((Qualifier::AtMost, i + 3)),
        "ít" if text(i + 2).is_some_and(|w| w == "hơn") => Some((Qualifier::AtLeast, i + 3)),
        _ => None,
    }
}

/// True when the word before token `i`, on its line, is "vượt" (exceed).
fn after_vuot(g: &Grammar<'_>, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        g.tok(i).is_some_and(|t| t.gap == crate::lex::Gap::Space)
            && g.tok(p)
                .and_then(|t| g.text.get(t.start..t.end))
                .is_some_and(|w| crate::lex::fold(w) == "vượt")
    })
}

/// True when the token at `i` is the word "là", after a space.
fn is_la(g: &Grammar<'_>, i: usize) -> bool {
    g.tok(i)
        .filter(|t| {
            t.gap == crate::lex::Gap::Space
                && matches!(
                    t.kind,
                    crate::lex::Kind::Word {
                        word: Word::Other,
                        ..
                    }
                )
                && t.end - t.start <= 5
        })
        .and_then(|t| g.text.get(t.start..t.end))
        .is_some_and(|w| crate::lex::fold(w) == "là")
}

/// True when "hơn" at `i` follows an adjective of time or speed that
/// makes a comparison: "đi sớm hơn 30 phút" (thirty minutes earlier),
/// "muộn hơn 1 tháng so với lịch dương", "nhanh hơn 0,4 giây". The
/// duration says by how much, not a bound, as the gold sets read "dài hơn
/// 33 mm" and "rẻ hơn 5-7%": no qualifier, and "hơn" is out of the span.
/// Not "dài" ("kéo dài hơn 2 năm", "clip dài hơn 2 phút" are bounds).
pub(crate) fn comparative_hon(g: &Grammar<'_>, i: usize) -> bool {
    if g.word_at(i) != Some(Word::Hon) || i == 0 {
        return false;
    }
    let Some(t) = g.toks.get(i) else {
        return false;
    };
    if t.gap != crate::lex::Gap::Space {
        return false;
    }
    g.toks
        .get(i - 1)
        .filter(|p| matches!(p.kind, crate::lex::Kind::Word { .. }) && p.end - p.start <= 6)
        .and_then(|p| g.text.get(p.start..p.end))
        .is_some_and(|w| {
            matches!(
                crate::lex::fold(w).as_ref(),
                "sớm" | "muộn" | "trễ" | "nhanh" | "chậm"
            )
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

#[cfg(test)]
mod tests {
    use super::{QUALIFIERS, starts_a_qualifier};
    use crate::lex::Word;

    #[test]
    fn every_qualifier_phrase_starts_with_a_listed_word() {
        for (words, _) in QUALIFIERS {
            assert!(starts_a_qualifier(words.first().copied()), "{words:?}");
        }
        assert!(!starts_a_qualifier(Some(Word::Nam)));
        assert!(!starts_a_qualifier(None));
    }
}
