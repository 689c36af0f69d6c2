//! Officials and their statements.
//!
//! Enters: an article's passages, in order. Leaves: for each passage, the people who speak in
//! it (the subject of a speech verb: "phát biểu", "nhấn mạnh", "cho biết"...). People are
//! recognized as a surname plus one to three capitalized syllables next to a title or a form
//! of address. Later references by title alone ("Thủ tướng yêu cầu") or by given name ("Ông
//! Chính cho biết") resolve to the latest person of the article named with that title or
//! given name, so a newly named holder of the title takes over.

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use serde::Serialize;

use super::people_tables::{
    ACCORDING_TO_NOUNS, ADDRESS_FORMS, DEPUTY, FORMER_WORDS, GLUED_NAME_PREFIXES, HEAD_OF,
    HEAD_OF_FIELD_WORDS, NAMED_ONLY_TITLES, NAME_PREFIXES, NON_SUBJECT_BEFORE,
    NOT_A_STATEMENT_BEFORE, PAIR_NAME_PREFIXES, PREFIXED_NAME_MAX_WORDS, PREFIXED_NAME_MIN_WORDS,
    PREFIXED_PAIR_AFTER, PREFIX_TERMS, PROVINCES, SPEAKING_WITHOUT_CONTENT, SPEECH_VERBS, SURNAMES,
    TITLES, TITLE_ABBREVIATIONS,
};
use super::roles::{
    is_province_key, local_unit_abbreviations, organ_in, same_organ, LOCAL_UNITS, PROVINCE_UNIT,
};
use crate::text::letters::{capitalized, is_acronym, is_word_char};
use crate::text::search_key;
use crate::text::sentence::{has_mark, last_mark};
use crate::text::word_match::{tail, word_matches, word_matches_in};

/// A person speaking in a passage.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// Full name as first written in the article.
    pub name: String,
    /// The title the article gives them.
    pub title: String,
    /// The organ the article gives with the title ("Bộ Tư pháp"); empty when none. Indexed
    /// in the role's keys, not shown.
    #[serde(skip)]
    pub organ: String,
}

/// The key a speaker is indexed and looked up by: folded, lowercase, single-spaced, the
/// apostrophe of a glued prefix one whether straight or curly ("H'Yim", "H’Yim").
pub fn speaker_key(name: &str) -> String {
    let name = if name.contains('’') {
        std::borrow::Cow::Owned(name.replace('’', "'"))
    } else {
        std::borrow::Cow::Borrowed(name)
    };
    search_key(&name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Family names (and the prefixes that open a name) as typed: lowercase with their
/// diacritics, and folded.
static FAMILY_NAMES: LazyLock<(HashSet<String>, HashSet<String>)> = LazyLock::new(|| {
    let openings = || {
        SURNAMES
            .iter()
            .chain(NAME_PREFIXES)
            .chain(PAIR_NAME_PREFIXES)
    };
    let written = openings().map(|s| s.to_lowercase()).collect();
    let folded = openings().map(|s| speaker_key(s)).collect();
    (written, folded)
});

/// Whether `word`, as someone typed it, may open a name of two to four words (a family name
/// or a prefix, [`PAIR_NAME_PREFIXES`] too): as written (in any case) when
/// typed with diacritics, folded when typed without ("Vũ" is not "vụ", but "vu" may be
/// either).
pub fn may_be_family_name(word: &str) -> bool {
    let (written, folded) = &*FAMILY_NAMES;
    if word.is_ascii() {
        folded.contains(&speaker_key(word))
    } else {
        written.contains(&word.to_lowercase())
    }
}

/// Whether `word`, as typed, is a prefix that opens a name of up to
/// [`PREFIXED_NAME_MAX_WORDS`] words ([`NAME_PREFIXES`]: "Y Giang Gry Niê Knơng").
pub fn is_name_prefix(word: &str) -> bool {
    NAME_PREFIXES
        .iter()
        .any(|p| speaker_key(p) == speaker_key(word))
}

fn alternation(items: &[&str]) -> String {
    let mut sorted: Vec<&str> = items.to_vec();
    sorted.sort_by_key(|s| std::cmp::Reverse(s.len()));
    sorted
        .iter()
        .map(|s| regex::escape(s))
        .collect::<Vec<_>>()
        .join("|")
}

/// A run of capitalized words ("Hà Nội Đinh Tiến Dũng"); acronyms such as "UBND" do not
/// take part.
static CAPITALIZED_RUN: LazyLock<Regex> = LazyLock::new(|| {
    // A word may open with a prefix glued by an apostrophe ("H'Yim", "H’Yim").
    let word = r"\p{Lu}(?:['’]\p{Lu})?\p{Ll}*";
    Regex::new(&format!(r"{word}(?:[ \u{{A0}}]+{word})+")).unwrap()
});

/// Whether `text` goes on after a run of capitalized words ending at `end` as it does after
/// a name: with one of its speech `verbs`, a mark of [`PREFIXED_PAIR_AFTER`], or nothing.
fn goes_on_as_after_a_name(text: &str, end: usize, verbs: &[(usize, usize)]) -> bool {
    let rest = text[end..].trim_start();
    let at = text.len() - rest.len();
    rest.is_empty()
        || rest.starts_with(PREFIXED_PAIR_AFTER)
        || verbs.iter().any(|&(start, _)| start == at)
}

/// Full names in `text` (whose speech verbs are `verbs`): within a run of capitalized words,
/// a surname and one to three more words. A longer run ("Thành ủy Hà Nội Đinh Tiến Dũng")
/// holds the name at its end.
fn find_names(text: &str, verbs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut names = Vec::new();
    for (run_start, run_end) in word_matches(&CAPITALIZED_RUN, text) {
        let words: Vec<(usize, &str)> = text[run_start..run_end]
            .split(' ')
            .scan(0usize, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                Some((run_start + start, w))
            })
            .filter(|(_, w)| !w.is_empty())
            .collect();
        let n = words.len();
        let is_surname = |w: &str| SURNAMES.contains(&w);
        // A name runs to the end of the run: a prefix and two to four more words ("Y Sinh
        // Niê", "Y Giang Gry Niê Knơng": its words may hold a family name), not a place
        // ("Đại học Y Hà Nội"); else a family name and one to three more words.
        let prefixed = (0..n).find(|&i| {
            let (word, words_in_name) = (words[i].1, n - i);
            if GLUED_NAME_PREFIXES.iter().any(|p| word.starts_with(p)) {
                return (2..=4).contains(&words_in_name);
            }
            let pair_only = PAIR_NAME_PREFIXES.contains(&word);
            if !(pair_only || NAME_PREFIXES.contains(&word)) || words_in_name < 2 {
                return false;
            }
            let after_prefix = words[i + 1].1;
            let long = !pair_only
                && (PREFIXED_NAME_MIN_WORDS..=PREFIXED_NAME_MAX_WORDS).contains(&words_in_name);
            let pair =
                words_in_name == 2 && (i == 0 || goes_on_as_after_a_name(text, run_end, verbs));
            (long || pair)
                && !is_province(&text[words[i + 1].0..run_end])
                // "Y Dược", "Sở Y Tế".
                && !PREFIX_TERMS.contains(&speaker_key(after_prefix).as_str())
        });
        let first = prefixed.or_else(|| {
            if is_surname(words[0].1) && n <= 4 {
                Some(0)
            } else {
                (0..n)
                    .rev()
                    .find(|&i| is_surname(words[i].1) && (2..=4).contains(&(n - i)))
            }
        });
        if let Some(i) = first {
            names.push((words[i].0, run_end));
        }
    }
    names
}

static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{})[ \u{{A0}}]+\p{{Lu}}\p{{Ll}}*",
        alternation(ADDRESS_FORMS)
    ))
    .unwrap()
});
/// A leftmost-longest automaton of `words`: it finds what their alternation, longest first,
/// finds.
fn automaton(words: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(words)
        .expect("cue words build an automaton")
}

/// The titles as the tables write them and in sentence case, as many papers print them
/// ("Phó giám đốc", "Phó thủ tướng", "Tổng bí thư"; an acronym keeps its capitals:
/// "Chủ tịch UBND").
static TITLE_FORMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut forms: Vec<String> = TITLES.iter().map(|t| t.to_string()).collect();
    for title in TITLES {
        let mut words = title.split(' ');
        let first = words.next().unwrap_or_default();
        let rest = words.map(|w| {
            if is_acronym(w) {
                w.to_string()
            } else {
                w.to_lowercase()
            }
        });
        let sentence_case = std::iter::once(first.to_string())
            .chain(rest)
            .collect::<Vec<_>>()
            .join(" ");
        if !forms.contains(&sentence_case) {
            forms.push(sentence_case);
        }
    }
    forms.extend(NAMED_ONLY_TITLES.iter().map(|t| t.to_lowercase()));
    forms
});
static TITLE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let forms: Vec<&str> = TITLE_FORMS.iter().map(String::as_str).collect();
    automaton(&forms)
});
/// The titles written as abbreviations ([`TITLE_ABBREVIATIONS`]), an automaton of their own:
/// with them, the titles' would pass the 64 patterns its fast prefilter takes (Teddy), and
/// every passage would be scanned the slow way (+0.7% of indexing's instructions).
static ABBREVIATED_TITLE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let forms: Vec<&str> = TITLE_ABBREVIATIONS.iter().map(|(a, _, _)| *a).collect();
    automaton(&forms)
});

/// The titles in `text` ([`TITLE_WORDS`], [`ABBREVIATED_TITLE_WORDS`]) as whole words, in
/// order; an abbreviation inside a document's code ([`in_a_code`]) is none.
fn title_spans_in(text: &str) -> Vec<(usize, usize)> {
    let mut spans = word_matches_in(&TITLE_WORDS, text);
    let abbreviated = word_matches_in(&ABBREVIATED_TITLE_WORDS, text);
    if !abbreviated.is_empty() {
        spans.extend(
            abbreviated
                .into_iter()
                .filter(|&(start, end)| !in_a_code(text, start, end)),
        );
        spans.sort_unstable();
    }
    spans
}

/// Whether the word at `start..end` in `text` is glued to a hyphen or a slash: part of a
/// code, as the issuer "TTg" of "1291/QĐ-TTg" is, not a title.
fn in_a_code(text: &str, start: usize, end: usize) -> bool {
    text[..start].ends_with(['-', '/']) || text[end..].starts_with(['-', '/'])
}

/// The title of the tables that `written` (a match of [`TITLE_WORDS`]) is, whatever its
/// case or abbreviated ([`TITLE_ABBREVIATIONS`]): statements are keyed and shown by it.
fn canonical_title(written: &str) -> &str {
    if let Some((_, title, _)) = TITLE_ABBREVIATIONS.iter().find(|(a, _, _)| *a == written) {
        return title;
    }
    static LOWERCASE: LazyLock<Vec<String>> =
        LazyLock::new(|| TITLES.iter().map(|t| t.to_lowercase()).collect());
    if TITLES.contains(&written) {
        return written;
    }
    let lower = written.to_lowercase();
    LOWERCASE
        .iter()
        .position(|t| *t == lower)
        .map_or(written, |i| TITLES[i])
}
/// Forms of address: the pre-filter of the [`ADDRESS`] pattern.
static ADDRESS_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(ADDRESS_FORMS));
/// The speech verbs as written in a sentence and, capitalized, as they open one ("Kết luận
/// hội nghị, ...").
static VERB_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let sentence_openings: Vec<String> = SPEECH_VERBS.iter().map(|v| capitalized(v)).collect();
    let forms: Vec<&str> = SPEECH_VERBS
        .iter()
        .copied()
        .chain(sentence_openings.iter().map(String::as_str))
        .collect();
    automaton(&forms)
});

/// The speech verbs of `text`: a capitalized one only where it opens a sentence (not "Ban
/// Chỉ đạo", an organ's name).
fn speech_verbs(text: &str) -> Vec<(usize, usize)> {
    let mut verbs = word_matches_in(&VERB_WORDS, text);
    verbs.retain(|&(start, _)| {
        !text[start..].starts_with(char::is_uppercase)
            || text[clause_start(text, start)..start].trim().is_empty()
    });
    verbs
}
static HEAD_OF_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(HEAD_OF));

static PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])(thành phố|tp\.?|huyện|quận|xã|phường|đường|phố|cầu|sông)\s*$")
        .unwrap()
});

/// An administrative unit named as part of an organ ("UBND thành phố", "HĐND huyện"): in a
/// title the unit's own name is often left out ("Phó Chủ tịch UBND thành phố Hồ Kỳ Minh"),
/// so a full name (three words or more) after it is a person, not the unit.
static UNIT_OF_ORGAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[^\p{L}])(?:UBND|HĐND|[uủ][yỷ] ban nhân dân|hội đồng nhân dân)\s+(?:thành phố|tp\.?|huyện|quận|thị xã)\s*$",
    )
    .unwrap()
});

/// Words of a person's full name at least, after a unit of an organ.
const FULL_NAME_WORDS: usize = 3;

/// Whether the capitalized `run` at `start` names a place: a province, or what follows
/// "thành phố", "huyện", "đường"... except a full name after the unit of an organ.
fn is_place(text: &str, start: usize, run: &str) -> bool {
    if is_province(run) {
        return true;
    }
    let before = tail(text, start, 48);
    PLACE_BEFORE.is_match(before)
        && !(run.split_whitespace().count() >= FULL_NAME_WORDS
            && UNIT_OF_ORGAN_BEFORE.is_match(before))
}

fn is_province(run: &str) -> bool {
    let key = speaker_key(run);
    is_province_key(&key)
}

#[derive(Debug, Clone)]
struct Person {
    /// [`speaker_key`] of the name.
    key: String,
    name: String,
    title: String,
    organ: String,
    given: String,
    /// A woman (named with "Thị" or as "bà"), a man (named as "ông"), or not known.
    female: Option<bool>,
}

