//! Which part of the page is the article: paragraphs vote for their ancestors, hints weigh,
//! link density discounts, and the best-scored element (with the siblings that read like
//! it) is the article. Inside it, a subtree is dropped only on evidence from its own
//! content: hidden, link lists, or a furniture hint on a minor part of the text.
//!
//! The scoring follows the published description of Mozilla Readability's candidate
//! selection (paragraph score from commas and length, shared with ancestors by level,
//! scaled by link density; parent promotion; sibling merge), written anew for scraper's tree.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::{Html, Node};

use super::hints::FURNITURE_HINT;
use super::teasers::{teaser_items, TEASER_ITEM_LEVELS};
use super::walk::{Block, ElementStats, Walk};

/// Blocks shorter than this (in characters) cast no vote.
const MIN_VOTING_CHARS: usize = 25;
/// Blocks whose link share exceeds this cast no vote: they are menus and teaser lists.
const MAX_VOTING_LINK_DENSITY: f32 = 0.5;
/// How many ancestors above a block's container share its vote.
const VOTE_LEVELS: usize = 5;
/// Alternative candidates scoring this close to the best may pull it up to their common
/// ancestor (an article split by ad slots into several wrappers).
const ALTERNATIVE_RATIO: f32 = 0.75;
/// Alternatives that must share an ancestor for it to become the article.
const ALTERNATIVES_NEEDED: usize = 3;
/// Levels above the best candidate within which one alternative suffices.
const NEAR_ALTERNATIVE_LEVELS: usize = 3;
/// ...and the best one's twins within this many.
const TWIN_LEVELS: usize = 6;
/// A sibling joins the article when it scores this share of the best score...
const SIBLING_RATIO: f32 = 0.2;
/// ...and at least this much.
const SIBLING_MIN_SCORE: f32 = 10.0;
/// An element holding this share of the page's text is a layout wrapper, whatever its name.
const WRAPPER_SHARE: f32 = 0.5;
/// Paragraph siblings longer than this (characters) with little link text join as well.
const SIBLING_PROSE_CHARS: usize = 80;
/// A subtree holding at least this share of the article's text is never dropped by a hint.
const PROTECTED_SHARE: f32 = 0.5;
/// Above this link share, a subtree is a link list (menu, teasers, tags).
const LINK_LIST_DENSITY: f32 = 0.5;
/// ...unless this many characters beside its links are prose: a sentence or more...
const PROSE_BESIDE_LINKS_CHARS: usize = 60;
/// ...or this many words beside its links (with a letter: no dates, no counts) in text that
/// ends a sentence, or that a link leads into: links inside a sentence ("thực hiện theo
/// <a>Luật</a>, <a>Nghị định</a> và <a>Thông tư</a>.", "<a>Quyết định 1872/QĐ-BTP</a> về
/// công bố thủ tục hành chính").
const SENTENCE_BESIDE_LINKS_WORDS: usize = 5;
/// Above this link share, a subtree with any negative hint is furniture.
const HINTED_LINK_DENSITY: f32 = 0.33;

fn commas(text: &str) -> usize {
    text.chars()
        .filter(|c| matches!(c, ',' | '，' | '、' | '،'))
        .count()
}

/// The vote of one block: 1, plus its commas, plus one per 100 characters (up to 3).
fn block_vote(block: &Block) -> Option<f32> {
    if block.chars < MIN_VOTING_CHARS || block.link_density() > MAX_VOTING_LINK_DENSITY {
        return None;
    }
    Some(1.0 + commas(&block.text) as f32 + (block.chars as f32 / 100.0).min(3.0))
}

fn level_share(level: usize) -> f32 {
    match level {
        0 | 1 => 1.0,
        2 => 0.5,
        n => 1.0 / (n as f32 * 3.0),
    }
}

pub(super) fn is_element(doc: &Html, id: NodeId, name: &str) -> bool {
    doc.tree
        .get(id)
        .and_then(|n| n.value().as_element().map(|e| e.name() == name))
        .unwrap_or(false)
}

