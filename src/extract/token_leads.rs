//! The rules whose lead is one token, found in one walk over the tokens
//! the one pass already has (issue 8's design: one lexer, grammars
//! reading its tokens). Each word token's vocabulary word (`lex::Word`,
//! the lexer's lookup of its fold) picks the rule whose lead it may be,
//! and that rule reads the raw text around the lead as it did when it
//! found the lead by a whole-text search of its own:
//!
//! - a vulgar fraction sign ¼ ½ ¾, a token of its own (`vulgar_fractions`);
//! - "tuần" (`ages`: "tứ tuần"), "đôi" (`ages`: "đôi mươi");
//! - "hai", "ba", "bốn" (`spelled_pairs`: "một hai lần");
//! - "hàng", "hằng" (`units_on_end`: "hàng tấn");
//! - "cả", "non" (`units_on_end`: "cả cây số", "non mét");
//! - "nửa" (`bare_halves`: "nửa thúng", "nửa lít");
//! - "M" (`spoons`: "4M đường");
//! - a capitalized "Hai" … "Mười" (`credit_counts`: "Ảnh: Đức Đồng Hai
//!   đội …");
//! - a slash between two counts of one noun (`slashed_counts`: "17 mã
//!   tăng/9 mã giảm");
//! - a word ending in a glued "Thứ" (`glued_enumerations`: "của
//!   mìnhThứ hai, …"), which replaces the count read inside it.
//!
//! Until the speed2 probe each rule searched the whole text once more
//! (`memchr::memmem`, eleven searches, and a `memchr` for the fraction
//! signs). The rules are applied in the order they had, each over what
//! the ones before added, so the output is the same byte for byte.
//!
//! A lead the search found right after a combining mark glued to a word
//! ("…o\u{300}hàng tấn", a decomposed letter, then the lead with no
//! space) is inside the lexer's word, not a token of its own: the walk
//! does not read it (the rules meant a lead no letter is glued to). The
//! corpus holds none.

use super::{
    Entity, add_where_free_in_turn, ages, bare_halves, credit_counts, glued_enumerations,
    slashed_counts, spelled_pairs, spoons, units_on_end, vulgar_fractions,
};
use crate::lex::{Kind, Token, Word};

/// What the walk found for each rule, in the order of the text.
#[derive(Default)]
struct Found<'a> {
    fractions: Vec<Entity<'a>>,
    ages: Vec<Entity<'a>>,
    pairs: Vec<Entity<'a>>,
    on_end: Vec<Entity<'a>>,
    halves: Vec<Entity<'a>>,
    about_one: Vec<Entity<'a>>,
    spoons: Vec<Entity<'a>>,
    credits: Vec<Entity<'a>>,
    slashed: Vec<Entity<'a>>,
    enumerations: Vec<Entity<'a>>,
}

/// Adds what the token-led rules read in `text` (see the module) to
/// `quantities`, each where no entity stands yet, in the rules' order:
/// vulgar fractions, ages, spelled pairs, "hàng" + unit, bare halves,
/// "cả"/"non" + unit, a count after a photo's credit, a count after a
/// slash, spoons.
pub(super) fn add<'a>(text: &'a str, toks: &[Token], quantities: &mut Vec<Entity<'a>>) {
    let mut found = Found::default();
    for (i, t) in toks.iter().enumerate() {
        if let Kind::Word { word, capital, .. } = t.kind {
            if capital && credit_counts::is_count_word(word) {
                found.credits.extend(credit_counts::at(text, toks, i));
            }
            // A glued "Thứ" ends a word of three letters or more; "Thứ"
            // is five bytes, its last two those of "ứ".
            if word == Word::Other && text.get(..t.end).is_some_and(|h| h.ends_with("Thứ")) {
                found
                    .enumerations
                    .extend(glued_enumerations::at(text, toks, i));
            }
            found.at(text, t, word);
        } else if t.kind == Kind::Punct('/') {
            found.slashed.extend(slashed_counts::at(text, toks, i));
        } else if let Kind::Punct(sign @ '¼'..='¾') = t.kind {
            found
                .fractions
                .extend(vulgar_fractions::at(text, t.start, sign));
        }
    }
    add_where_free_in_turn(
        quantities,
        [
            found.fractions,
            found.ages,
            found.pairs,
            found.on_end,
            found.halves,
            found.about_one,
            found.credits,
            found.slashed,
        ],
    );
    spoons::add(quantities, found.spoons);
    glued_enumerations::add(quantities, found.enumerations);
}

