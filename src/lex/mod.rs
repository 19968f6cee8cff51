//! Splits text into the tokens the date grammar reads: digit runs, words
//! (looked up in the vocabulary) and single punctuation characters, each
//! with its byte span in the original text.
//!
//! Why tokens and not a regex: Vietnamese dates mix digits and words
//! ("ngày 29 tháng 10", "14h30", "quý III/2025") and the grammar needs to
//! know whether two tokens touch ("14h30") or are separated by a space or a
//! line break. Each word is normalized on its own with
//! [`crate::text::normalize`] (which borrows when the word is already
//! clean) and lowercased into a reused buffer, so a decomposed or
//! capitalized "Thứ Tư" reads like "thứ tư".

pub(crate) use fold::{fold, word_folded};
pub(crate) use glued::glued_after_prose;
pub(crate) use words::{MAX_KEY_BYTES, VOCAB, Word, pack};

mod fold;
mod glued;

mod words;

pub(crate) mod weekday;

/// What separates a token from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gap {
    /// The tokens touch ("14" "h" "30").
    None,
    /// Spaces or tabs.
    Space,
    /// A line break: no expression crosses it.
    Line,
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of ASCII digits: its value (saturating) and its length.
    Num { value: u32, len: u8 },
    /// A word, whether it starts with a capital letter, and whether it is
    /// written as its own fold ([`fold`]: lowercase NFC, no capital and
    /// no character the normalizer may change), so that readers of its
    /// text need not fold it again.
    Word {
        word: Word,
        capital: bool,
        folded: bool,
    },
    /// Any other character.
    Punct(char),
}

/// A token with its byte span `[start, end)` in the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    pub(crate) gap: Gap,
}

/// True for characters that continue a word: letters and combining marks
/// (decomposed input writes tone marks as separate code points).
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // Vietnamese letters (Latin-1, Latin Extended-A/B, Latin Extended
    // Additional) without the general Unicode lookup, which dominates the
    // scan's time otherwise.
    matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') && c != '\u{d7}' && c != '\u{f7}'
        || matches!(c, '\u{300}'..='\u{36f}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}')
        || !is_general_punctuation(c) && c.is_alphabetic()
}

/// True for the General Punctuation block (U+2000–U+206F: the typographic
/// quotes, dashes, ellipsis and spaces of news text), none of whose
/// characters is alphabetic, so that [`is_word_char`] answers them
/// without the general Unicode lookup (about 350 instructions each, 9,000
/// of them in the 4 MB bench's lexing; speed3 probe; checked against
/// [`char::is_alphabetic`] by a unit test).
fn is_general_punctuation(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206f}')
}
/// True for the punctuation after which the next word opens a sentence
/// or a clause, so that a capital there is the sentence's and not a
/// name's: full stops and the like, a colon or semicolon, opening
/// quotation marks and the straight ones, a parenthesis, dashes, an
/// ellipsis. The core that the number scanner's `sentence_start`, the
/// context rules' `sentence_start` and the duration reader's
/// `capital_unit_in_name` share; each adds or drops its own few (see
/// there why they differ).
pub(crate) fn opens_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ':' | ';' | '"' | '“' | '‘' | '\'' | '(' | '-' | '–' | '—' | '…'
    )
}

/// [`opens_sentence`] and three more: a closing quotation mark, which
/// ends a quoted sentence ("…đi.” Năm người"), and the bullets `*` and
/// `•`, which open a list's item. What the number scanner and the
/// context rules take to end a sentence before a capital.
pub(crate) fn opens_sentence_or_item(c: char) -> bool {
    opens_sentence(c) || matches!(c, '”' | '*' | '•')
}

/// True for characters that separate tokens without being punctuation:
/// spaces, including no-break and zero-width ones found in news text.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}')
}

/// Longest word the vocabulary knows, in bytes, with room for decomposed
/// tone marks; longer words are `Other` without being normalized.
const MAX_WORD_BYTES: usize = 16;

/// Decodes the character starting at byte `i` of `bytes` (valid UTF-8, `i`
/// on a character boundary) and its length, straight from the bytes: going
/// through `str::get(i..)` re-checked the boundary for every character.
fn decode(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let &b0 = bytes.get(i)?;
    let cont = |k: usize| bytes.get(i + k).map(|&b| u32::from(b & 0x3F));
    let (c, n) = match b0 {
        0x00..=0x7F => (u32::from(b0), 1),
        0xC0..=0xDF => ((u32::from(b0 & 0x1F) << 6) | cont(1)?, 2),
        0xE0..=0xEF => ((u32::from(b0 & 0x0F) << 12) | (cont(1)? << 6) | cont(2)?, 3),
        _ => (
            (u32::from(b0 & 0x07) << 18) | (cont(1)? << 12) | (cont(2)? << 6) | cont(3)?,
            4,
        ),
    };
    Some((char::from_u32(c)?, n))
}

/// True for characters that can change which vocabulary word a word is
/// when normalized: combining marks (U+0300–U+036F, U+1DC0–U+1DFF,
/// U+20D0–U+20FF) and Greek or Cyrillic letters that may be confusable
/// Latin ones (U+0370–U+04FF). Tone placement, the normalizer's other
/// change, concerns no word of the vocabulary.
fn needs_normalizing(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{4ff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20c0}'..='\u{20ff}')
}

/// What the word loop learned about a word, so that classifying it does
/// not read it again.
#[derive(Clone, Copy, Default)]
struct WordShape {
    /// Some character needs the normalizer (see [`needs_normalizing`]).
    normalize: bool,
    /// Some character is not ASCII.
    non_ascii: bool,
    /// Some letter after the first may be a capital: an ASCII capital, or
    /// a precomposed letter whose bytes do not show it is small ("bỐn").
    later_upper: bool,
}

/// Tokenizes `text`. Linear in its length.
///
/// ASCII bytes are classified without decoding; other characters are
/// decoded from the bytes one at a time.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    // News text averages one token per 4.7 bytes: one allocation.
    let mut out = Vec::with_capacity(text.len() / 4 + 16);
    let mut lexer = Lexer::new(text, 0);
    while let Some(t) = lexer.next_inline() {
        out.push(t);
    }
    out
}

/// The token that starts at or after byte `pos` (a character boundary),
/// its gap telling what white space lies between `pos` and it. The
/// scanners that look at a few tokens around a start (the quantities
/// scanner) call this instead of tokenizing the whole text.
///
/// Allocates only to lowercase a capitalized non-ASCII word.
pub(crate) fn next_token(text: &str, pos: usize) -> Option<Token> {
    Lexer::new(text, pos).next()
}

