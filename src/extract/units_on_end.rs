//! "hàng tấn rác", "hàng tạ mỡ", "đi bộ hàng cây số", "kéo dài hàng km",
//! "bắn xa hàng dặm": "hàng" (or its spelling "hằng") before a unit of
//! measure, with no count, is at least one of that unit, tons of it, as
//! "hàng chục tấn" is at least ten tons and "hàng tháng trời" at least a
//! month (CONVENTIONS.md, "Settled in the gen23 probe"). The span is
//! "hàng" and the unit, the value `1 UNIT at_least`, the unit the one the
//! measure grammar gives the word. The ninth extraction probe's fresh
//! draw counted "hàng tấn" a miss, the seventeenth set's d129 reads
//! "hàng tấn" so, and the gen23 probe's fresh draw met "hàng dặm"
//! (25 changed / 25 read / 24 right on the corpus).
//!
//! The unit words are the ones the corpus writes after "hàng" for an
//! amount (`UNITS`). "hàng tấn công" is the attacking line of a team
//! (the verb "tấn công", attack), no amount; "hàng" after a word that
//! makes it goods or a row ("cửa hàng", "mặt hàng", "xếp hàng") is no
//! lead either.

use super::Entity;
use super::around::{entry_opening, glued_before, word_before};
use crate::lex::Token;
use crate::number::{self, Qualifier, Quantity};

/// The unit words read after "hàng", longest first where one begins
/// another ("mét vuông" before "mét"), with the text the measure grammar
/// reads for one of them.
const UNITS: &[(&str, &str)] = &[
    ("tấn", "1 tấn"),
    ("tạ", "1 tạ"),
    ("cây số", "1 cây số"),
    ("km", "1 km"),
    ("dặm", "1 dặm"),
    ("mét vuông", "1 mét vuông"),
    ("mét", "1 mét"),
];

/// Words before "hàng" that make it a noun (goods, a shop, a row, a
/// line), not the lead of a vague amount: "cửa hàng", "mặt hàng", "lô
/// hàng", "xếp hàng", "hàng hàng".
const NOUN_BEFORE: &[&str] = &[
    "cửa", "mặt", "lô", "xếp", "đơn", "khách", "ngân", "nhà", "kho", "bán", "giao", "nhập", "xuất",
    "chủ", "món", "gian", "quầy", "đầu", "hàng",
];

/// The measure "hàng tấn" whose "hàng" (or "Hàng", "hằng", "Hằng", one
/// space after it) is the word at byte `start` (the token walk's lead,
/// `token_leads`), if no letter is glued before it, no noun makes it goods
/// or a row, and a unit of `UNITS` follows; see the module's
/// documentation.
pub(super) fn at_hang(text: &str, start: usize) -> Option<Entity<'_>> {
    if !matches!(text.as_bytes().get(start), Some(b'h' | b'H')) {
        return None;
    }
    let after_head = text.get(start + 1..)?;
    let tail = ["àng ", "ằng "]
        .into_iter()
        .find(|tail| after_head.starts_with(tail))?;
    // The unit after it first: most "hàng" have none.
    let rest_at = start + 1 + tail.len();
    let rest = text.get(rest_at..).unwrap_or("");
    let (word, one) = entry_opening(rest, UNITS)?;
    let end = rest_at + word.len();
    // "hàng tấn công": the attacking line, the verb "tấn công".
    if *word == "tấn" && text.get(end..).is_some_and(|a| a.starts_with(" công")) {
        return None;
    }
    if glued_before(text, start)
        || word_before(text, start).is_some_and(|(_, w)| NOUN_BEFORE.contains(&w.as_ref()))
    {
        return None;
    }
    measure_of(text, start, end, one, Some(Qualifier::AtLeast))
}

/// The measure the grammar reads in `written` ("1 tấn"), with
/// `qualifier`, spanning `start..end` of `text`: the entity a rule of
/// this kind adds (`None` if the grammar reads no measure there, which a
/// fixed table never gives).
pub(super) fn measure_of<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    written: &str,
    qualifier: Option<Qualifier>,
) -> Option<Entity<'a>> {
    let mut measure = number::parse_measure(written).ok()?;
    measure.qualifier = qualifier;
    Some(Entity::quantity(
        text,
        start,
        end,
        Quantity::Measure(measure),
    ))
}

/// The unit words read after "cả" or "non" for about one of them, with
/// the text the measure grammar reads for one. "mẫu" (also a model) and
/// "sào" ("Cả sào rau": the whole plot) are left out.
const ABOUT_ONE: &[(&str, &str)] = &[
    ("tấn", "1 tấn"),
    ("tạ", "1 tạ"),
    ("yến", "1 yến"),
    ("ký", "1 ký"),
    ("lít", "1 lít"),
    ("cây số", "1 cây số"),
    ("km", "1 km"),
    ("dặm", "1 dặm"),
    ("mét", "1 mét"),
];

