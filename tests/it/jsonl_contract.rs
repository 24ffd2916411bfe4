//! The corpus interface as the output contract states it: ids, blank lines,
//! byte order marks, metadata that never costs the article, the stream
//! function's line cap and I/O failures, and the `extract` example's exit
//! status.

use std::io::{self, BufRead, Read, Write};

use milcoop::{jsonl, DiagnosticKind, Parser, Report, Span};
use serde_json::Value;

use crate::common::*;

fn line(input: &str, line_no: usize) -> Option<String> {
    jsonl::process_line(&Parser::new(), input, line_no)
}

fn value(out: &str) -> Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn report_of(out: &str) -> Report {
    let v = value(out);
    let r = v
        .get("report")
        .unwrap_or_else(|| panic!("no report: {out}"));
    serde_json::from_value(r.clone()).unwrap()
}

/// Runs `process_stream` over `input` and returns its output lines.
fn stream(input: impl BufRead, max_line_len: usize) -> Vec<String> {
    let mut out = Vec::new();
    jsonl::process_stream(&Parser::new(), input, &mut out, max_line_len).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.is_empty() || out.ends_with('\n'), "{out}");
    out.lines().map(str::to_owned).collect()
}

#[test]
fn ids_are_echoed_as_given() {
    for (id, want) in [
        ("17", "17"),
        ("-3", "-3"),
        ("1.5e3", "1.5e3"),
        ("0.10", "0.10"),
        (
            "123456789012345678901234567890",
            "123456789012345678901234567890",
        ),
        ("\"17\"", "\"17\""),
        ("\"a\\u00e9\\\"q\"", "\"a\u{e9}\\\"q\""),
        ("\"\"", "\"\""),
    ] {
        for text in ["\"Talks\\n\\nNone.\"", "42"] {
            let out = line(&format!("{{\"id\": {id}, \"text\": {text}}}"), 4).unwrap();
            assert!(out.starts_with(&format!("{{\"id\":{want},")), "{id}: {out}");
        }
    }
    // An id that cannot be read gets the line number.
    for id in ["null", "true", "[1]", "{\"a\": 1}", "1e400", "\"\\ud800\""] {
        let out = line(&format!("{{\"id\": {id}, \"text\": \"x\"}}"), 4).unwrap();
        assert!(
            out.starts_with("{\"id\":\"line:4\",\"report\":"),
            "{id}: {out}"
        );
    }
}

#[test]
fn a_byte_order_mark_starts_the_input_not_the_article() {
    let article = r#"{"id": "a", "text": "Talks\n\nNone."}"#;
    let plain = line(article, 1).unwrap();
    assert_eq!(line(&format!("\u{feff}{article}"), 1), Some(plain.clone()));
    // Only at the start of the input: elsewhere it is not JSON.
    let out = line(&format!("\u{feff}{article}"), 2).unwrap();
    assert_eq!(value(&out)["error"]["kind"], "invalid_json");
    // A first line of only a byte order mark is blank.
    assert_eq!(line("\u{feff}", 1), None);
    // Through the stream function, as `extract --jsonl` reads it.
    let input = format!("\u{feff}{article}\r\n{article}\n");
    assert_eq!(
        stream(input.as_bytes(), 1000),
        [plain.clone(), line(article, 2).unwrap()]
    );
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(article.as_bytes());
    assert_eq!(
        jsonl::process_line_bytes(&Parser::new(), &bytes, 1),
        Some(plain)
    );
}

#[test]
fn blank_means_ascii_spaces_and_tabs_only() {
    for blank in ["", " ", "\t", " \t ", "\r", "  \r", "\t\r"] {
        assert_eq!(line(blank, 3), None, "{blank:?}");
    }
    for not_blank in [
        "\u{3000}", "\u{a0}", "\u{c}", " \u{b} ", "\u{2028}", "\r\r", "\u{85}",
    ] {
        let out = line(not_blank, 3).unwrap_or_else(|| panic!("no line for {not_blank:?}"));
        let v = value(&out);
        assert_eq!(v["id"], "line:3", "{not_blank:?}");
        assert_eq!(v["error"]["kind"], "invalid_json", "{not_blank:?}");
    }
    let out = stream("a\n\n \t\n\u{3000}\n".as_bytes(), 100);
    let ids: Vec<Value> = out.iter().map(|l| value(l)["id"].clone()).collect();
    assert_eq!(ids, ["line:1", "line:4"]);
}

