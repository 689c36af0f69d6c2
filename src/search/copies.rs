//! Copies of one passage: the same text published by several portals (a syndicated article,
//! a press release reposted) or said twice in one article is listed once, with the articles
//! its copies stand in.
//!
//! Passages are compared word by word, each word lowercased and its tone read wherever its
//! mark stands ([`crate::text::letters::split_tone`]): punctuation, spacing, case, "hoá"
//! against "hóa" and the Unicode form do not tell copies apart; a word without its
//! diacritics does. Two passages
//! are copies when they are the same words, or when most of them (the [`SHARED`] share of
//! the longer) run on in both where one passage was cut at another place than the other: one
//! holds the other whole (a caption more before it), or one ends with the words the other
//! opens with (a portal's passage cut a sentence later). A word changed inside (another
//! province, another figure) makes another passage, however much else is the same.

use rustc_hash::FxHashMap;

use crate::text::letters::{lower_letter, split_tone};

/// Words in a run, the unit the candidates for copies are first found by.
const RUN_WORDS: usize = 3;

/// The share of the longer passage's words two copies hold in one run.
const SHARED: f64 = 0.7;

/// A passage's words (each hashed, in order) and its runs of three words (hashed, sorted,
/// each once; a passage of fewer words has one run, all of them).
#[derive(Debug)]
pub struct Fingerprint {
    words: Vec<u64>,
    runs: Vec<u64>,
}

/// The [`Fingerprint`] of a passage's text (NFC, as stored).
pub fn fingerprint(text: &str) -> Fingerprint {
    let mut letters = String::new();
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| word_hash(w, &mut letters))
        .collect();
    let run_hash = |run: &[u64]| run.iter().fold(0, |h, &w| mix(h, w));
    let mut runs: Vec<u64> = if words.len() < RUN_WORDS {
        vec![run_hash(&words)]
    } else {
        words.windows(RUN_WORDS).map(run_hash).collect()
    };
    runs.sort_unstable();
    runs.dedup();
    Fingerprint { words, runs }
}

/// A word's hash, the same whatever its case and wherever its tone mark stands: its letters
/// lowercased without the tone, and the tone ("hoá" and "hóa" are "hoa" with the acute).
fn word_hash(word: &str, letters: &mut String) -> u64 {
    letters.clear();
    let mut tone = 0;
    for c in word.chars() {
        let (toneless, marked) = split_tone(lower_letter(c).unwrap_or(c));
        letters.push(toneless);
        tone = tone.max(marked);
    }
    xxhash_rust::xxh3::xxh3_64_with_seed(letters.as_bytes(), u64::from(tone))
}

