//! Stretches of text that must come out byte-identical: URLs, e-mail
//! addresses, bare domains and hashtags.
//!
//! The normalizer works on space-separated chunks. A chunk that contains
//! `://`, `@` or `www.`, ends a dotted name in a known domain suffix
//! (`vnexpress.net/…`, `index.html`), or starts a hashtag, is an address or
//! a handle whose bytes are an identifier: `thuỷ-điện-hoà-bình.html` must not
//! become `thủy-điện-hòa-bình.html`, or the link breaks. Such chunks are only
//! put in NFC (which is canonical equivalence, not a spelling change).

/// Domain suffixes and file extensions that mark a dotted name as an address.
const SUFFIXES: &[&str] = &[
    "asia", "asp", "aspx", "au", "biz", "ca", "cn", "co", "com", "de", "edu", "eu", "fr", "gov",
    "htm", "html", "info", "int", "io", "jp", "jsp", "kr", "me", "mil", "net", "org", "php", "ru",
    "tv", "uk", "us", "vn",
];

/// True when the text at byte `offset` of `chunk` (text between two
/// spaces) is protected: the whole chunk when it is an address or an
/// e-mail or handle, or the hashtag that `offset` falls in.
///
/// A hashtag protects itself only (`#` and the letters, digits, `_` and
/// marks after it): "#a,,hoà" holds the hashtag "#a" and the word "hoà",
/// which is spelled like any other. Protecting the whole chunk made the
/// result depend on spacing that the cleanup itself removes ("#a ,,hoà"
/// becomes "#a,,hoà"), so that normalizing twice in two styles differed.
#[cfg(test)]
pub(crate) fn is_protected(chunk: &str, offset: usize) -> bool {
    is_address(chunk) || in_hashtag(chunk, offset)
}

/// True when `chunk` is an address, an e-mail or a handle.
pub(crate) fn is_address(chunk: &str) -> bool {
    let b = chunk.as_bytes();
    memchr::memchr(b'@', b).is_some()
        || memchr::memmem::find(b, b"://").is_some()
        || has_www(b)
        || has_domain_suffix(b)
}

/// True when byte `offset` of `chunk` lies in a hashtag: a `#` followed by
/// a letter or digit, through the letters, digits, `_`, combining marks and
/// invisible characters after it.
pub(crate) fn in_hashtag(chunk: &str, offset: usize) -> bool {
    for (i, _) in chunk.match_indices('#') {
        let Some(rest) = chunk.get(i + 1..) else {
            continue;
        };
        // Invisible characters right after "#" are removed by the cleanup,
        // which leaves the hashtag glued: "#\u{200b}hoà" is "#hoà".
        if !rest
            .chars()
            .find(|&c| !is_invisible(c))
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let len: usize = rest
            .chars()
            .take_while(|&c| {
                c.is_alphanumeric()
                    || c == '_'
                    || matches!(c, '\u{300}'..='\u{36f}')
                    || is_invisible(c)
            })
            .map(char::len_utf8)
            .sum();
        if (i..=i + len).contains(&offset) {
            return true;
        }
    }
    false
}

/// The invisible characters the cleanup removes.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

fn has_www(b: &[u8]) -> bool {
    b.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
}

/// A `.` between an alphanumeric character and a known suffix that is not
/// followed by another letter or digit (`TP.HCM` is not an address).
fn has_domain_suffix(b: &[u8]) -> bool {
    for dot in memchr::memchr_iter(b'.', b) {
        let before_ok = dot
            .checked_sub(1)
            .and_then(|i| b.get(i))
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80);
        if !before_ok {
            continue;
        }
        let rest = b.get(dot + 1..).unwrap_or(&[]);
        let len = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let Some(word) = rest.get(..len) else {
            continue;
        };
        let after_ok = rest
            .get(len)
            .is_none_or(|&c| !c.is_ascii_alphanumeric() && c < 0x80);
        if after_ok
            && SUFFIXES
                .iter()
                .any(|s| s.as_bytes().eq_ignore_ascii_case(word))
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::is_protected;

    #[test]
    fn addresses() {
        for chunk in [
            "https://vi.wikipedia.org/wiki/Hòa_Bình",
            "vnexpress.net/thuỷ-điện-hoà-bình.html",
            "thuy.hoa@example.com",
            "www.Hoà",
            "#thuỷđiện",
            "(tuoitre.vn)",
            "Thuỷ.COM",
        ] {
            assert!(is_protected(chunk, 1), "{chunk}");
        }
    }

    #[test]
    fn not_addresses() {
        for chunk in [
            "TP.HCM", "hoà.", "1.234", "83,5", "14:30", "Hoà,", "#", "C#", "vn", "a.vnx",
        ] {
            assert!(!is_protected(chunk, 1), "{chunk}");
        }
    }

    #[test]
    fn a_hashtag_protects_itself_only() {
        let chunk = "#a,,hoà";
        assert!(is_protected(chunk, 0) && is_protected(chunk, 1));
        assert!(!is_protected(chunk, 4));
        assert!(is_protected("#thuỷđiện", 5));
        assert!(is_protected("x@y.vn,hoà", 8));
        // The zero-width space goes, the hashtag stays: "#hoà".
        assert!(is_protected("#\u{200b}hoà", 5));
    }
}
