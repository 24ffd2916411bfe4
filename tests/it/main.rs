//! One integration binary: a file per record kind, plus contract and robustness.

mod common;
mod contract;
mod exercises;
mod extreme;
mod meetings;
mod phrasings;
mod phrasings_records;
mod plans;
mod robustness;
mod statistics;
