//! Cleaning: raw bytes to an [`Article`] with metadata, portal boilerplate removed.
//!
//! Enters: the bytes of one input (an HTML page, a plain-text scrape, or the `html`/`text` of
//! a `.jsonl` record). Leaves: an [`Article`] whose body is what a reader would call the
//! article, and whose metadata (title, date, author, views) are fields, not text. Refuses
//! empty, binary and article-less inputs with a one-line reason.

mod assemble;
pub mod boilerplate_phrases;
pub mod decode;
pub mod html;
pub mod legacy;
pub mod line_rules;
pub mod mojibake;
pub mod viqr;

use crate::text::search_key;
use serde::{Deserialize, Serialize};

pub use decode::{decode, decode_repairing, Decoded};

/// Metadata of an article, as fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// The headline, without the site name.
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Author or byline.
    pub author: Option<String>,
    /// View count shown by the portal.
    pub views: Option<u64>,
    /// The page names no title: `title` is the body's first sentence.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub title_derived: bool,
}

/// A title derived from the body has at most this many words.
const DERIVED_TITLE_MAX_WORDS: usize = 14;

/// The first sentence of `paragraph`, cut at a word boundary.
fn derived_title(paragraph: &str) -> String {
    let sentence = paragraph
        .split_inclusive(['.', '!', '?'])
        .next()
        .unwrap_or(paragraph)
        .trim()
        .trim_end_matches(['.', '!', '?']);
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= DERIVED_TITLE_MAX_WORDS {
        words.join(" ")
    } else {
        format!("{}…", words[..DERIVED_TITLE_MAX_WORDS].join(" "))
    }
}

/// A cleaned article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identity: the `.jsonl` id, else the source path.
    pub id: String,
    /// Where it came from: a path, or `path#line` for `.jsonl` records.
    pub source: String,
    /// The original URL when the input gave one.
    pub url: Option<String>,
    /// Title, date, author, views.
    #[serde(flatten)]
    pub metadata: Metadata,
    /// Body paragraphs in reading order.
    pub paragraphs: Vec<String>,
    /// How the body was found.
    #[serde(default)]
    pub extraction: Extraction,
    /// The input was damaged in places (invalid sequences, stray control bytes) and was
    /// read without them.
    #[serde(default)]
    pub repaired: bool,
}

/// How the content of an input is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// An HTML page.
    Html,
    /// Plain text, one paragraph or portal line per line.
    Text,
    /// Decide from the content.
    Sniff,
}

/// Why an input is not an article: the one reason type of every rejection, from reading a
/// file to cleaning it (see [`crate::corpus::Rejection`], which adds where it came from).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Reason {
    /// Nothing but whitespace.
    #[error("empty file")]
    Empty,
    /// Control bytes that no text file contains.
    #[error("binary file, not text")]
    Binary,
    /// Text, but nothing in it is article text once boilerplate is gone.
    #[error("no article text after removing boilerplate")]
    NoArticleText,
    /// The input could not be read as one (too large, a broken `.jsonl` record, an I/O
    /// error, a symlink loop): the message says which.
    #[error("{0}")]
    Unreadable(String),
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    let trimmed = head.trim_start();
    trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || ["<body", "<p>", "<p ", "<div", "<article", "<h1", "<br"]
            .iter()
            .any(|tag| head.contains(tag))
}

/// A reading shorter than this (characters) is weak: the next reading is tried.
const WEAK_READING_CHARS: usize = 250;
/// A declared body (JSON-LD `articleBody`, a data island) replaces the markup's reading
/// when it is this much longer (pages that render their text with scripts).
const ARTICLE_BODY_RATIO: usize = 2;

/// A data island's body replaces only a markup reading shorter than this (characters): a
/// skeleton, or a lead alone. A page whose markup holds its article keeps it, whatever else
/// its scripts carry (the next article, prefetched).
const SKELETON_MAX_CHARS: usize = 2 * WEAK_READING_CHARS;

/// Whether a data island's article is the page's own: the markup reading (`body`) is a
/// skeleton, and the island's title, when both name one, is the page's (`page`), one
/// holding the other once folded.
fn island_is_the_article(body: &[String], page: &Metadata, island: &Metadata) -> bool {
    let same_title = match (&page.title, &island.title) {
        (Some(page), Some(island)) => {
            let (page, island) = (search_key(page), search_key(island));
            page.contains(&island) || island.contains(&page)
        }
        _ => true,
    };
    body_chars(body) < SKELETON_MAX_CHARS && same_title
}

