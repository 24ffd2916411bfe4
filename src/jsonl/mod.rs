//! The corpus interface: one JSON article in, one JSON line out.
//!
//! This is what `examples/extract.rs --jsonl` runs for every input line, so a
//! batch engine can use milcoop as a mapper. Input lines look like
//!
//! ```text
//! {"id": "a1", "text": "Headline\n\nBody ...", "published": "2009-11-20" | null, "outlet_country": "KZ" | null}
//! ```
//!
//! and each yields `{"id": "a1", "report": {...}}` or, when that line cannot
//! be read, `{"id": "a1", "error": {"kind": "...", "message": "..."}}`; the id
//! is `"line:N"` when it cannot be read either.

use chrono::NaiveDate;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

use crate::text::pool;
use crate::{Country, Error, Parser, Report};

mod flat;
mod write;

/// Why one input line got an error line instead of a report.
///
/// # Example
/// ```
/// use milcoop::jsonl::LineError;
/// let e = LineError::new("missing_field", "the article has no 'text' field");
/// assert_eq!(e.kind, "missing_field");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LineError {
    /// A stable `snake_case` name: `invalid_json`, `missing_field`, `invalid_field`,
    /// `invalid_date`, `unknown_country`, or one of [`Error::kind`].
    pub kind: String,
    /// What went wrong, naming the field.
    pub message: String,
}

impl LineError {
    /// An error from its kind and message.
    ///
    /// # Example
    /// ```
    /// let e = milcoop::jsonl::LineError::new("invalid_json", "expected value at column 1");
    /// assert_eq!(e.message, "expected value at column 1");
    /// ```
    pub fn new(kind: impl Into<String>, message: impl Into<String>) -> LineError {
        LineError {
            kind: kind.into(),
            message: message.into(),
        }
    }
}

impl From<Error> for LineError {
    fn from(e: Error) -> LineError {
        LineError::new(e.kind(), e.to_string())
    }
}

#[derive(Serialize)]
struct ReportLine<'a> {
    id: &'a str,
    report: &'a Report,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a str,
    error: &'a LineError,
}

/// Handles one input line (1-based `line_no`) and returns the output line
/// without its newline; `None` for a blank line, which gets no output.
///
/// `parser` supplies the options an article line does not set (its input
/// limit, for instance); `published` and `outlet_country` come from the line.
///
/// # Example
/// ```
/// use milcoop::{jsonl, Parser};
/// let out = jsonl::process_line(&Parser::new(), r#"{"id": "a1", "text": "Talks\n\nNone."}"#, 1).unwrap();
/// assert!(out.starts_with(r#"{"id":"a1","report":{"headline":"Talks""#));
/// let out = jsonl::process_line(&Parser::new(), r#"{"id": "a2", "text": 42}"#, 2).unwrap();
/// assert_eq!(out, r#"{"id":"a2","error":{"kind":"invalid_field","message":"'text' must be a string, found a number"}}"#);
/// assert_eq!(jsonl::process_line(&Parser::new(), "   ", 3), None);
/// ```
pub fn process_line(parser: &Parser, line: &str, line_no: usize) -> Option<String> {
    let mut out = Vec::new();
    append_str_line(parser, line, line_no, &mut out).then(|| into_string(out))
}

/// Handles one input line given as bytes: invalid UTF-8 gets an error line
/// naming the offset.
///
/// # Example
/// ```
/// let out = milcoop::jsonl::process_line_bytes(&milcoop::Parser::new(), b"{\"id\": \"x\xff\"}", 4).unwrap();
/// assert!(out.contains(r#""id":"line:4""#));
/// assert!(out.contains("invalid_utf8"));
/// ```
pub fn process_line_bytes(parser: &Parser, line: &[u8], line_no: usize) -> Option<String> {
    let mut out = Vec::new();
    append_line(parser, line, line_no, &mut out).then(|| into_string(out))
}

/// Handles one input line given as bytes, like [`process_line_bytes`], and
/// appends the output line to `out` without its newline; returns whether a
/// line was appended (a blank line gets none).
///
/// A batch loop that reuses one buffer for its output lines makes no
/// allocation for them.
///
/// # Example
/// ```
/// use milcoop::{jsonl, Parser};
/// let mut out = Vec::new();
/// for (i, line) in ["{\"id\": \"a\", \"text\": \"Hi.\"}", "", "[1]"].iter().enumerate() {
///     if jsonl::append_line(&Parser::new(), line.as_bytes(), i + 1, &mut out) {
///         out.push(b'\n');
///     }
/// }
/// let lines: Vec<&str> = std::str::from_utf8(&out).unwrap().lines().collect();
/// assert_eq!(lines.len(), 2);
/// assert!(lines[0].starts_with(r#"{"id":"a","report":"#));
/// assert!(lines[1].starts_with(r#"{"id":"line:3","error":{"kind":"invalid_json""#));
/// ```
pub fn append_line(parser: &Parser, line: &[u8], line_no: usize, out: &mut Vec<u8>) -> bool {
    match std::str::from_utf8(line) {
        Ok(s) => append_str_line(parser, s, line_no, out),
        Err(e) => {
            let err = LineError::from(Error::InvalidUtf8 {
                offset: e.valid_up_to(),
            });
            render(&format!("line:{line_no}"), &Err(err), out);
            true
        }
    }
}

