//! ASCII folding and URL slugs.

use std::borrow::Cow;

use icu_normalizer::DecomposingNormalizerBorrowed;

use super::letters::{self, Base};
use super::syllable::is_combining;

const NFD: DecomposingNormalizerBorrowed<'static> = DecomposingNormalizerBorrowed::new_nfd();

/// Removes diacritics: Vietnamese letters lose their tone, hat, horn and
/// breve, `đ`/`Đ` (and their look-alikes `ð Ð Ɖ`) become `d`/`D`, other
/// Latin letters lose their accents (`ü` → `u`, `ñ` → `n`, `ß` → `ss`).
/// Everything else (digits, punctuation, `–`, `“`, `₫`, `€`, other scripts)
/// is kept. Works on any Unicode form: combining marks are dropped.
/// Borrows when the text is ASCII.
///
/// ```
/// use vietnorm::text::fold_ascii;
/// assert_eq!(fold_ascii("Đường Hồ Chí Minh"), "Duong Ho Chi Minh");
/// assert_eq!(fold_ascii("Tie\u{302}\u{301}ng Vie\u{323}\u{302}t"), "Tieng Viet");
/// assert_eq!(fold_ascii("Giá 100.000₫"), "Gia 100.000₫");
/// assert!(matches!(fold_ascii("Ha Noi"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn fold_ascii(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    Cow::Owned(out)
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
        return;
    }
    if is_combining(c) {
        return;
    }
    if let Some(letter) = letters::decode(c) {
        let base = match letter.base {
            Base::Vowel(v) => {
                // The first character of a vowel's lowercase form is its
                // ASCII letter only for a e i o u y; the others fold by name.
                match v.char() {
                    'ă' | 'â' => 'a',
                    'ê' => 'e',
                    'ô' | 'ơ' => 'o',
                    'ư' => 'u',
                    other => other,
                }
            }
            Base::Consonant('đ') => 'd',
            Base::Consonant(other) => other,
        };
        out.push(if letter.upper {
            base.to_ascii_uppercase()
        } else {
            base
        });
        return;
    }
    // Letters without a canonical decomposition to ASCII.
    let special = match c {
        'ø' => "o",
        'Ø' => "O",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'ß' => "ss",
        'ł' => "l",
        'Ł' => "L",
        'þ' => "th",
        'Þ' => "Th",
        'ı' => "i",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
        return;
    }
    let mut buf = [0u8; 4];
    let decomposed = NFD.normalize(c.encode_utf8(&mut buf));
    let mut parts = decomposed.chars();
    match parts.next() {
        Some(first) if first.is_ascii() && parts.all(is_combining) => out.push(first),
        _ => out.push(c),
    }
}

/// A URL slug: the ASCII-folded text, lowercase, with every run of
/// characters other than ASCII letters and digits turned into one `-`, and
/// no `-` at either end.
///
/// ```
/// use vietnorm::text::slug;
/// assert_eq!(slug("Hà Nội 2025"), "ha-noi-2025");
/// assert_eq!(slug("ỦY BAN NHÂN DÂN TP.HCM"), "uy-ban-nhan-dan-tp-hcm");
/// assert_eq!(slug("Phở 24h – “ngon”"), "pho-24h-ngon");
/// ```
pub fn slug(text: &str) -> String {
    let folded = fold_ascii(text);
    let mut out = String::with_capacity(folded.len());
    let mut pending_dash = false;
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending_dash = true;
        }
    }
    out
}
