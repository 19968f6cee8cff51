//! Fixed expressions whose number words count nothing: sayings ("tụm năm
//! tụm ba", "chín người mười ý", "ba cọc ba đồng"), names of things ("áo
//! bà ba", "xuồng ba lá", "lò vi ba") and vague amounts ("đôi ba lần",
//! "dăm ba sào": a few), "thương mại hai chiều" (two-way). A num10 probe
//! found each in the corpus read as a count, a sum of money, a measure or
//! a duration; an eleventh number probe added "two-way", the prec15 probe
//! "mớ ba mớ bảy" and "một vốn bốn lời", the prec17 probe "một nửa của
//! mình" (one's other half); the blind24 opening "2 chiều" in digits
//! and "vòng tròn một lượt" (a tournament's format; the gen30 probe
//! "vòng tròn tính điểm hai lượt"; the blind27 opening "đường sắt 1
//! ray", a monorail; the gen42 probe "ở mức hai con số", double
//! digits; the gen43 probe "hai bàn tay trắng", empty-handed).

use super::Context;
use crate::lex::{Gap, Kind};

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
    // "camera hành trình 2 chiều" (a dashcam filming both ways), "quan
    // hệ hai chiều", "phối hợp hai chiều", "thông suốt hai chiều" (open
    // both ways): two-way again (blind24 i063).
    &["trình", "hai", "chiều"],
    &["hệ", "hai", "chiều"],
    &["hợp", "hai", "chiều"],
    &["suốt", "hai", "chiều"],
    // "thi đấu vòng tròn một lượt", "vòng tròn 2 lượt tính điểm": a
    // single or double round robin, a tournament's format named as
    // "hai chiều" names a kind (blind22 o018 reads it so; blind24 i150
    // adjudicated).
    &["tròn", "một", "lượt"],
    &["tròn", "hai", "lượt"],
    // "thi đấu vòng tròn tính điểm hai lượt", "đá vòng tròn tính điểm
    // một lượt": the same format with "tính điểm" (points counted)
    // written before the legs, not after them (gen30 probe).
    &["tròn", "tính", "điểm", "một", "lượt"],
    &["tròn", "tính", "điểm", "hai", "lượt"],
    // "2 tuyến đường sắt 1 ray" (a monorail): a kind of railway named by
    // its rails, as "hai chiều" names a kind (blind27 ac042); "đường sắt
    // hai ray" would be the ordinary line, named the same way.
    &["sắt", "một", "ray"],
    &["sắt", "hai", "ray"],
    // "lạm phát ở mức hai con số", "tăng trưởng 2 con số", "xuất khẩu
    // tăng hai con số", "tăng trưởng trên hai con số": double digits, a
    // kind of rate, no count of figures (blind21 n079 reads it so; gen42
    // probe); "hai con số này", "đưa ra hai con số" still count.
    // "ra đi với hai bàn tay trắng", "đi lên từ hai bàn tay trắng":
    // empty-handed, with nothing, no count of hands (gen43 probe); "giơ
    // hai tay" still counts.
    &["hai", "bàn", "tay", "trắng"],
    &["mức", "hai", "con", "số"],
    &["tăng", "hai", "con", "số"],
    &["trưởng", "hai", "con", "số"],
    &["trên", "hai", "con", "số"],
];

/// True when an idiom ending in `last` may write its number in digits:
/// "thương mại 2 chiều", "vòng tròn 1 lượt", "đường sắt 1 ray", "tăng
/// trưởng 2 con số".
fn takes_digits(last: Option<&&str>) -> bool {
    matches!(last, Some(&"chiều" | &"lượt" | &"ray" | &"số"))
}

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
        // "thương mại 2 chiều", "vòng tròn 1 lượt": a digit stands for
        // its word in the idioms that take digits (`takes_digits`).
        let digit = match self.toks.get(i).map(|t| t.kind) {
            Some(Kind::Num { value: 1, len: 1 }) => Some("một"),
            Some(Kind::Num { value: 2, len: 1 }) => Some("hai"),
            _ => None,
        };
        let word = match digit {
            Some(d) => Some(std::borrow::Cow::Borrowed(d)),
            None => self.word_at(i),
        };
        let Some(w) = word.filter(|w| NUMBER_WORDS.contains(&w.as_ref())) else {
            return false;
        };
        IDIOMS.iter().any(|idiom| {
            if digit.is_some() && !takes_digits(idiom.last()) {
                return false;
            }
            idiom.iter().enumerate().any(|(p, &word)| {
                word == w.as_ref()
                    && i.checked_sub(p).is_some_and(|start| {
                        idiom.iter().enumerate().all(|(k, &want)| {
                            let at = start + k;
                            self.toks
                                .get(at)
                                .is_some_and(|t| k == 0 || t.gap == Gap::Space)
                                && (at == i || self.word_at(at).is_some_and(|got| got == want))
                        })
                    })
            })
        })
    }
}

