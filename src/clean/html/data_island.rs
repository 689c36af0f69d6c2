//! Articles a page rendered by scripts carries as data: a JSON "data island" such as Next.js's
//! `<script id="__NEXT_DATA__" type="application/json">`, any `application/json` script, or
//! an inline state assignment (`window.__INITIAL_STATE__ = {...}`), while the markup holds
//! only a skeleton ("Đang tải...").
//!
//! Enters: a parsed page. Leaves: the string of the data with the most prose (the article's
//! body, in HTML or plain text) and the title, date and author its object gives beside it.
//! The keys read are the common names of those fields, never a portal's layout; which string
//! is the body is decided by its prose alone.

use scraper::{Html, Selector};
use serde_json::Value;
use std::sync::LazyLock;

use crate::clean::line_rules::parse_date;
use crate::clean::Metadata;

/// A string is an article's body only with at least this many words of prose.
const BODY_MIN_WORDS: usize = 60;
/// Keys that name an article's title, date and author beside its body.
const TITLE_KEYS: &[&str] = &["headline", "title", "name"];
const DATE_KEYS: &[&str] = &[
    "datePublished",
    "publishedAt",
    "published_at",
    "publishDate",
    "publish_date",
    "publishedDate",
    "publishTime",
    "createdAt",
    "created_at",
    "date",
];
const AUTHOR_KEYS: &[&str] = &["author", "authorName", "author_name", "byline", "writer"];
/// Keys of the lead (sapo) an article's data keeps apart from its body.
const LEAD_KEYS: &[&str] = &[
    "sapo",
    "lead",
    "description",
    "summary",
    "excerpt",
    "abstract",
];

static ISLANDS: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("script:not([src])").expect("static selector"));

/// The article a data island carries.
#[derive(Debug, Default, PartialEq)]
pub struct IslandArticle {
    /// The body, as the data holds it (HTML or text).
    pub body: String,
    /// What the body's object gives about it.
    pub metadata: Metadata,
}

/// Words of `text` outside markup tags.
fn prose_words(text: &str) -> usize {
    let mut words = 0;
    let (mut in_tag, mut in_word) = (false, false);
    for c in text.chars() {
        match c {
            '<' => (in_tag, in_word) = (true, false),
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            c if c.is_whitespace() => in_word = false,
            _ => {
                words += usize::from(!in_word);
                in_word = true;
            }
        }
    }
    words
}

/// The JSON value an inline script holds: all of it (a JSON script), or the object assigned
/// in it (`window.__STATE__ = {...};`).
fn script_data(script_type: Option<&str>, raw: &str) -> Option<Value> {
    let raw = raw.trim();
    if script_type.is_some_and(|t| t.eq_ignore_ascii_case("application/json")) {
        return serde_json::from_str(raw).ok();
    }
    // Other scripts only when they hold markup in a string (an article body in HTML).
    if script_type.is_some_and(|t| !t.contains("javascript") && !t.is_empty()) {
        return None;
    }
    if !(raw.contains("<p") || raw.contains("\\u003cp") || raw.contains("\\u003Cp")) {
        return None;
    }
    let open = raw
        .find("= {")
        .map(|i| i + 2)
        .or_else(|| raw.find("={").map(|i| i + 1))?;
    serde_json::Deserializer::from_str(&raw[open..])
        .into_iter::<Value>()
        .next()?
        .ok()
}

/// The string with the most prose under `value`, with its words and the object holding it.
fn richest<'v>(
    value: &'v Value,
    holder: Option<&'v Value>,
) -> Option<(usize, &'v str, Option<&'v Value>)> {
    match value {
        Value::String(s) => Some((prose_words(s), s.as_str(), holder)),
        Value::Array(items) => items
            .iter()
            .filter_map(|v| richest(v, holder))
            .max_by_key(|(words, _, _)| *words),
        Value::Object(fields) => fields
            .values()
            .filter_map(|v| richest(v, Some(value)))
            .max_by_key(|(words, _, _)| *words),
        _ => None,
    }
}

/// A field's text: a string, or the `name` of an object, or the first of a list.
fn field_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(o) => o.get("name").and_then(field_text),
        Value::Array(items) => items.iter().find_map(field_text),
        _ => None,
    }
}

