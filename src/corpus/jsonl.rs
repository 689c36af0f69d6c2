//! `.jsonl` corpora: one article per line, `{"id", "url"?, "title"?, "date"?, "html"? | "text"?}`.
//!
//! Lines are read here and parsed on the worker threads ([`parse_record`]). A broken line is
//! reported with its line number and the good lines are still read.

use std::io::BufRead;
use std::path::Path;

use serde::Deserialize;

use super::{bounded_lines, Content, RawInput, Rejection};
use crate::clean::{decode, line_rules::parse_date, Markup, Metadata, Reason};

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
    author: Option<String>,
    html: Option<String>,
    text: Option<String>,
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
    let (bytes, markup) = match (record.html, record.text) {
        (Some(h), _) => (h.into_bytes(), Markup::Html),
        (None, Some(t)) => (t.into_bytes(), Markup::Text),
        (None, None) => return Err(fail("record has neither \"html\" nor \"text\"".into())),
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
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
    let author = clean_field(record.author);
    Ok(RawInput {
        id,
        source: source.to_string(),
        url: record.url,
        bytes,
        content: Content::Page(markup),
        metadata: Metadata {
            title,
            date: record.date.as_deref().and_then(parse_date),
            author,
            views: None,
            title_derived: false,
        },
    })
}
