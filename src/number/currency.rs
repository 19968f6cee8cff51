//! Currencies: ISO 4217 codes and the ways Vietnamese news writes them.
//!
//! The table is the one place to add a currency or a spelling. Each form is
//! written as it appears in text; it is matched token by token,
//! case-insensitively, after normalization ("VNĐ", "vnđ" and "Vnđ" are one
//! form). Longer forms win ("đô la Úc" is AUD before "đô la" is USD).

use std::fmt;
use std::sync::OnceLock;

use super::forms::{FnvMap, index_by_first_part};
use super::lex::{Token, tokens};

/// An ISO 4217 currency.
///
/// ```
/// use vietnorm::number::Currency;
///
/// assert_eq!(Currency::USD.code(), "USD");
/// assert_eq!(Currency::from_code("vnd"), Some(Currency::VND));
/// assert_eq!(Currency::from_code("XYZ"), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Currency(&'static str);

macro_rules! currencies {
    ($($code:ident: $name:literal, $example:literal),* $(,)?) => {
        impl Currency {
            $(
                #[doc = concat!("`", stringify!($code), "`: ", $name, ".")]
                ///
                /// ```
                #[doc = concat!(
                    "let m = vietnorm::number::parse_money(\"", $example, "\")?;"
                )]
                #[doc = concat!(
                    "assert_eq!(m.currency, vietnorm::number::Currency::", stringify!($code), ");"
                )]
                #[doc = concat!(
                    "assert_eq!(m.currency.code(), \"", stringify!($code), "\");"
                )]
                /// # Ok::<(), vietnorm::number::ParseMoneyError>(())
                /// ```
                pub const $code: Currency = Currency(stringify!($code));
            )*
            /// Every currency the library knows.
            ///
            /// ```
            /// assert!(vietnorm::number::Currency::ALL.contains(&vietnorm::number::Currency::EUR));
            /// ```
            pub const ALL: &'static [Currency] = &[$(Currency::$code),*];
        }
    };
}

currencies! {
    VND: "Vietnamese đồng", "5,2 triệu đồng",
    USD: "US dollar", "83,5 triệu USD",
    EUR: "euro", "1,2 tỷ euro",
    JPY: "Japanese yen", "300 triệu yên",
    CNY: "Chinese yuan (nhân dân tệ)", "2 tỷ nhân dân tệ",
    GBP: "pound sterling", "50 triệu bảng Anh",
    KRW: "South Korean won", "10 tỷ won",
    THB: "Thai baht", "500 baht",
    AUD: "Australian dollar", "3 triệu đô la Úc",
    SGD: "Singapore dollar", "20 triệu đô la Singapore",
    HKD: "Hong Kong dollar", "7 triệu đô la Hồng Kông",
    TWD: "New Taiwan dollar", "40 triệu Đài tệ",
    RUB: "Russian ruble", "100 triệu rúp",
    INR: "Indian rupee", "5 tỷ rupee",
    CHF: "Swiss franc", "2 triệu franc Thụy Sĩ",
    CAD: "Canadian dollar", "15 triệu đô la Canada",
    MYR: "Malaysian ringgit", "80 triệu ringgit",
    LAK: "Lao kip", "1 tỷ kíp Lào",
    KHR: "Cambodian riel", "400.000 riel",
    IDR: "Indonesian rupiah", "15.000 rupiah",
    PHP: "Philippine peso", "50 peso Philippines",
    MMK: "Myanmar kyat", "2.000 kyat",
    BND: "Brunei dollar", "10 đô la Brunei",
    NZD: "New Zealand dollar", "5 triệu đô la New Zealand",
    AED: "UAE dirham", "100 dirham",
    SAR: "Saudi riyal", "20 riyal Ả Rập Xê Út",
    QAR: "Qatari riyal", "30 riyal Qatar",
    KWD: "Kuwaiti dinar", "2 dinar Kuwait",
    ILS: "Israeli new shekel", "40 shekel",
    TRY: "Turkish lira", "1.000 lira",
    EGP: "Egyptian pound", "300 bảng Ai Cập",
    ZAR: "South African rand", "60 rand",
    NGN: "Nigerian naira", "500 naira",
    SEK: "Swedish krona", "10 krona Thụy Điển",
    NOK: "Norwegian krone", "10 krone Na Uy",
    DKK: "Danish krone", "10 krone Đan Mạch",
    PLN: "Polish złoty", "25 zloty",
    CZK: "Czech koruna", "100 koruna Séc",
    HUF: "Hungarian forint", "1.000 forint",
    UAH: "Ukrainian hryvnia", "70 hryvnia",
    KZT: "Kazakhstani tenge", "500 tenge",
    PKR: "Pakistani rupee", "300 rupee Pakistan",
    BDT: "Bangladeshi taka", "90 taka",
    BRL: "Brazilian real", "12 real Brazil",
    MXN: "Mexican peso", "200 peso Mexico",
    ARS: "Argentine peso", "900 peso Argentina",
    CLP: "Chilean peso", "800 peso Chile",
    MOP: "Macanese pataca", "100 pataca",
}