#[test]
fn a_lone_surrogate_in_the_text_keeps_the_id() {
    for text in [r"\ud800", r"x \udc00 y", r"\ud83d\u0041"] {
        let out = line(&format!("{{\"id\": \"s1\", \"text\": \"{text}\"}}"), 2).unwrap();
        let v = value(&out);
        assert_eq!(v["id"], "s1", "{out}");
        assert_eq!(v["error"]["kind"], "invalid_field", "{out}");
        let message = v["error"]["message"].as_str().unwrap();
        assert!(
            message.contains("'text'") && message.contains("surrogate"),
            "{message}"
        );
    }
    let out = line(r#"{"id": 9, "text": "\ud800"}"#, 2).unwrap();
    assert_eq!(value(&out)["id"], 9);
    // A surrogate pair is a character.
    let out = line(r#"{"id": "s2", "text": "Smile \ud83d\ude00."}"#, 2).unwrap();
    assert!(value(&out).get("report").is_some(), "{out}");
}

#[test]
fn published_takes_dates_and_rfc3339_timestamps() {
    let text = SEED;
    let with = |published: &str| {
        let input =
            serde_json::json!({"id": "p", "text": text, "published": published}).to_string();
        report_of(&line(&input, 1).unwrap())
    };
    let want = parse_with(text, Some("2024-02-03"), None);
    assert!(
        want.meetings
            .iter()
            .any(|m| m.date.as_ref().and_then(|d| d.resolved).is_some()),
        "the test needs a date resolved against publication\n{}",
        dump(&want)
    );
    for published in [
        "2024-02-03",
        "2024-02-03T10:00:00Z",
        "2024-02-03T10:00:00+05:00",
        "2024-02-03T23:30:00-05:00",
        "2024-02-03t00:00:00.123z",
        "2024-02-03 10:00:00Z",
    ] {
        assert_eq!(with(published), want, "{published}");
    }
}

#[test]
fn metadata_that_cannot_be_used_is_ignored_and_reported() {
    let text = "Defense ministers met in Astana yesterday.";
    let plain =
        report_of(&line(&serde_json::json!({"id": "m", "text": text}).to_string(), 1).unwrap());
    for (published, outlet, kinds) in [
        (
            Value::from("20-02-2019"),
            Value::Null,
            vec![DiagnosticKind::InvalidPublished],
        ),
        (
            Value::from("2019-02-30"),
            Value::Null,
            vec![DiagnosticKind::InvalidPublished],
        ),
        (
            Value::from("2024-02-03T10:00"),
            Value::Null,
            vec![DiagnosticKind::InvalidPublished],
        ),
        (
            Value::from(20190220),
            Value::Null,
            vec![DiagnosticKind::InvalidPublished],
        ),
        (
            serde_json::json!(["2019-02-20"]),
            Value::Null,
            vec![DiagnosticKind::InvalidPublished],
        ),
        (
            Value::Null,
            Value::from("ZZ"),
            vec![DiagnosticKind::UnknownOutletCountry],
        ),
        (
            Value::Null,
            Value::from(""),
            vec![DiagnosticKind::UnknownOutletCountry],
        ),
        (
            Value::Null,
            Value::from("KAZ"),
            vec![DiagnosticKind::UnknownOutletCountry],
        ),
        (
            Value::Null,
            Value::from(7),
            vec![DiagnosticKind::UnknownOutletCountry],
        ),
        (
            Value::from(false),
            Value::from("XX"),
            vec![
                DiagnosticKind::InvalidPublished,
                DiagnosticKind::UnknownOutletCountry,
            ],
        ),
        (Value::Null, Value::Null, vec![]),
    ] {
        let input = serde_json::json!({
            "id": "m", "text": text, "published": published, "outlet_country": outlet,
        })
        .to_string();
        let mut r = report_of(&line(&input, 1).unwrap());
        let notes: Vec<_> = r.diagnostics.drain(..kinds.len()).collect();
        for (d, kind) in notes.iter().zip(&kinds) {
            assert_eq!(d.kind, *kind, "{input}");
            assert_eq!(d.span, Span::new(0, 0), "{input}");
            assert!(d.message.ends_with("; ignored"), "{}", d.message);
        }
        assert_eq!(r, plain, "{input}");
    }
    // A lone surrogate in metadata is metadata that cannot be used, too.
    let out = line(
        r#"{"id": "u", "text": "x", "published": "\ud800", "outlet_country": "\udfff"}"#,
        1,
    )
    .unwrap();
    let kinds: Vec<DiagnosticKind> = report_of(&out).diagnostics.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds,
        [
            DiagnosticKind::InvalidPublished,
            DiagnosticKind::UnknownOutletCountry
        ]
    );
    // Ignored metadata leaves the caller's settings in force.
    let p = Parser::new().published(date("2024-02-03"));
    let input = serde_json::json!({"id": "m", "text": text, "published": "soon"}).to_string();
    let mut r = report_of(&jsonl::process_line(&p, &input, 1).unwrap());
    r.diagnostics.remove(0);
    assert_eq!(r, parse_with(text, Some("2024-02-03"), None));
}

#[test]
fn every_iso_code_is_an_outlet_country() {
    for code in ["HK", "MO", "PR", "GL", "AX", "BQ", "SX", "UM", "XK", "hk"] {
        let input = serde_json::json!({"id": code, "text": "Our country's troops.", "outlet_country": code})
            .to_string();
        let r = report_of(&line(&input, 1).unwrap());
        assert!(
            !r.diagnostics
                .iter()
                .any(|d| d.kind == DiagnosticKind::UnknownOutletCountry),
            "{code}: {}",
            dump(&r)
        );
    }
}

#[test]
fn the_stream_skips_a_line_over_the_cap_without_holding_it() {
    let limit = 1 << 20;
    let good = r#"{"id": "g", "text": "In 2019 over 120 servicemen took part."}"#;
    let at_limit = format!(
        "{{\"id\": \"edge\", \"text\": \"{}\"}}",
        "y".repeat(limit - r#"{"id": "edge", "text": ""}"#.len())
    );
    assert_eq!(at_limit.len(), limit);
    // 64 MiB of one line, generated as it is read: over the cap, it is
    // skipped in buffer-sized chunks.
    let huge = 64usize << 20;
    let input = io::Cursor::new(format!("{good}\n"))
        .chain(io::repeat(b'x').take(huge as u64))
        .chain(io::Cursor::new(format!("\n{at_limit}\n{good}\n")))
        .chain(io::repeat(b'z').take(limit as u64 + 1));
    let out = stream(io::BufReader::with_capacity(1 << 16, input), limit);
    assert_eq!(out.len(), 5);
    assert_eq!(out[0], line(good, 1).unwrap());
    let v = value(&out[1]);
    assert_eq!(v["id"], "line:2");
    assert_eq!(v["error"]["kind"], "input_too_large");
    assert_eq!(
        v["error"]["message"],
        format!("the line is {huge} bytes, over the limit of {limit} bytes; it was skipped unread")
    );
    assert_eq!(value(&out[2])["id"], "edge");
    assert!(value(&out[2]).get("report").is_some());
    assert_eq!(out[3], line(good, 4).unwrap());
    // The last line, without a newline, over the cap.
    assert_eq!(value(&out[4])["id"], "line:5");
    assert_eq!(value(&out[4])["error"]["kind"], "input_too_large");
}

#[test]
fn the_stream_reads_lines_across_buffer_refills_and_line_endings() {
    let lines: Vec<String> = (0..200)
        .map(|i| {
            serde_json::json!({"id": i, "text": format!("Talks {i}\n\n{}", "Body. ".repeat(i))})
                .to_string()
        })
        .collect();
    let input = lines.join("\r\n");
    // A 7-byte buffer splits nearly every line across refills.
    let out = stream(io::BufReader::with_capacity(7, input.as_bytes()), 1 << 20);
    let want: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| line(l, i + 1).unwrap())
        .collect();
    assert_eq!(out, want);
}

/// Gives `data`, then fails.
struct FailingReader<'a> {
    data: &'a [u8],
}

