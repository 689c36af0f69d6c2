//! Document references, officials' statements and the `refs` / `people` listings, through
//! the binary's JSON output, on the shipped corpus and on invented articles.

use std::sync::OnceLock;

use crate::common::{hits, index_corpus, root, run, Indexed};
use serde_json::Value;

fn statements() -> &'static Indexed {
    static INDEX: OnceLock<Indexed> = OnceLock::new();
    INDEX.get_or_init(|| {
        let i = index_corpus(&root().join("tests/statements"));
        assert!(i.output.status.success(), "{}", i.stderr());
        i
    })
}

fn seeds() -> &'static Indexed {
    static INDEX: OnceLock<Indexed> = OnceLock::new();
    INDEX.get_or_init(|| index_corpus(&root().join("corpus")))
}

fn by(index: &Indexed, name: &str, query: &str) -> Vec<Value> {
    let (_, r) = index.search(query, &["--by", name]);
    hits(&r)
}

fn speaker_names(hits: &[Value]) -> Vec<String> {
    hits.iter()
        .map(|h| h["speaker"]["name"].as_str().unwrap_or("-").to_string())
        .collect()
}

/// Whether the first hit of `results` cites the reference written `label`.
fn first_hit_cites(results: &Value, label: &str) -> bool {
    hits(results)[0]["refs"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x == label)
}

/// An index of one HTML page with `title` as its headline and `paragraphs`.
fn index_page(title: &str, paragraphs: &[&str]) -> (tempfile::TempDir, Indexed) {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
    let page = format!(
        "<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
    );
    crate::common::index_texts(&[("page.html", page.as_str())])
}

