//! The signature that opens the second line of a paper that prints it
//! under the lead: Thời báo Kinh tế Sài Gòn (`(TBKTSG Online) - LEAD⏎Thu
//! HàBản giao hưởng …`). Báo Mới 2013 kept the reporter's name at the
//! start of the body, glued to the first caption or sentence, and nothing
//! at the end: 105 of the corpus's 110 TBKTSG texts, and none of another
//! outlet (the same shape elsewhere opens a portrait's caption: `Mỹ
//! LinhVốn gắn liền …`, `Ông Cao Sĩ KiêmẢnh: …`), so the reading is
//! gated on the dateline's outlet.

use super::reader::Reader;
use super::{Byline, CreditRole};
use crate::news::letters::{composed, is_syllable, is_title_word};
use crate::news::outlets::find_outlet;
use crate::news::places::is_place;
use crate::news::scan::{is_any_space, skip_back_while};
use crate::text::floor_boundary;

/// The outlets whose articles open the line after the lead with the
/// signature, by their registry names.
const SECOND_LINE_SIGNERS: &[&str] = &["Thời báo Kinh tế Sài Gòn"];

/// How far the lead's line break is looked for, and how long the
/// signature may be, in bytes.
const LEAD_MAX: usize = 1_200;
const SIGNATURE_MAX: usize = 64;

/// True when `outlet` (a registry name) prints the signature at the start
/// of the line after the lead.
pub(crate) fn signs_on_second_line(outlet: &str) -> bool {
    SECOND_LINE_SIGNERS.contains(&outlet)
}

/// The signature opening the line after `from` (the body's start, on the
/// lead's line): names that end glued to what follows (`Thu HàBản`,
/// `P.ThảoVN-Index`, `Tự Phong>>>`, `Nguyễn Quang Bình (*)Cho`, `Thảo
/// Nguyên thực hiệnÔng`), read by the byline reader, who must read all of
/// it as authors and nothing else. A name followed by a space is not
/// read: there the caption and the name cannot be told apart.
pub(crate) fn second_line_signature(text: &str, from: usize) -> Option<Byline<'_>> {
    let window = text.get(from..floor_boundary(text, from + LEAD_MAX))?;
    let start = from + window.find('\n')? + 1;
    let head = text.get(start..floor_boundary(text, start + SIGNATURE_MAX))?;
    let end = start + glue_point(head)?;
    let end = skip_back_while(text, end, is_any_space);
    if end <= start {
        return None;
    }
    let cut = text.get(..end)?;
    let b = Reader::new(cut, start, end).read()?;
    let only_authors = b.start == start
        && b.end == end
        && !b.authors.is_empty()
        && b.agency.is_none()
        && b.source.is_none()
        && b.credits.iter().all(|c| c.role == CreditRole::Text);
    only_authors.then_some(b)
}

/// Where the signature ends: the first lowercase letter or closing
/// parenthesis followed at once by a capital or `>`, or a footnote mark
/// `(*)`, before any line break or sentence punctuation.
fn glue_point(head: &str) -> Option<usize> {
    let mut prev: Option<char> = None;
    for (i, c) in head.char_indices() {
        if matches!(c, '\n' | ',' | ':' | ';' | '!' | '?' | '"' | '“') {
            return None;
        }
        // A combining mark (decomposed text) belongs to the letter before.
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        if let Some(p) = prev {
            if (p.is_lowercase() || p == ')') && (c.is_uppercase() || c == '>') {
                return Some(i);
            }
        }
        // A footnote mark ends the signature, spaced or not: `Quang
        // Chung(*) Kỹ sư …`.
        if c == ')' && head[..i].ends_with("(*") {
            return Some(i + 1);
        }
        prev = Some(c);
    }
    None
}

/// Words that open a sentence and are no syllable of a person's name:
/// prepositions, time words and determiners (`Tại buổi …`, `Trong năm
/// …`, `Sau khi …`, `Ngày 22-10 …`, `Các doanh nghiệp …`).
const SENTENCE_OPENERS: &[&str] = &[
    "Tại", "Theo", "Trong", "Sau", "Với", "Khi", "Ngày", "Hôm", "Các", "Những", "Một", "Nhiều",
    "Đây", "Đó", "Vào", "Trước", "Để", "Do", "Nếu", "Tuy", "Dù",
];

