//! The byline: who wrote, photographed or supplied an article, read from its
//! last few hundred bytes.
//!
//! A byline is a short run of parts at the very end of the text (grammar in
//! `DATELINES_REPORT.md` §3 and DESIGN.md):
//!
//! ```text
//! tail   := [ "./." ] part+
//! part   := names [ "/" agency-or-city ] | "(" paren ")" | credit | attribution
//!         | team | agency
//! names  := name ( (" - " | "-" | ", ") name )*
//! name   := Title Case words | ALL CAPS words | initials ("T.L.", "H. Hà", "Đ.LÊ")
//! credit := ("Ảnh" | "Tin, ảnh" | "Bài và ảnh" | "Video" | …) ":" names
//! attribution := "Theo" SOURCE | "Nguồn:" SOURCE | "(Theo …)" | "(Tổng hợp)" | …
//! ```
//!
//! It may be glued to the last sentence with no space (`…năm trước./.Vũ Anh
//! Minh (TTXVN)`, `…Lê TúTheo Infonet`), as the corpus' Báo Mới subset is.
//!
//! Precision matters more than recall: an ordinary last sentence must never
//! become a byline. So a byline made of names alone (no marker such as
//! `./.`, `(TTXVN)`, `Theo`, `Ảnh:` or `PV`) is accepted only when each name
//! is two to four words that are all Vietnamese syllables in Title Case or
//! all in capitals, or initials, and is not a place; with a marker, any
//! capitalised words will do.

use super::letters::{
    composed, fold_char, is_caps_word, is_combining, is_syllable, is_title_word, is_word_char,
};
use super::markers::{AGENCIES, CREDIT_MARKERS, MAKING_NOTES, NAME_TITLES, TEAMS};
use super::outlets::find_outlet;
use super::places::is_place;
use super::scan::{
    ceil_boundary, char_at, char_before, is_any_space, is_dash, is_inline_space, skip_back_while,
    skip_while,
};

/// The longest byline accepted, in bytes; also how much of the end of an
/// article is read (the longest bylines in the corpus are under 150 bytes).
pub(crate) const TAIL_WINDOW: usize = 240;

/// The byline that ends an article.
///
/// Offsets are bytes into the text given to [`parse_byline`], half-open.
/// Names and sources are slices of that text, as written.
///
/// ```
/// use vietnorm::news::{parse_byline, CreditRole};
/// let text = "Mưa lớn kéo dài đến cuối tuần./.Vũ Anh Minh (TTXVN)";
/// let b = parse_byline(text).unwrap();
/// assert_eq!(b.text, "./.Vũ Anh Minh (TTXVN)");
/// assert_eq!(b.authors, ["Vũ Anh Minh"]);
/// assert_eq!(b.agency, Some("TTXVN"));
///
/// let b = parse_byline("Đội nhà thắng 2-0. Hiếu Lương Ảnh: Lâm Thoả").unwrap();
/// assert_eq!(b.credits[0].role, CreditRole::Photo);
/// assert_eq!(b.credits[0].names, ["Lâm Thoả"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Byline<'a> {
    /// The byline as written.
    pub text: &'a str,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The reporters, as written (`Minh Anh`, `THÚY HẢI`, `T.L.`, `PV`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub authors: Vec<&'a str>,
    /// A news agency or outlet named with the authors (`TTXVN` in
    /// `Vũ Anh Minh (TTXVN)`, `TTXVN/Tin tức`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub agency: Option<&'a str>,
    /// The publication the article is credited to (`VnExpress` in
    /// `Theo VnExpress`, `Reuters` in `Nguồn: Reuters`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub source: Option<&'a str>,
    /// Credits by role (`Ảnh: Ngọc Thắng`, `Tin, ảnh: Minh Thu`, `(Tổng hợp)`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub credits: Vec<Credit<'a>>,
}

/// One credit of a byline: a role and the names that hold it.
///
/// ```
/// use vietnorm::news::{parse_byline, CreditRole};
/// let b = parse_byline("Cầu đã thông xe.Tin, ảnh: Minh Thu (TTXVN)").unwrap();
/// assert_eq!(b.credits.len(), 2);
/// assert_eq!(b.credits[0].role, CreditRole::Text);
/// assert_eq!(b.credits[1].role, CreditRole::Photo);
/// assert_eq!(b.credits[1].names, ["Minh Thu"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Credit<'a> {
    /// What the names did.
    pub role: CreditRole,
    /// Who did it, as written; empty for `(Tổng hợp)` alone.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub names: Vec<&'a str>,
}

/// What a credited person did.
///
/// ```
/// use vietnorm::news::CreditRole;
/// assert_eq!(CreditRole::Photo.to_string(), "photo");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum CreditRole {
    /// Text: `Bài:`, `Tin:`, `Thực hiện:`, the `Tin`/`Bài` of `Tin, ảnh:`.
    Text,
    /// Photographs: `Ảnh:`.
    Photo,
    /// Video: `Video:`, `Clip:`.
    Video,
    /// Graphics: `Đồ họa:`, `Infographic:`.
    Graphics,
    /// Compiled from other sources: `(Tổng hợp)`, `(T/h)`.
    Compiled,
}

impl CreditRole {
    /// The role's name in the JSON contract (`photo`).
    ///
    /// ```
    /// assert_eq!(vietnorm::news::CreditRole::Compiled.as_str(), "compiled");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            CreditRole::Text => "text",
            CreditRole::Photo => "photo",
            CreditRole::Video => "video",
            CreditRole::Graphics => "graphics",
            CreditRole::Compiled => "compiled",
        }
    }
}

