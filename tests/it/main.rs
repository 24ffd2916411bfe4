//! One integration binary: a file per record kind, plus contract, robustness
//! and the splice stress test.

mod common;
mod contract;
mod exercises;
mod extreme;
mod input_shape;
#[cfg(feature = "jsonl")]
mod jsonl_contract;
mod meetings;
mod phrasings;
mod phrasings_records;
mod plans;
mod robustness;
mod statistics;
mod stress;
