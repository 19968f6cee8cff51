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
    for c in place_key(s) {
        let Some(slot) = buf.get_mut(len) else {
            return false;
        };
        *slot = c;
        len += 1;
    }
    let key = buf.get(..len).unwrap_or_default();
    PLACES.iter().any(|p| place_key(p).eq(key.iter().copied()))
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
}
