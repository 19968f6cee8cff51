//! Attribution parts of a byline: parentheses (`(TTXVN)`, `(Theo X)`,
//! `(Tổng hợp)`), `Theo X`, `Nguồn: X` and making notes.

use super::super::dateline::is_domain;
use super::super::letters::{composed, is_combining, is_syllable};
use super::super::markers::{AGENCIES, CREDIT_MARKERS, MAKING_NOTES, NAME_TITLES};
use super::super::outlets::find_outlet;
use super::super::scan::{
    char_at, char_before, is_any_space, is_dash, is_inline_space, skip_back_while, skip_while,
};
use super::CreditRole;
use super::matching::{
    boundary_after, credit_marker, is_agency, making_note, prefix_len_ci, starts_with_word,
};
use super::names::split_initials;
use super::reader::{Reader, full_name};

impl<'a> Reader<'a> {
    /// `(TTXVN)`, `(Theo Reuters)`, `(Tổng hợp)`, `(Tổng hợp, Ảnh: AP)`,
    /// `(TTTĐ/Nguồn: Tổng hợp)`, `(Cần Thơ)` after names.
    pub(super) fn paren(&mut self) -> bool {
        if char_at(self.s, self.p) != Some('(') {
            return false;
        }
        // `NAME⏎(⏎(Theo FDA, 1/2017)⏎)`: parentheses the crawler doubled
        // (Báo Mới 2017), each pair on its own lines: the inner one is read.
        let after = skip_while(self.s, self.p + 1, is_any_space);
        if after > self.p + 1 && char_at(self.s, after) == Some('(') {
            let saved = (self.p, self.out.clone(), self.marker);
            self.p = after;
            if self.paren() {
                let q = skip_while(self.s, self.p, is_any_space);
                if q < self.end && char_at(self.s, q) == Some(')') {
                    self.p = q + 1;
                    return true;
                }
            }
            (self.p, self.out, self.marker) = saved;
            return false;
        }
        let rest = self.rest();
        let limit = crate::text::floor_boundary(rest, 160);
        let Some(mut close) = rest
            .get(1..limit)
            .and_then(|r| r.find([')', '(', '\n']))
            .map(|i| i + 1)
        else {
            return false;
        };
        // `(Theo ⏎Vox, USA Today⏎)`: an attribution the crawler split over
        // lines; only `(Theo` may hold line breaks, and only up to its `)`.
        if char_at(rest, close) == Some('\n')
            && rest
                .get(1..)
                .map(|r| r.trim_start_matches(is_inline_space))
                .is_some_and(|r| r.starts_with("Theo") || r.starts_with("theo"))
        {
            if let Some(c) = rest
                .get(1..limit)
                .and_then(|r| r.find([')', '(']))
                .map(|i| i + 1)
            {
                close = c;
            }
        }
        // `(⏎T/h⏎)`, `(⏎Theo Health⏎)`: line breaks just inside the
        // parentheses, none within what they hold.
        if char_at(rest, close) == Some('\n') {
            if let Some(c) = rest
                .get(1..limit)
                .and_then(|r| r.find([')', '(']))
                .map(|i| i + 1)
                .filter(|&c| {
                    rest.get(1..c)
                        .is_some_and(|inner| !inner.trim().contains('\n'))
                })
            {
                close = c;
            }
        }
        if char_at(rest, close) != Some(')') {
            return false;
        }
        let inner_start = self.p + 1;
        let inner_end = self.p + close;
        let follows_names = !self.out.authors.is_empty();
        if self.name_in_parens_alone(inner_start, inner_end) {
            return true;
        }
        let snapshot = self.out.clone();
        if self.paren_inner(inner_start, inner_end, follows_names) {
            self.p = inner_end + 1;
            self.marker = true;
            self.slash_source_after_paren();
            true
        } else {
            self.out = snapshot;
            false
        }
    }

    /// `Thanh Thu (TH)/Khoevadep`, `Theo An Yên (Video: X)/VnExpress.net`:
    /// after names and a parenthesis, a slash and the site they wrote for,
    /// to the end of the byline: a domain, a registered outlet or one Latin
    /// word that is no syllable. It is the source; a source read before it
    /// that is a full name (`Theo An Yên`) was the author.
    fn slash_source_after_paren(&mut self) {
        let named = !self.out.authors.is_empty()
            || self
                .out
                .source
                .is_some_and(|s| full_name(s) && find_outlet(s).is_none());
        if !named || char_at(self.s, self.p) != Some('/') {
            return;
        }
        let from = skip_while(self.s, self.p + 1, is_inline_space);
        let Some(rest) = self.s.get(from..self.end) else {
            return;
        };
        let site = rest.trim_end_matches(|c: char| is_any_space(c) || c == '.');
        let latin = site.chars().all(|c| c.is_ascii_alphanumeric());
        let domain = site.contains('.')
            && site
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
        let ok = site.len() >= 3
            && site.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && !site.contains(char::is_whitespace)
            && (domain || find_outlet(site).is_some() || latin && !is_syllable(site));
        if !ok {
            return;
        }
        match self.out.source {
            Some(prev) => {
                if !self.out.authors.contains(&prev) {
                    self.out.authors.push(prev);
                }
                self.out.source = Some(site);
            }
            None => self.out.source = Some(site),
        }
        self.p = self.end;
    }

    /// The author part `X` of `Theo X (Y)`: names joined by a spaced dash
    /// are several authors (`Theo A – B (Dân Việt)`), and after a slash
    /// stands where they took it from, the agency (`Theo NAME/ Sina
    /// (Khám phá)`, `Theo NAME/Trí thức trẻ (Ttvn.vn)`).
    fn push_theo_authors(&mut self, src: &'a str) {
        let (names, from) = match src.split_once('/') {
            Some((n, f)) if !n.trim().is_empty() && !f.trim().is_empty() => {
                (n.trim(), Some(f.trim()))
            }
            _ => (src, None),
        };
        if let Some(from) = from {
            self.out.agency.get_or_insert(from);
        }
        let mut rest = names;
        loop {
            let cut = [" - ", " – ", " — "]
                .iter()
                .filter_map(|d| rest.find(d).map(|i| (i, d.len())))
                .min();
            match cut {
                Some((i, n)) => {
                    let name = rest.get(..i).unwrap_or_default().trim();
                    if !name.is_empty() {
                        self.out.authors.push(name);
                    }
                    rest = rest.get(i + n..).unwrap_or_default();
                }
                None => {
                    let name = rest.trim();
                    if !name.is_empty() {
                        self.out.authors.push(name);
                    }
                    break;
                }
            }
        }
    }

