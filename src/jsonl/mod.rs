//! The corpus interface: one JSON article in, one JSON line out.
//!
//! This is what `examples/extract.rs --jsonl` runs, so a batch engine can use
//! milcoop as a mapper. [`process_stream`] reads JSON Lines from any
//! [`BufRead`] and writes one output line per input line to any [`Write`];
//! [`process_line`], [`process_line_bytes`] and [`append_line`] handle one
//! line. Input lines look like
//!
//! ```text
//! {"id": "a1", "text": "Headline\n\nBody ...", "published": "2009-11-20" | null, "outlet_country": "KZ" | null}
//! ```
//!
//! and each yields `{"id": "a1", "report": {...}}` or, when that line cannot
//! be read, `{"id": "a1", "error": {"kind": "...", "message": "..."}}`. The
//! rules, as in the output contract:
//!
//! * **Blank lines**: a line of only ASCII spaces and tabs (and a final CR)
//!   gets no output line. Any other line gets exactly one, in input order; a
//!   line of other white space (U+3000, a no-break space, a form feed) is not
//!   JSON and gets an `invalid_json` error line.
//! * **Ids** are echoed as given: a string as that string, a number as the
//!   number exactly as written (`17` stays `17`, `1.5e3` stays `1.5e3`). A
//!   line whose id cannot be read (no id, `null`, another type, a string with
//!   a lone surrogate escape, a number too large for a double such as
//!   `1e400`, or a line that is not JSON) gets `"line:N"`, N counting from 1.
//! * **Metadata never costs the article**: `published` is a `YYYY-MM-DD`
//!   date or an RFC 3339 timestamp (`2024-02-03T10:00:00Z`, offsets too;
//!   the date as written is used). Any other value, or an `outlet_country`
//!   that is not an ISO 3166-1 alpha-2 code, is ignored for that article (the
//!   caller's [`Parser`] setting applies, as if the field were absent) and
//!   reported in its report as a diagnostic of kind
//!   [`InvalidPublished`](crate::DiagnosticKind::InvalidPublished) or
//!   [`UnknownOutletCountry`](crate::DiagnosticKind::UnknownOutletCountry),
//!   whose span is the empty span at 0 (it is about the metadata, not the
//!   text). These come first in the report's diagnostics.
//! * **The text** must be a string. A missing `text` is a `missing_field`
//!   error line, one of another type or a string with a lone surrogate escape
//!   (`"\ud800"`, which no UTF-8 text can hold) an `invalid_field` one; both
//!   carry the id when it could be read.
//! * **A byte order mark** (U+FEFF) at the start of line 1, the start of the
//!   input, is not content: that line is read without it.
//! * **A panic** while an article is parsed (a bug: milcoop never means to
//!   panic on input) is caught for that article alone: it gets an error line
//!   of kind `internal` whose message starts with "internal error:" and asks
//!   for a report, the panic message is printed to standard error by the
//!   panic hook as usual, and the next line is read as if nothing happened.
//!   Lines already finished are never lost. (Release builds of this crate
//!   unwind for this reason; a program built with `panic = "abort"` aborts
//!   instead.)
//!
//! Lines are read and written with serde_json; every output line is byte for
//! byte what `serde_json::to_string` writes for it.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead, Write};
use std::ops::ControlFlow;
use std::panic::{self, AssertUnwindSafe};

use chrono::{DateTime, NaiveDate};
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::{Country, Diagnostic, DiagnosticKind, Error, Parser, Report, Span};

#[cfg(test)]
mod tests;

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
    /// A stable `snake_case` name: `invalid_json`, `invalid_utf8`,
    /// `missing_field`, `invalid_field`, `input_too_large` (the text is over
    /// the parser's limit, or [`process_stream`]'s line is over its limit),
    /// `internal` (a bug: the parser panicked), or another of [`Error::kind`].
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

