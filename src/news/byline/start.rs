//! Where a byline may start: the boundaries in the tail window (line
//! breaks, sentence ends, the end mark `./.`, glued markers) and the point
//! before which prose rules a byline out.

use super::super::letters::is_combining;
use super::super::scan::{char_at, char_before, is_any_space, is_inline_space, skip_back_while};
use super::matching::{credit_marker, starts_with_word};
use crate::text::floor_boundary;

/// The most lowercase words a byline holds: markers and notes have a few
/// (`Bài và ảnh`, `(Theo tài liệu họp báo Chính phủ)` has four); names none.
pub(super) const MAX_LOWERCASE_WORDS: usize = 8;

/// The earliest position in `from..end` from which at most
/// [`MAX_LOWERCASE_WORDS`] lowercase words remain: no byline starts before
/// it, since it would hold ordinary prose. One backward pass over spaces;
/// it spares the readers every candidate in the prose of the last sentences.
pub(super) fn viable_start(s: &str, from: usize, end: usize) -> usize {
    let Some(window) = s.get(from..end) else {
        return from;
    };
    let mut lowercase = 0;
    let bytes = window.as_bytes();
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        let Some(&b) = bytes.get(i) else { break };
        if !matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
            continue;
        }
        let word = window.get(i + 1..).and_then(|w| w.chars().next());
        if word.is_some_and(char::is_lowercase) {
            lowercase += 1;
            if lowercase > MAX_LOWERCASE_WORDS {
                return from + i + 1;
            }
        }
    }
    from
}

/// Where a byline may start, in increasing order: the window's start when
/// it is the text's start, after a line break or a sentence's end, at an
/// end mark `./.`, and at an attribution or credit marker (even glued to
/// the word before it, `Lê TúTheo Infonet`).
pub(super) fn candidates(s: &str, from: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    if from == 0 || char_before(s, from).is_some_and(is_any_space) {
        out.push(from);
    }
    let Some(window) = s.get(from..end) else {
        return out;
    };
    // Bytes, not chars: every boundary and marker starts with an ASCII byte
    // or a known lead byte, so most of the window is skipped with one test.
    let bytes = window.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let at = from + i;
        let boundary_len = match b {
            b'\n' | b'!' | b'?' | b'"' | b'\'' | b')' | b';' => 1,
            b'.' if !after_list_number(s, at)
                && !inside_initials(s, at)
                && !after_city_abbreviation(s, at) =>
            {
                1
            }
            // After a web address (`… tại https://fptplay.vn Trung Thu`).
            b' ' if after_url(window, i) => 1,
            // After a table or photo-set title on the same line: `…vòng 19
            // V-League 2018 Đức Đồng`, `…Hồ Quỳnh Hương: HẢI ANH`; only one
            // strong name may follow (`byline_ending_at` checks).
            b' ' if i > 0
                && matches!(bytes.get(i - 1), Some(b'0'..=b'9' | b':'))
                && window
                    .get(i + 1..)
                    .is_some_and(|r| r.starts_with(char::is_uppercase)) =>
            {
                1
            }
            // `…`, `”`, `’`: E2 80 A6 / 9D / 99; `»`: C2 BB.
            0xE2 if matches!(bytes.get(i + 1..i + 3), Some([0x80, 0xA6 | 0x9D | 0x99])) => 3,
            0xC2 if bytes.get(i + 1) == Some(&0xBB) => 2,
            _ => 0,
        };
        if b == b'.' && bytes.get(i..i + 3) == Some(b"./.") {
            out.push(at);
        }
        if may_open_marker(bytes, i) && marker_at(s, at) {
            if let Some(name) = name_before_theo(s, from, at) {
                out.push(name);
            }
            // `…cho các thành viên(Theo Time)`: a parenthesis glued to the
            // last word opens the byline, so that its `)` closes it.
            if at > from && char_before(s, at) == Some('(') {
                out.push(at - 1);
            }
            out.push(at);
        }
        // A name glued to the last word (`…vụ tai nạnSơn Hải`): paragraphs
        // joined with no separator, as in Báo Mới 2013.
        if (b.is_ascii_uppercase() || b >= 0xC3)
            && (glued_capital(s, at)
                || glued_after_colon_or_digit(s, at)
                || name_glued_after_comma(s, at))
        {
            out.push(at);
        }
        if boundary_len > 0 {
            out.push(at + boundary_len);
        }
    }
    out.dedup();
    out
}

