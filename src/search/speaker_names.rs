//! Officials named in part: "ông Chính nói gì", `--by "Minh Chính"`. After the first mention
//! a Vietnamese text names a person by the end of their name (the given name), and so do the
//! people who search; the index's own speakers say which full names that stands for.

use std::collections::BTreeSet;

use tantivy::Term;

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
        // A name whose statements were all deleted (re-indexed articles) is gone.
        self.visit_live_terms(
            field,
            |name| name.ends_with(&ending),
            |name, live| {
                if live.next().is_some() {
                    ends_so.insert(name.to_string());
                }
            },
        )?;
        let mut people: Vec<String> = ends_so.into_iter().collect();
        Ok(match people.len() {
            0 => official,
            1 => Official::Person(people.remove(0)),
            _ => Official::People(people),
        })
    }
}
