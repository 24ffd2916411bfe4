//! `Parser::parse_bytes` on any bytes: `Ok` exactly when they are UTF-8, the
//! error names the first invalid byte, and every span slices the input.
//!
//! Run from the crate root (nightly):
//!   cargo +nightly fuzz run parse_bytes -- -max_total_time=600
#![no_main]

use libfuzzer_sys::fuzz_target;
use milcoop::{Error, Parser};

fuzz_target!(|data: &[u8]| {
    let result = Parser::new().parse_bytes(data);
    match (result, std::str::from_utf8(data)) {
        (Ok(report), Ok(text)) => {
            for span in report.spans() {
                assert!(
                    text.get(span.range()).is_some(),
                    "span {span:?} does not slice the input"
                );
            }
        }
        (Err(Error::InvalidUtf8 { offset }), Err(e)) => assert_eq!(offset, e.valid_up_to()),
        (got, utf8) => panic!("parse_bytes gave {got:?} for {utf8:?}"),
    }
});
