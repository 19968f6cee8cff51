//! Captions' notes at the end of a text: the source of a clip the reader
//! is invited to watch, no signature of the article (news48 probe); a
//! gallery's only photo credit closing its last caption, the article's
//! photo credit (news32 and news51 probes). (The photo credits of a gallery's captions standing above the
//! signature are passed over where a byline may start:
//! `caption_credits_before_signature` in the module above.)

use super::super::letters::composed;
use super::super::scan::{is_any_space, skip_back_while};
use super::matching::prefix_len_ci;
use super::{Byline, CreditRole};
use crate::text::floor_boundary;

/// How far back on its line an invitation to watch a clip is looked for,
/// in bytes.
const INVITATION_WINDOW: usize = 160;

/// The words of an invitation to watch a clip or a video (`Mời các bạn
/// xem clip hướng dẫn:`), compared in lowercase.
const CLIP_INVITATIONS: &[&str] = &["xem clip", "xem video"];

/// True when the byline is a source alone (`Nguồn Youtube`, `Nguồn:
/// YouTube`) right after a colon that closes an invitation to watch a
/// clip (`…cho rau sạch.Mời các bạn xem clip hướng dẫn:Nguồn Youtube`,
/// Gia đình & Xã hội's recipes): the page showed the clip there, and
/// the source is the clip's, not the article's (the crawler kept the
/// player's caption and dropped the player). A name after such a colon
/// (`…qua VIDEO chi tiết dưới đây: Quang Đông`) is the reporter's, and a
/// source after a sentence about a video with no colon (`Bên dưới là
/// đoạn video mà Yahoo cung cấp …. Nguồn: Yahoo`) is not read here.
pub(super) fn clip_source_after_invitation(text: &str, b: &Byline<'_>) -> bool {
    let source_only =
        b.authors.is_empty() && b.agency.is_none() && b.credits.is_empty() && b.source.is_some();
    if !source_only || prefix_len_ci(&composed(b.text), "Nguồn").is_none() {
        return false;
    }
    let colon = skip_back_while(text, b.start, is_any_space);
    let Some(line) = text.get(..colon).and_then(|h| h.strip_suffix(':')) else {
        return false;
    };
    let from = floor_boundary(line, line.len().saturating_sub(INVITATION_WINDOW));
    let window = line.get(from..).unwrap_or_default();
    // The invitation's own sentence: after the line's start and the last
    // full stop, question or exclamation mark.
    let clause = window
        .rsplit(['\n', '.', '!', '?'])
        .next()
        .unwrap_or(window)
        .to_lowercase();
    CLIP_INVITATIONS.iter().any(|w| clause.contains(w))
}

/// The fewest caption breaks before a closing photo credit that make its
/// text a gallery: lines, or captions the crawler glued together.
const GALLERY_BREAKS: usize = 2;

/// The fewest words, after `Ảnh:`, of a caption that the word opens (`Ảnh:
/// Một bé gái Afghanistan đi lấy nước …`): a credit names a source in a
/// word or three (`Ảnh: Reuters`, `Ảnh: Quốc Toản`).
const OPENER_WORDS: usize = 4;

