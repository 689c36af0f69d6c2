//! Text normalization applied to every input before it is stored or tokenized.
//!
//! Enters: any decoded text (NFC or NFD, CRLF, non-breaking and zero-width spaces, stray
//! control characters). Leaves: NFC text with `\n` line ends, plain spaces, no zero-width or
//! control characters. Tokens take their offsets from this text, so the stored passage and
//! the highlighted snippet agree byte for byte.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Characters that carry no visible text: zero-width spaces and joiners, word joiner,
/// byte-order mark, soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// A character [`normalize_text`] replaces or drops.
fn needs_replacing(c: char) -> bool {
    c == '\r'
        || is_invisible(c)
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

/// What `input` needs, found in one pass: characters replaced, and composition.
fn needs(input: &str) -> (bool, bool) {
    let (mut replace, mut compose) = (false, false);
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            replace |= b == b'\r' || b == 0x7F || (b < 0x20 && b != b'\n');
            i += 1;
            continue;
        }
        let c = input[i..].chars().next().expect("a character starts here");
        replace |= needs_replacing(c);
        compose |= may_need_composition(c);
        if replace && compose {
            break;
        }
        i += c.len_utf8();
    }
    (replace, compose)
}

/// Normalizes text to NFC with plain spaces and `\n` line ends.
pub fn normalize_text(input: &str) -> String {
    let (replace, compose_needed) = needs(input);
    let text = if replace {
        replace_special(input)
    } else {
        input.to_string()
    };
    // Replacing only drops characters or writes ASCII: it never makes composition needed.
    if compose_needed {
        compose(text)
    } else {
        text
    }
}

/// `input` with line ends, spaces, invisible and control characters replaced or dropped.
fn replace_special(input: &str) -> String {
    let mut cleaned = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    cleaned.push('\n');
                }
            }
            '\n' => cleaned.push('\n'),
            '\u{2028}' | '\u{2029}' | '\u{0085}' => cleaned.push('\n'),
            c if is_invisible(c) => {}
            c if c.is_whitespace() => cleaned.push(' '),
            c if c.is_control() => {}
            c => cleaned.push(c),
        }
    }
    cleaned
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
            ("thủ\u{200B}tục", "thủtục"),
            ("\u{FEFF}Tin", "Tin"),
            ("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3"),
            ("tab\there", "tab here"),
            ("bell\u{0007}x", "bellx"),
            ("plain ascii", "plain ascii"),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize_text(input), expected, "input {input:?}");
        }
    }
}
