//! What the currency and unit tables share: an FNV-hashed index of their
//! written forms by first token, so that a candidate token finds the forms
//! it may start in one probe.
//!
//! FNV-1a because the keys are a few short words looked up on every
//! candidate quantity; SipHash's protection against crafted keys is not
//! needed for a fixed table.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a hasher.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map keyed by short words with the FNV hash.
pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A set of short words with the FNV hash.
pub(crate) type FnvSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The forms (each a list of token texts, in table order) by their first
/// token: for every first token, the indices of the forms it starts, in
/// table order.
pub(crate) fn index_by_first_part<'a>(
    forms: impl IntoIterator<Item = &'a [String]>,
) -> FnvMap<String, Vec<usize>> {
    let mut index: FnvMap<String, Vec<usize>> = FnvMap::default();
    for (i, parts) in forms.into_iter().enumerate() {
        if let Some(first) = parts.first() {
            index.entry(first.clone()).or_default().push(i);
        }
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_indexed_by_their_first_token_in_order() {
        let forms: Vec<Vec<String>> = [&["đô", "la"][..], &["usd"], &["đô"]]
            .iter()
            .map(|f| f.iter().map(|s| (*s).to_string()).collect())
            .collect();
        let index = index_by_first_part(forms.iter().map(Vec::as_slice));
        assert_eq!(index.get("đô"), Some(&vec![0, 2]));
        assert_eq!(index.get("usd"), Some(&vec![1]));
        assert_eq!(index.get("la"), None);
    }
}
