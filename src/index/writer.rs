//! The parallel indexer: inputs in, committed passages out.
//!
//! Enters: a stream of [`RawInput`]s. rayon decodes, cleans, splits and analyses them in
//! parallel; tantivy's `IndexWriter` receives the documents on its own threads and memory
//! budget. Work is committed in batches, so an interrupted run keeps what it committed and
//! the next run picks up from there. Articles are identified by id and hashed: unchanged
//! ones are not re-processed, changed ones replace their old passages, and articles whose
//! source under the indexed path is gone are removed.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use rayon::prelude::*;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, TantivyDocument, Value};
use tantivy::{IndexWriter, Term};

use super::document::{passage_document, HEAD_MARKER};
use super::lock::WriterLock;
use super::store::{open_or_create, refuse_foreign, VnIndex};
use crate::analysis::acronyms::AcronymTable;
use crate::clean::clean_bytes;
use crate::corpus::{RawInput, Skip};
use crate::passages::annotate;
use crate::{Error, Result};

/// File in the index directory holding the acronyms learned from the corpus.
pub const LEARNED_ACRONYMS: &str = "acronyms.json";

/// How to run an indexing job.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Worker threads for cleaning/analysis and for tantivy's writer.
    pub threads: usize,
    /// Writer memory budget in MB (split across writer threads).
    pub memory_mb: usize,
    /// Start from an empty index.
    pub rebuild: bool,
    /// Inputs handed to the workers at a time (bytes).
    pub batch_bytes: u64,
    /// Inputs handed to the workers at a time (count).
    pub batch_inputs: usize,
    /// Commit after at least this many bytes of input.
    pub commit_bytes: u64,
    /// Commit after at least this many inputs.
    pub commit_inputs: usize,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            threads: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2),
            memory_mb: 256,
            rebuild: false,
            batch_bytes: 16 * 1024 * 1024,
            batch_inputs: 4_000,
            commit_bytes: 256 * 1024 * 1024,
            commit_inputs: 100_000,
        }
    }
}

impl IndexOptions {
    /// Commits every `n` inputs (work batches shrink to match) when `n` is given.
    pub fn commit_every(self, n: Option<usize>) -> Self {
        match n {
            Some(n) => IndexOptions {
                commit_inputs: n.max(1),
                batch_inputs: self.batch_inputs.min(n.max(1)),
                ..self
            },
            None => self,
        }
    }
}

/// What happened during an indexing run.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct IndexReport {
    /// Articles (re)indexed in this run.
    pub articles: u64,
    /// Passages written in this run.
    pub passages: u64,
    /// Inputs skipped (unreadable, binary, empty, no article text).
    pub skipped: u64,
    /// New articles.
    pub added: u64,
    /// Changed articles re-indexed.
    pub updated: u64,
    /// Articles whose source is gone.
    pub removed: u64,
    /// Articles already indexed as they are.
    pub unchanged: u64,
    /// Bytes of input read.
    pub bytes_read: u64,
    /// Wall-clock seconds.
    pub seconds: f64,
}

impl IndexReport {
    /// Input throughput in MB/s.
    pub fn mb_per_s(&self) -> f64 {
        self.bytes_read as f64 / 1e6 / self.seconds.max(1e-9)
    }
}

/// Receives progress while indexing (the CLI prints; the library never does).
pub trait IndexObserver: Sync {
    /// An input was skipped.
    fn skipped(&self, skip: &Skip);
    /// `bytes` more input were processed.
    fn progress(&self, bytes: u64);
}

/// An observer that ignores everything.
pub struct Silent;

impl IndexObserver for Silent {
    fn skipped(&self, _: &Skip) {}
    fn progress(&self, _: u64) {}
}

struct Existing {
    hash: u64,
    source: String,
}

fn existing_articles(vn: &VnIndex) -> Result<HashMap<String, Existing>> {
    let reader = vn.index.reader()?;
    let searcher = reader.searcher();
    let head = TermQuery::new(
        Term::from_field_text(vn.fields.article_head, HEAD_MARKER),
        IndexRecordOption::Basic,
    );
    let mut out = HashMap::new();
    for address in searcher.search(&head, &DocSetCollector)? {
        let doc: TantivyDocument = searcher.doc(address)?;
        let text = |f| {
            doc.get_first(f)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let hash = doc
            .get_first(vn.fields.content_hash)
            .and_then(|v| v.as_u64())
            .unwrap_or(0);
        out.insert(
            text(vn.fields.article_id),
            Existing {
                hash,
                source: text(vn.fields.source),
            },
        );
    }
    Ok(out)
}

fn input_hash(input: &RawInput) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(&input.bytes);
    h.update(&[0]);
    h.update(
        serde_json::to_string(&input.metadata)
            .unwrap_or_default()
            .as_bytes(),
    );
    h.update(input.url.as_deref().unwrap_or("").as_bytes());
    h.update(input.source.as_bytes());
    h.update(&super::schema::SCHEMA_VERSION.to_le_bytes());
    h.digest()
}

