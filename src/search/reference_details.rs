//! What a query says about a document it names, beyond its number: the day or year it was
//! issued ("ngày 6/10/2022", "năm 2019") and who issued it ("của Thủ tướng Chính phủ",
//! "của UBND tỉnh Hòa Bình"). A citation copied from a page carries them, and a passage that
//! cites the same document without them still answers it: they are read as the reference's
//! own details and left out of the words every passage must hold.

use crate::refs::{find_query_refs, DocumentRef};
use crate::text::fold::push_folded_lowercase;
use crate::text::letters::is_acronym;
use crate::text::syllable::is_syllable;
use regex::Regex;
use std::sync::LazyLock;

/// The date a document was issued on, written after its reference ("131/NQ-CP ngày
/// 6/10/2022", "Nghị quyết 131, ban hành ngày 6/10/2022"; a date typed in words is in
/// figures by then).
static ISSUE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*,?\s*(?i:(?:ban\s+hành|ban\s+hanh|ký|ky)\s+)?(?:(?i:ngày|ngay)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\b",
    )
    .unwrap()
});

/// The year a document was issued in, after its full number ("1291/QĐ-TTg năm 2019",
/// "131/NQ-CP 2022", "ban hành năm 2021").
static ISSUE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,?\s*(?i:(?:ban\s+hành|ban\s+hanh)\s+)?(?i:(?:năm|nam)\s+)?(?:19|20)\d{2}\b")
        .unwrap()
});

/// "của" and the words after it ("của Thủ tướng Chính phủ").
static OF_ISSUER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*,?\s*(?i:của|cua)\s+").unwrap());

/// The most words an issuer's name is read over ("Ủy ban Thường vụ Quốc hội": five).
const ISSUER_MAX_WORDS: usize = 6;

/// A key an index cites a document by under a number typed without its issuer
/// (`1291/qd-ttg`, `1291/2020/qd-ubnd`), and the codes [`issuer_codes`] reads in it (`qd`,
/// `ttg`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownNumber {
    pub key: String,
    pub codes: Vec<String>,
}

/// The keys an index cites documents by under a reference typed without its issuer
/// ("Quyết định 1291": `1291/qd-ttg`, `1291/2020/qd-ubnd`, ...).
pub type KnownIssuers<'a> = &'a dyn Fn(&DocumentRef) -> Vec<KnownNumber>;

/// A query without its references' details ([`without_reference_details`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undetailed {
    /// The words left to search.
    pub words: String,
    /// The keys of the documents that a number typed without its issuer names once the
    /// issuer written after it is read ("Quyết định 1291 của Thủ tướng": `1291/qd-ttg`).
    pub issued: Vec<String>,
}

/// `words` without the issue dates, years and issuers written after the references they
/// hold: a document is the same whatever details a passage cites it with, or none
/// ("Quyết định 1291/QĐ-TTg ngày 7/10/2021 của Thủ tướng Chính phủ" finds every passage
/// citing 1291/QĐ-TTg). A reference typed without its issuer ("Quyết định 1291 của Thủ
/// tướng") has for issuers those of the documents `known` so numbered. `None` when no
/// reference has such details.
pub fn without_reference_details(words: &str, known: KnownIssuers) -> Option<Undetailed> {
    let mut kept = String::with_capacity(words.len());
    let mut issued = Vec::new();
    let mut from = 0;
    for r in find_query_refs(words) {
        let end = r.span.1;
        if end < from {
            continue;
        }
        let full = issuer_codes(&r.key);
        // A year after a number typed without its issuer is part of the reference
        // ("Nghị quyết 131 năm 2022").
        let year_after = !full.is_empty();
        // The index is asked only when an issuer may follow.
        let numbered = if year_after || !of_ahead(&words[end..]) {
            Vec::new()
        } else {
            known(&r)
        };
        let issuers = if year_after {
            full
        } else {
            let mut codes: Vec<String> = numbered.iter().flat_map(|n| n.codes.clone()).collect();
            codes.sort();
            codes.dedup();
            codes
        };
        let mut at = end;
        loop {
            let rest = &words[at..];
            let detail = ISSUE_DATE
                .find(rest)
                .or_else(|| year_after.then(|| ISSUE_YEAR.find(rest)).flatten())
                .map(|m| m.end());
            if let Some(len) = detail {
                at += len;
                continue;
            }
            let Some((len, code)) = issuer_named(rest, &issuers) else {
                break;
            };
            at += len;
            for n in numbered
                .iter()
                .filter(|n| n.codes.iter().any(|c| c == code))
            {
                if !issued.contains(&n.key) {
                    issued.push(n.key.clone());
                }
            }
        }
        if at > end {
            kept.push_str(&words[from..end]);
            from = at;
        }
    }
    if from == 0 {
        return None;
    }
    kept.push_str(&words[from..]);
    Some(Undetailed {
        words: kept.split_whitespace().collect::<Vec<_>>().join(" "),
        issued,
    })
}