/// `…quý 3/2013 Thanh Hiên Theo Trí Thức Trẻ`, `…Giải trình Minh Thư
/// Theo X`: where a full name (two to four Title Case syllables) starts
/// right before `Theo` at `at`, after a word that is not Title Case (a
/// table's or link's title flattened before the byline, as Báo Mới 2013
/// kept them). The reader still needs the whole rest to be a byline.
pub(super) fn name_before_theo(s: &str, from: usize, at: usize) -> Option<usize> {
    use super::super::letters::{is_syllable, is_title_word};
    if !s.get(at..).is_some_and(|r| r.starts_with("Theo ")) || char_before(s, at) != Some(' ') {
        return None;
    }
    let name_word = |w: &str| is_title_word(w) && is_syllable(w);
    let mut words = 0;
    let mut name_start = at;
    // `p` is the end of the word to read: a single space after it.
    let mut p = at - 1;
    loop {
        let w_start = skip_back_while(s, p, |c| !c.is_whitespace());
        let word = s.get(w_start..p)?;
        if w_start == p || !name_word(word) {
            // The word before the name: anything but a name's word.
            break;
        }
        if words == 4 || w_start <= from || char_before(s, w_start) != Some(' ') {
            // Five name words, the window's start or no word before.
            return None;
        }
        words += 1;
        name_start = w_start;
        p = w_start - 1;
    }
    (2..=4).contains(&words).then_some(name_start)
}

/// True when `q` is where [`name_before_theo`] starts a name: a full name
/// follows, then ` Theo `, and no boundary stands before it.
pub(super) fn starts_name_before_theo(s: &str, q: usize) -> bool {
    let Some(rest) = s.get(q..s.len().min(q + 80)) else {
        return false;
    };
    let Some(theo) = rest.find(" Theo ") else {
        return false;
    };
    name_before_theo(s, 0, q + theo + 1) == Some(q)
}

/// True when a capital starts at `at` right after a lowercase letter
/// (`nạnSơn`): where a name glued to the last sentence may start.
pub(super) fn glued_capital(s: &str, at: usize) -> bool {
    char_at(s, at).is_some_and(char::is_uppercase)
        && (char_before(s, at).is_some_and(|c| c.is_lowercase() || is_combining(c))
            || glued_after_acronym(s, at))
}

/// True when a Title Case word starts at `at` glued to an acronym of two
/// capitals or more that stands as a word (`…Chánh Thanh tra Bộ GTVTCông
/// Tâm`, `…bệnh viện FVBình Yên`, `…Vision, PS, SHMinh Quân (TTTĐ)`): a
/// pull quote's speaker and post, or a list, then the reporter's name
/// with no separator, as Báo Mới 2013 joined its paragraphs. The start
/// is glued, so the reader wants a full name there.
fn glued_after_acronym(s: &str, at: usize) -> bool {
    let Some(c) = char_at(s, at) else {
        return false;
    };
    if !char_at(s, at + c.len_utf8()).is_some_and(char::is_lowercase) {
        return false;
    }
    let run_start = skip_back_while(s, at, char::is_uppercase);
    s.get(run_start..at)
        .is_some_and(|run| run.chars().count() >= 2)
        && char_before(s, run_start).is_none_or(|c| !c.is_alphanumeric())
}

/// True when a capital starts at `at` right after a colon or a digit, with
/// no space (`…dưới đây:Trần Nguyễn`, `…14 giờ 30Hiếu Nguyễn`): Báo Mới
/// 2013 dropped the photo set or table that stood between, and the name
/// after it may be the byline (`byline_ending_at` holds it to one name).
pub(super) fn glued_after_colon_or_digit(s: &str, at: usize) -> bool {
    char_at(s, at).is_some_and(char::is_uppercase)
        && char_before(s, at).is_some_and(|c| c == ':' || c.is_ascii_digit())
}

