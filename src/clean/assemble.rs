//! Lines (or HTML blocks) to an article body and its metadata.
//!
//! Enters: the text lines of one page in reading order, with metadata the markup already
//! gave (HTML title, date...). Leaves: the body paragraphs and the completed metadata.
//! Refuses nothing: a page with no article text gives an empty body, which the caller
//! reports.

use crate::text::word_count;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::LazyLock;

use regex::Regex;

use super::line_rules::{
    classify, classify_counted, is_dated_entry, is_menu_bar, person_name, push_folded_key, LineKind,
};
use super::Metadata;

static SOURCE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    // "BDK.VN - ", "(Chinhphu.vn) - ", "HNP – ", "(LĐ online) - ", "(Dân trí) – ": an outlet
    // tag opening the lead paragraph (in brackets, up to three words opening with a capital).
    Regex::new(r"^(?:\(?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?i:vn|com|net|org|info)\)?|\(?[\p{Lu}\d]{2,8}\)?|\(\p{Lu}[\p{L}\d.]*(?: [\p{L}\d.]+){0,2}\))\s*[-–—]\s+").unwrap()
});

/// Lines this long or longer are said once: a repeated caption, the title again.
const REPEAT_MIN_WORDS: usize = 3;
/// A line repeating one of the last this-many lines is a repeated caption.
const REPEAT_WINDOW: usize = 3;
/// Lines this long are said once wherever they repeat.
const SAID_ONCE_WORDS: usize = 12;

const TERMINAL_PUNCTUATION: &[char] = &['.', '!', '?', ':', ';', '…', ',', '"', '”'];

/// What ends a sentence or a clause that a line break after it keeps apart: a wrapped
/// line ends with none of these (a comma does not stop a wrap: "yêu cầu các sở,\nngành").
const UNWRAPPED_ENDS: &[char] = &['.', '!', '?', '…', ':', ';', '"', '”', ')'];

/// Fewest words of a line wrapped by hand (text cut at a width): a shorter line is an item
/// or a label ("Chia sẻ" over an icon's letter).
const WRAPPED_LINE_MIN_WORDS: usize = 4;

/// Fewest lines going on in a lowercase one that show a text wrapped at a width, for a line
/// as long (four fifths of the longest of them or more) to go on in a capital too.
const WRAPPED_EVIDENCE: usize = 2;

/// `text` (a scrape) with each line its writer wrapped at a width joined to the line it
/// goes on in: a line of [`WRAPPED_LINE_MIN_WORDS`] or more ending with no
/// [`UNWRAPPED_ENDS`], followed right away by a line opening with a lowercase letter ("đánh
/// giá\ncông tác cải cách", "thủ\ntục hành chính"). Text from a mail, a PDF or a terminal
/// is so wrapped, its paragraphs kept apart by blank lines; read line by line its
/// sentences, and even its words, would be cut between passages.
pub fn with_wrapped_lines_joined(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    // Whether the line at `i` may go on in the next, which opens as `opens` says.
    let goes_on = |i: usize, opens: fn(char) -> bool| {
        let line = lines[i].trim_end();
        let next = lines.get(i + 1).map_or("", |l| l.trim_start());
        !line.ends_with(UNWRAPPED_ENDS)
            && line.split_whitespace().count() >= WRAPPED_LINE_MIN_WORDS
            && next.chars().next().is_some_and(opens)
            // Both halves read as text: a widget's label over a scraper's placeholder
            // ("Chia sẻ bài viết" over "image banner") are two lines of furniture.
            && classify(line) == LineKind::Content
            && classify(next) == LineKind::Content
    };
    let lowercase: Vec<usize> = (0..lines.len())
        .filter(|&i| goes_on(i, char::is_lowercase))
        .collect();
    if lowercase.is_empty() {
        return Cow::Borrowed(text);
    }
    // Wrapped at a width (two lines or more so), a line as long as the wrapped ones also
    // goes on in a next one opening with a capital or a figure ("Chủ tịch UBND tỉnh\nVõ Văn
    // Hưng", "tiếp nhận\n45.210 hồ sơ"): the width is what cut it, not the sentence.
    let width = (lowercase.len() >= WRAPPED_EVIDENCE)
        .then(|| {
            lowercase
                .iter()
                .map(|&i| lines[i].trim_end().chars().count())
                .max()
        })
        .flatten();
    let at_width = |i: usize| {
        width.is_some_and(|w| lines[i].trim_end().chars().count() * 5 >= w * 4)
            && goes_on(i, |c| c.is_uppercase() || c.is_ascii_digit())
    };
    let mut joined = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        if lowercase.binary_search(&i).is_ok() || at_width(i) {
            joined.push_str(line.trim_end());
            joined.push(' ');
        } else {
            joined.push_str(line);
            joined.push('\n');
        }
    }
    Cow::Owned(joined)
}

