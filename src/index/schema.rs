//! The tantivy schema: one document per passage; the article's own data (title, source, url,
//! date, author, views) is stored once, on its first passage (the *head*, marked by
//! `article_head`).
//!
//! One indexed text field, `body`: the passage analyzed by the Vietnamese tokenizer
//! ([`crate::analysis::tokenizer`]), one folded term per word, with positions; the head's
//! `body` also holds its article's title as a second value (positions never run from one
//! value into the next, so no phrase spans the two). A word of the title is thus a word of
//! the head passage: every query clause is a plain term or phrase over one field, which lets
//! tantivy intersect and skip posting lists instead of merging a `body` and a `title` list
//! per word. Stored fields hold what search results show.

use crate::analysis::tokenizer::VIETNAMESE;
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST,
    INDEXED, STORED, STRING,
};

/// Bumped whenever the schema or the analysis changes what is indexed.
pub const SCHEMA_VERSION: u32 = 33;

fn analyzed(record: IndexRecordOption) -> TextOptions {
    TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(VIETNAMESE)
                .set_index_option(record),
        )
        .set_stored()
}

/// Declares the fields once: their handles (`Fields`), the schema builder and the lookup in
/// an opened index's schema all come from this one list, under the field's own name.
macro_rules! passage_fields {
    ($($(#[$doc:meta])* $name:ident: $add:ident($options:expr),)*) => {
        /// The fields of a passage document.
        #[derive(Debug, Clone, Copy)]
        pub struct Fields {
            $($(#[$doc])* pub $name: Field,)*
        }

        /// Builds the schema and its field handles.
        pub fn build_schema() -> (Schema, Fields) {
            let mut b = Schema::builder();
            let fields = Fields {
                $($name: b.$add(stringify!($name), $options),)*
            };
            (b.build(), fields)
        }

        /// Field handles of an opened index's schema.
        pub fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
            Ok(Fields {
                $($name: schema.get_field(stringify!($name))?,)*
            })
        }
    };
}

passage_fields! {
    /// Article identity, indexed untokenized (deletes and filters).
    article_key: add_text_field(STRING),
    /// Marker on the first passage of each article (lists articles cheaply).
    article_head: add_text_field(STRING),
    /// Hash of the article's raw input, stored on the head.
    content_hash: add_u64_field(STORED),
    /// Hash of the article id, a fast field: counts distinct articles without loading
    /// documents.
    article_hash: add_u64_field(FAST),
    /// Article id, stored on every passage (it finds the head).
    article_id: add_text_field(STORED),
    /// Source path (or `path#line`), stored on the head.
    source: add_text_field(STORED),
    /// Original URL, stored on the head.
    url: add_text_field(STORED),
    /// Title, stored on the head (indexed as the head's second `body` value).
    title: add_text_field(STORED),
    /// 1 when the title was derived from the body (the page named none), stored on the head.
    title_derived: add_u64_field(STORED),
    /// Date `YYYY-MM-DD`, stored on the head.
    date: add_text_field(STORED),
    /// The publication date as the number `YYYYMMDD`, indexed for ranges and fast for
    /// sorting, on every passage; absent when the article has no date.
    published: add_u64_field(INDEXED | FAST),
    /// The signature of the article's title words ([`crate::analysis::signature`]), a fast
    /// field on every passage: the title weighs on all of them without being repeated.
    title_words: add_u64_field(FAST),
    /// Author, stored on the head.
    author: add_text_field(STORED),
    /// View count, stored on the head.
    views: add_u64_field(STORED),
    /// The passage text: analyzed (one folded term per word, with positions) and stored; on
    /// the head, the article's title follows as a second value (read: the first value).
    body: add_text_field(analyzed(IndexRecordOption::WithFreqsAndPositions)),
    /// Position of the passage in its article.
    passage_index: add_u64_field(NumericOptions::default().set_stored() | FAST),
    /// Keys of the document references cited by the passage, indexed.
    refs: add_text_field(STRING),
    /// Keys of the document references the article's title cites, indexed on its head (the
    /// title being words of the head's `body`): a reference typed as words finds the head
    /// through its title as through its text.
    title_refs: add_text_field(STRING),
    /// The references as written, stored and fast (facets count them without loading
    /// documents).
    ref_labels: add_text_field(STORED | FAST),
    /// Names of the people speaking, stored and fast (as `ref_labels`).
    speaker_name: add_text_field(STORED | FAST),
    /// Their titles, stored in the same order.
    speaker_title: add_text_field(STORED),
    /// Their folded lowercase names, indexed untokenized.
    speaker_key: add_text_field(STRING),
    /// Their folded lowercase titles ("thu tuong"), indexed untokenized: a question about
    /// what "Thủ tướng" said finds the statements of whoever the article names with it.
    speaker_role: add_text_field(STRING),
}

/// The name of the `speaker_name` field, for queries that name their field (tantivy's
/// `ExistsQuery` reads its fast column by name).
pub const SPEAKER_NAME_FIELD: &str = "speaker_name";

/// The name of the `ref_labels` field, for the same reason: a passage citing any document
/// holds a value in its column.
pub const REF_LABELS_FIELD: &str = "ref_labels";

/// The `published` value of a `YYYY-MM-DD` date.
pub fn date_number(date: &str) -> Option<u64> {
    let digits: String = date.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits.len() == 8).then(|| digits.parse().ok()).flatten()
}

/// The value of the `article_hash` field for an article id.
pub fn article_hash(id: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(id.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_speaker_name_field_is_named_as_its_constant_says() {
        let (schema, fields) = build_schema();
        assert_eq!(
            schema.get_field(REF_LABELS_FIELD).ok(),
            Some(fields.ref_labels)
        );
        assert_eq!(
            schema.get_field(SPEAKER_NAME_FIELD).ok(),
            Some(fields.speaker_name)
        );
    }
}
