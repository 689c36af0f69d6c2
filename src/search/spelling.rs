//! A word typed with a slip ("chinhh", "thủ tụcc", "hanh chnh") or syllables typed without
//! their spaces ("thutuc", "hànhchính"): where no passage holds every word and a word is in
//! no passage at all, the syllables it runs together, each one the index holds, or else the
//! nearest word the index holds (one letter added, dropped, changed or two swapped, the most
//! frequent such word, or the one the index holds beside the words typed around it: "cải
//! cácg" is "cải cách", not the commoner "các") stand in for it, and the query is searched
//! again so. The slip must be
//! a word the index has never seen: a real syllable typed in the wrong place ("chin" for
//! "chinh") is a word of its own and stays.

use tantivy::collector::Count;
use tantivy::query::{FuzzyTermQuery, PhraseQuery};
use tantivy::schema::Field;
use tantivy::Term;

use super::question_words::TRAILING_MARKS;
use crate::analysis::analyzer::folded_form;
use crate::text::syllable::is_syllable;
use crate::text::DOUBLE_QUOTATION_MARKS;
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
    let tokens: Vec<&str> = text.split(' ').collect();
    // The word typed at `i`, folded, when it is a plain word (a neighbour of a slip).
    let neighbour = |i: Option<usize>| {
        let word = tokens.get(i?)?.trim_matches(TRAILING_MARKS);
        (!word.is_empty() && word.chars().all(char::is_alphabetic)).then(|| {
            let mut folded = String::new();
            folded_form(word, false, &mut folded);
            folded
        })
    };
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let quotes = token.matches(DOUBLE_QUOTATION_MARKS).count();
        let inside = quoted || quotes > 0;
        quoted ^= quotes % 2 == 1;
        let word = token.trim_end_matches(TRAILING_MARKS);
        let replacement = match inside || !correctable(word) {
            true => None,
            false => {
                let beside = [neighbour(i.checked_sub(1)), neighbour(Some(i + 1))];
                nearest_known(searcher, field, word, &beside)?
            }
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

/// The most frequent words a letter away from a slip that are tried beside the words
/// typed around it.
const CANDIDATES_IN_CONTEXT: usize = 8;

/// The word of the index nearest `word` when no passage holds `word` itself: of the words
/// a letter away, the one found most often beside the words typed before and after it
/// (`beside`, folded), else the most frequent; typed back with `word`'s marks where it drops
/// or changes a letter of it ("chínhh" → "chính", "cácg" → "cách").
fn nearest_known(
    searcher: &tantivy::Searcher,
    field: Field,
    word: &str,
    beside: &[Option<String>; 2],
) -> Result<Option<String>> {
    let mut folded = String::new();
    folded_form(word, false, &mut folded);
    let typed = Term::from_field_text(field, &folded);
    if folded.chars().count() < MIN_LETTERS || searcher.doc_freq(&typed)? > 0 {
        return Ok(None);
    }
    if let Some(cuts) = syllables_run_together(searcher, field, &folded)? {
        return Ok(Some(cut_at(word, &folded, &cuts)));
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
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts.truncate(CANDIDATES_IN_CONTEXT);
    let mut best: Option<(usize, usize)> = None;
    if counts.len() > 1 {
        for (at, (known, _)) in counts.iter().enumerate() {
            let [before, after] = beside;
            let mut together = 0;
            if let Some(before) = before {
                together += phrase_count(searcher, field, [before, known])?;
            }
            if let Some(after) = after {
                together += phrase_count(searcher, field, [known, after])?;
            }
            if best.is_none_or(|(_, most)| together > most) {
                best = Some((at, together));
            }
        }
    }
    let at = best.map_or(0, |(at, _)| at);
    Ok(counts
        .get(at)
        .map(|(known, _)| with_marks_kept(word, &folded, known)))
}

/// How many passages hold the two words `pair` side by side.
fn phrase_count(searcher: &tantivy::Searcher, field: Field, pair: [&str; 2]) -> Result<usize> {
    let terms = pair.map(|w| Term::from_field_text(field, w)).to_vec();
    Ok(searcher.search(&PhraseQuery::new(terms), &Count)?)
}

/// The most letters a syllable has ("nghiêng").
const MAX_SYLLABLE: usize = 7;
/// The most syllables one word typed without spaces is read as.
const MAX_RUN: usize = 4;

/// Where `folded` (ASCII) splits into syllables the index holds each of, run together
/// without spaces ("thutuc", "hanhchinh"): the byte offsets of the cuts, the fewest pieces
/// first, then the split whose rarest piece is the most frequent; `None` when it splits
/// into none, or only into more than [`MAX_RUN`].
fn syllables_run_together(
    searcher: &tantivy::Searcher,
    field: Field,
    folded: &str,
) -> Result<Option<Vec<usize>>> {
    if !folded.is_ascii() {
        return Ok(None);
    }
    let n = folded.len();
    // best[j]: the best split of folded[..j] as (pieces, rarest piece's passages, cuts).
    let mut best: Vec<Option<(usize, u64, Vec<usize>)>> = vec![None; n + 1];
    best[0] = Some((0, u64::MAX, Vec::new()));
    for j in 1..=n {
        for i in j.saturating_sub(MAX_SYLLABLE)..j {
            let Some((pieces, rarest, cuts)) = best[i].clone() else {
                continue;
            };
            let piece = &folded[i..j];
            if !is_syllable(piece) {
                continue;
            }
            let docs = searcher.doc_freq(&Term::from_field_text(field, piece))?;
            if docs == 0 {
                continue;
            }
            let candidate = (pieces + 1, rarest.min(docs), {
                let mut cuts = cuts;
                cuts.extend((i > 0).then_some(i));
                cuts
            });
            let better = match &best[j] {
                None => true,
                Some((p, r, _)) => {
                    (candidate.0, std::cmp::Reverse(candidate.1)) < (*p, std::cmp::Reverse(*r))
                }
            };
            if better {
                best[j] = Some(candidate);
            }
        }
    }
    Ok(best[n]
        .take()
        .filter(|(pieces, _, _)| (2..=MAX_RUN).contains(pieces))
        .map(|(_, _, cuts)| cuts))
}

/// `typed` cut into words at the byte offsets `cuts` of its folded form `folded` (ASCII):
/// its own letters, marks kept, where the two have as many letters; else `folded` so cut.
fn cut_at(typed: &str, folded: &str, cuts: &[usize]) -> String {
    let letters: Vec<char> = typed.chars().collect();
    let source: Vec<char> = match letters.len() == folded.len() {
        true => letters,
        false => folded.chars().collect(),
    };
    let mut out = String::with_capacity(typed.len() + cuts.len());
    for (at, c) in source.into_iter().enumerate() {
        if cuts.contains(&at) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// `known` as `typed` would write it, where the letters of `typed` and of its folded form
/// `folded` stand one for one: `typed` less a letter when `known` is `folded` less that
/// letter, `typed` with `known`'s letters where `known` changes some ("cácg" → "cách");
/// else `known` itself.
fn with_marks_kept(typed: &str, folded: &str, known: &str) -> String {
    let typed_chars: Vec<char> = typed.chars().collect();
    let folded_chars: Vec<char> = folded.chars().collect();
    let known_chars = known.chars().count();
    if typed_chars.len() != folded_chars.len() {
        return known.to_string();
    }
    if known_chars == folded_chars.len() {
        return typed_chars
            .iter()
            .zip(&folded_chars)
            .zip(known.chars())
            .map(|((&t, &f), k)| if f == k { t } else { k })
            .collect();
    }
    if folded_chars.len() != known_chars + 1 {
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
        // A letter changed or two swapped: the typed marks stay on the other letters.
        assert_eq!(with_marks_kept("cácg", "cacg", "cach"), "cách");
        assert_eq!(with_marks_kept("hàhn", "hahn", "hanh"), "hành");
    }

    #[test]
    fn syllables_run_together_are_cut_with_their_marks() {
        assert_eq!(cut_at("thủtục", "thutuc", &[3]), "thủ tục");
        assert_eq!(cut_at("hanhchinh", "hanhchinh", &[4]), "hanh chinh");
        assert_eq!(
            cut_at("caicachhanhchinh", "caicachhanhchinh", &[3, 7, 11]),
            "cai cach hanh chinh"
        );
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
