//! Digits glued to the word before them: a crawler that lost a space
//! ("gồm14 khối nhà") against a code or a model name ("U23", "iPhone15").
//! The number scanner and the dates grammar ask the same question here.

use super::is_word_char;

/// True when the letters right before byte `at` (no space, no symbol
/// between) are a word of running text (`glued_prose_word`) and the
/// digits at `at` go on as a count does: a lowercase word after a space
/// ("gồm14 khối"), a unit glued ("lên đến120km/h", "hơn10h"), a percent
/// sign or a date's slash ("tăng15%", "ngày9/6"). A list's number glued
/// to the line before it ("dưới đây:Ảnh minh họa1. Luôn có", "Mổ
/// khám8.1. Thể cấp", "giai đoạn cuối1 Ngày 6-2") is no count.
pub(crate) fn glued_after_prose(text: &str, at: usize) -> bool {
    let word = text
        .get(..at)
        .unwrap_or_default()
        .rsplit(|x: char| !is_word_char(x))
        .next()
        .unwrap_or_default();
    // "Ngữ văn150 phút7 giờ 25", "phút90": after a minute or an hour the
    // digits start a table's next cell or name a match's minute.
    if !glued_prose_word(word) || matches!(word, "phút" | "giờ" | "giây") {
        return false;
    }
    let rest = text.get(at..).unwrap_or_default();
    let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    // Groups after a separator: "10,5 tỷ", "49.030 cổ phiếu"; "8.1." ends.
    let mut after = digits;
    while let Some(r) = after.strip_prefix(['.', ',']) {
        if !r.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        after = r.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    let mut chars = after.chars();
    match chars.next() {
        Some(' ') => chars.next().is_some_and(char::is_lowercase),
        Some('%') => true,
        Some('/') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some(c) => c.is_lowercase(),
        None => false,
    }
}

/// True for a word of running text that a count may follow glued, with
/// no space ("gồm14 khối nhà", "suốt13 năm", "thực tế15 thí sinh"):
/// lowercase, two letters at least, one of them outside ASCII, which no
/// code or model name has ("U23", "mp3", "covid19", "iPhone15" are codes).
fn glued_prose_word(word: &str) -> bool {
    let mut letters = 0;
    let mut wide = false;
    for c in word.chars() {
        if !c.is_lowercase() {
            return false;
        }
        letters += 1;
        wide |= !c.is_ascii();
    }
    letters >= 2 && wide
}