impl Currency {
    /// The three-letter ISO 4217 code.
    ///
    /// ```
    /// assert_eq!(vietnorm::number::Currency::JPY.code(), "JPY");
    /// ```
    pub const fn code(&self) -> &'static str {
        self.0
    }

    /// The currency with this code (any case), if the library knows it.
    ///
    /// ```
    /// assert_eq!(vietnorm::number::Currency::from_code("eur"), Some(vietnorm::number::Currency::EUR));
    /// ```
    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL
            .iter()
            .copied()
            .find(|c| c.0.eq_ignore_ascii_case(code))
    }

    /// Whether amounts in this currency have hundredths spoken as "xu" /
    /// "xen" ("2 đô 23 xu" = 2.23 USD).
    pub(crate) fn has_cents(self) -> bool {
        !matches!(self.0, "VND" | "JPY" | "KRW" | "LAK" | "KHR")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

/// Where a form may stand relative to the number, and what it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// Before or after: codes and symbols ("USD 5", "5 USD", "$10", "10$").
    Both,
    /// After only: words ("10 đồng", "5 đô la").
    After,
    /// After only, a hundredth of the currency: "50 cent" is 0.50 USD,
    /// "20 xu" 0.20 USD, "80 penny" 0.80 GBP.
    Minor,
}

use Place::{After, Both, Minor};