fn passages(hits: &[Value]) -> Vec<String> {
    hits.iter()
        .map(|h| h["passage"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn title_only_follow_ups_are_attributed_to_the_named_official() {
    let cases = [
        ("Phạm Thị Thanh Trà", "Bộ trưởng nhấn mạnh", "Bộ trưởng"),
        ("Nguyễn Duy Thăng", "Thứ trưởng cho biết thêm", "Thứ trưởng"),
        (
            "Lê Trung Chinh",
            "Chủ tịch UBND thành phố khẳng định",
            "Chủ tịch UBND",
        ),
        (
            "Trần Hồng Hà",
            "Phó Thủ tướng đề nghị tỉnh",
            "Phó Thủ tướng",
        ),
        (
            "Lê Minh Khái",
            "Phó Thủ tướng yêu cầu các bộ",
            "Phó Thủ tướng",
        ),
        ("Hoàng Văn Nghiệm", "Bí thư đánh giá cao", "Bí thư"),
    ];
    for (name, follow_up, title) in cases {
        let h = by(statements(), name, "");
        assert!(
            passages(&h).iter().any(|p| p.contains(follow_up)),
            "{name}: {:?}",
            passages(&h)
        );
        assert!(
            speaker_names(&h).iter().all(|n| n == name),
            "{name}: {:?}",
            speaker_names(&h)
        );
        assert!(h.iter().all(|x| x["speaker"]["title"] == title), "{name}");
    }
}

#[test]
fn a_newly_named_holder_of_the_title_takes_over() {
    let khai = passages(&by(statements(), "Lê Minh Khái", ""));
    let ha = passages(&by(statements(), "Trần Hồng Hà", ""));
    assert!(khai
        .iter()
        .any(|p| p.contains("Tại cuộc họp, Phó Thủ tướng yêu cầu")));
    assert!(!ha
        .iter()
        .any(|p| p.contains("Tại cuộc họp, Phó Thủ tướng yêu cầu")));
}

#[test]
fn given_name_reference_and_two_speakers_in_one_passage() {
    let chinh = by(statements(), "Lê Trung Chinh", "");
    assert!(passages(&chinh)
        .iter()
        .any(|p| p.starts_with("Ông Chinh yêu cầu")));
    let son = by(statements(), "Trần Phước Sơn", "");
    let shared = "Trần Phước Sơn cho biết";
    assert!(passages(&son).iter().any(|p| p.contains(shared)));
    assert!(
        passages(&chinh).iter().any(|p| p.contains(shared)),
        "both speak in that passage"
    );
    // "Theo ông Sơn, ..." reports what he said, by his given name.
    assert!(passages(&son).iter().any(|p| p.starts_with("Theo ông Sơn")));
    // Nobody named speaks in "Cán bộ ... chia sẻ".
    let (_, r) = statements().search("hạ tầng mạng đường truyền", &[]);
    assert!(hits(&r)[0].get("speaker").is_none());
}

#[test]
fn by_matches_any_case_and_no_diacritics_and_ranks_by_query() {
    let exact = by(statements(), "Lê Trung Chinh", "");
    let folded = by(statements(), "le trung chinh", "");
    let upper = by(statements(), "LÊ TRUNG CHINH", "");
    assert_eq!(passages(&exact), passages(&folded));
    assert_eq!(passages(&exact), passages(&upper));
    let ranked = by(statements(), "le trung chinh", "hồ sơ tồn đọng");
    assert!(passages(&ranked)[0].contains("hồ sơ tồn đọng"));
    let none = run(&[
        "search",
        "--index",
        statements().index().to_str().unwrap(),
        "--by",
        "Người Không Có",
        "--json",
    ]);
    assert_eq!(none.status.code(), Some(1));
}

#[test]
fn seed_statements_follow_the_article() {
    // 001 names "Đ/c Phạm Minh Chính - Thủ tướng Chính phủ", then says "Thủ tướng Chính phủ đề nghị".
    let h = by(seeds(), "Phạm Minh Chính", "");
    assert!(
        passages(&h)
            .iter()
            .any(|p| p.starts_with("Thủ tướng Chính phủ đề nghị")),
        "{:?}",
        passages(&h)
    );
    let phan = by(seeds(), "Ngô Hải Phan", "");
    assert!(phan.len() >= 2);
    assert!(phan
        .iter()
        .all(|h| h["article"]["source"].as_str().unwrap().contains("004_")));
    assert!(passages(&phan)
        .iter()
        .any(|p| p.starts_with("Ông Ngô Hải Phan nhấn mạnh")));
}

#[test]
fn every_written_form_of_a_reference_finds_the_citing_passages_first() {
    for query in [
        "131/NQ-CP",
        "Nghị quyết 131",
        "nghi quyet so 131",
        "NQ 131",
        "131/nq-cp",
    ] {
        let (_, r) = seeds().search(query, &[]);
        let first = &hits(&r)[0];
        assert!(
            first["article"]["source"]
                .as_str()
                .unwrap()
                .contains("004_"),
            "{query}"
        );
        assert!(first_hit_cites(&r, "131/NQ-CP"), "{query}: {first}");
    }
    for query in [
        "653/2019/UBTVQH14",
        "Nghị quyết 653",
        "653/2019/2019/UBTVQH",
    ] {
        let (_, r) = seeds().search(query, &[]);
        assert!(
            hits(&r)[0]["passage"]
                .as_str()
                .unwrap()
                .contains("653/2019/2019/UBTVQH"),
            "{query}"
        );
    }
    // The year dropped: still the reference, every word matched.
    for query in ["653/UBTVQH14", "Nghị quyết 653/UBTVQH14"] {
        let (_, r) = seeds().search(query, &[]);
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert!(
            hits(&r)[0]["passage"]
                .as_str()
                .unwrap()
                .contains("653/2019/2019/UBTVQH"),
            "{query}"
        );
    }
    for query in ["Đề án 06", "Đề án số 06", "de an 6"] {
        let (_, r) = seeds().search(query, &[]);
        assert!(first_hit_cites(&r, "Đề án 06"), "{query}");
    }
    // Đ written as D.
    let (_, r) = statements().search("107/2021/NĐ-CP", &[]);
    let cited: Vec<String> = hits(&r)
        .iter()
        .take(2)
        .map(|h| h["article"]["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        cited.contains(&"s4".to_string()) && cited.contains(&"s5".to_string()),
        "{cited:?}"
    );
}

#[test]
fn ref_filter_restricts_to_citing_passages() {
    for reference in ["107/2021/ND-CP", "Nghị định 107"] {
        let (code, r) = statements().search("", &["--ref", reference]);
        assert_eq!(code, 0, "{reference}");
        let ids: Vec<String> = hits(&r)
            .iter()
            .map(|h| h["article"]["id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(ids.len(), 2, "{reference}: {ids:?}");
        assert!(hits(&r)
            .iter()
            .all(|h| !h["refs"].as_array().unwrap().is_empty()));
    }
    let (code, r) = seeds().search("cải cách", &["--ref", "131/NQ-CP"]);
    assert_eq!(code, 0);
    assert!(hits(&r)
        .iter()
        .all(|h| h["passage"].as_str().unwrap().contains("131/NQ-CP")));
}

#[test]
fn refs_and_people_listings() {
    let idx = statements().index();
    let out = run(&["refs", "--index", idx.to_str().unwrap(), "--json"]);
    assert!(out.status.success());
    let refs: Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &refs[0];
    assert_eq!(first["reference"], "107/2021/NĐ-CP");
    assert_eq!(first["articles"], 2);
    assert!(refs
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["reference"] == "35/2023/UBTVQH15"));
    let filtered = run(&["refs", "--index", idx.to_str().unwrap(), "--json", "qd-ttg"]);
    let filtered: Value = serde_json::from_slice(&filtered.stdout).unwrap();
    assert_eq!(filtered.as_array().unwrap().len(), 1);
    assert_eq!(filtered[0]["reference"], "1291/QĐ-TTg");

    let out = run(&["people", "--index", idx.to_str().unwrap(), "--json"]);
    let people: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = people
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for name in [
        "Phạm Thị Thanh Trà",
        "Nguyễn Duy Thăng",
        "Lê Trung Chinh",
        "Trần Phước Sơn",
        "Trần Hồng Hà",
        "Lê Minh Khái",
        "Hoàng Văn Nghiệm",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    assert_eq!(people[0]["name"], "Lê Trung Chinh");
    assert_eq!(
        people[0]["statements"], 2,
        "the passage where both speak and \"Ông Chinh yêu cầu\""
    );
}

/// The `refs --json` listing of `indexed`: reference, articles, passages.
fn listed_refs(indexed: &Indexed) -> Vec<(String, u64, u64)> {
    let idx = indexed.index();
    let out = run(&["refs", "--index", idx.to_str().unwrap(), "--json"]);
    let refs: Value = serde_json::from_slice(&out.stdout).unwrap();
    refs.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["reference"].as_str().unwrap().to_string(),
                r["articles"].as_u64().unwrap(),
                r["passages"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn glued_and_lettered_references_are_found_and_words_are_not_references() {
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "toi-da.txt",
            "Tỉnh Yên Bái rút ngắn thời gian cấp phép\nHồ sơ được giải quyết trong tối đa 3 ngày làm việc, tỉnh đã 3 lần kiểm tra việc tiếp nhận hồ sơ tại bộ phận một cửa.\n",
        ),
        (
            "de-an.txt",
            "Tỉnh Phú Thọ triển khai ĐA 3 về dữ liệu dân cư\nTỉnh Phú Thọ triển khai ĐA 3 về ứng dụng dữ liệu dân cư, tiếp tục thực hiện Nghị quyết số 30c/NQ-CP về chương trình tổng thể cải cách hành chính nhà nước.\n",
        ),
    ]);
    let listed: Vec<(String, u64)> = listed_refs(&indexed)
        .into_iter()
        .map(|(reference, articles, _)| (reference, articles))
        .collect();
    assert!(
        listed.contains(&("ĐA 3".to_string(), 1)) && listed.contains(&("30c/NQ-CP".to_string(), 1)),
        "{listed:?}"
    );
    for reference in ["Đề án 3", "ĐA 3"] {
        let (code, r) = indexed.search("", &["--ref", reference]);
        assert_eq!(code, 0, "{reference}");
        let files: Vec<String> = crate::common::sources(&r);
        assert_eq!(files, ["de-an.txt"], "{reference}");
    }
    for query in [
        "NQ30c",
        "Nghị quyết 30c",
        "30c/NQ-CP",
        "nghi quyet so 30c/nq-cp",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}");
        assert!(first_hit_cites(&r, "30c/NQ-CP"), "{query}: {r}");
    }
}

#[test]
fn according_to_and_a_parenthesized_ministry_still_attribute_the_statement() {
    let (_dir, indexed) = crate::common::index_texts(&[(
        "hoi-nghi.txt",
        "Hội nghị trực tuyến về cải cách thủ tục hành chính\n\
         Theo Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, việc đánh giá chỉ số cải cách hành chính phải thực chất, khách quan.\n\
         Cục trưởng Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ) Ngô Hải Phan cho biết đã rà soát hơn 2.000 quy định kinh doanh.\n\
         Các địa phương tiếp tục rà soát thủ tục theo hướng dẫn của Bộ Nội vụ trong năm tới.\n",
    )]);
    let tra = by(&indexed, "Pham Thi Thanh Tra", "đánh giá chỉ số");
    assert_eq!(tra.len(), 1, "{tra:?}");
    assert!(passages(&tra)[0].starts_with("Theo Bộ trưởng"));
    let phan = by(&indexed, "Ngô Hải Phan", "rà soát");
    assert_eq!(phan.len(), 1, "{phan:?}");
    assert!(passages(&phan)[0].contains("2.000 quy định"));
}

#[test]
fn a_query_naming_an_official_finds_what_they_said_under_their_title_alone() {
    let (_dir, indexed) = crate::common::index_texts(&[(
        "ket-luan.txt",
        "Hội nghị trực tuyến về chuyển đổi số\n\
         Thủ tướng Chính phủ Phạm Minh Chính phát biểu khai mạc hội nghị trực tuyến với các địa phương.\n\
         Các đại biểu thảo luận về việc làm sạch dữ liệu dân cư và kết nối các hệ thống thông tin.\n\
         Kết luận hội nghị, Thủ tướng yêu cầu các bộ hoàn thành kết nối cơ sở dữ liệu đất đai trước tháng 10.\n",
    )]);
    let (code, r) = indexed.search("Phạm Minh Chính cơ sở dữ liệu đất đai", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["matching"], "all", "{r}");
    let first = &hits(&r)[0];
    assert!(
        first["passage"]
            .as_str()
            .unwrap()
            .starts_with("Kết luận hội nghị, Thủ tướng yêu cầu"),
        "{first}"
    );
    assert_eq!(first["speaker"]["name"], "Phạm Minh Chính");
}

#[test]
fn a_reference_with_words_no_passage_holds_still_puts_its_citations_first() {
    // A journalist pastes the citation with its date; no passage holds every word, and the
    // passage citing another resolution holds more of the common words ("Nghị quyết số",
    // "ngày") than the one citing the resolution asked for.
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "khac.txt",
            "Sắp xếp đơn vị hành chính cấp xã\nViệc sắp xếp đơn vị hành chính theo Nghị quyết số 653/2019/UBTVQH14 ngày 12/3/2019 cơ bản hoàn thành; tính đến ngày 31/3/2020 đã giảm 557 đơn vị cấp xã.\n",
        ),
        (
            "dung.txt",
            "Triển khai cải cách thủ tục hành chính\nCục Kiểm soát TTHC triển khai Nghị quyết 131/NQ-CP của Chính phủ về đẩy mạnh cải cách thủ tục hành chính.\n",
        ),
    ]);
    for query in [
        "Nghị quyết số 131/NQ-CP ngày 6/10/2022",
        "nghị quyết số 131/NQ-CP ban hành ngày 6 tháng 10",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}");
        assert_eq!(r["matching"], "partial", "{query}: {r}");
        assert!(first_hit_cites(&r, "131/NQ-CP"), "{query}: {r}");
    }
}

