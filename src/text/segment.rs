//! Headline and sentences over normalised text.
//!
//! # Headline
//!
//! The headline is the first non-blank line of the text when a blank line
//! (only whitespace) follows it, body text follows that, and the line reads
//! as a title ([`headline`]). The final newline of a text is no blank line:
//! `"One paragraph.\n"` has no headline. A line reads as body, not as a
//! title, when it has over [`MAX_HEADLINE_WORDS`] words, holds more than one
//! sentence (a `.`, `!` or `?` followed by a space and anything but a
//! lower-case letter, abbreviations and initials excepted), or ends with a
//! full stop (not one that closes an abbreviation, an initial or an
//! ellipsis): "Oman hosts talks with the U.S." and "Is Oman ready?" are
//! titles, "Talks were held in Muscat." is body. The headline is read for
//! records like any other sentence.
//!
//! # Sentences
//!
//! [`split_sentences`] splits each line at `.`, `!` or `?`
//! followed by a space and a capital, digit or quote, unless the dot closes
//! an abbreviation, an initial or a decimal.

use std::ops::Range;

/// A first line of more words than this is body text, not a headline.
const MAX_HEADLINE_WORDS: usize = 40;

/// Words that end with a dot without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Dec", "Dept", "Dr",
    "Feb", "Fig", "Gen", "Gov", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Maj", "Mar", "Mr",
    "Mrs", "Ms", "No", "Nos", "Nov", "Oct", "Pvt", "Prof", "Rep", "Rev", "Sen", "Sep", "Sept",
    "Sgt", "Sr", "St", "Vol", "approx", "cf", "e.g", "i.e", "vs",
];

/// Words that start a new sentence after "U.S." even though it is usually mid-sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "It",
    "He",
    "She",
    "They",
    "We",
    "In",
    "On",
    "At",
    "As",
    "According",
    "However",
    "Meanwhile",
    "Earlier",
    "Later",
    "But",
    "And",
    "A",
];

/// One sentence, as byte offsets into the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub start: usize,
    pub end: usize,
}

// At most 32 KiB a vector.
super::pool::pooled!(Sentence, 2_048);

impl Sentence {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Splits `text` into sentences: at line breaks, and after `.`, `!` or `?`
/// followed by a space and a capital, digit or quote, unless the dot closes an
/// abbreviation, an initial or a decimal.
pub(crate) fn split_sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    // About one sentence per 130 bytes of news text: room for nearly all
    // articles, so that the vector is not grown (and copied) on the way.
    let mut out = super::pool::take(text.len() / 64 + 1);
    let mut line_start = 0;
    let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
    for line_end in ends {
        let line = &bytes[line_start..line_end];
        let blank = if line.is_ascii() {
            line.iter().all(u8::is_ascii_whitespace)
        } else {
            text[line_start..line_end].trim().is_empty()
        };
        if !blank {
            split_line(bytes, line_start, line_end, &mut out);
        }
        line_start = line_end + 1;
    }
    out
}

fn split_line(bytes: &[u8], start: usize, end: usize, out: &mut Vec<Sentence>) {
    let mut s = start;
    let mut i = start;
    // Jump from one candidate end mark to the next.
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..end]) {
        i += k;
        if is_boundary(bytes, start, i, end) {
            // Take closing quotes and brackets with the sentence.
            let mut e = i + 1;
            while e < end && matches!(bytes[e], b'"' | b'\'' | b')') {
                e += 1;
            }
            push_trimmed(bytes, s, e, out);
            s = e;
            i = e;
        } else {
            i += 1;
        }
    }
    push_trimmed(bytes, s, end, out);
}

