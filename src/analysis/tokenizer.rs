//! The analyzer as a tantivy [`Tokenizer`], registered under [`VIETNAMESE`], so tantivy's
//! writer threads analyze passages while rayon's threads clean the next articles.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use std::sync::Arc;

use super::analyzer::{analyze_marked, TokenBuffer};
use super::phrase_marks::PhraseMarks;

/// Name the tokenizer is registered under.
pub const VIETNAMESE: &str = "vi";

/// Tokenizer producing one folded term per word, with positions, and a mark term per known
/// phrase ([`super::phrase_marks`]).
#[derive(Debug, Clone, Default)]
pub struct VietnameseTokenizer {
    buffer: TokenBuffer,
    marks: Arc<PhraseMarks>,
}

impl VietnameseTokenizer {
    /// A tokenizer marking the phrases of `marks`.
    pub fn with_marks(marks: Arc<PhraseMarks>) -> Self {
        VietnameseTokenizer {
            buffer: TokenBuffer::default(),
            marks,
        }
    }
}

/// Stream over the tokens of one text.
pub struct VietnameseTokenStream<'a> {
    tokens: &'a mut [Token],
    next: usize,
}

impl Tokenizer for VietnameseTokenizer {
    type TokenStream<'a> = VietnameseTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VietnameseTokenStream<'a> {
        analyze_marked(text, &mut self.buffer, &self.marks);
        VietnameseTokenStream {
            tokens: self.buffer.tokens_mut(),
            next: 0,
        }
    }
}

impl TokenStream for VietnameseTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_every_form() {
        let mut t = VietnameseTokenizer::default();
        let mut stream = t.token_stream("Hoà bình");
        let mut texts = Vec::new();
        while stream.advance() {
            texts.push(stream.token().text.clone());
        }
        assert_eq!(texts, ["hoa", "binh"]);
    }
}
