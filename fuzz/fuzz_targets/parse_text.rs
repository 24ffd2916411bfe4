//! `milcoop::parse` on any UTF-8 text: no panic, every span slices the input,
//! and the report survives a serde round trip.
//!
//! Run from the crate root (nightly):
//!   cargo +nightly fuzz run parse_text -- -max_total_time=600
//! Seed inputs: `mkdir -p fuzz/corpus/parse_text && cp tests/fixtures/*.txt fuzz/corpus/parse_text/`
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let report = milcoop::parse(text).expect("inputs under the limit parse");
    for span in report.spans() {
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "span {span:?} outside input"
        );
        assert!(
            text.get(span.range()).is_some(),
            "span {span:?} not on char boundaries"
        );
    }
    let json = serde_json::to_string(&report).expect("report serialises");
    let back: milcoop::Report = serde_json::from_str(&json).expect("report deserialises");
    assert_eq!(back, report, "serde round trip changed the report");
});
