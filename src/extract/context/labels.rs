//! The words the context rules look for: labels, counted nouns, the
//! words around years, units and lists (each a `word_set!` or a
//! `pair_set!`, a `match`).

word_set! {
    /// Words that, right before a bare number, make it a label: rounds and
    /// halves of a match, the minute of a match, classes, floors ("tầng", "lầu"), districts and
    /// other place numbers, articles and clauses of a law, decrees and
    /// decisions, programmes, phases and steps, numbers ("số 11"), issues and
    /// sessions of a lottery, types ("tuýp 2"), grades and brackets ("bậc 3").
    pub(super) fn is_label_word = [
        "vòng",
        "liveshow",
        "lần",
        "hiệp",
        "phút",
        "lớp",
        "tầng",
        "lầu",
        "quận",
        "phường",
        "tổ",
        "xóm",
        "ấp",
        "khu",
        "khóm",
        "thôn",
        "lô",
        "số",
        "điều",
        "khoản",
        "chương",
        "mục",
        "đợt",
        "bước",
        "kỳ",
        "khóa",
        "khoá",
        "bảng",
        "phòng",
        "km",
        "kênh",
        "tập",
        "trang",
        "câu",
        "bài",
        "hẻm",
        "ngõ",
        "ngách",
        "kiệt",
        "block",
        "tòa",
        "toà",
        "căn",
        "cổng",
        "ga",
        "bến",
        "mã",
        "cấp",
        // Grades of a pay scale and brackets of a tax: "xếp lương bậc 2",
        // "người nộp thuế ở bậc 3, bậc 4" (the eighteenth blind set,
        // opened).
        "bậc",
        // Types of a disease or a thing: "tiểu đường tuýp 2", "đái tháo
        // đường type 2" (prec15 probe).
        "tuýp",
        "type",
        "típ",
        "týp",
        // Road numbers: "QL 1A" (quốc lộ). ("TL", "ĐT" are also "thể lệ",
        // "đào tạo": "GD&ĐT hai bên".)
        "ql",
    ];
}

pair_set! {
    /// Two-word labels, whose second word alone is also a verb or a common
    /// word ("trình" is to submit, "định" to intend).
    pub(super) fn is_label_pair = [
        ("chương", "trình"),
        ("nghị", "định"),
        ("nghị", "quyết"),
        ("chỉ", "thị"),
        ("quyết", "định"),
        ("thông", "tư"),
        ("sư", "đoàn"),
        ("trung", "đoàn"),
        ("lữ", "đoàn"),
        ("tiểu", "đoàn"),
        ("quốc", "lộ"),
        ("tỉnh", "lộ"),
        ("công", "văn"),
        ("số", "hiệu"),
        ("số", "báo"),
        ("phút", "bù"),
        // "giai đoạn 1" (phase 1), "dự án thành phần 2", "Quy chế 870",
        // "Hải đội 3".
        ("giai", "đoạn"),
        // "Bệnh viện Nhi đồng 1", "BV Nhi Đồng 2": a children's hospital
        // by its number (thirteenth blind set, opened).
        ("nhi", "đồng"),
        ("thành", "phần"),
        ("quy", "chế"),
        ("hải", "đội"),
        // "khu phố 6" (a neighbourhood), "Quân đoàn 2", "đường tỉnh 445": a
        // third probe.
        ("khu", "phố"),
        // "khối phố 12" (a ward's block in central Vietnam, as "khu phố";
        // the gen22 probe: 4 in the corpus, all addresses).
        ("khối", "phố"),
        ("quân", "đoàn"),
        ("đường", "tỉnh"),
        // A fifth probe: "Tổ dân phố 8" (a neighbourhood), "đơn vị phiên
        // hiệu 291" (a unit's designation), "Binh đoàn 15", "đại đội 3",
        // "trung đội 2" (units).
        ("dân", "phố"),
        ("phiên", "hiệu"),
        ("binh", "đoàn"),
        ("đại", "đội"),
        ("trung", "đội"),
        // "đường vành đai 2" (a ring road).
        ("vành", "đai"),
        // An eighth probe: "số nhà 32 phố Hồng Phúc" (a house's number).
        ("số", "nhà"),
        // The gen35 probe: "nguyện vọng 1", "điểm chuẩn nguyện vọng 2" (an
        // applicant's first and second choice of school, a rank of the
        // choices as "đợt 1" is a label of a sequence).
        ("nguyện", "vọng"),
    ];
}

