//! Legacy and damaged encodings, end to end: a TCVN3 text file, a VNI-Windows portal page
//! that declares Latin-1, a Unicode page with a TCVN3 paragraph pasted in as Latin-1, a page
//! double-encoded (UTF-8 taken for Windows-1252 once), and `.jsonl` records carrying VNI and
//! double-encoded text. Each is searched in Unicode, with and without marks.

use std::sync::OnceLock;

use serde_json::Value;

use crate::common::{hits, index_corpus, index_texts, root, run, Indexed};

fn fixtures() -> &'static Indexed {
    static INDEX: OnceLock<Indexed> = OnceLock::new();
    INDEX.get_or_init(|| {
        let indexed = index_corpus(&root().join("tests/fixtures_encodings"));
        assert!(indexed.output.status.success(), "{}", indexed.stderr());
        indexed
    })
}

fn first_hit(query: &str) -> Value {
    let (code, r) = fixtures().search(query, &[]);
    assert_eq!(code, 0, "{query}: no hit");
    hits(&r).into_iter().next().expect("a hit")
}

/// The first hit for `query`, which must come from the fixture `file`, with its title.
fn first_hit_in(query: &str, file: &str) -> (Value, String) {
    let hit = first_hit(query);
    let source = hit["article"]["source"].as_str().unwrap_or_default();
    assert!(source.ends_with(file), "{query}: {hit}");
    let title = hit["article"]["title"].as_str().unwrap_or("").to_string();
    (hit, title)
}

/// The first passage found with `options` for `query`.
fn first_passage(query: &str, options: &[&str]) -> String {
    let (code, r) = fixtures().search(query, options);
    assert_eq!(code, 0, "{query} {options:?}: {r}");
    hits(&r)[0]["passage"].as_str().unwrap().to_string()
}

fn file_and_title(query: &str) -> (String, String) {
    let hit = first_hit(query);
    let source = hit["article"]["source"].as_str().unwrap();
    let file = source.rsplit('/').next().unwrap().to_string();
    (
        file,
        hit["article"]["title"].as_str().unwrap_or("").to_string(),
    )
}

#[test]
fn tcvn3_and_vni_files_read_as_unicode_vietnamese() {
    assert_eq!(
        file_and_title("giấy chứng nhận quyền sử dụng đất"),
        (
            "tcvn3_article.txt".into(),
            "Quảng Trị rút ngắn thời gian giải quyết hồ sơ đất đai".into()
        )
    );
    assert_eq!(
        file_and_title("dich vu cong truc tuyen toan trinh Soc Trang"),
        (
            "vni_portal.html".into(),
            "Sóc Trăng mở rộng dịch vụ công trực tuyến toàn trình".into()
        )
    );
    let passage = first_hit("giấy chứng nhận quyền sử dụng đất")["passage"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        passage.contains("cấp giấy chứng nhận quyền sử dụng đất giảm từ 30 ngày"),
        "{passage}"
    );
    // The reference and the speaker are found in the decoded TCVN3 text.
    let hit = first_hit("45/KH-UBND");
    assert!(hit["article"]["source"]
        .as_str()
        .unwrap()
        .ends_with("tcvn3_article.txt"));
    let text = hit["passage"].as_str().unwrap();
    assert!(text.contains("đơn giản hóa thủ tục hành chính"), "{text}");
}

#[test]
fn a_legacy_paragraph_in_a_unicode_page_is_read_again_and_the_rest_left_alone() {
    let hit = first_hit("\"thủ tục hành chính nội bộ\" Lạng Sơn");
    assert_eq!(
        hit["article"]["title"],
        "Lạng Sơn số hóa hồ sơ thủ tục hành chính"
    );
    let text = hit["passage"].as_str().unwrap();
    assert!(
        text.contains("năm 2023 tỉnh đã cắt giảm 48 thủ tục hành chính nội bộ"),
        "{text}"
    );
    let out = run(&[
        "clean",
        root()
            .join("tests/fixtures_encodings/misread_tcvn3_in_unicode.html")
            .to_str()
            .unwrap(),
    ]);
    let cleaned = String::from_utf8_lossy(&out.stdout);
    assert!(
        cleaned.contains("Chủ tịch UBND tỉnh Hồ Tiến Thiệu yêu cầu"),
        "{cleaned}"
    );
    assert!(
        !cleaned.contains('¶') && !cleaned.contains('®'),
        "{cleaned}"
    );
}

