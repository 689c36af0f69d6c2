//! Turns a [`UserQuery`] into the tantivy query that finds and first ranks the passages.
//!
//! The `body` field holds one folded term per word (with positions; the head passage also
//! holds its article's title): each word matches through its folded form, so `cai cach`,
//! `cải cách` and `cải cách` in the other tone-mark style find the same passages. The clauses
//! stay flat term queries (tantivy can skip blocks); the preferences the index holds no
//! postings for (exact forms first, adjacent words before scattered ones) are applied
//! afterwards on the best candidates by [`super::rescore`]. Document references in the query
//! match the `refs` field first. Acronyms expand to their spelled-out form and back, below
//! literal matches. Quoted phrases must match as phrases (of folded words: the exact form
//! ranks first).

use std::ops::Bound;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, ExistsQuery, Occur, PhraseQuery, Query, RangeQuery,
    RegexQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::question::Official;
use super::snippet::{Highlight, Mark};
use super::user_query::UserQuery;
use super::worded_dates::{news_month, news_year, FOLDED_YEAR_WORD, MONTH_WORD};
use crate::acronyms::{acronym_key, builtin_marks};
use crate::analysis::phrase_marks::mark_term;
use crate::analysis::AnalyzedTerm;
use crate::index::schema::{Fields, REF_LABELS_FIELD, SPEAKER_NAME_FIELD};
use crate::refs::{find_query_refs, ref_keys, DocumentRef};

const REF_BOOST: f32 = 6.0;
const LOOSE_REF_BOOST: f32 = 4.0;
const ACRONYM_BOOST: f32 = 0.4;

fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn boosted(q: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    if (boost - 1.0).abs() < f32::EPSILON {
        q
    } else {
        Box::new(BoostQuery::new(q, boost))
    }
}

fn should(clauses: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        clauses.into_iter().map(|c| (Occur::Should, c)).collect(),
    ))
}

/// A phrase in `field` of `words`, each at its offset from the first (a term query for one
/// word).
fn phrase(field: Field, words: &[(usize, &str)]) -> Option<Box<dyn Query>> {
    match words {
        [] => None,
        [(_, one)] => Some(term(field, one)),
        many => Some(Box::new(PhraseQuery::new_with_offset(
            many.iter()
                .map(|&(offset, word)| (offset, Term::from_field_text(field, word)))
                .collect(),
        ))),
    }
}

/// An acronym's spelled-out form (folded, single-spaced) in `field`: one mark term when the
/// index marks the phrase (the built-in acronyms), else a phrase of its words.
fn spelled_out(field: Field, expansion: &str) -> Box<dyn Query> {
    if builtin_marks().contains(expansion) {
        return term(field, &mark_term(expansion));
    }
    let words: Vec<(usize, &str)> = expansion.split(' ').enumerate().collect();
    phrase(field, &words).unwrap_or_else(|| term(field, expansion))
}

fn parts(terms: &[AnalyzedTerm]) -> Vec<&AnalyzedTerm> {
    terms.iter().filter(|t| !t.compound).collect()
}

/// Whether the word term `t` is the number or the abbreviation (in capitals, as a query
/// names a type by it) of a reference among the query's words.
fn reference_code(query: &UserQuery, t: &AnalyzedTerm) -> bool {
    let written = &query.words[t.start..t.end];
    let code =
        written.bytes().any(|b| b.is_ascii_digit()) || written.chars().all(|c| !c.is_lowercase());
    code && query.word_refs.iter().any(|r| r.covers(t.start, t.end))
}

