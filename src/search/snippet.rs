//! Snippets: the part of a passage that shows why it matched, with the matches marked.
//!
//! Enters: a passage and what the query highlights ([`Highlight`]: its words to mark, the
//! documents it names). Leaves: a [`Snippet`] (plain text plus highlighted byte ranges) that
//! the caller renders (HTML `<b>` for JSON, bold on a terminal).

use crate::analysis::segmenter::SegmentKind;
use crate::analysis::{exact_form, for_each_folded, glued_acronym_parts};
use crate::refs::{find_refs, ref_keys, DocumentRef};

/// Passages up to this many words are shown whole.
const WHOLE_PASSAGE_WORDS: usize = 60;
/// Otherwise a window of this many words around the densest matches.
const WINDOW_WORDS: usize = 40;

/// A piece of a passage with its highlights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The text shown, with `…` where it was cut.
    pub text: String,
    /// Byte ranges of `text` to highlight, in order, not overlapping.
    pub highlights: Vec<(usize, usize)>,
}

impl Snippet {
    /// The snippet as HTML: text escaped, matches in `<b>`.
    pub fn to_html(&self) -> String {
        self.render(escape_html, "<b>", "</b>")
    }

    /// The snippet with each match wrapped in `open` and `close`, text passed through `esc`.
    pub fn render(&self, esc: impl Fn(&str) -> String, open: &str, close: &str) -> String {
        let mut out = String::with_capacity(self.text.len() + 16);
        let mut at = 0;
        for &(s, e) in &self.highlights {
            out.push_str(&esc(&self.text[at..s]));
            out.push_str(open);
            out.push_str(&esc(&self.text[s..e]));
            out.push_str(close);
            at = e;
        }
        out.push_str(&esc(&self.text[at..]));
        out
    }
}

/// Escapes text for HTML (text or a quoted attribute alike).
pub fn escape_html(s: &str) -> String {
    html_escape::encode_quoted_attribute(s).into_owned()
}

/// A query word to mark in a passage: every word that folds to `folded`, unless the word was
/// typed with diacritics (`exact`: its lowercase forms with canonical tone marks) and the
/// passage holds it so: then those alone, as the ranking prefers them (`thủ` marks "Thủ"
/// and "thủ", not "thứ" beside them; `hoá` marks "hóa" too). A `folded` of several words
/// (an acronym's expansion, a quoted phrase: `cai cach hanh chinh`) marks them only side
/// by side, as one, with no sentence or clause mark between them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mark {
    /// Lowercase, no diacritics.
    pub folded: String,
    /// The forms typed with diacritics; empty when the word was typed without.
    pub exact: Vec<String>,
}

impl Mark {
    /// A mark for the folded form alone.
    pub fn folded(folded: &str) -> Self {
        Mark {
            folded: folded.to_string(),
            exact: Vec::new(),
        }
    }
}

/// What a query highlights: its words ([`Mark`]), and the documents it names, by the keys
/// the index finds them under (a citation is marked whole however it was written: "NQ131"
/// marks "131/NQ-CP").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlight {
    /// The query words to mark.
    pub marks: Vec<Mark>,
    /// The reference keys the query searches for.
    pub cited: Vec<String>,
}

impl Highlight {
    /// The query words `marks` alone.
    pub fn words(marks: Vec<Mark>) -> Self {
        Highlight {
            marks,
            cited: Vec::new(),
        }
    }

    /// Whether the reference `r` is a document the query names.
    fn names(&self, r: &DocumentRef) -> bool {
        ref_keys(r).any(|k| self.cited.iter().any(|c| c == k))
    }

