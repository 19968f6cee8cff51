//! What crawlers left after the byline: the ends at which a byline may stop
//! short of the end of the text.
//!
//! Seen in the corpus: page residue (`PHẢN HỒIGửi bình luận`, `Email Print
//! Góp ý`), the lead that the Báo Mới 2017 crawl appended after three or
//! more line breaks, related links (`TIN BÀI LIÊN QUAN`, `Theo dòng sự
//! kiện:`, `>> …`, `Xem thêm:`), reader-forum and contact notes (`Quan
//! điểm của bạn`, `Mọi phản ánh, ý kiến`, `Mọi ý kiến đóng góp`, a note
//! that names were changed, a footnote on the author opening with `(*)`,
//! a paper's own boilerplate `Báo
//! Gia đình và Xã hội cập nhật tin tức…`, a note that the piece is for
//! reference only: `* Thông tin chuyên mục có giá trị tham khảo…`), tags (`Tags:`, `Từ khóa:`), a
//! teaser for the next part (`Bài 2: …` on its own line), and metadata glued
//! to the byline (`| 29/09/2017 08:20`). Each gives a *cut*: the byline
//! reader is then run on the text before it, and what follows the cut is in
//! neither the byline nor the body.
//!
//! Only the last [`FURNITURE_WINDOW`] bytes are searched, so the cost does
//! not grow with the length of the text.

use super::super::letters::{composed, fold_char, is_combining, is_syllable, is_title_word};
use super::super::outlets::find_outlet;
use super::super::places::is_place;
use super::super::scan::{char_before, is_any_space, skip_back_while};
use super::CreditRole;
use super::matching::{credit_marker, starts_with_word};
use crate::text::floor_boundary;

/// How far from the end of the text furniture is looked for, in bytes
/// (appended leads and link lists in the corpus run to about 2,000).
pub(crate) const FURNITURE_WINDOW: usize = 3000;

/// Page residue that ends the text exactly (Công Thương: 110 articles;
/// 50 articles; `PHẢN HỒI` alone ends a few vmds articles).
const PAGE_RESIDUE: &[&str] = &[FULL_RESIDUE, "Email Print Góp ý", "PHẢN HỒI"];

/// Công Thương's page residue in full, the reader-comment box's title.
const FULL_RESIDUE: &str = "PHẢN HỒIGửi bình luận";

/// Words that open a block of furniture wherever they stand.
const BLOCK_OPENERS: &[&str] = &[
    "TIN BÀI LIÊN QUAN",
    "Tin bài liên quan",
    "Tin, bài liên quan",
    "TIN LIÊN QUAN",
    "Tin liên quan",
    "BÀI LIÊN QUAN",
    "Bài liên quan",
    "Theo dòng sự kiện",
    "XEM THÊM",
    "Xem thêm:",
    "Mọi phản ánh, ý kiến",
    "Quan điểm của bạn",
    "Mọi ý kiến đóng góp",
    "Chia sẻ bài viết của bạn",
    "Gửi tâm sự của bạn",
    "Bài viết không nhất thiết",
    "Bạn nghĩ gì về",
    "Báo Gia đình và Xã hội cập nhật",
    // A note that the piece is for reference only, after the signature
    // (`Luật sư NAME…* Thông tin chuyên mục có giá trị tham khảo với
    // người đọc, …`, `(Bài viết chỉ mang tính chất tham khảo, …)`,
    // `*Thông tin trong bài chỉ mang tính chất tham khảo`): news43 probe.
    "Thông tin chuyên mục có giá trị tham khảo",
    "Bài viết chỉ mang tính",
    "Thông tin trong bài chỉ mang tính",
    "Thông tin trong bài viết chỉ mang tính",
    "Thông tin chỉ mang tính",
    "Tags:",
    "Tag:",
    "TAGS:",
    "Từ khóa:",
    "Từ khoá:",
];

/// The most cuts tried, latest first: each is one bounded byline read.
const MAX_CUTS: usize = 8;

/// The first ends to try for a byline in `text[..end]`: before page
/// residue that ends the text, then `end` itself. Cheap: most articles
/// have their byline at one of these.
pub(crate) fn first_ends(text: &str, min_start: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    if let Some(cut) = text.get(..end).and_then(residue_cut) {
        out.push(cut);
    }
    if let Some(cut) = text.get(..end).and_then(outlet_before_caption) {
        out.push(cut);
    }
    out.push(end);
    if let Some(cut) = text.get(..end).and_then(dangling_dash) {
        out.push(cut);
    }
    if let Some(cut) = text.get(..end).and_then(comment_count) {
        out.push(cut);
    }
    if let Some(cut) = text.get(..end).and_then(trailing_url) {
        out.push(cut);
    }
    if let Some(cut) = text.get(..end).and_then(glued_office) {
        out.push(cut);
    }
    out.retain(|&e| e > min_start);
    out
}

/// How far before the end a titled signer's glued office is looked for,
/// in bytes (an office's name runs to about 60).
const GLUED_OFFICE_WINDOW: usize = 160;

/// Before a titled signer's office glued to the name, where Báo Mới 2013
/// lost the line break between them (`…(nếu có).Luật sư Trần Văn
/// ToànVPLS Khánh Hưng – Đoàn Luật sư Hà Nội`): the office opens with an
/// office's words ([`office_head`](super::reader::office_head): `VPLS`,
/// `Văn phòng Luật sư`, `Đoàn Luật sư`, …) right after a small letter,
/// runs to the end on one line with no sentence in it (two to sixteen
/// words), and the name before it opens with a lawyer's title (`Luật sư`,
/// `Luật gia`) after the last sentence's end. The office is a note with no
/// role, as after a line break (`Luật sư NAME⏎Công ty Luật …`); the
/// byline is read before it.
fn glued_office(head: &str) -> Option<usize> {
    let from = floor_boundary(head, head.len().saturating_sub(GLUED_OFFICE_WINDOW));
    let window = head.get(from..)?;
    let (at, _) = window.char_indices().rev().find(|&(i, c)| {
        c.is_uppercase()
            && char_before(window, i).is_some_and(char::is_lowercase)
            && window.get(i..).is_some_and(super::reader::office_head)
    })?;
    let at = from + at;
    let office = head.get(at..)?.trim_end();
    let words = office.split_whitespace().count();
    let prose = office.replace("TP. ", "TP ").contains(". ") || office.ends_with('.');
    if office.contains('\n') || prose || !(2..=16).contains(&words) {
        return None;
    }
    // The signer: after the last sentence's end (or line break) before the
    // office, a lawyer's title opens the name.
    let before = head.get(..at)?;
    let start = before
        .rfind(['.', '!', '?', '\n', ')', '”', '"'])
        .map_or(0, |i| i + 1);
    let signer = composed(before.get(start..)?.trim_start());
    let titled = ["Luật sư ", "Luật gia "]
        .iter()
        .any(|t| signer.starts_with(t));
    (titled && signer.split_whitespace().count() <= 7).then_some(at)
}

