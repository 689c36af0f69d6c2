//! One whole article out of the index: its metadata and its passages in order.

use serde::Serialize;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, TantivyDocument, Value};
use tantivy::Term;

use super::{text_of, texts_of, Searcher};
use crate::analysis::speakers::Speaker;
use crate::Result;

/// A passage of an [`ArticleView`].
#[derive(Debug, Clone, Serialize)]
pub struct PassageView {
    /// Position in the article.
    pub index: u64,
    /// The text.
    pub text: String,
    /// Who speaks in it.
    pub speakers: Vec<Speaker>,
    /// Documents it cites.
    pub refs: Vec<String>,
}

/// A cleaned article as indexed.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    /// Article id.
    pub id: String,
    /// Source path.
    pub source: String,
    /// Original URL.
    pub url: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Date `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// View count.
    pub views: Option<u64>,
    /// Passages in order.
    pub passages: Vec<PassageView>,
}

impl Searcher {
    /// The article with `id`, or `None` when the index has no such article.
    pub fn article(&self, id: &str) -> Result<Option<ArticleView>> {
        let f = *self.fields();
        let searcher = self.tantivy_searcher();
        let query = TermQuery::new(
            Term::from_field_text(f.article_key, id),
            IndexRecordOption::Basic,
        );
        let mut docs: Vec<TantivyDocument> = Vec::new();
        for address in searcher.search(&query, &DocSetCollector)? {
            docs.push(searcher.doc(address)?);
        }
        let index_of = |d: &TantivyDocument| {
            d.get_first(f.passage_index)
                .and_then(|v| v.as_u64())
                .unwrap_or(0)
        };
        docs.sort_by_key(index_of);
        let Some(first) = docs.first() else {
            return Ok(None);
        };
        let passages = docs
            .iter()
            .map(|d| {
                let names = texts_of(d, f.speaker_name);
                let titles = texts_of(d, f.speaker_title);
                PassageView {
                    index: index_of(d),
                    text: text_of(d, f.body).unwrap_or_default(),
                    speakers: names
                        .into_iter()
                        .enumerate()
                        .map(|(i, name)| Speaker {
                            name,
                            title: titles.get(i).cloned().unwrap_or_default(),
                        })
                        .collect(),
                    refs: texts_of(d, f.ref_labels),
                }
            })
            .collect();
        Ok(Some(ArticleView {
            id: text_of(first, f.article_id).unwrap_or_default(),
            source: text_of(first, f.source).unwrap_or_default(),
            url: text_of(first, f.url),
            title: text_of(first, f.title),
            date: text_of(first, f.date),
            author: text_of(first, f.author),
            views: first.get_first(f.views).and_then(|v| v.as_u64()),
            passages,
        }))
    }
}
