//! A reader's short signature next to a forum note (`… tuyển. Thanh >>
//! Bài viết không nhất thiết…`, `… tại đây . Lâm`): readers' letters on
//! VnExpress sign with a given name or a pen name of one or two words,
//! which the names-alone test rejects anywhere else. Also a reader's
//! column signed in parentheses before its disclaimer (`(Bạn đọc: Faro)⏎*
//! Bài viết thể hiện quan điểm cá nhân của bạn đọc.`, Thể thao Việt Nam).

use super::super::letters::{composed, is_combining};
use super::super::scan::{char_before, is_any_space, skip_back_while};
use super::Byline;
use super::matching::starts_with_word;

/// The forum notes a reader's letter ends with.
const FORUM_NOTES: &[&str] = &[
    "Chia sẻ bài viết của bạn",
    "Quan điểm của bạn",
    "Bài viết không nhất thiết",
];

/// How far before the end a forum note is looked for, in bytes.
const NOTE_WINDOW: usize = 400;

/// The longest signature read, in characters.
const SIGNATURE_MAX: usize = 16;

/// Words that open a sentence, not a signature.
const NOT_SIGNATURES: &[&str] = &["Xin", "Cảm", "Chúc", "Hết", "Ảnh", "Video", "Clip"];

/// The reader's signature of a forum letter in `text[..end]`: one or two
/// capitalised words after a sentence's end, either right before the
/// first forum note of the tail (arrows and line breaks between) or ending
/// the text right after the note's last sentence.
pub(super) fn reader_signature(text: &str, min_start: usize, end: usize) -> Option<Byline<'_>> {
    let head = text.get(..end)?;
    let from = crate::text::floor_boundary(head, end.saturating_sub(NOTE_WINDOW));
    let window = head.get(from..)?;
    // Composed or decomposed: each note opens with `C`, `Q` or `B`.
    let first_note = memchr::memchr3_iter(b'C', b'Q', b'B', window.as_bytes()).find(|&i| {
        window
            .get(i..)
            .is_some_and(|r| FORUM_NOTES.iter().any(|n| starts_with_word(r, n).is_some()))
    })?;
    let note_at = from + first_note;
    // Before the note: `… tuyển. Thanh >> Bài viết…`, `…⏎Tung⏎Chia sẻ…`.
    let before = skip_back_while(head, note_at, |c| is_any_space(c) || c == '>');
    if let Some(b) = signature_ending_at(head, min_start, before) {
        return Some(b);
    }
    // After it, ending the text: `… tại đây . Lâm`.
    let last = skip_back_while(head, end, is_any_space);
    let b = signature_ending_at(head, min_start.max(note_at), last)?;
    let between = head.get(note_at..b.start)?;
    (between.trim_end().ends_with('.') && !between.contains('\n')).then_some(b)
}

/// One or two capitalised words ending at `at`, after a sentence's end
/// (a dot, `!`, `?`, `…`, a closing quote or a line break).
fn signature_ending_at(s: &str, min_start: usize, at: usize) -> Option<Byline<'_>> {
    let (i, c) = s
        .get(..at)?
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '\n' | '.' | '!' | '?' | '…' | '”' | '"'))?;
    // Not the dot of an abbreviation (`TP.HCM`).
    if c == '.' && char_before(s, i).is_some_and(char::is_uppercase) {
        return None;
    }
    let after = i + c.len_utf8();
    let gap = s.get(after..at)?;
    let start = after + (gap.len() - gap.trim_start().len());
    if start <= min_start || start >= at {
        return None;
    }
    let sig = s.get(start..at)?;
    let words: Vec<&str> = sig.split(' ').collect();
    let shape = (1..=2).contains(&words.len())
        && sig.chars().filter(|&c| !is_combining(c)).count() <= SIGNATURE_MAX
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || is_combining(c))
        })
        && !words
            .first()
            .is_some_and(|w| NOT_SIGNATURES.contains(&composed(w).as_ref()));
    shape.then(|| Byline {
        text: sig,
        start,
        end: at,
        authors: vec![sig],
        ..Byline::default()
    })
}

/// The disclaimer that follows a reader's column in Thể thao Việt Nam
/// (Báo Mới 2017), before the paper's call for letters and its desk's
/// greeting (`Trân trọng,⏎Ban biên tập Báo Thể thao Việt Nam`).
const COLUMN_NOTE: &str = "Bài viết thể hiện quan điểm cá nhân của bạn đọc";

/// What opens the parenthesised signature of a reader's column.
const COLUMN_SIGNATURE: &str = "(Bạn đọc:";

/// The longest name read in a column's signature, in characters.
const COLUMN_NAME_MAX: usize = 40;

/// The most bytes from the signature's `(` to the disclaimer.
const COLUMN_SPAN_MAX: usize = 200;

/// The signature of a reader's column in `text[..end]`: `(Bạn đọc: NAME)`
/// right before the column's disclaimer ([`COLUMN_NOTE`], perhaps after a
/// bullet), which opens the paper's own furniture. The name is the
/// author; the desk's greeting after the disclaimer is no byline. Only
/// the last [`FURNITURE_WINDOW`](super::furniture::FURNITURE_WINDOW)
/// bytes are searched.
pub(super) fn reader_column_signature(
    text: &str,
    min_start: usize,
    end: usize,
) -> Option<Byline<'_>> {
    let head = text.get(..end)?;
    let from =
        crate::text::floor_boundary(head, end.saturating_sub(super::furniture::FURNITURE_WINDOW))
            .max(min_start);
    let window = head.get(from..)?;
    // Composed or decomposed: each form is searched as the text holds it.
    let decomposed = window.bytes().any(|b| b == 0xCC || b == 0xCD);
    let forms = |s: &'static str| {
        let mut v = vec![std::borrow::Cow::Borrowed(s)];
        if decomposed {
            v.push(icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(s));
        }
        v
    };
    let note_at = forms(COLUMN_NOTE)
        .iter()
        .find_map(|f| memchr::memmem::find(window.as_bytes(), f.as_bytes()))
        .map(|i| from + i)?;
    let close = skip_back_while(head, note_at, |c| is_any_space(c) || c == '*');
    if close <= min_start || !head.get(..close)?.ends_with(')') {
        return None;
    }
    let inner_end = close - 1;
    let span_from = crate::text::floor_boundary(head, note_at.saturating_sub(COLUMN_SPAN_MAX));
    let inner = head.get(span_from..inner_end)?;
    let (open, opener_len) = forms(COLUMN_SIGNATURE)
        .iter()
        .find_map(|f| inner.rfind(f.as_ref()).map(|i| (span_from + i, f.len())))?;
    if open < min_start {
        return None;
    }
    let raw = head.get(open + opener_len..inner_end)?;
    let name = raw.trim();
    let name_start = open + opener_len + (raw.len() - raw.trim_start().len());
    let shape = !name.is_empty()
        && name.chars().filter(|&c| !is_combining(c)).count() <= COLUMN_NAME_MAX
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name.contains(['\n', '(', ')', ':']);
    shape.then(|| Byline {
        text: head.get(open..close).unwrap_or(name),
        start: open,
        end: close,
        authors: vec![
            head.get(name_start..name_start + name.len())
                .unwrap_or(name),
        ],
        ..Byline::default()
    })
}
