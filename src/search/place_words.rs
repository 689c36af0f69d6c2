//! "ở" and "tại" before a place ("thủ tục ở Thanh Hóa", "một cửa tại huyện Mường Tè"): the
//! query asks about the place, and a passage names it without the preposition ("tỉnh Thanh
//! Hóa đã cắt giảm..."). Read as words, the preposition would be one more word every
//! passage must hold; it is left out, and the place's words stay.
//!
//! A place is told by its form: a capital ("ở Hà Tĩnh") or an administrative unit's word
//! ("tại tỉnh", "ở huyện"), typed with or without marks (with marks, its own: "ở quân đội"
//! names no "quận"). "tại" elsewhere ("giải quyết tại
//! chỗ") stays a word, and so does "tai" typed without marks before a capital ("So Tai
//! Nguyen").

use super::question::opens_with_unit;
use super::question_words::words_left;

/// The prepositions as typed with their marks, and "o" typed without (no other word is
/// spelled so), which stand before a place's name or its unit...
const BEFORE_A_NAME: &[&str] = &["ở", "tại", "o"];
/// ... and "tai" typed without marks, which stands before a unit only ("So Tai Nguyen" is
/// "Sở Tài nguyên").
const BEFORE_A_UNIT: &[&str] = &["tai"];

/// Whether the word at `at` opens a place's name (a capital).
fn name_at(typed: &[&str], at: usize) -> bool {
    typed
        .get(at)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// `words` without "ở" or "tại" before a place; `None` when none stands so.
pub fn without_place_prepositions(words: &str) -> Option<String> {
    let typed: Vec<&str> = words.split_whitespace().collect();
    let dropped: Vec<bool> = (0..typed.len())
        .map(|i| {
            let word = typed[i].to_lowercase();
            // Read only after a preposition: the words that follow it.
            let unit = || opens_with_unit(&typed[i + 1..].join(" "));
            (BEFORE_A_NAME.contains(&word.as_str()) && (name_at(&typed, i + 1) || unit()))
                || (BEFORE_A_UNIT.contains(&word.as_str()) && unit())
        })
        .collect();
    dropped
        .contains(&true)
        .then(|| words_left(&typed, &dropped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preposition_before_a_place_goes_and_the_place_stays() {
        for (typed, read) in [
            (
                "đơn giản hóa thủ tục ở Thanh Hóa",
                Some("đơn giản hóa thủ tục Thanh Hóa"),
            ),
            ("một cửa tại huyện Mường Tè", Some("một cửa huyện Mường Tè")),
            ("thu tuc o tinh thanh hoa", Some("thu tuc tinh thanh hoa")),
            ("ho so tai thanh pho vinh", Some("ho so thanh pho vinh")),
            ("ở Hà Tĩnh", Some("Hà Tĩnh")),
            // Not before a place: as typed.
            ("giải quyết tại chỗ", None),
            ("tai chinh cong", None),
            ("So Tai Nguyen va Moi truong", None),
            ("cải cách ở quân đội", None),
        ] {
            assert_eq!(
                without_place_prepositions(typed).as_deref(),
                read,
                "{typed}"
            );
        }
    }
}
