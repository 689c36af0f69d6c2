//! HTML pages to text blocks, the readings of where the article is, and metadata, with
//! scraper.
//!
//! Enters: a decoded HTML page from any portal, possibly broken or deeply nested. Leaves: a
//! [`Page`]: every text block in reading order, the ways to read the article from them, best
//! first, and the metadata the page declares. Nothing is decided by a single word: tags,
//! roles and class/id names are weights ([`hints`]); paragraphs vote for the element that
//! holds the article ([`candidate`]); a subtree is dropped only on evidence from its own
//! content. When the best reading is weak, the fallbacks (the largest run of paragraphs,
//! the densest block, the page's text) are there for the caller to take.

mod candidate;
mod class_vocabulary;
mod data_island;
mod hints;
mod metadata;
mod nesting;
mod noscript;
mod teasers;
mod walk;

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::Html;

pub use walk::Block;

use super::assemble::headline_like;
use super::line_rules::{classify, LineKind};
use super::{Extraction, Metadata};

/// A page whose best reading holds this many characters (before cleaning) or more is no
/// skeleton: its scripts' data are not searched for an article. Ten times what the cleaner
/// takes for a skeleton ([`crate::clean`]'s `SKELETON_MAX_CHARS`): cleaning never removes so much.
const ISLAND_SEARCH_MAX_CHARS: usize = 5000;
/// Blocks with at least this many characters count as paragraphs in a run.
const PARAGRAPH_CHARS: usize = 25;
/// Blocks with more link text than this are never article text on their own.
const MAX_LINK_DENSITY: f32 = 0.5;
/// Short blocks (a subheading, a caption) a run of paragraphs may hold in a row.
const RUN_GAP: usize = 2;
/// How many blocks above the article a headline is looked for.
const HEADLINE_DISTANCE: usize = 3;
/// A headline has at least this many words...
const HEADLINE_MIN_WORDS: usize = 3;
/// ...and at most this many.
const HEADLINE_MAX_WORDS: usize = 35;
/// A metadata element (a dateline, a byline) holds at most this many characters; a larger
/// one so named is a wrapper (`status-publish` on a WordPress post).
const METADATA_MAX_CHARS: usize = 160;

/// Whether a block may be body text at all: the headline and publication metadata are
/// fields of the article, not its text.
fn may_be_body(walk: &walk::Walk, block: &Block) -> bool {
    let metadata = block
        .metadata
        .and_then(|id| walk.elements.get(&id))
        .is_some_and(|s| s.chars <= METADATA_MAX_CHARS);
    !block.headline && !metadata
}

/// The first block that names the article's `title` (the markup's headline, or the
/// `<title>` without its site name): the same words, or a heading of at least
/// [`HEADLINE_MIN_WORDS`] words that the title holds or that holds the title.
fn headline_block(blocks: &[Block], title: &str) -> Option<candidate::Headline> {
    let title = crate::text::search_key(title);
    let words: HashSet<String> = candidate::key_words(&title).map(str::to_string).collect();
    if words.len() < HEADLINE_MIN_WORDS {
        return None;
    }
    let block = blocks.iter().position(|b| {
        b.link_density() <= MAX_LINK_DENSITY && b.text.len() <= 2 * title.len().max(1) && {
            let key = crate::text::search_key(&b.text);
            key == title
                || (candidate::key_words(&key).count() >= HEADLINE_MIN_WORDS
                    && (title.contains(&key) || key.contains(&title)))
        }
    })?;
    Some(candidate::Headline { block, words })
}

