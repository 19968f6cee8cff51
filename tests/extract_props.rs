//! Properties of `extract`, the one pass over running text: on any input
//! it returns, its spans are ordered, disjoint, on character boundaries and
//! equal to their text, and its time grows linearly with the input.

#[path = "support/linear_time.rs"]
mod linear_time;

use proptest::prelude::*;
use vietnorm::extract::{Extractor, extract};
use vietnorm::time::Reference;

/// Words, digits and punctuation that the grammars and the context rules
/// react to, to build text that exercises them.
const PARTS: &[&str] = &[
    "ngày",
    "Ngày",
    "tháng",
    "năm",
    "lúc",
    "sáng",
    "chiều",
    "tối",
    "đêm",
    "giờ",
    "phút",
    "h",
    "15",
    "30",
    "29/10",
    "13-5-2013",
    "2024",
    "2024-2025",
    "29.5",
    "14:30",
    "(GMT+7)",
    "từ",
    "đến",
    "vòng",
    "Điều",
    "số",
    "xóm",
    "12/9",
    "iPad",
    "V-League",
    "SN",
    "sinh",
    "qua",
    "nay",
    "hơn",
    "khoảng",
    "trên",
    "một",
    "hai",
    "bảy",
    "chín",
    "triệu",
    "tỷ",
    "đồng",
    "USD",
    "%",
    "3G",
    "người",
    "thứ",
    "Hai",
    "Tư",
    ",",
    ".",
    "-",
    "–",
    "/",
    "(",
    ")",
    "\n",
    "Phạm",
    "Văn",
    "và",
    "hạng",
    "Nhất",
    "tầm",
    "nhìn",
    "2050",
    "đội",
    "nhất",
    "nhì",
    "số đo",
    "86-61-93",
    "cm",
    "Hoa khôi",
    "\"một nửa\"",
];

fn soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PARTS), 0..40).prop_map(|v| v.join(" "))
}

fn check(text: &str, extractor: &Extractor) {
    let found = extractor.extract(text);
    let mut last_end = 0;
    for e in &found {
        assert!(e.start < e.end, "{text:?}: empty span at {}", e.start);
        assert!(
            e.start >= last_end,
            "{text:?}: spans overlap or are out of order"
        );
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        assert_eq!(text.get(e.start..e.end), Some(e.text));
        last_end = e.end;
    }
}