/// The default for [`process_stream`]'s `max_line_len`: 16 MiB, twice the
/// parser's default input limit, so that any text the parser takes fits in a
/// line with its escapes and metadata.
pub const DEFAULT_MAX_LINE_LEN: usize = 16 << 20;

/// Bytes of output lines gathered before they go to the writer.
const OUT_CHUNK: usize = 1 << 16;

/// A line buffer larger than this is freed after its line, not kept for the
/// next: one long line does not pin its memory for the rest of the run.
const KEEP_CARRY: usize = 1 << 20;

/// How [`process_stream`] failed: reading its input or writing its output.
/// Every line read before a read failure has its output line written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StreamError {
    /// Reading the input failed.
    #[error("cannot read the input: {0}")]
    Read(io::Error),
    /// Writing the output failed (a closed pipe, a full disk ...).
    #[error("cannot write the output: {0}")]
    Write(io::Error),
}

/// How an article's text becomes a report: [`Parser::parse`], or a stand-in
/// that tests use to make an article panic.
type ParseFn<'f> = &'f dyn Fn(&Parser, &str) -> Result<Report, Error>;

fn parse_text(parser: &Parser, text: &str) -> Result<Report, Error> {
    parser.parse(text)
}

/// Reads JSON Lines from `input` until its end and writes one output line
/// (with its newline) to `output` for each line that is not blank, in
/// order; then flushes `output`.
///
/// Memory stays flat however long the input: lines are read one at a time,
/// in place when they lie whole in `input`'s buffer, and output goes out in
/// 64 KiB chunks. A line longer than `max_line_len` bytes (its newline not
/// counted) is not held in memory: it is skipped in chunks up to its newline
/// and gets an error line `{"id": "line:N", "error": {"kind":
/// "input_too_large", ...}}` naming its length.
///
/// A line that cannot be read as an article gets an error line and the run
/// goes on (see the [module docs](self)); only an I/O failure stops it.
///
/// # Errors
/// [`StreamError::Read`] when `input` fails (the lines read before have
/// their output written first), [`StreamError::Write`] when `output` does.
///
/// # Example
/// ```
/// use milcoop::{jsonl, Parser};
/// let long = serde_json::json!({"id": 1, "text": "word ".repeat(100)}).to_string();
/// let input = format!("{{\"id\": 7, \"text\": \"Talks\\n\\nNone.\"}}\n \n{long}\n");
/// let mut out = Vec::new();
/// jsonl::process_stream(&Parser::new(), input.as_bytes(), &mut out, 100).unwrap();
/// let out = String::from_utf8(out).unwrap();
/// let lines: Vec<&str> = out.lines().collect();
/// assert_eq!(lines.len(), 2);
/// assert!(lines[0].starts_with(r#"{"id":7,"report":{"headline":"Talks""#));
/// assert!(lines[1].starts_with(r#"{"id":"line:3","error":{"kind":"input_too_large""#));
/// ```
pub fn process_stream(
    parser: &Parser,
    input: impl BufRead,
    output: impl Write,
    max_line_len: usize,
) -> Result<(), StreamError> {
    stream_with(parser, input, output, max_line_len, &parse_text)
}

fn stream_with(
    parser: &Parser,
    input: impl BufRead,
    output: impl Write,
    max_line_len: usize,
    parse: ParseFn,
) -> Result<(), StreamError> {
    let mut lines = Lines {
        parser,
        parse,
        line_no: 0,
        max_line_len,
        pending: Vec::with_capacity(2 * OUT_CHUNK),
        output,
    };
    let split = split_lines(input, max_line_len, |line| {
        let done = match line {
            RawLine::Text(bytes) => lines.line(bytes),
            RawLine::TooLong(len) => lines.too_long(len),
        };
        match done {
            Ok(()) => ControlFlow::Continue(()),
            Err(e) => ControlFlow::Break(e),
        }
    });
    match split {
        Ok(None) => lines.finish(),
        Ok(Some(e)) => Err(e),
        Err(e) => {
            // The lines read so far keep their output.
            lines.finish()?;
            Err(StreamError::Read(e))
        }
    }
}

