//! `jsonl::process_line_bytes` on any line: no output for a blank line (only
//! ASCII spaces and tabs and a final CR), else one line of JSON with an `id`
//! (a string or a number) and exactly one of `report` / `error`; the line
//! reader agrees with `serde_json::Value` on the id and on whether the line
//! is a JSON object; `jsonl::append_line` writes the same line; the line is
//! byte for byte what serde_json writes for its report or error.
//!
//! JSON puts no bound on numbers, and milcoop skips the fields it does not
//! read whatever their numbers ("1e400"); `serde_json::Value` cannot hold
//! such a number. Whether a line is JSON at all is therefore asked of
//! serde's `IgnoredAny`, which reads any JSON value and keeps nothing.
//!
//! Run from the crate root (nightly):
//!   cargo +nightly fuzz run jsonl_line -- -max_total_time=600
//! Seed inputs: JSON lines such as `{"id": "a", "text": "Talks\n\nNone.", "published": "2019-09-20", "outlet_country": "KZ"}`
//! saved one per file in `fuzz/corpus/jsonl_line/`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use milcoop::{jsonl, Parser};
use serde::de::IgnoredAny;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let out = jsonl::process_line_bytes(&Parser::new(), data, 1);
    let mut appended = b"x".to_vec();
    let some = jsonl::append_line(&Parser::new(), data, 1, &mut appended);
    assert_eq!(some, out.is_some());
    assert_eq!(&appended[1..], out.as_deref().unwrap_or("").as_bytes());
    // Line 1 is the start of the input: a byte order mark there is not content.
    let body = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
    let blank = {
        let d = body.strip_suffix(b"\r").unwrap_or(body);
        d.iter().all(|&b| b == b' ' || b == b'\t')
    };
    let Some(out) = out else {
        assert!(blank, "no output for a non-blank line");
        return;
    };
    assert!(!blank, "output for a blank line");
    assert!(!out.contains('\n'), "output spans lines: {out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("output is JSON");
    assert!(v["id"].is_string() || v["id"].is_number(), "no string or number id: {out}");
    assert!(
        v.get("report").is_some() != v.get("error").is_some(),
        "needs report xor error: {out}"
    );
    // Byte for byte what serde_json writes for the same report or error; a
    // number id is echoed as written, so it is taken from the output as is.
    let id = match &v["id"] {
        Value::String(s) => serde_json::to_string(s).unwrap(),
        _ => {
            let rest = out.strip_prefix("{\"id\":").expect("the id comes first");
            rest[..rest.find(",\"").expect("a field follows the id")].to_string()
        }
    };
    let want = match v.get("report") {
        Some(r) => {
            let report: milcoop::Report =
                serde_json::from_value(r.clone()).expect("the report reads back");
            format!(
                "{{\"id\":{id},\"report\":{}}}",
                serde_json::to_string(&report).unwrap()
            )
        }
        None => format!(
            "{{\"id\":{id},\"error\":{{\"kind\":{},\"message\":{}}}}}",
            serde_json::to_string(&v["error"]["kind"]).unwrap(),
            serde_json::to_string(&v["error"]["message"]).unwrap()
        ),
    };
    assert_eq!(out, want);
    if std::str::from_utf8(data).is_err() {
        return;
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => match m.get("id") {
            Some(Value::String(id)) => assert_eq!(v["id"], *id, "{out}"),
            Some(Value::Number(n)) => assert_eq!(v["id"], Value::Number(n.clone()), "{out}"),
            _ => assert_eq!(v["id"], "line:1", "{out}"),
        },
        Ok(_) => assert_eq!(v["error"]["kind"], "invalid_json", "{out}"),
        // JSON that `Value` cannot hold (a number out of range): no oracle for the id.
        Err(_) if serde_json::from_slice::<IgnoredAny>(body).is_ok() => {}
        Err(_) => assert_eq!(v["error"]["kind"], "invalid_json", "{out}"),
    }
});
