//! Where a quantity may start: the words, symbols and digits the scanner
//! stops at. Everything else in running text is skipped by one
//! Aho-Corasick search, without lexing or normalizing it; or, when the
//! caller has tokenized the whole text already (the extractor), by a walk
//! over its tokens, which finds the same starts without a second pass over
//! the bytes.
//!
//! A start word is recognized in lower, Title or UPPER case (any mix of the
//! case of its letters) and in NFC or canonical NFD. The scanner's reference
//! implementation uses the same recognizer, so both agree by construction.

use std::fmt;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind, StartKind};

use super::forms::{FnvMap, FnvSet};
use super::lex::{Kind, Token};
pub(crate) use crate::lex::is_word_char;
use crate::lex::{self as shared, Word};

/// What kind of start a match is, which decides how much checking it needs
/// before the grammar runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Start {
    /// An ASCII digit.
    Digit,
    /// A number word usually a number ("hai", "mười", "âm"): always parsed.
    Number,
    /// "một", "năm", "không": mostly "a", "year", "not"; parsed only when
    /// the next token could continue a number.
    Lone,
    /// A qualifier, an interval opener, an ordinal head or a currency code:
    /// parsed only when the next token could start what must follow.
    Phrase,
    /// A currency symbol.
    Symbol,
}

const NUMBER_WORDS: &[&str] = &[
    "hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "âm",
];
const LONE_WORDS: &[&str] = &["một", "năm", "không"];
const PHRASE_WORDS: &[&str] = &[
    // First words of the qualifiers (entity.rs).
    "ít", "tối", "nhiều", "cao", "lớn", "thấp", "nhỏ", "hơn", "trên", "chưa", "dưới", "xấp",
    "khoảng", "chừng", "gần", // Interval openers and ordinal heads.
    "từ", "giữa", "thứ", "hạng", // "hàng triệu tấn", "hàng nghìn USD".
    "hàng", "hằng", // "nhất bảng B", "nhì bảng D": first, second of a group.
    "nhất", "nhì", "quanh", "tầm", "ngót", // "dài cỡ 3 mét": about (scan.rs).
    "cỡ",   // "quá nửa": more than half.
    "quá",  // "ước chừng 20 tuổi": roughly (the fifteenth blind set, opened).
    "ước",  // "trạc 50 tuổi": about (num26 probe).
    "trạc",
    // "cả chục người", "cả trăm triệu đồng": as many as ten, a hundred.
    "cả",
    // A bare "chục", "trăm" or scale word, a start after "vài" or "mấy"
    // only ("vài trăm người"; scan.rs).
    "chục", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ",
    "tỉ",
    // Currency codes written before an amount come from the currency
    // table (`currency::prefix_words`), units written before a number
    // ("Mach 2") from the unit table (`unit::prefix_words`).
];

struct Automaton {
    /// The search automaton (unanchored: half the size, twice the speed of
    /// one that also answers anchored queries). `None` only if it could not
    /// be built, which a fixed, tested pattern set never hits; the scanner
    /// then finds nothing.
    ac: Option<AhoCorasick>,
    kinds: Vec<Start>,
}

/// Every case variant of the non-ASCII letters of `word` (ASCII case is
/// left to the automaton), each in NFC and NFD.
fn variants(word: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for c in word.chars() {
        let upper: String = c.to_uppercase().collect();
        let branch = !c.is_ascii() && upper != c.to_string();
        let mut next = Vec::with_capacity(out.len() * 2);
        for v in &out {
            next.push(format!("{v}{c}"));
            if branch {
                next.push(format!("{v}{upper}"));
            }
        }
        out = next;
    }
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
    let decomposed: Vec<String> = out.iter().map(|v| nfd.normalize(v).into_owned()).collect();
    out.extend(decomposed);
    out.sort();
    out.dedup();
    out
}