/// `word` added to the hash of a run of words.
fn mix(run: u64, word: u64) -> u64 {
    (run.rotate_left(5) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Whether `a` and `b` share one run of words as long as [`SHARED`] of the longer, that run
/// being the whole of one of them or the end of one and the opening of the other.
fn copies(a: &[u64], b: &[u64]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let need = (SHARED * long.len() as f64).ceil() as usize;
    if short.len() < need.max(1) {
        return false;
    }
    if long.windows(short.len()).any(|w| w == short) {
        return true;
    }
    (need..short.len()).any(|n| a[a.len() - n..] == b[..n] || b[b.len() - n..] == a[..n])
}

/// One passage listed, with its copies found after it.
#[derive(Debug)]
pub struct Listed<T> {
    /// The first passage of its text in the order given.
    pub first: T,
    /// The passages after it that are its copies, in order.
    pub copies: Vec<T>,
}

/// `items` in order, each with its text's [`Fingerprint`], each text once: a copy joins the
/// first passage listed that it copies. Copies are gathered from every item given, but no
/// more than `wanted` passages are listed.
pub fn list_once<T>(
    items: impl IntoIterator<Item = (T, Fingerprint)>,
    wanted: usize,
) -> Vec<Listed<T>> {
    let mut listed: Vec<Listed<T>> = Vec::new();
    let mut prints: Vec<Fingerprint> = Vec::new();
    // Which listed passages hold each run.
    let mut holders: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let mut shared: Vec<usize> = Vec::new();
    for (item, print) in items {
        shared.clear();
        shared.resize(listed.len(), 0);
        for run in &print.runs {
            for &at in holders.get(run).into_iter().flatten() {
                shared[at] += 1;
            }
        }
        // Copies share most runs: only those passages are compared word by word.
        let copied = (0..listed.len()).find(|&at| {
            let most = prints[at].runs.len().max(print.runs.len());
            shared[at] as f64 >= SHARED * most as f64 - RUN_WORDS as f64
                && copies(&prints[at].words, &print.words)
        });
        match copied {
            Some(at) => listed[at].copies.push(item),
            None if listed.len() < wanted => {
                for &run in &print.runs {
                    holders.entry(run).or_default().push(listed.len());
                }
                prints.push(print);
                listed.push(Listed {
                    first: item,
                    copies: Vec::new(),
                });
            }
            // Past the page: only copies of listed passages are still taken.
            None => {}
        }
    }
    listed
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAID: &str = "Thủ tướng yêu cầu các bộ, ngành đẩy mạnh cải cách hành chính, số hoá \
                        hồ sơ và kết quả giải quyết thủ tục hành chính trong năm nay, bảo đảm \
                        thực chất, lấy người dân và doanh nghiệp làm trung tâm.";

    fn is_copy(a: &str, b: &str) -> bool {
        list_once([a, b].map(|s| (s, fingerprint(s))), 2).len() == 1
    }

    #[test]
    fn copies_differ_in_form_or_where_they_were_cut() {
        let restyled = "Thủ tướng yêu cầu các bộ, ngành đẩy  mạnh cải cách hành chính - số hóa \
                        hồ sơ và kết quả giải quyết thủ tục hành chính trong năm nay; bảo đảm \
                        thực chất, lấy người dân và doanh nghiệp làm trung tâm";
        assert!(is_copy(SAID, restyled));
        assert!(is_copy(SAID, &SAID.to_uppercase()));
        let captioned = format!("Toàn cảnh phiên họp. {SAID}");
        assert!(is_copy(SAID, &captioned), "a caption more");
        // Cut a sentence later: the other passage opens where this one's words go on.
        let later = format!(
            "{} Bộ Nội vụ theo dõi, đôn đốc.",
            SAID.split_once(", ngành ").unwrap().1
        );
        assert!(is_copy(&captioned, &later), "cut elsewhere");
    }

    #[test]
    fn passages_that_say_something_else_are_not_copies() {
        let other = "Thủ tướng yêu cầu các bộ, ngành rà soát, cắt giảm điều kiện kinh doanh, \
                     bảo đảm thực chất, lấy người dân và doanh nghiệp làm trung tâm.";
        assert!(!is_copy(SAID, other));
        let longer = format!(
            "{SAID} Bộ Nội vụ được giao theo dõi, đôn đốc, tổng hợp kết quả thực hiện và \
             báo cáo Chính phủ tại phiên họp thường kỳ tháng 12, kèm đề xuất khen thưởng \
             cho các tập thể, cá nhân có thành tích xuất sắc trong năm."
        );
        assert!(
            !is_copy(SAID, &longer),
            "half of a longer passage is not a copy of it"
        );
        // One word changed inside: another province, another figure.
        let a = "Tỉnh A thực hiện Quyết định số 1291/QĐ-TTg về phân cấp giải quyết thủ tục.";
        assert!(!is_copy(a, &a.replace("Tỉnh A", "Tỉnh B")));
        assert!(!is_copy(a, &a.replace("1291", "1292")));
        assert!(!is_copy(
            "thủ tướng yêu cầu các bộ ngành đẩy mạnh cải cách hành chính",
            "thu tuong yeu cau cac bo nganh day manh cai cach hanh chinh"
        ));
        assert!(!is_copy("Xin cảm ơn", "Xin chào"));
        assert!(is_copy("Xin cảm ơn!", "xin cảm ơn"));
    }

    #[test]
    fn a_copy_joins_the_first_of_its_text_and_the_page_holds_distinct_texts() {
        let items = ["a b", "c", "A, b!", "d", "e", "c."];
        let listed = list_once(items.map(|s| (s, fingerprint(s))), 3);
        let firsts: Vec<&str> = listed.iter().map(|l| l.first).collect();
        assert_eq!(firsts, ["a b", "c", "d"]);
        assert_eq!(listed[0].copies, ["A, b!"]);
        assert_eq!(listed[1].copies, ["c."], "a copy past the page still joins");
        assert!(listed[2].copies.is_empty());
    }
}
