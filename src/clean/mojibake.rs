//! UTF-8 read as Windows-1252 and written out again as UTF-8 (`Cáº£i cÃ¡ch hÃ nh chÃ­nh` for
//! "Cải cách hành chính"): the most common damage in scraped Vietnamese, made by a crawler or
//! a database that took UTF-8 bytes for Latin-1 once. Also UTF-8 read as Windows-1258, the
//! Vietnamese code page (`ChĂ­nh phá»§` for "Chính phủ"), as a page that declares it does,
//! and UTF-8 read as Mac OS Roman, an old Mac's code page (`C·∫£i c√°ch` for "Cải cách").
//!
//! Undone run by run (between line breaks and markup brackets): a run whose characters are
//! all Windows-1252 goes back to its bytes, and when those bytes are UTF-8 that reads as
//! more Vietnamese than the run ([`super::legacy::plausibility`]), the run is replaced. A
//! space where a non-breaking space stood (`hÃ nh`: `à` is C3 A0) is put back first.

use std::sync::LazyLock;

use encoding_rs::{MACINTOSH, WINDOWS_1252, WINDOWS_1258};

use super::legacy::{plausibility, runs};
use crate::text::syllable::is_spelled_syllable;

/// Two-character signs of double encoding worth a closer look, this many at least.
const MIN_SIGNS: usize = 2;

/// The characters Windows-1252 and Windows-1258 give the bytes 0x80 to 0xFF where they are
/// not the Latin-1 character of that byte: curly quotes, dashes, `‡` (both), `Ă`, `ơ`, `đ`
/// and the combining tone marks (Windows-1258). The two never give one character two bytes.
static MISREAD_BYTES: LazyLock<Vec<(char, u8)>> = LazyLock::new(|| {
    let mut found = Vec::new();
    for encoding in [WINDOWS_1252, WINDOWS_1258] {
        for b in 0x80u8..=0xFF {
            let byte = [b];
            let (text, _) = encoding.decode_without_bom_handling(&byte);
            if let Some(c) = text
                .chars()
                .next()
                .filter(|&c| u32::from(c) != u32::from(b))
            {
                found.push((c, b));
            }
        }
    }
    found
});

/// The byte a tool that read UTF-8 as Windows-1252 or Windows-1258 showed as `c`: its
/// Latin-1 byte (also the C1 controls both leave undefined), else its byte in either table.
pub(super) fn misread_byte(c: char) -> Option<u8> {
    u8::try_from(u32::from(c)).ok().or_else(|| {
        MISREAD_BYTES
            .iter()
            .find(|&&(h, _)| h == c)
            .map(|&(_, b)| b)
    })
}

/// Whether `text` shows at least [`MIN_SIGNS`] signs of double-encoded Vietnamese: `Ã`,
/// `Ä`, `Å`, `Æ` (the lead bytes of Latin letters with marks, as Windows-1252 shows them),
/// `Ă` before a character beyond ASCII (the lead byte 0xC3, as Windows-1258 shows it) or
/// `áº`/`á»` (the lead of Latin Extended Additional, where most toned Vietnamese letters
/// live).
fn has_signs(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut signs = 0;
    for i in memchr::memchr2_iter(0xC3, 0xC4, bytes) {
        let sign = match (bytes[i], bytes.get(i + 1)) {
            (0xC3, Some(0x83..=0x86)) => true,
            (0xC3, Some(0xA1)) => matches!(bytes.get(i + 2..i + 4), Some([0xC2, 0xBA | 0xBB])),
            // "Ă" then a Latin-1 or Windows punctuation character (not a combining mark).
            (0xC4, Some(0x82)) => {
                matches!(bytes.get(i + 2), Some(0xC2 | 0xC5 | 0xC6 | 0xCB | 0xE2))
            }
            _ => false,
        };
        signs += usize::from(sign);
        if signs >= MIN_SIGNS {
            return true;
        }
    }
    false
}

/// Most times a run is taken as written in a legacy table and undone: text that went
/// through two such tools comes back in two steps.
const MAX_UNDO_DEPTH: usize = 3;

/// The bytes Windows-1252 leaves undefined: a tool that read UTF-8 through a strict
/// Windows-1252 decoder wrote U+FFFD for each (`trọng`, whose `ọ` is E1 BB 8D, as
/// `trá»\u{FFFD}ng`), so a replacement character in a misread run stood for one of them.
/// In the order they are tried: the letter each gives after the lead bytes of Vietnamese's
/// toned letters, most frequent first (`ọ`, `ờ`, `ề`, `ỏ` after E1 BB; `Í`, `Ý`, `Á` after
/// C3; `Đ` after C4).
const LOST_BYTES: [u8; 5] = [0x8D, 0x9D, 0x81, 0x8F, 0x90];

