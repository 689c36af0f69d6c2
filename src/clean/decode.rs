//! Bytes to text: byte-order marks, UTF-8, UTF-16 and the legacy tables (Windows-1258,
//! TCVN3, VNI, VISCII; see [`super::legacy`]), and Vietnamese typed in ASCII (VIQR: see
//! [`super::viqr`]).
//!
//! Enters: the raw bytes of one input. Leaves: normalized NFC text, or a one-line reason why
//! the bytes are not an article (empty, binary). Undecodable UTF-8 falls back to the legacy
//! table under which the bytes read as Vietnamese.

use std::borrow::Cow;

use super::Reason;
use super::{legacy, line_rules, mojibake, viqr};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, WINDOWS_1258};

use crate::text::{normalize_string, normalize_text};

/// `text` with its HTML character references decoded (`&#7843;`, `&aacute;`, `&nbsp;`), as
/// text scraped from a page's source without its markup keeps them; normalized again when
/// any was decoded (a reference may stand for a combining mark or a special space). Text
/// without `&` is returned as it is.
pub fn character_references(text: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    match html_escape::decode_html_entities(text) {
        Cow::Borrowed(_) => Cow::Borrowed(text),
        Cow::Owned(decoded) => Cow::Owned(normalize_string(decoded)),
    }
}

/// A file of UTF-8 text with a few stray bytes from another encoding (a pasted legacy line):
/// its UTF-8 letters far outnumber the invalid sequences, so it is read as UTF-8 and the
/// invalid bytes are dropped. A legacy file has no valid multi-byte letters at all.
/// UTF-8 letters per invalid sequence above which a file is UTF-8 with stray bytes.
const LETTERS_PER_STRAY_BYTE: usize = 8;
/// How much of a file is looked at for control bytes.
const BINARY_SNIFF_CHARS: usize = 64 * 1024;
/// Control characters in this many per hundred make a file binary (fewer are damage).
const BINARY_CONTROLS_PERCENT: usize = 10;

/// Whether `sniffed` control characters among the first `chars` of a text make it no text.
fn mostly_controls(sniffed: usize, chars: usize) -> bool {
    sniffed * 100 / chars.max(1) >= BINARY_CONTROLS_PERCENT
}

/// Whether `text` is mostly control characters: not text at all (an image, an archive).
pub(super) fn looks_binary(text: &str) -> bool {
    let (sniffed, chars, _) = stray_controls(text);
    mostly_controls(sniffed, chars)
}

/// UTF-8 with a few invalid sequences, read without them. A lone byte that Windows-1252
/// reads as a punctuation mark (“ ” ‘ ’ – — … •, written by an editor that saved a quotation
/// in that table into a UTF-8 page) is that mark; other invalid bytes are dropped. `None`
/// when the invalid sequences are too many for the text to be UTF-8.
fn mostly_utf8(bytes: &[u8]) -> Option<String> {
    let mut text = String::with_capacity(bytes.len());
    let (mut invalid, mut letters) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        letters += valid.chars().filter(|c| !c.is_ascii()).count();
        text.push_str(valid);
        if chunk.invalid().is_empty() {
            continue;
        }
        invalid += 1;
        if let Some(mark) = windows_1252_mark(chunk.invalid()) {
            text.push(mark);
        }
    }
    (letters >= LETTERS_PER_STRAY_BYTE * invalid.max(1)).then_some(text)
}

/// The punctuation mark a lone byte of Windows-1252's upper control range stands for.
fn windows_1252_mark(stray: &[u8]) -> Option<char> {
    let [byte @ 0x80..=0x9F] = stray else {
        return None;
    };
    let (decoded, _) = WINDOWS_1252.decode_without_bom_handling(std::slice::from_ref(byte));
    let mark = decoded.chars().next()?;
    (!mark.is_alphanumeric() && !mark.is_control() && mark != '\u{FFFD}').then_some(mark)
}

