//! Teaser cards: the items of "most read", "related" and category lists, each a linked
//! headline on a line of its own and a short summary. Their summaries read like article
//! paragraphs; known by structure alone, they neither vote for the article
//! ([`super::candidate`]) nor stay in it.

use std::collections::HashSet;

use ego_tree::NodeId;
use scraper::Html;

use super::candidate::{is_element, same_markup, self_and_ancestors};
use super::walk::Walk;

/// Fewest words of a linked headline ([`teaser_items`]).
const TEASER_HEADLINE_MIN_WORDS: usize = 4;
/// A linked headline is a block at least this much link text.
const TEASER_HEADLINE_LINK_DENSITY: f32 = 0.9;
/// Most characters of a teaser's summary (beyond its headline): an element holding more is
/// a section of an article, not a card.
const TEASER_SUMMARY_MAX_CHARS: usize = 400;
/// Levels above a linked headline's line where its teaser item is looked for.
pub(super) const TEASER_ITEM_LEVELS: usize = 3;
/// Items of one list (same tag and class, or list items) that make a teaser list.
const TEASER_LIST_ITEMS: usize = 3;

/// Fewest child elements of a card known by its shape alone ([`same_shape`]).
const SHAPE_MIN_CHILDREN: usize = 2;

/// The tags of the child elements of `node`, in order.
fn child_tags<'a>(node: ego_tree::NodeRef<'a, scraper::Node>) -> Vec<&'a str> {
    node.children()
        .filter_map(|c| c.value().as_element().map(|e| e.name()))
        .collect()
}

/// The elements where a card holding the line `container` may be: the line's own element
/// and [`TEASER_ITEM_LEVELS`] levels above it, below the page's body.
fn card_levels(doc: &Html, container: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    self_and_ancestors(doc, container)
        .take(TEASER_ITEM_LEVELS + 1)
        .take_while(|&id| !is_element(doc, id, "body") && !is_element(doc, id, "html"))
}

/// Whether elements `a` and `b` have one shape: the same tag and class (or none) and the
/// same child elements in order, at least [`SHAPE_MIN_CHILDREN`] of them: cards built by one
/// template where the markup names nothing (`<div><a><img></a><div><a>...</a></div>
/// <div>...</div></div>`).
fn same_shape(doc: &Html, a: NodeId, b: NodeId) -> bool {
    let shape = |id| {
        let node = doc.tree.get(id)?;
        let element = node.value().as_element()?;
        Some((element.name(), element.attr("class"), child_tags(node)))
    };
    match (shape(a), shape(b)) {
        (Some(a), Some(b)) => a.2.len() >= SHAPE_MIN_CHILDREN && a == b,
        _ => false,
    }
}

/// Whether the element `id` is one of at least [`TEASER_LIST_ITEMS`] siblings alike: the
/// same tag and class, the same shape ([`same_shape`]), or list items.
fn in_list_of_alike(doc: &Html, id: NodeId) -> bool {
    let Some(node) = doc.tree.get(id) else {
        return false;
    };
    let is_li = is_element(doc, id, "li");
    let alike = node
        .parent()
        .into_iter()
        .flat_map(|p| p.children())
        .filter(|c| {
            c.id() == id
                || (is_li && is_element(doc, c.id(), "li"))
                || same_markup(doc, c.id(), id)
                || same_shape(doc, c.id(), id)
        })
        .take(TEASER_LIST_ITEMS)
        .count();
    alike >= TEASER_LIST_ITEMS
}

/// Teaser items: the cards of "most read", "related" and category lists, each a linked
/// headline on a line of its own followed by a summary. Known by structure alone: an
/// element among siblings alike ([`in_list_of_alike`]) holding a block that is (nearly) all
/// link text of several words, and a short text beyond it. Their summaries read like article
/// paragraphs and would otherwise vote (a list of them outvotes a short article); an
/// article's own list items put a link inside a sentence, not on a line of its own.
pub(super) fn teaser_items(doc: &Html, walk: &Walk) -> HashSet<NodeId> {
    let mut items = HashSet::new();
    for block in &walk.blocks {
        let headline = block.link_density() >= TEASER_HEADLINE_LINK_DENSITY
            && block.text.split_whitespace().count() >= TEASER_HEADLINE_MIN_WORDS;
        if !headline {
            continue;
        }
        let item = card_levels(doc, block.container).find(|&id| {
            walk.elements.get(&id).is_some_and(|s| {
                s.chars > s.link_chars + block.chars / 2
                    && s.chars <= block.chars + TEASER_SUMMARY_MAX_CHARS
            }) && in_list_of_alike(doc, id)
        });
        items.extend(item);
    }
    items.extend(excerpt_cards(doc, walk));
    items
}

/// Most characters a card holds beyond its excerpt, links aside (a date, a label).
const EXCERPT_CARD_SLACK_CHARS: usize = 120;

/// Whether `text` is cut short: it ends with an ellipsis ("…", "...", "[…]").
fn cut_short(text: &str) -> bool {
    let text = text.trim_end().trim_end_matches([']', ')']).trim_end();
    text.ends_with('…') || text.ends_with("...")
}

