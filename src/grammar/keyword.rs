//! Keywords, word boundaries and spaces.
//!
//! Matching is ASCII case-insensitive on bytes: nom's `tag_no_case` on `&str`
//! lower-cases Unicode and can panic on characters such as U+212A.
#![allow(dead_code)] // pub(crate) items used by the extractors

use nom::error::{Error, ErrorKind};
use nom::IResult;

/// A recoverable nom error at `input`.
pub(crate) fn fail<T>(input: &str, kind: ErrorKind) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(input, kind)))
}

/// Whether `rest` starts at a word boundary: end of input or a character
/// that is not alphanumeric.
pub(crate) fn at_boundary(rest: &str) -> bool {
    match rest.chars().next() {
        Some(c) => !c.is_alphanumeric(),
        None => true,
    }
}

/// The length of `word` when `input` starts with it, ASCII case ignored, and
/// (if `word` ends with an alphanumeric character) a word boundary follows.
pub(crate) fn match_keyword(input: &str, word: &str) -> Option<usize> {
    let n = word.len();
    let head = input.as_bytes().get(..n)?;
    // Most calls try a list of words and fail on the first byte.
    if !head.first()?.eq_ignore_ascii_case(word.as_bytes().first()?)
        || !head.eq_ignore_ascii_case(word.as_bytes())
    {
        return None;
    }
    // Equal bytes up to ASCII case: `n` ends a character in `input` too.
    let rest = input.get(n..)?;
    let needs_boundary = word.chars().next_back().is_some_and(char::is_alphanumeric);
    if needs_boundary && !at_boundary(rest) {
        return None;
    }
    Some(n)
}

/// Matches `word` (ASCII case ignored) followed by a word boundary.
/// Returns the text as written.
pub(crate) fn keyword<'a>(word: &'static str) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |input: &'a str| match match_keyword(input, word) {
        Some(n) => Ok((&input[n..], &input[..n])),
        None => fail(input, ErrorKind::Tag),
    }
}

/// Matches the longest of `words` (ASCII case ignored, word boundary after).
/// Returns the index in `words` and the text as written.
pub(crate) fn one_of_keywords<'a>(
    words: &'static [&'static str],
) -> impl Fn(&'a str) -> IResult<&'a str, (usize, &'a str)> {
    move |input: &'a str| {
        let best = words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| match_keyword(input, w).map(|n| (i, n)))
            .max_by_key(|&(i, n)| (n, std::cmp::Reverse(i)));
        match best {
            Some((i, n)) => Ok((&input[n..], (i, &input[..n]))),
            None => fail(input, ErrorKind::Alt),
        }
    }
}

/// Whether `c` is a horizontal space: space, tab, no-break, thin or narrow no-break space.
pub(crate) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// Zero or more horizontal spaces.
pub(crate) fn sp(input: &str) -> IResult<&str, &str> {
    let n = input
        .char_indices()
        .find(|&(_, c)| !is_space(c))
        .map_or(input.len(), |(i, _)| i);
    Ok((&input[n..], &input[..n]))
}

/// One or more horizontal spaces.
pub(crate) fn ws(input: &str) -> IResult<&str, &str> {
    let (rest, spaces) = sp(input)?;
    if spaces.is_empty() {
        fail(input, ErrorKind::Space)
    } else {
        Ok((rest, spaces))
    }
}

/// A leading run of ASCII letters (possibly empty) and what follows it.
pub(crate) fn ascii_word(input: &str) -> (&str, &str) {
    let n = input
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(input.len());
    (&input[..n], &input[n..])
}

/// A leading run of ASCII digits (possibly empty) and what follows it.
pub(crate) fn ascii_digits(input: &str) -> (&str, &str) {
    let n = input
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(input.len());
    (&input[..n], &input[n..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use nom::Parser;

    #[test]
    fn keyword_accepts() {
        let cases: &[(&str, &str, &str, &str)] = &[
            ("met", "met with", "met", " with"),
            ("met", "MET", "MET", ""),
            ("met", "Met.", "Met", "."),
            ("met", "met-up", "met", "-up"),
            ("U.S.", "u.s. troops", "u.s.", " troops"),
            ("U.S.", "U.S.A", "U.S.", "A"),
            ("$", "$3", "$", "3"),
        ];
        for &(word, input, got, rest) in cases {
            assert_eq!(
                keyword(word).parse(input),
                Ok((rest, got)),
                "{word} in {input:?}"
            );
        }
    }

    #[test]
    fn keyword_rejects() {
        let cases: &[(&str, &str)] = &[
            ("met", "meter"),
            ("met", "me"),
            ("met", ""),
            ("met", "meté"),
            ("met", "met5"),
            ("kelvin", "\u{212a}elvin"),
            ("ab", "a\u{212a}"),
            ("", "x"),
        ];
        for &(word, input) in cases {
            assert!(keyword(word).parse(input).is_err(), "{word} in {input:?}");
        }
    }

    #[test]
    fn one_of_keywords_longest() {
        static WORDS: &[&str] = &["more", "more than", "over"];
        let p = one_of_keywords(WORDS);
        assert_eq!(p("More than 5"), Ok((" 5", (1, "More than"))));
        assert_eq!(p("more 5"), Ok((" 5", (0, "more"))));
        assert_eq!(p("over"), Ok(("", (2, "over"))));
        assert!(p("overall").is_err());
        assert!(p("").is_err());
    }

    #[test]
    fn spaces() {
        assert_eq!(sp("  x"), Ok(("x", "  ")));
        assert_eq!(sp("x"), Ok(("x", "")));
        assert_eq!(ws("\u{2009}\u{a0}x"), Ok(("x", "\u{2009}\u{a0}")));
        assert!(ws("x").is_err());
        assert!(ws("").is_err());
        assert!(ws("\nx").is_err());
    }

    #[test]
    fn runs() {
        assert_eq!(ascii_word("abc1"), ("abc", "1"));
        assert_eq!(ascii_word("é"), ("", "é"));
        assert_eq!(ascii_digits("12a"), ("12", "a"));
        assert_eq!(ascii_digits(""), ("", ""));
    }
}
