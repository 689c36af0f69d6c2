//! Ranking: tantivy's best candidates re-scored by what the index holds no postings for
//! (exact forms, adjacent words: [`super::rescore`]), weighed by their article's title
//! ([`super::title_weight`]) and by who speaks in them ([`super::speaker_weight`]), then at
//! most so many passages per article.

use std::collections::HashMap;

use tantivy::collector::TopDocs;
use tantivy::query::Query;
use tantivy::schema::TantivyDocument;
use tantivy::DocAddress;

use super::per_segment::PerSegment;
use super::positions::forms_at;
use super::rescore::{best_first, Judgement, Rescored, Rescorer};
use super::speaker_weight::SpeakerWeight;
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
    /// The speakers the query names.
    pub speakers: SpeakerWeight,
}

/// Candidates re-scored at first: enough for a page in nearly every query.
const FIRST_CANDIDATES: usize = 64;
/// Candidates re-scored for a page of ten at most (a re-scoring window, as search engines
/// keep one): a passage tantivy ranks below them is not read, whatever its exact forms.
const MAX_CANDIDATES: usize = 256;

/// Candidates fetched first for a page ending at `wanted`: the whole re-scoring window.
/// The pass that counts the matches scores every one of them anyway, so keeping more of
/// them costs little, where a second batch would run the query again; they are re-scored
/// a batch at a time ([`first_batch`]).
pub fn first_candidates(wanted: usize) -> usize {
    window(wanted).max(wanted * 4)
}