impl std::fmt::Display for CreditRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Reads the byline at the end of `text`, or `None` when the article has
/// none. Only the last few hundred bytes are read, whatever the length of
/// `text`. Spaces may follow the byline, and so may two kinds of web-page
/// residue that crawlers leave (`Email Print Góp ý`).
///
/// ```
/// use vietnorm::news::parse_byline;
/// assert_eq!(parse_byline("Trận đấu kết thúc lúc 21h.Đông Tuyết").unwrap().authors, ["Đông Tuyết"]);
/// assert_eq!(parse_byline("Vụ việc đang được điều tra.Lê TúTheo Infonet").unwrap().source, Some("Infonet"));
/// // A file's final newline (or CRLF, spaces) changes nothing.
/// let b = parse_byline("Câu cuối cùng ở đây.\r\n\r\nMinh Anh\r\n").unwrap();
/// assert_eq!((b.text, b.start, b.end), ("Minh Anh", 32, 40));
/// // An ordinary last sentence is not a byline.
/// assert!(parse_byline("Người dân đã trở về nhà an toàn.").is_none());
/// assert!(parse_byline("Đội khách đến từ Hà Nội. Việt Nam").is_none());
/// ```
pub fn parse_byline(text: &str) -> Option<Byline<'_>> {
    parse_byline_after(text, 0)
}

/// [`parse_byline`] for a byline that starts at or after byte `min_start`
/// (the end of the dateline, so that the two never overlap).
pub(crate) fn parse_byline_after(text: &str, min_start: usize) -> Option<Byline<'_>> {
    let end = skip_back_while(text, text.len(), is_any_space);
    if end == 0 || end <= min_start {
        return None;
    }
    // Web-page leftovers after the byline (`…Viết LamEmail Print Góp ý`):
    // the byline is the one before them, when there is one.
    let head = text.get(..end)?;
    // Combining marks (U+0300–U+036F) have lead bytes CC and CD.
    let decomposed = head
        .as_bytes()
        .iter()
        .rev()
        .take(48)
        .any(|&b| b == 0xCC || b == 0xCD);
    let before_residue = PAGE_RESIDUE.iter().find_map(|r| {
        let cut = match head.strip_suffix(r) {
            Some(h) => h.len(),
            None if decomposed => {
                let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(r);
                head.strip_suffix(nfd.as_ref())?.len()
            }
            None => return None,
        };
        Some(skip_back_while(text, cut, is_any_space))
    });
    if let Some(cut) = before_residue.filter(|&c| c > min_start) {
        if let Some(b) = byline_ending_at(text, min_start, cut) {
            return Some(b);
        }
    }
    byline_ending_at(text, min_start, end)
}

/// Page furniture that crawlers left after the byline in the corpus
/// (Công Thương: `PHẢN HỒIGửi bình luận`, 110 articles; `Email Print Góp ý`,
/// 50 articles).
const PAGE_RESIDUE: &[&str] = &["PHẢN HỒIGửi bình luận", "Email Print Góp ý"];

/// The byline that ends exactly at `end` and starts at or after `min_start`.
///
/// Everything below reads `text[..end]` only: `end` is the end of the
/// text for the readers, so whatever follows it (the trailing newline of a
/// file, spaces, page residue) cannot change what they see. Peeking past
/// `end` once made `Minh Anh\n` a two-line byline of bare names, rejected.
fn byline_ending_at(text: &str, min_start: usize, end: usize) -> Option<Byline<'_>> {
    let text = text.get(..end)?;
    let window_start = ceil_boundary(text, end.saturating_sub(TAIL_WINDOW).max(min_start));
    let window_start = viable_start(text, window_start, end);
    candidates(text, window_start, end)
        .into_iter()
        .find_map(|cand| {
            let q = skip_while(text, cand, is_any_space);
            if q >= end || end - q > TAIL_WINDOW {
                return None;
            }
            Reader::new(text, q, end).read()
        })
}

/// The most lowercase words a byline holds: markers and notes have a few
/// (`Bài và ảnh`, `(Theo tài liệu họp báo Chính phủ)` has four); names none.
const MAX_LOWERCASE_WORDS: usize = 8;

/// The earliest position in `from..end` from which at most
/// [`MAX_LOWERCASE_WORDS`] lowercase words remain: no byline starts before
/// it, since it would hold ordinary prose. One backward pass over spaces;
/// it spares the readers every candidate in the prose of the last sentences.
fn viable_start(s: &str, from: usize, end: usize) -> usize {
    let Some(window) = s.get(from..end) else {
        return from;
    };
    let mut lowercase = 0;
    let bytes = window.as_bytes();
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        let Some(&b) = bytes.get(i) else { break };
        if !matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
            continue;
        }
        let word = window.get(i + 1..).and_then(|w| w.chars().next());
        if word.is_some_and(char::is_lowercase) {
            lowercase += 1;
            if lowercase > MAX_LOWERCASE_WORDS {
                return from + i + 1;
            }
        }
    }
    from
}

/// Where a byline may start, in increasing order: the window's start when
/// it is the text's start, after a line break or a sentence's end, at an
/// end mark `./.`, and at an attribution or credit marker (even glued to
/// the word before it, `Lê TúTheo Infonet`).
fn candidates(s: &str, from: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    if from == 0 || char_before(s, from).is_some_and(is_any_space) {
        out.push(from);
    }
    let Some(window) = s.get(from..end) else {
        return out;
    };
    // Bytes, not chars: every boundary and marker starts with an ASCII byte
    // or a known lead byte, so most of the window is skipped with one test.
    let bytes = window.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let at = from + i;
        let boundary_len = match b {
            b'\n' | b'!' | b'?' | b'"' | b'\'' | b')' | b';' => 1,
            b'.' if !after_list_number(s, at) => 1,
            // `…`, `”`, `’`: E2 80 A6 / 9D / 99; `»`: C2 BB.
            0xE2 if matches!(bytes.get(i + 1..i + 3), Some([0x80, 0xA6 | 0x9D | 0x99])) => 3,
            0xC2 if bytes.get(i + 1) == Some(&0xBB) => 2,
            _ => 0,
        };
        if b == b'.' && bytes.get(i..i + 3) == Some(b"./.") {
            out.push(at);
        }
        if may_open_marker(bytes, i) && marker_at(s, at) {
            out.push(at);
        }
        if boundary_len > 0 {
            out.push(at + boundary_len);
        }
    }
    out.dedup();
    out
}

