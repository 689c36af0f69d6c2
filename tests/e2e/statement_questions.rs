//! "What did Official X say about Y", asked in words: the topic among X's statements (or
//! those of whoever holds X's title), typed with or without diacritics; a question about
//! someone who says nothing in the index falls back to the words that matter.

use std::sync::OnceLock;

use serde_json::Value;

use crate::common::{hits, index_texts, run, sources, Indexed};

/// The Prime Minister on digital transformation (named once, then by title alone); a
/// minister on the same topic; a report that mentions the Prime Minister and the topic with
/// the question's own words ("nói", "về") but where no one speaks; a provincial vice-chair
/// who shares the Prime Minister's given name (Chính) and speaks on another topic.
const FILES: &[(&str, &str)] = &[
    (
        "thu-tuong.txt",
        "Thủ tướng chủ trì hội nghị trực tuyến về chuyển đổi số\n\
         Sáng 12/3, Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị trực tuyến với các địa phương.\n\
         Kết luận hội nghị, Thủ tướng yêu cầu các bộ, ngành đẩy mạnh chuyển đổi số, kết nối cơ sở dữ liệu dân cư để người dân không phải khai lại giấy tờ.\n",
    ),
    (
        "bo-truong.txt",
        "Bộ Nội vụ bàn giải pháp chuyển đổi số trong quản lý công chức\n\
         Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà cho biết chuyển đổi số trong quản lý hồ sơ công chức sẽ hoàn thành trong năm nay.\n",
    ),
    (
        "bao-cao.txt",
        "Tổng hợp ý kiến về đề án chuyển đổi số\n\
         Dự thảo đề án chuyển đổi số đã được trình lên Thủ tướng xem xét; bản tổng hợp nói về những gì người dân mong đợi ở dịch vụ công.\n",
    ),
    (
        "pho-chu-tich.txt",
        "Tỉnh rà soát thủ tục đất đai\n\
         Phó Chủ tịch UBND tỉnh Lê Văn Chính cho biết toàn bộ hồ sơ đất đai trễ hạn sẽ được rà soát trong tháng này.\n",
    ),
];

fn indexed() -> &'static Indexed {
    static INDEX: OnceLock<(tempfile::TempDir, Indexed)> = OnceLock::new();
    &INDEX.get_or_init(|| index_texts(FILES)).1
}

fn search(query: &str) -> Value {
    let (code, r) = indexed().search(query, &[]);
    assert_eq!(code, 0, "{query}: {r}");
    r
}

/// The names of the speakers shown on the hits.
fn speakers(r: &Value) -> Vec<String> {
    hits(r)
        .iter()
        .map(|h| h["speaker"]["name"].as_str().unwrap_or("-").to_string())
        .collect()
}

/// The speakers of the hits `indexed` gives for `query`, which must be read as a question
/// about someone's statements.
fn statement_speakers(indexed: &Indexed, query: &str) -> Vec<String> {
    let (code, r) = indexed.search(query, &[]);
    assert_eq!(code, 0, "{r}");
    assert!(r.get("statements_of").is_some(), "{query}: {r}");
    speakers(&r)
}

#[test]
fn a_title_asked_what_it_said_finds_its_statements_about_the_topic() {
    for (query, who) in [
        ("Thủ tướng nói gì về chuyển đổi số?", "Thủ tướng"),
        ("thu tuong noi gi ve chuyen doi so", "thu tuong"),
        (
            "Ý kiến của Thủ tướng Chính phủ về chuyển đổi số",
            "Thủ tướng Chính phủ",
        ),
        // Asked as one asks in a letter: a request before the question.
        (
            "cho tôi hỏi, Thủ tướng nói gì về chuyển đổi số ạ?",
            "Thủ tướng",
        ),
        (
            "xin cho biet thu tuong noi gi ve chuyen doi so",
            "thu tuong",
        ),
    ] {
        let r = search(query);
        assert_eq!(r["statements_of"], who, "{query}: {r}");
        // Only the Prime Minister's statements: not the minister, not the report that
        // has every word of the question.
        assert_eq!(speakers(&r), ["Phạm Minh Chính"], "{query}: {r}");
        assert_eq!(sources(&r), ["thu-tuong.txt"], "{query}: {r}");
        assert_eq!(r["query"], query, "the query as typed is echoed: {r}");
    }
    // Typed in decomposed form (NFD): read alike, the official named in composed letters.
    let nfd = "Thu\u{309} tu\u{31b}o\u{31b}\u{301}ng no\u{301}i gi\u{300} ve\u{302}\u{300} chuye\u{302}\u{309}n đo\u{302}\u{309}i so\u{302}\u{301}";
    let r = search(nfd);
    assert_eq!(r["statements_of"], "Thủ tướng", "{r}");
    assert_eq!(speakers(&r), ["Phạm Minh Chính"], "{r}");
}

#[test]
fn a_name_asked_what_it_said_finds_that_person_only() {
    let r = search("ý kiến của Bộ trưởng Phạm Thị Thanh Trà về chuyển đổi số");
    assert_eq!(r["statements_of"], "Bộ trưởng Phạm Thị Thanh Trà", "{r}");
    assert_eq!(speakers(&r), ["Phạm Thị Thanh Trà"], "{r}");
    let r = search("Bà Phạm Thị Thanh Trà nhấn mạnh điều gì trong quản lý hồ sơ công chức");
    assert_eq!(speakers(&r), ["Phạm Thị Thanh Trà"], "{r}");
    assert_eq!(r["matching"], "all", "the topic after the question: {r}");
    let r = search("pham minh chinh da noi gi ve co so du lieu");
    assert_eq!(speakers(&r), ["Phạm Minh Chính"], "{r}");
    assert_eq!(r["matching"], "all", "{r}");
}

