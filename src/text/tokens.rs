//! Word tokens with byte offsets, for extractors that look at neighbouring words.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters (and digits), with inner hyphens, apostrophes and dots: "Nur-Sultan", "People's", "U.S.".
    Word,
    /// Digits with inner separators: "1,500", "4.5", "2003-2004" is three tokens.
    Number,
    /// Any other single character that is not a space.
    Punct,
}

/// One token, as byte offsets into the text it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.kind == TokenKind::Word && self.text(text).chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text(text).starts_with(c)
    }
}

/// Cuts `text[start..end]` into tokens; offsets are absolute.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let Some(slice) = text.get(start..end) else {
        return out;
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let numeric = c.is_ascii_digit();
            let mut j = i + 1;
            let mut all_digits = numeric;
            while j < chars.len() {
                let (_, d) = chars[j];
                if d.is_alphanumeric() {
                    all_digits &= d.is_ascii_digit();
                    j += 1;
                    continue;
                }
                let next = chars.get(j + 1).map(|x| x.1);
                let joins = match d {
                    // "1,500", "4.5"
                    ',' | '.' if all_digits => next.is_some_and(|n| n.is_ascii_digit()) && !(d == ',' && !three_digits(&chars, j + 1)),
                    // "U.S", "e.g"
                    '.' => next.is_some_and(|n| n.is_alphabetic()) && j >= 1 && is_single_letter_run(&chars, i, j),
                    '-' | '\'' => !all_digits && next.is_some_and(|n| n.is_alphabetic()),
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            // A final dot after dotted single letters ("U.S.") belongs to the word.
            if j < chars.len() && chars[j].1 == '.' && is_single_letter_run(&chars, i, j) && j > i + 1 {
                j += 1;
            }
            let end_off = chars.get(j).map_or(slice.len(), |x| x.0);
            out.push(Token {
                start: start + off,
                end: start + end_off,
                kind: if all_digits { TokenKind::Number } else { TokenKind::Word },
            });
            i = j;
        } else {
            out.push(Token {
                start: start + off,
                end: start + off + c.len_utf8(),
                kind: TokenKind::Punct,
            });
            i += 1;
        }
    }
    out
}

fn three_digits(chars: &[(usize, char)], at: usize) -> bool {
    (0..3).all(|k| chars.get(at + k).is_some_and(|x| x.1.is_ascii_digit()))
        && !chars.get(at + 3).is_some_and(|x| x.1.is_ascii_digit())
}

/// `chars[from..to]` is of the form "X.Y.Z" (single letters separated by dots).
fn is_single_letter_run(chars: &[(usize, char)], from: usize, to: usize) -> bool {
    chars[from..to]
        .iter()
        .enumerate()
        .all(|(k, (_, c))| if k % 2 == 0 { c.is_alphabetic() } else { *c == '.' })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("1,500 troops", &["1,500", "troops"]),
            ("4.5 million", &["4.5", "million"]),
            ("U.S. Army", &["U.S.", "Army"]),
            ("the U.S.", &["the", "U.S."]),
            ("Nur-Sultan's", &["Nur-Sultan's"]),
            ("2003-2004", &["2003", "-", "2004"]),
            ("in 2019, 30 troops", &["in", "2019", ",", "30", "troops"]),
            ("Steppe Eagle-2015", &["Steppe", "Eagle", "-", "2015"]),
            ("end.", &["end", "."]),
            ("Yaşar Güler", &["Yaşar", "Güler"]),
            ("1,50 x", &["1", ",", "50", "x"]),
        ];
        for (input, want) in cases {
            assert_eq!(words(input), *want, "input {input:?}");
        }
    }
}
