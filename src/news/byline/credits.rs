//! Credit parts of a byline: `Ảnh: X`, `Tin, ảnh: X`, `Video: X`. The
//! names credited with the text (`Tin, ảnh: X`, `Bài: X`) are authors too.

use super::super::letters::is_combining;
use super::super::scan::{is_any_space, is_inline_space, skip_back_while, skip_while};
use super::matching::{credit_marker, prefix_len_ci, starts_with_word};
use super::reader::Reader;
use super::{Credit, CreditRole};

/// The most lines a source credit's list runs over.
const LIST_LINES: usize = 5;

/// The longest value of a shoot's role-less credit (a shop's list with
/// its addresses), in bytes.
const CREW_MAX: usize = 160;

impl<'a> Reader<'a> {
    pub(super) fn push_credit(&mut self, role: CreditRole, names: Vec<&'a str>) {
        self.out.credits.push(Credit { role, names });
    }

    /// `Ảnh: X`, `Tin, ảnh: X`, `Bài và ảnh: X`, `Video: X`.
    pub(super) fn credit(&mut self) -> bool {
        let Some((roles, len)) = credit_marker(self.rest()) else {
            // `Ảnh BTC cung cấp`: a photo credit "provided by X" written
            // with no colon.
            return self.bare_provided_credit(self.end) || self.bare_clip_line();
        };
        // A shoot's other roles (`Stylist:`, `Fashion:`) follow its photo
        // credit, an interview's portrait its text credit (`thực hiện: X
        // chân dung hội họa: Y`); before one, they sign nothing of the
        // article.
        if roles.is_empty()
            && !self
                .out
                .credits
                .iter()
                .any(|c| matches!(c.role, CreditRole::Photo | CreditRole::Text))
        {
            return false;
        }
        let mut from = skip_while(self.s, self.p + len, is_inline_space);
        if starts_with_word(self.rest(), "Nguồn").is_some() && self.source_credit(roles, from) {
            return true;
        }
        // `Bài: ⏎Tuấn Anh⏎Ảnh: ⏎Vogue`: the names on the line after the
        // colon, for the text's credit or a credit after other parts (a
        // photo credit alone on its lines is a caption's, as before).
        let by_text = roles.contains(&CreditRole::Text);
        if (by_text || self.p > self.start)
            && self
                .s
                .get(from..)
                .is_some_and(|r| r.starts_with('\n') || r.starts_with("\r\n"))
        {
            let next = skip_while(self.s, from, is_any_space);
            let gap = self.s.get(from..next).unwrap_or_default();
            if gap.matches('\n').count() == 1 && next < self.end {
                from = next;
            }
        }
        if let Some(q) = self.noted_credit(roles, from) {
            self.p = q;
            self.marker = true;
            return true;
        }
        if let Some(q) = self.provided_credit(roles, from, self.end) {
            self.p = q;
            self.marker = true;
            return true;
        }
        if roles.is_empty() && self.crew_credit(from) {
            return true;
        }
        match self.credit_names(roles, from, self.end) {
            Some(q) => {
                self.p = q;
                self.marker = true;
                true
            }
            None => false,
        }
    }

    /// The value of a shoot's role-less credit after its photo credit
    /// (`Make-up: Maybeline New York`, `Accessory: Charles & Keith, Pedro
    /// và Accessorize`, `Clothing: Ruco, 67 – 69 Trần Quang Diệu, Q.3`):
    /// brands and shops as much as names, so not read as names. It runs
    /// on its line to the next credit marker (spaced or glued to the last
    /// word: `New YorkAccessory:`) or the line's end, at most
    /// [`CREW_MAX`] bytes of words, digits, spaces and `& , . - – ' /`.
    /// It names no one the contract has a role for: it is kept in the
    /// byline's text only (news46).
    fn crew_credit(&mut self, from: usize) -> bool {
        let Some(rest) = self.s.get(from..self.end) else {
            return false;
        };
        let mut stop = rest.len();
        for (i, c) in rest.char_indices() {
            if c == '\n' || c == '\r' {
                stop = i;
                break;
            }
            let after_word = rest.get(..i).and_then(|h| h.chars().next_back());
            if i > 0
                && c.is_uppercase()
                && after_word.is_some_and(|b| is_inline_space(b) || b.is_lowercase())
                && rest.get(i..).and_then(credit_marker).is_some()
            {
                stop = i;
                break;
            }
        }
        let value = rest.get(..stop).unwrap_or_default();
        let trimmed = value.trim_end_matches(is_inline_space);
        let allowed = |c: char| {
            c.is_alphanumeric()
                || is_inline_space(c)
                || is_combining(c)
                || matches!(c, '&' | ',' | '.' | '-' | '–' | '\'' | '/')
        };
        if trimmed.trim_start_matches(is_inline_space).is_empty()
            || trimmed.len() > CREW_MAX
            || !trimmed.chars().all(allowed)
        {
            return false;
        }
        self.p = from + trimmed.len();
        self.marker = true;
        true
    }

