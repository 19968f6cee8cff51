//! Property tests for the news parser: no panics, exact spans in order on
//! character boundaries, and bounded windows (what lies far from the head
//! or the tail does not change the dateline or the byline).

use proptest::prelude::*;
use vietnorm::news::{Article, parse_article, parse_byline, parse_dateline};

/// Text made of the pieces datelines and bylines are built from, so that
/// the parser's branches are reached often.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("TTO - ".to_owned()),
        Just("(VOV) -".to_owned()),
        Just("(SGGPO).- ".to_owned()),
        Just("Hà Nội, 29/10 (TTXVN) - ".to_owned()),
        Just("date 2025-10-29 ".to_owned()),
        Just("QUẢNG NAM- ".to_owned()),
        Just("./.".to_owned()),
        Just("Vũ Anh Minh (TTXVN)".to_owned()),
        Just("Theo VnExpress".to_owned()),
        Just("(Theo Reuters)".to_owned()),
        Just("Ảnh: ".to_owned()),
        Just("Tin, ảnh: ".to_owned()),
        Just("T.L.".to_owned()),
        Just(" - ".to_owned()),
        Just("PV".to_owned()),
        Just("\n".to_owned()),
        Just(".".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("/".to_owned()),
        Just("\u{a0}".to_owned()),
        "[A-ZĐẢa-zđạươ ]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

/// Checks the invariants of one result.
fn check(text: &str, a: &Article<'_>) {
    let on_boundary = |i: usize| text.is_char_boundary(i);
    assert!(a.body.start <= a.body.end && a.body.end <= text.len());
    assert!(on_boundary(a.body.start) && on_boundary(a.body.end));
    if let Some(d) = &a.dateline {
        assert!(d.start < d.end && d.end <= a.body.start);
        assert_eq!(text.get(d.start..d.end), Some(d.text));
        if let Some(label) = d.label {
            assert!(d.text.contains(label));
        }
    }
    if let Some(b) = &a.byline {
        assert!(a.body.end <= b.start && b.start < b.end && b.end <= text.len());
        assert_eq!(text.get(b.start..b.end), Some(b.text));
        // A byline ends the text: only spaces may follow it.
        assert!(text[b.end..].trim().is_empty(), "{:?}", &text[b.end..]);
        for name in &b.authors {
            assert!(b.text.contains(name));
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let a = parse_article(&text);
        check(&text, &a);
    }

    #[test]
    fn newsy_text_keeps_the_invariants(text in newsy()) {
        let a = parse_article(&text);
        check(&text, &a);
    }

    #[test]
    fn the_tail_does_not_change_the_dateline(head in newsy(), tail in newsy()) {
        // Far from the head (past the head window), nothing matters.
        let filler = "lời ".repeat(200);
        let short = format!("{head}{filler}");
        let long = format!("{head}{filler}{tail}");
        prop_assert_eq!(parse_dateline(&short), parse_dateline(&long));
    }

    #[test]
    fn the_head_does_not_change_the_byline(head in newsy(), tail in newsy()) {
        let filler = " lời".repeat(200);
        let short = format!("{filler}{tail}");
        let long = format!("{head}{filler}{tail}");
        let shift = head.len();
        let a = parse_byline(&short);
        let b = parse_byline(&long);
        prop_assert_eq!(a.is_some(), b.is_some());
        if let (Some(a), Some(b)) = (a, b) {
            prop_assert_eq!(a.start + shift, b.start);
            prop_assert_eq!(a.text, b.text);
            prop_assert_eq!(a.authors, b.authors);
            prop_assert_eq!(a.credits, b.credits);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn long_articles_parse_in_bounded_time(body in "[a-zđư .,]{100,400}", n in 500usize..2_000) {
        let text = format!("TTO - Trời {} mưa.Minh Anh (TTXVN)", body.repeat(n));
        let start = std::time::Instant::now();
        let a = parse_article(&text);
        prop_assert!(start.elapsed() < std::time::Duration::from_millis(50));
        prop_assert_eq!(a.byline.map(|b| b.authors), Some(vec!["Minh Anh"]));
        prop_assert_eq!(a.dateline.and_then(|d| d.label), Some("TTO"));
    }
}
