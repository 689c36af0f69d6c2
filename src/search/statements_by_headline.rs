//! "What did X say about Y" where X's statements do not repeat Y's words but the article
//! is about Y: its headline (or its opening passage) holds them ("Quảng Ninh giữ vững ngôi
//! đầu PAR Index", then "Bộ trưởng ... đánh giá cao nỗ lực của tỉnh"). When no statement of
//! X holds the topic itself, X's statements in the articles whose opening does are the
//! answer, newest first, shown as matching part of the question (`partial`).

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery, TermSetQuery};
use tantivy::schema::{IndexRecordOption, TantivyDocument};
use tantivy::Term;

use super::query_builder::all_words_query;
use super::question::Official;
use super::{Matching, SearchRequest, SearchResults, Searcher, SortOrder};
use crate::index::document::HEAD_MARKER;
use crate::index::stored::StoredPassage;
use crate::Result;

/// The most articles whose opening holds a topic that are searched for statements: the
/// best-scoring openings.
const MAX_ARTICLES: usize = 200;

impl Searcher {
    /// The statements of `official` (or, with none, of `as_title`) in the articles whose
    /// opening holds every word of `request`'s query; `None` when no article's does or the
    /// official says nothing in them. Officials already resolved to the index's people
    /// ([`Searcher::known_official`]) are taken as they are.
    pub(super) fn statements_in_articles_about(
        &self,
        request: &SearchRequest,
        official: Official,
        as_title: Option<Official>,
        typed: &str,
    ) -> Result<Option<SearchResults>> {
        let articles = self.articles_opening_with(&request.query)?;
        if articles.is_empty() {
            return Ok(None);
        }
        let fields = self.fields();
        let within = || -> Box<dyn Query> {
            Box::new(TermSetQuery::new(
                articles
                    .iter()
                    .map(|id| Term::from_field_text(fields.article_key, id)),
            ))
        };
        let listing = SearchRequest {
            query: String::new(),
            sort: SortOrder::Date,
            ..request.clone()
        };
        let mut found = None;
        for asked in std::iter::once(official).chain(as_title) {
            let asked = self.known_official(asked, typed)?;
            let results = self.search_among_in(&listing, Some(&asked), Some(within()))?;
            if results.total > 0 {
                found = Some(results);
                break;
            }
        }
        Ok(found.map(|mut results| {
            results.matching = Matching::Partial;
            results
        }))
    }

    /// The ids of the articles whose opening passage (which holds the headline) has every
    /// word of `topic`, best first, [`MAX_ARTICLES`] at most.
    fn articles_opening_with(&self, topic: &str) -> Result<Vec<String>> {
        if topic.trim().is_empty() {
            return Ok(Vec::new());
        }
        let query = self.read_query(topic, false)?;
        let fields = self.fields();
        let Some(all) = all_words_query(fields, &query) else {
            return Ok(Vec::new());
        };
        let heads = BooleanQuery::new(vec![
            (Occur::Must, all),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(fields.article_head, HEAD_MARKER),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        let searcher = self.tantivy_searcher();
        let best = searcher.search(&heads, &TopDocs::with_limit(MAX_ARTICLES).order_by_score())?;
        let mut ids = Vec::with_capacity(best.len());
        for (_, address) in best {
            let doc: TantivyDocument = searcher.doc(address)?;
            ids.push(StoredPassage::article_id_of(fields, &doc));
        }
        Ok(ids)
    }
}
