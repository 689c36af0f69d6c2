//! `vnsearch clean --json` on portal templates the cleaner was not tuned on: furniture words
//! on the page's wrappers, WordPress category classes, JSON-LD only, comment threads,
//! related and next-article blocks. Each page keeps its whole article and nothing else.
//! The pages live in `tests/fixtures_templates/`, apart from the indexed fixture corpus.

use crate::common;

use serde_json::Value;

/// `clean --json` on the file at `path`; it must be cleaned.
fn clean_path(path: &std::path::Path) -> Value {
    let out = common::run(&["clean", "--json", path.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("clean --json prints JSON")
}

/// `clean --json` on a page of `tests/fixtures_templates/`.
fn clean(fixture: &str) -> Value {
    clean_path(
        &common::root()
            .join("tests/fixtures_templates")
            .join(fixture),
    )
}

/// `clean --json` on `content` written to a file `name` of its own; it must be cleaned.
fn clean_written(name: &str, content: &str) -> Value {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join(name);
    std::fs::write(&file, content).expect("write file");
    clean_path(&file)
}

/// `clean --json` on `html` written to a page of its own; the page must be cleaned.
fn clean_html(html: &str) -> Value {
    clean_written("trang.html", html)
}

/// `clean --json` on `text` written to a plain-text scrape of its own; it must be cleaned.
fn clean_scrape(text: &str) -> Value {
    clean_written("scrape.txt", text)
}

/// The names of the speakers of `passages` (a cleaned article's, or some of them), in order.
fn speaker_names<'a>(passages: impl IntoIterator<Item = &'a Value>) -> Vec<String> {
    passages
        .into_iter()
        .flat_map(|p| p["speakers"].as_array().expect("speakers"))
        .map(|s| s["name"].as_str().expect("name").to_string())
        .collect()
}

/// [`speaker_names`] of all of an article's passages.
fn speakers(article: &Value) -> Vec<String> {
    speaker_names(article["passages"].as_array().expect("passages"))
}

/// The titles of an article's speakers, in order.
fn speaker_titles(article: &Value) -> Vec<String> {
    article["passages"]
        .as_array()
        .expect("passages")
        .iter()
        .flat_map(|p| p["speakers"].as_array().expect("speakers"))
        .map(|s| s["title"].as_str().expect("title").to_string())
        .collect()
}

fn body(article: &Value) -> String {
    article["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .map(|p| p.as_str().expect("text"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn assert_has(body: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(body.contains(w), "missing {w:?} in:\n{body}");
    }
}

fn assert_lacks(body: &str, unwanted: &[&str]) {
    for u in unwanted {
        assert!(!body.contains(u), "kept {u:?} in:\n{body}");
    }
}

#[test]
fn furniture_words_on_wrappers_do_not_lose_the_article() {
    let a = clean("theme_classes_portal.html");
    assert_eq!(a["extraction"], "scored");
    assert_eq!(
        a["title"],
        "Huyện Mường Tè rút ngắn một nửa thời gian giải quyết thủ tục đất đai"
    );
    assert_eq!(a["date"], "2024-04-08");
    let body = body(&a);
    assert_has(
        &body,
        &[
            "Sau một năm áp dụng quy trình nội bộ mới",
            "trong quý I năm 2024",
            "Chủ tịch UBND huyện Lò Văn Hùng",
            "Quyết định số 06/QĐ-TTg",
        ],
    );
    assert_lacks(
        &body,
        &[
            "Tin đọc nhiều",
            "Trang chủ",
            "Chia sẻ",
            "Thời tiết",
            "Bản quyền",
            "Quảng cáo",
        ],
    );
}

#[test]
fn wordpress_category_classes_keep_lists_tables_captions_and_quotes() {
    let a = clean("wordpress_category_portal.html");
    assert_eq!(a["extraction"], "scored");
    assert_eq!(
        a["title"],
        "Một cửa liên thông: người dân không phải đi lại nhiều lần"
    );
    assert_eq!(a["date"], "2024-05-21");
    assert_eq!(a["author"], "Thu Hà");
    let body = body(&a);
    assert_has(
        &body,
        &[
            "Từ tháng 5, thành phố triển khai liên thông",
            "Công chức tư pháp chuyển dữ liệu",
            "Đăng ký khai sinh 3 ngày 1 ngày",
            "Người dân làm thủ tục tại bộ phận một cửa phường Tân Định.",
            "chị Nguyễn Thị Lan",
            "hơn 2.300 hồ sơ liên thông",
        ],
    );
    // The caption is said once; comments, related posts, tags and widgets are gone.
    assert_eq!(body.matches("Người dân làm thủ tục tại bộ phận").count(), 1);
    assert_lacks(
        &body,
        &[
            "Tôi đã làm thủ tục khai sinh cho cháu",
            "Ở quê tôi vẫn phải đi lại",
            "Trả lời",
            "Chỉ số hài lòng về sự phục vụ",
            "Nhiều xã miền núi",
            "Bài viết liên quan",
            "Chuyên mục",
            "Thẻ:",
            "WordPress",
        ],
    );
}

#[test]
fn json_ld_article_body_serves_a_page_rendered_by_scripts() {
    let a = clean("json_ld_only_portal.html");
    assert_eq!(a["extraction"], "json-ld");
    assert_eq!(
        a["title"],
        "Bộ Nội vụ công bố Chỉ số cải cách hành chính PAR INDEX 2023"
    );
    assert_eq!(a["date"], "2024-04-16");
    assert_eq!(a["author"], "Minh Anh");
    let paragraphs = a["paragraphs"].as_array().expect("paragraphs");
    assert_eq!(paragraphs.len(), 3, "{paragraphs:?}");
    assert_lacks(&body(&a), &["JavaScript"]);
}

#[test]
fn lead_is_kept_next_article_and_ticker_are_not() {
    let a = clean("endless_scroll_portal.html");
    assert_eq!(a["title"], "Đắk Lắk cắt giảm 120 thủ tục hành chính nội bộ");
    assert_eq!(a["date"], "2024-03-14");
    assert_eq!(a["author"], "Hồng Nhung");
    let body = body(&a);
    assert!(
        body.starts_with("Tỉnh Đắk Lắk vừa phê duyệt phương án"),
        "the lead opens the body:\n{body}"
    );
    assert_has(
        &body,
        &["Quyết định số 512/QĐ-UBND", "tiền đề để giải quyết nhanh"],
    );
    assert_lacks(
        &body,
        &[
            "Lâm Đồng",
            "Bài tiếp theo",
            "Tin liên quan",
            "Gia Lai",
            "Giá vàng",
            "TIN NÓNG",
        ],
    );
}

#[test]
fn an_article_written_inside_links_falls_back_instead_of_being_refused() {
    // Every paragraph sits in a link (an old portal's "full text" teaser page): nothing
    // votes, no run of paragraphs stands out, yet the page is an article.
    let a = clean_html(
        "<html><body><div class=\"menu\"><a href=\"/\">Trang chủ</a> <a href=\"/tb\">Thông báo</a></div>\
         <div><a href=\"/tb/1\">UBND xã thông báo lịch tiếp công dân định kỳ tháng 6 năm 2024 tại trụ sở.</a></div>\
         <div><a href=\"/tb/1\">Công dân có đơn thư khiếu nại, tố cáo mang theo giấy tờ tùy thân khi đến làm việc.</a></div>\
         </body></html>",
    );
    assert_eq!(a["extraction"], "page-text");
    assert_has(
        &body(&a),
        &["lịch tiếp công dân định kỳ", "mang theo giấy tờ tùy thân"],
    );
}

#[test]
fn a_page_without_prose_is_refused_with_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A menu and a share widget; a script's skeleton showing only its loading line.
    for (name, html) in [
        (
            "menu.html",
            "<html><body><nav><a href=\"/\">Trang chủ</a></nav><div class=\"share\">Chia sẻ</div></body></html>",
        ),
        (
            "skeleton.html",
            "<html><head><title>Tin tức</title></head><body><div id=\"app\"><div class=\"loading\">Đang tải…</div></div><script src=\"/app.js\"></script></body></html>",
        ),
    ] {
        let page = dir.path().join(name);
        std::fs::write(&page, html).expect("write page");
        let out = common::run(&["clean", "--json", page.to_str().expect("utf-8")]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains(name) && stderr.contains("no article text"),
            "{stderr}"
        );
    }
}

#[test]
fn datelines_with_a_place_or_in_words_give_the_date_and_leave_the_body() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lead = "Năm nay tỉnh đưa thêm 120 thủ tục hành chính lên dịch vụ công trực tuyến, người dân nộp hồ sơ tại nhà mà không phải đến bộ phận một cửa.";
    for (i, dateline) in [
        "Hà Nội, ngày 12/3/2023",
        "TP. Hồ Chí Minh, 12/3/2023 - 08:30",
        "Thứ Năm, 12 tháng 3 năm 2023",
        // A weekday as a digit, a publication label, a source in brackets.
        "Thứ 5, 12/3/2023, 10:30 (GMT+7)",
        "Ngày xuất bản: 12/3/2023",
        "(Chinhphu.vn) - 12/3/2023",
        // The year in two digits; the date in points after a label.
        "Cập nhật: 12/3/23 08:30",
        "Ngày đăng: 12.03.2023",
    ]
    .iter()
    .enumerate()
    {
        for page in [
            format!("Tỉnh đẩy mạnh cải cách hành chính\n{dateline}\n{lead}\n"),
            format!("<html><body><article><h1>Tỉnh đẩy mạnh cải cách hành chính</h1><p class=\"meta\">{dateline}</p><p>{lead}</p></article></body></html>"),
        ] {
            let ext = if page.starts_with('<') { "html" } else { "txt" };
            let path = dir.path().join(format!("{i}.{ext}"));
            std::fs::write(&path, &page).expect("write page");
            let out = common::run(&["clean", "--json", path.to_str().expect("utf-8")]);
            let a: Value = serde_json::from_slice(&out.stdout).expect("json");
            assert_eq!(a["date"], "2023-03-12", "{dateline} ({ext}): {a}");
            assert_lacks(&body(&a), &["12/3/2023", "tháng 3", "12/3/23", "12.03"]);
            assert_has(&body(&a), &["120 thủ tục hành chính"]);
        }
    }
}

#[test]
fn a_table_built_portal_keeps_its_article_column_only() {
    // Menu, article and sidebar are the cells of one row, broken into lines by <br>.
    let a = clean("table_layout_portal.html");
    assert_eq!(
        a["title"],
        "Huyện Mường Tè rút ngắn thời gian giải quyết hồ sơ đất đai"
    );
    assert_eq!(a["date"], "2023-06-05");
    assert_eq!(a["author"], "Thu Hà");
    let text = body(&a);
    assert_has(
        &text,
        &[
            "rà soát toàn bộ quy trình",
            "giảm từ 30 ngày xuống còn 15 ngày",
            "Chủ tịch UBND huyện Lò Văn Mừng cho biết",
        ],
    );
    assert_lacks(
        &text,
        &[
            "Giới thiệu",
            "Văn bản pháp luật",
            "TIN MỚI",
            "Tập huấn nghiệp vụ",
            "Lượt truy cập",
            "CỔNG THÔNG TIN",
        ],
    );
}

