//! Structure-aware fuzzing (issue 21): the input is a recipe that splices
//! corpus sentences, their heads and tails cut at word boundaries, domain
//! tokens and separators into a news-like text, and `Parser::parse` must hold
//! on it: no panic, every span slices the text on char boundaries, a second
//! parse gives the same report, `parse_bytes` agrees, and the report survives a
//! serde round trip through JSON.
//!
//! Recipe bytes: a byte 0x01..=0x07 starts an op, its arguments follow (a
//! missing argument reads as 0); every other run of bytes is literal text
//! (lossily decoded as UTF-8), so dictionary tokens and libFuzzer's mutations
//! of plain text still work on it.
//!
//! | op | arguments | appends |
//! |----|-----------|---------|
//! | 0x01 | s:u16 | sentence `s` of `tests/fixtures/stress_sentences.txt` |
//! | 0x02 | s:u16 k:u8 | its first `k` words |
//! | 0x03 | s:u16 k:u8 | its words from word `k` on |
//! | 0x04 | t:u16 | token `t` of `fuzz/dict/milcoop.dict` |
//! | 0x05 | s:u16 k:u8 t:u16 | sentence `s` with token `t` inserted before word `k` |
//! | 0x06 | i:u8 | a separator (space, ". ", newline, blank line, dash, NBSP, ...) |
//! | 0x07 | a v b t p: u8 | a clause "A VERB B, TITLE PLACE" ("Aliyev met with John Smith, Commander of the U.S.") |
//!
//! Indices wrap around, so every byte string is a recipe. The text is capped
//! at 16 KiB (a long news article), which keeps runs fast.
//!
//! Run from `fuzz/` (nightly):
//!   cargo +nightly fuzz run splice -- -dict=dict/milcoop.dict -max_len=4096 -max_total_time=600
//! Seed inputs: see fuzz/README.md.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use milcoop::{Parser, Report};

const SENTENCE_FILE: &str = include_str!("../../tests/fixtures/stress_sentences.txt");
const DICT_FILE: &str = include_str!("../dict/milcoop.dict");
const MAX_TEXT: usize = 16 << 10;

const SEPARATORS: &[&str] = &[
    " ",
    ". ",
    ", ",
    "\n",
    "\n\n",
    "\n\n\n",
    "\r\n",
    " \u{2014} ",
    "\u{a0}",
    "",
    "; ",
    " (",
    ") ",
    "\u{201d} ",
    " \u{201c}",
    ".\n\n",
    "\t",
    ": ",
    " - ",
    "\u{2026} ",
];

/// The parts of the 0x07 clause: the shape of issue 21's sentence, a name
/// with a title in apposition that ends in an abbreviation.
const PEOPLE: &[&str] = &[
    "Aliyev",
    "John Smith",
    "Adilbek Dzhaksybekov",
    "Liu Jinsong",
    "Jos\u{e9} \u{c1}lvarez",
    "Lt. Gen. D. Ganzorig",
];
const VERBS: &[&str] = &[
    "met with",
    "held talks with",
    "called on",
    "received",
    "said",
];
const TITLES: &[&str] = &[
    "Commander of the",
    "Minister of Defense of",
    "Defense Minister of",
    "Ambassador of",
    "Chief of Army Staff (COAS) of",
    "Secretary of Defense of",
];
const PLACES: &[&str] = &[
    "the U.S.",
    "U.S.",
    "the U. S.",
    "the U.N.",
    "Kazakhstan",
    "the Kazakh Armed Forces",
    "Washington, D.C.",
];

/// The sentences, split into words at spaces.
static SENTENCES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    SENTENCE_FILE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split(' ').filter(|w| !w.is_empty()).collect())
        .collect()
});

/// The dictionary's tokens that are UTF-8 text.
static TOKENS: LazyLock<Vec<String>> = LazyLock::new(|| {
    DICT_FILE
        .lines()
        .filter_map(dict_entry)
        .filter_map(|b| String::from_utf8(b).ok())
        .collect()
});

