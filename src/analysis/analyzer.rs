//! The Vietnamese analyzer: one pass over a text yields every indexed form.
//!
//! Enters: NFC text from [`super::normalize_text`]. Leaves: [`AnalyzedTerm`]s (exact form:
//! lowercase with canonical tone marks; folded form: no diacritics, `đ` → `d`) and, for the
//! index, [`AnalyzedFields`]: the four token streams tantivy receives pre-tokenized (exact,
//! folded, exact bigrams, folded bigrams), so the text is segmented once per passage.

use tantivy::tokenizer::{PreTokenizedString, Token};

use super::fold::push_folded;
use super::letters::is_word_char;
use super::segmenter::{segment, SegmentKind};
use super::tone_marks::push_canonical_syllable;

/// Terms longer than this (in bytes) are junk (base64, glued URLs) and are not indexed.
const MAX_TERM_BYTES: usize = 64;

/// One analyzed unit of text, with its offsets in the analyzed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedTerm {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Token position; a compound shares the position of its first part.
    pub position: usize,
    /// Lowercase, canonical tone marks, diacritics kept.
    pub exact: String,
    /// Lowercase, no diacritics.
    pub folded: String,
    /// True for a whole compound such as a document number.
    pub compound: bool,
    /// True when punctuation separates this term from the previous one.
    pub break_before: bool,
}

/// Lowercases `raw` and canonicalizes the tone marks of each syllable in it.
pub fn exact_form(raw: &str, grouped_number: bool, out: &mut String) {
    if raw.is_ascii() {
        out.extend(
            raw.bytes()
                .filter(|&b| !(grouped_number && b == b'.'))
                .map(|b| b.to_ascii_lowercase() as char),
        );
        return;
    }
    let mut piece_start = None;
    for (i, c) in raw.char_indices() {
        let word = is_word_char(c);
        match (word, piece_start) {
            (true, None) => piece_start = Some(i),
            (false, Some(s)) => {
                push_canonical_syllable(&raw[s..i], out);
                piece_start = None;
                out.push(c);
            }
            (false, None) => out.push(c),
            (true, Some(_)) => {}
        }
    }
    if let Some(s) = piece_start {
        push_canonical_syllable(&raw[s..], out);
    }
}

/// Analyzes `text` into terms (see the module documentation).
pub fn analyze(text: &str) -> Vec<AnalyzedTerm> {
    let segments = segment(text);
    let mut terms = Vec::with_capacity(segments.len());
    for seg in segments {
        let raw = &text[seg.start..seg.end];
        if raw.len() > MAX_TERM_BYTES {
            continue;
        }
        let mut exact = String::with_capacity(raw.len());
        exact_form(raw, seg.kind == SegmentKind::GroupedNumber, &mut exact);
        let mut folded = String::with_capacity(exact.len());
        push_folded(&exact, &mut folded);
        terms.push(AnalyzedTerm {
            start: seg.start,
            end: seg.end,
            position: seg.position,
            exact,
            folded,
            compound: seg.kind == SegmentKind::Compound,
            break_before: seg.break_before,
        });
    }
    terms
}

/// The token streams one text contributes to the index.
#[derive(Debug, Default)]
pub struct AnalyzedFields {
    /// Exact forms, with positions (phrase queries on diacritics).
    pub exact: Vec<Token>,
    /// Folded forms, with positions (queries typed without diacritics).
    pub folded: Vec<Token>,
    /// Adjacent syllable pairs, exact forms ("cải cách").
    pub exact_bigrams: Vec<Token>,
    /// Adjacent syllable pairs, folded forms ("cai cach").
    pub folded_bigrams: Vec<Token>,
}

fn token(term: &AnalyzedTerm, text: String) -> Token {
    Token {
        offset_from: term.start,
        offset_to: term.end,
        position: term.position,
        text,
        position_length: 1,
    }
}

/// The bigram key of two adjacent terms.
pub fn bigram(first: &str, second: &str) -> String {
    let mut key = String::with_capacity(first.len() + second.len() + 1);
    key.push_str(first);
    key.push(' ');
    key.push_str(second);
    key
}

