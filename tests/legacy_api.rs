//! The public API of `vietnorm::legacy`, case by case (own sentences).

use std::borrow::Cow;

use vietnorm::legacy::{self, Decoder, Encoding, Tcvn3Case};

#[test]
fn encoding_names_round_trip() {
    for e in Encoding::ALL {
        assert_eq!(e.to_string().parse::<Encoding>(), Ok(e));
    }
    for (alias, e) in [
        ("ABC", Encoding::Tcvn3),
        ("VN3", Encoding::Tcvn3),
        ("VNI-Windows", Encoding::Vni),
        ("Windows-1258", Encoding::Cp1258),
        ("UTF8", Encoding::Utf8),
    ] {
        assert_eq!(alias.parse::<Encoding>(), Ok(e), "{alias}");
    }
    assert!("auto".parse::<Encoding>().is_err());
}

#[test]
fn vni_is_decoded_longest_sequence_first() {
    // ư + dot below is one letter, not "ư" followed by "ï".
    assert_eq!(legacy::decode(b"t\xF6\xEF do", Encoding::Vni), "tự do");
    // O + capital dot-circumflex mark is Ộ; Ư alone stays Ư.
    assert_eq!(legacy::decode(b"H\x4F\xC4I \xD6", Encoding::Vni), "HỘI Ư");
    // A lone mark byte with nothing to join is Windows-1252, not lost.
    assert_eq!(legacy::decode(b"3\xF8", Encoding::Vni), "3ø");
}

#[test]
fn control_bytes_are_letters_in_viscii_and_vps() {
    assert_eq!(legacy::decode(b"\x02", Encoding::Viscii), "Ẳ");
    assert_eq!(legacy::decode(b"\x02", Encoding::Vps), "Ạ");
    // So a control character cannot be written in them.
    let err = legacy::encode("a\u{2}", Encoding::Viscii).unwrap_err();
    assert_eq!((err.char(), err.offset()), ('\u{2}', 1));
    // Tab and newline are still themselves.
    assert_eq!(legacy::decode(b"a\tb\n", Encoding::Vps), "a\tb\n");
}

#[test]
fn viqr_escapes() {
    assert_eq!(legacy::decode(b"Hue^'\\?", Encoding::Viqr), "Huế?");
    assert_eq!(legacy::decode(b"dd DD Dd", Encoding::Viqr), "đ Đ Đ");
    assert_eq!(legacy::decode(b"ad\\dress", Encoding::Viqr), "address");
    // A backslash before anything else stays.
    assert_eq!(legacy::decode(b"C:\\tmp", Encoding::Viqr), "C:\\tmp");
    assert_eq!(
        legacy::encode("Hà Nội.", Encoding::Viqr).unwrap(),
        b"Ha` No^.i\\."
    );
    assert_eq!(
        legacy::encode("address", Encoding::Viqr).unwrap(),
        b"ad\\dress"
    );
    assert_eq!(legacy::encode("dđ", Encoding::Viqr).unwrap(), b"\\ddd");
    assert!(legacy::encode("€", Encoding::Viqr).is_err());
}

#[test]
fn windows_1258_is_composed_to_nfc() {
    // Decomposed and precomposed forms of the same letters.
    assert_eq!(legacy::decode(b"a\xEC \xE1", Encoding::Cp1258), "á á");
    assert_eq!(legacy::decode(b"\xD5\xF2", Encoding::Cp1258), "Ợ");
    // Faithful: a new-style tone and a double space stay as the document has them.
    assert_eq!(legacy::decode(b"hoa\xCC  b", Encoding::Cp1258), "hoà  b");
}

#[test]
fn tcvn3_capitals() {
    let bytes = b"\xF1y ban nh\xA9n d\xA9n. TH\xF1 T\xA6\xEDNG H\xE9I";
    assert_eq!(
        legacy::decode(bytes, Encoding::Tcvn3),
        "ủy ban nhân dân. THủ TƯớNG HộI"
    );
    let restore = Decoder::new(Encoding::Tcvn3).tcvn3_case(Tcvn3Case::Restore);
    assert_eq!(restore.decode(bytes), "Ủy ban nhân dân. THỦ TƯỚNG HỘI");
    // A one-capital word keeps its lowercase unless a neighbour is in capitals.
    assert_eq!(
        restore.decode(b"\xABng H\xE5 v\xB5 B\xE9 Y T\xD5"),
        "ông Hồ và Bộ Y Tế"
    );
    assert_eq!(restore.decode(b"B\xE9 GI\xB8O D\xF4C"), "BỘ GIÁO DỤC");
    let upper = Decoder::new(Encoding::Tcvn3).tcvn3_case(Tcvn3Case::Upper);
    assert_eq!(upper.decode(b"v\xB5"), "VÀ");
    // Other encodings ignore the option.
    let vni = Decoder::new(Encoding::Vni).tcvn3_case(Tcvn3Case::Upper);
    assert_eq!(vni.decode(b"va\xF8"), "và");
}

#[test]
fn tcvn3_capitals_with_tones_encode_to_vn1_bytes() {
    let bytes = legacy::encode("ỦY BAN", Encoding::Tcvn3).unwrap();
    assert_eq!(bytes, b"\x9EY BAN");
    assert_eq!(legacy::decode(&bytes, Encoding::Tcvn3), "ỦY BAN");
}

