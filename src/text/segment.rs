//! Headline, line joins and sentences over normalised text.
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
//! # Line breaks
//!
//! A single line break inside a sentence is a space: [`soft_breaks`] finds
//! them and the normaliser joins them with the spaces around them
//! ([`super::Normalized::join_lines`], which keeps the offset map). Between
//! two non-blank lines, in this order:
//!
//! 1. the break stays when the next line is a list line (`- item`, `• item`,
//!    `1. item`, `2) item`, `a. item`, `(b) item`, `iv. item`) or opens with a
//!    dateline (`QUITO:`, `OSLO, June 3 (NTB) -`, `MOSCOW (Sputnik)`);
//! 2. it is a space when the next line starts with a lower-case letter;
//! 3. it stays when the line before ends a sentence (`.`, `!`, `?`, closing
//!    quotes and brackets aside), ends like a dateline or a label (`:`, `-`),
//!    is all capitals, or is the text's first line written in Title Case;
//! 4. otherwise it is a space only when the text is evidently hard-wrapped
//!    and the line before fills the width: of the lines that could go on
//!    into the next ([`WRAP_SAMPLE`] or more), three in four end within a
//!    quarter of the wrap width (their 90th percentile, in [`WRAP_WIDTHS`]
//!    columns), and this one ends no more than a quarter short of it.
//!
//! Blank lines (paragraphs) never join, so neither does a headline.
//!
//! # Sentences
//!
//! [`split_sentences`] splits each line that remains at `.`, `!` or `?`
//! followed by a space and a capital, digit or quote, unless the dot closes
//! an abbreviation, an initial or a decimal.

use std::ops::{Range, RangeInclusive};

/// A first line of more words than this is body text, not a headline.
const MAX_HEADLINE_WORDS: usize = 40;

/// The widths, in chars, at which text is read as hard-wrapped.
const WRAP_WIDTHS: RangeInclusive<usize> = 30..=120;

/// Lines that could continue a sentence needed to tell a wrap width.
const WRAP_SAMPLE: usize = 3;

/// Words that end with a dot without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Dec", "Dept", "Dr",
    "Feb", "Fig", "Gen", "Gov", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Maj", "Mar", "Mr",
    "Mrs", "Ms", "No", "Nos", "Nov", "Oct", "Pvt", "Prof", "Rep", "Rev", "Sen", "Sep", "Sept",
    "Sgt", "Sr", "St", "Vol", "approx", "cf", "e.g", "i.e", "vs",
];

/// Abbreviated ranks and styles: written before a name, so a line that
/// ends with one goes on into the next ("... Minister of Defence Gen." /
/// "Tea Banh at the ministry").
const NAME_ABBREVIATIONS: &[&str] = &[
    "Adm", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Dr", "Gen", "Gov", "Lt", "Maj", "Mr", "Mrs",
    "Ms", "Prof", "Pvt", "Rep", "Rev", "Sen", "Sgt",
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
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
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

/// How a line break between two non-blank lines reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    /// A line break: the lines are apart.
    Keep,
    /// A space: one sentence runs on.
    Space,
    /// A space when the text is hard-wrapped and the line before fills the width.
    IfFull,
}

/// One line break between two non-blank lines.
#[derive(Debug, Clone, Copy)]
struct Break {
    /// Offset of the `\n`.
    at: usize,
    join: Join,
    /// Width of the line before, in chars, when that line could go on into
    /// the next one (it does not end a sentence, a dateline or a label, and
    /// the next line opens no list item or dateline): the lines that tell
    /// the wrap width.
    open_width: Option<usize>,
}

/// The offsets of the line breaks inside sentences, ascending: the `\n`s
/// to read as spaces (see the module doc for the rules).
pub(crate) fn soft_breaks(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    if memchr::memchr(b'\n', text.as_bytes()).is_none() {
        return out;
    }
    // Widths of the lines that could continue a sentence, the last bucket
    // for every width past what is near the widest wrap.
    let mut widths = [0u32; *WRAP_WIDTHS.end() * 5 / 4 + 2];
    let mut open = 0usize;
    let mut undecided = false;
    each_break(text, |b| {
        if let Some(w) = b.open_width {
            widths[w.min(widths.len() - 1)] += 1;
            open += 1;
        }
        match b.join {
            Join::Space => out.push(b.at),
            Join::IfFull => undecided = true,
            Join::Keep => {}
        }
    });
    let Some(width) = wrap_width(&widths, open).filter(|_| undecided) else {
        return out;
    };
    out.clear();
    each_break(text, |b| {
        let full = || b.open_width.is_some_and(|w| 4 * w >= 3 * width);
        if b.join == Join::Space || (b.join == Join::IfFull && full()) {
            out.push(b.at);
        }
    });
    out
}