/// What to mark in a passage: each query word's folded form and, when it was typed with
/// diacritics, those forms (see [`Mark`]), but for a reference's number and abbreviation; acronym expansions (as whole phrases) and
/// contractions by their folded form alone; the citations of the documents the query names,
/// by the keys [`ref_clauses`] searches.
pub fn highlight_terms(query: &UserQuery) -> Highlight {
    let mut marks: Vec<Mark> = Vec::new();
    let mut push = |folded: &str, exact: Option<&str>| {
        let exact = exact.filter(|e| *e != folded).map(str::to_string);
        match marks.iter_mut().find(|m| m.folded == folded) {
            // Typed once without diacritics: every form is wanted.
            Some(m) => match exact {
                Some(e) if !m.exact.is_empty() => {
                    if !m.exact.contains(&e) {
                        m.exact.push(e);
                    }
                }
                _ => m.exact.clear(),
            },
            None => marks.push(Mark {
                folded: folded.to_string(),
                exact: exact.into_iter().collect(),
            }),
        }
    };
    // A reference's type written out ("Nghị định 59") is marked where its words stand side
    // by side: not the "định" of "quy định" or "định kỳ".
    let mut type_words = vec![false; query.word_terms.len()];
    for r in &query.word_refs {
        let words: Vec<usize> = (0..query.word_terms.len())
            .filter(|&i| {
                let t = &query.word_terms[i];
                !t.compound && r.covers(t.start, t.end) && !reference_code(query, t)
            })
            .collect();
        if words.len() > 1 {
            let folded: Vec<&str> = words
                .iter()
                .map(|&i| query.word_terms[i].folded.as_str())
                .collect();
            push(&folded.join(" "), None);
            words.iter().for_each(|&i| type_words[i] = true);
        }
    }
    for (((t, expansions), typed), type_word) in query
        .word_terms
        .iter()
        .zip(&query.expansions)
        .zip(&query.alternatives)
        .zip(type_words)
    {
        // The number and the abbreviation of a reference typed in words ("ĐA 06", "NQ 131")
        // are marked as the citation, whole, where a passage cites it: not "đã" or "06"
        // elsewhere.
        if type_word || reference_code(query, t) {
            continue;
        }
        push(&t.folded, Some(&t.exact));
        typed.iter().for_each(|a| push(&a.folded, Some(&a.exact)));
        for e in expansions {
            push(e, None);
        }
    }
    // A quoted phrase marks where it stands whole, as it matched (its words elsewhere are
    // marked only when typed outside the quotes too); one typed with a mark inside
    // (`"cải cách, hành chính"`) marks its words one by one.
    for terms in &query.phrase_terms {
        let words = parts(terms);
        let unbroken = words.iter().skip(1).all(|t| !t.break_before);
        if words.len() > 1 && unbroken {
            let folded: Vec<&str> = words.iter().map(|t| t.folded.as_str()).collect();
            push(&folded.join(" "), None);
        } else {
            terms.iter().for_each(|t| push(&t.folded, Some(&t.exact)));
        }
    }
    for a in &query.text_contractions {
        push(a, None);
    }
    let cited = query
        .refs
        .iter()
        .flat_map(|r| std::iter::once(&r.key).chain(&r.loose_key))
        .cloned()
        .collect();
    Highlight { marks, cited }
}

/// One word's clauses, as the ranking scores them: its folded form, the syllable it stands
/// for when typed in Telex, and its acronym expansions (below the word itself).
fn word_clauses(
    body: Field,
    t: &AnalyzedTerm,
    expansions: &[String],
    typed: &[AnalyzedTerm],
) -> Vec<Box<dyn Query>> {
    let mut clauses: Vec<Box<dyn Query>> = typed.iter().map(|a| term(body, &a.folded)).collect();
    // Term clauses stay flat so tantivy can skip blocks (block-max WAND) on big indexes.
    clauses.push(term(body, &t.folded));
    for expansion in expansions {
        clauses.push(boosted(spelled_out(body, expansion), ACRONYM_BOOST));
    }
    clauses
}

/// The clauses that find a document reference: its key, and its looser key below it.
fn ref_clauses(fields: &Fields, r: &DocumentRef) -> Vec<Box<dyn Query>> {
    let mut clauses = vec![boosted(term(fields.refs, &r.key), REF_BOOST)];
    if let Some(loose) = r.loose_key.as_deref().filter(|l| *l != r.key) {
        clauses.push(boosted(term(fields.refs, loose), LOOSE_REF_BOOST));
    }
    clauses
}

/// The clauses that find a document reference in the title of the article a passage heads:
/// its key and its looser key, scored as a word, below the passage's own citation.
fn title_ref_clauses(fields: &Fields, r: &DocumentRef) -> Vec<Box<dyn Query>> {
    std::iter::once(r.key.as_str())
        .chain(r.loose_key.as_deref().filter(|l| *l != r.key))
        .map(|key| term(fields.title_refs, key))
        .collect()
}

