//! Diacritic folding: the lossy form a user types without marks.
//!
//! Removes tone marks and the hat/breve/horn modifiers, and maps `đ` to `d` (Unicode
//! decomposition leaves `đ` alone, so it is handled explicitly).

use unicode_normalization::char::is_combining_mark;

use super::letters::fold_letter;

/// Appends `text` without diacritics to `out` (`đ` → `d`, `Đ` → `D`). Stray combining
/// marks (from text that was not composed) are dropped.
pub fn push_folded(text: &str, out: &mut String) {
    if text.is_ascii() {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        if !is_mark(c) {
            out.push(fold_letter(c));
        }
    }
}

/// True for a combining mark (a diacritic left over from text that was not composed).
#[inline]
pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F) || (c as u32 > 0x1EFF && is_combining_mark(c))
}

/// Appends `text` lowercased and without diacritics to `out`, in one pass (the comparison
/// form of names, labels and indexed words).
pub fn push_folded_lowercase(text: &str, out: &mut String) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if is_mark(c) {
            continue;
        }
        let base = fold_letter(c);
        if base.is_ascii() {
            out.push(base.to_ascii_lowercase());
        } else {
            // Lowercasing can decompose (`İ` → `i` + a dot above): fold what it gives.
            out.extend(
                base.to_lowercase()
                    .filter(|&l| !is_mark(l))
                    .map(fold_letter),
            );
        }
    }
}

/// `text` without diacritics.
pub fn fold_diacritics(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_folded(text, &mut out);
    out
}

/// True when `text` carries any Vietnamese diacritic (including `đ`).
pub fn has_diacritics(text: &str) -> bool {
    !text.is_ascii() && fold_diacritics(text) != text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_table() {
        let cases = [
            ("cải cách hành chính", "cai cach hanh chinh"),
            ("Đề án", "De an"),
            ("đường", "duong"),
            ("ỦY BAN", "UY BAN"),
            ("nđ-cp", "nd-cp"),
            ("ascii", "ascii"),
            ("ộ ự ẫ", "o u a"),
        ];
        for (input, expected) in cases {
            assert_eq!(fold_diacritics(input), expected, "{input}");
        }
    }

    #[test]
    fn folding_and_lowercasing_in_one_pass_equals_the_two_steps() {
        for input in [
            "Cải CÁCH Hành Chính",
            "ĐỀ ÁN 06",
            "ỦY BAN",
            "İstanbul",
            "Ωmega",
        ] {
            let mut one_pass = String::new();
            push_folded_lowercase(input, &mut one_pass);
            let two_steps = fold_diacritics(&input.to_lowercase());
            assert_eq!(one_pass, fold_diacritics(&two_steps), "{input}");
        }
    }

    #[test]
    fn detects_diacritics() {
        assert!(has_diacritics("bỏ"));
        assert!(has_diacritics("đ"));
        assert!(!has_diacritics("bo"));
    }
}