#[test]
fn a_jsonl_record_in_vni_is_searchable() {
    let corpus = tempfile::tempdir().expect("tempdir");
    // "Bộ Nội vụ hướng dẫn cải cách thủ tục hành chính nội bộ" and a paragraph, in VNI.
    let record = serde_json::json!({
        "id": "vni-1",
        "title": "Boä Noäi vuï höôùng daãn caûi caùch",
        "text": "Boä Noäi vuï höôùng daãn caûi caùch thuû tuïc haønh chính noäi boä giöõa caùc cô quan nhaø nöôùc, giaûm thôøi gian xöû lyù hoà sô cho ngöôøi daân vaø doanh nghieäp."
    });
    std::fs::write(corpus.path().join("crawl.jsonl"), format!("{record}\n")).expect("write");
    let indexed = index_corpus(corpus.path());
    assert!(indexed.output.status.success(), "{}", indexed.stderr());
    let (code, r) = indexed.search("xử lý hồ sơ người dân", &[]);
    assert_eq!(code, 0, "{r}");
    let hit = &hits(&r)[0];
    assert_eq!(hit["article"]["id"], "vni-1");
    let passage = hit["passage"].as_str().unwrap();
    assert!(
        passage.contains("giảm thời gian xử lý hồ sơ cho người dân và doanh nghiệp"),
        "{passage}"
    );
    assert_eq!(hit["article"]["title"], "Bộ Nội vụ hướng dẫn cải cách");
}

#[test]
fn a_double_encoded_page_reads_as_the_vietnamese_it_was() {
    let hit = first_hit("chi so cai cach hanh chinh Da Nang");
    assert!(hit["article"]["source"]
        .as_str()
        .unwrap()
        .ends_with("double_encoded_utf8.html"));
    assert_eq!(
        hit["article"]["title"],
        "Đà Nẵng công bố chỉ số cải cách hành chính năm 2023"
    );
    // The official is recognized in the repaired text, and the reference too.
    let (code, r) = fixtures().search("thủ tục", &["--by", "Hồ Kỳ Minh"]);
    assert_eq!(code, 0, "{r}");
    let passage = hits(&r)[0]["passage"].as_str().unwrap().to_string();
    assert!(passage.contains("đơn giản hoá thủ tục"), "{passage}");
    let (code, r) = fixtures().search("", &["--ref", "512/QĐ-UBND"]);
    assert_eq!(code, 0, "{r}");
    assert!(hits(&r)[0]["article"]["source"]
        .as_str()
        .unwrap()
        .ends_with("double_encoded_utf8.html"));
}

#[test]
fn a_double_encoded_jsonl_title_is_repaired() {
    let corpus = tempfile::tempdir().expect("tempdir");
    let double = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                0x80..=0x9F => encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(&[b])
                    .0
                    .chars()
                    .next()
                    .unwrap(),
                _ => char::from(b),
            })
            .collect()
    };
    let record = serde_json::json!({
        "id": "dbl-1",
        "title": double("Hải Phòng số hóa hồ sơ một cửa"),
        "text": double("Thành phố Hải Phòng hoàn thành số hóa hồ sơ tại bộ phận một cửa các cấp, người dân tra cứu kết quả trực tuyến.")
    });
    std::fs::write(corpus.path().join("crawl.jsonl"), format!("{record}\n")).expect("write");
    let indexed = index_corpus(corpus.path());
    assert!(indexed.output.status.success(), "{}", indexed.stderr());
    let (code, r) = indexed.search("tra cứu kết quả trực tuyến", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(
        hits(&r)[0]["article"]["title"],
        "Hải Phòng số hóa hồ sơ một cửa"
    );
}

#[test]
fn utf16_without_a_byte_order_mark_reads_as_text() {
    assert_eq!(
        file_and_title("trích lục giấy khai sinh"),
        (
            "utf16le_without_bom.txt".into(),
            "Bắc Kạn số hóa hồ sơ hộ tịch".into()
        )
    );
    let hit = first_hit("ket noi du lieu ho tich");
    assert_eq!(hit["speaker"]["name"], "Hoàng Văn Đức", "{hit}");
}

