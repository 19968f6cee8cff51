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
//!
//! Where each rule lives:
//!
//! | module | rules |
//! |---|---|
//! | this one | the types, the entry points, the order in which ends are tried, the byline at the top of the body |
//! | `furniture` | where a byline may end short of the text's end: page residue, the appended lead, related links, forum notes, teasers, metadata |
//! | `start` | where a byline may start: sentence ends, line breaks, `./.`, markers, glue, URLs, runs of initials |
//! | `reader` | reading parts from a start to the end, and accepting the run (names alone must be strong; at most five names) |
//! | `names` | what a name looks like, where names stop, separators |
//! | `attribution` | parentheses, `Theo X`, `Nguồn: X`, making notes, `Theo NAMES OUTLET` |
//! | `credits` | `Ảnh: X`, `Tin, ảnh: X` (the text's writer is an author) |
//! | `matching` | case-insensitive and decomposed prefixes, credit markers, agencies |
//! | `forum` | a reader's column signed `(Bạn đọc: NAME)` before its disclaimer (tried first); last resort: a reader's one- or two-word signature next to a forum note |
//! | `captions` | captions' notes that sign nothing: a clip's source after an invitation to watch it |
//! | `glued` | last resort: a signature glued to a line-up's or schedule's last item, or to a link's or bulleted video's title |

mod attribution;
mod captions;
mod credits;
mod forum;
mod furniture;
mod glued;
mod matching;
mod names;
mod reader;
mod second_line;
mod start;

pub(crate) use furniture::appended_lead;
pub(crate) use second_line::{opening_signature, second_line_signature, signs_on_second_line};

use reader::Reader;
use start::{candidates, viable_start};

use super::scan::{is_any_space, is_inline_space, skip_back_while, skip_while};
use crate::text::{ceil_boundary, floor_boundary};

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
    /// Translated: `(Dịch)`, `(lược dịch)`, `(biên dịch)` after the names.
    Translated,
    /// Edited: `BTV:` (biên tập viên), the editor credited on a video item.
    Editor,
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
            CreditRole::Translated => "translated",
            CreditRole::Editor => "editor",
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
/// `text`. Spaces may follow the byline, and so may what crawlers left
/// after it: page residue (`Email Print Góp ý`), a repeated lead after blank
/// lines, related links (`TIN BÀI LIÊN QUAN`, `>> …`), tags.
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
    // Crawler furniture after the byline (page residue, an appended lead,
    // related links): the byline may end before it.
    // The cuts are looked for only when the first ends give no byline.
    // An end that closes with a caption's credits stops the search: the
    // text ends with a caption, and no earlier cut is tried.
    let first = furniture::first_ends(text, min_start, end);
    // A reader's column signed before its disclaimer: the desk's greeting
    // after it would otherwise be read (news37 probe).
    forum::reader_column_signature(text, min_start, end)
        .map(Some)
        .or_else(|| {
            first
                .into_iter()
                .find_map(|e| byline_ending_at(text, min_start, e))
        })
        .or_else(|| {
            furniture::cut_ends(text, min_start, end)
                .into_iter()
                .find_map(|e| byline_ending_at(text, min_start, e))
        })
        .flatten()
        .or_else(|| {
            before_ad(text, end)
                .filter(|&e| e > min_start)
                .and_then(|e| byline_ending_at(text, min_start, e))
                .flatten()
        })
        .or_else(|| {
            furniture::residue_caption_cuts(text, min_start, end)
                .into_iter()
                .find_map(|e| byline_ending_at(text, min_start, e))
                .flatten()
        })
        .or_else(|| {
            glued::credit_before_glued_block(text, min_start, end)
                .and_then(|e| byline_ending_at(text, min_start, e))
                .flatten()
                .filter(|b| b.credits.iter().any(|c| c.role == CreditRole::Text))
        })
        .or_else(|| forum::reader_signature(text, min_start, end))
        .or_else(|| glued::lineup_signature(text, min_start, end))
        .or_else(|| glued::link_signature(text, min_start, end))
        .or_else(|| glued::here_link_signature(text, min_start, end))
        .or_else(|| glued::initials_glued_to_word(text, min_start, end))
        .or_else(|| {
            let mut ends = furniture::first_ends(text, min_start, end);
            ends.extend(furniture::cut_ends(text, min_start, end));
            glued::lowercase_lone_name(text, min_start, &ends)
        })
        .map(|b| glued::lowercase_name_before_theo(text, min_start, b))
        .map(|b| glued::lowercase_name_above_outlet(text, min_start, b))
        .map(|b| glued::name_before_photo_credit(text, min_start, b))
        .map(|b| glued::caps_name_glued_to_credit(text, min_start, b))
        .map(|b| glued::name_dotted_to_agency(text, min_start, b))
        .map(attribution::translated_from_credit)
        .filter(|b| {
            !every_caption_credit(text, b)
                && !gallery_caption_credit(text, b)
                && !repeated_caption_note(text, b)
                && !captions::clip_source_after_invitation(text, b)
        })
}

/// True when the byline is photo credits and nothing else: no author,
/// agency or source.
fn photo_credit_only(b: &Byline<'_>) -> bool {
    b.authors.is_empty()
        && b.agency.is_none()
        && b.source.is_none()
        && !b.credits.is_empty()
        && b.credits.iter().all(|c| c.role == CreditRole::Photo)
}

/// How far before a closing photo credit other captions' credits are
/// looked for, in bytes.
const GALLERY_WINDOW: usize = 4_000;

