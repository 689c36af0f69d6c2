//! Re-indexing: unchanged articles are skipped, changed ones replaced, vanished ones removed,
//! and nothing is duplicated.

use crate::common::{copy_corpus, index_dir, root, search_in};

fn total(index: &std::path::Path, query: &str) -> u64 {
    search_in(index, query, &[]).1["total"]
        .as_u64()
        .unwrap_or(0)
}

#[test]
fn reindexing_adds_updates_removes_and_never_duplicates() {
    let corpus = copy_corpus(&root().join("corpus"));
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("index");
    let first = index_dir(corpus.path(), &idx, &[]);
    assert!(first.contains("5 added"), "{first}");
    let before = total(&idx, "hành chính");

    let again = index_dir(corpus.path(), &idx, &[]);
    assert!(
        again.contains("0 added, 0 updated, 0 removed, 5 unchanged"),
        "{again}"
    );
    assert_eq!(total(&idx, "hành chính"), before, "no duplicates");

    // Change one article, remove another, add a new one.
    let changed = corpus.path().join("003_c3bb818650128224.txt");
    let mut text = std::fs::read_to_string(&changed).unwrap();
    text.push_str("\n\nĐoạn bổ sung về mô hình xã điện tử kiểu mẫu được nhiều địa phương học tập và nhân rộng trong năm tới.\n");
    std::fs::write(&changed, text).unwrap();
    std::fs::remove_file(corpus.path().join("000_a036a9bb99c329ac.txt")).unwrap();
    std::fs::write(
        corpus.path().join("new.txt"),
        "Bài mới về xã điện tử\n\nMột bài viết mới hoàn toàn về mô hình chính quyền số cấp xã, được thêm vào kho dữ liệu sau lần lập chỉ mục đầu tiên.\n",
    )
    .unwrap();
    let third = index_dir(corpus.path(), &idx, &[]);
    assert!(
        third.contains("1 added, 1 updated, 1 removed, 3 unchanged"),
        "{third}"
    );
    assert_eq!(total(&idx, "\"xã điện tử kiểu mẫu\""), 1);
    assert_eq!(total(&idx, "\"Thái Nguyên\""), 0, "removed article is gone");
    let lai_chau_passages = total(&idx, "\"Lai Châu\"");
    index_dir(corpus.path(), &idx, &[]);
    assert_eq!(
        total(&idx, "\"Lai Châu\""),
        lai_chau_passages,
        "updated article not duplicated"
    );

    let rebuilt = index_dir(corpus.path(), &idx, &["--rebuild"]);
    assert!(rebuilt.contains("5 added"), "{rebuilt}");
}

#[test]
fn the_same_article_reached_twice_is_indexed_once() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    let record = r#"{"id": "dup", "text": "Tỉnh Điện Biên triển khai thí điểm tiếp nhận hồ sơ thủ tục hành chính tại nhà cho người cao tuổi và người khuyết tật."}"#;
    std::fs::write(corpus.join("a.jsonl"), format!("{record}\n{record}\n")).unwrap();
    std::fs::write(corpus.join("b.jsonl"), format!("{record}\n")).unwrap();
    let idx = dir.path().join("index");
    let out = index_dir(&corpus, &idx, &[]);
    assert!(out.contains("indexed 1 articles"), "{out}");
    assert_eq!(total(&idx, "Điện Biên"), 1);
}

#[test]
fn an_updated_article_shows_its_new_title() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    let body = "\n\nSở Nội vụ tỉnh Yên Bái công bố danh mục thủ tục hành chính được cắt giảm trong quý này, áp dụng tại bộ phận một cửa cấp huyện.\n";
    let article = corpus.join("bai.txt");
    std::fs::write(&article, format!("Tiêu đề cũ của bài{body}")).unwrap();
    // An article that stays keeps the first segment, replaced head and all, alive.
    std::fs::write(
        corpus.join("khac.txt"),
        "Bài khác\n\nTỉnh Lào Cai đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên cổng dịch vụ công.\n",
    )
    .unwrap();
    let idx = dir.path().join("index");
    // One writer thread: both articles in one segment.
    index_dir(&corpus, &idx, &["--threads", "1"]);
    std::fs::write(&article, format!("Tiêu đề mới của bài{body}")).unwrap();
    let again = index_dir(&corpus, &idx, &[]);
    assert!(again.contains("1 updated"), "{again}");
    let (code, r) = search_in(&idx, "Yên Bái", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["total"], 1, "{r}");
    assert_eq!(
        r["hits"][0]["article"]["title"], "Tiêu đề mới của bài",
        "the live head, not the replaced one: {r}"
    );
}