/// Before a dash that ends the text after a space (`…⏎Xuân Thắng -`): the
/// crawler dropped what followed it (an outlet, a date), and the byline
/// ends before it (40 Báo Mới 2017 articles).
fn dangling_dash(head: &str) -> Option<usize> {
    let rest = head.strip_suffix(['-', '–', '—'])?;
    let before = skip_back_while(rest, rest.len(), |c| c == ' ' || c == '\u{a0}');
    (before < rest.len() && char_before(rest, before).is_some_and(char::is_alphanumeric))
        .then_some(before)
}

/// Before a number of one to three digits that ends the text after a
/// space and a letter (`…ông Biên nói. DUYÊN DUYÊN 0`): a page's comment
/// counter that the crawler kept after the byline (Một Thế Giới).
fn comment_count(head: &str) -> Option<usize> {
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let rest = head.get(..head.len() - digits)?;
    let before = skip_back_while(rest, rest.len(), |c| c == ' ');
    ((1..=3).contains(&digits)
        && before + 1 == rest.len()
        && char_before(rest, before).is_some_and(char::is_alphabetic))
    .then_some(before)
}

/// Where the last photo or graphics credit of `s` starts and where its
/// colon ends (`Ảnh:`, `Đồ họa :`, `Nguồn ảnh:`; composed or decomposed,
/// any case, as [`credit_marker`] reads them): the credit that closes a
/// repeated caption after an outlet's line (`Đồ họa:⏎WSJ`, VnExpress maps).
fn last_media_credit(s: &str) -> Option<(usize, usize)> {
    let media = |r: &CreditRole| matches!(r, CreditRole::Photo | CreditRole::Graphics);
    s.char_indices()
        .rev()
        .filter(|&(i, _)| !char_before(s, i).is_some_and(char::is_alphabetic))
        .filter_map(|(i, _)| {
            let rest = s.get(i..)?;
            let (roles, len) = credit_marker(rest)?;
            let with_colon = rest.get(..len).is_some_and(|m| m.ends_with(':'));
            (with_colon && roles.iter().any(media)).then_some((i, i + len))
        })
        .next()
}

/// After a registered outlet alone on its line, when one caption closed
/// by its photo credit follows it and ends the text (Báo Mới 2017, VnExpress
/// pages: `…⏎VnExpress⏎Ông Trump (trái) và thẩm phán Gorsuch. Ảnh:⏎Reuters`,
/// or a map's `Đồ họa:⏎WSJ`,
/// the credit's name often on a line of its own): the outlet is the
/// article's source, the caption a photo's repeated below the text. The
/// caption has four words or more; the line before the outlet does not
/// end with a colon (`Ảnh: ⏎AP` is a credit's name, no source).
fn outlet_before_caption(head: &str) -> Option<usize> {
    let trimmed = head.trim_end_matches(is_any_space);
    let mut cap_start = trimmed.rfind('\n')? + 1;
    let last = trimmed.get(cap_start..)?;
    let prev_end = skip_back_while(trimmed, cap_start, is_any_space);
    let prev_line_start = trimmed.get(..prev_end)?.rfind('\n').map_or(0, |i| i + 1);
    let prev = trimmed.get(prev_line_start..prev_end)?;
    // `Caption. Ảnh:⏎Reuters`: the credit's name on its own line.
    if last_media_credit(prev).is_some_and(|(_, end)| end == prev.len())
        && last.chars().count() <= 40
    {
        cap_start = prev_line_start;
    }
    let caption = trimmed.get(cap_start..)?;
    let (credit, _) = last_media_credit(caption)?;
    let named = caption.get(credit..)?.split_once(':')?.1.trim();
    if named.is_empty()
        || named.chars().count() > 40
        || caption.get(..credit)?.split_whitespace().count() < 4
    {
        return None;
    }
    let outlet_end = skip_back_while(trimmed, cap_start, is_any_space);
    let outlet_start = trimmed.get(..outlet_end)?.rfind('\n')? + 1;
    let outlet = trimmed.get(outlet_start..outlet_end)?.trim();
    let before = trimmed.get(..outlet_start)?.trim_end_matches(is_any_space);
    (find_outlet(outlet).is_some() && !outlet.is_empty() && !before.ends_with(':'))
        .then_some(outlet_end)
}

/// Before a line that holds nothing but a web address and ends the text
/// (VFND: `Nghi Ân (Tổng Hợp)⏎ ⏎ http://site.video/bai-viet.html`): the
/// page the text was copied from, as `Nguồn: https://…` gives it (its
/// domain is not read as a source: a bare address names no one); the
/// byline ends on the line before. The address opens with `http://`,
/// `https://` or `www.` and holds no space; the line before must hold
/// something.
fn trailing_url(head: &str) -> Option<usize> {
    let trimmed = head.trim_end_matches(is_any_space);
    let line_start = trimmed.rfind('\n')? + 1;
    let line = trimmed[line_start..].trim_start_matches(is_any_space);
    let is_url = ["http://", "https://", "www."]
        .iter()
        .any(|p| line.starts_with(p))
        && !line.contains(is_any_space);
    let before = skip_back_while(trimmed, line_start, is_any_space);
    (is_url && before > 0).then_some(before)
}

