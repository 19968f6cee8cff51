//! "a trong b": a number, "trong" or "trên" (alone or before "số" or
//! "tổng số") and a number. Between two counts it is a tally ("8 trong
//! số 19 vụ", "thắng 20 trong 26 trận"), left out as "468/479" is; when
//! the first is one it means "one of them" and only the size of the
//! group counts (CONVENTIONS.md, fourth session). A group of one that
//! holds more is N in one ("“3 trong 1”", "đồ chơi hai trong một này"):
//! one thing doing the work of N, which counts nothing (gen21 probe).
//!
//! Both read the shape on the lexer's tokens of the text: the joining
//! words and the units of time are the vocabulary's words, a spelled
//! number is the lexer's number word.

use super::{Entity, Value, bare_exact};
use crate::lex::{self, Gap, Kind, Token, Word};
use crate::number::Quantity;

/// Drops both counts of a tally and both numbers of an N in one (see the
/// module notes). A tally is two numbers found next to each other,
/// joined by "trong" or "trên" (alone, before "số" or before "tổng số")
/// with spaces and no line break between the words; not when a unit of
/// time follows the second ("bán 500 chiếc trong 3 ngày" is within
/// three days). N in one is read from either number, as one of the two
/// may not be found: the one after a straight closing quote (`1"`) is
/// dropped as a quotation's end, the N may be a label ("loại 3 trong
/// 1"), and a spelled "một" is "a" to the scanner ("hai trong một").
pub(super) fn drop_tallies(text: &str, toks: &[Token], quantities: &mut Vec<Entity<'_>>) {
    let number = |e: &Entity<'_>| matches!(e.value, Value::Quantity(Quantity::Number(_)));
    let mut drop = vec![false; quantities.len()];
    for (k, pair) in quantities.windows(2).enumerate() {
        let [a, b] = pair else { continue };
        if !number(a) || !number(b) {
            continue;
        }
        let Some(j) = joined(text, toks, a.end) else {
            continue;
        };
        let tally = toks.get(j.after).is_some_and(|t| t.start == b.start);
        // "trong 3 ngày" is within three days, no tally.
        if !tally || next_word(toks, b.end).is_some_and(|w| time_unit(w) || decade(w)) {
            continue;
        }
        let one = matches!(a.value, Value::Quantity(Quantity::Number(n))
            if n.value.exact().and_then(|v| v.to_i128()) == Some(1));
        if let Some(flag) = drop.get_mut(k) {
            *flag = true;
        }
        if !one {
            if let Some(flag) = drop.get_mut(k + 1) {
                *flag = true;
            }
        }
    }
    for (e, flag) in quantities.iter().zip(drop.iter_mut()) {
        if !*flag && (is_many_in_one(text, toks, e) || is_one_of_many(text, toks, e)) {
            *flag = true;
        }
    }
    // "năm trong số tám cơ hội", "ba trong số năm sân bóng": a tally
    // whose other count is a spelled number the scanner left ("năm" may
    // be a year, "ba" a father), as "năm trong số tám" is settled
    // (CONVENTIONS.md, fourth session; num21 probe).
    for (e, flag) in quantities.iter().zip(drop.iter_mut()) {
        if !*flag && number(e) && spelled_tally_partner(text, e) {
            *flag = true;
        }
    }
    let mut flags = drop.into_iter();
    quantities.retain(|_| !flags.next().unwrap_or(false));
}

/// The joining words after a number that ends at byte `end`.
struct Joined {
    /// The index of the token after them.
    after: usize,
    /// They are "trong" alone.
    trong: bool,
}

