//! The words and lookarounds that rule patterns are built from.
//!
//! Each function returns a nom parser over [`Words`]. Parsers that consume
//! take words off the window's front; lookarounds (`named_*`, `prev_*`,
//! [`said_before`]) consume nothing and fail unless their condition holds.

use super::Words;
use nom::error::{Error, ErrorKind};
use nom::{IResult, Input};

/// What every rule pattern returns.
pub(crate) type PResult<'a, O = ()> = IResult<Words<'a>, O>;

fn fail<O>(input: Words<'_>) -> PResult<'_, O> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

/// Lookaround for hand-written checks: consumes nothing, fails unless `ok`.
pub(crate) fn lookaround(input: Words<'_>, ok: bool) -> PResult<'_> {
    if ok {
        Ok((input, ()))
    } else {
        fail(input)
    }
}

/// Takes the next word if `test` holds for it.
pub(crate) fn word_if<'a>(
    test: impl Fn(&str) -> bool,
) -> impl Fn(Words<'a>) -> PResult<'a, &'a str> {
    move |input: Words<'a>| match input.first() {
        Some(w) if test(w) => Ok((input.take_from(1), w)),
        _ => fail(input),
    }
}

/// The word `w` (lower case).
pub(crate) fn word<'a>(w: &'static str) -> impl Fn(Words<'a>) -> PResult<'a, &'a str> {
    word_if(move |x| x == w)
}

/// Any one of `set` (lower case).
pub(crate) fn one_of<'a>(
    set: &'static [&'static str],
) -> impl Fn(Words<'a>) -> PResult<'a, &'a str> {
    word_if(move |x| set.contains(&x))
}

/// Any one token.
pub(crate) fn any_word(input: Words<'_>) -> PResult<'_, &str> {
    word_if(|_| true)(input)
}

/// A word token (not a number or a mark) whose first letter is upper case.
pub(crate) fn capitalised(input: Words<'_>) -> PResult<'_, &str> {
    let text = input.sentence().text;
    match input.first_token() {
        Some(t) if t.is_capitalised(text) => any_word(input),
        _ => fail(input),
    }
}

/// A word token: letters, not a number or a mark.
pub(crate) fn word_token(input: Words<'_>) -> PResult<'_, &str> {
    match input.first_token() {
        Some(t) if t.kind == crate::text::TokenKind::Word => any_word(input),
        _ => fail(input),
    }
}

/// Skips at most `n` words, then `p`: the first place where `p` matches.
pub(crate) fn within<'a, O>(
    n: usize,
    mut p: impl nom::Parser<Words<'a>, Output = O, Error = Error<Words<'a>>>,
) -> impl FnMut(Words<'a>) -> PResult<'a, O> {
    move |input: Words<'a>| {
        for k in 0..=n.min(input.input_len()) {
            if let Ok(done) = p.parse(input.take_from(k)) {
                return Ok(done);
            }
        }
        fail(input)
    }
}

/// Lookahead: a person's mention starts in the next `n` tokens (after the
/// first of them begins).
pub(crate) fn named_within<'a>(n: usize) -> impl Fn(Words<'a>) -> PResult<'a> {
    move |input: Words<'a>| {
        let s = input.sentence();
        let at = input.position();
        let Some(from) = s.tokens.get(at) else {
            return fail(input);
        };
        let to = s
            .tokens
            .get((at + n).saturating_sub(1))
            .or(s.tokens.last())
            .map_or(from.end, |t| t.end);
        if s.named_in(from.start, to) {
            Ok((input, ()))
        } else {
            fail(input)
        }
    }
}

/// Lookahead: a person is named after the end of the previous token.
pub(crate) fn named_after(input: Words<'_>) -> PResult<'_> {
    let s = input.sentence();
    let from = input
        .position()
        .checked_sub(1)
        .and_then(|p| s.tokens.get(p))
        .map_or(0, |t| t.end);
    if s.named_in(from, s.end()) {
        Ok((input, ()))
    } else {
        fail(input)
    }
}

/// Lookbehind: a person is named before the window (after the sentence's first byte).
pub(crate) fn named_before(input: Words<'_>) -> PResult<'_> {
    let s = input.sentence();
    let first = s.tokens.first().map_or(0, |t| t.start);
    let here = input.first_token().map_or(s.end(), |t| t.start);
    if s.named_in(first, here) {
        Ok((input, ()))
    } else {
        fail(input)
    }
}

/// Lookbehind: the word right before the window is one of `set`.
pub(crate) fn prev_in<'a>(set: &'static [&'static str]) -> impl Fn(Words<'a>) -> PResult<'a> {
    move |input: Words<'a>| match input.before().last() {
        Some(w) if set.contains(w) => Ok((input, ())),
        _ => fail(input),
    }
}

/// Lookbehind: some word before the window is `w`.
pub(crate) fn said_before<'a>(w: &'static str) -> impl Fn(Words<'a>) -> PResult<'a> {
    move |input: Words<'a>| {
        if input.before().contains(&w) {
            Ok((input, ()))
        } else {
            fail(input)
        }
    }
}

/// Lookaround: `test` holds for the sentence's words and the window's position.
pub(crate) fn holds<'a>(
    test: impl Fn(&[&str], usize) -> bool,
) -> impl Fn(Words<'a>) -> PResult<'a> {
    move |input: Words<'a>| {
        if test(input.sentence().words, input.position()) {
            Ok((input, ()))
        } else {
            fail(input)
        }
    }
}