/// A parsed page.
pub struct Page {
    /// Every text block, in reading order.
    pub blocks: Vec<Block>,
    /// Per block: whether it sits in page furniture (for metadata lines such as datelines).
    pub furniture: Vec<bool>,
    /// Ways to read the article, best first: the method and its blocks' indices.
    pub readings: Vec<(Extraction, Vec<usize>)>,
    /// Title, date, author as the page declares them.
    pub metadata: Metadata,
    /// A headline-like block just above the article, for pages that mark up no title.
    pub nearby_headline: Option<String>,
    /// The last heading element before the best reading's first sentence, above it or
    /// opening it (`heading_over_reading`): the article's headline for a page whose markup
    /// gives none, taken before the article's lines are read for one.
    pub heading: Option<String>,
    /// The body the page declares apart from its markup, when it does: the JSON-LD
    /// `articleBody`, the prose of a script's data island, or the article its `<noscript>`
    /// markup holds.
    pub article_body: Option<DeclaredBody>,
    /// The `<title>` without its site-name part: often only the site's name on old portals,
    /// so it serves when nothing better names the article.
    pub page_title: Option<String>,
    /// The scored reading opens right under the headline (at most the dateline and byline
    /// between) with a sentence: a short article, not a weak guess, when it is short.
    pub scored_under_headline: bool,
    /// The line right below the scored reading, where a credit may stand ([`line_below`]).
    pub line_below: Option<String>,
}

/// How many elements above a line below the article the article's last line is looked
/// for: a table-built portal sets its credit in the next row of the article's table
/// (`<tr><td align=right><b>Thanh Tâm</b>`), a template in a box after the text's.
const BELOW_LEVELS: usize = 4;
/// A line below the article that may credit it has at most this many words.
const BELOW_MAX_WORDS: usize = 6;
/// A link of a headline's length has at least this many words: two such below a line make
/// the line a box's header ("Góc Nhìn Chuyên Gia" over teasers), not a credit.
const TEASER_LINK_MIN_WORDS: usize = 5;