/// The furniture cuts in the last [`FURNITURE_WINDOW`] bytes of
/// `text[..end]`, from the latest to the earliest (at most [`MAX_CUTS`]),
/// each moved back over spaces; none of [`first_ends`]. Every cut is after
/// `min_start` and on a character boundary.
pub(crate) fn cut_ends(text: &str, min_start: usize, end: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let Some(head) = text.get(..end) else {
        return out;
    };
    let first = first_ends(text, min_start, end);
    let from = floor_boundary(head, end.saturating_sub(FURNITURE_WINDOW)).max(min_start);
    let mut cuts = block_cuts(head, from);
    cuts.extend(repeated_body(head, min_start));
    cuts.extend(bracketed_links(head, from));
    cuts.extend(closing_footnote(head, from));
    cuts.extend(stock_news_box(head, from));
    cuts.extend(sponsor_box(head, from));
    cuts.extend(tags_before_residue(head, from));
    cuts.sort_unstable_by(|a, b| b.cmp(a));
    cuts.dedup();
    // `Ngọc Nhiên⏎Title⏎Title⏎Title⏎Mọi phản ánh…`: related titles on
    // their own lines before a block's opener; the byline stands before
    // them. Tried after every other cut.
    let titles: Vec<usize> = cuts
        .iter()
        .take(MAX_CUTS)
        .filter_map(|&c| titles_before(text, c))
        .collect();
    for cut in cuts.into_iter().take(MAX_CUTS) {
        // `Minh Minh⏎* Mọi ý kiến…`: a bullet before the opener goes too,
        // and a rule of dashes (`QUỐC LINH ------ * Tin bài liên quan:`).
        // So do the arrows of a link (`Quang Thắng >> Xem thêm: …`), and
        // the parenthesis that opens a note (`Minh Anh⏎(Bài viết chỉ mang
        // tính chất tham khảo, …)`, news43 probe).
        let cut = skip_back_while(text, cut, |c| {
            is_any_space(c) || matches!(c, '|' | '*' | '-' | '>' | '(')
        });
        if cut > min_start && !out.contains(&cut) && !first.contains(&cut) {
            // `VnExpress⏎Caption. Ảnh:⏎Reuters⏎⏎⏎⏎(appended lead)`: the
            // source's line before a repeated caption is tried first.
            if let Some(c) = text.get(..cut).and_then(outlet_before_caption) {
                if c > min_start && !out.contains(&c) {
                    out.push(c);
                }
            }
            out.push(cut);
            // `Luật sư NAMEVPLS …⏎* Thông tin chuyên mục …`: a glued
            // office before a cut.
            if let Some(g) = text.get(..cut).and_then(glued_office) {
                if g > min_start && !out.contains(&g) {
                    out.push(g);
                }
            }
            // `Võ Sáu -⏎⏎⏎⏎(appended lead)`: a dangling dash before a cut.
            if let Some(d) = text.get(..cut).and_then(dangling_dash) {
                if d > min_start && !out.contains(&d) {
                    out.push(d);
                }
            }
        }
    }
    for t in titles {
        if t > min_start && !out.contains(&t) && !first.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// The most related titles read before a block of furniture.
const TITLES_MAX: usize = 4;

/// The longest line read as a related title, in bytes.
const TITLE_LINE_MAX: usize = 240;

/// Before a run of one to [`TITLES_MAX`] related titles that ends
/// `text[..cut]`, each on its own line (Báo Mới 2017: three titles between
/// the byline and a contact note, `Ngọc Nhiên⏎Chị em công sở rủ nhau…⏎Phu
/// vàng náo loạn…⏎Giá vàng hôm nay…⏎Mọi phản ánh, ý kiến…`). A title has
/// four words or more, some lowercase, and does not end as a sentence
/// does (`.`, `:`, `;`, `,`); the line before the run is the byline's.
fn titles_before(text: &str, cut: usize) -> Option<usize> {
    // The block opens a line of its own, with one of the openers.
    let opener = text.get(cut..)?;
    let mut at = skip_back_while(text, cut, is_any_space);
    if !text.get(at..cut)?.contains('\n')
        || !BLOCK_OPENERS
            .iter()
            .any(|o| starts_with_word(opener, o).is_some())
    {
        return None;
    }
    let mut titles = 0;
    while titles < TITLES_MAX {
        let head = text.get(..at)?;
        let line_start = head.rfind('\n').map_or(0, |n| n + 1);
        if at - line_start > TITLE_LINE_MAX || line_start == 0 {
            break;
        }
        let line = head.get(line_start..)?.trim();
        let words = line.split_whitespace().count();
        let title = words >= 4
            && line
                .split_whitespace()
                .any(|w| w.starts_with(char::is_lowercase))
            && !line.ends_with(['.', ':', ';', ','])
            && !line.contains('|')
            && !line.starts_with(['(', '-', '–', '*', '>']);
        if !title {
            break;
        }
        titles += 1;
        at = skip_back_while(text, line_start, is_any_space);
    }
    (titles > 0 && at > 0).then_some(at)
}

/// The longest bracketed title read as a related link, in bytes.
const BRACKET_LINK_MAX: usize = 240;

/// Before a run of bracketed titles that ends `head` (`…Anh Vũ (thực
/// hiện)[Một bài khác][Bài thứ hai]`, related links that Báo Mới 2013 kept
/// in brackets) or an embed's placeholder (`[MEDIA:…]`, `[links()]`): each
/// group on one line, at most [`BRACKET_LINK_MAX`] bytes; only groups
/// after `min` (the furniture window) are read.
fn bracketed_links(head: &str, min: usize) -> Option<usize> {
    let mut at = skip_back_while(head, head.len(), is_any_space);
    let mut found = false;
    while at > min && head.get(..at).is_some_and(|h| h.ends_with(']')) {
        let inner_end = at - 1;
        let from = floor_boundary(head, inner_end.saturating_sub(BRACKET_LINK_MAX)).max(min);
        let open = from + head.get(from..inner_end)?.rfind('[')?;
        let inner = head.get(open + 1..inner_end)?;
        if inner.trim().is_empty() || inner.contains(['\n', ']']) {
            break;
        }
        found = true;
        at = skip_back_while(head, open, is_any_space);
    }
    found.then_some(at)
}

/// The longest footnote read after a byline, in bytes.
const FOOTNOTE_MAX: usize = 400;

/// Before a footnote that ends `head` on one line: `(*)` and its note
/// (`Bài và ảnh: Minh Anh __________ (*) Buổi giao lưu … diễn ra sáng
/// 28.6 …`, `…⏎(*) Bài viết thể hiện quan điểm riêng của tác giả`), set
/// apart by a rule of underscores, a line break or a sentence's end. The
/// byline stands before it, the rule left out. Only the last `(*)`, in
/// the last [`FOOTNOTE_MAX`] bytes and after `min`; a marker glued to a
/// word (`NAME (*)`) opens no note.
fn closing_footnote(head: &str, min: usize) -> Option<usize> {
    let text = head.trim_end();
    let from = floor_boundary(text, text.len().saturating_sub(FOOTNOTE_MAX)).max(min);
    let at = from + text.get(from..)?.rfind("(*)")?;
    let note = text.get(at + 3..)?.trim();
    if note.is_empty() || note.contains(['\n', '(']) {
        return None;
    }
    let before = skip_back_while(text, at, |c| c == ' ' || c == '\u{a0}');
    let rule = skip_back_while(text, before, |c| c == '_');
    let ruled = before - rule >= 3;
    let cut = skip_back_while(text, rule, is_any_space);
    let apart = ruled
        || text.get(cut..at).is_some_and(|gap| gap.contains('\n'))
        || text
            .get(..cut)
            .and_then(|h| h.chars().next_back())
            .is_some_and(|c| matches!(c, '.' | '?' | '!' | '…' | '”' | '"'));
    (apart && cut > min).then_some(cut)
}

/// After `Theo SOURCE/CODE` when the text ends with `Xem tiếp` (CafeF:
/// the byline's source names the stock or its exchange, `Theo Trí Thức
/// Trẻ/NTP`, and the stock's related titles follow, glued one after the
/// other, to a `Xem tiếp` link): the box opens after the code.
fn stock_news_box(head: &str, from: usize) -> Option<usize> {
    // Composed or decomposed (`tiê\u{301}p`).
    let text = head.trim_end();
    let tail = text.get(floor_boundary(text, text.len().saturating_sub(24))..)?;
    if !super::super::letters::composed(tail).ends_with(" Xem tiếp") {
        return None;
    }
    let body = text.get(..text.rfind("Xem")?)?;
    let window = body.get(from..)?;
    let mut best = None;
    for (i, _) in window.match_indices('/') {
        let (Some(code), Some(after)) = (window.get(i + 1..i + 4), window.get(i + 4..)) else {
            continue;
        };
        let line_start = window.get(..i)?.rfind('\n').map_or(0, |n| n + 1);
        let theo = window
            .get(floor_boundary(window, line_start.max(i.saturating_sub(60)))..i)
            .is_some_and(|w| w.contains("Theo "));
        if code.bytes().all(|b| b.is_ascii_uppercase()) && after.starts_with(' ') && theo {
            best = Some(from + i + 4);
        }
    }
    best
}

/// Sponsors and broadcasters of the football leagues and tournaments
/// whose boxes VnExpress printed after the reporter's name: a brand that
/// opens the box or is named in its first sentence.
const SPONSORS: &[&str] = &["Casper", "FPT Play", "LPBank", "Sâm Ngọc Linh"];

/// How much of a sponsor box's first sentence is read, in bytes.
const SPONSOR_SENTENCE: usize = 400;

/// After the reporter's name when a sponsor's box follows it (VnExpress
/// sports pages: `…trực tiếp trên FPT Play. Hoài Phương Casper là thương
/// hiệu điện tử…`, `…ông cho hay. Hiếu Lương Giải đấu bóng đá giao hữu
/// quốc tế, có tên LPBank Cup 2024, …`; six texts): a sentence that opens
/// with a full name (two or three Title Case syllables, not a place), then
/// a capital, and names a sponsor ([`SPONSORS`]) before its end; the box
/// opens after the name. The latest such sentence in the window.
fn sponsor_box(head: &str, from: usize) -> Option<usize> {
    let window = head.get(from..)?;
    let mut best = None;
    for (i, c) in window.char_indices() {
        if !matches!(c, '.' | '!' | '?' | '"' | '”') || !window.get(i + 1..)?.starts_with(' ') {
            continue;
        }
        let start = i + 2;
        let Some(rest) = window.get(start..) else {
            continue;
        };
        // The name: two or three words of one space each (the longest
        // that a capitalised word follows), not a place.
        let words: Vec<&str> = rest.splitn(5, ' ').collect();
        let Some(k) = (2..=3).rev().find(|&k| {
            words.len() > k
                && words
                    .iter()
                    .take(k)
                    .all(|w| is_title_word(w) && is_syllable(w))
                && words
                    .get(k)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        }) else {
            continue;
        };
        let name_end = words.iter().take(k).map(|w| w.len() + 1).sum::<usize>() - 1;
        let name = rest.get(..name_end).unwrap_or_default();
        let after = rest.get(name_end + 1..).unwrap_or_default();
        if is_place(name) {
            continue;
        }
        // The box's first sentence (at most [`SPONSOR_SENTENCE`] bytes)
        // names a sponsor.
        let after = after
            .get(..floor_boundary(after, SPONSOR_SENTENCE))
            .unwrap_or(after);
        let first = after
            .get(..after.find(". ").unwrap_or(after.len()))
            .unwrap_or(after);
        if SPONSORS
            .iter()
            .any(|b| first.contains(b) || first.contains(nfd(b).as_ref()))
        {
            best = Some(from + start + name_end);
        }
    }
    best
}

/// `s` decomposed (NFD), to find a composed phrase in decomposed text
/// (19 articles of the corpus are NFD); borrowed when nothing decomposes.
fn nfd(s: &str) -> std::borrow::Cow<'_, str> {
    icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(s)
}

/// The comment box that opens Gia đình & Xã hội's page residue
/// (`GỬI Ý KIẾN BẠN ĐỌCChia sẻ với bạn bèCÁC TIN KHÁC…`).
const READERS_BOX: &str = "GỬI Ý KIẾN BẠN ĐỌC";

/// The longest signature and first tag read glued together, in bytes.
const FIRST_TAG_MAX: usize = 120;

/// Before the page's tags when they are glued to the signature and run
/// into Gia đình & Xã hội's page residue (`…kéo dài.Nguyễn HằngNguyên Bình
/// , Ý Yên , làm ruộng , …thu hồi đấtGỬI Ý KIẾN BẠN ĐỌC…`, Báo Mới 2013;
/// five texts): the tags, `Tag , Tag , …` after the last sentence, open
/// where a capital is glued to the name's last letter (`HằngNguyên`,
/// `AnĐức`, the initials' `T.SHải`), or, with no such glue, where a
/// lowercase tag of two words or more is (`Ngàn Thươnghà nội`: the name's
/// last syllable, then a syllable that opens with a consonant; the last
/// such split). Cuts latest first.
fn tags_before_residue(head: &str, from: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let window = head.get(from..).unwrap_or_default();
    // Decomposed text (`ĐO\u{323}C`) holds the box in its own form.
    let Some(box_at) = window
        .rfind(READERS_BOX)
        .or_else(|| window.rfind(nfd(READERS_BOX).as_ref()))
    else {
        return out;
    };
    let before = window.get(..box_at).unwrap_or_default();
    let Some(first_sep) = before.find(" , ") else {
        return out;
    };
    // The last sentence's end before the first tag: a stop after a
    // lowercase letter or a digit (not an initial's dot, `T.S`).
    let mut run_from = None;
    let mut prev: Option<char> = None;
    for (i, c) in before.get(..first_sep).unwrap_or_default().char_indices() {
        let after_word =
            prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit() || is_combining(p));
        if matches!(c, '.' | '!' | '?' | '…') && after_word || matches!(c, '”' | '"') {
            run_from = Some(i + c.len_utf8());
        }
        prev = Some(c);
    }
    let Some(run_from) = run_from else {
        return out;
    };
    let run = before.get(run_from..).unwrap_or_default();
    if run.matches(" , ").count() < 2 || run.contains('\n') {
        return out;
    }
    let first = run
        .get(..run.find(" , ").unwrap_or(run.len()))
        .unwrap_or_default();
    // A name and one tag: a short run of words.
    if first.len() > FIRST_TAG_MAX {
        return out;
    }
    let chars: Vec<(usize, char)> = first.char_indices().collect();
    let mut lowercase_split = None;
    for (k, &(i, c)) in chars.iter().enumerate().skip(1) {
        let Some(&(_, p)) = chars.get(k - 1) else {
            continue;
        };
        let next = chars.get(k + 1).map_or(' ', |x| x.1);
        let glued_capital = c.is_uppercase()
            && (p.is_lowercase()
                || p == '.'
                || is_combining(p)
                || p.is_uppercase() && next.is_lowercase());
        if glued_capital {
            out.push(from + run_from + i);
            continue;
        }
        let word_start = first
            .get(..i)
            .and_then(|w| w.rfind(' '))
            .map_or(0, |n| n + 1);
        let word = first.get(word_start..i).unwrap_or_default();
        let rest = first.get(i..).unwrap_or_default();
        let tag_word = rest.split(' ').next().unwrap_or_default();
        let glued_lowercase = c.is_lowercase()
            && !"aeiouy".contains(fold_char(c))
            && (p.is_alphabetic() || is_combining(p))
            && word.starts_with(char::is_uppercase)
            && is_syllable(word)
            && tag_word.chars().count() >= 2
            && is_syllable(tag_word)
            && rest.split(' ').count() >= 2
            && rest.split(' ').all(|w| w.starts_with(char::is_lowercase));
        if glued_lowercase {
            lowercase_split = Some(from + run_from + i);
        }
    }
    if out.is_empty() {
        out.extend(lowercase_split);
    }
    out.sort_unstable_by(|a, b| b.cmp(a));
    out
}

