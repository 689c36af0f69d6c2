//! Questions about what an official said: "Thủ tướng nói gì về chuyển đổi số", "ý kiến của
//! Bộ trưởng Phạm Thị Thanh Trà về tinh giản biên chế", "pham minh chinh phat bieu ve cai
//! cach" (typed without diacritics too).
//!
//! Such a query names someone, a speech verb and, after "về" (about), a topic. Read as words
//! it would ask for passages holding "nói", "gì", "về" and the title; read as meant it asks
//! for the statements of that person (or of whoever holds that title) about the topic. The
//! reading is by the sentence's frame and the tables of titles, surnames and speech verbs,
//! never by a list of known questions; [`super::Searcher::search`] falls back to the words as
//! typed when no statement answers it.

use std::sync::LazyLock;

use super::question_words::{after_request, TRAILING_MARKS};
use crate::speakers::people_tables::{
    ADDRESS_FORMS, FORMER_WORDS, PREFIXED_NAME_MAX_WORDS, SPEECH_VERBS, TITLES, TITLE_ABBREVIATIONS,
};
use crate::speakers::roles::{asked_role_keys, UNIT_WORDS};
use crate::speakers::{is_name_prefix, may_be_family_name, speaker_key};
use crate::text::letters::is_acronym;
use crate::text::tone_marks::canonical_syllable;
use crate::text::{has_diacritics, search_key};

/// Who a question asks about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Official {
    /// A person, by [`speaker_key`] of their name as typed: the full name, or its end (a
    /// given name) standing for every full name that ends so.
    Person(String),
    /// Several people, by the [`speaker_key`]s of their full names: those a name typed in
    /// part stands for.
    People(Vec<String>),
    /// The end of a name after a title ("Bộ trưởng Trà", "bo truong tra"), by its
    /// [`speaker_key`]: the people whose names end so who hold the title (`roles`, its keys
    /// as [`Official::Role`] has them) in some statement; all of them when none does.
    /// Resolved to [`Official::Person`] or [`Official::People`] against the index.
    Titled { name: String, roles: Vec<String> },
    /// Whoever holds a title: the title's key and those of the shorter titles it extends by
    /// an organ's acronym ("chu tich ubnd" also reads "chu tich", which is how a text may
    /// name it); with an organ, the title's keys in that organ and in an organ not given
    /// ([`crate::speakers::roles::asked_role_keys`]).
    Role(Vec<String>),
    /// A title in an organ as the index knows it: the statements under the role keys of
    /// that organ (`roles`), all statements of the people named holding it there (`people`),
    /// and the statements of holders whose article gives no organ (`unplaced`, the role keys
    /// "in an organ not given") but for those named holding it in another organ (`elsewhere`).
    Holders {
        roles: Vec<String>,
        people: Vec<String>,
        unplaced: Vec<String>,
        elsewhere: Vec<String>,
    },
    /// Whoever speaks: a question that asks who ("ai nói gì về ...", "những ai phát biểu về
    /// ...") searches its topic among every statement.
    Anyone,
}

/// Words that ask who, folded: "ai", "những ai", "người nào", "ai đã".
const WHO_WORDS: &[&[&str]] = &[&["ai"], &["nhung", "ai"], &["nguoi", "nao"]];

/// Whether `who` asks who ([`WHO_WORDS`]).
fn asks_who(who: &[Word]) -> bool {
    WHO_WORDS.iter().any(|asked| {
        who.len() == asked.len() && who.iter().zip(*asked).all(|(w, a)| w.folded == *a)
    })
}

/// `query` with each title typed as its abbreviation ([`TITLE_ABBREVIATIONS`], in any
/// case: "ĐBQH", "dbqh") in the words it stands for ("đại biểu Quốc hội"), and a chair
/// typed with a unit but without its committee ([`with_committees_named`]) with it.
fn with_titles_in_full(query: &str) -> String {
    let spelled: String = query
        .split(' ')
        .map(|word| {
            let bare = word.trim_end_matches(TRAILING_MARKS);
            TITLE_ABBREVIATIONS
                .iter()
                .find(|(a, _, _)| search_key(a) == search_key(bare))
                .map_or(word.to_string(), |(_, _, full)| {
                    format!("{full}{}", &word[bare.len()..])
                })
        })
        .collect::<Vec<_>>()
        .join(" ");
    with_committees_named(&spelled)
}