fn push_trimmed(bytes: &[u8], mut s: usize, mut e: usize, out: &mut Vec<Sentence>) {
    while s < e && bytes[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && bytes[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    if s < e {
        out.push(Sentence { start: s, end: e });
    }
}

/// Whether the punctuation at `i` ends a sentence.
fn is_boundary(bytes: &[u8], line_start: usize, i: usize, end: usize) -> bool {
    boundary(bytes, line_start, i, end, false)
}

/// Whether the punctuation at `i` ends a sentence; `loose` takes anything
/// but a lower-case letter after it as a new sentence ("X met Y. (Photo)"),
/// not only a capital, digit or quote.
fn boundary(bytes: &[u8], line_start: usize, i: usize, end: usize, loose: bool) -> bool {
    // Closing quotes may stand between the dot and the space.
    let mut j = i + 1;
    while j < end && matches!(bytes[j], b'"' | b'\'' | b')') {
        j += 1;
    }
    if j >= end || bytes[j] != b' ' {
        return false;
    }
    while j < end && bytes[j] == b' ' {
        j += 1;
    }
    if j >= end {
        return false;
    }
    let next = bytes[j];
    let next_starts = next.is_ascii_uppercase()
        || next.is_ascii_digit()
        || next == b'"'
        || next == b'\''
        || next >= 0x80
        || (loose && !next.is_ascii_lowercase());
    if !next_starts {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    if loose && i > line_start && bytes[i - 1] == b'.' {
        // An ellipsis.
        return false;
    }
    // The word the dot closes.
    let mut w = i;
    while w > line_start && !matches!(bytes[w - 1], b' ' | b'(' | b'"' | b'\'') {
        w -= 1;
    }
    let word = &bytes[w..i];
    // Initials ("J."), and dotted abbreviations such as "U.S" or "e.g".
    if word.len() == 1 && word[0].is_ascii_uppercase() {
        return false;
    }
    if word.len() >= 3
        && word.contains(&b'.')
        && word.iter().all(|b| b.is_ascii_alphabetic() || *b == b'.')
    {
        let next_word = next_word(bytes, j, end);
        return SENTENCE_STARTERS.iter().any(|s| s.as_bytes() == next_word);
    }
    if ABBREVIATIONS.iter().any(|a| a.as_bytes() == word) {
        // "No. 5" and "Gen. Smith" continue; a month abbreviation before a digit too.
        return false;
    }
    true
}

fn next_word(bytes: &[u8], j: usize, end: usize) -> &[u8] {
    let mut k = j;
    while k < end && bytes[k].is_ascii_alphabetic() {
        k += 1;
    }
    &bytes[j..k]
}

/// The headline: the first non-blank line when a blank line follows it,
/// body text follows that, and the line reads as a title (see the module doc).
pub(crate) fn headline(text: &str) -> Option<Range<usize>> {
    let mut offset = 0;
    let mut lines = text.split('\n');
    let first = loop {
        let line = lines.next()?;
        if !line.trim().is_empty() {
            break line;
        }
        offset += line.len() + 1;
    };
    let next = lines.next()?;
    if !next.trim().is_empty() {
        return None;
    }
    // Only the final newline, or blank lines to the end: one paragraph.
    let rest = offset + first.len() + 1 + next.len();
    if text.get(rest..).is_none_or(|r| r.trim().is_empty()) {
        return None;
    }
    let lead = first.len() - first.trim_start().len();
    let s = offset + lead;
    let e = offset + first.trim_end().len();
    (s < e && reads_as_title(&text[s..e])).then_some(s..e)
}

/// A line reads as a title, not as body text: at most
/// [`MAX_HEADLINE_WORDS`] words, one sentence, no final full stop.
fn reads_as_title(line: &str) -> bool {
    if line.split_whitespace().nth(MAX_HEADLINE_WORDS).is_some() {
        return false;
    }
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
        i += k;
        if boundary(bytes, 0, i, bytes.len(), true) {
            return false;
        }
        i += 1;
    }
    !ends_with_full_stop(bytes)
}

/// `line` ends with a full stop, closing quotes and brackets aside; not a
/// dot that closes an abbreviation ("U.S.", "Ltd."), an initial or an ellipsis.
fn ends_with_full_stop(line: &[u8]) -> bool {
    let mut e = line.len();
    while e > 0 && matches!(line[e - 1], b'"' | b'\'' | b')' | b']' | b' ') {
        e -= 1;
    }
    if e == 0 || line[e - 1] != b'.' {
        return false;
    }
    let dot = e - 1;
    if dot > 0 && line[dot - 1] == b'.' {
        return false;
    }
    let mut w = dot;
    while w > 0 && !matches!(line[w - 1], b' ' | b'(' | b'"' | b'\'') {
        w -= 1;
    }
    let word = &line[w..dot];
    let initial = word.len() == 1 && word[0].is_ascii_uppercase();
    let dotted = word.len() >= 3
        && word.contains(&b'.')
        && word.iter().all(|b| b.is_ascii_alphabetic() || *b == b'.');
    !(initial || dotted || ABBREVIATIONS.iter().any(|a| a.as_bytes() == word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split_sentences(t).iter().map(|s| &t[s.range()]).collect()
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &[&str])] = &[
            ("A met Bob. Carl left.", &["A met Bob.", "Carl left."]),
            (
                "U.S. Ambassador met him. Then",
                &["U.S. Ambassador met him.", "Then"],
            ),
            (
                "Lt. Col. Smith met Gen. Jones. He left.",
                &["Lt. Col. Smith met Gen. Jones.", "He left."],
            ),
            (
                "Battalion No. 5 moved. Ok",
                &["Battalion No. 5 moved.", "Ok"],
            ),
            ("On Jan. 5 they met.", &["On Jan. 5 they met."]),
            ("J. Smith met A. B. Jones.", &["J. Smith met A. B. Jones."]),
            (
                "It cost 4.5 million. Next",
                &["It cost 4.5 million.", "Next"],
            ),
            ("with the U.S. The talks", &["with the U.S.", "The talks"]),
            ("He said \"yes.\" Then", &["He said \"yes.\"", "Then"]),
            ("line one\nline two", &["line one", "line two"]),
        ];
        for (input, want) in cases {
            assert_eq!(texts(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn headline_table() {
        assert_eq!(headline("Head\n\nBody"), Some(0..4));
        assert_eq!(headline("\n  Head \n\nBody"), Some(3..7));
        assert_eq!(headline("Head\n \t\n\n Body\n"), Some(0..4));
        assert_eq!(headline("Head\nBody\n\nMore"), None);
        assert_eq!(headline("Only one line"), None);
        assert_eq!(headline(""), None);
        // The final newline is no blank line; nor are blank lines to the end.
        assert_eq!(headline("One paragraph.\n"), None);
        assert_eq!(headline("Head\n"), None);
        assert_eq!(headline("Head\n\n"), None);
        assert_eq!(headline("Head\n \n\t\n "), None);
    }

    #[test]
    fn a_first_line_reads_as_a_title_or_as_body() {
        let title = |line: &str| headline(&format!("{line}\n\nBody.")).is_some();
        for line in [
            "Oman, India Discuss Defence Ties",
            "Oman hosts talks with the U.S.",
            "Is Oman ready for joint drills?",
            "Exercise starts Sunday!",
            "Polish-German cooperation important for securit...",
            "Talks with Gen. J. Smith on \"Steppe Eagle\"",
            "Ministers meet in St. Petersburg",
        ] {
            assert!(title(line), "{line}");
        }
        for line in [
            "Talks were held in Muscat.",
            "He said \"talks were held.\"",
            "Talks were held in Muscat (Oman).",
            "Talks were held. Ministers met",
            "Talks ended! Ministers left",
            "Ministers met. (Photo: VNA)",
            "Ministers met at 4pm today. - Bernama pic",
        ] {
            assert!(!title(line), "{line}");
        }
        let words = |n: usize| vec!["Talks"; n].join(" ");
        assert!(title(&words(MAX_HEADLINE_WORDS)));
        assert!(!title(&words(MAX_HEADLINE_WORDS + 1)));
    }
}