/// What scores a passage for the words and references typed: every word's clauses
/// ([`word_clauses`]) and every reference's.
fn scored_words(fields: &Fields, query: &UserQuery) -> Vec<Box<dyn Query>> {
    let words = query
        .word_terms
        .iter()
        .zip(&query.expansions)
        .zip(&query.alternatives)
        .flat_map(|((t, e), a)| word_clauses(fields.body, t, e, a));
    let refs = (query.refs.iter())
        .chain(&query.issued_refs)
        .flat_map(|r| ref_clauses(fields, r));
    words.chain(refs).collect()
}

/// The acronyms the words spell out, as clauses below the words.
fn contraction_clauses(body: Field, query: &UserQuery) -> Vec<Box<dyn Query>> {
    query
        .word_contractions
        .iter()
        .map(|(a, _)| contraction(body, a))
        .collect()
}

/// An acronym the words spell out, scored below the words.
fn contraction(body: Field, acronym: &str) -> Box<dyn Query> {
    boosted(term(body, &acronym_key(acronym)), ACRONYM_BOOST)
}

/// The passages of the articles published in `year`, in its `months` (1 to 12).
fn published_in(
    fields: &Fields,
    year: u32,
    months: std::ops::RangeInclusive<u32>,
) -> Box<dyn Query> {
    let day = |month: u32, day: u32| {
        Term::from_field_u64(
            fields.published,
            u64::from(year) * 10_000 + u64::from(month) * 100 + u64::from(day),
        )
    };
    Box::new(RangeQuery::new(
        Bound::Included(day(*months.start(), 1)),
        Bound::Included(day(*months.end(), 31)),
    ))
}

/// The passages writing a day of `month` of `year` ("15/11/2022", "3-11-2022": the index
/// folds a date's leading zeros away), each scored alike.
fn days_of(body: Field, year: u32, month: u32) -> Option<Box<dyn Query>> {
    let pattern = format!("([1-9]|[12][0-9]|3[01])[/-]{month}[/-]{year}");
    let days = RegexQuery::from_pattern(&pattern, body).ok()?;
    Some(Box::new(days))
}

/// `query` as a filter: what it matches, at no score.
fn unscored(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

/// The positions in `words` of the run of words spelling `expansion` (folded, one space
/// between words), when they stand side by side.
fn spelled_run(words: &[TypedWord], expansion: &str) -> Option<std::ops::Range<usize>> {
    let spelled: Vec<&str> = expansion.split(' ').collect();
    (0..words.len().checked_sub(spelled.len())? + 1)
        .find(|&i| {
            (words[i..i + spelled.len()]
                .iter()
                .map(|w| w.0.folded.as_str()))
            .eq(spelled.iter().copied())
        })
        .map(|i| i..i + spelled.len())
}

/// The quoted phrases, each required, each word at its offset as the index numbers words:
/// punctuation typed inside the quotes stands where punctuation stands in the text.
fn phrase_clauses(body: Field, query: &UserQuery) -> Vec<(Occur, Box<dyn Query>)> {
    let mut groups: Vec<(usize, Vec<Box<dyn Query>>)> = Vec::new();
    for (terms, &group) in query.phrase_terms.iter().zip(&query.phrase_groups) {
        let Some(phrase) = typed_phrase(body, terms) else {
            continue;
        };
        match groups.last_mut() {
            Some((g, alternatives)) if *g == group => alternatives.push(phrase),
            _ => groups.push((group, vec![phrase])),
        }
    }
    // Each phrase, or the alternatives typed with OR between them, is required.
    groups
        .into_iter()
        .map(|(_, alternatives)| (Occur::Must, any_of(alternatives)))
        .collect()
}

/// The phrase of `terms` (a term query for one word), each word at its offset as the index
/// numbers words.
fn typed_phrase(body: Field, terms: &[AnalyzedTerm]) -> Option<Box<dyn Query>> {
    let words = parts(terms);
    let first = words.first()?.position;
    let at: Vec<(usize, &str)> = words
        .iter()
        .map(|t| (t.position - first, t.folded.as_str()))
        .collect();
    phrase(body, &at)
}

/// The words and phrases typed after a minus, each a clause no passage shown may match.
pub fn exclusion_clauses(fields: &Fields, query: &UserQuery) -> Vec<(Occur, Box<dyn Query>)> {
    query
        .excluded
        .iter()
        .filter_map(|terms| typed_phrase(fields.body, terms).map(|q| (Occur::MustNot, q)))
        .collect()
}

/// Builds the ranking query for `query` (any word may match; quoted phrases must); `None`
/// when it has no words (filters only). The article's title is a word of its head passage
/// (`body`), so no clause names it.
pub fn build_query(fields: &Fields, query: &UserQuery) -> Option<Box<dyn Query>> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = scored_words(fields, query)
        .into_iter()
        .chain(contraction_clauses(fields.body, query))
        .map(|q| (Occur::Should, q))
        .collect();
    clauses.extend(phrase_clauses(fields.body, query));
    single_or_boolean(clauses)
}