/// One line of a JSON Lines input, as [`split_lines`] hands it over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RawLine<'a> {
    /// The line's bytes, without its `\n` (a final `\r` is kept).
    Text(&'a [u8]),
    /// A line longer than the cap, skipped unread: its length in bytes.
    TooLong(usize),
}

/// Splits `input` into lines and hands each to `each`, in order, with memory
/// bounded by `max_line_len`: a longer line is skipped in chunks and reported
/// as [`RawLine::TooLong`]. A last line without a newline counts; an empty
/// input has no lines. Stops early when `each` breaks, and returns its value.
///
/// This is the line reader of [`process_stream`], for tools that parse lines
/// elsewhere (on other threads, say).
///
/// # Example
/// ```
/// use milcoop::jsonl::{split_lines, RawLine};
/// use std::ops::ControlFlow;
/// let mut seen = Vec::new();
/// let input: &[u8] = b"{\"a\":1}\n0123456789\nlast";
/// let stop = split_lines(input, 8, |line| {
///     seen.push(match line {
///         RawLine::Text(b) => String::from_utf8_lossy(b).into_owned(),
///         RawLine::TooLong(n) => format!("<{n} bytes>"),
///         _ => unreachable!(),
///     });
///     ControlFlow::<()>::Continue(())
/// })?;
/// assert_eq!(stop, None);
/// assert_eq!(seen, ["{\"a\":1}", "<10 bytes>", "last"]);
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn split_lines<B>(
    mut input: impl BufRead,
    max_line_len: usize,
    mut each: impl FnMut(RawLine<'_>) -> ControlFlow<B>,
) -> io::Result<Option<B>> {
    // The start of a line that spans refills of `input`'s buffer.
    let mut carry = Vec::new();
    // The length so far of a line over the limit, which is being skipped.
    let mut skipping: Option<usize> = None;
    loop {
        let buf = match input.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            // The last line, without a newline.
            let last = match skipping {
                Some(len) => each(RawLine::TooLong(len)),
                None if !carry.is_empty() => each(RawLine::Text(&carry)),
                None => ControlFlow::Continue(()),
            };
            return Ok(match last {
                ControlFlow::Break(b) => Some(b),
                ControlFlow::Continue(()) => None,
            });
        }
        let (piece, used, ends) = match memchr::memchr(b'\n', buf) {
            Some(k) => (&buf[..k], k + 1, true),
            None => (buf, buf.len(), false),
        };
        match &mut skipping {
            Some(len) => *len += piece.len(),
            None if carry.len() + piece.len() > max_line_len => {
                skipping = Some(carry.len() + piece.len());
                carry = Vec::new();
            }
            None if !ends => carry.extend_from_slice(piece),
            None => {}
        }
        let mut flow = ControlFlow::Continue(());
        if ends {
            flow = match skipping.take() {
                Some(len) => each(RawLine::TooLong(len)),
                // The whole line lies in the buffer: read where it lies.
                None if carry.is_empty() => each(RawLine::Text(piece)),
                None => {
                    carry.extend_from_slice(piece);
                    let flow = each(RawLine::Text(&carry));
                    carry.clear();
                    if carry.capacity() > KEEP_CARRY {
                        carry = Vec::new();
                    }
                    flow
                }
            };
        }
        input.consume(used);
        if let ControlFlow::Break(b) = flow {
            return Ok(Some(b));
        }
    }
}

/// The output side of [`process_stream`].
struct Lines<'p, W> {
    parser: &'p Parser,
    parse: ParseFn<'p>,
    line_no: usize,
    max_line_len: usize,
    /// Output lines not yet written to `output`.
    pending: Vec<u8>,
    output: W,
}

