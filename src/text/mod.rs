//! Orthographic normalization of Vietnamese text.
//!
//! [`normalize`] turns text as it arrives (decomposed, with tone marks in
//! two styles or on the wrong vowel, `Ð` for `Đ`, non-breaking and
//! zero-width spaces) into one consistent spelling:
//!
//! ```
//! use vietnorm::text::normalize;
//!
//! // NFD input, tone on the wrong vowel, new-style placement, a missing
//! // horn, a look-alike Đ, a zero-width space and a stray space before a comma.
//! let raw = "Vie\u{323}\u{302}t Nam , thuỷ đìên Hoà Bình\u{200B} ngưòi Ðà Nẵng";
//! assert_eq!(normalize(raw), "Việt Nam, thủy điền Hòa Bình người Đà Nẵng");
//!
//! // Clean text comes back borrowed: no allocation.
//! assert!(matches!(normalize("Hà Nội"), std::borrow::Cow::Borrowed(_)));
//! ```
//!
//! What it does, in one pass:
//!
//! 1. **NFC**, including Vietnamese letters whose marks come in a
//!    non-canonical order (`é` + U+0302 → `ế`, which plain NFC leaves alone).
//! 2. **Tone placement** in a chosen [`ToneStyle`] (old `hòa` by default, or
//!    new `hoà`, or keep), and **repairs**: a tone on the wrong vowel
//!    (`hóan` → `hoán`), a missing horn (`nguời` → `người`), the same tone
//!    twice (`dàì` → `dài`), `Ð ð Ɖ` → `Đ đ`.
//! 3. **Cleanup**, each switchable on [`Normalizer`]: invisible characters
//!    removed, spaces tidied, stray spaces before punctuation removed.
//!
//! A word is respelled only if it parses as a Vietnamese syllable
//! ([`syllable`]): foreign names (`Knapper`, `Luís`, `Chloé`, `Noé`),
//! URLs, e-mail addresses, hashtags and codes come out byte-identical
//! (if they were NFC). The rules are in `DESIGN.md`, *Orthography*.
//!
//! [`fold_ascii`] and [`slug`] remove diacritics for search keys and URLs.

use std::borrow::Cow;

mod boundary;
mod chars;
mod fold;
mod letters;
mod protect;
mod quick;
mod scan;
pub mod syllable;

pub(crate) use boundary::{ceil_boundary, floor_boundary};
pub use fold::{fold_ascii, slug};

/// Where the tone mark goes on the open clusters `oa`, `oe`, `uy` — the only
/// place the two Vietnamese conventions differ.
///
/// ```
/// use vietnorm::text::{Normalizer, ToneStyle};
/// let new = Normalizer::new().tone(ToneStyle::New);
/// assert_eq!(new.normalize("hòa thủy Ủy"), "hoà thuỷ Uỷ");
/// assert_eq!(ToneStyle::default(), ToneStyle::Old);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ToneStyle {
    /// `hòa, khỏe, thủy, Ủy`: the mark on the first vowel of open oa/oe/uy.
    /// What most news sites, laws and style guides use; the default.
    #[default]
    Old,
    /// `hoà, khoẻ, thuỷ, Uỷ`: the mark on the main vowel, as in the 2018
    /// school standard (MOET Decision 1989/QĐ-BGDĐT).
    New,
    /// Leave open oa/oe/uy as written; other misplaced marks are still
    /// repaired.
    Keep,
}

/// Normalization settings. Const-constructible, so a configured normalizer
/// can live in a `static`.
///
/// ```
/// use vietnorm::text::{Normalizer, ToneStyle};
///
/// static NEW_STYLE: Normalizer = Normalizer::new().tone(ToneStyle::New).tidy_spaces(false);
///
/// assert_eq!(NEW_STYLE.normalize("Thủy  điện"), "Thuỷ  điện");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Normalizer {
    tone: ToneStyle,
    remove_invisible: bool,
    tidy_spaces: bool,
    tidy_punctuation: bool,
    repair_confusables: bool,
    repair_horns: bool,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new()
    }
}

impl Normalizer {
    /// Everything on, old tone style: what [`normalize`] uses.
    ///
    /// ```
    /// use vietnorm::text::Normalizer;
    /// assert_eq!(Normalizer::new().normalize("hoà"), "hòa");
    /// ```
    pub const fn new() -> Self {
        Normalizer {
            tone: ToneStyle::Old,
            remove_invisible: true,
            tidy_spaces: true,
            tidy_punctuation: true,
            repair_confusables: true,
            repair_horns: true,
        }
    }

    /// The tone-mark style.
    ///
    /// ```
    /// use vietnorm::text::{Normalizer, ToneStyle};
    /// let keep = Normalizer::new().tone(ToneStyle::Keep);
    /// assert_eq!(keep.normalize("hoà hòa hóan"), "hoà hòa hoán");
    /// ```
    pub const fn tone(mut self, style: ToneStyle) -> Self {
        self.tone = style;
        self
    }

    /// Remove zero-width spaces (U+200B), word joiners (U+2060), byte-order
    /// marks (U+FEFF) and soft hyphens (U+00AD). On by default. Zero-width
    /// joiners and non-joiners are kept: emoji sequences and several scripts
    /// need them.
    ///
    /// ```
    /// use vietnorm::text::Normalizer;
    /// assert_eq!(Normalizer::new().normalize("\u{FEFF}Hà\u{200B} Nội"), "Hà Nội");
    /// let keep = Normalizer::new().remove_invisible(false);
    /// assert_eq!(keep.normalize("Hà\u{AD}Nội"), "Hà\u{AD}Nội");
    /// ```
    pub const fn remove_invisible(mut self, on: bool) -> Self {
        self.remove_invisible = on;
        self
    }