/// True when a marker may start at byte `i` of `bytes`: `(` or a capital
/// that opens one (`Theo`, `Nguồn`, `Ảnh`, `Bài`, `Tin`, `Video`, `Clip`,
/// `Đồ họa`, `Infographic`). Byte tests only: this runs at every position
/// of the tail window. (Lowercase markers occur only inside parentheses,
/// `(theo AFP)`, which the `(` covers.)
fn may_open_marker(bytes: &[u8], i: usize) -> bool {
    // `Ả` is E1 BA A2, `Đ` C4 90; decomposed `Ả` starts with `A`.
    matches!(
        bytes.get(i..),
        Some(
            [b'(' | b'T' | b'N' | b'B' | b'V' | b'C' | b'I' | b'A', ..]
                | [0xE1, 0xBA, 0xA2, ..]
                | [0xC4, 0x90, ..]
        )
    )
}

/// True when the full stop at `dot` ends a list number (`3.` at the start
/// of a line or after `) `), not a sentence: `… (8, Thanh Hóa) 5. Oseni`
/// must not offer `Oseni …` as a byline.
fn after_list_number(s: &str, dot: usize) -> bool {
    let digits_start = skip_back_while(s, dot, |c| c.is_ascii_digit());
    if digits_start == dot || dot - digits_start > 2 {
        return false;
    }
    match char_before(s, digits_start) {
        None | Some('\n') => true,
        Some(c) if is_inline_space(c) => {
            let before = skip_back_while(s, digits_start, is_inline_space);
            matches!(char_before(s, before), None | Some('\n' | ')' | '.'))
        }
        Some(_) => false,
    }
}

/// True when an attribution or credit marker starts at `at` and the
/// character before does not make it part of a word (a lowercase letter
/// before it is glue, `HòaTheo`; an uppercase one is not, `NGUYỄNTheo` is
/// too odd to read).
fn marker_at(s: &str, at: usize) -> bool {
    let Some(rest) = s.get(at..) else {
        return false;
    };
    // Fast rejection: markers start with `(` or a letter, and inside a word
    // only with a capital (glue).
    let Some(first) = rest.chars().next() else {
        return false;
    };
    if first != '(' && !first.is_alphabetic() {
        return false;
    }
    if char_before(s, at).is_some_and(char::is_alphabetic) && !first.is_uppercase() {
        return false;
    }
    let opens = ["Theo ", "(Theo ", "(theo ", "Nguồn", "(Nguồn", "(TTXVN"];
    let is_marker =
        opens.iter().any(|m| starts_with_word(rest, m).is_some()) || credit_marker(rest).is_some();
    is_marker && char_before(s, at).is_none_or(|c| !c.is_alphabetic() || c.is_lowercase())
}

/// The credit marker that starts `rest` (case-insensitive, `ẢNH:` too),
/// with the byte length of marker and colon, when it is followed by a colon
/// (or, for two-role markers, by a space and a capital).
fn credit_marker(rest: &str) -> Option<(&'static [CreditRole], usize)> {
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
    CREDIT_MARKERS.iter().find_map(|&(marker, roles)| {
        let len = prefix_len_ci(rest, marker)?;
        let after = rest.get(len..)?;
        let spaced = after.len() - after.trim_start_matches(is_inline_space).len();
        let after_spaces = after.get(spaced..)?;
        if let Some(after_colon) = after_spaces.strip_prefix(':') {
            let _ = after_colon;
            return Some((roles, len + spaced + 1));
        }
        // `Bài, ảnh NGỌC BÍCH`: a two-role marker may omit the colon.
        if roles.len() == 2
            && spaced > 0
            && after_spaces.chars().next().is_some_and(char::is_uppercase)
        {
            return Some((roles, len + spaced));
        }
        None
    })
}

