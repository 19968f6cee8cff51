//! The linear-time check of the running-text scanners: each pattern is
//! repeated to a small and a large text, and the large one may take at most
//! `max_ratio` times as long (linear is `large / small`; the rest is room
//! for a shared, noisy machine). A scanner must also find no more entities
//! than there are bytes.

use std::time::Instant;

/// Asserts that `scan` (which returns how many entities it found) runs in
/// linear time on walls of each of `patterns`.
pub fn assert_linear(
    patterns: &[&str],
    (small, large): (usize, usize),
    max_ratio: f64,
    scan: impl Fn(&str) -> usize,
) {
    for pattern in patterns {
        let small_text = pattern.repeat(small / pattern.len());
        let large_text = pattern.repeat(large / pattern.len());
        // The fastest of five runs: a shared machine's load (and the other
        // tests running beside this one) only ever slows a run down, so
        // the minimum is the scanner's own time.
        let time = |text: &str| {
            let mut best = f64::INFINITY;
            let mut n = 0;
            for _ in 0..5 {
                let start = Instant::now();
                n = scan(text);
                best = best.min(start.elapsed().as_secs_f64());
            }
            (best, n)
        };
        let (t_small, _) = time(&small_text);
        let (t_large, n) = time(&large_text);
        assert!(n <= large_text.len());
        assert!(
            t_large < max_ratio * t_small.max(0.002),
            "{pattern:?}: {t_small:.3}s for {} kB, {t_large:.3}s for {} kB",
            small / 1000,
            large / 1000
        );
    }
}