    /// `…nhất”. (Anh Tuấn)`: one full Vietnamese name in parentheses is
    /// the whole byline, after a sentence's end or on its own line, ending
    /// the text; held to the test of names alone (no marker: not a place,
    /// all syllables).
    fn name_in_parens_alone(&mut self, from: usize, to: usize) -> bool {
        if self.p != self.start || to + 1 != self.end || self.marker {
            return false;
        }
        let before = skip_back_while(self.s, self.p, is_inline_space);
        let after_sentence = before == 0
            || char_before(self.s, before)
                .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | '”' | '"' | '\n' | '\r'));
        let Some(inner) = self.s.get(from..to) else {
            return false;
        };
        if !after_sentence || !full_name(inner) {
            return false;
        }
        let weak = self.weak;
        match self.name_list(from, to, false, false) {
            Some((names, q)) if q == to && names.len() == 1 && !self.weak => {
                self.out.authors.extend(names);
                self.p = self.end;
                true
            }
            _ => {
                self.weak = weak;
                false
            }
        }
    }

    /// Reads the inside of a parenthesis; `true` when all of it was understood.
    pub(super) fn paren_inner(&mut self, from: usize, to: usize, follows_names: bool) -> bool {
        let from = skip_while(self.s, from, is_any_space);
        let to = skip_back_while(self.s, to, is_any_space);
        let Some(inner) = self.s.get(from..to) else {
            return false;
        };
        if inner.is_empty() {
            return false;
        }
        // `(theo⏎ Daily Mail⏎)`: the source may stand on the next line.
        for lead in ["Theo", "theo"] {
            let src = inner
                .strip_prefix(lead)
                .filter(|r| r.starts_with(is_any_space));
            if let Some(src) = src {
                let src = without_trailing_date(src.trim());
                if src.is_empty() {
                    return false;
                }
                // `(Theo Nguyệt Hân/ANTĐ)` with no names before: the
                // author, then the outlet, as `Theo NAME/OUTLET` reads.
                match split_authors_source(src).filter(|_| self.out.authors.is_empty()) {
                    Some((authors, source)) if !authors.is_empty() => {
                        self.out.authors.extend(authors);
                        self.out.source = Some(source);
                    }
                    _ => self.out.source = Some(src),
                }
                return true;
            }
        }
        // `(Dịch từ Brightside)`: translated from a source.
        if let Some(src) = translated_from(inner) {
            self.out.source.get_or_insert(src);
            return true;
        }
        // `(Nguồn ảnh: Reuters)`: a photo credit, read below, not a source.
        let photo_source =
            credit_marker(inner).is_some() && starts_with_word(inner, "Nguồn").is_some();
        for lead in ["Nguồn:", "Nguồn :", "Nguồn "] {
            let src = prefix_len_ci(inner, lead)
                .filter(|_| !photo_source)
                .and_then(|len| inner.get(len..));
            if let Some(src) = src {
                let src = src.trim();
                if src.is_empty() {
                    return false;
                }
                self.set_source(src);
                return true;
            }
        }
        // `(Tổng hợp theo TNO, VOV)`, `(tổng hợp từ X)`: compiled from a source.
        for (note, joiner) in [("Tổng hợp", " theo "), ("Tổng hợp", " từ ")] {
            if let Some(len) = prefix_len_ci(inner, note) {
                if let Some(src) = inner.get(len..).and_then(|r| r.strip_prefix(joiner)) {
                    let names = self.out.authors.clone();
                    self.push_credit(CreditRole::Compiled, names);
                    self.out.source = Some(src.trim());
                    return !src.trim().is_empty();
                }
            }
        }
        // `(tổng hợp TTO/ ANTĐ)`, `(Tổng hợp GDVN/ NHK/ DW News)`:
        // compiled from the sources named, capitalised, after no joiner.
        if let Some(len) = prefix_len_ci(inner, "Tổng hợp ") {
            let src = inner.get(len..).unwrap_or_default().trim();
            let parts_ok = src
                .split(['/', ','])
                .map(str::trim)
                .all(|p| p.chars().next().is_some_and(char::is_uppercase));
            if parts_ok && self.source_ok(src) {
                let names = self.out.authors.clone();
                self.push_credit(CreditRole::Compiled, names);
                self.out.source = Some(src);
                return true;
            }
        }
        // `Thu Hà (Báo nước ngoài)`: the foreign press as the source, as
        // `(Theo báo nước ngoài)` gives it.
        if follows_names && composed(inner).eq_ignore_ascii_case("Báo nước ngoài") {
            self.out.source.get_or_insert(inner);
            return true;
        }
        if let Some(role) = making_note(inner) {
            if let Some(role) = role {
                self.push_credit(role, self.out.authors.clone());
            }
            return true;
        }
        if let Some((roles, len)) = credit_marker(inner) {
            let names_from = skip_while(self.s, from + len, is_inline_space);
            // `(Ảnh, clip: Ca sỹ cung cấp)`: the provider holds the roles.
            if let Some(q) = self.provided_credit(roles, names_from, to) {
                return self
                    .s
                    .get(q..to)
                    .is_some_and(|r| r.trim_matches('.').is_empty());
            }
            let (out, weak) = (self.out.clone(), self.weak);
            if self.credit_names(roles, names_from, to) == Some(to) {
                return true;
            }
            (self.out, self.weak) = (out, weak);
            // `(Nguồn ảnh: Viện Hàn lâm KH&CN Việt Nam)`: a photo's source
            // that reads as no list of names is credited whole.
            let whole = self.s.get(names_from..to).unwrap_or_default();
            if photo_source && self.source_ok(whole) {
                self.push_credit(CreditRole::Photo, vec![whole]);
                return true;
            }
            return false;
        }
        // `Gia Hân (Ảnh Duy Thành)`: after names, `Ảnh` with no colon
        // before names that fill the parentheses is the photo credit, as
        // `(Ảnh: Duy Thành)` gives it (news40 probe).
        if follows_names {
            if let Some(len) = prefix_len_ci(inner, "Ảnh ") {
                let names_from = skip_while(self.s, from + len, is_inline_space);
                let (out, weak) = (self.out.clone(), self.weak);
                if self.credit_names(&[CreditRole::Photo], names_from, to) == Some(to) {
                    return true;
                }
                (self.out, self.weak) = (out, weak);
            }
        }
        // `(Ảnh do đoàn thám hiểm cung cấp)`: the role word with no colon,
        // after names.
        if follows_names {
            let saved = (self.p, self.marker);
            self.p = from;
            let read = self.bare_provided_credit(to);
            let q = self.p;
            (self.p, self.marker) = saved;
            if read {
                return self
                    .s
                    .get(q..to)
                    .is_some_and(|r| r.trim_matches('.').is_empty());
            }
        }
        // `Nguyễn Hồng Lê (Khoa Việt Nam học - ĐH Hà Nội)`, `ANH ĐÀI (quận
        // Tân Bình)`, `NGUYỄN ĐƯỚC (Quận 5, TPHCM)`: one full name, then
        // the office or the address its writer signs from, ending the
        // byline: a note with no role (a contributor's or a reader's
        // signature; an outlet there is read above or below).
        if follows_names
            && self.out.authors.len() == 1
            && self
                .out
                .authors
                .first()
                .is_some_and(|a| full_name(a) && !honorific_first(a))
            && self
                .s
                .get(to..self.end)
                .and_then(|r| r.trim_start().strip_prefix(')'))
                .is_some_and(|r| r.trim().is_empty())
            && affiliation_note(inner)
        {
            return true;
        }
        // `Tổng hợp, Ảnh: AP`: several notes separated by commas.
        if inner.contains(',') && !is_agency(inner) {
            let mut at = from;
            for part in inner.split(',') {
                let part_end = at + part.len();
                if !self.paren_inner(at, part_end, follows_names) {
                    return false;
                }
                at = part_end + 1;
            }
            return true;
        }
        // `…. (KD)`: two or three capitals alone in parentheses
        // ending the text, no agency and no registered outlet: a
        // reporter's initials (an unknown acronym after names, `Trà Sương
        // (WSJ)`, stays the agency).
        if !follows_names
            && self.p == self.start
            && (2..=3).contains(&inner.chars().count())
            && inner.chars().all(char::is_uppercase)
            && !AGENCIES.contains(&inner)
            && find_outlet(inner).is_none()
            && self
                .s
                .get(to..self.end)
                .and_then(|r| r.trim_start().strip_prefix(')'))
                .is_some_and(|r| r.trim().is_empty())
        {
            self.out.authors.push(inner);
            return true;
        }
        if is_agency(inner) {
            self.out.agency = Some(inner);
            return true;
        }
        // `TTTĐ/Nguồn: Tổng hợp`: an agency, then more.
        if let Some(slash) = inner.find('/') {
            let head = inner.get(..slash).unwrap_or_default().trim();
            if is_agency(head) {
                self.out.agency = Some(head);
                return self.paren_inner(from + slash + 1, to, follows_names);
            }
        }
        // `Huỳnh Anh Dũng (*)`: the mark of a footnote on the author,
        // ending the byline (the footnote itself is furniture).
        if inner.chars().all(|c| c == '*') {
            let last = self
                .s
                .get(to..)
                .is_some_and(|r| r.trim_start_matches(is_any_space).len() <= 1);
            return follows_names && last;
        }
        // `Thế Đạt (Trithucthoidai)`: one Latin word that is no syllable,
        // a site's name, is the agency; so is a web address, registered or
        // not (`Tấn Quốc (vnnew.vn)`, news40 probe).
        if follows_names
            && (inner.len() >= 5
                && inner.chars().all(|c| c.is_ascii_alphanumeric())
                && !is_syllable(inner)
                || is_domain(inner))
        {
            self.out.agency = Some(inner);
            return true;
        }
        // `Phương Anh (The Atlantic)`, `Lâm Anh (Xzone/Tri Thức Thời Đại)`:
        // after names, a short Title Case name whose first word is Latin
        // and no syllable (`The`, `Xzone`) is a publication, the agency
        // (a place, `(Cần Thơ)`, opens with a syllable).
        let first = inner.split([' ', '/']).next().unwrap_or_default();
        if follows_names
            && first.len() >= 3
            && first.chars().all(|c| c.is_ascii_alphabetic())
            && first.starts_with(|c: char| c.is_ascii_uppercase())
            && (!is_syllable(first) || english_article_name(inner))
            && inner.split_whitespace().count() <= 5
            && inner
                .split([' ', '/'])
                .filter(|w| !w.is_empty())
                .all(|w| w.starts_with(char::is_uppercase))
        {
            self.out.agency = Some(inner);
            return true;
        }
        // `Hoàng Dung (Công lý và xã hội)`, `Nguyễn Thơm (Hải quan Bình
        // Phước)`: after names, ending the byline, a publication or office
        // in sentence case is what the author writes for, the agency.
        let ends_byline = self
            .s
            .get(to..self.end)
            .and_then(|r| r.trim_start().strip_prefix(')'))
            .is_some_and(|r| r.trim().is_empty());
        // `Tiến Trần (Báo Đất Việt)`: `Báo` (newspaper) before a registered
        // outlet's name, after names, is the paper the author writes for,
        // the agency as written (`Khương Lực/Báo VOV`), not a place (the
        // capitalised words would read as one below, and the paper was
        // lost).
        if follows_names
            && prefix_len_ci(inner, "Báo ")
                .and_then(|n| inner.get(n..))
                .is_some_and(|n| find_outlet(n.trim()).is_some())
        {
            self.out.agency = Some(inner);
            return true;
        }
        // `(Còn nữa)`: a serial's "to be continued", a note with no role.
        if follows_names && ends_byline && CONTINUED.contains(&composed(inner).as_ref()) {
            return true;
        }
        if follows_names && ends_byline && sentence_case_org(inner) {
            // `(P/v TTXVN tại Ấn Độ)`: the agency's correspondent abroad.
            let agency = inner
                .split([' ', '/'])
                .find(|w| AGENCIES.contains(w))
                .unwrap_or(inner);
            self.out.agency = Some(agency);
            return true;
        }
        // `Luật gia NAME (Trung tâm Tư vấn pháp luật …)`, `PGS.TS NAME
        // (viện trưởng viện …)`: an expert signing with a title, then the
        // post or body they speak for, ending the byline: a note with no
        // role (the contract has none for an affiliation).
        if follows_names
            && ends_byline
            && self.out.authors.len() == 1
            && self.out.authors.first().is_some_and(|a| titled_name(a))
            && inner.split_whitespace().count() <= 20
            && !inner.contains(['(', ':', '"', '“'])
        {
            return true;
        }
        // `QUANG MINH (Cần Thơ)`: a place or desk after names; also
        // `Lâm Thoả (từ Buriram)`, `(tại Hà Nội)`.
        let place = ["từ ", "tại "]
            .iter()
            .find_map(|w| prefix_len_ci(inner, w).and_then(|len| inner.get(len..)))
            .unwrap_or(inner);
        follows_names
            && place.split_whitespace().count() <= 4
            && place
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    }

    /// `Theo VnExpress`, `Theo Trí Thức Trẻ/HSX`, `Theo TRẦN THẢO NHI (TTO)`,
    /// `Theo (Y)`.
    pub(super) fn theo(&mut self) -> bool {
        // `Lược theo VietQ`: abridged from a source.
        let rest = self.rest();
        let Some(after) = rest.strip_prefix("Theo").or_else(|| {
            prefix_len_ci(rest, "Lược theo")
                .filter(|_| rest.starts_with('L'))
                .and_then(|n| rest.get(n..))
        }) else {
            return false;
        };
        self.theo_from(after)
    }

    /// `Anh Thư⏎theo Phonearena`: `theo` in lowercase opening the line
    /// after names is the source's marker too (Báo Mới 2017).
    pub(super) fn theo_after_names(&mut self) -> bool {
        let Some(after) = self.rest().strip_prefix("theo") else {
            return false;
        };
        let line_start = char_before(self.s, skip_back_while(self.s, self.p, is_inline_space))
            .is_some_and(|c| c == '\n');
        if self.out.authors.is_empty() || !line_start || !after.starts_with(' ') {
            return false;
        }
        self.theo_from(after)
    }

    /// `Theo` read: `after` is the text after the word.
    fn theo_from(&mut self, after: &'a str) -> bool {
        // `Theo: GTSpirit`: a colon may follow the word.
        let after = after.strip_prefix(':').unwrap_or(after);
        let marker_len = self.rest().len() - after.len();
        // `Theo VnExpress`, and `Theo⏎Daily Mail` split over two lines.
        if !after.starts_with(is_any_space) {
            return false;
        }
        let from = skip_while(self.s, self.p + marker_len, is_any_space);
        if self.theo_names_then_credit(from) {
            return true;
        }
        // `Phạm Việt - Theo (Y)`: the source alone in parentheses ends the
        // byline (3 Báo Mới 2013 texts).
        if char_at(self.s, from) == Some('(') && self.out.source.is_none() {
            let rest = self.s.get(from + 1..self.end).unwrap_or_default();
            if let Some(close) = rest.find(')').filter(|&c| c <= 40) {
                let inner = rest.get(..close).unwrap_or_default().trim();
                let after = rest.get(close + 1..).unwrap_or_default();
                if inner.starts_with(char::is_uppercase)
                    && after
                        .trim_matches(|c: char| c.is_whitespace() || c == '.')
                        .is_empty()
                    && self.source_ok(inner)
                {
                    self.out.source = Some(inner);
                    self.p = from + 1 + close + 1;
                    self.marker = true;
                    return true;
                }
            }
        }
        let mut q = from;
        while q < self.end {
            let Some(c) = char_at(self.s, q) else { break };
            if matches!(c, '(' | '\n' | '\r') {
                break;
            }
            if q > from
                && char_before(self.s, q).is_some_and(|x| x.is_lowercase() || is_combining(x))
                && c.is_uppercase()
            {
                let rest = self.s.get(q..).unwrap_or_default();
                if credit_marker(rest).is_some() || starts_with_word(rest, "Nguồn").is_some() {
                    break;
                }
            }
            q += c.len_utf8();
        }
        let src_end = skip_back_while(self.s, q, |c| is_inline_space(c) || c == '.');
        let Some(src) = self.s.get(from..src_end) else {
            return false;
        };
        let src = without_trailing_date(src);
        // `Theo X (Y)`: Y is the publication, X its author.
        if char_at(self.s, q) == Some('(') {
            let snapshot = self.out.clone();
            let saved_p = self.p;
            self.p = q;
            let rest = self.rest();
            if let Some(close) = rest.find(')').filter(|&c| c < 100) {
                let inner = rest.get(1..close).unwrap_or_default().trim();
                // `Theo Vũ Nga (Tổng hợp) (Khám phá)`, `Theo Như Hoàn (Theo
                // Youtube) (Khám Phá)`: a full name, then a note or a source
                // in parentheses, then the publication in its own: the
                // name is the author, and the parentheses are read after
                // it as after any names.
                let second_paren = rest
                    .get(close + 1..)
                    .is_some_and(|r| r.trim_start_matches(is_inline_space).starts_with('('));
                if (making_note(inner).is_some() || inner.starts_with("Theo "))
                    && second_paren
                    && full_name(src)
                {
                    self.push_theo_authors(src);
                    self.p = q;
                    self.marker = true;
                    return true;
                }
                if !inner.is_empty()
                    && making_note(inner).is_none()
                    && credit_marker(inner).is_none()
                    && !inner.starts_with("Theo")
                    && (src.is_empty() || self.source_ok(src))
                {
                    // `Theo NAME/Dịch từ X (Y)`: the author, the source
                    // translated, and the publication.
                    if let Some((name, translated)) = name_then_translated(src) {
                        self.out.authors.push(name);
                        self.out.source = Some(translated);
                        self.out.agency = Some(inner);
                        self.p = q + close + 1;
                        self.marker = true;
                        return true;
                    }
                    if !src.is_empty() {
                        self.push_theo_authors(src);
                    }
                    self.out.source = Some(translated_from(inner).unwrap_or(inner));
                    self.p = q + close + 1;
                    self.marker = true;
                    return true;
                }
            }
            self.out = snapshot;
            self.p = saved_p;
        }
        if !self.source_ok(src) {
            return false;
        }
        // `Theo Phương LinhVnExpress`: an author glued to a known outlet.
        let glued = src.char_indices().skip(1).find(|&(i, c)| {
            c.is_uppercase()
                && src
                    .get(..i)
                    .and_then(|h| h.chars().next_back())
                    .is_some_and(|x| x.is_lowercase() || is_combining(x))
                && src.get(i..).and_then(find_outlet).is_some()
                && src
                    .get(..i)
                    .is_some_and(|h| h.contains(' ') || initials_and_name(h))
        });
        match glued {
            Some((i, _)) => {
                self.out.authors.extend(src.get(..i));
                self.out.source = src.get(i..);
            }
            None if compiled_name_then_site(src).is_some() => {
                if let Some((name, site)) = compiled_name_then_site(src) {
                    self.out.authors.push(name);
                    self.push_credit(CreditRole::Compiled, vec![name]);
                    self.out.source = Some(site);
                }
            }
            None => match split_authors_source(src) {
                Some((authors, source)) => {
                    self.out.authors.extend(authors);
                    self.out.source = Some(source);
                }
                None => self.out.source = Some(src),
            },
        }
        self.p = q;
        self.marker = true;
        true
    }

    /// `Theo An Bình – Ảnh: NVCC (Khám Phá)`: the names after `Theo` and
    /// before a spaced dash that a credit follows on the same line are the
    /// authors (Báo Mới 2017, VFND); the credit and the parenthesis after
    /// it are read as the next parts.
    fn theo_names_then_credit(&mut self, from: usize) -> bool {
        let line = self.s.get(from..self.end).unwrap_or_default();
        let line = line.split(['\n', '\r']).next().unwrap_or_default();
        // The separator's offset in `line`, and where the credit's marker
        // starts: after a spaced dash; or (`Theo Mayny, Clip: VTV (Khám
        // Phá)`, `Theo Hà My/ Ảnh: X (Khám Phá)`, `Theo Vũ Nga - Nguồn
        // Clip: VTV (Khám phá)`) after a comma or a slash, the marker
        // possibly after the word `Nguồn`, on a line that ends with a
        // registered outlet in parentheses.
        let outlet_closes = line
            .trim_end()
            .strip_suffix(')')
            .and_then(|l| l.rsplit_once('('))
            .is_some_and(|(_, outlet)| find_outlet(outlet.trim()).is_some());
        let Some((sep, marker_at)) = line.char_indices().find_map(|(i, c)| {
            let after = line.get(i + c.len_utf8()..)?;
            let spaced = after.strip_prefix(' ')?;
            if i > 0
                && is_dash(c)
                && line.get(..i)?.ends_with(' ')
                && credit_marker(spaced).is_some()
            {
                return Some((i, None));
            }
            if !outlet_closes || i == 0 || !matches!(c, ',' | '/' | '-' | '–') {
                return None;
            }
            let spaced = after.trim_start_matches(' ');
            let spaced = starts_with_word(spaced, "Nguồn ")
                .and_then(|n| spaced.get(n..))
                .unwrap_or(spaced);
            credit_marker(spaced)
                .is_some()
                .then(|| (i, Some(line.len() - spaced.len())))
        }) else {
            return false;
        };
        let names_end = skip_back_while(self.s, from + sep, is_inline_space);
        let snapshot = self.out.clone();
        match self.name_list(from, names_end, false, false) {
            Some((names, q)) if q == names_end && !names.is_empty() => {
                self.out.authors.extend(names);
                self.p = from + marker_at.unwrap_or(sep);
                self.marker = true;
                true
            }
            _ => {
                self.out = snapshot;
                false
            }
        }
    }

    /// A source after `Theo` or `Nguồn:` at the end of an article: short,
    /// capitalised (or a domain), not a clause (`Theo Bộ Y tế, số ca…`).
    pub(super) fn source_ok(&self, src: &str) -> bool {
        let Some(first) = src.chars().next() else {
            return false;
        };
        let domain = src.contains('.') && !src.contains(' ');
        let words = src.split_whitespace().count();
        let clause = src.char_indices().any(|(i, c)| {
            matches!(c, '!' | '?' | ';' | ':' | '"' | '“' | '”')
                || (c == ',' || c == '.')
                    && src
                        .get(i + 1..)
                        .and_then(|r| r.trim_start().chars().next())
                        .is_some_and(char::is_lowercase)
                    && !domain
                    // `Quỳnh Trần/Vnexpress.net`: a dot inside a word is
                    // a domain's, not a sentence's end.
                    && !(c == '.'
                        && src
                            .get(i + 1..)
                            .is_some_and(|r| r.starts_with(|x: char| x.is_alphanumeric())))
        });
        // `Theo magforwomen`, `Nguồn: i-micronews`: one Latin word (a
        // hyphen only inside it), not a pronoun, is a site name.
        let latin_word = words == 1
            && src.len() >= 4
            && src.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !src.starts_with('-')
            && !src.ends_with('-')
            && !matches!(src, "anh" | "chị" | "ông" | "tôi" | "họ" | "nay" | "sau");
        // `Theo infonet/Vietnamnet`, `Theo vne`: one word of Latin letters
        // (and `/`) naming a registered outlet.
        let registered = words == 1
            && src.chars().all(|c| c.is_ascii_alphanumeric() || c == '/')
            && src.split('/').any(|p| find_outlet(p).is_some());
        (first.is_uppercase() || first.is_ascii_digit() || domain || latin_word || registered)
            && src.len() <= 80
            && words <= 8
            && !clause
            && !src
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "ông" | "bà" | "anh" | "chị" | "Ông" | "Bà"))
    }

    /// `Nguồn: Reuters`.
    pub(super) fn nguon(&mut self) -> bool {
        let rest = self.rest();
        // `Nguồn Fudzilla`: no colon, then a capital.
        let bare = prefix_len_ci(rest, "Nguồn ").filter(|&n| {
            rest.starts_with('N')
                && rest
                    .get(n..)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
        });
        let Some(len) = ["Nguồn:", "Nguồn :"]
            .iter()
            .find_map(|m| prefix_len_ci(rest, m))
            .or(bare)
            // `Trúc Phong⏎Tham khảo: Android Police`: the sources a
            // reporter drew on, after names only.
            .or_else(|| prefix_len_ci(rest, "Tham khảo:").filter(|_| !self.out.authors.is_empty()))
            // `…Hotline: 0972620000Tư liệu: JBook`: the company that gave
            // an advertorial's material signs it (Báo Mới 2013, byline27).
            .or_else(|| prefix_len_ci(rest, "Tư liệu:"))
        else {
            return false;
        };
        let from = skip_while(self.s, self.p + len, is_inline_space);
        let mut line_end = from;
        while line_end < self.end {
            let Some(c) = char_at(self.s, line_end) else {
                break;
            };
            if matches!(c, '\n' | '(') {
                break;
            }
            if line_end > from
                && credit_marker(self.s.get(line_end..).unwrap_or_default()).is_some()
            {
                break;
            }
            line_end += c.len_utf8();
        }
        let src_end = skip_back_while(self.s, line_end, |c| {
            is_inline_space(c) || c == '.' || c == ','
        });
        let Some(src) = self.s.get(from..src_end) else {
            return false;
        };
        // `Tư liệu: AptechTheo Infonet`: the paper the advertorial is
        // credited to follows; it is the source (read from `Theo`), and
        // the brand that gave the material is kept beside it.
        if prefix_len_ci(rest, "Tư liệu:").is_some() && src.contains("Theo ") {
            return self.material_then_paper(from, src);
        }
        // `Nguồn: https://site.vn/bai-viet.html`: the page's domain.
        if let Some(domain) = url_domain(src) {
            self.out.source = Some(domain);
            self.p = src_end;
            self.marker = true;
            return true;
        }
        if !self.source_ok(src) {
            return false;
        }
        self.set_source(src);
        self.p = src_end;
        self.marker = true;
        true
    }

    /// `Tư liệu: AptechTheo Infonet`, `Tư liệu: Acer Theo Infonet`: an
    /// advertorial names the brand that gave its material, then the paper
    /// it is credited to (Báo Mới 2013, Infonet's advertorials, 5 texts).
    /// Both are credited sources, as `Tư liệu: JBook` alone is one: the
    /// brand is kept as the agency (the byline's second organisation),
    /// and the paper is read from `Theo` as the source, as the next part.
    /// `src` is the text after the colon, `from` where it starts. Only a
    /// brand written as one word of Latin letters and digits (`FPT`,
    /// `Aptech`) is read so; a Vietnamese note (`Tư liệu: Tích hợpTheo
    /// Infonet`, "material: compiled") is none, and the paper stays the
    /// source alone, as before (the part fails and `Theo` opens the
    /// byline).
    fn material_then_paper(&mut self, from: usize, src: &'a str) -> bool {
        let Some(cut) = src.find("Theo ") else {
            return false;
        };
        let brand = src.get(..cut).unwrap_or_default().trim_end();
        let is_brand = brand.starts_with(|c: char| c.is_ascii_uppercase())
            && brand.len() <= 30
            && brand.chars().all(|c| c.is_ascii_alphanumeric());
        if !is_brand || self.out.agency.is_some() {
            return false;
        }
        self.out.agency = Some(brand);
        self.p = from + cut;
        self.marker = true;
        true
    }

    /// `Bài đăng trên Tạp chí Tài chính số 5 - 2013`: the publication an
    /// article first ran in (Báo Mới 2013 kept the note as the signature),
    /// the source; the issue after `số` is read and dropped.
    pub(super) fn published_in(&mut self) -> bool {
        let rest = self.rest();
        let Some(len) = ["Bài đăng trên ", "Bài đã đăng trên "]
            .iter()
            .find_map(|m| prefix_len_ci(rest, m))
            .filter(|_| rest.starts_with('B'))
        else {
            return false;
        };
        let from = self.p + len;
        let line = self.s.get(from..self.end).unwrap_or_default();
        let line = line.split('\n').next().unwrap_or_default();
        let line_end = from + line.trim_end().len();
        let src = line.split(" số ").next().unwrap_or_default();
        let src = src.trim_end_matches(|c: char| is_inline_space(c) || matches!(c, '.' | ','));
        if !src.starts_with(|c: char| c.is_uppercase()) || !self.source_ok(src) {
            return false;
        }
        self.out.source = Some(src);
        self.p = line_end;
        self.marker = true;
        true
    }

    /// Records a source; `Nguồn: Tổng hợp` is a compilation, not a source.
    pub(super) fn set_source(&mut self, src: &'a str) {
        match making_note(src) {
            Some(Some(role)) => {
                let names = self.out.authors.clone();
                self.push_credit(role, names);
            }
            Some(None) => {}
            None => self.out.source = Some(src),
        }
    }

    /// `Hữu Thọ - tin, ảnh`: a two-role credit written after the names, in
    /// lowercase and with no colon, ending the byline: the names get both
    /// roles (and are authors already).
    pub(super) fn credit_note_after_names(&mut self) -> bool {
        if self.out.authors.is_empty() || !self.out.credits.is_empty() {
            return false;
        }
        let rest = self
            .rest()
            .trim_end_matches(|c: char| is_any_space(c) || c == '.');
        let Some(roles) = CREDIT_MARKERS.iter().find_map(|&(marker, roles)| {
            (roles.len() == 2 && prefix_len_ci(rest, marker) == Some(rest.len())).then_some(roles)
        }) else {
            return false;
        };
        let names = self.out.authors.clone();
        for &role in roles {
            self.push_credit(role, names.clone());
        }
        self.p = self.end;
        self.marker = true;
        true
    }

    /// `T/h` standing alone.
    pub(super) fn bare_note(&mut self) -> bool {
        let rest = self.rest();
        for &(note, role) in MAKING_NOTES {
            // `ST` (sưu tầm), `St`, alone: the whole byline;
            // `TH` (tổng hợp) too, in capitals: `Th` may be a name's.
            let st_alone = (note == "ST" || note == "TH" && self.rest().starts_with("TH"))
                && self.p == self.start
                && self.rest().trim_end().chars().count() == 2;
            if note.chars().count() < 3 && note != "T/h" && !st_alone {
                continue;
            }
            let Some(len) = prefix_len_ci(rest, note) else {
                continue;
            };
            if !boundary_after(self.s, self.p + len) {
                continue;
            }
            if let Some(role) = role {
                let names = match self.out.credits.last() {
                    Some(last) if self.out.authors.is_empty() => last.names.clone(),
                    _ => self.out.authors.clone(),
                };
                self.push_credit(role, names);
            }
            self.p += len;
            self.marker = true;
            return true;
        }
        false
    }
}