word_set! {
    /// Labels found by a random probe of the corpus, which a counted noun
    /// after the number overrides: a set or a game of a match, a fleet, a
    /// region ("khu vực 9"), a generation ("tiêm kích thế hệ 5", a fifth
    /// probe).
    /// An eighth probe: "tạt về cột hai" (the far post), "Trụ cột 0" (a
    /// pension's pillar).
    /// A twelfth number probe: "vé số đuôi 39", "sim đuôi 8888", "biển
    /// số có đuôi 79" (the last digits of a number, no count; "cắt đuôi 2
    /// xe" counts the cars).
    /// The prec16 probe: "đường dây 500kV mạch 3" (a power line's
    /// circuit; "chấm dứt mạch 3 trận hòa" counts the matches of a run).
    /// The gen51 probe: "Nhánh 1 dẫn vào nhà ga quốc tế", "nhánh 3 hướng
    /// từ …", "chi nhánh 3 tại TP.HCM" (a branch of an interchange or a
    /// bank, a label of a sequence as "đợt 1" is; "3 nhánh cầu" counts).
    pub(super) fn is_probe_label_word = ["set", "ván", "cột", "đuôi", "mạch", "nhánh"];
}
pair_set! {
    pub(super) fn is_probe_label_pair = [
        ("hạm", "đội"),
        ("khu", "vực"),
        ("thế", "hệ"),
        // "Chrome phiên bản 55", "Honda SH phiên bản 2017" (a version, a
        // model's year; "phiên bản 1 SIM" counts).
        ("phiên", "bản"),
        // "vượt mức báo động 3", "dưới báo động 1": a flood's alarm level,
        // as "cấp 3" is a level (prec18 probe).
        ("báo", "động"),
        // "Nghị quyết Trung ương 4", "Hội nghị Trung ương 7": the number of
        // a plenum of the Central Committee (the fifteenth blind set's f139,
        // opened; the sixth and first sets' s122 and u017 read it so).
        ("trung", "ương"),
        // "dịch vụ công trực tuyến mức độ 3", "bỏng cấp độ 3", "giết người
        // cấp độ 1": a level, as "cấp 3" is (prec18 probe).
        ("mức", "độ"),
        ("cấp", "độ"),
        // "Xí nghiệp 23 thuộc nhà máy Z199", "Trường giáo dưỡng 5": a
        // works or a reform school named by its number, as "Sư đoàn 304"
        // is a unit's name (gen35 probe); a counted noun after the number
        // still makes it a count.
        ("xí", "nghiệp"),
        ("giáo", "dưỡng"),
        // "Thực hiện Đề án 177 về …", "theo Đề án 125 gồm …" (a scheme
        // by its number, as "Quyết định 15" is a decision), "Thông tư
        // liên tịch 06 quy định" (a joint circular), "Chuyên đề 4 hướng
        // dẫn …" (a topic of a guide, a label of a sequence): no count
        // (gen51 probe); a counted noun after the number still counts.
        ("đề", "án"),
        ("liên", "tịch"),
        ("chuyên", "đề"),
        // "Á hậu 1 thuộc về …", "đoạt giải Á hậu 1 cuộc thi …", "ngôi vị
        // á hậu 1 của cuộc thi", "Á khôi 1 cuộc thi Hoa khôi": a beauty
        // contest's runner-up by her rank, a title as "giải Nhì" is a
        // prize's rank (gen32 probe), no count (gen51 probe).
        ("á", "hậu"),
        ("á", "khôi"),
    ];
}

pair_set! {
    /// Two-word labels of a count, not a rank: "vòng loại ba" is the third
    /// qualifying round, but "vòng loại thứ 3" keeps its ordinal.
    pub(super) fn is_count_label_pair = [("vòng", "loại")];
}

word_set! {
    /// Nouns after a bare day-month shape that make it a ratio of two counts:
    /// "7/8 suất", "thắng 4/5 trận". ("đến 30/8 bàn giao" is a date: "bàn" is
    /// also a verb's first syllable.)
    pub(super) fn is_ratio_noun = [
        "suất",
        "trận",
        "đội",
        "tỉnh",
        "đại",
        "phiếu",
        "xã",
        "huyện",
        "trường",
        "chiếc",
        "lần",
        "vé",
        "vụ",
        "câu",
        "bài",
        "ghế",
        // The date probe: "7/7 mẫu", "5/6 em", "10/10 học sinh", "6/10 môn
        // thi", "8/11 nhóm hàng", "5/8 thẩm phán", "5/11 quốc gia", "2/12
        // mùa bóng".
        "mẫu",
        "em",
        "học",
        "sinh",
        "môn",
        "nhóm",
        "thẩm",
        "quốc",
        "mùa",
        // "chấm 2/10 điểm": a rating.
        "điểm",
    ];
}

