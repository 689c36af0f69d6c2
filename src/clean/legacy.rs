//! Vietnamese in the legacy encodings: the font tables TCVN3 (ABC) and VNI-Windows, the
//! code page Windows-1258 where it was taken for Windows-1252, and VISCII (RFC 1456: one
//! byte per letter, six capitals on control codes).
//!
//! The font tables put Vietnamese letters on Latin-1 byte values, shown through special fonts
//! (`.VnTime`, `VNI-Times`), so a file in them is not UTF-8 and names no encoding that
//! says so, and old portals pasted such text into Unicode pages, where it stands as Latin-1
//! gibberish (`Qu¶n lý` for "Quản lý", `Vieät Nam` for "Việt Nam"). TCVN3 gives each
//! letter its own byte; VNI writes a base letter followed by a byte for its marks.
//!
//! Which table a text is in is decided by what the words become: under the right table
//! they are Vietnamese syllables as Vietnamese spells them
//! ([`is_spelled_syllable`]); under a wrong one they keep symbols (`¶`, `µ`) or get
//! nuclei no word has (`Vieọt`). No list of known words is involved.

use std::sync::LazyLock;

use encoding_rs::{WINDOWS_1252, WINDOWS_1258};
use unicode_normalization::UnicodeNormalization;

use super::decode::looks_binary;
use super::mojibake::misread_byte;
use crate::text::syllable::is_spelled_syllable;

/// Words that must turn into Vietnamese under one table before text is re-read with it.
const MIN_EVIDENCE: usize = 3;

/// TCVN3 (TCVN 5712:1993, the VN3 font layout): byte value → letter. Capitals with a tone
/// have no code of their own (a capitals font draws the small letters' codes).
const TCVN3: [(u8, char); 74] = [
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
    (0xA8, 'ă'),
    (0xA9, 'â'),
    (0xAA, 'ê'),
    (0xAB, 'ô'),
    (0xAC, 'ơ'),
    (0xAD, 'ư'),
    (0xAE, 'đ'),
    (0xB5, 'à'),
    (0xB6, 'ả'),
    (0xB7, 'ã'),
    (0xB8, 'á'),
    (0xB9, 'ạ'),
    (0xBB, 'ằ'),
    (0xBC, 'ẳ'),
    (0xBD, 'ẵ'),
    (0xBE, 'ắ'),
    (0xC6, 'ặ'),
    (0xC7, 'ầ'),
    (0xC8, 'ẩ'),
    (0xC9, 'ẫ'),
    (0xCA, 'ấ'),
    (0xCB, 'ậ'),
    (0xCC, 'è'),
    (0xCE, 'ẻ'),
    (0xCF, 'ẽ'),
    (0xD0, 'é'),
    (0xD1, 'ẹ'),
    (0xD2, 'ề'),
    (0xD3, 'ể'),
    (0xD4, 'ễ'),
    (0xD5, 'ế'),
    (0xD6, 'ệ'),
    (0xD7, 'ì'),
    (0xD8, 'ỉ'),
    (0xDC, 'ĩ'),
    (0xDD, 'í'),
    (0xDE, 'ị'),
    (0xDF, 'ò'),
    (0xE1, 'ỏ'),
    (0xE2, 'õ'),
    (0xE3, 'ó'),
    (0xE4, 'ọ'),
    (0xE5, 'ồ'),
    (0xE6, 'ổ'),
    (0xE7, 'ỗ'),
    (0xE8, 'ố'),
    (0xE9, 'ộ'),
    (0xEA, 'ờ'),
    (0xEB, 'ở'),
    (0xEC, 'ỡ'),
    (0xED, 'ớ'),
    (0xEE, 'ợ'),
    (0xEF, 'ù'),
    (0xF1, 'ủ'),
    (0xF2, 'ũ'),
    (0xF3, 'ú'),
    (0xF4, 'ụ'),
    (0xF5, 'ừ'),
    (0xF6, 'ử'),
    (0xF7, 'ữ'),
    (0xF8, 'ứ'),
    (0xF9, 'ự'),
    (0xFA, 'ỳ'),
    (0xFB, 'ỷ'),
    (0xFC, 'ỹ'),
    (0xFD, 'ý'),
    (0xFE, 'ỵ'),
];

