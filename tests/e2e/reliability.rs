//! Crashes, concurrent writers and hostile files: the index stays searchable, whole and free
//! of duplicates.

use crate::common;

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use crate::common::{run, search_in};
use serde_json::Value;

fn stats(index: &Path) -> Value {
    let out = run(&["stats", "--index", index.to_str().unwrap(), "--json"]);
    assert!(
        out.status.success(),
        "stats: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A crawl of about `mb` MB: the shipped articles again and again, each copy a record of
/// its own.
fn generated_corpus(dir: &Path, mb: u64) -> std::path::PathBuf {
    let corpus = dir.join("crawl.jsonl");
    common::synthetic_crawl(&corpus, mb * 1_000_000);
    corpus
}

/// Indexing with small commits, so a run makes many.
fn indexing(corpus: &Path, index: &Path) -> common::IndexRun {
    common::index_run(corpus, index).with(&["--commit-every", "150", "--threads", "2"])
}

/// An indexer running in the background, its output discarded.
fn spawn_indexer(corpus: &Path, index: &Path) -> std::process::Child {
    indexing(corpus, index)
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// The commit generation the index's last commit recorded (0 before the first commit).
fn commit_generation(index: &Path) -> u64 {
    std::fs::read_to_string(index.join("meta.json"))
        .ok()
        .and_then(|meta| serde_json::from_str::<Value>(&meta).ok())
        .and_then(|meta| meta["payload"].as_str().map(str::to_string))
        .and_then(|payload| serde_json::from_str::<Value>(&payload).ok())
        .and_then(|payload| payload["commit"].as_u64())
        .unwrap_or(0)
}

/// Polls until the running indexer has made `commits` commits; false if it ended first.
fn await_commits(child: &mut std::process::Child, index: &Path, commits: u64) -> bool {
    loop {
        if commit_generation(index) >= commits {
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return commit_generation(index) >= commits;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The `N unchanged` count of an index run's summary line.
fn unchanged_count(stderr: &str) -> u64 {
    let summary = stderr
        .lines()
        .find(|l| l.starts_with("indexed "))
        .unwrap_or_else(|| panic!("no summary in {stderr}"));
    let before = &summary[..summary.find(" unchanged").expect("unchanged count")];
    before
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a number before 'unchanged'")
}

#[test]
fn indexer_killed_after_two_commits_keeps_them_and_the_rerun_skips_them() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated_corpus(dir.path(), 3);
    let reference = dir.path().join("reference");
    indexing(&corpus, &reference).succeeds();
    let expected = stats(&reference);
    assert!(expected["articles"].as_u64().unwrap() > 500);

    let index = dir.path().join("index");
    let mut child = spawn_indexer(&corpus, &index);
    let reached = await_commits(&mut child, &index, 2);
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();
    assert!(
        reached,
        "the indexer ended before its second commit: --commit-every is not honoured"
    );
    // What the commits hold is searchable, each article once.
    let s = stats(&index);
    let committed = s["articles"].as_u64().unwrap();
    assert!(committed > 0, "nothing survived two commits: {s}");
    assert!(committed < expected["articles"].as_u64().unwrap());
    assert_eq!(s["articles"], s["distinct_articles"], "duplicates: {s}");
    let (code, r) = search_in(&index, "thủ tục hành chính", &[]);
    assert_eq!(code, 0, "index unusable after the kill: {r}");

    // The next run skips what was committed and ends where an uninterrupted run ends.
    let out = indexing(&corpus, &index).output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(unchanged_count(&stderr), committed, "{stderr}");
    let s = stats(&index);
    assert_eq!(s["articles"], expected["articles"]);
    assert_eq!(s["articles"], s["distinct_articles"]);
    assert_eq!(s["passages"], expected["passages"]);
}

#[test]
fn a_second_writer_is_refused_with_the_holders_pid() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let corpus = common::root().join("corpus");
    let _held = vnsearch::index::lock::WriterLock::acquire(&index).unwrap();
    let out = common::index_run(&corpus, &index).output();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("is being written by another vnsearch process"),
        "{err}"
    );
    assert!(
        err.contains(&format!("pid {}", std::process::id())),
        "{err}"
    );
}

#[test]
fn searching_while_indexing_sees_the_last_commit() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated_corpus(dir.path(), 2);
    let index = dir.path().join("index");
    let mut child = spawn_indexer(&corpus, &index);
    // Search once a commit is there and the indexer is still writing.
    let reached = await_commits(&mut child, &index, 1);
    let still_writing = child.try_wait().unwrap().is_none();
    let (code, r) = search_in(&index, "thủ tục", &[]);
    assert!(child.wait().unwrap().success());
    assert!(reached, "the indexer made no commit");
    assert!(
        still_writing,
        "the indexer ended before a search could run beside it"
    );
    assert_eq!(code, 0, "the first commit is not searchable: {r}");
    let (code, _) = search_in(&index, "thủ tục", &[]);
    assert_eq!(code, 0);
}

#[test]
fn hostile_files_are_skipped_with_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("crawl");
    std::fs::create_dir(&corpus).unwrap();
    // A page over the size limit, deeply nested and unclosed HTML, a symlink loop.
    let big = format!(
        "<html><body><p>{}</p></body></html>",
        "cải cách hành chính ".repeat(120_000)
    );
    std::fs::write(corpus.join("huge.html"), big).unwrap();
    let nested = format!(
        "<html><body>{}<p>Trang lồng nhau sâu vẫn giữ được đoạn văn về cải cách thủ tục hành chính ở cấp xã, phường và thị trấn trên cả nước.</p></body></html>",
        "<div><span>".repeat(20_000)
    );
    std::fs::write(corpus.join("nested.html"), nested).unwrap();
    std::fs::write(corpus.join("unclosed.htm"), "<html><body><h1>Tiêu đề chưa đóng<p>Đoạn văn chưa đóng thẻ nói về dịch vụ công trực tuyến toàn trình cho người dân và doanh nghiệp ở địa phương<div><p>").unwrap();
    std::os::unix::fs::symlink(&corpus, corpus.join("loop")).unwrap();
    let index = dir.path().join("index");
    let err = common::index_dir(&corpus, &index, &["--max-file-mb", "1"]);
    assert!(
        err.lines()
            .any(|l| l.contains("huge.html") && l.contains("limit")),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.contains("loop") && l.contains("symlink loop")),
        "{err}"
    );
    let (code, r) = search_in(&index, "\"Trang lồng nhau sâu\"", &[]);
    assert_eq!(code, 0, "{r}");
    let (code, _) = search_in(&index, "dịch vụ công trực tuyến toàn trình", &[]);
    assert_eq!(code, 0);
}

