//! The engines a benchmark compares, each indexing the same `.jsonl` input and answering the
//! same query mix: vnsearch (the whole pipeline), bare tantivy (default tokenizer on the raw
//! text) and SQLite FTS5 (`unicode61 remove_diacritics 2`).

use std::io::BufRead;
use std::path::Path;
use std::time::Instant;

use serde::{Deserialize, Serialize};
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{Schema, TantivyDocument, STORED, STRING, TEXT};
use tantivy::snippet::SnippetGenerator;
use tantivy::Index;

use super::measure::{dir_size, peak_rss_bytes, percentile};
use anyhow::{anyhow, Context, Result};
use vnsearch::corpus::read_inputs;
use vnsearch::index::{index_inputs, IndexOptions, Silent};
use vnsearch::search::{SearchRequest, Searcher};

/// The engines compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Engine {
    /// vnsearch: cleaning, Vietnamese analysis, references, speakers.
    Vnsearch,
    /// tantivy with its default tokenizer on the raw record text.
    BareTantivy,
    /// SQLite FTS5 with `unicode61 remove_diacritics 2`.
    Sqlite,
}

/// What one engine did on one input.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EngineReport {
    /// Which engine.
    pub engine: Engine,
    /// Threads given to indexing.
    pub threads: usize,
    /// Articles indexed.
    pub articles: u64,
    /// Input bytes.
    pub input_bytes: u64,
    /// Indexing wall-clock seconds (commit included).
    pub index_seconds: f64,
    /// Input MB per second.
    pub mb_per_s: f64,
    /// Articles per second.
    pub articles_per_s: f64,
    /// Index size on disk.
    pub index_bytes: u64,
    /// Peak resident memory of the process (`VmHWM`), when the platform tells.
    pub peak_rss_bytes: Option<u64>,
    /// Median query latency, snippets included, in ms.
    pub query_p50_ms: f64,
    /// 99th percentile query latency, in ms.
    pub query_p99_ms: f64,
    /// Queries timed.
    pub queries_timed: usize,
}

/// One engine's assignment: the input, where to write, and the resources it gets.
#[derive(Clone, Copy)]
struct Job<'a> {
    input: &'a Path,
    dir: &'a Path,
    threads: usize,
    memory_mb: usize,
    queries: &'a [String],
    started: Instant,
}

/// Rounds of the query mix: one to warm caches, the rest timed.
const QUERY_ROUNDS: usize = 6;

fn time_queries(queries: &[String], mut run: impl FnMut(&str) -> Result<()>) -> Result<Vec<f64>> {
    let mut timings = Vec::new();
    for round in 0..QUERY_ROUNDS {
        for q in queries {
            let started = Instant::now();
            run(q)?;
            if round > 0 {
                timings.push(started.elapsed().as_secs_f64() * 1e3);
            }
        }
    }
    Ok(timings)
}

/// Runs `engine` on `input`, writing its index under `dir`.
pub fn run_engine(
    engine: Engine,
    input: &Path,
    dir: &Path,
    threads: usize,
    memory_mb: usize,
    queries: &[String],
) -> Result<EngineReport> {
    let input_bytes = std::fs::metadata(input)
        .with_context(|| format!("reading {}", input.display()))?
        .len();
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let job = Job {
        input,
        dir,
        threads,
        memory_mb,
        queries,
        started: Instant::now(),
    };
    let (articles, timings) = match engine {
        Engine::Vnsearch => vnsearch(&job)?,
        Engine::BareTantivy => bare_tantivy(&job)?,
        Engine::Sqlite => sqlite(&job)?,
    };
    let (articles, index_seconds) = articles;
    Ok(EngineReport {
        engine,
        threads,
        articles,
        input_bytes,
        index_seconds,
        mb_per_s: input_bytes as f64 / 1e6 / index_seconds.max(1e-9),
        articles_per_s: articles as f64 / index_seconds.max(1e-9),
        index_bytes: dir_size(dir),
        peak_rss_bytes: peak_rss_bytes(),
        query_p50_ms: percentile(&timings, 50.0),
        query_p99_ms: percentile(&timings, 99.0),
        queries_timed: timings.len(),
    })
}

type Indexed = ((u64, f64), Vec<f64>);