/// The bytes of the body's opening that must reappear for a repeat.
const REPEAT_PROBE: usize = 48;

/// Where the body starts over, when a crawler stored it twice (`… hơn 1
/// tuần. Ngọc Minh Gạo 25% tấm…` repeating the first words): the first
/// [`REPEAT_PROBE`] bytes of the body found again in the later part of
/// the text (a lead repeated as the first paragraph, near the start, is
/// no cut), and running to the end as a copy of the opening. The copy may
/// be longer than the furniture window (`…Xin cảm ơn ông! Lương Kết (ghi)
/// ` before 3,250 bytes of the body again, vmds): the search is not held
/// to it. One substring search and one comparison over the text's later
/// part.
fn repeated_body(head: &str, min_start: usize) -> Option<usize> {
    let body = super::super::scan::skip_while(head, min_start, is_any_space);
    let probe = head.get(body..floor_boundary(head, body + REPEAT_PROBE))?;
    if probe.len() < REPEAT_PROBE - 4 {
        return None;
    }
    let search_from = (body + probe.len()).max(head.len() * 2 / 5);
    let search_from = floor_boundary(head, search_from);
    let window = head.get(search_from..)?;
    let at = search_from + memchr::memmem::find(window.as_bytes(), probe.as_bytes())?;
    // A repeat runs to the end: everything from `at` is the body's opening
    // again (a phrase that merely recurs, `Theo Chủ nhiệm Ủy ban…`, is not).
    let again = head.get(at..)?;
    let opening = head.get(body..)?.as_bytes().get(..again.len())?;
    // And the whole body came before it, the byline between the copies: a
    // longer gap is text the copy lacks (a reader's question signed `Tấn
    // Vương (TP.HCM)` before a repeated answer).
    let gap = at.checked_sub(body + again.len())?;
    (opening == again.as_bytes() && gap <= REPEAT_GAP_MAX).then_some(at)
}

