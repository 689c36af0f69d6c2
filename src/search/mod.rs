//! Search: query understanding, ranking, snippets, and the listings of references and
//! people. Returns values; never prints.
//!
//! Enters: an index directory and a [`SearchRequest`]. Leaves: [`SearchResults`], the exact
//! shape of the CLI's `--json` output.

pub mod article;
mod copies;
mod document_question;
pub mod facets;
mod known_issuers;
pub mod listings;
mod matches_per_article;
mod per_segment;
mod period;
mod place_words;
pub mod positions;
pub mod query_builder;
pub mod question;
mod question_words;
pub mod ranking;
mod recency;
mod reference_details;
pub mod rescore;
pub mod snippet;
mod speaker_names;
mod speaker_weight;
mod spelling;
mod statements_by_headline;
pub mod title_weight;
pub mod user_query;
mod worded_dates;

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use serde::Serialize;
use std::ops::Bound;
use tantivy::collector::{Count, DocSetCollector, TopDocs};

use tantivy::query::{AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, RangeQuery};
use tantivy::schema::TantivyDocument;
use tantivy::{DocAddress, IndexReader, ReloadPolicy, Term};

use crate::acronyms::AcronymTable;
use crate::index::load_acronyms;
use crate::index::schema::date_number;
use crate::index::schema::Fields;
use crate::index::stored::{head_documents, StoredArticle, StoredPassage};
use crate::index::{open, VnIndex};
use crate::speakers::{speaker_key, Speaker};
use crate::text::key_opens_with;
use crate::{Error, Result};
use copies::{fingerprint, list_once, Listed};
pub use facets::{FacetCount, Facets};
use matches_per_article::matches_per_article;
use per_segment::PerSegment;
use query_builder::{
    all_words_query, build_query, citing_every_reference, citing_filter, exclusion_clauses,
    highlight_terms, placed_filter, ref_filter, speaker_filter,
};
use question::{read_official, read_question, Official, StatementQuestion};
use ranking::{first_candidates, ranked, Page, Preferences};
use snippet::make_snippet;
pub use snippet::Snippet;
use statements_by_headline::ArticlesAbout;
use user_query::{parse_user_query_knowing, UserQuery};

/// Largest `limit` a search accepts.
pub const MAX_LIMIT: usize = 1_000;

/// How far the ranking is read for a page whose places copies take, in pages: the passages
/// ranked to this many times the page's end at most.
const MAX_COPY_READS: usize = 8;

/// What to search for.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The query as typed (may be empty when a filter is given).
    pub query: String,
    /// How many hits to return.
    pub limit: usize,
    /// How many hits to skip.
    pub offset: usize,
    /// Only statements by this person.
    pub by: Option<String>,
    /// Only passages citing this document.
    pub reference: Option<String>,
    /// At most this many passages per article in the ranked list (0: every passage).
    pub per_article: usize,
    /// Only articles published on or after this day (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Only articles published on or before this day (`YYYY-MM-DD`).
    pub until: Option<String>,
    /// How hits are ordered.
    pub sort: SortOrder,
    /// Count the matching articles by year, official and document.
    pub facets: bool,
}

/// How hits are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest article first; articles without a date last.
    Date,
}

impl std::str::FromStr for SortOrder {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.trim() {
            "" | "relevance" => Ok(SortOrder::Relevance),
            "date" => Ok(SortOrder::Date),
            other => Err(Error::BadQuery(format!(
                "sort must be \"relevance\" or \"date\", got {other:?}"
            ))),
        }
    }
}

/// The `published` number of a `YYYY-MM-DD` day that exists.
fn parse_day(day: &str) -> Option<u64> {
    let date: jiff::civil::Date = day.parse().ok()?;
    date_number(&date.to_string())
}

/// Passages per article shown by default in the CLI and the API.
pub const DEFAULT_PER_ARTICLE: usize = 2;

/// The article a hit belongs to: its stored fields (`url` only when the input gave one).
pub type ArticleInfo = StoredArticle;