/// "chạy xa cả cây số", "dài cả km", "thu hoạch cả tấn khoai", "nặng cả
/// ký", "văng xa cả mét", "chứa gần cả lít máu", "con đường ngoằn ngoèo
/// non cây số", "cách mặt đất chừng non mét": "cả" (a whole) or "non"
/// (a little under) before a unit of measure, with no count, is about one
/// of that unit, a `measure` `1 UNIT about` (gen32 probe), as "cả chục"
/// is about ten (CONVENTIONS.md, at the opening of the twenty-fifth
/// set). The eighth set's r134 reads "cả cây số" so, "cả" out of the span
/// as in "cả chục"; the first set's u032 "gần cả lít" takes the
/// qualifier "gần" and "cả" after it in; the twenty-fourth set's i015
/// reads "non cây số" whole. So the span is the unit alone after "cả",
/// from "gần" or "chừng" when one stands right before "cả" or "non", and
/// "non" with its unit. Not "cả tấn công" (also the attacking line, the
/// verb "tấn công"), nor a capital after "cả" ("cả Tấn Tài": a name), nor
/// "tất cả". The lead is the word token `t` (the token walk's, `token_leads`):
/// "cả", "Cả", "non" or "Non", one space after it.
pub(super) fn about_one_at<'a>(text: &'a str, t: &Token) -> Option<Entity<'a>> {
    let lead = text.get(t.start..t.end)?;
    if !matches!(lead, "cả" | "Cả" | "non" | "Non") || text.as_bytes().get(t.end) != Some(&b' ')
    {
        return None;
    }
    // The unit after it first: most "cả" and "non" have none.
    let at = t.start;
    let rest_at = at + lead.len() + 1;
    let rest = text.get(rest_at..).unwrap_or("");
    if matches!(lead, "cả" | "Cả") {
        if let Some(hour) = about_an_hour(text, at, rest_at, rest) {
            return Some(hour);
        }
    }
    let (word, one) = entry_opening(rest, ABOUT_ONE)?;
    let end = rest_at + word.len();
    if *word == "tấn" && text.get(end..).is_some_and(|a| a.starts_with(" công")) {
        return None;
    }
    let before = text.get(..at).unwrap_or("");
    if glued_before(text, at) || (lead == "cả" && after_tat(text, at)) {
        return None;
    }
    let qualifier_at = ["gần ", "Gần ", "chừng ", "Chừng "]
        .iter()
        .find(|q| before.ends_with(**q))
        .map(|q| at - q.len());
    let start = match (qualifier_at, lead) {
        (Some(q), _) => q,
        (None, "non" | "Non") => at,
        (None, _) => rest_at,
    };
    measure_of(text, start, end, one, Some(Qualifier::About))
}

/// "chờ cả tiếng đồng hồ", "mất cả giờ đồng hồ": "cả" before the hour
/// written whole, with no count, is about an hour, a `duration` `1 hour
/// about`, "cả" out of the span as for a unit of measure
/// ([`about_one_at`]; the twenty-seventh set's ac048 reads "cả tiếng đồng
/// hồ" so). "cả tiếng" alone is left: "cả tiếng Anh" (the language too),
/// "cả tiếng chuông" (the sound too); so is "tất cả" (all). `at` is the
/// lead's offset, `rest` the text after it and its space, from `rest_at`.
fn about_an_hour<'a>(text: &'a str, at: usize, rest_at: usize, rest: &str) -> Option<Entity<'a>> {
    let hour = ["tiếng đồng hồ", "giờ đồng hồ"]
        .into_iter()
        .find(|h| rest.starts_with(h))?;
    let end = rest_at + hour.len();
    let letter_after = text
        .get(end..)
        .and_then(|a| a.chars().next())
        .is_some_and(char::is_alphanumeric);
    if letter_after || glued_before(text, at) || after_tat(text, at) {
        return None;
    }
    let duration = crate::time::Duration {
        value: number::Value::Exact(number::Decimal::from(1u32)),
        unit: crate::time::TimeUnit::Hour,
    };
    Some(Entity {
        start: rest_at,
        end,
        text: text.get(rest_at..end)?,
        value: super::Value::Time {
            entity: crate::time::Entity::Duration(duration),
            qualifier: Some(Qualifier::About),
            anchor: None,
        },
    })
}

