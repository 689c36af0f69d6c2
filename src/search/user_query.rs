//! What the user typed, understood: words, "quoted phrases", and refusals of queries that
//! cannot be searched (empty, punctuation only, unbalanced quotes, overlong).

use crate::analysis::{analyze, normalize_text};
use crate::{Error, Result};

/// Queries longer than this are refused rather than silently cut.
pub const MAX_QUERY_CHARS: usize = 1_000;

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UserQuery {
    /// The normalized query text.
    pub text: String,
    /// Text outside quotes.
    pub words: String,
    /// Each quoted phrase.
    pub phrases: Vec<String>,
}

impl UserQuery {
    /// True when nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        analyze(&self.words).is_empty() && self.phrases.iter().all(|p| analyze(p).is_empty())
    }
}

/// Parses a query; `allow_empty` accepts a query with no words (when filters select).
pub fn parse_user_query(raw: &str, allow_empty: bool) -> Result<UserQuery> {
    let chars = raw.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(Error::BadQuery(format!(
            "the query is {chars} characters long; the limit is {MAX_QUERY_CHARS}"
        )));
    }
    let text = normalize_text(raw).replace(['“', '”', '„'], "\"");
    let quotes = text.matches('"').count();
    if quotes % 2 == 1 {
        return Err(Error::BadQuery(
            "unbalanced quote: close the phrase with a second \"".to_string(),
        ));
    }
    let mut words = String::new();
    let mut phrases = Vec::new();
    for (i, piece) in text.split('"').enumerate() {
        if i % 2 == 1 {
            if !analyze(piece).is_empty() {
                phrases.push(piece.trim().to_string());
            }
        } else {
            words.push_str(piece);
            words.push(' ');
        }
    }
    let query = UserQuery {
        text: text.trim().to_string(),
        words: words.trim().to_string(),
        phrases,
    };
    if query.is_empty() && !allow_empty {
        return Err(Error::BadQuery(if text.trim().is_empty() {
            "the query is empty".to_string()
        } else {
            format!("the query {:?} has no words to search for", text.trim())
        }));
    }
    Ok(query)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_phrases() {
        let q = parse_user_query("cải cách \"thủ tục hành chính\" 131/NQ-CP", false).unwrap();
        assert_eq!(
            q.words.split_whitespace().collect::<Vec<_>>(),
            ["cải", "cách", "131/NQ-CP"]
        );
        assert_eq!(q.phrases, vec!["thủ tục hành chính"]);
    }

    #[test]
    fn bad_queries_are_refused_with_a_reason() {
        for (q, needle) in [
            ("", "empty"),
            ("   ", "empty"),
            ("?!...", "no words"),
            ("\"cải cách", "unbalanced"),
        ] {
            let err = parse_user_query(q, false).unwrap_err().to_string();
            assert!(err.contains(needle), "{q:?}: {err}");
        }
        let long = "a ".repeat(MAX_QUERY_CHARS);
        assert!(parse_user_query(&long, false)
            .unwrap_err()
            .to_string()
            .contains("limit"));
        assert!(parse_user_query("", true).is_ok());
    }
}
