//! Vietnamese analysis: normalization, tone marks, folding, segmentation, the analyzer that
//! produces every indexed form in one pass, and the features that read meaning from text:
//! document references, speakers and acronyms.
//!
//! ```
//! use vnsearch::analysis::{analyze, normalize_text};
//! let text = normalize_text("Đơn giản hoá TTHC");
//! let terms = analyze(&text);
//! assert_eq!(terms[2].exact, "hoá");
//! assert_eq!(terms[1].folded, "gian");
//! assert_eq!(terms[0].folded, "don");
//! ```

pub mod acronym_table;
pub mod acronyms;
pub mod analyzer;
pub mod doc_refs;
pub mod fold;
pub mod letters;
pub mod normalize;
pub mod people_tables;
pub mod segmenter;
pub mod speakers;
pub mod tokenizer;
pub mod tone_marks;
pub mod word_match;

pub use analyzer::{
    analyze, analyze_into, bigram, folded_term, AnalyzedTerm, TokenBuffer, FOLDED_PREFIX,
};
pub use fold::{fold_diacritics, has_diacritics};
pub use normalize::normalize_text;
pub use tone_marks::canonical_syllable;