impl Read for FailingReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.data.is_empty() {
            return Err(io::Error::other("disk on fire"));
        }
        let n = self.data.len().min(buf.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

#[test]
fn a_read_failure_stops_the_stream_after_the_lines_read() {
    let input = "{\"id\": 1, \"text\": \"a\"}\n{\"id\": 2, \"text\": \"b\"}\n{\"id\": 3, \"te";
    let mut out = Vec::new();
    let err = jsonl::process_stream(
        &Parser::new(),
        io::BufReader::new(FailingReader {
            data: input.as_bytes(),
        }),
        &mut out,
        1000,
    )
    .unwrap_err();
    assert!(matches!(&err, jsonl::StreamError::Read(e) if e.to_string() == "disk on fire"));
    assert_eq!(err.to_string(), "cannot read the input: disk on fire");
    let out = String::from_utf8(out).unwrap();
    let ids: Vec<Value> = out.lines().map(|l| value(l)["id"].clone()).collect();
    assert_eq!(ids, [1, 2]);
}

/// Takes `room` bytes, then fails as a full disk does.
struct FullDisk {
    room: usize,
    flushed: bool,
}

impl Write for FullDisk {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.room == 0 {
            return Err(io::Error::from_raw_os_error(28));
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.flushed = true;
        Ok(())
    }
}

#[test]
fn a_write_failure_stops_the_stream() {
    let input = format!("{}\n", serde_json::json!({"id": 1, "text": SEED})).repeat(200);
    let mut disk = FullDisk {
        room: 10_000,
        flushed: false,
    };
    let err =
        jsonl::process_stream(&Parser::new(), input.as_bytes(), &mut disk, 1 << 20).unwrap_err();
    assert!(
        matches!(&err, jsonl::StreamError::Write(e) if e.raw_os_error() == Some(28)),
        "{err}"
    );
    // With room, the output is flushed at the end.
    let mut disk = FullDisk {
        room: usize::MAX,
        flushed: false,
    };
    jsonl::process_stream(&Parser::new(), input.as_bytes(), &mut disk, 1 << 20).unwrap();
    assert!(disk.flushed);
}

/// The `extract` example, run as a program. `cargo build --example
/// extract --message-format=json` builds it when it is missing or stale (a
/// no-op under `cargo test`, which builds examples first) and names the
/// executable, wherever the target directory and profile put it.
#[cfg(target_os = "linux")]
mod example {
    use std::path::PathBuf;
    use std::process::{Command, Output, Stdio};
    use std::sync::OnceLock;

    use super::*;

    fn extract() -> Command {
        static BIN: OnceLock<PathBuf> = OnceLock::new();
        let bin = BIN.get_or_init(|| {
            let mut cargo = Command::new(env!("CARGO"));
            cargo.args([
                "build",
                "--quiet",
                "--example",
                "extract",
                "--message-format=json",
                "--manifest-path",
            ]);
            cargo.arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"));
            if !cfg!(debug_assertions) {
                cargo.arg("--release");
            }
            let out = cargo.stderr(Stdio::inherit()).output().expect("cargo runs");
            assert!(out.status.success(), "cargo build --example extract failed");
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter_map(|l| serde_json::from_str::<Value>(l).ok())
                .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "extract")
                .find_map(|m| m["executable"].as_str().map(PathBuf::from))
                .expect("cargo names the extract executable")
        });
        Command::new(bin)
    }

    fn input_file(name: &str, lines: usize) -> PathBuf {
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
        let line = serde_json::json!({"id": "s", "text": SEED}).to_string();
        std::fs::write(&path, format!("{line}\n").repeat(lines)).unwrap();
        path
    }

    fn run_sh(script: &str, input: &PathBuf) -> Output {
        let bin = extract().get_program().to_owned();
        Command::new("sh")
            .args(["-c", script, "sh"])
            .arg(bin)
            .stdin(std::fs::File::open(input).unwrap())
            .output()
            .unwrap()
    }

    #[test]
    fn a_closed_standard_output_is_a_failure() {
        let input = input_file("closed-stdout.jsonl", 3);
        let out = run_sh(r#"exec "$1" --jsonl >&-"#, &input);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("cannot write to standard output"), "{err}");
        // Discarding the output on purpose is not.
        let out = run_sh(r#"exec "$1" --jsonl >/dev/null"#, &input);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    #[test]
    fn a_full_disk_is_a_failure() {
        let input = input_file("full-disk.jsonl", 3);
        let out = extract()
            .arg("--jsonl")
            .stdin(std::fs::File::open(&input).unwrap())
            .stdout(
                std::fs::OpenOptions::new()
                    .write(true)
                    .open("/dev/full")
                    .unwrap(),
            )
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("cannot write to standard output") && err.contains("No space left"),
            "{err}"
        );
    }

    #[test]
    fn a_closed_pipe_ends_the_run_quietly() {
        let input = input_file("closed-pipe.jsonl", 300);
        let mut child = extract()
            .arg("--jsonl")
            .stdin(std::fs::File::open(&input).unwrap())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(first.starts_with(r#"{"id":"s","report":"#), "{first}");
        // The reader goes away with about 300 lines unread.
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    }

    #[test]
    fn max_line_len_caps_lines() {
        let input = input_file("max-line-len.jsonl", 2);
        let out = extract()
            .args(["--jsonl", "--max-line-len", "1000"])
            .stdin(std::fs::File::open(&input).unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let out = String::from_utf8(out.stdout).unwrap();
        let kinds: Vec<Value> = out
            .lines()
            .map(|l| value(l)["error"]["kind"].clone())
            .collect();
        assert_eq!(kinds, ["input_too_large", "input_too_large"]);
        let out = extract()
            .args(["--jsonl", "--max-line-len", "lots"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let help = extract().arg("--help").output().unwrap();
        assert!(String::from_utf8_lossy(&help.stdout).contains("--max-line-len N"));
    }
}