#[test]
fn a_credit_in_the_row_below_a_table_built_article_is_its_author() {
    // The reporter's name stands in the next row of the article's table, apart from the
    // cell holding the text, then the tools row and a list of other articles.
    let page = std::fs::read_to_string(
        common::root().join("tests/fixtures_templates/nested_tables_credit_row.html"),
    )
    .expect("fixture");
    let a = clean_html(&page);
    assert_eq!(a["author"], "Thanh Tâm", "{a}");
    assert_eq!(a["date"], "2024-03-15");
    assert_has(&body(&a), &["Chỉ số PAR Index của tỉnh xếp thứ 25"]);
    assert_lacks(&body(&a), &["Thanh Tâm", "In trang", "Các tin khác"]);
    // A box's header in title case right below the article, over headlines of other
    // articles, credits no one; nor does a heading, over nothing.
    let credit_row = r#"<tr><td align="right"><b>Thanh Tâm</b></td></tr>"#;
    let tools_row = r##"<tr><td><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></td></tr>"##;
    let others = &page[page.find("<table><tr><td><b>Các tin khác").expect("list")..];
    let others = &others[..others.find("</table>").expect("list's end") + "</table>".len()];
    for (header, list) in [
        (
            r#"<tr><td><span>Góc Nhìn Chuyên Gia</span></td></tr>"#,
            true,
        ),
        (r#"<tr><td><h3>Thanh Tâm</h3></td></tr>"#, false),
    ] {
        let page = if list {
            page.clone()
        } else {
            page.replace(others, "")
        };
        let page = page
            .replace(credit_row, header)
            .replace(tools_row, "")
            .replace("<tr><td><b>Các tin khác:</b></td></tr>", "");
        assert_eq!(page.contains("Bình Phước công bố chỉ số"), list);
        assert!(page.contains(header), "the fixture holds {header}");
        let a = clean_html(&page);
        assert!(a["author"].is_null(), "{header}: {a}");
    }
}

#[test]
fn a_link_to_read_on_is_neither_text_nor_a_credit() {
    // A page of teasers, each with its "Xem tiếp" (read on) link, the last line of the page.
    let teaser = |n: usize| {
        format!(
            "<article><h3><a href='/a{n}'>Bản tin cải cách số {n}</a></h3><p>UBND tỉnh công bố thêm {n}0 thủ tục hành chính được giải quyết trực tuyến toàn trình cho người dân.</p><a href='/a{n}'>Xem tiếp</a></article>"
        )
    };
    let teasers: String = (1..=4).map(teaser).collect();
    let a = clean_html(&format!(
        "<html><body><h2>Tin tức</h2>{teasers}</body></html>"
    ));
    assert!(a["author"].is_null(), "{a}");
    assert_lacks(&body(&a), &["Xem tiếp"]);
    assert_has(&body(&a), &["20 thủ tục hành chính"]);
}

#[test]
fn a_data_table_row_stays_one_line_when_its_cells_wrap_paragraphs() {
    let a = clean("data_table_cells_in_paragraphs.html");
    let text = body(&a);
    let lines: Vec<&str> = text.lines().collect();
    for row in [
        "Đất đai 5.120 97%",
        "Hộ tịch 4.310 99,5%",
        "Đăng ký kinh doanh 2.640 98%",
    ] {
        assert!(lines.contains(&row), "{row:?} not one line in:\n{text}");
    }
}

#[test]
fn teaser_cards_beside_or_inside_the_article_are_not_article_text() {
    // A "most read" column of cards (linked headline and summary) outvoted a short article;
    // "related" cards inside the article's own container were kept with it.
    let a = clean("most_read_teasers_portal.html");
    let text = body(&a);
    assert_has(
        &text,
        &[
            "tiếp nhận 412.000 hồ sơ",
            "Phó Chủ tịch UBND tỉnh Võ Văn Phi yêu cầu",
        ],
    );
    assert_lacks(&text, &["Bình Dương", "TP.HCM", "VNeID", "Đọc nhiều"]);
    assert_eq!(a["author"], "Hoàng Lộc");
    let a = clean("related_teasers_inside_article.html");
    let text = body(&a);
    assert_has(
        &text,
        &[
            "chứng thực bản sao điện tử từ bản chính",
            "tổng kết thí điểm vào quý II",
            // The article's own list, its links inside sentences, stays.
            "Nghị định 45/2020/NĐ-CP về thực hiện thủ tục hành chính",
            "Kế hoạch 125/KH-UBND của UBND tỉnh",
        ],
    );
    assert_lacks(&text, &["Cần Thơ", "Sóc Trăng", "Bạc Liêu"]);
}

#[test]
fn a_logo_in_an_h1_is_not_the_headline_and_tags_and_same_section_links_go() {
    let a = clean("logo_in_h1_portal.html");
    assert_eq!(
        a["title"],
        "Hòa Bình đưa 100% hồ sơ đất đai lên môi trường điện tử"
    );
    assert_eq!(a["date"], "2023-09-20");
    assert_eq!(a["views"], 1530);
    let text = body(&a);
    assert_has(
        &text,
        &[
            "Từ tháng 10, toàn bộ hồ sơ đất đai",
            "rút ngắn 40% thời gian",
            "Bùi Văn Khánh cho biết",
        ],
    );
    assert_lacks(
        &text,
        &[
            "Từ khóa",
            "Bài viết cùng chuyên mục",
            "tập huấn",
            "Cơ quan chủ quản",
        ],
    );
}

#[test]
fn a_reporters_abbreviation_ending_the_article_is_its_credit() {
    let a = clean_html("<html><body><div class=\"chitiet\">Năm nay tỉnh đưa thêm 120 thủ tục lên dịch vụ công trực tuyến, người dân nộp hồ sơ tại nhà mà không phải đến bộ phận một cửa.<br/><br/>Sở Nội vụ cho biết sẽ tiếp tục rà soát, cắt giảm thời gian giải quyết hồ sơ trong năm tới.<br/><br/>P.V</div></body></html>");
    assert_eq!(a["author"], "P.V", "{a}");
    assert_lacks(&body(&a), &["P.V"]);
    assert_has(&body(&a), &["cắt giảm thời gian giải quyết hồ sơ"]);
}

#[test]
fn a_byline_beside_a_date_marked_up_apart_is_the_author_not_text() {
    // "<span>Thu Hà</span> - <time>...</time>": the date is read from its markup, leaving
    // the name and a dash; readers' comments follow the article.
    let a = clean("byline_beside_marked_up_date.html");
    assert_eq!(a["author"], "Thu Hà");
    assert_eq!(a["date"], "2024-05-20");
    let body = body(&a);
    assert_has(
        &body,
        &[
            "Trong 4 tháng đầu năm",
            "Lê Văn Tuấn cho biết",
            "theo Đề án 06 của Chính phủ.",
        ],
    );
    assert_lacks(
        &body,
        &["Thu Hà", "Nguyễn Văn Bình", "Mong tỉnh", "Đọc nhiều"],
    );
}

#[test]
fn a_meta_row_of_spans_gives_date_and_views_and_readers_comments_are_not_text() {
    // Paragraphs parted by <br><br> only; the date and the views in two spans of one row
    // ("Thứ Hai, 12/08/2024 - 08:15 Lượt xem: 1.245": the minutes are no count); readers'
    // comments, longer than the article's paragraphs, after it.
    let a = clean("meta_spans_br_paragraphs_and_comments.html");
    assert_eq!(a["date"], "2024-08-12", "{a}");
    assert_eq!(a["views"], 1245, "{a}");
    assert_eq!(a["author"], "Thu Trang", "{a}");
    let body = body(&a);
    assert_has(
        &body,
        &[
            "Từ đầu năm đến nay",
            "96% được giải quyết đúng hạn.",
            "Quyết định số 468/QĐ-TTg",
            "nâng cao chỉ số hài lòng của người dân.",
        ],
    );
    assert_lacks(
        &body,
        &[
            "Lượt xem",
            "08:15",
            "Cẩm Xuyên",
            "phường tôi",
            "Trả lời",
            "Ý kiến bạn đọc",
        ],
    );
}

#[test]
fn an_interview_keeps_questions_and_answers_and_credits_the_answers_to_the_official() {
    let a = clean("interview_transcript.html");
    assert_eq!(a["date"], "2024-11-27");
    assert_eq!(
        a["author"],
        Value::Null,
        "the interviewer's thanks is no credit: {a}"
    );
    let passages = a["passages"].as_array().expect("passages");
    let speakers_of = |needle: &str| -> Vec<String> {
        let p = passages
            .iter()
            .find(|p| p["text"].as_str().is_some_and(|t| t.contains(needle)))
            .unwrap_or_else(|| panic!("no passage with {needle:?}: {a}"));
        speaker_names([p])
    };
    assert_eq!(
        speakers_of("cắt giảm, đơn giản hóa hơn 1.000"),
        ["Phạm Thị Thanh Trà"]
    );
    assert_eq!(speakers_of("hồ sơ trễ hạn"), ["Phạm Thị Thanh Trà"]);
    assert!(speakers_of("PV: Thưa Bộ trưởng").is_empty());
    assert_lacks(
        &body(&a),
        &["Tin cùng chuyên mục", "Bộ Nội vụ tổ chức hội nghị tổng kết"],
    );
}

#[test]
fn a_page_rendered_from_a_script_data_island_gives_the_article_from_the_data() {
    // The markup is a skeleton ("Đang tải..."); the article, its lead, date and author sit
    // in the page's `__NEXT_DATA__` JSON.
    let a = clean("script_data_island_portal.html");
    assert_eq!(a["extraction"], "data-island", "{a}");
    assert_eq!(a["title"], "Đồng Tháp sơ kết cải cách hành chính 9 tháng");
    assert_eq!(a["date"], "2024-09-05");
    assert_eq!(a["author"], "Minh Thư");
    let body = body(&a);
    assert_has(
        &body,
        &[
            "Tỉnh Đồng Tháp đánh giá kết quả cải cách hành chính 9 tháng đầu năm.",
            "Quyết định số 1291/QĐ-TTg",
            "thực hiện hiệu quả Đề án 06 của Chính phủ.",
        ],
    );
    assert_lacks(&body, &["Đang tải", "Bản quyền", "Trang chủ"]);
    assert_eq!(speakers(&a), ["Huỳnh Minh Tuấn"]);
}

#[test]
fn a_script_carrying_another_article_does_not_replace_the_page_s_own() {
    let other = "<p>Thành phố Cần Thơ khai trương trung tâm phục vụ hành chính công mới với nhiều quầy tiếp nhận hồ sơ hiện đại và khu vực chờ rộng rãi.</p>".repeat(8);
    let state = serde_json::json!({"next": {"title": "Cần Thơ khai trương trung tâm hành chính công", "content": other}});
    let own = "<p>Huyện Phong Điền đã giải quyết đúng hạn toàn bộ hồ sơ đất đai trong quý III, không còn hồ sơ tồn đọng tại bộ phận một cửa.</p>".repeat(4);
    let pages = [
        // The markup holds its article; the script prefetches the next one, longer.
        format!("<html><body><article><h1>Phong Điền giải quyết đúng hạn hồ sơ đất đai</h1>{own}</article><script>window.__STATE__ = {state};</script></body></html>"),
        // A skeleton titled for one article, its script holding another.
        format!("<html><body><h1>Phong Điền giải quyết đúng hạn hồ sơ đất đai</h1><div>Đang tải nội dung bài viết...</div><script type=\"application/json\">{state}</script></body></html>"),
    ];
    for (i, html) in pages.iter().enumerate() {
        let a = clean_html(html);
        assert_ne!(a["extraction"], "data-island", "page {i}: {a}");
        assert_lacks(&body(&a), &["Cần Thơ"]);
    }
}

#[test]
fn read_more_links_inside_the_article_and_a_bracketed_source_are_not_text() {
    // "Xem thêm:" and ">> Đọc thêm:" link lines between paragraphs, a related box inside the
    // article, then the reporter's name and "(Nguồn: Báo Lào Cai)" closing it: the person
    // is the author; the source is the author only when no person is credited.
    let a = clean("inline_related_links_and_source_credit.html");
    assert_eq!(a["author"], "Hoàng Anh", "{a}");
    let text = body(&a);
    assert_has(
        &text,
        &[
            "số hóa hơn 1,2 triệu sổ hộ tịch",
            "Nguyễn Thị Hồng",
            "112/KH-UBND.",
        ],
    );
    assert_lacks(
        &text,
        &[
            "Xem thêm",
            "Đọc thêm",
            "TIN LIÊN QUAN",
            "VNeID",
            "Nguồn",
            "Hoàng Anh",
        ],
    );
    let a = clean_html("<html><body><article><h1>Bắc Hà triển khai một cửa thông minh</h1><p>Huyện Bắc Hà đưa vào vận hành bộ phận một cửa thông minh, người dân lấy số thứ tự và tra cứu hồ sơ qua điện thoại.</p><p>Sau ba tháng, thời gian chờ trung bình của người dân giảm còn dưới mười phút.</p><p>(Theo: Báo Lào Cai)</p></article></body></html>");
    assert_eq!(a["author"], "Báo Lào Cai", "{a}");
    assert_lacks(&body(&a), &["Theo"]);
}

#[test]
fn a_digest_of_linked_items_each_with_its_sentence_is_article_text() {
    // "<li><strong><a>Headline</a>.</strong> What happened.</li>" six times: each item's
    // link is more than half its text, but a sentence stands beside it. The sidebar's
    // "Đọc nhiều" links (nothing beside them) stay out.
    let a = clean("digest_of_linked_items.html");
    let text = body(&a);
    assert_has(
        &text,
        &[
            "Chào buổi sáng!",
            "Thủ tướng yêu cầu cắt giảm 30% thủ tục hành chính nội bộ trong năm nay.",
            "đạt 84,5%.",
            "dựa trên sản phẩm cụ thể.",
            "Quảng Ninh tiếp tục dẫn đầu cả nước",
            "Mời bạn đọc đón xem điểm tin vào sáng mai.",
        ],
    );
    assert_lacks(&text, &["Đọc nhiều", "Tin một", "Trang chủ"]);
}

#[test]
fn an_article_in_chunks_of_one_markup_at_different_depths_is_read_whole() {
    // Three chunks of the article in wrappers alike ("post__content"), the first nested
    // deeper beside the author's sidebar, a figure and an ad slot between: the article is
    // where the chunks meet, and the related links after it stay out.
    let a = clean("article_in_chunks_at_different_depths.html");
    let text = body(&a);
    assert_has(
        &text,
        &[
            "Ngày 20/11, UBND tỉnh Quảng Trị",
            "kiosk tra cứu hồ sơ",
            "chưa đạt yêu cầu theo Đề án 06.",
            "Phó Chủ tịch UBND tỉnh Hoàng Nam yêu cầu",
            "khen thưởng 15 tập thể",
            "Quyết định số 1291/QĐ-TTg.",
        ],
    );
    assert_lacks(
        &text,
        &["Tin liên quan", "Quảng Bình đẩy mạnh", "Bản quyền"],
    );
}

#[test]
fn in_an_interview_an_answer_labelled_by_address_and_name_is_a_statement() {
    let interview = clean_html("<html><body><article><h1>Dịch vụ công trực tuyến: người dân đã quen</h1><p><b>PV: Ông đánh giá thế nào về dịch vụ công trực tuyến ở địa phương?</b></p><p><b>Ông Trần Văn Bình:</b> Người dân đã quen nộp hồ sơ qua mạng, nhất là ở các phường trung tâm của thành phố.</p></article></body></html>");
    assert_eq!(speakers(&interview), ["Trần Văn Bình"], "{interview}");
    // No interviewer: a line about someone, not an answer.
    let profile = clean_html("<html><body><article><h1>Xét xử vụ án tham ô tài sản tại xã Tân An</h1><p>Ông Lê Văn Cường: 58 tuổi, thường trú tại xã Tân An, nguyên cán bộ địa chính xã trong nhiều năm.</p><p>Hội đồng xét xử tuyên phạt bị cáo 5 năm tù về tội tham ô tài sản.</p></article></body></html>");
    assert!(speakers(&profile).is_empty(), "{profile}");
}

#[test]
fn reader_comments_under_hashed_class_names_stay_out_and_the_credit_is_a_name() {
    // Every class a build hash, so no name says "comment": the comments' header with its
    // count ends the article, and the credit before it, "Minh Anh" (two syllables that also
    // spell alt text: "ảnh", "minh hoạ"), is the author.
    let a = clean("hashed_classes_and_reader_comments.html");
    let text = body(&a);
    assert_has(
        &text,
        &[
            "Sáng 20/6, Bộ Nội vụ tổ chức hội nghị",
            "Hoàn thiện thể chế về tuyển dụng",
            "Không để tình trạng cán bộ sợ sai",
            "63 điểm cầu",
        ],
    );
    assert_lacks(
        &text,
        &[
            "Ý kiến bạn đọc",
            "Độc giả",
            "chảy máu chất xám",
            "đường truyền",
        ],
    );
    assert_eq!(a["author"], "Minh Anh", "{a}");
}

#[test]
fn paragraphs_straight_in_the_body_lose_the_follow_call_and_the_contact_block() {
    // No wrapper at all: the paragraphs and subheadings stand in <body>, beside a menu, a
    // text-size widget, a "follow us on Google News" line, the credit and the portal's
    // contact block. The credit, last of the article once the furniture is gone, is the
    // author.
    let a = clean("paragraphs_in_body_with_follow_call_and_contact_footer.html");
    let text = body(&a);
    assert_has(
        &text,
        &[
            "Ngày 14/5, UBND tỉnh Quảng Trị",
            "Cắt giảm 87 thủ tục",
            "Số hoá hồ sơ đất đai",
            "chưa thạo kỹ năng số.",
        ],
    );
    assert_lacks(
        &text,
        &[
            "Google News",
            "Địa chỉ",
            "Điện thoại",
            "Cỡ chữ",
            "Thanh Hải",
        ],
    );
    assert_eq!(a["author"], "Thanh Hải", "{a}");
    assert_eq!(a["date"], "2024-05-15", "{a}");
}

#[test]
fn a_lead_paragraph_lifted_by_its_class_does_not_stand_for_the_article() {
    // The lead's class name ("article-lead") lifts it above the <article> holding it; the
    // article's short closing sentence and its credit were lost with the rest.
    let article = clean("lead_paragraph_class_and_inline_read_more.html");
    let text = body(&article);
    for kept in [
        "Từ ngày 1/12, người dân Quảng Ninh",
        "Quyết định 2876/QĐ-UBND",
        "Nguyễn Thị Hạnh cho biết",
        "Mỗi năm tỉnh tiếp nhận khoảng 600.000 hồ sơ.",
    ] {
        assert!(text.contains(kept), "{kept:?} lost: {text}");
    }
    for dropped in ["Xem thêm", "Đọc thêm", "Từ khóa", "Thanh Tùng", "Giấy phép"] {
        assert!(!text.contains(dropped), "{dropped:?} kept: {text}");
    }
    assert_eq!(article["author"], "Thanh Tùng");
}

#[test]
fn a_page_rendered_by_scripts_gives_the_article_of_its_noscript_version() {
    // The markup is a spinner and a "please wait" line; the version for readers without
    // scripts, inside <noscript>, holds the article with its menu and related links.
    let a = clean("noscript_version_of_a_script_rendered_page.html");
    assert_eq!(a["extraction"], "noscript", "{a}");
    assert_eq!(
        a["title"],
        "Kon Tum đưa 100% thủ tục cấp xã lên dịch vụ công trực tuyến"
    );
    assert_eq!(a["author"], "Hồng Nhung", "{a}");
    assert_eq!(a["date"], "2026-11-18", "{a}");
    let body = body(&a);
    assert_has(
        &body,
        &[
            "Kế hoạch 210/KH-UBND",
            "đội thanh niên tình nguyện",
            "Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh mới đạt 41%.",
        ],
    );
    assert_lacks(
        &body,
        &[
            "Vui lòng chờ",
            "Trang chủ",
            "Tin cùng chuyên mục",
            "Đắk Lắk",
        ],
    );
    assert_eq!(speakers(&a), ["Nguyễn Ngọc Sâm"]);
}

#[test]
fn a_comments_count_in_a_toolbar_under_the_lead_does_not_end_the_article() {
    // The count beside the share buttons, between the lead and the body, reads like the
    // comments' header. In the page it stands again above the thread (the body opens with a
    // short line); in the scrape only the lead is above it and prose goes on below it.
    let page = clean_html(
        "<html><head><meta charset=\"utf-8\"><title>Phú Thọ: một cửa không giấy tờ</title></head><body>\
         <div class=\"hd\"><a href=\"/\">Trang chủ</a> <a href=\"/ts\">Thời sự</a></div>\
         <div class=\"a7c\"><h1>Phú Thọ thí điểm bộ phận một cửa không giấy tờ</h1>\
         <div class=\"d2\">Thứ Tư, 25/11/2026 - 10:05</div>\
         <div class=\"s1\">Từ tháng 12, bộ phận một cửa của 15 xã ở Phú Thọ chỉ nhận hồ sơ điện tử, giấy tờ đã có trong cơ sở dữ liệu không phải nộp lại.</div>\
         <div class=\"t9\"><span>Bình luận (7)</span></div>\
         <div class=\"b3\"><p>Kế hoạch 88/KH-UBND có hiệu lực từ ngày 1/12.</p>\
         <p>Giám đốc Sở Nội vụ Phú Thọ Đinh Công Sứ cho biết sau ba tháng thí điểm, tỉnh sẽ đánh giá để nhân rộng mô hình ra toàn tỉnh.</p></div></div>\
         <div class=\"c4\"><div class=\"c5\">Bình luận (7)</div>\
         <div class=\"c6\"><b>Lê Văn Hùng</b><p>Mong các xã làm thật, đừng bắt dân in thêm giấy.</p></div></div>\
         </body></html>",
    );
    let text = body(&page);
    assert_has(
        &text,
        &[
            "bộ phận một cửa của 15 xã",
            "Kế hoạch 88/KH-UBND",
            "tỉnh sẽ đánh giá để nhân rộng",
        ],
    );
    assert_lacks(&text, &["Bình luận", "Mong các xã làm thật"]);

    let scraped = clean_scrape(
        "Phú Thọ thí điểm bộ phận một cửa không giấy tờ\n\
         25/11/2026 10:05\n\
         Từ tháng 12, bộ phận một cửa của 15 xã ở Phú Thọ chỉ nhận hồ sơ điện tử, giấy tờ đã có trong cơ sở dữ liệu không phải nộp lại.\n\
         Bình luận (7)\n\
         Theo Kế hoạch 88/KH-UBND, công chức một cửa sẽ số hóa hồ sơ ngay khi tiếp nhận và trả kết quả điện tử cho người dân qua tài khoản định danh.\n\
         Giám đốc Sở Nội vụ Phú Thọ Đinh Công Sứ cho biết sau ba tháng thí điểm, tỉnh sẽ đánh giá để nhân rộng mô hình ra toàn tỉnh.\n\
         Tin liên quan\n\
         Hòa Bình số hóa hồ sơ hộ tịch\n",
    );
    let text = body(&scraped);
    assert_has(
        &text,
        &["Kế hoạch 88/KH-UBND", "tỉnh sẽ đánh giá để nhân rộng"],
    );
    assert_lacks(&text, &["Bình luận", "Tin liên quan", "Hòa Bình số hóa"]);
}

#[test]
fn a_short_article_beside_a_longer_column_of_prose_is_the_one_under_the_headline() {
    // A welcome message in the next column has more words and commas than the article; the
    // article is the column under the headline.
    let a = clean("short_article_beside_a_column_of_prose.html");
    assert_eq!(a["title"], "Huyện Mèo Vạc trả kết quả hồ sơ qua bưu điện");
    let body = body(&a);
    assert_has(
        &body,
        &[
            "trả kết quả hồ sơ đất đai qua bưu điện",
            "Kế hoạch 97/KH-UBND",
            "Hoàng Văn Dùng cho biết",
        ],
    );
    assert_lacks(
        &body,
        &[
            "Chào mừng",
            "Cao nguyên đá",
            "dân tộc Mông",
            "Lời chào mừng",
        ],
    );
    assert_eq!(speakers(&a), ["Hoàng Văn Dùng"]);
}

#[test]
fn the_lead_in_the_article_header_beside_the_body_is_article_text() {
    // The headline and two lead paragraphs sit in a header element of their own, the body
    // in the next one: the lead paragraphs were lost with the header.
    let a = clean_html(
        "<html><head><meta charset=\"utf-8\"><title>Quảng Trị số hóa hồ sơ hộ tịch</title></head><body>\
         <div class=\"page\"><header class=\"art-head\"><h1>Quảng Trị số hóa hồ sơ hộ tịch</h1>\
         <p>Tỉnh Quảng Trị hoàn thành số hóa 1,2 triệu hồ sơ hộ tịch, sớm hơn kế hoạch sáu tháng.</p>\
         <p>Người dân không phải nộp bản sao giấy khai sinh khi làm thủ tục hành chính.</p></header>\
         <div class=\"art-body\"><p>Theo Sở Tư pháp Quảng Trị, dữ liệu hộ tịch từ năm 1975 đến nay đã được nhập vào cơ sở dữ liệu hộ tịch điện tử, kết nối với cơ sở dữ liệu quốc gia về dân cư.</p>\
         <p>Giám đốc Sở Tư pháp Nguyễn Văn Hiếu cho biết, việc số hóa giúp giảm thời gian giải quyết thủ tục khai sinh, kết hôn, khai tử xuống còn một ngày.</p>\
         <p>Trong năm 2027, tỉnh sẽ tiếp tục số hóa hồ sơ đất đai, hồ sơ bảo trợ xã hội và hồ sơ người có công.</p></div></div>\
         <aside class=\"x\"><p>Liên hệ quảng cáo: 0233 3852 000</p></aside></body></html>",
    );
    let body = body(&a);
    assert_has(
        &body,
        &[
            "hoàn thành số hóa 1,2 triệu hồ sơ hộ tịch",
            "không phải nộp bản sao giấy khai sinh",
            "Nguyễn Văn Hiếu cho biết",
            "hồ sơ người có công.",
        ],
    );
    assert_lacks(
        &body,
        &["Quảng Trị số hóa hồ sơ hộ tịch\n", "Liên hệ quảng cáo"],
    );
}

#[test]
fn the_headline_is_the_line_above_the_dateline_not_the_portal_s_name_above_it() {
    // A print page: the portal's name in capitals, then the headline, then its dateline. A
    // scrape: a sidebar's header first, then the headline and its dateline.
    let page = clean_html(
        "<html><head><meta charset=\"utf-8\"><title>In bài viết</title></head><body>\
         <div><b>SỞ TƯ PHÁP TỈNH BÌNH ĐỊNH</b><hr>\
         <b>Bình Định công bố 35 thủ tục hành chính mới về hộ tịch</b><br>\
         <i>Ngày đăng: 20/11/2026 | Lượt xem: 1.204</i><br><br>\
         Ngày 18/11/2026, Chủ tịch UBND tỉnh Bình Định ký Quyết định số 4123/QĐ-UBND công bố danh mục 35 thủ tục hành chính mới trong lĩnh vực hộ tịch.<br><br>\
         Thời gian giải quyết thủ tục đăng ký khai sinh, khai tử được rút ngắn còn trong ngày làm việc.<br><br>\
         <a href=\"javascript:window.print()\">In trang</a></div></body></html>",
    );
    assert_eq!(
        page["title"], "Bình Định công bố 35 thủ tục hành chính mới về hộ tịch",
        "{page}"
    );
    assert_eq!(page["date"], "2026-11-20");
    assert_lacks(&body(&page), &["SỞ TƯ PHÁP", "Bình Định công bố 35"]);

    let scraped = clean_scrape(
        "Liên kết website\n\
         Gia Lai đưa 200 thủ tục lên dịch vụ công toàn trình\n\
         05/03/2026 - 08:10\n\
         UBND tỉnh Gia Lai vừa phê duyệt danh mục 200 thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình trong năm 2026.\n\
         Sở Nội vụ được giao hướng dẫn các sở, ngành cập nhật quy trình điện tử trước ngày 30/4.\n",
    );
    assert_eq!(
        scraped["title"], "Gia Lai đưa 200 thủ tục lên dịch vụ công toàn trình",
        "{scraped}"
    );
    assert_lacks(&body(&scraped), &["Liên kết website"]);
}

#[test]
fn a_byline_element_holding_the_date_gives_the_date_and_only_the_name() {
    let page = |byline: &str| {
        format!(
            r#"<html><head><meta charset="utf-8"><title>Tin</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/x">Xã hội</a></nav>
<div class="story"><h2 class="story-heading">Bình Định rút ngắn thời gian cấp phép xây dựng cho người dân</h2>
<p class="story-byline">{byline}</p>
<div class="story-text">
<p>Sở Xây dựng tỉnh Bình Định cho biết thời gian giải quyết thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ đã giảm từ 15 ngày xuống còn 7 ngày làm việc.</p>
<p>Người dân có thể nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia và theo dõi tiến độ giải quyết trên điện thoại, không phải đến bộ phận một cửa nhiều lần.</p>
<p>Trong quý I, toàn tỉnh tiếp nhận hơn 2.300 hồ sơ cấp phép xây dựng, tỷ lệ giải quyết đúng hạn đạt 99,5%, tăng so với cùng kỳ năm trước.</p>
</div></div></body></html>"#
        )
    };
    // The name after the date, a time zone in brackets: the date, and the name alone.
    let a = clean_html(&page("Thứ Năm, 18/04/2024 - 14:05 (GMT+7) | Trần Quốc Huy"));
    assert_eq!(a["date"], "2024-04-18");
    assert_eq!(a["author"], "Trần Quốc Huy");
    // A group's credit beside the date: the date, and no date passed off as a name.
    let a = clean_html(&page("Nhóm phóng viên - 18/04/2024 14:05 (GMT+7)"));
    assert_eq!(a["date"], "2024-04-18");
    assert!(
        !a["author"].as_str().unwrap_or("").contains("2024"),
        "{}",
        a["author"]
    );
    assert_lacks(&body(&a), &["18/04/2024"]);
}

#[test]
fn a_short_news_brief_under_its_headline_is_read_alone_not_with_the_page() {
    // Two sentences under the headline are the whole article: the sidebar's longer cards,
    // the portal's name and the footer are not read in because the article is short.
    let a = clean_html(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin vắn</title></head><body>
<div class="masthead"><span class="brand">CỔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA</span>
<a href="/">Trang chủ</a> <a href="/tin">Tin tức</a> <a href="/lh">Liên hệ</a></div>
<table class="layout"><tr><td class="main">
<article><header><h1>Đức Hòa tiếp nhận hồ sơ đất đai vào sáng thứ Bảy</h1>
<span class="ngay">09/05/2024</span></header>
<section class="content"><div>Từ ngày 11/5, bộ phận một cửa huyện Đức Hòa tiếp nhận hồ sơ đất đai cả sáng thứ Bảy. Người dân có thể đặt lịch trước qua tổng đài 1022.</div></section>
</article></td>
<td class="side"><aside>
<div class="card"><a href="/a">Huyện Đức Hòa đối thoại với doanh nghiệp về thủ tục đầu tư</a><span>Buổi đối thoại đã giải đáp hơn 30 kiến nghị của doanh nghiệp liên quan đến đất đai, xây dựng, thuế và bảo hiểm xã hội, được cộng đồng doanh nghiệp đánh giá cao.</span></div>
<div class="card"><a href="/b">Số hóa hơn 50 nghìn hồ sơ hộ tịch tại các xã</a><span>Đến nay, các xã trên địa bàn huyện đã số hóa xong dữ liệu hộ tịch từ năm 1975 đến nay, phục vụ việc cấp bản sao trích lục cho người dân nhanh chóng, chính xác.</span></div>
<div class="card"><a href="/c">Kiểm tra công tác cải cách hành chính năm 2024</a><span>Đoàn kiểm tra của huyện đã làm việc tại 10 xã, thị trấn, chỉ ra những hạn chế trong việc niêm yết thủ tục hành chính và tiếp nhận phản ánh, kiến nghị.</span></div>
</aside></td></tr></table>
<div class="ft">Cơ quan chủ quản: UBND huyện Đức Hòa. Ghi rõ nguồn khi trích dẫn thông tin từ trang này.</div>
</body></html>"#,
    );
    assert_eq!(
        a["title"],
        "Đức Hòa tiếp nhận hồ sơ đất đai vào sáng thứ Bảy"
    );
    let text = body(&a);
    assert_has(&text, &["cả sáng thứ Bảy", "tổng đài 1022"]);
    assert_lacks(
        &text,
        &[
            "CỔNG TIN ĐIỆN TỬ",
            "đối thoại",
            "hộ tịch",
            "Đoàn kiểm tra",
            "Cơ quan chủ quản",
        ],
    );
}

#[test]
fn a_legal_document_page_is_dated_by_its_issue_date() {
    // A document's page lists its attributes under its heading: the date it was issued is
    // the page's date, and the heading, not the signer's line above the text, its title.
    let a = clean_html(
        r#"<html><head><meta charset="utf-8"><title>Thông tư 01/2023/TT-BNV</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/vb">Văn bản</a></div>
<div class="van-ban"><h2>Thông tư số 01/2023/TT-BNV của Bộ Nội vụ</h2>
<ul class="thuoc-tinh"><li>Số hiệu: 01/2023/TT-BNV</li><li>Ngày ban hành: 15/08/2023</li><li>Người ký: Vũ Chiến Thắng</li></ul>
<div class="noi-dung"><p>Thông tư này quy định chi tiết một số điều của Nghị định về công tác văn thư, lưu trữ trong các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước.</p>
<p>Cơ quan, tổ chức có trách nhiệm số hóa tài liệu lưu trữ theo lộ trình, bảo đảm tài liệu số có giá trị pháp lý như bản gốc khi được ký số theo quy định.</p></div>
</div></body></html>"#,
    );
    assert_eq!(a["date"], "2023-08-15", "{a}");
    assert_eq!(a["title"], "Thông tư số 01/2023/TT-BNV của Bộ Nội vụ");
    assert_has(&body(&a), &["số hóa tài liệu lưu trữ"]);
}

#[test]
fn a_scrape_opening_with_the_page_s_navigation_starts_at_the_headline_above_the_dateline() {
    // The portal's name, its menu and a kicker come first in the scrape: the article opens at
    // the headline right above the dateline, and those lines are neither title nor text.
    let a = clean_scrape(
        "SỞ TƯ PHÁP TỈNH KIÊN GIANG\n\
         Hoạt động của Sở\n\
         Phổ biến giáo dục pháp luật\n\
         Lịch công tác tuần\n\
         Hỏi đáp pháp luật\n\
         CẢI CÁCH HÀNH CHÍNH\n\
         Kiên Giang trả kết quả chứng thực điện tử tại 144 xã\n\
         Cập nhật lúc 08:30, 20/06/2024\n\
         Từ tháng 6, người dân ở 144 xã, phường, thị trấn của tỉnh Kiên Giang có thể nhận bản sao chứng thực điện tử qua tài khoản định danh, không phải đến nhận giấy.\n\
         Theo Sở Tư pháp, chứng thực điện tử giúp người dân tiết kiệm chi phí đi lại và giảm tải cho bộ phận một cửa cấp xã vào những ngày cao điểm.\n",
    );
    assert_eq!(
        a["title"], "Kiên Giang trả kết quả chứng thực điện tử tại 144 xã",
        "{a}"
    );
    assert_eq!(a["date"], "2024-06-20", "{a}");
    let text = body(&a);
    assert_has(&text, &["Từ tháng 6, người dân", "giảm tải cho bộ phận"]);
    assert_lacks(
        &text,
        &[
            "SỞ TƯ PHÁP",
            "Lịch công tác",
            "Hỏi đáp pháp luật",
            "CẢI CÁCH",
        ],
    );
}

#[test]
fn a_page_pasted_from_a_word_processor_keeps_its_list_and_its_unit_s_credit() {
    // Word's export: `MsoNormal` paragraphs, `<o:p>` tags, list bullets in conditional
    // comments, the title a centred bold paragraph, a unit's name with a dash as the credit.
    let a = clean("word_export_paragraphs.html");
    assert_eq!(
        a["title"],
        "PHƯỜNG HÒA THUẬN RA MẮT TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
    );
    assert_eq!(a["author"], "Văn phòng - Thống kê phường", "{a}");
    let text = body(&a);
    assert_has(
        &text,
        &[
            "Sáng 8/4/2024",
            "cài đặt ứng dụng định danh",
            "nhóm Zalo",
            "không để người cao tuổi",
        ],
    );
    assert_lacks(&text, &["Thống kê phường", "Điện thoại", "Tin hoạt động"]);
    let speakers = speakers(&a);
    assert_eq!(speakers, ["Trần Thị Mỹ Lệ"], "{a}");
}

#[test]
fn a_place_stamp_glued_to_the_lead_and_titles_in_sentence_case() {
    // The stamp and the lead are two elements with no space between; the paper prints titles
    // in sentence case ("Phó chủ tịch", "Phó giám đốc"), and later by title and given name.
    let a = clean("place_stamp_and_sentence_case_titles.html");
    let text = body(&a);
    assert_has(&text, &["ĐÀ NẴNG Người dân ở 3 quận"]);
    let names = speakers(&a);
    assert_eq!(
        names,
        ["Trần Chí Cường", "Nguyễn Quang Thanh", "Trần Chí Cường"],
        "{a}"
    );
    assert_eq!(
        speaker_titles(&a),
        ["Phó Chủ tịch", "Phó Giám đốc", "Phó Chủ tịch"]
    );
}

#[test]
fn a_scrape_ends_at_its_credit_and_drops_the_comment_form_and_dated_list_after_it() {
    // After the last sentence: the reporter's name, the comment form's labels and a list of
    // the portal's other articles, each a headline with its date. A list of documents with
    // their dates of issue, inside the article, stays.
    let a = clean_scrape(
        "Hậu Giang rút ngắn thời gian cấp phép xây dựng còn 10 ngày\n\
         Thứ Tư, 14/08/2024 15:45\n\
         Từ ngày 15/8, thời gian cấp giấy phép xây dựng nhà ở riêng lẻ tại các huyện của tỉnh Hậu Giang giảm từ 15 ngày còn 10 ngày làm việc.\n\
         Việc rút ngắn được thực hiện theo các văn bản sau:\n\
         Nghị định 15/2021/NĐ-CP ngày 03/03/2021\n\
         Quyết định 1085/QĐ-TTg ngày 15/09/2022\n\
         Bà Nguyễn Thị Thu Hà, Giám đốc Sở Xây dựng, cho biết người dân có thể nộp hồ sơ trực tuyến và nhận giấy phép điện tử qua tài khoản định danh.\n\
         Ngọc Trâm\n\
         Ý kiến của bạn\n\
         Tên của bạn:\n\
         Nội dung:\n\
         Tin cùng chuyên mục:\n\
         Vị Thanh khánh thành Trung tâm hành chính công - 10/08/2024 09:12\n\
         Long Mỹ đối thoại với doanh nghiệp về thủ tục đất đai - 02/08/2024 16:30\n\
         Phụng Hiệp số hóa hồ sơ hộ tịch - 28/07/2024 08:05\n",
    );
    assert_eq!(a["author"], "Ngọc Trâm", "{a}");
    let text = body(&a);
    assert_has(
        &text,
        &[
            "giảm từ 15 ngày",
            "Nghị định 15/2021/NĐ-CP ngày 03/03/2021",
            "Quyết định 1085/QĐ-TTg ngày 15/09/2022",
            "nhận giấy phép điện tử",
        ],
    );
    assert_lacks(
        &text,
        &[
            "Ngọc Trâm",
            "Tên của bạn",
            "Tin cùng chuyên mục",
            "Vị Thanh khánh thành",
            "Long Mỹ",
            "Phụng Hiệp",
        ],
    );
    assert_eq!(speakers(&a), ["Nguyễn Thị Thu Hà"], "{a}");
}

#[test]
fn a_list_of_other_articles_with_their_dates_is_dropped_where_it_stands() {
    // No credit closes this scrape: the dated list between the article and the footer goes
    // by its shape alone, its header with it; a lone dated line stays.
    let a = clean_scrape(
        "Cà Mau công khai xin lỗi người dân khi giải quyết hồ sơ trễ hạn\n\
         22/09/2024\n\
         Trong 8 tháng năm 2024, các sở, ngành tỉnh Cà Mau đã gửi 1.250 thư xin lỗi đến người dân và doanh nghiệp vì giải quyết hồ sơ trễ hạn.\n\
         Hội nghị đánh giá kết quả được tổ chức vào (20/09/2024)\n\
         Tỉnh yêu cầu người đứng đầu các cơ quan chịu trách nhiệm khi để hồ sơ trễ hạn lặp lại nhiều lần trong năm.\n\
         Các tin đã đăng:\n\
         [12/09/2024] Năm Căn đẩy mạnh thanh toán không dùng tiền mặt\n\
         Ngọc Hiển tập huấn dịch vụ công trực tuyến (05/09/2024)\n\
         U Minh rà soát thủ tục hành chính nội bộ (30/08/2024)\n",
    );
    let text = body(&a);
    assert_has(
        &text,
        &["1.250 thư xin lỗi", "(20/09/2024)", "lặp lại nhiều lần"],
    );
    assert_lacks(
        &text,
        &["Các tin đã đăng", "Năm Căn", "Ngọc Hiển", "U Minh"],
    );
}

#[test]
fn a_question_and_answer_page_is_dated_by_its_labelled_date() {
    // "Ngày trả lời: ..." (the date of something, by its label) is a dateline; the
    // question's and the answer's text stay.
    let a = clean_html(
        "<html><head><meta charset=\"utf-8\"><title>Hỏi - đáp | Sở Tư pháp</title></head><body>\
         <div class=\"qa\"><h2>Thủ tục chứng thực bản sao điện tử từ bản chính</h2>\
         <div class=\"q\"><p>Tôi muốn chứng thực bản sao điện tử bằng tốt nghiệp để nộp hồ sơ trực tuyến. Xin hỏi tôi phải làm thủ tục ở đâu?</p></div>\
         <div class=\"a\"><div class=\"meta\">Ngày trả lời: 10/06/2024</div>\
         <p>Theo Nghị định số 45/2020/NĐ-CP, công dân có thể đề nghị chứng thực bản sao điện tử từ bản chính tại UBND cấp xã hoặc Phòng Tư pháp cấp huyện, trong ngày làm việc.</p></div>\
         </div></body></html>",
    );
    assert_eq!(a["date"], "2024-06-10", "{a}");
    let text = body(&a);
    assert_has(&text, &["Tôi muốn chứng thực", "Phòng Tư pháp cấp huyện"]);
    assert_lacks(&text, &["Ngày trả lời"]);
}

#[test]
fn an_aggregator_scrape_opens_at_its_headline_and_credits_the_paper_and_the_reporter() {
    // The aggregator's menu (no dateline anywhere: the time is relative), the headline, the
    // paper it took the article from, then the article and its reporter in capitals, above
    // the aggregator's own links.
    let a = clean_scrape(
        "Tổng hợp\n\
         Tin mới\n\
         Xã hội\n\
         Pháp luật\n\
         Đắk Lắk cấp căn cước cho người cao tuổi tại nhà trong tháng cao điểm\n\
         Báo Đắk Lắk\n\
         45 phút trước\n\
         Trong tháng 11, Công an tỉnh Đắk Lắk tổ chức các tổ lưu động đến tận nhà làm thủ tục cấp căn cước cho người cao tuổi, người khuyết tật không thể đi lại.\n\
         Đại tá Lê Vinh Quy, Giám đốc Công an tỉnh, cho biết đã có hơn 3.000 trường hợp được phục vụ tại nhà, không phải đến trụ sở công an xã.\n\
         NGỌC TRÂM\n\
         Xem bài gốc\n\
         Chia sẻ qua\n",
    );
    assert_eq!(
        a["title"], "Đắk Lắk cấp căn cước cho người cao tuổi tại nhà trong tháng cao điểm",
        "{a}"
    );
    assert_eq!(a["author"], "NGỌC TRÂM", "{a}");
    let text = body(&a);
    assert_has(&text, &["Trong tháng 11", "không phải đến trụ sở"]);
    assert_lacks(
        &text,
        &[
            "Tổng hợp",
            "Pháp luật",
            "Báo Đắk Lắk",
            "phút trước",
            "NGỌC TRÂM",
            "bài gốc",
        ],
    );
    // Without the reporter's credit, the paper is the author.
    let b = clean_scrape(
        "Tổng hợp\nTin mới\nXã hội\nPháp luật\n\
         Đắk Lắk cấp căn cước cho người cao tuổi tại nhà trong tháng cao điểm\n\
         Báo Đắk Lắk\n\
         45 phút trước\n\
         Trong tháng 11, Công an tỉnh Đắk Lắk tổ chức các tổ lưu động đến tận nhà làm thủ tục cấp căn cước cho người cao tuổi.\n",
    );
    assert_eq!(b["author"], "Báo Đắk Lắk", "{b}");
}

#[test]
fn a_text_size_control_left_as_letters_is_no_article_text() {
    // The toolbar's text-size buttons are letters ("A- A A+", "Cỡ chữ: a A A"), in a scrape
    // or a page's spans; a heading naming groups by letter stays.
    let article = "Từ tháng 7, bộ phận một cửa huyện phân loại hồ sơ theo mức độ dịch vụ công trực tuyến để rút ngắn thời gian tiếp nhận, trả kết quả.\n\
         Nhóm A và B\n\
         Hồ sơ nhóm A được giải quyết trong ngày; hồ sơ nhóm B được chuyển cho phòng chuyên môn thẩm định trong ba ngày làm việc.\n";
    let scrape = clean_scrape(&format!(
        "Phân loại hồ sơ theo mức độ dịch vụ công trực tuyến\n\
         Thứ Hai, 08/07/2024 - 10:20\n\
         A- A A+\n\
         {article}\
         Cỡ chữ: a A A\n"
    ));
    let paragraphs: String = article.lines().map(|l| format!("<p>{l}</p>")).collect();
    let page = clean_html(&format!(
        "<html><head><meta charset=\"utf-8\"><title>Cổng thông tin</title></head><body>\
         <div class=\"detail\"><h1>Phân loại hồ sơ theo mức độ dịch vụ công trực tuyến</h1>\
         <div class=\"meta\">08/07/2024 <span class=\"size\">A-</span> <span>A</span> <span>A+</span></div>\
         {paragraphs}</div></body></html>"
    ));
    for a in [scrape, page] {
        assert_eq!(a["date"], "2024-07-08", "{a}");
        let text = body(&a);
        assert_has(&text, &["Từ tháng 7", "Nhóm A và B", "ba ngày làm việc"]);
        assert_lacks(&text, &["A-", "A+", "Cỡ chữ"]);
    }
}

#[test]
fn a_sentence_whose_cited_documents_are_links_is_article_text() {
    // A portal links each document a sentence cites: more link text than prose, yet a
    // sentence (words beside the links, a full stop, or words a link leads into: a list of
    // documents with what each is about). A line of links with dates, or a label before a
    // link, is still no text.
    let a = clean_html(
        "<html><head><meta charset=\"utf-8\"><title>Sở Nội vụ Cao Bằng</title></head><body>\
         <nav><a href=\"/\">Trang chủ</a> <a href=\"/t\">Tin tức</a> <a href=\"/v\">Văn bản</a></nav>\
         <main><article><h2>Cao Bằng tuyển dụng công chức cấp xã năm 2024</h2>\
         <p>Ngày 02/5/2024, UBND tỉnh Cao Bằng ban hành kế hoạch tuyển dụng 120 công chức cấp xã, ưu tiên người có kinh nghiệm công tác tại thôn, xóm vùng đặc biệt khó khăn.</p>\
         <p>Tỉnh thực hiện theo <a href=\"/vb/107\">Nghị định số 107/2021/NĐ-CP</a> và <a href=\"/vb/61\">Nghị định số 61/2018/NĐ-CP</a>.</p>\
         <p><a href=\"/vb/33\">Nghị định 33/2023/NĐ-CP</a> quy định về cán bộ, công chức cấp xã.</p>\
         <ul><li><a href=\"/vb/2145\">Quyết định 2145/QĐ-UBND</a> về danh mục vị trí việc làm cấp xã</li>\
         <li><a href=\"/vb/77\">Kế hoạch 77/KH-UBND</a> tuyển dụng công chức năm 2024</li></ul>\
         <p>Hồ sơ dự tuyển nộp trực tiếp tại UBND cấp huyện hoặc qua Cổng dịch vụ công của tỉnh đến hết ngày 31/5/2024.</p>\
         <p>Xem thêm: <a href=\"/t/1\">Cao Bằng công bố chỉ số hài lòng năm 2023</a></p>\
         <div><a href=\"/t/2\">Tuyển dụng viên chức ngành giáo dục năm 2024</a> (28/04/2024) | <a href=\"/t/3\">Hội nghị cán bộ chủ chốt</a> (20/04/2024)</div>\
         </article></main></body></html>",
    );
    let text = body(&a);
    assert_has(
        &text,
        &[
            "Tỉnh thực hiện theo Nghị định số 107/2021/NĐ-CP và Nghị định số 61/2018/NĐ-CP.",
            "Nghị định 33/2023/NĐ-CP quy định về cán bộ",
            "Quyết định 2145/QĐ-UBND về danh mục vị trí việc làm cấp xã",
            "Kế hoạch 77/KH-UBND tuyển dụng công chức năm 2024",
            "Hồ sơ dự tuyển",
        ],
    );
    assert_lacks(
        &text,
        &[
            "Xem thêm",
            "chỉ số hài lòng",
            "ngành giáo dục",
            "cán bộ chủ chốt",
        ],
    );
    let cited: Vec<&str> = a["passages"]
        .as_array()
        .expect("passages")
        .iter()
        .flat_map(|p| p["refs"].as_array().expect("refs"))
        .filter_map(Value::as_str)
        .collect();
    for reference in [
        "107/2021/NĐ-CP",
        "61/2018/NĐ-CP",
        "33/2023/NĐ-CP",
        "2145/QĐ-UBND",
        "77/KH-UBND",
    ] {
        assert!(cited.contains(&reference), "{reference} not cited: {a}");
    }
}

#[test]
fn a_scrape_with_its_section_name_a_labelled_byline_and_an_audio_player() {
    // The sections' names above the headline, the reporter labelled on the dateline,
    // the player of the article read aloud (its label, position and speed), and the
    // portal's list of articles on the same subject after the last sentence.
    let a = clean_scrape(
        "Tin tức\n\
         Xã hội\n\
         Đồng Nai cấp phiếu lý lịch tư pháp trên ứng dụng định danh điện tử\n\
         Phóng viên: Trần Hà · 12/09/2024 07:00\n\
         Nghe đọc bài\n\
         00:00 / 02:41\n\
         Tốc độ: 1.5x\n\
         Từ tháng 9, người dân Đồng Nai có thể đề nghị cấp phiếu lý lịch tư pháp ngay trên ứng dụng VNeID mà không phải khai lại thông tin cá nhân.\n\
         Giám đốc Sở Tư pháp Đồng Nai Trần Văn Hùng cho biết thời gian trả kết quả đã giảm từ 10 ngày xuống còn 5 ngày làm việc.\n\
         Tin cùng chủ đề\n\
         Đồng Nai rút ngắn thời gian cấp giấy phép xây dựng\n\
         Người dân Biên Hòa làm thủ tục đất đai trực tuyến\n",
    );
    assert_eq!(
        a["title"], "Đồng Nai cấp phiếu lý lịch tư pháp trên ứng dụng định danh điện tử",
        "{a}"
    );
    assert_eq!(a["date"], "2024-09-12", "{a}");
    assert_eq!(a["author"], "Trần Hà", "{a}");
    let text = body(&a);
    assert_has(&text, &["Từ tháng 9", "5 ngày làm việc."]);
    assert_lacks(
        &text,
        &[
            "Tin tức",
            "Xã hội",
            "Nghe đọc",
            "02:41",
            "1.5x",
            "chủ đề",
            "giấy phép xây dựng",
            "Biên Hòa",
        ],
    );
}

#[test]
fn an_interviewer_s_closing_thanks_stays_apart_from_the_last_answer() {
    // The interview ends with the reporter's thanks: the last answer's passage is the
    // official's words alone.
    let a = clean_scrape(
        "Giám đốc Sở Tư pháp: Người dân sẽ không phải nộp bản sao giấy tờ\n\
         Cần Thơ, ngày 15/10/2024\n\
         Phóng viên: Thưa ông, khi nào người dân thôi phải nộp bản sao giấy tờ tùy thân?\n\
         Ông Trần Quốc Bảo: Từ tháng 12, toàn bộ thủ tục hộ tịch của thành phố sẽ khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư.\n\
         Phóng viên: Trân trọng cảm ơn ông!\n",
    );
    let passages = a["passages"].as_array().expect("passages");
    let last_answer = passages
        .iter()
        .find(|p| {
            p["text"]
                .as_str()
                .is_some_and(|t| t.contains("Từ tháng 12"))
        })
        .expect("the last answer");
    assert!(
        !last_answer["text"]
            .as_str()
            .unwrap_or("")
            .contains("cảm ơn"),
        "{a}"
    );
}

#[test]
fn cards_of_one_shape_stay_out_where_the_markup_names_nothing() {
    // No class or id anywhere: the cards are known by their shape (a linked headline, a
    // summary and a time, repeated), and their summaries, more text than the article's,
    // neither win nor join it.
    let summaries = [
        "Sở Tư pháp vừa hoàn thành việc số hóa hơn ba triệu trang sổ hộ tịch, phục vụ cấp bản sao trích lục trực tuyến cho người dân trên địa bàn.",
        "Huyện đã sắp xếp xong đơn vị hành chính cấp xã giai đoạn 2023-2025, giảm mười hai xã và bố trí lại đội ngũ cán bộ dôi dư theo quy định.",
        "Kết quả khảo sát cho thấy người dân đánh giá cao thái độ phục vụ tại Trung tâm Phục vụ hành chính công, song thời gian chờ vẫn còn dài.",
        "Thành phố thí điểm thanh toán không dùng tiền mặt đối với phí, lệ phí thủ tục hành chính tại tất cả các phường từ tháng ba tới đây.",
        "Ngành nội vụ tổ chức tập huấn nghiệp vụ văn thư, lưu trữ cho hơn hai trăm cán bộ cấp xã, nhằm nâng cao chất lượng quản lý hồ sơ, tài liệu.",
        "Tỉnh ban hành kế hoạch kiểm tra công vụ năm 2025, tập trung vào việc chấp hành kỷ luật, kỷ cương hành chính tại bộ phận một cửa các cấp.",
    ];
    let cards: String = summaries
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!("<div><a href=\"/bai-{i}\"><img src=\"/anh-{i}.jpg\"></a><div><a href=\"/bai-{i}\">Bản tin địa phương số {i}: nhiều chuyển biến</a></div><div>{s}</div><div>{i} giờ trước</div></div>")
        })
        .collect();
    let page = format!(
        "<html><head><meta charset=\"utf-8\"><title>Kon Tum rút ngắn thời gian cấp phép xây dựng - Báo Kon Tum</title></head><body>\
         <div><a href=\"/\">Trang chủ</a> <a href=\"/xh\">Xã hội</a></div>\
         <div><div>{cards}</div>\
         <div><div>Kon Tum rút ngắn thời gian cấp phép xây dựng</div><div>12/03/2025 08:10</div>\
         <div>Từ ngày 1/3, thời gian cấp giấy phép xây dựng nhà ở riêng lẻ tại Kon Tum giảm từ 15 xuống còn 7 ngày làm việc.</div>\
         <div>Giám đốc Sở Xây dựng Lê Văn Thanh cho biết toàn bộ hồ sơ được tiếp nhận qua Cổng dịch vụ công của tỉnh.</div>\
         <div>Người dân có thể theo dõi tiến độ giải quyết trên điện thoại.</div></div></div></body></html>"
    );
    let article = clean_html(&page);
    let body = body(&article);
    assert_has(
        &body,
        &[
            "giảm từ 15 xuống còn 7 ngày",
            "Lê Văn Thanh cho biết",
            "theo dõi tiến độ giải quyết",
        ],
    );
    assert_lacks(
        &body,
        &[
            "sổ hộ tịch",
            "mười hai xã",
            "thời gian chờ",
            "không dùng tiền mặt",
            "văn thư",
            "kiểm tra công vụ",
            "Bản tin",
        ],
    );
}

