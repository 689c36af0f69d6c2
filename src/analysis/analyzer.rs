//! The Vietnamese analyzer: one pass over a text yields the forms search needs.
//!
//! Enters: NFC text from [`crate::text::normalize_text`]. Leaves: [`AnalyzedTerm`]s (exact form:
//! lowercase with canonical tone marks; folded form: no diacritics, `đ` → `d`) and, for the
//! index, one token stream ([`analyze_into`]) holding one term per word: its folded form, with
//! its position (a compound such as `131/nq-cp` shares the position of its first part). The
//! index thus holds one posting per word; phrase preference comes from positions, and "exact
//! form first" from re-scoring the best candidates on their stored text
//! ([`crate::search::rescore`]), not from second and third posting lists.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use tantivy::tokenizer::Token;

use super::phrase_marks::{mark_term, PhraseMarks};
use super::segmenter::{segment, Segment, SegmentKind};
use crate::text::fold::push_folded_lowercase;
use crate::text::letters::is_word_char;
use crate::text::sentence::is_abbreviation_point;
use crate::text::tone_marks::push_canonical_syllable;

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
    let start = out.len();
    if raw.is_ascii() {
        out.extend(
            raw.bytes()
                .filter(|&b| !(grouped_number && b == b'.'))
                .map(|b| b.to_ascii_lowercase() as char),
        );
        if !grouped_number && raw.as_bytes().contains(&b'.') {
            points_read(raw, out, start);
        }
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
    if raw.as_bytes().contains(&b'.') {
        points_read(raw, out, start);
    }
}

/// Fewest letters of an acronym written with points between its letters ("U.B.N.D"): two
/// would take words for one ("T.Ư" for `tư`).
const DOTTED_INITIALS_MIN_LETTERS: usize = 3;

/// Whether `raw` is an acronym written with a point after each letter ("U.B.N.D",
/// "H.Đ.N.D", "u.b.n.d" typed in a hurry; [`DOTTED_INITIALS_MIN_LETTERS`] letters or more):
/// its term is the acronym's, `ubnd`, as written without them.
pub fn dotted_initials(raw: &str) -> bool {
    let mut letters = 0;
    for part in raw.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => letters += 1,
            _ => return false,
        }
    }
    letters >= DOTTED_INITIALS_MIN_LETTERS
}