/// The index of the first of `toks` (in order) that starts at or after
/// byte `pos`, searched from `hint` (the index found last) by galloping:
/// steps of 1, 2, 4, … towards `pos`, then a bisection of the last step.
/// Callers that move through the text in order pay O(log distance) per
/// search instead of a bisection over the whole text, which over a
/// megabyte of tokens is all cache misses.
// Inlined into its callers (the quantity scanner's token reads, the dates
// grammar's number reads): −1.4M instructions for `extract` on the 4 MB bench.
#[inline(always)]
pub(crate) fn first_at_or_after(toks: &[Token], pos: usize, hint: usize) -> usize {
    let before = |k: usize| toks.get(k).is_some_and(|t| t.start < pos);
    let hint = hint.min(toks.len());
    // The answer lies in (lo, hi]: every token at or below lo starts before pos.
    let (lo, hi) = if before(hint) {
        let mut step = 1;
        let mut lo = hint;
        loop {
            let next = lo.saturating_add(step);
            if next >= toks.len() || !before(next) {
                break (lo, next.min(toks.len()));
            }
            lo = next;
            step *= 2;
        }
    } else {
        let mut step = 1;
        let mut hi = hint;
        loop {
            match hi.checked_sub(step) {
                Some(next) if !before(next) => {
                    hi = next;
                    step *= 2;
                }
                Some(next) => break (next, hi),
                None => {
                    return if before(0) {
                        1 + search(toks, 1, hi, pos)
                    } else {
                        0
                    };
                }
            }
        }
    };
    lo + 1 + search(toks, lo + 1, hi, pos)
}

/// The number of tokens in `toks[from..to]` that start before `pos`.
fn search(toks: &[Token], from: usize, to: usize, pos: usize) -> usize {
    toks.get(from..to)
        .map_or(0, |range| range.partition_point(|t| t.start < pos))
}

/// True for the characters that break a line: no expression crosses one.
pub(crate) const fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The tokenizer's state: where it is and its buffer for lowercasing.
struct Lexer<'t> {
    text: &'t str,
    i: usize,
    lower: String,
}

impl<'t> Lexer<'t> {
    fn new(text: &'t str, pos: usize) -> Lexer<'t> {
        Lexer {
            text,
            i: pos,
            lower: String::new(),
        }
    }

    /// The next token, for [`next_token`]'s single reads (kept a call:
    /// inlined there it cost the quantity scanner more).
    #[inline(never)]
    fn next(&mut self) -> Option<Token> {
        self.next_inline()
    }

    /// The next token, inlined into [`tokenize`]'s loop, which calls it for
    /// every token of the text (as a call it cost 7M instructions more on
    /// the 4 MB bench).
    #[inline(always)]
    fn next_inline(&mut self) -> Option<Token> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut gap = Gap::None;
        let mut i = self.i;
        // The commonest gap, one ASCII space, taken before the loop: a
        // turn of the loop for it cost about 30 instructions.
        if bytes.get(i) == Some(&b' ') {
            gap = Gap::Space;
            i += 1;
        }
        while let Some(&b) = bytes.get(i) {
            let start = i;
            let (kind, end) = if b < 0x80 {
                // ASCII: one table lookup says what the byte is.
                match ASCII_CLASS.get(usize::from(b)).copied().unwrap_or(PUNCT) {
                    SPACE => {
                        if gap == Gap::None {
                            gap = Gap::Space;
                        }
                        i += 1;
                        continue;
                    }
                    LINE => {
                        gap = Gap::Line;
                        i += 1;
                        continue;
                    }
                    DIGIT => {
                        let mut value = u32::from(b - b'0');
                        let mut len: u8 = 1;
                        i += 1;
                        while let Some(&d) = bytes.get(i).filter(|d| d.is_ascii_digit()) {
                            value = value.saturating_mul(10).saturating_add(u32::from(d - b'0'));
                            len = len.saturating_add(1);
                            i += 1;
                        }
                        (Kind::Num { value, len }, i)
                    }
                    class @ (LOWER | UPPER) => {
                        let capital = class == UPPER;
                        self.word(start, start + 1, capital, WordShape::default())
                    }
                    _ => (Kind::Punct(char::from(b)), i + 1),
                }
            } else {
                let (c, n) = decode(bytes, i)?;
                if is_line_break(c) {
                    gap = Gap::Line;
                    i += n;
                    continue;
                }
                if is_space(c) {
                    if gap == Gap::None {
                        gap = Gap::Space;
                    }
                    i += n;
                    continue;
                }
                if is_word_char(c) {
                    let shape = WordShape {
                        normalize: needs_normalizing(c),
                        non_ascii: true,
                        later_upper: false,
                    };
                    self.word(start, i + n, c.is_uppercase(), shape)
                } else {
                    (Kind::Punct(c), i + n)
                }
            };
            self.i = end;
            return Some(Token {
                start,
                end,
                kind,
                gap,
            });
        }
        self.i = i;
        None
    }

