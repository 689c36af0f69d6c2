//! Ranking: tantivy's best candidates re-scored by what the index holds no postings for
//! (exact forms, adjacent words: [`super::rescore`]) and weighed by their article's title
//! ([`super::title_weight`]), then at most so many passages per article.

use std::collections::HashMap;

use tantivy::collector::TopDocs;
use tantivy::query::Query;
use tantivy::schema::TantivyDocument;
use tantivy::DocAddress;

use super::per_segment::PerSegment;
use super::rescore::{best_first, Judgement, Rescored, Rescorer};
use super::title_weight::TitleWeight;
use crate::index::schema::Fields;
use crate::index::stored::StoredPassage;
use crate::Result;

/// What a page needs: the best `wanted` passages, at most `per_article` from one article
/// (0: no limit).
#[derive(Debug, Clone, Copy)]
pub struct Page {
    /// Passages wanted, from the first.
    pub wanted: usize,
    /// Passages per article at most (0: no limit).
    pub per_article: usize,
}

/// The query's preferences applied to the candidates.
#[derive(Debug)]
pub struct Preferences {
    /// Exact forms and adjacent words.
    pub rescorer: Rescorer,
    /// The articles' titles.
    pub titles: TitleWeight,
}

/// Candidates re-scored at first: enough for a page in nearly every query.
const FIRST_CANDIDATES: usize = 64;
/// Candidates re-scored for a page of ten at most (a re-scoring window, as search engines
/// keep one): a passage tantivy ranks below them is not read, whatever its exact forms.
const MAX_CANDIDATES: usize = 256;

/// Candidates fetched first for a page ending at `wanted`: the whole re-scoring window
/// when adjacent words can multiply a score (a query of several words), since a first batch
/// then nearly never settles the page and a second batch would run the query again.
pub fn first_candidates(wanted: usize, preferences: &Preferences) -> usize {
    let first = (wanted * 4).max(FIRST_CANDIDATES);
    if preferences.rescorer.max_factor() > 1.0 {
        window(wanted).max(first)
    } else {
        first
    }
}

/// The most candidates re-scored for a page ending at `wanted`.
fn window(wanted: usize) -> usize {
    MAX_CANDIDATES.max(wanted * 4)
}

/// The best `wanted` passages of `query`, with at most `per_article` from one article (0: no
/// limit), in final order, starting from `first`, the best [`first_candidates`] of `query`:
/// tantivy's best candidates re-scored by `rescorer` on their stored text and weighed by
/// their article's title (`titles`), read in batches (and fetched again, four times as
/// many, once the fetched ones are spent) until no unread candidate could still place (its
/// tantivy score times the largest factor is below the last kept score, and the last kept
/// passage has every exact word) or the window ([`MAX_CANDIDATES`]) is read. Articles are
/// told apart by the `article_hash` fast field.
pub fn ranked(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    query: &dyn Query,
    first: Vec<(f32, DocAddress)>,
    page: Page,
    preferences: &Preferences,
) -> Result<Vec<(f32, DocAddress)>> {
    let wanted = page.wanted;
    let Preferences { rescorer, titles } = preferences;
    let neutral = rescorer.is_neutral() && titles.is_neutral();
    let mut fetch = first_candidates(wanted, preferences);
    let mut first = Some(first);
    let mut judged: HashMap<DocAddress, Judgement> = HashMap::new();
    // Candidates are read in tantivy's order, a batch at a time: once a prefix settles the
    // page, the rest of the batch fetched is not read.
    let step = (wanted * 4).max(FIRST_CANDIDATES);
    // The `article_hash` and `title_words` fast fields.
    let mut columns = PerSegment::new(|segment: &tantivy::SegmentReader| {
        let fast = segment.fast_fields();
        Ok((fast.u64("article_hash")?, fast.u64("title_words")?))
    });
    loop {
        let top = match first.take() {
            Some(top) => top,
            None => searcher.search(query, &TopDocs::with_limit(fetch).order_by_score())?,
        };
        let exhausted = top.len() < fetch;
        let mut candidates = Vec::with_capacity(top.len());
        let mut read = 0;
        loop {
            let upto = (read + step).min(top.len());
            for &(base, address) in &top[read..upto] {
                let judgement = if rescorer.is_neutral() {
                    Judgement::default()
                } else if let Some(j) = judged.get(&address) {
                    *j
                } else {
                    let doc: TantivyDocument = searcher.doc(address)?;
                    let text = StoredPassage::text_of(fields, &doc);
                    let j = rescorer.judge(&text);
                    judged.insert(address, j);
                    j
                };
                let (article, title_words) = columns.of(searcher, address)?;
                let article = article.first(address.doc_id).unwrap_or(u64::MAX);
                let title_words = title_words.first(address.doc_id).unwrap_or(0);
                candidates.push((
                    article,
                    Rescored {
                        judgement,
                        score: judgement.score(base) * titles.factor(title_words),
                        item: address,
                    },
                ));
            }
            read = upto;
            let lowest = top[..read].last().map(|(s, _)| *s).unwrap_or(0.0);
            if !neutral {
                candidates.sort_by(|a, b| best_first(&a.1, &b.1));
            }
            let kept = page_of(&candidates, page);
            // A full page is final once no unread candidate could still place, or once the
            // re-scoring window is spent; a page short of passages (too many from one
            // article) always reads on.
            let full = kept.len() == wanted;
            let settled = kept.last().is_some_and(|last| {
                last.judgement.exact_words == rescorer.max_exact_words()
                    && last.score >= lowest * rescorer.max_factor() * titles.max_factor()
            });
            let all_read = read == top.len();
            if (full && settled) || (all_read && (exhausted || (full && fetch >= window(wanted)))) {
                return Ok(kept.into_iter().map(|c| (c.score, c.item)).collect());
            }
            if all_read {
                break;
            }
        }
        fetch *= 4;
    }
}

/// The page from `candidates` (best first): the first `wanted`, at most `per_article` from
/// one article (0: no limit).
fn page_of(candidates: &[(u64, Rescored<DocAddress>)], page: Page) -> Vec<Rescored<DocAddress>> {
    let mut per: HashMap<u64, usize> = HashMap::new();
    let mut kept: Vec<Rescored<DocAddress>> = Vec::with_capacity(page.wanted);
    for (article, c) in candidates {
        if page.per_article > 0 {
            let n = per.entry(*article).or_default();
            if *n >= page.per_article {
                continue;
            }
            *n += 1;
        }
        kept.push(*c);
        if kept.len() == page.wanted {
            break;
        }
    }
    kept
}