/// VISCII (RFC 1456): the bytes 0x80 to 0xFF, sixteen to a row, as the letters they stand
/// for. Every byte is a letter; with [`VISCII_LOW`] the table holds all 134 Vietnamese
/// letters beyond ASCII.
const VISCII_HIGH: [&str; 8] = [
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ",
    "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ",
    "Õắằặấầẩậẽẹếềểễệố",
    "ồổỗỠƠộờởịỰỨỪỬơớƯ",
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ",
    "ĐứÒÓÔạỷừửÙÚỹỵÝỡư",
    "àáâãảăữẫèéêẻìíĩỉ",
    "đựòóôõỏọụùúũủýợỮ",
];
/// The six capitals VISCII puts on control codes.
const VISCII_LOW: [(u8, char); 6] = [
    (0x02, 'Ẳ'),
    (0x05, 'Ẵ'),
    (0x06, 'Ẫ'),
    (0x14, 'Ỷ'),
    (0x19, 'Ỹ'),
    (0x1E, 'Ỵ'),
];

/// `bytes` read as VISCII.
fn decode_viscii(bytes: &[u8]) -> String {
    static HIGH: LazyLock<Vec<char>> =
        LazyLock::new(|| VISCII_HIGH.iter().flat_map(|row| row.chars()).collect());
    bytes
        .iter()
        .map(|&b| match b {
            0x80.. => HIGH[usize::from(b - 0x80)],
            _ => VISCII_LOW
                .iter()
                .find(|&&(code, _)| code == b)
                .map_or(char::from(b), |&(_, letter)| letter),
        })
        .collect()
}

const GRAVE: char = '\u{300}';
const ACUTE: char = '\u{301}';
const TILDE: char = '\u{303}';
const HOOK: char = '\u{309}';
const DOT: char = '\u{323}';
const HAT: char = '\u{302}';
const BREVE: char = '\u{306}';

/// VNI-Windows letters that stand alone (small forms; a capital is 0x20 below).
const VNI_LETTERS: [(u8, char); 9] = [
    (0xF4, 'ơ'),
    (0xF6, 'ư'),
    (0xF1, 'đ'),
    (0xED, 'í'),
    (0xEC, 'ì'),
    (0xE6, 'ỉ'),
    (0xF3, 'ĩ'),
    (0xF2, 'ị'),
    (0xEE, 'ỵ'),
];
/// VNI-Windows mark bytes (small forms; a capital's is 0x20 below): the marks they put on
/// the letter before them. A hat goes on a, e, o; a breve on a.
const VNI_MARKS: [(u8, &[char]); 17] = [
    (0xF9, &[ACUTE]),
    (0xF8, &[GRAVE]),
    (0xFB, &[HOOK]),
    (0xF5, &[TILDE]),
    (0xEF, &[DOT]),
    (0xE2, &[HAT]),
    (0xE1, &[HAT, ACUTE]),
    (0xE0, &[HAT, GRAVE]),
    (0xE5, &[HAT, HOOK]),
    (0xE3, &[HAT, TILDE]),
    (0xE4, &[HAT, DOT]),
    (0xEA, &[BREVE]),
    (0xE9, &[BREVE, ACUTE]),
    (0xE8, &[BREVE, GRAVE]),
    (0xFA, &[BREVE, HOOK]),
    (0xFC, &[BREVE, TILDE]),
    (0xEB, &[BREVE, DOT]),
];

/// A legacy table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// TCVN3 (ABC): one byte per letter.
    Tcvn3,
    /// VNI-Windows: a base letter, then a byte for its marks.
    Vni,
    /// Windows-1258, the code page, taken for Windows-1252: base letters and modifiers with
    /// a byte for the tone mark after them (`ThuÒ týõìng` for "Thủ tướng").
    Cp1258,
}

/// The Latin-1 byte a character stands for, when it is one.
fn latin1(c: char) -> Option<u8> {
    u8::try_from(u32::from(c)).ok().filter(|&b| b >= 0xA0)
}

fn tcvn3_letter(c: char) -> Option<char> {
    let b = latin1(c)?;
    TCVN3.iter().find(|&&(code, _)| code == b).map(|&(_, l)| l)
}

/// Looks `c` up in a VNI table, as a small form or as its capital (0x20 below).
fn vni_lookup<T: Copy>(table: &[(u8, T)], c: char) -> Option<(T, bool)> {
    let b = latin1(c)?;
    table.iter().find_map(|&(code, v)| {
        if code == b {
            Some((v, false))
        } else {
            (code - 0x20 == b).then_some((v, true))
        }
    })
}

