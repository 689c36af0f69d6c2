//! VIQR (RFC 1456, "Vietnamese Quoted-Readable"): Vietnamese in 7-bit ASCII, as mailing
//! lists, newsgroups and early web pages wrote it, each mark typed after its letter: `(` for
//! the breve, `^` the circumflex, `+` the horn, then `'` `` ` `` `?` `~` `.` for the tones
//! sắc, huyền, hỏi, ngã and nặng, and `dd` for đ ("Vie^.t Nam" is "Việt Nam", "ddu+o+.c" is
//! "được"). A backslash keeps the next character as itself.
//!
//! The same characters are everyday punctuation, so a text is read as VIQR only when its
//! marked words turn into Vietnamese syllables ([`is_spelled_syllable`]) often enough that
//! no other language explains them ([`MIN_SHARE_PERCENT`] of its words and nearly all of
//! those marked), and then only those words are rewritten: a URL, an abbreviation's point
//! or a question mark after a consonant stays as typed.

use unicode_normalization::UnicodeNormalization;

use crate::text::syllable::is_spelled_syllable;

/// Marked words that must turn into syllables before a text is read as VIQR.
const MIN_EVIDENCE: usize = 3;
/// Of all its words, the share (in percent) a VIQR text's marked syllables make at least: most
/// Vietnamese syllables carry a mark, where an English text has a stray "a." or "me?".
const MIN_SHARE_PERCENT: usize = 20;
/// Marked words that turn into no syllable, at most one per this many that do.
const SYLLABLES_PER_MISS: usize = 4;
/// Text with a block of [`NON_ASCII_BLOCK`] bytes more than this share (in percent) beyond
/// ASCII is Unicode, not VIQR.
const MAX_NON_ASCII_PERCENT: usize = 5;
/// Bytes looked at a time for [`MAX_NON_ASCII_PERCENT`].
const NON_ASCII_BLOCK: usize = 256;

/// The combining mark a modifier character puts on `base`, when it may.
fn modifier(base: char, typed: char) -> Option<char> {
    match (base.to_ascii_lowercase(), typed) {
        ('a', '(') => Some('\u{306}'),
        ('a' | 'e' | 'o', '^') => Some('\u{302}'),
        ('o' | 'u', '+') => Some('\u{31B}'),
        _ => None,
    }
}

/// The combining tone mark a tone character stands for.
fn tone(typed: char) -> Option<char> {
    match typed {
        '\'' => Some('\u{301}'),
        '`' => Some('\u{300}'),
        '?' => Some('\u{309}'),
        '~' => Some('\u{303}'),
        '.' => Some('\u{323}'),
        _ => None,
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '(' | '^' | '+' | '\'' | '`' | '?' | '~' | '.' | '\\')
}

fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// One word as VIQR writes it, read: the word (NFC) and whether any mark was read. Marks
/// that follow no vowel they can go on (a question mark after a consonant, a second tone)
/// stay as typed.
fn read_word(word: &str) -> (String, bool) {
    let mut out = String::with_capacity(word.len() + 4);
    let mut marked = false;
    // The last vowel written and whether it took its modifier; whether the word has a tone.
    let mut vowel: Option<char> = None;
    let mut modified = false;
    let mut toned = false;
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(kept) = chars.next() {
                out.push(kept);
            }
            vowel = None;
            continue;
        }
        if matches!(c, 'd' | 'D') && matches!(chars.peek(), Some('d' | 'D')) {
            chars.next();
            out.push(if c == 'D' { 'Đ' } else { 'đ' });
            marked = true;
            vowel = None;
            continue;
        }
        if let Some(mark) = vowel
            .filter(|_| !modified)
            .and_then(|base| modifier(base, c))
        {
            out.push(mark);
            modified = true;
            marked = true;
            continue;
        }
        if let Some(mark) = tone(c).filter(|_| vowel.is_some() && !toned) {
            out.push(mark);
            toned = true;
            marked = true;
            continue;
        }
        out.push(c);
        vowel = is_vowel(c).then_some(c);
        modified = false;
    }
    (out.nfc().collect(), marked)
}

/// The candidate words of `text`: runs that open with an ASCII letter at a word's start and
/// go on through ASCII letters and VIQR marks, with their byte offsets.
fn candidate_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let start = at;
            let opens = bytes[start].is_ascii_alphabetic()
                && (start == 0 || !bytes[start - 1].is_ascii_alphanumeric());
            if !opens {
                at += 1;
                continue;
            }
            at += 1;
            while at < bytes.len()
                && (bytes[at].is_ascii_alphabetic() || is_mark(char::from(bytes[at])))
            {
                // A backslash keeps the next character, whatever it is.
                at += if bytes[at] == b'\\' && at + 1 < bytes.len() && bytes[at + 1].is_ascii() {
                    2
                } else {
                    1
                };
            }
            return Some((start, &text[start..at]));
        }
        None
    })
}

