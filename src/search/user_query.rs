//! What the user typed, understood once: words, "quoted phrases", their analyzed terms, the
//! document references and acronym expansions they carry, and refusals of queries that
//! cannot be searched (empty, punctuation only, unbalanced quotes, overlong). The tantivy
//! query and the highlighter are both built from this one reading: the text goes through
//! analysis once.

use super::place_words::without_place_prepositions;
use super::question_words::without_question_words;
use super::reference_details::{without_reference_details, KnownIssuers};
use super::worded_dates::{dates_in_figures, quarters_both_ways, without_year_word};
use crate::acronyms::AcronymTable;
use crate::analysis::{analyze, AnalyzedTerm};
use crate::refs::{find_query_refs, with_spaced_numbers_joined, DocumentRef};
use crate::text::input_method::{decode_typed, is_vni};
use crate::text::{normalize_text, DOUBLE_QUOTATION_MARKS};
use crate::{Error, Result};

/// Queries longer than this are refused rather than silently cut.
pub const MAX_QUERY_CHARS: usize = 1_000;

/// A parsed query.
#[derive(Debug, Clone, Default)]
pub struct UserQuery {
    /// The normalized query text.
    pub text: String,
    /// Text outside quotes.
    pub words: String,
    /// Each quoted phrase.
    pub phrases: Vec<String>,
    /// The analyzed terms of the words outside quotes.
    pub word_terms: Vec<AnalyzedTerm>,
    /// The analyzed terms of each quoted phrase.
    pub phrase_terms: Vec<Vec<AnalyzedTerm>>,
    /// Document references written anywhere in the query.
    pub refs: Vec<DocumentRef>,
    /// Document references among the words outside quotes (spans in `words`).
    pub word_refs: Vec<DocumentRef>,
    /// The documents a number typed without its issuer names by the issuer written after
    /// it ("Quyết định 1291 của Thủ tướng": `1291/qd-ttg`), among those the index cites
    /// under the number: they rank above the others so numbered.
    pub issued_refs: Vec<DocumentRef>,
    /// Per word term, its acronym expansions ("TTHC" → "thủ tục hành chính").
    pub expansions: Vec<Vec<String>>,
    /// Acronyms the words outside quotes spell out, each with the words it stands for,
    /// folded ("thủ tục hành chính" → `("tthc", "thu tuc hanh chinh")`).
    pub word_contractions: Vec<(String, String)>,
    /// Acronyms the whole query spells out, quotes included.
    pub text_contractions: Vec<String>,
    /// Per word term, the syllable it stands for when typed in Telex (`quyeets` → `quyết`),
    /// searched beside the word itself.
    pub alternatives: Vec<Vec<AnalyzedTerm>>,
    /// The query as searched, when words typed in Telex or VNI were read as Vietnamese, or a
    /// date typed in words was read in figures.
    pub searched_for: Option<String>,
    /// The analyzed terms of each word or quoted phrase typed after a minus (`-đất`,
    /// `-"đất đai"`): no passage holding one is shown.
    pub excluded: Vec<Vec<AnalyzedTerm>>,
    /// Per word term, the group of words it is one of the alternatives of (`dân OR doanh
    /// nghiệp`: "dân" and "doanh" in one group); a word typed without `OR` is a group alone.
    pub word_groups: Vec<usize>,
    /// Per quoted phrase, its group likewise (`"sáp nhập" OR "hợp nhất"`: one group).
    pub phrase_groups: Vec<usize>,
}

/// The quoted phrases read so far: their text, analyzed terms and groups.
type Quoted<'a> = (
    &'a mut Vec<String>,
    &'a mut Vec<Vec<AnalyzedTerm>>,
    &'a mut Vec<usize>,
);