/// The currency table: code, place, forms as written. The first `After`
/// form of a currency is its spoken name (`Speller::money`).
///
/// Words that name several currencies ("peso", "dinar", "riyal", "krone",
/// "real") are only money with their country; a bare "peso" is not read.
/// A minor unit alone ("cent", "xu", "xen") is a US cent: that is what
/// Vietnamese news and translations mean by it, and the hundredth of a
/// đồng called "xu" has not circulated for decades.
const TABLE: &[(Currency, Place, &[&str])] = &[
    (Currency::VND, Both, &["VND", "VNĐ", "₫", "VN$"]),
    (Currency::VND, After, &["đồng", "đ", "Việt Nam đồng"]),
    (Currency::USD, Both, &["USD", "US$", "$"]),
    (
        Currency::USD,
        After,
        &[
            "đô la Mỹ",
            "đô-la Mỹ",
            "đôla Mỹ",
            "đô Mỹ",
            "USD Mỹ",
            "đô la",
            "đô-la",
            "đôla",
            "đô",
            "Mỹ kim",
            "dollar",
            "dollars",
            "US dollar",
            "US dollars",
        ],
    ),
    (
        Currency::USD,
        Minor,
        &["cent", "cents", "xu", "xen", "xu Mỹ", "US cent", "cent Mỹ"],
    ),
    (Currency::EUR, Both, &["EUR", "€"]),
    (
        Currency::EUR,
        After,
        &["euro", "euros", "ơ-rô", "ơ rô", "ơrô", "Euro"],
    ),
    (Currency::EUR, Minor, &["euro cent", "cent euro", "xu euro"]),
    (Currency::JPY, Both, &["JPY", "¥", "JP¥"]),
    (Currency::JPY, After, &["yên", "yên Nhật", "yen"]),
    (Currency::CNY, Both, &["CNY", "RMB", "NDT", "CN¥"]),
    (
        Currency::CNY,
        After,
        &["nhân dân tệ", "tệ", "yuan", "đồng nhân dân tệ"],
    ),
    (Currency::GBP, Both, &["GBP", "£"]),
    (
        Currency::GBP,
        After,
        &["bảng Anh", "pound", "pounds", "bảng Anh (GBP)"],
    ),
    (Currency::GBP, Minor, &["penny", "pence", "xu Anh"]),
    (Currency::KRW, Both, &["KRW", "₩"]),
    (Currency::KRW, After, &["won", "won Hàn Quốc", "won Hàn"]),
    (Currency::THB, Both, &["THB", "฿"]),
    (
        Currency::THB,
        After,
        &["bạt", "baht", "bạt Thái", "baht Thái", "bath"],
    ),
    (Currency::AUD, Both, &["AUD", "A$", "AU$"]),
    (
        Currency::AUD,
        After,
        &[
            "đô la Úc",
            "đô-la Úc",
            "đôla Úc",
            "đô Úc",
            "đô la Australia",
            "AUD Úc",
            "USD Úc",
        ],
    ),
    (Currency::SGD, Both, &["SGD", "S$"]),
    (
        Currency::SGD,
        After,
        &[
            "đô la Singapore",
            "đô-la Singapore",
            "đôla Singapore",
            "đô Singapore",
            "đô la Sing",
            "đô Sing",
        ],
    ),
    (Currency::HKD, Both, &["HKD", "HK$"]),
    (
        Currency::HKD,
        After,
        &[
            "đô la Hồng Kông",
            "đô-la Hồng Kông",
            "đôla Hồng Kông",
            "đô la Hong Kong",
            "đô-la Hong Kong",
            "đô la Hồng Công",
            "đô la Hongkong",
            "đô Hồng Kông",
            "đô Hong Kong",
            "đô la HK",
            "đô HK",
            "USD Hongkong",
            "USD Hồng Kông",
            "USD Hong Kong",
        ],
    ),
    (Currency::TWD, Both, &["TWD", "NT$"]),
    (
        Currency::TWD,
        After,
        &[
            "Đài tệ",
            "đô la Đài Loan",
            "đô-la Đài Loan",
            "Tân Đài tệ",
            "đô Đài Loan",
        ],
    ),
    (Currency::RUB, Both, &["RUB", "₽"]),
    (
        Currency::RUB,
        After,
        &["rúp", "rúp Nga", "ruble", "rubles", "rouble", "roubles"],
    ),
    (
        Currency::RUB,
        Minor,
        &["kopek", "kopeks", "kopeck", "kopecks", "côpếch"],
    ),
    (Currency::INR, Both, &["INR", "₹", "Rs", "Rs."]),
    (
        Currency::INR,
        After,
        &["rupee", "rupees", "rupi", "rupee Ấn Độ", "rupi Ấn Độ"],
    ),
    (Currency::CHF, Both, &["CHF"]),
    (
        Currency::CHF,
        After,
        &[
            "franc Thụy Sĩ",
            "franc Thuỵ Sĩ",
            "franc Thụy Sỹ",
            "franc Thuỵ Sỹ",
            "Swiss franc",
            "Swiss francs",
            "franc",
            "francs",
        ],
    ),
    (Currency::CAD, Both, &["CAD", "C$", "CA$"]),
    (
        Currency::CAD,
        After,
        &[
            "đô la Canada",
            "đô-la Canada",
            "đôla Canada",
            "đô Canada",
            "dollar Canada",
        ],
    ),
    (Currency::MYR, Both, &["MYR", "RM"]),
    (Currency::MYR, After, &["ringgit", "ringgit Malaysia"]),
    (Currency::LAK, Both, &["LAK", "₭"]),
    (Currency::LAK, After, &["kíp Lào", "kip Lào", "kíp", "kip"]),
    (Currency::KHR, Both, &["KHR", "៛"]),
    (Currency::KHR, After, &["riel", "riel Campuchia"]),
    (Currency::IDR, Both, &["IDR", "Rp"]),
    (Currency::IDR, After, &["rupiah", "rupiah Indonesia"]),
    (Currency::PHP, Both, &["PHP", "₱"]),
    (
        Currency::PHP,
        After,
        &["peso Philippines", "peso Philippine", "peso Phi"],
    ),
    (Currency::MMK, Both, &["MMK"]),
    (Currency::MMK, After, &["kyat", "kyat Myanmar"]),
    (Currency::BND, Both, &["BND", "B$"]),
    (Currency::BND, After, &["đô la Brunei", "đô Brunei"]),
    (Currency::NZD, Both, &["NZD", "NZ$"]),
    (
        Currency::NZD,
        After,
        &[
            "đô la New Zealand",
            "đô-la New Zealand",
            "đô New Zealand",
            "đô la NZ",
        ],
    ),
    (Currency::AED, Both, &["AED"]),
    (
        Currency::AED,
        After,
        &[
            "dirham",
            "dirhams",
            "dirham UAE",
            "dirham Các Tiểu vương quốc Ả Rập Thống nhất",
        ],
    ),
    (Currency::SAR, Both, &["SAR"]),
    (
        Currency::SAR,
        After,
        &["riyal Ả Rập Xê Út", "riyal Saudi", "riyal Ả Rập Saudi"],
    ),
    (Currency::QAR, Both, &["QAR"]),
    (Currency::QAR, After, &["riyal Qatar"]),
    (Currency::KWD, Both, &["KWD"]),
    (Currency::KWD, After, &["dinar Kuwait"]),
    (Currency::ILS, Both, &["ILS", "₪"]),
    (
        Currency::ILS,
        After,
        &["shekel", "shekels", "shekel Israel"],
    ),
    (Currency::TRY, Both, &["TRY", "₺"]),
    (
        Currency::TRY,
        After,
        &["lira", "lira Thổ Nhĩ Kỳ", "lira Thổ"],
    ),
    (Currency::EGP, Both, &["EGP"]),
    (Currency::EGP, After, &["bảng Ai Cập"]),
    (Currency::ZAR, Both, &["ZAR"]),
    (Currency::ZAR, After, &["rand", "rand Nam Phi"]),
    (Currency::NGN, Both, &["NGN", "₦"]),
    (Currency::NGN, After, &["naira", "naira Nigeria"]),
    (Currency::SEK, Both, &["SEK"]),
    (
        Currency::SEK,
        After,
        &["krona Thụy Điển", "kronor Thụy Điển"],
    ),
    (Currency::NOK, Both, &["NOK"]),
    (Currency::NOK, After, &["krone Na Uy", "kroner Na Uy"]),
    (Currency::DKK, Both, &["DKK"]),
    (Currency::DKK, After, &["krone Đan Mạch", "kroner Đan Mạch"]),
    (Currency::PLN, Both, &["PLN"]),
    (
        Currency::PLN,
        After,
        &["zloty", "złoty", "zł", "zloty Ba Lan"],
    ),
    (Currency::CZK, Both, &["CZK"]),
    (Currency::CZK, After, &["koruna Séc", "Kč"]),
    (Currency::HUF, Both, &["HUF"]),
    (Currency::HUF, After, &["forint", "forint Hungary"]),
    (Currency::UAH, Both, &["UAH", "₴"]),
    (Currency::UAH, After, &["hryvnia", "hryvnia Ukraine"]),
    (Currency::KZT, Both, &["KZT", "₸"]),
    (Currency::KZT, After, &["tenge", "tenge Kazakhstan"]),
    (Currency::PKR, Both, &["PKR"]),
    (Currency::PKR, After, &["rupee Pakistan", "rupi Pakistan"]),
    (Currency::BDT, Both, &["BDT", "৳"]),
    (Currency::BDT, After, &["taka", "taka Bangladesh"]),
    (Currency::BRL, Both, &["BRL", "R$"]),
    (Currency::BRL, After, &["real Brazil", "reais Brazil"]),
    (Currency::MXN, Both, &["MXN", "MX$", "Mex$"]),
    (Currency::MXN, After, &["peso Mexico", "peso Mexicô"]),
    (Currency::ARS, Both, &["ARS"]),
    (Currency::ARS, After, &["peso Argentina"]),
    (Currency::CLP, Both, &["CLP"]),
    (Currency::CLP, After, &["peso Chile"]),
    (Currency::MOP, Both, &["MOP", "MOP$"]),
    (
        Currency::MOP,
        After,
        &["pataca", "pataca Macau", "pataca Ma Cao"],
    ),
];

