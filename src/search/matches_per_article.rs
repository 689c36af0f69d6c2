//! How many passages of each listed article match a query, in one search.
//!
//! The query is intersected with the listed articles' keys and the matches are counted by
//! the `article_hash` fast field: one scorer per segment for the whole page instead of one
//! search per article (each of which looked up every query term in every segment again).

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader, Term};

use crate::index::schema::{article_hash, Fields};
use crate::Result;

/// Counts matches by their `article_hash`.
struct CountByArticle;

struct SegmentCounts {
    articles: Column<u64>,
    counts: HashMap<u64, usize>,
}

impl Collector for CountByArticle {
    type Fruit = HashMap<u64, usize>;
    type Child = SegmentCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentCounts> {
        Ok(SegmentCounts {
            articles: reader.fast_fields().u64("article_hash")?,
            counts: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HashMap<u64, usize>>) -> tantivy::Result<Self::Fruit> {
        let mut all = HashMap::new();
        for fruit in fruits {
            for (article, n) in fruit {
                *all.entry(article).or_insert(0) += n;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentCounts {
    type Fruit = HashMap<u64, usize>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(article) = self.articles.first(doc) {
            *self.counts.entry(article).or_insert(0) += 1;
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.counts
    }
}

/// For each article id in `ids`, how many of its passages match `query` (ids without a
/// match are absent).
pub fn matches_per_article(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    query: &dyn Query,
    ids: &[&str],
) -> Result<HashMap<String, usize>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let articles: Vec<(Occur, Box<dyn Query>)> = ids
        .iter()
        .map(|id| {
            let term = TermQuery::new(
                Term::from_field_text(fields.article_key, id),
                IndexRecordOption::Basic,
            );
            (Occur::Should, Box::new(term) as Box<dyn Query>)
        })
        .collect();
    let listed = BooleanQuery::new(vec![
        (Occur::Must, query.box_clone()),
        (Occur::Must, Box::new(BooleanQuery::new(articles))),
    ]);
    let counts = searcher.search(&listed, &CountByArticle)?;
    Ok(ids
        .iter()
        .filter_map(|id| counts.get(&article_hash(id)).map(|&n| (id.to_string(), n)))
        .collect())
}