#[test]
fn plain_text_is_borrowed() {
    assert!(matches!(
        legacy::decode(b"Viet Nam 2025", Encoding::Vps),
        Cow::Borrowed(_)
    ));
    assert!(matches!(
        legacy::decode("Việt".as_bytes(), Encoding::Utf8),
        Cow::Borrowed(_)
    ));
    assert!(matches!(
        legacy::repair("Hà Nội, ngày 5/6"),
        Cow::Borrowed(_)
    ));
}

#[test]
fn detection_of_plain_ascii_is_certain_utf8() {
    let d = legacy::detect(b"The quick brown fox. So? Go to.");
    assert_eq!((d.encoding, d.windows_1252), (Encoding::Utf8, false));
    assert_eq!(d.confidence, 1.0);
    let d = legacy::detect(b"");
    assert_eq!(d.encoding, Encoding::Utf8);
}

#[test]
fn detection_finds_viqr() {
    let d = legacy::detect(b"To^i yeu tie^'ng Vie^.t, ngo^n ngu+~ cu?a ngu+o+`i Vie^.t.");
    assert_eq!(d.encoding, Encoding::Viqr);
}

#[test]
fn decode_auto_mends_stray_words_in_utf8() {
    let (text, d) = legacy::decode_auto("Thủ đô Hµ Néi đẹp lắm".as_bytes());
    assert_eq!(d.encoding, Encoding::Utf8);
    assert_eq!(text, "Thủ đô Hà Nội đẹp lắm");
}

#[test]
fn repair_keeps_foreign_words_and_signs() {
    for good in [
        "Ông Müller đến São Paulo.",
        "Diện tích 120 m² và nhiệt độ 25°C.",
        "• Điểm thứ nhất\n• Điểm thứ hai",
        "Giá 1.000 € (khoảng 27 triệu đồng) ±5%",
        "«Tôi đến» – ông nói.",
        "Học sinh cuốiÔng giáo viên",
        "Le café où l'on a mangé une crème brûlée à Paris, près de l'hôtel.",
        "Die Straße in München ist schön; Grüße aus Köln und Düsseldorf.",
        "El niño comió piña en la montaña; ¿dónde está el baño?",
        "São Paulo, Curaçao, Ångström, Ærø, Łódź, Øresund",
    ] {
        assert_eq!(legacy::repair(good), good);
    }
}

#[test]
fn repair_mends_stray_words() {
    assert_eq!(legacy::repair("Hà Nội ®· làm xong"), "Hà Nội đã làm xong");
    assert_eq!(legacy::repair("có thÓ làm"), "có thể làm");
    assert_eq!(legacy::repair("một ¶nh đẹp"), "một ảnh đẹp");
    // Three seeds make the case for TCVN3; then `víi` (not a syllable as
    // written) is mended too, while `bé` (valid both ways) is kept. (The
    // good words include ư, which no misreading produces, so this is not a
    // whole misread text.)
    assert_eq!(
        legacy::repair("Người ®· nói víi tôi r»ng bé ¶nh ®Ñp"),
        "Người đã nói với tôi rằng bé ảnh đẹp"
    );
    // All of it misread, in Latin-1 letters only: read as a whole.
    assert_eq!(
        legacy::repair("Anh cã kháe kh«ng? Cã ph¶i anh lµ ng\u{AD}êi HuÕ?"),
        "Anh có khỏe không? Có phải anh là người Huế?"
    );
    // One odd word alone is not enough evidence for a non-seed.
    assert_eq!(legacy::repair("nói víi tôi"), "nói víi tôi");
}

#[test]
fn repair_mends_half_converted_words() {
    assert_eq!(legacy::repair("cùng kỳø năm ngoái"), "cùng kỳ năm ngoái");
    assert_eq!(
        legacy::repair("các doanh nghiệåp nhỏ"),
        "các doanh nghiệp nhỏ"
    );
    assert_eq!(
        legacy::repair("liều l\u{AD}ưîng phân bón"),
        "liều lượng phân bón"
    );
    // A whole VPS line read as Windows-1252 (C0 letters included).
    assert_eq!(legacy::repair("T\u{2}I H\u{12}I NGH\u{10}"), "TẠI HỘI NGHỊ");
}

#[test]
fn foreign_latin_text_is_detected_as_utf8() {
    for text in [
        "Le café où l'on a mangé une crème brûlée à Paris, près de l'hôtel.",
        "Die Straße in München ist schön; Grüße aus Köln und Düsseldorf.",
        "El niño comió piña en la montaña; ¿dónde está el baño?",
    ] {
        let d = legacy::detect(text.as_bytes());
        assert_eq!(
            (d.encoding, d.windows_1252),
            (Encoding::Utf8, false),
            "{text}"
        );
    }
}

#[test]
fn detection_serializes() {
    let d = legacy::detect("Hµ Néi lµ thñ ®« cña ViÖt Nam".as_bytes());
    let json = serde_json::to_string(&d).unwrap();
    assert!(
        json.starts_with(r#"{"encoding":"tcvn3","windows_1252":true,"confidence":"#),
        "{json}"
    );
}
