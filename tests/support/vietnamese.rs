//! Generated Vietnamese text for legacy-encoding tests: sentences drawn from
//! a syllable list written for these tests (no corpus text).
#![allow(dead_code)]

/// Common Vietnamese syllables, in every tone and with every vowel, written
/// for these tests.
pub const SYLLABLES: &[&str] = &[
    "và",
    "của",
    "có",
    "là",
    "được",
    "cho",
    "những",
    "các",
    "một",
    "trong",
    "người",
    "này",
    "với",
    "không",
    "đã",
    "năm",
    "ngày",
    "tháng",
    "thành",
    "phố",
    "Hà",
    "Nội",
    "Việt",
    "Nam",
    "kinh",
    "tế",
    "xã",
    "hội",
    "chính",
    "phủ",
    "quốc",
    "gia",
    "đồng",
    "tiền",
    "giá",
    "thị",
    "trường",
    "nước",
    "đất",
    "biển",
    "sông",
    "núi",
    "rừng",
    "lúa",
    "gạo",
    "cà",
    "phê",
    "trà",
    "học",
    "sinh",
    "giáo",
    "viên",
    "bệnh",
    "viện",
    "bác",
    "sĩ",
    "công",
    "nhân",
    "nông",
    "dân",
    "đường",
    "sắt",
    "cầu",
    "cảng",
    "điện",
    "nhà",
    "máy",
    "xây",
    "dựng",
    "phát",
    "triển",
    "nghiên",
    "cứu",
    "khoa",
    "ứng",
    "dụng",
    "mới",
    "cũ",
    "lớn",
    "nhỏ",
    "nhiều",
    "ít",
    "hơn",
    "nữa",
    "đầu",
    "tư",
    "doanh",
    "nghiệp",
    "ngân",
    "hàng",
    "vốn",
    "lãi",
    "suất",
    "thuế",
    "hải",
    "quan",
    "xuất",
    "khẩu",
    "nhập",
    "mưa",
    "bão",
    "lũ",
    "lụt",
    "nắng",
    "gió",
    "lạnh",
    "nóng",
    "thời",
    "tiết",
    "mùa",
    "xuân",
    "hạ",
    "thu",
    "đông",
    "sáng",
    "chiều",
    "tối",
    "đêm",
    "hôm",
    "qua",
    "nay",
    "mai",
    "tuần",
    "sau",
    "trước",
    "đang",
    "sẽ",
    "vừa",
    "mới",
    "rất",
    "cũng",
    "vẫn",
    "còn",
    "chỉ",
    "đều",
    "ông",
    "bà",
    "anh",
    "chị",
    "em",
    "cháu",
    "con",
    "bố",
    "mẹ",
    "gia",
    "đình",
    "bạn",
    "bè",
    "thầy",
    "cô",
    "trẻ",
    "già",
    "khỏe",
    "yếu",
    "vui",
    "buồn",
    "đẹp",
    "xấu",
    "tốt",
    "hay",
    "dở",
    "nhanh",
    "chậm",
    "xa",
    "gần",
    "cao",
    "thấp",
    "dài",
    "ngắn",
    "rộng",
    "hẹp",
    "sạch",
    "bẩn",
    "ướt",
    "khô",
    "trắng",
    "đen",
    "đỏ",
    "xanh",
    "vàng",
    "tím",
    "hồng",
    "nâu",
    "xám",
    "hoa",
    "quả",
    "cây",
    "lá",
    "cành",
    "rễ",
    "hạt",
    "giống",
    "thuở",
    "ấy",
    "nghĩa",
    "tự",
    "do",
    "hạnh",
    "phúc",
    "độc",
    "lập",
    "ủy",
    "ban",
    "huyện",
    "tỉnh",
    "quận",
    "phường",
    "thủ",
    "tướng",
    "bộ",
    "trưởng",
    "chủ",
    "tịch",
    "hòa",
    "thuận",
    "khuyến",
    "khích",
    "luật",
    "nghị",
    "định",
    "quyết",
    "hiến",
    "pháp",
    "tòa",
    "án",
    "xử",
    "kiện",
    "tụng",
    "bảo",
    "vệ",
    "môi",
    "trường",
    "rác",
    "thải",
    "khói",
    "bụi",
    "ồn",
    "ào",
    "ngoài",
    "giữa",
    "dưới",
    "trên",
    "bên",
    "cạnh",
    "quanh",
    "khắp",
    "nơi",
    "chốn",
    "miền",
    "Bắc",
    "Trung",
    "Huế",
    "Đà",
    "Nẵng",
    "Sài",
    "Gòn",
    "Cần",
    "Thơ",
    "Hải",
    "Phòng",
    "Quảng",
    "Ninh",
    "Nghệ",
    "An",
    "Thanh",
    "Hóa",
    "Đắk",
    "Lắk",
    "Lâm",
    "Đồng",
    "Khánh",
    "Hòa",
    "uống",
    "ăn",
    "ngủ",
    "đi",
    "chạy",
    "đứng",
    "ngồi",
    "nằm",
    "nói",
    "nghe",
    "nhìn",
    "thấy",
    "biết",
    "hiểu",
    "nghĩ",
    "muốn",
    "cần",
    "phải",
    "nên",
    "làm",
    "việc",
    "chơi",
    "mua",
    "bán",
    "gửi",
    "nhận",
    "trả",
    "vay",
    "mượn",
    "thuê",
    "đóng",
    "mở",
    "bắt",
    "thả",
    "giữ",
    "gìn",
    "quý",
    "khách",
    "lòng",
    "chung",
    "riêng",
    "ưu",
    "tiên",
    "yêu",
    "cầu",
    "khuya",
    "nguyễn",
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Quỳnh",
    "Tuấn",
    "Dũng",
    "Hương",
    "Thảo",
    "Ngọc",
    "Mỹ",
];

