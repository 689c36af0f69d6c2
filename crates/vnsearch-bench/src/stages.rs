//! Where indexing time goes: each stage of vnsearch's pipeline timed on its own, on one
//! thread, over a `.jsonl` corpus, as milliseconds per MB of input.
//!
//! Stages, in pipeline order: `parse` (the `.jsonl` record), `decode` (bytes to normalized
//! text), `clean` (boilerplate out, metadata in), `passages` (splitting), `annotate`
//! (references and speakers), `analyze` (the tokenizer, phrase marks included, on passages
//! and titles), `tantivy` (documents built and indexed by one tantivy writer thread,
//! committed and merged, minus the analysis it runs). `clean` is the cleaner's time without
//! decoding, and `annotate` the annotation's time without splitting: each stage is counted
//! once.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use serde::Serialize;
use vnsearch::acronyms::builtin_marks;
use vnsearch::analysis::{analyze_marked, TokenBuffer};
use vnsearch::clean::{clean_bytes, decode::decode_repairing};
use vnsearch::corpus::read_inputs;
use vnsearch::index::document::{passage_document, ArticleData};
use vnsearch::index::open_or_create;
use vnsearch::passages::{annotate, split_passages};

/// One stage's time.
#[derive(Debug, Clone, Serialize)]
pub struct StageTime {
    /// The stage.
    pub stage: &'static str,
    /// Seconds on one thread.
    pub seconds: f64,
    /// Milliseconds per MB of input.
    pub ms_per_mb: f64,
}

/// The profile of one corpus.
#[derive(Debug, Clone, Serialize)]
pub struct StageProfile {
    /// Input size in MB.
    pub mb: f64,
    /// Articles indexed.
    pub articles: u64,
    /// Passages indexed.
    pub passages: u64,
    /// The stages, in pipeline order.
    pub stages: Vec<StageTime>,
}

/// Accumulates the time of named stages.
#[derive(Default)]
struct Clock {
    totals: Vec<(&'static str, f64)>,
}

impl Clock {
    fn time<T>(&mut self, stage: &'static str, f: impl FnOnce() -> T) -> (T, f64) {
        let started = Instant::now();
        let out = f();
        let seconds = started.elapsed().as_secs_f64();
        self.add(stage, seconds);
        (out, seconds)
    }

    fn add(&mut self, stage: &'static str, seconds: f64) {
        match self.totals.iter_mut().find(|(s, _)| *s == stage) {
            Some((_, t)) => *t += seconds,
            None => self.totals.push((stage, seconds)),
        }
    }
}

/// Profiles the stages on `input` (a `.jsonl` corpus), indexing into `dir`.
pub fn profile_stages(input: &Path, dir: &Path) -> Result<StageProfile> {
    let mut clock = Clock::default();
    let bytes = std::fs::metadata(input)
        .with_context(|| format!("reading {}", input.display()))?
        .len();
    let mut documents = Vec::new();
    let (mut articles, mut passages) = (0u64, 0u64);
    let vn = open_or_create(dir, true)?;
    let mut tokens = TokenBuffer::default();
    let marks = builtin_marks();
    let files = [input.to_path_buf()];
    for raw in read_inputs(&files, 64_000_000) {
        let Ok(raw) = raw else { continue };
        let (record, _) = clock.time("parse", || raw.resolve());
        let Ok(record) = record else { continue };
        let (decoded, decode_s) = clock.time("decode", || decode_repairing(&record.bytes));
        if decoded.is_err() {
            continue;
        }
        let markup = record.markup();
        let (article, clean_s) = clock.time("clean", || {
            clean_bytes(
                record.id,
                record.source,
                &record.bytes,
                markup,
                record.metadata,
            )
        });
        clock.add("clean", -decode_s.min(clean_s));
        let Ok(article) = article else { continue };
        let (_, split_s) = clock.time("passages", || split_passages(&article));
        let (annotated, annotate_s) = clock.time("annotate", || annotate(&article));
        clock.add("annotate", -split_s.min(annotate_s));
        clock.time("analyze", || {
            for p in &annotated {
                analyze_marked(&p.passage.text, &mut tokens, &marks);
            }
            if let Some(title) = &article.metadata.title {
                analyze_marked(title, &mut tokens, &marks);
            }
        });
        articles += 1;
        passages += annotated.len() as u64;
        let data = ArticleData::new(&article, 0);
        for p in &annotated {
            documents.push(passage_document(&vn.fields, &data, p));
        }
    }
    let analyze_s = clock
        .totals
        .iter()
        .find(|(s, _)| *s == "analyze")
        .map(|(_, t)| *t)
        .unwrap_or(0.0);
    clock
        .time("tantivy", || -> Result<()> {
            let mut writer = vn
                .index
                .writer_with_num_threads::<tantivy::TantivyDocument>(1, 512 * 1024 * 1024)?;
            for doc in documents {
                writer.add_document(doc)?;
            }
            writer.commit()?;
            writer.wait_merging_threads()?;
            Ok(())
        })
        .0?;
    clock.add("tantivy", -analyze_s);
    let mb = bytes as f64 / 1e6;
    Ok(StageProfile {
        mb,
        articles,
        passages,
        stages: clock
            .totals
            .into_iter()
            .map(|(stage, seconds)| StageTime {
                stage,
                seconds,
                ms_per_mb: seconds * 1e3 / mb.max(1e-9),
            })
            .collect(),
    })
}
