//! The words that mark the parts of a byline, as data: credit markers and
//! their roles, attribution words, reporter teams and news agencies.
//!
//! Forms come from `DATELINES_REPORT.md` §3 (marker counts in the corpus).

use super::byline::CreditRole;

/// Credit markers, longest first so that `Tin, ảnh` wins over `Tin`.
/// Each is followed by a colon in text (`Ảnh: Hà Châu`); the two-role
/// markers are also seen without one (`Bài, ảnh NGỌC BÍCH`). A marker
/// with no role names people the contract has no role for.
#[rustfmt::skip]
pub(crate) const CREDIT_MARKERS: &[(&str, &[CreditRole])] = &[
    ("Bài và ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Tin và ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Ảnh và clip", &[CreditRole::Photo, CreditRole::Video]),
    ("Ảnh và video", &[CreditRole::Photo, CreditRole::Video]),
    ("Bài, ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Tin, ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Bài - ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Tin - ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Bài-ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Tin-ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Bài- ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Tin- ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Bài – ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Tin – ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Bài & ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Tin & ảnh", &[CreditRole::Text, CreditRole::Photo]),
    // With no separator between the roles (`Tin ảnh: Đình Tuyển`, `Bài
    // ảnh:⏎NAME`), and a photo story's `Ảnh và bình: H.T` (photos and
    // their commentary): only before a colon.
    ("Tin ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Bài ảnh", &[CreditRole::Text, CreditRole::Photo]),
    ("Ảnh và bình", &[CreditRole::Photo, CreditRole::Text]),
    // `Ảnh sử dụng trong bài: X` ("photos used in the article"), the
    // article's own photo credit (Báo Mới 2017).
    ("Nguồn ảnh sử dụng trong bài", &[CreditRole::Photo]),
    ("Ảnh sử dụng trong bài", &[CreditRole::Photo]),
    ("Nguồn ảnh", &[CreditRole::Photo]),
    ("Nguồn video", &[CreditRole::Video]),
    ("Thực hiện", &[CreditRole::Text]),
    ("Nội dung", &[CreditRole::Text]),
    ("Bài", &[CreditRole::Text]),
    ("Tin", &[CreditRole::Text]),
    ("Ảnh", &[CreditRole::Photo]),
    // A fashion shoot's photographer (`Photographer: Phong Art`,
    // `Photographer - Stylist: Đông Phong`): Ngôi Sao's and iHay's shoot
    // credits (news46).
    ("Photographer - Stylist", &[CreditRole::Photo]),
    ("Photographer", &[CreditRole::Photo]),
    ("Photo", &[CreditRole::Photo]),
    ("Video", &[CreditRole::Video]),
    ("Clip", &[CreditRole::Video]),
    // `BTV: Thùy Ngân - Thế Quỳnh` (biên tập viên, the editor): the whole
    // text of a VnExpress video item, its editor's credit.
    ("BTV", &[CreditRole::Editor]),
    ("Đồ họa", &[CreditRole::Graphics]),
    ("Đồ hoạ", &[CreditRole::Graphics]),
    ("Infographic", &[CreditRole::Graphics]),
    ("Tổng hợp", &[CreditRole::Compiled]),
    // A fashion shoot's other roles, after its photo credit (`Photo: X
    // Stylist: Y Fashion: Z`): read so that they end the names before
    // them and stay in the byline, with no role (the contract has none).
    ("Stylist", &[]),
    ("Make up", &[]),
    ("Makeup", &[]),
    ("Fashion", &[]),
    ("Trang phục", &[]),
    ("Trang điểm", &[]),
    // The rest of a shoot's crew and its model, after the photographer
    // (`Photographer: X Make-up: Y Accessory: Z`, `Nhiếp ảnh: X Ánh sáng:
    // Y Làm tóc: Z Người mẫu: W`; news46).
    ("Makeup & Hair", &[]),
    ("Make-up", &[]),
    ("Hair", &[]),
    ("Làm tóc", &[]),
    ("Manicurist", &[]),
    ("Lighting", &[]),
    ("Ánh sáng", &[]),
    ("Costumes", &[]),
    ("Clothing", &[]),
    ("Accessories", &[]),
    ("Accessory", &[]),
    ("Model", &[]),
    ("Người mẫu", &[]),
    // An interview's portrait painting after its text credit (`thực hiện:
    // Kim Yếnchân dung hội họa: Hoàng Tường`, Sài Gòn Tiếp Thị): an
    // illustrator, a role the contract lacks (byline31).
    ("Chân dung hội họa", &[]),
];

