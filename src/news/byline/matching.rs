//! Matching the words of bylines: credit markers, case-insensitive and
//! decomposed (NFD) prefixes, making notes and agencies.

use super::super::letters::{composed, fold_char, is_combining};
use super::super::markers::{AGENCIES, CREDIT_MARKERS, MAKING_NOTES};
use super::super::outlets::find_outlet;
use super::super::scan::{char_at, is_inline_space, skip_while};
use super::CreditRole;

/// The credit marker that starts `rest` (case-insensitive, `ẢNH:` too),
/// with the byte length of marker and colon, when it is followed by a colon
/// (or, for two-role markers, by a space and a capital).
pub(super) fn credit_marker(rest: &str) -> Option<(&'static [CreditRole], usize)> {
    // Fast rejection, since this is asked at every position of the tail
    // window: every marker is followed by a colon within a few bytes, or
    // (two-role markers without one) contains `ảnh`.
    let near = rest.as_bytes().get(..rest.len().min(24))?;
    // `ả` is E1 BA A3, `Ả` E1 BA A2.
    let has_anh = near
        .windows(3)
        .any(|w| matches!(w, [0xE1, 0xBA, 0xA2 | 0xA3]));
    // Decomposed text has its marks as CC/CD lead bytes: let it through.
    let decomposed = near.iter().any(|&b| b == 0xCC || b == 0xCD);
    if !has_anh && !decomposed && !near.contains(&b':') {
        return None;
    }
    CREDIT_MARKERS
        .iter()
        .find_map(|&(marker, roles)| {
            let len = prefix_len_ci(rest, marker)?;
            let after = rest.get(len..)?;
            let spaced = after.len() - after.trim_start_matches(is_inline_space).len();
            let after_spaces = after.get(spaced..)?;
            if let Some(after_colon) = after_spaces.strip_prefix(':') {
                let _ = after_colon;
                return Some((roles, len + spaced + 1));
            }
            // `Ảnh⏎: Chí Linh`, `Nguồn ảnh⏎: Facebook`: the crawler (Báo
            // Mới 2017) broke the line after the marker, before its colon.
            if let Some(next) = after_spaces
                .strip_prefix("\r\n")
                .or_else(|| after_spaces.strip_prefix('\n'))
            {
                let gap = next.len() - next.trim_start_matches(is_inline_space).len();
                if next.get(gap..).is_some_and(|r| r.starts_with(':')) {
                    let broken = after.len() - next.len() + gap;
                    return Some((roles, len + broken + 1));
                }
            }
            // `Bài, ảnh NGỌC BÍCH`: a two-role marker may omit the colon,
            // when its roles are joined by a separator (`Tin ảnh` and `Ảnh và
            // bình` need one).
            if roles.len() == 2
                && (marker.contains([',', '-', '–', '&']) || marker.contains(" và "))
                && !marker.ends_with("bình")
                && spaced > 0
                && after_spaces.chars().next().is_some_and(char::is_uppercase)
            {
                return Some((roles, len + spaced));
            }
            None
        })
        .or_else(|| role_list(rest))
}

/// `bài và ảnh: X`, `tin, ảnh: X`, `thực hiện: X`, `chân dung hội họa: X`
/// in lowercase: a credit marker with its colon that names two roles or is
/// two words or more, which no sentence opens with (a one-word marker,
/// `tin:`, `ảnh:`, is too often a word of the sentence).
pub(super) fn lowercase_credit(rest: &str) -> bool {
    rest.starts_with(char::is_lowercase)
        && credit_marker(rest).is_some_and(|(roles, len)| {
            let Some(marker) = rest.get(..len).map(str::trim_end) else {
                return false;
            };
            let words = marker.trim_end_matches(':').trim_end();
            marker.ends_with(':') && (roles.len() == 2 || words.contains(' '))
        })
}

