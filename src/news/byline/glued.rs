//! A signature glued to what ends the text: the last item of a line-up or
//! a schedule that ends a sports piece (`… Washington, Văn Toàn Quang Dũng - Hoàng
//! An`, `… 20h ngày 10/9: Việt Nam - Thái Lan Lâm Thỏa`): VnExpress puts
//! the signature on the line after the list, and the crawler joined the
//! two. The list's items are names too, so where the signature starts is
//! read from the shape of the last item alone: a reporter signs with a
//! two-word name, and a list item that runs to four Title Case words or
//! more ends with one. Or the title of a related link that ends the text
//! (`… >> Xem đáp án Mộc Trà`): the signature stood on the line after the
//! link.

use super::super::letters::{composed, is_combining, is_syllable, is_title_word};
use super::super::places::is_place;
use super::matching::{credit_marker, starts_with_word};
use super::names::{is_not_name_word, split_initials};
use super::{Byline, Credit, CreditRole};
use crate::text::floor_boundary;

/// How far before the end the list's heading is looked for, in bytes.
const LIST_WINDOW: usize = 700;

/// Headings that open a line-up or a schedule.
const LIST_HEADINGS: &[&str] = &["Đội hình", "Lịch thi đấu", "Lịch đấu"];

/// The signature glued to the last item of a line-up or a schedule that
/// ends `text[..end]`: the list's heading (`Đội hình …:`, `Lịch đấu …:`)
/// stands in the last few hundred bytes, and the last item (after the last
/// comma, colon or semicolon, on the last line) is Title Case syllables
/// only. An item of four words or more ends with a two-word name (`…,
/// Tiến Linh Hiếu Lương`), and so does one of three words whose first is
/// no syllable (a foreign player's one name: `…, Justice Quang Dũng`); an item whose last two words follow a spaced
/// dash after four words or more gives two names (`Văn Toàn Quang Dũng -
/// Hoàng An`).
pub(super) fn lineup_signature(text: &str, min_start: usize, end: usize) -> Option<Byline<'_>> {
    let head = text.get(..end)?;
    let from = floor_boundary(head, end.saturating_sub(LIST_WINDOW));
    let window = head.get(from..)?;
    // Composed or decomposed: each heading opens with `Đ` or `L`.
    let heading = window
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, 'Đ' | 'L')
                && window.get(i..).is_some_and(|r| {
                    LIST_HEADINGS
                        .iter()
                        .any(|h| starts_with_word(r, h).is_some())
                })
        })
        .map(|(i, _)| i)
        .next_back()?;
    let heading = from + heading;
    let item_at = head
        .get(heading..)?
        .rfind([',', ':', ';', '\n'])
        .map(|i| heading + i + 1)?;
    // The heading's own colon must come before the last item.
    if !head.get(heading..item_at)?.contains(':') {
        return None;
    }
    let item = head.get(item_at..)?;
    let item_start = item_at + (item.len() - item.trim_start().len());
    let item = item.trim_start();
    // The item's parts, split at spaced dashes, each a run of words.
    let mut parts: Vec<(usize, Vec<(usize, &str)>)> = Vec::new();
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut part_start = item_start;
    let mut pos = 0;
    for w in item.split(' ') {
        let at = item_start + pos;
        pos += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        if matches!(w, "-" | "–") {
            parts.push((part_start, std::mem::take(&mut words)));
            part_start = item_start + pos;
            continue;
        }
        if !(is_title_word(w) && composed(w).chars().all(char::is_alphabetic)) {
            return None;
        }
        words.push((at, w));
    }
    parts.push((part_start, words));
    let last = &parts.last()?.1;
    // A foreign player's one name is no syllable (`Justice Quang Dũng`).
    let foreign_then_name = last.len() == 3 && last.first().is_some_and(|w| !is_syllable(w.1));
    let prev = parts
        .len()
        .checked_sub(2)
        .and_then(|i| parts.get(i))
        .map(|p| &p.1);
    let names: Vec<(usize, usize)> = if last.len() >= 4 || foreign_then_name {
        vec![span_of(last.get(last.len() - 2..)?)]
    } else if let Some(prev) = prev.filter(|p| last.len() == 2 && p.len() >= 4) {
        vec![span_of(prev.get(prev.len() - 2..)?), span_of(last)]
    } else {
        return None;
    };
    let start = names.first()?.0;
    if start <= min_start {
        return None;
    }
    let mut authors = Vec::with_capacity(names.len());
    for &(s, e) in &names {
        let name = head.get(s..e)?;
        let ok = name
            .split(' ')
            .all(|w| is_syllable(w) && !is_not_name_word(w))
            && !is_place(name);
        if !ok {
            return None;
        }
        authors.push(name);
    }
    Some(Byline {
        text: head.get(start..end)?,
        start,
        end,
        authors,
        ..Byline::default()
    })
}

