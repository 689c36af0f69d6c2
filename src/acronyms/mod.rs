//! Acronyms (CCHC, TTHC, UBND): a built-in table and definitions learned from the corpus
//! ("thủ tục hành chính (TTHC)"), expanded in both directions at query time.

pub mod builtin;
pub mod table;

pub use table::{acronym_key, AcronymTable};

use std::collections::HashSet;
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

/// The built-in acronyms' keys ([`acronym_key`]) of letters alone ("tp", "hcm", "ubnd").
fn builtin_letter_keys() -> &'static HashSet<String> {
    static KEYS: LazyLock<HashSet<String>> = LazyLock::new(|| {
        builtin::ACRONYMS
            .iter()
            .map(|(a, _)| acronym_key(a))
            .filter(|k| k.chars().all(char::is_alphabetic))
            .collect()
    });
    &KEYS
}

/// Where the folded key of a word in capitals splits into two built-in acronyms written
/// together ("tphcm": "tp" and "hcm", "ubndtp"): the byte offset of the second, when one
/// split does.
pub fn glued_pair_split(key: &str) -> Option<usize> {
    let keys = builtin_letter_keys();
    let mut splits = key
        .char_indices()
        .skip(2)
        .map(|(i, _)| i)
        .filter(|&i| keys.contains(&key[..i]) && keys.contains(&key[i..]));
    let at = splits.next()?;
    // Two readings of one word: neither is sure.
    splits.next().is_none().then_some(at)
}