word_set! {
    /// Words before a day-month shape that say it is a date ("đến 30/8 …",
    /// "từ 1/7 …"), which no ratio rule overrides.
    pub(super) fn is_date_cue = [
        "từ", "đến", "tới", "ngày", "vào", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "trước",
        "sau", "hết", "lúc", "nay",
    ];
}

pair_set! {
    /// Word pairs whose second word is a label word but which are not labels:
    /// "con số 5" (the figure 5), "tần số 7903 kHz" (a frequency), "cung cấp
    /// 300 chuyến" (to provide 300 flights), "được cấp 1 mã code" (to be
    /// granted one code).
    pub(super) fn is_not_label_pair = [
        ("con", "số"),
        // "trong số 352 nhà thầu": among.
        ("trong", "số"),
        ("tần", "số"),
        ("hệ", "số"),
        ("cung", "cấp"),
        ("nâng", "cấp"),
        ("khẩn", "cấp"),
        // "được cấp 1 mã code", "được cấp 2 bằng tốt nghiệp", "phân cấp
        // 02 thủ tục": to be granted, to devolve, then what is counted;
        // no level (gen33 probe).
        ("được", "cấp"),
        ("phân", "cấp"),
        // "quân số hai buổi tập", "tổng số 5 người", "dân số 90 triệu": a
        // compound noun ending in "số", then its number.
        ("quân", "số"),
        ("tổng", "số"),
        ("dân", "số"),
        ("đa", "số"),
        ("thiểu", "số"),
        ("chỉ", "số"),
        ("điểm", "số"),
        ("tỷ", "số"),
        ("tỉ", "số"),
        // "doanh số 752.670 chiếc": sales, then their count.
        ("doanh", "số"),
        // "cùng kỳ 2012": the same period of 2012.
        ("cùng", "kỳ"),
        // "Gã hàng xóm 17 tuổi" (the neighbour, seventeen): "hàng xóm" is
        // a neighbour, no hamlet numbered 17 as "xóm 17" is (num26
        // probe).
        ("hàng", "xóm"),
        // "tài khóa 2013" (the fiscal year 2013), "niên khóa 2012-2013"
        // (a school's years): no course number (tenth date probe).
        ("tài", "khóa"),
        ("tài", "khoá"),
        ("niên", "khóa"),
        ("niên", "khoá"),
        // "triệu tập 2 người" (to summon), "phòng tập 5 lần" (a gym),
        // "luyện tập", "học tập": "tập" is no episode there.
        ("triệu", "tập"),
        ("phòng", "tập"),
        ("luyện", "tập"),
        ("học", "tập"),
        // "kết thúc diễn tập 3 nước" (an exercise), "bộ sưu tập 30 bức
        // ảnh" (a collection), "ôn tập hai môn" (to revise; a twelfth
        // number probe).
        ("diễn", "tập"),
        ("sưu", "tập"),
        ("ôn", "tập"),
        // "Bộ trưởng Quốc phòng hai nước", "giới chức quốc phòng 28 nước":
        // defence, no room (a ninth number and measure probe).
        ("quốc", "phòng"),
    ];
}

pair_set! {
    /// Word pairs ending in a label word that count when a counted noun
    /// follows the number: "đầu bảng ba điểm" (the leader by three points),
    /// "trong vòng 3 trận" (within three matches), "mỗi lần 20 người" (20
    /// people each time).
    pub(super) fn is_count_before_noun_pair = [
        ("đầu", "bảng"),
        ("cuối", "bảng"),
        ("trong", "vòng"),
        ("mỗi", "lần"),
        // "những lần hai đội gặp nhau", "số lần hai người đi qua nhau":
        // the times when two did something (a ninth number and measure
        // probe).
        ("những", "lần"),
        ("số", "lần"),
    ];
}

word_set! {
    /// Words of a military unit's name between the unit word and its number:
    /// "Sư đoàn Không quân 372", "Trung đoàn bộ binh 2", "Lữ đoàn Không vận
    /// 173" (capitalized words are taken too).
    pub(super) fn is_unit_branch_word = [
        "không", "quân", "bộ", "binh", "vận", "pháo", "phòng", "tăng", "thiết", "giáp", "đặc", "công",
        "tên", "lửa", "hải", "dù", "lính", "cơ", "giới", "kỹ", "thuật", "thông", "tin", "đổ", "xe",
        "biên", "radar", "ra-đa", "hóa", "học", "thủy", "lục", "chiến", "cảnh", "sát", "động", "tàu",
        "ngầm", "tải", "huấn", "luyện", "cận", "vệ", "đánh", "trực", "thăng",
        // "Bệnh viện quân đội 105", "viện quân y 103".
        "đội", "y",
    ];
}

