//! Per-letter tables for Vietnamese: split a precomposed letter into its toneless form and
//! its tone, put a tone back, and fold a letter to ASCII.
//!
//! Built once from Unicode's canonical decompositions (so every Latin letter with marks is
//! covered, not only a hand-written list), then read with one array lookup per letter: the
//! analyzer's hot path never decomposes or allocates.

use std::collections::HashMap;
use std::sync::LazyLock;

use unicode_normalization::char::{compose, decompose_canonical, is_combining_mark};

/// The five tone marks, as combining characters, in a fixed order (index + 1 = tone id).
const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];
/// Letters with marks live in these two ranges (Latin-1/Extended and Latin Extended Additional).
const FIRST: u32 = 0x00C0;
const LAST: u32 = 0x1EFF;

/// A tone id: 0 for none, 1 to 5 for [`TONES`].
pub type Tone = u8;

struct Tables {
    /// For each letter in FIRST..=LAST: (toneless letter, tone, folded letter).
    split: Vec<(char, Tone, char)>,
    /// For each letter in FIRST..=LAST: its lowercase form when that is one letter.
    lower: Vec<char>,
    /// (toneless letter, tone) → precomposed letter.
    join: HashMap<(char, Tone), char>,
}

fn tone_of(mark: char) -> Option<Tone> {
    TONES.iter().position(|&t| t == mark).map(|i| i as Tone + 1)
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut split = Vec::with_capacity((LAST - FIRST + 1) as usize);
    let mut lower = Vec::with_capacity((LAST - FIRST + 1) as usize);
    let mut join = HashMap::new();
    for code in FIRST..=LAST {
        let Some(c) = char::from_u32(code) else {
            split.push(('\0', 0, '\0'));
            lower.push('\0');
            continue;
        };
        let mut lowered = c.to_lowercase();
        lower.push(match (lowered.next(), lowered.next()) {
            (Some(l), None) => l,
            _ => '\0',
        });
        let mut parts = Vec::new();
        decompose_canonical(c, |d| parts.push(d));
        let tone = parts.iter().find_map(|&m| tone_of(m)).unwrap_or(0);
        // Letters with two tone-like marks (`ṍ`: o, tilde, acute) are no Vietnamese letter:
        // they must not stand for a tone on their base (`õ`).
        let tones = parts.iter().filter(|&&m| tone_of(m).is_some()).count();
        // Recompose everything but the tone: the letter with its hat, breve or horn.
        let mut toneless = parts[0];
        for &m in parts[1..].iter().filter(|&&m| tone_of(m).is_none()) {
            toneless = compose(toneless, m).unwrap_or(toneless);
        }
        let folded = match c {
            'đ' => 'd',
            'Đ' => 'D',
            _ if parts.len() > 1 && !is_combining_mark(parts[0]) => parts[0],
            _ => c,
        };
        split.push((toneless, tone, folded));
        if tones == 1 {
            join.insert((toneless, tone), c);
        }
    }
    Tables { split, lower, join }
});

/// The lowercase form of `c` when it is a single character (every Vietnamese letter's is).
#[inline]
pub fn lower_letter(c: char) -> Option<char> {
    let code = c as u32;
    if code < 0x80 {
        return Some(c.to_ascii_lowercase());
    }
    if (FIRST..=LAST).contains(&code) {
        let l = TABLES.lower[(code - FIRST) as usize];
        if l != '\0' {
            return Some(l);
        }
    }
    let mut lowered = c.to_lowercase();
    match (lowered.next(), lowered.next()) {
        (Some(l), None) => Some(l),
        _ => None,
    }
}

/// The letter without its tone, and the tone (0 when none).
#[inline]
pub fn split_tone(c: char) -> (char, Tone) {
    let code = c as u32;
    if (FIRST..=LAST).contains(&code) {
        let (toneless, tone, _) = TABLES.split[(code - FIRST) as usize];
        if toneless != '\0' {
            return (toneless, tone);
        }
    }
    (c, 0)
}

/// The letter carrying `tone`, when Unicode has it precomposed.
#[inline]
pub fn with_tone(toneless: char, tone: Tone) -> Option<char> {
    if tone == 0 {
        return Some(toneless);
    }
    TABLES.join.get(&(toneless, tone)).copied()
}

/// The letter without any diacritic (`ộ` → `o`, `đ` → `d`).
#[inline]
pub fn fold_letter(c: char) -> char {
    let code = c as u32;
    if (FIRST..=LAST).contains(&code) {
        let (_, _, folded) = TABLES.split[(code - FIRST) as usize];
        if folded != '\0' {
            return folded;
        }
    }
    c
}

/// `text` with its first letter a capital, the rest as written: "quyết định" → "Quyết
/// định", "kết luận" → "Kết luận".
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Whether `word` is written as an acronym: two letters or more, all capitals ("UBND",
/// "TTHC", "HĐND").
pub fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

/// True for letters, digits and combining marks: the characters words are made of.
/// Vietnamese letters take a range check; only other scripts reach Unicode's tables.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        0x300..=0x36F => true,
        _ => c.is_alphanumeric() || is_combining_mark(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_characters() {
        for c in ['a', 'Z', '7', 'đ', 'Ư', 'ộ', '\u{0301}', 'ß', 'я', '中'] {
            assert!(is_word_char(c), "{c}");
        }
        for c in [' ', '/', '-', '×', '÷', '“', '…', '%'] {
            assert!(!is_word_char(c), "{c}");
        }
    }

    #[test]
    fn split_join_and_fold() {
        assert_eq!(split_tone('ộ'), ('ô', 5));
        assert_eq!(split_tone('ờ'), ('ơ', 1));
        assert_eq!(split_tone('ă'), ('ă', 0));
        assert_eq!(split_tone('Ữ'), ('Ư', 3));
        assert_eq!(with_tone('ô', 5), Some('ộ'));
        assert_eq!(with_tone('y', 4), Some('ỷ'));
        assert_eq!(with_tone('q', 1), None);
        // õ and ũ, not ṍ and ṹ (which carry a second mark).
        assert_eq!(with_tone('o', 3), Some('õ'));
        assert_eq!(with_tone('U', 3), Some('Ũ'));
        for (c, l) in [('Ộ', 'ộ'), ('Đ', 'đ'), ('A', 'a'), ('ư', 'ư'), ('Ω', 'ω')] {
            assert_eq!(lower_letter(c), Some(l), "{c}");
        }
        assert_eq!(lower_letter('İ'), None, "lowercases to two characters");
        for (c, f) in [
            ('ộ', 'o'),
            ('đ', 'd'),
            ('Đ', 'D'),
            ('Ỷ', 'Y'),
            ('é', 'e'),
            ('a', 'a'),
            ('ß', 'ß'),
        ] {
            assert_eq!(fold_letter(c), f, "{c}");
        }
    }
}
