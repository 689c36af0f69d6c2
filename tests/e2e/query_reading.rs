//! Reading a query the way a journalist means it: every word typed (then fewer, and saying
//! so), one article once in the ranked list, a document type and number meaning that type.

use std::path::Path;
use std::sync::OnceLock;

use serde_json::Value;

use crate::common::{hits, index_corpus, index_texts, sources, Indexed};

/// A law-like article with many matching passages, two short ones, and two documents that
/// share a number but not a type.
fn corpus(dir: &Path) {
    let mut law = String::from("Luật về giao dịch điện tử và dịch vụ công trực tuyến\n");
    for i in 1..=8 {
        law.push_str(&format!(
            "Điều {i}. Cơ quan nhà nước cung cấp dịch vụ công trực tuyến toàn trình cho người dân và doanh nghiệp theo quy định tại khoản {i} của Luật này, bảo đảm an toàn thông tin.\n"
        ));
    }
    let files = [
        ("luat.txt", law),
        ("tinh-a.txt", "Tỉnh A đẩy mạnh dịch vụ công trực tuyến\nNăm nay tỉnh A đưa thêm 120 thủ tục lên dịch vụ công trực tuyến, người dân nộp hồ sơ tại nhà mà không phải đến bộ phận một cửa.\n".to_string()),
        ("tinh-b.txt", "Tỉnh B khảo sát sự hài lòng\nTỉnh B khảo sát mức độ hài lòng của người dân khi dùng dịch vụ công trực tuyến và công bố kết quả trên cổng thông tin của tỉnh.\n".to_string()),
        ("quyet-dinh.txt", "Phê duyệt đề án chuyển đổi số\nThủ tướng Chính phủ đã ban hành Quyết định số 57/QĐ-TTg phê duyệt đề án chuyển đổi số trong cơ quan hành chính các cấp.\n".to_string()),
        ("nghi-dinh.txt", "Quy định mới về quản lý đầu tư\nChính phủ ban hành Nghị định 57/2021/NĐ-CP sửa đổi quy định về quản lý dự án đầu tư công tại các địa phương trên cả nước.\n".to_string()),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("write corpus file");
    }
}

fn indexed() -> &'static Indexed {
    static INDEX: OnceLock<(tempfile::TempDir, Indexed)> = OnceLock::new();
    &INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            corpus(dir.path());
            let indexed = index_corpus(dir.path());
            assert!(indexed.output.status.success(), "{}", indexed.stderr());
            (dir, indexed)
        })
        .1
}

fn search(query: &str, extra: &[&str]) -> Value {
    let (code, r) = indexed().search(query, extra);
    assert_eq!(code, 0, "{query}: {r}");
    r
}

fn file_of(hit: &Value) -> String {
    let source = hit["article"]["source"].as_str().unwrap_or_default();
    source.rsplit('/').next().unwrap_or_default().to_string()
}

/// The results of `query` on `indexed` (which must answer), and the file of its first hit.
fn first_file(indexed: &Indexed, query: &str) -> (Value, String) {
    let (code, r) = indexed.search(query, &[]);
    assert_eq!(code, 0, "{query}: {r}");
    let first = hits(&r).first().map(file_of).unwrap_or_default();
    (r, first)
}

#[test]
fn every_word_must_be_there_when_some_passage_has_them_all() {
    let r = search("tỉnh khảo sát hài lòng", &[]);
    assert_eq!(r["matching"], "all", "{r}");
    assert_eq!(r["total"], 1, "only tỉnh B's passage has every word: {r}");
    assert_eq!(file_of(&hits(&r)[0]), "tinh-b.txt");
}

#[test]
fn without_a_passage_holding_every_word_the_fullest_come_first_and_say_so() {
    let r = search("khảo sát hài lòng xyzzyq", &[]);
    assert_eq!(r["matching"], "partial", "{r}");
    assert_eq!(file_of(&hits(&r)[0]), "tinh-b.txt");
}

#[test]
fn one_article_fills_at_most_two_places_and_counts_the_rest() {
    let r = search("dịch vụ công trực tuyến", &["--limit", "4"]);
    let listed = hits(&r);
    let from_law: Vec<&Value> = listed.iter().filter(|h| file_of(h) == "luat.txt").collect();
    assert_eq!(from_law.len(), 2, "{r}");
    for h in &from_law {
        assert_eq!(h["more_in_article"], 6, "8 passages match, 2 listed: {h}");
    }
    let files: Vec<String> = listed.iter().map(file_of).collect();
    assert!(files.contains(&"tinh-a.txt".to_string()), "{files:?}");
    assert!(files.contains(&"tinh-b.txt".to_string()), "{files:?}");
    // Without grouping the law's passages come back as many as they match.
    let r = search(
        "dịch vụ công trực tuyến",
        &["--limit", "10", "--per-article", "0"],
    );
    let from_law = hits(&r).iter().filter(|h| file_of(h) == "luat.txt").count();
    assert_eq!(from_law, 8, "{r}");
}

#[test]
fn a_document_type_and_number_mean_that_type() {
    for q in ["Quyết định 57", "quyet dinh 57", "QĐ 57"] {
        let r = search(q, &[]);
        assert_eq!(file_of(&hits(&r)[0]), "quyet-dinh.txt", "{q}: {r}");
    }
    for q in ["Nghị định 57", "nghi dinh 57", "NĐ 57"] {
        let r = search(q, &[]);
        assert_eq!(file_of(&hits(&r)[0]), "nghi-dinh.txt", "{q}: {r}");
    }
}

#[test]
fn telex_and_vni_typed_without_an_input_method_are_read_as_vietnamese() {
    let accented = search("khảo sát hài lòng", &[]);
    // The tone key at the end, inside the word as input methods also take it, or VNI.
    for typed in [
        "khaor sats haif longf",
        "kharo sats hafi lofng",
        "kha3o sa1t ha2i lo2ng",
    ] {
        let r = search(typed, &[]);
        assert_eq!(r["searched_for"], "khảo sát hài lòng", "{typed}: {r}");
        assert_eq!(r["matching"], "all", "{typed}: {r}");
        assert_eq!(r["total"], accented["total"], "{typed}: {r}");
        assert_eq!(file_of(&hits(&r)[0]), "tinh-b.txt");
    }
}

#[test]
fn ordinary_queries_are_not_read_as_telex() {
    for q in [
        "cai cach",
        "dich vu cong",
        "Quyết định 57",
        "QĐ 57/QĐ-TTg",
        "TTHC",
        "digital report",
    ] {
        let (_, r) = indexed().search(q, &[]);
        assert!(r.get("searched_for").is_none(), "{q}: {r}");
    }
}

/// Three dated articles and one without a date, in a corpus of their own (each passage its
/// own: copies of one would be listed once).
fn dated() -> &'static Indexed {
    static INDEX: OnceLock<(tempfile::TempDir, Indexed)> = OnceLock::new();
    &INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            for (name, date) in [("a2022", Some("15/03/2022")), ("b2023", Some("02/06/2023")), ("c2024", Some("20/01/2024")), ("d-nodate", None)] {
                let dateline = date.map(|d| format!("{d} - 08:00\n")).unwrap_or_default();
                let text = format!(
                    "Bản tin cải cách số {name}\n{dateline}Huyện tổ chức hội nghị về cải cách hành chính và chuyển đổi số, đánh giá kết quả giải quyết hồ sơ cho người dân trên địa bàn (bản tin {name}).\n"
                );
                std::fs::write(dir.path().join(format!("{name}.txt")), text).expect("write");
            }
            let indexed = index_corpus(dir.path());
            assert!(indexed.output.status.success(), "{}", indexed.stderr());
            (dir, indexed)
        })
        .1
}

fn dated_files(extra: &[&str]) -> Vec<String> {
    let (code, r) = dated().search("cải cách hành chính", extra);
    assert_eq!(code, 0, "{r}");
    hits(&r).iter().map(file_of).collect()
}

#[test]
fn dates_filter_and_sort_with_undated_articles_last() {
    assert_eq!(
        dated_files(&["--sort", "date"]),
        ["c2024.txt", "b2023.txt", "a2022.txt", "d-nodate.txt"]
    );
    let mut in_2023 = dated_files(&["--since", "2023-01-01", "--until", "2023-12-31"]);
    in_2023.sort();
    assert_eq!(in_2023, ["b2023.txt"]);
    let mut since = dated_files(&["--since", "2023-01-01"]);
    since.sort();
    assert_eq!(since, ["b2023.txt", "c2024.txt"]);
    let (code, r) = dated().search("cải cách", &["--since", "2023-02-30"]);
    assert_eq!(code, 2, "an impossible date is refused: {r}");
}

