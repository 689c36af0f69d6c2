//! A word typed with a slip ("chinhh", "thủ tụcc", "hanh chnh"): where no passage holds
//! every word and a word is in no passage at all, the nearest word the index holds (one
//! letter added, dropped, changed or two swapped, the most frequent such word) stands in for
//! it, and the query is searched again so. The slip must be a word the index has never
//! seen: a real syllable typed in the wrong place ("chin" for "chinh") is a word of its own
//! and stays.

use tantivy::query::FuzzyTermQuery;
use tantivy::schema::Field;
use tantivy::Term;

use crate::analysis::analyzer::folded_form;
use crate::Result;

/// Words shorter than this (folded) are not corrected: one letter off a short word is
/// another word as often as a slip.
const MIN_LETTERS: usize = 4;

/// `text` with each word no passage holds replaced by the nearest word the index holds in
/// `field` (Levenshtein distance one, a swap of two letters counting one); `None` when no
/// word was replaced. Quoted phrases, excluded words ("-đất"), `OR`, words in capitals
/// (acronyms, codes) and words with figures or other signs stay as typed.
pub fn corrected(searcher: &tantivy::Searcher, field: Field, text: &str) -> Result<Option<String>> {
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut quoted = false;
    for (i, token) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let quotes = token.chars().filter(|&c| c == '"').count();
        let inside = quoted || quotes > 0;
        quoted ^= quotes % 2 == 1;
        let word = token.trim_end_matches(['?', '.', ',', '!', ':', ';']);
        let replacement = match inside || !correctable(word) {
            true => None,
            false => nearest_known(searcher, field, word)?,
        };
        match replacement {
            Some(known) => {
                out.push_str(&known);
                out.push_str(&token[word.len()..]);
                changed = true;
            }
            None => out.push_str(token),
        }
    }
    Ok(changed.then_some(out))
}

/// Whether `word` is one a slip can be corrected in: letters only, not in capitals, not
/// excluded.
fn correctable(word: &str) -> bool {
    let letters = word.chars().count();
    letters >= MIN_LETTERS
        && word.chars().all(char::is_alphabetic)
        && word.chars().skip(1).all(|c| !c.is_uppercase())
}

/// The word of the index nearest `word` when no passage holds `word` itself: the most
/// frequent one a letter away, typed back with `word`'s marks where it only drops a letter
/// of it ("chínhh" → "chính").
fn nearest_known(searcher: &tantivy::Searcher, field: Field, word: &str) -> Result<Option<String>> {
    let mut folded = String::new();
    folded_form(word, false, &mut folded);
    let typed = Term::from_field_text(field, &folded);
    if folded.chars().count() < MIN_LETTERS || searcher.doc_freq(&typed)? > 0 {
        return Ok(None);
    }
    let fuzzy = FuzzyTermQuery::new(typed, 1, true);
    let mut counts: Vec<(String, u64)> = Vec::new();
    for segment in searcher.segment_readers() {
        let index = segment.inverted_index(field)?;
        let mut terms = (index.terms().search(fuzzy.automaton()?).into_stream())
            .map_err(tantivy::TantivyError::from)?;
        while terms.advance() {
            let Ok(key) = std::str::from_utf8(terms.key()) else {
                continue;
            };
            // Words only: not the index's marks, numbers or compounds.
            if !key.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            let docs = u64::from(terms.value().doc_freq);
            match counts.iter_mut().find(|(k, _)| k == key) {
                Some((_, n)) => *n += docs,
                None => counts.push((key.to_string(), docs)),
            }
        }
    }
    let best = counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
    Ok(best.map(|(known, _)| with_marks_kept(word, &folded, &known)))
}

/// `known` as `typed` would write it when `known` is `typed`'s folded form `folded` less one
/// letter (the letters of a word and of its folded form stand one for one): `typed` less
/// that letter, its marks kept; else `known` itself.
fn with_marks_kept(typed: &str, folded: &str, known: &str) -> String {
    let typed_chars: Vec<char> = typed.chars().collect();
    let folded_chars: Vec<char> = folded.chars().collect();
    if typed_chars.len() != folded_chars.len() || folded_chars.len() != known.chars().count() + 1 {
        return known.to_string();
    }
    (0..folded_chars.len())
        .find(|&p| {
            folded_chars[..p]
                .iter()
                .chain(&folded_chars[p + 1..])
                .copied()
                .eq(known.chars())
        })
        .map(|p| {
            typed_chars[..p]
                .iter()
                .chain(&typed_chars[p + 1..])
                .collect()
        })
        .unwrap_or_else(|| known.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_letter_keeps_the_typed_marks() {
        assert_eq!(with_marks_kept("chínhh", "chinhh", "chinh"), "chính");
        assert_eq!(with_marks_kept("tụcc", "tucc", "tuc"), "tục");
        assert_eq!(with_marks_kept("chnh", "chnh", "chinh"), "chinh");
        assert_eq!(with_marks_kept("cahc", "cahc", "cach"), "cach");
    }

    #[test]
    fn only_plain_words_are_corrected() {
        for word in ["chinhh", "Chínhh", "hanh"] {
            assert!(correctable(word), "{word}");
        }
        for word in ["TTHCC", "abc", "131/NQ", "-dat", "covid19", "UBNDd"] {
            assert!(!correctable(word), "{word}");
        }
    }
}