/// The byte span of a run of words given with their offsets.
fn span_of(words: &[(usize, &str)]) -> (usize, usize) {
    let first = words.first().map_or(0, |w| w.0);
    let last = words.last().map_or(first, |w| w.0 + w.1.len());
    (first, last)
}

/// The longest link line read, in bytes.
const LINK_MAX: usize = 240;

/// The signature glued to a related link's title that ends `text[..end]`:
/// the last line's last `>>` (or `>>>`) opens `Xem …` (`>> Xem thêm: …`,
/// `>> Xem giải thích`), and the title's last two words are a name of
/// Title Case syllables, not a place, with a word of the title before it
/// (`>> Xem ảnh … Carl Froch Hoàng Trang`). A video's title after a
/// bullet that follows the last sentence's end is read the same way (`…
/// khẳng định. *Những pha cứu thua của … Tiến Dũng Vĩnh San`).
pub(super) fn link_signature(text: &str, min_start: usize, end: usize) -> Option<Byline<'_>> {
    let text_end = end;
    let head = text.get(..end)?;
    let from = floor_boundary(head, end.saturating_sub(LINK_MAX));
    let window = head.get(from..)?;
    let arrow = window.rfind(">>");
    let star = window.rfind('*');
    // `» Title NAME`: Báo Mới 2013 kept a page's related links, each
    // after a `»`, and the signature glued to the last title.
    let guillemet = window.rfind('»');
    let link = if guillemet > arrow && guillemet > star {
        let at = from + guillemet?;
        head.get(at + '»'.len_utf8()..)?.trim_start()
    } else if star > arrow {
        // A video's title after a bullet that follows a sentence's end.
        let at = from + star?;
        let before = head.get(..at)?.trim_end();
        if !before.ends_with(['.', '!', '?', '"', '”']) {
            return None;
        }
        head.get(at + 1..)?.trim_start()
    } else {
        let link = head
            .get(from + arrow?..)?
            .trim_start_matches('>')
            .trim_start();
        if !link.starts_with("Xem ") {
            return initials_after_link(head, link, min_start, text_end);
        }
        link
    };
    if link.contains('\n') {
        return None;
    }
    // `… Gia Lai Diệp Vy (tổng hợp)`: the name may carry a compilation
    // note, after a `»` only.
    let note = (guillemet > arrow && guillemet > star)
        .then(|| {
            // Composed or decomposed, in any case.
            let open = link.rfind('(')?;
            let note = composed(link.get(open..)?).to_lowercase();
            let body = link.get(..open)?;
            (note == "(tổng hợp)" && body.ends_with(' ')).then_some(body)
        })
        .flatten();
    let (link, end) = match note {
        Some(body) => (body.trim_end(), end - (link.len() - body.trim_end().len())),
        None => (link, end),
    };
    let words: Vec<&str> = link.split(' ').collect();
    // `Xem` or a title's first word, at least one more, then the name.
    if words.len() < 4 {
        return None;
    }
    let name_words = words.get(words.len() - 2..)?;
    let ok = name_words.iter().all(|w| {
        is_title_word(w)
            && composed(w).chars().all(char::is_alphabetic)
            && is_syllable(w)
            && !is_not_name_word(w)
    });
    let len = name_words.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
    let start = end.checked_sub(len)?;
    let name = head.get(start..end)?;
    if !ok || is_place(name) || start <= min_start {
        return None;
    }
    let whole = head.get(start..text_end)?;
    let credits = if note.is_some() {
        vec![Credit {
            role: CreditRole::Compiled,
            names: vec![name],
        }]
    } else {
        Vec::new()
    };
    Some(Byline {
        text: whole,
        start,
        end: text_end,
        authors: vec![name],
        credits,
        ..Byline::default()
    })
}

