//! Rules that tell portal furniture from article text, one line (or HTML block) at a time.
//!
//! The rules rest on shape, not on a list per portal: counters are a short label and a
//! number; image placeholders are a few lowercase words with no Vietnamese marks (alt text
//! or slugs, never prose); datelines are a date with at most a time and a weekday; bylines
//! are a credit label and a name. The phrase tables in [`super::boilerplate_phrases`] only
//! serve short lines.

use crate::text::word_count;
use std::cell::LazyCell;
use std::sync::LazyLock;

use regex::Regex;

use super::boilerplate_phrases::{
    CONTACT_LABELS, FOLLOW_CALLS, FOOTER_OPENINGS, PLACEHOLDER_SPELLINGS, PLACEHOLDER_WORDS,
    PLATFORMS, SECTION_ENDS, UI_LABELS,
};
use crate::speakers::people_tables::{NAME_PREFIXES, PAIR_NAME_PREFIXES, PROVINCES};
use crate::text::fold::push_folded_lowercase;
use crate::text::key_opens_with;

/// What one line is, as far as cleaning is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineKind {
    /// Article text (or a caption, title or byline decided later).
    Content,
    /// A counter such as "Đang online: 1"; `views` is set for view counters.
    Counter {
        /// The number when the counter counts this article's views.
        views: Option<u64>,
    },
    /// Image placeholder or alt text left by a scraper.
    Placeholder,
    /// Share/print/comment links and other widget labels.
    UiLabel,
    /// A header after which other articles or comments are listed.
    SectionEnd,
    /// A dateline: the publication date (`YYYY-MM-DD`), and the view count when the same
    /// line shows it ("05/03/2024 09:15 · 1.234 lượt xem").
    Dateline {
        /// `YYYY-MM-DD`.
        date: String,
        /// Views shown beside the date.
        views: Option<u64>,
        /// The author named beside the date ("Thu Hà - 20/05/2024 10:00").
        author: Option<String>,
    },
    /// A credit line such as "Tin, ảnh: Phương Thảo": the author.
    Byline(String),
    /// A source credit ("Nguồn: Báo Lào Cai", "(Theo: TTXVN)"): the author when no person is
    /// credited.
    Source(String),
    /// Copyright and legal footer.
    Footer,
    /// A time given without a date, relative to now ("2 giờ trước", "30 phút trước"): the
    /// place of a dateline, with nothing to read from it.
    Timestamp,
}

static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<label>[\p{L}][\p{L} ]{0,40}?)\s*[:：]?\s*\(?(?P<n>\d[\d.,]*)\)?$").unwrap()
});
static COUNT_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<n>\d[\d.,]*)\s+(?P<label>[\p{L} ]{2,20})$").unwrap());
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})").unwrap()
});
/// Dates in words, the formal Vietnamese way ("12 tháng 3 năm 2023", "12 tháng 3, 2023"),
/// the month also named in words ("12 Tháng Ba, 2024", "1 tháng Giêng năm 2024").
static WORDED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<&str> = MONTH_WORDS.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(
        r"(?i)(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}}|{})\s*,?\s*(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})",
        names.join("|")
    ))
    .unwrap()
});
/// The months' names in words, longest first ("mười một" before "mười"), with their numbers;
/// not "năm" (May), which reads as the word for a year ("12 tháng năm 2024": twelve months).
const MONTH_WORDS: &[(&str, i32)] = &[
    ("mười một", 11),
    ("mười hai", 12),
    ("giêng", 1),
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("tư", 4),
    ("bốn", 4),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
    ("mười", 10),
    ("chạp", 12),
];

/// The number of a month written as a number or in words ([`MONTH_WORDS`]).
fn month_number(month: &str) -> Option<i32> {
    month.parse().ok().or_else(|| {
        let month = month.to_lowercase();
        let month = month.split_whitespace().collect::<Vec<_>>().join(" ");
        MONTH_WORDS
            .iter()
            .find(|(w, _)| *w == month)
            .map(|(_, n)| *n)
    })
}
/// English month-name dates ("November 20, 2019", "20 Nov 2019") on bilingual portals.
static MONTH_FIRST_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b").unwrap()
});
static DAY_FIRST_MONTH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?P<y>(?:19|20)\d{2})\b").unwrap()
});
const MONTH_NAMES: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
/// Day first with the year in two digits ("12/03/24", "5-3-24"), as a dateline may shorten
/// it; read as the nearest year not after next year ([`full_year`]).
static SHORT_YEAR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{2})\b").unwrap()
});

/// The year a two-digit year (`24`) stands for: this century's, unless that is later than
/// next year (`98` is 1998).
fn full_year(two_digits: i32) -> i32 {
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC);
    let now = i32::from(today.year());
    let year = now - now % 100 + two_digits;
    if year > now + 1 {
        year - 100
    } else {
        year
    }
}

/// Year first: ISO 8601 ("2024-03-12") and the same with slashes or points ("2024/03/12").
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:\D|$)").unwrap()
});
static DATELINE_REST: LazyLock<Regex> = LazyLock::new(|| {
    // What may stand beside the date on a dateline: weekday (in words or a digit), time,
    // "cập nhật", "ngày", "xuất bản", GMT, a source in brackets ("(Chinhphu.vn) - "), a
    // label of the date of something ("Ngày trả lời:", "Ngày gửi:").
    Regex::new(r"(?i)^[\s,|·•\-–—:()\[\]]*((thứ\s+(?:\p{L}+|\d)|chủ nhật|cập nhật(?:\s+(?:liên tục|lần cuối|mới nhất))?|ngày(?:\s+\p{L}+){1,3}\s*:|ngày|đăng|đăng tải|xuất bản|ban hành|thời gian|lúc|gmt|utc|\([^()]{1,40}\)|\[[^\[\]]{1,40}\]|[+-]?\d{1,2}[:h]\d{2}(:\d{2})?|[+-]\d{1,2}|\d{1,2}\s*giờ|sáng|chiều|am|pm|\d{1,2})[\s,|·•\-–—:()\[\]]*)*$").unwrap()
});
/// A view count anywhere on a short metadata line, label first ("Số lượt xem: 1.205")...
static VIEWS_AFTER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:số\s+)?(?:lượt\s+(?:xem|đọc)|views?)\s*:?\s*(?P<n>\d[\d.,]*)").unwrap()
});
/// ...or count first ("1.205 lượt xem"), the count standing on its own: not the minutes of a
/// time or the year of a date before the label ("08:15 Lượt xem: 3", "12/08/2024 Lượt xem").
static VIEWS_BEFORE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s|·,(\-–—])(?P<n>\d[\d.,]*)\s*(?:lượt\s+(?:xem|đọc)|views?)").unwrap()
});

/// The view count a metadata line shows, and the bytes that show it.
fn views_in(line: &str) -> Option<(std::ops::Range<usize>, Option<u64>)> {
    let c = VIEWS_AFTER_LABEL
        .captures(line)
        .or_else(|| VIEWS_BEFORE_LABEL.captures(line))?;
    Some((c.get(0)?.range(), parse_count(&c["n"])))
}

/// A time relative to now, as aggregators and social widgets show it: "2 giờ trước", "khoảng
/// 30 phút trước", "3 days ago".
static RELATIVE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:khoảng\s+|cách đây\s+)?\d{1,3}\s+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:trước|ago)$").unwrap()
});