/// UTF-16 written without a byte-order mark: NUL as the high byte of most characters (every
/// ASCII letter, space and digit), in the odd bytes for little-endian and the even ones for
/// big-endian, and never in the other half. Text of any script in UTF-8 or a legacy table
/// has no NUL bytes; what the bytes decode to is still checked for controls (binary).
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    memchr::memchr(0, bytes)?;
    let sample = &bytes[..bytes.len().min(2 * BINARY_SNIFF_CHARS) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // At least a quarter of the characters below U+0100 (Vietnamese text is mostly ASCII
    // letters and spaces), and no NUL in the low bytes.
    let utf16 = |high: usize, low: usize| low == 0 && high * 4 >= pairs;
    if utf16(odd, even) {
        Some(UTF_16LE)
    } else if utf16(even, odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Whether a character is a control that no text contains (line breaks and tabs are text).
fn is_stray_control(c: char) -> bool {
    c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}'))
}

/// Stray controls in `text`: (in the first [`BINARY_SNIFF_CHARS`] characters, characters
/// looked at, in the whole text).
fn stray_controls(text: &str) -> (usize, usize, usize) {
    // A text of fewer bytes than that has fewer characters too: all of it is looked at.
    let sniff_end = if text.len() <= BINARY_SNIFF_CHARS {
        text.len()
    } else {
        text.char_indices()
            .nth(BINARY_SNIFF_CHARS)
            .map_or(text.len(), |(i, _)| i)
    };
    let (sniffed_text, rest) = text.split_at(sniff_end);
    let sniffed = controls_in(sniffed_text.as_bytes());
    (
        sniffed,
        sniffed_text.chars().count(),
        sniffed + controls_in(rest.as_bytes()),
    )
}

/// The stray controls ([`is_stray_control`]) in the UTF-8 `bytes`, whole characters: C0
/// controls but line breaks and tabs, DEL, and C1 controls (U+0080 to U+009F, `C2 80` to
/// `C2 9F`). The C0 test is summed in byte-wide lanes, a block of bytes at a time (the
/// compiler vectorizes it); C1 controls are looked for from their rare lead byte.
fn controls_in(bytes: &[u8]) -> usize {
    let c0: usize = bytes
        .chunks(u8::MAX as usize)
        .map(|block| {
            block
                .iter()
                .map(|&b| u8::from(matches!(b, 0x00..=0x08 | 0x0B | 0x0E..=0x1F | 0x7F)))
                .sum::<u8>() as usize
        })
        .sum();
    let c1 = memchr::memchr_iter(0xC2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b)))
        .count();
    c0 + c1
}

/// Decoded text, and whether damaged bytes had to be dropped to get it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, normalized.
    pub text: String,
    /// Invalid sequences or stray control bytes were dropped: the file was damaged in
    /// places.
    pub repaired: bool,
}

/// A short field of a record (a title, a byline) with the damage [`decode_repairing`]
/// repairs in text undone: double encoding, a legacy table or VIQR (chosen with `context`,
/// the record's text, as evidence); `None` when it has none.
pub fn repair_field(field: &str, context: &[u8]) -> Option<String> {
    mojibake::repair_double_encoded(field)
        .or_else(|| legacy::reread_field(field, context))
        .or_else(|| {
            let context = std::str::from_utf8(context).ok()?;
            (field.is_ascii() && viqr::is_viqr(context)).then(|| viqr::read_viqr(field))
        })
}

/// Text in UTF-32 with its byte-order mark (`FF FE 00 00` little-endian, `00 00 FE FF`
/// big-endian; `encoding_rs` reads no UTF-32): a code point in every four bytes, one that is
/// none (a surrogate, past U+10FFFF, a cut last unit) read as U+FFFD.
fn utf32_with_bom(bytes: &[u8]) -> Option<String> {
    let (body, little_endian) = if let Some(body) = bytes.strip_prefix(&[0xFF, 0xFE, 0, 0]) {
        (body, true)
    } else {
        (bytes.strip_prefix(&[0, 0, 0xFE, 0xFF])?, false)
    };
    Some(
        body.chunks(4)
            .map(|unit| {
                let code = <[u8; 4]>::try_from(unit).ok().map(|unit| {
                    if little_endian {
                        u32::from_le_bytes(unit)
                    } else {
                        u32::from_be_bytes(unit)
                    }
                });
                code.and_then(char::from_u32).unwrap_or('\u{FFFD}')
            })
            .collect(),
    )
}

