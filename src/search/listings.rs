//! Listings over the whole index: the documents cited and the people speaking.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use tantivy::collector::DocSetCollector;
use tantivy::query::{AllQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::schema::{TantivyDocument, Value};
use tantivy::Term;

use super::Searcher;
use crate::analysis::doc_refs::find_refs;
use crate::analysis::speakers::speaker_key;
use crate::analysis::{fold_diacritics, has_diacritics};
use crate::index::document::HEAD_MARKER;
use crate::Result;

/// A document reference and how often it is cited.
#[derive(Debug, Clone, Serialize)]
pub struct RefCount {
    /// The reference as most often written.
    pub reference: String,
    /// Its canonical key.
    pub key: String,
    /// Articles citing it.
    pub articles: usize,
    /// Passages citing it.
    pub passages: usize,
}

/// A person who speaks in the corpus.
#[derive(Debug, Clone, Serialize)]
pub struct PersonCount {
    /// Full name.
    pub name: String,
    /// Title.
    pub title: String,
    /// Passages that are their statements.
    pub statements: usize,
    /// Articles they speak in.
    pub articles: usize,
}

/// A person's name, title counts, statements and articles while listing.
type PersonTally = (String, HashMap<String, usize>, usize, HashSet<String>);

/// Counts over the whole index.
#[derive(Debug, Clone, Serialize)]
pub struct IndexStats {
    /// Articles (first passages).
    pub articles: usize,
    /// Distinct article ids: equal to `articles` unless an article was indexed twice.
    pub distinct_articles: usize,
    /// Passages (documents).
    pub passages: u64,
    /// Index segments.
    pub segments: usize,
}

#[derive(Default)]
struct Tally {
    labels: HashMap<String, usize>,
    articles: HashSet<String>,
    passages: usize,
}

/// The most frequent label; on a tie, the one written with diacritics (`NĐ-CP` over
/// `ND-CP`), then the first in order.
fn most_common(labels: &HashMap<String, usize>) -> String {
    labels
        .iter()
        .max_by(|a, b| {
            a.1.cmp(b.1)
                .then_with(|| has_diacritics(a.0).cmp(&has_diacritics(b.0)))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(l, _)| l.clone())
        .unwrap_or_default()
}

impl Searcher {
    fn all_docs(&self) -> Result<Vec<TantivyDocument>> {
        let searcher = self.tantivy_searcher();
        let mut docs = Vec::new();
        for address in searcher.search(&AllQuery, &DocSetCollector)? {
            docs.push(searcher.doc(address)?);
        }
        Ok(docs)
    }

    /// Counts of articles, passages and segments in the last commit.
    pub fn stats(&self) -> Result<IndexStats> {
        let f = *self.fields();
        let searcher = self.tantivy_searcher();
        let head = TermQuery::new(
            Term::from_field_text(f.article_head, HEAD_MARKER),
            IndexRecordOption::Basic,
        );
        let heads = searcher.search(&head, &DocSetCollector)?;
        let mut ids = HashSet::new();
        for address in &heads {
            let doc: TantivyDocument = searcher.doc(*address)?;
            ids.insert(
                doc.get_first(f.article_id)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string(),
            );
        }
        Ok(IndexStats {
            articles: heads.len(),
            distinct_articles: ids.len(),
            passages: searcher.num_docs(),
            segments: searcher.segment_readers().len(),
        })
    }

    /// References cited in the index, most cited first; `filter` keeps those whose label or
    /// key contains it (diacritics and case ignored).
    pub fn refs(&self, filter: Option<&str>) -> Result<Vec<RefCount>> {
        let f = *self.fields();
        let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
        for doc in self.all_docs()? {
            let article = doc
                .get_first(f.article_id)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string();
            for label in doc.get_all(f.ref_labels).filter_map(|v| v.as_str()) {
                let key = find_refs(label)
                    .first()
                    .map(|r| r.key.clone())
                    .unwrap_or_else(|| label.to_lowercase());
                let t = tallies.entry(key).or_default();
                *t.labels.entry(label.to_string()).or_default() += 1;
                t.articles.insert(article.clone());
                t.passages += 1;
            }
        }
        let needle = filter.map(|f| fold_diacritics(&f.to_lowercase()));
        let mut out: Vec<RefCount> = tallies
            .into_iter()
            .map(|(key, t)| RefCount {
                reference: most_common(&t.labels),
                key,
                articles: t.articles.len(),
                passages: t.passages,
            })
            .filter(|r| {
                needle.as_ref().is_none_or(|n| {
                    r.key.contains(n.as_str())
                        || fold_diacritics(&r.reference.to_lowercase()).contains(n.as_str())
                })
            })
            .collect();
        out.sort_by(|a, b| {
            b.articles
                .cmp(&a.articles)
                .then(b.passages.cmp(&a.passages))
                .then(a.key.cmp(&b.key))
        });
        Ok(out)
    }

    /// People who speak in the index, most statements first.
    pub fn people(&self) -> Result<Vec<PersonCount>> {
        let f = *self.fields();
        let mut people: BTreeMap<String, PersonTally> = BTreeMap::new();
        for doc in self.all_docs()? {
            let article = doc
                .get_first(f.article_id)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string();
            let titles: Vec<&str> = doc
                .get_all(f.speaker_title)
                .filter_map(|v| v.as_str())
                .collect();
            for (i, name) in doc
                .get_all(f.speaker_name)
                .filter_map(|v| v.as_str())
                .enumerate()
            {
                let entry = people
                    .entry(speaker_key(name))
                    .or_insert_with(|| (name.to_string(), HashMap::new(), 0, HashSet::new()));
                if let Some(t) = titles.get(i).filter(|t| !t.is_empty()) {
                    *entry.1.entry(t.to_string()).or_default() += 1;
                }
                entry.2 += 1;
                entry.3.insert(article.clone());
            }
        }
        let mut out: Vec<PersonCount> = people
            .into_values()
            .map(|(name, titles, statements, articles)| PersonCount {
                name,
                title: most_common(&titles),
                statements,
                articles: articles.len(),
            })
            .collect();
        out.sort_by(|a, b| b.statements.cmp(&a.statements).then(a.name.cmp(&b.name)));
        Ok(out)
    }
}