fn ancestors(doc: &Html, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    doc.tree
        .get(id)
        .into_iter()
        .flat_map(|n| n.ancestors())
        .filter(|n| matches!(n.value(), Node::Element(_)))
        .map(|n| n.id())
}

pub(super) fn self_and_ancestors(doc: &Html, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    std::iter::once(id).chain(ancestors(doc, id))
}

/// Whether two elements have the same tag and a same, non-empty class.
pub(super) fn same_markup(doc: &Html, a: NodeId, b: NodeId) -> bool {
    let element = |id| doc.tree.get(id).and_then(|n| n.value().as_element());
    match (element(a), element(b)) {
        (Some(a), Some(b)) => {
            a.name() == b.name()
                && a.attr("class").is_some_and(|c| !c.trim().is_empty())
                && a.attr("class") == b.attr("class")
        }
        _ => false,
    }
}

/// The article's root elements, in reading order.
#[derive(Debug)]
pub struct Selection {
    /// The best-scored element and the siblings that joined it.
    pub roots: Vec<NodeId>,
    /// The page's teaser items ([`super::teasers`]): furniture wherever they stand.
    pub teasers: HashSet<NodeId>,
}

/// The furniture hints of an element's ancestors that hold a minor part of the page. A
/// hint on a layout wrapper (`<body class="modal-open">`, `<div class="mb-ad wrapper">`)
/// says nothing about the article inside and weighs nothing; a hint on a comment thread
/// weighs on the comments' own paragraphs only.
fn inherited_hints(doc: &Html, walk: &Walk, id: NodeId, page_chars: usize) -> i32 {
    ancestors(doc, id)
        .filter_map(|a| walk.elements.get(&a))
        .filter(|s| s.furniture_hint && (s.chars as f32) < WRAPPER_SHARE * page_chars as f32)
        .map(|_| FURNITURE_HINT)
        .sum()
}

/// Levels above a block's line where the teaser item holding it is looked for: a card's
/// lines sit up to [`TEASER_ITEM_LEVELS`] below it, and a summary's line may be wrapped
/// twice more.
const TEASER_BLOCK_LEVELS: usize = TEASER_ITEM_LEVELS + 2;

/// Scores every element that holds voting blocks; the text of teaser items does not vote.
fn scores(doc: &Html, walk: &Walk, teasers: &HashSet<NodeId>) -> HashMap<NodeId, f32> {
    let mut scores: HashMap<NodeId, f32> = HashMap::new();
    let page_chars: usize = walk.blocks.iter().map(|b| b.chars).sum();
    for block in &walk.blocks {
        let Some(vote) = block_vote(block) else {
            continue;
        };
        let in_teaser = self_and_ancestors(doc, block.container)
            .take(TEASER_BLOCK_LEVELS)
            .any(|id| teasers.contains(&id));
        if in_teaser {
            continue;
        }
        for (level, id) in self_and_ancestors(doc, block.container)
            .take(VOTE_LEVELS + 1)
            .enumerate()
        {
            if is_element(doc, id, "html") {
                break;
            }
            let weight = walk.elements.get(&id).map_or(0, |s| s.weight) as f32;
            *scores.entry(id).or_insert(weight) += vote * level_share(level);
        }
    }
    for (id, score) in scores.iter_mut() {
        let density = walk
            .elements
            .get(id)
            .map_or(0.0, ElementStats::link_density);
        let inherited = inherited_hints(doc, walk, *id, page_chars) as f32;
        *score = (*score + inherited) * (1.0 - density);
    }
    scores
}

/// Levels above the headline's line within which the element holding it and its article
/// is looked for.
const HEADLINE_LEVELS: usize = 2;
/// The headline's column holds at least this many voting paragraphs besides the headline:
/// a lead alone under the headline is the article's header, not a column of its own.
const HEADLINE_COLUMN_PARAGRAPHS: usize = 2;
/// The headline's column stands for the article when it holds this much more of the
/// title's words (as a share of them) than the best candidate beside it.
const TITLE_WORDS_MARGIN: f32 = 0.25;

