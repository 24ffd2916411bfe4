//! `jsonl::process_line_bytes` on any line: no output for a blank line, else
//! one line of JSON with an `id` and exactly one of `report` / `error`.
//!
//! Run from the crate root (nightly):
//!   cargo +nightly fuzz run jsonl_line -- -max_total_time=600
//! Seed inputs: JSON lines such as `{"id": "a", "text": "Talks\n\nNone.", "published": "2019-09-20", "outlet_country": "KZ"}`
//! saved one per file in `fuzz/corpus/jsonl_line/`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use milcoop::{jsonl, Parser};

fuzz_target!(|data: &[u8]| {
    let out = jsonl::process_line_bytes(&Parser::new(), data, 1);
    let blank = std::str::from_utf8(data).is_ok_and(|s| s.trim().is_empty());
    let Some(out) = out else {
        assert!(blank, "no output for a non-blank line");
        return;
    };
    assert!(!blank, "output for a blank line");
    assert!(!out.contains('\n'), "output spans lines: {out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("output is JSON");
    assert!(v["id"].is_string(), "no string id: {out}");
    assert!(
        v.get("report").is_some() != v.get("error").is_some(),
        "needs report xor error: {out}"
    );
});
