//! A word-keyed table for the lexicons.
//!
//! It hashes with `rustc-hash` (the Fx hash of rustc): lexicon tables hold
//! a few thousand short words that no attacker chooses, so the default
//! SipHash's guard against flooding is not needed and costs several times
//! as much per word.

use rustc_hash::FxHashMap;

/// A table from words to values, matched exactly or in any ASCII case.
///
/// Built once per lexicon; lookups of words up to [`STACK_KEY`] bytes never
/// allocate.
pub(crate) struct WordMap<V> {
    /// Keys are stored in lower case when folding.
    map: FxHashMap<Box<[u8]>, V>,
    fold: bool,
    /// The longest key: longer words are not looked up.
    longest: usize,
    /// One bit per (length, first two bytes in any ASCII case) some key
    /// has: most words that are not in the map are turned away here,
    /// before they are hashed.
    gate: Box<[u64; GATE_WORDS]>,
}

/// Bits of [`gate_key`]: four of length, five of each of two bytes.
const GATE_BITS: u32 = 14;
const GATE_WORDS: usize = (1 << GATE_BITS) / 64;

/// The gate bit of `word` (not empty).
#[inline]
fn gate_key(word: &[u8]) -> usize {
    // A missing byte counts as 0, which the folding keeps 0.
    let b = |i: usize| usize::from((word.get(i).copied().unwrap_or(0) | 0x20) & 31);
    (word.len().min(15) << 10) | (b(0) << 5) | b(1)
}

/// Words up to this long are folded into a buffer on the stack for a lookup.
const STACK_KEY: usize = 64;

impl<V> WordMap<V> {
    /// An empty map, folding ASCII case when `fold`.
    pub fn new(fold: bool) -> WordMap<V> {
        WordMap {
            map: FxHashMap::default(),
            fold,
            longest: 0,
            gate: Box::new([0; GATE_WORDS]),
        }
    }

    /// The value of `word`, inserted with `make` when missing.
    pub fn entry(&mut self, word: &[u8], make: impl FnOnce() -> V) -> &mut V {
        let mut key = word.to_vec();
        if self.fold {
            key.make_ascii_lowercase();
        }
        self.longest = self.longest.max(key.len());
        let g = gate_key(&key);
        self.gate[g / 64] |= 1 << (g % 64);
        self.map.entry(key.into_boxed_slice()).or_insert_with(make)
    }

    /// The value of `word`, if it is in the map.
    #[inline]
    pub fn get(&self, word: &[u8]) -> Option<&V> {
        if word.is_empty() || word.len() > self.longest {
            return None;
        }
        let g = gate_key(word);
        if self.gate[g / 64] & (1 << (g % 64)) == 0 {
            return None;
        }
        self.lookup(word)
    }

    /// [`WordMap::get`] past the length and gate tests, which are inlined
    /// into the caller: the lookup is not, so that callers stay small.
    #[inline(never)]
    fn lookup(&self, word: &[u8]) -> Option<&V> {
        if !self.fold {
            return self.map.get(word);
        }
        let mut buf = [0u8; STACK_KEY];
        match buf.get_mut(..word.len()) {
            Some(key) => {
                for (k, b) in key.iter_mut().zip(word) {
                    *k = b.to_ascii_lowercase();
                }
                self.map.get(&*key)
            }
            None => self.map.get(&*word.to_ascii_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_map_finds_what_was_inserted() {
        let mut m = WordMap::new(true);
        let words: Vec<String> = (0..500).map(|i| format!("Word{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            *m.entry(w.as_bytes(), || 0) += i;
        }
        *m.entry(b"WORD7", || 0) += 1000;
        for (i, w) in words.iter().enumerate() {
            let extra = if i == 7 { 1000 } else { 0 };
            assert_eq!(m.get(w.to_uppercase().as_bytes()), Some(&(i + extra)));
        }
        assert_eq!(m.get(b"word500"), None);
        assert_eq!(m.get(b""), None);
        let mut exact = WordMap::new(false);
        exact.entry(b"India", || ());
        assert!(exact.get(b"India").is_some() && exact.get(b"india").is_none());
    }

    #[test]
    fn long_keys_fold_too() {
        let long = "Long".repeat(STACK_KEY);
        let mut m = WordMap::new(true);
        m.entry(long.as_bytes(), || 1);
        m.entry(b"x", || 2);
        assert_eq!(m.get(long.to_uppercase().as_bytes()), Some(&1));
        assert_eq!(m.get(&long.as_bytes()[1..]), None);
        assert_eq!(m.get(b"X"), Some(&2));
    }
}
