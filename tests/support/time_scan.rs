//! What every scan of running text must give, whatever the text: spans
//! that are not empty, in order, disjoint and on character boundaries.

use vietnorm::time::{Match, Parser};

/// Scans `text` with `parser`, checks the spans, and hands every match to
/// `check` for what the calling suite knows of its values.
pub fn check_scan(parser: &Parser, text: &str, mut check: impl FnMut(&Match)) {
    let mut last_end = 0;
    for m in parser.scan(text) {
        assert!(m.start < m.end, "empty span");
        assert!(m.start >= last_end, "spans out of order or overlapping");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        last_end = m.end;
        check(&m);
    }
}
