//! `vietnorm extract`: see CONTRACT.md.

use crate::cli::{self, UsageError};

pub fn run(args: &[String]) -> Result<(), UsageError> {
    if cli::wants_help(args) {
        println!("usage: vietnorm extract (not available yet)");
        return Ok(());
    }
    Err(UsageError::new("`extract` is not available yet"))
}
