//! The Vietnamese alphabet as data: every vowel letter with its six tones, in
//! both cases, and the lookups between a precomposed character and its parts
//! (base letter, tone, case).
//!
//! Why a table and not Unicode decomposition: the normalizer decodes every
//! non-ASCII letter of Vietnamese text on its hot path, and one array lookup
//! per letter is much cheaper than a canonical decomposition. The lookup
//! arrays are built at compile time from the rows below, so the rows are the
//! single source of truth a reviewer reads.

use super::syllable::Tone;

/// The twelve vowel letters, each row in tone order: level (ngang), huyền,
/// sắc, hỏi, ngã, nặng — the order of [`Tone`].
const LOWER: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// The same rows in capitals.
const UPPER: [[char; 6]; 12] = [
    ['A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'],
    ['Ă', 'Ằ', 'Ắ', 'Ẳ', 'Ẵ', 'Ặ'],
    ['Â', 'Ầ', 'Ấ', 'Ẩ', 'Ẫ', 'Ậ'],
    ['E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
    ['Ê', 'Ề', 'Ế', 'Ể', 'Ễ', 'Ệ'],
    ['I', 'Ì', 'Í', 'Ỉ', 'Ĩ', 'Ị'],
    ['O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
    ['Ô', 'Ồ', 'Ố', 'Ổ', 'Ỗ', 'Ộ'],
    ['Ơ', 'Ờ', 'Ớ', 'Ở', 'Ỡ', 'Ợ'],
    ['U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
    ['Ư', 'Ừ', 'Ứ', 'Ử', 'Ữ', 'Ự'],
    ['Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
];

/// A vowel letter without its tone: `a ă â e ê i o ô ơ u ư y`, numbered as
/// the rows of the tables above.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Vowel(u8);

impl Vowel {
    pub(crate) const A: Vowel = Vowel(0);
    pub(crate) const A_BREVE: Vowel = Vowel(1);
    pub(crate) const A_CIRCUMFLEX: Vowel = Vowel(2);
    pub(crate) const E: Vowel = Vowel(3);
    pub(crate) const E_CIRCUMFLEX: Vowel = Vowel(4);
    pub(crate) const I: Vowel = Vowel(5);
    pub(crate) const O: Vowel = Vowel(6);
    pub(crate) const O_CIRCUMFLEX: Vowel = Vowel(7);
    pub(crate) const O_HORN: Vowel = Vowel(8);
    pub(crate) const U: Vowel = Vowel(9);
    pub(crate) const U_HORN: Vowel = Vowel(10);
    pub(crate) const Y: Vowel = Vowel(11);

    /// The table row (0..=11).
    pub(crate) const fn row(self) -> u8 {
        self.0
    }

    /// The vowel of a table row (0..=11).
    pub(crate) fn from_row(row: u8) -> Option<Vowel> {
        (row < 12).then_some(Vowel(row))
    }

    /// The lowercase letter without tone.
    pub(crate) fn char(self) -> char {
        letter_char(self, Tone::Ngang, false)
    }

    /// True for the letters written with a hat, horn or breve (ă â ê ô ơ ư):
    /// they carry the tone mark whenever present (rule b of the placement).
    pub(crate) fn has_modifier(self) -> bool {
        matches!(self.0, 1 | 2 | 4 | 7 | 8 | 10)
    }

    /// The vowel for an ASCII vowel letter (lowercase).
    fn from_ascii(b: u8) -> Option<Vowel> {
        Some(match b {
            b'a' => Vowel::A,
            b'e' => Vowel::E,
            b'i' => Vowel::I,
            b'o' => Vowel::O,
            b'u' => Vowel::U,
            b'y' => Vowel::Y,
            _ => return None,
        })
    }

    /// Adds a combining hat, breve or horn; `None` when the pair is not a
    /// Vietnamese letter (e.g. a breve on `e`).
    pub(crate) fn with_modifier(self, modifier: Modifier) -> Option<Vowel> {
        Some(match (self, modifier) {
            (Vowel::A, Modifier::Breve) => Vowel::A_BREVE,
            (Vowel::A, Modifier::Circumflex) => Vowel::A_CIRCUMFLEX,
            (Vowel::E, Modifier::Circumflex) => Vowel::E_CIRCUMFLEX,
            (Vowel::O, Modifier::Circumflex) => Vowel::O_CIRCUMFLEX,
            (Vowel::O, Modifier::Horn) => Vowel::O_HORN,
            (Vowel::U, Modifier::Horn) => Vowel::U_HORN,
            _ => return None,
        })
    }
}

/// A combining mark that turns a plain vowel into another vowel letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Modifier {
    /// U+0306, ă.
    Breve,
    /// U+0302, â ê ô.
    Circumflex,
    /// U+031B, ơ ư.
    Horn,
}

/// What a combining mark in the Vietnamese repertoire does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    Tone(Tone),
    Modifier(Modifier),
}

/// The Vietnamese meaning of combining mark `c`, if it has one. U+0340 and
/// U+0341 are the deprecated tone-mark twins of U+0300 and U+0301 (NFC maps
/// them there).
pub(crate) fn combining_mark(c: char) -> Option<Mark> {
    Some(match c {
        '\u{300}' | '\u{340}' => Mark::Tone(Tone::Huyen),
        '\u{301}' | '\u{341}' => Mark::Tone(Tone::Sac),
        '\u{309}' => Mark::Tone(Tone::Hoi),
        '\u{303}' => Mark::Tone(Tone::Nga),
        '\u{323}' => Mark::Tone(Tone::Nang),
        '\u{306}' => Mark::Modifier(Modifier::Breve),
        '\u{302}' => Mark::Modifier(Modifier::Circumflex),
        '\u{31B}' => Mark::Modifier(Modifier::Horn),
        _ => return None,
    })
}

/// The base of a letter: a vowel, or a consonant (`b`…`x`, `đ`), lowercase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Base {
    Vowel(Vowel),
    /// An ASCII consonant letter (lowercase), or `đ`.
    Consonant(char),
}

/// One decoded letter: base, tone, case, and whether it was written with a
/// confusable look-alike of `đ` (ð, Ð, Ɖ, ɖ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Letter {
    pub(crate) base: Base,
    pub(crate) tone: Tone,
    pub(crate) upper: bool,
    pub(crate) confusable: bool,
}