    /// `Nguồn video: YouTube/5 Minute Crafts.`, `Nguồn ảnh:⏎ Phonearena.`:
    /// a credit's source, read as `Nguồn: X` reads one (the rest of the
    /// line, on the next line when the colon ends its own, kept whole and
    /// capitalised), one credit per role, a comma-separated list giving
    /// one name each.
    fn source_credit(&mut self, roles: &[CreditRole], mut from: usize) -> bool {
        let r = self.s.get(from..self.end).unwrap_or_default();
        if r.starts_with('\n') || r.starts_with("\r\n") {
            let next = skip_while(self.s, from, is_any_space);
            let gap = self.s.get(from..next).unwrap_or_default();
            if gap.matches('\n').count() != 1 || next >= self.end {
                return false;
            }
            from = next;
        }
        let line_end = self.list_end(from);
        let src_end = skip_back_while(self.s, line_end, |c| {
            is_inline_space(c) || c == '.' || c == ','
        });
        let Some(src) = self.s.get(from..src_end) else {
            return false;
        };
        // `Nguồn ảnh: kobieta.onet.pl, as-de.ru`: a list whose items are
        // each a source (web names, one Latin word) is one too.
        let items_ok = || src.contains(", ") && src.split(", ").all(|n| self.source_ok(n.trim()));
        if src.is_empty()
            || src.contains('\n') && !items_ok()
            || !self.source_ok(src) && !items_ok()
        {
            return false;
        }
        // `Nguồn ảnh: Facebook, Món ngon mỗi ngày`: a list of sources is
        // one name each (a slash-joined pair stays whole, as written).
        let names: Vec<&str> = src
            .split(", ")
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .collect();
        for &role in roles {
            self.push_credit(role, names.clone());
        }
        self.p = src_end;
        self.marker = true;
        true
    }

    /// Where the list of a source credit that starts at `from` ends: the
    /// end of its line (or an opening parenthesis), or of a later line
    /// while each line ends with a comma and the next holds one item
    /// (`Nguồn ảnh: ⏎kobieta.onet.pl, ⏎as-de.ru`: Báo Mới 2017 broke the
    /// line around each linked name). At most [`LIST_LINES`] lines.
    fn list_end(&self, from: usize) -> usize {
        let line_end = |at: usize| {
            let line = self.s.get(at..self.end).unwrap_or_default();
            at + line.find(['\n', '\r', '(']).unwrap_or(line.len())
        };
        let mut end = line_end(from);
        for _ in 1..LIST_LINES {
            let before = skip_back_while(self.s, end, is_inline_space);
            let next = skip_while(self.s, end, is_inline_space);
            let after = self.s.get(next..).unwrap_or_default();
            let Some(item_at) = after
                .strip_prefix("\r\n")
                .or_else(|| after.strip_prefix('\n'))
                .map(|r| self.s.len() - r.len())
            else {
                break;
            };
            let item_at = skip_while(self.s, item_at, is_inline_space);
            if item_at >= self.end {
                break;
            }
            let item_end = line_end(item_at);
            let item = self.s.get(item_at..item_end).unwrap_or_default().trim();
            let comma = self.s.get(..before).is_some_and(|h| h.ends_with(','));
            if !comma || item.is_empty() || item.contains(", ") || !self.source_ok(item) {
                break;
            }
            end = item_end;
        }
        end
    }