fn append_str_line(parser: &Parser, line: &str, line_no: usize, out: &mut Vec<u8>) -> bool {
    if line.trim().is_empty() {
        return false;
    }
    let fallback = || format!("line:{line_no}");
    // The usual flat line is read by hand; serde_json reads any other, or names what is wrong.
    let read = flat::read(line).map_or_else(|| serde_json::from_str::<Line>(line), Ok);
    let (id, result) = match read {
        Ok(line) => {
            let id = read_id(&line).unwrap_or_else(fallback);
            let result = read_article(parser, &line).and_then(|(p, text)| Ok(p.parse(text)?));
            // A text decoded from escapes goes back to the pool, for the next line.
            if let Line::Object(Fields {
                text: Some(Field::Str(Cow::Owned(text))),
                ..
            }) = line
            {
                pool::give(text.into_bytes());
            }
            (id, result)
        }
        Err(e) => (
            fallback(),
            Err(LineError::new("invalid_json", format!("invalid JSON: {e}"))),
        ),
    };
    render(&id, &result, out);
    true
}

/// serde_json writes UTF-8 only.
fn into_string(out: Vec<u8>) -> String {
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn render(id: &str, result: &Result<Report, LineError>, out: &mut Vec<u8>) {
    let mark = out.len();
    let fast = match result {
        Ok(report) => write::to_vec(out, &ReportLine { id, report }),
        Err(error) => write::to_vec(out, &ErrorLine { id, error }),
    };
    if fast.is_ok() {
        return;
    }
    // A shape the fast writer leaves to serde_json.
    out.truncate(mark);
    let written = match result {
        Ok(report) => serde_json::to_writer(&mut *out, &ReportLine { id, report }),
        Err(error) => serde_json::to_writer(&mut *out, &ErrorLine { id, error }),
    };
    // Serialising these plain structs cannot fail; keep a line anyway, as an
    // error line of two strings (which cannot fail in turn).
    if let Err(e) = written {
        out.truncate(mark);
        let error = LineError::new("internal", e.to_string());
        let _ = serde_json::to_writer(&mut *out, &ErrorLine { id, error: &error });
    }
}

/// An input line as read: an object's four known fields (others are
/// skipped), or the kind of JSON value the line held instead.
#[derive(Debug, PartialEq)]
enum Line<'a> {
    Object(Fields<'a>),
    Not(&'static str),
}

/// The known fields of an article line; a repeated key keeps its last value.
#[derive(Debug, Default, PartialEq)]
struct Fields<'a> {
    id: Option<Field<'a>>,
    text: Option<Field<'a>>,
    published: Option<Field<'a>>,
    outlet_country: Option<Field<'a>>,
}

/// One field's value: a string (borrowed from the line when it has no
/// escapes), a number, null, or the kind of anything else.
#[derive(Debug, PartialEq)]
enum Field<'a> {
    Str(Cow<'a, str>),
    Num(serde_json::Number),
    Null,
    Other(&'static str),
}

impl Field<'_> {
    fn kind(&self) -> &'static str {
        match self {
            Field::Str(_) => "a string",
            Field::Num(_) => "a number",
            Field::Null => "null",
            Field::Other(kind) => kind,
        }
    }
}

