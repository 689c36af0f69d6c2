//! Where the candidates hold the query's words, read from the index's positions: the
//! re-scorer's phrase share ([`super::rescore::Rescorer::phrase_share`]) for every candidate
//! without reading its stored text.
//!
//! Per segment, each query form's postings are opened once and sought to the candidates in
//! doc order, so a window of candidates costs a few skips per form, not a stored document
//! each.

use std::collections::HashMap;

use tantivy::postings::Postings;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocSet, Term, TERMINATED};

use super::rescore::FormAt;
use crate::Result;

/// For each of `candidates`, the positions in `field` where it holds one of `forms`, as
/// (position, index into `forms`) sorted by position; a candidate holding none is absent.
pub fn forms_at(
    searcher: &tantivy::Searcher,
    field: Field,
    forms: &[String],
    candidates: &[DocAddress],
) -> Result<HashMap<DocAddress, Vec<FormAt>>> {
    let mut by_segment: HashMap<u32, Vec<u32>> = HashMap::new();
    for address in candidates {
        by_segment
            .entry(address.segment_ord)
            .or_default()
            .push(address.doc_id);
    }
    let mut found: HashMap<DocAddress, Vec<FormAt>> = HashMap::new();
    let mut buffer = Vec::new();
    for (segment_ord, mut docs) in by_segment {
        docs.sort_unstable();
        docs.dedup();
        let inverted = searcher.segment_reader(segment_ord).inverted_index(field)?;
        for (form_index, form) in forms.iter().enumerate() {
            let term = Term::from_field_text(field, form);
            let postings = inverted
                .read_postings(&term, IndexRecordOption::WithFreqsAndPositions)
                .map_err(tantivy::TantivyError::from)?;
            let Some(mut postings) = postings else {
                continue;
            };
            for &doc in &docs {
                if postings.doc() == TERMINATED {
                    break;
                }
                if postings.doc() > doc || postings.seek(doc) != doc {
                    continue;
                }
                buffer.clear();
                postings.positions(&mut buffer);
                found
                    .entry(DocAddress::new(segment_ord, doc))
                    .or_default()
                    .extend(buffer.iter().map(|&p| (p, form_index)));
            }
        }
    }
    for positions in found.values_mut() {
        positions.sort_unstable();
    }
    Ok(found)
}