/// The line right after the reading `kept`, when it may be the article's credit set
/// outside the text's element: no link in it, a content line of a few words, neither a
/// heading (a box's "Most Popular", "Related Topics") nor in furniture nor over teasers'
/// links, and near the reading's last line in the markup (within [`BELOW_LEVELS`]
/// elements above it, an ancestor holds that line). Whether it names someone is for the
/// caller to read.
fn line_below(doc: &Html, walk: &walk::Walk, furniture: &[bool], kept: &[usize]) -> Option<String> {
    let blocks = &walk.blocks;
    let &last = kept.last()?;
    let below = blocks.get(last + 1)?;
    // A cell's heading is a line of its row: the row holds the line, the heading its text.
    let heading = doc.tree.get(below.container).is_some_and(|line| {
        line.descendants().any(|d| {
            d.value().as_element().is_some_and(|e| {
                matches!(e.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
                    && walk.elements.get(&d.id()).map(|s| s.chars) == Some(below.chars)
            })
        })
    });
    let teasers_below = blocks[last + 2..]
        .iter()
        .take(2)
        .filter(|b| {
            b.link_density() > MAX_LINK_DENSITY
                && b.text.split_whitespace().count() >= TEASER_LINK_MIN_WORDS
        })
        .count()
        == 2;
    if heading || teasers_below || furniture[last + 1] {
        return None;
    }
    let near = || {
        candidate::self_and_ancestors(doc, below.container)
            .take(BELOW_LEVELS + 1)
            .any(|a| candidate::holds(doc, a, blocks[last].container))
    };
    (below.link_chars == 0
        && !below.headline
        && below.text.split_whitespace().count() <= BELOW_MAX_WORDS
        && classify(&below.text) == LineKind::Content
        && near())
    .then(|| below.text.clone())
}

/// A sentence has at least this many words: a paragraph so long under the headline is
/// article text, not a caption or a label.
const SENTENCE_MIN_WORDS: usize = 12;

/// Whether the reading `kept` opens within [`HEADLINE_DISTANCE`] blocks under the
/// `headline` block with a paragraph of a sentence or more.
fn opens_under_headline(
    blocks: &[Block],
    headline: Option<&candidate::Headline>,
    kept: &[usize],
) -> bool {
    let (Some(h), Some(&first)) = (headline, kept.first()) else {
        return false;
    };
    (h.block + 1..=h.block + 1 + HEADLINE_DISTANCE).contains(&first)
        && kept.iter().any(|&i| {
            blocks[i].link_density() <= MAX_LINK_DENSITY
                && blocks[i].text.split_whitespace().count() >= SENTENCE_MIN_WORDS
        })
}

/// Whether each block sits under an element that is furniture by its hints (and is not an
/// ancestor of the article).
fn furniture_flags(doc: &Html, walk: &walk::Walk, protected: &HashSet<NodeId>) -> Vec<bool> {
    let mut memo: HashMap<NodeId, bool> = HashMap::new();
    walk.blocks
        .iter()
        .map(|block| {
            let mut path = Vec::new();
            let mut node = doc.tree.get(block.container);
            let mut furniture = false;
            while let Some(n) = node {
                if let Some(&known) = memo.get(&n.id()) {
                    furniture = known;
                    break;
                }
                path.push(n.id());
                let hinted = walk.elements.get(&n.id()).is_some_and(|s| {
                    (s.furniture_hint || s.hidden) && !protected.contains(&n.id())
                });
                if hinted {
                    furniture = true;
                    break;
                }
                node = n.parent();
            }
            for id in path {
                memo.insert(id, furniture);
            }
            furniture
        })
        .collect()
}

fn is_paragraph(block: &Block, furniture: bool) -> bool {
    !furniture && block.chars >= PARAGRAPH_CHARS && block.link_density() <= MAX_LINK_DENSITY
}

/// The run of paragraphs (with short gaps) holding the most paragraph text.
fn largest_paragraph_run(blocks: &[Block], furniture: &[bool]) -> Vec<usize> {
    let mut best: (usize, usize, usize) = (0, 0, 0); // (chars, start, end exclusive)
    let mut start = None;
    let mut chars = 0;
    let mut gap = 0;
    for (i, b) in blocks.iter().enumerate() {
        if is_paragraph(b, furniture[i]) {
            let s = *start.get_or_insert(i);
            chars += b.chars;
            gap = 0;
            if chars > best.0 {
                best = (chars, s, i + 1);
            }
        } else if start.is_some() && !furniture[i] && b.link_density() <= MAX_LINK_DENSITY {
            gap += 1;
            if gap > RUN_GAP {
                start = None;
                chars = 0;
                gap = 0;
            }
        } else {
            start = None;
            chars = 0;
            gap = 0;
        }
    }
    (best.1..best.2).collect()
}

/// An article body a page declares apart from its markup.
#[derive(Debug, Clone)]
pub struct DeclaredBody {
    /// The body's lines (its text blocks, when it was declared in HTML).
    pub lines: Vec<String>,
    /// Where it was declared: [`Extraction::JsonLd`], [`Extraction::DataIsland`] or
    /// [`Extraction::Noscript`].
    pub extraction: Extraction,
    /// What the declaration gives about the article beside the body (a data island's
    /// fields; the JSON-LD's are the page's declared metadata already).
    pub metadata: Metadata,
}

/// Parses `html` into blocks, readings and declared metadata.
pub fn parse_page(html: &str) -> Page {
    parse(html, true)
}

/// The article a page's `<noscript>` markup holds ([`noscript`]), read as a page of its own
/// (its best reading's blocks, as paragraphs).
fn noscript_article(doc: &Html) -> Option<DeclaredBody> {
    let inner = parse(&noscript::noscript_markup(doc)?, false);
    let (_, blocks) = inner.readings.first()?;
    let lines = blocks
        .iter()
        .map(|&i| inner.blocks[i].text.clone())
        .collect();
    let mut metadata = inner.metadata;
    metadata.title = metadata.title.or(inner.nearby_headline);
    Some(DeclaredBody {
        lines,
        extraction: Extraction::Noscript,
        metadata,
    })
}

/// How many blocks above the article a heading element (`<h1>`–`<h3>`) is looked for: a
/// document's list of attributes may stand between it and the text.
const HEADING_DISTANCE: usize = 2 * HEADLINE_DISTANCE;

/// The headline of an article whose first block is `first`, for a page that marks up none:
/// the nearest heading element above it within [`HEADING_DISTANCE`] blocks, else the nearest
/// headline-like line within [`HEADLINE_DISTANCE`] ("Người ký: Vũ Chiến Thắng" in a list of
/// attributes is no headline where a heading stands above the list).
fn nearby_headline<'a>(doc: &Html, blocks: &'a [Block], first: usize) -> Option<&'a Block> {
    heading_above(doc, blocks, first).or_else(|| {
        blocks[first.saturating_sub(HEADLINE_DISTANCE)..first]
            .iter()
            .rev()
            .find(|b| may_be_headline(b))
    })
}