/// Fewest cells of a row of tabs read as items, one a line ([`tab_rows_as_lines`]).
const TAB_ROW_MIN_CELLS: usize = 3;

/// Whether `cell` (one piece of a line between tabs) reads as an item of a menu or of a
/// box's tabs: a few words opening with a capital, no sentence's or clause's end ("Trang
/// chủ", "Tin mới nhất"; not "1", "15 ngày", "theo đó,").
fn is_tab_item(cell: &str) -> bool {
    let words = cell.split_whitespace().count();
    (1..=line_rules::NAVIGATION_PIECE_MAX_WORDS).contains(&words)
        && cell.chars().next().is_some_and(char::is_uppercase)
        && !cell.ends_with(['.', ',', ';', ':', '!', '?'])
}

/// `text` with each row of items a scrape kept apart by tabs ("Trang chủ\tGiới
/// thiệu\tTin tức", a box's "Tin liên quan\tĐọc nhiều" tabs) as one item a line, the way
/// a scrape of the same page one item a line has them: normalization reads a tab as a
/// space, which would run the items into one line of words. A row of
/// [`TAB_ROW_MIN_CELLS`] or more cells, every one an item ([`is_tab_item`]); a tab inside
/// prose or a table's row of figures stays. `None` when no row is so split.
fn tab_rows_as_lines(text: &str) -> Option<String> {
    if !text.contains('\t') {
        return None;
    }
    let is_row = |line: &str| {
        let mut cells = line.split('\t').map(str::trim).filter(|c| !c.is_empty());
        let mut count = 0;
        cells.all(|c| {
            count += 1;
            is_tab_item(c)
        }) && count >= TAB_ROW_MIN_CELLS
    };
    if !text.lines().any(is_row) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if is_row(line) {
            let cells = line.split('\t').map(str::trim).filter(|c| !c.is_empty());
            for cell in cells {
                out.push_str(cell);
                out.push('\n');
            }
        } else {
            out.push_str(line);
        }
    }
    Some(out)
}

/// Decodes `bytes` into normalized text.
pub fn decode(bytes: &[u8]) -> Result<String, Reason> {
    decode_repairing(bytes).map(|d| d.text)
}

