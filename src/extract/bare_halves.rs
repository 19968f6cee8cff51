//! "mua về nửa thúng", "ngập nửa thân", "đã nửa nhiệm kỳ", "mất nửa
//! con", "giá trị bằng nửa tấn gạo", "đun với nửa lít nước": "nửa"
//! (half) with no qualifier and no "một" before it, right before a thing
//! a reader can halve, is the fraction 1/2 of that thing; right before a
//! unit of measure it is half of one unit, a measure (gen32 probe).
//!
//! The scanner starts no quantity at a bare "nửa": "một nửa", "hơn nửa",
//! "quá nửa", "gần nửa tấn" are read there, the bare half was left. The
//! gold sets' readers took it as a `fraction` each time it halves a
//! counted thing (the ninth set's s041 "nửa thúng", the seventeenth's
//! d110 "nửa thân", the eighteenth's c068 "nửa nhiệm kỳ", the
//! twentieth's a083 "nửa con") and as a `measure` before a unit (the
//! twenty-fifth's aa092 "nửa tấn", `0.5 t`), as "1/2 chén" is a fraction
//! and "hơn nửa lít" a measure (CONVENTIONS.md, gen22 and measure11).
//!
//! "nửa" is as often no amount: a part named by its place ("nửa đầu",
//! "nửa cuối", "nửa dưới": the first, last, lower half), the time words
//! ("nửa đêm", midnight; "nửa năm", "nửa tháng", which the duration
//! grammar reads), a way or a distance gone ("nửa đường", "nửa chặng
//! đường", "nửa vòng trái đất": halfway), sayings ("nửa vời", half-hearted;
//! "nửa đùa nửa thật"; "không rời nửa bước"; "kẻ tám lạng người nửa
//! cân"; "nửa đời người"), one's other half ("nửa kia"), "liệt nửa
//! người", "liệt nửa thân người" (a palsy's name) and "nửa mùa" (half a season, which the fifth set's
//! y013 leaves out). So the word after "nửa" must be one of a closed list
//! (`THINGS`, `UNITS`): containers and counted things the corpus halves
//! ("thúng", "quả", "chiếc", "bát", "thìa", "căn", "con"), a body or a
//! whole named as a share ("thân", "đội hình", "diện tích", "dân số",
//! "nhiệm kỳ"), and the units of weight, volume, length and area. Not
//! after "hai" ("hai nửa trái tim": two halves) or "già" ("già nửa": a
//! little over half, a word of its own), nor
//! before a second "nửa" ("nửa con nửa người": a saying's pair).
//!
//! "phân nửa" (half) is a word of its own, as "một nửa" is: the fraction
//! 1/2 of whatever it names, with the bound written before it ("hơn phân
//! nửa", "quá phân nửa", "tầm phân nửa"); every one of its seventeen
//! places in the corpus is a half of a whole (the twenty-eighth blind
//! set's ad142 reads "chỉ bằng phân nửa cùng kỳ" so).

use super::Entity;
use super::around::{entry_opening, glued_after, glued_before, opens, word_before};
use crate::lex::Token;
use crate::number::{Fraction, Quantity};

/// Counted things and wholes a bare "nửa" halves: the word right after
/// it, lowercase, as written.
const THINGS: &[&str] = &[
    "thúng",
    "thân",
    "con",
    "quả",
    "trái",
    "chiếc",
    "tấm",
    "gói",
    "cuộn",
    "căn",
    "bát",
    "chén",
    "thìa",
    "muỗng",
    "ly",
    "cốc",
    "ấm",
    "xô",
    "chai",
    "lon",
    "bao",
    "túi",
    "củ",
    "đĩa",
    "nồi",
    "bánh",
    "làn",
    "nhiệm kỳ",
    "đội hình",
    "diện tích",
    "dân số",
    "số",
];

/// Units of measure after a bare "nửa", longest first where one begins
/// another, with the text the measure grammar reads for half of one.
/// "cân" is left out: in the corpus it is the saying "kẻ tám lạng người
/// nửa cân" (two to one).
const UNITS: &[(&str, &str)] = &[
    ("tấn", "0,5 tấn"),
    ("tạ", "0,5 tạ"),
    ("yến", "0,5 yến"),
    ("ký", "0,5 ký"),
    ("kg", "0,5 kg"),
    ("lạng", "0,5 lạng"),
    ("gram", "0,5 gram"),
    ("gam", "0,5 gam"),
    ("lít", "0,5 lít"),
    ("cây số", "0,5 cây số"),
    ("km", "0,5 km"),
    ("mét vuông", "0,5 mét vuông"),
    ("mét khối", "0,5 mét khối"),
    ("mét", "0,5 mét"),
    ("héc ta", "0,5 héc ta"),
    ("ha", "0,5 ha"),
    ("sào", "0,5 sào"),
    ("dặm", "0,5 dặm"),
];

/// Words before "nửa" that make it no bare half: a count of halves
/// ("hai nửa"), "một nửa" (read with the numbers, or a saying the label
/// rules drop), "già nửa" (a word of its own; "phân nửa" is read before,
/// by [`word_half`]), and "liệt"
/// ("liệt nửa thân người": a palsy of one side, the illness's name).
const NOT_BEFORE: &[&str] = &["hai", "2", "một", "1", "già", "liệt"];