#[test]
fn a_heading_above_a_table_of_fields_is_the_headline() {
    // A citizen's question and the office's answer, their fields in a table; the
    // page's <title> is the portal's name. The heading names the article, not the first
    // field above the date it was sent.
    let page = "<html><head><meta charset=\"utf-8\"><title>Cổng thông tin điện tử Sở Tư pháp</title></head><body>\
        <div><a href=\"/\">Trang chủ</a> | <a href=\"/hd\">Hỏi đáp pháp luật</a></div>\
        <div><h3>Cấp lại bản sao trích lục khai tử khi bản chính bị mất</h3>\
        <table><tr><td>Người gửi:</td><td>Trần Văn Hùng - phường Cam Lộc</td></tr>\
        <tr><td>Ngày gửi:</td><td>14/08/2024</td></tr>\
        <tr><td>Câu hỏi:</td><td>Bản chính trích lục khai tử của bố tôi bị mất khi chuyển nhà, tôi có thể xin cấp lại bản sao ở đâu và cần những giấy tờ gì?</td></tr>\
        <tr><td>Trả lời:</td><td>Theo Điều 64 Luật Hộ tịch, người yêu cầu nộp tờ khai cấp bản sao trích lục hộ tịch tại cơ quan đang lưu giữ sổ hộ tịch, trực tiếp hoặc qua Cổng dịch vụ công.</td></tr></table>\
        </div></body></html>";
    let article = clean_html(page);
    assert_eq!(
        article["title"], "Cấp lại bản sao trích lục khai tử khi bản chính bị mất",
        "{article}"
    );
    assert_has(
        &body(&article),
        &[
            "Trần Văn Hùng",
            "xin cấp lại bản sao",
            "Theo Điều 64 Luật Hộ tịch",
        ],
    );
}

