//! HTML pages to text blocks and metadata, with scraper.
//!
//! Enters: a decoded HTML page from any portal, possibly broken or deeply nested. Leaves: the
//! page's text blocks in reading order (each flagged when structure says it is furniture:
//! navigation, widgets, link lists) and the metadata the markup declares. The choice of what
//! is article text rests on structure and density, not on per-portal selectors:
//! - furniture elements (`nav`, `footer`, `aside`, `form`...) and elements whose class or id
//!   says share/comment/related/banner/menu... are flagged;
//! - blocks made mostly of link text are flagged (menus, related-news lists);
//! - the article is the stretch from the first to the last dense block of prose.

use std::sync::LazyLock;

use ego_tree::iter::Edge;
use regex::Regex;
use scraper::{ElementRef, Html, Node, Selector};

use super::line_rules::parse_date;
use super::Metadata;

/// Elements whose content is never article text.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option",
    "input", "textarea", "head", "canvas", "object", "embed", "map", "video", "audio",
];
/// Page furniture by semantics.
const FURNITURE_TAGS: &[&str] = &["nav", "footer", "aside", "form", "header", "menu", "dialog"];
/// Elements that end a line of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "tr",
    "table",
    "blockquote",
    "figcaption",
    "figure",
    "pre",
    "section",
    "article",
    "main",
    "dd",
    "dt",
    "dl",
    "br",
    "hr",
    "address",
    "center",
    "tbody",
    "thead",
    "caption",
    "body",
];

/// Class/id vocabulary of furniture that is never the article.
static ALWAYS_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(comment|binh-?luan|share|sharing|social|related|lien-?quan|tin-?khac|other-?news|more-?news|most-?read|doc-?nhieu|xem-?nhieu|popular|advert|quang-?cao|\bads?\b|banner|breadcrumb|counter|thong-?ke|visitor|luot-?truy-?cap|cookie|popup|modal|newsletter|subscribe|rating|\bvote\b|pagination|paging|hotline|weather|thoi-?tiet|tygia|ty-?gia)").unwrap()
});
/// Class/id vocabulary of furniture unless it also says "content".
static LIKELY_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\bnav|menu|sidebar|side-?bar|\bside\b|footer|header|widget|toolbar|\btags?\b|keyword|login|search|tim-?kiem|print|\blink|copyright|logo|top-?bar|bottom|right-?col|left-?col|col-?right|col-?left|box-?right|box-?left)").unwrap()
});
static CONTENT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(content|article|body|main|post|entry|story|detail|chi-?tiet|noi-?dung|fulltext|news-?text)").unwrap()
});

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

/// One block of text on the page.
#[derive(Debug, Clone)]
pub struct Block {
    /// The text, whitespace collapsed.
    pub text: String,
    /// Structure says this is not the article.
    pub furniture: bool,
    /// Share of the text that sits inside links.
    pub link_density: f32,
}

/// Class/id vocabulary of inline metadata (a date, an author, a view count) that pages set
/// side by side with no space between: each is a line of its own.
static METADATA_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(date|time|author|byline|tac-?gia|view|luot-?xem|source|nguon|publish)")
        .unwrap()
});

/// Whether `el` ends a line of text: block elements, furniture, `<time>`, and inline
/// elements that carry metadata.
fn breaks_line(el: &scraper::node::Element, furniture: bool) -> bool {
    let name = el.name();
    if BLOCK_TAGS.contains(&name) || furniture || name == "time" {
        return true;
    }
    let names = format!(
        "{} {} {}",
        el.attr("class").unwrap_or(""),
        el.attr("id").unwrap_or(""),
        el.attr("itemprop").unwrap_or("")
    );
    !names.trim().is_empty() && METADATA_WORDS.is_match(&names)
}

fn is_furniture(el: &scraper::node::Element) -> bool {
    let name = el.name();
    if FURNITURE_TAGS.contains(&name) {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let s = style.replace(' ', "").to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if matches!(
        el.attr("role"),
        Some("navigation" | "banner" | "complementary" | "contentinfo" | "search" | "dialog")
    ) {
        return true;
    }
    let names = format!(
        "{} {}",
        el.attr("class").unwrap_or(""),
        el.attr("id").unwrap_or("")
    );
    if names.trim().is_empty() {
        return false;
    }
    ALWAYS_FURNITURE.is_match(&names)
        || (LIKELY_FURNITURE.is_match(&names) && !CONTENT_WORDS.is_match(&names))
}

#[derive(Default)]
struct Walker {
    blocks: Vec<Block>,
    text: String,
    link_chars: usize,
    skip_depth: usize,
    furniture_depth: usize,
    link_depth: usize,
}

impl Walker {
    fn flush(&mut self) {
        let text = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            let total = text.chars().count().max(1);
            self.blocks.push(Block {
                link_density: (self.link_chars.min(total)) as f32 / total as f32,
                text,
                furniture: self.furniture_depth > 0,
            });
        }
        self.text.clear();
        self.link_chars = 0;
    }

    fn open(&mut self, el: &scraper::node::Element) {
        let name = el.name();
        if self.skip_depth > 0 || SKIPPED_TAGS.contains(&name) {
            self.skip_depth += 1;
            return;
        }
        let furniture = is_furniture(el);
        if breaks_line(el, furniture) {
            self.flush();
        }
        if furniture {
            self.furniture_depth += 1;
        }
        if name == "a" {
            self.link_depth += 1;
        }
        if name == "img" {
            // Images carry no article text; their alt text is what scrapers leave as junk.
            self.text.push(' ');
        }
    }

    fn close(&mut self, el: &scraper::node::Element) {
        let name = el.name();
        if self.skip_depth > 0 {
            self.skip_depth -= 1;
            return;
        }
        let furniture = is_furniture(el);
        if breaks_line(el, furniture) {
            self.flush();
        }
        if furniture {
            self.furniture_depth -= 1;
        }
        if name == "a" {
            self.link_depth = self.link_depth.saturating_sub(1);
        }
    }

    fn text(&mut self, t: &str) {
        if self.skip_depth > 0 {
            return;
        }
        if self.link_depth > 0 {
            self.link_chars += t.chars().filter(|c| !c.is_whitespace()).count();
        }
        self.text.push_str(t);
    }
}

