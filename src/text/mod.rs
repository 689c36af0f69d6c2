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
pub use normalize::{normalize_string, normalize_text, DOUBLE_QUOTATION_MARKS};
pub use tone_marks::canonical_syllable;

/// The number of words of `text`: runs of characters between whitespace (what
/// `split_whitespace().count()` gives). Text whose only whitespace is ASCII (normalized
/// text is) is counted in byte-wide lanes; other text in one scan of its characters.
pub fn word_count(text: &str) -> usize {
    if has_non_ascii_whitespace(text.as_bytes()) {
        word_count_scanned(text)
    } else {
        word_count_ascii_spaced(text.as_bytes())
    }
}

/// Whether `bytes` hold a whitespace character beyond ASCII: looked for from the lead bytes
/// it may start with (rare in Vietnamese text but for quotation marks and dashes).
fn has_non_ascii_whitespace(bytes: &[u8]) -> bool {
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes).any(|i| whitespace_len(bytes, i) > 0)
        || memchr::memmem::find(bytes, "\u{1680}".as_bytes()).is_some()
}

/// [`word_count`] of text whose whitespace is all ASCII: the places where a byte that is
/// no whitespace follows whitespace or the start, summed a block at a time.
fn word_count_ascii_spaced(bytes: &[u8]) -> usize {
    let space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let first = usize::from(bytes.first().is_some_and(|&b| !space(b)));
    let pairs = bytes.windows(2).count();
    let (before, after) = (&bytes[..pairs], &bytes[bytes.len().min(1)..]);
    let starts: usize = before
        .chunks(u8::MAX as usize)
        .zip(after.chunks(u8::MAX as usize))
        .map(|(b, a)| {
            b.iter()
                .zip(a)
                .map(|(&b, &a)| u8::from(space(b) && !space(a)))
                .sum::<u8>() as usize
        })
        .sum();
    first + starts
}

/// [`word_count`] in one scan of the characters, for any whitespace.
fn word_count_scanned(text: &str) -> usize {
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
            "“Phải làm ngay” – ông nói…  ",
            "ề\u{2028}ể\u{202F}ễ\u{1680}ệ",
            every_space.as_str(),
            glued.as_str(),
            spaced.as_str(),
        ] {
            let expected = text.split_whitespace().count();
            assert_eq!(super::word_count(text), expected, "{text:?}");
            assert_eq!(super::word_count_scanned(text), expected, "{text:?}");
            if text.chars().all(|c| c.is_ascii() || !c.is_whitespace()) {
                assert_eq!(
                    super::word_count_ascii_spaced(text.as_bytes()),
                    expected,
                    "{text:?}"
                );
            }
        }
    }
}
