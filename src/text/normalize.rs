//! Text normalization applied to every input before it is stored or tokenized.
//!
//! Enters: any decoded text (NFC or NFD, CRLF, non-breaking and zero-width spaces, stray
//! control characters, look-alike hyphens and slashes). Leaves: NFC text with `\n` line
//! ends, plain spaces, no zero-width or control characters, ASCII hyphens and slashes where
//! a document number or a compound word is written with their look-alikes. Tokens take
//! their offsets from this text, so the stored passage and the highlighted snippet agree
//! byte for byte.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::letters::is_acronym;
use super::syllable::is_spelled_syllable;

/// Characters that carry no visible text: Unicode's default-ignorable code points (zero-width
/// spaces and joiners, the word joiner, the byte-order mark, the soft hyphen, direction
/// marks and embeddings, the combining grapheme joiner, variation selectors, the Mongolian
/// vowel separator, Hangul fillers, invisible operators, tags), which text copied from
/// other tools or padded to fool a filter holds inside its words.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// The ASCII hyphen or slash a look-alike stands for, as document numbers are written with
/// them too ("131‑NQ／CP": a non-breaking hyphen, a fullwidth solidus; a minus sign, a
/// division or fraction slash).
fn ascii_look_alike(c: char) -> Option<char> {
    match c {
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => Some('-'),
        '\u{2044}' | '\u{2215}' | '\u{29F8}' | '\u{FF0F}' => Some('/'),
        _ => None,
    }
}

/// The ASCII character a fullwidth form stands for ("ＵＢＮＤ", "１２３", typed with an East
/// Asian input method): its compatibility decomposition.
fn fullwidth_ascii(c: char) -> Option<char> {
    ('\u{FF01}'..='\u{FF5E}')
        .contains(&c)
        .then(|| char::from_u32(c as u32 - 0xFEE0))
        .flatten()
}

/// The letter đ an eth (Ð, ð: a different letter that looks alike, left by old converters
/// and keyboards) stands for.
fn eth_as_d(c: char) -> Option<char> {
    match c {
        'Ð' => Some('Đ'),
        'ð' => Some('đ'),
        _ => None,
    }
}

/// An en or em dash.
fn is_dash(c: char) -> bool {
    matches!(c, '\u{2013}' | '\u{2014}')
}

/// Whether the dash at `at` in `text` joins two letters or digits with no space between
/// ("QĐ–TTg", "2022–2025"): a hyphen typed as a dash. A dash with spaces around is
/// punctuation and stays.
fn joins_words(text: &str, at: usize, dash: char) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + dash.len_utf8()..].chars().next();
    before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric)
}

/// A character [`normalize_text`] replaces or drops (dashes are decided in context).
fn needs_replacing(c: char) -> bool {
    c == '\r'
        || is_invisible(c)
        || ascii_look_alike(c).is_some()
        || fullwidth_ascii(c).is_some()
        || eth_as_d(c).is_some()
        || (c.is_whitespace() && c != ' ' && c != '\n')
        || (c.is_control() && c != '\n')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{0085}')
}

/// A character that may not be in NFC: a combining mark or a character outside Latin
/// (precomposed Vietnamese letters included) and general punctuation, which are their own
/// composition. Other scripts go through the full check.
fn may_need_composition(c: char) -> bool {
    let u = c as u32;
    u >= 0x300 && !(0x1E00..=0x1EFF).contains(&u) && !(0x2000..=0x20CF).contains(&u)
}

/// The byte length of the character at `bytes[i]` when it is one [`normalize_text`] keeps as
/// it is and that needs no composition, found from its bytes alone: printable ASCII and the
/// line feed, Latin letters from U+00C0 to U+02FF but the eth, and the precomposed
/// Vietnamese letters (U+1E00 to U+1EFF). 0 for any other character, which is looked at
/// whole. Most of a Vietnamese text is made of these.
fn plain_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b'\n' | 0x20..=0x7E => 1,
        0xC3 if !matches!(bytes.get(i + 1), Some(0x90 | 0xB0)) => 2,
        0xC4..=0xCB => 2,
        0xE1 if matches!(bytes.get(i + 1), Some(0xB8..=0xBB)) => 3,
        _ => 0,
    }
}

/// What `input` needs, found in one pass: characters replaced, and composition.
fn needs(input: &str) -> (bool, bool) {
    let (mut replace, mut compose) = (false, false);
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let plain = plain_len(bytes, i);
        if plain > 0 {
            i += plain;
            continue;
        }
        let c = input[i..].chars().next().expect("a character starts here");
        replace |= needs_replacing(c) || (is_dash(c) && joins_words(input, i, c));
        compose |= may_need_composition(c);
        if replace && compose {
            break;
        }
        i += c.len_utf8();
    }
    (replace, compose)
}

