//! Where the candidates hold the query's words, read from the index's positions: the
//! re-scorer's phrase share ([`super::rescore::Rescorer::phrase_share`]) for every candidate
//! without reading its stored text.
//!
//! Per segment, each query form's postings are opened once and sought to the candidates in
//! doc order ([`visit_holders`], also how [`super::speaker_weight`] finds who speaks), so a
//! window of candidates costs a few skips per form, not a stored document each.

use tantivy::postings::{Postings, SegmentPostings};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocSet, Term, TERMINATED};

use super::rescore::FormAt;
use crate::Result;

/// Calls `visit(i, t, postings)` for each candidate `candidates[i]` that holds `terms[t]`,
/// with the term's postings (read with `option`) sought to it. Per segment, each term's
/// postings are opened once and read forward over the candidates in doc order.
pub fn visit_holders(
    searcher: &tantivy::Searcher,
    terms: &[Term],
    option: IndexRecordOption,
    candidates: &[DocAddress],
    mut visit: impl FnMut(usize, usize, &mut SegmentPostings),
) -> Result<()> {
    let Some(field) = terms.first().map(Term::field) else {
        return Ok(());
    };
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_unstable_by_key(|&i| candidates[i]);
    for segment in order.chunk_by(|&a, &b| candidates[a].segment_ord == candidates[b].segment_ord) {
        let segment_ord = candidates[segment[0]].segment_ord;
        let inverted = searcher.segment_reader(segment_ord).inverted_index(field)?;
        for (t, term) in terms.iter().enumerate() {
            let postings = inverted
                .read_postings(term, option)
                .map_err(tantivy::TantivyError::from)?;
            let Some(mut postings) = postings else {
                continue;
            };
            for &i in segment {
                let doc = candidates[i].doc_id;
                if postings.doc() == TERMINATED {
                    break;
                }
                if postings.doc() <= doc && postings.seek(doc) == doc {
                    visit(i, t, &mut postings);
                }
            }
        }
    }
    Ok(())
}

/// For each of `candidates`, in their order, the positions in `field` where it holds one of
/// `forms`, as (position, index into `forms`) sorted by position (empty when it holds none).
pub fn forms_at(
    searcher: &tantivy::Searcher,
    field: Field,
    forms: &[String],
    candidates: &[DocAddress],
) -> Result<Vec<Vec<FormAt>>> {
    let mut found: Vec<Vec<FormAt>> = vec![Vec::new(); candidates.len()];
    let terms: Vec<Term> = forms
        .iter()
        .map(|f| Term::from_field_text(field, f))
        .collect();
    let mut buffer = Vec::new();
    visit_holders(
        searcher,
        &terms,
        IndexRecordOption::WithFreqsAndPositions,
        candidates,
        |i, form_index, postings| {
            buffer.clear();
            postings.positions(&mut buffer);
            found[i].extend(buffer.iter().map(|&p| (p, form_index)));
        },
    )?;
    for positions in &mut found {
        positions.sort_unstable();
    }
    Ok(found)
}
