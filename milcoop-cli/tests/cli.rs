//! The `milcoop` binary, run as a user runs it.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_milcoop");

fn milcoop(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("UTF-8 output")
}

fn lines(out: &Output) -> Vec<Value> {
    text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect()
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The repository's annotated articles (tests/corpus/*.json) as JSON Lines
/// `{"id", "text", "published", "outlet_country"}`, sorted by file name.
fn corpus() -> Vec<Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "the corpus has its articles");
    files
        .iter()
        .map(|f| {
            let doc: Value = serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap();
            serde_json::json!({
                "id": doc["id"],
                "text": doc["text"],
                "published": doc["published"],
                "outlet_country": doc["outlet_country"],
            })
        })
        .collect()
}

/// The corpus repeated `times`, ids made unique, as JSON Lines.
fn corpus_jsonl(times: usize) -> String {
    let articles = corpus();
    let mut out = String::new();
    for round in 0..times {
        for a in &articles {
            let mut a = a.clone();
            a["id"] = Value::String(format!("{}#{round}", a["id"].as_str().unwrap()));
            out.push_str(&a.to_string());
            out.push('\n');
        }
    }
    out
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn version_and_help() {
    let out = milcoop(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("milcoop {}", env!("CARGO_PKG_VERSION"))
    );
    let out = milcoop(&["extract", "--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    for option in [
        "--format",
        "--output",
        "--jobs",
        "--kinds",
        "--published",
        "--outlet-country",
        "--max-input-len",
        "--input-format",
        "--quiet",
        "Exit status",
    ] {
        assert!(help.contains(option), "--help tells of {option}");
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["extract", "--format", "csv"][..],
        &["extract", "--format", "jsonl", "--output", "somewhere"],
        &["extract", "--published", "2024-13-01"],
        &["extract", "--outlet-country", "QQ"],
        &["extract", "--kinds", "meetings,treaties"],
        &["extract", "--jobs", "0"],
        &["extract", "--no-such-option"],
        &["frobnicate"],
    ] {
        let out = milcoop(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(text(&out.stderr).contains("error"), "{args:?}");
    }
}

#[test]
fn jsonl_answers_every_article_in_order() {
    let dir = scratch("jsonl");
    let input = write(&dir, "corpus.jsonl", corpus_jsonl(1));
    let out = milcoop(&["extract", &input]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Nothing on standard error: it is not a terminal, and nothing failed.
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let got = lines(&out);
    let want = corpus();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(
            g["id"].as_str().unwrap(),
            format!("{}#0", w["id"].as_str().unwrap())
        );
        assert!(g["report"]["meetings"].is_array());
    }
    // The Kazakh-Turkish article: one meeting in Astana, one plan.
    let kz = &got[0]["report"];
    assert_eq!(kz["meetings"][0]["location"], "Astana");
    assert_eq!(
        kz["cooperation_plans"][0]["parties"],
        serde_json::json!(["KZ", "TR"])
    );
}

#[test]
fn any_number_of_jobs_gives_the_same_bytes_in_every_format() {
    let dir = scratch("jobs");
    // 12 rounds of the corpus: more than one chunk of 256 articles.
    let input = write(&dir, "corpus.jsonl", corpus_jsonl(12));
    for format in ["jsonl", "json", "plover"] {
        let one = milcoop(&["extract", "--jobs", "1", "--format", format, &input]);
        let two = milcoop(&["extract", "--jobs", "2", "--format", format, &input]);
        assert_eq!(one.status.code(), Some(0));
        assert_eq!(two.status.code(), Some(0));
        assert!(one.stdout.len() > 100_000, "{format}: a real output");
        assert!(
            one.stdout == two.stdout,
            "{format}: --jobs 1 and --jobs 2 differ"
        );
    }
    let mut tables = Vec::new();
    for jobs in ["1", "2", "3"] {
        let out_dir = dir.join(format!("csv{jobs}"));
        let out = milcoop(&[
            "extract",
            "-j",
            jobs,
            "-f",
            "csv",
            "-o",
            out_dir.to_str().unwrap(),
            &input,
        ]);
        assert_eq!(out.status.code(), Some(0));
        let mut all = Vec::new();
        for name in [
            "articles",
            "meetings",
            "participants",
            "plans",
            "exercises",
            "statistics",
            "diagnostics",
        ] {
            all.push(std::fs::read(out_dir.join(format!("{name}.csv"))).unwrap());
        }
        tables.push(all);
    }
    assert!(
        tables[0] == tables[1] && tables[1] == tables[2],
        "CSV tables differ with --jobs"
    );
}

#[test]
fn several_files_of_each_kind_keep_their_order_and_names() {
    let dir = scratch("files");
    let seed =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/seed.txt"))
            .unwrap();
    let a = write(&dir, "a.txt", &seed);
    let b = write(
        &dir,
        "b.jsonl",
        "{\"id\": \"b1\", \"text\": \"Talks\\n\\nNone.\"}\n\n{\"id\": 2, \"text\": \"x\"}\n",
    );
    // A pretty-printed JSON document: an array of two articles.
    let c = write(
        &dir,
        "c.json",
        "[\n  {\"id\": \"c1\", \"text\": \"One.\"},\n  {\"id\": \"c2\", \"text\": \"Two.\"}\n]\n",
    );
    let d = write(&dir, "d.md", "Kazakh-US talks\n\nNothing new.");
    let out = milcoop(&["extract", "--outlet-country", "KZ", &a, &b, &c, &d]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let ids: Vec<Value> = lines(&out).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(
        ids,
        serde_json::json!([a, "b1", 2, "c1", "c2", d])
            .as_array()
            .unwrap()
            .clone()
    );
    let first = &lines(&out)[0]["report"];
    assert_eq!(
        first["headline"],
        "Kazakh-US military cooperation discussed in Astana"
    );
    // --input-format text reads a .jsonl file as one article.
    let out = milcoop(&["extract", "--input-format", "text", &b]);
    let got = lines(&out);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["id"], b.as_str());
}

#[test]
fn standard_input_is_json_lines_or_text() {
    let out = with_stdin(
        &["extract"],
        b"{\"id\": \"s\", \"text\": \"Talks\\n\\nNone.\"}\n",
    );
    assert_eq!(lines(&out)[0]["id"], "s");
    let out = with_stdin(&["extract", "-"], b"Talks\n\nThe ministers met.");
    let got = lines(&out);
    assert_eq!(got[0]["id"], "-");
    assert_eq!(got[0]["report"]["headline"], "Talks");
}

#[test]
fn bad_inputs_get_error_records_in_place_and_exit_1() {
    let dir = scratch("bad");
    let good = write(&dir, "good.txt", "Talks\n\nThe ministers met.");
    let binary = write(&dir, "binary.txt", b"PK\x03\x04\xff\xfe\x00\x01 not text");
    let big = write(&dir, "big.txt", "word ".repeat(100));
    let lines_file = write(
        &dir,
        "mixed.jsonl",
        format!(
            "{{\"id\": 1, \"text\": \"ok\"}}\nnot json\n{{\"id\": 3, \"text\": \"{}\"}}\n{{\"id\": 4}}\n",
            "a".repeat(300)
        ),
    );
    let missing = dir.join("missing.txt");
    let missing = missing.to_str().unwrap();
    let out = milcoop(&[
        "extract",
        "--max-input-len",
        "100",
        &good,
        &binary,
        &big,
        &lines_file,
        missing,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    let summary: Vec<(String, String)> = got
        .iter()
        .map(|l| {
            let id = match &l["id"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let kind = l["error"]["kind"].as_str().unwrap_or("report").to_string();
            (id, kind)
        })
        .collect();
    let want = [
        (good.clone(), "report"),
        (binary.clone(), "invalid_utf8"),
        (big.clone(), "input_too_large"),
        ("1".into(), "report"),
        ("line:2".into(), "invalid_json"),
        ("line:3".into(), "input_too_large"),
        ("4".into(), "missing_field"),
        (missing.to_string(), "io_error"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.clone(), b.to_string()))
        .collect();
    assert_eq!(summary, want);
    // Every error record names its file, and its line for JSON Lines.
    for l in got.iter().filter(|l| l.get("error").is_some()) {
        assert!(l["error"]["file"].is_string(), "{l}");
    }
    assert_eq!(got[4]["error"]["file"], lines_file.as_str());
    assert_eq!(got[4]["error"]["line"], 2);
    // Standard error names the files and lines too.
    let err = text(&out.stderr);
    assert!(err.contains(&format!("{binary}: invalid_utf8")), "{err}");
    assert!(
        err.contains(&format!("{lines_file}:2: invalid_json")),
        "{err}"
    );
    assert!(err.contains(missing), "{err}");
    assert!(err.contains("6 of 8 articles"), "{err}");
    // --quiet keeps the records and the status, and says nothing but the
    // I/O error.
    let quiet = milcoop(&["extract", "-q", "--max-input-len", "100", &good, &binary]);
    assert_eq!(quiet.status.code(), Some(1));
    assert_eq!(lines(&quiet).len(), 2);
    assert!(quiet.stderr.is_empty(), "{}", text(&quiet.stderr));
}

#[test]
fn csv_tables_are_keyed_and_spanned() {
    let dir = scratch("csv");
    let input = write(&dir, "corpus.jsonl", corpus_jsonl(1) + "not json\n");
    let out_dir = dir.join("tables");
    let out = milcoop(&[
        "extract",
        "--format",
        "csv",
        "--output",
        out_dir.to_str().unwrap(),
        &input,
    ]);
    assert_eq!(out.status.code(), Some(1), "the bad line fails the run");
    assert!(out.stdout.is_empty());
    let read = |name: &str| -> (Vec<String>, Vec<Vec<String>>) {
        let mut r = csv::Reader::from_path(out_dir.join(name)).unwrap();
        let head = r.headers().unwrap().iter().map(String::from).collect();
        let rows = r
            .records()
            .map(|rec| rec.unwrap().iter().map(String::from).collect())
            .collect();
        (head, rows)
    };
    let (head, articles) = read("articles.csv");
    assert_eq!(&head[..4], ["id", "file", "line", "status"]);
    assert_eq!(articles.len(), corpus().len() + 1);
    assert_eq!(articles.last().unwrap()[3], "error");
    assert_eq!(articles.last().unwrap()[4], "invalid_json");
    let (head, meetings) = read("meetings.csv");
    assert_eq!(
        head,
        [
            "id",
            "meeting",
            "date_text",
            "date",
            "location",
            "participants",
            "start",
            "end"
        ]
    );
    let kz = &meetings[0];
    assert_eq!(kz[0], "heldout-01-kazinform-kz-tr#0");
    assert_eq!(kz[1], "0");
    assert_eq!(kz[3], "2023-11-15");
    assert_eq!(kz[4], "Astana");
    assert_eq!(kz[5], "Nurlan Seitkaliyev;Yusuf Demirbag");
    let (start, end): (usize, usize) = (kz[6].parse().unwrap(), kz[7].parse().unwrap());
    assert!(start < end);
    let (_, people) = read("participants.csv");
    assert_eq!(
        people[0][..6],
        [
            "heldout-01-kazinform-kz-tr#0",
            "0",
            "0",
            "Nurlan Seitkaliyev",
            "Minister of Defense",
            "KZ"
        ]
    );
    let (head, plans) = read("plans.csv");
    assert_eq!(head[..3], ["id", "plan", "name"]);
    assert!(plans.iter().any(|p| p[7] == "KZ;TR"));
    for name in ["exercises.csv", "statistics.csv", "diagnostics.csv"] {
        let (head, rows) = read(name);
        assert_eq!(head[0], "id");
        assert!(!rows.is_empty(), "{name} has rows");
        assert!(rows.iter().all(|r| r.len() == head.len()));
    }
}

#[test]
fn plover_events_follow_the_mapping() {
    let dir = scratch("plover");
    let input = write(&dir, "corpus.jsonl", corpus_jsonl(1));
    let out = milcoop(&["extract", "--format", "plover", &input]);
    assert_eq!(out.status.code(), Some(0));
    let events = lines(&out);
    assert!(events.len() > 20);
    for e in &events {
        let kind = e["event"][0].as_str().unwrap();
        assert!(["CONSULT", "AGREE", "COOPERATE"].contains(&kind), "{e}");
        let quad = if kind == "COOPERATE" { 2 } else { 1 };
        assert_eq!(e["quad_code"], quad);
        assert!(e["coder"].as_str().unwrap().starts_with("milcoop "));
        let start = e["text_info"]["start"].as_u64().unwrap();
        let end = e["text_info"]["end"].as_u64().unwrap();
        assert!(start <= end);
        assert!(!e["event_text"][0].as_str().unwrap().is_empty(), "{e}");
        if kind != "CONSULT" {
            assert_eq!(e["context"], serde_json::json!(["military"]));
        }
    }
    // The Turkish minister visits Astana: a visit, host Kazakhstan the recipient.
    let m = &events[0];
    assert_eq!(m["id"], "heldout-01-kazinform-kz-tr#0-meeting-0");
    assert_eq!(m["event"], serde_json::json!(["CONSULT"]));
    assert_eq!(m["mode"], serde_json::json!(["visit"]));
    assert_eq!(m["context"], serde_json::json!(["military"]));
    assert_eq!(m["date"], "2023-11-15");
    assert_eq!(m["source"][0]["code"], "TUR");
    assert_eq!(m["recipient"][0]["code"], "KAZ");
    assert_eq!(m["recipient"][0]["sector"], "GOV");
    assert_eq!(m["event_loc"]["name"], "Astana");
    assert_eq!(m["event_loc"]["cc3"], "KAZ");
    // The plan signed by Kazakhstan and Türkiye, dated by publication.
    let plan = events
        .iter()
        .find(|e| e["id"] == "heldout-01-kazinform-kz-tr#0-plan-0")
        .unwrap();
    assert_eq!(plan["event"], serde_json::json!(["AGREE"]));
    assert_eq!(plan["date"], "2023-11-16");
    assert_eq!(plan["source"][0]["code"], "KAZ");
    assert_eq!(plan["recipient"][0]["code"], "TUR");
    // Statistics are not events.
    assert!(events
        .iter()
        .all(|e| !e["id"].as_str().unwrap().contains("-statistic")));
    // --kinds keeps only what is asked.
    let out = milcoop(&["extract", "-f", "plover", "--kinds", "exercises", &input]);
    let only = lines(&out);
    assert!(!only.is_empty());
    assert!(only.iter().all(|e| e["event"][0] == "COOPERATE"));
}

#[test]
fn json_is_one_array_of_the_records() {
    let dir = scratch("json");
    let input = write(&dir, "corpus.jsonl", corpus_jsonl(1));
    let jsonl = milcoop(&["extract", &input]);
    let json = milcoop(&["extract", "--format", "json", &input]);
    assert_eq!(json.status.code(), Some(0));
    let array: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(array.as_array().unwrap(), &lines(&jsonl));
    let empty = with_stdin(&["extract", "-f", "json"], b"");
    let empty: Value = serde_json::from_slice(&empty.stdout).unwrap();
    assert_eq!(empty, serde_json::json!([]));
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = scratch("pipe");
    let input = write(&dir, "corpus.jsonl", corpus_jsonl(12));
    let mut child = Command::new(BIN)
        .args(["extract", "--jobs", "2", &input])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).unwrap();
    assert!(first.starts_with(b"{\"id\":"));
    drop(stdout); // as `| head -c 100` does
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn write_failures_name_the_output() {
    let dir = scratch("unwritable");
    let file = write(&dir, "plain", "x");
    if Path::new("/dev/full").exists() {
        let out = Command::new(BIN)
            .args(["extract", &file])
            .stdin(Stdio::null())
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(
            text(&out.stderr).contains("standard output"),
            "{}",
            text(&out.stderr)
        );
    }
    let out = milcoop(&[
        "extract",
        "-f",
        "csv",
        "-o",
        &format!("{file}/tables"),
        &file,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains(&format!("{file}/tables")),
        "{}",
        text(&out.stderr)
    );
}