/// True when the byline is a photo credit alone closing a caption on its
/// line (`…Australia. Ảnh: Jason Edwards.`), after three captions'
/// credits or more in the text before it, whoever they name (`… Ảnh: Joel
/// Sartore.… Ảnh: Jodi Cobb.…`): a gallery credited photo by photo, whose
/// last credit is its caption's, no byline of the article. (After two, a
/// credit is still read, as `every_caption_credit` leaves it.)
fn gallery_caption_credit(text: &str, b: &Byline<'_>) -> bool {
    let credit_only = photo_credit_only(b);
    // (Composed first: decomposed text reads the same.)
    if !credit_only || !super::letters::composed(b.text).starts_with("Ảnh") {
        return false;
    }
    let Some(before) = text.get(..b.start) else {
        return false;
    };
    // The credit closes a caption: a sentence's full stop and a space.
    let caption = before.ends_with(". ") || before.ends_with(".  ");
    let window = gallery_before(before);
    let captions = window
        .match_indices("Ảnh:")
        .filter(|&(i, _)| {
            let head = window.get(..i).unwrap_or_default().trim_end_matches(' ');
            head.ends_with('.') || head.ends_with('(')
        })
        .count();
    caption && captions >= 3
}

/// The words that open a caption's note in parentheses, a source's
/// (`(Nguồn Sina)`) or a photo's credit (`(Ảnh: EPA)`), capitalised or
/// not.
const CAPTION_NOTES: &[(&str, &str)] = &[("Nguồn", "nguồn"), ("Ảnh", "ảnh")];

/// The last [`GALLERY_WINDOW`] bytes of `before`, composed: where a
/// gallery's earlier captions stand.
fn gallery_before(before: &str) -> std::borrow::Cow<'_, str> {
    let from = floor_boundary(before, before.len().saturating_sub(GALLERY_WINDOW));
    super::letters::composed(before.get(from..).unwrap_or_default())
}

/// True when the byline is a caption's note in parentheses and nothing
/// else, a source (`(Nguồn Sina)`, `(Nguồn: Youtube)`) or a photo credit
/// (`(Ảnh: EPA)`), after a note in parentheses opened by the same word in
/// the text before it (`…tắm bùn. (Nguồn Sina)⏎… (Nguồn Sina)`,
/// `Kudaibergen (Nguồn: Youtube)⏎…⏎(Nguồn: Youtube)`, `(Ảnh: AP)⏎…⏎(Ảnh:
/// EPA)`): a gallery whose captions each close with their photo's note,
/// the last one its caption's, no signature of the article. A signature
/// in parentheses of another word (`(Theo X)`, `(TTXVN)`) is not one.
fn repeated_caption_note(text: &str, b: &Byline<'_>) -> bool {
    let source_only =
        b.authors.is_empty() && b.agency.is_none() && b.source.is_some() && b.credits.is_empty();
    if !(source_only || photo_credit_only(b)) {
        return false;
    }
    let note = super::letters::composed(b.text.trim());
    let Some(inner) = note.strip_prefix('(').filter(|_| note.ends_with(')')) else {
        return false;
    };
    let Some(&(upper, lower)) = CAPTION_NOTES
        .iter()
        .find(|(u, l)| inner.starts_with(u) || inner.starts_with(l))
    else {
        return false;
    };
    let Some(before) = text.get(..b.start) else {
        return false;
    };
    let window = gallery_before(before);
    [upper, lower].iter().any(|w| {
        window
            .match_indices(w)
            .any(|(i, _)| window[..i].ends_with('('))
    })
}

/// True when the byline is a photo credit alone (`Ảnh: Military Today`,
/// `Nguồn ảnh: Sina.`) written word for word under two captions or more
/// before it: the last caption's credit, the same as every photo's, no
/// byline of the article (a gallery credited photo by photo). The copies
/// are looked for in the last [`GALLERY_WINDOW`] bytes before it, as a
/// gallery's other credits are: text far above the byline changes
/// nothing (found by the property test that the head does not change the
/// byline, on a text holding the same credit twice in its first line).
fn every_caption_credit(text: &str, b: &Byline<'_>) -> bool {
    let credit_only = photo_credit_only(b);
    let line = b.text.trim();
    let Some(before) = text.get(..b.start) else {
        return false;
    };
    let from = floor_boundary(before, before.len().saturating_sub(GALLERY_WINDOW));
    credit_only
        && !line.contains('\n')
        && before
            .get(from..)
            .is_some_and(|window| window.match_indices(line).nth(1).is_some())
}

/// Where the second copy starts when `t` is the same run of two words
/// or more written twice with a space between (`Hoàng Khánh - Xuân Bình
/// Hoàng Khánh - Xuân Bình`, `Đồ họa : NAME Đồ họa : NAME`); a one-word
/// pen name written twice (`Thanh Thanh`) is a name of its own.
fn written_twice(t: &str) -> Option<usize> {
    let half = t.len().checked_sub(1)? / 2;
    let (a, rest) = (t.get(..half)?, t.get(half..)?);
    let b = rest.strip_prefix(' ')?;
    (a == b && a.contains(' ')).then_some(half + 1)
}

/// True when the line at `q` is a video player's leftover `Play` alone
/// (`- Clip …⏎ Play⏎ HT (Theo BI)`): no part of a byline, which may start
/// on the next line.
fn player_residue(s: &str, q: usize) -> bool {
    s.get(q..)
        .and_then(|r| r.strip_prefix("Play"))
        .is_some_and(|r| {
            let line = r.split('\n').next().unwrap_or(r);
            line.trim().is_empty() && r.len() > line.len()
        })
}

