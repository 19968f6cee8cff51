//! Runs legacy-encoding detection and repair over a news corpus and reports
//! what they would change: the false-repair and false-detection check.
//!
//! ```text
//! cargo run --release --example legacy_corpus_report [-- PATH.jsonl ...]
//! ```
//!
//! Without arguments it reads `VIETNORM_CORPUS` (a JSON-lines file with a
//! `text` and an `id` field per record, or a folder of them), else
//! `../shared/corpus/*.jsonl` beside the checkout. For every record it
//! prints the id and each word `repair` changes (`before → after`, with the
//! byte offset), then one summary line per file. Lines starting with
//! `detect:` list records that `detect` does not call plain UTF-8.

use std::path::PathBuf;

use vietnorm::legacy::{self, Encoding};

fn corpus_files() -> Vec<PathBuf> {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if !args.is_empty() {
        return args;
    }
    let dir = match std::env::var_os("VIETNORM_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    };
    if dir.is_file() {
        return vec![dir];
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The words that differ between `before` and `after`, by whitespace
/// position (repair never adds or removes whitespace).
fn changed_words<'a>(before: &'a str, after: &'a str) -> Vec<(usize, &'a str, &'a str)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for (b, a) in before.split(' ').zip(after.split(' ')) {
        if a != b {
            out.push((offset, b, a));
        }
        offset += b.len() + 1;
    }
    out
}

fn main() {
    let files = corpus_files();
    if files.is_empty() {
        eprintln!("no corpus found (set VIETNORM_CORPUS or pass files)");
        std::process::exit(2);
    }
    for path in files {
        let Ok(data) = std::fs::read_to_string(&path) else {
            eprintln!("cannot read {}", path.display());
            continue;
        };
        let (mut records, mut repaired_records, mut words, mut not_utf8) = (0, 0, 0, 0);
        for line in data.lines() {
            let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
                continue;
            };
            let id = value.get("id").and_then(|i| i.as_str()).unwrap_or("?");
            records += 1;
            let repaired = legacy::repair(text);
            if repaired != text {
                repaired_records += 1;
                let changes = changed_words(text, &repaired);
                words += changes.len();
                println!("{id}: {} word(s)", changes.len());
                for (offset, b, a) in changes {
                    println!("  @{offset}: {b:?} → {a:?}");
                }
            }
            let d = legacy::detect(text.as_bytes());
            if d.encoding != Encoding::Utf8 || d.windows_1252 {
                not_utf8 += 1;
                println!("detect: {id}: {d} ({:.2})", d.confidence);
            }
        }
        println!(
            "{}: {records} records, {repaired_records} repaired ({words} words), {not_utf8} not detected as UTF-8",
            path.display()
        );
    }
}
