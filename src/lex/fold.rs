//! The one case folding of the crate's scanners: a word's lowercase NFC
//! form, borrowed when the word already is (the common case in news text).

use std::borrow::Cow;

use crate::text::normalize;

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

/// True when `word` has an upper-case letter. ASCII, Latin-1 and Latin
/// Extended Additional (most Vietnamese letters) are answered from the
/// bytes; anything else is decoded.
fn has_upper(word: &str) -> bool {
    let bytes = word.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                return true;
            }
            i += 1;
            continue;
        }
        let b1 = bytes.get(i + 1).copied().unwrap_or(0);
        if b == 0xC3 {
            // U+00C0..U+00FF: À..Þ (but ×) are upper case.
            if (0x80..=0x9E).contains(&b1) && b1 != 0x97 {
                return true;
            }
            i += 2;
            continue;
        }
        if b == 0xE1 && (b1 == 0xBA || b1 == 0xBB) {
            let b2 = bytes.get(i + 2).copied().unwrap_or(0);
            let cp = 0x1000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
            // U+1EA0..U+1EFF (ạ, ả, ấ, …): even code points are upper case.
            if cp >= 0x1EA0 {
                if cp % 2 == 0 {
                    return true;
                }
                i += 3;
                continue;
            }
        }
        let Some(c) = word.get(i..).and_then(|r| r.chars().next()) else {
            return false;
        };
        if is_upper(c) {
            return true;
        }
        i += c.len_utf8();
    }
    false
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
    if has_upper(&base) {
        Cow::Owned(base.to_lowercase())
    } else {
        base
    }
}

/// The text of the word token `t` of `text`, folded ([`fold`]): borrowed
/// without a second look when the lexer marked the word as its own fold
/// (most words of news text), `None` for other tokens.
pub(crate) fn word_folded<'a>(text: &'a str, t: &super::Token) -> Option<Cow<'a, str>> {
    let super::Kind::Word { folded, .. } = t.kind else {
        return None;
    };
    let raw = text.get(t.start..t.end)?;
    Some(if folded {
        Cow::Borrowed(raw)
    } else {
        fold(raw)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_level_upper_case_agrees_with_std() {
        for c in ('\u{0}'..='\u{3000}').chain('\u{1e00}'..='\u{1f00}') {
            for text in [format!("{c}"), format!("a{c}b"), format!("ạ{c}")] {
                assert_eq!(
                    has_upper(&text),
                    text.chars().any(char::is_uppercase),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn fast_upper_case_agrees_with_std() {
        for c in ('\u{0}'..='\u{2000}').chain('\u{1e00}'..='\u{1f00}') {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn folds_case_and_composition() {
        assert_eq!(fold("MƯƠI"), "mươi");
        assert_eq!(fold("mu\u{31b}o\u{31b}\u{300}i"), "mười");
        assert!(matches!(fold("đồng"), Cow::Borrowed(_)));
    }
}
