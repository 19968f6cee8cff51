//! The quantity grammar's view of the crate's one lexer ([`crate::lex`]):
//! digit runs joined with their separators, words with their folded text
//! and their meaning to the number grammar, and symbols, each with its
//! byte span in the original text.
//!
//! Nothing here reads characters: tokens come from [`crate::lex`], words
//! are folded by [`crate::lex::fold`] (lowercase NFC, borrowed when the word
//! already is), and word meanings come from the one vocabulary
//! ([`crate::lex::Word`]). What this view adds is the grouping of a digit
//! run with the `.`/`,` separators between digits ("1.234,5" is one token
//! to the number grammar, three to the dates grammar).

use std::borrow::Cow;
use std::cell::Cell;

use crate::lex::{self, Gap, Word as Vocab};

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
    /// The shared lexer's word (`Other` for digits, symbols and words
    /// outside the vocabulary): what the qualifier table
    /// ([`crate::qualifier`]) matches.
    pub vocab: Vocab,
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

/// What a word of the vocabulary means to the number grammar. `raw` is the
/// word as written, for the case-sensitive abbreviations ("M" is a
/// million, "m" a metre; "G" a billion, "g" a gram).
pub(crate) fn meaning(word: Vocab, raw: &str) -> Word {
    use Form::*;
    match word {
        Vocab::Khong => Word::Unit(0, Khong),
        Vocab::Mot => Word::Unit(1, Mot),
        Vocab::Mot2 => Word::Unit(1, Mot2),
        Vocab::Hai => Word::Unit(2, Plain),
        Vocab::Ba => Word::Unit(3, Plain),
        Vocab::Bon => Word::Unit(4, Bon),
        Vocab::Tu4 => Word::Unit(4, Tu),
        Vocab::Nam => Word::Unit(5, Nam),
        Vocab::Lam => Word::Unit(5, Lam),
        Vocab::Sau6 => Word::Unit(6, Plain),
        Vocab::Bay => Word::Unit(7, Plain),
        Vocab::Tam => Word::Unit(8, Plain),
        Vocab::Chin => Word::Unit(9, Plain),
        Vocab::Muoi => Word::Muoi10,
        Vocab::Muoi2 => Word::Muoi,
        Vocab::Chuc => Word::Chuc,
        Vocab::Tram => Word::Tram,
        Vocab::Nghin => Word::Scale(3),
        Vocab::Van => Word::Scale(4),
        Vocab::Trieu => Word::Scale(6),
        Vocab::Ty => Word::Scale(9),
        Vocab::K => Word::Abbrev(3),
        Vocab::Tr => Word::Abbrev(6),
        Vocab::M if raw == "M" => Word::Abbrev(6),
        Vocab::G if raw == "G" => Word::Abbrev(9),
        Vocab::Linh => Word::Linh,
        Vocab::Ruoi => Word::Ruoi,
        Vocab::Phay => Word::Point,
        Vocab::Am => Word::Am,
        Vocab::Tru => Word::Tru,
        _ => Word::Other,
    }
}

/// The token that starts at or after byte `pos`, skipping white space: the
/// shared lexer's token, with a digit run extended over the separators
/// between digits.
pub(crate) fn next_token(text: &str, pos: usize) -> Option<Token<'_>> {
    let t = lex::next_token(text, pos)?;
    Some(view(
        text,
        t,
        pos == 0 || t.gap != Gap::None,
        t.gap == Gap::Line,
    ))
}

/// The same token as [`next_token`], taken from `toks`, the shared lexer's
/// tokens of the whole `text`, when `pos` is a token boundary of theirs
/// (it always is for the scanner, which moves from token end to token end
/// and over white space); otherwise lexed afresh.
///
/// `hint` is the index found last: the scanner asks for positions that
/// mostly move forward, so the search gallops from there
/// ([`lex::first_at_or_after`]).
pub(crate) fn token_at<'a>(
    text: &'a str,
    toks: &[lex::Token],
    pos: usize,
    hint: &Cell<usize>,
) -> Option<Token<'a>> {
    let (i, inside) = shared_from(toks, pos, hint);
    match toks.get(i) {
        Some(&t) if !inside => {
            let skipped = t.start > pos;
            Some(view(
                text,
                t,
                pos == 0 || skipped,
                skipped && t.gap == Gap::Line,
            ))
        }
        None if !inside => None,
        _ => next_token(text, pos),
    }
}

/// The first shared token at or after byte `pos` (its index, found from
/// the `hint` of the last read, which it updates), and whether the token
/// before it straddles `pos` (a read there starts inside a token).
fn shared_from(toks: &[lex::Token], pos: usize, hint: &Cell<usize>) -> (usize, bool) {
    let i = lex::first_at_or_after(toks, pos, hint.get());
    hint.set(i);
    let inside = i
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.end > pos);
    (i, inside)
}