/// Adds the phrase `text` to the alternatives of `group`; false when it has no words.
fn push_phrase((texts, terms, groups): Quoted, text: &str, group: usize) -> bool {
    let analyzed = analyze(text);
    if analyzed.is_empty() {
        return false;
    }
    texts.push(text.to_string());
    terms.push(analyzed);
    groups.push(group);
    true
}

/// The word that joins two alternatives, as search engines take it: in capitals.
const OR: &str = "OR";

/// `words` without the `OR`s between them, and the byte offsets (in what is returned) where
/// each one stood.
fn split_alternatives(words: &str) -> (String, Vec<usize>) {
    let mut kept = String::with_capacity(words.len());
    let mut joints = Vec::new();
    for word in words.split_whitespace() {
        if word == OR {
            joints.push(kept.len());
            continue;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(word);
    }
    (kept, joints)
}

/// Each term's group: the terms on both sides of a joint are alternatives of one group.
fn groups(terms: &[AnalyzedTerm], joints: &[usize]) -> Vec<usize> {
    let mut group: Vec<usize> = (0..terms.len()).collect();
    for &joint in joints {
        let before = terms.iter().rposition(|t| t.end <= joint);
        let after = terms.iter().position(|t| t.start >= joint);
        if let (Some(b), Some(a)) = (before, after) {
            let (from, to) = (group[a], group[b]);
            group
                .iter_mut()
                .filter(|g| **g == from)
                .for_each(|g| *g = to);
        }
    }
    group
}

/// Splits what is typed after a minus opening a word (`-đất`, `-"đất đai"`) from the rest of
/// `text`: the rest, and each excluded word or phrase. A minus between spaces (`kinh tế - xã
/// hội`) or inside a word (`KT-XH`, `131/NQ-CP`) is text.
fn split_exclusions(text: &str) -> (String, Vec<String>) {
    let mut kept = String::with_capacity(text.len());
    let mut excluded = Vec::new();
    let mut rest = text;
    let mut in_quotes = false;
    while let Some(c) = rest.chars().next() {
        let opens_word = kept.is_empty() || kept.ends_with(char::is_whitespace);
        if c == '-' && !in_quotes && opens_word {
            let after = &rest[1..];
            if let Some(quoted) = after.strip_prefix('"') {
                if let Some(end) = quoted.find('"') {
                    excluded.push(quoted[..end].to_string());
                    rest = &quoted[end + 1..];
                    continue;
                }
            } else if after.chars().next().is_some_and(char::is_alphanumeric) {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                excluded.push(after[..end].to_string());
                rest = &after[end..];
                continue;
            }
        }
        if c == '"' {
            in_quotes = !in_quotes;
        }
        kept.push(c);
        rest = &rest[c.len_utf8()..];
    }
    (kept, excluded)
}

/// Reads words typed without an input method: a VNI word (`quye6t1`) is replaced by its
/// syllable, a Telex word (`quyeets`) is kept and paired with its syllable. Returns the words
/// to analyze, the Telex pairs and, when anything was decoded, the query as it is searched.
fn read_typed_words(words: &str) -> (String, Vec<(String, String)>, Option<String>) {
    let mut analyzed = Vec::new();
    let mut shown = Vec::new();
    let mut telex = Vec::new();
    for word in words.split_whitespace() {
        match decode_typed(word) {
            Some(meant) if is_vni(word) => {
                analyzed.push(meant.clone());
                shown.push(meant);
            }
            Some(meant) => {
                analyzed.push(word.to_string());
                telex.push((word.to_string(), meant.clone()));
                shown.push(meant);
            }
            None => {
                analyzed.push(word.to_string());
                shown.push(word.to_string());
            }
        }
    }
    let decoded = shown.join(" ");
    let changed = decoded != words.split_whitespace().collect::<Vec<_>>().join(" ");
    (analyzed.join(" "), telex, changed.then_some(decoded))
}

/// The numbers one to ten in words and in Roman numerals, as a text writes them where a
/// query types the figure: in set phrases ("một cửa", "hai cấp" for "1 cửa", "2 cấp") and
/// for quarters and terms ("quý I", "khóa X" for "quý 1", "khóa 10").
const NUMBERS_WRITTEN: [&str; 10] = [
    "một I",
    "hai II",
    "ba III",
    "bốn IV",
    "năm V",
    "sáu VI",
    "bảy VII",
    "tám VIII",
    "chín IX",
    "mười X",
];

/// The other ways of writing the figure `typed` ("1" → "một I"), from one to ten.
fn number_in_words(typed: &str) -> Option<&'static str> {
    let n: usize = typed.parse().ok().filter(|_| !typed.starts_with('0'))?;
    NUMBERS_WRITTEN.get(n.checked_sub(1)?).copied()
}