    /// `Ảnh: BTC cung cấp`, `(Ảnh, clip: Ca sỹ cung cấp)`, `(Ảnh do đoàn
    /// thám hiểm cung cấp)`: a credit's names followed by `cung cấp`
    /// ("provided by"), up to the end of the line, of a parenthesis or
    /// `to`: the provider (as written, in any case: `Ca sỹ`, `đoàn thám
    /// hiểm`) holds the credit's roles. `do` ("by") before it is left out.
    /// Only after a signature (names, an agency or a source): alone, such
    /// a credit closes a caption (`…tại Việt Nam. Ảnh: Big C cung cấp`).
    /// Returns where `cung cấp` ends; `None`, reading nothing, otherwise.
    pub(super) fn provided_credit(
        &mut self,
        roles: &[CreditRole],
        from: usize,
        to: usize,
    ) -> Option<usize> {
        let o = &self.out;
        if o.authors.is_empty() && o.agency.is_none() && o.source.is_none() {
            return None;
        }
        let (name_from, name_end, q) = provided_by(self.s, from, to)?;
        let name = self.s.get(name_from..name_end)?;
        for &role in roles {
            self.push_credit(role, vec![name]);
        }
        Some(q)
    }

    /// `Bài: NAME⏎Ảnh: Tổng hợp`, `Ảnh: Tư liệu`: after other parts of the
    /// byline, a credit whose name is a note on where the photos came from
    /// (compiled, archive, collected), filling the rest of its line: the
    /// note is the credit's name, as written. Alone, such a credit closes
    /// a caption (`(Ảnh: Tư liệu)`), and is not read here. Returns where
    /// the note ends.
    fn noted_credit(&mut self, roles: &[CreditRole], from: usize) -> Option<usize> {
        const NOTES: &[&str] = &["Tổng hợp", "Tư liệu", "Sưu tầm"];
        if self.p <= self.start || self.out.credits.is_empty() && self.out.authors.is_empty() {
            return None;
        }
        let line = self.s.get(from..self.end)?;
        let line = line.split(['\n', '\r']).next()?;
        let note = line.trim_end_matches(|c: char| is_inline_space(c) || c == '.');
        let len = NOTES.iter().find_map(|n| prefix_len_ci(note, n))?;
        if len != note.len() {
            return None;
        }
        for &role in roles {
            self.push_credit(role, vec![note]);
        }
        Some(from + len)
    }

    /// `Ảnh BTC cung cấp`, `(Ảnh do đoàn thám hiểm cung cấp)`: the role
    /// word `Ảnh`, `Video` or `Clip` with no colon, then the provider and
    /// `cung cấp` ending the line, the parenthesis or `to`.
    pub(super) fn bare_provided_credit(&mut self, to: usize) -> bool {
        let Some((len, role)) = bare_role_word(self.rest()) else {
            return false;
        };
        let from = skip_while(self.s, self.p + len, is_inline_space);
        match self.provided_credit(&[role], from, to) {
            Some(q) => {
                self.p = q;
                self.marker = true;
                true
            }
            None => false,
        }
    }

    /// `Hoàng Yến/VOV.VN Clip ⏎Sport.TV`: after the reporter's names, the
    /// role word `Clip` or `Video` with no colon ending its line, and the
    /// clip's source alone on the byline's last line (one to three words,
    /// a capital first): a video credit, not one more author (2 Báo Mới
    /// 2017 texts, VOV's layout; byline30).
    fn bare_clip_line(&mut self) -> bool {
        if self.p == self.start || self.out.authors.is_empty() {
            return false;
        }
        let Some((len, role)) = bare_role_word(self.rest()) else {
            return false;
        };
        if role != CreditRole::Video {
            return false;
        }
        let after = skip_while(self.s, self.p + len, is_inline_space);
        let Some(rest) = self.s.get(after..self.end) else {
            return false;
        };
        let Some(next) = rest
            .strip_prefix("\r\n")
            .or_else(|| rest.strip_prefix('\n'))
        else {
            return false;
        };
        let from = self.end - next.len();
        let from = skip_while(self.s, from, is_inline_space);
        let to = skip_back_while(self.s, self.end, |c| is_any_space(c) || c == '.');
        let Some(name) = self.s.get(from..to).filter(|_| from < to) else {
            return false;
        };
        let words = name.split(' ').count();
        let shaped = (1..=3).contains(&words)
            && name.starts_with(char::is_uppercase)
            && name.chars().all(|c| {
                c.is_alphanumeric()
                    || super::super::letters::is_combining(c)
                    || matches!(c, ' ' | '.' | '-' | '&')
            });
        if !shaped {
            return false;
        }
        self.push_credit(role, vec![name]);
        self.p = self.end;
        self.marker = true;
        true
    }