/// The double quotation marks people type around a phrase, the ASCII one and Unicode's
/// others (its `Quotation_Mark` characters that are not single: curly, low, guillemets,
/// CJK and fullwidth). A single curly quote stays out: "’" is as often an apostrophe
/// ("Đắk R’Lấp", "H’Mông").
pub const DOUBLE_QUOTATION_MARKS: [char; 12] = [
    '"', '«', '»', '“', '”', '„', '‟', '⹂', '〝', '〞', '〟', '＂',
];

/// Normalizes text to NFC with plain spaces and `\n` line ends.
pub fn normalize_text(input: &str) -> String {
    changed(input).unwrap_or_else(|| input.to_string())
}

/// [`normalize_text`] of a string the caller owns: returned as it is, with no copy, when it
/// is already normal (most text is).
pub fn normalize_string(text: String) -> String {
    changed(&text).unwrap_or(text)
}

/// `input` normalized, or `None` when it already is.
fn changed(input: &str) -> Option<String> {
    let (replace, compose_needed) = needs(input);
    if !replace && !compose_needed {
        return None;
    }
    let text = if replace {
        replace_special(input)
    } else {
        input.to_string()
    };
    // Replacing only drops characters or writes ASCII: it never makes composition needed.
    Some(if compose_needed { compose(text) } else { text })
}

/// `input` with line ends, spaces, invisible and control characters replaced or dropped.
fn replace_special(input: &str) -> String {
    let mut cleaned = String::with_capacity(input.len());
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A run of characters kept as they are is copied whole.
        let run_start = i;
        while i < bytes.len() {
            match plain_len(bytes, i) {
                0 => break,
                n => i += n,
            }
        }
        cleaned.push_str(&input[run_start..i]);
        let Some(c) = input[i..].chars().next() else {
            break;
        };
        let next = i + c.len_utf8();
        match c {
            '\r' => {
                if bytes.get(next) != Some(&b'\n') {
                    cleaned.push('\n');
                }
            }
            c if is_dash(c) && joins_words(input, i, c) => cleaned.push('-'),
            c if ascii_look_alike(c).is_some() => cleaned.extend(ascii_look_alike(c)),
            c if fullwidth_ascii(c).is_some() => cleaned.extend(fullwidth_ascii(c)),
            c if eth_as_d(c).is_some() => {
                let d = eth_as_d(c).expect("an eth");
                let after = &input[next..];
                let word = format!("{}{d}{}", letters_before(&cleaned), letters_after(after));
                cleaned.push(if spelled_syllable(&word) || capitals_abbreviation(&word) {
                    d
                } else {
                    c
                });
            }
            '\u{2028}' | '\u{2029}' | '\u{0085}' => cleaned.push('\n'),
            c if is_invisible(c) => {
                if separates_syllables(&cleaned, &input[next..]) {
                    cleaned.push(' ');
                }
            }
            c if c.is_whitespace() => cleaned.push(' '),
            c if c.is_control() => {}
            c => cleaned.push(c),
        }
        i = next;
    }
    cleaned
}

