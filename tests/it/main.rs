//! One integration binary: a file per record kind, plus contract, robustness
//! and the splice stress test.

mod common;
mod contract;
mod exercises;
mod extreme;
mod meetings;
mod plans;
mod robustness;
mod statistics;
mod stress;
