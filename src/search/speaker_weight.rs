//! Passages where someone the query names speaks come first among those that match it as
//! well: "Phạm Minh Chính cải cách hành chính" asks above all for what he said about it, not
//! for a photo's caption or a report that names him.
//!
//! Runs of two to four query words, opening with a family name, that are a speaker's full
//! name in the index (one term look-up each) give the speakers' keys; a candidate's factor
//! comes from seeking those keys' postings to it, as the phrase share does with positions.

use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, Term};

use super::positions::visit_holders;
use super::user_query::UserQuery;
use crate::speakers::{may_be_family_name, speaker_key};
use crate::Result;

/// Score factor of a passage where someone the query names speaks: `1 + SPEAKER_WEIGHT`.
pub const SPEAKER_WEIGHT: f32 = 0.5;

/// Words in a full name, fewest and most.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// The speakers a query names, as `speaker_key` terms.
#[derive(Debug, Default)]
pub struct SpeakerWeight {
    terms: Vec<Term>,
}

impl SpeakerWeight {
    /// The speakers of the index whose full names the words of `query` (outside quotes)
    /// spell, in `field` (the speakers' keys).
    pub fn new(searcher: &tantivy::Searcher, field: Field, query: &UserQuery) -> Result<Self> {
        let words: Vec<&str> = query
            .words
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        let mut terms: Vec<Term> = Vec::new();
        for n in NAME_WORDS {
            // A full name opens with a family name: other runs are not looked up.
            for run in words.windows(n).filter(|run| may_be_family_name(run[0])) {
                let term = Term::from_field_text(field, &speaker_key(&run.join(" ")));
                if !terms.contains(&term) && searcher.doc_freq(&term)? > 0 {
                    terms.push(term);
                }
            }
        }
        Ok(SpeakerWeight { terms })
    }

    /// True when the query names no speaker of the index.
    pub fn is_neutral(&self) -> bool {
        self.terms.is_empty()
    }

    /// The largest factor [`SpeakerWeight::factors`] gives.
    pub fn max_factor(&self) -> f32 {
        if self.is_neutral() {
            1.0
        } else {
            1.0 + SPEAKER_WEIGHT
        }
    }

    /// Each candidate's factor, in their order: `1 + SPEAKER_WEIGHT` where someone the query
    /// names speaks, else 1.
    pub fn factors(
        &self,
        searcher: &tantivy::Searcher,
        candidates: &[DocAddress],
    ) -> Result<Vec<f32>> {
        let mut factors = vec![1.0; candidates.len()];
        let lifted = self.max_factor();
        visit_holders(
            searcher,
            &self.terms,
            IndexRecordOption::Basic,
            candidates,
            |i, _, _| factors[i] = lifted,
        )?;
        Ok(factors)
    }
}
