//! `vietnorm decode`: see CONTRACT.md.

use crate::cli::{self, UsageError};

pub fn run(args: &[String]) -> Result<(), UsageError> {
    if cli::wants_help(args) {
        println!("usage: vietnorm decode (not available yet)");
        return Ok(());
    }
    Err(UsageError::new("`decode` is not available yet"))
}
