//! Metadata a page publishes about its article, most explicit first: JSON-LD
//! (`NewsArticle` and kin), OpenGraph and `article:*` meta, `<time datetime>`, microdata,
//! then markup (`<h1>`, class names for date and author).
//!
//! Enters: a parsed page and its walk (to tell a widget from a layout wrapper). Leaves: the
//! declared [`Metadata`] and the JSON-LD `articleBody`, when the page gives one.

use std::cell::LazyCell;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::walk::Walk;
use crate::clean::line_rules::{classify, parse_date, LineKind};
use crate::clean::Metadata;

/// Schema.org types whose `headline`/`articleBody` describe the page's article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNews",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "SocialMediaPosting",
];
/// A heading is a headline when it has at least this many words.
const HEADLINE_MIN_WORDS: usize = 3;
/// A byline has at most this many words.
const BYLINE_MAX_WORDS: usize = 8;
/// A furniture-hinted element holding less text than this is a widget, not a layout
/// wrapper, so a headline inside it is not the article's.
const WIDGET_MAX_CHARS: usize = 1000;

/// What the page declares.
#[derive(Debug, Default)]
pub struct Declared {
    /// Title, date, author.
    pub metadata: Metadata,
    /// The JSON-LD `articleBody`.
    pub article_body: Option<String>,
}

/// The selector `s`, parsed once per process: the metadata rules ask for the same few
/// selectors on every page, and parsing one costs more than matching it.
fn sel(s: &str) -> Arc<Selector> {
    static PARSED: LazyLock<RwLock<HashMap<String, Arc<Selector>>>> =
        LazyLock::new(Default::default);
    if let Some(selector) = PARSED.read().expect("selector cache").get(s) {
        return Arc::clone(selector);
    }
    let selector = Arc::new(Selector::parse(s).expect("static selector"));
    PARSED
        .write()
        .expect("selector cache")
        .insert(s.to_string(), Arc::clone(&selector));
    selector
}

/// Whitespace-collapsed text of an element.
pub fn element_text(e: ElementRef) -> String {
    e.text()
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

fn first_attr(doc: &Html, selector: &str, attr: &str) -> Option<String> {
    doc.select(&sel(selector))
        .filter_map(|e| e.value().attr(attr))
        .map(str::trim)
        .find(|v| !v.is_empty())
        .map(str::to_string)
}

/// What separates a headline from the site's name in a `<title>`.
const TITLE_SEPARATORS: [&str; 5] = [" | ", " - ", " – ", " — ", " :: "];

/// The `<title>`/`og:title` without its site-name part ("Headline - Site name").
pub fn clean_title(raw: &str) -> Option<String> {
    let title = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let best = TITLE_SEPARATORS
        .iter()
        .find(|sep| title.contains(*sep))
        .map(|sep| {
            title
                .split(*sep)
                .max_by_key(|p| p.chars().count())
                .unwrap_or(&title)
                .trim()
                .to_string()
        })
        .unwrap_or(title);
    (!best.is_empty()).then_some(best)
}

fn inside_widget(walk: &Walk, e: ElementRef) -> bool {
    e.ancestors().any(|a| {
        walk.elements
            .get(&a.id())
            .is_some_and(|s| (s.furniture_hint && s.chars < WIDGET_MAX_CHARS) || s.hidden)
    })
}

/// Whether the heading `e` is the site's logo: all its text is a link to the site's home
/// ("/", "index.html", "https://host/"), or it stands inside one, the way portals put their
/// name in an `<h1>` above the article's own.
fn is_home_link(e: ElementRef) -> bool {
    let inside_home = e
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "a" && links_home(a));
    let links: Vec<ElementRef> = e.select(&sel("a[href]")).collect();
    inside_home
        || matches!(links.as_slice(), [link] if links_home(*link) && element_text(*link) == element_text(e))
}

/// Whether the link `a` goes to the site's home page.
fn links_home(a: ElementRef) -> bool {
    let Some(href) = a.value().attr("href").map(str::trim) else {
        return false;
    };
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => href.trim_start_matches("./").trim_start_matches('/'),
    };
    path.is_empty() || path.starts_with("index.") || path.starts_with('?') || path.starts_with('#')
}

