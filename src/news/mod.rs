//! Placeholder module doc: replaced by the module's owner.
