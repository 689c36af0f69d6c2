//! Crashes, concurrent writers and hostile files: the index stays searchable, whole and free
//! of duplicates.

mod common;

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{bin, run, search_in};
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

fn generated_corpus(dir: &Path, mb: &str) -> std::path::PathBuf {
    let corpus = dir.join("crawl.jsonl");
    let out = run(&[
        "gen-corpus",
        "--mb",
        mb,
        "--out",
        corpus.to_str().unwrap(),
        "--seed",
        "3",
    ]);
    assert!(out.status.success());
    corpus
}

fn index_args<'a>(corpus: &'a Path, index: &'a Path) -> Vec<&'a str> {
    vec![
        "index",
        "--corpus",
        corpus.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
        "--commit-every",
        "150",
        "--threads",
        "2",
    ]
}

/// An indexer running in the background, its output discarded.
fn spawn_indexer(corpus: &Path, index: &Path) -> std::process::Child {
    bin()
        .args(index_args(corpus, index))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn killed_indexer_leaves_a_searchable_index_and_the_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated_corpus(dir.path(), "3");
    let reference = dir.path().join("reference");
    let timer = Instant::now();
    assert!(run(&index_args(&corpus, &reference)).status.success());
    // Kill points in proportion to an uninterrupted run, so they land mid-run on any machine.
    let full_ms = timer.elapsed().as_millis() as u64;
    let expected = stats(&reference)["articles"].as_u64().unwrap();
    assert!(expected > 500);

    let index = dir.path().join("index");
    let started = Instant::now();
    let mut killed_mid_run = 0;
    for fraction in [20u64, 35, 50, 65, 80] {
        let delay_ms = full_ms * fraction / 100;
        let mut child = spawn_indexer(&corpus, &index);
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            killed_mid_run += 1;
        }
        child.kill().unwrap(); // SIGKILL: no chance to clean up
        child.wait().unwrap();
        if !index.join("meta.json").exists() {
            continue; // killed before the first commit: nothing to check yet
        }
        let s = stats(&index);
        assert_eq!(
            s["articles"], s["distinct_articles"],
            "duplicates after a kill at {delay_ms} ms"
        );
        assert!(s["articles"].as_u64().unwrap() <= expected);
        let (code, _) = search_in(&index, "cải cách hành chính", &[]);
        assert!(
            code == 0 || code == 1,
            "index unusable after a kill at {delay_ms} ms"
        );
    }
    assert!(
        killed_mid_run >= 2,
        "only {killed_mid_run} kills landed while indexing"
    );
    let out = run(&index_args(&corpus, &index));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = stats(&index);
    assert_eq!(s["articles"].as_u64().unwrap(), expected);
    assert_eq!(s["articles"], s["distinct_articles"]);
    assert_eq!(s["passages"], stats(&reference)["passages"]);
    assert!(started.elapsed() < Duration::from_secs(90));
}

#[test]
fn a_second_writer_is_refused_with_the_holders_pid() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let corpus = common::root().join("corpus");
    let _held = vnsearch::index::lock::WriterLock::acquire(&index).unwrap();
    let out = run(&[
        "index",
        "--corpus",
        corpus.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
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
    let corpus = generated_corpus(dir.path(), "2");
    let index = dir.path().join("index");
    let mut child = spawn_indexer(&corpus, &index);
    let mut seen_commits = 0;
    while child.try_wait().unwrap().is_none() {
        if index.join("meta.json").exists() {
            let (code, _) = search_in(&index, "thủ tục", &[]);
            assert!(code == 0 || code == 1);
            seen_commits += 1;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(child.wait().unwrap().success());
    let (code, _) = search_in(&index, "thủ tục", &[]);
    assert_eq!(code, 0);
    assert!(
        seen_commits > 0,
        "no search ran while the indexer was writing"
    );
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