impl Letter {
    /// The lowercase letter without tone, for matching onsets and codas.
    pub(crate) fn plain(self) -> char {
        match self.base {
            Base::Vowel(v) => v.char(),
            Base::Consonant(c) => c,
        }
    }

    pub(crate) fn vowel(self) -> Option<Vowel> {
        match self.base {
            Base::Vowel(v) => Some(v),
            Base::Consonant(_) => None,
        }
    }
}

/// The precomposed character for a vowel with a tone, in one case.
pub(crate) fn letter_char(vowel: Vowel, tone: Tone, upper: bool) -> char {
    let table = if upper { &UPPER } else { &LOWER };
    table
        .get(usize::from(vowel.0))
        .and_then(|row| row.get(tone as usize))
        .copied()
        .unwrap_or('\u{FFFD}')
}

/// Packs a table position: bits 0–3 row + 1 (0 = no entry), 4–6 tone, 7 case.
const fn pack(row: usize, tone: usize, upper: bool) -> u8 {
    (row as u8 + 1) | ((tone as u8) << 4) | if upper { 0x80 } else { 0 }
}

/// First and last code point of the two blocks holding precomposed
/// Vietnamese vowels: Latin-1 / Latin Extended-A/B, and Latin Extended
/// Additional.
const LATIN_FIRST: u32 = 0xC0;
const LATIN_LAST: u32 = 0x1B0;
const EXTENDED_FIRST: u32 = 0x1EA0;
const EXTENDED_LAST: u32 = 0x1EF9;

const fn build(first: u32, last: u32) -> [u8; 256] {
    let mut out = [0u8; 256];
    let mut row = 0;
    while row < 12 {
        let mut tone = 0;
        while tone < 6 {
            let mut case = 0;
            while case < 2 {
                let c = if case == 1 {
                    UPPER[row][tone]
                } else {
                    LOWER[row][tone]
                } as u32;
                if c >= first && c <= last {
                    out[(c - first) as usize] = pack(row, tone, case == 1);
                }
                case += 1;
            }
            tone += 1;
        }
        row += 1;
    }
    out
}

/// The packed entries for the 256 code points from `first`, for the quick
/// check's byte-indexed lookups.
pub(crate) const fn packed_table(first: u32) -> [u8; 256] {
    build(first, first + 255)
}