#[test]
fn character_references_and_look_alike_punctuation_read_as_what_they_stand_for() {
    // Text scraped from a page's source keeps its character references; a number may be
    // typed with a non-breaking hyphen, a fullwidth slash or an en dash.
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "references.txt",
            "C&#7843;i c&aacute;ch h&agrave;nh ch&iacute;nh t&#7841;i B&#236;nh D&#432;&#417;ng\n\
             Ng&agrave;y 5/3, UBND t&#7881;nh B&#236;nh D&#432;&#417;ng tri&#7875;n khai \
             Ngh&#7883; quy&#7871;t s&#7889; 131/NQ-CP v&#7873; c&#7843;i c&aacute;ch \
             th&#7911; t&#7909;c h&agrave;nh ch&iacute;nh&nbsp;t&#7841;i c&aacute;c s&#7903;, \
             ng&agrave;nh.\n",
        ),
        (
            "look-alikes.txt",
            "Triển khai cơ chế một cửa\n\
             Ngày 5/3, tỉnh Phú Yên triển khai Nghị quyết số 131\u{2011}NQ\u{FF0F}CP và Quyết \
             định số 93/2007/QĐ\u{2013}TTg về cơ chế một cửa tại các sở, ngành.\n",
        ),
    ]);
    let r = first_hit_reads(
        &indexed,
        "thủ tục hành chính Bình Dương",
        "UBND tỉnh Bình Dương triển khai",
        "Cải cách hành chính tại Bình Dương",
    );
    let hit = &hits(&r)[0];
    assert_eq!(hit["refs"][0], "131/NQ-CP", "{r}");
    let (code, r) = indexed.search("93/2007/QĐ-TTg", &[]);
    assert_eq!(code, 0, "{r}");
    assert!(hits(&r)[0]["article"]["source"]
        .as_str()
        .unwrap()
        .ends_with("look-alikes.txt"));
    // Both cite 131/NQ-CP, whichever way its hyphen and slash were typed.
    for reference in ["131/NQ-CP", "131\u{2011}NQ\u{FF0F}CP"] {
        let (code, r) = indexed.search("", &["--ref", reference]);
        assert_eq!(code, 0, "{reference}: {r}");
        assert_eq!(r["total"], 2, "{reference}: {r}");
    }
}

#[test]
fn a_jsonl_record_with_character_references_reads_decoded() {
    let corpus = tempfile::tempdir().expect("tempdir");
    let record = serde_json::json!({
        "id": "refs-1",
        "title": "Ki&#7875;m so&aacute;t th&#7911; t&#7909;c h&agrave;nh ch&iacute;nh",
        "text": "C&#7909;c Ki&#7875;m so&aacute;t th&#7911; t&#7909;c h&agrave;nh ch&iacute;nh \
                 h&#432;&#7899;ng d&#7851;n c&aacute;c b&#7897; r&agrave; so&aacute;t quy \
                 &#273;&#7883;nh kinh doanh&nbsp;trong n&#259;m nay."
    });
    std::fs::write(corpus.path().join("crawl.jsonl"), format!("{record}\n")).expect("write");
    let indexed = index_corpus(corpus.path());
    assert!(indexed.output.status.success(), "{}", indexed.stderr());
    first_hit_reads(
        &indexed,
        "rà soát quy định kinh doanh",
        "quy định kinh doanh trong năm nay.",
        "Kiểm soát thủ tục hành chính",
    );
}

#[test]
fn a_page_writing_tone_marks_as_character_references_reads_composed() {
    // Each tone mark a combining character written as a reference: decoded after the page
    // was normalized, it must be composed again.
    let (_dir, indexed) = crate::common::index_texts(&[(
        "dau-rieng.html",
        "<html><head><title>Ca&#777;i ca&#769;ch ha&#768;nh chi&#769;nh</title></head><body>\
         <article><h1>Ca&#777;i ca&#769;ch ha&#768;nh chi&#769;nh ta&#803;i ti&#777;nh</h1>\
         <p>Nga&#768;y 5/3, UBND ti&#777;nh triê&#777;n khai Nghi&#803; quyê&#769;t sô&#769; \
         131/NQ-CP vê&#768; ca&#777;i ca&#769;ch thu&#777; tu&#803;c ha&#768;nh chi&#769;nh \
         ta&#803;i ca&#769;c sơ&#777;, nga&#768;nh va&#768; đi&#803;a phương.</p></article></body></html>",
    )]);
    first_hit_reads(
        &indexed,
        "\"cải cách thủ tục hành chính\"",
        "triển khai Nghị quyết số 131/NQ-CP",
        "Cải cách hành chính tại tỉnh",
    );
}