/// How the article body was found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Extraction {
    /// Plain text, cleaned line by line.
    #[default]
    Text,
    /// The best-scored element of an HTML page and the siblings that read like it.
    Scored,
    /// The `articleBody` the page declares in JSON-LD.
    JsonLd,
    /// The prose of a script's data island (`__NEXT_DATA__`, an assigned state object): a
    /// page rendered by scripts whose markup is a skeleton.
    DataIsland,
    /// The article in the page's `<noscript>` markup: a page rendered by scripts whose
    /// markup is a skeleton, with a version for readers without scripts.
    Noscript,
    /// The largest run of paragraphs (the scored reading was weak).
    ParagraphRun,
    /// The block with the most text (no run of paragraphs was found).
    DensestBlock,
    /// Every block that is not furniture, links included, through the line rules.
    PageText,
}

fn body_chars(body: &[String]) -> usize {
    body.iter().map(|p| p.chars().count()).sum()
}

/// Cleans decoded, normalized text into an article body, its metadata and how it was found.
pub fn clean_text(
    text: &str,
    markup: Markup,
    mut metadata: Metadata,
) -> (Vec<String>, Metadata, Extraction) {
    let html = match markup {
        Markup::Html => true,
        Markup::Text => false,
        Markup::Sniff => looks_like_html(text),
    };
    if !html {
        let text = decode::character_references(text);
        let text = assemble::with_wrapped_lines_joined(&text);
        let body = assemble::assemble(text.lines(), &mut metadata);
        return (body, metadata, Extraction::Text);
    }
    let page = html::parse_page(text);
    let declared = page.metadata;
    // What the markup declares went through its character references after normalization.
    let normalized = |field: Option<String>| field.map(crate::text::normalize_string);
    metadata.title = metadata.title.or(normalized(declared.title));
    metadata.date = metadata.date.or(declared.date);
    metadata.author = metadata.author.or(normalized(declared.author));
    // Metadata lines may stand outside the article's blocks (a dateline above the headline, a
    // view counter in a toolbar, a credit below the last paragraph).
    let mut source = None;
    for (block, &furniture) in page.blocks.iter().zip(&page.furniture) {
        match line_rules::classify(&block.text) {
            line_rules::LineKind::Counter { views: Some(v) } => {
                metadata.views.get_or_insert(v);
            }
            line_rules::LineKind::Dateline {
                date,
                views,
                author,
            } if !furniture => {
                metadata.date.get_or_insert(date);
                if let Some(v) = views {
                    metadata.views.get_or_insert(v);
                }
                if let Some(name) = author {
                    metadata.author.get_or_insert(name);
                }
            }
            line_rules::LineKind::Byline(name) if !furniture => {
                metadata.author.get_or_insert(name);
            }
            // A source credit waits for a person credited in the article's own lines.
            line_rules::LineKind::Source(name) if !furniture => {
                source.get_or_insert(name);
            }
            _ => {}
        }
    }
    // The heading over the best reading, where the markup gives no title, before a line of
    // the article is taken for one, whichever reading is kept (a document's short list of
    // attributes under its heading, "Số ký hiệu 131/NQ-CP" above "Ngày ban hành ..." no
    // headline).
    metadata.title = metadata.title.or_else(|| page.heading.clone());
    // The first reading that is not weak (or the scored one, short as marked up and right
    // under the headline: a short article); else the fullest one.
    let mut best: Option<(Vec<String>, Metadata, Extraction)> = None;
    for (method, blocks) in &page.readings {
        let mut meta = metadata.clone();
        let body = assemble::assemble(
            blocks.iter().map(|&i| page.blocks[i].text.as_str()),
            &mut meta,
        );
        let chars = body_chars(&body);
        let fuller = best.as_ref().is_none_or(|(b, _, _)| chars > body_chars(b));
        if fuller {
            best = Some((body, meta, *method));
        }
        // Short as marked up, not cut short by a line that ended it (a comments count in a
        // toolbar that the fuller readings show to be one).
        let short_article = *method == Extraction::Scored
            && page.scored_under_headline
            && blocks.iter().map(|&i| page.blocks[i].chars).sum::<usize>() < WEAK_READING_CHARS;
        if chars >= WEAK_READING_CHARS || (short_article && chars > 0) {
            break;
        }
    }
    let (mut body, mut metadata, mut extraction) =
        best.unwrap_or((Vec::new(), metadata, Extraction::PageText));
    if let Some(declared_body) = &page.article_body {
        let lines = declared_body.lines.iter().map(String::as_str);
        let mut meta = metadata.clone();
        let declared = assemble::assemble(lines, &mut meta);
        if body_chars(&declared) > ARTICLE_BODY_RATIO * body_chars(&body)
            && (declared_body.extraction == Extraction::JsonLd
                || island_is_the_article(&body, &metadata, &declared_body.metadata))
        {
            let given = &declared_body.metadata;
            meta.title = meta.title.or_else(|| given.title.clone());
            meta.date = meta.date.or_else(|| given.date.clone());
            meta.author = meta.author.or_else(|| given.author.clone());
            (body, metadata, extraction) = (declared, meta, declared_body.extraction);
        }
    }
    if metadata.title.is_none() {
        metadata.title = page.nearby_headline.or(normalized(page.page_title));
    }
    // A credit set just below the article's element (the next row of a table-built page).
    if metadata.author.is_none() && extraction == Extraction::Scored {
        let credit = page.line_below.as_deref().and_then(assemble::credit_name);
        metadata.author = credit.map(str::to_string);
    }
    if metadata.author.is_none() {
        metadata.author = source;
    }
    (body, metadata, extraction)
}

