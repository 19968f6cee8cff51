//! "Ảnh: Đức Đồng Hai đội không tạo ra cơ hội", "Ảnh: AFC Sáu bảng đấu
//! được tạo nên", "Ảnh: Hoàng Minh Bốn bàn nã vào lưới": a photo's credit
//! ("Ảnh:" and one to three capitalized words, a photographer's name or
//! an agency) ends a caption, and the text that ran the caption into the
//! next paragraph starts the next sentence right after it. A capitalized
//! number word there, before a lowercase word, opens that sentence: a
//! count, as "Hai đội sử dụng …" is at the head of a line (gen38 probe).
//!
//! The number scanner reads a capitalized number word inside a sentence
//! as a name ("anh Sáu", "huyện Tháp Mười", "Lưu Quý Hai"), looking one
//! or two tokens back; the credit is further back than that. This rule
//! reads the credit on the shared tokens and asks the scanner again on
//! the text from the number word, where it stands at a sentence's head:
//! what the scanner gives there is the entity ("Hai" 2; "Năm nay",
//! "Một vấn đề" stay as they are at a sentence's head).
//!
//! Not read: a number word with a capitalized word after it, the
//! credit's own name ("Ảnh: Hai Tư Một …", a photographer called Hai Tư),
//! nor a number word after a longer run of capitalized words (a name in
//! the sentence: "ông Nguyễn Văn Hai đã …" has no credit before it).

use super::{Entity, quantity_at};
use crate::lex::{Gap, Kind, Token, Word};

/// The most capitalized words a credit's name holds ("Reuters", "Đức
/// Đồng", "Hà Nội FC").
const MAX_NAME_WORDS: usize = 3;

/// True for the number words two to ten, whose capitalized form the rule
/// reads ("một", read as "a" at a sentence's head, is left).
pub(super) fn is_count_word(word: Word) -> bool {
    word.two_to_ten()
}

/// The number at the capitalized number word `toks[i]` when a photo's
/// credit stands right before it and a lowercase word right after it;
/// see the module's documentation.
pub(super) fn at<'a>(text: &'a str, toks: &[Token], i: usize) -> Option<Entity<'a>> {
    let lead = toks.get(i)?;
    let next = toks.get(i + 1)?;
    let lowercase_after = matches!(next.kind, Kind::Word { capital: false, .. });
    if lead.gap != Gap::Space || next.gap != Gap::Space || !lowercase_after {
        return None;
    }
    if !after_credit(text, toks, i) {
        return None;
    }
    quantity_at(text, lead.start, head_end(text, lead.start))
}

/// The most bytes of the text from the number word the scanner is given:
/// a count with its scale and unit ("Hai mươi lăm nghìn tấn") is shorter,
/// and a bound keeps the rule's cost per lead constant on a long line.
const HEAD_BYTES: usize = 96;

/// The end of the text from `start` to the end of its line, at most
/// [`HEAD_BYTES`] long (cut back to a character's boundary).
fn head_end(text: &str, start: usize) -> usize {
    let end = crate::text::floor_boundary(text, start + HEAD_BYTES);
    let head = text.get(start..end).unwrap_or("");
    head.find('\n').map_or(end, |n| start + n)
}

/// True when "Ảnh:" and one to [`MAX_NAME_WORDS`] capitalized words, on
/// one line, stand right before `toks[i]`.
fn after_credit(text: &str, toks: &[Token], i: usize) -> bool {
    let mut j = i;
    let mut names = 0;
    while j > 0 {
        let Some(t) = toks.get(j) else { return false };
        if t.gap != Gap::Space {
            return false;
        }
        j -= 1;
        match toks.get(j).map(|p| p.kind) {
            Some(Kind::Word { capital: true, .. }) if names < MAX_NAME_WORDS => names += 1,
            Some(Kind::Punct(':')) => break,
            _ => return false,
        }
    }
    let colon_glued = toks.get(j).is_some_and(|c| c.gap == Gap::None);
    names >= 1
        && colon_glued
        && j > 0
        && toks
            .get(j - 1)
            .and_then(|a| text.get(a.start..a.end))
            .is_some_and(|w| w == "Ảnh")
}

#[cfg(test)]
mod tests {
    use crate::extract::test_spans::texts as spans;

    #[test]
    fn a_count_after_a_photo_credit() {
        assert_eq!(
            spans("Ảnh: Đức Đồng Hai đội không tạo ra cơ hội nguy hiểm."),
            ["Hai"]
        );
        assert_eq!(spans("Ảnh: AFC Sáu bảng đấu được tạo nên."), ["Sáu"]);
        assert_eq!(
            spans("Ảnh: Hà Nội FC Hai tháng sau khi rời."),
            ["Hai tháng"]
        );
    }

    #[test]
    fn names_and_sentences_stay() {
        assert!(spans("Ảnh: Hai Tư Một vấn đề khác.").is_empty());
        assert!(spans("Lúc đó ông Nguyễn Văn Hai đã về.").is_empty());
        assert!(spans("Ảnh: Minh Hai Tuấn đi.").is_empty());
    }
}
