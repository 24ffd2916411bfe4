//! All cores, same output.
//!
//! One thread reads the inputs into chunks of at most [`CHUNK_ITEMS`]
//! articles (or [`CHUNK_BYTES`] bytes), `jobs` workers parse and render
//! chunks, and the calling thread writes the rendered chunks in input
//! order. A chunk is read only when a token is free, and a token comes back
//! only when its chunk has been written, so at most [`tokens`] chunks exist
//! at a time however long the input and however slow one article: memory
//! stays flat. Every chunk is rendered alone, so the output does not depend
//! on how many workers there are.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::mpsc::{channel, sync_channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::answer::{answer, Answer, Record};
use crate::input::{self, InputFormat, Item, ItemKind, Limits, Source, Stop};
use crate::render::{Format, Rendered, Renderer, TABLES};

/// Articles in a chunk.
const CHUNK_ITEMS: usize = 256;
/// Input bytes after which a chunk is closed early (big articles).
const CHUNK_BYTES: u64 = 4 << 20;
/// Messages about failed articles printed before they are only counted.
const MAX_NOTES: usize = 20;
/// Bytes of output buffered before a write.
const OUT_BUFFER: usize = 1 << 16;

/// Chunks alive at once: enough to keep every worker busy while the writer
/// waits for a slow chunk.
fn tokens(jobs: usize) -> usize {
    jobs * 4 + 2
}

pub struct Config {
    pub parser: milcoop::Parser,
    pub published: Option<chrono::NaiveDate>,
    pub format: Format,
    pub input_format: InputFormat,
    pub limits: Limits,
    pub jobs: usize,
    /// Print a message for each failed article (up to [`MAX_NOTES`]).
    pub notes: bool,
    pub progress: bool,
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    /// Records written (blank lines have none).
    pub articles: u64,
    /// Error records among them.
    pub failed: u64,
}

/// Why a run stopped early.
#[derive(Debug)]
pub enum Fatal {
    /// The reader of standard output closed it (`| head`): not a failure.
    Closed { failed: u64 },
    /// Writing failed; `what` names the file.
    Write { what: String, error: io::Error },
}

struct Chunk {
    seq: u64,
    items: Vec<Item>,
}

struct Done {
    seq: u64,
    rendered: Rendered,
    articles: u64,
    failed: u64,
    bytes: u64,
    /// Messages about failed articles: (always shown, text).
    notes: Vec<(bool, String)>,
}

pub fn run(sources: &[Source], config: &Config, output: Option<&Path>) -> Result<Summary, Fatal> {
    let mut sink = Sink::open(config.format, output)?;
    let progress = config.progress.then(|| progress_bar(sources));
    let (work_tx, work_rx) = sync_channel::<Chunk>(config.jobs);
    // Owned by the workers alone, so that the reader's next send fails once
    // they have all stopped.
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = channel::<Done>();
    let (token_tx, token_rx) = sync_channel::<()>(tokens(config.jobs));
    for _ in 0..tokens(config.jobs) {
        let _ = token_tx.send(());
    }
    let result = std::thread::scope(|s| {
        s.spawn(move || read_all(sources, config, work_tx, token_rx));
        for _ in 0..config.jobs {
            let done_tx = done_tx.clone();
            let work_rx = Arc::clone(&work_rx);
            s.spawn(move || work(config, &work_rx, done_tx));
        }
        drop(done_tx);
        drop(work_rx);
        let result = write_all(config, &mut sink, done_rx, token_tx, progress.as_ref());
        // On a failure the receivers are gone by now: the reader and the
        // workers stop at their next send.
        result
    });
    if let Some(p) = &progress {
        p.finish_and_clear();
    }
    let summary = result?;
    sink.finish().map_err(|e| match e {
        Fatal::Closed { .. } => Fatal::Closed {
            failed: summary.failed,
        },
        other => other,
    })?;
    Ok(summary)
}

