//! Splits normalized text into syllables, numbers and compounds, with byte offsets.
//!
//! Enters: NFC text from [`crate::text::normalize_text`]. Leaves: [`Segment`]s in text order.
//! A *part* is a run of letters or digits; parts joined by `/`, `-`, `.`, `,` or `_` with no
//! space in between also form a *compound* (`131/NQ-CP`, `KT-XH`, `11/11/2022`), emitted at
//! the position of its first part so that both the whole and its pieces are searchable.
//! Thousands groups (`11.956`) and decimals (`99,33`) join into one number part.

use crate::text::letters::is_word_char;

/// One unit of text found by [`segment`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte offset of the first character in the text.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Token position (compounds share the position of their first part).
    pub position: usize,
    /// What kind of unit this is.
    pub kind: SegmentKind,
    /// True when punctuation other than a joiner separates this part from the previous one,
    /// so no bigram should span the gap.
    pub break_before: bool,
}

/// The kinds of [`Segment`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    /// A syllable, an acronym or a plain number.
    Part,
    /// A number written with thousands separators: the dots are dropped from its term.
    GroupedNumber,
    /// Several parts joined without spaces (document numbers, dates, hyphenated acronyms).
    Compound,
}

/// Marks that join parts written without spaces into one compound: numbers ("131/NQ-CP",
/// "1.234"), hyphenated and dotted acronyms ("KT-XH", "TP.HCM") and acronyms joined by an
/// ampersand for "và" ("GD&ĐT", "NN&PTNT").
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '/' | '-' | '.' | ',' | '_' | '&' | '\u{2010}' | '\u{2011}'
    )
}

/// A raw run of word characters, before joining.
#[derive(Clone, Copy)]
struct Run {
    start: usize,
    end: usize,
}

/// Splits a run at glued boundaries real pages contain: `CCHCthiết` (acronym glued to a
/// lowercase word), `ngày31` (a word glued to a number).
fn split_glued(text: &str, run: Run, out: &mut Vec<Run>) {
    let s = &text[run.start..run.end];
    // Fast path: a lowercase or capitalized word, or a plain number, has nothing glued.
    let mut chars = s.chars();
    let first = chars.next();
    let rest_lower =
        chars.all(|c| c.is_lowercase() || unicode_normalization::char::is_combining_mark(c));
    if (first.is_some_and(|c| c.is_alphabetic()) && rest_lower)
        || s.bytes().all(|b| b.is_ascii_digit())
    {
        out.push(run);
        return;
    }
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut piece_start = 0;
    let mut i = 1;
    while i < chars.len() {
        let (_, prev) = chars[i - 1];
        let (at, c) = chars[i];
        let lower_run_follows = |from: usize| {
            chars[from..]
                .iter()
                .take(2)
                .filter(|(_, c)| c.is_lowercase())
                .count()
                == 2
        };
        let upper_before = {
            let piece = &chars[piece_start..i];
            piece.len() >= 2
                && piece
                    .iter()
                    .all(|(_, c)| c.is_uppercase() || c.is_ascii_digit())
        };
        let letters_before = chars[piece_start..i]
            .iter()
            .filter(|(_, c)| c.is_lowercase())
            .count();
        let split = (prev.is_uppercase()
            && c.is_lowercase()
            && upper_before
            && lower_run_follows(i))
            || (prev.is_lowercase() && c.is_ascii_digit() && letters_before >= 2 && !s.is_ascii());
        if split {
            out.push(Run {
                start: run.start + chars[piece_start].0,
                end: run.start + at,
            });
            piece_start = i;
        }
        i += 1;
    }
    out.push(Run {
        start: run.start + chars[piece_start].0,
        end: run.end,
    });
}