/// The most Title Case words of a name glued after a comma.
const COMMA_NAME_WORDS: usize = 4;

/// True when a name glued after a comma starts at `at` and a credit
/// marker follows it (`…với một bản nhạc dance,Bảo Anh Photographer -
/// Stylist: Đông Phong …`): the crawler joined the writer's line to the
/// last sentence with the comma that sentence lost its end on, and a
/// shoot's credits follow. Only two to [`COMMA_NAME_WORDS`] Title Case
/// syllables then one space and a credit marker: a list glued at its
/// commas (`Hà Nội,Hải Phòng`) has no marker after its item (news46).
fn name_glued_after_comma(s: &str, at: usize) -> bool {
    use super::super::letters::{is_syllable, is_title_word};
    if char_before(s, at) != Some(',') {
        return false;
    }
    let Some(rest) = s.get(at..) else {
        return false;
    };
    let mut p = 0;
    for words in 0..=COMMA_NAME_WORDS {
        let Some(tail) = rest.get(p..) else {
            return false;
        };
        if words >= 2 && credit_marker(tail).is_some() {
            return true;
        }
        let w_len = tail.find(' ').unwrap_or(tail.len());
        let word = tail.get(..w_len).unwrap_or_default();
        if !(is_title_word(word) && is_syllable(word)) || w_len == tail.len() {
            return false;
        }
        p += w_len + 1;
    }
    false
}

/// How far back the clip line's opening is looked for, in bytes.
const CLIP_LINE_MAX: usize = 300;

/// True when `s[q..end]` is a reporter's initials, two to four capitals,
/// glued to the last word of a line that announces a clip (`…Xem clip vụ
/// tai nạn kinh hoàng trên đường đuaCAP`, `Xem video vụ giải cứu …xí
/// bệtCAP`): An ninh Thủ đô signs its clip items with initials on the line
/// after the announcement (`…thương vong.CAP`), and the crawler dropped
/// the clip and joined the two. The line, from the last sentence end or
/// line break at most [`CLIP_LINE_MAX`] bytes back, opens `Xem clip` or
/// `Xem video`, or holds it glued to a caption's last word (`…suýt bỏ
/// mạngXem clip này …thânCAP`); glued initials elsewhere stay unread
/// (news46).
pub(super) fn initials_after_clip_line(s: &str, q: usize, end: usize) -> bool {
    let Some(initials) = s.get(q..end) else {
        return false;
    };
    if !(2..=4).contains(&initials.len()) || !initials.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    if !char_before(s, q).is_some_and(char::is_lowercase) {
        return false;
    }
    let from = floor_boundary(s, q.saturating_sub(CLIP_LINE_MAX));
    let Some(line) = s.get(from..q) else {
        return false;
    };
    // The line opens after its last end mark, or at the text's start.
    let mark = line.rfind(['.', '!', '?', '\n', '…']);
    let opens = mark.map_or(0, |o| {
        o + line
            .get(o..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8)
    });
    let line_opens = mark.is_some() || from == 0;
    let rest = line.get(opens..).unwrap_or_default().trim_start();
    // The announcement opens the line, or is glued to a caption's last
    // word before it (`…suýt bỏ mạngXem clip này để …`).
    ["Xem clip", "Xem video"].iter().any(|o| {
        rest.match_indices(o).any(|(k, _)| {
            k == 0 && line_opens
                || rest
                    .get(..k)
                    .and_then(|h| h.chars().next_back())
                    .is_some_and(char::is_lowercase)
        })
    })
}

/// The longest parenthesised group closing the text read after a name
/// glued to a caption, in bytes.
const GROUP_MAX: usize = 48;

