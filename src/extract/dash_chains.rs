//! Percentages in a dashed chain: "Dortmund: 51% - 17% - 32%", "lần lượt
//! là 30%-50%-70%". Three or more percentages joined by dashes, each with
//! its own sign, list shares (of a revenue, of a payment plan), not the
//! ends of a range: a range has two ends. The percent grammar reads the
//! first two (or the last two) as an interval; here every interval of such
//! a chain is split into its two percentages, the span of each what is
//! written of it, and a dash glued before the next percentage after a
//! space ("22% - 41% -37%") is the chain's joiner, not a minus sign (num25
//! probe; DESIGN.md, "Rules of the num25 probe").

use super::{Entity, Kind, Value};
use crate::number::{Quantity, Value as Amount};

/// The dashes that join a chain.
const DASHES: [char; 3] = ['-', '–', '—'];

/// Splits the percentages of every dashed chain of three or more into
/// single percentages.
pub(super) fn split_chains<'a>(text: &'a str, found: &mut Vec<Entity<'a>>) {
    let members = chain_members(text, found);
    if members.iter().all(|m| !m) {
        return;
    }
    let mut out = Vec::with_capacity(found.len() + 2);
    for (e, &member) in found.iter().zip(&members) {
        if !member {
            out.push(*e);
            continue;
        }
        match split(e) {
            Some((a, b)) => {
                out.push(a);
                out.push(b);
            }
            None => out.push(unsigned(e).unwrap_or(*e)),
        }
    }
    *found = out;
}

/// A percentage with no qualifier and no per: what a chain is made of.
fn plain_percent(e: &Entity<'_>) -> Option<Amount> {
    match e.value {
        Value::Quantity(Quantity::Percent(p)) if p.qualifier.is_none() && p.per.is_none() => {
            Some(p.value)
        }
        _ => None,
    }
}

/// True when `a` and `b` (in this order) are joined by a dash: a dash
/// alone between them, or a dash glued before `b` after a space.
fn joined(text: &str, a: &Entity<'_>, b: &Entity<'_>) -> bool {
    let Some(between) = text.get(a.end..b.start) else {
        return false;
    };
    let core = between.trim_matches(' ');
    if core.chars().count() == 1 && core.starts_with(DASHES) {
        return true;
    }
    between.len() <= 2 && core.is_empty() && !between.is_empty() && b.text.starts_with(DASHES)
}

/// How many percentages `e` writes: two for an interval whose both ends
/// carry a "%" ("22% - 41%"), one otherwise.
fn count(e: &Entity<'_>) -> usize {
    match plain_percent(e) {
        Some(Amount::Interval { .. }) if e.text.matches('%').count() == 2 => 2,
        _ => 1,
    }
}

/// For each entity, whether it belongs to a chain of three or more
/// dash-joined percentages.
fn chain_members(text: &str, found: &[Entity<'_>]) -> Vec<bool> {
    let mut members = vec![false; found.len()];
    let mut i = 0;
    while i < found.len() {
        if found.get(i).and_then(plain_percent).is_none() {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut values = found.get(i).map_or(0, count);
        while let (Some(a), Some(b)) = (found.get(j), found.get(j + 1)) {
            if plain_percent(b).is_none() || !joined(text, a, b) {
                break;
            }
            values += count(b);
            j += 1;
        }
        if j > i && values >= 3 {
            for m in members.iter_mut().take(j + 1).skip(i) {
                *m = true;
            }
        }
        i = j + 1;
    }
    members
}

/// The two percentages of an interval "A% - B%".
fn split<'a>(e: &Entity<'a>) -> Option<(Entity<'a>, Entity<'a>)> {
    let Some(Amount::Interval {
        min,
        max,
        min_qualifier: None,
        max_qualifier: None,
    }) = plain_percent(e)
    else {
        return None;
    };
    if count(e) != 2 {
        return None;
    }
    let pct = e.text.find('%')?;
    let rest = e.text.get(pct + 1..)?;
    let after_dash = rest.trim_start().strip_prefix(DASHES)?;
    let second = e.text.len() - after_dash.trim_start().len();
    let first_end = pct + 1;
    // The interval orders its ends; the text may not ("51% - 17%").
    let first_value = if e.text.get(..pct).and_then(value_of) == Some(max) {
        max
    } else {
        min
    };
    let second_value = if first_value == max { min } else { max };
    Some((
        part(e, 0, first_end, first_value),
        part(e, second, e.text.len(), second_value),
    ))
}

/// The value written in a percentage's digits ("51", "69,3").
fn value_of(digits: &str) -> Option<crate::number::Decimal> {
    crate::number::parse_number(digits.trim())
        .ok()
        .and_then(|n| match n.value {
            Amount::Exact(v) => Some(v),
            Amount::Interval { .. } => None,
        })
}

/// The part of `e` from byte `from` to `to`, with the value `v`.
fn part<'a>(e: &Entity<'a>, from: usize, to: usize, v: crate::number::Decimal) -> Entity<'a> {
    let value = match e.value {
        Value::Quantity(Quantity::Percent(mut p)) => {
            p.value = Amount::Exact(v);
            Value::Quantity(Quantity::Percent(p))
        }
        other => other,
    };
    Entity {
        start: e.start + from,
        end: e.start + to,
        text: e.text.get(from..to).unwrap_or(e.text),
        value,
    }
}

/// A chain's member written with the joining dash glued before it
/// ("-37%"): the percentage without the dash, its value positive.
fn unsigned<'a>(e: &Entity<'a>) -> Option<Entity<'a>> {
    let dash = e.text.chars().next().filter(|c| DASHES.contains(c))?;
    let Some(Amount::Exact(v)) = plain_percent(e) else {
        return None;
    };
    if e.kind() != Kind::Percent || !v.is_negative() {
        return None;
    }
    Some(part(
        e,
        dash.len_utf8(),
        e.text.len(),
        v.checked_neg().ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    fn spans(text: &str) -> Vec<(String, String)> {
        extract(text)
            .into_iter()
            .map(|e| (e.text.to_string(), format!("{:?}", e.value)))
            .collect()
    }

    #[test]
    fn a_chain_of_three_is_three_percentages() {
        let texts: Vec<String> =
            spans("Cơ cấu doanh thu: 51% - 17% - 32%, năm trước 20% - 30% - 50%.")
                .into_iter()
                .map(|(t, _)| t)
                .collect();
        assert_eq!(texts, ["51%", "17%", "32%", "20%", "30%", "50%"]);
    }

    #[test]
    fn a_glued_joiner_is_no_minus() {
        let found = extract("Tỷ lệ lần lượt 22% - 41% -37%.");
        let texts: Vec<&str> = found.iter().map(|e| e.text).collect();
        assert_eq!(texts, ["22%", "41%", "37%"]);
        assert!(format!("{:?}", found[2].value).contains("37"));
        assert!(!format!("{:?}", found[2].value).contains("-37"));
    }

    #[test]
    fn two_percentages_stay_a_range() {
        let texts: Vec<String> = spans("lãi suất 7% - 9%, giảm 0,32 điểm (-0,49%)")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(texts, ["7% - 9%", "0,32", "-0,49%"]);
    }
}