/// Splits `text` into segments.
pub fn segment(text: &str) -> Vec<Segment> {
    // Pass 1: runs of word characters, each with the separator that precedes it.
    let mut runs: Vec<(Run, Separator)> = Vec::new();
    let mut sep = Separator::Start;
    let mut pieces = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            pieces.clear();
            split_glued(text, Run { start: i, end }, &mut pieces);
            for (k, &piece) in pieces.iter().enumerate() {
                runs.push((piece, if k == 0 { sep } else { Separator::Glued }));
            }
            sep = Separator::None;
        } else if c == ' ' || c == '\n' {
            sep = match sep {
                Separator::Punct | Separator::Start => sep,
                // A joiner followed by a space was punctuation: "cách, hành", "thúc. Bắt".
                Separator::Joiner(_) => Separator::Punct,
                _ if c == '\n' => Separator::Punct,
                _ => Separator::Space,
            };
        } else if is_joiner(c) && matches!(sep, Separator::None) {
            sep = Separator::Joiner(c);
        } else {
            sep = Separator::Punct;
        }
    }

    // Pass 2: group runs joined by joiners into compounds.
    let mut segments = Vec::new();
    let mut position = 0;
    let mut i = 0;
    while i < runs.len() {
        let mut j = i + 1;
        while j < runs.len() && joins(text, runs[j - 1].0, runs[j].0, runs[j].1) {
            j += 1;
        }
        let group = &runs[i..j];
        let break_before = matches!(
            group[0].1,
            Separator::Punct | Separator::Start | Separator::Joiner(_)
        );
        emit_group(text, group, &mut position, break_before, &mut segments);
        i = j;
    }
    segments
}

#[derive(Clone, Copy, Debug)]
enum Separator {
    Start,
    None,
    Space,
    Punct,
    Glued,
    Joiner(char),
}

/// Whether `run` continues the compound ending with `prev`: a comma joins digits only
/// (`99,33`), since between words it is punctuation that lost its space (`quan,địa`).
fn joins(text: &str, prev: Run, run: Run, sep: Separator) -> bool {
    match sep {
        Separator::Joiner(',') => all_digits(text, prev) && all_digits(text, run),
        Separator::Joiner(_) => true,
        _ => false,
    }
}

fn all_digits(text: &str, run: Run) -> bool {
    text[run.start..run.end].bytes().all(|b| b.is_ascii_digit())
}