#[test]
fn party_documents_numbered_type_after_number_are_references() {
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "dang.txt",
            "Tinh gọn bộ máy theo Nghị quyết 18-NQ/TW\nTỉnh ủy quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương và Kết luận 14-KL/TW của Bộ Chính trị, giảm 12 đầu mối trong năm.\n",
        ),
        (
            "chinh-phu.txt",
            "Chính phủ họp phiên chuyên đề\nChính phủ ban hành Nghị quyết 18/NQ-CP về phiên họp chuyên đề xây dựng pháp luật, giao các bộ hoàn thiện hồ sơ.\n",
        ),
    ]);
    for query in ["18-NQ/TW", "Nghị quyết 18-NQ/TW", "nghi quyet so 18-nq/tw"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}");
        assert!(first_hit_cites(&r, "18-NQ/TW"), "{query}: {r}");
    }
    let (_, r) = indexed.search("", &["--ref", "14-KL/TW"]);
    assert_eq!(crate::common::sources(&r), ["dang.txt"], "{r}");
    // Typed the State's way round (a frequent slip), the same resolution.
    let (_, r) = indexed.search("", &["--ref", "18/NQ-TW"]);
    assert_eq!(crate::common::sources(&r), ["dang.txt"], "{r}");
    let out = run(&[
        "refs",
        "--index",
        indexed.index().to_str().unwrap(),
        "--json",
    ]);
    let refs = String::from_utf8_lossy(&out.stdout);
    assert!(
        refs.contains("\"18-NQ/TW\"") && refs.contains("\"14-KL/TW\""),
        "{refs}"
    );
}

#[test]
fn a_type_typed_before_a_number_that_names_none_is_part_of_the_reference() {
    // "NQ18/TW" and "Kết luận 14/TW" put the type before the number, where the Party writes
    // it in ("18-NQ/TW"); "NQ 12/CP" is the Government's 12/NQ-CP, not its decree 12/NĐ-CP;
    // "CV 305/SNV-VP" names the type of a number that gives only its issuer: the abbreviation
    // need not stand in the passage.
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "dang.txt",
            "Học tập nghị quyết\nĐảng ủy khối triển khai Nghị quyết số 18-NQ/TW và Kết luận số 14-KL/TW tới từng chi bộ trong quý III.\n",
        ),
        (
            "nghi-quyet.txt",
            "Phiên họp Chính phủ\nChính phủ ban hành Nghị quyết 12/NQ-CP về phiên họp thường kỳ tháng một.\n",
        ),
        (
            "nghi-dinh.txt",
            "Nghị định mới\nChính phủ ban hành Nghị định 12/NĐ-CP quy định về tổ chức các cơ quan chuyên môn.\n",
        ),
        (
            "cong-van.txt",
            "Hướng dẫn của Sở\nSở Nội vụ ban hành Công văn số 305/SNV-VP hướng dẫn đánh giá chỉ số cải cách hành chính.\n",
        ),
    ]);
    for (query, file, label) in [
        ("NQ18/TW", "dang.txt", "18-NQ/TW"),
        ("Nghị quyết 18/TW", "dang.txt", "18-NQ/TW"),
        ("KL14/TW", "dang.txt", "14-KL/TW"),
        ("NQ 12/CP", "nghi-quyet.txt", "12/NQ-CP"),
        ("CV 305/SNV-VP", "cong-van.txt", "305/SNV-VP"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(crate::common::sources(&r), [file], "{query}: {r}");
        assert!(first_hit_cites(&r, label), "{query}: {r}");
    }
}

#[test]
fn statements_introduced_by_theo_a_colon_quote_or_a_list_of_roles() {
    let (_dir, indexed) = crate::common::index_texts(&[(
        "tinh.txt",
        "Hội nghị tổng kết cải cách hành chính của tỉnh\n\
         Theo ông Nguyễn Văn An, Giám đốc Sở Nội vụ, năm nay tỉnh đã cắt giảm 120 thủ tục hành chính không cần thiết.\n\
         Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà: “Cải cách hành chính là nhiệm vụ trọng tâm xuyên suốt của cả nhiệm kỳ”.\n\
         Đồng chí Hoàng Văn Em - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh chỉ đạo các sở rà soát lại quy trình nội bộ.\n",
    )]);
    for (name, words) in [
        ("Nguyễn Văn An", "cắt giảm 120 thủ tục"),
        ("Phạm Thị Thanh Trà", "nhiệm vụ trọng tâm xuyên suốt"),
        ("Hoàng Văn Em", "rà soát lại quy trình nội bộ"),
    ] {
        let found = by(&indexed, name, "");
        assert_eq!(found.len(), 1, "{name}: {found:?}");
        assert!(passages(&found)[0].contains(words), "{name}: {found:?}");
    }
    // His title is known, so a question about the title finds him.
    let (code, r) = indexed.search("Phó Chủ tịch UBND tỉnh nói gì về quy trình nội bộ", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(hits(&r)[0]["speaker"]["name"], "Hoàng Văn Em", "{r}");
}

#[test]
fn theo_with_a_form_of_address_alone_reports_the_official_so_called_last() {
    // "Theo bà, ..." after a woman and a man have spoken: hers; "Theo ông, ..." his; "theo
    // ông bà" (grandparents) and "bà con" (the people) no one.
    let (_dir, indexed) = crate::common::index_texts(&[(
        "so-noi-vu.txt",
        "Sở Nội vụ công bố chỉ số hài lòng của người dân
         Giám đốc Sở Nội vụ Trần Thị Minh Nguyệt cho biết chỉ số hài lòng năm nay đạt 86,2%, cao nhất từ trước đến nay.
         Phó Giám đốc Sở Tư pháp Đỗ Văn Khang đề nghị mở rộng việc chứng thực bản sao điện tử tại cấp xã.
         Theo bà, nguyên nhân chính là thái độ phục vụ của công chức bộ phận một cửa đã chuyển biến rõ rệt.
         Theo ông, chứng thực điện tử giúp người dân tiết kiệm thời gian đi lại và chi phí sao y giấy tờ.
         Theo ông bà ở xóm Đông, hồ sơ nay được trả đúng hẹn qua đường bưu điện công ích.
",
    )]);
    let nguyet = passages(&by(&indexed, "Trần Thị Minh Nguyệt", ""));
    assert!(
        nguyet.iter().any(|p| p.starts_with("Theo bà, nguyên nhân")),
        "{nguyet:?}"
    );
    let khang = passages(&by(&indexed, "Đỗ Văn Khang", ""));
    assert!(
        khang.iter().any(|p| p.starts_with("Theo ông, chứng thực")),
        "{khang:?}"
    );
    for p in nguyet.iter().chain(&khang) {
        assert!(!p.contains("xóm Đông"), "{p}");
    }
}

#[test]
fn roles_listed_after_a_comma_leave_the_title_to_the_name() {
    let (_dir, indexed) = crate::common::index_texts(&[(
        "tinh-uy.txt",
        "Tỉnh ủy làm việc với các sở về đất đai
         Tại buổi làm việc, đồng chí Nguyễn Đức Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đề nghị các sở tập trung tháo gỡ vướng mắc về đất đai cho doanh nghiệp.
",
    )]);
    let (code, r) = indexed.search("Bí thư Tỉnh ủy nói gì về đất đai", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["statements_of"], "Bí thư Tỉnh ủy", "{r}");
    assert_eq!(hits(&r)[0]["speaker"]["name"], "Nguyễn Đức Dũng", "{r}");
    assert_eq!(hits(&r)[0]["speaker"]["title"], "Bí thư", "{r}");
}

#[test]
fn a_type_and_number_with_its_year_finds_the_full_number_first() {
    // The decoy holds every word of "Nghị định 107 năm 2021" (and all of them in their exact
    // forms), the citation only "Nghị định" and the number.
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "nghi-dinh.txt",
            "Sửa đổi quy định về một cửa\nChính phủ ban hành Nghị định số 107/2021/NĐ-CP sửa đổi, bổ sung quy định về thực hiện cơ chế một cửa, một cửa liên thông.\n",
        ),
        (
            "thong-ke.txt",
            "Công tác xây dựng văn bản\nTrong năm 2021, các bộ đã trình 107 dự thảo văn bản; Nghị định 45/2020/NĐ-CP về thủ tục điện tử tiếp tục được thực hiện.\n",
        ),
    ]);
    for query in [
        "Nghị định 107 năm 2021",
        "NĐ 107/2021",
        "nghi dinh so 107/2021",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}");
        assert!(first_hit_cites(&r, "107/2021/NĐ-CP"), "{query}: {r}");
    }
    let (_, r) = indexed.search("", &["--ref", "Nghị định 107 năm 2021"]);
    assert_eq!(crate::common::sources(&r), ["nghi-dinh.txt"], "{r}");
}