/// The symbols written with no letters (`€`, `₹`): the scanner starts a
/// quantity at any of them.
pub(crate) const SYMBOL_CHARS: &[char] = &[
    '$', '€', '£', '¥', '₫', '₩', '₹', '₽', '฿', '₭', '៛', '₱', '₪', '₺', '₦', '₴', '₸', '৳',
];

/// Words that make a currency word part of another word: "đồng" in "đồng
/// chí" (comrade), "đô" in "đô thị" (city), "tệ" in "tệ nạn" (vice).
const NOT_AFTER: &[(&str, &[&str])] = &[
    (
        "đồng",
        &[
            "chí", "nghiệp", "bào", "hồ", "thời", "ý", "bằng", "minh", "loạt", "đội", "phục",
            "hương", "tâm", "lòng", "thuận", "tình", "cảm", "sở", "hành", "ruộng", "cỏ", "xu",
            "đều", "nhất", "dạng", "hóa", "hoá", "tiền", "bộ", "lúa", "vốn", "sáng", "hạng",
            "phạm", "môn", "chủ", "quê", "đẳng", "tác", "thanh", "ca", "dao", "áng", "nghĩa",
            "bọn", "hới", "nai", "tháp", "văn", "xoài", "tiến",
            // money13 probe: "một đồng sự" (a colleague), "một đồng tính
            // nam" (a gay man), "một đồng vị" (an isotope), "hai đồng nội
            // tệ", "5 đồng ngoại tệ" (two currencies, five currencies),
            // "161 Đồng Khởi" (a street), "thôn 5 Đồng Yên" (a hamlet).
            "sự", "tính", "vị", "nội", "ngoại", "khởi", "yên",
        ],
    ),
    ("đô", &["thị", "vật", "đốc", "hộ", "con", "úy", "uý"]),
    ("tệ", &["nạn", "hại", "bạc", "quan"]),
    (
        "yên",
        &["tâm", "ổn", "bình", "lặng", "tĩnh", "ả", "ngựa", "xe", "vị"],
    ),
    ("bạt", &["ngàn", "mạng", "tử", "vía"]),
    ("won", &[]),
    // "3 xu hướng" (trends), "xu thế", "xu nịnh".
    ("xu", &["hướng", "thế", "nịnh", "chiêng", "xoa"]),
    // "kíp trực" (a shift on duty), "kíp mổ", "kíp nổ" (a detonator).
    ("kíp", &["trực", "mổ", "nổ", "làm", "lái", "bay", "máy"]),
    ("kip", &["trực", "mổ", "nổ"]),
    ("rand", &[]),
];