/// The most bytes between a body and its repeat: where the byline stands.
const REPEAT_GAP_MAX: usize = 160;

/// The start of the lead that the Báo Mới 2017 crawl appended at the end of
/// `text[..end]`: one paragraph (no line break, at most [`LEAD_BLOCK_MAX`]
/// bytes) after three or more line breaks. Its tag, if any, is the
/// article's dateline.
pub(crate) fn appended_lead(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?;
    let from = floor_boundary(head, end.saturating_sub(LEAD_BLOCK_MAX + 16));
    let window = head.get(from..)?;
    let bytes = window.as_bytes();
    // The last line break of the text: the block after it must follow a
    // run of three line breaks.
    let last_nl = memchr::memrchr(b'\n', bytes)?;
    let mut i = last_nl;
    let mut breaks = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\n' => breaks += 1,
            b'\r' | b' ' | b'\t' => {}
            _ => break,
        }
        if i == 0 {
            break;
        }
        i -= 1;
    }
    let start = from + last_nl + 1;
    let start = super::super::scan::skip_while(text, start, is_any_space);
    (breaks >= 3 && start < end).then_some(start)
}

/// The longest photo caption read after a byline before page residue.
const RESIDUE_CAPTION_MAX: usize = 240;

/// Before the lead photo's caption that Công Thương pages (Báo Mới 2013)
/// put between the byline and the page residue, glued on both sides
/// (`…năm 2013.Thanh HươngThứ trưởng … làm việc.PHẢN HỒIGửi bình luận`):
/// the glue points (a capital right after a lowercase letter or a closing
/// parenthesis) in the last [`RESIDUE_CAPTION_MAX`] bytes before the
/// residue, latest first. Tried only when no other end gives a byline;
/// the reader then accepts a byline before the cut as anywhere else.
pub(crate) fn residue_caption_cuts(text: &str, min_start: usize, end: usize) -> Vec<usize> {
    let Some(head) = text.get(..end) else {
        return Vec::new();
    };
    let Some(cut) = residue_cut(head) else {
        return Vec::new();
    };
    // Only the full residue `PHẢN HỒIGửi bình luận`, composed or not.
    let residue = head.get(cut..).unwrap_or_default().trim();
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(FULL_RESIDUE);
    if residue != FULL_RESIDUE && residue != nfd.as_ref() {
        return Vec::new();
    }
    let from = floor_boundary(head, cut.saturating_sub(RESIDUE_CAPTION_MAX)).max(min_start);
    let Some(window) = head.get(from..cut) else {
        return Vec::new();
    };
    let mut out: Vec<usize> = window
        .char_indices()
        .filter(|&(i, c)| {
            let before = window.get(..i).and_then(|h| h.chars().next_back());
            let after = window
                .get(i + c.len_utf8()..)
                .and_then(|r| r.chars().next());
            c.is_uppercase()
                && (before.is_some_and(|b| b.is_lowercase() || b == ')')
                    // `PVTổng biên tập …`, `T.HDịch vụ …`: initials glued
                    // to the caption's first word.
                    || before.is_some_and(char::is_uppercase)
                        && after.is_some_and(char::is_lowercase))
        })
        .map(|(i, _)| from + i)
        .filter(|&i| i > min_start)
        .collect();
    out.reverse();
    out.truncate(3);
    out
}

