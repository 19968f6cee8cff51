//! Orthographic normalization of Vietnamese text.
//!
//! Interim: only NFC for now; tone placement, repairs and cleanup follow.

use std::borrow::Cow;

/// Normalizes `text` to NFC, borrowing when it already is.
///
/// ```
/// assert_eq!(vietnorm::text::normalize("Vie\u{323}\u{302}t"), "Việt");
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    nfc.normalize(text)
}
