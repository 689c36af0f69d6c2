//! The shipped corpus, compiled into the binary so that `vnsearch search` works from any
//! directory. `corpus/` on disk takes precedence when it exists.

use super::{Content, RawInput};
use crate::clean::{Markup, Metadata};

/// The seed articles in `corpus/`, as `(file name, bytes)`.
pub const ARTICLES: &[(&str, &[u8])] = &[
    (
        "000_a036a9bb99c329ac.txt",
        include_bytes!("../../corpus/000_a036a9bb99c329ac.txt"),
    ),
    (
        "001_3ef0812a7f42525a.txt",
        include_bytes!("../../corpus/001_3ef0812a7f42525a.txt"),
    ),
    (
        "002_5375bcbe64f14489.txt",
        include_bytes!("../../corpus/002_5375bcbe64f14489.txt"),
    ),
    (
        "003_c3bb818650128224.txt",
        include_bytes!("../../corpus/003_c3bb818650128224.txt"),
    ),
    (
        "004_f0b1e9c68f6e4903.txt",
        include_bytes!("../../corpus/004_f0b1e9c68f6e4903.txt"),
    ),
];

/// The embedded articles as inputs, with `embedded:corpus/NAME` as their source.
pub fn inputs() -> impl Iterator<Item = RawInput> {
    ARTICLES.iter().map(|(name, bytes)| {
        let source = format!("embedded:corpus/{name}");
        RawInput {
            id: source.clone(),
            source,
            url: None,
            bytes: bytes.to_vec(),
            content: Content::Page(Markup::Sniff),
            metadata: Metadata::default(),
        }
    })
}