/// True when `name` opens with a title that only signers carry
/// (`PGS.TS`, `BS.`, `Luật gia`, `Lương y`), not a team (`CTV`, `PV`).
/// The domain of a web address written whole (`https://www.site.vn/a.html`
/// → `site.vn`): a scheme or `www.`, no space, a dot in the host.
fn url_domain(src: &str) -> Option<&str> {
    if src.contains(char::is_whitespace) {
        return None;
    }
    let host = src
        .strip_prefix("https://")
        .or_else(|| src.strip_prefix("http://"))
        .map(|h| h.strip_prefix("www.").unwrap_or(h))
        .or_else(|| src.strip_prefix("www."))?;
    let host = host.split(['/', '?', '#']).next()?;
    let ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    ok.then_some(host)
}

pub(super) fn titled_name(name: &str) -> bool {
    NAME_TITLES
        .iter()
        .filter(|t| !matches!(**t, "CTV" | "PV"))
        .any(|t| {
            prefix_len_ci(name, t).is_some_and(|n| {
                t.ends_with('.')
                    || name
                        .get(n..)
                        .is_some_and(|r| r.starts_with(' ') || r.starts_with('.'))
            })
        })
}

/// Words that open a person's title or a note in parentheses, not a
/// publication's name: `(Giám đốc Sở…)`, `(Ảnh minh họa)`.
const NOT_ORG_OPENERS: &[&str] = &[
    "Ảnh",
    "Video",
    "Clip",
    "Bài",
    "Tin",
    "Nguồn",
    "Theo",
    "Dịch",
    "Tổng",
    "Lược",
    "Ghi",
    "Thực",
    "Trích",
    "Giám",
    "Phó",
    "Chủ",
    "Trưởng",
    "Bí",
    "Thứ",
    "Bộ",
    "Nguyên",
    "Cựu",
    "Ông",
    "Bà",
    "Anh",
    "Chị",
    "Em",
    "Cháu",
    "Con",
    "Vợ",
    "Chồng",
    "Người",
    "Học",
    "Sinh",
    "Giáo",
    "Bác",
    "Cô",
    "Thầy",
    "Đại",
    "Trung",
    "Thiếu",
    "Thượng",
    "Đội",
    "Tác",
    "Chuyên",
    "Luật",
    "Nhà",
    "Còn",
    "Kỳ",
    "Hết",
];