/// A parsed page: its blocks and declared metadata.
pub struct Page {
    /// Text blocks in reading order.
    pub blocks: Vec<Block>,
    /// Title, date, author as the markup declares them.
    pub metadata: Metadata,
    /// The `<title>` without its site-name part: often only the site's name on old portals,
    /// so it serves when nothing better names the article.
    pub page_title: Option<String>,
}

fn clean_title(raw: &str) -> Option<String> {
    let title = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    // "Headline - Site name" / "Headline | Site": keep the longest piece.
    let best = [" | ", " - ", " – ", " — ", " :: "]
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

fn first_attr(doc: &Html, selector: &str, attr: &str) -> Option<String> {
    doc.select(&sel(selector))
        .filter_map(|e| e.value().attr(attr))
        .map(str::trim)
        .find(|v| !v.is_empty())
        .map(str::to_string)
}

fn element_text(e: ElementRef) -> String {
    e.text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn inside_furniture(e: ElementRef) -> bool {
    e.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| is_furniture(a.value()) && a.value().name() != "header")
}

fn declared_metadata(doc: &Html) -> Metadata {
    let h1 = doc
        .select(&sel("h1"))
        .filter(|e| !inside_furniture(*e))
        .map(element_text)
        .find(|t| t.split_whitespace().count() >= 3);
    let title = h1.or_else(|| {
        first_attr(
            doc,
            r#"meta[property="og:title"], meta[name="twitter:title"]"#,
            "content",
        )
        .and_then(|t| clean_title(&t))
    });
    let date = first_attr(
        doc,
        r#"meta[property="article:published_time"], meta[name="pubdate"], meta[name="publishdate"], meta[itemprop="datePublished"], meta[name="date"], meta[name="dc.date"], meta[name="DC.date.issued"]"#,
        "content",
    )
    .or_else(|| first_attr(doc, "time[datetime]", "datetime"))
    .and_then(|d| parse_date(&d))
    .or_else(|| {
        doc.select(&sel(r#"[itemprop="datePublished"], time, [class*="date"], [class*="time"]"#))
            .filter(|e| !inside_furniture(*e))
            .find_map(|e| parse_date(&element_text(e)))
    });
    let author = first_attr(doc, r#"meta[name="author"], meta[property="article:author"]"#, "content")
        .filter(|a| !a.starts_with("http"))
        .or_else(|| {
            doc.select(&sel(r#"[itemprop="author"], [rel="author"], [class*="author"], [class*="byline"], [class*="tac-gia"], [class*="tacgia"]"#))
                .map(element_text)
                .find(|t| !t.is_empty() && t.split_whitespace().count() <= 8)
        });
    Metadata {
        title,
        date,
        author,
        views: None,
    }
}

/// Parses `html` into blocks and declared metadata.
pub fn parse_page(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let metadata = declared_metadata(&doc);
    let mut walker = Walker::default();
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => walker.open(el),
                Node::Text(t) => walker.text(t),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    walker.close(el);
                }
            }
        }
    }
    walker.flush();
    let page_title = doc
        .select(&sel("title"))
        .next()
        .map(element_text)
        .and_then(|t| clean_title(&t));
    Page {
        blocks: walker.blocks,
        metadata,
        page_title,
    }
}

/// A block dense enough in prose to be article text.
pub fn is_dense_prose(block: &Block) -> bool {
    !block.furniture && block.link_density < 0.3 && block.text.split_whitespace().count() >= 20
}

/// The article's blocks: furniture and link lists dropped, then the stretch from the first
/// to the last dense block of prose (or every remaining block when none is dense).
pub fn article_blocks(blocks: &[Block]) -> Vec<&Block> {
    let candidates: Vec<&Block> = blocks
        .iter()
        .filter(|b| !b.furniture && b.link_density <= 0.5)
        .collect();
    let first = candidates.iter().position(|b| is_dense_prose(b));
    let last = candidates.iter().rposition(|b| is_dense_prose(b));
    match (first, last) {
        (Some(first), Some(last)) => {
            // A short lead or dateline just before the first dense block, and a credit line
            // just after the last, belong to the article.
            let start = first.saturating_sub(2);
            let end = (last + 2).min(candidates.len() - 1);
            candidates[start..=end].to_vec()
        }
        _ => candidates,
    }
}
