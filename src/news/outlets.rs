//! The outlet registry: Vietnamese news publications, their web domains and
//! every lead-tag alias seen in real text.
//!
//! The registry is data: `src/news/outlets.tsv`, one row per publication or
//! sub-brand (canonical name, parent, kind, domains, aliases, source),
//! compiled into [`OUTLETS`] by a generated file (`outlets_table.rs`) that a
//! test regenerates and compares (`tests/news_registry.rs`). It holds the
//! national and provincial papers, the provincial radio-TV stations, the
//! VTV and VOV channels, TTXVN and its publications, foreign agencies,
//! ministry and state portals and magazines. Aliases of the corpus rows
//! come from the lead tags and byline agencies observed in the research
//! corpus (`DATELINES_REPORT.md`, tables T1 and T2), including the
//! misspellings that occur there (`Kienthu.net.vn`, `TBVTSG`, `KTDDT`), so
//! that a tag found in text maps to one canonical name.
//!
//! Matching ([`find_outlet`]) compares *keys*: letters, digits and `+` only,
//! lowercased, with tone and vowel marks removed but `đ` kept distinct from
//! `d` (`GĐVN`, Gia đình Việt Nam, is not `GDVN`, Giáo dục Việt Nam). So
//! `Tổ Quốc`, `Toquoc` and `TOQUOC` are one key, `VTC-News` is `VTC News`, and
//! a domain written as a tag (`Chinhphu.vn`, `SGTT.VN`) matches the domain.
//! A unit test checks that no two outlets share a key.

/// One publication or sub-brand: its canonical name, parent, kind, web
/// domains and tag aliases.
///
/// ```
/// let tto = vietnorm::news::find_outlet("TTO").unwrap();
/// assert_eq!(tto.name, "Tuổi Trẻ");
/// assert!(tto.domains.contains(&"tuoitre.vn"));
/// assert_eq!(tto.kind, vietnorm::news::OutletKind::Newspaper);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outlet {
    /// The canonical name (`Tuổi Trẻ`, `Người Lao Động`).
    pub name: &'static str,
    /// For a sub-brand (a channel, section or edition), the canonical name
    /// of its publication (`VTV1` → `VTV`, `iHay` → `Thanh Niên`).
    pub parent: Option<&'static str>,
    /// What kind of outlet it is.
    pub kind: OutletKind,
    /// Web domains, without `www.` (`tuoitre.vn`).
    pub domains: &'static [&'static str],
    /// Every other label the outlet is written as in lead tags and bylines
    /// (`TTO`, `TT`), as seen in text.
    pub aliases: &'static [&'static str],
}

/// The kind of an outlet.
///
/// ```
/// use vietnorm::news::{find_brand, OutletKind};
/// assert_eq!(find_brand("VOV1").unwrap().kind, OutletKind::Radio);
/// assert_eq!(OutletKind::Tv.as_str(), "tv");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutletKind {
    /// A newspaper, printed or online (`báo`, `báo điện tử`).
    Newspaper,
    /// A news agency (`TTXVN`, `AFP`).
    Agency,
    /// A portal or news site that is not a newspaper (ministry portals,
    /// aggregators, entertainment sites).
    Portal,
    /// A television station or channel.
    Tv,
    /// A radio station or channel.
    Radio,
    /// A magazine (`tạp chí`).
    Magazine,
}

impl OutletKind {
    /// The kind's name in the registry file (`newspaper`, `tv`).
    ///
    /// ```
    /// assert_eq!(vietnorm::news::OutletKind::Magazine.as_str(), "magazine");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            OutletKind::Newspaper => "newspaper",
            OutletKind::Agency => "agency",
            OutletKind::Portal => "portal",
            OutletKind::Tv => "tv",
            OutletKind::Radio => "radio",
            OutletKind::Magazine => "magazine",
        }
    }
}

const fn o(
    name: &'static str,
    parent: Option<&'static str>,
    kind: OutletKind,
    domains: &'static [&'static str],
    aliases: &'static [&'static str],
) -> Outlet {
    Outlet {
        name,
        parent,
        kind,
        domains,
        aliases,
    }
}