/// Whether the marks `marks` can go on `base` in VNI.
fn vni_takes(base: char, marks: &[char]) -> bool {
    let lower = base.to_ascii_lowercase();
    match marks.first() {
        Some(&HAT) => matches!(lower, 'a' | 'e' | 'o'),
        Some(&BREVE) => lower == 'a',
        _ => matches!(
            lower,
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ơ' | 'ư' | 'Ơ' | 'Ư'
        ),
    }
}

/// `text` (Latin-1 characters standing for bytes) read with `table`, in NFC.
pub fn convert(text: &str, table: Table) -> String {
    match table {
        Table::Cp1258 => {
            let bytes: Option<Vec<u8>> = text.chars().map(misread_byte).collect();
            match bytes {
                Some(bytes) => WINDOWS_1258
                    .decode_without_bom_handling(&bytes)
                    .0
                    .nfc()
                    .collect(),
                None => text.to_string(),
            }
        }
        Table::Tcvn3 => text.chars().map(|c| tcvn3_letter(c).unwrap_or(c)).collect(),
        Table::Vni => {
            let mut out = String::with_capacity(text.len() + text.len() / 4);
            let mut last = None;
            for c in text.chars() {
                if let Some((letter, capital)) = vni_lookup(&VNI_LETTERS, c) {
                    let letter = if capital {
                        letter.to_uppercase().next().unwrap_or(letter)
                    } else {
                        letter
                    };
                    out.push(letter);
                    last = Some(letter);
                    continue;
                }
                match (vni_lookup(&VNI_MARKS, c), last) {
                    (Some((marks, _)), Some(base)) if vni_takes(base, marks) => {
                        out.extend(marks);
                        last = None;
                    }
                    _ => {
                        out.push(c);
                        last = Some(c);
                    }
                }
            }
            out.nfc().collect()
        }
    }
}

/// Word boundaries for judging: whitespace, ASCII punctuation, general punctuation.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || (c.is_ascii() && !c.is_ascii_alphanumeric())
        || ('\u{2000}'..='\u{206F}').contains(&c)
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_separator).filter(|w| !w.is_empty())
}

/// How Vietnamese `text` reads: its words with letters beyond ASCII, +1 for each that is a
/// syllable as Vietnamese spells it, −1 for each that is not. Words with digits are left out.
pub fn plausibility(text: &str) -> i64 {
    words(text)
        .filter(|w| !w.is_ascii() && !w.chars().any(|c| c.is_ascii_digit()))
        .map(|w| if is_spelled_syllable(w) { 1 } else { -1 })
        .sum()
}

/// Bytes that are not UTF-8, decoded with the table under which they read as most
/// Vietnamese: Windows-1258 (the code page; also the choice when nothing tells), TCVN3, VNI
/// or VISCII. NFC.
pub fn decode_legacy_bytes(bytes: &[u8]) -> String {
    let code_page: String = WINDOWS_1258
        .decode_without_bom_handling(bytes)
        .0
        .nfc()
        .collect();
    // Binary read as the code page stays so, for the caller to refuse: under a table with a
    // letter on every byte (VISCII) its controls would pass for text.
    if looks_binary(&code_page) {
        return code_page;
    }
    let latin = WINDOWS_1252.decode_without_bom_handling(bytes).0;
    let mut best = (plausibility(&code_page), code_page);
    let candidates = [Table::Tcvn3, Table::Vni]
        .into_iter()
        .map(|table| convert(&latin, table))
        .chain(std::iter::once(decode_viscii(bytes)));
    for text in candidates {
        // Another table wins only on Vietnamese it shows: not on bytes (binary) that read
        // as less gibberish under it.
        let score = plausibility(&text);
        if score > best.0.max(0) {
            best = (score, text);
        }
    }
    best.1
}