/// The signature opening a text that has no dateline, kept apart from the
/// first sentence by a space only: a pen name of two capitalised
/// syllables, then a word that opens a sentence and is no syllable of a
/// name, then a lowercase word or a number (`Tư Hoàng Tại buổi sơ kết …`,
/// Thời báo Kinh tế Sài Gòn as Báo Mới's vmds texts keep it, without the
/// lead whose outlet gates `second_line_signature`). The opener tells
/// where the name ends: `Minh Đức Quy định …` (a caption opening with a
/// capital) or `Nguyễn Xuân Son trong trận …` (a caption opening with a
/// full name) are not read. Neither are a place (`Hà Nội Trong năm …`)
/// nor an outlet, and the byline reader must read the two syllables as
/// one author and nothing else.
pub(crate) fn opening_signature(text: &str, from: usize) -> Option<Byline<'_>> {
    let head = text.get(from..floor_boundary(text, from + SIGNATURE_MAX))?;
    let mut words = head.splitn(4, ' ');
    let (first, second) = (words.next()?, words.next()?);
    let (opener, rest) = (words.next()?, words.next()?);
    let starts_lower = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    let name_ok = [first, second]
        .iter()
        .all(|w| title_syllable(w) && !is_opener(w));
    if !(starts_lower && name_ok && is_opener(opener)) {
        return None;
    }
    let end = from + first.len() + 1 + second.len();
    let name = text.get(from..end)?;
    if is_place(name) || find_outlet(name).is_some() {
        return None;
    }
    let b = Reader::new(text.get(..end)?, from, end).read()?;
    let alone = b.start == from
        && b.end == end
        && b.authors == [name]
        && b.agency.is_none()
        && b.source.is_none()
        && b.credits.is_empty();
    alone.then_some(b)
}

/// A syllable written with a capital and then lowercase letters only, of
/// two letters or more (`Tư`, `Hoàng`), as a name's syllables are.
fn title_syllable(w: &str) -> bool {
    is_title_word(w) && is_syllable(w) && composed(w).chars().count() >= 2
}

/// True when `w` (composed first: decomposed text reads the same) is one
/// of the sentence openers.
fn is_opener(w: &str) -> bool {
    SENTENCE_OPENERS.contains(&composed(w).as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authors(text: &str) -> Option<Vec<&str>> {
        second_line_signature(text, 0).map(|b| b.authors)
    }

    #[test]
    fn reads_the_name_glued_to_the_second_line() {
        let lead = "(TBKTSG Online) - Giá vàng trong nước giảm mạnh sáng nay.\n";
        let cases: &[(&str, &[&str])] = &[
            ("Thu HàGiá vàng miếng giảm 300.000 đồng.", &["Thu Hà"]),
            ("P.ThảoVN-Index tăng nhẹ. Ảnh: K. Luân.", &["P.Thảo"]),
            ("T. BìnhNhiều doanh nghiệp thu hẹp sản xuất.", &["T. Bình"]),
            ("Tự Phong>>> Tin liên quan", &["Tự Phong"]),
            (
                "Nguyễn Quang Bình (*)Cho đến nay vẫn chưa rõ.",
                &["Nguyễn Quang Bình"],
            ),
            (
                "Quang Chung(*) Kỹ sư Phan Văn An là giảng viên.",
                &["Quang Chung"],
            ),
            (
                "Thành Công - Trung ChánhNông dân bán lúa.",
                &["Thành Công", "Trung Chánh"],
            ),
            ("Hồng Phúc thực hiệnTổng giám đốc trả lời.", &["Hồng Phúc"]),
        ];
        for (line, want) in cases {
            let text = format!("{lead}{line}");
            assert_eq!(authors(&text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn reads_a_pen_name_before_a_sentence_opener() {
        let b = opening_signature("Tư Hoàng Tại buổi sơ kết hôm nay, ông A nói.", 0);
        assert_eq!(b.map(|b| b.authors), Some(vec!["Tư Hoàng"]));
        let b = opening_signature("Thu Hà Trong năm 2013, giá vàng giảm.", 0);
        assert_eq!(b.map(|b| (b.start, b.end)), Some((0, 7)));
    }

    #[test]
    fn leaves_an_opening_that_is_no_pen_name() {
        for text in [
            // A caption opening with a capital: where the name ends is unknown.
            "Minh Đức Quy định về thu hồi đất. Ảnh: C.T Bản dự thảo …",
            // A full name opening a caption.
            "Nguyễn Xuân Son trong trận chung kết. Ảnh: Đức Đồng",
            // A place, not a name.
            "Hà Nội Trong năm 2013, thành phố thu ngân sách.",
            // A name of three syllables: the subject of a sentence.
            "Ông Nguyễn Văn Tại buổi làm việc",
            // The opener followed by a capital: a title, not a sentence.
            "Thu Hà Tại Hà Nội",
            // Lowercase in the name.
            "Theo đó Sau khi ký kết",
            "",
        ] {
            assert!(opening_signature(text, 0).is_none(), "{text}");
        }
    }

    #[test]
    fn leaves_what_is_not_a_glued_signature() {
        let lead = "(TBKTSG Online) - Giá vàng trong nước giảm mạnh sáng nay.\n";
        for line in [
            // A space after the name: a caption may start so.
            "Thu Hà Giá vàng miếng giảm 300.000 đồng.",
            // A lowercase word glued: no name ends there.
            "Giá vàngNgày 27-5, giá vàng giảm.",
            // A place, not a signature.
            "Hà NộiMột cơn mưa lớn.",
            // A source, not an author.
            "Theo ReutersGiá dầu tăng.",
            // Sentence punctuation before any glue.
            "Giá vàng giảm, Thu HàNgày.",
            // No second line.
            "",
        ] {
            let text = format!("{lead}{line}");
            assert_eq!(authors(&text), None, "{text}");
        }
    }
}
