//! The `vietnorm` command line: every capability of the library behind the
//! stable interface of `CONTRACT.md`. It adds no logic of its own: each
//! subcommand reads standard input, calls the library and prints the
//! library's own types serialized with serde.
//!
//! ```text
//! cargo run --release --example vietnorm -- normalize < samples/news.txt
//! ```

#[path = "vietnorm/article.rs"]
mod article;
#[path = "vietnorm/cli.rs"]
mod cli;
#[path = "vietnorm/decode.rs"]
mod decode;
#[path = "vietnorm/extract.rs"]
mod extract;
#[path = "vietnorm/normalize.rs"]
mod normalize;
#[path = "vietnorm/parse.rs"]
mod parse;

use cli::UsageError;

const USAGE: &str = "\
usage: vietnorm SUBCOMMAND [OPTIONS] < input

subcommands:
  normalize  [--tone new|old|keep] [--ascii] [--slug] [--keep-spacing] [--keep-punctuation]
  parse      number|money|percent|date|time [--reference YYYY-MM-DD[THH:MM]]
  extract    [--reference YYYY-MM-DD]
  article
  decode     --from tcvn3|vni|viscii|vps|viqr|cp1258|auto

`vietnorm SUBCOMMAND --help` describes one subcommand.";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.split_first() {
        None => Err(UsageError::new("no subcommand given")),
        Some((first, _)) if first == "--help" || first == "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        Some((sub, rest)) => match sub.as_str() {
            "normalize" => normalize::run(rest),
            "parse" => parse::run(rest),
            "extract" => extract::run(rest),
            "article" => article::run(rest),
            "decode" => decode::run(rest),
            other => Err(UsageError::new(format!("unknown subcommand `{other}`"))),
        },
    };
    if let Err(err) = result {
        if err.is_broken_pipe() {
            return;
        }
        eprintln!("vietnorm: {err}");
        std::process::exit(2);
    }
}