/// A Latin-1 character that is not a Vietnamese letter: what text in a legacy table shows
/// when it is taken for Latin-1 (`¶`, `µ`, `ß`, `ø`, the soft hyphen that is TCVN3's `ư`).
fn is_foreign_latin1(c: char) -> bool {
    matches!(c, '\u{A1}'..='\u{FF}')
        && !matches!(
            c,
            'À'..='Ã'
                | 'È'..='Ê'
                | 'Ì'
                | 'Í'
                | 'Ò'..='Õ'
                | 'Ù'
                | 'Ú'
                | 'Ý'
                | 'à'..='ã'
                | 'è'..='ê'
                | 'ì'
                | 'í'
                | 'ò'..='õ'
                | 'ù'
                | 'ú'
                | 'ý'
        )
}

/// Whether the Windows-1252 character at `bytes[i]` follows a vowel: an ASCII vowel, or one
/// of â ê ô ã õ ý and their capitals (Windows-1258's â ê ô ă ơ ư as Windows-1252 shows them).
fn follows_vowel(bytes: &[u8], i: usize) -> bool {
    match i.checked_sub(1).map(|j| bytes[j]) {
        Some(b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'A' | b'E' | b'I' | b'O' | b'U' | b'Y') => {
            true
        }
        Some(0x82..=0x83 | 0x8A | 0x94..=0x95 | 0x9D | 0xA2..=0xA3 | 0xAA | 0xB4..=0xB5 | 0xBD) => {
            i >= 2 && bytes[i - 2] == 0xC3
        }
        _ => false,
    }
}

/// What `text` shows of a legacy table taken for Latin-1, in one pass over the bytes that
/// lead Latin-1 characters (0xC2, 0xC3): whether it has at least `enough` foreign Latin-1
/// characters (the font tables' letters), and at least `enough` tone bytes of Windows-1258
/// shown as Windows-1252 after a vowel (`uÒ`, `õì`, `aÞ`: Ì Ò Þ ì ò, which no Vietnamese
/// word has there).
fn misreading_signs(text: &str, enough: usize) -> (bool, bool) {
    let bytes = text.as_bytes();
    let (mut foreign, mut tones) = (0, 0);
    for i in memchr::memchr2_iter(0xC2, 0xC3, bytes) {
        let Some(&next) = bytes.get(i + 1) else {
            break;
        };
        let code = u32::from(bytes[i] & 0x1F) << 6 | u32::from(next & 0x3F);
        foreign += usize::from(char::from_u32(code).is_some_and(is_foreign_latin1));
        let tone = bytes[i] == 0xC3 && matches!(next, 0x8C | 0x92 | 0x9E | 0xAC | 0xB2);
        tones += usize::from(tone && follows_vowel(bytes, i));
        if foreign >= enough && tones >= enough {
            break;
        }
    }
    (foreign >= enough, tones >= enough)
}

/// A word a legacy table may have written: letters beyond ASCII all in Latin-1, an ASCII
/// letter, no digit.
fn may_be_misread(word: &str) -> bool {
    !word.is_ascii()
        && word.chars().all(|c| u32::from(c) <= 0xFF)
        && word.chars().any(|c| c.is_ascii_alphabetic())
        && !word.chars().any(|c| c.is_ascii_digit())
}

/// A word of two or more foreign Latin-1 characters and nothing else (`®·`, TCVN3's
/// "đã"): replaced only in a run already shown to be misread, a lone `·` never.
fn is_all_legacy_letters(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(is_foreign_latin1)
}

/// The runs of `text` between line breaks and markup brackets, with their offsets: the
/// stretches one tool wrote in one encoding.
pub(super) fn runs(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    text.split_inclusive(['\n', '<', '>']).map(move |run| {
        let at = start;
        start += run.len();
        (at, run)
    })
}

/// Runs of text that a table may have written throughout: [`runs`] with no letter beyond
/// Latin-1 (Unicode Vietnamese has `ư`, `ơ`, `đ`, `ă` or a letter from U+1E00 in nearly
/// every line; a legacy table has none of them).
fn legacy_runs(text: &str) -> impl Iterator<Item = (usize, &str)> {
    runs(text).filter(|(_, run)| {
        !run.chars()
            .any(|c| u32::from(c) > 0xFF && c.is_alphabetic())
    })
}