/// The full date of an entry in a list of other articles, with its time.
const ENTRY_DATE: &str = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}(?:\s*[-–—,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?";
/// An entry of a list of other articles, its date after the headline ("Hội nghị tổng kết
/// năm 2023 (28/03/2024)", "Sở Nội vụ triển khai nhiệm vụ - 05/03/2024 10:20") or before
/// it ("[12/09/2024] Năm Căn đẩy mạnh..."); the headline does not end a sentence.
static DATED_ENTRY: LazyLock<[Regex; 2]> = LazyLock::new(|| {
    let headline = r"(?P<text>.*?[^\s.!?;:,…])";
    let bracketed = format!(r"[(\[]\s*{ENTRY_DATE}\s*[)\]]");
    [
        format!(r"^{headline}(?:\s*[-–—|]\s*{ENTRY_DATE}|\s*{bracketed}|\s+{ENTRY_DATE})$"),
        format!(r"^(?:{bracketed}|{ENTRY_DATE})(?:\s*[-–—|:]\s*|\s+){headline}$"),
    ]
    .map(|r| Regex::new(&r).unwrap())
});

/// Most words of a relative time ("khoảng 30 phút trước").
const RELATIVE_TIME_MAX_WORDS: usize = 5;

/// Most words of an entry of a list of other articles (its headline and date).
const DATED_ENTRY_MAX_WORDS: usize = 30;

/// Whether `line` (of `words` words) is an entry of a list of other articles
/// ([`DATED_ENTRY`]), its headline of two words or more. A document listed with its date
/// of issue ("Nghị định 61/2018/NĐ-CP ngày 23/4/2018") is no entry.
pub fn is_dated_entry(line: &str, words: usize) -> bool {
    words <= DATED_ENTRY_MAX_WORDS
        && line.bytes().any(|b| b == b'/' || b == b'-' || b == b'.')
        && DATED_ENTRY.iter().any(|entry| {
            entry.captures(line).is_some_and(|c| {
                let text = &c["text"];
                word_count(text) >= 2
                    && !text
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| matches!(w, "ngày" | "Ngày" | "NGÀY"))
            })
        })
}

static TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{1,2}[:h]\d{2}(:\d{2})?").unwrap());
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<label>tin(?:\s*(?:,|và|&|-)\s*ảnh)?|bài(?:\s*(?:,|và|&|-)\s*ảnh)?|ảnh|bài viết|tác giả|người viết|người đăng|đăng bởi|được đăng bởi|phóng viên|nhóm pv|pv|theo|nguồn|(?:người\s+)?thực hiện|(?:posted|written)\s+by|by)\s*:\s*(?P<name>[^:]{2,80})$").unwrap()
});
/// The photo credit that closes a caption: "Ảnh"/"Photo" after a sentence's end, a dash or
/// an opening bracket, then a colon and a credit, or "minh họa"/"tư liệu" ("illustration",
/// "archive"). The credit is read by [`photo_credit_like`].
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:[.!?…]\s*|\s[-–—|]\s*|[(\[]\s*)(?:ảnh|photo)(?:\s+(?:minh\s+họa|minh\s+hoạ|tư\s+liệu|internet))?\s*(?::\s*(?P<credit>[^:.!?()\[\]]{1,80}?))?\s*[)\]]?\s*\.?$").unwrap()
});

/// A caption's credit names a person, an agency or a source: it opens with a capital (the
/// person, "VGP/Nhật Bắc", "TTXVN") or is a lowercase word of kind ("minh họa", "tư liệu",
/// "internet"), and has at most [`BYLINE_NAME_MAX_WORDS`] words.
fn photo_credit_like(credit: &str) -> bool {
    let credit = credit.trim();
    let lower = credit.to_lowercase();
    let kind_word = ["minh họa", "minh hoạ", "tư liệu", "internet"]
        .iter()
        .any(|k| lower.starts_with(k));
    word_count(credit) <= BYLINE_NAME_MAX_WORDS
        && (kind_word || credit.chars().next().is_some_and(char::is_uppercase))
}

/// A caption describes its picture in at least this many words before the credit.
const CAPTION_MIN_WORDS: usize = 2;

/// Whether `line` is a photo's caption: a short description closed by the photo's credit
/// ("Thủ tướng Phạm Minh Chính phát biểu tại hội nghị. Ảnh: VGP/Nhật Bắc", "... (ảnh minh
/// họa)"). Captions stay article text; who stands in the picture is not who speaks.
pub fn is_caption(line: &str) -> bool {
    // The credit's word, in any case, found in one scan: most lines are never matched
    // against the pattern, nor counted.
    static CUE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(["ảnh", "Ảnh", "ẢNH", "hoto", "HOTO"]).expect("cue words")
    });
    if !CUE.is_match(line) {
        return false;
    }
    let words = word_count(line);
    if words <= CAPTION_MIN_WORDS || words > PROSE_MIN_WORDS {
        return false;
    }
    let Some(c) = PHOTO_CREDIT.captures(line) else {
        return false;
    };
    let description = &line[..c.get(0).map_or(0, |m| m.start())];
    word_count(description) >= CAPTION_MIN_WORDS
        && c.name("credit")
            .is_none_or(|credit| photo_credit_like(credit.as_str()))
}

/// Folded, lowercase, single-spaced form of a line, for phrase tables.
pub fn folded_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    push_folded_key(line, &mut key);
    key
}

/// Appends [`folded_key`]`(line)` to `out`: each word folded straight into `out`, no copy of
/// the whole line first.
pub fn push_folded_key(line: &str, out: &mut String) {
    let start = out.len();
    let words = line
        .split(|c: char| c.is_whitespace() || matches!(c, '•' | '·' | '|' | '»' | '›'))
        .filter(|w| !w.is_empty());
    for word in words {
        let before = out.len();
        if before > start {
            out.push(' ');
        }
        push_folded_lowercase(word, out);
        // A word of stray combining marks folds to nothing: no separator for it.
        if out.len() == before + usize::from(before > start) {
            out.truncate(before);
        }
    }
}

/// Words of a line the opening rules read (more than [`UI_LABEL_MAX_WORDS`]).
const KEY_WORDS: usize = 8;

/// The first `n` whitespace-separated words of `line` (all of it when shorter).
fn leading_words(line: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    return &line[..i];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    line
}

/// Parses a day-first date (`11/11/2022`, `11-11-2022`), an ISO date or an English
/// month-name date (`November 20, 2019`) into `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<String> {
    let number = |c: &regex::Captures, name: &str| c[name].parse::<i32>().ok();
    if let Some(c) = ISO_DATE.captures(text) {
        if let Some(date) = valid_date(number(&c, "y")?, number(&c, "m")?, number(&c, "d")?) {
            return Some(date);
        }
    }
    if let Some(c) = DATE.captures(text).or_else(|| WORDED_DATE.captures(text)) {
        return valid_date(number(&c, "y")?, month_number(&c["m"])?, number(&c, "d")?);
    }
    if let Some(c) = MONTH_FIRST_DATE
        .captures(text)
        .or_else(|| DAY_FIRST_MONTH_DATE.captures(text))
    {
        let month = c["m"].to_ascii_lowercase();
        let m = MONTH_NAMES.iter().position(|n| *n == month)? as i32 + 1;
        return valid_date(number(&c, "y")?, m, number(&c, "d")?);
    }
    let c = SHORT_YEAR_DATE.captures(text)?;
    valid_date(
        full_year(number(&c, "y")?),
        number(&c, "m")?,
        number(&c, "d")?,
    )
}

/// `text` with every date [`parse_date`] reads taken out.
fn without_dates(text: &str) -> String {
    let mut rest = text.to_string();
    for date in [
        &DATE,
        &WORDED_DATE,
        &ISO_DATE,
        &MONTH_FIRST_DATE,
        &DAY_FIRST_MONTH_DATE,
        &SHORT_YEAR_DATE,
    ] {
        if let std::borrow::Cow::Owned(taken) = date.replace(&rest, "") {
            rest = taken;
        }
    }
    rest
}

/// Most words of the place a dateline may open with ("TP. Hồ Chí Minh, 12/3/2023").
const DATELINE_PLACE_MAX_WORDS: usize = 5;