/// Cleans the bytes of one input into an [`Article`].
pub fn clean_bytes(
    id: String,
    source: String,
    bytes: &[u8],
    markup: Markup,
    metadata: Metadata,
) -> Result<Article, Reason> {
    let Decoded { text, repaired } = decode_repairing(bytes)?;
    let (paragraphs, mut metadata, extraction) = clean_text(&text, markup, metadata);
    if paragraphs.is_empty() {
        return Err(Reason::NoArticleText);
    }
    if metadata
        .title
        .as_deref()
        .is_none_or(|t| t.trim().is_empty())
    {
        metadata.title = Some(derived_title(&paragraphs[0]));
        metadata.title_derived = true;
    }
    Ok(Article {
        id,
        source,
        url: None,
        metadata,
        paragraphs,
        extraction,
        repaired,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_page_is_cleaned_by_structure() {
        let page = r#"<html><head><title>Đẩy mạnh cải cách - Cổng TTĐT Tỉnh</title>
            <meta property="article:published_time" content="2023-10-16T08:00:00+07:00"></head>
            <body><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
            <div class="share-tools"><a>Facebook</a></div>
            <h1>Đẩy mạnh cải cách thủ tục hành chính</h1>
            <p>Sáng nay, tỉnh tổ chức hội nghị đánh giá kết quả cải cách thủ tục hành chính, với sự tham dự của lãnh đạo các sở, ngành và địa phương trong tỉnh.</p>
            <p>Phó Chủ tịch UBND tỉnh nhấn mạnh yêu cầu tiếp tục đơn giản hóa thủ tục, giảm thời gian giải quyết hồ sơ cho người dân và doanh nghiệp trên địa bàn.</p>
            <ul class="list"><li><a href="/a">Tin khác một</a></li><li><a href="/b">Tin khác hai</a></li></ul>
            <div id="comments"><p>Bình luận của bạn đọc về bài viết này rất dài và nhiều chữ để có vẻ như là nội dung thật sự.</p></div>
            <footer>Bản quyền thuộc Cổng thông tin</footer><script>var x = "cải cách";</script></body></html>"#;
        let article = clean_bytes(
            "a".into(),
            "a.html".into(),
            page.as_bytes(),
            Markup::Sniff,
            Metadata::default(),
        )
        .unwrap();
        assert_eq!(
            article.metadata.title.as_deref(),
            Some("Đẩy mạnh cải cách thủ tục hành chính")
        );
        assert_eq!(article.metadata.date.as_deref(), Some("2023-10-16"));
        assert_eq!(article.paragraphs.len(), 2, "{:?}", article.paragraphs);
        assert!(article.paragraphs[0].starts_with("Sáng nay"));
    }

    #[test]
    fn boilerplate_only_is_refused() {
        let r = clean_bytes(
            "x".into(),
            "x.txt".into(),
            b"image banner\nanh tin bai\nChia se",
            Markup::Text,
            Metadata::default(),
        );
        assert_eq!(r, Err(Reason::NoArticleText));
    }
}
