//! Phrases that, alone on a short line, are portal furniture rather than article text.
//!
//! Entries are folded (no diacritics, lowercase) and matched against folded lines of a few
//! words only, so prose that mentions "chia sẻ" is never touched. They come from the portal
//! conventions listed in `VIETNAMESE.md` (share/print links, comment and related-news
//! headers, navigation) and their English equivalents found on bilingual portals.

/// Interface actions and widget labels (share, print, comment, navigation).
pub const UI_LABELS: &[&str] = &[
    "chia se",
    "chia se bai viet",
    "in bai viet",
    "in bai",
    "in trang",
    "gui email",
    "gui bai viet",
    "gui cho ban be",
    "luu bai viet",
    "luu tin",
    "binh luan",
    "y kien ban doc",
    "gui binh luan",
    "gui y kien",
    "viet binh luan",
    "tro ve",
    "quay lai",
    "ve dau trang",
    "len dau trang",
    "dau trang",
    "xem them",
    "xem nguon",
    "xem bai goc",
    "doc tiep",
    "doc them",
    "xem tiep",
    "xem chi tiet",
    "chi tiet",
    "read more",
    "trang chu",
    "share",
    "print",
    "email",
    "facebook",
    "twitter",
    "zalo",
    "tweet",
    "like",
    "comment",
    "comments",
    "back",
    "top",
    "dang nhap",
    "dang ky",
    "tim kiem",
    "phan hoi",
    "tai ve",
    "download",
    // An article read aloud: the player's labels ("Nghe bài viết", "Tốc độ đọc: 1x").
    "nghe bai viet",
    "nghe doc bai",
    "nghe doc bai viet",
    "doc bai viet",
    "toc do doc",
    "toc do",
    "giong doc",
    "xem anh",
    "xem video",
    "tags",
    "tu khoa",
    "lien he",
    "so do trang",
    "rss",
    "copy link",
    "sao chep lien ket",
    "co the ban quan tam",
    "ban dang xem",
    "dang tai",
    "dang tai du lieu",
    "loading",
];

/// Headers after which a portal lists other articles or comments, not this article.
pub const SECTION_ENDS: &[&str] = &[
    "tin lien quan",
    "tin cung chuyen muc",
    "tin khac",
    "cac tin khac",
    "bai viet lien quan",
    "doc nhieu nhat",
    "tin doc nhieu",
    "xem nhieu nhat",
    "tin moi nhat",
    "tin moi",
    "tin cu hon",
    "tin da dua",
    "cac bai viet khac",
    "bai viet khac",
    "binh luan",
    "y kien ban doc",
    "related news",
    "related articles",
    "most read",
    "comments",
    "tin noi bat",
    "tin tuc khac",
    "cung chuyen muc",
    "tin cung chu de",
    "bai viet cung chu de",
    "bai cung chu de",
    "cung chu de",
];

/// Image placeholders and other alt-text words scrapers leave behind as lines.
pub const PLACEHOLDER_WORDS: &[&str] = &[
    "image",
    "img",
    "banner",
    "advertisement",
    "advertising",
    "ads",
    "ad",
    "anh",
    "tin",
    "bai",
    "photo",
    "picture",
    "logo",
    "icon",
    "quang",
    "cao",
    "minh",
    "hoa",
    "thumbnail",
    "video",
    "clip",
];

/// Placeholder words as alt text spells them with their marks ("Ảnh minh hoạ", "Quảng
/// cáo"), lowercase: a line holding one is alt text even when capitalized like a name.
pub const PLACEHOLDER_SPELLINGS: &[&str] = &["ảnh", "quảng", "cáo", "họa", "hoạ", "bài"];

/// Copyright and legal footer openings.
pub const FOOTER_OPENINGS: &[&str] = &[
    "ban quyen",
    "copyright",
    "(c)",
    "©",
    "giay phep",
    "co quan chu quan",
    "chiu trach nhiem",
    "toa soan",
    "dia chi:",
    "dien thoai:",
    "ghi ro nguon",
];

/// Labels of a portal's contact and licence block (folded); a line holding two of them is
/// that block ("Trang thông tin điện tử tỉnh X. Địa chỉ: ... Điện thoại: ...").
pub const CONTACT_LABELS: &[&str] = &[
    "dia chi:",
    "dien thoai:",
    "dt:",
    "email:",
    "e-mail:",
    "fax:",
    "hotline:",
    "giay phep",
    "tong bien tap:",
    "chiu trach nhiem",
];

/// Calls to follow or install the portal (folded openings) ...
pub const FOLLOW_CALLS: &[&str] = &[
    "theo doi",
    "follow",
    "dang ky kenh",
    "tai ung dung",
    "tai app",
    "like",
    "tham gia",
    "ket noi voi",
];

/// ... on a platform (folded): "Theo dõi Báo X trên Google News", "Tải ứng dụng X trên App
/// Store".
pub const PLATFORMS: &[&str] = &[
    "google news",
    "facebook",
    "fanpage",
    "zalo",
    "youtube",
    "tiktok",
    "twitter",
    "telegram",
    "app store",
    "google play",
];
