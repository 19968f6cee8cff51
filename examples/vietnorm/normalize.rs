//! `vietnorm normalize`: see CONTRACT.md.

use std::io::Write;

use vietnorm::text::{self, Normalizer, ToneStyle};

use crate::cli::{self, UsageError};

const USAGE: &str = "\
usage: vietnorm normalize [--tone new|old|keep] [--ascii] [--slug] [--keep-spacing] [--keep-punctuation]

Reads all of standard input and writes it normalized: NFC, tone marks in one
style (default old: hòa, thủy), misplaced tones, missing horns and Ð/ð
repaired, invisible characters removed, spacing and punctuation tidied.

  --tone STYLE        old (hòa, khỏe, thủy), new (hoà, khoẻ, thuỷ) or keep
  --ascii             remove all diacritics after normalizing (đ→d, Đ→D)
  --slug              write a URL slug (ha-noi-2025)
  --keep-spacing      leave spaces and line breaks as they are
  --keep-punctuation  leave spaces before , . ; : ! ? as they are";

pub fn run(args: &[String]) -> Result<(), UsageError> {
    if cli::wants_help(args) {
        println!("{USAGE}");
        return Ok(());
    }
    cli::check_args(
        args,
        &["--ascii", "--slug", "--keep-spacing", "--keep-punctuation"],
        &["--tone"],
        0,
    )?;
    let style = match cli::option_value(args, "--tone")? {
        None | Some("old") => ToneStyle::Old,
        Some("new") => ToneStyle::New,
        Some("keep") => ToneStyle::Keep,
        Some(other) => {
            return Err(UsageError::new(format!(
                "unknown tone style `{other}` (expected new, old or keep)"
            )));
        }
    };
    let has = |flag: &str| args.iter().any(|a| a == flag);
    let normalizer = Normalizer::new()
        .tone(style)
        .tidy_spaces(!has("--keep-spacing"))
        .tidy_punctuation(!has("--keep-punctuation"));

    let input = cli::read_stdin_text()?;
    let normalized = normalizer.normalize(&input);
    let mut out = cli::stdout();
    if has("--slug") {
        writeln!(out, "{}", text::slug(&normalized))?;
    } else if has("--ascii") {
        out.write_all(text::fold_ascii(&normalized).as_bytes())?;
    } else {
        out.write_all(normalized.as_bytes())?;
    }
    out.flush()?;
    Ok(())
}
