//! Currencies: ISO 4217 codes and the ways Vietnamese news writes them.
//!
//! The table is the one place to add a currency or a spelling. Each form is
//! written as it appears in text; it is matched token by token,
//! case-insensitively, after normalization ("VNĐ", "vnđ" and "Vnđ" are one
//! form). Longer forms win ("đô la Úc" is AUD before "đô la" is USD).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

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

/// Where a form may stand relative to the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// Before or after: codes and symbols ("USD 5", "5 USD", "$10", "10$").
    Both,
    /// After only: words ("10 đồng", "5 đô la").
    After,
}

use Place::{After, Both};

/// The currency table: code, place, forms as written.
const TABLE: &[(Currency, Place, &[&str])] = &[
    (Currency::VND, Both, &["VND", "VNĐ", "₫"]),
    (Currency::VND, After, &["đồng", "đ"]),
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
        ],
    ),
    (Currency::EUR, Both, &["EUR", "€"]),
    (Currency::EUR, After, &["euro", "ơ-rô", "ơrô"]),
    (Currency::JPY, Both, &["JPY", "¥"]),
    (Currency::JPY, After, &["yên Nhật", "yên"]),
    (Currency::CNY, Both, &["CNY", "RMB", "NDT"]),
    (Currency::CNY, After, &["nhân dân tệ", "tệ"]),
    (Currency::GBP, Both, &["GBP", "£"]),
    (Currency::GBP, After, &["bảng Anh"]),
    (Currency::KRW, Both, &["KRW", "₩"]),
    (Currency::KRW, After, &["won"]),
    (Currency::THB, Both, &["THB", "฿"]),
    (Currency::THB, After, &["baht", "bạt"]),
    (Currency::AUD, Both, &["AUD", "A$", "AU$"]),
    (Currency::AUD, After, &["đô la Úc", "đô-la Úc", "đô Úc"]),
    (Currency::SGD, Both, &["SGD", "S$"]),
    (
        Currency::SGD,
        After,
        &["đô la Singapore", "đô-la Singapore", "đô Singapore"],
    ),
    (Currency::HKD, Both, &["HKD", "HK$"]),
    (
        Currency::HKD,
        After,
        &["đô la Hồng Kông", "đô la Hong Kong", "đô Hồng Kông"],
    ),
    (Currency::TWD, Both, &["TWD", "NT$"]),
    (
        Currency::TWD,
        After,
        &["Đài tệ", "đô la Đài Loan", "Tân Đài tệ"],
    ),
    (Currency::RUB, Both, &["RUB", "₽"]),
    (Currency::RUB, After, &["rúp", "ruble", "rouble"]),
    (Currency::INR, Both, &["INR", "₹", "Rs"]),
    (Currency::INR, After, &["rupee", "rupi"]),
    (Currency::CHF, Both, &["CHF"]),
    (
        Currency::CHF,
        After,
        &["franc Thụy Sĩ", "franc Thuỵ Sĩ", "franc"],
    ),
    (Currency::CAD, Both, &["CAD", "C$", "CA$"]),
    (
        Currency::CAD,
        After,
        &["đô la Canada", "đô-la Canada", "đô Canada"],
    ),
    (Currency::MYR, Both, &["MYR", "RM"]),
    (Currency::MYR, After, &["ringgit"]),
    (Currency::LAK, Both, &["LAK", "₭"]),
    (Currency::LAK, After, &["kíp Lào", "kip Lào"]),
    (Currency::KHR, Both, &["KHR", "៛"]),
    (Currency::KHR, After, &["riel"]),
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

/// FNV-1a: the keys are a few short words, looked up on every candidate
/// quantity; SipHash's protection against crafted keys is not needed for a
/// fixed table.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A set of short words with the FNV hash.
pub(crate) type FnvSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The forms by their first token, longest first.
fn by_first_part() -> &'static FnvMap<String, Vec<usize>> {
    static INDEX: OnceLock<FnvMap<String, Vec<usize>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: FnvMap<String, Vec<usize>> = FnvMap::default();
        for (i, f) in forms().iter().enumerate() {
            if let Some(first) = f.parts.first() {
                index.entry(first.clone()).or_default().push(i);
            }
        }
        index
    })
}

/// Every folded word of every currency form.
pub(crate) fn currency_words() -> impl Iterator<Item = String> {
    forms().iter().flat_map(|f| f.parts.iter().cloned())
}

/// True when `letters` glued to a dollar sign form a currency ("US$").
pub(crate) fn is_dollar_prefix(letters: &str) -> bool {
    forms().iter().any(|f| {
        f.place == Place::Both
            && f.parts.len() == 2
            && f.parts.get(1).is_some_and(|p| p == "$")
            && f.parts
                .first()
                .is_some_and(|p| p.eq_ignore_ascii_case(letters))
    })
}

/// A currency written at the start of `toks`: the currency and the number
/// of tokens its form takes. `before` asks for a form that may stand before
/// the number.
pub(crate) fn match_currency(toks: &[Token<'_>], before: bool) -> Option<(Currency, usize)> {
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
        // A one-letter form ("đ") or a code glued to letters is only a
        // currency when the next token is not a letter glued to it.
        if toks
            .get(n)
            .is_some_and(|t| !t.space_before && t.kind == super::lex::Kind::Word)
        {
            continue;
        }
        return Some((form.currency, n));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(s: &str, before: bool) -> Option<(&'static str, usize)> {
        match_currency(&tokens(s), before).map(|(c, n)| (c.code(), n))
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

    #[test]
    fn words_are_not_prefixes_and_compounds_are_not_money() {
        assert_eq!(find("đồng", true), None);
        assert_eq!(find("đồng chí", false), None);
        assert_eq!(find("đô thị", false), None);
        assert_eq!(find("đồng,", false), Some(("VND", 1)));
    }
}