#[test]
fn a_law_cited_by_its_title_and_number_is_found_as_a_law() {
    // A law's number names its issuer, the National Assembly, not its type: the type stands
    // before the law's title. "luật 52/2019" and "--ref Luật 52" find the law; a resolution
    // of the same assembly and the law in general ("pháp luật") are no law.
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "luat.txt",
            "Sửa đổi quy định về cán bộ\nTừ ngày 1/7/2020, Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14 có hiệu lực, với quy định mới về tuyển dụng.\n",
        ),
        (
            "nghi-quyet.txt",
            "Kỳ họp của Quốc hội\nQuốc hội thông qua Nghị quyết số 52/2019/QH14 về chương trình giám sát năm 2020 và các văn bản quy phạm pháp luật số 52/2019/QH14 khác.\n",
        ),
    ]);
    for query in ["luật 52/2019", "Luật số 52 năm 2019", "luat 52/2019"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}");
        assert_eq!(crate::common::sources(&r)[0], "luat.txt", "{query}: {r}");
    }
    let (_, r) = indexed.search("", &["--ref", "Luật 52/2019"]);
    assert_eq!(crate::common::sources(&r), ["luat.txt"], "{r}");
}

#[test]
fn statements_after_cho_hay_cung_theo_and_an_academic_title() {
    let (_dir, indexed) = crate::common::index_texts(&[(
        "hop-bao.txt",
        "Bộ Nội vụ họp báo thường kỳ\n\
         Thông tin tại họp báo, Thứ trưởng Bộ Nội vụ Nguyễn Duy Thăng cho hay, 63 tỉnh đã hoàn thành sắp xếp đơn vị hành chính cấp xã.\n\
         Ngoài ra, Bộ cũng đã tổng kết công tác thi đua, khen thưởng của năm trước và giao chỉ tiêu cho các đơn vị.\n\
         Cũng theo Thứ trưởng, Bộ sẽ trình Chính phủ nghị định mới về chế độ tiền lương trong tháng 6.\n\
         PGS.TS Trần Thị Lan cho rằng cần có cơ chế bảo vệ cán bộ dám nghĩ, dám làm vì lợi ích chung.\n",
    )]);
    let thang = by(&indexed, "Nguyễn Duy Thăng", "");
    assert_eq!(thang.len(), 2, "{thang:?}");
    assert!(passages(&thang)[0].contains("cho hay"), "{thang:?}");
    assert!(passages(&thang)[1].contains("tiền lương"), "{thang:?}");
    let lan = by(&indexed, "Trần Thị Lan", "");
    assert_eq!(lan.len(), 1, "{lan:?}");
    assert!(passages(&lan)[0].contains("dám nghĩ, dám làm"), "{lan:?}");
    // A speaker without a title is shown by name alone.
    let index = indexed.index();
    let out = run(&[
        "search",
        "--index",
        index.to_str().unwrap(),
        "--by",
        "Trần Thị Lan",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("speaker: Trần Thị Lan\n"), "{text}");
}

#[test]
fn a_number_typed_with_spaces_is_the_same_reference() {
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "cach-quang.txt",
            "Số hóa hồ sơ tại tỉnh\nThực hiện Nghị quyết số 131 /NQ-CP và Quyết định số 468/ QĐ-TTg, tỉnh đã số hóa hồ sơ tại bộ phận một cửa.\n",
        ),
        (
            "gach-noi.txt",
            "Chương trình tổng thể\nThủ tướng đã ký Quyết định số 1291/QĐ - TTg về chương trình tổng thể cải cách hành chính nhà nước.\n",
        ),
    ]);
    for (reference, file) in [
        ("131/NQ-CP", "cach-quang.txt"),
        ("468/QĐ-TTg", "cach-quang.txt"),
        ("1291/QĐ-TTg", "gach-noi.txt"),
    ] {
        let (code, r) = indexed.search(reference, &[]);
        assert_eq!(code, 0, "{reference}: {r}");
        assert!(first_hit_cites(&r, reference), "{reference}: {r}");
        assert_eq!(crate::common::sources(&r)[0], file, "{reference}: {r}");
    }
}

#[test]
fn a_type_glued_to_its_issuer_or_split_by_a_point_is_the_same_reference() {
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "dinh-lien.txt",
            "Rà soát thủ tục về đất đai\nTỉnh rà soát thủ tục đất đai theo Nghị quyết số 131/NQCP của Chính phủ và Quyết định 1291/QĐTTg.\n",
        ),
        (
            "dau-cham.html",
            "<html><head><title>Cắt giảm giấy tờ</title></head><body><article><h1>Cắt giảm giấy tờ</h1>\
             <p>Sở Tư pháp cắt giảm giấy tờ công dân theo Nghị định 107/2021/NĐ.CP và hướng dẫn của Bộ.</p>\
             </article></body></html>",
        ),
        (
            "van-ban-khac.txt",
            "Học tập nghị quyết của Đảng\nCán bộ học tập Nghị quyết 131/NQ-TW và Quyết định 1291/QĐ-UBND của tỉnh về đất đai và giấy tờ.\n",
        ),
    ]);
    for (query, file) in [
        ("131/NQ-CP", "dinh-lien.txt"),
        ("131/NQCP", "dinh-lien.txt"),
        ("1291/QĐ-TTg", "dinh-lien.txt"),
        ("107/2021/NĐ-CP", "dau-cham.html"),
        ("107/2021/ND.CP", "dau-cham.html"),
        // Typed in a query with spaces or hyphens between number, type and issuer.
        ("131 NQ CP", "dinh-lien.txt"),
        ("131-NQ-CP", "dinh-lien.txt"),
        ("1291 qd ttg", "dinh-lien.txt"),
        ("Nghị định 107/2021 ND CP", "dau-cham.html"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert_eq!(crate::common::sources(&r)[0], file, "{query}: {r}");
    }
    // One document each in the list of references, whichever way it was typed.
    let out = run(&[
        "refs",
        "--index",
        indexed.index().to_str().unwrap(),
        "--json",
    ]);
    let refs: Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&str> = refs
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    for key in ["131/nq-cp", "1291/qd-ttg", "107/2021/nd-cp", "131/nq-tw"] {
        assert!(keys.contains(&key), "{key}: {keys:?}");
    }
    assert!(
        !keys
            .iter()
            .any(|k| k.contains("nqcp") || k.contains("qdttg")),
        "{keys:?}"
    );
}

