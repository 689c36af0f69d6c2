//! Re-scoring the best candidates on their stored text: the two preferences the index no
//! longer holds postings for.
//!
//! The index keeps one folded term per word ([`crate::analysis`]), so tantivy finds and
//! ranks on folded words. Two things a reader expects are then decided here, on the few
//! passages that can reach the page:
//! - **exact forms first**: a passage holding a word as typed, diacritics included
//!   (`bỏ`, either tone-mark style), comes before one holding only another word with the same
//!   letters (`bộ`, `bổ`). The number of such words is the first sort key.
//! - **phrases before scattered words**: adjacent query words found adjacent in the passage
//!   multiply its score, up to `1 + PHRASE_WEIGHT` when the whole query is a phrase of the
//!   passage (see [`Rescorer::judge`]).
//!
//! The phrase share is read from the index's positions for every candidate
//! ([`super::positions`]); the exact forms from the stored text, only for the candidates
//! that can reach the page ([`super::ranking`]).

use std::cmp::Ordering;

use super::user_query::UserQuery;
use crate::analysis::segmenter::SegmentKind;
use crate::analysis::{exact_form, for_each_folded, AnalyzedTerm};
use crate::refs::{find_refs, ref_keys};

/// Score factor of a passage holding every adjacent query pair adjacent: `1 + PHRASE_WEIGHT`.
pub const PHRASE_WEIGHT: f32 = 3.0;

/// One query word: the folded forms that match it and the exact forms that match it as
/// typed (none when it was typed without diacritics).
#[derive(Debug, Clone, Default)]
struct QueryWord {
    /// Indexes into [`Rescorer::forms`].
    folded: Vec<usize>,
    exact: Vec<String>,
    /// Part of a document reference typed in words ("Nghị định 107 năm 2021"), by its index
    /// in [`Rescorer::references`]: a passage citing the reference holds the word whatever
    /// its own words are.
    in_reference: Option<usize>,
}

/// A query form found in a passage: its position (as the index numbers words: one skipped
/// at each break) and which of [`Rescorer::forms`] it is.
pub type FormAt = (u32, usize);

/// How a passage meets the query's preferences.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Judgement {
    /// Query words typed with diacritics that the passage holds in that exact form.
    pub exact_words: usize,
    /// How much of the query the passage holds as a phrase (0 to 1).
    pub phrase: f32,
}

impl Judgement {
    /// The final score of a passage whose tantivy score is `base`.
    pub fn score(&self, base: f32) -> f32 {
        base * (1.0 + PHRASE_WEIGHT * self.phrase)
    }
}

/// A candidate after re-scoring: compared by exact words, then by score.
#[derive(Debug, Clone, Copy)]
pub struct Rescored<T> {
    /// What the passage was judged.
    pub judgement: Judgement,
    /// Its final score.
    pub score: f32,
    /// The candidate (an address).
    pub item: T,
}

/// Best first: more exact words, then the higher score.
pub fn best_first<T>(a: &Rescored<T>, b: &Rescored<T>) -> Ordering {
    b.judgement
        .exact_words
        .cmp(&a.judgement.exact_words)
        .then(b.score.total_cmp(&a.score))
}

/// The query's preferences, read once per search.
#[derive(Debug, Clone, Default)]
pub struct Rescorer {
    /// The distinct folded forms of the query words.
    forms: Vec<String>,
    words: Vec<QueryWord>,
    /// Indexes into `words` of the pairs that should be adjacent.
    pairs: Vec<(usize, usize)>,
    /// Whether the passages ranked lack some words ([`Rescorer::among_partial_matches`]).
    partial: bool,
    /// The keys of each document reference typed in words.
    references: Vec<Vec<String>>,
}