impl<W: Write> Lines<'_, W> {
    /// Handles the next input line (without its newline).
    fn line(&mut self, line: &[u8]) -> Result<(), StreamError> {
        self.line_no += 1;
        if append_line_with(
            self.parser,
            line,
            self.line_no,
            &mut self.pending,
            self.parse,
        ) {
            self.pending.push(b'\n');
        }
        self.spill()
    }

    /// The next input line was over the limit: `len` bytes, skipped.
    fn too_long(&mut self, len: usize) -> Result<(), StreamError> {
        self.line_no += 1;
        let error = LineError::new(
            "input_too_large",
            format!(
                "the line is {len} bytes, over the limit of {} bytes; it was skipped unread",
                self.max_line_len
            ),
        );
        write_error(&Id::line(self.line_no), &error, &mut self.pending);
        self.pending.push(b'\n');
        self.spill()
    }

    fn spill(&mut self) -> Result<(), StreamError> {
        if self.pending.len() >= OUT_CHUNK {
            self.output
                .write_all(&self.pending)
                .map_err(StreamError::Write)?;
            self.pending.clear();
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), StreamError> {
        self.output
            .write_all(&self.pending)
            .and_then(|()| self.output.flush())
            .map_err(StreamError::Write)?;
        self.pending.clear();
        Ok(())
    }
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
/// let out = jsonl::process_line(&Parser::new(), r#"{"id": 2, "text": 42}"#, 2).unwrap();
/// assert_eq!(out, r#"{"id":2,"error":{"kind":"invalid_field","message":"'text' must be a string, found a number"}}"#);
/// assert_eq!(jsonl::process_line(&Parser::new(), " \t", 3), None);
/// ```
pub fn process_line(parser: &Parser, line: &str, line_no: usize) -> Option<String> {
    let mut out = Vec::new();
    append_str_line(parser, line, line_no, &mut out, &parse_text).then(|| into_string(out))
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
/// line was appended (a blank line gets none). Bytes already in `out` are
/// kept, even when the article panics.
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
    append_line_with(parser, line, line_no, out, &parse_text)
}

fn append_line_with(
    parser: &Parser,
    line: &[u8],
    line_no: usize,
    out: &mut Vec<u8>,
    parse: ParseFn,
) -> bool {
    match std::str::from_utf8(line) {
        Ok(s) => append_str_line(parser, s, line_no, out, parse),
        Err(e) => {
            let err = LineError::from(Error::InvalidUtf8 {
                offset: e.valid_up_to(),
            });
            write_error(&Id::line(line_no), &err, out);
            true
        }
    }
}

/// Only ASCII spaces and tabs, and a final CR.
fn is_blank(line: &str) -> bool {
    let b = line.as_bytes();
    let b = b.strip_suffix(b"\r").unwrap_or(b);
    b.iter().all(|&c| c == b' ' || c == b'\t')
}

fn append_str_line(
    parser: &Parser,
    line: &str,
    line_no: usize,
    out: &mut Vec<u8>,
    parse: ParseFn,
) -> bool {
    let line = match line_no {
        1 => line.strip_prefix('\u{feff}').unwrap_or(line),
        _ => line,
    };
    if is_blank(line) {
        return false;
    }
    let mark = out.len();
    // Set as soon as the id is read, for the error line of a panic.
    let mut id = None;
    let done = panic::catch_unwind(AssertUnwindSafe(|| {
        write_article(parser, line, line_no, out, parse, &mut id);
    }));
    if let Err(payload) = done {
        out.truncate(mark);
        let error = LineError::new(
            "internal",
            format!(
                "internal error: milcoop panicked on this article ({}); please report it, with the article",
                panic_message(&*payload)
            ),
        );
        write_error(&id.unwrap_or_else(|| Id::line(line_no)), &error, out);
    }
    true
}

/// The message a panic was raised with.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message")
}

