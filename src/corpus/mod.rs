//! The corpus: which inputs an indexing run reads, streamed one at a time.
//!
//! Enters: a path (a directory walked recursively, or one file). Leaves: [`RawInput`]s, one
//! per article (a file, or a line of a `.jsonl` file), or [`Rejection`]s naming the file (and
//! line) and why it cannot be read. Files over the size limit are refused before reading;
//! `.jsonl` files are read line by line, never whole. Any of them may be gzipped, as crawls
//! are stored (`page.html.gz`, `crawl.jsonl.gz`): read through the decompressor, bounded by
//! the same limit on what it gives.

pub mod embedded;
mod jsonl;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::clean::{Markup, Metadata, Reason};

/// Extensions vnsearch reads, each also gzipped (`.html.gz`).
pub const EXTENSIONS: &[&str] = &["txt", "html", "htm", "jsonl"];

/// The extension of a gzipped file.
const GZIP_EXTENSION: &str = "gz";

/// Whether `path` names a gzipped file (`.gz`).
fn is_gzipped(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| x.eq_ignore_ascii_case(GZIP_EXTENSION))
}

/// The extension that says what `path` holds, lowercase: its own, or, gzipped, the one
/// before `.gz` (`html` for `page.html.gz`).
fn content_extension(path: &Path) -> Option<String> {
    let named = if is_gzipped(path) {
        Path::new(path.file_stem()?)
    } else {
        path
    };
    named
        .extension()
        .and_then(|x| x.to_str())
        .map(str::to_ascii_lowercase)
}

/// About how many bytes reading `file` gives, for a progress bar: its size, or for a
/// gzipped file the size its trailer records for its last member (modulo 4 GiB, as gzip
/// keeps it), when larger.
pub fn content_size(file: &Path) -> u64 {
    use std::io::{Seek, SeekFrom};
    let size = std::fs::metadata(file).map_or(0, |m| m.len());
    if !is_gzipped(file) || size < 4 {
        return size;
    }
    let mut trailer = [0u8; 4];
    let recorded = File::open(file).and_then(|mut f| {
        f.seek(SeekFrom::End(-4))?;
        f.read_exact(&mut trailer)
    });
    match recorded {
        Ok(()) => size.max(u64::from(u32::from_le_bytes(trailer))),
        Err(_) => size,
    }
}

/// `file` opened for what it holds: through the decompressor when it is gzipped.
fn open_content(file: &Path) -> std::io::Result<Box<dyn Read + Send>> {
    let handle = File::open(file)?;
    Ok(if is_gzipped(file) {
        Box::new(flate2::read::MultiGzDecoder::new(handle))
    } else {
        Box::new(handle)
    })
}

/// The bytes of `file`, decompressed when it is gzipped, at most `max_bytes` of them; an
/// error names the problem (a gzipped file that decompresses to more says so).
pub fn read_bytes(file: &Path, max_bytes: u64) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(file)
        .map_err(|e| format!("cannot open: {e}"))?
        .len();
    if size > max_bytes {
        return Err(format!(
            "file is {:.1} MB, over the {} MB limit (--max-file-mb)",
            size as f64 / 1e6,
            max_bytes / 1_000_000
        ));
    }
    let gzipped = is_gzipped(file);
    let content = open_content(file).map_err(|e| format!("cannot open: {e}"))?;
    let mut bytes = Vec::with_capacity(size as usize);
    content
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| match gzipped {
            true => format!("cannot read gzip data: {e}"),
            false => format!("cannot read: {e}"),
        })?;
    if gzipped && bytes.len() as u64 > max_bytes {
        return Err(format!(
            "decompresses to over the {} MB limit (--max-file-mb)",
            max_bytes / 1_000_000
        ));
    }
    Ok(bytes)
}

/// One article's raw input.
#[derive(Debug, Clone)]
pub struct RawInput {
    /// Stable identity: the `.jsonl` id when present, else the source path.
    pub id: String,
    /// Path, or `path#line` for `.jsonl` records.
    pub source: String,
    /// The original URL, when known.
    pub url: Option<String>,
    /// The content bytes (HTML or text), or the raw line of a `.jsonl` record.
    pub bytes: Vec<u8>,
    /// What the bytes are.
    pub content: Content,
    /// Metadata given alongside the content (`.jsonl` title, date).
    pub metadata: Metadata,
}

/// What the bytes of a [`RawInput`] hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// A page, marked up as given.
    Page(Markup),
    /// A `.jsonl` line not parsed yet (parsing runs on the worker threads).
    JsonlRecord,
}

impl RawInput {
    /// Parses a `.jsonl` record into its page; a page is returned as it is.
    pub fn resolve(self) -> Result<RawInput, Rejection> {
        match self.content {
            Content::Page(_) => Ok(self),
            Content::JsonlRecord => jsonl::parse_record(&self.source, &self.bytes),
        }
    }

    /// The markup of a resolved input.
    pub fn markup(&self) -> Markup {
        match self.content {
            Content::Page(m) => m,
            Content::JsonlRecord => Markup::Sniff,
        }
    }
}