/// One ranked passage.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// 1-based rank.
    pub rank: usize,
    /// Relevance score (0 when ranked by position).
    pub score: f32,
    /// The whole passage.
    pub passage: String,
    /// The passage (or a window of it) as HTML with matches in `<b>`.
    pub snippet: String,
    /// Position of the passage in its article.
    pub passage_index: u64,
    /// The article.
    pub article: ArticleInfo,
    /// Who speaks in the passage, when it is a statement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Speaker>,
    /// Document references the passage cites.
    pub refs: Vec<String>,
    /// Further passages of the same article that match but are not listed.
    pub more_in_article: usize,
    /// The articles that hold the same passage again ([`copies`]), listed once here: another
    /// portal's copy, or the article itself where it says the passage twice.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<ArticleInfo>,
    /// The snippet as text and highlight ranges (for terminal rendering).
    #[serde(skip)]
    pub snippet_parts: Snippet,
}

/// Which passages a query matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Matching {
    /// Every word typed (each through its folded form, an acronym or a document reference).
    All,
    /// No passage has every word: those with the most of them.
    Partial,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// The query as typed.
    pub query: String,
    /// The query as searched, when words typed in Telex or VNI were read as Vietnamese
    /// (`nghij quyeets` → `nghị quyết`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub searched_for: Option<String>,
    /// The official whose statements were searched, as typed, when the query asked what
    /// someone said ("Thủ tướng nói gì về chuyển đổi số": `Thủ tướng`, the topic being
    /// searched among their statements).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statements_of: Option<String>,
    /// The document a question asked for ("văn bản", "nghị định"): the hits are the passages
    /// about its topic that cite one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citing: Option<String>,
    /// Whether the question asked who said something ("ai nói gì về ..."): the statements
    /// searched are everyone's.
    #[serde(skip)]
    pub asked_who: bool,
    /// The order the query's own words asked for ("mới nhất", "gần đây": `date`, newest
    /// first), when they did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<SortOrder>,
    /// The dates the query's own words asked for ("từ 2022 đến 2024": the articles published
    /// from 2022-01-01 to 2024-12-31), when they did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
    /// Whether the hits have every word typed or only some.
    pub matching: Matching,
    /// How many passages match under that rule.
    pub total: usize,
    /// Time taken, in milliseconds.
    pub took_ms: f64,
    /// The hits, best first.
    pub hits: Vec<Hit>,
    /// Matching articles by year, official and document (when asked for).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<Facets>,
}

impl SearchResults {
    /// Whether some passage holds every word searched for.
    fn holds_every_word(&self) -> bool {
        self.matching == Matching::All && self.total > 0
    }
}

/// A period of publication days (`YYYY-MM-DD`, either end open).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Published {
    pub since: Option<String>,
    pub until: Option<String>,
}

/// An open index ready to answer searches; share one across threads.
pub struct Searcher {
    vn: VnIndex,
    reader: IndexReader,
    acronyms: AcronymTable,
}

impl Searcher {
    /// Opens the index in `dir`.
    pub fn open(dir: &Path) -> Result<Self> {
        let vn = open(dir)?;
        let reader = vn
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        let mut acronyms = AcronymTable::builtin();
        acronyms.add_learned(&load_acronyms(dir));
        Ok(Searcher {
            vn,
            reader,
            acronyms,
        })
    }

    /// The index's fields.
    pub(crate) fn fields(&self) -> &Fields {
        &self.vn.fields
    }

    /// A searcher over the latest commit.
    pub(crate) fn tantivy_searcher(&self) -> tantivy::Searcher {
        self.reader.searcher()
    }

