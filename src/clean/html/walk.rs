//! One walk over a parsed page: its text blocks in reading order and, for every element,
//! what its subtree holds (text, link text, commas) and what its markup hints.
//!
//! Enters: a parsed document. Leaves: [`Walk`], the raw material the extractor scores.
//! Script, style, form controls and embedded media contribute nothing.

use std::collections::HashMap;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::node::Element;
use scraper::{Html, Node};

use super::hints::{element_hints, is_hidden};
use crate::clean::assemble::preformatted_paragraphs;
use crate::text::normalize_string;

/// How many characters of `text` are not spaces.
fn non_space_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Elements whose content is never article text.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "iframe"
            | "button"
            | "select"
            | "option"
            | "input"
            | "textarea"
            | "head"
            | "canvas"
            | "object"
            | "embed"
            | "map"
            | "video"
            | "audio"
    )
}
/// Elements that end a line of text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "table"
            | "blockquote"
            | "figcaption"
            | "figure"
            | "pre"
            | "section"
            | "article"
            | "main"
            | "dd"
            | "dt"
            | "dl"
            | "br"
            | "hr"
            | "address"
            | "center"
            | "tbody"
            | "thead"
            | "caption"
            | "body"
            | "nav"
            | "footer"
            | "aside"
            | "form"
            | "header"
            | "menu"
            | "dialog"
            | "fieldset"
            | "details"
            | "summary"
    )
}
/// Table cells: a row of data cells is one line, its cells spaced apart; a layout cell
/// ([`is_layout_cell`]) is a column of lines of its own.
fn is_cell(name: &str) -> bool {
    matches!(name, "td" | "th")
}

/// A cell that lays out a page rather than holding a datum: it breaks lines inside (two
/// blocks or `<br>`s at least; a datum's cell may wrap its one line in a `<p>`), as the
/// menu, article and sidebar columns of table-built portals do. Its text is a column of
/// its own, never one line with the cells beside it.
fn is_layout_cell(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let breaks = node
        .descendants()
        .skip(1)
        .filter(|d| d.value().as_element().is_some_and(|e| is_block(e.name())));
    breaks.take(2).count() == 2
}
/// Void elements: they end a line but hold no text.
fn is_void(name: &str) -> bool {
    matches!(name, "br" | "hr" | "img" | "wbr")
}

/// One line of text on the page.
#[derive(Debug, Clone)]
pub struct Block {
    /// The text, whitespace collapsed.
    pub text: String,
    /// Characters of text (whitespace excluded).
    pub chars: usize,
    /// Characters of text inside links.
    pub link_chars: usize,
    /// The innermost line-breaking element holding the text.
    pub container: NodeId,
    /// The innermost element around the text that marks publication metadata (`<time>`, a
    /// byline, a date).
    pub metadata: Option<NodeId>,
    /// Inside the page's `<h1>`: the headline, which is metadata, not body.
    pub headline: bool,
}

impl Block {
    /// Share of the text that sits inside links.
    pub fn link_density(&self) -> f32 {
        self.link_chars.min(self.chars) as f32 / self.chars.max(1) as f32
    }
}

/// What one element's subtree holds, and its own hints.
#[derive(Debug, Clone, Copy, Default)]
pub struct ElementStats {
    /// Characters of text (whitespace excluded).
    pub chars: usize,
    /// Characters of text inside links.
    pub link_chars: usize,
    /// Tag, role and class/id weight (see [`super::hints`]).
    pub weight: i32,
    /// Names, role or sectioning tag say "furniture".
    pub furniture_hint: bool,
    /// Hidden from readers by an attribute or an inline style.
    pub hidden: bool,
    /// Words (with a letter) of its text outside links.
    pub words_outside_links: usize,
    /// Its text ends a sentence (`.`, `!`, `?`, `…`, `;`).
    pub ends_sentence: bool,
    /// A link in it leads into words in lowercase, as a sentence goes on ("<a>Quyết định
    /// 1872/QĐ-BTP</a> về công bố thủ tục"), not into a date or a source.
    pub link_leads_on: bool,
}

impl ElementStats {
    /// Share of the text that sits inside links.
    pub fn link_density(&self) -> f32 {
        self.link_chars.min(self.chars) as f32 / self.chars.max(1) as f32
    }
}

