//! "… chồng chéoThứ nhất, phạm vi …", "… của mìnhThứ hai, chỉ yêu …",
//! "Ảnh Xuân TrungThứ hai, theo ý kiến …": the point of an enumeration
//! ("Thứ nhất, …", "Thứ hai, …": first, second) that a crawler glued to
//! the last word of the paragraph before it (it dropped the line break,
//! often after a photo's caption). At the head of a line "Thứ hai," is an
//! ordinal, as the corpus writes such points hundreds of times; glued, the
//! lexer keeps "mìnhThứ" one word (it parts no word before a word that
//! may start a quantity, `lex::glued_by_crawler`), so the scanner read
//! "hai" alone as a count and "nhất" as nothing (gen41 probe).
//!
//! The rule reads a word token ending in "Thứ" right after a small letter,
//! then after a space a rank word ("nhất", "hai" … "mười") or one or two
//! digits, then a comma or a colon glued on, and no date after it: the
//! scanner's ordinal for the text from "Thứ" is the entity, in place of
//! a count read inside it. A weekday with its date ("mìnhThứ hai, ngày
//! 5/6", "Thứ hai, 5/6") is left as it was.

use super::{Entity, Value, quantity_at};
use crate::lex::{Gap, Kind, Token, word_folded};
use crate::number::Quantity;

/// The rank words of an enumeration's points after "Thứ".
const RANKS: &[&str] = &[
    "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
];

/// The ordinal "Thứ X" whose "Thứ" ends the glued word `toks[i]` (see the
/// module).
pub(super) fn at<'a>(text: &'a str, toks: &[Token], i: usize) -> Option<Entity<'a>> {
    let glued = toks.get(i)?;
    let raw = text.get(glued.start..glued.end)?;
    let head = raw.strip_suffix("Thứ")?;
    if !head.chars().next_back().is_some_and(char::is_lowercase) {
        return None;
    }
    let (rank, sep) = (toks.get(i + 1)?, toks.get(i + 2)?);
    let is_rank = match rank.kind {
        Kind::Num { len, .. } => len <= 2,
        Kind::Word { .. } => word_folded(text, rank).is_some_and(|w| RANKS.contains(&w.as_ref())),
        Kind::Punct(_) => false,
    };
    let comma = matches!(sep.kind, Kind::Punct(',' | ':')) && sep.gap == Gap::None;
    if rank.gap != Gap::Space || !is_rank || !comma || date_after(text, toks, i + 3) {
        return None;
    }
    let e = quantity_at(text, glued.start + head.len(), sep.start)?;
    let ordinal = matches!(e.value, Value::Quantity(Quantity::Ordinal(_)));
    (ordinal && e.end == rank.end).then_some(e)
}

/// True when a date follows the comma: "ngày", or digits ("Thứ hai,
/// 5/6"), which make "Thứ hai" a weekday.
fn date_after(text: &str, toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| match t.kind {
        Kind::Num { .. } => true,
        Kind::Word { .. } => word_folded(text, t).is_some_and(|w| w == "ngày"),
        Kind::Punct(_) => false,
    })
}

/// Puts each enumeration point of `found` into `quantities` in place of
/// the entities lying wholly inside it (the count "hai" of "Thứ hai"); a
/// point that another entity overlaps in part is left out. One sort and
/// a binary search a point: a wall of glued points stays linear.
pub(super) fn add<'a>(quantities: &mut Vec<Entity<'a>>, found: Vec<Entity<'a>>) {
    if found.is_empty() {
        return;
    }
    quantities.sort_by_key(|q| q.start);
    let mut drop = vec![false; quantities.len()];
    let mut kept = Vec::new();
    for e in found {
        let lo = quantities.partition_point(|q| q.start < e.start);
        let hi = quantities.partition_point(|q| q.start < e.end);
        let before_apart = lo == 0 || quantities.get(lo - 1).is_some_and(|q| q.end <= e.start);
        let within = quantities
            .get(lo..hi)
            .is_some_and(|inner| inner.iter().all(|q| q.end <= e.end));
        if before_apart && within {
            drop.get_mut(lo..hi)
                .into_iter()
                .flatten()
                .for_each(|d| *d = true);
            kept.push(e);
        }
    }
    let mut marks = drop.into_iter();
    quantities.retain(|_| !marks.next().unwrap_or(false));
    quantities.extend(kept);
    quantities.sort_by_key(|q| q.start);
}
