//! `vietnorm parse date|time|datetime`: one date, time or date-time
//! expression per input line.

use vietnorm::time::{Parser, Reference};

use crate::cli::{self, UsageError};

pub fn run(kind: &str, reference: Option<&str>) -> Result<(), UsageError> {
    let mut parser = Parser::new();
    if let Some(r) = reference {
        let r: Reference = r
            .parse()
            .map_err(|e| UsageError::new(format!("--reference: {e}")))?;
        parser = parser.reference(r);
    }
    let text = cli::read_stdin_text()?;
    let mut out = cli::stdout();
    for line in cli::input_lines(&text) {
        match kind {
            "date" => cli::write_result(&mut out, line, parser.parse_date_qualified(line))?,
            "datetime" => cli::write_result(&mut out, line, parser.parse_datetime_qualified(line))?,
            _ => cli::write_result(&mut out, line, parser.parse_time_qualified(line))?,
        }
    }
    Ok(())
}
