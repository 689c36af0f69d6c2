//! UTF-8 read as Windows-1252 and written out again as UTF-8 (`Cáº£i cÃ¡ch hÃ nh chÃ­nh` for
//! "Cải cách hành chính"): the most common damage in scraped Vietnamese, made by a crawler or
//! a database that took UTF-8 bytes for Latin-1 once.
//!
//! Undone run by run (between line breaks and markup brackets): a run whose characters are
//! all Windows-1252 goes back to its bytes, and when those bytes are UTF-8 that reads as
//! more Vietnamese than the run ([`super::legacy::plausibility`]), the run is replaced. A
//! space where a non-breaking space stood (`hÃ nh`: `à` is C3 A0) is put back first.

use std::sync::LazyLock;

use encoding_rs::WINDOWS_1252;

use super::legacy::{plausibility, runs};

/// Two-character signs of double encoding worth a closer look, this many at least.
const MIN_SIGNS: usize = 2;

/// Windows-1252's characters for the bytes 0x80 to 0x9F (curly quotes, dashes, `‡`...).
static HIGH_CONTROLS: LazyLock<Vec<(char, u8)>> = LazyLock::new(|| {
    (0x80u8..=0x9F)
        .filter_map(|b| {
            let byte = [b];
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(&byte);
            let c = text.chars().next();
            c.map(|c| (c, b))
        })
        .collect()
});

/// The Windows-1252 byte of `c`, or its Latin-1 byte (the C1 controls that Windows-1252
/// leaves undefined).
fn cp1252_byte(c: char) -> Option<u8> {
    u8::try_from(u32::from(c)).ok().or_else(|| {
        HIGH_CONTROLS
            .iter()
            .find(|&&(h, _)| h == c)
            .map(|&(_, b)| b)
    })
}

/// Whether `text` shows at least [`MIN_SIGNS`] signs of double-encoded Vietnamese: `Ã`,
/// `Ä`, `Å`, `Æ` (the lead bytes of Latin letters with marks) or `áº`/`á»` (the lead of
/// Latin Extended Additional, where most toned Vietnamese letters live).
fn has_signs(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut signs = 0;
    for i in memchr::memchr_iter(0xC3, bytes) {
        let sign = match bytes.get(i + 1) {
            Some(0x83..=0x86) => true,
            Some(0xA1) => matches!(bytes.get(i + 2..i + 4), Some([0xC2, 0xBA | 0xBB])),
            _ => false,
        };
        signs += usize::from(sign);
        if signs >= MIN_SIGNS {
            return true;
        }
    }
    false
}

/// `run` with its double encoding undone, when it has one and undoing it gives Vietnamese.
fn undo(run: &str) -> Option<String> {
    if run.is_ascii() {
        return None;
    }
    let bytes: Vec<u8> = run.chars().map(cp1252_byte).collect::<Option<_>>()?;
    let decoded = String::from_utf8(bytes).or_else(|e| {
        let mut bytes = e.into_bytes();
        for i in 1..bytes.len() {
            if bytes[i - 1] == 0xC3 && bytes[i] == b' ' {
                bytes[i] = 0xA0;
            }
        }
        String::from_utf8(bytes)
    });
    let decoded = decoded.ok()?;
    (plausibility(&decoded) > plausibility(run)).then_some(decoded)
}

/// `text` with its double-encoded runs undone, or `None` when it has none.
pub fn repair_double_encoded(text: &str) -> Option<String> {
    if !has_signs(text) {
        return None;
    }
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
