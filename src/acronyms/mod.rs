//! Acronyms (CCHC, TTHC, UBND): a built-in table and definitions learned from the corpus
//! ("thủ tục hành chính (TTHC)"), expanded in both directions at query time.

pub mod builtin;
pub mod table;

pub use table::{acronym_key, AcronymTable};
