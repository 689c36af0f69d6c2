//! `.jsonl` corpora: one article per line, `{"id", "url"?, "title"?, "date"?, "html"? | "text"?}`.
//!
//! Lines are read here and parsed on the worker threads ([`parse_record`]). A broken line is
//! reported with its line number and the good lines are still read.

use std::io::BufRead;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::{bounded_lines, Content, RawInput, Rejection};
use crate::clean::{decode, line_rules::parse_date, Markup, Metadata, Reason};

/// One record. Besides the documented names, the names crawlers commonly write are read
/// (`headline`, `published_at`, `content`...); a date may be a Unix time, an author a list
/// or an object with a `name`.
#[derive(Deserialize)]
struct Record {
    id: Option<Value>,
    #[serde(alias = "link")]
    url: Option<String>,
    #[serde(alias = "headline")]
    title: Option<String>,
    #[serde(
        alias = "published",
        alias = "published_at",
        alias = "publishedAt",
        alias = "datePublished",
        alias = "pubDate"
    )]
    date: Option<Value>,
    #[serde(alias = "byline", alias = "authors")]
    author: Option<Value>,
    #[serde(alias = "view_count", alias = "viewCount")]
    views: Option<Value>,
    html: Option<String>,
    text: Option<String>,
    /// Text or markup, as crawlers name it; read as whichever it is.
    #[serde(alias = "body", alias = "articleBody")]
    content: Option<String>,
}

/// Vietnam's offset from UTC, in hours: a Unix time is dated by the day in Vietnam.
const VIETNAM_UTC_OFFSET_HOURS: i8 = 7;
/// A Unix time above this counts milliseconds, not seconds (year 5138 in seconds).
const UNIX_MILLIS_ABOVE: i64 = 100_000_000_000;

/// A record's date, `YYYY-MM-DD`: written in any form [`parse_date`] reads, or a Unix time
/// in seconds or milliseconds.
fn record_date(date: &Value) -> Option<String> {
    let unix = match date {
        Value::String(s) => {
            return parse_date(s).or_else(|| {
                let s = s.trim();
                (s.len() >= 9 && s.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| s.parse::<i64>().ok())
                    .flatten()
                    .and_then(|n| record_date(&Value::from(n)))
            })
        }
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64))?,
        _ => return None,
    };
    let seconds = if unix.abs() > UNIX_MILLIS_ABOVE {
        unix / 1000
    } else {
        unix
    };
    let offset = jiff::tz::Offset::constant(VIETNAM_UTC_OFFSET_HOURS);
    let time = jiff::Timestamp::from_second(seconds).ok()?;
    Some(offset.to_datetime(time).date().to_string())
}

/// A record's author: a name, a list of names or of objects with a `name`, joined with
/// commas.
fn record_author(author: &Value) -> Option<String> {
    let names: Vec<String> = match author {
        Value::String(s) => vec![s.clone()],
        Value::Object(o) => o
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_string)
            .into_iter()
            .collect(),
        Value::Array(items) => items.iter().filter_map(record_author).collect(),
        _ => Vec::new(),
    };
    let names: Vec<&str> = names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// A record's view count: a number, or figures with thousands points ("1.205").
fn record_views(views: &Value) -> Option<u64> {
    match views {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => {
            let digits: String = s
                .chars()
                .filter(|c| !matches!(c, '.' | ',' | ' '))
                .collect();
            digits.parse().ok()
        }
        _ => None,
    }
}

