//! Reporters' names: what a name looks like (Title Case, capitals,
//! initials), where names stop, and the separators between them.

use super::super::letters::{
    composed, is_caps_word, is_combining, is_syllable, is_title_word, is_word_char,
};
use super::super::markers::NAME_TITLES;
use super::super::places::is_place;
use super::super::scan::{char_at, is_dash, is_inline_space, skip_while};
use super::matching::{credit_marker, lowercase_credit, prefix_len_ci, starts_with_word};

/// Where names stop: before a marker (glued or not), a parenthesis, a
/// slash, a line break.
pub(super) fn names_stop(s: &str, at: usize) -> bool {
    match char_at(s, at) {
        None | Some('(' | '/' | '\n' | '\r') => true,
        Some(_) => {
            let rest = s.get(at..).unwrap_or_default();
            rest.starts_with("Theo ")
                || starts_with_word(rest, "Nguồn").is_some()
                || credit_marker(rest).is_some()
                || super::credits::bare_provided_at(s, at, s.len())
        }
    }
}

/// A name read at some position: where it ends and whether it is strong
/// enough to be a byline on its own.
pub(super) struct NameRead {
    pub(super) end: usize,
    pub(super) strong: bool,
}

/// Words that are not parts of names: function words that open sentences
/// and web-page leftovers (`TIN BÀI LIÊN QUAN`), and `xe`, a car's or
/// motorbike's caption (`Xe Kia Sportage⏎(Tổng hợp)`, `Xe SH Mode -Ảnh:
/// X`), no one's name.
#[rustfmt::skip]
pub(super) const NOT_NAME_WORDS: &[&str] = &[
    "các", "những", "nhưng", "trong", "tuy", "sau", "khi", "từ", "tại", "với", "cho",
    "còn", "hiện", "đây", "đó", "này", "xem", "thêm", "tin", "bài", "và", "của", "là", "có",
    "không", "được", "một", "người", "chúng", "tôi", "bạn", "theo", "nguồn", "ảnh", "video",
    "clip", "năm", "ngày", "tháng", "vì", "nên", "để", "nếu", "thì", "mà", "đã", "sẽ", "đang",
    "cũng", "rất", "lại", "ra", "vào", "lên", "xuống", "nay", "hôm", "giờ", "phút", "mời",
    "xin", "hết", "kết", "phản", "hồi", "gửi", "chủ", "nhà", "xe",
];

/// True when `word` is a function word or page leftover, in any case.
pub(super) fn is_not_name_word(word: &str) -> bool {
    // Lowercase once into a buffer, then compare bytes.
    let word = composed(word);
    let mut buf = [0u8; 24];
    let mut len = 0;
    for c in word.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let Some(slot) = buf.get_mut(len..len + lower.len_utf8()) else {
            return false;
        };
        lower.encode_utf8(slot);
        len += lower.len_utf8();
    }
    let lower = buf.get(..len).unwrap_or_default();
    NOT_NAME_WORDS.iter().any(|w| w.as_bytes() == lower)
}

/// `Từ Lương`, `Lại Trọng Tình`, `Lương Kết`: function words that are
/// also a surname (`Some(true)`: `từ`, `lại`) or a given name
/// (`Some(false)`: `kết`). A name holding one is weak: it signs alone only
/// at the end, after a sentence's end (`Reader::name_with_function_word`).
pub(super) fn name_like_function_word(word: &str) -> Option<bool> {
    let lower = composed(word).to_lowercase();
    match lower.as_str() {
        "từ" | "lại" => Some(true),
        "kết" => Some(false),
        _ => None,
    }
}

/// Dotted titles that may follow a dotted title before a name
/// (`PGS.TS.TTƯT.`, `BS.CKII.`): degrees, a physician's specialist grade,
/// a teacher's or artist's honour.
const MORE_TITLES: &[&str] = &[
    "TS.", "GS.", "ThS.", "BS.", "TSKH.", "CKII.", "CKI.", "TTƯT.", "NGƯT.", "NSƯT.", "NSND.",
];

