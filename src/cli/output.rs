//! Everything the CLI prints on stdout: human text and JSON.

use std::io::IsTerminal;

use anyhow::Result;
use serde::Serialize;
use vnsearch::clean::{Article, Extraction, Metadata};
use vnsearch::index::IndexReport;
use vnsearch::passages::AnnotatedPassage;
use vnsearch::search::listings::{PersonCount, RefCount};
use vnsearch::search::{ArticleInfo, Matching, SearchResults, SortOrder};
use vnsearch::speakers::Speaker;

use super::stdout_write;

/// Prints any value as one JSON object.
pub fn print_json<T: Serialize>(value: &T) -> Result<()> {
    let json = serde_json::to_string_pretty(value)?;
    stdout_write(|out| writeln!(out, "{json}"))
}

/// The indexing summary, on stderr (stdout stays free for results).
pub fn print_index_report(r: &IndexReport) -> Result<()> {
    eprintln!(
        "indexed {} articles ({} added, {} updated, {} removed, {} unchanged), {} passages, {} skipped, {} repaired, {:.2} MB in {:.2} s ({:.2} MB/s), {} commits",
        r.articles, r.added, r.updated, r.removed, r.unchanged, r.passages, r.skipped, r.repaired,
        r.bytes_read as f64 / 1e6, r.seconds, r.mb_per_s(), r.commits
    );
    Ok(())
}

/// Ranked passages for people.
pub fn print_results(results: &SearchResults) -> Result<()> {
    let color = std::io::stdout().is_terminal();
    let (bold, reset) = if color {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    let (open, close) = if color {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("**", "**")
    };
    // The query as read (NFC, invisible characters out), not escaped: an NFD query prints
    // as the letters it stands for.
    let query = vnsearch::text::normalize_text(&results.query);
    stdout_write(|out| {
        if results.hits.is_empty() {
            writeln!(out, "No passage matches \"{query}\".")?;
            return Ok(());
        }
        if let Some(read) = &results.searched_for {
            writeln!(out, "searched for: {read}")?;
        }
        if results.order == Some(SortOrder::Date) {
            writeln!(out, "newest first, as the query asked")?;
        }
        if let Some(period) = &results.published {
            let day = |d: &Option<String>| d.clone().unwrap_or_else(|| "…".to_string());
            writeln!(
                out,
                "published {} to {}, as the query asked",
                day(&period.since),
                day(&period.until)
            )?;
        }
        if results.asked_who {
            writeln!(out, "among the statements of every official who speaks")?;
        } else if let Some(official) = &results.statements_of {
            writeln!(out, "among the statements of: {official}")?;
        }
        if let Some(document) = &results.citing {
            writeln!(out, "among the passages that cite: {document}")?;
        }
        let rule = match results.matching {
            Matching::All => "",
            Matching::Partial => " (no passage has every word: showing those with the most)",
        };
        writeln!(
            out,
            "{} passages match \"{query}\"{rule} ({} ms)\n",
            results.total, results.took_ms
        )?;
        if let Some(f) = &results.facets {
            for (name, counts) in [
                ("years", &f.years),
                ("officials", &f.speakers),
                ("documents", &f.refs),
            ] {
                if counts.is_empty() {
                    continue;
                }
                let list: Vec<String> = counts
                    .iter()
                    .map(|c| format!("{} ({})", c.value, c.articles))
                    .collect();
                writeln!(out, "{name}: {}", list.join(", "))?;
            }
            writeln!(out)?;
        }
        for hit in &results.hits {
            let a = &hit.article;
            let title = a.title.clone().unwrap_or_else(|| "(untitled)".to_string());
            writeln!(out, "{}. {bold}{title}{reset}", hit.rank)?;
            let mut meta = Vec::new();
            if let Some(d) = &a.date {
                meta.push(d.clone());
            }
            if let Some(au) = &a.author {
                meta.push(au.clone());
            }
            meta.push(format!("{} (passage {})", a.source, hit.passage_index + 1));
            writeln!(out, "   {}", meta.join(" · "))?;
            if let Some(speaker) = &hit.speaker {
                writeln!(out, "   speaker: {}", speaker_label(speaker))?;
            }
            if !hit.refs.is_empty() {
                writeln!(out, "   cites: {}", hit.refs.join(", "))?;
            }
            let snippet = hit
                .snippet_parts
                .render(|s| s.replace('\n', " "), open, close);
            writeln!(out, "   {snippet}")?;
            if hit.more_in_article > 0 {
                writeln!(out, "   +{} more in this article", hit.more_in_article)?;
            }
            if !hit.copies.is_empty() {
                let copies: Vec<String> = hit.copies.iter().map(copy_label).collect();
                writeln!(out, "   also in: {}", copies.join("; "))?;
            }
            writeln!(out)?;
        }
        Ok(())
    })
}

/// Where a copy of a passage stands: its article's source, and its date when known.
fn copy_label(article: &ArticleInfo) -> String {
    match &article.date {
        Some(date) => format!("{} ({date})", article.source),
        None => article.source.clone(),
    }
}

/// References with their counts.
pub fn print_refs(refs: &[RefCount]) -> Result<()> {
    stdout_write(|out| {
        writeln!(
            out,
            "{:<28} {:>8} {:>8}",
            "reference", "articles", "passages"
        )?;
        for r in refs {
            writeln!(
                out,
                "{:<28} {:>8} {:>8}",
                r.reference, r.articles, r.passages
            )?;
        }
        Ok(())
    })
}

/// People with their statement counts.
pub fn print_people(people: &[PersonCount]) -> Result<()> {
    stdout_write(|out| {
        writeln!(
            out,
            "{:<26} {:<24} {:>10} {:>8}",
            "name", "title", "statements", "articles"
        )?;
        for p in people {
            writeln!(
                out,
                "{:<26} {:<24} {:>10} {:>8}",
                p.name, p.title, p.statements, p.articles
            )?;
        }
        Ok(())
    })
}

/// A passage as `clean --json` shows it.
#[derive(Serialize)]
pub struct CleanedPassage<'a> {
    index: usize,
    text: &'a str,
    refs: &'a [String],
    speakers: &'a [Speaker],
}

