//! `vietnorm article`: see CONTRACT.md.
//!
//! Reads one whole article from standard input and prints one JSON object:
//! its dateline, byline and body span, as `vietnorm::news::parse_article`
//! gives them.

use crate::cli::{self, UsageError};

const USAGE: &str = "\
usage: vietnorm article < article.txt

Reads one whole news article (UTF-8) and prints one JSON line:
  {\"dateline\": {\"text\",\"start\",\"end\",\"label\",\"outlet\",\"place\",\"date\"} | null,
   \"byline\": {\"text\",\"start\",\"end\",\"authors\",\"agency\",\"source\",\"credits\"} | null,
   \"body\": {\"start\",\"end\"}}
Offsets are bytes of the input; fields the text does not give are omitted.";

pub fn run(args: &[String]) -> Result<(), UsageError> {
    if cli::wants_help(args) {
        println!("{USAGE}");
        return Ok(());
    }
    cli::check_args(args, &[], &[], 0)?;
    let text = cli::read_stdin_text()?;
    let article = vietnorm::news::parse_article(&text);
    let mut out = cli::stdout();
    cli::write_json_line(&mut out, &article)?;
    std::io::Write::flush(&mut out)?;
    Ok(())
}