/// The one clause itself (a plain term query keeps tantivy's fast paths), else their boolean.
fn single_or_boolean(mut clauses: Vec<(Occur, Box<dyn Query>)>) -> Option<Box<dyn Query>> {
    match clauses.len() {
        0 => None,
        1 => clauses.pop().map(|(_, q)| q),
        _ => Some(Box::new(BooleanQuery::new(clauses))),
    }
}

/// A group of alternatives: the clause itself when there is one.
fn any_of(mut clauses: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if clauses.len() == 1 {
        clauses.pop().expect("one clause")
    } else {
        should(clauses)
    }
}

/// A word typed, with its acronym expansions and the syllable it stands for in Telex.
type TypedWord<'a> = (&'a AnalyzedTerm, &'a Vec<String>, &'a Vec<AnalyzedTerm>);

/// The passages that hold every word typed outside quotes, scored as [`build_query`] scores
/// them: each word through its folded form (in the passage or, for the head, its article's
/// title), the syllable it stands for in Telex or an acronym expansion; the words of a
/// document reference ("Nghị quyết 131") through the reference itself; and passages with an
/// acronym the words spell out ("thủ tục hành chính": `TTHC`). Each word is a required
/// clause, so tantivy intersects posting lists (skipping, and counting without scoring the
/// union of every word's list). `None` when one word or none was typed (all and any are
/// then the same).
pub fn all_words_query(fields: &Fields, query: &UserQuery) -> Option<Box<dyn Query>> {
    let body = fields.body;
    let grouped: Vec<(usize, TypedWord)> = query
        .word_terms
        .iter()
        .zip(query.expansions.iter().zip(&query.alternatives))
        .zip(&query.word_groups)
        .filter(|((t, _), _)| !t.compound)
        .map(|((t, (e, a)), g)| (*g, (t, e, a)))
        .collect();
    let words: Vec<TypedWord> = grouped.iter().map(|(_, w)| *w).collect();
    let group_of: Vec<usize> = grouped.iter().map(|(g, _)| *g).collect();
    if words.len() < 2 {
        return None;
    }
    let group =
        |(t, expansions, typed): TypedWord| any_of(word_clauses(body, t, expansions, typed));
    // Each required clause, with the words it stands for.
    let mut required: Vec<Box<dyn Query>> = Vec::new();
    let mut stands_for: Vec<std::ops::Range<usize>> = Vec::new();
    // The words a clause above stands for (a reference, an acronym, a year).
    let mut covered = vec![false; words.len()];
    for r in &query.word_refs {
        let inside: Vec<usize> = (0..words.len())
            .filter(|&i| r.covers(words[i].0.start, words[i].0.end))
            .collect();
        if inside.is_empty() {
            continue;
        }
        // The reference cited, in the passage or in the title of the article it heads,
        // however either writes it ("Nghị quyết 18" finds "Nghị quyết số 18/NQ-TW": the
        // recognizer reads both into the same keys at indexing); not an "18" anywhere in a
        // passage citing another resolution. A reference typed as one word keeps that word
        // too. Terms only: no phrase over common words to check at every match.
        let mut alternatives = ref_clauses(fields, r);
        alternatives.extend(title_ref_clauses(fields, r));
        if let [one] = inside.as_slice() {
            alternatives.push(group(words[*one]));
        }
        required.push(any_of(alternatives));
        stands_for.push(inside[0]..inside[inside.len() - 1] + 1);
        inside.iter().for_each(|&i| covered[i] = true);
    }
    // An acronym of several parts typed whole ("KT-XH", "GD&ĐT") holds as itself or spelled
    // out ("kinh tế - xã hội"), not as its parts.
    for (c, expansions) in query.word_terms.iter().zip(&query.expansions) {
        if !c.compound || expansions.is_empty() {
            continue;
        }
        let inside = uncovered_within(&words, &covered, c);
        if inside.len() < 2 {
            continue;
        }
        let mut alternatives = vec![term(body, &c.folded)];
        alternatives.extend(
            expansions
                .iter()
                .map(|e| boosted(spelled_out(body, e), ACRONYM_BOOST)),
        );
        required.push(any_of(alternatives));
        stands_for.push(inside[0]..inside[inside.len() - 1] + 1);
        inside.iter().for_each(|&i| covered[i] = true);
    }
    // A month typed outside a reference ("cải cách 11/2022": one term, its numbers words
    // of it) holds as written, as a day of that month written in the passage ("ngày
    // 15/11/2022"), in words ("tháng 11 năm 2022"), or as the month its article was
    // published in (at no score).
    for c in query.word_terms.iter().filter(|c| c.compound) {
        let Some((year, month)) = news_month(&c.folded) else {
            continue;
        };
        let inside = uncovered_within(&words, &covered, c);
        let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else {
            continue;
        };
        let (month_word, year_word) = (month.to_string(), year.to_string());
        // "tháng 11 năm 2022", folded.
        let in_words = [
            (0, MONTH_WORD),
            (1, month_word.as_str()),
            (2, FOLDED_YEAR_WORD),
            (3, year_word.as_str()),
        ];
        let mut alternatives = vec![term(body, &c.folded)];
        alternatives.extend(days_of(body, year, month));
        alternatives.extend(phrase(body, &in_words));
        alternatives.push(unscored(published_in(fields, year, month..=month)));
        required.push(should(alternatives));
        stands_for.push(first..last + 1);
        inside.iter().for_each(|&i| covered[i] = true);
    }
    // A year typed outside a reference ("chuyển đổi số 2024") holds in the passage or as
    // the year its article was published in (at no score: the year written ranks first).
    for i in 0..words.len() {
        let Some(year) = news_year(&words[i].0.folded).filter(|_| !covered[i]) else {
            continue;
        };
        let alternatives = vec![
            term(body, &words[i].0.folded),
            unscored(published_in(fields, year, 1..=12)),
        ];
        required.push(should(alternatives));
        stands_for.push(i..i + 1);
        covered[i] = true;
    }
    // Two acronyms typed apart ("tp hcm") hold as typed or glued ("TPHCM").
    let alone = |k: usize| group_of.iter().filter(|&&g| g == group_of[k]).count() == 1;
    for k in 1..words.len() {
        let acronym = |k: usize| !covered[k] && alone(k) && !words[k].1.is_empty();
        if !(acronym(k - 1) && acronym(k)) {
            continue;
        }
        let glued = format!("{}{}", words[k - 1].0.folded, words[k].0.folded);
        let apart: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Must, group(words[k - 1])),
            (Occur::Must, group(words[k])),
        ]));
        required.push(should(vec![apart, term(body, &glued)]));
        stands_for.push(k - 1..k + 1);
        covered[k - 1] = true;
        covered[k] = true;
    }
    // Each word, or the alternatives typed with OR between them, is required.
    let mut start = 0;
    for run in group_of.chunk_by(|a, b| a == b) {
        let alternatives: Vec<Box<dyn Query>> = (start..start + run.len())
            .filter(|&k| !covered[k])
            .map(|k| group(words[k]))
            .collect();
        if !alternatives.is_empty() {
            required.push(any_of(alternatives));
            stands_for.push(start..start + run.len());
        }
        start += run.len();
    }
    // What scores beside the required words: compound forms, references written elsewhere
    // (in quotes).
    let mut optional: Vec<Box<dyn Query>> = query
        .word_terms
        .iter()
        .zip(&query.expansions)
        .zip(&query.alternatives)
        .filter(|((t, _), _)| t.compound)
        .flat_map(|((t, e), a)| word_clauses(body, t, e, a))
        .collect();
    let among_words = |r: &DocumentRef| query.word_refs.iter().any(|w| w.key == r.key);
    for r in query.refs.iter().filter(|r| !among_words(r)) {
        optional.extend(ref_clauses(fields, r));
    }
    for r in &query.issued_refs {
        optional.extend(ref_clauses(fields, r));
    }
    let every_word = |extra: Vec<Box<dyn Query>>| -> Box<dyn Query> {
        let clauses: Vec<(Occur, Box<dyn Query>)> = required
            .iter()
            .map(|q| (Occur::Must, q.box_clone()))
            .chain(extra.into_iter().map(|q| (Occur::Should, q)))
            .collect();
        Box::new(BooleanQuery::new(clauses))
    };
    // An acronym some of the words spell out stands for those words: the passage holding
    // it must still hold every other word ("cổng dịch vụ công": "cổng" and `DVC`), scored
    // by the acronym alone.
    let mut contractions: Vec<Box<dyn Query>> = query
        .word_contractions
        .iter()
        .map(|(acronym, expansion)| {
            let acronym = contraction(body, acronym);
            match spelled_run(&words, expansion) {
                Some(spelled) => {
                    with_other_words(vec![acronym], &[spelled], &required, &stands_for)
                }
                // Its words not side by side: the acronym alone.
                None => acronym,
            }
        })
        .collect();
    contractions.extend(contractions_together(
        body,
        query,
        &words,
        &required,
        &stands_for,
    ));
    let core: Box<dyn Query> = if contractions.is_empty() {
        every_word(optional)
    } else {
        // Every word, or an acronym they spell out with the words it does not (scored by
        // the acronym alone, below the words: such a passage follows those with every word,
        // and one with both gains the acronym's score). Neither branch seeks the other's
        // clauses at each of its matches.
        let mut branches = vec![every_word(optional)];
        branches.extend(contractions);
        should(branches)
    };
    let mut clauses = vec![(Occur::Must, core)];
    clauses.extend(phrase_clauses(body, query));
    single_or_boolean(clauses)
}