/// Words that open a body or an address a writer signs from (lowercase,
/// composed): `(Khoa …)`, `(Sở …)`, `(Cục …)`, `(Chi cục …)`, `(quận Tân
/// Bình)`; no post (`Giám đốc …`, `Cục trưởng …`, a speaker's, as in a
/// caption).
const AFFILIATION_HEADS: &[&str] = &[
    "khoa",
    "trường",
    "đh",
    "đại học",
    "học viện",
    "viện",
    "sở",
    "phòng",
    "công ty",
    "cty",
    "tập đoàn",
    "cục",
    "chi cục",
    // A customs unit (`Hải quan Bình Phước`, `HQ Quảng Ngãi`), as the
    // customs paper's contributors sign; `HQ Online` is that paper.
    "hải quan",
    "hq",
    "bệnh viện",
    "bv",
    "trung tâm",
    "quận",
    "huyện",
    "phường",
    "thị xã",
    "thị trấn",
    "thành phố",
    "tỉnh",
];

/// True when a name of three words or more opens with a form of address
/// (`Ông Trần Văn Bình`): a speaker named in a caption or a quote, not a
/// signature (`ANH ĐÀI`, two words, may be a given name).
fn honorific_first(name: &str) -> bool {
    let name = composed(name);
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or_default().to_lowercase();
    words.count() >= 2
        && [
            "ông", "bà", "anh", "chị", "cô", "thầy", "bác", "em", "cháu", "chú",
        ]
        .contains(&first.as_str())
}