/// The results of `query`, whose first hit must hold `passage_part` in its passage and have
/// the title `title`: read decoded and composed, not as the bytes were written.
fn first_hit_reads(indexed: &Indexed, query: &str, passage_part: &str, title: &str) -> Value {
    let (code, r) = indexed.search(query, &[]);
    assert_eq!(code, 0, "{query}: {r}");
    let hit = &hits(&r)[0];
    assert!(
        hit["passage"].as_str().unwrap().contains(passage_part),
        "{query}: {r}"
    );
    assert_eq!(hit["article"]["title"], title, "{query}: {r}");
    r
}

#[test]
fn invisible_characters_fullwidth_forms_and_eth_read_as_the_words_they_hide() {
    // A lost space kept as a zero-width space or a soft hyphen between syllables, a
    // zero-width space inside a syllable (or any other default-ignorable character), an
    // eth typed for Đ, an acronym and a number in fullwidth forms; an Icelandic name keeps
    // its eth.
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "vo-hinh.txt",
            "Chuyển\u{200B}đổi số trong dịch\u{AD}vụ công\n\
             Tỉnh đẩy mạnh chuyển\u{200B}đổi số và cả\u{200B}i cách dịch\u{AD}vụ công trực tuyến cho người dân.\n",
        ),
        (
            "an-ky-tu.txt",
            "Thủ\u{200E}tục một cửa\n\
             Huyện ca\u{034F}\u{0301}ch tân bộ phận th\u{180E}ủ tục một cửa, đón người dân nộp hồ sơ hộ\u{3164}tịch từ sáng sớm.\n",
        ),
        (
            "eth.txt",
            "Ðề án 06 tại Ðà Nẵng\n\
             ＵＢＮＤ thành phố Ðà Nẵng triển khai Ðề án 06 theo Quyết định số １２３/QĐ-UBND; chuyên gia Guðrún tham dự.\n",
        ),
    ]);
    for (query, file) in [
        ("\"chuyển đổi số\"", "vo-hinh.txt"),
        ("\"cải cách dịch vụ công\"", "vo-hinh.txt"),
        ("\"Đà Nẵng\"", "eth.txt"),
        ("\"UBND thành phố\"", "eth.txt"),
        ("123/QĐ-UBND", "eth.txt"),
        ("Guðrún", "eth.txt"),
        // Any default-ignorable character: a direction mark, the combining grapheme
        // joiner, the Mongolian vowel separator, a Hangul filler.
        ("\"cách tân bộ phận thủ tục\"", "an-ky-tu.txt"),
        ("\"hồ sơ hộ tịch\"", "an-ky-tu.txt"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert_eq!(crate::common::sources(&r), [file], "{query}: {r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
    }
    let (_, r) = indexed.search("", &["--ref", "123/QĐ-UBND"]);
    assert_eq!(r["total"], 1, "{r}");
}

#[test]
fn a_windows_1258_paragraph_shown_as_windows_1252_reads_as_vietnamese() {
    // "Giám ðôìc SõÒ Nôòi vuò Lê Thiò HuyêÌn khãÒng ðiònh: ...": the code page's tone bytes
    // after their vowels, taken for Latin-1 letters, in an otherwise Unicode page.
    let (hit, _) = first_hit_in(
        "nguoi dan tra cuu ngay tren dien thoai",
        "windows_1258_paragraph_shown_as_1252.html",
    );
    let passage = hit["passage"].as_str().unwrap();
    assert!(
        passage.contains("Giám đốc Sở Nội vụ Lê Thị Huyền khẳng định"),
        "{passage}"
    );
    assert!(first_passage("kết quả", &["--by", "Lê Thị Huyền"]).contains("được công khai"));
}

#[test]
fn a_utf8_page_read_as_windows_1258_reads_as_the_vietnamese_it_was() {
    // "Kon Tum rĂºt ngáº¯n thá»<U+009D>i gian": UTF-8 a crawler took for the code page the
    // page declared, and stored again as UTF-8.
    let (_, title) = first_hit_in(
        "giấy phép xây dựng nhà ở riêng lẻ",
        "utf8_read_as_windows_1258.html",
    );
    assert_eq!(title, "Kon Tum rút ngắn thời gian cấp phép xây dựng");
    assert!(first_passage("", &["--ref", "468/QĐ-TTg"])
        .contains("Phó Chủ tịch UBND tỉnh Nguyễn Ngọc Sâm yêu cầu"));
}

#[test]
fn a_viscii_page_reads_as_unicode_vietnamese() {
    // VISCII: one byte per letter, capitals and small alike, six capitals on control codes.
    let (_, title) = first_hit_in("vung cao tiep nhan ho so", "viscii_portal.html");
    assert_eq!(title, "Yên Bái: ĐẨY MẠNH CẢI CÁCH THỦ TỤC HÀNH CHÍNH");
    assert!(first_passage("hài lòng", &["--by", "Trần Huy Tuấn"]).contains("thước đo"));
}

#[test]
fn a_page_double_encoded_twice_reads_as_the_vietnamese_it_was() {
    // Two tools in a row took UTF-8 for Windows-1252 ("BÃƒÂ¡Ã‚ÂºÃ‚Â¡c LiÃƒÂªu").
    let (_, title) = first_hit_in(
        "cap giay chung nhan dang ky doanh nghiep Bac Lieu",
        "double_encoded_twice.html",
    );
    assert_eq!(
        title,
        "Bạc Liêu giảm một nửa thời gian cấp giấy phép kinh doanh"
    );
    assert!(first_passage("", &["--ref", "789/QĐ-UBND"]).contains("Quyết định số 789/QĐ-UBND"));
}

#[test]
fn windows_1252_quotation_marks_in_a_utf8_page_are_read_as_the_marks() {
    // An editor saved the quotation marks in Windows-1252 (bytes 0x93 and 0x94) into a UTF-8
    // page. Read as the marks, the quotation opened in one paragraph and closed in the next
    // is the official's throughout; dropped, the second paragraph was no one's.
    let corpus = tempfile::tempdir().expect("tempdir");
    let mut page = "<html><head><meta charset=\"utf-8\"><title>Sơn La rút ngắn thời gian cấp phép</title></head><body><article>\
        <h1>Sơn La rút ngắn thời gian cấp phép</h1>\
        <p>Giám đốc Sở Xây dựng Sơn La Lò Văn Hoan cho biết: "
        .as_bytes()
        .to_vec();
    page.push(0x93);
    page.extend_from_slice(
        "Chúng tôi đã giảm thời gian cấp giấy phép xây dựng từ 15 ngày xuống 7 ngày làm việc.</p>\
         <p>Từ năm 2027, toàn bộ hồ sơ cấp phép sẽ được tiếp nhận trực tuyến, người dân không phải đến trụ sở."
            .as_bytes(),
    );
    page.push(0x94);
    page.extend_from_slice(
        "</p><p>Sơn La hiện có 98% hồ sơ được giải quyết đúng hạn.</p></article></body></html>"
            .as_bytes(),
    );
    std::fs::write(corpus.path().join("son-la.html"), &page).expect("write");
    let indexed = index_corpus(corpus.path());
    assert!(indexed.output.status.success(), "{}", indexed.stderr());
    let (code, r) = indexed.search("Lò Văn Hoan nói gì về hồ sơ trực tuyến", &[]);
    assert_eq!(code, 0, "{r}");
    let first = &hits(&r)[0];
    let passage = first["passage"].as_str().unwrap_or_default();
    assert!(passage.starts_with("Từ năm 2027"), "{r}");
    assert!(
        passage.ends_with("đến trụ sở.”"),
        "the closing mark is read: {r}"
    );
    assert_eq!(first["speaker"]["name"], "Lò Văn Hoan", "{r}");
}

#[test]
fn utf32_with_a_byte_order_mark_reads_as_text_in_either_byte_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, bom, little, office) in [
        ("le.txt", [0xFF, 0xFE, 0, 0], true, "hộ kinh doanh"),
        ("be.txt", [0, 0, 0xFE, 0xFF], false, "doanh nghiệp"),
    ] {
        // Each file its own passage: copies of one would be listed once.
        let text = format!(
            "Sóc Trăng rút ngắn thời gian cấp phép kinh doanh\n\
             Theo Quyết định số 318/QĐ-UBND, hồ sơ đăng ký {office} được giải quyết trong hai ngày làm việc thay vì ba ngày như trước.\n"
        );
        let units = text.chars().flat_map(|c| {
            let code = c as u32;
            if little {
                code.to_le_bytes()
            } else {
                code.to_be_bytes()
            }
        });
        let bytes: Vec<u8> = bom.into_iter().chain(units).collect();
        std::fs::write(dir.path().join(name), bytes).expect("write");
    }
    let indexed = index_corpus(dir.path());
    assert!(indexed.output.status.success(), "{}", indexed.stderr());
    let (code, r) = indexed.search("318/QĐ-UBND", &[]);
    assert_eq!(code, 0, "{r}");
    let found = hits(&r);
    assert_eq!(found.len(), 2, "{r}");
    for hit in &found {
        assert_eq!(
            hit["article"]["title"],
            "Sóc Trăng rút ngắn thời gian cấp phép kinh doanh"
        );
    }
}

