//! Table tests for the date, time, date-time and duration parsers and the
//! scanner, read from `tests/data/time_*.tsv` and
//! `tests/data/datetime_own.tsv` (see the header of each file).

use serde_json::Value;
use vietnorm::time::{Parser, Reference};

/// Decodes `\uXXXX` and `\n` escapes, used in the tables for invisible or
/// combining code points and line breaks.
fn unescape(s: &str) -> String {
    let s = s.replace("\\n", "\n");
    let mut out = String::new();
    let mut rest = s.as_str();
    while let Some(pos) = rest.find("\\u") {
        out.push_str(&rest[..pos]);
        let hex = rest.get(pos + 2..pos + 6).unwrap_or("");
        match u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
            Some(c) if hex.len() == 4 => {
                out.push(c);
                rest = &rest[pos + 6..];
            }
            _ => {
                out.push_str("\\u");
                rest = &rest[pos + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn to_json<T: serde::Serialize>(r: Result<T, impl std::fmt::Display>) -> Value {
    match r {
        Ok(v) => serde_json::to_value(v).unwrap(),
        Err(_) => Value::String("error".into()),
    }
}

fn actual(parser: &Parser, kind: &str, input: &str) -> Value {
    match kind {
        "date" => to_json(parser.parse_date_qualified(input)),
        "time" => to_json(parser.parse_time_qualified(input)),
        "duration" => to_json(parser.parse_duration(input)),
        "datetime" => to_json(parser.parse_datetime_qualified(input)),
        "scan" => Value::Array(
            parser
                .scan(input)
                .map(|m| {
                    let mut v = serde_json::to_value(m).unwrap();
                    let obj = v.as_object_mut().unwrap();
                    obj.remove("start");
                    obj.remove("end");
                    obj.insert("text".into(), Value::String(input[m.start..m.end].into()));
                    v
                })
                .collect(),
        ),
        other => panic!("unknown kind {other:?}"),
    }
}

/// Runs one table; returns (rows, rows with status ok).
fn run_table(name: &str) -> (usize, usize) {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap();
    let mut parser = Parser::new();
    let mut failures = Vec::new();
    let (mut rows, mut ok) = (0, 0);
    for (n, line) in data.lines().enumerate() {
        if let Some(r) = line.strip_prefix("#reference\t") {
            parser = match r {
                "none" => Parser::new(),
                r => Parser::new().reference(r.parse::<Reference>().unwrap()),
            };
            continue;
        }
        if line.starts_with('#') || line.starts_with("kind\t") || line.is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [kind, input, expected, status, ..] = cols[..] else {
            panic!("{name}:{}: expected at least 4 columns", n + 1);
        };
        assert!(
            matches!(status, "ok" | "differs" | "out"),
            "{name}:{}: bad status {status:?}",
            n + 1
        );
        let input = unescape(input);
        let expected: Value = if expected == "error" {
            Value::String("error".into())
        } else {
            serde_json::from_str(expected).unwrap_or_else(|e| panic!("{name}:{}: {e}", n + 1))
        };
        let got = actual(&parser, kind, &input);
        rows += 1;
        if status == "ok" {
            ok += 1;
        }
        if got != expected {
            failures.push(format!(
                "{name}:{}: {kind} {input:?}\n   expected {expected}\n   got      {got}",
                n + 1
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{name}: {ok}/{rows} rows agree with the source");
    (rows, ok)
}

#[test]
fn duckling_time_rows() {
    let (rows, ok) = run_table("time_duckling.tsv");
    assert_eq!(rows, 84);
    assert!(ok >= 65);
}

#[test]
fn nemo_itn_date_and_time_rows() {
    let (rows, ok) = run_table("time_nemo_itn.tsv");
    assert_eq!(rows, 50);
    assert!(ok >= 48);
}

#[test]
fn nemo_tn_date_and_time_rows() {
    let (rows, ok) = run_table("time_nemo_tn.tsv");
    assert_eq!(rows, 57);
    assert!(ok >= 54);
}

#[test]
fn own_rows() {
    let (rows, ok) = run_table("time_own.tsv");
    assert_eq!(rows, ok);
}

#[test]
fn datetime_own_rows() {
    let (rows, ok) = run_table("datetime_own.tsv");
    assert_eq!(rows, ok);
    assert!(rows >= 40);
}

#[test]
fn relative_without_reference_says_so() {
    let err = Parser::new().parse_date("hôm qua").unwrap_err();
    assert!(err.needs_reference());
    assert!(err.to_string().contains("reference"), "{err}");
    let err = Parser::new().parse_time("bây giờ").unwrap_err();
    assert!(err.needs_reference());
}

#[test]
fn news_rows() {
    let (rows, ok) = run_table("time_news.tsv");
    assert_eq!(rows, ok);
    assert!(rows >= 60);
}
