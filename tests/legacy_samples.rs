//! `tests/data/legacy_samples.tsv` (transcribed from the project's reference
//! cases): sentences encoded in each legacy encoding, with the text one sees
//! when those bytes are misread as Windows-1252.

use std::path::Path;

use vietnorm::legacy::{self, Decoder, Encoding, Tcvn3Case};

struct Sample {
    line: usize,
    encoding: Encoding,
    bytes: Vec<u8>,
    as_text: String,
    original: String,
    expected: String,
}

/// `<U+0002>` → '\u{2}'; everything else literal.
fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut rest = field;
    while let Some(i) = rest.find("<U+") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find('>').expect("unterminated <U+") + i;
        let n = u32::from_str_radix(&rest[i + 3..end], 16).expect("bad hex");
        out.push(char::from_u32(n).expect("bad char"));
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

fn samples() -> Vec<Sample> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/legacy_samples.tsv");
    let text = std::fs::read_to_string(path).expect("legacy_samples.tsv");
    text.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| !l.is_empty())
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            Sample {
                line: i + 1,
                encoding: f[0].parse().expect("encoding name"),
                bytes: f[1]
                    .split_whitespace()
                    .map(|h| u8::from_str_radix(h, 16).expect("hex"))
                    .collect(),
                as_text: unescape(f[2]),
                original: f[3].to_owned(),
                expected: f[4].to_owned(),
            }
        })
        .collect()
}

#[test]
fn every_sample_decodes_exactly() {
    let all = samples();
    assert_eq!(all.len(), 24);
    for s in &all {
        assert_eq!(
            legacy::decode(&s.bytes, s.encoding),
            s.expected,
            "line {}",
            s.line
        );
    }
}

#[test]
fn every_sample_encodes_back_to_its_bytes() {
    for s in samples() {
        let encoded = legacy::encode(&s.expected, s.encoding).unwrap();
        // Windows-1258 may write a letter precomposed or decomposed; both
        // decode the same.
        if s.encoding == Encoding::Cp1258 {
            assert_eq!(
                legacy::decode(&encoded, s.encoding),
                s.expected,
                "line {}",
                s.line
            );
        } else {
            assert_eq!(encoded, s.bytes, "line {}", s.line);
        }
    }
}

#[test]
fn misread_samples_are_repaired() {
    for s in samples() {
        if s.encoding == Encoding::Viqr {
            // VIQR is ASCII: it is never misread, and `repair` leaves ASCII alone.
            assert_eq!(legacy::repair(&s.as_text), s.as_text);
            continue;
        }
        // Repair gives the intended text: TCVN3 capitals are restored.
        assert_eq!(legacy::repair(&s.as_text), s.original, "line {}", s.line);
    }
}

#[test]
fn tcvn3_capitals_are_restored_on_request() {
    let restore = Decoder::new(Encoding::Tcvn3).tcvn3_case(Tcvn3Case::Restore);
    for s in samples().iter().filter(|s| s.encoding == Encoding::Tcvn3) {
        assert_eq!(restore.decode(&s.bytes), s.original, "line {}", s.line);
    }
}

#[test]
fn samples_are_detected() {
    let mut right = 0;
    let mut misread_right = 0;
    let all = samples();
    let misread_total = all.iter().filter(|s| s.encoding != Encoding::Viqr).count();
    for s in &all {
        let d = legacy::detect(&s.bytes);
        if d.encoding == s.encoding && !d.windows_1252 {
            right += 1;
        } else {
            eprintln!(
                "line {}: bytes detected as {d} ({:.2})",
                s.line, d.confidence
            );
        }
        if s.encoding != Encoding::Viqr {
            let d = legacy::detect(s.as_text.as_bytes());
            if d.encoding == s.encoding && d.windows_1252 {
                misread_right += 1;
            } else {
                eprintln!(
                    "line {}: text detected as {d} ({:.2})",
                    s.line, d.confidence
                );
            }
        }
    }
    eprintln!(
        "detected {right}/{} byte samples, {misread_right}/{misread_total} misread samples",
        all.len()
    );
    assert_eq!(right, all.len());
    assert_eq!(misread_right, misread_total);
}
