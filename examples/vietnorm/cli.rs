//! What every subcommand shares: reading standard input, writing JSON lines,
//! and usage errors (exit status 2).

use std::fmt;
use std::io::{self, BufWriter, Read, Write};

use serde::Serialize;

/// A usage error: printed as one line on standard error, exit status 2.
///
/// A closed standard output (`vietnorm extract < big.txt | head`) is not an
/// error: the reader has all it wanted, so the program stops quietly.
#[derive(Debug)]
pub struct UsageError {
    message: String,
    broken_pipe: bool,
}

impl UsageError {
    pub fn new(message: impl Into<String>) -> Self {
        UsageError {
            message: message.into(),
            broken_pipe: false,
        }
    }

    /// True when standard output was closed by its reader.
    pub fn is_broken_pipe(&self) -> bool {
        self.broken_pipe
    }
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<io::Error> for UsageError {
    fn from(err: io::Error) -> Self {
        UsageError {
            message: format!("I/O error: {err}"),
            broken_pipe: err.kind() == io::ErrorKind::BrokenPipe,
        }
    }
}

/// True when the arguments ask for help; the caller prints its usage.
pub fn wants_help(args: &[String]) -> bool {
    args.iter().any(|a| a == "--help" || a == "-h")
}

/// All of standard input as raw bytes.
pub fn read_stdin_bytes() -> Result<Vec<u8>, UsageError> {
    let mut buf = Vec::new();
    io::stdin().lock().read_to_end(&mut buf)?;
    Ok(buf)
}

/// All of standard input as UTF-8 text; anything else is a usage error.
pub fn read_stdin_text() -> Result<String, UsageError> {
    let bytes = read_stdin_bytes()?;
    String::from_utf8(bytes).map_err(|e| {
        UsageError::new(format!(
            "standard input is not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// The lines of `text` without their `\n` or `\r\n` terminators.
pub fn input_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
}

/// Buffered standard output.
pub fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::new(io::stdout().lock())
}

/// Writes `value` as one JSON line.
pub fn write_json_line<W: Write, T: Serialize + ?Sized>(
    out: &mut W,
    value: &T,
) -> Result<(), UsageError> {
    serde_json::to_writer(&mut *out, value).map_err(|e| match e.io_error_kind() {
        Some(kind) => UsageError::from(io::Error::from(kind)),
        None => UsageError::new(format!("cannot serialize output: {e}")),
    })?;
    out.write_all(b"\n")?;
    Ok(())
}

/// One `parse` result line: `{"input": ..., <fields of T>}`.
#[derive(Serialize)]
pub struct Parsed<'a, T: Serialize> {
    pub input: &'a str,
    #[serde(flatten)]
    pub value: T,
}

/// One failed line: `{"input": ..., "error": ...}`.
#[derive(Serialize)]
pub struct Failed<'a> {
    pub input: &'a str,
    pub error: String,
}

/// Writes `Parsed` on success or `Failed` on error for one input line.
pub fn write_result<W: Write, T: Serialize, E: fmt::Display>(
    out: &mut W,
    input: &str,
    result: Result<T, E>,
) -> Result<(), UsageError> {
    match result {
        Ok(value) => write_json_line(out, &Parsed { input, value }),
        Err(err) => write_json_line(
            out,
            &Failed {
                input,
                error: err.to_string(),
            },
        ),
    }
}

/// The value of option `name` (`--name VALUE` or `--name=VALUE`), if given.
pub fn option_value<'a>(args: &'a [String], name: &str) -> Result<Option<&'a str>, UsageError> {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == name {
            return match iter.next() {
                Some(v) => Ok(Some(v.as_str())),
                None => Err(UsageError::new(format!("option {name} needs a value"))),
            };
        }
        if let Some(v) = arg.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// Fails on any argument that is not one of `flags` (bare) or `valued`
/// (followed by a value), or that is a positional beyond `positionals`.
pub fn check_args(
    args: &[String],
    flags: &[&str],
    valued: &[&str],
    positionals: usize,
) -> Result<Vec<String>, UsageError> {
    let mut seen_positionals = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if flags.contains(&arg.as_str()) {
            continue;
        }
        if valued.contains(&arg.as_str()) {
            if iter.next().is_none() {
                return Err(UsageError::new(format!("option {arg} needs a value")));
            }
            continue;
        }
        if valued
            .iter()
            .any(|v| arg.strip_prefix(v).is_some_and(|r| r.starts_with('=')))
        {
            continue;
        }
        if arg.starts_with('-') {
            return Err(UsageError::new(format!("unknown option `{arg}`")));
        }
        if seen_positionals.len() == positionals {
            return Err(UsageError::new(format!("unexpected argument `{arg}`")));
        }
        seen_positionals.push(arg.clone());
    }
    Ok(seen_positionals)
}
