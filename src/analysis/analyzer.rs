//! The Vietnamese analyzer: one pass over a text yields every indexed form.
//!
//! Enters: NFC text from [`crate::text::normalize_text`]. Leaves: [`AnalyzedTerm`]s (exact form:
//! lowercase with canonical tone marks; folded form: no diacritics, `đ` → `d`) and, for the
//! index, one token stream ([`analyze_into`]) holding, at each position, the folded form
//! (marked with [`FOLDED_PREFIX`]), the exact form when it differs (it carries diacritics),
//! and the folded bigram of this syllable with the next one. Exact bigrams are left out: the
//! exact unigrams already rank marked forms first, and they would add a quarter to the
//! postings. One field thus serves exact, diacritic-free and phrase-proximity
//! matching, and the text is segmented once per passage.

use tantivy::tokenizer::Token;

use super::segmenter::{segment, Segment, SegmentKind};
use crate::text::fold::push_folded;
use crate::text::letters::is_word_char;
use crate::text::tone_marks::push_canonical_syllable;

/// Terms longer than this (in bytes) are junk (base64, glued URLs) and are not indexed.
const MAX_TERM_BYTES: usize = 64;

/// Marks a folded term in the index (`~cai`), keeping it apart from the exact term `cai`
/// written without marks. Normalized text never contains it inside a term.
pub const FOLDED_PREFIX: char = '~';

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
        match (is_word_char(c), piece_start) {
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

/// Writes the exact and folded forms of `seg` into the two buffers (cleared first); false
/// when the segment is too long to be a term.
fn forms(text: &str, seg: &Segment, exact: &mut String, folded: &mut String) -> bool {
    let raw = &text[seg.start..seg.end];
    if raw.len() > MAX_TERM_BYTES {
        return false;
    }
    exact.clear();
    folded.clear();
    exact_form(raw, seg.kind == SegmentKind::GroupedNumber, exact);
    push_folded(exact, folded);
    true
}

/// The folded term as the index holds it: [`FOLDED_PREFIX`] + `folded`.
pub fn folded_term(folded: &str) -> String {
    let mut t = String::with_capacity(folded.len() + 1);
    t.push(FOLDED_PREFIX);
    t.push_str(folded);
    t
}

/// The bigram key of two adjacent terms.
pub fn bigram(first: &str, second: &str) -> String {
    let mut key = String::with_capacity(first.len() + second.len() + 1);
    key.push_str(first);
    key.push(' ');
    key.push_str(second);
    key
}

/// Analyzes `text` into terms (see the module documentation).
pub fn analyze(text: &str) -> Vec<AnalyzedTerm> {
    let segments = segment(text);
    let mut terms = Vec::with_capacity(segments.len());
    let (mut exact, mut folded) = (String::new(), String::new());
    for seg in segments {
        if !forms(text, &seg, &mut exact, &mut folded) {
            continue;
        }
        terms.push(AnalyzedTerm {
            start: seg.start,
            end: seg.end,
            position: seg.position,
            exact: exact.clone(),
            folded: folded.clone(),
            compound: seg.kind == SegmentKind::Compound,
            break_before: seg.break_before,
        });
    }
    terms
}

/// Tokens reused from one text to the next: their `String`s keep their capacity, so the
/// analyzer allocates only while a text is longer than any before it.
#[derive(Debug, Default, Clone)]
pub struct TokenBuffer {
    tokens: Vec<Token>,
    len: usize,
}

impl TokenBuffer {
    /// The tokens of the last text analyzed.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens[..self.len]
    }

    /// Mutable access for tantivy's token stream.
    pub fn tokens_mut(&mut self) -> &mut [Token] {
        &mut self.tokens[..self.len]
    }

    fn push(&mut self, from: usize, to: usize, position: usize, parts: &[&str]) {
        if self.len == self.tokens.len() {
            self.tokens.push(Token::default());
        }
        let t = &mut self.tokens[self.len];
        self.len += 1;
        t.offset_from = from;
        t.offset_to = to;
        t.position = position;
        t.position_length = 1;
        t.text.clear();
        for p in parts {
            t.text.push_str(p);
        }
    }
}

/// Analyzes `text` into `buffer`: at each position the exact term, the folded term and, for
/// syllables, the bigrams with the previous syllable (see the module documentation).
pub fn analyze_into(text: &str, buffer: &mut TokenBuffer) {
    buffer.len = 0;
    let prefix = FOLDED_PREFIX.to_string();
    let (mut exact, mut folded) = (String::new(), String::new());
    let (mut prev_exact, mut prev_folded) = (String::new(), String::new());
    let mut prev: Option<(usize, usize)> = None;
    for seg in segment(text) {
        if !forms(text, &seg, &mut exact, &mut folded) {
            prev = None;
            continue;
        }
        // A term without diacritics is only indexed folded: its exact form would be the same.
        let marked = exact != folded;
        if marked {
            buffer.push(seg.start, seg.end, seg.position, &[&exact]);
        }
        buffer.push(seg.start, seg.end, seg.position, &[&prefix, &folded]);
        if seg.kind == SegmentKind::Compound {
            continue;
        }
        if let Some((start, position)) = prev.filter(|_| !seg.break_before) {
            buffer.push(
                start,
                seg.end,
                position,
                &[&prefix, &prev_folded, " ", &folded],
            );
        }
        std::mem::swap(&mut prev_exact, &mut exact);
        std::mem::swap(&mut prev_folded, &mut folded);
        prev = Some((seg.start, seg.position));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize_text;

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

    fn stream(text: &str) -> Vec<(String, usize)> {
        let mut buffer = TokenBuffer::default();
        analyze_into(text, &mut buffer);
        buffer
            .tokens()
            .iter()
            .map(|t| (t.text.clone(), t.position))
            .collect()
    }

    #[test]
    fn one_stream_holds_exact_folded_and_bigrams() {
        let expected = [
            ("cải", 0),
            ("~cai", 0),
            ("cách", 1),
            ("~cach", 1),
            ("~cai cach", 0),
            ("hành", 2),
            ("~hanh", 2),
            ("chính", 3),
            ("~chinh", 3),
            ("~hanh chinh", 2),
        ];
        let expected: Vec<(String, usize)> =
            expected.iter().map(|(t, p)| (t.to_string(), *p)).collect();
        assert_eq!(stream("Cải cách, hành chính"), expected);
    }

    #[test]
    fn bigrams_skip_punctuation_and_compounds() {
        let got: Vec<String> = stream("cải cách, hành chính 131/NQ-CP")
            .into_iter()
            .map(|t| t.0)
            .collect();
        let bigrams: Vec<&str> = got
            .iter()
            .filter(|t| t.contains(' '))
            .map(String::as_str)
            .collect();
        let expected = [
            "~cai cach",
            "~hanh chinh",
            "~chinh 131",
            "~131 nq",
            "~nq cp",
        ];
        assert_eq!(bigrams, expected);
        assert!(got.contains(&"~131/nq-cp".to_string()));
        assert!(
            !got.contains(&"131/nq-cp".to_string()),
            "no exact twin of an unmarked term"
        );
    }

    #[test]
    fn buffers_are_reused_across_texts() {
        let mut buffer = TokenBuffer::default();
        analyze_into("một hai ba bốn năm", &mut buffer);
        let long = buffer.tokens().len();
        analyze_into("một", &mut buffer);
        assert_eq!(buffer.tokens().len(), 2);
        assert!(long > 2);
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
