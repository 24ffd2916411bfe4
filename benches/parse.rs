//! Throughput benches (filled in by the speed work).
fn main() {}