/// Lookup for U+00C0..=U+01B0.
static LATIN: [u8; 256] = build(LATIN_FIRST, LATIN_LAST);
/// Lookup for U+1EA0..=U+1EF9.
static EXTENDED: [u8; 256] = build(EXTENDED_FIRST, EXTENDED_LAST);

const TONES: [Tone; 6] = [
    Tone::Ngang,
    Tone::Huyen,
    Tone::Sac,
    Tone::Hoi,
    Tone::Nga,
    Tone::Nang,
];

/// Decodes one character into a Vietnamese letter, if it is one.
#[inline]
pub(crate) fn decode(c: char) -> Option<Letter> {
    let cp = c as u32;
    if cp < 0x80 {
        let b = cp as u8;
        if !b.is_ascii_alphabetic() {
            return None;
        }
        let upper = b.is_ascii_uppercase();
        let lower = b.to_ascii_lowercase();
        let base = match Vowel::from_ascii(lower) {
            Some(v) => Base::Vowel(v),
            None => Base::Consonant(char::from(lower)),
        };
        return Some(Letter {
            base,
            tone: Tone::Ngang,
            upper,
            confusable: false,
        });
    }
    let packed = if (LATIN_FIRST..=LATIN_LAST).contains(&cp) {
        LATIN.get((cp - LATIN_FIRST) as usize).copied().unwrap_or(0)
    } else if (EXTENDED_FIRST..=EXTENDED_LAST).contains(&cp) {
        EXTENDED
            .get((cp - EXTENDED_FIRST) as usize)
            .copied()
            .unwrap_or(0)
    } else {
        0
    };
    if packed != 0 {
        let row = (packed & 0x0F) - 1;
        let tone = TONES
            .get(usize::from((packed >> 4) & 0x07))
            .copied()
            .unwrap_or(Tone::Ngang);
        return Some(Letter {
            base: Base::Vowel(Vowel(row)),
            tone,
            upper: packed & 0x80 != 0,
            confusable: false,
        });
    }
    let (upper, confusable) = match c {
        'Đ' => (true, false),
        'đ' => (false, false),
        // Icelandic eth and the African D look like Đ/đ and turn up in
        // Vietnamese text typed on the wrong keyboard layout.
        'Ð' | 'Ɖ' => (true, true),
        'ð' | 'ɖ' => (false, true),
        _ => return None,
    };
    Some(Letter {
        base: Base::Consonant('đ'),
        tone: Tone::Ngang,
        upper,
        confusable,
    })
}

/// The canonical character for a letter with tone `tone` (confusables
/// become Đ/đ).
pub(crate) fn encode(letter: Letter, tone: Tone) -> char {
    match letter.base {
        Base::Vowel(v) => letter_char(v, tone, letter.upper),
        Base::Consonant('đ') => {
            if letter.upper {
                'Đ'
            } else {
                'đ'
            }
        }
        Base::Consonant(c) => {
            if letter.upper {
                c.to_ascii_uppercase()
            } else {
                c
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_letter_round_trips() {
        for (row, (lower, upper)) in LOWER.iter().zip(UPPER.iter()).enumerate() {
            for (t, (&l, &u)) in lower.iter().zip(upper.iter()).enumerate() {
                for (c, is_upper) in [(l, false), (u, true)] {
                    let letter = decode(c).unwrap();
                    assert_eq!(letter.base, Base::Vowel(Vowel(row as u8)), "{c}");
                    assert_eq!(letter.tone, TONES[t], "{c}");
                    assert_eq!(letter.upper, is_upper, "{c}");
                    assert_eq!(encode(letter, letter.tone), c);
                }
            }
        }
    }

    #[test]
    fn rows_are_nfc_and_match_their_case() {
        use unicode_normalization::UnicodeNormalization;
        for (lower, upper) in LOWER.iter().zip(UPPER.iter()) {
            for (&l, &u) in lower.iter().zip(upper.iter()) {
                assert_eq!(l.to_string().nfc().collect::<String>(), l.to_string());
                assert_eq!(l.to_uppercase().collect::<String>(), u.to_string());
            }
        }
    }

    #[test]
    fn non_letters_do_not_decode() {
        for c in ['ü', 'ñ', 'ç', '1', ' ', 'ø', 'ß', '\u{300}'] {
            assert!(decode(c).is_none(), "{c}");
        }
        assert!(decode('ð').unwrap().confusable);
        assert!(!decode('đ').unwrap().confusable);
    }
}
