//! Reading the inputs: files and standard input, as JSON Lines, JSON or
//! plain text, into [`Item`]s in input order.
//!
//! JSON Lines are split as `milcoop::jsonl::process_stream` splits them (a
//! line is read where it lies in the read buffer; a line over the limit is
//! skipped in pieces, never held in memory); each line then goes through the
//! library's `milcoop::jsonl::append_line` in a worker.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::Arc;

use milcoop::jsonl::{self, RawLine};

use serde_json::value::RawValue;

/// Bytes read at a time.
const IO_BUFFER: usize = 1 << 16;

/// How an input is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// By extension: `.jsonl` and `.ndjson` are JSON Lines, `.json` is JSON,
    /// anything else is plain text; standard input is JSON Lines when its
    /// first character (after white space) is `{` or it is empty, plain
    /// text otherwise.
    Auto,
    /// One article object per line.
    Jsonl,
    /// A JSON document: an article object, an array of them, or several
    /// objects one after another (JSON Lines too). A file that is not valid
    /// JSON as a whole is read as JSON Lines, each bad line getting its
    /// error record.
    Json,
    /// One article per file; the file name is its id.
    Text,
}

/// An input named on the command line.
#[derive(Debug, Clone)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    pub fn from_arg(arg: PathBuf) -> Source {
        if arg.as_os_str() == "-" {
            Source::Stdin
        } else {
            Source::File(arg)
        }
    }

    /// The name used in ids, error records and messages.
    pub fn name(&self) -> Arc<str> {
        match self {
            Source::Stdin => Arc::from("-"),
            Source::File(p) => Arc::from(p.to_string_lossy().as_ref()),
        }
    }

    /// Its size in bytes when it is a regular file.
    pub fn size(&self) -> Option<u64> {
        match self {
            Source::Stdin => None,
            Source::File(p) => std::fs::metadata(p)
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len()),
        }
    }

    fn format(&self, asked: InputFormat) -> InputFormat {
        match (asked, self) {
            (InputFormat::Auto, Source::File(p)) => {
                match p
                    .extension()
                    .and_then(|e| e.to_str())
                    .map(str::to_ascii_lowercase)
                {
                    Some(e) if e == "jsonl" || e == "ndjson" => InputFormat::Jsonl,
                    Some(e) if e == "json" => InputFormat::Json,
                    _ => InputFormat::Text,
                }
            }
            (asked, _) => asked,
        }
    }
}

/// One unit of work, in input order.
#[derive(Debug)]
pub struct Item {
    /// The input it comes from ("-" for standard input).
    pub file: Arc<str>,
    pub kind: ItemKind,
}

#[derive(Debug)]
pub enum ItemKind {
    /// A JSON article (a line of JSON Lines, or a value of a JSON document)
    /// starting on line `line_no`.
    Json { line_no: usize, bytes: Vec<u8> },
    /// A line over the limit, skipped unread.
    TooLong { line_no: usize, len: usize },
    /// A plain-text article: the whole file.
    Text { bytes: Vec<u8> },
    /// A plain-text file or JSON document over the limit, skipped unread.
    FileTooLarge { limit: usize },
    /// The input could not be read (from here on).
    Unreadable { error: String },
}

impl Item {
    /// Input bytes it stands for, for progress.
    pub fn weight(&self) -> u64 {
        match &self.kind {
            ItemKind::Json { bytes, .. } | ItemKind::Text { bytes } => bytes.len() as u64 + 1,
            ItemKind::TooLong { len, .. } => *len as u64 + 1,
            ItemKind::FileTooLarge { .. } | ItemKind::Unreadable { .. } => 0,
        }
    }
}

/// The consumer has stopped (the output failed): stop reading.
pub struct Stop;

/// Limits on what is held in memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A JSON Lines line (and a JSON document) over this is skipped unread.
    pub max_line_len: usize,
    /// A plain-text file over this is skipped unread.
    pub max_input_len: usize,
}

/// Reads `source` and hands each item to `emit`, in order.
pub fn read_source(
    source: &Source,
    asked: InputFormat,
    limits: Limits,
    emit: &mut dyn FnMut(Item) -> Result<(), Stop>,
) -> Result<(), Stop> {
    let file = source.name();
    let unreadable = |e: io::Error| Item {
        file: file.clone(),
        kind: ItemKind::Unreadable {
            error: e.to_string(),
        },
    };
    let mut input: Box<dyn BufRead> = match source {
        Source::Stdin => Box::new(BufReader::with_capacity(IO_BUFFER, io::stdin().lock())),
        Source::File(p) => match File::open(p) {
            Ok(f) => Box::new(BufReader::with_capacity(IO_BUFFER, f)),
            Err(e) => return emit(unreadable(e)),
        },
    };
    let mut format = source.format(asked);
    if format == InputFormat::Auto {
        // Standard input: look at its first character.
        format = match sniff(&mut input) {
            Ok(true) => InputFormat::Jsonl,
            Ok(false) => InputFormat::Text,
            Err(e) => return emit(unreadable(e)),
        };
    }
    let result = match format {
        InputFormat::Jsonl | InputFormat::Auto => {
            split_lines(&mut input, 1, limits.max_line_len, &file, emit)
        }
        InputFormat::Json => read_json(&mut input, limits.max_line_len, &file, emit),
        InputFormat::Text => read_at_most(&mut input, limits.max_input_len).map(|text| {
            let kind = match text {
                Some(bytes) => ItemKind::Text { bytes },
                None => ItemKind::FileTooLarge {
                    limit: limits.max_input_len,
                },
            };
            emit(Item {
                file: file.clone(),
                kind,
            })
            .err()
        }),
    };
    match result {
        Ok(None) => Ok(()),
        Ok(Some(stop)) => Err(stop),
        Err(e) => emit(unreadable(e)),
    }
}