/// Blocks in reading order and per-element statistics.
#[derive(Debug, Default)]
pub struct Walk {
    /// Text blocks in reading order.
    pub blocks: Vec<Block>,
    /// Statistics of every element that was not skipped.
    pub elements: HashMap<NodeId, ElementStats>,
}

#[derive(Default)]
struct Walker {
    walk: Walk,
    text: String,
    link_chars: usize,
    skip_depth: usize,
    link_depth: usize,
    /// The last character of text read, whitespace aside.
    last_char: Option<char>,
    /// A link closed and no text read since.
    after_link: bool,
    /// Open metadata elements.
    metadata: Vec<NodeId>,
    headline_depth: usize,
    /// Open elements with the statistics gathered so far.
    open: Vec<(NodeId, ElementStats)>,
    /// Open line-breaking elements.
    lines: Vec<NodeId>,
    /// Open data cells ([`is_layout_cell`] says no): what they hold is one line of the row.
    data_cells: Vec<NodeId>,
    /// Open `<pre>` elements: their text keeps its line breaks.
    pre_depth: usize,
}

impl Walker {
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        if self.pre_depth > 0 {
            // Preformatted text (a press release pasted as typed) keeps its paragraphs.
            let link_share = self.link_chars as f32 / non_space_chars(&text).max(1) as f32;
            for paragraph in preformatted_paragraphs(&text) {
                let chars = non_space_chars(&paragraph);
                self.push_block(&paragraph, chars, (chars as f32 * link_share) as usize);
            }
        } else {
            self.push_block(&text, non_space_chars(&text), self.link_chars);
        }
        self.text = text;
        self.text.clear();
        self.link_chars = 0;
    }

    /// A block of `text` (`chars` characters besides spaces, `link_chars` of them in links)
    /// on the open line, when it holds any.
    fn push_block(&mut self, text: &str, chars: usize, link_chars: usize) {
        let Some(&container) = self.lines.last().filter(|_| chars > 0) else {
            return;
        };
        // Character references decode after the page was normalized: one may stand for a
        // combining mark ("ca&#769;ch") or a special space.
        let text = normalize_string(text.split_whitespace().collect::<Vec<_>>().join(" "));
        self.walk.blocks.push(Block {
            text,
            chars,
            link_chars: link_chars.min(chars),
            container,
            metadata: self.metadata.last().copied(),
            headline: self.headline_depth > 0,
        });
    }

    fn open(&mut self, id: NodeId, el: &Element, layout_cell: bool) {
        let name = el.name();
        if self.skip_depth > 0 || is_skipped(name) {
            self.skip_depth += 1;
            return;
        }
        // Inside a data cell a `<p>` or a `<br>` wraps the datum: no line ends there.
        let in_data_cell = !self.data_cells.is_empty();
        if is_void(name) {
            // A line break; an image leaves a gap (its alt text is scrapers' junk).
            if name == "img" || in_data_cell {
                self.text.push(' ');
            } else {
                self.flush();
            }
            return;
        }
        if is_cell(name) && !layout_cell {
            self.text.push(' ');
            self.data_cells.push(id);
        }
        let hints = element_hints(el);
        let stats = ElementStats {
            weight: hints.weight,
            furniture_hint: hints.furniture,
            hidden: is_hidden(el),
            ..ElementStats::default()
        };
        // Block elements end a line; so do metadata (pages set a date, a byline, a view
        // count side by side with no space between) and furniture, to be judged alone.
        let metadata = hints.metadata;
        let breaks = is_block(name) && !in_data_cell;
        if breaks || layout_cell || metadata || hints.furniture {
            self.flush();
            self.lines.push(id);
        } else if is_block(name) {
            self.text.push(' ');
        }
        if metadata {
            self.metadata.push(id);
        }
        self.headline_depth += usize::from(name == "h1");
        self.pre_depth += usize::from(name == "pre");
        self.open.push((id, stats));
        if name == "a" {
            self.link_depth += 1;
        }
    }

    fn close(&mut self, id: NodeId, el: &Element) {
        let name = el.name();
        if self.skip_depth > 0 {
            self.skip_depth -= 1;
            return;
        }
        if is_void(name) {
            return;
        }
        if self.lines.last() == Some(&id) {
            self.flush();
            self.lines.pop();
        }
        if is_cell(name) || is_block(name) {
            self.text.push(' ');
        }
        if self.data_cells.last() == Some(&id) {
            self.data_cells.pop();
        }
        if name == "a" {
            self.link_depth = self.link_depth.saturating_sub(1);
            self.after_link = self.link_depth == 0;
        }
        if self.metadata.last() == Some(&id) {
            self.metadata.pop();
        }
        if name == "h1" {
            self.headline_depth = self.headline_depth.saturating_sub(1);
        }
        if name == "pre" {
            self.pre_depth = self.pre_depth.saturating_sub(1);
        }
        if let Some((closed, mut stats)) = self.open.pop() {
            stats.ends_sentence = matches!(self.last_char, Some('.' | '!' | '?' | '…' | ';'));
            if let Some((_, parent)) = self.open.last_mut() {
                parent.chars += stats.chars;
                parent.link_chars += stats.link_chars;
                parent.words_outside_links += stats.words_outside_links;
                parent.link_leads_on |= stats.link_leads_on;
            }
            self.walk.elements.insert(closed, stats);
        }
    }

    fn text(&mut self, t: &str) {
        if self.skip_depth > 0 {
            return;
        }
        let chars = t.chars().filter(|c| !c.is_whitespace()).count();
        let links = if self.link_depth > 0 { chars } else { 0 };
        self.link_chars += links;
        if let Some((_, stats)) = self.open.last_mut() {
            stats.chars += chars;
            stats.link_chars += links;
            if links == 0 {
                stats.words_outside_links += t
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .count();
                if self.after_link {
                    stats.link_leads_on |= t.trim_start().starts_with(char::is_lowercase);
                }
            }
        }
        if chars > 0 {
            self.after_link = false;
        }
        if let Some(last) = t.trim_end().chars().next_back() {
            self.last_char = Some(last);
        }
        // Two elements set side by side with no space ("<span>Hà Nội</span>Người dân", a
        // place stamp before the lead; a linked headline and its summary): a letter, then a
        // capital opening a word in lowercase ("NộiNgười", "NẴNGNgười") or after a lowercase
        // letter, across the tags is two words, never one syllable.
        let mut next = t.chars();
        let glued = match (self.text.chars().next_back(), next.next(), next.next()) {
            (Some(before), Some(first), second)
                if before.is_alphabetic() && first.is_uppercase() =>
            {
                before.is_lowercase() || second.is_some_and(char::is_lowercase)
            }
            _ => false,
        };
        if glued {
            self.text.push(' ');
        }
        self.text.push_str(t);
    }
}