/// Decodes `bytes` into normalized text, repairing a file damaged in places (a few invalid
/// sequences, stray control bytes) instead of refusing it. Only a file that is mostly not
/// text is refused.
pub fn decode_repairing(bytes: &[u8]) -> Result<Decoded, Reason> {
    let mut repaired = false;
    let utf8_body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let utf8 = match std::str::from_utf8(utf8_body) {
        Ok(s) => Some(std::borrow::Cow::Borrowed(s)),
        // A sequence cut at the very end (a truncated download) is still UTF-8.
        Err(e) if e.error_len().is_none() => {
            Some(String::from_utf8_lossy(&utf8_body[..e.valid_up_to()]))
        }
        Err(_) => {
            let lossy = mostly_utf8(utf8_body).map(std::borrow::Cow::Owned);
            repaired = lossy.is_some();
            lossy
        }
    };
    let encoding = Encoding::for_bom(bytes)
        .map(|(encoding, _)| encoding)
        .or_else(|| utf16_without_bom(bytes))
        .unwrap_or(if utf8.is_some() { UTF_8 } else { WINDOWS_1258 });
    let text = if let Some(text) = utf32_with_bom(bytes) {
        std::borrow::Cow::Owned(text)
    } else if let Some(text) = utf8.filter(|_| encoding == UTF_8) {
        text
    } else if encoding == UTF_16LE || encoding == UTF_16BE {
        encoding.decode_with_bom_removal(bytes).0
    } else {
        // A legacy table (Windows-1258, TCVN3, VNI, VISCII), also for a UTF-8 byte-order mark
        // followed by bytes that are not UTF-8.
        std::borrow::Cow::Owned(legacy::decode_legacy_bytes(utf8_body))
    };
    // UTF-8 once taken for Windows-1252 and written again; text in a legacy table pasted
    // into a Unicode page, which reads as Latin-1 gibberish.
    let text = match mojibake::repair_double_encoded(&text) {
        Some(repaired) => std::borrow::Cow::Owned(repaired),
        None => text,
    };
    let text = match legacy::repair_misread(&text) {
        Some(repaired) => std::borrow::Cow::Owned(repaired),
        None => text,
    };
    // Vietnamese typed in ASCII with its marks after the letters (VIQR).
    let text = match viqr::repair_viqr(&text) {
        Some(read) => std::borrow::Cow::Owned(read),
        None => text,
    };
    let (sniffed, chars, controls) = stray_controls(&text);
    if mostly_controls(sniffed, chars) {
        return Err(Reason::Binary);
    }
    let text = if controls > 0 {
        repaired = true;
        std::borrow::Cow::Owned(
            text.chars()
                .map(|c| if is_stray_control(c) { ' ' } else { c })
                .collect(),
        )
    } else {
        text
    };
    let text = match tab_rows_as_lines(&text) {
        Some(split) => Cow::Owned(split),
        None => text,
    };
    let text = normalize_text(&text);
    if text.trim().is_empty() {
        return Err(Reason::Empty);
    }
    Ok(Decoded { text, repaired })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_of_items_kept_apart_by_tabs_is_one_item_a_line() {
        let text = "Trang chủ\tGiới thiệu\t\tTin tức - Sự kiện\nBài viết\nTin liên quan\tĐọc nhiều\tTin mới\n";
        assert_eq!(
            tab_rows_as_lines(text).as_deref(),
            Some("Trang chủ\nGiới thiệu\nTin tức - Sự kiện\nBài viết\nTin liên quan\nĐọc nhiều\nTin mới\n")
        );
        // Prose, a table's row of figures, two cells, HTML's indentation: left as they are.
        for text in [
            "Điều 5.\tPhê duyệt kế hoạch cải cách hành chính năm 2025 của tỉnh\tTheo đó\n",
            "1\tCấp giấy phép xây dựng\t15 ngày\n",
            "Trang chủ\tLiên hệ\n",
            "\t\t<div class=\"menu\">\t<a>Trang chủ</a>\n",
            "Họ tên\tChức vụ\tĐơn vị,\n",
        ] {
            assert_eq!(tab_rows_as_lines(text), None, "{text}");
        }
    }

    #[test]
    fn a_lone_windows_1252_punctuation_byte_is_its_mark() {
        assert_eq!(windows_1252_mark(&[0x93]), Some('“'));
        assert_eq!(windows_1252_mark(&[0x96]), Some('–'));
        assert_eq!(windows_1252_mark(&[0x85]), Some('…'));
        assert_eq!(
            windows_1252_mark(&[0x8A]),
            None,
            "a letter (Š) is not a mark"
        );
        assert_eq!(windows_1252_mark(&[0x81]), None, "undefined in the table");
        assert_eq!(
            windows_1252_mark(&[0xE9]),
            None,
            "outside the control range"
        );
        assert_eq!(windows_1252_mark(&[0x93, 0x94]), None, "one byte alone");
    }

    #[test]
    fn a_few_stray_control_bytes_are_repaired_not_refused() {
        let mut bytes = "Cải cách thủ tục hành chính ".repeat(20).into_bytes();
        bytes.insert(40, 0x00);
        bytes.insert(80, 0x07);
        let decoded = decode_repairing(&bytes).unwrap();
        assert!(decoded.repaired);
        assert!(decoded.text.starts_with("Cải cách thủ tục hành chính"));
        assert!(!decoded.text.contains('\0'));
        let clean = decode_repairing("Cải cách".as_bytes()).unwrap();
        assert!(!clean.repaired);
    }

    #[test]
    fn the_byte_scan_counts_what_is_stray_control_says() {
        let text = "a\u{0}b\u{7}c\u{85}d\u{9F}e\u{A0}f\n\r\t\u{C}ộ\u{7F}";
        let expected = text.chars().filter(|&c| is_stray_control(c)).count();
        let (sniffed, chars, total) = stray_controls(text);
        assert_eq!((sniffed, total), (expected, expected));
        assert_eq!(chars, text.chars().count());
    }

    #[test]
    fn utf8_with_bom_and_crlf() {
        let bytes = b"\xEF\xBB\xBFC\xE1\xBA\xA3i c\xC3\xA1ch\r\nd\xC3\xB2ng";
        assert_eq!(decode(bytes).unwrap(), "Cải cách\ndòng");
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Thủ tướng".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap(), "Thủ tướng");
    }

    #[test]
    fn stray_controls_are_counted_as_the_characters_are() {
        let every: String = (0..0x3000u32).filter_map(char::from_u32).collect();
        for text in [
            "",
            "a\u{0}b\u{7}c\r\n\t\u{0C}",
            "\u{85}\u{9F}\u{A0}ả",
            every.as_str(),
        ] {
            let by_chars = text.chars().filter(|&c| is_stray_control(c)).count();
            let (sniffed, chars, total) = stray_controls(text);
            assert_eq!(total, by_chars, "{text:?}");
            assert_eq!(
                (sniffed, chars),
                (by_chars, text.chars().count()),
                "{text:?}"
            );
        }
        // Past the characters looked at, controls are counted in the whole text only.
        let long = format!("{}\u{1}\u{1}", "ả".repeat(BINARY_SNIFF_CHARS));
        assert_eq!(stray_controls(&long), (0, BINARY_SNIFF_CHARS, 2));
    }

    #[test]
    fn utf32_with_bom_either_byte_order() {
        let text = "Cải cách hành chính 131/NQ-CP";
        let little: Vec<u8> = [0xFF, 0xFE, 0, 0]
            .into_iter()
            .chain(text.chars().flat_map(|c| (c as u32).to_le_bytes()))
            .collect();
        let big: Vec<u8> = [0, 0, 0xFE, 0xFF]
            .into_iter()
            .chain(text.chars().flat_map(|c| (c as u32).to_be_bytes()))
            .collect();
        assert_eq!(decode(&little).unwrap(), text);
        assert_eq!(decode(&big).unwrap(), text);
    }

    #[test]
    fn utf16_without_bom_either_byte_order() {
        let text = "Thủ tướng Chính phủ chủ trì hội nghị về cải cách hành chính";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le).unwrap(), text);
        assert_eq!(decode(&be).unwrap(), text);
        // NULs in both halves: not UTF-16, binary.
        assert_eq!(decode(b"\x00\x00\x01\x00\x00\x02"), Err(Reason::Binary));
    }

    #[test]
    fn windows_1258_is_decoded_and_composed() {
        // "Hà Nội" in Windows-1258: a with a combining grave (0xCC), o-circumflex (0xF4) with
        // a combining dot below (0xF2).
        let bytes = b"Ha\xCC N\xF4\xF2i";
        assert_eq!(decode(bytes).unwrap(), "Hà Nội");
    }

    #[test]
    fn truncated_utf8_keeps_the_valid_prefix() {
        let mut bytes = "Nghị quyết".as_bytes().to_vec();
        bytes.extend_from_slice(&"ị".as_bytes()[..1]);
        assert_eq!(decode(&bytes).unwrap(), "Nghị quyết");
    }

    #[test]
    fn utf8_with_a_stray_legacy_line_stays_utf8() {
        let mut bytes = "Cải cách thủ tục hành chính ở cấp xã được đẩy mạnh trong năm nay.\n"
            .repeat(3)
            .into_bytes();
        bytes.extend_from_slice(b"Ha\xCC N\xF4\xF2i\n");
        let text = decode(&bytes).unwrap();
        assert!(text.starts_with("Cải cách thủ tục"), "{text}");
        assert!(!text.contains('\u{FFFD}'));
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert_eq!(decode(b"  \n\t "), Err(Reason::Empty));
        assert_eq!(decode(b""), Err(Reason::Empty));
        assert_eq!(decode(b"\x00\x01\x02PK\x03\x04binary"), Err(Reason::Binary));
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00";
        assert_eq!(decode(png), Err(Reason::Binary));
    }
}
