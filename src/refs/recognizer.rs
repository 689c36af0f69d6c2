//! Document references: "Nghị quyết số 131/NQ-CP", "653/2019/UBTVQH14", "Đề án 06".
//!
//! Enters: text (a passage or a query). Leaves: [`DocumentRef`]s with a canonical `key`
//! (folded, lowercase, repeated years dropped, legislature term digits dropped:
//! `653/2019/2019/UBTVQH` and `653/2019/UBTVQH14` give one key) and a `loose_key`
//! (type + number, `nq 131`) that "Nghị quyết 131" or "NQ 131" also produce.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::letters::{capitalized, fold_letter, lower_letter};
use crate::text::syllable::is_syllable;
use crate::text::word_match::{tail, word_captures};

/// Type words and their abbreviations, folded (from the conventions in `VIETNAMESE.md`).
const TYPE_WORDS: &[(&str, &str)] = &[
    ("nghi quyet", "nq"),
    ("nghi dinh", "nd"),
    ("quyet dinh", "qd"),
    ("thong tu lien tich", "ttlt"),
    ("thong tu", "tt"),
    ("chi thi", "ct"),
    ("ke hoach", "kh"),
    ("thong bao", "tb"),
    ("bao cao", "bc"),
    ("huong dan", "hd"),
    ("de an", "da"),
    ("chuong trinh", "ctr"),
    ("cong van", "cv"),
    ("phap lenh", "pl"),
    ("luat", "luat"),
    ("cong dien", "cd"),
];

/// A reference to a legal or administrative document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRef {
    /// Canonical key of the full number (`131/nq-cp`), or the loose key when the text gave
    /// only a type and a number.
    pub key: String,
    /// Type abbreviation and number (`nq 131`), when the type is known.
    pub loose_key: Option<String>,
    /// The full number without its year (`653/ubtvqh` for `653/2019/UBTVQH14`), when a year
    /// was written: what a citation that drops the year ("653/UBTVQH14") gives as its key.
    pub yearless_key: Option<String>,
    /// Type, number and year (`nd 107/2021` for `107/2021/NĐ-CP`), when the type is known
    /// and a year was written: what "Nghị định 107 năm 2021" or "NĐ 107/2021" gives as its
    /// key.
    pub dated_key: Option<String>,
    /// The reference as the text wrote it, tidied (`131/NQ-CP`, `Đề án 06`).
    pub label: String,
    /// Byte range in the text.
    pub span: (usize, usize),
}

impl DocumentRef {
    /// Whether the reference's text holds the byte range `start..end` (a word of it).
    pub fn covers(&self, start: usize, end: usize) -> bool {
        start >= self.span.0 && end <= self.span.1
    }

    /// Whether the reference's text shares a byte with the range `start..end`.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        self.span.0 < end && start < self.span.1
    }
}

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    // A number may carry a letter ("30c/NQ-CP", "01a/KH-UBND"); a slash may stand for the
    // hyphen before the issuer ("1291/QĐ/TTg"), not before a year ("131/NQ-CP/2022").
    Regex::new(
        r"(\d{1,5}[a-z]?)((?:/(?:19|20)\d{2})*)/([a-z]{1,12}\d{0,2}(?:-[a-z0-9]{1,12}|/[a-z][a-z0-9]{0,11}){0,3})",
    )
    .unwrap()
});
/// The Party's numbering, type after the number: "18-NQ/TW", "14-KL/TW", "35-HD/BTCTW".
static PARTY_NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{1,5}[a-z]?)-([a-z]{1,5})/([a-z]{1,12}\d{0,2}(?:-[a-z0-9]{1,12}){0,2})")
        .unwrap()
});
/// Types the Party's numbering writes that the text rarely names before a bare number
/// (as words, "kết luận" and "quy định" are far more often a verb and a noun).
const PARTY_TYPES: &[(&str, &str)] = &[("ket luan", "kl"), ("quy dinh", "qdi")];

/// Abbreviations that name a type before a bare number in running text ("NQ 131").
const NAMED_ABBREVIATIONS: &[&str] = &["nq", "nd", "qd", "ct", "kh", "da"];

/// Every type's abbreviation, the Party's too: what names a type before a bare number in a
/// query ("KL 121"), since someone typing "TT 01/2022" or "CV 1234" asks for a document
/// ("TT" or "CV" in running text is as often something else: "TT" for "trung tâm", a "CV"
/// for a job), and what opens a code glued to its issuer ([`type_glued_to_issuer`]). A type
/// written whole ("luật") is matched as its type word; one that is a syllable ("ĐA") counts
/// in capitals only, as in running text.
static QUERY_ABBREVIATIONS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    TYPE_WORDS
        .iter()
        .chain(PARTY_TYPES)
        .filter(|(word, abbreviation)| word != abbreviation)
        .map(|(_, abbreviation)| *abbreviation)
        .collect()
});

/// The type words ([`TYPE_WORDS`], folded) as alternatives of a pattern.
fn type_words_pattern() -> String {
    TYPE_WORDS
        .iter()
        .map(|(w, _)| *w)
        .collect::<Vec<_>>()
        .join("|")
}

/// A type word (group 1) or one of `abbreviations` (group 2), then a number (group 3): the
/// pattern's opening. An abbreviation may be glued to its number ("NQ131", "QĐ1291").
fn type_then_number(abbreviations: &str) -> String {
    format!(
        r"(?:({})\s+|({abbreviations})\s*)(?:so\s+)?(\d{{1,5}}[a-z]?)",
        type_words_pattern()
    )
}

/// A type word or one of `abbreviations`, then a number, and its year.
fn named_pattern(abbreviations: &[&str]) -> Regex {
    Regex::new(&format!(
        r"{}(?:(?:\s*/\s*|\s+nam\s+)((?:19|20)\d{{2}})\b)?",
        type_then_number(&abbreviations.join("|"))
    ))
    .unwrap()
}

static NAMED: LazyLock<Regex> = LazyLock::new(|| named_pattern(NAMED_ABBREVIATIONS));
static NAMED_IN_QUERIES: LazyLock<Regex> = LazyLock::new(|| named_pattern(&QUERY_ABBREVIATIONS));
static TYPE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"({})\s+(?:so\s+)?$", type_words_pattern())).unwrap());

/// Types whose documents are known by a title ("Luật Đất đai", "Pháp lệnh Phòng, chống
/// tham nhũng"), folded: the others are known by their number.
const TITLED_TYPES: &[&str] = &["luat", "phap lenh"];

/// Most bytes of a document's title between its type and "số" ([`type_before_title`]).
const TITLE_MAX_BYTES: usize = 100;

