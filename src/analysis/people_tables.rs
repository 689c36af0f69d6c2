//! Data for recognizing officials: surnames, titles, forms of address, speech verbs.
//!
//! Sources: the surname and title conventions in `VIETNAMESE.md` (the most common Vietnamese
//! family names cover the great majority of the population) and the titles used in
//! government portals. Titles are listed longest first so "Phó Thủ tướng" wins over
//! "Thủ tướng".

/// Vietnamese family names. "Ông" and "Văn" are left out: as words they are far more often
/// a form of address and a middle name (or "Văn phòng") than a family name.
pub const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Tống", "Châu", "Lương", "Đinh", "Trịnh", "Mai", "Đào", "Cao",
    "Lâm", "Hà", "Tô", "Trương", "Lưu", "Đoàn", "Vương", "Thái", "Kiều", "Quách", "Tạ", "Triệu",
    "Đàm", "Lại", "Phùng", "Từ", "Chu", "Khổng", "La", "Giang", "Tăng", "Thân", "Lò", "Hầu",
    "Nông", "Doãn", "Mạc", "Khúc", "Hứa", "Diệp", "Âu",
];

/// Title keywords (the head of a title phrase), longest first.
pub const TITLES: &[&str] = &[
    "Phó Thủ tướng Thường trực",
    "Phó Chủ tịch Thường trực",
    "Phó chánh Văn phòng",
    "Phó Chánh Văn phòng",
    "Phó Tổng Giám đốc",
    "Phó Tổng cục trưởng",
    "Tổng Bí thư",
    "Phó Bí thư",
    "Phó Thủ tướng",
    "Phó Chủ tịch",
    "Phó Giám đốc",
    "Phó Cục trưởng",
    "Phó Vụ trưởng",
    "Phó Trưởng ban",
    "Phó Trưởng phòng",
    "Phó Chủ nhiệm",
    "Thứ trưởng",
    "Tổng Giám đốc",
    "Tổng cục trưởng",
    "Chánh Văn phòng",
    "Chủ tịch nước",
    "Thủ tướng",
    "Chủ tịch",
    "Bộ trưởng",
    "Cục trưởng",
    "Vụ trưởng",
    "Giám đốc",
    "Bí thư",
    "Trưởng ban",
    "Trưởng phòng",
    "Tổ trưởng",
    "Chủ nhiệm",
    "Viện trưởng",
    "Chánh án",
    "Thống đốc",
    "Đại sứ",
    "Chủ tịch UBND",
    "Tổng Thư ký",
    "Phó Tổng Thư ký",
    "Người phát ngôn",
];

/// Forms of address that stand before a name or a given name.
pub const ADDRESS_FORMS: &[&str] = &[
    "đồng chí",
    "Đồng chí",
    "Đ/c",
    "đ/c",
    "ông",
    "Ông",
    "bà",
    "Bà",
];

/// Verbs that introduce what someone said.
pub const SPEECH_VERBS: &[&str] = &[
    "phát biểu",
    "nhấn mạnh",
    "cho biết",
    "đề nghị",
    "yêu cầu",
    "chỉ đạo",
    "khẳng định",
    "đánh giá",
    "kết luận",
    "lưu ý",
    "nêu rõ",
    "chia sẻ",
    "cho rằng",
    "đề xuất",
    "nhận định",
    "khẳng định",
    "thông tin",
    "giải thích",
    "kiến nghị",
    "nhắc nhở",
    "quán triệt",
    "phân tích",
    "trả lời",
    "báo cáo",
    "nói",
    "nêu",
];

/// Words before a title that make it a complement, not a subject ("của Thủ tướng").
pub const NON_SUBJECT_BEFORE: &[&str] = &["của", "cho", "với", "theo", "tới", "đến", "và", "cùng"];

/// Words before a speech verb that make it a noun or a passive ("phương thức chỉ đạo",
/// "sự chỉ đạo", "được đánh giá"): no one is speaking there.
pub const NOT_A_STATEMENT_BEFORE: &[&str] = &[
    "sự",
    "việc",
    "thức",
    "tác",
    "được",
    "bị",
    "của",
    "theo",
    "trong",
    "để",
    "các",
    "những",
    "công",
    "ban",
    "và",
    "cuộc",
    "lời",
    "ý",
    "buổi",
    "đã được",
];
