//! Numbers and amounts in Vietnamese words, for speech synthesis: the way
//! out, the inverse of the parsers.
//!
//! Groups of three digits are read with their scale word (nghìn, triệu,
//! tỷ); above a billion the count of billions is read recursively ("một
//! nghìn tỷ", "một tỷ tỷ"). Inside a group: "linh"/"lẻ" for zero tens
//! ("một trăm linh năm"), "mười" for the teens, "mốt" for one after a ten,
//! "lăm"/"nhăm" for five after a ten, "tư"/"bốn" for four after a ten. The
//! fraction is read digit by digit after "phẩy". What the parsers read back
//! is checked by a property test for every integer up to 10¹⁸ and every
//! option.

use super::currency::Currency;
use super::decimal::Decimal;

/// "nghìn" (northern and standard) or "ngàn" (southern).
///
/// ```
/// use vietnorm::number::{Speller, ThousandWord};
/// let s = Speller::new().thousand(ThousandWord::Ngan);
/// assert_eq!(s.number(&2000.into()), "hai ngàn");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ThousandWord {
    /// nghìn
    Nghin,
    /// ngàn
    Ngan,
}

/// "linh" (northern) or "lẻ" (southern) for zero tens.
///
/// ```
/// use vietnorm::number::{Speller, ZeroTens};
/// assert_eq!(Speller::new().zero_tens(ZeroTens::Le).number(&105.into()), "một trăm lẻ năm");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ZeroTens {
    /// linh
    Linh,
    /// lẻ
    Le,
}

/// "tư" or "bốn" for a four after a ten ("hai mươi tư" / "hai mươi bốn").
///
/// ```
/// use vietnorm::number::{FourAfterTen, Speller};
/// assert_eq!(Speller::new().four(FourAfterTen::Bon).number(&24.into()), "hai mươi bốn");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FourAfterTen {
    /// tư
    Tu,
    /// bốn
    Bon,
}

/// "lăm" or "nhăm" for a five after a ten ("hai mươi lăm" / "hai mươi
/// nhăm").
///
/// ```
/// use vietnorm::number::{FiveAfterTen, Speller};
/// assert_eq!(Speller::new().five(FiveAfterTen::Nham).number(&25.into()), "hai mươi nhăm");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FiveAfterTen {
    /// lăm
    Lam,
    /// nhăm
    Nham,
}

/// Writes numbers and amounts in Vietnamese words, with the regional and
/// style choices as options. Const-constructible, so it can live in a
/// `static`.
///
/// ```
/// use vietnorm::number::{Currency, Speller, ThousandWord, ZeroTens};
///
/// static SOUTH: Speller = Speller::new().thousand(ThousandWord::Ngan).zero_tens(ZeroTens::Le);
///
/// assert_eq!(Speller::new().number(&125.into()), "một trăm hai mươi lăm");
/// assert_eq!(SOUTH.number(&1_005.into()), "một ngàn không trăm lẻ năm");
/// assert_eq!(
///     Speller::new().money(&83_500_000.into(), Currency::USD),
///     "tám mươi ba triệu năm trăm nghìn đô la Mỹ"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speller {
    thousand: ThousandWord,
    zero_tens: ZeroTens,
    four: FourAfterTen,
    five: FiveAfterTen,
    zero_hundreds: bool,
}

impl Default for Speller {
    fn default() -> Speller {
        Speller::new()
    }
}

/// Writes `value` in Vietnamese words with the default [`Speller`].
///
/// ```
/// assert_eq!(vietnorm::number::to_words(&"-3.25".parse()?), "âm ba phẩy hai năm");
/// # Ok::<(), vietnorm::number::ParseDecimalError>(())
/// ```
pub fn to_words(value: &Decimal) -> String {
    Speller::new().number(value)
}

const UNITS: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];

fn unit(d: u128) -> &'static str {
    usize::try_from(d)
        .ok()
        .and_then(|i| UNITS.get(i))
        .copied()
        .unwrap_or("")
}