/// City abbreviations that may close an address (`Quận 5, TPHCM`).
const CITY_SHORT: &[&str] = &["TPHCM", "TP.HCM", "HCM", "TP", "TP.", "Tp", "HN"];

/// The inside of a parenthesis after a signer's name that is an office
/// or an address: it opens with an office's or a district's word
/// (`Sở Giao thông vận tải Hưng Yên`, `quận Tân Bình`), or it is two or
/// three places of capitalised syllables joined by commas or dashes
/// (`Đông Anh – Hà Nội`, `Quận 5, TPHCM`). At most twelve words, no
/// quote, colon or parenthesis.
fn affiliation_note(inner: &str) -> bool {
    let inner = composed(inner);
    let words = inner.split_whitespace().count();
    if words == 0 || words > 12 || inner.contains(['(', ':', '"', '“', '”', '/']) {
        return false;
    }
    let lower = inner.to_lowercase();
    // A body, not a post: `(viện trưởng viện …)`, `(Giám đốc sở …)` name
    // a speaker's post, a caption's or a quote's, and open no office here.
    let opens_office = AFFILIATION_HEADS.iter().any(|h| {
        lower.strip_prefix(h).is_some_and(|r| {
            r.starts_with(' ')
                && !["trưởng", "phó", "online"]
                    .iter()
                    .any(|w| r.trim_start().starts_with(w))
        })
    });
    if opens_office {
        return true;
    }
    let parts: Vec<&str> = inner
        .split([',', '–', '-'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            let ws: Vec<&str> = p.split_whitespace().collect();
            (1..=4).contains(&ws.len())
                && ws.iter().all(|w| {
                    CITY_SHORT.contains(w)
                        || w.chars().all(|c| c.is_ascii_digit())
                        || is_syllable(w) && w.starts_with(char::is_uppercase)
                })
                && p.starts_with(char::is_uppercase)
        })
}

