//! Benchmark inputs: the real news corpus when it is there, generated
//! Vietnamese text when it is not (a user's clone has no `../shared`).
//!
//! The corpus is found through `VIETNORM_CORPUS` (a path to a JSON-lines file
//! with a `text` field per record, or to a folder holding `articles.jsonl`),
//! else `../shared/corpus/articles.jsonl` beside the checkout.
#![allow(dead_code)]

use std::path::PathBuf;

/// Where the articles came from, for benchmark names and reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The real corpus.
    Corpus,
    /// Generated text: no corpus was found.
    Generated,
}

/// The articles' texts, at most `max_bytes` of them in total, and where they came from.
pub fn articles(max_bytes: usize) -> (Vec<String>, Origin) {
    if let Some(texts) = corpus_articles(max_bytes) {
        if !texts.is_empty() {
            return (texts, Origin::Corpus);
        }
    }
    (generated_articles(max_bytes), Origin::Generated)
}

/// The articles joined into one text by blank lines.
pub fn joined(max_bytes: usize) -> (String, Origin) {
    let (texts, origin) = articles(max_bytes);
    (texts.join("\n\n"), origin)
}

fn corpus_path() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("VIETNORM_CORPUS") {
        let p = PathBuf::from(p);
        return Some(if p.is_dir() {
            p.join("articles.jsonl")
        } else {
            p
        });
    }
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let p = manifest.join("../shared/corpus/articles.jsonl");
    p.exists().then_some(p)
}

fn corpus_articles(max_bytes: usize) -> Option<Vec<String>> {
    let path = corpus_path()?;
    let data = std::fs::read_to_string(path).ok()?;
    let mut out = Vec::new();
    let mut total = 0;
    for line in data.lines() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        if total + text.len() > max_bytes {
            break;
        }
        total += text.len();
        out.push(text.to_owned());
    }
    Some(out)
}

/// Deterministic news-like Vietnamese text: sentences of common syllables,
/// numbers, money, dates and a dateline and byline per article.
pub fn generated_articles(max_bytes: usize) -> Vec<String> {
    const WORDS: &[&str] = &[
        "người",
        "dân",
        "Hà",
        "Nội",
        "thành",
        "phố",
        "Hồ",
        "Chí",
        "Minh",
        "kinh",
        "tế",
        "tăng",
        "trưởng",
        "quốc",
        "hội",
        "chính",
        "phủ",
        "doanh",
        "nghiệp",
        "đầu",
        "tư",
        "được",
        "những",
        "trong",
        "cho",
        "với",
        "của",
        "là",
        "và",
        "các",
        "một",
        "này",
        "hòa",
        "thủy",
        "khỏe",
        "Ủy",
        "ban",
        "nhân",
        "năm",
        "tháng",
        "ngày",
        "xã",
        "huyện",
        "tỉnh",
        "bộ",
        "trưởng",
        "phát",
        "triển",
        "giáo",
        "dục",
        "y",
        "tế",
        "bệnh",
        "viện",
        "nghiên",
        "cứu",
        "khoa",
        "học",
        "công",
        "nghệ",
        "thị",
        "trường",
        "chứng",
        "khoán",
        "giá",
        "vàng",
        "xăng",
        "dầu",
        "thời",
        "tiết",
        "mưa",
        "bão",
        "lũ",
        "lụt",
        "miền",
        "Trung",
        "Bắc",
        "Nam",
        "quyết",
        "định",
        "luật",
        "nghị",
        "quyết",
        "khuyến",
        "khích",
    ];
    const FACTS: &[&str] = &[
        "83,5 triệu USD",
        "hơn 10 tỷ đồng",
        "55.000 đồng",
        "5,2%",
        "ngày 29/10/2025",
        "14h30",
        "khoảng 1.200 người",
        "từ 5 đến 7 triệu đồng",
        "năm 2024",
        "3 ngày",
    ];
    let mut out = Vec::new();
    let mut total = 0;
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    while total < max_bytes {
        let mut article = String::from("TTO - ");
        for _sentence in 0..40 {
            let len = 8 + (next() % 16) as usize;
            for i in 0..len {
                let r = next() as usize;
                let word = if r % 11 == 0 {
                    FACTS[r / 11 % FACTS.len()]
                } else {
                    WORDS[r % WORDS.len()]
                };
                if i == 0 {
                    let mut chars = word.chars();
                    if let Some(c) = chars.next() {
                        article.extend(c.to_uppercase());
                        article.push_str(chars.as_str());
                    }
                } else {
                    article.push(' ');
                    article.push_str(word);
                }
            }
            article.push_str(". ");
        }
        article.push_str("\nMinh Anh (TTXVN)");
        total += article.len();
        out.push(article);
    }
    out
}