/// The byte length of the prefix of `s` that equals `word` ignoring case.
fn prefix_len_ci(s: &str, word: &str) -> Option<usize> {
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
fn starts_with_word(rest: &str, word: &str) -> Option<usize> {
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
fn prefix_len_ci_chars(s: &str, word: impl Iterator<Item = char>) -> Result<usize, bool> {
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

/// Where names stop: before a marker (glued or not), a parenthesis, a
/// slash, a line break.
fn names_stop(s: &str, at: usize) -> bool {
    match char_at(s, at) {
        None | Some('(' | '/' | '\n' | '\r') => true,
        Some(_) => {
            let rest = s.get(at..).unwrap_or_default();
            rest.starts_with("Theo ")
                || starts_with_word(rest, "Nguồn").is_some()
                || credit_marker(rest).is_some()
        }
    }
}

/// A name read at some position: where it ends and whether it is strong
/// enough to be a byline on its own.
struct NameRead {
    end: usize,
    strong: bool,
}

/// Words that are not parts of names: function words that open sentences
/// and web-page leftovers (`TIN BÀI LIÊN QUAN`).
#[rustfmt::skip]
const NOT_NAME_WORDS: &[&str] = &[
    "các", "những", "nhưng", "trong", "tuy", "sau", "khi", "từ", "tại", "với", "cho",
    "còn", "hiện", "đây", "đó", "này", "xem", "thêm", "tin", "bài", "và", "của", "là", "có",
    "không", "được", "một", "người", "chúng", "tôi", "bạn", "theo", "nguồn", "ảnh", "video",
    "clip", "năm", "ngày", "tháng", "vì", "nên", "để", "nếu", "thì", "mà", "đã", "sẽ", "đang",
    "cũng", "rất", "lại", "ra", "vào", "lên", "xuống", "nay", "hôm", "giờ", "phút", "mời",
    "xin", "hết", "kết", "thúc", "phản", "hồi", "gửi", "chủ",
];

/// True when `word` is a function word or page leftover, in any case.
fn is_not_name_word(word: &str) -> bool {
    // Lowercase once into a buffer, then compare bytes.
    let word = composed(word);
    let mut buf = [0u8; 24];
    let mut len = 0;
    for c in word.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let Some(slot) = buf.get_mut(len..len + lower.len_utf8()) else {
            return false;
        };
        lower.encode_utf8(slot);
        len += lower.len_utf8();
    }
    let lower = buf.get(..len).unwrap_or_default();
    NOT_NAME_WORDS.iter().any(|w| w.as_bytes() == lower)
}

/// Reads one name at `p`: an optional title (`BS.`), then one to five
/// words, each Title Case, ALL CAPS or initials (`T.L.`, `H.Sơn`), joined by
/// single spaces. `lenient` (credits, or a byline with a marker) accepts
/// any capitalised words (`REUTERS`, `Tuấn L'amant`, `Kz Nguyễn`).
fn read_name(s: &str, p: usize, end: usize, lenient: bool) -> Option<NameRead> {
    let mut q = p;
    for title in NAME_TITLES {
        let after = q + title.len();
        if s.get(q..).is_some_and(|r| r.starts_with(title))
            && (title.ends_with('.') || char_at(s, after).is_some_and(is_inline_space))
        {
            q = skip_while(s, after, is_inline_space);
            break;
        }
    }
    let mut words = 0;
    let mut all_title = true;
    let mut all_caps = true;
    let mut all_syllables = true;
    let mut has_initials = false;
    let mut stop_word = false;
    loop {
        if q >= end || names_stop(s, q) {
            break;
        }
        let w_end = word_end(s, q, end);
        if w_end == q {
            break;
        }
        let word = s.get(q..w_end)?;
        if !word
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || lenient && c.is_ascii_digit())
        {
            break;
        }
        let (letters, initials) = split_initials(word);
        if initials {
            has_initials = true;
        }
        if !letters.is_empty() {
            all_title &= is_title_word(letters);
            all_caps &= is_caps_word(letters);
            all_syllables &= is_syllable(letters);
            stop_word |= is_not_name_word(letters);
        }
        if !(lenient || initials || is_title_word(word) || is_caps_word(word)) {
            return None;
        }
        words += 1;
        q = w_end;
        // Another word of the same name: one space, then a capital that
        // does not open a marker.
        let next = skip_while(s, q, is_inline_space);
        if next > q
            && next - q <= 2
            && next < end
            && !names_stop(s, next)
            && char_at(s, next).is_some_and(|c| c.is_uppercase() || lenient && c.is_ascii_digit())
        {
            q = next;
            continue;
        }
        break;
    }
    if words == 0 || words > 5 || stop_word && !lenient {
        return None;
    }
    let text = s.get(p..q)?;
    let strong = (has_initials && words <= 4 && all_syllables)
        || ((2..=4).contains(&words)
            && all_syllables
            && (all_title || all_caps)
            && !is_place(text));
    if !lenient && !strong && words > 4 {
        return None;
    }
    Some(NameRead { end: q, strong })
}

/// The end of the word at `p`: letters, digits, apostrophes, `&`, `+` and
/// dots that are followed by a letter or end the word (`T.L.`), stopping
/// before a marker glued to the word (`HòaTheo`, `NgọcẢnh:`).
fn word_end(s: &str, p: usize, end: usize) -> usize {
    let mut q = p;
    let mut prev: Option<char> = None;
    while q < end {
        let Some(c) = char_at(s, q) else { break };
        let ok = is_word_char(c) || matches!(c, '\'' | '’' | '&' | '+' | '.');
        if !ok {
            break;
        }
        if q > p
            && prev.is_some_and(|x| x.is_lowercase() || x == '.' || is_combining(x))
            && c.is_uppercase()
            && names_stop(s, q)
        {
            break;
        }
        if c == '.' {
            // `./.` is an end mark, not part of a word.
            if s.get(q..).is_some_and(|r| r.starts_with("./.")) {
                break;
            }
        }
        prev = Some(c);
        q += c.len_utf8();
    }
    q
}

/// The letters of a word after its initials (`Sơn` of `H.Sơn`, `` of
/// `T.L.`), and whether it had initials: one or two letters, the first a
/// capital, then a dot, repeated.
fn split_initials(word: &str) -> (&str, bool) {
    let mut rest = word;
    let mut initials = false;
    while let Some(dot) = rest.find('.') {
        let piece = rest.get(..dot).unwrap_or_default();
        let n = piece.chars().count();
        if !(1..=2).contains(&n) || !piece.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        initials = true;
        rest = rest.get(dot + 1..).unwrap_or_default();
    }
    if initials {
        // `N.Q`, `P.H.S`: a final single capital is one more initial.
        let single = rest.chars().count() == 1 && rest.chars().all(char::is_uppercase);
        if single {
            rest = "";
        }
    }
    let rest = rest.trim_end_matches('.');
    if rest.contains('.') {
        // `TP.HCM.VN`-like tokens are not names.
        return (word, false);
    }
    (rest, initials)
}

/// The byline being read between `p` and `end`.
struct Reader<'a> {
    s: &'a str,
    start: usize,
    p: usize,
    end: usize,
    out: Byline<'a>,
    /// Any evidence besides bare names: end mark, agency, source, credit, team.
    marker: bool,
    /// Some author is not strong enough to stand alone.
    weak: bool,
    lines: usize,
}

impl<'a> Reader<'a> {
    /// `s` is the text cut at `end`, so no part can look past the byline.
    fn new(s: &'a str, p: usize, end: usize) -> Self {
        debug_assert_eq!(s.len(), end, "the reader sees the text up to `end` only");
        Reader {
            s,
            start: p,
            p,
            end,
            out: Byline::default(),
            marker: false,
            weak: false,
            lines: 0,
        }
    }