/// The paragraphs of preformatted text (a `<pre>`: a press release pasted as typed). Where
/// blank lines keep its paragraphs apart, a line as long as the text is wide (four fifths
/// of its longest line or more) was cut by the width, whatever it ends with, and goes on
/// in the next; a shorter one (a heading, an item, a paragraph's last line) ends its
/// paragraph. Without blank lines, its lines are read as a scrape's
/// ([`with_wrapped_lines_joined`]).
pub fn preformatted_paragraphs(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let blank_apart = lines
        .windows(3)
        .any(|w| !w[0].is_empty() && w[1].is_empty() && !w[2].is_empty());
    if !blank_apart {
        return with_wrapped_lines_joined(text)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
    }
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in lines {
        if !line.is_empty() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
        if line.chars().count() * 5 < width * 4 && !current.is_empty() {
            paragraphs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

fn strip_bullet(line: &str) -> &str {
    line.trim()
        .trim_start_matches(['•', '·', '*', '+', '»', '›', '-', '–', '▪', '◦', '●'])
        .trim()
}

/// A headline has at least this many words.
const HEADLINE_MIN_WORDS: usize = 2;
/// A title line has at most this many words.
const TITLE_MAX_WORDS: usize = 35;
/// A trailing credit ("Bùi Minh") has at most this many words.
const CREDIT_MAX_WORDS: usize = 6;
/// The header of a counter box has at most this many words, and this many counters follow.
const COUNTER_HEADER_MAX_WORDS: usize = 5;
const COUNTERS_AFTER_HEADER: usize = 2;
/// After a "related news" header, lines shorter than this are teasers, not body.
const TEASER_MAX_WORDS: usize = 25;

/// A line of prose after a section header has at least this many words and ends a
/// sentence: the article going on after a toolbar, not a list of headlines or comments
/// opening with their authors' names.
const PROSE_AFTER_HEADER_WORDS: usize = 20;
/// Marks that end a sentence (a quotation's closing mark after its full stop included).
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '…', '"', '”'];
/// Body paragraphs before a section header that may still be only the article's lead.
const LEAD_PARAGRAPHS: usize = 1;

/// Whether the section header at `i` (after `paragraphs` body paragraphs) ends the
/// article. A comments counter in a toolbar between the lead and the body reads like the
/// comments' header: it is a toolbar when the same header stands again further down (the
/// count beside the share buttons, then the thread's header), or when only the lead is
/// above it and prose goes on below it.
/// `last_headers` gives the last line of each section header, by [`key_hash`].
fn ends_the_article(
    i: usize,
    lines: &[&str],
    (kinds, words): (&[LineKind], &[usize]),
    last_headers: &HashMap<u64, usize>,
    paragraphs: usize,
) -> bool {
    let stands_again = lines[i].contains(|c: char| c.is_ascii_digit())
        && last_headers
            .get(&key_hash(lines[i]))
            .is_some_and(|&last| last > i);
    if stands_again {
        return false;
    }
    if paragraphs > LEAD_PARAGRAPHS {
        return true;
    }
    let mut prose_below = (i + 1..lines.len())
        .filter(|&j| {
            !matches!(
                kinds[j],
                LineKind::UiLabel
                    | LineKind::Placeholder
                    | LineKind::Counter { .. }
                    | LineKind::Timestamp
            )
        })
        .take(2)
        .map(|j| {
            kinds[j] == LineKind::Content
                && words[j] >= PROSE_AFTER_HEADER_WORDS
                && lines[j].ends_with(SENTENCE_ENDS)
        });
    !(prose_below.next() == Some(true) && prose_below.next() == Some(true))
}

/// A teaser's headline in a box of links has at least this many words (a commenter's name,
/// under a comments header, has fewer).
const TEASER_MIN_WORDS: usize = 5;

/// Whether the section header at `i` opens a box of links set inside the article, which
/// goes on below it ("TIN LIÊN QUAN", three headlines, then the article's last paragraphs
/// and its credit): one or more teasers' headlines ([`TEASER_MIN_WORDS`] or more words,
/// no sentence's end), then prose to the end of the page or the next header, the first
/// line a paragraph of [`PROSE_AFTER_HEADER_WORDS`] or more, none a headline again but for
/// a closing credit. A list of other articles with their summaries has headlines between
/// its summaries; comments open with their authors' names.
fn box_inside_the_article(
    i: usize,
    lines: &[&str],
    (kinds, words): (&[LineKind], &[usize]),
) -> bool {
    let content: Vec<usize> = (i + 1..lines.len())
        .take_while(|&j| kinds[j] != LineKind::SectionEnd)
        .filter(|&j| kinds[j] == LineKind::Content)
        .collect();
    let teaser = |j: usize| {
        words[j] >= TEASER_MIN_WORDS
            && words[j] < TEASER_MAX_WORDS
            && headline_like(lines[j], TEASER_MAX_WORDS)
    };
    let teasers = content.iter().take_while(|&&j| teaser(j)).count();
    let Some((&first, rest)) = content[teasers..].split_first() else {
        return false;
    };
    let prose = |j: usize| lines[j].ends_with(SENTENCE_ENDS);
    let credit = |j: usize| name_like(lines[j]);
    teasers > 0
        && words[first] >= PROSE_AFTER_HEADER_WORDS
        && prose(first)
        && rest
            .iter()
            .enumerate()
            .all(|(k, &j)| prose(j) || (k + 1 == rest.len() && credit(j)))
}

/// Lines below a headline-like line within which another one may stand above the dateline.
const MASTHEAD_LOOKAHEAD: usize = 3;

/// Whether a headline-like line below line `i` (within [`MASTHEAD_LOOKAHEAD`] lines, and
/// with no other content between) is followed at once by a dateline, while line `i` is not:
/// that line is the headline, line `i` the portal's name above it. Not a paper's name under
/// a headline of some length ([`names_the_source`]).
fn dated_headline_below(i: usize, lines: &[&str], words: &[usize], kinds: &[LineKind]) -> bool {
    let dated = |j: usize| dated_below(kinds, j);
    if dated(i) {
        return false;
    }
    (i + 1..lines.len())
        .take(MASTHEAD_LOOKAHEAD)
        .find(|&j| kinds[j] == LineKind::Content)
        .is_some_and(|j| {
            headline_like(lines[j], TITLE_MAX_WORDS)
                && dated(j)
                && !names_the_source(j, i, lines, words)
        })
}

/// Whether a menu bar ([`is_menu_bar`]) follows line `i` before any other content (within
/// [`MASTHEAD_LOOKAHEAD`] lines): line `i` is the portal's name above its menu ("TUOI TRE
/// ONLINE", then "Thời sự   Thế giới"), not a headline, which stands below the menu.
fn menu_below(i: usize, lines: &[&str], kinds: &[LineKind]) -> bool {
    (i + 1..lines.len())
        .take(MASTHEAD_LOOKAHEAD)
        .take_while(|&j| kinds[j] != LineKind::Content)
        .any(|j| kinds[j] == LineKind::UiLabel && is_menu_bar(lines[j]))
}

/// Whether a line of `words` words may be the short name of the paper an article comes
/// from ([`SOURCE_NAME_MAX_WORDS`]: "Nhân Dân", "Báo Chính phủ").
fn source_name_like(line: &str, words: usize) -> bool {
    words <= SOURCE_NAME_MAX_WORDS && name_like(line)
}

/// Whether line `j` ([`source_name_like`]) names the paper an article comes from under its
/// headline, line `headline`, of [`HEAD_HEADLINE_MIN_WORDS`] or more.
fn names_the_source(j: usize, headline: usize, lines: &[&str], words: &[usize]) -> bool {
    source_name_like(lines[j], words[j])
        && words[headline] >= HEAD_HEADLINE_MIN_WORDS
        && headline_like(lines[headline], TITLE_MAX_WORDS)
}

/// Lines above the headline that make a page's navigation (a menu, a breadcrumb, the
/// portal's name): at least this many...
const NAVIGATION_MIN_LINES: usize = 3;

/// Whether a line of this kind stands where a dateline does: a date, or a time relative to
/// now.
fn dates_the_article(kind: &LineKind) -> bool {
    matches!(kind, LineKind::Dateline { .. } | LineKind::Timestamp)
}

/// Whether the line right after line `j` stands where a dateline does.
fn dated_below(kinds: &[LineKind], j: usize) -> bool {
    kinds.get(j + 1).is_some_and(dates_the_article)
}

/// Where the article opens in a scrape that begins with the page's navigation: at the
/// headline-like line right above the first dateline (only metadata lines between), when
/// every line above it is short and no sentence (under [`SAID_ONCE_WORDS`] words, no
/// sentence end) and there are [`NAVIGATION_MIN_LINES`] or more of them, or when one or two
/// menu items ([`MENU_ITEM_MAX_WORDS`] words at most) stand above a headline of
/// [`HEAD_HEADLINE_MIN_WORDS`] or more (other short lines are left to
/// [`dated_headline_below`]); or, whatever the datelines, at the first
/// headline of some length ([`HEAD_HEADLINE_MIN_WORDS`]) with only menu items above it
/// ([`undated_opening`]), when no title is known. Else 0.
fn article_opening(
    lines: &[&str],
    words: &[usize],
    kinds: &[LineKind],
    title_known: bool,
) -> usize {
    dated_opening(lines, words, kinds)
        .or_else(|| {
            // A page whose markup gave the title has no headline to look for.
            (!title_known)
                .then(|| undated_opening(lines, words, kinds))
                .flatten()
        })
        .unwrap_or(0)
}

fn dated_opening(lines: &[&str], words: &[usize], kinds: &[LineKind]) -> Option<usize> {
    // The first dateline; or, when no headline stands above it as a headline does (the
    // portal's clock over its masthead and menu), the next one, up to the first sentence of
    // prose.
    let prose = (0..lines.len())
        .find(|&j| {
            kinds[j] == LineKind::Content
                && words[j] >= SAID_ONCE_WORDS
                && !headline_like(lines[j], TITLE_MAX_WORDS)
        })
        .unwrap_or(lines.len());
    (0..prose)
        .filter(|&j| dates_the_article(&kinds[j]))
        .find_map(|dateline| opening_above(dateline, lines, words, kinds))
}

/// [`dated_opening`] at the dateline at `dateline`.
fn opening_above(
    dateline: usize,
    lines: &[&str],
    words: &[usize],
    kinds: &[LineKind],
) -> Option<usize> {
    let mut content_above = (0..dateline)
        .rev()
        .filter(|&j| kinds[j] == LineKind::Content);
    let mut headline = content_above
        .next()
        .filter(|&j| headline_like(lines[j], TITLE_MAX_WORDS))?;
    // The paper's name may stand between the headline and the dateline.
    if let Some(above) = content_above
        .next()
        .filter(|&h| names_the_source(headline, h, lines, words))
    {
        headline = above;
    }
    let above: Vec<usize> = (0..headline)
        .filter(|&j| kinds[j] == LineKind::Content)
        .collect();
    // A menu item above the dateline, a menu above it, and a headline below the dateline: a
    // portal that dates its article above the headline ("Pháp luật", "Thứ năm, 21/11/2024",
    // then the headline).
    let menu_above = above.len() >= NAVIGATION_MIN_LINES
        && short_lines(&above, MENU_ITEM_MAX_WORDS, lines, words)
        && short_lines(&[headline], MENU_ITEM_MAX_WORDS, lines, words);
    if let Some(below) = menu_above
        .then(|| headline_below_dateline(dateline, lines, words, kinds))
        .flatten()
    {
        return Some(below);
    }
    let navigation = above.len() >= NAVIGATION_MIN_LINES
        && short_lines(&above, SAID_ONCE_WORDS - 1, lines, words);
    // One or two menu items above a headline of some length: the section's name, a
    // breadcrumb cut into lines ("Thời sự", "Chính trị").
    let menu = !above.is_empty()
        && words[headline] >= HEAD_HEADLINE_MIN_WORDS
        && short_lines(&above, MENU_ITEM_MAX_WORDS, lines, words);
    (navigation || menu).then_some(headline)
}

/// The headline right below the dateline at `dateline` (only furniture between, within
/// [`MASTHEAD_LOOKAHEAD`] lines): the first content line, headline-like and of
/// [`HEAD_HEADLINE_MIN_WORDS`] or more.
fn headline_below_dateline(
    dateline: usize,
    lines: &[&str],
    words: &[usize],
    kinds: &[LineKind],
) -> Option<usize> {
    (dateline + 1..lines.len())
        .take(MASTHEAD_LOOKAHEAD)
        .find(|&j| kinds[j] == LineKind::Content)
        .filter(|&j| {
            words[j] >= HEAD_HEADLINE_MIN_WORDS && headline_like(lines[j], TITLE_MAX_WORDS)
        })
}

/// Whether each of the lines `at` has `max_words` words at most ([`spelled_words`]) and ends
/// no sentence: a menu's items, a breadcrumb, the portal's name.
fn short_lines(at: &[usize], max_words: usize, lines: &[&str], words: &[usize]) -> bool {
    at.iter().all(|&j| {
        (words[j] <= max_words || spelled_words(lines[j]) <= max_words)
            && !lines[j].ends_with(SENTENCE_ENDS)
    })
}

/// The words of `line` that hold a letter or a digit (a dash between two menu items is none:
/// "Thời sự - Chính trị").
fn spelled_words(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// A headline found by its length among a scrape's opening lines has at least this many
/// words...
const HEAD_HEADLINE_MIN_WORDS: usize = 6;
/// ... and the menu items above it at most this many.
const MENU_ITEM_MAX_WORDS: usize = 4;

/// The first headline-like line of [`HEAD_HEADLINE_MIN_WORDS`] or more before the first
/// sentence, when each line above it is a menu item ([`MENU_ITEM_MAX_WORDS`] words at most,
/// no sentence) and there are [`NAVIGATION_MIN_LINES`] or more of them, or prose follows
/// the headline: a scrape that opens with the site's menu ("Báo Mới", "Tin mới", "Thời
/// sự"...) or a section's name ("Tin tức") and dates its article, if at all, in a way no
/// dateline reads.
fn undated_opening(lines: &[&str], words: &[usize], kinds: &[LineKind]) -> Option<usize> {
    let content = |j: &usize| kinds[*j] == LineKind::Content;
    let headline = (0..lines.len())
        .filter(content)
        .find(|&j| words[j] >= HEAD_HEADLINE_MIN_WORDS || lines[j].ends_with(SENTENCE_ENDS))?;
    if !headline_like(lines[headline], TITLE_MAX_WORDS) {
        return None;
    }
    let above: Vec<usize> = (0..headline).filter(content).collect();
    if above.is_empty() || !short_lines(&above, MENU_ITEM_MAX_WORDS, lines, words) {
        return None;
    }
    // One or two menu items (a section's name, a breadcrumb cut into lines) are navigation
    // too when prose follows the headline at once, where a dateline would stand.
    let prose_below = (headline + 1..lines.len())
        .find(content)
        .is_some_and(|j| words[j] >= SAID_ONCE_WORDS && lines[j].ends_with(SENTENCE_ENDS));
    (above.len() >= NAVIGATION_MIN_LINES || prose_below).then_some(headline)
}

/// Most words of the name of the paper an aggregator took the article from, standing between
/// the headline and the dateline ("Nhân Dân", "Báo Chính phủ").
const SOURCE_NAME_MAX_WORDS: usize = 4;

/// The hash of a line's folded key ([`super::line_rules::folded_key`]): lines compare by
/// it. The key is built in one buffer reused from line to line.
fn key_hash(line: &str) -> u64 {
    thread_local! {
        static KEY: RefCell<String> = const { RefCell::new(String::new()) };
    }
    KEY.with_borrow_mut(|key| {
        key.clear();
        push_folded_key(line, key);
        xxhash_rust::xxh3::xxh3_64(key.as_bytes())
    })
}

/// A short line with the look of a headline: no sentence punctuation at the end, not
/// starting in lowercase.
pub fn headline_like(line: &str, max_words: usize) -> bool {
    let line = unquoted(line);
    let n = word_count(line);
    n >= HEADLINE_MIN_WORDS
        && n <= max_words
        && !ends_like_a_sentence(line)
        && !line.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Whether `line` ends as a sentence or a clause does. A closing quotation mark ends one
/// only after a sentence's mark or closing words introduced by a colon (`ông nói: “...”`);
/// a name in quotation marks ends a headline as well (`mô hình "Một cửa thân thiện"`).
fn ends_like_a_sentence(line: &str) -> bool {
    let inner = line.trim_end_matches(['"', '”']);
    if inner.len() == line.len() {
        return line.ends_with(TERMINAL_PUNCTUATION);
    }
    let opening = inner.rfind(['"', '“']).unwrap_or(0);
    inner.ends_with(TERMINAL_PUNCTUATION) || inner[..opening].trim_end().ends_with(':')
}

/// A line wholly in quotation marks (an interview's headline, the official's words:
/// "“Không để thủ tục thành rào cản”"): what the marks enclose. Else the line.
fn unquoted(line: &str) -> &str {
    line.strip_prefix(['"', '“', '«'])
        .and_then(|l| l.strip_suffix(['"', '”', '»']))
        .filter(|inner| !inner.contains(['"', '“', '”', '«', '»']))
        .map_or(line, str::trim)
}

/// Words a cut-short text may show after its ellipsis (a toggle: "more", "xem thêm").
const TOGGLE_MAX_WORDS: usize = 2;

/// What a text cut short shows, folded ([`push_folded_key`]): its text up to an ellipsis
/// ("..." or "…", then at most [`TOGGLE_MAX_WORDS`] words), of [`REPEAT_MIN_WORDS`] or more
/// words. `None` for a text not so cut.
fn shown_of_cut(cut: &str) -> Option<String> {
    let (at, mark) = ["...", "…"]
        .iter()
        .filter_map(|m| cut.rfind(m).map(|at| (at, m.len())))
        .max()?;
    let (shown, toggle) = (cut[..at].trim_end(), &cut[at + mark..]);
    if word_count(toggle) > TOGGLE_MAX_WORDS || word_count(shown) < REPEAT_MIN_WORDS {
        return None;
    }
    let mut key = String::new();
    push_folded_key(shown, &mut key);
    Some(key)
}

/// Whether `whole` opens with `shown` ([`shown_of_cut`]) and goes on past it.
fn opens_with_shown(whole: &str, shown: &str) -> bool {
    let mut key = String::new();
    push_folded_key(whole, &mut key);
    key.len() > shown.len() && key.starts_with(shown)
}

/// Whether `cut` is `whole` cut short ([`shown_of_cut`]).
fn cut_short_of(cut: &str, whole: &str) -> bool {
    shown_of_cut(cut).is_some_and(|shown| opens_with_shown(whole, &shown))
}

/// `text` without the toggle after its last sentence ("... năm 2024. thu gọn", "... less"):
/// at most [`TOGGLE_MAX_WORDS`] words in lowercase, no mark; `None` when it ends otherwise.
fn without_toggle(text: &str) -> Option<&str> {
    let end = text.rfind(['.', '!', '?'])? + 1;
    let toggle = text[end..].trim();
    let is_toggle = (1..=TOGGLE_MAX_WORDS).contains(&word_count(toggle))
        && toggle.chars().all(|c| c.is_lowercase() || c == ' ');
    is_toggle.then(|| &text[..end])
}

/// A trailing credit: a name or a unit ("Bùi Minh", "Phòng Nội vụ huyện").
fn name_like(line: &str) -> bool {
    headline_like(line, CREDIT_MAX_WORDS)
        && !line.chars().any(|c| c.is_ascii_digit())
        && line.chars().next().is_some_and(|c| c.is_uppercase())
}

/// A trailing credit with its source has at most this many words ("Minh Tuấn - Văn phòng
/// HĐND và UBND huyện").
const CREDIT_WITH_SOURCE_MAX_WORDS: usize = 12;
/// A person's name in a credit has this many words at most.
const CREDIT_NAME_MAX_WORDS: usize = 4;

/// The name of a trailing credit that says where it comes from: "Minh Tuấn - Văn phòng
/// UBND huyện", "Hoàng Anh (TTXVN)", "Lan Hương/VOV".
fn credit_with_source(line: &str) -> Option<&str> {
    if word_count(line) > CREDIT_WITH_SOURCE_MAX_WORDS || line.ends_with(TERMINAL_PUNCTUATION) {
        return None;
    }
    let (cut, sep) = [" - ", " – ", " — ", "(", "/"]
        .iter()
        .filter_map(|sep| line.find(sep).map(|at| (at, *sep)))
        .min()?;
    let name = line[..cut].trim();
    // Two reporters ("THANH HÀ - MINH ĐỨC", "Thu Hà – Quốc Anh"): the credit is both.
    let other = line[cut + sep.len()..].trim();
    let is_name = |n: &str| person_name(n).is_some() || name_in_capitals(n);
    if sep.starts_with(' ') && is_name(name) && is_name(other) {
        return Some(line.trim());
    }
    // A person's name capitalizes every word; "Văn phòng - Thống kê xã" is a unit's name
    // whole.
    let every_word_capitalized = name
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (word_count(name) <= CREDIT_NAME_MAX_WORDS && name_like(name) && every_word_capitalized)
        .then_some(name)
}

/// Most letters of a credit written as an abbreviation ("PV", "P.V", "CTV", "TTXVN").
const CREDIT_ABBREVIATION_MAX_LETTERS: usize = 6;

/// A trailing credit written as one abbreviation in capitals: the reporter ("P.V", "PV",
/// "CTV") or the agency ("TTXVN"), on a line of its own after the text.
fn credit_abbreviation(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    (2..=CREDIT_ABBREVIATION_MAX_LETTERS).contains(&letters)
        && line
            .chars()
            .all(|c| (c.is_alphabetic() && c.is_uppercase()) || c == '.')
}

/// A line ending with a colon that heads a list has at most this many words ("Các tin đã
/// đưa:", "Tin cùng chuyên mục:").
const LIST_HEADER_MAX_WORDS: usize = 6;

/// Which lines belong to a list of other articles: two or more dated entries in a row
/// ([`is_dated_entry`]), and a short line ending with a colon right above them (the list's
/// header).
fn dated_lists(lines: &[&str], words: &[usize], kinds: &[LineKind]) -> Vec<bool> {
    let dated: Vec<bool> = lines
        .iter()
        .zip(words)
        .zip(kinds)
        .map(|((l, &n), k)| *k == LineKind::Content && is_dated_entry(l, n))
        .collect();
    let mut listed: Vec<bool> = (0..lines.len())
        .map(|i| dated[i] && ((i > 0 && dated[i - 1]) || dated.get(i + 1) == Some(&true)))
        .collect();
    for i in 1..lines.len() {
        let opens = listed[i] && !listed[i - 1];
        if opens && lines[i - 1].ends_with(':') && words[i - 1] <= LIST_HEADER_MAX_WORDS {
            listed[i - 1] = true;
        }
    }
    listed
}

/// A name written in capitals, as papers print their reporters' ("THẾ ĐẠI", "NGỌC
/// TRÂM"): two to four words of capital letters only.
fn name_in_capitals(line: &str) -> bool {
    let words = line.split_whitespace();
    (2..=4).contains(&words.clone().count())
        && words
            .into_iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() && c.is_uppercase()))
}

/// The name a credit line gives: a credit with its source, an abbreviation, or (`strict`)
/// a person's name, or else any short line shaped like a name or a unit.
fn credit(line: &str, strict: bool) -> Option<&str> {
    credit_with_source(line).or_else(|| {
        let name = if strict {
            word_count(line) <= CREDIT_NAME_MAX_WORDS
                && (person_name(line).is_some() || name_in_capitals(line))
        } else {
            name_like(line)
        };
        (name || credit_abbreviation(line)).then_some(line)
    })
}

/// The name a line standing alone credits: a person's name ("Thanh Tâm", "MINH ĐỨC"), a
/// credit with its source, or an abbreviation ("PV").
pub fn credit_name(line: &str) -> Option<&str> {
    credit(line, true)
}

/// The credit that closes the article and its name: a person's name (or a credit with its
/// source, or an abbreviation) right after the last sentence, with only lines that are no
/// sentence after it (the comment form, a list of other articles, a share button: "Hoàng
/// Hiếu\nGửi bình luận\nHọ và tên:"), or with only teasers of other articles after it
/// ([`teasers`]); else the last line, a name or a unit ("Bùi Minh", "Phòng Nội vụ huyện").
fn closing_credit(body: &[String]) -> Option<(usize, &str)> {
    let last = body.len().checked_sub(1).filter(|&l| l > 0)?;
    let after_sentence = body
        .iter()
        .rposition(|l| l.ends_with(SENTENCE_ENDS) || word_count(l) >= TEASER_MAX_WORDS)
        .map(|sentence| sentence + 1)
        .filter(|&at| {
            at < last
                && body[at + 1..]
                    .iter()
                    .all(|l| word_count(l) < SAID_ONCE_WORDS)
        });
    after_sentence
        .and_then(|at| credit(&body[at], true).map(|name| (at, name)))
        .or_else(|| {
            // A list of other articles after the credit, each a headline and its summary.
            (1..last).find_map(|at| {
                (body[at - 1].ends_with(SENTENCE_ENDS) && teasers(&body[at + 1..]))
                    .then(|| credit(&body[at], true))
                    .flatten()
                    .map(|name| (at, name))
            })
        })
        .or_else(|| credit(&body[last], false).map(|name| (last, name)))
}

/// Whether the closing line at `at` ([`closing_credit`]) names its author: no label with
/// its value ("Filed under: ..."), and a person's name or a line after the article's prose,
/// not a row of a table of attributes ("Người ký ...", then "Tình trạng Còn hiệu lực").
fn names_the_author(body: &[String], at: usize, name: &str) -> bool {
    let prose_before = at > 0
        && (body[at - 1].ends_with(SENTENCE_ENDS) || word_count(&body[at - 1]) >= SAID_ONCE_WORDS);
    let person = person_name(name).is_some() || name_in_capitals(name);
    !name.contains(':') && (prose_before || person)
}

/// How many lines end `body` that link to the other parts of the series its headline names
/// a part of ("Cải cách thủ tục đất đai: Kỳ 1 - ...", then "Kỳ 2: Gỡ vướng từ cơ chế", "Kỳ
/// 3: ..."): short lines opening with the headline's word and another number, then a colon
/// or a dash. A list of steps ("Bước 1: ...") under a headline that numbers no part stays.
fn other_parts_at_end(body: &[String], title: Option<&str>) -> usize {
    // Most articles end with no part's label: the headline is not read for them.
    let Some(title) = title.filter(|_| body.last().is_some_and(|l| part_label(l).is_some())) else {
        return 0;
    };
    let words: Vec<&str> = title.split_whitespace().collect();
    let this_part = |word: &str, n: u32| {
        words.windows(2).any(|pair| {
            let number = pair[1].trim_end_matches(|c: char| !c.is_ascii_digit());
            pair[0] == word && number.parse::<u32>().is_ok_and(|m| m != n)
        })
    };
    let parts = body
        .iter()
        .rev()
        .take_while(|line| {
            word_count(line) < SAID_ONCE_WORDS
                && part_label(line).is_some_and(|(word, n)| this_part(word, n))
        })
        .count();
    // The body keeps a line of its own before them.
    if parts < body.len() {
        parts
    } else {
        0
    }
}

/// The word and the number that open `line` as a part of a series ("Kỳ 2:", "Bài 3 -",
/// "Phần 1:"): a capitalized word, a number, then a colon or a dash.
fn part_label(line: &str) -> Option<(&str, u32)> {
    let mut words = line.split_whitespace();
    let word = words.next()?;
    let number = words.next()?;
    let (digits, rest) = number.split_at(
        number
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(number.len()),
    );
    let marked = match rest {
        ":" | "." => true,
        "" => words
            .next()
            .is_some_and(|w| matches!(w, "-" | "–" | "—" | ":")),
        _ => false,
    };
    let capitalized = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic);
    (capitalized && marked).then_some((word, digits.parse().ok()?))
}

/// At least this many teasers make a list of other articles.
const TEASERS_MIN: usize = 2;

/// Whether `lines` are teasers of other articles and nothing else: [`TEASERS_MIN`] or more
/// headlines, each followed by a summary of one sentence (the last may have none).
fn teasers(lines: &[String]) -> bool {
    lines.len().div_ceil(2) >= TEASERS_MIN
        && lines.chunks(2).all(|pair| {
            headline_like(&pair[0], TITLE_MAX_WORDS)
                && pair.get(1).is_none_or(|summary| {
                    summary.ends_with(SENTENCE_ENDS) && !headline_like(summary, TITLE_MAX_WORDS)
                })
        })
}

/// Builds the body from `lines`, filling `meta` with what the lines reveal.
pub fn assemble<'a>(lines: impl IntoIterator<Item = &'a str>, meta: &mut Metadata) -> Vec<String> {
    let lines: Vec<&str> = lines
        .into_iter()
        .map(strip_bullet)
        .filter(|l| !l.is_empty())
        .collect();
    // Each line's words are counted once.
    let words: Vec<usize> = lines.iter().map(|l| word_count(l)).collect();
    let kinds: Vec<LineKind> = lines
        .iter()
        .zip(&words)
        .map(|(l, &n)| classify_counted(l, n))
        .collect();
    let mut body: Vec<String> = Vec::new();
    // Lines said before, by the hash of their folded key.
    let mut known: HashSet<u64> = HashSet::new();
    let mut recent: VecDeque<u64> = VecDeque::with_capacity(REPEAT_WINDOW);
    let mut long_lines: HashSet<u64> = HashSet::new();
    // The title and the author, known from the markup, are metadata: a line repeating one
    // of them is not article text.
    for title_or_author in [&meta.title, &meta.author].into_iter().flatten() {
        known.insert(key_hash(title_or_author));
    }
    let opening = article_opening(&lines, &words, &kinds, meta.title.is_some());
    let listed = dated_lists(&lines, &words, &kinds);
    let mut skipping_list = false;
    // The last line of each section header, found when a header first stands in the body.
    let mut last_headers: Option<HashMap<u64, usize>> = None;
    // Where the article comes from, when a line says: its author if no one is credited.
    let mut source: Option<&str> = None;
    // Whether the date was taken from a line above the article's opening.
    let mut dated_above_opening = false;
    for (i, (&line, kind)) in lines.iter().zip(&kinds).enumerate() {
        match kind {
            LineKind::Counter { views } => {
                if meta.views.is_none() {
                    meta.views = *views;
                }
                continue;
            }
            LineKind::Placeholder | LineKind::UiLabel | LineKind::Footer | LineKind::Timestamp => {
                continue
            }
            // The navigation above the article's opening ("Tin mới" in a menu) lists nothing.
            LineKind::SectionEnd if i < opening => continue,
            LineKind::SectionEnd => {
                if !body.is_empty() {
                    let last_headers = last_headers.get_or_insert_with(|| {
                        kinds
                            .iter()
                            .enumerate()
                            .filter(|(_, k)| **k == LineKind::SectionEnd)
                            .map(|(j, _)| (key_hash(lines[j]), j))
                            .collect()
                    });
                    let counts = (kinds.as_slice(), words.as_slice());
                    if box_inside_the_article(i, &lines, counts) {
                        // Its teasers are skipped as a list; the article goes on below.
                        skipping_list = true;
                        continue;
                    }
                    if ends_the_article(i, &lines, counts, last_headers, body.len()) {
                        break;
                    }
                    continue;
                }
                skipping_list = true;
                continue;
            }
            LineKind::Dateline {
                date,
                views,
                author,
            } => {
                // A date above the article's opening (the portal's clock over its menu) gives
                // way to the dateline under the headline.
                let under_headline = i >= opening && body.is_empty();
                if meta.date.is_none() || (dated_above_opening && under_headline) {
                    meta.date = Some(date.clone());
                    dated_above_opening = i < opening;
                }
                if meta.views.is_none() {
                    meta.views = *views;
                }
                if let Some(name) = author {
                    meta.author.get_or_insert_with(|| name.clone());
                }
                continue;
            }
            LineKind::Byline(name) => {
                meta.author.get_or_insert_with(|| name.clone());
                continue;
            }
            LineKind::Source(name) => {
                source.get_or_insert(name.as_str());
                continue;
            }
            LineKind::Content if i < opening || listed[i] => continue,
            LineKind::Content => {}
        }
        // The header of a counter box ("Thống kê truy cập") is followed by counters.
        let counters_follow = kinds[i + 1..]
            .iter()
            .take(COUNTERS_AFTER_HEADER)
            .filter(|k| matches!(k, LineKind::Counter { .. }))
            .count();
        if counters_follow == COUNTERS_AFTER_HEADER && words[i] <= COUNTER_HEADER_MAX_WORDS {
            continue;
        }
        if skipping_list {
            if words[i] < TEASER_MAX_WORDS {
                continue;
            }
            skipping_list = false;
        }
        // A name between the headline and the dateline is where the article comes from.
        if meta.title.is_some()
            && body.is_empty()
            && dated_below(&kinds, i)
            && source_name_like(line, words[i])
        {
            source.get_or_insert(line);
            continue;
        }
        if meta.title.is_none() && body.is_empty() && headline_like(line, TITLE_MAX_WORDS) {
            // A masthead (the portal's name) above the headline: the headline is the one
            // that stands right above the dateline.
            if dated_headline_below(i, &lines, &words, &kinds) || menu_below(i, &lines, &kinds) {
                continue;
            }
            meta.title = Some(line.to_string());
            known.insert(key_hash(line));
            continue;
        }
        let (text, n) = if body.is_empty() {
            let text = SOURCE_PREFIX.replace(line, "").into_owned();
            let n = word_count(&text);
            (text, n)
        } else {
            (line.to_string(), words[i])
        };
        // The title again, a caption repeated at once (image alt text and its caption) or a
        // sentence-long caption repeated anywhere (a gallery under the article) is said once;
        // short lines (table figures) and a list repeated further on (two meal plans with the
        // same dishes) repeat by right.
        let key = key_hash(&text);
        let repeated = known.contains(&key)
            || recent.contains(&key)
            || (n >= SAID_ONCE_WORDS && long_lines.contains(&key));
        if n >= REPEAT_MIN_WORDS && repeated {
            continue;
        }
        // A caption cut short beside its whole text ("... more", "... xem thêm": a
        // gallery's two versions of one caption) is said once, whole.
        let shown = shown_of_cut(&text);
        let whole_before = shown.as_deref().and_then(|shown| {
            body.iter()
                .rposition(|whole| opens_with_shown(whole, shown))
        });
        if let Some(at) = whole_before {
            // The whole one's own toggle ("... năm 2024. thu gọn") goes with the copy.
            if let Some(whole) = without_toggle(&body[at]) {
                body[at] = whole.to_string();
            }
            continue;
        }
        if body.last().is_some_and(|cut| cut_short_of(cut, &text)) {
            body.pop();
        }
        if recent.len() == REPEAT_WINDOW {
            recent.pop_front();
        }
        recent.push_back(key);
        if n >= SAID_ONCE_WORDS {
            long_lines.insert(key);
        }
        body.push(text);
    }
    let parts = other_parts_at_end(&body, meta.title.as_deref());
    body.truncate(body.len() - parts);
    if let Some((at, name)) = closing_credit(&body) {
        if meta.author.is_none() && names_the_author(&body, at, name) {
            meta.author = Some(name.to_string());
        }
        body.truncate(at);
    }
    if meta.author.is_none() {
        meta.author = source.map(str::to_string);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Vec<String>, Metadata) {
        let mut meta = Metadata::default();
        let body = assemble(text.lines(), &mut meta);
        (body, meta)
    }

    #[test]
    fn navigation_above_the_headline_goes_but_prose_above_a_dateline_stays() {
        let (body, meta) = run(
            "Hoạt động\nGiới thiệu\nTin tức\nHuyện công bố thủ tục mới\n26/11/2026\nNội dung bài viết đầy đủ về thủ tục mới của huyện.",
        );
        assert_eq!(meta.title.as_deref(), Some("Huyện công bố thủ tục mới"));
        assert_eq!(body, ["Nội dung bài viết đầy đủ về thủ tục mới của huyện."]);
        // One or two menu items above a headline of some length go too.
        let (body, meta) = run(
            "Thời sự\nHuyện Mê Linh công bố bộ thủ tục hành chính mới\n26/11/2026\nNội dung bài viết đầy đủ về thủ tục mới của huyện.",
        );
        assert_eq!(
            meta.title.as_deref(),
            Some("Huyện Mê Linh công bố bộ thủ tục hành chính mới")
        );
        assert_eq!(body, ["Nội dung bài viết đầy đủ về thủ tục mới của huyện."]);
        // Prose above the dateline is the article's.
        let (body, _) = run(
            "Tiêu đề bài viết ở đây\nMột\nHai\nĐoạn mở đầu là một câu văn đầy đủ của bài báo.\nGhi chú cuối\n26/11/2026",
        );
        assert!(
            body.iter().any(|l| l.starts_with("Đoạn mở đầu")),
            "{body:?}"
        );
    }

    #[test]
    fn the_headline_above_the_dateline_wins_over_a_name_above_it() {
        let (body, meta) = run(
            "CỔNG THÔNG TIN HUYỆN\nHuyện công bố thủ tục mới\n26/11/2026 - 08:00\nNội dung bài viết đầy đủ về thủ tục mới của huyện.",
        );
        assert_eq!(meta.title.as_deref(), Some("Huyện công bố thủ tục mới"));
        assert_eq!(body, ["Nội dung bài viết đầy đủ về thủ tục mới của huyện."]);
        // The first headline above its own dateline stays the title.
        let (_, meta) = run(
            "Huyện công bố thủ tục mới\n26/11/2026 - 08:00\nTin liên quan khác\n27/11/2026\nNội dung.",
        );
        assert_eq!(meta.title.as_deref(), Some("Huyện công bố thủ tục mới"));
    }

    #[test]
    fn counter_box_and_placeholders_are_dropped() {
        let (body, meta) = run(
            "image banner\nThống kê truy cập\n • Đang online: 1\n • Hôm nay: 1\nTiêu đề bài viết về cải cách\nLượt xem: 522\nĐoạn văn thứ nhất có nội dung đầy đủ.\nanh tin bai\nĐoạn văn thứ hai.",
        );
        assert_eq!(meta.title.as_deref(), Some("Tiêu đề bài viết về cải cách"));
        assert_eq!(meta.views, Some(522));
        assert_eq!(
            body,
            vec!["Đoạn văn thứ nhất có nội dung đầy đủ.", "Đoạn văn thứ hai."]
        );
    }

    #[test]
    fn a_box_of_links_between_paragraphs_goes_and_the_article_goes_on() {
        let lead = "Tỉnh công bố bộ thủ tục\n25/11/2024\nSáng 25/11, tỉnh công bố 126 thủ tục hành chính mới được chuẩn hóa thuộc thẩm quyền của các sở.\nTheo Sở Tư pháp, người dân tra cứu thuận tiện hơn.\n";
        let after = "Cũng tại hội nghị, các địa phương kiến nghị tăng cường tập huấn cho cán bộ một cửa cấp xã về quy trình tiếp nhận hồ sơ trực tuyến.\nThu Hà";
        let (body, meta) = run(&format!(
            "{lead}TIN LIÊN QUAN\nHà Tĩnh rút ngắn thời gian giải quyết hồ sơ đất đai\n{after}"
        ));
        assert_eq!(body.len(), 3, "{body:?}");
        assert!(body[2].starts_with("Cũng tại hội nghị"), "{body:?}");
        assert_eq!(meta.author.as_deref(), Some("Thu Hà"));
        // Headlines between the paragraphs below: a list of other articles and summaries.
        let (body, _) = run(&format!(
            "{lead}TIN LIÊN QUAN\nHà Tĩnh rút ngắn thời gian giải quyết hồ sơ đất đai\n{after}\nCông bố chỉ số cải cách hành chính năm 2023\n{after}"
        ));
        assert_eq!(body.len(), 2, "{body:?}");
    }

    #[test]
    fn a_text_cut_short_is_said_once_whole_without_its_toggles() {
        let whole = "Quang cảnh hội nghị tổng kết công tác cải cách hành chính năm 2024.";
        let cut = "Quang cảnh hội nghị tổng kết công tác …";
        // The cut one after the whole one, or before it; a toggle after each.
        for text in [
            format!("Tiêu đề bài\n{whole} less\n{cut} more\nNội dung chính của bài."),
            format!("Tiêu đề bài\n{cut}\n{whole}\nNội dung chính của bài."),
        ] {
            let (body, _) = run(&text);
            assert_eq!(body, [whole, "Nội dung chính của bài."], "{text}");
        }
        // An ellipsis that opens no other line is the text's.
        let (body, _) =
            run("Tiêu đề bài\nHội nghị bàn về nhiều vấn đề...\nNội dung chính của bài.");
        assert_eq!(body.len(), 2, "{body:?}");
        assert!(!cut_short_of("Quang cảnh...", whole));
        assert_eq!(
            without_toggle("Hội nghị kết thúc. thu gọn"),
            Some("Hội nghị kết thúc.")
        );
        assert_eq!(without_toggle("Hội nghị kết thúc. Ông An"), None);
    }

    #[test]
    fn repeated_caption_and_title_are_said_once() {
        let (body, _) = run("Tiêu đề bài\nChú thích ảnh hội nghị\nChú thích ảnh hội nghị\nNội dung chính.\nTiêu đề bài\nKết thúc.");
        assert_eq!(
            body,
            vec!["Chú thích ảnh hội nghị", "Nội dung chính.", "Kết thúc."]
        );
    }

    #[test]
    fn dateline_byline_prefix_and_trailing_sections() {
        let (body, meta) = run(
            "Một tiêu đề\n11/11/2022 - 15:19\nBDK.VN - Ngày 11-11-2022, hội nghị diễn ra.\nTin, ảnh: Phương Thảo\nChia sẻ bài viết\nBÌNH LUẬN\nMột bình luận rất dài của bạn đọc.",
        );
        assert_eq!(meta.date.as_deref(), Some("2022-11-11"));
        assert_eq!(meta.author.as_deref(), Some("Phương Thảo"));
        assert_eq!(body, vec!["Ngày 11-11-2022, hội nghị diễn ra."]);
    }

    #[test]
    fn preformatted_paragraphs_apart_by_blank_lines_are_whole() {
        let text = "I. KẾT QUẢ\n\
            Chiều ngày 5/10, Chính phủ họp phiên thường kỳ tháng 9 do Thủ tướng\n\
            chủ trì. Phiên họp đánh giá việc cắt giảm thủ tục hành chính trong\n\
            9 tháng đầu năm.\n\
            \n\
            Các bộ, ngành tiếp tục đơn giản hóa thủ tục, điều kiện kinh doanh.\n";
        assert_eq!(
            preformatted_paragraphs(text),
            [
                "I. KẾT QUẢ",
                "Chiều ngày 5/10, Chính phủ họp phiên thường kỳ tháng 9 do Thủ tướng chủ trì. \
                 Phiên họp đánh giá việc cắt giảm thủ tục hành chính trong 9 tháng đầu năm.",
                "Các bộ, ngành tiếp tục đơn giản hóa thủ tục, điều kiện kinh doanh.",
            ]
        );
        // Without blank lines, lines stay lines (a list, figures in columns).
        assert_eq!(
            preformatted_paragraphs("Hồ sơ tiếp nhận    1.205\nHồ sơ trễ hạn        12\n"),
            ["Hồ sơ tiếp nhận    1.205", "Hồ sơ trễ hạn        12"]
        );
    }

    #[test]
    fn lines_wrapped_at_a_width_are_joined_to_the_line_they_go_on_in() {
        let wrapped = "Tiêu đề\n\nNgày 12/4, UBND tỉnh tổ chức hội nghị đánh giá\ncông tác cải cách, rà soát thủ\ntục hành chính.\n\nChủ tịch yêu cầu các sở,\nngành cắt giảm hồ sơ.\n";
        assert_eq!(
            with_wrapped_lines_joined(wrapped),
            "Tiêu đề\n\nNgày 12/4, UBND tỉnh tổ chức hội nghị đánh giá công tác cải cách, rà soát thủ tục hành chính.\n\nChủ tịch yêu cầu các sở, ngành cắt giảm hồ sơ.\n"
        );
        // Wrapped so twice or more, a line as long goes on in a capital or a figure too; a
        // shorter one (a heading) does not.
        let wide = "Tiêu đề của bài viết này\nTỉnh tổ chức hội nghị đánh giá công tác cải cách\nhành chính và chỉ đạo các sở, ngành rà soát thủ tục,\nChủ tịch UBND tỉnh Võ Văn Hưng yêu cầu cắt giảm\nthành phần hồ sơ.\n";
        assert_eq!(
            with_wrapped_lines_joined(wide),
            "Tiêu đề của bài viết này\nTỉnh tổ chức hội nghị đánh giá công tác cải cách hành chính và chỉ đạo các sở, ngành rà soát thủ tục, Chủ tịch UBND tỉnh Võ Văn Hưng yêu cầu cắt giảm thành phần hồ sơ.\n"
        );
        // A sentence's end, a short label, a capital or a blank line after: lines as they are.
        for text in [
            "Hội nghị đã kết thúc tốt đẹp.\nsau đó các đại biểu tham quan.\n",
            "Chia sẻ\nf\nt\n",
            "Chia sẻ bài viết này\nimage banner\n",
            "Thống kê truy cập website\nanh tin bai\n",
            "Bộ trưởng Bộ Nội vụ phát biểu\nPhó Thủ tướng kết luận hội nghị\n",
            "Một dòng dài có đủ bốn chữ\n\nthêm một dòng\n",
        ] {
            assert!(
                matches!(with_wrapped_lines_joined(text), Cow::Borrowed(_)),
                "{text}"
            );
        }
    }

    #[test]
    fn an_outlet_s_tag_in_brackets_opening_the_lead_is_dropped() {
        for tag in [
            "(LĐ online) - ",
            "(Dân trí) – ",
            "(Baonghean.vn) - ",
            "(VOV) — ",
        ] {
            let (body, _) = run(&format!(
                "Một tiêu đề dài sáu chữ\n{tag}Sáng nay, hội nghị đã diễn ra tại tỉnh.\nĐoạn hai."
            ));
            assert_eq!(body[0], "Sáng nay, hội nghị đã diễn ra tại tỉnh.", "{tag}");
        }
        // A bracket of more words, or one opening in lowercase, is the sentence's own.
        for lead in [
            "(Theo báo cáo của Sở Nội vụ) - tỉnh đã hoàn thành.",
            "(ảnh minh họa) - tỉnh đã hoàn thành.",
        ] {
            let (body, _) = run(&format!("Một tiêu đề dài sáu chữ\n{lead}\nĐoạn hai."));
            assert_eq!(body[0], lead, "{lead}");
        }
    }

    #[test]
    fn a_trailing_abbreviation_in_capitals_is_a_credit() {
        for credit in ["P.V", "PV", "CTV", "TTXVN"] {
            let (body, meta) = run(&format!("Tiêu đề\nĐoạn một.\nĐoạn hai.\n{credit}"));
            assert_eq!(meta.author.as_deref(), Some(credit), "{credit}");
            assert_eq!(body, ["Đoạn một.", "Đoạn hai."], "{credit}");
        }
        // A figure or a word in capitals ending a list stays.
        for last in ["2023", "CCHC-TTHC-DVC"] {
            let (body, _) = run(&format!("Tiêu đề\nĐoạn một.\nĐoạn hai.\n{last}"));
            assert_eq!(body.last().map(String::as_str), Some(last), "{last}");
        }
    }

    #[test]
    fn trailing_credit_with_its_source_gives_the_author() {
        for (credit, name) in [
            ("Minh Tuấn - Văn phòng HĐND và UBND huyện", "Minh Tuấn"),
            ("Hoàng Anh (TTXVN)", "Hoàng Anh"),
            ("Lan Hương/VOV", "Lan Hương"),
        ] {
            let (body, meta) = run(&format!("Tiêu đề\nĐoạn một.\nĐoạn hai.\n{credit}"));
            assert_eq!(meta.author.as_deref(), Some(name), "{credit}");
            assert_eq!(body, ["Đoạn một.", "Đoạn hai."], "{credit}");
        }
        // A last paragraph that is a sentence stays.
        let (body, meta) =
            run("Tiêu đề\nĐoạn một.\nHà Nội - Thủ đô của cả nước, nơi hội nghị diễn ra.");
        assert_eq!(meta.author, None);
        assert_eq!(body.len(), 2);
    }

    #[test]
    fn a_unit_s_name_with_a_dash_is_the_credit_whole() {
        let (body, meta) = run(
            "Tiêu đề bài\nNội dung bài viết đầy đủ về thủ tục mới của xã.\nVăn phòng - Thống kê xã",
        );
        assert_eq!(meta.author.as_deref(), Some("Văn phòng - Thống kê xã"));
        assert_eq!(body.len(), 1);
    }

    #[test]
    fn the_credit_after_the_last_sentence_ends_the_article() {
        let (body, meta) = run(
            "Tiêu đề bài\nĐoạn một là một câu.\nĐoạn hai là một câu.\nBùi Minh\nGửi ý kiến\nHọ tên:",
        );
        assert_eq!(meta.author.as_deref(), Some("Bùi Minh"));
        assert_eq!(body, ["Đoạn một là một câu.", "Đoạn hai là một câu."]);
        // A name among lines that follow a sentence ending in a colon is a list: it stays.
        let (body, meta) =
            run("Tiêu đề bài\nDanh sách gồm:\nBùi Minh\nTrần An\nLê Bình Hòa sẽ đến.");
        assert_eq!(meta.author, None);
        assert_eq!(body.len(), 4);
    }

    #[test]
    fn a_menu_above_an_undated_headline_goes_and_the_paper_below_it_is_the_source() {
        let (body, meta) = run(
            "Trang nhất\nThời sự\nGóc nhìn\nTỉnh công bố quy trình mới cho hồ sơ đất đai\nBáo Nhân Dân\n2 giờ trước\nNội dung bài viết đầy đủ về thủ tục mới của tỉnh.",
        );
        assert_eq!(
            meta.title.as_deref(),
            Some("Tỉnh công bố quy trình mới cho hồ sơ đất đai")
        );
        assert_eq!(meta.author.as_deref(), Some("Báo Nhân Dân"));
        assert_eq!(body, ["Nội dung bài viết đầy đủ về thủ tục mới của tỉnh."]);
        // A short title above a longer line is the title: no menu above it.
        let (_, meta) = run(
            "Tiêu đề ngắn\nMột dòng dài hơn nhưng không phải câu văn của bài\nNội dung đầy đủ.",
        );
        assert_eq!(meta.title.as_deref(), Some("Tiêu đề ngắn"));
    }

    #[test]
    fn a_reporter_in_capitals_after_the_last_sentence_is_the_credit() {
        let (body, meta) = run("Tiêu đề bài\nĐoạn một là một câu.\nNGỌC TRÂM\nChia sẻ qua");
        assert_eq!(meta.author.as_deref(), Some("NGỌC TRÂM"));
        assert_eq!(body, ["Đoạn một là một câu."]);
    }

    #[test]
    fn a_dated_list_and_its_header_are_dropped() {
        let (body, _) = run(
            "Tiêu đề bài\nĐoạn một là một câu.\nTin đã đăng:\nHội nghị A diễn ra (01/02/2024)\nHội nghị B diễn ra (02/02/2024)\nĐoạn cuối.",
        );
        assert_eq!(body, ["Đoạn một là một câu.", "Đoạn cuối."]);
        let (body, _) = run("Tiêu đề bài\nĐoạn một là một câu.\nHội nghị A diễn ra (01/02/2024)");
        assert_eq!(body.len(), 2, "one dated line is no list");
    }

    #[test]
    fn trailing_name_is_the_author() {
        let (body, meta) = run("Tiêu đề\nĐoạn một.\nĐoạn hai.\nBùi Minh");
        assert_eq!(meta.author.as_deref(), Some("Bùi Minh"));
        assert_eq!(body.len(), 2);
    }

    #[test]
    fn a_closing_quotation_mark_ends_a_headline_only_after_a_sentence_or_a_colon() {
        assert!(headline_like(
            "Phường ra mắt mô hình “Chủ nhật vì dân”",
            TITLE_MAX_WORDS
        ));
        assert!(headline_like(
            "Huyện nhân rộng mô hình \"Một cửa\"",
            TITLE_MAX_WORDS
        ));
        assert!(!headline_like(
            "Chủ tịch khẳng định: “Dân là gốc”",
            TITLE_MAX_WORDS
        ));
        assert!(!headline_like(
            "Ông nhắc lại câu “Dân là gốc.”",
            TITLE_MAX_WORDS
        ));
    }

    #[test]
    fn first_sentence_is_not_a_title() {
        let (body, meta) = run("Đồng chí Nguyễn Văn A phát biểu tại hội nghị.\nĐoạn hai.");
        assert_eq!(meta.title, None);
        assert_eq!(body.len(), 2);
    }
}
