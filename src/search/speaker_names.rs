//! Officials named in part: "ông Chính nói gì", `--by "Minh Chính"`. After the first mention
//! a Vietnamese text names a person by the end of their name (the given name), and so do the
//! people who search; the index's own speakers say which full names that stands for.

use std::collections::{BTreeMap, BTreeSet};

use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, Occur};
use tantivy::schema::{TantivyDocument, Value};
use tantivy::{DocAddress, Term};

use super::query_builder::speaker_filter;
use super::question::Official;
use super::Searcher;
use crate::analysis::exact_form;
use crate::speakers::roles::{in_any_organ, role_and_holder, same_organ};
use crate::speakers::speaker_key;
use crate::text::fold::has_diacritics;
use crate::Result;

impl Searcher {
    /// `official` as the index knows them. A person's key stands for itself when someone in
    /// the index has that full name; else for everyone whose full name ends with those words
    /// ("chinh" → "pham minh chinh"), several people when several do: those whose name ends
    /// as `typed` spells it, diacritics and all, when it has them and some do ("Thúy" is
    /// Nguyễn Thị Thuý, not Trần Văn Thủy). Titles, and names nobody in the index has, are
    /// left as they are.
    pub(crate) fn known_official(&self, official: Official, typed: &str) -> Result<Official> {
        let (key, title) = match &official {
            Official::Person(key) => (key, None),
            Official::Titled { name, roles } => (name, Some(roles)),
            Official::Role(keys) => return self.known_holders(keys, official.clone()),
            _ => return Ok(official),
        };
        let field = self.fields().speaker_key;
        let searcher = self.tantivy_searcher();
        // A full name: one look-up, no walk over every speaker's name.
        if searcher.doc_freq(&Term::from_field_text(field, key))? > 0 {
            return Ok(Official::Person(key.clone()));
        }
        let ending = format!(" {key}");
        // Each name, with one of its live statements.
        let mut ends_so = BTreeMap::new();
        // A name whose statements were all deleted (re-indexed articles) is gone.
        self.visit_live_terms(
            field,
            |name| name.ends_with(&ending),
            |name, live| {
                if let Some((segment, doc)) = live.next() {
                    ends_so.insert(name.to_string(), DocAddress::new(segment, doc));
                }
            },
        )?;
        let typed_end = last_words(typed, key.split(' ').count());
        let mut people = self.spelled_as_typed(ends_so, &typed_end)?;
        if let Some(roles) = title {
            let holders = self.holding_one_of(&people, roles)?;
            if !holders.is_empty() {
                people = holders;
            }
        }
        Ok(match people.len() {
            0 => official,
            1 => Official::Person(people.remove(0)),
            _ => Official::People(people),
        })
    }

    /// Those of `people` (speaker keys) with a statement under one of the role keys
    /// `roles`: who hold the title so keyed somewhere in the index.
    fn holding_one_of(&self, people: &[String], roles: &[String]) -> Result<Vec<String>> {
        let fields = self.fields();
        let title = Official::Role(roles.to_vec());
        let searcher = self.tantivy_searcher();
        let mut holders = Vec::new();
        for person in people {
            let held = BooleanQuery::new(vec![
                (
                    Occur::Must,
                    speaker_filter(fields, &Official::Person(person.clone())),
                ),
                (Occur::Must, speaker_filter(fields, &title)),
            ]);
            if searcher.search(&held, &Count)? > 0 {
                holders.push(person.clone());
            }
        }
        Ok(holders)
    }

    /// The keys of `people` (each with one of their statements) whose names end as `typed`
    /// spells it, when it has diacritics and some do; else all of them.
    fn spelled_as_typed(
        &self,
        people: BTreeMap<String, DocAddress>,
        typed: &str,
    ) -> Result<Vec<String>> {
        if people.len() < 2 || !has_diacritics(typed) {
            return Ok(people.into_keys().collect());
        }
        let typed = exact_words(typed);
        let searcher = self.tantivy_searcher();
        let mut spelled = Vec::new();
        for (key, address) in &people {
            let doc: TantivyDocument = searcher.doc(*address)?;
            let name = doc
                .get_all(self.fields().speaker_name)
                .filter_map(|v| v.as_str())
                .find(|name| speaker_key(name) == *key);
            let exact = name.map(exact_words).unwrap_or_default();
            if exact == typed || exact.ends_with(&format!(" {typed}")) {
                spelled.push(key.clone());
            }
        }
        Ok(if spelled.is_empty() {
            people.into_keys().collect()
        } else {
            spelled
        })
    }

    /// A title in an organ as the index knows it (`keys`, from
    /// [`crate::speakers::roles::asked_role_keys`]): the people named holding it there
    /// ([`same_organ`]), with their statements where the title stands alone, and whoever
    /// holds the title where the article does not say, but for those named holding it in
    /// another organ (a question about the Minister of Finance does not bring the Minister of
    /// Home Affairs, named "Bộ trưởng" alone in one article; one about "Thủ tướng Chính phủ"
    /// brings a Prime Minister no article names with "Chính phủ").
    fn known_holders(&self, keys: &[String], asked: Official) -> Result<Official> {
        let (unplaced, roles): (Vec<String>, Vec<String>) =
            keys.iter().cloned().partition(|k| in_any_organ(k));
        if unplaced.is_empty() {
            return Ok(asked);
        }
        // The titles asked ("bo truong "), and the organ asked with each.
        let titles: Vec<String> = unplaced
            .iter()
            .map(|k| k.trim_end_matches(|c: char| c != ' ').to_string())
            .collect();
        let organ_of = |role: &'_ str| -> Option<String> {
            titles
                .iter()
                .find_map(|t| role.strip_prefix(t.as_str()))
                .map(str::to_string)
        };
        let asked_organs: Vec<String> = roles.iter().filter_map(|r| organ_of(r)).collect();
        let (mut here, mut elsewhere) = (BTreeSet::new(), BTreeSet::new());
        self.visit_live_terms(
            self.fields().speaker_role,
            |key| {
                titles.iter().any(|t| key.starts_with(t.as_str())) && role_and_holder(key).is_some()
            },
            |key, live| {
                let Some((role, person)) = role_and_holder(key) else {
                    return;
                };
                if live.next().is_none() {
                    return;
                }
                let organ = organ_of(role).unwrap_or_default();
                if asked_organs.iter().any(|a| same_organ(&organ, a)) {
                    here.insert(person.to_string());
                } else {
                    elsewhere.insert(person.to_string());
                }
            },
        )?;
        // Named there once is enough, wherever else.
        elsewhere.retain(|p| !here.contains(p));
        Ok(Official::Holders {
            roles,
            people: here.into_iter().collect(),
            unplaced,
            elsewhere: elsewhere.into_iter().collect(),
        })
    }
}

/// The last `n` words of `text`, single-spaced.
fn last_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words[words.len().saturating_sub(n)..].join(" ")
}

/// `text` lowercase, each word's tone mark placed by one rule ([`exact_form`]), single-spaced.
fn exact_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        exact_form(word, false, &mut out);
    }
    out
}