/// The bytes of one libFuzzer dictionary line (`"..."` or `name="..."`,
/// with `\\`, `\"` and `\xNN` escapes); `None` for comments and blank lines.
fn dict_entry(line: &str) -> Option<Vec<u8>> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let body = line[line.find('"')? + 1..].strip_suffix('"')?;
    let mut out = Vec::new();
    let mut bytes = body.bytes();
    while let Some(b) = bytes.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        match bytes.next()? {
            b'x' => {
                let hex = [bytes.next()?, bytes.next()?];
                out.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
            }
            other => out.push(other),
        }
    }
    Some(out)
}

/// Reads op arguments; past the end they read as 0.
struct Args<'a>(std::slice::Iter<'a, u8>);

impl Args<'_> {
    fn u8(&mut self) -> usize {
        self.0.next().copied().map_or(0, usize::from)
    }
    fn u16(&mut self) -> usize {
        self.u8() | (self.u8() << 8)
    }
}

fn sentence(i: usize) -> &'static [&'static str] {
    let s = &*SENTENCES;
    &s[i % s.len()]
}

fn token(i: usize) -> &'static str {
    let t = &*TOKENS;
    &t[i % t.len()]
}

fn join(out: &mut String, words: &[&str]) {
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// The text a recipe builds.
fn build(data: &[u8]) -> String {
    let mut out = String::new();
    let mut it = data.iter();
    let mut literal: Vec<u8> = Vec::new();
    while out.len() < MAX_TEXT {
        let Some(&b) = it.next() else { break };
        if !(1..=7).contains(&b) {
            literal.push(b);
            continue;
        }
        out.push_str(&String::from_utf8_lossy(&literal));
        literal.clear();
        let mut args = Args(it);
        match b {
            1 => join(&mut out, sentence(args.u16())),
            2 => {
                let w = sentence(args.u16());
                join(&mut out, &w[..args.u8() % (w.len() + 1)]);
            }
            3 => {
                let w = sentence(args.u16());
                join(&mut out, &w[args.u8() % (w.len() + 1)..]);
            }
            4 => out.push_str(token(args.u16())),
            5 => {
                let mut w = sentence(args.u16()).to_vec();
                let at = args.u8() % (w.len() + 1);
                w.insert(at, token(args.u16()));
                join(&mut out, &w);
            }
            6 => out.push_str(SEPARATORS[args.u8() % SEPARATORS.len()]),
            _ => {
                let mut part = |xs: &'static [&'static str]| xs[args.u8() % xs.len()];
                let (a, v, b) = (part(PEOPLE), part(VERBS), part(PEOPLE));
                let (t, p) = (part(TITLES), part(PLACES));
                let p = if t.ends_with(" the") {
                    p.strip_prefix("the ").unwrap_or(p)
                } else {
                    p
                };
                out.push_str(&format!("{a} {v} {b}, {t} {p}"));
            }
        }
        it = args.0;
    }
    out.push_str(&String::from_utf8_lossy(&literal));
    out
}

fuzz_target!(|data: &[u8]| {
    let text = build(data);
    let p = Parser::new();
    let report = p.parse(&text).expect("inputs under the limit parse");
    for span in report.spans() {
        assert!(
            text.get(span.range()).is_some(),
            "span {span:?} does not slice the input of {} bytes",
            text.len()
        );
    }
    assert_eq!(p.parse(&text).as_ref(), Ok(&report), "second parse differs");
    assert_eq!(
        p.parse_bytes(text.as_bytes()).as_ref(),
        Ok(&report),
        "parse_bytes differs from parse"
    );
    let json = serde_json::to_string(&report).expect("report serialises");
    let back: Report = serde_json::from_str(&json).expect("report deserialises");
    assert_eq!(back, report, "serde round trip changed the report");
});
