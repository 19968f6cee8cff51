//! One pass of the extraction benchmark, run once, for an instruction
//! counter (`scripts/callgrind_bench.sh` runs it under callgrind).
//!
//! ```text
//! cargo build --release --example bench_once
//! target/release/examples/bench_once load      # load the text, nothing else
//! target/release/examples/bench_once regex     # the baseline digit regex
//! target/release/examples/bench_once extract   # vietnorm::extract::extract
//! target/release/examples/bench_once number    # vietnorm::number::scan alone
//! target/release/examples/bench_once extract "một người " 262144  # a wall
//! ```
//!
//! The text is the one `benches/extract.rs` and `benches/number_scan.rs`
//! measure: the first 4 MB of the corpus (`VIETNORM_CORPUS`, else
//! `../shared/corpus/articles.jsonl` beside the checkout) joined by blank
//! lines, or generated text when there is no corpus
//! (`benches/support/corpus.rs`). Every pass loads it the same way, so the
//! instructions of a pass, less those of `load`, are the pass's own: one
//! call on a fresh process, its lazily built tables included (criterion,
//! which repeats a call, does not see those). The regex is compiled inside
//! its pass, as `extract` builds its tables inside its own.
//!
//! With a unit and a size after the pass, the text is a wall of that
//! unit repeated to the size in bytes instead (linear time: a wall four
//! times as long should cost about four times as many instructions).
//!
//! The pass's result (a count) is printed to standard error with the
//! text's size and origin, so that a run can be checked and nothing is
//! optimized away.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::process::ExitCode;

use regex::Regex;
use vietnorm::extract::extract;
use vietnorm::number::scan;

/// The passes, by the name the command line gives.
const PASSES: &[&str] = &["load", "regex", "extract", "number"];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (pass, wall) = match args.as_slice() {
        [pass] => (pass, None),
        [pass, unit, size] => match size.parse::<usize>() {
            Ok(size) if !unit.is_empty() => (pass, Some((unit, size))),
            _ => {
                eprintln!("bad wall size {size:?}");
                return ExitCode::FAILURE;
            }
        },
        _ => {
            eprintln!("usage: bench_once {} [UNIT BYTES]", PASSES.join("|"));
            return ExitCode::FAILURE;
        }
    };
    if !PASSES.contains(&pass.as_str()) {
        eprintln!("unknown pass {pass:?}; one of {}", PASSES.join(", "));
        return ExitCode::FAILURE;
    }
    let (text, origin) = match wall {
        Some((unit, size)) => (unit.repeat(size / unit.len()), "Wall"),
        None => {
            let (text, origin) = corpus::joined(4 << 20);
            let origin = match origin {
                corpus::Origin::Corpus => "Corpus",
                corpus::Origin::Generated => "Generated",
            };
            (text, origin)
        }
    };
    let text = black_box(text);
    let count = match pass.as_str() {
        "regex" => {
            let re = Regex::new(r"[0-9][0-9.,]*").expect("valid regex");
            re.find_iter(&text).count()
        }
        "extract" => extract(&text).len(),
        "number" => scan(&text).count(),
        _ => 0,
    };
    eprintln!(
        "{pass} ({origin}, {} bytes): {}",
        text.len(),
        black_box(count)
    );
    ExitCode::SUCCESS
}
