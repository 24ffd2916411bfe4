//! A hand-written reader for the usual input line: one flat JSON object.
//!
//! Almost every line of a corpus is an object whose values are strings,
//! `null` or booleans, and numbers under keys milcoop does not read. This
//! reader gives such a line's [`Fields`] in one pass over its bytes, and an
//! article's text with escapes in one allocation of the right size, where
//! serde_json grows a scratch buffer from empty and then copies it.
//!
//! It reads only what it is sure of: on anything else (nested values, a
//! number under a key milcoop reads, an escape in a key, anything that is
//! not valid JSON) it returns `None` and the caller gives the line to
//! serde_json, which reads it or names what is wrong. Where it returns a
//! value, the value is the one serde_json gives; the tests hold it to that.

use std::borrow::Cow;

use super::{Field, Fields, Line};
use crate::text::{eq8, in_range8, load8, pool};

/// The line's fields, when it is a flat object this reader is sure of.
pub(super) fn read(line: &str) -> Option<Line<'_>> {
    let r = Reader {
        line,
        b: line.as_bytes(),
        clean: !has_control(line.as_bytes()),
    };
    let b = r.b;
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_ws(b, i + 1);
    let mut fields = Fields::default();
    if b.get(i) == Some(&b'}') {
        return at_end(b, i + 1).then_some(Line::Object(fields));
    }
    loop {
        if b.get(i) != Some(&b'"') {
            return None;
        }
        // A key with an escape is left to serde_json.
        let (Some(Cow::Borrowed(key)), next) = r.string(i + 1, true)? else {
            return None;
        };
        i = skip_ws(b, next);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = skip_ws(b, i + 1);
        let slot = match key {
            "id" => Some(&mut fields.id),
            "text" => Some(&mut fields.text),
            "published" => Some(&mut fields.published),
            "outlet_country" => Some(&mut fields.outlet_country),
            _ => None,
        };
        let (value, next) = r.value(i, slot.is_some())?;
        if let (Some(slot), Some(value)) = (slot, value) {
            // A repeated key keeps its last value, as with serde_json.
            *slot = Some(value);
        }
        i = skip_ws(b, next);
        match b.get(i) {
            Some(b',') => i = skip_ws(b, i + 1),
            Some(b'}') => return at_end(b, i + 1).then_some(Line::Object(fields)),
            _ => return None,
        }
    }
}

/// JSON's white space.
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = b.get(i) {
        i += 1;
    }
    i
}

/// Only white space from `i` on.
fn at_end(b: &[u8], i: usize) -> bool {
    skip_ws(b, i) == b.len()
}

/// Some byte of `b` is a control character (below 0x20): a loop the
/// compiler vectorises.
fn has_control(b: &[u8]) -> bool {
    b.iter().fold(false, |any, &x| any | (x < 0x20))
}

struct Reader<'a> {
    line: &'a str,
    b: &'a [u8],
    /// The line has no control character, so a string ends at its first
    /// quote or backslash.
    clean: bool,
}

impl<'a> Reader<'a> {
    /// The value at `i` and where it ends: a string, `null` or a boolean;
    /// a number too when the value is not kept. `None` for the value when
    /// not `keep`.
    fn value(&self, i: usize, keep: bool) -> Option<(Option<Field<'a>>, usize)> {
        let b = self.b;
        let literal = |word: &[u8], field: Field<'static>| {
            b.get(i..i + word.len())
                .filter(|&w| w == word)
                .map(|_| (keep.then_some(field), i + word.len()))
        };
        match b.get(i)? {
            b'"' => {
                let (s, end) = self.string(i + 1, keep)?;
                Some((s.map(Field::Str), end))
            }
            b'n' => literal(b"null", Field::Null),
            b't' => literal(b"true", Field::Other("a boolean")),
            b'f' => literal(b"false", Field::Other("a boolean")),
            // serde_json gives a kept number its own type: it reads those.
            b'-' | b'0'..=b'9' if !keep => Some((None, number_end(b, i)?)),
            _ => None,
        }
    }

    /// The string whose contents start at `start` (after its opening
    /// quote), and the index after its closing quote. Borrowed from the
    /// line when it has no escape; `None` when not `keep` (the string is
    /// only checked).
    fn string(&self, start: usize, keep: bool) -> Option<(Option<Cow<'a, str>>, usize)> {
        let (line, b) = (self.line, self.b);
        let mut i = self.special_at(start)?;
        if b[i] == b'"' {
            return Some((keep.then(|| Cow::Borrowed(&line[start..i])), i + 1));
        }
        // Escapes: the decoded string is shorter than the rest of the line.
        let mut out = match keep {
            true => String::from_utf8(pool::take(line.len() - start)).unwrap_or_default(),
            false => String::new(),
        };
        let mut from = start;
        loop {
            match b[i] {
                b'"' => {
                    if keep {
                        out.push_str(&line[from..i]);
                    }
                    return Some((keep.then_some(Cow::Owned(out)), i + 1));
                }
                b'\\' => {
                    let (c, next) = escape(b, i + 1)?;
                    if keep {
                        out.push_str(&line[from..i]);
                        out.push(c);
                    }
                    from = next;
                    i = self.special_at(next)?;
                }
                // A control character: serde_json names it.
                _ => return None,
            }
        }
    }

    /// The first quote, backslash or control character from `i` on: by a
    /// SIMD search for the first two when the line has no control
    /// character (the usual case), else eight bytes at a time.
    fn special_at(&self, mut i: usize) -> Option<usize> {
        let b = self.b;
        if self.clean {
            return memchr::memchr2(b'"', b'\\', b.get(i..)?).map(|k| i + k);
        }
        while i < b.len() {
            let x = load8(b, i);
            let hit = eq8(x, b'"') | eq8(x, b'\\') | in_range8(x, 0, 0x1f);
            if hit != 0 {
                let at = i + hit.trailing_zeros() as usize / 8;
                // `load8` pads past the end with zero bytes, which read as controls.
                return (at < b.len()).then_some(at);
            }
            i += 8;
        }
        None
    }
}

