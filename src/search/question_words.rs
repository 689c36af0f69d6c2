//! The words a query asks with ("ai chủ trì hội nghị", "bao nhiêu thủ tục được cắt giảm",
//! "tỉnh nào dẫn đầu"): the answer holds what was asked about, not "ai", "bao nhiêu" or
//! "nào", so they are left out of the words every passage must hold.
//!
//! Vietnamese asks with a closed class of words, kept where they stand in the sentence. A
//! word that is often an ordinary word when typed without marks ("dau" is most often "đầu",
//! "sao" is "sao" in "bản sao") is read as asking only with its marks or inside a phrase
//! that only asks ("tại sao", "khi nào", "như thế nào"); one typed with other marks
//! ("não") never asks.

use crate::text::search_key;

/// Phrases that only ask, folded ("như thế nào", "bao nhiêu", "vì sao"), longest first.
const ASKING_PHRASES: &[&[&str]] = &[
    &["nhu", "the", "nao"],
    &["the", "nao"],
    &["ra", "sao"],
    &["tai", "sao"],
    &["vi", "sao"],
    &["lam", "sao"],
    &["bao", "nhieu"],
    &["bao", "gio"],
    &["khi", "nao"],
    &["luc", "nao"],
    &["o", "dau"],
    &["nhung", "gi"],
    &["dieu", "gi"],
    &["cai", "gi"],
];

/// Words that ask as written with their marks ("gì", "nào", "đâu")...
const ASKING_WORDS: &[&str] = &["gì", "nào", "đâu"];
/// ... and those of them that still ask typed without marks ("gi", "nao": "gỉ" and "não"
/// are rare in a query typed without marks, where "dau" is most often "đầu").
const ASKING_UNMARKED: &[&str] = &["gi", "nao"];

/// "ai" (who) asks where it opens the query or follows "những": elsewhere, typed in
/// lowercase, it may be "AI" (artificial intelligence) or a word that lost its marks.
const WHO: &str = "ai";

/// `words` without the words it asks with, when some other word stays; `None` when none
/// asks. Punctuation after a word ("gì?") goes with it.
pub fn without_question_words(words: &str) -> Option<String> {
    let typed: Vec<&str> = words.split_whitespace().collect();
    let bare: Vec<&str> = typed
        .iter()
        .map(|w| w.trim_end_matches(['?', '.', ',', '!', ':', ';']))
        .collect();
    let folded: Vec<String> = bare.iter().map(|w| search_key(w)).collect();
    let mut asking = vec![false; typed.len()];
    let mut i = 0;
    while i < typed.len() {
        let phrase = ASKING_PHRASES.iter().find(|phrase| {
            folded.len() >= i + phrase.len() && phrase.iter().zip(&folded[i..]).all(|(p, f)| p == f)
        });
        if let Some(phrase) = phrase {
            asking[i..i + phrase.len()].fill(true);
            said_before(i, &folded, &mut asking);
            i += phrase.len();
            continue;
        }
        let word = bare[i].to_lowercase();
        let who = bare[i] == WHO && (i == 0 || folded[i - 1] == "nhung");
        let unmarked = ASKING_UNMARKED.contains(&word.as_str());
        if ASKING_WORDS.contains(&word.as_str()) || unmarked || who {
            asking[i] = true;
            // "những ai": the plural goes with its question word.
            if who && i > 0 {
                asking[i - 1] = true;
            }
            said_before(i, &folded, &mut asking);
        }
        i += 1;
    }
    if !asking.contains(&true) || asking.iter().all(|&a| a) {
        return None;
    }
    let kept: Vec<&str> = typed
        .iter()
        .zip(&asking)
        .filter(|(_, &a)| !a)
        .map(|(w, _)| *w)
        .collect();
    Some(kept.join(" "))
}

/// "nói" (say) right before the question at `i` asks with it ("thuy nói gì": what Thuý
/// said, in whatever words a passage reports it).
fn said_before(i: usize, folded: &[String], asking: &mut [bool]) {
    if i > 0 && folded[i - 1] == SAY {
        asking[i - 1] = true;
    }
}

/// The plain verb of saying, folded.
const SAY: &str = "noi";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_a_query_asks_with_are_left_out() {
        for (typed, searched) in [
            ("ai chủ trì hội nghị", Some("chủ trì hội nghị")),
            ("những ai được khen thưởng", Some("được khen thưởng")),
            (
                "bao nhiêu thủ tục được cắt giảm?",
                Some("thủ tục được cắt giảm?"),
            ),
            ("tỉnh nào dẫn đầu chỉ số", Some("tỉnh dẫn đầu chỉ số")),
            ("tai sao ho so tre han", Some("ho so tre han")),
            (
                "một cửa liên thông triển khai như thế nào",
                Some("một cửa liên thông triển khai"),
            ),
            ("khi nao ap dung", Some("ap dung")),
            ("nộp hồ sơ ở đâu", Some("nộp hồ sơ")),
            ("thu tuc nao duoc bai bo", Some("thu tuc duoc bai bo")),
            ("thuy noi gi ve cai cach", Some("thuy ve cai cach")),
            ("Giám đốc nói như thế nào", Some("Giám đốc")),
            // Words asking only with their marks stay typed without them, or with others.
            ("ban sao hop le", None),
            ("dau nam", None),
            ("tai biến mạch máu não", None),
            // "ai" asks at the start; elsewhere, in lowercase or capitals, it is a word.
            ("ung dung ai trong cai cach", None),
            ("AI hỗ trợ một cửa", None),
            // A question of nothing but asking words stays as typed.
            ("bao nhiêu", None),
            ("cải cách hành chính", None),
        ] {
            assert_eq!(
                without_question_words(typed).as_deref(),
                searched,
                "{typed}"
            );
        }
    }
}