#[test]
fn a_photo_caption_names_who_is_pictured_not_who_speaks() {
    let (_dir, indexed) = crate::common::index_texts(&[(
        "hoi-nghi.txt",
        "Hội nghị trực tuyến về dịch vụ công\n\
         Thủ tướng Phạm Minh Chính phát biểu tại hội nghị. Ảnh: VGP/Nhật Bắc\n\
         Các địa phương đã báo cáo kết quả triển khai dịch vụ công trực tuyến toàn trình trong năm qua và đề xuất giải pháp.\n\
         Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà chia sẻ tại hội nghị (ảnh: Minh Tuấn)\n\
         Nhiều tỉnh đã cắt giảm được hơn một nửa thời gian giải quyết hồ sơ đất đai cho người dân.\n\
         Kết luận hội nghị, Thủ tướng yêu cầu các bộ đẩy mạnh cắt giảm thủ tục hành chính trong năm tới.\n",
    )]);
    // The captions stay text and the Prime Minister is known by them, so the title alone
    // later is his; but neither caption is a statement.
    let pm = by(&indexed, "Phạm Minh Chính", "");
    assert_eq!(pm.len(), 1, "{pm:?}");
    assert!(passages(&pm)[0].starts_with("Kết luận hội nghị"), "{pm:?}");
    assert!(by(&indexed, "Phạm Thị Thanh Trà", "").is_empty());
    let (_, r) = indexed.search("\"Phạm Minh Chính phát biểu tại hội nghị\"", &[]);
    assert_eq!(r["total"], 1, "the caption is still searchable: {r}");
}

#[test]
fn speaking_at_an_occasion_is_no_statement_until_something_said_follows() {
    // A page whose picture carries a caption with no credit and no full stop, then a
    // speech reported later by the title alone.
    let (_dir, indexed) = crate::common::index_texts(&[(
        "phien-hop.html",
        "<html><head><title>Phiên họp về cải cách thủ tục</title></head><body><article>\
         <h1>Phiên họp về cải cách thủ tục</h1>\
         <figure><img src=\"a.jpg\"><figcaption>Phó Thủ tướng Lê Minh Khái phát biểu chỉ đạo tại phiên họp</figcaption></figure>\
         <p>Phiên họp đã nghe báo cáo của các bộ về kết quả cắt giảm thủ tục hành chính và thời gian giải quyết hồ sơ.</p>\
         <p>Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh trả lời phỏng vấn báo chí bên lề phiên họp.</p>\
         <p>Kết luận phiên họp, Phó Thủ tướng yêu cầu các bộ hoàn thành việc số hóa hồ sơ trong quý tới.</p>\
         </article></body></html>",
    )]);
    let khai = by(&indexed, "Lê Minh Khái", "");
    assert_eq!(passages(&khai).len(), 1, "{khai:?}");
    assert!(
        passages(&khai)[0].contains("Kết luận phiên họp"),
        "{khai:?}"
    );
    assert!(by(&indexed, "Nguyễn Hải Ninh", "").is_empty());
    let (_, r) = indexed.search("Phó Thủ tướng nói gì", &[]);
    assert!(
        hits(&r)
            .iter()
            .all(|h| !h["passage"].as_str().unwrap().contains("phát biểu chỉ đạo")),
        "{r}"
    );
}

#[test]
fn a_thousands_point_in_a_number_and_a_party_number_with_a_vietnamese_letter() {
    let (_dir, indexed) = crate::common::index_texts(&[(
        "van-ban.txt",
        "Văn bản mới\n\
         UBND tỉnh ban hành Quyết định số 1.234/QĐ-UBND về danh mục thủ tục hành chính nội bộ.\n\
         Bộ Chính trị ban hành Quy định số 41-QĐ/TW về miễn nhiệm, từ chức đối với cán bộ.\n",
    )]);
    for reference in ["1234/QĐ-UBND", "1.234/QĐ-UBND", "41-QĐ/TW", "41/QĐ-TW"] {
        let (code, r) = indexed.search("", &["--ref", reference]);
        assert_eq!(code, 0, "{reference}: {r}");
        assert_eq!(r["total"], 1, "{reference}: {r}");
    }
    let out = crate::common::run(&[
        "refs",
        "--json",
        "--index",
        indexed.index().to_str().unwrap(),
    ]);
    let listed: Value = serde_json::from_slice(&out.stdout).expect("refs --json");
    let labels: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reference"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["1234/QĐ-UBND", "41-QĐ/TW"], "{listed}");
}

#[test]
fn according_to_the_words_or_the_opinion_of_an_official_is_their_statement() {
    let (_dir, indexed) = crate::common::index_texts(&[(
        "theo-loi.txt",
        "Sở Nội vụ giải quyết hồ sơ trước hạn\n\
         Theo lời Phó Giám đốc Sở Nội vụ Trần Thị Lan, đã có 95% hồ sơ được giải quyết trước hạn.\n\
         Theo ý kiến của ông Lê Minh Tuấn, Chánh Văn phòng UBND tỉnh, mô hình một cửa liên thông cần mở rộng.\n\
         Theo báo cáo của Sở Nội vụ, tỉnh còn 12 hồ sơ trễ hạn trong quý.\n",
    )]);
    let lan = by(&indexed, "Trần Thị Lan", "hồ sơ");
    assert_eq!(lan.len(), 1, "{lan:?}");
    assert!(passages(&lan)[0].contains("95% hồ sơ"));
    let tuan = by(&indexed, "Lê Minh Tuấn", "một cửa");
    assert_eq!(tuan.len(), 1, "{tuan:?}");
}

#[test]
fn a_number_written_with_slips_is_the_reference_it_means() {
    // Spaces around every slash and the hyphen, a slash for the hyphen, an eth for the Đ of
    // "QĐ": each passage cites 1291/QĐ-TTg, and only that one.
    let (_dir, indexed) = crate::common::index_texts(&[
        ("spaced.txt", "Tỉnh A rà soát thủ tục\nTỉnh A thực hiện Quyết định số 1291 / QĐ - TTg về phân cấp giải quyết thủ tục.\n"),
        ("slash.txt", "Tỉnh B rà soát thủ tục\nTỉnh B thực hiện Quyết định 1291/QĐ/TTg về phân cấp giải quyết thủ tục.\n"),
        ("eth.txt", "Tỉnh C rà soát thủ tục\nTỉnh C thực hiện Quyết định số 1291/QÐ-TTg về phân cấp giải quyết thủ tục.\n"),
        ("other.txt", "Tỉnh D rà soát thủ tục\nTỉnh D thực hiện Quyết định số 1292/QĐ-TTg về phân cấp giải quyết thủ tục.\n"),
    ]);
    let (code, r) = indexed.search("", &["--ref", "1291/QĐ-TTg"]);
    assert_eq!(code, 0, "{r}");
    let mut found = crate::common::sources(&r);
    found.sort();
    assert_eq!(found, ["eth.txt", "slash.txt", "spaced.txt"], "{r}");
    let (code, r) = indexed.search("1291/QD-TTg", &[]);
    assert_eq!(code, 0, "{r}");
    let hits = hits(&r);
    assert!(hits.len() >= 3, "{r}");
    for hit in &hits[..3] {
        let refs = hit["refs"].as_array().expect("refs");
        assert!(refs.iter().any(|l| l == "1291/QĐ-TTg"), "{hit}");
    }
}

