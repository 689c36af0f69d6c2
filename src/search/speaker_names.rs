//! Officials named in part: "ông Chính nói gì", `--by "Minh Chính"`. After the first mention
//! a Vietnamese text names a person by the end of their name (the given name), and so do the
//! people who search; the index's own speakers say which full names that stands for.

use std::collections::BTreeSet;

use tantivy::Term;

use super::question::Official;
use super::Searcher;
use crate::speakers::roles::{held_by, holders_prefix, in_any_organ};
use crate::Result;

impl Searcher {
    /// `official` as the index knows them. A person's key stands for itself when someone in
    /// the index has that full name; else for everyone whose full name ends with those words
    /// ("chinh" → "pham minh chinh"), several people when several do. Titles, and names
    /// nobody in the index has, are left as they are.
    pub(crate) fn known_official(&self, official: Official) -> Result<Official> {
        let key = match &official {
            Official::Person(key) => key,
            Official::Role(keys) => return self.known_holders(keys, official.clone()),
            _ => return Ok(official),
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

    /// A title in an organ as the index knows it (`keys`, from
    /// [`crate::speakers::roles::asked_role_keys`]): the people named holding it there, with
    /// their statements where the title stands alone; when no one is, whoever holds the
    /// title where the article does not say, but for those named holding it in another organ
    /// (a question about the Minister of Finance does not bring the Minister of Home Affairs,
    /// named "Bộ trưởng" alone in one article).
    fn known_holders(&self, keys: &[String], asked: Official) -> Result<Official> {
        let (unplaced, roles): (Vec<String>, Vec<String>) =
            keys.iter().cloned().partition(|k| in_any_organ(k));
        if unplaced.is_empty() {
            return Ok(asked);
        }
        let people = self.holders(&roles.iter().map(|r| holders_prefix(r)).collect::<Vec<_>>())?;
        if !people.is_empty() {
            return Ok(Official::Holders {
                roles,
                people,
                elsewhere: Vec::new(),
            });
        }
        // Holders of the title in any organ: its keys, with the organ left open.
        let titles: Vec<String> = unplaced
            .iter()
            .map(|k| k.trim_end_matches(|c: char| c != ' ').to_string())
            .collect();
        let elsewhere = self.holders(&titles)?;
        Ok(Official::Holders {
            roles: unplaced,
            people: Vec::new(),
            elsewhere,
        })
    }

    /// The people whose role keys begin with one of `prefixes` and name them
    /// ([`crate::speakers::roles::holders_prefix`]), in live documents.
    fn holders(&self, prefixes: &[String]) -> Result<Vec<String>> {
        let mut people = BTreeSet::new();
        self.visit_live_terms(
            self.fields().speaker_role,
            |key| prefixes.iter().any(|p| key.starts_with(p.as_str())) && held_by(key).is_some(),
            |key, live| {
                if live.next().is_some() {
                    if let Some(person) = held_by(key) {
                        people.insert(person.to_string());
                    }
                }
            },
        )?;
        Ok(people.into_iter().collect())
    }
}
