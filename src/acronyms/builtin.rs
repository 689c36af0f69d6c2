//! Built-in acronyms of Vietnamese administrative news, with their spelled-out forms.
//! Source: the list in `VIETNAMESE.md` plus the usual names of state bodies.

/// `(acronym, expansion)` pairs.
pub const ACRONYMS: &[(&str, &str)] = &[
    ("CCHC", "cải cách hành chính"),
    ("TTHC", "thủ tục hành chính"),
    ("TTHCNB", "thủ tục hành chính nội bộ"),
    ("HCNN", "hành chính nhà nước"),
    ("CCHCNN", "cải cách hành chính nhà nước"),
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("BCĐ", "Ban Chỉ đạo"),
    ("DVC", "dịch vụ công"),
    ("DVCTT", "dịch vụ công trực tuyến"),
    ("CNTT", "công nghệ thông tin"),
    ("KT-XH", "kinh tế - xã hội"),
    ("CT-XH", "chính trị - xã hội"),
    ("TW", "Trung ương"),
    ("T.Ư", "Trung ương"),
    ("CSDL", "cơ sở dữ liệu"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("CBCCVC", "cán bộ, công chức, viên chức"),
    ("QLNN", "quản lý nhà nước"),
    ("CQĐT", "chính quyền điện tử"),
    ("CPĐT", "Chính phủ điện tử"),
    ("PAR INDEX", "chỉ số cải cách hành chính"),
    // Ministries whose names join two fields with "và", written with an ampersand.
    ("GD&ĐT", "Giáo dục và Đào tạo"),
    ("NN&PTNT", "Nông nghiệp và Phát triển nông thôn"),
    ("TN&MT", "Tài nguyên và Môi trường"),
    ("TT&TT", "Thông tin và Truyền thông"),
    ("KH&CN", "Khoa học và Công nghệ"),
    ("KH&ĐT", "Kế hoạch và Đầu tư"),
    ("LĐ-TB&XH", "Lao động - Thương binh và Xã hội"),
    ("VH-TT&DL", "Văn hóa, Thể thao và Du lịch"),
    ("GTVT", "Giao thông vận tải"),
    // The cities by their usual short forms.
    ("TP", "thành phố"),
    ("TP.HCM", "Thành phố Hồ Chí Minh"),
    ("TPHCM", "Thành phố Hồ Chí Minh"),
];
