//! Scoring of the news gold (`tests/data/news_gold/gold.tsv`, conventions in
//! the README beside it): dateline and byline precision and recall per
//! corpus subset. Shared by `examples/news_gold.rs` and `tests/news_gold.rs`.
//!
//! The gold holds ids and expected fields only; the articles are read from
//! the corpus (`../shared/corpus/articles.jsonl` or `VIETNORM_CORPUS`).

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use unicode_normalization::UnicodeNormalization;
use vietnorm::news::{Article, parse_article};

/// One gold row.
pub struct Gold {
    pub id: String,
    pub dateline: Option<(String, String, String)>,
    pub byline: Option<BylineFacts>,
}

/// What a byline says, normalized for comparison.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BylineFacts {
    pub authors: BTreeSet<String>,
    pub orgs: BTreeSet<String>,
    pub credits: BTreeSet<String>,
}

/// Counts for one subset.
#[derive(Default, Debug, Clone)]
pub struct Score {
    pub articles: usize,
    pub d_gold: usize,
    pub d_found: usize,
    pub d_correct: usize,
    pub b_gold: usize,
    pub b_found: usize,
    pub b_correct: usize,
}

/// A field as compared: NFC, no surrounding spaces or final dots, and a
/// run of spaces or line breaks inside as one space (a name the crawler
/// broke over two lines, `BS. ⏎Hoàng Thuần`, is the name as written).
fn norm(s: &str) -> String {
    let s = s.nfc().collect::<String>();
    let s = s.trim().trim_end_matches('.').trim();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn dash(s: &str) -> Option<&str> {
    (s != "-" && !s.is_empty()).then_some(s)
}

/// Parses the gold file.
pub fn read_gold(text: &str) -> Vec<Gold> {
    let mut out = Vec::new();
    let mut header = false;
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header {
            header = true;
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 9, "gold line {}: {} fields", n + 1, f.len());
        // A dateline is a tag, a place, or both: a place with no tag (`-`
        // in the label column, `Bắc Giang` in the place column) is a
        // dateline too (news47 probe; before it such a row was read as
        // none).
        let dateline = (dash(f[1]).is_some() || dash(f[3]).is_some()).then(|| {
            (
                dash(f[1]).map(norm).unwrap_or_default(),
                dash(f[2]).map(norm).unwrap_or_default(),
                dash(f[3]).map(norm).unwrap_or_default(),
            )
        });
        let byline = (f[4] == "yes").then(|| {
            compiled_by_authors(BylineFacts {
                authors: split(f[5], '|'),
                orgs: sources([f[6]]),
                credits: dash(f[7])
                    .map(|c| {
                        c.split(';')
                            .flat_map(|rc| {
                                let (role, names) = rc.split_once(':').unwrap_or((rc, ""));
                                let names: Vec<&str> =
                                    names.split('|').filter(|x| !x.is_empty()).collect();
                                if names.is_empty() {
                                    vec![format!("{role}:")]
                                } else {
                                    names
                                        .iter()
                                        .map(|x| format!("{role}:{}", norm(x)))
                                        .collect()
                                }
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            })
        });
        out.push(Gold {
            id: f[0].to_owned(),
            dateline,
            byline,
        });
    }
    out
}

/// The sources of a byline as a set: a list written with commas ("Theo
/// AFP, Reuters") or slashes ("Theo Sina/Tiền Phong") is the same list as
/// one written with `|` ("AFP|Reuters"), on the gold's side and on the
/// parser's (the library keeps a slash-joined pair whole, as written; the
/// gold sets were written both ways). A web address is not split: it is
/// read as its site ("Nguồn: http://danviet.vn/tin-tuc/…" names the
/// source `danviet.vn`, which is what the library gives; a gold set wrote
/// the whole address). Two sources joined by "và" (and) are a list too
/// ("(Theo Fortune và Engadget)", "(tổng hợp Indiatoday và The Huffington
/// Post)": `Fortune|Engadget`), read the same way on both sides, so a
/// single name holding the word ("Mốt và cuộc sống") still equals itself
/// (news52 probe).
fn sources<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    names
        .into_iter()
        .flat_map(|s| {
            let seps: &[char] = if s.contains("://") {
                &['|']
            } else {
                &['|', ',', '/']
            };
            s.split(seps)
        })
        .flat_map(and_joined)
        .map(site)
        .map(norm)
        .filter(|x| !x.is_empty() && x != "-")
        .collect()
}

/// The names of a list joined by the word "và" (and), spaces around it:
/// "Nikon và Dpreview" → "Nikon", "Dpreview"; a web address is kept whole.
fn and_joined(s: &str) -> Vec<&str> {
    if s.contains("://") {
        vec![s]
    } else {
        s.split(" và ").collect()
    }
}

/// The site of a web address ("http://www.danviet.vn/a/b" → "danviet.vn");
/// anything else as it is.
fn site(s: &str) -> &str {
    let Some((_, rest)) = s.trim().split_once("://") else {
        return s;
    };
    let host = rest.split('/').next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

fn split(s: &str, sep: char) -> BTreeSet<String> {
    dash(s)
        .map(|s| s.split(sep).map(norm).filter(|x| !x.is_empty()).collect())
        .unwrap_or_default()
}

/// The facts of a parsed article, in the gold's terms.
pub fn found(a: &Article<'_>) -> (Option<(String, String, String)>, Option<BylineFacts>) {
    let d = a.dateline.as_ref().map(|d| {
        (
            norm(d.label.unwrap_or_default()),
            d.outlet.map(|o| norm(o.name)).unwrap_or_default(),
            d.place.map(norm).unwrap_or_default(),
        )
    });
    let b = a.byline.as_ref().map(|b| {
        let mut credits = BTreeSet::new();
        for c in &b.credits {
            if c.names.is_empty() {
                credits.insert(format!("{}:", c.role));
            }
            for n in &c.names {
                credits.insert(format!("{}:{}", c.role, norm(n)));
            }
        }
        compiled_by_authors(BylineFacts {
            authors: b.authors.iter().map(|x| norm(x)).collect(),
            orgs: sources(b.agency.iter().chain(b.source.iter()).copied()),
            credits,
        })
    });
    (d, b)
}

/// `NAME (Tổng hợp)`: a compilation whose compiler is an author of the
/// byline reads the same as a bare one, `compiled:` (the gold sets wrote
/// both `compiled:Kiệt Linh` and `compiled:` for that form; the library
/// names the compiler). A compilation by anyone else keeps its name.
fn compiled_by_authors(mut facts: BylineFacts) -> BylineFacts {
    let by_author: Vec<String> = facts
        .credits
        .iter()
        .filter(|c| {
            c.strip_prefix("compiled:")
                .is_some_and(|n| !n.is_empty() && facts.authors.contains(n))
        })
        .cloned()
        .collect();
    for c in by_author {
        facts.credits.remove(&c);
        facts.credits.insert("compiled:".to_owned());
    }
    facts
}

#[path = "corpus_path.rs"]
mod corpus_path;
pub use corpus_path::corpus_path;

/// The texts of the gold's articles, by id.
pub fn load_texts(path: &PathBuf, ids: &BTreeSet<&str>) -> HashMap<String, String> {
    let data = std::fs::read_to_string(path).unwrap_or_default();
    let mut out = HashMap::new();
    for line in data.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(id) = v["id"].as_str() else { continue };
        if ids.contains(id) {
            out.insert(
                id.to_owned(),
                v["text"].as_str().unwrap_or_default().to_owned(),
            );
        }
    }
    out
}

/// Scores every gold row; returns the scores per subset and one line per
/// disagreement.
pub fn score(
    gold: &[Gold],
    texts: &HashMap<String, String>,
) -> (BTreeMap<String, Score>, Vec<String>) {
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut misses = Vec::new();
    for g in gold {
        let Some(text) = texts.get(&g.id) else {
            misses.push(format!("{}: not in the corpus", g.id));
            continue;
        };
        let subset = g.id.split('-').next().unwrap_or("?").to_owned();
        let s = scores.entry(subset).or_default();
        s.articles += 1;
        let a = parse_article(text);
        let (d, b) = found(&a);
        s.d_gold += usize::from(g.dateline.is_some());
        s.d_found += usize::from(d.is_some());
        if d.is_some() && d == g.dateline {
            s.d_correct += 1;
        } else if d.is_some() || g.dateline.is_some() {
            misses.push(format!(
                "{} dateline: gold {:?}, found {:?}",
                g.id, g.dateline, d
            ));
        }
        s.b_gold += usize::from(g.byline.is_some());
        s.b_found += usize::from(b.is_some());
        if b.is_some() && b == g.byline {
            s.b_correct += 1;
        } else if b.is_some() || g.byline.is_some() {
            let text = a.byline.as_ref().map(|b| b.text).unwrap_or_default();
            misses.push(format!(
                "{} byline: gold {:?}, found {:?} from {:?}",
                g.id, g.byline, b, text
            ));
        }
    }
    (scores, misses)
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "–".to_owned()
    } else {
        format!("{:.1}%", 100.0 * n as f64 / d as f64)
    }
}

/// A markdown table of the scores, with a total row.
pub fn table(scores: &BTreeMap<String, Score>) -> String {
    let mut out = String::from(
        "| subset | articles | datelines (gold/found/correct) | dateline P | dateline R | bylines (gold/found/correct) | byline P | byline R |\n|---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut total = Score::default();
    let rows = scores.iter().map(|(k, v)| (k.clone(), v.clone()));
    for (name, s) in rows {
        total.articles += s.articles;
        total.d_gold += s.d_gold;
        total.d_found += s.d_found;
        total.d_correct += s.d_correct;
        total.b_gold += s.b_gold;
        total.b_found += s.b_found;
        total.b_correct += s.b_correct;
        out.push_str(&row(&name, &s));
    }
    out.push_str(&row("**all**", &total));
    out
}

fn row(name: &str, s: &Score) -> String {
    format!(
        "| {name} | {} | {}/{}/{} | {} | {} | {}/{}/{} | {} | {} |\n",
        s.articles,
        s.d_gold,
        s.d_found,
        s.d_correct,
        pct(s.d_correct, s.d_found),
        pct(s.d_correct, s.d_gold),
        s.b_gold,
        s.b_found,
        s.b_correct,
        pct(s.b_correct, s.b_found),
        pct(s.b_correct, s.b_gold),
    )
}