impl Rescorer {
    /// The preferences of `query`: its words outside quotes (with their Telex readings) and
    /// its quoted phrases; pairs never span punctuation, a compound or two phrases.
    pub fn new(query: &UserQuery) -> Self {
        let mut rescorer = Rescorer {
            references: query
                .word_refs
                .iter()
                .map(|r| ref_keys(r).map(str::to_string).collect())
                .collect(),
            ..Rescorer::default()
        };
        // Which of the document references typed in words holds a term ("Nghị định 107").
        let in_reference = |t: &AnalyzedTerm| {
            query
                .word_refs
                .iter()
                .position(|r| r.covers(t.start, t.end))
        };
        let run = |terms: Vec<(&AnalyzedTerm, &[AnalyzedTerm], Option<usize>)>,
                   r: &mut Rescorer| {
            let mut previous: Option<(usize, Option<usize>)> = None;
            for (term, alternatives, cited) in terms {
                if term.compound {
                    previous = None;
                    continue;
                }
                let at = r.words.len();
                let mut word = r.word(term, alternatives);
                word.in_reference = cited;
                r.words.push(word);
                // Two words of one reference are matched as the reference, which passages
                // cite in their own words: as a phrase they would lift a passage holding
                // them in another sense ("ĐA 06", Đề án 06, in "tối đa 06 ngày").
                let one_reference = |p: &(usize, Option<usize>)| cited.is_some() && p.1 == cited;
                if let Some((p, _)) = previous.filter(|p| !term.break_before && !one_reference(p)) {
                    r.pairs.push((p, at));
                }
                previous = Some((at, cited));
            }
        };
        let words = query
            .word_terms
            .iter()
            .zip(&query.alternatives)
            .map(|(t, a)| (t, a.as_slice(), in_reference(t)))
            .collect();
        run(words, &mut rescorer);
        for phrase in &query.phrase_terms {
            run(
                phrase.iter().map(|t| (t, &[][..], None)).collect(),
                &mut rescorer,
            );
        }
        rescorer
    }

    /// A query word with its Telex readings, its folded forms registered in `forms`.
    fn word(&mut self, term: &AnalyzedTerm, alternatives: &[AnalyzedTerm]) -> QueryWord {
        let mut word = QueryWord::default();
        for t in std::iter::once(term).chain(alternatives) {
            let form = match self.forms.iter().position(|f| *f == t.folded) {
                Some(i) => i,
                None => {
                    self.forms.push(t.folded.clone());
                    self.forms.len() - 1
                }
            };
            if !word.folded.contains(&form) {
                word.folded.push(form);
            }
            if t.exact != t.folded && !word.exact.contains(&t.exact) {
                word.exact.push(t.exact.clone());
            }
        }
        word
    }

    /// Ranks passages that hold only some of the words: a word a passage lacks is no longer
    /// a word it misses in its exact form (how many words a passage holds is its score's
    /// business, where a reference or a rare word weighs more than common words); only a
    /// word held in another form counts against it.
    pub fn among_partial_matches(&mut self) {
        self.partial = true;
    }

    /// True when no passage can be preferred over another: no word typed with diacritics
    /// and no pair of words.
    pub fn is_neutral(&self) -> bool {
        self.pairs.is_empty() && self.words.iter().all(|w| w.exact.is_empty())
    }

    /// The most exact words a passage can hold.
    pub fn max_exact_words(&self) -> usize {
        self.words.iter().filter(|w| !w.exact.is_empty()).count()
    }

    /// The largest factor [`Judgement::score`] can apply.
    pub fn max_factor(&self) -> f32 {
        if self.pairs.is_empty() {
            1.0
        } else {
            1.0 + PHRASE_WEIGHT
        }
    }

    /// The folded forms whose positions [`Rescorer::phrase_share`] reads, as the index
    /// holds them.
    pub fn forms(&self) -> &[String] {
        &self.forms
    }

    /// True when adjacent words can raise a score (the query has a pair of words).
    pub fn has_pairs(&self) -> bool {
        !self.pairs.is_empty()
    }