#[test]
fn a_dateline_above_the_headline_and_metadata_behind_icons() {
    // Some portals date the article above its headline, under the section's menu, and set
    // icons before their metadata (a clock before a relative time, an eye before the views,
    // a bubble before the comments' count) and the text-size buttons one per line. The
    // headline below the dateline is the title; the icons' lines are metadata, the buttons
    // furniture; a sentence opened by an icon is article text.
    let article = "Từ ngày 1/9, công dân ở 27 phường có thể nộp hồ sơ đăng ký thường trú qua Cổng dịch vụ công mà không phải nộp bản sao giấy tờ đã có trong cơ sở dữ liệu dân cư.\n\
         ▶ Thời gian giải quyết được rút ngắn từ bảy ngày xuống còn năm ngày làm việc, theo thông báo của công an thành phố.\n";
    let scrape = clean_scrape(&format!(
        "Trang chủ\n\
         Thời sự\n\
         Kinh tế\n\
         Góc nhìn\n\
         Đời sống\n\
         Cập nhật: 05/09/2024 14:32\n\
         Đăng ký thường trú trực tuyến không cần bản sao giấy tờ\n\
         A+\n\
         A-\n\
         ⏱ 5 phút trước\n\
         👀 3.410\n\
         💬 0\n\
         {article}"
    ));
    let paragraphs: String = article.lines().map(|l| format!("<p>{l}</p>")).collect();
    let page = clean_html(&format!(
        "<html><head><meta charset=\"utf-8\"></head><body>\
         <div class=\"x1\"><a href=\"/\">Trang chủ</a></div><div class=\"x1\"><a href=\"/ts\">Thời sự</a></div><div class=\"x1\"><a href=\"/kt\">Kinh tế</a></div>\
         <div class=\"x1\"><a href=\"/gn\">Góc nhìn</a></div><div class=\"x1\"><a href=\"/ds\">Đời sống</a></div>\
         <div class=\"x2\">Cập nhật: 05/09/2024 14:32</div>\
         <div class=\"x3\">Đăng ký thường trú trực tuyến không cần bản sao giấy tờ</div>\
         <div class=\"x4\"><span>⏱ 5 phút trước</span></div><div class=\"x4\"><span>👀 3.410</span></div>\
         <div class=\"x5\">{paragraphs}</div></body></html>"
    ));
    for a in [scrape, page] {
        assert_eq!(
            a["title"], "Đăng ký thường trú trực tuyến không cần bản sao giấy tờ",
            "{a}"
        );
        assert_eq!(a["date"], "2024-09-05", "{a}");
        assert_eq!(a["views"], 3410, "{a}");
        let text = body(&a);
        assert_has(&text, &["Từ ngày 1/9, công dân", "▶ Thời gian giải quyết"]);
        assert_lacks(
            &text,
            &[
                "Đời sống",
                "A+",
                "A-",
                "phút trước",
                "3.410",
                "💬",
                "Cập nhật",
            ],
        );
    }
}