/// `text` with each acronym written with points between its letters ([`dotted_initials`]:
/// "U.B.N.D.") written without them ("UBND."), as its term reads: what reads titles and
/// organs in a text ("Chủ tịch U.B.N.D huyện") reads them alike either way.
pub fn without_dotted_initials(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let letter = |b: u8| b.is_ascii_alphabetic() || b >= 0x80;
    // A point between two letters: most texts have none.
    let points_between_letters = memchr::memchr_iter(b'.', bytes)
        .any(|i| i > 0 && letter(bytes[i - 1]) && bytes.get(i + 1).is_some_and(|&b| letter(b)));
    if !points_between_letters {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for word in text.split(char::is_whitespace) {
        let core = word
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        if core.is_empty() || !dotted_initials(core) {
            continue;
        }
        let start = core.as_ptr() as usize - text.as_ptr() as usize;
        out.push_str(&text[copied..start]);
        out.extend(core.chars().filter(|&c| c != '.'));
        copied = start + core.len();
        // The last letter's point, where no sentence ends ("U.B.N.D. huyện").
        let rest = &text[copied..];
        let goes_on = rest.strip_prefix('.').is_some_and(|after| {
            after.starts_with(' ') && after.trim_start().starts_with(char::is_lowercase)
        });
        copied += usize::from(goes_on);
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Rewrites the points of `raw`'s term, written in `out` from `start`: dropped from an
/// acronym of [`dotted_initials`], a decimal comma between digits ([`decimal_commas`]).
fn points_read(raw: &str, out: &mut String, start: usize) {
    if dotted_initials(raw) {
        let letters: String = out[start..].chars().filter(|&c| c != '.').collect();
        out.truncate(start);
        out.push_str(&letters);
    } else {
        decimal_commas(out, start);
    }
}

/// The segments of `text` that can be terms, each with its text: longer ones are junk
/// (base64, glued URLs) and are left out. The one definition the index stream, the analyzed
/// terms and the re-scorer share.
///
/// A *break* is punctuation that ends a phrase: a sentence or clause mark (`.`, `,`, `;`,
/// `…`, a line break, a bullet); quotes, brackets and dashes do not (`kinh tế - xã hội`,
/// `“một cửa” liên thông` read as phrases). `break_before` is set only on a break, and
/// positions skip one at each, so words are adjacent in the index only when no break
/// separates them: neither a phrase nor the re-scorer's adjacent pairs
/// ([`crate::search::rescore`]) span `cải cách, hành chính`.
pub fn term_segments(text: &str) -> impl Iterator<Item = (Segment, &str)> {
    let mut breaks = 0;
    // Where the text read so far ends, and the last group that followed punctuation (its
    // position and whether that was a break: a compound and its first part share both).
    let mut end = 0;
    let mut group: Option<(usize, bool)> = None;
    segment(text).into_iter().filter_map(move |mut seg| {
        if seg.break_before {
            seg.break_before = match group {
                Some((at, broke)) if at == seg.position => broke,
                _ => {
                    let at = end.min(seg.start);
                    let between = &text[at..seg.start];
                    let broke = seg.position > 0
                        && breaks_phrase(between)
                        && !abbreviation_point(text, at, between);
                    breaks += usize::from(broke);
                    group = Some((seg.position, broke));
                    broke
                }
            };
        }
        end = end.max(seg.end);
        seg.position += breaks;
        let raw = &text[seg.start..seg.end];
        (raw.len() <= MAX_TERM_BYTES).then_some((seg, raw))
    })
}

/// Whether `between` (at byte `at` of `text`) is an abbreviation's point and its space
/// ("TP. Hồ Chí Minh", "TS. Nguyễn Văn A"): it ends no phrase, so `TP Hồ Chí Minh` typed
/// finds the city so written.
#[inline(never)] // Reached at breaks only: kept out of the loop over every word.
fn abbreviation_point(text: &str, at: usize, between: &str) -> bool {
    between.strip_suffix(' ') == Some(".") && is_abbreviation_point(text, at)
}

/// Whether the characters between two words end a phrase: a line break, or a mark that is
/// not a space, a quote, a bracket or a dash (Unicode's other punctuation and symbols).
fn breaks_phrase(between: &str) -> bool {
    between
        .chars()
        .any(|c| c == '\n' || !(c.is_whitespace() || is_phrase_mark(c)))
}

/// Quotes, brackets and dashes: marks that stand inside a phrase (Unicode dash, open,
/// close, initial and final punctuation, and the ASCII quotes).
fn is_phrase_mark(c: char) -> bool {
    static MARKS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}]$").expect("static pattern")
    });
    match c {
        '"' | '\'' | '`' => true,
        c if c.is_ascii() => matches!(c, '(' | ')' | '[' | ']' | '{' | '}' | '-'),
        c => MARKS.is_match(c.encode_utf8(&mut [0; 4])),
    }
}

/// Writes the exact and folded forms of the segment `raw` into the two buffers (cleared
/// first); false when it folds to nothing.
fn forms(raw: &str, seg: &Segment, exact: &mut String, folded: &mut String) -> bool {
    exact.clear();
    folded.clear();
    let grouped = seg.kind == SegmentKind::GroupedNumber;
    exact_form(raw, grouped, exact);
    folded_form(raw, grouped, folded);
    // Stray combining marks alone fold to nothing: no term.
    !folded.is_empty()
}

/// Appends the folded form of `raw` to `out`: lowercase, no diacritics, thousands dots dropped
/// from a grouped number, leading zeros dropped from a number ([`drop_leading_zeros`]). The
/// same value as folding [`exact_form`]'s output but for those zeros, in one pass and without
/// placing tone marks first (the index needs only this form).
pub fn folded_form(raw: &str, grouped_number: bool, out: &mut String) {
    let start = out.len();
    if grouped_number {
        out.extend(
            raw.bytes()
                .filter(|&b| b != b'.')
                .map(|b| b.to_ascii_lowercase() as char),
        );
    } else {
        push_folded_lowercase(raw, out);
        if raw.as_bytes().contains(&b'.') {
            points_read(raw, out, start);
        }
        if out.as_bytes()[start..].contains(&b'y') {
            final_y_as_i(out, start);
        }
    }
    if out.as_bytes()[start..].contains(&b'0') {
        drop_leading_zeros(out, start);
    }
}