pair_set! {
    /// The words of a unit before its name's other words: "sư đoàn", "lữ
    /// đoàn", "trung đoàn", "tiểu đoàn", "quân đoàn", "binh đoàn", "hạm đội",
    /// "hải đội", "phi đội", "không đoàn", "hải đoàn"; and "bệnh viện" for a
    /// military hospital's name ("Bệnh viện quân y 103").
    pub(super) fn is_unit_pair = [
        ("sư", "đoàn"),
        ("lữ", "đoàn"),
        ("trung", "đoàn"),
        ("tiểu", "đoàn"),
        ("quân", "đoàn"),
        ("binh", "đoàn"),
        ("không", "đoàn"),
        ("hải", "đoàn"),
        ("hạm", "đội"),
        ("hải", "đội"),
        ("phi", "đội"),
        // A military hospital: "Bệnh viện quân đội 105".
        ("bệnh", "viện"),
    ];
}

word_set! {
    /// Words after a number that say it counts or measures something, which no
    /// name or address does: "cách Quy Nhơn 100 hải lý", "RAM 1,5GB".
    pub(super) fn is_counted = [
        "người",
        // "xe Mercedes 16 chỗ": seats.
        "chỗ",
        "chiếc",
        "con",
        "cái",
        "hải",
        "km",
        "m",
        "cm",
        "mm",
        "kg",
        "g",
        "tấn",
        "tạ",
        "lít",
        "ha",
        "hecta",
        "gb",
        "mb",
        "tb",
        "ghz",
        "mhz",
        "cc",
        "mw",
        "kw",
        "kwh",
        "ngôi",
        "căn",
        "hộ",
        "ca",
        "vụ",
        "lần",
        "bàn",
        "điểm",
        "trận",
        "ngày",
        "tháng",
        "năm",
        "tuần",
        "giờ",
        "phút",
        "giây",
        "tuổi",
        "học",
        "em",
        "cháu",
        "xe",
        "tàu",
        "đơn",
        // "7 giải ba và 10 giải khuyến khích": prizes.
        "giải",
        "dự",
        "doanh",
        "suất",
        "đội",
        "tỉnh",
        "đại",
        "phiếu",
        "trường",
        "xã",
        "huyện",
        // "hơn Việt Nam 17 bậc": places in a ranking (a fifth probe).
        "bậc",
        // "bán cho Huỳnh Thị Hương 1.256 tờ hóa đơn" (sheets), "CPU 4
        // nhân" (cores), "Hatchback 5 cửa" (doors), "32.148 lượt khách"
        // (a num14 probe).
        "tờ",
        "nhân",
        "cửa",
        "lượt",
    ];
}

word_set! {
    /// Counted nouns after a day-month shape with a dash ("2-3 bậc") that
    /// make it a range of counts: classifiers and measures of small
    /// things, none of them a word that goes on after a date ("1-6 năm
    /// nay", "1-7 dự kiến") (tenth date probe).
    pub(super) fn is_range_noun = [
        "ca", "loại", "giọt", "lạng", "đứa", "bậc", "chấm", "tour", "chương", "huy", "món", "cốc",
        "ly", "viên", "quả", "cây", "chai", "gói", "lon", "thìa", "muỗng", "cuốn", "quyển", "bộ",
        "chiếc", "căn", "hộ", "lần", "bàn", "điểm", "trận", "suất", "phiếu", "xe", "tàu", "em",
        "cháu", "ngôi", "chỗ", "buổi", "bữa", "tiết", "tầng", "bước", "nhóm", "lớp", "đôi",
    ];
}

word_set! {
    /// Words before a bare four-digit number that make it a year: "trong
    /// 2013", "từ 2010", "tầm nhìn 2050", "mùa giải 2023".
    pub(super) fn is_year_lead = [
        "trong", "từ", "đến", "tới", "sau", "trước", "vào", "cuối", "đầu", "giữa", "nhìn", "giải",
        "niên", "hồi", "dịp", "khóa", "khoá", "kỳ", "và", "hè", "xuân", "thu", "đông", "mùa",
        // "sinh 1953" (born in), "tuyển sinh 2017" (the intake of).
        "sinh",
        // "lùi sang 2018", "dời sang 2021" (put off to; a ninth number and
        // measure probe).
        "sang",
        // "năm ngoái 2012" (last year, 2012; eighth date probe).
        "ngoái",
        // "dịp Tết 2017", "sau Tết Nguyên đán 2017": a festival days long,
        // whose year is the date, as a season's is (the opening of the
        // thirtieth blind set).
        "tết", "đán",
    ];
}