#[test]
fn a_page_nested_a_hundred_thousand_times_deep_does_not_stall_indexing() {
    // The HTML tree builder's cost grows with the square of the nesting: read as it is, a
    // page of 400,000 unclosed levels (4 MB) takes minutes of one core. This guards against
    // a stall, with a bound far above the second it takes: no speed is measured here.
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("crawl");
    std::fs::create_dir(&corpus).unwrap();
    let levels = 400_000;
    let page = format!(
        "<html><head><title>Trang lồng sâu</title></head><body>{}<p>Đoạn văn về cải cách thủ tục hành chính ở cấp xã nằm dưới bốn trăm nghìn tầng thẻ lồng nhau.</p>{}</body></html>",
        "<div>".repeat(levels),
        "</div>".repeat(levels)
    );
    std::fs::write(corpus.join("deep.html"), page).unwrap();
    let index = dir.path().join("index");
    let mut child = common::index_run(&corpus, &index)
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("indexing a deeply nested page stalled for two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success());
    let (code, r) = search_in(&index, "\"bốn trăm nghìn tầng\"", &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["total"], 1, "{r}");
    assert_eq!(r["hits"][0]["article"]["title"], "Trang lồng sâu", "{r}");
}

#[test]
fn gzipped_pages_and_records_are_read_and_a_broken_or_oversized_one_is_skipped_by_name() {
    // Crawls are stored gzipped: `.html.gz`, `.txt.gz`, `.jsonl.gz` (of several gzip
    // members, as appended batches write them) read as their content; a `.gz` that is no
    // gzip, or that decompresses past the size limit, is one line naming the file and why.
    use flate2::{write::GzEncoder, Compression};
    use std::io::Write;
    let gzip = |text: &str| {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(text.as_bytes()).unwrap();
        encoder.finish().unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("crawl");
    std::fs::create_dir(&corpus).unwrap();
    let page = "<html><body><article><h1>Huyện công bố thủ tục mới</h1><p>UBND huyện công bố 25 thủ tục hành chính mới theo Nghị quyết 131/NQ-CP, người dân nộp hồ sơ trực tuyến.</p></article></body></html>";
    std::fs::write(corpus.join("trang.HTML.gz"), gzip(page)).unwrap();
    std::fs::write(
        corpus.join("tin.txt.gz"),
        gzip("Tỉnh số hóa hồ sơ\nTỉnh số hóa toàn bộ hồ sơ hộ tịch lưu trữ từ năm 1975 đến nay.\n"),
    )
    .unwrap();
    let mut records = gzip("{\"id\":\"r1\",\"title\":\"Bản tin một\",\"text\":\"Xã Tân Lập rút ngắn thời gian cấp giấy khai sinh còn một ngày.\"}\n");
    records.extend(gzip("{\"id\":\"r2\",\"title\":\"Bản tin hai\",\"text\":\"Phường Bến Nghé đón người dân nộp hồ sơ đất đai qua mạng.\"}\n"));
    std::fs::write(corpus.join("ban-tin.jsonl.gz"), records).unwrap();
    std::fs::write(corpus.join("hong.html.gz"), "không phải gzip").unwrap();
    let bomb = format!(
        "<html><body><p>{}</p></body></html>",
        "cải cách hành chính ".repeat(100_000)
    );
    std::fs::write(corpus.join("bom.html.gz"), gzip(&bomb)).unwrap();
    assert!(std::fs::metadata(corpus.join("bom.html.gz")).unwrap().len() < 1_000_000);
    let index = dir.path().join("index");
    let err = common::index_dir(&corpus, &index, &["--max-file-mb", "1"]);
    assert!(
        err.lines()
            .any(|l| l.contains("hong.html.gz") && l.contains("gzip")),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.contains("bom.html.gz") && l.contains("limit")),
        "{err}"
    );
    for (query, file) in [
        ("Nghị quyết 131", "trang.HTML.gz"),
        ("hồ sơ hộ tịch lưu trữ", "tin.txt.gz"),
        ("giấy khai sinh", "ban-tin.jsonl.gz#1"),
        ("hồ sơ đất đai qua mạng", "ban-tin.jsonl.gz#2"),
    ] {
        let (code, r) = search_in(&index, query, &[]);
        assert_eq!(code, 0, "{query}: {r}");
        let source = r["hits"][0]["article"]["source"].as_str().unwrap_or("");
        assert!(source.ends_with(file), "{query}: {r}");
    }
    // `clean` reads a gzipped page as the page.
    let out = common::run(&[
        "clean",
        "--json",
        corpus.join("trang.HTML.gz").to_str().unwrap(),
    ]);
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(a["title"], "Huyện công bố thủ tục mới", "{a}");
}