    /// How much of the query a passage holds as a phrase, from where its query forms are
    /// (`found`, by position): the share of adjacent query pairs found adjacent anywhere,
    /// times the share covered by the longest unbroken run of them (a whole phrase counts for
    /// more than its pairs in different places).
    pub fn phrase_share(&self, found: &[FormAt]) -> f32 {
        let pairs = self.pairs.len();
        if pairs == 0 || found.len() < 2 {
            return 0.0;
        }
        let matches = |word: usize, form: usize| self.words[word].folded.contains(&form);
        // run[k] at found entry j: pairs matched in a row from pair k starting there; `next`
        // holds the row of entry j + 1 (two rows, not a matrix per passage). Entries that are
        // not adjacent in the passage start no pair.
        let mut run = vec![0u32; pairs + 1];
        let mut next = vec![0u32; pairs + 1];
        let mut found_pair = vec![false; pairs];
        let mut longest = 0;
        for j in (0..found.len() - 1).rev() {
            let ((at, form), (next_at, next_form)) = (found[j], found[j + 1]);
            let adjacent = next_at == at + 1;
            for k in 0..pairs {
                let (a, b) = self.pairs[k];
                run[k] = if adjacent && matches(a, form) && matches(b, next_form) {
                    found_pair[k] = true;
                    let chained = self.pairs.get(k + 1).is_some_and(|n| n.0 == b);
                    1 + if chained { next[k + 1] } else { 0 }
                } else {
                    0
                };
                longest = longest.max(run[k]);
            }
            std::mem::swap(&mut run, &mut next);
        }
        let found_pairs = found_pair.iter().filter(|&&f| f).count();
        (found_pairs as f32 / pairs as f32) * (longest as f32 / pairs as f32)
    }

    /// How many query words typed with diacritics `passage` holds in an exact form (among
    /// partial matches: those it does not hold in another form): one pass of the segmenter,
    /// each word folded into one reused buffer, its exact form computed only when it folds to
    /// such a word.
    pub fn exact_words(&self, passage: &str) -> usize {
        self.read(passage, None, |_| {})
    }

    /// [`Self::exact_words`] of a passage whose citations the index gives (`cited`: their
    /// labels, "131/NQ-CP", "Đề án 06"), read instead of the passage's text.
    pub fn exact_words_citing(&self, passage: &str, cited: &[String]) -> usize {
        self.read(passage, Some(cited), |_| {})
    }

    /// Reads `passage` once: each query form found goes to `found`; returns the exact words.
    /// What it cites is read from `labels` when given, else from its text.
    fn read(
        &self,
        passage: &str,
        labels: Option<&[String]>,
        mut found: impl FnMut(FormAt),
    ) -> usize {
        let wants_exact = self.max_exact_words() > 0;
        let mut exact_found = vec![false; self.words.len()];
        let mut folded_found = vec![false; self.words.len()];
        let mut exact = String::new();
        for_each_folded(passage, |seg, raw, folded| {
            if seg.kind == SegmentKind::Compound {
                return;
            }
            let Some(f) = self.forms.iter().position(|form| form == folded) else {
                return;
            };
            found((seg.position as u32, f));
            let wanted = |w: &QueryWord| !w.exact.is_empty() && w.folded.contains(&f);
            if wants_exact && self.words.iter().any(wanted) {
                exact.clear();
                exact_form(raw, seg.kind == SegmentKind::GroupedNumber, &mut exact);
                for (i, w) in self.words.iter().enumerate() {
                    folded_found[i] |= wanted(w);
                    exact_found[i] |= wanted(w) && w.exact.contains(&exact);
                }
            }
        });
        // The references the passage cites, read only when a word of one is not held as typed.
        let unheld_reference = self
            .words
            .iter()
            .enumerate()
            .any(|(i, w)| w.in_reference.is_some() && !exact_found[i]);
        let cited: Vec<bool> = if unheld_reference {
            let refs = match labels {
                Some(labels) => labels.iter().flat_map(|l| find_refs(l)).collect(),
                None => find_refs(passage),
            };
            let keys: Vec<&str> = refs.iter().flat_map(ref_keys).collect();
            self.references
                .iter()
                .map(|wanted| wanted.iter().any(|k| keys.contains(&k.as_str())))
                .collect()
        } else {
            Vec::new()
        };
        // A word a passage may lack (among partial matches, or in a reference the passage
        // does not write in words) counts unless the passage holds it in another form; a
        // word of a reference the passage cites counts whatever its other words ("ĐA 06" is
        // Đề án 06 in a passage with "đã").
        let held = |(i, w): &(usize, &QueryWord)| {
            let cites = w.in_reference.is_some_and(|r| cited.get(r) == Some(&true));
            let may_lack = self.partial || w.in_reference.is_some();
            !w.exact.is_empty() && (exact_found[*i] || cites || (may_lack && !folded_found[*i]))
        };
        self.words.iter().enumerate().filter(held).count()
    }

