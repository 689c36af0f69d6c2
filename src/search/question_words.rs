//! The words a query asks with ("ai chủ trì hội nghị", "bao nhiêu thủ tục được cắt giảm",
//! "tỉnh nào dẫn đầu"): the answer holds what was asked about, not "ai", "bao nhiêu" or
//! "nào", so they are left out of the words every passage must hold.
//!
//! Vietnamese asks with a closed class of words, kept where they stand in the sentence. A
//! word that is often an ordinary word when typed without marks ("dau" is most often "đầu",
//! "sao" is "sao" in "bản sao") is read as asking only with its marks or inside a phrase
//! that only asks ("tại sao", "khi nào", "như thế nào"); one typed with other marks
//! ("não") never asks.
//!
//! A question typed as one would ask an official also wraps its subject: a request before it
//! ("cho tôi hỏi", "xin cho biết"), a yes-or-no frame around it ("thủ tục này có mất phí
//! không", "đã có hướng dẫn chưa") and a polite particle after it ("ạ"). None of these is in
//! the answer either.

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
    &["bao", "lau"],
    &["hay", "khong"],
    &["hay", "chua"],
    &["phai", "khong"],
    &["dung", "khong"],
    &["khi", "nao"],
    &["luc", "nao"],
    &["o", "dau"],
    &["nhung", "gi"],
    &["dieu", "gi"],
    &["cai", "gi"],
];

/// Requests that open a question ("cho tôi hỏi", "xin cho biết"), folded, longest first.
const REQUESTS: &[&[&str]] = &[
    &["vui", "long", "cho", "biet"],
    &["lam", "on", "cho", "biet"],
    &["cho", "toi", "hoi"],
    &["cho", "em", "hoi"],
    &["cho", "minh", "hoi"],
    &["xin", "cho", "biet"],
    &["toi", "muon", "hoi"],
    &["toi", "muon", "biet"],
    &["em", "muon", "hoi"],
    &["cho", "hoi"],
    &["xin", "hoi"],
    &["cho", "biet"],
];

/// A yes-or-no question's closing word ("không", "chưa") and the word that opens its frame
/// before the predicate ("có ... không", "đã ... chưa"), folded.
const YES_OR_NO: &[(&str, &str)] = &[("khong", "co"), ("chua", "da")];

/// Polite particles closing a question, as written with their marks ("ạ"; "a" without marks
/// is too many other words) and, once something else asks, "vậy" ("là gì vậy").
const POLITE: &str = "ạ";
const THEN: &str = "vay";

/// The words before "đâu" that ask how far, folded ("đến đâu", "tới đâu").
const HOW_FAR: &[&str] = &["den", "toi"];
/// "rồi" (yet, by now) closing a question of how far ("tới đâu rồi"), as written with its
/// marks ("roi" is also "rơi", "rối").
const BY_NOW: &str = "rồi";

/// Words that ask as written with their marks ("gì", "nào", "đâu")...
const ASKING_WORDS: &[&str] = &["gì", "nào", "đâu"];
/// ... and those of them that still ask typed without marks ("gi", "nao": "gỉ" and "não"
/// are rare in a query typed without marks, where "dau" is most often "đầu").
const ASKING_UNMARKED: &[&str] = &["gi", "nao"];

/// "ai" (who) asks where it opens the query or follows "những" or the copula "là"
/// ("người chủ trì là ai"): elsewhere, typed in lowercase, it may be "AI" (artificial
/// intelligence) or a word that lost its marks.
const WHO: &str = "ai";
/// The words "ai" asks after, folded.
const BEFORE_WHO: &[&str] = &["nhung", COPULA];

