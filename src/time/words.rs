//! The closed vocabulary of date and time words, in one table.
//!
//! Every word token of the input is looked up here once (after
//! normalization and lowercasing); the grammar then matches on [`Word`]
//! values instead of strings. Words outside the table are
//! [`Word::Other`].

/// A known word (lowercase, NFC).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    // Calendar nouns.
    Ngay,  // ngày: day
    Thang, // tháng: month
    Nam,   // năm: year, or the number five
    Tuan,  // tuần: week
    Quy,   // quý: quarter
    Thu,   // thứ: weekday prefix (also the ordinal prefix)
    Chu,   // chủ (chủ nhật)
    Chua,  // chúa (chúa nhật, southern)
    Nhat,  // nhật
    Cn,    // CN: Chủ nhật abbreviated
    Hom,   // hôm: day (in "hôm nay", "hôm 29/10")
    Mung,  // mùng / mồng: day prefix for 1–10
    Gieng, // giêng: first lunar month, used for January
    Chap,  // chạp: twelfth month
    // Relative words.
    Nay,   // nay: this (day, year)
    Qua,   // qua: past, yesterday
    Kia,   // kia: the day after tomorrow / before yesterday
    Mai,   // mai: tomorrow (also a given name)
    Mot2,  // mốt: "ngày mốt" (day after tomorrow), "hai mốt" (21)
    Truoc, // trước: before, last
    Nay2,  // này: this
    Sau,   // sau: after, next; the number six is "sáu"
    Toi2,  // tới: next; "đến/tới" to
    Ngoai, // ngoái: last (year)
    Tiep,  // tiếp: next
    Theo,  // theo (tiếp theo)
    Hien,  // hiện (hiện tại)
    Tai,   // tại
    Vua,   // vừa (vừa qua, vừa rồi)
    Roi,   // rồi
    Nua,   // nữa: more ("3 ngày nữa" = in three days)
    Cua,   // của: of
    Do,    // đó / ấy / khi: "trước đó" (before that) is not "ago"
    Bay2,  // bây (bây giờ: now)
    Ngay2, // ngay: right (ngay bây giờ)
    // Parts of the day.
    Sang,  // sáng: morning
    Trua,  // trưa: noon
    Chieu, // chiều: afternoon
    Toi,   // tối: evening
    Dem,   // đêm: night
    Khuya, // khuya: late night
    Rang,  // rạng (rạng sáng: small hours)
    Buoi,  // buổi: part of the day
    // Clock and duration units.
    Gio,   // giờ: hour, o'clock
    Tieng, // tiếng: hour (duration)
    Dong,  // đồng (tiếng đồng hồ)
    Ho,    // hồ
    Phut,  // phút: minute
    Giay,  // giây: second
    Ruoi,  // rưỡi: and a half
    Kem,   // kém: to (before the hour)
    Dung,  // đúng: sharp
    H,     // h in 14h30
    G,     // g in 14g30
    P,     // p in 11h15p, 12p03s
    S,     // s in 12p03s
    Gmt,   // GMT
    Utc,   // UTC
    Ict,   // ICT: Indochina Time, UTC+7
    Jst,   // JST: Japan, UTC+9
    Kst,   // KST: Korea, UTC+9
    // Linking words.
    Tu,     // từ: from
    Den,    // đến: to
    Het,    // hết: the end of ("đến hết ngày")
    Vao,    // vào: at, on
    Luc,    // lúc: at (a time)
    Khoang, // khoảng: about
    Gan,    // gần: nearly
    Hon,    // hơn: more than
    Tren,   // trên: above
    Duoi,   // dưới: under
    Chung,  // chừng: about
    Xap,    // xấp (xấp xỉ)
    Xi,     // xỉ
    It,     // ít (ít nhất)
    Nhieu,  // nhiều (nhiều nhất): also "many"
    Nhat2,  // nhất
    Thieu,  // thiểu (tối thiểu)
    Da,     // đa (tối đa)
    Chua2,  // chưa (chưa đến)
    Trong,  // trong: within (a duration follows)
    Mat,    // mất: takes (a duration follows)
    Suot,   // suốt: throughout
    Keo,    // kéo (kéo dài)
    Dai,    // dài
    Moi,    // mỗi: each
    Hang,   // hằng / hàng: every
    Nhung,  // những: plural marker
    Cac,    // các: plural marker
    Vai,    // vài: a few
    May,    // mấy: a few, how many
    Bao,    // bao (bao nhiêu)
    So,     // số: number
    Lan,    // lần: times
    // Number words (values in `number_word`).
    Khong, // không: zero (also "not")
    Mot,   // một
    Hai,   // hai
    Ba,    // ba
    Bon,   // bốn
    Tu4,   // tư: four (in "thứ Tư", "tháng Tư", "hai tư")
    Lam,   // lăm / nhăm: five after a ten
    Sau6,  // sáu
    Bay,   // bảy / bẩy
    Tam,   // tám
    Chin,  // chín
    Muoi,  // mười: ten
    Muoi2, // mươi: tens
    Linh,  // linh / lẻ
    Tram,  // trăm
    Nghin, // nghìn / ngàn
    Chuc,  // chục: ten (ba chục năm)
    Trieu, // triệu: million
    Ty,    // tỷ / tỉ: billion
    // Roman numerals (quarters).
    RomanI,
    RomanII,
    RomanIII,
    RomanIV,
    /// Any other word.
    Other,
}

