//! The article's title weighing on all its passages, without repeating the title in them.
//!
//! The title is indexed and stored once, on the article's head passage
//! ([`crate::index::document`]); every passage carries the 64-bit signature of its article's
//! title words in the `title_words` fast field ([`crate::analysis::signature`]). A candidate
//! passage's score is raised by the share of query words its article's title holds, up to
//! `1 + TITLE_WEIGHT`: one fast-field read per candidate.

use super::user_query::UserQuery;
use crate::analysis::signature::{may_hold, word_bits};

/// Score factor of a passage whose article's title holds every query word: `1 + TITLE_WEIGHT`.
pub const TITLE_WEIGHT: f32 = 0.3;

/// The query words, as the bits they set in a title signature.
#[derive(Debug, Default)]
pub struct TitleWeight {
    words: Vec<u64>,
}

impl TitleWeight {
    /// The words of `query` (outside and inside quotes, each folded form once).
    pub fn new(query: &UserQuery) -> Self {
        let mut words: Vec<u64> = Vec::new();
        let terms = query
            .word_terms
            .iter()
            .chain(query.phrase_terms.iter().flatten());
        for t in terms.filter(|t| !t.compound) {
            let bits = word_bits(&t.folded);
            if !words.contains(&bits) {
                words.push(bits);
            }
        }
        TitleWeight { words }
    }

    /// The score factor of a passage whose article's title signature is `title_words`.
    pub fn factor(&self, title_words: u64) -> f32 {
        if self.words.is_empty() {
            return 1.0;
        }
        let held = self
            .words
            .iter()
            .filter(|&&w| may_hold(title_words, w))
            .count();
        1.0 + TITLE_WEIGHT * held as f32 / self.words.len() as f32
    }

    /// The largest factor [`TitleWeight::factor`] can give.
    pub fn max_factor(&self) -> f32 {
        if self.words.is_empty() {
            1.0
        } else {
            1.0 + TITLE_WEIGHT
        }
    }

    /// True when there are no words to weigh.
    pub fn is_neutral(&self) -> bool {
        self.words.is_empty()
    }
}
