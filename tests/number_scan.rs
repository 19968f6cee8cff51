//! The scanner on running text with distractors (plates, phone numbers,
//! scores, dates, codes, "một" as "a"): `tests/data/number_scan.tsv`.

#[path = "support/quantity_notation.rs"]
mod quantity_notation;
use quantity_notation::{scanned, show};

use vietnorm::number::scan;

#[test]
fn running_text_table() {
    let data = include_str!("data/number_scan.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in data.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let mut cols = line.split('\t');
        let text = cols.next().unwrap_or_default();
        let expected = cols.next().unwrap_or_default();
        rows += 1;
        let got = scanned(text);
        if got != expected {
            failures.push(format!("{text}\n  want: {expected}\n  got:  {got}"));
        }
    }
    assert!(rows >= 40);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn spans_index_the_original_input() {
    // Decomposed (NFD) input with a non-breaking space: the words are
    // normalized to match, the spans still index the text as given.
    let text = "Chi hai mu\u{31b}o\u{31b}i la\u{306}m\u{a0}triê\u{323}u đồng.";
    let m = scan(text).next().expect("a match");
    assert_eq!(
        &text[m.start..m.end],
        "hai mu\u{31b}o\u{31b}i la\u{306}m\u{a0}triê\u{323}u đồng"
    );
    assert_eq!(show(&m.quantity), "25000000 VND");
}

#[test]
fn qualifier_words_belong_to_the_span() {
    let text = "Có chưa đến 10% và gần 2 tỷ đồng.";
    let spans: Vec<&str> = scan(text).map(|m| &text[m.start..m.end]).collect();
    assert_eq!(spans, ["chưa đến 10%", "gần 2 tỷ đồng"]);
}

#[test]
fn matches_serialize_to_the_contract_fields() {
    let text = "Giá khoảng 5-7 triệu đồng.";
    let m = scan(text).next().expect("a match");
    let json = serde_json::to_string(&m).expect("serializes");
    assert_eq!(
        json,
        r#"{"start":5,"end":33,"kind":"money","min":"5000000","max":"7000000","currency":"VND","qualifier":"about"}"#
    );
}

#[test]
fn decomposed_and_upper_case_words_are_found() {
    let text = "Có ba\u{309}y người và MO\u{323}\u{302}T TRIỆU đồng.";
    let found: Vec<String> = scan(text)
        .map(|m| format!("{} => {}", &text[m.start..m.end], show(&m.quantity)))
        .collect();
    assert_eq!(
        found,
        [
            "ba\u{309}y => 7",
            "MO\u{323}\u{302}T TRIỆU đồng => 1000000 VND"
        ]
    );
}
