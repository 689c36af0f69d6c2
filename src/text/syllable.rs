//! The shape of a Vietnamese syllable: an optional initial consonant, a vowel nucleus, an
//! optional final consonant, at most one tone.
//!
//! Two checks: [`is_syllable`], loose, on folded ASCII (what Telex and VNI typing decode to),
//! and [`is_spelled_syllable`], strict, on a word as written: its letters must be Vietnamese
//! letters, its nucleus one that Vietnamese spells (`iê`, `ươ`, `uyê`, not `ieo` or `aư`),
//! with one tone at most. The strict check is what tells text in a legacy encoding read
//! under the wrong table from text read under the right one.

use super::letters::{lower_letter, split_tone};

/// Initial consonants, longest first.
const INITIALS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];
/// Final consonants, longest first.
const FINALS: &[&str] = &["ch", "nh", "ng", "c", "m", "n", "p", "t"];
/// The longest vowel cluster of a syllable (`uyê`, `ươi`).
const MAX_VOWELS: usize = 3;
/// The vowel nuclei Vietnamese spells, without tone (after `qu` and `gi` the `u`/`i`
/// belongs to the initial).
const NUCLEI: &[&str] = &[
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây",
    "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui",
    "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "ya", "yê", "iêu", "yêu", "oai", "oao", "oay", "oeo",
    "uây", "uôi", "ươi", "ươu", "uyê", "uya", "uyu",
];

pub(crate) fn is_plain_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

fn is_vowel(c: char) -> bool {
    is_plain_vowel(c) || matches!(c, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư')
}

/// Whether `word` parses as an initial from [`INITIALS`] (or none), then a rhyme that
/// `rhyme_ok` accepts.
fn parses(word: &str, rhyme_ok: impl Fn(&str) -> bool) -> bool {
    rhyme_ok(word)
        || INITIALS
            .iter()
            .filter_map(|i| word.strip_prefix(i))
            .any(rhyme_ok)
}

/// Whether `rest` is a final consonant or nothing.
fn is_final(rest: &str) -> bool {
    rest.is_empty() || FINALS.contains(&rest)
}

/// Whether `folded` (lowercase, no diacritics, `đ` as `d`) has the shape of a Vietnamese
/// syllable: an optional initial consonant, one to three vowels, an optional final.
pub fn is_syllable(folded: &str) -> bool {
    if !folded.is_ascii() || folded.is_empty() {
        return false;
    }
    folded == "gi"
        || parses(folded, |rest| {
            let vowels = rest.chars().take_while(|&c| is_plain_vowel(c)).count();
            (1..=MAX_VOWELS).contains(&vowels) && is_final(&rest[vowels..])
        })
}

/// Whether `word` (NFC, any case) is a Vietnamese syllable as written: Vietnamese letters
/// only, one tone at most, a nucleus from [`NUCLEI`].
pub fn is_spelled_syllable(word: &str) -> bool {
    let mut toneless = String::with_capacity(word.len());
    let mut tones = 0;
    for c in word.chars() {
        let Some(lower) = lower_letter(c) else {
            return false;
        };
        let (base, tone) = split_tone(lower);
        tones += usize::from(tone != 0);
        match base {
            'đ' => toneless.push('d'),
            'a'..='z' | 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư' => toneless.push(base),
            _ => return false,
        }
    }
    if tones > 1 || toneless.is_empty() {
        return false;
    }
    toneless == "gi"
        || parses(&toneless, |rest| {
            let end = rest
                .char_indices()
                .find(|&(_, c)| !is_vowel(c))
                .map_or(rest.len(), |(i, _)| i);
            NUCLEI.contains(&&rest[..end]) && is_final(&rest[end..])
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_shapes() {
        for s in ["nghiep", "quyet", "gi", "thuy", "khoe", "a", "uong"] {
            assert!(is_syllable(s), "{s}");
        }
        for s in ["digital", "bits", "str", "q", "nd"] {
            assert!(!is_syllable(s), "{s}");
        }
    }

    #[test]
    fn spelled_syllables_are_vietnamese_words_as_written() {
        for s in [
            "Việt", "người", "quốc", "giữa", "gì", "hoá", "hóa", "khuya", "Thuý", "CẢI", "đất",
            "nghiêng", "lý", "xoong", "ở", "Nam",
        ] {
            assert!(is_spelled_syllable(s), "{s}");
        }
        // Wrong nuclei (what a legacy table misread gives), two tones, foreign letters.
        for s in [
            "Vieọt", "caực", "chaứo", "Viêịt", "Qu¶n", "Müller", "hãa", "xyz", "",
        ] {
            assert!(!is_spelled_syllable(s), "{s}");
        }
    }
}
