//! `vietnorm normalize`: see CONTRACT.md.

use crate::cli::{self, UsageError};

pub fn run(args: &[String]) -> Result<(), UsageError> {
    if cli::wants_help(args) {
        println!("usage: vietnorm normalize (not available yet)");
        return Ok(());
    }
    Err(UsageError::new("`normalize` is not available yet"))
}