    /// Runs a search. A query asking what an official said ([`question`]) searches its
    /// topic among that official's statements; when they have none, the official and the
    /// topic as words.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let started = Instant::now();
        // Words asking for the newest ("mới nhất") order by date; they and a frame opening
        // the query ("tin về") are not searched for.
        let typed = request;
        let (reread, recency) = recency::reread_request(request).unzip();
        let request = reread.as_ref().unwrap_or(request);
        // A period typed in words ("từ 2022 đến 2024") is the request's dates.
        let period = period::reread_period(request);
        let request = period.as_ref().unwrap_or(request);
        // The words as a question read them, when no official is given apart.
        let asking = request
            .by
            .is_none()
            .then(|| crate::text::normalize_text(&request.query));
        let question = asking.as_deref().and_then(read_question);
        let mut results = match question {
            Some(question) => {
                let topic = SearchRequest {
                    query: question.topic.clone(),
                    ..request.clone()
                };
                // Resolved to the index's people by the first search, for the next.
                let mut official = question.official.clone();
                let mut as_title = question.as_title.clone();
                // The articles about the topic, looked up when needed: an official's
                // statements there answer too.
                let mut about_articles = ArticlesAbout::new(match official {
                    Official::Anyone => "",
                    _ => &question.topic,
                });
                let mut asked = self.search_official(
                    &topic,
                    &mut official,
                    &mut as_title,
                    &question.official_text,
                    &mut about_articles,
                )?;
                let about = match official {
                    _ if answers(&asked, &question) => None,
                    Official::Anyone => None,
                    official => self.statements_in_articles_about(
                        &topic,
                        official,
                        as_title,
                        &question.official_text,
                        &mut about_articles,
                    )?,
                };
                if let Some(found) = about {
                    asked = found;
                }
                if answers(&asked, &question) {
                    asked.asked_who = question.official == Official::Anyone;
                    asked.statements_of = Some(question.official_text);
                } else {
                    // No statement of theirs: the official and the topic as words, without
                    // the question's own ("nói gì về"); the topic alone when it asked who.
                    let who = match question.official {
                        Official::Anyone => "",
                        _ => question.official_text.as_str(),
                    };
                    let words = format!("{who} {}", question.topic);
                    let plain = SearchRequest {
                        query: words.trim().to_string(),
                        ..request.clone()
                    };
                    asked = self.search_among(&plain, None)?;
                    asked.searched_for = asked.searched_for.or(Some(plain.query));
                }
                asked.query = request.query.clone();
                asked
            }
            None => {
                match request.by.as_deref() {
                    // A name, or a title (in its organ) as a question names one; words in
                    // lowercase read as a name that speaks nowhere are read as a title.
                    Some(who) => {
                        let (mut asked, mut title) =
                            read_official(&crate::text::normalize_text(who))
                                .unwrap_or_else(|| (Official::Person(speaker_key(who)), None));
                        let mut none = ArticlesAbout::new("");
                        self.search_official(request, &mut asked, &mut title, who, &mut none)?
                    }
                    None => {
                        let asked_document = asking
                            .as_deref()
                            .and_then(document_question::read_document_question);
                        match asked_document {
                            Some(asked) => self.search_citing(request, &asked)?,
                            None => {
                                let found = self.search_among(request, None)?;
                                self.spelled_again(request, found)?
                            }
                        }
                    }
                }
            }
        };
        if let Some(reading) = recency {
            results.query = typed.query.clone();
            results.searched_for = results.searched_for.or(Some(reading.query));
            results.order = reading.newest.then_some(SortOrder::Date);
        }
        if let Some(period) = period {
            results.query = typed.query.clone();
            results.published = Some(Published {
                since: period.since,
                until: period.until,
            });
            results.searched_for = results.searched_for.or(Some(period.query));
        }
        results.took_ms = (started.elapsed().as_secs_f64() * 1e5).round() / 100.0;
        Ok(results)
    }

    /// A question asking which document rules on its topic ([`document_question`]): the
    /// topic among the passages citing a document (of the type asked), with the documents
    /// they cite counted (the `refs` facet, the others only when asked for); the words as
    /// typed when none does.
    fn search_citing(
        &self,
        request: &SearchRequest,
        asked: &document_question::DocumentQuestion,
    ) -> Result<SearchResults> {
        // The documents the citing passages cite answer it: counted as the facets count them.
        let topic = SearchRequest {
            query: asked.topic.clone(),
            facets: true,
            ..request.clone()
        };
        let citing = citing_filter(self.fields(), asked.type_key.as_deref());
        let mut found = self.search_among_in(&topic, None, Some(citing), None)?;
        if found.total == 0 {
            let typed = self.search_among(request, None)?;
            return self.spelled_again(request, typed);
        }
        if !request.facets {
            if let Some(facets) = found.facets.as_mut() {
                facets.years.clear();
                facets.speakers.clear();
            }
        }
        found.searched_for = Some(found.searched_for.unwrap_or(topic.query));
        found.citing = Some(asked.document.clone());
        found.query = request.query.clone();
        Ok(found)
    }

    /// `found` for `request`, or, where no passage holds every word and a word is in none
    /// ([`spelling`]), the search of the words with that word's nearest the index holds,
    /// when some passage holds all of those (its query shown as `searched_for`).
    fn spelled_again(
        &self,
        request: &SearchRequest,
        found: SearchResults,
    ) -> Result<SearchResults> {
        if found.holds_every_word() {
            return Ok(found);
        }
        let searched = found.searched_for.as_deref().unwrap_or(&request.query);
        let searched = crate::text::normalize_text(searched);
        let searcher = self.reader.searcher();
        let Some(corrected) = spelling::corrected(&searcher, self.fields().body, &searched)? else {
            return Ok(found);
        };
        let again = SearchRequest {
            query: corrected,
            ..request.clone()
        };
        let mut respelled = self.search_among(&again, None)?;
        if !respelled.holds_every_word() {
            return Ok(found);
        }
        respelled.searched_for = Some(respelled.searched_for.unwrap_or(again.query));
        respelled.query = request.query.clone();
        Ok(respelled)
    }

    /// Runs a search among the statements of `official` (`typed` so), as the index knows
    /// them; when none matches, among those of `as_title`, the title the words also read as.
    /// Each official searched is left resolved to the index's people
    /// ([`Self::known_official`]), so that a further search need not look them up again.
    ///
    /// Their statements in the articles `about` (whose opening holds the topic) match too,
    /// after those holding the topic's words, when some do.
    fn search_official(
        &self,
        request: &SearchRequest,
        official: &mut Official,
        as_title: &mut Option<Official>,
        typed: &str,
        about: &mut ArticlesAbout,
    ) -> Result<SearchResults> {
        *official = self.known_official(official.clone(), typed)?;
        let found = self.search_among(request, Some(official))?;
        match as_title.as_mut().filter(|_| found.total == 0) {
            Some(title) => {
                *title = self.known_official(title.clone(), typed)?;
                let found = self.search_among(request, Some(title))?;
                self.with_statements_about(request, title, about, found)
            }
            None => self.with_statements_about(request, official, about, found),
        }
    }

    /// The query `text` read for searching, the index's acronyms and issuers known;
    /// `has_filter` lets it be empty.
    fn read_query(&self, text: &str, has_filter: bool) -> Result<UserQuery> {
        let issuers = |r: &crate::refs::DocumentRef| self.issuers_numbered(r);
        parse_user_query_knowing(text, has_filter, &self.acronyms, &issuers)
    }

    /// Runs a search among the statements of `official` (all passages when `None`).
    fn search_among(
        &self,
        request: &SearchRequest,
        official: Option<&Official>,
    ) -> Result<SearchResults> {
        self.search_among_in(request, official, None, None)
    }

    /// [`Self::search_among`], among the passages `within` selects too.
    ///
    /// Passages `also` selects (an official's statements in the articles about the topic)
    /// match too, after those holding every word, when some passage does.
    fn search_among_in(
        &self,
        request: &SearchRequest,
        official: Option<&Official>,
        within: Option<Box<dyn Query>>,
        also: Option<Box<dyn Query>>,
    ) -> Result<SearchResults> {
        let has_filter = official.is_some()
            || within.is_some()
            || request.reference.is_some()
            || request.since.is_some()
            || request.until.is_some();
        let query = self.read_query(&request.query, has_filter)?;
        let fields = &self.vn.fields;
        let ranking = build_query(fields, &query);
        let mut filters: Vec<(Occur, Box<dyn Query>)> = exclusion_clauses(fields, &query);
        if let Some(official) = official {
            filters.push((Occur::Must, speaker_filter(fields, official)));
        }
        if let Some(within) = within {
            filters.push((Occur::Must, within));
        }
        if let Some(r) = &request.reference {
            filters.push((Occur::Must, ref_filter(fields, r)));
        }
        if request.since.is_some() || request.until.is_some() {
            let day = |d: &Option<String>, name: &str, default: u64| -> Result<u64> {
                match d.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
                    None => Ok(default),
                    Some(d) => parse_day(d).ok_or_else(|| {
                        Error::BadQuery(format!("{name} must be a date YYYY-MM-DD, got {d:?}"))
                    }),
                }
            };
            let since = day(&request.since, "since", 0)?;
            let until = day(&request.until, "until", u64::MAX)?;
            filters.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_u64(fields.published, since)),
                    Bound::Included(Term::from_field_u64(fields.published, until)),
                )),
            ));
        }
        let by_position = ranking.is_none();
        let ranking: Box<dyn Query> = ranking.unwrap_or_else(|| Box::new(AllQuery));
        // The filters select; the query alone scores.
        let compose = |scoring: &dyn Query| -> Box<dyn Query> {
            if filters.is_empty() {
                return scoring.box_clone();
            }
            let mut clauses: Vec<(Occur, Box<dyn Query>)> =
                filters.iter().map(|(o, q)| (*o, q.box_clone())).collect();
            clauses.push((Occur::Must, scoring.box_clone()));
            Box::new(BooleanQuery::new(clauses))
        };
        let searcher = self.reader.searcher();
        // Every word typed, when some passage has them all; else the passages with most.
        // The strict count, when taken, is the total under the all-words rule.
        let limit = request.limit.clamp(1, MAX_LIMIT);
        let wanted = request.offset + limit;
        let mut preferences = Preferences {
            rescorer: rescore::Rescorer::new(&query),
            titles: title_weight::TitleWeight::new(&query),
            speakers: speaker_weight::SpeakerWeight::new(&searcher, fields.speaker_key, &query)?,
        };
        let first_fetch = first_candidates(wanted);
        // The count and the first candidates come from one pass over the matches.
        let count_and_best = |q: &dyn Query| {
            searcher.search(
                q,
                &(Count, TopDocs::with_limit(first_fetch).order_by_score()),
            )
        };
        // `scoring` with the passages `also` selects, when there are such and words to rank.
        let widened = |scoring: &dyn Query| {
            also.as_ref()
                .filter(|_| !by_position)
                .map(|also| compose(&with_also(scoring, also.as_ref())))
        };
        let (full, matching, counted) = match all_words_query(fields, &query) {
            Some(all) => {
                let strict = compose(all.as_ref());
                match count_and_best(strict.as_ref())? {
                    (0, _) => {
                        // The passages with the most words, among those citing the
                        // documents named when some do.
                        let cited = citing_every_reference(fields, &query).map(|cited| {
                            compose(&BooleanQuery::new(vec![
                                (Occur::Must, ranking.box_clone()),
                                (Occur::Must, cited),
                            ]))
                        });
                        let counted = (cited.as_ref())
                            .map(|cited| count_and_best(cited.as_ref()))
                            .transpose()?;
                        match (cited, counted) {
                            (Some(cited), Some(n_and_best)) if n_and_best.0 > 0 => {
                                (cited, Matching::Partial, Some(n_and_best))
                            }
                            _ => (compose(ranking.as_ref()), Matching::Partial, None),
                        }
                    }
                    n_and_best => match widened(all.as_ref()) {
                        Some(widened) => {
                            let n_and_best = count_and_best(widened.as_ref())?;
                            (widened, Matching::All, Some(n_and_best))
                        }
                        None => (strict, Matching::All, Some(n_and_best)),
                    },
                }
            }
            None => {
                let full = widened(ranking.as_ref()).unwrap_or_else(|| compose(ranking.as_ref()));
                (full, Matching::All, None)
            }
        };
        if matching == Matching::Partial {
            preferences.rescorer.among_partial_matches();
        }
        // The documents read to tell copies apart, kept for the hits.
        let mut read: HashMap<DocAddress, TantivyDocument> = HashMap::new();
        // A ranked page lists each text once: the copies of a passage (the same text in
        // another article or twice in one) join it ([`copies`]). A listing in article or date
        // order holds every passage.
        let (total, listed): (usize, Vec<Listed<(f32, DocAddress)>>) =
            if by_position || request.sort == SortOrder::Date {
                // In article order (filters only), or newest first with articles without a
                // date last; one article's passages in order either way.
                let by_date = !by_position;
                let docs = searcher.search(&full, &DocSetCollector)?;
                // In article order, the statements of those known to hold the title asked in
                // its organ come before those of holders whose article names no organ.
                let placed = match official.and_then(|o| placed_filter(fields, o)) {
                    Some(placed) if by_position => {
                        Some(searcher.search(compose(placed.as_ref()).as_ref(), &DocSetCollector)?)
                    }
                    _ => None,
                };
                let mut keyed = Vec::with_capacity(docs.len());
                let mut published = PerSegment::new(|segment: &tantivy::SegmentReader| {
                    Ok(segment.fast_fields().u64("published")?)
                });
                for address in docs {
                    let day = if by_date {
                        published.of(&searcher, address)?.first(address.doc_id)
                    } else {
                        None
                    };
                    let doc: TantivyDocument = searcher.doc(address)?;
                    let article = StoredPassage::article_id_of(fields, &doc);
                    let index = StoredPassage::index_of(fields, &doc);
                    let unplaced = placed.as_ref().is_some_and(|p| !p.contains(&address));
                    keyed.push(((unplaced, std::cmp::Reverse(day), article, index), address));
                }
                keyed.sort_by(|a, b| a.0.cmp(&b.0));
                let total = keyed.len();
                let listed = keyed.into_iter().take(wanted).map(|(_, address)| Listed {
                    first: (0.0, address),
                    copies: Vec::new(),
                });
                (total, listed.collect())
            } else {
                let (total, first) = match counted {
                    Some(n_and_best) => n_and_best,
                    None => count_and_best(full.as_ref())?,
                };
                let page = Page {
                    wanted,
                    per_article: request.per_article,
                };
                let listed = ranked_once_each(
                    &searcher,
                    fields,
                    full.as_ref(),
                    first,
                    page,
                    &preferences,
                    &mut read,
                )?;
                (total, listed)
            };
        let facets = if request.facets {
            Some(facets::facets(&searcher, full.as_ref(), total)?)
        } else {
            None
        };
        let highlight = highlight_terms(&query);
        let listed: Vec<_> = listed
            .into_iter()
            .skip(request.offset)
            .take(limit)
            .collect();
        let mut passages = Vec::with_capacity(listed.len());
        for Listed { first, copies } in listed {
            let (score, address) = first;
            let mut doc_at = |address: DocAddress| -> Result<TantivyDocument> {
                match read.remove(&address) {
                    Some(doc) => Ok(doc),
                    None => Ok(searcher.doc(address)?),
                }
            };
            let doc = doc_at(address)?;
            let mut copied_in = Vec::with_capacity(copies.len());
            for (_, copy) in copies {
                copied_in.push(StoredPassage::article_id_of(fields, &doc_at(copy)?));
            }
            passages.push((score, StoredPassage::read(fields, &doc), copied_in));
        }
        let ids: Vec<&str> = passages
            .iter()
            .flat_map(|(_, p, copied_in)| {
                std::iter::once(p.article_id.as_str()).chain(copied_in.iter().map(String::as_str))
            })
            .collect();
        let articles = articles_of(&searcher, fields, &ids)?;
        let article = |id: &str| {
            articles
                .get(id)
                .cloned()
                .unwrap_or_else(|| missing_article(id))
        };
        let mut hits = Vec::with_capacity(passages.len());
        for (i, (score, passage, copied_in)) in passages.into_iter().enumerate() {
            let in_article = article(&passage.article_id);
            let mut hit = hit(
                passage,
                in_article,
                request.offset + i + 1,
                score,
                &highlight,
                official,
            );
            hit.copies = copied_in.iter().map(|id| article(id)).collect();
            hits.push(hit);
        }
        if request.per_article > 0 && !by_position && request.sort == SortOrder::Relevance {
            // Further matching passages of each article shown, beyond those listed.
            let mut ids: Vec<&str> = hits.iter().map(|h| h.article.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            let matches = matches_per_article(&searcher, fields, full.as_ref(), &ids)?;
            for hit in &mut hits {
                let in_article = matches.get(&hit.article.id).copied().unwrap_or(0);
                // The grouped list holds up to `per_article` passages of each article.
                hit.more_in_article = in_article.saturating_sub(request.per_article);
            }
        }
        Ok(SearchResults {
            query: request.query.clone(),
            searched_for: query.searched_for.clone(),
            statements_of: None,
            citing: None,
            asked_who: false,
            order: None,
            published: None,
            matching,
            total,
            took_ms: 0.0,
            hits,
            facets,
        })
    }
}

