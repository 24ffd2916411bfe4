//! Properties every correct extractor must keep, on any input.
//!
//! Total on arbitrary strings and bytes, spans that slice the input on char
//! boundaries, serde round trips, deterministic output, and one JSON line per
//! non-blank JSONL input line. Corpus-like inputs are the fixture articles with
//! random edits (deletions, duplications, swaps, and inserted Unicode that
//! trips naive code: U+212A KELVIN SIGN, U+0130, combining marks, RTL text,
//! curly quotes, no-break and zero-width spaces, lone `\r`).
//!
//! Failures are saved in `proptest-regressions/it/robustness.txt` (commit it).

#[cfg(feature = "jsonl")]
use milcoop::{jsonl, Country, DiagnosticKind, Span};
use milcoop::{Error, Parser, Report};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
#[cfg(feature = "jsonl")]
use serde_json::Value;

use crate::common::SEED;

const DRILL: &str = include_str!("../fixtures/drill.txt");
const PLAN: &str = include_str!("../fixtures/plan.txt");
const ARTICLES: [&str; 3] = [SEED, DRILL, PLAN];

/// Snippets inserted by the edit strategy: Unicode that breaks case folding,
/// byte/char confusion or normalisation, and fragments the grammar looks for.
const SNIPPETS: &[&str] = &[
    "\u{212A}",      // KELVIN SIGN, lowercases to ASCII 'k' (nom issue 1719)
    "\u{212A}azakh", // "Kazakh" with a Kelvin sign
    "\u{0130}",      // I WITH DOT ABOVE, lowercases to two chars
    "\u{0130}stanbul",
    "\u{0301}",      // combining acute
    "e\u{0301}",     // decomposed é
    "\u{1E9E}",      // capital sharp s
    "\u{FB01}",      // fi ligature
    "مرحبا بالعالم", // Arabic
    "שלום",          // Hebrew
    "\u{202E}",      // RIGHT-TO-LEFT OVERRIDE
    "\u{200F}",      // RIGHT-TO-LEFT MARK
    "\u{201C}",      // “
    "\u{201D}",      // ”
    "\u{2018}",      // ‘
    "\u{2019}",      // ’
    "\u{00AB}\u{00BB}",
    "\u{00A0}", // NBSP
    "\u{200B}", // zero-width space
    "\u{FEFF}", // BOM
    "\u{00AD}", // soft hyphen
    "\u{2013}", // en dash
    "\u{2014}", // em dash
    "\r",
    "\r\n",
    "\n\n",
    "\t",
    "\u{1F1F0}\u{1F1FF}", // regional indicators (flag)
    "\u{1F600}",
    "U. S. ",
    " date 2019-09-20 ",
    "208-2009",
    "2003-2004",
    "1,500",
    "99999999999999999999",
    "\"",
    "'",
    ".",
    " met with ",
    "Minister of Defense ",
    "Steppe Eagle",
    "\u{2160}",         // ROMAN NUMERAL ONE
    "\u{0663}",         // ARABIC-INDIC DIGIT THREE
    "\u{FF11}\u{FF19}", // fullwidth digits
];

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/it/robustness.txt",
        ))),
        ..ProptestConfig::default()
    }
}

