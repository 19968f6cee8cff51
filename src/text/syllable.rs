//! The Vietnamese syllable: onset, vowel cluster, coda and tone.
//!
//! Every Vietnamese word is written as one syllable (`người`, `Việt`,
//! `khuyếch`), and the spelling of a syllable is a closed system: a small set
//! of onsets, a closed list of vowel clusters, eight codas, six tones. This
//! module parses a word into those parts, so callers can tell whether a word
//! is a Vietnamese syllable at all (`Knapper`, `Luís` and `iPhone` are not)
//! and where its tone mark belongs.
//!
//! ```
//! use vietnorm::text::syllable::{self, Tone};
//!
//! let s = syllable::parse("Người").unwrap();
//! assert_eq!((s.onset(), s.vowels(), s.coda(), s.tone()), ("ng", "ươi", "", Tone::Huyen));
//! assert!(syllable::is_syllable("quyết"));
//! assert!(!syllable::is_syllable("Raúl"));
//! ```
//!
//! The rule statement (which onsets, clusters and codas; where the tone
//! goes) is in `DESIGN.md`, section *Orthography*.

use std::fmt;

use super::ToneStyle;
use super::letters::{self, Base, Letter, Mark, Vowel};

/// One of the six Vietnamese tones, named as in Vietnamese.
///
/// The discriminants are the column order of the letter tables:
/// ngang, huyền, sắc, hỏi, ngã, nặng.
///
/// ```
/// use vietnorm::text::syllable::{parse, Tone};
/// assert_eq!(parse("mả").unwrap().tone(), Tone::Hoi);
/// assert_eq!(parse("ma").unwrap().tone(), Tone::Ngang);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Tone {
    /// Level tone: no mark (`ma`).
    #[default]
    Ngang = 0,
    /// Grave accent, U+0300 (`mà`).
    Huyen = 1,
    /// Acute accent, U+0301 (`má`).
    Sac = 2,
    /// Hook above, U+0309 (`mả`).
    Hoi = 3,
    /// Tilde, U+0303 (`mã`).
    Nga = 4,
    /// Dot below, U+0323 (`mạ`).
    Nang = 5,
}

/// A parsed Vietnamese syllable.
///
/// The parts are lowercase and without the tone mark; `vowels` keeps the
/// hats, horns and breves (`ươ`, `uyê`). The onsets `qu` and `gi` count as
/// one consonant when a vowel follows (`quý` = `qu` + `y`, `giữa` = `gi` +
/// `ưa`), as in every Vietnamese spelling rule.
///
/// ```
/// use vietnorm::text::syllable::{parse, Tone};
/// let s = parse("QUYẾT").unwrap();
/// assert_eq!(s.onset(), "qu");
/// assert_eq!(s.vowels(), "yê");
/// assert_eq!(s.coda(), "t");
/// assert_eq!(s.tone(), Tone::Sac);
/// assert_eq!(s.to_string(), "quyết");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Syllable {
    onset: &'static str,
    vowels: &'static str,
    coda: &'static str,
    tone: Tone,
}

