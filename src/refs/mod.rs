//! Document references: "Nghị quyết số 131/NQ-CP", "NQ 131", "653/2019/UBTVQH14", found in
//! any written form and reduced to keys the index and the query share.

pub mod recognizer;
mod resolve;

pub use recognizer::{
    find_query_refs, find_refs, is_type_code, ref_keys, with_spaced_numbers_joined, DocumentRef,
};
pub use resolve::resolve_partial_citations;