/// One form, lexed once.
struct Form {
    currency: Currency,
    place: Place,
    /// The folded texts of the form's tokens.
    parts: Vec<String>,
}

fn forms() -> &'static [Form] {
    static FORMS: OnceLock<Vec<Form>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut out: Vec<Form> = TABLE
            .iter()
            .flat_map(|&(currency, place, forms)| {
                forms.iter().map(move |f| Form {
                    currency,
                    place,
                    parts: tokens(f).iter().map(|t| t.folded.to_string()).collect(),
                })
            })
            .collect();
        // Longest first, so "đô la Mỹ" is tried before "đô".
        out.sort_by_key(|f| std::cmp::Reverse(f.parts.len()));
        out
    })
}

/// The forms by their first token, longest first.
fn by_first_part() -> &'static FnvMap<String, Vec<usize>> {
    static INDEX: OnceLock<FnvMap<String, Vec<usize>>> = OnceLock::new();
    INDEX.get_or_init(|| index_by_first_part(forms().iter().map(|f| f.parts.as_slice())))
}

/// The currency's spoken name: its first word form in the table ("đồng",
/// "đô la Mỹ"), or its code.
pub(crate) fn spoken_name(c: Currency) -> &'static str {
    TABLE
        .iter()
        .find(|(cur, place, _)| *cur == c && *place == Place::After)
        .and_then(|(_, _, forms)| forms.first().copied())
        .unwrap_or(c.0)
}

