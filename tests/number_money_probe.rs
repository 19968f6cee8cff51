//! Values `extract` gives for the forms of the money and measures probe
//! (issue 8): an amount a currency, unit or percent sign written once for
//! two numbers applies to, with and without a scale word. Our own
//! sentences; each entity written `text => value unit[/[count ]per[/and_per]]`.

use vietnorm::extract::extract;

fn compact(input: &str) -> Vec<String> {
    extract(input)
        .iter()
        .map(|e| {
            let v = serde_json::to_value(e).expect("an entity serializes");
            let field = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
            let amount = field("amount")
                .or_else(|| field("value"))
                .or_else(|| Some(format!("{}..{}", field("min")?, field("max")?)))
                .unwrap_or_default();
            let unit = field("currency").or_else(|| field("unit"));
            let mut s = format!("{} => {amount}", e.text);
            if let Some(u) = unit {
                s.push(' ');
                s.push_str(&u);
            }
            let count = v.get("per_count").and_then(|c| c.as_u64());
            for (k, p) in [field("per"), field("and_per")]
                .into_iter()
                .flatten()
                .enumerate()
            {
                s.push('/');
                if let (0, Some(c)) = (k, count) {
                    s.push_str(&format!("{c} "));
                }
                s.push_str(&p);
            }
            s
        })
        .collect()
}

#[test]
fn a_unit_written_once_for_two_numbers() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Giá là 447 và 561 USD.",
            &["447 => 447 USD", "561 USD => 561 USD"],
        ),
        (
            "Chênh lệch 1 hoặc 2 triệu đồng.",
            &["1 => 1000000 VND", "2 triệu đồng => 2000000 VND"],
        ),
        (
            "Họ chi 20 hay 30 triệu euro.",
            &["20 => 20000000 EUR", "30 triệu euro => 30000000 EUR"],
        ),
        // After "và" too, within a factor of ten.
        (
            "Quỹ có 5 và 7 triệu đồng.",
            &["5 => 5000000 VND", "7 triệu đồng => 7000000 VND"],
        ),
        (
            "Giá 2 và 30 triệu đồng.",
            &["2 => 2", "30 triệu đồng => 30000000 VND"],
        ),
        (
            "Cát-xê lên đến 3 hoặc 4 nghìn USD.",
            &["3 => 3000 USD", "4 nghìn USD => 4000 USD"],
        ),
        // A list takes the unit written at its end.
        (
            "Vé có các mức 50.000, 100.000 và 150.000 đồng.",
            &[
                "50.000 => 50000 VND",
                "100.000 => 100000 VND",
                "150.000 đồng => 150000 VND",
            ],
        ),
        // A first written in full keeps its value.
        (
            "Vé bán theo các mức 700.000 và 1,5 triệu đồng.",
            &["700.000 => 700000 VND", "1,5 triệu đồng => 1500000 VND"],
        ),
        // Too far apart once scaled, too small as written: in doubt.
        (
            "Giá là 5 hoặc 900 triệu đồng.",
            &["5 => 5", "900 triệu đồng => 900000000 VND"],
        ),
        // A list whose items carry the same scale word takes the currency
        // written once at its end.
        (
            "Giá lần lượt là 41 triệu, 42,5 triệu và 46,2 triệu đồng.",
            &[
                "41 triệu => 41000000 VND",
                "42,5 triệu => 42500000 VND",
                "46,2 triệu đồng => 46200000 VND",
            ],
        ),
        // Another scale word: no sharing.
        (
            "Thu 900 nghìn và 2 triệu đồng.",
            &["900 nghìn => 900000", "2 triệu đồng => 2000000 VND"],
        ),
        // Nor after a bare comma ("1, 5 triệu" is more often "1,5 triệu"
        // typed apart).
        (
            "Tạm trữ lên 1, 5 triệu tấn gạo.",
            &["1 => 1", "5 triệu tấn => 5000000 t"],
        ),
    ];
    for (input, want) in cases {
        assert_eq!(compact(input), *want, "{input}");
    }
}

