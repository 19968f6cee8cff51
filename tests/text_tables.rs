//! Table tests: tests/data/tone.tsv and tests/data/fold.tsv, every row.

use std::borrow::Cow;

use vietnorm::text::{self, Normalizer, ToneStyle};

/// Decodes `\u{XXXX}` escapes (how the TSV files write combining and
/// invisible code points).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let close = after.find('}').expect("unterminated \\u{ escape");
        let cp = u32::from_str_radix(&after[..close], 16).expect("bad hex in escape");
        out.push(char::from_u32(cp).expect("bad code point"));
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The rows of a TSV file under tests/data: comment lines (`#`) and the
/// header skipped, fields unescaped.
fn rows(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).expect("read table");
    data.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').map(unescape).collect())
        .collect()
}

#[test]
fn tone_table_every_row_both_styles() {
    let old = Normalizer::new().tone(ToneStyle::Old);
    let new = Normalizer::new().tone(ToneStyle::New);
    let rows = rows("tone.tsv");
    assert!(rows.len() >= 290, "tone.tsv has {} rows", rows.len());
    let mut failures = Vec::new();
    for row in &rows {
        let [input, want_old, want_new, note] = &row[..] else {
            panic!("row with {} fields: {row:?}", row.len());
        };
        for (style, n, want) in [("old", &old, want_old), ("new", &new, want_new)] {
            let got = n.normalize(input);
            if got != want.as_str() {
                failures.push(format!(
                    "{style}: {input:?} -> {got:?}, want {want:?} ({note})"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} checks failed:\n{}",
        failures.len(),
        rows.len() * 2,
        failures.join("\n")
    );
}

/// Rows whose expected value equals the input must come back borrowed when
/// the input is already NFC.
#[test]
fn tone_table_unchanged_rows_borrow() {
    for row in rows("tone.tsv") {
        let (input, want_old) = (&row[0], &row[1]);
        if input == want_old {
            assert!(
                matches!(text::normalize(input), Cow::Borrowed(_)),
                "{input:?} was copied"
            );
        }
    }
}

#[test]
fn fold_table_every_row() {
    let rows = rows("fold.tsv");
    assert_eq!(rows.len(), 14);
    for row in &rows {
        let [input, want_fold, want_slug, _note] = &row[..] else {
            panic!("row with {} fields: {row:?}", row.len());
        };
        assert_eq!(
            text::fold_ascii(input),
            want_fold.as_str(),
            "fold {input:?}"
        );
        assert_eq!(text::slug(input), *want_slug, "slug {input:?}");
        // The CLI's `--ascii` folds after normalizing: same result.
        assert_eq!(
            text::fold_ascii(&text::normalize(input)),
            want_fold.as_str(),
            "fold(normalize) {input:?}"
        );
    }
}