#[test]
fn a_period_typed_in_words_filters_by_date() {
    let files = |query: &str| {
        let (code, r) = dated().search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        let mut files: Vec<String> = hits(&r).iter().map(file_of).collect();
        files.sort();
        (files, r)
    };
    for query in [
        "cải cách hành chính từ 2022 đến 2023",
        "cai cach hanh chinh tu nam 2022 toi nam 2023",
        "from 2022 to 2023 cải cách hành chính",
    ] {
        let (found, r) = files(query);
        assert_eq!(found, ["a2022.txt", "b2023.txt"], "{query}: {r}");
        assert_eq!(r["query"], query, "{r}");
        assert!(
            r["searched_for"]
                .as_str()
                .is_some_and(|s| !s.contains("20")),
            "{query}: {r}"
        );
    }
    let (found, r) = files("cải cách hành chính từ năm 2023 đến nay");
    assert_eq!(found, ["b2023.txt", "c2024.txt"], "{r}");
    assert_eq!(r["published"]["since"], "2023-01-01", "{r}");
    assert!(r["published"]["until"].is_null(), "{r}");
    // The text output says so.
    let out = crate::common::run(&[
        "search",
        "--index",
        dated().index().to_str().unwrap(),
        "cải cách hành chính từ 2022 đến 2023",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("published 2022-01-01 to 2023-12-31, as the query asked"),
        "{text}"
    );
    // A span with a hyphen is words, as texts name a plan's period.
    let (found, r) = files("cải cách hành chính 2022-2023");
    assert!(found.is_empty() || r["matching"] == "partial", "{r}");
}

#[test]
fn a_phrase_only_in_the_title_finds_the_article_and_an_untitled_one_gets_a_derived_title() {
    let (_corpus, indexed) = index_texts(&[
        ("tieu-de.txt", "Một cửa liên thông không chờ đợi\nSáng nay, phường công bố quy trình mới giúp người dân nộp hồ sơ một lần và nhận kết quả tại nhà.\n"),
        ("khong-tieu-de.txt", "ngày 5/6, xã tổ chức tiếp công dân định kỳ, lắng nghe 12 ý kiến về đất đai và chính sách xã hội của người dân trong xã.\n"),
    ]);
    for q in ["\"liên thông không chờ đợi\"", "liên thông không chờ đợi"] {
        let (r, first) = first_file(&indexed, q);
        assert_eq!(first, "tieu-de.txt", "{q}: {r}");
    }
    let (code, r) = indexed.search("tiếp công dân định kỳ", &[]);
    assert_eq!(code, 0, "{r}");
    let article = &hits(&r)[0]["article"];
    assert_eq!(article["title_derived"], true, "{article}");
    let title = article["title"].as_str().unwrap_or_default();
    assert!(
        title.starts_with("ngày 5/6, xã tổ chức tiếp công dân"),
        "{title}"
    );
    assert!(title.split_whitespace().count() <= 15, "{title}");
}

#[test]
fn title_words_count_as_words_of_the_first_passage_but_no_phrase_spans_title_and_text() {
    let (_corpus, indexed) = index_texts(&[
        ("phuong.txt", "Phường Tân Định công bố quy trình\nSáng nay, người dân được hướng dẫn nộp hồ sơ một lần và nhận kết quả tại nhà.\n"),
        ("khac.txt", "Tin hoạt động trong tuần\nXã tổ chức tiếp công dân, tiếp nhận hồ sơ đất đai và nhận kết quả tại nhà văn hoá.\n"),
    ]);
    // "Tân Định" is only in the title, "hồ sơ" only in the text: every word is found.
    let (code, r) = indexed.search("Tân Định hồ sơ", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["matching"], "all", "{r}");
    let found = hits(&r);
    assert_eq!(found.len(), 1, "{r}");
    assert_eq!(file_of(&found[0]), "phuong.txt", "{r}");
    assert_eq!(found[0]["passage_index"], 0, "{r}");
    // The text ends "tại nhà." and the title starts "Phường": no phrase runs from one to
    // the other, though both are indexed on the same passage.
    let (code, r) = indexed.search("\"tại nhà phường\"", &[]);
    assert_eq!(
        (code, &r["total"]),
        (1, &serde_json::json!(0)),
        "no hits: {r}"
    );
    let (code, r) = indexed.search("\"nhận kết quả tại nhà\"", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(hits(&r).len(), 2, "{r}");
}

#[test]
fn words_that_spell_out_an_acronym_find_it_after_the_passages_with_every_word() {
    let (_corpus, indexed) = index_texts(&[
        ("a-viet-tat.txt", "Tin hoạt động sở\nSở đã rà soát 40 TTHC nội bộ trong quý, bãi bỏ 6 quy định không cần thiết.\n"),
        ("b-day-du.txt", "Tin hoạt động huyện\nHuyện đã rà soát các thủ tục hành chính nội bộ trong quý và công bố kết quả.\n"),
        ("c-khac.txt", "Tin khác\nTỉnh họp bàn việc chuyển đổi số trong các cơ quan nội bộ của tỉnh.\n"),
        // The acronym without the words it does not spell ("nội bộ") answers nothing.
        ("d-chi-viet-tat.txt", "Tin phường\nPhường công khai 120 TTHC tại bộ phận một cửa để người dân tra cứu.\n"),
    ]);
    let (code, r) = indexed.search("thủ tục hành chính nội bộ", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["matching"], "all", "{r}");
    let order: Vec<String> = hits(&r).iter().map(file_of).collect();
    assert_eq!(order, ["b-day-du.txt", "a-viet-tat.txt"], "{r}");
}

#[test]
fn an_acronym_written_with_a_point_after_each_capital_is_the_acronym() {
    // Older and careful writers put points between an acronym's capitals ("U.B.N.D",
    // "H.Đ.N.D."): typed either way, or as its words, it finds both; two letters with a
    // point ("T.Ư") stay what they are, and a decimal point stays a number's.
    let (_dir, indexed) = index_texts(&[
        (
            "cham.txt",
            "Tin huyện\nU.B.N.D. huyện Đông Anh công bố 25 T.T.H.C mới; H.Đ.N.D huyện giám sát việc thực hiện.\n",
        ),
        (
            "lien.txt",
            "Tin tỉnh\nUBND tỉnh công bố danh mục TTHC mới; HĐND tỉnh giám sát việc thực hiện.\n",
        ),
        (
            "khac.txt",
            "Hội nghị Mặt trận\nỦy ban Mặt trận tổ chức hội nghị tại T.Ư, tăng trưởng đạt 6.5 phần trăm.\n",
        ),
    ]);
    for query in [
        "UBND",
        "U.B.N.D",
        "u.b.n.d",
        "Ủy ban nhân dân",
        "TTHC",
        "thủ tục hành chính",
        "HĐND giám sát",
        "H.Đ.N.D",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        let mut found = sources(&r);
        found.sort();
        assert_eq!(found, ["cham.txt", "lien.txt"], "{query}: {r}");
    }
    let (_, r) = indexed.search("UBND", &[]);
    let snippets = r.to_string();
    assert!(snippets.contains("<b>U.B.N.D</b>"), "{snippets}");
    assert_eq!(
        sources(&indexed.search("6,5 phần trăm", &[]).1),
        ["khac.txt"]
    );
    assert_eq!(sources(&indexed.search("T.Ư", &[]).1), ["khac.txt"]);
}

#[test]
fn an_acronym_of_several_parts_and_its_words_find_each_other() {
    // Ministries and cities are written both ways in one crawl: an acronym joined by an
    // ampersand, a hyphen or a dot ("GD&ĐT", "KT-XH", "TP.HCM") or glued ("TPHCM"), and its
    // words. A corpus's own definition of such an acronym is learned too ("(VH&TT)").
    let (_dir, indexed) = index_texts(&[
        (
            "viet-tat.txt",
            "Tin sở ngành\nSở GD&ĐT cùng UBND TP.HCM họp bàn kế hoạch KT-XH năm tới.\n",
        ),
        (
            "day-du.txt",
            "Tin thành phố\nSở Giáo dục và Đào tạo cùng Ủy ban nhân dân Thành phố Hồ Chí Minh họp bàn kế hoạch kinh tế - xã hội năm tới.\n",
        ),
        (
            "dinh-nghia.txt",
            "Tin văn hóa\nSở Văn hóa và Thể thao (VH&TT) tổng kết năm; VH&TT đề ra kế hoạch mới.\n",
        ),
        (
            "khac.txt",
            "Tin khác\nSở Y tế họp bàn kế hoạch tiêm chủng năm tới tại thành phố.\n",
        ),
    ]);
    for query in [
        "Sở GD&ĐT",
        "Sở Giáo dục và Đào tạo",
        "TPHCM",
        "TP.HCM",
        "Thành phố Hồ Chí Minh",
        "kế hoạch KT-XH",
        "kế hoạch kinh tế xã hội",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        let mut found = sources(&r);
        found.sort();
        assert_eq!(found, ["day-du.txt", "viet-tat.txt"], "{query}: {r}");
    }
    let (_, r) = indexed.search("Sở Văn hóa và Thể thao", &[]);
    assert_eq!(r["matching"], "all", "{r}");
    assert_eq!(sources(&r), ["dinh-nghia.txt"], "{r}");
}

#[test]
fn administrative_reform_s_usual_abbreviations_and_their_words_find_each_other() {
    // No article defines them: "sắp xếp ĐVHC", "rà soát VBQPPL", "cấp CCCD" are written as
    // often as their words.
    let (_dir, indexed) = index_texts(&[
        (
            "viet-tat.html",
            "<html><body><h1>Tin huyện</h1><p>Huyện hoàn thành sắp xếp ĐVHC cấp xã, rà soát 35 VBQPPL và hỗ trợ người dân làm CCCD tại nhà.</p></body></html>",
        ),
        (
            "day-du.txt",
            "Tin tỉnh\nTỉnh hoàn thành sắp xếp đơn vị hành chính cấp xã, rà soát các văn bản quy phạm pháp luật và hỗ trợ cấp căn cước công dân lưu động.\n",
        ),
        (
            "khac.txt",
            "Tin khác\nTỉnh sắp xếp lại các đơn vị sự nghiệp công lập và rà soát văn bản hành chính thông thường.\n",
        ),
    ]);
    for query in [
        "sắp xếp ĐVHC",
        "sap xep don vi hanh chinh",
        "rà soát VBQPPL",
        "văn bản quy phạm pháp luật",
        "CCCD",
        "căn cước công dân",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        let mut found = sources(&r);
        found.sort();
        assert_eq!(found, ["day-du.txt", "viet-tat.html"], "{query}: {r}");
    }
}

#[test]
fn a_place_asked_with_o_or_tai_is_found_where_the_passage_names_it_without() {
    // "ở Gia Lai", "tại huyện Mường Tè": the passage names the place ("tỉnh Gia Lai đã...")
    // and need not hold the preposition; "tại chỗ" (on the spot) is no place and stays a
    // word every passage must hold.
    let (_dir, indexed) = index_texts(&[
        (
            "gia-lai.html",
            "<html><body><h1>Tin tỉnh</h1><p>Tỉnh Gia Lai đã số hóa toàn bộ hồ sơ hộ tịch từ năm 1995, người dân tra cứu trực tuyến.</p></body></html>",
        ),
        (
            "muong-te.txt",
            "Tin huyện\nHuyện Mường Tè trả kết quả hồ sơ hộ tịch tại chỗ cho đồng bào vùng cao trong ngày.\n",
        ),
        (
            "khac.txt",
            "Tin khác\nTỉnh Kon Tum số hóa hồ sơ đất đai, người dân ở xa không phải đi lại nhiều lần.\n",
        ),
    ]);
    for (query, file) in [
        ("số hóa hồ sơ hộ tịch ở Gia Lai", "gia-lai.html"),
        ("so hoa ho so ho tich o Gia Lai", "gia-lai.html"),
        ("hồ sơ hộ tịch tại huyện Mường Tè", "muong-te.txt"),
        ("ho so ho tich tai huyen Muong Te", "muong-te.txt"),
        ("trả hồ sơ tại chỗ", "muong-te.txt"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(sources(&r), [file], "{query}: {r}");
    }
    // "tại" before a word that is no place is one the passage must hold.
    let (_, r) = indexed.search("số hóa hồ sơ tại chỗ", &[]);
    assert_ne!(r["matching"], "all", "{r}");
}

#[test]
fn a_place_ending_in_a_syllable_spelled_like_a_speech_verb_is_a_place() {
    // "Hà Nội" folds to "ha noi", and "nói" is a speech verb: typed with its marks, "Nội"
    // is no question about what "UBND Hà" said.
    let (_dir, indexed) = index_texts(&[(
        "ha-noi.txt",
        "Hà Nội công bố thủ tục mới\nUBND thành phố Hà Nội công bố 20 thủ tục hành chính mới trong lĩnh vực giáo dục.\n",
    )]);
    for query in ["UBND Hà Nội", "UBND TP Hà Nội"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert!(r.get("searched_for").is_none(), "{query}: {r}");
        assert!(r.get("statements_of").is_none(), "{query}: {r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(sources(&r), ["ha-noi.txt"], "{query}: {r}");
    }
}

#[test]
fn a_year_typed_finds_it_written_or_the_articles_of_that_year() {
    // "năm 2024" asks for 2024: a passage saying so, first, then the passages of the
    // articles published that year, which need not write it; not another year's.
    let (_dir, indexed) = index_texts(&[
        (
            "a-2024.txt",
            "Tỉnh đẩy mạnh chuyển đổi số\n08/04/2024 15:20\nTỉnh đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính cho người dân.\n",
        ),
        (
            "b-2023.txt",
            "Huyện họp về chuyển đổi số\n12/09/2023 08:00\nHuyện bàn giải pháp chuyển đổi số trong các xã vùng cao.\n",
        ),
        (
            "c-2023.txt",
            "Kế hoạch mới của thành phố\n20/12/2023 09:00\nKế hoạch chuyển đổi số năm 2024 của thành phố được ban hành.\n",
        ),
    ]);
    for query in ["chuyển đổi số năm 2024", "chuyen doi so 2024"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(sources(&r), ["c-2023.txt", "a-2024.txt"], "{query}: {r}");
    }
    let (_, r) = indexed.search("chuyển đổi số năm 2024", &[]);
    assert_eq!(r["searched_for"], "chuyển đổi số 2024", "{r}");
}

#[test]
fn facets_count_matching_articles_by_year() {
    let (code, r) = dated().search("cải cách hành chính", &["--facets"]);
    assert_eq!(code, 0, "{r}");
    let years: Vec<(String, u64)> = r["facets"]["years"]
        .as_array()
        .expect("years")
        .iter()
        .map(|c| {
            (
                c["value"].as_str().unwrap().to_string(),
                c["articles"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut sorted = years.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [("2022".into(), 1), ("2023".into(), 1), ("2024".into(), 1)],
        "{r}"
    );
    let (_, plain) = dated().search("cải cách hành chính", &[]);
    assert!(
        plain.get("facets").is_none(),
        "facets only when asked: {plain}"
    );
}

#[test]
fn adjacent_accented_words_outrank_scattered_or_unaccented_ones_without_quotes() {
    let (_corpus, indexed) = index_texts(&[
        ("lien-tiep.txt", "Bộ Tư pháp họp bàn\nBộ Tư pháp sẽ trình Chính phủ dự thảo nghị định về đơn giản hóa thủ tục trong tháng tới.\n"),
        ("roi-rac.txt", "Tin địa phương\nDự thảo được gửi lấy ý kiến rộng rãi, sau đó Chính phủ xem xét và Bộ sẽ trình lại vào năm sau.\n"),
        ("khong-dau.txt", "Anh hoi nghi\ntrinh chinh phu du thao nghi dinh ve don gian hoa thu tuc trong thang toi\n"),
    ]);
    let (code, r) = indexed.search("trình Chính phủ dự thảo", &["--per-article", "0"]);
    assert_eq!(code, 0, "{r}");
    let order: Vec<String> = hits(&r).iter().map(file_of).collect();
    assert_eq!(
        order.first().map(String::as_str),
        Some("lien-tiep.txt"),
        "{order:?}"
    );
    let pos = |f: &str| order.iter().position(|o| o == f);
    assert!(
        pos("khong-dau.txt") > pos("lien-tiep.txt"),
        "the accented sentence first: {order:?}"
    );
}

#[test]
fn punctuation_between_words_breaks_a_phrase() {
    let (_corpus, indexed) = index_texts(&[
        ("lien-mach.txt", "Tin tổng hợp\nTỉnh tiếp tục đẩy mạnh cải cách hành chính trong năm tới, tập trung số hóa hồ sơ, rút ngắn thời gian giải quyết và công khai kết quả để người dân theo dõi.\n"),
        ("ngat-cau.txt", "Bản tin\nCải cách, hành chính.\n"),
    ]);
    // On its words alone the short passage scores higher; the comma keeps it from being the
    // phrase the long one holds.
    let (code, r) = indexed.search("cải cách hành chính", &["--per-article", "0"]);
    assert_eq!(code, 0, "{r}");
    let order: Vec<String> = hits(&r).iter().map(file_of).collect();
    assert_eq!(order, ["lien-mach.txt", "ngat-cau.txt"], "{r}");
    // A phrase in any double quotation marks, as keyboards and phones type them.
    for phrase in [
        "\"cải cách hành chính\"",
        "“cải cách hành chính”",
        "«cải cách hành chính»",
        "„cải cách hành chính“",
        "＂cải cách hành chính＂",
    ] {
        let (code, quoted) = indexed.search(phrase, &[]);
        assert_eq!(code, 0, "{phrase}: {quoted}");
        assert_eq!(quoted["total"], 1, "{phrase}: {quoted}");
        assert_eq!(
            file_of(&hits(&quoted)[0]),
            "lien-mach.txt",
            "{phrase}: {quoted}"
        );
    }
    // Quoted with its comma, the phrase is the other passage's.
    let (code, with_comma) = indexed.search("\"cải cách, hành chính\"", &[]);
    assert_eq!(code, 0, "{with_comma}");
    assert_eq!(with_comma["total"], 1, "{with_comma}");
    assert_eq!(
        file_of(&hits(&with_comma)[0]),
        "ngat-cau.txt",
        "{with_comma}"
    );
}

#[test]
fn quotes_brackets_and_dashes_stand_inside_a_phrase() {
    let (_corpus, indexed) = index_texts(&[
        ("gach-noi.txt", "Tin tổng hợp\nTỉnh họp bàn phát triển kinh tế - xã hội và triển khai mô hình “một cửa” liên thông tại các xã trong năm tới.\n"),
        ("tach-roi.txt", "Bản tin\nKinh tế tăng trưởng khá. Xã hội ổn định, một cửa hàng mới mở; liên thông ba tuyến đường.\n"),
    ]);
    for phrase in ["\"kinh tế xã hội\"", "\"một cửa liên thông\""] {
        let (r, first) = first_file(&indexed, phrase);
        assert_eq!(r["total"], 1, "{phrase}: {r}");
        assert_eq!(first, "gach-noi.txt", "{phrase}: {r}");
    }
}

#[test]
fn an_articles_title_lifts_all_its_passages_not_only_the_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = |extra: &str| {
        format!(
            "Sáng nay, đoàn công tác của tỉnh làm việc với các sở, ngành về kế hoạch năm tới và những việc còn tồn đọng.\n\
             Tại buổi làm việc, các đại biểu thống nhất đẩy mạnh số hóa hồ sơ{extra} tại bộ phận một cửa trong quý tới, giao sở chủ trì theo dõi.\n"
        )
    };
    // The untitled article says "hồ sơ" once more: on its text alone it would rank first.
    for (name, title, extra) in [
        ("b-co-tieu-de.txt", "Số hóa hồ sơ tại bộ phận một cửa", ""),
        (
            "a-khong-lien-quan.txt",
            "Tin hoạt động trong tuần",
            ", hồ sơ cũ",
        ),
    ] {
        std::fs::write(dir.path().join(name), format!("{title}\n{}", body(extra))).expect("write");
    }
    let indexed = index_corpus(dir.path());
    assert!(indexed.output.status.success(), "{}", indexed.stderr());
    // The second passage of each article is the one that holds the words; only one of the
    // two articles is titled with them.
    let (code, r) = indexed.search("số hóa hồ sơ", &["--per-article", "0"]);
    assert_eq!(code, 0, "{r}");
    let second: Vec<String> = hits(&r)
        .iter()
        .filter(|h| h["passage_index"] == 1)
        .map(file_of)
        .collect();
    assert_eq!(
        second.first().map(String::as_str),
        Some("b-co-tieu-de.txt"),
        "{r}"
    );
}

#[test]
fn facets_count_officials_and_documents_by_article() {
    let (_corpus, indexed) = index_texts(&[
        ("mot.txt", "Hội nghị về cải cách hành chính\nTại hội nghị, Thủ tướng Chính phủ Phạm Minh Chính phát biểu về việc thực hiện Nghị quyết số 131/NQ-CP trong cải cách hành chính.\nCác bộ, ngành tiếp tục triển khai Nghị quyết số 131/NQ-CP về cải cách hành chính theo kế hoạch đã đề ra.\n"),
        ("hai.txt", "Tỉnh triển khai cải cách hành chính\nTỉnh ban hành kế hoạch thực hiện Nghị quyết số 131/NQ-CP về đẩy mạnh cải cách hành chính trên địa bàn tỉnh trong năm nay.\n"),
    ]);
    let (code, r) = indexed.search("cải cách hành chính", &["--facets"]);
    assert_eq!(code, 0, "{r}");
    let count = |facet: &str, value: &str| {
        r["facets"][facet]
            .as_array()
            .expect("facet")
            .iter()
            .find(|c| c["value"] == value)
            .and_then(|c| c["articles"].as_u64())
    };
    // Two passages of one article cite the resolution: it counts once for that article.
    assert_eq!(count("refs", "131/NQ-CP"), Some(2), "{r}");
    assert_eq!(count("speakers", "Phạm Minh Chính"), Some(1), "{r}");
}

#[test]
fn an_acronym_marks_its_expansion_only_where_it_stands_whole() {
    let (_dir, indexed) = index_texts(&[(
        "khen-thuong.txt",
        "Khen thưởng tập thể xuất sắc\nChủ tịch nước tặng Huân chương cho tập thể có thành tích trong công tác CCHCNN, đẩy mạnh cải cách hành chính nhà nước giai đoạn tới.\n",
    )]);
    let (code, r) = indexed.search("CCHCNN", &[]);
    assert_eq!(code, 0, "{r}");
    let snippet = hits(&r)[0]["snippet"].as_str().unwrap().to_string();
    assert!(
        snippet.contains("<b>CCHCNN</b>")
            && snippet.contains("<b>cải cách hành chính nhà nước</b>"),
        "{snippet}"
    );
    assert!(snippet.contains("Chủ tịch nước tặng"), "{snippet}");
}

#[test]
fn a_document_named_in_a_short_form_is_marked_whole_where_the_passage_cites_it() {
    // "QĐ57" and "quyết định 57" name 57/QĐ-TTg: the snippet marks that citation whole,
    // not the decree that shares its number.
    for query in ["QĐ57", "quyết định 57"] {
        let (code, r) = indexed().search(query, &[]);
        assert_eq!(code, 0, "{r}");
        let snippet = hits(&r)[0]["snippet"].as_str().unwrap().to_string();
        assert!(snippet.contains("<b>57/QĐ-TTg</b>"), "{query}: {snippet}");
    }
}

#[test]
fn the_text_output_echoes_an_nfd_query_as_letters() {
    let nfd: String =
        unicode_normalization::UnicodeNormalization::nfd("dịch vụ\u{200B} công").collect();
    let index = indexed().index();
    let out = crate::common::run(&["search", "--index", index.to_str().unwrap(), &nfd]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let first = stdout.lines().next().unwrap_or_default();
    assert!(first.contains("match \"dịch vụ công\""), "{first}");
}

#[test]
fn a_decimal_point_typed_the_english_way_finds_the_decimal_comma() {
    let (_dir, indexed) = index_texts(&[(
        "chi-so.txt",
        "Chỉ số hài lòng năm 2023\nChỉ số hài lòng của người dân đạt 87,5%, tỉnh giải quyết 1.500 hồ sơ đúng hạn trong quý I.\n",
    )]);
    for query in ["87.5%", "87,5", "1500 hồ sơ", "1.500"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
    }
    let (_, r) = indexed.search("87.5%", &[]);
    let snippet = hits(&r)[0]["snippet"].as_str().unwrap().to_string();
    assert!(snippet.contains("<b>87,5</b>%"), "{snippet}");
}

#[test]
fn a_quoted_phrase_is_marked_where_it_stands_whole() {
    let r = search("\"dịch vụ công trực tuyến\" khảo sát", &[]);
    let tinh_b = hits(&r)
        .into_iter()
        .find(|h| file_of(h) == "tinh-b.txt")
        .expect("tỉnh B's passage");
    let snippet = tinh_b["snippet"].as_str().unwrap();
    assert!(
        snippet.contains("<b>dịch vụ công trực tuyến</b>"),
        "{snippet}"
    );
    // "công" of "công bố" is not the phrase.
    assert!(snippet.contains(" công bố"), "{snippet}");
    assert!(
        snippet.contains("<b>khảo</b> <b>sát</b>"),
        "words outside the quotes: {snippet}"
    );
}

#[test]
fn a_number_with_or_without_its_leading_zeros_is_one_number() {
    let (_dir, indexed) = index_texts(&[
        (
            "zeros.txt",
            "Triển khai Đề án 06\nNgày 06/10/2022, tỉnh triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử.\n",
        ),
        (
            "plain.txt",
            "Sơ kết Đề án 6\nNgày 6/10/2022, huyện sơ kết Đề án 6 về phát triển ứng dụng dữ liệu dân cư tại các xã.\n",
        ),
    ]);
    for (query, typed_as_in) in [
        ("ngày 6/10/2022 dữ liệu dân cư", "plain.txt"),
        ("ngày 06/10/2022 dữ liệu dân cư", "zeros.txt"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        // Both passages hold every word, the one written as typed first.
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(r["total"], 2, "{query}: {r}");
        assert_eq!(file_of(&hits(&r)[0]), typed_as_in, "{query}: {r}");
    }
    let (_, r) = indexed.search("\"Đề án 6\" định danh", &[]);
    assert_eq!(r["total"], 1, "{r}");
    assert_eq!(file_of(&hits(&r)[0]), "zeros.txt", "{r}");
}

#[test]
fn a_date_typed_in_words_finds_it_written_in_figures() {
    let (_dir, indexed) = index_texts(&[
        (
            "gach-cheo.txt",
            "Ban hành kế hoạch cải cách\nNgày 06/10/2022, UBND tỉnh ban hành Kế hoạch số 215/KH-UBND về cải cách hành chính.\n",
        ),
        (
            "gach-noi.txt",
            "Kiểm tra công vụ\nSáng 6-10-2022, đoàn kiểm tra công vụ làm việc tại huyện về cải cách hành chính.\n",
        ),
        (
            "bang-chu.txt",
            "Hội nghị trực tuyến\nNgày 6 tháng 10 năm 2022, Văn phòng Chính phủ tổ chức hội nghị về cải cách hành chính.\n",
        ),
        (
            "hom-sau.txt",
            "Tập huấn\nNgày 7/10/2022, Sở Nội vụ tập huấn nghiệp vụ cải cách hành chính cho cán bộ.\n",
        ),
    ]);
    for query in [
        "ngày 6 tháng 10 năm 2022",
        "cải cách hành chính ngay 6 thang 10 nam 2022",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        let mut found = sources(&r);
        found.sort();
        assert_eq!(
            found,
            ["bang-chu.txt", "gach-cheo.txt", "gach-noi.txt"],
            "{query}: {r}"
        );
        assert_eq!(r["matching"], "all", "{query}: {r}");
    }
    let (_, r) = indexed.search("tháng 10 năm 2022", &[]);
    assert_eq!(r["total"], 4, "{r}");
}

#[test]
fn a_final_i_or_y_finds_both_spellings_with_the_typed_one_first() {
    // Vietnamese writes "quy định"/"qui định", "kỹ thuật"/"kĩ thuật", "lý lịch"/"lí lịch"
    // for one word; "tuy"/"tui" are two words and stay apart.
    let (_corpus, indexed) = index_texts(&[
        ("cu.txt", "Tin tư pháp tuần này\nSở công bố qui định mới về kĩ thuật cấp lí lịch tư pháp cho người dân.\n"),
        ("moi.txt", "Tin tư pháp hôm nay\nSở công bố quy định mới về kỹ thuật cấp lý lịch tư pháp cho doanh nghiệp.\n"),
        ("tui.txt", "Tin khác trong tuần\nNgười dân mang túi hồ sơ đến bộ phận một cửa của phường.\n"),
    ]);
    for (query, typed) in [
        ("qui định kĩ thuật lí lịch", "cu.txt"),
        ("quy định kỹ thuật lý lịch", "moi.txt"),
    ] {
        let (r, first) = first_file(&indexed, query);
        assert_eq!(first, typed, "{query}: {r}");
        let mut found = sources(&r);
        found.sort();
        assert_eq!(found.len(), 2, "{query}: {r}");
        assert!(
            found[0].ends_with("cu.txt") && found[1].ends_with("moi.txt"),
            "{query}: {r}"
        );
    }
    let (r, first) = first_file(&indexed, "ki thuat");
    assert!(first == "cu.txt" || first == "moi.txt", "{r}");
    assert_eq!(sources(&r).len(), 2, "{r}");
    let (_, r) = indexed.search("túy", &[]);
    assert!(sources(&r).is_empty(), "túy is not túi: {r}");
}

#[test]
fn a_word_or_phrase_after_a_minus_keeps_its_passages_out() {
    let files = |r: &Value| {
        let mut f: Vec<String> = hits(r).iter().map(file_of).collect();
        f.sort();
        f.dedup();
        f
    };
    let all = search("dịch vụ công trực tuyến", &["--per-article", "0"]);
    assert_eq!(
        files(&all),
        ["luat.txt", "tinh-a.txt", "tinh-b.txt"],
        "{all}"
    );
    // A word, typed without its marks; a quoted phrase; a document number.
    let r = search("dịch vụ công trực tuyến -khao", &["--per-article", "0"]);
    assert_eq!(files(&r), ["luat.txt", "tinh-a.txt"], "{r}");
    let r = search(
        "dịch vụ công trực tuyến -\"một cửa\"",
        &["--per-article", "0"],
    );
    assert_eq!(files(&r), ["luat.txt", "tinh-b.txt"], "{r}");
    let r = search("57 -57/QĐ-TTg", &[]);
    assert_eq!(files(&r), ["nghi-dinh.txt"], "{r}");
    // Counted without them, and a dash between spaces or inside a word is text.
    let total = |r: &Value| r["total"].as_u64().unwrap_or_default();
    let r = search("dịch vụ công trực tuyến -khảo", &["--per-article", "0"]);
    assert!(total(&r) < total(&all), "{r}");
    let r = search("quyết định - 57/QĐ-TTg", &[]);
    assert_eq!(file_of(&hits(&r)[0]), "quyet-dinh.txt", "{r}");
    // Only exclusions: refused with the reason.
    let index = indexed().index();
    let index = index.to_str().expect("utf-8 path");
    let out = crate::common::run(&["search", "--index", index, "--", "-khảo"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("only excludes"), "{err}");
    // Typed without `--`, as words of their own or opening the query, before or among the
    // flags: the same exclusions, not unknown flags.
    for words in [
        &[
            "dịch",
            "vụ",
            "công",
            "trực",
            "tuyến",
            "-khao",
            "--json",
            "--per-article",
            "0",
        ][..],
        &[
            "-khao dịch vụ công trực tuyến",
            "--json",
            "--per-article",
            "0",
        ],
        &[
            "--json",
            "-khao",
            "dịch vụ công trực tuyến",
            "--per-article",
            "0",
        ],
    ] {
        let mut args = vec!["search", "--index", index];
        args.extend_from_slice(words);
        let out = crate::common::run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{words:?}: {err}");
        let r: Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(files(&r), ["luat.txt", "tinh-a.txt"], "{words:?}: {r}");
    }
}

#[test]
fn or_in_capitals_between_words_or_phrases_takes_either() {
    let files = |query: &str| {
        let (_, r) = indexed().search(query, &["--per-article", "0"]);
        let mut f: Vec<String> = hits(&r).iter().map(file_of).collect();
        f.sort();
        f.dedup();
        f
    };
    // Without OR both phrases are required: no passage has both.
    assert!(files("\"khảo sát\" \"một cửa\"").is_empty());
    assert_eq!(
        files("\"khảo sát\" OR \"một cửa\""),
        ["tinh-a.txt", "tinh-b.txt"]
    );
    assert_eq!(
        files("\"khảo sát\" OR \"một cửa\" người dân"),
        ["tinh-a.txt", "tinh-b.txt"]
    );
    // Between words, OR joins the two beside it; lowercase "or" is a word.
    assert_eq!(files("hài OR thủ người dân"), ["tinh-a.txt", "tinh-b.txt"]);
    let r = search("hài thủ người dân", &[]);
    assert_eq!(r["matching"], "partial", "no passage has both: {r}");
    let r = search("hài or thủ người dân", &[]);
    assert_eq!(r["matching"], "partial", "\"or\" is a word: {r}");
}

#[test]
fn a_reference_s_number_elsewhere_in_a_passage_citing_another_is_no_match() {
    // The passage citing resolution 19 also counts "18 đơn vị": the words of "18/NQ-TW" are
    // all in it, but not as a reference, side by side.
    let (_corpus, indexed) = index_texts(&[
        ("nq19.txt", "Sắp xếp đơn vị sự nghiệp\nTỉnh đã sắp xếp 18 đơn vị sự nghiệp công lập theo Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 6 khóa XII.\n"),
        ("nq18.txt", "Tinh gọn bộ máy\nBộ Nội vụ hướng dẫn các địa phương thực hiện Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy.\n"),
    ]);
    for q in [
        "18/NQ-TW",
        "18-NQ/TW",
        "NQ 18",
        "Nghị quyết 18",
        "nghi quyet so 18",
    ] {
        let (code, r) = indexed.search(q, &[]);
        assert_eq!(code, 0, "{q}: {r}");
        let files: Vec<String> = hits(&r).iter().map(file_of).collect();
        assert_eq!(files, ["nq18.txt"], "{q}: {r}");
    }
}

#[test]
fn every_type_s_abbreviation_before_a_number_asks_for_that_document() {
    // A query's "TT 01/2022" (thông tư) and "CV 1234" (công văn) ask for the documents
    // cited so, not for the passages where the number stands alone with other words.
    let (_corpus, indexed) = index_texts(&[
        (
            "thong-tu.txt",
            "Bộ Tư pháp hướng dẫn đăng ký hộ tịch trực tuyến\n\
             Hà Nội, ngày 05/03/2024\n\
             Bộ Tư pháp đã ban hành Thông tư số 01/2022/TT-BTP hướng dẫn thủ tục đăng ký hộ tịch trực tuyến trên toàn quốc.\n",
        ),
        (
            "cong-van.txt",
            "Văn phòng Chính phủ đôn đốc rà soát quy định\n\
             Hà Nội, ngày 06/03/2024\n\
             Văn phòng Chính phủ có Công văn số 1234/VPCP-KSTT đề nghị các bộ rà soát quy định kinh doanh trước ngày 30/3.\n",
        ),
        (
            "de-an.txt",
            "Triển khai Đề án 06 tại cấp xã\n\
             Hà Nội, ngày 08/03/2024\n\
             Các xã đã hoàn thành làm sạch dữ liệu dân cư theo Đề án 06 của Chính phủ trong quý I.\n",
        ),
        (
            "so-lieu.txt",
            "Số liệu tiếp nhận hồ sơ năm 2022\n\
             Hà Nội, ngày 07/03/2024\n\
             Năm 2022 tỉnh tiếp nhận 1234 hồ sơ, mỗi hồ sơ giải quyết tối đa 10 ngày tại 06 quầy; tháng 01 có nhiều hồ sơ nhất, theo số liệu của TT phục vụ hành chính công.\n",
        ),
    ]);
    for (query, file) in [
        ("TT 01/2022", "thong-tu.txt"),
        ("tt 01/2022", "thong-tu.txt"),
        ("CV 1234", "cong-van.txt"),
        ("cv số 1234", "cong-van.txt"),
        ("ĐA 06", "de-an.txt"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(sources(&r), [file], "{query}: {r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
    }
}

#[test]
fn a_reference_s_words_side_by_side_in_another_sense_rank_below_the_document() {
    // "ĐA 06" (Đề án 06) and "TT 01" (Thông tư 01) stand word for word in passages that
    // mean something else ("tối đa 06 ngày", "Trung tâm TT 01"); the documents come first,
    // though the passage citing the project also holds "đã", another form of "ĐA".
    let (_corpus, indexed) = index_texts(&[
        (
            "toi-da.txt",
            "Quy trình một cửa của tỉnh\n\
             Hồ sơ được giải quyết tối đa 06 ngày làm việc tại 06 quầy tiếp nhận.\n",
        ),
        (
            "de-an.txt",
            "Dữ liệu dân cư ở cấp xã\n\
             Thực hiện Đề án 06 của Chính phủ, tỉnh đã cấp hơn 300 nghìn tài khoản định danh điện tử.\n",
        ),
        (
            "trung-tam.txt",
            "Hồ sơ tuần này\n\
             Trung tâm TT 01 của tỉnh đã tiếp nhận hồ sơ của người dân trong tuần.\n",
        ),
        (
            "thong-tu.txt",
            "Chế độ báo cáo mới\n\
             Bộ Nội vụ ban hành Thông tư 01/2023/TT-BNV hướng dẫn chế độ báo cáo thống kê.\n",
        ),
    ]);
    for (query, file) in [("ĐA 06", "de-an.txt"), ("TT 01", "thong-tu.txt")] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(
            sources(&r).first().map(String::as_str),
            Some(file),
            "{query}: {r}"
        );
    }
}

#[test]
fn a_reference_typed_by_its_abbreviation_marks_the_citation_not_words_spelled_alike() {
    // "ĐA 12" folds to "da 12": the snippet marks the project where the passage cites it,
    // not "đã" or a bare "12" beside it; a type written out ("Kế hoạch 45") is still marked
    // as its words side by side, the number as the citation.
    let (_corpus, indexed) = index_texts(&[(
        "xa.txt",
        "Số hóa ở cấp xã\n\
         Theo Đề án 12 của huyện, 12 xã đã hoàn thành số hóa hồ sơ và kế hoạch năm sau theo Kế hoạch số 45/KH-UBND đã được ban hành.\n",
    )]);
    let snippet = |query: &str| {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        hits(&r)[0]["snippet"].as_str().unwrap().to_string()
    };
    let s = snippet("ĐA 12");
    assert!(s.contains("<b>Đề án 12</b>"), "{s}");
    assert!(!s.contains("<b>đã</b>") && !s.contains("<b>12</b>"), "{s}");
    let s = snippet("Kế hoạch 45");
    assert!(s.contains("<b>45/KH-UBND</b>"), "{s}");
    assert!(s.contains("<b>Kế hoạch</b> số"), "{s}");
}

#[test]
fn an_issuer_after_a_number_typed_without_it_picks_that_issuer_s_document_first() {
    // "Quyết định 1291" is the Prime Minister's decision in two articles and a province's in
    // a third; asked for with the issuer written after the number, every citation of the
    // number answers, the issuer's first, whether or not a passage names the issuer.
    let (_dir, indexed) = index_texts(&[
        (
            "ttg-1.txt",
            "Đơn giản hóa quy định kinh doanh\nCác bộ triển khai Quyết định số 1291/QĐ-TTg ngày 7/10/2019 về đơn giản hóa quy định kinh doanh.\n",
        ),
        (
            "ttg-2.txt",
            "Rà soát điều kiện kinh doanh\nBộ Công Thương rà soát điều kiện kinh doanh theo Quyết định 1291/QĐ-TTg của Thủ tướng Chính phủ.\n",
        ),
        (
            "lao-cai.txt",
            "Lào Cai chuyển đổi số\nỦy ban nhân dân tỉnh Lào Cai ban hành Quyết định số 1291/QĐ-UBND về kế hoạch chuyển đổi số năm 2024.\n",
        ),
    ]);
    let (code, r) = indexed.search("Quyết định 1291 của Thủ tướng", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["matching"], "all", "{r}");
    assert_eq!(r["searched_for"], "Quyết định 1291", "{r}");
    let mut first_two = sources(&r)[..2].to_vec();
    first_two.sort();
    assert_eq!(first_two, ["ttg-1.txt", "ttg-2.txt"], "{r}");
    let (_, r) = indexed.search("quyet dinh 1291 cua uy ban nhan dan tinh lao cai", &[]);
    assert_eq!(r["matching"], "all", "{r}");
    assert_eq!(sources(&r), ["lao-cai.txt"], "{r}");
}

#[test]
fn the_date_a_document_was_issued_on_does_not_narrow_its_citations() {
    let (_dir, indexed) = index_texts(&[
        (
            "co-ngay.txt",
            "Rà soát thủ tục theo quyết định của Thủ tướng\nCác sở rà soát thủ tục theo Quyết định số 1291/QĐ-TTg ngày 07/10/2019 của Thủ tướng Chính phủ về đơn giản hóa quy định liên quan đến hoạt động kinh doanh.\n",
        ),
        (
            "khong-ngay.txt",
            "Huyện báo cáo kết quả đơn giản hóa\nHuyện đã hoàn thành các nhiệm vụ được giao tại Quyết định 1291/QĐ-TTg, cắt giảm 12 thủ tục trong năm.\n",
        ),
        (
            "ngay-khac.txt",
            "Một quyết định khác cùng ngày\nNgày 07/10/2019, tỉnh ban hành Quyết định số 2045/QĐ-UBND về kế hoạch kiểm soát thủ tục hành chính.\n",
        ),
    ]);
    for query in [
        "Quyết định 1291/QĐ-TTg ngày 7 tháng 10 năm 2019",
        "quyet dinh 1291 ngay 07/10/2019",
        "QĐ 1291/QĐ-TTg, ban hành ngày 07/10/2019",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        let mut files = sources(&r);
        files.sort();
        assert_eq!(files, ["co-ngay.txt", "khong-ngay.txt"], "{query}: {r}");
        // What was searched is said: the reference without its date.
        let searched = r["searched_for"].as_str().unwrap_or_default();
        assert!(
            searched.contains("1291") && !searched.contains("2019"),
            "{query}: {r}"
        );
    }
}

#[test]
fn a_citation_copied_with_its_year_and_issuer_finds_every_passage_citing_the_document() {
    let (_dir, indexed) = index_texts(&[
        (
            "day-du.txt",
            "Bộ hướng dẫn chế độ báo cáo\nTheo Thông tư 01/2023/TT-BNV của Bộ Nội vụ, các sở gửi báo cáo cải cách hành chính định kỳ qua hệ thống điện tử.\n",
        ),
        (
            "vắn-tắt.txt",
            "Sở gửi báo cáo đúng hạn\nSở đã gửi báo cáo quý III theo đúng mẫu của Thông tư 01/2023/TT-BNV.\n",
        ),
        (
            "tinh-a.txt",
            "Lạng Sơn công bố thủ tục mới\nỦy ban nhân dân tỉnh Lạng Sơn ban hành Quyết định 88/QĐ-UBND công bố 12 thủ tục mới.\n",
        ),
        (
            "tinh-b.txt",
            "Cà Mau rút ngắn thời gian\nQuyết định 88/QĐ-UBND của tỉnh Cà Mau rút ngắn thời gian giải quyết 30 thủ tục.\n",
        ),
    ]);
    for query in [
        "Thông tư số 01/2023/TT-BNV năm 2023 của Bộ Nội vụ",
        "thong tu 01/2023/TT-BNV cua bo noi vu",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        let mut files = sources(&r);
        files.sort();
        assert_eq!(files, ["day-du.txt", "vắn-tắt.txt"], "{query}: {r}");
        let searched = r["searched_for"].as_str().unwrap_or_default();
        assert!(
            searched.contains("01/2023/TT-BNV") && !searched.contains("vụ"),
            "{query}: {r}"
        );
    }
    // The place a people's committee serves tells its decision from another's.
    let (_, r) = indexed.search("Quyết định 88/QĐ-UBND của UBND tỉnh Cà Mau", &[]);
    assert_eq!(r["matching"], "all", "{r}");
    assert_eq!(sources(&r), ["tinh-b.txt"], "{r}");
}

#[test]
fn the_words_a_question_asks_with_are_not_required_of_the_answer() {
    let (_dir, indexed) = index_texts(&[
        (
            "chu-tri.txt",
            "Sở Tư pháp sơ kết quý III\nGiám đốc Sở Tư pháp chủ trì buổi làm việc với các phòng chuyên môn về lý lịch tư pháp.\n",
        ),
        (
            "so-luong.txt",
            "Kết quả rà soát thủ tục\nQua rà soát, 37 thủ tục được bãi bỏ và 12 thủ tục được sửa đổi trong năm.\n",
        ),
        (
            "khac.txt",
            "Tỉnh tổ chức hội thao\nTỉnh tổ chức hội thao cho cán bộ, công chức nhân dịp kỷ niệm ngày thành lập.\n",
        ),
    ]);
    for (query, file, searched) in [
        (
            "ai chủ trì buổi làm việc?",
            "chu-tri.txt",
            "chủ trì buổi làm việc?",
        ),
        (
            "bao nhiêu thủ tục được bãi bỏ",
            "so-luong.txt",
            "thủ tục được bãi bỏ",
        ),
        (
            "thu tuc nao duoc bai bo",
            "so-luong.txt",
            "thu tuc duoc bai bo",
        ),
        (
            "vì sao thủ tục được bãi bỏ",
            "so-luong.txt",
            "thủ tục được bãi bỏ",
        ),
        // A request before the question, a yes-or-no frame around it, a polite particle.
        (
            "cho tôi hỏi trong năm có thủ tục được bãi bỏ không ạ?",
            "so-luong.txt",
            "trong năm thủ tục được bãi bỏ",
        ),
        (
            "Giám đốc Sở Tư pháp đã chủ trì buổi làm việc chưa",
            "chu-tri.txt",
            "Giám đốc Sở Tư pháp chủ trì buổi làm việc",
        ),
        (
            "rà soát thủ tục đến đâu?",
            "so-luong.txt",
            "rà soát thủ tục",
        ),
        (
            "rà soát thủ tục tới đâu rồi",
            "so-luong.txt",
            "rà soát thủ tục",
        ),
        (
            "xin cho biet buoi lam viec ve ly lich tu phap bao lau",
            "chu-tri.txt",
            "buoi lam viec ve ly lich tu phap",
        ),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(sources(&r), [file], "{query}: {r}");
        if searched != query {
            assert_eq!(r["matching"], "all", "{query}: {r}");
            assert_eq!(r["searched_for"], searched, "{query}: {r}");
        }
    }
}

#[test]
fn a_figure_typed_finds_the_number_written_in_words_or_roman_numerals() {
    let (_dir, indexed) = index_texts(&[
        (
            "mot-cua.txt",
            "Xã nâng cấp bộ phận tiếp dân\nXã đầu tư máy tính mới cho bộ phận một cửa, người dân không phải chờ lâu.\n",
        ),
        (
            "quy-hai.txt",
            "Kết quả giải quyết hồ sơ\nTrong quý II năm 2024, huyện tiếp nhận 845 hồ sơ đất đai, trả đúng hạn 99%.\n",
        ),
        (
            "so.txt",
            "Báo cáo số liệu\nNgày 2/7, xã có 1 cán bộ nghỉ phép và cửa hàng tiện lợi mở thêm 2 điểm.\n",
        ),
    ]);
    for (query, first) in [("1 cửa", "mot-cua.txt"), ("quý 2 năm 2024", "quy-hai.txt")] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(
            sources(&r).first().map(String::as_str),
            Some(first),
            "{query}: {r}"
        );
    }
    // The figure as typed is searched too, and ranks first where it stands.
    let (_, r) = indexed.search("1 cán bộ", &[]);
    assert_eq!(sources(&r), ["so.txt"], "{r}");
    // A figure inside a date or a document's number is that date or number, not a word.
    let (_, r) = indexed.search("2/7", &[]);
    assert_eq!(sources(&r), ["so.txt"], "{r}");
}

#[test]
fn a_word_or_a_quoted_phrase_finds_passages_holding_either() {
    let (_dir, indexed) = index_texts(&[
        (
            "mot-cua.txt",
            "Huyện nâng cấp bộ phận một cửa\nHuyện đầu tư máy lấy số tự động cho bộ phận một cửa, người dân không phải xếp hàng.\n",
        ),
        (
            "tthc.txt",
            "Xã công khai TTHC\nXã niêm yết 120 TTHC tại nhà văn hóa các thôn để người dân tra cứu.\n",
        ),
        (
            "khac.txt",
            "Tỉnh tổ chức hội thao\nTỉnh tổ chức hội thao cho cán bộ, công chức nhân dịp kỷ niệm ngày thành lập.\n",
        ),
    ]);
    for query in ["TTHC OR \"bộ phận một cửa\"", "\"bộ phận một cửa\" OR TTHC"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        let mut files = sources(&r);
        files.sort();
        assert_eq!(files, ["mot-cua.txt", "tthc.txt"], "{query}: {r}");
    }
    // Other words typed beside them are still required.
    let (_, r) = indexed.search("\"bộ phận một cửa\" OR TTHC niêm yết", &[]);
    assert_eq!(sources(&r), ["tthc.txt"], "{r}");
}

/// A query given to the binary as raw bytes (a terminal set to a legacy encoding).
#[cfg(unix)]
fn search_bytes(index: &std::path::Path, query: &[u8]) -> std::process::Output {
    use std::os::unix::ffi::OsStrExt;
    crate::common::bin()
        .args(["search", "--json", "--index"])
        .arg(index)
        .arg("--")
        .arg(std::ffi::OsStr::from_bytes(query))
        .output()
        .expect("run vnsearch")
}

#[cfg(unix)]
#[test]
fn a_query_typed_in_a_legacy_encoding_is_read_as_vietnamese() {
    let (_dir, indexed) = index_texts(&[
        (
            "cchc.txt",
            "Tỉnh đẩy mạnh cải cách hành chính\nTỉnh ban hành kế hoạch cải cách hành chính năm 2025, tập trung vào thủ tục đất đai.\n",
        ),
        (
            "khac.txt",
            "Tỉnh tổ chức hội thao\nTỉnh tổ chức hội thao cho cán bộ, công chức nhân dịp kỷ niệm ngày thành lập.\n",
        ),
    ]);
    // "cải cách hành chính" as TCVN3 (ABC) fonts write it, and as Windows-1258 writes it
    // (the hook above a separate mark after its vowel).
    for bytes in [
        &b"c\xb6i c\xb8ch h\xb5nh ch\xddnh"[..],
        &b"ca\xd2i ca\xecch ha\xccnh chi\xecnh"[..],
    ] {
        let out = search_bytes(&indexed.index(), bytes);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let r: Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(r["query"], "cải cách hành chính", "{r}");
        assert_eq!(sources(&r), ["cchc.txt"], "{r}");
    }
    // Bytes that are no text in any encoding: one line saying so, and a failure.
    let out = search_bytes(&indexed.index(), b"\x01\x02\x03\xff\xfe\x07");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the query's bytes are text neither") && err.lines().count() == 1,
        "{err}"
    );
}

#[test]
fn the_city_written_any_of_its_ways_is_found_by_each_of_them() {
    // Four portals, four ways to write Ho Chi Minh City: abbreviated with a point and a
    // space, glued, in full, by its acronym.
    let (_dir, indexed) = index_texts(&[
        ("cham.txt", "Tin Đề án 06\nTại TP. Hồ Chí Minh, toàn bộ phường đã thu nhận hồ sơ cư trú trực tuyến.\n"),
        ("dinh.html", "<html><body><article><h1>Cấp phép xây dựng</h1><p>UBND TP.HCM cho biết thời gian cấp phép xây dựng nhà ở riêng lẻ đã giảm còn 15 ngày.</p></article></body></html>"),
        ("day-du.txt", "Số hóa hộ tịch\nThành phố Hồ Chí Minh số hóa toàn bộ sổ hộ tịch lưu trữ từ năm 1975.\n"),
        ("ha-noi.txt", "Hà Nội giải quyết hồ sơ\nTP. Hà Nội giải quyết đúng hạn 99% hồ sơ trong quý I, TS. Nguyễn Văn An cho biết.\n"),
    ]);
    for query in [
        "TP.HCM",
        "TPHCM",
        "TP Hồ Chí Minh",
        "thành phố Hồ Chí Minh",
        "HCM",
        "Ho Chi Minh",
    ] {
        let mut found = sources(&indexed.search(query, &[]).1);
        found.sort();
        assert_eq!(found, ["cham.txt", "day-du.txt", "dinh.html"], "{query}");
    }
    // An abbreviation's point ends no phrase: "TS. Nguyễn Văn An" is "TS Nguyễn Văn An".
    let (_, r) = indexed.search("\"TS Nguyễn Văn An\"", &[]);
    assert_eq!(sources(&r), ["ha-noi.txt"], "{r}");
}

#[test]
fn words_asking_for_the_newest_order_by_date_and_are_not_searched_for() {
    // The oldest article is the best match; the newest names the topic once.
    let (_corpus, indexed) = index_texts(&[
        (
            "cu.txt",
            "Thủ tục đất đai được rút gọn\n10/02/2021 - 08:00\nThủ tục đất đai được rút gọn từ 30 ngày xuống 15 ngày; người dân làm thủ tục đất đai trực tuyến tại nhà.\n",
        ),
        (
            "giua.txt",
            "Sơ kết cải cách hành chính năm 2023\n02/06/2023 - 08:00\nHuyện đã số hóa hồ sơ và rút ngắn thời gian giải quyết thủ tục đất đai cho người dân, doanh nghiệp trên địa bàn.\n",
        ),
        (
            "moi.txt",
            "Hội nghị giao ban tháng 5\n20/05/2024 - 08:00\nHội nghị giao ban đánh giá công tác tháng 5, trong đó có việc tiếp nhận hồ sơ, giải quyết thủ tục đất đai, xây dựng nông thôn mới và nhiều nhiệm vụ khác của xã.\n",
        ),
    ]);
    let files = |r: &Value| hits(r).iter().map(file_of).collect::<Vec<_>>();
    let (_, plain) = indexed.search("thủ tục đất đai", &[]);
    assert_eq!(files(&plain)[0], "cu.txt", "{plain}");
    assert!(plain.get("order").is_none(), "{plain}");
    for query in [
        "tin mới nhất về thủ tục đất đai",
        "thu tuc dat dai gan day",
        "những bài viết gần đây nhất về thủ tục đất đai",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        assert_eq!(r["order"], "date", "{query}: {r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(files(&r), ["moi.txt", "giua.txt", "cu.txt"], "{query}: {r}");
    }
    // A frame alone keeps the best match first; "mới" of another phrase is a word.
    let (_, framed) = indexed.search("tin tức về thủ tục đất đai", &[]);
    assert_eq!(framed["searched_for"], "thủ tục đất đai", "{framed}");
    assert!(framed.get("order").is_none(), "{framed}");
    assert_eq!(files(&framed)[0], "cu.txt", "{framed}");
    let (_, word) = indexed.search("nông thôn mới", &[]);
    assert_eq!(files(&word), ["moi.txt"], "{word}");
}

#[test]
fn a_question_about_a_document_finds_the_passages_citing_it_first() {
    // "Nghị quyết 25 quy định gì": no passage holds every word, and the ones holding
    // "nghị quyết" and "quy định" over and over cite nothing or another resolution; the
    // passage citing 25/NQ-CP answers. "Đề án 09 là gì": "là" asks with "gì", so the
    // passage citing the project, which never says "là", holds every word left.
    let (_dir, indexed) = index_texts(&[
        (
            "nq-25.txt",
            "Chính phủ ban hành nghị quyết mới\nNghị quyết số 25/NQ-CP giao các bộ cắt giảm một phần ba thủ tục kinh doanh trong năm nay.\n",
        ),
        (
            "quy-dinh.txt",
            "Rà soát quy định\nNghị quyết của tỉnh về rà soát quy định: các quy định chồng chéo, quy định không cần thiết, quy định trái nghị quyết của Hội đồng nhân dân đều phải bãi bỏ theo nghị quyết 30.\n",
        ),
        (
            "de-an-09.txt",
            "Triển khai đề án của tỉnh\nTỉnh triển khai Đề án 09 về số hóa hồ sơ đất đai tại mọi xã trong hai năm tới.\n",
        ),
        (
            "khac.txt",
            "Đề án khác\nĐề án phát triển du lịch là đề án trọng điểm của tỉnh, là động lực tăng trưởng.\n",
        ),
    ]);
    for query in ["Nghị quyết 25 quy định gì", "NQ 25 quy dinh nhung gi?"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(sources(&r), ["nq-25.txt"], "{query}: {r}");
    }
    for query in ["Đề án 09 là gì", "de an 09 la gi?"] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(sources(&r), ["de-an-09.txt"], "{query}: {r}");
    }
    let (_, r) = indexed.search("Đề án 09 là gì?", &[]);
    assert_eq!(r["searched_for"], "Đề án 09", "{r}");
}

#[test]
fn a_month_typed_finds_it_written_a_day_of_it_or_the_articles_of_that_month() {
    // "tháng 11/2022" asks for November 2022: a passage writing the month, first, then one
    // writing a day of it, then the passages of the articles published in it; not another
    // month's. "tháng" and a preposition of time before it go with the month.
    let (_dir, indexed) = index_texts(&[
        (
            "a-published.txt",
            "Huyện rà soát thủ tục\n15/11/2022 10:00\nHuyện rà soát cải cách thủ tục cho doanh nghiệp.\n",
        ),
        (
            "b-day.txt",
            "Hội nghị của tỉnh\n02/03/2023 08:00\nNgày 20/11/2022, tỉnh tổ chức hội nghị về cải cách thủ tục đất đai.\n",
        ),
        (
            "c-october.txt",
            "Xã họp bàn\n20/10/2022 09:00\nXã họp bàn cải cách thủ tục hộ tịch.\n",
        ),
        (
            "d-written.txt",
            "Kết quả cải cách\n05/01/2023 09:00\nKết quả cải cách thủ tục tháng 11/2022 được công bố.\n",
        ),
    ]);
    for query in [
        "cải cách thủ tục tháng 11/2022",
        "cai cach thu tuc trong thang 11 nam 2022",
        "cải cách thủ tục 11/2022",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(
            sources(&r),
            ["d-written.txt", "b-day.txt", "a-published.txt"],
            "{query}: {r}"
        );
    }
    let (_, r) = indexed.search("cải cách thủ tục trong tháng 11/2022", &[]);
    assert_eq!(r["searched_for"], "cải cách thủ tục 11/2022", "{r}");
}

#[test]
fn a_word_typed_with_a_slip_is_searched_as_the_nearest_word_the_index_holds() {
    // "chínhh", "chnh", "Phann": in no passage; one letter off a word that is, so the query
    // is searched with that word, said in `searched_for`; "caicach", syllables the index
    // holds run together, is searched as they are. "chín" is a word of its own (nine)
    // and stays; so does an acronym in capitals, and a word the index has nothing near.
    let (_dir, indexed) = index_texts(&[
        (
            "cai-cach.txt",
            "Cải cách hành chính ở huyện\nHuyện đẩy mạnh cải cách hành chính, Chủ tịch Lê Văn Phan chỉ đạo rút ngắn thời gian giải quyết hồ sơ.\n",
        ),
        (
            "chin.txt",
            "Chín xã về đích\nChín xã của huyện hoàn thành cải cách nông thôn mới trong năm.\n",
        ),
    ]);
    for (query, read) in [
        ("cải cách hành chínhh", "cải cách hành chính"),
        ("cai cach hanh chnh", "cai cach hanh chinh"),
        ("Lê Văn Phann chỉ đạo", "Lê Văn Phan chỉ đạo"),
        ("giảii quyết hồ sơ", "giải quyết hồ sơ"),
        // Syllables typed without their spaces.
        ("caicach hanhchinh", "cai cach hanh chinh"),
        ("cảicáchhànhchính", "cải cách hành chính"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(r["searched_for"], read, "{query}: {r}");
        assert_eq!(r["query"], query, "{r}");
        assert_eq!(sources(&r), ["cai-cach.txt"], "{query}: {r}");
    }
    for query in [
        "cải cách hành chín",
        "cải cách CCHCC",
        "cải cách blockchain",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "partial", "{query}: {r}");
        assert!(r.get("searched_for").is_none(), "{query}: {r}");
    }
    // A phrase in quotes of any kind is searched as typed: here, nowhere.
    for query in [
        "«cải cách hành chínhh ở» huyện",
        "\"cải cách hành chínhh ở\" huyện",
    ] {
        let (_, r) = indexed.search(query, &[]);
        assert_eq!(r["total"], 0, "{query}: {r}");
        assert!(r.get("searched_for").is_none(), "{query}: {r}");
    }
}

#[test]
fn a_slip_is_read_as_the_word_found_beside_the_words_typed_around_it() {
    // "cácg" is one letter off "các" (in every passage) and off "cách" (in one): typed after
    // "cải", it is "cách", the word the index holds beside it, its typed marks kept; typed
    // alone, the most frequent word a letter away.
    let mut files: Vec<(String, String)> = (0..6)
        .map(|n| {
            (
                format!("cac-{n}.txt"),
                format!("Tin xã {n}\nCác xã và các thôn tổ chức họp dân về các khoản đóng góp năm {n}.\n"),
            )
        })
        .collect();
    files.push((
        "cai-cach.txt".into(),
        "Cải cách ở huyện\nHuyện đẩy mạnh cải cách hành chính trong năm nay.\n".into(),
    ));
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let (_dir, indexed) = index_texts(&files);
    for (query, read) in [
        ("cải cácg hành chính", "cải cách hành chính"),
        ("cai cacg", "cai cach"),
        ("cácg hành chính", "cách hành chính"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["searched_for"], read, "{query}: {r}");
        assert_eq!(sources(&r), ["cai-cach.txt"], "{query}: {r}");
    }
    let (_, r) = indexed.search("cácg thôn", &[]);
    assert_eq!(r["searched_for"], "các thôn", "{r}");
}

#[test]
fn a_question_asking_which_document_rules_on_a_topic_finds_the_passages_citing_one() {
    // "văn bản nào quy định về X" asks for the documents about X: the passages about it
    // that cite one (of the type it names), not those holding "văn bản" and "quy định".
    let (_dir, indexed) = index_texts(&[
        (
            "nghi-dinh.txt",
            "Khai sinh trực tuyến\nViệc đăng ký khai sinh thực hiện theo Nghị định 123/2015/NĐ-CP của Chính phủ.\n",
        ),
        (
            "thong-tu.txt",
            "Hướng dẫn hộ tịch\nHồ sơ đăng ký khai sinh lập theo mẫu ban hành kèm Thông tư 04/2020/TT-BTP.\n",
        ),
        (
            "khong-dan.txt",
            "Người dân hài lòng\nVăn bản quy định rõ ràng, người dân đi đăng ký khai sinh cho con rất nhanh.\n",
        ),
    ]);
    for (query, citing, files) in [
        (
            "văn bản nào quy định về đăng ký khai sinh",
            "văn bản",
            vec!["nghi-dinh.txt", "thong-tu.txt"],
        ),
        (
            "nghị định nào hướng dẫn đăng ký khai sinh",
            "nghị định",
            vec!["nghi-dinh.txt"],
        ),
        (
            "đăng ký khai sinh được quy định tại thông tư nào?",
            "thông tư",
            vec!["thong-tu.txt"],
        ),
        (
            "nghi dinh nao ve dang ky khai sinh",
            "nghi dinh",
            vec!["nghi-dinh.txt"],
        ),
        (
            "các văn bản về đăng ký khai sinh",
            "văn bản",
            vec!["nghi-dinh.txt", "thong-tu.txt"],
        ),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        let mut found = sources(&r);
        found.sort();
        assert_eq!(found, files, "{query}: {r}");
        assert_eq!(r["citing"], citing, "{query}: {r}");
        assert_eq!(r["query"], query, "{r}");
        // The documents they cite, counted by article: the answer asked for.
        let cited: Vec<&str> = r["facets"]["refs"]
            .as_array()
            .map(|refs| refs.iter().filter_map(|c| c["value"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(cited.len(), files.len(), "{query}: {r}");
        assert!(
            r["facets"]["years"].as_array().is_some_and(Vec::is_empty),
            "{r}"
        );
        let topic = r["searched_for"].as_str().unwrap_or("");
        assert!(topic.ends_with("khai sinh"), "{query}: {r}");
    }
    // A topic no citing passage holds: the words as typed.
    let (_, r) = indexed.search("văn bản nào quy định rõ ràng", &[]);
    assert!(r.get("citing").is_none(), "{r}");
    assert_eq!(sources(&r), ["khong-dan.txt"], "{r}");
}

#[test]
fn a_quarter_typed_in_either_kind_of_figures_finds_it_written_in_any() {
    // Reports write a quarter "quý IV/2022", "Quý 4/2022" or "quý IV năm 2022": typed any
    // of those ways, it finds all three, and not another quarter.
    let (_dir, indexed) = index_texts(&[
        (
            "la-ma.txt",
            "Kết quả một cửa\nTrong quý IV/2022, tỉnh giải quyết 12.000 hồ sơ đúng hạn.\n",
        ),
        (
            "a-rap.txt",
            "Báo cáo một cửa\nQuý 4/2022 tỉnh giải quyết 11.500 hồ sơ đúng hạn.\n",
        ),
        (
            "chu.txt",
            "Tổng kết một cửa\nTrong quý IV năm 2022, huyện giải quyết 3.000 hồ sơ đúng hạn.\n",
        ),
        (
            "khac.txt",
            "Sơ kết một cửa\nTrong quý I/2023, tỉnh giải quyết 9.000 hồ sơ đúng hạn.\n",
        ),
    ]);
    for query in [
        "hồ sơ quý IV/2022",
        "hồ sơ quý 4/2022",
        "hồ sơ quý IV năm 2022",
        "ho so quy 4/2022",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        let mut found = sources(&r);
        found.sort();
        assert_eq!(found, ["a-rap.txt", "chu.txt", "la-ma.txt"], "{query}: {r}");
        let shown = r["searched_for"].as_str().unwrap_or("");
        assert!(!shown.contains(" OR "), "{query}: {r}");
    }
    assert_eq!(
        sources(&indexed.search("hồ sơ quý 1/2023", &[]).1),
        ["khac.txt"]
    );
}

#[test]
fn words_that_two_acronyms_spell_find_the_two_acronyms_together() {
    // "thành phố Hồ Chí Minh" is written "TP. HCM", "Ủy ban nhân dân thành phố Cần Thơ"
    // "UBND TP. Cần Thơ": no one acronym spells every word, two side by side do. "tp hcm",
    // two acronyms typed apart, is also written glued: "TPHCM".
    let (_dir, indexed) = index_texts(&[
        (
            "tp-hcm.txt",
            "Cấp phép xây dựng trực tuyến\nTP. HCM cấp 1.200 giấy phép xây dựng trực tuyến trong quý I.\n",
        ),
        (
            "can-tho.txt",
            "Cần Thơ số hóa hồ sơ\nUBND TP. Cần Thơ ban hành kế hoạch số hóa hồ sơ đất đai.\n",
        ),
        (
            "khac.txt",
            "Tin khác\nThành phố Đà Nẵng cấp giấy phép xây dựng cho 300 hộ dân.\n",
        ),
        (
            "tphcm-glued.txt",
            "Hộ tịch điện tử\nTPHCM số hóa 90% sổ hộ tịch của các phường.\n",
        ),
    ]);
    for (query, file) in [
        // Two acronyms typed apart find them glued too.
        ("tp hcm hộ tịch", "tphcm-glued.txt"),
        ("TP HCM so hoa ho tich", "tphcm-glued.txt"),
        ("tp hcm giấy phép", "tp-hcm.txt"),
        ("thành phố Hồ Chí Minh cấp giấy phép", "tp-hcm.txt"),
        ("thanh pho ho chi minh giay phep", "tp-hcm.txt"),
        ("Ủy ban nhân dân thành phố Cần Thơ số hóa", "can-tho.txt"),
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(sources(&r), [file], "{query}: {r}");
    }
}

#[test]
fn two_acronyms_written_together_in_the_text_are_found_by_either_or_their_words() {
    let (_corpus, indexed) = index_texts(&[
        (
            "glued.txt",
            "Thành phố họp về thủ tục đất đai\n\
             Sáng nay, UBND TPHCM đã họp bàn về việc rút ngắn thời gian giải quyết thủ tục đất đai cho người dân.\n",
        ),
        (
            "other.txt",
            "Tỉnh họp về thủ tục đất đai\n\
             Chiều nay, UBND tỉnh Yên Bái đã họp bàn về việc rút ngắn thời gian giải quyết thủ tục đất đai cho người dân.\n",
        ),
    ]);
    for query in [
        "HCM đất đai",
        "Hồ Chí Minh đất đai",
        "thành phố Hồ Chí Minh đất đai",
        "TPHCM đất đai",
        "TP HCM đất đai",
    ] {
        let (_, r) = indexed.search(query, &[]);
        assert_eq!(r["matching"], "all", "{query}: {r}");
        assert_eq!(sources(&r), ["glued.txt"], "{query}: {r}");
        // The word is marked whichever acronym or words found it.
        let snippet = hits(&r)[0]["snippet"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(snippet.contains("<b>TPHCM</b>"), "{query}: {snippet}");
    }
}
