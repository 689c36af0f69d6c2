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

/// `vnsearch index --corpus CORPUS --index INDEX [flags...]`, built up then run.
pub struct IndexRun {
    args: Vec<String>,
}

/// An `index` invocation of `corpus` into `index`.
pub fn index_run(corpus: &Path, index: &Path) -> IndexRun {
    let path = |p: &Path| p.to_str().expect("utf-8 path").to_string();
    IndexRun {
        args: vec![
            "index".into(),
            "--corpus".into(),
            path(corpus),
            "--index".into(),
            path(index),
        ],
    }
}

impl IndexRun {
    /// Adds flags.
    pub fn with(mut self, flags: &[&str]) -> Self {
        self.args.extend(flags.iter().map(|f| f.to_string()));
        self
    }

    /// The command, to spawn or to run.
    pub fn command(&self) -> Command {
        let mut command = bin();
        command.args(&self.args);
        command
    }

    /// Runs it to the end.
    pub fn output(&self) -> Output {
        self.command().output().expect("run vnsearch index")
    }

    /// Runs it, asserting success; returns stderr (the summary and skip lines).
    pub fn succeeds(&self) -> String {
        let out = self.output();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "index failed: {stderr}");
        stderr
    }
}

/// Writes a `.jsonl` crawl of at least `bytes` bytes to `path`: the shipped corpus's
/// articles over and over, each copy a record with an id of its own. Returns the records.
pub fn synthetic_crawl(path: &Path, bytes: u64) -> usize {
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(root().join("corpus"))
        .expect("corpus/")
        .map(|e| e.expect("corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("seed text"))
        })
        .collect();
    seeds.sort();
    let mut out = String::new();
    let mut records = 0;
    while (out.len() as u64) < bytes {
        for (name, text) in &seeds {
            let record = serde_json::json!({"id": format!("{name}-{records}"), "text": text});
            out.push_str(&record.to_string());
            out.push('\n');
            records += 1;
        }
    }
    std::fs::write(path, out).expect("write the crawl");
    records
}

/// Indexes `corpus` into a fresh temporary directory.
pub fn index_corpus(corpus: &Path) -> Indexed {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = index_run(corpus, &dir.path().join("index")).output();
    Indexed { dir, output }
}

/// Writes `files` (name, text) into a fresh corpus directory and indexes it, asserting
/// success; the corpus directory lives as long as the first value returned.
pub fn index_texts(files: &[(&str, &str)]) -> (tempfile::TempDir, Indexed) {
    let corpus = tempfile::tempdir().expect("tempdir");
    for (name, text) in files {
        std::fs::write(corpus.path().join(name), text).expect("write");
    }
    let indexed = index_corpus(corpus.path());
    assert!(indexed.output.status.success(), "{}", indexed.stderr());
    (corpus, indexed)
}

/// Runs `index --corpus CORPUS --index INDEX EXTRA...`, asserting success; returns stderr
/// (the summary and skip lines).
pub fn index_dir(corpus: &Path, index: &Path, extra: &[&str]) -> String {
    index_run(corpus, index).with(extra).succeeds()
}

/// Runs `search --json` on `index`.
pub fn search_in(index: &Path, query: &str, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["search", "--index", index.to_str().unwrap(), "--json"];
    if !extra.contains(&"--limit") {
        args.extend_from_slice(&["--limit", "50"]);
    }
    args.extend_from_slice(extra);
    if !query.is_empty() {
        // After `--`, a query opening with a minus (an excluded word) is no option.
        args.extend_from_slice(&["--", query]);
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

/// A `vnsearch serve` process on a free loopback port, stopped on drop.
pub struct Server {
    child: std::process::Child,
    pub url: String,
}

impl Server {
    pub fn start(index: &Path) -> Server {
        use std::io::BufRead;
        let mut child = bin()
            .args([
                "serve",
                "--index",
                index.to_str().unwrap(),
                "--addr",
                "127.0.0.1:0",
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("start server");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .expect("server banner");
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .expect("url in banner")
            .trim_end_matches('/')
            .to_string();
        Server { child, url }
    }

    /// GET `path`; returns the status and the body.
    pub fn get(&self, path: &str) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let mut response = agent
            .get(&format!("{}{}", self.url, path))
            .call()
            .expect("HTTP request");
        let status = response.status().as_u16();
        (status, response.body_mut().read_to_string().expect("body"))
    }

    /// GET `path` as JSON.
    pub fn json(&self, path: &str) -> (u16, Value) {
        let (status, body) = self.get(path);
        (status, serde_json::from_str(&body).unwrap_or(Value::Null))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Percent-encodes a query-string value.
pub fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
