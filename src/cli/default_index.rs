//! The default index: `./index`, built from `./corpus` (or the corpus embedded in the
//! binary) when it is missing or older than the corpus.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use vnsearch::corpus::{embedded, list_files};
use vnsearch::index::store::is_vnsearch_index;
use vnsearch::index::{index_inputs, IndexOptions};

const DEFAULT_INDEX: &str = "index";
const DEFAULT_CORPUS: &str = "corpus";
/// File in the default index recording which corpus state it was built from.
const STAMP: &str = "corpus.stamp";

/// A fingerprint of the corpus files: paths, sizes and modification times.
fn corpus_stamp(corpus: &Path) -> Result<String> {
    let (files, _) = list_files(corpus)?;
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for f in files {
        let meta = std::fs::metadata(&f).with_context(|| format!("reading {}", f.display()))?;
        h.update(f.display().to_string().as_bytes());
        h.update(&meta.len().to_le_bytes());
        if let Ok(modified) = meta.modified() {
            let secs = modified
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            h.update(&secs.to_le_bytes());
        }
    }
    Ok(format!("{:016x}", h.digest()))
}

/// The index directory to use: the one given, or the default one, built when needed.
pub fn resolve(given: Option<&Path>) -> Result<PathBuf> {
    if let Some(dir) = given {
        return Ok(dir.to_path_buf());
    }
    let index = PathBuf::from(DEFAULT_INDEX);
    let corpus = Path::new(DEFAULT_CORPUS);
    // The default index is vnsearch's own: one built by an older vnsearch (another schema) or
    // left damaged is rebuilt rather than refused.
    let outdated = is_vnsearch_index(&index) && vnsearch::index::open(&index).is_err();
    let options = IndexOptions {
        rebuild: outdated,
        ..IndexOptions::default()
    };
    if outdated {
        std::fs::remove_file(index.join(STAMP)).ok();
    }
    if corpus.is_dir() {
        let stamp = corpus_stamp(corpus)?;
        let current = std::fs::read_to_string(index.join(STAMP)).unwrap_or_default();
        if !is_vnsearch_index(&index) || current.trim() != stamp {
            eprintln!("vnsearch: building {DEFAULT_INDEX}/ from {DEFAULT_CORPUS}/ ...");
            let report = super::run_index(corpus, &index, &options, 64)?;
            super::output::print_index_report(&report)?;
            std::fs::write(index.join(STAMP), &stamp)
                .with_context(|| format!("writing {DEFAULT_INDEX}/{STAMP}"))?;
        }
    } else if outdated || !is_vnsearch_index(&index) {
        eprintln!("vnsearch: building {DEFAULT_INDEX}/ from the embedded corpus ...");
        let inputs = embedded::inputs().map(Ok);
        let report = index_inputs(&index, inputs, None, &options, &vnsearch::index::Silent)?;
        super::output::print_index_report(&report)?;
    }
    Ok(index)
}
