//! The normalizer's single pass over the text.
//!
//! Why it looks like this: most text handed to the normalizer is already
//! clean, and callers call it per word token, so the common case must cost
//! little more than reading the bytes and must not allocate. The scan
//!
//! * steps over ASCII, 64 bytes at a time with a bit per byte that it
//!   cannot step over (`block_stops`), stopping only at non-ASCII
//!   characters and at spaces not followed by an ASCII letter or digit: an
//!   ASCII word can never need a change;
//! * gives each non-ASCII Vietnamese letter a local check
//!   ([`quick::letter_ok_fast`], one table bit for most letters): from the
//!   letter and its neighbours it can tell, for almost every letter of
//!   clean text, that nothing will change;
//! * only when that check cannot vouch for a letter, backs up to the first
//!   letter of its word (never below what it already looked at, so the scan
//!   stays linear) and takes the word whole: first the word-level quick
//!   check ([`quick::unchanged_word`]), then the full path, which reads the
//!   word into a [`WordBuf`] and parses it as a syllable;
//! * writes nothing until the first change; then the untouched prefix is
//!   copied once and the scan continues appending, so the output is built
//!   in one pass with no second buffer.
//!
//! Anything the scan does not model (a combining mark after a digit, a
//! Greek or Hangul letter, a singleton like U+212B) is handed to
//! `icu_normalizer`, from the character before it through the marks after
//! it, which keeps the output NFC for any input.
//!
//! The naive twin (`run_naive`, tests only) enters every word at its first
//! letter and takes it whole on the full path, with no quick check, no
//! inline space step and eager output; tests hold both to the same output.
//!
//! [`chars`]: super::chars

use icu_normalizer::ComposingNormalizerBorrowed;

use super::Normalizer;
use super::chars::{self, Class};
use super::letters;
use super::protect;
use super::quick;
use super::syllable::{self, Tone, WordBuf};

const NFC: ComposingNormalizerBorrowed<'static> = ComposingNormalizerBorrowed::new_nfc();

/// The scan state: the input, where the output stands, and the output.
pub(crate) struct Scan<'t, 'o> {
    cfg: &'t Normalizer,
    text: &'t str,
    bytes: &'t [u8],
    out: &'o mut String,
    /// Input before `last` is already in `out` (or replaced there).
    last: usize,
    changed: bool,
    /// The last chunk checked for addresses: (start, end, is an address).
    chunk: Option<(usize, usize, bool)>,
    /// The naive twin: no shortcuts (every space run examined, every
    /// syllable re-rendered, output built eagerly). Tests check that both
    /// give the same text.
    naive: bool,
}

impl<'t, 'o> Scan<'t, 'o> {
    /// Runs the scan, appending to `out` only from the first change on.
    /// Returns whether anything changed; when it did, `out` holds the whole
    /// normalized text after what it held before.
    pub(crate) fn run(cfg: &'t Normalizer, text: &'t str, out: &'o mut String) -> bool {
        Self::run_with(cfg, text, out, false)
    }

    /// [`run`](Self::run) without any shortcut, for tests.
    #[cfg(test)]
    pub(crate) fn run_naive(cfg: &'t Normalizer, text: &'t str, out: &'o mut String) {
        Self::run_with(cfg, text, out, true);
    }

    fn run_with(cfg: &'t Normalizer, text: &'t str, out: &'o mut String, naive: bool) -> bool {
        let mut scan = Scan {
            cfg,
            text,
            bytes: text.as_bytes(),
            out,
            last: 0,
            changed: false,
            chunk: None,
            naive,
        };
        if naive {
            scan.begin(0);
        }
        scan.scan();
        if scan.changed {
            scan.out.push_str(scan.text.get(scan.last..).unwrap_or(""));
        }
        scan.changed
    }

    fn scan(&mut self) {
        if self.naive {
            self.scan_words();
        } else {
            self.scan_bytes();
        }
    }