/// Turns a group of runs (joined without spaces) into parts and, if several, a compound.
fn emit_group(
    text: &str,
    group: &[(Run, Separator)],
    position: &mut usize,
    break_before: bool,
    out: &mut Vec<Segment>,
) {
    if let [(run, _)] = group {
        // A lone run (most words): one part, no compound.
        out.push(Segment {
            start: run.start,
            end: run.end,
            position: *position,
            kind: SegmentKind::Part,
            break_before,
        });
        *position += 1;
        return;
    }
    // Merge number pieces: thousands groups (`11.956`, `1.000.000`) and decimals (`99,33`,
    // `99.33`).
    let mut parts: Vec<(Run, SegmentKind)> = Vec::new();
    for &(run, sep) in group {
        if let (Separator::Joiner(j), Some((prev, kind))) = (sep, parts.last_mut()) {
            let prev_text = &text[prev.start..prev.end];
            let run_is_digits = all_digits(text, run);
            let prev_is_integer = prev_text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && (*kind == SegmentKind::GroupedNumber || prev_text.len() <= 3);
            if j == '.' && prev_is_integer && run_is_digits && run.end - run.start == 3 {
                prev.end = run.end;
                *kind = SegmentKind::GroupedNumber;
                continue;
            }
            // A point before one, two or four-plus digits is a decimal point typed the
            // English way (`99.33`, `4.0`): one number, read as `99,33` (see the analyzer).
            let prev_is_plain_integer =
                *kind == SegmentKind::Part && prev_text.bytes().all(|b| b.is_ascii_digit());
            if j == '.' && prev_is_plain_integer && run_is_digits && run.end - run.start != 3 {
                prev.end = run.end;
                continue;
            }
            let prev_is_number = prev_text.bytes().all(|b| b.is_ascii_digit() || b == b'.');
            if j == ',' && prev_is_number && run_is_digits && *kind != SegmentKind::Compound {
                prev.end = run.end;
                continue;
            }
        }
        parts.push((run, SegmentKind::Part));
    }
    let first_position = *position;
    if parts.len() > 1 {
        out.push(Segment {
            start: parts[0].0.start,
            end: parts[parts.len() - 1].0.end,
            position: first_position,
            kind: SegmentKind::Compound,
            break_before,
        });
    }
    for (k, (run, kind)) in parts.into_iter().enumerate() {
        out.push(Segment {
            start: run.start,
            end: run.end,
            position: *position,
            kind,
            break_before: break_before && k == 0,
        });
        *position += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, SegmentKind, usize)> {
        segment(text)
            .into_iter()
            .map(|s| (&text[s.start..s.end], s.kind, s.position))
            .collect()
    }

    #[test]
    fn syllables_and_positions() {
        assert_eq!(
            texts("cải cách, hành chính"),
            vec![
                ("cải", SegmentKind::Part, 0),
                ("cách", SegmentKind::Part, 1),
                ("hành", SegmentKind::Part, 2),
                ("chính", SegmentKind::Part, 3),
            ]
        );
    }

    #[test]
    fn document_number_is_compound_and_parts() {
        let got = texts("số 131/NQ-CP của");
        assert!(got.contains(&("131/NQ-CP", SegmentKind::Compound, 1)));
        assert!(got.contains(&("131", SegmentKind::Part, 1)));
        assert!(got.contains(&("NQ", SegmentKind::Part, 2)));
        assert!(got.contains(&("CP", SegmentKind::Part, 3)));
        assert!(got.contains(&("của", SegmentKind::Part, 4)));
    }

    #[test]
    fn an_acronym_joined_by_an_ampersand_is_compound_and_parts() {
        let got = texts("Sở GD&ĐT và Q & A");
        assert!(got.contains(&("GD&ĐT", SegmentKind::Compound, 1)));
        assert!(got.contains(&("ĐT", SegmentKind::Part, 2)));
        // Spaced, the ampersand is punctuation.
        let compounds = got.iter().filter(|(_, k, _)| *k == SegmentKind::Compound);
        assert_eq!(compounds.count(), 1, "{got:?}");
    }

    #[test]
    fn numbers_group_and_decimals() {
        assert_eq!(
            texts("11.956"),
            vec![("11.956", SegmentKind::GroupedNumber, 0)]
        );
        assert_eq!(
            texts("1.000.000 đồng"),
            vec![
                ("1.000.000", SegmentKind::GroupedNumber, 0),
                ("đồng", SegmentKind::Part, 1)
            ]
        );
        assert_eq!(texts("99,33%"), vec![("99,33", SegmentKind::Part, 0)]);
        assert_eq!(texts("99.33%"), vec![("99.33", SegmentKind::Part, 0)]);
        assert_eq!(texts("công nghiệp 4.0")[2], ("4.0", SegmentKind::Part, 2));
        assert_eq!(texts("điện tử. Tiếp")[1].0, "tử");
    }

    #[test]
    fn sentence_end_is_not_a_joiner() {
        let segs = segment("kết thúc. Bắt đầu");
        assert!(segs.iter().all(|s| s.kind == SegmentKind::Part));
        assert!(segs[2].break_before);
        assert!(!segs[1].break_before);
    }

    #[test]
    fn glued_words_are_split() {
        let got: Vec<&str> = texts("CCHCthiết ngày31/3/2020 BCĐđã QĐ-TTg")
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert!(got.contains(&"CCHC") && got.contains(&"thiết"), "{got:?}");
        assert!(
            got.contains(&"ngày") && got.contains(&"31/3/2020"),
            "{got:?}"
        );
        assert!(got.contains(&"BCĐ") && got.contains(&"đã"), "{got:?}");
        assert!(got.contains(&"QĐ-TTg"), "{got:?}");
    }
}
