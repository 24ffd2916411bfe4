//! The native part of the `milcoop` Python package.
//!
//! Python imports it as `milcoop._milcoop`; the package `milcoop`
//! (`python/milcoop/`) wraps it and is what users call: `parse` (one
//! article to a dict), `parse_many` (many, on every core, in input order)
//! and `parse_arrow` (a pyarrow `RecordBatch` of articles to one of reports
//! and, on request, flat record tables).
//!
//! Three rules hold for every function here:
//!
//! * **The GIL is released while articles are parsed** ([`Python::detach`]),
//!   so other Python threads run meanwhile, and batches are parsed on
//!   several threads of their own (`run_parallel`).
//! * **No panic crosses into Python**: every article is parsed under
//!   [`std::panic::catch_unwind`] (`guarded`), and a panic (a bug: milcoop
//!   never means to panic) becomes a `milcoop.ParseError` of kind
//!   `internal` for that article, as it becomes an `internal` error line in
//!   the library's JSON Lines interface. The interpreter goes on.
//! * **Reports are the output contract's JSON**, the very bytes that
//!   `serde_json` writes for a [`Report`]; the Python side turns them into
//!   dicts. The Arrow path goes through the library's JSON Lines interface
//!   ([`milcoop::jsonl::append_line`]) so that a row's report, its error
//!   and the handling of its `published` and `outlet_country` are exactly
//!   what `extract --jsonl` writes for the same article.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::borrow::Cow;
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use chrono::{DateTime, Datelike, NaiveDate};
use milcoop::{jsonl, Country, Error, Parser, RecordKind, Report};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString, PyTuple};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

create_exception!(
    milcoop,
    ParseError,
    PyValueError,
    "An article or an argument milcoop cannot read.\n\n\
     ``str(err)`` is the library's message; ``err.kind`` its stable name\n\
     (``invalid_utf8``, ``input_too_large``, ``unknown_country``,\n\
     ``invalid_date``, or ``internal`` for a bug in milcoop);\n\
     ``err.offset`` the byte offset of invalid UTF-8 (else None);\n\
     ``err.index`` the position of the failing text in ``parse_many``\n\
     (else None)."
);

/// Articles a thread of [`run_parallel`] takes at a time.
const CHUNK: usize = 16;

/// Why an article or an argument could not be read: the library's
/// [`Error`], or a panic.
#[derive(Debug)]
struct Failure {
    /// [`Error::kind`], or `internal`.
    kind: Cow<'static, str>,
    /// The library's message.
    message: String,
    /// The byte offset of invalid UTF-8.
    offset: Option<usize>,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        let offset = match e {
            Error::InvalidUtf8 { offset } => Some(offset),
            _ => None,
        };
        Failure {
            kind: Cow::Borrowed(e.kind()),
            message: e.to_string(),
            offset,
        }
    }
}

impl Failure {
    /// A panic caught while an article was parsed.
    fn panic(payload: &(dyn std::any::Any + Send)) -> Failure {
        let what = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("no message");
        Failure::internal(format!(
            "internal error: milcoop panicked on this article ({what}); please report it, with the article"
        ))
    }

    fn internal(message: String) -> Failure {
        Failure {
            kind: Cow::Borrowed("internal"),
            message,
            offset: None,
        }
    }

    /// The `milcoop.ParseError` to raise; `index` is the text's position
    /// in a `parse_many` call.
    fn into_err(self, py: Python<'_>, index: Option<usize>) -> PyErr {
        let err = ParseError::new_err(self.message);
        let value = err.value(py);
        let set = value
            .setattr("kind", self.kind.as_ref())
            .and_then(|()| value.setattr("offset", self.offset))
            .and_then(|()| value.setattr("index", index));
        match set {
            Ok(()) => err,
            Err(e) => e,
        }
    }
}

/// Runs `f` and turns a panic into [`Failure`] of kind `internal`.
fn guarded<R>(f: impl FnOnce() -> Result<R, Failure>) -> Result<R, Failure> {
    panic::catch_unwind(AssertUnwindSafe(f))
        .unwrap_or_else(|payload| Err(Failure::panic(&*payload)))
}