/// The byte each of `run`'s characters stood for, a replacement character standing for a
/// lost byte ([`LOST_BYTES`]) given the first that makes its word a Vietnamese syllable
/// (else the first that makes it UTF-8); `None` when a character stood for no byte.
fn misread_bytes(run: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(run.len());
    let mut lost = Vec::new();
    for c in run.chars() {
        if c == char::REPLACEMENT_CHARACTER {
            lost.push(bytes.len());
            bytes.push(LOST_BYTES[0]);
        } else {
            bytes.push(misread_byte(c)?);
        }
    }
    for &at in &lost {
        let word = |bytes: &[u8]| {
            let start = bytes[..at]
                .iter()
                .rposition(|b| !is_word_byte(*b))
                .map_or(0, |i| i + 1);
            let end = bytes[at..]
                .iter()
                .position(|b| !is_word_byte(*b))
                .map_or(bytes.len(), |i| at + i);
            std::str::from_utf8(&bytes[start..end])
                .ok()
                .map(str::to_string)
        };
        let mut first_valid = None;
        for candidate in LOST_BYTES {
            bytes[at] = candidate;
            match word(&bytes) {
                Some(w) if is_spelled_syllable(&w) => {
                    first_valid = Some(candidate);
                    break;
                }
                Some(_) => {
                    first_valid = first_valid.or(Some(candidate));
                }
                None => {}
            }
        }
        bytes[at] = first_valid.unwrap_or(LOST_BYTES[0]);
    }
    Some(bytes)
}

/// Whether `b` may stand inside a word's UTF-8: a letter, a figure or a byte beyond ASCII.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The characters Mac OS Roman gives the bytes 0x80 to 0xFF, with their bytes: every one
/// of them is another character than Latin-1's.
static MAC_ROMAN_BYTES: LazyLock<Vec<(char, u8)>> = LazyLock::new(|| {
    (0x80u8..=0xFF)
        .filter_map(|b| {
            let byte = [b];
            let (text, _) = MACINTOSH.decode_without_bom_handling(&byte);
            text.chars().next().map(|c| (c, b))
        })
        .collect()
});

/// The bytes `run`'s characters stood for where a tool read UTF-8 as Mac OS Roman: ASCII as
/// itself, the rest by the table; `None` when a character stood for no byte.
fn mac_roman_bytes(run: &str) -> Option<Vec<u8>> {
    run.chars()
        .map(|c| match u8::try_from(u32::from(c)) {
            Ok(b) if b.is_ascii() => Some(b),
            _ => MAC_ROMAN_BYTES
                .iter()
                .find(|&&(m, _)| m == c)
                .map(|&(_, b)| b),
        })
        .collect()
}

/// Whether `text` shows at least [`MIN_SIGNS`] signs of UTF-8 read as Mac OS Roman: `·∫` and
/// `·ª` (E1 BA and E1 BB, the lead of most toned Vietnamese letters) and `ƒë` (C4 91, `đ`),
/// found in one scan of their lead bytes.
fn has_mac_roman_signs(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut signs = 0;
    for i in memchr::memchr2_iter(0xC2, 0xC6, bytes) {
        let sign = match bytes[i..] {
            // "·" then "∫" or "ª".
            [0xC2, 0xB7, 0xE2, 0x88, 0xAB, ..] | [0xC2, 0xB7, 0xC2, 0xAA, ..] => true,
            // "ƒ" then "ë".
            [0xC6, 0x92, 0xC3, 0xAB, ..] => true,
            _ => false,
        };
        signs += usize::from(sign);
        if signs >= MIN_SIGNS {
            return true;
        }
    }
    false
}

/// `run` read back as UTF-8 from its Mac OS Roman misreading, when that reads as more
/// Vietnamese than the run.
fn undo_mac_roman(run: &str) -> Option<String> {
    if run.is_ascii() {
        return None;
    }
    let undone = String::from_utf8(mac_roman_bytes(run)?).ok()?;
    (plausibility(&undone) > plausibility(run)).then_some(undone)
}

/// `run`'s characters as the bytes they stood for ([`misread_bytes`]), read as UTF-8 (a
/// space where `à`'s non-breaking space stood put back); `None` when they are no UTF-8.
fn undo_once(run: &str) -> Option<String> {
    let bytes = misread_bytes(run)?;
    let decoded = String::from_utf8(bytes).or_else(|e| {
        let mut bytes = e.into_bytes();
        for i in 1..bytes.len() {
            if bytes[i - 1] == 0xC3 && bytes[i] == b' ' {
                bytes[i] = 0xA0;
            }
        }
        String::from_utf8(bytes)
    });
    decoded.ok()
}

/// `run` with its double encoding undone, when it has one and undoing it (once, or again
/// for text encoded twice over) gives Vietnamese.
fn undo(run: &str) -> Option<String> {
    if run.is_ascii() {
        return None;
    }
    let before = plausibility(run);
    let mut current = undo_once(run)?;
    let mut reads = plausibility(&current);
    // Deeper while it reads better: the first step of text encoded twice reads better than
    // the run already, the second reads as Vietnamese.
    for _ in 1..MAX_UNDO_DEPTH {
        match undo_once(&current).map(|d| (plausibility(&d), d)) {
            Some((deeper_reads, deeper)) if deeper_reads > reads => {
                (current, reads) = (deeper, deeper_reads);
            }
            _ => break,
        }
    }
    (reads > before).then_some(current)
}

