//! Character boundaries: byte offsets moved onto the nearest boundary of
//! a character, so that a window cut at a fixed byte count ("the 80 bytes
//! before the colon") never splits a Vietnamese letter. Shared by the
//! extractor and the dateline and byline readers.

/// The largest character boundary of `s` at or below `pos` (`s.len()`
/// when `pos` is past the end).
pub(crate) fn floor_boundary(s: &str, pos: usize) -> usize {
    let mut p = pos.min(s.len());
    while p > 0 && !s.is_char_boundary(p) {
        p -= 1;
    }
    p
}

/// The smallest character boundary of `s` at or above `pos` (`s.len()`
/// when `pos` is past the end).
pub(crate) fn ceil_boundary(s: &str, pos: usize) -> usize {
    let mut p = pos.min(s.len());
    while p < s.len() && !s.is_char_boundary(p) {
        p += 1;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inside_a_letter_moves_to_its_edges() {
        // "Đ" takes bytes 1..3.
        let s = "aĐb";
        assert_eq!(floor_boundary(s, 2), 1);
        assert_eq!(ceil_boundary(s, 2), 3);
    }

    #[test]
    fn on_a_boundary_stays() {
        let s = "aĐb";
        for p in [0, 1, 3, 4] {
            assert_eq!(floor_boundary(s, p), p);
            assert_eq!(ceil_boundary(s, p), p);
        }
    }

    #[test]
    fn past_the_end_is_the_end() {
        let s = "aĐb";
        assert_eq!(floor_boundary(s, 99), 4);
        assert_eq!(ceil_boundary(s, 99), 4);
        assert_eq!(floor_boundary("", 3), 0);
        assert_eq!(ceil_boundary("", 3), 0);
    }

    #[test]
    fn a_window_cut_by_bytes_slices() {
        // "ệ" is three bytes: every cut lands on a slice that exists.
        let s = "Việt";
        for p in 0..=s.len() + 2 {
            assert!(s.get(..floor_boundary(s, p)).is_some());
            assert!(s.get(ceil_boundary(s, p)..).is_some());
        }
    }
}
