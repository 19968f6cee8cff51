//! `vietnorm parse KIND`: one whole expression per input line, one JSON
//! object per line. Quantities (number, money, percent, measure, fraction)
//! and dates and times
//! are parsed by their own modules.

#[path = "parse_datetime.rs"]
mod parse_datetime;
#[path = "parse_quantity.rs"]
mod parse_quantity;

use crate::cli::{self, UsageError};

const USAGE: &str = "\
usage: vietnorm parse number|money|percent|measure|fraction|date|time|datetime [--reference YYYY-MM-DD[THH:MM]]

Each input line is one whole expression; one JSON object is printed per line.";

pub fn run(args: &[String]) -> Result<(), UsageError> {
    if cli::wants_help(args) {
        println!("{USAGE}");
        return Ok(());
    }
    let positionals = cli::check_args(args, &[], &["--reference"], 1)?;
    let Some(kind) = positionals.first() else {
        return Err(UsageError::new(
            "parse needs a KIND: number, money, percent, measure, fraction, date, time or datetime",
        ));
    };
    let reference = cli::option_value(args, "--reference")?;
    match kind.as_str() {
        "number" | "money" | "percent" | "measure" | "fraction" => {
            parse_quantity::run(kind, reference)
        }
        "date" | "time" | "datetime" => parse_datetime::run(kind, reference),
        other => Err(UsageError::new(format!(
            "unknown KIND `{other}`: expected number, money, percent, measure, fraction, date, time or datetime"
        ))),
    }
}
