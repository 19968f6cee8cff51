//! The false-repair and false-detection check on the real news corpus. It
//! runs only when the corpus is there (`VIETNORM_CORPUS`, or
//! `../shared/corpus/` beside the checkout); a clone without it skips it.
//!
//! Every word `repair` changes must be in the reviewed list
//! `tests/data/legacy/corpus_repairs.tsv` (all true repairs of legacy
//! residue), and `detect` must call every record UTF-8. The full listing
//! comes from `cargo run --release --example legacy_corpus_report`.

use std::collections::BTreeSet;
use std::path::PathBuf;

use vietnorm::legacy::{self, Encoding};

fn corpus_files() -> Vec<PathBuf> {
    let dir = match std::env::var_os("VIETNORM_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    };
    ["articles.jsonl", "danes_sapo.jsonl"]
        .iter()
        .map(|f| dir.join(f))
        .filter(|p| p.exists())
        .collect()
}

fn unescape(s: &str) -> String {
    s.replace("\\u{ad}", "\u{ad}")
}

fn reviewed() -> BTreeSet<(String, usize, String, String)> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/legacy/corpus_repairs.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (
                f[0].to_owned(),
                f[1].parse().unwrap(),
                unescape(f[2]),
                unescape(f[3]),
            )
        })
        .collect()
}

#[test]
fn corpus_has_no_false_repairs_or_detections() {
    let files = corpus_files();
    if files.is_empty() {
        eprintln!("corpus not found: skipped");
        return;
    }
    let mut found = BTreeSet::new();
    let mut records = 0;
    let mut not_utf8 = Vec::new();
    for path in files {
        let data = std::fs::read_to_string(&path).unwrap();
        for line in data.lines() {
            let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
                continue;
            };
            let id = value
                .get("id")
                .and_then(|i| i.as_str())
                .unwrap_or("?")
                .to_owned();
            records += 1;
            let repaired = legacy::repair(text);
            if repaired != text {
                let mut offset = 0;
                for (b, a) in text.split(' ').zip(repaired.split(' ')) {
                    if a != b {
                        found.insert((id.clone(), offset, b.to_owned(), a.to_owned()));
                    }
                    offset += b.len() + 1;
                }
            }
            let d = legacy::detect(text.as_bytes());
            if d.encoding != Encoding::Utf8 || d.windows_1252 {
                not_utf8.push(format!("{id}: {d}"));
            }
        }
    }
    let expected = reviewed();
    let unexpected: Vec<_> = found.difference(&expected).collect();
    let missed: Vec<_> = expected.difference(&found).collect();
    eprintln!(
        "{records} records: {} words repaired ({} reviewed as true), {} unexpected, {} not UTF-8",
        found.len(),
        expected.len(),
        unexpected.len(),
        not_utf8.len()
    );
    assert!(
        unexpected.is_empty(),
        "repairs not reviewed: {unexpected:#?}"
    );
    assert!(
        missed.is_empty(),
        "reviewed repairs no longer made: {missed:#?}"
    );
    assert!(
        not_utf8.is_empty(),
        "records not detected as UTF-8: {not_utf8:#?}"
    );
}
