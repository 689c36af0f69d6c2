//! Passages: an article split into pieces a reader takes in at a glance.
//!
//! Enters: an [`Article`]. Leaves: [`Passage`]s, each a paragraph, with long paragraphs split
//! at sentence ends into pieces of roughly 40 to 120 words, very short lines (captions,
//! subheadings) joined to the paragraph that follows them, and a list's items joined to the
//! line introducing them.

use std::borrow::Cow;

use crate::clean::line_rules::is_caption;
use crate::clean::Article;
use crate::refs::{find_refs, ref_keys, resolve_partial_citations, DocumentRef};
use crate::speakers::{
    asks_as_interviewer, ends_with_quotation, opens_with_quotation, signs_a_quotation,
    thanks_as_interviewer, Speaker, SpeakerTracker,
};
use crate::text::sentence::is_abbreviation_point;
use crate::text::word_count;

/// A passage goes past this many words only when one sentence is longer.
const MAX_WORDS: usize = 120;
/// A long paragraph is cut into pieces of at least this many words.
const TARGET_WORDS: usize = 60;
/// Lines shorter than this are joined to the following paragraph.
const MIN_WORDS: usize = 12;

/// One searchable unit: a piece of an article's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// Position of the passage in its article, from 0.
    pub index: usize,
    /// The passage text.
    pub text: String,
}

