//! Dates typed in words: "ngày 6 tháng 10 năm 2022" asks for the day articles write
//! "6/10/2022", "06-10-2022" or in words. Read as words it would ask for passages holding
//! "ngày", "tháng" and "năm" too, which a date in figures does not have; read as meant it is
//! the date in figures, whose numbers every written form holds.

use super::question_words::words_left;
use crate::refs::find_query_refs;
use crate::text::search_key;

/// One word of the query: its folded form, and the number it is when it is one in `range`.
fn number_in(word: &str, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    (word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|n| range.contains(n))
}

/// `words` with each date typed in words written in figures: "ngày D tháng M năm Y" (also
/// without "ngày" or "năm": "6 tháng 10", "tháng 10 năm 2022") → "D/M/Y", "D/M", "M/Y". A
/// month alone ("tháng 10") or a year alone ("năm 2022") stays as typed. `None` when the
/// words hold no such date.
pub fn dates_in_figures(words: &str) -> Option<String> {
    let typed: Vec<&str> = words.split_whitespace().collect();
    let folded: Vec<String> = typed.iter().map(|w| search_key(w)).collect();
    let is = |i: usize, word: &str| folded.get(i).is_some_and(|f| f == word);
    let day = |i: usize| typed.get(i).and_then(|w| number_in(w, 1..=31));
    let month = |i: usize| typed.get(i).and_then(|w| number_in(w, 1..=12));
    let year = |i: usize| {
        typed
            .get(i)
            .and_then(|w| number_in(w, 1000..=9999).or_else(|| number_in(w, 0..=99)))
    };
    let mut out: Vec<String> = Vec::new();
    let mut changed = false;
    let mut i = 0;
    while i < typed.len() {
        let at = i + usize::from(is(i, "ngay") && day(i + 1).is_some());
        // D tháng M (năm Y)
        if let (Some(d), true, Some(m)) = (day(at), is(at + 1, "thang"), month(at + 2)) {
            let (text, next) = match (is(at + 3, "nam"), year(at + 4)) {
                (true, Some(y)) => (format!("{d}/{m}/{y}"), at + 5),
                _ => (format!("{d}/{m}"), at + 3),
            };
            out.push(text);
            changed = true;
            i = next;
            continue;
        }
        // tháng M năm Y
        if let (true, Some(m), true, Some(y)) =
            (is(i, "thang"), month(i + 1), is(i + 2, "nam"), year(i + 3))
        {
            out.push(format!("{m}/{y}"));
            changed = true;
            i += 4;
            continue;
        }
        out.push(typed[i].to_string());
        i += 1;
    }
    changed.then(|| out.join(" "))
}

/// The word for a quarter of the year, folded.
const QUARTER_WORD: &str = "quy";
/// A quarter's number in Roman figures, as reports write it, and in Arabic ones.
const QUARTERS: [(&str, &str); 4] = [("I", "1"), ("II", "2"), ("III", "3"), ("IV", "4")];

/// `words` with each quarter typed after "quý" in one kind of figures ("quý IV/2022", "quý
/// 4 năm 2022") asked for in either ("quý IV OR 4 2022"): reports write "quý IV/2022", "quý
/// 4/2022" and "quý IV năm 2022" alike. `None` when the words type no quarter.
pub fn quarters_both_ways(words: &str) -> Option<String> {
    let typed: Vec<&str> = words.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(typed.len() + 2);
    let mut changed = false;
    for (i, word) in typed.iter().enumerate() {
        let after_quarter_word = i > 0 && search_key(typed[i - 1]) == QUARTER_WORD;
        let (number, year) = word.split_once(['/', '-']).unwrap_or((word, ""));
        let quarter = QUARTERS
            .iter()
            .find(|(roman, arabic)| number.eq_ignore_ascii_case(roman) || number == *arabic)
            .filter(|_| after_quarter_word && (year.is_empty() || news_year(year).is_some()));
        match quarter {
            Some((roman, arabic)) => {
                out.push(format!("{roman} OR {arabic}"));
                if !year.is_empty() {
                    out.push(year.to_string());
                }
                changed = true;
            }
            None => out.push(word.to_string()),
        }
    }
    changed.then(|| out.join(" "))
}

/// The year `word` is, in four figures, when it is one a news article may be published in
/// (1945 to 2099).
pub fn news_year(word: &str) -> Option<u32> {
    number_in(word, 1945..=2099).filter(|_| word.len() == 4)
}

/// The month `word` names, written "M/YYYY" or "M-YYYY" ("11/2022", "05-2023"), in a year a
/// news article may be published in: (year, month).
pub fn news_month(word: &str) -> Option<(u32, u32)> {
    let (month, year) = word.split_once(['/', '-'])?;
    let month = number_in(month, 1..=12).filter(|_| month.len() <= 2)?;
    Some((news_year(year)?, month))
}

/// "năm" (typed with its marks) before a year outside a document's reference: the year is
/// what is asked for, and an article of that year answers whether or not its passage says
/// "năm" (the query reads the year in the passage or as the article's). Without marks,
/// "nam" before a year is as often a place ("Quảng Nam 2024") and stays.
const YEAR_WORD: &str = "năm";
/// "năm" folded: before a year ("từ năm 2022"), in a month written in words ("tháng 11 năm
/// 2022").
pub(super) const FOLDED_YEAR_WORD: &str = "nam";
/// "tháng" before a month in figures ("tháng 11/2022"), with its marks or without: the
/// month is what is asked for, as the year is after "năm".
pub(super) const MONTH_WORD: &str = "thang";
/// Prepositions of time before a year or a month ("trong năm 2024", "vào tháng 11/2022"),
/// folded: they go with it.
const TIME_PREPOSITIONS: &[&str] = &["trong", "vao"];