    /// The word that starts at byte `start` with its first character
    /// (a capital when `capital`) ending at `i`, read to its end and
    /// looked up: its kind and its end. Inlined into the lexer's loop.
    #[inline(always)]
    fn word(
        &mut self,
        start: usize,
        mut i: usize,
        capital: bool,
        mut shape: WordShape,
    ) -> (Kind, usize) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut caps_glue_tried = false;
        while let Some(&d) = bytes.get(i) {
            if d < 0x80 {
                if d.is_ascii_lowercase() {
                    i += 1;
                    continue;
                }
                if !d.is_ascii_uppercase() {
                    break;
                }
                // "giớiNgày": a crawler's glue (see below).
                if !shape.later_upper
                    && if capital {
                        glued_date_word(text, start, i)
                    } else {
                        glued_by_crawler(text, start, i)
                    }
                {
                    break;
                }
                // "Ảnh: ReutersHàng chục con voi": a count opening a
                // sentence glued to a caption (see below).
                if !shape.later_upper && glued_count_start(text, i) {
                    break;
                }
                // "CQCATrưa 29-5", "BBCSáng 26-5": the same after a word
                // in capitals (see below); tried once a word, at the first
                // capital followed by a small letter, so that a long word
                // in capitals costs nothing more.
                if capital && shape.later_upper && !caps_glue_tried && small_at(text, i + 1) {
                    caps_glue_tried = true;
                    if glued_after_capitals(text, start, i) {
                        break;
                    }
                }
                // "1,75mCô", "11.500 USDHà": a unit's glue (see below).
                if glued_after_unit(text, start, i) {
                    break;
                }
                shape.later_upper = true;
                i += 1;
                continue;
            }
            let (m, upper) = match precomposed_letter(d, bytes, i) {
                Some(letter) => letter,
                None => match decode(bytes, i) {
                    Some((e, m)) if is_word_char(e) => {
                        shape.normalize |= needs_normalizing(e);
                        (m, e.is_uppercase())
                    }
                    _ => break,
                },
            };
            // "1.500 tấnĐược", "11.500 USDĐược": a unit's glue before a
            // capital that is no ASCII letter (see below).
            if upper && i > start && glued_after_unit(text, start, i) {
                break;
            }
            shape.non_ascii = true;
            shape.later_upper |= upper;
            i += m;
        }
        // "12.340.000 đồngcho": the currency word glued to a small word
        // (see below).
        // The first byte of "đ" (0xC4) before the call: almost every word
        // fails there.
        if !capital
            && !shape.later_upper
            && i.saturating_sub(start) > 7
            && bytes.get(start) == Some(&0xC4)
        {
            if let Some(end) = currency_glued_to_small_word(text, start, i) {
                i = end;
            }
        }
        let (word, folded) = classify(text, start, i, capital, shape, &mut self.lower);
        (
            Kind::Word {
                word,
                capital,
                folded,
            },
            i,
        )
    }
}

/// What an ASCII byte is to the lexer ([`ASCII_CLASS`]).
const PUNCT: u8 = 0;
/// Space or tab, the ASCII white space ([`is_space`]) that breaks no line.
const SPACE: u8 = 1;
/// A line break: `\n`, `\r`, vertical tab, form feed ([`is_line_break`]).
const LINE: u8 = 2;
/// `0`–`9`.
const DIGIT: u8 = 3;
/// `a`–`z`.
const LOWER: u8 = 4;
/// `A`–`Z`.
const UPPER: u8 = 5;