/// The words written before a number that start a quantity: currency
/// codes ("USD 5", "Rs 100") and units ("Mach 2"), lower-cased.
fn prefix_words() -> impl Iterator<Item = String> {
    super::currency::prefix_words().chain(super::unit::prefix_words())
}

/// Every pattern and its kind: digits, the variants of the start words,
/// the currency symbols.
fn patterns() -> (Vec<String>, Vec<Start>) {
    let mut patterns = Vec::new();
    let mut kinds = Vec::new();
    for d in b'0'..=b'9' {
        patterns.push(char::from(d).to_string());
        kinds.push(Start::Digit);
    }
    for (words, kind) in [
        (NUMBER_WORDS, Start::Number),
        (LONE_WORDS, Start::Lone),
        (PHRASE_WORDS, Start::Phrase),
    ] {
        for w in words {
            for v in variants(w) {
                patterns.push(v);
                kinds.push(kind);
            }
        }
    }
    let mut prefixes: Vec<String> = prefix_words().collect();
    prefixes.sort();
    prefixes.dedup();
    for w in prefixes {
        for v in variants(&w) {
            patterns.push(v);
            kinds.push(Start::Phrase);
        }
    }
    for s in super::currency::SYMBOL_CHARS {
        patterns.push(s.to_string());
        kinds.push(Start::Symbol);
    }
    (patterns, kinds)
}

fn build(patterns: &[String], start: StartKind) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .start_kind(start)
        // Nearly every word starts with a letter some pattern starts with,
        // so a prefilter would only interrupt the DFA.
        .prefilter(false)
        .build(patterns)
        .ok()
}

fn automaton() -> &'static Automaton {
    static AUTOMATON: OnceLock<Automaton> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        let (patterns, kinds) = patterns();
        let ac = build(&patterns, StartKind::Unanchored);
        debug_assert!(ac.is_some(), "the start patterns build");
        Automaton { ac, kinds }
    })
}

/// The start kind of a whole word, if it is a start word: the same
/// patterns as the search, anchored at both ends of `word`. The reference
/// scanner's test, and the token walk's check of a word the vocabulary
/// says may start a quantity.
pub(crate) fn start_word(word: &str) -> Option<Start> {
    // A whole-word match of the anchored automaton is an ASCII
    // case-insensitive equality with a pattern, so a table of the patterns
    // with their ASCII letters lowered answers it: the token walk of
    // `extract`, which asks only this, builds no automaton at all.
    static WORDS: OnceLock<StartWords> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let (patterns, kinds) = patterns();
        let mut long = FnvMap::default();
        for (p, k) in patterns.iter().zip(kinds) {
            // The first of equal patterns, as the automaton reports it.
            long.entry(p.to_ascii_lowercase()).or_insert(k);
        }
        let mut short: Vec<(u64, Start)> = long
            .iter()
            .filter_map(|(p, &k)| Some((packed_word(p.as_bytes())?, k)))
            .collect();
        short.sort_unstable_by_key(|&(key, _)| key);
        StartWords { short, long }
    });
    let kind = if let Some(key) = packed_word(word.as_bytes()) {
        let k = words.short.binary_search_by_key(&key, |&(p, _)| p).ok()?;
        words.short.get(k).map(|&(_, kind)| kind)
    } else {
        let mut buf = [0u8; 64];
        let lowered = buf.get_mut(..word.len())?;
        lowered.copy_from_slice(word.as_bytes());
        lowered.make_ascii_lowercase();
        let lowered = std::str::from_utf8(lowered).ok()?;
        words.long.get(lowered).copied()
    };
    kind.filter(|k| *k != Start::Digit && *k != Start::Symbol)
}

/// [`start_word`]'s table: the lowered patterns of eight bytes or fewer
/// as packed keys ([`packed_word`]), sorted, and all of them by text.
struct StartWords {
    short: Vec<(u64, Start)>,
    long: FnvMap<String, Start>,
}