/// Walks the whole parsed document (or fragment).
pub fn walk(doc: &Html) -> Walk {
    let mut walker = Walker::default();
    let start = doc.tree.root();
    // Text outside every line-breaking element (a fragment's top level) still needs a home.
    walker.lines.push(start.id());
    for edge in start.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let layout_cell = is_cell(el.name()) && is_layout_cell(node);
                    walker.open(node.id(), el, layout_cell)
                }
                Node::Text(t) => walker.text(t),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    walker.close(node.id(), el);
                }
            }
        }
    }
    walker.flush();
    walker.walk
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The statistics of the page's first `<p>`.
    fn paragraph_stats(html: &str) -> ElementStats {
        let doc = Html::parse_document(html);
        let walk = walk(&doc);
        let p = doc
            .select(&scraper::Selector::parse("p").expect("selector"))
            .next()
            .expect("a paragraph");
        walk.elements[&p.id()]
    }

    #[test]
    fn words_beside_links_and_the_sentence_end_are_counted() {
        let s = paragraph_stats(
            "<p>Tỉnh thực hiện theo <a>Nghị định số 107/2021/NĐ-CP</a> và <a>Nghị định 61</a>.</p>",
        );
        assert_eq!(s.words_outside_links, 5);
        assert!(s.ends_sentence);
        assert!(s.link_density() > 0.5);
        let s = paragraph_stats("<p><a>Tin mới</a> (28/04/2024) | <a>Tin khác</a></p>");
        assert_eq!(
            s.words_outside_links, 0,
            "dates and separators are no words"
        );
        assert!(!s.ends_sentence);
        assert!(!s.link_leads_on);
        let s = paragraph_stats("<p><a>Quyết định 2145/QĐ-UBND</a> về danh mục vị trí</p>");
        assert!(s.link_leads_on, "the link leads into words in lowercase");
        let s = paragraph_stats("<p><a>Tin mới</a> - Báo Nhân Dân</p>");
        assert!(!s.link_leads_on, "a source after the link");
    }
}
