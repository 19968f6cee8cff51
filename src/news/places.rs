//! Vietnamese provinces and major cities, for place datelines written in
//! capitals (`QUẢNG NAM- `, `ĐÀ NẴNG - `) and to keep a bare place name at
//! the end of an article from being read as a reporter's name.
//!
//! Matched ignoring case, spaces and punctuation but not marks: `TP.HCM`,
//! `TP HCM` and `TPHCM` are one entry; `Hải Phong` (a name) is not `Hải Phòng`.

/// Provinces and centrally governed cities (the 63 units before the 2025
/// merger), common short forms, and a few large towns seen in datelines.
#[rustfmt::skip]
const PLACES: &[&str] = &[
    "Hà Nội", "TP.HCM", "TP Hồ Chí Minh", "Hồ Chí Minh", "Sài Gòn", "Hải Phòng", "Đà Nẵng",
    "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu", "Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu",
    "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau",
    "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
    "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hoà Bình", "Hưng Yên",
    "Khánh Hòa", "Khánh Hoà", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai",
    "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
    "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thanh Hoá", "Thừa Thiên - Huế", "Thừa Thiên Huế",
    "Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    "Nha Trang", "Đà Lạt", "Buôn Ma Thuột", "Quy Nhơn", "Hạ Long", "Vinh", "Phan Thiết",
    "Biên Hòa", "Biên Hoà", "Rạch Giá", "Phú Quốc", "Hội An", "Sa Pa",
    // The country and neighbours often ending a sentence in Title Case.
    "Việt Nam", "Trung Quốc", "Hàn Quốc", "Nhật Bản", "Thái Lan", "Hoa Kỳ", "Liên Hợp Quốc",
    "Triều Tiên", "Ấn Độ", "Đài Loan", "Hồng Kông", "Đông Nam Á", "Biển Đông", "Anh Quốc",
];

/// True when `s` names a Vietnamese province, city or the country.
///
/// Unlike outlet labels, tone marks count here: `Hải Phong` is a reporter,
/// `Hải Phòng` a city. Case, spaces and punctuation do not count.
pub(crate) fn is_place(s: &str) -> bool {
    // The input's key once, in a buffer; a longer text is no place.
    let mut buf = ['\0'; 32];
    let mut len = 0;
    let s = super::letters::composed(s);
    for c in place_key(&s) {
        let Some(slot) = buf.get_mut(len) else {
            return false;
        };
        *slot = c;
        len += 1;
    }
    let key = buf.get(..len).unwrap_or_default();
    place_index()
        .binary_search_by(|p| p.iter().cmp(key.iter()))
        .is_ok()
}

/// True when `s` is a province whose name is also a person's (`Hà
/// Giang`, `Thái Bình`, `Khánh Hòa`, `Hải Dương`): two words, not the
/// capital, the large cities, the country or a neighbour, which no
/// reporter is called.
pub(crate) fn is_province_named_like_a_person(s: &str) -> bool {
    const NOT_NAMES: &[&str] = &[
        "Hà Nội",
        "Hải Phòng",
        "Đà Nẵng",
        "Cần Thơ",
        "Sài Gòn",
        "Việt Nam",
        "Trung Quốc",
        "Hàn Quốc",
        "Nhật Bản",
        "Thái Lan",
        "Hoa Kỳ",
        "Triều Tiên",
        "Ấn Độ",
        "Đài Loan",
        "Hồng Kông",
        "Đông Nam Á",
        "Biển Đông",
        "Anh Quốc",
        "Vũng Tàu",
        "Hạ Long",
        "Phú Quốc",
        "Sa Pa",
        "Hội An",
        "Đà Lạt",
        "Nha Trang",
    ];
    let composed = super::letters::composed(s);
    composed.split_whitespace().count() == 2
        && is_place(&composed)
        && !NOT_NAMES
            .iter()
            .any(|n| place_key(n).eq(place_key(&composed)))
}

/// The keys of [`PLACES`], sorted, derived once: a lookup is a binary
/// search (it runs for candidate names in every article's tail).
fn place_index() -> &'static [Vec<char>] {
    static INDEX: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut keys: Vec<Vec<char>> = PLACES.iter().map(|p| place_key(p).collect()).collect();
        keys.sort();
        keys.dedup();
        keys
    })
}

/// Lowercased, without ASCII spaces and punctuation; marks kept.
fn place_key(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| !c.is_ascii() || c.is_ascii_alphanumeric())
        .map(|c| {
            if c.is_ascii() {
                c.to_ascii_lowercase()
            } else {
                c.to_lowercase().next().unwrap_or(c)
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_and_short_forms() {
        assert!(is_place("QUẢNG NAM"));
        assert!(is_place("ĐÀ NẴNG"));
        assert!(is_place("TPHCM"));
        assert!(is_place("Thanh Hoá"));
        assert!(!is_place("Nguyễn Văn An"));
        assert!(!is_place("Hải Phong"));
    }

    #[test]
    fn provinces_named_like_people() {
        assert!(is_province_named_like_a_person("Hà Giang"));
        assert!(is_province_named_like_a_person("KHÁNH HÒA"));
        assert!(is_province_named_like_a_person("Hải Dương"));
        assert!(!is_province_named_like_a_person("Hà Nội"));
        assert!(!is_province_named_like_a_person("Việt Nam"));
        assert!(!is_province_named_like_a_person("Nguyễn Văn An"));
        assert!(!is_province_named_like_a_person("Huế"));
    }
}