/// A reporter's initials and given name (`T.Minh`: one capital, a dot, a
/// Title Case syllable) glued with a space to the last related link's
/// title (`>> 'Hô biến' thịt bò … tại Big C Long Biên T.Minh`, a
/// PetroTimes page): no headline ends with that shape, so it is the
/// signature, alone. The title keeps at least three words before it.
fn initials_after_link<'a>(
    head: &'a str,
    link: &str,
    min_start: usize,
    end: usize,
) -> Option<Byline<'a>> {
    let (title, last) = link.rsplit_once(' ')?;
    let (initial, given) = last.split_once('.')?;
    let mut cs = initial.chars();
    let one_capital = cs.next().is_some_and(char::is_uppercase) && cs.next().is_none();
    let given_ok = is_title_word(given)
        && is_syllable(given)
        && composed(given).chars().all(char::is_alphabetic);
    if !one_capital || !given_ok || title.split_whitespace().count() < 3 || link.contains('\n') {
        return None;
    }
    let start = end.checked_sub(last.len())?;
    if start <= min_start {
        return None;
    }
    author_alone(head, start, end)
}

/// The longest last line read after a link's `tại đây`, in bytes.
const HERE_LINE_MAX: usize = 160;

/// The signature after a link's anchor `tại đây` ("here") that ends the
/// text's last line (`…Xem chi tiết kế hoạch tuyển sinh tại đây Lập
/// Phương`, Báo Mới 2013): the page had the name on the line after the
/// link, and the crawler joined the two. The two or three words after
/// `tại đây` are a name of Title Case syllables, no function word, not a
/// place; nothing follows them.
pub(super) fn here_link_signature(text: &str, min_start: usize, end: usize) -> Option<Byline<'_>> {
    let head = text.get(..end)?;
    let from = floor_boundary(head, end.saturating_sub(HERE_LINE_MAX));
    let window = head.get(from..)?;
    let line_at = from + window.rfind('\n').map_or(0, |i| i + 1);
    let line = head.get(line_at..)?;
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut at = line_at;
    for w in line.split(' ') {
        if !w.is_empty() {
            words.push((at, w));
        }
        at += w.len() + 1;
    }
    let is_word = |w: &str, want: &str| composed(w).to_lowercase() == want;
    for k in [3, 2] {
        let Some(cut) = words.len().checked_sub(k + 2) else {
            continue;
        };
        let (anchor, name_words) = (words.get(cut..cut + 2)?, words.get(cut + 2..)?);
        if !(is_word(anchor.first()?.1, "tại") && is_word(anchor.get(1)?.1, "đây")) {
            continue;
        }
        let ok = name_words.iter().all(|&(_, w)| {
            is_title_word(w)
                && composed(w).chars().all(char::is_alphabetic)
                && is_syllable(w)
                && !is_not_name_word(w)
        });
        let (start, name_end) = span_of(name_words);
        let name = head.get(start..name_end)?;
        if !ok || name_end != end || is_place(name) || start <= min_start {
            return None;
        }
        return author_alone(head, start, end);
    }
    None
}

/// The longest name glued before `Theo` that
/// [`lowercase_name_before_theo`] reads, in bytes.
const LOWERCASE_NAME_MAX: usize = 40;

/// Words of a compiler's or translator's note (`tổng hợp`, `lược dịch`,
/// `sưu tầm`), which may stand before `Theo` in lowercase too.
const COMPILING_WORDS: &[&str] = &["tổng hợp", "dịch", "sưu tầm", "lược", "trích"];

/// A byline that is `Theo X` alone, glued to a name of two or three
/// words written in lowercase or with one capital (`…độc đáo này.hạ
/// phongTheo Infonet`, `….Cảnh hoàngTheo Infonet`, 12 Báo Mới 2013
/// articles): the name stands between a sentence's end and `Theo`, with
/// no space before `Theo`, and is the author. Each word is a Vietnamese
/// syllable, no function word, and the name is no place. Any other byline
/// is returned as it is.
pub(super) fn lowercase_name_before_theo<'a>(
    text: &'a str,
    min_start: usize,
    b: Byline<'a>,
) -> Byline<'a> {
    if !b.authors.is_empty() || b.source.is_none() || !b.text.starts_with("Theo ") {
        return b;
    }
    let Some(head) = text.get(..b.start) else {
        return b;
    };
    if !head
        .chars()
        .next_back()
        .is_some_and(|c| c.is_lowercase() || is_combining(c))
    {
        return b;
    }
    // Back to the sentence's end, within a short reach.
    let from = floor_boundary(head, head.len().saturating_sub(LOWERCASE_NAME_MAX));
    let Some(window) = head.get(from..) else {
        return b;
    };
    let Some((k, c)) = window
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == ' ' || is_combining(c)))
    else {
        return b;
    };
    if !matches!(c, '.' | '!' | '?' | '…' | '”' | '"') {
        return b;
    }
    let name_at = from + k + c.len_utf8();
    let name_at = name_at + usize::from(text.get(name_at..).is_some_and(|r| r.starts_with(' ')));
    let Some(name) = text.get(name_at..b.start) else {
        return b;
    };
    let capitals = name.chars().filter(|c| c.is_uppercase()).count();
    let ok = name_at >= min_start
        && capitals <= 1
        // One capital only as the name's first letter.
        && name.starts_with(char::is_uppercase) == (capitals == 1)
        && is_short_lowercase_name(name)
        && !{
            let lower = composed(name).to_lowercase();
            COMPILING_WORDS.iter().any(|w| lower.contains(w))
        };
    if ok {
        with_author_at(text, b, name, name_at)
    } else {
        b
    }
}

