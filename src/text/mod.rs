//! Vietnamese text primitives every stage uses: Unicode normalization (NFC, spaces,
//! zero-width characters), the letters and their tones, tone-mark canonicalization (hoá =
//! hóa), diacritic folding (đ → d), word-boundary matching, and [`search_key`], the one form
//! under which names and labels are compared.
//!
//! ```
//! use vnsearch::text::{normalize_text, search_key};
//! assert_eq!(search_key(&normalize_text("Thủ Tướng")), "thu tuong");
//! ```

pub mod fold;
pub mod input_method;
pub mod letters;
pub mod normalize;
pub mod sentence;
pub mod syllable;
pub mod tone_marks;
pub mod word_match;

pub use fold::{fold_diacritics, has_diacritics};
pub use normalize::{normalize_string, normalize_text};
pub use tone_marks::canonical_syllable;

/// The number of words of `text`: runs of characters between whitespace (what
/// `split_whitespace().count()` gives), in one byte scan.
pub fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Only ASCII bytes and the lead bytes of the non-ASCII spaces can start whitespace;
        // any other character is passed whole, by the length its lead byte gives.
        let (len, space) = match b {
            b'\t'..=b'\r' | b' ' => (1, true),
            0..=0x7F => (1, false),
            0xC2 | 0xE1..=0xE3 => match whitespace_len(bytes, i) {
                0 => (utf8_len(b), false),
                n => (n, true),
            },
            _ => (utf8_len(b), false),
        };
        if !space {
            words += usize::from(!in_word);
        }
        in_word = !space;
        i += len;
    }
    words
}

/// The length of the UTF-8 sequence a lead byte `b` starts (1 for a byte that starts none).
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// The length in bytes of the whitespace character starting at `bytes[i]` (Unicode
/// White_Space, as [`char::is_whitespace`]), or 0.
fn whitespace_len(bytes: &[u8], i: usize) -> usize {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match at(0) {
        b'\t'..=b'\r' | b' ' => 1,
        0xC2 if matches!(at(1), 0x85 | 0xA0) => 2,
        0xE1 if at(1) == 0x9A && at(2) == 0x80 => 3,
        0xE2 if at(1) == 0x80 && matches!(at(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) => 3,
        0xE2 if at(1) == 0x81 && at(2) == 0x9F => 3,
        0xE3 if at(1) == 0x80 && at(2) == 0x80 => 3,
        _ => 0,
    }
}

/// The comparison key of a name, label or query word: lowercase, diacritics folded.
pub fn search_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    fold::push_folded_lowercase(text, &mut key);
    key
}

/// Whether the key `key` (words between single spaces) opens with the whole words of
/// `words`, not empty: "bo truong bo tu phap" opens with "bo truong", not with "bo tru".
pub fn key_opens_with(key: &str, words: &str) -> bool {
    !words.is_empty()
        && key
            .strip_prefix(words)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_count_matches_split_whitespace() {
        let every_space: String = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .flat_map(|c| ['x', c])
            .collect();
        // Every other character up to U+3100 and a few of four bytes, glued and spaced.
        let others = (0x80..=0x3100u32)
            .chain(0x1F600..0x1F610)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_whitespace());
        let glued: String = others.clone().collect();
        let spaced: String = others.flat_map(|c| [c, ' ']).collect();
        for text in [
            "",
            " ",
            "một",
            " hai  từ ",
            "a\tb\nc",
            "x\u{00A0}y \u{3000}z",
            "\u{0B}v",
            "ề\u{2028}ể\u{202F}ễ\u{1680}ệ",
            every_space.as_str(),
            glued.as_str(),
            spaced.as_str(),
        ] {
            assert_eq!(
                super::word_count(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }
}
