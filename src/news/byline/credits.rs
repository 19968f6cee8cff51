//! Credit parts of a byline: `Ảnh: X`, `Tin, ảnh: X`, `Video: X`. The
//! names credited with the text (`Tin, ảnh: X`, `Bài: X`) are authors too.

use super::super::scan::{is_any_space, is_inline_space, skip_while};
use super::matching::credit_marker;
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
