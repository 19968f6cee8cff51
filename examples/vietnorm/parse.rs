//! `vietnorm parse`: see CONTRACT.md.

use crate::cli::{self, UsageError};

pub fn run(args: &[String]) -> Result<(), UsageError> {
    if cli::wants_help(args) {
        println!("usage: vietnorm parse (not available yet)");
        return Ok(());
    }
    Err(UsageError::new("`parse` is not available yet"))
}
