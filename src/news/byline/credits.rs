//! Credit parts of a byline: `Ảnh: X`, `Tin, ảnh: X`, `Video: X`. The
//! names credited with the text (`Tin, ảnh: X`, `Bài: X`) are authors too.

use super::super::scan::{is_any_space, is_inline_space, skip_back_while, skip_while};
use super::matching::{credit_marker, starts_with_word};
use super::reader::Reader;
use super::{Credit, CreditRole};

impl<'a> Reader<'a> {
    pub(super) fn push_credit(&mut self, role: CreditRole, names: Vec<&'a str>) {
        self.out.credits.push(Credit { role, names });
    }

    /// `Ảnh: X`, `Tin, ảnh: X`, `Bài và ảnh: X`, `Video: X`.
    pub(super) fn credit(&mut self) -> bool {
        let Some((roles, len)) = credit_marker(self.rest()) else {
            return false;
        };
        // A shoot's other roles (`Stylist:`, `Fashion:`) follow its photo
        // credit; before one, they sign nothing of the article.
        if roles.is_empty() && !self.out.credits.iter().any(|c| c.role == CreditRole::Photo) {
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
        match self.credit_names(roles, from, self.end) {
            Some(q) => {
                self.p = q;
                self.marker = true;
                true
            }
            None => false,
        }
    }

    /// `Nguồn video: YouTube/5 Minute Crafts.`, `Nguồn ảnh:⏎ Phonearena.`:
    /// a credit's source, read as `Nguồn: X` reads one (the rest of the
    /// line, on the next line when the colon ends its own, kept whole and
    /// capitalised), one name per role.
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
        let line = self.s.get(from..self.end).unwrap_or_default();
        let line_end = from + line.find(['\n', '\r', '(']).unwrap_or(line.len());
        let src_end = skip_back_while(self.s, line_end, |c| {
            is_inline_space(c) || c == '.' || c == ','
        });
        let Some(src) = self.s.get(from..src_end) else {
            return false;
        };
        if src.is_empty() || !self.source_ok(src) {
            return false;
        }
        for &role in roles {
            self.push_credit(role, vec![src]);
        }
        self.p = src_end;
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
