//! What an element's tag, role and class/id names hint about it: a weight on its score,
//! never a verdict on their own.
//!
//! Enters: one element. Leaves: a signed weight (positive: article-like, negative:
//! furniture-like) and whether the element is hidden. Class and id names are split into
//! words (`NewsBody` → news, body; `tin-lien-quan` → tin, lien, quan) and matched as whole
//! words or, for the longer vocabulary words, inside compounds (`sharebox`, `boxcomment`,
//! `tinlienquan`), so `category-advertising` on `<body>` weighs like any other hint instead
//! of throwing the page away.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use scraper::node::Element;

use super::class_vocabulary::{
    CONTENT_WORDS, FURNITURE_WORDS, METADATA_WORDS, WEAK_FURNITURE_WORDS,
};

/// Weight of a class/id word that says "article".
pub const CONTENT_HINT: i32 = 25;
/// Weight of a class/id word that says "furniture" (share, comments, related, ads...).
pub const FURNITURE_HINT: i32 = -25;
/// Weight of a class/id word that often, not always, marks furniture (meta, media, tags).
pub const WEAK_FURNITURE_HINT: i32 = -10;
/// `itemprop="articleBody"`: the page says where its article is.
const ARTICLE_BODY_HINT: i32 = 50;
/// Vocabulary words this long or longer also count inside compounds.
const COMPOUND_MIN_LEN: usize = 5;

/// Words of a class or id attribute: split at non-alphanumerics and at lower→upper case
/// changes, lowercased.
fn name_words(names: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in names.chars() {
        if !c.is_ascii_alphanumeric() || c.is_ascii_digit() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        prev_lower = c.is_ascii_lowercase();
        word.push(c.to_ascii_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Kinds of class/id words, as bits.
const CONTENT: u8 = 1;
const FURNITURE: u8 = 2;
const WEAK_FURNITURE: u8 = 4;
const METADATA: u8 = 8;

/// The class vocabulary compiled once: whole words in a map, long words (which also count
/// inside compounds) in one automaton.
struct Vocabulary {
    exact: HashMap<&'static str, u8>,
    compounds: AhoCorasick,
    compound_kinds: Vec<u8>,
}

static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let lists = [
        (CONTENT_WORDS, CONTENT),
        (FURNITURE_WORDS, FURNITURE),
        (WEAK_FURNITURE_WORDS, WEAK_FURNITURE),
        (METADATA_WORDS, METADATA),
    ];
    let mut exact: HashMap<&'static str, u8> = HashMap::new();
    let mut compounds: Vec<&'static str> = Vec::new();
    let mut compound_kinds = Vec::new();
    for (words, kind) in lists {
        for &w in words {
            *exact.entry(w).or_insert(0) |= kind;
            if w.len() >= COMPOUND_MIN_LEN && kind != METADATA {
                compounds.push(w);
                compound_kinds.push(kind);
            }
        }
    }
    Vocabulary {
        exact,
        compounds: AhoCorasick::new(&compounds).expect("static vocabulary"),
        compound_kinds,
    }
});

/// The kinds a word names: whole vocabulary words, and long ones inside compounds
/// (`sharebox`, `boxcomment`).
fn word_kinds(word: &str) -> u8 {
    let v = &*VOCABULARY;
    let mut kinds = v.exact.get(word).copied().unwrap_or(0);
    if word.len() >= COMPOUND_MIN_LEN {
        for m in v.compounds.find_overlapping_iter(word) {
            kinds |= v.compound_kinds[m.pattern().as_usize()];
        }
    }
    kinds
}

/// The kinds the words of `names` name, slugs split over words ("tin-lien-quan") read
/// joined as well.
fn name_kinds(names: &str) -> u8 {
    let words = name_words(names);
    let mut kinds = words.iter().fold(0, |k, w| k | word_kinds(w));
    let mut joined = String::new();
    for pair in words.windows(2) {
        joined.clear();
        joined.push_str(&pair[0]);
        joined.push_str(&pair[1]);
        kinds |= word_kinds(&joined);
    }
    kinds
}

fn kinds_weight(kinds: u8) -> i32 {
    let mut weight = 0;
    if kinds & CONTENT != 0 {
        weight += CONTENT_HINT;
    }
    if kinds & FURNITURE != 0 {
        weight += FURNITURE_HINT;
    } else if kinds & WEAK_FURNITURE != 0 {
        weight += WEAK_FURNITURE_HINT;
    }
    weight
}

/// The weight of class/id names: each kind of hint counts once.
#[cfg(test)]
fn name_weight(names: &str) -> i32 {
    kinds_weight(name_kinds(names))
}

/// Whether class/id/itemprop names mark publication metadata (`post-date`, `byline`,
/// `datePublished`, `tac-gia`).
pub fn is_metadata_name(names: &str) -> bool {
    name_kinds(names) & METADATA != 0
}

/// Weight of a tag name (Readability's initial scores, with the HTML5 sectioning tags).
fn tag_weight(name: &str) -> i32 {
    match name {
        "article" | "main" => 10,
        "div" => 5,
        "pre" | "td" | "blockquote" => 3,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5,
        "header" => WEAK_FURNITURE_HINT,
        "nav" | "aside" | "footer" | "menu" | "dialog" => FURNITURE_HINT,
        _ => 0,
    }
}

fn role_weight(role: &str) -> i32 {
    match role {
        "main" | "article" => CONTENT_HINT,
        "navigation" | "banner" | "complementary" | "contentinfo" | "search" | "dialog"
        | "menu" | "menubar" => FURNITURE_HINT,
        _ => 0,
    }
}

/// What an element's markup hints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hints {
    /// Tag, role, itemprop and class/id weights together: the element's starting score.
    pub weight: i32,
    /// Its names, role or sectioning tag say "furniture", and nothing says "article".
    pub furniture: bool,
    /// It marks publication metadata: `<time>`, or class/id/itemprop names of a date, a
    /// byline, a view count.
    pub metadata: bool,
}