/// The width the text is hard-wrapped at, if it evidently is: `widths`
/// counts the lines that could continue a sentence by width (`open` in
/// all). The width is their 90th percentile; three in four of them must lie
/// within a quarter of it, above or below.
fn wrap_width(widths: &[u32], open: usize) -> Option<usize> {
    if open < WRAP_SAMPLE {
        return None;
    }
    let rank = 9 * (open - 1) / 10;
    let mut seen = 0usize;
    let width = widths.iter().position(|&n| {
        seen += n as usize;
        seen > rank
    })?;
    if !WRAP_WIDTHS.contains(&width) {
        return None;
    }
    let near = (3 * width).div_ceil(4)..=(5 * width / 4).min(widths.len() - 2);
    let full: usize = widths[near].iter().map(|&n| n as usize).sum();
    (full >= WRAP_SAMPLE && 4 * full >= 3 * open).then_some(width)
}

/// Calls `f` for each line break between two non-blank lines, in order.
fn each_break(text: &str, mut f: impl FnMut(Break)) {
    let bytes = text.as_bytes();
    // The last line when it was not blank, and whether it was the first non-blank one.
    let mut prev: Option<(Range<usize>, bool)> = None;
    let mut seen = false;
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
    for end in ends {
        let line = &text[start..end];
        if is_blank(line) {
            prev = None;
        } else {
            if let Some((p, first)) = prev.take() {
                let (join, open_width) = classify(&text[p.clone()], line, first);
                f(Break {
                    at: p.end,
                    join,
                    open_width,
                });
            }
            prev = Some((start..end, !seen));
            seen = true;
        }
        start = end + 1;
    }
}

/// A line of only whitespace.
fn is_blank(line: &str) -> bool {
    if line.is_ascii() {
        line.bytes().all(|b| b.is_ascii_whitespace())
    } else {
        line.trim().is_empty()
    }
}

/// How the break between the non-blank lines `prev` and `next` reads, and
/// `prev`'s width when it could go on into `next`. `first`: `prev` is the
/// text's first non-blank line.
fn classify(prev: &str, next: &str, first: bool) -> (Join, Option<usize>) {
    let prev = prev.trim_end();
    let next = next.trim_start();
    if is_list_line(next) || starts_with_dateline(next) {
        return (Join::Keep, None);
    }
    let open = !ends_sentence(prev) && !ends_label(prev) && !is_all_caps(prev);
    let width = open.then(|| prev.trim_start().chars().count());
    let join = if next.chars().next().is_some_and(char::is_lowercase) || ends_before_name(prev) {
        Join::Space
    } else if !open || (first && is_title_line(prev)) {
        Join::Keep
    } else {
        Join::IfFull
    };
    (join, width)
}

/// Ends with an abbreviated rank or style: "Gen.", "Lt.", "Dr.".
fn ends_before_name(line: &str) -> bool {
    let Some(t) = line.strip_suffix('.') else {
        return false;
    };
    let word = t.rsplit([' ', '(']).next().unwrap_or(t);
    NAME_ABBREVIATIONS.contains(&word)
}

/// Ends with `.`, `!` or `?`, closing quotes and brackets aside.
fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', ')', ']']);
    t.ends_with(['.', '!', '?'])
}

/// Ends like a dateline or a label: "QUITO:", "OSLO, June 3 (NTB) -".
fn ends_label(line: &str) -> bool {
    line.ends_with([':', '-'])
}