    /// The fast scan. ASCII is stepped over by block (an ASCII word cannot
    /// need a change), and each non-ASCII letter gets the local check of
    /// [`quick::letter_ok_fast`]. Only when that check cannot vouch
    /// for a letter does the scan back up to the first letter of its word
    /// (never below `floor`, the end of what was last looked at, so each
    /// byte is read a bounded number of times) and take the word whole.
    fn scan_bytes(&mut self) {
        let bytes = self.bytes;
        let style = self.cfg.tone;
        let table = quick::local_table_for(style);
        let mut i = 0;
        let mut floor = 0;
        // The stops (see `block_stops`) of the 64 bytes from `base`.
        let mut base = 0;
        let mut stops = 0u64;
        let mut in_block = false;
        'bytes: while i < bytes.len() {
            // 64 bytes at a time: their stops are found without a branch per
            // byte, and from one stop to the next the scan only clears bits
            // and counts zeros (a short dependency chain). Letters the local
            // check vouches for are taken here; any other stop goes to the
            // byte-at-a-time steps below, and the block serves on after them.
            if i > 0 {
                if !(in_block && i < base + 64) {
                    in_block = false;
                    if let Some(block) = bytes.get(i..).and_then(|r| r.first_chunk::<64>()) {
                        base = i;
                        stops = block_stops(block);
                        in_block = true;
                    }
                }
                if in_block {
                    let mut m = stops & (u64::MAX << (i - base));
                    // Where the last letter taken here ends: it may run past
                    // the block.
                    let mut taken = i;
                    loop {
                        if m == 0 {
                            i = taken.max(base + 64);
                            continue 'bytes;
                        }
                        let at = base + m.trailing_zeros() as usize;
                        // The next stop does not wait for this letter's
                        // length: its continuation bytes are not stops.
                        m &= m - 1;
                        let Some(&b) = bytes.get(at) else {
                            break 'bytes;
                        };
                        if b >= 0x80 {
                            if let Some(end) = quick::letter_ok_fast(bytes, at, b, style, table) {
                                taken = end;
                                continue;
                            }
                        }
                        i = at;
                        break;
                    }
                }
            }
            let Some(&b) = bytes.get(i) else { break };
            // Printable ASCII other than the space, in one comparison.
            if b.wrapping_sub(0x21) < 0x5F {
                i += 1;
                continue;
            }
            if b < 0x80 {
                if !chars::is_ascii_space(b) {
                    // Another control character: nothing to do.
                    i += 1;
                    continue;
                }
                if b == b' ' && i > 0 {
                    // The common case, a single space before a letter or a
                    // digit: step over both.
                    match bytes.get(i + 1) {
                        Some(&nb) if nb.is_ascii_alphanumeric() => {
                            i += 2;
                            continue;
                        }
                        _ if self.plain_after_space(i + 1) => {
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                }
                i = self.space_run(i);
                floor = i;
                continue;
            }
            if let Some(end) = quick::letter_ok_fast(bytes, i, b, style, table) {
                i = end;
                continue;
            }
            let Some(c) = self.char_at(i) else {
                debug_assert!(false, "scan lost UTF-8 sync at {i}");
                i += 1;
                continue;
            };
            let class = chars::classify(c);
            let in_word = match class {
                Class::Letter | Class::Mark => true,
                Class::Invisible => self.cfg.remove_invisible,
                _ => false,
            };
            if in_word {
                let start = self.word_start(i, floor);
                i = match class {
                    Class::Letter => self.word_at(start),
                    _ if start < i => self.word_at(start),
                    Class::Mark => self.hard_region(i, i),
                    _ => self.space_run(i),
                };
                floor = i;
                continue;
            }
            i = match class {
                Class::Hard => self.hard_region(i, i),
                Class::Space if self.cfg.tidy_spaces => self.space_run(i),
                Class::Space if matches!(c, '\u{2000}' | '\u{2001}') => self.hard_region(i, i),
                _ => {
                    i += c.len_utf8();
                    continue;
                }
            };
            floor = i;
        }
    }

    /// The first letter of the word that the character at `i` belongs to:
    /// backs up over letters, combining marks and (when they are removed)
    /// invisible characters, not below `floor`.
    fn word_start(&self, i: usize, floor: usize) -> usize {
        let mut start = i;
        let mut j = i;
        while j > floor {
            let Some((p, c)) = self
                .text
                .get(floor..j)
                .and_then(|s| s.char_indices().next_back())
            else {
                break;
            };
            let p = floor + p;
            let (word_char, letter) = if c.is_ascii() {
                (c.is_ascii_alphabetic(), c.is_ascii_alphabetic())
            } else {
                match chars::classify(c) {
                    Class::Letter => (true, true),
                    Class::Mark => (true, false),
                    Class::Invisible => (self.cfg.remove_invisible, false),
                    _ => (false, false),
                }
            };
            if !word_char {
                break;
            }
            if letter {
                start = p;
            }
            j = p;
        }
        start
    }

    /// The word-at-a-time scan (the naive twin's): every word is entered at
    /// its first letter and checked whole.
    fn scan_words(&mut self) {
        let mut i = 0;
        while let Some(&b) = self.bytes.get(i) {
            if b < 0x80 {
                if b.is_ascii_alphabetic() {
                    // Every word is entered at its first letter: the scan
                    // never backs up, so it stays linear.
                    i = self.word_at(i);
                    continue;
                }
                if !chars::is_ascii_space(b) {
                    i += 1;
                    continue;
                }
                if b == b' ' && i > 0 && !self.naive && self.plain_after_space(i + 1) {
                    i += 1;
                    continue;
                }
                i = self.space_run(i);
                continue;
            }
            let Some(c) = self.char_at(i) else {
                // Not a char boundary: impossible for a &str scanned this way.
                debug_assert!(false, "scan lost UTF-8 sync at {i}");
                i += 1;
                continue;
            };
            i = match chars::classify(c) {
                Class::Letter => self.word_at(i),
                // A combining mark not preceded by a letter (those are read
                // with their word), or a character NFC must look at.
                Class::Mark | Class::Hard => self.hard_region(i, i),
                Class::Space if self.cfg.tidy_spaces => self.space_run(i),
                // EN QUAD and EM QUAD are NFC singletons (to U+2002, U+2003).
                Class::Space if matches!(c, '\u{2000}' | '\u{2001}') => self.hard_region(i, i),
                Class::Invisible if self.cfg.remove_invisible => self.space_run(i),
                Class::Space | Class::Invisible | Class::Inert => i + c.len_utf8(),
            };
        }
    }

    /// A word starting at `i`: the quick check first, the full path if it
    /// cannot vouch for the word.
    #[inline]
    fn word_at(&mut self, i: usize) -> usize {
        if !self.naive {
            if let Some(end) = quick::unchanged_word(self.bytes, i, self.cfg.tone) {
                return end;
            }
        }
        self.word(i)
    }

    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    /// True when the byte at `i` (just after a single space) cannot make the
    /// space a run to tidy: not a space, not tight punctuation, not the lead
    /// byte of NBSP, a Unicode space or an invisible character, not the end.
    #[inline]
    fn plain_after_space(&self, i: usize) -> bool {
        match self.bytes.get(i) {
            None => false,
            Some(&b) if b < 0x80 => !(chars::is_ascii_space(b) || chars::is_tight_punct(b)),
            // Lead bytes of Vietnamese letters: C3..=C6, and E1 BA / E1 BB.
            Some(&(0xC3..=0xC6)) => true,
            Some(&0xE1) if matches!(self.bytes.get(i + 1), Some(&(0xBA | 0xBB))) => true,
            Some(_) => self
                .char_at(i)
                .is_some_and(|c| !matches!(chars::classify(c), Class::Space | Class::Invisible)),
        }
    }

    /// Appends the input up to `start` and returns the output buffer, for a
    /// replacement of the input from `start` on.
    fn begin(&mut self, start: usize) -> &mut String {
        if !self.changed {
            self.changed = true;
            self.out.reserve(self.text.len() + 16);
        }
        self.out
            .push_str(self.text.get(self.last..start).unwrap_or(""));
        self.out
    }

    /// Replaces input `start..end` with `with`.
    fn replace(&mut self, start: usize, end: usize, with: &str) {
        self.begin(start).push_str(with);
        self.last = end;
    }

    // ----- words -------------------------------------------------------

    /// Reads the word starting at `start`, fixes it if it is a Vietnamese
    /// syllable that needs it, and returns where it ends.
    fn word(&mut self, start: usize) -> usize {
        let mut buf = WordBuf::new();
        let mut invisible = false;
        let mut end = self.bytes.len();
        let rest = self.text.get(start..).unwrap_or("");
        let mut next_hard = false;
        for (off, c) in rest.char_indices() {
            let at = start + off;
            if c.is_ascii() {
                if let Some(letter) = letters::decode(c) {
                    buf.push_decoded(letter, at);
                    continue;
                }
                end = at;
                break;
            }
            match chars::classify(c) {
                Class::Letter => buf.push_letter(c, at),
                Class::Mark => buf.push_mark(c, at),
                Class::Invisible if self.cfg.remove_invisible => invisible = true,
                Class::Hard => {
                    next_hard = true;
                    end = at;
                    break;
                }
                _ => {
                    end = at;
                    break;
                }
            }
        }
        if next_hard {
            // A character NFC may combine with this word: let NFC see both.
            return self.hard_region(start, end);
        }

        let cfg = self.cfg;
        let letter_count = usize::from(buf.len);
        if buf.error.is_none() && (cfg.repair_confusables || !buf.confusable) {
            let mut word_letters = buf.letters;
            let slice = word_letters.get_mut(..letter_count).unwrap_or(&mut []);
            if let Ok(shape) = syllable::analyze(slice, cfg.repair_horns) {
                let target = shape.target(cfg.tone);
                let moves = shape.tone != Tone::Ngang
                    && (shape.tone_at != Some(target) || shape.tone_marks > 1);
                let spelling = moves || shape.repaired || buf.confusable || buf.beyond_nfc;
                if !(spelling || buf.marks || invisible || self.naive) {
                    return end;
                }
                if !spelling || !(self.glued(start, end) || self.protected(start)) {
                    let out = self.begin(start);
                    for (i, l) in slice.iter().enumerate() {
                        let tone = if i == target { shape.tone } else { Tone::Ngang };
                        out.push(letters::encode(*l, tone));
                    }
                    self.last = end;
                    return end;
                }
            }
        }
        if buf.marks || invisible {
            self.nfc_only(start, end);
        }
        end
    }

    /// A word glued to a digit, an underscore or a letter of another script
    /// (`A1`, `x_y`, `3D`, `Åhoà`) is a code or a foreign word: it is not
    /// respelled.
    fn glued(&self, start: usize, end: usize) -> bool {
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        glued(self.visible_char_before(start)) || glued(self.visible_char_from(end))
    }

    /// Whether the text at `at` is protected: its space-separated chunk
    /// is an address, or `at` lies in a hashtag.
    fn protected(&mut self, at: usize) -> bool {
        let (s, e, address) = match self.chunk {
            Some((s, e, address)) if s <= at && at < e => (s, e, address),
            _ => {
                let (s, e) = self.chunk_around(at);
                let chunk = self.text.get(s..e).unwrap_or("");
                // Judge the chunk as it will come out: without invisible
                // characters.
                let address = if self.cfg.remove_invisible && has_invisible(chunk) {
                    let visible: String = chunk
                        .chars()
                        .filter(|&c| c.is_ascii() || chars::classify(c) != Class::Invisible)
                        .collect();
                    protect::is_address(&visible)
                } else {
                    protect::is_address(chunk)
                };
                self.chunk = Some((s, e, address));
                (s, e, address)
            }
        };
        let chunk = self.text.get(s..e).unwrap_or("");
        address || protect::in_hashtag(chunk, at - s)
    }

    /// The space-separated chunk around `at`, as the cleanup will leave
    /// it: a stray space before punctuation that the cleanup removes
    /// ("hoà ,,x@y.vn" becomes "hoà,,x@y.vn") does not end a chunk, so
    /// that a second normalization judges the same chunk.
    fn chunk_around(&self, at: usize) -> (usize, usize) {
        let mut s = at;
        loop {
            let before = self.text.get(..s).unwrap_or("");
            let Some((i, c)) = before
                .char_indices()
                .rev()
                .find(|&(_, c)| chars::is_space_char(c))
            else {
                s = 0;
                break;
            };
            let after_space = i + c.len_utf8();
            let run_start = self.gap_run_start(after_space);
            if !self.removed_before_punct(run_start, self.gap_run_end(i)) {
                s = after_space;
                break;
            }
            s = run_start;
        }
        let mut e = at;
        loop {
            let after = self.text.get(e..).unwrap_or("");
            let Some(i) = after
                .char_indices()
                .find(|&(_, c)| chars::is_space_char(c))
                .map(|(i, _)| e + i)
            else {
                e = self.text.len();
                break;
            };
            let run_end = self.gap_run_end(i);
            if !self.removed_before_punct(self.gap_run_start(i), run_end) {
                e = i;
                break;
            }
            e = run_end;
        }
        (s, e)
    }

    /// The end of the run of white space (see [`Self::is_gap`]) from byte
    /// `i`.
    fn gap_run_end(&self, i: usize) -> usize {
        self.text
            .get(i..)
            .unwrap_or("")
            .char_indices()
            .find(|&(_, c)| !self.is_gap(c))
            .map_or(self.text.len(), |(k, _)| i + k)
    }

    /// The start of the run of white space that ends at byte `i`.
    fn gap_run_start(&self, i: usize) -> usize {
        self.text
            .get(..i)
            .unwrap_or("")
            .char_indices()
            .rev()
            .take_while(|&(_, c)| self.is_gap(c))
            .last()
            .map_or(i, |(k, _)| k)
    }

    /// A character of a run of white space as the cleanup reads it (see
    /// `space_run`): a space, or an invisible character it removes. A
    /// chunk ends at a space only; the run around that space is what the
    /// cleanup judges.
    fn is_gap(&self, c: char) -> bool {
        chars::is_space_char(c)
            || (self.cfg.remove_invisible
                && !c.is_ascii()
                && chars::classify(c) == Class::Invisible)
    }

    /// True when the cleanup removes the run `start..end` as stray spaces
    /// before punctuation (see `space_run`): it then glues two chunks.
    fn removed_before_punct(&self, start: usize, end: usize) -> bool {
        let run = self.text.get(start..end).unwrap_or("\n");
        self.cfg.tidy_punctuation
            && start > 0
            && end < self.bytes.len()
            && !run.contains(['\n', '\r'])
            && run.chars().any(chars::is_space_char)
            && self.stray_before_punct(start, end)
    }

    /// Puts input `start..end` in NFC (dropping invisible characters when
    /// asked), replacing it only if that changes it.
    fn nfc_only(&mut self, start: usize, end: usize) {
        let slice = self.text.get(start..end).unwrap_or("");
        let filtered;
        let source = if self.cfg.remove_invisible && has_invisible(slice) {
            filtered = slice
                .chars()
                .filter(|&c| chars::classify(c) != Class::Invisible || c.is_ascii())
                .collect::<String>();
            filtered.as_str()
        } else {
            slice
        };
        let nfc = NFC.normalize(source);
        if nfc.as_ref() != slice {
            self.replace(start, end, &nfc);
        }
    }

    /// NFC for a stretch holding a character the scan does not model (at
    /// `at`): from the character before `from` (the starter it may compose
    /// with) through the hard character and every combining or hard
    /// character after it. What follows is a Latin letter, ASCII, a space or
    /// a symbol, none of which composes with what comes before it, so the
    /// scan resumes there.
    fn hard_region(&mut self, from: usize, at: usize) -> usize {
        let before = self.text.get(..from).unwrap_or("");
        let start = match before.char_indices().next_back() {
            Some((p, _)) if p >= self.last => p,
            _ => from,
        };
        let after = self.text.get(at..).unwrap_or("");
        let remove = self.cfg.remove_invisible;
        let end = after
            .char_indices()
            .skip(1)
            .find(|&(_, c)| {
                c.is_ascii()
                    || match chars::classify(c) {
                        Class::Mark | Class::Hard => false,
                        Class::Invisible => !remove,
                        Class::Letter | Class::Space | Class::Inert => true,
                    }
            })
            .map_or(self.text.len(), |(i, _)| at + i);
        self.nfc_only(start, end);
        end
    }

    // ----- spaces ------------------------------------------------------

    /// Tidies the run of spaces and invisible characters starting at
    /// `start`; returns where it ends.
    fn space_run(&mut self, start: usize) -> usize {
        let cfg = self.cfg;
        let mut i = start;
        let mut has_space = false;
        let mut has_invisible = false;
        // Up to two line breaks, kept verbatim (`\n`, `\r\n` or `\r`).
        let mut breaks: [(usize, usize); 2] = [(0, 0); 2];
        let mut n_breaks = 0usize;
        while let Some(&b) = self.bytes.get(i) {
            if b < 0x80 {
                match b {
                    b'\n' | b'\r' => {
                        let len = if b == b'\r' && self.bytes.get(i + 1) == Some(&b'\n') {
                            2
                        } else {
                            1
                        };
                        if let Some(slot) = breaks.get_mut(n_breaks) {
                            *slot = (i, i + len);
                        }
                        n_breaks += 1;
                        has_space = true;
                        i += len;
                    }
                    b' ' | b'\t' | 0x0B | 0x0C => {
                        has_space = true;
                        i += 1;
                    }
                    _ => break,
                }
                continue;
            }
            let Some(c) = self.char_at(i) else { break };
            match chars::classify(c) {
                Class::Space if cfg.tidy_spaces => has_space = true,
                Class::Invisible if cfg.remove_invisible => has_invisible = true,
                _ => break,
            }
            i += c.len_utf8();
        }
        let end = i;
        let run = self.text.get(start..end).unwrap_or("");
        let before_punct = cfg.tidy_punctuation
            && n_breaks == 0
            && start > 0
            && self.stray_before_punct(start, end);

        if !has_space {
            // Only invisible characters. If a combining character follows,
            // removing them may let it compose with the character before
            // (`<` + U+200B + U+0338 is `≮`): let NFC see that stretch.
            let next = self
                .char_at(end)
                .filter(|c| !c.is_ascii())
                .map(chars::classify);
            if matches!(next, Some(Class::Mark | Class::Hard)) {
                return self.hard_region(start, end);
            }
            self.replace(start, end, "");
            return end;
        }
        if cfg.tidy_spaces {
            if n_breaks == 0 {
                if start == 0 || end == self.bytes.len() || before_punct {
                    self.replace(start, end, "");
                } else if run != " " {
                    self.replace(start, end, " ");
                }
            } else {
                // Keep at most two line breaks (one blank line: a paragraph
                // break); drop the spaces around them.
                let kept = n_breaks.min(2);
                let (first, second) = (breaks[0], breaks[1]);
                let exact = if kept == 1 {
                    first == (start, end)
                } else {
                    first.0 == start && first.1 == second.0 && second.1 == end
                };
                if !exact {
                    let text = self.text;
                    let out = self.begin(start);
                    out.push_str(text.get(first.0..first.1).unwrap_or("\n"));
                    if kept == 2 {
                        out.push_str(text.get(second.0..second.1).unwrap_or("\n"));
                    }
                    self.last = end;
                }
            }
        } else if before_punct {
            self.replace(start, end, "");
        } else if has_invisible {
            let kept: String = run
                .chars()
                .filter(|&c| c.is_ascii() || chars::classify(c) != Class::Invisible)
                .collect();
            self.replace(start, end, &kept);
        }
        end
    }

    /// The spaces `start..end` stand before `, . ; : ! ?` that ends a clause
    /// (the mark is followed by a space, the end, a closing quote, or more
    /// such marks), after a word, number or closing bracket: `Hà Nội , ngày`.
    /// `83 ,5`, `14 :30`, `TP .HCM` and `:)` are left alone.
    fn stray_before_punct(&self, start: usize, end: usize) -> bool {
        let Some(&p) = self.bytes.get(end) else {
            return false;
        };
        if !chars::is_tight_punct(p) {
            return false;
        }
        // A spaced ellipsis (`ahead . . . look`) is a unit: leave it whole.
        if p == b'.'
            && self.bytes.get(end + 1) == Some(&b' ')
            && self.bytes.get(end + 2) == Some(&b'.')
        {
            return false;
        }
        let follower_ok = match self.visible_char_from(end + 1) {
            None => true,
            Some(c) if c.is_ascii() => {
                chars::is_ascii_space(c as u8) || chars::is_tight_punct(c as u8) || c == '"'
            }
            Some(c) => chars::is_space_char(c) || matches!(c, '”' | '’' | '…' | '»'),
        };
        let prev_ok = self.visible_char_before(start).is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, ')' | ']' | '%' | '"' | '\'' | '”' | '’' | '»')
        });
        follower_ok && prev_ok
    }
}

