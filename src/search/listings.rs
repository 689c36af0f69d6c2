//! Listings over the whole index: the documents cited and the people speaking.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::TantivyDocument;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;
use tantivy::{DocAddress, DocId, DocSet, TERMINATED};

use super::Searcher;
use crate::index::document::HEAD_MARKER;
use crate::index::stored::StoredPassage;
use crate::refs::find_refs;
use crate::speakers::speaker_key;
use crate::text::{has_diacritics, search_key};
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

/// What the index holds for one term of a keyword field.
#[derive(Default)]
struct TermTally {
    passages: usize,
    articles: HashSet<u64>,
    /// A few passages holding the term, to read display forms from.
    samples: Vec<DocAddress>,
}

/// Passages kept per term to choose a display form from.
const SAMPLES: usize = 5;

/// Whether a document's `label` is written as it was issued: the type after the number's
/// slash in capitals (`131/NQ-CP`, not a slip in lowercase, `131/nq-cp`). A label without a
/// slash (a title, "Nghị quyết 131") is.
fn written_as_issued(label: &str) -> bool {
    label
        .split_once('/')
        .and_then(|(_, after)| after.chars().find(|c| c.is_alphabetic()))
        .is_none_or(char::is_uppercase)
}

/// The label written as issued ([`written_as_issued`]), the most frequent of those; on a
/// tie, the one written with diacritics (`NĐ-CP` over `ND-CP`), then the first in order.
/// (The counts come from a few sampled passages: a slip in lowercase can outnumber the
/// issued form there.)
fn most_common(labels: &HashMap<String, usize>) -> String {
    labels
        .iter()
        .max_by(|a, b| {
            written_as_issued(a.0)
                .cmp(&written_as_issued(b.0))
                .then_with(|| a.1.cmp(b.1))
                .then_with(|| has_diacritics(a.0).cmp(&has_diacritics(b.0)))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(l, _)| l.clone())
        .unwrap_or_default()
}

impl Searcher {
    /// Calls `visit` with each term of a keyword field whose key `wanted` accepts, in every
    /// segment, and the postings of its live documents (`(segment ordinal, document)`).
    pub(super) fn visit_live_terms(
        &self,
        field: Field,
        wanted: impl Fn(&str) -> bool,
        mut visit: impl FnMut(&str, &mut dyn Iterator<Item = (u32, DocId)>),
    ) -> Result<()> {
        let searcher = self.tantivy_searcher();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let inverted = segment.inverted_index(field)?;
            let alive = segment.alive_bitset();
            let mut terms = inverted
                .terms()
                .stream()
                .map_err(tantivy::TantivyError::from)?;
            while terms.advance() {
                let key = String::from_utf8_lossy(terms.key());
                if !wanted(&key) {
                    continue;
                }
                let mut postings = inverted
                    .read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)
                    .map_err(tantivy::TantivyError::from)?;
                let mut doc = postings.doc();
                let mut live = std::iter::from_fn(|| {
                    while doc != TERMINATED {
                        let this = doc;
                        doc = postings.advance();
                        if alive.is_none_or(|a| a.is_alive(this)) {
                            return Some((ord as u32, this));
                        }
                    }
                    None
                });
                visit(&key, &mut live);
            }
        }
        Ok(())
    }

    /// Walks the term dictionary of a keyword field in every segment: passages and distinct
    /// articles per term, read from postings and the `article_hash` fast field, without
    /// loading documents.
    fn term_tallies(&self, field: Field) -> Result<BTreeMap<String, TermTally>> {
        let searcher = self.tantivy_searcher();
        let hashes = searcher
            .segment_readers()
            .iter()
            .map(|segment| segment.fast_fields().u64("article_hash"))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let mut tallies: BTreeMap<String, TermTally> = BTreeMap::new();
        self.visit_live_terms(
            field,
            |_| true,
            |key, live| {
                let tally = tallies.entry(key.to_string()).or_default();
                for (ord, doc) in live {
                    tally.passages += 1;
                    if let Some(h) = hashes[ord as usize].first(doc) {
                        tally.articles.insert(h);
                    }
                    if tally.samples.len() < SAMPLES {
                        tally.samples.push(DocAddress::new(ord, doc));
                    }
                }
            },
        )?;
        tallies.retain(|_, t| t.passages > 0);
        Ok(tallies)
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
            let hashes = searcher
                .segment_reader(address.segment_ord)
                .fast_fields()
                .u64("article_hash")?;
            ids.insert(hashes.first(address.doc_id));
        }
        Ok(IndexStats {
            articles: heads.len(),
            distinct_articles: ids.len(),
            passages: searcher.num_docs(),
            segments: searcher.segment_readers().len(),
        })
    }

    /// References cited in the index, most cited first; `filter` keeps those whose label or
    /// key contains it (diacritics and case ignored). A loose key ("nq 131") that only
    /// stands for full numbers listed on their own is not listed again.
    pub fn refs(&self, filter: Option<&str>) -> Result<Vec<RefCount>> {
        let f = *self.fields();
        let searcher = self.tantivy_searcher();
        let needle = filter.map(search_key);
        let mut out = Vec::new();
        for (key, tally) in self.term_tallies(f.refs)? {
            let mut labels: HashMap<String, usize> = HashMap::new();
            for address in &tally.samples {
                let doc: TantivyDocument = searcher.doc(*address)?;
                for label in StoredPassage::read(&f, &doc).ref_labels {
                    if find_refs(&label).first().is_some_and(|r| r.key == key) {
                        *labels.entry(label).or_default() += 1;
                    }
                }
            }
            if labels.is_empty() {
                continue;
            }
            let reference = most_common(&labels);
            let keep = needle.as_ref().is_none_or(|n| {
                key.contains(n.as_str()) || search_key(&reference).contains(n.as_str())
            });
            if keep {
                out.push(RefCount {
                    reference,
                    key,
                    articles: tally.articles.len(),
                    passages: tally.passages,
                });
            }
        }
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
        let searcher = self.tantivy_searcher();
        let mut out = Vec::new();
        for (key, tally) in self.term_tallies(f.speaker_key)? {
            let mut name = String::new();
            let mut titles: HashMap<String, usize> = HashMap::new();
            for address in &tally.samples {
                let doc: TantivyDocument = searcher.doc(*address)?;
                for speaker in StoredPassage::read(&f, &doc).speakers {
                    if speaker_key(&speaker.name) == key {
                        name = speaker.name;
                        if !speaker.title.is_empty() {
                            *titles.entry(speaker.title).or_default() += 1;
                        }
                    }
                }
            }
            out.push(PersonCount {
                name,
                title: most_common(&titles),
                statements: tally.passages,
                articles: tally.articles.len(),
            });
        }
        out.sort_by(|a, b| b.statements.cmp(&a.statements).then(a.name.cmp(&b.name)));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_shown_is_the_issued_form_then_the_most_frequent() {
        let labels = |pairs: &[(&str, usize)]| -> HashMap<String, usize> {
            pairs.iter().map(|&(l, n)| (l.to_string(), n)).collect()
        };
        assert_eq!(
            most_common(&labels(&[("131/nq-cp", 3), ("131/NQ-CP", 2)])),
            "131/NQ-CP"
        );
        assert_eq!(
            most_common(&labels(&[("15/2020/ND-CP", 1), ("15/2020/NĐ-CP", 1)])),
            "15/2020/NĐ-CP"
        );
        assert_eq!(
            most_common(&labels(&[("Bộ trưởng", 3), ("Phó Thủ tướng", 1)])),
            "Bộ trưởng"
        );
    }
}