/// `The Atlantic`, `The BSC`: the English article `The` (a Vietnamese
/// syllable too, *the*, a silk) before one to three capitalised words:
/// the name of a publication, read as one whose first word is Latin and
/// no syllable (`Trà Sương (The Atlantic)`, `HT (The BSC)`; news40 probe).
fn english_article_name(inner: &str) -> bool {
    let mut words = inner.split_whitespace();
    words.next() == Some("The")
        && (1..=3).contains(&words.clone().count())
        && words.all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// A serial's "to be continued" in parentheses after the names.
const CONTINUED: &[&str] = &["Còn nữa", "Còn tiếp", "còn nữa", "còn tiếp"];

/// Two to six words of letters (`/` and `&` between them), the first
/// capitalised and some lowercase, opening with no title or note word:
/// the shape of a publication named in sentence case (`Công lý và xã
/// hội`, `Xzone/Tri thức thời đại`).
fn sentence_case_org(inner: &str) -> bool {
    let words: Vec<&str> = inner.split([' ', '/']).filter(|w| !w.is_empty()).collect();
    (2..=6).contains(&words.len())
        && inner.starts_with(|c: char| c.is_uppercase())
        && words.iter().any(|w| w.starts_with(char::is_lowercase))
        && words
            .iter()
            .all(|w| *w == "&" || w.chars().all(|c| c.is_alphabetic() || is_combining(c)))
        && !words
            .first()
            .is_some_and(|w| NOT_ORG_OPENERS.contains(&composed(w).as_ref()))
}

/// `Dịch từ X`, `dịch theo X`: the source a translation was made from.
pub(super) fn translated_from(inner: &str) -> Option<&str> {
    translated_lead_len(inner)
        .and_then(|len| inner.get(len..))
        .map(|src| {
            // `Dịch từ CNN, tổng hợp thêm`: the source ends before a note.
            src.find(", ")
                .filter(|&i| {
                    src.get(i + 2..)
                        .is_some_and(|r| r.starts_with(char::is_lowercase))
                })
                .and_then(|i| src.get(..i))
                .unwrap_or(src)
                .trim()
        })
        .filter(|src| src.chars().next().is_some_and(char::is_alphanumeric))
}

/// `Theo Duy Phan tổng hợp/Reatimes`: a full name, the compilation note
/// `tổng hợp` (any case), a slash and one word naming the site (a
/// registered outlet or a word with no space): the compiler, and the
/// source.
///
/// ```text
/// "Duy Phan tổng hợp/Reatimes"   → ("Duy Phan", "Reatimes")
/// "Duy Phan/Reatimes"            → None (read by split_authors_source)
/// "Tin tổng hợp/Reatimes"        → None (no full name)
/// ```
fn compiled_name_then_site(src: &str) -> Option<(&str, &str)> {
    let (left, right) = src.split_once('/')?;
    let (left, right) = (left.trim(), right.trim());
    let mut words = left.rsplitn(3, ' ');
    let (hop, tong, name) = (words.next()?, words.next()?, words.next()?.trim());
    if composed(hop).to_lowercase() != "hợp" || composed(tong).to_lowercase() != "tổng" {
        return None;
    }
    let site = !right.is_empty()
        && right.chars().next().is_some_and(char::is_uppercase)
        && (find_outlet(right).is_some() || !right.contains(char::is_whitespace));
    (full_name(name) && find_outlet(name).is_none() && site).then_some((name, right))
}

/// `Nhật Linh/Dịch từ Dailymail`: a full name, a slash, and the source it
/// was translated from (`Dịch từ X`): the name and the source.
pub(super) fn name_then_translated(src: &str) -> Option<(&str, &str)> {
    let (left, right) = src.split_once('/')?;
    let left = left.trim();
    (full_name(left) && find_outlet(left).is_none())
        .then(|| translated_from(right.trim_start()))
        .flatten()
        .map(|t| (left, t))
}

/// `Theo NAMES OUTLET` and `Theo OUTLET/NAME`: a source that names its
/// authors (`Đông Hải - Hoàng Hùng Anninhthudo`, `VOV/Minh Anh`). The
/// outlet must be registered (or a news agency), every name a full
/// Vietnamese name; otherwise `None` and the whole is the source.
/// `Theo FDA, 1/2017`, `Theo Livescience, 24/5/2013`: the month or the
/// day a health column's source was read is no part of the source's name.
/// Only a date of digits (`M/YYYY`, `D/M/YYYY`) after the last comma goes.
///
/// ```text
/// "FDA, 1/2017"          → "FDA"
/// "Top Santé, Pháp"      → unchanged
/// "Báo cáo 2017"         → unchanged (no comma)
/// ```
fn without_trailing_date(src: &str) -> &str {
    let Some((head, tail)) = src.rsplit_once(',') else {
        return src;
    };
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let mut parts = tail.trim().rsplit('/');
    let year = parts.next().is_some_and(|y| y.len() == 4 && digits(y));
    let (mut count, mut short) = (0, true);
    for p in parts {
        count += 1;
        short &= (1..=2).contains(&p.len()) && digits(p);
    }
    let day_month = (1..=2).contains(&count) && short;
    let head = head.trim_end();
    if year && day_month && !head.is_empty() {
        head
    } else {
        src
    }
}

fn split_authors_source<'a>(src: &'a str) -> Option<(Vec<&'a str>, &'a str)> {
    if let Some((name, translated)) = name_then_translated(src) {
        return Some((vec![name], translated));
    }
    let is_org = |s: &str| find_outlet(s).is_some() || AGENCIES.contains(&s);
    if let Some((left, right)) = src.split_once('/') {
        let (left, right) = (left.trim(), right.trim());
        // `VOV/Minh Anh`, or `Hồng Anh/ ElleVN` (a name, then a site);
        // `Tiin/Đất Việt` names two outlets, no author.
        if is_org(left) && full_name(right) && !is_org(right) {
            return Some((vec![right], left));
        }
        // `Trí Thức Trẻ/HPG`: a finance site's link to the stock (three
        // capitals, no outlet) after the source is no part of it; an
        // exchange (`Trí Thức Trẻ/HSX`, where the figures come from) stays.
        let ticker = right.len() == 3
            && right.chars().all(|c| c.is_ascii_uppercase())
            && !matches!(right, "HSX" | "HNX")
            && !is_org(right);
        if find_outlet(left).is_some() && ticker {
            return Some((Vec::new(), left));
        }
        let site = !right.contains(' ') && right.chars().all(|c| c.is_alphanumeric() || c == '.');
        // `Hoài Thái - Huy Phượng/TCKTVN`: names at spaced dashes, each a
        // full name, before the slash.
        let names: Vec<&str> = left
            .split(" - ")
            .flat_map(|n| n.split(" – "))
            .map(str::trim)
            .collect();
        // `Theo T.H/DTrends`: a writer's dotted initials (`T.H`, `D.Anh`)
        // before the slash are a name as a full name is; an outlet's
        // abbreviation is written without dots (`Theo PA/GSMA`, two
        // sources; byline30).
        let dotted =
            |n: &str| initials_and_name(n) || (split_initials(n) == ("", true) && n.contains('.'));
        let named = names
            .iter()
            .all(|n| (full_name(n) || dotted(n)) && !is_org(n));
        return (named && (is_org(right) || site)).then_some((names, right));
    }
    let authors_of = |names: &'a str| -> Option<Vec<&'a str>> {
        let authors: Vec<&str> = names
            .split(" - ")
            .flat_map(|n| n.split(" – "))
            .map(str::trim)
            .collect();
        authors.iter().all(|n| full_name(n)).then_some(authors)
    };
    let (names, org) = src.rsplit_once(' ')?;
    if is_org(org) && (!org.contains('.') || org.ends_with(".vn")) {
        return authors_of(names).map(|a| (a, org));
    }
    // `Theo Đức Nghiêm Thời Báo Ngân Hàng`, `Theo An Bình Dân Trí`: one
    // full name, then a registered outlet of two to four words (the
    // brackets or the line break between them lost); the longest such
    // outlet, and not when the whole is an outlet's name (`Đại Biểu Nhân
    // dân`, `Nhịp Cầu Đầu Tư`).
    if find_outlet(src).is_some() {
        return None;
    }
    let spaces: Vec<usize> = src.match_indices(' ').map(|(i, _)| i).collect();
    let n = spaces.len();
    (2..=4).rev().find_map(|words: usize| {
        let at = *spaces.get(n.checked_sub(words)?)?;
        let (names, org) = (src.get(..at)?.trim(), src.get(at + 1..)?.trim());
        if find_outlet(org).is_none() || !full_name(names) {
            return None;
        }
        Some((vec![names], org))
    })
}