impl Syllable {
    /// The initial consonant (`""` when the syllable starts with a vowel).
    ///
    /// ```
    /// assert_eq!(vietnorm::text::syllable::parse("nghiêng").unwrap().onset(), "ngh");
    /// assert_eq!(vietnorm::text::syllable::parse("ủy").unwrap().onset(), "");
    /// ```
    pub fn onset(&self) -> &'static str {
        self.onset
    }

    /// The vowel cluster, without tone (`"oa"`, `"ươi"`, `"uyê"`).
    ///
    /// ```
    /// assert_eq!(vietnorm::text::syllable::parse("khuỷu").unwrap().vowels(), "uyu");
    /// ```
    pub fn vowels(&self) -> &'static str {
        self.vowels
    }

    /// The final consonant (`""` for an open syllable).
    ///
    /// ```
    /// assert_eq!(vietnorm::text::syllable::parse("khuếch").unwrap().coda(), "ch");
    /// ```
    pub fn coda(&self) -> &'static str {
        self.coda
    }

    /// The tone.
    ///
    /// ```
    /// use vietnorm::text::syllable::{parse, Tone};
    /// assert_eq!(parse("Việt").unwrap().tone(), Tone::Nang);
    /// ```
    pub fn tone(&self) -> Tone {
        self.tone
    }

    /// Which letter of [`vowels`](Self::vowels) carries the tone mark in
    /// `style`, counted in characters from 0. [`ToneStyle::Keep`] answers as
    /// the default style does.
    ///
    /// ```
    /// use vietnorm::text::{ToneStyle, syllable::parse};
    /// let s = parse("hoà").unwrap();
    /// assert_eq!(s.tone_index(ToneStyle::Old), 0); // hòa
    /// assert_eq!(s.tone_index(ToneStyle::New), 1); // hoà
    /// ```
    pub fn tone_index(&self, style: ToneStyle) -> usize {
        let v: Vec<char> = self.vowels.chars().collect();
        let mut vowels = [Vowel::A; MAX_LETTERS];
        for (slot, c) in vowels.iter_mut().zip(v.iter()) {
            if let Some(l) = letters::decode(*c) {
                if let Base::Vowel(x) = l.base {
                    *slot = x;
                }
            }
        }
        let cluster = vowels.get(..v.len()).unwrap_or(&[]);
        placement(cluster, !self.coda.is_empty(), style)
    }

    /// The syllable written in `style`, lowercase, NFC.
    ///
    /// ```
    /// use vietnorm::text::{ToneStyle, syllable::parse};
    /// assert_eq!(parse("thủy").unwrap().spell(ToneStyle::New), "thuỷ");
    /// assert_eq!(parse("thuỷ").unwrap().spell(ToneStyle::Old), "thủy");
    /// ```
    pub fn spell(&self, style: ToneStyle) -> String {
        let index = self.tone_index(style);
        let mut out = String::with_capacity(16);
        out.push_str(self.onset);
        for (i, c) in self.vowels.chars().enumerate() {
            let tone = if i == index { self.tone } else { Tone::Ngang };
            match letters::decode(c) {
                Some(l) => out.push(letters::encode(l, tone)),
                None => out.push(c),
            }
        }
        out.push_str(self.coda);
        out
    }
}

/// Writes the syllable lowercase in the default (old) tone style.
impl fmt::Display for Syllable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.spell(ToneStyle::Old))
    }
}

/// Why a word is not a Vietnamese syllable, and where.
///
/// ```
/// let err = vietnorm::text::syllable::parse("Knapper").unwrap_err();
/// assert_eq!(err.to_string(), "not a Vietnamese syllable: no such onset at byte 0");
/// assert_eq!(err.offset(), 0);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseSyllableError {
    kind: SyllableErrorKind,
    offset: usize,
}

impl ParseSyllableError {
    /// What was wrong.
    ///
    /// ```
    /// use vietnorm::text::syllable::{parse, SyllableErrorKind};
    /// assert_eq!(parse("dáì").unwrap_err().kind(), SyllableErrorKind::ToneConflict);
    /// ```
    pub fn kind(&self) -> SyllableErrorKind {
        self.kind
    }

    /// Byte offset in the input where the problem starts.
    ///
    /// ```
    /// assert_eq!(vietnorm::text::syllable::parse("bàs").unwrap_err().offset(), 3);
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }
}

impl fmt::Display for ParseSyllableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            SyllableErrorKind::Empty => "empty input",
            SyllableErrorKind::NotALetter => "not a Vietnamese letter",
            SyllableErrorKind::StrayMark => "combining mark that fits no letter",
            SyllableErrorKind::TooLong => "more letters than any syllable has",
            SyllableErrorKind::Onset => "no such onset",
            SyllableErrorKind::Vowels => "no such vowel cluster",
            SyllableErrorKind::Coda => "no such coda",
            SyllableErrorKind::ToneConflict => "two different tone marks",
            SyllableErrorKind::ToneOnStop => "tone impossible before p, t, c, ch",
        };
        write!(
            f,
            "not a Vietnamese syllable: {what} at byte {}",
            self.offset
        )
    }
}

impl std::error::Error for ParseSyllableError {}