/// Marks that end a sentence or a clause, which no document's title holds (a comma may
/// stand in one: "Luật Cán bộ, công chức").
const NOT_IN_A_TITLE: &[char] = &['.', ';', ':', '!', '?', '(', ')', '\n'];

/// Whether the type word at `at` in `folded` is "luật" of "pháp luật" (the law in general).
fn is_law_in_general(folded: &str, at: usize) -> bool {
    folded[at..].starts_with("luat") && folded[..at].ends_with("phap ")
}

/// The titled type ([`TITLED_TYPES`]) named before the title of the document whose number
/// starts at `at` in `folded`, "số" right before the number: "Luật Tổ chức chính quyền địa
/// phương số 77/2015/QH13", where the number's issuer (the National Assembly) does not say
/// whether it is a law or a resolution. The nearest one ("Luật sửa đổi Luật Đất đai số
/// ..."), at most [`TITLE_MAX_BYTES`] before "số", no sentence or clause mark between; not
/// "luật" in "pháp luật" (the law in general: "... quy phạm pháp luật số ...").
fn type_before_title(folded: &str, at: usize) -> Option<&'static str> {
    let before = tail(folded, at, TITLE_MAX_BYTES + 24).trim_end();
    let head = before.strip_suffix("so")?;
    if !head.ends_with(char::is_whitespace) {
        return None;
    }
    let title = &head[head.rfind(NOT_IN_A_TITLE).map_or(0, |i| i + 1)..];
    let word_at = |i: usize, word: &str| {
        let starts = title[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let spaced = title[i + word.len()..].starts_with(char::is_whitespace);
        starts && spaced && title.len() - (i + word.len()) <= TITLE_MAX_BYTES + 1
    };
    TITLED_TYPES
        .iter()
        .filter_map(|word| {
            title
                .rmatch_indices(word)
                .find(|&(i, _)| word_at(i, word) && !is_law_in_general(title, i))
                .map(|(i, _)| (i, *word))
        })
        .max_by_key(|&(i, _)| i)
        .and_then(|(_, word)| abbreviation(word))
}

/// Folds `text` one character for one character, so byte offsets map back via char indices.
fn fold_aligned(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let single = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            fold_letter(lower_letter(c).unwrap_or(c))
        };
        for _ in 0..single.len_utf8() {
            origin.push(i);
        }
        folded.push(single);
    }
    origin.push(text.len());
    let (folded, origin) = slash_glued_types(folded, origin);
    let (folded, origin) = close_up_numbers(folded, origin);
    hyphen_type_and_issuer(folded, origin)
}

/// `folded` (with its `origin`) with `mark` put in before each of `positions` (ascending),
/// each mapping to where the text goes on.
fn insert_before(
    folded: String,
    origin: Vec<usize>,
    positions: &[usize],
    mark: char,
) -> (String, Vec<usize>) {
    if positions.is_empty() {
        return (folded, origin);
    }
    let mut out = String::with_capacity(folded.len() + positions.len());
    let mut out_origin = Vec::with_capacity(origin.len() + positions.len());
    let mut from = 0;
    for &at in positions {
        out.push_str(&folded[from..at]);
        out_origin.extend_from_slice(&origin[from..at]);
        out.push(mark);
        out_origin.push(origin[at]);
        from = at;
    }
    out.push_str(&folded[from..]);
    out_origin.extend_from_slice(&origin[from..]);
    (out, out_origin)
}

/// The length of the type abbreviation opening `code` (the letters after a number's slash,
/// folded) before an issuer of two letters or more glued to it ("nqcp", "qdttg",
/// "khubnd"), the longest that leaves one; `None` when `code` is an abbreviation itself
/// ("ttlt") or opens with none.
fn type_glued_to_issuer(code: &str) -> Option<usize> {
    if abbreviation(code).is_some() {
        return None;
    }
    QUERY_ABBREVIATIONS
        .iter()
        .filter(|a| code.len() >= a.len() + 2 && code.starts_with(**a))
        .map(|a| a.len())
        .max()
}

/// `folded` (with its `origin`) with a hyphen between a number's type and its issuer where
/// the text wrote another mark ("131/NQ.CP", "131/NQ_CP") or none ("131/NQCP",
/// "1291/QĐTTg"): the same document as "131/NQ-CP". An issuer that numbers its letters
/// alone ("1234/VPCP", "653/2019/UBTVQH14") opens with no type and stays whole.
fn hyphen_type_and_issuer(mut folded: String, origin: Vec<usize>) -> (String, Vec<usize>) {
    let bytes = folded.as_bytes();
    let mut marks = Vec::new();
    let mut glued = Vec::new();
    for (slash, _) in folded.match_indices('/') {
        if slash == 0 || !bytes[slash - 1].is_ascii_digit() {
            continue;
        }
        let start = slash + 1;
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_lowercase())
                .count();
        let code = &folded[start..end];
        if code.is_empty() {
            continue;
        }
        let next = bytes.get(end).copied();
        let mark_then_letter = matches!(next, Some(b'.' | b'_'))
            && bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase);
        if mark_then_letter {
            if abbreviation(code).is_some() {
                marks.push(end);
            }
        } else if next.is_none_or(|b| !b.is_ascii_alphanumeric() && b != b'-' && b != b'/') {
            if let Some(len) = type_glued_to_issuer(code) {
                glued.push(start + len);
            }
        }
    }
    if !marks.is_empty() {
        let mut bytes = std::mem::take(&mut folded).into_bytes();
        for at in marks {
            bytes[at] = b'-';
        }
        folded = String::from_utf8(bytes).expect("an ASCII mark put over an ASCII mark");
    }
    insert_before(folded, origin, &glued, '-')
}

