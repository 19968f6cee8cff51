//! Fixed expressions whose number words count nothing: sayings ("tụm năm
//! tụm ba", "chín người mười ý", "ba cọc ba đồng"), names of things ("áo
//! bà ba", "xuồng ba lá", "lò vi ba") and vague amounts ("đôi ba lần",
//! "dăm ba sào": a few), "thương mại hai chiều" (two-way). A num10 probe
//! found each in the corpus read as a count, a sum of money, a measure or
//! a duration; an eleventh number probe added "two-way", the prec15 probe
//! "mớ ba mớ bảy" and "một vốn bốn lời", the prec17 probe "một nửa của
//! mình" (one's other half).

use super::Context;
use crate::lex::Gap;

/// The expressions, each a run of words as written (lowercase, with the
/// tone marks of the old style the lexer folds to). Every number word of
/// an occurrence is no entity, nor is any quantity that starts on one
/// ("ba cọc ba đồng" holds no money; "dăm bữa nửa tháng" no half month).
const IDIOMS: &[&[&str]] = &[
    &["tụm", "năm", "tụm", "ba"],
    &["mười", "phân", "vẹn", "mười"],
    &["chín", "người", "mười", "ý"],
    &["ba", "cọc", "ba", "đồng"],
    &["năm", "lần", "bảy", "lượt"],
    &["năm", "châu", "bốn", "biển"],
    &["chín", "tầng", "mây"],
    &["ba", "đầu", "sáu", "tay"],
    &["ba", "chìm", "bảy", "nổi"],
    &["ba", "chìm", "bẩy", "nổi"],
    &["bảy", "nổi", "ba", "chìm"],
    &["kiếp", "ba", "sinh"],
    &["mười", "mươi"],
    &["dăm", "bữa", "nửa", "tháng"],
    &["mười", "năm", "trồng", "cây"],
    &["áo", "bà", "ba"],
    &["phong", "ba"],
    &["xuồng", "ba", "lá"],
    &["cỏ", "ba", "lá"],
    &["canh", "ba"],
    &["vi", "ba"],
    &["bốn", "bề"],
    &["đôi", "ba"],
    &["dăm", "ba"],
    // "áo mớ ba mớ bảy" (the layered dress of Kinh Bắc), "một vốn bốn
    // lời" (a fourfold profit): a garment and a saying (prec15 probe).
    // "cú ăn bốn", "cú ăn hai": a quadruple, a double of trophies, as
    // "cú ăn ba" is a treble (`ba_is_no_three`; prec21 probe).
    &["cú", "ăn", "hai"],
    &["cú", "ăn", "bốn"],
    &["cú", "ăn", "năm"],
    &["mớ", "ba", "mớ", "bảy"],
    &["mớ", "bảy", "mớ", "ba"],
    &["một", "vốn", "bốn", "lời"],
    // "tìm được một nửa của mình", "một nửa yêu thương", "đi tìm một nửa
    // kia", "một nửa đích thực": one's other half, a lover, no fraction
    // (prec17 probe); "một nửa còn lại" (the remaining half) still is.
    &["một", "nửa", "của", "mình"],
    &["một", "nửa", "yêu", "thương"],
    &["một", "nửa", "kia"],
    &["một", "nửa", "đích", "thực"],
    // "two-way" (an eleventh number probe): bilateral trade, a camera
    // filming both ways, traffic or a road open both ways; "cả hai chiều
    // mua và bán", "hai chiều hướng" (both ways, two trends) still count.
    // "như thời mười tám đôi mươi", "tuổi mười chín đôi mươi": one's
    // youth, no eighteen (num20 probe).
    &["mười", "tám", "đôi", "mươi"],
    &["mười", "chín", "đôi", "mươi"],
    &["mại", "hai", "chiều"],
    &["camera", "hai", "chiều"],
    &["thông", "hai", "chiều"],
    &["mở", "hai", "chiều"],
    &["động", "hai", "chiều"],
    &["sát", "hai", "chiều"],
    &["vạch", "hai", "chiều"],
    &["trượt", "hai", "chiều"],
];

impl Context<'_> {
    /// True when the number word at token `i` stands inside one of
    /// [`IDIOMS`]: its words on one line, a space between each. Only the
    /// number words of an expression are matched: a quantity starting on
    /// another of its words ("thương mại hai chiều năm 2012", a year read
    /// with "chiều") is not the expression's.
    pub(super) fn in_idiom(&self, i: usize) -> bool {
        const NUMBER_WORDS: &[&str] = &[
            "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi",
            "nửa", "dăm", "đôi",
        ];
        let Some(w) = self
            .word_at(i)
            .filter(|w| NUMBER_WORDS.contains(&w.as_ref()))
        else {
            return false;
        };
        IDIOMS.iter().any(|idiom| {
            idiom.iter().enumerate().any(|(p, &word)| {
                word == w.as_ref()
                    && i.checked_sub(p).is_some_and(|start| {
                        idiom.iter().enumerate().all(|(k, &want)| {
                            let at = start + k;
                            self.toks
                                .get(at)
                                .is_some_and(|t| k == 0 || t.gap == Gap::Space)
                                && self.word_at(at).is_some_and(|got| got == want)
                        })
                    })
            })
        })
    }
}
