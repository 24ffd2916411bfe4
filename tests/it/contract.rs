//! The public contract: entry points, errors, serde form, the JSONL interface.

#[cfg(feature = "jsonl")]
use milcoop::jsonl;
use milcoop::{Error, Parser, Report};
use serde_json::Value;

use crate::common::*;

#[test]
fn seed_parses_and_yields_its_headline() {
    let r = parse_with(SEED, None, Some("KZ"));
    assert_eq!(
        r.headline.as_deref(),
        Some("Kazakh-US military cooperation discussed in Astana")
    );
    assert_spans_slice(SEED, &r);
}

#[test]
fn invalid_utf8_gives_the_offset() {
    let mut bytes = SEED.as_bytes().to_vec();
    bytes[100] = 0xff;
    assert_eq!(
        Parser::new().parse_bytes(&bytes),
        Err(Error::InvalidUtf8 { offset: 100 })
    );
    assert_eq!(
        Parser::new()
            .parse_bytes(b"\xe2\x80")
            .unwrap_err()
            .to_string(),
        "input is not valid UTF-8 at byte 0"
    );
}

#[test]
fn input_over_the_limit_is_refused() {
    let err = Parser::new().max_input_len(10).parse(SEED).unwrap_err();
    assert_eq!(
        err,
        Error::InputTooLarge {
            len: SEED.len(),
            limit: 10
        }
    );
    assert!(Parser::new().parse(&"a".repeat(9 * 1024 * 1024)).is_err());
}

#[test]
fn report_round_trips_through_serde() {
    let r = parse_with(SEED, Some("2009-11-21"), Some("KZ"));
    let json = serde_json::to_string(&r).unwrap();
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
    let v: Value = serde_json::from_str(&json).unwrap();
    for key in [
        "headline",
        "meetings",
        "cooperation_plans",
        "exercises",
        "statistics",
        "diagnostics",
    ] {
        assert!(v.get(key).is_some(), "missing {key} in {json}");
    }
}

