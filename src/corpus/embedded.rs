//! The shipped corpus, compiled into the binary so that `vnsearch search` works from any
//! directory. `corpus/` on disk takes precedence when it exists.

use super::{Content, RawInput};
use crate::clean::{Markup, Metadata};

/// The shipped `corpus/`, compiled in.
static CORPUS: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/corpus");

/// The seed articles, as `(file name, bytes)` in name order.
pub fn articles() -> Vec<(&'static str, &'static [u8])> {
    let mut files: Vec<(&str, &[u8])> = CORPUS
        .files()
        .filter_map(|f| Some((f.path().file_name()?.to_str()?, f.contents())))
        .filter(|(name, _)| !name.starts_with('.'))
        .collect();
    files.sort_by_key(|(name, _)| *name);
    files
}

/// The embedded articles as inputs, with `embedded:corpus/NAME` as their source.
pub fn inputs() -> impl Iterator<Item = RawInput> {
    articles().into_iter().map(|(name, bytes)| {
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