/// The kinds of [`ParseSyllableError`].
///
/// ```
/// use vietnorm::text::syllable::{parse, SyllableErrorKind};
/// assert_eq!(parse("Peña").unwrap_err().kind(), SyllableErrorKind::NotALetter);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SyllableErrorKind {
    /// The input is empty.
    Empty,
    /// A character that is not a Vietnamese letter (`ñ`, `'`, a digit).
    NotALetter,
    /// A combining mark on a letter that cannot take it (a breve on `e`, a
    /// tone on a consonant, a second hat).
    StrayMark,
    /// More than seven letters.
    TooLong,
    /// The letters before the vowels are not an onset (`kr`, `str`).
    Onset,
    /// The vowels are not a Vietnamese cluster, or do not fit the coda.
    Vowels,
    /// The letters after the vowels are not a coda (`s`, `l`).
    Coda,
    /// Two different tone marks.
    ToneConflict,
    /// A stop coda (p, t, c, ch, k) with a tone other than sắc or nặng.
    ToneOnStop,
}

/// Parses `word` as one Vietnamese syllable.
///
/// Any case and any Unicode form is accepted: precomposed letters, base
/// letters with combining marks in any order (`e` + U+0301 + U+0302 is
/// `ế`). The tone mark may sit on any vowel of the syllable (`hóan` is the
/// syllable `hoán` with its mark misplaced); the same tone written twice
/// counts once. Missing horns are *not* repaired here (`nguời` is an error);
/// [`normalize`](super::normalize) repairs them.
///
/// ```
/// use vietnorm::text::syllable::{parse, Tone};
/// let s = parse("Vie\u{323}\u{302}t").unwrap();
/// assert_eq!(s.to_string(), "việt");
/// assert_eq!(parse("hóan").unwrap().to_string(), "hoán");
/// assert!(parse("Thistlethwaite").is_err());
/// ```
pub fn parse(word: &str) -> Result<Syllable, ParseSyllableError> {
    let mut buf = WordBuf::new();
    for (offset, c) in word.char_indices() {
        if letters::combining_mark(c).is_some() || is_combining(c) {
            buf.push_mark(c, offset);
        } else {
            buf.push_letter(c, offset);
        }
        if let Some((kind, offset)) = buf.error {
            return Err(ParseSyllableError { kind, offset });
        }
    }
    if buf.len == 0 {
        return Err(ParseSyllableError {
            kind: SyllableErrorKind::Empty,
            offset: 0,
        });
    }
    let mut letters = buf.letters;
    let n = usize::from(buf.len);
    let slice = letters.get_mut(..n).unwrap_or(&mut []);
    match analyze(slice, false) {
        Ok(shape) => Ok(Syllable {
            onset: shape.onset,
            vowels: shape.vowels,
            coda: shape.coda,
            tone: shape.tone,
        }),
        Err((kind, index)) => Err(ParseSyllableError {
            kind,
            offset: buf.offsets.get(index).map_or(word.len(), |&o| o as usize),
        }),
    }
}

/// True when `word` is one Vietnamese syllable (see [`parse`]).
///
/// ```
/// use vietnorm::text::syllable::is_syllable;
/// assert!(is_syllable("giường"));
/// assert!(is_syllable("Đắk"));
/// assert!(!is_syllable("Huawei"));
/// assert!(!is_syllable("Krông"));
/// ```
pub fn is_syllable(word: &str) -> bool {
    parse(word).is_ok()
}

/// True for the combining diacritical marks block, U+0300..=U+036F.
pub(crate) fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// The longest syllable has seven letters (`nghiêng`, `khuyếch`).
pub(crate) const MAX_LETTERS: usize = 8;
const MAX_SYLLABLE: usize = 7;