/// The token a read at byte `from` gives, when `from` starts the white
/// space that ends where `word` starts and `word` is the token a read at
/// its own start gave ([`next_token`], or [`token_at`] over `toks`): the
/// same token, but for the white space before it, which a read from
/// `from` sees (`space_before`, and `line_before` for a line break in
/// it). `None` when that does not hold (a character between that the
/// lexer does not skip, or no shared token starting where `word` does),
/// for the caller to read afresh. The scanner's window at a lone start
/// ("năm", "một", "hơn") reads from the white space before the word its
/// test read already: this spares building the view again (speed4
/// probe).
pub(crate) fn respaced<'a>(
    text: &str,
    toks: &[lex::Token],
    hint: &Cell<usize>,
    from: usize,
    mut word: Token<'a>,
) -> Option<Token<'a>> {
    if from == word.start {
        return Some(word);
    }
    if toks.is_empty() {
        // What the lexer does from `from`: skip the white space, then
        // lex the same word from its start.
        let mut line = false;
        for c in text.get(from..word.start)?.chars() {
            if lex::is_line_break(c) {
                line = true;
            } else if !lex::is_space(c) {
                return None;
            }
        }
        word.space_before = true;
        word.line_before = line;
        return Some(word);
    }
    // What `token_at` does from `from`: the first shared token at or
    // after it, when none straddles it, viewed with the gap before it.
    let (i, inside) = shared_from(toks, from, hint);
    let t = toks
        .get(i)
        .filter(|t| !inside && t.start == word.start && t.start > from)?;
    word.space_before = true;
    word.line_before = t.gap == Gap::Line;
    Some(word)
}

/// The folded word of the token right after byte `end` when a space
/// (not a line break, not nothing) stands before it, and where it ends.
fn spaced_word_after(text: &str, end: usize) -> Option<(Cow<'_, str>, usize)> {
    let next = lex::next_token(text, end)?;
    if next.gap != Gap::Space {
        return None;
    }
    Some((lex::fold(text.get(next.start..next.end)?), next.end))
}

/// True when the word after byte `end` makes "tỷ"/"tỉ" part of a noun.
fn scale_noun_follows(text: &str, end: usize) -> bool {
    spaced_word_after(text, end).is_some_and(|(word, _)| {
        matches!(
            word.as_ref(),
            "lệ" | "giá" | "số" | "phú" | "trọng" | "suất"
        )
    })
}

/// True when the words after byte `end` make "triệu" the first syllable
/// of "triệu chứng" (a symptom, gen24 probe): "có ba triệu chứng chính",
/// "5 triệu chứng hay gặp" count symptoms, not millions; "18,49 triệu
/// chứng khoán" (securities) and "10 triệu chứng chỉ quỹ" (fund
/// certificates) keep the scale.
fn symptom_follows(text: &str, end: usize) -> bool {
    let Some((word, next_end)) = spaced_word_after(text, end) else {
        return false;
    };
    word == "chứng"
        && !spaced_word_after(text, next_end)
            .is_some_and(|(after, _)| matches!(after.as_ref(), "khoán" | "chỉ"))
}

/// The number grammar's token for the shared lexer's token `t`.
// Inlined into its two callers, which build the scanner's every token: as
// a call it cost `extract` 8M instructions more on the 4 MB bench.
#[inline(always)]
fn view(text: &str, t: lex::Token, space_before: bool, line_before: bool) -> Token<'_> {
    let bytes = text.as_bytes();
    let mut end = t.end;
    let (kind, word) = match t.kind {
        lex::Kind::Num { .. } => {
            while matches!(bytes.get(end), Some(b'.' | b','))
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            {
                end += 1;
                while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                    end += 1;
                }
            }
            (Kind::Digits, None)
        }
        lex::Kind::Word { word, folded, .. } => (Kind::Word, Some((word, folded))),
        lex::Kind::Punct(c) => (Kind::Sym(c), None),
    };
    let raw = text.get(t.start..end).unwrap_or_default();
    let (folded, mut word, vocab) = match word {
        // The lexer knows when the word is its own fold.
        Some((w, true)) => (Cow::Borrowed(raw), meaning(w, raw), w),
        Some((w, false)) => (lex::fold(raw), meaning(w, raw), w),
        None => (Cow::Borrowed(raw), Word::Other, Vocab::Other),
    };
    // "tỷ lệ" (a rate), "tỷ giá" (an exchange rate), "tỷ số" (a score),
    // "tỷ phú" (a billionaire), "tỷ trọng" (a share): nouns, not the scale
    // word ("một tỷ lệ rất cao" is a high rate, not a billion).
    if word == Word::Scale(9) && scale_noun_follows(text, end) {
        word = Word::Other;
    }
    if word == Word::Scale(6) && symptom_follows(text, end) {
        word = Word::Other;
    }
    Token {
        start: t.start,
        end,
        kind,
        text: raw,
        folded,
        word,
        vocab,
        space_before,
        line_before,
    }
}

