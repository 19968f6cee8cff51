//! Detection: which encoding some bytes are most likely in.
//!
//! Every candidate decoding is scored by how Vietnamese it reads: each word
//! with a letter outside ASCII counts +1 when it is a well-formed Vietnamese
//! syllable ([`super::syllable`]) and −1 when it is not; a well-formed
//! all-ASCII syllable counts +0.2 (VIQR and UTF-8 differ there), and each
//! control character or U+FFFD counts −1. A wrong decoding of Vietnamese
//! turns most toned letters into symbols, wrong letters or controls, so its
//! words stop being syllables: the right decoding wins by a margin that
//! grows with the text. The candidates are UTF-8, each legacy encoding
//! read from the raw bytes, and, for UTF-8 text, each legacy encoding read
//! from the text's Windows-1252 / Latin-1 bytes (text that was decoded with
//! the wrong code page: "Hµ Néi").
//!
//! Confidence is the margin of the best score over the best *different*
//! decoding, relative to their size: 1.0 when no other decoding gives a
//! different text (plain ASCII), near 0 when two readings are as good.

use std::borrow::Cow;

use super::Encoding;
use super::decode::{decode_plain, restore_capitals};
use super::syllable::is_syllable;
use super::tables;

/// The result of [`detect`]: the most likely encoding and how sure it is.
///
/// ```
/// use vietnorm::legacy::{detect, Encoding};
///
/// let d = detect("Cộng hòa xã hội chủ nghĩa Việt Nam".as_bytes());
/// assert_eq!(d.encoding, Encoding::Utf8);
/// assert!(!d.windows_1252);
/// assert!(d.confidence > 0.5);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Detection {
    /// The encoding of the text.
    pub encoding: Encoding,
    /// True when the bytes are UTF-8 text of the `encoding` bytes misread as
    /// Windows-1252 or Latin-1 ("Hµ Néi"): map each character back to its
    /// byte, then decode.
    pub windows_1252: bool,
    /// From 0 (a guess) to 1 (no other reading comes close).
    pub confidence: f32,
}

impl std::fmt::Display for Detection {
    /// The encoding's name, followed by ` (read as windows-1252)` when the
    /// legacy bytes arrived as misdecoded UTF-8 text.
    ///
    /// ```
    /// let d = vietnorm::legacy::detect("Hµ Néi lµ thñ ®«".as_bytes());
    /// assert_eq!(d.to_string(), "tcvn3 (read as windows-1252)");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.encoding.name())?;
        if self.windows_1252 {
            f.write_str(" (read as windows-1252)")?;
        }
        Ok(())
    }
}

/// The legacy encodings tried, in order of preference on a tie (TCVN3 and
/// VNI were by far the most used).
pub(crate) const LEGACY: [Encoding; 5] = [
    Encoding::Tcvn3,
    Encoding::Vni,
    Encoding::Viscii,
    Encoding::Vps,
    Encoding::Cp1258,
];

/// How Vietnamese a text reads (see the module doc).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Score {
    /// Words with a non-ASCII letter that are syllables.
    pub good: u32,
    /// Words with a non-ASCII character that are not.
    pub bad: u32,
    /// All-ASCII words that are syllables.
    pub ascii_good: u32,
    /// Control characters and U+FFFD.
    pub junk: u32,
    /// All-ASCII words that are not syllables (names, foreign words).
    pub other: u32,
}

impl Score {
    pub(crate) fn value(&self) -> f64 {
        f64::from(self.good) - f64::from(self.bad) + 0.2 * f64::from(self.ascii_good)
            - f64::from(self.junk)
    }

    fn size(&self) -> f64 {
        f64::from(self.good + self.bad + self.junk) + 0.2 * f64::from(self.ascii_good)
    }
}

/// Punctuation stripped from both ends of a word before it is judged.
pub(crate) fn is_edge_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '“' | '”' | '‘' | '’' | '…' | '–' | '—' | '\u{A0}' | '\u{200B}' | '\u{FEFF}'
        )
}

/// `word` without the punctuation at its ends.
pub(crate) fn word_core(word: &str) -> &str {
    word.trim_matches(is_edge_punctuation)
}

/// True when the letters of `word` are cased as Vietnamese words are:
/// lowercase, Capitalized or ALL CAPS. Wrong decodings put capitals inside
/// words ("QuỴ", "ViÖt").
pub(crate) fn plausible_case(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return true;
    };
    let mut rest_upper = None;
    for c in letters {
        let up = c.is_uppercase();
        match rest_upper {
            None => rest_upper = Some(up),
            Some(u) if u != up => return false,
            Some(_) => {}
        }
    }
    rest_upper != Some(true) || first.is_uppercase()
}