/// A letter, or a combining mark of one (text may still be decomposed here).
fn is_letter_part(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// The letters `text` ends with.
fn letters_before(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_letter_part(c))
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// The letters `text` starts with.
fn letters_after(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|&(_, c)| !is_letter_part(c))
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// Whether an invisible character between `before` (the text cleaned so far) and `after`
/// stands where a space was lost between two syllables ("chuyển\u{200B}đổi") rather than
/// inside a word ("cả\u{200B}i", "admin\u{AD}istration"): the letters on each side are each
/// a Vietnamese syllable or an acronym ("UBND"), and together they are no syllable.
fn separates_syllables(before: &str, after: &str) -> bool {
    let (left, right) = (letters_before(before), letters_after(after));
    if left.is_empty() || right.is_empty() {
        return false;
    }
    let whole = |part: &str| spelled_syllable(part) || is_acronym(part);
    whole(left) && whole(right) && !spelled_syllable(&format!("{left}{right}"))
}

/// Whether the letters `part` (perhaps still decomposed) spell a Vietnamese syllable.
/// Most letters of an abbreviation in capitals an eth may stand in ("HÐND", "QÐ-TTg").
const ABBREVIATION_MAX_LETTERS: usize = 8;

/// Whether `word` (its eth already read as Đ) is an abbreviation in capitals: Latin capitals
/// and Đ only, a few of them ("QĐ", "NĐ", "HĐND", "BCĐ"). Words of a language that writes
/// the eth carry lowercase letters or other marks.
fn capitals_abbreviation(word: &str) -> bool {
    let letters = word.chars().count();
    (2..=ABBREVIATION_MAX_LETTERS).contains(&letters)
        && word.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ')
}

fn spelled_syllable(part: &str) -> bool {
    is_spelled_syllable(&part.nfc().collect::<String>())
}

/// `text` in NFC (called when [`needs`] found a character that may need composition).
fn compose(text: String) -> String {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        text.nfc().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The characters [`plain_len`] passes by their bytes are exactly those the
    /// character-by-character rules keep as they are and never compose.
    #[test]
    fn plain_bytes_agree_with_the_character_rules() {
        let ranges = [0u32..0x100, 0x100..0x400, 0x1D00..0x2100, 0x2200..0x2300];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let text = c.to_string();
            let by_bytes = plain_len(text.as_bytes(), 0) > 0;
            let by_chars = !needs_replacing(c) && !is_dash(c) && !may_need_composition(c);
            assert!(
                !by_bytes || by_chars,
                "{c:?} ({:04X}) passed as plain",
                c as u32
            );
            if by_bytes {
                assert_eq!(plain_len(text.as_bytes(), 0), c.len_utf8());
            }
        }
    }

    #[test]
    fn special_characters_between_runs_of_plain_text() {
        let cases = [
            ("Hà Nội\r\nngày 5\rtháng 6", "Hà Nội\nngày 5\ntháng 6"),
            ("QÐ-TTg và Ðiều 5\tkhoản 2", "QĐ-TTg và Điều 5 khoản 2"),
            ("Ðà Nẵng\u{3000}Thừa\u{1680}Thiên", "Đà Nẵng Thừa Thiên"),
            (
                "131\u{2011}NQ\u{FF0F}CP, 2022\u{2013}2025 — nay",
                "131-NQ/CP, 2022-2025 — nay",
            ),
            ("ＵＢＮＤ tỉnh\u{0085}ưu tiên\u{7F}", "UBND tỉnh\nưu tiên"),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize_text(input), expected, "{input:?}");
        }
    }

    #[test]
    fn nfd_input_is_composed() {
        let nfd: String = "cải cách hành chính".nfd().collect();
        assert_ne!(nfd, "cải cách hành chính");
        assert_eq!(normalize_text(&nfd), "cải cách hành chính");
    }

    #[test]
    fn decomposed_vietnamese_and_other_scripts_are_composed() {
        for text in ["Nghị quyết", "Ελληνικά ά", "tiếng Việt — “trích dẫn”"]
        {
            let nfd: String = text.nfd().collect();
            assert_eq!(normalize_text(&nfd), text.nfc().collect::<String>());
        }
    }

    #[test]
    fn invisible_and_special_spaces() {
        let cases = [
            ("a\u{00A0}b", "a b"),
            // Between two syllables an invisible character stands for a lost space; inside
            // a syllable or a foreign word it is dropped.
            ("thủ\u{200B}tục", "thủ tục"),
            ("chuye\u{302}\u{309}n\u{AD}đổi", "chuyển đổi"),
            ("cả\u{200B}i cách", "cải cách"),
            ("admin\u{AD}istration", "administration"),
            ("UBND\u{2060}tỉnh", "UBND tỉnh"),
            // Every default-ignorable character alike: a direction mark, the combining
            // grapheme joiner before a tone mark, the Mongolian vowel separator.
            ("thủ\u{200E}tục", "thủ tục"),
            ("ca\u{034F}\u{0301}ch", "cách"),
            ("th\u{180E}ủ tục", "thủ tục"),
            ("hành\u{3164}chính", "hành chính"),
            // Fullwidth forms are their ASCII; an eth in a Vietnamese word is đ.
            ("ＵＢＮＤ số １２３", "UBND số 123"),
            ("Ðà Nẵng, ðề án, Ðe\u{302}\u{300}", "Đà Nẵng, đề án, Đề"),
            ("Guðrún", "Guðrún"),
            ("1291/QÐ-TTg, HÐND, BCÐ", "1291/QĐ-TTg, HĐND, BCĐ"),
            ("GUÐRÚN ÐÐÐÐÐÐÐÐÐ", "GUÐRÚN ÐÐÐÐÐÐÐÐÐ"),
            ("\u{FEFF}Tin", "Tin"),
            ("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3"),
            ("tab\there", "tab here"),
            ("bell\u{0007}x", "bellx"),
            ("plain ascii", "plain ascii"),
            ("131\u{2011}NQ\u{FF0F}CP", "131-NQ/CP"),
            ("93/2007/QĐ\u{2013}TTg", "93/2007/QĐ-TTg"),
            ("2022\u{2014}2025", "2022-2025"),
            ("Hà Nội \u{2013} Ngày 5/3", "Hà Nội \u{2013} Ngày 5/3"),
            ("\u{2013}đầu dòng", "\u{2013}đầu dòng"),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize_text(input), expected, "input {input:?}");
        }
    }
}
