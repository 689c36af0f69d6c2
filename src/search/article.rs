//! One whole article out of the index: its metadata and its passages in order.

use serde::Serialize;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, TantivyDocument};
use tantivy::Term;

use super::Searcher;
use crate::index::stored::StoredPassage;
use crate::speakers::Speaker;
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
        let mut stored: Vec<StoredPassage> =
            docs.iter().map(|d| StoredPassage::read(&f, d)).collect();
        stored.sort_by_key(|p| p.index);
        if stored.is_empty() {
            return Ok(None);
        }
        let article = super::article_of(&searcher, &f, id)?;
        let passages = stored
            .into_iter()
            .map(|p| PassageView {
                index: p.index,
                text: p.text,
                speakers: p.speakers,
                refs: p.ref_labels,
            })
            .collect();
        Ok(Some(ArticleView {
            id: article.id,
            source: article.source,
            url: article.url,
            title: article.title,
            date: article.date,
            author: article.author,
            views: article.views,
            passages,
        }))
    }
}