/// True when `name` is two or three Vietnamese syllables, none a function
/// word, and no place the places table knows: the shape of the lowercase
/// given names `lowercase_name_before_theo` and
/// `lowercase_name_above_outlet` read (their capitals are tested apart).
fn is_short_lowercase_name(name: &str) -> bool {
    let words = name.split(' ');
    (2..=3).contains(&words.clone().count())
        && words
            .into_iter()
            .all(|w| is_syllable(w) && !is_not_name_word(w))
        && !is_place(name)
}

/// A byline that is one name alone, `head[start..end]`, its author.
fn author_alone(head: &str, start: usize, end: usize) -> Option<Byline<'_>> {
    let name = head.get(start..end)?;
    Some(Byline {
        text: name,
        start,
        end,
        authors: vec![name],
        ..Byline::default()
    })
}

/// `b` with `name`, at `name_at` in `text`, as an author: the byline now
/// starts at the name.
fn with_author_at<'a>(
    text: &'a str,
    mut b: Byline<'a>,
    name: &'a str,
    name_at: usize,
) -> Byline<'a> {
    b.authors.push(name);
    b.start = name_at;
    b.text = text.get(name_at..b.end).unwrap_or(b.text);
    b
}

/// A byline that is an outlet alone in parentheses on its own line
/// (`(Trithucthoidai)`), under a line that holds a name of two or three
/// words whose only capital is its first letter (`Hoàng huy`), itself
/// after a sentence's end or a colon: the name is the author, as
/// `Anh Quân⏎ (Trithucthoidai)` reads. Each word is a Vietnamese syllable,
/// no function word, and the name is no place. Any other byline is
/// returned as it is.
pub(super) fn lowercase_name_above_outlet<'a>(
    text: &'a str,
    min_start: usize,
    b: Byline<'a>,
) -> Byline<'a> {
    let lone_outlet = b.authors.is_empty()
        && b.credits.is_empty()
        && (b.agency.is_some() != b.source.is_some())
        && b.text.starts_with('(')
        && b.text.ends_with(')');
    if !lone_outlet {
        return b;
    }
    let Some(head) = text.get(..b.start) else {
        return b;
    };
    // The name's line: between the last two line breaks before the byline.
    let head = head.trim_end_matches([' ', '\t']);
    let Some(line_end) = head.strip_suffix('\n').map(str::len) else {
        return b;
    };
    let from = floor_boundary(head, line_end.saturating_sub(LOWERCASE_NAME_MAX));
    let Some(window) = head.get(from..line_end) else {
        return b;
    };
    let Some(k) = window.rfind('\n') else {
        return b;
    };
    let line_at = from + k + 1;
    let Some(line) = text.get(line_at..line_end) else {
        return b;
    };
    let name = line.trim();
    let name_at = line_at + (line.len() - line.trim_start().len());
    let before = text.get(..line_at).unwrap_or_default().trim_end();
    let capitals = name.chars().filter(|c| c.is_uppercase()).count();
    let ok = name_at >= min_start
        && before.ends_with(['.', '!', '?', '…', ':', '”', '"'])
        && capitals == 1
        && name.starts_with(char::is_uppercase)
        && is_short_lowercase_name(name);
    if ok {
        with_author_at(text, b, name, name_at)
    } else {
        b
    }
}