// `OUTLETS`, generated from `outlets.tsv` (see tests/news_registry.rs).
include!("outlets_table.rs");

/// Finds the publication a label names: a tag (`TTO`, `(SGGPO)`'s
/// `SGGPO`), a canonical name or a domain, compared case-insensitively and
/// without accents or punctuation (see the module notes). A trailing
/// ` Online` is tolerated (`Tiền Phong Online`). A sub-brand gives its
/// publication (`VTV1` → `VTV`); [`find_brand`] gives the sub-brand itself.
///
/// ```
/// use vietnorm::news::find_outlet;
/// assert_eq!(find_outlet("NLĐO").unwrap().name, "Người Lao Động");
/// assert_eq!(find_outlet("Toquoc").unwrap().name, "Tổ Quốc");
/// assert_eq!(find_outlet("www.vnexpress.net").unwrap().name, "VnExpress");
/// assert_eq!(find_outlet("VTV3").unwrap().name, "VTV");
/// assert!(find_outlet("XSMB").is_none());
/// ```
pub fn find_outlet(label: &str) -> Option<&'static Outlet> {
    find_brand(label).map(Outlet::publication)
}

/// Finds the registry row a label names, a sub-brand staying itself
/// (`VTV3` → `VTV3`, whose `parent` is `VTV`). Matching as in
/// [`find_outlet`].
///
/// ```
/// use vietnorm::news::find_brand;
/// let b = find_brand("(2Sao)".trim_matches(['(', ')'])).unwrap();
/// assert_eq!((b.name, b.parent), ("2Sao", Some("VietNamNet")));
/// ```
pub fn find_brand(label: &str) -> Option<&'static Outlet> {
    let label = label.trim();
    let label = label.strip_prefix("www.").unwrap_or(label);
    let mut key = Key::new(label)?;
    if let Some(outlet) = key.find() {
        return Some(outlet);
    }
    key.strip_suffix("online")?;
    key.find()
}

/// A label's key, folded once into a UTF-8 buffer (labels are short; a
/// longer one is no outlet).
struct Key {
    bytes: [u8; 128],
    len: usize,
}

impl Key {
    fn new(label: &str) -> Option<Key> {
        let mut bytes = [0u8; 128];
        let mut len = 0;
        for c in key_chars(label) {
            let slot = bytes.get_mut(len..len + c.len_utf8())?;
            c.encode_utf8(slot);
            len += c.len_utf8();
        }
        (len > 0).then_some(Key { bytes, len })
    }

    /// The key's UTF-8 bytes (compared as bytes, which orders as the
    /// strings do: no validation on the lookup path).
    fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }

    /// Removes a trailing `suffix` (already a key); `None` when it is not
    /// there or nothing would be left.
    fn strip_suffix(&mut self, suffix: &str) -> Option<()> {
        let keep = self.as_bytes().strip_suffix(suffix.as_bytes())?.len();
        (keep > 0).then(|| self.len = keep)
    }

    fn find(&self) -> Option<&'static Outlet> {
        let index = key_index();
        let key = self.as_bytes();
        let i = index
            .binary_search_by(|(k, _)| k.as_bytes().cmp(key))
            .ok()?;
        index.get(i).map(|&(_, o)| o)
    }
}

/// Every label's key and its outlet, sorted by key: derived once from
/// [`OUTLETS`] so that a lookup is a binary search, not a scan of every
/// label (lookups run for every article parsed).
fn key_index() -> &'static [(Box<str>, &'static Outlet)] {
    static INDEX: std::sync::OnceLock<Vec<(Box<str>, &'static Outlet)>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<(Box<str>, &'static Outlet)> = OUTLETS
            .iter()
            .flat_map(|o| {
                o.labels()
                    .map(move |l| (key_chars(l).collect::<String>().into(), o))
            })
            .collect();
        index.sort_by(|a, b| a.0.cmp(&b.0));
        index.dedup_by(|a, b| a.0 == b.0);
        index
    })
}