#[test]
fn an_interview_s_quoted_headline_and_an_answer_going_on_that_names_someone() {
    // The headline is the official's words in quotation marks: still the headline, not a
    // paragraph. The answer goes on in a paragraph that names someone without giving them
    // anything to say: still the answer.
    let a = clean_scrape(
        "“Mỗi hồ sơ trễ hẹn là một lời xin lỗi”\n\
         Chủ nhật, 10/11/2024 06:30\n\
         Phóng viên trao đổi với bà Nguyễn Thị Hạnh, Giám đốc Sở Nội vụ tỉnh Hậu Giang, về kết quả cải cách hành chính.\n\
         PV: Bà đánh giá thế nào về kết quả của tỉnh trong năm nay?\n\
         Bà Nguyễn Thị Hạnh: Tỉnh đã giảm 30% thời gian giải quyết hồ sơ so với năm trước, nhờ liên thông dữ liệu giữa các cấp.\n\
         Sở đã tham mưu Chủ tịch UBND tỉnh ký quy chế phối hợp với các huyện, giao trách nhiệm cho từng phòng chuyên môn.\n\
         PV: Xin cảm ơn bà!\n",
    );
    assert_eq!(a["title"], "“Mỗi hồ sơ trễ hẹn là một lời xin lỗi”", "{a}");
    let passages = a["passages"].as_array().expect("passages");
    assert!(
        !body(&a).contains("Mỗi hồ sơ trễ hẹn"),
        "the headline is no paragraph: {a}"
    );
    let going_on = passages
        .iter()
        .find(|p| p["text"].as_str().unwrap().starts_with("Sở đã tham mưu"))
        .expect("the answer going on");
    assert_eq!(speaker_names([going_on]), ["Nguyễn Thị Hạnh"], "{a}");
}

