//! `extract` on our own sentences (`tests/data/extract_cases.tsv`): the
//! forms issue 8 names and every context rule of the resolver, each with
//! the spans and kinds it must give.

use vietnorm::extract::extract;

#[test]
fn own_cases() {
    let table = include_str!("data/extract_cases.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        rows += 1;
        let mut cols = line.split('\t');
        // `\n` in a row is a line break (a paragraph's first words).
        let input = cols.next().unwrap_or_default().replace("\\n", "\n");
        let input = input.as_str();
        let expected: Vec<String> = cols
            .next()
            .unwrap_or_default()
            .split(" | ")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let got: Vec<String> = extract(input)
            .iter()
            .map(|e| format!("{}={}", e.text, e.kind()))
            .collect();
        if got != expected {
            failures.push(format!(
                "line {}: {input:?}\n   expected {expected:?}\n   got      {got:?}",
                n + 1
            ));
        }
    }
    assert!(rows >= 40, "{rows} rows");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