/// `…khi đến Đài Loan Thu Hà (TTTĐ)`, `…gây sự với trọng tài Minh Quang -
/// (ESPN)`, `…Charlotte Mann Thu Thủy (Báo nước ngoài)`: where a two-syllable
/// name starts that stands right before a parenthesised group closing
/// `s[..end]` (at most [`GROUP_MAX`] bytes, a dash allowed before it;
/// the byline read from there must make it an agency or a source),
/// joined by one space to a caption or a title with no stop: Báo Mới 2013
/// flattened the signature's line onto the caption's. The word before
/// the name must not continue it: a lowercase word, a word that is no
/// Vietnamese syllable (`Charlotte Mann`), or the end of a place (`Đài
/// Loan`); so `Nguyễn Tấn Dũng (Reuters)` offers nothing, nor `…Pháp
/// luật TPHCM Lê Xuân (Dân trí)`, where the words before may be a second
/// source. Only the reporter's usual two syllables are read, as the word
/// before cannot tell a longer name from the caption's last words
/// (news46).
pub(super) fn name_before_closing_group(s: &str, from: usize, end: usize) -> Option<usize> {
    use super::super::letters::{is_syllable, is_title_word};
    use super::super::places::is_place;
    let head = s.get(..end)?.trim_end();
    if !head.ends_with(')') {
        return None;
    }
    // The group's `(` within its last GROUP_MAX bytes only: a text with no
    // parenthesis costs no more than a short one.
    let tail_from = floor_boundary(head, head.len().saturating_sub(GROUP_MAX));
    let open = tail_from + head.get(tail_from..)?.rfind('(')?;
    let group = head.get(open..)?;
    if group.contains('\n') || group.get(1..).is_none_or(|g| g.contains('(')) {
        return None;
    }
    let before = head.get(..open)?.trim_end_matches(is_inline_space);
    let before = match before.strip_suffix(['-', '–']) {
        Some(b) => b.trim_end_matches(is_inline_space),
        None => before,
    };
    // The name's two words, then the word before it, each after one space.
    let mut words = before.rsplitn(4, ' ');
    let (last, first, prev) = (words.next()?, words.next()?, words.next()?);
    let name_word = |w: &str| is_title_word(w) && is_syllable(w);
    if !(name_word(first) && name_word(last)) {
        return None;
    }
    let name_start = before.len() - last.len() - 1 - first.len();
    if name_start < from || is_place(before.get(name_start..)?) {
        return None;
    }
    let prev_prev = words.next().and_then(|r| r.rsplit([' ', '\n']).next());
    let breaks_off = prev.starts_with(char::is_lowercase)
        || is_title_word(prev) && !is_syllable(prev)
        || prev_prev.is_some_and(|pp| is_place(&format!("{pp} {prev}")));
    let prev_ok = !prev.is_empty()
        && prev.chars().all(|c| c.is_alphabetic() || is_combining(c))
        && breaks_off;
    prev_ok.then_some(name_start)
}

/// True when the space at byte `i` of `window` ends a web address
/// (`https://fptplay.vn`, `www.vnexpress.net`).
fn after_url(window: &str, i: usize) -> bool {
    let Some(head) = window.get(..i) else {
        return false;
    };
    let token = head.rsplit([' ', '\n']).next().unwrap_or(head);
    token.len() <= 120 && (token.starts_with("http") || token.starts_with("www."))
}