/// A word of one to eight bytes with its ASCII letters lowered, packed
/// as the vocabulary packs its keys ([`shared::pack`]: little-endian, zero
/// bytes after it; no word holds a zero byte): a start word looked up
/// with no UTF-8 check and no hash of its bytes (speed6). `None` for a
/// longer or empty word.
fn packed_word(word: &[u8]) -> Option<u64> {
    shared::pack(word).map(lower_packed)
}

/// The ASCII capitals of a packed word lowered, all eight bytes at once:
/// bit 5 set in each byte from `A` to `Z`, other bytes (small letters,
/// bytes of non-ASCII letters, the zeros above the word) kept.
fn lower_packed(key: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let seven = key & LOW7;
    // The high bit of each byte: set when its low seven bits are at least
    // `A`, and when they are above `Z` (no carry crosses a byte).
    let from_a = seven + ONES * u64::from(0x80 - b'A');
    let past_z = seven + ONES * u64::from(0x7f - b'Z');
    let capital = (from_a ^ past_z) & !key & HIGH;
    key | (capital >> 2)
}

/// True when the word token `t` of `text`, classified as `word` by the
/// shared lexer, may be a start word, so that [`start_word`] must look at
/// it: every start word is in the vocabulary but the ASCII words written
/// before a number (currency codes, "Mach"), which are looked up on their
/// own. A superset (the vocabulary's "hằng" shares "hàng"'s entry);
/// [`start_word`] decides. Decided without slicing the text for the many
/// words that are neither a start word of the vocabulary nor short
/// enough to be such an ASCII word (four bytes at most, see
/// [`packed_code`]): the token walk asks it of every word.
fn may_be_start_token(text: &str, t: &shared::Token, word: Word) -> bool {
    if is_start_vocab(word) {
        return true;
    }
    // The word's bytes, not its text: no test of character boundaries.
    t.end.saturating_sub(t.start) <= 4
        && text
            .as_bytes()
            .get(t.start..t.end)
            .is_some_and(|raw| is_ascii_code(packed_code_bytes(raw)))
}

/// [`may_be_start_token`] for a word of raw text `raw`, for the tests.
#[cfg(test)]
fn may_be_start_word(word: Word, raw: &str) -> bool {
    is_start_vocab(word) || is_ascii_code(packed_code(raw))
}

/// True for the vocabulary words that may be start words (see
/// [`may_be_start_token`]).
fn is_start_vocab(word: Word) -> bool {
    // One load from a table indexed by the word's discriminant, not a
    // `match` of 47 words: the token walk asks this of every word (speed6).
    START_VOCAB.get(word as usize).copied().unwrap_or(false)
}

/// [`is_start_vocab`]'s table, one entry per vocabulary word (built at
/// compile time, where an index out of range would fail the build).
#[allow(clippy::indexing_slicing)]
static START_VOCAB: [bool; 256] = {
    use Word::*;
    let words = [
        Hai, Ba, Bon, Sau6, Bay, Tam, Chin, Muoi, Am, Mot, Nam, Khong, It, Toi, Nhieu, Cao, Lon,
        Thap2, Nho, Hon, Tren, Chua2, Duoi, Xap, Khoang, Chung, Gan, Tu, Giua, Thu, Hang, Qua3,
        Uoc, Hang2, Vnd, Nhat2, Nhi, Quanh, Tam2, Co3, Ngot, Ca, Chuc, Tram, Nghin, Trieu, Ty, Van,
        Trac,
    ];
    let mut table = [false; 256];
    let mut k = 0;
    while k < words.len() {
        table[words[k] as usize] = true;
        k += 1;
    }
    table
};

/// True when `code` (see [`packed_code`]) is an ASCII word written
/// before a number (a currency code, "Mach"): one
/// probe of a 1024-bit filter rejects nearly every other short word
/// before the sorted list is searched.
fn is_ascii_code(code: u32) -> bool {
    let codes = ascii_codes();
    let bit = filter_bit(code);
    code != 0
        && codes
            .filter
            .get(bit / 64)
            .is_some_and(|w| w >> (bit % 64) & 1 == 1)
        && codes.sorted.binary_search(&code).is_ok()
}