/// The length of the type abbreviation glued at `at` in `folded` to the number before it,
/// its issuer after a hyphen ("131nq-cp", "1291qd-ttg": the slash left out), or `None`.
fn glued_type_len(folded: &[u8], at: usize) -> Option<usize> {
    let letters = folded[at..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let issuer_after = folded.get(at + letters) == Some(&b'-')
        && folded
            .get(at + letters + 1)
            .is_some_and(u8::is_ascii_alphabetic);
    let type_word = std::str::from_utf8(&folded[at..at + letters]).ok()?;
    (letters > 0 && issuer_after && abbreviation(type_word).is_some()).then_some(letters)
}

/// `folded` (with its `origin`) with the slash put back between a number of one to five
/// digits opening a word and the type glued to it ([`glued_type_len`]): "131NQ-CP" reads as
/// "131/NQ-CP". The slash maps to where the type starts.
fn slash_glued_types(folded: String, origin: Vec<usize>) -> (String, Vec<usize>) {
    let bytes = folded.as_bytes();
    let opens_number = |i: usize| {
        let digits = bytes[..i]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        (1..=5).contains(&digits) && (i == digits || !bytes[i - digits - 1].is_ascii_alphanumeric())
    };
    // A letter right after a digit is rare: looked for first, it spares most bytes the rest.
    let slashes: Vec<usize> = (1..bytes.len())
        .filter(|&i| {
            bytes[i - 1].is_ascii_digit()
                && bytes[i].is_ascii_lowercase()
                && opens_number(i)
                && glued_type_len(bytes, i).is_some()
        })
        .collect();
    insert_before(folded, origin, &slashes, '/')
}

/// `folded` (with its `origin`) without the spaces typed inside document numbers: around
/// the slash after the number ("131 /NQ-CP", "468/ QĐ-TTg") and around the hyphen after the
/// type ("1291/QĐ - TTg"). A space elsewhere, a dash between clauses, stays.
fn close_up_numbers(folded: String, origin: Vec<usize>) -> (String, Vec<usize>) {
    let bytes = folded.as_bytes();
    if !bytes.contains(&b'/') {
        return (folded, origin);
    }
    let letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    // The index past one optional space at `i`.
    let skip_space = |i: usize| i + usize::from(bytes.get(i) == Some(&b' '));
    // Whether the slash at `j` is inside a number: a digit before it (a space between
    // allowed), and after it a letter (the type) or a year followed by another slash.
    let number_slash = |j: usize| {
        if bytes.get(j) != Some(&b'/') || j == 0 {
            return false;
        }
        let digit_before = digit(j - 1) || (bytes[j - 1] == b' ' && j >= 2 && digit(j - 2));
        let after = skip_space(j + 1);
        let year = bytes.get(after..after + 4).is_some_and(|y| {
            (y.starts_with(b"19") || y.starts_with(b"20")) && y.iter().all(u8::is_ascii_digit)
        }) && bytes.get(skip_space(after + 4)) == Some(&b'/');
        digit_before && (letter(after) || year)
    };
    // Whether the letters ending at `end` (exclusive) follow a number's slash (a space
    // between allowed: "15 / 2020 / NĐ - CP"): the type.
    let type_after_slash = |end: usize| {
        let start = bytes[..end]
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric())
            .map_or(0, |p| p + 1);
        let slash = start.checked_sub(1 + usize::from(start > 0 && bytes[start - 1] == b' '));
        start < end && slash.is_some_and(number_slash)
    };
    // A thousands point in a document's number ("1.234/QĐ-UBND"): the number before the
    // slash is one to three digits, then groups of three, each after a point.
    let thousands_point = |i: usize| {
        let in_number = |b: &u8| b.is_ascii_digit() || *b == b'.';
        let start = i - bytes[..i].iter().rev().take_while(|b| in_number(b)).count();
        let end = i + bytes[i..].iter().take_while(|b| in_number(b)).count();
        let mut groups = bytes[start..end].split(|&b| b == b'.');
        let lead_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
        lead_ok
            && groups.all(|g| g.len() == 3)
            && (number_slash(end) || (bytes.get(end) == Some(&b' ') && number_slash(end + 1)))
    };
    let mut keep = vec![true; bytes.len()];
    for i in 0..bytes.len() {
        if bytes[i] == b'.' {
            keep[i] = !thousands_point(i);
            continue;
        }
        if bytes[i] != b' ' {
            continue;
        }
        let before = i.checked_sub(1);
        let beside_slash = before.is_some_and(number_slash) || number_slash(i + 1);
        // "qd - ttg", "qd -ttg", "qd- ttg" after "1291/".
        let around_hyphen = {
            let hyphen_next = bytes.get(i + 1) == Some(&b'-');
            let hyphen_before = before.is_some_and(|b| bytes[b] == b'-');
            (hyphen_next
                && before.is_some_and(letter)
                && type_after_slash(i)
                && (letter(i + 2) || (bytes.get(i + 2) == Some(&b' ') && letter(i + 3))))
                || (hyphen_before
                    && letter(i + 1)
                    && i >= 2
                    && (type_after_slash(i - 1)
                        || (bytes[i - 2] == b' ' && type_after_slash(i - 2))))
        };
        keep[i] = !(beside_slash || around_hyphen);
    }
    if keep.iter().all(|&k| k) {
        return (folded, origin);
    }
    let mut closed = String::with_capacity(folded.len());
    let mut closed_origin = Vec::with_capacity(origin.len());
    for (i, c) in folded.char_indices() {
        if keep[i] {
            closed.push(c);
            closed_origin.extend_from_slice(&origin[i..i + c.len_utf8()]);
        }
    }
    closed_origin.push(*origin.last().expect("the end of the text"));
    (closed, closed_origin)
}

fn abbreviation(type_word: &str) -> Option<&'static str> {
    TYPE_WORDS
        .iter()
        .chain(PARTY_TYPES)
        .find(|(w, a)| *w == type_word || *a == type_word)
        .map(|(_, a)| *a)
}

fn trim_number(n: &str) -> &str {
    let t = n.trim_start_matches('0');
    if t.is_empty() {
        "0"
    } else {
        t
    }
}

/// Strips a legislature term from `qh13`, `ubtvqh14`: people drop it inconsistently.
fn issuer_key(segment: &str) -> String {
    let trimmed = segment.trim_end_matches(|c: char| c.is_ascii_digit());
    if trimmed.ends_with("qh") {
        trimmed.to_string()
    } else {
        segment.to_string()
    }
}

/// The key of an issuer part (`nq-cp`, `ubtvqh14`, `tw`), each hyphened piece without its
/// legislature term.
fn issuer_keys(issuer: &str) -> String {
    issuer
        .split('-')
        .map(issuer_key)
        .collect::<Vec<_>>()
        .join("-")
}

/// Words that can stand right before the number of a reference without a slash: the last
/// syllable of a type word, an abbreviation, or "số".
static WORD_BEFORE_NUMBER: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<&str> = TYPE_WORDS
        .iter()
        .filter_map(|(w, _)| w.rsplit(' ').next())
        .chain(NAMED_ABBREVIATIONS.iter().copied())
        .chain(["so"])
        .collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// A cheap test that `text` may cite a document, so that most text is never folded and