/// The block that names the article, and the distinct words (folded syllables) of its title.
pub struct Headline {
    /// Index of the block in the walk.
    pub block: usize,
    /// The title's words.
    pub words: HashSet<String>,
}

/// The words of a folded key ([`crate::text::search_key`]).
pub fn key_words(key: &str) -> impl Iterator<Item = &str> {
    key.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The nearest scored element holding the headline's block, within [`HEADLINE_LEVELS`].
fn headline_holder(
    doc: &Html,
    walk: &Walk,
    scores: &HashMap<NodeId, f32>,
    headline: &Headline,
) -> Option<NodeId> {
    let block = walk.blocks.get(headline.block)?;
    ancestors(doc, block.container)
        .take(HEADLINE_LEVELS)
        .take_while(|&id| !is_element(doc, id, "body") && !is_element(doc, id, "html"))
        .find(|id| scores.contains_key(id))
}

/// Whether `outer` is `inner` or holds it.
pub(super) fn holds(doc: &Html, outer: NodeId, inner: NodeId) -> bool {
    self_and_ancestors(doc, inner).any(|a| a == outer)
}

/// The share of the title's words that the voting paragraphs under `node` (the headline's
/// own block aside) hold, and how many such paragraphs there are.
fn title_coverage(doc: &Html, walk: &Walk, node: NodeId, headline: &Headline) -> (f32, usize) {
    let mut found: HashSet<&str> = HashSet::new();
    let mut paragraphs = 0;
    for (i, block) in walk.blocks.iter().enumerate() {
        if i == headline.block || block_vote(block).is_none() || !holds(doc, node, block.container)
        {
            continue;
        }
        paragraphs += 1;
        let key = crate::text::search_key(&block.text);
        for word in key_words(&key) {
            if let Some(w) = headline.words.get(word) {
                found.insert(w.as_str());
            }
        }
    }
    let share = found.len() as f32 / headline.words.len().max(1) as f32;
    (share, paragraphs)
}

/// The element holding the headline (its column) when `top`, the best candidate on the
/// page, stands apart from it (neither holds the other) and the column is about the title
/// where `top` is not: the article follows its headline and speaks of what it names, so a
/// column of prose beside it (a province's introduction, a welcome message) with more words
/// and commas is not the article.
fn under_the_headline(
    doc: &Html,
    walk: &Walk,
    scores: &HashMap<NodeId, f32>,
    top: NodeId,
    headline: &Headline,
) -> Option<(NodeId, f32)> {
    let holder = headline_holder(doc, walk, scores, headline)?;
    if holds(doc, top, holder) || holds(doc, holder, top) {
        return None;
    }
    let (column, paragraphs) = title_coverage(doc, walk, holder, headline);
    let (beside, _) = title_coverage(doc, walk, top, headline);
    (paragraphs >= HEADLINE_COLUMN_PARAGRAPHS && column >= beside + TITLE_WORDS_MARGIN)
        .then(|| (holder, scores.get(&holder).copied().unwrap_or(0.0)))
}

/// Picks the article's roots, or `None` when no block votes. `headline` is the block that
/// names the article (its title), when one does.
pub fn select(doc: &Html, walk: &Walk, headline: Option<&Headline>) -> Option<Selection> {
    let teasers = teaser_items(doc, walk);
    let scores = scores(doc, walk, &teasers);
    let (mut top, mut top_score) = scores
        .iter()
        .map(|(id, s)| (*id, *s))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
    // The best candidate beside the headline's column, when the column stands for the
    // article instead: neither it nor what holds it joins the article.
    let mut rival = None;
    if let Some(headline) = headline {
        if let Some(anchored) = under_the_headline(doc, walk, &scores, top, headline) {
            rival = Some(top);
            (top, top_score) = anchored;
        }
    }
    // A paragraph is a part of the article, never the article: one that scores best (a
    // lead or summary paragraph its class names lift) stands for the element holding it.
    if is_element(doc, top, "p") {
        if let Some(parent) = ancestors(doc, top).next() {
            if !is_element(doc, parent, "body") && !is_element(doc, parent, "html") {
                top = parent;
                top_score = top_score.max(scores.get(&parent).copied().unwrap_or(0.0));
            }
        }
    }
    // Near-best candidates elsewhere under one ancestor (an article cut into sections by
    // ad slots or pull quotes): the article is that ancestor.
    let top_ancestors: Vec<NodeId> = ancestors(doc, top).collect();
    // Each alternative's ancestors, and whether it is the best one's twin.
    let alt_ancestors: Vec<(Vec<NodeId>, bool)> = scores
        .iter()
        .filter(|_| rival.is_none())
        .filter(|(id, _)| **id != top && !top_ancestors.contains(id))
        .filter_map(|(id, s)| {
            let near_best = *s >= top_score * ALTERNATIVE_RATIO;
            // A wrapper just like the best one (the article's next chunk) need not score as
            // high: it is the same structure holding more of the same text.
            let twin = *s >= (top_score * SIBLING_RATIO).max(SIBLING_MIN_SCORE)
                && same_markup(doc, *id, top);
            (near_best || twin).then(|| (ancestors(doc, *id).collect::<Vec<_>>(), twin))
        })
        .filter(|(a, _)| !a.contains(&top))
        .collect();
    if !alt_ancestors.is_empty() {
        for (level, ancestor) in top_ancestors.iter().enumerate() {
            if is_element(doc, *ancestor, "body") || is_element(doc, *ancestor, "html") {
                break;
            }
            let holding: Vec<bool> = alt_ancestors
                .iter()
                .filter(|(a, _)| a.contains(ancestor))
                .map(|(_, twin)| *twin)
                .collect();
            // Few alternatives must be near; many may be further apart, and so may the best
            // one's twins (its markup repeated: chunks of one article in wrappers of their own).
            let near = !holding.is_empty() && level < NEAR_ALTERNATIVE_LEVELS;
            let twins_apart = holding.iter().any(|&t| t) && level < TWIN_LEVELS;
            if holding.len() >= ALTERNATIVES_NEEDED || near || twins_apart {
                top = *ancestor;
                top_score = scores.get(ancestor).copied().unwrap_or(top_score);
                break;
            }
        }
    }
    // A parent that scores higher than the best child is the article (Readability's climb).
    let threshold = top_score / 3.0;
    let mut last = top_score;
    for parent in ancestors(doc, top) {
        let holds_rival = rival.is_some_and(|r| holds(doc, parent, r));
        if is_element(doc, parent, "body") || is_element(doc, parent, "html") || holds_rival {
            break;
        }
        let Some(&score) = scores.get(&parent) else {
            continue;
        };
        if score < threshold {
            break;
        }
        if score > last {
            top = parent;
            top_score = score;
            break;
        }
        last = score;
    }
    let mut roots = with_siblings(doc, walk, &scores, (top, top_score), headline);
    if let Some(rival) = rival {
        roots.retain(|&root| !holds(doc, root, rival));
    }
    Some(Selection { roots, teasers })
}

/// `top` and the siblings that read like article text or hold its headline, in reading
/// order.
fn with_siblings(
    doc: &Html,
    walk: &Walk,
    scores: &HashMap<NodeId, f32>,
    (top, top_score): (NodeId, f32),
    headline: Option<&Headline>,
) -> Vec<NodeId> {
    // The article's header (its headline, with a lead or a byline under it) just before it.
    let headline_line = headline
        .and_then(|h| walk.blocks.get(h.block))
        .map(|b| b.container);
    let Some(parent) = doc.tree.get(top).and_then(|n| n.parent()) else {
        return vec![top];
    };
    if matches!(parent.value(), Node::Document) {
        return vec![top];
    }
    let needed = (top_score * SIBLING_RATIO).max(SIBLING_MIN_SCORE);
    // The element just before `top`: where the article's header stands.
    let just_before = doc
        .tree
        .get(top)
        .and_then(|n| {
            n.prev_siblings()
                .find(|s| matches!(s.value(), Node::Element(_)))
        })
        .map(|n| n.id());
    parent
        .children()
        .filter(|c| matches!(c.value(), Node::Element(_)))
        .map(|c| c.id())
        .filter(|&id| {
            if id == top {
                return true;
            }
            let Some(stats) = walk.elements.get(&id) else {
                return false;
            };
            if stats.hidden || stats.furniture_hint {
                return false;
            }
            if Some(id) == just_before && headline_line.is_some_and(|line| holds(doc, id, line)) {
                return true;
            }
            if scores.get(&id).is_some_and(|s| *s >= needed) {
                return true;
            }
            is_element(doc, id, "p")
                && stats.weight >= 0
                && stats.chars >= SIBLING_PROSE_CHARS
                && stats.link_density() < 0.25
        })
        .collect()
}

/// Decides which subtrees under the article's roots are furniture.
pub struct Pruner<'a> {
    doc: &'a Html,
    walk: &'a Walk,
    roots: &'a [NodeId],
    teasers: &'a HashSet<NodeId>,
    article_chars: usize,
    memo: HashMap<NodeId, bool>,
}

