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
    Sang2, // sang: into ("sang năm": next year)
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
    Ca,     // cả: all, as many as ("cả chục người")
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
    // Number words the quantities grammar reads beside the ones above.
    Van,  // vạn: ten thousand
    K,    // k: thousand after digits ("500k"); the K of "K+" otherwise
    Tr,   // tr: million after digits ("5tr")
    M,    // m: metre, or M (million) as written after digits
    Phay, // phẩy / chấm: the decimal point, spoken
    Am,   // âm: minus
    Tru,  // trừ: minus in spoken arithmetic
    // Roman numerals (quarters).
    RomanI,
    RomanII,
    RomanIII,
    RomanIV,
    // Added for date-times and context (datetime branch).
    Sn, // SN: sinh năm (born in), before a year
    // Added for dates (dates branch).
    Sap,    // sắp (sắp tới: upcoming)
    Dau,    // đầu: the beginning of (đầu tháng), đầu tiên: first
    Giua,   // giữa: the middle of
    Cuoi,   // cuối: the end of
    Tien,   // tiên (đầu tiên: first)
    Cach,   // cách (cách đây: ago)
    Day,    // đây (cách đây, trở lại đây)
    Thap,   // thập (thập kỷ, thập niên: decade)
    Ky,     // kỷ / kỉ (thập kỷ)
    Nien,   // niên (thập niên)
    Tet,    // Tết: the lunar new year
    Nguyen, // nguyên (Tết Nguyên đán)
    Dan,    // đán (Tết Nguyên đán)
    Ram,    // rằm: the 15th of a lunar month
    Lich,   // lịch (âm lịch: lunar calendar)
    Nhuan,  // nhuận: leap (month)
    Gio2,   // giỗ (Giỗ Tổ Hùng Vương)
    To,     // tổ (Giỗ Tổ)
    Hung,   // Hùng (Hùng Vương)
    Vuong,  // vương (Hùng Vương)
    Giang,  // giáng (Giáng sinh: Christmas)
    Sinh,   // sinh (Giáng sinh)
    Som,    // sớm (sáng sớm: early morning)
    Muon,   // muộn (tối muộn: late evening)
    Cet,    // CET: Central European Time, UTC+1
    Cest,   // CEST: Central European Summer Time, UTC+2
    Est,    // EST: US Eastern Standard Time, UTC−5
    Edt,    // EDT: US Eastern Daylight Time, UTC−4
    Pst,    // PST: US Pacific Standard Time, UTC−8
    Pdt,    // PDT: US Pacific Daylight Time, UTC−7
    Bst,    // BST: British Summer Time (ambiguous: also Bangladesh)
    Cst,    // CST: ambiguous (China, US Central, Cuba)
    Ist,    // IST: ambiguous (India, Ireland, Israel)
    Wib,    // WIB: Western Indonesia, UTC+7
    Sgt,    // SGT: Singapore, UTC+8
    Hkt,    // HKT: Hong Kong, UTC+8
    Aest,   // AEST: Australian Eastern Standard Time, UTC+10
    // The quantity scanner's start words that no grammar above reads, so
    // that the extractor's token walk finds every start (number/trigger.rs).
    Cao,   // cao (cao nhất: at most)
    Lon,   // lớn (lớn nhất)
    Thap2, // thấp (thấp nhất: at least)
    Nho,   // nhỏ (nhỏ nhất)
    Hang2, // hạng: rank ("hạng 3")
    Vnd,   // VNĐ written before an amount
    Nhi,   // nhì: second ("nhì bảng D")
    Quanh, // quanh: around (an amount)
    Tam2,  // tầm: about ("tầm 100.000 đồng")
    Co3,   // cỡ: about after a dimension ("dài cỡ 3 mét"), else size
    Ngot,  // ngót: nearly ("ngót 100 người", "ngót nghét 2 tỷ đồng")
    Nghet, // nghét, ngét: "ngót nghét" (nearly)
    Qua3,  // quá: past, more than ("quá nửa": more than half)
    Uoc,   // ước: "ước chừng" (roughly)
    Trac,  // trạc: about, of an age ("trạc 50 tuổi")
    Day3,  // đầy (chưa đầy: less than)
    Tron2, // tròn (chưa tròn: less than)
    The,   // thế (thế kỷ: century)
    // The words of the qualifier table (`crate::qualifier`) that no
    // grammar above reads, and the modals of a negated bound.
    La,   // là: is ("ít nhất là 3")
    Vuot, // vượt: exceed ("không vượt quá")
    Duoc, // được: may ("không được quá")
    Phep, // phép (không được phép quá)
    The2, // thể: can ("không thể dưới")
    Do4,  // độ: "khoảng độ 40 tuổi" (about; "độ" alone is none)
    Muc,  // mức: level ("trên mức 200.000": more than)
    /// Any other word.
    Other,
}