/// scanned: a numbered reference has a slash between a digit and a letter (`131/NQ`,
/// `2019/UBTVQH`; dates and ratios such as `6/10/2022` or `63/63` have none); a named one
/// ("Nghị quyết 131", "NQ số 131") a number right after a type word, an abbreviation or
/// "số".
fn may_cite(text: &str, abbreviations: &[&str]) -> bool {
    let bytes = text.as_bytes();
    // A space may stand on either side of the slash ("131 /NQ-CP", "468/ QĐ-TTg").
    let slash_before_letter = |i: usize| {
        let before = match i.checked_sub(1).map(|j| bytes[j]) {
            Some(b' ') => i - 1,
            _ => i,
        };
        let number_end = match before.checked_sub(1).map(|j| bytes[j]) {
            Some(b) if b.is_ascii_lowercase() => before - 1,
            _ => before,
        };
        let after = i + 1 + usize::from(bytes.get(i + 1) == Some(&b' '));
        number_end > 0
            && bytes[number_end - 1].is_ascii_digit()
            && bytes
                .get(after)
                .is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80)
    };
    // The Party's "18-NQ/TW": a digit, a hyphen, letters, a slash.
    let party = |i: usize| {
        // Letters: ASCII, or the bytes of a Vietnamese one ("QĐ").
        let letters = bytes[..i]
            .iter()
            .rev()
            .take_while(|&&b| b.is_ascii_alphabetic() || b >= 0x80)
            .count();
        letters > 0
            && i > letters + 1
            && bytes[i - letters - 1] == b'-'
            && bytes[i - letters - 2].is_ascii_alphanumeric()
    };
    if (0..bytes.len()).any(|i| bytes[i] == b'/' && (slash_before_letter(i) || party(i))) {
        return true;
    }
    let mut previous = "";
    let mut key = String::new();
    for word in text.split_whitespace() {
        // A type glued to the number, before its issuer ("131NQ-CP", "(1291QĐ-TTg)").
        let opened = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let number = opened.bytes().take_while(u8::is_ascii_digit).count();
        if number > 0 && number < opened.len() {
            key.clear();
            crate::text::fold::push_folded_lowercase(&opened[number..], &mut key);
            if glued_type_len(key.as_bytes(), 0).is_some() {
                return true;
            }
        }
        let digit = word.find(|c: char| c.is_ascii_digit());
        if digit == Some(0) {
            key.clear();
            crate::text::fold::push_folded_lowercase(previous, &mut key);
            if WORD_BEFORE_NUMBER.iter().any(|w| key.ends_with(w))
                || abbreviations.contains(&key.as_str())
            {
                return true;
            }
        } else if let Some(at) = digit {
            // An abbreviation glued to its number ("NQ131", "(QĐ1291)").
            key.clear();
            crate::text::fold::push_folded_lowercase(&word[..at], &mut key);
            let head = key.trim_start_matches(|c: char| !c.is_alphanumeric());
            if abbreviations.contains(&head) {
                return true;
            }
        }
        previous = word;
    }
    false
}

/// Whether `code` (folded, lowercase) is a type's abbreviation (`qd`, `nq`, `kl`): the first
/// code of a State document's number after its slash is its type unless its issuer numbers
/// it alone (`35/2023/UBTVQH15`, `789/UBND-VP`).
pub fn is_type_code(code: &str) -> bool {
    abbreviation(code).is_some()
}

/// Finds the document references in `text`.
pub fn find_refs(text: &str) -> Vec<DocumentRef> {
    find_refs_named(text, NAMED_ABBREVIATIONS, &NAMED)
}

/// Finds the document references in a query: as [`find_refs`], with every type's
/// abbreviation before a bare number ([`QUERY_ABBREVIATIONS`]: "TT 01/2022", "CV 1234").
pub fn find_query_refs(text: &str) -> Vec<DocumentRef> {
    let mut refs = find_refs_named(text, &QUERY_ABBREVIATIONS, &NAMED_IN_QUERIES);
    typed_with_their_type(text, &mut refs);
    refs
}

/// A number, a type's abbreviation and an issuer typed in a query with spaces or hyphens
/// between them: "131 NQ CP", "131-NQ-CP", "1291 qd ttg".
static SPACED_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[\s(])(\d{1,5}[a-zA-Z]?)(?:\s+|\s*-\s*)(\p{L}{2,4})(?:\s+|\s*-\s*)(\p{L}{2,12}\d{0,2})(?:$|[\s,;)?])",
    )
    .unwrap()
});

/// `query` with each number typed with spaces or hyphens between it, its type and its
/// issuer ([`SPACED_NUMBER`]) written as the document's number ("131 NQ CP" and "131-NQ-CP"
/// are "131/NQ-CP"): the type one of [`TYPE_WORDS`]' abbreviations; a type or an issuer
/// that is also a syllable ("đa", "dân") counts only in capitals, so words stay words ("3 đã
/// xong", "10 kh dân"). `None` when the query has none.
pub fn with_spaced_numbers_joined(query: &str) -> Option<String> {
    if !query.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut out = String::with_capacity(query.len());
    let mut from = 0;
    let mut at = 0;
    while let Some(c) = SPACED_NUMBER.captures_at(query, at) {
        let (number, kind, issuer) = (
            c.get(1).expect("number"),
            c.get(2).expect("type"),
            c.get(3).expect("issuer"),
        );
        at = issuer.end();
        let folded = |m: regex::Match| {
            let mut key = String::new();
            crate::text::fold::push_folded_lowercase(m.as_str(), &mut key);
            key
        };
        let (kind_key, issuer_key) = (folded(kind), folded(issuer));
        let is_type = TYPE_WORDS
            .iter()
            .any(|(word, a)| *a == kind_key && *word != kind_key);
        let word_in_lowercase = |key: &str, m: regex::Match| {
            is_syllable(key) && m.as_str().chars().any(char::is_lowercase)
        };
        if !is_type || word_in_lowercase(&kind_key, kind) || word_in_lowercase(&issuer_key, issuer)
        {
            continue;
        }
        out.push_str(&query[from..number.start()]);
        out.push_str(&format!(
            "{}/{}-{}",
            number.as_str(),
            kind.as_str(),
            issuer.as_str()
        ));
        from = issuer.end();
    }
    (from > 0).then(|| {
        out.push_str(&query[from..]);
        out
    })
}

/// A type, then a number and an issuer that names no type: "NQ18/TW", "Nghị quyết 18/TW",
/// "NQ 131/CP", the type written before the number instead of in it.
static TYPE_THEN_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{}/([a-z]{{1,12}}\d{{0,2}})",
        type_then_number(&QUERY_ABBREVIATIONS.join("|"))
    ))
    .unwrap()
});

