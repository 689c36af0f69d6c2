//! The markup a page keeps for readers without scripts: `<noscript>`, where a page rendered
//! by scripts may carry its whole article while the markup shows a skeleton ("Đang tải...").
//!
//! Enters: a parsed page. Leaves: the markup inside its `<noscript>` elements, joined, when
//! any of it is markup with text (a tracking pixel or a "turn on JavaScript" line is not
//! an article, and the caller's length test leaves those out). Parsed with scripting on,
//! as browsers do, a `<noscript>` holds its content as raw text: this reads that text.

use std::sync::LazyLock;

use scraper::{Html, Selector};

static NOSCRIPT: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("body noscript").expect("static selector"));

/// The markup of the page's `<noscript>` elements, in order, or `None` when none holds any.
pub fn noscript_markup(doc: &Html) -> Option<String> {
    let mut markup = String::new();
    for element in doc.select(&NOSCRIPT) {
        for text in element.text() {
            if text.contains('<') {
                markup.push_str(text);
                markup.push('\n');
            }
        }
    }
    (!markup.is_empty()).then_some(markup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_markup_inside_noscript_is_read_as_markup() {
        let doc = Html::parse_document(
            "<html><body><div id=app>Đang tải...</div>\
             <noscript><article><p>Bài viết &amp; nội dung</p></article></noscript>\
             <noscript>Bật JavaScript</noscript></body></html>",
        );
        let markup = noscript_markup(&doc).expect("markup");
        assert!(markup.contains("<article><p>Bài viết &amp; nội dung</p></article>"));
        assert!(!markup.contains("Bật JavaScript"), "text without markup");
        let none = Html::parse_document("<html><body><p>Bài</p></body></html>");
        assert_eq!(noscript_markup(&none), None);
    }
}