#[test]
fn a_page_and_a_scrape_typed_in_viqr_read_as_unicode_vietnamese() {
    // VIQR (RFC 1456): each mark typed after its letter in plain ASCII, as mailing lists and
    // early portals wrote Vietnamese. An English page with the same characters as
    // punctuation ("a.", "me?", "I'm", "e.g.") stays as it was.
    let page = "<html><head><title>Ba.c Lie^u ddo^?i mo+'i the^? che^' mo^.t cu+?a</title></head><body>\
        <h1>Ba.c Lie^u ddo^?i mo+'i the^? che^' mo^.t cu+?a</h1>\
        <p>Sa'ng 5/9, UBND ti?nh Ba.c Lie^u to^? chu+'c ho^.i nghi. trie^?n khai Quye^'t ddi.nh so^' 1291/QDD-UBND ve^` bo^. pha^.n mo^.t cu+?a ca'c ca^'p.</p>\
        <p>Chu? ti.ch UBND ti?nh Pha.m Va(n Thie^`u pha't bie^?u: \"Ca'n bo^. pha?i coi ngu+o+`i da^n la` trung ta^m phu.c vu., kho^ng ddu+o+.c ga^y phie^`n ha` cho ho^. kinh doanh.\"</p>\
        </body></html>";
    let scrape = "Tra Vinh: so^' hoa' ho^` so+ ddu+o+.c 85%\n\n\
        Theo So+? Tu+ pha'p, trong na(m 2024 ti?nh dda~ so^' hoa' 85% ho^` so+ thu? tu.c ha`nh chi'nh, vu+o+.t chi? tie^u ddu+o+.c giao ta.i Nghi. quye^'t 131/NQ-CP.\n";
    let english = "Plain words\n\nIs it a good idea to go? Ask me. I'm not sure, e.g. the team said so in a note: \
        we will see. Maybe a. The plan is to do it, then see what the data say.\n";
    // A crawl's record: its title is read with the table its text shows.
    let record = r#"{"id": "ha-giang-1", "title": "Ha` Giang ddo^'i thoa.i vo+'i doanh nghie^.p", "text": "Sa'ng 3/10, UBND ti?nh Ha` Giang to^? chu+'c ho^.i nghi. ddo^'i thoa.i vo+'i doanh nghie^.p ve^` thu? tu.c dda^`u tu+ va` dda^'t ddai, kho^ng ga^y phie^`n ha`."}"#;
    let (_dir, indexed) = index_texts(&[
        ("bac_lieu.html", page),
        ("tra_vinh.txt", scrape),
        ("english.txt", english),
        ("crawl.jsonl", record),
    ]);
    first_hit_reads(
        &indexed,
        "đối thoại với doanh nghiệp",
        "tổ chức hội nghị đối thoại với doanh nghiệp",
        "Hà Giang đối thoại với doanh nghiệp",
    );
    first_hit_reads(
        &indexed,
        "người dân là trung tâm phục vụ",
        "Cán bộ phải coi người dân là trung tâm phục vụ, không được gây phiền hà cho hộ kinh doanh.",
        "Bạc Liêu đổi mới thể chế một cửa",
    );
    first_hit_reads(
        &indexed,
        "bo phan mot cua",
        "bộ phận một cửa các cấp",
        "Bạc Liêu đổi mới thể chế một cửa",
    );
    // Its reference and its speaker are found in the text read.
    let (code, r) = indexed.search("", &["--ref", "1291/QĐ-UBND"]);
    assert_eq!(code, 0, "{r}");
    let (code, r) = indexed.search("Phạm Văn Thiều nói gì về người dân", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["statements_of"], "Phạm Văn Thiều", "{r}");
    let hit = first_hit_reads(
        &indexed,
        "Nghị quyết 131",
        "vượt chỉ tiêu được giao",
        "Tra Vinh: số hoá hồ sơ được 85%",
    );
    assert!(hit.to_string().contains("85%"), "{hit}");
    let (code, r) = indexed.search("good idea", &[]);
    assert_eq!(code, 0, "{r}");
    let passage = hits(&r)[0]["passage"].as_str().unwrap().to_string();
    assert!(
        passage.contains("to go? Ask me. I'm not sure, e.g. the team said so"),
        "{passage}"
    );
}

