//! Table tests for datelines and bylines: `tests/data/datelines.tsv` (the
//! shared case file, transcribed) and `tests/data/news_fixtures.tsv` (our own
//! article-shaped fixtures, negatives included).

#[path = "support/tsv_escape.rs"]
mod tsv_escape;
use tsv_escape::unescape;

use serde_json::Value;
use vietnorm::news::parse_article;

struct Row {
    line: usize,
    kind: String,
    input: String,
    expected: String,
    status: String,
    note: String,
}

/// Data rows of a TSV with a header line `row outlet kind input expected
/// status note` after `#` comments.
fn rows(text: &str) -> Vec<Row> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 7, "line {}: {} fields", i + 1, f.len());
        out.push(Row {
            line: i + 1,
            kind: f[2].to_owned(),
            input: unescape(f[3]),
            expected: f[4].to_owned(),
            status: f[5].to_owned(),
            note: f[6].to_owned(),
        });
    }
    out
}

/// Checks one row; returns a failure message or `None`.
fn check(row: &Row) -> Option<String> {
    let article = parse_article(&row.input);
    let value = serde_json::to_value(&article).expect("serializable");
    let part = if row.kind == "dateline" {
        "dateline"
    } else {
        "byline"
    };
    let mut got = value[part].clone();
    if let Value::Object(map) = &mut got {
        let start = map["start"].as_u64().expect("start") as usize;
        let end = map["end"].as_u64().expect("end") as usize;
        let text = map["text"].as_str().expect("text");
        if row.input.get(start..end) != Some(text) {
            return Some(format!(
                "line {}: span {start}..{end} is not {text:?}",
                row.line
            ));
        }
        map.remove("start");
        map.remove("end");
    }
    let expected: Value = if row.expected == "none" {
        Value::Null
    } else {
        serde_json::from_str(&row.expected)
            .unwrap_or_else(|e| panic!("line {}: bad expected JSON: {e}", row.line))
    };
    (got != expected).then(|| {
        format!(
            "line {}: {:?}\n   expected {}\n   got      {}",
            row.line, row.input, expected, got
        )
    })
}

fn run_file(text: &str) -> (usize, usize) {
    let rows = rows(text);
    let mut failures = Vec::new();
    let (mut passed, mut out_of_scope) = (0, 0);
    for row in &rows {
        match row.status.as_str() {
            "pass" => match check(row) {
                None => passed += 1,
                Some(msg) => failures.push(msg),
            },
            "out_of_scope" | "wrong_case" => {
                assert!(!row.note.is_empty(), "line {}: give a reason", row.line);
                out_of_scope += 1;
            }
            other => panic!("line {}: unknown status {other:?}", row.line),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    (passed, out_of_scope)
}

#[test]
fn shared_dateline_cases() {
    let (passed, out) = run_file(include_str!("data/datelines.tsv"));
    assert_eq!(passed + out, 313, "every row of the shared file is listed");
    assert!(passed >= 260, "{passed}");
}

#[test]
fn own_article_fixtures() {
    let (passed, _) = run_file(include_str!("data/news_fixtures.tsv"));
    assert!(passed >= 40, "{passed}");
}

#[test]
fn whole_articles_split_into_three_parts() {
    let text = "TTO - Sáng nay, cây cầu mới đã chính thức thông xe.\n\nNgười dân rất vui mừng khi \
                không còn phải đi đò.\n\nHOÀNG AN - MINH PHƯƠNG";
    let a = parse_article(text);
    let d = a.dateline.expect("dateline");
    let b = a.byline.expect("byline");
    assert_eq!(d.end, 5);
    assert_eq!(
        &text[a.body.start..a.body.end],
        "Sáng nay, cây cầu mới đã chính thức thông xe.\n\nNgười dân rất vui mừng khi không còn phải đi đò."
    );
    assert_eq!(b.authors, ["HOÀNG AN", "MINH PHƯƠNG"]);
    assert!(d.end <= a.body.start && a.body.end <= b.start);
}

#[test]
fn the_seed_article() {
    // The seed's first line and a body of our own words.
    let text = " date 2025-10-29 (VTC News) -\n\nHai bên đã ký biên bản hợp tác.\n\nLễ ký kết diễn ra trong không khí trang trọng.\n";
    let a = parse_article(text);
    let json = serde_json::to_string(&a.dateline).expect("json");
    assert_eq!(
        json,
        r#"{"text":"date 2025-10-29 (VTC News) -","start":1,"end":29,"label":"VTC News","outlet":"VTC News","date":{"year":2025,"month":10,"day":29}}"#
    );
    assert!(a.byline.is_none());
    assert_eq!(a.body.start, 31);
}

#[test]
fn decomposed_text_reads_like_composed_text() {
    use unicode_normalization::UnicodeNormalization;
    // Every fixture and shared row: the NFD form must give the same parts
    // (compared after composing the NFD slices back).
    for file in [
        include_str!("data/news_fixtures.tsv"),
        include_str!("data/datelines.tsv"),
    ] {
        for row in rows(file).iter().filter(|r| r.status == "pass") {
            let nfd: String = row.input.nfd().collect();
            let a = parse_article(&row.input);
            let b = parse_article(&nfd);
            let compose = |s: &str| s.nfc().collect::<String>();
            let authors = |x: &vietnorm::news::Article<'_>| {
                x.byline
                    .as_ref()
                    .map(|b| b.authors.iter().map(|n| compose(n)).collect::<Vec<_>>())
            };
            assert_eq!(
                authors(&a),
                authors(&b),
                "line {}: {:?}",
                row.line,
                row.input
            );
            assert_eq!(
                a.dateline.as_ref().map(|d| d.outlet.map(|o| o.name)),
                b.dateline.as_ref().map(|d| d.outlet.map(|o| o.name)),
                "line {}",
                row.line
            );
        }
    }
}
