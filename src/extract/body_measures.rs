//! "số đo ba vòng 86-60-90", "số đo hình thể 87-64-93 cm": a model's or
//! a beauty queen's bust, waist and hips, three values joined by dashes
//! after "số đo" (measurements). The number scanner reads no such chain
//! (two dashes make it a code or a date to it), so nothing was found
//! there. Here each value is an entity of its own: a measure in
//! centimetres when "cm" closes the chain (the unit written once, after
//! the last value, is each value's: the blind34 opening, aj051), a number
//! when no unit is written (a bare number is a number, CONVENTIONS.md).
//! Only values of two or three digits from 50 to 130 (a body's girths),
//! on the cue's line and sentence, are read, so a code or a list number
//! glued to the last value ("86-61-892. Gisele …") is left.

use super::Entity;
use crate::number::{Decimal, Measure, Number, Quantity, Unit, Value};
use crate::text::ceil_boundary;

/// How far after "số đo" the chain may start: room for "ba vòng lần
/// lượt là: " or "3 vòng khá chuẩn ", not for the next sentence.
const REACH: usize = 48;

/// The girths a body's measurements take, in centimetres.
const GIRTHS: std::ops::RangeInclusive<u32> = 50..=130;

/// Adds the three values of every chain of body measurements after "số
/// đo", keeping `found` in text order. What the scanner read inside the
/// chain ("86" alone before an en dash, "61 – 93" as an interval, "93
/// cm") is replaced; a chain that an entity reaching outside it, or one
/// that is neither a number nor a measure, overlaps is left.
pub(super) fn add<'a>(text: &'a str, found: &mut Vec<Entity<'a>>) {
    let mut chains = Vec::new();
    let mut from = 0;
    while let Some(at) = next_cue(text, from) {
        from = at + CUE_LEN;
        let Some(chain) = chain_after(text, from) else {
            continue;
        };
        let overlapping = || {
            found
                .iter()
                .filter(|e| e.start < chain.end && chain.start < e.end)
        };
        let replaceable = overlapping().all(|e| {
            chain.start <= e.start
                && e.end <= chain.end
                && matches!(
                    e.value,
                    super::Value::Quantity(Quantity::Number(_) | Quantity::Measure(_))
                )
        });
        if replaceable {
            from = chain.end;
            chains.push(chain);
        }
    }
    if chains.is_empty() {
        return;
    }
    found.retain(|e| !chains.iter().any(|c| c.start <= e.start && e.end <= c.end));
    found.extend(chains.iter().flat_map(|c| c.entities(text)));
    found.sort_by_key(|e| e.start);
}

/// The byte length of "số đo" (both spellings of its first letter have
/// the same length).
const CUE_LEN: usize = "số đo".len();

/// The start of the next "số đo" or "Số đo" at or after byte `from`,
/// a word of its own (no letter glued before "s" or after "o"). One
/// search (`memchr`'s, which reads the text in wide strides) for the part
/// both spellings share ("ố đo"), so the text is read once however many
/// cues it holds.
fn next_cue(text: &str, from: usize) -> Option<usize> {
    const TAIL: &str = "ố đo";
    let mut at = from;
    loop {
        let i = memchr::memmem::find(text.as_bytes().get(at..)?, TAIL.as_bytes())?;
        let tail = at + i;
        let end = tail + TAIL.len();
        at = end;
        let Some(start) = tail.checked_sub(1).filter(|&s| s >= from) else {
            continue;
        };
        if !matches!(text.as_bytes().get(start), Some(b's' | b'S')) {
            continue;
        }
        let glued_before = text
            .get(..start)
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_alphanumeric);
        let glued_after = text
            .get(end..)
            .and_then(|a| a.chars().next())
            .is_some_and(char::is_alphanumeric);
        if !glued_before && !glued_after {
            return Some(start);
        }
    }
}

/// A chain of three girths: where it starts and ends (with " cm" when
/// written), each value's span, and whether "cm" closes it.
struct Chain {
    start: usize,
    end: usize,
    values: [(usize, usize, u32); 3],
    /// Whether "cm" closes the chain (`end` is then after the unit).
    cm: bool,
}

impl Chain {
    /// The chain's three entities: measures in centimetres when "cm"
    /// closes it (the last one's span takes the unit), numbers otherwise.
    fn entities<'a>(&self, text: &'a str) -> impl Iterator<Item = Entity<'a>> {
        let cm = self.cm.then(|| Unit::from_symbol("cm")).flatten();
        let (values, chain_end) = (self.values, self.end);
        let last = values.len() - 1;
        values.into_iter().enumerate().map(move |(k, (s, e, v))| {
            let value = Value::Exact(Decimal::from(v));
            let (end, quantity) = match cm {
                Some(unit) => (
                    if k == last { chain_end } else { e },
                    Quantity::Measure(Measure {
                        value,
                        unit,
                        per: None,
                        per_count: None,
                        qualifier: None,
                    }),
                ),
                None => (
                    e,
                    Quantity::Number(Number {
                        value,
                        qualifier: None,
                    }),
                ),
            };
            Entity::quantity(text, s, end, quantity)
        })
    }
}