#[test]
fn a_page_double_encoded_through_a_strict_decoder_reads_as_the_vietnamese_it_was() {
    // A scraper read the UTF-8 through a strict Windows-1252 decoder, which wrote U+FFFD for
    // each byte that code page leaves undefined ("người": E1 BB 9D), then saved it as UTF-8.
    let strict = |text: &str| -> String {
        text.bytes()
            .map(|b| match b {
                0x81 | 0x8D | 0x8F | 0x90 | 0x9D => char::REPLACEMENT_CHARACTER,
                _ => encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(&[b])
                    .0
                    .chars()
                    .next()
                    .unwrap(),
            })
            .collect()
    };
    let page = strict("<html><head><title>Đà Nẵng rút ngắn thời gian cấp giấy phép</title></head><body><h1>Đà Nẵng rút ngắn thời gian cấp giấy phép</h1><p>Nhiều người dân Đà Nẵng được hướng dẫn nộp hồ sơ trực tuyến; thành phố coi đây là nhiệm vụ trọng tâm của cải cách hành chính năm 2024.</p><p>Sở Xây dựng cho biết thời gian cấp giấy phép đã giảm từ 15 ngày xuống còn 7 ngày làm việc.</p></body></html>");
    assert!(page.contains(char::REPLACEMENT_CHARACTER));
    let (_dir, indexed) = index_texts(&[("strict.html", page.as_str())]);
    for query in ["nhiều người dân Đà Nẵng", "nhiệm vụ trọng tâm"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        let passage = hits(&r)[0]["passage"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(
            passage.starts_with("Nhiều người dân Đà Nẵng được hướng dẫn"),
            "{passage}"
        );
    }
}

#[test]
fn a_utf8_text_read_as_mac_roman_reads_as_the_vietnamese_it_was() {
    // "C·∫£i c√°ch th·ªß t·ª•c": UTF-8 an old Mac's tool took for its own code page.
    let text = "Cà Mau cải cách thủ tục đất đai\n\
                Chủ tịch UBND tỉnh yêu cầu rút ngắn thời gian giải quyết hồ sơ đất đai theo Quyết định 1234/QĐ-UBND.\n";
    let mac = encoding_rs::MACINTOSH
        .decode_without_bom_handling(text.as_bytes())
        .0
        .into_owned();
    assert!(mac.contains("·ª"), "{mac}");
    let (_dir, indexed) = crate::common::index_texts(&[("mac.txt", mac.as_str())]);
    let r = first_hit_reads(
        &indexed,
        "thời gian giải quyết hồ sơ đất đai",
        "rút ngắn thời gian",
        "Cà Mau cải cách thủ tục đất đai",
    );
    assert_eq!(r["hits"][0]["refs"][0], "1234/QĐ-UBND", "{r}");
}
