//! vnsearch: full-text search for Vietnamese administrative-reform news.
//!
//! The ground floor, used by every stage:
//! - [`text`]: Vietnamese text primitives: Unicode normalization, letters and tones,
//!   tone-mark canonicalization, diacritic folding, [`text::search_key`].
//!
//! The pipeline, in the order data flows:
//! - [`corpus`]: walks a corpus path and yields raw inputs (files, `.jsonl` lines);
//! - [`clean`]: bytes to an [`clean::Article`] with metadata, portal boilerplate removed
//!   (depends on [`text`] only);
//! - [`passages`]: an article to the [`passages::Passage`]s a reader takes in at a glance,
//!   annotated with what the features below read in them;
//! - [`analysis`]: the segmenter, the analyzer (exact and folded forms in one pass) and the
//!   tantivy tokenizer;
//! - [`index`]: the tantivy schema, the per-article pipeline and the parallel writer;
//! - [`search`]: query understanding, ranking and snippets; returns values, never prints;
//! - [`server`]: the JSON API and search page over the same library (cargo feature `serve`,
//!   on by default).
//!
//! The features that read meaning in the text, each with its recognizer and its tables:
//! - [`refs`]: document references (`131/NQ-CP`, `Nghị quyết 131`, `NQ 131`);
//! - [`speakers`]: officials who speak, and their titles;
//! - [`acronyms`]: acronyms and their spelled-out forms, built in and learned.
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