impl Speller {
    /// The default: nghìn, linh, tư, lăm, and "không trăm" read in inner
    /// groups ("một nghìn không trăm hai mươi").
    ///
    /// ```
    /// assert_eq!(vietnorm::number::Speller::new().number(&1020.into()), "một nghìn không trăm hai mươi");
    /// ```
    pub const fn new() -> Speller {
        Speller {
            thousand: ThousandWord::Nghin,
            zero_tens: ZeroTens::Linh,
            four: FourAfterTen::Tu,
            five: FiveAfterTen::Lam,
            zero_hundreds: true,
        }
    }

    /// The word for a thousand.
    ///
    /// ```
    /// use vietnorm::number::{Speller, ThousandWord};
    /// assert_eq!(Speller::new().thousand(ThousandWord::Ngan).number(&1000.into()), "một ngàn");
    /// ```
    pub const fn thousand(self, word: ThousandWord) -> Speller {
        Speller {
            thousand: word,
            ..self
        }
    }

    /// The word for zero tens.
    ///
    /// ```
    /// use vietnorm::number::{Speller, ZeroTens};
    /// assert_eq!(Speller::new().zero_tens(ZeroTens::Le).number(&304.into()), "ba trăm lẻ bốn");
    /// ```
    pub const fn zero_tens(self, word: ZeroTens) -> Speller {
        Speller {
            zero_tens: word,
            ..self
        }
    }

    /// The word for four after a ten.
    ///
    /// ```
    /// use vietnorm::number::{FourAfterTen, Speller};
    /// assert_eq!(Speller::new().four(FourAfterTen::Tu).number(&34.into()), "ba mươi tư");
    /// ```
    pub const fn four(self, word: FourAfterTen) -> Speller {
        Speller { four: word, ..self }
    }

    /// The word for five after a ten.
    ///
    /// ```
    /// use vietnorm::number::{FiveAfterTen, Speller};
    /// assert_eq!(Speller::new().five(FiveAfterTen::Lam).number(&15.into()), "mười lăm");
    /// ```
    pub const fn five(self, word: FiveAfterTen) -> Speller {
        Speller { five: word, ..self }
    }

    /// Whether inner groups with no hundreds say "không trăm" ("một nghìn
    /// không trăm hai mươi", the default) or not ("một nghìn hai mươi").
    ///
    /// ```
    /// use vietnorm::number::Speller;
    /// assert_eq!(Speller::new().zero_hundreds(false).number(&1020.into()), "một nghìn hai mươi");
    /// assert_eq!(Speller::new().zero_hundreds(false).number(&1005.into()), "một nghìn linh năm");
    /// ```
    pub const fn zero_hundreds(self, say: bool) -> Speller {
        Speller {
            zero_hundreds: say,
            ..self
        }
    }

    /// `value` in words: "âm" for a minus, "phẩy" and one word per digit for
    /// the fraction.
    ///
    /// ```
    /// use vietnorm::number::Speller;
    /// assert_eq!(Speller::new().number(&"83.5".parse()?), "tám mươi ba phẩy năm");
    /// assert_eq!(Speller::new().number(&1_000_000_000_000i64.into()), "một nghìn tỷ");
    /// # Ok::<(), vietnorm::number::ParseDecimalError>(())
    /// ```
    pub fn number(&self, value: &Decimal) -> String {
        let (int, frac) = value.split_abs();
        let mut words: Vec<&'static str> = Vec::new();
        if value.is_negative() {
            words.push("âm");
        }
        if int == 0 {
            words.push("không");
        } else {
            self.integer(int, false, &mut words);
        }
        if !frac.is_empty() {
            words.push("phẩy");
            for b in frac.bytes() {
                words.push(unit(u128::from(b - b'0')));
            }
        }
        words.join(" ")
    }

    /// An amount in words followed by the currency's name ("đồng", "đô la
    /// Mỹ", "euro", …).
    ///
    /// ```
    /// use vietnorm::number::{Currency, Speller};
    /// assert_eq!(Speller::new().money(&10_000.into(), Currency::VND), "mười nghìn đồng");
    /// ```
    pub fn money(&self, amount: &Decimal, currency: Currency) -> String {
        format!("{} {}", self.number(amount), currency_name(currency))
    }

