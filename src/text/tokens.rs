//! Word tokens with byte offsets, for extractors that look at neighbouring words.

use super::swar::{alnum_bits8, gather8, in_range8, load8};

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
        if self.kind != TokenKind::Word {
            return false;
        }
        // An ASCII first byte is the first char: no slice, no decoding.
        match text.as_bytes().get(self.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
        }
    }

    pub fn is_punct(&self, text: &str, c: char) -> bool {
        if self.kind != TokenKind::Punct {
            return false;
        }
        match u8::try_from(c) {
            // An ASCII byte is a whole char: the token is that char.
            Ok(b) if b.is_ascii() => text.as_bytes().get(self.start) == Some(&b),
            _ => self.text(text).starts_with(c),
        }
    }
}

/// The char at byte `i` of `s` (which must be a char boundary).
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        s.get(i..)?.chars().next()
    }
}

/// What an ASCII byte is to the tokenizer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// White space: between tokens.
    Space,
    /// Any other non-alphanumeric byte: a token of its own.
    Mark,
    /// A letter or digit: a word or number starts.
    Alnum,
}

/// The class of every ASCII byte, as `char::is_whitespace` and
/// `char::is_alphanumeric` tell.
static ASCII_CLASS: [Class; 128] = {
    let mut t = [Class::Mark; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            Class::Alnum
        } else if matches!(c, b' ' | b'\t'..=b'\r') {
            Class::Space
        } else {
            Class::Mark
        };
        b += 1;
    }
    t
};

/// Cuts `text[start..end]` into tokens; offsets are absolute.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    // A token per five or six bytes of prose: room for nearly every
    // sentence, so that the vector is not grown (and copied) on the way.
    let mut out = Vec::with_capacity(end.saturating_sub(start) / 4 + 1);
    let Some(slice) = text.get(start..end) else {
        return out;
    };
    let mut i = 0;
    let bytes = slice.as_bytes();
    while let Some(&b) = bytes.get(i) {
        // ASCII spaces and marks, the most of what is not a word, by table.
        if b < 0x80 {
            match ASCII_CLASS[usize::from(b)] {
                Class::Space => {
                    i += 1;
                    continue;
                }
                Class::Mark => {
                    out.push(Token {
                        start: start + i,
                        end: start + i + 1,
                        kind: TokenKind::Punct,
                    });
                    i += 1;
                    continue;
                }
                Class::Alnum => {}
            }
        }
        // An ASCII letter or digit is its own char: no decoding.
        let c = match b {
            0..0x80 => char::from(b),
            _ => {
                let Some(c) = char_at(slice, i) else {
                    break;
                };
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
                if !c.is_alphanumeric() {
                    out.push(Token {
                        start: start + i,
                        end: start + i + c.len_utf8(),
                        kind: TokenKind::Punct,
                    });
                    i += c.len_utf8();
                    continue;
                }
                c
            }
        };
        let word_start = i;
        let mut all_digits = c.is_ascii_digit();
        // Letters in the word so far alternate with dots ("U.S"): a final dot joins.
        let mut dotted = true;
        let mut letters = 1;
        let mut last_was_dot = false;
        let mut j = i + c.len_utf8();
        loop {
            // The bulk of a word: ASCII letters and digits, eight bytes at a
            // time (a run of two or more undoes "dotted": "U.S" has one).
            loop {
                let x = load8(bytes, j);
                let run = (!alnum_bits8(x)).trailing_zeros();
                if run == 0 {
                    break;
                }
                if all_digits {
                    let run_bits = (1u32 << run) - 1;
                    all_digits = gather8(in_range8(x, b'0', b'9')) & run_bits == run_bits;
                }
                dotted &= last_was_dot && run == 1;
                letters += run as usize;
                last_was_dot = false;
                j += run as usize;
                if run < 8 {
                    break;
                }
            }
            // Most words end at a space.
            let Some(d) = bytes
                .get(j)
                .filter(|&&d| d != b' ')
                .and_then(|_| char_at(slice, j))
            else {
                break;
            };
            if d.is_alphanumeric() {
                all_digits &= d.is_ascii_digit();
                if !last_was_dot {
                    dotted = false;
                }
                letters += 1;
                last_was_dot = false;
                j += d.len_utf8();
                continue;
            }
            // Only these may join what follows: most words end at a space.
            if !matches!(d, ',' | '.' | '-' | '\'') {
                break;
            }
            let next = char_at(slice, j + 1);
            let joins = match d {
                // "1,500", "4.5"
                ',' | '.' if all_digits => {
                    next.is_some_and(|n| n.is_ascii_digit())
                        && (d != ',' || three_digits(slice, j + 1))
                }
                // "U.S", "e.g"
                '.' => dotted && next.is_some_and(|n| n.is_alphabetic()),
                '-' | '\'' => !all_digits && next.is_some_and(|n| n.is_alphabetic()),
                _ => false,
            };
            if !joins {
                break;
            }
            last_was_dot = d == '.';
            j += d.len_utf8();
        }
        // A final dot after dotted single letters ("U.S.") belongs to the word.
        if dotted && letters > 1 && !all_digits && slice.as_bytes().get(j) == Some(&b'.') {
            j += 1;
        }
        out.push(Token {
            start: start + word_start,
            end: start + j,
            kind: if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
        });
        // Most words end at a space: step over it here.
        i = j + usize::from(bytes.get(j) == Some(&b' '));
    }
    out
}