/// An article's text as Python gave it, readable without the GIL.
enum Text {
    Str(PyBackedStr),
    /// `bytes` or `bytearray` (copied), or a `str` that holds a lone surrogate (which UTF-8
    /// cannot encode), encoded with `surrogatepass`: the library then
    /// reports the offset of the first invalid byte.
    Bytes(PyBackedBytes),
}

impl Text {
    fn read(obj: &Bound<'_, PyAny>) -> PyResult<Text> {
        if let Ok(s) = obj.cast::<PyString>() {
            return match PyBackedStr::try_from(s.clone()) {
                Ok(text) => Ok(Text::Str(text)),
                Err(_) => {
                    let bytes = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
                    Ok(Text::Bytes(bytes.extract()?))
                }
            };
        }
        if obj.is_instance_of::<PyBytes>() || obj.is_instance_of::<PyByteArray>() {
            return Ok(Text::Bytes(obj.extract()?));
        }
        Err(PyTypeError::new_err(format!(
            "text must be str or bytes, not {}",
            type_name(obj)
        )))
    }

    fn parse(&self, parser: &Parser) -> Result<Report, Error> {
        match self {
            Text::Str(s) => parser.parse(s),
            Text::Bytes(b) => parser.parse_bytes(b),
        }
    }
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".to_owned(), |n| n.to_string())
}

/// A `published` date as the library's JSON Lines interface reads one:
/// `YYYY-MM-DD`, or the date of an RFC 3339 timestamp as written.
fn read_published(s: &str) -> Result<NaiveDate, Failure> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .or_else(|| DateTime::parse_from_rfc3339(s).ok().map(|t| t.date_naive()))
        .ok_or_else(|| {
            Failure::from(Error::InvalidDate {
                text: s.chars().take(32).collect(),
            })
        })
}

/// The record kinds named (`meetings`, `cooperation_plans`, `exercises`,
/// `statistics`).
fn record_kinds(names: &[String]) -> PyResult<Vec<RecordKind>> {
    names
        .iter()
        .map(|name| match name.as_str() {
            "meetings" => Ok(RecordKind::Meetings),
            "cooperation_plans" => Ok(RecordKind::CooperationPlans),
            "exercises" => Ok(RecordKind::Exercises),
            "statistics" => Ok(RecordKind::Statistics),
            other => Err(PyValueError::new_err(format!(
                "unknown record kind '{other}', expected some of 'meetings', \
                 'cooperation_plans', 'exercises', 'statistics'"
            ))),
        })
        .collect()
}

/// The parser for `kinds` (all when `None`).
fn base_parser(kinds: Option<Vec<String>>) -> PyResult<Parser> {
    Ok(match kinds {
        Some(names) => Parser::new().record_kinds(&record_kinds(&names)?),
        None => Parser::new(),
    })
}

/// `base` with an article's publication date and outlet country, which
/// must be readable.
fn with_metadata(
    base: &Parser,
    published: Option<&str>,
    outlet_country: Option<&str>,
) -> Result<Parser, Failure> {
    let mut parser = base.clone();
    if let Some(s) = published {
        parser = parser.published(read_published(s)?);
    }
    if let Some(s) = outlet_country {
        parser = parser.outlet_country(s.parse::<Country>()?);
    }
    Ok(parser)
}

/// The report's JSON, as the output contract has it.
fn report_json(report: &Report) -> Result<String, Failure> {
    serde_json::to_string(report).map_err(|e| {
        Failure::internal(format!(
            "internal error: the report could not be written ({e}); please report it, with the article"
        ))
    })
}

/// The number of threads: `requested`, or one per core.
fn thread_count(requested: Option<usize>) -> PyResult<usize> {
    match requested {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(thread::available_parallelism().map_or(1, NonZeroUsize::get)),
    }
}