/// `rest` without the place it opens with: a few capitalized words before a comma ("Hà
/// Nội, ngày", "TP. Hồ Chí Minh, - 08:30"); `rest` itself when it opens otherwise.
fn without_place(rest: &str) -> &str {
    let Some((place, after)) = rest.split_once(',') else {
        return rest;
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    let capitalized = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if (1..=DATELINE_PLACE_MAX_WORDS).contains(&words.len()) && words.iter().all(capitalized) {
        after
    } else {
        rest
    }
}

/// `YYYY-MM-DD` for a day that exists (no 31/02), by the calendar of `jiff`.
fn valid_date(year: i32, month: i32, day: i32) -> Option<String> {
    let date = jiff::civil::Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()?;
    Some(date.to_string())
}

fn parse_count(digits: &str) -> Option<u64> {
    digits
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect::<String>()
        .parse()
        .ok()
}

fn is_view_label(folded_label: &str) -> bool {
    [
        "luot xem",
        "luot doc",
        "so lan xem",
        "view",
        "da xem",
        "luot truy cap bai",
    ]
    .iter()
    .any(|l| folded_label.contains(l))
}

/// A counter ("Đang online: 3", "Lượt xem: 1.205") has at most this many words...
const COUNTER_MAX_WORDS: usize = 8;
/// ...and a label of at most this many.
const COUNTER_LABEL_MAX_WORDS: usize = 5;
/// A line longer than this is prose: no furniture rule applies.
const PROSE_MIN_WORDS: usize = 40;
/// Credit labels that name where an article comes from, not who wrote it (folded).
const SOURCE_LABELS: &[&str] = &["nguon", "theo"];
/// Datelines and bylines have at most this many words.
const METADATA_LINE_MAX_WORDS: usize = 12;
/// A byline's name has at most this many words.
const BYLINE_NAME_MAX_WORDS: usize = 8;
/// Widget labels ("Chia sẻ", "In bài viết") have at most this many words.
const UI_LABEL_MAX_WORDS: usize = 6;
/// Each piece of a breadcrumb or menu line has at most this many words.
pub(super) const NAVIGATION_PIECE_MAX_WORDS: usize = 5;
/// Alt text and slugs have at most this many words.
const PLACEHOLDER_MAX_WORDS: usize = 5;

/// A media player's position and length, times alone ("00:00 / 03:15", "1:02:30").
fn is_player_position(line: &str) -> bool {
    line.split(|c: char| c.is_whitespace() || c == '/')
        .filter(|t| !t.is_empty())
        .all(|t| {
            t.contains(':')
                && t.split(':')
                    .all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// The marks that separate the parts of a metadata line ("Thu Hà - 20/05/2024 · 1.205").
const PART_SEPARATORS: [char; 7] = ['-', '–', '—', '|', '·', '•', ','];

/// Spaces, brackets and the marks that separate the parts of a metadata line
/// ([`PART_SEPARATORS`]).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || PART_SEPARATORS.contains(&c) || matches!(c, '(' | ')')
}

/// The person a dateline names beside its date, once the date and times are gone: the one
/// part between separators ("-", "|", "·", ",") that is not itself dateline matter (a
/// weekday, "(GMT+7)", "Cập nhật") and reads as a name ("Thu Hà - 20/05/2024 10:00 (GMT+7)",
/// "Thứ Hai, 20/05/2024 | Thu Hà").
fn name_beside_date(rest: &str) -> Option<&str> {
    let mut parts = rest
        .split(PART_SEPARATORS)
        .map(str::trim)
        .filter(|part| !DATELINE_REST.is_match(part));
    let name = parts.next()?;
    // The name may keep its label ("Tác giả: Hoàng Minh | Ngày đăng: 05/02/2025").
    let name = BYLINE
        .captures(name)
        .and_then(|c| c.name("name"))
        .map_or(name, |n| n.as_str().trim());
    parts.next().is_none().then(|| person_name(name)).flatten()
}

/// Most words of a row of labelled fields ([`labeled_fields_date`]).
const LABELED_FIELDS_MAX_WORDS: usize = 30;
/// Fewest labels in a row of labelled fields.
const LABELED_FIELDS_MIN: usize = 2;

/// A field's label: a capital, then up to three more words, and a colon.
static FIELD_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Lu}\p{L}*(?:\s+\p{L}+){0,3}\s*:\s").unwrap());

/// The date of a row of labelled fields: a line opening with a label, holding
/// [`LABELED_FIELDS_MIN`] labels or more, and one field a date of its own (its label and
/// the date, a time beside it at most): "Người hỏi: Trần Thị Mai Địa chỉ: xã Tân Lập Ngày
/// gửi: 02/04/2024". A sentence quoting someone after a colon opens with no label, or holds
/// one label only.
fn labeled_fields_date(line: &str) -> Option<String> {
    let line = line.trim_start_matches(is_separator);
    let labels: Vec<regex::Match> = FIELD_LABEL.find_iter(line).collect();
    if labels.len() < LABELED_FIELDS_MIN || labels[0].start() != 0 {
        return None;
    }
    let ends = labels.iter().skip(1).map(|m| m.start()).chain([line.len()]);
    labels.iter().zip(ends).find_map(|(label, end)| {
        let value = line[label.end()..end].trim_matches(is_separator);
        let date = parse_date(value)?;
        DATELINE_REST
            .is_match(&without_dates(value))
            .then_some(date)
    })
}

/// Most words of a person's name on a metadata line.
const PERSON_NAME_MAX_WORDS: usize = 5;

/// `text` when it is a person's name as a byline writes it: two to five words, each a
/// capital and lowercase letters ("Thu Hà", "Nguyễn Thị Minh Anh"; not "HÀ NỘI", not a
/// sentence), and not a province or city (a dateline's place: "Hà Nội -").
pub fn person_name(text: &str) -> Option<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalized = |part: &str| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    // An apostrophe may join a highland name's parts, each a capital ("H'Hen", "K’Đăm").
    let title_case = |w: &&str| match w.split_once(['\'', '’']) {
        Some((before, after)) => capitalized(before) && capitalized(after),
        None => w.chars().nth(1).is_some() && capitalized(w),
    };
    // A highland name may open with a one-letter prefix ("Y Huyền", "A Tuấn").
    let prefix = |w: &&str| NAME_PREFIXES.contains(w) || PAIR_NAME_PREFIXES.contains(w);
    let place = PROVINCES.iter().any(|p| text.ends_with(p));
    let named = words.split_first().is_some_and(|(first, rest)| {
        (title_case(first) || (prefix(first) && !rest.is_empty())) && rest.iter().all(title_case)
    });
    ((2..=PERSON_NAME_MAX_WORDS).contains(&words.len()) && named && !place).then_some(text)
}

/// Whether what follows a credit label reads as a credit: a name or an agency ("Phương
/// Thảo", "Báo Lao động", "TTXVN", "baochinhphu.vn"), not a sentence ("PV: Xin cảm ơn Bộ
/// trưởng!", "PV: Còn hạn chế nào?"): no closing question or exclamation mark, and not
/// more words in lowercase than capitalized.
fn credit_like(name: &str) -> bool {
    let (mut capitalized, mut lowercase) = (0, 0);
    for word in name.split_whitespace() {
        match word.chars().next() {
            Some(c) if c.is_uppercase() => capitalized += 1,
            Some(c) if c.is_lowercase() && !word.contains('.') => lowercase += 1,
            _ => {}
        }
    }
    !name.ends_with(['?', '!']) && lowercase <= capitalized
}

/// Classifies one trimmed line.
pub fn classify(line: &str) -> LineKind {
    classify_counted(line, word_count(line))
}

/// Icons a portal sets before its metadata (emoji and pictographs: Unicode's other and
/// modifier symbols, with the selectors and joiners that shape them), and the spaces after.
static LEADING_ICONS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{So}\p{Sk}\x{FE0E}\x{FE0F}\x{200D}\s]+").unwrap());

/// Eye icons: a number beside one counts views (👁 1.245, 👀 320).
const VIEWS_ICONS: &[char] = &['\u{1F441}', '\u{1F440}'];

