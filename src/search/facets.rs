//! Facets: how the articles matching a query spread over years, officials speaking and
//! documents cited, most frequent first.
//!
//! Enters: the matching passages. Leaves: [`Facets`], each count a number of distinct
//! articles (told apart by the `article_hash` fast field; the year comes from the `published`
//! fast field). Speakers and references are read from the stored passages, up to [`MAX_FACET_PASSAGES`]
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

fn top(counts: HashMap<String, HashSet<u64>>) -> Vec<FacetCount> {
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
        let segment = searcher.segment_reader(address.segment_ord);
        let fast = segment.fast_fields();
        let article = fast.u64("article_hash")?.first(address.doc_id).unwrap_or(0);
        if let Some(day) = fast.u64("published")?.first(address.doc_id) {
            years
                .entry((day / 10_000).to_string())
                .or_default()
                .insert(article);
        }
        let doc: TantivyDocument = searcher.doc(*address)?;
        let passage = StoredPassage::read(fields, &doc);
        for s in passage.speakers {
            speakers.entry(s.name).or_default().insert(article);
        }
        for r in passage.ref_labels {
            refs.entry(r).or_default().insert(article);
        }
    }
    Ok(Facets {
        years: top(years),
        speakers: top(speakers),
        refs: top(refs),
        truncated: total > matches.len(),
    })
}