/// True when the bare number `e` (two to ten thousand and below) is one
/// side of a tally whose other side is a spelled number from two to ten
/// the scanner did not read: "<spelled> trong số <e>" with the spelled
/// count no greater ("năm trong số tám"), or "<e> trong số <spelled>" with
/// `e` no greater ("ba trong số năm"). "một trong số hai" (one of two)
/// keeps its group's size, and a unit of time after the group ("ba trong
/// số năm ngày") is no tally.
fn spelled_tally_partner(text: &str, e: &Entity<'_>) -> bool {
    fn spelled(w: &str) -> Option<i128> {
        let v = match crate::lex::fold(w).as_ref() {
            "hai" => 2,
            "ba" => 3,
            "bốn" => 4,
            "năm" => 5,
            "sáu" => 6,
            "bảy" | "bẩy" => 7,
            "tám" => 8,
            "chín" => 9,
            "mười" => 10,
            _ => return None,
        };
        Some(v)
    }
    let Some(n) = bare_exact(e).and_then(|v| v.to_i128()) else {
        return false;
    };
    let before = text.get(..e.start).unwrap_or("");
    let after = text.get(e.end..).unwrap_or("");
    // "<spelled> trong số " before the number.
    let head = before
        .strip_suffix(" trong số ")
        .or_else(|| before.strip_suffix(" Trong số "));
    if let Some(head) = head {
        let word = head.rsplit(' ').next().unwrap_or("");
        if spelled(word).is_some_and(|a| a <= n) {
            return true;
        }
    }
    // " trong số <spelled>" after it, no unit of time after that.
    if let Some(tail) = after.strip_prefix(" trong số ") {
        let mut words = tail.split(' ');
        let word = words.next().unwrap_or("");
        let word = word.trim_end_matches([',', '.', ';', ':']);
        let next = words.next().map(crate::lex::fold);
        let timed = next.is_some_and(|w| {
            matches!(
                w.as_ref(),
                "ngày" | "tháng" | "năm" | "tuần" | "giờ" | "phút" | "giây" | "quý" | "tiếng"
            )
        });
        if !timed && spelled(word).is_some_and(|b| n >= 2 && n <= b) {
            return true;
        }
    }
    false
}

/// "trong", "trên", "trong số", "trên tổng số", … right after a number
/// ending at byte `end`: each word and the token after them spaced, on
/// one line.
fn joined(text: &str, toks: &[Token], end: usize) -> Option<Joined> {
    let i = toks.partition_point(|t| t.start < end);
    // The number ends where a token ends.
    let number_end = i.checked_sub(1).and_then(|k| toks.get(k));
    if number_end.is_none_or(|t| t.end != end) {
        return None;
    }
    let spaced = |k: usize| toks.get(k).is_some_and(|t| t.gap == Gap::Space);
    let word = |k: usize| toks.get(k).and_then(|t| Some((t, word_of(t)?)));
    let (first, w) = word(i).filter(|_| spaced(i))?;
    if !matches!(w, Word::Trong | Word::Tren) {
        return None;
    }
    let is_so = |k: usize| word(k).is_some_and(|(_, w)| w == Word::So) && spaced(k);
    let is_tong = |k: usize| {
        spaced(k)
            && toks
                .get(k)
                .and_then(|t| lex::word_folded(text, t))
                .is_some_and(|w| w == "tổng")
    };
    let words = if is_so(i + 1) {
        2
    } else if is_tong(i + 1) && is_so(i + 2) {
        3
    } else {
        1
    };
    let after = i + words;
    spaced(after).then_some(Joined {
        after,
        trong: words == 1 && w == Word::Trong && raw(text, first) == "trong",
    })
}

/// The vocabulary word of a word token.
fn word_of(t: &Token) -> Option<Word> {
    match t.kind {
        Kind::Word { word, .. } => Some(word),
        _ => None,
    }
}

fn raw<'t>(text: &'t str, t: &Token) -> &'t str {
    text.get(t.start..t.end).unwrap_or("")
}

/// The first word or number at or after byte `at`: the vocabulary word
/// of a word, `Word::Other` for a number.
fn next_word(toks: &[Token], at: usize) -> Option<Word> {
    let i = toks.partition_point(|t| t.start < at);
    toks.get(i..)?.iter().find_map(|t| match t.kind {
        Kind::Word { word, .. } => Some(word),
        Kind::Num { .. } => Some(Word::Other),
        Kind::Punct(_) => None,
    })
}

