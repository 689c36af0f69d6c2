//! One input to what the writer stores: the per-article pipeline.
//!
//! Enters: a [`RawInput`] and what the index already holds. Leaves: a [`Prepared`] value:
//! skipped (with the reason), a repeat of an id seen earlier in the run, unchanged since
//! the last run, or an article cleaned, split into annotated passages, with the acronyms it
//! defines. Runs on the rayon workers; touches no index state.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use crate::acronyms::AcronymTable;
use crate::clean::{clean_bytes, Article};
use crate::corpus::{RawInput, Rejection};
use crate::passages::{annotate, AnnotatedPassage};

/// What the index holds for an article id.
#[derive(Debug, Clone)]
pub struct Existing {
    /// Hash of the input it was indexed from.
    pub hash: u64,
    /// Where it came from.
    pub source: String,
}

/// An article ready for the writer.
pub struct PreparedArticle {
    /// The cleaned article.
    pub article: Article,
    /// Hash of its input.
    pub hash: u64,
    /// Whether it replaces an older version in the index.
    pub replaces: bool,
    /// Its passages, with references and speakers.
    pub passages: Vec<AnnotatedPassage>,
    /// Acronyms it defines ("thủ tục hành chính (TTHC)").
    pub learned: AcronymTable,
}

/// What became of one input.
pub enum Prepared {
    /// Not an article: the reason.
    Skipped(Rejection),
    /// An id already seen in this run.
    Repeat,
    /// Indexed before from the same input.
    Unchanged,
    /// New or changed.
    Article(Box<PreparedArticle>),
}

/// Hash of everything an input contributes, with the schema version: a changed input or a
/// new schema means re-indexing.
pub fn input_hash(input: &RawInput) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(&input.bytes);
    h.update(&[0]);
    h.update(
        serde_json::to_string(&input.metadata)
            .unwrap_or_default()
            .as_bytes(),
    );
    h.update(input.url.as_deref().unwrap_or("").as_bytes());
    h.update(input.source.as_bytes());
    h.update(&super::schema::SCHEMA_VERSION.to_le_bytes());
    h.digest()
}

/// Runs the per-article pipeline on `input`.
pub fn prepare(
    input: RawInput,
    existing: &HashMap<String, Existing>,
    seen: &Mutex<HashSet<String>>,
) -> Prepared {
    let input = match input.resolve() {
        Ok(input) => input,
        Err(skip) => return Prepared::Skipped(skip),
    };
    let first_time = seen
        .lock()
        .map(|mut s| s.insert(input.id.clone()))
        .unwrap_or(true);
    if !first_time {
        return Prepared::Repeat;
    }
    let hash = input_hash(&input);
    let previous = existing.get(&input.id);
    if previous.is_some_and(|p| p.hash == hash) {
        return Prepared::Unchanged;
    }
    let markup = input.markup();
    let mut article = match clean_bytes(
        input.id,
        input.source.clone(),
        &input.bytes,
        markup,
        input.metadata,
    ) {
        Ok(a) => a,
        Err(reason) => {
            return Prepared::Skipped(Rejection {
                source: input.source,
                reason,
            })
        }
    };
    article.url = input.url;
    let mut learned = AcronymTable::default();
    for p in &article.paragraphs {
        learned.learn(p);
    }
    let passages = annotate(&article);
    Prepared::Article(Box::new(PreparedArticle {
        article,
        hash,
        replaces: previous.is_some(),
        passages,
        learned,
    }))
}