/// The filter bit of a packed code: a multiplicative hash's top ten bits.
fn filter_bit(code: u32) -> usize {
    (code.wrapping_mul(0x9E37_79B1) >> 22) as usize
}

/// An ASCII word of at most four letters, lowercased and packed into a
/// number (0 for anything else), to look a currency code up without
/// allocating.
fn packed_code(raw: &str) -> u32 {
    packed_code_bytes(raw.as_bytes())
}

/// [`packed_code`] of a word's bytes, tested for ASCII as they are packed.
fn packed_code_bytes(raw: &[u8]) -> u32 {
    if raw.len() > 4 {
        return 0;
    }
    let mut acc = 0;
    for &b in raw {
        if !b.is_ascii() {
            return 0;
        }
        acc = (acc << 8) | u32::from(b.to_ascii_lowercase());
    }
    acc
}

/// The words written before a number that are ASCII words of four
/// letters at most (currency codes: "USD", "RMB", "Rs"; the unit "Mach"),
/// packed: sorted, and as a filter of their hash bits. The start words
/// the vocabulary does not hold.
struct AsciiCodes {
    sorted: Vec<u32>,
    filter: [u64; 16],
}

fn ascii_codes() -> &'static AsciiCodes {
    static CODES: OnceLock<AsciiCodes> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut sorted: Vec<u32> = prefix_words()
            .map(|w| packed_code(&w))
            .filter(|&c| c != 0)
            .collect();
        sorted.sort_unstable();
        sorted.dedup();
        let mut filter = [0u64; 16];
        for &code in &sorted {
            let bit = filter_bit(code);
            if let Some(w) = filter.get_mut(bit / 64) {
                *w |= 1 << (bit % 64);
            }
        }
        AsciiCodes { sorted, filter }
    })
}

/// The starts of a text, in order: digit runs (their first digit),
/// currency symbols, and whole start words. One pass of the automaton over the text, or one walk over the
/// shared lexer's tokens of it.
pub(crate) struct Starts<'t> {
    text: &'t str,
    source: Source<'t>,
}

/// Where the starts come from.
enum Source<'t> {
    /// The automaton's search over the bytes, and where it goes on.
    Search {
        ac: Option<&'static AhoCorasick>,
        at: usize,
    },
    /// The shared lexer's tokens of the whole text, and the next to look at.
    Tokens {
        toks: &'t [shared::Token],
        next: usize,
    },
}

impl fmt::Debug for Starts<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Starts").finish_non_exhaustive()
    }
}

impl<'t> Starts<'t> {
    pub(crate) fn new(text: &'t str) -> Starts<'t> {
        Starts {
            text,
            source: Source::Search {
                ac: automaton().ac.as_ref(),
                at: 0,
            },
        }
    }

    /// The starts of `text` read off `toks`, the shared lexer's tokens of
    /// all of it: a digit run starts at its first digit, a currency symbol
    /// is a token of its own, and a start word is a whole word token, so
    /// the walk finds what the search finds (a property test holds the
    /// two scanners equal).
    pub(crate) fn over_tokens(text: &'t str, toks: &'t [shared::Token]) -> Starts<'t> {
        Starts {
            text,
            source: Source::Tokens { toks, next: 0 },
        }
    }
}

