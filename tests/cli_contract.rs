//! The `vietnorm` example program against ../shared/CONTRACT.md: every
//! example the contract gives, the usage-error rules and the JSON-lines shape.
//!
//! `cargo test` builds the examples before it runs integration tests, so the
//! binary sits in `target/<profile>/examples/` beside this test's own folder.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn binary() -> PathBuf {
    let mut path = std::env::current_exe().expect("test executable path");
    path.pop(); // the test binary
    if path.ends_with("deps") {
        path.pop();
    }
    path.join("examples")
        .join(format!("vietnorm{}", std::env::consts::EXE_SUFFIX))
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the vietnorm example is built by `cargo test`");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

fn stdout_of(args: &[&str], stdin: &str) -> String {
    let out = run(args, stdin.as_bytes());
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn json_lines(args: &[&str], stdin: &str) -> Vec<serde_json::Value> {
    stdout_of(args, stdin)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("valid JSON in the test")
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    for args in [
        &["frobnicate"][..],
        &["normalize", "--bogus"],
        &["parse", "colour"],
        &["decode", "--from", "ebcdic"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    }
}

#[test]
fn help_everywhere() {
    for args in [
        &["--help"][..],
        &["normalize", "--help"],
        &["parse", "--help"],
        &["extract", "--help"],
        &["article", "--help"],
        &["decode", "--help"],
    ] {
        let out = run(args, b"");
        assert!(out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("usage"),
            "{args:?}"
        );
    }
}

#[test]
fn non_utf8_input_is_a_usage_error_where_utf8_is_required() {
    let out = run(&["normalize"], b"H\xb5 N\xe9i");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn normalize_default_and_options() {
    assert_eq!(stdout_of(&["normalize"], "hoà bình"), "hòa bình");
    assert_eq!(
        stdout_of(&["normalize", "--tone", "new"], "hòa bình"),
        "hoà bình"
    );
    assert_eq!(
        stdout_of(&["normalize", "--tone", "keep"], "hoà hòa"),
        "hoà hòa"
    );
    assert_eq!(
        stdout_of(&["normalize", "--ascii"], "Đường Hồ Chí Minh"),
        "Duong Ho Chi Minh"
    );
    assert_eq!(
        stdout_of(&["normalize", "--slug"], "Hà Nội 2025").trim_end(),
        "ha-noi-2025"
    );
}

#[test]
fn parse_contract_examples() {
    assert_eq!(
        json_lines(&["parse", "number"], "hai mươi mốt\n"),
        vec![json(r#"{"input":"hai mươi mốt","value":"21"}"#)]
    );
    assert_eq!(
        json_lines(&["parse", "money"], "83,5 triệu USD\n"),
        vec![json(
            r#"{"input":"83,5 triệu USD","amount":"83500000","currency":"USD"}"#
        )]
    );
    assert_eq!(
        json_lines(&["parse", "percent"], "5,2%\n"),
        vec![json(r#"{"input":"5,2%","value":"5.2"}"#)]
    );
    assert_eq!(
        json_lines(&["parse", "date"], "Thứ Tư, 29/10/2025\n"),
        vec![json(
            r#"{"input":"Thứ Tư, 29/10/2025","year":2025,"month":10,"day":29,"weekday":3}"#
        )]
    );
    assert_eq!(
        json_lines(&["parse", "time"], "14h30\n"),
        vec![json(r#"{"input":"14h30","hour":14,"minute":30}"#)]
    );
    assert_eq!(
        json_lines(&["parse", "date"], "2024 – 2028\n"),
        vec![json(
            r#"{"input":"2024 – 2028","from":{"year":2024},"to":{"year":2028}}"#
        )]
    );
}

/// A comparison sign before a quantity is its qualifier in `extract`
/// (CONTRACT.md, "Optional fields": `qualifier`).
#[test]
fn a_comparison_sign_is_a_qualifier_in_extract() {
    let found = json_lines(&["extract"], "Dự án sử dụng ≥ 500 lao động.");
    assert_eq!(
        found,
        vec![json(
            r#"{"kind":"number","start":21,"end":28,"text":"≥ 500","value":"500","qualifier":"at_least"}"#
        )]
    );
}

/// A bound's own qualifier (CONTRACT.md, "Optional fields"): `min_qualifier`
/// and `max_qualifier` beside `min` and `max`, in `parse` and `extract`.
#[test]
fn bound_qualifiers_of_the_contract() {
    assert_eq!(
        json_lines(&["parse", "money"], "từ 2 triệu đến dưới 50 triệu đồng\n"),
        vec![json(
            r#"{"input":"từ 2 triệu đến dưới 50 triệu đồng","min":"2000000","max":"50000000","max_qualifier":"less_than","currency":"VND"}"#
        )]
    );
    assert_eq!(
        json_lines(&["parse", "money"], "từ trên 1 tỷ đến 10 tỷ đồng\n"),
        vec![json(
            r#"{"input":"từ trên 1 tỷ đến 10 tỷ đồng","min":"1000000000","max":"10000000000","min_qualifier":"more_than","currency":"VND"}"#
        )]
    );
    // The whole interval's qualifier stays `qualifier`.
    assert_eq!(
        json_lines(&["parse", "percent"], "khoảng 5-7%\n"),
        vec![json(
            r#"{"input":"khoảng 5-7%","min":"5","max":"7","qualifier":"about"}"#
        )]
    );
    let found = json_lines(&["extract"], "Kỳ hạn từ 12 đến dưới 24 tháng.");
    assert_eq!(
        found,
        vec![json(
            r#"{"kind":"duration","start":11,"end":43,"text":"từ 12 đến dưới 24 tháng","min":"12","max":"24","max_qualifier":"less_than","unit":"month"}"#
        )]
    );
}

#[test]
fn parse_datetime_examples() {
    assert_eq!(
        json_lines(
            &["parse", "datetime"],
            "15 giờ 30 ngày 13-5-2013\nsáng 29/10\nThứ Tư, 29/10/2025, 14:30 (GMT+7)\n"
        ),
        vec![
            json(
                r#"{"input":"15 giờ 30 ngày 13-5-2013","year":2013,"month":5,"day":13,"hour":15,"minute":30}"#
            ),
            json(r#"{"input":"sáng 29/10","month":10,"day":29,"part_of_day":"morning"}"#),
            json(
                r#"{"input":"Thứ Tư, 29/10/2025, 14:30 (GMT+7)","year":2025,"month":10,"day":29,"weekday":3,"hour":14,"minute":30,"utc_offset":"+07:00"}"#
            ),
        ]
    );
    assert_eq!(
        json_lines(&["parse", "datetime"], "từ 8h đến 17h ngày 5/6\n"),
        vec![json(
            r#"{"input":"từ 8h đến 17h ngày 5/6","from":{"month":6,"day":5,"hour":8},"to":{"month":6,"day":5,"hour":17}}"#
        )]
    );
    // Relative: an error without a reference, resolved with one.
    let without = json_lines(&["parse", "datetime"], "10 giờ sáng nay\n");
    assert!(
        without[0]["error"]
            .as_str()
            .is_some_and(|e| e.contains("reference"))
    );
    assert_eq!(
        json_lines(
            &["parse", "datetime", "--reference", "2025-10-29"],
            "10 giờ sáng nay\n"
        ),
        vec![json(
            r#"{"input":"10 giờ sáng nay","year":2025,"month":10,"day":29,"hour":10,"part_of_day":"morning"}"#
        )]
    );
}

#[test]
fn end_of_day_and_ranges_ending_on_a_date() {
    // Hour 24 with minute 0 is the end of the day, 24:00 (ISO 8601).
    assert_eq!(
        json_lines(
            &["parse", "datetime"],
            "24 giờ ngày 13/2\ntừ 0 giờ ngày 3/6 đến hết ngày 31/7\n"
        ),
        vec![
            json(r#"{"input":"24 giờ ngày 13/2","month":2,"day":13,"hour":24,"minute":0}"#),
            json(
                r#"{"input":"từ 0 giờ ngày 3/6 đến hết ngày 31/7","from":{"month":6,"day":3,"hour":0},"to":{"month":7,"day":31}}"#
            ),
        ]
    );
    assert_eq!(
        json_lines(&["parse", "time"], "24h\n24h30\n")[0],
        json(r#"{"input":"24h","hour":24,"minute":0}"#)
    );
    assert!(json_lines(&["parse", "time"], "24h30\n")[0]["error"].is_string());
    let lines: Vec<String> = stdout_of(
        &["extract"],
        "Cấm xe từ 7h ngày 1/6 đến ngày 5/6, mở cửa đến 24h; kết quả có trong 24 giờ.",
    )
    .lines()
    .map(String::from)
    .collect();
    assert_eq!(
        lines,
        [
            r#"{"start":9,"end":43,"text":"từ 7h ngày 1/6 đến ngày 5/6","kind":"datetime","from":{"month":6,"day":1,"hour":7},"to":{"month":6,"day":5}}"#,
            r#"{"start":63,"end":66,"text":"24h","kind":"time","hour":24,"minute":0}"#,
            r#"{"start":90,"end":98,"text":"24 giờ","kind":"duration","value":"24","unit":"hour"}"#,
        ]
    );
}

#[test]
fn extract_datetime_is_one_entity() {
    let text = "Vụ việc xảy ra lúc 15 giờ 30 ngày 13-5-2013; sáng 14/5 có kết luận.";
    let lines: Vec<String> = stdout_of(&["extract"], text)
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(
        lines,
        [
            r#"{"start":26,"end":53,"text":"15 giờ 30 ngày 13-5-2013","kind":"datetime","year":2013,"month":5,"day":13,"hour":15,"minute":30}"#,
            r#"{"start":55,"end":65,"text":"sáng 14/5","kind":"datetime","month":5,"day":14,"part_of_day":"morning"}"#,
        ]
    );
}

#[test]
fn extract_datetime_takes_a_zone_written_after_it() {
    // "20h ngày 10/6 (giờ Hà Nội)": the zone after the date is the time's
    // offset and in the span, as "14:30 (GMT+7)" is.
    assert_eq!(
        stdout_lines(&["extract"], "Trận đấu lúc 20h ngày 10/6 (giờ Hà Nội)."),
        [
            r#"{"start":19,"end":51,"text":"20h ngày 10/6 (giờ Hà Nội)","kind":"datetime","month":6,"day":10,"hour":20,"utc_offset":"+07:00"}"#
        ]
    );
}

#[test]
fn parse_qualifiers_and_intervals() {
    let lines = json_lines(
        &["parse", "money"],
        "hơn 10 tỷ đồng\ntừ 5 đến 7 triệu đồng\n",
    );
    assert_eq!(lines[0]["qualifier"], "more_than");
    assert_eq!(lines[0]["amount"], "10000000000");
    assert_eq!(lines[0]["currency"], "VND");
    assert_eq!(lines[1]["min"], "5000000");
    assert_eq!(lines[1]["max"], "7000000");
}

#[test]
fn parse_failure_is_data() {
    let lines = json_lines(&["parse", "number"], "con mèo\n21\n");
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["input"], "con mèo");
    assert!(lines[0]["error"].is_string());
    assert_eq!(lines[1]["value"], "21");
}

#[test]
fn relative_dates_need_a_reference() {
    let without = json_lines(&["parse", "date"], "hôm qua\n");
    assert!(
        without[0]["error"]
            .as_str()
            .is_some_and(|e| e.contains("reference"))
    );
    let with = json_lines(&["parse", "date", "--reference", "2025-10-29"], "hôm qua\n");
    assert_eq!(with[0]["year"], 2025);
    assert_eq!(with[0]["month"], 10);
    assert_eq!(with[0]["day"], 28);
}

#[test]
fn extract_spans_index_the_input() {
    let text = "Giá tăng 5,2% lên 83,5 triệu USD vào ngày 29/10/2025 lúc 14h30.";
    let entities = json_lines(&["extract"], text);
    let kinds: Vec<&str> = entities
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    // "ngày 29/10/2025 lúc 14h30" is one date-time.
    assert_eq!(kinds, ["percent", "money", "datetime"]);
    let mut last_end = 0;
    for e in &entities {
        let (start, end) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert!(start >= last_end);
        assert_eq!(&text[start..end], e["text"].as_str().unwrap());
        last_end = end;
    }
    assert_eq!(entities[1]["amount"], "83500000");
}

#[test]
fn extract_durations_in_smallest_unit() {
    let entities = json_lines(&["extract"], "Cuộc họp kéo dài 1 giờ 20 phút.");
    assert_eq!(entities.len(), 1);
    assert_eq!(entities[0]["kind"], "duration");
    assert_eq!(entities[0]["value"], "80");
    assert_eq!(entities[0]["unit"], "minute");
}

#[test]
fn article_dateline_byline_body() {
    let text = "TTO - Sáng nay, thành phố khai trương tuyến xe buýt mới nối hai quận.\n\
                Tuyến xe chạy từ 5h đến 22h mỗi ngày.\n\
                Minh Anh";
    let v = json_lines(&["article"], text);
    assert_eq!(v.len(), 1);
    let a = &v[0];
    assert_eq!(a["dateline"]["label"], "TTO");
    assert_eq!(a["dateline"]["outlet"], "Tuổi Trẻ");
    assert_eq!(a["dateline"]["start"], 0);
    assert_eq!(a["byline"]["authors"], json(r#"["Minh Anh"]"#));
    let body_start = a["body"]["start"].as_u64().unwrap() as usize;
    let body_end = a["body"]["end"].as_u64().unwrap() as usize;
    assert!(text[body_start..body_end].starts_with("Sáng nay"));
}

#[test]
fn article_byline_rules_of_the_contract() {
    // A channel gives its publication; the text credit is an author.
    let v = json_lines(
        &["article"],
        "(VTV1) - Bản tin phát lúc 19 giờ.\nTin, ảnh: Minh Thu",
    );
    assert_eq!(v[0]["dateline"]["outlet"], "VTV");
    assert_eq!(v[0]["byline"]["authors"], json(r#"["Minh Thu"]"#));
    // Furniture after the byline is in neither part.
    let text = "Trời mưa cả ngày.\nMinh Anh\nTIN BÀI LIÊN QUAN\nMưa lớn ở ngoại thành";
    let v = json_lines(&["article"], text);
    assert_eq!(v[0]["byline"]["text"], "Minh Anh");
    assert_eq!(v[0]["body"]["end"], "Trời mưa cả ngày.".len());
    // A byline on the first line of the body comes before it.
    let text = "Bài và ảnh: HOÀNG HÙNG\nCây cầu mới đã thông xe.";
    let v = json_lines(&["article"], text);
    assert_eq!(v[0]["byline"]["start"], 0);
    assert!(v[0]["body"]["start"].as_u64().unwrap() > v[0]["byline"]["end"].as_u64().unwrap());
    // The end mark alone is not a byline.
    let v = json_lines(&["article"], "Trời mưa cả ngày./.");
    assert!(v[0]["byline"].is_null());
    // A tag opening a lead appended at the end is the dateline, after the
    // body and the byline.
    let text = "Hội vật kéo dài hai ngày.\nMinh Anh\n\n\n\nGD&TĐ - Ngày 6/2, hội vật đã khai mạc.";
    let v = json_lines(&["article"], text);
    assert_eq!(v[0]["dateline"]["label"], "GD&TĐ");
    assert_eq!(v[0]["byline"]["text"], "Minh Anh");
    let d_start = v[0]["dateline"]["start"].as_u64().unwrap();
    assert!(d_start > v[0]["byline"]["end"].as_u64().unwrap());
    assert_eq!(v[0]["body"]["end"], "Hội vật kéo dài hai ngày.".len());
}

#[test]
fn article_without_dateline_or_byline_gives_null() {
    let v = json_lines(&["article"], "Một câu bình thường kết thúc bài viết.");
    assert!(v[0]["dateline"].is_null());
    assert!(v[0]["byline"].is_null());
}

#[test]
fn decode_tcvn3_and_auto() {
    // "Hà Nội" in TCVN3: H µ space N é i
    let out = run(&["decode", "--from", "tcvn3"], b"H\xb5 N\xe9i");
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Hà Nội");
    let auto = run(
        &["decode", "--from", "auto"],
        "Hà Nội là thủ đô của Việt Nam".as_bytes(),
    );
    assert!(auto.status.success());
    assert!(String::from_utf8_lossy(&auto.stderr).contains("encoding: "));
}

#[test]
fn no_input_no_panic() {
    for args in [
        &["normalize"][..],
        &["parse", "number"],
        &["parse", "date"],
        &["extract"],
        &["article"],
        &["decode", "--from", "auto"],
    ] {
        let out = run(args, b"");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn parse_measures_fractions_and_rates() {
    assert_eq!(
        json_lines(&["parse", "measure"], "3kg\n8 tạ/ha\n35 độ C\nhơn 2 tấn\n"),
        vec![
            json(r#"{"input":"3kg","value":"3","unit":"kg","si_value":"3","si_unit":"kg"}"#),
            json(
                r#"{"input":"8 tạ/ha","value":"8","unit":"tạ","per":"ha","si_value":"0.08","si_unit":"kg/m²"}"#
            ),
            json(r#"{"input":"35 độ C","value":"35","unit":"°C"}"#),
            json(
                r#"{"input":"hơn 2 tấn","value":"2","unit":"t","si_value":"2000","si_unit":"kg","qualifier":"more_than"}"#
            ),
        ]
    );
    assert_eq!(
        json_lines(&["parse", "measure"], "từ 3 đến 5 ha\n"),
        vec![json(
            r#"{"input":"từ 3 đến 5 ha","min":"3","max":"5","unit":"ha","si_min":"30000","si_max":"50000","si_unit":"m²"}"#
        )]
    );
    assert_eq!(
        json_lines(&["parse", "fraction"], "một phần tư\n2 phần 3\n"),
        vec![
            json(r#"{"input":"một phần tư","numerator":"1","denominator":"4","value":"0.25"}"#),
            json(r#"{"input":"2 phần 3","numerator":"2","denominator":"3"}"#),
        ]
    );
    assert_eq!(
        json_lines(&["parse", "money"], "500 đồng/lít\n10 euros\nS$ 20\n"),
        vec![
            json(r#"{"input":"500 đồng/lít","amount":"500","currency":"VND","per":"l"}"#),
            json(r#"{"input":"10 euros","amount":"10","currency":"EUR"}"#),
            json(r#"{"input":"S$ 20","amount":"20","currency":"SGD"}"#),
        ]
    );
    assert_eq!(
        json_lines(&["parse", "percent"], "7%/năm\n"),
        vec![json(r#"{"input":"7%/năm","value":"7","per":"year"}"#)]
    );
    let failed = json_lines(&["parse", "measure"], "5 người\n");
    assert!(failed[0]["error"].is_string());
}

#[test]
fn extract_measures_and_fractions() {
    let text = "Xe chở 3kg gạo, giá 25.000 đồng/kg; 3/4 dân số; ngày 3/4.";
    let lines = json_lines(&["extract"], text);
    assert_eq!(
        lines[0],
        json(
            r#"{"start":9,"end":12,"text":"3kg","kind":"measure","value":"3","unit":"kg","si_value":"3","si_unit":"kg"}"#
        )
    );
    assert_eq!(
        lines[1],
        json(
            r#"{"start":25,"end":42,"text":"25.000 đồng/kg","kind":"money","amount":"25000","currency":"VND","per":"kg"}"#
        )
    );
    assert_eq!(
        lines[2],
        json(
            r#"{"start":44,"end":47,"text":"3/4","kind":"fraction","numerator":"3","denominator":"4","value":"0.75"}"#
        )
    );
    assert_eq!(lines[3]["kind"], "date");
    assert_eq!(lines.len(), 4);
}

/// Exact output lines of the fields issue 9 added: `inferred`, lunar dates,
/// time zones (CONTRACT.md, "parse KIND").
fn stdout_lines(args: &[&str], stdin: &str) -> Vec<String> {
    stdout_of(args, stdin).lines().map(String::from).collect()
}

#[test]
fn inferred_fields_exact_lines() {
    assert_eq!(
        stdout_lines(&["parse", "date", "--reference", "2025-11-02"], "29/10\n"),
        [r#"{"input":"29/10","year":2025,"month":10,"day":29,"inferred":["year"]}"#]
    );
    assert_eq!(
        stdout_lines(
            &["parse", "date", "--reference", "2025-10-29"],
            "thứ Hai\ntháng 3 tới\n20/12 vừa qua\n29/10/2024\n"
        ),
        [
            r#"{"input":"thứ Hai","year":2025,"month":10,"day":27,"weekday":1,"inferred":["year","month","day"]}"#,
            r#"{"input":"tháng 3 tới","year":2026,"month":3,"inferred":["year"]}"#,
            r#"{"input":"20/12 vừa qua","year":2024,"month":12,"day":20,"inferred":["year"]}"#,
            r#"{"input":"29/10/2024","year":2024,"month":10,"day":29}"#,
        ]
    );
    // Without a reference nothing is invented.
    assert_eq!(
        stdout_lines(&["parse", "date"], "29/10\n"),
        [r#"{"input":"29/10","month":10,"day":29}"#]
    );
    assert_eq!(
        stdout_lines(
            &["parse", "datetime", "--reference", "2025-10-29"],
            "sáng 2/11\n"
        ),
        [
            r#"{"input":"sáng 2/11","year":2025,"month":11,"day":2,"inferred":["year"],"part_of_day":"morning"}"#
        ]
    );
    assert_eq!(
        stdout_lines(
            &["parse", "date", "--reference", "2025-10-29"],
            "từ 20/12 đến 5/1\n"
        ),
        [
            r#"{"input":"từ 20/12 đến 5/1","from":{"year":2025,"month":12,"day":20,"inferred":["year"]},"to":{"year":2026,"month":1,"day":5,"inferred":["year"]}}"#
        ]
    );
    assert_eq!(
        stdout_lines(
            &["extract", "--reference", "2025-10-29"],
            "Hội nghị diễn ra ngày 5/11 tới."
        ),
        [
            r#"{"start":23,"end":33,"text":"ngày 5/11","kind":"date","year":2025,"month":11,"day":5,"inferred":["year"]}"#
        ]
    );
}

#[test]
fn lunar_dates_and_zones_exact_lines() {
    assert_eq!(
        stdout_lines(
            &["parse", "date"],
            "Tết Nguyên đán 2026\nGiỗ Tổ Hùng Vương năm 2025\nmùng 1 Tết\n"
        ),
        [
            r#"{"input":"Tết Nguyên đán 2026","year":2026,"month":2,"day":17}"#,
            r#"{"input":"Giỗ Tổ Hùng Vương năm 2025","year":2025,"month":4,"day":7}"#,
            r#"{"input":"mùng 1 Tết","calendar":"lunar","month":1,"day":1}"#,
        ]
    );
    // Without a year and without a reference a lunar date stays lunar, in
    // `parse` and in `extract`, ranges too.
    assert_eq!(
        stdout_lines(
            &["parse", "date"],
            "mùng 10 tháng Giêng\n23 tháng Chạp\nrằm tháng 7 âm lịch\ntừ 29 tháng Chạp đến mùng 5 Tết\n"
        ),
        [
            r#"{"input":"mùng 10 tháng Giêng","calendar":"lunar","month":1,"day":10}"#,
            r#"{"input":"23 tháng Chạp","calendar":"lunar","month":12,"day":23}"#,
            r#"{"input":"rằm tháng 7 âm lịch","calendar":"lunar","month":7,"day":15}"#,
            r#"{"input":"từ 29 tháng Chạp đến mùng 5 Tết","from":{"calendar":"lunar","month":12,"day":29},"to":{"calendar":"lunar","month":1,"day":5}}"#,
        ]
    );
    assert_eq!(
        stdout_lines(
            &["extract"],
            "Ngày 6/2 (tức mùng 10 tháng Giêng), chợ đông."
        ),
        [
            r#"{"start":0,"end":9,"text":"Ngày 6/2","kind":"date","month":2,"day":6}"#,
            r#"{"start":17,"end":39,"text":"mùng 10 tháng Giêng","kind":"date","calendar":"lunar","month":1,"day":10}"#,
        ]
    );
    // A date-time on a lunar date without its year stays lunar too, its
    // time and part of the day beside the lunar fields (date15 probe).
    assert_eq!(
        stdout_lines(
            &["parse", "datetime"],
            "đêm 30 Tết\n9 giờ sáng ngày 10 tháng Giêng\n"
        ),
        [
            r#"{"input":"đêm 30 Tết","calendar":"lunar","month":12,"day":30,"part_of_day":"night"}"#,
            r#"{"input":"9 giờ sáng ngày 10 tháng Giêng","calendar":"lunar","month":1,"day":10,"hour":9,"part_of_day":"morning"}"#,
        ]
    );
    assert_eq!(
        stdout_lines(&["extract"], "Đêm 30 Tết, cả nhà quây quần."),
        [
            r#"{"start":0,"end":14,"text":"Đêm 30 Tết","kind":"datetime","calendar":"lunar","month":12,"day":30,"part_of_day":"night"}"#
        ]
    );
    assert_eq!(
        stdout_lines(
            &["parse", "datetime", "--reference", "2025-10-29"],
            "đêm 30 Tết\n"
        ),
        [
            r#"{"input":"đêm 30 Tết","year":2026,"month":2,"day":16,"inferred":["year"],"part_of_day":"night"}"#
        ]
    );
    assert_eq!(
        stdout_lines(
            &["parse", "date", "--reference", "2025-10-29"],
            "mùng 10 tháng Giêng\n"
        ),
        [r#"{"input":"mùng 10 tháng Giêng","year":2026,"month":2,"day":26,"inferred":["year"]}"#]
    );
    assert_eq!(
        stdout_lines(
            &["parse", "date", "--reference", "2025-10-29"],
            "mùng 1 Tết\n"
        ),
        [r#"{"input":"mùng 1 Tết","year":2026,"month":2,"day":17,"inferred":["year"]}"#]
    );
    assert_eq!(
        stdout_lines(&["parse", "time"], "14h CET\n20h (giờ Hà Nội)\n15h CST\n"),
        [
            r#"{"input":"14h CET","hour":14,"utc_offset":"+01:00"}"#,
            r#"{"input":"20h (giờ Hà Nội)","hour":20,"utc_offset":"+07:00"}"#,
            r#"{"input":"15h CST","error":"the time zone in the time at byte 0 is ambiguous (CST, IST and BST each name several zones): write the UTC offset"}"#,
        ]
    );
    assert_eq!(
        stdout_lines(&["extract"], "Ông gắn bó hơn hai thập kỷ."),
        [
            r#"{"start":15,"end":35,"text":"hơn hai thập kỷ","kind":"duration","value":"20","unit":"year","qualifier":"more_than"}"#
        ]
    );
    assert_eq!(
        stdout_lines(&["extract"], "Lãi tăng sau ba quý."),
        [r#"{"start":15,"end":22,"text":"ba quý","kind":"duration","value":"9","unit":"month"}"#]
    );
}

/// Exact output lines of the field the money16 probe added: `and_per`, the
/// second thing a rate per two things is per ("đồng/hộ/tháng"), after
/// `per` (the first, unchanged); absent from a rate per one thing.
#[test]
fn a_rate_per_two_things_exact_lines() {
    let text =
        "Trợ cấp 200.000 đồng/hộ/tháng, phòng 1 triệu đồng/phòng/đêm, lương 5 triệu đồng/tháng.";
    assert_eq!(
        stdout_lines(&["extract"], text),
        [
            r#"{"start":12,"end":39,"text":"200.000 đồng/hộ/tháng","kind":"money","amount":"200000","currency":"VND","per":"hộ","and_per":"month"}"#,
            r#"{"start":48,"end":78,"text":"1 triệu đồng/phòng/đêm","kind":"money","amount":"1000000","currency":"VND","per":"phòng","and_per":"đêm"}"#,
            r#"{"start":88,"end":112,"text":"5 triệu đồng/tháng","kind":"money","amount":"5000000","currency":"VND","per":"month"}"#,
        ]
    );
    assert_eq!(
        stdout_lines(&["parse", "money"], "từ 3 đến 5 triệu đồng/phòng/tháng\n"),
        [
            r#"{"input":"từ 3 đến 5 triệu đồng/phòng/tháng","min":"3000000","max":"5000000","currency":"VND","per":"phòng","and_per":"month"}"#
        ]
    );
}

/// Exact output lines of `per_count` (opening the twenty-third blind set):
/// the number of units a rate is per, after `per`, for money, percents
/// and measures; absent from a rate per one unit.
#[test]
fn a_rate_per_a_number_of_units_exact_lines() {
    let text = "Phí 810.000đ/3 tháng, mưa 100mm/6 giờ, tăng 15%/3 năm.";
    assert_eq!(
        stdout_lines(&["extract"], text),
        [
            r#"{"start":5,"end":23,"text":"810.000đ/3 tháng","kind":"money","amount":"810000","currency":"VND","per":"month","per_count":3}"#,
            r#"{"start":30,"end":43,"text":"100mm/6 giờ","kind":"measure","value":"100","unit":"mm","per":"h","per_count":6}"#,
            r#"{"start":51,"end":61,"text":"15%/3 năm","kind":"percent","value":"15","per":"year","per_count":3}"#,
        ]
    );
    assert_eq!(
        stdout_lines(&["parse", "money"], "810.000đ/3 tháng\n"),
        [
            r#"{"input":"810.000đ/3 tháng","amount":"810000","currency":"VND","per":"month","per_count":3}"#
        ]
    );
}

/// Exact output lines of the field the anchor1 probe added: `anchor`, the
/// span of the date an anchored date ("Cùng ngày", "16 giờ cùng ngày",
/// "năm trước đó") was resolved from.
#[test]
fn anchored_dates_exact_lines() {
    let text = "Sáng 12/5, mưa lớn. Cùng ngày, đường ngập. Khoảng 16 giờ cùng ngày, xe lật.";
    assert_eq!(
        stdout_lines(&["extract"], text),
        [
            r#"{"start":0,"end":10,"text":"Sáng 12/5","kind":"datetime","month":5,"day":12,"part_of_day":"morning"}"#,
            r#"{"start":24,"end":35,"text":"Cùng ngày","kind":"date","month":5,"day":12,"anchor":{"start":0,"end":10}}"#,
            r#"{"start":55,"end":84,"text":"Khoảng 16 giờ cùng ngày","kind":"datetime","month":5,"day":12,"hour":16,"qualifier":"about","anchor":{"start":24,"end":35}}"#,
        ]
    );
    assert_eq!(
        stdout_lines(&["extract"], "Năm 2016 tăng 5% so với năm trước đó."),
        [
            r#"{"start":0,"end":9,"text":"Năm 2016","kind":"date","year":2016}"#,
            r#"{"start":16,"end":18,"text":"5%","kind":"percent","value":"5"}"#,
            r#"{"start":28,"end":46,"text":"năm trước đó","kind":"date","year":2015,"anchor":{"start":0,"end":9}}"#,
        ]
    );
    // A relative anchor: with a reference only.
    let text = "Sáng nay mưa. Chiều cùng ngày, đường ngập.";
    assert!(stdout_lines(&["extract"], text).is_empty());
    assert_eq!(
        stdout_lines(&["extract", "--reference", "2025-10-29"], text),
        [
            r#"{"start":0,"end":9,"text":"Sáng nay","kind":"datetime","year":2025,"month":10,"day":29,"part_of_day":"morning"}"#,
            r#"{"start":16,"end":35,"text":"Chiều cùng ngày","kind":"datetime","year":2025,"month":10,"day":29,"part_of_day":"afternoon","anchor":{"start":0,"end":9}}"#,
        ]
    );
}