/// One random edit at a position given as a fraction of the text.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: usize, len: usize },
    Duplicate { at: usize, len: usize },
    Swap { at: usize },
    Insert { at: usize, snippet: &'static str },
    InsertChar { at: usize, c: char },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), 1..80usize).prop_map(|(at, len)| Edit::Duplicate { at, len }),
        any::<usize>().prop_map(|at| Edit::Swap { at }),
        (any::<usize>(), prop::sample::select(SNIPPETS))
            .prop_map(|(at, snippet)| Edit::Insert { at, snippet }),
        (any::<usize>(), any::<char>()).prop_map(|(at, c)| Edit::InsertChar { at, c }),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for e in edits {
        let n = chars.len();
        let pos = |at: usize| if n == 0 { 0 } else { at % (n + 1) };
        match *e {
            Edit::Delete { at, len } => {
                let s = pos(at).min(n);
                let e = (s + len).min(n);
                chars.drain(s..e);
            }
            Edit::Duplicate { at, len } => {
                let s = pos(at).min(n);
                let e = (s + len).min(n);
                let copy: Vec<char> = chars[s..e].to_vec();
                chars.splice(e..e, copy);
            }
            Edit::Swap { at } => {
                if n >= 2 {
                    let i = at % (n - 1);
                    chars.swap(i, i + 1);
                }
            }
            Edit::Insert { at, snippet } => {
                let s = pos(at);
                chars.splice(s..s, snippet.chars());
            }
            Edit::InsertChar { at, c } => {
                let s = pos(at);
                chars.insert(s, c);
            }
        }
    }
    chars.into_iter().collect()
}

/// A fixture article with up to 24 random edits.
fn article() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&ARTICLES[..]),
        prop::collection::vec(edit(), 0..24),
    )
        .prop_map(|(base, edits)| apply(base, &edits))
}

/// A short run of fixture words and snippets glued together.
fn word_salad() -> impl Strategy<Value = String> {
    let words: Vec<&'static str> = ARTICLES
        .iter()
        .flat_map(|a| a.split_whitespace())
        .chain(SNIPPETS.iter().copied())
        .collect();
    prop::collection::vec(
        (
            prop::sample::select(words),
            prop::sample::select(&[" ", "", "\n", ". ", ", "][..]),
        ),
        0..120,
    )
    .prop_map(|parts| parts.into_iter().flat_map(|(w, sep)| [w, sep]).collect())
}

fn parser() -> impl Strategy<Value = Parser> {
    crate::common::parser_strategy(&["KZ", "US", "RU", "CN", "MN", "TJ", "GE"], 1990..2030)
}

/// The properties every report must have; a `Err` names the first one broken.
fn check_report(text: &str, report: &Report) -> Result<(), TestCaseError> {
    for span in report.spans() {
        prop_assert!(
            span.start <= span.end && span.end <= text.len(),
            "span {:?} outside input of {} bytes",
            span,
            text.len()
        );
        prop_assert!(
            text.get(span.range()).is_some(),
            "span {:?} not on char boundaries",
            span
        );
    }
    let n = records(report);
    prop_assert!(
        n <= text.len(),
        "{} records and diagnostics from {} bytes",
        n,
        text.len()
    );
    let json = serde_json::to_string(report).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: Report =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e}: {json}")))?;
    prop_assert_eq!(&back, report, "serde round trip changed the report");
    Ok(())
}

fn records(r: &Report) -> usize {
    r.record_count() + r.diagnostics.len()
}

/// Parses `text` with `p` and checks the report, determinism, and that
/// `parse_bytes` agrees with `parse`.
fn check_parse(p: &Parser, text: &str) -> Result<(), TestCaseError> {
    let report = p
        .parse(text)
        .map_err(|e| TestCaseError::fail(format!("parse failed: {e}")))?;
    check_report(text, &report)?;
    let again = p.parse(text);
    prop_assert_eq!(again.as_ref(), Ok(&report), "second parse differs");
    let from_bytes = p.parse_bytes(text.as_bytes());
    prop_assert_eq!(
        from_bytes.as_ref(),
        Ok(&report),
        "parse_bytes differs from parse"
    );
    Ok(())
}

/// Blank as the contract says: only ASCII spaces and tabs, and a final CR;
/// a byte order mark at the start of line 1 is not content.
#[cfg(feature = "jsonl")]
fn is_blank(line: &str, line_no: usize) -> bool {
    let line = match line_no {
        1 => line.strip_prefix('\u{feff}').unwrap_or(line),
        _ => line,
    };
    let line = line.strip_suffix('\r').unwrap_or(line);
    line.bytes().all(|b| b == b' ' || b == b'\t')
}