/// Whether the input reads as JSON Lines: its first character after white
/// space is `{`, or there is none (an empty input has no articles).
fn sniff(input: &mut dyn BufRead) -> io::Result<bool> {
    loop {
        let buf = match input.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let buf = buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(buf);
        // A first buffer of white space only counts as empty.
        return Ok(buf
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_none_or(|&b| b == b'{'));
    }
}

/// At most `limit` bytes of `input`; `None` when it holds more.
fn read_at_most(input: &mut dyn BufRead, limit: usize) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    input.take(cap).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= limit).then_some(bytes))
}

/// Splits JSON Lines into items (the library's [`split_lines`]); line
/// numbers start at `first_line`. `Ok(Some(Stop))` when the consumer stopped.
fn split_lines(
    input: &mut dyn BufRead,
    first_line: usize,
    max_line_len: usize,
    file: &Arc<str>,
    emit: &mut dyn FnMut(Item) -> Result<(), Stop>,
) -> io::Result<Option<Stop>> {
    let mut line_no = first_line - 1;
    jsonl::split_lines(input, max_line_len, |line| {
        line_no += 1;
        let kind = match line {
            RawLine::TooLong(len) => ItemKind::TooLong { line_no, len },
            // Blank lines get no output; the worker tells them apart (the
            // library's rule), so they are passed on like any other line.
            RawLine::Text(bytes) => ItemKind::Json {
                line_no,
                bytes: bytes.to_vec(),
            },
            _ => return ControlFlow::Continue(()),
        };
        match emit(Item {
            file: file.clone(),
            kind,
        }) {
            Ok(()) => ControlFlow::Continue(()),
            Err(stop) => ControlFlow::Break(stop),
        }
    })
}

/// A JSON document: each top-level value (an array's elements) is an
/// article; when the document is not valid JSON, its lines are read as JSON
/// Lines instead.
fn read_json(
    input: &mut dyn BufRead,
    max_len: usize,
    file: &Arc<str>,
    emit: &mut dyn FnMut(Item) -> Result<(), Stop>,
) -> io::Result<Option<Stop>> {
    let Some(bytes) = read_at_most(input, max_len)? else {
        return Ok(emit(Item {
            file: file.clone(),
            kind: ItemKind::FileTooLarge { limit: max_len },
        })
        .err());
    };
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let Some(values) = json_values(body) else {
        return split_lines(&mut &bytes[..], 1, max_len, file, emit);
    };
    // Line numbers as counted from the start of the document.
    let mut line_no = 1;
    let mut counted = 0;
    for (start, end) in values {
        line_no += body[counted..start].iter().filter(|&&b| b == b'\n').count();
        counted = start;
        let item = Item {
            file: file.clone(),
            kind: ItemKind::Json {
                line_no,
                bytes: body[start..end].to_vec(),
            },
        };
        if let Err(stop) = emit(item) {
            return Ok(Some(stop));
        }
    }
    Ok(None)
}

/// The byte ranges of the articles in a JSON document: its top-level values,
/// an array standing for its elements; `None` when it is not valid JSON.
fn json_values(body: &[u8]) -> Option<Vec<(usize, usize)>> {
    let base = body.as_ptr() as usize;
    let range = |raw: &RawValue| {
        let start = raw.get().as_ptr() as usize - base;
        (start, start + raw.get().len())
    };
    let mut out = Vec::new();
    for value in serde_json::Deserializer::from_slice(body).into_iter::<&RawValue>() {
        let value = value.ok()?;
        if value.get().starts_with('[') {
            let items: Vec<&RawValue> = serde_json::from_str(value.get()).ok()?;
            out.extend(items.into_iter().map(range));
        } else {
            out.push(range(value));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(input: &[u8], format: InputFormat, max: usize) -> Vec<ItemKind> {
        let mut out = Vec::new();
        let mut emit = |i: Item| {
            out.push(i.kind);
            Ok(())
        };
        let file: Arc<str> = Arc::from("t");
        let _ = match format {
            InputFormat::Json => read_json(&mut &input[..], max, &file, &mut emit),
            _ => split_lines(&mut &input[..], 1, max, &file, &mut emit),
        };
        out
    }

    #[test]
    fn lines_over_the_limit_are_skipped_and_numbered() {
        let got = items(b"{\"a\":1}\n0123456789\n\n{}", InputFormat::Jsonl, 8);
        assert!(matches!(&got[0], ItemKind::Json { line_no: 1, bytes } if bytes == b"{\"a\":1}"));
        assert!(matches!(
            got[1],
            ItemKind::TooLong {
                line_no: 2,
                len: 10
            }
        ));
        assert!(matches!(&got[2], ItemKind::Json { line_no: 3, bytes } if bytes.is_empty()));
        assert!(matches!(&got[3], ItemKind::Json { line_no: 4, bytes } if bytes == b"{}"));
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn a_json_document_gives_its_objects_with_their_line_numbers() {
        let doc = b"[\n {\"id\": 1},\n {\"id\": 2}\n]\n{\n\"id\": 3\n}\n";
        let got = items(doc, InputFormat::Json, 1000);
        let lines: Vec<usize> = got
            .iter()
            .map(|k| match k {
                ItemKind::Json { line_no, .. } => *line_no,
                _ => 0,
            })
            .collect();
        assert_eq!(lines, [2, 3, 5]);
        // Not JSON as a whole: read line by line.
        let got = items(b"{\"id\": 1}\nnot json\n", InputFormat::Json, 1000);
        assert_eq!(got.len(), 2);
    }
}