/// A byline that is a photo credit alone (`Ảnh: BHD`, no parenthesis),
/// glued with a space to a name of two or three Title Case syllables, or
/// two such names joined by a dash, that follow a lowercase word with no
/// stop between (`…nhiều chia sẻ bổ ích Minh Nguyễn Ảnh: BHD`, `…sau 10
/// năm chờ đợi Nguyễn Hằng- Hiền Hương Ảnh: Chí Linh`, vmds photo stories
/// whose captions the crawler joined): the names, bounded by the caption's
/// lowercase word before them and the credit after them, are the
/// reporters', who sign above the photos' credit. No function word, no place the places table knows
/// (`…phố cổ Hội An Ảnh: X` is a caption's; a district it lacks, as in
/// `…công viên Cầu Giấy Ảnh: X`, would be read as a name: the corpus has
/// that shape once, inside a body, never at its end). Any other byline is
/// returned as it is.
pub(super) fn name_before_photo_credit<'a>(
    text: &'a str,
    min_start: usize,
    mut b: Byline<'a>,
) -> Byline<'a> {
    let credit_only = b.authors.is_empty()
        && b.agency.is_none()
        && b.source.is_none()
        && b.credits.len() == 1
        && b.credits.iter().all(|c| c.role == CreditRole::Photo);
    if !credit_only || !composed(b.text).starts_with("Ảnh:") {
        return b;
    }
    let Some(head) = text.get(..b.start) else {
        return b;
    };
    let Some(head) = head.strip_suffix(' ') else {
        return b;
    };
    // The last words before the credit, on its line: the caption's
    // lowercase word, then one name of two or three words, or two joined
    // by a dash (`…chờ đợi Nguyễn Hằng- Hiền Hương Ảnh: Chí Linh`).
    let from = floor_boundary(head, head.len().saturating_sub(NAMES_BEFORE_CREDIT_MAX));
    let Some(window) = head.get(from..) else {
        return b;
    };
    let window = window.rsplit('\n').next().unwrap_or(window);
    let window_at = head.len() - window.len();
    // Words with their offsets; a dash glued to a word's end (`Hằng-`) is
    // a token of its own.
    let mut toks: Vec<(usize, &str)> = Vec::new();
    let mut at = window_at;
    for w in window.split(' ') {
        match w.strip_suffix(['-', '–']) {
            Some(word) if !word.is_empty() => {
                toks.push((at, word));
                toks.push((at + word.len(), "-"));
            }
            _ if w == "–" => toks.push((at, "-")),
            _ if !w.is_empty() => toks.push((at, w)),
            _ => {}
        }
        at += w.len() + 1;
    }
    let name_word = |w: &str| is_title_word(w) && is_syllable(w) && !is_not_name_word(w);
    let lowercase_word = |w: &str| {
        w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || is_combining(c))
    };
    // Names read from the end: (start token, end token), last name first.
    let mut names: Vec<(usize, usize)> = Vec::new();
    let mut end_tok = toks.len();
    let mut opened = false;
    'names: for _ in 0..2 {
        for n in [2, 3] {
            let Some(k) = end_tok.checked_sub(n + 1) else {
                continue;
            };
            let Some(run) = toks.get(k + 1..end_tok) else {
                continue;
            };
            if !run.iter().all(|&(_, w)| name_word(w)) {
                continue;
            }
            let Some(&(_, before)) = toks.get(k) else {
                continue;
            };
            if lowercase_word(before) {
                names.push((k + 1, end_tok));
                opened = true;
                break 'names;
            }
            if before == "-" && names.is_empty() {
                names.push((k + 1, end_tok));
                end_tok = k;
                continue 'names;
            }
        }
        break;
    }
    if !opened {
        return b;
    }
    let spans: Vec<&str> = names
        .iter()
        .rev()
        .filter_map(|&(i, j)| {
            let &(a, _) = toks.get(i)?;
            let &(z, w) = toks.get(j.checked_sub(1)?)?;
            text.get(a..z + w.len())
        })
        .collect();
    let Some(&(name_at, _)) = names.last().and_then(|n| toks.get(n.0)) else {
        return b;
    };
    if spans.len() != names.len() || name_at < min_start || spans.iter().any(|n| is_place(n)) {
        return b;
    }
    b.authors.extend(spans);
    b.start = name_at;
    b.text = text.get(name_at..b.end).unwrap_or(b.text);
    b
}