/// Splits text into sentence-like units: after `.`, `!`, `?` or `…` followed by a capital, a
/// digit or a quote (with or without a space, as scraped text often glues them), and after
/// `;`; never at the point of an abbreviation ("TP. Hồ Chí Minh", "TS. Nguyễn Văn An":
/// [`is_abbreviation_point`]).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let opens_sentence = |c: Option<char>| {
        c.is_some_and(|a| a.is_uppercase() || a.is_ascii_digit() || matches!(a, '"' | '“' | '('))
    };
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            ';' => chars.peek().map(|x| x.1) == Some(' '),
            '.' if is_abbreviation_point(text, i) => false,
            '.' | '!' | '?' | '…' => {
                let next = chars.peek().map(|x| x.1);
                let after_next = || text[i + c.len_utf8()..].chars().nth(1);
                (next == Some(' ') && opens_sentence(after_next()))
                    || (c == '…' || (c == '.' && previous == Some('.')))
                        && next.is_some_and(|n| n.is_uppercase())
            }
            _ => false,
        };
        previous = Some(c);
        if end {
            let stop = i + c.len_utf8();
            let piece = text[start..stop].trim();
            if !piece.is_empty() {
                out.push(piece);
            }
            start = stop;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Cuts a unit longer than [`MAX_WORDS`] at commas, or every [`MAX_WORDS`] words when it has
/// none, into pieces of at most [`MAX_WORDS`].
fn cut_overlong(unit: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut current_words = 0;
    for clause in unit.split_inclusive(", ") {
        for chunk in clause
            .split_whitespace()
            .collect::<Vec<_>>()
            .chunks(MAX_WORDS)
        {
            if current_words + chunk.len() > MAX_WORDS && !current.is_empty() {
                pieces.push(std::mem::take(&mut current));
                current_words = 0;
            }
            for word in chunk {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(word);
            }
            current_words += chunk.len();
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

/// Splits a paragraph of `words` words into pieces of at most [`MAX_WORDS`] (see the module
/// documentation).
fn split_long(paragraph: &str, words: usize, out: &mut Vec<String>) {
    if words <= MAX_WORDS {
        out.push(paragraph.to_string());
        return;
    }
    let units: Vec<String> = sentences(paragraph)
        .into_iter()
        .flat_map(|u| {
            if word_count(u) > MAX_WORDS {
                cut_overlong(u)
            } else {
                vec![u.to_string()]
            }
        })
        .collect();
    let mut current = String::new();
    let mut current_words = 0;
    for unit in units {
        let unit_words = word_count(&unit);
        if current_words >= TARGET_WORDS
            || (current_words > 0 && current_words + unit_words > MAX_WORDS)
        {
            out.push(std::mem::take(&mut current));
            current_words = 0;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&unit);
        current_words += unit_words;
    }
    if !current.is_empty() {
        // A short tail joins the piece before it.
        match out.last_mut() {
            Some(last)
                if current_words < MIN_WORDS
                    && word_count(last) + current_words <= MAX_WORDS + MIN_WORDS =>
            {
                last.push(' ');
                last.push_str(&current);
            }
            _ => out.push(current),
        }
    }
}

/// A list's last item (ending with a full stop after items ending with semicolons) has
/// fewer words than this; a longer line is the paragraph after the list.
const LAST_ITEM_MAX_WORDS: usize = 30;
/// A run of items ending with semicolons is a list from this many on.
const LIST_MIN_ITEMS: usize = 2;

/// The article's paragraphs with each list joined into one paragraph (or several of at
/// most [`MAX_WORDS`], cut between items), one item a line: the line that introduces it
/// (ending with a colon), [`LIST_MIN_ITEMS`] or more items ending with semicolons, and a
/// last one ending with a full stop ("Nhiệm vụ trọng tâm:", "- Rà soát...;", "- Công
/// khai..."). An item is no passage of its own: it reads with the list it belongs to.
fn with_lists_joined(paragraphs: &[String]) -> Vec<Cow<'_, str>> {
    let item = |p: &String| p.trim_end().ends_with(';');
    let mut out: Vec<Cow<str>> = Vec::with_capacity(paragraphs.len());
    let mut i = 0;
    while i < paragraphs.len() {
        let items = paragraphs[i..].iter().take_while(|p| item(p)).count();
        if items < LIST_MIN_ITEMS {
            // Most paragraphs are no list's: borrowed as they are.
            out.push(Cow::Borrowed(&paragraphs[i]));
            i += 1;
            continue;
        }
        let mut end = i + items;
        if paragraphs
            .get(end)
            .is_some_and(|p| p.trim_end().ends_with('.') && word_count(p) < LAST_ITEM_MAX_WORDS)
        {
            end += 1;
        }
        // The introducing line, when it stands right before the items.
        let mut current = match out.last() {
            Some(intro) if intro.trim_end().ends_with(':') && word_count(intro) < MAX_WORDS => {
                out.pop().expect("the introducing line").into_owned()
            }
            _ => String::new(),
        };
        let mut current_words = word_count(&current);
        for p in &paragraphs[i..end] {
            let words = word_count(p);
            if current_words > 0 && current_words + words > MAX_WORDS {
                out.push(Cow::Owned(std::mem::take(&mut current)));
                current_words = 0;
            }
            if !current.is_empty() {
                current.push('\n');
            }
            current.push_str(p);
            current_words += words;
        }
        out.push(Cow::Owned(current));
        i = end;
    }
    out
}

/// Splits an article's body into passages.
pub fn split_passages(article: &Article) -> Vec<Passage> {
    let mut pieces: Vec<String> = Vec::new();
    let mut pending_short = String::new();
    let mut pending_words = 0;
    for paragraph in &with_lists_joined(&article.paragraphs) {
        let words = word_count(paragraph);
        // A pull quote's author under it ("— Bộ trưởng X") stays with the quotation.
        if words < MIN_WORDS && signs_a_quotation(paragraph) {
            let quotation = if pending_short.is_empty() {
                pieces.last_mut()
            } else {
                pieces.push(std::mem::take(&mut pending_short));
                pending_words = 0;
                pieces.last_mut()
            };
            if let Some(quotation) = quotation.filter(|q| ends_with_quotation(q)) {
                quotation.push('\n');
                quotation.push_str(paragraph);
                continue;
            }
        }
        if words < MIN_WORDS {
            pending_words += words;
            if !pending_short.is_empty() {
                pending_short.push('\n');
            }
            pending_short.push_str(paragraph);
            continue;
        }
        if pending_short.is_empty() {
            split_long(paragraph, words, &mut pieces);
            continue;
        }
        // The short lines join the paragraph's first piece; the paragraph is cut as if they
        // were not there, so its pieces are the same on a page without them (a portal's
        // copy that dropped a caption is cut where the original was).
        let first = pieces.len();
        split_long(paragraph, words, &mut pieces);
        let pending = std::mem::take(&mut pending_words);
        if word_count(&pieces[first]) + pending <= MAX_WORDS + MIN_WORDS {
            let short = std::mem::take(&mut pending_short);
            pieces[first] = format!("{short}\n{}", pieces[first]);
        } else {
            pieces.truncate(first);
            let joined = format!("{}\n{paragraph}", std::mem::take(&mut pending_short));
            split_long(&joined, words + pending, &mut pieces);
        }
    }
    // Short lines closing the article join the passage before them, but for an interviewer's
    // last turn ("PV: Xin cảm ơn Bộ trưởng!", "- Xin cảm ơn Bộ trưởng!" closing an interview):
    // it is no part of the last answer.
    if !pending_short.is_empty() {
        let last_turn = asks_as_interviewer(&pending_short)
            || (thanks_as_interviewer(&pending_short)
                && pieces.iter().any(|p| asks_as_interviewer(p)));
        match pieces.last_mut() {
            Some(last) if !last_turn => {
                last.push('\n');
                last.push_str(&pending_short);
            }
            _ => pieces.push(pending_short),
        }
    }
    pieces
        .into_iter()
        .enumerate()
        .map(|(index, text)| Passage { index, text })
        .collect()
}

/// Adds the keys `r` answers to ([`ref_keys`]) to `keys`, each once.
fn push_keys(keys: &mut Vec<String>, r: &DocumentRef) {
    for k in ref_keys(r) {
        if !keys.iter().any(|x| x == k) {
            keys.push(k.to_string());
        }
    }
}

/// A passage with what analysis found in it.
#[derive(Debug, Clone)]
pub struct AnnotatedPassage {
    /// The passage.
    pub passage: Passage,
    /// Keys of the document references it cites (strict and loose).
    pub ref_keys: Vec<String>,
    /// The references as written, tidied, one per distinct key.
    pub ref_labels: Vec<String>,
    /// On the article's first passage, the keys of the references its title cites (when
    /// the title is the page's own, not derived from the text); empty on the others.
    pub title_ref_keys: Vec<String>,
    /// The people who speak in it, in order.
    pub speakers: Vec<Speaker>,
}

/// The people who speak in `text`, a passage that may be or hold a photo's caption on a
/// line of its own (a short line joins the paragraph after it): the people a caption names are
/// known from then on (a later "Thủ tướng" is the one pictured), but a caption shows who
/// stands in the picture ("X phát biểu tại hội nghị. Ảnh: ..."), not what they said.
fn statements_in(tracker: &mut SpeakerTracker, text: &str) -> Vec<Speaker> {
    if !text.lines().any(is_caption) {
        return tracker.speakers_in(text);
    }
    let mut said = String::with_capacity(text.len());
    for line in text.lines() {
        if is_caption(line) {
            tracker.speakers_in(line);
        } else {
            said.push_str(line);
            said.push('\n');
        }
    }
    tracker.speakers_in(&said)
}

/// Splits an article into passages and finds their references and speakers, following the
/// article's own references from passage to passage: a partial citation ("Quyết định
/// 1291") is the full number the article writes out ("1291/QĐ-TTg"), before or after it.
pub fn annotate(article: &Article) -> Vec<AnnotatedPassage> {
    let mut tracker = SpeakerTracker::for_article(article.metadata.title.as_deref());
    let passages = split_passages(article);
    let mut found: Vec<Vec<DocumentRef>> = passages.iter().map(|p| find_refs(&p.text)).collect();
    resolve_partial_citations(&mut found);
    // The title's references, where the page gave a title of its own.
    let title_refs = (article.metadata.title.as_deref())
        .filter(|_| !article.metadata.title_derived)
        .map(find_refs)
        .unwrap_or_default();
    passages
        .into_iter()
        .zip(found)
        .map(|(passage, refs)| {
            let mut keys: Vec<String> = Vec::new();
            let mut ref_labels: Vec<String> = Vec::new();
            for r in refs {
                if !keys.contains(&r.key) {
                    ref_labels.push(r.label.clone());
                }
                push_keys(&mut keys, &r);
            }
            let mut title_ref_keys = Vec::new();
            if passage.index == 0 {
                for r in title_refs.iter() {
                    push_keys(&mut title_ref_keys, r);
                }
            }
            let speakers = statements_in(&mut tracker, &passage.text);
            (
                AnnotatedPassage {
                    passage,
                    ref_keys: keys,
                    ref_labels,
                    title_ref_keys,
                    speakers,
                },
                tracker.said_the_passage_before(),
            )
        })
        .fold(Vec::new(), |mut done, (passage, said_before)| {
            // "“...”" then "Đó là yêu cầu của Phó Thủ tướng ...": the quotation is theirs.
            if let (Some(speaker), Some(quotation)) = (said_before, done.last_mut()) {
                if opens_with_quotation(&quotation.passage.text) && quotation.speakers.is_empty() {
                    quotation.speakers.push(speaker);
                }
            }
            done.push(passage);
            done
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::Metadata;

    fn article(paragraphs: &[&str]) -> Article {
        Article {
            id: "a".into(),
            source: "a.txt".into(),
            url: None,
            metadata: Metadata::default(),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            extraction: Default::default(),
            repaired: false,
        }
    }

    #[test]
    fn a_list_joins_its_introduction_and_its_last_item_only() {
        let lines = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<String>>();
        let paragraphs = lines(&[
            "Tỉnh giao nhiệm vụ:",
            "Sở Tư pháp rà soát;",
            "Sở Nội vụ đánh giá;",
            "Văn phòng tổng hợp.",
            "Hội nghị cũng công bố chỉ số cải cách hành chính của các sở, ngành và địa phương trong tỉnh năm 2024 với nhiều điểm sáng và một số hạn chế cần khắc phục ngay.",
        ]);
        let joined = with_lists_joined(&paragraphs);
        assert_eq!(joined.len(), 2, "{joined:?}");
        assert_eq!(
            joined[0],
            "Tỉnh giao nhiệm vụ:\nSở Tư pháp rà soát;\nSở Nội vụ đánh giá;\nVăn phòng tổng hợp."
        );
        // One line ending with a semicolon is no list; an introduction without items stays.
        let single = lines(&["Kết quả như sau:", "Đạt 98%;", "Năm sau tiếp tục."]);
        assert_eq!(with_lists_joined(&single), single);
    }

    #[test]
    fn long_paragraph_splits_at_sentences() {
        let sentence = "Các bộ, ngành tiếp tục rà soát, cắt giảm thủ tục hành chính cho người dân và doanh nghiệp trên cả nước.";
        let long = vec![sentence; 20].join(" ");
        let passages = split_passages(&article(&[&long]));
        assert!(passages.len() >= 3);
        for p in &passages {
            let n = word_count(&p.text);
            assert!((40..=130).contains(&n), "{n} words");
            assert!(p.text.ends_with('.'));
        }
    }

    #[test]
    fn overlong_sentence_is_cut_at_commas() {
        let clause =
            "các bộ, ngành rà soát thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước";
        let long = format!("{}.", vec![clause; 20].join(", "));
        let passages = split_passages(&article(&[&long]));
        assert!(passages.len() >= 2);
        assert!(passages
            .iter()
            .all(|p| word_count(&p.text) <= MAX_WORDS + MIN_WORDS));
    }

    #[test]
    fn an_abbreviation_s_point_ends_no_sentence() {
        assert_eq!(
            sentences("Chủ tịch UBND TP. Hà Nội, TS. Trần Sỹ Thanh phát biểu. Ông Hùng nói."),
            vec![
                "Chủ tịch UBND TP. Hà Nội, TS. Trần Sỹ Thanh phát biểu.",
                "Ông Hùng nói."
            ]
        );
    }

    #[test]
    fn glued_ellipsis_ends_a_sentence() {
        assert_eq!(
            sentences("đạt 98,27%…Năm 2023 các bộ"),
            vec!["đạt 98,27%…", "Năm 2023 các bộ"]
        );
        assert_eq!(sentences("cụ thể...Theo đó"), vec!["cụ thể...", "Theo đó"]);
    }

    #[test]
    fn caption_joins_the_next_paragraph() {
        let para = "Phó Thủ tướng nhấn mạnh yêu cầu các bộ, ngành tập trung thực hiện tốt nhiệm vụ cải cách thủ tục hành chính.";
        let passages = split_passages(&article(&["Toàn cảnh hội nghị", para]));
        assert_eq!(passages.len(), 1);
        assert!(passages[0]
            .text
            .starts_with("Toàn cảnh hội nghị\nPhó Thủ tướng"));
    }

    #[test]
    fn a_caption_before_a_long_paragraph_moves_none_of_its_cuts() {
        let long: Vec<String> = (1..=12)
            .map(|i| {
                format!("Trong quý {i}, tỉnh giải quyết đúng hạn {i}0 hồ sơ đất đai và cấp {i} giấy phép xây dựng cho người dân trên địa bàn.")
            })
            .collect();
        let long = long.join(" ");
        // Sentences of 26 words: pieces of three without the caption's 8 words, of two if
        // they counted.
        let bare = split_passages(&article(&[&long]));
        let captioned = split_passages(&article(&["Toàn cảnh buổi làm việc tại trụ sở", &long]));
        assert!(bare.len() > 2, "{bare:?}");
        assert_eq!(bare.len(), captioned.len());
        assert_eq!(
            captioned[0].text,
            format!("Toàn cảnh buổi làm việc tại trụ sở\n{}", bare[0].text)
        );
        for (b, c) in bare.iter().zip(&captioned).skip(1) {
            assert_eq!(b.text, c.text);
        }
    }

    #[test]
    fn an_interviewer_s_closing_turn_is_no_part_of_the_last_answer() {
        let answer = "Bộ trưởng Phạm Thị Thanh Trà: Chúng tôi sẽ hoàn thành việc sắp xếp các đơn vị trong quý III năm nay.";
        let passages = split_passages(&article(&[answer, "PV: Xin cảm ơn Bộ trưởng!"]));
        assert_eq!(passages.len(), 2);
        assert_eq!(passages[0].text, answer);
        // Other short closing lines join it still.
        let passages = split_passages(&article(&[answer, "Tin liên quan sẽ cập nhật"]));
        assert_eq!(passages.len(), 1);
        // Thanks without a label close an interview, not an article of another kind.
        let question = "PV: Thưa Bộ trưởng, bao giờ việc sắp xếp các đơn vị sự nghiệp hoàn thành?";
        let thanks = "- Xin cảm ơn Bộ trưởng!";
        let passages = split_passages(&article(&[question, answer, thanks]));
        assert_eq!(passages.len(), 3);
        assert_eq!(passages[1].text, answer);
        let passages = split_passages(&article(&[answer, thanks]));
        assert_eq!(passages.len(), 1);
    }

    #[test]
    fn indices_are_sequential() {
        let para =
            "Đoạn văn này có đủ số từ để trở thành một đoạn riêng biệt trong bài viết về cải cách.";
        let passages = split_passages(&article(&[para, para, para]));
        assert_eq!(
            passages.iter().map(|p| p.index).collect::<Vec<_>>(),
            vec![0, 1, 2]
        );
    }
}