/// The class of each ASCII byte, so that the lexer's loop tests a byte
/// once instead of asking `is_line_break`, `is_space`, `is_ascii_digit`
/// and `is_word_char` in turn. Built at compile time: an index out of
/// range fails the build.
#[allow(clippy::indexing_slicing)]
const ASCII_CLASS: [u8; 128] = {
    let mut table = [PUNCT; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        table[b] = if is_line_break(c) {
            LINE
        } else if matches!(c, ' ' | '\t') {
            SPACE
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else {
            PUNCT
        };
        b += 1;
    }
    table
};

/// "giớiNgày", "đồngHà": a capitalized word (a capital, then a lowercase
/// letter) glued after a lowercase Vietnamese syllable of two letters or
/// more starts a second word that a crawler glued to the first (it dropped
/// the line break between a paragraph and the next). "iPhone", "eBay",
/// "mmHg", "kWh", "bảyL" keep their one word: their lowercase start is one
/// letter or no syllable, or no lowercase letter follows the capital. Nor
/// is a word parted when either half can start a quantity ("mộtHai",
/// "giáKhoảng"): the quantity scanner finds those as whole words of the
/// text only. `start..at` is the first half, `at` the capital.
fn glued_by_crawler(text: &str, start: usize, at: usize) -> bool {
    let Some(before) = text.get(start..at) else {
        return false;
    };
    let Some(after) = text.get(at..) else {
        return false;
    };
    let second = first_word(after);
    let titlecase = second.chars().nth(1).is_some_and(char::is_lowercase);
    let starts = |w: &str| QUANTITY_STARTS.contains(&fold(w).as_ref());
    before.chars().nth(1).is_some()
        && titlecase
        && crate::text::syllable::is_syllable(before)
        && !starts(before)
        && (!starts(second) || (year_lead(after) && !part_of_year(before)) || range_lead(after))
}

/// "Từ ngày 15/4/2013 tới ngày 30/6/2013", "Từ 2009 đến 2012", "Tối
/// 13/5, …" at the start of `after`: "Từ" or "Tối" (title case) before
/// "ngày" or a digit, the opening of a sentence that a crawler glued to
/// the heading or the name before it ("loại chungTừ ngày 15/4/2013 …",
/// "tiếng AnhTừ 1/7/2013 tới 31/7/2013", "hố sâuTối 13/5"; gen57 probe).
/// Both words can start a quantity ("từ 3 đến 5", "tối đa"), which is why
/// [`glued_by_crawler`] parts no other "Từ" or "Tối"; before a date or a
/// number glued after letters they start none, and the dates grammar
/// reads the range with its "từ", the evening with its "tối".
fn range_lead(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("Từ ")
        .or_else(|| after.strip_prefix("Tối "))
    else {
        return false;
    };
    rest.starts_with("ngày ") || rest.starts_with(|c: char| c.is_ascii_digit())
}

/// "đầu", "cuối", "giữa": a word that the dates grammar reads as a part of
/// the year after it ("đầu năm nay"), so that a sentence glued after "bắt
/// đầu" ("bắt đầuNăm nay Sở …") would lend it its span: no year lead is
/// parted from it.
fn part_of_year(word: &str) -> bool {
    matches!(fold(word).as_ref(), "đầu" | "cuối" | "giữa")
}

/// "Ảnh: ReutersHàng chục con voi", "đủ thứHai luật sư", "Kỳ AnHai
/// tháng", "bắt trộm trẻ mang bánBa bị cáo": a spelled count opening a
/// sentence that a crawler glued to the heading, the caption or the
/// credit before it (it dropped the line break; gen52 probe). True when
/// the word at byte `at` is "Hai" … "Mười" (title case) before a
/// lowercase word, or "Hàng", "Hằng" before a scale word ("chục",
/// "trăm" …), and the letters glued before it are a word of two letters
/// or more with no capital but its first: a lowercase Vietnamese syllable
/// ("thứ", "bán") or a name ("Reuters", "Lâm"), itself no start of a
/// quantity ("mộtHai"). "iPhone", "PlayStation" have a later capital.
///
/// The lexer parts the word there, and the quantity scanner's two
/// searches (`number::trigger`) take the count word as a start although a
/// letter is glued before it: all three ask this function, which reads
/// the text only (the run of letters before `at`, not the lexer's word),
/// so that they agree.
pub(crate) fn glued_count_start(text: &str, at: usize) -> bool {
    /// The longest lead ("khoảng") and the longest word read before it,
    /// in characters: both reads stop there, so that a wall of glued
    /// letters costs a bounded step at each capital.
    const WORD: usize = 6;
    const BEFORE: usize = 16;
    let (Some(head), Some(after)) = (text.get(..at), text.get(at..)) else {
        return false;
    };
    // Most calls are a start word inside a lowercase word ("hai" in
    // "khai") or a capital inside a word in capitals ("UBND"): every
    // count and lead that [`glued_count_parts`] takes ("Hai" … "Mười",
    // "Hàng", "Hằng", "Khoảng", "Hơn", "Gần") opens with one of these
    // ASCII capitals and goes on in small letters (an ASCII one or a
    // letter with a mark), so two bytes decide before any letter is
    // classified: "ĐH", "ThS", "UBND" end here.
    let mut bytes = after.bytes();
    let lead = matches!(
        bytes.next(),
        Some(b'H' | b'B' | b'S' | b'T' | b'C' | b'M' | b'K' | b'G')
    );
    if !lead
        || !bytes
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b >= 0x80)
    {
        return false;
    }
    let word = word_within(after, WORD + 1);
    let Some(next) = after.get(word.len()..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let run: usize = head
        .chars()
        .rev()
        .take(BEFORE + 1)
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    head.get(head.len() - run..).is_some_and(|before| {
        before.chars().count() <= BEFORE && glued_count_parts(before, word, next)
    })
}

/// [`glued_count_start`] on its three words: the letters glued before the
/// count (`before`), the count word as written (`word`) and the word
/// after it (`next`). The number scanner's filter asks it of its own
/// tokens, where it keeps a capitalized count from being read as a name.
pub(crate) fn glued_count_parts(before: &str, word: &str, next: &str) -> bool {
    const COUNTS: &[&str] = &["hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"];
    const SCALES: &[&str] = &["chục", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"];
    let mut letters = word.chars();
    if !letters.next().is_some_and(char::is_uppercase) || !letters.all(char::is_lowercase) {
        return false;
    }
    let next_word = word_within(next, 8);
    let lead = fold(word);
    let count =
        COUNTS.contains(&lead.as_ref()) && next_word.chars().next().is_some_and(char::is_lowercase);
    let scale = matches!(lead.as_ref(), "hàng" | "hằng") && SCALES.contains(&next_word);
    // "tiếp tếKhoảng 1 tiểu đội", "Sinh nghề tử nghiệpHơn 50 năm": a
    // qualifier before digits or a spelled count.
    let bound = matches!(lead.as_ref(), "khoảng" | "hơn" | "gần")
        && (next.starts_with(|c: char| c.is_ascii_digit())
            || COUNTS.contains(&fold(next_word).as_ref()));
    let mut chars = before.chars();
    let first = chars.next();
    (count || scale || bound)
        && before.chars().nth(1).is_some()
        && chars.all(|c| !c.is_uppercase())
        && (first.is_some_and(char::is_uppercase) || crate::text::syllable::is_syllable(before))
        && !QUANTITY_STARTS.contains(&fold(before).as_ref())
}

/// "Năm 2012, …", "Năm nay, …" at the start of `after`: "Năm" (title
/// case) leading a year of four digits or "nay", "ngoái", the opening of a
/// sentence that a crawler glued to the heading or the caption before it
/// ("giảm mạnhNăm 1938, ông …", "Ea WerNăm 2012, Chủ tịch …", "Ảnh: H.
/// ThuNăm nay, Hà Nội …"; gen52 probe). "năm" can start a quantity
/// (five), which is why [`glued_by_crawler`] and [`glued_date_word`] part
/// no other "Năm": glued after letters it starts none (the quantity
/// scanner reads whole words only), so parting it changes no count, and
/// the dates grammar reads the year with its lead word.
fn year_lead(after: &str) -> bool {
    let Some(rest) = after.strip_prefix("Năm ") else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let next = rest.get(digits..).and_then(|r| r.chars().next());
    if digits > 0 {
        return digits == 4 && !next.is_some_and(is_word_char);
    }
    matches!(first_word(rest), "nay" | "ngoái")
}

/// "1,75mCô", "2,5kgCảm ơn", "1.500 tấnĐược", "11.500 USDĐược", "-6
/// độNhân viên": a unit of measure or a currency written right after a
/// number (glued or after one space), then a capitalized Vietnamese
/// syllable glued to it, is the end of a quantity and the start of the
/// next paragraph, which a crawler glued on (it dropped the line break).
/// [`glued_by_crawler`] parts only a lowercase syllable of two letters
/// or more from a capital that is ASCII; a unit's symbol is often one
/// letter or in capitals ("m", "kg", "USD"), and "Đ", "Ô" are no ASCII
/// letters. The second half must be a syllable of two letters or more
/// whose second letter is lowercase, so that "2.000mAh", "kWh", "mmHg",
/// "2.450.000VNDJaguar" keep their one word. `start..at` is the first
/// half, `at` the capital. The bytes before `start` are checked first:
/// almost every word fails there, so the rule costs nothing elsewhere.
///
/// The units of time and age ("3 nămTàu", "7 nămÔng", "52 tuầnĐối", "6
/// thángĐể", "79 tuổiCon") and the currencies of other countries written
/// as words ("10 triệu euroBáo", "40 triệu bảngĐể") are parted the same
/// way (gen53 probe): [`glued_by_crawler`] leaves "năm" whole, since it
/// also starts a quantity (five), and "euro" is no Vietnamese syllable.
fn glued_after_unit(text: &str, start: usize, at: usize) -> bool {
    /// The units and currencies the corpus writes glued so (money18 and
    /// gen53 probes), as written.
    const UNITS: &[&str] = &[
        "đồng", "USD", "VND", "VNĐ", "EUR", "tấn", "tạ", "kg", "g", "mg", "m", "cm", "mm", "km",
        "ha", "lít", "ml", "mét", "độ", "GB", "MB", "TB", "kW", "MW", "inch", "euro", "bảng",
        "năm", "tuần", "ngày", "tháng", "giờ", "phút", "tuổi",
    ];
    if !after_amount(text, start) {
        return false;
    }
    let (Some(before), Some(after)) = (text.get(start..at), text.get(at..)) else {
        return false;
    };
    if !UNITS.contains(&before) {
        return false;
    }
    let second = first_word(after);
    second.chars().nth(1).is_some_and(char::is_lowercase)
        && crate::text::syllable::is_syllable(second)
}

/// True when the word at byte `start` follows an amount: digits glued
/// before it or one space before it ("11.500USD", "11.500 USD"), or a
/// scale word after digits ([`after_scaled_number`]).
fn after_amount(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let digit_at = |k: Option<usize>| k.and_then(|k| bytes.get(k)).is_some_and(u8::is_ascii_digit);
    let after_digits = digit_at(start.checked_sub(1))
        || (start
            .checked_sub(1)
            .and_then(|k| bytes.get(k))
            .is_some_and(|&b| b == b' ')
            && digit_at(start.checked_sub(2)));
    after_digits || after_scaled_number(text, start)
}

/// The end of the currency word "đồng" when the word `start..end` is
/// "đồng" glued to more small letters after an amount: "12.340.000
/// đồngcho bản …", "lỗ 41,2 tỷ đồngc." (a crawler's or a typist's glue;
/// gen59 probe). No Vietnamese word starts with the syllable "đồng" and
/// goes on without a space, so the word is the currency and the letters
/// after it the next word, as [`glued_after_unit`] parts "đồngÔng" before
/// a capital. `None` elsewhere; a word that is no such glue fails at its
/// first bytes.
#[cold]
#[inline(never)]
fn currency_glued_to_small_word(text: &str, start: usize, end: usize) -> Option<usize> {
    const DONG: &str = "đồng";
    let rest = text.get(start..end)?.strip_prefix(DONG)?;
    (!rest.is_empty() && after_amount(text, start)).then_some(start + DONG.len())
}

/// True when a scale word after a number stands right before byte
/// `start`, a space between each: "10.000 tỉ đồngÔng", "1 triệu
/// USDĐể" (gen27 probe), so that [`glued_after_unit`] parts the unit
/// from the next paragraph's capital as it does after the digits. The
/// scale words are the vocabulary's ([`Word::Tram`], [`Word::Nghin`],
/// [`Word::Trieu`], [`Word::Ty`]: "trăm", "nghìn"/"ngàn", "triệu",
/// "tỷ"/"tỉ").
fn after_scaled_number(text: &str, start: usize) -> bool {
    let Some(head) = start.checked_sub(1).and_then(|k| text.get(..k)) else {
        return false;
    };
    if text.as_bytes().get(head.len()).is_none_or(|&b| b != b' ') {
        return false;
    }
    let Some((rest, scale)) = head.rsplit_once(' ') else {
        return false;
    };
    matches!(
        Word::lookup(scale),
        Word::Tram | Word::Nghin | Word::Trieu | Word::Ty
    ) && rest.ends_with(|c: char| c.is_ascii_digit())
}

/// The word at the start of `text` (up to the first character that is no
/// word character).
/// The run of word characters at the start of `text`, at most `most`
/// characters of it: a bounded [`first_word`], so that a read at every
/// capital of a wall of glued letters costs a bounded step.
fn word_within(text: &str, most: usize) -> &str {
    let len: usize = text
        .chars()
        .take(most)
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    text.get(..len).unwrap_or_default()
}

fn first_word(text: &str) -> &str {
    let len = text
        .char_indices()
        .find(|&(_, ch)| !is_word_char(ch))
        .map_or(text.len(), |(k, _)| k);
    text.get(..len).unwrap_or("")
}

/// "LongNgày 25-5", "ReutersNgày 27/5", "QuỳnhSáng 27/5", "WerNăm
/// 2012" ([`year_lead`]): a word that
/// leads a date, title-case, glued after a capitalized word of two
/// letters or more (a name ending a byline or a caption) starts a second
/// word, so that the date keeps its lead word. Only these words: a
/// capitalized word may hold a capital of its own ("PlayStation").
fn glued_date_word(text: &str, start: usize, at: usize) -> bool {
    const LEADS: &[&str] = &[
        "ngày", "sáng", "chiều", "trưa", "hôm", "tháng", "lúc", "rạng",
    ];
    let (Some(before), Some(after)) = (text.get(start..at), text.get(at..)) else {
        return false;
    };
    let second = first_word(after);
    before.chars().nth(1).is_some()
        && second.chars().nth(1).is_some_and(char::is_lowercase)
        && (LEADS.contains(&fold(second).as_ref()) || year_lead(after) || range_lead(after))
}

/// "CQCATrưa 29-5", "BBCSáng 26-5", "THPTNgày 1/6", "VĂN DUẨNChiều
/// ngày 27-5": a word that leads a date, title-case, glued after a word
/// in capitals of two letters or more (an outlet's or an office's
/// initials, a photographer's name in a caption) starts a second word,
/// as [`glued_date_word`] parts it after a capitalized word; a crawler
/// dropped the line break before the next paragraph's date (date21
/// probe). `start..at` is the first half, `at` the capital.
fn glued_after_capitals(text: &str, start: usize, at: usize) -> bool {
    // `glued_date_word` asks for two letters before `at`.
    text.get(start..at)
        .is_some_and(|before| before.chars().all(char::is_uppercase))
        && glued_date_word(text, start, at)
}

/// True when the character at byte `at` of `text` is a small letter.
fn small_at(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_lowercase)
}

/// Words that start a quantity in the quantity scanner's search (number
/// words, qualifier and interval words, ordinal heads), which finds them
/// only as whole words of the text.
const QUANTITY_STARTS: &[&str] = &[
    "hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "âm", "một", "năm", "không",
    "ít", "tối", "nhiều", "cao", "lớn", "thấp", "nhỏ", "hơn", "trên", "chưa", "dưới", "xấp",
    "khoảng", "chừng", "gần", "từ", "giữa", "thứ", "hạng", "hàng", "cả",
];

/// Looks a raw word up in the vocabulary; `capital` tells whether its
/// first character is a capital. Also tells whether the word is its own
/// [`fold`] (lowercase NFC): true only when it has no capital, first or
/// later, and no character the normalizer may change (which covers the
/// combining marks `fold` looks for); false when unsure. Inlined into the
/// lexer's loop (as a call it cost more than it does).
#[inline(always)]
fn classify(
    text: &str,
    start: usize,
    end: usize,
    capital: bool,
    shape: WordShape,
    lower: &mut String,
) -> (Word, bool) {
    let len = end - start;
    if len > MAX_WORD_BYTES {
        return (Word::Other, false);
    }
    let bytes = text.as_bytes();
    // A word goes through the crate's normalizer only when normalizing can
    // change which vocabulary word it is (see `needs_normalizing`).
    // Precomposed Vietnamese words, the overwhelming majority, skip it:
    // normalizing every word doubled the scan's time.
    if shape.normalize {
        let normalized = crate::text::normalize(text.get(start..end).unwrap_or_default());
        let any_upper = normalized.chars().any(char::is_uppercase);
        return (lookup_lowercase(&normalized, any_upper, lower), false);
    }
    // A word with no capital, first or later, is lowercase.
    if !capital && !shape.later_upper {
        return (lookup_at(bytes, start, len), true);
    }
    if !shape.non_ascii {
        // ASCII letters only: setting bit 5 of each byte lowercases it.
        let word = if len <= MAX_KEY_BYTES {
            let key = pack_at(bytes, start, len) | (0x2020_2020_2020_2020 & low_bytes(len));
            Word::lookup_packed(key, len)
        } else {
            Word::Other
        };
        return (word, false);
    }
    let word = text.get(start..end).unwrap_or_default();
    (lookup_lowercase(word, true, lower), false)
}

/// The vocabulary word of the `len` bytes at `start` (a lowercase NFC
/// word of the text): [`Word::lookup_bytes`] with the word read as one
/// integer, without a loop over its bytes.
#[inline(always)]
fn lookup_at(bytes: &[u8], start: usize, len: usize) -> Word {
    if len > MAX_KEY_BYTES {
        return Word::Other;
    }
    Word::lookup_packed(pack_at(bytes, start, len), len)
}

/// The mask of the low `len` bytes of a `u64` (`len` from 1 to 8).
#[inline(always)]
fn low_bytes(len: usize) -> u64 {
    u64::MAX >> (64 - 8 * len.clamp(1, 8))
}

/// The `len` bytes at `start` (1 to [`MAX_KEY_BYTES`]) packed as
/// [`words::pack`] does: one load of eight bytes, masked, except near the
/// end of the text.
#[inline(always)]
fn pack_at(bytes: &[u8], start: usize, len: usize) -> u64 {
    let eight = bytes
        .get(start..start + 8)
        .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok());
    match eight {
        Some(chunk) => u64::from_le_bytes(chunk) & low_bytes(len),
        None => bytes
            .get(start..start + len)
            .and_then(words::pack)
            .unwrap_or(0),
    }
}