#[test]
fn a_pull_quote_signed_under_it_and_a_deputy_chair_named_again_by_the_unit_alone() {
    // A quotation set apart with its author under it after a dash is the author's; the
    // official named first with the province's name ("Phó Chủ tịch UBND huyện Krông Pắc
    // ...") is the one the article later calls by the unit alone ("Phó Chủ tịch UBND
    // huyện"), not a district's official of another kind of unit.
    let a = clean_html(
        "<html><head><meta charset=\"utf-8\"><title>Krông Pắc sơ kết cải cách hành chính</title></head><body>\
         <article><h1>Krông Pắc sơ kết cải cách hành chính</h1>\
         <p>Sáng 8/11, Phó Chủ tịch UBND huyện Krông Pắc Lê Văn Thành chủ trì hội nghị sơ kết công tác cải cách hành chính chín tháng, với đại diện các xã, thị trấn.</p>\
         <blockquote><p>“Mỗi cán bộ một cửa phải coi hồ sơ của người dân như việc của chính gia đình mình.”</p></blockquote>\
         <p>— Phó Chủ tịch UBND huyện Lê Văn Thành</p>\
         <p>Chủ tịch UBND xã Ea Kly Y Nuê cho biết xã đã số hóa toàn bộ hồ sơ hộ tịch từ năm 2016 đến nay.</p>\
         <p>Theo Phó Chủ tịch UBND huyện, các xã chậm số hóa phải báo cáo nguyên nhân trước ngày 30/11 để huyện hỗ trợ.</p>\
         </article></body></html>",
    );
    let passages = a["passages"].as_array().expect("passages");
    let said = |opening: &str| {
        let p = passages
            .iter()
            .find(|p| p["text"].as_str().unwrap().contains(opening))
            .unwrap_or_else(|| panic!("{opening}: {a}"));
        speaker_names([p])
    };
    assert_eq!(said("Mỗi cán bộ một cửa"), ["Lê Văn Thành"], "{a}");
    assert_eq!(said("các xã chậm số hóa"), ["Lê Văn Thành"], "{a}");
}

#[test]
fn a_box_of_related_links_inside_a_scrape_and_the_article_going_on_below_it() {
    // A scrape of a page that sets its "related articles" box between two paragraphs: the
    // box's header and headlines go, the paragraphs below it and the credit stay. Under a
    // comments header, a commenter's name and comment are not the article; nor is a list of
    // other articles with their summaries.
    let head = "Xã triển khai sổ tay điện tử cho người dân\n\
         Thứ tư, 13/11/2024 - 09:05\n\
         UBND xã Tân Lập phát hành sổ tay điện tử hướng dẫn 45 thủ tục hành chính thường gặp, người dân quét mã QR tại nhà văn hóa thôn để xem hồ sơ cần chuẩn bị.\n";
    let boxed = clean_scrape(&format!(
        "{head}\
         Bài viết liên quan\n\
         Huyện Đông Anh số hóa toàn bộ sổ hộ tịch từ năm 1945 (02/11/2024)\n\
         Mô hình Tổ công nghệ số cộng đồng ở vùng cao (28/10/2024)\n\
         Sau một tháng, sổ tay đã có hơn 3.000 lượt truy cập; số hồ sơ bị trả lại vì thiếu giấy tờ giảm gần một nửa so với cùng kỳ năm trước.\n\
         Xã dự kiến bổ sung thêm 20 thủ tục vào sổ tay trong quý I/2025.\n\
         Lan Phương\n"
    ));
    assert_has(
        &body(&boxed),
        &[
            "UBND xã Tân Lập phát hành",
            "Sau một tháng, sổ tay",
            "bổ sung thêm 20 thủ tục",
        ],
    );
    assert_lacks(
        &body(&boxed),
        &["Bài viết liên quan", "Huyện Đông Anh", "Tổ công nghệ số"],
    );
    assert_eq!(boxed["author"], "Lan Phương", "{boxed}");
    let commented = clean_scrape(&format!(
        "{head}\
         Bình luận (1)\n\
         Trần Văn Bình\n\
         Sổ tay rất tiện, nhưng xã nên in thêm bản giấy cho người cao tuổi không dùng điện thoại thông minh, vì nhiều cụ vẫn phải nhờ con cháu đọc giúp.\n"
    ));
    assert_lacks(&body(&commented), &["Trần Văn Bình", "Sổ tay rất tiện"]);
    let listed = clean_scrape(&format!(
        "{head}\
         Tin cùng chuyên mục\n\
         Huyện Đông Anh số hóa toàn bộ sổ hộ tịch từ năm 1945\n\
         Huyện đã số hóa hơn 200.000 trang sổ hộ tịch, người dân xin trích lục bản sao không phải chờ tra cứu sổ giấy như trước đây nữa.\n\
         Mô hình Tổ công nghệ số cộng đồng ở vùng cao\n\
         Các tổ công nghệ số cộng đồng đã hướng dẫn hơn 5.000 người dân cài đặt ứng dụng định danh điện tử và nộp hồ sơ trực tuyến.\n"
    ));
    assert_lacks(&body(&listed), &["Huyện đã số hóa", "Các tổ công nghệ số"]);
}

#[test]
fn links_to_other_articles_set_in_lines_of_a_scrape_are_not_its_text() {
    // A scrape keeps the portal's inline links as lines of their own: a widget's label and a
    // headline ("Tin liên quan: ...", "Đọc tiếp: ...") or a double arrow before one. They go;
    // a list item and a sentence stay, whatever opens them.
    let a = clean_scrape(
        "Cần Thơ cấp căn cước cho học sinh tại trường\n\
         20/10/2024 08:00\n\
         Công an TP Cần Thơ tổ chức cấp căn cước cho trẻ em dưới 14 tuổi ngay tại các trường tiểu học, phụ huynh không phải đưa con đến trụ sở công an.\n\
         Tin liên quan: Cần Thơ nhận hồ sơ căn cước vào cả thứ bảy và chủ nhật\n\
         Trong hai tuần đầu, lực lượng công an đã thu nhận hơn 6.000 hồ sơ của học sinh.\n\
         >> Phụ huynh có thể đăng ký lịch hẹn trực tuyến qua ứng dụng VNeID\n\
         Hồ sơ gồm:\n\
         - Giấy khai sinh của trẻ\n\
         >> Mỗi trường được bố trí một tổ công tác làm việc cả ngoài giờ.\n\
         Đọc tiếp: Những lưu ý khi làm căn cước cho trẻ\n\
         Ngọc Hân\n",
    );
    let text = body(&a);
    assert_has(
        &text,
        &[
            "Trong hai tuần đầu",
            "Giấy khai sinh của trẻ",
            "Mỗi trường được bố trí",
        ],
    );
    assert_lacks(
        &text,
        &[
            "nhận hồ sơ căn cước vào cả thứ bảy",
            "lịch hẹn trực tuyến",
            "Những lưu ý",
        ],
    );
}