/// A byline that is a photo credit alone whose names, in capitals, hold
/// one word made of two syllables with no space between (`…giữa CLB
/// B.Bình Dương - Kawasaki. Ảnh: NGUYỄN NHÂNQUỐC CƯỜNG`, `Ảnh: LÃ
/// ANHNHƯ HOA`, Báo Mới 2013): the last caption's credit, whose line
/// the crawler joined to the signature's. The names split there: the
/// words after the glue (two or three, the first the glued word's second
/// syllable) are the reporter's, the author alone, as they read when the
/// signature stands on its own line (the caption's credit is then no
/// byline). The glued word is no syllable itself and splits into two
/// syllables one way only (marks checked); the credit keeps a word before
/// it. Any other byline is returned as it is.
pub(super) fn caps_name_glued_to_credit<'a>(
    text: &'a str,
    min_start: usize,
    b: Byline<'a>,
) -> Byline<'a> {
    let credit_only = b.authors.is_empty()
        && b.agency.is_none()
        && b.source.is_none()
        && b.credits.len() == 1
        && b.credits
            .iter()
            .all(|c| c.role == CreditRole::Photo && c.names.len() == 1);
    if !credit_only || !composed(b.text).starts_with("Ảnh:") {
        return b;
    }
    let Some(&names) = b.credits.first().and_then(|c| c.names.first()) else {
        return b;
    };
    let caps = |w: &str| w.chars().all(|c| c.is_uppercase() || is_combining(c));
    let Some(names_at) = b.text.rfind(names).map(|i| b.start + i) else {
        return b;
    };
    let words: Vec<(usize, &str)> = names
        .split(' ')
        .scan(names_at, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    if words.len() < 2 || !words.iter().all(|&(_, w)| caps(w)) {
        return b;
    }
    let glued: Vec<(usize, usize)> = words
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(i, &(at, w))| glued_syllables(w).map(|k| (i, at + k)))
        .collect();
    let [(i, sig_at)] = glued[..] else {
        return b;
    };
    let after = words.len() - i;
    let Some(&(last_at, last)) = words.last() else {
        return b;
    };
    if !(2..=3).contains(&after) || sig_at < min_start {
        return b;
    }
    author_alone(text, sig_at, last_at + last.len()).unwrap_or(b)
}

/// Where `word` (in capitals) splits into two syllables, when it is no
/// syllable itself and splits so one way only (marks checked).
/// Where `word`, no Vietnamese syllable itself, splits into two that are,
/// when it does so in one way only (`Ảnh: NGUYỄN NHÂNQUỐC CƯỜNG`: a
/// credit's last syllable glued to the signature's first).
fn glued_syllables(word: &str) -> Option<usize> {
    use crate::text::syllable::is_syllable as strict;
    if strict(word) {
        return None;
    }
    let mut splits = word.char_indices().skip(1).map(|(k, _)| k).filter(|&k| {
        let (l, r) = word.split_at(k);
        !r.starts_with(is_combining) && strict(l) && strict(r)
    });
    let k = splits.next()?;
    splits.next().is_none().then_some(k)
}

/// How far before a closing photo credit the names glued to a caption
/// are read, in bytes.
const NAMES_BEFORE_CREDIT_MAX: usize = 96;

/// How far before the end a two-role credit glued to a following block is
/// looked for, in bytes.
const GLUED_CREDIT_WINDOW: usize = 900;

/// The longest names of such a credit, in bytes.
const GLUED_CREDIT_NAMES_MAX: usize = 60;

