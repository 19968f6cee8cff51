//! The outlet registry: Vietnamese news publications, their web domains and
//! every lead-tag alias seen in real text.
//!
//! The table is data in one place ([`OUTLETS`]); one row per publication,
//! readable by a reviewer. Aliases come from the lead tags and byline
//! agencies observed in the research corpus (`DATELINES_REPORT.md`, tables
//! T1 and T2), including the misspellings that occur there (`Kienthu.net.vn`,
//! `TBVTSG`, `KTDDT`), so that a tag found in text maps to one canonical name.
//!
//! Matching ([`find_outlet`]) compares *keys*: letters, digits and `+` only,
//! lowercased, with tone and vowel marks removed but `đ` kept distinct from
//! `d` (`GĐVN`, Gia đình Việt Nam, is not `GDVN`, Giáo dục Việt Nam). So
//! `Tổ Quốc`, `Toquoc` and `TOQUOC` are one key, `VTC-News` is `VTC News`, and
//! a domain written as a tag (`Chinhphu.vn`, `SGTT.VN`) matches the domain.
//! A unit test checks that no two outlets share a key.

/// One publication: its canonical name, web domains and tag aliases.
///
/// ```
/// let tto = vietnorm::news::find_outlet("TTO").unwrap();
/// assert_eq!(tto.name, "Tuổi Trẻ");
/// assert!(tto.domains.contains(&"tuoitre.vn"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outlet {
    /// The canonical name (`Tuổi Trẻ`, `Người Lao Động`).
    pub name: &'static str,
    /// Web domains, without `www.` (`tuoitre.vn`).
    pub domains: &'static [&'static str],
    /// Every other label the outlet is written as in lead tags and bylines
    /// (`TTO`, `TT`), as seen in text.
    pub aliases: &'static [&'static str],
}

const fn o(
    name: &'static str,
    domains: &'static [&'static str],
    aliases: &'static [&'static str],
) -> Outlet {
    Outlet {
        name,
        domains,
        aliases,
    }
}

