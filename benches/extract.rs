//! `extract`, the whole running-text pass users call (quantities, dates,
//! times and durations merged), on the corpus, against two baselines on the
//! same bytes in the same run: a plain regex digit scan (`[0-9][0-9.,]*`,
//! `find_iter`) and icu_normalizer's NFC check, so the figure is a ratio to
//! the cheapest pass any tool makes over the text.

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use vietnorm::extract::{Kind, extract};

fn corpus(c: &mut Criterion) {
    let (text, origin) = corpus::joined(4 << 20);
    let re = Regex::new(r"[0-9][0-9.,]*").expect("valid regex");
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
    group.bench_function("icu_is_nfc", |b| {
        b.iter(|| nfc.is_normalized(black_box(&text)))
    });
    group.bench_function("extract", |b| b.iter(|| extract(black_box(&text)).len()));
    group.finish();
}

criterion_group!(benches, corpus);
criterion_main!(benches);