/// `D.Anh`, `T.Thủy`: a reporter's initials and given name as one word
/// (one or two capitals and a dot, then one Title Case syllable), the
/// author of `Theo D.AnhVietnamNet` as a spaced name is of `Theo Trần
/// ThủyVietnamNet`.
fn initials_and_name(word: &str) -> bool {
    let (rest, initials) = split_initials(word);
    initials
        && is_syllable(rest)
        && rest.chars().next().is_some_and(char::is_uppercase)
        && composed(rest).chars().skip(1).all(char::is_lowercase)
}

/// The leads of a translator's note naming the source (`Dịch từ X`), as
/// [`translated_from`] reads them.
const TRANSLATED_LEADS: [&str; 4] = ["Dịch từ ", "Dịch theo ", "Lược dịch từ ", "Lược dịch theo "];

/// The byte length of a translator's lead opening `s`: one of
/// [`TRANSLATED_LEADS`], or a bare `dịch ` (any case) right before a
/// capitalised source, as Khám phá also writes its translator's note
/// (`Theo Nguyễn Hiền (dịch USAToday) (Khám phá)`). The capital keeps
/// out the noun `dịch vụ` (service) and the verb before a lowercase
/// object (`dịch ngôn ngữ`).
///
/// ```text
/// "Dịch từ SN"        → 8 bytes ("Dịch từ ")
/// "dịch USAToday"     → 6 bytes ("dịch ")
/// "dịch vụ khách"     → None
/// ```
fn translated_lead_len(s: &str) -> Option<usize> {
    TRANSLATED_LEADS
        .iter()
        .find_map(|lead| prefix_len_ci(s, lead))
        .or_else(|| {
            prefix_len_ci(s, "Dịch ").filter(|&len| {
                s.get(len..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase)
            })
        })
}