/// Every outlet the library knows, one row each: canonical name, domains,
/// aliases.
///
/// ```
/// assert!(vietnorm::news::OUTLETS.len() >= 80);
/// ```
#[rustfmt::skip]
pub static OUTLETS: &[Outlet] = &[
    // National dailies and their online editions.
    o("Tuổi Trẻ", &["tuoitre.vn"], &["TTO", "TT", "Tuoi Tre Online", "Tuổi Trẻ Online"]),
    o("Thanh Niên", &["thanhnien.vn", "thanhnien.com.vn"], &["TNO", "TN", "iHay", "Thanh Niên Online"]),
    o("Người Lao Động", &["nld.com.vn"], &["NLĐO", "NLĐ"]),
    o("Pháp Luật TP.HCM", &["plo.vn", "phapluattp.vn"], &["PLO", "PL", "Pháp Luật TP HCM"]),
    o("Hà Nội Mới", &["hanoimoi.vn", "hanoimoi.com.vn"], &["HNM", "HNMO", "HNMCT"]),
    o("Sài Gòn Giải Phóng", &["sggp.org.vn"], &["SGGP", "SGGPO"]),
    o("Nhân Dân", &["nhandan.vn", "nhandan.org.vn", "nhandan.com.vn"], &["NDĐT", "NDO", "ND"]),
    o("Báo Chính phủ", &["baochinhphu.vn", "chinhphu.vn", "baodientu.chinhphu.vn"], &["Chinhphu.vn", "Chính phủ", "VGP"]),
    o("VTC News", &["vtc.vn"], &["VTC", "VTCNews"]),
    o("VnExpress", &["vnexpress.net"], &["VNE", "VnE"]),
    o("Dân trí", &["dantri.com.vn"], &[]),
    o("VietNamNet", &["vietnamnet.vn", "2sao.vn"], &["VNN", "2Sao", "VEF.VN", "VEF"]),
    o("VOV", &["vov.vn"], &["Đài Tiếng nói Việt Nam", "VOV.VN"]),
    o("VTV", &["vtv.vn"], &["Đài Truyền hình Việt Nam", "VTV.vn"]),
    o("TTXVN", &["vnanet.vn"], &["Thông tấn xã Việt Nam", "VNA"]),
    o("VietnamPlus (TTXVN)", &["vietnamplus.vn"], &["VietnamPlus", "Vietnam+"]),
    o("Tin tức (TTXVN)", &["baotintuc.vn"], &["Tin tức", "Báo Tin tức"]),
    o("Tiền Phong", &["tienphong.vn"], &["TPO", "TP"]),
    o("Lao Động", &["laodong.vn", "laodong.com.vn"], &["LĐO", "LĐ"]),
    o("Zing News", &["zingnews.vn", "news.zing.vn"], &["Zing", "Znews"]),
    o("Công an Nhân dân", &["cand.com.vn"], &["CAND", "CANDO"]),
    o("Công an TP.HCM", &["congan.com.vn"], &["CATP", "CAO", "CA TP.HCM"]),
    o("Quân đội Nhân dân", &["qdnd.vn"], &["QĐND", "QĐND Online", "QĐNDO"]),
    o("Đại Đoàn Kết", &["daidoanket.vn"], &["ĐĐK"]),
    o("Báo điện tử ĐCSVN", &["dangcongsan.vn"], &["ĐCSVN", "Đảng Cộng sản Việt Nam"]),
    o("Thanh tra", &["thanhtra.com.vn"], &["Thanh tra"]),
    o("Tổ Quốc", &["toquoc.vn", "toquoc.gov.vn"], &["Toquoc"]),
    o("Tuổi trẻ Thủ đô", &["tuoitrethudo.com.vn", "tuoitrethudo.vn"], &["TTTĐ"]),
    o("Thể thao & Văn hóa", &["thethaovanhoa.vn"], &["TT&VH", "TTVH"]),
    o("Phụ nữ TP.HCM", &["phunuonline.com.vn"], &["PNO", "Phụ nữ Online"]),
    o("Phụ nữ Việt Nam", &["phunuvietnam.vn"], &["PNVN"]),
    o("Nông nghiệp Việt Nam", &["nongnghiep.vn"], &["NNVN", "Nông nghiệp", "VAN"]),
    o("Công Thương", &["congthuong.vn", "baocongthuong.com.vn"], &[]),
    o("Giao thông", &["baogiaothong.vn", "giaothongvantai.com.vn"], &["GTVT"]),
    o("Biên Phòng", &["bienphong.com.vn"], &[]),
    o("Đất Việt", &["baodatviet.vn"], &[]),
    o("Dân Việt", &["danviet.vn"], &[]),
    // Economy and finance.
    o("Đầu tư Chứng khoán", &["tinnhanhchungkhoan.vn"], &["ĐTCK"]),
    o("Báo Đầu tư", &["baodautu.vn"], &["Đầu tư"]),
    o("Thời báo Kinh tế Sài Gòn", &["thesaigontimes.vn"], &["TBKTSG", "TBKTSG Online", "KTSG", "KTSG Online", "TBVTSG", "TBKSTG Online", "TBKSTG"]),
    o("Sài Gòn Tiếp Thị", &["sgtt.vn"], &["SGTT", "SGTT.VN"]),
    o("Sài Gòn Đầu tư Tài chính", &["saigondautu.com.vn", "dttc.sggp.org.vn"], &["ĐTTCO", "ĐTTC", "SGI"]),
    o("Doanh nhân Sài Gòn", &["doanhnhansaigon.vn"], &["DNSG"]),
    o("VnEconomy", &["vneconomy.vn"], &["VNEconomy"]),
    o("CafeF", &["cafef.vn"], &[]),
    o("NDH", &["ndh.vn"], &["NDHMoney"]),
    o("Nhịp cầu Đầu tư", &["nhipcaudautu.vn"], &["NCĐT"]),
    o("Tài chính", &["tapchitaichinh.vn"], &["Tạp chí Tài chính"]),
    o("Thời báo Tài chính Việt Nam", &["thoibaotaichinhvietnam.vn"], &["TBTCO", "TBTC"]),
    o("Thị trường Tài chính Tiền tệ", &["thitruongtaichinhtiente.vn"], &["TTTCTT"]),
    o("VietnamFinance", &["vietnamfinance.vn"], &["VNF"]),
    o("Diễn đàn Doanh nghiệp", &["dddn.com.vn", "diendandoanhnghiep.vn"], &["DĐDN"]),
    o("Doanh nghiệp Việt Nam", &["doanhnghiepvn.vn"], &["DNVN"]),
    o("Báo Đấu thầu", &["baodauthau.vn"], &["BĐT"]),
    o("Hải Quan", &["haiquanonline.com.vn", "baohaiquan.vn"], &["HQ Online", "HQ"]),
    o("PetroTimes", &["petrotimes.vn"], &[]),
    o("Năng lượng sạch Việt Nam", &["nangluongsachvietnam.vn"], &["NLSVN"]),
    o("Thương hiệu & Pháp luật", &["thuonghieuvaphapluat.vn"], &["THPL"]),
    o("Thương trường doanh nghiệp", &["ttdn.vn"], &["TTĐN"]),
    o("Chuyển động thị trường", &["chuyendongthitruong.vn"], &[]),
    // Law, security and society.
    o("An ninh Thủ đô", &["anninhthudo.vn"], &["ANTĐ", "ANTD", "ANTD.VN"]),
    o("An ninh Thế giới", &["antg.cand.com.vn"], &["ANTG"]),
    o("Pháp luật Việt Nam", &["baophapluat.vn"], &["PLVN", "Pháp Luật VN"]),
    o("Pháp luật & Xã hội", &["phapluatxahoi.vn"], &["PL&XH"]),
    o("Pháp luật Plus", &["phapluatplus.vn"], &["PLPlus"]),
    o("Đời sống & Pháp luật", &["doisongphapluat.com", "doisongphapluat.com.vn"], &["ĐS&PL"]),
    o("Bảo vệ Pháp luật", &["baovephapluat.vn"], &["BVPL"]),
    o("Công Lý", &["congly.vn"], &[]),
    o("Kiểm sát", &["kiemsat.vn"], &["Kiemsat.vn"]),
    o("Phụ nữ & Pháp luật", &["phunuphapluat.vn"], &[]),
    o("Lao động & Xã hội", &["laodongxahoi.net"], &["LĐXH"]),
    o("Công Luận", &["congluan.vn"], &["CL", "CLO"]),
    o("Sở hữu trí tuệ", &["sohuutritue.net.vn"], &["SHTT"]),
    // Education, health, family, lifestyle.
    o("Giáo dục & Thời đại", &["giaoducthoidai.vn"], &["GD&TĐ", "GD&T Đ", "GDTĐ"]),
    o("Giáo dục Việt Nam", &["giaoduc.net.vn"], &["GDVN", "Giáo Dục VN"]),
    o("Sức khỏe & Đời sống", &["suckhoedoisong.vn"], &["SKĐS", "SK&ĐS"]),
    o("Gia đình & Xã hội", &["giadinh.net.vn"], &["GiadinhNet", "GĐ&XH"]),
    o("Gia đình Việt Nam", &["giadinhvietnam.com"], &["GĐVN", "GĐVNA", "Gia Đình VN"]),
    o("Kiến Thức", &["kienthuc.net.vn"], &["Kienthuc.net.vn", "Kienthu.net.vn"]),
    o("Ngôi Sao", &["ngoisao.net"], &[]),
    o("Ngôi sao Việt Nam", &["ngoisao.vn"], &["Ngoisao.vn", "Ngôi Sao VN"]),
    o("Phụ nữ Today", &["phunutoday.vn"], &["Phunutoday"]),
    o("Phụ nữ Đương thời", &["phunuduongthoi.vn"], &[]),
    o("Thế giới Điện ảnh", &["thegioidienanh.vn"], &["TGĐA", "TGĐA Online"]),
    o("Thể thao Việt Nam", &["thethaovietnam.vn"], &["Thể Thao VN", "TTVN"]),
    o("Bóng đá 24h", &["bongda24h.vn"], &["Bongda24h", "Bóng Đá 24H"]),
    o("Bóng đá Plus", &["bongdaplus.vn"], &["Bongdaplus"]),
    o("Kenh14", &["kenh14.vn"], &["Kênh 14"]),
    o("Soha", &["soha.vn"], &[]),
    o("24h", &["24h.com.vn"], &[]),
    o("aFamily", &["afamily.vn"], &[]),
    o("Eva", &["eva.vn"], &[]),
    o("Khám Phá", &["khampha.vn"], &[]),
    o("Một Thế Giới", &["motthegioi.vn"], &[]),
    o("Sống Mới", &["songmoi.vn"], &[]),
    o("Người Đưa Tin", &["nguoiduatin.vn"], &["NĐT"]),
    o("Xã hội Thông tin", &["xahoithongtin.com.vn"], &["XHTT"]),
    o("Tuần Việt Nam", &["tuanvietnam.vietnamnet.vn"], &["TuanVietNam"]),
    o("Thế giới & Việt Nam", &["baoquocte.vn"], &["TG&VN"]),
    o("Giác Ngộ", &["giacngo.vn"], &["GNO"]),
    o("Xây dựng", &["baoxaydung.com.vn"], &["Báo Xây dựng"]),
    o("Webphunu", &["webphunu.net"], &["Webphunu.net"]),
    o("Blogtamsu", &["blogtamsu.vn"], &[]),
    o("Sao Việt", &["saoviet.vn"], &[]),
    // Technology.
    o("Infonet", &["infonet.vn", "infonet.vietnamnet.vn"], &["Infogame"]),
    o("ICTnews", &["ictnews.vn", "ictnews.vietnamnet.vn"], &[]),
    o("ICTPress", &["ictpress.vn"], &[]),
    o("Tinh Tế", &["tinhte.vn"], &[]),
    o("GenK", &["genk.vn"], &[]),
    o("VnMedia", &["vnmedia.vn"], &[]),
    o("VnReview", &["vnreview.vn"], &["Vnreview"]),
    o("Techz", &["techz.vn"], &["Techz.vn"]),
    o("PC World Việt Nam", &["pcworld.com.vn"], &["PC World"]),
    o("AutoDaily", &["autodaily.vn"], &[]),
    o("Trí Thức Trẻ", &["ttvn.vn", "trithuctre.vn"], &[]),
    // Broadcasters and local papers.
    o("VOH", &["voh.com.vn"], &["Đài Tiếng nói Nhân dân TP.HCM"]),
    o("Hà Nội TV", &["hanoitv.vn"], &["HanoiTV"]),
    o("Truyền hình Thanh Hóa", &["truyenhinhthanhhoa.vn"], &["TTV"]),
    o("Kinh tế & Đô thị", &["kinhtedothi.vn", "ktdt.vn"], &["KTĐT", "KTDDT", "Kinhtedothi"]),
    o("Báo Nghệ An", &["baonghean.vn"], &["Baonghean.vn", "Baonghean"]),
    o("Báo Quảng Nam", &["baoquangnam.vn"], &["QNO"]),
    o("Báo Lào Cai", &["baolaocai.vn"], &["LCĐT"]),
    o("Báo Gia Lai", &["baogialai.com.vn"], &["GLO"]),
    o("Báo Quảng Bình", &["baoquangbinh.vn"], &["QBĐT"]),
    o("Báo Cà Mau", &["baocamau.com.vn"], &["CMO"]),
    o("Báo An Giang", &["baoangiang.com.vn"], &[]),
    o("Quân khu 7", &["baoquankhu7.vn"], &["QK7 Online", "QK7"]),
    o("Thành ủy TP.HCM", &["thanhuytphcm.vn", "hcmcpv.org.vn"], &["Thanhuytphcm.vn"]),
    o("Công an Đà Nẵng", &["cadn.com.vn"], &["CADN"]),
    o("Tia Sáng", &["tiasang.com.vn"], &[]),
    o("VietTimes", &["viettimes.vn"], &[]),
];

