//! `vietnorm decode`: see CONTRACT.md.

use std::io::Write;

use vietnorm::legacy::{self, Encoding};

use crate::cli::{self, UsageError};

const USAGE: &str = "\
usage: vietnorm decode --from tcvn3|vni|viscii|vps|viqr|cp1258|auto

Reads raw bytes in a legacy Vietnamese encoding and writes UTF-8 NFC text.
With `auto`, detects the encoding (UTF-8 included, and UTF-8 text damaged
by a wrong decoding) and prints `encoding: NAME` to standard error.";

pub fn run(args: &[String]) -> Result<(), UsageError> {
    if cli::wants_help(args) {
        println!("{USAGE}");
        return Ok(());
    }
    cli::check_args(args, &[], &["--from"], 0)?;
    let Some(from) = cli::option_value(args, "--from")? else {
        return Err(UsageError::new(
            "decode needs --from tcvn3|vni|viscii|vps|viqr|cp1258|auto",
        ));
    };
    let encoding = match from {
        "auto" => None,
        name => Some(
            name.parse::<Encoding>()
                .map_err(|e| UsageError::new(e.to_string()))?,
        ),
    };
    let bytes = cli::read_stdin_bytes()?;
    let mut out = cli::stdout();
    match encoding {
        Some(encoding) => out.write_all(legacy::decode(&bytes, encoding).as_bytes())?,
        None => {
            let (text, detection) = legacy::decode_auto(&bytes);
            // CONTRACT.md: exactly `encoding: NAME`, with a CLI name.
            eprintln!("encoding: {}", detection.encoding.name());
            out.write_all(text.as_bytes())?;
        }
    }
    out.flush()?;
    Ok(())
}