/// Candidates re-scored at first for a page ending at `wanted`: the whole window when
/// adjacent words can multiply a score (a query of several words), since a first batch then
/// nearly never settles the page.
fn first_batch(wanted: usize, preferences: &Preferences) -> usize {
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
/// tantivy's best candidates re-scored by `rescorer` and weighed by their article's title
/// (`titles`), fetched again (four times as many) until no unfetched candidate could still
/// place (its tantivy score times the largest factor is below the last kept score, and the
/// last kept passage has every exact word) or the window ([`MAX_CANDIDATES`]) is read.
///
/// Every candidate's phrase share comes from the index's positions
/// ([`super::positions`]); exact forms from the stored text of the candidates that can reach
/// the page alone ([`exact_page`]). Articles are told apart by the `article_hash` fast
/// field.
pub fn ranked(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    query: &dyn Query,
    first: Vec<(f32, DocAddress)>,
    page: Page,
    preferences: &Preferences,
) -> Result<Vec<(f32, DocAddress)>> {
    let wanted = page.wanted;
    let Preferences {
        rescorer,
        titles,
        speakers,
    } = preferences;
    let neutral = rescorer.is_neutral() && titles.is_neutral() && speakers.is_neutral();
    // Query words typed with diacritics: the exact words a passage can hold at most.
    let every = rescorer.max_exact_words();
    let mut fetch = first_batch(wanted, preferences);
    // The candidates fetched so far, best first, and whether they are all there are.
    let mut fetched_all = first.len() < first_candidates(wanted);
    let mut fetched = first;
    let mut phrases: HashMap<DocAddress, f32> = HashMap::new();
    let mut exact: HashMap<DocAddress, usize> = HashMap::new();
    let mut spoken: HashMap<DocAddress, f32> = HashMap::new();
    // The `article_hash` and `title_words` fast fields, each opened only when it can change
    // the page (a limit per article; a title that can lift a passage).
    let (by_article, by_title) = (page.per_article > 0, !titles.is_neutral());
    let mut columns = PerSegment::new(|segment: &tantivy::SegmentReader| {
        let fast = segment.fast_fields();
        let column = |wanted: bool, name: &str| wanted.then(|| fast.u64(name)).transpose();
        Ok((
            column(by_article, "article_hash")?,
            column(by_title, "title_words")?,
        ))
    });
    loop {
        if fetched.len() < fetch && !fetched_all {
            fetched = searcher.search(query, &TopDocs::with_limit(fetch).order_by_score())?;
            fetched_all = fetched.len() < fetch;
        }
        let top = &fetched[..fetch.min(fetched.len())];
        let exhausted = top.len() < fetch;
        if rescorer.has_pairs() {
            read_new(top, &mut phrases, |unread| {
                let at = forms_at(searcher, fields.body, rescorer.forms(), unread)?;
                Ok(at
                    .iter()
                    .map(|found| rescorer.phrase_share(found))
                    .collect())
            })?;
        }
        if !speakers.is_neutral() {
            read_new(top, &mut spoken, |unread| {
                speakers.factors(searcher, unread)
            })?;
        }
        let mut candidates = Vec::with_capacity(top.len());
        for &(base, address) in top {
            let (article, title_words) = columns.of(searcher, address)?;
            let article = article
                .as_ref()
                .and_then(|c| c.first(address.doc_id))
                .unwrap_or(u64::MAX);
            let title_words = title_words
                .as_ref()
                .and_then(|c| c.first(address.doc_id))
                .unwrap_or(0);
            let judgement = Judgement {
                // Until read: what it would need to place first.
                exact_words: every,
                phrase: phrases.get(&address).copied().unwrap_or(0.0),
            };
            candidates.push((
                article,
                Rescored {
                    judgement,
                    score: judgement.score(base)
                        * titles.factor(title_words)
                        * spoken.get(&address).copied().unwrap_or(1.0),
                    item: address,
                },
            ));
        }
        if !neutral {
            // Stable: tantivy's order among equal scores.
            candidates.sort_by(|a, b| b.1.score.total_cmp(&a.1.score));
        }
        let kept = if every == 0 {
            page_of(&candidates, page)
        } else {
            exact_page(
                searcher,
                fields,
                rescorer,
                &mut candidates,
                &mut exact,
                page,
            )?
        };
        // A full page is final once no unfetched candidate could still place, or once the
        // re-scoring window is spent; a page short of passages (too many from one article)
        // fetches on.
        let lowest = top.last().map(|(s, _)| *s).unwrap_or(0.0);
        let full = kept.len() == wanted;
        let settled = kept.last().is_some_and(|last| {
            last.judgement.exact_words == every
                && last.score
                    >= lowest * rescorer.max_factor() * titles.max_factor() * speakers.max_factor()
        });
        if (full && settled) || exhausted || (full && fetch >= window(wanted)) {
            return Ok(kept.into_iter().map(|c| (c.score, c.item)).collect());
        }
        fetch *= 4;
    }
}

/// Reads with `read` the values of the candidates of `top` not yet in `cache` (given in
/// `top`'s order, one value each) and keeps them there: each batch of a growing fetch reads
/// only its new candidates.
fn read_new<T>(
    top: &[(f32, DocAddress)],
    cache: &mut HashMap<DocAddress, T>,
    read: impl FnOnce(&[DocAddress]) -> Result<Vec<T>>,
) -> Result<()> {
    let unread: Vec<DocAddress> = top
        .iter()
        .map(|&(_, a)| a)
        .filter(|a| !cache.contains_key(a))
        .collect();
    let values = read(&unread)?;
    cache.extend(unread.into_iter().zip(values));
    Ok(())
}

/// The page when exact forms come first: `candidates` (by score) are read in order, each
/// one's exact words from its stored text (kept in `exact` across fetches), until a page
/// of passages holding every exact word is full; those come before any passage missing one,
/// so the rest need not be read. Otherwise every candidate is read and sorted by exact words,
/// then score.
fn exact_page(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    rescorer: &Rescorer,
    candidates: &mut [(u64, Rescored<DocAddress>)],
    exact: &mut HashMap<DocAddress, usize>,
    page: Page,
) -> Result<Vec<Rescored<DocAddress>>> {
    let every = rescorer.max_exact_words();
    let mut articles = PerArticle::new(page.per_article);
    let mut kept = Vec::with_capacity(page.wanted);
    for (article, c) in candidates.iter_mut() {
        let words = match exact.get(&c.item) {
            Some(&n) => n,
            None => {
                let doc: TantivyDocument = searcher.doc(c.item)?;
                let n = rescorer.exact_words_citing(
                    &StoredPassage::text_of(fields, &doc),
                    &StoredPassage::ref_labels_of(fields, &doc),
                );
                exact.insert(c.item, n);
                n
            }
        };
        c.judgement.exact_words = words;
        if words == every && articles.admit(*article) {
            kept.push(*c);
            if kept.len() == page.wanted {
                return Ok(kept);
            }
        }
    }
    candidates.sort_by(|a, b| best_first(&a.1, &b.1));
    Ok(page_of(candidates, page))
}

/// Passages per article counted against a limit (0: none).
struct PerArticle {
    limit: usize,
    seen: HashMap<u64, usize>,
}

impl PerArticle {
    fn new(limit: usize) -> Self {
        PerArticle {
            limit,
            seen: HashMap::new(),
        }
    }

    /// Whether one more passage of `article` fits; counts it when it does.
    fn admit(&mut self, article: u64) -> bool {
        if self.limit == 0 {
            return true;
        }
        let n = self.seen.entry(article).or_default();
        if *n >= self.limit {
            return false;
        }
        *n += 1;
        true
    }
}

/// The page from `candidates` (best first): the first `wanted`, at most `per_article` from
/// one article (0: no limit).
fn page_of(candidates: &[(u64, Rescored<DocAddress>)], page: Page) -> Vec<Rescored<DocAddress>> {
    let mut articles = PerArticle::new(page.per_article);
    candidates
        .iter()
        .filter(|(article, _)| articles.admit(*article))
        .map(|(_, c)| *c)
        .take(page.wanted)
        .collect()
}
