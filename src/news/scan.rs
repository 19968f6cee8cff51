//! Small cursor helpers shared by the dateline and byline readers: spaces,
//! dashes and bounded windows, all on byte offsets that stay on character
//! boundaries (the boundary helpers themselves are in `crate::text`).

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
    fn cursors() {
        let s = "aĐb";
        assert_eq!(skip_while(s, 0, |c| c == 'a'), 1);
        assert_eq!(skip_back_while(s, 4, |c| c == 'b'), 3);
        assert_eq!(char_before(s, 3), Some('Đ'));
        assert_eq!(char_at(s, 1), Some('Đ'));
    }
}
