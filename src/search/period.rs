//! A period typed in the query ("từ 2022 đến 2024", "từ năm 2021 tới năm 2023", "từ 2022
//! đến nay", "from 2022 to 2024", "between 2022 and 2024"): the articles published in those
//! years are asked for,
//! as `--since` and `--until` would ask, and the words are not required of a passage. A
//! span written with a hyphen ("2021-2025") stays words: it is how texts name a plan's
//! period ("giai đoạn 2021-2025"). A quoted phrase keeps its words, and dates the request
//! already gives win.

use super::question_words::words_left;
use super::recency::quoted_words;
use super::worded_dates::{news_year, FOLDED_YEAR_WORD};
use super::SearchRequest;
use crate::text::search_key;

/// Words opening a period, folded, then the word between its years.
const PERIODS: &[(&str, &[&str])] = &[
    ("tu", &["den", "toi"]),
    ("from", &["to", "until"]),
    ("between", &["and"]),
];

/// Words for this day ending a period ("từ 2022 đến nay"), folded.
const NOW: &[&str] = &["nay", "now"];

/// `request` with the period its query types (the first one) as its dates and without its
/// words; `None` when the query types none, holds nothing else, or the request has dates.
pub fn reread_period(request: &SearchRequest) -> Option<SearchRequest> {
    if request.since.is_some() || request.until.is_some() {
        return None;
    }
    let typed: Vec<&str> = request.query.split_whitespace().collect();
    let folded: Vec<String> = typed.iter().map(|w| search_key(w)).collect();
    let quoted = quoted_words(&typed);
    // The index past an optional "năm" at `at`, and the year there.
    let year_at = |at: usize| {
        let at = at + usize::from(folded.get(at).is_some_and(|w| w == FOLDED_YEAR_WORD));
        let year = typed.get(at).and_then(|w| news_year(w))?;
        Some((at + 1, year))
    };
    for start in 0..typed.len() {
        if quoted[start] {
            continue;
        }
        let Some((_, between)) = PERIODS.iter().find(|(open, _)| folded[start] == *open) else {
            continue;
        };
        let Some((after_first, first)) = year_at(start + 1) else {
            continue;
        };
        if !folded
            .get(after_first)
            .is_some_and(|w| between.contains(&w.as_str()))
        {
            continue;
        }
        // "đến nay", "to now": the period runs to this day.
        let (end, last) = match year_at(after_first + 1) {
            Some((end, last)) => (end, Some(last)),
            None if folded
                .get(after_first + 1)
                .is_some_and(|w| NOW.contains(&w.as_str())) =>
            {
                (after_first + 2, None)
            }
            None => continue,
        };
        if last.is_some_and(|last| last < first) || quoted[start..end].contains(&true) {
            continue;
        }
        let mut left_out = vec![false; typed.len()];
        left_out[start..end].fill(true);
        let query = words_left(&typed, &left_out);
        if query.is_empty() {
            return None;
        }
        return Some(SearchRequest {
            query,
            since: Some(format!("{first}-01-01")),
            until: last.map(|last| format!("{last}-12-31")),
            ..request.clone()
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: &str) -> Option<(String, String, String)> {
        let request = SearchRequest {
            query: query.to_string(),
            ..SearchRequest::default()
        };
        reread_period(&request).map(|r| (r.query, r.since.unwrap(), r.until.unwrap_or_default()))
    }

    #[test]
    fn a_period_typed_in_words_is_the_request_s_dates() {
        for (query, words, since, until) in [
            (
                "cải cách hành chính từ 2022 đến 2024",
                "cải cách hành chính",
                "2022-01-01",
                "2024-12-31",
            ),
            (
                "tu nam 2021 toi nam 2023 dich vu cong",
                "dich vu cong",
                "2021-01-01",
                "2023-12-31",
            ),
            ("TTHC from 2020 to 2020", "TTHC", "2020-01-01", "2020-12-31"),
            (
                "between 2019 and 2021 one-stop shop",
                "one-stop shop",
                "2019-01-01",
                "2021-12-31",
            ),
            (
                "số hóa hồ sơ từ năm 2022 đến nay",
                "số hóa hồ sơ",
                "2022-01-01",
                "",
            ),
        ] {
            assert_eq!(
                read(query),
                Some((words.to_string(), since.to_string(), until.to_string())),
                "{query}"
            );
        }
    }

    #[test]
    fn spans_quotes_and_other_numbers_stay_words() {
        for query in [
            "giai đoạn 2021-2025",
            "từ 2022 đến 2024",
            "\"từ 2022 đến 2024\" cải cách",
            "từ 2024 đến 2022 cải cách",
            "từ 15 đến 20 ngày làm việc",
            "tăng từ 2022",
            "từ 2022 đến nay",
        ] {
            assert_eq!(read(query), None, "{query}");
        }
        let dated = SearchRequest {
            query: "cải cách từ 2022 đến 2024".into(),
            since: Some("2023-01-01".into()),
            ..SearchRequest::default()
        };
        assert!(reread_period(&dated).is_none());
    }
}