/// True when "tất " or "Tất " ends right before `at`: the "cả" there is
/// "tất cả" (all, every), no lead.
fn after_tat(text: &str, at: usize) -> bool {
    text.get(..at)
        .is_some_and(|b| b.ends_with("tất ") || b.ends_with("Tất "))
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    use crate::extract::test_spans::{finds_no, texts_and_kinds as spans};

    /// The measure read at `span` of `text`; panics (naming what was
    /// found) when there is none.
    fn measure_at(text: &str, span: &str) -> crate::number::Measure {
        let found = extract(text);
        let e = found
            .iter()
            .find(|e| e.text == span)
            .unwrap_or_else(|| panic!("{text}: {:?}", spans(text)));
        let crate::extract::Value::Quantity(crate::number::Quantity::Measure(m)) = &e.value else {
            panic!("{text}: not a measure");
        };
        *m
    }

    #[test]
    fn a_unit_after_hang_is_at_least_one() {
        for (text, span) in [
            ("Vụ tai nạn khiến hàng tấn đá đổ ra đường.", "hàng tấn"),
            ("Cơ sở chế biến hàng tạ mỡ bẩn mỗi ngày.", "hàng tạ"),
            (
                "Người dân phải đi bộ hàng cây số để lấy nước.",
                "hàng cây số",
            ),
            ("Xe tải nằm chờ, kéo dài hàng km trên quốc lộ.", "hàng km"),
            ("Mảnh vỡ bắn xa hàng dặm.", "hàng dặm"),
            ("Tường bị nứt hở hàng mét vuông.", "hàng mét vuông"),
            ("Hàng tấn rác thải được thu gom.", "Hàng tấn"),
        ] {
            let m = measure_at(text, span);
            assert_eq!(
                m.qualifier,
                Some(crate::number::Qualifier::AtLeast),
                "{text}"
            );
            assert_eq!(
                m.value.exact().map(|d| d.to_string()).as_deref(),
                Some("1"),
                "{text}"
            );
        }
    }

    #[test]
    fn no_amount_without_the_lead() {
        for text in [
            "Hàng tấn công của đội bóng rất mạnh.",
            "Cửa hàng tấn phát bán gạo.",
            "Mặt hàng mét vải này đắt.",
            "Lô hàng tấn công ty nhập về.",
            "Hàng chục tấn cá chết.",
        ] {
            let found = extract(text);
            assert!(
                found.iter().all(|e| !e.text.starts_with("hàng t")
                    && !e.text.starts_with("Hàng t")
                    || e.text.contains("chục")),
                "{text}: {:?}",
                spans(text)
            );
        }
    }

    #[test]
    fn a_whole_hour_is_about_an_hour() {
        for (text, span) in [
            (
                "Nhiều người chờ cả tiếng đồng hồ vẫn chưa tới lượt.",
                "tiếng đồng hồ",
            ),
            ("Anh ngồi cả giờ đồng hồ.", "giờ đồng hồ"),
        ] {
            let found = extract(text);
            let e = found.iter().find(|e| e.text == span).expect(text);
            assert_eq!(e.kind(), crate::extract::Kind::Duration, "{text}");
            let crate::extract::Value::Time {
                entity: crate::time::Entity::Duration(d),
                qualifier,
                ..
            } = &e.value
            else {
                panic!("{text}: not a duration");
            };
            assert_eq!(d.to_string(), "1 giờ", "{text}");
            assert_eq!(*qualifier, Some(crate::number::Qualifier::About), "{text}");
        }
        for text in [
            "Họ nói được cả tiếng Anh và tiếng Pháp.",
            "Tiếng đập cửa và cả tiếng chuông điện thoại.",
            "Tất cả giờ đồng hồ đều chạy.",
        ] {
            assert!(
                finds_no(text, crate::extract::Kind::Duration),
                "{text}: {:?}",
                spans(text)
            );
        }
    }

    #[test]
    fn a_whole_or_nearly_a_unit_is_about_one() {
        for (text, span) in [
            ("Chàng trai đã chạy xa cả cây số.", "cây số"),
            ("Khối bướu chứa gần cả lít máu.", "gần cả lít"),
            ("Con đường ngoằn ngoèo non cây số.", "non cây số"),
            ("Mỗi vụ thu hoạch cả tấn khoai lang.", "tấn"),
        ] {
            let m = measure_at(text, span);
            assert_eq!(m.qualifier, Some(crate::number::Qualifier::About), "{text}");
        }
        for text in [
            "Các vụ tấn công, bao gồm cả tấn công bằng máy bay.",
            "Sau điều trị, cả Tấn Tài và Nguyên Sa đều bình phục.",
            "Apple sản xuất cả mẫu iPhone giá rẻ.",
        ] {
            assert!(
                finds_no(text, crate::extract::Kind::Measure),
                "{text}: {:?}",
                spans(text)
            );
        }
    }
}
