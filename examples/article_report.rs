//! Corpus report for the news parser: the share of articles with a dateline
//! and with a byline, per corpus subset (id prefix) and per outlet, and a
//! sample of what was found, to read by eye.
//!
//! ```text
//! cargo run --release --example article_report                # summary tables
//! cargo run --release --example article_report -- --samples 50
//! cargo run --release --example article_report -- --dump parts.tsv   # every article's parts, to diff two versions
//! VIETNORM_CORPUS=/path/to/articles.jsonl cargo run --release --example article_report
//! ```
//!
//! The corpus is a JSON-lines file with `id`, `outlet` and `text` per record
//! (`VIETNORM_CORPUS`, a file or a folder holding `articles.jsonl`, else
//! `../shared/corpus/articles.jsonl` beside the checkout). Without one the
//! report says so and exits successfully.

use std::collections::BTreeMap;

use vietnorm::news::parse_article;

#[derive(Default)]
struct Tally {
    articles: usize,
    datelines: usize,
    known_outlet: usize,
    bylines: usize,
}

impl Tally {
    fn row(&self, name: &str) -> String {
        let pct = |n: usize| 100.0 * n as f64 / self.articles.max(1) as f64;
        format!(
            "| {name} | {} | {} ({:.1}%) | {} ({:.1}%) | {} ({:.1}%) |",
            self.articles,
            self.datelines,
            pct(self.datelines),
            self.known_outlet,
            pct(self.known_outlet),
            self.bylines,
            pct(self.bylines)
        )
    }
}

#[path = "../tests/support/corpus_path.rs"]
mod corpus_path;
use corpus_path::corpus_path;

/// A deterministic pseudo-random sequence for sampling (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// `text` around `start..end`: a little context on each side, one line.
fn context(text: &str, start: usize, end: usize, before: usize, after: usize) -> String {
    let mut a = start.saturating_sub(before);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + after).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!(
        "{}[[{}]]{}",
        &text[a..start],
        &text[start..end],
        &text[end..b]
    )
    .replace('\n', "⏎")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let samples: usize = args
        .iter()
        .position(|a| a == "--samples")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let dump_path = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1));
    let mut dump = String::new();
    let Some(path) = corpus_path() else {
        println!("article_report: no corpus found (set VIETNORM_CORPUS); nothing to report.");
        return;
    };
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!(
            "article_report: cannot read {}; nothing to report.",
            path.display()
        );
        return;
    };
    let mut by_subset: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_outlet: BTreeMap<String, Tally> = BTreeMap::new();
    let mut total = Tally::default();
    let mut found_datelines = Vec::new();
    let mut found_bylines = Vec::new();
    for line in data.lines() {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(text) = record["text"].as_str() else {
            continue;
        };
        let id = record["id"].as_str().unwrap_or("?");
        let subset = id.split('-').next().unwrap_or("?").to_owned();
        let outlet = record["outlet"].as_str().unwrap_or("(unknown)").to_owned();
        let a = parse_article(text);
        if dump_path.is_some() {
            let one_line = |x: &str| x.replace(['\n', '\t'], "⏎");
            dump.push_str(&format!(
                "{id}\t{}\t{}\n",
                one_line(a.dateline.as_ref().map_or("", |d| d.text)),
                a.byline
                    .as_ref()
                    .map(|b| serde_json::to_string(b).unwrap_or_default())
                    .unwrap_or_default(),
            ));
        }
        for tally in [
            &mut total,
            by_subset.entry(subset).or_default(),
            by_outlet.entry(outlet).or_default(),
        ] {
            tally.articles += 1;
            tally.datelines += usize::from(a.dateline.is_some());
            tally.known_outlet +=
                usize::from(a.dateline.as_ref().is_some_and(|d| d.outlet.is_some()));
            tally.bylines += usize::from(a.byline.is_some());
        }
        if let Some(d) = &a.dateline {
            found_datelines.push((
                id.to_owned(),
                context(text, d.start, d.end, 0, 40),
                serde_json::to_string(d).unwrap_or_default(),
            ));
        }
        if let Some(b) = &a.byline {
            let mut b_json = serde_json::to_value(b).unwrap_or_default();
            if let Some(map) = b_json.as_object_mut() {
                map.remove("text");
                map.remove("start");
                map.remove("end");
            }
            found_bylines.push((
                id.to_owned(),
                context(text, b.start, b.end, 60, 0),
                b_json.to_string(),
            ));
        }
    }
    if let Some(out) = dump_path {
        if let Err(e) = std::fs::write(out, &dump) {
            println!("article_report: cannot write {out}: {e}");
        }
    }
    println!("# Article structure report: {}\n", path.display());
    println!("| subset | articles | with dateline | dateline with known outlet | with byline |");
    println!("|---|---:|---:|---:|---:|");
    for (name, t) in &by_subset {
        println!("{}", t.row(name));
    }
    println!("{}", total.row("**all**"));
    println!("\n| outlet | articles | with dateline | dateline with known outlet | with byline |");
    println!("|---|---:|---:|---:|---:|");
    for (name, t) in &by_outlet {
        println!("{}", t.row(name));
    }
    if samples > 0 {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for (title, found) in [("datelines", &found_datelines), ("bylines", &found_bylines)] {
            println!("\n## {samples} sampled {title} (of {})\n", found.len());
            let mut picked = Vec::new();
            while picked.len() < samples.min(found.len()) {
                let i = (rng.next() % found.len() as u64) as usize;
                if !picked.contains(&i) {
                    picked.push(i);
                }
            }
            for (n, i) in picked.into_iter().enumerate() {
                let (id, ctx, json) = &found[i];
                println!("{:>2}. {id}: {ctx}\n    {json}", n + 1);
            }
        }
    }
}
