//! Vietnamese typed without an input method: Telex (`nghij quyeets`) and VNI
//! (`nghi5 quye6t1`), decoded to the syllables they stand for (`nghị quyết`).
//!
//! A word is decoded only when the result is a Vietnamese syllable and the word as typed is
//! not one: `cai cach` keeps its diacritic-free meaning, and English words, acronyms (in
//! capitals) and document numbers are left alone. Telex words keep their own meaning too
//! (the caller searches both); VNI words, with their digits, have no other.

use unicode_normalization::UnicodeNormalization;

use super::canonical_syllable;
use super::letters::fold_letter;
use super::syllable::{is_plain_vowel, is_syllable};

/// Tone keys: Telex letter, VNI digit, the combining mark.
const TONES: [(char, char, char); 5] = [
    ('s', '1', '\u{301}'),
    ('f', '2', '\u{300}'),
    ('r', '3', '\u{309}'),
    ('x', '4', '\u{303}'),
    ('j', '5', '\u{323}'),
];
/// A Telex word with only a tone key needs a base this long (`is`, `of` stay English).
const TONE_ONLY_MIN_BASE: usize = 3;

fn fold_ascii(s: &str) -> String {
    s.chars().map(fold_letter).collect()
}

/// Puts `mark` after the first vowel, composes, and lets the tone-mark rule place it.
fn with_tone(base: &str, mark: Option<char>) -> String {
    let Some(mark) = mark else {
        return base.to_string();
    };
    let mut out = String::with_capacity(base.len() + 2);
    let mut placed = false;
    for c in base.chars() {
        out.push(c);
        if !placed && is_plain_vowel(fold_letter(c)) {
            out.push(mark);
            placed = true;
        }
    }
    canonical_syllable(&out.nfc().collect::<String>())
}

/// The tone key typed inside a Telex word, where an input method takes it too: after the
/// syllable's first vowel and before its end (`cari` for "cải", `tieesng` for "tiếng"). The
/// word without it, and the mark.
fn inner_tone_key(word: &str) -> Option<(String, char)> {
    let chars: Vec<char> = word.chars().collect();
    let first_vowel = chars.iter().position(|&c| is_plain_vowel(c))?;
    let keys: Vec<(usize, char)> = (first_vowel + 1..chars.len().saturating_sub(1))
        .filter_map(|i| TONES.iter().find(|t| t.0 == chars[i]).map(|t| (i, t.2)))
        .collect();
    let [(at, mark)] = keys[..] else {
        return None;
    };
    let base: String = chars
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != at)
        .map(|(_, c)| c)
        .collect();
    Some((base, mark))
}