/// `f(i, &items[i])` for every item, on up to `threads` threads, results in
/// input order. Threads take [`CHUNK`] items at a time from a shared
/// counter, so a run of long articles does not hold up the others.
fn run_parallel<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(usize, &T) -> R + Sync,
) -> Vec<R> {
    let threads = threads.min(items.len().div_ceil(CHUNK));
    if threads <= 1 {
        return items.iter().enumerate().map(|(i, t)| f(i, t)).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let start = next.fetch_add(CHUNK, Ordering::Relaxed);
            if start >= items.len() {
                return done;
            }
            let end = (start + CHUNK).min(items.len());
            let results: Vec<R> = (start..end).map(|i| f(i, &items[i])).collect();
            done.push((start, results));
        }
    };
    let mut chunks: Vec<(usize, Vec<R>)> = thread::scope(|s| {
        let workers: Vec<_> = (0..threads).map(|_| s.spawn(work)).collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|p| panic::resume_unwind(p)))
            .collect()
    });
    chunks.sort_unstable_by_key(|(start, _)| *start);
    chunks.into_iter().flat_map(|(_, r)| r).collect()
}

/// One article: its report's JSON, or `milcoop.ParseError`.
#[pyfunction]
#[pyo3(signature = (text, published=None, outlet_country=None, kinds=None))]
fn parse_json(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    published: Option<String>,
    outlet_country: Option<String>,
    kinds: Option<Vec<String>>,
) -> PyResult<String> {
    let base = base_parser(kinds)?;
    let text = Text::read(text)?;
    py.detach(|| {
        guarded(|| {
            let parser = with_metadata(&base, published.as_deref(), outlet_country.as_deref())?;
            report_json(&text.parse(&parser)?)
        })
    })
    .map_err(|f| f.into_err(py, None))
}

/// A metadata argument of `parse_many`: one value for every text, or one
/// per text.
enum Meta {
    One(Option<String>),
    Each(Vec<Option<String>>),
}

impl Meta {
    fn read(obj: Option<&Bound<'_, PyAny>>, n: usize, what: &str) -> PyResult<Meta> {
        let Some(obj) = obj else {
            return Ok(Meta::One(None));
        };
        if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
            let each: Vec<Option<String>> = obj.extract()?;
            if each.len() != n {
                return Err(PyValueError::new_err(format!(
                    "{what} has {} values for {n} texts",
                    each.len()
                )));
            }
            return Ok(Meta::Each(each));
        }
        Ok(Meta::One(Some(obj.extract()?)))
    }

    fn get(&self, i: usize) -> Option<&str> {
        match self {
            Meta::One(v) => v.as_deref(),
            Meta::Each(v) => v.get(i).and_then(Option::as_deref),
        }
    }
}

/// Many articles, on `threads` threads without the GIL: their reports' JSON
/// in input order, or `milcoop.ParseError` for the first that fails (its
/// `index` set).
#[pyfunction]
#[pyo3(signature = (texts, published=None, outlet_country=None, kinds=None, threads=None))]
fn parse_many_json(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    outlet_country: Option<&Bound<'_, PyAny>>,
    kinds: Option<Vec<String>>,
    threads: Option<usize>,
) -> PyResult<Vec<String>> {
    let base = base_parser(kinds)?;
    let threads = thread_count(threads)?;
    let texts = texts
        .try_iter()?
        .map(|t| Text::read(&t?))
        .collect::<PyResult<Vec<Text>>>()?;
    let published = Meta::read(published, texts.len(), "published")?;
    let outlet_country = Meta::read(outlet_country, texts.len(), "outlet_country")?;
    let results = py.detach(|| {
        run_parallel(&texts, threads, |i, text| {
            guarded(|| {
                let parser = with_metadata(&base, published.get(i), outlet_country.get(i))?;
                report_json(&text.parse(&parser)?)
            })
        })
    });
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.map_err(|f| f.into_err(py, Some(i))))
        .collect()
}

