//! Vietnamese text primitives every stage uses: Unicode normalization (NFC, spaces,
//! zero-width characters), the letters and their tones, tone-mark canonicalization (hoá =
//! hóa), diacritic folding (đ → d), word-boundary matching, and [`search_key`], the one form
//! under which names and labels are compared.
//!
//! ```
//! use vnsearch::text::{normalize_text, search_key};
//! assert_eq!(search_key(&normalize_text("Thủ Tướng")), "thu tuong");
//! ```

pub mod fold;
pub mod input_method;
pub mod letters;
pub mod normalize;
pub mod tone_marks;
pub mod word_match;

pub use fold::{fold_diacritics, has_diacritics};
pub use normalize::normalize_text;
pub use tone_marks::canonical_syllable;

/// The comparison key of a name, label or query word: lowercase, diacritics folded.
pub fn search_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    fold::push_folded_lowercase(text, &mut key);
    key
}