impl Iterator for Starts<'_> {
    type Item = (usize, Start);

    fn next(&mut self) -> Option<(usize, Start)> {
        let text = self.text;
        match &mut self.source {
            Source::Search { ac, at } => next_found(text, (*ac)?, at),
            Source::Tokens { toks, next } => {
                // The tokens after the last start, walked with no bound
                // check per token (speed6).
                let rest = toks.get(*next..).unwrap_or_default();
                for (k, t) in rest.iter().enumerate() {
                    let kind = match t.kind {
                        shared::Kind::Num { .. } => Start::Digit,
                        // Of the ASCII characters only `$` is a currency
                        // symbol: the list is searched for the others.
                        shared::Kind::Punct(c)
                            if c == '$'
                                || (!c.is_ascii()
                                    && super::currency::SYMBOL_CHARS.contains(&c)) =>
                        {
                            Start::Symbol
                        }
                        // A start word is a whole word of the text, as the
                        // automaton's search reads it: the shared lexer
                        // parts "1kgMột" into "kg" and "Một", but a word
                        // glued after letters starts nothing here (the
                        // scan after it read the glued chunk as one and
                        // skipped the rest of the text).
                        shared::Kind::Word { word, .. }
                            if may_be_start_token(text, t, word)
                                && (!text
                                    .get(..t.start)
                                    .and_then(|b| b.chars().next_back())
                                    .is_some_and(is_word_char)
                                    || shared::glued_count_start(text, t.start)) =>
                        {
                            let raw = text.get(t.start..t.end).unwrap_or_default();
                            match start_word(raw) {
                                Some(kind) => kind,
                                None => continue,
                            }
                        }
                        shared::Kind::Word { .. } | shared::Kind::Punct(_) => continue,
                    };
                    *next += k + 1;
                    return Some((t.start, kind));
                }
                *next = toks.len();
                None
            }
        }
    }
}

/// The next start the automaton finds at or after byte `at`, which it
/// moves past the start: the first digit of a run of digits, every
/// symbol, and the matches of start words that are whole words.
///
/// The digits after the first of a run are no starts: the scanner's
/// position is always a token boundary, and a run of digits is inside
/// one token, so it skipped each of them once it had tried the run (the
/// token walk of `Starts::over_tokens`, whose digit tokens are whole
/// runs, never had them). Searching on after the run spares a call of
/// the automaton and a turn of the scanner's loop for each (speed1
/// probe).
fn next_found(text: &str, ac: &AhoCorasick, at: &mut usize) -> Option<(usize, Start)> {
    let kinds = &automaton().kinds;
    loop {
        let from = *at;
        let m = ac.try_find(Input::new(text.get(from..)?)).ok()??;
        let (start, end) = (from + m.start(), from + m.end());
        *at = end;
        let kind = kinds.get(m.pattern().as_usize()).copied()?;
        match kind {
            Start::Digit => {
                *at = digit_run_end(text, end);
                return Some((start, kind));
            }
            Start::Symbol => return Some((start, kind)),
            _ => {
                // A start word is a whole word, not "hai" in "khai".
                // Matches never straddle a token boundary (they are all
                // letters), so skipping this one hides no start.
                let before = text.get(..start).and_then(|t| t.chars().next_back());
                let after = text.get(end..).and_then(|t| t.chars().next());
                // A count a crawler glued to the word before it
                // ("ReutersHàng chục", "thứHai luật sư") is a start too,
                // as the shared lexer parts it (`glued_count_start`).
                if (!before.is_some_and(is_word_char) || shared::glued_count_start(text, start))
                    && !after.is_some_and(is_word_char)
                {
                    return Some((start, kind));
                }
            }
        }
    }
}