/// Defines, for each flat table, a column-wise struct (`Vec` per column),
/// the struct of one row (so that a row cannot miss a column), and
/// [`Tables`], which holds them all.
macro_rules! tables {
    ($($table:ident: $columns:ident / $row:ident { $($col:ident: $ty:ty),* $(,)? })*) => {
        $(
            #[doc = concat!("The `", stringify!($table), "` table, column by column.")]
            #[derive(Default)]
            struct $columns {
                $($col: Vec<$ty>,)*
            }

            #[doc = concat!("One row of the `", stringify!($table), "` table.")]
            struct $row {
                $($col: $ty,)*
            }

            impl $columns {
                fn push(&mut self, row: $row) {
                    $(self.$col.push(row.$col);)*
                }

                fn append(&mut self, other: $columns) {
                    $(self.$col.extend(other.$col);)*
                }

                fn into_dict(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
                    let d = PyDict::new(py);
                    $(d.set_item(stringify!($col), self.$col)?;)*
                    Ok(d)
                }
            }
        )*

        /// Every flat table of a batch, or of one article.
        #[derive(Default)]
        struct Tables {
            $($table: $columns,)*
        }

        impl Tables {
            fn append(&mut self, other: Tables) {
                $(self.$table.append(other.$table);)*
            }

            /// `{table: {column: [values]}}`.
            fn into_dict(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
                let d = PyDict::new(py);
                $(d.set_item(stringify!($table), self.$table.into_dict(py)?)?;)*
                Ok(d)
            }
        }
    };
}

// `row` is the article's position in the batch (the Python side puts its
// id there); record and participant numbers count from 0 as the report's
// arrays do; `start` and `end` are byte offsets into the text; `date` is in
// days since 1970-01-01 (Arrow's date32).
tables! {
    articles: Articles / ArticleRow {
        row: usize,
        headline: Option<String>,
        meetings: Option<usize>,
        cooperation_plans: Option<usize>,
        exercises: Option<usize>,
        statistics: Option<usize>,
        diagnostics: Option<usize>,
        error_kind: Option<String>,
    }
    meetings: Meetings / MeetingRow {
        row: usize,
        meeting: usize,
        date_text: Option<String>,
        date: Option<i32>,
        location: Option<String>,
        participants: Vec<String>,
        start: usize,
        end: usize,
    }
    participants: Participants / ParticipantRow {
        row: usize,
        meeting: usize,
        participant: usize,
        name: String,
        role: Option<String>,
        country: Option<&'static str>,
        start: usize,
        end: usize,
    }
    plans: Plans / PlanRow {
        row: usize,
        plan: usize,
        name: String,
        duration_years: Option<u32>,
        year_start: Option<i32>,
        year_end: Option<i32>,
        fields: Vec<String>,
        parties: Vec<&'static str>,
        start: usize,
        end: usize,
    }
    exercises: Exercises / ExerciseRow {
        row: usize,
        exercise: usize,
        name: String,
        year: Option<i32>,
        since_year: Option<i32>,
        location: Option<String>,
        participants: Vec<&'static str>,
        start: usize,
        end: usize,
    }
    statistics: Statistics / StatisticRow {
        row: usize,
        statistic: usize,
        value: f64,
        metric: String,
        year_start: i32,
        year_end: i32,
        start: usize,
        end: usize,
    }
    diagnostics: Diagnostics / DiagnosticRow {
        row: usize,
        diagnostic: usize,
        kind: &'static str,
        message: String,
        start: usize,
        end: usize,
    }
    errors: Errors / ErrorRow {
        row: usize,
        kind: String,
        message: String,
    }
}

/// Days from 0001-01-01 (day 1 of the common era) to 1970-01-01.
const UNIX_EPOCH_FROM_CE: i32 = 719_163;