/// Scores `text`.
pub(crate) fn score(text: &str) -> Score {
    let mut s = Score::default();
    for word in text.split(|c: char| c.is_whitespace() && c != '\u{A0}') {
        for c in word.chars() {
            if (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFD}' {
                s.junk += 1;
            }
        }
        let core = word_core(word);
        if core.is_empty() || core.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        // Typographic punctuation (’ – “) in an English word does not make
        // it a candidate Vietnamese word.
        let ascii = core
            .chars()
            .all(|c| c.is_ascii() || ('\u{2000}'..='\u{206F}').contains(&c));
        match (ascii, is_syllable(core) && plausible_case(core)) {
            (true, true) => s.ascii_good += 1,
            (true, false) => s.other += 1,
            (false, true) => s.good += 1,
            (false, false) => s.bad += 1,
        }
    }
    s
}

/// The byte a character of misdecoded text stood for: Latin-1 for
/// U+0000–U+00FF, else Windows-1252's 0x80–0x9F characters.
pub(crate) fn misread_byte(c: char) -> Option<u8> {
    if let Ok(b) = u8::try_from(u32::from(c)) {
        return Some(b);
    }
    (0x80u8..0xA0).find(|&b| tables::CP1252.get(usize::from(b)) == Some(&c))
}

/// The bytes behind misdecoded `text`, or `None` when some character has
/// none (the text is then not a whole misreading).
pub(crate) fn misread_bytes(text: &str) -> Option<Vec<u8>> {
    text.chars().map(misread_byte).collect()
}

/// One candidate reading.
struct Candidate {
    detection: Detection,
    text: String,
    score: Score,
}

impl Candidate {
    fn new(encoding: Encoding, windows_1252: bool, text: Cow<'_, str>) -> Candidate {
        // TCVN3 cannot write capitals with tones: judge its casing as a
        // capital-only font would have shown it.
        let score = if encoding == Encoding::Tcvn3 {
            score(&restore_capitals(&text, true))
        } else {
            score(&text)
        };
        Candidate {
            detection: Detection {
                encoding,
                windows_1252,
                confidence: 0.0,
            },
            text: text.into_owned(),
            score,
        }
    }
}

fn candidates(bytes: &[u8]) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(12);
    let utf8 = std::str::from_utf8(bytes).ok();
    out.push(Candidate::new(
        Encoding::Utf8,
        false,
        decode_plain(bytes, Encoding::Utf8),
    ));
    // VIQR is 7-bit: only ASCII input can be VIQR. And it must read as
    // Vietnamese, not as English with a "?" after a vowel ("So?" is "Sỏ" in
    // VIQR): at least three words and half of all words must come out as
    // syllables with marks, as they do in Vietnamese (about four in five).
    if bytes.is_ascii() {
        let c = Candidate::new(Encoding::Viqr, false, decode_plain(bytes, Encoding::Viqr));
        let s = c.score;
        if s.good >= 3 && s.good * 2 >= s.good + s.bad + s.ascii_good + s.other {
            out.push(c);
        }
    }
    // Legacy bytes are almost never valid UTF-8 once a text has a few
    // high bytes: valid UTF-8 with several multi-byte characters is not
    // read as raw legacy bytes.
    let multibyte = utf8.map_or(0, |t| t.bytes().filter(|&b| b >= 0xC0).take(8).count());
    if multibyte < 8 {
        for e in LEGACY {
            out.push(Candidate::new(e, false, decode_plain(bytes, e)));
        }
    }
    if let Some(text) = utf8 {
        if !text.is_ascii() {
            if let Some(raw) = misread_bytes(text) {
                for e in LEGACY {
                    out.push(Candidate::new(e, true, decode_plain(&raw, e)));
                }
            }
        }
    }
    out
}

/// The best reading of `bytes` with its confidence.
fn pick(bytes: &[u8]) -> Option<Detection> {
    let all = candidates(bytes);
    // Valid UTF-8 is the default reading: another one must beat it by a
    // margin, not by one lucky word ("–" misread as TCVN3 is "Ọ").
    let utf8_bar = all
        .first()
        .filter(|c| c.detection.encoding == Encoding::Utf8 && c.score.junk == 0)
        .map(|c| c.score.value() + 1.0 + 0.05 * c.score.size());
    let mut best: Option<&Candidate> = None;
    for c in &all {
        // ... and read as Vietnamese, not merely less badly than foreign
        // text does ("où" misread as VNI is "ó").
        let vietnamese = c.score.good >= 2 && c.score.bad * 3 <= c.score.good;
        if c.detection.encoding != Encoding::Utf8
            && utf8_bar.is_some_and(|bar| c.score.value() < bar || !vietnamese)
        {
            continue;
        }
        // Strictly better only: earlier candidates win ties.
        if best.is_none_or(|b| c.score.value() > b.score.value()) {
            best = Some(c);
        }
    }
    let best = best?;
    let runner_up = all
        .iter()
        .filter(|c| c.text != best.text)
        .map(|c| (c.score.value(), c.score.size()))
        .fold(None, |acc: Option<(f64, f64)>, x| match acc {
            Some(a) if a.0 >= x.0 => Some(a),
            _ => Some(x),
        });
    let confidence = match runner_up {
        None => 1.0,
        Some((value, size)) => {
            let margin = best.score.value() - value;
            let scale = best.score.size().max(size).max(1.0);
            (margin / scale).clamp(0.0, 1.0)
        }
    };
    Some(Detection {
        confidence: confidence as f32,
        ..best.detection
    })
}