/// The page `page` of the ranking of `query` (its first candidates, `first`; its
/// `preferences`) with each text once ([`copies`]): copies take places in the ranking, so it
/// is read further until the page holds as many distinct texts as it shows, or the matches
/// run out. The documents read are kept in `read`.
fn ranked_once_each(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    query: &dyn Query,
    first: Vec<(f32, DocAddress)>,
    page: Page,
    preferences: &Preferences,
    read: &mut HashMap<DocAddress, TantivyDocument>,
) -> Result<Vec<Listed<(f32, DocAddress)>>> {
    let mut ranked_to = page.wanted;
    loop {
        let deeper = Page {
            wanted: ranked_to,
            ..page
        };
        let best = ranked(searcher, fields, query, first.clone(), deeper, preferences)?;
        let ran_out = best.len() < ranked_to;
        let mut printed = Vec::with_capacity(best.len());
        for (score, address) in best {
            let doc = match read.entry(address) {
                Entry::Occupied(doc) => doc.into_mut(),
                Entry::Vacant(unread) => unread.insert(searcher.doc(address)?),
            };
            printed.push((
                (score, address),
                fingerprint(&StoredPassage::text_of(fields, doc)),
            ));
        }
        let listed = list_once(printed, page.wanted);
        if listed.len() == page.wanted || ran_out || ranked_to >= page.wanted * MAX_COPY_READS {
            return Ok(listed);
        }
        ranked_to *= 2;
    }
}

