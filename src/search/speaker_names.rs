//! Officials named in part: "ông Chính nói gì", `--by "Minh Chính"`. After the first mention
//! a Vietnamese text names a person by the end of their name (the given name), and so do the
//! people who search; the index's own speakers say which full names that stands for.

use std::collections::BTreeSet;

use tantivy::schema::IndexRecordOption;
use tantivy::DocSet;
use tantivy::{Term, TERMINATED};

use super::question::Official;
use super::Searcher;
use crate::Result;

impl Searcher {
    /// `official` as the index knows them. A person's key stands for itself when someone in
    /// the index has that full name; else for everyone whose full name ends with those words
    /// ("chinh" → "pham minh chinh"), several people when several do. Titles, and names
    /// nobody in the index has, are left as they are.
    pub(crate) fn known_official(&self, official: Official) -> Result<Official> {
        let Official::Person(key) = &official else {
            return Ok(official);
        };
        let field = self.fields().speaker_key;
        let searcher = self.tantivy_searcher();
        // A full name: one look-up, no walk over every speaker's name.
        if searcher.doc_freq(&Term::from_field_text(field, key))? > 0 {
            return Ok(official);
        }
        let ending = format!(" {key}");
        let mut ends_so = BTreeSet::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let alive = segment.alive_bitset();
            let mut terms = inverted
                .terms()
                .stream()
                .map_err(tantivy::TantivyError::from)?;
            while terms.advance() {
                let name = String::from_utf8_lossy(terms.key());
                if !name.ends_with(&ending) {
                    continue;
                }
                // A name whose statements were all deleted (re-indexed articles) is gone.
                let mut postings = inverted
                    .read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)
                    .map_err(tantivy::TantivyError::from)?;
                let mut doc = postings.doc();
                while doc != TERMINATED && alive.is_some_and(|a| !a.is_alive(doc)) {
                    doc = postings.advance();
                }
                if doc != TERMINATED {
                    ends_so.insert(name.into_owned());
                }
            }
        }
        let mut people: Vec<String> = ends_so.into_iter().collect();
        Ok(match people.len() {
            0 => official,
            1 => Official::Person(people.remove(0)),
            _ => Official::People(people),
        })
    }
}