/// `Theo Hà My (Dịch từ SN) (Khám Phá)`, `Nhật Linh/Dịch từ Dailymail`,
/// `Hương Dung (Dịch từ CNN, tổng hợp thêm)`, `Trần Ngọc/VOV.VN Lược dịch
/// từ Bloomberg`: the names, then the source they translated, right after
/// them (in parentheses, after a slash, or after the names' agency). The
/// names made the translation and hold the `translated` credit, as `NAME
/// (Dịch)` gives it (settled in the news36 probe). The source is read
/// as before (`SN`, `Dailymail`), or left unread where it was.
///
/// ```text
/// "Theo Hà My (Dịch từ SN) (Khám Phá)"   → translated: Hà My
/// "Nhật Linh/Dịch từ Dailymail"          → translated: Nhật Linh
/// "Hà My (Theo SN)"                      → unchanged (no translation)
/// ```
pub(super) fn translated_from_credit(mut b: super::Byline<'_>) -> super::Byline<'_> {
    if b.authors.is_empty() || b.credits.iter().any(|c| c.role == CreditRole::Translated) {
        return b;
    }
    let Some(&last) = b.authors.last() else {
        return b;
    };
    let Some(at) = b.text.rfind(last) else {
        return b;
    };
    let skip = |r: &str| -> usize { r.len() - r.trim_start_matches([' ', '/', '(']).len() };
    let mut after = b.text.get(at + last.len()..).unwrap_or_default();
    after = after.get(skip(after)..).unwrap_or_default();
    if let Some(agency) = b.agency.filter(|a| !a.is_empty()) {
        if let Some(rest) = after.strip_prefix(agency) {
            after = rest.get(skip(rest)..).unwrap_or_default();
        }
    }
    if translated_lead_len(after).is_some() {
        let names = b.authors.clone();
        b.credits.push(super::Credit {
            role: CreditRole::Translated,
            names,
        });
    }
    b
}

#[cfg(test)]
mod tests {
    use super::translated_lead_len;

    #[test]
    fn bare_dich_needs_a_capitalised_source() {
        assert_eq!(translated_lead_len("Dịch từ SN"), Some("Dịch từ ".len()));
        assert_eq!(translated_lead_len("dịch USAToday"), Some("dịch ".len()));
        assert_eq!(translated_lead_len("dịch vụ khách hàng"), None);
        assert_eq!(translated_lead_len("dịch ngôn ngữ"), None);
        assert_eq!(translated_lead_len("Dịch"), None);
    }
}
