//! Small cursor helpers shared by the dateline and byline readers: spaces,
//! dashes and bounded windows, all on byte offsets that stay on character
//! boundaries.

/// Spaces inside a line: ASCII space and tab, no-break space, zero-width
/// space and the byte-order mark (all seen in the corpus).
pub(crate) fn is_inline_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{200b}' | '\u{feff}' | '\u{2009}' | '\u{202f}'
    )
}

/// Any space, line breaks included.
pub(crate) fn is_any_space(c: char) -> bool {
    is_inline_space(c) || matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// The dashes that follow a lead tag: hyphen-minus, en dash, em dash.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

/// `pos` moved past the characters of `s` from `pos` on that satisfy `pred`.
pub(crate) fn skip_while(s: &str, pos: usize, pred: impl Fn(char) -> bool) -> usize {
    let Some(rest) = s.get(pos..) else {
        return pos;
    };
    let skipped: usize = rest
        .chars()
        .take_while(|&c| pred(c))
        .map(char::len_utf8)
        .sum();
    pos + skipped
}

/// `pos` moved back over the characters of `s` before `pos` that satisfy `pred`.
pub(crate) fn skip_back_while(s: &str, pos: usize, pred: impl Fn(char) -> bool) -> usize {
    let Some(head) = s.get(..pos) else {
        return pos;
    };
    let skipped: usize = head
        .chars()
        .rev()
        .take_while(|&c| pred(c))
        .map(char::len_utf8)
        .sum();
    pos - skipped
}

/// The largest character boundary of `s` at or below `pos`.
pub(crate) fn floor_boundary(s: &str, pos: usize) -> usize {
    let mut p = pos.min(s.len());
    while p > 0 && !s.is_char_boundary(p) {
        p -= 1;
    }
    p
}

/// The smallest character boundary of `s` at or above `pos`.
pub(crate) fn ceil_boundary(s: &str, pos: usize) -> usize {
    let mut p = pos.min(s.len());
    while p < s.len() && !s.is_char_boundary(p) {
        p += 1;
    }
    p
}

/// The first character of `s` at `pos`, if any.
pub(crate) fn char_at(s: &str, pos: usize) -> Option<char> {
    s.get(pos..).and_then(|r| r.chars().next())
}

/// The character of `s` just before `pos`, if any.
pub(crate) fn char_before(s: &str, pos: usize) -> Option<char> {
    s.get(..pos).and_then(|r| r.chars().next_back())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries() {
        let s = "aĐb";
        assert_eq!(floor_boundary(s, 2), 1);
        assert_eq!(ceil_boundary(s, 2), 3);
        assert_eq!(floor_boundary(s, 99), 4);
        assert_eq!(skip_while(s, 0, |c| c == 'a'), 1);
        assert_eq!(skip_back_while(s, 4, |c| c == 'b'), 3);
        assert_eq!(char_before(s, 3), Some('Đ'));
        assert_eq!(char_at(s, 1), Some('Đ'));
    }
}