/// The longest appended lead, in bytes.
const LEAD_BLOCK_MAX: usize = 1200;

/// Before page residue that ends `head`, written composed or decomposed.
fn residue_cut(head: &str) -> Option<usize> {
    // Combining marks (U+0300–U+036F) have lead bytes CC and CD.
    let decomposed = head
        .as_bytes()
        .iter()
        .rev()
        .take(48)
        .any(|&b| b == 0xCC || b == 0xCD);
    PAGE_RESIDUE.iter().find_map(|r| {
        let cut = match head.strip_suffix(r) {
            Some(h) => h.len(),
            None if decomposed => {
                let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(r);
                head.strip_suffix(nfd.as_ref())?.len()
            }
            None => return None,
        };
        Some(skip_back_while(head, cut, is_any_space))
    })
}

/// True when a block of furniture (`TIN BÀI LIÊN QUAN`, `Xem thêm:`, …)
/// opens after the first byte of `text`, at the start of a word: a byline
/// never runs across one (`(Theo Reuters)TIN BÀI LIÊN QUAN⏎PV` is the
/// source, then related links).
pub(super) fn holds_block_opener(text: &str) -> bool {
    opener_starts(text).any(|(i, _)| {
        i > 0
            && text
                .get(..i)
                .and_then(|h| h.chars().next_back())
                .is_some_and(|c| !c.is_lowercase())
    })
}

/// Where a block opener of [`BLOCK_OPENERS`] starts in `window` (composed
/// or decomposed), with its first byte: each starts with one of seven
/// capitals, found with memchr, then compared (a DFA over the window cost
/// ten times more). Not in order.
fn opener_starts(window: &str) -> impl Iterator<Item = (usize, u8)> + '_ {
    let bytes = window.as_bytes();
    memchr::memchr3_iter(b'T', b'B', b'X', bytes)
        .chain(memchr::memchr3_iter(b'M', b'Q', b'C', bytes))
        .chain(memchr::memchr_iter(b'G', bytes))
        .filter_map(move |i| {
            let (&b, rest) = (bytes.get(i)?, window.get(i..)?);
            BLOCK_OPENERS
                .iter()
                .any(|o| o.as_bytes().first() == Some(&b) && starts_with_word(rest, o).is_some())
                .then_some((i, b))
        })
}

