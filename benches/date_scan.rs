//! The date and time scanner against a plain regex scan for date-ish
//! digits on the same bytes.
//!
//! Baseline: `[0-9]{1,2}[/.-][0-9]{1,2}` with `regex::Regex::find_iter`,
//! which finds "29/10"-shaped digit groups and nothing else (no words, no
//! validation, no context). The scanner tokenizes every word, looks up the
//! date vocabulary and runs the grammar at each candidate token, so the
//! figure to watch is the ratio of the two.
//!
//! Adversarial inputs (a wall of "1/1/1/…", "ngày ngày …", "thứ hai …",
//! "mười …", "14h14h…", "14h ngày 14h ngày …") are measured at 256 KB and 1 MB: the times must
//! scale by about 4 (linear).

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use vietnorm::time::Parser;

fn regex_count(re: &Regex, text: &str) -> usize {
    re.find_iter(text).count()
}

fn scan_count(text: &str) -> usize {
    Parser::new().scan(text).count()
}

fn corpus(c: &mut Criterion) {
    let (text, origin) = corpus::joined(4 << 20);
    let re = Regex::new(r"[0-9]{1,2}[/.-][0-9]{1,2}").expect("valid regex");
    // Correctness outside the timed loop: both find something, and the
    // scanner's spans are in order and on character boundaries.
    let digit_pairs = regex_count(&re, &text);
    let mut found = 0;
    let mut last = 0;
    for m in Parser::new().scan(&text) {
        assert!(m.start >= last && text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        last = m.end;
        found += 1;
    }
    assert!(digit_pairs > 0 && found > 0, "{origin:?}: nothing found");
    eprintln!(
        "date_scan/corpus ({origin:?}, {} bytes): {digit_pairs} regex matches, {found} dates, times, date-times and durations",
        text.len()
    );

    let mut group = c.benchmark_group("date_scan/corpus");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("regex_digits", |b| {
        b.iter(|| regex_count(&re, black_box(&text)))
    });
    group.bench_function("scan", |b| b.iter(|| scan_count(black_box(&text))));
    group.finish();
}

fn adversarial(c: &mut Criterion) {
    let re = Regex::new(r"[0-9]{1,2}[/.-][0-9]{1,2}").expect("valid regex");
    let mut group = c.benchmark_group("date_scan/adversarial");
    group.sample_size(10);
    for (name, unit) in [
        ("slashes", "1/"),
        ("ngay", "ngày "),
        ("thu_hai", "Thứ Hai, "),
        ("muoi", "mười "),
        ("hours", "14h"),
        ("tu_den", "từ 1 đến "),
        ("datetime", "14h ngày "),
        ("datetime_range", "từ 8h ngày 1/1 đến "),
    ] {
        for size in [256 << 10, 1 << 20] {
            let text = unit.repeat(size / unit.len());
            // Correctness: the same input four times as long finds at most
            // four times as much (plus one for the seams).
            let small = scan_count(&unit.repeat(size / 4 / unit.len()));
            let large = scan_count(&text);
            assert!(large <= 4 * small + 4, "{name}: {small} vs {large}");
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("{name}/{}KB/scan", size >> 10), |b| {
                b.iter(|| scan_count(black_box(&text)))
            });
            if size == 1 << 20 {
                group.bench_function(format!("{name}/{}KB/regex_digits", size >> 10), |b| {
                    b.iter(|| regex_count(&re, black_box(&text)))
                });
            }
        }
    }
    group.finish();
}

criterion_group!(benches, corpus, adversarial);
criterion_main!(benches);