#[test]
fn an_interval_bound_written_in_full_and_barrels() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Phạt tiền từ 500.000 đến 1 triệu đồng.",
            &["từ 500.000 đến 1 triệu đồng => 500000..1000000 VND"],
        ),
        (
            "Mỏ này sản xuất 930.000 thùng/ngày.",
            &["930.000 thùng/ngày => 930000 bbl/day"],
        ),
    ];
    for (input, want) in cases {
        assert_eq!(compact(input), *want, "{input}");
    }
}

#[test]
fn a_change_from_one_value_to_another_shares_the_unit() {
    let cases: &[(&str, &[&str])] = &[
        ("Tỷ lệ tăng từ 12 lên 18%.", &["12 => 12", "18% => 18"]),
        (
            "Lãi suất giảm từ 9 xuống 7,5%/năm.",
            &["9 => 9/year", "7,5%/năm => 7.5/year"],
        ),
        (
            "Xe tăng tốc từ 0 lên 100km/h trong 6 giây.",
            &["0 => 0 km/h", "100km/h => 100 km/h", "6 giây => 6 second"],
        ),
        (
            "Công suất tăng từ 20 lên đến 90 mã lực.",
            &["20 => 20 hp", "90 mã lực => 90 hp"],
        ),
        (
            "Giá tăng từ 3.200 lên 4.100 đồng/kg.",
            &["3.200 => 3200 VND/kg", "4.100 đồng/kg => 4100 VND/kg"],
        ),
        // The scale word written on the second only is the first's too.
        (
            "Sản lượng tăng từ 12 lên 15,5 triệu tấn.",
            &["12 => 12000000 t", "15,5 triệu tấn => 15500000 t"],
        ),
        // A unit glued to the second number is shared as a spaced one is.
        (
            "Hai bao nặng 5 và 7kg.",
            &["Hai => 2", "5 => 5 kg", "7kg => 7 kg"],
        ),
        // No "từ" before the first, or a counted noun after the second:
        // no unit to share.
        ("Điểm tăng từ 40 lên 45 điểm.", &["40 => 40", "45 => 45"]),
        ("Giá đã tăng 12 lên 18% rồi.", &["12 => 12", "18% => 18"]),
    ];
    for (input, want) in cases {
        assert_eq!(compact(input), *want, "{input}");
    }
}

/// The money13 probe: a currency after "/" is what the price is per, as
/// exchange rates are quoted; its per is the currency's code.
#[test]
fn a_price_per_a_currency() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Tỷ giá trung tâm là 20.828 đồng/USD, giảm 1 đồng/USD.",
            &[
                "20.828 đồng/USD => 20828 VND/USD",
                "1 đồng/USD => 1 VND/USD",
            ],
        ),
        (
            "Giá bán ra 21.030-21.036 đồng/USD; giá mua quanh 21.030 đồng/đô la Mỹ.",
            &[
                "21.030-21.036 đồng/USD => 21030..21036 VND/USD",
                "quanh 21.030 đồng/đô la Mỹ => 21030 VND/USD",
            ],
        ),
        (
            "Đồng euro xuống 1,0751USD/EUR, rồi gần 1,38 USD/Euro; đồng yên ở 111,68JPY/USD.",
            &[
                "1,0751USD/EUR => 1.0751 USD/EUR",
                "gần 1,38 USD/Euro => 1.38 USD/EUR",
                "111,68JPY/USD => 111.68 JPY/USD",
            ],
        ),
        // A currency with no slash before it is no per.
        ("Giá 20.000 đồng, USD tăng.", &["20.000 đồng => 20000 VND"]),
    ];
    for (input, want) in cases {
        assert_eq!(compact(input), *want, "{input}");
    }
}

