//! Normalizer throughput on the news corpus, against icu_normalizer's NFC
//! on the same bytes (the baseline in every group, so figures are ratios).
//!
//! Inputs (~4 MB of articles, `benches/support/corpus.rs`):
//! - `as_is`: the corpus as stored (some NFD, mixed tone styles, NBSP …);
//!   baseline: icu `normalize` (what a plain NFC pass costs).
//! - `clean`: the corpus already normalized: nothing to change, so
//!   `normalize` must borrow; baseline: icu `is_normalized`.
//! - `nfd`: the clean corpus fully decomposed; baseline: icu `normalize`.
//! - `new_style`: the clean corpus in new tone style, normalized back to old
//!   style; baseline: icu `is_normalized`.
//! - `tokens`: the clean corpus one space-separated token at a time, as the
//!   number and date parsers call it; baseline: icu `is_normalized` per token.
//!
//! Correctness is asserted once per input, outside the timed loops.

#[path = "support/corpus.rs"]
mod corpus;

use std::borrow::Cow;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
use vietnorm::text::{Normalizer, ToneStyle};

const MAX_BYTES: usize = 4_000_000;
const OLD: Normalizer = Normalizer::new();
const NEW: Normalizer = Normalizer::new().tone(ToneStyle::New);

fn bench(c: &mut Criterion) {
    let nfc = ComposingNormalizerBorrowed::new_nfc();
    let nfd_normalizer = DecomposingNormalizerBorrowed::new_nfd();
    let (raw, origin) = corpus::joined(MAX_BYTES);
    let clean = OLD.normalize(&raw).into_owned();
    assert!(
        matches!(OLD.normalize(&clean), Cow::Borrowed(_)),
        "normalized text must come back borrowed"
    );
    assert!(nfc.is_normalized(&clean));
    let nfd = nfd_normalizer.normalize(&clean).into_owned();
    assert_eq!(
        OLD.normalize(&nfd),
        clean.as_str(),
        "NFD input must normalize back"
    );
    let new_style = NEW.normalize(&clean).into_owned();
    assert_ne!(new_style, clean, "the corpus has open oa/oe/uy to convert");
    assert_eq!(
        OLD.normalize(&new_style),
        clean.as_str(),
        "new style must convert back"
    );
    let tokens: Vec<&str> = clean.split_ascii_whitespace().collect();
    let borrowed = tokens
        .iter()
        .filter(|t| matches!(OLD.normalize(t), Cow::Borrowed(_)))
        .count();
    assert_eq!(borrowed, tokens.len(), "every clean token must borrow");
    eprintln!(
        "normalize bench: {origin:?}, {} bytes, {} tokens",
        clean.len(),
        tokens.len()
    );

    let mut g = c.benchmark_group("as_is");
    g.throughput(Throughput::Bytes(raw.len() as u64));
    g.bench_function("vietnorm_normalize", |b| {
        b.iter(|| OLD.normalize(black_box(&raw)).len())
    });
    g.bench_function("icu_nfc_normalize", |b| {
        b.iter(|| nfc.normalize(black_box(&raw)).len())
    });
    g.finish();

    let mut g = c.benchmark_group("clean");
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("vietnorm_normalize", |b| {
        b.iter(|| OLD.normalize(black_box(&clean)).len())
    });
    g.bench_function("icu_nfc_is_normalized", |b| {
        b.iter(|| nfc.is_normalized(black_box(&clean)))
    });
    g.finish();

    let mut g = c.benchmark_group("nfd");
    g.throughput(Throughput::Bytes(nfd.len() as u64));
    g.bench_function("vietnorm_normalize", |b| {
        b.iter(|| OLD.normalize(black_box(&nfd)).len())
    });
    g.bench_function("icu_nfc_normalize", |b| {
        b.iter(|| nfc.normalize(black_box(&nfd)).len())
    });
    g.finish();

    let mut g = c.benchmark_group("new_style");
    g.throughput(Throughput::Bytes(new_style.len() as u64));
    g.bench_function("vietnorm_normalize_to_old", |b| {
        b.iter(|| OLD.normalize(black_box(&new_style)).len())
    });
    g.bench_function("icu_nfc_is_normalized", |b| {
        b.iter(|| nfc.is_normalized(black_box(&new_style)))
    });
    g.finish();

    let mut g = c.benchmark_group("tokens");
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("vietnorm_normalize", |b| {
        b.iter(|| {
            tokens
                .iter()
                .map(|t| OLD.normalize(black_box(t)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("icu_nfc_is_normalized", |b| {
        b.iter(|| {
            tokens
                .iter()
                .filter(|t| nfc.is_normalized(black_box(t)))
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