    /// Reads `passage` against the query: its exact words and phrase share from its text.
    /// Ranking takes the phrase share from the index's positions instead
    /// ([`super::positions`]); both number words alike.
    pub fn judge(&self, passage: &str) -> Judgement {
        let mut found = Vec::new();
        let exact_words = self.read(passage, None, |at| found.push(at));
        Judgement {
            exact_words,
            phrase: self.phrase_share(&found),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::acronyms::AcronymTable;
    use crate::search::user_query::parse_user_query;
    use crate::text::normalize_text;

    fn rescorer(q: &str) -> Rescorer {
        Rescorer::new(&parse_user_query(q, false, &AcronymTable::default()).unwrap())
    }

    fn judge(q: &str, passage: &str) -> Judgement {
        rescorer(q).judge(&normalize_text(passage))
    }

    #[test]
    fn exact_words_count_either_tone_mark_style() {
        assert_eq!(judge("bỏ", "Đề nghị bỏ thủ tục").exact_words, 1);
        assert_eq!(judge("bỏ", "Bộ Nội vụ").exact_words, 0);
        assert_eq!(judge("hoá", "đơn giản hóa").exact_words, 1);
        assert_eq!(judge("bo", "Bộ Nội vụ").exact_words, 0);
        assert!(rescorer("bo").is_neutral());
        assert!(!rescorer("bỏ").is_neutral());
    }

    #[test]
    fn among_partial_matches_only_a_word_in_another_form_counts_against() {
        let mut r = rescorer("nghị quyết số ngày");
        let lacking = normalize_text("Nghị quyết 131/NQ-CP");
        let other_form = normalize_text("Nghị quyết 131/NQ-CP, số ngay");
        assert_eq!(r.exact_words(&lacking), 2, "all words wanted: two held");
        r.among_partial_matches();
        assert_eq!(
            r.exact_words(&lacking),
            4,
            "lacking words are the score's business"
        );
        assert_eq!(r.exact_words(&other_form), 3, "'ngay' is not 'ngày'");
    }

    #[test]
    fn the_words_of_a_reference_make_no_phrase() {
        // "ĐA 06" is Đề án 06: the words beside each other in another sense lift nothing.
        assert_eq!(judge("ĐA 06", "Giải quyết tối đa 06 ngày").phrase, 0.0);
        assert_eq!(
            judge("Nghị quyết 131", "nghị quyết 131 của HĐND").phrase,
            0.0
        );
        // A word beside a reference still pairs with it.
        assert!(judge("Đề án 06 dân cư", "theo Đề án 06 dân cư").phrase > 0.0);
        // Nor does another form of one of its words count against a passage citing it.
        assert_eq!(
            judge("ĐA 06", "Thực hiện Đề án 06, tỉnh đã cấp").exact_words,
            2
        );
    }

    #[test]
    fn adjacent_pairs_raise_the_score() {
        let q = "cải cách hành chính";
        let whole = judge(q, "Đẩy mạnh cải cách hành chính.");
        let split = judge(q, "Cải cách, hành chính");
        let scattered = judge(q, "hành động cải tổ, cách làm chính xác");
        assert_eq!(whole.phrase, 1.0);
        // Two of three pairs, the longest run one of three.
        assert!((split.phrase - 2.0 / 9.0).abs() < 1e-6, "{split:?}");
        assert_eq!(scattered.phrase, 0.0);
        assert!(whole.score(1.0) > split.score(1.0));
        assert_eq!(judge("cai cach", "cải cách").phrase, 1.0, "folded pairs");
    }

    #[test]
    fn exact_words_sort_before_score() {
        let a = Rescored {
            judgement: Judgement {
                exact_words: 1,
                phrase: 0.0,
            },
            score: 0.1,
            item: 'a',
        };
        let b = Rescored {
            judgement: Judgement::default(),
            score: 9.0,
            item: 'b',
        };
        let mut v = [b, a];
        v.sort_by(best_first);
        assert_eq!(v[0].item, 'a');
    }
}