/// A line opened by icons ("🕐 2 giờ trước", "👁 1.245", "💬 12"): the kind of what follows
/// them, a number alone after them a counter. `None` when the line opens with no icon, or
/// what follows the icons is article text (the line stays whole).
fn after_icons(line: &str) -> Option<LineKind> {
    let first = line.chars().next()?;
    if first.is_ascii() || first.is_alphanumeric() {
        return None;
    }
    let icons = LEADING_ICONS.find(line)?;
    let rest = &line[icons.end()..];
    if rest.is_empty() {
        return Some(LineKind::Placeholder);
    }
    if rest
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        let views = icons
            .as_str()
            .contains(VIEWS_ICONS)
            .then(|| parse_count(rest))
            .flatten();
        return Some(LineKind::Counter { views });
    }
    match classify(rest) {
        LineKind::Content => None,
        kind => Some(kind),
    }
}

/// The most pieces a line of separators is read over ("* * *", "- - -").
const SEPARATOR_MAX_WORDS: usize = 5;

/// Classifies one trimmed line of `words` words ([`word_count`]).
pub fn classify_counted(line: &str, words: usize) -> LineKind {
    // A line without a letter or a digit says nothing: a breadcrumb's separator cut onto a
    // line of its own ("|", "»"), a section break ("* * *").
    if words == 0 || (words <= SEPARATOR_MAX_WORDS && !line.chars().any(char::is_alphanumeric)) {
        return LineKind::Placeholder;
    }
    if let Some(kind) = after_icons(line) {
        return kind;
    }
    // Counters and dates hold a digit: lines without one skip those patterns.
    let has_digit = line.bytes().any(|b| b.is_ascii_digit());
    if has_digit && words <= COUNTER_MAX_WORDS {
        // A figure that reads as a date ("Ngày đăng: 05.11.2024") is no count.
        if let Some(c) = COUNTER
            .captures(line)
            .or_else(|| COUNT_FIRST.captures(line))
            .filter(|c| parse_date(&c["n"]).is_none())
        {
            let label = folded_key(&c["label"]);
            let label_words = word_count(&label);
            // "Ý kiến bạn đọc (12)", "Bình luận (3)": the comments' header, with their count
            // (none follow a count of none: "Bình luận (0)" is a toolbar's counter).
            let some = c["n"].bytes().any(|b| (b'1'..=b'9').contains(&b));
            if some && line.ends_with(')') && opens_section_end(&label) {
                return LineKind::SectionEnd;
            }
            // "Năm 2023" or "Điều 5" are headings, not counters: a counter label has a colon
            // or is a known view label.
            if label_words <= COUNTER_LABEL_MAX_WORDS
                && (line.contains(':') || is_view_label(&label) || line.ends_with(')'))
            {
                let views = is_view_label(&label)
                    .then(|| parse_count(&c["n"]))
                    .flatten();
                return LineKind::Counter { views };
            }
        }
    }
    if has_digit && words <= RELATIVE_TIME_MAX_WORDS && RELATIVE_TIME.is_match(line) {
        return LineKind::Timestamp;
    }
    if has_digit && is_player_position(line) {
        return LineKind::UiLabel;
    }
    if words > PROSE_MIN_WORDS {
        // Prose: no rule below applies to a line this long.
        return LineKind::Content;
    }
    if words <= METADATA_LINE_MAX_WORDS {
        if let Some(date) = has_digit.then(|| parse_date(line)).flatten() {
            let mut rest = without_dates(line);
            // The views are read once the date is gone: its year is no count.
            let views = views_in(&rest).and_then(|(shown, views)| {
                rest.replace_range(shown, " ");
                views
            });
            if DATELINE_REST.is_match(without_place(&rest)) {
                return LineKind::Dateline {
                    date,
                    views,
                    author: None,
                };
            }
            let rest = TIME.replace_all(&rest, "");
            let rest = rest.trim_matches(is_separator);
            if let Some(name) = name_beside_date(rest) {
                return LineKind::Dateline {
                    date,
                    views,
                    author: Some(name.to_string()),
                };
            }
            // Only a line the date was taken from is classified again (no endless recursion):
            // a counter or a toolbar's buttons beside the date ("08/07/2024 A- A A+").
            if rest.len() < line.len() {
                let beside = match classify(rest) {
                    LineKind::Counter { views: counted } => Some(counted.or(views)),
                    LineKind::UiLabel => Some(views),
                    _ => None,
                };
                if let Some(views) = beside {
                    return LineKind::Dateline {
                        date,
                        views,
                        author: None,
                    };
                }
            }
        }
        // A credit may stand in brackets ("(Nguồn: Báo Lào Cai)").
        let unbracketed = line
            .strip_prefix(['(', '['])
            .and_then(|l| l.strip_suffix([')', ']']))
            .unwrap_or(line)
            .trim();
        if let Some(c) = BYLINE.captures(unbracketed) {
            let name = c["name"].trim().trim_end_matches('.').trim();
            if word_count(name) <= BYLINE_NAME_MAX_WORDS && credit_like(name) {
                let label = folded_key(&c["label"]);
                return if SOURCE_LABELS.contains(&label.as_str()) {
                    LineKind::Source(name.to_string())
                } else {
                    LineKind::Byline(name.to_string())
                };
            }
        }
        // A name left with the separator of a date the page marked up apart ("Thu Hà -").
        if line.ends_with(is_separator) {
            if let Some(name) = person_name(line.trim_matches(is_separator)) {
                return LineKind::Byline(name.to_string());
            }
        }
    }
    // A row of labelled fields, one a date ("Người hỏi: Trần Thị Mai Địa chỉ: xã Tân Lập
    // Ngày gửi: 02/04/2024"): the page's record of the article, its date the article's.
    if has_digit && words <= LABELED_FIELDS_MAX_WORDS {
        if let Some(date) = labeled_fields_date(line) {
            return LineKind::Dateline {
                date,
                views: None,
                author: None,
            };
        }
    }
    // The folded opening of the line, computed once for the rules below: they read its
    // first words (footers, tag lists) or lines shorter than that (placeholders).
    let key = folded_key(leading_words(line, KEY_WORDS));
    if is_navigation(line, &key) || (words <= PAGER_MAX_LINE_WORDS && is_pager(line)) {
        // A box's tabs flattened into a line ("Tin liên quan | Đọc nhiều | Tin mới") head
        // the lists of other articles, as its first tab alone would.
        if is_menu_bar(line) && opens_section_end(&first_menu_item(line)) {
            return LineKind::SectionEnd;
        }
        return LineKind::UiLabel;
    }
    if words <= UI_LABEL_MAX_WORDS {
        // Share widgets leave icon letters behind ("Chia sẻ f t"): ignore one-letter ASCII
        // words (Vietnamese one-letter words such as "ý", "ở" carry marks).
        let without_icons: String = line
            .split_whitespace()
            .filter(|w| !(w.len() == 1 && w.is_ascii()))
            .collect::<Vec<_>>()
            .join(" ");
        let label = folded_key(&without_icons);
        // A count or a setting after the label ("Bình luận (3)", "Tốc độ đọc: 1.25x").
        let stripped = label.trim_end_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '(' | ')' | ' ' | ':' | '.' | '…' | 'x')
        });
        if opens_section_end(stripped) {
            return LineKind::SectionEnd;
        }
        if UI_LABELS.contains(&stripped) || is_text_size_control(line) {
            return LineKind::UiLabel;
        }
        if is_placeholder(line, &key) {
            return LineKind::Placeholder;
        }
    }
    // The whole line folded, for the rules that read past its first words; only once.
    let folded_line = LazyCell::new(|| folded_key(line));
    if FOOTER_OPENINGS.iter().any(|f| key.starts_with(f))
        || (line.contains(':') && holds_contact_labels(&folded_line))
    {
        return LineKind::Footer;
    }
    if words <= FOLLOW_CALL_MAX_WORDS
        && FOLLOW_CALLS.iter().any(|c| key_opens_with(&key, c))
        && PLATFORMS.iter().any(|p| folded_line.contains(p))
    {
        return LineKind::UiLabel;
    }
    if is_teaser_link(line, words) {
        return LineKind::UiLabel;
    }
    LineKind::Content
}

