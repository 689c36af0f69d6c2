//! The acronyms learned from the corpus, kept beside the index in `acronyms.json`.
//!
//! Saved (atomically, merged with what is there) at every commit, so the definitions learned
//! from committed articles survive a crash with them.

use std::path::Path;

use crate::acronyms::AcronymTable;
use crate::{Error, Result};

/// File in the index directory holding the acronyms learned from the corpus.
pub const LEARNED_ACRONYMS: &str = "acronyms.json";

/// Merges `learned` into the index's stored table.
pub fn save_acronyms(dir: &Path, learned: &AcronymTable) -> Result<()> {
    let mut table = load_acronyms(dir);
    table.merge(learned);
    let path = dir.join(LEARNED_ACRONYMS);
    let tmp = dir.join(format!("{LEARNED_ACRONYMS}.tmp"));
    let json = serde_json::to_vec_pretty(&table).unwrap_or_default();
    std::fs::write(&tmp, json).map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))
}

/// The acronyms learned from the corpus indexed in `dir` (empty when none).
pub fn load_acronyms(dir: &Path) -> AcronymTable {
    std::fs::read(dir.join(LEARNED_ACRONYMS))
        .ok()
        .and_then(|raw| serde_json::from_slice(&raw).ok())
        .unwrap_or_default()
}