/// The lower-cased codes written before the amount ("usd", "rs", "rp"):
/// start words for the scanner. Letters glued to a sign ("US$") are found
/// from the sign.
pub(crate) fn prefix_words() -> impl Iterator<Item = String> {
    TABLE
        .iter()
        .filter(|(_, place, _)| *place == Place::Both)
        .flat_map(|(_, _, forms)| forms.iter())
        .map(|f| f.trim_end_matches('.'))
        .filter(|f| !f.is_empty() && f.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
}

/// Every folded word of every currency form.
pub(crate) fn currency_words() -> impl Iterator<Item = String> {
    forms().iter().flat_map(|f| f.parts.iter().cloned())
}

/// True when `letters` glued to the currency symbol `sym` form a currency
/// ("US$", "JP¥").
pub(crate) fn is_symbol_prefix(letters: &str, sym: char) -> bool {
    forms().iter().any(|f| {
        f.place == Place::Both
            && f.parts.len() == 2
            && f.parts.get(1).is_some_and(|p| p.chars().eq([sym]))
            && f.parts
                .first()
                .is_some_and(|p| p.eq_ignore_ascii_case(letters))
    })
}

/// A currency written at the start of `toks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CurrencyMatch {
    pub currency: Currency,
    /// Tokens the form takes.
    pub len: usize,
    /// The form is a minor unit: the amount is in hundredths.
    pub minor: bool,
}