/// Two letters or more, none of them lower-case: "ENHANCING DEFENCE DIPLOMACY".
fn is_all_caps(line: &str) -> bool {
    let mut letters = 0;
    for c in line.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// Title Case: of the words after the first with more than three letters,
/// three or more, at least three in four capitalised.
fn is_title_line(line: &str) -> bool {
    let (mut words, mut caps) = (0, 0);
    for w in line.split_whitespace().skip(1) {
        if w.chars().filter(|c| c.is_alphabetic()).count() > 3 {
            words += 1;
            if w.chars().next().is_some_and(char::is_uppercase) {
                caps += 1;
            }
        }
    }
    words >= 3 && caps * 4 >= words * 3
}

/// Bullets that open a list line, before a space.
const BULLETS: &[char] = &[
    '-', '*', '+', '\u{2022}', '\u{00B7}', '\u{2023}', '\u{25AA}', '\u{25AB}', '\u{25CF}',
    '\u{25CB}', '\u{25E6}', '\u{25A0}', '\u{25A1}', '\u{25BA}', '\u{2043}', '\u{2713}', '\u{2714}',
];

/// A list line: a bullet ("- item", "• item"), a number ("1. item", "2)
/// item"), a lower-case letter or roman numeral ("a. item", "iv) item"), a
/// capital before a bracket ("B) item") or a bracketed mark ("(c) item"),
/// then a space. A capital and a dot is an initial ("N. Mattis"), no mark.
fn is_list_line(line: &str) -> bool {
    let Some((mark, rest)) = line.split_once([' ', '\t']) else {
        return false;
    };
    if rest.trim().is_empty() {
        return false;
    }
    if mark.chars().count() == 1 && mark.starts_with(BULLETS) {
        return true;
    }
    if let Some(inner) = mark.strip_prefix('(').and_then(|m| m.strip_suffix(')')) {
        return (1..=3).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_alphanumeric());
    }
    let (body, bracket) = match mark.strip_suffix(')') {
        Some(b) => (b, true),
        None => match mark.strip_suffix('.') {
            Some(b) => (b, false),
            None => return false,
        },
    };
    let b = body.as_bytes();
    match b {
        [] => false,
        _ if b.len() <= 3 && b.iter().all(u8::is_ascii_digit) => true,
        [c] if c.is_ascii_lowercase() => true,
        [c] if c.is_ascii_uppercase() => bracket,
        _ => b.len() <= 4 && b.iter().all(|c| matches!(c, b'i' | b'v' | b'x')),
    }
}