    fn rest(&self) -> &'a str {
        self.s.get(self.p..self.end).unwrap_or_default()
    }

    fn read(mut self) -> Option<Byline<'a>> {
        // Every part starts with a capital, a parenthesis or the end mark:
        // most candidates (lowercase words, digits) stop here.
        if !char_at(self.s, self.p).is_some_and(|c| c.is_uppercase() || c == '(' || c == '.') {
            return None;
        }
        if self.rest().starts_with("./.") {
            self.p += 3;
            self.marker = true;
        }
        let mut first = true;
        loop {
            self.skip_spaces();
            if self.p >= self.end {
                break;
            }
            if !first {
                self.skip_separator();
                if self.p >= self.end {
                    return None;
                }
            }
            first = false;
            let before = self.p;
            // Parts start with a capital, `(` or a digit; a lowercase word
            // can only be a note after names (`Công Thường - tổng hợp`).
            if char_at(self.s, self.p).is_some_and(char::is_lowercase) {
                if self.bare_note() {
                    continue;
                }
                return None;
            }
            let ok = self.paren()
                || self.credit()
                || self.theo()
                || self.nguon()
                || self.bare_note()
                || self.team()
                || self.agency_word()
                || self.names();
            if !ok || self.p <= before {
                return None;
            }
            // A byline may end with a full stop (`PV.`, `Ảnh: HC.`).
            if self.rest() == "." {
                self.p = self.end;
            }
        }
        self.accept()
    }

    fn accept(mut self) -> Option<Byline<'a>> {
        let o = &self.out;
        let any = !o.authors.is_empty()
            || o.agency.is_some()
            || o.source.is_some()
            || !o.credits.is_empty()
            || self.marker;
        if !any || self.lines > 3 {
            return None;
        }
        if !self.marker && (self.weak || o.authors.len() > 4 || self.lines > 0) {
            return None;
        }
        self.out.start = self.start;
        self.out.end = self.end;
        self.out.text = self.s.get(self.start..self.end)?;
        Some(self.out)
    }

    fn skip_spaces(&mut self) {
        let q = skip_while(self.s, self.p, is_any_space);
        self.lines += self
            .s
            .get(self.p..q)
            .map_or(0, |gap| gap.matches('\n').count());
        self.p = q;
    }

    /// ` - `, ` – `, `,` between parts.
    fn skip_separator(&mut self) {
        if let Some(c) = char_at(self.s, self.p) {
            if is_dash(c) || c == ',' {
                self.p += c.len_utf8();
                self.skip_spaces();
            }
        }
    }

    /// `(TTXVN)`, `(Theo Reuters)`, `(Tổng hợp)`, `(Tổng hợp, Ảnh: AP)`,
    /// `(TTTĐ/Nguồn: Tổng hợp)`, `(Cần Thơ)` after names.
    fn paren(&mut self) -> bool {
        if char_at(self.s, self.p) != Some('(') {
            return false;
        }
        let rest = self.rest();
        let limit = super::scan::floor_boundary(rest, 160);
        let Some(close) = rest
            .get(1..limit)
            .and_then(|r| r.find([')', '(', '\n']))
            .map(|i| i + 1)
        else {
            return false;
        };
        if char_at(rest, close) != Some(')') {
            return false;
        }
        let inner_start = self.p + 1;
        let inner_end = self.p + close;
        let follows_names = !self.out.authors.is_empty();
        let snapshot = self.out.clone();
        if self.paren_inner(inner_start, inner_end, follows_names) {
            self.p = inner_end + 1;
            self.marker = true;
            true
        } else {
            self.out = snapshot;
            false
        }
    }

    /// Reads the inside of a parenthesis; `true` when all of it was understood.
    fn paren_inner(&mut self, from: usize, to: usize, follows_names: bool) -> bool {
        let from = skip_while(self.s, from, is_inline_space);
        let to = skip_back_while(self.s, to, is_inline_space);
        let Some(inner) = self.s.get(from..to) else {
            return false;
        };
        if inner.is_empty() {
            return false;
        }
        for lead in ["Theo ", "theo "] {
            if let Some(src) = inner.strip_prefix(lead) {
                let src = src.trim();
                if src.is_empty() {
                    return false;
                }
                self.out.source = Some(src);
                return true;
            }
        }
        for lead in ["Nguồn:", "Nguồn :", "Nguồn "] {
            let src = prefix_len_ci(inner, lead).and_then(|len| inner.get(len..));
            if let Some(src) = src {
                let src = src.trim();
                if src.is_empty() {
                    return false;
                }
                self.set_source(src);
                return true;
            }
        }
        // `(Tổng hợp theo TNO, VOV)`, `(tổng hợp từ X)`: compiled from a source.
        for (note, joiner) in [("Tổng hợp", " theo "), ("Tổng hợp", " từ ")] {
            if let Some(len) = prefix_len_ci(inner, note) {
                if let Some(src) = inner.get(len..).and_then(|r| r.strip_prefix(joiner)) {
                    let names = self.out.authors.clone();
                    self.push_credit(CreditRole::Compiled, names);
                    self.out.source = Some(src.trim());
                    return !src.trim().is_empty();
                }
            }
        }
        if let Some(role) = making_note(inner) {
            if let Some(role) = role {
                self.push_credit(role, self.out.authors.clone());
            }
            return true;
        }
        if let Some((roles, len)) = credit_marker(inner) {
            let names_from = skip_while(self.s, from + len, is_inline_space);
            return self.credit_names(roles, names_from, to) == Some(to);
        }
        // `Tổng hợp, Ảnh: AP`: several notes separated by commas.
        if inner.contains(',') && !is_agency(inner) {
            let mut at = from;
            for part in inner.split(',') {
                let part_end = at + part.len();
                if !self.paren_inner(at, part_end, follows_names) {
                    return false;
                }
                at = part_end + 1;
            }
            return true;
        }
        if is_agency(inner) {
            self.out.agency = Some(inner);
            return true;
        }
        // `TTTĐ/Nguồn: Tổng hợp`: an agency, then more.
        if let Some(slash) = inner.find('/') {
            let head = inner.get(..slash).unwrap_or_default().trim();
            if is_agency(head) {
                self.out.agency = Some(head);
                return self.paren_inner(from + slash + 1, to, follows_names);
            }
        }
        // `QUANG MINH (Cần Thơ)`: a place or desk after names.
        follows_names
            && inner.split_whitespace().count() <= 4
            && inner
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    }

    fn push_credit(&mut self, role: CreditRole, names: Vec<&'a str>) {
        self.out.credits.push(Credit { role, names });
    }

    /// `Ảnh: X`, `Tin, ảnh: X`, `Bài và ảnh: X`, `Video: X`.
    fn credit(&mut self) -> bool {
        let Some((roles, len)) = credit_marker(self.rest()) else {
            return false;
        };
        let from = skip_while(self.s, self.p + len, is_inline_space);
        match self.credit_names(roles, from, self.end) {
            Some(q) => {
                self.p = q;
                self.marker = true;
                true
            }
            None => false,
        }
    }

    /// Reads credit names from `from` (lenient names, `/AGENCY` allowed)
    /// and records one credit per role. Returns where the names end.
    fn credit_names(&mut self, roles: &[CreditRole], from: usize, to: usize) -> Option<usize> {
        let (names, q) = self.name_list(from, to, true, false)?;
        for &role in roles {
            self.push_credit(role, names.clone());
        }
        Some(self.slash_agency(q, to))
    }

    /// `Theo VnExpress`, `Theo Trí Thức Trẻ/HSX`, `Theo TRẦN THẢO NHI (TTO)`,
    /// `Theo (Y)`.
    fn theo(&mut self) -> bool {
        let Some(after) = self.rest().strip_prefix("Theo") else {
            return false;
        };
        if !after.starts_with(is_inline_space) {
            return false;
        }
        let from = skip_while(self.s, self.p + 4, is_inline_space);
        let mut q = from;
        while q < self.end {
            let Some(c) = char_at(self.s, q) else { break };
            if matches!(c, '(' | '\n' | '\r') {
                break;
            }
            if q > from
                && char_before(self.s, q).is_some_and(|x| x.is_lowercase() || is_combining(x))
                && c.is_uppercase()
            {
                let rest = self.s.get(q..).unwrap_or_default();
                if credit_marker(rest).is_some() || starts_with_word(rest, "Nguồn").is_some() {
                    break;
                }
            }
            q += c.len_utf8();
        }
        let src_end = skip_back_while(self.s, q, |c| is_inline_space(c) || c == '.');
        let Some(src) = self.s.get(from..src_end) else {
            return false;
        };
        // `Theo X (Y)`: Y is the publication, X its author.
        if char_at(self.s, q) == Some('(') {
            let snapshot = self.out.clone();
            let saved_p = self.p;
            self.p = q;
            let rest = self.rest();
            if let Some(close) = rest.find(')').filter(|&c| c < 100) {
                let inner = rest.get(1..close).unwrap_or_default().trim();
                if !inner.is_empty()
                    && making_note(inner).is_none()
                    && credit_marker(inner).is_none()
                    && !inner.starts_with("Theo")
                    && (src.is_empty() || self.source_ok(src))
                {
                    if !src.is_empty() {
                        self.out.authors.push(src);
                    }
                    self.out.source = Some(inner);
                    self.p = q + close + 1;
                    self.marker = true;
                    return true;
                }
            }
            self.out = snapshot;
            self.p = saved_p;
        }
        if !self.source_ok(src) {
            return false;
        }
        // `Theo Phương LinhVnExpress`: an author glued to a known outlet.
        let glued = src.char_indices().skip(1).find(|&(i, c)| {
            c.is_uppercase()
                && src
                    .get(..i)
                    .and_then(|h| h.chars().next_back())
                    .is_some_and(|x| x.is_lowercase() || is_combining(x))
                && src.get(i..).and_then(find_outlet).is_some()
                && src.get(..i).is_some_and(|h| h.contains(' '))
        });
        match glued {
            Some((i, _)) => {
                self.out.authors.extend(src.get(..i));
                self.out.source = src.get(i..);
            }
            None => self.out.source = Some(src),
        }
        self.p = q;
        self.marker = true;
        true
    }

    /// A source after `Theo` or `Nguồn:` at the end of an article: short,
    /// capitalised (or a domain), not a clause (`Theo Bộ Y tế, số ca…`).
    fn source_ok(&self, src: &str) -> bool {
        let Some(first) = src.chars().next() else {
            return false;
        };
        let domain = src.contains('.') && !src.contains(' ');
        let words = src.split_whitespace().count();
        let clause = src.char_indices().any(|(i, c)| {
            matches!(c, '!' | '?' | ';' | ':' | '"' | '“' | '”')
                || (c == ',' || c == '.')
                    && src
                        .get(i + 1..)
                        .and_then(|r| r.trim_start().chars().next())
                        .is_some_and(char::is_lowercase)
                    && !domain
        });
        // `Theo magforwomen`: one Latin word, not a pronoun, is a site name.
        let latin_word = words == 1
            && src.len() >= 4
            && src.chars().all(|c| c.is_ascii_alphanumeric())
            && !matches!(src, "anh" | "chị" | "ông" | "tôi" | "họ" | "nay" | "sau");
        (first.is_uppercase() || first.is_ascii_digit() || domain || latin_word)
            && src.len() <= 80
            && words <= 8
            && !clause
            && !src
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "ông" | "bà" | "anh" | "chị" | "Ông" | "Bà"))
    }

    /// `Nguồn: Reuters`.
    fn nguon(&mut self) -> bool {
        let rest = self.rest();
        let Some(len) = ["Nguồn:", "Nguồn :"]
            .iter()
            .find_map(|m| prefix_len_ci(rest, m))
        else {
            return false;
        };
        let from = skip_while(self.s, self.p + len, is_inline_space);
        let mut line_end = from;
        while line_end < self.end {
            let Some(c) = char_at(self.s, line_end) else {
                break;
            };
            if matches!(c, '\n' | '(') {
                break;
            }
            if line_end > from
                && credit_marker(self.s.get(line_end..).unwrap_or_default()).is_some()
            {
                break;
            }
            line_end += c.len_utf8();
        }
        let src_end = skip_back_while(self.s, line_end, |c| {
            is_inline_space(c) || c == '.' || c == ','
        });
        let Some(src) = self.s.get(from..src_end) else {
            return false;
        };
        if !self.source_ok(src) {
            return false;
        }
        self.set_source(src);
        self.p = src_end;
        self.marker = true;
        true
    }

    /// Records a source; `Nguồn: Tổng hợp` is a compilation, not a source.
    fn set_source(&mut self, src: &'a str) {
        match making_note(src) {
            Some(Some(role)) => {
                let names = self.out.authors.clone();
                self.push_credit(role, names);
            }
            Some(None) => {}
            None => self.out.source = Some(src),
        }
    }

    /// `T/h` standing alone.
    fn bare_note(&mut self) -> bool {
        let rest = self.rest();
        for &(note, role) in MAKING_NOTES {
            if note.chars().count() < 3 && note != "T/h" {
                continue;
            }
            let Some(len) = prefix_len_ci(rest, note) else {
                continue;
            };
            if !boundary_after(self.s, self.p + len) {
                continue;
            }
            if let Some(role) = role {
                let names = match self.out.credits.last() {
                    Some(last) if self.out.authors.is_empty() => last.names.clone(),
                    _ => self.out.authors.clone(),
                };
                self.push_credit(role, names);
            }
            self.p += len;
            self.marker = true;
            return true;
        }
        false
    }

    /// `PV`, `P.V`, `Nhóm PV`, `CTV`, `BTV`, `NHÓM PHÓNG VIÊN`.
    fn team(&mut self) -> bool {
        let rest = self.rest();
        for team in TEAMS {
            if let Some(len) = prefix_len_ci(rest, team) {
                if boundary_after(self.s, self.p + len) {
                    let Some(t) = self.s.get(self.p..self.p + len) else {
                        return false;
                    };
                    // `CTV Kiến An`: a title before a name, read with the name.
                    if NAME_TITLES.contains(&t)
                        && char_at(self.s, self.p + len).is_some_and(is_inline_space)
                        && char_at(self.s, self.p + len + 1).is_some_and(char::is_uppercase)
                    {
                        return false;
                    }
                    // `PV` must be written in capitals; `Nhóm PV` may vary.
                    if t.chars().filter(|c| c.is_alphabetic()).count() <= 3
                        && !t
                            .chars()
                            .filter(|c| c.is_alphabetic())
                            .all(char::is_uppercase)
                    {
                        continue;
                    }
                    self.out.authors.push(t);
                    self.p += len;
                    self.marker = true;
                    return true;
                }
            }
        }
        false
    }

    /// `TTXVN`, `TTXVN/Tin tức`, `TTXVN/Vietnam+` standing alone.
    fn agency_word(&mut self) -> bool {
        let rest = self.rest();
        let Some(len) = AGENCIES.iter().find_map(|a| {
            starts_with_word(rest, a).filter(|&n| boundary_after(self.s, self.p + n))
        }) else {
            return false;
        };
        let mut q = self.p + len;
        if char_at(self.s, q) == Some('/') {
            // The paper the agency item ran in: one to three capitalised words.
            let r = self.s.get(q + 1..self.end).unwrap_or_default();
            let mut words_end = q + 1;
            for (n, w) in r.split(' ').enumerate() {
                if n >= 3 || !w.chars().next().is_some_and(char::is_uppercase) && n == 0 {
                    break;
                }
                let clean = w.trim_end_matches(['\n', '\r', '.']);
                if clean.is_empty() || !clean.chars().all(|c| is_word_char(c) || c == '+') {
                    break;
                }
                words_end += w.len() + usize::from(n > 0);
                if clean.len() < w.len() {
                    words_end -= w.len() - clean.len();
                    break;
                }
            }
            if words_end > q + 1 {
                q = words_end;
            }
        }
        let Some(text) = self.s.get(self.p..q) else {
            return false;
        };
        self.out.agency = Some(text.trim_end());
        self.p = q;
        self.marker = true;
        true
    }

    /// Names joined by ` - `, `-` or `, `, then perhaps `/AGENCY` or `/City`.
    fn names(&mut self) -> bool {
        let Some((names, q)) = self.name_list(self.p, self.end, self.marker, true) else {
            return false;
        };
        self.out.authors.extend(names);
        self.p = self.slash_agency(q, self.end);
        true
    }

    /// Reads names from `from`; records weakness. With
    /// `outlets_as_agency`, a one-word name that is a registered outlet
    /// (`Thảo Phương - TTVN`, `Nhóm phóng viên PetroTimes`) is the agency
    /// instead. Returns the names and where they end.
    fn name_list(
        &mut self,
        from: usize,
        to: usize,
        lenient: bool,
        outlets_as_agency: bool,
    ) -> Option<(Vec<&'a str>, usize)> {
        // Names inside a parenthesis end at its `)`: nothing past `to` is read.
        let s = self.s.get(..to)?;
        let mut names = Vec::new();
        let mut p = from;
        loop {
            let read = read_name(s, p, to, lenient)?;
            let name = s.get(p..read.end)?;
            let name = name.trim_end_matches('.');
            let name = if name.is_empty() {
                s.get(p..read.end)?
            } else {
                name
            };
            let name = keep_initial_dots(s, p, read.end, name);
            if outlets_as_agency
                && !name.contains(' ')
                && !is_syllable(name)
                && find_outlet(name).is_some()
            {
                self.out.agency.get_or_insert(name);
                self.marker = true;
            } else {
                if !read.strong {
                    self.weak = true;
                }
                names.push(name);
            }
            // A separator and another name?
            let sep_start = read.end;
            let after_sep = separator_end(s, sep_start, to);
            if after_sep > sep_start {
                if let Some(next) = read_name(s, after_sep, to, lenient) {
                    let _ = next;
                    p = after_sep;
                    continue;
                }
            }
            return Some((names, read.end));
        }
    }

    /// After names: `/TTXVN`, `/VOV-Phnom Penh` (agency, then a desk or
    /// city), `/Berlin` (a city). Returns where it ends.
    fn slash_agency(&mut self, q: usize, to: usize) -> usize {
        let Some(s) = self.s.get(..to) else {
            return q;
        };
        if char_at(s, q) != Some('/') {
            return q;
        }
        let from = q + 1;
        let mut e = from;
        while e < to && !names_stop(s, e) {
            let Some(c) = char_at(s, e) else { break };
            e += c.len_utf8();
        }
        let e = skip_back_while(s, e, is_inline_space);
        let Some(part) = s.get(from..e) else {
            return q;
        };
        let head_len = part
            .find(|c: char| is_dash(c) || c.is_whitespace())
            .unwrap_or(part.len());
        let head = part.get(..head_len).unwrap_or_default();
        if is_agency(head) {
            self.out.agency.get_or_insert(head);
            self.marker = true;
            return e;
        }
        // A city: capitalised words.
        if !part.is_empty()
            && part
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            return e;
        }
        q
    }
}