/// True when the dot at `dot` follows a city's or town's abbreviation
/// (`TP`, `TX`, `TT`) glued to the next capital.
fn after_city_abbreviation(s: &str, dot: usize) -> bool {
    // `…ở TP.Huế (Thừa Thiên-Huế).`: the dot of a city's or town's
    // abbreviation glued to its name ends no sentence.
    let head = s.get(..dot).unwrap_or_default();
    let word = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    matches!(word, "TP" | "Tp" | "TX" | "TT")
        && s.get(dot + 1..)
            .is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// True when the full stop at `dot` is inside a run of three or more
/// initials and is not its last dot (`L.` and `T.` of `cô L.T.T.Nguyễn
/// Thành`): only the run's last dot may end a sentence there, so that the
/// name after it is read whole. (Two initials, `Á.S.Phương`, are left alone:
/// `Á.` is as likely the end of `Đông Nam Á.`)
fn inside_initials(s: &str, dot: usize) -> bool {
    let is_initial_dot = |d: usize| {
        let mut before = s.get(..d).unwrap_or_default().chars().rev();
        before.next().is_some_and(char::is_uppercase)
            && before.next().is_none_or(|c| c == '.' || c.is_whitespace())
            && s.get(d..).is_some_and(|r| r.starts_with('.'))
    };
    if !is_initial_dot(dot) {
        return false;
    }
    // Initials after this dot, and before it.
    let mut after = 0;
    let mut d = dot + 1;
    while let Some(c) = char_at(s, d).filter(|c| c.is_uppercase()) {
        if !is_initial_dot(d + c.len_utf8()) {
            break;
        }
        after += 1;
        d += c.len_utf8() + 1;
    }
    let mut before = 0;
    let mut d = dot;
    while let Some(c) = char_before(s, d) {
        let prev_dot = d - c.len_utf8();
        if prev_dot == 0 || char_before(s, prev_dot) != Some('.') || !is_initial_dot(prev_dot - 1) {
            break;
        }
        before += 1;
        d = prev_dot - 1;
    }
    after > 0 && before + after + 1 >= 3
}

/// True when a marker may start at byte `i` of `bytes`: `(` or a capital
/// that opens one (`Theo`, `Nguồn`, `Ảnh`, `Bài`, `Tin`, `Video`, `Clip`,
/// `Đồ họa`, `Infographic`, `Photo`). Byte tests only: this runs at every position
/// of the tail window. (Lowercase markers occur only inside parentheses,
/// `(theo AFP)`, which the `(` covers.)
pub(super) fn may_open_marker(bytes: &[u8], i: usize) -> bool {
    // `Ả` is E1 BA A2, `Đ` C4 90; decomposed `Ả` starts with `A`.
    matches!(
        bytes.get(i..),
        Some(
            [
                b'(' | b'T' | b'N' | b'B' | b'V' | b'C' | b'I' | b'A' | b'P',
                ..
            ] | [0xE1, 0xBA, 0xA2, ..]
                | [0xC4, 0x90, ..]
        )
    )
}

/// True when the full stop at `dot` ends a list number (`3.` at the start
/// of a line or after `) `), not a sentence: `… (8, Thanh Hóa) 5. Oseni`
/// must not offer `Oseni …` as a byline.
pub(super) fn after_list_number(s: &str, dot: usize) -> bool {
    let digits_start = skip_back_while(s, dot, |c| c.is_ascii_digit());
    if digits_start == dot || dot - digits_start > 2 {
        return false;
    }
    match char_before(s, digits_start) {
        None | Some('\n') => true,
        Some(c) if is_inline_space(c) => {
            let before = skip_back_while(s, digits_start, is_inline_space);
            matches!(char_before(s, before), None | Some('\n' | ')' | '.'))
        }
        Some(_) => false,
    }
}

/// True when an attribution or credit marker starts at `at` and the
/// character before does not make it part of a word (a lowercase letter
/// before it is glue, `HòaTheo`; an uppercase one is not, `NGUYỄNTheo` is
/// too odd to read).
pub(super) fn marker_at(s: &str, at: usize) -> bool {
    let Some(rest) = s.get(at..) else {
        return false;
    };
    // Fast rejection: markers start with `(` or a letter, and inside a word
    // only with a capital (glue).
    let Some(first) = rest.chars().next() else {
        return false;
    };
    if first != '(' && !first.is_alphabetic() {
        return false;
    }
    if char_before(s, at).is_some_and(char::is_alphabetic) && !first.is_uppercase() {
        return false;
    }
    // `…xung quanh Nhóm PV/ VOV Online`: a team glued to a caption.
    let opens = [
        "Theo ",
        "(Theo ",
        "(theo ",
        "Nguồn",
        "(Nguồn",
        "(TTXVN",
        "Nhóm PV",
        "Nhóm phóng viên",
        "Tư liệu:",
    ];
    let is_marker =
        opens.iter().any(|m| starts_with_word(rest, m).is_some()) || credit_marker(rest).is_some();
    // `BẢO NGHITheo Infonet`: after capitals only `Theo` and `Nguồn`.
    let after_caps = || rest.starts_with("Theo ") || starts_with_word(rest, "Nguồn").is_some();
    is_marker
        && char_before(s, at).is_none_or(|c| !c.is_alphabetic() || c.is_lowercase() || after_caps())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_initials_ends_at_its_last_dot() {
        let s = "cô L.T.T.Nguyễn Thành";
        let dots: Vec<usize> = s.match_indices('.').map(|(i, _)| i).collect();
        let inside: Vec<bool> = dots.iter().map(|&d| inside_initials(s, d)).collect();
        assert_eq!(inside, [true, true, false]);
        let s = "Đông Nam Á.S.Phương";
        assert!(s.match_indices('.').all(|(i, _)| !inside_initials(s, i)));
        let s = "năm trước.T.L.";
        assert!(s.match_indices('.').all(|(i, _)| !inside_initials(s, i)));
    }

    #[test]
    fn glue_and_urls_are_boundaries() {
        assert!(glued_capital("tai nạnSơn Hải", "tai nạn".len()));
        assert!(!glued_capital("tai nạn Sơn Hải", "tai nạn ".len()));
        // Glued to an acronym standing as a word, and only there.
        assert!(glued_capital("Bộ GTVTCông Tâm", "Bộ GTVT".len()));
        assert!(glued_capital("PS, SHMinh Quân", "PS, SH".len()));
        assert!(!glued_capital("Bộ GTVT Công Tâm", "Bộ GTVT ".len()));
        assert!(!glued_capital("ông ACông Tâm", "ông A".len()));
        assert!(!glued_capital("số 5GTVTCông", "số 5GTVT".len()));
        assert!(!glued_capital("Bộ GTVTCÔNG TÂM", "Bộ GTVT".len()));
        assert!(after_url(
            "tại https://fptplay.vn Trung",
            "tại https://fptplay.vn".len()
        ));
        assert!(!after_url("tại nhà Trung", "tại nhà".len()));
    }

    #[test]
    fn a_name_glued_after_a_comma_needs_a_credit_after_it() {
        let s = "bản nhạc dance,Bảo Anh Photographer - Stylist: Đông Phong";
        assert!(name_glued_after_comma(s, "bản nhạc dance,".len()));
        let s = "các tỉnh Nghệ An,Hà Tĩnh";
        assert!(!name_glued_after_comma(s, "các tỉnh Nghệ An,".len()));
    }

    #[test]
    fn a_name_before_the_closing_group_breaks_off_the_caption() {
        let s = "khi đến Đài Loan Thu Hà (TTTĐ)";
        assert_eq!(
            name_before_closing_group(s, 0, s.len()),
            Some("khi đến Đài Loan ".len())
        );
        let s = "gây sự với trọng tài Minh Quang - (ESPN)";
        assert_eq!(
            name_before_closing_group(s, 0, s.len()),
            Some("gây sự với trọng tài ".len())
        );
        let s = "ảnh chụp Bộ trưởng Trần Văn Hòa (Reuters)";
        assert_eq!(name_before_closing_group(s, 0, s.len()), None);
        let s = "bán trú. Pháp luật TPHCM Lê Xuân (Dân trí)";
        assert_eq!(name_before_closing_group(s, 0, s.len()), None);
    }

    #[test]
    fn initials_close_a_clip_announcement_only() {
        let s = "Xe hỏng nặng.Xem clip vụ tai nạn trên đường đuaCAP";
        assert!(initials_after_clip_line(s, s.len() - 3, s.len()));
        let s = "Xe hỏng nặng trên đường đuaCAP";
        assert!(!initials_after_clip_line(s, s.len() - 3, s.len()));
        let s = "Xe hỏng.Xem clip vụ tai nạn trên đường đuaCAPITAL";
        assert!(!initials_after_clip_line(s, s.len() - 7, s.len()));
    }
}