impl AnalyzedFields {
    /// Analyzes `text` once and builds every stream.
    pub fn from_text(text: &str) -> Self {
        let terms = analyze(text);
        let mut fields = AnalyzedFields {
            exact: Vec::with_capacity(terms.len()),
            folded: Vec::with_capacity(terms.len()),
            exact_bigrams: Vec::with_capacity(terms.len()),
            folded_bigrams: Vec::with_capacity(terms.len()),
        };
        // Index (in `exact`/`folded`) of the previous syllable, for bigrams.
        let mut previous: Option<usize> = None;
        for mut term in terms {
            let at = fields.exact.len();
            if !term.compound {
                if let Some(p) = previous.filter(|_| !term.break_before) {
                    let (pe, pf) = (&fields.exact[p], &fields.folded[p]);
                    let exact = bigram(&pe.text, &term.exact);
                    let folded = bigram(&pf.text, &term.folded);
                    let (start, position) = (pe.offset_from, pe.position);
                    let pair = |text| Token {
                        offset_from: start,
                        offset_to: term.end,
                        position,
                        text,
                        position_length: 1,
                    };
                    fields.exact_bigrams.push(pair(exact));
                    fields.folded_bigrams.push(pair(folded));
                }
                previous = Some(at);
            }
            let (exact, folded) = (
                std::mem::take(&mut term.exact),
                std::mem::take(&mut term.folded),
            );
            fields.exact.push(token(&term, exact));
            fields.folded.push(token(&term, folded));
        }
        fields
    }
}

/// Wraps a token stream for tantivy's pre-tokenized text fields.
pub fn pre_tokenized(text: &str, tokens: Vec<Token>) -> PreTokenizedString {
    PreTokenizedString {
        text: text.to_string(),
        tokens,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::normalize_text;

    /// Exact and folded forms of the terms of `input`, compounds included.
    fn forms(input: &str) -> Vec<(String, String)> {
        analyze(&normalize_text(input))
            .into_iter()
            .map(|t| (t.exact, t.folded))
            .collect()
    }

    fn exact_terms(input: &str) -> Vec<String> {
        forms(input).into_iter().map(|f| f.0).collect()
    }

    fn folded_terms(input: &str) -> Vec<String> {
        forms(input).into_iter().map(|f| f.1).collect()
    }

    #[test]
    fn normalization_table() {
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "Cải Cách".nfd().collect();
        let cases: Vec<(&str, Vec<&str>)> = vec![
            ("Cải cách hành chính", vec!["cải", "cách", "hành", "chính"]),
            (nfd.as_str(), vec!["cải", "cách"]),
            ("hoá hóa", vec!["hoá", "hoá"]),
            ("THUỶ Thủy", vec!["thuỷ", "thuỷ"]),
            ("khoẻ khỏe", vec!["khoẻ", "khoẻ"]),
            ("Uỷ ban Ủy ban", vec!["uỷ", "ban", "uỷ", "ban"]),
            ("hoà hòa", vec!["hoà", "hoà"]),
            ("thủ\u{200B}tục", vec!["thủtục"]),
            ("a\u{00A0}b", vec!["a", "b"]),
            ("11.956 và 11956", vec!["11956", "và", "11956"]),
            ("99,33%", vec!["99,33"]),
            ("131/NQ-CP", vec!["131/nq-cp", "131", "nq", "cp"]),
            (
                "107/2021/NĐ-CP",
                vec!["107/2021/nđ-cp", "107", "2021", "nđ", "cp"],
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(exact_terms(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn folded_table() {
        let cases: Vec<(&str, Vec<&str>)> = vec![
            ("Cải cách hành chính", vec!["cai", "cach", "hanh", "chinh"]),
            ("Đề án 06", vec!["de", "an", "06"]),
            (
                "107/2021/NĐ-CP",
                vec!["107/2021/nd-cp", "107", "2021", "nd", "cp"],
            ),
            ("bỏ bộ bổ", vec!["bo", "bo", "bo"]),
        ];
        for (input, expected) in cases {
            assert_eq!(folded_terms(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn bigrams_skip_punctuation_and_compounds() {
        let f = AnalyzedFields::from_text("cải cách, hành chính 131/NQ-CP");
        let bigrams: Vec<&str> = f.exact_bigrams.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            bigrams,
            vec!["cải cách", "hành chính", "chính 131", "131 nq", "nq cp"]
        );
        let folded: Vec<&str> = f.folded_bigrams.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(folded[0], "cai cach");
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "Thủ tướng Phạm Minh Chính";
        for t in analyze(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(&text[analyze(text)[1].start..analyze(text)[1].end], "tướng");
    }
}
