//! The quantity scanner against a plain regex digit scan on the same bytes.
//!
//! Baseline: `[0-9][0-9.,]*` with `regex::Regex::find_iter`, which finds
//! digit runs and nothing else (no words, no units, no filtering). The
//! scanner does much more per byte; the brief's target is at most 5× the
//! baseline's time on the corpus.
//!
//! Adversarial inputs (a wall of "1.1.1.1…", of "một một …", of digits
//! without spaces, of "hai mươi …") are measured at 256 KB and 1 MB: the
//! times must scale by about 4 (linear).

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use vietnorm::number::scan;

fn regex_count(re: &Regex, text: &str) -> usize {
    re.find_iter(text).count()
}

fn scan_count(text: &str) -> usize {
    scan(text).count()
}

fn corpus(c: &mut Criterion) {
    let (text, origin) = corpus::joined(4 << 20);
    let re = Regex::new(r"[0-9][0-9.,]*").expect("valid regex");
    // Correctness outside the timed loop: the scanner finds quantities, and
    // never more than there are digit runs plus spelled-out numbers.
    let digit_runs = regex_count(&re, &text);
    let quantities = scan_count(&text);
    assert!(
        digit_runs > 0 && quantities > 0,
        "{origin:?}: nothing found"
    );
    assert!(quantities <= digit_runs * 2, "{quantities} vs {digit_runs}");
    eprintln!(
        "number_scan/corpus ({origin:?}, {} bytes): {digit_runs} digit runs, {quantities} quantities",
        text.len()
    );

    let mut group = c.benchmark_group("number_scan/corpus");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("regex_digits", |b| {
        b.iter(|| regex_count(&re, black_box(&text)))
    });
    group.bench_function("scan", |b| b.iter(|| scan_count(black_box(&text))));
    group.finish();
}

fn adversarial(c: &mut Criterion) {
    let mut group = c.benchmark_group("number_scan/adversarial");
    group.sample_size(10);
    for (name, unit) in [
        ("dots", "1.1."),
        ("mot", "một "),
        ("digits", "1234567890"),
        ("hai_muoi", "hai mươi "),
        ("tu_den", "từ 5 đến "),
    ] {
        for size in [256 << 10, 1 << 20] {
            let text = unit.repeat(size / unit.len());
            // Correctness: the same input four times as long finds at most
            // four times as much (plus one for the seams).
            let small = scan_count(&unit.repeat(size / 4 / unit.len()));
            let large = scan_count(&text);
            assert!(large <= 4 * small + 4, "{name}: {small} vs {large}");
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("{name}/{}KB", size >> 10), |b| {
                b.iter(|| scan_count(black_box(&text)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, corpus, adversarial);
criterion_main!(benches);
