//! Facets: how the articles matching a query spread over years, officials speaking and
//! documents cited, most frequent first.
//!
//! Enters: the matching passages. Leaves: [`Facets`], each count a number of distinct
//! articles. The passages are read from the stored documents, up to [`MAX_FACET_PASSAGES`]
//! (the counts then describe the best-scored part of the matches and say so).

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::Query;
use tantivy::schema::TantivyDocument;

use crate::index::schema::Fields;
use crate::index::stored::StoredPassage;
use crate::Result;

/// Values listed per facet.
pub const FACET_VALUES: usize = 10;
/// Matching passages read to count facets.
pub const MAX_FACET_PASSAGES: usize = 10_000;

/// One value of a facet and the number of matching articles with it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FacetCount {
    /// The value: a year, an official's name, a document reference.
    pub value: String,
    /// Matching articles with this value.
    pub articles: usize,
}

/// The facets of a query's matches.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    /// Publication years.
    pub years: Vec<FacetCount>,
    /// Officials speaking in the matching passages.
    pub speakers: Vec<FacetCount>,
    /// Documents cited in the matching passages.
    pub refs: Vec<FacetCount>,
    /// Whether only the best-scored [`MAX_FACET_PASSAGES`] matches were counted.
    pub truncated: bool,
}

fn top(counts: HashMap<String, HashSet<String>>) -> Vec<FacetCount> {
    let mut out: Vec<FacetCount> = counts
        .into_iter()
        .map(|(value, articles)| FacetCount {
            value,
            articles: articles.len(),
        })
        .collect();
    out.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.value.cmp(&b.value)));
    out.truncate(FACET_VALUES);
    out
}

/// Counts the facets of the passages matching `query`.
pub fn facets(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    query: &dyn Query,
    total: usize,
) -> Result<Facets> {
    let matches = searcher.search(
        query,
        &TopDocs::with_limit(MAX_FACET_PASSAGES.max(1)).order_by_score(),
    )?;
    let (mut years, mut speakers, mut refs): (
        HashMap<_, HashSet<_>>,
        HashMap<_, HashSet<_>>,
        HashMap<_, HashSet<_>>,
    ) = Default::default();
    for (_, address) in &matches {
        let doc: TantivyDocument = searcher.doc(*address)?;
        let passage = StoredPassage::read(fields, &doc);
        let article = passage.article.id.clone();
        if let Some(year) = passage.article.date.as_deref().and_then(|d| d.get(..4)) {
            years
                .entry(year.to_string())
                .or_default()
                .insert(article.clone());
        }
        for s in passage.speakers {
            speakers.entry(s.name).or_default().insert(article.clone());
        }
        for r in passage.ref_labels {
            refs.entry(r).or_default().insert(article.clone());
        }
    }
    Ok(Facets {
        years: top(years),
        speakers: top(speakers),
        refs: top(refs),
        truncated: total > matches.len(),
    })
}