fn progress_bar(sources: &[Source]) -> ProgressBar {
    let total: Option<u64> = sources.iter().map(Source::size).sum();
    let bar = match total {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {binary_bytes} {binary_bytes_per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// The reader thread: inputs into chunks, in order.
fn read_all(
    sources: &[Source],
    config: &Config,
    work_tx: std::sync::mpsc::SyncSender<Chunk>,
    token_rx: Receiver<()>,
) {
    let mut seq = 0;
    let mut items = Vec::with_capacity(CHUNK_ITEMS);
    let mut bytes = 0;
    let mut send = |items: &mut Vec<Item>| -> Result<(), Stop> {
        // A free token, or the writer has stopped.
        token_rx.recv().map_err(|_| Stop)?;
        let chunk = Chunk {
            seq,
            items: std::mem::replace(items, Vec::with_capacity(CHUNK_ITEMS)),
        };
        seq += 1;
        work_tx.send(chunk).map_err(|_| Stop)
    };
    let mut emit = |item: Item| -> Result<(), Stop> {
        bytes += item.weight();
        items.push(item);
        if items.len() >= CHUNK_ITEMS || bytes >= CHUNK_BYTES {
            bytes = 0;
            send(&mut items)?;
        }
        Ok(())
    };
    for source in sources {
        if input::read_source(source, config.input_format, config.limits, &mut emit).is_err() {
            return;
        }
    }
    if !items.is_empty() {
        let _ = send(&mut items);
    }
}

/// A worker thread: chunks into rendered output.
fn work(config: &Config, work_rx: &Mutex<Receiver<Chunk>>, done_tx: std::sync::mpsc::Sender<Done>) {
    let mut renderer = Renderer::new(config.format, config.published);
    loop {
        let next = match work_rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(chunk) = next else { return };
        let mut done = Done {
            seq: chunk.seq,
            rendered: Rendered::default(),
            articles: 0,
            failed: 0,
            bytes: 0,
            notes: Vec::new(),
        };
        for item in &chunk.items {
            done.bytes += item.weight();
            let answered = panic::catch_unwind(AssertUnwindSafe(|| {
                let a = answer(&config.parser, item, config.limits.max_line_len)?;
                renderer.add(item, &a);
                Some(a)
            }));
            let a = match answered {
                Ok(None) => continue,
                Ok(Some(a)) => a,
                // A bug in rendering: the article gets an internal error record.
                Err(_) => {
                    let a = internal_error(item);
                    renderer = Renderer::new(config.format, config.published);
                    renderer.add(item, &a);
                    a
                }
            };
            done.articles += 1;
            if a.failed {
                done.failed += 1;
                if let Some(note) = note(item, &a) {
                    done.notes.push(note);
                }
            }
        }
        done.rendered = renderer.take();
        if done_tx.send(done).is_err() {
            return;
        }
    }
}

fn internal_error(item: &Item) -> Answer {
    let json = serde_json::json!({
        "id": &*item.file,
        "error": {
            "kind": "internal",
            "message": "internal error: milcoop-cli panicked on this article; please report it, with the article",
            "file": &*item.file,
        }
    });
    Answer {
        json: json.to_string().into_bytes(),
        failed: true,
    }
}

/// "FILE:LINE: kind: message" for a failed article.
fn note(item: &Item, a: &Answer) -> Option<(bool, String)> {
    let record: Record = serde_json::from_slice(&a.json).ok()?;
    let e = record.error?;
    let place = match &item.kind {
        ItemKind::Json { line_no, .. } | ItemKind::TooLong { line_no, .. } => {
            format!("{}:{line_no}", item.file)
        }
        _ => item.file.to_string(),
    };
    let always = e.kind == "io_error";
    Some((always, format!("{place}: {}: {}", e.kind, e.message)))
}

/// The writing side, on the calling thread.
fn write_all(
    config: &Config,
    sink: &mut Sink,
    done_rx: Receiver<Done>,
    token_tx: std::sync::mpsc::SyncSender<()>,
    progress: Option<&ProgressBar>,
) -> Result<Summary, Fatal> {
    let mut summary = Summary::default();
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    let mut notes = 0;
    for done in done_rx {
        waiting.insert(done.seq, done);
        while let Some(done) = waiting.remove(&next) {
            next += 1;
            sink.write(&done.rendered).map_err(|e| match e {
                Fatal::Closed { .. } => Fatal::Closed {
                    failed: summary.failed,
                },
                other => other,
            })?;
            summary.articles += done.articles;
            summary.failed += done.failed;
            for (always, note) in done.notes {
                if always || (config.notes && notes < MAX_NOTES) {
                    notes += usize::from(!always);
                    let line = format!("milcoop: {note}");
                    match progress {
                        Some(p) => p.suspend(|| eprintln_quiet(&line)),
                        None => eprintln_quiet(&line),
                    }
                }
            }
            if let Some(p) = progress {
                p.inc(done.bytes);
                let secs = p.elapsed().as_secs_f64().max(1e-3);
                p.set_message(format!(
                    "{} articles ({:.0}/s)",
                    summary.articles,
                    summary.articles as f64 / secs
                ));
            }
            // The chunk is out: the reader may read another.
            let _ = token_tx.send(());
        }
    }
    Ok(summary)
}

fn eprintln_quiet(line: &str) {
    let _ = writeln!(io::stderr(), "{line}");
}

/// Where rendered chunks go.
enum Sink {
    Stream {
        out: BufWriter<io::StdoutLock<'static>>,
        format: Format,
        /// Whether a JSON array element has been written.
        started: bool,
    },
    Tables(Vec<(String, BufWriter<File>)>),
}

impl Sink {
    fn open(format: Format, dir: Option<&Path>) -> Result<Sink, Fatal> {
        let Some(dir) = dir.filter(|_| format == Format::Csv) else {
            let mut out = BufWriter::with_capacity(OUT_BUFFER, io::stdout().lock());
            if format == Format::Json {
                out.write_all(b"[\n").map_err(stdout_error)?;
            }
            return Ok(Sink::Stream {
                out,
                format,
                started: false,
            });
        };
        let fail = |what: &Path, error| Fatal::Write {
            what: what.display().to_string(),
            error,
        };
        std::fs::create_dir_all(dir).map_err(|e| fail(dir, e))?;
        let mut files = Vec::new();
        for (name, header) in TABLES {
            let path = dir.join(name);
            let file = File::create(&path).map_err(|e| fail(&path, e))?;
            let mut w = BufWriter::with_capacity(OUT_BUFFER, file);
            let mut head = csv::Writer::from_writer(Vec::new());
            let _ = head.write_record(header);
            w.write_all(&head.into_inner().unwrap_or_default())
                .map_err(|e| fail(&path, e))?;
            files.push((path.display().to_string(), w));
        }
        Ok(Sink::Tables(files))
    }

    fn write(&mut self, r: &Rendered) -> Result<(), Fatal> {
        match self {
            Sink::Stream {
                out,
                format,
                started,
            } => {
                if r.main.is_empty() {
                    return Ok(());
                }
                if *format == Format::Json && std::mem::replace(started, true) {
                    out.write_all(b",\n").map_err(stdout_error)?;
                }
                out.write_all(&r.main).map_err(stdout_error)
            }
            Sink::Tables(files) => {
                for ((name, w), rows) in files.iter_mut().zip(&r.tables) {
                    w.write_all(rows).map_err(|error| Fatal::Write {
                        what: name.clone(),
                        error,
                    })?;
                }
                Ok(())
            }
        }
    }

    fn finish(&mut self) -> Result<(), Fatal> {
        match self {
            Sink::Stream {
                out,
                format,
                started,
            } => {
                if *format == Format::Json {
                    let end: &[u8] = if *started { b"\n]\n" } else { b"]\n" };
                    out.write_all(end).map_err(stdout_error)?;
                }
                out.flush().map_err(stdout_error)
            }
            Sink::Tables(files) => {
                for (name, w) in files {
                    w.flush().map_err(|error| Fatal::Write {
                        what: name.clone(),
                        error,
                    })?;
                }
                Ok(())
            }
        }
    }
}

fn stdout_error(error: io::Error) -> Fatal {
    if error.kind() == io::ErrorKind::BrokenPipe {
        Fatal::Closed { failed: 0 }
    } else {
        Fatal::Write {
            what: "standard output".into(),
            error,
        }
    }
}