/// Where the signature ends when a two-role credit that follows the last
/// sentence is glued to a block the page printed after it (`…tiết
/// kiệm!BÀi và ảnh: KTS Nguyễn Trần Đức AnhTận dụng chiều cao…`, `…đã
/// qua!bài và ảnh: Chính LyTheo tiếng Khmer, …`, `…Tin, ảnh: NGUYÊN MINH
/// – THU HÀBất thường trong các khoản thu`): a caption, a box or a related
/// title, which the crawler joined with no space. The credit names text
/// and photos (`Bài và ảnh`, `Tin, ảnh`: a signature, never a caption's
/// credit), stands after a sentence's end in the last few hundred bytes,
/// and its names end, on the same line, where a capital is glued to a
/// lowercase letter (`AnhTận`) or opens a Title Case word after
/// capitals (`HÀBất`). The byline is read as ending there; `None` when
/// there is no such credit.
pub(super) fn credit_before_glued_block(text: &str, min_start: usize, end: usize) -> Option<usize> {
    let head = text.get(..end)?;
    let from = floor_boundary(head, end.saturating_sub(GLUED_CREDIT_WINDOW)).max(min_start);
    let window = head.get(from..)?;
    // The last two-role credit of the window.
    let (at, len) = window.char_indices().rev().find_map(|(i, _)| {
        let (roles, len) = credit_marker(window.get(i..)?)?;
        (roles.len() == 2 && roles.contains(&CreditRole::Text)).then_some((from + i, len))
    })?;
    let before = head.get(..at)?.trim_end();
    if !before.ends_with(['.', '!', '?', '…', '"', '”']) {
        return None;
    }
    let names_from = at + len;
    let names = head.get(names_from..)?;
    let mut prev: [Option<char>; 2] = [None, None];
    for (i, c) in names.char_indices() {
        if c == '\n' || i > GLUED_CREDIT_NAMES_MAX {
            return None;
        }
        // (Decomposed text: a mark belongs to the letter before it.)
        if is_combining(c) {
            continue;
        }
        let next = names.get(i + c.len_utf8()..)?.chars().next();
        let title_glued = c.is_uppercase() && prev[1].is_some_and(char::is_lowercase);
        let caps_glued = c.is_uppercase()
            && prev[1].is_some_and(char::is_uppercase)
            && prev[0].is_some_and(char::is_uppercase)
            && next.is_some_and(char::is_lowercase);
        if title_glued || caps_glued {
            let glue = names_from + i;
            let block = head.get(glue..)?;
            return (block.trim().len() > 1 && !block.contains('\n')).then_some(glue);
        }
        prev = [prev[1], Some(c)];
    }
    None
}

/// Lowercase words that close a page's phrase, not a given name: `Tòa
/// soạn` (the newsroom), `Còn nữa` (to be continued), `Xem tiếp`, `Tổng
/// hợp`, `Sưu tầm`.
const NOT_LOWERCASE_GIVEN: &[&str] = &["soạn", "nữa", "tiếp", "hợp", "tầm"];

/// `…tạm thời (?!) Khánh huyền`, `…quốc tế khác. Ngọc anh`, `…việc gì
/// hết.Anh ngọc`, `…trên địa bàn...”.⏎Khánh huyền`: a reporter's name of
/// two syllables whose given name the page left in lowercase, alone at the
/// end of the body (of `text[..end]`, or before the furniture that ends
/// it) after a sentence's end. The first word is one Title Case syllable,
/// the second a lowercase syllable; neither is a function word or a page
/// word (`Xem tiếp`, `Còn nữa`, `Tòa soạn`), and the two make no place.
/// Such a name elsewhere is a sentence's words.
pub(super) fn lowercase_lone_name<'a>(
    text: &'a str,
    min_start: usize,
    ends: &[usize],
) -> Option<Byline<'a>> {
    ends.iter().find_map(|&e| {
        let head = text.get(..e)?.trim_end();
        let name_end = head.len();
        let (rest, given) = head.rsplit_once(' ')?;
        let first_at = match rest
            .char_indices()
            .rfind(|&(_, c)| !(c.is_alphabetic() || is_combining(c)))
        {
            Some((i, c)) => i + c.len_utf8(),
            None => 0,
        };
        let first = rest.get(first_at..)?;
        let before = rest.get(..first_at)?.trim_end();
        let mut back = before.chars().rev();
        let sentence_end = match back.next() {
            Some('!' | '?' | '…' | '”' | '"' | ')') => true,
            Some('.') => back.next().is_some_and(|c| !c.is_uppercase()),
            _ => false,
        };
        let given_c = composed(given);
        let ok = first_at >= min_start
            && sentence_end
            && is_syllable(first)
            && is_title_word(first)
            && first.chars().count() > 1
            && is_syllable(given)
            && given.chars().all(|c| c.is_lowercase() || is_combining(c))
            && !is_not_name_word(first)
            && !is_not_name_word(given)
            && !NOT_LOWERCASE_GIVEN.contains(&given_c.as_ref())
            && !is_place(head.get(first_at..)?);
        if !ok {
            return None;
        }
        author_alone(head, first_at, name_end)
    })
}