/// The longest line read as a lone photo credit (`Ảnh: Internet`), in
/// bytes.
const LONE_CREDIT_MAX: usize = 60;

/// The photo credit alone on the line at `q` (`Ảnh: Internet`,
/// `Ảnh: Mytour.`), as the line's bounds, or `None`.
fn lone_photo_credit(s: &str, q: usize, end: usize) -> Option<(usize, usize)> {
    let rest = s.get(q..end)?;
    let line = rest.split('\n').next().unwrap_or(rest);
    let (roles, len) = matching::credit_marker(line)?;
    let named = line.get(len..)?.trim();
    (roles == [CreditRole::Photo] && !named.is_empty() && line.trim_end().len() <= LONE_CREDIT_MAX)
        .then_some((q, q + line.len()))
}

/// True when the line at `q` is one of two or more photo credits alone on
/// their lines in a row, and a line that is no such credit (the
/// signature) follows the run before `end`: `…Ảnh: Internet⏎Ảnh:
/// Internet⏎Hạnh Chi (T/h)⏎Theo X`, `Ảnh: Mytour.⏎Ảnh: Skyscrapercity.⏎
/// Lương Ngọc (Tổng hợp)`. A gallery's captions whose text the crawler
/// lost keep their credits, one a line: they credit the photos above, not
/// the article, whose byline starts after them (twenty-eighth blind news
/// set, opened; the twenty-sixth's `bm17-21472481` reads so too). A lone
/// credit before the signature (`Ảnh: Đình Văn⏎ĐÌNH VĂN`) and a run with
/// nothing after it are read as before.
fn caption_credits_before_signature(s: &str, q: usize, end: usize) -> bool {
    let Some((_, line_end)) = lone_photo_credit(s, q, end) else {
        return false;
    };
    // The line before `q`'s, and the next non-empty line after it.
    let line_start = s.get(..q).and_then(|h| h.rfind('\n')).map_or(0, |i| i + 1);
    let prev_start = s
        .get(..line_start.saturating_sub(1))
        .and_then(|h| h.rfind('\n'))
        .map_or(0, |i| i + 1);
    // The line before ends with a photo credit: alone on it, or closing
    // a caption (`…ghen tị. Ảnh: Internet⏎Ảnh: Internet⏎NAME`).
    let prev = line_start > 0
        && s.get(prev_start..line_start).is_some_and(|line| {
            line.char_indices()
                .rev()
                .take(LONE_CREDIT_MAX)
                .any(|(i, _)| lone_photo_credit(s, prev_start + i, line_start).is_some())
        });
    let mut at = skip_while(s, line_end, is_any_space);
    let mut next_is_credit = false;
    while at < end {
        match lone_photo_credit(s, at, end) {
            Some((_, e)) => {
                next_is_credit = true;
                at = skip_while(s, e, is_any_space);
            }
            // A signature after the run.
            None => return prev || next_is_credit,
        }
    }
    false
}

/// How far before the end an advertisement's sentence is looked for.
const AD_WINDOW: usize = 400;

/// Where an advertisement that ends the text with a web address begins:
/// the call to watch (`Xem …`) or the service's own name (`FPT Play - Đơn
/// vị duy nhất…`) in the last sentence, whose address ends the text
/// (`…2025. Lâm Thỏa FPT Play - …, tại https://fptplay.vn`, `… Đức Đồng
/// Xem trực tiếp … http://fptplay.vn`). The byline may end before it.
fn before_ad(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?;
    let last_start = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let last = head
        .get(last_start..)?
        .trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    if !(last.starts_with("http://") || last.starts_with("https://")) {
        return None;
    }
    let from = floor_boundary(head, end.saturating_sub(AD_WINDOW));
    let window = head.get(from..last_start)?;
    // The ad's sentence: after the last full stop and space (not the dot
    // inside `V.League`).
    let sentence = window.rfind(". ").map_or(0, |i| i + 2);
    let ad = window.get(sentence..)?;
    let at = ["Xem ", "FPT Play"]
        .iter()
        .filter_map(|o| ad.find(o))
        .min()?;
    Some(skip_back_while(text, from + sentence + at, is_any_space))
}

/// True when `q` follows ` - ` on the same line, after a word: where a
/// caption ends with its photo's credit (`Bouchard ghi bàn - Ảnh: AP`).
fn after_caption_dash(s: &str, q: usize) -> bool {
    let before = skip_back_while(s, q, is_inline_space);
    let Some(head) = s.get(..before) else {
        return false;
    };
    let Some(rest) = head.strip_suffix(['-', '–', '—']) else {
        return false;
    };
    rest.ends_with(is_inline_space)
        && rest
            .trim_end_matches(is_inline_space)
            .chars()
            .next_back()
            .is_some_and(|c| !is_any_space(c))
}

/// True when `q` is after the initials of a word that follows a comma
/// (`A` of `…, W.A.Mozart, F.Chopin`): a start there would read the tail of
/// a list of names as authors.
fn inside_a_list(s: &str, q: usize) -> bool {
    let word_start = skip_back_while(s, q, |c| !c.is_whitespace());
    // `W.`, `W.A.`: one or two capitals, then a dot, repeated.
    let initials = s.get(word_start..q).is_some_and(|w| {
        w.strip_suffix('.').is_some_and(|body| {
            body.split('.')
                .all(|g| (1..=2).contains(&g.chars().count()) && g.chars().all(char::is_uppercase))
        })
    });
    if !initials {
        return false;
    }
    let before = skip_back_while(s, word_start, is_inline_space);
    before < word_start && s.get(..before).is_some_and(|h| h.ends_with(','))
}

