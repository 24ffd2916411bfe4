//! One item in, one output record: the JSON line of the library's corpus
//! interface (`{"id", "report"}` or `{"id", "error"}`), with the input's
//! file name (and line) added to error records.

use std::borrow::Cow;
use std::panic::{self, AssertUnwindSafe};

use milcoop::jsonl::{self, LineError};
use milcoop::{Parser, Report};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::input::{Item, ItemKind};

/// The record of one article.
pub struct Answer {
    /// The JSON line, without a newline.
    pub json: Vec<u8>,
    /// Whether it is an error record.
    pub failed: bool,
}

/// The body of an error record: the library's `{kind, message}` and where
/// the input was.
#[derive(Debug, Serialize, Deserialize)]
pub struct ErrorBody {
    pub kind: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

/// A record read back, for the formats that are not JSON Lines.
#[derive(Debug, Serialize, Deserialize)]
pub struct Record<'a> {
    #[serde(borrow)]
    pub id: &'a RawValue,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<Report>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorBody>,
}

#[derive(Serialize)]
struct TextReport<'a> {
    id: &'a str,
    report: &'a Report,
}

#[derive(Serialize)]
struct ErrorRecord<'a, I: Serialize + ?Sized> {
    id: &'a I,
    error: &'a ErrorBody,
}

/// The record of `item`; `None` for a blank line, which gets none.
pub fn answer(parser: &Parser, item: &Item, max_line_len: usize) -> Option<Answer> {
    let file = &*item.file;
    let error = |id: &str, kind: &str, message: String, line: Option<usize>| Answer {
        json: error_json(
            id,
            &ErrorBody {
                kind: kind.into(),
                message,
                file: Some(file.into()),
                line,
            },
        ),
        failed: true,
    };
    Some(match &item.kind {
        ItemKind::Json { line_no, bytes } => {
            let mut json = Vec::with_capacity(bytes.len() / 2 + 256);
            if !jsonl::append_line(parser, bytes, *line_no, &mut json) {
                return None;
            }
            if is_error_line(&json) {
                json = with_place(json, file, *line_no);
                Answer { json, failed: true }
            } else {
                Answer {
                    json,
                    failed: false,
                }
            }
        }
        ItemKind::TooLong { line_no, len } => error(
            &format!("line:{line_no}"),
            "input_too_large",
            format!(
                "the line is {len} bytes, over the limit of {max_line_len} bytes; it was skipped unread"
            ),
            Some(*line_no),
        ),
        ItemKind::FileTooLarge { limit } => error(
            file,
            "input_too_large",
            format!("the input is over the limit of {limit} bytes (--max-input-len); it was skipped unread"),
            None,
        ),
        ItemKind::Unreadable { error: e } => error(
            file,
            "io_error",
            format!("cannot read {file}: {e}"),
            None,
        ),
        ItemKind::Text { bytes } => {
            match panic::catch_unwind(AssertUnwindSafe(|| parser.parse_bytes(bytes))) {
                Ok(Ok(report)) => {
                    let mut json = Vec::with_capacity(1024);
                    match serde_json::to_writer(&mut json, &TextReport { id: file, report: &report }) {
                        Ok(()) => Answer { json, failed: false },
                        Err(e) => error(file, "internal", format!("internal error: the report could not be written ({e}); please report it, with the article"), None),
                    }
                }
                Ok(Err(e)) => {
                    let e = LineError::from(e);
                    error(file, &e.kind, e.message, None)
                }
                Err(_) => error(
                    file,
                    "internal",
                    "internal error: milcoop panicked on this article; please report it, with the article".into(),
                    None,
                ),
            }
        }
    })
}

fn error_json(id: &str, body: &ErrorBody) -> Vec<u8> {
    serde_json::to_vec(&ErrorRecord { id, error: body }).unwrap_or_default()
}

/// Whether a line of the library's output is an error line: `{"id":<id>,"error":...`.
fn is_error_line(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"{\"id\":") else {
        return false;
    };
    let mut values = serde_json::Deserializer::from_slice(rest).into_iter::<IgnoredAny>();
    match values.next() {
        Some(Ok(_)) => rest[values.byte_offset()..].starts_with(b",\"error\":"),
        _ => false,
    }
}

/// The library's error line with the file name and line number added.
fn with_place(line: Vec<u8>, file: &str, line_no: usize) -> Vec<u8> {
    #[derive(Deserialize)]
    struct ErrorLine<'a> {
        #[serde(borrow)]
        id: &'a RawValue,
        error: ErrorBody,
    }
    match serde_json::from_slice::<ErrorLine>(&line) {
        Ok(mut e) => {
            e.error.file = Some(file.into());
            e.error.line = Some(line_no);
            serde_json::to_vec(&ErrorRecord {
                id: e.id,
                error: &e.error,
            })
            .unwrap_or(line)
        }
        Err(_) => line,
    }
}

/// The text and publication date of an article line, for PLOVER events.
pub struct ArticleMeta<'a> {
    pub text: Option<Cow<'a, str>>,
    pub published: Option<chrono::NaiveDate>,
}

/// Reads `text` and `published` of a JSON article as the library does
/// (`published`: `YYYY-MM-DD` or the date of an RFC 3339 timestamp).
pub fn article_meta(bytes: &[u8]) -> ArticleMeta<'_> {
    #[derive(Deserialize)]
    struct Fields<'a> {
        #[serde(borrow, default)]
        text: Option<Cow<'a, str>>,
        #[serde(borrow, default)]
        published: Option<&'a RawValue>,
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    match serde_json::from_slice::<Fields>(bytes) {
        Ok(f) => ArticleMeta {
            text: f.text,
            published: f
                .published
                .and_then(|raw| serde_json::from_str::<Cow<str>>(raw.get()).ok())
                .as_deref()
                .and_then(read_published),
        },
        Err(_) => ArticleMeta {
            text: None,
            published: None,
        },
    }
}

fn read_published(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .or_else(|| {
            chrono::DateTime::parse_from_rfc3339(s)
                .ok()
                .map(|t| t.date_naive())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_lines_are_told_from_reports_whatever_the_id() {
        assert!(is_error_line(
            br#"{"id":"line:3","error":{"kind":"x","message":"y"}}"#
        ));
        assert!(is_error_line(br#"{"id":1.5e3,"error":{}}"#));
        assert!(!is_error_line(br#"{"id":",\"error\":","report":{}}"#));
        assert!(!is_error_line(br#"{"id":7,"report":{"error":1}}"#));
    }

    #[test]
    fn error_lines_gain_the_place() {
        let line = br#"{"id":"a","error":{"kind":"invalid_json","message":"m"}}"#.to_vec();
        let out = with_place(line, "in.jsonl", 4);
        assert_eq!(
            std::str::from_utf8(&out).unwrap(),
            r#"{"id":"a","error":{"kind":"invalid_json","message":"m","file":"in.jsonl","line":4}}"#
        );
    }

    #[test]
    fn metadata_reads_dates_and_timestamps() {
        let m = article_meta(br#"{"text": "a\nb", "published": "2024-02-03T23:30:00-05:00"}"#);
        assert_eq!(m.text.as_deref(), Some("a\nb"));
        assert_eq!(m.published, chrono::NaiveDate::from_ymd_opt(2024, 2, 3));
        assert!(article_meta(br#"{"published": 5}"#).published.is_none());
    }
}