    /// Appends the words of `n` (> 0). `inner`: `n` follows a larger part,
    /// so a group below one hundred needs its "không trăm" / "linh".
    fn integer(&self, n: u128, inner: bool, words: &mut Vec<&'static str>) {
        const BILLION: u128 = 1_000_000_000;
        const BILLION_BILLION: u128 = BILLION * BILLION;
        if n >= BILLION_BILLION {
            // "hai nghìn tỷ tỷ": billions of billions, then the rest.
            self.integer(n / BILLION_BILLION, inner, words);
            words.push("tỷ");
            words.push("tỷ");
            let low = n % BILLION_BILLION;
            if low > 0 {
                self.integer(low, true, words);
            }
        } else if n >= BILLION {
            self.below_billion(n / BILLION, inner, words);
            words.push("tỷ");
            let low = n % BILLION;
            if low > 0 {
                self.below_billion(low, true, words);
            }
        } else {
            self.below_billion(n, inner, words);
        }
    }

    fn below_billion(&self, n: u128, inner: bool, words: &mut Vec<&'static str>) {
        let groups = [
            (n / 1_000_000 % 1000, Some("triệu")),
            (
                n / 1000 % 1000,
                Some(match self.thousand {
                    ThousandWord::Nghin => "nghìn",
                    ThousandWord::Ngan => "ngàn",
                }),
            ),
            (n % 1000, None),
        ];
        let mut started = inner;
        for (g, scale) in groups {
            if g == 0 {
                continue;
            }
            self.group(g, started, words);
            if let Some(s) = scale {
                words.push(s);
            }
            started = true;
        }
    }

    /// One group of three digits (> 0). `inner`: a larger part was read.
    fn group(&self, g: u128, inner: bool, words: &mut Vec<&'static str>) {
        let h = g / 100;
        let t = g / 10 % 10;
        let u = g % 10;
        let said_hundreds = if h > 0 || (inner && self.zero_hundreds) {
            words.push(unit(h));
            words.push("trăm");
            true
        } else {
            false
        };
        match t {
            0 if u > 0 => {
                // "linh" keeps "một nghìn linh một" from reading as 1 100.
                if said_hundreds || inner {
                    words.push(match self.zero_tens {
                        ZeroTens::Linh => "linh",
                        ZeroTens::Le => "lẻ",
                    });
                }
                words.push(unit(u));
            }
            0 => {}
            1 => {
                words.push("mười");
                match u {
                    0 => {}
                    5 => words.push(self.five_word()),
                    _ => words.push(unit(u)),
                }
            }
            _ => {
                words.push(unit(t));
                words.push("mươi");
                match u {
                    0 => {}
                    1 => words.push("mốt"),
                    4 => words.push(match self.four {
                        FourAfterTen::Tu => "tư",
                        FourAfterTen::Bon => "bốn",
                    }),
                    5 => words.push(self.five_word()),
                    _ => words.push(unit(u)),
                }
            }
        }
    }

    fn five_word(&self) -> &'static str {
        match self.five {
            FiveAfterTen::Lam => "lăm",
            FiveAfterTen::Nham => "nhăm",
        }
    }
}

/// The name of a currency as read aloud.
fn currency_name(c: Currency) -> &'static str {
    super::currency::spoken_name(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings() {
        let s = Speller::new();
        for (n, want) in [
            (0u64, "không"),
            (21, "hai mươi mốt"),
            (105, "một trăm linh năm"),
            (110, "một trăm mười"),
            (1_000_010, "một triệu không trăm mười"),
            (1_000_000_005, "một tỷ không trăm linh năm"),
            (1_000_000_000_000_000_000, "một tỷ tỷ"),
        ] {
            assert_eq!(s.number(&n.into()), want, "{n}");
        }
    }
}