/// The site's names a page's `<title>` gives beside the headline ("Headline - Cổng thông
/// tin điện tử tỉnh X"), folded, read once per page: a heading saying one of them (an `<h1>`
/// "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH X", in any case) is the site's, not the headline.
pub struct SiteNames {
    /// The `<title>`'s parts but its headline (the longest), folded.
    names: Vec<String>,
    /// The headline `og:title` gives, folded: a short headline beside a longer site name in
    /// the `<title>` is the one it names.
    social: Option<String>,
}

impl SiteNames {
    /// The site's names in `page_title`, the `<title>` of `doc` ([`raw_page_title`]), whose
    /// headline part is `headline` ([`clean_title`]).
    pub fn of(doc: &Html, page_title: Option<&str>, headline: Option<&str>) -> Self {
        let names = page_title.map_or_else(Vec::new, |page_title| {
            let headline = headline.map(crate::text::search_key);
            TITLE_SEPARATORS
                .iter()
                .filter(|sep| page_title.contains(**sep))
                .flat_map(|sep| page_title.split(*sep))
                .map(|part| crate::text::search_key(part).trim().to_string())
                .filter(|part| !part.is_empty() && headline.as_deref() != Some(part.as_str()))
                .collect()
        });
        let social = (!names.is_empty())
            .then(|| social_title(doc))
            .flatten()
            .map(|t| crate::text::search_key(&t).trim().to_string());
        SiteNames { names, social }
    }

    /// Whether the heading text `heading` says one of the site's names (and not the
    /// headline `og:title` gives).
    pub fn named_by(&self, heading: &str) -> bool {
        if self.names.is_empty() {
            return false;
        }
        let heading = crate::text::search_key(heading);
        let heading = heading.trim();
        self.social.as_deref() != Some(heading) && self.names.iter().any(|n| n == heading)
    }
}

fn json_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => {
            let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
            (!s.is_empty()).then_some(s)
        }
        Value::Object(o) => o.get("name").and_then(json_text),
        Value::Array(a) => {
            let names: Vec<String> = a.iter().filter_map(json_text).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

fn is_article_type(v: &Value) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts
            .iter()
            .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
        _ => false,
    }
}

/// Article-typed JSON-LD objects, from top-level arrays and `@graph`s.
fn collect_articles<'v>(v: &'v Value, out: &mut Vec<&'v Value>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect_articles(i, out)),
        Value::Object(o) => {
            if is_article_type(v) {
                out.push(v);
            }
            if let Some(graph) = o.get("@graph") {
                collect_articles(graph, out);
            }
        }
        _ => {}
    }
}

fn parse_json_ld(raw: &str) -> Option<Value> {
    serde_json::from_str(raw.trim()).ok().or_else(|| {
        // Portals paste article text into JSON strings with raw line breaks and tabs: inside
        // a string a line break stays one (escaped), other control characters become spaces.
        let mut repaired = String::with_capacity(raw.len());
        let (mut in_string, mut escaped) = (false, false);
        for c in raw.chars() {
            match c {
                '\n' if in_string => repaired.push_str("\\n"),
                c if in_string && c.is_control() => repaired.push(' '),
                c => {
                    if in_string && !escaped && c == '"' {
                        in_string = false;
                    } else if !in_string && c == '"' {
                        in_string = true;
                    }
                    escaped = in_string && !escaped && c == '\\';
                    repaired.push(c);
                }
            }
        }
        serde_json::from_str(repaired.trim()).ok()
    })
}