#[test]
fn a_given_name_asked_what_it_said_finds_the_people_so_named() {
    // By the given name alone, as articles name someone after the first mention: whoever in
    // the index is so named and says something about the topic.
    for query in [
        "ông Chính nói gì về chuyển đổi số",
        "Chính nói gì về chuyển đổi số",
        "ong chinh noi gi ve chuyen doi so",
    ] {
        let r = search(query);
        assert!(r.get("statements_of").is_some(), "{query}: {r}");
        assert_eq!(speakers(&r), ["Phạm Minh Chính"], "{query}: {r}");
        assert_eq!(sources(&r), ["thu-tuong.txt"], "{query}: {r}");
    }
    // Both men named Chính, and nobody else, when the topic is left open.
    let r = search("ông Chính đã phát biểu những gì");
    let mut who = speakers(&r);
    who.sort();
    who.dedup();
    assert_eq!(who, ["Lê Văn Chính", "Phạm Minh Chính"], "{r}");
    // The end of a name is enough for --by too; a full name stands for that person only.
    let (code, r) = indexed().search("hồ sơ", &["--by", "Văn Chính"]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(speakers(&r), ["Lê Văn Chính"], "{r}");
    let (code, r) = indexed().search("", &["--by", "Pham Minh Chinh"]);
    assert_eq!(code, 0, "{r}");
    assert!(speakers(&r).iter().all(|s| s == "Phạm Minh Chính"), "{r}");
}

#[test]
fn someone_who_says_nothing_here_falls_back_to_the_words_that_matter() {
    let r = search("Chủ tịch nước nói gì về chuyển đổi số");
    assert!(r.get("statements_of").is_none(), "{r}");
    assert_eq!(r["searched_for"], "Chủ tịch nước chuyển đổi số", "{r}");
    assert!(!hits(&r).is_empty(), "{r}");
}

#[test]
fn other_queries_with_speech_words_are_read_as_words() {
    let r = search("người dân nói gì về dịch vụ công");
    assert!(r.get("statements_of").is_none(), "{r}");
    assert_eq!(sources(&r).first().map(String::as_str), Some("bao-cao.txt"));
    // An explicit --by is not second-guessed by the query's words.
    let (code, r) = indexed().search(
        "Thủ tướng nói gì về chuyển đổi số",
        &["--by", "Phạm Thị Thanh Trà"],
    );
    assert_eq!(code, 0, "{r}");
    assert!(r.get("statements_of").is_none(), "{r}");
    assert_eq!(speakers(&r), ["Phạm Thị Thanh Trà"], "{r}");
}

#[test]
fn the_text_output_says_whose_statements_were_searched() {
    let index = indexed().index();
    let out = run(&[
        "search",
        "--index",
        index.to_str().unwrap(),
        "Thủ tướng nói gì về chuyển đổi số",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("among the statements of: Thủ tướng"),
        "{text}"
    );
    // Asked who said it, everyone's statements were searched, not those of one "ai".
    let out = run(&[
        "search",
        "--index",
        index.to_str().unwrap(),
        "ai yêu cầu đẩy mạnh chuyển đổi số",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("among the statements of every official who speaks")
            && !text.contains("statements of: ai"),
        "{text}"
    );
}

#[test]
fn a_title_in_its_organ_asks_for_whoever_holds_it_there() {
    // Two ministers named with their ministries; the Minister of Justice again in another
    // article by title and name alone; the Minister of Home Affairs likewise.
    let (_dir, indexed) = index_texts(&[
        (
            "hai-bo.txt",
            "Hội nghị rà soát thủ tục hành chính\n\
             Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà cho biết các bộ đã cắt giảm nhiều thủ tục hành chính về công vụ.\n\
             Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh nhấn mạnh cần rà soát thủ tục hành chính về hộ tịch và chứng thực.\n",
        ),
        (
            "tu-phap.txt",
            "Số hóa sổ hộ tịch\n\
             Bộ trưởng Nguyễn Hải Ninh yêu cầu các sở hoàn thành số hóa sổ hộ tịch trong năm tới.\n",
        ),
        (
            "noi-vu.txt",
            "Tinh giản biên chế\n\
             Bộ trưởng Phạm Thị Thanh Trà yêu cầu đẩy mạnh tinh giản biên chế gắn với cải cách thủ tục hành chính.\n",
        ),
        // The title in its organ after another minister was named: the one named there.
        (
            "lam-viec.txt",
            "Làm việc về chứng thực điện tử\n\
             Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh và Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà dự buổi làm việc.\n\
             Bộ trưởng Bộ Tư pháp đề nghị các địa phương triển khai chứng thực bản sao điện tử từ bản chính.\n",
        ),
    ]);
    let ask = |query: &str| {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        r
    };
    for query in [
        "Bộ trưởng Bộ Tư pháp nói gì?",
        "bo truong bo tu phap noi gi",
        "Bộ trưởng Tư pháp yêu cầu gì",
    ] {
        let r = ask(query);
        assert_eq!(speakers(&r), ["Nguyễn Hải Ninh"; 3], "{query}: {r}");
        for file in ["tu-phap.txt", "lam-viec.txt"] {
            assert!(sources(&r).iter().any(|s| s == file), "{query}: {r}");
        }
    }
    let r = ask("Bộ trưởng Bộ Nội vụ nói gì về thủ tục hành chính");
    assert_eq!(speakers(&r), ["Phạm Thị Thanh Trà"; 2], "{r}");
    // No one is named Minister of Finance: not a minister of elsewhere.
    let r = ask("Bộ trưởng Bộ Tài chính nói gì");
    assert!(r["statements_of"].is_null(), "{r}");
    // A title alone still asks for every holder.
    let r = ask("Bộ trưởng nói gì");
    assert_eq!(hits(&r).len(), 5, "{r}");
    // `--by` reads a title, in its organ or not, as a question does.
    // Typed in lowercase without marks, where the organ's end could be a name ("Tu Phap"):
    // no one by that name speaks, so the words read as the title in its organ.
    for (by, count) in [
        ("Bộ trưởng Bộ Tư pháp", 3),
        ("bo truong bo tu phap", 3),
        ("Bộ trưởng", 5),
    ] {
        let (code, r) = indexed.search("", &["--by", by]);
        assert_eq!(code, 0, "{by}: {r}");
        assert_eq!(hits(&r).len(), count, "{by}: {r}");
    }
    let (_, r) = indexed.search("", &["--by", "Bộ trưởng Bộ Tư pháp"]);
    assert_eq!(speakers(&r), ["Nguyễn Hải Ninh"; 3], "{r}");
}

#[test]
fn statements_asked_for_as_a_noun_in_the_plural() {
    for query in [
        "những ý kiến của Bộ trưởng Phạm Thị Thanh Trà về chuyển đổi số",
        "cac phat bieu cua Thu tuong ve chuyen doi so",
    ] {
        let r = search(query);
        assert!(r.get("statements_of").is_some(), "{query}: {r}");
        assert_eq!(speakers(&r).len(), 1, "{query}: {r}");
    }
}

#[test]
fn a_title_in_its_organ_keeps_holders_whose_organ_no_article_gives() {
    let (_dir, indexed) = index_texts(&[
        (
            "nam-2020.txt",
            "Hội nghị năm 2020\nThủ tướng Nguyễn Xuân Phúc yêu cầu các bộ cắt giảm thủ tục hành chính.\n",
        ),
        (
            "nam-2023.txt",
            "Hội nghị năm 2023\nThủ tướng Chính phủ Phạm Minh Chính nhấn mạnh cải cách thủ tục hành chính phải thực chất.\n",
        ),
    ]);
    let (code, r) = indexed.search("Thủ tướng Chính phủ nói gì về thủ tục hành chính", &[]);
    assert_eq!(code, 0, "{r}");
    let mut who = speakers(&r);
    who.sort();
    assert_eq!(who, ["Nguyễn Xuân Phúc", "Phạm Minh Chính"], "{r}");
}

#[test]
fn a_question_asked_in_english_reads_as_the_vietnamese_one() {
    let r = search("What did Phạm Minh Chính say about cơ sở dữ liệu?");
    assert_eq!(r["statements_of"], "Phạm Minh Chính", "{r}");
    assert_eq!(speakers(&r), ["Phạm Minh Chính"], "{r}");
    assert_eq!(r["matching"], "all", "{r}");
    let r = search("statements by Pham Thi Thanh Tra on chuyen doi so");
    assert_eq!(speakers(&r), ["Phạm Thị Thanh Trà"], "{r}");
    // The Prime Minister by title, everything said.
    let r = search("what has Thủ tướng said");
    assert_eq!(speakers(&r), ["Phạm Minh Chính"], "{r}");
}

#[test]
fn the_head_of_an_organ_speaks_as_the_holder_named_before() {
    // "Người đứng đầu Chính phủ" is the Prime Minister named earlier, not his deputy named
    // since; the epithet with nothing named for its organ is no one.
    let (_corpus, indexed) = index_texts(&[
        (
            "hoi-nghi.txt",
            "Hội nghị về dữ liệu dân cư\n\
             Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị trực tuyến với các địa phương.\n\
             Phó Thủ tướng Chính phủ Trần Lưu Quang báo cáo tiến độ các đề án.\n\
             Người đứng đầu Chính phủ yêu cầu các bộ hoàn thành việc làm sạch dữ liệu dân cư trong quý IV.\n",
        ),
        (
            "bo-tai-chinh.txt",
            "Ngân sách cho dữ liệu dân cư\n\
             Người đứng đầu Bộ Tài chính cho biết ngân sách cho dữ liệu dân cư đã được bố trí đủ.\n",
        ),
    ]);
    let (code, r) = indexed.search("Phạm Minh Chính nói gì về dữ liệu dân cư", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(sources(&r), ["hoi-nghi.txt"], "{r}");
    let passage = hits(&r)[0]["passage"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(passage.starts_with("Người đứng đầu Chính phủ"), "{r}");
    assert_eq!(hits(&r)[0]["speaker"]["name"], "Phạm Minh Chính", "{r}");
    let (code, r) = indexed.search("ngân sách dữ liệu dân cư", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(sources(&r)[0], "bo-tai-chinh.txt", "{r}");
    assert!(
        hits(&r)[0]["speaker"].is_null(),
        "no one of that organ is named: {r}"
    );
}

#[test]
fn a_pronoun_and_a_quotation_running_on_are_the_official_s_statements() {
    // "Ông cho rằng ..." names no one: the last speaker it may be. A quotation opened in one
    // paragraph and closed in the next is the same official's throughout. "Bà con" (the
    // people) is no one.
    let (_corpus, indexed) = index_texts(&[(
        "lam-viec.txt",
        "Bí thư Tỉnh ủy làm việc với Sở Nội vụ\n\
         Phát biểu tại buổi làm việc, đồng chí Nguyễn Văn Tùng, Bí thư Tỉnh ủy nhấn mạnh yêu cầu sắp xếp bộ máy.\n\
         Ông cho rằng việc tinh gọn bộ máy phải đi đôi với nâng cao chất lượng cán bộ.\n\
         Thứ trưởng Bộ Nội vụ Nguyễn Duy Thăng chia sẻ: “Chúng tôi đã trình Chính phủ dự thảo nghị định.\n\
         Dự kiến nghị định về vị trí việc làm sẽ được ban hành trong quý III năm nay.”\n\
         Bà con trong xã cho biết chất lượng cán bộ một cửa đã khá hơn.\n",
    )]);
    let passage_of = |query: &str| -> (String, String) {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        let first = &hits(&r)[0];
        (
            first["passage"].as_str().unwrap_or_default().to_string(),
            first["speaker"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        )
    };
    let (passage, who) = passage_of("Nguyễn Văn Tùng nói gì về chất lượng cán bộ");
    assert!(passage.starts_with("Ông cho rằng"), "{passage}");
    assert_eq!(who, "Nguyễn Văn Tùng");
    let (passage, who) = passage_of("Nguyễn Duy Thăng nói gì về vị trí việc làm");
    assert!(passage.starts_with("Dự kiến nghị định"), "{passage}");
    assert_eq!(who, "Nguyễn Duy Thăng");
    let (passage, who) = passage_of("bà con chất lượng cán bộ một cửa");
    assert!(passage.starts_with("Bà con"), "{passage}");
    assert_eq!(who, "", "the people are no official");
}

#[test]
fn a_title_in_parentheses_after_the_name_is_asked_for_by_that_title() {
    // "Bà Hoàng Thu Trang (Phó Giám đốc Sở Tư pháp) chia sẻ": the title in parentheses is
    // hers, so she answers for it, and so does her title alone later in the article.
    let (_corpus, indexed) = index_texts(&[
        (
            "ho-tich.txt",
            "Hà Nội cắt giảm giấy tờ hộ tịch\n\
             Bà Hoàng Thu Trang (Phó Giám đốc Sở Tư pháp Hà Nội) chia sẻ: “Chúng tôi cắt giảm 30% giấy tờ trong hồ sơ hộ tịch nhờ khai thác dữ liệu dân cư”.\n\
             Phó Giám đốc Sở Tư pháp cũng cho biết thời hạn đăng ký khai sinh trực tuyến đã rút xuống còn một ngày làm việc.\n",
        ),
        (
            "bao-cao.txt",
            "Báo cáo về hộ tịch\n\
             Sở Tư pháp báo cáo hồ sơ hộ tịch trực tuyến tăng gấp đôi so với năm trước.\n",
        ),
    ]);
    let (code, r) = indexed.search("Phó Giám đốc Sở Tư pháp nói gì về hộ tịch", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(sources(&r), ["ho-tich.txt"], "{r}");
    let who = speakers(&r);
    assert!(
        !who.is_empty() && who.iter().all(|w| w == "Hoàng Thu Trang"),
        "{r}"
    );
    let (code, r) = indexed.search("Hoàng Thu Trang nói gì về khai sinh", &[]);
    assert_eq!(code, 0, "{r}");
    let first = hits(&r)[0]["passage"].to_string();
    assert!(first.starts_with("\"Phó Giám đốc Sở Tư pháp cũng"), "{r}");
}

#[test]
fn a_title_with_a_given_name_or_a_province_asks_for_that_holder_only() {
    // Two provincial chairmen, each named with his province written after its unit in
    // lowercase ("tỉnh", "thành phố"), then by title alone or title and given name.
    let (_dir, indexed) = index_texts(&[
        (
            "lam-dong.txt",
            "Lâm Đồng đối thoại với doanh nghiệp\n\
             Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp cho biết tỉnh sẽ rút ngắn một nửa thời gian giải quyết thủ tục đầu tư.\n\
             Chủ tịch Hiệp yêu cầu các sở công khai tiến độ xử lý từng hồ sơ trên cổng dịch vụ công.\n",
        ),
        (
            "da-nang.txt",
            "Đà Nẵng số hóa hồ sơ đất đai\n\
             Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh nhấn mạnh việc số hóa hồ sơ đất đai phải xong trong năm nay.\n",
        ),
    ]);
    let ask = |query: &str| {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        r
    };
    for query in [
        "Chủ tịch UBND tỉnh Lâm Đồng nói gì",
        "Chủ tịch UBND Lâm Đồng nói gì",
        "chu tich ubnd tinh lam dong noi gi",
        "Chủ tịch Hiệp nói gì",
    ] {
        let r = ask(query);
        assert!(r.get("statements_of").is_some(), "{query}: {r}");
        assert_eq!(speakers(&r), ["Trần Văn Hiệp"; 2], "{query}: {r}");
    }
    for query in [
        "Chủ tịch UBND thành phố Đà Nẵng nói gì về hồ sơ",
        "Chủ tịch UBND TP. Đà Nẵng nói gì về hồ sơ",
    ] {
        let r = ask(query);
        assert_eq!(speakers(&r), ["Lê Trung Chinh"], "{query}: {r}");
    }
    // A province no one is named chairman of: no chairman of another province.
    let r = ask("Chủ tịch UBND tỉnh Quảng Nam nói gì");
    assert!(r.get("statements_of").is_none(), "{r}");
}

#[test]
fn a_district_named_once_is_the_one_its_organ_written_alone_serves() {
    // A district's report names the district once, then its vice-chair with "UBND huyện"
    // alone; another article's vice-chair serves a town.
    let (_dir, indexed) = index_texts(&[
        (
            "bao-lam.txt",
            "Giao ban cải cách hành chính quý III
             Sáng 10/10, UBND huyện Bảo Lâm tổ chức hội nghị giao ban công tác cải cách hành chính.
             Đ/c Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện chủ trì hội nghị.
             Phát biểu kết luận, đ/c Nguyễn Văn Hùng yêu cầu các phòng chuyên môn nâng cao tỷ lệ hồ sơ trực tuyến.
",
        ),
        (
            "son-tay.txt",
            "Thị xã ra mắt bộ phận một cửa
             Thị xã Sơn Tây ra mắt bộ phận một cửa hiện đại.
             Đ/c Lê Văn An, Phó Chủ tịch UBND thị xã chủ trì buổi lễ.
             Đ/c Lê Văn An yêu cầu cán bộ một cửa phục vụ tận tình.
",
        ),
    ]);
    for (query, who) in [
        ("Phó Chủ tịch UBND huyện Bảo Lâm nói gì", "Nguyễn Văn Hùng"),
        ("Phó Chủ tịch UBND thị xã Sơn Tây yêu cầu gì", "Lê Văn An"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert!(r.get("statements_of").is_some(), "{query}: {r}");
        assert_eq!(speakers(&r), [who], "{query}: {r}");
    }
}

#[test]
fn a_chair_asked_for_by_unit_without_the_committee_is_its_chair() {
    // An HTML page of a ward's portal and a text scrape of a province's: each names its
    // chair with the committee; a third article's chair is named with no place at all.
    let ward = "<html><body><article><h1>Phường Bến Nghé đối thoại với người dân</h1>\
        <p>Sáng 8/3, UBND phường Bến Nghé tổ chức đối thoại với người dân về thủ tục đất đai.</p>\
        <p>Chủ tịch UBND phường Bến Nghé Trần Thị Hoa cho biết phường đã trả kết quả đúng hạn \
        toàn bộ hồ sơ đất đai trong quý I.</p></article></body></html>";
    let province = "Nghệ An công bố chỉ số hài lòng\n\
        Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh nhấn mạnh các sở phải công khai tiến độ giải quyết hồ sơ đất đai.\n";
    let unplaced = "Hội nghị giao ban\n\
        Ông Phạm Văn Tâm, Chủ tịch UBND cho biết hồ sơ đất đai được số hóa toàn bộ.\n";
    let (_dir, indexed) = index_texts(&[
        ("ben-nghe.html", ward),
        ("nghe-an.txt", province),
        ("a-giao-ban.txt", unplaced),
    ]);
    for (query, who) in [
        (
            "Chủ tịch phường Bến Nghé nói gì về hồ sơ đất đai",
            "Trần Thị Hoa",
        ),
        ("chu tich phuong ben nghe noi gi", "Trần Thị Hoa"),
        ("Chủ tịch tỉnh Nghệ An nói gì về hồ sơ", "Lê Hồng Vinh"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert!(r.get("statements_of").is_some(), "{query}: {r}");
        assert_eq!(
            speakers(&r).first().map(String::as_str),
            Some(who),
            "{query}: {r}"
        );
    }
    // Everything a chair said: the one known to chair that committee first, then a chair
    // whose article names no committee's place (who may be the same one).
    // (Its article comes first in article order.)
    let (_, r) = indexed.search("Chủ tịch UBND phường Bến Nghé nói gì", &[]);
    assert_eq!(speakers(&r), ["Trần Thị Hoa", "Phạm Văn Tâm"], "{r}");
}

/// The hit of `results` whose passage opens with `opening`; there must be one.
fn hit_opening(results: &Value, opening: &str) -> Value {
    hits(results)
        .into_iter()
        .find(|h| h["passage"].as_str().unwrap_or("").starts_with(opening))
        .unwrap_or_else(|| panic!("no passage opening {opening:?}: {results}"))
}

/// The first hit of `results`, which must open with `opening`.
fn first_hit_opening(results: &Value, opening: &str) -> Value {
    let first = hits(results).into_iter().next().expect("a hit");
    assert!(
        first["passage"]
            .as_str()
            .unwrap_or_default()
            .starts_with(opening),
        "the first hit does not open with {opening:?}: {results}"
    );
    first
}

#[test]
fn what_an_official_introduces_with_a_colon_is_theirs_item_by_item() {
    // The chairwoman introduces her requests and they follow as numbered paragraphs, then
    // the article goes on in its own voice; a colon after no speech verb introduces no one.
    let (_corpus, indexed) = index_texts(&[(
        "kien-giang.txt",
        "Kiên Giang kiểm điểm công tác cải cách hành chính\n\
         Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành chủ trì cuộc họp sáng 4/10.\n\
         Kết luận cuộc họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện ngay các việc sau:\n\
         1. Công khai tiến độ giải quyết từng hồ sơ đất đai trên cổng thông tin của tỉnh trước ngày 15/10.\n\
         2. Xử lý nghiêm cán bộ gây phiền hà, sách nhiễu người dân khi tiếp nhận hồ sơ tại bộ phận một cửa.\n\
         Theo số liệu của Văn phòng UBND tỉnh, trong 9 tháng có 1.200 hồ sơ trễ hạn, chủ yếu là đất đai:\n\
         3. Thành phố Rạch Giá có nhiều hồ sơ trễ hạn nhất, tập trung ở lĩnh vực đăng ký biến động.\n",
    )]);
    let (code, r) = indexed.search("Chủ tịch Thành nói gì về cán bộ sách nhiễu", &[]);
    assert_eq!(code, 0, "{r}");
    assert!(r.get("statements_of").is_some(), "{r}");
    let item = hit_opening(&r, "2. Xử lý nghiêm");
    assert_eq!(item["speaker"]["name"], "Lâm Minh Thành", "{item}");
    let (_, r) = indexed.search("Rạch Giá hồ sơ trễ hạn", &[]);
    let item = hit_opening(&r, "3. Thành phố");
    assert!(item.get("speaker").is_none(), "{item}");
}

#[test]
fn a_given_name_typed_with_its_marks_asks_for_the_one_so_spelled() {
    // Thuý and Thủy fold alike: typed with marks (in either tone-mark style) the name asks
    // for the one spelled so; typed without them, for both.
    let (_corpus, indexed) = index_texts(&[
        (
            "thuy-noi-vu.txt",
            "Sở Nội vụ tổng kết năm\nBà Nguyễn Thị Thuý, Phó Giám đốc Sở Nội vụ, cho biết năm nay sở đã số hoá toàn bộ hồ sơ công chức.\n",
        ),
        (
            "thuy-loi.txt",
            "Chi cục Thủy lợi cải cách thủ tục\nÔng Trần Văn Thủy, Chi cục trưởng Chi cục Thủy lợi, cho biết thủ tục cấp phép xả thải đã rút ngắn còn 10 ngày.\n",
        ),
    ]);
    let speakers_of = |query: &str, extra: &[&str]| {
        let (code, r) = indexed.search(query, extra);
        assert_eq!(code, 0, "{query}: {r}");
        let mut names = speakers(&r);
        names.sort();
        names
    };
    assert_eq!(speakers_of("Thúy nói gì", &[]), ["Nguyễn Thị Thuý"]);
    assert_eq!(
        speakers_of("Thuý nói gì về hồ sơ", &[]),
        ["Nguyễn Thị Thuý"]
    );
    assert_eq!(speakers_of("ông Thuỷ nói gì", &[]), ["Trần Văn Thủy"]);
    assert_eq!(speakers_of("", &["--by", "Thủy"]), ["Trần Văn Thủy"]);
    assert_eq!(
        speakers_of("thuy noi gi", &[]),
        ["Nguyễn Thị Thuý", "Trần Văn Thủy"]
    );
}

#[test]
fn a_question_asking_who_said_something_finds_the_statements_on_the_topic() {
    // The report holds the topic and the question's own words but no one speaks in it.
    for query in [
        "ai nói gì về chuyển đổi số",
        "Những ai đã phát biểu về chuyển đổi số",
    ] {
        let r = search(query);
        assert!(r.get("statements_of").is_some(), "{query}: {r}");
        let mut names = speakers(&r);
        names.sort();
        assert_eq!(
            names,
            ["Phạm Minh Chính", "Phạm Thị Thanh Trà"],
            "{query}: {r}"
        );
    }
}

#[test]
fn dong_chi_alone_speaks_for_the_official_named_before() {
    // "Đồng chí nhấn mạnh: ..." (comrade, said of a man or a woman) stands for the official
    // who spoke last; "các đồng chí" (many) for no one.
    let (_corpus, indexed) = index_texts(&[(
        "tinh-uy.txt",
        "Tỉnh ủy Bắc Kạn sơ kết công tác chuyển đổi số\n\
         Chủ trì hội nghị, Phó Bí thư Thường trực Tỉnh ủy Lê Thị Thu Hà đánh giá cao kết quả số hóa hồ sơ của các huyện trong năm qua.\n\
         Đồng chí nhấn mạnh: mỗi cán bộ, đảng viên phải sử dụng thành thạo chữ ký số trong xử lý văn bản trước tháng 9.\n\
         Các đồng chí cũng cho biết việc cấp chữ ký số cho cấp xã còn chậm do thiếu kinh phí.\n",
    )]);
    let (code, r) = indexed.search("Lê Thị Thu Hà nói gì về chữ ký số", &[]);
    assert_eq!(code, 0, "{r}");
    let first = first_hit_opening(&r, "Đồng chí nhấn mạnh");
    assert_eq!(first["speaker"]["name"], "Lê Thị Thu Hà", "{r}");
    let (code, r) = indexed.search("cấp chữ ký số cho cấp xã còn chậm", &[]);
    assert_eq!(code, 0, "{r}");
    let first = first_hit_opening(&r, "Các đồng chí");
    assert!(first["speaker"].is_null(), "many comrades are no one: {r}");
}

#[test]
fn a_fronted_speech_verb_and_according_to_a_title_with_its_organ_are_statements() {
    // "Kết luận buổi làm việc, đồng chí X giao ..." (the verb opens the sentence, the
    // official after its comma does something else); "Theo Chủ tịch UBND huyện, ..." (the
    // title with its organ before the comma) and "Theo lời Chủ tịch, ..." (a shorter title).
    let page = "<html><head><meta charset=\"utf-8\"><title>Huyện Krông Pắc làm việc về chuyển đổi số</title></head><body>\
        <article><h1>Huyện Krông Pắc làm việc về chuyển đổi số</h1>\
        <p>Chiều 12/3, Chủ tịch UBND huyện Krông Pắc Đinh Văn Khiết làm việc với Phòng Văn hóa và Thông tin về tiến độ chuyển đổi số.</p>\
        <p>Theo Chủ tịch UBND huyện, toàn bộ hồ sơ hộ tịch của 16 xã phải được số hóa trước tháng 6 để người dân không phải nộp lại bản giấy.</p>\
        <p>Kết luận buổi làm việc, đồng chí Đinh Văn Khiết giao Phòng Văn hóa và Thông tin lập danh sách các điểm phủ sóng yếu ở vùng sâu.</p>\
        <p>Theo lời Chủ tịch, kinh phí lắp trạm phát sóng sẽ được bố trí từ nguồn ngân sách huyện năm 2024.</p>\
        </article></body></html>";
    let (_corpus, indexed) = index_texts(&[("krong-pac.html", page)]);
    for (topic, opening) in [
        ("hộ tịch số hóa", "Theo Chủ tịch UBND huyện"),
        ("điểm phủ sóng yếu", "Kết luận buổi làm việc"),
        ("kinh phí trạm phát sóng", "Theo lời Chủ tịch"),
    ] {
        let (code, r) = indexed.search(&format!("Đinh Văn Khiết nói gì về {topic}"), &[]);
        assert_eq!(code, 0, "{r}");
        let first = first_hit_opening(&r, opening);
        assert_eq!(first["speaker"]["name"], "Đinh Văn Khiết", "{topic}: {r}");
    }
}

#[test]
fn officials_of_the_highland_peoples_are_asked_for_by_name_typed_either_way() {
    // Names of the Ê Đê (opened by "Y", the clan's name last), Jrai and Hmông peoples are
    // officials' names like any other, asked for with or without diacritics.
    let (_corpus, indexed) = index_texts(&[(
        "tay-nguyen.txt",
        "Các tỉnh Tây Nguyên đẩy mạnh dịch vụ công trực tuyến\n\
         Buôn Ma Thuột, ngày 20/03/2024\n\
         Phó Chủ tịch UBND tỉnh Đắk Lắk Y Giang Gry Niê Knơng cho biết tỉnh đã đưa 100% thủ tục hành chính đủ điều kiện lên dịch vụ công trực tuyến toàn trình.\n\
         Phó Chủ tịch UBND tỉnh Gia Lai Rơ Chăm Long đề nghị các huyện hướng dẫn đồng bào nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất qua mạng.\n\
         Bí thư Huyện ủy Mường Nhé Giàng Seo Phử nhấn mạnh cán bộ một cửa phải biết tiếng dân tộc để giải thích thủ tục cho bà con.\n",
    )]);
    for (question, who) in [
        (
            "Y Giang Gry Niê Knơng nói gì về dịch vụ công",
            "Y Giang Gry Niê Knơng",
        ),
        ("ro cham long noi gi ve giay chung nhan", "Rơ Chăm Long"),
        ("Giàng Seo Phử nói gì về tiếng dân tộc", "Giàng Seo Phử"),
    ] {
        let (code, r) = indexed.search(question, &[]);
        assert_eq!(code, 0, "{r}");
        let found = hits(&r);
        assert!(!found.is_empty(), "{question}: {r}");
        assert!(
            found.iter().all(|h| h["speaker"]["name"] == who),
            "{question}: {r}"
        );
    }
}

#[test]
fn a_highland_woman_s_name_with_its_glued_prefix_is_an_official_s() {
    // "H’" opens an Ê Đê or Jrai woman's given name, glued by an apostrophe.
    let (_corpus, indexed) = index_texts(&[(
        "dak-lak.txt",
        "Đắk Lắk hỗ trợ đồng bào cài ứng dụng định danh\n\
         Buôn Ma Thuột, ngày 20/03/2024\n\
         Phó Chủ tịch UBND tỉnh Đắk Lắk H’Yim Kđoh cho biết tỉnh sẽ hỗ trợ người dân vùng sâu cài đặt ứng dụng định danh điện tử.\n\
         Bà H'Yim Kđoh cũng đề nghị các xã bố trí cán bộ biết tiếng Ê Đê tại bộ phận một cửa.\n",
    )]);
    let (code, r) = indexed.search("H’Yim Kđoh nói gì về ứng dụng định danh", &[]);
    assert_eq!(code, 0, "{r}");
    let first = first_hit_opening(&r, "Phó Chủ tịch UBND tỉnh Đắk Lắk");
    assert_eq!(first["speaker"]["name"], "H’Yim Kđoh", "{r}");
    // The apostrophe straight or curly, in the text or the question: one person.
    let (code, r) = indexed.search("H'Yim Kđoh nói gì về tiếng Ê Đê", &[]);
    assert_eq!(code, 0, "{r}");
    let first = first_hit_opening(&r, "Bà H'Yim Kđoh");
    assert_eq!(first["speaker"]["name"], "H’Yim Kđoh", "{r}");
    assert_eq!(first["speaker"]["title"], "Phó Chủ tịch", "{r}");
}

#[test]
fn statements_sharing_a_syllable_with_a_cited_document_do_not_answer_for_it() {
    // The minister speaks with "đề" (đề nghị) and "án" (phương án) but cites no project, and
    // of accounts ("tài khoản") but not digital identities; a report cites Đề án 06 and
    // digital identity accounts with no one speaking.
    let (_corpus, indexed) = index_texts(&[
        (
            "bo-truong.txt",
            "Bộ trưởng làm việc với tỉnh về dữ liệu dân cư\n\
             Bộ trưởng Bộ Công an Lương Tam Quang đề nghị tỉnh xây dựng phương án kết nối dữ liệu dân cư với hệ thống một cửa và tài khoản của người dân trước tháng 6.\n",
        ),
        (
            "bao-cao.txt",
            "Kết quả thực hiện Đề án 06 tại Lào Cai\n\
             Thực hiện Đề án 06 của Chính phủ, tỉnh đã cấp hơn 300 nghìn tài khoản định danh điện tử mức độ 2 cho người dân.\n",
        ),
    ]);
    for query in [
        "ai nói về Đề án 06",
        "ai nói gì về đề án 06",
        "Bộ trưởng nói gì về Đề án 06",
        "ai nói về tài khoản định danh điện tử",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert!(r.get("statements_of").is_none(), "{query}: {r}");
        let found = hits(&r);
        assert!(!found.is_empty(), "{query}: {r}");
        assert_eq!(found[0]["refs"][0], "Đề án 06", "{query}: {r}");
    }
    // A topic of words the minister's statement holds in part is still answered by it.
    let (code, r) = indexed.search("Bộ trưởng nói gì về kết nối dữ liệu đất đai", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["statements_of"], "Bộ trưởng", "{r}");
    assert_eq!(speakers(&r), ["Lương Tam Quang"], "{r}");
}

#[test]
fn an_abbreviation_s_point_between_title_and_name_parts_nothing() {
    // "TP." (thành phố), "TP.HCM" and the degrees "TS.", "ThS." end no sentence.
    let (_corpus, indexed) = index_texts(&[(
        "ha-noi.txt",
        "Hà Nội giảm thủ tục đất đai\n\
         Chủ tịch UBND TP. Hà Nội Trần Sỹ Thanh cho biết thành phố sẽ cắt giảm 20% thời gian giải quyết thủ tục đất đai trong năm nay.\n\
         Thứ trưởng Bộ Tư pháp, TS. Nguyễn Thanh Tịnh cho biết dự thảo nghị định về hộ tịch điện tử đã được gửi xin ý kiến các bộ, ngành.\n\
         Phó Giám đốc Sở Nội vụ TP.HCM, ThS. Lê Thị Hoa nhấn mạnh việc số hóa hồ sơ công chức phải xong trước tháng 6.\n",
    )]);
    for (query, who) in [
        (
            "Chủ tịch UBND Hà Nội nói gì về thủ tục đất đai",
            "Trần Sỹ Thanh",
        ),
        (
            "Thứ trưởng Bộ Tư pháp nói gì về hộ tịch",
            "Nguyễn Thanh Tịnh",
        ),
        ("pho giam doc so noi vu noi gi ve so hoa", "Lê Thị Hoa"),
    ] {
        assert_eq!(statement_speakers(&indexed, query), [who], "{query}");
    }
}

#[test]
fn a_title_set_off_by_en_dashes_is_asked_for_by_that_title() {
    let (_corpus, indexed) = index_texts(&[(
        "mot-cua.txt",
        "Một cửa điện tử kết nối cổng quốc gia\n\
         Ông Nguyễn Văn Hải – Chánh Văn phòng UBND tỉnh – cho biết hệ thống một cửa điện tử đã kết nối với Cổng dịch vụ công quốc gia.\n",
    )]);
    assert_eq!(
        statement_speakers(&indexed, "Chánh Văn phòng UBND tỉnh nói gì về một cửa"),
        ["Nguyễn Văn Hải"]
    );
}

#[test]
fn an_interview_answer_goes_on_through_its_paragraphs() {
    // The director answers over three paragraphs, the later ones naming no one; the
    // interviewer's question naming him and the closing thanks are no one's statements.
    let (_corpus, indexed) = index_texts(&[(
        "phong-van.txt",
        "Phỏng vấn: Một cửa điện tử ở Tây Ninh\n\
         P.V: Ông Nguyễn Văn An có kiến nghị gì về mức phí dịch vụ công?\n\
         Ông Nguyễn Văn An: Từ tháng 3, tỉnh áp dụng một cửa điện tử ở tất cả các xã.\n\
         Người dân nộp hồ sơ qua mạng được giảm một nửa mức phí dịch vụ công so với nộp trực tiếp.\n\
         Thời gian trả kết quả cũng rút ngắn còn hai ngày làm việc.\n\
         P.V: Còn khó khăn gì không?\n\
         Ông Nguyễn Văn An: Đường truyền ở vùng biên giới còn chập chờn.\n\
         Cám ơn ông về những chia sẻ cởi mở với mức phí dịch vụ công!\n",
    )]);
    let (code, r) = indexed.search("Nguyễn Văn An nói gì về mức phí dịch vụ công", &[]);
    assert_eq!(code, 0, "{r}");
    assert!(r.get("statements_of").is_some(), "{r}");
    let found = hits(&r);
    let openings: Vec<&str> = found
        .iter()
        .map(|h| h["passage"].as_str().unwrap_or(""))
        .collect();
    assert!(
        openings
            .iter()
            .any(|p| p.starts_with("Người dân nộp hồ sơ")),
        "the answer's second paragraph: {r}"
    );
    assert!(
        !openings
            .iter()
            .any(|p| p.starts_with("P.V") || p.starts_with("Cám ơn")),
        "the interviewer's lines: {r}"
    );
}

#[test]
fn according_to_an_official_with_the_title_in_parentheses_is_a_statement() {
    let (_corpus, indexed) = index_texts(&[(
        "sap-xep.txt",
        "Tỉnh giảm đầu mối đơn vị sự nghiệp\n\
         Cũng theo bà Hoàng Thị Hạnh (Phó Chánh Văn phòng UBND tỉnh), toàn tỉnh đã giảm 12 đơn vị sự nghiệp công lập trong năm.\n",
    )]);
    assert_eq!(
        statement_speakers(&indexed, "Phó Chánh Văn phòng nói gì về đơn vị sự nghiệp"),
        ["Hoàng Thị Hạnh"]
    );
}

#[test]
fn asking_who_with_a_speech_verb_and_no_question_word_searches_the_statements() {
    // "ai đề nghị ...", "người nào nhấn mạnh ...": what follows the verb is the topic, and
    // only passages where someone speaks answer; the report holding the same words does not.
    let (_corpus, indexed) = index_texts(&[(
        "so-ket.html",
        "<html><head><meta charset=\"utf-8\"><title>Sơ kết công tác một cửa</title></head><body>\
         <h1>Sơ kết công tác một cửa</h1>\
         <p>Báo cáo cho thấy việc số hóa hồ sơ đất đai còn chậm ở nhiều xã.</p>\
         <p>Giám đốc Sở Tài nguyên và Môi trường Hà Văn Tiến đề nghị các xã hoàn thành số hóa hồ sơ đất đai trong quý III.</p>\
         <p>Phó Chủ tịch UBND tỉnh Lò Thị Mai nhấn mạnh số hóa hồ sơ đất đai là việc phải làm ngay.</p>\
         </body></html>",
    )]);
    for question in [
        "ai đề nghị số hóa hồ sơ đất đai",
        "người nào nhấn mạnh số hóa hồ sơ đất đai?",
    ] {
        let (code, r) = indexed.search(question, &[]);
        assert_eq!(code, 0, "{r}");
        let found = hits(&r);
        assert_eq!(found.len(), 2, "{question}: {r}");
        assert!(
            found.iter().all(|h| h["speaker"]["name"].is_string()),
            "{question}: {r}"
        );
    }
}

#[test]
fn a_province_s_organ_written_without_its_name_is_the_article_s_province() {
    let (_corpus, indexed) = index_texts(&[
        (
            "lai-chau.txt",
            "Lai Châu - Rút ngắn thời gian cấp phép đầu tư\nChủ tịch UBND tỉnh Lê Văn Lương nhấn mạnh các sở phải trả kết quả đúng hẹn cho nhà đầu tư.\n",
        ),
        (
            "son-la.txt",
            "Họp bàn thu hút đầu tư\nSáng 3/5, UBND tỉnh Sơn La họp bàn giải pháp thu hút đầu tư.\nChủ tịch UBND tỉnh Hoàng Quốc Khánh cho biết tỉnh sẽ công khai quy trình cấp phép đầu tư.\n",
        ),
        (
            "hai-tinh.txt",
            "Hai tỉnh ký kết hợp tác đầu tư\nĐoàn công tác tỉnh Lào Cai làm việc với tỉnh Yên Bái về đầu tư.\nChủ tịch UBND tỉnh Trần Huy Tuấn khẳng định sẵn sàng chia sẻ kinh nghiệm cấp phép đầu tư.\n",
        ),
    ]);
    let all = |query: &str| {
        let mut names = statement_speakers(&indexed, query);
        names.sort();
        names.dedup();
        names
    };
    assert_eq!(
        all("Chủ tịch UBND tỉnh Lai Châu nói gì về đầu tư"),
        ["Lê Văn Lương"]
    );
    assert_eq!(
        all("chu tich ubnd tinh son la noi gi ve dau tu"),
        ["Hoàng Quốc Khánh"]
    );
    // The province's organ asked without its name holds them all, whatever province.
    assert_eq!(
        all("Chủ tịch UBND tỉnh nói gì về đầu tư"),
        ["Hoàng Quốc Khánh", "Lê Văn Lương", "Trần Huy Tuấn"]
    );
    // An article naming two provinces says not which one "UBND tỉnh" serves.
    // An article naming two provinces says not which one "UBND tỉnh" serves: no one is
    // known to chair Yên Bái's, and the question is searched as words.
    let (_, r) = indexed.search("Chủ tịch UBND tỉnh Yên Bái nói gì về đầu tư", &[]);
    assert!(r.get("statements_of").is_none(), "{r}");
}

#[test]
fn a_title_written_as_its_abbreviation_names_a_speaker_and_asks_for_one() {
    let (_corpus, indexed) = index_texts(&[
        (
            "pct.txt",
            "Gia Lai: Rà soát thủ tục đầu tư\nPCT UBND tỉnh Dương Mah Tiệp yêu cầu các sở công khai quy trình cấp phép đầu tư trên cổng thông tin.\n",
        ),
        (
            "ptt.txt",
            "Họp Ban Chỉ đạo cải cách hành chính\nPTT Lê Thành Long nhấn mạnh việc cắt giảm thủ tục phải đo bằng chi phí người dân tiết kiệm được.\n",
        ),
        (
            "tieu-de.txt",
            "TBT Tô Lâm: thể chế là điểm nghẽn của điểm nghẽn\n\
             TBT Tô Lâm nhấn mạnh thể chế phải đi trước một bước để mở đường cho phát triển.\n\
             CTN Lương Cường cho biết sẽ ký lệnh công bố luật ngay sau khi Quốc hội thông qua.\n\
             TTg Phạm Minh Chính yêu cầu cắt giảm ít nhất 30% thời gian xử lý thủ tục trong năm nay.\n",
        ),
        (
            "ma-so.txt",
            "Sở Tư pháp rà soát thủ tục\nTheo Quyết định 1291/QĐ-TTg Nguyễn Văn Hùng, Giám đốc Sở Tư pháp, cho biết sở đã rà soát xong các thủ tục.\n",
        ),
    ]);
    let speakers_of = |query: &str| {
        let mut names = statement_speakers(&indexed, query);
        names.sort();
        names
    };
    assert_eq!(
        speakers_of("Phó Chủ tịch UBND tỉnh Gia Lai nói gì"),
        ["Dương Mah Tiệp"]
    );
    assert_eq!(
        speakers_of("pct ubnd tinh gia lai noi gi"),
        ["Dương Mah Tiệp"]
    );
    assert_eq!(
        speakers_of("Phó Thủ tướng nói gì về thủ tục"),
        ["Lê Thành Long"]
    );
    assert_eq!(speakers_of("PTT nói gì về thủ tục"), ["Lê Thành Long"]);
    // The abbreviations headlines write for the Party's General Secretary, the State
    // President and the Prime Minister, in the text and in a question.
    assert_eq!(speakers_of("TBT Tô Lâm nói gì về thể chế"), ["Tô Lâm"]);
    assert_eq!(speakers_of("Tổng Bí thư nói gì về thể chế"), ["Tô Lâm"]);
    assert_eq!(speakers_of("ctn luong cuong noi gi"), ["Lương Cường"]);
    assert_eq!(speakers_of("Chủ tịch nước nói gì"), ["Lương Cường"]);
    assert_eq!(
        speakers_of("Thủ tướng nói gì về thủ tục"),
        ["Phạm Minh Chính"]
    );
    assert_eq!(
        speakers_of("TTg Phạm Minh Chính nói gì"),
        ["Phạm Minh Chính"]
    );
    // The issuer of a document's number is no title: the director keeps his own.
    let (_, r) = indexed.search("Giám đốc Sở Tư pháp nói gì", &[]);
    assert_eq!(speakers(&r), ["Nguyễn Văn Hùng"], "{r}");
    assert_eq!(
        hits(&r)[0]["speaker"]["title"].as_str(),
        Some("Giám đốc"),
        "{r}"
    );
}

#[test]
fn a_list_of_tasks_an_official_sets_is_one_statement_with_its_introduction() {
    // "Chủ tịch X yêu cầu:" then the tasks, one a line ending with a semicolon: each task is
    // what the chair asked for, found by a question about the chair, with the line that
    // says who asked. A list longer than a passage is cut between its items.
    let tasks: String = (1..=14)
        .map(|i| format!("- Sở ngành thứ {i} rà soát, công khai các thủ tục thuộc thẩm quyền trước quý III;\n"))
        .collect();
    let (_dir, indexed) = index_texts(&[
        (
            "giao-nhiem-vu.txt",
            "Lai Châu giao nhiệm vụ cải cách hành chính năm 2025\n\
             Sáng 8/1, UBND tỉnh Lai Châu tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2025 với các sở, ngành và địa phương.\n\
             Kết luận hội nghị, Chủ tịch UBND tỉnh Lê Văn Lương yêu cầu:\n\
             - Các sở, ngành rà soát thủ tục đất đai;\n\
             - Các huyện số hóa hồ sơ hộ tịch;\n\
             - Văn phòng UBND tỉnh theo dõi, đôn đốc.\n\
             Hội nghị cũng công bố chỉ số cải cách hành chính năm 2024 của các sở, ngành và địa phương trong tỉnh.\n",
        ),
        (
            "danh-sach-dai.txt",
            &format!(
                "Điện Biên phân công nhiệm vụ\nPhó Chủ tịch UBND tỉnh Điện Biên Vừ A Bằng giao nhiệm vụ cụ thể như sau:\n{tasks}- Văn phòng tổng hợp kết quả.\n"
            ),
        ),
    ]);
    let (code, r) = indexed.search("Lê Văn Lương nói gì về hồ sơ hộ tịch", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["statements_of"], "Lê Văn Lương", "{r}");
    let passage = hits(&r)[0]["passage"].as_str().unwrap().to_string();
    assert!(
        passage.starts_with("Kết luận hội nghị, Chủ tịch UBND tỉnh Lê Văn Lương yêu cầu:")
            && passage.contains("số hóa hồ sơ hộ tịch;")
            && passage.ends_with("theo dõi, đôn đốc."),
        "{passage}"
    );
    // The paragraph after the list is not part of it.
    assert!(!passage.contains("công bố chỉ số"), "{passage}");
    // The long list: every piece within a passage's length, cut between items, every item kept.
    let (code, r) = indexed.search("Sở ngành thứ", &["--limit", "50", "--per-article", "0"]);
    assert_eq!(code, 0, "{r}");
    let pieces: Vec<String> = hits(&r)
        .iter()
        .map(|h| h["passage"].as_str().unwrap().to_string())
        .collect();
    assert!(pieces.len() >= 2, "{pieces:?}");
    for piece in &pieces {
        assert!(piece.split_whitespace().count() <= 120, "{piece}");
        assert!(
            piece
                .lines()
                .all(|l| l.ends_with(';') || l.ends_with(':') || l.ends_with('.')),
            "{piece}"
        );
    }
    for i in 1..=14 {
        let item = format!("Sở ngành thứ {i} rà soát");
        assert_eq!(
            pieces.iter().filter(|p| p.contains(&item)).count(),
            1,
            "{item}: {pieces:?}"
        );
    }
}

#[test]
fn a_city_abbreviated_or_a_unit_after_the_chair_s_title_is_the_place_the_article_names() {
    // An HTML page writes the city "TP" ("UBND TP Đà Nẵng", then "Phó Chủ tịch UBND TP" before
    // a name that opens like a city's, Hồ Kỳ Minh); a district's scrape names its chair with
    // "Chủ tịch UBND huyện" after his name, then by title alone; a town's, "Chủ tịch UBND thị
    // xã" after his, beside the town's vice-chair.
    let city = "<html><body><div class=\"content\"><h1>Đà Nẵng thí điểm chính quyền số cấp phường</h1>\
        <p>UBND TP Đà Nẵng vừa ban hành Quyết định 245/QĐ-UBND thí điểm mô hình chính quyền số tại 5 phường.</p>\
        <p>Theo Phó Chủ tịch UBND TP Hồ Kỳ Minh, mô hình giúp người dân làm thủ tục mà không cần đến trụ sở.</p>\
        </div></body></html>";
    let district = "Lệ Thủy sơ kết cải cách hành chính\n\
        Sáng 20/5, UBND huyện Lệ Thủy tổ chức hội nghị sơ kết công tác cải cách hành chính.\n\
        Phát biểu tại hội nghị, ông Nguyễn Văn Hòa, Chủ tịch UBND huyện cho biết tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.\n\
        Chủ tịch UBND huyện yêu cầu các xã nâng cao chất lượng tiếp nhận hồ sơ trực tuyến, không để người dân đi lại nhiều lần.\n";
    let town = "Ba Đồn ra mắt trung tâm hành chính công\n\
        Sáng 5/6, UBND thị xã Ba Đồn ra mắt Trung tâm Phục vụ hành chính công của thị xã.\n\
        Ông Trần Văn Thắng, Chủ tịch UBND thị xã cho biết trung tâm tiếp nhận toàn bộ hồ sơ của người dân trên địa bàn.\n\
        Đ/c Lê Văn An, Phó Chủ tịch UBND thị xã Ba Đồn cho biết người dân được hướng dẫn tận tình khi làm thủ tục.\n";
    let (_dir, indexed) = index_texts(&[
        ("da-nang.html", city),
        ("le-thuy.txt", district),
        ("ba-don.txt", town),
    ]);
    for (query, who, count) in [
        ("Phó Chủ tịch Đà Nẵng nói gì", "Hồ Kỳ Minh", 1),
        (
            "Phó Chủ tịch UBND TP Đà Nẵng nói gì về thủ tục",
            "Hồ Kỳ Minh",
            1,
        ),
        ("pho chu tich thanh pho da nang noi gi", "Hồ Kỳ Minh", 1),
        ("Chủ tịch huyện Lệ Thủy nói gì", "Nguyễn Văn Hòa", 2),
        (
            "Chủ tịch UBND huyện Lệ Thủy yêu cầu gì về hồ sơ",
            "Nguyễn Văn Hòa",
            2,
        ),
        ("chu tich huyen le thuy noi gi", "Nguyễn Văn Hòa", 2),
        ("Chủ tịch Ba Đồn nói gì", "Trần Văn Thắng", 1),
        ("chu tich thi xa ba don noi gi", "Trần Văn Thắng", 1),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert!(r.get("statements_of").is_some(), "{query}: {r}");
        assert_eq!(speakers(&r), vec![who; count], "{query}: {r}");
    }
}

#[test]
fn an_official_s_statements_in_articles_headlined_with_the_topic_answer_when_none_repeats_it() {
    // The minister's statements in an article headlined with the topic do not repeat its
    // words; in another article she speaks of something else; a deputy speaks in a third
    // article headlined with the topic.
    let (_dir, indexed) = index_texts(&[
        (
            "par-index.html",
            "<html><body><article><h1>Quảng Ninh giữ vững ngôi đầu PAR Index</h1>\
             <p>Năm 2023, tỉnh tiếp tục dẫn đầu cả nước với 91,7 điểm về chỉ số này.</p>\
             <p>Phát biểu tại lễ công bố, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đánh giá cao nỗ lực của tỉnh trong việc đơn giản hóa thủ tục và xây dựng chính quyền số.</p>\
             <p>Bà Trà nhấn mạnh các địa phương cần học tập kinh nghiệm của tỉnh trong triển khai trung tâm phục vụ hành chính công.</p>\
             </article></body></html>",
        ),
        (
            "cong-chuc.txt",
            "Tinh giản biên chế công chức\n\
             Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà yêu cầu các bộ hoàn thành việc sắp xếp tổ chức bộ máy trong quý II.\n",
        ),
        (
            "par-2022.txt",
            "Công bố PAR Index 2022\n\
             Thứ trưởng Bộ Nội vụ Vũ Đăng Minh cho biết các tỉnh đồng bằng có kết quả khả quan trong năm qua.\n",
        ),
    ]);
    for query in [
        "Bộ trưởng Trà nói gì về PAR Index",
        "bo truong tra noi gi ve par index",
        "Bộ trưởng Bộ Nội vụ phát biểu gì về PAR Index",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert!(r.get("statements_of").is_some(), "{query}: {r}");
        assert_eq!(speakers(&r), ["Phạm Thị Thanh Trà"; 2], "{query}: {r}");
        assert!(
            hits(&r)
                .iter()
                .all(|h| h["article"]["title"] == "Quảng Ninh giữ vững ngôi đầu PAR Index"),
            "{query}: {r}"
        );
    }
    // A topic no headline and no statement of hers holds: her name and the words, as before.
    let (_, r) = indexed.search("Bộ trưởng Trà nói gì về đất đai", &[]);
    assert!(r.get("statements_of").is_none(), "{r}");
}

#[test]
fn a_standing_holder_answers_for_the_title() {
    // "Phó Chủ tịch Thường trực": a vice-chair, asked for with or without "Thường trực".
    let (_dir, indexed) = index_texts(&[(
        "nam-dinh.txt",
        "Tỉnh Nam Định đẩy mạnh chuyển đổi số\n\
         Ngày 3/10/2024, UBND tỉnh Nam Định tổ chức hội nghị trực tuyến về chuyển đổi số.\n\
         Phó Chủ tịch Thường trực UBND tỉnh Trần Anh Dũng yêu cầu các sở, ngành hoàn thành số hóa hồ sơ trong năm 2024.\n\
         Phó Chủ tịch Thường trực nhấn mạnh trách nhiệm người đứng đầu trong thực hiện Đề án 06.\n",
    )]);
    for (query, count) in [
        ("Phó Chủ tịch tỉnh Nam Định nói gì về Đề án 06", 1),
        ("Phó Chủ tịch UBND tỉnh Nam Định nói gì", 2),
        ("pho chu tich thuong truc ubnd tinh nam dinh noi gi", 2),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert!(r.get("statements_of").is_some(), "{query}: {r}");
        assert_eq!(speakers(&r), vec!["Trần Anh Dũng"; count], "{query}: {r}");
    }
}

#[test]
fn statements_in_an_article_about_the_topic_follow_those_holding_its_words() {
    // The minister speaks on the topic in words in one article; in another, headlined with
    // the topic, what she says does not repeat it; in a third, on another subject, she
    // speaks too; a deputy speaks in the article about the topic.
    let (_dir, indexed) = index_texts(&[
        (
            "vung-cam.txt",
            "Không có vùng cấm trong tinh gọn bộ máy\n\
             “Tinh gọn bộ máy không có vùng cấm, không có ngoại lệ”, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà nói tại buổi làm việc với tỉnh.\n",
        ),
        (
            "trien-khai.txt",
            "Bộ Nội vụ triển khai tinh gọn bộ máy\n\
             Ngày 3/12, Bộ Nội vụ tổ chức hội nghị triển khai nhiệm vụ tinh gọn bộ máy của các bộ, ngành.\n\
             Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà cho biết việc sắp xếp phải hoàn thành trước quý I năm sau.\n\
             Thứ trưởng Bộ Nội vụ Trương Hải Long đề nghị các đơn vị gửi phương án trước ngày 15/12.\n",
        ),
        (
            "tien-luong.txt",
            "Bộ Nội vụ bàn chính sách tiền lương\n\
             Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà khẳng định bảng lương mới sẽ được áp dụng từ tháng 7.\n",
        ),
    ]);
    for question in [
        "Bộ trưởng Bộ Nội vụ nói gì về tinh gọn bộ máy",
        "Phạm Thị Thanh Trà nói gì về tinh gọn bộ máy",
        "bo truong noi vu noi gi ve tinh gon bo may",
    ] {
        let (code, r) = indexed.search(question, &[]);
        assert_eq!(code, 0, "{question}: {r}");
        assert_eq!(r["matching"], "all", "{question}: {r}");
        assert_eq!(
            sources(&r),
            ["vung-cam.txt", "trien-khai.txt"],
            "{question}: {r}"
        );
        assert_eq!(
            speakers(&r),
            ["Phạm Thị Thanh Trà", "Phạm Thị Thanh Trà"],
            "{r}"
        );
        assert!(
            hits(&r)[1]["passage"]
                .as_str()
                .unwrap()
                .contains("hoàn thành trước quý I"),
            "{question}: {r}"
        );
    }
}

#[test]
fn a_title_before_a_given_name_asks_for_the_one_of_that_name_holding_it() {
    // Two women named Trà: a minister and a provincial deputy director.
    let (_dir, indexed) = index_texts(&[
        (
            "bo-truong.txt",
            "Bộ Nội vụ bàn về sắp xếp bộ máy\n\
             Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà cho biết việc sắp xếp bộ máy phải xong trong quý I.\n",
        ),
        (
            "so-y-te.txt",
            "Sở Y tế cắt giảm thủ tục cấp phép\n\
             Phó Giám đốc Sở Y tế Nguyễn Thị Trà cho biết sở đã cắt giảm một nửa thời gian cấp phép hành nghề.\n",
        ),
    ]);
    let asked = |query: &str, extra: &[&str]| {
        let (code, r) = indexed.search(query, extra);
        assert_eq!(code, 0, "{query}: {r}");
        let mut names = speakers(&r);
        names.sort();
        names
    };
    for query in ["Bộ trưởng Trà nói gì", "bo truong tra noi gi"] {
        assert_eq!(asked(query, &[]), ["Phạm Thị Thanh Trà"], "{query}");
    }
    for query in ["Phó Giám đốc Trà nói gì", "pho giam doc tra noi gi"] {
        assert_eq!(asked(query, &[]), ["Nguyễn Thị Trà"], "{query}");
    }
    assert_eq!(
        asked("", &["--by", "Bộ trưởng Trà"]),
        ["Phạm Thị Thanh Trà"]
    );
    // Without a title, the name stands for both.
    assert_eq!(
        asked("bà Trà nói gì", &[]),
        ["Nguyễn Thị Trà", "Phạm Thị Thanh Trà"]
    );
}

#[test]
fn a_statement_quoted_with_theo_or_a_colon_reads_as_the_question() {
    for (query, who) in [
        ("chuyển đổi số theo Thủ tướng", "Thủ tướng"),
        (
            "Theo Thủ tướng Phạm Minh Chính, chuyển đổi số",
            "Thủ tướng Phạm Minh Chính",
        ),
        (
            "Bộ trưởng Phạm Thị Thanh Trà: chuyển đổi số",
            "Bộ trưởng Phạm Thị Thanh Trà",
        ),
        ("theo bà Trà, chuyen doi so", "bà Trà"),
    ] {
        let r = search(query);
        assert_eq!(r["statements_of"], who, "{query}: {r}");
        let expected = if who.contains("Trà") {
            "Phạm Thị Thanh Trà"
        } else {
            "Phạm Minh Chính"
        };
        assert_eq!(speakers(&r), [expected], "{query}: {r}");
    }
    // A headline's place before its colon, and a document after "theo", name no speaker.
    for query in ["Hà Giang: chuyển đổi số", "chuyển đổi số theo đề án"] {
        let r = search(query);
        assert!(r.get("statements_of").is_none(), "{query}: {r}");
    }
}

#[test]
fn an_organ_written_with_points_between_its_letters_names_the_speaker_as_written_without() {
    // "Phó Chủ tịch U.B.N.D. huyện" is "Phó Chủ tịch UBND huyện": the vice-chair speaks, and
    // is asked about by name or by title.
    let (_dir, indexed) = index_texts(&[(
        "cham.txt",
        "Huyện rà soát thủ tục\n\
         Phó Chủ tịch U.B.N.D. huyện Nguyễn Văn Nam cho biết huyện sẽ công bố 25 thủ tục hành chính mới trong tháng tới.\n",
    )]);
    for query in [
        "Nguyễn Văn Nam nói gì về thủ tục",
        "Phó Chủ tịch UBND huyện nói gì về thủ tục",
    ] {
        assert_eq!(
            statement_speakers(&indexed, query),
            ["Nguyễn Văn Nam"],
            "{query}"
        );
    }
}
