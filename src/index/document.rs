//! A passage, with its article's fields, as a tantivy document.

use tantivy::schema::TantivyDocument;

use super::schema::Fields;
use crate::analysis::analyzer::pre_tokenized;
use crate::analysis::speakers::speaker_key;
use crate::analysis::AnalyzedFields;
use crate::clean::Article;
use crate::passages::AnnotatedPassage;

/// Value of the `article_head` marker on an article's first passage.
pub const HEAD_MARKER: &str = "1";

/// Builds the document for one passage. `title_fields` is the analyzed title, shared by
/// every passage of the article.
pub fn passage_document(
    fields: &Fields,
    article: &Article,
    content_hash: u64,
    title_fields: Option<&(String, AnalyzedFields)>,
    passage: &AnnotatedPassage,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.article_key, &article.id);
    doc.add_text(fields.article_id, &article.id);
    if passage.passage.index == 0 {
        doc.add_text(fields.article_head, HEAD_MARKER);
        doc.add_u64(fields.content_hash, content_hash);
    }
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
    if let Some(views) = meta.views {
        doc.add_u64(fields.views, views);
    }
    let text = &passage.passage.text;
    doc.add_text(fields.passage, text);
    doc.add_u64(fields.passage_index, passage.passage.index as u64);
    let analyzed = AnalyzedFields::from_text(text);
    doc.add_pre_tokenized_text(fields.body_exact, pre_tokenized(text, analyzed.exact));
    doc.add_pre_tokenized_text(fields.body_folded, pre_tokenized(text, analyzed.folded));
    doc.add_pre_tokenized_text(
        fields.bigram_exact,
        pre_tokenized(text, analyzed.exact_bigrams),
    );
    doc.add_pre_tokenized_text(
        fields.bigram_folded,
        pre_tokenized(text, analyzed.folded_bigrams),
    );
    if let Some((title, t)) = title_fields {
        doc.add_pre_tokenized_text(fields.title_exact, pre_tokenized(title, t.exact.clone()));
        doc.add_pre_tokenized_text(fields.title_folded, pre_tokenized(title, t.folded.clone()));
    }
    for key in &passage.ref_keys {
        doc.add_text(fields.refs, key);
    }
    for label in &passage.ref_labels {
        doc.add_text(fields.ref_labels, label);
    }
    for speaker in &passage.speakers {
        doc.add_text(fields.speaker_name, &speaker.name);
        doc.add_text(fields.speaker_title, &speaker.title);
        doc.add_text(fields.speaker_key, speaker_key(&speaker.name));
    }
    doc
}
