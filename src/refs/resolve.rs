//! Partial citations resolved within their article: "Quyết định 1291" or "NĐ 107/2021" is
//! the document whose full number the same article writes out ("1291/QĐ-TTg",
//! "107/2021/NĐ-CP"), when it writes out only one such.

use std::collections::HashMap;

use super::DocumentRef;

/// The keys a partial citation of `r` would have: its type and number, and its type,
/// number and year. None for a citation that is partial itself.
fn partial_keys(r: &DocumentRef) -> impl Iterator<Item = &str> {
    let full = r.loose_key.as_deref() != Some(r.key.as_str())
        && r.dated_key.as_deref() != Some(r.key.as_str());
    [r.loose_key.as_deref(), r.dated_key.as_deref()]
        .into_iter()
        .flatten()
        .filter(move |_| full)
}

/// Gives each partial citation in `passages` (the references found in each passage of one
/// article) the keys and label of the one full number the article writes for it; one that
/// two full numbers could answer (`131/NQ-CP` and `131/NQ-TW`) stays as written.
pub fn resolve_partial_citations(passages: &mut [Vec<DocumentRef>]) {
    let mut full: HashMap<String, Option<DocumentRef>> = HashMap::new();
    for r in passages.iter().flatten() {
        for key in partial_keys(r) {
            full.entry(key.to_string())
                .and_modify(|known| {
                    if known.as_ref().is_some_and(|k| k.key != r.key) {
                        *known = None;
                    }
                })
                .or_insert_with(|| Some(r.clone()));
        }
    }
    if full.is_empty() {
        return;
    }
    for r in passages.iter_mut().flatten() {
        if let Some(Some(whole)) = full.get(&r.key) {
            let span = r.span;
            *r = DocumentRef {
                span,
                ..whole.clone()
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::find_refs;

    fn labels(passages: &[&str]) -> Vec<Vec<String>> {
        let mut found: Vec<Vec<DocumentRef>> = passages.iter().map(|p| find_refs(p)).collect();
        resolve_partial_citations(&mut found);
        found
            .into_iter()
            .map(|refs| refs.into_iter().map(|r| r.label).collect())
            .collect()
    }

    #[test]
    fn a_partial_citation_is_the_full_number_its_article_writes() {
        let got = labels(&[
            "Theo Quyết định 1291 của Thủ tướng, các bộ rà soát thủ tục.",
            "Quyết định 1291/QĐ-TTg được ban hành năm 2022; Nghị định 107/2021/NĐ-CP quy định một cửa.",
            "NĐ 107/2021 và Nghị quyết 131 được nhắc lại.",
        ]);
        assert_eq!(got[0], ["1291/QĐ-TTg"]);
        assert_eq!(got[1], ["1291/QĐ-TTg", "107/2021/NĐ-CP"]);
        assert_eq!(
            got[2],
            ["107/2021/NĐ-CP", "Nghị quyết 131"],
            "no full number for 131"
        );
    }

    #[test]
    fn a_partial_citation_two_full_numbers_answer_stays_as_written() {
        let got = labels(&[
            "Nghị quyết 131 được quán triệt.",
            "Nghị quyết 131/NQ-CP và Nghị quyết số 131/NQ-TW khác nhau.",
        ]);
        assert_eq!(got[0], ["Nghị quyết 131"]);
    }
}