    /// Turn non-breaking and other Unicode spaces into plain spaces,
    /// collapse runs of spaces and tabs into one, drop spaces at the start
    /// and end of the text and around line breaks, and keep at most one
    /// blank line (a paragraph break). Line breaks are kept as written
    /// (`\n`, `\r\n`). On by default.
    ///
    /// ```
    /// use vietnorm::text::Normalizer;
    /// let n = Normalizer::new();
    /// assert_eq!(n.normalize("Hà\u{A0}Nội  hôm nay \n\n\n\nTin  mới"), "Hà Nội hôm nay\n\nTin mới");
    /// assert_eq!(n.tidy_spaces(false).normalize("a  b"), "a  b");
    /// ```
    pub const fn tidy_spaces(mut self, on: bool) -> Self {
        self.tidy_spaces = on;
        self
    }

    /// Remove spaces before `, . ; : ! ?` when the mark ends a clause (it
    /// is followed by a space, the end of the text, a closing quote or more
    /// such marks). Numbers (`83 ,5` stays), abbreviations (`TP .HCM`) and
    /// emoticons (`:)`) are not touched. On by default.
    ///
    /// ```
    /// use vietnorm::text::Normalizer;
    /// let n = Normalizer::new();
    /// assert_eq!(n.normalize("Hà Nội , ngày 5 ; tăng 83,5% !"), "Hà Nội, ngày 5; tăng 83,5%!");
    /// assert_eq!(n.normalize("giá 83 ,5 lúc 14 :30 ở TP .HCM :)"), "giá 83 ,5 lúc 14 :30 ở TP .HCM :)");
    /// assert_eq!(n.tidy_punctuation(false).normalize("Hà Nội , ngày"), "Hà Nội , ngày");
    /// ```
    pub const fn tidy_punctuation(mut self, on: bool) -> Self {
        self.tidy_punctuation = on;
        self
    }

    /// Replace the look-alikes `Ð` (U+00D0), `ð` (U+00F0), `Ɖ` (U+0189),
    /// `ɖ` (U+0256) by `Đ`/`đ` inside Vietnamese syllables only. On by
    /// default.
    ///
    /// ```
    /// use vietnorm::text::Normalizer;
    /// assert_eq!(Normalizer::new().normalize("Ðà Nẵng, Guðmundsson"), "Đà Nẵng, Guðmundsson");
    /// ```
    pub const fn repair_confusables(mut self, on: bool) -> Self {
        self.repair_confusables = on;
        self
    }

    /// Add or remove the horn where the spelling requires it: `ưo`/`uơ`
    /// before a final consonant or i/u is `ươ` (`nguời`, `ngưòi` →
    /// `người`); an open `ươ` is `uơ` (`thưở` → `thuở`). On by default.
    ///
    /// ```
    /// use vietnorm::text::Normalizer;
    /// assert_eq!(Normalizer::new().normalize("nguời thưở"), "người thuở");
    /// assert_eq!(Normalizer::new().repair_horns(false).normalize("nguời"), "nguời");
    /// ```
    pub const fn repair_horns(mut self, on: bool) -> Self {
        self.repair_horns = on;
        self
    }

    /// The tone style in use.
    ///
    /// ```
    /// use vietnorm::text::{Normalizer, ToneStyle};
    /// assert_eq!(Normalizer::new().tone_style(), ToneStyle::Old);
    /// ```
    pub const fn tone_style(&self) -> ToneStyle {
        self.tone
    }

    /// Normalizes `text`, borrowing it when nothing changes.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use vietnorm::text::Normalizer;
    /// let n = Normalizer::new();
    /// assert!(matches!(n.normalize("người"), Cow::Borrowed("người")));
    /// assert_eq!(n.normalize("ngu\u{31B}o\u{31B}\u{300}i"), "người");
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut out = String::new();
        if scan::Scan::run(self, text, &mut out) {
            Cow::Owned(out)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// Appends the normalized `text` to `out`, for callers that reuse a
    /// buffer.
    ///
    /// ```
    /// use vietnorm::text::Normalizer;
    /// let mut buf = String::new();
    /// for line in ["hoà bình", "khoẻ"] {
    ///     buf.clear();
    ///     Normalizer::new().normalize_into(line, &mut buf);
    ///     assert!(buf == "hòa bình" || buf == "khỏe");
    /// }
    /// ```
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        if !scan::Scan::run(self, text, out) {
            out.push_str(text);
        }
    }
}

/// The default normalizer, for [`normalize`] and [`normalize_into`].
static DEFAULT: Normalizer = Normalizer::new();

/// Normalizes `text` with the default settings ([`Normalizer::new`]: old
/// tone style, all repairs and cleanups on), borrowing it when nothing
/// changes.
///
/// ```
/// assert_eq!(vietnorm::text::normalize("Vie\u{323}\u{302}t"), "Việt");
/// assert_eq!(vietnorm::text::normalize("THUỶ ĐIỆN HOÀ BÌNH"), "THỦY ĐIỆN HÒA BÌNH");
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    DEFAULT.normalize(text)
}

/// Appends `text`, normalized with the default settings, to `out`.
///
/// ```
/// let mut out = String::from("> ");
/// vietnorm::text::normalize_into("hoà", &mut out);
/// assert_eq!(out, "> hòa");
/// ```
pub fn normalize_into(text: &str, out: &mut String) {
    DEFAULT.normalize_into(text, out)
}