/// Reads one name at `p`: an optional title (`BS.`), then one to five
/// words, each Title Case, ALL CAPS or initials (`T.L.`, `H.Sơn`), joined by
/// single spaces. `lenient` (credits, or a byline with a marker) accepts
/// any capitalised words (`REUTERS`, `Tuấn L'amant`, `Kz Nguyễn`).
pub(super) fn read_name(s: &str, p: usize, end: usize, lenient: bool) -> Option<NameRead> {
    let mut q = p;
    for title in NAME_TITLES {
        // Composed or decomposed (`Thạc sĩ`).
        let Some(len) = s.get(q..).and_then(|r| prefix_len_ci(r, title)) else {
            continue;
        };
        let after = q + len;
        // `BS. ⏎Hoàng Thuần`, `Bác sĩNguyễn Hồng`: the title apart from
        // the name, alone on the line above it (Báo Mới 2017 broke the
        // line after it) or glued to it (Báo Mới 2013 lost that break).
        let apart = title_apart(s, q, after, title);
        if s.get(q..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
            && (title.ends_with('.')
                || char_at(s, after).is_some_and(is_inline_space)
                || apart.is_some())
        {
            q = apart.unwrap_or_else(|| skip_while(s, after, is_inline_space));
            // `PGS.TS.TTƯT. NAME`, `BS.CKII. NAME`: more dotted titles
            // may follow a dotted one; all stay in the name as written.
            // `Thượng tướng GS.TS NAME`: a military rank may stand before
            // the dotted titles, which stay in the name as written.
            let rank = title.ends_with("tướng") || title.ends_with(" tá");
            while title.ends_with('.') || rank {
                let Some((more, dotted)) = MORE_TITLES.iter().find_map(|t| {
                    let r = s.get(q..)?;
                    // `PGS.TS Nguyễn Minh Châu`: the last title may lose
                    // its dot before the name's space.
                    prefix_len_ci(r, t).map(|n| (n, true)).or_else(|| {
                        let bare = t.strip_suffix('.')?;
                        prefix_len_ci(r, bare)
                            .filter(|&n| char_at(s, q + n).is_some_and(is_inline_space))
                            .map(|n| (n, false))
                    })
                }) else {
                    break;
                };
                q = skip_while(s, q + more, is_inline_space);
                if !dotted {
                    break;
                }
            }
            break;
        }
    }
    let name_from = q;
    let mut words = 0;
    let mut all_title = true;
    let mut all_caps = true;
    let mut all_syllables = true;
    let mut has_initials = false;
    let mut stop_word = false;
    // `Từ Lương`, `Lại Trọng Tình`, `Lương Kết`: a function word that is
    // also a surname (first) or a given name (last); such a name is weak.
    let mut name_stop_word = false;
    let mut given_stop_at = None;
    loop {
        if q >= end || names_stop(s, q) || compiled_note_ends(s, q) {
            break;
        }
        let w_end = word_end(s, q, end);
        if w_end == q {
            break;
        }
        let word = s.get(q..w_end)?;
        if !word
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || lenient && c.is_ascii_digit())
        {
            break;
        }
        let (letters, initials) = split_initials(word);
        if initials {
            has_initials = true;
        }
        if !letters.is_empty() {
            all_title &= is_title_word(letters);
            all_caps &= is_caps_word(letters);
            all_syllables &= is_syllable(letters);
            if is_not_name_word(letters) {
                match name_like_function_word(letters) {
                    // A surname: the first word only.
                    Some(true) if words == 0 => name_stop_word = true,
                    // A given name: the last word only (checked below).
                    Some(false) if words > 0 => {
                        name_stop_word = true;
                        given_stop_at = Some(words);
                    }
                    _ => stop_word = true,
                }
            }
        }
        if !(lenient || initials || is_title_word(word) || is_caps_word(word)) {
            return None;
        }
        words += 1;
        q = w_end;
        // Another word of the same name: one space, then a capital that
        // does not open a marker.
        let next = skip_while(s, q, is_inline_space);
        if next > q
            && next - q <= 2
            && next < end
            && !names_stop(s, next)
            && !compiled_note_ends(s, next)
            && char_at(s, next).is_some_and(|c| c.is_uppercase() || lenient && c.is_ascii_digit())
        {
            q = next;
            continue;
        }
        break;
    }
    if words == 0 || words > 5 || stop_word && !lenient {
        return None;
    }
    // `Kết` must close the name (`Kết quả` opens a sentence), and such a
    // name has two or three words.
    if name_stop_word
        && !lenient
        && (!(2..=3).contains(&words) || given_stop_at.is_some_and(|i| i + 1 != words))
    {
        return None;
    }
    // The place test reads the name after its title (`Bác sĩ Hà Nội`).
    let text = s.get(name_from..q)?;
    let strong = !name_stop_word
        && ((has_initials && words <= 4 && all_syllables)
            || ((2..=4).contains(&words)
                && all_syllables
                && (all_title || all_caps)
                && !is_place(text)));
    if !lenient && !strong && words > 4 {
        return None;
    }
    Some(NameRead { end: q, strong })
}