    /// Byte ranges of `passage` that cite a document the query names: where the passage
    /// writes the labels of its references (`labels`, as the index stored them) that name
    /// one. The passage is read for its references when a label alone cannot say (its type
    /// is in the words before it: "Nghị quyết 98/2023/QH15" named by `Nghị quyết 98`) or
    /// is not written there as stored (a partial citation the article's full number
    /// resolved).
    fn citations(&self, passage: &str, labels: &[String]) -> Vec<(usize, usize)> {
        if self.cited.is_empty() {
            return Vec::new();
        }
        let mut spans = Vec::new();
        for label in labels {
            let written = passage
                .match_indices(label.as_str())
                .map(|(at, l)| (at, at + l.len()));
            let before = spans.len();
            if find_refs(label).first().is_some_and(|r| self.names(r)) {
                spans.extend(written);
            }
            if spans.len() == before {
                return find_refs(passage)
                    .into_iter()
                    .filter(|r| self.names(r))
                    .map(|r| r.span)
                    .collect();
            }
        }
        spans
    }
}

/// Builds the snippet of `passage`, whose references the index stored as `labels`, for what
/// the query highlights.
pub fn make_snippet(passage: &str, labels: &[String], highlight: &Highlight) -> Snippet {
    let marks = highlight.marks.as_slice();
    // Each mark's words in the passage, and whether each is in a typed form. One pass of the
    // segmenter, each word folded into one reused buffer, its exact form only when it folds
    // to a mark typed with diacritics.
    let mut found: Vec<Vec<(usize, usize, bool)>> = vec![Vec::new(); marks.len()];
    let mut exact = String::new();
    // A mark of several words: its words, and how many of them end at the current word
    // (with where the first began).
    let sequences: Vec<Vec<&str>> = marks
        .iter()
        .map(|m| m.folded.split(' ').collect())
        .collect();
    let mut progress: Vec<(usize, usize)> = vec![(0, 0); marks.len()];
    for_each_folded(passage, |seg, raw, folded| {
        exact.clear();
        // Two acronyms written together ("TPHCM"): either marks the word ("HCM").
        let glued = glued_acronym_parts(raw, folded);
        for (((mark, spans), words), (done, start)) in marks
            .iter()
            .zip(&mut found)
            .zip(&sequences)
            .zip(&mut progress)
        {
            if words.len() > 1 {
                // A compound (`131/NQ-CP`) stands beside its parts; a sentence or clause
                // mark ends a sequence, as it ends a phrase.
                if seg.kind == SegmentKind::Compound {
                    continue;
                }
                if words[*done] != folded || seg.break_before {
                    *done = 0;
                }
                if words[*done] == folded {
                    if *done == 0 {
                        *start = seg.start;
                    }
                    *done += 1;
                    if *done == words.len() {
                        spans.push((*start, seg.end, false));
                        *done = 0;
                    }
                }
                continue;
            }
            let in_glued = glued.is_some_and(|(a, b)| a == mark.folded || b == mark.folded);
            if mark.folded != folded && !in_glued {
                continue;
            }
            if !mark.exact.is_empty() && exact.is_empty() {
                exact_form(raw, seg.kind == SegmentKind::GroupedNumber, &mut exact);
            }
            let typed = mark.exact.contains(&exact);
            spans.push((seg.start, seg.end, typed));
        }
    });
    // Each highlight with the mark it shows; the citations as one mark after the words.
    let mut ranges: Vec<(usize, usize, usize)> = highlight
        .citations(passage, labels)
        .into_iter()
        .map(|(start, end)| (start, end, marks.len()))
        .collect();
    for (mark, spans) in found.into_iter().enumerate() {
        let any_typed = spans.iter().any(|&(_, _, typed)| typed);
        ranges.extend(
            spans
                .into_iter()
                .filter(|&(_, _, typed)| !any_typed || typed)
                .map(|(start, end, _)| (start, end, mark)),
        );
    }
    ranges.sort();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for &(s, e, _) in &ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let words: Vec<(usize, usize)> = word_spans(passage);
    if words.len() <= WHOLE_PASSAGE_WORDS {
        return Snippet {
            text: passage.to_string(),
            highlights: merged,
        };
    }
    // The window of WINDOW_WORDS words that shows the most of the query's words, then the
    // most of them side by side, then the most highlights: a common word repeated ("bộ" of
    // "bộ máy", "đồng bộ") does not draw the window away from where the rarer words stand
    // beside it ("TTHC nội bộ").
    let mut shown = vec![false; marks.len() + 1];
    let best = (0..=words.len() - WINDOW_WORDS)
        .max_by_key(|&w| {
            let (s, e) = (words[w].0, words[w + WINDOW_WORDS - 1].1);
            shown.fill(false);
            let (mut hits, mut side_by_side) = (0, 0);
            let mut previous: Option<(usize, usize)> = None;
            for &(hs, he, mark) in ranges.iter().filter(|(hs, he, _)| *hs >= s && *he <= e) {
                shown[mark] = true;
                hits += 1;
                // Highlights may overlap (a compound `131/NQ-CP` and its parts).
                let adjacent = previous.is_some_and(|(end, other)| {
                    other != mark
                        && passage
                            .get(end..hs)
                            .is_some_and(|gap| gap.chars().all(char::is_whitespace))
                });
                side_by_side += usize::from(adjacent);
                previous = Some((he, mark));
            }
            let distinct = shown.iter().filter(|&&m| m).count();
            (distinct, side_by_side, hits, std::cmp::Reverse(w))
        })
        .unwrap_or(0);
    let (start, end) = (words[best].0, words[best + WINDOW_WORDS - 1].1);
    let prefix = if start > 0 { "… " } else { "" };
    let suffix = if end < passage.len() { " …" } else { "" };
    let text = format!("{prefix}{}{suffix}", &passage[start..end]);
    let shift = prefix.len();
    let highlights = merged
        .into_iter()
        .filter(|(s, e)| *s >= start && *e <= end)
        .map(|(s, e)| (s - start + shift, e - start + shift))
        .collect();
    Snippet { text, highlights }
}

fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_matches_with_and_without_diacritics() {
        let s = make_snippet(
            "Cải cách thủ tục <hành> chính",
            &[],
            &Highlight::words(vec![Mark::folded("cai"), Mark::folded("hanh")]),
        );
        assert_eq!(
            s.to_html(),
            "<b>Cải</b> cách thủ tục &lt;<b>hành</b>&gt; chính"
        );
    }

    fn marked(query: &str, passage: &str) -> String {
        let q = crate::search::user_query::parse_user_query(
            query,
            false,
            &crate::acronyms::AcronymTable::default(),
        )
        .expect("query");
        marked_with(&q, passage, None)
    }

    /// The snippet of `passage` for the query `q`, its references stored as `labels` (as
    /// the passage writes them when `None`).
    fn marked_with(
        q: &crate::search::user_query::UserQuery,
        passage: &str,
        labels: Option<&[&str]>,
    ) -> String {
        let text = crate::text::normalize_text(passage);
        let labels: Vec<String> = match labels {
            Some(given) => given.iter().map(|l| l.to_string()).collect(),
            None => find_refs(&text).into_iter().map(|r| r.label).collect(),
        };
        let highlight = crate::search::query_builder::highlight_terms(q);
        make_snippet(&text, &labels, &highlight).to_html()
    }

    #[test]
    fn words_typed_with_diacritics_mark_those_forms_where_the_passage_has_them() {
        assert_eq!(
            marked("thủ tục", "Thủ tướng họp phiên thứ hai về thủ tục"),
            "<b>Thủ</b> tướng họp phiên thứ hai về <b>thủ</b> <b>tục</b>"
        );
        // Either tone-mark style is the same form.
        assert_eq!(
            marked("hoá", "số hóa, số hoá"),
            "số <b>hóa</b>, số <b>hoá</b>"
        );
        // Without the typed form in the passage, every folded match is marked.
        assert_eq!(
            marked("thủ tục", "thu tuc, thứ tự"),
            "<b>thu</b> <b>tuc</b>, <b>thứ</b> tự"
        );
        // Typed without diacritics: every form.
        assert_eq!(
            marked("thu", "Thủ tướng, thứ hai"),
            "<b>Thủ</b> tướng, <b>thứ</b> hai"
        );
        // The same word typed both ways: every form.
        assert_eq!(marked("thủ thu", "thủ, thứ"), "<b>thủ</b>, <b>thứ</b>");
    }

    #[test]
    fn an_expansion_is_marked_only_as_a_whole() {
        let marks = Highlight::words(vec![
            Mark::folded("cchc"),
            Mark::folded("cai cach hanh chinh"),
        ]);
        let s = make_snippet(
            "Công tác CCHC và cải cách hành chính; Chính phủ cải cách thể chế.",
            &[],
            &marks,
        );
        assert_eq!(
            s.to_html(),
            "Công tác <b>CCHC</b> và <b>cải cách hành chính</b>; Chính phủ cải cách thể chế."
        );
    }

    #[test]
    fn the_window_shows_the_most_query_words_before_the_most_highlights() {
        let text = format!(
            "{} thể chế của bộ máy đồng bộ, bộ ngành và các bộ {} quy định TTHC nội bộ {}",
            "mở đầu ".repeat(10),
            "ở giữa ".repeat(30),
            "kết thúc ".repeat(30)
        );
        let marks = Highlight::words(vec![
            Mark::folded("tthc"),
            Mark::folded("noi"),
            Mark::folded("bo"),
        ]);
        let s = make_snippet(&text, &[], &marks);
        assert!(s.text.contains("TTHC nội bộ"), "{}", s.text);
    }

    #[test]
    fn a_compound_marked_beside_its_parts_is_windowed() {
        // The compound's highlight overlaps those of its parts.
        let text = format!(
            "{} Nghị quyết số 131/NQ-CP của Chính phủ {}",
            "mở đầu ".repeat(60),
            "kết thúc ".repeat(60)
        );
        let marks = Highlight::words(["131/nq-cp", "131", "nq", "cp"].map(Mark::folded).to_vec());
        let s = make_snippet(&text, &[], &marks);
        assert!(s.text.contains("131/NQ-CP"), "{}", s.text);
    }

    #[test]
    fn long_passages_are_windowed_around_matches() {
        let text = format!(
            "{} Nghị quyết số 131/NQ-CP {}",
            "mở đầu ".repeat(60),
            "kết thúc ".repeat(60)
        );
        let s = make_snippet(
            &text,
            &[],
            &Highlight::words(vec![Mark::folded("131/nq-cp")]),
        );
        assert!(s.text.starts_with("… ") && s.text.ends_with(" …"));
        assert_eq!(s.highlights.len(), 1);
        let (a, b) = s.highlights[0];
        assert_eq!(&s.text[a..b], "131/NQ-CP");
    }

    #[test]
    fn a_document_named_in_another_form_is_marked_where_the_passage_cites_it() {
        assert_eq!(
            marked(
                "NQ131",
                "Theo Nghị quyết số 131/NQ-CP và Nghị quyết số 76/NQ-CP."
            ),
            "Theo Nghị quyết số <b>131/NQ-CP</b> và Nghị quyết số 76/NQ-CP."
        );
        assert_eq!(
            marked("nghị định 107 năm 2021", "theo NĐ 107/2021/NĐ-CP"),
            "theo NĐ <b>107/2021/NĐ-CP</b>"
        );
        for (query, passage, label, expected) in [
            // A partial citation the index stored as the full number its article writes.
            (
                "1291/QĐ-TTg",
                "theo Quyết định 1291 của Thủ tướng",
                "1291/QĐ-TTg",
                "theo <b>Quyết định 1291</b> của Thủ tướng",
            ),
            // A number whose issuer names no type, typed by the words before it: the label
            // the index stored alone cannot say it is a resolution.
            (
                "Nghị quyết 98",
                "triển khai Nghị quyết 98/2023/QH15 của Quốc hội",
                "98/2023/QH15",
                "triển khai <b>Nghị quyết</b> <b>98/2023/QH15</b> của Quốc hội",
            ),
        ] {
            let q = crate::search::user_query::parse_user_query(
                query,
                false,
                &crate::acronyms::AcronymTable::default(),
            )
            .expect("query");
            assert_eq!(
                marked_with(&q, passage, Some(&[label])),
                expected,
                "{query}"
            );
        }
    }
}
