//! `vietnorm parse` for its datetime kinds.

use crate::cli::UsageError;

pub fn run(kind: &str, _reference: Option<&str>) -> Result<(), UsageError> {
    Err(UsageError::new(format!("`parse {kind}` is not available yet")))
}