/// `words` without the words it asks with, when some other word stays; `None` when none
/// asks. Punctuation after a word ("gì?") goes with it.
pub fn without_question_words(words: &str) -> Option<String> {
    let typed: Vec<&str> = words.split_whitespace().collect();
    let bare: Vec<&str> = typed
        .iter()
        .map(|w| w.trim_end_matches(TRAILING_MARKS))
        .collect();
    let folded: Vec<String> = bare.iter().map(|w| search_key(w)).collect();
    let mut asking = vec![false; typed.len()];
    let mut i = request_len(&folded);
    asking[..i].fill(true);
    while i < typed.len() {
        let phrase = ASKING_PHRASES
            .iter()
            .find(|phrase| starts_with(&folded, i, phrase));
        if let Some(phrase) = phrase {
            asking[i..i + phrase.len()].fill(true);
            said_before(i, &folded, &mut asking);
            i += phrase.len();
            continue;
        }
        let word = bare[i].to_lowercase();
        let who = bare[i] == WHO && (i == 0 || BEFORE_WHO.contains(&folded[i - 1].as_str()));
        let unmarked = ASKING_UNMARKED.contains(&word.as_str());
        if ASKING_WORDS.contains(&word.as_str()) || unmarked || who {
            asking[i] = true;
            // "những ai", "là ai": the word before goes with its question word.
            if who && i > 0 {
                asking[i - 1] = true;
            }
            said_before(i, &folded, &mut asking);
        }
        i += 1;
    }
    closing_frame(&typed, &bare, &folded, &mut asking);
    if !asking.contains(&true) || asking.iter().all(|&a| a) {
        return None;
    }
    Some(words_left(&typed, &asking))
}

/// The words of `typed` not `left_out`, one space between them.
pub(super) fn words_left(typed: &[&str], left_out: &[bool]) -> String {
    let kept: Vec<&str> = typed
        .iter()
        .zip(left_out)
        .filter(|(_, &out)| !out)
        .map(|(w, _)| *w)
        .collect();
    kept.join(" ")
}

/// How many of the words (folded) open the query with a request ("cho tôi hỏi").
fn request_len(folded: &[String]) -> usize {
    REQUESTS
        .iter()
        .find(|request| starts_with(folded, 0, request))
        .map_or(0, |request| request.len())
}

/// `query` after the request opening it ("cho tôi hỏi Thủ tướng nói gì" → "Thủ tướng nói
/// gì"), unless nothing follows the request.
pub fn after_request(query: &str) -> &str {
    let words: Vec<&str> = query.split_whitespace().take(MAX_REQUEST_WORDS).collect();
    let folded: Vec<String> = words
        .iter()
        .map(|w| search_key(w.trim_end_matches(TRAILING_MARKS)))
        .collect();
    match request_len(&folded) {
        0 => query,
        n => {
            let last = words[n - 1];
            // The words are slices of `query`: the request ends where its last word does.
            let end = last.as_ptr() as usize - query.as_ptr() as usize + last.len();
            let rest = query[end..].trim_start_matches([',', ':']).trim_start();
            if rest.is_empty() {
                query
            } else {
                rest
            }
        }
    }
}

/// Marks a query's word may end with that are not part of it ("gì?", "Thủ tướng,").
pub(super) const TRAILING_MARKS: [char; 6] = ['?', '.', ',', '!', ':', ';'];

/// The most words a request holds.
const MAX_REQUEST_WORDS: usize = 4;

/// Whether the words from `i` on begin with `phrase`.
pub(super) fn starts_with(folded: &[String], i: usize, phrase: &[&str]) -> bool {
    folded.len() >= i + phrase.len() && phrase.iter().zip(&folded[i..]).all(|(p, f)| p == f)
}

