//! Keywords, word boundaries and spaces.
//!
//! Matching is ASCII case-insensitive on bytes: nom's `tag_no_case` on `&str`
//! lower-cases Unicode and can panic on characters such as U+212A.

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
            let n = match_keyword(input, word);
            assert_eq!(n, Some(got.len()), "{word} in {input:?}");
            assert_eq!((&input[..got.len()], &input[got.len()..]), (got, rest));
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
            assert_eq!(match_keyword(input, word), None, "{word} in {input:?}");
        }
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