/// The tokens that [`next_token`] gives, one after another from byte 0,
/// for `window`: the text of the shared lexer's tokens `toks` (whole
/// tokens of a longer text, the first starting at its byte `base`, the
/// last ending where `window` ends), built from those tokens instead of
/// lexing the window again. A digit run is extended over separators and
/// "tỷ" tested for a noun after it within `window` alone, as lexing the
/// window does; the first token has white space before it (the window's
/// start), the others the gap the shared lexer found.
pub(crate) fn window_tokens<'a>(
    window: &'a str,
    base: usize,
    toks: &[lex::Token],
) -> Vec<Token<'a>> {
    let mut out = Vec::with_capacity(toks.len());
    let mut pos = 0;
    for t in toks {
        let Some(start) = t.start.checked_sub(base) else {
            continue;
        };
        // Tokens inside a digit run extended over its separators.
        if start < pos {
            continue;
        }
        let Some(end) = t.end.checked_sub(base) else {
            continue;
        };
        let shifted = lex::Token { start, end, ..*t };
        let tok = view(
            window,
            shifted,
            pos == 0 || t.gap != Gap::None,
            pos != 0 && t.gap == Gap::Line,
        );
        pos = tok.end;
        out.push(tok);
    }
    out
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
    fn window_tokens_are_the_window_lexed_again() {
        let texts = [
            "hai tỷ lệ, Một nghìn 1.234,5 triệu\nBa trăm",
            "mu\u{31b}o\u{31b}\u{300}i lăm 2.000. tỷ giá 5,",
            "  Hai  MƯƠI bảyLít 1,23USD tỷ\n\nlệ 12.345.678 tỉ",
        ];
        for text in texts {
            let toks = lex::tokenize(text);
            for i in 0..toks.len() {
                for j in i..toks.len() {
                    let (Some(a), Some(b)) = (toks.get(i), toks.get(j)) else {
                        continue;
                    };
                    let window = &text[a.start..b.end];
                    let built = window_tokens(window, a.start, &toks[i..=j]);
                    let lexed = tokens(window);
                    assert_eq!(format!("{built:?}"), format!("{lexed:?}"), "{window:?}");
                }
            }
        }
    }

    #[test]
    fn a_token_read_again_from_the_space_before_it_is_respaced() {
        let texts = [
            "hai  tỷ lệ, Một\tnghìn 1.234,5 triệu\nBa trăm",
            "năm\u{a0}nay \u{200b}một người \r\n hơn 5 tấn\u{3000}khoảng 2",
            "  Hai  MƯƠI bảyLít 1,23USD tỷ\n\nlệ 12.345.678 tỉ \u{2028} ba",
        ];
        let mut answered = 0;
        for text in texts {
            let toks = lex::tokenize(text);
            for (at, c) in text.char_indices() {
                if c.is_whitespace() {
                    continue;
                }
                // Where the white space before `at` starts, as the scanner
                // finds it.
                let from = text[..at]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| c.is_whitespace())
                    .last()
                    .map_or(at, |(i, _)| i);
                let hint = Cell::new(0);
                // A token `respaced` answers is the token a fresh read
                // from `from` gives.
                let mut check = |again: Option<Token<'_>>, read: Option<Token<'_>>| {
                    if let Some(again) = again {
                        answered += 1;
                        assert_eq!(
                            format!("{:?}", Some(again)),
                            format!("{read:?}"),
                            "{text:?} {at}"
                        );
                    }
                };
                // The scanner alone (no shared tokens).
                if let Some(word) = next_token(text, at).filter(|w| w.start == at) {
                    check(
                        respaced(text, &[], &hint, from, word),
                        next_token(text, from),
                    );
                }
                // Over the shared tokens.
                if let Some(word) = token_at(text, &toks, at, &hint).filter(|w| w.start == at) {
                    check(
                        respaced(text, &toks, &hint, from, word),
                        token_at(text, &toks, from, &hint),
                    );
                }
            }
        }
        // Every token start but those inside a digit run or a word, in
        // both readings: none is refused here.
        assert!(answered > 60, "{answered}");
    }

    #[test]
    fn normalizes_decomposed_words() {
        let toks = tokens("mu\u{31b}o\u{31b}\u{300}i");
        assert_eq!(toks[0].word, Word::Muoi10);
    }
}