/// The end of the JSON number at `i`:
/// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
fn number_end(b: &[u8], mut i: usize) -> Option<usize> {
    let digits = |mut i: usize| {
        let from = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        (i > from).then_some(i)
    };
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    i = match b.get(i)? {
        b'0' => i + 1,
        b'1'..=b'9' => digits(i)?,
        _ => return None,
    };
    if b.get(i) == Some(&b'.') {
        i = digits(i + 1)?;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        if let Some(b'+' | b'-') = b.get(i) {
            i += 1;
        }
        i = digits(i)?;
    }
    Some(i)
}

/// The character of the escape whose letter is at `i` (after the
/// backslash), and where the escape ends.
fn escape(b: &[u8], i: usize) -> Option<(char, usize)> {
    let c = match b.get(i)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let unit = hex4(b, i + 1)?;
            return match unit {
                // A surrogate pair; a lone half is left to serde_json.
                0xD800..=0xDBFF => {
                    if b.get(i + 5..i + 7)? != b"\\u" {
                        return None;
                    }
                    let low = hex4(b, i + 7)?;
                    if !(0xDC00..=0xDFFF).contains(&low) {
                        return None;
                    }
                    let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    Some((char::from_u32(c)?, i + 11))
                }
                0xDC00..=0xDFFF => None,
                _ => Some((char::from_u32(unit)?, i + 5)),
            };
        }
        _ => return None,
    };
    Some((c, i + 1))
}