fn write_article<'l>(
    parser: &Parser,
    line: &'l str,
    line_no: usize,
    out: &mut Vec<u8>,
    parse: ParseFn,
    id: &mut Option<Id<'l>>,
) {
    let fields = match serde_json::from_str::<Line>(line) {
        Ok(Line::Object(fields)) => fields,
        Ok(Line::Not(kind)) => {
            let error = LineError::new(
                "invalid_json",
                format!("expected a JSON object, found {kind}"),
            );
            return write_error(&Id::line(line_no), &error, out);
        }
        Err(e) => {
            let error = LineError::new("invalid_json", format!("invalid JSON: {e}"));
            return write_error(&Id::line(line_no), &error, out);
        }
    };
    let id = &*id.insert(
        fields
            .id
            .and_then(Id::read)
            .unwrap_or_else(|| Id::line(line_no)),
    );
    match read_article(parser, &fields) {
        Ok(article) => match parse(&article.parser, &article.text) {
            Ok(mut report) => {
                report.diagnostics.splice(0..0, article.notes);
                if let Err(e) = write_line(
                    out,
                    &ReportLine {
                        id,
                        report: &report,
                    },
                ) {
                    let error = LineError::new(
                        "internal",
                        format!("internal error: the report could not be written ({e}); please report it, with the article"),
                    );
                    write_error(id, &error, out);
                }
            }
            Err(e) => write_error(id, &LineError::from(e), out),
        },
        Err(error) => write_error(id, &error, out),
    }
}

/// serde_json writes UTF-8 only.
fn into_string(out: Vec<u8>) -> String {
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The id of an output line: as given in the input, or the line number.
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Id<'a> {
    Str(Cow<'a, str>),
    /// A JSON number exactly as written.
    Num(&'a RawValue),
}

impl<'a> Id<'a> {
    /// `"line:N"`.
    fn line(line_no: usize) -> Id<'static> {
        Id::Str(Cow::Owned(format!("line:{line_no}")))
    }

    /// The id a line gives, when it is a string or a number a double holds.
    fn read(raw: &'a RawValue) -> Option<Id<'a>> {
        match raw.get().as_bytes().first()? {
            b'"' => string(raw)?.ok().map(Id::Str),
            b'-' | b'0'..=b'9' => raw
                .get()
                .parse::<serde_json::Number>()
                .is_ok()
                .then_some(Id::Num(raw)),
            _ => None,
        }
    }
}

#[derive(Serialize)]
struct ReportLine<'a> {
    id: &'a Id<'a>,
    report: &'a Report,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a Id<'a>,
    error: &'a LineError,
}

/// Appends an error line. An id and two strings cannot fail to serialise.
fn write_error(id: &Id, error: &LineError, out: &mut Vec<u8>) {
    let _ = write_line(out, &ErrorLine { id, error });
}

/// Appends `line` as compact JSON; on an error (which serialising milcoop's
/// plain types into a vector never gives) `out` is left as it was.
fn write_line<T: Serialize>(out: &mut Vec<u8>, line: &T) -> Result<(), serde_json::Error> {
    let mark = out.len();
    serde_json::to_writer(&mut *out, line).inspect_err(|_| out.truncate(mark))
}

/// An input line as read: an object's four known fields (others are
/// skipped), or the kind of JSON value the line held instead.
enum Line<'a> {
    Object(Fields<'a>),
    Not(&'static str),
}

/// The known fields of an article line, each as the JSON text of its value;
/// a repeated key keeps its last value.
#[derive(Default)]
struct Fields<'a> {
    id: Option<&'a RawValue>,
    text: Option<&'a RawValue>,
    published: Option<&'a RawValue>,
    outlet_country: Option<&'a RawValue>,
}

/// The kind of JSON value `raw` holds, for messages.
fn kind(raw: &RawValue) -> &'static str {
    match raw.get().as_bytes().first() {
        Some(b'"') => "a string",
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

/// The string `raw` holds, borrowed when it has no escapes; `None` when it
/// is not a string, an error when an escape is not a character (a lone
/// surrogate).
fn string(raw: &RawValue) -> Option<Result<Cow<'_, str>, serde_json::Error>> {
    let json = raw.get();
    let inner = json.strip_prefix('"')?.strip_suffix('"')?;
    if !inner.contains('\\') {
        // serde_json checked it: no quote, no control character inside.
        return Some(Ok(Cow::Borrowed(inner)));
    }
    Some(serde_json::from_str::<String>(json).map(Cow::Owned))
}

/// What serde_json says is wrong, without its position (which counts in the
/// value, not in the line).
fn describe(e: &serde_json::Error) -> String {
    let mut s = e.to_string();
    let at = format!(" at line {} column {}", e.line(), e.column());
    if let Some(n) = s.strip_suffix(&at).map(str::len) {
        s.truncate(n);
    }
    s
}

/// An article line's text and the parser its metadata set up.
struct Article<'a> {
    text: Cow<'a, str>,
    parser: Parser,
    /// Diagnostics about metadata that was ignored.
    notes: Vec<Diagnostic>,
}