/// What opens a link to another article set in a line of its own (">> ..."); single
/// arrows and guillemets bullet lists too.
const LINK_ARROWS: &[&str] = &[">>"];
/// A linked headline has at most this many words.
const LINKED_HEADLINE_MAX_WORDS: usize = 30;

/// Whether `line` (of `words` words) links another article in the middle of this one: a
/// headline (no sentence's end) opened by an arrow (">> Người dân Biên Hòa làm thủ tục ...")
/// or by a widget's label and a colon ("Xem thêm: ...", "Tin liên quan: ...", "Đọc tiếp:
/// ..."). A sentence opened by an arrow stays text.
fn is_teaser_link(line: &str, words: usize) -> bool {
    if words > LINKED_HEADLINE_MAX_WORDS || line.ends_with(['.', '!', '?', ';', ':', ',']) {
        return false;
    }
    let headline = |rest: &str| {
        let rest = rest.trim();
        word_count(rest) >= 2 && rest.chars().next().is_some_and(char::is_uppercase)
    };
    if let Some(arrow) = LINK_ARROWS.iter().find(|a| line.starts_with(**a)) {
        return headline(&line[arrow.len()..]);
    }
    line.split_once(':').is_some_and(|(label, rest)| {
        let label = folded_key(label);
        let label = label.trim();
        word_count(label) <= UI_LABEL_MAX_WORDS
            && (UI_LABELS.contains(&label) || opens_section_end(label))
            && headline(rest)
    })
}

/// A call to follow the portal somewhere has at most this many words.
const FOLLOW_CALL_MAX_WORDS: usize = 12;
/// A contact block names at least this many of [`CONTACT_LABELS`].
const CONTACT_LABELS_NEEDED: usize = 2;

/// Whether a line holding a colon (`folded`, [`folded_key`]) is a portal's contact block:
/// two or more of its labels, wherever they stand.
fn holds_contact_labels(folded: &str) -> bool {
    CONTACT_LABELS
        .iter()
        .filter(|label| folded.contains(*label))
        .count()
        >= CONTACT_LABELS_NEEDED
}

/// Breadcrumbs and menus flattened into a line ("Trang chủ > Tin tức > Cải cách", "Đăng nhập
/// | Đăng ký"), and tag lists ("Tags: một cửa, dịch vụ công"): short pieces between
/// separators, no sentence.
fn is_navigation(line: &str, key: &str) -> bool {
    if ["tags:", "tag:", "tu khoa:", "the:"]
        .iter()
        .any(|p| key.starts_with(p))
    {
        return true;
    }
    is_menu_bar(line)
}

/// What stands between the items of a menu or a breadcrumb flattened into a line.
const MENU_SEPARATORS: [char; 5] = ['>', '»', '›', '|', '·'];