/// The words a slogan pairs with a small number, each the head of the
/// rules the slogan stands for: "5 không 3 sạch" (five don'ts, three
/// cleans), "3 giảm" (three cuts), "4 tại chỗ" (four on-the-spot), "5 rõ",
/// "5 biết", "3 cùng", "ba chống", "4 đúng", "3 tăng".
const SLOGAN_WORDS: &[&str] = &[
    "không", "sạch", "xanh", "đúng", "giảm", "tăng", "cùng", "rõ", "biết", "chống", "an", "tốt",
    "đủ", "dám", "đẹp",
];

impl Context<'_> {
    /// True when the small number at `i` heads "công khai" (made
    /// public), the rules of disclosure a school or a clinic must keep:
    /// "thực hiện 4 công khai", "quy định về 3 công khai", "yêu cầu bốn
    /// công khai: Mục tiêu …" count rules, no thing (gen45 probe; num20
    /// reads slogans so). "cả hai công khai tuyên bố" (both went
    /// public) counts the two who did: "cả" before the number keeps it.
    fn is_public_slogan(&self, i: usize) -> bool {
        let spaced = |k: usize| self.toks.get(k).is_some_and(|t| t.gap == Gap::Space);
        let both = i >= 1 && spaced(i) && self.word_at(i - 1).is_some_and(|w| w == "cả");
        spaced(i + 1)
            && self.word_at(i + 1).is_some_and(|w| w == "công")
            && spaced(i + 2)
            && self.word_at(i + 2).is_some_and(|w| w == "khai")
            && !both
    }

    /// True when the number at token `i` (one token, a digit or a
    /// spelled number up to ten) opens a slogan, whose word at `i + 1`
    /// names the rules it counts, no count of a thing (num20 probe):
    /// - "4 tại chỗ" (the four on-the-spot rules of disaster relief);
    /// - a second slogan right after ("5 không 3 sạch", "3 tăng, 3
    ///   giảm"), or before;
    /// - the slogan quoted alone ("“3 không”", "\"3 cùng\"");
    /// - the slogan's word again in the rules spelled out after it ("3
    ///   giảm (giảm số lượng …", "5 rõ “rõ người, rõ việc", "ba chống:
    ///   chống dịch", "4 không: “không biết”").
    pub(super) fn is_slogan(&self, i: usize) -> bool {
        let small = |k: usize| {
            self.toks.get(k).is_some_and(|t| match t.kind {
                Kind::Num { value, len } => len == 1 && value >= 2,
                Kind::Word { .. } => self.spelled_value(k).is_some_and(|v| (2..=10).contains(&v)),
                Kind::Punct(_) => false,
            })
        };
        let spaced = |k: usize| self.toks.get(k).is_some_and(|t| t.gap == Gap::Space);
        let slogan_word = |k: usize| {
            spaced(k)
                && self
                    .word_at(k)
                    .is_some_and(|w| SLOGAN_WORDS.contains(&w.as_ref()))
        };
        if !small(i) {
            return false;
        }
        let j = i + 1;
        let on_the_spot = spaced(j)
            && self.word_at(j).is_some_and(|w| w == "tại")
            && spaced(j + 1)
            && self.word_at(j + 1).is_some_and(|w| w == "chỗ");
        if on_the_spot || self.is_public_slogan(i) {
            return true;
        }
        if !slogan_word(j) {
            return false;
        }
        // A pair of slogans: "5 không 3 sạch", "3 tăng, 3 giảm", "Ba
        // tăng, ba giảm", read from either number.
        let pair_after = {
            let k = if self
                .toks
                .get(j + 1)
                .is_some_and(|t| t.kind == Kind::Punct(','))
            {
                j + 2
            } else {
                j + 1
            };
            small(k) && spaced(k) && slogan_word(k + 1)
        };
        let pair_before = i >= 2 && {
            let k = if i >= 3
                && self
                    .toks
                    .get(i - 1)
                    .is_some_and(|t| t.kind == Kind::Punct(','))
            {
                i - 3
            } else {
                i - 2
            };
            spaced(i) && small(k) && slogan_word(k + 1)
        };
        if pair_after || pair_before {
            return true;
        }
        // Quoted alone: an opening quote glued before the number, a
        // closing one glued after the word.
        let opened = i >= 1
            && self.toks.get(i).is_some_and(|t| t.gap == Gap::None)
            && self
                .toks
                .get(i - 1)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('“' | '"')));
        let closed = self
            .toks
            .get(j + 1)
            .is_some_and(|t| t.gap == Gap::None && matches!(t.kind, Kind::Punct('”' | '"')));
        if opened && closed {
            return true;
        }
        // Spelled out after a colon, a parenthesis or a quote: the word
        // comes back among the next four tokens.
        let Some(word) = self.word_at(j) else {
            return false;
        };
        let mut k = j + 1;
        if closed {
            k += 1;
        }
        let opens_rules = self
            .toks
            .get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Punct(':' | '(' | '“' | '"')));
        opens_rules
            && (k + 1..k + 6).any(|m| {
                self.toks.get(m).is_some_and(|t| t.gap != Gap::Line)
                    && self.word_at(m).is_some_and(|w| w == word)
            })
    }
}