/// A currency written at the start of `toks`: the currency and the number
/// of tokens its form takes. `before` asks for a form that may stand before
/// the number.
pub(crate) fn match_currency(toks: &[Token<'_>], before: bool) -> Option<CurrencyMatch> {
    let first = toks.first()?;
    let candidates = by_first_part().get(first.folded.as_ref())?;
    for form in candidates.iter().filter_map(|&i| forms().get(i)) {
        if before && form.place != Place::Both {
            continue;
        }
        let n = form.parts.len();
        let Some(window) = toks.get(..n) else {
            continue;
        };
        let same = window
            .iter()
            .zip(&form.parts)
            .all(|(t, p)| t.folded.as_ref() == p.as_str());
        // A multi-token symbol form ("US$") is written without spaces.
        let is_sym = |t: &Token<'_>| matches!(t.kind, super::lex::Kind::Sym(_));
        let glued = window
            .windows(2)
            .all(|w| matches!(w, [a, b] if !(is_sym(a) || is_sym(b)) || !b.space_before));
        if !same || !glued {
            continue;
        }
        // "đồng chí", "đô thị": not money.
        if let (Some(last), Some(next)) = (form.parts.last(), toks.get(n)) {
            let blocked = NOT_AFTER
                .iter()
                .any(|(w, nexts)| w == last && n == 1 && nexts.contains(&next.folded.as_ref()));
            if blocked {
                continue;
            }
        }
        // "2 đ/c được tặng huy hiệu": "đ/c" is "đồng chí" (comrades).
        let comrades = first.folded.as_ref() == "đ"
            && toks
                .get(1)
                .is_some_and(|t| t.is_sym('/') && !t.space_before)
            && toks
                .get(2)
                .is_some_and(|t| !t.space_before && t.folded.as_ref() == "c");
        if comrades {
            continue;
        }
        // A one-letter form ("đ") or a code glued to letters is only a
        // currency when the next token is not a letter glued to it; a
        // currency word glued to a capitalized word ("đồngHộp đen…") ends
        // where a crawler glued the next paragraph.
        let word_form = form.parts.last().is_some_and(|p| p.chars().count() >= 2)
            && window.iter().all(|t| t.kind == super::lex::Kind::Word)
            && window
                .last()
                .is_some_and(|t| t.text.starts_with(char::is_lowercase));
        // So does a code glued to a capitalized word the lexer parted from
        // it ("11.500 USDĐược": `lex::glued_after_unit`, money18 probe).
        let title = |t: &super::lex::Token<'_>| {
            t.text.starts_with(char::is_uppercase)
                && t.text.chars().nth(1).is_some_and(char::is_lowercase)
        };
        // "đồngcho": the lexer parts "đồng" from a small word glued after
        // an amount (`lex::currency_glued_to_small_word`, gen59 probe).
        let dong_glued = |t: &super::lex::Token<'_>| {
            word_form && first.folded.as_ref() == "đồng" && t.text.starts_with(char::is_lowercase)
        };
        let next_paragraph = |t: &super::lex::Token<'_>| {
            (word_form && t.text.starts_with(char::is_uppercase)) || title(t) || dong_glued(t)
        };
        if toks.get(n).is_some_and(|t| {
            !t.space_before && t.kind == super::lex::Kind::Word && !next_paragraph(t)
        }) {
            continue;
        }
        return Some(CurrencyMatch {
            currency: form.currency,
            len: n,
            minor: form.place == Place::Minor,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(s: &str, before: bool) -> Option<(&'static str, usize)> {
        match_currency(&tokens(s), before).map(|m| (m.currency.code(), m.len))
    }

    #[test]
    fn longest_form_wins() {
        assert_eq!(find("đô la Mỹ", false), Some(("USD", 3)));
        assert_eq!(find("đô la Úc", false), Some(("AUD", 3)));
        assert_eq!(find("đô la", false), Some(("USD", 2)));
        assert_eq!(find("US$", true), Some(("USD", 2)));
        assert_eq!(find("vnđ", false), Some(("VND", 1)));
        assert_eq!(find("Đài tệ", false), Some(("TWD", 2)));
    }

    /// The active ISO 4217 alphabetic codes (list one, 2024).
    const ISO_4217: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD \
        BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD \
        EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD \
        IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL \
        MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK \
        PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC \
        SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD \
        XOF XPF YER ZAR ZMW ZWG";

    #[test]
    fn every_code_is_iso_4217() {
        let iso: Vec<&str> = ISO_4217.split_whitespace().collect();
        for c in Currency::ALL {
            assert!(iso.contains(&c.code()), "{c} is not an ISO 4217 code");
            assert_eq!(Currency::from_code(c.code()), Some(*c));
        }
        assert!(Currency::ALL.len() >= 35);
        for (c, _, _) in TABLE {
            assert!(Currency::ALL.contains(c), "{c} is in the table");
        }
    }

    #[test]
    fn every_form_is_found() {
        for &(currency, place, forms) in TABLE {
            for form in forms {
                // After a number: "5 đô la Úc", "50 cent".
                let text = format!("5 {form}");
                let toks = tokens(&text);
                let m = match_currency(toks.get(1..).unwrap_or_default(), false);
                assert_eq!(
                    m.map(|m| (m.currency, m.minor)),
                    Some((currency, place == Place::Minor)),
                    "{form:?}"
                );
                // Before a number, for codes and symbols: "US$ 5", "€5".
                if place == Place::Both {
                    let text = format!("{form} 5");
                    let m = match_currency(&tokens(&text), true);
                    assert_eq!(m.map(|m| m.currency), Some(currency), "{form:?} first");
                }
            }
        }
    }

    #[test]
    fn spoken_names_are_first_word_forms() {
        assert_eq!(spoken_name(Currency::VND), "đồng");
        assert_eq!(spoken_name(Currency::USD), "đô la Mỹ");
        assert_eq!(spoken_name(Currency::THB), "bạt");
        for c in Currency::ALL {
            assert_ne!(spoken_name(*c), c.code(), "{c} has a spoken name");
        }
    }

    #[test]
    fn words_are_not_prefixes_and_compounds_are_not_money() {
        assert_eq!(find("đồng", true), None);
        assert_eq!(find("đồng chí", false), None);
        assert_eq!(find("đô thị", false), None);
        assert_eq!(find("đồng,", false), Some(("VND", 1)));
        assert_eq!(find("xu hướng", false), None);
        assert_eq!(find("kíp trực", false), None);
        assert_eq!(find("ơ rô", false), Some(("EUR", 2)));
        assert_eq!(find("franc Thụy Sỹ", false), Some(("CHF", 3)));
    }
}