#[test]
fn a_partial_citation_is_the_full_number_its_article_writes() {
    // "quyết định 1291" (lowercase, before the full number is written) is 1291/QĐ-TTg in the
    // article that writes it out; in an article that never does, it stays a citation of its
    // own, its label opening in capitals.
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "ra-soat.txt",
            "Các bộ rà soát thủ tục theo chỉ đạo của Thủ tướng\nTheo quyết định 1291 của Thủ tướng, các bộ phải rà soát thủ tục hành chính nội bộ trước quý IV.\nQuyết định 1291/QĐ-TTg được ban hành ngày 7/11/2022, giao Văn phòng Chính phủ theo dõi việc thực hiện.\n",
        ),
        (
            "tinh.txt",
            "Tỉnh hướng dẫn thực hiện\nSở Nội vụ hướng dẫn các huyện thực hiện quyết định 1291 trong năm nay.\n",
        ),
    ]);
    let listed = listed_refs(&indexed);
    assert!(
        listed.contains(&("1291/QĐ-TTg".to_string(), 1, 2)),
        "both passages of the article cite it: {listed:?}"
    );
    assert!(
        listed
            .iter()
            .all(|(label, _, _)| label != "quyết định 1291"),
        "{listed:?}"
    );
    let (code, r) = indexed.search("1291/QĐ-TTg", &[]);
    assert_eq!(code, 0, "{r}");
    let cites: Vec<Vec<String>> = hits(&r)
        .iter()
        .map(|h| {
            h["refs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_string())
                .collect()
        })
        .collect();
    assert!(
        cites
            .iter()
            .filter(|c| c.contains(&"1291/QĐ-TTg".to_string()))
            .count()
            == 2
            && cites.contains(&vec!["Quyết định 1291".to_string()]),
        "{r}"
    );
}

#[test]
fn statements_introduced_by_less_common_verbs_of_saying() {
    let (_dir, indexed) = crate::common::index_texts(&[(
        "bo-noi-vu.txt",
        "Bộ Nội vụ sơ kết sắp xếp bộ máy\n\
         Thứ trưởng Bộ Nội vụ Trương Hải Long chỉ ra ba nguyên nhân khiến việc sắp xếp đơn vị hành chính cấp xã còn chậm.\n\
         Ông Long cũng cảnh báo tình trạng chạy chức, chạy quyền trong quá trình bố trí cán bộ dôi dư sau sắp xếp.\n\
         Vụ trưởng Vụ Chính quyền địa phương Phan Trung Tuấn nhắc lại yêu cầu hoàn thành đề án trước ngày 30/9.\n",
    )]);
    let long = passages(&by(&indexed, "Trương Hải Long", ""));
    assert_eq!(long.len(), 2, "{long:?}");
    assert!(long[1].contains("chạy chức"), "{long:?}");
    let tuan = passages(&by(&indexed, "Phan Trung Tuấn", ""));
    assert_eq!(tuan.len(), 1, "{tuan:?}");
}

#[test]
fn a_quotation_then_that_was_the_official_s_demand_is_the_official_s() {
    // The lede quotes first and names the official in the next paragraph.
    let (_dir, indexed) = crate::common::index_texts(&[(
        "mot-cua.txt",
        "Không để hồ sơ nằm chờ quá hạn\n\
         “Bộ phận một cửa phải trả lời người dân bằng văn bản khi hồ sơ trễ hạn, nêu rõ lý do và hẹn lại ngày trả kết quả”.\n\
         Đó là chỉ đạo của Phó Chủ tịch UBND tỉnh Nguyễn Thị Thu Hà tại cuộc họp sáng 14/5 về tình hình giải quyết hồ sơ đất đai.\n\
         “Người dân còn phải chờ đợi lâu ở nhiều xã”, một đại biểu nhận xét.\n\
         Đó là kết quả của việc rà soát toàn bộ quy trình nội bộ trong năm qua.\n",
    )]);
    let ha = passages(&by(&indexed, "Nguyễn Thị Thu Hà", ""));
    assert_eq!(ha.len(), 2, "{ha:?}");
    assert!(ha[0].starts_with("“Bộ phận một cửa"), "{ha:?}");
    assert!(ha[1].starts_with("Đó là chỉ đạo"), "{ha:?}");
}