struct Run<'a> {
    vn: &'a VnIndex,
    existing: &'a HashMap<String, Existing>,
    seen: Mutex<HashSet<String>>,
    acronyms: Mutex<AcronymTable>,
    counters: [AtomicU64; 7],
    observer: &'a dyn IndexObserver,
}

const ARTICLES: usize = 0;
const PASSAGES: usize = 1;
const SKIPPED: usize = 2;
const ADDED: usize = 3;
const UPDATED: usize = 4;
const UNCHANGED: usize = 5;
const BYTES: usize = 6;

impl Run<'_> {
    fn bump(&self, which: usize, by: u64) {
        self.counters[which].fetch_add(by, Ordering::Relaxed);
    }

    fn skip(&self, skip: &Skip) {
        self.bump(SKIPPED, 1);
        self.observer.skipped(skip);
    }

    fn process(&self, writer: &IndexWriter, input: RawInput) -> Result<()> {
        let size = input.bytes.len() as u64;
        self.bump(BYTES, size);
        self.observer.progress(size);
        let input = match input.resolve() {
            Ok(input) => input,
            Err(skip) => {
                self.skip(&skip);
                return Ok(());
            }
        };
        let first_time = self
            .seen
            .lock()
            .map(|mut s| s.insert(input.id.clone()))
            .unwrap_or(true);
        if !first_time {
            return Ok(());
        }
        let hash = input_hash(&input);
        let previous = self.existing.get(&input.id);
        if previous.is_some_and(|p| p.hash == hash) {
            self.bump(UNCHANGED, 1);
            return Ok(());
        }
        let markup = input.markup();
        let mut article = match clean_bytes(
            input.id,
            input.source.clone(),
            &input.bytes,
            markup,
            input.metadata,
        ) {
            Ok(a) => a,
            Err(reason) => {
                self.skip(&Skip {
                    source: input.source,
                    reason: reason.to_string(),
                });
                return Ok(());
            }
        };
        article.url = input.url;
        // Learn outside the lock; most articles define nothing.
        let mut learned = AcronymTable::default();
        for p in &article.paragraphs {
            learned.learn(p);
        }
        if !learned.expansions.is_empty() {
            if let Ok(mut table) = self.acronyms.lock() {
                table.merge(&learned);
            }
        }
        let passages = annotate(&article);
        if previous.is_some() {
            writer.delete_term(Term::from_field_text(
                self.vn.fields.article_key,
                &article.id,
            ));
            self.bump(UPDATED, 1);
        } else {
            self.bump(ADDED, 1);
        }
        for p in &passages {
            writer.add_document(passage_document(&self.vn.fields, &article, hash, p))?;
        }
        self.bump(ARTICLES, 1);
        self.bump(PASSAGES, passages.len() as u64);
        Ok(())
    }
}

fn map_lock_error(dir: &Path, e: tantivy::TantivyError) -> Error {
    match e {
        tantivy::TantivyError::LockFailure(..) => Error::IndexLocked {
            path: dir.to_path_buf(),
            pid: None,
        },
        other => Error::Tantivy(other),
    }
}

