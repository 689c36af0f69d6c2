//! Turns a [`UserQuery`] into the tantivy query that finds and first ranks the passages.
//!
//! The `body` and `title` fields hold one folded term per word (with positions): each word
//! matches through its folded form, so `cai cach`, `cải cách` and `cải cách` in the other
//! tone-mark style find the same passages. The clauses stay flat term queries (tantivy can
//! skip blocks); the preferences the index holds no postings for (exact forms first,
//! adjacent words before scattered ones) are applied afterwards on the best candidates by
//! [`super::rescore`]. Document references in the query match the `refs` field first.
//! Acronyms expand to their spelled-out form and back, below literal matches. Quoted phrases
//! must match as phrases (of folded words: the exact form ranks first).

use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::user_query::UserQuery;
use crate::acronyms::{acronym_key, builtin_marks};
use crate::analysis::phrase_marks::mark_term;
use crate::analysis::AnalyzedTerm;
use crate::index::schema::Fields;
use crate::refs::{find_refs, ref_keys};

const TITLE_BOOST: f32 = 0.3;
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

/// A phrase over `parts` in `field` (a term query for one part).
fn phrase(field: Field, parts: &[String]) -> Option<Box<dyn Query>> {
    match parts {
        [] => None,
        [one] => Some(term(field, one)),
        many => Some(Box::new(PhraseQuery::new(
            many.iter()
                .map(|p| Term::from_field_text(field, p))
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
    let words: Vec<String> = expansion.split(' ').map(str::to_string).collect();
    phrase(field, &words).unwrap_or_else(|| term(field, expansion))
}

fn parts(terms: &[AnalyzedTerm]) -> Vec<&AnalyzedTerm> {
    terms.iter().filter(|t| !t.compound).collect()
}

/// Query text for highlighting: the folded forms that should be marked in a passage.
pub fn highlight_terms(query: &UserQuery) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        if !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    };
    for ((t, expansions), typed) in query
        .word_terms
        .iter()
        .zip(&query.expansions)
        .zip(&query.alternatives)
    {
        push(&t.folded);
        typed.iter().for_each(|a| push(&a.folded));
        for e in expansions {
            e.split(' ').for_each(&mut push);
        }
    }
    for terms in &query.phrase_terms {
        terms.iter().for_each(|t| push(&t.folded));
    }
    for a in &query.text_contractions {
        push(a);
    }
    out
}

/// Builds the ranking query for `query`; `None` when it has no words (filters only).
pub fn build_query(fields: &Fields, query: &UserQuery) -> Option<Box<dyn Query>> {
    let body = fields.body;
    let words = &query.word_terms;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for ((t, expansions), alternatives) in
        words.iter().zip(&query.expansions).zip(&query.alternatives)
    {
        for a in alternatives {
            clauses.push((Occur::Should, term(body, &a.folded)));
        }
        // Term clauses stay flat so tantivy can skip blocks (block-max WAND) on big indexes.
        clauses.push((Occur::Should, term(body, &t.folded)));
        clauses.push((
            Occur::Should,
            boosted(term(fields.title, &t.folded), TITLE_BOOST),
        ));
        for expansion in expansions {
            clauses.push((
                Occur::Should,
                boosted(spelled_out(body, expansion), ACRONYM_BOOST),
            ));
        }
    }
    for r in &query.refs {
        clauses.push((Occur::Should, boosted(term(fields.refs, &r.key), REF_BOOST)));
        if let Some(loose) = r.loose_key.as_deref().filter(|l| *l != r.key) {
            clauses.push((
                Occur::Should,
                boosted(term(fields.refs, loose), LOOSE_REF_BOOST),
            ));
        }
    }
    for a in &query.word_contractions {
        clauses.push((
            Occur::Should,
            boosted(term(body, &acronym_key(a)), ACRONYM_BOOST),
        ));
    }
    for terms in &query.phrase_terms {
        let forms: Vec<String> = parts(terms).iter().map(|t| t.folded.clone()).collect();
        // In the passage, or in its article's title (every passage carries it).
        if let (Some(in_body), Some(in_title)) =
            (phrase(body, &forms), phrase(fields.title, &forms))
        {
            clauses.push((Occur::Must, should(vec![in_body, in_title])));
        }
    }
    (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
}

/// A word's other spellings: its acronym expansions and the syllable typed in Telex.
type WordAlternatives<'q> = (&'q Vec<String>, &'q Vec<AnalyzedTerm>);

/// The passages that hold every word typed outside quotes: each word through its folded
/// form (in the passage or its title) or an acronym expansion; the words of a document
/// reference ("Nghị quyết 131") through the reference itself; and words that spell out an
/// acronym ("thủ tục hành chính") through the acronym. `None` when one word or none was
/// typed (all and any are then the same).
pub fn all_words_filter(fields: &Fields, query: &UserQuery) -> Option<Box<dyn Query>> {
    let words: Vec<(&AnalyzedTerm, WordAlternatives)> = query
        .word_terms
        .iter()
        .zip(query.expansions.iter().zip(&query.alternatives))
        .filter(|(t, _)| !t.compound)
        .collect();
    if words.len() < 2 {
        return None;
    }
    let word_group = |t: &AnalyzedTerm, (expansions, typed): WordAlternatives| {
        let mut alternatives = vec![term(fields.body, &t.folded), term(fields.title, &t.folded)];
        for a in typed {
            alternatives.push(term(fields.body, &a.folded));
        }
        for expansion in expansions {
            alternatives.push(spelled_out(fields.body, expansion));
        }
        should(alternatives)
    };
    let mut groups: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut in_ref = vec![false; words.len()];
    for r in &query.word_refs {
        let inside: Vec<usize> = (0..words.len())
            .filter(|&i| words[i].0.start >= r.span.0 && words[i].0.end <= r.span.1)
            .collect();
        if inside.is_empty() {
            continue;
        }
        let mut alternatives = vec![term(fields.refs, &r.key)];
        if let Some(loose) = r.loose_key.as_deref() {
            alternatives.push(term(fields.refs, loose));
        }
        let spelled: Vec<(Occur, Box<dyn Query>)> = inside
            .iter()
            .map(|&i| (Occur::Must, word_group(words[i].0, words[i].1)))
            .collect();
        alternatives.push(Box::new(BooleanQuery::new(spelled)));
        groups.push((Occur::Must, should(alternatives)));
        inside.iter().for_each(|&i| in_ref[i] = true);
    }
    for (i, (t, expansions)) in words.iter().enumerate() {
        if !in_ref[i] {
            groups.push((Occur::Must, word_group(t, *expansions)));
        }
    }
    let mut any: Vec<Box<dyn Query>> = vec![Box::new(BooleanQuery::new(groups))];
    for a in &query.word_contractions {
        any.push(term(fields.body, &acronym_key(a)));
    }
    Some(should(any))
}

/// A filter on the passages citing `reference` (any written form).
pub fn ref_filter(fields: &Fields, reference: &str) -> Box<dyn Query> {
    let refs = find_refs(reference);
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

/// A filter on the statements of `name`.
pub fn speaker_filter(fields: &Fields, name: &str) -> Box<dyn Query> {
    term(fields.speaker_key, &crate::speakers::speaker_key(name))
}