/// A chair of a People's Committee as the press often types one, the unit after the title
/// and the committee left out ("Chủ tịch tỉnh Quảng Ninh", "Phó Chủ tịch thị xã Ba Đồn",
/// "chu tich huyen"), with the committee written in: "Chủ tịch UBND thị xã Ba Đồn", as the
/// articles name them. A unit typed with marks is one only with its own ("quận", not
/// "quân").
fn with_committees_named(query: &str) -> String {
    let words = words_of(query);
    let mut out = String::with_capacity(query.len() + 8);
    let mut from = 0;
    for at in 2..words.len() {
        let chair = words[at - 2].folded == "chu" && words[at - 1].folded == "tich";
        if chair && marked_phrase_at(&words, at, UNIT_WORDS, &FOLDED_UNITS) > 0 {
            out.push_str(&query[from..words[at].start]);
            out.push_str(COMMITTEE);
            out.push(' ');
            from = words[at].start;
        }
    }
    out.push_str(&query[from..]);
    out
}

/// The committee a chair typed with a unit chairs ([`with_committees_named`]).
const COMMITTEE: &str = "UBND";

/// Whether `text` opens with an administrative unit's word ([`UNIT_WORDS`]), by its folded
/// form and, typed with marks, by its own marks ("quận", not "quân").
pub(super) fn opens_with_unit(text: &str) -> bool {
    let words = words_of(text);
    !words.is_empty() && marked_phrase_at(&words, 0, UNIT_WORDS, &FOLDED_UNITS) > 0
}

/// A question about what an official said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementQuestion {
    /// Who is asked about.
    pub official: Official,
    /// Who as typed ("Thủ tướng", "Bộ trưởng Phạm Thị Thanh Trà").
    pub official_text: String,
    /// What about, as typed (may be empty: everything they said).
    pub topic: String,
    /// The title and organ the words also read as when [`Self::official`] took the end of
    /// words typed in lowercase for a name ("bo truong bo tu phap": "Tu Phap" could be one),
    /// for when no one by that name speaks in the index; or the name's end they also read as
    /// when it took them for an organ ("bo truong tra": "Trà").
    pub as_title: Option<Official>,
}

/// Words that ask "what" or "how" after a speech verb ("nói gì", "nhấn mạnh điều gì",
/// "đánh giá thế nào").
const QUESTION_WORDS: &[&str] = &[
    "nhung dieu gi",
    "dieu gi",
    "nhung gi",
    "gi",
    "nhu the nao",
    "the nao",
    "ra sao",
];
/// Words that may open the topic after a question ("nói gì về ...", "phát biểu những gì tại
/// ...").
const TOPIC_OPENERS: &[&str] = &["ve", "tai", "trong", "o", "voi", "cho"];
/// Nouns of a statement that open the other frame ("ý kiến của Thủ tướng về ...").
const STATEMENT_NOUNS: &[&str] = &[
    "y kien",
    "quan diem",
    "phat bieu",
    "chi dao",
    "phat ngon",
    "tuyen bo",
    "nhan dinh",
    "yeu cau",
];
/// Words that may stand before a statement noun ("những phát biểu của ...", "các ý kiến").
const PLURALS: &[&str] = &["nhung", "cac", "moi", "tat ca", "tat ca cac", "toan bo"];
/// Verbs that ask for statements even with nothing after them ("Thủ tướng phát biểu").
const PLAIN_SPEECH: &[&str] = &["noi", "phat bieu"];
/// Most words a name has after its surname.
const NAME_MAX_WORDS: usize = 4;

/// A word of the query: where it is and its folded form.
pub(super) struct Word<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: &'a str,
    pub(super) folded: String,
}