/// An article as `clean --json` shows it.
#[derive(Serialize)]
pub struct CleanedArticle<'a> {
    id: &'a str,
    source: &'a str,
    #[serde(flatten)]
    metadata: &'a Metadata,
    paragraphs: &'a [String],
    /// How the body was found (`scored`, `json-ld`, `paragraph-run`, ...).
    extraction: Extraction,
    passages: Vec<CleanedPassage<'a>>,
}

impl<'a> CleanedArticle<'a> {
    /// Borrows an article and its passages for printing.
    pub fn new(article: &'a Article, passages: &'a [AnnotatedPassage]) -> Self {
        CleanedArticle {
            id: &article.id,
            source: &article.source,
            metadata: &article.metadata,
            paragraphs: &article.paragraphs,
            extraction: article.extraction,
            passages: passages
                .iter()
                .map(|p| CleanedPassage {
                    index: p.passage.index,
                    text: &p.passage.text,
                    refs: &p.ref_labels,
                    speakers: &p.speakers,
                })
                .collect(),
        }
    }
}

/// A cleaned article for people.
pub fn print_article(article: &Article, passages: &[AnnotatedPassage]) -> Result<()> {
    let m = &article.metadata;
    stdout_write(|out| {
        let field = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_string());
        writeln!(out, "title:  {}", field(&m.title))?;
        writeln!(out, "date:   {}", field(&m.date))?;
        writeln!(out, "author: {}", field(&m.author))?;
        writeln!(
            out,
            "views:  {}",
            m.views
                .map(|v| v.to_string())
                .unwrap_or_else(|| "-".to_string())
        )?;
        writeln!(out, "source: {}\n", article.source)?;
        for p in passages {
            writeln!(out, "[{}] {}", p.passage.index + 1, p.passage.text)?;
            for s in &p.speakers {
                writeln!(out, "    speaker: {}", speaker_label(s))?;
            }
            if !p.ref_labels.is_empty() {
                writeln!(out, "    cites: {}", p.ref_labels.join(", "))?;
            }
            writeln!(out)?;
        }
        Ok(())
    })
}

/// A speaker as a line shows them: the name, and the title after a comma when one is known.
fn speaker_label(speaker: &Speaker) -> String {
    if speaker.title.is_empty() {
        speaker.name.clone()
    } else {
        format!("{}, {}", speaker.name, speaker.title)
    }
}