/// The longest byline line read at the top of the body, in bytes.
const HEAD_LINE_MAX: usize = 120;

/// A byline on the first line of the body, at `from` (after the dateline):
/// some pages put it there (`Bài và ảnh: HOÀNG HÙNG`, `Nhóm PV Tiền
/// Phong`). Only a line that holds a marker and names who wrote
/// (authors, a team or an agency) counts, and text must follow it: a bare
/// name or a photo credit at the top is as likely a caption or a headline.
pub(crate) fn parse_byline_at_head(text: &str, from: usize) -> Option<Byline<'_>> {
    let from = skip_while(text, from, is_any_space);
    // Only the first HEAD_LINE_MAX bytes are searched for the line's end:
    // a text of one long line costs no more than a short one.
    let window = text.get(from..floor_boundary(text, from + HEAD_LINE_MAX + 8))?;
    let line_end = from + window.find('\n')?;
    let end = skip_back_while(text, line_end, is_any_space);
    if end <= from || end - from > HEAD_LINE_MAX {
        return None;
    }
    let rest = text.get(line_end..)?;
    if rest.trim().is_empty() {
        return None;
    }
    let line = text.get(..end)?;
    let reader = Reader::new(line, from, end);
    let b = reader.read_marked()?;
    (!b.authors.is_empty() || b.agency.is_some()).then_some(b)
}

/// True when `b`, read from a name glued to a caption
/// ([`start::name_before_closing_group`]), is that one name and the
/// parenthesised group after it, a dash allowed between, naming an agency
/// or a source, with no credit (`…Công ty TNHH Tam Dương (Bảo Lâm - Lâm
/// Đồng)`, a related link's company and its place, is none).
fn closing_group_byline(b: &Byline<'_>) -> bool {
    let [name] = b.authors.as_slice() else {
        return false;
    };
    let rest = b.text.strip_prefix(*name).unwrap_or("x").trim_start();
    let rest = rest.strip_prefix(['-', '–']).map_or(rest, str::trim_start);
    b.credits.is_empty()
        && (b.agency.is_some() || b.source.is_some())
        && rest.starts_with('(')
        && rest.ends_with(')')
}

