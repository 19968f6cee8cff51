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