/// A Title Case line ("Morocco, US Launch African Lion Annual Military Drills"):
/// at least three words of four letters or more after the first word, and
/// three quarters of them capitalised. Every word of such a line looks like a name.
pub(crate) fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    let mut words = 0;
    let mut caps = 0;
    for t in tokens.iter().skip(1) {
        let w = t.text(text);
        // More than three chars: bytes count them unless the word is not ASCII.
        let long = w.len() > 3 && (w.is_ascii() || w.chars().count() > 3);
        if t.kind == TokenKind::Word && long {
            words += 1;
            if t.is_capitalised(text) {
                caps += 1;
            }
        }
    }
    words >= 3 && caps * 4 >= words * 3
}

fn three_digits(s: &str, at: usize) -> bool {
    let b = s.as_bytes();
    (0..3).all(|k| b.get(at + k).is_some_and(u8::is_ascii_digit))
        && !b.get(at + 3).is_some_and(u8::is_ascii_digit)
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

    /// The tokenizer's rules, char by char, with no fast paths.
    fn reference(t: &str) -> Vec<Token> {
        let at = |i: usize| t.get(i..).and_then(|r| r.chars().next());
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(c) = at(i) {
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if !c.is_alphanumeric() {
                let end = i + c.len_utf8();
                out.push(Token {
                    start: i,
                    end,
                    kind: TokenKind::Punct,
                });
                i = end;
                continue;
            }
            let (mut all_digits, mut dotted, mut letters, mut last_dot) =
                (c.is_ascii_digit(), true, 1, false);
            let mut j = i + c.len_utf8();
            while let Some(d) = at(j) {
                if d.is_alphanumeric() {
                    all_digits &= d.is_ascii_digit();
                    dotted &= last_dot;
                    letters += 1;
                    last_dot = false;
                    j += d.len_utf8();
                    continue;
                }
                let next = at(j + 1);
                let joins = match d {
                    ',' | '.' if all_digits => {
                        next.is_some_and(|n| n.is_ascii_digit())
                            && (d != ',' || three_digits(t, j + 1))
                    }
                    '.' => dotted && next.is_some_and(char::is_alphabetic),
                    '-' | '\'' => !all_digits && next.is_some_and(char::is_alphabetic),
                    _ => false,
                };
                if !joins {
                    break;
                }
                last_dot = d == '.';
                j += 1;
            }
            if dotted && letters > 1 && !all_digits && at(j) == Some('.') {
                j += 1;
            }
            let kind = if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token {
                start: i,
                end: j,
                kind,
            });
            i = j;
        }
        out
    }

    #[test]
    fn tokens_follow_the_rules_on_every_short_string() {
        // Every string of up to five of these parts, and longer runs that
        // cross the eight-byte steps of the word loop.
        let parts = ["a", "B", "1", " ", ".", ",", "-", "'", "é", "\t", "$"];
        let strings = crate::test_support::strings_of(
            &parts,
            5,
            &[
                "U.S.A. and 1,500,000.25 troops",
                "abcdefghijklmnop-qrstuvwx's 123456789,123",
                "Nur-Sultan-2024 e.g. X.Y.Z.",
                "1,50 1,5000 12,345.678.9",
                "ÄÖÜ-straße'x 9é9",
            ],
        );
        for s in &strings {
            assert_eq!(tokenize(s, 0, s.len()), reference(s), "{s:?}");
        }
    }

    #[test]
    fn ascii_classes_agree_with_the_char_tests() {
        for b in 0u8..128 {
            let c = char::from(b);
            let want = if c.is_whitespace() {
                Class::Space
            } else if c.is_alphanumeric() {
                Class::Alnum
            } else {
                Class::Mark
            };
            assert!(ASCII_CLASS[usize::from(b)] == want, "byte {b:#04x}");
        }
        // Tabs, line feeds and other ASCII spaces part tokens; control bytes
        // and marks are tokens; a word ends at the space before the next one.
        assert_eq!(
            words("a\tb\x0bc\x01d e$f  g\r\nh"),
            ["a", "b", "c", "\x01", "d", "e", "$", "f", "g", "h"]
        );
    }

    #[test]
    fn capital_and_punct_tests_agree_with_the_chars() {
        let t = "Éric met ÿves, \"Ünal\" and the U.S. on 12 May; «Kazakh» über-drills — done.";
        for k in tokenize(t, 0, t.len()) {
            let w = k.text(t);
            let first = w.chars().next();
            assert_eq!(
                k.is_capitalised(t),
                k.kind == TokenKind::Word && first.is_some_and(char::is_uppercase),
                "{w:?}"
            );
            for c in [',', '"', ';', '.', '«', '»', '—', 'a'] {
                assert_eq!(
                    k.is_punct(t, c),
                    k.kind == TokenKind::Punct && first == Some(c),
                    "{w:?} {c:?}"
                );
            }
        }
    }

    #[test]
    fn title_case_lines() {
        let title = |t: &str| is_title_case(t, &tokenize(t, 0, t.len()));
        assert!(title("Secretary Austin Meets With Philippine Counterpart"));
        assert!(title(
            "Morocco, US Launch African Lion Annual Military Drills"
        ));
        assert!(!title("Kazakh-US military cooperation discussed in Astana"));
        assert!(!title("Minister Of"));
    }
}
