//! Tone-mark canonicalization: one spelling for the two placements in use.
//!
//! Vietnamese writes the rhymes `oa`, `oe`, `uy` (open, no final consonant) with the tone on
//! either vowel: `hòa`/`hoà`, `khỏe`/`khoẻ`, `thủy`/`thuỷ`. We take the tone off the syllable
//! and put it back by one fixed rule (the "new style": on the second vowel of those rhymes),
//! so both spellings give one term. Syllables with a final consonant or a vowel carrying a
//! hat or horn have only one placement and come out unchanged.

use unicode_normalization::UnicodeNormalization;

/// The five combining tone marks (grave, acute, tilde, hook above, dot below).
fn is_tone_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}'
    )
}

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

/// Appends the canonical spelling of one lowercase NFC syllable to `out`.
///
/// Text without a tone mark, or that is not a plausible syllable, is appended unchanged.
pub fn push_canonical_syllable(syllable: &str, out: &mut String) {
    if syllable.is_ascii() {
        out.push_str(syllable);
        return;
    }
    let mut tone = None;
    let mut tones = 0;
    let mut bare = String::with_capacity(syllable.len());
    for c in syllable.nfd() {
        if is_tone_mark(c) {
            tone = Some(c);
            tones += 1;
        } else {
            bare.push(c);
        }
    }
    let Some(tone) = tone.filter(|_| tones == 1) else {
        out.push_str(syllable);
        return;
    };
    let base: Vec<char> = bare.nfc().collect();
    let Some(at) = tone_position(&base) else {
        out.push_str(syllable);
        return;
    };
    let mut marked = String::with_capacity(syllable.len() + 2);
    for (i, &c) in base.iter().enumerate() {
        marked.push(c);
        if i == at {
            marked.push(tone);
        }
    }
    out.extend(marked.nfc());
}

/// The canonical spelling of one lowercase syllable.
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
        for s in ["café", "x\u{301}\u{300}", "tthc", "123"] {
            let out = canonical_syllable(s);
            assert!(!out.is_empty(), "{s}");
        }
        assert_eq!(canonical_syllable("tthc"), "tthc");
    }
}
