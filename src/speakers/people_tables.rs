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
    "Nông", "Doãn", "Mạc", "Khúc", "Hứa", "Diệp", "Âu", "Tôn", "Ninh", "Lữ", "Quan", "Bạch", "Vi",
    "Lã", "Kha", "Thạch", "Sầm",
    // Family and clan names of the peoples of the mountains and the Central Highlands (Thái,
    // Hmông, Dao, Jrai, Chăm...): "Cầm Ngọc Minh", "Giàng Seo Phử", "Ksor Phước Hà".
    "Cầm", "Lường", "Quàng", "Giàng", "Sùng", "Thào", "Lầu", "Mùa", "Bàn", "Tẩn", "Sình", "Ksor",
    "Rơ", "Siu", "Rah", "Kpă", "Đàng",
];

/// What opens the name of a man of the Ê Đê and M'nông peoples, before his given and clan
/// names ("Y Sinh Niê", "Y Thanh Hà Niê Kđăm"), or of a woman of the Ba Na and Xơ Đăng ("Y
/// Ngọc"): a name so opened has [`PREFIXED_NAME_MIN_WORDS`] to [`PREFIXED_NAME_MAX_WORDS`]
/// words, or two where it stands as a name does ([`PREFIXED_PAIR_AFTER`]).
pub const NAME_PREFIXES: &[&str] = &["Y"];

/// What opens the name of a man of the Ba Na and Xơ Đăng peoples ("A Pớt", "A Sanh"): a name
/// of two words, where it stands as a name does. Longer runs are places and organs ("huyện A
/// Lưới Lê Văn Hùng" holds a place, then the name).
pub const PAIR_NAME_PREFIXES: &[&str] = &["A"];

/// Words a prefix opens that make a term, not a name ("Đại học Y Dược", "Sở Y Tế"), folded.
pub const PREFIX_TERMS: &[&str] = &["duoc", "te", "khoa", "hoc", "si", "ta"];

/// Where a name of two words opened by a prefix stands as a name does: a run of capitals of
/// its own ("UBND tỉnh Y Ngọc", "đồng chí A Pớt"), or one followed by a speech verb or by one
/// of these marks: a comma, a dash, a bracket, the end of a sentence ("Phó Chủ tịch A Pớt
/// cho biết", "Y Ngọc, Phó Chủ tịch"). "Khu A Bệnh viện" names no one.
pub const PREFIXED_PAIR_AFTER: &[char] = &[',', '.', ';', ':', '(', ')', '-', '–', '—'];

/// What opens the given name of a woman of the Ê Đê and Jrai peoples, glued to it by an
/// apostrophe ("H'Yim Kđoh", "H’Hen Niê"): a name of two to four words.
pub const GLUED_NAME_PREFIXES: &[&str] = &["H'", "H’"];

/// Fewest words of a name opened by one of [`NAME_PREFIXES`] without more said around it.
pub const PREFIXED_NAME_MIN_WORDS: usize = 3;
/// ...and most: two more than a name opened by a family name.
pub const PREFIXED_NAME_MAX_WORDS: usize = 5;

/// Words before a title that say its holder no longer holds it ("nguyên Thứ trưởng",
/// "cựu Bộ trưởng"): a former holder is not the one a later title alone means.
pub const FORMER_WORDS: &[&str] = &["nguyên", "cựu"];

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
    "Đại biểu",
    "Chủ tịch UBND",
    "Tổng Thư ký",
    "Phó Tổng Thư ký",
    "Người phát ngôn",
];

/// Titles that name someone only before their name, and are written in lowercase too
/// ("Đại biểu Nguyễn Thị Việt Nga (đoàn Hải Dương)", "đại biểu Quốc hội Trần Văn Lâm": a
/// member of the National Assembly, whose organ follows): alone, the word means any of the
/// delegates present ("ý kiến đại biểu"), not the one named last.
pub const NAMED_ONLY_TITLES: &[&str] = &["Đại biểu"];

