//! The corpus tool.
//!
//! ```text
//! extract [--published YYYY-MM-DD] [--outlet-country CC] [FILE...]   one pretty JSON Report per file (stdin when none)
//! extract --jsonl [--max-line-len N]                                 JSON Lines in, JSON Lines out (see milcoop::jsonl)
//! ```
//!
//! With `--jsonl` every input line that is not blank gets exactly one output
//! line, in order; a line that cannot be read gets an error line and the run
//! goes on (the rules are in `milcoop::jsonl`, which runs the loop:
//! [`milcoop::jsonl::process_stream`]). A line longer than `--max-line-len`
//! bytes (default 16 MiB) is skipped without being read into memory and gets
//! an `input_too_large` error line.
//!
//! Exit status: 0 when all input was read and all output written; 1 when
//! reading the input or writing standard output fails (closed, `extract >&-`;
//! a full disk; any other write error), with a message naming which; 2 on a
//! usage error. A closed pipe on standard output (`extract --jsonl | head -1`)
//! is the reader saying it has enough: the run stops quietly with status 0.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use milcoop::{jsonl, Country, Parser};

/// A batch run parses millions of articles, each with a hundred or so short
/// allocations: mimalloc serves them faster than the system allocator.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Bytes read from standard input, and written to standard output, at a time.
const IO_BUFFER: usize = 1 << 16;

const USAGE: &str = "\
usage: extract [--published YYYY-MM-DD] [--outlet-country CC] [FILE...]
       extract --jsonl [--max-line-len N] < articles.jsonl > reports.jsonl

  --published D       publication date (YYYY-MM-DD) that relative dates resolve against;
                      with --jsonl, for lines without a usable one of their own
  --outlet-country CC the outlet's ISO 3166-1 alpha-2 code, for \"our country\"; with
                      --jsonl, for lines without a usable one of their own
  --jsonl             read JSON Lines {\"id\", \"text\", \"published\", \"outlet_country\"} on
                      standard input, write one {\"id\", \"report\"} or {\"id\", \"error\"} line
                      per non-blank input line to standard output
  --max-line-len N    with --jsonl: a line over N bytes is skipped unread and gets an
                      input_too_large error line (default 16777216, 16 MiB)

exit status: 0 done (also when the reader of standard output closes it early,
as `| head` does); 1 reading the input or writing standard output failed;
2 usage error";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("extract: {msg}\n{USAGE}");
            ExitCode::from(2)
        }
        // The reader has what it wants: not a failure.
        Err(Failure::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Write(e)) => {
            eprintln!("extract: cannot write to standard output: {e}");
            ExitCode::from(1)
        }
        Err(Failure::Read(what, e)) => {
            eprintln!("extract: cannot read {what}: {e}");
            ExitCode::from(1)
        }
    }
}

enum Failure {
    Usage(String),
    /// What could not be read ("standard input", a file name) and why.
    Read(String, io::Error),
    /// Writing standard output failed.
    Write(io::Error),
}

impl From<jsonl::StreamError> for Failure {
    fn from(e: jsonl::StreamError) -> Failure {
        match e {
            jsonl::StreamError::Read(e) => Failure::Read("standard input".into(), e),
            jsonl::StreamError::Write(e) => Failure::Write(e),
            // A later kind of stream failure: say what the library says.
            other => Failure::Write(io::Error::other(other)),
        }
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    let mut parser = Parser::new();
    let mut files = Vec::new();
    let mut jsonl_mode = false;
    let mut max_line_len = jsonl::DEFAULT_MAX_LINE_LEN;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--jsonl" => jsonl_mode = true,
            "--published" => {
                let v = it
                    .next()
                    .ok_or_else(|| Failure::Usage("--published needs a date".into()))?;
                let date = chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| {
                    Failure::Usage(format!("invalid date '{v}', expected YYYY-MM-DD"))
                })?;
                parser = parser.published(date);
            }
            "--outlet-country" => {
                let v = it
                    .next()
                    .ok_or_else(|| Failure::Usage("--outlet-country needs a code".into()))?;
                let c: Country = v
                    .parse()
                    .map_err(|e: milcoop::Error| Failure::Usage(e.to_string()))?;
                parser = parser.outlet_country(c);
            }
            "--max-line-len" => {
                let v = it.next().ok_or_else(|| {
                    Failure::Usage("--max-line-len needs a number of bytes".into())
                })?;
                max_line_len = v.parse().map_err(|_| {
                    Failure::Usage(format!(
                        "invalid line length '{v}', expected a number of bytes"
                    ))
                })?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            s if s.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option '{s}'")))
            }
            _ => files.push(arg.clone()),
        }
    }
    if stdout_was_closed() {
        return Err(Failure::Write(io::Error::other("it is closed")));
    }
    let stdout = io::stdout();
    if jsonl_mode {
        if !files.is_empty() {
            return Err(Failure::Usage("--jsonl reads standard input only".into()));
        }
        // The library gathers output lines into 64 KiB chunks itself.
        let input = io::BufReader::with_capacity(IO_BUFFER, io::stdin().lock());
        jsonl::process_stream(&parser, input, stdout.lock(), max_line_len)?;
        return Ok(());
    }
    let mut out = BufWriter::with_capacity(IO_BUFFER, stdout.lock());
    if files.is_empty() {
        let mut text = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut text)
            .map_err(|e| Failure::Read("standard input".into(), e))?;
        print_report(&parser, "<stdin>", &text, &mut out)?;
    } else {
        for f in &files {
            let text = std::fs::read(f).map_err(|e| Failure::Read(f.clone(), e))?;
            print_report(&parser, f, &text, &mut out)?;
        }
    }
    out.flush().map_err(Failure::Write)
}

fn print_report(
    parser: &Parser,
    name: &str,
    text: &[u8],
    out: &mut impl Write,
) -> Result<(), Failure> {
    match parser.parse_bytes(text) {
        Ok(report) => {
            serde_json::to_writer_pretty(&mut *out, &report)
                .map_err(io::Error::from)
                .and_then(|()| out.write_all(b"\n"))
                .map_err(Failure::Write)?;
        }
        Err(e) => eprintln!("extract: {name}: {e}"),
    }
    Ok(())
}

/// Whether standard output was closed when the process started.
///
/// Rust's runtime opens /dev/null in place of a closed standard stream
/// before `main` runs, so `extract >&-` would write its output nowhere and
/// succeed. This constructor runs before the runtime does (ELF
/// `.init_array`) and records whether file descriptor 1 was open.
#[cfg(target_os = "linux")]
mod closed_stdout {
    use std::sync::atomic::{AtomicBool, Ordering};

    static CLOSED: AtomicBool = AtomicBool::new(false);

    extern "C" fn check() {
        // SAFETY: fcntl(F_GETFD) only reads the descriptor's flags; it
        // fails with EBADF when descriptor 1 is not open.
        let flags = unsafe { libc::fcntl(1, libc::F_GETFD) };
        CLOSED.store(flags == -1, Ordering::Relaxed);
    }

    #[used]
    #[link_section = ".init_array"]
    static CHECK: extern "C" fn() = check;

    pub fn was_closed() -> bool {
        CLOSED.load(Ordering::Relaxed)
    }
}

#[cfg(target_os = "linux")]
fn stdout_was_closed() -> bool {
    closed_stdout::was_closed()
}

/// Elsewhere a closed standard output is not detected.
#[cfg(not(target_os = "linux"))]
fn stdout_was_closed() -> bool {
    false
}
