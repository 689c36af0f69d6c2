//! The tantivy schema: one document per passage, carrying its article's fields.
//!
//! The passage and title are analyzed by the Vietnamese tokenizer
//! ([`crate::analysis::tokenizer`]): one stream holds exact, folded and bigram terms. Stored
//! fields hold what search results show.

use crate::analysis::tokenizer::VIETNAMESE;
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
    STRING,
};

/// Bumped whenever the schema or the analysis changes what is indexed.
pub const SCHEMA_VERSION: u32 = 3;

/// The fields of a passage document.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Article identity, indexed untokenized (deletes and filters).
    pub article_key: Field,
    /// Marker on the first passage of each article (lists articles cheaply).
    pub article_head: Field,
    /// Hash of the article's raw input, stored on the first passage.
    pub content_hash: Field,
    /// Hash of the article id, a fast field: counts distinct articles without loading
    /// documents.
    pub article_hash: Field,
    /// Article id, stored.
    pub article_id: Field,
    /// Source path (or `path#line`), stored.
    pub source: Field,
    /// Original URL, stored.
    pub url: Field,
    /// Title: analyzed like the body (without positions) and stored.
    pub title: Field,
    /// Date `YYYY-MM-DD`, stored.
    pub date: Field,
    /// Author, stored.
    pub author: Field,
    /// View count, stored.
    pub views: Field,
    /// The passage text: analyzed (exact, folded, bigrams, with positions) and stored.
    pub body: Field,
    /// Position of the passage in its article.
    pub passage_index: Field,
    /// Keys of the document references cited by the passage, indexed.
    pub refs: Field,
    /// The references as written, stored.
    pub ref_labels: Field,
    /// Names of the people speaking, stored.
    pub speaker_name: Field,
    /// Their titles, stored in the same order.
    pub speaker_title: Field,
    /// Their folded lowercase names, indexed untokenized.
    pub speaker_key: Field,
}

fn analyzed(record: IndexRecordOption) -> TextOptions {
    TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(VIETNAMESE)
                .set_index_option(record),
        )
        .set_stored()
}

/// Builds the schema and its field handles.
pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        article_key: b.add_text_field("article_key", STRING),
        article_head: b.add_text_field("article_head", STRING),
        content_hash: b.add_u64_field("content_hash", STORED),
        article_hash: b.add_u64_field("article_hash", FAST),
        article_id: b.add_text_field("article_id", STORED),
        source: b.add_text_field("source", STORED),
        url: b.add_text_field("url", STORED),
        title: b.add_text_field("title", analyzed(IndexRecordOption::WithFreqs)),
        date: b.add_text_field("date", STORED),
        author: b.add_text_field("author", STORED),
        views: b.add_u64_field("views", STORED),
        body: b.add_text_field("body", analyzed(IndexRecordOption::WithFreqsAndPositions)),
        passage_index: b.add_u64_field(
            "passage_index",
            NumericOptions::default().set_stored() | FAST,
        ),
        refs: b.add_text_field("refs", STRING),
        ref_labels: b.add_text_field("ref_labels", STORED),
        speaker_name: b.add_text_field("speaker_name", STORED),
        speaker_title: b.add_text_field("speaker_title", STORED),
        speaker_key: b.add_text_field("speaker_key", STRING),
    };
    (b.build(), fields)
}

/// The value of the `article_hash` field for an article id.
pub fn article_hash(id: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(id.as_bytes())
}

/// Field handles of an opened index's schema.
pub fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
    let f = |name: &str| schema.get_field(name);
    Ok(Fields {
        article_key: f("article_key")?,
        article_head: f("article_head")?,
        content_hash: f("content_hash")?,
        article_hash: f("article_hash")?,
        article_id: f("article_id")?,
        source: f("source")?,
        url: f("url")?,
        title: f("title")?,
        date: f("date")?,
        author: f("author")?,
        views: f("views")?,
        body: f("body")?,
        passage_index: f("passage_index")?,
        refs: f("refs")?,
        ref_labels: f("ref_labels")?,
        speaker_name: f("speaker_name")?,
        speaker_title: f("speaker_title")?,
        speaker_key: f("speaker_key")?,
    })
}
