//! Questions asking which document rules on something: "văn bản nào quy định về thủ tục
//! đăng ký khai sinh", "nghị định nào hướng dẫn Luật Đất đai", "thời hạn giải quyết hồ sơ
//! được quy định tại thông tư nào?" (typed without diacritics too).
//!
//! Read as words, such a query asks for passages holding "văn bản", "nào" and "quy định"; read
//! as meant, it asks for the passages about its topic that cite a document, of the type it
//! names ("nghị định": the decrees; "văn bản": any). The frame is a document's word and an
//! asking word ("nào", "gì"), before the topic with a verb of ruling and "về" at most
//! between, or after it with "được quy định tại" at most between; the type a word names is
//! the one the reference recognizer reads before a number, never a list of its own.

use super::question::{phrase_at, words_of, Word};
use super::question_words::after_request;
use crate::refs::find_query_refs;

/// A question asking which document rules on its topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentQuestion {
    /// The topic, as typed.
    pub topic: String,
    /// The document's word, as typed ("nghị định", "văn bản").
    pub document: String,
    /// The type the question names, as a reference's loose key opens (`nd` for "nghị
    /// định"); `None` for any document ("văn bản", "quy định").
    pub type_key: Option<String>,
}

/// Words for any document, folded.
const ANY_DOCUMENT: &[&str] = &["van ban", "van ban phap luat", "vbqppl", "quy dinh"];

/// Words for a type of document, folded: the types whose word the reference recognizer reads
/// before a number.
const TYPED_DOCUMENTS: &[&str] = &[
    "nghi dinh",
    "nghi quyet",
    "quyet dinh",
    "thong tu",
    "chi thi",
    "cong van",
    "ke hoach",
    "luat",
    "de an",
    "thong bao",
];

/// Words that ask which, folded.
const WHICH: &[&str] = &["nao", "gi"];

/// Words that make a document's word plural, folded ("các văn bản về X", "những nghị định
/// hướng dẫn X": a list of them is asked for, as "nào" asks).
const PLURALS: &[&str] = &["cac", "nhung"];

/// Verbs of what a document does about its topic, folded.
const RULING_VERBS: &[&str] = &[
    "quy dinh",
    "huong dan",
    "dieu chinh",
    "noi",
    "de cap",
    "ban hanh",
    "neu",
];

/// Words before a document's name in a question that asks under which one ("theo văn bản
/// nào", "căn cứ nghị định nào"), or after the topic ("quy định tại thông tư nào").
const BEFORE_DOCUMENT: &[&str] = &["theo", "can cu", "tai", "o", "trong", "boi"];

/// How many words at `at` name a document ("văn bản", "nghị định"), with the type key the
/// name gives.
fn named_document(words: &[Word], at: usize) -> Option<(usize, Option<String>)> {
    if at >= words.len() {
        return None;
    }
    let any = phrase_at(words, at, ANY_DOCUMENT);
    let typed = phrase_at(words, at, TYPED_DOCUMENTS);
    let named = any.max(typed);
    if named == 0 {
        return None;
    }
    let type_key = (typed >= any)
        .then(|| type_key_of(&words[at..at + named]))
        .flatten();
    Some((named, type_key))
}

/// How many words at `at` name a document and ask which ("văn bản nào", "nghị định gì"),
/// with the type key the name gives.
fn asked_document(words: &[Word], at: usize) -> Option<(usize, Option<String>)> {
    let (named, type_key) = named_document(words, at)?;
    (phrase_at(words, at + named, WHICH) > 0).then_some((named + 1, type_key))
}

/// The type key the reference recognizer gives the document word `name` before a number.
fn type_key_of(name: &[Word]) -> Option<String> {
    let typed: Vec<&str> = name.iter().map(|w| w.text).collect();
    let refs = find_query_refs(&format!("{} 1", typed.join(" ")));
    let loose = refs.first()?.loose_key.clone()?;
    loose.split_once(' ').map(|(key, _)| key.to_string())
}