/// Rewrites, in `out` from `start`, the `y` that ends a syllable of one consonant and `i`
/// (`ky`, `ly`, `my`, `quy`...) as `i`: Vietnamese spells those syllables either way (`kỹ
/// thuật`/`kĩ thuật`, `lý do`/`lí do`, `quy định`/`qui định`, `công ty`/`công ti`), and the
/// folded form is what a user types who does not know which one a writer chose. Syllables
/// where the two letters differ (`tuy`/`tui`, `hay`/`hai`) and `y` alone (`y tế`) keep it.
fn final_y_as_i(out: &mut String, start: usize) {
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    // The next such `y` at or after `from` (found in place: most terms have none).
    let next = |bytes: &[u8], from: usize| {
        (from..bytes.len()).find(|&i| {
            if bytes[i] != b'y' || bytes.get(i + 1).is_some_and(|&b| word_byte(b)) {
                return false;
            }
            let mut head = i;
            while head > start && word_byte(bytes[head - 1]) {
                head -= 1;
            }
            matches!(
                &bytes[head..i],
                b"h" | b"k" | b"l" | b"m" | b"s" | b"t" | b"qu"
            )
        })
    };
    let mut from = start;
    while let Some(at) = next(out.as_bytes(), from) {
        out.replace_range(at..=at, "i");
        from = at + 1;
    }
}

/// Drops, in `out` from `start`, the leading zeros of each number that opens the term or
/// follows a slash or a hyphen: "06/10/2022" and "6/10/2022" are one date, "Đề án 06" and
/// "Đề án 6" one number. The digits after a decimal comma keep theirs (2,05 is not 2,5), and
/// a number of zeros keeps one.
fn drop_leading_zeros(out: &mut String, start: usize) {
    let bytes = out.as_bytes();
    let opens_number = |i: usize| i == start || matches!(bytes[i - 1], b'/' | b'-');
    let leading_zero =
        |i: usize| bytes[i] == b'0' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
    // Most terms have none: they are left as they are, with no copy.
    if !(start..bytes.len()).any(|i| opens_number(i) && leading_zero(i)) {
        return;
    }
    let mut kept = Vec::with_capacity(bytes.len() - start);
    let mut i = start;
    while i < bytes.len() {
        if opens_number(i) {
            while leading_zero(i) {
                i += 1;
            }
        }
        kept.push(bytes[i]);
        i += 1;
    }
    out.truncate(start);
    out.push_str(std::str::from_utf8(&kept).expect("only ASCII zeros were dropped"));
}

/// Rewrites, in `out` from `start`, a decimal point between two digits as the Vietnamese
/// decimal comma: `99.33` and `99,33` are one number (a thousands point never reaches here:
/// grouped numbers drop theirs).
fn decimal_commas(out: &mut String, start: usize) {
    let bytes = &out.as_bytes()[start..];
    let points: Vec<usize> = (1..bytes.len().saturating_sub(1))
        .filter(|&i| {
            bytes[i] == b'.' && bytes[i - 1].is_ascii_digit() && bytes[i + 1].is_ascii_digit()
        })
        .map(|i| start + i)
        .collect();
    for at in points {
        out.replace_range(at..=at, ",");
    }
}

/// Calls `f` with each term segment of `text` ([`term_segments`]), its text and its folded
/// form ([`folded_form`], written into one buffer reused from word to word); a segment that
/// folds to nothing (stray combining marks) is skipped.
pub fn for_each_folded(text: &str, mut f: impl FnMut(&Segment, &str, &str)) {
    let mut folded = String::new();
    for (seg, raw) in term_segments(text) {
        folded.clear();
        folded_form(raw, seg.kind == SegmentKind::GroupedNumber, &mut folded);
        if !folded.is_empty() {
            f(&seg, raw, &folded);
        }
    }
}