/// Marks what closes the question at its end: a polite particle, "vậy" once something asks,
/// and a yes-or-no frame's last word with the word opening the frame ("có", "đã"). The last
/// "không" closes a question only when there is one (a '?') or when its frame's opening word
/// stands before it, so "thủ tục không" stays a phrase of two words.
fn closing_frame(typed: &[&str], bare: &[&str], folded: &[String], asking: &mut [bool]) {
    let mut end = typed.len();
    while end > 1 && !asking[end - 1] && bare[end - 1].to_lowercase() == POLITE {
        asking[end - 1] = true;
        end -= 1;
    }
    if end > 1 && folded[end - 1] == THEN && asking[..end - 1].contains(&true) {
        asking[end - 1] = true;
        end -= 1;
    }
    // "đến đâu" closing a question asks how far ("Đề án 06 triển khai đến đâu"), "rồi" after
    // it too ("tới đâu rồi"); typed without marks only there, since "den dau nam" is "đến
    // đầu năm".
    let how_far = |end: usize| {
        end > 2
            && HOW_FAR.contains(&folded[end - 2].as_str())
            && ["đâu", "dau"].contains(&bare[end - 1].to_lowercase().as_str())
    };
    if end > 3 && bare[end - 1].to_lowercase() == BY_NOW && how_far(end - 1) {
        asking[end - 1] = true;
        end -= 1;
    }
    if how_far(end) {
        asking[end - 2..end].fill(true);
        return;
    }
    let Some(last) = end
        .checked_sub(1)
        .filter(|&last| last >= 2 && !asking[last])
    else {
        return;
    };
    let Some(&(_, opening)) = YES_OR_NO
        .iter()
        .find(|(closing, _)| folded[last] == *closing)
    else {
        return;
    };
    let opened = (0..last)
        .rev()
        .find(|&j| folded[j] == opening && !asking[j]);
    let asked = typed.last().is_some_and(|w| w.ends_with('?'));
    if opened.is_none() && !asked {
        return;
    }
    asking[last] = true;
    if let Some(j) = opened {
        asking[j] = true;
    }
}

/// "nói" (say) right before the question at `i` asks with it ("thuy nói gì": what Thuý
/// said, in whatever words a passage reports it), and so does the copula "là" ("Đề án 06
/// là gì", "tỷ lệ là bao nhiêu", "người chủ trì là ai"): the passage that answers says what
/// the thing is in its own words, with or without "là", which half of all passages hold
/// anyway.
fn said_before(i: usize, folded: &[String], asking: &mut [bool]) {
    if i > 0 && [SAY, COPULA].contains(&folded[i - 1].as_str()) {
        asking[i - 1] = true;
    }
}

/// The plain verb of saying, folded.
const SAY: &str = "noi";
/// The copula, folded.
const COPULA: &str = "la";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_opening_a_question_is_set_aside() {
        assert_eq!(
            after_request("Cho tôi hỏi: Thủ tướng nói gì"),
            "Thủ tướng nói gì"
        );
        assert_eq!(after_request("xin cho biết, ai chủ trì"), "ai chủ trì");
        assert_eq!(after_request("cho biết"), "cho biết");
        assert_eq!(after_request("cho toàn dân"), "cho toàn dân");
    }

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
            // A request before a question and a yes-or-no frame around it.
            (
                "cho tôi hỏi thủ tục cấp đổi hộ chiếu có mất phí không ạ?",
                Some("thủ tục cấp đổi hộ chiếu mất phí"),
            ),
            ("xin cho biet ho so nop o dau", Some("ho so nop")),
            ("tỉnh đã có hướng dẫn chưa", Some("tỉnh có hướng dẫn")),
            (
                "chuyen doi vi tri cong tac bao lau",
                Some("chuyen doi vi tri cong tac"),
            ),
            ("một cửa liên thông là gì vậy", Some("một cửa liên thông")),
            // The copula before a question word asks with it.
            ("Đề án 06 là gì?", Some("Đề án 06")),
            (
                "tỷ lệ hồ sơ trực tuyến là bao nhiêu",
                Some("tỷ lệ hồ sơ trực tuyến"),
            ),
            (
                "người chủ trì hội nghị là ai",
                Some("người chủ trì hội nghị"),
            ),
            ("Cà Mau là tỉnh nào", Some("Cà Mau là tỉnh")),
            (
                "co duoc nop truc tuyen hay khong",
                Some("co duoc nop truc tuyen"),
            ),
            ("giấy tờ không?", Some("giấy tờ")),
            ("Đề án 06 triển khai đến đâu", Some("Đề án 06 triển khai")),
            ("de an 06 trien khai toi dau roi", None),
            (
                "Đề án 06 triển khai tới đâu rồi ạ?",
                Some("Đề án 06 triển khai"),
            ),
            ("thủ tục rồi", None),
            ("tinh den dau nam", None),
            ("cho hỏi, tại sao hồ sơ trễ hạn", Some("hồ sơ trễ hạn")),
            // "không" closes a question only where one is asked.
            ("thủ tục hành chính không", None),
            ("chính quyền không giấy tờ", None),
            ("cho biết", None),
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
