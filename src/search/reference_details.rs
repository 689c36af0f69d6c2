//! What a query says about a document it names, beyond its number: the day or year it was
//! issued ("ngày 6/10/2022", "năm 2019") and who issued it ("của Thủ tướng Chính phủ",
//! "của UBND tỉnh Hòa Bình"). A citation copied from a page carries them, and a passage that
//! cites the same document without them still answers it: they are read as the reference's
//! own details and left out of the words every passage must hold.

use crate::refs::find_query_refs;
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

/// `words` without the issue dates, years and issuers written after the references they
/// hold: a document is the same whatever details a passage cites it with, or none
/// ("Quyết định 1291/QĐ-TTg ngày 7/10/2021 của Thủ tướng Chính phủ" finds every passage
/// citing 1291/QĐ-TTg). `None` when no reference has such details.
pub fn without_reference_details(words: &str) -> Option<String> {
    let mut kept = String::with_capacity(words.len());
    let mut from = 0;
    for r in find_query_refs(words) {
        let end = r.span.1;
        if end < from {
            continue;
        }
        let issuer = issuer_codes(&r.key);
        let mut at = end;
        loop {
            let rest = &words[at..];
            let detail = ISSUE_DATE
                .find(rest)
                .or_else(|| {
                    (!issuer.is_empty())
                        .then(|| ISSUE_YEAR.find(rest))
                        .flatten()
                })
                .map(|m| m.end())
                .or_else(|| issuer_named(rest, &issuer));
            match detail {
                Some(len) => at += len,
                None => break,
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
    Some(kept.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The issuer codes of a full reference's key, without a term's digits: `ttg` for
/// `1291/qd-ttg`, `vpcp` and `kstt` for `1234/vpcp-kstt`, `ubtvqh` for `653/2019/ubtvqh14`.
/// Empty for a reference typed without its issuer ("NQ 131").
fn issuer_codes(key: &str) -> Vec<String> {
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
fn issuer_named(text: &str, codes: &[String]) -> Option<usize> {
    let of = OF_ISSUER.find(text)?;
    let words = words_of(&text[of.end()..]);
    let mut initials = String::new();
    let mut spelled = None;
    let mut shortened = None;
    for (n, word) in words.iter().take(ISSUER_MAX_WORDS).enumerate() {
        initials.push_str(&word.initials);
        if codes.contains(&initials) {
            spelled = Some(n);
        } else if initials.len() >= 2
            && codes
                .iter()
                .any(|code| code.len() == initials.len() + 1 && code.starts_with(initials.as_str()))
        {
            shortened = Some(n);
        }
    }
    let n = spelled.or(shortened)?;
    let rest = &words[n + 1..];
    let end = government_after(rest).unwrap_or(words[n].end);
    Some(of.end() + end)
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
                without_reference_details(typed).as_deref(),
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
            // A reference typed without its issuer has no issuer to read.
            ("NQ 131 của Chính phủ", None),
        ] {
            assert_eq!(
                without_reference_details(typed).as_deref(),
                searched,
                "{typed}"
            );
        }
    }
}