impl Word {
    /// The word for a lowercase NFC string.
    ///
    /// One probe of a hash table built at compile time (most words are not
    /// in the vocabulary and miss on an empty slot or one comparison); a
    /// `match` on strings compared the word with every entry of its length.
    // Inlined into the lexer, which calls it for every word of the text:
    // as a call it cost the lexer some 12M instructions on the 4 MB bench.
    #[inline(always)]
    pub(crate) fn lookup(s: &str) -> Word {
        Word::lookup_bytes(s.as_bytes())
    }

    /// [`Word::lookup`] for the UTF-8 bytes of a word.
    #[inline(always)]
    pub(crate) fn lookup_bytes(s: &[u8]) -> Word {
        match pack(s) {
            Some(key) => Word::lookup_packed(key, s.len()),
            None => Word::Other,
        }
    }

    /// [`Word::lookup`] for a word of `len` bytes (1 to 8) packed by
    /// [`pack`]: the vocabulary's keys are at most [`MAX_KEY_BYTES`] long,
    /// so a key is one integer, hashed with one multiplication and
    /// compared with one test instead of a byte loop and `memcmp`.
    #[inline(always)]
    pub(crate) fn lookup_packed(key: u64, len: usize) -> Word {
        let mut slot = hash(key);
        loop {
            let Some(entry) = SLOTS.get(slot) else {
                return Word::Other;
            };
            if entry.key == key && usize::from(entry.len) == len {
                return entry.word;
            }
            if entry.len == 0 {
                return Word::Other;
            }
            slot = (slot + 1) & (SLOT_COUNT - 1);
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
                | Tet
                | Ram
                | Gio2
                | Giang
                | Cach
                | Cuoi
                | Dau
                | Giua
                | Thap
                | The
                | Nhung
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
                | Sang2
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
                | Tam2
                | Ngot
                | Qua3
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

    /// True for the words that start a time expression only before
    /// certain next tokens: the time scanner's start filter
    /// (`time::scan::next_allows`) asks the next token before the grammar
    /// for these and for no other word. "không", "những", "nhiều" (speed7);
    /// the numbers in words, the halves of compounds and the words that
    /// lead an expression at the next token (speed10). A unit test of the
    /// scanner checks that the filter holds back no other word.
    pub(crate) const fn starts_only_before_some(self) -> bool {
        use Word::*;
        matches!(
            self,
            Khong
                | Nhung
                | Nhieu
                | It
                | Mot
                | Hai
                | Ba
                | Bon
                | Sau6
                | Bay
                | Tam
                | Chin
                | Muoi
                | Tram
                | Nghin
                | Chu
                | Chua
                | The
                | Thap
                | Cach
                | Xap
                | Chua2
                | Tu
                | Tren
                | Hon
                | Qua3
                | Gan
                | Khoang
                | Duoi
                | Tam2
                | Chung
                | Ngot
                | Dau
                | Giua
                | Cuoi
                | Hang
                | Vai
                | May
                | Buoi
                | Sang2
                | Uoc
                | Quanh
                | Trac
                | Co3
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

    /// True for the number words two to ten as a count says them on its
    /// own ("hai" … "chín", "mười"; not "tư", "lăm", which follow a ten):
    /// the counts that `extract::tallies` ("N trong một") and
    /// `extract::credit_counts` ("Ảnh: X Hai đội") read.
    pub(crate) const fn two_to_ten(self) -> bool {
        matches!(
            self,
            Word::Hai
                | Word::Ba
                | Word::Bon
                | Word::Nam
                | Word::Sau6
                | Word::Bay
                | Word::Tam
                | Word::Chin
                | Word::Muoi
        )
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
            Word::Ict | Word::Wib => 7 * 60,
            Word::Jst | Word::Kst => 9 * 60,
            Word::Cet => 60,
            Word::Cest => 2 * 60,
            Word::Est => -5 * 60,
            Word::Edt => -4 * 60,
            Word::Pst => -8 * 60,
            Word::Pdt => -7 * 60,
            Word::Sgt | Word::Hkt => 8 * 60,
            Word::Aest => 10 * 60,
            _ => return None,
        })
    }

    /// True for a zone abbreviation that names several zones: "CST"
    /// (China, US Central, Cuba), "IST" (India, Ireland, Israel), "BST"
    /// (British Summer Time, Bangladesh).
    pub(crate) const fn is_ambiguous_zone(self) -> bool {
        matches!(self, Word::Cst | Word::Ist | Word::Bst)
    }
}

/// The vocabulary: every spelling (lowercase, NFC) and its word.
pub(crate) const VOCAB: &[(&str, Word)] = &[
    ("ngày", Word::Ngay),
    ("tháng", Word::Thang),
    ("năm", Word::Nam),
    ("tuần", Word::Tuan),
    ("quý", Word::Quy),
    // "quí": the old spelling with "i" ("quí II/2013").
    ("quí", Word::Quy),
    ("thứ", Word::Thu),
    ("chủ", Word::Chu),
    ("chúa", Word::Chua),
    ("nhật", Word::Nhat),
    ("cn", Word::Cn),
    ("hôm", Word::Hom),
    ("bữa", Word::Hom),
    ("mùng", Word::Mung),
    ("mồng", Word::Mung),
    ("giêng", Word::Gieng),
    ("chạp", Word::Chap),
    ("nay", Word::Nay),
    ("qua", Word::Qua),
    ("kia", Word::Kia),
    ("mai", Word::Mai),
    ("mốt", Word::Mot2),
    ("trước", Word::Truoc),
    ("này", Word::Nay2),
    ("sau", Word::Sau),
    ("tới", Word::Toi2),
    ("ngoái", Word::Ngoai),
    ("tiếp", Word::Tiep),
    ("theo", Word::Theo),
    ("hiện", Word::Hien),
    ("tại", Word::Tai),
    ("vừa", Word::Vua),
    ("rồi", Word::Roi),
    ("nữa", Word::Nua),
    ("của", Word::Cua),
    ("đó", Word::Do),
    ("ấy", Word::Do),
    ("khi", Word::Do),
    ("bây", Word::Bay2),
    ("ngay", Word::Ngay2),
    ("sang", Word::Sang2),
    ("sáng", Word::Sang),
    ("trưa", Word::Trua),
    ("chiều", Word::Chieu),
    ("tối", Word::Toi),
    ("đêm", Word::Dem),
    ("khuya", Word::Khuya),
    ("rạng", Word::Rang),
    ("buổi", Word::Buoi),
    ("giờ", Word::Gio),
    ("tiếng", Word::Tieng),
    ("đồng", Word::Dong),
    ("hồ", Word::Ho),
    ("phút", Word::Phut),
    ("giây", Word::Giay),
    ("rưỡi", Word::Ruoi),
    ("kém", Word::Kem),
    ("đúng", Word::Dung),
    ("h", Word::H),
    ("g", Word::G),
    ("p", Word::P),
    ("s", Word::S),
    ("gmt", Word::Gmt),
    ("utc", Word::Utc),
    ("ict", Word::Ict),
    ("jst", Word::Jst),
    ("kst", Word::Kst),
    ("từ", Word::Tu),
    ("đến", Word::Den),
    ("hết", Word::Het),
    ("vào", Word::Vao),
    ("lúc", Word::Luc),
    ("khoảng", Word::Khoang),
    ("gần", Word::Gan),
    ("hơn", Word::Hon),
    ("trên", Word::Tren),
    ("dưới", Word::Duoi),
    ("chừng", Word::Chung),
    ("xấp", Word::Xap),
    ("xỉ", Word::Xi),
    ("ít", Word::It),
    ("nhiều", Word::Nhieu),
    ("nhất", Word::Nhat2),
    ("thiểu", Word::Thieu),
    ("đa", Word::Da),
    ("chưa", Word::Chua2),
    ("trong", Word::Trong),
    ("mất", Word::Mat),
    ("suốt", Word::Suot),
    ("kéo", Word::Keo),
    ("dài", Word::Dai),
    ("mỗi", Word::Moi),
    ("hằng", Word::Hang),
    ("hàng", Word::Hang),
    ("những", Word::Nhung),
    ("các", Word::Cac),
    ("vài", Word::Vai),
    ("mấy", Word::May),
    ("bao", Word::Bao),
    ("số", Word::So),
    ("lần", Word::Lan),
    ("cả", Word::Ca),
    ("không", Word::Khong),
    ("một", Word::Mot),
    ("hai", Word::Hai),
    ("ba", Word::Ba),
    ("bốn", Word::Bon),
    ("tư", Word::Tu4),
    ("lăm", Word::Lam),
    ("nhăm", Word::Lam),
    ("sáu", Word::Sau6),
    ("bảy", Word::Bay),
    ("bẩy", Word::Bay),
    ("tám", Word::Tam),
    ("chín", Word::Chin),
    ("mười", Word::Muoi),
    ("mươi", Word::Muoi2),
    ("linh", Word::Linh),
    ("lẻ", Word::Linh),
    ("trăm", Word::Tram),
    ("nghìn", Word::Nghin),
    ("ngàn", Word::Nghin),
    ("chục", Word::Chuc),
    ("triệu", Word::Trieu),
    ("tỷ", Word::Ty),
    ("tỉ", Word::Ty),
    ("vạn", Word::Van),
    ("k", Word::K),
    ("tr", Word::Tr),
    ("m", Word::M),
    ("phẩy", Word::Phay),
    ("chấm", Word::Phay),
    ("âm", Word::Am),
    ("trừ", Word::Tru),
    ("i", Word::RomanI),
    ("ii", Word::RomanII),
    ("iii", Word::RomanIII),
    ("iv", Word::RomanIV),
    // Added for date-times and context (datetime branch).
    ("sn", Word::Sn),
    // Added for dates (dates branch).
    ("sắp", Word::Sap),
    ("đầu", Word::Dau),
    ("giữa", Word::Giua),
    ("cuối", Word::Cuoi),
    ("tiên", Word::Tien),
    ("cách", Word::Cach),
    ("đây", Word::Day),
    ("thập", Word::Thap),
    ("kỷ", Word::Ky),
    ("kỉ", Word::Ky),
    ("niên", Word::Nien),
    ("tết", Word::Tet),
    ("nguyên", Word::Nguyen),
    ("đán", Word::Dan),
    ("rằm", Word::Ram),
    ("lịch", Word::Lich),
    ("nhuận", Word::Nhuan),
    ("giỗ", Word::Gio2),
    ("tổ", Word::To),
    ("hùng", Word::Hung),
    ("vương", Word::Vuong),
    ("giáng", Word::Giang),
    ("sinh", Word::Sinh),
    ("sớm", Word::Som),
    ("muộn", Word::Muon),
    ("cet", Word::Cet),
    ("cest", Word::Cest),
    ("est", Word::Est),
    ("edt", Word::Edt),
    ("pst", Word::Pst),
    ("pdt", Word::Pdt),
    ("bst", Word::Bst),
    ("cst", Word::Cst),
    ("ist", Word::Ist),
    ("wib", Word::Wib),
    ("sgt", Word::Sgt),
    ("hkt", Word::Hkt),
    ("aest", Word::Aest),
    ("cao", Word::Cao),
    ("lớn", Word::Lon),
    ("thấp", Word::Thap2),
    ("nhỏ", Word::Nho),
    ("hạng", Word::Hang2),
    ("vnđ", Word::Vnd),
    ("nhì", Word::Nhi),
    ("quanh", Word::Quanh),
    ("tầm", Word::Tam2),
    ("cỡ", Word::Co3),
    ("ngót", Word::Ngot),
    ("nghét", Word::Nghet),
    ("ngét", Word::Nghet),
    ("quá", Word::Qua3),
    ("ước", Word::Uoc),
    ("trạc", Word::Trac),
    ("đầy", Word::Day3),
    ("tròn", Word::Tron2),
    ("thế", Word::The),
    ("là", Word::La),
    ("vượt", Word::Vuot),
    ("được", Word::Duoc),
    ("phép", Word::Phep),
    ("thể", Word::The2),
    ("độ", Word::Do4),
    ("mức", Word::Muc),
];

/// Longest key of [`VOCAB`] in bytes ("khoảng", "trước"): a key fits in
/// a `u64`, and a longer word is no vocabulary word.
pub(crate) const MAX_KEY_BYTES: usize = 8;

/// The bytes of `s`, little-endian, zero above its length: `None` when `s`
/// is empty or longer than [`MAX_KEY_BYTES`] (no vocabulary word is).
/// Keys hold no zero byte, so with the length a packed word is its bytes.
pub(crate) const fn pack(s: &[u8]) -> Option<u64> {
    if s.is_empty() || s.len() > MAX_KEY_BYTES {
        return None;
    }
    let mut key = 0u64;
    let mut rest = s;
    while let [head @ .., last] = rest {
        key = (key << 8) | *last as u64;
        rest = head;
    }
    Some(key)
}

/// Size of the open-addressing table over [`VOCAB`]: a power of two, at
/// least four times the vocabulary so probes are short.
const SLOT_COUNT: usize = 1024;

/// A slot of the table: a packed key ([`pack`]), its length (0 for an
/// empty slot) and its word.
#[derive(Clone, Copy)]
struct Slot {
    key: u64,
    len: u8,
    word: Word,
}

/// Fibonacci hashing of a packed key: its top ten bits after one
/// multiplication, which mixes every byte of the word into them.
const fn hash(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOT_COUNT.trailing_zeros())) as usize
}