/// The inputs of one `.jsonl` file.
pub fn records<'a, R: BufRead + 'a>(
    file: &'a Path,
    reader: R,
    max_line_bytes: u64,
) -> impl Iterator<Item = Result<RawInput, Rejection>> + 'a {
    let name = file.display().to_string();
    bounded_lines(reader, max_line_bytes)
        .enumerate()
        .filter_map(move |(i, line)| {
            let source = format!("{name}#{}", i + 1);
            let fail = |reason: String| {
                Some(Err(Rejection {
                    source: source.clone(),
                    reason: Reason::Unreadable(reason),
                }))
            };
            let line = match line {
                Ok(Some(line)) => line,
                Ok(None) => {
                    return fail(format!(
                        "line over the {} MB limit (--max-file-mb)",
                        max_line_bytes / 1_000_000
                    ))
                }
                Err(e) => return fail(format!("cannot read: {e}")),
            };
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                return None;
            }
            // Parsed later, on a worker thread (`RawInput::resolve`).
            Some(Ok(RawInput {
                id: source.clone(),
                source,
                url: None,
                bytes: line,
                content: Content::JsonlRecord,
                metadata: Metadata::default(),
            }))
        })
}

/// Parses one `.jsonl` line into the article input it describes.
pub fn parse_record(source: &str, line: &[u8]) -> Result<RawInput, Rejection> {
    let fail = |reason: String| Rejection {
        source: source.to_string(),
        reason: Reason::Unreadable(reason),
    };
    let record: Record =
        serde_json::from_slice(line).map_err(|e| fail(format!("broken JSON line: {e}")))?;
    let (bytes, markup) = match (record.html, record.text, record.content) {
        (Some(h), _, _) => (h.into_bytes(), Markup::Html),
        (None, Some(t), _) => (t.into_bytes(), Markup::Text),
        (None, None, Some(c)) => (c.into_bytes(), Markup::Sniff),
        (None, None, None) => {
            return Err(fail(
                "record has neither \"html\" nor \"text\" (nor \"content\")".into(),
            ))
        }
    };
    let id = match record.id {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => source.to_string(),
    };
    // A title or byline double-encoded, or in a legacy table (read with the table its
    // record's text shows), or holding character references (taken from a page's source).
    let clean_field = |s: Option<String>| {
        s.map(|t| decode::repair_field(&t, &bytes).unwrap_or(t))
            .map(|t| crate::text::normalize_text(t.trim()))
            .map(|t| decode::character_references(&t).trim().to_string())
            .filter(|t| !t.is_empty())
    };
    let title = clean_field(record.title);
    let author = clean_field(record.author.as_ref().and_then(record_author));
    Ok(RawInput {
        id,
        source: source.to_string(),
        url: record.url,
        bytes,
        content: Content::Page(markup),
        metadata: Metadata {
            title,
            date: record.date.as_ref().and_then(record_date),
            author,
            views: record.views.as_ref().and_then(record_views),
            title_derived: false,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_written_or_as_unix_times_in_vietnam() {
        let date = |v: Value| record_date(&v);
        assert_eq!(
            date(Value::from("05/03/2024")).as_deref(),
            Some("2024-03-05")
        );
        // 17:00 UTC is midnight in Vietnam, the next day.
        assert_eq!(date(Value::from(1709571600)).as_deref(), Some("2024-03-05"));
        assert_eq!(date(Value::from(1709571599)).as_deref(), Some("2024-03-04"));
        assert_eq!(
            date(Value::from(1709571600000_i64)).as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            date(Value::from("1709571600")).as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(date(Value::from("hôm qua")), None);
        assert_eq!(date(Value::Bool(true)), None);
    }

    #[test]
    fn authors_and_views_in_the_shapes_crawlers_give() {
        let json = |s: &str| serde_json::from_str::<Value>(s).unwrap();
        assert_eq!(
            record_author(&json(r#"" Thu Hà ""#)).as_deref(),
            Some("Thu Hà")
        );
        assert_eq!(
            record_author(&json(r#"[{"name": "Thu Hà"}, "Minh An", ""]"#)).as_deref(),
            Some("Thu Hà, Minh An")
        );
        assert_eq!(record_author(&json(r#"{"@type": "Person"}"#)), None);
        assert_eq!(record_views(&json("1205")), Some(1205));
        assert_eq!(record_views(&json(r#""1.205""#)), Some(1205));
        assert_eq!(record_views(&json(r#""nhiều""#)), None);
    }
}