impl Scan<'_, '_> {
    /// The first character from `i` on, skipping invisible characters when
    /// they are being removed (they will not be there in the output).
    /// The last character before `i` that will be in the output, skipping
    /// invisible characters being removed and combining marks (the letter
    /// they sit on is what counts; NFC may or may not fold them into it).
    fn visible_char_before(&self, i: usize) -> Option<char> {
        let before = self.text.get(..i).unwrap_or("");
        let remove = self.cfg.remove_invisible;
        before.chars().rev().find(|&c| {
            !(syllable::is_combining(c)
                || remove && !c.is_ascii() && chars::classify(c) == Class::Invisible)
        })
    }

    fn visible_char_from(&self, i: usize) -> Option<char> {
        let rest = self.text.get(i..).unwrap_or("");
        let remove = self.cfg.remove_invisible;
        rest.chars()
            .find(|&c| !(remove && !c.is_ascii() && chars::classify(c) == Class::Invisible))
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Bit 7 of each byte of `low` (bytes ≤ 0x7F) set where the byte is ≥ `n`:
/// adding `0x80 - n` carries into bit 7 exactly then, and never past it.
#[inline(always)]
const fn at_least(low: u64, n: u8) -> u64 {
    low.wrapping_add(ONES * (0x80 - n as u64)) & HIGH
}

/// Bit 7 of each byte, gathered into the low eight bits (byte k to bit k).
#[inline(always)]
const fn gather(bits7: u64) -> u64 {
    // Each byte's bit lands on a distinct bit of the top byte: no carries.
    ((bits7 >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The bytes of `block` that the scan cannot step over, one bit each (byte
/// k, bit k): anything but printable ASCII, a space followed (within the
/// block) by an ASCII letter or digit, and UTF-8 continuation bytes (read
/// with their character's first byte). This is the byte-at-a-time loop's
/// ASCII step done for 64 bytes with no branch per byte: clean Vietnamese
/// text switches between ASCII and non-ASCII every few bytes, and a branch
/// per byte mispredicts at every switch. Exact per byte (no carry crosses
/// a byte), so a stop after any point is still a stop.
#[inline(always)]
fn block_stops(block: &[u8; 64]) -> u64 {
    let mut stops = 0u64;
    // Bit 7 set when the first byte of the next eight is a letter or digit
    // (past the block: unknown, so a space there is a stop).
    let mut alnum_after = 0u64;
    for (k, chunk) in block.chunks_exact(8).enumerate().rev() {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let ascii = !w & HIGH;
        let low = w & !HIGH;
        let ge21 = at_least(low, 0x21);
        let folded = low | (ONES * 0x20);
        let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
        let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
        let alnum = (letter | digit) & ascii;
        let space = at_least(low, 0x20) & !ge21 & ascii;
        let continuation = w & !(w << 1) & HIGH;
        let stepped =
            (ge21 & ascii) | (space & ((alnum >> 8) | (alnum_after << 56))) | continuation;
        stops |= gather(!stepped & HIGH) << (8 * k);
        alnum_after = alnum & 0x80;
    }
    stops
}

fn has_invisible(s: &str) -> bool {
    s.chars()
        .any(|c| !c.is_ascii() && chars::classify(c) == Class::Invisible)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::ToneStyle;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    fn fast(cfg: &Normalizer, text: &str) -> String {
        cfg.normalize(text).into_owned()
    }

    fn naive(cfg: &Normalizer, text: &str) -> String {
        let mut out = String::new();
        Scan::run_naive(cfg, text, &mut out);
        out
    }

    const PIECES: &[&str] = &[
        "a",
        "n",
        "g",
        "h",
        "o",
        "u",
        "y",
        "i",
        "ê",
        "ư",
        "ơ",
        "à",
        "ó",
        "ả",
        "Ủ",
        "ộ",
        "ừ",
        "đ",
        "Ð",
        "ð",
        "\u{300}",
        "\u{301}",
        "\u{302}",
        "\u{31B}",
        "\u{323}",
        "\u{308}",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\n\n\n",
        "\t",
        "\u{A0}",
        "\u{200B}",
        "\u{FEFF}",
        "\u{AD}",
        ",",
        ".",
        ":",
        "?",
        "1",
        "_",
        "#",
        "@",
        "://",
        ".vn",
        "www.",
        "–",
        "“",
        "”",
        "Ω",
        "\u{1100}",
        "\u{1161}",
        "\u{2000}",
        "é\u{302}",
        "hoà",
        "thuỷ",
        "người",
        "nguời",
        "qu",
        "gi",
    ];

    fn texts() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
    }

    fn configs() -> impl Strategy<Value = Normalizer> {
        (
            prop::sample::select(vec![ToneStyle::Old, ToneStyle::New, ToneStyle::Keep]),
            any::<[bool; 5]>(),
        )
            .prop_map(|(style, f)| {
                Normalizer::new()
                    .tone(style)
                    .remove_invisible(f[0])
                    .tidy_spaces(f[1])
                    .tidy_punctuation(f[2])
                    .repair_confusables(f[3])
                    .repair_horns(f[4])
            })
    }

    /// Every onset × cluster × coda, with each tone on each vowel, in
    /// lower, upper and title case: the quick check and the full path agree.
    #[test]
    fn fast_equals_naive_on_every_syllable_shape() {
        const ONSETS: &[&str] = &[
            "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
            "ngh", "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x",
        ];
        const CLUSTERS: &[&str] = &[
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uê",
            "iê", "yê", "uô", "ươ", "oă", "uâ", "oo", "uyê", "ai", "ao", "au", "ay", "âu", "ây",
            "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu", "uơ", "oai",
            "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "iêu", "yêu", "uyu", "uya", "ưo",
            "ươ", "uo", "io",
        ];
        const CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "k", "s"];
        const TONES: &[char] = &['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
        let configs = [
            Normalizer::new(),
            Normalizer::new().tone(ToneStyle::New),
            Normalizer::new().tone(ToneStyle::Keep),
        ];
        const SEPARATORS: &[&str] = &[
            " ", " ", "  ", ", ", " ", "\n", "-", " “", "” ", " ", "đ ", " ư", ". ", " 1",
        ];
        let mut text = String::new();
        let mut checked = 0;
        for onset in ONSETS {
            for cluster in CLUSTERS {
                for coda in CODAS {
                    let n_vowels = cluster.chars().count();
                    let mut words = vec![format!("{onset}{cluster}{coda}")];
                    for tone in TONES {
                        for at in 0..n_vowels {
                            let mut w = String::from(*onset);
                            for (k, v) in cluster.chars().enumerate() {
                                w.push(v);
                                if k == at {
                                    w.push(*tone);
                                }
                            }
                            w.push_str(coda);
                            words.push(w.nfc().collect());
                        }
                    }
                    for w in words {
                        for word in [w.clone(), w.to_uppercase(), title(&w)] {
                            for cfg in &configs {
                                assert_eq!(fast(cfg, &word), naive(cfg, &word), "{word}");
                            }
                            // Also in running text, so that every word is
                            // met at every offset of the scan's 64-byte
                            // blocks, after every kind of separator.
                            text.push_str(&word);
                            text.push_str(SEPARATORS[checked % SEPARATORS.len()]);
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 50_000, "{checked}");
        for cfg in &configs {
            let (f, n) = (fast(cfg, &text), naive(cfg, &text));
            if f != n {
                let at = f
                    .bytes()
                    .zip(n.bytes())
                    .position(|(a, b)| a != b)
                    .unwrap_or(f.len().min(n.len()));
                let from = at.saturating_sub(40);
                panic!(
                    "fast and naive differ at byte {at}: {:?} vs {:?}",
                    f.get(from..)
                        .map(|t| t.chars().take(60).collect::<String>()),
                    n.get(from..)
                        .map(|t| t.chars().take(60).collect::<String>()),
                );
            }
        }
    }

    fn title(w: &str) -> String {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    proptest! {
        #[test]
        fn fast_equals_naive(cfg in configs(), text in texts()) {
            prop_assert_eq!(fast(&cfg, &text), naive(&cfg, &text));
        }

        #[test]
        fn fast_equals_naive_long(cfg in configs(), parts in prop::collection::vec(texts(), 1..12)) {
            let text = parts.concat();
            prop_assert_eq!(fast(&cfg, &text), naive(&cfg, &text));
        }

        #[test]
        fn fast_equals_naive_arbitrary(cfg in configs(), text in any::<String>()) {
            prop_assert_eq!(fast(&cfg, &text), naive(&cfg, &text));
        }
    }
}
