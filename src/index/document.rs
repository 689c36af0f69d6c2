//! A passage as a tantivy document; an article's first passage also carries the article.

use tantivy::schema::TantivyDocument;

use super::schema::{article_hash, date_number, Fields};
use crate::analysis::signature::signature;
use crate::clean::Article;
use crate::passages::AnnotatedPassage;
use crate::speakers::roles::indexed_role_keys;
use crate::speakers::speaker_key;

/// Value of the `article_head` marker on an article's first passage.
pub const HEAD_MARKER: &str = "1";

/// Builds the document for one passage (tantivy's writer threads analyze its text). The
/// article's own data (title, source, url, date, author, views, input hash) is stored once,
/// on its first passage, whose `body` also indexes the title (a second value, after the
/// passage text) unless the title was derived from that text; a passage's `body` also
/// indexes the names of the officials who speak in it; every passage carries what
/// finds, filters and groups it: the article key and hash, the publication day, its text,
/// references and speakers.
pub fn passage_document(
    fields: &Fields,
    article: &ArticleData,
    passage: &AnnotatedPassage,
) -> TantivyDocument {
    let ArticleData {
        article,
        content_hash,
        title_words,
    } = *article;
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.title_words, title_words);
    doc.add_text(fields.article_key, &article.id);
    doc.add_text(fields.article_id, &article.id);
    doc.add_u64(fields.article_hash, article_hash(&article.id));
    let meta = &article.metadata;
    if let Some(day) = meta.date.as_deref().and_then(date_number) {
        doc.add_u64(fields.published, day);
    }
    if passage.passage.index == 0 {
        add_article_data(fields, article, content_hash, &mut doc);
    }
    doc.add_text(fields.body, &passage.passage.text);
    if passage.passage.index == 0 && !meta.title_derived {
        if let Some(title) = &meta.title {
            doc.add_text(fields.body, title);
        }
    }
    doc.add_u64(fields.passage_index, passage.passage.index as u64);
    for key in &passage.ref_keys {
        doc.add_text(fields.refs, key);
    }
    for key in &passage.title_ref_keys {
        doc.add_text(fields.title_refs, key);
    }
    for label in &passage.ref_labels {
        doc.add_text(fields.ref_labels, label);
    }
    for speaker in &passage.speakers {
        // The speaker's name is searchable in the passage even where the text says only
        // "Thủ tướng": a query naming the official finds what they said.
        doc.add_text(fields.body, &speaker.name);
        doc.add_text(fields.speaker_name, &speaker.name);
        doc.add_text(fields.speaker_title, &speaker.title);
        let person = speaker_key(&speaker.name);
        for key in indexed_role_keys(&speaker.title, &speaker.organ, &person) {
            doc.add_text(fields.speaker_role, key);
        }
        doc.add_text(fields.speaker_key, person);
    }
    doc
}

/// What every passage document takes from its article, computed once per article.
#[derive(Debug, Clone, Copy)]
pub struct ArticleData<'a> {
    /// The cleaned article.
    pub article: &'a Article,
    /// Hash of its input.
    pub content_hash: u64,
    /// The signature of its title's words.
    pub title_words: u64,
}

impl<'a> ArticleData<'a> {
    /// The data of `article`, read from input hashed `content_hash`.
    pub fn new(article: &'a Article, content_hash: u64) -> Self {
        ArticleData {
            article,
            content_hash,
            title_words: article
                .metadata
                .title
                .as_deref()
                .map(signature)
                .unwrap_or(0),
        }
    }
}

/// The article's own fields, on its first passage only.
fn add_article_data(
    fields: &Fields,
    article: &Article,
    content_hash: u64,
    doc: &mut TantivyDocument,
) {
    doc.add_text(fields.article_head, HEAD_MARKER);
    doc.add_u64(fields.content_hash, content_hash);
    doc.add_text(fields.source, &article.source);
    if let Some(url) = &article.url {
        doc.add_text(fields.url, url);
    }
    let meta = &article.metadata;
    for (field, value) in [
        (fields.title, &meta.title),
        (fields.date, &meta.date),
        (fields.author, &meta.author),
    ] {
        if let Some(v) = value {
            doc.add_text(field, v);
        }
    }
    if meta.title_derived {
        doc.add_u64(fields.title_derived, 1);
    }
    if let Some(views) = meta.views {
        doc.add_u64(fields.views, views);
    }
}