proptest! {
    #[test]
    fn any_text_gives_ordered_disjoint_spans(text in any::<String>()) {
        check(&text, &Extractor::new());
    }

    #[test]
    fn news_like_text_gives_ordered_disjoint_spans(text in soup()) {
        check(&text, &Extractor::new());
        let reference = Reference::new(2025, 10, 29).unwrap();
        check(&text, &Extractor::new().reference(reference));
    }

    /// Two bounds of one sense stacked ("tối đa không quá") are one
    /// qualifier: the span starts at the first bound, whatever the number
    /// and the unit after it.
    #[test]
    fn stacked_bounds_of_one_sense_are_in_the_span(
        n in 1u32..100_000,
        bound in prop::sample::select(vec![
            "tối đa không quá",
            "tối đa không vượt quá",
            "tối thiểu không dưới",
            "tối thiểu không thấp hơn",
            "tối thiểu không ít hơn",
        ]),
        // The unit after the number, and whether it is in the span (a
        // counted noun, "người", is not).
        unit in prop::sample::select(vec![
            (" người", false),
            (" năm", true),
            ("%", true),
            (" triệu đồng", true),
            (" tấn", true),
        ]),
    ) {
        let number = format!("{bound} {n}");
        let phrase = if unit.1 { format!("{number}{}", unit.0) } else { number.clone() };
        let text = format!("Quy định cho phép {number}{}, theo nghị định.", unit.0);
        let found = extract(&text);
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        prop_assert_eq!(found[0].text, phrase.as_str());
    }

    /// Body measurements after "số đo": whatever the three girths, the
    /// words between the cue and them and whether "cm" closes them, they
    /// are three entities in order, measures in centimetres with the
    /// unit, numbers without it (blind34 opening).
    #[test]
    fn body_measurements_are_three_values(
        girths in prop::array::uniform3(50u32..=130),
        between in prop::sample::select(vec!["", "3 vòng ", "ba vòng ", "hình thể ", "3 vòng lần lượt là: "]),
        dash in prop::sample::select(vec!["-", " - ", "–"]),
        cm in prop::sample::select(vec!["", " cm", "cm"]),
    ) {
        let [a, b, c] = girths;
        let text = format!("Người mẫu có số đo {between}{a}{dash}{b}{dash}{c}{cm} và cao ráo.");
        let found: Vec<_> = extract(&text)
            .into_iter()
            .filter(|e| !matches!(e.text, "3" | "ba"))
            .collect();
        prop_assert_eq!(found.len(), 3, "{}: {:?}", text, found);
        let kind = if cm.is_empty() { "number" } else { "measure" };
        for (e, v) in found.iter().zip([a, b, c]) {
            prop_assert_eq!(e.kind().as_str(), kind, "{}", text);
            prop_assert!(e.text.starts_with(&v.to_string()), "{}: {:?}", text, e);
        }
        prop_assert_eq!(found[2].text, format!("{c}{cm}"));
    }

    /// A team's bare place after "đội" is an ordinal whatever team's name
    /// and figures follow (blind34 opening).
    #[test]
    fn a_teams_bare_place_is_an_ordinal(
        points in 1u32..100,
        margin in 1u32..20,
        team in prop::sample::select(vec!["Hà Nội FC", "Bình Định", "Thể Công", "SLNA"]),
    ) {
        let text = format!("Đội dẫn đầu có {points} điểm, hơn đội nhì {team} {margin} điểm.");
        let ranks: Vec<_> = extract(&text)
            .into_iter()
            .filter(|e| e.kind().as_str() == "ordinal")
            .map(|e| e.text)
            .collect();
        prop_assert_eq!(ranks, ["nhì"], "{}", text);
    }

    #[test]
    fn extraction_does_not_depend_on_what_follows_a_line_break(text in soup(), tail in soup()) {
        // No entity crosses a line break: what follows one cannot change
        // what is found before it, except in the last line's last tokens.
        let found: Vec<_> = extract(&text).iter().map(|e| (e.start, e.end)).collect();
        let joined = format!("{text}\n\n{tail}");
        let again: Vec<_> = extract(&joined)
            .iter()
            .map(|e| (e.start, e.end))
            .filter(|&(_, end)| end <= text.len())
            .collect();
        prop_assert_eq!(found, again);
    }
}

/// Ten and then twenty times the input takes about ten and twenty times as
/// long, on inputs built to make a naive scanner backtrack (256 KB against
/// 4 MB is measured by the `extract` benchmark's adversarial group).
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn linear_time_on_adversarial_input() {
    let patterns = [
        "1/",
        "ngày ",
        "15 giờ 30 ngày ",
        "từ 21h ngày 24/5 đến ",
        "vòng 1 và ",
        "2024-",
        "14h",
        "một hai ba ",
        "Điều 1, ",
        // A "mẫu" ending a clause looks around itself for land
        // (`samples_not_land`): the look must stay bounded.
        "1 mẫu, ",
        // The seventeenth session's rules that look around a number: a
        // ranking place's "trong khi của Y là N", a list item glued after
        // a year, a relative day glossed by its date, a slogan's words.
        "Vị trí của Việt Nam là 115, trong khi của Thái Lan là ",
        "tháng 4/2002.6. ",
        "từ hôm qua, 30/5 và ",
        "“3 không” 3 giảm (giảm ",
        // Anchored forms: each looks back for its anchor (a bounded look)
        // and the relative dates between (a binary search); the dates read
        // are merged once (twenty-seventh session: both were quadratic).
        "có 5 người, cùng ngày anh đi. ",
        "(2020). năm này, ",
        "Sáng 12/5, 16 giờ cùng ngày, sáng hôm sau anh đi. ",
        // Quote marks on one long line: an inch sign's look back for the
        // quotation it might close, and a quoted title's year, stop at the
        // nearest quote (walls1 probe: both read back to the line's start).
        "Máy tính bảng trên 7\" và dưới 10\" đều bán chạy. ",
        "cuộc thi “Giọng ca vàng” 2014 và \"Ngôi sao nhỏ\" 2015. ",
    ];
    linear_time::assert_linear(&patterns, (20_000, 400_000), 80.0, |text| {
        extract(text).len()
    });
}