/// The byline that ends exactly at `end` and starts at or after
/// `min_start`; `Some(None)` when the text there ends with a caption's
/// credits (no byline, and no other end should be tried).
///
/// Everything below reads `text[..end]` only: `end` is the end of the
/// text for the readers, so whatever follows it (the trailing newline of a
/// file, spaces, page residue) cannot change what they see. Peeking past
/// `end` once made `Minh Anh\n` a two-line byline of bare names, rejected.
fn byline_ending_at(text: &str, min_start: usize, end: usize) -> Option<Option<Byline<'_>>> {
    let text = text.get(..end)?;
    let window_start = ceil_boundary(text, end.saturating_sub(TAIL_WINDOW).max(min_start));
    let window_start = viable_start(text, window_start, end);
    // Each candidate gives `None` (try the next), `Some(None)` (a caption's
    // credits: no byline, and no later start inside them) or the byline.
    let closing = start::name_before_closing_group(text, window_start, end);
    let mut cands = candidates(text, window_start, end);
    if let Some(c) = closing.filter(|c| !cands.contains(c)) {
        let at = cands.partition_point(|&x| x < c);
        cands.insert(at, c);
    }
    cands
        .into_iter()
        .find_map(|cand| -> Option<Option<Byline<'_>>> {
            let q = skip_while(text, cand, is_any_space);
            if q >= end || end - q > TAIL_WINDOW {
                return None;
            }
            if inside_a_list(text, q)
                || player_residue(text, q)
                || caption_credits_before_signature(text, q, end)
            {
                return None;
            }
            let mut reader = Reader::new(text, q, end);
            // (A marker there, `…:Nguồn Youtube`, read as before.)
            let glued_title =
                start::glued_after_colon_or_digit(text, q) && !start::marker_at(text, q);
            reader.glued = (start::glued_capital(text, q) || glued_title)
                && !start::initials_after_clip_line(text, q, end);
            let b = reader.read()?;
            // `…dưới đây:Trần Nguyễn`, `…Dự đoán: 2 - 0Hồng Quang
            // (thethaovietnam.vn)`: after a colon or a digit, glued, one full
            // name and no place, alone or with its agency or source in
            // parentheses, and no credit (`Ghi bàn:Văn Quyết, Công
            // Phượng` is a list).
            if glued_title {
                let [name] = b.authors.as_slice() else {
                    return None;
                };
                let rest = b.text.strip_prefix(*name).unwrap_or("x").trim_start();
                // `…Moranbong:Hoa Nhi - (theo NYdailynews)`: a dash may
                // stand between the name and its source in parentheses.
                let rest = match rest.strip_prefix(['-', '–']) {
                    Some(r) if r.trim_start().starts_with('(') => r.trim_start(),
                    _ => rest,
                };
                // (`…quốc lộ 1A Đinh Ánh`: a road's letter, not a name's.)
                let ok = b.credits.is_empty()
                    && reader::full_name(name)
                    && name
                        .split(' ')
                        .next()
                        .is_some_and(|w| w.chars().count() > 1)
                    && !super::places::is_place(name)
                    && (rest.is_empty()
                        || rest.starts_with('(') && rest.ends_with(')')
                        || source_glued_after(&b, name));
                if !ok {
                    return None;
                }
            }
            // `…khi đến Đài Loan Thu Hà (TTTĐ)`: a name glued to a caption
            // before the group closing the text is read with that group
            // alone, no credit.
            if closing == Some(q) && !closing_group_byline(&b) {
                return None;
            }
            // `Tiến Thành - Nhân Đạt Tiến Thành - Nhân Đạt`: the byline
            // written twice, the crawler's copy joined with a space: read
            // the second copy alone.
            // (Photo credits twice are a caption's each: read below.)
            let photos_only = b.authors.is_empty()
                && b.source.is_none()
                && b.agency.is_none()
                && b.credits.iter().all(|c| c.role == CreditRole::Photo);
            let b = match written_twice(b.text).filter(|_| !photos_only) {
                Some(second) => Reader::new(text, b.start + second, end).read()?,
                None => b,
            };
            // `…quý 3/2013 Thanh Hiên Theo X`: a name started after a word,
            // before `Theo`, must be a full name and no place.
            let before_theo = start::starts_name_before_theo(text, q);
            if before_theo
                && !b
                    .authors
                    .first()
                    .is_some_and(|a| reader::full_name(a) && !super::places::is_place(a))
            {
                return None;
            }
            // After a title on the same line (`…2018 Đức Đồng`, `…Hương:
            // HẢI ANH`), one full name alone, in capitals after a colon: a
            // list (`Ghi bàn: Văn Quyết, Công Phượng`) is no byline.
            // (A marker there, `…2013 Theo X`, was a start before: as is.)
            if let Some(c) =
                title_before(text, q).filter(|_| !start::marker_at(text, q) && !before_theo)
            {
                // `- Ảnh: NGUYỄN KHÁNH`: the names of a marker read from
                // inside it are not a byline of their own.
                if c == MARKER_COLON {
                    return None;
                }
                let alone = b.credits.is_empty() && b.agency.is_none() && b.source.is_none();
                // `… ASEAN Cup 2024 Đức Đồng - Hiếu Lương - Giang Huy`,
                // `…như sau: Phạm Thịnh - Bửu Lân`: reporters joined by
                // dashes, as a signature writes them (a list after a title
                // is joined by commas).
                if alone && dashed_full_names(&b) {
                    return Some(Some(b));
                }
                let [name] = b.authors.as_slice() else {
                    return None;
                };
                // `…qua VIDEO chi tiết dưới đây: Quang Đông`: the colon
                // closes an announcement of what the page shows below (a
                // video, photos, a table the crawler dropped), so the name
                // after it is the reporter's, in any case.
                if alone
                    && c == ':'
                    && announces_below(text, q)
                    && reader::full_name(name)
                    && b.text == *name
                    && !super::places::is_place(name)
                {
                    return Some(Some(b));
                }
                if signed_name_after_title(&b, name) {
                    return Some(Some(b));
                }
                let caps = c != ':' || !name.chars().any(char::is_lowercase);
                if !(alone && caps && reader::full_name(name) && b.text == *name) {
                    return None;
                }
            }
            // `…ở Hà Nội Video: Hoilaixe⏎Thịnh`: a caption's credit closing
            // its line, then the reporter on the next: the byline is the
            // reporter's line.
            // (Read with the credit's evidence: `Thịnh` alone is a name.)
            // Also before a source's or an agency's line (`CAPTION. (Ảnh:
            // Internet)⏎Theo TTVH`, `CAPTION. Ảnh: Xinhua⏎Theo Vnexpress`):
            // the caption's credit is the photo's.
            if let Some(next) = caption_credit_line(text, q, &b) {
                // What the caption's credit line named (`Ảnh: X - PV`)
                // goes with it: the byline keeps the names of the lines
                // below.
                let below = |name: &str| {
                    let at = name.as_ptr() as usize;
                    let from = text.as_ptr() as usize + next;
                    at >= from && at + name.len() <= text.as_ptr() as usize + end
                };
                let authors: Vec<&str> = b.authors.iter().copied().filter(|a| below(a)).collect();
                let agency = b.agency.filter(|a| below(a));
                let source = b.source.filter(|a| below(a));
                if !authors.is_empty() || source.is_some() || agency.is_some() {
                    let n = Byline {
                        text: text.get(next..end)?,
                        start: next,
                        authors,
                        agency,
                        source,
                        credits: Vec::new(),
                        ..b
                    };
                    return Some(Some(n));
                }
            }
            let only_credits = b.authors.is_empty() && b.agency.is_none() && b.source.is_none();
            // `…toàn đội. Ảnh: Hiếu Lương Hoàng An`, `… Ảnh: VFF. Hà Đồ`,
            // `…. Nguồn: Bridgestone Quang Anh`: a caption's credit, then
            // the reporter's name on the same line.
            if let Some(name_at) = reporter_after_caption_split(text, &b) {
                return Some(
                    Reader::new(text, name_at, end)
                        .read()
                        .filter(|n| !n.authors.is_empty() && n.credits.is_empty()),
                );
            }
            if !only_credits {
                return Some(Some(b));
            }
            // `Ảnh: VPF Hiếu Lương`: a caption's credit, then the reporter
            // on the same line: the byline is the name.
            if let Some(name_at) =
                reporter_after_caption_credit(&b).or_else(|| reporter_after_agency_credit(text, &b))
            {
                return Some(
                    Reader::new(text, name_at, end)
                        .read()
                        .filter(|n| !n.authors.is_empty()),
                );
            }
            // `… - Ảnh: Daily Mail` closing a caption: a credit of the
            // photo, not of the article.
            if after_caption_dash(text, q) {
                return None;
            }
            // Photo credits alone in parentheses on the caption's line
            // (`… mắt. (Ảnh: Việt Hoàng)`), or two in a row (`Ảnh: NYT Ảnh:
            // NYT`, one per photo), are the photos', not the article's.
            let photos = b
                .credits
                .iter()
                .filter(|c| c.role == CreditRole::Photo)
                .count();
            let only_photos = photos == b.credits.len();
            if only_photos
                && (photos >= 2 || in_parens_after_text(text, q))
                && !captions::gallery_photo_source(text, q, &b)
            {
                return Some(None);
            }
            Some(Some(b))
        })
}