impl Word {
    /// The word for a lowercase NFC string.
    pub(crate) fn lookup(s: &str) -> Word {
        use Word::*;
        match s {
            "ngày" => Ngay,
            "tháng" => Thang,
            "năm" => Nam,
            "tuần" => Tuan,
            "quý" => Quy,
            "thứ" => Thu,
            "chủ" => Chu,
            "chúa" => Chua,
            "nhật" => Nhat,
            "cn" => Cn,
            "hôm" | "bữa" => Hom,
            "mùng" | "mồng" => Mung,
            "giêng" => Gieng,
            "chạp" => Chap,
            "nay" => Nay,
            "qua" => Qua,
            "kia" => Kia,
            "mai" => Mai,
            "mốt" => Mot2,
            "trước" => Truoc,
            "này" => Nay2,
            "sau" => Sau,
            "tới" => Toi2,
            "ngoái" => Ngoai,
            "tiếp" => Tiep,
            "theo" => Theo,
            "hiện" => Hien,
            "tại" => Tai,
            "vừa" => Vua,
            "rồi" => Roi,
            "nữa" => Nua,
            "của" => Cua,
            "đó" | "ấy" | "khi" => Do,
            "bây" => Bay2,
            "ngay" => Ngay2,
            "sáng" => Sang,
            "trưa" => Trua,
            "chiều" => Chieu,
            "tối" => Toi,
            "đêm" => Dem,
            "khuya" => Khuya,
            "rạng" => Rang,
            "buổi" => Buoi,
            "giờ" => Gio,
            "tiếng" => Tieng,
            "đồng" => Dong,
            "hồ" => Ho,
            "phút" => Phut,
            "giây" => Giay,
            "rưỡi" => Ruoi,
            "kém" => Kem,
            "đúng" => Dung,
            "h" => H,
            "g" => G,
            "p" => P,
            "s" => S,
            "gmt" => Gmt,
            "utc" => Utc,
            "ict" => Ict,
            "jst" => Jst,
            "kst" => Kst,
            "từ" => Tu,
            "đến" => Den,
            "hết" => Het,
            "vào" => Vao,
            "lúc" => Luc,
            "khoảng" => Khoang,
            "gần" => Gan,
            "hơn" => Hon,
            "trên" => Tren,
            "dưới" => Duoi,
            "chừng" => Chung,
            "xấp" => Xap,
            "xỉ" => Xi,
            "ít" => It,
            "nhiều" => Nhieu,
            "nhất" => Nhat2,
            "thiểu" => Thieu,
            "đa" => Da,
            "chưa" => Chua2,
            "trong" => Trong,
            "mất" => Mat,
            "suốt" => Suot,
            "kéo" => Keo,
            "dài" => Dai,
            "mỗi" => Moi,
            "hằng" | "hàng" => Hang,
            "những" => Nhung,
            "các" => Cac,
            "vài" => Vai,
            "mấy" => May,
            "bao" => Bao,
            "số" => So,
            "lần" => Lan,
            "không" => Khong,
            "một" => Mot,
            "hai" => Hai,
            "ba" => Ba,
            "bốn" => Bon,
            "tư" => Tu4,
            "lăm" | "nhăm" => Lam,
            "sáu" => Sau6,
            "bảy" | "bẩy" => Bay,
            "tám" => Tam,
            "chín" => Chin,
            "mười" => Muoi,
            "mươi" => Muoi2,
            "linh" | "lẻ" => Linh,
            "trăm" => Tram,
            "nghìn" | "ngàn" => Nghin,
            "chục" => Chuc,
            "triệu" => Trieu,
            "tỷ" | "tỉ" => Ty,
            "i" => RomanI,
            "ii" => RomanII,
            "iii" => RomanIII,
            "iv" => RomanIV,
            _ => Other,
        }
    }

