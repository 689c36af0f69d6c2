//! Where the candidates hold the query's words, read from the index's positions: the
//! re-scorer's phrase share ([`super::rescore::Rescorer::phrase_share`]) for every candidate
//! without reading its stored text.
//!
//! Per segment, each query form's postings are opened once and sought to the candidates in
//! doc order, so a window of candidates costs a few skips per form, not a stored document
//! each.

use tantivy::postings::Postings;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocSet, Term, TERMINATED};

use super::rescore::FormAt;
use crate::Result;

/// For each of `candidates`, in their order, the positions in `field` where it holds one of
/// `forms`, as (position, index into `forms`) sorted by position (empty when it holds none).
pub fn forms_at(
    searcher: &tantivy::Searcher,
    field: Field,
    forms: &[String],
    candidates: &[DocAddress],
) -> Result<Vec<Vec<FormAt>>> {
    let mut found: Vec<Vec<FormAt>> = vec![Vec::new(); candidates.len()];
    // The candidates' indexes in doc order: each segment's postings are read forward once.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_unstable_by_key(|&i| candidates[i]);
    let mut buffer = Vec::new();
    for segment in order.chunk_by(|&a, &b| candidates[a].segment_ord == candidates[b].segment_ord) {
        let segment_ord = candidates[segment[0]].segment_ord;
        let inverted = searcher.segment_reader(segment_ord).inverted_index(field)?;
        for (form_index, form) in forms.iter().enumerate() {
            let term = Term::from_field_text(field, form);
            let postings = inverted
                .read_postings(&term, IndexRecordOption::WithFreqsAndPositions)
                .map_err(tantivy::TantivyError::from)?;
            let Some(mut postings) = postings else {
                continue;
            };
            for &i in segment {
                let doc = candidates[i].doc_id;
                if postings.doc() == TERMINATED {
                    break;
                }
                if postings.doc() > doc || postings.seek(doc) != doc {
                    continue;
                }
                buffer.clear();
                postings.positions(&mut buffer);
                found[i].extend(buffer.iter().map(|&p| (p, form_index)));
            }
        }
    }
    for positions in &mut found {
        positions.sort_unstable();
    }
    Ok(found)
}
