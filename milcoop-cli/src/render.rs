//! Output formats: each worker renders its chunk's records into bytes, which
//! the writer appends in input order.

use std::borrow::Cow;

use serde_json::value::RawValue;

use crate::answer::{article_meta, Answer, Record};
use crate::input::{Item, ItemKind};
use crate::plover;

/// What `--format` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON line per article: `{"id", "report"}` or `{"id", "error"}`.
    Jsonl,
    /// One JSON array of the same records, pretty-printed.
    Json,
    /// CSV tables in --output DIR: articles, meetings, participants, plans,
    /// exercises, statistics, diagnostics.
    Csv,
    /// One PLOVER event per line (meetings, signed plans, exercises), and
    /// the error records of articles that failed.
    Plover,
}

/// The CSV tables: file name and header.
pub const TABLES: [(&str, &[&str]); 7] = [
    (
        "articles.csv",
        &[
            "id",
            "file",
            "line",
            "status",
            "error_kind",
            "error_message",
            "headline",
            "meetings",
            "cooperation_plans",
            "exercises",
            "statistics",
            "diagnostics",
        ],
    ),
    (
        "meetings.csv",
        &[
            "id",
            "meeting",
            "date_text",
            "date",
            "location",
            "participants",
            "start",
            "end",
        ],
    ),
    (
        "participants.csv",
        &[
            "id",
            "meeting",
            "participant",
            "name",
            "role",
            "country",
            "start",
            "end",
        ],
    ),
    (
        "plans.csv",
        &[
            "id",
            "plan",
            "name",
            "duration_years",
            "year_start",
            "year_end",
            "fields",
            "parties",
            "start",
            "end",
        ],
    ),
    (
        "exercises.csv",
        &[
            "id",
            "exercise",
            "name",
            "year",
            "since_year",
            "location",
            "participants",
            "start",
            "end",
        ],
    ),
    (
        "statistics.csv",
        &[
            "id",
            "statistic",
            "value",
            "metric",
            "year_start",
            "year_end",
            "start",
            "end",
        ],
    ),
    (
        "diagnostics.csv",
        &["id", "diagnostic", "kind", "message", "start", "end"],
    ),
];

/// A chunk rendered: bytes for standard output, or rows for each table.
#[derive(Default)]
pub struct Rendered {
    /// For jsonl, plover: lines. For json: array elements separated by ",\n".
    pub main: Vec<u8>,
    /// For csv: rows of each table of [`TABLES`], in order.
    pub tables: Vec<Vec<u8>>,
}

/// Renders one record.
pub struct Renderer {
    pub format: Format,
    /// `--published`: the publication date of articles without their own.
    pub published: Option<chrono::NaiveDate>,
    tables: Vec<csv::Writer<Vec<u8>>>,
    main: Vec<u8>,
}

impl Renderer {
    pub fn new(format: Format, published: Option<chrono::NaiveDate>) -> Renderer {
        Renderer {
            format,
            published,
            tables: Vec::new(),
            main: Vec::new(),
        }
    }

    /// The bytes rendered since the last call.
    pub fn take(&mut self) -> Rendered {
        let tables = std::mem::take(&mut self.tables)
            .into_iter()
            .map(|w| w.into_inner().unwrap_or_default())
            .collect();
        Rendered {
            main: std::mem::take(&mut self.main),
            tables,
        }
    }

    pub fn add(&mut self, item: &Item, answer: &Answer) {
        match self.format {
            Format::Jsonl => {
                self.main.extend_from_slice(&answer.json);
                self.main.push(b'\n');
            }
            Format::Json => {
                if !self.main.is_empty() {
                    self.main.extend_from_slice(b",\n");
                }
                self.json_element(&answer.json);
            }
            Format::Csv => self.csv_rows(item, answer),
            Format::Plover => {
                let record = match serde_json::from_slice::<Record>(&answer.json) {
                    Ok(r) if r.error.is_none() => r,
                    // Error records go out as they are, in their place.
                    _ => {
                        self.main.extend_from_slice(&answer.json);
                        self.main.push(b'\n');
                        return;
                    }
                };
                let (text, published) = match &item.kind {
                    ItemKind::Json { bytes, .. } => {
                        let meta = article_meta(bytes);
                        (meta.text, meta.published.or(self.published))
                    }
                    ItemKind::Text { bytes } => {
                        (Some(String::from_utf8_lossy(bytes)), self.published)
                    }
                    _ => (None, self.published),
                };
                if let Some(report) = &record.report {
                    let article = plover::Article {
                        id: &id_text(record.id),
                        text: text.as_deref().unwrap_or(""),
                        published,
                        report,
                    };
                    plover::write_events(&article, &mut self.main);
                }
            }
        }
    }

