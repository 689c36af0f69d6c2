//! Phrases marked at index time: where the folded words of a known phrase follow each other
//! ("thu tuc hanh chinh"), the token stream also holds one *mark* term (`=thu tuc hanh
//! chinh`) at the phrase's first position. A search for the phrase as a whole (an acronym's
//! spelled-out form: `TTHC`) then reads one short posting list instead of checking the
//! positions of four very common words in every passage holding them all.
//!
//! The phrases are the built-in acronyms' expansions ([`crate::acronyms::builtin_marks`]),
//! the same at index and query time; changing them changes what is indexed (a schema bump).

use std::collections::HashMap;

/// Starts every mark term; no word term contains it (the segmenter splits on it).
pub const MARK: char = '=';

/// The mark term of a folded, single-spaced phrase.
pub fn mark_term(phrase: &str) -> String {
    let mut term = String::with_capacity(phrase.len() + 1);
    term.push(MARK);
    term.push_str(phrase);
    term
}

/// The phrases to mark, by their first word.
#[derive(Debug, Clone, Default)]
pub struct PhraseMarks {
    by_first_word: HashMap<String, Vec<Vec<String>>>,
}

impl PhraseMarks {
    /// Marks for `phrases` (folded, single-spaced; phrases of one word are left out: the word
    /// itself is the term).
    pub fn new<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Self {
        let mut marks = PhraseMarks::default();
        for phrase in phrases {
            let words: Vec<String> = phrase.split(' ').map(str::to_string).collect();
            if words.len() < 2 || marks.contains(phrase) {
                continue;
            }
            marks
                .by_first_word
                .entry(words[0].clone())
                .or_default()
                .push(words);
        }
        marks
    }

    /// Whether `phrase` (folded, single-spaced) is marked in the index.
    pub fn contains(&self, phrase: &str) -> bool {
        let mut words = phrase.split(' ');
        let first = words.next().unwrap_or_default();
        self.by_first_word.get(first).is_some_and(|list| {
            list.iter()
                .any(|p| p.len() > 1 && p.iter().map(String::as_str).eq(phrase.split(' ')))
        })
    }

    /// The phrases starting with `word`.
    pub fn starting_with(&self, word: &str) -> &[Vec<String>] {
        self.by_first_word.get(word).map_or(&[], Vec::as_slice)
    }

    /// True when nothing is marked.
    pub fn is_empty(&self) -> bool {
        self.by_first_word.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_looked_up_whole() {
        let marks = PhraseMarks::new(["thu tuc hanh chinh", "thu tuc", "ubnd"]);
        assert!(marks.contains("thu tuc hanh chinh"));
        assert!(marks.contains("thu tuc"));
        assert!(!marks.contains("thu tuc hanh"));
        assert!(!marks.contains("ubnd"), "one word is not a phrase");
        assert_eq!(mark_term("thu tuc"), "=thu tuc");
    }
}