/// How much of the input detection reads: the first 64 KiB (cut at a UTF-8
/// character boundary). Detection is already exact at 1 KB of Vietnamese
/// (tests/legacy_detect.rs); the bound keeps its cost flat on huge inputs.
pub(crate) const SAMPLE: usize = 64 << 10;

/// The first [`SAMPLE`] bytes of `bytes`, not cutting a UTF-8 character.
pub(crate) fn sample(bytes: &[u8]) -> &[u8] {
    if bytes.len() <= SAMPLE {
        return bytes;
    }
    let mut cut = SAMPLE;
    while cut > SAMPLE - 3 && bytes.get(cut).is_some_and(|&b| (0x80..0xC0).contains(&b)) {
        cut -= 1;
    }
    bytes.get(..cut).unwrap_or(bytes)
}

/// Says which encoding `bytes` are most likely in, UTF-8 and UTF-8 text
/// damaged by a wrong decoding included. It reads the first 64 KiB.
///
/// ```
/// use vietnorm::legacy::{detect, encode, Encoding};
///
/// let bytes = encode("Thành phố Hồ Chí Minh", Encoding::Vni).unwrap();
/// let d = detect(&bytes);
/// assert_eq!(d.encoding, Encoding::Vni);
/// assert!(!d.windows_1252);
/// ```
pub fn detect(bytes: &[u8]) -> Detection {
    let bytes = sample(bytes);
    // The common case, decided without scoring: UTF-8 with several
    // multi-byte characters (so not legacy bytes, see `candidates`), one of
    // which no misreading produces (so not a misread text either).
    if let Ok(text) = std::str::from_utf8(bytes) {
        let multibyte = text.bytes().filter(|&b| b >= 0xC0).take(8).count();
        if multibyte >= 8 && misread_bytes(text).is_none() {
            return Detection {
                encoding: Encoding::Utf8,
                windows_1252: false,
                confidence: 1.0,
            };
        }
    }
    pick(bytes).unwrap_or(Detection {
        encoding: Encoding::Utf8,
        windows_1252: false,
        confidence: 0.0,
    })
}

/// Detects the encoding of `bytes` and decodes them: legacy bytes are
/// decoded, misdecoded text is mapped back to its bytes and decoded, and
/// UTF-8 text goes through [`repair`](super::repair) for stray damaged words.
///
/// ```
/// use vietnorm::legacy::{decode_auto, Encoding};
///
/// let (text, d) = decode_auto(b"Vi\xD6t Nam");
/// assert_eq!(text, "Việt Nam");
/// assert_eq!(d.encoding, Encoding::Tcvn3);
/// ```
pub fn decode_auto(bytes: &[u8]) -> (String, Detection) {
    let detection = detect(bytes);
    let text = match (detection.encoding, detection.windows_1252) {
        (Encoding::Utf8, _) => {
            let text = decode_plain(bytes, Encoding::Utf8);
            super::repair(&text).into_owned()
        }
        (e, true) => {
            let text = String::from_utf8_lossy(bytes);
            match misread_bytes(&text) {
                Some(raw) => decode_plain(&raw, e).into_owned(),
                // Past the sample, a character no misreading produces:
                // keep the text, mending what can be mended.
                None => super::repair(&text).into_owned(),
            }
        }
        (e, false) => decode_plain(bytes, e).into_owned(),
    };
    (text, detection)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_words() {
        let s = score("Hà Nội, ngày 5 “đẹp” Néi abc!");
        assert_eq!(s.good, 4);
        assert_eq!(s.bad, 1);
        assert_eq!(s.ascii_good, 0);
    }

    #[test]
    fn casing() {
        assert!(plausible_case("Việt"));
        assert!(plausible_case("VIỆT"));
        assert!(plausible_case("việt"));
        assert!(!plausible_case("ViÖt"));
        assert!(!plausible_case("UÒy"));
        assert!(!plausible_case("vIỆT"));
    }

    #[test]
    fn misread_bytes_cover_windows_1252() {
        assert_eq!(misread_byte('€'), Some(0x80));
        assert_eq!(misread_byte('µ'), Some(0xB5));
        assert_eq!(misread_byte('\u{81}'), Some(0x81));
        assert_eq!(misread_byte('ư'), None);
    }
}