/// The money13 probe: pers the table lacked, as the corpus writes them.
#[test]
fn pers_of_commodity_and_market_prices() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Tôm tăng từ 4,1 USD/pao lên 2,652USD/pound; cà phê còn 297,4 xu/pound.",
            &[
                "4,1 USD/pao => 4.1 USD/lb",
                "2,652USD/pound => 2.652 USD/lb",
                "297,4 xu/pound => 2.974 USD/lb",
            ],
        ),
        (
            "Vàng giảm về 1.400USD/Oz; đậu tương lên 10,2475 USD/bushel.",
            &[
                "1.400USD/Oz => 1400 USD/ozt",
                "10,2475 USD/bushel => 10.2475 USD/bu",
            ],
        ),
        (
            "VCB lên 7.100 đồng/Cp; quỹ đạt 10.163 đồng/CCQ; thịt 13.000 đồng/lạng.",
            &[
                "7.100 đồng/Cp => 7100 VND/cổ phiếu",
                "10.163 đồng/CCQ => 10163 VND/chứng chỉ quỹ",
                "13.000 đồng/lạng => 13000 VND/lạng",
            ],
        ),
        (
            "Giá cắt gần 300.000 đồng/công; lúa đạt 100 kg/công.",
            &[
                "gần 300.000 đồng/công => 300000 VND/công",
                "100 kg/công => 100 kg/công",
            ],
        ),
        // "bán ra" after "mỗi lượng" is the selling side, as "mua vào" is
        // the buying one: the tael stays the per.
        (
            "Giá giảm 300.000 đồng mỗi lượng mua vào và 100.000 đồng mỗi lượng bán ra.",
            &[
                "300.000 đồng mỗi lượng => 300000 VND/lượng",
                "100.000 đồng mỗi lượng => 100000 VND/lượng",
            ],
        ),
        // "cân" is the market's kilogram, not before "đồng hồ", "đối".
        (
            "Lợn hơi xuống 33 ngàn đồng một cân, mỗi con nặng 7 - 8 cân; thu 1 cân đồng hồ.",
            &[
                "33 ngàn đồng một cân => 33000 VND/kg",
                "7 - 8 cân => 7..8 kg",
                "1 => 1",
            ],
        ),
        // "mỗi công ty" is each company, no plot.
        (
            "Họ mua hai công ty với giá 150 triệu USD mỗi công ty.",
            &["hai => 2", "150 triệu USD => 150000000 USD"],
        ),
    ];
    for (input, want) in cases {
        assert_eq!(compact(input), *want, "{input}");
    }
}

/// The money16 probe: a rate per two things keeps its first per as `per`
/// and gives the second as `and_per`, in the order written; an interval's
/// bounds agree on both.
#[test]
fn a_rate_per_two_things() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Hộ nghèo nhận 200.000 đồng/hộ/tháng, thu nhập 1.500 USD/người/năm.",
            &[
                "200.000 đồng/hộ/tháng => 200000 VND/hộ/month",
                "1.500 USD/người/năm => 1500 USD/người/year",
            ],
        ),
        (
            "Phòng giá 1 triệu đồng/phòng/đêm; phí 800 đồng/m2/tháng.",
            &[
                "1 triệu đồng/phòng/đêm => 1000000 VND/phòng/đêm",
                "800 đồng/m2/tháng => 800 VND/m²/month",
            ],
        ),
        // The time first, the thing counted second: as written.
        (
            "Bữa ăn 60.000 đồng/ngày/người, gói kênh 33.000 đồng/tháng/thuê bao.",
            &[
                "60.000 đồng/ngày/người => 60000 VND/day/người",
                "33.000 đồng/tháng/thuê bao => 33000 VND/month/thuê bao",
            ],
        ),
        // An interval: the second per written once, or on both bounds.
        (
            "Học phí từ 2,5-4 triệu đồng/trẻ/khóa, thuê từ 3 đến 5 triệu đồng/phòng/tháng.",
            &[
                "từ 2,5-4 triệu đồng/trẻ/khóa => 2500000..4000000 VND/trẻ/khóa",
                "từ 3 đến 5 triệu đồng/phòng/tháng => 3000000..5000000 VND/phòng/month",
            ],
        ),
        (
            "Giá 20 triệu đồng/ha/vụ đến 25 triệu đồng/ha/vụ.",
            &["20 triệu đồng/ha/vụ đến 25 triệu đồng/ha/vụ => 20000000..25000000 VND/ha/vụ"],
        ),
        // One per: no second; a place or a date after the second slash
        // is no per.
        (
            "Lương 5 triệu đồng/tháng; vé 300.000 đồng/người/Hà Nội.",
            &[
                "5 triệu đồng/tháng => 5000000 VND/month",
                "300.000 đồng/người => 300000 VND/người",
            ],
        ),
        (
            "Giá 20.000 đồng/kg/ngày 5/6.",
            &["20.000 đồng/kg => 20000 VND/kg", "ngày 5/6 => "],
        ),
        // A measure keeps one per (the second is read into the span, not
        // given).
        ("Năng suất 75 tạ/ha/vụ.", &["75 tạ/ha/vụ => 75 tạ/ha"]),
    ];
    for (input, want) in cases {
        assert_eq!(compact(input), *want, "{input}");
    }
}

