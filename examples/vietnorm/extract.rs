//! `vietnorm extract`: every entity in running text, one JSON line each, in
//! order of `start`.

use vietnorm::extract::Extractor;
use vietnorm::time::Reference;

use crate::cli::{self, UsageError};

const USAGE: &str = "\
usage: vietnorm extract [--reference YYYY-MM-DD]

Reads all of standard input as running text and prints one JSON object per
entity found (number, money, percent, measure, fraction, date, time, datetime,
duration, ordinal), in order of `start`, with byte offsets into the input as
read.";

pub fn run(args: &[String]) -> Result<(), UsageError> {
    if cli::wants_help(args) {
        println!("{USAGE}");
        return Ok(());
    }
    cli::check_args(args, &[], &["--reference"], 0)?;
    let mut extractor = Extractor::new();
    if let Some(r) = cli::option_value(args, "--reference")? {
        let r: Reference = r
            .parse()
            .map_err(|e| UsageError::new(format!("--reference: {e}")))?;
        extractor = extractor.reference(r);
    }
    let text = cli::read_stdin_text()?;
    let mut out = cli::stdout();
    for entity in extractor.extract(&text) {
        cli::write_json_line(&mut out, &entity)?;
    }
    Ok(())
}
