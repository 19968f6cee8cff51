//! Character classes for the scanner: which characters are word letters,
//! spaces, invisible junk, NFC-inert symbols, or "hard" characters that need
//! the full Unicode NFC algorithm.
//!
//! Why "inert": the scanner only hands text to `icu_normalizer` when it meets
//! a character that could change under NFC or make its neighbour change (a
//! combining mark, a Hangul jamo, a singleton such as U+212B ANGSTROM SIGN).
//! Every range listed as inert below has NFC_Quick_Check = Yes, canonical
//! combining class 0 and never composes with a preceding character, so text
//! made only of them and ASCII is NFC as it stands. Anything not listed is
//! conservatively "hard".

/// The class of a non-ASCII character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A Latin letter: may be part of a Vietnamese word.
    Letter,
    /// U+0300..=U+036F, a combining mark that belongs to the letter before.
    Mark,
    /// A space other than ASCII: NBSP, the U+2000 spaces, ideographic space.
    Space,
    /// Zero-width space, word joiner, BOM, soft hyphen.
    Invisible,
    /// Needs nothing: NFC as it stands, whatever its neighbours.
    Inert,
    /// Needs the full NFC algorithm.
    Hard,
}

/// Classifies a non-ASCII character.
#[inline]
pub(crate) fn classify(c: char) -> Class {
    match c as u32 {
        0xA0 => Class::Space,
        0xAD => Class::Invisible,
        0x80..=0xBF | 0xD7 | 0xF7 => Class::Inert,
        0xC0..=0x2AF => Class::Letter,
        0x2B0..=0x2FF => Class::Inert,
        0x300..=0x36F => Class::Mark,
        0x1E00..=0x1EFF => Class::Letter,
        0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Class::Space,
        0x200B | 0x2060 | 0xFEFF => Class::Invisible,
        // General punctuation (dashes, quotes, …, ‰, bidi controls),
        // currency signs, letterlike symbols minus the three singletons
        // Ω K Å, arrows and mathematical operators, box drawing to dingbats,
        // enclosed alphanumerics, CJK punctuation before the combining tone
        // marks, CJK ideographs, Hangul syllables, private use, variation
        // selectors, fullwidth forms, emoji.
        0x200C..=0x205E
        | 0x2061..=0x206F
        | 0x20A0..=0x20C0
        | 0x2100..=0x2125
        | 0x2127..=0x2129
        | 0x212C..=0x214F
        | 0x2190..=0x22FF
        | 0x2460..=0x24FF
        | 0x2500..=0x27BF
        | 0x3001..=0x3029
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7A3
        | 0xE000..=0xF8FF
        | 0xFE00..=0xFE0F
        | 0xFF01..=0xFFEF
        | 0x1F000..=0x1FAFF => Class::Inert,
        _ => Class::Hard,
    }
}

/// ASCII whitespace that the space tidier handles.
#[inline]
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// Any space character, ASCII or not: where chunks (space-separated
/// stretches such as a URL or a word with its punctuation) end.
#[inline]
pub(crate) fn is_space_char(c: char) -> bool {
    if c.is_ascii() {
        is_ascii_space(c as u8)
    } else {
        classify(c) == Class::Space
    }
}

/// Punctuation that must not be preceded by a space.
#[inline]
pub(crate) fn is_tight_punct(b: u8) -> bool {
    matches!(b, b',' | b'.' | b';' | b':' | b'!' | b'?')
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::canonical_combining_class;

    /// The inert ranges really are inert: each character is NFC on its own,
    /// has combining class 0, and does not compose with a letter before it.
    #[test]
    fn inert_characters_are_nfc_stable() {
        for cp in 0x80u32..0x20000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if !matches!(classify(c), Class::Inert | Class::Letter | Class::Space | Class::Invisible)
                // The scanner sends these two spaces to NFC when it keeps spaces.
                || matches!(c, '\u{2000}' | '\u{2001}')
            {
                continue;
            }
            let s = c.to_string();
            assert_eq!(s.nfc().collect::<String>(), s, "U+{cp:04X} not NFC");
            assert_eq!(canonical_combining_class(c), 0, "U+{cp:04X} combines");
            for before in ['a', 'ê', 'ᄀ', '가'] {
                let pair = format!("{before}{c}");
                assert_eq!(
                    pair.nfc().collect::<String>(),
                    pair,
                    "U+{cp:04X} after {before}"
                );
            }
        }
    }
}
