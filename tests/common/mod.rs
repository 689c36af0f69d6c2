//! Shared helpers for the end-to-end tests: run the real binary, index into temporary
//! directories, read `--json` output.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The binary under test.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vnsearch"))
}

/// Runs the binary with `args`.
pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run vnsearch")
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary index of `corpus`, with the index command's output.
pub struct Indexed {
    pub dir: tempfile::TempDir,
    pub output: Output,
}

impl Indexed {
    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    /// `search --json` with extra args; returns the exit code and the parsed object.
    pub fn search(&self, query: &str, extra: &[&str]) -> (i32, Value) {
        search_in(&self.index(), query, extra)
    }

    /// Sources (file names) of the hits of `query`, best first.
    pub fn top_sources(&self, query: &str) -> Vec<String> {
        sources(&self.search(query, &[]).1)
    }
}

/// Indexes `corpus` into a fresh temporary directory.
pub fn index_corpus(corpus: &Path) -> Indexed {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = dir.path().join("index");
    let output = run(&[
        "index",
        "--corpus",
        corpus.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    Indexed { dir, output }
}

/// Runs `search --json` on `index`.
pub fn search_in(index: &Path, query: &str, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["search", "--index", index.to_str().unwrap(), "--json"];
    if !extra.contains(&"--limit") {
        args.extend_from_slice(&["--limit", "50"]);
    }
    args.extend_from_slice(extra);
    if !query.is_empty() {
        args.push(query);
    }
    let out = run(&args);
    let code = out.status.code().unwrap_or(-1);
    let value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (code, value)
}

/// File names of the hits, best first.
pub fn sources(results: &Value) -> Vec<String> {
    hits(results)
        .iter()
        .map(|h| {
            let s = h["article"]["source"].as_str().unwrap_or("");
            Path::new(s)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect()
}

/// The hits array.
pub fn hits(results: &Value) -> Vec<Value> {
    results["hits"].as_array().cloned().unwrap_or_default()
}

/// Copies the files of `from` into a new temporary corpus directory.
pub fn copy_corpus(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(from).expect("read corpus") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).expect("copy");
        }
    }
    dir
}