/// Where the name starts when a signer's title stands apart from it
/// (`title` read at `at..after`), or `None`: a title alone on its line,
/// after a line break (or at the start), with the name opening the next
/// line (`BS. ⏎Hoàng Thuần`, `Lương y ⏎Thảo Nguyên`: Báo Mới 2017 broke
/// the line around the bold name, five texts); or a title in words glued
/// to the name's capital (`…tính mạng.Bác sĩNguyễn Hồng`: Báo Mới 2013
/// joined the lines with no space, two texts). A team (`PV`, `CTV`) is no
/// such title: `PV⏎NAME` may be two signatures.
fn title_apart(s: &str, at: usize, after: usize, title: &str) -> Option<usize> {
    if matches!(title, "PV" | "CTV") {
        return None;
    }
    let starts_line = s
        .get(..at)
        .map(|b| b.trim_end_matches(is_inline_space))
        .is_some_and(|b| b.is_empty() || b.ends_with('\n'));
    let line_end = skip_while(s, after, is_inline_space);
    let rest = s.get(line_end..).unwrap_or_default();
    let newline = if rest.starts_with("\r\n") {
        2
    } else {
        usize::from(rest.starts_with('\n'))
    };
    if starts_line && newline > 0 {
        let name = skip_while(s, line_end + newline, is_inline_space);
        return char_at(s, name)
            .is_some_and(char::is_uppercase)
            .then_some(name);
    }
    // Glued: a title in words ends in a lowercase letter (not `BS`, `PGS`,
    // whose capitals run on into a name's).
    let glued = title.ends_with(|c: char| c.is_lowercase())
        && char_at(s, after).is_some_and(char::is_uppercase);
    glued.then_some(after)
}

/// `An Bình Tổng hợp`, `Phạm DuyênTổng hợp`: the compilation note ending
/// the text after a name is no word of it (a desk's `Trung tâm Tin Tổng
/// hợp` after a slash is read whole).
fn compiled_note_ends(s: &str, q: usize) -> bool {
    let rest = s.get(q..).unwrap_or_default();
    starts_with_word(rest, "Tổng hợp")
        .is_some_and(|n| rest.get(n..).is_some_and(|r| r.trim().is_empty()))
}

