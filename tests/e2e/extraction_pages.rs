//! The shared article-extraction benchmark (`../shared/bench/article-extraction`, or the
//! folder named by `VNSEARCH_EXTRACTION_BENCH`): 181 real news pages from many sites with the
//! human-checked article body of each, and the benchmark's own metric, written in Rust.
//!
//! The metric (as the benchmark's README and `extractbench.py` define it): tokens are maximal
//! runs of word characters; a text is the multiset of its 4-token shingles (a text of 1 to 3
//! tokens is one shorter shingle). Per page, true/false positives and false negatives are the
//! multiset overlap, extra and missed shingles, normalized to sum to 1. Precision averages
//! over pages whose prediction has a shingle, recall over pages whose truth has one; F1 is
//! the harmonic mean of the two averages.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

const SHINGLE: usize = 4;

/// One page of the benchmark.
pub struct Page {
    /// The page's id (its file name without `.html.gz`).
    pub id: String,
    /// The page's HTML bytes.
    pub html: Vec<u8>,
    /// The true article body.
    pub truth: String,
}

/// Where the benchmark lies, if it is there.
pub fn location() -> Option<PathBuf> {
    let dir = std::env::var_os("VNSEARCH_EXTRACTION_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/article-extraction")
        });
    dir.join("ground-truth.json").is_file().then_some(dir)
}

/// Every page of the benchmark at `dir`, in id order.
pub fn load(dir: &std::path::Path) -> Vec<Page> {
    let truth: HashMap<String, serde_json::Value> = serde_json::from_slice(
        &std::fs::read(dir.join("ground-truth.json")).expect("read ground-truth.json"),
    )
    .expect("ground-truth.json is a JSON object");
    let mut pages: Vec<Page> = truth
        .into_iter()
        .filter_map(|(id, entry)| {
            let path = dir.join("html").join(format!("{id}.html.gz"));
            let gz = std::fs::read(path).ok()?;
            let mut html = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut html)
                .expect("benchmark pages are gzip");
            let truth = entry["articleBody"].as_str().unwrap_or("").to_string();
            Some(Page { id, html, truth })
        })
        .collect();
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    pages
}

fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut counts = HashMap::new();
    if toks.is_empty() {
        return counts;
    }
    if toks.len() < SHINGLE {
        counts.insert(toks, 1);
        return counts;
    }
    for w in toks.windows(SHINGLE) {
        *counts.entry(w.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// Normalized (tp, fp, fn) of one page.
pub fn page_counts(truth: &str, predicted: &str) -> (f64, f64, f64) {
    let (t, p) = (shingles(truth), shingles(predicted));
    let tp: usize = t
        .iter()
        .map(|(k, n)| (*n).min(p.get(k).copied().unwrap_or(0)))
        .sum();
    let total_t: usize = t.values().sum();
    let total_p: usize = p.values().sum();
    let (fp, fn_) = (total_p - tp, total_t - tp);
    let all = (tp + fp + fn_) as f64;
    if all == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / all, fp as f64 / all, fn_ as f64 / all)
}

/// Averaged precision, recall and F1 over `(truth, predicted)` pairs.
pub fn score<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (f64, f64, f64) {
    let (mut precisions, mut recalls) = (Vec::new(), Vec::new());
    for (truth, predicted) in pairs {
        let (tp, fp, fn_) = page_counts(truth, predicted);
        if tp + fp > 0.0 {
            precisions.push(tp / (tp + fp));
        }
        if tp + fn_ > 0.0 {
            recalls.push(tp / (tp + fn_));
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let (p, r) = (mean(&precisions), mean(&recalls));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1)
}
