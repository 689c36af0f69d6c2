//! One passage published by several portals is listed once in a ranked page, with the
//! articles its copies stand in; passages that differ in a word stay apart, and listings in
//! date order keep every passage.

use serde_json::Value;

use crate::common::{hits, index_texts, run, sources};

/// A ministry's release, reposted by two portals in other shapes and styles.
const RELEASE: &str = "Bộ Nội vụ yêu cầu các địa phương hoàn thành việc số hoá hồ sơ, kết quả \
    giải quyết thủ tục hành chính trước ngày 30/6, bảo đảm người dân không phải nộp lại giấy tờ \
    đã được cơ quan nhà nước cấp.";

/// The second paragraph of the release.
const FOLLOW_UP: &str = "Các địa phương báo cáo kết quả về Bộ Nội vụ trước ngày 15/7 để tổng \
    hợp, trình Thủ tướng Chính phủ; hồ sơ chưa số hoá được thống kê riêng.";

fn corpus() -> (tempfile::TempDir, crate::common::Indexed) {
    // The ministry's page: HTML, with its furniture.
    let page = format!(
        "<html><head><title>Số hoá hồ sơ thủ tục hành chính | Bộ Nội vụ</title></head><body>\
         <nav><a href='/'>Trang chủ</a> <a href='/tin'>Tin tức</a></nav>\
         <article><h1>Số hoá hồ sơ thủ tục hành chính trước ngày 30/6</h1>\
         <p class='date'>12/05/2025 08:30</p><p>{RELEASE}</p><p>{FOLLOW_UP}</p></article>\
         <aside><h3>Tin liên quan</h3><ul><li><a href='/a'>Hội nghị giao ban quý I</a></li></ul></aside>\
         </body></html>"
    );
    // A province's portal: a plain scrape in the other tone-mark style, its own headline, a
    // photo's caption before the text (a short line: it joins the passage after it) and a
    // credit after it.
    let repost = format!(
        "Trang chủ | Tin tức | Cải cách hành chính\n\
         Yêu cầu hoàn thành số hóa hồ sơ trước 30/6\n\
         13/05/2025 09:00\n\
         Toàn cảnh hội nghị tại điểm cầu trụ sở Bộ Nội vụ\n\
         {}\n\
         {}\n\
         Nguồn: Bộ Nội vụ\n",
        RELEASE.replace("hoá", "hóa"),
        FOLLOW_UP.replace("hoá", "hóa")
    );
    // Another province's report: the same frame, its own deadline.
    let other = "Tỉnh rà soát hồ sơ số hoá\n\
         14/05/2025\n\
         Bộ Nội vụ yêu cầu các địa phương hoàn thành việc số hoá hồ sơ, kết quả giải quyết \
         thủ tục hành chính trước ngày 31/8, bảo đảm người dân không phải nộp lại giấy tờ đã \
         được cơ quan nhà nước cấp.\n";
    index_texts(&[
        ("bo-noi-vu.html", page.as_str()),
        ("tinh-dang-lai.txt", repost.as_str()),
        ("tinh-khac.txt", other),
    ])
}

