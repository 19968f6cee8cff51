//! Qualifier words before a date, a time or a duration ("khoảng 3 giờ
//! chiều", "hơn 2 năm"), using the number module's [`Qualifier`]. The
//! phrases are the crate's one table ([`crate::qualifier`], the phrases
//! the dates grammar reads); what is here is the dates grammar's own:
//! "hàng", "vài", "mấy" before a scale word, "mười mấy năm", "mươi
//! năm", the modal of a negated bound and "vượt quá".

use crate::number::Qualifier;
use crate::qualifier::{self as table, Grammar as Reader};

use super::grammar::{Grammar, Read};
use crate::lex::Word;

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
    // qualifier (the first words of the table, "hàng", "vài", "mấy")
    // answers with one `match`.
    let first = g.word_at(i);
    if !first.is_some_and(table::may_start)
        && !matches!(first, Some(Word::Hang | Word::Vai | Word::May))
    {
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
        // "cả chục năm", "cả trăm năm" (some ten, some hundred years):
        // about the round figure, "cả" out of the span, as the number
        // module reads "cả chục tỷ đồng" (CONVENTIONS: "cả" before a bare
        // round figure, settled at the twenty-fifth set's opening).
        if g.round_figure_after_ca(i) {
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
    // "không quá 10 năm", "không được vượt quá 5 ngày": "không" starts a
    // qualifier only as a negated bound, its words one space apart.
    if first == Some(Word::Khong) {
        return negated_bound(g, i);
    }
    // "vượt quá 5 ngày": after "vượt", "quá" ends the verb "vượt quá"
    // (exceed), no bound, as the number module reads it ("không vượt
    // quá", "không được vượt quá" are at most: `negated_bound`).
    if first == Some(Word::Qua3) && after_vuot(g, i) {
        return None;
    }
    // The table: "ít nhất là 3 tuần", "khoảng hơn 15 năm", "chưa tròn 2
    // năm" (the bound and "là" are phrases of the table, as is "khoảng"
    // and the bound after it: the bound says more).
    table::read(Reader::Dates, |k| g.word_at(i + k)).map(|(q, n)| (q, i + n))
}

/// "không quá 10 năm", "không vượt quá 12 giờ" (at most), "không dưới 5
/// năm", "không ít hơn 3 tháng" (at least): "không" and the bound after
/// it, the phrases of the one table ([`crate::qualifier`]) that the dates
/// grammar reads, each word after a space. "không được vượt quá 5 ngày",
/// "không được phép quá 3 tháng", "không thể dưới 2 năm": a modal between
/// "không" and the bound leaves the bound as it is without one (money17
/// probe, as the number module's `negated_bound_with_modal`).
pub(super) fn negated_bound(g: &Grammar<'_>, i: usize) -> Read<Qualifier> {
    if g.word_at(i) != Some(Word::Khong) {
        return None;
    }
    // The word at `k` when a space stands before it.
    let spaced = |k: usize| {
        g.tok(k)
            .filter(|t| t.gap == crate::lex::Gap::Space)
            .and(g.word_at(k))
    };
    let modal = match spaced(i + 1) {
        Some(Word::Duoc) if spaced(i + 2) == Some(Word::Phep) => 2,
        Some(Word::Duoc | Word::The2) => 1,
        _ => 0,
    };
    let after = i + 1 + modal;
    if modal == 0 {
        return table::read(Reader::Dates, |k| {
            if k == 0 {
                Some(Word::Khong)
            } else {
                spaced(i + k)
            }
        })
        .map(|(q, n)| (q, i + n));
    }
    table::read_after_modal(Reader::Dates, |k| spaced(after + k)).map(|(q, n)| (q, after + n))
}

/// True when the word before token `i`, on its line, is "vượt" (exceed).
fn after_vuot(g: &Grammar<'_>, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        g.tok(i).is_some_and(|t| t.gap == crate::lex::Gap::Space)
            && g.word_at(p) == Some(Word::Vuot)
    })
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