/// Analyzes `text` into terms (see the module documentation).
pub fn analyze(text: &str) -> Vec<AnalyzedTerm> {
    let mut terms = Vec::new();
    let (mut exact, mut folded) = (String::new(), String::new());
    for (seg, raw) in term_segments(text) {
        if !forms(raw, &seg, &mut exact, &mut folded) {
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
    /// Indexes of the word tokens (not compounds) of the last text, in order.
    parts: Vec<usize>,
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

    /// Appends a token of `text` over bytes `from..to` of the text, at `position`.
    fn push(&mut self, (from, to): (usize, usize), position: usize, text: &str) {
        let token = self.next_token();
        token.offset_from = from;
        token.offset_to = to;
        token.position = position;
        token.position_length = 1;
        token.text.push_str(text);
    }

    /// The next token slot, its text cleared (its capacity kept).
    fn next_token(&mut self) -> &mut Token {
        if self.len == self.tokens.len() {
            self.tokens.push(Token::default());
        }
        let t = &mut self.tokens[self.len];
        self.len += 1;
        t.text.clear();
        t
    }
}

/// Analyzes `text` into `buffer`: one folded term per word, at its position; a compound
/// also at the position of its first part (see the module documentation).
pub fn analyze_into(text: &str, buffer: &mut TokenBuffer) {
    analyze_marked(text, buffer, &PhraseMarks::default());
}

/// [`analyze_into`], plus a mark term where the words of a phrase of `marks` follow each
/// other ([`super::phrase_marks`]).
pub fn analyze_marked(text: &str, buffer: &mut TokenBuffer, marks: &PhraseMarks) {
    buffer.len = 0;
    buffer.parts.clear();
    for (seg, raw) in term_segments(text) {
        let index = buffer.len;
        let token = buffer.next_token();
        token.offset_from = seg.start;
        token.offset_to = seg.end;
        token.position = seg.position;
        token.position_length = 1;
        folded_form(raw, seg.kind == SegmentKind::GroupedNumber, &mut token.text);
        if token.text.is_empty() {
            // Stray combining marks alone fold to nothing: no term.
            buffer.len -= 1;
        } else if seg.kind != SegmentKind::Compound {
            buffer.parts.push(index);
            if !marks.is_empty() {
                split_glued_pair(buffer, index, raw);
            }
        }
    }
    if !marks.is_empty() {
        mark_phrases(buffer, marks);
    }
}

/// Fewest letters of two acronyms written together ("TPHCM").
const GLUED_ACRONYMS_MIN_LETTERS: usize = 4;

/// Whether `raw` may be two acronyms written together: a word of capitals alone, long
/// enough.
fn glued_acronyms(raw: &str) -> bool {
    raw.len() >= GLUED_ACRONYMS_MIN_LETTERS
        && raw.chars().all(char::is_uppercase)
        && raw.chars().count() >= GLUED_ACRONYMS_MIN_LETTERS
}

/// The two built-in acronyms a word written `raw`, folded `folded`, holds together
/// ("TPHCM": "tp", "hcm"): the index holds both ([`split_glued_pair`]), the snippet marks
/// the word for either.
pub fn glued_acronym_parts<'a>(raw: &str, folded: &'a str) -> Option<(&'a str, &'a str)> {
    if !glued_acronyms(raw) {
        return None;
    }
    crate::acronyms::glued_pair_split(folded).map(|at| folded.split_at(at))
}

/// After the token at `index`, written `raw`, a word of two built-in acronyms written
/// together ("TPHCM", [`glued_acronym_parts`]), each of them at its position ("tp", "hcm"):
/// the text is found by either acronym, or by the words it stands for, as when written
/// apart. Added right after the word, so every term's positions stay in order.
fn split_glued_pair(buffer: &mut TokenBuffer, index: usize, raw: &str) {
    let word = &buffer.tokens[index];
    let Some((first, second)) = glued_acronym_parts(raw, &word.text) else {
        return;
    };
    let (span, position) = ((word.offset_from, word.offset_to), word.position);
    let (first, second) = (first.to_string(), second.to_string());
    for part in [first, second] {
        buffer.push(span, position, &part);
    }
}

/// Appends the mark terms of the phrases of `marks` found in the words of `buffer`.
fn mark_phrases(buffer: &mut TokenBuffer, marks: &PhraseMarks) {
    let mut found: Vec<(usize, usize, usize, String)> = Vec::new();
    let parts = &buffer.parts;
    for (i, &first) in parts.iter().enumerate() {
        let head = &buffer.tokens[first];
        for phrase in marks.starting_with(&head.text) {
            let Some(words) = parts.get(i..i + phrase.len()) else {
                continue;
            };
            let follows = words.iter().zip(phrase).enumerate().all(|(k, (&t, w))| {
                let t = &buffer.tokens[t];
                t.text == *w && t.position == head.position + k
            });
            if follows {
                let last = &buffer.tokens[words[words.len() - 1]];
                found.push((
                    head.offset_from,
                    last.offset_to,
                    head.position,
                    mark_term(&phrase.join(" ")),
                ));
            }
        }
    }
    for (from, to, position, term) in found {
        buffer.push((from, to), position, &term);
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
    fn an_acronym_with_points_between_its_capitals_is_one_term() {
        assert!(folded_terms("U.B.N.D. huyện").contains(&"ubnd".to_string()));
        assert!(exact_terms("H.Đ.N.D tỉnh").contains(&"hđnd".to_string()));
        // Typed in lowercase, the same; two letters or a word between points are no such
        // acronym; a decimal point is a decimal comma.
        assert!(folded_terms("u.b.n.d").contains(&"ubnd".to_string()));
        for (text, term) in [("T.Ư", "t.u"), ("TP.HCM", "tp.hcm")] {
            assert!(folded_terms(text).contains(&term.to_string()), "{text}");
        }
        assert!(folded_terms("đạt 6.5%").contains(&"6,5".to_string()));
        assert!(!dotted_initials("U.BND"));
        assert_eq!(
            without_dotted_initials("Chủ tịch U.B.N.D. huyện, H.Đ.N.D tỉnh; TP.HCM 6.5 T.Ư"),
            "Chủ tịch UBND huyện, HĐND tỉnh; TP.HCM 6.5 T.Ư"
        );
        assert_eq!(
            without_dotted_initials("họp với U.B.N.D. Ông An nói"),
            "họp với UBND. Ông An nói"
        );
        assert!(matches!(
            without_dotted_initials("Xong. Ông An nói."),
            Cow::Borrowed(_)
        ));
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
            ("thủ\u{200B}tục", vec!["thủ", "tục"]),
            ("a\u{00A0}b", vec!["a", "b"]),
            ("11.956 và 11956", vec!["11956", "và", "11956"]),
            ("99,33%", vec!["99,33"]),
            ("99.33% và 4.0", vec!["99,33", "và", "4,0"]),
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
            // A number's leading zeros go: "Đề án 06" is "Đề án 6", "06/10/2022" is
            // "6/10/2022"; a decimal's digits and a lone zero stay.
            ("Đề án 06", vec!["de", "an", "6"]),
            (
                "06/10/2022 và 01a/KH-UBND",
                vec![
                    "6/10/2022",
                    "6",
                    "10",
                    "2022",
                    "va",
                    "1a/kh-ubnd",
                    "1a",
                    "kh",
                    "ubnd",
                ],
            ),
            (
                "2,05 và 0 và 100 và 000",
                vec!["2,05", "va", "0", "va", "100", "va", "0"],
            ),
            (
                "107/2021/NĐ-CP",
                vec!["107/2021/nd-cp", "107", "2021", "nd", "cp"],
            ),
            ("bỏ bộ bổ", vec!["bo", "bo", "bo"]),
            // The final `y` after one consonant (or `qu`) is spelled `i` too: both fold
            // to `i`. Where the letters differ (`tuy`, `hay`), or `y` stands alone, not.
            (
                "Quy định qui định kỹ kĩ Lý lí Mỹ tỷ sỹ hy",
                vec![
                    "qui", "dinh", "qui", "dinh", "ki", "ki", "li", "li", "mi", "ti", "si", "hi",
                ],
            ),
            (
                "tuy hay y tế quyết huyện thuỷ ngày",
                vec!["tuy", "hay", "y", "te", "quyet", "huyen", "thuy", "ngay"],
            ),
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
    fn one_folded_term_per_word_with_positions() {
        let expected = [
            ("cai", 0),
            ("cach", 1),
            // The comma breaks the phrase: one position skipped.
            ("hanh", 3),
            ("chinh", 4),
            ("131/nq-cp", 5),
            ("131", 5),
            ("nq", 6),
            ("cp", 7),
            ("11956", 8),
        ];
        let expected: Vec<(String, usize)> =
            expected.iter().map(|(t, p)| (t.to_string(), *p)).collect();
        assert_eq!(stream("Cải cách, HÀNH chính 131/NQ-CP 11.956"), expected);
    }

    #[test]
    fn quotes_brackets_and_dashes_do_not_break_a_phrase() {
        let positions = |text: &str| -> Vec<usize> {
            analyze(&normalize_text(text))
                .into_iter()
                .map(|t| t.position)
                .collect()
        };
        assert_eq!(positions("kinh tế - xã hội"), [0, 1, 2, 3]);
        assert_eq!(
            positions("Đề án “Một cửa” (liên thông)"),
            [0, 1, 2, 3, 4, 5]
        );
        assert_eq!(positions("kinh tế. Xã hội"), [0, 1, 3, 4]);
        assert_eq!(positions("kinh tế\nxã hội; ổn định"), [0, 1, 3, 4, 6, 7]);
        assert_eq!(positions("tăng 5 % • giảm"), [0, 1, 3]);
    }

    #[test]
    fn the_stream_holds_exactly_the_folded_forms_of_analyze() {
        let text = normalize_text(
            "Đơn giản hoá TTHC theo Nghị định 107/2021/NĐ-CP, ngày31/3 Ủy ban 99,33% İstanbul",
        );
        let folded: Vec<(String, usize)> = analyze(&text)
            .into_iter()
            .map(|t| (t.folded, t.position))
            .collect();
        assert_eq!(stream(&text), folded);
    }

    #[test]
    fn two_acronyms_written_together_are_each_a_term_at_the_word() {
        let marks = PhraseMarks::new(["thanh pho"]);
        let mut buffer = TokenBuffer::default();
        let text = normalize_text("UBND TPHCM họp, HCM và TPHCMX, Tphcm");
        analyze_marked(&text, &mut buffer, &marks);
        let terms: Vec<(&str, usize)> = buffer
            .tokens()
            .iter()
            .map(|t| (t.text.as_str(), t.position))
            .collect();
        assert_eq!(
            terms,
            [
                ("ubnd", 0),
                ("tphcm", 1),
                ("tp", 1),
                ("hcm", 1),
                ("hop", 2),
                ("hcm", 4),
                ("va", 5),
                // Not two known acronyms; not in capitals.
                ("tphcmx", 6),
                ("tphcm", 8),
            ]
        );
        assert_eq!(crate::acronyms::glued_pair_split("ubndtp"), Some(4));
        assert_eq!(crate::acronyms::glued_pair_split("cchc"), None);
    }

    #[test]
    fn known_phrases_get_one_mark_term_at_their_first_word() {
        let marks = PhraseMarks::new(["thu tuc hanh chinh", "dich vu cong"]);
        let mut buffer = TokenBuffer::default();
        let text = normalize_text("Giảm thủ tục hành chính, thủ tục hành; dịch vụ công");
        analyze_marked(&text, &mut buffer, &marks);
        let marked: Vec<(&str, usize, &str)> = buffer
            .tokens()
            .iter()
            .filter(|t| t.text.starts_with('='))
            .map(|t| {
                (
                    t.text.as_str(),
                    t.position,
                    &text[t.offset_from..t.offset_to],
                )
            })
            .collect();
        assert_eq!(
            marked,
            [
                ("=thu tuc hanh chinh", 1, "thủ tục hành chính"),
                // Two breaks before it (the comma and the semicolon): two positions skipped.
                ("=dich vu cong", 10, "dịch vụ công")
            ]
        );
    }

    #[test]
    fn buffers_are_reused_across_texts() {
        let mut buffer = TokenBuffer::default();
        analyze_into("một hai ba bốn năm", &mut buffer);
        let long = buffer.tokens().len();
        analyze_into("một", &mut buffer);
        assert_eq!(buffer.tokens().len(), 1);
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