/// Indexes `inputs` into the index at `dir`. Articles previously indexed from sources
/// starting with `scope` and not seen in this run are removed.
pub fn index_inputs<I>(
    dir: &Path,
    inputs: I,
    scope: Option<&str>,
    options: &IndexOptions,
    observer: &dyn IndexObserver,
) -> Result<IndexReport>
where
    I: Iterator<Item = std::result::Result<RawInput, Skip>> + Send,
{
    let started = Instant::now();
    let threads = options.threads.clamp(1, 64);
    refuse_foreign(dir)?;
    let _lock = WriterLock::acquire(dir)?;
    let vn = open_or_create(dir, options.rebuild)?;
    // tantivy needs at least 15 MB per writer thread.
    let writer_threads = threads.min(8).min((options.memory_mb / 15).max(1));
    let memory = (options.memory_mb.max(15 * writer_threads)) * 1024 * 1024;
    let mut writer: IndexWriter = vn
        .index
        .writer_with_num_threads(writer_threads, memory)
        .map_err(|e| map_lock_error(dir, e))?;
    let existing = existing_articles(&vn)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::Unreadable {
            path: dir.display().to_string(),
            reason: e.to_string(),
        })?;
    let run = Run {
        vn: &vn,
        existing: &existing,
        seen: Mutex::new(HashSet::new()),
        acronyms: Mutex::new(AcronymTable::default()),
        counters: Default::default(),
        observer,
    };
    let mut first_error: Option<Error> = None;
    std::thread::scope(|scope| -> Result<()> {
        // A reader thread forms the next batch while the workers process this one.
        let (batches, receiver) = std::sync::mpsc::sync_channel::<Vec<RawInput>>(1);
        let run_ref = &run;
        scope.spawn(move || {
            let mut inputs = inputs.peekable();
            while inputs.peek().is_some() {
                let mut batch = Vec::new();
                let mut bytes = 0u64;
                while batch.len() < options.batch_inputs && bytes < options.batch_bytes {
                    match inputs.next() {
                        Some(Ok(input)) => {
                            bytes += input.bytes.len() as u64;
                            batch.push(input);
                        }
                        Some(Err(skip)) => run_ref.skip(&skip),
                        None => break,
                    }
                }
                if batches.send(batch).is_err() {
                    return; // the workers stopped on an error
                }
            }
        });
        let (mut uncommitted_bytes, mut uncommitted_inputs) = (0u64, 0usize);
        for batch in receiver {
            uncommitted_inputs += batch.len();
            uncommitted_bytes += batch.iter().map(|i| i.bytes.len() as u64).sum::<u64>();
            let errors: Vec<Error> = pool.install(|| {
                batch
                    .into_par_iter()
                    .filter_map(|i| run.process(&writer, i).err())
                    .collect()
            });
            if let Some(e) = errors.into_iter().next() {
                first_error = Some(e);
                break;
            }
            // Commit in batches: an interrupted run keeps everything up to here.
            if uncommitted_bytes >= options.commit_bytes
                || uncommitted_inputs >= options.commit_inputs
            {
                writer.commit()?;
                (uncommitted_bytes, uncommitted_inputs) = (0, 0);
            }
        }
        Ok(())
    })?;
    if let Some(e) = first_error {
        writer.rollback()?;
        return Err(e);
    }
    let mut removed = 0;
    if let Some(scope) = scope {
        let seen = run.seen.lock().map(|s| s.clone()).unwrap_or_default();
        for (id, old) in &existing {
            if !seen.contains(id) && old.source.starts_with(scope) {
                writer.delete_term(Term::from_field_text(vn.fields.article_key, id));
                removed += 1;
            }
        }
    }
    save_acronyms(
        dir,
        &run.acronyms.lock().map(|t| t.clone()).unwrap_or_default(),
    )?;
    writer.commit()?;
    writer.wait_merging_threads()?;
    let c = |i: usize| run.counters[i].load(Ordering::Relaxed);
    Ok(IndexReport {
        articles: c(ARTICLES),
        passages: c(PASSAGES),
        skipped: c(SKIPPED),
        added: c(ADDED),
        updated: c(UPDATED),
        removed,
        unchanged: c(UNCHANGED),
        bytes_read: c(BYTES),
        seconds: started.elapsed().as_secs_f64(),
    })
}

fn save_acronyms(dir: &Path, learned: &AcronymTable) -> Result<()> {
    let mut table = load_acronyms(dir);
    table.merge(learned);
    let path = dir.join(LEARNED_ACRONYMS);
    let tmp = dir.join(format!("{LEARNED_ACRONYMS}.tmp"));
    let json = serde_json::to_vec_pretty(&table).unwrap_or_default();
    std::fs::write(&tmp, json).map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))
}

/// The acronyms learned from the corpus indexed in `dir` (empty when none).
pub fn load_acronyms(dir: &Path) -> AcronymTable {
    std::fs::read(dir.join(LEARNED_ACRONYMS))
        .ok()
        .and_then(|raw| serde_json::from_slice(&raw).ok())
        .unwrap_or_default()
}
