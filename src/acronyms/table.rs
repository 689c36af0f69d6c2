//! Acronyms: a query with "TTHC" also finds "thủ tục hành chính", and the other way round.
//!
//! Enters: a built-in table and the definitions articles give ("thủ tục hành chính (TTHC)").
//! Leaves: an [`AcronymTable`] that maps an acronym's key (folded, lowercase) to its
//! expansions and back. Definitions are accepted only when the acronym's letters are the
//! initials of the words before the parenthesis, so a stray parenthesis teaches nothing.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::builtin::ACRONYMS;
use crate::analysis::analyzer::{dotted_initials, for_each_folded};
use crate::text::search_key;

/// Acronyms and their spelled-out forms, keyed by folded lowercase forms.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct AcronymTable {
    /// Acronym key (`tthc`) to expansions (`thu tuc hanh chinh`), folded.
    pub expansions: BTreeMap<String, Vec<String>>,
}

static DEFINITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\s*(\p{Lu}[\p{Lu}\d.\-&]{1,11})\s*\)").unwrap());

/// Single-spaced key of a phrase: its words' folded forms as the index holds them
/// ([`for_each_folded`]: "quy phạm" is `qui pham`, as the analyzer spells a final `y` after
/// one consonant); punctuation is dropped, so "kinh tế - xã hội" gives `kinh te xa hoi`.
pub fn phrase_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for_each_folded(text, |_, _, folded| {
        for word in folded.split(|c: char| !c.is_alphanumeric()) {
            if !word.is_empty() {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(word);
            }
        }
    });
    key
}

/// Key of an acronym as the index holds it: folded and lowercase, inner `-` and `.` kept
/// (`KT-XH` → `kt-xh`, the compound term the analyzer emits), but for the points of
/// capitals written one by one (`U.B.N.D` → `ubnd`, [`dotted_initials`]).
pub fn acronym_key(acronym: &str) -> String {
    let key: String = search_key(acronym).split_whitespace().collect();
    if dotted_initials(acronym.trim()) {
        key.replace('.', "")
    } else {
        key
    }
}

impl AcronymTable {
    /// The built-in table.
    pub fn builtin() -> Self {
        let mut t = AcronymTable::default();
        for (a, e) in ACRONYMS {
            t.add(a, e);
        }
        t
    }

    /// Adds one acronym and its expansion.
    pub fn add(&mut self, acronym: &str, expansion: &str) {
        let list = self.expansions.entry(acronym_key(acronym)).or_default();
        let e = phrase_key(expansion);
        if !e.is_empty() && !list.contains(&e) {
            list.push(e);
        }
    }

    /// Merges another table into this one.
    pub fn merge(&mut self, other: &AcronymTable) {
        for (a, es) in &other.expansions {
            for e in es {
                let list = self.expansions.entry(a.clone()).or_default();
                if !list.contains(e) {
                    list.push(e.clone());
                }
            }
        }
    }

    /// Adds the acronyms `learned` from a corpus that this table does not define: an acronym
    /// of the built-in table means what the table says (a corpus of generated or careless
    /// text "defines" `TTHC` as anything whose initials fit), learned definitions add the
    /// acronyms the table lacks.
    pub fn add_learned(&mut self, learned: &AcronymTable) {
        for (a, es) in &learned.expansions {
            if !self.expansions.contains_key(a) {
                self.expansions.insert(a.clone(), es.clone());
            }
        }
    }

    /// Learns the definitions `text` gives: words whose initials spell the acronym in the
    /// parenthesis right after them.
    pub fn learn(&mut self, text: &str) {
        for c in DEFINITION.captures_iter(text) {
            let whole = c.get(0).expect("match");
            let key = acronym_key(&c[1]);
            // An ampersand stands for "và" ("GD&ĐT": Giáo dục và Đào tạo).
            let letters: Vec<char> = key
                .chars()
                .filter_map(|c| match c {
                    '&' => Some('v'),
                    c if c.is_alphabetic() => Some(c),
                    _ => None,
                })
                .collect();
            if letters.len() < 2 || key.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let before: Vec<&str> = text[..whole.start()].split_whitespace().collect();
            let n = letters.len();
            if before.len() < n {
                continue;
            }
            let words = &before[before.len() - n..];
            let initials: String = words
                .iter()
                .filter_map(|w| search_key(w).chars().find(|c| c.is_alphanumeric()))
                .collect();
            if initials.chars().collect::<Vec<_>>() == letters {
                self.add(&c[1], &words.join(" "));
            }
        }
    }

