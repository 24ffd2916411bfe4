//! Normalisation that keeps a map back to the caller's byte offsets.
//!
//! | written | read as |
//! |---|---|
//! | ’ ‘ ʼ ′ | `'` |
//! | “ ” „ « » ″ | `"` |
//! | – — ‒ − | `-` |
//! | no-break, thin and other wide spaces | ` ` |
//! | zero-width spaces, byte-order marks, soft hyphens | removed |
//! | `\r\n`, lone `\r` | `\n` |
//! | `U. S.` (two single capitals, each with a dot) | `U.S.` |

/// Normalised text and, for each of its bytes, the offset of the input byte it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Normalized {
    pub text: String,
    /// `map[i]` is the input offset of normalised byte `i`; `map[text.len()]` is the input length.
    map: Vec<u32>,
}

impl Normalized {
    /// Maps a normalised offset (on a char boundary) back to the input.
    pub fn to_original(&self, offset: usize) -> usize {
        self.map
            .get(offset)
            .or_else(|| self.map.last())
            .copied()
            .unwrap_or(0) as usize
    }
}

fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '\u{201B}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}'
        | '\u{201F}' => "\"",
        '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2212}' | '\u{2010}' | '\u{2011}' => "-",
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => " ",
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => "",
        _ => return None,
    })
}

/// Normalises `input`; linear in its length.
pub(crate) fn normalize(input: &str) -> Normalized {
    let mut text = String::with_capacity(input.len());
    let mut map: Vec<u32> = Vec::with_capacity(input.len() + 1);
    let bytes = input.as_bytes();
    let mut iter = input.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '\r' {
            if matches!(iter.peek(), Some((_, '\n'))) {
                continue;
            }
            text.push('\n');
            map.push(i as u32);
            continue;
        }
        // "U. S." -> "U.S.": drop the space between two dotted single capitals.
        if c == ' ' && is_dotted_capital_before(bytes, i) && is_dotted_capital_after(bytes, i + 1) {
            continue;
        }
        match replacement(c) {
            Some(r) => {
                for b in r.bytes() {
                    text.push(b as char);
                    map.push(i as u32);
                }
            }
            None => {
                text.push(c);
                for k in 0..c.len_utf8() {
                    map.push((i + k) as u32);
                }
            }
        }
    }
    map.push(input.len() as u32);
    Normalized { text, map }
}

/// `bytes[..space]` ends with a lone capital and a dot ("U.").
fn is_dotted_capital_before(bytes: &[u8], space: usize) -> bool {
    space >= 2
        && bytes[space - 1] == b'.'
        && bytes[space - 2].is_ascii_uppercase()
        && (space == 2 || !bytes[space - 3].is_ascii_alphanumeric())
}

/// `bytes[at..]` starts with a lone capital and a dot ("S.") not followed by a letter.
fn is_dotted_capital_after(bytes: &[u8], at: usize) -> bool {
    bytes.len() > at + 1
        && bytes[at].is_ascii_uppercase()
        && bytes[at + 1] == b'.'
        && bytes.get(at + 2).is_none_or(|b| !b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases = [
            ("U. S. Ambassador", "U.S. Ambassador"),
            ("the U. S.", "the U.S."),
            ("J. Smith", "J. Smith"),
            ("“Steppe Eagle”", "\"Steppe Eagle\""),
            ("«Center-2019»", "\"Center-2019\""),
            ("militaries’ study", "militaries' study"),
            ("2003–2004", "2003-2004"),
            ("a\u{00A0}b", "a b"),
            ("a\u{200B}b", "ab"),
            ("a\r\nb\rc", "a\nb\nc"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input).text, want, "input {input:?}");
        }
    }

    #[test]
    fn offsets_map_back() {
        let input = "“Steppe Eagle” in U. S. – 2003–2004";
        let n = normalize(input);
        let at = n.text.find("Steppe").unwrap();
        assert_eq!(
            &input[n.to_original(at)..n.to_original(at + 12)],
            "Steppe Eagle"
        );
        let at = n.text.find("U.S.").unwrap();
        assert_eq!(&input[n.to_original(at)..n.to_original(at + 4)], "U. S.");
        let at = n.text.find("2003-2004").unwrap();
        assert_eq!(
            &input[n.to_original(at)..n.to_original(at + 9)],
            "2003–2004"
        );
        assert_eq!(n.to_original(n.text.len()), input.len());
    }
}
