//! Property tests: arbitrary input never panics the decoder, the cleaner, the analyzer or
//! the query parser, and the analyzer's terms are always NFC and lowercase.
//! `PROPTEST_CASES=100000 cargo test --release --test properties` runs a long session.

use proptest::prelude::*;
use unicode_normalization::{is_nfc, UnicodeNormalization};
use vnsearch::acronyms::AcronymTable;
use vnsearch::analysis::{analyze, analyze_into, TokenBuffer};
use vnsearch::clean::{clean_bytes, decode, Markup, Metadata};
use vnsearch::search::user_query::parse_user_query;
use vnsearch::text::normalize_text;

/// Strings rich in what breaks text code: Vietnamese letters in both forms, combining marks,
/// joiners, quotes, markup and control characters.
fn vietnamese_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "cải",
        "cách",
        "HOÀ",
        "hoá",
        "Thuỷ",
        "ĐỀ ÁN",
        "131/NQ-CP",
        "11.956",
        "99,33%",
        "ủy",
        " ",
        "\n",
        "\u{0301}",
        "\u{0323}",
        "\u{200B}",
        "\u{00A0}",
        "\"",
        "“",
        "(",
        ")",
        "<p>",
        "</div>",
        "&amp;",
        "-",
        "/",
        ".",
        ",",
        "…",
        "\u{0}",
        "\u{7}",
        "ǅ",
        "İ",
        "ß",
        "中文",
        "🙂",
        "Ông",
        "Thủ tướng",
        "Phạm Minh Chính",
        "cho biết",
        "Nghị quyết số 653/2019/2019/UBTVQH",
        "(TTHC)",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn decoder_and_cleaner_never_panic_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = decode(&bytes);
        let _ = clean_bytes("x".into(), "x".into(), &bytes, Markup::Sniff, Metadata::default());
        let _ = clean_bytes("x".into(), "x".into(), &bytes, Markup::Html, Metadata::default());
    }

    #[test]
    fn cleaner_never_panics_on_text(text in vietnamese_soup()) {
        let _ = clean_bytes("x".into(), "x".into(), text.as_bytes(), Markup::Sniff, Metadata::default());
        let _ = clean_bytes("x".into(), "x".into(), text.as_bytes(), Markup::Html, Metadata::default());
    }

    #[test]
    fn analyzer_terms_are_nfc_and_lowercase(text in prop_oneof![vietnamese_soup(), any::<String>()]) {
        let normalized = normalize_text(&text);
        prop_assert!(is_nfc(&normalized));
        for term in analyze(&normalized) {
            prop_assert!(is_nfc(&term.exact), "{:?}", term.exact);
            prop_assert_eq!(term.exact.to_lowercase(), term.exact.clone());
            prop_assert!(term.folded.nfc().eq(term.folded.chars()));
            prop_assert!(normalized.is_char_boundary(term.start) && normalized.is_char_boundary(term.end));
        }
        let mut buffer = TokenBuffer::default();
        analyze_into(&normalized, &mut buffer);
        for t in buffer.tokens() {
            prop_assert!(!t.text.is_empty());
        }
        // The index holds exactly the folded forms the query side computes.
        let indexed: Vec<(&str, usize)> = buffer.tokens().iter().map(|t| (t.text.as_str(), t.position)).collect();
        let terms = analyze(&normalized);
        let searched: Vec<(&str, usize)> = terms.iter().map(|t| (t.folded.as_str(), t.position)).collect();
        prop_assert_eq!(indexed, searched);
    }

    #[test]
    fn query_parser_never_panics(query in prop_oneof![vietnamese_soup(), any::<String>()]) {
        let _ = parse_user_query(&query, false, &AcronymTable::builtin());
        let _ = parse_user_query(&query, true, &AcronymTable::builtin());
    }
}