/// A unit of time: after the second number of "a trong b" it makes
/// "within b days" of the shape.
fn time_unit(w: Word) -> bool {
    matches!(
        w,
        Word::Ngay
            | Word::Thang
            | Word::Nam
            | Word::Tuan
            | Word::Gio
            | Word::Phut
            | Word::Giay
            | Word::Quy
            | Word::Tieng
    )
}

/// "thập kỷ", "thế kỷ": a decade, a century, after a tally's second
/// number.
fn decade(w: Word) -> bool {
    matches!(w, Word::Thap | Word::The)
}

/// "lần", "buổi": a time or a session, after the one of N in one ("3
/// lần trong 1 ngày" aside, "uống 2 trong 1 buổi").
fn occasion(w: Word) -> bool {
    matches!(w, Word::Lan | Word::Buoi)
}

/// N, the many of N in one: a number from 2 to 10 spelled ("hai" …
/// "mười"), or digits of a number from 2 to 20.
fn many(t: &Token) -> bool {
    match t.kind {
        Kind::Num { value, .. } => (2..=20).contains(&value),
        Kind::Word { word, .. } => word.two_to_ten(),
        Kind::Punct(_) => false,
    }
}

/// True when `e` is the N of "N trong 1": a bare number from 2 to 20,
/// written as digits or a spelled number, then "trong" and the one.
fn is_many_in_one(text: &str, toks: &[Token], e: &Entity<'_>) -> bool {
    let value = bare_exact(e).and_then(|v| v.to_i128());
    if !value.is_some_and(|v| (2..=20).contains(&v)) {
        return false;
    }
    let n = toks.partition_point(|t| t.start < e.start);
    let Some(t) = toks.get(n).filter(|t| t.start == e.start && t.end == e.end) else {
        return false;
    };
    many(t)
        && joined(text, toks, e.end).is_some_and(|j| j.trong && closes_in_one(text, toks, j.after))
}

/// True when `e` is the 1 of "N trong 1": the digit "1" after "trong"
/// and N, a whole word or number (nothing glued before it).
fn is_one_of_many(text: &str, toks: &[Token], e: &Entity<'_>) -> bool {
    if e.text != "1" || bare_exact(e).and_then(|v| v.to_i128()) != Some(1) {
        return false;
    }
    let c = toks.partition_point(|t| t.start < e.start);
    if toks.get(c).is_none_or(|t| t.start != e.start) {
        return false;
    }
    let Some(n) = c.checked_sub(2) else {
        return false;
    };
    let whole = toks.get(n).is_some_and(|t| {
        t.gap != Gap::None
            || n.checked_sub(1)
                .and_then(|k| toks.get(k))
                .is_none_or(|b| matches!(b.kind, Kind::Punct(_)))
    });
    let Some(t) = toks.get(n).filter(|_| whole) else {
        return false;
    };
    many(t)
        && joined(text, toks, t.end).is_some_and(|j| j.trong && j.after == c)
        && closes_in_one(text, toks, c)
}