/// The acronyms that spell apart runs of `words`, together, with the `required` clauses
/// standing for the other words (`stands_for`), scored by the acronyms alone: "thành phố Hồ
/// Chí Minh" holds in "TP. HCM" as `TP` and `HCM`, where no one acronym stands for every
/// word. The runs are taken from the first word on, the shortest first; `None` for fewer
/// than two.
fn contractions_together(
    body: Field,
    query: &UserQuery,
    words: &[TypedWord],
    required: &[Box<dyn Query>],
    stands_for: &[std::ops::Range<usize>],
) -> Option<Box<dyn Query>> {
    let mut runs: Vec<(&str, std::ops::Range<usize>)> = (query.word_contractions.iter())
        .filter_map(|(acronym, expansion)| {
            spelled_run(words, expansion).map(|run| (acronym.as_str(), run))
        })
        .collect();
    runs.sort_by_key(|(_, run)| (run.start, run.len()));
    let mut apart: Vec<(&str, std::ops::Range<usize>)> = Vec::new();
    for (acronym, run) in runs {
        if apart.last().is_none_or(|(_, last)| run.start >= last.end) {
            apart.push((acronym, run));
        }
    }
    if apart.len() < 2 {
        return None;
    }
    let (acronyms, spelled): (Vec<Box<dyn Query>>, Vec<std::ops::Range<usize>>) = apart
        .into_iter()
        .map(|(acronym, run)| (contraction(body, acronym), run))
        .unzip();
    Some(with_other_words(acronyms, &spelled, required, stands_for))
}

