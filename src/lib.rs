//! vnsearch: full-text search for Vietnamese administrative-reform news.
//!
//! The pipeline, in the order data flows:
//! - [`corpus`]: walks a corpus path and yields raw inputs (files, `.jsonl` lines);
//! - [`clean`]: bytes to an [`clean::Article`] with metadata, portal boilerplate removed;
//! - [`passages`]: an article to the [`passages::Passage`]s a reader takes in at a glance;
//! - [`analysis`]: Vietnamese normalization and tokenization (exact, folded, bigrams),
//!   document references, speakers and acronyms;
//! - [`index`]: the tantivy schema and the parallel writer;
//! - [`search`]: query understanding, ranking and snippets; returns values, never prints;
//! - [`server`]: the JSON API and search page over the same library (cargo feature `serve`,
//!   on by default).
//!
//! The benchmark (corpus generator, peer engines) is the workspace's `vnsearch-bench` package.

pub mod acronyms;
pub mod analysis;
pub mod clean;
pub mod corpus;
pub mod error;
pub mod index;
pub mod passages;
pub mod refs;
pub mod search;
#[cfg(feature = "serve")]
pub mod server;
pub mod speakers;
pub mod text;

pub use error::{Error, Result};