/// Reads `query` as a question asking which document rules on its topic.
pub fn read_document_question(query: &str) -> Option<DocumentQuestion> {
    let query = after_request(query);
    let words = words_of(query);
    let span = |from: usize, to: usize| query[words[from].start..words[to - 1].end].trim();
    let question = |(from, to): (usize, usize), named: (usize, usize), type_key| {
        (from < to).then(|| DocumentQuestion {
            topic: span(from, to).to_string(),
            document: span(named.0, named.1).to_string(),
            type_key,
        })
    };
    // "(theo) văn bản nào (quy định) (về) <topic>".
    let lead = phrase_at(&words, 0, BEFORE_DOCUMENT);
    if let Some((asked, type_key)) = asked_document(&words, lead) {
        let mut at = lead + asked;
        at += phrase_at(&words, at, RULING_VERBS);
        at += usize::from(words.get(at).is_some_and(|w| w.folded == "ve"));
        return question((at, words.len()), (lead, lead + asked - 1), type_key);
    }
    // "các văn bản (quy định) về <topic>": a verb of ruling or "về" must follow.
    let plural = phrase_at(&words, 0, PLURALS);
    if plural > 0 {
        if let Some((named, type_key)) = named_document(&words, plural) {
            let mut at = plural + named;
            let framed = at;
            at += phrase_at(&words, at, RULING_VERBS);
            at += usize::from(words.get(at).is_some_and(|w| w.folded == "ve"));
            if at > framed {
                return question((at, words.len()), (plural, plural + named), type_key);
            }
        }
    }
    // "<topic> (được) (quy định) (tại) văn bản nào".
    let (named, type_key) = (1..words.len()).rev().find_map(|at| {
        asked_document(&words, at)
            .filter(|(n, _)| at + n == words.len())
            .map(|(_, type_key)| (at, type_key))
    })?;
    let mut end = named;
    let before = |end: usize, phrases: &[&str]| {
        (1..=end.min(3))
            .rev()
            .find(|&n| phrase_at(&words[end - n..end], 0, phrases) == n)
    };
    if let Some(n) = before(end, BEFORE_DOCUMENT) {
        end -= n;
    }
    if let Some(n) = before(end, RULING_VERBS) {
        end -= n;
    }
    if end > 0 && words[end - 1].folded == "duoc" {
        end -= 1;
    }
    question((0, end), (named, words.len() - 1), type_key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: &str) -> Option<(String, Option<String>)> {
        read_document_question(query).map(|q| (q.topic, q.type_key))
    }

    #[test]
    fn a_document_and_an_asking_word_frame_the_topic() {
        let asked = |topic: &str, key: Option<&str>| Some((topic.into(), key.map(Into::into)));
        assert_eq!(
            read("văn bản nào quy định về thủ tục đăng ký khai sinh"),
            asked("thủ tục đăng ký khai sinh", None)
        );
        assert_eq!(
            read("nghi dinh nao huong dan luat dat dai"),
            asked("luat dat dai", Some("nd"))
        );
        assert_eq!(
            read("Theo thông tư gì về hồ sơ đất đai?"),
            asked("hồ sơ đất đai", Some("tt"))
        );
        assert_eq!(
            read("thời hạn giải quyết hồ sơ được quy định tại nghị quyết nào?"),
            asked("thời hạn giải quyết hồ sơ", Some("nq"))
        );
        assert_eq!(
            read("cho tôi hỏi quyết định nào công bố thủ tục mới"),
            asked("công bố thủ tục mới", Some("qd"))
        );
        // A plural before the document's word asks for them too, with "về" or a verb after.
        assert_eq!(
            read("các văn bản về cải cách hành chính năm 2022"),
            asked("cải cách hành chính năm 2022", None)
        );
        assert_eq!(
            read("những nghị định hướng dẫn Luật Đất đai"),
            asked("Luật Đất đai", Some("nd"))
        );
        // No asking word, no topic, or a document named by its number: words as typed.
        for query in [
            "các văn bản đã ban",
            "các quyết định xử phạt",
            "văn bản quy định về thủ tục",
            "văn bản nào",
            "Nghị định 107 về hộ tịch",
            "tỉnh nào dẫn đầu cải cách",
        ] {
            assert_eq!(read(query), None, "{query}");
        }
    }
}
