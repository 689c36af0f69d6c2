//! The article's title weighing on all its passages, without repeating the title in them.
//!
//! The title is indexed once, on the article's head passage ([`crate::index::document`]).
//! For a search, each query word's title postings (head passages only: a short list) give
//! the articles whose title holds it, by their `article_hash`; a candidate passage's score
//! is then raised by the share of query words its article's title holds, up to
//! `1 + TITLE_WEIGHT`.

use std::collections::HashSet;

use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Term};

use super::user_query::UserQuery;
use crate::index::schema::Fields;
use crate::Result;

/// Score factor of a passage whose article's title holds every query word: `1 + TITLE_WEIGHT`.
pub const TITLE_WEIGHT: f32 = 0.3;

/// The articles whose titles hold each query word.
#[derive(Debug, Default)]
pub struct TitleWeight {
    /// Per query word, the `article_hash` of the articles whose title holds it.
    words: Vec<HashSet<u64>>,
}

impl TitleWeight {
    /// Reads the title postings of `query`'s words (outside and inside quotes, each folded
    /// form once).
    pub fn new(searcher: &tantivy::Searcher, fields: &Fields, query: &UserQuery) -> Result<Self> {
        let mut folded: Vec<&str> = Vec::new();
        let terms = query
            .word_terms
            .iter()
            .chain(query.phrase_terms.iter().flatten());
        for t in terms.filter(|t| !t.compound) {
            if !folded.contains(&t.folded.as_str()) {
                folded.push(&t.folded);
            }
        }
        let mut words = Vec::with_capacity(folded.len());
        for word in folded {
            let heads = searcher.search(
                &TermQuery::new(
                    Term::from_field_text(fields.title, word),
                    IndexRecordOption::Basic,
                ),
                &DocSetCollector,
            )?;
            let mut articles = HashSet::with_capacity(heads.len());
            for address in heads {
                articles.insert(article_hash(searcher, address)?);
            }
            words.push(articles);
        }
        Ok(TitleWeight { words })
    }

    /// The score factor of a passage of the article `article` (its `article_hash`).
    pub fn factor(&self, article: u64) -> f32 {
        if self.words.is_empty() {
            return 1.0;
        }
        let held = self.words.iter().filter(|w| w.contains(&article)).count();
        1.0 + TITLE_WEIGHT * held as f32 / self.words.len() as f32
    }

    /// The largest factor [`TitleWeight::factor`] can give.
    pub fn max_factor(&self) -> f32 {
        if self.words.iter().any(|w| !w.is_empty()) {
            1.0 + TITLE_WEIGHT
        } else {
            1.0
        }
    }

    /// True when no title holds a query word: every factor is 1.
    pub fn is_neutral(&self) -> bool {
        self.words.iter().all(HashSet::is_empty)
    }
}

/// The `article_hash` fast field of a passage.
pub fn article_hash(searcher: &tantivy::Searcher, address: DocAddress) -> Result<u64> {
    Ok(searcher
        .segment_reader(address.segment_ord)
        .fast_fields()
        .u64("article_hash")?
        .first(address.doc_id)
        .unwrap_or(u64::MAX))
}
