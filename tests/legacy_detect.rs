//! Detection accuracy on generated Vietnamese paragraphs (from the syllable
//! list in `tests/support/vietnamese.rs`), encoded each way and cut to 50,
//! 200 and 1000 bytes; and repair of whole misread paragraphs.
//!
//! `cargo test --test legacy_detect -- --nocapture` prints the table.

#[path = "support/vietnamese.rs"]
mod vietnamese;

use vietnamese::{Rng, cp1252, misread, paragraph};
use vietnorm::legacy::{self, Encoding};

const TRIALS: usize = 100;

/// (right, total) for bytes of `encoding` cut to `size`, as raw bytes or as
/// misread UTF-8 text.
fn accuracy(encoding: Encoding, size: usize, misread_text: bool, table: &[char]) -> (usize, usize) {
    let mut rng = Rng::new(0x5EED ^ size as u64 ^ (encoding as u64) << 20);
    let mut right = 0;
    for _ in 0..TRIALS {
        let text = paragraph(&mut rng, size / 2);
        let encoded = legacy::encode(&text, encoding).expect("generated text encodes");
        let cut = &encoded[..size.min(encoded.len())];
        let d = if misread_text {
            legacy::detect(misread(cut, table).as_bytes())
        } else {
            legacy::detect(cut)
        };
        if d.encoding == encoding && d.windows_1252 == misread_text {
            right += 1;
        }
    }
    (right, TRIALS)
}

#[test]
fn detection_accuracy_by_size() {
    let table = cp1252();
    let mut worst = [1.0f64; 3];
    eprintln!("encoding              50 B   200 B  1000 B");
    for misread_text in [false, true] {
        for encoding in Encoding::ALL {
            if misread_text && matches!(encoding, Encoding::Utf8 | Encoding::Viqr) {
                continue;
            }
            let mut line = format!(
                "{:<20}",
                format!("{encoding}{}", if misread_text { " as cp1252" } else { "" })
            );
            for (k, size) in [50, 200, 1000].into_iter().enumerate() {
                let (right, total) = accuracy(encoding, size, misread_text, &table);
                let rate = right as f64 / total as f64;
                worst[k] = worst[k].min(rate);
                line.push_str(&format!(" {:>6.1}%", 100.0 * rate));
            }
            eprintln!("{line}");
        }
    }
    eprintln!("worst: {:?}", worst);
    assert!(
        worst[2] >= 1.0,
        "1000 bytes: every paragraph must be detected"
    );
    assert!(worst[1] >= 0.97, "200 bytes: {:?}", worst);
    assert!(worst[0] >= 0.80, "50 bytes: {:?}", worst);
}

#[test]
fn whole_misread_paragraphs_are_repaired() {
    let table = cp1252();
    let mut rng = Rng::new(42);
    for encoding in [
        Encoding::Tcvn3,
        Encoding::Vni,
        Encoding::Viscii,
        Encoding::Vps,
        Encoding::Cp1258,
    ] {
        for _ in 0..20 {
            let text = paragraph(&mut rng, 40);
            let bytes = legacy::encode(&text, encoding).unwrap();
            let damaged = misread(&bytes, &table);
            assert_eq!(legacy::repair(&damaged), text, "{encoding}: {damaged}");
        }
    }
}

#[test]
fn good_paragraphs_are_left_alone() {
    let mut rng = Rng::new(7);
    for _ in 0..200 {
        let text = paragraph(&mut rng, 60);
        assert!(
            matches!(legacy::repair(&text), std::borrow::Cow::Borrowed(_)),
            "{text}"
        );
        let d = legacy::detect(text.as_bytes());
        assert_eq!(d.encoding, Encoding::Utf8, "{text}");
        assert!(!d.windows_1252);
    }
}