/// What a stretch of text refers to.
#[derive(Debug, Clone)]
enum Mention {
    /// A person named in full (index into the article's people).
    Named(usize),
    /// A title without a name, and the organ written after it ("Bộ trưởng Bộ Tư pháp yêu
    /// cầu": the Minister of Justice named before, not the minister named last).
    Title(String, String),
    /// A form of address with a given name ("ông Chính") and whether it is one for a woman
    /// (`None`: a form that says neither).
    Given(String, Option<bool>),
    /// The head of an organ ("Người đứng đầu Chính phủ"): its holder named in the article
    /// who is not a deputy.
    Head(String),
    /// "Ông", "Bà" or "Đồng chí" standing alone for someone ("Ông cho rằng...", "Bà cũng đề
    /// nghị...", "Đồng chí nhấn mạnh: ..."): the last speaker of the article or the subject
    /// named after them, else the last person named, who may be so called (`Some(true)` for
    /// "Bà", `None` for "Đồng chí", which says nothing of it).
    Pronoun(Option<bool>),
}

/// Tracks the people of one article while its passages are read in order.
#[derive(Debug, Default)]
pub struct SpeakerTracker {
    people: Vec<Person>,
    /// For each title keyword, the person most recently named with it.
    latest_by_title: Vec<(String, usize)>,
    /// The article is an interview: an interviewer's line ("PV: ...") was seen.
    interview: bool,
    /// Who a form of address alone ("Ông", "Đồng chí") means: who spoke last in the article,
    /// or someone named opening a sentence after that, the subject of what the article goes
    /// on to tell ("Phó Chủ tịch UBND tỉnh Y Ngọc chủ trì hội nghị. Đồng chí đề nghị ...").
    last_subject: Option<usize>,
    /// Whose quotation a passage opened and did not close: it goes on in the next passage.
    open_quotation: Option<usize>,
    /// Who the passage just read says said what stands before it ("Đó là yêu cầu của ...").
    said_before: Option<usize>,
    /// Who introduced what the next passages say, ending a passage with a speech verb and a
    /// colon ("Bộ trưởng nhấn mạnh ba nhiệm vụ:"), and whether a passage was read since.
    introduced: Option<(usize, bool)>,
    /// Whose answer an interview's last passage gave (labelled "Bộ trưởng X: ..." or going
    /// on from one): it goes on in the passages after it that name no one, up to the
    /// interviewer's next line.
    answering: Option<usize>,
    /// The province the article names ("tỉnh Kon Tum"), the one a province's organ written
    /// without its name serves ("UBND tỉnh").
    province: ArticleProvince,
    /// The district, town or city the article names, likewise ("huyện Bảo Lâm" for "UBND
    /// huyện").
    local: LocalPlaces,
}

/// Every way [`LOCAL_UNITS`] are written, with the index of the unit: the words, then
/// their abbreviations ("TP Đà Nẵng", "TX. Ba Đồn"; a point may follow one, and the name may
/// be glued to the point: "TP.Huế").
fn local_unit_spellings() -> impl Iterator<Item = (&'static str, usize)> {
    LOCAL_UNITS
        .iter()
        .enumerate()
        .map(|(i, unit)| (*unit, i))
        .chain(local_unit_abbreviations())
}

/// The most words of a place's name after its unit ("thành phố Hồ Chí Minh").
const PLACE_NAME_MAX_WORDS: usize = 4;

/// The place an article names for each of [`LOCAL_UNITS`], read by its capitals after the
/// unit or its abbreviation ("huyện Bảo Lâm", "Quận Ba Đình", "TP Đà Nẵng"), when it names
/// one.
#[derive(Debug, Default)]
struct LocalPlaces([Named<String>; 4]);

impl LocalPlaces {
    /// Notes the places `text` names after a unit.
    fn note(&mut self, text: &str) {
        static UNITS: LazyLock<Vec<(UnitWord, usize)>> = LazyLock::new(|| {
            local_unit_spellings()
                .map(|(unit, i)| (UnitWord::new(unit), i))
                .collect()
        });
        for (unit, i) in UNITS.iter() {
            let named = &mut self.0[*i];
            if matches!(named, Named::Several) {
                continue;
            }
            for (start, after) in unit.occurrences(text) {
                let alone = start == 0 || !text.as_bytes()[start - 1].is_ascii_alphanumeric();
                if let Some(name) = place_name(after).filter(|_| alone) {
                    named.note(name);
                }
            }
        }
    }

    /// `organ` up to one of [`LOCAL_UNITS`] that no name follows, with the place the
    /// article names for that unit ("UBND huyện" → "UBND huyện Bảo Lâm"; run on into the
    /// sentence, "UBND huyện chủ trì hội nghị" → the same); else `None`. An abbreviated unit
    /// is completed alone (after "Chủ tịch UBND") or after a council's or committee's name
    /// ("UBND TP" → "UBND TP Đà Nẵng"): in "Sở TP" the letters are the department's ("Sở Tư
    /// pháp").
    fn complete(&self, organ: &str) -> Option<String> {
        local_unit_spellings().find_map(|(unit, i)| {
            let Named::One(name) = &self.0[i] else {
                return None;
            };
            let at = organ.find(unit)?;
            let abbreviated = unit != LOCAL_UNITS[i];
            let point = abbreviated && organ[at + unit.len()..].starts_with('.');
            let end = at + unit.len() + usize::from(point);
            let whole = (at == 0 || organ[..at].ends_with(' '))
                && organ[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            let unnamed = place_name(organ[end..].trim_start()).is_none();
            let councils = !abbreviated || at == 0 || names_a_council(&organ[..at]);
            (whole && unnamed && councils).then(|| format!("{} {name}", &organ[..end]))
        })
    }
}

/// Whether `organ` ends with a people's council or committee, by its words ("Ủy ban nhân
/// dân") or an acronym in capitals ("UBND", "HĐND", "BCĐ"), not a department's name.
fn names_a_council(organ: &str) -> bool {
    let last = organ.split_whitespace().last().unwrap_or("");
    last == "dân" || (last.chars().count() >= 3 && last.chars().all(char::is_uppercase))
}

/// The name of a place opening `text`: the words opening with a capital, up to any other
/// word or a mark, when they cannot be a person's name too. A run of more than
/// [`PLACE_NAME_MAX_WORDS`], or of three or more opening with a family name, may hold or be
/// the name of the official the organ's title goes with ("UBND thành phố Đà Nẵng Lê Trung
/// Chinh", "UBND huyện Nguyễn Văn Mười"): no place is read from it.
fn place_name(text: &str) -> Option<String> {
    let mut words = Vec::new();
    for word in text.split(' ').take(PLACE_NAME_MAX_WORDS + 1) {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
        if !(bare.starts_with(char::is_uppercase) && bare.chars().all(char::is_alphabetic)) {
            break;
        }
        words.push(bare);
        if bare.len() < word.len() {
            break;
        }
    }
    let person = words.len() >= 3 && may_be_family_name(words[0]);
    let plain = !words.is_empty() && words.len() <= PLACE_NAME_MAX_WORDS && !person;
    plain.then(|| words.join(" "))
}

/// An administrative unit's word ("tỉnh", "thị xã"), found in lowercase or opening a
/// sentence: the two share all but their first byte, so one scan finds both. An
/// abbreviation in capitals ("TP", "TX.") is found as written.
struct UnitWord {
    /// The first byte, matched in either case, when the scan is for the rest.
    first: Option<u8>,
    rest: memchr::memmem::Finder<'static>,
}

impl UnitWord {
    fn new(unit: &'static str) -> Self {
        let bytes = unit.as_bytes();
        if bytes[0].is_ascii_uppercase() {
            return UnitWord {
                first: None,
                rest: memchr::memmem::Finder::new(bytes),
            };
        }
        UnitWord {
            first: Some(bytes[0]),
            rest: memchr::memmem::Finder::new(&bytes[1..]),
        }
    }

    /// Where the unit stands in `text` followed by a space (an abbreviation also by a point,
    /// and a space or not: "TP. Huế", "TP.Huế"): its byte offset, and the text after.
    fn occurrences<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, &'t str)> + 't {
        let bytes = text.as_bytes();
        self.rest.find_iter(bytes).filter_map(move |at| {
            let mut end = at + self.rest.needle().len();
            let start = match self.first {
                Some(first) if at > 0 && bytes[at - 1].eq_ignore_ascii_case(&first) => at - 1,
                Some(_) => return None,
                None => at,
            };
            let point = self.first.is_none() && bytes.get(end) == Some(&b'.');
            end += usize::from(point);
            let spaced = bytes.get(end) == Some(&b' ');
            (spaced || point).then(|| (start, &text[end + usize::from(spaced)..]))
        })
    }
}

/// The one place an article names for a unit, if it names one.
#[derive(Debug, Default)]
enum Named<T> {
    #[default]
    Unnamed,
    One(T),
    /// Several: the unit's organ written alone could be any of them.
    Several,
}

impl<T: PartialEq> Named<T> {
    fn note(&mut self, place: T) {
        match self {
            Self::Unnamed => *self = Self::One(place),
            Self::One(known) if *known == place => {}
            _ => *self = Self::Several,
        }
    }
}

/// The province an article names after "tỉnh" ([`PROVINCES`]).
#[derive(Debug, Default)]
struct ArticleProvince(Named<&'static str>);

impl ArticleProvince {
    /// Notes the province a headline opens with as its place ("Kon Tum: Hội nghị ...",
    /// "Đồng Nai - ..."), and those it names after "tỉnh".
    fn note_headline(&mut self, headline: &str) {
        let opening = province_opening(headline)
            .filter(|(_, rest)| rest.trim_start().starts_with([':', '-', '–', '—']));
        if let Some((p, _)) = opening {
            self.0.note(p);
        }
        self.note(headline);
    }

    /// Notes the provinces `text` names after "tỉnh" ([`PROVINCES`]).
    fn note(&mut self, text: &str) {
        if matches!(self.0, Named::Several) {
            return;
        }
        static UNIT: LazyLock<UnitWord> = LazyLock::new(|| UnitWord::new(PROVINCE_UNIT));
        for (_, after) in UNIT.occurrences(text) {
            if let Some((p, _)) = province_opening(after) {
                self.0.note(p);
            }
            if matches!(self.0, Named::Several) {
                return;
            }
        }
    }

    /// `organ` with the article's province after it when it ends with "tỉnh" and no name
    /// ("UBND tỉnh" → "UBND tỉnh Kon Tum"), as the article means it; else as it is.
    fn complete(&self, organ: &str) -> String {
        match &self.0 {
            Named::One(province) if organ.ends_with(PROVINCE_UNIT) => {
                let before = &organ[..organ.len() - PROVINCE_UNIT.len()];
                if before.is_empty() || before.ends_with(' ') {
                    return format!("{organ} {province}");
                }
                organ.to_string()
            }
            _ => organ.to_string(),
        }
    }
}

/// The province whose name ([`PROVINCES`]) opens `text` as a word of its own, and what
/// follows it.
fn province_opening(text: &str) -> Option<(&'static str, &str)> {
    PROVINCES.iter().find_map(|p| {
        text.strip_prefix(*p)
            .filter(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
            .map(|rest| (*p, rest))
    })
}

/// Whether `text` opens as an item of an enumeration: "Một là, ...", "Thứ hai, ...", "2.
/// ...", "b) ...", a bullet.
fn opens_an_item(text: &str) -> bool {
    static ITEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\d{1,2}[.)]\s|[a-zđ]\)\s|[-–•+*]\s|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]|Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]|(?:Trước hết|Trước tiên|Đầu tiên|Cuối cùng|Bên cạnh đó|Ngoài ra)\s*,)").unwrap()
    });
    ITEM.is_match(text.trim_start())
}

fn clause_start(text: &str, at: usize) -> usize {
    last_mark(text, 0..at, &['.', '!', '?', ';', '\n', ':'])
        .map(|i| i + 1)
        .unwrap_or(0)
}

/// "và" (and), before a second predicate.
const AND: &str = "và";

/// Most words of a first predicate before "và" and a speech verb ("chủ trì hội nghị và").
const FIRST_PREDICATE_MAX_WORDS: usize = 8;

/// Whether `between` (from the subject to a speech verb) is a short predicate closed by
/// "và", lowercase and unbroken ("chủ trì hội nghị và", "dự và"): the verb is the subject's
/// second predicate, not a noun joined to another ("công tác kiểm tra và đánh giá").
fn second_predicate(between: &str) -> bool {
    let Some(first) = between.trim_end().strip_suffix(AND) else {
        return false;
    };
    let words: Vec<&str> = first.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= FIRST_PREDICATE_MAX_WORDS
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() && !c.is_uppercase()))
}

/// Words at most of what may stand before the subject of a sentence, closed by a comma
/// ("Sáng 14/7, ...", "Tại hội nghị, ...").
const FRONTED_MAX_WORDS: usize = 6;

/// Whether a mention at `start` opens its sentence: nothing before it in the sentence but a
/// form of address, or a few words closed by a comma.
fn opens_its_sentence(text: &str, start: usize) -> bool {
    let before = text[clause_start(text, start)..start].trim();
    // The form of address as a word of its own ("không" does not end with "ông").
    let before = ADDRESS_FORMS
        .iter()
        .filter_map(|a| before.strip_suffix(a))
        .find(|rest| !rest.ends_with(is_word_char))
        .unwrap_or(before)
        .trim_end();
    before.is_empty()
        || (before.ends_with(',') && crate::text::word_count(before) <= FRONTED_MAX_WORDS)
}

/// `text` without what stands in parentheses.
fn outside_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// The text before the mention at `start`, without the form of address a name may have
/// before it ("ông Nguyễn Văn An", "ông Sơn").
fn text_before_mention(text: &str, start: usize, named: bool) -> &str {
    let before = text[..start].trim_end();
    if !named {
        return before;
    }
    ADDRESS_FORMS
        .iter()
        .find_map(|a| before.strip_suffix(a))
        .map_or(before, str::trim_end)
}

/// What parts a mention from the comma after it: a sentence's end or a colon, a line's
/// end, a quotation mark ([`fronted_subject`], [`according_to`]).
const CLAUSE_BREAKS: &[char] = &['.', '!', '?', ';', ':', '\n', '"', '“', '”'];

