//! Helpers shared by the unit tests.

/// Every string of up to `max` of `parts` joined (the empty one included),
/// then `extra`: inputs for exhaustive tests of byte-level fast paths.
pub(crate) fn strings_of(parts: &[&str], max: usize, extra: &[&str]) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut last = all.clone();
    for _ in 0..max {
        last = last
            .iter()
            .flat_map(|s| parts.iter().map(move |p| format!("{s}{p}")))
            .collect();
        all.extend(last.iter().cloned());
    }
    all.extend(extra.iter().map(|s| s.to_string()));
    all
}

/// [`strings_of`] for byte strings, which need not be UTF-8: every string
/// of up to `max` of `parts` joined, the empty one included.
pub(crate) fn bytes_of(parts: &[&[u8]], max: usize) -> Vec<Vec<u8>> {
    let mut all = vec![Vec::new()];
    let mut last = all.clone();
    for _ in 0..max {
        last = last
            .iter()
            .flat_map(|s| parts.iter().map(move |p| [s.as_slice(), p].concat()))
            .collect();
        all.extend(last.iter().cloned());
    }
    all
}