/// True when token `c` is the one that closes an N in one: the digit
/// "1" with no unit of time or occasion after it ("3 lần trong 1 ngày"
/// stays) and no decimals ("trong 1,5"), or a spelled "một" that ends
/// the phrase: a mark, the end, or "này" after it ("hai trong một thời
/// gian" is within a time).
fn closes_in_one(text: &str, toks: &[Token], c: usize) -> bool {
    let Some(one) = toks.get(c) else {
        return false;
    };
    let after = toks.get(c + 1);
    let glued = after.filter(|t| t.gap == Gap::None);
    let glued_word = glued.is_some_and(|t| matches!(t.kind, Kind::Word { .. } | Kind::Num { .. }));
    let byte_after = text.as_bytes().get(one.end).copied();
    match one.kind {
        Kind::Num { value: 1, len: 1 } => {
            // "1,5", "1.000": a decimal or a grouped number.
            let decimals = glued.is_some_and(|t| matches!(t.kind, Kind::Punct(',' | '.')))
                && toks
                    .get(c + 2)
                    .is_some_and(|t| t.gap == Gap::None && matches!(t.kind, Kind::Num { .. }));
            let unit = byte_after == Some(b' ')
                && next_word(toks, one.end).is_some_and(|w| time_unit(w) || occasion(w));
            !(glued_word || decimals || unit)
        }
        Kind::Word {
            word: Word::Mot, ..
        } if raw(text, one) == "một" => match byte_after {
            None => true,
            Some(b' ') => after.is_some_and(|t| match t.kind {
                Kind::Punct(_) => true,
                Kind::Word { .. } => raw(text, t) == "này",
                Kind::Num { .. } => false,
            }),
            Some(_) => !glued_word,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {

    /// The spans found in `text`.
    use crate::extract::test_spans::texts as spans;

    #[test]
    fn a_tally_drops_its_counts() {
        for (text, kept) in [
            ("Đội thắng 20 trong 26 trận.", &[][..]),
            ("Có 8 trong số 19 vụ đã xử lý.", &[]),
            ("Kiểm tra 21 trên tổng số 23 địa điểm.", &[]),
            ("Đội thắng 20 Trong 26 trận.", &[]),
            ("Đội thắng 20  trong  26 trận.", &[]),
            ("Đội thắng 10 trong 11 lần gặp.", &[]),
            // "one of": the group's size counts.
            ("Ông là 1 trong 5 ứng viên.", &["5"]),
            // Within a time: no tally.
            ("Bán 500 chiếc trong 3 ngày.", &["500", "3 ngày"]),
            ("Có 2 trong 3 thập kỷ qua.", &["2", "3 thập kỷ"]),
            // Not across a line, nor with a mark between.
            ("Đội thắng 20 trong\n26 trận.", &["20", "26"]),
            ("Đội thắng 20 trong, 26 trận.", &["20", "26"]),
            ("Đội thắng 20 trong các 26 trận.", &["20", "26"]),
        ] {
            assert_eq!(spans(text), kept, "{text:?}");
        }
    }

    #[test]
    fn n_in_one_counts_nothing() {
        for (text, kept) in [
            (
                "Máy tích hợp “3 trong 1”: vừa là micro vừa là loa.",
                &[][..],
            ),
            ("Máy tích hợp \"3 trong 1\" tiện lợi.", &[]),
            ("Kem loại 3 trong 1 (chống nắng, dưỡng da).", &[]),
            ("Bộ “12 trong 1!” rất tiện.", &[]),
            ("Gói (3 trong 1) tiện.", &[]),
            ("Đồ chơi hai trong một này rẻ.", &[]),
            ("Bộ Hai trong một.", &[]),
            ("Cuốn sách “hai trong một”", &[]),
            ("Bộ hai trong một", &[]),
            // A unit of time or an occasion after the one.
            ("Bán 3 lần trong 1 ngày.", &["3", "1 ngày"]),
            // "một" before a noun is "a".
            ("Họ có hai trong một thời gian.", &["hai"]),
            ("Bộ hai trong Một.", &["hai"]),
            ("Bộ hai Trong một.", &["hai"]),
            // Decimals, and a number glued to a word.
            ("Gói 5 trong 1,5 kg.", &["5", "1,5 kg"]),
            ("Gói A3 trong 1 đồ.", &["1"]),
            // N from 2 to 20, a spelled N one word.
            ("Kem loại 12 trong 1 (chống nắng).", &[]),
            ("Kem loại 25 trong 1 (chống nắng).", &["1"]),
            ("Có ba mươi trong một.", &["ba mươi"]),
        ] {
            assert_eq!(spans(text), kept, "{text:?}");
        }
    }
}
