//! End to end on the shipped corpus: metadata, boilerplate, and typical queries.

use std::sync::OnceLock;

use crate::common::{hits, index_corpus, root, sources, Indexed};

fn seeds() -> &'static Indexed {
    static INDEX: OnceLock<Indexed> = OnceLock::new();
    INDEX.get_or_init(|| {
        let indexed = index_corpus(&root().join("corpus"));
        assert!(
            indexed.output.status.success(),
            "index failed: {}",
            indexed.stderr()
        );
        indexed
    })
}

fn first_source(query: &str) -> String {
    seeds()
        .top_sources(query)
        .into_iter()
        .next()
        .unwrap_or_default()
}

fn article_of(prefix: &str) -> serde_json::Value {
    // Every passage carries its article's fields; find one passage of the article.
    for query in ["hành chính", "cải cách", "thủ tục"] {
        let (_, r) = seeds().search(query, &[]);
        if let Some(h) = hits(&r).into_iter().find(|h| {
            h["article"]["source"]
                .as_str()
                .unwrap_or("")
                .contains(prefix)
        }) {
            return h["article"].clone();
        }
    }
    panic!("no passage of {prefix}");
}

#[test]
fn metadata_of_each_seed() {
    let a0 = article_of("000_");
    assert_eq!(
        a0["title"],
        "Tập trung thực hiện hiệu quả công tác cải cách hành chính"
    );
    let a1 = article_of("001_");
    assert_eq!(
        a1["title"],
        "Đẩy mạnh triển khai một cách toàn diện, đồng bộ các nội dung về cải cách hành chính"
    );
    assert_eq!(a1["views"], 522);
    assert_eq!(a1["author"], "Phòng Nội vụ huyện");
    let a2 = article_of("002_");
    assert_eq!(a2["author"], "Bùi Minh");
    // 002 has no headline line: its title is its first sentence, marked as derived.
    assert_eq!(a2["title_derived"], true, "{a2}");
    assert!(
        a2["title"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Đồng chí Nguyễn Văn Toàn"),
        "{a2}"
    );
    let a3 = article_of("003_");
    assert!(a3["title"]
        .as_str()
        .unwrap()
        .starts_with("Phiên họp thứ hai Tổ công tác"));
    let a4 = article_of("004_");
    assert_eq!(a4["date"], "2022-11-11");
    assert_eq!(a4["author"], "Phương Thảo");
    assert!(a4["title"]
        .as_str()
        .unwrap()
        .starts_with("Triển khai Kế hoạch rà soát"));
}

#[test]
fn boilerplate_is_not_searchable() {
    for phrase in [
        "\"image advertisement\"",
        "\"image banner\"",
        "\"anh tin bai\"",
        "\"Thống kê truy cập\"",
        "\"Đang online\"",
        "\"Lượt xem\"",
        "\"Chia sẻ bài viết\"",
        "\"Bình luận\"",
        "\"Tin, ảnh\"",
        "\"BDK.VN\"",
        "\"15:19\"",
    ] {
        let (code, r) = seeds().search(phrase, &[]);
        assert_eq!(code, 1, "{phrase} is searchable: {:?}", sources(&r));
    }
}

#[test]
fn repeated_title_and_caption_are_indexed_once() {
    let title = "Tập trung thực hiện hiệu quả công tác cải cách hành chính";
    let (_, r) = seeds().search(&format!("\"{title}\""), &[]);
    // The title finds its article, but it is metadata: no passage repeats it.
    assert!(!hits(&r).is_empty(), "{r}");
    for h in hits(&r) {
        assert_eq!(h["article"]["title"], title);
        assert!(
            !h["passage"].as_str().unwrap_or_default().contains(title),
            "the title's repetition in the text is dropped: {h}"
        );
    }
    let (_, r) = seeds().search("\"Châu Thị Kim Thanh chủ trì hội nghị\"", &[]);
    assert_eq!(
        hits(&r).len(),
        2,
        "the caption is said once, the paragraph once"
    );
}

#[test]
fn typical_queries_find_the_right_article_first() {
    let cases = [
        ("Nghị quyết số 131/NQ-CP", "004_"),
        ("131/NQ-CP", "004_"),
        ("Trần Lưu Quang", "003_"),
        ("Ngô Hải Phan", "004_"),
        ("Nguyễn Xuân Phúc", "002_"),
        ("Lai Chau", "003_"),
        ("thu tuc hanh chinh noi bo", "004_"),
        ("Thủ tục hành chính nội bộ", "004_"),
        ("Tống Thanh Hải", "003_"),
        ("11956", "003_"),
        ("11.956", "003_"),
        ("99,33%", "000_"),
        ("653/2019/UBTVQH14", "002_"),
        ("Thai Nguyen", "000_"),
    ];
    for (query, expected) in cases {
        let got = first_source(query);
        assert!(
            got.starts_with(expected),
            "{query:?}: first hit {got:?}, expected {expected}"
        );
    }
}

#[test]
fn query_without_diacritics_matches_everything_the_marked_one_does() {
    let (_, marked) = seeds().search("cải cách thủ tục", &[]);
    let (_, bare) = seeds().search("cai cach thu tuc", &[]);
    assert!(marked["total"].as_u64().unwrap() > 0);
    assert_eq!(marked["total"], bare["total"]);
    // The phrase as a whole ranks first.
    let first = hits(&bare)[0]["passage"].as_str().unwrap().to_lowercase();
    assert!(first.contains("cải cách thủ tục"), "{first}");
}

#[test]
fn old_and_new_tone_marks_match_each_other() {
    // The corpus writes "đơn giản hóa" (new style) and "cấp uỷ" (old style).
    for (query, needle) in [
        ("đơn giản hoá", "đơn giản hóa"),
        ("cấp ủy", "cấp uỷ"),
        ("khoá XVI", "khoá XVI"),
    ] {
        let (code, r) = seeds().search(&format!("\"{query}\""), &[]);
        assert_eq!(code, 0, "{query}");
        assert!(
            hits(&r)
                .iter()
                .any(|h| h["passage"].as_str().unwrap().contains(needle)),
            "{query}"
        );
    }
}

#[test]
fn exact_diacritics_rank_first() {
    let (_, r) = seeds().search("bỏ", &[]);
    let has_exact: Vec<bool> = hits(&r)
        .iter()
        .map(|h| {
            let text = h["passage"].as_str().unwrap().to_lowercase();
            text.split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "bỏ")
        })
        .collect();
    assert!(has_exact.len() > 3 && has_exact[0], "{has_exact:?}");
    let first_without = has_exact.iter().position(|e| !e).unwrap_or(has_exact.len());
    assert!(
        has_exact[first_without..].iter().all(|e| !e),
        "exact matches must come first: {has_exact:?}"
    );
}