/// A menu or breadcrumb flattened into a line: short pieces between separators ("Trang chủ >
/// Tin tức", "Đăng nhập | Đăng ký") or runs of spaces ([`is_spaced_menu`]), no sentence.
pub fn is_menu_bar(line: &str) -> bool {
    let short = |pieces: &[&str]| {
        pieces
            .iter()
            .all(|p| p.split_whitespace().count() <= NAVIGATION_PIECE_MAX_WORDS)
    };
    let pieces: Vec<&str> = line
        .split(MENU_SEPARATORS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let marked = pieces.len() >= 2 && line.contains(MENU_SEPARATORS) && short(&pieces);
    (marked || is_spaced_menu(line)) && !line.trim_end().ends_with(['.', '!', '?', ';'])
}

/// The first item of a menu bar ([`is_menu_bar`]), folded ([`folded_key`]).
fn first_menu_item(line: &str) -> String {
    let first = line
        .trim()
        .split(MENU_SEPARATORS)
        .map(str::trim)
        .find(|p| !p.is_empty())
        .unwrap_or_default();
    folded_key(first.split("  ").next().unwrap_or_default())
}

/// A menu bar whose items a scrape kept apart by runs of spaces ("TRANG CHỦ  CHÍNH TRỊ  KINH
/// TẾ"): [`SPACED_MENU_MIN_ITEMS`] or more short pieces, none with a digit (a table
/// row flattened so holds its numbers: "1  Cấp giấy phép  15 ngày").
fn is_spaced_menu(line: &str) -> bool {
    if !line.contains("  ") || line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut items = 0;
    for item in line.trim().split("  ") {
        let words = item.split_whitespace().count();
        if words > NAVIGATION_PIECE_MAX_WORDS {
            return false;
        }
        items += usize::from(words > 0);
    }
    items >= SPACED_MENU_MIN_ITEMS
}

/// Items a menu bar kept apart by spaces shows at least.
const SPACED_MENU_MIN_ITEMS: usize = 3;

/// Words of a pager beside its page numbers ("Trang 1 2 3 Tiếp »", "« Trước 1 2 Sau",
/// "Tiếp theo"), folded.
const PAGER_WORDS: &[&str] = &[
    "trang", "tiep", "theo", "sau", "truoc", "dau", "cuoi", "next", "prev", "previous", "page",
    "first", "last", "xem",
];
/// A pager shows at least this many page numbers...
const PAGER_MIN_NUMBERS: usize = 2;
/// ...and at most this many words of its own...
const PAGER_MAX_WORDS: usize = 3;
/// ...in a line of at most this many words, numbers included.
const PAGER_MAX_LINE_WORDS: usize = 12;

/// Arrows a pager steps with.
const PAGER_ARROWS: &[char] = &['«', '»', '‹', '›', '<', '>', '←', '→'];

/// Whether `line` is a pager: page numbers (two or more, each of one to three digits
/// alone), with arrows or at most [`PAGER_MAX_WORDS`] of its words, nothing else (a row of
/// years or figures is a table's).
fn is_pager(line: &str) -> bool {
    let (mut numbers, mut words) = (0, Vec::new());
    for token in line.split_whitespace() {
        let token = token.trim_matches(|c: char| !c.is_alphanumeric());
        if token.is_empty() {
            continue;
        }
        if token.len() <= 3 && token.bytes().all(|b| b.is_ascii_digit()) {
            numbers += 1;
        } else {
            words.push(token);
        }
    }
    if numbers < PAGER_MIN_NUMBERS || words.len() > PAGER_MAX_WORDS {
        return false;
    }
    if words.is_empty() {
        return line.contains(PAGER_ARROWS);
    }
    folded_key(&words.join(" "))
        .split(' ')
        .all(|w| PAGER_WORDS.contains(&w))
}

/// A text-size control left as letters ("Cỡ chữ: A A A", "A- A A+", "Font: a A"): two or
/// more one-letter ASCII buttons, the same letter each time or sized with `+`/`-`, and no more
/// words of a label than buttons; or one sized button alone ("A+").
fn is_text_size_control(line: &str) -> bool {
    let (mut buttons, mut label_words, mut sized, mut mixed) = (0, 0, false, false);
    let mut letter: Option<u8> = None;
    for word in line.split_whitespace() {
        let size = word.trim_end_matches(['+', '-']);
        match size.as_bytes() {
            [b] if b.is_ascii_alphabetic() => {
                buttons += 1;
                sized |= size.len() < word.len();
                let b = b.to_ascii_lowercase();
                mixed |= letter.is_some_and(|l| l != b);
                letter = Some(b);
            }
            _ => label_words += 1,
        }
    }
    // One sized button alone on its line ("A-", then "A+" below) is the control cut in lines.
    (buttons >= 2 && label_words <= buttons && (sized || !mixed))
        || (buttons == 1 && sized && label_words == 0)
}

/// Alt text and slugs: a few lowercase words without Vietnamese marks or digits, or words
/// that are all image/ad vocabulary. Vietnamese prose always carries marks or capitals.
fn is_placeholder(line: &str, key: &str) -> bool {
    let lowercase_ascii = line.is_ascii()
        && line
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-' || c == '_');
    if lowercase_ascii && word_count(line) <= PLACEHOLDER_MAX_WORDS {
        return true;
    }
    key.split(' ').all(|w| PLACEHOLDER_WORDS.contains(&w)) && !names_a_person(line)
}

/// Whether a line of placeholder syllables is a name ("Minh Anh", "Quang Minh": a credit),
/// not alt text ("Ảnh minh hoạ", "Quảng cáo"): words capitalized like a name, none spelled
/// as the placeholder's own words are.
fn names_a_person(line: &str) -> bool {
    person_name(line).is_some()
        && !line
            .split_whitespace()
            .any(|w| PLACEHOLDER_SPELLINGS.contains(&w.to_lowercase().as_str()))
}

/// Most words a section's header adds to its phrase ("Bình luận của bạn", "Tin liên quan
/// khác", "Ý kiến bạn đọc mới nhất").
const SECTION_END_EXTRA_WORDS: usize = 2;

/// Whether the folded label `label` is a header after which a portal lists other articles or
/// comments: a phrase of [`SECTION_ENDS`], alone or with a few words after it.
fn opens_section_end(label: &str) -> bool {
    let label = label.trim();
    SECTION_ENDS.iter().any(|phrase| {
        key_opens_with(label, phrase)
            && label[phrase.len()..].split_whitespace().count() <= SECTION_END_EXTRA_WORDS
    }) || related_header(label)
}

/// Most words of a header of related things ("Văn bản liên quan").
const RELATED_HEADER_MAX_WORDS: usize = 5;

/// Whether the folded `label` heads a list of related things of any kind ("Văn bản liên
/// quan", "Video liên quan", "Thủ tục liên quan"): a few words ending with "liên quan".
fn related_header(label: &str) -> bool {
    label.strip_suffix(" lien quan").is_some_and(|kind| {
        let words = kind.split_whitespace().count();
        (1..=RELATED_HEADER_MAX_WORDS - 2).contains(&words)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_related_things_of_any_kind_end_the_article() {
        for line in [
            "Văn bản liên quan",
            "Thủ tục liên quan",
            "Video liên quan",
            "Các văn bản liên quan",
        ] {
            assert_eq!(classify(line), LineKind::SectionEnd, "{line}");
        }
        for line in [
            "liên quan",
            "Những vấn đề pháp lý có liên quan",
            "Các cơ quan liên quan phối hợp thực hiện.",
        ] {
            assert_ne!(classify(line), LineKind::SectionEnd, "{line}");
        }
    }

    #[test]
    fn pagers_are_furniture_rows_of_figures_are_not() {
        for line in [
            "Trang 1 2 3 Tiếp »",
            "« Trước 1 2 3 4 Sau »",
            "‹ 1 2 3 ›",
            "Page 1 2 Next",
        ] {
            assert_eq!(classify(line), LineKind::UiLabel, "{line}");
        }
        for line in ["2022 2023 2024", "1 2 3", "Điều 1 2 3", "Sau 3 năm 2 tháng"] {
            assert_ne!(classify(line), LineKind::UiLabel, "{line}");
        }
    }

    #[test]
    fn inline_links_to_other_articles_are_furniture_sentences_are_not() {
        for line in [
            "Xem thêm: Đồng Nai sáp nhập 28 xã, phường trong năm 2025",
            "Tin liên quan: Công bố chỉ số cải cách hành chính",
            ">> Người dân Biên Hòa làm thủ tục đất đai không cần giấy tờ photo",
        ] {
            assert_eq!(classify(line), LineKind::UiLabel, "{line}");
        }
        for line in [
            ">> Người dân làm thủ tục đất đai không cần giấy tờ photo.",
            "Kết quả: Đồng Nai sáp nhập 28 xã, phường trong năm 2025",
            "→ Hồ sơ gồm giấy khai sinh và ảnh chân dung",
            "Xem thêm: tài liệu đính kèm",
        ] {
            assert_eq!(classify(line), LineKind::Content, "{line}");
        }
    }

    #[test]
    fn relative_times_are_timestamps() {
        for line in [
            "2 giờ trước",
            "khoảng 30 phút trước",
            "3 ngày trước",
            "5 hours ago",
        ] {
            assert_eq!(classify(line), LineKind::Timestamp, "{line}");
        }
        for line in ["2 giờ", "Trước 2 giờ chiều nay, hồ sơ đã được trả."] {
            assert_ne!(classify(line), LineKind::Timestamp, "{line}");
        }
    }

    #[test]
    fn icons_before_metadata_leave_its_kind_and_before_prose_the_line_whole() {
        assert_eq!(classify("🕐 2 giờ trước"), LineKind::Timestamp);
        assert_eq!(classify("👁 1.245"), LineKind::Counter { views: Some(1245) });
        assert_eq!(classify("💬 12"), LineKind::Counter { views: None });
        assert_eq!(classify("📷"), LineKind::Placeholder);
        for line in [
            "📌 Hồ sơ được trả trong ngày.",
            "★ 12 xã đạt chuẩn",
            "“Trích dẫn”",
        ] {
            assert_eq!(classify(line), LineKind::Content, "{line}");
        }
    }

    #[test]
    fn dated_entries_are_headlines_with_their_date() {
        for line in [
            "Hội nghị tổng kết công tác năm 2023 (28/03/2024)",
            "Sở Nội vụ triển khai nhiệm vụ - 05/03/2024 10:20",
            "Sở Nội vụ triển khai nhiệm vụ 05.03.2024",
            "[12/09/2024] Năm Căn đẩy mạnh thanh toán không dùng tiền mặt",
            "12/09/2024 - Năm Căn đẩy mạnh thanh toán",
        ] {
            assert!(is_dated_entry(line, word_count(line)), "{line}");
        }
        for line in [
            "Nghị định 15/2021/NĐ-CP ngày 03/03/2021",
            "Hội nghị kết thúc thành công. 28/03/2024",
            "Cập nhật: 28/03/2024",
            "28/03/2024",
            "Ngày 28/03/2024, hội nghị diễn ra tại Hà Nội.",
            "Hội nghị tổng kết (28/03)",
        ] {
            assert!(!is_dated_entry(line, word_count(line)), "{line}");
        }
    }

    #[test]
    fn captions_end_with_a_photo_credit() {
        for line in [
            "Thủ tướng Phạm Minh Chính phát biểu tại hội nghị. Ảnh: VGP/Nhật Bắc",
            "Người dân làm thủ tục tại bộ phận một cửa (ảnh: Minh Tuấn)",
            "Quang cảnh hội nghị - Ảnh: TTXVN",
            "Cán bộ hướng dẫn người dân nộp hồ sơ trực tuyến (Ảnh minh họa)",
        ] {
            assert!(is_caption(line), "{line}");
        }
        for line in [
            "Ảnh: Minh Tuấn",
            "Hồ sơ gồm đơn đề nghị kèm ảnh: 2 ảnh cỡ 4x6 chụp trong 6 tháng.",
            "Người dân có thể tải ảnh chân dung lên Cổng dịch vụ công quốc gia.",
        ] {
            assert!(!is_caption(line), "{line}");
        }
    }

    #[test]
    fn folded_keys_are_single_spaced_folded_words() {
        assert_eq!(
            folded_key("  Chia sẻ • bài\u{a0} viết | Đọc "),
            "chia se bai viet doc"
        );
        // A word of stray combining marks folds to nothing and leaves no double space.
        assert_eq!(folded_key("Hà \u{301} Nội"), "ha noi");
        assert_eq!(folded_key("\u{301} Nội"), "noi");
        assert_eq!(folded_key(" \t"), "");
    }

    #[test]
    fn leading_words_cut_after_the_nth_word() {
        assert_eq!(leading_words("một hai  ba bốn", 2), "một hai");
        assert_eq!(leading_words("một hai", 5), "một hai");
        assert_eq!(leading_words("  một hai ba", 1), "  một");
    }

    #[test]
    fn view_counter_becomes_metadata() {
        assert_eq!(
            classify("Lượt xem: 522"),
            LineKind::Counter { views: Some(522) }
        );
        assert_eq!(
            classify("1.234 lượt xem"),
            LineKind::Counter { views: Some(1234) }
        );
        assert_eq!(
            classify("Đang online: 1"),
            LineKind::Counter { views: None }
        );
        assert_eq!(classify("Hôm nay: 1"), LineKind::Counter { views: None });
        assert_eq!(classify("Bình luận (0)"), LineKind::Counter { views: None });
    }

    #[test]
    fn a_comments_header_with_comments_counted_ends_the_article() {
        for line in [
            "Ý kiến bạn đọc (12)",
            "Bình luận (3)",
            "Bình luận của bạn",
            "Tin liên quan khác",
        ] {
            assert_eq!(classify(line), LineKind::SectionEnd, "{line}");
        }
        // A phrase with more after it is a heading or a sentence.
        for line in [
            "Bình luận viên thể thao Quang Huy",
            "Tin khác về cải cách hành chính",
        ] {
            assert_eq!(classify(line), LineKind::Content, "{line}");
        }
    }

    #[test]
    fn contact_blocks_and_calls_to_follow_are_furniture() {
        for line in [
            "Trang thông tin điện tử tỉnh Quảng Trị. Địa chỉ: 45 Hùng Vương. Điện thoại: 0233.3852",
            "Cơ quan: Sở Nội vụ - ĐT: 024.3333 - Email: snv@gov.vn",
        ] {
            assert_eq!(classify(line), LineKind::Footer, "{line}");
        }
        for line in [
            "Theo dõi Báo Quảng Trị trên Google News",
            "Tải ứng dụng Báo Lao Động trên App Store và Google Play",
            "Follow us on Facebook",
        ] {
            assert_eq!(classify(line), LineKind::UiLabel, "{line}");
        }
        for line in [
            "Mọi thắc mắc xin liên hệ Phòng Tư pháp huyện, điện thoại: 0233.123456.",
            "Theo dõi tiến độ giải quyết hồ sơ trên Cổng dịch vụ công",
        ] {
            assert_eq!(classify(line), LineKind::Content, "{line}");
        }
    }

    #[test]
    fn a_credit_of_placeholder_syllables_is_a_name() {
        for line in ["Minh Anh", "Quang Minh", "Cao Minh"] {
            assert_ne!(classify(line), LineKind::Placeholder, "{line}");
        }
        for line in ["Ảnh Minh Hoạ", "Quảng Cáo", "anh minh hoa"] {
            assert_eq!(classify(line), LineKind::Placeholder, "{line}");
        }
    }

    #[test]
    fn headings_with_numbers_are_content() {
        assert_eq!(classify("Năm 2023"), LineKind::Content);
        assert_eq!(classify("Giai đoạn 2021 - 2030"), LineKind::Content);
    }

    #[test]
    fn placeholders_and_labels() {
        for line in [
            "image banner",
            "image advertisement",
            "anh tin bai",
            "anh tin baiimage advertisement",
            "Ảnh minh họa",
            // Lines without a letter or a digit.
            "|",
            "»",
            "* * *",
            "— —",
        ] {
            assert_eq!(classify(line), LineKind::Placeholder, "{line}");
        }
        for line in [
            "Chia sẻ bài viết",
            "In bài viết",
            "Gửi email",
            "Facebook",
            "Trang chủ > Tin tức > Cải cách hành chính",
            "Đăng nhập | Đăng ký",
            "Tags: cải cách hành chính, một cửa",
            "Trang chủ » Thời sự",
            "Đang tải...",
            "Loading...",
            "Cỡ chữ: A A A",
            "A- A A+",
            "Font: a A",
            // An article read aloud: the player's labels and position.
            "Nghe bài viết",
            "Tốc độ đọc: 1.25x",
            "00:00 / 03:15",
            "1:02:30",
            // A teaser's link to the rest of its article.
            "Xem tiếp",
            "Xem chi tiết",
            "Read more",
        ] {
            assert_eq!(classify(line), LineKind::UiLabel, "{line}");
        }
        // Letters that are no buttons: different letters, or a sentence around them.
        for line in [
            "Hạng A và B",
            "Phụ lục A",
            "Nhóm A gồm A và A1 cùng các đơn vị",
        ] {
            assert_eq!(classify(line), LineKind::Content, "{line}");
        }
        for line in [
            "BÌNH LUẬN",
            "Tin liên quan",
            "Đọc nhiều nhất",
            "Tin cùng chuyên mục:",
        ] {
            assert_eq!(classify(line), LineKind::SectionEnd, "{line}");
        }
    }

    #[test]
    fn datelines_and_bylines() {
        let dateline = |d: &str, views| LineKind::Dateline {
            author: None,
            date: d.into(),
            views,
        };
        // The year in two digits: this century's up to next year, else the last one's.
        for (line, date) in [
            ("12/03/24", "2024-03-12"),
            ("Cập nhật: 12-3-24 08:30", "2024-03-12"),
            ("Thứ Ba, 12/3/24 - 08:30", "2024-03-12"),
            ("Ngày đăng: 05.11.98", "1998-11-05"),
            ("Ngày đăng: 05.11.2024", "2024-11-05"),
        ] {
            assert_eq!(classify(line), dateline(date, None), "{line}");
        }
        for line in ["Tỷ lệ 12/3/24 đạt", "Phiên bản 1.2.24", "12/03/2024/NĐ-CP"] {
            assert!(
                !matches!(classify(line), LineKind::Dateline { .. }),
                "{line}"
            );
        }
        assert_eq!(parse_date("31/02/24"), None, "no such day");
        assert_eq!(classify("11/11/2022 - 15:19"), dateline("2022-11-11", None));
        assert_eq!(parse_date("Nov 19, 2019").as_deref(), Some("2019-11-19"));
        assert_eq!(parse_date("31/02/2024"), None, "no such day");
        assert_eq!(parse_date("29/02/2024").as_deref(), Some("2024-02-29"));
        assert_eq!(parse_date("29/02/2023"), None, "not a leap year");
        assert_eq!(
            parse_date("20th November 2019").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(
            classify("Thứ Sáu, 11/11/2022 15:19 (GMT+7)"),
            dateline("2022-11-11", None)
        );
        assert_eq!(
            classify("Cập nhật ngày: 03-02-2021"),
            dateline("2021-02-03", None)
        );
        // A weekday as a digit, a publication label, a source in brackets.
        for line in [
            "Thứ 3, 12/03/2024, 10:30 (GMT+7)",
            "Ngày xuất bản: 12/03/2024",
            "Ngày ban hành: 12/03/2024",
            "Ngày trả lời: 12/03/2024",
            "Ngày gửi câu hỏi: 12/03/2024 08:00",
            "(Chinhphu.vn) - 12/03/2024",
            "Thứ Ba, 12/03/2024, 08:15 [GMT+7]",
            "12/03/2024 08:15 UTC+7",
            "Cập nhật liên tục · 12/03/2024",
        ] {
            assert_eq!(classify(line), dateline("2024-03-12", None), "{line}");
        }
        // Year first with slashes or points; the month in words.
        for line in [
            "2024/03/12 08:15",
            "2024.3.12",
            "2024-03-12T08:15:00+07:00",
            "Thứ Ba, 12 Tháng Ba, 2024",
            "12 tháng ba năm 2024 - 08:15",
        ] {
            assert_eq!(classify(line), dateline("2024-03-12", None), "{line}");
        }
        // A row of labelled fields, one a date.
        assert_eq!(
            classify(
                "Người hỏi: Trần Thị Mai Địa chỉ: xã Tân Lập, huyện Đồng Phú Ngày gửi: 02/04/2024"
            ),
            dateline("2024-04-02", None)
        );
        assert_eq!(
            classify(
                "Cơ quan trả lời: Sở Tư pháp tỉnh Bình Phước | Ngày trả lời: 05/04/2024 08:30"
            ),
            dateline("2024-04-05", None)
        );
        // Its date in words or with the year in two digits.
        for line in [
            "Người hỏi: Trần Thị Mai Địa chỉ: xã Tân Lập Ngày gửi: 2 tháng 4 năm 2024",
            "Người hỏi: Trần Thị Mai | Ngày gửi: 02/04/24",
        ] {
            assert_eq!(classify(line), dateline("2024-04-02", None), "{line}");
        }
        for line in [
            "Ông Hùng cho biết: từ ngày 02/04/2024, hồ sơ được nhận trực tuyến.",
            "Tổng số hồ sơ: 1.200 Đúng hạn: 1.150 Trễ hạn: 50",
            "Kết quả: ngày 02/04/2024 tỉnh công bố Chỉ số: tăng 5 bậc so với năm trước",
        ] {
            assert_eq!(classify(line), LineKind::Content, "{line}");
        }
        assert_eq!(
            parse_date("1 tháng Giêng năm 2024").as_deref(),
            Some("2024-01-01")
        );
        assert_eq!(
            parse_date("12 tháng Mười Một 2024").as_deref(),
            Some("2024-11-12")
        );
        assert_eq!(parse_date("trong 12 tháng năm 2024"), None);
        assert_eq!(parse_date("giai đoạn 2021-2025/12"), None);
        assert_eq!(
            classify("05/03/2024 09:15 1.234 lượt xem"),
            dateline("2024-03-05", Some(1234))
        );
        // Parts set apart by middle dots or bullets, a credit's label among them.
        assert_eq!(
            classify("05/03/2024 · 1.234 lượt xem"),
            dateline("2024-03-05", Some(1234))
        );
        assert_eq!(
            classify("Đăng bởi: Lò Văn Sáng • 05/03/2024 • 1.234 lượt xem"),
            LineKind::Dateline {
                date: "2024-03-05".into(),
                views: Some(1234),
                author: Some("Lò Văn Sáng".into())
            }
        );
        // A place before the date; the date in words, the formal way.
        for line in [
            "Hà Nội, ngày 12/3/2023",
            "TP. Hồ Chí Minh, 12/3/2023 - 08:30",
            "Lai Châu, 12.3.2023",
            "Thứ năm, 12 tháng 3 năm 2023",
            "12 tháng 3, 2023 - 10:15",
            "Bắc Kạn, ngày 12 tháng 3 năm 2023",
        ] {
            assert_eq!(classify(line), dateline("2023-03-12", None), "{line}");
        }
        assert_eq!(
            classify("Hội nghị họp ngày 12 tháng 3 năm 2023 tại Hà Nội"),
            LineKind::Content,
            "a sentence around a date is no dateline"
        );
        assert_eq!(classify("Chia sẻ f t"), LineKind::UiLabel);
        assert_eq!(
            classify("Ngày đăng: 05/09/2023 | Số lượt xem: 1.205"),
            dateline("2023-09-05", Some(1205))
        );
        // Views beside a time or after the date: the minutes and the year are no count.
        for (line, views) in [
            ("Thứ Hai, 12/08/2024 - 08:15 Lượt xem: 1.245", Some(1245)),
            ("12/08/2024 Lượt xem: 87", Some(87)),
            ("12/08/2024 08:15 | 312 lượt đọc", Some(312)),
        ] {
            assert_eq!(classify(line), dateline("2024-08-12", views), "{line}");
        }
        assert_eq!(
            classify("Tin, ảnh: Phương Thảo"),
            LineKind::Byline("Phương Thảo".into())
        );
        // An interviewer's line is no credit.
        for line in [
            "PV: Xin cảm ơn Bộ trưởng!",
            "PV: Còn những hạn chế nào cần khắc phục",
        ] {
            assert_eq!(classify(line), LineKind::Content, "{line}");
        }
        assert_eq!(classify("PV: Hà My"), LineKind::Byline("Hà My".into()));
        for line in ["Người đăng: Hà My", "Đăng bởi: Hà My", "Posted by: Hà My"] {
            assert_eq!(classify(line), LineKind::Byline("Hà My".into()), "{line}");
        }
        // Where the article comes from, in brackets or not.
        for (line, name) in [
            ("Theo: Báo Lao động", "Báo Lao động"),
            ("Nguồn: baochinhphu.vn", "baochinhphu.vn"),
            ("(Nguồn: Báo Lào Cai)", "Báo Lào Cai"),
        ] {
            assert_eq!(classify(line), LineKind::Source(name.into()), "{line}");
        }
        assert_eq!(
            classify("Bài và ảnh: Lê Văn A"),
            LineKind::Byline("Lê Văn A".into())
        );
        // A name beside a date, or left with the date's separator when the page marked the
        // date up apart; a place there is no author.
        assert_eq!(
            classify("Thu Hà - 20/05/2024 10:00"),
            LineKind::Dateline {
                date: "2024-05-20".into(),
                views: None,
                author: Some("Thu Hà".into())
            }
        );
        // The name before or after the date, the time zone and weekday beside it.
        for line in [
            "Thu Hà - 20/05/2024 10:00 (GMT+7)",
            "Thứ Hai, 20/05/2024 - 10:00 | Thu Hà",
            "Cập nhật: 20/05/2024 · Thu Hà",
            // The name with its label.
            "Tác giả: Thu Hà | Ngày đăng: 20/05/2024 10:00",
            "Người viết: Thu Hà - 20/05/2024",
        ] {
            assert_eq!(
                classify(line),
                LineKind::Dateline {
                    date: "2024-05-20".into(),
                    views: None,
                    author: Some("Thu Hà".into())
                },
                "{line}"
            );
        }
        assert_eq!(
            classify("Nguyễn Thị Minh Anh |"),
            LineKind::Byline("Nguyễn Thị Minh Anh".into())
        );
        assert_eq!(classify("Thu Hà"), LineKind::Content);
        assert_ne!(classify("Hà Nội -"), LineKind::Byline("Hà Nội".into()));
        // Highland names: a one-letter prefix, an apostrophe inside a part.
        for name in ["Y Huyền", "A Tuấn", "H'Hen Niê", "Rơ Mah K’Đăm"] {
            assert_eq!(person_name(name), Some(name), "{name}");
        }
        for text in ["Y", "Y tế", "A B", "Hà Nội"] {
            assert_eq!(person_name(text), None, "{text}");
        }
        assert_eq!(
            classify("Thứ hai, 12/02/2024 - 10:15 | Tác giả: Y Huyền"),
            LineKind::Dateline {
                date: "2024-02-12".into(),
                views: None,
                author: Some("Y Huyền".into())
            }
        );
        assert_ne!(classify("HÀ NỘI -"), LineKind::Byline("HÀ NỘI".into()));
        assert_eq!(
            classify("Tính đến ngày 31/3/2020, các bộ giảm 10.284 người so với số giao năm 2015."),
            LineKind::Content
        );
    }

    #[test]
    fn prose_is_content() {
        assert_eq!(
            classify(
                "Phiên họp được tổ chức trực tuyến giữa điểm cầu trụ sở Chính phủ với 63 tỉnh."
            ),
            LineKind::Content
        );
        assert_eq!(
            classify(
                "Chia sẻ kinh nghiệm cải cách hành chính của tỉnh Lai Châu với các địa phương"
            ),
            LineKind::Content
        );
    }
}
