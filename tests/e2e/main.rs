//! End-to-end tests: the real binary (and the public API) on temporary corpora and indexes,
//! in one test crate so the dependencies link once. Each module is one concern; `common`
//! holds the helpers (running the binary, indexing, searching, serving).

mod common;
mod extraction_pages;

#[cfg(feature = "serve")]
mod browser;
mod clean_templates;
mod copies;
mod default_index;
mod errors;
mod extraction_benchmark;
mod fixtures_corpus;
#[cfg(feature = "serve")]
mod http_api;
#[cfg(feature = "serve")]
mod http_load;
mod incremental;
mod legacy_encodings;
mod properties;
mod query_reading;
mod refs_speakers;
mod reliability;
mod seed_corpus;
mod statement_questions;