/// Four hex digits at `i`.
fn hex4(b: &[u8], i: usize) -> Option<u32> {
    b.get(i..i + 4)?
        .iter()
        .try_fold(0, |n, &d| Some(n * 16 + char::from(d).to_digit(16)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::strings_of;
    use proptest::prelude::*;

    /// When the reader reads `line`, serde_json reads the same; returns
    /// whether the reader read it.
    fn agrees(line: &str) -> bool {
        let Some(fast) = read(line) else {
            return false;
        };
        let slow = serde_json::from_str::<Line>(line);
        assert_eq!(Some(&fast), slow.as_ref().ok(), "{line:?}");
        true
    }

    #[test]
    fn reads_the_usual_lines_as_serde_json_does() {
        for line in [
            r#"{"id": "a1", "text": "Talks\n\nNone.", "published": "2009-11-20", "outlet_country": null}"#,
            r#"{"id":"a2","text":"He said \"yes\" \u2014 twice\\ \/ \b\f\r\t.","published":null}"#,
            r#"{"text": "caf\u00E9 \ud83d\ude00 \u0000 end"}"#,
            r#"  { "text" : "one" , "text" : "two" }  "#,
            "{\"text\":\t\"tab\"\r}\r",
            r#"{"id": "x", "words": 512, "score": -0.5e-3, "draft": false, "ok": true, "n": 0}"#,
            r#"{"big": 1e400, "long": 123456789012345678901234567890, "text": "x"}"#,
            r#"{"id": "é", "text": "non-ASCII: 東京 and Ankara"}"#,
            r#"{"title": "with \"escapes\" \u00e9", "text": ""}"#,
            "{}",
            " { } ",
        ] {
            assert!(agrees(line), "not read by hand: {line}");
        }
    }

    #[test]
    fn leaves_the_rest_to_serde_json() {
        for line in [
            r#"{"id": 7, "text": "a number under a read key"}"#,
            r#"{"text": "x", "meta": {"a": 1}}"#,
            r#"{"text": "x", "tags": []}"#,
            r#"{"te\u0078t": "an escape in a key"}"#,
            r#"{"text": "lone \ud83d half"}"#,
            r#"{"text": "lone \ude00 half"}"#,
            r#"{"text": "bad \x escape"}"#,
            "{\"text\": \"raw\u{1}control\"}",
            r#"{"text": "x",}"#,
            r#"{"text": "x"} trailing"#,
            r#"{"text": "unterminated}"#,
            r#"{"n": 01}"#,
            r#"{"n": 1.}"#,
            r#"{"n": nul}"#,
            "[1]",
            "\"text\"",
            "",
        ] {
            assert!(read(line).is_none(), "read by hand: {line}");
        }
    }

    #[test]
    fn agrees_with_serde_json_on_every_short_mix_of_json_pieces() {
        let parts = [
            "{",
            "}",
            ",",
            " ",
            "\"text\":",
            "\"id\":",
            "\"k\":",
            ":",
            "\"a\\nb\"",
            "\"\\u00e9\"",
            "\"\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "null",
            "true",
            "-1.5e3",
            "[]",
            "\"\t\"",
            "\"",
        ];
        let mut read_some = 0;
        for line in strings_of(&parts, 4, &[]) {
            read_some += usize::from(agrees(&line));
        }
        // The mixes that are flat objects were read, not only left to serde_json.
        assert!(read_some >= 20, "{read_some}");
    }

    #[test]
    fn agrees_with_serde_json_on_every_object_of_up_to_two_pairs() {
        let keys = [
            "\"text\"",
            "\"id\"",
            "\"published\"",
            "\"k\"",
            "\"te\\u0078t\"",
        ];
        let values = [
            "\"\"",
            "\"plain\"",
            "\"a\\nb \\\"q\\\" \\\\ \\/\"",
            "\"\\u00e9\\u00E9\"",
            "\"\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "\"\\ude00\"",
            "\"\\x\"",
            "\"\t\"",
            "null",
            "true",
            "false",
            "0",
            "-1.5e3",
            "01",
            "[]",
            "{}",
            "nul",
        ];
        let pairs: Vec<String> = keys
            .iter()
            .flat_map(|k| values.iter().map(move |v| format!("{k}:{v}")))
            .collect();
        let mut read_some = 0;
        for a in &pairs {
            read_some += usize::from(agrees(&format!("{{{a}}}")));
            for b in &pairs {
                for sep in [",", " , ", ",,"] {
                    read_some += usize::from(agrees(&format!("{{ {a}{sep}{b} }}")));
                }
            }
        }
        assert!(read_some > 1_000, "{read_some}");
    }

    /// A JSON value as a line may hold it, valid or not.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z ]{0,8}".prop_map(|s| format!("\"{s}\"")),
            prop::collection::vec(
                prop_oneof![
                    Just("\\n".to_string()),
                    Just("\\\"".to_string()),
                    Just("\\u00e9".to_string()),
                    Just("\\uD83D\\uDE00".to_string()),
                    Just("\\ud83d".to_string()),
                    Just("\\q".to_string()),
                    "\\PC{0,3}",
                ],
                0..6
            )
            .prop_map(|v| format!("\"{}\"", v.concat())),
            Just("null".to_string()),
            Just("false".to_string()),
            "-?[0-9]{1,3}(\\.[0-9]{0,2})?([eE][+-]?[0-9]{0,2})?",
            Just("{}".to_string()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn agrees_with_serde_json_on_objects_with_random_edits(
            pairs in prop::collection::vec(
                (prop_oneof![
                    Just("id"), Just("text"), Just("published"), Just("outlet_country"), Just("x"),
                ], piece(), "[ \t]{0,2}"),
                0..5,
            ),
            edit in prop::option::of((any::<prop::sample::Index>(), "\\PC{0,2}", 0..3usize)),
        ) {
            let body: Vec<String> = pairs
                .iter()
                .map(|(k, v, ws)| format!("{ws}\"{k}\"{ws}:{ws}{v}{ws}"))
                .collect();
            let mut line = format!("{{{}}}", body.join(","));
            if let Some((at, insert, delete)) = edit {
                // Cut at a char boundary, drop a few chars, insert others.
                let cut = at.index(line.len() + 1);
                let cut = (0..=cut).rev().find(|&c| line.is_char_boundary(c)).unwrap_or(0);
                let rest: String = line[cut..].chars().skip(delete).collect();
                line = format!("{}{insert}{rest}", &line[..cut]);
            }
            agrees(&line);
        }
    }
}