fn vnsearch(job: &Job) -> Result<Indexed> {
    let files = [job.input.to_path_buf()];
    let options = IndexOptions {
        threads: job.threads,
        memory_mb: job.memory_mb,
        rebuild: true,
        ..IndexOptions::default()
    };
    let report = index_inputs(
        job.dir,
        read_inputs(&files, 64_000_000),
        None,
        &options,
        &Silent,
    )?;
    let seconds = job.started.elapsed().as_secs_f64();
    let searcher = Searcher::open(job.dir)?;
    let timings = time_queries(job.queries, |q| {
        let request = SearchRequest {
            query: q.to_string(),
            limit: 10,
            ..SearchRequest::default()
        };
        searcher.search(&request).map(|_| ()).map_err(Into::into)
    })?;
    Ok(((report.articles, seconds), timings))
}

/// The text of a `.jsonl` record as a bare indexer would take it.
fn record_text(line: &str) -> Option<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let id = v["id"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| v["id"].to_string());
    let text = v["text"]
        .as_str()
        .or_else(|| v["html"].as_str())?
        .to_string();
    Some((id, text))
}

fn jsonl_lines(input: &Path) -> Result<impl Iterator<Item = String>> {
    let file =
        std::fs::File::open(input).with_context(|| format!("reading {}", input.display()))?;
    Ok(std::io::BufReader::new(file).lines().map_while(|l| l.ok()))
}

fn bare_tantivy(job: &Job) -> Result<Indexed> {
    let mut builder = Schema::builder();
    let id = builder.add_text_field("id", STRING | STORED);
    let body = builder.add_text_field("body", TEXT | STORED);
    let index = Index::create_in_dir(job.dir, builder.build())?;
    let writer_threads = job.threads.clamp(1, 8);
    let mut writer = index.writer_with_num_threads(
        writer_threads,
        (job.memory_mb.max(15 * writer_threads)) * 1024 * 1024,
    )?;
    let mut articles = 0u64;
    for line in jsonl_lines(job.input)? {
        if let Some((doc_id, text)) = record_text(&line) {
            let mut doc = TantivyDocument::default();
            doc.add_text(id, doc_id);
            doc.add_text(body, text);
            writer.add_document(doc)?;
            articles += 1;
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    let seconds = job.started.elapsed().as_secs_f64();
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let parser = QueryParser::for_index(&index, vec![body]);
    let timings = time_queries(job.queries, |q| {
        let (query, _) = parser.parse_query_lenient(q);
        let top = searcher.search(&query, &TopDocs::with_limit(10).order_by_score())?;
        let snippets = SnippetGenerator::create(&searcher, &*query, body)?;
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let _ = snippets.snippet_from_doc(&doc).to_html();
        }
        Ok(())
    })?;
    Ok(((articles, seconds), timings))
}

/// An FTS5 MATCH expression for a free-text query: each word quoted, all required.
fn fts5_expression(query: &str) -> String {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

fn sqlite(job: &Job) -> Result<Indexed> {
    let Job {
        input,
        dir,
        queries,
        started,
        ..
    } = *job;
    let fail = |e: rusqlite::Error| anyhow!("sqlite: {e}");
    let conn = rusqlite::Connection::open(dir.join("fts5.sqlite")).map_err(fail)?;
    conn.execute_batch(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
         CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, body, tokenize='unicode61 remove_diacritics 2');",
    )
    .map_err(fail)?;
    let mut articles = 0u64;
    conn.execute_batch("BEGIN").map_err(fail)?;
    {
        let mut insert = conn
            .prepare("INSERT INTO docs(id, body) VALUES (?1, ?2)")
            .map_err(fail)?;
        for line in jsonl_lines(input)? {
            if let Some((doc_id, text)) = record_text(&line) {
                insert
                    .execute(rusqlite::params![doc_id, text])
                    .map_err(fail)?;
                articles += 1;
            }
        }
    }
    conn.execute_batch("COMMIT").map_err(fail)?;
    let seconds = started.elapsed().as_secs_f64();
    let mut select = conn
        .prepare("SELECT id, snippet(docs, 1, '<b>', '</b>', '…', 24) FROM docs WHERE docs MATCH ?1 ORDER BY rank LIMIT 10")
        .map_err(fail)?;
    let timings = time_queries(queries, |q| {
        let expression = fts5_expression(q);
        if expression.is_empty() {
            return Ok(());
        }
        let rows = select
            .query_map([expression], |row| row.get::<_, String>(1))
            .map_err(fail)?;
        for row in rows {
            row.map_err(fail)?;
        }
        Ok(())
    })?;
    Ok(((articles, seconds), timings))
}
