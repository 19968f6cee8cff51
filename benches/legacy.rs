//! Legacy encodings: decoding, detection and repair, each against a plain
//! byte-to-char table lookup loop over the same bytes in the same run, so
//! the figures are ratios.
//!
//! ```text
//! cargo bench --bench legacy -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! Input: 1 MB of the news corpus (generated text without it), with the
//! characters an encoding cannot write replaced by spaces, then encoded.

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use vietnorm::legacy::{self, Encoding};

const SIZE: usize = 1 << 20;

/// `text` with every character `encoding` cannot write replaced by a space.
fn encodable(text: &str, encoding: Encoding) -> String {
    let mut buf = [0u8; 4];
    text.chars()
        .map(|c| {
            if legacy::encode(c.encode_utf8(&mut buf), encoding).is_ok() {
                c
            } else {
                ' '
            }
        })
        .collect()
}

/// The baseline: one table lookup per byte into a `String`.
fn lookup_loop(bytes: &[u8], table: &[char; 256]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(table[usize::from(b)]);
    }
    out
}

/// VISCII as a byte → char table, built through the public decoder.
fn viscii_table() -> [char; 256] {
    let mut table = ['\0'; 256];
    for (b, slot) in table.iter_mut().enumerate() {
        let byte = [b as u8];
        *slot = legacy::decode(&byte, Encoding::Viscii)
            .chars()
            .next()
            .unwrap_or('\0');
    }
    table
}

fn inputs() -> (String, corpus::Origin) {
    let (text, origin) = corpus::joined(SIZE);
    // Decoders give NFC; the corpus has a few records that are not, so
    // compare on NFC text (the normalizer gives that and more).
    (vietnorm::text::normalize(&text).into_owned(), origin)
}

fn decode(c: &mut Criterion) {
    let (text, origin) = inputs();
    let table = viscii_table();
    let mut group = c.benchmark_group(format!("legacy_decode/{origin:?}"));
    for encoding in Encoding::ALL.into_iter().filter(|&e| e != Encoding::Utf8) {
        let plain = encodable(&text, encoding);
        let bytes = legacy::encode(&plain, encoding).unwrap();
        // Correctness, outside the timed loop.
        assert_eq!(legacy::decode(&bytes, encoding), plain, "{encoding}");
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("lookup_loop", encoding),
            &bytes,
            |b, bytes| b.iter(|| lookup_loop(black_box(bytes), &table)),
        );
        group.bench_with_input(BenchmarkId::new("decode", encoding), &bytes, |b, bytes| {
            b.iter(|| legacy::decode(black_box(bytes), encoding))
        });
    }
    group.finish();
}

fn detect(c: &mut Criterion) {
    let (text, origin) = inputs();
    let table = viscii_table();
    let tcvn3 = legacy::encode(&encodable(&text, Encoding::Tcvn3), Encoding::Tcvn3).unwrap();
    let vni = legacy::encode(&encodable(&text, Encoding::Vni), Encoding::Vni).unwrap();
    let cp1252 = viscii_cp1252();
    let misread: String = tcvn3.iter().map(|&b| cp1252[usize::from(b)]).collect();
    let cases: [(&str, &[u8], Encoding, bool); 4] = [
        ("utf-8", text.as_bytes(), Encoding::Utf8, false),
        ("tcvn3", &tcvn3, Encoding::Tcvn3, false),
        ("vni", &vni, Encoding::Vni, false),
        ("tcvn3-as-cp1252", misread.as_bytes(), Encoding::Tcvn3, true),
    ];
    let mut group = c.benchmark_group(format!("legacy_detect/{origin:?}"));
    group.sample_size(10);
    for (name, bytes, encoding, windows_1252) in cases {
        let d = legacy::detect(bytes);
        assert_eq!(
            (d.encoding, d.windows_1252),
            (encoding, windows_1252),
            "{name}"
        );
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::new("lookup_loop", name), &bytes, |b, bytes| {
            b.iter(|| lookup_loop(black_box(bytes), &table))
        });
        group.bench_with_input(BenchmarkId::new("detect", name), &bytes, |b, bytes| {
            b.iter(|| legacy::detect(black_box(bytes)))
        });
    }
    group.finish();
}

/// Windows-1252 as characters: what TCVN3 bytes look like when misread.
fn viscii_cp1252() -> Vec<char> {
    // Latin-1 for every byte, then Windows-1252's 0x80–0x9F block.
    let specials = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ";
    let mut table: Vec<char> = (0u8..=0xFF).map(char::from).collect();
    for (i, c) in specials.chars().enumerate() {
        table[0x80 + i] = c;
    }
    table
}

/// Repair of good UTF-8 text (the common case: it must cost little) and of
/// the same text with every tenth word's TCVN3 bytes misread.
fn repair(c: &mut Criterion) {
    let (text, origin) = inputs();
    let table = viscii_table();
    let cp1252 = viscii_cp1252();
    let damaged: String = text
        .split(' ')
        .enumerate()
        .map(|(i, w)| match legacy::encode(w, Encoding::Tcvn3) {
            Ok(bytes) if i % 10 == 0 => bytes.iter().map(|&b| cp1252[usize::from(b)]).collect(),
            _ => w.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    assert!(matches!(
        legacy::repair(&text),
        std::borrow::Cow::Borrowed(_)
    ));
    let repaired = legacy::repair(&damaged);
    let wrong = repaired
        .split(" ")
        .zip(text.split(" "))
        .filter(|(a, b)| a != b)
        .count();
    eprintln!(
        "repair: {wrong} of {} words still differ",
        text.split(" ").count()
    );
    // Every tenth word was damaged; what stays is mostly words that are
    // valid both ways (TCVN3 "cã" for "có"), which repair must not touch.
    assert!(wrong * 100 < text.split(" ").count() * 2);
    let mut group = c.benchmark_group(format!("legacy_repair/{origin:?}"));
    group.sample_size(10);
    for (name, input) in [("clean", &text), ("damaged", &damaged)] {
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_with_input(BenchmarkId::new("lookup_loop", name), input, |b, input| {
            b.iter(|| lookup_loop(black_box(input.as_bytes()), &table))
        });
        group.bench_with_input(BenchmarkId::new("repair", name), input, |b, input| {
            b.iter(|| legacy::repair(black_box(input)))
        });
    }
    group.finish();
}

criterion_group!(benches, decode, detect, repair);
criterion_main!(benches);