#[test]
fn a_gallery_caption_cut_short_beside_its_whole_text_is_said_once() {
    // A photo gallery prints each caption twice, whole with a "thu gọn" toggle and cut
    // short with "... xem thêm"; its control panel repeats the cut one. The caption stays
    // once, whole, without its toggles.
    let caption = "Phó Chủ tịch UBND thành phố Hà Minh Hải phát biểu tại hội nghị công bố chỉ số SIPAS năm 2024.";
    let cut = "Phó Chủ tịch UBND thành phố Hà Minh Hải phát biểu tại hội nghị công bố...";
    let a = clean_html(&format!(
        "<html><head><meta charset=\"utf-8\"><title>Hà Nội công bố chỉ số hài lòng</title></head><body>\
         <h1>Hà Nội công bố chỉ số hài lòng về sự phục vụ của cơ quan hành chính</h1>\
         <div class=\"info\">15/04/2025 07:45</div><div class=\"detail\">\
         <p>Ngày 14/4, UBND thành phố Hà Nội công bố kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024.</p>\
         <ul><li><img src=\"a.jpg\" alt=\"\"><div>{caption} <a>thu gọn</a></div><div>{cut} <a>xem thêm</a></div></li></ul>\
         <div class=\"panel\"><div>{cut} <a>xem thêm</a></div></div>\
         <p>Theo kết quả công bố, chỉ số SIPAS năm 2024 của thành phố đạt 84,15%, tăng 1,2% so với năm 2023, trong đó sự hài lòng về thủ tục hành chính đạt 84,9%.</p>\
         </div></body></html>"
    ));
    let paragraphs: Vec<String> = a["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .map(|p| p.as_str().unwrap_or_default().to_string())
        .collect();
    let captions: Vec<&String> = paragraphs
        .iter()
        .filter(|p| p.contains("Hà Minh Hải phát biểu"))
        .collect();
    assert_eq!(captions, [caption], "{a}");
    assert_lacks(&body(&a), &["xem thêm", "thu gọn"]);
}

#[test]
fn a_pager_under_a_scraped_article_goes_and_a_row_of_figures_stays() {
    let a = clean_scrape(
        "Số hóa hồ sơ hộ tịch: nhìn từ cơ sở\n\
         09/10/2024 08:15\n\
         Sau hơn hai năm, nhiều xã ở vùng cao đã số hóa toàn bộ sổ hộ tịch, người dân xin trích lục không phải chờ tra cứu sổ giấy.\n\
         Số sổ hộ tịch đã số hóa qua các năm:\n\
         2022 2023 2024\n\
         « Trước 1 2 3 Sau »\n\
         Lò Văn Tươi\n",
    );
    let text = body(&a);
    assert_has(&text, &["2022 2023 2024"]);
    assert_lacks(&text, &["Trước", "1 2 3"]);
    assert_eq!(a["author"], "Lò Văn Tươi", "{a}");
}

#[test]
fn a_document_page_s_heading_names_it_over_its_first_attribute() {
    // A legal document's page: its name in a heading, then a table of attributes whose first
    // row ("Số ký hiệu 1085/QĐ-TTg") stands above a dated row as a headline would, and links
    // to related documents. The page's text is read whole (the table alone is too short an
    // article): the heading still names the page, and the number stays text that cites it.
    let a = clean_html(
        "<html><head><meta charset=\"utf-8\">\
         <title>Chi tiết văn bản - Cổng thông tin điện tử Chính phủ</title></head><body>\
         <div class=\"header\">\
         <a href=\"/\">Trang chủ</a> | <a href=\"/van-ban\">Hệ thống văn bản</a> | <a href=\"/hoi-dap\">Hỏi đáp</a>\
         </div><div class=\"search-box\"><input placeholder=\"Tìm kiếm văn bản\">\
         <button>Tìm kiếm</button></div><div class=\"detail-vanban\">\
         <h2 class=\"title\">Quyết định ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025</h2>\
         <table class=\"table-vanban\"><tr><td class=\"label\">Số ký hiệu</td><td>1085/QĐ-TTg</td></tr>\
         <tr><td class=\"label\">Ngày ban hành</td><td>15/09/2022</td></tr><tr>\
         <td class=\"label\">Ngày có hiệu lực</td><td>15/09/2022</td></tr><tr>\
         <td class=\"label\">Loại văn bản</td><td>Quyết định</td></tr><tr>\
         <td class=\"label\">Cơ quan ban hành</td><td>Thủ tướng Chính phủ</td></tr><tr>\
         <td class=\"label\">Người ký</td><td>Phạm Minh Chính</td></tr><tr>\
         <td class=\"label\">Trích yếu</td>\
         <td>Ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ giai đoạn 2022 - 2025</td>\
         </tr><tr><td class=\"label\">Tài liệu đính kèm</td><td>\
         <a href=\"1085.signed.pdf\">1085.signed.pdf</a> <a href=\"1085.doc\">1085.doc</a></td></tr>\
         </table><div class=\"related\"><h3>Văn bản liên quan</h3><ul><li>\
         <a>Quyết định 06/QĐ-TTg phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư</a></li><li>\
         <a>Nghị quyết 76/NQ-CP ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030</a>\
         </li></ul></div></div>\
         <div class=\"footer\">Cổng Thông tin điện tử Chính phủ. Bản quyền thuộc Văn phòng Chính phủ.</div>\
         </body></html>",
    );
    assert_eq!(
        a["title"],
        "Quyết định ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025",
        "{a}"
    );
    let cited: Vec<&str> = a["passages"]
        .as_array()
        .expect("passages")
        .iter()
        .flat_map(|p| p["refs"].as_array().expect("refs"))
        .filter_map(|r| r.as_str())
        .collect();
    assert!(cited.contains(&"1085/QĐ-TTg"), "{a}");
}

#[test]
fn a_scrape_opening_with_a_section_name_and_separator_lines_is_titled_by_its_headline() {
    for opening in [
        "Trang chủ\n»\nXã hội\n\n",
        "Chuyên mục\n\n",
        "Thời sự - Chính trị\n|\n\n",
    ] {
        let article = clean_scrape(&format!(
            "{opening}Đắk Nông rút ngắn thời gian cấp phiếu lý lịch tư pháp còn ba ngày\n\nTừ tháng 9, Sở Tư pháp tỉnh Đắk Nông trả phiếu lý lịch tư pháp trong ba ngày làm việc, thay vì mười ngày như trước đây.\n\n* * *\n\nNgười dân có thể nộp tờ khai qua Cổng dịch vụ công quốc gia và nhận kết quả qua bưu điện.\n"
        ));
        assert_eq!(
            article["title"], "Đắk Nông rút ngắn thời gian cấp phiếu lý lịch tư pháp còn ba ngày",
            "{opening:?}: {article}"
        );
        let body = body(&article);
        assert!(body.starts_with("Từ tháng 9"), "{opening:?}: {body}");
        // A section break between paragraphs says nothing either.
        assert_lacks(&body, &["»", "|", "*", "Xã hội", "Chuyên mục", "Thời sự"]);
    }
}

#[test]
fn teasers_of_other_articles_after_the_closing_credit_are_not_the_article() {
    let article = clean_scrape(
        "Bến Tre trả kết quả thủ tục tại nhà qua bưu điện\n\
         Từ tháng 10, người dân Bến Tre có thể chọn nhận kết quả giải quyết thủ tục hành chính tại nhà qua dịch vụ bưu chính công ích.\n\
         Chi phí chuyển phát do ngân sách tỉnh chi trả đối với hộ nghèo và người có công.\n\
         THU HƯƠNG\n\
         Long An lập tổ công nghệ số cộng đồng ở 188 xã\n\
         Các tổ sẽ hướng dẫn người dân cài đặt ứng dụng định danh điện tử và nộp hồ sơ trực tuyến.\n\
         Tiền Giang giảm 40% thời gian cấp giấy phép xây dựng\n\
         Thời gian cấp giấy phép xây dựng nhà ở riêng lẻ nay chỉ còn 9 ngày làm việc.\n\
         Vĩnh Long công khai xin lỗi 312 hồ sơ trễ hạn\n",
    );
    assert_eq!(article["author"], "THU HƯƠNG", "{article}");
    let text = body(&article);
    assert_has(&text, &["bưu chính công ích", "hộ nghèo và người có công"]);
    assert_lacks(&text, &["Long An", "Tiền Giang", "Vĩnh Long", "THU HƯƠNG"]);
    // Headlines with their paragraphs after a name that quotes no one stay: an interview's
    // sections are no teasers when no sentence ends right above the name.
    let article = clean_scrape(
        "Hỏi đáp về thủ tục đất đai\n\
         Bạn đọc hỏi về thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất\n\
         Nguyễn Văn Bình\n\
         Thời hạn giải quyết thủ tục cấp đổi giấy chứng nhận\n\
         Thời hạn giải quyết không quá 7 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.\n\
         Nơi nộp hồ sơ cấp đổi giấy chứng nhận\n\
         Người dân nộp hồ sơ tại bộ phận một cửa cấp huyện hoặc qua Cổng dịch vụ công.\n",
    );
    assert_has(
        &body(&article),
        &["không quá 7 ngày", "bộ phận một cửa cấp huyện"],
    );
}

#[test]
fn a_row_of_attributes_closing_a_page_names_no_author() {
    for (closing, author) in [
        ("Người ký Hồ Đức Phớc\nTình trạng Đã có hiệu lực\n", None),
        ("Người ký: Hồ Đức Phớc\nLĩnh vực: Tài chính công\n", None),
        ("Lĩnh vực: Tài chính công\n", None),
        ("Bảo Ngọc\n", Some("Bảo Ngọc")),
    ] {
        let article = clean_scrape(&format!(
            "Thông tư hướng dẫn thu phí cấp bản sao điện tử\n\
             Bộ Tài chính ban hành Thông tư 45/2024/TT-BTC hướng dẫn mức thu phí khi người dân đề nghị cấp bản sao điện tử từ sổ gốc.\n\
             {closing}"
        ));
        assert_eq!(article["author"].as_str(), author, "{closing:?}: {article}");
        assert_has(&body(&article), &["Thông tư 45/2024/TT-BTC"]);
    }
}

#[test]
fn links_to_the_other_parts_of_a_series_end_the_article_but_steps_stay() {
    let article = clean_scrape(
        "Chuyển đổi số ở cấp xã - Bài 2: Khi cán bộ xã thành hướng dẫn viên\n\
         Mỗi sáng, cán bộ tư pháp xã Tân Lập dành hai giờ hướng dẫn người dân cài đặt ứng dụng định danh điện tử.\n\
         Nhờ vậy, số hồ sơ nộp trực tuyến của xã đã tăng gấp ba lần so với năm trước.\n\
         Bài 1 - Từ con số không đến một cửa số\n\
         Bài 3: Giữ chân người trẻ làm công nghệ\n",
    );
    let text = body(&article);
    assert_has(&text, &["tăng gấp ba lần"]);
    assert_lacks(&text, &["Bài 1", "Bài 3", "Giữ chân người trẻ"]);
    // Steps ending an article under a headline that numbers no part are the article.
    let article = clean_scrape(
        "Hướng dẫn nộp hồ sơ cấp phiếu lý lịch tư pháp trực tuyến\n\
         Người dân có thể nộp hồ sơ cấp phiếu lý lịch tư pháp tại nhà qua Cổng dịch vụ công quốc gia.\n\
         Bước 1: Đăng nhập bằng tài khoản định danh\n\
         Bước 2: Điền tờ khai và nộp lệ phí\n",
    );
    assert_has(
        &body(&article),
        &["Bước 1: Đăng nhập", "Bước 2: Điền tờ khai"],
    );
}

#[test]
fn a_scrape_under_the_portal_s_clock_and_a_menu_bar_kept_by_spaces_is_dated_by_its_own_dateline() {
    // The portal's clock (the day of the scrape) over a menu bar whose items only runs of
    // spaces keep apart, then the section, the headline and its own dateline; two
    // reporters credit the article.
    for (menu, credit, authors) in [
        (
            "TRANG CHỦ   THỜI SỰ   KINH TẾ   PHÁP LUẬT - BẠN ĐỌC   VĂN HÓA",
            "NGỌC LAN - HẢI ĐĂNG",
            "NGỌC LAN - HẢI ĐĂNG",
        ),
        (
            "Tin tức    Sự kiện    Chính sách mới    Video    Ảnh",
            "Ngọc Lan – Hải Đăng",
            "Ngọc Lan – Hải Đăng",
        ),
    ] {
        let article = clean_scrape(&format!(
            "Chủ nhật, 09/06/2024 06:40 GMT+7\n\
             {menu}\n\
             Xã hội\n\
             Long An trả kết quả thủ tục hành chính qua ứng dụng di động\n\
             07/06/2024 14:10\n\
             Từ tháng 6, người dân Long An có thể nhận kết quả giải quyết thủ tục hành chính qua ứng dụng di động của tỉnh, không phải đến bộ phận một cửa.\n\
             Theo Sở Thông tin và Truyền thông, ứng dụng đã có hơn 120.000 lượt tải sau hai tháng vận hành thử nghiệm.\n\
             {credit}\n\
             Tin cùng chuyên mục\n\
             Tây Ninh cắt giảm 30% thời gian giải quyết hồ sơ đất đai\n"
        ));
        assert_eq!(
            article["title"], "Long An trả kết quả thủ tục hành chính qua ứng dụng di động",
            "{menu:?}: {article}"
        );
        assert_eq!(article["date"], "2024-06-07", "{menu:?}: {article}");
        assert_eq!(article["author"], authors, "{menu:?}: {article}");
        let body = body(&article);
        assert!(body.starts_with("Từ tháng 6"), "{menu:?}: {body}");
        assert_lacks(
            &body,
            &[
                "TRANG CHỦ",
                "Chính sách mới",
                "Xã hội",
                "Hải Đăng",
                "HẢI ĐĂNG",
            ],
        );
    }
    // A table row flattened by spaces is no menu: its figures stay.
    let article = clean_scrape(
        "Bảng thời gian giải quyết thủ tục hành chính tại Long An năm 2024\n\
         Sở Tư pháp công bố thời gian giải quyết các thủ tục sau khi cắt giảm, áp dụng từ ngày 01/7/2024 trên toàn tỉnh.\n\
         Lý lịch tư pháp   10 ngày   3 ngày\n\
         Chứng thực bản sao   2 ngày   1 ngày\n",
    );
    assert_has(&body(&article), &["Lý lịch tư pháp", "Chứng thực bản sao"]);
}

#[test]
fn a_headline_ending_with_a_name_in_quotation_marks_is_the_headline_above_its_dateline() {
    // The model's name in quotation marks closes the headline; the portal's name and menu
    // above it are no title. A quotation closing a sentence after a colon stays text.
    for (headline, name) in [
        (
            "Huyện Tân Sơn nhân rộng mô hình \"Bộ phận một cửa thân thiện\"",
            "\"Bộ phận một cửa thân thiện\"",
        ),
        (
            "Phường Cẩm Trung ra mắt mô hình “Chủ nhật vì dân”",
            "“Chủ nhật vì dân”",
        ),
    ] {
        let article = clean_scrape(&format!(
            "Cổng thông tin điện tử huyện Tân Sơn\nGiới thiệu\nTin tức - Sự kiện\nThủ tục hành chính\n\
             {headline}\n\
             Ngày đăng: 02/04/2025 | Lượt xem: 1.204 | Tác giả: Minh Khuê\n\
             Mô hình {name} được triển khai tại 17 xã, giúp người dân làm thủ tục nhanh hơn và không phải đi lại nhiều lần.\n\
             Ông Hà Văn Tuấn, Chủ tịch UBND huyện khẳng định: \"Người dân là trung tâm\"\n\
             Huyện sẽ đánh giá kết quả sau sáu tháng và nhân rộng trong toàn tỉnh từ năm 2026.\n"
        ));
        assert_eq!(article["title"], headline, "{article}");
        assert_eq!(article["date"], "2025-04-02", "{article}");
        let body = body(&article);
        assert!(body.starts_with("Mô hình"), "{body}");
        assert_has(&body, &["khẳng định: \"Người dân là trung tâm\""]);
        assert_lacks(
            &body,
            &["Cổng thông tin", "Giới thiệu", "Tin tức - Sự kiện"],
        );
    }
}

#[test]
fn the_portal_s_masthead_above_its_menu_is_no_headline() {
    // The portal's clock (a later day), its name of five words and its menu one item a line
    // stand above the headline, which the article's own dateline follows.
    let article = clean_scrape(
        "Báo điện tử Chính phủ\n\
         Thứ Sáu, 06/12/2024 14:05 (GMT+7)\n\
         Trang chủ\nChính sách mới\nChính phủ\nTiêu điểm\n\
         Đẩy mạnh phân cấp, phân quyền trong giải quyết thủ tục hành chính\n\
         28/11/2024 09:12\n\
         (Chinhphu.vn) - Thủ tướng Chính phủ vừa ký ban hành Quyết định số 1015/QĐ-TTg phê duyệt Phương án phân cấp trong giải quyết thủ tục hành chính.\n\
         Theo Quyết định, sẽ phân cấp 699 thủ tục hành chính cho các cơ quan cấp dưới, chiếm 17,69% tổng số thủ tục.\n\
         Thu Giang\n",
    );
    assert_eq!(
        article["title"], "Đẩy mạnh phân cấp, phân quyền trong giải quyết thủ tục hành chính",
        "{article}"
    );
    assert_eq!(article["date"], "2024-11-28", "{article}");
    let text = body(&article);
    assert!(text.starts_with("Thủ tướng Chính phủ vừa ký"), "{text}");
    assert_lacks(&text, &["Báo điện tử", "Chính sách mới", "Tiêu điểm"]);
    // The paper's name above a menu bar, and no headline: the title is the lead's, not the
    // name's.
    for menu in [
        "Thời sự   Thế giới   Pháp luật   Kinh doanh",
        "Trang chủ | Thời sự | Pháp luật",
    ] {
        let article = clean_scrape(&format!(
            "TUOI TRE ONLINE\n{menu}\n\
             TTO - Sáng 27-11, Quốc hội thảo luận tại hội trường về dự án Luật Thủ đô (sửa đổi) và việc phân cấp cho chính quyền thành phố.\n\
             Đại biểu Nguyễn Thị Xuân (đoàn Đắk Lắk) cho rằng cần cắt giảm mạnh thủ tục hành chính.\n"
        ));
        assert_eq!(article["title_derived"], true, "{menu}: {article}");
        let title = article["title"].as_str().unwrap_or_default();
        assert!(
            title.starts_with("Sáng 27-11, Quốc hội"),
            "{menu}: {article}"
        );
        assert_lacks(&body(&article), &["TUOI TRE", "Thế giới"]);
    }
}

#[test]
fn menus_and_a_box_s_tabs_kept_apart_by_tabs_or_bars_are_no_article_text() {
    // A district portal scraped with its menu and its box of other articles' tabs on one
    // line each, the items kept apart by tabs (or by bars), the headlines of the box after.
    for separator in ["\t", "\t\t", " | "] {
        let row = |items: &[&str]| items.join(separator);
        let article = clean_scrape(&format!(
            "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG\n\
             {}\n\
             Đức Trọng nâng cao chất lượng giải quyết thủ tục hành chính cấp xã\n\
             15/10/2024 09:12\n\
             Năm 2024, UBND huyện Đức Trọng tập trung chỉ đạo các xã nâng cao chất lượng giải quyết thủ tục hành chính.\n\
             Chủ tịch UBND huyện Nguyễn Văn Lộc cho biết huyện sẽ số hóa kết quả giải quyết thủ tục để người dân không phải nộp lại giấy tờ.\n\
             {}\n\
             Huyện tổ chức hội nghị tổng kết công tác dân vận chính quyền năm 2024\n\
             Đức Trọng ra mắt mô hình cà phê pháp luật tại thị trấn Liên Nghĩa\n",
            row(&["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Liên hệ"]),
            row(&["Tin liên quan", "Tin mới nhất", "Đọc nhiều"]),
        ));
        let shown = separator.escape_debug().to_string();
        assert_eq!(
            article["title"], "Đức Trọng nâng cao chất lượng giải quyết thủ tục hành chính cấp xã",
            "{shown}: {article}"
        );
        assert_eq!(article["date"], "2024-10-15", "{shown}: {article}");
        let text = body(&article);
        assert!(text.starts_with("Năm 2024, UBND huyện"), "{shown}: {text}");
        assert!(text.ends_with("nộp lại giấy tờ."), "{shown}: {text}");
    }
    // A table's rows of figures kept apart by tabs stay text.
    let article = clean_scrape(
        "Kết quả giải quyết hồ sơ quý III\n\
         Bộ phận một cửa của huyện công bố kết quả giải quyết hồ sơ quý III như sau.\n\
         1\tCấp giấy phép xây dựng\t1.250 hồ sơ\n\
         2\tĐăng ký hộ kinh doanh\t830 hồ sơ\n\
         Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%, tăng so với quý trước.\n",
    );
    assert_has(
        &body(&article),
        &[
            "Cấp giấy phép xây dựng 1.250 hồ sơ",
            "Đăng ký hộ kinh doanh",
        ],
    );
}

#[test]
fn a_paper_s_scrape_with_its_tag_in_brackets_a_placeholder_and_readers_comments() {
    let article = clean_scrape(
        "Báo Lâm Đồng điện tử\n\
         ĐỨC TRỌNG: NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN TẠI BỘ PHẬN MỘT CỬA\n\
         Cập nhật lúc 10:25 ngày 12/11/2024\n\
         (LĐ online) - Thời gian qua, bộ phận một cửa huyện Đức Trọng đã có nhiều đổi mới trong tiếp nhận và trả kết quả hồ sơ cho người dân, doanh nghiệp.\n\
         Ảnh minh họa\n\
         Theo ông Trần Văn Bình, Trưởng phòng Nội vụ huyện, năm 2024 huyện đã tiếp nhận hơn 30.000 hồ sơ, tỷ lệ đúng hạn đạt 99,5%.\n\
         Ông Bình cho biết, thời gian tới huyện sẽ đẩy mạnh thanh toán trực tuyến phí, lệ phí để người dân không phải đến nộp tiền mặt.\n\
         KHÁNH PHÚC\n\
         Ý kiến bạn đọc (2)\n\
         Nguyễn Thị Hoa - 2 giờ trước\n\
         Cán bộ một cửa ở huyện rất nhiệt tình, tôi làm giấy tờ đất chỉ mất 3 ngày là xong, cảm ơn các anh chị.\n\
         Trả lời Thích\n\
         Lê Minh - 5 giờ trước\n\
         Mong huyện sớm cho nộp phí trực tuyến vì nhiều khi ra quầy vẫn phải chờ khá lâu mới tới lượt.\n\
         Gửi bình luận\n",
    );
    assert_eq!(
        article["title"], "ĐỨC TRỌNG: NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN TẠI BỘ PHẬN MỘT CỬA",
        "{article}"
    );
    assert_eq!(article["date"], "2024-11-12", "{article}");
    assert_eq!(article["author"], "KHÁNH PHÚC", "{article}");
    let text = body(&article);
    assert!(text.starts_with("Thời gian qua, bộ phận một cửa"), "{text}");
    assert!(text.ends_with("nộp tiền mặt."), "{text}");
    assert_lacks(
        &text,
        &["Ảnh minh họa", "Nguyễn Thị Hoa", "cảm ơn các anh chị"],
    );
    assert_eq!(
        speakers(&article),
        ["Trần Văn Bình", "Trần Văn Bình"],
        "{article}"
    );
}

#[test]
fn a_scrape_wrapped_at_a_width_reads_in_whole_sentences() {
    // Text from a mail or a PDF: paragraphs apart by blank lines, each cut at a width, a
    // word ("thủ tục") cut between two lines.
    let text = "Tỉnh Quảng Trị đẩy mạnh cải cách thủ tục hành chính\n\n\
        Ngày 12/4/2024, UBND tỉnh Quảng Trị tổ chức hội nghị trực tuyến đánh giá\n\
        công tác cải cách hành chính quý I và triển khai nhiệm vụ quý II.\n\n\
        Phát biểu chỉ đạo hội nghị, Chủ tịch UBND tỉnh Võ Văn Hưng yêu cầu các sở,\n\
        ngành rà soát, cắt giảm thành phần hồ sơ, rút ngắn thời gian giải quyết thủ\n\
        tục hành chính, không để hồ sơ trễ hạn mà không có văn bản xin lỗi người dân.\n";
    let article = clean_scrape(text);
    let paragraphs: Vec<&str> = article["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(paragraphs.len(), 2, "{article}");
    assert!(
        paragraphs[1].contains("giải quyết thủ tục hành chính"),
        "{article}"
    );
    assert!(paragraphs[1].ends_with("xin lỗi người dân."), "{article}");
    assert_eq!(speakers(&article), ["Võ Văn Hưng"], "{article}");
    // Indexed, the statement holds the phrase and answers the question about it.
    let (_dir, indexed) = crate::common::index_texts(&[("quang-tri.txt", text)]);
    let (code, r) = indexed.search("Võ Văn Hưng nói gì về \"thủ tục hành chính\"", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["total"], 1, "{r}");
    assert!(
        r["hits"][0]["passage"]
            .as_str()
            .unwrap()
            .ends_with("xin lỗi người dân."),
        "{r}"
    );
    // Wrapped so twice or more, a line as long goes on in one opening with a title.
    let text = "Quảng Trị rà soát thủ tục\n\n\
        Phát biểu chỉ đạo hội nghị về cải cách hành chính và chuyển đổi số,\n\
        Chủ tịch UBND tỉnh Võ Văn Hưng yêu cầu các sở, ngành rà soát, cắt giảm thành\n\
        phần hồ sơ, rút ngắn thời gian giải quyết thủ tục hành chính trong năm 2024,\n\
        không để hồ sơ trễ hạn mà không có văn bản xin lỗi người dân trên địa bàn.\n";
    let article = clean_scrape(text);
    let text = body(&article);
    assert!(
        text.starts_with("Phát biểu chỉ đạo hội nghị")
            && text.contains("chuyển đổi số, Chủ tịch UBND")
            && text.ends_with("xin lỗi người dân trên địa bàn.")
            && !text.contains('\n'),
        "{article}"
    );
}

#[test]
fn a_site_name_in_an_h1_inside_a_home_link_or_named_by_the_title_is_not_the_headline() {
    let article = "<div class=\"noidung\"><p>Năm 2023, Sở Tư pháp tiếp nhận 6.214 hồ sơ đề nghị cấp phiếu lý lịch tư pháp, trong đó 4.870 hồ sơ nộp trực tuyến.</p><p>Theo Giám đốc Sở Tư pháp Bùi Văn Khánh, thời gian giải quyết đã được rút ngắn từ 10 ngày xuống còn 5 ngày làm việc.</p></div>";
    // The logo: an h1 inside a link to the home page.
    let linked = clean_html(&format!(
        "<html><head><title>Sở Tư pháp rút ngắn thời gian cấp phiếu lý lịch tư pháp - Sở Tư pháp</title></head><body><a href=\"https://stp.example.gov.vn/\"><h1>Trang thông tin điện tử Sở Tư pháp tỉnh</h1></a>{article}</body></html>"
    ));
    assert_eq!(
        linked["title"], "Sở Tư pháp rút ngắn thời gian cấp phiếu lý lịch tư pháp",
        "{linked}"
    );
    // The site's name, as the page's title gives it beside the headline, in capitals.
    let named = clean_html(&format!(
        "<html><head><title>Rút ngắn thời gian cấp phiếu lý lịch tư pháp | Cổng thông tin điện tử tỉnh Hòa Bình</title></head><body><div class=\"banner\"><h1>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA BÌNH</h1></div>{article}</body></html>"
    ));
    assert_eq!(
        named["title"], "Rút ngắn thời gian cấp phiếu lý lịch tư pháp",
        "{named}"
    );
    // A short headline beside a longer name in the `<title>`, as `og:title` gives it, with
    // a box's heading in another h1 below; a headline with a dash of its own.
    let short = clean_html(&format!(
        "<html><head><title>Lý lịch tư pháp - Trang thông tin điện tử Sở Tư pháp tỉnh</title><meta property=\"og:title\" content=\"Lý lịch tư pháp\"></head><body><h1>Lý lịch tư pháp</h1>{article}<div class=\"box\"><h1>Nhận tin mới qua thư điện tử</h1></div></body></html>"
    ));
    assert_eq!(short["title"], "Lý lịch tư pháp", "{short}");
    let dashed = clean_html(&format!(
        "<html><head><title>Lý lịch tư pháp – hành trình lên môi trường số của Sở Tư pháp</title></head><body><h1>Lý lịch tư pháp – hành trình lên môi trường số của Sở Tư pháp</h1>{article}</body></html>"
    ));
    assert_eq!(
        dashed["title"], "Lý lịch tư pháp – hành trình lên môi trường số của Sở Tư pháp",
        "{dashed}"
    );
    for page in [&linked, &named] {
        let text = body(page);
        assert_has(&text, &["6.214 hồ sơ", "Bùi Văn Khánh"]);
        assert_lacks(&text, &["CỔNG THÔNG TIN", "Trang thông tin điện tử"]);
    }
}

#[test]
fn a_metadata_row_of_dotted_parts_or_a_bracketed_zone_gives_date_author_and_views() {
    let article = "<p>Theo đó, tỉnh đã rà soát 215 thủ tục hành chính nội bộ, đề nghị bãi bỏ 41 thủ tục và đơn giản hóa 24 thủ tục, đạt tỷ lệ cắt giảm hơn 30% so với năm trước.</p><p>Phó Chủ tịch UBND tỉnh Hoàng Gia Long đề nghị các sở, ngành tiếp tục rà soát, không để phát sinh thủ tục mới thiếu căn cứ pháp lý.</p>";
    // A row outside the article's element, its parts set apart by middle dots, with the
    // credit's label ("Đăng bởi") and a view count.
    let dotted = clean_html(&format!(
        "<html><body><div class=\"post\"><h2>Hà Giang cắt giảm 30% thủ tục hành chính nội bộ</h2><div class=\"post-info\">Đăng bởi: <b>Lò Văn Sáng</b> &middot; 02/10/2023 &middot; 1.532 lượt xem</div><div class=\"post-content\">{article}</div></div></body></html>"
    ));
    assert_eq!(dotted["date"], "2023-10-02", "{dotted}");
    assert_eq!(dotted["author"], "Lò Văn Sáng", "{dotted}");
    assert_eq!(dotted["views"], 1532, "{dotted}");
    // A dateline inside the article's element, its zone in square brackets, bullets apart.
    let bracketed = clean_html(&format!(
        "<html><body><main><h1>Hà Giang cắt giảm 30% thủ tục hành chính nội bộ</h1><div>Thứ Hai, 02/10/2023 • 08:15 [GMT+7]</div>{article}</main></body></html>"
    ));
    assert_eq!(bracketed["date"], "2023-10-02", "{bracketed}");
    for page in [&dotted, &bracketed] {
        let text = body(page);
        assert_has(&text, &["215 thủ tục", "Hoàng Gia Long"]);
        assert_lacks(&text, &["GMT", "lượt xem", "Đăng bởi", "02/10/2023"]);
    }
}

#[test]
fn preformatted_text_keeps_its_paragraphs_apart_by_blank_lines() {
    let page = clean_html(
        "<html><head><title>Thông cáo báo chí phiên họp Chính phủ thường kỳ tháng 9</title></head><body>\
         <h2>Thông cáo báo chí phiên họp Chính phủ thường kỳ tháng 9</h2><pre>\n\
         Chiều ngày 5/10, Chính phủ họp phiên thường kỳ tháng 9 dưới sự chủ trì của\n\
         Thủ tướng Chính phủ Phạm Minh Chính. Phiên họp đánh giá việc cắt giảm, đơn\n\
         giản hóa thủ tục hành chính trong 9 tháng đầu năm.\n\
         \n\
         Thủ tướng yêu cầu các bộ, ngành tiếp tục cắt giảm điều kiện kinh doanh, đẩy\n\
         mạnh dịch vụ công trực tuyến toàn trình và số hóa kết quả giải quyết hồ sơ.\n\
         </pre><div class=\"share\">Chia sẻ: <a>Facebook</a> <a>Zalo</a></div></body></html>",
    );
    let paragraphs: Vec<&str> = page["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .map(|p| p.as_str().expect("text"))
        .collect();
    assert_eq!(paragraphs.len(), 2, "{page}");
    // Each paragraph whole, its lines joined where the width cut them.
    assert!(
        paragraphs[0].contains("chủ trì của Thủ tướng Chính phủ"),
        "{page}"
    );
    assert!(paragraphs[0].ends_with("9 tháng đầu năm."), "{page}");
    assert!(paragraphs[1].starts_with("Thủ tướng yêu cầu"), "{page}");
    assert!(paragraphs[1].contains("đẩy mạnh dịch vụ công"), "{page}");
}

#[test]
fn a_scrape_s_related_documents_end_it_and_a_highland_byline_is_its_author() {
    let article = clean_scrape(
        "Trang chủ > Tin tức > Cải cách hành chính\n\
         Kon Tum triển khai thí điểm số hóa hồ sơ hộ tịch tại 10 xã\n\
         Thứ hai, 12/02/2024 - 10:15 | Tác giả: Y Huyền\n\
         Sở Tư pháp tỉnh Kon Tum vừa triển khai thí điểm số hóa sổ hộ tịch tại 10 xã thuộc huyện Đăk Hà và huyện Sa Thầy.\n\
         Dự kiến đến hết năm 2024, toàn tỉnh hoàn thành số hóa 100% dữ liệu hộ tịch từ năm 1945 đến nay.\n\
         Văn bản liên quan\n\
         Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ\n\
         Kế hoạch số 512/KH-UBND ngày 20/02/2023 của UBND tỉnh Kon Tum\n",
    );
    assert_eq!(article["author"], "Y Huyền", "{article}");
    assert_eq!(article["date"], "2024-02-12", "{article}");
    let text = body(&article);
    assert_has(&text, &["Đăk Hà", "từ năm 1945 đến nay"]);
    assert_lacks(&text, &["Văn bản liên quan", "06/QĐ-TTg", "512/KH-UBND"]);
}

#[test]
fn cards_of_other_posts_cut_short_beside_the_article_are_not_its_text() {
    let card = |n: u32, excerpt: &str| {
        format!(
            r#"<article id="post-{n}" class="post post-{n} category-{n}"><center><img src="{n}.jpg"></center><div><a href="/share/{n}">Zalo</a> <a href="/save/{n}">Lưu</a></div><p>{excerpt}…</p></article>"#
        )
    };
    let cards = [
        card(7, "Huyện vừa công bố kết quả khảo sát sự hài lòng của người dân đối với dịch vụ hành chính công năm 2023, trong đó tiêu chí tiếp cận dịch vụ đạt cao nhất với gần chín mươi phần trăm người được hỏi"),
        card(8, "Sở Tư pháp tổ chức tập huấn nghiệp vụ hộ tịch cho công chức tư pháp cấp xã, tập trung vào việc số hóa sổ hộ tịch và khai thác cơ sở dữ liệu quốc gia về dân cư trong giải quyết"),
        card(9, "Ban Chỉ đạo cải cách hành chính tỉnh kiểm tra đột xuất bộ phận một cửa tại ba huyện, phát hiện một số hồ sơ trễ hạn chưa có văn bản xin lỗi người dân theo quy định và yêu cầu"),
    ]
    .concat();
    let page = clean_html(&format!(
        r#"<html><body><article class="post"><h1>Thị xã rút ngắn thời gian cấp giấy phép xây dựng</h1><p>Từ tháng 3, thời gian cấp giấy phép xây dựng nhà ở riêng lẻ tại thị xã giảm từ 15 ngày xuống còn 7 ngày làm việc.</p><p>Chủ tịch UBND thị xã Nguyễn Văn Bình cho biết hồ sơ được tiếp nhận trực tuyến toàn trình trên Cổng dịch vụ công của tỉnh.</p></article><article class="post"><h3>Có thể bạn quan tâm</h3>{cards}</article></body></html>"#
    ));
    let text = body(&page);
    assert_has(&text, &["giảm từ 15 ngày", "Nguyễn Văn Bình"]);
    assert_lacks(
        &text,
        &[
            "khảo sát sự hài lòng",
            "tập huấn nghiệp vụ",
            "kiểm tra đột xuất",
        ],
    );
}

#[test]
fn dates_written_year_first_or_with_the_month_in_words_are_the_article_s_date() {
    for (dateline, date) in [
        ("2024/03/12 08:15", "2024-03-12"),
        ("Thứ Ba, 12 Tháng Ba, 2024", "2024-03-12"),
        ("Thứ Hai, 1 tháng Giêng năm 2024 - 07:30", "2024-01-01"),
    ] {
        let article = clean_scrape(&format!(
            "Hà Giang cắt giảm ba mươi phần trăm thủ tục hành chính nội bộ\n{dateline}\n\
             UBND tỉnh Hà Giang tổ chức hội nghị công bố danh mục thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước trên địa bàn tỉnh.\n"
        ));
        assert_eq!(article["date"], date, "{dateline}: {article}");
        assert_lacks(&body(&article), &[dateline]);
    }
}

#[test]
fn a_row_of_labelled_fields_gives_the_date_and_is_not_text() {
    let page_html = r#"<html><body><div class="qa"><h1>Thời hạn giải quyết thủ tục đăng ký khai sinh</h1>
        <div class="qa-info"><span>Người hỏi: <b>Trần Thị Mai</b></span> <span>Địa chỉ: xã Tân Lập, huyện Đồng Phú</span> <span>Ngày gửi: 02/04/2024</span></div>
        <p>Tôi sinh con vào tháng 3/2024, xin hỏi thủ tục đăng ký khai sinh cho cháu được giải quyết trong bao lâu và có thể nộp hồ sơ trực tuyến không?</p>
        <p>Theo quy định tại Luật Hộ tịch năm 2014, thủ tục đăng ký khai sinh được giải quyết ngay trong ngày tiếp nhận hồ sơ; nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.</p>
        <p>Tổng số hồ sơ: 1.200 Đúng hạn: 1.150 Trễ hạn: 50</p></div></body></html>"#;
    let page = clean_html(page_html);
    assert_eq!(page["date"], "2024-04-02", "{page}");
    let text = body(&page);
    assert_has(
        &text,
        &[
            "sinh con vào tháng 3/2024",
            "Luật Hộ tịch",
            "Đúng hạn: 1.150",
        ],
    );
    assert_lacks(&text, &["Người hỏi", "Ngày gửi"]);
    // The date in words, or with its year in two digits.
    for sent in ["2 tháng 4 năm 2024", "02/04/24"] {
        let page = clean_html(&page_html.replace("02/04/2024", sent));
        assert_eq!(page["date"], "2024-04-02", "{sent}: {page}");
        assert_lacks(&body(&page), &["Người hỏi", "Ngày gửi"]);
    }
}