/// An input that is not an article, and why: the one rejection type, from the walk over
/// the corpus to the cleaner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The file, or `path#line`.
    pub source: String,
    /// Why it was rejected.
    pub reason: Reason,
}

/// Lists the readable files under `root` in a stable order. Unreadable directory entries
/// and symlink loops become [`Rejection`]s.
pub fn list_files(root: &Path) -> Result<(Vec<PathBuf>, Vec<Rejection>), crate::Error> {
    let meta = std::fs::metadata(root).map_err(|e| crate::Error::io(root, e))?;
    if meta.is_file() {
        return Ok((vec![root.to_path_buf()], Vec::new()));
    }
    let mut files = Vec::new();
    let mut skips = Vec::new();
    for entry in walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
    {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let ext = content_extension(e.path());
                if ext.is_some_and(|x| EXTENSIONS.contains(&x.as_str())) {
                    files.push(e.into_path());
                }
            }
            Ok(_) => {}
            Err(e) => skips.push(Rejection {
                source: e
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| root.display().to_string()),
                reason: Reason::Unreadable(if e.loop_ancestor().is_some() {
                    "symlink loop".to_string()
                } else {
                    e.io_error()
                        .map(|io| io.to_string())
                        .unwrap_or_else(|| e.to_string())
                }),
            }),
        }
    }
    Ok((files, skips))
}

/// How the file at `path` is read: as HTML when named so (gzipped or not), else sniffed.
pub fn markup_of(path: &Path) -> Markup {
    match content_extension(path).as_deref() {
        Some("html" | "htm") => Markup::Html,
        _ => Markup::Sniff,
    }
}

/// Reads every input of `path`, calling `each` with an article or a skip, in order.
/// Memory stays bounded by one file (`max_file_bytes`) or one `.jsonl` line.
pub fn read_inputs(
    files: &[PathBuf],
    max_file_bytes: u64,
) -> impl Iterator<Item = Result<RawInput, Rejection>> + Send + '_ {
    files
        .iter()
        .flat_map(move |file| read_file(file, max_file_bytes))
}

fn skip(source: &Path, reason: impl Into<String>) -> Result<RawInput, Rejection> {
    Err(Rejection {
        source: source.display().to_string(),
        reason: Reason::Unreadable(reason.into()),
    })
}

/// Reads one file into its inputs (one, or one per `.jsonl` line).
pub fn read_file(
    file: &Path,
    max_file_bytes: u64,
) -> Box<dyn Iterator<Item = Result<RawInput, Rejection>> + Send + '_> {
    let is_jsonl = content_extension(file).as_deref() == Some("jsonl");
    if is_jsonl {
        return match open_content(file) {
            Ok(content) => Box::new(jsonl::records(
                file,
                BufReader::new(content),
                max_file_bytes,
            )),
            Err(e) => Box::new(std::iter::once(skip(file, format!("cannot open: {e}")))),
        };
    }
    let bytes = match read_bytes(file, max_file_bytes) {
        Ok(bytes) => bytes,
        Err(reason) => return Box::new(std::iter::once(skip(file, reason))),
    };
    let source = file.display().to_string();
    Box::new(std::iter::once(Ok(RawInput {
        id: source.clone(),
        source,
        url: None,
        bytes,
        content: Content::Page(markup_of(file)),
        metadata: Metadata::default(),
    })))
}

/// Reads lines lazily (used by `.jsonl`), bounding each line's length.
pub(crate) fn bounded_lines<R: BufRead>(
    reader: R,
    max_line_bytes: u64,
) -> impl Iterator<Item = std::io::Result<Option<Vec<u8>>>> {
    let mut reader = reader;
    std::iter::from_fn(move || {
        let mut line = Vec::new();
        let mut limited = (&mut reader).take(max_line_bytes + 1);
        match limited.read_until(b'\n', &mut line) {
            Ok(0) => None,
            Ok(_) if line.len() as u64 > max_line_bytes && !line.ends_with(b"\n") => {
                // Too long: drain the rest of the line and report it as oversized.
                let mut sink = Vec::new();
                let _ = reader.read_until(b'\n', &mut sink);
                Some(Ok(None))
            }
            Ok(_) => Some(Ok(Some(line))),
            Err(e) => Some(Err(e)),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_gzipped_file_is_named_by_its_content_and_sized_by_its_trailer() {
        let dir = tempfile::tempdir().unwrap();
        let text = "cải cách hành chính\n".repeat(1000);
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(text.as_bytes()).unwrap();
        let path = dir.path().join("trang.Html.GZ");
        std::fs::write(&path, encoder.finish().unwrap()).unwrap();
        assert_eq!(content_extension(&path).as_deref(), Some("html"));
        assert_eq!(markup_of(&path), Markup::Html);
        assert_eq!(content_size(&path), text.len() as u64);
        assert_eq!(read_bytes(&path, 1 << 20).unwrap(), text.as_bytes());
        assert!(read_bytes(&path, 100).unwrap_err().contains("limit"));
        let plain = dir.path().join("tin.txt");
        std::fs::write(&plain, "tin").unwrap();
        assert_eq!(content_size(&plain), 3);
        assert_eq!(content_extension(&plain).as_deref(), Some("txt"));
    }
}