/// `word` read ([`read_word`]) when that makes it a Vietnamese syllable (the punctuation
/// left after it aside): `Some((read, true))`; `Some((_, false))` when a mark was read but
/// no syllable came of it; `None` when it has no mark.
fn syllable_of(word: &str) -> Option<(String, bool)> {
    if !word.contains(is_mark) && !word.contains("dd") && !word.contains("DD") {
        return None;
    }
    let (read, marked) = read_word(word);
    if !marked {
        return None;
    }
    let letters = read.trim_end_matches(|c: char| c.is_ascii_punctuation());
    let syllable = is_spelled_syllable(letters);
    Some((read, syllable))
}

/// Letters of an acronym at most.
const ACRONYM_MAX_LETTERS: usize = 8;

/// An acronym in capitals with a `DD` for its Đ ("QDD" for QĐ, "HDDND" for HĐND): no
/// syllable, read in a text known to be VIQR.
fn is_acronym_with_dd(word: &str) -> bool {
    word.len() <= ACRONYM_MAX_LETTERS
        && word.contains("DD")
        && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// `text` with its VIQR words read as Vietnamese, when it is written in VIQR (see the module
/// documentation); `None` when it is not.
pub fn repair_viqr(text: &str) -> Option<String> {
    is_viqr(text).then(|| read_viqr(text))
}

/// Whether `text` is written in VIQR (see the module documentation).
pub fn is_viqr(text: &str) -> bool {
    // A block of Unicode text anywhere (the first of a Vietnamese page's words) ends it.
    for block in text.as_bytes().chunks(NON_ASCII_BLOCK) {
        if block.is_ascii() {
            continue;
        }
        let non_ascii = block.iter().filter(|b| !b.is_ascii()).count();
        if non_ascii * 100 > block.len() * MAX_NON_ASCII_PERCENT {
            return false;
        }
    }
    let (mut words, mut syllables, mut misses) = (0, 0, 0);
    for (_, word) in candidate_words(text) {
        words += 1;
        match syllable_of(word) {
            Some((_, true)) => syllables += 1,
            Some((_, false)) => misses += 1,
            None => {}
        }
    }
    syllables >= MIN_EVIDENCE
        && syllables * 100 >= words * MIN_SHARE_PERCENT
        && misses * SYLLABLES_PER_MISS <= syllables
}

/// `text`, known to be VIQR (a record's title, its text shown to be), with each word read
/// that becomes a syllable, and each acronym with its `DD`.
pub fn read_viqr(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut copied = 0;
    for (start, word) in candidate_words(text) {
        let read = match syllable_of(word) {
            Some((read, true)) => read,
            _ => {
                let letters = word.trim_end_matches(|c: char| c.is_ascii_punctuation());
                if !is_acronym_with_dd(letters) {
                    continue;
                }
                format!("{}{}", letters.replace("DD", "Đ"), &word[letters.len()..])
            }
        };
        out.push_str(&text[copied..start]);
        out.push_str(&read);
        copied = start + word.len();
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_read_with_their_marks() {
        for (typed, read) in [
            ("Vie^.t", "Việt"),
            ("ddu+o+.c", "được"),
            ("tu+o+'ng", "tướng"),
            ("DDo^`ng", "Đồng"),
            ("ca(n", "căn"),
            ("hoa'", "hoá"),
            ("ho'a", "hóa"),
            ("nghi..", "nghị."),
            ("kho^ng?", "không?"),
            ("a\\.", "a."),
        ] {
            assert_eq!(read_word(typed).0, read, "{typed}");
        }
    }

    #[test]
    fn a_viqr_text_is_read_and_its_numbers_and_links_stay() {
        let text = "Thu? tu+o+'ng Chi'nh phu? Pha.m Minh Chi'nh pha't bie^?u ta.i ho^.i nghi. ve^` \
                    ca?i ca'ch ha`nh chi'nh. Nghi. quye^'t so^' 131/NQ-CP (xem www.chinhphu.vn) va` 12/QDD-HDDND.";
        assert_eq!(
            repair_viqr(text).as_deref(),
            Some(
                "Thủ tướng Chính phủ Phạm Minh Chính phát biểu tại hội nghị về cải cách hành \
                 chính. Nghị quyết số 131/NQ-CP (xem www.chinhphu.vn) và 12/QĐ-HĐND."
            )
        );
    }

    #[test]
    fn english_and_unicode_text_are_left_alone() {
        for text in [
            "Is it a good idea to go? Ask me. I'm not sure, e.g. the U.S. team said so. Maybe \
             a. The plan (see www.example.com) is to do it, then see.",
            "Thủ tướng phát biểu tại hội nghị về cải cách hành chính ngày 12/3.",
            "Code: a'b c'd e'f g'h, x = y?z.",
        ] {
            assert_eq!(repair_viqr(text), None, "{text}");
        }
    }
}
