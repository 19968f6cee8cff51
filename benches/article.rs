//! `news::parse_article` on real articles, against `text::normalize` of the
//! same articles in the same run: reading an article's dateline and byline
//! should cost far less than normalizing it, and not grow with its length
//! (only a head and a tail window are read).
//!
//! ```text
//! cargo bench --bench article -- --warm-up-time 1 --measurement-time 3
//! ```

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use vietnorm::news::{parse_article, parse_byline, parse_dateline};
use vietnorm::text::normalize;

fn article(c: &mut Criterion) {
    let (texts, origin) = corpus::articles(4 << 20);
    let bytes: usize = texts.iter().map(String::len).sum();

    // Correctness outside the timed loop: the corpus has tags and bylines
    // (46% of Báo Mới 2013 leads are tagged); generated text has both in
    // every article.
    let found = |t: &String| {
        let a = parse_article(t);
        (usize::from(a.dateline.is_some()), usize::from(a.byline.is_some()))
    };
    let (datelines, bylines) = texts
        .iter()
        .map(found)
        .fold((0, 0), |(d, b), (x, y)| (d + x, b + y));
    match origin {
        corpus::Origin::Corpus => assert!(
            datelines * 5 > texts.len() && bylines * 3 > texts.len(),
            "{datelines} datelines, {bylines} bylines in {} articles",
            texts.len()
        ),
        corpus::Origin::Generated => {
            assert_eq!((datelines, bylines), (texts.len(), texts.len()));
        }
    }

    let mut group = c.benchmark_group(format!("article/{origin:?}"));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("parse_article", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                let a = parse_article(black_box(t));
                n += a.body.end - a.body.start;
            }
            n
        })
    });
    group.bench_function("parse_dateline", |b| {
        b.iter(|| texts.iter().filter(|t| parse_dateline(black_box(t)).is_some()).count())
    });
    group.bench_function("parse_byline", |b| {
        b.iter(|| texts.iter().filter(|t| parse_byline(black_box(t)).is_some()).count())
    });
    group.bench_function("baseline: text::normalize", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                n += normalize(black_box(t)).len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, article);
criterion_main!(benches);