/// Punctuation placed after some words.
const PUNCT: &[&str] = &[",", ".", ";", ":", "!", "?"];

/// A deterministic xorshift generator.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A paragraph of about `words` words: capitalized sentences, some
/// punctuation, now and then a number.
pub fn paragraph(rng: &mut Rng, words: usize) -> String {
    let mut out = String::new();
    let mut start = true;
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        if rng.below(25) == 0 {
            out.push_str(&(rng.below(2030)).to_string());
        } else {
            let w = SYLLABLES[rng.below(SYLLABLES.len())];
            if start {
                let mut cs = w.chars();
                if let Some(c) = cs.next() {
                    out.extend(c.to_uppercase());
                    out.push_str(cs.as_str());
                }
            } else {
                out.push_str(w);
            }
        }
        start = false;
        if rng.below(8) == 0 {
            let p = PUNCT[rng.below(PUNCT.len())];
            out.push_str(p);
            start = matches!(p, "." | "!" | "?");
        }
    }
    out.push('.');
    out
}

/// Windows-1252 as the reference tables show it (`cp1252_view` of VISCII,
/// which lists every high byte): how legacy bytes look when misread.
pub fn cp1252() -> Vec<char> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/legacy/viscii.tsv");
    let text = std::fs::read_to_string(path).expect("viscii.tsv");
    let mut table: Vec<char> = (0u8..=0xFF).map(char::from).collect();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let b = usize::from(u8::from_str_radix(f[0], 16).expect("hex"));
        if b >= 0x80 {
            table[b] = match f[3].strip_prefix("<U+").and_then(|r| r.strip_suffix('>')) {
                Some(hex) => {
                    char::from_u32(u32::from_str_radix(hex, 16).expect("hex")).expect("char")
                }
                None => f[3].chars().next().expect("view"),
            };
        }
    }
    table
}

/// `bytes` as text decoded with the wrong code page (Windows-1252).
pub fn misread(bytes: &[u8], cp1252: &[char]) -> String {
    bytes.iter().map(|&b| cp1252[usize::from(b)]).collect()
}
