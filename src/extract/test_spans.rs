//! What the unit tests of the extraction rules read off `extract`: the
//! spans found, with or without their kinds (one copy for every rule's
//! tests).

use super::extract;

/// The text of every entity found in `text`, in order.
pub(super) fn texts(text: &str) -> Vec<&str> {
    extract(text).into_iter().map(|e| e.text).collect()
}

/// The text and the kind (as `Debug` writes it: "Number", "Measure") of
/// every entity found in `text`, in order.
pub(super) fn texts_and_kinds(text: &str) -> Vec<(&str, String)> {
    extract(text)
        .into_iter()
        .map(|e| (e.text, format!("{:?}", e.kind())))
        .collect()
}

/// True when no entity of `kind` is found in `text`.
pub(super) fn finds_no(text: &str, kind: super::Kind) -> bool {
    extract(text).iter().all(|e| e.kind() != kind)
}
