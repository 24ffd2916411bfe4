//! `milcoop`: defence-cooperation news in, typed records out.
//!
//! `milcoop extract [FILE...]` reads articles (JSON Lines, JSON or plain
//! text), parses them on all cores with the milcoop library and writes, in
//! input order, JSON Lines, a JSON array, CSV tables or PLOVER events. Run
//! `milcoop extract --help` for the options.

use std::io::{self, IsTerminal, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, CommandFactory, Parser as _, Subcommand};
use milcoop::{Country, RecordKind};

mod alpha3;
mod answer;
mod input;
mod pipeline;
mod plover;
mod render;

use input::{InputFormat, Source};
use render::Format;

const EXAMPLES: &str = "\
Examples:
  milcoop extract articles.jsonl > reports.jsonl
  milcoop extract --published 2024-05-01 --outlet-country KZ news/*.txt
  milcoop extract --format csv --output tables/ corpus.jsonl
  milcoop extract --format plover --kinds meetings,exercises corpus.jsonl | head

Exit status: 0 when every article was read and answered; 1 when some input
could not be read or parsed (each such article still has its error record,
with the file name, in its place) or the output could not be written; 2 on a
usage error. A closed pipe (`| head`) ends the run quietly.";

/// Turns English news about defence and military cooperation into typed
/// records: meetings, cooperation plans, exercises and year-range
/// statistics.
#[derive(clap::Parser)]
#[command(name = "milcoop", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract records from articles (JSON Lines, JSON or plain text files)
    #[command(after_help = EXAMPLES)]
    Extract(ExtractArgs),
}

#[derive(Args)]
struct ExtractArgs {
    /// Input files; standard input when none or `-`. `.jsonl`/`.ndjson`:
    /// one article object per line ({"id", "text", "published",
    /// "outlet_country"}); `.json`: an article object or an array of them;
    /// anything else: one plain-text article per file, the file name as id
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    /// How to read the inputs (auto: by extension; standard input by its
    /// first character, `{` for JSON Lines)
    #[arg(long, value_enum, default_value = "auto", value_name = "FORMAT")]
    input_format: InputFormat,

    /// Publication date (YYYY-MM-DD) that "Friday" or "yesterday" resolve
    /// against, for articles without a usable date of their own
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    published: Option<NaiveDate>,

    /// The outlet's country (ISO 3166-1 alpha-2, such as KZ), which "our
    /// country" refers to, for articles without one of their own
    #[arg(long, value_name = "CC", value_parser = parse_country)]
    outlet_country: Option<Country>,

    /// Largest article text in bytes; a longer one gets an input_too_large
    /// error record (a JSON Lines line may be twice as long, for escapes)
    #[arg(long, value_name = "BYTES", default_value_t = 8 << 20)]
    max_input_len: usize,

    /// Record kinds to extract (comma-separated; default all)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KINDS")]
    kinds: Vec<Kind>,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value = "jsonl")]
    format: Format,

    /// Directory for the CSV tables (created if missing; needed by --format csv)
    #[arg(long, short = 'o', value_name = "DIR")]
    output: Option<PathBuf>,

    /// Articles parsed at once [default: the number of cores]; the output
    /// is the same for any number
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<NonZeroUsize>,

    /// No progress bar and no messages about articles that failed (their
    /// error records are still written)
    #[arg(long, short = 'q')]
    quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Kind {
    Meetings,
    #[value(alias = "cooperation-plans")]
    Plans,
    Exercises,
    Statistics,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("'{s}' is not a YYYY-MM-DD date"))
}

fn parse_country(s: &str) -> Result<Country, String> {
    Country::from_alpha2(s).ok_or_else(|| format!("'{s}' is not an ISO 3166-1 alpha-2 code"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Command::Extract(args) = cli.command;
    let usage = |msg: &str| {
        let mut cli = Cli::command();
        cli.build();
        let mut cmd = cli.find_subcommand_mut("extract").cloned().unwrap_or(cli);
        cmd.error(clap::error::ErrorKind::ArgumentConflict, msg)
            .exit()
    };
    match (args.format, &args.output) {
        (Format::Csv, None) => usage("--format csv needs --output DIR"),
        (Format::Csv, Some(_)) | (_, None) => {}
        (_, Some(_)) => {
            usage("--output DIR is for --format csv; other formats go to standard output")
        }
    }
    let mut parser = milcoop::Parser::new().max_input_len(args.max_input_len);
    if let Some(d) = args.published {
        parser = parser.published(d);
    }
    if let Some(c) = args.outlet_country {
        parser = parser.outlet_country(c);
    }
    if !args.kinds.is_empty() {
        let kinds: Vec<RecordKind> = args
            .kinds
            .iter()
            .map(|k| match k {
                Kind::Meetings => RecordKind::Meetings,
                Kind::Plans => RecordKind::CooperationPlans,
                Kind::Exercises => RecordKind::Exercises,
                Kind::Statistics => RecordKind::Statistics,
            })
            .collect();
        parser = parser.record_kinds(&kinds);
    }
    let sources: Vec<Source> = if args.files.is_empty() {
        vec![Source::Stdin]
    } else {
        args.files.into_iter().map(Source::from_arg).collect()
    };
    let jobs = args
        .jobs
        .or_else(|| std::thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get);
    let config = pipeline::Config {
        parser,
        published: args.published,
        format: args.format,
        input_format: args.input_format,
        limits: input::Limits {
            max_input_len: args.max_input_len,
            max_line_len: args.max_input_len.saturating_mul(2),
        },
        jobs,
        notes: !args.quiet,
        progress: !args.quiet && io::stderr().is_terminal(),
    };
    match pipeline::run(&sources, &config, args.output.as_deref()) {
        Ok(summary) => {
            if summary.failed > 0 {
                if config.notes {
                    say(&format!(
                        "{} of {} articles could not be read or parsed; see their error records",
                        summary.failed, summary.articles
                    ));
                }
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(pipeline::Fatal::Closed { failed }) => ExitCode::from(u8::from(failed > 0)),
        Err(pipeline::Fatal::Write { what, error }) => {
            say(&format!("cannot write {what}: {error}"));
            ExitCode::from(1)
        }
    }
}

/// A message on standard error; a closed standard error is not an error.
fn say(msg: &str) {
    let _ = writeln!(io::stderr(), "milcoop: {msg}");
}
