//! Markup nested deeper than any page is, flattened before parsing. The HTML tree builder
//! looks through the stack of open elements for each tag it meets (the standard's "has an
//! element in scope"), so a page of a hundred thousand unclosed `<div>`s costs time that
//! grows with the square of its depth: twenty seconds for 1.2 MB, hours for the largest file
//! a crawl may hold. Such a page is read with only the tags that shape text kept
//! ([`KEPT_TAGS`]), every other tag a line break.

use std::borrow::Cow;

/// Deepest nesting of elements read as it is: real pages stay far below (a few dozen
/// levels), and at this depth the tree builder's look-ups stay cheap.
pub const MAX_NESTING: usize = 1_000;

/// Elements that hold no content: they open no level.
const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements the parser closes by itself when the next one opens ("<p>a<p>b", "<li>"): left
/// unclosed, they open no level either.
const SELF_CLOSING_TAGS: &[&str] = &[
    "p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody", "tfoot",
];

/// Tags a flattened page keeps: those that shape the text into paragraphs and headings, the
/// metadata, and those whose content is not text (a script's code stays out of the article).
const KEPT_TAGS: &[&str] = &[
    "html", "head", "body", "title", "meta", "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "script", "style", "noscript", "template",
];

/// One tag of the markup: where it ends, its name as written, whether it closes an element
/// and whether it closes itself (`<br/>`).
struct Tag<'a> {
    end: usize,
    name: &'a str,
    closing: bool,
    self_closed: bool,
}

impl Tag<'_> {
    /// Whether the tag is one of `names` (lowercase), whatever its case.
    fn is_one_of(&self, names: &[&str]) -> bool {
        names.iter().any(|n| n.eq_ignore_ascii_case(self.name))
    }
}

/// The tag opening at `at` (a `<`), or `None` for a `<` that opens none (text, a comment, a
/// declaration: these are skipped whole by the caller).
fn tag_at(html: &str, at: usize) -> Option<Tag<'_>> {
    let bytes = html.as_bytes();
    let closing = bytes.get(at + 1) == Some(&b'/');
    let name_start = at + 1 + usize::from(closing);
    let name_len = bytes[name_start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let end = name_start + name_len + html[name_start + name_len..].find('>')? + 1;
    Some(Tag {
        end,
        name: &html[name_start..name_start + name_len],
        closing,
        self_closed: bytes[end - 2] == b'/',
    })
}

/// Where the markup at `at` (a `<`) that is no tag ends: past a comment's `-->` or a
/// declaration's `>`; `at + 1` for a `<` in text.
fn skip_non_tag(html: &str, at: usize) -> usize {
    let rest = &html[at..];
    if rest.starts_with("<!--") {
        return rest.find("-->").map_or(html.len(), |e| at + e + 3);
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        return rest.find('>').map_or(html.len(), |e| at + e + 1);
    }
    at + 1
}

/// Where the content of a raw-text element (`script`, `style`) opened before `from` ends:
/// at its closing tag.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(found) = html[at..].find("</") {
        let start = at + found;
        let after = &html.as_bytes()[start + 2..];
        if after.len() >= name.len() && after[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return start;
        }
        at = start + 2;
    }
    html.len()
}

/// Visits the tags of `html` in order, raw text (scripts, styles) and comments skipped;
/// `visit` gets each tag's start and the tag, and says whether to go on.
fn each_tag(html: &str, mut visit: impl FnMut(usize, &Tag) -> bool) {
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        let start = at + found;
        let Some(tag) = tag_at(html, start) else {
            at = skip_non_tag(html, start);
            continue;
        };
        if !visit(start, &tag) {
            return;
        }
        at = if !tag.closing && tag.is_one_of(&["script", "style"]) {
            raw_text_end(html, tag.end, tag.name)
        } else {
            tag.end
        };
    }
}

/// Whether `html` nests its elements deeper than [`MAX_NESTING`] at some point, counting
/// the elements that open a level (not void, not closed by the next of their kind).
fn too_deep(html: &str) -> bool {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    each_tag(html, |_, tag| {
        if tag.self_closed || tag.is_one_of(VOID_TAGS) || tag.is_one_of(SELF_CLOSING_TAGS) {
            return true;
        }
        if tag.closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
        deepest <= MAX_NESTING
    });
    deepest > MAX_NESTING
}

/// `html` as it is, or, nested deeper than [`MAX_NESTING`], with only its [`KEPT_TAGS`]:
/// every other tag a line break, so the text of two blocks does not run together.
pub fn flattened_when_too_deep(html: &str) -> Cow<'_, str> {
    if !too_deep(html) {
        return Cow::Borrowed(html);
    }
    let mut flat = String::with_capacity(html.len() / 2);
    let mut from = 0;
    each_tag(html, |start, tag| {
        flat.push_str(&html[from..start]);
        if tag.is_one_of(KEPT_TAGS) {
            flat.push_str(&html[start..tag.end]);
        } else {
            flat.push('\n');
        }
        from = tag.end;
        true
    });
    flat.push_str(&html[from..]);
    Cow::Owned(flat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_nested_deeper_than_any_is_read_with_the_tags_that_shape_its_text() {
        let deep = format!(
            "<html><head><title>T</title><script>if (a<b) x = '<div>';</script></head><body>{}<h1>Tiêu đề</h1><p>Đoạn một.</p><p>Đoạn hai.{}</body></html>",
            "<div class=\"x\"><span>".repeat(MAX_NESTING),
            "</span></div>".repeat(MAX_NESTING)
        );
        let flat = flattened_when_too_deep(&deep);
        // The one "<div" left is the script's text.
        assert_eq!(flat.matches("<div").count(), 1, "{flat}");
        assert!(!flat.contains("<span"), "{flat}");
        for kept in [
            "<title>T</title>",
            "<script>if (a<b) x = '<div>';</script>",
            "<h1>Tiêu đề</h1><p>Đoạn một.</p><p>Đoạn hai.",
        ] {
            assert!(flat.contains(kept), "{kept}: {flat}");
        }
    }

    #[test]
    fn ordinary_pages_and_unclosed_paragraphs_are_read_as_they_are() {
        let unclosed: String = "<p>Đoạn văn <br> <img src=x> ".repeat(5 * MAX_NESTING);
        let nested = format!(
            "<html><body>{}<!-- <div><div> -->{}{}</body></html>",
            "<div>".repeat(MAX_NESTING - 2),
            unclosed,
            "</div>".repeat(MAX_NESTING - 2)
        );
        for html in [
            nested.as_str(),
            "<html><body><div><p>a</p></div></body></html>",
            "a < b",
        ] {
            assert!(matches!(flattened_when_too_deep(html), Cow::Borrowed(_)));
        }
    }
}