/// At most `n` characters of `s`, for messages.
fn clip(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

fn read_article<'a>(parser: &Parser, fields: &Fields<'a>) -> Result<Article<'a>, LineError> {
    let Some(raw) = fields.text else {
        return Err(LineError::new(
            "missing_field",
            "the article has no 'text' field",
        ));
    };
    let text = match string(raw) {
        Some(Ok(text)) => text,
        Some(Err(e)) => {
            return Err(LineError::new(
                "invalid_field",
                format!(
                    "'text' holds a lone surrogate escape (such as \\ud800), which is not a character: {}",
                    describe(&e)
                ),
            ))
        }
        None => {
            return Err(LineError::new(
                "invalid_field",
                format!("'text' must be a string, found {}", kind(raw)),
            ))
        }
    };
    let mut p = parser.clone();
    let mut notes = Vec::new();
    let mut note = |kind, message: String| {
        notes.push(Diagnostic::new(kind, message, Span::new(0, 0)));
    };
    match fields.published.map(|raw| (raw, string(raw))) {
        None => {}
        Some((raw, _)) if kind(raw) == "null" => {}
        Some((_, Some(Ok(s)))) => match read_published(&s) {
            Some(date) => p = p.published(date),
            None => note(
                DiagnosticKind::InvalidPublished,
                format!(
                    "published date '{}' is neither YYYY-MM-DD nor an RFC 3339 timestamp; ignored",
                    clip(&s, 32)
                ),
            ),
        },
        Some((_, Some(Err(e)))) => note(
            DiagnosticKind::InvalidPublished,
            format!(
                "published date is not a valid string ({}); ignored",
                describe(&e)
            ),
        ),
        Some((raw, None)) => note(
            DiagnosticKind::InvalidPublished,
            format!(
                "published date must be a YYYY-MM-DD or RFC 3339 string, found {}; ignored",
                kind(raw)
            ),
        ),
    }
    match fields.outlet_country.map(|raw| (raw, string(raw))) {
        None => {}
        Some((raw, _)) if kind(raw) == "null" => {}
        Some((_, Some(Ok(s)))) => match Country::from_alpha2(&s) {
            Some(c) => p = p.outlet_country(c),
            None => note(
                DiagnosticKind::UnknownOutletCountry,
                format!(
                    "outlet country '{}' is not an ISO 3166-1 alpha-2 code; ignored",
                    clip(&s, 16)
                ),
            ),
        },
        Some((_, Some(Err(e)))) => note(
            DiagnosticKind::UnknownOutletCountry,
            format!(
                "outlet country is not a valid string ({}); ignored",
                describe(&e)
            ),
        ),
        Some((raw, None)) => note(
            DiagnosticKind::UnknownOutletCountry,
            format!(
                "outlet country must be an alpha-2 code string, found {}; ignored",
                kind(raw)
            ),
        ),
    }
    Ok(Article {
        text,
        parser: p,
        notes,
    })
}

/// A `YYYY-MM-DD` date, or the date of an RFC 3339 timestamp as written
/// (`2024-02-03T23:30:00-05:00` is 3 February).
fn read_published(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .or_else(|| DateTime::parse_from_rfc3339(s).ok().map(|t| t.date_naive()))
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