/// Whether `block` may be a headline: little link text, no metadata, a content line of
/// headline length and shape.
fn may_be_headline(block: &Block) -> bool {
    block.link_density() <= MAX_LINK_DENSITY
        && block.metadata.is_none()
        && classify(&block.text) == LineKind::Content
        && block.text.split_whitespace().count() >= HEADLINE_MIN_WORDS
        && headline_like(&block.text, HEADLINE_MAX_WORDS)
}

/// Whether `block` stands in a heading element (`<h1>`–`<h3>`).
fn in_heading(doc: &Html, block: &Block) -> bool {
    doc.tree
        .get(block.container)
        .and_then(|n| n.value().as_element().map(|e| e.name()))
        .is_some_and(|name| matches!(name, "h1" | "h2" | "h3"))
}

/// The nearest heading element within [`HEADING_DISTANCE`] blocks above the article's first
/// block `first` that may be a headline ([`may_be_headline`]).
fn heading_above<'a>(doc: &Html, blocks: &'a [Block], first: usize) -> Option<&'a Block> {
    blocks[first.saturating_sub(HEADING_DISTANCE)..first]
        .iter()
        .rev()
        .find(|b| in_heading(doc, b) && may_be_headline(b))
}

/// The article's headline by its markup, for a page whose markup gives no title: the last
/// heading element ([`in_heading`], [`may_be_headline`]) before the first sentence of the
/// reading `kept`, among its opening blocks or within [`HEADING_DISTANCE`] blocks above it (a
/// section's name in a heading comes before the article's). Taken before the article's
/// lines are read for a headline, it wins over a line that only looks like one ("Người hỏi:
/// Nguyễn Thị Lan - xã Tân Yên" above the date a question was sent).
fn heading_over_reading(doc: &Html, blocks: &[Block], kept: &[usize]) -> Option<String> {
    let first = *kept.first()?;
    kept.iter()
        .take(HEADLINE_DISTANCE + 1)
        .map(|&i| &blocks[i])
        .take_while(|b| {
            b.text.split_whitespace().count() < SENTENCE_MIN_WORDS || in_heading(doc, b)
        })
        .filter(|b| in_heading(doc, b) && may_be_headline(b))
        .last()
        .or_else(|| heading_above(doc, blocks, first))
        .map(|b| b.text.clone())
}