/// Looks `word` up after lowercasing it (into the reused `lower`) when it
/// may hold capitals (`upper`, or an ASCII capital).
fn lookup_lowercase(word: &str, upper: bool, lower: &mut String) -> Word {
    if !upper && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Word::lookup(word);
    }
    let mut buf = [0; MAX_WORD_BYTES];
    if let Some(folded) = lowercase_bytes(word, &mut buf) {
        return Word::lookup_bytes(folded);
    }
    lower.clear();
    for c in word.chars() {
        match lowercase_letter(c) {
            Some(l) => lower.push(l),
            None => lower.extend(c.to_lowercase()),
        }
    }
    Word::lookup(lower)
}

/// The lowercase of `word` (UTF-8 bytes) written into `buf`, from the
/// bytes, when every character is ASCII or a letter whose bytes alone give
/// its small letter of the same length (see [`lowercase_byte_pair`]);
/// `None` otherwise (and for words longer than `buf`), for the general
/// path. Capitalized words reach this at every sentence start and name.
fn lowercase_bytes<'b>(word: &str, buf: &'b mut [u8; MAX_WORD_BYTES]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            0x00..=0x7F => {
                *out.get_mut(i)? = b.to_ascii_lowercase();
                i += 1;
            }
            0xC3..=0xC6 => {
                let second = *bytes.get(i + 1)?;
                *out.get_mut(i)? = b;
                *out.get_mut(i + 1)? = lowercase_byte_pair(b, second)?;
                i += 2;
            }
            // U+1EA0–U+1EFF (Ạ ạ Ả ả …): capital, small, capital…
            0xE1 => {
                let (second, third) = (*bytes.get(i + 1)?, *bytes.get(i + 2)?);
                if !(second == 0xBB || second == 0xBA && third >= 0xA0) {
                    return None;
                }
                *out.get_mut(i)? = b;
                *out.get_mut(i + 1)? = second;
                *out.get_mut(i + 2)? = third | 1;
                i += 3;
            }
            _ => return None,
        }
    }
    Some(out)
}