/// Telex: doubled vowels and `w` for hats and horns, `dd` for `đ`, a tone key at the end or
/// inside the word ([`inner_tone_key`]).
fn telex(word: &str) -> Option<String> {
    let inner;
    let (base, mark) = match word.chars().last() {
        Some(last) if word.len() > 1 => match TONES.iter().find(|t| t.0 == last) {
            Some(t) => (&word[..word.len() - 1], Some(t.2)),
            None => match inner_tone_key(word) {
                Some((without, mark)) => {
                    inner = without;
                    (inner.as_str(), Some(mark))
                }
                None => (word, None),
            },
        },
        _ => (word, None),
    };
    let chars: Vec<char> = base.chars().collect();
    let mut out = String::new();
    let mut modified = false;
    let mut i = 0;
    while i < chars.len() {
        let pair = (chars[i], chars.get(i + 1).copied());
        let triple = chars.get(i + 2).copied();
        let (text, used) = match pair {
            ('u', Some('o')) if triple == Some('w') => ("ươ", 3),
            ('d', Some('d')) => ("đ", 2),
            ('a', Some('a')) => ("â", 2),
            ('a', Some('w')) => ("ă", 2),
            ('e', Some('e')) => ("ê", 2),
            ('o', Some('o')) => ("ô", 2),
            ('o', Some('w')) => ("ơ", 2),
            ('u', Some('w')) => ("ư", 2),
            // A lone `w` is `ư` after a consonant or at the start (`tw` → `tư`), never after
            // a vowel (`news`).
            ('w', _) if i == 0 || !is_plain_vowel(chars[i - 1]) => ("ư", 1),
            _ => ("", 0),
        };
        if used > 0 {
            out.push_str(text);
            modified = true;
            i += used;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    if !modified && (mark.is_none() || base.len() < TONE_ONLY_MIN_BASE) {
        return None;
    }
    is_syllable(&fold_ascii(&out)).then(|| with_tone(&out, mark))
}

/// Applies a VNI modifier digit to the last fitting letter of `out`.
fn vni_modify(out: &mut [char], digit: char) -> Option<()> {
    let fits = |c: char| match digit {
        '6' => matches!(c, 'a' | 'e' | 'o'),
        '7' => matches!(c, 'o' | 'u'),
        '8' => c == 'a',
        '9' => c == 'd',
        _ => false,
    };
    let at = out.iter().rposition(|&c| fits(c))?;
    out[at] = match (digit, out[at]) {
        ('6', 'a') => 'â',
        ('6', 'e') => 'ê',
        ('6', 'o') => 'ô',
        ('7', 'o') => 'ơ',
        ('7', 'u') => 'ư',
        ('8', 'a') => 'ă',
        ('9', 'd') => 'đ',
        (_, c) => c,
    };
    // "uo7" is "ươ": the horn goes on both.
    if digit == '7' && out[at] == 'ơ' && at > 0 && out[at - 1] == 'u' {
        out[at - 1] = 'ư';
    }
    Some(())
}

/// VNI: digits after letters for tones (1–5), hats (6), horns (7), breve (8) and `đ` (9).
fn vni(word: &str) -> Option<String> {
    let mut out: Vec<char> = Vec::new();
    let mut mark = None;
    for c in word.chars() {
        if let Some(t) = TONES.iter().find(|t| t.1 == c) {
            if mark.replace(t.2).is_some() {
                return None;
            }
        } else if c.is_ascii_digit() {
            vni_modify(&mut out, c)?;
        } else {
            out.push(c);
        }
    }
    let base: String = out.into_iter().collect();
    is_syllable(&fold_ascii(&base)).then(|| with_tone(&base, mark))
}

/// The syllable a word typed in Telex or VNI stands for, when it stands for one and is not
/// a syllable (or a number, an acronym, an English word without Vietnamese shape) itself.
pub fn decode_typed(word: &str) -> Option<String> {
    let letters = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
    if letters == 0
        || !word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        || is_syllable(word)
    {
        return None;
    }
    if word.chars().any(|c| c.is_ascii_digit()) {
        // A digit must follow a letter (a number is not VNI).
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        vni(word)
    } else {
        telex(word)
    }
}

/// Whether a decoded word came from VNI (digits): such a word has no meaning of its own.
pub fn is_vni(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telex_words_decode() {
        for (typed, meant) in [
            ("nghij", "nghị"),
            ("quyeets", "quyết"),
            ("nguowif", "người"),
            ("ddaan", "đân"),
            ("cais", "cái"),
            ("hoaf", "hoà"),
            ("cungx", "cũng"),
            ("ngox", "ngõ"),
            // The tone key inside the word, as input methods take it.
            ("cari", "cải"),
            ("tieesng", "tiếng"),
            ("truwowfng", "trường"),
            ("hanfh", "hành"),
        ] {
            assert_eq!(decode_typed(typed).as_deref(), Some(meant), "{typed}");
        }
    }

    #[test]
    fn vni_words_decode() {
        for (typed, meant) in [("nghi5", "nghị"), ("quye6t1", "quyết"), ("d9a6n", "đân")] {
            assert_eq!(decode_typed(typed).as_deref(), Some(meant), "{typed}");
        }
    }

    #[test]
    fn ordinary_words_are_left_alone() {
        for word in [
            "cai",
            "cach",
            "the",
            "is",
            "of",
            "digital",
            "government",
            "report",
            "TTHC",
            "131",
            "nq",
            "cp",
            "covid19",
            "mp3",
            "and",
            "news",
        ] {
            assert_eq!(decode_typed(word), None, "{word}");
        }
    }
}
