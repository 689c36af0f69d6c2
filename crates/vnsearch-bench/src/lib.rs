//! Benchmarks: a deterministic corpus generator, the engines compared (vnsearch, bare
//! tantivy, SQLite FTS5), the query mix and the measurements. The CLI runs each engine in its
//! own process so that peak memory is measured per engine.
//!
//! `cargo run --release -p vnsearch-bench -- --mb 200` runs it; the product binary carries
//! none of it.

pub mod engines;
pub mod generate;
pub mod measure;
pub mod queries;
pub mod stages;

pub use engines::{run_engine, Engine, EngineReport};
pub use generate::generate;
pub use measure::Machine;
pub use queries::query_mix;
pub use stages::{profile_stages, StageProfile};
