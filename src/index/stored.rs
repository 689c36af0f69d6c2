//! Stored documents read back into passage and article data: the one place that knows how
//! [`super::document`] laid the fields out (the article's data on its head passage only), and
//! how to find an article's head.

use serde::Serialize;
use std::collections::HashMap;

use tantivy::schema::{Field, IndexRecordOption, TantivyDocument, Value};
use tantivy::{DocAddress, DocSet, Searcher, Term, TERMINATED};

use super::schema::Fields;
use crate::speakers::Speaker;

/// An article's fields, as stored on its head passage.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct StoredArticle {
    /// Article id.
    pub id: String,
    /// Source path (`path#line` for `.jsonl`).
    pub source: String,
    /// Original URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// The title was derived from the body (the page named none).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub title_derived: bool,
    /// Date `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// View count.
    pub views: Option<u64>,
}

/// One stored passage.
#[derive(Debug, Clone, Default)]
pub struct StoredPassage {
    /// The id of the article it belongs to.
    pub article_id: String,
    /// Position in the article.
    pub index: u64,
    /// The text.
    pub text: String,
    /// Documents cited, as written.
    pub ref_labels: Vec<String>,
    /// Who speaks in it, in order.
    pub speakers: Vec<Speaker>,
    /// Hash of the article's input (on an article's first passage only).
    pub content_hash: Option<u64>,
}

fn text(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

fn texts(doc: &TantivyDocument, field: Field) -> Vec<String> {
    doc.get_all(field)
        .filter_map(|v| v.as_str())
        .map(str::to_string)
        .collect()
}

fn number(doc: &TantivyDocument, field: Field) -> Option<u64> {
    doc.get_first(field).and_then(|v| v.as_u64())
}

impl StoredArticle {
    /// Reads the article fields of a stored head passage.
    pub fn read(fields: &Fields, doc: &TantivyDocument) -> Self {
        StoredArticle {
            id: text(doc, fields.article_id).unwrap_or_default(),
            source: text(doc, fields.source).unwrap_or_default(),
            url: text(doc, fields.url),
            title: text(doc, fields.title),
            title_derived: number(doc, fields.title_derived) == Some(1),
            date: text(doc, fields.date),
            author: text(doc, fields.author),
            views: number(doc, fields.views),
        }
    }
}

/// The stored head passages of the articles `ids` that the index holds, by article id: in
/// each segment, each id's few passages from its `article_key` postings, the head being the
/// live one at position 0 (the `passage_index` fast field), so no stored document but the
/// heads is read and no list as long as the index is walked.
pub fn head_documents(
    searcher: &Searcher,
    fields: &Fields,
    ids: &[&str],
) -> tantivy::Result<HashMap<String, TantivyDocument>> {
    let mut heads = HashMap::new();
    // A page often shows several passages of one article: each id is looked up once.
    let mut wanted: Vec<&str> = ids.to_vec();
    wanted.sort_unstable();
    wanted.dedup();
    for (segment_ord, segment) in searcher.segment_readers().iter().enumerate() {
        if heads.len() == wanted.len() {
            break;
        }
        let keys = segment.inverted_index(fields.article_key)?;
        let index = segment.fast_fields().u64("passage_index")?;
        let alive = segment.alive_bitset();
        for &id in &wanted {
            if heads.contains_key(id) {
                continue;
            }
            let term = Term::from_field_text(fields.article_key, id);
            let Some(mut postings) = keys.read_postings(&term, IndexRecordOption::Basic)? else {
                continue;
            };
            while postings.doc() != TERMINATED {
                let doc = postings.doc();
                let live = alive.is_none_or(|a| a.is_alive(doc));
                if live && index.first(doc) == Some(0) {
                    let address = DocAddress::new(segment_ord as u32, doc);
                    heads.insert(id.to_string(), searcher.doc(address)?);
                    break;
                }
                postings.advance();
            }
        }
    }
    Ok(heads)
}

impl StoredPassage {
    /// The position of a stored passage in its article, without reading the rest.
    pub fn index_of(fields: &Fields, doc: &TantivyDocument) -> u64 {
        number(doc, fields.passage_index).unwrap_or(0)
    }

    /// The id of a stored passage's article, without reading the rest.
    pub fn article_id_of(fields: &Fields, doc: &TantivyDocument) -> String {
        text(doc, fields.article_id).unwrap_or_default()
    }

    /// The text of a stored passage, without reading the rest.
    pub fn text_of(fields: &Fields, doc: &TantivyDocument) -> String {
        text(doc, fields.body).unwrap_or_default()
    }

    /// The labels of the documents a stored passage cites ("131/NQ-CP", "Đề án 06").
    pub fn ref_labels_of(fields: &Fields, doc: &TantivyDocument) -> Vec<String> {
        texts(doc, fields.ref_labels)
    }

    /// Reads a stored passage.
    pub fn read(fields: &Fields, doc: &TantivyDocument) -> Self {
        let titles = texts(doc, fields.speaker_title);
        StoredPassage {
            article_id: Self::article_id_of(fields, doc),
            index: Self::index_of(fields, doc),
            text: text(doc, fields.body).unwrap_or_default(),
            ref_labels: texts(doc, fields.ref_labels),
            speakers: texts(doc, fields.speaker_name)
                .into_iter()
                .enumerate()
                .map(|(i, name)| Speaker {
                    name,
                    title: titles.get(i).cloned().unwrap_or_default(),
                    ..Speaker::default()
                })
                .collect(),
            content_hash: number(doc, fields.content_hash),
        }
    }
}