/// The end of the run of ASCII digits that goes on at byte `at`.
fn digit_run_end(text: &str, at: usize) -> usize {
    let rest = text.as_bytes().get(at..).unwrap_or_default();
    at + rest.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// Words that can stand right after a quantity's first word and continue
/// it (number words are recognized by the lexer; these are the others):
/// units, connectors, qualifier words, currency words.
const CONTINUATIONS: &[&str] = &[
    // Qualifier words after the first; "mức" (level) between a bound and
    // its number ("trên mức 200.000", "dưới mức 2%": qualifier.rs).
    "ít", "hơn", "quá", "vượt", "dưới", "tới", "đến", "nhất", "là", "thiểu", "đa", "đầy", "tròn",
    "xỉ", "chừng", "nghét", "ngét", "mức",
    // Openers, connectors, percent, hundredths, "hơn … nữa", ordinals.
    "từ", "giữa", "cho", "và", "phần", "xu", "xen", "cent", "cents", "nữa", "nhì", "bảng",
    // Fractions and rates.
    "trên", "chia", "mỗi", "nửa",
    // A vague count as a bound of an interval: "từ vài trăm đến vài triệu
    // đồng" (`entity::vague_bound`).
    "vài", "mấy",
];

/// True when `tok` is the modal of a negated bound after the window's
/// tokens `before` ("không được vượt quá 5%", "không thể dưới 100 km/h",
/// "không được phép quá 2 triệu đồng": `entity::negated_bound_with_modal`):
/// "được" or "thể" right after a first "không", "phép" after "không
/// được". Only there: the words are too common to go on any quantity, and
/// a run of them ("không được không được …") must not stretch a window.
pub(crate) fn modal_of_bound(before: &[Token<'_>], tok: &Token<'_>) -> bool {
    match before {
        [k] => k.is("không") && (tok.is("được") || tok.is("thể")),
        [k, d] => k.is("không") && d.is("được") && tok.is("phép"),
        _ => false,
    }
}

/// True when `tok` could be the token after the first word of a quantity:
/// a conservative superset used to skip the grammar for "một người",
/// "trên bàn", "năm nay".
pub(crate) fn may_continue(tok: &Token<'_>) -> bool {
    match tok.kind {
        Kind::Digits | Kind::Sym(_) => true,
        Kind::Word => word_in(tok, continuation_words()),
    }
}

/// True when the word `tok` may go on a quantity: a number word, a
/// short run of ASCII letters ("US$", "HK$": letters glued to a dollar
/// sign), or a word of `words` (the filter's set).
fn word_in(tok: &Token<'_>, words: &FnvSet<String>) -> bool {
    tok.word != super::lex::Word::Other
        || (tok.text.len() <= 3 && tok.text.bytes().all(|b| b.is_ascii_alphabetic()))
        || words.contains(tok.folded.as_ref())
}

/// True when `tok`, the token after a lone "một", "năm" or "không" on
/// its line, is one the grammar may read on into: [`may_continue`] with
/// the units narrowed to those that may stand after a number. A unit
/// that stands only after a slash or "mỗi" ("/người", "/ngày", "mỗi
/// chiếc") is no unit of the number before it, and the lone word before
/// such a noun is "a", "year" or "no" ("một người", "năm ngày", "không
/// ai"; the counted nouns after "năm" and the tallies after "một" are
/// the caller's own tests). A unit test puts every word the grammar
/// knows after the three words and checks that the scanner skips just
/// the word wherever this says no.
pub(crate) fn may_follow_lone(tok: &Token<'_>) -> bool {
    match tok.kind {
        Kind::Digits | Kind::Sym(_) => true,
        Kind::Word => word_in(tok, lone_continuation_words()),
    }
}

/// True when `tok`, the token after a phrase start that must be followed
/// by a number or another qualifier word ("từ", "hơn", "trên", …: the
/// scanner's `PHRASE_HEADS`), is one the grammar may read on into:
/// [`may_continue`] without the units and the closing marks. A unit
/// never stands between such a word and its number ("từ ngày", "nhiều
/// người", "trên bàn"), nor does a mark that closes a phrase ("hơn.",
/// "lớn nhất,"); a currency word may ("từ USD 5"). A unit test puts every word the
/// grammar knows after each such word and checks that the scanner skips
/// just the word wherever this says no.
pub(crate) fn may_follow_phrase(tok: &Token<'_>, then: Option<u8>) -> bool {
    match tok.kind {
        Kind::Digits => true,
        // "hơn.", "cao hơn, …", "lớn nhất)": a mark that closes a phrase
        // never stands before its number, unless digits follow it glued
        // ("hơn ,5": `then` is the byte after the mark).
        Kind::Sym(c) => {
            !matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '”' | '…')
                || then.is_some_and(|b| b.is_ascii_digit())
        }
        Kind::Word => word_in(tok, phrase_continuation_words()),
    }
}

/// [`continuation_words`] without the units: [`may_follow_phrase`]'s set.
fn phrase_continuation_words() -> &'static FnvSet<String> {
    static WORDS: OnceLock<FnvSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| words_with(&[], std::iter::empty()))
}