/// `text` with its double-encoded runs undone, or `None` when it has none.
pub fn repair_double_encoded(text: &str) -> Option<String> {
    let undo: fn(&str) -> Option<String> = if has_signs(text) {
        undo
    } else if has_mac_roman_signs(text) {
        undo_mac_roman
    } else {
        return None;
    };
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, run) in runs(text) {
        if let Some(fixed) = undo(run) {
            out.push_str(&text[copied..at]);
            out.push_str(&fixed);
            copied = at + run.len();
        }
    }
    (copied > 0).then(|| {
        out.push_str(&text[copied..]);
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` as a tool that took its UTF-8 for Windows-1252 writes it.
    fn double_encoded(text: &str) -> String {
        WINDOWS_1252
            .decode_without_bom_handling(text.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn double_encoded_runs_are_undone_and_the_rest_kept() {
        let body = "Cải cách thủ tục hành chính: Thủ tướng yêu cầu đẩy mạnh “một cửa” – ệ ự ỹ Đ.";
        let page = format!("<p>Tin tức</p><p>{}</p>", double_encoded(body));
        assert_eq!(
            repair_double_encoded(&page).as_deref(),
            Some(format!("<p>Tin tức</p><p>{body}</p>").as_str())
        );
        // A non-breaking space inside `à` that became a plain space.
        let spaced = double_encoded("hành chính và thành phố").replace('\u{A0}', " ");
        assert_eq!(
            repair_double_encoded(&spaced).as_deref(),
            Some("hành chính và thành phố")
        );
    }

    #[test]
    fn utf8_read_as_mac_roman_is_undone_and_other_text_kept() {
        let body = "Cải cách thủ tục hành chính: Thủ tướng yêu cầu đẩy mạnh dịch vụ công.";
        let mac = MACINTOSH.decode_without_bom_handling(body.as_bytes()).0;
        assert!(mac.contains("·∫"), "{mac}");
        let page = format!("<p>Tin tức</p><p>{mac}</p>");
        assert_eq!(
            repair_double_encoded(&page).as_deref(),
            Some(format!("<p>Tin tức</p><p>{body}</p>").as_str())
        );
        // Mathematics and a Western name keep their signs.
        for text in ["√2 ≈ 1,41 và ∫ f(x) dx", "José Martí · Café"] {
            assert_eq!(repair_double_encoded(text), None, "{text}");
        }
    }

    #[test]
    fn bytes_a_strict_decoder_lost_are_found_again_where_the_syllable_tells() {
        // Python's `decode("cp1252", errors="replace")`: a replacement character for each
        // byte Windows-1252 leaves undefined.
        let strict = |text: &str| -> String {
            text.bytes()
                .map(|b| match b {
                    0x81 | 0x8D | 0x8F | 0x90 | 0x9D => char::REPLACEMENT_CHARACTER,
                    _ => WINDOWS_1252
                        .decode_without_bom_handling(&[b])
                        .0
                        .chars()
                        .next()
                        .unwrap(),
                })
                .collect()
        };
        let body = "Nhiều người dân được hướng dẫn nộp hồ sơ trọng điểm, Đà Nẵng.";
        let damaged = strict(body);
        assert!(damaged.contains(char::REPLACEMENT_CHARACTER), "{damaged}");
        assert_eq!(repair_double_encoded(&damaged).as_deref(), Some(body));
    }

    #[test]
    fn text_double_encoded_twice_is_undone_in_two_steps() {
        let body = "Thủ tướng yêu cầu đẩy mạnh cải cách thủ tục hành chính.";
        let twice = double_encoded(&double_encoded(body));
        assert_eq!(repair_double_encoded(&twice).as_deref(), Some(body));
        let title = "Cải cách hành chính";
        let twice = double_encoded(&double_encoded(title));
        assert_eq!(repair_double_encoded(&twice).as_deref(), Some(title));
    }

    #[test]
    fn utf8_read_as_windows_1258_is_undone() {
        let body =
            "Thủ tướng Chính phủ yêu cầu đẩy mạnh cải cách thủ tục hành chính, “một cửa” – ọ ở.";
        let misread = WINDOWS_1258
            .decode_without_bom_handling(body.as_bytes())
            .0
            .into_owned();
        assert!(misread.contains("ChĂ"), "{misread}");
        assert_eq!(repair_double_encoded(&misread).as_deref(), Some(body));
        // A capital breve in Unicode Vietnamese, composed or not, is no sign.
        for text in ["ĂN UỐNG, Ăn uống, Ắt hẳn", "A\u{306}n ngon Ă\u{301}t"] {
            assert_eq!(repair_double_encoded(text), None, "{text}");
        }
    }

    #[test]
    fn unicode_vietnamese_and_latin1_text_are_left_alone() {
        for text in [
            "Cải cách hành chính là nhiệm vụ trọng tâm của UBND tỉnh.",
            "NGÃ BA Ã Ä Æ: café, naïve, Ångström, Æsop",
            "Giá trị: 5 € · © 2024",
        ] {
            assert_eq!(repair_double_encoded(text), None, "{text}");
        }
    }
}