fn is_furniture_tag(name: &str) -> bool {
    matches!(name, "nav" | "aside" | "footer" | "menu" | "dialog")
}

/// The hints of `el`'s tag, role, itemprop and class/id names.
pub fn element_hints(el: &Element) -> Hints {
    let tag = tag_weight(el.name());
    let mut semantic = if is_furniture_tag(el.name()) { tag } else { 0 };
    if let Some(role) = el.attr("role") {
        semantic += role_weight(role.trim());
    }
    if el.attr("itemprop") == Some("articleBody") {
        semantic += ARTICLE_BODY_HINT;
    }
    let names = [el.attr("class"), el.attr("id")];
    let kinds = names.iter().flatten().fold(0, |k, n| k | name_kinds(n));
    semantic += kinds_weight(kinds);
    let tag_only = if is_furniture_tag(el.name()) { 0 } else { tag };
    Hints {
        weight: tag_only + semantic,
        furniture: semantic <= FURNITURE_HINT,
        metadata: el.name() == "time"
            || kinds & METADATA != 0
            || el.attr("itemprop").is_some_and(is_metadata_name),
    }
}

/// Whether the page hides `el` from readers.
pub fn is_hidden(el: &Element) -> bool {
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_split_into_words() {
        assert_eq!(
            name_words("NewsBody mb-ad"),
            vec!["news", "body", "mb", "ad"]
        );
        assert_eq!(
            name_words("tin-lien-quan col_4"),
            vec!["tin", "lien", "quan", "col"]
        );
    }

    #[test]
    fn furniture_words_weigh_without_vetoing() {
        assert_eq!(name_weight("share-tools"), FURNITURE_HINT);
        assert_eq!(name_weight("boxComment"), FURNITURE_HINT);
        assert_eq!(name_weight("tin-lien-quan"), FURNITURE_HINT);
        assert_eq!(
            name_weight("post-content mb-ad"),
            CONTENT_HINT + FURNITURE_HINT
        );
        assert_eq!(name_weight("article-body"), CONTENT_HINT);
    }

    #[test]
    fn metadata_names() {
        assert!(is_metadata_name("post-date"));
        assert!(is_metadata_name("datePublished"));
        assert!(is_metadata_name("tac-gia"));
        assert!(!is_metadata_name("update-notice-overview"));
    }

    #[test]
    fn short_words_match_only_whole() {
        // "ad" inside "header" or "shadow" is no advert; "nav" inside "canvas" no menu.
        assert_eq!(name_weight("shadow"), 0);
        assert_eq!(name_weight("canvas-wrap"), 0);
        assert_eq!(name_weight("ad-slot"), FURNITURE_HINT);
    }
}
