//! Bad queries, missing and damaged indexes: one clear line on stderr, exit code 2, no panic.

use crate::common;

use crate::common::{index_corpus, root, run, search_in};

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn missing_index_exits_2_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let out = run(&[
        "search",
        "--index",
        missing.to_str().unwrap(),
        "--json",
        "x",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.contains("no index at") && err.contains("nope"), "{err}");
    assert_eq!(err.trim().lines().count(), 1);
}

#[test]
fn bad_queries_get_a_clear_message() {
    let indexed = index_corpus(&root().join("corpus"));
    let index = indexed.index();
    let long = "cải cách ".repeat(600);
    for (query, needle) in [
        ("", "empty"),
        ("   ", "empty"),
        ("?!;,..", "no words"),
        ("\"cải cách", "unbalanced quote"),
        (long.as_str(), "limit"),
    ] {
        let out = run(&["search", "--index", index.to_str().unwrap(), "--", query]);
        assert_eq!(out.status.code(), Some(2), "{query:?}");
        let err = stderr_of(&out);
        assert!(
            err.contains(needle) && !err.contains("panicked"),
            "{query:?}: {err}"
        );
    }
    // Syntax characters of query languages are just punctuation here.
    for query in [
        "a:b",
        "(x OR y)",
        "title:[a TO b]",
        "+-!^~*",
        "\u{7}\u{1b}[1m",
        "131/NQ-CP AND",
    ] {
        let out = run(&[
            "search",
            "--index",
            index.to_str().unwrap(),
            "--json",
            "--",
            query,
        ]);
        let code = out.status.code();
        assert!(
            code == Some(0) || code == Some(1) || code == Some(2),
            "{query:?}"
        );
        assert!(!stderr_of(&out).contains("panicked"), "{query:?}");
    }
}

#[test]
fn no_hits_exits_1() {
    let indexed = index_corpus(&root().join("corpus"));
    let (code, r) = search_in(&indexed.index(), "zzzkhongtontai", &[]);
    assert_eq!(code, 1);
    assert_eq!(r["total"], 0);
}

#[test]
fn foreign_directory_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("photos");
    std::fs::create_dir(&foreign).unwrap();
    std::fs::write(foreign.join("holiday.jpg"), b"not an index").unwrap();
    let corpus = root().join("corpus");
    for extra in [&[][..], &["--rebuild"][..]] {
        let out = common::index_run(&corpus, &foreign).with(extra).output();
        assert_eq!(out.status.code(), Some(2));
        let err = stderr_of(&out);
        assert!(
            err.contains("not a vnsearch index") && err.contains("--rebuild"),
            "{err}"
        );
    }
    assert!(
        foreign.join("holiday.jpg").exists(),
        "vnsearch must not delete what it did not create"
    );
}

#[test]
fn an_index_emptied_by_hand_is_built_again() {
    // `rm -rf index/*` leaves tantivy's hidden bookkeeping behind.
    let indexed = index_corpus(&root().join("corpus"));
    let index = indexed.index();
    for entry in std::fs::read_dir(&index).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with('.') {
            if path.is_dir() {
                std::fs::remove_dir_all(&path).unwrap();
            } else {
                std::fs::remove_file(&path).unwrap();
            }
        }
    }
    assert!(index.join(".managed.json").exists());
    common::index_dir(&root().join("corpus"), &index, &[]);
    let (code, _) = search_in(&index, "Lai Châu", &[]);
    assert_eq!(code, 0);
}

#[test]
fn damaged_index_gets_one_line_and_rebuild_repairs_it() {
    let indexed = index_corpus(&root().join("corpus"));
    let index = indexed.index();
    std::fs::write(index.join("meta.json"), b"{ garbled").unwrap();
    let out = run(&["search", "--index", index.to_str().unwrap(), "Lai Châu"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("unusable") && err.contains("--rebuild"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");

    common::index_dir(&root().join("corpus"), &index, &["--rebuild"]);
    let (code, _) = search_in(&index, "Lai Châu", &[]);
    assert_eq!(code, 0);
}

#[test]
fn schema_version_mismatch_is_reported() {
    let indexed = index_corpus(&root().join("corpus"));
    let index = indexed.index();
    std::fs::write(
        index.join("vnsearch.json"),
        br#"{"schema_version": 999, "created_by": "future"}"#,
    )
    .unwrap();
    let out = run(&["search", "--index", index.to_str().unwrap(), "x"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("schema version 999") && err.contains("--rebuild"),
        "{err}"
    );
}

#[test]
fn clean_reports_the_file_and_the_problem() {
    let out = run(&[
        "clean",
        root()
            .join("tests/fixtures/inputs/binary_image.txt")
            .to_str()
            .unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("binary_image.txt") && err.contains("binary"),
        "{err}"
    );
}

#[test]
fn a_missing_corpus_is_one_line_with_the_cause_said_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-corpus");
    let index = dir.path().join("index");
    let out = common::index_run(&missing, &index).output();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("no-such-corpus"), "{err}");
    assert_eq!(err.matches("os error 2").count(), 1, "{err}");
}

#[test]
fn a_file_damaged_in_places_is_indexed_and_counted_as_repaired() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("crawl");
    std::fs::create_dir(&corpus).unwrap();
    let mut bytes = "Sở Nội vụ công bố kết quả rà soát thủ tục hành chính\n\
        Trong quý I, Sở Nội vụ đã rà soát 245 thủ tục hành chính và đề xuất đơn giản hóa 38 thủ tục, \
        giúp người dân tiết kiệm thời gian và chi phí khi làm hồ sơ tại bộ phận một cửa.\n"
        .as_bytes()
        .to_vec();
    // A stray NUL, a bell and an invalid UTF-8 byte in the middle of the text.
    bytes.insert(120, 0x00);
    bytes.insert(160, 0x07);
    bytes.insert(200, 0xFF);
    std::fs::write(corpus.join("hong.txt"), &bytes).unwrap();
    let index = dir.path().join("index");
    let stderr = common::index_dir(&corpus, &index, &[]);
    assert!(stderr.contains("indexed 1 articles"), "{stderr}");
    assert!(stderr.contains("1 repaired"), "{stderr}");
    assert!(!stderr.contains("skipped /"), "{stderr}");
    let (code, r) = common::search_in(&index, "đơn giản hóa 38 thủ tục", &[]);
    assert_eq!(code, 0, "{r}");
}