/// True when the byline `b` is the one name `name`, then `Theo SOURCE`
/// glued to it with no space (`…ngang qua:Linh SanTheo Infonet`): the page
/// printed the reporter's line and the source's line, and the crawler lost
/// the break between them. The glue is the evidence: a sentence goes on
/// after a space, and a source follows a name only on its own line.
fn source_glued_after(b: &Byline<'_>, name: &str) -> bool {
    b.source.is_some()
        && b.agency.is_none()
        && b.text
            .strip_prefix(name)
            .is_some_and(|rest| rest.starts_with("Theo "))
}

/// True when the byline `b` is two full names or more and nothing else,
/// joined by dashes (`Đức Đồng - Hiếu Lương - Giang Huy`): reporters as a
/// signature joins them. Each name is two to four capitalised syllables
/// and no place (`Hà Nội - Hải Phòng` is a match).
fn dashed_full_names(b: &Byline<'_>) -> bool {
    if b.authors.len() < 2 {
        return false;
    }
    let mut rest = b.text;
    for (i, name) in b.authors.iter().enumerate() {
        if !reader::full_name(name) || super::places::is_place(name) {
            return false;
        }
        if i > 0 {
            let Some(r) = rest.trim_start().strip_prefix(['-', '–']) else {
                return false;
            };
            rest = r;
        }
        let Some(r) = rest.trim_start().strip_prefix(*name) else {
            return false;
        };
        rest = r;
    }
    rest.trim().is_empty()
}

/// Words that announce what the page shows below a colon (`… dưới đây:`,
/// `… như sau:`): a video, photos, a table or a list the crawler dropped.
const BELOW: &[&str] = &["dưới đây", "sau đây", "bên dưới", "như sau"];

/// True when the colon before `q` (`…: NAME`) closes a sentence that
/// announces what the page shows below it (`Quý vị có thể theo dõi … qua
/// VIDEO chi tiết dưới đây:`): the announcement is in the colon's sentence,
/// at most 80 bytes before it.
fn announces_below(s: &str, q: usize) -> bool {
    let Some(colon) = s.get(..q).and_then(|h| h.rfind(':')) else {
        return false;
    };
    let from = ceil_boundary(s, colon.saturating_sub(80));
    let Some(head) = s.get(from..colon) else {
        return false;
    };
    let sentence = head.rsplit(['.', '!', '?', '\n']).next().unwrap_or(head);
    let sentence = super::letters::composed(sentence).to_lowercase();
    BELOW.iter().any(|w| sentence.contains(w))
}

/// True when the byline `b`, read after a title on its line (a digit or a
/// colon before it, [`title_before`]), is one full name that signs with
/// its agency or source and no credit, and the name is set apart as a
/// signature sets it: in capitals (`…Schalke 04 – Chelsea: 0-3 VĂN HIẾU
/// (theo Goal)`), or with its agency glued by a slash (`…trong trận gặp
/// Schalke: Trọng Phú/VOV online Theo Daily Mail`, a desk's form). A
/// Title Case name with its source and no slash is not read so (`Danh
/// sách ghi bàn: Văn Quyết (Hà Nội) Theo VFF`: a list's item, then the
/// source); the agency or source with the signature's form is the
/// evidence that this line signs the article (news44 probe).
fn signed_name_after_title(b: &Byline<'_>, name: &str) -> bool {
    let Some(rest) = b.text.strip_prefix(name) else {
        return false;
    };
    let caps = !name.chars().any(char::is_lowercase);
    b.credits.is_empty()
        && (b.source.is_some() || b.agency.is_some())
        && reader::full_name(name)
        && !super::places::is_place(name)
        && (caps || rest.starts_with('/') && b.agency.is_some())
}

/// The digit or colon that ends a title before `q` on the same line, with
/// one space between (`…2018 Đức Đồng`, `…Hương: HẢI ANH`).
/// What [`title_before`] gives for a colon that ends a marker.
const MARKER_COLON: char = '\u{0}';

/// A colon that ends a credit marker (`- Ảnh: NGUYỄN KHÁNH`) is no title's:
/// [`MARKER_COLON`].
fn title_before(s: &str, q: usize) -> Option<char> {
    let head = s.get(..q)?.strip_suffix(' ')?;
    let c = head
        .chars()
        .next_back()
        .filter(|&c| c.is_ascii_digit() || c == ':')?;
    if c == ':' {
        // The last three words before the colon: does a marker open there?
        let mut at = head.len() - 1;
        for _ in 0..3 {
            at = skip_back_while(head, at, |c| !c.is_whitespace());
            let rest = head.get(at..).unwrap_or_default();
            if matching::credit_marker(rest).is_some()
                || ["Nguồn", "Theo"].iter().any(|m| rest.starts_with(m))
            {
                return Some(MARKER_COLON);
            }
            at = skip_back_while(head, at, is_inline_space);
            if at == 0 {
                break;
            }
        }
    }
    Some(c)
}