/// [`parse_page`]; the markup inside `<noscript>` is read only when `read_noscript`.
fn parse(html: &str, read_noscript: bool) -> Page {
    let html = nesting::flattened_when_too_deep(html);
    let html = html.as_ref();
    let doc = Html::parse_document(html);
    let walk = walk::walk(&doc);
    let raw_title = metadata::raw_page_title(&doc);
    // The `<title>` without its site-name part.
    let page_title = raw_title.as_deref().and_then(metadata::clean_title);
    let site_names = metadata::SiteNames::of(&doc, raw_title.as_deref(), page_title.as_deref());
    let declared = metadata::declared(&doc, &walk, &site_names);

    let mut readings = Vec::new();
    let mut protected = HashSet::new();
    let title = declared.metadata.title.as_ref().or(page_title.as_ref());
    let headline = title.and_then(|t| headline_block(&walk.blocks, t));
    if let Some(selection) = candidate::select(&doc, &walk, headline.as_ref()) {
        for root in &selection.roots {
            if let Some(node) = doc.tree.get(*root) {
                protected.insert(*root);
                protected.extend(node.ancestors().map(|a| a.id()));
            }
        }
        let mut pruner = candidate::Pruner::new(&doc, &walk, &selection);
        let kept: Vec<usize> = (0..walk.blocks.len())
            .filter(|&i| pruner.keeps(&walk.blocks[i]))
            .collect();
        readings.push((Extraction::Scored, kept));
    }
    let mut furniture = furniture_flags(&doc, &walk, &protected);
    let line_below = match readings.first() {
        Some((Extraction::Scored, kept)) => line_below(&doc, &walk, &furniture, kept),
        _ => None,
    };
    // What the scored reading keeps is the article, whatever its wrappers are called.
    if let Some((Extraction::Scored, kept)) = readings.first() {
        for &i in kept {
            furniture[i] = false;
        }
    }
    for (_, blocks) in readings.iter_mut() {
        blocks.retain(|&i| may_be_body(&walk, &walk.blocks[i]));
    }
    readings.push((
        Extraction::ParagraphRun,
        largest_paragraph_run(&walk.blocks, &furniture),
    ));
    let densest = (0..walk.blocks.len())
        .filter(|&i| walk.blocks[i].link_density() <= MAX_LINK_DENSITY)
        .filter(|&i| may_be_body(&walk, &walk.blocks[i]))
        .max_by_key(|&i| walk.blocks[i].chars - walk.blocks[i].link_chars);
    readings.push((Extraction::DensestBlock, densest.into_iter().collect()));
    readings.push((
        Extraction::PageText,
        (0..walk.blocks.len())
            .filter(|&i| !furniture[i] && may_be_body(&walk, &walk.blocks[i]))
            .collect(),
    ));
    let scored_under_headline = matches!(
        readings.first(),
        Some((Extraction::Scored, kept)) if opens_under_headline(&walk.blocks, headline.as_ref(), kept)
    );
    let nearby_headline = readings
        .first()
        .and_then(|(_, blocks)| blocks.first())
        .and_then(|&first| nearby_headline(&doc, &walk.blocks, first))
        .map(|b| b.text.clone())
        .filter(|h| !site_names.named_by(h));
    let heading = readings
        .first()
        .and_then(|(_, kept)| heading_over_reading(&doc, &walk.blocks, kept))
        .filter(|h| !site_names.named_by(h));
    let article_body = declared
        .article_body
        .map(|text| DeclaredBody {
            lines: body_lines(&text),
            extraction: Extraction::JsonLd,
            metadata: Metadata::default(),
        })
        .or_else(|| {
            // Only a page whose markup may be a skeleton is searched for one: a page rendered
            // on the server carries its data too, and parsing it costs.
            let markup_chars: usize = readings.first().map_or(0, |(_, blocks)| {
                blocks.iter().map(|&i| walk.blocks[i].chars).sum()
            });
            (markup_chars < ISLAND_SEARCH_MAX_CHARS).then_some(())?;
            data_island::island_article(&doc)
                .map(|island| DeclaredBody {
                    lines: body_lines(&island.body),
                    extraction: Extraction::DataIsland,
                    metadata: island.metadata,
                })
                .or_else(|| read_noscript.then(|| noscript_article(&doc)).flatten())
        });
    Page {
        furniture,
        nearby_headline,
        heading,
        readings,
        metadata: declared.metadata,
        article_body,
        page_title,
        scored_under_headline,
        line_below,
        blocks: walk.blocks,
    }
}

/// The lines of a body declared in HTML or in text (a JSON-LD `articleBody`, a data
/// island's body): the text blocks of the HTML, or the text's lines.
fn body_lines(text: &str) -> Vec<String> {
    if text.contains('<') {
        fragment_lines(text)
    } else {
        text.lines().map(str::to_string).collect()
    }
}

/// The text blocks of an HTML fragment.
fn fragment_lines(html: &str) -> Vec<String> {
    let doc = Html::parse_fragment(html);
    walk::walk(&doc)
        .blocks
        .into_iter()
        .map(|b| b.text)
        .collect()
}
