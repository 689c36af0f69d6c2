//! Acronyms (CCHC, TTHC, UBND): a built-in table and definitions learned from the corpus
//! ("thủ tục hành chính (TTHC)"), expanded in both directions at query time.

pub mod builtin;
pub mod table;

pub use table::{acronym_key, AcronymTable};

use std::sync::{Arc, LazyLock};

use crate::analysis::phrase_marks::PhraseMarks;

/// The built-in acronyms' expansions, marked in the index as whole phrases
/// ([`crate::analysis::phrase_marks`]), so an acronym's spelled-out form is one term.
pub fn builtin_marks() -> Arc<PhraseMarks> {
    static MARKS: LazyLock<Arc<PhraseMarks>> = LazyLock::new(|| {
        let table = AcronymTable::builtin();
        Arc::new(PhraseMarks::new(
            table.expansions.values().flatten().map(String::as_str),
        ))
    });
    Arc::clone(&MARKS)
}