/// The flat rows of one article's report, the article being row `row`.
fn flatten(row: usize, report: Report, t: &mut Tables) {
    t.articles.push(ArticleRow {
        row,
        headline: report.headline,
        meetings: Some(report.meetings.len()),
        cooperation_plans: Some(report.cooperation_plans.len()),
        exercises: Some(report.exercises.len()),
        statistics: Some(report.statistics.len()),
        diagnostics: Some(report.diagnostics.len()),
        error_kind: None,
    });
    for (i, m) in report.meetings.into_iter().enumerate() {
        let names = m.participants.iter().map(|p| p.name.clone()).collect();
        for (j, p) in m.participants.into_iter().enumerate() {
            t.participants.push(ParticipantRow {
                row,
                meeting: i,
                participant: j,
                name: p.name,
                role: p.role,
                country: p.country.map(|c| c.alpha2()),
                start: p.span.start,
                end: p.span.end,
            });
        }
        let (date_text, date) = match m.date {
            Some(d) => (
                Some(d.text),
                d.resolved
                    .map(|d| d.num_days_from_ce() - UNIX_EPOCH_FROM_CE),
            ),
            None => (None, None),
        };
        t.meetings.push(MeetingRow {
            row,
            meeting: i,
            date_text,
            date,
            location: m.location,
            participants: names,
            start: m.span.start,
            end: m.span.end,
        });
    }
    for (i, p) in report.cooperation_plans.into_iter().enumerate() {
        t.plans.push(PlanRow {
            row,
            plan: i,
            name: p.name,
            duration_years: p.duration_years,
            year_start: p.years.map(|y| y.start()),
            year_end: p.years.map(|y| y.end()),
            fields: p.fields,
            parties: p.parties.iter().map(Country::alpha2).collect(),
            start: p.span.start,
            end: p.span.end,
        });
    }
    for (i, e) in report.exercises.into_iter().enumerate() {
        t.exercises.push(ExerciseRow {
            row,
            exercise: i,
            name: e.name,
            year: e.year,
            since_year: e.since_year,
            location: e.location,
            participants: e.participants.iter().map(Country::alpha2).collect(),
            start: e.span.start,
            end: e.span.end,
        });
    }
    for (i, s) in report.statistics.into_iter().enumerate() {
        t.statistics.push(StatisticRow {
            row,
            statistic: i,
            value: s.value,
            metric: s.metric,
            year_start: s.years.start(),
            year_end: s.years.end(),
            start: s.span.start,
            end: s.span.end,
        });
    }
    for (i, d) in report.diagnostics.into_iter().enumerate() {
        t.diagnostics.push(DiagnosticRow {
            row,
            diagnostic: i,
            kind: d.kind.as_str(),
            message: d.message,
            start: d.span.start,
            end: d.span.end,
        });
    }
}

/// An article line for [`jsonl::append_line`]. A null (absent) value is
/// left out: a row without a text is a line without one.
#[derive(Serialize)]
struct LineIn<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet_country: Option<&'a str>,
}

/// The output line of [`jsonl::append_line`]: the report as written, or the error.
#[derive(Deserialize)]
struct LineOut<'a> {
    #[serde(borrow)]
    report: Option<&'a RawValue>,
    error: Option<LineErrorOut>,
}

#[derive(Deserialize)]
struct LineErrorOut {
    kind: String,
    message: String,
}

/// One row of a batch, done: the report's JSON or the error, and the flat
/// rows when asked for.
struct RowOut {
    report: Option<String>,
    error: Option<(String, String)>,
    tables: Tables,
}

/// Parses row `row` as `extract --jsonl` parses the same article's line.
fn parse_row(
    base: &Parser,
    row: usize,
    text: Option<&str>,
    published: Option<&str>,
    outlet_country: Option<&str>,
    tables: bool,
) -> RowOut {
    let mut tabled = Tables::default();
    let done = guarded(|| {
        let line = serde_json::to_vec(&LineIn {
            text,
            published,
            outlet_country,
        })
        .map_err(|e| Failure::internal(format!("internal error: {e}")))?;
        let mut out = Vec::with_capacity(line.len() / 2 + 256);
        // The line number only names lines without an id, which these are
        // not asked for: the id stays in the batch.
        jsonl::append_line(base, &line, 1, &mut out);
        let read: LineOut<'_> = serde_json::from_slice(&out)
            .map_err(|e| Failure::internal(format!("internal error: {e}")))?;
        match (read.report, read.error) {
            (Some(raw), _) => {
                if tables {
                    let report: Report = serde_json::from_str(raw.get())
                        .map_err(|e| Failure::internal(format!("internal error: {e}")))?;
                    flatten(row, report, &mut tabled);
                }
                Ok(Ok(raw.get().to_owned()))
            }
            (None, Some(e)) => Ok(Err((e.kind, e.message))),
            (None, None) => Err(Failure::internal(
                "internal error: an output line without report or error".to_owned(),
            )),
        }
    });
    let (report, error) = match done {
        Ok(Ok(report)) => (Some(report), None),
        Ok(Err(e)) => (None, Some(e)),
        Err(f) => {
            tabled = Tables::default();
            (None, Some((f.kind.into_owned(), f.message)))
        }
    };
    if let (true, Some((kind, message))) = (tables, &error) {
        tabled.articles.push(ArticleRow {
            row,
            headline: None,
            meetings: None,
            cooperation_plans: None,
            exercises: None,
            statistics: None,
            diagnostics: None,
            error_kind: Some(kind.clone()),
        });
        tabled.errors.push(ErrorRow {
            row,
            kind: kind.clone(),
            message: message.clone(),
        });
    }
    RowOut {
        report,
        error,
        tables: tabled,
    }
}

