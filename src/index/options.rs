//! What an indexing run is asked to do, what it reports, and who hears about its progress.

use std::sync::atomic::{AtomicU64, Ordering};

use super::commit_policy::CommitPolicy;
use crate::corpus::Rejection;

/// Inputs handed to the workers at a time, at most this many bytes...
const BATCH_BYTES: u64 = 16 * 1024 * 1024;
/// ...and at most this many inputs.
const BATCH_INPUTS: usize = 4_000;
/// Writer memory budget in MB unless told otherwise.
pub const DEFAULT_MEMORY_MB: usize = 256;

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
    /// When to commit.
    pub commit: CommitPolicy,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            threads: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2),
            memory_mb: DEFAULT_MEMORY_MB,
            rebuild: false,
            batch_bytes: BATCH_BYTES,
            batch_inputs: BATCH_INPUTS,
            commit: CommitPolicy::default(),
        }
    }
}

impl IndexOptions {
    /// Work batches no larger than a commit, so commits land when the policy says.
    pub fn effective_batches(&self) -> (usize, u64) {
        (
            self.batch_inputs.min(self.commit.every_articles).max(1),
            self.batch_bytes.min(self.commit.every_bytes).max(1),
        )
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
    /// Articles read from inputs damaged in places (invalid sequences, stray control bytes).
    pub repaired: u64,
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
    /// Commits made by this run.
    pub commits: u64,
    /// Wall-clock seconds.
    pub seconds: f64,
}

impl IndexReport {
    /// Input throughput in MB/s.
    pub fn mb_per_s(&self) -> f64 {
        self.bytes_read as f64 / 1e6 / self.seconds.max(1e-9)
    }
}

/// The run's counters, bumped from the workers.
#[derive(Debug, Default)]
pub struct RunCounters {
    /// Articles (re)indexed.
    pub articles: AtomicU64,
    /// Passages written.
    pub passages: AtomicU64,
    /// Inputs skipped.
    pub skipped: AtomicU64,
    /// Articles read from damaged inputs.
    pub repaired: AtomicU64,
    /// New articles.
    pub added: AtomicU64,
    /// Changed articles.
    pub updated: AtomicU64,
    /// Articles already indexed as they are.
    pub unchanged: AtomicU64,
    /// Bytes of input read.
    pub bytes: AtomicU64,
}

impl RunCounters {
    /// Adds `by` to `counter`.
    pub fn bump(counter: &AtomicU64, by: u64) {
        counter.fetch_add(by, Ordering::Relaxed);
    }

    /// The report these counters add up to.
    pub fn report(&self, removed: u64, commits: u64, seconds: f64) -> IndexReport {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        IndexReport {
            articles: get(&self.articles),
            passages: get(&self.passages),
            skipped: get(&self.skipped),
            repaired: get(&self.repaired),
            added: get(&self.added),
            updated: get(&self.updated),
            removed,
            unchanged: get(&self.unchanged),
            bytes_read: get(&self.bytes),
            commits,
            seconds,
        }
    }
}

/// Receives progress while indexing (the CLI prints; the library never does).
pub trait IndexObserver: Sync {
    /// An input was skipped.
    fn skipped(&self, skip: &Rejection);
    /// `bytes` more input were processed.
    fn progress(&self, bytes: u64);
}

/// An observer that ignores everything.
pub struct Silent;

impl IndexObserver for Silent {
    fn skipped(&self, _: &Rejection) {}
    fn progress(&self, _: u64) {}
}
