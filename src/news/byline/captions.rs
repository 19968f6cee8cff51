//! Captions' notes at the end of a text that are no signature of the
//! article (news48 probe): the source of a clip the reader is invited to
//! watch, and the photo credits of a gallery's captions standing above the
//! signature.

use super::super::letters::composed;
use super::super::scan::{is_any_space, skip_back_while, skip_while};
use super::matching::{credit_marker, prefix_len_ci};
use super::reader::Reader;
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

/// The byline read again from its first line that is not a photo credit
/// alone, when it opens with two such lines or more (`Ảnh: Mytour.⏎Ảnh:
/// Skyscrapercity.⏎Ảnh: Anhvienvivian.⏎ Lương Ngọc (Tổng hợp)`, `Ảnh:
/// Internet⏎Ảnh: Internet⏎Hạnh Chi (T/h)⏎ Theo Đời sống Plus`, Báo Mới
/// 2017 galleries): each credit is the caption's above it, one per photo,
/// as two photo credits in a row with nothing else are (no byline); the
/// signature is the line below them. Only when that line reads names, an
/// agency or a source; any other byline is returned as it is. One credit
/// line above a signature (`Ảnh: FB⏎Nghi Ân (Tổng Hợp)`) stays the
/// article's photo credit, as the seventh set reads it.
pub(super) fn signature_below_caption_credits<'a>(text: &'a str, b: Byline<'a>) -> Byline<'a> {
    let photos = b
        .credits
        .iter()
        .filter(|c| c.role == CreditRole::Photo)
        .count();
    if photos < 2 || (b.authors.is_empty() && b.source.is_none() && b.agency.is_none()) {
        return b;
    }
    let mut at = b.start;
    let mut credit_lines = 0;
    for line in b.text.split('\n') {
        if !lone_photo_credit(line) {
            break;
        }
        credit_lines += 1;
        at += line.len() + 1;
    }
    let q = skip_while(text, at.min(b.end), is_any_space);
    if credit_lines < 2 || q >= b.end {
        return b;
    }
    // (Read up to the byline's end only, as every end is read.)
    let Some(head) = text.get(..b.end) else {
        return b;
    };
    match Reader::new(head, q, b.end).read() {
        Some(n) if !n.authors.is_empty() || n.source.is_some() || n.agency.is_some() => n,
        _ => b,
    }
}

/// True when `line` is a photo's credit and nothing else: a photo marker
/// and its colon (`Ảnh:`, `Nguồn ảnh:`), then a value with no parenthesis
/// and no second marker (`Ảnh: Mytour.`).
fn lone_photo_credit(line: &str) -> bool {
    let line = line.trim();
    let Some((roles, len)) = credit_marker(line) else {
        return false;
    };
    let value = line.get(len..).unwrap_or_default().trim();
    roles == [CreditRole::Photo]
        && !value.is_empty()
        && !value.contains(['(', ')'])
        && !value.contains(':')
}