/// The letters of one word, built character by character, with what the
/// normalizer needs to know about how they were written.
pub(crate) struct WordBuf {
    pub(crate) letters: [Letter; MAX_LETTERS],
    pub(crate) offsets: [u32; MAX_LETTERS],
    pub(crate) len: u8,
    /// Combining marks were seen: the word is not in NFC (or not in the
    /// canonical mark order).
    pub(crate) marks: bool,
    /// A look-alike of đ was seen.
    pub(crate) confusable: bool,
    /// Marks that NFC alone would not fix: the same tone twice on a letter,
    /// or a hat/breve after a tone mark (`é` + U+0302, which NFC leaves
    /// uncomposed because both marks have combining class 230).
    pub(crate) beyond_nfc: bool,
    /// The first reason the word cannot be a syllable.
    pub(crate) error: Option<(SyllableErrorKind, usize)>,
}

const BLANK: Letter = Letter {
    base: Base::Consonant('b'),
    tone: Tone::Ngang,
    upper: false,
    confusable: false,
};

impl WordBuf {
    pub(crate) fn new() -> Self {
        WordBuf {
            letters: [BLANK; MAX_LETTERS],
            offsets: [0; MAX_LETTERS],
            len: 0,
            marks: false,
            confusable: false,
            beyond_nfc: false,
            error: None,
        }
    }

    fn fail(&mut self, kind: SyllableErrorKind, offset: usize) {
        if self.error.is_none() {
            self.error = Some((kind, offset));
        }
    }

    /// Adds a letter, or records why `c` cannot be part of a syllable.
    #[inline]
    pub(crate) fn push_letter(&mut self, c: char, offset: usize) {
        let Some(letter) = letters::decode(c) else {
            self.fail(SyllableErrorKind::NotALetter, offset);
            return;
        };
        self.push_decoded(letter, offset);
    }

    #[inline]
    pub(crate) fn push_decoded(&mut self, letter: Letter, offset: usize) {
        self.confusable |= letter.confusable;
        let n = usize::from(self.len);
        match (self.letters.get_mut(n), self.offsets.get_mut(n)) {
            (Some(slot), Some(off)) if n < MAX_SYLLABLE => {
                *slot = letter;
                *off = u32::try_from(offset).unwrap_or(u32::MAX);
                self.len += 1;
            }
            _ => self.fail(SyllableErrorKind::TooLong, offset),
        }
    }

    /// Applies a combining mark to the previous letter.
    pub(crate) fn push_mark(&mut self, c: char, offset: usize) {
        self.marks = true;
        let n = usize::from(self.len);
        let last = n.checked_sub(1).and_then(|i| self.letters.get_mut(i));
        let (Some(mark), Some(letter)) = (letters::combining_mark(c), last) else {
            self.fail(SyllableErrorKind::StrayMark, offset);
            return;
        };
        let Base::Vowel(vowel) = letter.base else {
            self.fail(SyllableErrorKind::StrayMark, offset);
            return;
        };
        match mark {
            Mark::Tone(tone) => {
                if letter.tone == Tone::Ngang {
                    letter.tone = tone;
                } else if letter.tone == tone {
                    self.beyond_nfc = true;
                } else {
                    self.fail(SyllableErrorKind::ToneConflict, offset);
                }
            }
            Mark::Modifier(m) => match vowel.with_modifier(m) {
                Some(v) => {
                    letter.base = Base::Vowel(v);
                    if m != letters::Modifier::Horn
                        && !matches!(letter.tone, Tone::Ngang | Tone::Nang)
                    {
                        self.beyond_nfc = true;
                    }
                }
                None => self.fail(SyllableErrorKind::StrayMark, offset),
            },
        }
    }
}

/// Whether a vowel cluster takes a coda.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CodaRule {
    Needs,
    Forbids,
    Either,
}