    /// Reads credit names from `from` (lenient names, `/AGENCY` allowed)
    /// and records one credit per role. Returns where the names end.
    pub(super) fn credit_names(
        &mut self,
        roles: &[CreditRole],
        from: usize,
        to: usize,
    ) -> Option<usize> {
        let (names, q) = self.name_list(from, to, true, false)?;
        // `Tin, ảnh: X`, `Bài và ảnh: X`, `Bài: X`: who wrote the text is an
        // author too.
        if roles.contains(&CreditRole::Text) {
            for &name in &names {
                if !self.out.authors.contains(&name) {
                    self.out.authors.push(name);
                }
            }
        }
        for &role in roles {
            self.push_credit(role, names.clone());
        }
        Some(self.slash_agency(q, to))
    }
}

/// `Ảnh `, `Video `, `Clip ` with no colon: the role word's length and role.
fn bare_role_word(rest: &str) -> Option<(usize, CreditRole)> {
    const WORDS: &[(&str, CreditRole)] = &[
        ("Ảnh", CreditRole::Photo),
        ("Video", CreditRole::Video),
        ("Clip", CreditRole::Video),
    ];
    let (len, role) = WORDS
        .iter()
        .find_map(|&(w, role)| starts_with_word(rest, w).map(|len| (len, role)))?;
    rest.get(len..)?.starts_with(' ').then_some((len, role))
}

/// True when a bare provided credit (`Ảnh BTC cung cấp`) opens `at`: a
/// name before it ends there (`Bá Sên Ảnh BTC cung cấp`).
pub(super) fn bare_provided_at(s: &str, at: usize, end: usize) -> bool {
    let Some((len, _)) = s.get(at..).and_then(bare_role_word) else {
        return false;
    };
    let from = skip_while(s, at + len, is_inline_space);
    provided_by(s, from, end).is_some()
}

/// `do NVCC` filling the segment `body` (which starts at `from`): the
/// abbreviation NVCC (`nhân vật cung cấp`, provided by the person in the
/// story) holds `cung cấp` itself, so after `do` it is the provider, as
/// `Ảnh: NVCC` names it (`…tại Việt Nam.Minh Nguyễn Ảnh do NVCC`: the
/// photo credit NVCC, the name before it the author; news39). Only `do`
/// then NVCC, nothing after: `Ảnh do NVCC chụp` is a sentence.
fn provided_abbreviation(body: &str, from: usize) -> Option<(usize, usize, usize)> {
    let len = starts_with_word(body, "do ")?;
    let after = body.get(len..)?;
    let name = after.trim_start_matches(is_inline_space);
    if name != "NVCC" {
        return None;
    }
    let name_from = from + body.len() - name.len();
    Some((name_from, from + body.len(), from + body.len()))
}

/// The longest provider read before `cung cấp`, in bytes.
const PROVIDER_MAX: usize = 60;

/// `[do ]X cung cấp` from `from` to the end of its line, of a parenthesis
/// or `to` (a full stop may close it): the provider's start and end and
/// where `cung cấp` ends. The provider is one to six words of letters
/// (`&`, `-` and `@` inside), with no clause's punctuation.
fn provided_by(s: &str, from: usize, to: usize) -> Option<(usize, usize, usize)> {
    let seg = s.get(from..to)?;
    let stop = seg.find(['\n', '\r', ')', '(']).unwrap_or(seg.len());
    let line = seg.get(..stop)?;
    let body = line.trim_end_matches(|c: char| is_inline_space(c) || c == '.');
    if let Some(found) = provided_abbreviation(body, from) {
        return Some(found);
    }
    let tail_len = ["cung cấp", "cung ca\u{302}\u{301}p"]
        .iter()
        .find(|t| body.ends_with(*t))?
        .len();
    let head = body.get(..body.len() - tail_len)?;
    if !head.ends_with(is_inline_space) {
        return None;
    }
    let mut name = head.trim_end_matches(is_inline_space);
    let mut name_from = from;
    if let Some(len) = starts_with_word(name, "do ") {
        let after = name.get(len..)?;
        let trimmed = after.trim_start_matches(is_inline_space);
        name_from = from + len + (after.len() - trimmed.len());
        name = trimmed;
    }
    let words = name.split_whitespace().count();
    let letters_only = name.chars().all(|c| {
        c.is_alphabetic()
            || super::super::letters::is_combining(c)
            || matches!(c, ' ' | '&' | '-' | '@')
    });
    if name.is_empty() || name.len() > PROVIDER_MAX || !(1..=6).contains(&words) || !letters_only {
        return None;
    }
    let name_end = name_from + name.len();
    Some((name_from, name_end, from + body.len()))
}