impl<'a> Found<'a> {
    /// Reads the word token `t` (vocabulary word `word`) as the lead of
    /// the rule it may start, if any: one `match`, most words none.
    #[inline(always)]
    fn at(&mut self, text: &'a str, t: &Token, word: Word) {
        let (list, found) = match word {
            Word::Other => return self.at_other(text, t),
            Word::Tuan => (&mut self.ages, ages::decade_at(text, t.start)),
            Word::Hai | Word::Ba | Word::Bon => {
                (&mut self.pairs, spelled_pairs::pair_at(text, t, word))
            }
            Word::Hang => (&mut self.on_end, units_on_end::at_hang(text, t.start)),
            Word::Ca => (&mut self.about_one, units_on_end::about_one_at(text, t)),
            Word::M => (&mut self.spoons, spoons::at(text, t.start)),
            _ => return,
        };
        if let Some(e) = found {
            list.push(e);
        }
    }

    /// The leads outside the vocabulary, told apart by their bytes before
    /// any rule is asked: "non" (3 bytes), "nửa" and "đôi" (5 bytes), the
    /// first letter in either case where the rule takes both.
    #[inline(always)]
    fn at_other(&mut self, text: &'a str, t: &Token) {
        // Most words start with none of the leads' first bytes: one load
        // and test each.
        if !matches!(text.as_bytes().get(t.start), Some(b'n' | b'N' | 0xC4)) {
            return;
        }
        let bytes = text.as_bytes().get(t.start..t.end).unwrap_or_default();
        let (list, found) = match bytes {
            [b'n' | b'N', b'o', b'n'] => (&mut self.about_one, units_on_end::about_one_at(text, t)),
            [b'n' | b'N', 0xE1, 0xBB, 0xAD, b'a'] => (&mut self.halves, bare_halves::at(text, t)),
            [0xC4, 0x91, 0xC3, 0xB4, b'i'] => (&mut self.ages, ages::twenty_at(text, t.start)),
            _ => return,
        };
        if let Some(e) = found {
            list.push(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lex::{Kind, Word, tokenize};

    /// Every spelling a rule takes for its lead lexes to the vocabulary
    /// word the walk dispatches on (`Found::at`).
    #[test]
    fn every_lead_lexes_to_its_word() {
        for (lead, word) in [
            ("tuần", Word::Tuan),
            ("hai", Word::Hai),
            ("ba", Word::Ba),
            ("bốn", Word::Bon),
            ("hàng", Word::Hang),
            ("Hàng", Word::Hang),
            ("hằng", Word::Hang),
            ("Hằng", Word::Hang),
            ("cả", Word::Ca),
            ("Cả", Word::Ca),
            ("M", Word::M),
            ("non", Word::Other),
            ("Non", Word::Other),
            ("nửa", Word::Other),
            ("Nửa", Word::Other),
            ("đôi", Word::Other),
        ] {
            let toks = tokenize(&format!("{lead} x"));
            let Some(Kind::Word { word: got, .. }) = toks.first().map(|t| t.kind) else {
                panic!("{lead}: no word");
            };
            assert_eq!(got, word, "{lead}");
        }
        for sign in ['¼', '½', '¾'] {
            let toks = tokenize(&format!("x{sign}x"));
            assert_eq!(toks.get(1).map(|t| t.kind), Some(Kind::Punct(sign)));
        }
    }

    /// The spans `extract` finds in `text`.
    use crate::extract::test_spans::texts as spans;

    /// A lead at either end of the text, where a rule's look before or
    /// after it finds nothing, reads as it does inside a sentence.
    #[test]
    fn leads_at_the_ends_of_the_text() {
        assert_eq!(spans("Hàng tấn"), ["Hàng tấn"]);
        assert_eq!(spans("Nửa lít"), ["Nửa lít"]);
        assert_eq!(spans("½ chén"), ["½"]);
        assert_eq!(spans("đôi mươi"), ["đôi mươi"]);
        for text in [
            "tuần",
            "tứ tuần",
            "hàng",
            "cả",
            "non",
            "nửa",
            "đôi",
            "M",
            "4M",
            "hai",
            "½",
        ] {
            assert!(
                spans(text).iter().all(|s| *s != "tứ tuần"),
                "{text}: {:?}",
                spans(text)
            );
        }
    }

    /// Every rule of the walk in one sentence, each read once, in order.
    #[test]
    fn every_rule_in_one_text() {
        let text = "Anh ngoài đôi mươi, chị ngoại tứ tuần, về một hai lần, \
                    kéo hàng tấn đá, nửa thúng gạo, chạy cả cây số, 4M đường, ¼ dân số.";
        assert_eq!(
            spans(text),
            [
                "ngoài đôi mươi",
                "ngoại tứ tuần",
                "một hai",
                "hàng tấn",
                "nửa",
                "cây số",
                "4",
                "¼"
            ]
        );
    }
}
