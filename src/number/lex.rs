//! Tokens for the quantity grammar: digit runs, words and symbols, each with
//! its byte span in the original text.
//!
//! Words are matched in their normalized, lower-case form (`text::normalize`
//! per token, so the common case borrows) but spans always index the input as
//! given. The lexer is lazy and allocation-free for lower-case NFC words: the
//! scanner calls it on whole articles.

use std::borrow::Cow;

use crate::text::normalize;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `[0-9]+([.,][0-9]+)*`: separators only between digits.
    Digits,
    /// A run of letters (and combining marks).
    Word,
    /// Any other single character that is not white space.
    Sym(char),
}

/// How a unit word is spelled: the grammar accepts each spelling only in
/// some positions ("mốt" only after "mươi", "lăm" never first, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// Any ordinary spelling: hai, ba, sáu, bảy/bẩy, tám, chín.
    Plain,
    /// "không" (0).
    Khong,
    /// "một" (1).
    Mot,
    /// "mốt" (1 after a ten).
    Mot2,
    /// "bốn" (4).
    Bon,
    /// "tư" (4 after a ten, in "thứ tư").
    Tu,
    /// "năm" (5, also "year").
    Nam,
    /// "lăm" / "nhăm" (5 after a ten).
    Lam,
}

/// A word the number grammar knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    /// A digit word 0–9 and its spelling.
    Unit(u8, Form),
    /// "mười": ten.
    Muoi10,
    /// "mươi": the tens marker after 2–9.
    Muoi,
    /// "chục": ten, as a multiplier ("hai chục").
    Chuc,
    /// "trăm": hundred.
    Tram,
    /// A scale word and its power of ten: nghìn/ngàn 3, vạn 4, triệu 6, tỷ/tỉ 9.
    Scale(u32),
    /// A scale abbreviation: k 3, tr 6, M 6, G 9 (after digits only).
    Abbrev(u32),
    /// "linh" / "lẻ": zero tens.
    Linh,
    /// "rưỡi": and a half.
    Ruoi,
    /// "phẩy" / "chấm": the decimal point, spoken.
    Point,
    /// "âm": minus.
    Am,
    /// "trừ": minus (spoken arithmetic; not used by the scanner).
    Tru,
    /// Anything else.
    Other,
}

/// One token.
#[derive(Clone, Debug)]
pub(crate) struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The token as written.
    pub text: &'a str,
    /// For words: normalized and lower-cased. Otherwise the text.
    pub folded: Cow<'a, str>,
    /// What the word means to the number grammar.
    pub word: Word,
    /// White space (or the start of input) right before the token.
    pub space_before: bool,
    /// A line break right before the token: quantities never span one.
    pub line_before: bool,
}

impl Token<'_> {
    /// True for a word whose folded form is `w`.
    pub fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.folded == w
    }

    /// True for the symbol `c`.
    pub fn is_sym(&self, c: char) -> bool {
        self.kind == Kind::Sym(c)
    }
}

/// `char::is_uppercase` with fast answers for ASCII and the Latin blocks
/// Vietnamese uses, where case alternates by code point.
fn is_upper(c: char) -> bool {
    match c {
        'a'..='z' => false,
        'A'..='Z' => true,
        '\u{0}'..='\u{7f}' => false,
        // À..Þ but ×; ß..ÿ are lower case.
        '\u{c0}'..='\u{de}' => c != '\u{d7}',
        '\u{df}'..='\u{ff}' => false,
        // Latin Extended Additional (ạ, ả, ấ, …): even code points are upper.
        '\u{1ea0}'..='\u{1eff}' => (c as u32) % 2 == 0,
        // Combining marks have no case.
        '\u{300}'..='\u{36f}' => false,
        _ => c.is_uppercase(),
    }
}

/// Lower-case NFC form of a word; borrows when the word already is.
pub(crate) fn fold(word: &str) -> Cow<'_, str> {
    // Combining marks (U+0300..U+036F) start with 0xCC or 0xCD in UTF-8:
    // only then is normalization needed.
    let needs_nfc = word.bytes().any(|b| b == 0xCC || b == 0xCD);
    let base: Cow<'_, str> = if needs_nfc {
        normalize(word)
    } else {
        Cow::Borrowed(word)
    };
    if base.chars().any(is_upper) {
        Cow::Owned(base.to_lowercase())
    } else {
        base
    }
}