/// `words` without the calendar words before each year or month typed outside a reference:
/// "năm" before a year, "tháng" before a month in figures, and a preposition of time before
/// either ("chuyển đổi số năm 2024" → "chuyển đổi số 2024", "cải cách trong tháng 11/2022"
/// → "cải cách 11/2022"); `None` when there is none.
pub fn without_year_word(words: &str) -> Option<String> {
    let refs = find_query_refs(words);
    let in_ref = |w: &str| {
        let start = w.as_ptr() as usize - words.as_ptr() as usize;
        refs.iter().any(|r| r.covers(start, start + w.len()))
    };
    let typed: Vec<&str> = words.split_whitespace().collect();
    let is_year = |i: usize| {
        typed
            .get(i)
            .is_some_and(|w| news_year(w).is_some() && !in_ref(w))
    };
    let is_month = |i: usize| {
        typed
            .get(i)
            .is_some_and(|w| news_month(w).is_some() && !in_ref(w))
    };
    let calendar_word = |i: usize| {
        !in_ref(typed[i])
            && ((typed[i].to_lowercase() == YEAR_WORD && is_year(i + 1))
                || (search_key(typed[i]) == MONTH_WORD && is_month(i + 1)))
    };
    let mut dropped: Vec<bool> = (0..typed.len()).map(calendar_word).collect();
    for i in 0..typed.len().saturating_sub(1) {
        let time = dropped[i + 1] || is_year(i + 1) || is_month(i + 1);
        if time && TIME_PREPOSITIONS.contains(&search_key(typed[i]).as_str()) {
            dropped[i] = true;
        }
    }
    if !dropped.contains(&true) || dropped.iter().filter(|&&d| !d).count() < 2 {
        return None;
    }
    Some(words_left(&typed, &dropped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_year_before_a_year_goes_with_it() {
        for (typed, read) in [
            ("chuyển đổi số năm 2024", Some("chuyển đổi số 2024")),
            (
                "cải cách Năm 2023 và năm 2024",
                Some("cải cách 2023 và 2024"),
            ),
            // Inside a reference, without marks, alone or before no year: as typed.
            ("Nghị quyết 131 năm 2022 cải cách", None),
            ("quang nam 2024 cai cach", None),
            ("năm 2024", None),
            ("kế hoạch năm nay", None),
            // "tháng" before a month in figures, and a preposition of time before either.
            (
                "cải cách hành chính tháng 11/2022",
                Some("cải cách hành chính 11/2022"),
            ),
            ("cai cach trong thang 5-2023", Some("cai cach 5-2023")),
            ("chuyển đổi số trong năm 2024", Some("chuyển đổi số 2024")),
            ("hồ sơ vào 2023", Some("hồ sơ 2023")),
            ("trong tháng 11/2022", None),
            ("tháng 13/2022 cải cách", None),
            ("trong thủ tục", None),
        ] {
            assert_eq!(without_year_word(typed).as_deref(), read, "{typed}");
        }
    }

    #[test]
    fn a_month_is_a_month_and_year_of_the_news() {
        assert_eq!(news_month("11/2022"), Some((2022, 11)));
        assert_eq!(news_month("5-2023"), Some((2023, 5)));
        assert_eq!(news_month("05/2023"), Some((2023, 5)));
        for not in [
            "13/2022",
            "11/22",
            "131/2022",
            "11/1800",
            "2022",
            "6/10/2022",
        ] {
            assert_eq!(news_month(not), None, "{not}");
        }
    }

    #[test]
    fn a_quarter_is_asked_for_in_either_kind_of_figures() {
        for (typed, read) in [
            ("kết quả quý IV/2022", "kết quả quý IV OR 4 2022"),
            ("quý 1 năm 2024", "quý I OR 1 năm 2024"),
            ("quy ii-2023 giải ngân", "quy II OR 2 2023 giải ngân"),
        ] {
            assert_eq!(quarters_both_ways(typed).as_deref(), Some(read), "{typed}");
        }
        for typed in ["quý V/2022", "chương IV", "quý 4/12", "quý"] {
            assert_eq!(quarters_both_ways(typed), None, "{typed}");
        }
    }

    #[test]
    fn dates_in_words_are_written_in_figures() {
        for (typed, figures) in [
            ("ngày 6 tháng 10 năm 2022", "6/10/2022"),
            ("ngay 6 thang 10 nam 2022 cai cach", "6/10/2022 cai cach"),
            ("kế hoạch ngày 06 tháng 10", "kế hoạch 6/10"),
            ("tháng 10 năm 2022", "10/2022"),
            ("Ngày 31 Tháng 12 Năm 2023", "31/12/2023"),
        ] {
            assert_eq!(dates_in_figures(typed).as_deref(), Some(figures), "{typed}");
        }
        for left in [
            "tháng 10",
            "năm 2022",
            "5 năm 2022",
            "ngày 32 tháng 10",
            "6 tháng 13",
            "cải cách thủ tục",
        ] {
            assert_eq!(dates_in_figures(left), None, "{left}");
        }
    }
}