/// The vocabulary by slot, linear probing, built at compile time: a key
/// too long or an index out of range here fails the build, not a run.
#[allow(clippy::indexing_slicing, clippy::panic)]
const SLOTS: [Slot; SLOT_COUNT] = {
    assert!(VOCAB.len() * 4 <= SLOT_COUNT);
    let empty = Slot {
        key: 0,
        len: 0,
        word: Word::Other,
    };
    let mut slots = [empty; SLOT_COUNT];
    let mut i = 0;
    while i < VOCAB.len() {
        let bytes = VOCAB[i].0.as_bytes();
        let Some(key) = pack(bytes) else {
            panic!("a vocabulary key is empty or longer than MAX_KEY_BYTES");
        };
        let mut slot = hash(key);
        while slots[slot].len != 0 {
            slot = (slot + 1) & (SLOT_COUNT - 1);
        }
        slots[slot] = Slot {
            key,
            len: bytes.len() as u8,
            word: VOCAB[i].1,
        };
        i += 1;
    }
    slots
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_is_found_once() {
        for (i, &(key, word)) in VOCAB.iter().enumerate() {
            assert_eq!(Word::lookup(key), word, "{key}");
            assert!(
                VOCAB.iter().skip(i + 1).all(|&(k, _)| k != key),
                "{key} twice"
            );
        }
        for other in [
            "",
            "ngàyy",
            "thang",
            "Ngày",
            "x",
            "hôm nay",
            "h\0",
            "\0",
            "khoảngg",
            "ngày\0\0\0\0",
        ] {
            assert_eq!(Word::lookup(other), Word::Other, "{other}");
        }
    }
}
