//! `vietnorm parse` for its quantity kinds: number, money, percent,
//! measure, fraction.

use vietnorm::number::{parse_fraction, parse_measure, parse_money, parse_number, parse_percent};

use crate::cli::{self, UsageError};

pub fn run(kind: &str, _reference: Option<&str>) -> Result<(), UsageError> {
    let text = cli::read_stdin_text()?;
    let mut out = cli::stdout();
    for line in cli::input_lines(&text) {
        match kind {
            "number" => cli::write_result(&mut out, line, parse_number(line))?,
            "money" => cli::write_result(&mut out, line, parse_money(line))?,
            "percent" => cli::write_result(&mut out, line, parse_percent(line))?,
            "measure" => cli::write_result(&mut out, line, parse_measure(line))?,
            "fraction" => cli::write_result(&mut out, line, parse_fraction(line))?,
            other => {
                return Err(UsageError::new(format!(
                    "unknown quantity KIND `{other}`: expected number, money, percent, measure or fraction"
                )));
            }
        }
    }
    std::io::Write::flush(&mut out)?;
    Ok(())
}
