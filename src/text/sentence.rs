//! Where sentences end: a point ends one unless it closes an abbreviation ("TP. Hà Nội",
//! "TS. Nguyễn Văn An", "PGS.TS", "TP.HCM") or stands between digits ("98.7", "1.234").
//!
//! ```
//! use vnsearch::text::sentence::last_mark;
//! let text = "Chủ tịch UBND TP. Hà Nội Trần Sỹ Thanh";
//! assert_eq!(last_mark(text, 0..text.len(), &['.', ';']), None);
//! assert_eq!(last_mark("Xong. Ông An", 0..12, &['.']), Some(4));
//! ```

use std::ops::Range;

/// Most letters of an abbreviation glued to what follows its point ("TP.HCM", "GS.TS",
/// "T.Ư").
const ABBREVIATION_MAX_LETTERS: usize = 3;

/// The abbreviations Vietnamese writes with a point before a space and a capital: the units
/// of places ("TP. Huế", "TX. Sơn Tây", "TT. Đông Anh", "Q. Ba Đình", "P. Bến Nghé", "H.
/// Gia Lâm") and the titles and degrees before a name ("TS.", "GS.", "PGS.", "ThS.", "BS.",
/// "KS.", "CN.", "NXB."). An acronym ending a sentence ("... của BCĐ. Ông An ...") is none
/// of them.
const SPACED_ABBREVIATIONS: &[&str] = &[
    "TP", "TX", "TT", "Q", "P", "H", "X", "TS", "GS", "PGS", "ThS", "BS", "KS", "CN", "NXB", "Th",
    "Tp",
];

/// Whether the point at byte `at` of `text` closes an abbreviation or stands inside a number
/// rather than ending a sentence: one of [`SPACED_ABBREVIATIONS`] before a space and a
/// capital ("TP. Huế", "TS. Nguyễn"); one to three capitals (with "Th" of "ThS") glued to a
/// capital after the point ("TP.HCM", "GS.TS"); or between digits ("98.7").
pub fn is_abbreviation_point(text: &str, at: usize) -> bool {
    if text.as_bytes().get(at) != Some(&b'.') {
        return false;
    }
    let before = &text[..at];
    let after = &text[at + 1..];
    if after.starts_with(|c: char| c.is_ascii_digit())
        && before.ends_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    if let Some(next) = after.strip_prefix(' ') {
        return ends_with_spaced_abbreviation(before) && next.starts_with(char::is_uppercase);
    }
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(at, |(i, _)| i);
    let word = &before[word_start..];
    let letters = word.chars().count();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    // "ThS": the capitals but one small letter after the first.
    let abbreviated = (1..=ABBREVIATION_MAX_LETTERS).contains(&letters)
        && word.starts_with(char::is_uppercase)
        && (capitals == letters
            || (letters == ABBREVIATION_MAX_LETTERS && capitals + 1 == letters));
    abbreviated && after.starts_with(char::is_uppercase)
}

/// Whether `before` ends with one of [`SPACED_ABBREVIATIONS`], a word of its own. They are
/// one to three ASCII letters, a capital first: a byte scan finds such a word, and only then
/// is the character before it decoded and the table read (a sentence's last word is most
/// often Vietnamese, and needs no more).
fn ends_with_spaced_abbreviation(before: &str) -> bool {
    let letters = before
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .take(SPACED_ABBREVIATION_MAX_LETTERS + 1)
        .count();
    let (head, word) = before.split_at(before.len() - letters);
    (1..=SPACED_ABBREVIATION_MAX_LETTERS).contains(&letters)
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && !head.ends_with(char::is_alphabetic)
        && SPACED_ABBREVIATIONS.contains(&word)
}

/// Most letters of one of [`SPACED_ABBREVIATIONS`] ("PGS", "NXB").
const SPACED_ABBREVIATION_MAX_LETTERS: usize = 3;

/// The byte offset in `text` of the last of `marks` within `range` that ends a clause: a
/// point only where it ends a sentence ([`is_abbreviation_point`], judged with the text
/// around the range: "TS." ends no sentence before "Nguyễn").
pub fn last_mark(text: &str, range: Range<usize>, marks: &[char]) -> Option<usize> {
    let start = range.start;
    text[range]
        .rmatch_indices(marks)
        .map(|(i, _)| start + i)
        .find(|&i| !is_abbreviation_point(text, i))
}

/// Whether `text` holds one of `marks` within `range` that ends a clause ([`last_mark`]).
pub fn has_mark(text: &str, range: Range<usize>, marks: &[char]) -> bool {
    last_mark(text, range, marks).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_numbers_end_no_sentence() {
        for (text, word) in [
            ("Chủ tịch UBND TP. Hà Nội", "TP"),
            ("Giám đốc Sở Nội vụ TP.HCM", "TP"),
            ("Viện trưởng, PGS.TS Lê Văn Minh", "PGS"),
            ("Thứ trưởng, TS. Nguyễn Thanh Tịnh", "TS"),
            ("Phó Giám đốc, ThS. Lê Thị Hoa", "ThS"),
            ("phường 5, Q. Bình Thạnh", "Q"),
        ] {
            let at = text.find(word).unwrap() + word.len();
            assert!(is_abbreviation_point(text, at), "{text}");
        }
        let text = "Thứ trưởng, TS. Nguyễn Thanh Tịnh";
        let point = text.find('.').unwrap();
        assert!(
            !has_mark(text, 0..point + 2, &['.']),
            "judged with what follows"
        );
        assert!(is_abbreviation_point(
            "đạt 98.7%",
            "đạt 98.7%".find('.').unwrap()
        ));
    }

    #[test]
    fn points_after_words_end_sentences() {
        for text in [
            "Hội nghị bế mạc. Ông An cho biết",
            "của UBND. Ông An cho biết",
            "nơi ở của ông Tư. Ông An",
            "theo kế hoạch của BCĐ. Ông An cho biết",
            "năm 2024.Ông An",
            "ký quyết định. tiếp theo",
        ] {
            assert!(has_mark(text, 0..text.len(), &['.']), "{text}");
        }
    }
}