/// `process_line` output: one line, a JSON object with an `id` and exactly one
/// of `report` / `error`.
#[cfg(feature = "jsonl")]
fn check_line(p: &Parser, line: &str, line_no: usize) -> Result<Option<Value>, TestCaseError> {
    let out = jsonl::process_line(p, line, line_no);
    if is_blank(line, line_no) {
        prop_assert_eq!(out, None, "blank line got output");
        return Ok(None);
    }
    let Some(out) = out else {
        return Err(TestCaseError::fail(format!("no output for {line:?}")));
    };
    check_output_line(&out)
}

#[cfg(feature = "jsonl")]
fn check_output_line(out: &str) -> Result<Option<Value>, TestCaseError> {
    prop_assert!(!out.contains('\n'), "output spans lines: {}", out);
    let v: Value =
        serde_json::from_str(out).map_err(|e| TestCaseError::fail(format!("{e}: {out}")))?;
    prop_assert!(v.is_object(), "output is not an object: {}", out);
    prop_assert!(
        v.get("id")
            .is_some_and(|id| id.is_string() || id.is_number()),
        "no string or number id: {}",
        out
    );
    let has_report = v.get("report").is_some();
    let has_error = v.get("error").is_some();
    prop_assert!(
        has_report != has_error,
        "needs exactly one of report/error: {}",
        out
    );
    if has_error {
        prop_assert!(
            v["error"]["kind"].is_string() && v["error"]["message"].is_string(),
            "error without kind/message: {}",
            out
        );
    }
    Ok(Some(v))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check_parse(&Parser::new(), &text)?;
    }

    #[test]
    fn arbitrary_long_strings(text in ".{0,2000}") {
        check_parse(&Parser::new(), &text)?;
    }

    #[test]
    fn edited_articles(p in parser(), text in article()) {
        check_parse(&p, &text)?;
    }

    #[test]
    fn word_salads(p in parser(), text in word_salad()) {
        check_parse(&p, &text)?;
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let p = Parser::new();
        match (p.parse_bytes(&bytes), std::str::from_utf8(&bytes)) {
            (Ok(report), Ok(text)) => check_report(text, &report)?,
            (Err(Error::InvalidUtf8 { offset }), Err(e)) => {
                prop_assert_eq!(offset, e.valid_up_to());
            }
            (got, utf8) => {
                return Err(TestCaseError::fail(format!(
                    "parse_bytes gave {got:?} for utf8 check {utf8:?}"
                )));
            }
        }
    }

    #[test]
    fn articles_with_flipped_bytes(
        text in article(),
        flips in prop::collection::vec((any::<usize>(), any::<u8>()), 1..4),
    ) {
        let mut bytes = text.into_bytes();
        if !bytes.is_empty() {
            for (at, b) in flips {
                let i = at % bytes.len();
                bytes[i] = b;
            }
        }
        match Parser::new().parse_bytes(&bytes) {
            Ok(report) => {
                let text = std::str::from_utf8(&bytes);
                prop_assert!(text.is_ok(), "Ok for invalid UTF-8");
                check_report(text.unwrap_or_default(), &report)?;
            }
            Err(Error::InvalidUtf8 { offset }) => {
                let e = std::str::from_utf8(&bytes).err();
                prop_assert_eq!(Some(offset), e.map(|e| e.valid_up_to()));
            }
            Err(e) => return Err(TestCaseError::fail(format!("unexpected error {e}"))),
        }
    }

    #[test]
    #[cfg(feature = "jsonl")]
    fn jsonl_arbitrary_lines(line in any::<String>(), line_no in 1usize..1_000_000) {
        check_line(&Parser::new(), &line, line_no)?;
    }

    #[test]
    #[cfg(feature = "jsonl")]
    fn jsonl_arbitrary_bytes(
        bytes in prop::collection::vec(any::<u8>(), 0..500),
        line_no in 1usize..1_000_000,
    ) {
        let out = jsonl::process_line_bytes(&Parser::new(), &bytes, line_no);
        match std::str::from_utf8(&bytes) {
            Ok(s) if is_blank(s, line_no) => prop_assert_eq!(out, None),
            _ => {
                let Some(out) = out else {
                    return Err(TestCaseError::fail("no output line"));
                };
                check_output_line(&out)?;
            }
        }
    }

    /// Well-formed article lines with arbitrary field values: the id comes
    /// back as given, and the report is the one `Parser::parse` gives for
    /// the metadata that is valid, after a diagnostic for each that is not.
    #[test]
    #[cfg(feature = "jsonl")]
    fn jsonl_article_lines(
        id in prop_oneof![".{0,20}".prop_map(Value::from), any::<i64>().prop_map(Value::from)],
        text in prop_oneof![article(), ".{0,300}"],
        published in prop::option::of(prop_oneof![
            (1990i32..2030, 1u32..=12, 1u32..=31)
                .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
            (1990i32..2030, 1u32..=12, 1u32..=31, 0u32..24, prop::sample::select(&["Z", "+05:30", "-11:00", "z"][..]))
                .prop_map(|(y, m, d, h, z)| format!("{y:04}-{m:02}-{d:02}T{h:02}:30:00{z}")),
            ".{0,12}",
        ]),
        outlet in prop::option::of(prop_oneof![
            prop::sample::select(&["KZ", "us", "HK", "ZZ", "", "KZZ", "\u{212A}Z"][..]).prop_map(String::from),
            ".{0,3}",
        ]),
    ) {
        let line = serde_json::json!({
            "id": id, "text": text, "published": published, "outlet_country": outlet,
        })
        .to_string();
        let v = check_line(&Parser::new(), &line, 1)?;
        let Some(v) = v else {
            return Err(TestCaseError::fail("no output line"));
        };
        prop_assert_eq!(&v["id"], &id);
        let mut p = Parser::new();
        let mut notes = Vec::new();
        if let Some(d) = &published {
            let date = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok().or_else(|| {
                chrono::DateTime::parse_from_rfc3339(d).ok().map(|t| t.date_naive())
            });
            match date {
                Some(date) => p = p.published(date),
                None => notes.push(DiagnosticKind::InvalidPublished),
            }
        }
        if let Some(c) = &outlet {
            match c.parse::<Country>() {
                Ok(c) => p = p.outlet_country(c),
                Err(_) => notes.push(DiagnosticKind::UnknownOutletCountry),
            }
        }
        let Some(r) = v.get("report") else {
            return Err(TestCaseError::fail(format!("no report: {v}")));
        };
        let report: Report = serde_json::from_value(r.clone())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let got: Vec<(DiagnosticKind, Span)> =
            report.diagnostics.iter().take(notes.len()).map(|d| (d.kind, d.span)).collect();
        let want: Vec<(DiagnosticKind, Span)> = notes.iter().map(|&k| (k, Span::new(0, 0))).collect();
        prop_assert_eq!(got, want);
        let mut from_text = report.clone();
        from_text.diagnostics.drain(..notes.len());
        check_report(&text, &from_text)?;
        let parsed = p.parse(&text);
        prop_assert_eq!(Ok(&from_text), parsed.as_ref());
        // Byte for byte what serde_json writes for the same id and report.
        let want = format!(
            "{{\"id\":{},\"report\":{}}}",
            serde_json::to_string(&id).unwrap(),
            serde_json::to_string(&report).unwrap()
        );
        prop_assert_eq!(jsonl::process_line(&Parser::new(), &line, 1), Some(want));
    }
}