/// The grammar meaning of a folded word. `raw` is the word as written, for
/// the case-sensitive abbreviations ("M" is a million, "m" a metre).
pub(crate) fn classify(folded: &str, raw: &str) -> Word {
    use Form::*;
    match folded {
        "không" => Word::Unit(0, Khong),
        "một" => Word::Unit(1, Mot),
        "mốt" => Word::Unit(1, Mot2),
        "hai" => Word::Unit(2, Plain),
        "ba" => Word::Unit(3, Plain),
        "bốn" => Word::Unit(4, Bon),
        "tư" => Word::Unit(4, Tu),
        "năm" => Word::Unit(5, Nam),
        "lăm" | "nhăm" => Word::Unit(5, Lam),
        "sáu" => Word::Unit(6, Plain),
        "bảy" | "bẩy" => Word::Unit(7, Plain),
        "tám" => Word::Unit(8, Plain),
        "chín" => Word::Unit(9, Plain),
        "mười" => Word::Muoi10,
        "mươi" => Word::Muoi,
        "chục" => Word::Chuc,
        "trăm" => Word::Tram,
        "nghìn" | "ngàn" => Word::Scale(3),
        "vạn" => Word::Scale(4),
        "triệu" => Word::Scale(6),
        "tỷ" | "tỉ" => Word::Scale(9),
        "k" => Word::Abbrev(3),
        "tr" => Word::Abbrev(6),
        "m" if raw == "M" => Word::Abbrev(6),
        "g" if raw == "G" => Word::Abbrev(9),
        "linh" | "lẻ" => Word::Linh,
        "rưỡi" => Word::Ruoi,
        "phẩy" | "chấm" => Word::Point,
        "âm" => Word::Am,
        "trừ" => Word::Tru,
        _ => Word::Other,
    }
}

use super::trigger::is_word_char;

/// The token that starts at or after byte `pos`, skipping white space.
pub(crate) fn next_token(text: &str, pos: usize) -> Option<Token<'_>> {
    let rest = text.get(pos..)?;
    let mut start = pos;
    let mut space_before = pos == 0;
    let mut line_before = false;
    let mut first = None;
    for (i, c) in rest.char_indices() {
        if c.is_whitespace() {
            space_before = true;
            line_before |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{b}' | '\u{c}');
            continue;
        }
        start = pos + i;
        first = Some(c);
        break;
    }
    let first = first?;
    let tail = text.get(start..)?;
    let bytes = tail.as_bytes();
    let (kind, len) = if first.is_ascii_digit() {
        let mut i = 0;
        loop {
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            let sep = bytes.get(i).is_some_and(|&b| b == b'.' || b == b',');
            if sep && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                i += 1;
                continue;
            }
            break;
        }
        (Kind::Digits, i)
    } else if is_word_char(first) {
        let len = tail
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(tail.len(), |(i, _)| i);
        (Kind::Word, len)
    } else {
        (Kind::Sym(first), first.len_utf8())
    };
    let end = start + len;
    let raw = text.get(start..end)?;
    let (folded, word) = if kind == Kind::Word {
        let folded = fold(raw);
        let word = classify(&folded, raw);
        (folded, word)
    } else {
        (Cow::Borrowed(raw), Word::Other)
    };
    Some(Token {
        start,
        end,
        kind,
        text: raw,
        folded,
        word,
        space_before,
        line_before,
    })
}

/// All tokens of `text` (for whole-string parsing; the scanner is lazy).
pub(crate) fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(t) = next_token(text, pos) {
        pos = t.end;
        out.push(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_glued_forms() {
        let toks = tokens("USD1,23 5tr 75L-014.51 ,77 Hai  MƯƠI");
        let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "USD", "1,23", "5", "tr", "75", "L", "-", "014.51", ",", "77", "Hai", "MƯƠI"
            ]
        );
        assert_eq!(toks[10].word, Word::Unit(2, Form::Plain));
        assert_eq!(toks[11].word, Word::Muoi);
        assert!(!toks[3].space_before);
        assert!(toks[2].space_before);
    }

    #[test]
    fn trailing_separator_is_not_part_of_digits() {
        let toks = tokens("55.000.");
        assert_eq!(toks[0].text, "55.000");
        assert!(toks[1].is_sym('.'));
    }

    #[test]
    fn fast_upper_case_agrees_with_std() {
        for c in ('\u{0}'..='\u{2000}').chain('\u{1e00}'..='\u{1f00}') {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn normalizes_decomposed_words() {
        let toks = tokens("mu\u{31b}o\u{31b}\u{300}i");
        assert_eq!(toks[0].word, Word::Muoi10);
    }
}
