//! Text layer: normalisation with an offset map, joined lines, headline, sentences.
//!
//! [`Document::new`] normalises the input (`normalize`), joins the line
//! breaks that fall inside a sentence of hard-wrapped text (`soft_breaks`,
//! `Normalized::join_lines`), sets crawl residue aside, then finds the
//! headline and splits the sentences; `segment` states the rules.
//! Extractors work on the normalised text; [`Document::to_original`] maps
//! their spans back to the caller's bytes through both steps.

mod normalize;
mod segment;
mod slice;
pub(crate) mod swar;
mod tokens;

use chrono::NaiveDate;
use std::ops::Range;

use crate::model::Span;
pub(crate) use normalize::{normalize, Normalized};
/// The crate's hash maps of short strings: rustc-hash's Fx hash (per-article
/// tables of a few words face no attacker; SipHash costs several times as much).
pub(crate) use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};
pub(crate) use segment::{headline, soft_breaks, split_sentences, Sentence};
pub(crate) use slice::{after, before, sub};
pub(crate) use swar::{
    ascii_letter_bits8, find_digit_or_hyphen, has_digit, has_three_digits, load8,
};
pub(crate) use tokens::{is_title_case, tokenize, Token, TokenKind};

/// An article ready for extraction.
#[derive(Debug)]
pub(crate) struct Document {
    norm: Normalized,
    /// The headline, in normalised offsets, crawl residue excluded: one
    /// line, and one sentence of [`Document::sentences`].
    pub headline: Option<Range<usize>>,
    pub sentences: Vec<Sentence>,
    /// A publication date read from crawl residue such as a leading ` date 2019-09-20`.
    pub published_hint: Option<NaiveDate>,
}

impl Document {
    pub fn new(input: &str) -> Document {
        let mut norm = normalize(input);
        let joins = soft_breaks(&norm.text);
        norm.join_lines(&joins);
        let (residue_end, published_hint) = crawl_residue(&norm.text);
        let body = &norm.text[residue_end..];
        let headline = headline(body).map(|r| r.start + residue_end..r.end + residue_end);
        let mut sentences = split_sentences(body);
        for s in &mut sentences {
            s.start += residue_end;
            s.end += residue_end;
        }
        Document {
            norm,
            headline,
            sentences,
            published_hint,
        }
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.norm.text
    }

    pub fn slice(&self, r: Range<usize>) -> &str {
        self.norm.text.get(r).unwrap_or("")
    }

    pub fn sentence_text(&self, s: &Sentence) -> &str {
        self.slice(s.range())
    }

    pub fn headline_text(&self) -> Option<&str> {
        self.headline.clone().map(|r| self.slice(r))
    }

    /// Sentence `s` is the headline. A first line read as body text is no
    /// headline, so its sentences are not.
    pub fn is_headline(&self, s: &Sentence) -> bool {
        self.headline
            .as_ref()
            .is_some_and(|h| s.start < h.end && h.start < s.end)
    }

    /// Maps a span over the normalised text to the input's bytes: from its
    /// first byte's input to its last byte's, so that input bytes removed
    /// around it (a `\r` before `\n`, a zero-width space) stay out of it.
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.norm.to_original(span.start);
        let end = self.norm.to_original_end(span.end).max(start);
        Span::new(start, end)
    }
}

/// `needle` occurs in `hay`, ASCII case ignored: no lower-case copies.
pub(crate) fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    let n = needle.as_bytes();
    n.is_empty()
        || hay
            .as_bytes()
            .windows(n.len())
            .any(|w| w.eq_ignore_ascii_case(n))
}

/// Crawl residue: a leading ` date YYYY-MM-DD` written before the article.
/// Returns where the article proper starts and the date when it parses.
fn crawl_residue(text: &str) -> (usize, Option<NaiveDate>) {
    let trimmed = text.trim_start_matches([' ', '\n']);
    let lead = text.len() - trimmed.len();
    let Some(rest) = trimmed.strip_prefix("date ") else {
        return (0, None);
    };
    let Some(date_text) = rest.get(..10) else {
        return (0, None);
    };
    match NaiveDate::parse_from_str(date_text, "%Y-%m-%d") {
        Ok(date) => {
            let mut end = lead + "date ".len() + 10;
            while text.as_bytes().get(end) == Some(&b' ') {
                end += 1;
            }
            (end, Some(date))
        }
        Err(_) => (0, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn residue_is_a_hint_not_a_headline() {
        let d = Document::new(" date 2019-09-20 Russia and China plan drills\n\nBody text.");
        assert_eq!(d.published_hint, NaiveDate::from_ymd_opt(2019, 9, 20));
        assert_eq!(d.headline_text(), Some("Russia and China plan drills"));
        assert_eq!(
            d.sentence_text(&d.sentences[0]),
            "Russia and China plan drills"
        );
    }

    #[test]
    fn contains_ignores_ascii_case_only() {
        assert!(contains_ignore_ascii_case("Deputy SPOKESman", "spokes"));
        assert!(contains_ignore_ascii_case(
            "Press Secretary",
            "press secretary"
        ));
        assert!(contains_ignore_ascii_case("any", ""));
        assert!(!contains_ignore_ascii_case("", "a"));
        assert!(!contains_ignore_ascii_case("spoke", "spokes"));
        // Non-ASCII letters keep their case, as `to_ascii_lowercase` does.
        assert!(!contains_ignore_ascii_case("ÉTAT", "état"));
        assert!(contains_ignore_ascii_case("Chef d'État", "D'ÉtAT"));
    }

    #[test]
    fn no_residue() {
        let d = Document::new("date night\n\nBody.");
        assert_eq!(d.published_hint, None);
        assert_eq!(d.headline_text(), Some("date night"));
    }

    #[test]
    fn spans_leave_out_what_normalising_removed_around_them() {
        let input = "Talks\r\n\r\nOman and India met.\u{200b}\r\n";
        let d = Document::new(input);
        let s = d.sentences[1];
        let span = d.to_original(Span::new(s.start, s.end));
        assert_eq!(&input[span.range()], "Oman and India met.");
        let h = d.headline.clone().unwrap_or_default();
        assert_eq!(
            &input[d.to_original(Span::new(h.start, h.end)).range()],
            "Talks"
        );
    }

    #[test]
    fn wrapped_lines_are_one_sentence_over_the_input() {
        let input = "Talks\r\n\r\nOman's minister Badr  \r\n  met Indian Army\r\nchief Manoj Pande.\r\nNext.";
        let d = Document::new(input);
        let texts: Vec<&str> = d.sentences.iter().map(|s| d.sentence_text(s)).collect();
        assert_eq!(
            texts,
            [
                "Talks",
                "Oman's minister Badr met Indian Army chief Manoj Pande.",
                "Next."
            ]
        );
        let s = d.sentences[1];
        let span = d.to_original(Span::new(s.start, s.end));
        assert_eq!(
            &input[span.range()],
            "Oman's minister Badr  \r\n  met Indian Army\r\nchief Manoj Pande."
        );
        let at = d.text().find("met").unwrap_or(0);
        assert_eq!(&input[d.to_original(Span::new(at, at + 3)).range()], "met");
    }
}