/// A reporter's initials alone (`T.H`, `N.Q.A`: capitals joined by dots)
/// glued to the last word of the text, after a lowercase letter or a colon
/// (`…theo nghiệp ca sĩT.H`, `…hình ảnh của Trà Ngọc Hằng:T.H`, a Báo Mới
/// 2013 gallery whose last caption the crawler joined to the signature
/// line): no Vietnamese word ends in capitals and dots, so they sign the
/// article. Only a run of initials with nothing after it: `TP.HCM`, `ĐH.KT`
/// or a given name after the dot are not read here.
pub(super) fn initials_glued_to_word(
    text: &str,
    min_start: usize,
    end: usize,
) -> Option<Byline<'_>> {
    let head = text.get(..end)?;
    let word_at = head.rfind(char::is_whitespace).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = head.get(word_at..)?;
    let (k, _) = word.char_indices().skip(1).find(|&(k, c)| {
        c.is_uppercase()
            && word
                .get(..k)
                .and_then(|h| h.chars().next_back())
                .is_some_and(|p| p.is_lowercase() || is_combining(p) || p == ':')
    })?;
    let sig = word.get(k..)?;
    let (rest, initials) = split_initials(sig);
    let start = word_at + k;
    if !initials || !rest.is_empty() || !sig.contains('.') || start <= min_start {
        return None;
    }
    author_alone(head, start, end)
}

/// The most words of a name joined to an agency by a dot.
const DOTTED_NAME_WORDS: usize = 3;

/// A byline that is an agency or a registered outlet's short name alone,
/// written in capitals (`TTVN`, `TTXVN`, `ANTĐ`, three capitals or more),
/// joined by a dot with no space to the name before it (`…dáng chuẩnBi.TTVN`,
/// `…đón đọc⏎Bi.TTVN`, `…Hội An.Thảo Phương.TTVN`): the reporter signs
/// `NAME.AGENCY` as others sign `NAME/AGENCY`, and the name is the author.
/// The name is one to three Title Case Vietnamese syllables and no place,
/// and it must open where a signature can: at a line's start, after a
/// sentence's end, or glued to a lowercase letter (the crawler joined the
/// last caption to the signature). A word after a space is the last
/// sentence's (`…tại Hà Nội.TTXVN`, `…của Mỹ.TTXVN`): no name is read.
/// Any other byline is given back unchanged.
pub(super) fn name_dotted_to_agency<'a>(
    text: &'a str,
    min_start: usize,
    b: Byline<'a>,
) -> Byline<'a> {
    let agency_alone = b.authors.is_empty()
        && b.source.is_none()
        && b.credits.is_empty()
        && b.agency.is_some_and(|a| {
            a == b.text.trim()
                && a.chars().count() >= 3
                && a.chars().all(|c| c.is_uppercase())
                && super::matching::is_agency(a)
        });
    if !agency_alone || !text.get(..b.start).is_some_and(|h| h.ends_with('.')) {
        return b;
    }
    let Some(at) = dotted_name_start(text, b.start - 1) else {
        return b;
    };
    match text.get(at..b.start - 1) {
        Some(name) if at >= min_start && !is_place(name) => with_author_at(text, b, name, at),
        _ => b,
    }
}

/// Where the name that ends at `dot` starts: one to
/// [`DOTTED_NAME_WORDS`] Title Case syllables joined by single spaces,
/// whose first opens the text or a line, follows a sentence's end
/// (`.`, `!`, `?`, `…`, a closing quote, spaces allowed after it) or is
/// glued to a lowercase letter.
fn dotted_name_start(text: &str, dot: usize) -> Option<usize> {
    let head = text.get(..dot)?;
    let mut at = dot;
    for _ in 0..DOTTED_NAME_WORDS {
        let word_at = head
            .get(..at)?
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic() || is_combining(c))
            .last()
            .map(|(i, _)| i)?;
        // In a glued word (`TopBi`), the word is its last capitalised run.
        let word_at = head
            .get(word_at..at)?
            .char_indices()
            .rfind(|&(_, c)| c.is_uppercase())
            .map_or(word_at, |(i, _)| word_at + i);
        let word = head.get(word_at..at)?;
        if word.chars().count() < 2 || !is_title_word(word) || !is_syllable(word) {
            return None;
        }
        let before = head.get(..word_at)?;
        match before.chars().next_back() {
            None | Some('\n') => return Some(word_at),
            Some(c) if c.is_lowercase() || is_combining(c) => return Some(word_at),
            Some(' ') => {
                let prose = before.trim_end_matches([' ', '\u{a0}']);
                if prose.ends_with(['.', '!', '?', '…', '”', '"']) {
                    return Some(word_at);
                }
                if prose.len() + 1 != before.len() || prose.ends_with(char::is_whitespace) {
                    return None;
                }
                at = prose.len();
            }
            Some('.' | '!' | '?' | '…' | '”' | '"') => return Some(word_at),
            _ => return None,
        }
    }
    None
}