#[test]
fn phrase_outranks_scattered_syllables() {
    let (_, r) = seeds().search("cải cách hành chính nhà nước", &[]);
    let first = hits(&r)[0]["passage"].as_str().unwrap().to_lowercase();
    assert!(first.contains("cải cách hành chính nhà nước"), "{first}");
}

#[test]
fn json_shape_and_highlighted_snippet() {
    let (code, r) = seeds().search("Lai Châu", &[]);
    assert_eq!(code, 0);
    assert!(r["query"].is_string() && r["total"].is_u64() && r["took_ms"].is_number());
    let hit = &hits(&r)[0];
    assert_eq!(hit["rank"], 1);
    assert!(hit["score"].as_f64().unwrap() > 0.0);
    assert!(hit["snippet"]
        .as_str()
        .unwrap()
        .contains("<b>Lai</b> <b>Châu</b>"));
    assert!(hit["passage"].as_str().unwrap().contains("Lai Châu"));
    assert!(hit["passage_index"].is_u64());
    for key in ["id", "source", "title", "date", "author", "views"] {
        assert!(hit["article"].get(key).is_some(), "article.{key} missing");
    }
}

#[test]
fn paging_with_offset() {
    let (_, all) = seeds().search("hành chính", &["--limit", "6"]);
    let (_, page2) = seeds().search("hành chính", &["--limit", "3", "--offset", "3"]);
    let all_passages: Vec<_> = hits(&all).iter().map(|h| h["passage"].clone()).collect();
    let page: Vec<_> = hits(&page2).iter().map(|h| h["passage"].clone()).collect();
    assert_eq!(&all_passages[3..6], &page[..]);
    assert_eq!(hits(&page2)[0]["rank"], 4);
}

#[test]
fn a_query_naming_an_official_ranks_where_they_speak_first() {
    // The seed's photo caption ("Thủ tướng Chính phủ Phạm Minh Chính phát biểu chỉ đạo tại
    // hội nghị"), a short passage, would lead on its words alone.
    for query in ["Phạm Minh Chính", "pham minh chinh"] {
        let (code, r) = seeds().search(query, &[]);
        assert_eq!(code, 0, "{r}");
        let first = &hits(&r)[0];
        assert_eq!(first["speaker"]["name"], "Phạm Minh Chính", "{query}: {r}");
        assert!(
            hits(&r).iter().any(|h| h["passage"]
                .as_str()
                .unwrap()
                .contains("phát biểu chỉ đạo tại hội nghị")),
            "the caption still matches: {r}"
        );
    }
}