/// True when the byline `b`, starting at `q`, is one photo credit in
/// parentheses, `(Nguồn ảnh: X)` or `(Ảnh: X)`, closing a gallery's last
/// caption, and the gallery's only credit: no other `Nguồn ảnh` and no
/// other `Ảnh:` credit in the text before it (`…hoàn toàn. (Nguồn ảnh:
/// Reuters)`, `…Diệu Hân luôn rạng rỡ nụ cười (Ảnh: Quốc Toản)`). A
/// gallery credited once, at its end, credits every photo, as a signature
/// does: the article's photo credit (news32 probe for `Nguồn ảnh`; the
/// news gold's convention settled at the opening of the twenty-ninth
/// blind set, and the news51 probe, for `Ảnh`). A gallery is a text of
/// three lines or more, or whose captions the crawler glued together
/// (`…tuyệt đẹpMột vẻ đẹp…`, `…2/6.Tự Long…`): [`caption_breaks`]. A credit
/// per caption (`(Ảnh: EPA)` after `(Ảnh: AP)`) stays the photo's, and so
/// does one closing a caption under a sentence or two. An `Ảnh:` that
/// opens a caption (`Ảnh: Một bé gái Afghanistan đi lấy nước…`) is no
/// credit: [`opens_caption`].
pub(super) fn gallery_photo_source(text: &str, q: usize, b: &Byline<'_>) -> bool {
    let [credit] = b.credits.as_slice() else {
        return false;
    };
    let note = composed(b.text.trim()).to_lowercase();
    let marker = ["(nguồn ảnh", "(ảnh:", "(ảnh :"]
        .iter()
        .any(|m| note.starts_with(m));
    if credit.role != CreditRole::Photo || !marker {
        return false;
    }
    let written = composed(text.get(..q).unwrap_or_default());
    let credits = PHOTO_MARKERS
        .iter()
        .flat_map(|m| written.match_indices(m))
        .filter(|&(i, m)| !opens_caption(written.get(i + m.len()..).unwrap_or_default()))
        .count();
    caption_breaks(text.get(..q).unwrap_or_default()) >= GALLERY_BREAKS
        && !written.to_lowercase().contains("nguồn ảnh")
        && credits == 0
}

/// Words of a credit's provider or archive (`Ảnh: Gia đình nhân vật cung
/// cấp`, `Ảnh: tư liệu của gia đình`), lowercased: a clause that holds
/// one is a credit, however long.
const CREDIT_WORDS: &[&str] = &["cung cấp", "tư liệu", "nguồn"];

/// How far after an `Ảnh:` its clause is read, in bytes.
const CLAUSE_WINDOW: usize = 200;

/// The photo credit's marker as a text writes it, in its three cases.
const PHOTO_MARKERS: &[&str] = &["Ảnh:", "ảnh:", "ẢNH:"];

/// True when the text after an `Ảnh:` opens a caption, not a credit: its
/// clause (up to a full stop, a bracket or the line's end) holds more
/// than [`OPENER_WORDS`] words, two of them or more plain (lowercase)
/// words, and no provider's words ([`CREDIT_WORDS`]): `Một bé gái
/// Afghanistan đi lấy nước`, where a credit's source stops short
/// (`Reuters`, `Quốc Toản`, `tư liệu`), names its provider, or is names
/// (`Hoàng Long - Đồ họa: X` has one plain word, `họa:`).
fn opens_caption(after: &str) -> bool {
    // (A clause is looked for in the first bytes only: a wall of markers
    // with no full stop stays linear.)
    let head = after
        .get(..floor_boundary(after, CLAUSE_WINDOW))
        .unwrap_or_default();
    let clause = head.split(['.', '\n', '(', ')']).next().unwrap_or_default();
    let plain = clause
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    let lower = clause.to_lowercase();
    clause.split_whitespace().count() > OPENER_WORDS
        && plain >= 2
        && !CREDIT_WORDS.iter().any(|w| lower.contains(w))
}

/// How many caption breaks the text before a closing credit holds: its
/// line breaks, plus, when the crawler flattened the text, the places
/// where it glued a caption to the one before, a lowercase letter or a
/// full stop followed at once by a capital (`…tuyệt đẹpMột vẻ đẹp…`,
/// `…2/6.Tự Long…`). Counted up to [`GALLERY_BREAKS`].
fn caption_breaks(before: &str) -> usize {
    let lines = before.matches('\n').count();
    let glued = before
        .chars()
        .zip(before.chars().skip(1))
        .filter(|&(a, c)| (a.is_lowercase() || a == '.') && c.is_uppercase())
        .take(GALLERY_BREAKS + 1)
        .count();
    // A flattened text's glue needs a third join: one or two are a name's
    // capital (`iPhone`) or a typo.
    lines.max(if glued > GALLERY_BREAKS { glued } else { 0 })
}