/// The chain that starts within [`REACH`] bytes after byte `from` (the
/// end of the cue), on its line and in its sentence.
fn chain_after(text: &str, from: usize) -> Option<Chain> {
    let window_end = ceil_boundary(text, from.saturating_add(REACH).min(text.len()));
    let window = text.get(from..window_end)?;
    let bytes = text.as_bytes();
    for (i, c) in window.char_indices() {
        if matches!(c, '\n' | '\r' | '.' | ';' | '!' | '?') {
            return None;
        }
        let at = from + i;
        let starts_run = c.is_ascii_digit()
            && !bytes
                .get(at.wrapping_sub(1))
                .is_some_and(|b| b.is_ascii_alphanumeric());
        if starts_run {
            if let Some(chain) = read_chain(text, at) {
                return Some(chain);
            }
        }
    }
    None
}

/// Reads "A-B-C" (a dash or an en dash, spaces around it allowed) at
/// byte `at`, each value a girth, nothing but a space, a stop or a
/// bracket after the last, then " cm" or "cm" if written.
fn read_chain(text: &str, at: usize) -> Option<Chain> {
    let mut values = [(0usize, 0usize, 0u32); 3];
    let mut pos = at;
    for (k, slot) in values.iter_mut().enumerate() {
        if k > 0 {
            pos = after_dash(text, pos)?;
        }
        let (end, v) = girth(text, pos)?;
        *slot = (pos, end, v);
        pos = end;
    }
    let rest = text.get(pos..)?;
    let cm = ["cm", " cm"]
        .iter()
        .find(|u| {
            rest.strip_prefix(*u)
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
        })
        .map(|u| pos + u.len());
    let end = cm.unwrap_or(pos);
    let next = text.get(end..)?.chars().next();
    let ends_well = next.is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ')'));
    // "86-61-89. Gisele": a stop after the chain is fine; "86-61-89-2" or
    // "86-61-892" is a longer code, which `girth` and this test refuse.
    let more_digits = next == Some('-')
        && text
            .get(end + 1..)
            .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    (ends_well && !more_digits).then_some(Chain {
        start: at,
        end,
        values,
        cm: cm.is_some(),
    })
}

/// The end of a dash joining two values at `pos` (spaces around it
/// allowed), or `None`.
fn after_dash(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let trimmed = rest.trim_start_matches(' ');
    let dash = trimmed.chars().next().filter(|&c| c == '-' || c == '–')?;
    let after = trimmed.get(dash.len_utf8()..)?;
    let spaces = after.len() - after.trim_start_matches(' ').len();
    Some(pos + (rest.len() - trimmed.len()) + dash.len_utf8() + spaces)
}

/// The end and value of a girth written at `pos`: two or three digits in
/// [`GIRTHS`], no digit glued after.
fn girth(text: &str, pos: usize) -> Option<(usize, u32)> {
    let rest = text.get(pos..)?;
    let len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(2..=3).contains(&len) {
        return None;
    }
    let v: u32 = rest.get(..len)?.parse().ok()?;
    GIRTHS.contains(&v).then_some((pos + len, v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Kind, extract};

    fn read(text: &str) -> Vec<(String, Kind)> {
        extract(text)
            .iter()
            .map(|e| (e.text.to_string(), e.kind()))
            .collect()
    }

    #[test]
    fn a_chain_closed_by_cm_is_three_measures() {
        let found = read("Cô cao 1,72 m, số đo hình thể 86-62-94 cm.");
        let texts: Vec<_> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["1,72 m", "86", "62", "94 cm"]);
        assert!(found.iter().all(|(_, k)| *k == Kind::Measure));
    }

    #[test]
    fn a_chain_with_no_unit_is_three_numbers() {
        let found = read("Người đẹp sở hữu số đo 3 vòng 85 - 61 - 92 rất chuẩn.");
        assert_eq!(
            found,
            [
                ("3".to_string(), Kind::Number),
                ("85".to_string(), Kind::Number),
                ("61".to_string(), Kind::Number),
                ("92".to_string(), Kind::Number),
            ]
        );
    }

    #[test]
    fn codes_and_far_chains_are_left() {
        // No cue: a chain of dashes stays as the scanner reads it.
        assert!(read("Tàu BP 02-16-04 cập cảng.").is_empty());
        // A list number glued to the last value: out of the girths.
        assert!(
            !read("Số đo: 84-60-891. Người mẫu")
                .iter()
                .any(|(t, _)| t == "84")
        );
        // Past the sentence: the chain is not the measurements'.
        assert!(
            !read("Số đo được giữ kín. Đội hình 90-60-90 không đổi.")
                .iter()
                .any(|(t, _)| t == "60")
        );
    }

    #[test]
    fn a_cue_glued_to_a_word_is_no_cue() {
        assert_eq!(next_cue("hồ số đoàn 86-60-90", 0), None);
        assert_eq!(next_cue("Số đo: 86-60-90", 0), Some(0));
        assert_eq!(next_cue("ố đo số đo", 0), Some(8));
        assert_eq!(next_cue("số đo", 1), None);
    }
}
