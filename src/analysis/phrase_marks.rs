//! Phrases marked at index time: where the folded words of a known phrase follow each other
//! ("thu tuc hanh chinh"), the token stream also holds one *mark* term (`=thu tuc hanh
//! chinh`) at the phrase's first position. A search for the phrase as a whole (an acronym's
//! spelled-out form: `TTHC`) then reads one short posting list instead of checking the
//! positions of four very common words in every passage holding them all.
//!
//! The phrases are the built-in acronyms' expansions ([`crate::acronyms::builtin_marks`]),
//! the same at index and query time; changing them changes what is indexed (a schema bump).

/// Starts every mark term; no word term contains it (the segmenter splits on it).
pub const MARK: char = '=';

/// The mark term of a folded, single-spaced phrase.
pub fn mark_term(phrase: &str) -> String {
    let mut term = String::with_capacity(phrase.len() + 1);
    term.push(MARK);
    term.push_str(phrase);
    term
}

/// The phrases to mark, by their first word (sorted: a lookup per indexed word is a binary
/// search over a few dozen short strings, cheaper than hashing each word).
#[derive(Debug, Clone, Default)]
pub struct PhraseMarks {
    by_first_word: Vec<(String, Vec<Vec<String>>)>,
    /// The first words packed into numbers ([`packed`]), sorted, each with its entry in
    /// `by_first_word`: a word is looked up by one search over integers.
    packed_firsts: Vec<(u64, usize)>,
    /// Some first word is too long to pack: every word goes to the string search.
    long_first: bool,
}

/// A word of at most 8 bytes as a number (its bytes, then its length); `None` when longer.
fn packed(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..bytes.len()].copy_from_slice(bytes);
    Some(u64::from_be_bytes(buf) ^ bytes.len() as u64)
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
            marks.long_first |= packed(&words[0]).is_none();
            match marks.find(&words[0]) {
                Ok(i) => marks.by_first_word[i].1.push(words),
                Err(i) => marks
                    .by_first_word
                    .insert(i, (words[0].clone(), vec![words])),
            }
        }
        marks.packed_firsts = (marks.by_first_word.iter().enumerate())
            .filter_map(|(i, (first, _))| Some((packed(first)?, i)))
            .collect();
        marks.packed_firsts.sort_unstable();
        marks
    }

    fn find(&self, word: &str) -> Result<usize, usize> {
        self.by_first_word
            .binary_search_by(|(first, _)| first.as_str().cmp(word))
    }

    /// Whether `phrase` (folded, single-spaced) is marked in the index.
    pub fn contains(&self, phrase: &str) -> bool {
        let first = phrase.split(' ').next().unwrap_or_default();
        self.starting_with(first)
            .iter()
            .any(|p| p.iter().map(String::as_str).eq(phrase.split(' ')))
    }

    /// The phrases starting with `word`.
    pub fn starting_with(&self, word: &str) -> &[Vec<String>] {
        if !self.long_first {
            let Some(p) = packed(word) else {
                return &[];
            };
            return match self.packed_firsts.binary_search_by_key(&p, |&(q, _)| q) {
                Ok(at) => &self.by_first_word[self.packed_firsts[at].1].1,
                Err(_) => &[],
            };
        }
        match self.find(word) {
            Ok(i) => &self.by_first_word[i].1,
            Err(_) => &[],
        }
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
        assert!(marks.starting_with("thuc").is_empty());
        let long = PhraseMarks::new(["nghiengngua hai", "thu tuc"]);
        assert_eq!(long.starting_with("nghiengngua").len(), 1);
        assert_eq!(long.starting_with("thu").len(), 1);
    }
}