/// Every furniture cut in `head[from..]`.
fn block_cuts(head: &str, from: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let Some(window) = head.get(from..) else {
        return out;
    };
    let bytes = window.as_bytes();
    // The openers (`TIN BÀI LIÊN QUAN`, `Xem thêm:`, …), and a note that
    // the names were changed (`Tên nhân vật đã được thay đổi`).
    out.extend(opener_starts(window).map(|(i, _)| from + i));
    for i in memchr::memchr_iter(b'T', bytes) {
        let opens = window.get(i..).is_some_and(names_changed_note);
        if opens {
            out.push(from + i);
        }
    }
    // `NAME (*)(*) Chuyên gia…`: the footnote on the author that follows
    // the byline opens with its own `(*)`; a final `(*)` opens nothing.
    for i in memchr::memmem::find_iter(bytes, b"(*)") {
        if bytes
            .get(i + 3..)
            .is_some_and(|r| !r.trim_ascii().is_empty())
        {
            out.push(from + i);
        }
    }
    // `Trúc VânKỳ tới: …`, `NHÓM PHÓNG VIÊNKỳ 2: …`, `Khánh HoàngĐón đọc
    // loạt …`, `Hoài NamTiếp theo: …`: a teaser for the next part glued to the byline (Báo Mới
    // 2013), where a line break stood.
    // (Decomposed text, `Ky\u{300}`, is searched in its own form.)
    let decomposed = bytes.iter().any(|&b| b == 0xCC || b == 0xCD);
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
    for opener in ["Kỳ ", "KỲ ", "Đón đọc", "Phần tiếp theo:", "Tiếp theo:"] {
        let mut forms = vec![std::borrow::Cow::Borrowed(opener)];
        if decomposed {
            forms.push(nfd.normalize(opener));
        }
        for i in forms
            .iter()
            .flat_map(|f| memchr::memmem::find_iter(bytes, f.as_bytes()))
        {
            let rest = window.get(i..).unwrap_or_default();
            let glued = char_before(window, i)
                .is_some_and(|c| c.is_alphabetic() || is_combining(c) || c == ')');
            let teaser = if opener.starts_with('K') {
                teaser_at(rest)
            } else {
                true
            };
            if glued && teaser {
                out.push(from + i);
            }
        }
    }
    // `NAME » Video: Title » Title`: a list of two or more links opened
    // by `»` (VTC News), the first of the list (no other `»` in the 300
    // bytes before it); not a link inside the body, that prose follows on
    // its line.
    let guillemet = "»".as_bytes();
    for i in memchr::memmem::find_iter(bytes, guillemet) {
        let before = bytes.get(i.saturating_sub(300)..i).unwrap_or_default();
        let after = bytes.get(i + guillemet.len()..).unwrap_or_default();
        if memchr::memmem::find(before, guillemet).is_none()
            && memchr::memmem::find(after, guillemet).is_some()
            && !prose_follows(window.get(i..).unwrap_or_default())
        {
            out.push(from + i);
        }
    }
    // The punctuation that opens the rest: only these bytes are looked at.
    for i in memchr::memchr3_iter(b'\n', b'>', b'|', bytes) {
        let at = from + i;
        match bytes.get(i) {
            // Three line breaks (blank lines, perhaps with spaces or CR)
            // before an appended lead.
            Some(b'\n') if blank_lines_from(bytes, i) >= 3 => out.push(at),
            // `Bài 2: …`, `Kỳ 3: …`, `Kỳ tới: …` opening the last lines.
            Some(b'\n') if teaser_at(window.get(i + 1..).unwrap_or_default()) => out.push(at + 1),
            // `>> link`, the first of a list (no other `>>` in the 300
            // bytes before it), after a space, a line break or glued; not
            // a link inside the body, that prose follows on its line.
            Some(b'>')
                if bytes.get(i + 1) == Some(&b'>')
                    && !bytes
                        .get(i.saturating_sub(300)..i)
                        .is_some_and(|before| before.windows(2).any(|w| w == b">>"))
                    && !prose_follows(window.get(i..).unwrap_or_default()) =>
            {
                out.push(at)
            }
            // `| 29/09/2017 08:20`: metadata after the byline.
            Some(b'|')
                if bytes
                    .get(i + 1..)
                    .map(|r| r.trim_ascii_start())
                    .is_some_and(|r| r.first().is_some_and(u8::is_ascii_digit)) =>
            {
                out.push(at)
            }
            _ => {}
        }
    }
    out.retain(|&c| c == 0 || char_before(head, c).is_some());
    out
}

/// Sentence ends on the line of a `>>` link that make it a link inside
/// the body: the related title glued to the paragraph that goes on
/// (`…tại cảng. Ảnh: X>>> Title khácTheo Bộ…. Đây là…. Năm 2012…`).
const PROSE_SENTENCES: usize = 3;

/// True when the line that opens `rest` holds [`PROSE_SENTENCES`] sentence
/// ends or more (a lowercase letter or a digit, then `.`, `!` or `?`, then
/// a capital, perhaps after one space): body prose, where a list of
/// related titles or a forum's note has at most one or two.
fn prose_follows(rest: &str) -> bool {
    let line = rest.split('\n').next().unwrap_or_default();
    let mut ends = 0;
    let mut prev: Option<char> = None;
    for (k, c) in line.char_indices() {
        if matches!(c, '.' | '!' | '?')
            && prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
        {
            let after = line.get(k + 1..).unwrap_or_default();
            let after = after.strip_prefix(' ').unwrap_or(after);
            if after.chars().next().is_some_and(char::is_uppercase) {
                ends += 1;
                if ends >= PROSE_SENTENCES {
                    return true;
                }
            }
        }
        prev = Some(c);
    }
    false
}

/// True when `rest` opens a note that names were changed (`Tên nhân vật
/// đã được thay đổi`, `Tên cháu bé đã được thay đổi`), which some papers
/// put after the byline.
fn names_changed_note(rest: &str) -> bool {
    let head = rest.get(..floor_boundary(rest, 64)).unwrap_or_default();
    let head = super::super::letters::composed(head);
    head.starts_with("Tên ") && head.contains("đã được thay đổi")
}

/// How many line breaks the run of spaces at `bytes[i..]` holds.
fn blank_lines_from(bytes: &[u8], i: usize) -> usize {
    bytes
        .get(i..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| matches!(b, b'\n' | b'\r' | b' ' | b'\t'))
        .filter(|&&b| b == b'\n')
        .count()
}