word_set! {
    /// Words after a year that end what is said of it ("2050 đã được…").
    pub(super) fn is_year_follower = [
        "và", "đã", "đến", "tới", "là", "thì", "này", "sẽ", "vừa", "với", "nhưng", "trở", "so", "khi",
        "hay", "hoặc", "rồi", "cũng", "mới",
    ];
}

word_set! {
    /// Words before a number that make it a count or a level, never a year
    /// ("tăng lên 2000.", "đạt 2015").
    pub(super) fn is_count_lead = [
        "lên", "xuống", "còn", "đạt", "là", "có", "gồm", "được", "tổng", "số", "mất", "thêm",
    ];
}

word_set! {
    /// Words between two numbers of a list: "Điều 18 và 23", "SLNA 2 - 0".
    pub(super) fn is_list_joiner = ["và", "hoặc", "đến", "tới"];
}

word_set! {
    /// Words of kinship that take a rank of birth as a title: "anh hai",
    /// "chị hai", "bà ba", "chú tư" (`is_kinship_title`).
    pub(super) fn is_kin_word = [
        "anh", "chị", "ông", "bà", "cô", "chú", "bác", "dì", "cậu", "mợ", "thím",
    ];
}

word_set! {
    /// The spelled ranks of birth such a title takes, two to ten ("tư"
    /// for four, as titles write it: "chú tư").
    pub(super) fn is_birth_rank = [
        "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
    ];
}

/// True when the number starting at `start` follows "T.Ư" or "TƯ"
/// (Trung ương, the Central Committee) after "Hội nghị" or "Nghị quyết":
/// "Hội nghị T.Ư 7", "Nghị quyết T.Ư 4", a plenum's number, as "Nghị quyết
/// Trung ương 4" is (`is_probe_label_pair`).
pub(super) fn follows_plenum_abbreviation(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let Some(head) = before
        .trim_end_matches(' ')
        .strip_suffix("T.Ư")
        .or_else(|| before.trim_end_matches(' ').strip_suffix("TƯ"))
    else {
        return false;
    };
    let head = head.trim_end_matches(' ');
    head.ends_with("nghị") || head.ends_with("quyết")
}

/// Words before "thứ N" that make it a day of the week, not a rank:
/// "các ngày thứ 2, 5", "tối thứ 3, 6", "vào thứ 7" (weekdays) against
/// "xếp thứ 4 và 5" (ranks). Asked by the list of ranks after "thứ"
/// (`Context::is_rank_after_thu`) and by the weekdays listed after one
/// (`is_listed_weekday` in the extractor): the words that lead days
/// (`crate::lex::weekday::leads_weekday`) and "những", "hàng", "tới",
/// which after a list's "thứ D" lead nothing but days.
pub(crate) fn is_weekday_lead(w: &str) -> bool {
    crate::lex::weekday::leads_weekday(w) || matches!(w, "những" | "hàng" | "tới")
}

/// True when the number at `start..end` ends a short quoted title: a
/// closing quote follows it at once, and the quote opened on the same
/// line at most 60 bytes before, on a capital letter, with words only
/// between ("“Đêm hội chân dài 7”", "“Tuổi 16”", "“Tây du ký: Mối tình
/// ngoại truyện 2”"), the number of a show's edition or a sequel (the
/// num28 probe). Speech is no title: a comma, a sentence's end, a digit or
/// a parenthesis inside the quote keeps the count ("“Ngay cả khi đã 35
/// tuổi, tôi cảm thấy mình như mới 20”"), and so does a quote opening on
/// a small letter ("“ăn 3”", "“xấp 3”").
pub(super) fn ends_quoted_title(text: &str, start: usize, end: usize) -> bool {
    let closes = text
        .get(end..)
        .and_then(|t| t.chars().next())
        .is_some_and(|ch| matches!(ch, '”' | '"'));
    if !closes {
        return false;
    }
    let from = crate::text::floor_boundary(text, start.saturating_sub(60));
    let Some(before) = text.get(from..start) else {
        return false;
    };
    let Some(open) = before.rfind(['“', '"']) else {
        return false;
    };
    let quote_len = before[open..].chars().next().map_or(1, char::len_utf8);
    let inside = &before[open + quote_len..];
    let starts_capital = inside.chars().next().is_some_and(char::is_uppercase);
    let words_only = inside
        .chars()
        .all(|ch| ch.is_alphabetic() || matches!(ch, ' ' | ':' | '-' | '–'));
    starts_capital && words_only && inside.ends_with(' ')
}
