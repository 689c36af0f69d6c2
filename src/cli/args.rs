//! The flags, exactly as the user types them.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args as ClapArgs, Parser, Subcommand};
use vnsearch::index::CommitPolicy;
use vnsearch::search::DEFAULT_PER_ARTICLE;

/// Full-text search for Vietnamese administrative-reform news.
#[derive(Parser, Debug)]
#[command(name = "vnsearch", version, about)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

impl Args {
    /// Parses the command line, reading a search's word or phrase after a minus ("-đất",
    /// "-TTHC", `-"một cửa"`) as the query's, not as an unknown flag ([`with_exclusions_last`]).
    pub fn parse_command_line() -> Self {
        Self::parse_from(with_exclusions_last(std::env::args_os().collect()))
    }
}

/// `argv` with a search's excluded words and phrases (an argument opening with one minus,
/// "-h" aside) moved after `--`, where clap reads them as words of the query: typed before
/// it, clap would refuse them as unknown flags. Exclusion does not depend on where a word
/// stands, so the query means the same. Other commands, and what already follows `--`, are
/// left as they are.
pub fn with_exclusions_last(argv: Vec<OsString>) -> Vec<OsString> {
    if argv.get(1).is_none_or(|c| c != "search") {
        return argv;
    }
    let excluded = |a: &OsString| {
        let bytes = a.as_encoded_bytes();
        bytes.len() > 1 && bytes[0] == b'-' && bytes[1] != b'-' && a != "-h"
    };
    let end = argv.iter().position(|a| a == "--").unwrap_or(argv.len());
    let mut kept = Vec::with_capacity(argv.len() + 1);
    let mut moved = Vec::new();
    let mut rest = argv.into_iter();
    for (i, a) in rest.by_ref().take(end).enumerate() {
        if i > 1 && excluded(&a) {
            moved.push(a);
        } else {
            kept.push(a);
        }
    }
    if moved.is_empty() {
        kept.extend(rest);
        return kept;
    }
    kept.push("--".into());
    kept.extend(rest.skip(1));
    kept.extend(moved);
    kept
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Index a corpus (directory of .txt/.html/.htm/.jsonl files, or one file).
    Index(IndexArgs),
    /// Search the index and print ranked passages.
    Search(SearchArgs),
    /// List the documents cited in the index, most cited first.
    Refs(RefsArgs),
    /// List the officials who speak in the index, with their statement counts.
    People(PeopleArgs),
    /// Serve the JSON API and the search page over HTTP.
    #[cfg(feature = "serve")]
    Serve(ServeArgs),
    /// Print counts of articles, passages and segments in the index.
    Stats(PeopleArgs),
    /// Print the cleaned article and metadata that indexing would store for FILE.
    Clean(CleanArgs),
}

#[derive(ClapArgs, Debug)]
pub struct IndexArgs {
    /// Corpus directory (walked recursively) or single file.
    #[arg(long)]
    pub corpus: PathBuf,
    /// Index directory (created if missing).
    #[arg(long, default_value = "index")]
    pub index: PathBuf,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Memory budget of the index writer, in MB.
    #[arg(long, default_value_t = 256)]
    pub memory_mb: usize,
    /// Files (and .jsonl lines) larger than this many MB are skipped.
    #[arg(long, default_value_t = 64)]
    pub max_file_mb: u64,
    /// Empty the index first and index everything again.
    #[arg(long)]
    pub rebuild: bool,
    /// Commit after this many input articles (or after --commit-mb or --commit-secs,
    /// whichever comes first): a crash loses at most the work since the last commit.
    #[arg(long, value_name = "N", default_value_t = CommitPolicy::DEFAULT_ARTICLES)]
    pub commit_every: usize,
    /// Commit after this many MB of input.
    #[arg(long, value_name = "MB", default_value_t = CommitPolicy::DEFAULT_MB)]
    pub commit_mb: u64,
    /// Commit after this many seconds since the last commit.
    #[arg(long, value_name = "SECONDS", default_value_t = CommitPolicy::DEFAULT_SECONDS)]
    pub commit_secs: u64,
}

#[derive(ClapArgs, Debug)]
pub struct IndexLocation {
    /// Index directory (default: ./index, built from ./corpus when missing or stale).
    #[arg(long)]
    pub index: Option<PathBuf>,
}

#[derive(ClapArgs, Debug)]
pub struct SearchArgs {
    #[command(flatten)]
    pub index: IndexLocation,
    /// How many passages to show.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// How many ranked passages to skip (paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Only statements by this official (any case, with or without diacritics).
    #[arg(long)]
    pub by: Option<String>,
    /// Only passages citing this document (e.g. 131/NQ-CP, "Nghị quyết 131").
    #[arg(long = "ref")]
    pub reference: Option<String>,
    /// At most this many passages per article in the ranked list (0: every passage).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_PER_ARTICLE)]
    pub per_article: usize,
    /// Only articles published on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only articles published on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Order: best match first, or newest first (articles without a date last).
    #[arg(long, default_value = "relevance", value_parser = ["relevance", "date"])]
    pub sort: String,
    /// Also count the matching articles by year, official and document cited.
    #[arg(long)]
    pub facets: bool,
    /// Words and "quoted phrases"; a word or phrase after a minus is excluded ("-đất",
    /// anywhere on the line).
    pub query: Vec<std::ffi::OsString>,
}

#[derive(ClapArgs, Debug)]
pub struct RefsArgs {
    #[command(flatten)]
    pub index: IndexLocation,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// Keep references containing this text.
    pub filter: Option<String>,
}

#[derive(ClapArgs, Debug)]
pub struct PeopleArgs {
    #[command(flatten)]
    pub index: IndexLocation,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(ClapArgs, Debug)]
pub struct CleanArgs {
    /// The page or text file to clean.
    pub file: PathBuf,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(ClapArgs, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    pub index: IndexLocation,
    /// Address to listen on (loopback unless another address is given; port 0 picks one).
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub addr: std::net::SocketAddr,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn a_search_s_excluded_words_are_read_after_the_flags() {
        let moved = |words: &[&str]| with_exclusions_last(argv(words));
        assert_eq!(
            moved(&["vnsearch", "search", "cải", "-đất", "--json", "cách"]),
            argv(&["vnsearch", "search", "cải", "--json", "cách", "--", "-đất"])
        );
        assert_eq!(
            moved(&["vnsearch", "search", "-TTHC cải cách", "--limit", "5"]),
            argv(&["vnsearch", "search", "--limit", "5", "--", "-TTHC cải cách"])
        );
        // After `--`, and every other command, as typed; "-h" is help.
        for words in [
            &["vnsearch", "search", "--", "-đất"][..],
            &["vnsearch", "search", "-h"],
            &["vnsearch", "clean", "-x"],
            &["vnsearch", "search", "cải cách"],
        ] {
            assert_eq!(moved(words), argv(words));
        }
        assert_eq!(
            moved(&["vnsearch", "search", "-a", "b", "--", "c"]),
            argv(&["vnsearch", "search", "b", "--", "c", "-a"])
        );
    }
}