/// An abbreviation typed before a reference whose number gives its type or issuer already
/// ("CV 789/SNV-CCHC", "QĐ 1291/QĐ-TTg"): the type's name, part of the reference.
static ABBREVIATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|\s)(?:{})\s+(?:so\s+)?$",
        QUERY_ABBREVIATIONS.join("|")
    ))
    .unwrap()
});

/// Reads in a query the references typed with their type before a number whose issuer
/// names none ([`TYPE_THEN_NUMBER`]) as the number with that type in it, as the State and the
/// Party write theirs ("NQ18/TW" is `18-NQ/TW`, "NQ 131/CP" is `131/NQ-CP`), in place of
/// what `refs` read there (the issuer alone, or a bare number glued to its type).
fn typed_with_their_type(text: &str, refs: &mut Vec<DocumentRef>) {
    if !text.contains('/') {
        return;
    }
    let (folded, origin) = fold_aligned(text);
    for c in word_captures(&TYPE_THEN_NUMBER, &folded) {
        let whole = c.get(0).expect("match");
        // The issuer is one part, its own word ("18/TW", not "789/UBND-VP" or "18/TW/x").
        if folded[whole.end()..].starts_with(['-', '/']) {
            continue;
        }
        let type_word = c.get(1).or_else(|| c.get(2)).expect("a type");
        let (Some(kind), None) = (abbreviation(type_word.as_str()), abbreviation(&c[4])) else {
            continue;
        };
        let written = &text[origin[type_word.start()]..origin[type_word.end()]];
        if c.get(2).is_some() && syllable_in_lowercase(type_word.as_str(), written) {
            continue;
        }
        let number = trim_number(&c[3]);
        let span = (origin[whole.start()], origin[whole.end()]);
        refs.retain(|r| !r.overlaps(span.0, span.1));
        refs.push(DocumentRef {
            key: format!("{number}/{kind}-{}", issuer_keys(&c[4])),
            loose_key: Some(format!("{kind} {number}")),
            yearless_key: None,
            dated_key: None,
            label: text[span.0..span.1].to_string(),
            span,
        });
    }
    for r in refs.iter_mut() {
        if let Some(m) = ABBREVIATION_BEFORE.find(&folded[..folded_at(&origin, r.span.0)]) {
            let start = m.start() + usize::from(m.as_str().starts_with(char::is_whitespace));
            let abbreviation = m.as_str().split_whitespace().next().unwrap_or_default();
            let written = &text[origin[start]..r.span.0];
            if !syllable_in_lowercase(abbreviation, written) {
                r.span.0 = origin[start];
            }
        }
    }
    refs.sort_by_key(|r| r.span.0);
}

/// Whether an abbreviation that is also a syllable ("ĐA": "đã", "tối đa") was `written` with
/// a lowercase letter: then it is the word, not the abbreviation, which counts in capitals.
fn syllable_in_lowercase(abbreviation: &str, written: &str) -> bool {
    is_syllable(abbreviation) && written.chars().any(char::is_lowercase)
}

/// The index in the folded text ([`fold_aligned`]) of the byte `at` of the original.
fn folded_at(origin: &[usize], at: usize) -> usize {
    origin.partition_point(|&o| o < at)
}

/// The document references in `text`, a bare number's type named by a type word or one of
/// `abbreviations` (`named`, their [`named_pattern`]).
fn find_refs_named(text: &str, abbreviations: &[&str], named: &Regex) -> Vec<DocumentRef> {
    if !may_cite(text, abbreviations) {
        return Vec::new();
    }
    let (folded, origin) = fold_aligned(text);
    let original = |s: usize, e: usize| &text[origin[s]..origin[e]];
    let mut refs = Vec::new();
    for c in word_captures(&NUMBERED, &folded) {
        let whole = c.get(0).expect("match");
        let number = trim_number(&c[1]);
        let year = c[2].split('/').find(|y| !y.is_empty());
        let issuer = c[3].replace('/', "-");
        let issuer_key = issuer_keys(&issuer);
        let yearless = format!("{number}/{issuer_key}");
        let (key, yearless_key) = match year {
            Some(y) => (format!("{number}/{y}/{issuer_key}"), Some(yearless)),
            None => (yearless, None),
        };
        let first = issuer.split('-').next().unwrap_or("");
        let kind = abbreviation(first).or_else(|| {
            let before = tail(&folded, whole.start(), 40);
            TYPE_BEFORE
                .captures(before)
                .filter(|t| !is_law_in_general(before, t.get(1).expect("type word").start()))
                .and_then(|t| abbreviation(&t[1]))
                .or_else(|| type_before_title(&folded, whole.start()))
        });
        // Spaces typed inside the number ([`close_up_numbers`]) are not part of its label.
        let issuer_written: String = original(c.get(3).expect("issuer").start(), whole.end())
            .split_whitespace()
            .collect::<String>()
            .replace('/', "-");
        let label = match year {
            Some(y) => format!("{}/{y}/{}", &c[1], issuer_written),
            None => format!("{}/{}", &c[1], issuer_written),
        };
        refs.push(DocumentRef {
            key,
            loose_key: kind.map(|k| format!("{k} {number}")),
            yearless_key,
            dated_key: kind.zip(year).map(|(k, y)| format!("{k} {number}/{y}")),
            label,
            span: (origin[whole.start()], origin[whole.end()]),
        });
    }
    for c in word_captures(&PARTY_NUMBERED, &folded) {
        let whole = c.get(0).expect("match");
        let number = trim_number(&c[1]);
        let written = original(whole.start(), whole.end());
        // Keyed as the State writes its numbers, type and issuer after the slash through the
        // same issuer key ("18/nq-tw"): the same number, type and issuer are the same
        // document whichever way round they were typed ("131-NQ/CP", "18/NQ-TW" are frequent
        // slips).
        let issuer = issuer_keys(&format!("{}-{}", &c[2], &c[3]));
        refs.push(DocumentRef {
            key: format!("{number}/{issuer}"),
            loose_key: abbreviation(&c[2]).map(|k| format!("{k} {number}")),
            yearless_key: None,
            dated_key: None,
            label: written.to_string(),
            span: (origin[whole.start()], origin[whole.end()]),
        });
    }
    for c in word_captures(named, &folded) {
        let whole = c.get(0).expect("match");
        let year = c.get(4).map(|y| y.as_str());
        if (year.is_none() && folded[whole.end()..].starts_with('/'))
            || refs
                .iter()
                .any(|r| r.overlaps(origin[whole.start()], origin[whole.end()]))
        {
            continue;
        }
        let type_word = c.get(1).or_else(|| c.get(2)).expect("a type");
        let Some(kind) = abbreviation(type_word.as_str()) else {
            continue;
        };
        let number = trim_number(&c[3]);
        let type_written = original(type_word.start(), type_word.end());
        // An abbreviation that is also a syllable ("ĐA": "tối đa 3 ngày", "đã 3 lần") counts
        // only in capitals.
        if c.get(2).is_some() && syllable_in_lowercase(type_word.as_str(), type_written) {
            continue;
        }
        let loose = format!("{kind} {number}");
        let dated = year.map(|y| format!("{loose}/{y}"));
        refs.push(DocumentRef {
            key: dated.clone().unwrap_or_else(|| loose.clone()),
            loose_key: Some(loose),
            yearless_key: None,
            dated_key: dated,
            label: match year {
                Some(y) => format!("{} {}/{y}", capitalized(type_written), &c[3]),
                None => format!("{} {}", capitalized(type_written), &c[3]),
            },
            span: (origin[whole.start()], origin[whole.end()]),
        });
    }
    // A Party type with "số" before its number ("Kết luận số 127"): a document, where the
    // words alone before a number are as often a verb or a noun.
    // Read only where its words stand (most cited text names no Party type).
    let party_types_named =
        folded.contains(" so ") && PARTY_TYPES.iter().any(|(words, _)| folded.contains(words));
    let party_typed = if party_types_named {
        word_captures(&PARTY_TYPE_NUMBERED, &folded)
    } else {
        Vec::new()
    };
    for c in party_typed {
        let whole = c.get(0).expect("match");
        let span = (origin[whole.start()], origin[whole.end()]);
        if folded[whole.end()..].starts_with(['/', '-'])
            || refs.iter().any(|r| r.overlaps(span.0, span.1))
        {
            continue;
        }
        let Some(kind) = abbreviation(&c[1]) else {
            continue;
        };
        let loose = format!("{kind} {}", trim_number(&c[2]));
        refs.push(DocumentRef {
            key: loose.clone(),
            loose_key: Some(loose),
            yearless_key: None,
            dated_key: None,
            label: capitalized(&text[span.0..span.1]),
            span,
        });
    }
    refs.sort_by_key(|r| r.span.0);
    refs
}

