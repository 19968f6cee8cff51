//! The escapes of the news table files (`tests/data/datelines.tsv`,
//! `tests/data/news_fixtures.tsv`): `\n`, `\t`, `\r`, `\\`, `\u{XXXX}`.

/// Undoes the TSV escapes: `\n`, `\t`, `\\`, `\u{XXXX}`.
pub fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "bad escape in {s:?}");
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("hex escape");
                out.push(char::from_u32(code).expect("code point"));
            }
            other => panic!("bad escape {other:?} in {s:?}"),
        }
    }
    out
}