pub(super) fn words_of(query: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in query.char_indices().chain([(query.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                let text = &query[s..i];
                let trimmed = text.trim_end_matches(TRAILING_MARKS);
                words.push(Word {
                    start: s,
                    end: s + trimmed.len(),
                    text: trimmed,
                    folded: search_key(trimmed),
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    words
}

/// How many words at `at` spell one of `phrases` (folded), the longest first; 0 for none.
pub(super) fn phrase_at<P: AsRef<str>>(words: &[Word], at: usize, phrases: &[P]) -> usize {
    phrases
        .iter()
        .map(|p| p.as_ref().split(' ').collect::<Vec<_>>())
        .filter(|p| {
            p.len() <= words.len().saturating_sub(at)
                && p.iter().zip(&words[at..]).all(|(a, w)| *a == w.folded)
        })
        .map(|p| p.len())
        .max()
        .unwrap_or(0)
}

/// How many words at `at` spell a speech verb, by their folded forms and, for each word
/// typed with marks, by its marks too ("Hà Nội" asks nothing of what "Hà" said); 0 for none.
fn speech_verb_at(words: &[Word], at: usize) -> usize {
    marked_phrase_at(words, at, SPEECH_VERBS, &FOLDED_SPEECH_VERBS)
}

/// How many words at `at` spell one of `phrases` (`folded` the same, folded), by their
/// folded forms and, for each word typed with marks, by its marks too; 0 for none.
fn marked_phrase_at(words: &[Word], at: usize, phrases: &[&str], folded: &[String]) -> usize {
    let n = phrase_at(words, at, folded);
    let typed = &words[at..at + n];
    let as_typed = |phrase: &&str| {
        let spelled: Vec<&str> = phrase.split(' ').collect();
        spelled.len() == n
            && spelled.iter().zip(typed).all(|(p, w)| {
                !has_diacritics(w.text) || canonical_syllable(p) == canonical_syllable(w.text)
            })
    };
    if n > 0 && phrases.iter().any(as_typed) {
        n
    } else {
        0
    }
}

fn folded_all(items: &[&str]) -> Vec<String> {
    items.iter().map(|i| speaker_key(i)).collect()
}

/// The tables the reading goes by, folded once per process.
static FOLDED_ADDRESS_FORMS: LazyLock<Vec<String>> = LazyLock::new(|| folded_all(ADDRESS_FORMS));
static FOLDED_TITLES: LazyLock<Vec<String>> = LazyLock::new(|| folded_all(TITLES));
static FOLDED_FORMER_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| folded_all(FORMER_WORDS));
static FOLDED_SPEECH_VERBS: LazyLock<Vec<String>> = LazyLock::new(|| folded_all(SPEECH_VERBS));
static FOLDED_UNITS: LazyLock<Vec<String>> = LazyLock::new(|| folded_all(UNIT_WORDS));

/// Where the title of `who` starts (after its forms of address) and how many words it has,
/// the word saying it is a former one included ("nguyên Thứ trưởng").
fn title_span(who: &[Word]) -> (usize, usize) {
    let mut at = 0;
    while at < who.len() {
        let n = phrase_at(who, at, &FOLDED_ADDRESS_FORMS);
        if n == 0 {
            break;
        }
        at += n;
    }
    let former = usize::from(phrase_at(who, at, &FOLDED_FORMER_WORDS) == 1);
    match phrase_at(who, at + former, &FOLDED_TITLES) {
        0 => (at, 0),
        n => (at, former + n),
    }
}

/// Who the words `who` name: a full name (a surname and one to three more words, ending
/// the span, after a title and its organ or alone), else the title they open with.
fn official(who: &[Word]) -> Option<Official> {
    let span = title_span(who);
    let (at, title_len) = span;
    let rest = &who[at + title_len..];
    // The name ends the span: the earliest surname from which a name of 2–4 words remains
    // (a prefix, "Y", opens one of up to five, as the recognizer reads it).
    let name = (0..rest.len())
        .filter(|&i| {
            let words = rest.len() - i;
            (2..=NAME_MAX_WORDS).contains(&words)
                || (words <= PREFIXED_NAME_MAX_WORDS && is_name_prefix(rest[i].text))
        })
        .find(|&i| may_be_family_name(rest[i].text));
    if let Some(i) = name {
        // Without a title, the name must be the whole span.
        if title_len > 0 || i == 0 {
            let name: Vec<&str> = rest[i..].iter().map(|w| w.text).collect();
            return Some(Official::Person(speaker_key(&name.join(" "))));
        }
    }
    if title_len == 0 {
        return named_in_part(at > 0, rest);
    }
    // A title before the end of a name typed in capitals, as texts name someone after the
    // first mention ("Bộ trưởng Trà", "Phó Thủ tướng Trần Hồng Hà" aside): the person, with
    // the title and an organ so spelled as the other reading ([`as_title`]: "Bộ trưởng Tư
    // pháp").
    let title_alone = || role_at(&who[..at + title_len], span);
    match named_after_title(rest) {
        Some(person) => Some(titled(person, title_alone())),
        None => role_at(who, span),
    }
}

/// `person` (a name's end read after a title) with the keys of that title (`title`, read
/// alone) that they must hold: [`Official::Titled`].
fn titled(person: Official, title: Option<Official>) -> Official {
    match (person, title) {
        (Official::Person(name), Some(Official::Role(roles))) => Official::Titled { name, roles },
        (person, _) => person,
    }
}

/// The end of a name after a title: one to three words, each opening in a capital, none an
/// acronym and not opening with an organ's word before the organ's name ("Trà", "Thanh
/// Trà", "Thành"; not "Bộ Tư pháp", "UBND tỉnh", "Thành phố Huế").
fn named_after_title(rest: &[Word]) -> Option<Official> {
    let opens_an_organ = rest.len() > 1 && ORGAN_WORDS.contains(&rest[0].folded.as_str());
    if opens_an_organ || rest.iter().any(|w| is_acronym(w.text)) {
        return None;
    }
    named_in_part(false, rest)
}

/// Words that open an organ after a title ("Bộ trưởng Bộ Nội vụ", "Giám đốc Sở Tư pháp"),
/// folded: what follows a title with one of them is where the title is held, not a name.
const ORGAN_WORDS: &[&str] = &[
    "bo", "so", "cuc", "vu", "ban", "uy", "hoi", "tong", "vien", "toa", "phong", "chi", "tinh",
    "thanh", "huyen", "xa", "phuong", "quan", "thi", "van", "nha", "cong", "truong", "hoc",
];

/// The title `who` opens with, in the organ that follows it, if any.
fn role(who: &[Word]) -> Option<Official> {
    role_at(who, title_span(who))
}

/// [`role`], the title's place in `who` ([`title_span`]) given.
fn role_at(who: &[Word], (at, title_len): (usize, usize)) -> Option<Official> {
    if title_len == 0 {
        return None;
    }
    let rest = &who[at + title_len..];
    // A former holder's title is keyed by the first of the words that say so ("cựu" is
    // "nguyên").
    let title: Vec<&str> = who[at..at + title_len]
        .iter()
        .map(|w| w.folded.as_str())
        .map(|w| match FOLDED_FORMER_WORDS.iter().any(|f| f == w) {
            true => FOLDED_FORMER_WORDS[0].as_str(),
            false => w,
        })
        .collect();
    let titles = role_keys(&title.join(" "));
    // What follows the title is its organ ("Bộ trưởng Bộ Tư pháp"): whoever holds the
    // title there, or holds it where the article does not say.
    if rest.is_empty() {
        return Some(Official::Role(titles));
    }
    let organ: Vec<&str> = rest.iter().map(|w| w.text).collect();
    Some(Official::Role(asked_role_keys(&titles, &organ.join(" "))))
}

/// A person named by the end of their name, as Vietnamese texts name someone after the
/// first mention ("ông Chính", "bà Thanh Trà"): after a form of address, or in capitals
/// when typed alone ("Chính nói gì"); which full names it stands for is the index's to say
/// ([`super::Searcher::search`]). Lowercase words without a form of address ("người dân")
/// and numbers ("Nghị quyết 131") name nobody.
fn named_in_part(addressed: bool, name: &[Word]) -> Option<Official> {
    let capitalized = |w: &Word| w.text.chars().next().is_some_and(char::is_uppercase);
    let fits = (1..NAME_MAX_WORDS).contains(&name.len());
    (fits && (addressed || name.iter().all(capitalized))).then(|| {
        let words: Vec<&str> = name.iter().map(|w| w.text).collect();
        Official::Person(speaker_key(&words.join(" ")))
    })
}

/// The keys of the title `title` (folded) and of the shorter titles it extends by an
/// organ's acronym ("Chủ tịch UBND" is also written "Chủ tịch"; "Chủ tịch nước", the
/// State President, is not any "Chủ tịch").
fn role_keys(title: &str) -> Vec<String> {
    let written = TITLES
        .iter()
        .zip(FOLDED_TITLES.iter())
        .find_map(|(t, key)| (key == title).then_some(*t));
    let mut keys: Vec<String> = vec![title.to_string()];
    for (shorter, key) in TITLES.iter().zip(FOLDED_TITLES.iter()) {
        let extends = title.starts_with(&format!("{key} "))
            && written.is_some_and(|w| {
                w.split_whitespace()
                    .skip(shorter.split_whitespace().count())
                    .all(is_acronym)
            });
        if extends && !keys.contains(key) {
            keys.push(key.clone());
        }
    }
    keys
}

/// The title and organ `who` also reads as when [`official`] took the end of words typed
/// in lowercase for a name ("bo truong bo tu phap": "Tu Phap" could be one), or the name's
/// end it also reads as when [`official`] took those words for an organ ("bo truong tra").
fn as_title(who: &[Word], official: &Official) -> Option<Official> {
    // Typed in capitals, a name is a name; in lowercase it may be an organ's words.
    let lowercase = who.iter().all(|w| !w.text.chars().any(char::is_uppercase));
    // After a title, a name's end may be an organ's name ("Bộ trưởng Tư pháp").
    let (at, title_len) = title_span(who);
    let after_title = title_len > 0 && who.len() - at - title_len < NAME_MAX_WORDS;
    match official {
        Official::Person(_) | Official::Titled { .. } if lowercase || after_title => role(who),
        // The other way round: after a title, words typed in lowercase that open no organ
        // read as its organ first ("bo truong tra"), and as the end of a name too ("Trà").
        Official::Role(_) if lowercase && title_len > 0 => {
            let rest = &who[at + title_len..];
            let organ = rest
                .first()
                .is_some_and(|w| ORGAN_WORDS.contains(&w.folded.as_str()));
            let title_alone = role_at(&who[..at + title_len], (at, title_len));
            named_in_part(true, rest)
                .filter(|_| !organ)
                .map(|person| titled(person, title_alone))
        }
        _ => None,
    }
}

/// Who `who` names, read as a question's official is ([`official`]): a full name, a name
/// given in part, a title, a title in its organ ("Bộ trưởng Bộ Tư pháp"), with the title it
/// also reads as ([`as_title`]); `None` when it reads as none of these (a name typed in
/// lowercase alone: the caller takes it as a name).
pub fn read_official(who: &str) -> Option<(Official, Option<Official>)> {
    let who = &with_titles_in_full(who);
    let words = words_of(who);
    let read = official(&words)?;
    let title = as_title(&words, &read);
    Some((read, title))
}

/// English frames that open a question about statements: "what did <official> say",
/// "statements by <official>"; the official's words end at the verb or at "about"/"on".
const ENGLISH_OPENERS: &[&str] = &[
    "what did",
    "what does",
    "what has",
    "what have",
    "what do",
    "statements by",
    "statements of",
    "statements from",
    "remarks by",
    "remarks of",
    "quotes by",
    "quotes from",
];
/// English verbs of saying that close the official's words in "what did ... say".
const ENGLISH_VERBS: &[&str] = &["say", "said", "says", "state", "stated", "tell", "told"];
/// English words that open the topic.
const ENGLISH_TOPIC_OPENERS: &[&str] = &["about", "on", "regarding", "concerning"];

/// Where the official's words start and end in a question asked in English ("what did
/// Phạm Minh Chính say about cải cách hành chính", "statements by Trần Lưu Quang on thủ
/// tục"), and where its topic starts.
fn english_frame(words: &[Word]) -> Option<(usize, usize, Option<usize>)> {
    let opener = phrase_at(words, 0, ENGLISH_OPENERS);
    if opener == 0 {
        return None;
    }
    let asks_what = words[0].folded == "what";
    let ends_who = |w: &Word| {
        ENGLISH_TOPIC_OPENERS.contains(&w.folded.as_str())
            || (asks_what && ENGLISH_VERBS.contains(&w.folded.as_str()))
    };
    let who_end = (opener..words.len()).find(|&i| ends_who(&words[i]))?;
    // "what did X say" needs its verb; "statements by X" ends with X or its topic.
    let mut next = who_end;
    if asks_what {
        if !ENGLISH_VERBS.contains(&words[who_end].folded.as_str()) {
            return None;
        }
        next += 1;
    }
    let topic_at = match words.get(next) {
        None => None,
        Some(w) if ENGLISH_TOPIC_OPENERS.contains(&w.folded.as_str()) && next + 1 < words.len() => {
            Some(next + 1)
        }
        Some(_) => return None,
    };
    (who_end > opener).then_some((opener, who_end, topic_at))
}

/// The question `query` asks, when it asks what an official said; `None` for any other
/// query.
pub fn read_question(query: &str) -> Option<StatementQuestion> {
    let query = &with_titles_in_full(after_request(query));
    let words = words_of(query);
    let question = |who: &[Word], topic_at: Option<usize>| {
        let official = if asks_who(who) {
            Official::Anyone
        } else {
            official(who)?
        };
        let topic = topic_at.map_or("", |i| query[words[i].start..].trim());
        statement_question(query, who, official, topic)
    };
    if let Some((from, to, topic_at)) = english_frame(&words) {
        if let Some(q) = question(&words[from..to], topic_at) {
            return Some(q);
        }
    }
    // "ý kiến (của) <official> (về <topic>)".
    let plural = phrase_at(&words, 0, PLURALS);
    let noun = phrase_at(&words, plural, STATEMENT_NOUNS);
    if noun > 0 {
        let noun = plural + noun;
        let from = noun + usize::from(words.get(noun).is_some_and(|w| w.folded == "cua"));
        let about = (from..words.len()).find(|&i| words[i].folded == "ve");
        let to = about.unwrap_or(words.len());
        if to > from && about.is_none_or(|a| a + 1 < words.len()) {
            if let Some(q) = question(&words[from..to], about.map(|a| a + 1)) {
                return Some(q);
            }
        }
    }
    // "<official> (đã) <speech verb> (gì) (về <topic>)".
    for at in 1..words.len() {
        let verb = speech_verb_at(&words, at);
        if verb == 0 {
            continue;
        }
        let who_end = if words[at - 1].folded == "da" {
            at - 1
        } else {
            at
        };
        let mut next = at + verb;
        let asked = phrase_at(&words, next, QUESTION_WORDS);
        next += asked;
        let verb_text: Vec<&str> = words[at..at + verb]
            .iter()
            .map(|w| w.folded.as_str())
            .collect();
        // After a question word whatever follows is the topic ("... những gì tại hội nghị"),
        // its opening preposition aside; without one, only "về" opens a topic.
        let opener = words.get(next).is_some_and(|w| {
            if asked > 0 {
                TOPIC_OPENERS.contains(&w.folded.as_str())
            } else {
                w.folded == "ve"
            }
        });
        if who_end == 0 {
            continue;
        }
        // Asking who says what: what follows the verb is the topic ("ai đề nghị khắc phục
        // hạn chế", "người nào nhấn mạnh thủ tục nội bộ").
        let who_asked = asks_who(&words[..who_end]);
        let topic_at = match words.get(next) {
            None if asked > 0 || PLAIN_SPEECH.contains(&verb_text.join(" ").as_str()) => None,
            Some(_) if opener && next + 1 < words.len() => Some(next + 1),
            Some(_) if (asked > 0 || who_asked) && !opener => Some(next),
            _ => continue,
        };
        if let Some(q) = question(&words[..who_end], topic_at) {
            return Some(q);
        }
    }
    quoted_frame(query, &words)
}

/// The question about what `official`, named by the words `who` of `query`, said about
/// `topic` (empty: everything).
fn statement_question(
    query: &str,
    who: &[Word],
    official: Official,
    topic: &str,
) -> Option<StatementQuestion> {
    let (first, last) = (who.first()?, who.last()?);
    Some(StatementQuestion {
        as_title: as_title(who, &official),
        official,
        official_text: query[first.start..last.end].to_string(),
        topic: topic.to_string(),
    })
}

/// Whether `who` names an official by a title or a form of address ("Thủ tướng", "ông
/// Phan", "Bộ trưởng Trà"): words that say whose statement it is, not a place or a thing
/// with a capital ("Hà Nội: ..." heads an article about the city).
fn titled_or_addressed(who: &[Word]) -> bool {
    let (at, title_len) = title_span(who);
    at + title_len > 0
}

/// The statement frames that quote rather than ask, each with a title or a form of address
/// ([`titled_or_addressed`]): "theo <official>, <topic>" as articles attribute a statement,
/// "<topic> theo <official>" ("according to"), and "<official>: <topic>" as headlines quote.
fn quoted_frame(query: &str, words: &[Word]) -> Option<StatementQuestion> {
    let quoted = |who: &[Word], topic: &str| {
        let topic = topic.trim().trim_start_matches([',', ':']).trim();
        if who.is_empty() || topic.is_empty() || !titled_or_addressed(who) {
            return None;
        }
        statement_question(query, who, official(who)?, topic)
    };
    // The official's words end at the first comma or colon after them.
    let closed_at =
        |from: usize| (from..words.len()).find(|&i| query[words[i].end..].starts_with([',', ':']));
    if words.first().is_some_and(|w| w.folded == "theo") {
        let last = closed_at(1)?;
        return quoted(&words[1..=last], &query[words[last].end + 1..]);
    }
    if let Some(at) = (1..words.len()).rev().find(|&i| words[i].folded == "theo") {
        if let Some(q) = quoted(&words[at + 1..], &query[..words[at].start]) {
            return Some(q);
        }
    }
    let last = closed_at(0)?;
    query[words[last].end..]
        .starts_with(':')
        .then(|| quoted(&words[..=last], &query[words[last].end + 1..]))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(q: &str) -> Option<(Official, String, String)> {
        read_question(q).map(|q| (q.official, q.official_text, q.topic))
    }

    fn role(keys: &[&str]) -> Official {
        Official::Role(keys.iter().map(|k| k.to_string()).collect())
    }

    #[test]
    fn a_chair_typed_with_a_unit_is_the_chair_of_its_committee() {
        for (typed, read) in [
            ("Chủ tịch tỉnh Quảng Ninh", "Chủ tịch UBND tỉnh Quảng Ninh"),
            (
                "Phó Chủ tịch thị xã Ba Đồn",
                "Phó Chủ tịch UBND thị xã Ba Đồn",
            ),
            ("chu tich phuong Ben Nghe", "chu tich UBND phuong Ben Nghe"),
            ("Chủ tịch TP. Huế", "Chủ tịch UBND TP. Huế"),
            // A committee typed, or none meant.
            ("Chủ tịch UBND huyện Bảo Lâm", "Chủ tịch UBND huyện Bảo Lâm"),
            ("Chủ tịch HĐND tỉnh Nghệ An", "Chủ tịch HĐND tỉnh Nghệ An"),
            ("Chủ tịch nước", "Chủ tịch nước"),
            // A unit typed with marks is one only with its own: "quân" is no "quận".
            ("Chủ tịch quân đội", "Chủ tịch quân đội"),
        ] {
            assert_eq!(with_titles_in_full(typed), read, "{typed}");
        }
        assert_eq!(
            read("Phó Chủ tịch huyện Bảo Lâm nói gì về đất đai?").map(|r| r.1),
            Some("Phó Chủ tịch UBND huyện Bảo Lâm".to_string())
        );
    }

    #[test]
    fn a_title_asked_what_it_said_about_a_topic() {
        assert_eq!(
            read("Thủ tướng nói gì về chuyển đổi số?"),
            Some((
                role(&["thu tuong"]),
                "Thủ tướng".into(),
                "chuyển đổi số?".into()
            ))
        );
        // A title in its organ: whoever holds it there, or where the article does not say.
        assert_eq!(
            read("thu tuong chinh phu da noi gi ve chuyen doi so"),
            Some((
                role(&["thu tuong chinh phu", "thu tuong ?"]),
                "thu tuong chinh phu".into(),
                "chuyen doi so".into()
            ))
        );
        assert_eq!(
            read("Bộ trưởng Bộ Tư pháp nói gì?").map(|r| r.0),
            Some(role(&["bo truong bo tu phap", "bo truong ?"]))
        );
        // A longer title also reads as the shorter one it begins with.
        assert_eq!(
            read("Chủ tịch UBND đánh giá thế nào về dịch vụ công").map(|r| r.0),
            Some(role(&["chu tich ubnd", "chu tich"]))
        );
        assert_eq!(
            read("Chủ tịch UBND tỉnh đánh giá thế nào về dịch vụ công").map(|r| r.0),
            Some(role(&[
                "chu tich ubnd tinh",
                "chu tich ubnd ?",
                "chu tich tinh",
                "chu tich ?"
            ]))
        );
        // Typed in lowercase, words after a title that open no organ are its organ, or the
        // end of a name ("bo truong tra": Trà); "bo noi vu" opens an organ.
        let other = |q: &str| read_question(q).and_then(|q| q.as_title);
        // The name's end carries the title its holder must hold.
        assert_eq!(
            other("bo truong tra noi gi"),
            Some(Official::Titled {
                name: "tra".into(),
                roles: vec!["bo truong".into()]
            })
        );
        assert_eq!(other("bo truong bo noi vu noi gi"), None);
        assert_eq!(other("Bộ trưởng Bộ Nội vụ nói gì"), None);
        // "Phó Thủ tướng" is not "Thủ tướng", nor the State President any "Chủ tịch".
        assert_eq!(
            read("Chủ tịch nước nói gì về cải cách").map(|r| r.0),
            Some(role(&["chu tich nuoc"]))
        );
        assert_eq!(
            read("Phó Thủ tướng phát biểu về cải cách").map(|r| r.0),
            Some(role(&["pho thu tuong"]))
        );
    }

    #[test]
    fn a_title_typed_as_its_abbreviation_is_read_in_full() {
        for q in ["ĐBQH nói gì về công chức?", "dbqh noi gi ve cong chuc?"] {
            let (official, _, topic) = read(q).expect(q);
            assert_eq!(
                Some(official),
                read("đại biểu Quốc hội nói gì").map(|r| r.0)
            );
            assert!(topic.ends_with('?'), "{q}: {topic}");
        }
        // An abbreviation inside a word is no title.
        assert_eq!(with_titles_in_full("ĐBQHx nói gì"), "ĐBQHx nói gì");
    }

    #[test]
    fn a_question_asking_who_searches_every_statement() {
        assert_eq!(
            read("ai nói gì về chuyển đổi số"),
            Some((Official::Anyone, "ai".into(), "chuyển đổi số".into()))
        );
        assert_eq!(
            read("Những ai đã phát biểu về cải cách").map(|r| r.0),
            Some(Official::Anyone)
        );
        // Asked who, the verb alone opens the topic; asked about an official, it does not
        // ("Bộ trưởng đề nghị ..." is a sentence searched for its words).
        assert_eq!(
            read("ai đề nghị khắc phục hạn chế"),
            Some((Official::Anyone, "ai".into(), "khắc phục hạn chế".into()))
        );
        assert_eq!(
            read("Người nào nhấn mạnh thủ tục nội bộ?").map(|r| (r.0, r.2)),
            Some((Official::Anyone, "thủ tục nội bộ?".into()))
        );
        assert_eq!(read("Bộ trưởng đề nghị khắc phục hạn chế"), None);
        // "AI" as the topic is a topic.
        assert_eq!(
            read("Thủ tướng nói gì về AI").map(|r| (r.0, r.2)),
            Some((role(&["thu tuong"]), "AI".into()))
        );
    }

    #[test]
    fn statements_asked_for_as_a_noun_in_the_plural() {
        let person = Some(Official::Person("tran luu quang".into()));
        for q in [
            "những phát biểu của Phó Thủ tướng Trần Lưu Quang",
            "các ý kiến của Trần Lưu Quang về cải cách",
            "tuyên bố của Phó Thủ tướng Trần Lưu Quang",
        ] {
            assert_eq!(read(q).map(|r| r.0), person, "{q}");
        }
        assert_eq!(read("những phát biểu hay nhất năm"), None);
    }

    #[test]
    fn a_name_with_or_without_its_title() {
        let person = |k: &str| Some(Official::Person(k.into()));
        assert_eq!(
            read("Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà nói gì về tinh giản biên chế")
                .map(|r| r.0),
            person("pham thi thanh tra")
        );
        assert_eq!(
            read("pham minh chinh phat bieu ve cai cach").map(|r| r.0),
            person("pham minh chinh")
        );
        assert_eq!(
            read("ý kiến của ông Ngô Hải Phan về thủ tục hành chính"),
            Some((
                Official::Person("ngo hai phan".into()),
                "ông Ngô Hải Phan".into(),
                "thủ tục hành chính".into()
            ))
        );
        assert_eq!(
            read("Phát biểu của Thủ tướng").map(|r| (r.0, r.2)),
            Some((role(&["thu tuong"]), String::new()))
        );
        assert_eq!(
            read("Ông Ngô Hải Phan nhấn mạnh điều gì về Nghị quyết 131").map(|r| (r.0, r.2)),
            Some((
                Official::Person("ngo hai phan".into()),
                "Nghị quyết 131".into()
            ))
        );
        assert_eq!(
            read("Thủ tướng đã phát biểu những gì tại hội nghị trực tuyến").map(|r| r.2),
            Some("hội nghị trực tuyến".into())
        );
        assert_eq!(
            read("Thủ tướng yêu cầu gì đối với các bộ").map(|r| r.2),
            Some("đối với các bộ".into())
        );
        // A given name that is also an organ's word ("Thành", as in "Thành phố"), alone
        // after the title, is the name.
        assert!(
            matches!(
                read("Chủ tịch Thành nói gì về hồ sơ").map(|r| r.0),
                Some(Official::Titled { name, roles }) if name == "thanh" && roles[0] == "chu tich"
            ),
            "{:?}",
            read("Chủ tịch Thành nói gì về hồ sơ")
        );
        assert_ne!(
            read("Chủ tịch Thành phố Huế nói gì").map(|r| r.0),
            person("thanh pho hue")
        );
    }

    #[test]
    fn questions_asked_in_english() {
        assert_eq!(
            read("What did Phạm Minh Chính say about cải cách hành chính?"),
            Some((
                Official::Person("pham minh chinh".into()),
                "Phạm Minh Chính".into(),
                "cải cách hành chính?".into()
            ))
        );
        assert_eq!(
            read("what has Thu tuong said").map(|r| (r.0, r.2)),
            Some((role(&["thu tuong"]), String::new()))
        );
        assert_eq!(
            read("statements by Tran Luu Quang on thu tuc hanh chinh").map(|r| (r.0, r.2)),
            Some((
                Official::Person("tran luu quang".into()),
                "thu tuc hanh chinh".into()
            ))
        );
        for q in [
            "what did the budget say",
            "what does it cost",
            "statements by the ministry",
        ] {
            assert_eq!(read(q), None, "{q}");
        }
    }

    #[test]
    fn a_person_named_by_the_end_of_their_name() {
        let person = |k: &str| Some(Official::Person(k.into()));
        assert_eq!(
            read("ông Chính nói gì về chuyển đổi số").map(|r| r.0),
            person("chinh")
        );
        assert_eq!(read("Thanh Trà nói gì").map(|r| r.0), person("thanh tra"));
        assert_eq!(
            read("ba tra noi gi ve bien che").map(|r| r.0),
            person("tra")
        );
        // Lowercase words without a form of address name nobody.
        assert_eq!(read("chinh phu noi gi ve bien che"), None);
    }

    #[test]
    fn statements_quoted_with_theo_or_a_colon() {
        let cchc = Some((role(&["thu tuong"]), "cải cách hành chính".to_string()));
        for q in [
            "cải cách hành chính theo Thủ tướng",
            "Theo Thủ tướng, cải cách hành chính",
            "Thủ tướng: cải cách hành chính",
        ] {
            assert_eq!(read(q).map(|r| (r.0, r.2)), cchc, "{q}");
        }
        assert_eq!(
            read("cải cách theo Thủ tướng Chính phủ").map(|r| r.2),
            Some("cải cách".to_string())
        );
        assert_eq!(
            read("theo ông Ngô Hải Phan, dịch vụ công").map(|r| (r.0, r.2)),
            Some((
                Official::Person("ngo hai phan".into()),
                "dịch vụ công".into()
            ))
        );
        // Without a title or a form of address, a place or a document, not a speaker.
        for q in [
            "Hà Nội: cắt giảm thủ tục hành chính",
            "thực hiện theo Nghị quyết 131",
            "giải quyết hồ sơ theo quy định",
            "Theo Nguyễn Văn An, cải cách",
            "Thủ tướng:",
            "thực hiện theo chỉ đạo của Thủ tướng Chính phủ",
        ] {
            assert_eq!(read(q).map(|r| r.0), None, "{q}");
        }
    }

    #[test]
    fn other_queries_are_not_questions() {
        for q in [
            "Thủ tướng Chính phủ",
            "người dân nói gì về dịch vụ công",
            "Thủ tướng yêu cầu cắt giảm thủ tục",
            "cải cách hành chính",
            "nói gì về chuyển đổi số",
            "Thủ tướng nói về",
            "ý kiến về dịch vụ công",
            "Nghị quyết 131 nói gì",
        ] {
            assert_eq!(read(q), None, "{q}");
        }
    }
}