/// True when `line` opens with a teaser for another part of a series
/// (`Bài 2:`, `Kỳ 3:`, `Kỳ tới:`, `Kỳ sau:`).
fn teaser_at(line: &str) -> bool {
    // Composed, so that decomposed text (`Ba\u{300}i`) reads the same.
    let head = line.get(..floor_boundary(line, 24)).unwrap_or_default();
    let head = super::super::letters::composed(head);
    let line = head.as_ref();
    for lead in ["Bài ", "Kỳ ", "KỲ ", "BÀI "] {
        if let Some(rest) = line.strip_prefix(lead) {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let after = rest.get(digits..).unwrap_or_default();
            if digits > 0 && after.starts_with(':') {
                return true;
            }
            if ["tới:", "sau:", "cuối:"]
                .iter()
                .any(|w| rest.starts_with(w))
            {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byline_ends(t: &str, min_start: usize, end: usize) -> Vec<usize> {
        let mut ends = first_ends(t, min_start, end);
        ends.extend(cut_ends(t, min_start, end));
        ends
    }

    #[test]
    fn glued_office_of_a_titled_signer() {
        let t = "Câu cuối (nếu có).Luật sư Lê Minh HảiVPLS An Bình – Đoàn Luật sư Hà Nội";
        assert_eq!(glued_office(t), t.find("VPLS"));
        // No lawyer's title before the name: no cut.
        let t = "Câu cuối.Ông Lê Minh HảiVPLS An Bình – Đoàn Luật sư Hà Nội";
        assert_eq!(glued_office(t), None);
        // A sentence after the office's words: prose, no cut.
        let t = "Câu cuối.Luật sư Lê Minh HảiĐoàn Luật sư Hà Nội cho biết. Vụ án còn dài";
        assert_eq!(glued_office(t), None);
        // The office after a space is read by the byline reader, not cut.
        let t = "Câu cuối.Luật sư Lê Minh Hải VPLS An Bình";
        assert_eq!(glued_office(t), None);
    }

    #[test]
    fn cuts_before_furniture() {
        let t = "Câu cuối.\nMinh Anh\n\n\n\nMột đoạn dẫn lặp lại.";
        let ends = byline_ends(t, 0, t.len());
        assert_eq!(ends.first(), Some(&t.len()));
        assert!(ends.contains(&"Câu cuối.\nMinh Anh".len()));

        let t = "Câu cuối. Ngọc Bích >> Quan điểm của bạn thế nào?";
        assert!(byline_ends(t, 0, t.len()).contains(&"Câu cuối. Ngọc Bích".len()));

        let t = "Câu cuối.\nMinh Anh - Bảo Kỳ\nBài 2: Còn nhiều điều chưa nói";
        assert!(byline_ends(t, 0, t.len()).contains(&"Câu cuối.\nMinh Anh - Bảo Kỳ".len()));

        // A rule of dashes and a bullet before related links.
        let t = "Câu cuối. QUỐC LINH ---------- * Tin bài liên quan: Một bài khác";
        assert!(byline_ends(t, 0, t.len()).contains(&"Câu cuối. QUỐC LINH".len()));

        // A footnote on the author after the byline's own mark.
        let t = "Câu cuối.LÊ VĂN AN (*)(*) Chuyên gia kinh tế";
        assert!(byline_ends(t, 0, t.len()).contains(&"Câu cuối.LÊ VĂN AN (*)".len()));

        // A note that names were changed, glued or on its own line.
        let t = "Câu cuối.Theo Ngôi sao* Tên cháu bé đã được thay đổi";
        assert!(byline_ends(t, 0, t.len()).contains(&"Câu cuối.Theo Ngôi sao".len()));
        let t = "Câu cuối.\nNam Phương\n* Tên nhân vật đã được thay đổi.";
        assert!(byline_ends(t, 0, t.len()).contains(&"Câu cuối.\nNam Phương".len()));
        let t = "Câu cuối. Tên đường đã được đổi.";
        assert!(!byline_ends(t, 0, t.len()).contains(&"Câu cuối.".len()));

        // A paper's call for letters, after a bullet; a forum's link.
        let t = "Câu cuối.\nHồng Hạnh\n* Mọi ý kiến đóng góp về trường học, xin gửi về hộp thư.";
        assert!(byline_ends(t, 0, t.len()).contains(&"Câu cuối.\nHồng Hạnh".len()));
        let t = "Câu cuối. Việt Phương Chia sẻ bài viết của bạn tại đây.";
        assert!(byline_ends(t, 0, t.len()).contains(&"Câu cuối. Việt Phương".len()));

        let t = "Câu cuối.Nhóm PV| 29/09/2017 08:20";
        assert!(byline_ends(t, 0, t.len()).contains(&"Câu cuối.Nhóm PV".len()));
    }

    #[test]
    fn a_dangling_dash_ends_the_text() {
        let t = "Câu cuối.\nXuân Thắng -";
        assert_eq!(
            first_ends(t, 0, t.len()),
            [t.len(), "Câu cuối.\nXuân Thắng".len()]
        );
        // Only after a space and a word: `COVID-`, `- -` are not.
        let t = "Câu cuối COVID-";
        assert_eq!(first_ends(t, 0, t.len()), [t.len()]);
        let t = "Câu cuối. - -";
        assert_eq!(first_ends(t, 0, t.len()), [t.len()]);
    }

    #[test]
    fn bracketed_links_and_inline_links() {
        let t = "Câu cuối. Minh Anh[Bài một về phố cổ][Bài hai]";
        assert!(byline_ends(t, 0, t.len()).contains(&"Câu cuối. Minh Anh".len()));
        // Only groups inside the furniture window are read.
        let many = "[ab]".repeat(2000);
        let t = format!("Câu cuối. Minh Anh{many}");
        assert!(
            bracketed_links(&t, t.len() - FURNITURE_WINDOW)
                .is_some_and(|c| c >= t.len() - FURNITURE_WINDOW)
        );
        // A `>>` link with prose after it on its line is inside the body.
        assert!(prose_follows(
            ">> Tin khácTheo ông A, việc đã xong. Giá tăng. Khách đông. Hết."
        ));
        assert!(!prose_follows(
            ">> Tin khác>> Tin nữa\nCâu một. Câu hai. Câu ba. Câu bốn."
        ));
        assert!(!prose_follows(
            ">> Quan điểm của bạn thế nào? Gửi bài tại đây ."
        ));
    }

    #[test]
    fn a_body_stored_twice_is_cut_however_long() {
        // The copy runs past the furniture window: the cut is found all
        // the same, before the copy, after the signature.
        let body: String = (1..=80)
            .map(|i| format!("Hội nghị lần thứ {i} bàn về chính sách thuế. "))
            .collect();
        assert!(body.len() > FURNITURE_WINDOW);
        let t = format!("{body}Xin cảm ơn ông! Kiều Minh (ghi) {body}");
        let cut = format!("{body}Xin cảm ơn ông! Kiều Minh (ghi)").len();
        assert!(byline_ends(&t, 0, t.len()).contains(&cut));
        // A copy that is not the body's opening up to the end is no cut.
        let t = format!("{body}Xin cảm ơn ông! Kiều Minh (ghi) {body}Một câu khác.");
        assert!(!byline_ends(&t, 0, t.len()).contains(&cut));
    }

    #[test]
    fn residue_comes_first() {
        let t = "Câu cuối.Anh QuânPHẢN HỒIGửi bình luận";
        assert_eq!(
            byline_ends(t, 0, t.len()).first(),
            Some(&"Câu cuối.Anh Quân".len())
        );
    }
}