/// A Party type's words, "số" and a number ([`PARTY_TYPES`]).
static PARTY_TYPE_NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = PARTY_TYPES.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(r"({})\s+so\s+(\d{{1,5}}[a-z]?)", words.join("|"))).unwrap()
});

/// Every key a reference answers to: its key first, then its loose key, its key without
/// the year and its type, number and year.
pub fn ref_keys(r: &DocumentRef) -> impl Iterator<Item = &str> {
    std::iter::once(r.key.as_str())
        .chain(r.loose_key.as_deref().filter(|l| *l != r.key))
        .chain(r.yearless_key.as_deref())
        .chain(r.dated_key.as_deref().filter(|d| *d != r.key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_glued_to_its_number_reads_with_the_slash_left_out() {
        let labels = |text: &str| -> Vec<(String, String)> {
            find_refs(text)
                .into_iter()
                .map(|r| (r.key, r.label))
                .collect()
        };
        assert_eq!(
            labels("theo 131NQ-CP và (1291QĐ-TTg), số 15/2020NĐ-CP"),
            [
                ("131/nq-cp".to_string(), "131/NQ-CP".to_string()),
                ("1291/qd-ttg".to_string(), "1291/QĐ-TTg".to_string()),
                ("15/2020/nd-cp".to_string(), "15/2020/NĐ-CP".to_string()),
            ],
        );
        // Letters that are no type, or a number inside a word, cite nothing.
        assert!(labels("mạng 5G-LTE, 100KW-h, COVID19NQ-CP, mã A131NQ-CP").is_empty());
        // Alone in its text, in brackets; and a query reads it as the text does.
        assert_eq!(labels("(1291QĐ-TTg)")[0].1, "1291/QĐ-TTg");
        assert_eq!(find_query_refs("1291QĐ-TTg")[0].key, "1291/qd-ttg");
    }

    #[test]
    fn a_query_names_any_type_by_its_abbreviation() {
        let keys = |refs: Vec<DocumentRef>| -> Vec<Option<String>> {
            refs.into_iter()
                .map(|r| r.dated_key.or(r.loose_key))
                .collect()
        };
        assert_eq!(
            keys(find_query_refs("TT 01/2022")),
            [Some("tt 1/2022".to_string())]
        );
        assert_eq!(
            keys(find_query_refs("CV 1234")),
            [Some("cv 1234".to_string())]
        );
        assert_eq!(
            keys(find_query_refs("cv1234")),
            [Some("cv 1234".to_string())]
        );
        // What running text reads, a query reads too: "ĐA" in capitals only.
        assert!(NAMED_ABBREVIATIONS
            .iter()
            .all(|a| QUERY_ABBREVIATIONS.contains(a)));
        assert_eq!(keys(find_query_refs("ĐA 06")), [Some("da 6".to_string())]);
        assert!(find_query_refs("tối đa 3 ngày").is_empty());
        // In running text "TT" and "CV" stand for much else.
        assert!(find_refs("Trung tâm TT 01 và hồ sơ CV 1234").is_empty());
    }

    #[test]
    fn the_pre_filter_lets_every_written_form_through() {
        for text in [
            "theo Nghị quyết số 131/NQ-CP ngày 6/10/2022",
            "Nghị quyết 131 của Chính phủ",
            "NQ 131",
            "(Đề án 06)",
            "Quyết định số 1291",
            "QĐ 1291",
            "NQ131",
            "(QĐ1291)",
            "Nghị quyết số 30c/NQ-CP",
            "Kế hoạch 01a/KH-UBND",
            "theo 18-NQ/TW",
            "theo 41-QĐ/TW",
            "Quyết định số 1.234/QĐ-UBND",
        ] {
            assert!(may_cite(text, NAMED_ABBREVIATIONS), "{text}");
            assert!(!find_refs(text).is_empty(), "{text}");
        }
        for text in [
            "Năm 2023 có 120 thủ tục",
            "cải cách hành chính",
            "giảm 10% so với",
            "ngày 6/10/2022, đạt 63/63 tỉnh",
        ] {
            assert!(!may_cite(text, NAMED_ABBREVIATIONS), "{text}");
        }
    }

    #[test]
    fn spaces_typed_inside_a_number_are_closed_up() {
        let cited = |text: &str| -> Vec<(String, String)> {
            find_refs(text)
                .into_iter()
                .map(|r| (r.label, r.key))
                .collect()
        };
        for (text, label, key) in [
            ("theo 131 /NQ-CP", "131/NQ-CP", "131/nq-cp"),
            ("theo 468/ QĐ-TTg", "468/QĐ-TTg", "468/qd-ttg"),
            ("Quyết định 1291/QĐ - TTg về", "1291/QĐ-TTg", "1291/qd-ttg"),
            (
                "Nghị định số 15 / 2020 / NĐ - CP, các",
                "15/2020/NĐ-CP",
                "15/2020/nd-cp",
            ),
            ("Quyết định 7/ QĐ -TTg", "7/QĐ-TTg", "7/qd-ttg"),
            // A slash for the hyphen before the issuer; a year after the issuer stays out.
            ("Quyết định 1291/QĐ/TTg của", "1291/QĐ-TTg", "1291/qd-ttg"),
            ("theo NQ số 131/NQ-CP/2022 của", "131/NQ-CP", "131/nq-cp"),
            (
                "Nghị định 61 / 2018 /NĐ-CP",
                "61/2018/NĐ-CP",
                "61/2018/nd-cp",
            ),
            // A thousands point in the number; a Party number with a Vietnamese letter.
            (
                "Quyết định số 1.234/QĐ-UBND",
                "1234/QĐ-UBND",
                "1234/qd-ubnd",
            ),
            (
                "Quyết định 12.345 /QĐ-UBND",
                "12345/QĐ-UBND",
                "12345/qd-ubnd",
            ),
            ("theo Quy định 41-QĐ/TW", "41-QĐ/TW", "41/qd-tw"),
        ] {
            assert!(may_cite(text, NAMED_ABBREVIATIONS), "{text}");
            assert_eq!(
                cited(text),
                vec![(label.to_string(), key.to_string())],
                "{text}"
            );
        }
        // A dash between clauses after a full number, a slash between words: no change.
        assert_eq!(
            cited("Quyết định 1291/QĐ-TTg - Hà Nội, ngày 5/3"),
            vec![("1291/QĐ-TTg".to_string(), "1291/qd-ttg".to_string())]
        );
        assert!(find_refs("đạt 63 / 63 tỉnh và/ hoặc huyện").is_empty());
        // A ratio of thousands is no number.
        assert!(find_refs("giải quyết 1.234/2.000 hồ sơ").is_empty());
    }

    fn keys(text: &str) -> Vec<(String, Option<String>)> {
        find_refs(text)
            .into_iter()
            .map(|r| (r.key, r.loose_key))
            .collect()
    }

    #[test]
    fn a_type_and_number_with_its_year_answers_to_the_full_number() {
        let cited = &find_refs("Nghị định số 107/2021/NĐ-CP sửa đổi")[0];
        assert_eq!(cited.dated_key.as_deref(), Some("nd 107/2021"));
        for query in [
            "Nghị định 107 năm 2021",
            "NĐ 107/2021",
            "nghi dinh so 107/2021",
        ] {
            let r = &find_refs(query)[0];
            assert_eq!(r.key, "nd 107/2021", "{query}");
            assert_eq!(r.loose_key.as_deref(), Some("nd 107"), "{query}");
        }
        // A number of more than a year after the slash is a date or a ratio, not this.
        assert_eq!(find_refs("Nghị định 107 ngày 6/10/2022")[0].key, "nd 107");
    }

    #[test]
    fn a_law_named_by_its_title_before_its_number_is_a_law() {
        let dated = |text: &str| find_refs(text)[0].dated_key.clone();
        for text in [
            "Luật Tổ chức chính quyền địa phương số 77/2015/QH13",
            "theo Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14",
            "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13",
            "Quyết định công bố Luật Đất đai số 31/2024/QH15",
        ] {
            assert!(
                dated(text).is_some_and(|k| k.starts_with("luat ")),
                "{text}"
            );
        }
        // The law in general, a sentence between, or a title too long: no type.
        for text in [
            "các văn bản quy phạm pháp luật số 80/2015/QH13",
            "Luật đã có hiệu lực. Văn bản số 80/2015/QH13",
            "Luật này quy định về tổ chức, hoạt động của chính quyền các cấp, trách nhiệm của cán bộ trong thực thi công vụ và nhiều nội dung khác số 80/2015/QH13",
        ] {
            assert_eq!(dated(text), None, "{text}");
        }
    }

    #[test]
    fn a_query_s_type_before_a_number_naming_none_goes_into_it() {
        let keys =
            |q: &str| -> Vec<String> { find_query_refs(q).into_iter().map(|r| r.key).collect() };
        assert_eq!(keys("NQ18/TW"), ["18/nq-tw"]);
        assert_eq!(keys("Nghị quyết 18/TW"), ["18/nq-tw"]);
        assert_eq!(keys("KL14/TW"), ["14/kl-tw"]);
        assert_eq!(keys("NQ 131/CP"), ["131/nq-cp"]);
        // The number names its type or more than its issuer: kept, the abbreviation its part.
        let r = &find_query_refs("CV 789/UBND-VP")[0];
        assert_eq!((r.key.as_str(), r.span), ("789/ubnd-vp", (0, 14)));
        // "đa" in lowercase is the word ("tối đa"), not the abbreviation of Đề án.
        assert_eq!(keys("đa 12/CP"), ["12/cp"]);
        assert_eq!(
            Some(find_query_refs("đa 12/CP")[0].span.0),
            "đa 12/CP".find("12")
        );
    }

    #[test]
    fn the_party_numbering_puts_the_type_after_the_number() {
        let labels = |text: &str| -> Vec<(String, String, Option<String>)> {
            find_refs(text)
                .into_iter()
                .map(|r| (r.label, r.key, r.loose_key))
                .collect()
        };
        assert_eq!(
            labels("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Kết luận 14-KL/TW"),
            vec![
                ("18-NQ/TW".into(), "18/nq-tw".into(), Some("nq 18".into())),
                ("14-KL/TW".into(), "14/kl-tw".into(), Some("kl 14".into())),
            ]
        );
        assert_eq!(
            labels("Hướng dẫn số 35-HD/BTCTW")[0].1,
            "35/hd-btctw".to_string()
        );
        // Either way round, one document.
        assert_eq!(
            find_refs("Nghị quyết 131-NQ/CP")[0].key,
            find_refs("131/NQ-CP")[0].key
        );
        // A verb and a noun stay words: no "Kết luận 3", no "Quy định 30".
        assert!(find_refs("Thủ tướng kết luận 3 vấn đề, theo quy định 30 ngày").is_empty());
        // With "số" before its number, the type names a document.
        assert_eq!(
            labels("theo Kết luận số 127 và quy định số 96 của Bộ Chính trị"),
            [
                (
                    "Kết luận số 127".to_string(),
                    "kl 127".to_string(),
                    Some("kl 127".to_string())
                ),
                (
                    "Quy định số 96".to_string(),
                    "qdi 96".to_string(),
                    Some("qdi 96".to_string())
                ),
            ]
        );
        assert_eq!(
            labels("Kết luận số 127-KL/TW")[0].1,
            "127/kl-tw".to_string()
        );
    }

    #[test]
    fn every_written_form_gives_one_key() {
        let strict = ("131/nq-cp".to_string(), Some("nq 131".to_string()));
        for text in [
            "Nghị quyết số 131/NQ-CP của Chính phủ",
            "theo 131/nq-cp",
            "131/NQ-CP",
        ] {
            assert_eq!(keys(text), vec![strict.clone()], "{text}");
        }
        for text in [
            "Nghị quyết 131",
            "nghi quyet so 131",
            "NQ 131",
            "nghị quyết số 131",
        ] {
            assert_eq!(
                keys(text),
                vec![("nq 131".to_string(), Some("nq 131".to_string()))],
                "{text}"
            );
        }
    }

    #[test]
    fn glued_abbreviations_and_lettered_numbers() {
        for (text, key, loose) in [
            ("NQ131", "nq 131", "nq 131"),
            ("theo QĐ1291 của Thủ tướng", "qd 1291", "qd 1291"),
            ("Nghị quyết số 30c/NQ-CP", "30c/nq-cp", "nq 30c"),
            ("Nghị quyết 30c", "nq 30c", "nq 30c"),
            ("Kế hoạch số 01a/KH-UBND", "1a/kh-ubnd", "kh 1a"),
            ("ĐA 06", "da 6", "da 6"),
        ] {
            assert_eq!(
                keys(text),
                vec![(key.to_string(), Some(loose.to_string()))],
                "{text}"
            );
        }
    }

    #[test]
    fn a_type_and_issuer_glued_or_split_by_another_mark_read_as_hyphened() {
        for (text, key, loose) in [
            ("Nghị quyết số 131/NQCP về", "131/nq-cp", "nq 131"),
            ("Nghị quyết số 131/NQ.CP về", "131/nq-cp", "nq 131"),
            ("theo 131/NQ_CP.", "131/nq-cp", "nq 131"),
            ("Quyết định 1291/QĐTTg.", "1291/qd-ttg", "qd 1291"),
            ("Nghị định 107/2021/NĐCP", "107/2021/nd-cp", "nd 107"),
        ] {
            assert_eq!(
                keys(text),
                vec![(key.to_string(), Some(loose.to_string()))],
                "{text}"
            );
        }
        // An issuer numbering alone keeps its letters; a point ending the sentence is not
        // a mark inside the number; a type alone is not split.
        for (text, key) in [
            ("Công văn 1234/VPCP gửi", "1234/vpcp"),
            ("Nghị quyết 653/2019/UBTVQH14", "653/2019/ubtvqh"),
            ("theo 131/NQ. Chính phủ", "131/nq"),
            ("Thông tư 12/TTLT", "12/ttlt"),
            ("Quyết định 1291/QĐ-TTg", "1291/qd-ttg"),
        ] {
            assert_eq!(keys(text)[0].0, key, "{text}");
        }
    }

    #[test]
    fn a_query_s_number_typed_with_spaces_or_hyphens_is_joined() {
        for (query, joined) in [
            ("131 NQ CP", "131/NQ-CP"),
            ("nghị quyết 131-NQ-CP về", "nghị quyết 131/NQ-CP về"),
            ("1291 qd ttg", "1291/qd-ttg"),
            ("(30c - KH - UBND)", "(30c/KH-UBND)"),
            ("01 ĐA CP", "01/ĐA-CP"),
        ] {
            assert_eq!(
                with_spaced_numbers_joined(query).as_deref(),
                Some(joined),
                "{query}"
            );
        }
        for query in [
            "3 đã xong",
            "10 kh dân",
            "cải cách 2024 tỉnh",
            "131 năm qua",
            "5 ca mới",
        ] {
            assert_eq!(with_spaced_numbers_joined(query), None, "{query}");
        }
    }

    #[test]
    fn an_abbreviation_that_is_a_word_counts_only_in_capitals() {
        for text in [
            "giải quyết trong tối đa 3 ngày làm việc",
            "tỉnh đã 3 lần kiểm tra",
            "Đa 5 thủ tục",
        ] {
            assert!(find_refs(text).is_empty(), "{text}: {:?}", find_refs(text));
        }
    }

    #[test]
    fn a_reference_with_a_year_also_answers_to_its_number_without_the_year() {
        let with_year = &find_refs("Nghị quyết số 653/2019/UBTVQH14")[0];
        let without = &find_refs("Nghị quyết 653/UBTVQH14")[0];
        assert_eq!(without.key, "653/ubtvqh");
        assert!(
            ref_keys(with_year).any(|k| k == without.key),
            "{with_year:?}"
        );
        assert_eq!(without.yearless_key, None);
    }

    #[test]
    fn repeated_year_and_missing_term_suffix() {
        let a = keys("Nghị quyết số 653/2019/2019/UBTVQH cơ bản");
        let b = keys("653/2019/UBTVQH14");
        assert_eq!(a[0].0, "653/2019/ubtvqh");
        assert_eq!(a[0].0, b[0].0);
        assert_eq!(a[0].1.as_deref(), Some("nq 653"));
    }

    #[test]
    fn shapes_and_labels() {
        let refs = find_refs("Quyết định 1291/QĐ-TTg, Nghị định 107/2021/NĐ-CP, Kế hoạch 345/QD-UBND và Đề án số 06, Đề án 06.");
        let labels: Vec<&str> = refs.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            vec![
                "1291/QĐ-TTg",
                "107/2021/NĐ-CP",
                "345/QD-UBND",
                "Đề án 06",
                "Đề án 06"
            ]
        );
        assert_eq!(refs[0].key, "1291/qd-ttg");
        assert_eq!(refs[1].key, "107/2021/nd-cp");
        assert_eq!(refs[2].key, "345/qd-ubnd");
        assert_eq!(refs[3].key, "da 6");
    }

    #[test]
    fn dates_and_ratios_are_not_references() {
        assert!(find_refs("ngày 11/11/2022, đạt 63/63 địa phương, 437/1.086 thủ tục").is_empty());
    }
}
