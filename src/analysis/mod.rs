//! Vietnamese analysis for the index: the segmenter (syllables, numbers, document numbers),
//! the analyzer that produces the exact and folded forms in one pass (the index holds the
//! folded form, one term per word, with positions), and
//! the tantivy tokenizer that feeds them to the index. Text primitives live in
//! [`crate::text`]; the features that read meaning in [`crate::refs`], [`crate::speakers`]
//! and [`crate::acronyms`].
//!
//! ```
//! use vnsearch::analysis::analyze;
//! use vnsearch::text::normalize_text;
//! let text = normalize_text("Đơn giản hoá TTHC");
//! let terms = analyze(&text);
//! assert_eq!(terms[2].exact, "hoá");
//! assert_eq!(terms[1].folded, "gian");
//! assert_eq!(terms[0].folded, "don");
//! ```

pub mod analyzer;
pub mod phrase_marks;
pub mod segmenter;
pub mod signature;
pub mod tokenizer;

pub use analyzer::{
    analyze, analyze_into, analyze_marked, exact_form, folded_form, for_each_folded,
    glued_acronym_parts, term_segments, AnalyzedTerm, TokenBuffer,
};
