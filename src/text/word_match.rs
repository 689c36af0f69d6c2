//! Regex matches on whole words, without Unicode `\b`.
//!
//! A Unicode word boundary forces the regex crate onto its slow engines; the analyzer's
//! patterns are plain alternations, so they run on the fast DFA and the boundary is checked
//! here with [`is_word_char`], retrying one character later when a match starts mid-word.

use aho_corasick::{AhoCorasick, Input};
use regex::{Captures, Regex};

use super::letters::is_word_char;

fn at_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

/// The captures of `re` in `text` whose whole match starts and ends on word boundaries.
pub fn word_captures<'t>(re: &Regex, text: &'t str) -> Vec<Captures<'t>> {
    whole_words(
        text,
        |at| re.captures_at(text, at),
        |c| {
            let m = c.get(0).expect("whole match");
            (m.start(), m.end())
        },
    )
}

/// The `(start, end)` of the matches of `re` in `text` that are whole words.
pub fn word_matches(re: &Regex, text: &str) -> Vec<(usize, usize)> {
    whole_words(
        text,
        |at| re.find_at(text, at).map(|m| (m.start(), m.end())),
        |&span| span,
    )
}

/// The `(start, end)` of the matches of the automaton `words` in `text` that are whole
/// words (built leftmost-longest, it finds what an alternation of the words, longest first,
/// would).
pub fn word_matches_in(words: &AhoCorasick, text: &str) -> Vec<(usize, usize)> {
    whole_words(
        text,
        |at| {
            words
                .find(Input::new(text).span(at..text.len()))
                .map(|m| (m.start(), m.end()))
        },
        |&span| span,
    )
}

/// The matches `find` gives from each position on whose span (`span`) starts and ends on
/// word boundaries; a match starting mid-word is retried one character later.
fn whole_words<T>(
    text: &str,
    find: impl Fn(usize) -> Option<T>,
    span: impl Fn(&T) -> (usize, usize),
) -> Vec<T> {
    let mut out = Vec::new();
    let mut at = 0;
    while at <= text.len() {
        let Some(found) = find(at) else { break };
        let (start, end) = span(&found);
        if at_boundary(text, start, end) {
            at = if end > start {
                end
            } else {
                next_char(text, end)
            };
            out.push(found);
        } else {
            at = next_char(text, start);
        }
    }
    out
}

/// The last `max` bytes (or fewer, on a character boundary) of `text[..at]`.
pub fn tail(text: &str, at: usize, max: usize) -> &str {
    let mut start = at.saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..at]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_words_match() {
        let re = Regex::new("nói|cho biết").unwrap();
        let text = "ông nói, bà cho biết; nóitiếp, Anói";
        let got: Vec<&str> = word_matches(&re, text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, ["nói", "cho biết"]);
    }

    #[test]
    fn a_rejected_match_does_not_hide_the_next_one() {
        let re = Regex::new(r"\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+").unwrap();
        let text = "UBND Lê Văn A";
        let got: Vec<&str> = word_matches(&re, text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, ["Lê Văn A"]);
        let city = "Hà Nội";
        assert_eq!(tail(city, city.len(), 4), "ội");
        assert_eq!(tail(city, city.len(), 3), "i", "never cuts inside a letter");
    }

    #[test]
    fn an_automaton_finds_what_the_alternation_finds() {
        let words = ["Phó", "Thủ tướng", "Phó Thủ tướng", "nói"];
        let ac = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(words)
            .unwrap();
        let mut sorted = words.to_vec();
        sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let re = Regex::new(&sorted.join("|")).unwrap();
        for text in [
            "Phó Thủ tướng Trần Lưu Quang nói",
            "Thủ tướng Chính phủ; Phó Chủ tịch",
            "Phóng viên nóitiếp, Thủ tướngx Thủ tướng",
        ] {
            assert_eq!(
                word_matches_in(&ac, text),
                word_matches(&re, text),
                "{text}"
            );
        }
        let text = "Phó Thủ tướng nói";
        let got: Vec<&str> = word_matches_in(&ac, text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, ["Phó Thủ tướng", "nói"], "the longest title");
    }
}
