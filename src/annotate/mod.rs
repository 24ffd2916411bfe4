//! Annotated sentences, and nom over their words.
//!
//! The rule tables of the extractors (see `extract::meetings::rules`) are nom
//! parsers whose input is not bytes but the words of one sentence: a
//! [`Words`] is a window onto an [`Annotated`] sentence, which holds the
//! sentence's tokens, each token's lower-case text and where the people it
//! names start. [`Words`] implements [`nom::Input`], so nom's own combinators
//! (`alt`, `not`, `peek`, `preceded`, tuples ...) compose the primitives of
//! this module, which match one word ([`word`], [`one_of`]), look at a
//! token's shape ([`capitalised`]) or ask where people are named
//! ([`named_within`], [`named_after`], [`named_before`]).

mod fold;
mod primitives;

pub(crate) use fold::fold_diacritics;

pub(crate) use primitives::*;

use crate::text::Token;
use std::iter::{Copied, Enumerate};
use std::slice::Iter;

/// The words of `tokens` in ASCII lower case, sliced from one lower-case
/// copy of their text kept in `lower` (ASCII case folding keeps offsets).
pub(crate) fn lower_words<'b>(text: &str, tokens: &[Token], lower: &'b mut String) -> Vec<&'b str> {
    let base = tokens.first().map_or(0, |t| t.start);
    let end = tokens.last().map_or(base, |t| t.end);
    lower.clear();
    lower.push_str(text.get(base..end).unwrap_or(""));
    lower.make_ascii_lowercase();
    let lower: &'b str = lower;
    tokens
        .iter()
        .map(|t| lower.get(t.start - base..t.end - base).unwrap_or(""))
        .collect()
}

/// One sentence as the rule tables read it.
#[derive(Debug)]
pub(crate) struct Annotated<'a> {
    /// The article's text: token offsets index it.
    pub text: &'a str,
    /// The sentence's tokens, in order.
    pub tokens: &'a [Token],
    /// Each token's text in ASCII lower case, parallel to `tokens`.
    pub words: &'a [&'a str],
    /// Where the mentions of people in the sentence start (byte offsets into `text`), in order.
    pub named: &'a [usize],
}

impl<'a> Annotated<'a> {
    /// The whole sentence as rule input, positioned at word `at`.
    pub fn at(&'a self, at: usize) -> Words<'a> {
        Words {
            s: self,
            at: at.min(self.words.len()),
            end: self.words.len(),
        }
    }

    /// A person's mention starts strictly after byte `a` and before byte `b`.
    pub fn named_in(&self, a: usize, b: usize) -> bool {
        let from = self.named.partition_point(|&m| m <= a);
        self.named.get(from).is_some_and(|&m| m < b)
    }

    /// The end of the sentence's last token.
    pub fn end(&self) -> usize {
        self.tokens.last().map_or(0, |t| t.end)
    }
}

/// A run of an [`Annotated`] sentence's words: the input of every rule pattern.
///
/// Lookbehind primitives ([`prev_in`], [`named_before`]) read the words
/// before the window, which the window's position keeps.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words<'a> {
    s: &'a Annotated<'a>,
    at: usize,
    end: usize,
}

impl<'a> Words<'a> {
    /// The sentence the window is on.
    pub fn sentence(&self) -> &'a Annotated<'a> {
        self.s
    }

    /// The index of the window's first word in the sentence.
    pub fn position(&self) -> usize {
        self.at
    }

    /// The window's first word, if any.
    pub fn first(&self) -> Option<&'a str> {
        self.s.words[self.at..self.end].first().copied()
    }

    /// The window's first token, if any.
    pub fn first_token(&self) -> Option<&'a Token> {
        self.s.tokens[self.at..self.end].first()
    }

    /// The words of the sentence before the window.
    pub fn before(&self) -> &'a [&'a str] {
        &self.s.words[..self.at]
    }

    /// The window's words.
    pub fn words(&self) -> &'a [&'a str] {
        &self.s.words[self.at..self.end]
    }
}

impl<'a> nom::Input for Words<'a> {
    type Item = &'a str;
    type Iter = Copied<Iter<'a, &'a str>>;
    type IterIndices = Enumerate<Self::Iter>;

    fn input_len(&self) -> usize {
        self.end - self.at
    }

    fn take(&self, index: usize) -> Self {
        Words {
            end: (self.at + index).min(self.end),
            ..*self
        }
    }

    fn take_from(&self, index: usize) -> Self {
        Words {
            at: (self.at + index).min(self.end),
            ..*self
        }
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.words().iter().position(|w| predicate(w))
    }

    fn iter_elements(&self) -> Self::Iter {
        self.words().iter().copied()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.iter_elements().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, nom::Needed> {
        let len = self.input_len();
        if len >= count {
            Ok(count)
        } else {
            Err(nom::Needed::new(count - len))
        }
    }
}