/// Every fixture, unedited, passes the checks (a fast smoke test that runs
/// even when proptest's case count is turned down).
#[test]
fn fixtures_pass_the_checks() {
    for text in ARTICLES {
        check_parse(&Parser::new(), text).unwrap();
        #[cfg(feature = "jsonl")]
        {
            let line = serde_json::json!({"id": "f", "text": text}).to_string();
            check_line(&Parser::new(), &line, 1).unwrap();
        }
    }
}

/// The checks have teeth: a span past the end or inside a char is caught.
#[test]
fn checks_catch_bad_spans() {
    let with_span = |start: usize, end: usize| -> Report {
        serde_json::from_value(serde_json::json!({
            "headline": null, "meetings": [], "cooperation_plans": [], "exercises": [],
            "statistics": [],
            "diagnostics": [{"kind": "repaired_year", "message": "m", "span": {"start": start, "end": end}}],
        }))
        .expect("report JSON")
    };
    let text = "a\u{e9}b";
    assert!(check_report(text, &with_span(0, 4)).is_ok());
    assert!(check_report(text, &with_span(0, 5)).is_err());
    assert!(check_report(text, &with_span(2, 3)).is_err());
}

/// Regression (cargo fuzz, parse_text): a statistic of 1e18 did not survive the
/// JSON round trip until serde_json parsed floats exactly.
#[test]
fn fuzz_regression_large_values_round_trip() {
    let data = include_bytes!("../fixtures/fuzz/parse_text-float-roundtrip.bin");
    let text = std::str::from_utf8(data).expect("the fuzz input is UTF-8");
    let report = milcoop::parse(text).expect("parses");
    assert!(
        report.statistics.iter().any(|s| s.value > 1e17),
        "the input still yields a large value"
    );
    let json = serde_json::to_string(&report).unwrap();
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
}

