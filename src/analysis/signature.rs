//! A 64-bit signature of the words of a short text (a title): a Bloom filter with two bits
//! per folded word. It answers "may this title hold the word?" from one number, with no
//! false negatives and, for a title of a dozen words, about one false positive in ten words.

use super::analyzer::for_each_folded;
use super::segmenter::SegmentKind;

/// The two bits a folded word sets.
pub fn word_bits(folded: &str) -> u64 {
    let h = xxhash_rust::xxh3::xxh3_64(folded.as_bytes());
    (1 << (h & 63)) | (1 << ((h >> 6) & 63))
}

/// The signature of `text`'s words (compounds such as `131/nq-cp` left out: their parts are
/// words).
pub fn signature(text: &str) -> u64 {
    let mut bits = 0;
    for_each_folded(text, |seg, _, folded| {
        if seg.kind != SegmentKind::Compound {
            bits |= word_bits(folded);
        }
    });
    bits
}

/// Whether a text with signature `bits` may hold the folded word `word_bits` stands for.
pub fn may_hold(bits: u64, word: u64) -> bool {
    bits & word == word
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize_text;

    #[test]
    fn every_word_of_the_title_is_held_in_any_spelling() {
        let bits = signature(&normalize_text("Đơn giản hoá thủ tục hành chính"));
        for word in ["don", "gian", "hoa", "thu", "tuc", "hanh", "chinh"] {
            assert!(may_hold(bits, word_bits(word)), "{word}");
        }
        let misses = [
            "quyet", "nghi", "dinh", "so", "dan", "cong", "an", "06", "bo", "nganh",
        ]
        .iter()
        .filter(|w| may_hold(bits, word_bits(w)))
        .count();
        assert!(misses <= 3, "{misses} false positives out of 10");
    }
}
