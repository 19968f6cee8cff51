//! `extract`, the whole running-text pass users call (one tokenization,
//! both grammars, the context rules), and the quantity scanner alone, on the
//! corpus, against three baselines on the same bytes in the same run: a plain
//! regex digit scan (`[0-9][0-9.,]*`, `find_iter`), icu_normalizer's NFC
//! check, and a plain regex word scan (`[\p{L}\p{M}]+`, `find_iter`: the
//! least any scanner pays that must see every word, as one that finds
//! spelled numbers must), so the figures are ratios to passes any tool makes
//! over the text. A second group times adversarial walls at 256 KB and 4 MB:
//! linear time is a ratio of about 16.

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use vietnorm::extract::{Kind, extract};
use vietnorm::number::scan;

fn corpus(c: &mut Criterion) {
    let (text, origin) = corpus::joined(4 << 20);
    let re = Regex::new(r"[0-9][0-9.,]*").expect("valid regex");
    let words = Regex::new(r"[\p{L}\p{M}]+").expect("valid regex");
    let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();

    // Correctness outside the timed loop: every kind turns up in real news,
    // spans are in order, and each span is its text.
    let found = extract(&text);
    for kind in [
        Kind::Number,
        Kind::Money,
        Kind::Percent,
        Kind::Date,
        Kind::Time,
        Kind::Duration,
        Kind::DateTime,
    ] {
        assert!(
            found.iter().any(|e| e.kind() == kind),
            "{origin:?}: no {kind} found"
        );
    }
    assert!(found.windows(2).all(|w| w[0].end <= w[1].start));
    assert!(
        found
            .iter()
            .all(|e| text.get(e.start..e.end) == Some(e.text))
    );
    eprintln!(
        "extract/corpus ({origin:?}, {} bytes): {} entities",
        text.len(),
        found.len()
    );

    let mut group = c.benchmark_group("extract/corpus");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("regex_digits", |b| {
        b.iter(|| re.find_iter(black_box(&text)).count())
    });
    group.bench_function("regex_words", |b| {
        b.iter(|| words.find_iter(black_box(&text)).count())
    });
    group.bench_function("icu_is_nfc", |b| {
        b.iter(|| nfc.is_normalized(black_box(&text)))
    });
    group.bench_function("number_scan", |b| b.iter(|| scan(black_box(&text)).count()));
    group.bench_function("extract", |b| b.iter(|| extract(black_box(&text)).len()));
    group.finish();
}

fn adversarial(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract/adversarial");
    group.sample_size(10);
    for (name, unit) in [
        ("slashes", "1/"),
        ("time_date", "15 giờ 30 ngày "),
        ("range", "từ 21h ngày 24/5 đến "),
        ("labels", "Điều 1, "),
        ("spelled", "một hai ba "),
    ] {
        for size in [256 << 10, 4 << 20] {
            let text = unit.repeat(size / unit.len());
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("{name}/{}KB", size >> 10), |b| {
                b.iter(|| extract(black_box(&text)).len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, corpus, adversarial);
criterion_main!(benches);
