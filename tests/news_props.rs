//! Property tests for the news parser: no panics, exact spans in order on
//! character boundaries, and bounded windows (what lies far from the head
//! or the tail does not change the dateline or the byline).

#[path = "support/tsv_escape.rs"]
mod tsv_escape;
use tsv_escape::unescape;

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
        Just("Email Print Góp ý".to_owned()),
        Just("\n\n\n".to_owned()),
        Just("\n\n\n\nGD&TĐ - ".to_owned()),
        Just(" >> ".to_owned()),
        Just("TIN BÀI LIÊN QUAN".to_owned()),
        Just("| 29/09/2017 08:20".to_owned()),
        Just("\nBài 2: ".to_owned()),
        Just("Tin, ảnh: ".to_owned()),
        Just("Nhóm PV ".to_owned()),
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
        // At the head, or opening a lead appended after the body.
        assert!(d.start < d.end && (d.end <= a.body.start || a.body.end <= d.start));
        assert_eq!(text.get(d.start..d.end), Some(d.text));
        if let Some(label) = d.label {
            assert!(d.text.contains(label));
        }
    }
    if let Some(b) = &a.byline {
        assert!(b.start < b.end && b.end <= text.len());
        assert_eq!(text.get(b.start..b.end), Some(b.text));
        // At the top of the body (before it) or at the end (after it).
        let at_top = b.end <= a.body.start;
        assert!(at_top || a.body.end <= b.start);
        if let Some(d) = &a.dateline {
            assert!(d.end <= b.start || b.end <= d.start);
        }
        // A byline ends the text: only spaces, or what a crawler left
        // after it (page residue, a repeated lead, related links), may
        // follow it, and that only within the furniture window.
        let after = text[b.end..].trim();
        assert!(
            at_top || after.is_empty() || text.len() - b.end <= 3000,
            "{after:?}"
        );
        // It names someone or something: `./.` alone is no byline.
        assert!(
            !b.authors.is_empty()
                || b.agency.is_some()
                || b.source.is_some()
                || !b.credits.is_empty(),
            "{:?}",
            b.text
        );
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
        let filler = "lời ".repeat(300);
        let short = format!("{head}{filler}");
        let long = format!("{head}{filler}{tail}");
        prop_assert_eq!(parse_dateline(&short), parse_dateline(&long));
    }

    #[test]
    fn the_head_does_not_change_the_byline(head in newsy(), tail in newsy()) {
        // Past the furniture window (3,000 bytes) nothing matters.
        let filler = " lời".repeat(700);
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

/// A mix of the spaces files end with: space, LF, CRLF, tab, no-break space.
fn trailing_space() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" "),
        Just("\n"),
        Just("\r\n"),
        Just("\t"),
        Just("\u{a0}"),
    ];
    prop::collection::vec(piece, 1..8).prop_map(|v| v.concat())
}

/// Article-shaped text: an optional tag, sentences, an optional blank line
/// or line break, and a byline of the usual forms.
fn article() -> impl Strategy<Value = String> {
    let dateline = prop_oneof![
        Just(""),
        Just("TTO - "),
        Just("(VOV) - "),
        Just("Hà Nội, 29/10 (TTXVN) - "),
        Just("Tin trong ngày\nTTO - "),
    ];
    let sentence = prop_oneof![
        Just("Trời mưa cả ngày."),
        Just("Người dân đã về nhà an toàn."),
        Just("Giá vàng tăng 83,5 triệu đồng."),
        Just("Câu cuối cùng ở đây"),
    ];
    let gap = prop_oneof![
        Just(""),
        Just(" "),
        Just("\n"),
        Just("\n\n"),
        Just("\r\n"),
        Just("\r\n\r\n")
    ];
    let byline = prop_oneof![
        Just(""),
        Just("Minh Anh"),
        Just("Minh Anh - Ngọc Thắng"),
        Just("HOÀNG AN"),
        Just("T.L."),
        Just("./.Vũ Anh Minh (TTXVN)"),
        Just("Minh Anh\nẢnh: Ngọc Thắng"),
        Just("Minh Anh\r\nẢnh: Ngọc Thắng"),
        Just("Theo VnExpress"),
        Just("PV"),
        Just("Viết Lam (Tổng hợp)"),
        Just("Hà Nội"),
        Just("Tin, ảnh: Minh Thu (TTXVN)"),
        Just("Minh Anh\n\n\n\nMột đoạn dẫn lặp lại ở cuối."),
        Just("Ngọc Bích >> Quan điểm của bạn thế nào?"),
        Just("./."),
    ];
    (dateline, prop::collection::vec(sentence, 0..4), gap, byline)
        .prop_map(|(d, s, g, b)| format!("{d}{}{g}{b}", s.join(" ")))
}

/// The parts of `text` must not change when `tail` (spaces only) is
/// appended: same dateline, byline (spans, text, fields) and body.
fn same_without_trailing_space(text: &str, tail: &str) -> Result<(), TestCaseError> {
    let longer = format!("{text}{tail}");
    let (a, b) = (parse_article(text), parse_article(&longer));
    prop_assert_eq!(&a, &b, "{:?} + {:?}", text, tail);
    prop_assert_eq!(parse_byline(text), parse_byline(&longer));
    prop_assert_eq!(parse_dateline(text), parse_dateline(&longer));
    Ok(())
}

proptest! {
    #[test]
    fn trailing_space_changes_no_part_of_an_article(text in article(), tail in trailing_space()) {
        same_without_trailing_space(&text, &tail)?;
    }

    #[test]
    fn trailing_space_changes_no_part_of_newsy_text(text in newsy(), tail in trailing_space()) {
        same_without_trailing_space(&text, &tail)?;
    }

    #[test]
    fn trailing_space_changes_no_part_of_any_text(text in any::<String>(), tail in trailing_space()) {
        same_without_trailing_space(&text, &tail)?;
    }
}

/// Every input of the case files, with every kind of trailing space.
#[test]
fn trailing_space_changes_no_part_of_the_fixtures() {
    let files = [
        include_str!("data/news_fixtures.tsv"),
        include_str!("data/datelines.tsv"),
    ];
    let tails = ["\n", " ", "\r\n", "\t", "\u{a0}", "\n\n", " \r\n\t\u{a0}\n"];
    let mut checked = 0;
    for file in files {
        for input in file
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split('\t').nth(3))
        {
            let input = unescape(input);
            for tail in tails {
                if let Err(e) = same_without_trailing_space(&input, tail) {
                    panic!("{e}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 2_000, "{checked}");
}
