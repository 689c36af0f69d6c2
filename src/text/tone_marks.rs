//! Tone-mark canonicalization: one spelling for the two placements in use.
//!
//! Vietnamese writes the rhymes `oa`, `oe`, `uy` (open, no final consonant) with the tone on
//! either vowel: `hòa`/`hoà`, `khỏe`/`khoẻ`, `thủy`/`thuỷ`. We take the tone off the syllable
//! and put it back by one fixed rule (the "new style": on the second vowel of those rhymes),
//! so both spellings give one term. Syllables with a final consonant or a vowel carrying a
//! hat or horn have only one placement and come out unchanged.

use super::letters::{lower_letter, split_tone, with_tone, Tone};

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

fn has_modifier(c: char) -> bool {
    matches!(c, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư')
}

/// Index (into `base`) of the vowel that carries the tone, by the canonical rule.
fn tone_position(base: &[char]) -> Option<usize> {
    let first = base.iter().position(|&c| is_vowel(c))?;
    let mut start = first;
    // `qu` and `gi` (before another vowel) are consonants: their vowel letter is not the nucleus.
    let qu = start > 0 && base[start] == 'u' && base[start - 1] == 'q';
    let gi =
        start == 1 && base[0] == 'g' && base[1] == 'i' && base.get(2).is_some_and(|&c| is_vowel(c));
    if qu || gi {
        start += 1;
    }
    let end = (start..base.len())
        .find(|&i| !is_vowel(base[i]))
        .unwrap_or(base.len());
    if start >= end {
        // "gì", "quý" written without a further vowel: the consonant's vowel is the nucleus.
        return Some(first.max(end.saturating_sub(1)));
    }
    let nucleus = &base[start..end];
    if let Some(last_modified) = nucleus.iter().rposition(|&c| has_modifier(c)) {
        return Some(start + last_modified);
    }
    let has_final = end < base.len();
    Some(match nucleus.len() {
        1 => start,
        _ if has_final => end - 1,
        3.. => start + 1,
        _ => match (nucleus[0], nucleus[1]) {
            ('o', 'a') | ('o', 'e') | ('u', 'y') => start + 1,
            _ => start,
        },
    })
}

/// Longest syllable handled; longer words are not syllables and pass through.
const MAX_SYLLABLE_CHARS: usize = 12;

fn push_lowercase(text: &str, out: &mut String) {
    for c in text.chars() {
        out.extend(c.to_lowercase());
    }
}

/// Appends the canonical spelling of one NFC syllable to `out`, lowercased.
///
/// Text without a tone mark, or that is not a plausible syllable, is appended lowercased
/// and otherwise unchanged.
pub fn push_canonical_syllable(syllable: &str, out: &mut String) {
    if syllable.is_ascii() {
        out.extend(syllable.bytes().map(|b| b.to_ascii_lowercase() as char));
        return;
    }
    let mut base = ['\0'; MAX_SYLLABLE_CHARS];
    let mut len = 0;
    let mut tone: Tone = 0;
    for c in syllable.chars() {
        let Some(c) = lower_letter(c) else {
            push_lowercase(syllable, out);
            return;
        };
        let (toneless, t) = split_tone(c);
        if len == MAX_SYLLABLE_CHARS || (t != 0 && tone != 0) {
            push_lowercase(syllable, out);
            return;
        }
        if t != 0 {
            tone = t;
        }
        base[len] = toneless;
        len += 1;
    }
    let base = &base[..len];
    let Some(at) = tone_position(base).filter(|_| tone != 0) else {
        push_lowercase(syllable, out);
        return;
    };
    let Some(marked) = with_tone(base[at], tone) else {
        push_lowercase(syllable, out);
        return;
    };
    for (i, &c) in base.iter().enumerate() {
        out.push(if i == at { marked } else { c });
    }
}

/// The canonical spelling of one syllable, lowercased.
pub fn canonical_syllable(syllable: &str) -> String {
    let mut out = String::with_capacity(syllable.len());
    push_canonical_syllable(syllable, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_and_new_styles_give_one_term() {
        let pairs = [
            ("hòa", "hoà"),
            ("hóa", "hoá"),
            ("khỏe", "khoẻ"),
            ("thủy", "thuỷ"),
            ("tùy", "tuỳ"),
            ("ủy", "uỷ"),
            ("thúy", "thuý"),
            ("lòe", "loè"),
            ("khóa", "khoá"),
        ];
        for (old, new) in pairs {
            assert_eq!(
                canonical_syllable(old),
                canonical_syllable(new),
                "{old} vs {new}"
            );
            assert_eq!(canonical_syllable(old), new, "{old}");
        }
    }

    #[test]
    fn syllables_with_one_placement_are_unchanged() {
        for s in [
            "hoàn",
            "toán",
            "thuyết",
            "quý",
            "quà",
            "già",
            "gì",
            "người",
            "cải",
            "cách",
            "hành",
            "chính",
            "tiếng",
            "khuỷu",
            "ngoài",
            "huỳnh",
            "mùa",
            "bộ",
            "bổ",
            "bỏ",
            "của",
            "giữa",
            "nghị",
            "quyết",
            "đường",
            "chuyển",
            "đổi",
            "số",
            "hóa",
        ] {
            let expected = if s == "hóa" { "hoá" } else { s };
            assert_eq!(canonical_syllable(s), expected, "{s}");
        }
    }

    #[test]
    fn non_syllables_pass_through() {
        for s in ["café", "xé̀", "tthc", "123", "dài-quá-mức-để-là-một-âm-tiết"] {
            let out = canonical_syllable(s);
            assert!(!out.is_empty(), "{s}");
        }
        assert_eq!(canonical_syllable("tthc"), "tthc");
    }
}