/// Row `i`'s value of an optional column.
fn cell(column: &Option<Vec<Option<PyBackedStr>>>, i: usize) -> Option<&str> {
    column.as_ref()?.get(i)?.as_deref()
}

/// What `parse_rows` returns: reports, error kinds, error messages (one
/// each per row) and, when asked for, the flat tables.
type Rows<'py> = (
    Vec<Option<String>>,
    Vec<Option<String>>,
    Vec<Option<String>>,
    Option<Bound<'py, PyDict>>,
);

/// The rows of an Arrow batch, given as lists of the `text`, `published`
/// and `outlet_country` columns' values, parsed on `threads` threads
/// without the GIL, each as `extract --jsonl` parses the same article.
#[pyfunction]
#[pyo3(signature = (texts, published=None, outlet_country=None, tables=false, kinds=None, threads=None))]
fn parse_rows<'py>(
    py: Python<'py>,
    texts: Vec<Option<PyBackedStr>>,
    published: Option<Vec<Option<PyBackedStr>>>,
    outlet_country: Option<Vec<Option<PyBackedStr>>>,
    tables: bool,
    kinds: Option<Vec<String>>,
    threads: Option<usize>,
) -> PyResult<Rows<'py>> {
    let base = base_parser(kinds)?;
    let threads = thread_count(threads)?;
    for (what, column) in [
        ("published", &published),
        ("outlet_country", &outlet_country),
    ] {
        if let Some(values) = column {
            if values.len() != texts.len() {
                return Err(PyValueError::new_err(format!(
                    "{what} has {} values for {} texts",
                    values.len(),
                    texts.len()
                )));
            }
        }
    }
    let done = py.detach(|| {
        run_parallel(&texts, threads, |i, text| {
            parse_row(
                &base,
                i,
                text.as_deref(),
                cell(&published, i),
                cell(&outlet_country, i),
                tables,
            )
        })
    });
    let n = done.len();
    let (mut reports, mut kinds, mut messages) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut all = Tables::default();
    for row in done {
        reports.push(row.report);
        let (kind, message) = row.error.unzip();
        kinds.push(kind);
        messages.push(message);
        all.append(row.tables);
    }
    let tables = if tables {
        Some(all.into_dict(py)?)
    } else {
        None
    };
    Ok((reports, kinds, messages, tables))
}

/// Panics inside the guard that every article is parsed under, on
/// `threads` threads, as a bug in the parser would: for the test suite,
/// which checks that this raises `milcoop.ParseError` (kind `internal`)
/// and that the interpreter goes on.
#[pyfunction]
#[pyo3(signature = (message, threads=2))]
fn _panic_in_guard(py: Python<'_>, message: String, threads: usize) -> PyResult<()> {
    let items = vec![(); 4 * CHUNK];
    let results = py.detach(|| {
        run_parallel(&items, threads.max(1), |i, ()| {
            guarded(|| -> Result<(), Failure> {
                if i == CHUNK + 1 {
                    panic!("{message}");
                }
                Ok(())
            })
        })
    });
    for (i, r) in results.into_iter().enumerate() {
        r.map_err(|f| f.into_err(py, Some(i)))?;
    }
    Ok(())
}

/// The module `milcoop._milcoop`.
#[pymodule]
fn _milcoop(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("ParseError", m.py().get_type::<ParseError>())?;
    m.add_function(wrap_pyfunction!(parse_json, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(parse_rows, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_in_guard, m)?)?;
    Ok(())
}