#[test]
fn json_refuses_inverted_year_ranges_and_unknown_countries() {
    assert!(serde_json::from_str::<milcoop::YearRange>(r#"{"start":2009,"end":2008}"#).is_err());
    assert!(serde_json::from_str::<milcoop::YearRange>(r#"{"start":2008,"end":2009}"#).is_ok());
    assert!(serde_json::from_str::<milcoop::Country>(r#""ZZ""#).is_err());
    assert_eq!(serde_json::to_string(&country("kz")).unwrap(), r#""KZ""#);
}

#[cfg(feature = "jsonl")]
fn run_lines(input: &str) -> Vec<Value> {
    let p = Parser::new();
    input
        .split('\n')
        .enumerate()
        .filter_map(|(i, l)| jsonl::process_line(&p, l, i + 1))
        .map(|l| serde_json::from_str(&l).unwrap_or_else(|e| panic!("bad output line {l}: {e}")))
        .collect()
}

#[cfg(feature = "jsonl")]
fn good(id: &str) -> String {
    serde_json::json!({"id": id, "text": SEED, "published": "2009-11-21", "outlet_country": "KZ"})
        .to_string()
}

#[test]
#[cfg(feature = "jsonl")]
fn jsonl_malformed_lines_get_error_lines_and_the_run_goes_on() {
    let big = "x".repeat(5 * 1024 * 1024);
    let lines = [
        good("g1"),
        "{not json".to_string(),
        r#"{"id": "m1"}"#.to_string(),
        r#"{"id": "n1", "text": 42}"#.to_string(),
        String::new(),
        serde_json::json!({"id": "big", "text": big}).to_string(),
        r#"{"id": "d1", "text": "x", "published": "2019-02-30"}"#.to_string(),
        r#"{"id": "c1", "text": "x", "outlet_country": "ZZ"}"#.to_string(),
        r#"[1, 2]"#.to_string(),
        good("g2"),
    ];
    let out = run_lines(&lines.join("\n"));
    let summary: Vec<(String, String)> = out
        .iter()
        .map(|o| {
            let id = o["id"].as_str().unwrap().to_string();
            let what = if o.get("report").is_some() {
                "report".to_string()
            } else {
                o["error"]["kind"].as_str().unwrap().to_string()
            };
            (id, what)
        })
        .collect();
    let want = [
        ("g1", "report"),
        ("line:2", "invalid_json"),
        ("m1", "missing_field"),
        ("n1", "invalid_field"),
        ("big", "report"),
        ("d1", "report"),
        ("c1", "report"),
        ("line:9", "invalid_json"),
        ("g2", "report"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(summary, want);
    for o in &out {
        if let Some(e) = o.get("error") {
            assert!(!e["message"].as_str().unwrap().is_empty());
        }
    }
    assert_eq!(
        out[0]["report"], out[8]["report"],
        "good lines are unaffected by bad ones"
    );
}

#[test]
#[cfg(feature = "jsonl")]
fn jsonl_error_messages_name_the_problem() {
    let out = run_lines(r#"{"id": "n1", "text": 42}"#);
    assert_eq!(
        out[0]["error"]["message"],
        "'text' must be a string, found a number"
    );
    // Metadata that cannot be used is named in a diagnostic of the report.
    let out = run_lines(r#"{"id": "c1", "text": "x", "outlet_country": "ZZ"}"#);
    let d = &out[0]["report"]["diagnostics"][0];
    assert_eq!(d["kind"], "unknown_outlet_country");
    assert!(d["message"].as_str().unwrap().contains("'ZZ'"), "{d}");
    let out = run_lines(r#"{"id": "d1", "text": "x", "published": "20-02-2019"}"#);
    let d = &out[0]["report"]["diagnostics"][0];
    assert_eq!(d["kind"], "invalid_published");
    assert!(
        d["message"].as_str().unwrap().contains("'20-02-2019'"),
        "{d}"
    );
}

#[test]
#[cfg(feature = "jsonl")]
fn jsonl_line_over_the_parser_limit_is_an_error_line() {
    let p = Parser::new().max_input_len(100);
    let line = serde_json::json!({"id": "long", "text": "y".repeat(200)}).to_string();
    let out: Value = serde_json::from_str(&jsonl::process_line(&p, &line, 1).unwrap()).unwrap();
    assert_eq!(out["error"]["kind"], "input_too_large");
    assert_eq!(out["id"], "long");
}

#[test]
#[cfg(feature = "jsonl")]
fn jsonl_invalid_utf8_line_names_the_offset() {
    let out = jsonl::process_line_bytes(
        &Parser::new(),
        b"{\"id\": \"a\", \"text\": \"\xc3\x28\"}",
        7,
    )
    .unwrap();
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["id"], "line:7");
    assert_eq!(v["error"]["kind"], "invalid_utf8");
    assert_eq!(v["error"]["message"], "input is not valid UTF-8 at byte 21");
}

#[test]
#[cfg(feature = "jsonl")]
fn jsonl_lines_of_every_shape_are_read_like_json_values() {
    // Ids that are numbers stay numbers; a repeated key keeps its last
    // value; unknown fields, however deep, are skipped; escapes are decoded.
    let out = run_lines(
        r#"{"id": 5, "text": "Hi\n\nBody."}
{"id": -3, "text": "x", "extra": {"deep": [1, {"a": null}]}}
{"id": 1.5e3, "text": "first", "text": "second\n\nbody"}
{"id": "a\u00e9\"q", "text": "x"}
{"id": null, "text": "x"}
[1, 2]
"text"
null
true
42
{"id": "h", "text": {"x": 1}}
{"id": "n", "big": 1e400, "long": 123456789012345678901234567890, "text": "x"}
{"big": 1e400}"#,
    );
    assert_eq!(out[0]["id"], 5);
    assert_eq!(out[0]["report"]["headline"], "Hi");
    assert_eq!(out[1]["id"], -3);
    assert!(out[1].get("report").is_some(), "{}", out[1]);
    assert_eq!(out[2]["id"], 1500.0);
    assert_eq!(out[2]["report"]["headline"], "second");
    assert_eq!(out[3]["id"], "a\u{e9}\"q");
    assert_eq!(out[4]["id"], "line:5");
    let kinds = ["an array", "a string", "null", "a boolean", "a number"];
    for (k, kind) in kinds.iter().enumerate() {
        let line = &out[5 + k];
        assert_eq!(line["id"], format!("line:{}", 6 + k));
        assert_eq!(line["error"]["kind"], "invalid_json");
        assert_eq!(
            line["error"]["message"],
            format!("expected a JSON object, found {kind}")
        );
    }
    assert_eq!(
        out[10]["error"]["message"],
        "'text' must be a string, found an object"
    );
    // JSON bounds no number: fields milcoop does not read are skipped
    // whatever their numbers (found by fuzzing).
    assert_eq!(out[11]["id"], "n");
    assert!(out[11].get("report").is_some(), "{}", out[11]);
    assert_eq!(out[12]["error"]["kind"], "missing_field");
}

#[test]
#[cfg(feature = "jsonl")]
fn jsonl_append_line_writes_what_process_line_returns() {
    let p = Parser::new();
    let lines: [&[u8]; 5] = [
        br#"{"id": "a", "text": "Talks\n\nThe ministers met on Friday."}"#,
        b"   ",
        b"{\"id\": \"b\xff\"}",
        br#"{"id": "c""#,
        br#"{"id": "d", "text": 1}"#,
    ];
    let mut out = b"kept ".to_vec();
    for (i, line) in lines.iter().enumerate() {
        let before = out.len();
        let appended = jsonl::append_line(&p, line, i + 1, &mut out);
        let expected = jsonl::process_line_bytes(&p, line, i + 1);
        assert_eq!(appended, expected.is_some(), "line {}", i + 1);
        assert_eq!(
            std::str::from_utf8(&out[before..]).unwrap(),
            expected.unwrap_or_default()
        );
    }
    assert!(out.starts_with(b"kept "), "earlier bytes are kept");
}

#[test]
fn ambiguous_country_words_are_reported_unless_backed_up() {
    use milcoop::DiagnosticKind::AmbiguousCountry;
    let r = parse_with(
        "Jordan signed the agreement in Amman... Michael Jordan also spoke.",
        None,
        None,
    );
    assert!(
        !r.diagnostics.iter().any(|d| d.kind == AmbiguousCountry),
        "Amman backs Jordan up\n{}",
        dump(&r)
    );
    let text = "Troops from Georgia took part in the drills.";
    let r = parse_with(text, None, None);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.kind == AmbiguousCountry)
        .unwrap_or_else(|| panic!("no ambiguous_country diagnostic\n{}", dump(&r)));
    assert_eq!(&text[d.span.range()], "Georgia");
    assert!(d.message.contains("GE"), "{}", d.message);
}