/// Words in parentheses (or alone) that say how the text was made rather
/// than who made it: `(Tổng hợp)`, `(T/h)`, `(ST)` (sưu tầm, collected) are
/// compilations; `(thực hiện)` credits the names before it with the text;
/// `(Dịch)`, `(biên dịch)` and `(lược dịch)` are translations (the
/// `translated` role, since the eleventh session); `(lược thuật)`, a
/// retelling, and `(ghi)`, "recorded" after an interview's names, are
/// recognised so that they do not break a byline, with no role.
#[rustfmt::skip]
pub(crate) const MAKING_NOTES: &[(&str, Option<CreditRole>)] = &[
    ("Tổng hợp", Some(CreditRole::Compiled)),
    ("T/h", Some(CreditRole::Compiled)),
    ("TH", Some(CreditRole::Compiled)),
    ("ST", Some(CreditRole::Compiled)),
    ("Sưu tầm", Some(CreditRole::Compiled)),
    ("T/hợp", Some(CreditRole::Compiled)),
    ("Viết và tổng hợp", Some(CreditRole::Compiled)),
    ("Lược thuật", None),
    ("Lược ghi", None),
    ("Báo nước ngoài", None),
    ("Thực hiện", Some(CreditRole::Text)),
    ("Dịch", Some(CreditRole::Translated)),
    ("Biên dịch", Some(CreditRole::Translated)),
    ("Lược dịch", Some(CreditRole::Translated)),
    ("Ghi", None),
];

/// Reporter teams and desk names written in place of a name.
#[rustfmt::skip]
pub(crate) const TEAMS: &[&str] = &[
    "Nhóm phóng viên", "Nhóm PV", "Ban Biên tập", "Ban Thời sự", "Ban Bạn đọc", "Nhóm tác giả",
    // The pen signature of a paper's commentary (`…./.Người bình luận`).
    "Người bình luận",
    "P.V.", "P.V", "PV.", "PV", "CTV", "BTV",
];

/// News agencies that sign articles (`Name (TTXVN)`, `TTXVN/Tin tức`), in
/// addition to every outlet of the registry.
#[rustfmt::skip]
pub(crate) const AGENCIES: &[&str] = &[
    "TTXVN", "Vietnam+", "VNA", "AFP", "Reuters", "AP", "Xinhua", "Tân Hoa xã", "Kyodo", "Yonhap",
    "Sputnik", "TASS", "RIA Novosti", "Bernama", "ANTARA", "BBC", "CNN",
];

/// Titles that may precede a signed name (`BS. TIỂU LAN`, `CTV Kiến An`,
/// an advice column's `Lương y Minh Phúc`).
pub(crate) const NAME_TITLES: &[&str] = &[
    "PGS.TS.",
    "PGS.",
    "GS.",
    "TS.",
    "ThS.",
    "BS.",
    "KTS.",
    "LS.",
    "CTV",
    "PV",
    "BS",
    "PGS",
    "Lương y",
    // A health column's signer (`…trong thức ăn.Chuyên gia tư vấn Mạc
    // Vi`, byline24).
    "Chuyên gia tư vấn",
    "Thạc sĩ",
    "Tiến sĩ",
    "Bác sĩ",
    "Luật gia",
    "Luật sư",
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
];