/// For a byline at `q` whose first line is a photo or video credit alone
/// (`Video: Hoilaixe`, `Ảnh: Cát Phú Quý`) standing after text on its line
/// (a caption's, `…ở Hà Nội Video: Hoilaixe`): where the next line starts.
fn caption_credit_line(s: &str, q: usize, b: &Byline<'_>) -> Option<usize> {
    let first_line = b.text.split('\n').next()?;
    if first_line.len() == b.text.len() || b.credits.len() != 1 {
        return None;
    }
    let media = |c: &Credit<'_>| matches!(c.role, CreditRole::Photo | CreditRole::Video);
    // `(Ảnh: Internet)`: the credit may stand in parentheses.
    let first_line = first_line.trim_end();
    let inner = first_line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(first_line);
    let (_, len) = matching::credit_marker(inner)?;
    let names = inner.get(len..)?.trim();
    // The line holds the credit only: its names are all the credits' names.
    let credited: Vec<&str> = b
        .credits
        .iter()
        .filter(|c| media(c))
        .flat_map(|c| c.names.iter().copied())
        .collect();
    let names_ok = !credited.is_empty()
        && credited.iter().all(|n| names.contains(n))
        && b.credits.iter().all(media);
    let before = skip_back_while(s, q, is_inline_space);
    let after_text = s
        .get(..before)
        .and_then(|h| h.chars().next_back())
        .is_some_and(|c| !is_any_space(c));
    (names_ok && after_text).then(|| skip_while(s, b.start + first_line.len(), is_any_space))
}

/// True when the byline at `q` opens with `(` and text stands before it on
/// the same line: the parenthesised credit of a caption.
fn in_parens_after_text(s: &str, q: usize) -> bool {
    if !s.get(q..).is_some_and(|r| r.starts_with('(')) {
        return false;
    }
    let before = skip_back_while(s, q, is_inline_space);
    s.get(..before)
        .and_then(|h| h.chars().next_back())
        .is_some_and(|c| !is_any_space(c))
}

/// The name of a byline that is one photo credit of one name (`Ảnh:
/// Reuters B.N`), the case the two rules below read.
fn sole_photo_name<'b>(b: &Byline<'b>) -> Option<&'b str> {
    let [credit] = b.credits.as_slice() else {
        return None;
    };
    let [name] = credit.names.as_slice() else {
        return None;
    };
    (credit.role == CreditRole::Photo).then_some(*name)
}

/// For a byline that is one photo credit of one name, `Ảnh: HanoiFC Hoàng
/// An`: when the name is a word that is no Vietnamese syllable (a site, an
/// acronym) followed by a full Vietnamese name ending the byline, where
/// that full name starts. The credit is the caption's; the name signs the
/// article.
fn reporter_after_caption_credit(b: &Byline<'_>) -> Option<usize> {
    let (word, rest) = sole_photo_name(b)?.split_once(' ')?;
    // `VPF`, `HanoiFC`: Latin letters with a capital inside (an acronym or
    // a site's name), no syllable; not `Fan Phương Thanh`, a fan page.
    let site = word.chars().all(|c| c.is_ascii_alphanumeric())
        && word
            .chars()
            .skip(1)
            .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !super::letters::is_syllable(word);
    (site && reader::full_name(rest) && b.text.ends_with(rest)).then(|| b.end - rest.len())
}

/// For a byline that is one photo credit of one name after a caption on
/// the same line (`…ở Tehran. Ảnh: Reuters B.N`): when the name is a Latin
/// word of four letters or more that is no Vietnamese syllable (an agency
/// or a company, `Reuters`, `Bridgestone`) followed by initials or a full
/// Vietnamese name ending the byline, where that reporter's name starts.
fn reporter_after_agency_credit(text: &str, b: &Byline<'_>) -> Option<usize> {
    let (word, rest) = sole_photo_name(b)?.split_once(' ')?;
    let agency = word.len() >= 4
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && !super::letters::is_syllable(word);
    // `B.N`, `T.H`: a reporter's initials.
    let initials = !rest.contains(' ')
        && rest.contains('.')
        && rest.chars().count() <= 8
        && rest
            .split('.')
            .all(|p| p.chars().next().is_some_and(char::is_uppercase));
    let before = skip_back_while(text, b.start, is_inline_space);
    let after_caption = text
        .get(..before)
        .and_then(|h| h.chars().next_back())
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '”' | ')'));
    (agency && after_caption && (initials || reader::full_name(rest)) && b.text.ends_with(rest))
        .then(|| b.end - rest.len())
}

/// Family names that open a Vietnamese full name of four words (`Nguyễn
/// Thị Minh Khai`): a credit of four such words is one name, not two.
const FAMILY_NAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Trương", "Đinh", "Lâm", "Mai", "Trịnh", "Cao",
    "Lương", "Tô", "Hà", "Tạ", "Chu", "Lưu", "Kiều", "Quách", "Phùng", "Tôn", "Thái", "Vương",
    "Đồng", "Châu", "Từ", "Văn", "Tăng", "Thân", "Triệu", "Khúc", "Lại", "Mạc", "Nghiêm",
];