/// The fraction or measure of the bare "nửa" (or "Nửa") that is the word
/// token `t` (the token walk's lead, `token_leads`), one space after it,
/// before a word of `THINGS` or `UNITS`; see the module's documentation.
pub(super) fn at<'a>(text: &'a str, t: &Token) -> Option<Entity<'a>> {
    let start = t.start;
    let lead = text.get(start..t.end)?;
    if !matches!(lead, "nửa" | "Nửa") || glued_before(text, start) || glued_after(text, t.end) {
        return None;
    }
    let before = word_before(text, start);
    if let Some((phan, _)) = before.as_ref().filter(|(_, w)| w == "phân") {
        return word_half(text, *phan, t.end);
    }
    if text.as_bytes().get(t.end) != Some(&b' ')
        || before.is_some_and(|(_, w)| NOT_BEFORE.contains(&w.as_ref()))
    {
        return None;
    }
    let rest_at = t.end + 1;
    let rest = text.get(rest_at..).unwrap_or("");
    if let Some(thing) = THINGS.iter().find(|thing| opens(rest, thing)) {
        if pairs_halves(rest.get(thing.len()..).unwrap_or("")) {
            return None;
        }
        return Some(Entity::quantity(
            text,
            start,
            t.end,
            Quantity::Fraction(Fraction {
                numerator: 1,
                denominator: 2,
                qualifier: None,
            }),
        ));
    }
    let (word, half) = entry_opening(rest, UNITS)?;
    let end = rest_at + word.len();
    super::units_on_end::measure_of(text, start, end, half, None)
}

/// "phân nửa" from byte `phan` ("phân" not glued to a word before it) to
/// `end` (after "nửa"): the fraction 1/2, its bound taken into the span
/// when a one-word qualifier of the number grammar stands one space
/// before ("hơn phân nửa" is `1/2 more_than`, "tầm phân nửa" `about`);
/// see the module's documentation.
fn word_half(text: &str, phan: usize, end: usize) -> Option<Entity<'_>> {
    if glued_before(text, phan) {
        return None;
    }
    let bound = word_before(text, phan).and_then(|(at, w)| {
        let word = crate::lex::Word::lookup(&w);
        crate::qualifier::one_word(crate::qualifier::Grammar::Numbers, word).map(|q| (at, q))
    });
    let (start, qualifier) = bound.map_or((phan, None), |(at, q)| (at, Some(q)));
    Some(Entity::quantity(
        text,
        start,
        end,
        Quantity::Fraction(Fraction {
            numerator: 1,
            denominator: 2,
            qualifier,
        }),
    ))
}

/// True when "nửa" comes back right after the word it halves ("nửa con
/// nửa người", "nửa quả nửa hoa"): a saying's pair, no amount.
fn pairs_halves(after: &str) -> bool {
    let after = after.trim_start_matches([' ', ',']);
    after.starts_with("nửa ") || after.starts_with("nửa,")
}

#[cfg(test)]
mod tests {
    use crate::extract::{Value, extract};
    use crate::number::Quantity;

    /// The fractions and measures `extract` finds in `text`, as (span,
    /// compact value).
    fn halves(text: &str) -> Vec<(&str, String)> {
        extract(text)
            .into_iter()
            .filter_map(|e| match &e.value {
                Value::Quantity(Quantity::Fraction(f)) => {
                    Some((e.text, format!("{}/{}", f.numerator, f.denominator)))
                }
                Value::Quantity(Quantity::Measure(m)) => Some((
                    e.text,
                    format!(
                        "{} {}",
                        m.value.exact().map(|d| d.to_string()).unwrap_or_default(),
                        m.unit.symbol()
                    ),
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_bare_half_of_a_counted_thing_is_a_fraction() {
        for text in [
            "Chị mua về nửa thúng gạo.",
            "Chiếc máy bay ngập nửa thân xuống sân.",
            "Đã nửa nhiệm kỳ trôi qua.",
            "Một đĩa mất nửa con rồi.",
            "Cắt nửa quả chanh.",
            "Nửa đội hình phải nghỉ.",
        ] {
            let found = halves(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(matches!(found[0].0, "nửa" | "Nửa"), "{text}: {found:?}");
            assert_eq!(found[0].1, "1/2", "{text}");
        }
    }

    #[test]
    fn a_bare_half_of_a_unit_is_a_measure() {
        assert_eq!(
            halves("Vé giá bằng nửa tấn gạo, đun với nửa lít nước."),
            [
                ("nửa tấn", "0.5 t".to_string()),
                ("nửa lít", "0.5 l".to_string())
            ]
        );
    }

    #[test]
    fn phan_nua_is_a_half_with_its_bound() {
        assert_eq!(
            halves("Phân nửa đội hình bị chấn thương, hơn phân nửa số cá chết."),
            [
                ("Phân nửa", "1/2".to_string()),
                ("hơn phân nửa", "1/2".to_string())
            ]
        );
        let bound = extract("Đã bán quá phân nửa.")
            .into_iter()
            .find_map(|e| match e.value {
                Value::Quantity(Quantity::Fraction(f)) => f.qualifier,
                _ => None,
            });
        assert_eq!(bound, Some(crate::number::Qualifier::MoreThan));
        // Glued to a word before "phân", no half of its own.
        assert_eq!(halves("xphân nửa"), []);
    }

    #[test]
    fn a_half_that_is_no_amount_stays_unread() {
        for text in [
            "Trong nửa đầu trận, hai đội chơi chậm.",
            "Anh đi được nửa đường thì mệt.",
            "Không rời nửa bước.",
            "Kẻ tám lạng người nửa cân.",
            "Hai nửa trái tim tìm về nhau.",
            "Hình dáng nửa con nửa người.",
            "Ông bị liệt nửa người.",
            "Anh chỉ chơi nửa mùa.",
            "Tìm được một nửa của mình.",
        ] {
            assert_eq!(halves(text), [], "{text}");
        }
    }
}