/// The end of the word at `p`: letters, digits, apostrophes, `&`, `+` and
/// dots that are followed by a letter or end the word (`T.L.`), stopping
/// before a marker glued to the word (`HòaTheo`, `NgọcẢnh:`).
pub(super) fn word_end(s: &str, p: usize, end: usize) -> usize {
    let mut q = p;
    let mut prev: Option<char> = None;
    while q < end {
        let Some(c) = char_at(s, q) else { break };
        let ok = is_word_char(c) || matches!(c, '\'' | '’' | '&' | '+' | '.');
        if !ok {
            break;
        }
        if q > p
            && prev.is_some_and(|x| x.is_lowercase() || x == '.' || is_combining(x))
            && c.is_uppercase()
            && (names_stop(s, q) || compiled_note_ends(s, q))
        {
            break;
        }
        // `Photo: Samuel HoangT.A.`: a reporter's initials glued to the
        // last name of a credit are a name of their own.
        if q > p
            && prev.is_some_and(|x| x.is_lowercase() || is_combining(x))
            && c.is_uppercase()
            && s.get(q + c.len_utf8()..)
                .is_some_and(|r| r.starts_with('.'))
        {
            break;
        }
        // `Kim Yếnchân dung hội họa: Y`: a lowercase credit marker of two
        // words glued to the name's last letter (byline31).
        if q > p
            && prev.is_some_and(|x| x.is_lowercase() || is_combining(x))
            && c.is_lowercase()
            && s.get(q..).is_some_and(lowercase_credit)
        {
            break;
        }
        // `BẢO NGHITheo Infonet`, `QMNguồn: X`: capitals glued to `Theo`
        // or `Nguồn` (13 Báo Mới 2013 articles).
        if q > p
            && prev.is_some_and(char::is_uppercase)
            && s.get(q..)
                .is_some_and(|r| r.starts_with("Theo ") || starts_with_word(r, "Nguồn").is_some())
        {
            break;
        }
        if c == '.' {
            // `./.` is an end mark, not part of a word.
            if s.get(q..).is_some_and(|r| r.starts_with("./.")) {
                break;
            }
        }
        prev = Some(c);
        q += c.len_utf8();
    }
    q
}

/// The letters of a word after its initials (`Sơn` of `H.Sơn`, `` of
/// `T.L.`), and whether it had initials: one or two letters, the first a
/// capital, then a dot, repeated.
pub(super) fn split_initials(word: &str) -> (&str, bool) {
    let mut rest = word;
    let mut initials = false;
    while let Some(dot) = rest.find('.') {
        let piece = rest.get(..dot).unwrap_or_default();
        let n = piece.chars().count();
        if !(1..=2).contains(&n) || !piece.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        initials = true;
        rest = rest.get(dot + 1..).unwrap_or_default();
    }
    if initials {
        // `N.Q`, `P.H.S`: a final single capital is one more initial;
        // so is a capital and one lowercase ASCII letter, as it is before
        // a dot (`T.Tr`, `Đ.Hg`, as `T.Tr.`).
        let mut cs = rest.chars();
        let single = match (cs.next(), cs.next(), cs.next()) {
            (Some(a), None, _) => a.is_uppercase(),
            (Some(a), Some(b), None) => a.is_uppercase() && b.is_ascii_lowercase(),
            _ => false,
        };
        if single {
            rest = "";
        }
    }
    let rest = rest.trim_end_matches('.');
    if rest.contains('.') {
        // `TP.HCM.VN`-like tokens are not names.
        return (word, false);
    }
    (rest, initials)
}

/// `T.L.` keeps its final dot (it is part of the initials); `Minh Anh.`
/// does not.
pub(super) fn keep_initial_dots<'a>(s: &'a str, p: usize, end: usize, trimmed: &'a str) -> &'a str {
    let full = s.get(p..end).unwrap_or(trimmed);
    let last_word = full.rsplit(' ').next().unwrap_or(full);
    if split_initials(last_word).1 && split_initials(last_word).0.is_empty() {
        full
    } else {
        trimmed
    }
}

/// The end of a name separator at `p` (` - `, ` – `, `-`, `, `), or `p`.
pub(super) fn separator_end(s: &str, p: usize, to: usize) -> usize {
    let q = skip_while(s, p, is_inline_space);
    match char_at(s, q) {
        Some(c) if (is_dash(c) || c == ',') && q < to => {
            skip_while(s, q + c.len_utf8(), is_inline_space)
        }
        _ => p,
    }
}