/// The legacy table that runs of `text` were written in before being taken for Latin-1:
/// the one under which more words with foreign Latin-1 characters become Vietnamese, at
/// least [`MIN_EVIDENCE`] of them; `None` when no run was.
pub fn misread_table(text: &str) -> Option<Table> {
    let (font_tables, code_page) = misreading_signs(text, MIN_EVIDENCE);
    if !font_tables && !code_page {
        return None;
    }
    let evidence = |table| {
        legacy_runs(text)
            .flat_map(|(_, run)| words(run))
            .filter(|w| may_be_misread(w) && shows_misreading(w, table))
            .filter(|w| is_spelled_syllable(&convert(w, table)))
            .count()
    };
    let mut tables = Vec::new();
    if font_tables {
        tables.extend([Table::Tcvn3, Table::Vni]);
    }
    if code_page {
        tables.push(Table::Cp1258);
    }
    let (count, table) = tables
        .into_iter()
        .map(|table| (evidence(table), table))
        .rev()
        .max_by_key(|&(count, _)| count)?;
    (count >= MIN_EVIDENCE).then_some(table)
}

/// Whether `word`, as it stands, shows that `table` wrote it: a foreign Latin-1 character
/// for the font tables (whose small letters are mostly Latin-1 letters), no Vietnamese
/// spelling for the code page (whose tone bytes follow vowels).
fn shows_misreading(word: &str, table: Table) -> bool {
    match table {
        Table::Tcvn3 | Table::Vni => word.chars().any(is_foreign_latin1),
        Table::Cp1258 => !is_spelled_syllable(word),
    }
}

/// `text` with the runs written in a legacy table and taken for Latin-1 read again with
/// that table (see [`misread_table`]), or `None` when it holds none.
pub fn repair_misread(text: &str) -> Option<String> {
    misread_table(text).map(|table| reread(text, table))
}

/// A short field (a title, a byline) that a legacy table wrote, read again with the table
/// that the field and `context` (its article's text) show; `None` when the field has no
/// foreign Latin-1 character or no table is shown.
pub fn reread_field(field: &str, context: &[u8]) -> Option<String> {
    if !field.chars().any(is_foreign_latin1) {
        return None;
    }
    let context = String::from_utf8_lossy(context);
    let table = misread_table(&format!("{field}\n{context}"))?;
    Some(reread(field, table))
}