/// What a visitor reads from any JSON value: a [`Field`].
struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Field<'de>, E> {
        Ok(Field::Other("a boolean"))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Field<'de>, E> {
        Ok(Field::Num(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Field<'de>, E> {
        Ok(Field::Num(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Field<'de>, E> {
        // JSON has no NaN or infinity: every f64 it reads makes a Number.
        Ok(serde_json::Number::from_f64(v).map_or(Field::Other("a number"), Field::Num))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Field<'de>, E> {
        Ok(Field::Null)
    }
    fn visit_none<E>(self) -> Result<Field<'de>, E> {
        Ok(Field::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Field::Other("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Field::Other("an object"))
    }
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Field<'de>, D::Error> {
        d.deserialize_any(FieldVisitor)
    }
}

/// A key of an article line, read without allocating.
enum Key {
    Id,
    Text,
    Published,
    OutletCountry,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E>(self, v: &str) -> Result<Key, E> {
                Ok(match v {
                    "id" => Key::Id,
                    "text" => Key::Text,
                    "published" => Key::Published,
                    "outlet_country" => Key::OutletCountry,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Line<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Line<'de>, D::Error> {
        struct LineVisitor;
        impl<'de> Visitor<'de> for LineVisitor {
            type Value = Line<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Line<'de>, A::Error> {
                let mut fields = Fields::default();
                while let Some(key) = map.next_key::<Key>()? {
                    let slot = match key {
                        Key::Id => &mut fields.id,
                        Key::Text => &mut fields.text,
                        Key::Published => &mut fields.published,
                        Key::OutletCountry => &mut fields.outlet_country,
                        Key::Other => {
                            map.next_value::<IgnoredAny>()?;
                            continue;
                        }
                    };
                    *slot = Some(map.next_value()?);
                }
                Ok(Line::Object(fields))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Line<'de>, E> {
                Ok(Line::Not("a boolean"))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Line<'de>, E> {
                Ok(Line::Not("a number"))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Line<'de>, E> {
                Ok(Line::Not("a number"))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Line<'de>, E> {
                Ok(Line::Not("a number"))
            }
            fn visit_str<E>(self, _: &str) -> Result<Line<'de>, E> {
                Ok(Line::Not("a string"))
            }
            fn visit_unit<E>(self) -> Result<Line<'de>, E> {
                Ok(Line::Not("null"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Line<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Line::Not("an array"))
            }
        }
        d.deserialize_any(LineVisitor)
    }
}

/// A `YYYY-MM-DD` date. The plain ten-byte form is read by hand (chrono's
/// format parser costs more than the rest of a short line's reading); any
/// other string goes to chrono, which decides as before.
fn read_date(s: &str) -> Result<NaiveDate, chrono::ParseError> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                return Ok(date);
            }
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
}

fn read_id(line: &Line) -> Option<String> {
    let Line::Object(fields) = line else {
        return None;
    };
    match fields.id.as_ref()? {
        Field::Str(s) => Some(s.to_string()),
        Field::Num(n) => Some(n.to_string()),
        _ => None,
    }
}

fn read_article<'l>(parser: &Parser, line: &'l Line) -> Result<(Parser, &'l str), LineError> {
    let fields = match line {
        Line::Object(fields) => fields,
        Line::Not(kind) => {
            return Err(LineError::new(
                "invalid_json",
                format!("expected a JSON object, found {kind}"),
            ))
        }
    };
    let text = match &fields.text {
        None => {
            return Err(LineError::new(
                "missing_field",
                "the article has no 'text' field",
            ))
        }
        Some(Field::Str(s)) => s.as_ref(),
        Some(other) => {
            return Err(LineError::new(
                "invalid_field",
                format!("'text' must be a string, found {}", other.kind()),
            ))
        }
    };
    let mut p = parser.clone();
    match &fields.published {
        None | Some(Field::Null) => {}
        Some(Field::Str(s)) => {
            let date = read_date(s).map_err(|_| {
                LineError::from(Error::InvalidDate {
                    text: s.chars().take(32).collect(),
                })
            })?;
            p = p.published(date);
        }
        Some(other) => {
            return Err(LineError::new(
                "invalid_field",
                format!(
                    "'published' must be a YYYY-MM-DD string or null, found {}",
                    other.kind()
                ),
            ))
        }
    }
    match &fields.outlet_country {
        None | Some(Field::Null) => {}
        Some(Field::Str(s)) => p = p.outlet_country(s.parse::<Country>()?),
        Some(other) => {
            return Err(LineError::new(
                "invalid_field",
                format!(
                    "'outlet_country' must be an alpha-2 string or null, found {}",
                    other.kind()
                ),
            ))
        }
    }
    Ok((p, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_chrono_reads_them() {
        for s in [
            "2019-09-20",
            "2020-02-29",
            "2019-02-29",
            "2019-13-01",
            "2019-00-10",
            "0000-01-01",
            "9999-12-31",
            "2019-1-02",
            "2019-01-2",
            "19-01-02",
            "2019/01/02",
            "2019-01-02 ",
            "201a-01-02",
            "",
            "2019-01-0\u{e9}",
            "+2019-01-02",
        ] {
            assert_eq!(
                read_date(s).ok(),
                NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
                "{s:?}"
            );
        }
    }
}