/// The subject of a speech verb that opens its sentence, ending at `verb_end` ("Kết luận hội
/// nghị, đồng chí X giao ...", "Trả lời câu hỏi về ..., bà Ngọc thẳng thắn: ..."): the
/// mention right after the sentence's first comma (a form of address between).
fn fronted_subject<'m>(
    text: &str,
    verb_end: usize,
    mentions: &'m [(usize, usize, Mention)],
) -> Option<&'m Mention> {
    let rest = &text[verb_end..];
    let comma = rest.find(',')?;
    if has_mark(text, verb_end..verb_end + comma, CLAUSE_BREAKS) {
        return None;
    }
    let after = verb_end + comma + 1;
    mentions
        .iter()
        .find(|(s, _, _)| *s >= after)
        .filter(|(s, _, _)| {
            let gap = text[after..*s].trim();
            gap.is_empty() || ADDRESS_FORMS.contains(&gap)
        })
        .map(|(_, _, m)| m)
}

/// Most words between a title and the comma after "Theo ...": its organ ("Theo Chủ tịch UBND
/// tỉnh, ...", "Theo Bộ trưởng Bộ Tư pháp, ...").
const ORGAN_BEFORE_COMMA_MAX_WORDS: usize = 8;

/// Whether the mention at `start..end` opens a clause with "Theo" (according to) and is
/// followed by a comma: "Theo Bộ trưởng Phạm Thị Thanh Trà, việc đánh giá...", a way of
/// reporting what someone said without a speech verb. A title's organ may stand before the
/// comma (`titled`): "Theo Chủ tịch UBND tỉnh, ...".
fn according_to(text: &str, start: usize, end: usize, named: bool, titled: bool) -> bool {
    // "Theo ông Nguyễn Văn An, Giám đốc Sở, ...", "Theo ông Sơn, ...": a form of address may
    // stand before a name.
    let before = text_before_mention(text, start, named);
    // "Theo lời ...", "Theo ý kiến của ...": what they said, by its noun.
    let before = ACCORDING_TO_NOUNS
        .iter()
        .find_map(|n| before.strip_suffix(n))
        .map_or(before, str::trim_end);
    let Some(head) = before
        .strip_suffix("Theo")
        .or_else(|| before.strip_suffix("theo"))
    else {
        return false;
    };
    // "Theo" opens its sentence, or follows a connective that does ("Cũng theo", "Tuy
    // nhiên, theo"); `head` is the text's opening, up to "Theo".
    let sentence = last_mark(
        text,
        0..head.len(),
        &['.', '!', '?', ':', ';', '"', '“', '”', '('],
    )
    .map_or(head, |at| &head[at + 1..]);
    // What stands in parentheses right after the mention is its title or organ ("Theo ông
    // Lê Văn Tâm (Giám đốc Sở Nội vụ), ...").
    let end = parenthesis_after(text, end).unwrap_or(end);
    let after = &text[end..];
    let organ_words = if titled {
        ORGAN_BEFORE_COMMA_MAX_WORDS
    } else {
        0
    };
    sentence.split_whitespace().count() <= CONNECTIVE_MAX_WORDS
        && after.find(',').is_some_and(|at| {
            after[..at].split_whitespace().count() <= organ_words
                && !after[..at].contains('(')
                && !has_mark(text, end..end + at, CLAUSE_BREAKS)
        })
}

/// Where a parenthesis opening right after `at` (a space between) closes, just after it.
fn parenthesis_after(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let opened = rest.trim_start().strip_prefix('(')?;
    let close = opened.find(')')?;
    (!opened[..close].contains('(')).then(|| text.len() - opened.len() + close + 1)
}

/// Nouns of what someone said that "Đó là ... của" gives to its official ("Đó là yêu cầu
/// của Phó Thủ tướng ...").
const SAYING_NOUNS: &[&str] = &[
    "yêu cầu",
    "khẳng định",
    "chỉ đạo",
    "ý kiến",
    "chia sẻ",
    "nhấn mạnh",
    "phát biểu",
    "nhận định",
    "đánh giá",
    "quan điểm",
    "lời",
    "đề nghị",
    "kiến nghị",
    "mong muốn",
    "cam kết",
    "thông điệp",
    "lưu ý",
    "nhắn nhủ",
];

/// Whether the mention at `start` closes a sentence opening "Đó là <what was said> của"
/// ("Đó là yêu cầu của Phó Thủ tướng Trần Lưu Quang...", after a quotation: the official
/// said it), and whether that sentence opens the passage.
fn that_was_said_by(text: &str, start: usize, named: bool) -> Option<bool> {
    let before = text_before_mention(text, start, named)
        .strip_suffix("của")?
        .trim_end();
    let before = SAYING_NOUNS
        .iter()
        .find_map(|n| before.strip_suffix(n))?
        .trim_end();
    let head = ["Đó là", "Đây là", "đó là", "đây là"]
        .iter()
        .find_map(|f| before.strip_suffix(f))?
        .trim_end();
    let opens_passage = head.is_empty();
    (opens_passage || head.ends_with(['.', '!', '?', '”', '"', '\n'])).then_some(opens_passage)
}

/// Most words of a connective before "theo" at the opening of a sentence ("Cũng", "Tuy
/// nhiên,").
const CONNECTIVE_MAX_WORDS: usize = 2;

/// Most words of the other roles listed between a name and its title ([`appositive`]).
const APPOSITIVE_MAX_WORDS: usize = 12;

/// Whether `between` (from a name to a title after it) makes the title the name's: a dash,
/// a comma or an opening parenthesis alone ("Trần Lưu Quang - Phó Thủ tướng", "Hoàng Thu
/// Trang (Phó Giám đốc Sở Tư pháp)"), or other roles listed first, after
/// a dash or a comma, each in capitals and ended by a comma ("Hoàng Văn Em - Ủy viên Ban
/// Thường vụ Tỉnh ủy, Phó Chủ tịch UBND"; "Nguyễn Đức Dũng, Ủy viên Trung ương Đảng, Bí thư
/// Tỉnh ủy").
fn appositive(between: &str) -> bool {
    let separators = |c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ',' | '(');
    if between.chars().count() <= 4 && between.chars().all(separators) {
        return true;
    }
    let Some(roles) = between
        .trim_start()
        .strip_prefix(['-', '–', '—', ',', '('])
        .map(str::trim)
    else {
        return false;
    };
    let capitalized = roles
        .split(',')
        .map(str::trim)
        .filter(|role| !role.is_empty())
        .all(|role| role.chars().next().is_some_and(char::is_uppercase));
    capitalized
        && roles.ends_with(',')
        && !roles.contains(['.', ';', ':', '“', '"', '(', ')'])
        && roles.split_whitespace().count() <= APPOSITIVE_MAX_WORDS
}

/// Whether a quotation follows a mention after a colon: "Bộ trưởng X: “...”".
fn quoted_after(text: &str, end: usize) -> bool {
    text[end..]
        .trim_start()
        .strip_prefix(':')
        .is_some_and(|rest| rest.trim_start().starts_with(OPENING_QUOTES))
}

/// Dashes that set a quotation's author under it ("“...”" then "— Bộ trưởng X").
const ATTRIBUTION_DASHES: &[char] = &['—', '–'];

/// What follows the dash that opens `line` to sign a quotation above it ("— Bộ trưởng X"),
/// when one does.
fn signature(line: &str) -> Option<&str> {
    line.trim_start()
        .strip_prefix(ATTRIBUTION_DASHES)
        .filter(|rest| rest.starts_with(char::is_whitespace))
}

/// Whether `line` opens with the dash that signs a quotation above it ([`signature`]).
pub fn signs_a_quotation(line: &str) -> bool {
    signature(line).is_some()
}

/// Whether `text` ends with a quotation ("...”", "...”.").
pub fn ends_with_quotation(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches('.')
        .ends_with(CLOSING_QUOTES)
}

/// Whether the mention starting at `start` signs the quotation right above it: its line
/// opens with a dash before it (and a form of address: "— Ông Nguyễn Văn A"), the line
/// above ends a quotation ("“...”\n— Phó Chủ tịch UBND tỉnh X", a pull quote and its
/// author).
fn signs_the_quotation(text: &str, start: usize) -> bool {
    text[..start].rfind('\n').is_some_and(|line| {
        signature(&text[line + 1..start]).is_some_and(|rest| {
            let address = rest.trim();
            address.is_empty() || ADDRESS_FORMS.contains(&address)
        }) && ends_with_quotation(&text[..line])
    })
}

/// Marks that may open a line before its label: a dash or a bullet ("- Bộ trưởng X: ...").
fn is_line_opening_mark(c: char) -> bool {
    c.is_whitespace() || "-–—•*+".contains(c)
}

/// Labels of an interviewer's lines ("PV: Thưa Bộ trưởng, ...").
const INTERVIEWER_LABELS: &[&str] = &["pv:", "p.v:", "phóng viên:"];

/// Whether `text` holds an interviewer's line: the article is an interview.
pub fn asks_as_interviewer(text: &str) -> bool {
    (text.contains("PV") || text.contains("P.V") || text.contains("hóng viên:"))
        && text.lines().any(is_interviewer_line)
}

/// Whether `line` is an interviewer's, opening with its label ("PV: ...").
fn is_interviewer_line(line: &str) -> bool {
    let line = line.trim_start_matches(is_line_opening_mark).to_lowercase();
    INTERVIEWER_LABELS.iter().any(|l| line.starts_with(l))
}

/// Whether byte `at` of `text` stands on an interviewer's line: who it names there is asked
/// or thanked, and says nothing ("PV: Bộ trưởng có kiến nghị gì?"; in an `interview`, "Cám
/// ơn ông về những chia sẻ!").
fn on_interviewer_line(text: &str, at: usize, interview: bool) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    is_interviewer_line(&text[start..at]) || (interview && thanks_as_interviewer(&text[start..end]))
}

/// How an interviewer's closing thanks opens, folded ("Xin cảm ơn Bộ trưởng!", "Cám ơn
/// ông!", "Trân trọng cảm ơn bà!").
const THANKS_OPENINGS: &[&str] = &[
    "cam on",
    "xin cam on",
    "xin chan thanh cam on",
    "chan thanh cam on",
    "tran trong cam on",
];