/// The second byte of the small letter for a two-byte letter (`lead`,
/// `second`) of the Vietnamese alphabet: À–Þ but × (U+00C0–U+00DE) and
/// their small letters, Ă Đ Ĩ Ũ Ơ Ư and theirs; `None` for anything else.
fn lowercase_byte_pair(lead: u8, second: u8) -> Option<u8> {
    match (lead, second) {
        (0xC3, 0x80..=0x9E) if second != 0x97 => Some(second + 0x20),
        (0xC3, 0x9F..=0xBF) => Some(second),
        (0xC4, 0x82 | 0x90 | 0xA8) | (0xC5, 0xA8) | (0xC6, 0xA0) => Some(second + 1),
        (0xC6, 0xAF) => Some(0xB0),
        (0xC4, 0x83 | 0x91 | 0xA9) | (0xC5, 0xA9) | (0xC6, 0xA1 | 0xB0) => Some(second),
        _ => None,
    }
}

/// The length of the character at byte `i` (whose first byte is `lead`)
/// and whether it may be a capital, when its bytes alone show it is a
/// precomposed Latin letter
/// (which never needs the normalizer): U+00C0–U+024F but × and ÷, and
/// U+1E00–U+1EFF, where Vietnamese letters live. `None` when the character
/// must be decoded to tell.
///
/// "May be a capital" is false when the bytes show a small letter, true
/// otherwise, which sends the word through lowercasing. Latin-1 capitals
/// are U+00C0–U+00DE; from U+1E00 capitals are the even code points (the
/// last byte's parity; the few small letters among them only take the
/// slower path); in Latin Extended-A and -B the Vietnamese small letters
/// ă đ ĩ ũ ơ ư are named, everything else may be a capital.
// Inlined into the lexer's loop, which asks it of every non-ASCII letter
// after a word's first.
#[inline(always)]
fn precomposed_letter(lead: u8, bytes: &[u8], i: usize) -> Option<(usize, bool)> {
    let second = bytes.get(i + 1).copied().unwrap_or(0);
    match (lead, second) {
        (0xC3, b) if b != 0x97 && b != 0xB7 => Some((2, b <= 0x9E)),
        (0xC4..=0xC8, _) | (0xC9, 0x80..=0x8F) => Some((
            2,
            !matches!(
                (lead, second),
                (0xC4, 0x83 | 0x91 | 0xA9) | (0xC5, 0xA9) | (0xC6, 0xA1 | 0xB0)
            ),
        )),
        (0xE1, 0xB8..=0xBB) => Some((3, bytes.get(i + 2).is_none_or(|&b| b % 2 == 0))),
        _ => None,
    }
}

