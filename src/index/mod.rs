//! The index: tantivy schema, index directory management and the parallel writer.

pub mod document;
pub mod lock;
pub mod schema;
pub mod store;
pub mod writer;

pub use store::{open, open_or_create, VnIndex};
pub use writer::{index_inputs, IndexObserver, IndexOptions, IndexReport, Silent};