fn json_ld(doc: &Html) -> Declared {
    let mut declared = Declared::default();
    for script in doc.select(&sel(r#"script[type="application/ld+json"]"#)) {
        let raw: String = script.text().collect();
        let Some(value) = parse_json_ld(&raw) else {
            continue;
        };
        let mut articles = Vec::new();
        collect_articles(&value, &mut articles);
        for a in articles {
            let m = &mut declared.metadata;
            if m.title.is_none() {
                m.title = a.get("headline").and_then(json_text);
            }
            if m.date.is_none() {
                m.date = ["datePublished", "dateCreated", "dateModified"]
                    .iter()
                    .filter_map(|k| a.get(*k).and_then(Value::as_str))
                    .find_map(parse_date);
            }
            if m.author.is_none() {
                m.author = a.get("author").and_then(json_text);
            }
            if declared.article_body.is_none() {
                declared.article_body = a
                    .get("articleBody")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .filter(|b| !b.trim().is_empty());
            }
        }
    }
    declared
}

fn microdata(doc: &Html, prop: &str) -> Option<String> {
    doc.select(&sel(&format!(r#"[itemprop="{prop}"]"#)))
        .find_map(|e| {
            let v = e.value();
            let attr = v.attr("content").or(v.attr("datetime"));
            match attr {
                Some(a) => Some(a.trim().to_string()),
                None => e
                    .select(&sel(r#"[itemprop="name"]"#))
                    .next()
                    .map(element_text)
                    .or_else(|| Some(element_text(e))),
            }
        })
        .filter(|v| !v.is_empty())
}

/// Reads what `doc` declares about its article (an `<h1>` saying one of `site_names` is no
/// headline).
pub fn declared(doc: &Html, walk: &Walk, site_names: &SiteNames) -> Declared {
    let mut declared = json_ld(doc);
    // Read once, for the date and the author alike, and only when one of them needs them.
    let byline_texts = LazyCell::new(|| bylines(doc, walk));
    let m = &mut declared.metadata;
    if m.title.is_none() {
        m.title = doc
            .select(&sel("h1"))
            .filter(|e| !inside_widget(walk, *e) && !is_home_link(*e))
            .filter(|e| !site_names.named_by(&element_text(*e)))
            .map(element_text)
            .find(|t| t.split_whitespace().count() >= HEADLINE_MIN_WORDS)
            .or_else(|| social_title(doc).and_then(|t| clean_title(&t)))
            .or_else(|| microdata(doc, "headline"));
    }
    if m.date.is_none() {
        m.date = first_attr(
            doc,
            r#"meta[property="article:published_time"], meta[name="pubdate"], meta[name="publishdate"], meta[name="publish-date"], meta[itemprop="datePublished"], meta[name="date"], meta[name="dc.date"], meta[name="DC.date.issued"], meta[property="og:published_time"]"#,
            "content",
        )
        .or_else(|| first_attr(doc, "time[datetime]", "datetime"))
        .or_else(|| microdata(doc, "datePublished"))
        .and_then(|d| parse_date(&d))
        .or_else(|| {
            doc.select(&sel(r#"time, [class*="date"], [class*="time"]"#))
                .filter(|e| !inside_widget(walk, *e))
                .find_map(|e| parse_date(&element_text(e)))
        })
        .or_else(|| {
            // A byline that carries the date ("Thu Hà - 20/05/2024 10:00 (GMT+7)").
            byline_texts.iter().find_map(|text| parse_date(text))
        });
    }
    if m.author.is_none() {
        m.author = first_attr(
            doc,
            r#"meta[name="author"], meta[property="article:author"]"#,
            "content",
        )
        .filter(|a| !a.starts_with("http"))
        .or_else(|| microdata(doc, "author").filter(|a| !a.starts_with("http")))
        .or_else(|| byline_texts.iter().find_map(|text| credit_in_byline(text)));
    }
    declared
}

/// The texts of the elements marked as the article's byline, outside widgets, short enough
/// to be one.
fn bylines(doc: &Html, walk: &Walk) -> Vec<String> {
    doc.select(&sel(
        r#"[rel="author"], [class*="author"], [class*="byline"], [class*="tac-gia"], [class*="tacgia"]"#,
    ))
    .filter(|e| !inside_widget(walk, *e))
    .map(element_text)
    .filter(|t| !t.is_empty() && t.split_whitespace().count() <= BYLINE_MAX_WORDS)
    .collect()
}

/// Who a byline element credits: the name beside its date or after its label ("Thu Hà -
/// 20/05/2024", "Tác giả: Thu Hà"), or its whole text when it holds no date (a date beside
/// a group's credit, "Nhóm phóng viên - 06/11/2023", names no author).
fn credit_in_byline(text: &str) -> Option<String> {
    match classify(text) {
        LineKind::Dateline { author, .. } => author,
        LineKind::Byline(name) | LineKind::Source(name) => Some(name),
        _ if parse_date(text).is_some() => None,
        _ => Some(text.to_string()),
    }
}

/// The headline the page gives social networks (`og:title`, `twitter:title`), as written.
fn social_title(doc: &Html) -> Option<String> {
    first_attr(
        doc,
        r#"meta[property="og:title"], meta[name="twitter:title"]"#,
        "content",
    )
}

/// The page's `<title>` as written.
pub fn raw_page_title(doc: &Html) -> Option<String> {
    doc.select(&sel("title")).next().map(element_text)
}
