//! The HTTP API and page, through a real `vnsearch serve` process.

use crate::common;

use std::time::{Duration, Instant};

use crate::common::{encode, index_corpus, root, search_in, Server};
use serde_json::Value;

fn without_timing(mut v: Value) -> Value {
    v["took_ms"] = Value::Null;
    v
}

#[test]
fn search_returns_exactly_the_cli_json() {
    let indexed = index_corpus(&root().join("corpus"));
    let server = Server::start(&indexed.index());
    for (query, extra) in [
        ("cai cach thu tuc", ""),
        ("Nghị quyết 131", "&limit=3&offset=1"),
        ("", "&by=Ng%C3%B4%20H%E1%BA%A3i%20Phan"),
    ] {
        let (status, api) = server.json(&format!("/api/search?q={}{extra}", encode(query)));
        assert_eq!(status, 200, "{query}");
        let mut args: Vec<String> = vec![];
        for pair in extra
            .trim_start_matches('&')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (k, v) = pair.split_once('=').unwrap();
            let v = if k == "by" {
                "Ngô Hải Phan".to_string()
            } else {
                v.to_string()
            };
            args.push(format!("--{k}"));
            args.push(v);
        }
        // The API always counts facets: the CLI's `--facets` object.
        args.push("--facets".to_string());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (_, cli) = search_in(
            &indexed.index(),
            query,
            &if args.contains(&"--limit") {
                args.clone()
            } else {
                [args.clone(), vec!["--limit", "10"]].concat()
            },
        );
        assert_eq!(without_timing(api), without_timing(cli), "{query} {extra}");
    }
}

#[test]
fn errors_are_json_with_fitting_statuses() {
    let indexed = index_corpus(&root().join("corpus"));
    let server = Server::start(&indexed.index());
    let long = "a".repeat(2_000);
    for (path, status) in [
        ("/api/search?q=%22c%E1%BA%A3i", 400),
        ("/api/search?q=", 400),
        ("/api/search?q=%3F%21", 400),
        ("/api/search?q=x&limit=abc", 400),
        ("/api/search?q=x&limit=100000", 400),
        ("/api/search?q=x&offset=-1", 400),
        ("/api/search?q=x&offset=99999999", 400),
        (&format!("/api/search?q={long}") as &str, 400),
        ("/api/articles/no-such-article", 404),
        ("/no/such/page", 404),
    ] {
        let (got, body) = server.json(path);
        assert_eq!(got, status, "{path}: {body}");
        assert!(
            body["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{path}: {body}"
        );
    }
}

#[test]
fn listings_articles_health_and_page() {
    let indexed = index_corpus(&root().join("corpus"));
    let server = Server::start(&indexed.index());
    let (status, refs) = server.json("/api/refs");
    assert_eq!(status, 200);
    assert!(refs
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["reference"] == "131/NQ-CP"));
    let (_, people) = server.json("/api/people");
    assert!(people
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "Ngô Hải Phan"));
    let (_, hits) = server.json("/api/search?q=Ng%C3%B4%20H%E1%BA%A3i%20Phan&limit=1");
    let id = hits["hits"][0]["article"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, article) = server.json(&format!("/api/articles/{}", encode(&id)));
    assert_eq!(status, 200);
    assert_eq!(article["id"], id);
    assert_eq!(article["date"], "2022-11-11");
    let passages = article["passages"].as_array().unwrap();
    assert!(passages.len() > 5);
    assert!(passages
        .windows(2)
        .all(|w| w[0]["index"].as_u64() < w[1]["index"].as_u64()));
    let (status, health) = server.json("/healthz");
    assert_eq!(status, 200);
    assert_eq!(health["articles"], 5);
    let (status, page) = server.get("/");
    assert_eq!(status, 200);
    assert!(
        page.contains("<html lang=\"vi\">")
            && page.contains("Tìm kiếm")
            && page.contains("/api/search")
    );
}

#[test]
fn crawled_markup_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    let record = serde_json::json!({
        "id": "xss",
        "title": "Tiêu đề <img src=x onerror=alert(1)>",
        "text": "Bài viết về thủ tục hành chính có chèn <script>alert(\"x\")</script> và <img src=x onerror=alert(2)> vào giữa nội dung để thử."
    });
    std::fs::write(corpus.join("x.jsonl"), format!("{record}\n")).unwrap();
    let index = dir.path().join("index");
    common::index_dir(&corpus, &index, &[]);
    let server = Server::start(&index);
    let (status, r) = server.json("/api/search?q=thu%20tuc");
    assert_eq!(status, 200);
    let snippet = r["hits"][0]["snippet"].as_str().unwrap();
    assert!(
        snippet.contains("&lt;script&gt;") && !snippet.contains("<script"),
        "{snippet}"
    );
    assert!(
        snippet.contains("&lt;img src=x onerror=alert(2)&gt;"),
        "{snippet}"
    );
    let (_, page) = server.get("/");
    assert!(page.contains("textContent") && page.contains("escaped by the server"));
}

#[test]
fn new_commits_are_picked_up_without_restart() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = common::copy_corpus(&root().join("corpus"));
    let index = dir.path().join("index");
    common::index_dir(corpus.path(), &index, &[]);
    let server = Server::start(&index);
    let (_, before) = server.json("/api/search?q=%22Kon%20Tum%22");
    assert_eq!(before["total"], 0);
    std::fs::write(
        corpus.path().join("new.txt"),
        "Kon Tum thí điểm xã điện tử\n\nTỉnh Kon Tum thí điểm mô hình xã điện tử tại mười xã vùng sâu, giúp người dân nộp hồ sơ và nhận kết quả thủ tục hành chính ngay tại nhà văn hóa thôn.\n",
    )
    .unwrap();
    common::index_dir(corpus.path(), &index, &[]);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, after) = server.json("/api/search?q=%22Kon%20Tum%22");
        if after["total"].as_u64().unwrap_or(0) > 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the server never saw the new commit"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