#[test]
fn titles_joined_before_one_name_are_that_official_s_not_another_holder_s() {
    let (_dir, indexed) = index_page(
        "Phiên họp về chuyển đổi số",
        &[
            "Phó Thủ tướng Trần Hồng Hà chủ trì phiên họp chiều 12/3.",
            "Bộ trưởng Bộ Công an Lương Tam Quang báo cáo về Đề án 06 tại phiên họp.",
            "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn cho biết hồ sơ thị thực điện tử đã được giải quyết trực tuyến toàn trình.",
            "Bộ trưởng đề nghị các cơ quan đại diện ở nước ngoài kết nối dữ liệu hộ chiếu.",
        ],
    );
    let (code, r) = indexed.search("thị thực điện tử", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(speaker_names(&hits(&r)), ["Bùi Thanh Sơn"], "{r}");
    // The title alone after him is his, not the minister named first.
    let (_, r) = indexed.search("Bùi Thanh Sơn nói gì về hộ chiếu", &[]);
    assert_eq!(speaker_names(&hits(&r)), ["Bùi Thanh Sơn"], "{r}");
    for other in ["Trần Hồng Hà", "Lương Tam Quang"] {
        let (_, r) = indexed.search(&format!("{other} nói gì về thị thực hộ chiếu"), &[]);
        let theirs: Vec<Value> = hits(&r)
            .into_iter()
            .filter(|h| h["speaker"]["name"] == other)
            .collect();
        let said = passages(&theirs);
        assert!(
            said.iter()
                .all(|p| !p.contains("thị thực") && !p.contains("hộ chiếu")),
            "{r}"
        );
    }
}

#[test]
fn a_former_official_is_asked_for_as_former_and_not_as_the_holder_in_office() {
    let (_dir, indexed) = index_page(
        "Tọa đàm về chính quyền số",
        &[
            "Cựu Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Đọc cho rằng chính quyền số phải bắt đầu từ dữ liệu dân cư sạch.",
            "Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy khẳng định tỉnh sẽ hoàn thành kho dữ liệu dùng chung trong năm nay.",
            "Chủ tịch cũng yêu cầu các sở công khai tiến độ số hóa hồ sơ.",
        ],
    );
    let (code, r) = indexed.search("nguyên Chủ tịch UBND tỉnh Quảng Ninh nói gì", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(speaker_names(&hits(&r)), ["Nguyễn Văn Đọc"], "{r}");
    assert_eq!(
        hits(&r)[0]["speaker"]["title"],
        "Nguyên Chủ tịch UBND",
        "{r}"
    );
    let (_, r) = indexed.search("Chủ tịch UBND tỉnh Quảng Ninh nói gì về dữ liệu", &[]);
    assert!(!speaker_names(&hits(&r)).is_empty(), "{r}");
    assert!(
        speaker_names(&hits(&r))
            .iter()
            .all(|n| n == "Cao Tường Huy"),
        "{r}"
    );
}

#[test]
fn a_number_whose_type_stands_in_the_words_before_it_is_marked_as_the_citation() {
    // A document numbered by its issuer alone (the National Assembly, its Standing
    // Committee) is typed by the words before it; asked for by type and number, its
    // citation is marked whole in the snippet, as one numbered with its type is.
    let (_dir, indexed) = crate::common::index_texts(&[(
        "don-vi.txt",
        "Sắp xếp đơn vị hành chính cấp xã\nTỉnh triển khai Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030.\n",
    )]);
    for query in [
        "Nghị quyết 35/2023",
        "nghi quyet 35 nam 2023",
        "NQ 35/UBTVQH15",
    ] {
        let (snippet, r) = first_snippet(&indexed, query);
        assert!(snippet.contains("<b>35/2023/UBTVQH15</b>"), "{query}: {r}");
    }
}

/// The snippet of the first hit `indexed` gives for `query`, with the results.
fn first_snippet(indexed: &Indexed, query: &str) -> (String, Value) {
    let (code, r) = indexed.search(query, &[]);
    assert_eq!(code, 0, "{query}: {r}");
    let snippet = hits(&r)[0]["snippet"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    (snippet, r)
}

#[test]
fn a_type_written_out_is_marked_where_its_words_stand_together() {
    // "định" of "Nghị định" also opens "định kỳ" and closes "quy định": asked for as
    // "nghị định 59", the snippet marks the type where it names the document, not elsewhere.
    let (_dir, indexed) = crate::common::index_texts(&[(
        "dinh-ky.txt",
        "Chuyển đổi vị trí công tác\nTheo quy định tại Nghị định số 59/2019/NĐ-CP, định kỳ chuyển đổi vị trí công tác là từ đủ 2 năm đến 5 năm.\n",
    )]);
    for query in ["nghi dinh 59", "Nghị định 59/2019"] {
        let (snippet, r) = first_snippet(&indexed, query);
        assert!(snippet.contains("<b>Nghị định</b>"), "{query}: {r}");
        assert!(snippet.contains("<b>59/2019/NĐ-CP</b>"), "{query}: {r}");
        assert!(
            snippet.contains("quy định tại") && snippet.contains(", định kỳ"),
            "{query}: {r}"
        );
    }
}

#[test]
fn a_member_of_the_national_assembly_speaks_as_a_delegate() {
    // A debate of the National Assembly: each delegate named with the province's delegation
    // in parentheses, in lowercase mid-sentence; "đại biểu" alone is any delegate.
    let (_dir, indexed) = index_page(
        "Quốc hội thảo luận dự án Luật Cán bộ, công chức (sửa đổi)",
        &[
            "Đại biểu Nguyễn Văn Hiển (đoàn Lâm Đồng) phát biểu: “Đánh giá công chức phải dựa trên sản phẩm cụ thể của từng vị trí việc làm”.",
            "Nhiều đại biểu đề nghị cơ chế thu hút người có tài năng vào khu vực công.",
            "Tranh luận lại, đại biểu Quốc hội Trần Thị Thu Hằng (đoàn Đắk Nông) cho rằng cần thêm thời gian thử việc với công chức mới tuyển dụng.",
        ],
    );
    let (code, r) = indexed.search("đại biểu Quốc hội nói gì về công chức", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["statements_of"], "đại biểu Quốc hội", "{r}");
    let mut names = speaker_names(&hits(&r));
    names.sort();
    assert_eq!(names, ["Nguyễn Văn Hiển", "Trần Thị Thu Hằng"], "{r}");
    let (_, r) = indexed.search("Nguyễn Văn Hiển nói gì về người có tài năng", &[]);
    let his = passages(
        &hits(&r)
            .into_iter()
            .filter(|h| h["speaker"]["name"] == "Nguyễn Văn Hiển")
            .collect::<Vec<_>>(),
    );
    assert!(his.iter().all(|p| !p.contains("Nhiều đại biểu")), "{r}");
}

#[test]
fn highland_names_of_two_words_speak_and_are_asked_for() {
    // Officials of the Ba Na and Xơ Đăng peoples: "A" or "Y" and one more word. A plain-text
    // scrape, a title before each name, a later "đồng chí" for the last one named; a clinic's
    // "Khu A" and a university of medicine ("Y Dược") name no one.
    let (_dir, indexed) = crate::common::index_texts(&[(
        "kon-tum.txt",
        "Kon Tum sơ kết cải cách hành chính 6 tháng\n\
         Phó Chủ tịch UBND tỉnh A Pớt nhấn mạnh các sở phải công khai tiến độ giải quyết hồ sơ đất đai.\n\
         Phó Chủ tịch UBND tỉnh Y Ngọc chủ trì phiên thảo luận về dịch vụ công trực tuyến.\n\
         Đồng chí đề nghị các huyện đưa toàn bộ hồ sơ lên cổng dịch vụ công trước tháng 10.\n\
         Giám đốc Khu A Bệnh viện tỉnh cho biết khu đã số hóa hồ sơ khám bệnh.\n\
         Hiệu trưởng Trường Đại học Y Dược cho biết trường giảm một nửa giấy tờ nhập học.\n",
    )]);
    let (code, r) = indexed.search("A Pớt nói gì về hồ sơ đất đai", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(speaker_names(&hits(&r)), ["A Pớt"], "{r}");
    let (_, r) = indexed.search("Y Ngọc nói gì về dịch vụ công", &[]);
    let hers = passages(&hits(&r));
    assert!(
        hers.iter()
            .any(|p| p.contains("Đồng chí đề nghị các huyện")),
        "{r}"
    );
    let out = run(&[
        "people",
        "--index",
        indexed.index().to_str().unwrap(),
        "--json",
    ]);
    let people: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut names: Vec<&str> = people
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["A Pớt", "Y Ngọc"], "{people}");
}

#[test]
fn a_delegate_written_as_dbqh_speaks_and_is_asked_for() {
    // The abbreviation of "đại biểu Quốc hội" before a name is the delegate's title; "nhiều
    // ĐBQH", many, is no one; asked for as "ĐBQH" or in full.
    let (_dir, indexed) = crate::common::index_texts(&[(
        "thao-luan.txt",
        "Quốc hội thảo luận dự án Luật Tổ chức chính quyền địa phương\n\
         ĐBQH Hoàng Văn Cường (Hà Nội) cho rằng cần phân quyền mạnh hơn cho chính quyền cấp xã.\n\
         Nhiều ĐBQH đề nghị làm rõ thẩm quyền của chính quyền cấp xã trong quản lý đất đai.\n\
         ĐBQH Cường cũng nhấn mạnh cấp xã phải được giao biên chế theo vị trí việc làm.\n",
    )]);
    for question in [
        "ĐBQH nói gì về cấp xã",
        "đại biểu Quốc hội nói gì về cấp xã",
    ] {
        let (code, r) = indexed.search(question, &[]);
        assert_eq!(code, 0, "{r}");
        let found = hits(&r);
        assert_eq!(found.len(), 2, "{question}: {r}");
        assert!(
            found
                .iter()
                .all(|h| h["speaker"]["name"] == "Hoàng Văn Cường"
                    && h["speaker"]["title"] == "Đại biểu"),
            "{question}: {r}"
        );
    }
}

#[test]
fn a_number_with_its_type_glued_on_is_found_however_it_is_asked_for() {
    // A portal that left the slash out ("1085QĐ-TTg"): the passage cites the document, and
    // a query typed with or without the slash finds it beside one written correctly.
    let (_dir, indexed) = index_page(
        "Rà soát thủ tục hành chính nội bộ",
        &[
            "Thực hiện Quyết định số 1085QĐ-TTg của Thủ tướng, sở đã rà soát 36 thủ tục nội bộ.",
            "Kết quả rà soát theo Quyết định 1085/QĐ-TTg được gửi Văn phòng Chính phủ trước ngày 30/6.",
            "Mạng 5G-LTE đã phủ sóng toàn tỉnh.",
        ],
    );
    for query in ["1085/QĐ-TTg", "1085QĐ-TTg", "quyết định 1085"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        let found = hits(&r);
        assert_eq!(found.len(), 2, "{query}: {r}");
        assert!(
            found.iter().all(|h| h["refs"][0] == "1085/QĐ-TTg"),
            "{query}: {r}"
        );
    }
}

#[test]
fn the_reference_listed_is_written_as_issued_even_where_slips_outnumber_it() {
    // Three articles type the number in lowercase, one as issued: `refs` lists it as issued.
    let slip = |n: usize| {
        format!(
            "Bài {n}\nTỉnh triển khai Nghị quyết 131/nq-cp về cải cách thủ tục hành chính, đợt {n}.\n"
        )
    };
    let texts: Vec<(String, String)> = (1..=3)
        .map(|n| (format!("slip-{n}.txt"), slip(n)))
        .chain([(
            "issued.txt".to_string(),
            "Bài 4\nChính phủ ban hành Nghị quyết 131/NQ-CP về cải cách thủ tục hành chính.\n"
                .to_string(),
        )])
        .collect();
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let (_dir, indexed) = crate::common::index_texts(&files);
    let out = run(&[
        "refs",
        "--index",
        indexed.index().to_str().unwrap(),
        "--json",
    ]);
    let refs: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(refs[0]["reference"], "131/NQ-CP", "{refs}");
    assert_eq!(refs[0]["passages"], 4, "{refs}");
}

#[test]
fn a_party_conclusion_or_regulation_with_so_before_its_number_is_a_document() {
    // "Kết luận" and "Quy định" before a bare number are as often a verb and a noun; with
    // "số" before the number they name the Party's document, with or without its code.
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "coded.txt",
            "Sắp xếp tổ chức bộ máy ở Quảng Nam\nTỉnh Quảng Nam hoàn thành sắp xếp các cơ quan chuyên môn theo Kết luận số 121-KL/TW của Ban Chấp hành Trung ương về tổng kết Nghị quyết 18.\n",
        ),
        (
            "bare.html",
            "<html><body><h1>Tinh gọn bộ máy cấp xã ở Gia Lai</h1><p>Gia Lai triển khai kết luận số 121 của Ban Chấp hành Trung ương, giảm 30% đầu mối cấp xã trong năm 2025.</p><p>Tỉnh cũng thực hiện Quy định số 96 về lấy phiếu tín nhiệm đối với người giữ chức vụ.</p></body></html>",
        ),
        (
            "verb.txt",
            "Thủ tướng làm việc với Bình Định\nThủ tướng kết luận 121 kiến nghị của tỉnh đã được xử lý, theo quy định 96 giờ phải trả lời bằng văn bản.\n",
        ),
    ]);
    for query in ["Kết luận số 121", "ket luan so 121", "KL 121"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        let mut files = crate::common::sources(&r);
        files.sort();
        assert_eq!(files, ["bare.html", "coded.txt"], "{query}: {r}");
    }
    let (code, r) = indexed.search("Quy định số 96", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(crate::common::sources(&r), ["bare.html"], "{r}");
    assert!(first_hit_cites(&r, "Quy định số 96"), "{r}");
    let listed: Vec<String> = listed_refs(&indexed)
        .into_iter()
        .map(|(r, _, _)| r)
        .collect();
    assert!(listed.contains(&"Quy định số 96".to_string()), "{listed:?}");
}

#[test]
fn a_number_its_issuer_gives_without_a_type_is_found_by_the_type_and_the_issuer_typed() {
    // The Standing Committee numbers its resolutions with its code alone
    // ("35/2023/UBTVQH15"), a province its official letters ("789/UBND-VP"): "Nghị quyết 35
    // của UBTVQH" and "công văn 789 của UBND" name them first, and a Government resolution
    // of the same number is another document, named first by "của Chính phủ".
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "ubtvqh.txt",
            "Sắp xếp đơn vị hành chính cấp xã\nBộ Nội vụ hướng dẫn thực hiện Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính giai đoạn 2023 - 2030.\n",
        ),
        (
            "chinh-phu.html",
            "<html><body><h1>Phiên họp Chính phủ</h1><p>Chính phủ ban hành Nghị quyết 35/NQ-CP về các giải pháp thúc đẩy giải ngân vốn đầu tư công trong năm.</p></body></html>",
        ),
        (
            "cong-van.txt",
            "Tin tỉnh\nUBND tỉnh có Công văn số 789/UBND-VP đôn đốc các sở giải quyết hồ sơ trễ hạn trong tháng 5.\n",
        ),
    ]);
    for (query, file) in [
        ("Nghị quyết 35 của UBTVQH", "ubtvqh.txt"),
        ("NQ 35 của Ủy ban Thường vụ Quốc hội", "ubtvqh.txt"),
        ("Nghị quyết 35 của Chính phủ", "chinh-phu.html"),
        ("công văn 789 của UBND", "cong-van.txt"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        // The document the issuer names first; another of the number may follow.
        assert_eq!(crate::common::sources(&r)[0], file, "{query}: {r}");
    }
}

