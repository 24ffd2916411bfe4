//! The panic path, driven by a parse function that panics on demand (the
//! library has no known panicking input to rely on). The rest of the
//! contract is tested through the public functions in `tests/it`.

use super::*;
use serde_json::Value;

/// Parses as usual, but panics on the text "boom".
fn boom(parser: &Parser, text: &str) -> Result<Report, Error> {
    if text == "boom" {
        panic!("boom at byte {}", text.len());
    }
    parser.parse(text)
}

fn json(line: &[u8]) -> Value {
    serde_json::from_slice(line)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(line)))
}

#[test]
fn a_panicking_article_gets_an_internal_error_line_with_its_id() {
    let p = Parser::new();
    let mut out = b"earlier lines\n".to_vec();
    let line = br#"{"id": 17, "text": "boom"}"#;
    assert!(append_line_with(&p, line, 3, &mut out, &boom));
    let (kept, line_out) = out.split_at(b"earlier lines\n".len());
    assert_eq!(kept, b"earlier lines\n", "bytes before the line are kept");
    let v = json(line_out);
    assert_eq!(v["id"], 17);
    assert_eq!(v["error"]["kind"], "internal");
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.starts_with("internal error: "), "{message}");
    assert!(message.contains("boom at byte 4"), "{message}");
    assert!(message.contains("please report"), "{message}");
    // The same line without the panic is a report.
    let line = br#"{"id": 17, "text": "no boom"}"#;
    let mut out = Vec::new();
    assert!(append_line_with(&p, line, 3, &mut out, &boom));
    assert!(json(&out).get("report").is_some());
}

#[test]
fn a_panic_before_the_id_is_known_gets_the_line_number() {
    let mut out = Vec::new();
    let panics = |_: &Parser, _: &str| -> Result<Report, Error> {
        panic!("{}", String::from("owned message"))
    };
    append_line_with(&Parser::new(), br#"{"text": "x"}"#, 9, &mut out, &panics);
    let v = json(&out);
    assert_eq!(v["id"], "line:9");
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("(owned message)"));
}

#[test]
fn one_panicking_article_costs_no_other_line_of_a_stream() {
    let input =
        "{\"id\": \"a\", \"text\": \"Kazakh and US officers met in Astana on 12 March 2019.\"}\n\
                 {\"id\": \"b\", \"text\": \"boom\"}\n\
                 {\"id\": \"c\", \"text\": \"In 2019 over 120 servicemen took part.\"}";
    let mut out = Vec::new();
    stream_with(
        &Parser::new(),
        input.as_bytes(),
        &mut out,
        DEFAULT_MAX_LINE_LEN,
        &boom,
    )
    .unwrap();
    let lines: Vec<&[u8]> = out
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 3);
    for (k, line) in input.lines().enumerate() {
        let v = json(lines[k]);
        if k == 1 {
            assert_eq!(v["id"], "b");
            assert_eq!(v["error"]["kind"], "internal");
        } else {
            let want = process_line(&Parser::new(), line, k + 1).unwrap();
            assert_eq!(lines[k], want.as_bytes(), "line {}", k + 1);
        }
    }
}