/// The lowercase of a letter of the Vietnamese alphabet without the
/// general Unicode tables (whose lookup dominated lowercasing capitalized
/// words), `None` for other characters. Agrees with
/// [`char::to_lowercase`] (tested over U+0000–U+2FFF).
fn lowercase_letter(c: char) -> Option<char> {
    let u = u32::from(c);
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x61..=0x7A | 0xDF..=0xF6 | 0xF8..=0xFF => u,
        // Ă Đ Ĩ Ũ Ơ Ư and their lowercase.
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 => u + 1,
        0x1AF => 0x1B0,
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => u,
        // Latin Extended Additional from Ạ on: capital, small, capital…
        0x1EA0..=0x1EFF => u | 1,
        _ => return None,
    };
    char::from_u32(l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_general_punctuation_is_alphabetic() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(is_general_punctuation(c) && !c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn currency_glued_to_a_small_word_after_an_amount() {
        let end = |t: &str| {
            let start = t.find("đồng").unwrap_or(0);
            currency_glued_to_small_word(t, start, t.len()).map(|e| e - start)
        };
        assert_eq!(end("giá 12.340.000 đồngcho"), Some("đồng".len()));
        assert_eq!(end("lỗ 41,2 tỷ đồngc"), Some("đồng".len()));
        assert_eq!(end("giá 500đồngcho"), Some("đồng".len()));
        assert_eq!(end("giá 500 đồng"), None);
        assert_eq!(end("cánh đồngcho"), None);
        assert_eq!(end(""), None);
    }

    #[test]
    fn galloping_search_agrees_with_bisection() {
        let toks = tokenize("Ngày 29/10, lúc 14h30, giá tăng 5% lên 83,5 triệu đồng.");
        for pos in 0..=60 {
            let want = toks.partition_point(|t| t.start < pos);
            for hint in 0..=toks.len() + 2 {
                assert_eq!(first_at_or_after(&toks, pos, hint), want, "{pos} {hint}");
            }
        }
        assert_eq!(first_at_or_after(&[], 5, 3), 0);
    }

    #[test]
    fn spans_and_gaps() {
        let toks = tokenize("Thứ Tư, 14h30\nngày");
        let kinds: Vec<_> = toks.iter().map(|t| (t.kind, t.gap)).collect();
        assert_eq!(
            kinds,
            vec![
                (
                    Kind::Word {
                        word: Word::Thu,
                        capital: true,
                        folded: false
                    },
                    Gap::None
                ),
                (
                    Kind::Word {
                        word: Word::Tu4,
                        capital: true,
                        folded: false
                    },
                    Gap::Space
                ),
                (Kind::Punct(','), Gap::None),
                (Kind::Num { value: 14, len: 2 }, Gap::Space),
                (
                    Kind::Word {
                        word: Word::H,
                        capital: false,
                        folded: true
                    },
                    Gap::None
                ),
                (Kind::Num { value: 30, len: 2 }, Gap::None),
                (
                    Kind::Word {
                        word: Word::Ngay,
                        capital: false,
                        folded: true
                    },
                    Gap::Line
                ),
            ]
        );
        assert_eq!(toks.last().map(|t| (t.start, t.end)), Some((17, 22)));
    }

    #[test]
    fn lookup_agrees_with_the_normalizer_on_confusables() {
        // Cyrillic "у" (U+0443) for Latin "y", as in text pasted from elsewhere.
        let repaired = crate::text::normalize("nga\u{300}\u{443}");
        let toks = tokenize("nga\u{300}\u{443}");
        let expected = Word::lookup(&repaired.to_lowercase());
        assert!(
            matches!(toks.first().map(|t| t.kind), Some(Kind::Word { word, .. }) if word == expected)
        );
    }

    /// The words of `text` as the lexer parts them.
    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .filter(|t| matches!(t.kind, Kind::Word { .. }))
            .filter_map(|t| text.get(t.start..t.end))
            .collect()
    }

    #[test]
    fn a_year_lead_glued_by_a_crawler_is_parted() {
        assert_eq!(words("mạnhNăm 1938,"), ["mạnh", "Năm"]);
        assert_eq!(words("WerNăm 2012"), ["Wer", "Năm"]);
        assert_eq!(words("LẠINăm 2008"), ["LẠI", "Năm"]);
        assert_eq!(words("ThuNăm nay,"), ["Thu", "Năm", "nay"]);
        // Five, not a year; a part of the year; no year of four digits.
        assert_eq!(words("mớiNăm tháng"), ["mớiNăm", "tháng"]);
        assert_eq!(words("đầuNăm nay"), ["đầuNăm", "nay"]);
        assert_eq!(words("mạnhNăm 19384"), ["mạnhNăm"]);
    }

    #[test]
    fn a_range_lead_glued_by_a_crawler_is_parted() {
        assert_eq!(words("chungTừ ngày 15"), ["chung", "Từ", "ngày"]);
        assert_eq!(words("suấtTừ 2009 đến"), ["suất", "Từ", "đến"]);
        assert_eq!(words("AnhTừ 1/7"), ["Anh", "Từ"]);
        assert_eq!(words("sâuTối 13/5"), ["sâu", "Tối"]);
        // No date or number after it: "tối đa", "từ nay" stay glued.
        assert_eq!(words("phạtTối đa 5"), ["phạtTối", "đa"]);
        assert_eq!(words("nguyênTừ nay"), ["nguyênTừ", "nay"]);
        assert!(range_lead("Từ ngày 8"));
        assert!(range_lead("Tối 13/5"));
        assert!(!range_lead("Từ nay"));
        assert!(!range_lead("Từ"));
        assert!(!range_lead("từ 5"));
    }

    #[test]
    fn a_count_glued_by_a_crawler_is_parted() {
        assert_eq!(words("ReutersHàng chục"), ["Reuters", "Hàng", "chục"]);
        assert_eq!(words("bánBa bị"), ["bán", "Ba", "bị"]);
        assert_eq!(words("AnHai tháng"), ["An", "Hai", "tháng"]);
        assert_eq!(words("tiếp tếKhoảng 1"), ["tiếp", "tế", "Khoảng"]);
        assert_eq!(words("nghiệpHơn năm"), ["nghiệpHơn", "năm"]);
        // A start word before it ("thứ Hai" is a Monday), a later capital,
        // no scale after "Hàng", a capital after the count: one word.
        assert_eq!(words("thứHai luật"), ["thứHai", "luật"]);
        assert_eq!(words("iPhoneHai người"), ["iPhoneHai", "người"]);
        assert_eq!(words("mặcHàng tồn"), ["mặcHàng", "tồn"]);
        assert_eq!(words("quậnHai Bà"), ["quậnHai", "Bà"]);
        let text = "cá nhânHai chiếc";
        assert!(glued_count_start(text, text.find("Hai").unwrap_or(0)));
        assert!(!glued_count_start("khai mạc", 1));
    }

    #[test]
    fn a_folded_word_is_its_own_fold() {
        let text = "Ngày mười HAI tháng Mười, bỐn NGƯỜI đồngHà giớiNgày iPhone \
                    kWh mu\u{31b}o\u{31b}\u{300}i nga\u{300}\u{443} Ạnh ạnh Đà đà \
                    ĂN ăn Ơi ơi Ưu ưu ÿ Ÿ ǅ ǆ ɐ Ɐ ꞵ Ꞵ ﬁ ῼ ᾳ İ i̇ ß ẞ";
        let mut folded_words = 0;
        for t in tokenize(text) {
            let Kind::Word { folded, .. } = t.kind else {
                continue;
            };
            let raw = &text[t.start..t.end];
            if folded {
                folded_words += 1;
                assert!(
                    matches!(fold(raw), std::borrow::Cow::Borrowed(w) if w == raw),
                    "{raw}"
                );
            }
        }
        assert!(folded_words >= 10, "{folded_words}");
    }

    #[test]
    fn lowercase_bytes_agrees_with_std() {
        let mut handled = 0;
        for c in '\0'..='\u{2fff}' {
            for word in [format!("{c}"), format!("A{c}ẠB"), format!("{c}ư")] {
                let mut buf = [0; MAX_WORD_BYTES];
                if let Some(low) = lowercase_bytes(&word, &mut buf) {
                    handled += 1;
                    assert_eq!(low, word.to_lowercase().as_bytes(), "{c:?}");
                }
            }
        }
        assert!(handled > 3 * 128, "{handled}");
        let mut buf = [0; MAX_WORD_BYTES];
        assert_eq!(lowercase_bytes("NGƯỜI", &mut buf), Some("người".as_bytes()));
        assert_eq!(lowercase_bytes("ĐÀ", &mut buf), Some("đà".as_bytes()));
        assert_eq!(lowercase_bytes("ÁÁÁÁÁÁÁÁÁ", &mut buf), None);
    }

    #[test]
    fn lowercase_letter_agrees_with_std() {
        for c in ('\0'..='\u{2fff}').filter(|c| lowercase_letter(*c).is_some()) {
            let std: Vec<char> = c.to_lowercase().collect();
            assert_eq!(
                std,
                lowercase_letter(c).into_iter().collect::<Vec<_>>(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn precomposed_letter_agrees_with_is_word_char() {
        for c in ('\u{80}'..='\u{2fff}').filter(|c| !needs_normalizing(*c)) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if let Some((n, _)) = precomposed_letter(bytes[0], bytes, 0) {
                assert!(is_word_char(c) && n == c.len_utf8(), "{c:?}");
            }
        }
    }

    #[test]
    fn may_be_capital_is_true_for_every_capital() {
        for c in ('\u{80}'..='\u{2fff}').filter(|c| c.is_uppercase()) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if let Some((_, upper)) = precomposed_letter(bytes[0], bytes, 0) {
                assert!(upper, "{c:?}");
            }
        }
        for c in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĩũ".chars()
        {
            let mut buf = [0; 4];
            assert_eq!(
                {
                    let bytes = c.encode_utf8(&mut buf).as_bytes();
                    precomposed_letter(bytes[0], bytes, 0)
                },
                Some((c.len_utf8(), false)),
                "{c:?}"
            );
        }
    }

    #[test]
    fn a_capital_inside_a_word_is_lowercased() {
        for text in ["bỐn", "mỘt", "ThÁng", "nĂm", "bO\u{302}\u{301}n"] {
            let toks = tokenize(text);
            let word = match toks.first().map(|t| t.kind) {
                Some(Kind::Word { word, .. }) => word,
                _ => Word::Other,
            };
            let nfc = crate::text::normalize(text);
            assert_eq!(word, Word::lookup(&nfc.to_lowercase()), "{text}");
            assert_ne!(word, Word::Other, "{text}");
        }
    }

    #[test]
    fn ascii_classes_agree_with_the_char_tests() {
        for b in 0..128u8 {
            let c = char::from(b);
            let want = if is_line_break(c) {
                LINE
            } else if is_space(c) {
                SPACE
            } else if c.is_ascii_digit() {
                DIGIT
            } else if is_word_char(c) {
                if c.is_uppercase() { UPPER } else { LOWER }
            } else {
                PUNCT
            };
            assert_eq!(ASCII_CLASS[usize::from(b)], want, "{c:?}");
        }
    }

    #[test]
    fn a_word_read_in_place_is_looked_up_as_its_bytes() {
        // Words at the end of the text (fewer than eight bytes after their
        // start) and inside it, in the vocabulary or not.
        let text = "khoảng ngày tháng trước x hai năm nayy ngày";
        let mut start = 0;
        for word in text.split(' ') {
            let len = word.len();
            assert_eq!(
                lookup_at(text.as_bytes(), start, len),
                Word::lookup(word),
                "{word}"
            );
            if len <= MAX_KEY_BYTES {
                assert_eq!(
                    Some(pack_at(text.as_bytes(), start, len)),
                    words::pack(word.as_bytes()),
                    "{word}"
                );
            }
            start += len + 1;
        }
        assert_eq!(lookup_at(b"ngay", 0, 4), Word::Ngay2);
        assert_eq!(lookup_at(b"a ngay", 2, 4), Word::Ngay2);
    }

    #[test]
    fn decomposed_words_are_known() {
        let toks = tokenize("nga\u{300}y");
        assert_eq!(toks.len(), 1);
        assert!(matches!(
            toks.first().map(|t| t.kind),
            Some(Kind::Word {
                word: Word::Ngay,
                ..
            })
        ));
    }
}