/// Opening the twenty-third blind set: a rate per a number of units of
/// time, or (money) of counted things, keeps the number as `per_count`;
/// two specs joined by a slash ("6V/ 10Ah", "4GB/6GB", "563 mã lực/750
/// Nm", a price in two currencies) and a length per a count stay apart.
#[test]
fn a_rate_per_a_number_of_units() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Phí 270.000đ/tháng, 810.000đ/3 tháng, 1.620.000đ/6 tháng.",
            &[
                "270.000đ/tháng => 270000 VND/month",
                "810.000đ/3 tháng => 810000 VND/3 month",
                "1.620.000đ/6 tháng => 1620000 VND/6 month",
            ],
        ),
        (
            "Học phí 80 triệu đồng/4 năm, gói cước 10.000 đồng/30 ngày, thuê 7.000 USD/10 tiếng.",
            &[
                "80 triệu đồng/4 năm => 80000000 VND/4 year",
                "10.000 đồng/30 ngày => 10000 VND/30 day",
                "7.000 USD/10 tiếng => 7000 USD/10 h",
            ],
        ),
        (
            "Rau bán 1.500 đồng/2 mớ, thu 50 triệu đồng/ 2 người, học 60.000 đồng/3 kỳ/năm.",
            &[
                "1.500 đồng/2 mớ => 1500 VND/2 mớ",
                "50 triệu đồng/ 2 người => 50000000 VND/2 người",
                "60.000 đồng/3 kỳ/năm => 60000 VND/3 kỳ/year",
            ],
        ),
        (
            "Phí bảo hiểm tăng 15%/3 năm; mưa trên 100mm/6 giờ.",
            &["15%/3 năm => 15/3 year", "trên 100mm/6 giờ => 100 mm/6 h"],
        ),
        // Two specs, and a share of a length, are not rates.
        (
            "Ắc quy 6V/ 10Ah, RAM 4GB/6GB, máy 563 mã lực/750 Nm.",
            &[
                "6V => 6 V",
                "10Ah => 10 Ah",
                "4GB => 4 GB",
                "6GB => 6 GB",
                "563 mã lực => 563 hp",
                "750 Nm => 750 N·m",
            ],
        ),
        (
            "Gửi 1,000USD/ 600 EUR kỳ hạn một tháng.",
            &["1,000USD => 1000 USD", "600 EUR => 600 EUR"],
        ),
        // "/1 kg" is per the unit; "/100km" the unit of fuel use; a unit
        // of time before digits names a date.
        (
            "Giá 20.000 đồng/1 kg, xe hao 5 lít/100km, khoản 5 triệu đồng/3 năm 2020.",
            &[
                "20.000 đồng/1 kg => 20000 VND/kg",
                "5 lít/100km => 5 l/100km",
                "5 triệu đồng => 5000000 VND",
                "năm 2020 => ",
            ],
        ),
        // A passenger is its own noun (blind23 l148).
        (
            "Phạt 1,5 triệu đồng/hành khách; vé 40.000 đồng/khách.",
            &[
                "1,5 triệu đồng/hành khách => 1500000 VND/hành khách",
                "40.000 đồng/khách => 40000 VND/khách",
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(compact(text), *want, "{text}");
    }
}
