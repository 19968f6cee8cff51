//! Placeholder module doc: one scanner over running text (filled in at integration).