impl UserQuery {
    /// True when nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        self.word_terms.is_empty() && self.phrase_terms.iter().all(Vec::is_empty)
    }
}

/// The document cited under `key` (a full number's key, with its year or without), as a
/// reference.
fn issued_ref(key: &str) -> DocumentRef {
    DocumentRef {
        key: key.to_string(),
        loose_key: None,
        yearless_key: None,
        dated_key: None,
        label: key.to_string(),
        span: (0, 0),
    }
}

/// Parses a query; `allow_empty` accepts a query with no words (when filters select).
/// Acronyms are read with `acronyms`; a reference typed without its issuer knows none.
pub fn parse_user_query(
    raw: &str,
    allow_empty: bool,
    acronyms: &AcronymTable,
) -> Result<UserQuery> {
    parse_user_query_knowing(raw, allow_empty, acronyms, &|_| Vec::new())
}

/// [`parse_user_query`], a reference typed without its issuer ("Quyết định 1291 của Thủ
/// tướng") reading the issuers of the documents `issuers` knows so numbered.
pub fn parse_user_query_knowing(
    raw: &str,
    allow_empty: bool,
    acronyms: &AcronymTable,
    issuers: KnownIssuers,
) -> Result<UserQuery> {
    let chars = raw.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(Error::BadQuery(format!(
            "the query is {chars} characters long; the limit is {MAX_QUERY_CHARS}"
        )));
    }
    let text = normalize_text(raw).replace(DOUBLE_QUOTATION_MARKS, "\"");
    let text = with_spaced_numbers_joined(&text).unwrap_or(text);
    let quotes = text.matches('"').count();
    if quotes % 2 == 1 {
        return Err(Error::BadQuery(
            "unbalanced quote: close the phrase with a second \"".to_string(),
        ));
    }
    let (text, excluded_text) = split_exclusions(&text);
    let excluded: Vec<Vec<AnalyzedTerm>> = excluded_text
        .iter()
        .map(|e| analyze(e))
        .filter(|terms| !terms.is_empty())
        .collect();
    let mut words = String::new();
    let mut phrases = Vec::new();
    let mut phrase_terms = Vec::new();
    let mut phrase_groups: Vec<usize> = Vec::new();
    // Whether an OR stands between the last phrase and the next one.
    let mut or_pending = false;
    let pieces: Vec<&str> = text.split('"').collect();
    for (i, piece) in pieces.iter().enumerate() {
        if i % 2 == 1 {
            let group = match phrase_groups.last() {
                Some(&last) if or_pending => last,
                _ => phrase_groups.len(),
            };
            let quoted = (&mut phrases, &mut phrase_terms, &mut phrase_groups);
            push_phrase(quoted, piece.trim(), group);
            or_pending = false;
        } else if piece.trim() == OR && !phrase_groups.is_empty() {
            or_pending = true;
        } else {
            // A word on the other side of an OR from a phrase is its alternative, as a
            // phrase of one word (`"cải cách hành chính" OR CCHC`, `DVC OR "dịch vụ
            // công"`): passages holding either.
            let mut typed: Vec<&str> = piece.split_whitespace().collect();
            let after_phrase = i > 0 && !phrase_groups.is_empty();
            if after_phrase && typed.len() >= 2 && typed[0] == OR {
                let group = *phrase_groups.last().expect("a phrase before");
                let quoted = (&mut phrases, &mut phrase_terms, &mut phrase_groups);
                push_phrase(quoted, typed[1], group);
                typed.drain(..2);
            }
            let before_phrase = i + 1 < pieces.len();
            if before_phrase && typed.len() >= 2 && typed[typed.len() - 1] == OR {
                let word = typed[typed.len() - 2];
                let group = phrase_groups.len();
                let quoted = (&mut phrases, &mut phrase_terms, &mut phrase_groups);
                or_pending = push_phrase(quoted, word, group);
                typed.truncate(typed.len() - 2);
            }
            words.push_str(&typed.join(" "));
            words.push(' ');
        }
    }
    let dated = dates_in_figures(words.trim());
    let (words, telex, decoded) = read_typed_words(dated.as_deref().unwrap_or(words.trim()));
    let undetailed = without_reference_details(&words, issuers);
    let issued_refs = undetailed
        .as_ref()
        .map(|u| u.issued.iter().map(|key| issued_ref(key)).collect())
        .unwrap_or_default();
    let undated = undetailed.map(|u| u.words);
    let unasked = without_question_words(undated.as_deref().unwrap_or(&words));
    let reread = unasked.or(undated);
    let reread = without_year_word(reread.as_deref().unwrap_or(&words)).or(reread);
    let reread = without_place_prepositions(reread.as_deref().unwrap_or(&words)).or(reread);
    let read = reread.as_deref().unwrap_or(&words);
    // A quarter is asked for in either kind of figures, not shown so.
    let quartered = quarters_both_ways(read);
    let shown = reread.is_some().then(|| split_alternatives(read).0);
    let (words, joints) = split_alternatives(quartered.as_deref().unwrap_or(read));
    let searched_for = shown.or(decoded).or(dated);
    let text = text.trim().to_string();
    let word_terms = analyze(&words);
    let word_groups = groups(&word_terms, &joints);
    let word_refs = find_query_refs(&words);
    let alternatives = word_terms
        .iter()
        .map(|t| {
            telex
                .iter()
                .find(|(typed, _)| *typed == t.exact)
                .map(|(_, meant)| analyze(meant))
                .or_else(|| {
                    let in_ref = word_refs.iter().any(|r| r.covers(t.start, t.end));
                    (!t.compound && !in_ref)
                        .then(|| number_in_words(&t.exact))
                        .flatten()
                        .map(analyze)
                })
                .unwrap_or_default()
        })
        .collect();
    let query = UserQuery {
        alternatives,
        searched_for,
        expansions: word_terms
            .iter()
            .map(|t| acronyms.expand_alike(&t.exact))
            .collect(),
        word_contractions: acronyms.contract(&words),
        text_contractions: acronyms
            .contract(&text)
            .into_iter()
            .map(|(a, _)| a)
            .collect(),
        refs: find_query_refs(&text),
        issued_refs,
        word_refs,
        word_terms,
        phrase_terms,
        text,
        words,
        phrases,
        excluded,
        word_groups,
        phrase_groups,
    };
    if query.is_empty() && !allow_empty {
        return Err(Error::BadQuery(if !query.excluded.is_empty() {
            "the query only excludes words: add a word to search for".to_string()
        } else if query.text.is_empty() {
            "the query is empty".to_string()
        } else {
            format!("the query {:?} has no words to search for", query.text)
        }));
    }
    Ok(query)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_beside_an_or_and_a_phrase_is_the_phrase_s_alternative() {
        let table = AcronymTable::default();
        for typed in [
            "\"cải cách hành chính\" OR CCHC năm 2022",
            "năm CCHC OR \"cải cách hành chính\" 2022",
        ] {
            let q = parse_user_query(typed, false, &table).unwrap();
            assert_eq!(q.phrases.len(), 2, "{typed}: {q:?}");
            assert_eq!(q.phrase_groups[0], q.phrase_groups[1], "{typed}");
            assert!(q.phrases.iter().any(|p| p == "CCHC"), "{typed}");
            // The other words stay words; no OR is left among them.
            let words: Vec<&str> = q.word_terms.iter().map(|t| t.folded.as_str()).collect();
            assert_eq!(words, ["nam", "2022"], "{typed}");
        }
    }

    #[test]
    fn words_and_phrases() {
        let q = parse_user_query(
            "cải cách \"thủ tục hành chính\" 131/NQ-CP",
            false,
            &AcronymTable::default(),
        )
        .unwrap();
        assert_eq!(
            q.words.split_whitespace().collect::<Vec<_>>(),
            ["cải", "cách", "131/NQ-CP"]
        );
        assert_eq!(q.phrases, vec!["thủ tục hành chính"]);
    }

    #[test]
    fn a_minus_opening_a_word_or_a_phrase_excludes_it() {
        let (kept, excluded) =
            split_exclusions(r#"cải cách -đất -"hộ tịch" KT-XH kinh tế - xã hội"#);
        assert_eq!(
            kept.split_whitespace().collect::<Vec<_>>(),
            ["cải", "cách", "KT-XH", "kinh", "tế", "-", "xã", "hội"]
        );
        assert_eq!(excluded, ["đất", "hộ tịch"]);
        let (kept, excluded) = split_exclusions(r#""a -b" -131/NQ-CP"#);
        assert_eq!(kept.trim(), r#""a -b""#);
        assert_eq!(excluded, ["131/NQ-CP"]);
        let q = parse_user_query("cải cách -đất", false, &AcronymTable::default()).unwrap();
        assert_eq!(
            q.words.split_whitespace().collect::<Vec<_>>(),
            ["cải", "cách"]
        );
        assert_eq!(q.excluded.len(), 1);
        let err = parse_user_query("-đất", false, &AcronymTable::default()).unwrap_err();
        assert!(err.to_string().contains("only excludes"), "{err}");
    }

    #[test]
    fn or_in_capitals_makes_the_words_beside_it_alternatives() {
        let q =
            parse_user_query("sáp nhập OR hợp nhất tỉnh", false, &AcronymTable::default()).unwrap();
        let words: Vec<&str> = q.word_terms.iter().map(|t| t.exact.as_str()).collect();
        assert_eq!(words, ["sáp", "nhập", "hợp", "nhất", "tỉnh"]);
        assert_eq!(q.word_groups, [0, 1, 1, 3, 4]);
        let q = parse_user_query("a OR b OR c or d", false, &AcronymTable::default()).unwrap();
        assert_eq!(q.word_groups, [0, 0, 0, 3, 4]);
        let q = parse_user_query(
            r#""sáp nhập" OR "hợp nhất" "cấp xã" tỉnh"#,
            false,
            &AcronymTable::default(),
        )
        .unwrap();
        assert_eq!(q.phrase_groups, [0, 0, 2]);
        assert_eq!(q.words.trim(), "tỉnh");
    }

    #[test]
    fn bad_queries_are_refused_with_a_reason() {
        for (q, needle) in [
            ("", "empty"),
            ("   ", "empty"),
            ("?!...", "no words"),
            ("\"cải cách", "unbalanced"),
        ] {
            let err = parse_user_query(q, false, &AcronymTable::default())
                .unwrap_err()
                .to_string();
            assert!(err.contains(needle), "{q:?}: {err}");
        }
        let long = "a ".repeat(MAX_QUERY_CHARS);
        assert!(parse_user_query(&long, false, &AcronymTable::default())
            .unwrap_err()
            .to_string()
            .contains("limit"));
        assert!(parse_user_query("", true, &AcronymTable::default()).is_ok());
    }
}