/// For a byline that is one credit of one name after a caption's sentence
/// on the same line, with or without a space after the sentence's stop
/// (`…tỷ số 2-0.Ảnh: AFPMinh Tân`, the crawler's join) (a photo's `Ảnh:
/// X`, or a source's `Nguồn: X` with nothing else), where the name splits into the credit and the reporter
/// who signs after it, each decidable from the words alone: a full stop
/// inside (`Ảnh: VFF. Hà Đồ`, `Ảnh: Lâm Thoả. Lâm Thỏa`); a full name
/// glued to the credit's last letter (`Ảnh: AFPMinh Tân`); four Title
/// Case syllables that are two full names, the first word no family name
/// (`Ảnh: Hiếu Lương Hoàng An`); for a source, a Latin word that is no
/// syllable before a full name (`Nguồn: Bridgestone Quang Anh`, as
/// `Ảnh: Reuters B.N`). Returns where the reporter's name starts.
fn reporter_after_caption_split(text: &str, b: &Byline<'_>) -> Option<usize> {
    let source_only = b.authors.is_empty()
        && b.agency.is_none()
        && b.credits.is_empty()
        && matching::starts_with_word(b.text, "Nguồn").is_some();
    let name = if source_only {
        b.source?
    } else if b.authors.is_empty() && b.agency.is_none() && b.source.is_none() {
        sole_photo_name(b)?
    } else {
        return None;
    };
    if !b.text.ends_with(name) {
        return None;
    }
    let before = skip_back_while(text, b.start, is_inline_space);
    let after_caption = text
        .get(..before)
        .and_then(|h| h.chars().next_back())
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '”'));
    if !after_caption {
        return None;
    }
    let reporter = |rest: &str| reader::full_name(rest) && !super::places::is_place(rest);
    let at = |rest: &str| b.end - rest.len();
    // `VFF. Hà Đồ`: a full stop, then the name.
    if let Some((_, rest)) = name.rsplit_once(". ") {
        return reporter(rest).then(|| at(rest));
    }
    // `AFPMinh Tân`: a name glued to the credit's last letter.
    let glued = name.char_indices().skip(1).find_map(|(k, c)| {
        let rest = name.get(k..)?;
        let prev = name.get(..k)?.chars().next_back()?;
        (c.is_uppercase()
            && prev.is_alphabetic()
            && !prev.is_whitespace()
            && rest.chars().nth(1).is_some_and(char::is_lowercase)
            && reporter(rest))
        .then_some(rest)
    });
    if let Some(rest) = glued {
        return Some(at(rest));
    }
    let words: Vec<&str> = name.split(' ').collect();
    match words.as_slice() {
        // `Hiếu Lương Hoàng An`: two full names.
        [a, second, _, _] if !source_only => {
            let split = a.len() + 1 + second.len();
            let first = name.get(..split)?;
            let rest = name.get(split + 1..)?;
            let family = FAMILY_NAMES.contains(&super::letters::composed(a).as_ref());
            (!family && reader::full_name(first) && reporter(rest)).then(|| at(rest))
        }
        // `Bridgestone Quang Anh`: a company, then the name.
        [word, ..] if source_only => {
            let rest = name.get(word.len() + 1..)?;
            let company = word.len() >= 4
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && word.chars().all(|c| c.is_ascii_alphanumeric())
                && !super::letters::is_syllable(word);
            (company && reporter(rest)).then(|| at(rest))
        }
        _ => None,
    }
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
    fn the_papers_word_before_a_list_of_sources_goes() {
        // "báo" (the papers) before two outlets names neither.
        let x =
            b("Bài viết dài.\nMinh Hà (Tổng hợp theo báo Pháp luật TP. HCM, Dân Việt)").unwrap();
        assert_eq!(x.source, Some("Pháp luật TP. HCM, Dân Việt"));
        // One paper named "Báo Nghệ An", and the foreign press, stay.
        let x = b("Bài viết dài.\nMinh Hà (Theo báo Nghệ An)").unwrap();
        assert_eq!(x.source, Some("báo Nghệ An"));
        let x = b("Bài viết dài.\nMinh Hà (Theo báo nước ngoài, AFP)").unwrap();
        assert_eq!(x.source, Some("báo nước ngoài, AFP"));
    }

    #[test]
    fn a_date_after_the_source_is_no_part_of_it() {
        // "(Theo FDA, 1/2017)": the month the source was read.
        let x = b("Bài viết dài.\nThanh Phúc\n(Theo FDA, 1/2017)").unwrap();
        assert_eq!((x.authors, x.source), (vec!["Thanh Phúc"], Some("FDA")));
        let x = b("Bài viết dài.\n(Theo Livescience, 24/5/2013)").unwrap();
        assert_eq!(x.source, Some("Livescience"));
        // A place after the comma stays: no date of digits.
        let x = b("Bài viết dài.\n(Theo Top Santé, Pháp)").unwrap();
        assert_eq!(x.source, Some("Top Santé, Pháp"));
        // Nor does a lone number after the comma go.
        let x = b("Bài viết dài.\n(Theo Nhóm 12, 2017)").unwrap();
        assert_eq!(x.source, Some("Nhóm 12, 2017"));
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
    fn a_caption_credit_line_keeps_its_names() {
        // The line `Ảnh: X - PV` is a caption's credit after text: the
        // byline is the line below, and "PV" from the credit line is no
        // author of it (a property test's case: the author stood outside
        // the byline's text).
        let x = b("Họ đã về nhà. Ảnh: TTO - PV\nVũ Anh Minh (TTXVN)").unwrap();
        assert_eq!(x.text, "Vũ Anh Minh (TTXVN)");
        assert_eq!((x.authors, x.agency), (vec!["Vũ Anh Minh"], Some("TTXVN")));
    }

    #[test]
    fn far_copies_of_a_credit_make_no_gallery() {
        // Two copies of the closing credit far above it (past the gallery
        // window) say nothing of a gallery: the credit is still read.
        let credit = "Ảnh: Internet";
        let filler = " lời".repeat(700);
        let near = format!("{filler}.{credit}");
        let far = format!("{credit}.{credit}.{filler}.{credit}");
        let a = parse_byline(&near).map(|b| b.text);
        let b = parse_byline(&far).map(|b| b.text);
        assert_eq!(a, Some(credit));
        assert_eq!(a, b);
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