#[test]
fn a_speech_verb_after_and_is_the_second_predicate_of_the_official_opening_the_sentence() {
    // "X chủ trì hội nghị và phát biểu": X speaks, in a scrape and in HTML. "kiểm tra và
    // đánh giá" after an organ, or after another sentence's speaker, is no statement.
    let (_dir, indexed) = crate::common::index_texts(&[
        (
            "hoi-nghi.txt",
            "Hội nghị Chính phủ với địa phương\n\
             Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chủ trì hội nghị và phát biểu: \"Phải cắt giảm tối đa thủ tục hành chính không cần thiết\".\n\
             Sở Nội vụ các tỉnh tổ chức kiểm tra và đánh giá kết quả cải cách hành chính tại các huyện trong quý IV.\n",
        ),
        (
            "le-cong-bo.html",
            "<html><body><article><h1>Công bố chỉ số cải cách hành chính</h1>\
             <p>Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà dự lễ và nhấn mạnh các địa phương phải công khai tiến độ giải quyết hồ sơ.</p>\
             <p>Các sở, ngành tăng cường kiểm tra và đánh giá việc công khai tiến độ giải quyết hồ sơ của các huyện.</p>\
             </article></body></html>",
        ),
    ]);
    let binh = by(&indexed, "Nguyễn Hòa Bình", "");
    assert_eq!(passages(&binh).len(), 1, "{binh:?}");
    assert!(passages(&binh)[0].contains("cắt giảm tối đa"), "{binh:?}");
    let tra = by(&indexed, "Phạm Thị Thanh Trà", "");
    assert_eq!(passages(&tra).len(), 1, "{tra:?}");
    assert!(
        passages(&tra)[0].starts_with("Bộ trưởng Bộ Nội vụ"),
        "{tra:?}"
    );
    let (_, r) = indexed.search("ai nói về kiểm tra và đánh giá", &[]);
    assert!(
        hits(&r).iter().all(|h| h.get("speaker").is_none()
            || !h["passage"]
                .as_str()
                .unwrap_or("")
                .contains("kiểm tra và đánh giá")),
        "{r}"
    );
}

#[test]
fn a_reference_typed_as_words_finds_it_in_text_or_title_not_its_words_nearby() {
    let (_corpus, indexed) = crate::common::index_texts(&[
        (
            "cites.txt",
            "Hà Giang sắp xếp đơn vị hành chính cấp xã\n\
             Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương, tỉnh hoàn thành sắp xếp bộ máy.\n",
        ),
        (
            "title.txt",
            "Triển khai Nghị quyết 18-NQ/TW tại Lào Cai\n\
             Tỉnh đã giảm 12 đầu mối cấp sở và 45 phòng chuyên môn cấp huyện trong năm qua.\n",
        ),
        (
            "nearby.txt",
            "Tuyên Quang sáp nhập các xã nhỏ\n\
             Theo nghị quyết, 18 xã của huyện sẽ được sáp nhập trong năm nay để tinh gọn bộ máy.\n",
        ),
    ]);
    for query in ["Nghị quyết 18", "nghi quyet so 18", "NQ 18"] {
        let (_, r) = indexed.search(query, &[]);
        let mut found = crate::common::sources(&r);
        found.sort();
        assert_eq!(found, ["cites.txt", "title.txt"], "{query}: {r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
    }
}