/// The closed list of vowel clusters (TONE_RULES.md, rule 2), with their
/// coda rule. Single vowels and `oa oe uy uê` take a coda or not.
fn cluster(v: &[char]) -> Option<(&'static str, CodaRule)> {
    use CodaRule::*;
    Some(match v {
        ['a'] => ("a", Either),
        ['ă'] => ("ă", Either),
        ['â'] => ("â", Either),
        ['e'] => ("e", Either),
        ['ê'] => ("ê", Either),
        ['i'] => ("i", Either),
        ['o'] => ("o", Either),
        ['ô'] => ("ô", Either),
        ['ơ'] => ("ơ", Either),
        ['u'] => ("u", Either),
        ['ư'] => ("ư", Either),
        ['y'] => ("y", Either),
        ['o', 'a'] => ("oa", Either),
        ['o', 'e'] => ("oe", Either),
        ['u', 'y'] => ("uy", Either),
        ['u', 'ê'] => ("uê", Either),
        ['i', 'ê'] => ("iê", Needs),
        ['y', 'ê'] => ("yê", Needs),
        ['u', 'ô'] => ("uô", Needs),
        ['ư', 'ơ'] => ("ươ", Needs),
        ['o', 'ă'] => ("oă", Needs),
        ['u', 'â'] => ("uâ", Needs),
        ['o', 'o'] => ("oo", Needs),
        ['u', 'y', 'ê'] => ("uyê", Needs),
        ['a', 'i'] => ("ai", Forbids),
        ['a', 'o'] => ("ao", Forbids),
        ['a', 'u'] => ("au", Forbids),
        ['a', 'y'] => ("ay", Forbids),
        ['â', 'u'] => ("âu", Forbids),
        ['â', 'y'] => ("ây", Forbids),
        ['e', 'o'] => ("eo", Forbids),
        ['ê', 'u'] => ("êu", Forbids),
        ['i', 'a'] => ("ia", Forbids),
        ['i', 'u'] => ("iu", Forbids),
        ['o', 'i'] => ("oi", Forbids),
        ['ô', 'i'] => ("ôi", Forbids),
        ['ơ', 'i'] => ("ơi", Forbids),
        ['u', 'a'] => ("ua", Forbids),
        ['u', 'i'] => ("ui", Forbids),
        ['ư', 'a'] => ("ưa", Forbids),
        ['ư', 'i'] => ("ưi", Forbids),
        ['ư', 'u'] => ("ưu", Forbids),
        ['u', 'ơ'] => ("uơ", Forbids),
        ['o', 'a', 'i'] => ("oai", Forbids),
        ['o', 'a', 'y'] => ("oay", Forbids),
        ['o', 'a', 'o'] => ("oao", Forbids),
        ['o', 'e', 'o'] => ("oeo", Forbids),
        ['u', 'â', 'y'] => ("uây", Forbids),
        ['u', 'ô', 'i'] => ("uôi", Forbids),
        ['ư', 'ơ', 'i'] => ("ươi", Forbids),
        ['ư', 'ơ', 'u'] => ("ươu", Forbids),
        ['i', 'ê', 'u'] => ("iêu", Forbids),
        ['y', 'ê', 'u'] => ("yêu", Forbids),
        ['u', 'y', 'u'] => ("uyu", Forbids),
        ['u', 'y', 'a'] => ("uya", Forbids),
        _ => return None,
    })
}

/// The codas. `k` is not in the standard list but is how ethnic place names
/// are written (`Đắk Lắk`, `Búk`), so it is accepted as a stop.
fn coda(c: &[char]) -> Option<(&'static str, bool)> {
    Some(match c {
        [] => ("", false),
        ['m'] => ("m", false),
        ['n'] => ("n", false),
        ['n', 'g'] => ("ng", false),
        ['n', 'h'] => ("nh", false),
        ['c'] => ("c", true),
        ['c', 'h'] => ("ch", true),
        ['p'] => ("p", true),
        ['t'] => ("t", true),
        ['k'] => ("k", true),
        _ => return None,
    })
}

/// The onsets, longest first where one is a prefix of another.
fn onset(c: &[char]) -> Option<&'static str> {
    Some(match c {
        ['n', 'g', 'h', ..] => "ngh",
        ['n', 'g', ..] => "ng",
        ['n', 'h', ..] => "nh",
        ['c', 'h', ..] => "ch",
        ['g', 'h', ..] => "gh",
        ['k', 'h', ..] => "kh",
        ['p', 'h', ..] => "ph",
        ['t', 'h', ..] => "th",
        ['t', 'r', ..] => "tr",
        ['b', ..] => "b",
        ['c', ..] => "c",
        ['d', ..] => "d",
        ['đ', ..] => "đ",
        ['g', ..] => "g",
        ['h', ..] => "h",
        ['k', ..] => "k",
        ['l', ..] => "l",
        ['m', ..] => "m",
        ['n', ..] => "n",
        ['p', ..] => "p",
        ['r', ..] => "r",
        ['s', ..] => "s",
        ['t', ..] => "t",
        ['v', ..] => "v",
        ['x', ..] => "x",
        _ => return None,
    })
}