/// Words the lone-word rules read after "một" by their text, besides
/// the tallies and measures the scanner tests itself: "một lần." (once,
/// `once`), "hơn một so với" (`compared_margin`); and the barrel, read
/// as a unit after a number though the table has it only as a per ("một
/// thùng dầu", `entity::oil_barrels`).
const LONE_READS: &[&str] = &["lần", "so", super::entity::BARREL];

/// [`continuation_words`] with only the units that may stand after a
/// number: [`may_follow_lone`]'s set.
fn lone_continuation_words() -> &'static FnvSet<String> {
    static WORDS: OnceLock<FnvSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| words_with(LONE_READS, super::unit::number_unit_first_words()))
}

/// The folded words that may continue a quantity, in one set: the
/// continuations above, every start word (a start word's folded form is in
/// its list) and every word of a currency form.
fn continuation_words() -> &'static FnvSet<String> {
    static WORDS: OnceLock<FnvSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| words_with(&[], super::unit::unit_words()))
}

/// The continuations, start words and currency words, with `extra` words
/// and the unit words `units`: the one recipe of both sets above.
fn words_with(extra: &[&str], units: impl Iterator<Item = String>) -> FnvSet<String> {
    CONTINUATIONS
        .iter()
        .chain(NUMBER_WORDS)
        .chain(LONE_WORDS)
        .chain(PHRASE_WORDS)
        .chain(extra)
        .map(|w| (*w).to_string())
        .chain(super::currency::currency_words())
        // "gần Mach 2", "trên Mach 13": a unit written before its number.
        .chain(super::unit::prefix_words())
        .chain(units)
        .collect()
}