/// Whether `text` is a short line of thanks, as an interview's last turn is when its
/// interviewer is not labelled ("- Xin cảm ơn Bộ trưởng!").
pub fn thanks_as_interviewer(text: &str) -> bool {
    let line = text.trim().trim_start_matches(is_line_opening_mark);
    let key = search_key(line);
    line.split_whitespace().count() <= THANKS_MAX_WORDS
        && THANKS_OPENINGS.iter().any(|t| {
            key.strip_prefix(t)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
}

/// Most words of an interviewer's closing thanks.
const THANKS_MAX_WORDS: usize = 16;

/// Whether a mention at `start..end` labels what follows, as an interview's transcript does:
/// it opens its line and a colon follows ("Bộ trưởng Phạm Thị Thanh Trà: Năm 2024, ...").
/// In an interview a form of address may open the line before a name ("Ông Nguyễn Văn A:
/// ..."); elsewhere such a line describes someone ("Ông Lê Văn C: 58 tuổi, ...").
fn labels_an_answer(text: &str, start: usize, end: usize, interview: bool) -> bool {
    // The colon first: most mentions have none after them.
    if !text[end..].trim_start().starts_with(':') {
        return false;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let opening = text[line_start..start].trim_matches(is_line_opening_mark);
    let addressed = || {
        let opening = opening.to_lowercase();
        ADDRESS_FORMS.iter().any(|a| opening == a.to_lowercase())
    };
    opening.is_empty() || (interview && addressed())
}

/// The organ written after a title ending at `end`, before what the person does ("Phó Thủ
/// tướng Chính phủ, Tổ trưởng ...", "Bộ trưởng Bộ Tư pháp yêu cầu ...").
/// `verbs` are the speech verbs of `text`, in order.
fn organ_after(text: &str, end: usize, verbs: &[(usize, usize)]) -> String {
    let verb = verbs
        .iter()
        .find(|&&(start, _)| start >= end)
        .map_or(text.len(), |&(start, _)| start);
    // What stands between the organ and the verb is not the organ ("Sở Tư pháp cũng").
    let mut stretch = text[end..verb].trim_end();
    while let Some((rest, last)) = stretch.rsplit_once(' ') {
        if !ADVERBS_BEFORE_VERB.contains(&last) {
            break;
        }
        stretch = rest.trim_end();
    }
    organ_in(stretch).to_string()
}

/// Whether the full name `name` ends with the words `end` ("Trần Văn Hiệp", "Hiệp").
fn name_ends_with(name: &str, end: &str) -> bool {
    name.strip_suffix(end)
        .is_some_and(|before| before.ends_with(' '))
}

/// Whether the title `held` is `title` or `title` extended ("Chủ tịch UBND" extends
/// "Chủ tịch"; "Phó Chủ tịch" does not).
fn title_extends(held: &str, title: &str) -> bool {
    held.strip_prefix(title)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// Marks that open a quotation...
const OPENING_QUOTES: [char; 4] = ['“', '"', '«', '‘'];
/// ...and that close one.
const CLOSING_QUOTES: &[char] = &['”', '"', '»', '’'];

/// Whether the speech verb at `start..end` only reports that someone spoke ("Thủ tướng phát
/// biểu chỉ đạo tại hội nghị", a photo's caption): a verb of [`SPEAKING_WITHOUT_CONTENT`]
/// whose sentence opens nothing said after it: no colon, quotation, "rằng" (that) or "về"
/// (about: "phát biểu về việc thực hiện Nghị quyết" tells what it was about), and no
/// quotation on the next line when its sentence runs to the line's end.
fn reports_only_the_occasion(text: &str, start: usize, end: usize) -> bool {
    let verb = text[start..end].to_lowercase();
    if !SPEAKING_WITHOUT_CONTENT.contains(&verb.as_str()) {
        return false;
    }
    let rest = &text[end..];
    let line = rest.split('\n').next().unwrap_or("");
    let sentence = &line[..line.find(['.', '!', '?', ';']).unwrap_or(line.len())];
    let opens_what_was_said = sentence.contains(':')
        || sentence.contains(OPENING_QUOTES)
        || sentence
            .split_whitespace()
            .any(|w| ["rằng", "về"].contains(&w.trim_matches(|c: char| !c.is_alphabetic())));
    let quotation_below =
        sentence.len() == line.len() && rest[line.len()..].trim_start().starts_with(OPENING_QUOTES);
    !opens_what_was_said && !quotation_below
}

/// The middle name that marks a woman's name ("Lê Thị Hồng").
const FEMALE_MIDDLE_NAME: &str = "Thị";

/// "Bà", "ông" and "đồng chí" as they open a sentence or stand inside one.
const PRONOUNS: &[&str] = &["Bà", "bà", "Ông", "ông", "Đồng chí", "đồng chí"];

/// Whether the form of address `word` names a woman ("bà": true), a man ("ông": false), or
/// says nothing of it (`None`).
fn addresses_a_woman(word: &str) -> Option<bool> {
    match word {
        "bà" | "Bà" => Some(true),
        "ông" | "Ông" => Some(false),
        _ => None,
    }
}
static PRONOUN_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(PRONOUNS));

/// Words that may stand between a subject ("ông", "bà", a title in its organ) and its
/// speech verb: "Bà cũng đề nghị...", "Phó Giám đốc Sở Tư pháp cũng cho biết...".
const ADVERBS_BEFORE_VERB: &[&str] = &[
    "cũng", "còn", "đã", "lại", "vẫn", "thì", "từng", "đều", "vừa",
];

/// "Ông", "bà" and "đồng chí" standing alone as the subject of one of the speech `verbs` ("Ông cho
/// rằng...", "Bà cũng đề nghị...", "Đồng chí nhấn mạnh: ...", "..., ông nói"): the verb follows at once or after an
/// adverb, so "bà con cho biết" (the people) and "ông bà" (grandparents) are no one; not
/// after a word that makes it an object ("của ông"), unless it is what "Theo" reports
/// ("Theo bà, nguyên nhân là..."). Each with its span and whether it addresses a woman.
fn pronouns(text: &str, verbs: &[(usize, usize)]) -> Vec<(usize, usize, Option<bool>)> {
    let mut found = Vec::new();
    for (start, end) in word_matches_in(&PRONOUN_WORDS, text) {
        let female = addresses_a_woman(&text[start..end]);
        if according_to(text, start, end, false, false) {
            found.push((start, end, female));
            continue;
        }
        if verbs.is_empty()
            || NON_SUBJECT_BEFORE.contains(&word_before(text, start).to_lowercase().as_str())
        {
            continue;
        }
        let mut at = end;
        for _ in 0..2 {
            let rest = &text[at..];
            let skipped = rest.trim_start();
            let adverb = ADVERBS_BEFORE_VERB.iter().find(|a| {
                skipped
                    .strip_prefix(**a)
                    .is_some_and(|r| r.starts_with(' '))
            });
            match adverb {
                Some(a) => at += rest.len() - skipped.len() + a.len(),
                None => break,
            }
        }
        let verb_at = at + (text[at..].len() - text[at..].trim_start().len());
        if verb_at > at && verbs.iter().any(|&(v, _)| v == verb_at) {
            found.push((start, end, female));
        }
    }
    found
}

/// How a passage stands to quotation marks (counted in one pass over its bytes).
struct Quotation {
    /// It opens with a quotation mark.
    opens_with_one: bool,
    /// It leaves a quotation open: more opening curly quotes than closing ones, or an odd
    /// count of straight ones.
    leaves_open: bool,
    /// It closes a quotation opened before it: a closing curly quote, or an odd count of
    /// straight ones.
    closes_one: bool,
}

/// Whether `text` opens with a quotation mark (a paragraph that quotes someone).
pub fn opens_with_quotation(text: &str) -> bool {
    text.trim_start().starts_with(['“', '«', '"'])
}

fn quotation(text: &str) -> Quotation {
    let (mut opened, mut closed, mut straight) = (0, 0, 0);
    let bytes = text.as_bytes();
    // “ ” are E2 80 9C/9D in UTF-8, « » C2 AB/BB.
    for (i, &b) in bytes.iter().enumerate() {
        let next = |k: usize| bytes.get(i + k).copied();
        match b {
            b'"' => straight += 1,
            0xE2 if next(1) == Some(0x80) && next(2) == Some(0x9C) => opened += 1,
            0xE2 if next(1) == Some(0x80) && next(2) == Some(0x9D) => closed += 1,
            0xC2 if next(1) == Some(0xAB) => opened += 1,
            0xC2 if next(1) == Some(0xBB) => closed += 1,
            _ => {}
        }
    }
    let straight_odd = straight % 2 == 1;
    Quotation {
        opens_with_one: opens_with_quotation(text),
        leaves_open: opened > closed || straight_odd,
        closes_one: closed > 0 || straight_odd,
    }
}

/// The title at `start..end` of `text` as statements are keyed by it, with the word before
/// it when that says it is a former one ("Nguyên Thứ trưởng": not the deputy minister in
/// office a later "Thứ trưởng" means), and where it then starts.
fn former_title(text: &str, start: usize, end: usize) -> (usize, usize, String) {
    let title = canonical_title(&text[start..end]);
    let before = word_before(text, start);
    // One space between them: the word is the title's, not a sentence's end before it.
    let touching = start > 0 && text[..start].trim_end().len() + 1 == start;
    if touching && FORMER_WORDS.contains(&before.to_lowercase().as_str()) {
        // One word for either ("cựu" is "nguyên"), so either finds the other.
        return (start - 1 - before.len(), end, format!("{FORMER} {title}"));
    }
    (start, end, title.to_string())
}

/// How a former holder's title is written: [`FORMER_WORDS`]' first, capitalized.
const FORMER: &str = "Nguyên";

/// `title`, as [`former_title`] keys it, without the word that says it is a former one.
fn without_former(title: &str) -> &str {
    title
        .strip_prefix(FORMER)
        .and_then(|held| held.strip_prefix(' '))
        .unwrap_or(title)
}

/// Words an organ may take between two titles of one person ("Bí thư Tỉnh ủy, Chủ tịch").
const CHAINED_ORGAN_MAX_WORDS: usize = 8;

/// The titles written before `title` that the same person holds, nearest first: each one
/// followed by its organ and a comma or "kiêm", then the next ("Bộ trưởng, Chủ nhiệm Văn
/// phòng Chính phủ Trần Văn Sơn", "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn",
/// "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh ..."), with no name between them (a list of
/// officials names each one).
fn chained_titles<'t>(
    text: &str,
    titles: &'t [(usize, usize, String)],
    title: &(usize, usize, String),
    names: &[(usize, usize)],
) -> Vec<&'t (usize, usize, String)> {
    let mut chain = Vec::new();
    let mut next_start = title.0;
    while let Some(held) = titles.iter().rev().find(|t| t.1 <= next_start) {
        let between = text[held.1..next_start].trim_end();
        let Some(organ) = between
            .strip_suffix(',')
            .or_else(|| between.strip_suffix("kiêm"))
        else {
            break;
        };
        let joined = organ.split_whitespace().count() <= CHAINED_ORGAN_MAX_WORDS
            && !organ.contains(CLAUSE_BREAKS)
            && !organ.contains(',')
            && !names.iter().any(|&(s, e)| s < next_start && e > held.1);
        if !joined {
            break;
        }
        chain.push(held);
        next_start = held.0;
    }
    chain
}

fn word_before(text: &str, at: usize) -> &str {
    tail(text, at, 48).split_whitespace().last().unwrap_or("")
}

impl SpeakerTracker {
    /// A tracker for an article headed `headline`: the province it opens with as its place
    /// ("Kon Tum: ...") is the one its "UBND tỉnh" serves, unless the text names another.
    pub fn for_article(headline: Option<&str>) -> Self {
        let mut tracker = Self::default();
        if let Some(h) = headline {
            tracker.province.note_headline(h);
            tracker.local.note(h);
        }
        tracker
    }

    fn person_index(
        &mut self,
        name: &str,
        title: Option<&str>,
        organ: &str,
        female: Option<bool>,
    ) -> usize {
        let key = speaker_key(name);
        let idx = match self.people.iter().position(|p| p.key == key) {
            Some(i) => i,
            None => {
                let middle_thi = name.split_whitespace().any(|w| w == FEMALE_MIDDLE_NAME);
                self.people.push(Person {
                    key,
                    name: name.to_string(),
                    title: String::new(),
                    organ: String::new(),
                    given: name.split_whitespace().last().unwrap_or("").to_string(),
                    female: female.or(middle_thi.then_some(true)),
                });
                self.people.len() - 1
            }
        };
        if let Some(t) = title {
            let person = &mut self.people[idx];
            if person.title.is_empty() {
                person.title = t.to_string();
            }
            if person.organ.is_empty() && person.title == t {
                person.organ =
                    (self.local.complete(organ)).unwrap_or_else(|| self.province.complete(organ));
            }
            self.holds_too(idx, t);
        }
        idx
    }

    /// Records that person `i` holds title `t` (the one they are known by, or one written
    /// beside it): "Bộ trưởng" alone then names them if they are its holder named last.
    fn holds_too(&mut self, i: usize, t: &str) {
        self.latest_by_title.retain(|(tt, _)| tt != t);
        self.latest_by_title.push((t.to_string(), i));
    }

    /// Mentions in `text`, in order, registering newly named people: the titles found at
    /// `title_spans` (with the organ written after them, up to the next of the speech
    /// `verbs`) and, when the text holds a form of address (`address`), the given names it
    /// introduces.
    fn mentions(
        &mut self,
        text: &str,
        title_spans: Vec<(usize, usize)>,
        head_spans: &[(usize, usize)],
        verbs: &[(usize, usize)],
        address: bool,
    ) -> Vec<(usize, usize, Mention)> {
        let titles: Vec<(usize, usize, String)> = title_spans
            .into_iter()
            .map(|(s, e)| former_title(text, s, e))
            .collect();
        let mut out = Vec::new();
        let mut covered: Vec<(usize, usize)> = Vec::new();
        let names = find_names(text, verbs);
        for &(name_start, name_end) in &names {
            // "thành phố Hồ Chí Minh", "tỉnh Hà Giang", "đường Lê Lợi" are places. After "tỉnh",
            // an unknown run is a person ("Chủ tịch UBND tỉnh Hoàng Nam").
            if is_place(text, name_start, &text[name_start..name_end]) {
                continue;
            }
            // A title within a short stretch before the name ("Thủ tướng Chính phủ Phạm Minh
            // Chính"), or right after it ("Trần Lưu Quang - Phó Thủ tướng").
            // What stands in parentheses (the ministry of a department) is not counted.
            let before = titles
                .iter()
                .rev()
                .find_map(|title| {
                    let e = title.1;
                    if e > name_start || has_mark(text, e..name_start, &['.', ';']) {
                        return None;
                    }
                    let between = outside_parentheses(&text[e..name_start]);
                    (between.len() <= 90).then_some((title, between))
                })
                .filter(|(_, between)| between.split_whitespace().count() <= 10)
                .map(|(title, _)| title);
            let after = titles
                .iter()
                .find(|(s, _, _)| *s >= name_end && appositive(&text[name_end..*s]));
            let address = ADDRESS_FORMS.iter().any(|a| {
                word_before(text, name_start) == *a || text[..name_start].trim_end().ends_with(a)
            });
            let female = addresses_a_woman(word_before(text, name_start));
            let title = before.or(after).map(|t| t.2.clone());
            if title.is_none() && !address {
                continue;
            }
            // The organ: between the title and the name ("Bộ trưởng Bộ Tư pháp Nguyễn Hải
            // Ninh"), or after a title in apposition, before what the person does ("Trần Lưu
            // Quang - Phó Thủ tướng Chính phủ, Tổ trưởng ...").
            let organ = match (before, after) {
                (Some(b), _) => organ_in(&outside_parentheses(&text[b.1..name_start])).to_string(),
                (None, Some(a)) => organ_after(text, a.1, verbs),
                (None, None) => String::new(),
            };
            let idx = self.person_index(
                &text[name_start..name_end],
                title.as_deref(),
                &organ,
                female,
            );
            // The titles the same person holds, written before the one next to the name.
            let chained = before.map_or(Vec::new(), |b| chained_titles(text, &titles, b, &names));
            for held in &chained {
                self.holds_too(idx, &held.2);
            }
            let start = chained
                .last()
                .copied()
                .or(before)
                .map_or(name_start, |b| b.0);
            covered.push((start, name_end));
            if let Some(a) = after {
                covered.push((a.0, a.1));
            }
            out.push((start, name_end, Mention::Named(idx)));
        }
        for (s, e, t) in titles {
            if covered.iter().any(|(cs, ce)| s >= *cs && e <= *ce) {
                continue;
            }
            if NON_SUBJECT_BEFORE.contains(&word_before(text, s).to_lowercase().as_str())
                && !according_to(text, s, e, false, true)
            {
                continue;
            }
            let organ = organ_after(text, e, verbs);
            out.push((s, e, Mention::Title(t, organ)));
        }
        for &(s, e) in head_spans {
            let rest = text[e..].trim_start();
            let field = HEAD_OF_FIELD_WORDS
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .map_or(0, |after| rest.len() - after.len());
            let from = text.len() - rest.len() + field;
            let organ = organ_after(text, from, verbs);
            // The mention runs to the organ's end ("Theo người đứng đầu ngành Nội vụ, ...").
            if let Some(at) = text[from..].find(&organ).filter(|_| !organ.is_empty()) {
                out.push((s, from + at + organ.len(), Mention::Head(organ)));
            }
        }
        if address {
            for (s, e, female) in pronouns(text, verbs) {
                if !covered.iter().any(|(cs, ce)| s >= *cs && e <= *ce) {
                    out.push((s, e, Mention::Pronoun(female)));
                }
            }
        }
        // The pattern starts from a form of address: without one it is not run.
        let addresses = if address {
            word_matches(&ADDRESS, text)
        } else {
            Vec::new()
        };
        for (_, end) in addresses {
            // The given name is the last word of "ông Chinh".
            let given = text[..end].split_whitespace().last().unwrap_or("");
            let start = end - given.len();
            if covered.iter().any(|(cs, ce)| start >= *cs && end <= *ce) {
                continue;
            }
            let female = addresses_a_woman(word_before(text, start));
            out.push((start, end, Mention::Given(given.to_string(), female)));
        }
        out.sort_by_key(|m| m.0);
        out
    }

    fn resolve(&self, mention: &Mention) -> Option<usize> {
        match mention {
            Mention::Named(i) => Some(*i),
            Mention::Title(t, organ) => {
                // "Chủ tịch Hiệp", "Bộ trưởng Thanh Trà": what follows the title is the end
                // of the name of someone holding it (or a title it extends, "Chủ tịch UBND").
                let named = (!organ.is_empty())
                    .then(|| {
                        self.people.iter().rposition(|p| {
                            name_ends_with(&p.name, organ) && title_extends(&p.title, t)
                        })
                    })
                    .flatten();
                // "Đại biểu" alone is any delegate: only "Đại biểu Hà" names one.
                if named.is_some() || NAMED_ONLY_TITLES.contains(&t.as_str()) {
                    return named;
                }
                let in_organ = (!organ.is_empty())
                    .then(|| {
                        self.people
                            .iter()
                            .rposition(|p| p.title == *t && same_organ(&p.organ, organ))
                    })
                    .flatten();
                // Else the holder named last, unless named holding it in another organ; with
                // no holder named, one who held it ("nguyên Thứ trưởng ...", then "Thứ
                // trưởng" for short).
                let holder = |held: &dyn Fn(&str) -> bool| {
                    self.latest_by_title
                        .iter()
                        .rev()
                        .find(|(tt, _)| held(tt))
                        .map(|(_, i)| *i)
                        .filter(|&i| organ.is_empty() || self.people[i].organ.is_empty())
                };
                // "Chủ tịch" alone is the "Chủ tịch UBND" named last.
                in_organ
                    .or_else(|| holder(&|tt| title_extends(tt, t)))
                    .or_else(|| holder(&|tt| title_extends(without_former(tt), t)))
            }
            // "ông Trà" is not the woman named Phạm Thị Thanh Trà.
            Mention::Given(g, female) => self.people.iter().rposition(|p| {
                p.given == *g && !matches!((p.female, female), (Some(a), Some(b)) if a != *b)
            }),
            Mention::Head(organ) => self
                .people
                .iter()
                .rposition(|p| !p.title.starts_with(DEPUTY) && same_organ(&p.organ, organ)),
            Mention::Pronoun(None) => self.last_subject.or(self.people.len().checked_sub(1)),
            Mention::Pronoun(female) => {
                // Someone known to be so called first, then someone not known otherwise; the
                // last speaker or subject before the last person named.
                [*female, None].into_iter().find_map(|fits| {
                    let fits = |i: &usize| self.people[*i].female == fits;
                    self.last_subject
                        .filter(fits)
                        .or_else(|| (0..self.people.len()).rev().find(fits))
                })
            }
        }
    }

    /// Records person `i` as a speaker of the passage (`speakers`, each once) and as the
    /// article's last speaker.
    fn heard(&mut self, speakers: &mut Vec<usize>, i: usize) {
        if !speakers.contains(&i) {
            speakers.push(i);
        }
        self.last_subject = Some(i);
    }

    /// The people who speak in `text`, the next passage of the article, in order.
    pub fn speakers_in(&mut self, text: &str) -> Vec<Speaker> {
        // An organ's acronym written with points ("Chủ tịch U.B.N.D huyện") reads as written
        // without them.
        let undotted = crate::analysis::analyzer::without_dotted_initials(text);
        let text = undotted.as_ref();
        self.said_before = None;
        self.province.note(text);
        self.local.note(text);
        // Text without a title or a form of address names no one; text without a speech verb
        // quotes no one (but may name someone a later passage refers to).
        let asks = asks_as_interviewer(text);
        if asks {
            self.interview = true;
        }
        let asks = asks || (self.interview && thanks_as_interviewer(text));
        // An answer goes on through paragraphs that name no one, up to the interviewer's next
        // line (or closing thanks) or a question asked without a label.
        let answer_on = self
            .answering
            .take()
            .filter(|_| !asks && !text.trim_end().ends_with('?'));
        // A quotation a passage before opened goes on here, said by the same person: up to
        // the passage that closes it, through passages that open with a quotation mark (as a
        // quotation of several paragraphs is printed). A passage with neither ends it: its
        // closing mark was lost, and what follows is not the quotation.
        let open_before = self.open_quotation.take();
        let marks = open_before.map(|_| quotation(text));
        let quoted_on = open_before.filter(|_| {
            marks
                .as_ref()
                .is_some_and(|m| m.closes_one || m.opens_with_one)
        });
        // What a passage ending "X nhấn mạnh ...:" introduced is said here: the passage right
        // after it, and the items of an enumeration after that ("Một là, ...", "Hai là, ...").
        let introduced_on = match self.introduced.take() {
            Some((i, false)) => {
                self.introduced = opens_an_item(text).then_some((i, true));
                Some(i)
            }
            Some((i, true)) if opens_an_item(text) => {
                self.introduced = Some((i, true));
                Some(i)
            }
            _ => None,
        };
        let title_spans = title_spans_in(text);
        let address = ADDRESS_WORDS.is_match(text);
        let head_spans = if self.people.is_empty() {
            Vec::new()
        } else {
            word_matches_in(&HEAD_OF_WORDS, text)
        };
        if title_spans.is_empty() && !address && head_spans.is_empty() && quoted_on.is_none() {
            self.answering = answer_on;
            return introduced_on
                .or(answer_on)
                .map(|i| self.speaker(i))
                .into_iter()
                .collect();
        }
        let verbs = speech_verbs(text);
        let mentions = self.mentions(text, title_spans, &head_spans, &verbs, address);
        let mut speakers: Vec<usize> = quoted_on.into_iter().collect();
        if let Some(i) = introduced_on.filter(|i| !speakers.contains(i)) {
            speakers.push(i);
        }
        // Where the last statement of the passage was attributed.
        let mut heard_at = 0;
        for (start, end, mention) in &mentions {
            // A form of address may stand before a full name or a given name ("Theo ông
            // Sơn, ...").
            let named = matches!(mention, Mention::Named(_) | Mention::Given(..));
            let said_it = that_was_said_by(text, *start, named);
            let titled = matches!(mention, Mention::Title(..));
            let answers = labels_an_answer(text, *start, *end, self.interview);
            if according_to(text, *start, *end, named, titled)
                || said_it.is_some()
                || quoted_after(text, *end)
                || answers
                || signs_the_quotation(text, *start)
            {
                if let Some(i) = self.resolve(mention) {
                    self.heard(&mut speakers, i);
                    heard_at = *end;
                    if said_it == Some(true) {
                        self.said_before = Some(i);
                    }
                    if answers && self.interview {
                        self.answering = Some(i);
                    }
                }
            }
        }
        let mut last: Option<usize> = None;
        let mut clause_of_last = usize::MAX;
        let mut last_verb_at = 0;
        // Verbs side by side ("phát biểu chỉ đạo") are one report: the first says whether
        // it tells what was said.
        let mut previous_end: Option<usize> = None;
        let mut occasion_only = false;
        for &(verb_start, verb_end) in &verbs {
            let joined = previous_end.is_some_and(|e| text[e..verb_start].trim().is_empty());
            if !joined {
                occasion_only = reports_only_the_occasion(text, verb_start, verb_end);
            }
            previous_end = Some(verb_end);
            let before = word_before(text, verb_start).to_lowercase();
            // After "và" a speech verb is most often a noun ("kiểm tra và đánh giá"), but for
            // a second predicate of the one opening the clause ("X chủ trì hội nghị và phát
            // biểu").
            let after_and = before == AND;
            if (NOT_A_STATEMENT_BEFORE.contains(&before.as_str()) && !after_and)
                || (asks && on_interviewer_line(text, verb_start, self.interview))
            {
                continue;
            }
            let start = clause_start(text, verb_start);
            // The subject: where it is named, and who it is.
            let subject_at = mentions
                .iter()
                .filter(|(s, e, _)| *s >= start && *e <= verb_start)
                .find_map(|(s, e, m)| self.resolve(m).map(|i| (*s, *e, i)));
            if after_and
                && !subject_at.is_some_and(|(s, e, _)| {
                    opens_its_sentence(text, s) && second_predicate(&text[e..verb_start])
                })
            {
                continue;
            }
            let subject = subject_at.map(|(_, _, i)| i);
            // "Kết luận hội nghị, đồng chí X giao ...": a speech verb opening its sentence
            // is said by the subject after its comma, whatever that subject does next.
            let fronted = (subject.is_none() && text[start..verb_start].trim().is_empty())
                .then(|| fronted_subject(text, verb_end, &mentions))
                .flatten()
                .and_then(|m| self.resolve(m));
            if let Some(i) = fronted {
                self.heard(&mut speakers, i);
                heard_at = verb_end;
            }
            let who = match subject.or(fronted) {
                Some(i) => Some(i),
                // "Đồng thời đề nghị...": a sentence without a subject continues the last
                // speaker of this passage.
                None if clause_of_last != start
                    && last.is_some()
                    && !mentions
                        .iter()
                        .any(|(s, e, _)| *s >= start && *e <= verb_start) =>
                {
                    last
                }
                None => None,
            };
            if let Some(i) = who {
                // Who only spoke somewhere is known from here on, and may go on to say
                // something ("..., đề nghị"), but said nothing yet.
                if !occasion_only {
                    self.heard(&mut speakers, i);
                    heard_at = verb_end;
                }
                last = Some(i);
                clause_of_last = start;
                last_verb_at = verb_start;
            }
        }
        // The paragraph after an introduction, no item, with a speaker of its own, is that
        // speaker's: what was introduced ended above it.
        if let Some(i) = introduced_on.filter(|_| !opens_an_item(text)) {
            if speakers.iter().any(|&s| s != i && Some(s) != quoted_on) {
                speakers.retain(|&s| s != i);
            }
        }
        // A passage whose last sentence has its speaker say something and stops at a colon
        // introduces the passages after it.
        let body = text.trim_end();
        if let Some(i) = last.filter(|_| body.ends_with(':')) {
            // The last sentence end: a mark and a space ("2.000" ends nothing).
            let last_sentence = body
                .rmatch_indices(['.', '!', '?', '…'])
                .find(|(at, mark)| body[at + mark.len()..].starts_with(char::is_whitespace))
                .map_or(0, |(at, _)| at + 1);
            if last_verb_at >= last_sentence {
                self.introduced = Some((i, false));
            }
        }
        // An answer going on, in a passage where no one speaks: it may name others ("Chúng
        // tôi đã làm việc với Chủ tịch UBND các tỉnh ..."), not the one answering (who does not
        // name themselves: "Báo cáo của Bộ trưởng Phạm Thị Thanh Trà" is the paper's text).
        let names_the_answerer =
            |i: usize| mentions.iter().any(|(_, _, m)| self.resolve(m) == Some(i));
        if let Some(i) = answer_on.filter(|&i| speakers.is_empty() && !names_the_answerer(i)) {
            speakers.push(i);
            self.answering = Some(i);
        }
        // Only a passage with a speaker can leave a quotation open for the next one.
        let marks = marks.or_else(|| (!speakers.is_empty()).then(|| quotation(text)));
        self.open_quotation = match (quoted_on, marks) {
            (Some(i), Some(m)) if !m.closes_one => Some(i),
            (None, Some(m)) if m.leaves_open => speakers.last().copied(),
            _ => None,
        };
        // Someone named opening a sentence after the last statement is the subject of what
        // the article goes on to tell: a form of address alone means them from here on.
        let subject = mentions
            .iter()
            .rev()
            .filter(|(s, _, m)| {
                matches!(m, Mention::Named(_)) && *s >= heard_at && opens_its_sentence(text, *s)
            })
            .find_map(|(_, _, m)| self.resolve(m));
        if subject.is_some() {
            self.last_subject = subject;
        }
        speakers.into_iter().map(|i| self.speaker(i)).collect()
    }

    /// Who the passage last read ([`Self::speakers_in`]) says said the passage before it,
    /// opening with "Đó là <what was said> của <official>": a quotation standing alone
    /// above it is theirs.
    pub fn said_the_passage_before(&self) -> Option<Speaker> {
        self.said_before.map(|i| self.speaker(i))
    }

    fn speaker(&self, i: usize) -> Speaker {
        Speaker {
            name: self.people[i].name.clone(),
            title: self.people[i].title.clone(),
            organ: self.people[i].organ.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The organs of the speakers of an article headed `headline`, passage by passage.
    fn organ_of(headline: Option<&str>, passages: &[&str]) -> Vec<String> {
        let mut t = SpeakerTracker::for_article(headline);
        let mut organs = Vec::new();
        for p in passages {
            organs.extend(t.speakers_in(p).into_iter().map(|s| s.organ));
        }
        organs
    }

    #[test]
    fn a_province_s_organ_without_its_name_is_the_province_the_article_names() {
        let said = "Phó Chủ tịch UBND tỉnh Nguyễn Văn Mười nhấn mạnh cần rút ngắn thời gian.";
        assert_eq!(
            organ_of(None, &["UBND tỉnh Tây Ninh họp phiên thường kỳ.", said]),
            ["UBND tỉnh Tây Ninh"]
        );
        assert_eq!(
            organ_of(Some("Tây Ninh: Họp phiên thường kỳ"), &[said]),
            ["UBND tỉnh Tây Ninh"]
        );
        // Two provinces: "UBND tỉnh" could be either's.
        assert_eq!(
            organ_of(
                None,
                &["Tỉnh Tây Ninh và tỉnh Long An ký kết hợp tác.", said]
            ),
            ["UBND tỉnh"]
        );
        // Named so, the province's chair is who "Chủ tịch UBND tỉnh" means later on.
        let mut t = SpeakerTracker::for_article(Some("Tây Ninh: Họp phiên thường kỳ"));
        t.speakers_in("Chủ tịch UBND tỉnh Nguyễn Thanh Ngọc chủ trì phiên họp.");
        let later = t.speakers_in("Chủ tịch UBND tỉnh yêu cầu các sở báo cáo trước ngày 15.");
        assert_eq!(later[0].name, "Nguyễn Thanh Ngọc");
        assert_eq!(later[0].organ, "tỉnh Tây Ninh");
        // Another unit, or a province's organ with its name, stays as written.
        assert_eq!(
            organ_of(
                Some("Tây Ninh: Họp phiên thường kỳ"),
                &["Phó Chủ tịch UBND huyện Nguyễn Văn Mười nhấn mạnh cần rút ngắn thời gian."]
            ),
            ["UBND huyện"]
        );
    }

    #[test]
    fn an_abbreviated_unit_s_organ_is_the_place_the_article_names() {
        let said =
            "Theo Phó Chủ tịch UBND TP Hồ Kỳ Minh, mô hình giúp người dân làm thủ tục nhanh.";
        assert_eq!(
            organ_of(
                None,
                &["UBND TP Đà Nẵng ban hành quyết định thí điểm.", said]
            ),
            ["UBND TP Đà Nẵng"]
        );
        assert_eq!(
            organ_of(
                None,
                &["Thành phố Đà Nẵng ban hành quyết định thí điểm.", said]
            ),
            ["UBND TP Đà Nẵng"]
        );
        assert_eq!(
            organ_of(
                None,
                &[
                    "Người dân TP.Huế làm thủ tục trực tuyến.",
                    "Ông Lê Văn An, Chủ tịch UBND TP cho biết sẽ mở rộng mô hình."
                ]
            ),
            ["TP Huế"]
        );
        assert_eq!(
            organ_of(
                None,
                &[
                    "UBND TX. Ba Đồn tổ chức hội nghị.",
                    "Ông Lê Văn An, Chủ tịch UBND TX cho biết sẽ mở rộng mô hình."
                ]
            ),
            ["TX Ba Đồn"]
        );
        // A department's letters are its own ("Sở TP", Sở Tư pháp), and two cities are
        // either's.
        assert_eq!(
            organ_of(
                None,
                &[
                    "UBND TP Đà Nẵng ban hành quyết định thí điểm.",
                    "Ông Lê Văn An, Giám đốc Sở TP cho biết sẽ mở rộng mô hình."
                ]
            ),
            ["Sở TP"]
        );
        assert_eq!(
            organ_of(None, &["TP Đà Nẵng và TP Huế ký kết hợp tác.", said]),
            ["UBND TP"]
        );
    }

    #[test]
    fn a_district_s_organ_without_its_name_is_the_district_the_article_names() {
        let mut t = SpeakerTracker::for_article(None);
        t.speakers_in("Sáng 10/10, UBND huyện Bảo Lâm tổ chức hội nghị giao ban.");
        t.speakers_in("Đ/c Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện chủ trì hội nghị.");
        let said = t.speakers_in(
            "Phát biểu kết luận, đ/c Nguyễn Văn Hùng yêu cầu các cơ quan rà soát thủ tục.",
        );
        assert_eq!(said[0].organ, "UBND huyện Bảo Lâm", "{said:?}");
        assert_eq!(
            organ_of(
                None,
                &[
                    "Thị xã Sơn Tây ra mắt bộ phận một cửa hiện đại.",
                    "Đ/c Lê Văn An, Phó Chủ tịch UBND thị xã chủ trì buổi lễ.",
                    "Đ/c Lê Văn An yêu cầu cán bộ một cửa phục vụ tận tình.",
                ]
            ),
            ["UBND thị xã Sơn Tây"]
        );
        // A name after the unit that may be the official's: no place read from it.
        assert_eq!(
            organ_of(
                None,
                &[
                    "Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh đối thoại với doanh nghiệp.",
                    "Đ/c Lê Văn An, Phó Chủ tịch UBND thành phố chủ trì buổi lễ.",
                    "Đ/c Lê Văn An yêu cầu cán bộ một cửa phục vụ tận tình.",
                ]
            ),
            ["UBND thành phố chủ trì buổi lễ."]
        );
        // Two districts: "UBND huyện" could be either's; a town is no district.
        assert_eq!(
            organ_of(
                None,
                &[
                    "Huyện Bảo Lâm và huyện Bảo Lạc ký kết hợp tác.",
                    "Phó Chủ tịch UBND huyện Nguyễn Văn Mười nhấn mạnh cần rút ngắn thời gian."
                ]
            ),
            ["UBND huyện"]
        );
        assert_eq!(
            organ_of(
                None,
                &[
                    "Thị xã Sơn Tây tổ chức hội nghị.",
                    "Phó Chủ tịch UBND huyện Nguyễn Văn Mười nhấn mạnh cần rút ngắn thời gian."
                ]
            ),
            ["UBND huyện"]
        );
    }

    fn run(passages: &[&str]) -> Vec<Vec<String>> {
        let mut t = SpeakerTracker::default();
        passages
            .iter()
            .map(|p| {
                t.speakers_in(p)
                    .into_iter()
                    .map(|s| format!("{} ({})", s.name, s.title))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn title_only_follow_up_resolves_to_the_named_person() {
        let got = run(&[
            "Đ/c Phạm Minh Chính - Thủ tướng Chính phủ chủ trì Phiên họp.",
            "Thủ tướng Chính phủ đề nghị các bộ, ngành tiếp tục đẩy mạnh cải cách.",
        ]);
        assert_eq!(got[0], Vec::<String>::new());
        assert_eq!(got[1], vec!["Phạm Minh Chính (Thủ tướng)"]);
    }

    #[test]
    fn the_head_of_an_organ_is_its_holder_named_before_not_a_deputy() {
        let got = run(&[
            "Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị.",
            "Phó Thủ tướng Chính phủ Trần Lưu Quang báo cáo tại hội nghị.",
            "Người đứng đầu Chính phủ yêu cầu các bộ hoàn thành cơ sở dữ liệu.",
            "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà dự họp.",
            "Theo người đứng đầu ngành Nội vụ, việc sắp xếp phải xong trong quý IV.",
            // No one of the organ named: no one.
            "Người đứng đầu Bộ Tài chính cho biết ngân sách đã bố trí đủ.",
        ]);
        assert_eq!(got[2], vec!["Phạm Minh Chính (Thủ tướng)"]);
        assert_eq!(got[4], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert_eq!(got[5], Vec::<String>::new());
    }

    #[test]
    fn ong_and_ba_alone_before_a_speech_verb_are_the_last_speaker_so_called() {
        let got = run(&[
            "Bí thư Tỉnh ủy Nguyễn Văn Tùng nhấn mạnh yêu cầu sắp xếp bộ máy.",
            "Ông cho rằng việc tinh gọn phải đi đôi với chất lượng cán bộ.",
            "Bà Lê Thị Hồng, Giám đốc Sở Nội vụ, cho biết đã rà soát. Bà cũng đề nghị bố trí biên chế.",
            "Bà con trong xã cho biết thủ tục nay nhanh hơn. Ông bà cụ nói vui.",
            "Theo ông, việc này cần làm sớm; ông cũng nhấn mạnh vai trò người đứng đầu.",
        ]);
        assert_eq!(got[1], vec!["Nguyễn Văn Tùng (Bí thư)"]);
        assert_eq!(got[2], vec!["Lê Thị Hồng (Giám đốc)"]);
        assert_eq!(
            got[3],
            Vec::<String>::new(),
            "the people, grandparents: no one"
        );
        assert_eq!(got[4], vec!["Nguyễn Văn Tùng (Bí thư)"]);
    }

    #[test]
    fn a_form_of_address_alone_means_the_subject_named_after_the_last_speaker() {
        let got = run(&[
            "Bí thư Tỉnh ủy Nguyễn Văn Tùng nhấn mạnh yêu cầu sắp xếp bộ máy.",
            "Sáng 14/7, Phó Chủ tịch UBND tỉnh Trần Thị Mai chủ trì phiên thảo luận về dịch vụ công.",
            "Đồng chí đề nghị các huyện đưa hồ sơ lên cổng dịch vụ công.",
            // Named, but not the subject of the sentence: no one a pronoun means.
            "Hội nghị có sự tham dự của Giám đốc Sở Nội vụ Lê Văn Bình.",
            "Đồng chí yêu cầu hoàn thành trước tháng 10.",
            // A subject before the statement of another: the speaker is who it means.
            "Chủ tịch UBND tỉnh Hồ Văn Niên dự họp. Ông Lê Văn Bình cho biết sở đã rà soát.",
            "Ông cũng đề nghị bổ sung biên chế.",
        ]);
        assert_eq!(got[2], vec!["Trần Thị Mai (Phó Chủ tịch)"]);
        assert_eq!(got[4], vec!["Trần Thị Mai (Phó Chủ tịch)"]);
        assert_eq!(got[6], vec!["Lê Văn Bình (Giám đốc)"]);
    }

    #[test]
    fn dong_chi_alone_before_a_speech_verb_is_the_last_speaker_whoever_it_is() {
        let got = run(&[
            "Phó Bí thư Thường trực Tỉnh ủy Lê Thị Thu Hà chủ trì hội nghị và kết luận.",
            "Đồng chí đề nghị các sở rà soát lại quy trình nội bộ.",
            "Các đồng chí cho biết đã hoàn thành việc số hóa hồ sơ.",
            "Hội nghị cũng nghe báo cáo; đồng chí nhấn mạnh: phải xong trong quý III.",
        ]);
        assert_eq!(got[1], vec!["Lê Thị Thu Hà (Phó Bí thư)"]);
        assert_eq!(got[2], Vec::<String>::new(), "many comrades: no one");
        assert_eq!(got[3], vec!["Lê Thị Thu Hà (Phó Bí thư)"]);
    }

    #[test]
    fn a_speech_verb_opening_its_sentence_is_said_by_the_subject_after_its_comma() {
        let got = run(&[
            "Giám đốc Sở Tư pháp Lê Văn Hòa dự hội nghị cùng Phó Giám đốc Sở Nội vụ Nguyễn Thị Mai.",
            "Kết luận hội nghị, ông Lê Văn Hòa giao các phòng hoàn thành số hóa hồ sơ.",
            "Trả lời câu hỏi về hồ sơ trễ hạn, bà Mai thẳng thắn: nguyên nhân là thiếu người.",
            // A comma inside the verb's clause, and no one after it.
            "Chỉ đạo các xã, huyện rà soát hồ sơ.",
        ]);
        assert_eq!(got[1], vec!["Lê Văn Hòa (Giám đốc)"]);
        assert_eq!(got[2].len(), 1, "{:?}", got[2]);
        assert!(got[2][0].starts_with("Nguyễn Thị Mai"), "{:?}", got[2]);
        assert_eq!(got[3], Vec::<String>::new());
    }

    #[test]
    fn the_point_of_an_abbreviation_parts_no_title_from_its_name() {
        let got = run(&[
            "Chủ tịch UBND TP. Hà Nội Trần Sỹ Thanh cho biết sẽ giảm thủ tục.",
            "Giám đốc Sở Nội vụ TP.HCM Võ Ngọc Quốc Thuận cho biết sẽ sắp xếp bộ máy.",
            "Thứ trưởng Bộ Tư pháp, TS. Nguyễn Thanh Tịnh cho biết dự thảo đã xong.",
            "Giám đốc Học viện, GS.TS Nguyễn Đăng Thành nhấn mạnh các kiến nghị.",
            "Theo Chủ tịch UBND TP. Hà Nội, năm nay thành phố cắt giảm 30% thời gian.",
            // A sentence's point still parts them, after an acronym too.
            "Phó Chủ tịch UBND huyện đã ký. Ông Lê Văn Bình cho biết sẽ triển khai.",
            "Thủ tướng Phạm Minh Chính dự phiên họp của BCĐ. Ông Lê Văn Bình cho biết sẽ triển khai.",
        ]);
        assert_eq!(got[0], vec!["Trần Sỹ Thanh (Chủ tịch UBND)"]);
        assert_eq!(got[1], vec!["Võ Ngọc Quốc Thuận (Giám đốc)"]);
        assert_eq!(got[2], vec!["Nguyễn Thanh Tịnh (Thứ trưởng)"]);
        assert_eq!(got[3], vec!["Nguyễn Đăng Thành (Giám đốc)"]);
        assert_eq!(got[4], vec!["Trần Sỹ Thanh (Chủ tịch UBND)"]);
        assert_eq!(got[5], vec!["Lê Văn Bình ()"]);
        assert_eq!(got[6], vec!["Lê Văn Bình ()"]);
    }

    #[test]
    fn according_to_a_name_with_its_title_in_parentheses() {
        let got = run(&[
            "Theo ông Lê Văn Tâm (Giám đốc Sở Nội vụ), toàn tỉnh đã giảm 12 đơn vị.",
            "Theo số liệu (quý I), toàn tỉnh đã giảm 12 đơn vị.",
        ]);
        assert_eq!(got[0], vec!["Lê Văn Tâm (Giám đốc)"]);
        assert!(got[1].is_empty(), "{:?}", got[1]);
    }

    #[test]
    fn a_title_after_an_en_or_em_dash_is_the_name_s() {
        let got = run(&[
            "Ông Nguyễn Văn Hải – Chánh Văn phòng UBND tỉnh – cho biết hệ thống đã kết nối.",
            "Bà Lê Thị Thu — Phó Giám đốc Sở Tư pháp cho biết hồ sơ đã số hóa.",
        ]);
        assert_eq!(got[0], vec!["Nguyễn Văn Hải (Chánh Văn phòng)"]);
        assert_eq!(got[1], vec!["Lê Thị Thu (Phó Giám đốc)"]);
    }

    #[test]
    fn according_to_a_title_with_its_organ_or_a_shorter_title() {
        let got = run(&[
            "Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái chủ trì hội nghị.",
            "Theo Chủ tịch UBND tỉnh, năm nay tỉnh cắt giảm 30% thời gian.",
            "Theo lời Chủ tịch, năm sau sẽ cắt giảm tiếp.",
            "Theo bà con trong xã, thủ tục nay nhanh hơn.",
        ]);
        assert_eq!(got[1], vec!["Trần Hồng Thái (Chủ tịch UBND)"]);
        assert_eq!(got[2], vec!["Trần Hồng Thái (Chủ tịch UBND)"]);
        assert_eq!(got[3], Vec::<String>::new(), "the people");
    }

    #[test]
    fn names_of_the_peoples_of_the_mountains_and_highlands() {
        let names = |text: &str| -> Vec<String> {
            find_names(text, &speech_verbs(text))
                .into_iter()
                .map(|(s, e)| text[s..e].to_string())
                .collect()
        };
        assert_eq!(
            names("Chủ tịch UBND huyện Krông Pắc Y Sinh Niê làm việc."),
            ["Y Sinh Niê"]
        );
        assert_eq!(
            names("Bí thư Huyện ủy Giàng Seo Phử dự họp."),
            ["Giàng Seo Phử"]
        );
        assert_eq!(
            names("Phó Chủ tịch Ksor Phước Hà phát biểu."),
            ["Ksor Phước Hà"]
        );
        assert_eq!(names("Phó Chủ tịch H’Yim Kđoh phát biểu."), ["H’Yim Kđoh"]);
        // "A" or "Y" and one word, standing as a name does (a run of its own, or before a
        // speech verb or a comma); not a term ("Y Dược") nor part of an organ ("Khu A
        // Bệnh viện"); "A" opens no longer name ("huyện A Lưới" is a place).
        assert_eq!(names("Phó Chủ tịch UBND tỉnh A Pớt chủ trì."), ["A Pớt"]);
        assert_eq!(names("Đồng chí Y Ngọc, Phó Chủ tịch tỉnh."), ["Y Ngọc"]);
        assert_eq!(names("Giám đốc Sở Kon Tum A Sanh cho biết."), ["A Sanh"]);
        assert!(names("Giám đốc Khu A Bệnh viện tỉnh cho biết.").is_empty());
        assert!(names("Hiệu trưởng Đại học Y Dược cho biết.").is_empty());
        assert_eq!(
            names("Chủ tịch huyện A Lưới Lê Văn Hùng cho biết."),
            ["Lê Văn Hùng"]
        );
        assert_eq!(
            names("Tổ trưởng Tổ A Nguyễn Văn Bình cho biết."),
            ["Nguyễn Văn Bình"]
        );
        // A prefix with one word after it, or a place ("Hà Nội" itself is left to the
        // place rules): no name opened by the prefix.
        assert!(names("Trường Đại học Y Dược cho biết.").is_empty());
        assert_eq!(names("Sinh viên Đại học Y Hà Nội cho biết."), ["Hà Nội"]);
    }

    #[test]
    fn a_quotation_over_several_passages_is_its_speaker_s_to_the_end() {
        let got = run(&[
            "Thứ trưởng Nguyễn Duy Thăng chia sẻ: “Chúng tôi đã trình dự thảo nghị định.",
            "“Dự kiến nghị định sẽ được ban hành trong quý III.",
            "Các địa phương cần chuẩn bị ngay từ bây giờ.”",
            "Hội nghị kết thúc lúc 17 giờ cùng ngày.",
            "Người dân phản ánh: “Thủ tục nay nhanh hơn.",
            "Chúng tôi không phải đi lại nhiều lần.”",
        ]);
        assert_eq!(got[1], vec!["Nguyễn Duy Thăng (Thứ trưởng)"]);
        assert_eq!(got[2], vec!["Nguyễn Duy Thăng (Thứ trưởng)"]);
        assert_eq!(got[3], Vec::<String>::new(), "the quotation closed");
        assert_eq!(got[5], Vec::<String>::new(), "no official opened it");
        // A closing mark lost: the quotation ends where a passage neither goes on with a
        // quotation mark nor closes one.
        let got = run(&[
            "Bộ trưởng Phạm Thị Thanh Trà nhấn mạnh: \"Phải hoàn thành trong năm nay.",
            "Hội nghị kết thúc lúc 17 giờ cùng ngày.",
            "Các đại biểu thống nhất lộ trình.\"",
        ]);
        assert_eq!(got[1], Vec::<String>::new());
        assert_eq!(got[2], Vec::<String>::new());
    }

    #[test]
    fn what_a_speaker_introduces_with_a_colon_is_theirs_item_by_item() {
        let got = run(&[
            "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà nhấn mạnh ba nhiệm vụ trọng tâm năm 2025:",
            "Một là, hoàn thành sắp xếp tổ chức bộ máy theo lộ trình.",
            "Hai là, đổi mới tuyển dụng công chức.",
            "Hội nghị kết thúc lúc 17 giờ.",
            "Thứ ba, các đại biểu thảo luận sôi nổi.",
            "Năm 2024, Bộ đã ban hành 2.000 văn bản như sau:",
            "Các văn bản đều đăng trên cổng thông tin.",
            "Bộ trưởng Phạm Thị Thanh Trà yêu cầu:",
            "Thứ trưởng Vũ Đăng Minh cho biết Bộ đã chuẩn bị đủ nhân sự.",
        ]);
        assert_eq!(
            got[8],
            vec!["Vũ Đăng Minh (Thứ trưởng)"],
            "a speaker of its own after the introduction"
        );
        for (i, said) in got.iter().enumerate().take(3) {
            assert_eq!(said, &vec!["Phạm Thị Thanh Trà (Bộ trưởng)"], "{i}");
        }
        for (i, said) in got.iter().enumerate().take(7).skip(3) {
            assert!(said.is_empty(), "{i}: {said:?}");
        }
    }

    #[test]
    fn given_name_and_subjectless_sentence() {
        let got = run(&[
            "Cục trưởng Cục Kiểm soát TTHC Ngô Hải Phan cho biết, hội nghị đã thành công.",
            "Ông Phan nhấn mạnh, nghị quyết rất quan trọng. Đồng thời đề nghị các bộ khẩn trương.",
        ]);
        assert_eq!(got[0], vec!["Ngô Hải Phan (Cục trưởng)"]);
        assert_eq!(got[1], vec!["Ngô Hải Phan (Cục trưởng)"]);
    }

    #[test]
    fn a_newly_named_holder_takes_over_the_title() {
        let got = run(&[
            "Bộ trưởng Bộ Nội vụ Lê Văn A phát biểu khai mạc.",
            "Bộ trưởng Bộ Tài chính Trần Văn B cho biết ngân sách đã bố trí đủ.",
            "Bộ trưởng yêu cầu các địa phương báo cáo trước ngày 15.",
        ]);
        assert_eq!(got[2], vec!["Trần Văn B (Bộ trưởng)"]);
    }

    #[test]
    fn speaking_somewhere_is_no_statement_until_something_said_follows() {
        let occasion_only = [
            "Thủ tướng Chính phủ Phạm Minh Chính phát biểu chỉ đạo tại hội nghị",
            "Bộ trưởng Lê Văn A phát biểu khai mạc hội nghị.",
            "Thứ trưởng Trần Văn B trả lời phỏng vấn báo chí bên lề kỳ họp.",
        ];
        for text in occasion_only {
            assert_eq!(run(&[text])[0], Vec::<String>::new(), "{text}");
        }
        let said = [
            "Thủ tướng Phạm Minh Chính phát biểu: cải cách phải thực chất.",
            "Thủ tướng Phạm Minh Chính phát biểu tại hội nghị rằng cải cách phải thực chất.",
            "Thủ tướng Phạm Minh Chính phát biểu về việc thực hiện Nghị quyết số 131/NQ-CP.",
            "Thủ tướng Phạm Minh Chính phát biểu tại hội nghị\n“Cải cách phải thực chất.”",
            "Thủ tướng Phạm Minh Chính phát biểu tại hội nghị, đề nghị các bộ rà soát.",
            "Thủ tướng Phạm Minh Chính nhấn mạnh tại hội nghị.",
            "Thứ trưởng Trần Văn B trả lời: sẽ sửa đổi trong năm nay.",
        ];
        for text in said {
            assert_eq!(run(&[text])[0].len(), 1, "{text}");
        }
        // Who was pictured speaking is who a later title alone names.
        let got = run(&[
            "Thủ tướng Chính phủ Phạm Minh Chính phát biểu chỉ đạo tại hội nghị",
            "Thủ tướng yêu cầu các bộ rà soát thủ tục.",
        ]);
        assert_eq!(got[1], vec!["Phạm Minh Chính (Thủ tướng)"]);
    }

    #[test]
    fn the_organ_is_read_beside_the_title() {
        let organs = |text: &str| -> Vec<String> {
            let mut t = SpeakerTracker::default();
            t.speakers_in(text).into_iter().map(|s| s.organ).collect()
        };
        let cases = [
            ("Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh nhấn mạnh cần rà soát.", "Bộ Tư pháp"),
            (
                "Cục trưởng Cục Kiểm soát TTHC (Văn phòng Chính phủ) Ngô Hải Phan cho biết sẽ hỗ trợ.",
                "Cục Kiểm soát TTHC",
            ),
            (
                "Đồng chí Trần Lưu Quang - Phó Thủ tướng Chính phủ, Tổ trưởng Tổ công tác cải cách thủ tục hành chính đề nghị các bộ rà soát.",
                "Chính phủ",
            ),
            (
                "Ông Lê Văn Hùng, Giám đốc Sở Nội vụ cho biết tỉnh đã hoàn thành.",
                "Sở Nội vụ",
            ),
            ("Phó Thủ tướng Trần Lưu Quang đề nghị các bộ rà soát.", ""),
        ];
        for (text, organ) in cases {
            assert_eq!(organs(text), vec![organ.to_string()], "{text}");
        }
    }

    #[test]
    fn a_title_with_its_organ_is_the_holder_named_there() {
        let got = run(&[
            "Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh dự hội nghị.",
            "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà cho biết đã cắt giảm 30 thủ tục.",
            "Bộ trưởng Bộ Tư pháp yêu cầu các sở số hóa sổ hộ tịch.",
            "Bộ trưởng yêu cầu các bộ báo cáo trước ngày 15.",
            "Bộ trưởng Bộ Tài chính đề nghị bổ sung kinh phí.",
        ]);
        assert_eq!(got[2], vec!["Nguyễn Hải Ninh (Bộ trưởng)"]);
        // The title alone: the holder named last; in an organ no one was named in: someone
        // not named.
        assert_eq!(got[3], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert!(got[4].is_empty(), "{:?}", got[4]);
    }

    #[test]
    fn titles_joined_by_a_comma_or_kiem_before_a_name_are_one_person_s() {
        let got = run(&[
            "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà báo cáo kết quả.",
            "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn cho biết đã tích hợp 4.400 dịch vụ.",
            "Bộ trưởng đề nghị các bộ kết nối dữ liệu.",
            "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Lê Văn Hà nhấn mạnh cần công khai thủ tục.",
            "Bí thư yêu cầu rà soát thủ tục.",
            "Phó Thủ tướng Trần Hồng Hà, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cùng dự.",
            "Phó Thủ tướng nhấn mạnh yêu cầu tinh gọn bộ máy.",
        ]);
        // Not the other minister named before: the one named with both titles.
        assert_eq!(got[1], vec!["Trần Văn Sơn (Chủ nhiệm)"]);
        // Either title alone then names the one who holds both, named last.
        assert_eq!(got[2], vec!["Trần Văn Sơn (Chủ nhiệm)"]);
        assert_eq!(got[3], vec!["Lê Văn Hà (Chủ tịch)"]);
        assert_eq!(got[4], vec!["Lê Văn Hà (Chủ tịch)"]);
        // Two officials, each named, are a list, not one person's titles.
        assert_eq!(got[6], vec!["Trần Hồng Hà (Phó Thủ tướng)"]);
    }

    #[test]
    fn a_delegate_is_named_by_name_and_the_word_alone_is_any_delegate() {
        let got = run(&[
            "Đại biểu Lê Thị Hà (đoàn Nam Định) cho rằng cần đánh giá công chức theo kết quả.",
            "Nhiều đại biểu đề nghị làm rõ tiêu chí đánh giá.",
            "Đại biểu Hà cũng đề nghị bổ sung quy định về thu hút người tài.",
            "Cùng quan điểm, đại biểu Quốc hội Trần Văn Lâm đề nghị tăng phân cấp.",
            "Đại biểu tỉnh Bình Dương đề nghị tăng phân cấp cho địa phương.",
            "Giải trình ý kiến đại biểu, Bộ trưởng Phạm Thị Thanh Trà cho biết sẽ tiếp thu.",
        ]);
        assert_eq!(got[0], vec!["Lê Thị Hà (Đại biểu)"]);
        assert!(got[1].is_empty(), "{:?}", got[1]);
        assert_eq!(got[2], vec!["Lê Thị Hà (Đại biểu)"]);
        assert_eq!(got[3], vec!["Trần Văn Lâm (Đại biểu)"]);
        assert!(got[4].is_empty(), "{:?}", got[4]);
        assert_eq!(got[5], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
    }

    #[test]
    fn a_former_holder_is_not_the_one_a_later_title_alone_means() {
        let got = run(&[
            "Nguyên Thứ trưởng Bộ Nội vụ Nguyễn Duy Thăng cho rằng cần sửa luật.",
            "Thứ trưởng cũng đề nghị thu hút nhân tài.",
            "Thứ trưởng Bộ Nội vụ Vũ Đăng Minh cho biết sẽ tiếp thu.",
            "Thứ trưởng nhấn mạnh yêu cầu đánh giá công chức.",
            "Cựu Bộ trưởng Trần Văn Tuấn chia sẻ kinh nghiệm.",
        ]);
        assert_eq!(got[0], vec!["Nguyễn Duy Thăng (Nguyên Thứ trưởng)"]);
        // With no holder in office named, the title alone is the former one's.
        assert_eq!(got[1], vec!["Nguyễn Duy Thăng (Nguyên Thứ trưởng)"]);
        // Once one in office is named, it is theirs.
        assert_eq!(got[3], vec!["Vũ Đăng Minh (Thứ trưởng)"]);
        // "cựu" is written as "nguyên".
        assert_eq!(got[4], vec!["Trần Văn Tuấn (Nguyên Bộ trưởng)"]);
    }

    #[test]
    fn two_officials_in_one_passage() {
        let got = run(&["Phó Thủ tướng Trần Lưu Quang phát biểu: cần làm ngay. Sau đó, Bộ trưởng Nguyễn Văn C cho biết sẽ thực hiện."]);
        assert_eq!(
            got[0],
            vec!["Trần Lưu Quang (Phó Thủ tướng)", "Nguyễn Văn C (Bộ trưởng)"]
        );
    }

    #[test]
    fn address_form_before_a_full_name() {
        let got = run(&["Ông Ngô Hải Phan nhấn mạnh, nghị quyết rất quan trọng."]);
        assert_eq!(got[0], vec!["Ngô Hải Phan ()"]);
        let got = run(&["Bí thư Thành ủy Hà Nội Đinh Tiến Dũng nhấn mạnh tại hội nghị."]);
        assert_eq!(got[0], vec!["Đinh Tiến Dũng (Bí thư)"]);
    }

    #[test]
    fn provinces_are_places_and_unknown_names_after_tinh_are_people() {
        let got = run(&["Phó Chủ tịch UBND tỉnh Hoàng Nam yêu cầu các địa phương rà soát."]);
        assert_eq!(got[0], vec!["Hoàng Nam (Phó Chủ tịch)"]);
        let got = run(&["Chủ tịch UBND tỉnh Hà Giang cho biết tỉnh đã hoàn thành."]);
        assert!(got[0].is_empty(), "{got:?}");
    }

    #[test]
    fn according_to_an_official_is_a_statement() {
        let got = run(&[
            "Theo Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, việc đánh giá phải thực chất.",
            "Hội nghị diễn ra sôi nổi. Theo Bộ trưởng, cần đẩy mạnh phân cấp.",
            "Theo Quyết định của Bộ trưởng, các đơn vị phải báo cáo.",
            "Các đơn vị thực hiện theo Bộ trưởng Bộ Nội vụ, không chậm trễ.",
            "Cũng theo Bộ trưởng, Bộ sẽ trình Chính phủ nghị định mới.",
            "Tuy nhiên, theo Bộ trưởng, việc sắp xếp cần lộ trình.",
            "Theo lời Bộ trưởng, các bộ phải hoàn thành trong quý III.",
            "Theo ý kiến của Bộ trưởng Phạm Thị Thanh Trà, biên chế phải gắn với vị trí việc làm.",
            "Theo báo cáo của Bộ trưởng, các đơn vị đã hoàn thành.",
            "Theo bà Trà, biên chế giảm 10%.",
            "Theo ông Trà, biên chế giảm 10%.",
        ]);
        assert_eq!(got[0], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert_eq!(got[1], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert!(got[2].is_empty(), "{:?}", got[2]);
        assert!(got[3].is_empty(), "{:?}", got[3]);
        assert_eq!(got[4], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert_eq!(got[5], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert_eq!(got[6], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert_eq!(got[7], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert!(got[8].is_empty(), "a report is no statement: {:?}", got[8]);
        assert_eq!(
            got[9],
            vec!["Phạm Thị Thanh Trà (Bộ trưởng)"],
            "her given name"
        );
        assert!(got[10].is_empty(), "no man of that name: {:?}", got[10]);
    }

    #[test]
    fn according_to_a_named_official_a_quotation_after_a_colon_and_roles_listed_first() {
        let got = run(&[
            "Theo ông Nguyễn Văn An, Giám đốc Sở Nội vụ, năm nay tỉnh cắt giảm 120 thủ tục.",
            "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà: “Cải cách hành chính là nhiệm vụ trọng tâm”.",
            "Đồng chí Hoàng Văn Em - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh chỉ đạo các sở rà soát quy trình.",
            "Danh sách gồm: Trần Văn Bình - cán bộ xã. Phó Chủ tịch UBND tỉnh dự họp.",
            "Ông Lê Văn Cường: 58 tuổi, thường trú tại xã Tân An.",
            "Đồng chí Nguyễn Đức Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đề nghị các sở tháo gỡ vướng mắc.",
            "Theo ông Trần Văn Bình, người dân xã Tân An, Chủ tịch UBND xã đã nhận đơn của ông.",
        ]);
        assert_eq!(got[0], vec!["Nguyễn Văn An (Giám đốc)"]);
        assert_eq!(got[1], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert_eq!(got[2], vec!["Hoàng Văn Em (Phó Chủ tịch)"]);
        assert!(got[3].is_empty(), "{:?}", got[3]);
        assert!(got[4].is_empty(), "no quotation: {:?}", got[4]);
        assert_eq!(got[5], vec!["Nguyễn Đức Dũng (Bí thư)"]);
        // Words in lowercase between are not roles: the title is someone else's.
        assert!(
            !got[6]
                .iter()
                .any(|s| s.starts_with("Trần Văn Bình (Chủ tịch")),
            "{:?}",
            got[6]
        );
    }

    #[test]
    fn a_title_in_parentheses_after_the_name_is_the_name_s() {
        let got = run(&[
            "Bà Hoàng Thu Trang (Phó Giám đốc Sở Tư pháp Hà Nội) chia sẻ: “Chúng tôi cắt giảm 30% giấy tờ”.",
            "Ông Đỗ Văn Hải (Ủy viên Ban Thường vụ, Chủ tịch UBND huyện) cho biết huyện đã số hóa hồ sơ.",
            "Ông Trần Văn Bình (trú tại xã Tân An, nguyên Chủ tịch UBND xã) cho biết ông đã nộp đơn.",
            "Phó Giám đốc Sở Tư pháp cũng cho biết thời hạn đăng ký khai sinh đã rút xuống.",
        ]);
        assert_eq!(got[0], vec!["Hoàng Thu Trang (Phó Giám đốc)"]);
        assert_eq!(got[1], vec!["Đỗ Văn Hải (Chủ tịch UBND)"]);
        assert_eq!(
            got[2],
            vec!["Trần Văn Bình ()"],
            "no title: lowercase words open it"
        );
        // An adverb between the organ and the verb is not part of the organ.
        assert_eq!(got[3], vec!["Hoàng Thu Trang (Phó Giám đốc)"]);
    }

    #[test]
    fn a_quotation_signed_under_it_after_a_dash_is_the_signer_s() {
        let got = run(&[
            "“Không để hồ sơ nào trễ hẹn.”\n— Ông Nguyễn Văn Hải, Giám đốc Sở Nội vụ",
            "“Mỗi hồ sơ là một trách nhiệm”\n– Phó Giám đốc Sở Tư pháp Lê Thị Hoa",
        ]);
        assert_eq!(got[0], vec!["Nguyễn Văn Hải (Giám đốc)"]);
        assert_eq!(got[1], vec!["Lê Thị Hoa (Phó Giám đốc)"]);
        // Under no quotation, or more than a dash and a form of address before the name: no
        // signature.
        let got = run(&[
            "Hội nghị kết thúc lúc 11 giờ.\n— Ông Nguyễn Văn Hải, Giám đốc Sở Nội vụ",
            "“Không để hồ sơ nào trễ hẹn.”\n— Ảnh bên: ông Nguyễn Văn Hải tại hội nghị",
        ]);
        assert!(got.iter().all(Vec::is_empty), "{got:?}");
    }

    #[test]
    fn an_interview_labels_the_answers_with_the_title_and_name() {
        let got = run(&[
            "PV: Thưa Bộ trưởng, năm nay cải cách hành chính có gì nổi bật?",
            "Bộ trưởng Phạm Thị Thanh Trà: Năm nay các bộ đã cắt giảm hơn 1.000 quy định.",
            "PV: Còn hạn chế?\nBộ trưởng: Một số nơi vẫn còn hồ sơ trễ hạn.",
            "- Bộ trưởng Phạm Thị Thanh Trà: Chúng tôi sẽ kiểm tra, xử lý nghiêm.",
            "Báo cáo của Bộ trưởng Phạm Thị Thanh Trà: số liệu năm 2024.",
        ]);
        assert!(got[0].is_empty(), "{:?}", got[0]);
        assert_eq!(got[1], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert_eq!(got[2], vec!["Phạm Thị Thanh Trà (Bộ trưởng)"]);
        assert_eq!(
            got[3],
            vec!["Phạm Thị Thanh Trà (Bộ trưởng)"],
            "after a dash"
        );
        assert!(got[4].is_empty(), "not opening its line: {:?}", got[4]);
        // In an interview a form of address may open the label.
        let got = run(&[
            "PV: Ông đánh giá thế nào về dịch vụ công trực tuyến?",
            "Ông Nguyễn Văn An: Người dân đã quen nộp hồ sơ qua mạng.",
        ]);
        assert_eq!(got[1], vec!["Nguyễn Văn An ()"]);
    }

    #[test]
    fn an_answer_goes_on_through_paragraphs_that_name_no_one() {
        let got = run(&[
            "PV: Chính sách với cán bộ dôi dư ra sao?",
            "Bộ trưởng Phạm Thị Thanh Trà: Chính phủ đã ban hành Nghị định 178.",
            "Cán bộ nghỉ hưu trước tuổi được hưởng chế độ ưu đãi hơn trước.",
            "Mức hỗ trợ cao nhất là 5 tháng lương.",
            "Vậy khi nào chi trả xong?",
            "Việc chi trả sẽ xong trong tháng 6.",
            "PV: Bộ trưởng có kiến nghị gì?\nPV: Bộ trưởng cho biết thêm về lộ trình?",
            "Bộ trưởng: Cần sớm sửa Luật Cán bộ, công chức.",
            "- Xin cảm ơn Bộ trưởng!",
        ]);
        let trà = vec!["Phạm Thị Thanh Trà (Bộ trưởng)"];
        assert_eq!(got[2], trà);
        assert_eq!(got[3], trà);
        assert!(got[4].is_empty(), "a question: {:?}", got[4]);
        assert!(got[5].is_empty(), "after a question: {:?}", got[5]);
        assert!(got[6].is_empty(), "the interviewer asks: {:?}", got[6]);
        assert_eq!(got[7], trà);
        assert!(got[8].is_empty(), "the interviewer's thanks: {:?}", got[8]);
        // Outside an interview a label opens nothing that goes on.
        let got = run(&[
            "Bộ trưởng Phạm Thị Thanh Trà: Chính phủ đã ban hành Nghị định 178.",
            "Cán bộ nghỉ hưu trước tuổi được hưởng chế độ ưu đãi hơn trước.",
        ]);
        assert!(got[1].is_empty(), "{:?}", got[1]);
    }

    #[test]
    fn thanks_close_an_interview() {
        for line in [
            "- Xin cảm ơn Bộ trưởng!",
            "Cám ơn ông!",
            "Trân trọng cảm ơn bà.",
        ] {
            assert!(thanks_as_interviewer(line), "{line}");
        }
        for line in [
            "Cảm ơn sự quan tâm của người dân, Bộ sẽ tiếp tục lắng nghe ý kiến đóng góp về dự thảo luật này trong thời gian tới.",
            "Cảmơn",
            "Xin cảm nhận",
        ] {
            assert!(!thanks_as_interviewer(line), "{line}");
        }
    }

    #[test]
    fn an_organization_in_parentheses_does_not_part_a_title_from_its_name() {
        let got = run(&["Cục trưởng Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ) Ngô Hải Phan cho biết đã rà soát 2.000 quy định."]);
        assert_eq!(got[0], vec!["Ngô Hải Phan (Cục trưởng)"]);
    }

    #[test]
    fn a_full_name_after_the_unit_of_an_organ_is_a_person() {
        let got = run(&["Phó Chủ tịch UBND thành phố Hồ Kỳ Minh nhấn mạnh việc số hóa hồ sơ."]);
        assert_eq!(got[0], vec!["Hồ Kỳ Minh (Phó Chủ tịch)"]);
        let got = run(&["Chủ tịch UBND huyện Lê Văn Tám yêu cầu rà soát thủ tục."]);
        assert_eq!(got[0], vec!["Lê Văn Tám (Chủ tịch UBND)"]);
        // The unit's own name (two words, or a province) and streets stay places.
        for text in [
            "Chủ tịch UBND quận Hoàng Mai cho biết quận đã hoàn thành.",
            "Chủ tịch UBND thành phố Hồ Chí Minh cho biết thành phố đã hoàn thành.",
            "Giám đốc Sở cho biết trụ sở ở đường Lê Văn Sỹ đã mở cửa.",
        ] {
            assert!(run(&[text])[0].is_empty(), "{text}: {:?}", run(&[text]));
        }
    }

    #[test]
    fn noun_uses_of_speech_verbs_are_not_statements() {
        let got = run(&["Cục trưởng Ngô Hải Phan đã triển khai Nghị quyết về hiện đại hóa phương thức chỉ đạo, điều hành."]);
        assert!(got[0].is_empty(), "{got:?}");
    }

    #[test]
    fn possessive_title_and_city_are_not_speakers() {
        let got = run(&[
            "Tại thành phố Hồ Chí Minh, Tổ công tác của Thủ tướng Chính phủ đề nghị các bộ.",
        ]);
        assert!(got[0].is_empty(), "{got:?}");
        assert_eq!(speaker_key("Ngô  Hải PHAN"), "ngo hai phan");
    }
}
