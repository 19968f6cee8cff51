//! "½ chén nước", "¼ trái", "lên đến ¼ dân số": a fraction written with
//! one of the vulgar fraction signs ¼ ½ ¾, standing alone (no letter or
//! digit glued to either side: "B¾c" is mis-decoded text, "2½" a mixed
//! number), is a `fraction`, where no quantity covers it already. The
//! lexer makes each sign a token of its own (no word character), which
//! the token walk hands here (`token_leads`); until the speed2 probe a
//! `memchr` pass over the whole text found the sign's lead byte.

use super::{Entity, Value};
use crate::number::{self, Qualifier, Quantity};

/// The fraction of the sign `sign` (¼, ½ or ¾, two bytes) at byte `at`,
/// with the qualifier written right before it in its span ("khoảng ¼
/// doanh số", "hơn ¾ tổng tài sản"), unless a letter or a digit is glued
/// to it or it grades a war invalid ("thương binh ¾": a label).
pub(super) fn at(text: &str, at: usize, sign: char) -> Option<Entity<'_>> {
    let (numerator, denominator) = match sign {
        '¼' => (1, 4),
        '½' => (1, 2),
        '¾' => (3, 4),
        _ => return None,
    };
    let end = at + sign.len_utf8();
    let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let head = text.get(..at)?;
    let after = text.get(end..).and_then(|s| s.chars().next());
    if glued(head.chars().next_back()) || glued(after) || head.ends_with("binh ") {
        return None;
    }
    let qualified = [
        ("khoảng ", Qualifier::About),
        ("gần ", Qualifier::About),
        ("hơn ", Qualifier::MoreThan),
    ]
    .into_iter()
    .find(|(w, _)| head.ends_with(w));
    let start = qualified.map_or(at, |(w, _)| at - w.len());
    Some(Entity {
        start,
        end,
        text: text.get(start..end)?,
        value: Value::Quantity(Quantity::Fraction(number::Fraction {
            numerator,
            denominator,
            qualifier: qualified.map(|(_, q)| q),
        })),
    })
}