/// The folded text of a word, for callers outside the lexer.
#[cfg(test)]
pub(crate) fn folded(word: &str) -> String {
    crate::lex::fold(word).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_word_lowers_ascii_capitals_only() {
        for b in 1..=255u8 {
            for word in [vec![b], vec![b'a', b, b'Z'], vec![b; 8]] {
                let mut key = 0u64;
                for (k, &c) in word.iter().enumerate() {
                    key |= u64::from(c.to_ascii_lowercase()) << (8 * k);
                }
                assert_eq!(packed_word(&word), Some(key), "{word:?}");
            }
        }
        assert_eq!(packed_word(b""), None);
        assert_eq!(packed_word(b"ABCDEFGHI"), None);
    }

    /// The table of [`start_word`] answers as the anchored automaton it
    /// replaced did, for every pattern, its capitalized and upper-case
    /// forms and its prefixes.
    #[test]
    fn start_word_table_agrees_with_the_anchored_automaton() {
        use aho_corasick::Anchored;
        let (patterns, kinds) = patterns();
        let ac = build(&patterns, StartKind::Anchored).expect("builds");
        let by_automaton = |word: &str| {
            let m = ac
                .try_find(Input::new(word).anchored(Anchored::Yes))
                .ok()
                .flatten()
                .filter(|m| m.end() == word.len())?;
            kinds
                .get(m.pattern().as_usize())
                .copied()
                .filter(|k| *k != Start::Digit && *k != Start::Symbol)
        };
        for p in &patterns {
            let mut forms = vec![p.clone(), p.to_uppercase(), p.to_ascii_uppercase()];
            forms.extend(p.char_indices().map(|(i, _)| p[..i].to_string()));
            forms.push(format!("{p}x"));
            for w in forms {
                assert_eq!(start_word(&w), by_automaton(&w), "{w:?}");
            }
        }
    }

    #[test]
    fn the_only_ascii_currency_symbol_is_the_dollar() {
        let ascii: Vec<char> = super::super::currency::SYMBOL_CHARS
            .iter()
            .copied()
            .filter(char::is_ascii)
            .collect();
        assert_eq!(ascii, ['$']);
    }

    #[test]
    fn finds_whole_start_words_in_any_case_and_form() {
        let text = "khai mạc, HAI người, Một số, mu\u{31b}o\u{31b}\u{300}i cái, trên 5";
        let mut found = Vec::new();
        for (p, k) in Starts::new(text) {
            let end = text[p..]
                .char_indices()
                .find(|&(_, c)| !is_word_char(c) && !c.is_ascii_digit())
                .map_or(text.len(), |(i, _)| p + i);
            found.push((folded(&text[p..end.max(p + 1)]), k));
        }
        let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["hai", "một", "mười", "trên", "5"]);
        assert_eq!(start_word("Năm"), Some(Start::Lone));
        assert_eq!(start_word("khai"), None);
        // Words written before a number come from the currency and unit
        // tables.
        assert_eq!(start_word("USD"), Some(Start::Phrase));
        assert_eq!(start_word("Mach"), Some(Start::Phrase));
    }

    #[test]
    fn every_start_word_is_a_candidate_of_the_token_walk() {
        let (patterns, kinds) = patterns();
        for (p, k) in patterns.iter().zip(kinds) {
            if matches!(k, Start::Digit | Start::Symbol) {
                continue;
            }
            let toks = shared::tokenize(p);
            let [t] = toks.as_slice() else {
                panic!("{p:?} is not one token");
            };
            let shared::Kind::Word { word, .. } = t.kind else {
                panic!("{p:?} is not a word");
            };
            assert!(may_be_start_word(word, p), "{p:?} ({word:?})");
        }
    }

    #[test]
    fn the_token_walk_finds_what_the_search_finds() {
        let text = "Khai mạc: HAI người, Một số, mu\u{31b}o\u{31b}\u{300}i cái, trên 5, US$ 7, \
                    giá 3.000 USD, hàng nghìn, hằng năm, hạng 3, cao 1,7m, VNĐ 5, Mach 2, \
                    năm 2023, A320, 5km, -12, 1.234.567,89 đồng, 12345678901234567890, 7, \
                    Ảnh: ReutersHàng chục con, bánBa bị cáo, thứHai luật sư, mộtHai người, \
                    iPhoneHai người, giớiHai, tiếp tếKhoảng 1 tiểu đội";
        let searched: Vec<_> = Starts::new(text).collect();
        let toks = shared::tokenize(text);
        let walked: Vec<_> = Starts::over_tokens(text, &toks).collect();
        // Both report the first digit of a run only (speed1 probe).
        assert_eq!(walked, searched);
        assert!(searched.contains(&(text.find("2023").unwrap_or(0), Start::Digit)));
        assert!(!searched.iter().any(|&(p, _)| text[..p].ends_with("202")));
        // A count a crawler glued to a caption starts (gen52 probe); one
        // glued to a start word, a later capital or nothing after does not.
        let at = |w: &str| text.find(w).unwrap_or(0);
        assert!(searched.contains(&(at("Hàng chục con"), Start::Phrase)));
        assert!(searched.contains(&(at("Ba bị cáo"), Start::Number)));
        assert!(searched.contains(&(at("Khoảng 1"), Start::Phrase)));
        assert!(!searched.iter().any(|&(p, _)| text[..p].ends_with("thứ")
            || text[..p].ends_with("một")
            || text[..p].ends_with("iPhone")
            || text[..p].ends_with("giới")));
    }
}