/// Whether `asked`, the statements found for `question`, answer it: some statement holds
/// every word of the topic, or some of them where the topic cites no document and names
/// someone. Statements that share only a syllable with a document the topic cites ("đề" of
/// "Đề án 06") do not; nor do those that share some words with the topic of a question
/// asking who spoke about it ("ai nói về ..."), which the passages about the whole topic
/// answer better.
/// What a passage scores for matching only through `also` ([`with_also`]): nothing, so
/// that every passage holding the words comes first.
const ALSO_SCORE: f32 = 0.0;

/// `scoring`, or `also` at [`ALSO_SCORE`]: the passages either selects.
fn with_also(scoring: &dyn Query, also: &dyn Query) -> BooleanQuery {
    BooleanQuery::new(vec![
        (Occur::Should, scoring.box_clone()),
        (
            Occur::Should,
            Box::new(ConstScoreQuery::new(also.box_clone(), ALSO_SCORE)),
        ),
    ])
}

fn answers(asked: &SearchResults, question: &StatementQuestion) -> bool {
    match asked.matching {
        _ if asked.total == 0 => false,
        Matching::All => true,
        Matching::Partial => {
            question.official != Official::Anyone
                && crate::refs::find_query_refs(&question.topic).is_empty()
        }
    }
}

/// The stored data of the article `id` (its id alone when its head is missing).
fn article_of(searcher: &tantivy::Searcher, fields: &Fields, id: &str) -> Result<StoredArticle> {
    Ok(articles_of(searcher, fields, &[id])?
        .remove(id)
        .unwrap_or_else(|| missing_article(id)))
}