/// Whether "của" stands somewhere in `rest`, after a date perhaps ("Quyết định 1291 ngày
/// 7/10/2019 của ...").
fn of_ahead(rest: &str) -> bool {
    rest.split_whitespace()
        .any(|w| matches!(w.to_lowercase().as_str(), "của" | "cua"))
}

/// The issuer codes of a full reference's key, without a term's digits: `ttg` for
/// `1291/qd-ttg`, `vpcp` and `kstt` for `1234/vpcp-kstt`, `ubtvqh` for `653/2019/ubtvqh14`.
/// Empty for a reference typed without its issuer ("NQ 131").
pub fn issuer_codes(key: &str) -> Vec<String> {
    let Some((_, last)) = key.rsplit_once('/') else {
        return Vec::new();
    };
    last.split('-')
        .map(|piece| {
            piece
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .to_string()
        })
        .filter(|piece| piece.len() >= 2 && piece.bytes().all(|b| b.is_ascii_lowercase()))
        .collect()
}

/// The length of "của" and the issuer named after it, when the name's initials spell one
/// of `codes` ("của Bộ Nội vụ" for `bnv`, "của UBND" for `ubnd`). A code one
/// letter longer than the initials is the same name ("Thủ tướng" for `ttg`), and the
/// Government an issuer belongs to may follow its name ("Thủ tướng Chính phủ"). The place a
/// local issuer serves stays to be searched: "1520/QĐ-UBND" of one province is not another's.
fn issuer_named<'c>(text: &str, codes: &'c [String]) -> Option<(usize, &'c str)> {
    let of = OF_ISSUER.find(text)?;
    let words = words_of(&text[of.end()..]);
    let mut initials = String::new();
    let mut spelled = None;
    let mut shortened = None;
    for (n, word) in words.iter().take(ISSUER_MAX_WORDS).enumerate() {
        initials.push_str(&word.initials);
        if let Some(code) = codes.iter().find(|code| **code == initials) {
            spelled = Some((n, code));
        } else if let Some(code) = codes.iter().find(|code| {
            initials.len() >= 2
                && code.len() == initials.len() + 1
                && code.starts_with(initials.as_str())
        }) {
            shortened = Some((n, code));
        }
    }
    let (n, code) = spelled.or(shortened)?;
    let rest = &words[n + 1..];
    let end = government_after(rest).unwrap_or(words[n].end);
    Some((of.end() + end, code.as_str()))
}

/// A word of a query, as an issuer's name is read.
struct Word {
    /// What it adds to initials: its first letter folded, or the whole of an acronym.
    initials: String,
    /// The word folded and lowercased.
    folded: String,
    /// Byte offset where it ends.
    end: usize,
}

/// The words opening `text`, up to the first that holds punctuation or a digit.
fn words_of(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut offset = 0;
    for piece in text.split_inclusive(char::is_whitespace) {
        let bare = piece.trim_end();
        let end = offset + bare.len();
        offset += piece.len();
        if bare.is_empty() {
            continue;
        }
        if !bare.chars().all(char::is_alphabetic) {
            break;
        }
        let mut folded = String::new();
        push_folded_lowercase(bare, &mut folded);
        // An acronym stands for its words, typed in capitals or not ("UBND", "ubnd").
        let initials = if is_acronym(bare) || !is_syllable(&folded) {
            folded.clone()
        } else {
            folded.chars().next().map(String::from).unwrap_or_default()
        };
        words.push(Word {
            initials,
            folded,
            end,
        });
    }
    words
}

