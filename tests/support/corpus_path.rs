//! Where the corpus is, for the gold tests, their report examples and the
//! corpus report: one rule, kept here once.

use std::path::PathBuf;

/// The corpus file: `VIETNORM_CORPUS` (a file, or a folder holding
/// `articles.jsonl`), else `../shared/corpus/articles.jsonl` beside the
/// checkout; `None` when there is none.
pub fn corpus_path() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("VIETNORM_CORPUS") {
        let p = PathBuf::from(p);
        return Some(if p.is_dir() {
            p.join("articles.jsonl")
        } else {
            p
        });
    }
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/articles.jsonl");
    p.exists().then_some(p)
}