fn first_field(holder: &Value, keys: &[&str]) -> Option<String> {
    keys.iter()
        .find_map(|k| holder.get(*k).and_then(field_text))
}

/// The article the page's data islands carry: their string with the most prose, at least
/// [`BODY_MIN_WORDS`] words, and its object's title, date and author.
pub fn island_article(doc: &Html) -> Option<IslandArticle> {
    let mut best: Option<(usize, IslandArticle)> = None;
    for script in doc.select(&ISLANDS) {
        let script_type = script.value().attr("type");
        if script_type.is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) {
            continue;
        }
        let raw: String = script.text().collect();
        let Some(data) = script_data(script_type, &raw) else {
            continue;
        };
        let Some((words, body, holder)) = richest(&data, None) else {
            continue;
        };
        if words < BODY_MIN_WORDS || best.as_ref().is_some_and(|(w, _)| *w >= words) {
            continue;
        }
        let metadata = holder
            .map(|h| Metadata {
                title: first_field(h, TITLE_KEYS).filter(|t| t.as_str() != body),
                date: DATE_KEYS
                    .iter()
                    .filter_map(|k| h.get(*k).and_then(Value::as_str))
                    .find_map(parse_date),
                author: first_field(h, AUTHOR_KEYS),
                ..Metadata::default()
            })
            .unwrap_or_default();
        // The lead goes first, as the page would show it, unless the body opens with it.
        let lead = holder
            .and_then(|h| first_field(h, LEAD_KEYS))
            .filter(|lead| !body.contains(lead.as_str()));
        let body = match lead {
            Some(lead) if body.contains('<') => format!("<p>{lead}</p>{body}"),
            Some(lead) => format!("{lead}\n{body}"),
            None => body.to_string(),
        };
        best = Some((words, IslandArticle { body, metadata }));
    }
    best.map(|(_, article)| article)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(script: &str) -> Html {
        Html::parse_document(&format!(
            "<html><body><div id=\"app\">Đang tải...</div>{script}</body></html>"
        ))
    }

    fn long_body() -> String {
        "<p>Tỉnh đã rút ngắn thời gian giải quyết hồ sơ đất đai cho người dân và doanh nghiệp.</p>"
            .repeat(5)
    }

    #[test]
    fn a_next_data_island_gives_the_body_and_its_fields() {
        let data = serde_json::json!({"props": {"pageProps": {"article": {
            "title": "Rút ngắn thời gian giải quyết hồ sơ",
            "publishedAt": "2024-09-05T10:00:00+07:00",
            "author": {"name": "Minh Thư"},
            "sapo": "Một câu mở đầu ngắn.",
            "content": long_body(),
        }}}});
        let doc = page(&format!(
            "<script id=\"__NEXT_DATA__\" type=\"application/json\">{data}</script>"
        ));
        let article = island_article(&doc).expect("an article");
        assert_eq!(
            article.body,
            format!("<p>Một câu mở đầu ngắn.</p>{}", long_body()),
            "the lead first"
        );
        assert_eq!(
            article.metadata.title.as_deref(),
            Some("Rút ngắn thời gian giải quyết hồ sơ")
        );
        assert_eq!(article.metadata.date.as_deref(), Some("2024-09-05"));
        assert_eq!(article.metadata.author.as_deref(), Some("Minh Thư"));
    }

    #[test]
    fn an_assigned_state_object_is_read_and_short_or_absent_data_is_not() {
        let data = serde_json::json!({"detail": {"body": long_body(), "date": "05/09/2024"}});
        let doc = page(&format!(
            "<script>window.__INITIAL_STATE__ = {data}; window.x = 1;</script>"
        ));
        let article = island_article(&doc).expect("an article");
        assert_eq!(article.body, long_body());
        assert_eq!(article.metadata.date.as_deref(), Some("2024-09-05"));
        let short = page(
            r#"<script type="application/json">{"menu": ["Trang chủ", "Tin tức"], "lead": "<p>Một câu.</p>"}</script>"#,
        );
        assert_eq!(island_article(&short), None);
        assert_eq!(island_article(&page("<script>var a = 1;</script>")), None);
    }
}
