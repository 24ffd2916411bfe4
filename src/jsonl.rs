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
use serde::Serialize;
use serde_json::Value;

use crate::{Country, Error, Parser, Report};

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
    if line.trim().is_empty() {
        return None;
    }
    let fallback = format!("line:{line_no}");
    let (id, result) = match serde_json::from_str::<Value>(line) {
        Ok(value) => {
            let id = read_id(&value).unwrap_or(fallback);
            let result = read_article(parser, &value).and_then(|(p, text)| Ok(p.parse(text)?));
            (id, result)
        }
        Err(e) => (
            fallback,
            Err(LineError::new("invalid_json", format!("invalid JSON: {e}"))),
        ),
    };
    Some(render(&id, &result))
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
    match std::str::from_utf8(line) {
        Ok(s) => process_line(parser, s, line_no),
        Err(e) => {
            let err = LineError::from(Error::InvalidUtf8 {
                offset: e.valid_up_to(),
            });
            Some(render(&format!("line:{line_no}"), &Err(err)))
        }
    }
}

fn render(id: &str, result: &Result<Report, LineError>) -> String {
    let out = match result {
        Ok(report) => serde_json::to_string(&ReportLine { id, report }),
        Err(error) => serde_json::to_string(&ErrorLine { id, error }),
    };
    // Serialising these plain structs into a String cannot fail; keep a line anyway.
    out.unwrap_or_else(|e| {
        format!(
            r#"{{"id":{},"error":{{"kind":"internal","message":"{}"}}}}"#,
            json_str(id),
            e
        )
    })
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn read_id(value: &Value) -> Option<String> {
    match value.get("id")? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn read_article<'v>(parser: &Parser, value: &'v Value) -> Result<(Parser, &'v str), LineError> {
    let Value::Object(obj) = value else {
        return Err(LineError::new(
            "invalid_json",
            format!("expected a JSON object, found {}", kind_of(value)),
        ));
    };
    let text = match obj.get("text") {
        None => {
            return Err(LineError::new(
                "missing_field",
                "the article has no 'text' field",
            ))
        }
        Some(Value::String(s)) => s.as_str(),
        Some(other) => {
            return Err(LineError::new(
                "invalid_field",
                format!("'text' must be a string, found {}", kind_of(other)),
            ))
        }
    };
    let mut p = parser.clone();
    match obj.get("published") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => {
            let date = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
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
                    kind_of(other)
                ),
            ))
        }
    }
    match obj.get("outlet_country") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => p = p.outlet_country(s.parse::<Country>()?),
        Some(other) => {
            return Err(LineError::new(
                "invalid_field",
                format!(
                    "'outlet_country' must be an alpha-2 string or null, found {}",
                    kind_of(other)
                ),
            ))
        }
    }
    Ok((p, text))
}