    /// A record pretty-printed, indented as an element of the top array.
    fn json_element(&mut self, json: &[u8]) {
        let pretty =
            serde_json::from_slice::<Record>(json).and_then(|r| serde_json::to_string_pretty(&r));
        match pretty {
            Ok(p) => {
                self.main.extend_from_slice(b"  ");
                // JSON strings hold no raw newline: every one is layout.
                self.main
                    .extend_from_slice(p.replace('\n', "\n  ").as_bytes());
            }
            Err(_) => self.main.extend_from_slice(json),
        }
    }

    fn csv_rows(&mut self, item: &Item, answer: &Answer) {
        if self.tables.is_empty() {
            self.tables = (0..TABLES.len())
                .map(|_| {
                    csv::WriterBuilder::new()
                        .has_headers(false)
                        .from_writer(Vec::new())
                })
                .collect();
        }
        let Ok(record) = serde_json::from_slice::<Record>(&answer.json) else {
            return;
        };
        let id = id_text(record.id);
        let id = id.as_ref();
        let line = match &item.kind {
            ItemKind::Json { line_no, .. } | ItemKind::TooLong { line_no, .. } => {
                line_no.to_string()
            }
            _ => String::new(),
        };
        let t = &mut self.tables;
        // Writing to a vector does not fail.
        let mut row = |table: usize, cells: &[&str]| {
            let _ = t[table].write_record(cells);
        };
        let Some(report) = &record.report else {
            let (kind, message) = record
                .error
                .as_ref()
                .map_or(("", ""), |e| (e.kind.as_str(), e.message.as_str()));
            row(
                0,
                &[
                    id, &item.file, &line, "error", kind, message, "", "", "", "", "", "",
                ],
            );
            return;
        };
        row(
            0,
            &[
                id,
                &item.file,
                &line,
                "ok",
                "",
                "",
                report.headline.as_deref().unwrap_or(""),
                &report.meetings.len().to_string(),
                &report.cooperation_plans.len().to_string(),
                &report.exercises.len().to_string(),
                &report.statistics.len().to_string(),
                &report.diagnostics.len().to_string(),
            ],
        );
        for (i, m) in report.meetings.iter().enumerate() {
            let names: Vec<&str> = m.participants.iter().map(|p| p.name.as_str()).collect();
            row(
                1,
                &[
                    id,
                    &i.to_string(),
                    m.date.as_ref().map_or("", |d| d.text.as_str()),
                    &m.date
                        .as_ref()
                        .and_then(|d| d.resolved)
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    m.location.as_deref().unwrap_or(""),
                    &names.join(";"),
                    &m.span.start.to_string(),
                    &m.span.end.to_string(),
                ],
            );
            for (j, p) in m.participants.iter().enumerate() {
                row(
                    2,
                    &[
                        id,
                        &i.to_string(),
                        &j.to_string(),
                        &p.name,
                        p.role.as_deref().unwrap_or(""),
                        p.country.map_or("", |c| c.alpha2()),
                        &p.span.start.to_string(),
                        &p.span.end.to_string(),
                    ],
                );
            }
        }
        for (i, p) in report.cooperation_plans.iter().enumerate() {
            let parties: Vec<&str> = p.parties.iter().map(|c| c.alpha2()).collect();
            row(
                3,
                &[
                    id,
                    &i.to_string(),
                    &p.name,
                    &opt(p.duration_years),
                    &opt(p.years.map(|y| y.start())),
                    &opt(p.years.map(|y| y.end())),
                    &p.fields.join(";"),
                    &parties.join(";"),
                    &p.span.start.to_string(),
                    &p.span.end.to_string(),
                ],
            );
        }
        for (i, e) in report.exercises.iter().enumerate() {
            let states: Vec<&str> = e.participants.iter().map(|c| c.alpha2()).collect();
            row(
                4,
                &[
                    id,
                    &i.to_string(),
                    &e.name,
                    &opt(e.year),
                    &opt(e.since_year),
                    e.location.as_deref().unwrap_or(""),
                    &states.join(";"),
                    &e.span.start.to_string(),
                    &e.span.end.to_string(),
                ],
            );
        }
        for (i, s) in report.statistics.iter().enumerate() {
            row(
                5,
                &[
                    id,
                    &i.to_string(),
                    &number(s.value),
                    &s.metric,
                    &s.years.start().to_string(),
                    &s.years.end().to_string(),
                    &s.span.start.to_string(),
                    &s.span.end.to_string(),
                ],
            );
        }
        for (i, d) in report.diagnostics.iter().enumerate() {
            row(
                6,
                &[
                    id,
                    &i.to_string(),
                    d.kind.as_str(),
                    &d.message,
                    &d.span.start.to_string(),
                    &d.span.end.to_string(),
                ],
            );
        }
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// A statistic's value as the JSON output writes it: integral values
/// without a fraction.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
        (v as i64).to_string()
    } else {
        v.to_string()
    }
}

/// An id as text: a string's value, a number as written.
pub fn id_text(raw: &RawValue) -> Cow<'_, str> {
    match serde_json::from_str::<Cow<str>>(raw.get()) {
        Ok(s) if raw.get().starts_with('"') => s,
        _ => Cow::Borrowed(raw.get()),
    }
}
