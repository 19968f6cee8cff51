//! The parse errors say what failed and at which byte.

use vietnorm::number::{
    parse_money, parse_number, parse_number_prefix, parse_ordinal, parse_percent,
};

fn number(text: &str) -> (usize, String) {
    let err = parse_number(text).unwrap_err();
    (err.offset(), err.to_string())
}

#[test]
fn blank_input_is_named_as_such() {
    for text in ["", "   "] {
        assert_eq!(
            number(text),
            (0, "no number: the input is empty or blank (byte 0)".into())
        );
        assert_eq!(parse_number_prefix(text).unwrap_err().offset(), 0);
    }
}

#[test]
fn a_word_with_nothing_after_it_points_at_the_end() {
    // "khoảng" is 8 bytes: the number is missing at its end, not "empty".
    assert_eq!(
        number("khoảng"),
        (8, "input ends at byte 8 where a number must follow".into())
    );
    let err = parse_money("hơn").unwrap_err();
    assert_eq!(err.offset(), 4);
    assert_eq!(
        err.to_string(),
        "input ends at byte 4 where a number must follow"
    );
    let err = parse_ordinal("thứ").unwrap_err();
    assert_eq!(err.offset(), 5);
    assert_eq!(
        err.to_string(),
        "input ends at byte 5 where a number must follow"
    );
}

#[test]
fn a_number_without_a_rank_word_is_not_an_ordinal() {
    let err = parse_ordinal("83,5 triệu").unwrap_err();
    assert_eq!(err.offset(), 0);
    assert_eq!(
        err.to_string(),
        "`83,5` at byte 0 does not start an ordinal (`thứ …`, `hạng …`)"
    );
}

#[test]
fn other_failures_name_the_token_or_the_missing_unit() {
    assert_eq!(number("5 -"), (2, "unexpected `-` at byte 2".into()));
    assert_eq!(
        number("USD"),
        (0, "`USD` at byte 0 does not start a number".into())
    );
    assert_eq!(
        parse_money("83,5 triệu").unwrap_err().to_string(),
        "no currency at byte 12"
    );
    assert_eq!(
        parse_percent("5,2").unwrap_err().to_string(),
        "no `%` or `phần trăm` at byte 3"
    );
    assert_eq!(
        number("99999999999999999999999999999999999999999"),
        (0, "number too large at byte 0".into())
    );
}