/// `Bài, Ảnh, Video: X`, `Tin - Ảnh - Video: X`, `Ảnh, Video: X`, `Ảnh,
/// clip: X`, `Bài , ảnh: X`: role words (`Tin`, `Bài`, `Ảnh`, `Video`,
/// `Clip`, any case) joined by commas, dashes, `&` or `và`, then a colon,
/// naming two roles or three; the forms `CREDIT_MARKERS` does not list.
/// Returns the roles in the order text, photo, video, and the byte
/// length up to the colon's end.
fn role_list(rest: &str) -> Option<(&'static [CreditRole], usize)> {
    const WORDS: &[(&str, CreditRole)] = &[
        ("Tin", CreditRole::Text),
        ("Bài", CreditRole::Text),
        ("Ảnh", CreditRole::Photo),
        ("Video", CreditRole::Video),
        ("Clip", CreditRole::Video),
    ];
    const JOINS: &[&str] = &[",", "-", "–", "&", "và"];
    let (mut text, mut photo, mut video) = (false, false, false);
    let mut p = 0;
    for _ in 0..4 {
        let r = rest.get(p..)?;
        let (len, role) = WORDS
            .iter()
            .find_map(|&(w, role)| prefix_len_ci(r, w).map(|len| (len, role)))?;
        match role {
            CreditRole::Text => text = true,
            CreditRole::Photo => photo = true,
            _ => video = true,
        }
        p = skip_while(rest, p + len, is_inline_space);
        let r = rest.get(p..)?;
        if r.starts_with(':') {
            let roles: &'static [CreditRole] = match (text, photo, video) {
                (true, true, true) => &[CreditRole::Text, CreditRole::Photo, CreditRole::Video],
                (true, true, false) => &[CreditRole::Text, CreditRole::Photo],
                (true, false, true) => &[CreditRole::Text, CreditRole::Video],
                (false, true, true) => &[CreditRole::Photo, CreditRole::Video],
                _ => return None,
            };
            return Some((roles, p + 1));
        }
        let join = JOINS.iter().find(|j| r.starts_with(**j))?;
        let after = p + join.len();
        // `và` is a word: spaces on both sides.
        if *join == "và" && !char_at(rest, after).is_some_and(is_inline_space) {
            return None;
        }
        p = skip_while(rest, after, is_inline_space);
    }
    None
}

/// The byte length of the prefix of `s` that equals `word` ignoring case.
pub(super) fn prefix_len_ci(s: &str, word: &str) -> Option<usize> {
    match prefix_len_ci_chars(s, word.chars()) {
        Ok(len) => Some(len),
        // Decomposed text (`Nho\u{301}m PV`): compare with the word's NFD.
        Err(true) => {
            let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(word);
            prefix_len_ci_chars(s, nfd.chars()).ok()
        }
        Err(false) => None,
    }
}

/// The byte length of `word` at the start of `rest`, written as is or
/// decomposed (NFD).
pub(super) fn starts_with_word(rest: &str, word: &str) -> Option<usize> {
    if rest.starts_with(word) {
        return Some(word.len());
    }
    // Only when the texts part where `rest` has a combining mark next.
    let mut r = rest.chars();
    let parted_on_mark =
        word.chars().any(|w| r.next() != Some(w)) && r.next().is_some_and(is_combining);
    if !parted_on_mark {
        return None;
    }
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(word);
    rest.starts_with(nfd.as_ref()).then_some(nfd.len())
}

/// Compares ignoring case: the matched byte length, or `Err(decomposed)`
/// telling whether the mismatch is where `s` has a combining mark next
/// (so that the decomposed word may still match).
pub(super) fn prefix_len_ci_chars(
    s: &str,
    word: impl Iterator<Item = char>,
) -> Result<usize, bool> {
    let mut len = 0;
    let mut chars = s.chars();
    for w in word {
        let Some(c) = chars.next() else {
            return Err(false);
        };
        let same = c == w
            || match (c.is_ascii(), w.is_ascii()) {
                (true, true) => c.eq_ignore_ascii_case(&w),
                (false, false) => c.to_lowercase().eq(w.to_lowercase()),
                _ => false,
            };
        if !same {
            return Err(chars.next().is_some_and(is_combining));
        }
        len += c.len_utf8();
    }
    Ok(len)
}

/// True when nothing word-like continues at `p`.
pub(super) fn boundary_after(s: &str, p: usize) -> bool {
    char_at(s, p).is_none_or(|c| !c.is_alphanumeric())
}

/// `Tổng hợp`, `T/h`, `Dịch`, … in any case: `Some(role)` for a
/// compilation, `Some(None)` for a translation, `None` otherwise.
pub(super) fn making_note(inner: &str) -> Option<Option<CreditRole>> {
    let inner = composed(inner);
    MAKING_NOTES.iter().find_map(|&(note, role)| {
        let same = inner.chars().count() == note.chars().count()
            && inner
                .chars()
                .zip(note.chars())
                .all(|(a, b)| fold_char(a) == fold_char(b));
        same.then_some(role)
    })
}

/// True when `label` is a news agency or a registered outlet, or an
/// agency pair such as `TTXVN/Vietnam+`.
pub(super) fn is_agency(label: &str) -> bool {
    let label = label.trim();
    if label.is_empty() {
        return false;
    }
    if AGENCIES.contains(&label) || find_outlet(label).is_some() {
        return true;
    }
    // `TTXVN/Vietnam+`, `TTXVN/Tin tức`: an agency and the paper it ran in.
    if let Some((a, b)) = label.split_once('/') {
        return AGENCIES.contains(&a.trim())
            && (is_agency(b) || b.trim().chars().next().is_some_and(char::is_uppercase));
    }
    // `PL&TĐ`: an outlet acronym not in the registry.
    let caps = label.chars().filter(|c| c.is_uppercase()).count();
    caps >= 2
        && label.chars().count() <= 10
        && label
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '+' | '.' | '-'))
}
