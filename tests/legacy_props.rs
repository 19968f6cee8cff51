//! Property tests for the legacy encodings: round trips, repair safety, and
//! no panics on arbitrary input.

#[path = "support/vietnamese.rs"]
mod vietnamese;

use std::borrow::Cow;

use proptest::prelude::*;
use vietnorm::legacy::{self, Decoder, Encoding, Tcvn3Case};

/// Every Vietnamese letter (both cases), digits, ASCII punctuation (VIQR's
/// mark characters and the backslash included) and spaces.
const ALPHABET: &str = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ\
AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆGHIÌỈĨÍỊKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVXYỲỶỸÝỴ\
fjwzFJWZ0123456789 .,;:!?-()\"'`~^+\\/%&\n";

fn vietnamese_text() -> impl Strategy<Value = String> {
    let chars: Vec<char> = ALPHABET.chars().collect();
    proptest::collection::vec(proptest::sample::select(chars), 0..80)
        .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #[test]
    fn decode_of_encode_is_identity(s in vietnamese_text()) {
        for e in Encoding::ALL {
            let bytes = legacy::encode(&s, e).map_err(|err| TestCaseError::fail(err.to_string()))?;
            let back = legacy::decode(&bytes, e);
            // Windows-1258 writes tones as combining bytes; decoding composes
            // them again, so every encoding gives back exactly what it was given.
            prop_assert_eq!(back.as_ref(), s.as_str(), "{}", e);
        }
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics_and_is_nfc(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        // NFC by the Unicode data the crate normalizes with (icu_normalizer):
        // the `unicode-normalization` oracle may carry another Unicode
        // version, and on code points whose combining class changed between
        // versions (U+05C8 after U+0300, found by this test) the two differ.
        let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
        for e in Encoding::ALL {
            let text = legacy::decode(&bytes, e);
            prop_assert!(nfc.is_normalized(&text), "{}: {:?}", e, text);
        }
        for case in [Tcvn3Case::Restore, Tcvn3Case::Upper] {
            let _ = Decoder::new(Encoding::Tcvn3).tcvn3_case(case).decode(&bytes);
        }
        let d = legacy::detect(&bytes);
        prop_assert!((0.0..=1.0).contains(&d.confidence));
        let _ = legacy::decode_auto(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,120}") {
        let _ = legacy::repair(&s);
        for e in Encoding::ALL {
            if let Err(err) = legacy::encode(&s, e) {
                // The error names a character of the input at its offset.
                prop_assert_eq!(s[err.offset()..].chars().next(), Some(err.char()));
            }
        }
    }

    #[test]
    fn misread_bytes_text_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let table = vietnamese::cp1252();
        let text = vietnamese::misread(&bytes, &table);
        let _ = legacy::repair(&text);
    }

    #[test]
    fn repair_leaves_good_text_alone(seed in any::<u64>(), words in 1usize..80) {
        let mut rng = vietnamese::Rng::new(seed);
        let text = vietnamese::paragraph(&mut rng, words);
        prop_assert!(matches!(legacy::repair(&text), Cow::Borrowed(_)), "{}", text);
    }

    #[test]
    fn repair_is_idempotent(seed in any::<u64>(), words in 1usize..40, e in 1usize..5) {
        let table = vietnamese::cp1252();
        let mut rng = vietnamese::Rng::new(seed);
        let text = vietnamese::paragraph(&mut rng, words);
        let encoding = [Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii, Encoding::Vps, Encoding::Cp1258][e];
        let damaged = vietnamese::misread(&legacy::encode(&text, encoding).unwrap(), &table);
        let once = legacy::repair(&damaged).into_owned();
        let twice = legacy::repair(&once).into_owned();
        prop_assert_eq!(once, twice);
    }
}

#[test]
fn large_inputs_are_linear() {
    // 256 KiB of one troublesome byte in each encoding, and as misread
    // text: must finish quickly (no quadratic rescans).
    for b in [0xF6u8, 0x5C, 0x02, 0xC3, b'a'] {
        let bytes = vec![b; 256 << 10];
        for e in Encoding::ALL {
            let _ = legacy::decode(&bytes, e);
        }
        let _ = legacy::detect(&bytes);
    }
    let text = "Hµ Néi ".repeat(20_000);
    assert!(legacy::repair(&text).starts_with("Hà Nội"));
}