/// Anchored forms after one date, each left unread (a paragraph between
/// for "Sáng hôm sau", a name's year between for "cùng năm đó"): every
/// form looks back to that one date, and what stands between must be
/// found without reading the growing stretch (walls1 probe: 12.4 s and
/// 1.1 s at 1 MB before, both quadratic).
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn linear_time_on_walls_after_one_anchor() {
    let walls = [
        ("Sáng 12/5/2010 anh đi.\n", "Sáng hôm sau anh về.\n"),
        ("Năm 2010 anh đi. ", "V-League 2014, cũng năm đó. "),
    ];
    for (head, pattern) in walls {
        linear_time::assert_linear(&[pattern], (20_000, 400_000), 80.0, |text| {
            extract(&format!("{head}{text}")).len()
        });
    }
}

/// A list item's marker stands on its number's line: a "." opening the
/// next line does not make the number before it a label (found by the
/// line-break property above).
#[test]
fn a_dot_opening_the_next_line_is_no_item_marker() {
    for text in ["15\n\n. V-League", "Có 15\n. Hà Nội dẫn đầu"] {
        let found: Vec<_> = extract(text).iter().map(|e| e.text).collect();
        assert_eq!(found, ["15"], "{text:?}");
    }
    // On one line, "1. Gửi" is a list item.
    assert!(extract("1. Gửi trực tiếp tại quầy.").is_empty());
}

/// A line starts a sentence: a capitalized number word that opens a line
/// after a byline or a headline counts ("Hai chiếc xe"), as after a full
/// stop; one before a capitalized word stays a name ("Hai Bà Trưng").
#[test]
fn a_number_word_opening_a_line_counts() {
    let text = "Ảnh: Hiếu Lương\n\nHai cầu thủ vắng mặt, quận\nHai Bà Trưng cũng vậy.";
    let found: Vec<_> = extract(text).iter().map(|e| e.text).collect();
    assert_eq!(found, ["Hai"], "{text:?}");
    // Inside a line, a capitalized number word is a name ("anh Sáu").
    assert!(extract("Gặp anh Sáu Phong ở chợ.").is_empty());
}

/// A number and its list marker alone on their line are read the same
/// whatever the next line holds (proptest found "15 ." against
/// "15 .⏎⏎USD": the capitalized word after the break had made it a list
/// item only when it was there).
#[test]
fn a_line_ending_in_a_list_marker_reads_the_same_whatever_follows() {
    for tail in ["", "\n\nUSD", "\n\nHà Nội", "\n\nkm", "\n\n20"] {
        for head in ["15 .", "1.", "3:"] {
            let text = format!("{head}{tail}");
            let before: Vec<_> = extract(&text)
                .iter()
                .filter(|e| e.end <= head.len())
                .map(|e| (e.start, e.end))
                .collect();
            assert!(before.is_empty(), "{text:?}: {before:?}");
        }
    }
    // A year ending a dateline's date is no list number.
    let found = extract("Singapore, 24-5- 2013.\n\n(SGGPO)");
    assert!(found.iter().any(|e| e.text == "2013"), "{found:?}");
}