    /// True for words an expression can start with in running text: date
    /// and time nouns, parts of the day, "từ", qualifiers and number words.
    /// Other words ("của", "qua", "phút") only continue one, so the scanner
    /// does not try the grammar there.
    pub(crate) const fn may_start(self) -> bool {
        use Word::*;
        matches!(
            self,
            Ngay | Thang
                | Nam
                | Tuan
                | Quy
                | Thu
                | Chu
                | Chua
                | Cn
                | Hom
                | Mung
                | Sang
                | Trua
                | Chieu
                | Toi
                | Dem
                | Khuya
                | Rang
                | Buoi
                | Tu
                | Khoang
                | Gan
                | Hon
                | Tren
                | Duoi
                | Chung
                | Xap
                | It
                | Nhieu
                | Chua2
                | Khong
                | Mot
                | Hai
                | Ba
                | Bon
                | Sau6
                | Bay
                | Tam
                | Chin
                | Muoi
        )
    }

    /// The value of a single digit word (một … chín, tư, lăm; "năm" is 5).
    pub(crate) const fn digit_value(self) -> Option<u32> {
        Some(match self {
            Word::Khong => 0,
            Word::Mot | Word::Mot2 => 1,
            Word::Hai => 2,
            Word::Ba => 3,
            Word::Bon | Word::Tu4 => 4,
            Word::Nam | Word::Lam => 5,
            Word::Sau6 => 6,
            Word::Bay => 7,
            Word::Tam => 8,
            Word::Chin => 9,
            _ => return None,
        })
    }

    /// The quarter a Roman numeral names.
    pub(crate) const fn roman_value(self) -> Option<u32> {
        Some(match self {
            Word::RomanI => 1,
            Word::RomanII => 2,
            Word::RomanIII => 3,
            Word::RomanIV => 4,
            _ => return None,
        })
    }

    /// The UTC offset, in minutes, of a time zone written after a time.
    /// Only unambiguous names: "CST" is China, Central US or Cuba.
    pub(crate) const fn zone_offset(self) -> Option<i32> {
        Some(match self {
            Word::Gmt | Word::Utc => 0,
            Word::Ict => 7 * 60,
            Word::Jst | Word::Kst => 9 * 60,
            _ => return None,
        })
    }

    /// The part of the day a word names.
    pub(crate) const fn day_part(self) -> Option<DayPart> {
        Some(match self {
            Word::Sang => DayPart::Morning,
            Word::Trua => DayPart::Noon,
            Word::Chieu => DayPart::Afternoon,
            Word::Toi => DayPart::Evening,
            Word::Dem | Word::Khuya => DayPart::Night,
            _ => return None,
        })
    }
}

/// A part of the day written beside a time or a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayPart {
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    /// The 24-hour clock hour of `hour` said in this part of the day:
    /// "8 giờ tối" is 20, "1 giờ trưa" is 13, "12 giờ đêm" is 0, and an
    /// hour already on the 24-hour clock ("14 giờ chiều") is kept.
    pub(crate) const fn to_24h(self, hour: u8) -> u8 {
        match (self, hour) {
            (_, 13..) => hour,
            (DayPart::Morning, _) => hour,
            (DayPart::Noon, 1..=4) => hour + 12,
            (DayPart::Noon, _) => hour,
            (DayPart::Afternoon | DayPart::Evening, 1..=11) => hour + 12,
            (DayPart::Afternoon | DayPart::Evening, _) => hour,
            (DayPart::Night, 6..=11) => hour + 12,
            (DayPart::Night, 12) => 0,
            (DayPart::Night, _) => hour,
        }
    }
}
