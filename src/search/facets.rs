//! Facets: how the articles matching a query spread over years, officials speaking and
//! documents cited, most frequent first.
//!
//! Enters: the matching passages. Leaves: [`Facets`], each count a number of distinct
//! articles (told apart by the `article_hash` fast field; the year comes from the `published`
//! fast field). Speakers and references come from the `speaker_name` and `ref_labels` fast
//! fields (no stored document is read), over the best [`MAX_FACET_PASSAGES`]
//! (the counts then describe the best-scored part of the matches and say so).

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::columnar::{Column, StrColumn};
use tantivy::fastfield::FastFieldReaders;
use tantivy::query::Query;

use super::per_segment::PerSegment;
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

/// A text fast field of one segment, its values read once per term.
struct TextColumn {
    column: Option<StrColumn>,
    /// Values already read, by term ordinal.
    seen: HashMap<u64, String>,
}

impl TextColumn {
    fn open(fast: &FastFieldReaders, name: &str) -> Result<Self> {
        Ok(TextColumn {
            column: fast.str(name)?,
            seen: HashMap::new(),
        })
    }

    /// The values of document `doc`.
    fn values(&mut self, doc: u32) -> Result<Vec<String>> {
        let Some(column) = &self.column else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for ord in column.term_ords(doc) {
            if let Entry::Vacant(e) = self.seen.entry(ord) {
                let mut value = String::new();
                column
                    .ord_to_str(ord, &mut value)
                    .map_err(tantivy::TantivyError::from)?;
                e.insert(value);
            }
            out.push(self.seen[&ord].clone());
        }
        Ok(out)
    }
}

/// The columns facets read in one segment.
struct SegmentColumns {
    article: Column<u64>,
    published: Column<u64>,
    speakers: TextColumn,
    refs: TextColumn,
}

impl SegmentColumns {
    fn open(segment: &tantivy::SegmentReader) -> Result<Self> {
        let fast = segment.fast_fields();
        Ok(SegmentColumns {
            article: fast.u64("article_hash")?,
            published: fast.u64("published")?,
            speakers: TextColumn::open(fast, "speaker_name")?,
            refs: TextColumn::open(fast, "ref_labels")?,
        })
    }
}

/// Counts the facets of the passages matching `query`.
pub fn facets(searcher: &tantivy::Searcher, query: &dyn Query, total: usize) -> Result<Facets> {
    let matches = searcher.search(
        query,
        &TopDocs::with_limit(MAX_FACET_PASSAGES.max(1)).order_by_score(),
    )?;
    let (mut years, mut speakers, mut refs): (
        HashMap<_, HashSet<_>>,
        HashMap<_, HashSet<_>>,
        HashMap<_, HashSet<_>>,
    ) = Default::default();
    let mut columns = PerSegment::new(SegmentColumns::open);
    for (_, address) in &matches {
        let c = columns.of(searcher, *address)?;
        let doc = address.doc_id;
        let article = c.article.first(doc).unwrap_or(0);
        if let Some(day) = c.published.first(doc) {
            years
                .entry((day / 10_000).to_string())
                .or_default()
                .insert(article);
        }
        for name in c.speakers.values(doc)? {
            speakers.entry(name).or_default().insert(article);
        }
        for label in c.refs.values(doc)? {
            refs.entry(label).or_default().insert(article);
        }
    }
    Ok(Facets {
        years: top(years),
        speakers: top(speakers),
        refs: top(refs),
        truncated: total > matches.len(),
    })
}
