//! Captions' notes at the end of a text that are no signature of the
//! article (news48 probe): the source of a clip the reader is invited to
//! watch. (The photo credits of a gallery's captions standing above the
//! signature are passed over where a byline may start:
//! `caption_credits_before_signature` in the module above.)

use super::super::letters::composed;
use super::super::scan::{is_any_space, skip_back_while};
use super::Byline;
use super::matching::prefix_len_ci;
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