/// `text` with each run that `table` wrote read again with it. A run was written by the
/// table when one of its words with foreign Latin-1 characters becomes Vietnamese under it;
/// in such a run each word that may be misread and becomes Vietnamese is replaced (`cã` →
/// `có`, though `cã` alone looks like a word; `®·` → `đã`).
pub fn reread(text: &str, table: Table) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, run) in legacy_runs(text) {
        // Each word with its offset in the run (a slice of it).
        let converted: Vec<(usize, usize, String)> = run
            .split(is_separator)
            .map(|w| (w.as_ptr() as usize - run.as_ptr() as usize, w))
            .filter(|(_, w)| may_be_misread(w) || is_all_legacy_letters(w))
            .filter_map(|(start, w)| {
                let read = convert(w, table);
                is_spelled_syllable(&read).then_some((start, w.len(), read))
            })
            .collect();
        let misread_here = converted
            .iter()
            .any(|(start, len, _)| shows_misreading(&run[*start..start + len], table));
        if !misread_here {
            continue;
        }
        for (start, len, read) in converted {
            out.push_str(&text[copied..at + start]);
            out.push_str(&read);
            copied = at + start + len;
        }
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text as a legacy table stores it: each Latin-1 character is the byte.
    fn bytes_of(latin: &str) -> Vec<u8> {
        latin
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap())
            .collect()
    }

    #[test]
    fn tcvn3_letters_read_back() {
        assert_eq!(
            convert("Qu¶n lý nhµ n\u{AD}íc", Table::Tcvn3),
            "Quản lý nhà nước"
        );
        assert_eq!(
            convert("c¶i c¸ch hµnh chÝnh", Table::Tcvn3),
            "cải cách hành chính"
        );
    }

    #[test]
    fn tcvn3_has_every_vietnamese_letter_beyond_ascii() {
        use crate::text::letters::with_tone;
        let mut letters: Vec<char> = "ăâđêôơưĂÂĐÊÔƠƯ".chars().collect();
        for base in "aăâeêioôơuưy".chars() {
            letters.extend((1..=5).filter_map(|tone| with_tone(base, tone)));
        }
        assert_eq!(letters.len(), TCVN3.len());
        for letter in letters {
            assert!(TCVN3.iter().any(|&(_, l)| l == letter), "{letter}");
        }
        assert_eq!(convert("chøng nhËn", Table::Tcvn3), "chứng nhận");
    }

    #[test]
    fn viscii_has_every_vietnamese_letter_beyond_ascii_and_reads_back() {
        use crate::text::letters::with_tone;
        let mut letters: Vec<char> = "ăâđêôơưĂÂĐÊÔƠƯ".chars().collect();
        for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".chars() {
            letters.extend((1..=5).filter_map(|tone| with_tone(base, tone)));
        }
        let all: Vec<u8> = (0x80..=0xFF).chain(VISCII_LOW.map(|(b, _)| b)).collect();
        let decoded: Vec<char> = decode_viscii(&all).chars().collect();
        assert_eq!(letters.len(), decoded.len());
        for letter in letters {
            assert!(decoded.contains(&letter), "{letter}");
        }
        // "Cải cách hành chính" in VISCII: ả E4, á E1, à E0, í ED.
        let viscii = b"C\xe4i c\xe1ch h\xe0nh ch\xednh l\xe0 nhi\xaem v\xf8 tr\xf7ng t\xe2m c\xfca \xd0\xe4ng.";
        assert_eq!(
            decode_legacy_bytes(viscii),
            "Cải cách hành chính là nhiệm vụ trọng tâm của Đảng."
        );
    }

    #[test]
    fn vni_letters_and_marks_read_back() {
        assert_eq!(convert("Vieät Nam", Table::Vni), "Việt Nam");
        assert_eq!(convert("ngöôøi daân", Table::Vni), "người dân");
        assert_eq!(convert("VIEÄT NAM", Table::Vni), "VIỆT NAM");
        assert_eq!(convert("ñaát nöôùc", Table::Vni), "đất nước");
    }

    #[test]
    fn legacy_files_are_read_with_the_table_that_gives_vietnamese() {
        let tcvn3 = bytes_of("C¶i c¸ch thñ tôc hµnh chÝnh lµ nhiÖm vô träng t©m.");
        assert_eq!(
            decode_legacy_bytes(&tcvn3),
            "Cải cách thủ tục hành chính là nhiệm vụ trọng tâm."
        );
        let vni = bytes_of("Caûi caùch thuû tuïc haønh chính laø nhieäm vuï troïng taâm.");
        assert_eq!(
            decode_legacy_bytes(&vni),
            "Cải cách thủ tục hành chính là nhiệm vụ trọng tâm."
        );
        // Windows-1258: base letters with combining tone bytes (0xD2 hook, 0xEC acute).
        let cp1258 = b"Ca\xd2i ca\xecch hanh chi\xecnh";
        assert_eq!(decode_legacy_bytes(cp1258), "Cải cách hanh chính");
    }

    #[test]
    fn misread_runs_in_unicode_text_are_repaired_and_unicode_is_left_alone() {
        let page =
            "<p>Tin tức mới</p><p>Qu¶n lý nhµ n\u{AD}íc vÒ c¶i c¸ch hµnh chÝnh ®· cã hiÖu qu¶</p>";
        assert_eq!(
            repair_misread(page).as_deref(),
            Some("<p>Tin tức mới</p><p>Quản lý nhà nước về cải cách hành chính đã có hiệu quả</p>")
        );
        let vni = "Thuû töôùng Chính phuû chæ ñaïo caûi caùch";
        assert_eq!(
            repair_misread(vni).as_deref(),
            Some("Thủ tướng Chính phủ chỉ đạo cải cách")
        );
        // Windows-1258 shown as Windows-1252: tone bytes after their vowels.
        let code_page = "Tin mới\nThuÒ týõìng chiÒ ðaòo caÒi cách thuÒ tuòc";
        assert_eq!(
            repair_misread(code_page).as_deref(),
            Some("Tin mới\nThủ tướng chỉ đạo cải cách thủ tục")
        );
        // Unicode Vietnamese with Latin-1 symbols, and a Western name: untouched.
        for text in [
            "© 2024 Cổng thông tin · Giới thiệu · Liên hệ « Trang chủ » ® °C",
            "Các bài khác · Müller · ß · ø · ¶ · µ",
            "Così è la vita, però più tardi: Þórr, Ìsola, caffè, città, Ðakovo",
            "Người dân, doanh nghiệp được phục vụ tốt hơn.",
        ] {
            assert_eq!(repair_misread(text), None, "{text}");
        }
    }
}
