//! The parallel indexer: inputs in, committed passages out.
//!
//! Enters: a stream of [`RawInput`]s. A reader thread forms batches; rayon runs the
//! per-article pipeline ([`super::prepare`]) on them in parallel and hands documents to
//! tantivy's `IndexWriter`, which analyses them on its own threads and memory budget. The
//! writer keeps to batching, committing ([`super::commit_policy`]) and removing: an
//! interrupted run keeps what it committed, and the next run skips it (unchanged articles are
//! recognised by their input hash), replaces changed articles' passages and removes articles
//! whose source under the indexed path is gone.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use rayon::prelude::*;
use tantivy::collector::DocSetCollector;
use tantivy::indexer::UserOperation;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, TantivyDocument};
use tantivy::{IndexWriter, Term};

use super::acronym_store::save_acronyms;
use super::commit_policy::CommitClock;
use super::document::{passage_document, ArticleData, HEAD_MARKER};
use super::lock::WriterLock;
use super::options::{IndexObserver, IndexOptions, IndexReport, RunCounters};
use super::prepare::{prepare, Existing, Prepared};
use super::store::{open_or_create, refuse_foreign, VnIndex};
use super::stored::{StoredArticle, StoredPassage};
use crate::acronyms::AcronymTable;
use crate::corpus::{RawInput, Rejection};
use crate::{Error, Result};

/// The most writer threads tantivy is given.
const MAX_WRITER_THREADS: usize = 8;
/// tantivy needs at least this many MB per writer thread.
const MIN_MB_PER_WRITER_THREAD: usize = 15;

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
        let head = StoredPassage::read(&vn.fields, &doc);
        let article = StoredArticle::read(&vn.fields, &doc);
        out.insert(
            article.id,
            Existing {
                hash: head.content_hash.unwrap_or(0),
                source: article.source,
            },
        );
    }
    Ok(out)
}

/// The commit generation an index's last commit recorded (0 for none).
pub fn commit_generation(vn: &VnIndex) -> u64 {
    vn.index
        .load_metas()
        .ok()
        .and_then(|m| m.payload)
        .and_then(|p| serde_json::from_str::<serde_json::Value>(&p).ok())
        .and_then(|v| v["commit"].as_u64())
        .unwrap_or(0)
}

struct Run<'a> {
    vn: &'a VnIndex,
    existing: &'a HashMap<String, Existing>,
    seen: Mutex<HashSet<String>>,
    acronyms: Mutex<AcronymTable>,
    counters: RunCounters,
    observer: &'a dyn IndexObserver,
}

impl Run<'_> {
    fn skip(&self, skip: &Rejection) {
        RunCounters::bump(&self.counters.skipped, 1);
        self.observer.skipped(skip);
    }

    fn process(&self, writer: &IndexWriter, input: RawInput) -> Result<()> {
        let size = input.bytes.len() as u64;
        RunCounters::bump(&self.counters.bytes, size);
        self.observer.progress(size);
        let prepared = match prepare(input, self.existing, &self.seen) {
            Prepared::Skipped(skip) => {
                self.skip(&skip);
                return Ok(());
            }
            Prepared::Repeat => return Ok(()),
            Prepared::Unchanged => {
                RunCounters::bump(&self.counters.unchanged, 1);
                return Ok(());
            }
            Prepared::Article(prepared) => prepared,
        };
        if !prepared.learned.expansions.is_empty() {
            if let Ok(mut table) = self.acronyms.lock() {
                table.merge(&prepared.learned);
            }
        }
        let article = &prepared.article;
        if prepared.replaces {
            writer.delete_term(Term::from_field_text(
                self.vn.fields.article_key,
                &article.id,
            ));
            RunCounters::bump(&self.counters.updated, 1);
        } else {
            RunCounters::bump(&self.counters.added, 1);
        }
        let data = ArticleData::new(article, prepared.hash);
        // An article's passages go to tantivy's indexing threads as one batch: one channel
        // message (and at most one wake-up) per article, not one per passage.
        let passages = prepared
            .passages
            .iter()
            .map(|p| UserOperation::Add(passage_document(&self.vn.fields, &data, p)));
        writer.run(passages.collect::<Vec<_>>())?;
        RunCounters::bump(&self.counters.articles, 1);
        if article.repaired {
            RunCounters::bump(&self.counters.repaired, 1);
        }
        RunCounters::bump(&self.counters.passages, prepared.passages.len() as u64);
        Ok(())
    }

    /// Commits what the workers wrote, with the acronyms learned so far, under the next
    /// commit generation.
    fn commit(&self, dir: &Path, writer: &mut IndexWriter, generation: &mut u64) -> Result<()> {
        save_acronyms(
            dir,
            &self.acronyms.lock().map(|t| t.clone()).unwrap_or_default(),
        )?;
        *generation += 1;
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&serde_json::json!({ "commit": *generation }).to_string());
        commit.commit()?;
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
    I: Iterator<Item = std::result::Result<RawInput, Rejection>> + Send,
{
    let started = Instant::now();
    let threads = options.threads.clamp(1, 64);
    refuse_foreign(dir)?;
    let _lock = WriterLock::acquire(dir)?;
    let vn = open_or_create(dir, options.rebuild)?;
    let writer_threads = threads
        .min(MAX_WRITER_THREADS)
        .min((options.memory_mb / MIN_MB_PER_WRITER_THREAD).max(1));
    let memory = (options
        .memory_mb
        .max(MIN_MB_PER_WRITER_THREAD * writer_threads))
        * 1024
        * 1024;
    let mut writer: IndexWriter = vn
        .index
        .writer_with_num_threads(writer_threads, memory)
        .map_err(|e| map_lock_error(dir, e))?;
    let existing = existing_articles(&vn)?;
    let mut generation = commit_generation(&vn);
    let first_generation = generation;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    let run = Run {
        vn: &vn,
        existing: &existing,
        seen: Mutex::new(HashSet::new()),
        acronyms: Mutex::new(AcronymTable::default()),
        counters: RunCounters::default(),
        observer,
    };
    let (batch_inputs, batch_bytes) = options.effective_batches();
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
                while batch.len() < batch_inputs && bytes < batch_bytes {
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
        let mut clock = CommitClock::start(options.commit);
        for batch in receiver {
            let bytes = batch.iter().map(|i| i.bytes.len() as u64).sum::<u64>();
            clock.record(batch.len(), bytes);
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
            if clock.due() {
                run.commit(dir, &mut writer, &mut generation)?;
                clock.committed();
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
    run.commit(dir, &mut writer, &mut generation)?;
    writer.wait_merging_threads()?;
    Ok(run.counters.report(
        removed,
        generation - first_generation,
        started.elapsed().as_secs_f64(),
    ))
}