/// The `acronyms` (scoring) with the `required` clauses of the words outside the runs they
/// spell (`spelled`; each clause's words in `stands_for`), at no score: the passage holding
/// the acronyms must still hold every other word. The acronym itself when it is one and no
/// other word is required.
fn with_other_words(
    acronyms: Vec<Box<dyn Query>>,
    spelled: &[std::ops::Range<usize>],
    required: &[Box<dyn Query>],
    stands_for: &[std::ops::Range<usize>],
) -> Box<dyn Query> {
    let outside = |r: &std::ops::Range<usize>| {
        spelled
            .iter()
            .all(|run| r.end <= run.start || r.start >= run.end)
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> =
        acronyms.into_iter().map(|a| (Occur::Must, a)).collect();
    clauses.extend(
        required
            .iter()
            .zip(stands_for)
            .filter(|(_, r)| outside(r))
            .map(|(q, _)| (Occur::Must, unscored(q.box_clone()))),
    );
    match clauses.len() {
        1 => clauses.pop().map(|(_, q)| q).expect("one clause"),
        _ => Box::new(BooleanQuery::new(clauses)),
    }
}

/// The words of `words` not yet `covered` that stand inside the compound term `compound`
/// ("11/2022", "KT-XH"), by their indexes.
fn uncovered_within(words: &[TypedWord], covered: &[bool], compound: &AnalyzedTerm) -> Vec<usize> {
    (0..words.len())
        .filter(|&i| {
            !covered[i] && words[i].0.start >= compound.start && words[i].0.end <= compound.end
        })
        .collect()
}

/// A filter on the passages citing every document the query names (by the keys
/// [`ref_clauses`] searches), at no score; `None` when it names none. Where no passage holds
/// every word, the passages with the most of them are first sought among these: a document
/// number is the most particular thing a query holds ("Nghị quyết 131 quy định gì"), so its
/// passages come before those holding only the other words.
pub fn citing_every_reference(fields: &Fields, query: &UserQuery) -> Option<Box<dyn Query>> {
    let cited: Vec<(Occur, Box<dyn Query>)> = (query.refs.iter())
        .chain(&query.issued_refs)
        .map(|r| (Occur::Must, any_of(ref_clauses(fields, r))))
        .collect();
    (!cited.is_empty()).then(|| unscored(Box::new(BooleanQuery::new(cited))))
}

/// A filter on the passages citing `reference` (any written form).
pub fn ref_filter(fields: &Fields, reference: &str) -> Box<dyn Query> {
    let reference = crate::text::normalize_text(reference);
    let reference = reference.as_str();
    let refs = find_query_refs(reference);
    if refs.is_empty() {
        let key = crate::text::search_key(reference.trim());
        return term(fields.refs, &key);
    }
    // The strictest key the user wrote: the full number when given, else type + number.
    let keys: Vec<Box<dyn Query>> = refs
        .iter()
        .flat_map(|r| ref_keys(r).take(1))
        .map(|k| term(fields.refs, k))
        .collect();
    should(keys)
}

/// The passages citing a document: one of the type whose references' loose keys open with
/// `type_key` (`nd` for decrees: `nd 107`), or any (its references' column holds a value).
pub fn citing_filter(fields: &Fields, type_key: Option<&str>) -> Box<dyn Query> {
    let typed = type_key.and_then(|key| {
        let pattern = format!("{} .*", regex::escape(key));
        RegexQuery::from_pattern(&pattern, fields.refs).ok()
    });
    match typed {
        Some(query) => Box::new(query),
        None => Box::new(ExistsQuery::new(REF_LABELS_FIELD.to_string(), false)),
    }
}

/// A filter on the statements of `official`: a person by name, or whoever holds a title.
pub fn speaker_filter(fields: &Fields, official: &Official) -> Box<dyn Query> {
    match official {
        // Every passage with a speaker: one whose speakers' names column holds a value.
        Official::Anyone => Box::new(ExistsQuery::new(SPEAKER_NAME_FIELD.to_string(), false)),
        Official::Person(key) | Official::Titled { name: key, .. } => term(fields.speaker_key, key),
        Official::People(keys) => {
            any_of(keys.iter().map(|k| term(fields.speaker_key, k)).collect())
        }
        Official::Role(keys) => any_of(keys.iter().map(|k| term(fields.speaker_role, k)).collect()),
        Official::Holders {
            roles,
            people,
            unplaced,
            elsewhere,
        } => {
            let mut unplaced_clauses = vec![(
                Occur::Must,
                any_of(
                    unplaced
                        .iter()
                        .map(|k| term(fields.speaker_role, k))
                        .collect(),
                ),
            )];
            unplaced_clauses.extend(
                elsewhere
                    .iter()
                    .map(|k| (Occur::MustNot, term(fields.speaker_key, k))),
            );
            let unplaced: Box<dyn Query> = Box::new(BooleanQuery::new(unplaced_clauses));
            any_of(
                placed_clauses(fields, roles, people)
                    .chain([unplaced])
                    .collect(),
            )
        }
    }
}

/// The statements of the holders of a title known to hold it in the organ asked (the
/// `roles` and `people` of [`Official::Holders`], not its unplaced holders); `None` for
/// another official, or when no one is known so.
pub fn placed_filter(fields: &Fields, official: &Official) -> Option<Box<dyn Query>> {
    match official {
        Official::Holders { roles, people, .. } if !(roles.is_empty() && people.is_empty()) => {
            Some(any_of(placed_clauses(fields, roles, people).collect()))
        }
        _ => None,
    }
}

fn placed_clauses<'a>(
    fields: &'a Fields,
    roles: &'a [String],
    people: &'a [String],
) -> impl Iterator<Item = Box<dyn Query>> + 'a {
    roles
        .iter()
        .map(|k| term(fields.speaker_role, k))
        .chain(people.iter().map(|k| term(fields.speaker_key, k)))
}
