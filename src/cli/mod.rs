//! Command-line parsing, dispatch and all printing.

mod args;
mod default_index;
mod output;
mod progress;
#[cfg(feature = "serve")]
mod serve;

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};

use args::{Args, Command};
use vnsearch::clean::{clean_bytes, Metadata};
use vnsearch::corpus::{list_files, read_inputs};
use vnsearch::index::{index_inputs, CommitPolicy, IndexOptions};
use vnsearch::passages::annotate;
use vnsearch::search::{SearchRequest, Searcher};

/// True when the error is a closed output pipe (`vnsearch search x | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Parses the arguments and runs the command.
pub fn run() -> Result<ExitCode> {
    let args = Args::parse_command_line();
    match args.command {
        Command::Index(a) => {
            let options = IndexOptions {
                threads: a.threads.unwrap_or(IndexOptions::default().threads),
                memory_mb: a.memory_mb,
                rebuild: a.rebuild,
                commit: CommitPolicy::new(a.commit_every, a.commit_mb, a.commit_secs),
                ..IndexOptions::default()
            };
            let report = run_index(&a.corpus, &a.index, &options, a.max_file_mb)?;
            output::print_index_report(&report)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Search(a) => {
            let index = default_index::resolve(a.index.index.as_deref())?;
            let searcher = Searcher::open(&index)?;
            let request = SearchRequest {
                query: query_text(&a.query)?,
                limit: a.limit,
                offset: a.offset,
                by: a.by,
                reference: a.reference,
                per_article: a.per_article,
                since: a.since,
                until: a.until,
                sort: a.sort.parse()?,
                facets: a.facets,
            };
            let results = searcher.search(&request)?;
            if a.json {
                output::print_json(&results)?;
            } else {
                output::print_results(&results)?;
            }
            Ok(if results.hits.is_empty() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Refs(a) => {
            let index = default_index::resolve(a.index.index.as_deref())?;
            let refs = Searcher::open(&index)?.refs(a.filter.as_deref())?;
            if a.json {
                output::print_json(&refs)?;
            } else {
                output::print_refs(&refs)?;
            }
            Ok(if refs.is_empty() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::People(a) => {
            let index = default_index::resolve(a.index.index.as_deref())?;
            let people = Searcher::open(&index)?.people()?;
            if a.json {
                output::print_json(&people)?;
            } else {
                output::print_people(&people)?;
            }
            Ok(if people.is_empty() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        #[cfg(feature = "serve")]
        Command::Serve(a) => serve::run(&a),
        Command::Stats(a) => {
            let index = default_index::resolve(a.index.index.as_deref())?;
            let stats = Searcher::open(&index)?.stats()?;
            if a.json {
                output::print_json(&stats)?;
            } else {
                stdout_write(|out| {
                    writeln!(
                        out,
                        "{} articles ({} distinct), {} passages, {} segments",
                        stats.articles, stats.distinct_articles, stats.passages, stats.segments
                    )
                })?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Clean(a) => {
            let source = a.file.display().to_string();
            let bytes = vnsearch::corpus::read_bytes(&a.file, u64::MAX)
                .map_err(|reason| anyhow::anyhow!("{source}: {reason}"))?;
            let markup = vnsearch::corpus::markup_of(&a.file);
            let article = clean_bytes(
                source.clone(),
                source.clone(),
                &bytes,
                markup,
                Metadata::default(),
            )
            .map_err(|reason| anyhow::anyhow!("{source}: {reason}"))?;
            let passages = annotate(&article);
            if a.json {
                output::print_json(&output::CleanedArticle::new(&article, &passages))?;
            } else {
                output::print_article(&article, &passages)?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Indexes `corpus` into `index`, printing skips and progress on stderr.
pub fn run_index(
    corpus: &std::path::Path,
    index: &std::path::Path,
    options: &IndexOptions,
    max_file_mb: u64,
) -> Result<vnsearch::index::IndexReport> {
    let (files, walk_skips) =
        list_files(corpus).with_context(|| format!("reading corpus {}", corpus.display()))?;
    let total: u64 = files
        .iter()
        .map(|f| vnsearch::corpus::content_size(f))
        .sum();
    let observer = progress::Progress::new(total);
    for skip in &walk_skips {
        vnsearch::index::IndexObserver::skipped(&observer, skip);
    }
    let scope = corpus.display().to_string();
    let inputs = read_inputs(&files, max_file_mb.saturating_mul(1_000_000));
    let mut report = index_inputs(index, inputs, Some(&scope), options, &observer)
        .with_context(|| format!("indexing {} into {}", corpus.display(), index.display()))?;
    observer.finish();
    report.skipped += walk_skips.len() as u64;
    Ok(report)
}

/// Writes to stdout, returning I/O errors (a closed pipe included) to the caller.
pub fn stdout_write(f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    f(&mut lock)?;
    lock.flush()?;
    Ok(())
}

/// The query typed, as text: UTF-8, or bytes from a terminal set to a legacy encoding
/// (Windows-1258, TCVN3, VNI...) decoded as a file in it would be.
fn query_text(words: &[std::ffi::OsString]) -> Result<String> {
    let bytes: Vec<u8> = words
        .iter()
        .map(|w| os_bytes(w))
        .collect::<Vec<_>>()
        .join(&b' ');
    match std::str::from_utf8(&bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(_) => vnsearch::clean::decode::decode(&bytes).map_err(|_| {
            anyhow::anyhow!(
                "the query's bytes are text neither in UTF-8 nor in a Vietnamese legacy encoding"
            )
        }),
    }
}

#[cfg(unix)]
fn os_bytes(word: &std::ffi::OsStr) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    word.as_bytes().to_vec()
}

#[cfg(not(unix))]
fn os_bytes(word: &std::ffi::OsStr) -> Vec<u8> {
    word.to_string_lossy().into_owned().into_bytes()
}
