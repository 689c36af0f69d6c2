//! "What did X say about Y" where X's statements do not repeat Y's words but the article
//! is about Y: its headline (or its opening passage) holds them ("Quảng Ninh giữ vững ngôi
//! đầu PAR Index", then "Bộ trưởng ... đánh giá cao nỗ lực của tỉnh"). When no statement of
//! X holds the topic itself, X's statements in the articles whose opening does are the
//! answer, newest first, shown as matching part of the question (`partial`); when some do,
//! X's statements in the other such articles follow them.

use std::collections::HashSet;

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery, TermSetQuery};
use tantivy::schema::{IndexRecordOption, TantivyDocument};
use tantivy::Term;

use super::query_builder::{all_words_query, build_query, speaker_filter};
use super::question::Official;
use super::{Matching, SearchRequest, SearchResults, Searcher, SortOrder};
use crate::index::document::HEAD_MARKER;
use crate::index::stored::StoredPassage;
use crate::Result;

/// The most articles whose opening holds a topic that are searched for statements: the
/// best-scoring openings.
const MAX_ARTICLES: usize = 200;

/// The most statements holding a topic's words an official may have for their statements
/// in the articles about it to be added: more answer the question already.
const MAX_ANSWERED: usize = 200;

/// The articles whose opening holds a topic ([`Searcher::articles_opening_with`]), looked
/// up once, when first needed: most questions are answered without them.
pub(super) struct ArticlesAbout<'a> {
    topic: &'a str,
    ids: Option<Vec<String>>,
}

impl<'a> ArticlesAbout<'a> {
    /// The articles about `topic` (none for an empty one).
    pub(super) fn new(topic: &'a str) -> Self {
        Self { topic, ids: None }
    }
}

impl Searcher {
    /// The ids of `about`'s articles, looked up on the first call.
    fn ids_of<'b>(&self, about: &'b mut ArticlesAbout) -> Result<&'b [String]> {
        if about.ids.is_none() {
            about.ids = Some(self.articles_opening_with(about.topic)?);
        }
        Ok(about.ids.as_deref().unwrap_or_default())
    }

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
        about: &mut ArticlesAbout,
    ) -> Result<Option<SearchResults>> {
        let articles = self.ids_of(about)?;
        if articles.is_empty() {
            return Ok(None);
        }
        let within = || self.article_set(articles);
        let listing = SearchRequest {
            query: String::new(),
            sort: SortOrder::Date,
            ..request.clone()
        };
        let mut found = None;
        for asked in std::iter::once(official).chain(as_title) {
            let asked = self.known_official(asked, typed)?;
            let results = self.search_among_in(&listing, Some(&asked), Some(within()), None)?;
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

    /// `found` (the statements of `official` holding the words of `request`'s topic) and,
    /// after them, their statements in the articles `about` (whose opening holds the topic)
    /// where none of theirs holds the words: the article is about the topic, so what they
    /// said there answers ("Bộ trưởng ... cho biết việc sắp xếp phải hoàn thành ..." under
    /// "... triển khai tinh gọn bộ máy"). An article where one of theirs holds the words
    /// answers with that one. `found` as it is when it holds none of the passages holding
    /// every word (the caller falls back to [`Self::statements_in_articles_about`]) or more
    /// than [`MAX_ANSWERED`].
    pub(super) fn with_statements_about(
        &self,
        request: &SearchRequest,
        official: &Official,
        about: &mut ArticlesAbout,
        found: SearchResults,
    ) -> Result<SearchResults> {
        if !found.holds_every_word() || found.total > MAX_ANSWERED {
            return Ok(found);
        }
        let about = self.ids_of(about)?;
        if about.is_empty() {
            return Ok(found);
        }
        let answered = self.articles_answering(request, official, about)?;
        let rest: Vec<String> = about
            .iter()
            .filter(|id| !answered.contains(*id))
            .cloned()
            .collect();
        if rest.is_empty() {
            return Ok(found);
        }
        let widened =
            self.search_among_in(request, Some(official), None, Some(self.article_set(&rest)))?;
        Ok(if widened.total > found.total {
            widened
        } else {
            found
        })
    }

    /// The ids of the articles among `about` where a statement of `official` holds every
    /// word of `request`'s topic.
    fn articles_answering(
        &self,
        request: &SearchRequest,
        official: &Official,
        about: &[String],
    ) -> Result<HashSet<String>> {
        let query = self.read_query(&request.query, true)?;
        let fields = self.fields();
        let Some(words) = all_words_query(fields, &query).or_else(|| build_query(fields, &query))
        else {
            return Ok(HashSet::new());
        };
        let answering = BooleanQuery::new(vec![
            (Occur::Must, speaker_filter(fields, official)),
            (Occur::Must, self.article_set(about)),
            (Occur::Must, words),
        ]);
        let searcher = self.tantivy_searcher();
        let mut ids = HashSet::new();
        for address in searcher.search(&answering, &DocSetCollector)? {
            let doc: TantivyDocument = searcher.doc(address)?;
            ids.insert(StoredPassage::article_id_of(fields, &doc));
        }
        Ok(ids)
    }

    /// The passages of the articles `ids`.
    pub(super) fn article_set(&self, ids: &[String]) -> Box<dyn Query> {
        let field = self.fields().article_key;
        Box::new(TermSetQuery::new(
            ids.iter().map(|id| Term::from_field_text(field, id)),
        ))
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