/// Excerpt cards: a list of other articles that shows each as a picture or links and the
/// opening of its text cut short ("… traçando um plano paralelo para …"), with no linked
/// headline. Known by structure: at least [`TEASER_LIST_ITEMS`] siblings of one tag and the
/// same child elements in order (their classes may name each post apart), each an element
/// of [`SHAPE_MIN_CHILDREN`] children or more, not a paragraph, whose text beyond its links
/// is one excerpt ending with an ellipsis. An article's own paragraphs that trail off are
/// paragraphs, not elements holding a picture or links beside them.
fn excerpt_cards(doc: &Html, walk: &Walk) -> HashSet<NodeId> {
    // The cards found, by their parent and their shape: tag and child elements' tags.
    let mut lists: std::collections::HashMap<(NodeId, String), HashSet<NodeId>> =
        Default::default();
    for block in walk.blocks.iter().filter(|b| cut_short(&b.text)) {
        let card = card_levels(doc, block.container).find_map(|id| {
            let node = doc.tree.get(id)?;
            let element = node.value().as_element()?;
            let children = child_tags(node);
            let excerpt_only = walk.elements.get(&id).is_some_and(|s| {
                s.chars.saturating_sub(s.link_chars) <= block.chars + EXCERPT_CARD_SLACK_CHARS
            });
            (children.len() >= SHAPE_MIN_CHILDREN && element.name() != "p" && excerpt_only)
                .then(|| {
                    let shape = format!("{} {}", element.name(), children.join(" "));
                    Some(((node.parent()?.id(), shape), id))
                })
                .flatten()
        });
        if let Some((list, card)) = card {
            lists.entry(list).or_default().insert(card);
        }
    }
    lists
        .into_values()
        .filter(|cards| cards.len() >= TEASER_LIST_ITEMS)
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::html::walk::walk;

    fn teasers(html: &str) -> usize {
        let doc = Html::parse_document(html);
        teaser_items(&doc, &walk(&doc)).len()
    }

    #[test]
    fn cards_are_teasers_and_sentences_with_links_are_not() {
        let card = |n: u32| {
            format!("<li><h4><a href=\"/{n}\">Tỉnh số {n} đẩy mạnh cải cách thủ tục</a></h4><p>Tóm tắt của bài số {n} về kết quả giải quyết hồ sơ trong năm.</p></li>")
        };
        let cards: String = (1..=3).map(card).collect();
        assert_eq!(teasers(&format!("<ul>{cards}</ul>")), 3);
        assert_eq!(
            teasers(&format!("<ul>{}{}</ul>", card(1), card(2))),
            0,
            "two make no list"
        );
        let sentences =
            "<ul><li>Nghị định <a href=\"/a\">45/2020/NĐ-CP</a> về thủ tục điện tử;</li>\
            <li>Quyết định <a href=\"/b\">06/QĐ-TTg</a> về dữ liệu dân cư;</li>\
            <li>Kế hoạch <a href=\"/c\">125/KH-UBND</a> về chuyển đổi số.</li></ul>";
        assert_eq!(teasers(sentences), 0);
    }

    #[test]
    fn cards_of_an_excerpt_cut_short_are_teasers_paragraphs_trailing_off_are_not() {
        let excerpt = "Tỉnh vừa ban hành kế hoạch kiểm tra công vụ năm 2024, tập trung vào kỷ luật, kỷ cương hành chính tại bộ phận một cửa và việc giải quyết hồ sơ của người dân, theo đó các sở, ngành phải báo cáo kết quả trước ngày…";
        let card = |n: u32| {
            format!(
                r#"<article class="post"><img src="{n}.jpg"><div><a href="/s{n}">Chia sẻ</a></div><p>{excerpt}</p></article>"#
            )
        };
        let cards: String = (1..=3).map(card).collect();
        assert_eq!(teasers(&format!("<div>{cards}</div>")), 3);
        assert_eq!(
            teasers(&format!("<div>{}{}</div>", card(1), card(2))),
            0,
            "two make no list"
        );
        // An article's paragraphs, some trailing off in a quotation.
        let paragraphs = "<div><p>Ông nói: “Chúng tôi sẽ cố gắng hơn nữa…”</p>            <p>Bà cho biết: “Người dân vẫn phải chờ…”</p>            <p>Anh kể: “Lần nào đến cũng phải đi lại…”</p></div>";
        assert_eq!(teasers(paragraphs), 0);
    }

    #[test]
    fn cards_of_one_shape_are_teasers_where_the_markup_names_nothing() {
        let card = |n: u32, summary: &str| {
            format!("<div><a href=\"/{n}\"><img src=\"{n}.jpg\"></a><div><a href=\"/{n}\">Tin địa phương số {n}: chuyển biến mới</a></div><div>{summary}</div></div>")
        };
        let summary =
            "Tỉnh vừa ban hành kế hoạch kiểm tra công vụ, tập trung vào kỷ luật hành chính.";
        let cards: String = (1..=3).map(|n| card(n, summary)).collect();
        assert_eq!(teasers(&format!("<div>{cards}</div>")), 3);
        // Paragraphs of one shape hold no linked headline of their own.
        let paragraphs = "<div><div><b>Ngày 9/1</b>, <i>UBND tỉnh</i> công bố kết quả.</div>\
            <div><b>Năm 2025</b>, <i>tỉnh</i> đặt mục tiêu mới.</div>\
            <div><b>Theo</b> <i>báo cáo</i>, tỷ lệ đạt 90%.</div></div>";
        assert_eq!(teasers(paragraphs), 0);
    }
}