/// The end of "Chính phủ" (or "CP") opening `rest`.
fn government_after(rest: &[Word]) -> Option<usize> {
    match rest {
        [c, p, ..] if c.folded == "chinh" && p.folded == "phu" => Some(p.end),
        [cp, ..] if cp.folded == "cp" => Some(cp.end),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_after_a_reference_is_its_issue_date_and_other_dates_stay() {
        for (typed, searched) in [
            (
                "Nghị quyết 131/NQ-CP ngày 6/10/2022",
                Some("Nghị quyết 131/NQ-CP"),
            ),
            (
                "NQ 131, ban hành ngày 06.10.2022 về TTHC",
                Some("NQ 131 về TTHC"),
            ),
            ("131/NQ-CP 6-10-2022", Some("131/NQ-CP")),
            // A date that follows no reference is searched for.
            ("họp ngày 6/10/2022", None),
            // A number after a reference that is no date stays.
            ("Nghị quyết 131 năm 2022", None),
        ] {
            assert_eq!(
                without_reference_details(typed, &|_| Vec::new())
                    .map(|u| u.words)
                    .as_deref(),
                searched,
                "{typed}"
            );
        }
    }

    #[test]
    fn a_year_and_an_issuer_after_a_full_reference_are_its_details() {
        for (typed, searched) in [
            (
                "quyết định 1291/QĐ-TTg năm 2019",
                Some("quyết định 1291/QĐ-TTg"),
            ),
            ("131/NQ-CP 2022 cải cách", Some("131/NQ-CP cải cách")),
            (
                "Quyết định số 1291/QĐ-TTg ngày 7/10/2021 của Thủ tướng Chính phủ phê duyệt",
                Some("Quyết định số 1291/QĐ-TTg phê duyệt"),
            ),
            (
                "Nghị định 107/2021/NĐ-CP của Chính phủ",
                Some("Nghị định 107/2021/NĐ-CP"),
            ),
            (
                "văn bản 1234/VPCP-KSTT của Văn phòng Chính phủ",
                Some("văn bản 1234/VPCP-KSTT"),
            ),
            (
                "Thông tư 01/2023/TT-BNV của Bộ Nội vụ về",
                Some("Thông tư 01/2023/TT-BNV về"),
            ),
            (
                "Quyết định 412/QĐ-UBND của UBND tỉnh Hòa Bình về TTHC",
                Some("Quyết định 412/QĐ-UBND tỉnh Hòa Bình về TTHC"),
            ),
            (
                "412/QĐ-UBND của Ủy ban nhân dân Thành phố Hồ Chí Minh",
                Some("412/QĐ-UBND Thành phố Hồ Chí Minh"),
            ),
            (
                "653/2019/UBTVQH14 của Ủy ban Thường vụ Quốc hội",
                Some("653/2019/UBTVQH14"),
            ),
            (
                "412/QĐ-UBND của ubnd tỉnh hòa bình",
                Some("412/QĐ-UBND tỉnh hòa bình"),
            ),
            // Whose words spell no issuer of the number stay.
            ("1291/QĐ-TTg của Bộ Nội vụ", None),
            ("131/NQ-CP của các bộ", None),
            // A reference typed without its issuer has none to read where the index knows
            // no document so numbered.
            ("NQ 131 của Chính phủ", None),
        ] {
            assert_eq!(
                without_reference_details(typed, &|_| Vec::new())
                    .map(|u| u.words)
                    .as_deref(),
                searched,
                "{typed}"
            );
        }
    }

    #[test]
    fn an_issuer_after_a_number_typed_without_it_is_read_by_the_documents_so_numbered() {
        let number = |key: &str, codes: &[&str]| KnownNumber {
            key: key.to_string(),
            codes: codes.iter().map(|c| c.to_string()).collect(),
        };
        let known = |r: &DocumentRef| -> Vec<KnownNumber> {
            match r.key.as_str() {
                "qd 1291" => vec![
                    number("1291/qd-ttg", &["qd", "ttg"]),
                    number("1291/qd-ubnd", &["qd", "ubnd"]),
                ],
                "nq 131" | "nq 131/2022" => vec![number("131/nq-cp", &["nq", "cp"])],
                _ => Vec::new(),
            }
        };
        for (typed, searched, issued) in [
            (
                "Quyết định 1291 của Thủ tướng Chính phủ về kinh doanh",
                Some("Quyết định 1291 về kinh doanh"),
                &["1291/qd-ttg"][..],
            ),
            (
                "quyet dinh 1291 cua ubnd tinh ca mau",
                Some("quyet dinh 1291 tinh ca mau"),
                &["1291/qd-ubnd"],
            ),
            ("NQ 131 của Chính phủ", Some("NQ 131"), &["131/nq-cp"]),
            // Words that spell no known issuer of the number stay, and so does a year.
            ("NQ 131 của các bộ", None, &[]),
            ("Quyết định 1291 của Bộ Nội vụ", None, &[]),
            (
                "Nghị quyết 131 năm 2022 của Chính phủ",
                Some("Nghị quyết 131 năm 2022"),
                &["131/nq-cp"],
            ),
        ] {
            let read = without_reference_details(typed, &known);
            assert_eq!(read.as_ref().map(|u| u.words.as_str()), searched, "{typed}");
            assert_eq!(
                read.map(|u| u.issued).unwrap_or_default(),
                issued,
                "{typed}"
            );
        }
    }
}