fn copies_of(hit: &Value) -> Vec<String> {
    hit["copies"]
        .as_array()
        .map(|c| {
            c.iter()
                .map(|a| {
                    a["source"]
                        .as_str()
                        .unwrap_or("")
                        .rsplit('/')
                        .next()
                        .unwrap_or("")
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_reposted_passage_is_listed_once_with_where_it_stands_again() {
    let (_corpus, indexed) = corpus();
    let (code, r) = indexed.search("số hoá hồ sơ giấy tờ", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["total"], 3, "every passage still counts: {r}");
    let listed = hits(&r);
    let release: Vec<&Value> = listed
        .iter()
        .filter(|h| h["passage"].as_str().unwrap_or("").contains("30/6"))
        .collect();
    assert_eq!(
        release.len(),
        1,
        "the release and its repost, a caption more, are one hit: {r}"
    );
    let mut both = sources(&serde_json::json!({ "hits": release }));
    both.extend(copies_of(release[0]));
    both.sort();
    assert_eq!(both, ["bo-noi-vu.html", "tinh-dang-lai.txt"], "{r}");
    // The province with its own deadline says something else: a hit of its own.
    assert!(sources(&r).contains(&"tinh-khac.txt".to_string()), "{r}");
    assert_eq!(listed.len(), 2, "{r}");
    assert_eq!(listed[1]["rank"], 2, "ranks run on over the copies: {r}");

    // The text output says where else the passage stands.
    let index = indexed.index();
    let out = run(&[
        "search",
        "--index",
        index.to_str().unwrap(),
        "số hoá hồ sơ giấy tờ",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("also in: "), "{text}");

    // A listing in date order holds every passage, copies included.
    let (_, by_date) = indexed.search("số hoá hồ sơ giấy tờ", &["--sort", "date"]);
    assert_eq!(hits(&by_date).len(), 3, "{by_date}");
}

#[test]
fn a_passage_in_the_other_tone_mark_style_is_the_same_passage() {
    let (_corpus, indexed) = corpus();
    // The follow-up in both styles ("số hoá", "số hóa"): one hit, one copy.
    let (code, r) = indexed.search("tổng hợp trình Thủ tướng", &[]);
    assert_eq!(code, 0, "{r}");
    let listed = hits(&r);
    assert_eq!(listed.len(), 1, "{r}");
    assert_eq!(copies_of(&listed[0]).len(), 1, "{r}");
    assert_eq!(r["total"], 2, "{r}");
}

#[test]
fn a_long_paragraph_is_cut_alike_on_a_page_with_a_caption_before_it() {
    // Eight sentences in one paragraph: pieces of about sixty words. The repost keeps the
    // photo's caption (ten words: a short line, joined to the paragraph) before it; counted,
    // its words would close the first piece a sentence early and move every cut after it.
    let paragraph = [
        "Sáng 12/5, Bộ Nội vụ tổ chức hội nghị trực tuyến với các tỉnh, thành phố về tiến độ số hoá hồ sơ thủ tục hành chính.",
        "Theo báo cáo, đến nay cả nước đã số hoá hơn 60% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.",
        "Nhiều địa phương như Quảng Ninh, Đà Nẵng, Bình Dương đã hoàn thành việc tái sử dụng dữ liệu số hoá cho người dân.",
        "Tuy vậy, một số nơi còn chậm do thiếu máy quét, thiếu nhân lực và phần mềm một cửa chưa kết nối với kho dữ liệu.",
        "Bộ Nội vụ đề nghị các địa phương bố trí đủ kinh phí, phân công rõ người, rõ việc, rõ thời hạn hoàn thành.",
        "Việc số hoá phải gắn với làm sạch dữ liệu, bảo đảm dữ liệu đúng, đủ, sạch, sống để người dân không phải nộp lại giấy tờ.",
        "Các địa phương gửi kết quả về Bộ Nội vụ trước ngày 15/7 để tổng hợp, trình Thủ tướng Chính phủ xem xét.",
        "Bộ cũng sẽ kiểm tra đột xuất tại một số tỉnh chậm tiến độ trong quý III năm nay.",
    ]
    .join(" ");
    let original =
        format!("Đẩy nhanh số hoá hồ sơ thủ tục hành chính\n12/05/2025 08:30\n{paragraph}\n");
    let repost = format!(
        "Yêu cầu đẩy nhanh số hóa hồ sơ\n13/05/2025 09:00\n\
         Toàn cảnh hội nghị tại điểm cầu Bộ Nội vụ\n{}\n",
        paragraph.replace("hoá", "hóa")
    );
    let (_corpus, indexed) = index_texts(&[
        ("goc.txt", original.as_str()),
        ("dang-lai.txt", repost.as_str()),
    ]);
    for query in [
        "tổng hợp trình Thủ tướng",
        "máy quét nhân lực",
        "hội nghị trực tuyến",
    ] {
        let (code, r) = indexed.search(query, &[]);
        assert_eq!(code, 0, "{r}");
        let listed = hits(&r);
        assert_eq!(listed.len(), 1, "{query}: {r}");
        assert_eq!(copies_of(&listed[0]).len(), 1, "{query}: {r}");
    }
}