    /// Expansions of an acronym typed by a user.
    pub fn expand(&self, word: &str) -> &[String] {
        self.expansions
            .get(&acronym_key(word))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Expansions of an acronym typed by a user, then the other acronyms of the same
    /// expansions ("TPHCM": `thanh pho ho chi minh`, then `tp.hcm`), each a phrase key.
    pub fn expand_alike(&self, word: &str) -> Vec<String> {
        let expansions = self.expand(word);
        if expansions.is_empty() {
            return Vec::new();
        }
        let typed = acronym_key(word);
        let alike = self
            .expansions
            .iter()
            .filter(|(a, es)| **a != typed && es.iter().any(|e| expansions.contains(e)));
        let mut all = expansions.to_vec();
        all.extend(alike.map(|(a, _)| a.clone()));
        all
    }

    /// Acronyms whose expansion occurs in the folded `query` phrase, each with the expansion
    /// found (`("tthc", "thu tuc hanh chinh")`).
    pub fn contract(&self, query: &str) -> Vec<(String, String)> {
        let q = format!(" {} ", phrase_key(query));
        self.expansions
            .iter()
            .filter_map(|(a, es)| {
                let e = es.iter().find(|e| q.contains(&format!(" {e} ")))?;
                Some((a.clone(), e.clone()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_both_directions() {
        let t = AcronymTable::builtin();
        assert_eq!(t.expand("TTHC"), ["thu tuc hanh chinh"]);
        assert_eq!(t.expand("KT-XH"), ["kinh te xa hoi"]);
        let pair = |a: &str, e: &str| (a.to_string(), e.to_string());
        assert!(t
            .contract("phát triển kinh tế - xã hội")
            .contains(&pair("kt-xh", "kinh te xa hoi")));
        assert!(t
            .contract("cải cách thủ tục hành chính")
            .contains(&pair("tthc", "thu tuc hanh chinh")));
    }

    #[test]
    fn an_acronym_expands_to_its_words_and_the_other_acronyms_of_them() {
        let t = AcronymTable::builtin();
        assert_eq!(
            t.expand_alike("TPHCM"),
            ["thanh pho ho chi minh", "tp ho chi minh", "tp.hcm"]
        );
        assert_eq!(t.expand_alike("GD&ĐT"), ["giao duc va dao tao"]);
        assert!(t
            .contract("Sở Giáo dục và Đào tạo")
            .contains(&("gd&dt".to_string(), "giao duc va dao tao".to_string())));
    }

    #[test]
    fn learned_definitions_add_acronyms_but_do_not_redefine_built_in_ones() {
        let mut learned = AcronymTable::default();
        learned.learn("tiếp tục hành chính (TTHC) và quản lý văn bản điều hành (QLVBĐH)");
        let mut t = AcronymTable::builtin();
        t.add_learned(&learned);
        assert_eq!(t.expand("TTHC"), ["thu tuc hanh chinh"]);
        // Spelled as the index folds it ("lý" is `li`, as "lí" is).
        assert_eq!(t.expand("QLVBĐH"), ["quan li van ban dieu hanh"]);
    }

    #[test]
    fn learns_definitions_whose_initials_match() {
        let mut t = AcronymTable::default();
        t.learn("Hệ thống quản lý văn bản điều hành (QLVBĐH) và một câu (XYZ) khác.");
        // Spelled as the index folds it ("lý" is `li`, as "lí" is).
        assert_eq!(t.expand("QLVBĐH"), ["quan li van ban dieu hanh"]);
        t.learn("Sở Văn hóa và Thể thao (VH&TT) chủ trì.");
        assert_eq!(t.expand("VH&TT"), ["van hoa va the thao"]);
        assert!(t.expand("XYZ").is_empty());
    }
}