impl<'a> Pruner<'a> {
    /// A pruner for the article `selection`.
    pub fn new(doc: &'a Html, walk: &'a Walk, selection: &'a Selection) -> Self {
        let roots = &selection.roots;
        let article_chars = roots
            .iter()
            .filter_map(|r| walk.elements.get(r))
            .map(|s| s.chars)
            .sum::<usize>()
            .max(1);
        Pruner {
            doc,
            walk,
            roots,
            teasers: &selection.teasers,
            article_chars,
            memo: HashMap::new(),
        }
    }

    /// Whether the element's own content says it is not article text.
    fn is_furniture(&self, id: NodeId, stats: &ElementStats) -> bool {
        if self.teasers.contains(&id) {
            return (stats.chars as f32) < PROTECTED_SHARE * self.article_chars as f32;
        }
        if stats.hidden {
            return stats.chars * 2 < self.article_chars;
        }
        if stats.chars == 0 {
            return false;
        }
        let share = stats.chars as f32 / self.article_chars as f32;
        if share >= PROTECTED_SHARE {
            return false;
        }
        let density = stats.link_density();
        // Linked lead-ins to sentences of their own (a digest's items: "<a>Headline</a>.
        // What happened, in a sentence.") and sentences citing linked documents are text; a
        // list of links with dates or separators between is not.
        let prose_beside_links = stats.chars.saturating_sub(stats.link_chars)
            >= PROSE_BESIDE_LINKS_CHARS
            || ((stats.ends_sentence || stats.link_leads_on)
                && stats.words_outside_links >= SENTENCE_BESIDE_LINKS_WORDS);
        stats.furniture_hint
            || (!prose_beside_links
                && (density > LINK_LIST_DENSITY
                    || (stats.weight < 0 && density > HINTED_LINK_DENSITY)))
    }

    /// Whether `block` is article text: under a root, with no furniture between.
    pub fn keeps(&mut self, block: &Block) -> bool {
        let mut id = Some(block.container);
        let mut path = Vec::new();
        let mut kept = false;
        while let Some(current) = id {
            if self.roots.contains(&current) {
                kept = true;
                break;
            }
            if let Some(&known) = self.memo.get(&current) {
                kept = known;
                break;
            }
            path.push(current);
            let furniture = self
                .walk
                .elements
                .get(&current)
                .is_some_and(|s| self.is_furniture(current, s));
            if furniture {
                kept = false;
                break;
            }
            id = self
                .doc
                .tree
                .get(current)
                .and_then(|n| n.parent())
                .map(|n| n.id());
        }
        for p in path {
            self.memo.insert(p, kept);
        }
        kept
    }
}