/// Month names, by their first three letters.
const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Opens with a dateline: a place in capitals ("NEW DELHI", three capitals
/// or more) then `:`, `(`, a dash, or a comma and a date ("OSLO, June 3").
fn starts_with_dateline(line: &str) -> bool {
    let caps_len = line
        .find(|c: char| !(c.is_uppercase() || matches!(c, ' ' | '-' | '\'')))
        .unwrap_or(line.len());
    let place = line[..caps_len].trim_end_matches([' ', '-']);
    if place.chars().filter(|c| c.is_uppercase()).count() < 3 {
        return false;
    }
    let rest = &line[place.len()..];
    let spaced = rest.trim_start_matches(' ');
    // "QUITO:", "MOSCOW (Sputnik)", "NAIROBI - "; not "NATO-led".
    if rest.starts_with(':')
        || spaced.starts_with('(')
        || (rest.starts_with(' ') && spaced.starts_with('-'))
    {
        return true;
    }
    let Some(date) = rest.strip_prefix(',') else {
        return false;
    };
    let date = date.trim_start();
    date.starts_with(|c: char| c.is_ascii_digit())
        || MONTHS
            .iter()
            .any(|m| date.get(..3).is_some_and(|d| d.eq_ignore_ascii_case(m)))
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

    /// `text` with each soft break read as a space.
    fn joined(text: &str) -> String {
        let mut b = text.as_bytes().to_vec();
        for at in soft_breaks(text) {
            assert_eq!(b[at], b'\n', "{text:?} {at}");
            b[at] = b' ';
        }
        String::from_utf8(b).unwrap_or_default()
    }

    #[test]
    fn lower_case_lines_continue_the_sentence() {
        let cases: &[(&str, &str)] = &[
            ("Badr\nmet Pande\non Monday.", "Badr met Pande on Monday."),
            ("the U.S.\nmilitary", "the U.S. military"),
            ("Head\n\nbody\n \nmore", "Head\n\nbody\n \nmore"),
            ("Title\nText", "Title\nText"),
            ("One.\nTwo.\n", "One.\nTwo.\n"),
            // List lines stay apart, lower-case marks too; an initial is no mark.
            (
                "covers:\n- training\n- exercises",
                "covers:\n- training\n- exercises",
            ),
            (
                "a. maritime\nb. hydrography\niv) medicine",
                "a. maritime\nb. hydrography\niv) medicine",
            ),
            (
                "topics\n(c) training\n2) drills\n\u{2022} talks",
                "topics\n(c) training\n2) drills\n\u{2022} talks",
            ),
            ("James\nN. Mattis", "James\nN. Mattis"),
            // An abbreviated rank at a line's end goes on into the name.
            (
                "Minister of Defence Gen.\nTea Banh met him.",
                "Minister of Defence Gen. Tea Banh met him.",
            ),
            ("met Lt.\nCol. Ray", "met Lt. Col. Ray"),
            ("He left.\nGen. Ray stayed.", "He left.\nGen. Ray stayed."),
            ("a\n", "a\n"),
            ("", ""),
        ];
        for (text, want) in cases {
            assert_eq!(joined(text), *want, "{text:?}");
        }
    }

    const WRAPPED: &str = "\
Shelton Signs Cooperation Plan With Russians In Washington
WASHINGTON, Dec. 19, 2000 - The top U.S. and Russian
military leaders signed the 2001 Plan of Cooperation that
sets out how the two militaries will work together. Army
Gen. Henry Shelton and Gen. Anatoliy Kvashnin, chief of
the Russian general staff, signed the plan on December 12.
By Jim Garamone
ENHANCING DEFENCE DIPLOMACY TODAY AND TOMORROW IN EUROPE
Defense Secretary William S. Cohen and Russian Defense
Minister Igor Sergeyev agreed the plan could help reduce
QUITO:
Ecuador and the US held talks, the ministry said in a
statement issued in Quito on Monday afternoon, adding -
OSLO, June 3 (NTB) - Norway's defence minister met his
Danish counterpart in Oslo, where the two agreed that
MOSCOW (Sputnik) Russian Defence Minister Sergei Shoigu
and his Chinese counterpart Wei Fenghe met in Moscow.";

    #[test]
    fn hard_wrapped_lines_join_where_they_fill_the_width() {
        let want = "\
Shelton Signs Cooperation Plan With Russians In Washington
WASHINGTON, Dec. 19, 2000 - The top U.S. and Russian \
military leaders signed the 2001 Plan of Cooperation that \
sets out how the two militaries will work together. Army \
Gen. Henry Shelton and Gen. Anatoliy Kvashnin, chief of \
the Russian general staff, signed the plan on December 12.
By Jim Garamone
ENHANCING DEFENCE DIPLOMACY TODAY AND TOMORROW IN EUROPE
Defense Secretary William S. Cohen and Russian Defense \
Minister Igor Sergeyev agreed the plan could help reduce
QUITO:
Ecuador and the US held talks, the ministry said in a \
statement issued in Quito on Monday afternoon, adding -
OSLO, June 3 (NTB) - Norway's defence minister met his \
Danish counterpart in Oslo, where the two agreed that
MOSCOW (Sputnik) Russian Defence Minister Sergei Shoigu \
and his Chinese counterpart Wei Fenghe met in Moscow.";
        assert_eq!(joined(WRAPPED), want);
        // With a blank line between two paragraphs, the same.
        let paragraphs = WRAPPED.replace("12.\nBy", "12.\n\nBy");
        assert_eq!(joined(&paragraphs), want.replace("12.\nBy", "12.\n\nBy"));
    }

    #[test]
    fn lines_of_unlike_widths_are_no_wrap() {
        // The same breaks, but the lines are paragraphs of all lengths.
        let text = "Oman and India discuss ties\nMUSCAT - Oman's minister met Indian Army Chief General Manoj Pande on Monday in Muscat for talks\nBy Staff Reporter\nRelated News\nIndia and Oman agree on training, exercises and maritime security cooperation for the next five years\nThe talks";
        assert_eq!(joined(text), text);
        // Too narrow a width to be a wrap: short metadata lines.
        let text = "Posted by\nStaff Writer\nMonday 10 am\nIn Muscat\nNews";
        assert_eq!(joined(text), text);
    }
}