/// The stored data of the articles `ids` whose head the index holds, by id.
fn articles_of(
    searcher: &tantivy::Searcher,
    fields: &Fields,
    ids: &[&str],
) -> Result<HashMap<String, StoredArticle>> {
    Ok(head_documents(searcher, fields, ids)?
        .into_iter()
        .map(|(id, doc)| (id, StoredArticle::read(fields, &doc)))
        .collect())
}

/// An article whose head passage is missing: its id alone.
fn missing_article(id: &str) -> StoredArticle {
    StoredArticle {
        id: id.to_string(),
        ..StoredArticle::default()
    }
}

/// Whether `title` is one of the role keys `keys`, alone or in an organ.
fn holds_one_of(title: &str, keys: &[String]) -> bool {
    let title = speaker_key(title);
    keys.iter().any(|k| key_opens_with(k, &title))
}

/// One hit: the passage, its article, its snippet and the speaker shown (the official
/// searched for, when one was).
fn hit(
    stored: StoredPassage,
    article: StoredArticle,
    rank: usize,
    score: f32,
    highlight: &snippet::Highlight,
    official: Option<&Official>,
) -> Hit {
    let snippet = make_snippet(&stored.text, &stored.ref_labels, highlight);
    let chosen = official
        .and_then(|official| {
            stored.speakers.iter().position(|s| match official {
                Official::Person(key) | Official::Titled { name: key, .. } => {
                    speaker_key(&s.name) == *key
                }
                Official::People(keys) => keys.contains(&speaker_key(&s.name)),
                Official::Role(keys) => holds_one_of(&s.title, keys),
                Official::Holders { roles, people, .. } => {
                    people.contains(&speaker_key(&s.name)) || holds_one_of(&s.title, roles)
                }
                Official::Anyone => true,
            })
        })
        .unwrap_or(0);
    let speaker = stored.speakers.get(chosen).cloned();
    Hit {
        rank,
        score,
        snippet: snippet.to_html(),
        snippet_parts: snippet,
        passage: stored.text,
        passage_index: stored.index,
        article,
        speaker,
        refs: stored.ref_labels,
        more_in_article: 0,
        copies: Vec::new(),
    }
}