/// Issue 21: a title read on past a sentence end ("Commander of the U.S. The
/// Defense Ministry") made the apposition reader slice backwards and panic.
#[test]
fn a_title_read_past_the_sentence_end_does_not_panic() {
    let texts = [
        "Aliyev met with John Smith, Commander of the U.S. The Defense Ministry said the talks went well.",
        "Aliyev met with John Smith, Commander of the U.S. The talks went well.",
        "Aliyev held talks with John Smith, Chief of Staff of the U.K. The Ministry said so.",
        "President Ilham Aliyev met with John Smith, Commander of the U.S. The Defense Ministry said the talks went well.",
    ];
    for text in texts {
        let report = milcoop::parse(text).unwrap();
        for span in report.spans() {
            assert!(text.get(span.range()).is_some(), "{span:?} in {text:?}");
        }
    }
    // The same apposition inside its sentence still gives the role.
    let text = "President Ilham Aliyev met with John Smith, Ambassador of the U.S. He said the talks went well.";
    let report = milcoop::parse(text).unwrap();
    let smith = report.meetings[0]
        .participants
        .iter()
        .find(|p| p.name == "John Smith")
        .expect("John Smith is a participant");
    assert_eq!(smith.role.as_deref(), Some("Ambassador"));
}

/// Issue 21: `parse` called from a thread-local destructor (after milcoop's
/// own thread-locals may be gone) works instead of panicking.
#[test]
fn parse_works_inside_a_thread_local_destructor() {
    struct ParseOnDrop(std::sync::mpsc::Sender<usize>);
    impl Drop for ParseOnDrop {
        fn drop(&mut self) {
            let r = milcoop::parse(crate::common::SEED).expect("the seed parses");
            let _ = self.0.send(r.meetings.len());
        }
    }
    thread_local! {
        static GUARD: std::cell::RefCell<Option<ParseOnDrop>> = const { std::cell::RefCell::new(None) };
    }
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // Ours first, then milcoop's (by parsing): destructors run in
        // reverse order, so milcoop's pool is gone when ours parses.
        GUARD.with(|g| *g.borrow_mut() = Some(ParseOnDrop(tx)));
        milcoop::parse(crate::common::SEED).unwrap();
    })
    .join()
    .expect("no panic in the thread or its destructors");
    assert_eq!(rx.recv().unwrap(), 1);
}
