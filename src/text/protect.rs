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

/// True when `chunk` (text between two spaces) is an address or handle.
pub(crate) fn is_protected(chunk: &str) -> bool {
    let b = chunk.as_bytes();
    memchr::memchr2(b'@', b'#', b).is_some_and(|_| {
        chunk.contains('@')
            || chunk.match_indices('#').any(|(i, _)| {
                chunk
                    .get(i + 1..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_alphanumeric)
            })
    }) || memchr::memmem::find(b, b"://").is_some()
        || has_www(b)
        || has_domain_suffix(b)
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
            assert!(is_protected(chunk), "{chunk}");
        }
    }

    #[test]
    fn not_addresses() {
        for chunk in [
            "TP.HCM", "hoà.", "1.234", "83,5", "14:30", "Hoà,", "#", "C#", "vn", "a.vnx",
        ] {
            assert!(!is_protected(chunk), "{chunk}");
        }
    }
}