/// Titles written as an abbreviation, in capitals, as headlines and captions write them:
/// the abbreviation, the title it stands for and the words it stands for in full ("ĐBQH
/// Nguyễn Thị Việt Nga (Hải Dương) cho rằng": a delegate to the National Assembly; "PCT
/// UBND tỉnh Lê Văn Hòa phát biểu", "PTT Trần Hồng Hà chỉ đạo", "TBT Tô Lâm nhấn mạnh").
/// "GĐ" stays out: typed in a query without its stroke it is "GD", most often "giáo dục";
/// so does "TT", as often "trung tâm" or a circular ("Thông tư").
pub const TITLE_ABBREVIATIONS: &[(&str, &str, &str)] = &[
    ("ĐBQH", "Đại biểu", "đại biểu Quốc hội"),
    ("PCT", "Phó Chủ tịch", "Phó Chủ tịch"),
    ("PTT", "Phó Thủ tướng", "Phó Thủ tướng"),
    ("TTg", "Thủ tướng", "Thủ tướng"),
    ("TBT", "Tổng Bí thư", "Tổng Bí thư"),
    ("CTN", "Chủ tịch nước", "Chủ tịch nước"),
];

/// Nouns of what someone said between "Theo" and the one who said it ("Theo lời Bộ trưởng,
/// ...", "Theo ý kiến của ông ..."), longest first; a report or a decision is not among them.
pub const ACCORDING_TO_NOUNS: &[&str] = &[
    "ý kiến của",
    "chia sẻ của",
    "đánh giá của",
    "nhận định của",
    "lời",
];

/// Epithets for the head of the organ written after them ("Người đứng đầu Chính phủ" is the
/// Prime Minister, "người đứng đầu ngành Nội vụ" the Minister of Home Affairs): the holder
/// of that organ's title named in the article, deputies not counted.
pub const HEAD_OF: &[&str] = &["người đứng đầu", "Người đứng đầu"];

/// Words between the epithet and its organ that are not the organ ("ngành Tư pháp").
pub const HEAD_OF_FIELD_WORDS: &[&str] = &["ngành", "lĩnh vực"];

/// What a deputy's title opens with: a deputy is not the head of the organ.
pub const DEPUTY: &str = "Phó";

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
    // Academic titles and degrees, which stand before a name as a form of address does.
    "GS.TSKH",
    "GS.TS",
    "PGS.TS",
    "GS.",
    "PGS.",
    "TS.",
    "ThS.",
    "GS",
    "PGS",
    "TS",
    "ThS",
    "Tiến sĩ",
    "tiến sĩ",
    "Luật sư",
    "luật sư",
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
    "bày tỏ",
    "nhận xét",
    "khuyến nghị",
    "tuyên bố",
    "trao đổi",
    "giải trình",
    "nhắn nhủ",
    "đề cập",
    "cho hay",
    "lý giải",
    "bình luận",
    "kêu gọi",
    "cam kết",
    "thừa nhận",
    "khuyến cáo",
    "tâm sự",
    "tiết lộ",
    "nhắc lại",
    "cảnh báo",
    "chỉ ra",
    "chỉ rõ",
    "ghi nhận",
    "biểu dương",
    "góp ý",
    "gợi ý",
    "chất vấn",
    "dặn dò",
];

/// Speech verbs that say someone spoke, not what: "phát biểu tại hội nghị", "phát biểu chỉ
/// đạo", "trả lời phỏng vấn". What was said follows a colon, a quotation or "rằng"; without
/// one the sentence (a photo's caption, often) reports an occasion, not a statement.
pub const SPEAKING_WITHOUT_CONTENT: &[&str] = &["phát biểu", "trả lời"];

/// Words before a title or a form of address that make it a complement, not a subject ("của
/// Thủ tướng"), or many people, not one ("các Bộ trưởng", "các đồng chí").
pub const NON_SUBJECT_BEFORE: &[&str] = &[
    "của", "cho", "với", "theo", "tới", "đến", "và", "cùng", "các", "những",
];

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

/// Provinces and centrally governed cities (the 63 units of 2008–2025), some of which begin
/// with a family name ("Hà Giang", "Cao Bằng", "Hồ Chí Minh"): a capitalized run that is one
/// of them is a place, not a person.
pub const PROVINCES: &[&str] = &[
    "An Giang",
    "Bà Rịa",
    "Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cần Thơ",
    "Cao Bằng",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Hồ Chí Minh",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
];
