//! `vietnorm article`: see CONTRACT.md.

use crate::cli::{self, UsageError};

pub fn run(args: &[String]) -> Result<(), UsageError> {
    if cli::wants_help(args) {
        println!("usage: vietnorm article (not available yet)");
        return Ok(());
    }
    Err(UsageError::new("`article` is not available yet"))
}
