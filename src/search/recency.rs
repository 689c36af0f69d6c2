//! Words that ask for the newest articles ("mới nhất", "gần đây", "latest"): the answer is
//! ordered by date, newest first, and the words are not required of it. A frame opening the
//! query that only says what kind of text is sought ("tin về", "các bài viết gần đây về",
//! "thông tin liên quan đến") is not required either: the articles are the answer.
//!
//! Words are compared folded, so they count typed without marks too ("moi nhat", "tin ve");
//! a quoted phrase is the user's own and keeps every word.

use super::question_words::starts_with;
use super::{SearchRequest, SortOrder};
use crate::text::{search_key, DOUBLE_QUOTATION_MARKS};

/// Phrases asking for the newest, folded, longest first.
const RECENT: &[&[&str]] = &[
    &["gan", "day", "nhat"],
    &["moi", "nhat"],
    &["gan", "day"],
    &["moi", "day"],
    &["most", "recent"],
    &["latest"],
    &["newest"],
    &["recent"],
];

/// Words for "several" opening a frame ("các tin về", "những bài viết về"), folded.
const PLURALS: &[&str] = &["cac", "nhung"];

/// Kinds of text a frame asks for, folded, longest first.
const KINDS: &[&[&str]] = &[
    &["tin", "tuc"],
    &["bai", "viet"],
    &["bai", "bao"],
    &["thong", "tin"],
    &["tin"],
    &["bai"],
    &["news"],
    &["articles"],
];

/// Words that close a frame before its topic ("về", "liên quan đến"), folded, longest first.
const CONNECTORS: &[&[&str]] = &[
    &["lien", "quan", "den"],
    &["lien", "quan", "toi"],
    &["ve"],
    &["about"],
    &["on"],
];

/// A query read for the order it asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecencyReading {
    /// The query without the words that only asked for the newest or framed the topic.
    pub query: String,
    /// Whether it asked for the newest first.
    pub newest: bool,
}

/// `request` with its query read by [`read_recency`]: the words left, ordered by date when
/// they asked for the newest; with the reading. `None` when the query holds no such words.
pub fn reread_request(request: &SearchRequest) -> Option<(SearchRequest, RecencyReading)> {
    let reading = read_recency(&request.query)?;
    let reread = SearchRequest {
        query: reading.query.clone(),
        sort: if reading.newest {
            SortOrder::Date
        } else {
            request.sort
        },
        ..request.clone()
    };
    Some((reread, reading))
}

/// `query` without its words asking for the newest and its opening frame, and whether it
/// asked for the newest; `None` when it holds neither, or nothing else.
fn read_recency(query: &str) -> Option<RecencyReading> {
    let typed: Vec<&str> = query.split_whitespace().collect();
    let folded: Vec<String> = typed.iter().map(|w| search_key(w)).collect();
    let quoted = quoted_words(&typed);
    let mut left_out = vec![false; typed.len()];
    let mut newest = false;
    let mut i = 0;
    while i < typed.len() {
        match phrase_at(&folded, &quoted, i, RECENT) {
            0 => i += 1,
            n => {
                left_out[i..i + n].fill(true);
                newest = true;
                i += n;
            }
        }
    }
    let frame = frame_len(&folded, &quoted, &left_out);
    left_out[..frame].fill(true);
    if !left_out.contains(&true) || left_out.iter().all(|&out| out) {
        return None;
    }
    Some(RecencyReading {
        query: super::question_words::words_left(&typed, &left_out),
        newest,
    })
}

/// How many words open the query with a frame: a plural, a kind of text and a connector,
/// which must be there ("tin học" is no frame), the words asking for the newest anywhere
/// among them.
fn frame_len(folded: &[String], quoted: &[bool], left_out: &[bool]) -> usize {
    let past_recent = |mut at: usize| {
        while at < folded.len() && left_out[at] {
            at += 1;
        }
        at
    };
    let mut at = past_recent(0);
    let plural = at < folded.len() && !quoted[at] && PLURALS.contains(&folded[at].as_str());
    at = past_recent(at + usize::from(plural));
    match phrase_at(folded, quoted, at, KINDS) {
        0 => return 0,
        n => at = past_recent(at + n),
    }
    match phrase_at(folded, quoted, at, CONNECTORS) {
        0 => 0,
        n => at + n,
    }
}

/// How many words of `phrases` (folded) stand at `at`, none of them quoted; 0 for none.
fn phrase_at(folded: &[String], quoted: &[bool], at: usize, phrases: &[&[&str]]) -> usize {
    phrases
        .iter()
        .find(|phrase| {
            starts_with(folded, at, phrase) && !quoted[at..at + phrase.len()].contains(&true)
        })
        .map_or(0, |phrase| phrase.len())
}

/// Which of the words stand inside quotation marks (or open or close a quoted phrase).
pub(super) fn quoted_words(typed: &[&str]) -> Vec<bool> {
    let mut inside = false;
    typed
        .iter()
        .map(|word| {
            let marks = word.matches(DOUBLE_QUOTATION_MARKS).count();
            let quoted = inside || marks > 0;
            if marks % 2 == 1 {
                inside = !inside;
            }
            quoted
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: &str) -> Option<(String, bool)> {
        read_recency(query).map(|r| (r.query, r.newest))
    }

    #[test]
    fn words_asking_for_the_newest_order_by_date() {
        for (query, left) in [
            ("cải cách hành chính mới nhất", "cải cách hành chính"),
            ("tin mới nhất về cải cách hành chính", "cải cách hành chính"),
            ("những bài viết gần đây về thủ tục", "thủ tục"),
            ("cai cach hanh chinh moi nhat", "cai cach hanh chinh"),
            ("Nghị quyết 131 gần đây nhất", "Nghị quyết 131"),
            ("latest news on TTHC", "TTHC"),
            (
                "mới đây Thủ tướng nói gì về chuyển đổi số",
                "Thủ tướng nói gì về chuyển đổi số",
            ),
        ] {
            assert_eq!(read(query), Some((left.to_string(), true)), "{query}");
        }
    }

    #[test]
    fn a_frame_alone_is_left_out_and_keeps_the_order() {
        assert_eq!(
            read("tin tức về dịch vụ công"),
            Some(("dịch vụ công".to_string(), false))
        );
        assert_eq!(
            read("thông tin liên quan đến Đề án 06"),
            Some(("Đề án 06".to_string(), false))
        );
    }

    #[test]
    fn other_words_and_quoted_phrases_stay() {
        for query in [
            "công nghệ thông tin",
            "tin học hóa",
            "đổi mới thủ tục",
            "\"mới nhất\" cải cách",
            "mới nhất",
            "bài về",
            "cải cách hành chính",
        ] {
            assert_eq!(read(query), None, "{query}");
        }
    }
}