impl Outlet {
    /// The name, domains and aliases: every label that finds this outlet.
    ///
    /// ```
    /// let sggp = vietnorm::news::find_outlet("SGGP").unwrap();
    /// assert!(sggp.labels().any(|l| l == "SGGPO"));
    /// ```
    pub fn labels(&self) -> impl Iterator<Item = &'static str> + use<> {
        let Outlet {
            name,
            domains,
            aliases,
            ..
        } = *self;
        std::iter::once(name)
            .chain(domains.iter().copied())
            .chain(aliases.iter().copied())
    }

    /// The publication this outlet belongs to: its parent for a sub-brand,
    /// itself otherwise.
    ///
    /// ```
    /// let vtv1 = vietnorm::news::find_brand("VTV1").unwrap();
    /// assert_eq!(vtv1.publication().name, "VTV");
    /// ```
    pub fn publication(&'static self) -> &'static Outlet {
        self.parent
            .and_then(|p| Key::new(p)?.find())
            .filter(|p| p.parent.is_none())
            .unwrap_or(self)
    }
}

/// The matching key of a label, as characters: letters, digits and `+`
/// (so that `Vietnam+` is not `Việt Nam`), lowercased, marks removed except
/// that `đ` stays `đ`.
pub(crate) fn key_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|&c| c.is_alphanumeric() || c == '+')
        .map(super::letters::fold_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_key(a: &str, b: &str) -> bool {
        key_chars(a).eq(key_chars(b))
    }

    #[test]
    fn at_least_three_hundred_outlets() {
        assert!(OUTLETS.len() >= 300, "{}", OUTLETS.len());
    }

    #[test]
    fn the_table_has_one_row_per_registry_line() {
        let rows = include_str!("outlets.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(OUTLETS.len() + 1, rows, "regenerate outlets_table.rs");
    }

    #[test]
    fn parents_are_publications() {
        for outlet in OUTLETS {
            if let Some(parent) = outlet.parent {
                let p = find_brand(parent).map(|p| (p.name, p.parent));
                assert_eq!(p, Some((parent, None)), "{}", outlet.name);
            }
        }
    }

    #[test]
    fn no_two_outlets_share_a_key() {
        for (i, a) in OUTLETS.iter().enumerate() {
            for b in OUTLETS.iter().skip(i + 1) {
                for la in a.labels() {
                    for lb in b.labels() {
                        assert!(
                            !same_key(la, lb),
                            "{:?} of {} and {:?} of {} collide",
                            la,
                            a.name,
                            lb,
                            b.name
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_label_finds_its_own_outlet() {
        for outlet in OUTLETS {
            for label in outlet.labels() {
                assert_eq!(
                    find_brand(label).map(|o| o.name),
                    Some(outlet.name),
                    "{label}"
                );
            }
        }
    }

    #[test]
    fn spelling_variants() {
        let name = |l| find_outlet(l).map(|o| o.name);
        assert_eq!(name("tto"), Some("Tuổi Trẻ"));
        assert_eq!(name("VTC-News"), Some("VTC News"));
        assert_eq!(name("Petrotimes"), Some("PetroTimes"));
        assert_eq!(name("Thanhtra"), Some("Thanh tra"));
        assert_eq!(name("Tổ Quốc"), Some("Tổ Quốc"));
        assert_eq!(name("GD&T Đ"), Some("Giáo dục & Thời đại"));
        assert_eq!(name("GĐVN"), Some("Gia đình Việt Nam"));
        assert_eq!(name("GDVN"), Some("Giáo dục Việt Nam"));
        assert_eq!(name("Tiền Phong Online"), Some("Tiền Phong"));
        assert_eq!(name("Qk7 Online"), Some("Quân khu 7"));
        assert_eq!(name(""), None);
        assert_eq!(name("Online"), None);
        assert_eq!(name("Việt Nam"), None);
        assert_eq!(name("Vietnam+"), Some("VietnamPlus (TTXVN)"));
        assert_eq!(name("iHay"), Some("Thanh Niên"));
        assert_eq!(name("VOV Giao thông"), Some("VOV"));
        assert_eq!(name("CSVNO"), Some("Tạp chí Cao su Việt Nam"));
        assert_eq!(name("Danvan.vn"), Some("Ban Dân vận Trung ương"));
        // Letters the corpus never spells out are no outlet (news56).
        assert_eq!(name("DLVN"), None);
        assert_eq!(name("TCKD"), None);
    }
}