/// Onsets after which open `oa`, `oe`, `uy` are attested Vietnamese
/// (hòa, khỏe, thủy, ngụy, xòe, tùy …). Only for these is the old/new style
/// conversion applied: a foreign name such as `Noé` parses as n + oe but is
/// not a Vietnamese word, and must come out unchanged.
fn style_onset(onset: &str) -> bool {
    matches!(
        onset,
        "" | "ch"
            | "d"
            | "đ"
            | "g"
            | "h"
            | "kh"
            | "l"
            | "ng"
            | "nh"
            | "s"
            | "t"
            | "th"
            | "tr"
            | "x"
    )
}

/// Index in `cluster` of the vowel that carries the tone (rules a–f of
/// TONE_RULES.md). Keep answers as Old.
fn placement(cluster: &[Vowel], has_coda: bool, style: ToneStyle) -> usize {
    let n = cluster.len();
    if n <= 1 {
        return 0;
    }
    if let Some(i) = cluster.iter().rposition(|v| v.has_modifier()) {
        return i;
    }
    if has_coda {
        return n - 1;
    }
    if n == 3 {
        return 1;
    }
    if is_style_pair(cluster) && style == ToneStyle::New {
        return 1;
    }
    0
}

/// Open `oa`, `oe`, `uy`: the only clusters whose tone position depends on
/// the style (rule e).
fn is_style_pair(cluster: &[Vowel]) -> bool {
    matches!(
        cluster,
        [Vowel::O, Vowel::A] | [Vowel::O, Vowel::E] | [Vowel::U, Vowel::Y]
    )
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// A parsed word, as the normalizer needs it.
pub(crate) struct Shape {
    pub(crate) onset: &'static str,
    pub(crate) vowels: &'static str,
    pub(crate) coda: &'static str,
    pub(crate) tone: Tone,
    /// How many letters carry a tone mark (more than one: a repair).
    pub(crate) tone_marks: u8,
    /// Index (in letters) of the first letter with a tone mark.
    pub(crate) tone_at: Option<usize>,
    /// The letters with a tone mark, a bit each (bit i: letter i).
    pub(crate) tone_mask: u8,
    /// Index of the letter that carries the tone in the old style.
    pub(crate) old_at: usize,
    /// Index of the letter that carries the tone in the new style.
    pub(crate) new_at: usize,
    /// The tone may stay on either of two letters (open oa/oe/uy after an
    /// onset not known for them): keep it where the writer put it.
    pub(crate) free_pair: Option<(usize, usize)>,
    /// A horn was added or removed.
    pub(crate) repaired: bool,
}

impl Shape {
    /// Index of the letter that carries the tone in `style`.
    ///
    /// In a free pair the tone stays where the writer put it; written
    /// elsewhere too (on the `u` of `qu`, or on several letters: `qúóá`),
    /// it goes to the first letter of the pair that has it, else to the
    /// first letter of the pair, in every style, so that normalizing the
    /// output in another style keeps it there.
    pub(crate) fn target(&self, style: ToneStyle) -> usize {
        if let (Some((a, b)), Some(_)) = (self.free_pair, self.tone_at) {
            let marked = |i: usize| i < 8 && self.tone_mask >> i & 1 == 1;
            return if marked(a) || !marked(b) { a } else { b };
        }
        match style {
            ToneStyle::New => self.new_at,
            ToneStyle::Keep => match self.tone_at {
                Some(at) if at == self.old_at || at == self.new_at => at,
                _ => self.old_at,
            },
            _ => self.old_at,
        }
    }
}

/// Parses decoded letters. With `repair`, fixes missing or extra horns in
/// place (`nguời` → `người`, `thưở` → `thuở`). Errors give the kind and the
/// index of the letter where the problem starts.
pub(crate) fn analyze(
    letters: &mut [Letter],
    repair: bool,
) -> Result<Shape, (SyllableErrorKind, usize)> {
    let n = letters.len();
    if n == 0 {
        return Err((SyllableErrorKind::Empty, 0));
    }
    let mut plain = ['\0'; MAX_LETTERS];
    for (p, l) in plain.iter_mut().zip(letters.iter()) {
        *p = l.plain();
    }
    let plain = plain.get(..n).unwrap_or(&[]);

    // One tone for the whole syllable, wherever it was written.
    let mut tone = Tone::Ngang;
    let mut tone_marks = 0u8;
    let mut tone_at = None;
    let mut tone_mask = 0u8;
    for (i, l) in letters.iter().enumerate() {
        if l.tone != Tone::Ngang {
            if tone != Tone::Ngang && tone != l.tone {
                return Err((SyllableErrorKind::ToneConflict, i));
            }
            tone = l.tone;
            tone_marks += 1;
            tone_at.get_or_insert(i);
            tone_mask |= 1u8.checked_shl(u32::try_from(i).unwrap_or(8)).unwrap_or(0);
        }
    }

    // Onset: `qu` and `gi` when a vowel follows, else the longest consonant.
    let next_is_vowel = plain.get(2).is_some_and(|&c| is_vowel(c));
    let (onset_str, onset_len) = match plain {
        ['q', 'u', ..] if next_is_vowel => ("qu", 2),
        ['g', 'i', ..] if next_is_vowel => ("gi", 2),
        [first, ..] if is_vowel(*first) => ("", 0),
        _ => match onset(plain) {
            Some(o) => (o, o.chars().count()),
            None => return Err((SyllableErrorKind::Onset, 0)),
        },
    };
    let rest = plain.get(onset_len..).unwrap_or(&[]);
    let vowel_len = rest.iter().take_while(|&&c| is_vowel(c)).count();
    if vowel_len == 0 {
        // `Knapper`, `Krông`: a consonant the onsets do not allow.
        let kind = if rest.is_empty() {
            SyllableErrorKind::Vowels
        } else {
            SyllableErrorKind::Onset
        };
        return Err((kind, 0));
    }
    let coda_start = onset_len + vowel_len;
    let Some((coda_str, stop)) = coda(plain.get(coda_start..).unwrap_or(&[])) else {
        return Err((SyllableErrorKind::Coda, coda_start));
    };

    let mut vowels = [Vowel::A; MAX_LETTERS];
    for (slot, l) in vowels
        .iter_mut()
        .zip(letters.get(onset_len..coda_start).unwrap_or(&[]))
    {
        if let Some(v) = l.vowel() {
            *slot = v;
        }
    }
    let cluster_vowels = vowels.get_mut(..vowel_len).unwrap_or(&mut []);
    let has_coda = !coda_str.is_empty();
    let repaired = repair && repair_horns(cluster_vowels, has_coda, onset_str);

    let mut chars = ['\0'; MAX_LETTERS];
    for (c, v) in chars.iter_mut().zip(cluster_vowels.iter()) {
        *c = v.char();
    }
    let Some((cluster_str, rule)) = cluster(chars.get(..vowel_len).unwrap_or(&[])) else {
        return Err((SyllableErrorKind::Vowels, onset_len));
    };
    match (rule, has_coda) {
        (CodaRule::Needs, false) => return Err((SyllableErrorKind::Vowels, onset_len)),
        (CodaRule::Forbids, true) => return Err((SyllableErrorKind::Coda, coda_start)),
        _ => {}
    }
    if stop && !matches!(tone, Tone::Sac | Tone::Nang) {
        return Err((SyllableErrorKind::ToneOnStop, coda_start));
    }

    if repaired {
        for (l, v) in letters
            .get_mut(onset_len..coda_start)
            .unwrap_or(&mut [])
            .iter_mut()
            .zip(cluster_vowels.iter())
        {
            l.base = Base::Vowel(*v);
        }
    }

    let old_at = onset_len + placement(cluster_vowels, has_coda, ToneStyle::Old);
    let new_at = onset_len + placement(cluster_vowels, has_coda, ToneStyle::New);
    let free_pair = (!has_coda && is_style_pair(cluster_vowels) && !style_onset(onset_str))
        .then_some((onset_len, onset_len + 1));
    Ok(Shape {
        onset: onset_str,
        vowels: cluster_str,
        coda: coda_str,
        tone,
        tone_marks,
        tone_at,
        tone_mask,
        old_at,
        new_at,
        free_pair,
        repaired,
    })
}

/// Horn repairs (TONE_RULES.md, normalization policy): `ưo` or `uơ` before
/// a coda or a final i/u is `ươ` (ngưòi, nguời, trưòng, huơu); an open `ươ`
/// is `uơ` (thưở → thuở). Returns whether anything changed.
///
/// The open `uơ` exists only in `thuở`, `huơ`, `khuơ`, so an open `ươ` is
/// respelled only after those onsets: elsewhere it is more likely a
/// truncated word (`ngườ` for `người`) that is better left alone than
/// turned into another non-word.
fn repair_horns(cluster: &mut [Vowel], has_coda: bool, onset: &str) -> bool {
    let n = cluster.len();
    let mut changed = false;
    for i in 0..n.saturating_sub(1) {
        let (Some(&a), Some(&b)) = (cluster.get(i), cluster.get(i + 1)) else {
            break;
        };
        let followed = has_coda
            || cluster
                .get(i + 2)
                .is_some_and(|&v| v == Vowel::I || v == Vowel::U);
        let at_end = i + 2 == n && !has_coda;
        let new_pair = match (a, b) {
            (Vowel::U_HORN, Vowel::O) | (Vowel::U, Vowel::O_HORN) if followed => {
                Some((Vowel::U_HORN, Vowel::O_HORN))
            }
            (Vowel::U_HORN, Vowel::O_HORN) if at_end && matches!(onset, "th" | "h" | "kh") => {
                Some((Vowel::U, Vowel::O_HORN))
            }
            _ => None,
        };
        if let Some((x, y)) = new_pair {
            if let Some(sa) = cluster.get_mut(i) {
                *sa = x;
            }
            if let Some(sb) = cluster.get_mut(i + 1) {
                *sb = y;
            }
            changed = true;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(word: &str) -> Shape {
        let mut buf = WordBuf::new();
        for (o, c) in word.char_indices() {
            if is_combining(c) {
                buf.push_mark(c, o);
            } else {
                buf.push_letter(c, o);
            }
        }
        assert!(buf.error.is_none(), "{word}");
        let n = usize::from(buf.len);
        analyze(&mut buf.letters[..n], true).unwrap()
    }

    #[test]
    fn parts() {
        let s = parse("giường").unwrap();
        assert_eq!((s.onset(), s.vowels(), s.coda()), ("gi", "ươ", "ng"));
        let s = parse("gìn").unwrap();
        assert_eq!((s.onset(), s.vowels(), s.coda()), ("g", "i", "n"));
        let s = parse("quốc").unwrap();
        assert_eq!((s.onset(), s.vowels(), s.coda()), ("qu", "ô", "c"));
        let s = parse("ủy").unwrap();
        assert_eq!((s.onset(), s.vowels(), s.coda()), ("", "uy", ""));
    }

    #[test]
    fn placement_rules() {
        for (word, old, new) in [
            ("hoa", 1, 2),
            ("hoan", 2, 2),
            ("người", 3, 3),
            ("ngoai", 3, 3),
            ("mua", 1, 1),
            ("thuơ", 3, 3),
            ("uy", 0, 1),
        ] {
            let s = shape(word);
            assert_eq!((s.old_at, s.new_at), (old, new), "{word}");
        }
    }

    #[test]
    fn horn_repair() {
        assert!(shape("nguời").repaired);
        assert!(shape("thưở").repaired);
        assert!(!shape("thuở").repaired);
        assert_eq!(shape("thưở").vowels, "uơ");
    }

    #[test]
    fn rejects() {
        for w in [
            "", "Knapper", "Luís", "Raúl", "hat", "chuyen", "qu", "xyz", "tìến",
        ] {
            assert!(parse(w).is_err(), "{w}");
        }
        assert!(parse("nguời").is_err());
    }
}