/// `T.L.` keeps its final dot (it is part of the initials); `Minh Anh.`
/// does not.
fn keep_initial_dots<'a>(s: &'a str, p: usize, end: usize, trimmed: &'a str) -> &'a str {
    let full = s.get(p..end).unwrap_or(trimmed);
    let last_word = full.rsplit(' ').next().unwrap_or(full);
    if split_initials(last_word).1 && split_initials(last_word).0.is_empty() {
        full
    } else {
        trimmed
    }
}

/// The end of a name separator at `p` (` - `, ` – `, `-`, `, `), or `p`.
fn separator_end(s: &str, p: usize, to: usize) -> usize {
    let q = skip_while(s, p, is_inline_space);
    match char_at(s, q) {
        Some(c) if (is_dash(c) || c == ',') && q < to => {
            skip_while(s, q + c.len_utf8(), is_inline_space)
        }
        _ => p,
    }
}

/// True when nothing word-like continues at `p`.
fn boundary_after(s: &str, p: usize) -> bool {
    char_at(s, p).is_none_or(|c| !c.is_alphanumeric())
}

/// `Tổng hợp`, `T/h`, `Dịch`, … in any case: `Some(role)` for a
/// compilation, `Some(None)` for a translation, `None` otherwise.
fn making_note(inner: &str) -> Option<Option<CreditRole>> {
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
fn is_agency(label: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> Option<Byline<'_>> {
        parse_byline(s)
    }

    #[test]
    fn glued_names() {
        assert_eq!(
            b("Họ đã về nhà.Đông Tuyết").unwrap().authors,
            ["Đông Tuyết"]
        );
        assert_eq!(b("Họ đã về nhà.THỤC NHI").unwrap().authors, ["THỤC NHI"]);
        assert_eq!(b("Họ đã về nhà.T.A").unwrap().authors, ["T.A"]);
        assert_eq!(b("Họ đã về nhà.T.L.").unwrap().authors, ["T.L."]);
        assert_eq!(b("Họ đã về nhà. H.Sơn").unwrap().authors, ["H.Sơn"]);
    }

    #[test]
    fn agencies_and_sources() {
        let x = b("Họ đã về nhà./.Phạm Mai (Vietnam+)").unwrap();
        assert_eq!((x.authors, x.agency), (vec!["Phạm Mai"], Some("Vietnam+")));
        let x = b("Họ đã về nhà.\nTTXVN/Tin Tức").unwrap();
        assert_eq!(x.agency, Some("TTXVN/Tin Tức"));
        let x = b("Họ đã về nhà.Huyền Phương(Theo Defencetalk/ Missilethreat)").unwrap();
        assert_eq!(x.source, Some("Defencetalk/ Missilethreat"));
        let x = b("Họ đã về nhà. Thành Hưng Theo Trí Thức Trẻ").unwrap();
        assert_eq!(
            (x.authors, x.source),
            (vec!["Thành Hưng"], Some("Trí Thức Trẻ"))
        );
        let x = b("Họ đã về nhà./. Mạnh Hùng/Berlin (Vietnam+)").unwrap();
        assert_eq!((x.authors, x.agency), (vec!["Mạnh Hùng"], Some("Vietnam+")));
    }

    #[test]
    fn not_bylines() {
        assert!(b("Trận đấu diễn ra tại Hà Nội").is_none());
        assert!(b("Họ đã về nhà.Hà Nội").is_none());
        assert!(b("Họ đã về nhà. Real Madrid").is_none());
        assert!(b("Họ đã về nhà.HCM").is_none());
        assert!(b("Họ đã về nhà.TIN BÀI LIÊN QUAN").is_none());
        assert!(b("4. Abass (8, Thanh Hóa) 5. Oseni (7, HAGL)").is_none());
        assert!(b("PV: Thưa ông, dự án đã xong chưa?").is_none());
        assert!(b("").is_none());
        assert!(b("   ").is_none());
    }
}