/// Finds the outlet a label names: a tag (`TTO`, `(SGGPO)`'s `SGGPO`), a
/// canonical name or a domain, compared case-insensitively and without
/// accents or punctuation (see the module notes). A trailing ` Online` is
/// tolerated (`Tiền Phong Online`).
///
/// ```
/// use vietnorm::news::find_outlet;
/// assert_eq!(find_outlet("NLĐO").unwrap().name, "Người Lao Động");
/// assert_eq!(find_outlet("Toquoc").unwrap().name, "Tổ Quốc");
/// assert_eq!(find_outlet("www.vnexpress.net").unwrap().name, "VnExpress");
/// assert!(find_outlet("XSMB").is_none());
/// ```
pub fn find_outlet(label: &str) -> Option<&'static Outlet> {
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

    fn as_str(&self) -> &str {
        self.bytes
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or_default()
    }

    /// Removes a trailing `suffix` (already a key); `None` when it is not
    /// there or nothing would be left.
    fn strip_suffix(&mut self, suffix: &str) -> Option<()> {
        let keep = self.as_str().strip_suffix(suffix)?.len();
        (keep > 0).then(|| self.len = keep)
    }

    fn find(&self) -> Option<&'static Outlet> {
        let index = key_index();
        let key = self.as_str();
        let i = index.binary_search_by(|(k, _)| k.as_ref().cmp(key)).ok()?;
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
            .flat_map(|o| o.labels().map(move |l| (key_chars(l).collect::<String>().into(), o)))
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
        } = *self;
        std::iter::once(name)
            .chain(domains.iter().copied())
            .chain(aliases.iter().copied())
    }
}

/// True when `a` and `b` have the same matching key.
pub(crate) fn same_key(a: &str, b: &str) -> bool {
    key_chars(a).eq(key_chars(b))
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

    #[test]
    fn at_least_eighty_outlets() {
        assert!(OUTLETS.len() >= 80, "{}", OUTLETS.len());
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
                    find_outlet(label).map(|o| o.name),
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
    }
}
