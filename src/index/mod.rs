//! The index: tantivy schema, index directory management and the parallel writer.
//!
//! - [`prepare`]: the per-article pipeline (clean, learn acronyms, passages);
//! - [`writer`]: batching, committing and removing, in parallel;
//! - [`commit_policy`]: when a commit is due; [`options`]: what a run is asked and reports;
//! - [`acronym_store`]: the acronyms learned from the corpus, beside the index;
//! - [`schema`], [`document`], [`store`], [`lock`]: the index on disk.

pub mod acronym_store;
pub mod commit_policy;
pub mod document;
pub mod lock;
pub mod options;
pub mod prepare;
pub mod schema;
pub mod store;
pub mod stored;
pub mod writer;

pub use acronym_store::load_acronyms;
pub use commit_policy::CommitPolicy;
pub use options::{IndexObserver, IndexOptions, IndexReport, Silent};
pub use store::{open, open_or_create, VnIndex};
pub use writer::{commit_generation, index_inputs};
